//! A clause that opens with a name and its descriptions set off by commas
//! (`claims55`, session 36): the name speaks, not a phrase inside the
//! descriptions, and a verb after the last comma is no inverted
//! attribution whose object would speak. Near misses: a fronted phrase,
//! participle phrase or adverb before the first comma is no name, and a
//! true inversion keeps its speaker after the cue. Invented sentences.

use crate::common;

use common::claim_triples;

/// (speaker text, content text) of the claim with cue `cue`.
fn claim_of(raw: &str, cue: &str) -> (String, String) {
    let found = claim_triples(raw);
    let (speaker, _, content) = found
        .iter()
        .find(|(_, c, _)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {found:?}"))
        .clone();
    (speaker, content)
}

#[test]
fn a_name_with_an_apposition_and_an_aside_speaks_for_a_verb_with_an_object() {
    let (speaker, content) = claim_of(
        "Orla Venn, a lawmaker from Dunmore, in a speech on the budget, has proposed taxing carbon emissions.",
        "has proposed",
    );
    assert_eq!(speaker, "Orla Venn, a lawmaker from Dunmore");
    assert_eq!(content, "taxing carbon emissions");
}

#[test]
fn the_object_of_a_verb_after_a_described_name_is_no_inverted_speaker() {
    let (speaker, content) = claim_of(
        "Tomas Reiker, Carvel County Clerk, voiced his disapproval of the ruling.",
        "voiced",
    );
    assert!(speaker.starts_with("Tomas Reiker"), "{speaker:?}");
    assert_eq!(content, "his disapproval of the ruling");
}

#[test]
fn a_description_before_an_aside_is_no_speaker_of_its_own() {
    let (speaker, _) = claim_of(
        "Petra Lund, a senator from the north, in an interview on Sunday, said the tax would pass.",
        "said",
    );
    assert_eq!(speaker, "Petra Lund, a senator from the north");
}

#[test]
fn a_fronted_participle_or_preposition_phrase_is_no_opening_name() {
    let (speaker, _) = claim_of(
        "Alarmed by the unrest in Dunmore, Senator Ada Brill, the minority leader, said that she spoke with the governor.",
        "said",
    );
    assert_eq!(speaker, "Senator Ada Brill, the minority leader");
    let (speaker, _) = claim_of(
        "Of the plan, Levander, who has given money to the mayor, said it is reckless.",
        "said",
    );
    assert_eq!(speaker, "Levander, who has given money to the mayor");
}

#[test]
fn a_true_inversion_keeps_its_speaker_after_the_cue() {
    let (speaker, content) = claim_of(
        "The talks will resume next week, said Dana Orlik, a spokeswoman for the ministry.",
        "said",
    );
    assert_eq!(speaker, "Dana Orlik, a spokeswoman for the ministry");
    assert_eq!(content, "The talks will resume next week");
}
