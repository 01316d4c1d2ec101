//! Session 49 (`claims82`): "attacked" as criticism of a position; a
//! subject that names no one states no position; the noun phrase with its
//! relative clause after a cue row ending in "against" or "of", and after a
//! position verb's bare plural. Invented sentences.

use crate::common;

use common::{assert_contents, claim_triples, triple};

#[test]
fn attacked_a_plan_is_a_claim() {
    assert_eq!(
        claim_triples("Governor Lane attacked the tax plan as a giveaway to the rich."),
        vec![triple(
            "Governor Lane",
            "attacked",
            "the tax plan as a giveaway to the rich"
        )]
    );
}

#[test]
fn attacked_a_target_stays_no_claim() {
    // An act of force: no position object, no claim (as before).
    for s in [
        "Rebels attacked a police station in the north on Monday.",
        "Militants attacked the convoy near the border.",
        "Gunmen attacked a bus carrying pilgrims.",
    ] {
        assert!(claim_triples(s).is_empty(), "{s}");
    }
}

#[test]
fn a_subject_that_names_no_one_states_no_position() {
    for s in [
        "None of the candidates supported the ban.",
        "No senator backed the plan to close the base.",
    ] {
        assert!(claim_triples(s).is_empty(), "{s}");
    }
    // Must not change: a plain speech verb, and a named subject.
    assert_eq!(
        claim_triples("Nobody said the plan would work."),
        vec![triple("Nobody", "said", "the plan would work")]
    );
    assert_eq!(
        claim_triples("Most of the candidates supported the ban."),
        vec![triple("Most of the candidates", "supported", "the ban")]
    );
}

#[test]
fn a_cue_ending_in_a_noun_preposition_keeps_the_relative_clause() {
    assert_contents(&[
        (
            "Mayor Dunn argued against a law that bans street markets.",
            "argued against",
            "a law that bans street markets",
        ),
        (
            "Critics railed against a rule that limits street markets.",
            "railed against",
            "a rule that limits street markets",
        ),
        // Must not change: a "that" before a subject opens the clause.
        (
            "Mayor Dunn argued against the claim that the markets were unsafe.",
            "argued against",
            "the markets were unsafe",
        ),
    ]);
}

#[test]
fn a_position_verbs_bare_plural_takes_its_relative_clause() {
    assert_contents(&[(
        "The senator has attacked proposals that benefit the very rich.",
        "has attacked",
        "proposals that benefit the very rich",
    )]);
    // Must not change: a bare plural after a verb of telling is its
    // listener.
    assert_contents(&[(
        "The governor told reporters that soon the army would withdraw.",
        "told",
        "soon the army would withdraw",
    )]);
}

#[test]
fn a_relative_after_a_preposition_is_no_shared_subject() {
    // Must not change: "in which management …" has its own subject.
    let found = claim_triples(
        "It was a day in which management sits down with analysts and tells \
         them the stock is cheap.",
    );
    assert!(
        found.iter().all(|(speaker, _, _)| speaker != "which"),
        "{found:?}"
    );
}

#[test]
fn a_verb_coordinated_inside_a_relative_clause_shares_the_relative() {
    let found = claim_triples(
        "Governor Ames unveiled a list of endorsements in contrast to the \
         businessman who lacks experience in government and has attacked the \
         trade plan as reckless.",
    );
    assert!(
        found.contains(&triple("who", "has attacked", "the trade plan as reckless")),
        "{found:?}"
    );
    // Must not change: the relative clause closed by a second verb, and a
    // plain coordinated verb.
    assert!(
        claim_triples("Lee said the man who left was wrong and argued the plan would fail.")
            .contains(&triple("Lee", "argued", "the plan would fail"))
    );
    assert_eq!(
        claim_triples("Governor Ames toured the plant and said the plan would fail."),
        vec![triple("Governor Ames", "said", "the plan would fail")]
    );
}
