//! A court, judge or jury that dismisses or rejects a case rules on it; it
//! denies nothing anyone said ("The judge dismissed the charges"). With a
//! that-clause, or with another subject, a deny cue stays a denial.
//! Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn cue_words(c: &[(String, String, String, bool)]) -> Vec<&str> {
    c.iter().map(|(_, q, _, _)| q.as_str()).collect()
}

#[test]
fn a_ruling_on_a_case_is_no_denial() {
    for s in [
        "The judge dismissed the charges.",
        "The judge dismissed the charges against the former mayor on Monday.",
        "A federal appeals court rejected the appeal on Tuesday.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
}

#[test]
fn other_denials_stay() {
    // A court rejecting what someone claimed, with its clause.
    let c = claims("The court rejected claims that the vote was rigged.");
    assert!(
        c.iter()
            .any(|(s, q, x, _)| s == "The court" && q == "rejected" && x == "the vote was rigged"),
        "{c:?}"
    );
    // A politician dismissing charges denies them.
    let c = claims("The senator dismissed the charges as a political stunt.");
    assert_eq!(cue_words(&c), ["dismissed"], "{c:?}");
    let c = claims("The senator dismissed the charges.");
    assert_eq!(cue_words(&c), ["dismissed"], "{c:?}");
}

/// A court that dismisses or rejects what others said (claims, allegations,
/// accusations) denies it; only a case or a step in one (case_noun: charges,
/// appeal, bail, request …) is ruled on.
#[test]
fn a_court_rejecting_what_others_said_denies_it() {
    for (s, cue, content) in [
        (
            "The tribunal dismissed allegations of ballot stuffing.",
            "dismissed",
            "allegations of ballot stuffing",
        ),
        (
            "The court rejected the union's claims of intimidation.",
            "rejected",
            "the union's claims of intimidation",
        ),
        (
            "The judge rejected the accusations.",
            "rejected",
            "the accusations",
        ),
    ] {
        let c = claims(s);
        assert!(
            c.iter().any(|(_, q, x, _)| q == cue && x == content),
            "{s}: {c:?}"
        );
    }
    for s in [
        "The magistrate denied bail to the two suspects.",
        "The court rejected the council's request for a delay.",
        "The judge dismissed the lawsuit against the city.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
}
