//! Session 16 (branch `actors21`): the Phoenix converter's misspelt state
//! names are names, not demonyms; its cut-off role line matches nothing.

mod common;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

/// (surface, actor id, adjectival) of every mention, in text order.
fn mentions_with_how(text: &str) -> Vec<(String, String, bool)> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(common::PUBLISHED));
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

#[test]
fn a_misspelt_state_name_is_the_state_not_an_adjective() {
    // Phoenix lists "Kyrgystan", "Azerbajan", "Armenai" among the states'
    // names; they end as demonyms do but name the state.
    for (text, surface, id) in [
        ("Kyrgystan closed its border on Monday.", "Kyrgystan", "KGZ"),
        ("Azerbajan signed the deal.", "Azerbajan", "AZE"),
        ("Armenai recalled its envoy.", "Armenai", "ARM"),
    ] {
        let found = mentions_with_how(text);
        assert!(
            found
                .iter()
                .any(|(t, i, adjectival)| t == surface && i == id && !*adjectival),
            "{surface} a named mention of {id} in {found:?}"
        );
    }
    // Near misses: demonyms that change the name's ending or extend it
    // stay adjectives.
    for (text, surface, id) in [
        ("A Honduran patrol vessel was rammed.", "Honduran", "HND"),
        ("Exports of Azerbaijani gas rose.", "Azerbaijani", "AZE"),
        ("A Philippine vessel was rammed.", "Philippine", "PHL"),
    ] {
        let found = mentions_with_how(text);
        assert!(
            found
                .iter()
                .any(|(t, i, adjectival)| t == surface && i == id && *adjectival),
            "{surface} an adjectival mention of {id} in {found:?}"
        );
    }
}

#[test]
fn the_cut_off_phoenix_role_line_is_no_role() {
    let kb = Kb::builtin().expect("built-in KB loads");
    let cut: Vec<&str> = kb
        .roles()
        .iter()
        .map(|r| r.phrase.as_str())
        .filter(|p| p.starts_with("ent affairs"))
        .collect();
    assert!(cut.is_empty(), "{cut:?}");
    // Its neighbours in the dictionary stay.
    assert!(kb.roles().iter().any(|r| r.phrase == "energy minister"));
    assert!(kb
        .roles()
        .iter()
        .any(|r| r.phrase == "environment ministry"));
}
