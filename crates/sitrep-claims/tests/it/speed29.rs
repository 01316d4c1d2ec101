//! Session 54 (`speed29`): rules that read fewer bytes, with the same
//! answers. The pronoun's own act after ", and" / ", but" looks for quote
//! marks only in a content holding such a joint; the speaker after a
//! reported clause and the postposed speaker with a relative clause find
//! their last ", " by `memrchr`. The nesting case pins which outer claim
//! relays a nested one, for a walk over the outer claims that was tried
//! and measured slower (docs/log/s54-speed29.md). Invented sentences, an
//! empty KB.

use crate::common;

use common::{assert_contents, claim_triples, claims_of};
use sitrep_record::ViaRole;

/// The relay texts of the claim whose cue is `cue`.
fn relays_of(raw: &str, cue: &str) -> Vec<String> {
    let (_, claims) = claims_of(raw);
    let c = claims
        .iter()
        .find(|c| c.cue.text == cue)
        .unwrap_or_else(|| panic!("{raw}: no {cue:?} in {claims:#?}"));
    c.via
        .iter()
        .filter(|v| v.role == ViaRole::Relay)
        .map(|v| v.text.clone())
        .collect()
}

#[test]
fn a_nested_claim_is_relayed_by_its_closest_outer_claim() {
    // Three deep: "told" is inside both outer contents, and the minister's,
    // the shorter, relays it; Lee relays the minister's claim.
    let raw = "Lee said the minister said the envoy told reporters the talks had failed.";
    assert_eq!(relays_of(raw, "told"), ["the minister"]);
    assert_eq!(relays_of(raw, "said").len(), 0, "{:?}", claims_of(raw).1);
    // Near miss: a claim after the outer content is inside none.
    let raw = "The minister said the talks had failed. The envoy told reporters nothing.";
    let found = claim_triples(raw);
    assert!(
        relays_of(raw, "said").is_empty() && found.iter().all(|t| t.1 != "told" || !t.2.is_empty()),
        "{found:?}"
    );
}

#[test]
fn the_speakers_next_act_after_a_joint_ends_the_content_outside_quotes() {
    assert_contents(&[
        (
            "The mayor said the budget was balanced, and he ordered an inquiry into the deficit.",
            "said",
            "the budget was balanced",
        ),
        (
            "The mayor said the budget was balanced, but he pressed the council to do more.",
            "said",
            "the budget was balanced",
        ),
        // Near miss: with no joint the content runs on.
        (
            "The mayor said the budget was balanced and the deficit was gone.",
            "said",
            "the budget was balanced and the deficit was gone",
        ),
    ]);
}

#[test]
fn the_last_comma_before_the_speaker_opens_a_postposed_speaker() {
    // The relative clause stays with the speaker it describes; a comma
    // inside the quote before it is not the one that opens the clause.
    for raw in [
        "\"The talks are over,\" the diplomats, who asked not to be named, said.",
        "\"The talks are over, for now,\" the diplomats, who asked not to be named, said.",
    ] {
        let found = claim_triples(raw);
        assert!(
            found
                .iter()
                .any(|t| t.0 == "the diplomats, who asked not to be named"
                    && t.1 == "said"
                    && t.2.starts_with("The talks are over")),
            "{raw}: {found:?}"
        );
    }
}

#[test]
fn the_last_comma_before_a_postposed_subject_opens_it() {
    // An earlier comma in the reported clause is not where the subject opens.
    for raw in [
        "Tuition rose again last year, a study by the council found.",
        "Tuition rose again, and fees grew, a study by the council found.",
    ] {
        let found = claim_triples(raw);
        assert!(
            found
                .iter()
                .any(|t| t.0 == "a study by the council" && t.1 == "found"),
            "{raw}: {found:?}"
        );
    }
}
