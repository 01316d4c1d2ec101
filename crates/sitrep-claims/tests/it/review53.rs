//! Session 53 (`review53`): the review of session 53's merged rules.
//! Invented sentences, an empty KB.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn asked_by_after_a_passive_aux_outside_the_cue_is_written_out() {
    // "got" and "being" make the passive but join no cue: the passive is
    // written out all the same, so its question runs on past a comma
    // inside it, as after "was asked by" (it was cut there, as a reduced
    // passive's adverbial clause is).
    for (text, cue) in [
        (
            "The mayor got asked by host Jo Roe whether the fees, which the port sets, would rise.",
            "asked",
        ),
        (
            "The mayor kept being asked by host Jo Roe whether the fees, which the port sets, would rise.",
            "asked",
        ),
        (
            "The mayor was asked by host Jo Roe whether the fees, which the port sets, would rise.",
            "was asked",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple(
                "host Jo Roe",
                cue,
                "whether the fees, which the port sets, would rise"
            )),
            "{text}: {found:?}"
        );
    }
    // Near miss: a reduced passive's question still ends at the comma
    // where the main clause begins.
    let text = "Asked by host Jo Roe whether the fees would rise, the mayor said no.";
    let found = claim_triples(text);
    assert!(
        found.contains(&triple(
            "host Jo Roe",
            "Asked",
            "whether the fees would rise"
        )),
        "{text}: {found:?}"
    );
}

#[test]
fn an_adverb_in_en_after_be_is_no_passive_that_keeps_a_coordinated_passive() {
    // "were even harder" holds no passive ("even" was read as a participle
    // in -en): the speaker's own passive after "but" ends the content, as
    // it does without "even".
    for (text, content) in [
        (
            "The minister said the talks were even harder than expected but was contradicted by his deputy.",
            "the talks were even harder than expected",
        ),
        (
            "The minister said the talks were harder than expected but was contradicted by his deputy.",
            "the talks were harder than expected",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple("The minister", "said", content)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_passive_with_an_adverb_before_its_participle_keeps_a_coordinated_passive() {
    // "was not approved … but was rejected by parliament": the plan was
    // both, as with "had been floated … but was rejected".
    for (text, content) in [
        (
            "The minister said the plan was not approved by the cabinet but was rejected by parliament.",
            "the plan was not approved by the cabinet but was rejected by parliament",
        ),
        (
            "The minister said the idea had been floated by Omani mediators but was rejected by Washington.",
            "the idea had been floated by Omani mediators but was rejected by Washington",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple("The minister", "said", content)),
            "{text}: {found:?}"
        );
    }
}
