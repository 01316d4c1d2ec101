//! Attributions with no named judge ("the plan seems to work", "Lee is
//! expected to win") and their limits; "…, citing …" as the speaker's own
//! claim; a preposition after a speech verb ("warned about") as part of
//! its cue; an inverted speaker with appositives ("…, said Jo Lee, a
//! lawyer for the city."); speech verbs in title-case headlines; "found
//! dead"; modal cue leads ("could argue"); an age before the cue ("Jane
//! Doe, 34, said") or a description between dashes. Invented sentences,
//! an empty KB.

use crate::common;

use common::{claim_texts as claims, claims_of};

#[test]
fn an_expectation_with_no_judge_is_a_hedged_claim_without_speaker() {
    let raw = "The harbour authority is expected to approve the new ferry schedule on Friday.";
    let c = claims(raw);
    assert_eq!(
        c,
        vec![(
            String::new(),
            "is expected".to_string(),
            // The infinitive's clause, never the cue itself (session 11).
            "approve the new ferry schedule on Friday".to_string(),
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

#[test]
fn citing_after_a_quote_is_the_speakers_claim() {
    let c = claims(
        "\"We simply cannot keep up,\" the director said, citing low wages and rising rents.",
    );
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "the director"
            && cue == "citing"
            && x == "low wages and rising rents"),
        "{c:?}"
    );
}

#[test]
fn citing_between_subject_and_verb_leaves_the_subject_alone() {
    let c = claims(
        "The Ledger, citing internal documents, reported that the campaign is short of cash.",
    );
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "The Ledger"
            && cue == "citing"
            && x == "internal documents"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "The Ledger"
            && cue == "reported"
            && x == "the campaign is short of cash"),
        "{c:?}"
    );
}

#[test]
fn citing_a_source_between_cue_and_clause_is_only_the_reporting_chain() {
    let (_, records) =
        claims_of("Western media reported, citing unnamed officials, that the talks had failed.");
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].cue.text, "reported");
    assert_eq!(records[0].via.len(), 1, "{records:?}");
}

#[test]
fn citing_without_a_comma_is_no_claim() {
    let c = claims("Officials are citing the storm as the reason for the delay.");
    assert!(c.iter().all(|(_, cue, _, _)| cue != "citing"), "{c:?}");
}

#[test]
fn citing_inside_a_reporting_chain_is_no_claim_of_its_own() {
    let c = claims(
        "The story was first published by the Courier, citing anonymous aides, and was later repeated by other papers.",
    );
    assert!(c.iter().all(|(_, cue, _, _)| cue != "citing"), "{c:?}");
}

#[test]
fn a_preposition_after_a_speech_verb_joins_the_cue() {
    let c = claims("The union warned about longer waiting times at the clinics.");
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "The union"
            && cue == "warned about"
            && x == "longer waiting times at the clinics"),
        "{c:?}"
    );
    let c = claims("Two council members argued against the new parking fees.");
    assert!(
        c.iter()
            .any(|(_, cue, x, _)| cue == "argued against" && x == "the new parking fees"),
        "{c:?}"
    );
}

#[test]
fn an_inverted_speaker_keeps_appositives_to_the_sentence_end() {
    let c = claims(
        "Officials felt comfortable because they could pressure the lenders, said John Barrett, a lawyer for the state agency.",
    );
    assert!(
        c.iter().any(
            |(s, cue, x, _)| s == "John Barrett, a lawyer for the state agency"
                && cue == "said"
                && x == "Officials felt comfortable because they could pressure the lenders"
        ),
        "{c:?}"
    );
}

#[test]
fn a_title_case_headline_has_its_speech_verb() {
    let c = claims(
        "Harbour Master Says New Ferry Will Start in June\n\nThe service was delayed twice.",
    );
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "Harbour Master"
            && cue == "Says"
            && x == "New Ferry Will Start in June"),
        "{c:?}"
    );
    let c = claims("Bridge Repairs Will Take Two Years, City Engineer Says\n\nWork starts soon.");
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "City Engineer"
            && cue == "Says"
            && x == "Bridge Repairs Will Take Two Years"),
        "{c:?}"
    );
    // A quoted phrase closing the headline, its quote mark after the period.
    let c = claims("Harbour Master Says Ferry Will Bring 'Jobs and Visitors.'\n\nIt starts soon.");
    assert!(
        c.iter()
            .any(|(s, cue, _, _)| s == "Harbour Master" && cue == "Says"),
        "{c:?}"
    );
    // Inside an ordinary sentence a capitalized cue word is part of a name.
    let c = claims("She reads the Daily Reports column every morning before work.");
    assert!(c.iter().all(|(_, cue, _, _)| cue != "Reports"), "{c:?}");
}

#[test]
fn found_dead_reports_no_finding() {
    let c = claims("A hiker was found dead near the summit on Sunday.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("Missing Hiker Found Alive Near Summit After Three Days");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_modal_joins_the_cue_and_hedges_it() {
    let c = claims("The senator could argue that the bill is flawed.");
    assert_eq!(
        c,
        vec![(
            "The senator".to_string(),
            "could argue".to_string(),
            "the bill is flawed".to_string(),
            true
        )],
        "{c:?}"
    );
    // A modal of obligation prescribes what is to be said: no one said it
    // (session 12's probe: "Washington must also accept that …").
    let c = claims("The mayor should announce that the park will close.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_modal_cue_of_a_generic_pronoun_is_advice() {
    assert!(claims("You may want to check the filter first.").is_empty());
    assert!(claims("One could argue that the deal is fair.").is_empty());
    let c = claims("You said the deal was fair.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn an_age_or_year_ending_a_description_is_no_number_modifier() {
    let c = claims("Jane Doe, 34, said the rent is too high.");
    assert!(
        c.iter().any(|(s, cue, x, _)| s == "Jane Doe, 34"
            && cue == "said"
            && x == "the rent is too high"),
        "{c:?}"
    );
    let c = claims("Erin Lake, an aide who joined the campaign in 2011, said the trip mattered.");
    assert!(c.iter().any(|(_, cue, _, _)| cue == "said"), "{c:?}");
    // A number right before the word still makes it a modifier.
    let c = claims("The party won 271 pledged delegates on Tuesday.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_description_between_dashes_belongs_to_the_speaker() {
    let c = claims("Jane Roe -- a lawyer for the city -- said the plan failed.");
    assert!(
        c.iter()
            .any(|(s, cue, x, _)| s == "Jane Roe — a lawyer for the city"
                && cue == "said"
                && x == "the plan failed"),
        "{c:?}"
    );
}
