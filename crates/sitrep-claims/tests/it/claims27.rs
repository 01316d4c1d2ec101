//! Session 20, claims27, issue #5. Invented sentences.
//!
//! A `named` cue that shares its subject with the clause before it: a
//! participle after a comma ("…, decrying …") or a verb coordinated with an
//! earlier one ("… and chastised …") has no subject right before it, so the
//! named test reads the shared subject instead: it must name someone.
//!
//! A study's finding: "found" / "finds" (`finding_verb`) after a research
//! noun (`finding_source`: "poll", "survey", "audit") reports what it found,
//! a noun object too; a person's "found the keys" stays an act.

use crate::common;

use common::claim_texts as claims;
use sitrep_claims::words::{ClaimWords, DESTINATION_STOP, FINDING_SOURCE};

#[test]
fn a_named_participle_after_a_comma_speaks_for_a_named_subject() {
    let c = claims("The senator gave her usual stump speech, decrying the influence of lobbyists.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The senator");
    assert_eq!(c[0].1, "decrying");
    assert!(c[0].2.starts_with("the influence of lobbyists"), "{c:?}");
    let c = claims("He praised the small towns of the north, applauding their volunteer councils.");
    assert!(
        c.iter().any(|x| x.0 == "He" && x.1 == "applauding"),
        "{c:?}"
    );
    // Near misses: a shared subject that names no one says nothing.
    for s in [
        "The storm battered the coast all night, slamming the shutters of every house.",
        "The new rules took effect in March, lambasting nobody in particular.",
    ] {
        let c = claims(s);
        assert!(
            !c.iter().any(|x| x.1 == "slamming" || x.1 == "lambasting"),
            "{s}: {c:?}"
        );
    }
}

#[test]
fn a_named_verb_coordinated_with_an_act_speaks_for_its_named_subject() {
    let c = claims("The governor went on television and chastised the mayor for the delays.");
    assert!(
        c.iter()
            .any(|x| x.0 == "The governor" && x.1 == "chastised"),
        "{c:?}"
    );
    // Near miss: the first verb's subject names no one.
    let c = claims("The waves rose over the pier and assailed the boats moored there.");
    assert!(!c.iter().any(|x| x.1 == "assailed"), "{c:?}");
}

#[test]
fn destination_stop_words_are_data_rows() {
    let w = ClaimWords::builtin().expect("built-in claim words");
    for word in ["that", "which", "who", "whether", "if", "to"] {
        assert!(w.is(word, DESTINATION_STOP), "{word}");
    }
    assert!(!w.is("Ankara", DESTINATION_STOP));
    assert!(!w.is("the", DESTINATION_STOP));
}

#[test]
fn a_study_finds_what_its_noun_object_says() {
    let c = claims("A statewide poll found the governor leading by seven points.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "A statewide poll");
    assert_eq!(c[0].1, "found");
    assert_eq!(c[0].2, "the governor leading by seven points");
    let c = claims("An internal audit finds serious gaps in the ministry's accounts.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "finds");
    // The phrase's head is the research noun, not the last word.
    let c = claims("A 2019 study by two economists found rents rising sharply in most cities.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "found");
    assert_eq!(c[0].2, "rents rising sharply in most cities");
    // Near misses: people who find things act; no claim.
    for s in [
        "The inspectors found the documents in a drawer.",
        "The police found the car in a river.",
        "The head of the inquiry found the missing files in a drawer.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
    let w = ClaimWords::builtin().expect("built-in claim words");
    assert!(w.is("survey", FINDING_SOURCE));
    assert!(!w.is("inspectors", FINDING_SOURCE));
}
