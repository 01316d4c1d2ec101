//! Cues of session 31 (`claims46`): a speech participle after a preposition
//! of means ("by saying he would …") speaks for the sentence's subject when a
//! reported clause follows it, and "asked about" takes its preposition into
//! the cue. Near misses for each. Invented sentences.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_participle_after_by_speaks_for_the_subject_when_a_clause_follows() {
    let found = claim_triples(
        "Mayor Lena Hart closed the council meeting by saying she would seek a second term.",
    );
    assert_eq!(
        found,
        vec![triple(
            "Mayor Lena Hart",
            "saying",
            "she would seek a second term"
        )]
    );
    let found = claim_triples(
        "The union ended the strike talks by announcing that its members would return on Monday.",
    );
    assert_eq!(
        found,
        vec![triple(
            "The union",
            "announcing",
            "its members would return on Monday"
        )]
    );
}

#[test]
fn a_participle_after_by_with_an_object_or_a_noun_is_no_claim() {
    // An act done by speaking, with a noun object: no reported clause.
    assert!(
        claim_triples("The senator won the crowd over by telling jokes about the weather.")
            .is_empty()
    );
    // "by" before a noun cue word: no participle at all.
    assert!(claim_triples("The plan was shaped by warnings from the port authority.").is_empty());
    // A passive with "by" still names its agent, no participle.
    let found = claim_triples("The move was announced by the ministry on Friday.");
    assert!(found.iter().all(|(_, cue, _)| cue != "saying"));
}

#[test]
fn asked_about_takes_its_preposition_into_the_cue() {
    let found = claim_triples(
        "Asked about the delayed bridge repairs, the governor said the money would come next year.",
    );
    assert!(
        found.contains(&triple("", "Asked about", "the delayed bridge repairs")),
        "{found:?}"
    );
    // "asked" with an object and no "about" keeps its own cue.
    let found = claim_triples("The governor asked the mayor whether the bridge would open.");
    assert!(
        found.iter().all(|(_, cue, _)| cue != "asked about"),
        "{found:?}"
    );
}

#[test]
fn asking_speaks_with_an_infinitive_and_not_with_a_bare_object() {
    let found = claim_triples(
        "The farmers' union wrote to the ministry on Monday, asking it to delay the new water fees.",
    );
    assert!(
        found.contains(&triple(
            "The farmers' union",
            "asking",
            "it to delay the new water fees"
        )),
        "{found:?}"
    );
    // A participle with only its addressee reports nothing.
    let found =
        claim_triples("Lena Hart said she could not leave the hall without reporters asking her.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "said");
}

#[test]
fn a_particle_after_a_speech_verb_joins_the_cue() {
    // "responding to" stays out: the particle would let an act through.
    let found = claim_triples("City officials are responding to the flooding in the harbour.");
    assert!(found.is_empty(), "{found:?}");
    let found = claim_triples("The senator tweeted out a photo of the flooded road on Sunday.");
    assert!(
        found.iter().any(|(_, cue, _)| cue == "tweeted out"),
        "{found:?}"
    );
}
