//! Session 50 (`claims85`): claim structure seen wrong on real news.
//! Invented sentences, an empty KB.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_cue_in_the_speakers_quoted_description_leaves_the_main_verb_its_claim() {
    // The relative clause set off by commas describes the speaker; its
    // quote and its own cue do not take the main verb's claim away.
    let found = claim_triples(
        "Okafor, who calls the mayor a \"menace,\" said he would vote for the challenger.",
    );
    assert!(
        found.contains(&triple("who", "calls", "the mayor a \"menace")),
        "{found:?}"
    );
    let main = found
        .iter()
        .find(|t| t.1 == "said")
        .unwrap_or_else(|| panic!("no claim of \"said\": {found:?}"));
    assert!(main.0.starts_with("Okafor"), "{found:?}");
    assert_eq!(main.2, "he would vote for the challenger");
    // The same with "that" and with an auxiliary in the description.
    let found = claim_triples(
        "Brandt, who has called the levy \"theft,\" said that the council would regret it.",
    );
    assert!(
        found.iter().any(|t| t.1 == "said"
            && t.0.starts_with("Brandt")
            && t.2 == "the council would regret it"),
        "{found:?}"
    );
}

#[test]
fn a_cue_in_a_clause_of_its_own_still_blocks_the_whole_subject() {
    // No closing comma: "said" is no main verb after a description.
    let found = claim_triples("Aides said the mayor called the levy \"theft\" and left.");
    assert!(!found.iter().any(|t| t.1 == "left"), "{found:?}");
    assert!(found.iter().any(|t| t.1 == "said"), "{found:?}");
}

#[test]
fn a_name_apposed_to_a_description_after_the_cue_is_the_speaker() {
    assert_eq!(
        claim_triples("\"We are anxious,\" said another forum user, Petra Lindqvist."),
        vec![triple(
            "another forum user, Petra Lindqvist",
            "said",
            "We are anxious"
        )]
    );
    assert_eq!(
        claim_triples("\"The water is rising,\" said a local farmer, Tomas Reyes."),
        vec![triple(
            "a local farmer, Tomas Reyes",
            "said",
            "The water is rising"
        )]
    );
    // A description before the cue keeps its name as before.
    assert_eq!(
        claim_triples("Another forum user, Petra Lindqvist, wrote that the vote was rigged."),
        vec![triple(
            "Another forum user, Petra Lindqvist",
            "wrote",
            "the vote was rigged"
        )]
    );
}

#[test]
fn a_restrictive_relative_clause_object_ends_before_the_predicate() {
    // PolNeAR train holds restrictive relative clauses as claims of "who";
    // what they report is the object, not the main clause's predicate.
    assert_eq!(
        claim_triples("Senators who criticized the budget were outvoted."),
        vec![triple("who", "criticized", "the budget")]
    );
    assert_eq!(
        claim_triples("Delegates who praised the treaty have left."),
        vec![triple("who", "praised", "the treaty")]
    );
    // A second verb of the relative clause after a coordinator, and an
    // aside in a bracket glued to the object, end the object too.
    assert_eq!(
        claim_triples("Delegates who criticized the treaty but have since left were absent."),
        vec![triple("who", "criticized", "the treaty")]
    );
    assert_eq!(
        claim_triples("Senators who criticized the plan(some had voted for it) were outvoted."),
        vec![triple("who", "criticized", "the plan")]
    );
    // An infinitive's verb is no predicate.
    let found = claim_triples("I (the hiker who didn't want to be seen online) had a plan.");
    assert!(
        found
            .iter()
            .any(|t| t.1 == "didn't want" && t.2.starts_with("to be seen")),
        "{found:?}"
    );
    // A relative clause set off by commas keeps its reading.
    let found = claim_triples("Gomez, who criticized the budget, was outvoted.");
    assert!(
        found.contains(&triple("who", "criticized", "the budget")),
        "{found:?}"
    );
}

#[test]
fn a_second_finite_verb_closes_a_relative_clause_with_an_auxiliary() {
    // "has left" is the relative's verb group; "was" opens the main
    // clause, so "argued" is not the relative's.
    let found = claim_triples(
        "Okoro said the clerk who has resigned was wrong and argued that the count was fair.",
    );
    assert!(
        !found.iter().any(|t| t.1 == "argued" && t.0 == "who"),
        "{found:?}"
    );
    // One verb group: the coordinated verb is the relative's.
    let found = claim_triples(
        "Mayor Ames praised the donors in contrast to the banker who has no \
         record in government and has attacked the trade plan as reckless.",
    );
    assert!(
        found.contains(&triple("who", "has attacked", "the trade plan as reckless")),
        "{found:?}"
    );
}

#[test]
fn a_finite_verb_in_a_nested_clause_keeps_the_relative_the_speaker() {
    // "has amassed" is the "that" clause's verb; "says" is coordinated
    // with the relative's own "manages".
    let found = claim_triples(
        "Officials studied the bank, which manages the debt that the island has \
         amassed - and says it cannot repay it.",
    );
    assert!(
        found.iter().any(|t| t.0 == "which" && t.1 == "says"),
        "{found:?}"
    );
}

#[test]
fn content_ends_before_a_trailing_dash_and_markup() {
    assert_eq!(
        claim_triples("Moreau said the bridge would close —"),
        vec![triple("Moreau", "said", "the bridge would close")]
    );
    assert_eq!(
        claim_triples("Moreau said the bridge would close - and soon -"),
        vec![triple(
            "Moreau",
            "said",
            "the bridge would close - and soon"
        )]
    );
    assert_eq!(
        claim_triples("Moreau wrote that the bridge would close.</post>"),
        vec![triple("Moreau", "wrote", "the bridge would close")]
    );
    assert_eq!(
        claim_triples("Moreau wrote that the bridge would close </post> and more."),
        vec![triple("Moreau", "wrote", "the bridge would close")]
    );
    // A dash between words, a censored word and a comparison stay.
    assert_eq!(
        claim_triples("Moreau said the bridge — an old one — would close."),
        vec![triple(
            "Moreau",
            "said",
            "the bridge — an old one — would close"
        )]
    );
    assert_eq!(
        claim_triples("Moreau said the council was full of a—"),
        vec![triple("Moreau", "said", "the council was full of a—")]
    );
    assert_eq!(
        claim_triples("Moreau said costs were 3 < 4 and rising."),
        vec![triple("Moreau", "said", "costs were 3 < 4 and rising")]
    );
    // A tag opening the content ends nothing: the claim stays, up to the
    // closing tag.
    assert_eq!(
        claim_triples("Moreau said <b>the bridge would close</b> next week."),
        vec![triple("Moreau", "said", "<b>the bridge would close")]
    );
}

#[test]
fn a_possessive_before_a_noun_cue_is_its_speaker() {
    let found = claim_triples(
        "The fact checkers seized on Okafor's claim that crime had doubled in a year.",
    );
    assert!(
        found.contains(&triple("Okafor's", "claim", "crime had doubled in a year")),
        "{found:?}"
    );
    let found = claim_triples("Reporters jumped on the mayor's claim that the river was clean.");
    assert!(
        found.contains(&triple("the mayor's", "claim", "the river was clean")),
        "{found:?}"
    );
    // A participle phrase inside a subject stays the speaker's.
    let found = claim_triples("A poll taken in Ohio found that Okafor leads.");
    assert!(
        found.contains(&triple("A poll taken in Ohio", "found", "Okafor leads")),
        "{found:?}"
    );
}
