//! Session 53 (`claims91`): which verb attributes a quote, where a
//! content ends, counterfactual documents and coordinated modifiers in a
//! speaker. Invented sentences, an empty KB; each rule with a near miss.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_verb_inside_a_relative_aside_after_a_quote_does_not_take_the_quote() {
    let found = claim_triples(
        "\"The talks are over,\" two diplomats, who asked not to be identified, said on Friday.",
    );
    assert!(
        found
            .iter()
            .any(|t| t.1 == "said" && t.2 == "The talks are over"),
        "{found:?}"
    );
    assert!(!found.iter().any(|t| t.1 == "asked"), "{found:?}");
}

#[test]
fn a_verb_inside_a_restrictive_who_clause_does_not_take_the_quote() {
    let found =
        claim_triples("\"The talks are over,\" a diplomat who asked about the envoys said.");
    assert!(
        found.contains(&triple(
            "a diplomat who asked about the envoys",
            "said",
            "The talks are over"
        )),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|t| t.2 == "The talks are over" && t.1 != "said"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_the_attributing_verb_keeps_its_own_content() {
    // Near miss: after the aside closes, "said" attributes the quote and
    // the participle after it keeps the clause it introduces.
    let found = claim_triples(
        "\"The talks are over,\" the diplomats, who asked not to be named, said, adding that the envoys had left.",
    );
    assert!(
        found
            .iter()
            .any(|t| t.1 == "said" && t.2 == "The talks are over"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|t| t.1 == "adding" && t.2 == "the envoys had left"),
        "{found:?}"
    );
}

#[test]
fn a_passive_coordinated_with_the_contents_passive_stays_in_the_content() {
    let found = claim_triples(
        "A senior aide said the plan had been drafted by the finance ministry but was rejected by parliament.",
    );
    assert!(
        found.contains(&triple(
            "A senior aide",
            "said",
            "the plan had been drafted by the finance ministry but was rejected by parliament"
        )),
        "{found:?}"
    );
}

#[test]
fn a_passive_after_an_active_content_still_ends_it() {
    // Near miss: the content has no passive of its own, so the passive
    // after "but" is the speaker's ("the minister … was contradicted").
    let found = claim_triples(
        "The minister said the talks would resume but was contradicted by his deputy.",
    );
    assert!(
        found.contains(&triple("The minister", "said", "the talks would resume")),
        "{found:?}"
    );
}

#[test]
fn a_documents_counterfactual_cue_is_no_claim() {
    let found = claim_triples("The draft resolution would have condemned the missile tests.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_documents_possible_act_and_a_persons_counterfactual_stay_claims() {
    // Near misses: "may have" guesses at an act that happened; people's
    // counterfactuals are left to PolNeAR's convention (an attribution).
    let found = claim_triples("The draft resolution may have condemned the missile tests.");
    assert!(
        found.iter().any(|t| t.1 == "may have condemned"),
        "{found:?}"
    );
    let found = claim_triples("Few analysts would have described him as a hawk.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Few analysts" && t.1 == "would have described"),
        "{found:?}"
    );
}

#[test]
fn a_capitalized_second_modifier_and_a_quantity_lead_keep_the_whole_speaker() {
    let found = claim_triples("Eleven progressive and Muslim groups are asking the court to act.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Eleven progressive and Muslim groups"),
        "{found:?}"
    );
    let found = claim_triples("Many current and former officials said the plan was dead.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Many current and former officials"),
        "{found:?}"
    );
}

#[test]
fn a_name_before_and_is_no_modifier_of_the_speaker() {
    // Near miss: a capitalized name before "and" after a verb is an
    // object; the speaker is the phrase after "and".
    let found =
        claim_triples("The strike hit Paris and Muslim groups are asking the court to act.");
    assert!(found.iter().any(|t| t.0 == "Muslim groups"), "{found:?}");
}

#[test]
fn even_after_and_keeps_a_coordinated_speaker_whole() {
    let found = claim_triples("Politicians and even some technologists say the plan is flawed.");
    assert!(
        found.contains(&triple(
            "Politicians and even some technologists",
            "say",
            "the plan is flawed"
        )),
        "{found:?}"
    );
}

#[test]
fn even_after_an_object_and_leaves_the_speaker_after_it() {
    // Near miss: before "and" stands a verb's object, no speaker opening
    // the clause; the speaker is the conjunct after "even".
    let found =
        claim_triples("The strike hit workers and even some officials said the plan was dead.");
    assert!(found.iter().any(|t| t.0 == "some officials"), "{found:?}");
}
