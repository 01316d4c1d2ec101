//! A bare state body ("the army", "the Constitutional Council") is placed
//! by states, state bodies and officials named near it, never by a
//! company's, an outlet's or a party's state; a capitalized body unplaced
//! where it stands is the same body placed earlier; a verb of saying after
//! an adverb keeps the speaker's state; a plural role phrase ("the
//! intelligence agencies") is no bare body.

use crate::common;

/// (mention text, actor id) in text order.
fn mentions(text: &str) -> Vec<(String, String)> {
    common::builtin_mentions(text)
}

/// The id of the mention whose text contains `surface`, if any.
fn id_at(text: &str, surface: &str) -> Option<String> {
    common::builtin_id_at(text, surface)
}

#[test]
fn a_companys_state_places_no_bare_body() {
    let text = "Mozambique held elections in October.\n\nTotalEnergies said it would \
                resume work on its gas project.\n\nThe army said it had secured the area.";
    let army = id_at(text, "army");
    assert_ne!(army.as_deref(), Some("FRAMIL"), "{:?}", mentions(text));
    // Near miss: an official of a state in the paragraph before places it.
    let text = "Mozambique held elections in October.\n\nKenya's Aden Duale said the \
                plan would go ahead.\n\nThe army said it had secured the area.";
    common::assert_id_at(text, "army", Some("KENMIL"));
    // Near miss: the company's state named as a state places it.
    let text = "Mozambique held elections in October.\n\nFrance said it would \
                resume work on the gas project.\n\nThe army said it had secured the area.";
    common::assert_id_at(text, "army", Some("FRAMIL"));
}

#[test]
fn the_intelligence_agencies_of_a_ministers_remit_are_no_bodies_of_the_story_state() {
    // "the intelligence agencies" is a plural role phrase: people who may
    // serve any state named, not "the intelligence" of the dominant state.
    let text = "China denied the charges. Beijing said Chinese hackers had no part in \
                it.\n\nThe minister responsible for the intelligence agencies said China \
                was behind the attack.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id == "CHNSPY"),
        "no Chinese intelligence in {found:?}"
    );
    // Near miss: the singular body stays the story's state's.
    let text = "China denied it. The intelligence agency said the attack came from abroad.";
    common::assert_id_at(text, "intelligence", Some("CHNSPY"));
}

#[test]
fn an_adverb_before_the_verb_of_saying_keeps_the_speakers_state_for_the_body() {
    // The official reports what the army did: his state places it.
    let text = "Ruto called the protests treasonous.\n\nDefence Minister Aden Duale \
                later said the army had been deployed to support the police.";
    common::assert_id_at(text, "army", Some("KENMIL"));
    // Near miss: an adverb before a verb that acts on the descriptor: the
    // subject's state is still not the one it names ("Russia hosted the
    // junta" is no Russian junta).
    let text = "Mali's army took the town.\n\nRussia later hosted the junta in Moscow.";
    assert_ne!(id_at(text, "junta").as_deref(), Some("RUSGOV"));
}

#[test]
fn a_bare_body_unplaced_where_it_stands_is_the_same_body_placed_before() {
    let text = "Mozambique held elections in October. The Constitutional Council \
                confirmed the results.\n\nTotalEnergies said it would resume work on its \
                gas project.\n\nThe Constitutional Council is expected to rule on the appeal.";
    let found = mentions(text);
    let councils: Vec<&str> = found
        .iter()
        .filter(|(t, _)| t.contains("Constitutional Council"))
        .map(|(_, id)| id.as_str())
        .collect();
    assert_eq!(councils, ["MOZJUD", "MOZJUD"], "{found:?}");
    // Near misses: another body's earlier placement does not carry over,
    // nor does a lower-case body's ("the army" may be another state's).
    let text = "Mozambique held elections in October. The Constitutional Council \
                confirmed the results.\n\nTotalEnergies said it would resume work on its \
                gas project.\n\nThe army said it had secured the area.";
    common::assert_id_at(text, "army", None);
    let text = "Mozambique held elections in October. The army secured the polling \
                stations.\n\nTotalEnergies said it would resume work on its gas \
                project.\n\nThe army said it had secured the area.";
    let armies: Vec<String> = mentions(text)
        .into_iter()
        .filter(|(t, _)| t == "army")
        .map(|(_, id)| id)
        .collect();
    assert_eq!(armies, ["MOZMIL"], "{:?}", mentions(text));
}
