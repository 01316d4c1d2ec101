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
    builtin_found_on(text, PUBLISHED)
}

/// The text layer of `text` and the actors the built-in KB finds in it as of `date`.
fn builtin_found_on(text: &str, date: &str) -> (TextLayer, DocActors) {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(date));
    (layer, found)
}

/// (country, sector) of the first mention containing `surface` in `text` published on `date`.
pub fn placed_on(text: &str, surface: &str, date: &str) -> (Option<String>, Option<String>) {
    let (layer, found) = builtin_found_on(text, date);
    let m = found
        .mentions
        .iter()
        .find(|m| layer.text[m.start..m.end].contains(surface))
        .unwrap_or_else(|| panic!("no mention {surface:?} in {text}"));
    let a = &found.actors[m.actor];
    (a.country.clone(), a.sector.clone())
}

/// A knowledge base of inline actor and role rows (the formats of `data/kb`).
pub fn inline_kb(actors: &str, roles: &str) -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline-actors.tsv", actors).expect("inline actors parse"));
    b.add_roles(parse_role_file("inline-roles.tsv", roles).expect("inline roles parse"));
    b.build()
}

/// (surface, actor id) of every mention of `text` published on `date`, in
/// text order, with the built-in KB.
pub fn mentions_on(text: &str, date: &str) -> Vec<(String, String)> {
    mentions_with_how_on(text, date)
        .into_iter()
        .map(|(surface, id, _)| (surface, id))
        .collect()
}

/// The actor ids of the mentions of `text` published on `date` whose surface is exactly
/// `surface`, in text order.
pub fn ids_on(text: &str, surface: &str, date: &str) -> Vec<String> {
    mentions_on(text, date)
        .into_iter()
        .filter(|(s, _)| s == surface)
        .map(|(_, id)| id)
        .collect()
}

/// (surface, actor id) of every mention of `text`, in text order, with the
/// built-in KB as of [`PUBLISHED`].
pub fn builtin_mentions(text: &str) -> Vec<(String, String)> {
    mentions_on(text, PUBLISHED)
}

/// The surfaces of `text`'s mentions of actor `id` (built-in KB), in text order.
pub fn surfaces_of(text: &str, id: &str) -> Vec<String> {
    builtin_mentions(text)
        .into_iter()
        .filter(|(_, i)| i == id)
        .map(|(s, _)| s)
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
    mentions_with_how_on(text, PUBLISHED)
}

/// [`mentions_with_how`] for a text published on `date`.
fn mentions_with_how_on(text: &str, date: &str) -> Vec<(String, String, bool)> {
    let (layer, found) = builtin_found_on(text, date);
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

/// The actor id of the first mention whose text is exactly `surface`, if any:
/// for assertions where a longer mention holding `surface` must not count.
pub fn builtin_id_exact(text: &str, surface: &str) -> Option<String> {
    builtin_mentions(text)
        .into_iter()
        .find(|(t, _)| t == surface)
        .map(|(_, id)| id)
}

/// Asserts that the first mention whose text is exactly `surface` is of the actor `id` (`None`:
/// that no mention reads `surface`), listing the mentions of `text` when it is not.
#[track_caller]
pub fn assert_id_exact(text: &str, surface: &str, id: Option<&str>) {
    assert_eq!(
        builtin_id_exact(text, surface).as_deref(),
        id,
        "{text}: {:?}",
        builtin_mentions(text)
    );
}

/// Asserts that the first mention whose text is exactly `surface`, if any, is not of the actor
/// `id`.
#[track_caller]
pub fn assert_id_exact_not(text: &str, surface: &str, id: &str) {
    assert_ne!(
        builtin_id_exact(text, surface).as_deref(),
        Some(id),
        "{text}: {:?}",
        builtin_mentions(text)
    );
}

/// Asserts that the first mention whose text contains `surface` is placed in `country` and
/// `sector` (a mention must contain it).
#[track_caller]
pub fn assert_placed_at(text: &str, surface: &str, country: &str, sector: &str) {
    assert_placed_where(text, surface, country, sector, |t| t.contains(surface));
}

/// Asserts that the first mention whose text is exactly `surface` is placed in `country` and
/// `sector` (a mention must read it).
#[track_caller]
pub fn assert_placed_exact(text: &str, surface: &str, country: &str, sector: &str) {
    assert_placed_where(text, surface, country, sector, |t| t == surface);
}

#[track_caller]
fn assert_placed_where(
    text: &str,
    surface: &str,
    country: &str,
    sector: &str,
    is_it: impl Fn(&str) -> bool,
) {
    let r = builtin_resolved(text);
    let m = r
        .iter()
        .find(|m| is_it(&m.0))
        .unwrap_or_else(|| panic!("no mention {surface:?} in {r:?}"));
    assert_eq!(
        (m.2.as_deref(), m.3.as_deref()),
        (Some(country), Some(sector)),
        "{text}: {r:?}"
    );
}

/// Asserts, for each (surface, id) pair, that the first mention reading
/// `surface` in `text` is of `id` (`None`: that no mention reads it).
#[track_caller]
pub fn assert_ids(text: &str, expected: &[(&str, Option<&str>)]) {
    for &(surface, id) in expected {
        assert_id_exact(text, surface, id);
    }
}

/// Asserts that no mention of `text` is of the actor `id`.
#[track_caller]
pub fn assert_no_actor(text: &str, id: &str) {
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(_, i)| i == id), "{text}: {m:?}");
}

/// Asserts that no mention of `text` is of an actor whose id contains `slug` (a person slug
/// made of the given words, whatever the rest of the name).
#[track_caller]
pub fn assert_no_actor_like(text: &str, slug: &str) {
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(_, i)| i.contains(slug)), "{text}: {m:?}");
}
