//! Session 53 (`claims90`): attribution recall, sources after the cue and
//! an adverb inside the cue. Invented sentences, an empty KB; each rule
//! with a near miss that must not change.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_role_phrase_with_an_apposed_name_after_a_postposed_cue_speaks() {
    for (text, speaker, content) in [
        (
            "The mill is under pressure from imports, said the company's chief executive, Jo A. Roe.",
            "the company's chief executive, Jo A. Roe",
            "The mill is under pressure from imports",
        ),
        (
            "The two men met only once, said the agency's director, Al Moe, on Monday.",
            "the agency's director, Al Moe",
            "The two men met only once",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple(speaker, "said", content)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_role_phrase_followed_by_a_clause_is_no_inverted_speaker() {
    // Near miss: after the role phrase a coordinated clause: the strict
    // reading of an inverted speaker refuses it, as before.
    let text = "The mill is under pressure, said the spokesman, and Jo Roe agreed.";
    let found = claim_triples(text);
    assert!(found.iter().all(|t| t.1 != "said"), "{text}: {found:?}");
    // Session 54 (claims93): a relative clause after the apposed name
    // describes the named spokesman and runs to the sentence's end; it is
    // no content, so the inversion stands ("…, said a former spokesman
    // for the ministry, Oleg Voloshyn, who …" had no claim at all).
    let text = "The mill is under pressure, said the spokesman, Jo Roe, who left the firm in May and then sued it.";
    let found = claim_triples(text);
    assert!(
        found.contains(&triple(
            "the spokesman, Jo Roe",
            "said",
            "The mill is under pressure"
        )),
        "{text}: {found:?}"
    );
}

#[test]
fn the_agent_of_asked_by_asked_the_question() {
    for (text, speaker, cue, content) in [
        (
            "Asked by Lee if the port would reopen, the mayor avoided a direct answer.",
            "Lee",
            "Asked",
            "if the port would reopen",
        ),
        (
            "When asked by a reporter whether the port would reopen, the mayor said it would.",
            "a reporter",
            "asked",
            "whether the port would reopen",
        ),
        (
            "The mayor was asked by host Jo Roe whether the port would reopen.",
            "host Jo Roe",
            "was asked",
            "whether the port would reopen",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple(speaker, cue, content)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn asked_by_without_a_question_after_the_agent_makes_no_question_claim() {
    // Near misses: the agent's phrase ends at a comma with no question
    // opener after it, and an order ("to …") is no question.
    let text = "Asked by reporters, the mayor said the port would reopen.";
    let found = claim_triples(text);
    assert!(found.iter().all(|t| t.1 != "Asked"), "{text}: {found:?}");
    assert!(
        found.contains(&triple("the mayor", "said", "the port would reopen")),
        "{text}: {found:?}"
    );
    let text = "Nurses were told by the hospital to report to work.";
    let found = claim_triples(text);
    assert!(
        found.iter().all(|t| !t.2.starts_with("to report")),
        "{text}: {found:?}"
    );
}

#[test]
fn since_between_the_auxiliary_and_the_verb_joins_the_cue() {
    let text = "The mayor backed the plan at first. She has since said that the plan would fail.";
    let found = claim_triples(text);
    assert!(
        found.contains(&triple("She", "has since said", "the plan would fail")),
        "{text}: {found:?}"
    );
}

#[test]
fn since_before_a_participle_opens_a_clause_and_joins_no_cue() {
    // Near miss: "since announcing" is an adverbial clause; its participle
    // cue keeps its bare verb.
    let text = "He has taken no new clients since announcing his candidacy.";
    let found = claim_triples(text);
    assert!(
        found.iter().all(|t| !t.1.starts_with("since")),
        "{text}: {found:?}"
    );
}
