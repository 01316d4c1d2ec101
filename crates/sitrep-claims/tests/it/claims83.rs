//! Session 49 (`claims83`): a quote inside a speaker's description.
//! Invented sentences, an empty KB.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_quote_inside_the_speakers_description_is_no_content() {
    // The quote sits in the description set off by a comma after the
    // sentence's subject, and the cue after it takes a clause of its own:
    // the clause is the content, the described subject the speaker (as
    // the same sentence without quote marks reads).
    assert_eq!(
        claim_triples("The mayor, tired of \"the same old promises,\" said the plan would fail."),
        vec![triple(
            "The mayor, tired of \"the same old promises,\"",
            "said",
            "the plan would fail"
        )]
    );
    assert_eq!(
        claim_triples("The mayor, tired of the same old promises, said the plan would fail."),
        vec![triple(
            "The mayor, tired of the same old promises",
            "said",
            "the plan would fail"
        )]
    );
}

#[test]
fn a_cue_inside_the_description_ends_with_its_quote() {
    let found = claim_triples(
        "Petrov, who calls the tax a \"disgrace,\" said he doubts the vote will pass.",
    );
    assert!(
        found.contains(&triple("who", "calls", "the tax a \"disgrace")),
        "{found:?}"
    );
    assert!(!found.iter().any(|t| t.2 == "disgrace"), "{found:?}");
}

#[test]
fn quotes_attributed_after_them_do_not_change() {
    // A quote opening its sentence, a cue with only its speaker after it,
    // a speaker before the cue, a clause before the quote: the cue after
    // the quote attributes it, as before.
    assert_eq!(
        claim_triples("In a statement, \"we are shocked,\" said the mayor."),
        vec![triple("the mayor", "said", "we are shocked")]
    );
    let found = claim_triples(
        "Her friends mocked the campaign, calling Ivanov \"a buffoon,\" Susan said as she left.",
    );
    assert!(
        found.contains(&triple("Susan", "said", "a buffoon")),
        "{found:?}"
    );
    let found = claim_triples(
        "In the end, the senator from Ohio has been \"very worked up about it,\" said a source close to the campaign.",
    );
    assert!(
        found.contains(&triple(
            "a source close to the campaign",
            "said",
            "very worked up about it"
        )),
        "{found:?}"
    );
}

#[test]
fn a_relative_clause_with_an_auxiliary_is_a_description_too() {
    // The relative pronoun opens the description even though its clause
    // holds an auxiliary: the quote is the description's, "said" the
    // subject's.
    assert_eq!(
        claim_triples(
            "The governor, who has written \"A Nation Divided,\" said the plan would fail."
        ),
        vec![triple(
            "The governor, who has written \"A Nation Divided,\"",
            "said",
            "the plan would fail"
        )]
    );
}

#[test]
fn a_cue_before_the_description_keeps_its_content() {
    // Only a cue inside the description ends with its quote.
    let found = claim_triples(
        "Aides said the mayor, tired of \"the same old promises,\" argued the plan would fail.",
    );
    assert!(
        found.contains(&triple(
            "Aides",
            "said",
            "the mayor, tired of \"the same old promises,\" argued the plan would fail"
        )),
        "{found:?}"
    );
}
