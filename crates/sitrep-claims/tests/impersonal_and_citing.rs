//! Attributions with no named judge ("the plan seems to work", "Lee is
//! expected to win") and their limits. Invented sentences, an empty KB.

mod common;

use common::claims_of;

/// (speaker text or "", cue, content, hedged) of every claim.
fn claims(raw: &str) -> Vec<(String, String, String, bool)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            (
                c.speaker.text.clone().unwrap_or_default(),
                text[c.cue.start..c.cue.end].to_string(),
                text[c.content.start..c.content.end].to_string(),
                c.hedged,
            )
        })
        .collect()
}

#[test]
fn an_expectation_with_no_judge_is_a_hedged_claim_without_speaker() {
    let raw = "The harbour authority is expected to approve the new ferry schedule on Friday.";
    let c = claims(raw);
    assert_eq!(
        c,
        vec![(
            String::new(),
            "is expected".to_string(),
            "The harbour authority is expected to approve the new ferry schedule on Friday"
                .to_string(),
            true
        )],
        "{c:?}"
    );
}

#[test]
fn seem_takes_an_adjective_and_keeps_its_auxiliaries() {
    let c = claims("Council members have always seemed unconvinced by the budget.");
    assert!(
        c.iter().any(|(s, cue, x, h)| s.is_empty()
            && cue == "have always seemed"
            && x.starts_with("Council members")
            && *h),
        "{c:?}"
    );
    // A relative pronoun is the subject: the content starts with it.
    let c = claims("The strike, which appears to be spreading, closed two ports.");
    assert!(
        c.iter().any(|(s, cue, x, _)| s.is_empty()
            && cue == "appears"
            && x == "which appears to be spreading"),
        "{c:?}"
    );
}

#[test]
fn it_seems_that_asserts_the_clause() {
    let c = claims("It seems that the ceasefire is holding in the north.");
    assert!(
        c.iter().any(|(s, cue, x, _)| s.is_empty()
            && cue == "seems"
            && x == "the ceasefire is holding in the north"),
        "{c:?}"
    );
}

#[test]
fn appear_without_an_infinitive_is_no_claim() {
    let c = claims("The minister appeared on national television on Sunday evening.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("Three new candidates appear on the ballot this year.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn an_impression_verb_before_a_speech_verb_joins_its_cue() {
    // "appeared to suggest": the subject is the speaker of "suggest".
    let c = claims("The governor appeared to suggest that the tax would be delayed.");
    assert_eq!(
        c,
        vec![(
            "The governor".to_string(),
            "appeared to suggest".to_string(),
            "the tax would be delayed".to_string(),
            true
        )],
        "{c:?}"
    );
}
