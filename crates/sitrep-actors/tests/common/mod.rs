//! What the actors tests on the built-in KB share: a publication date inside
//! the curated terms and the mentions the built-in KB finds in a text.

// Each test file uses some of these.
#![allow(dead_code)]

use sitrep_actors::{find_actors, DocActors};
use sitrep_kb::{parse_actor_file, parse_role_file, Kb, KbBuilder};
use sitrep_text::{normalize, TextLayer};

/// A publication date inside the curated terms (the KB is current as of late 2025).
pub const PUBLISHED: &str = "2025-11-20";

/// The text layer of `text` and the actors the built-in KB finds in it as of [`PUBLISHED`].
fn builtin_found(text: &str) -> (TextLayer, DocActors) {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(PUBLISHED));
    (layer, found)
}

/// A knowledge base of inline actor and role rows (the formats of `data/kb`).
pub fn inline_kb(actors: &str, roles: &str) -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline-actors.tsv", actors).expect("inline actors parse"));
    b.add_roles(parse_role_file("inline-roles.tsv", roles).expect("inline roles parse"));
    b.build()
}

/// (surface, actor id) of every mention of `text`, in text order, with the
/// built-in KB as of [`PUBLISHED`].
pub fn builtin_mentions(text: &str) -> Vec<(String, String)> {
    mentions_with_how(text)
        .into_iter()
        .map(|(surface, id, _)| (surface, id))
        .collect()
}

/// (surface, actor id, country, sector) of every mention of `text`, in text
/// order, with the built-in KB as of [`PUBLISHED`].
pub fn builtin_resolved(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    let (layer, found) = builtin_found(text);
    found
        .mentions
        .iter()
        .map(|m| {
            let a = &found.actors[m.actor];
            (
                layer.text[m.start..m.end].to_string(),
                a.id.clone(),
                a.country.clone(),
                a.sector.clone(),
            )
        })
        .collect()
}

/// The actor id of the first mention whose text contains `surface`, if any.
pub fn builtin_id_at(text: &str, surface: &str) -> Option<String> {
    builtin_mentions(text)
        .into_iter()
        .find(|(t, _)| t.contains(surface))
        .map(|(_, id)| id)
}

/// Asserts that the first mention whose text contains `surface` is of the actor `id` (`None`:
/// that no mention contains it), listing the mentions of `text` when it is not.
#[track_caller]
pub fn assert_id_at(text: &str, surface: &str, id: Option<&str>) {
    assert_eq!(
        builtin_id_at(text, surface).as_deref(),
        id,
        "{text}: {:?}",
        builtin_mentions(text)
    );
}

/// Asserts that `text` holds a mention reading `surface` of the actor `id`, adjectival ("a
/// Philippine vessel") or naming the state acting, as `adjectival` says.
#[track_caller]
pub fn assert_mention_as(text: &str, surface: &str, id: &str, adjectival: bool) {
    let found = mentions_with_how(text);
    assert!(
        found
            .iter()
            .any(|(t, i, a)| t == surface && i == id && *a == adjectival),
        "{surface} {} mention of {id} in {found:?}",
        if adjectival {
            "an adjectival"
        } else {
            "a named"
        }
    );
}

/// (surface, actor id, adjectival) of every mention of `text`, in text order,
/// with the built-in KB as of [`PUBLISHED`]: whether a demonym or state name
/// was read as a modifier ("a Philippine vessel") or as the state acting.
pub fn mentions_with_how(text: &str) -> Vec<(String, String, bool)> {
    let (layer, found) = builtin_found(text);
    found
        .mentions
        .iter()
        .map(|m| {
            (
                layer.text[m.start..m.end].to_string(),
                found.actors[m.actor].id.clone(),
                m.how.is_adjectival(),
            )
        })
        .collect()
}
