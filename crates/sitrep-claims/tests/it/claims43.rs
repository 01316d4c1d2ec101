//! Session 30 (claims43): the impersonal "expected to" cue's subjects the
//! noun-phrase walk does not read, its content's end at the writer's clause
//! of contrast, and a speech verb after it that makes no claim of its own.
//! Invented sentences.

use crate::common;

use common::claim_triples as claims;

fn only_impersonal(s: &str, cue: &str, content: &str) {
    let c = claims(s);
    assert_eq!(c.len(), 1, "{s}: {c:?}");
    assert_eq!(c[0].0, "", "{s}: an impersonal claim has no speaker");
    assert_eq!(c[0].1, cue, "{s}");
    assert_eq!(c[0].2, content, "{s}");
}

#[test]
fn expected_after_an_aside_a_shared_subject_or_a_demonstrative() {
    only_impersonal(
        "The port authority, which has run the terminal since 2004, is expected to reopen it in May.",
        "is expected",
        "reopen it in May",
    );
    only_impersonal(
        "The governor, a former mayor of the city, is not expected to seek a third term.",
        "is not expected",
        "seek a third term",
    );
    only_impersonal(
        "The mayor is leaving office in March but is expected to stay on the transit board.",
        "is expected",
        "stay on the transit board",
    );
    only_impersonal(
        "That was originally expected to take two years.",
        "was originally expected",
        "take two years",
    );
    // Near misses: no infinitive after the cue, or an aside with no comma
    // opening it.
    for s in [
        "The port authority, which has run the terminal since 2004, said less than expected.",
        "Turnout in the northern districts was lower than expected, officials said.",
    ] {
        let c = claims(s);
        assert!(
            c.iter().all(|(_, q, _)| !q.contains("expected")),
            "{s}: {c:?}"
        );
    }
}

#[test]
fn an_expectation_ends_at_the_writers_but() {
    only_impersonal(
        "The two leaders had been expected to sign the accord this week, but the talks stalled again on Monday.",
        "had been expected",
        "sign the accord this week",
    );
    // A comma without a conjunction of contrast keeps the clause whole.
    only_impersonal(
        "The airline is expected to cut 900 jobs, mostly in its cargo unit.",
        "is expected",
        "cut 900 jobs, mostly in its cargo unit",
    );
}

#[test]
fn expected_before_a_speech_verb_without_a_speaker() {
    // "show" with a report's subject makes no claim of its own: the
    // expectation is still the writer's claim.
    only_impersonal(
        "It is expected to show a third month of falling prices.",
        "is expected",
        "show a third month of falling prices",
    );
    // When the speech verb makes its claim, that claim takes the cue in
    // and no second, speaker-less claim comes.
    let c = claims("The minister appeared to say that the border will reopen.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The minister");
    assert_eq!(c[0].1, "appeared to say");
}

#[test]
fn a_relative_that_before_appears_opens_no_claim_whose_end_is_unknown() {
    let s = "The dashboard has a screen that appears to float above the console and a dial.";
    let c = claims(s);
    assert!(c.is_empty(), "{s}: {c:?}");
}

#[test]
fn a_generic_you_of_a_condition_makes_no_claim() {
    for s in [
        "If you believe the early returns, the race is already over.",
        "And if you're asking whether the subscription is worth it, the answer is no.",
        "Unless you think the ferry will run on time, book a later train.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
    // Near misses: a named subject of the condition, and "you" addressed
    // outside a condition, still make claims.
    let c = claims("If voters believe the early returns, the race is already over.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "voters");
    let c = claims("Q: You said yesterday that the plant would close in June.");
    assert!(
        c.iter().any(|(sp, q, _)| sp == "You" && q == "said"),
        "{c:?}"
    );
}

#[test]
fn explained_takes_a_wh_clause_as_content() {
    let c = claims("The engineer explained how the valve had failed during the test.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The engineer");
    assert_eq!(c[0].1, "explained");
    assert!(c[0].2.contains("the valve had failed"), "{c:?}");
    // Near miss: a noun object is an act of explaining, no reported clause.
    let c = claims("The engineer explained the rules of the test to the crew.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_coordination_of_people_nouns_is_the_whole_speaker() {
    for (s, speaker) in [
        (
            "Local politicians and activists say the bridge plan will fail.",
            "Local politicians and activists",
        ),
        (
            "Marchers and spectators said the police had closed the square.",
            "Marchers and spectators",
        ),
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(c[0].0, speaker, "{s}");
    }
    // Near miss: the nouns as a verb's object are no subject.
    let c = claims("The mayor met with politicians and activists said to back the plan.");
    assert!(
        c.iter().all(|(sp, _, _)| sp != "politicians and activists"),
        "{c:?}"
    );
}
