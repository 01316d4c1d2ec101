//! "…, citing unnamed officials." closing a sentence with no speech verb:
//! the people cited are the source of the clause before the participle; what
//! else is cited (reasons, figures) stays the doer's own claim. Invented
//! sentences, an empty KB.

mod common;

use common::claim_texts as claims;

fn has(c: &[(String, String, String, bool)], speaker: &str, cue: &str, content: &str) -> bool {
    c.iter()
        .any(|(s, q, x, _)| s == speaker && q == cue && x == content)
}

#[test]
fn people_cited_after_a_clause_are_its_source() {
    let c = claims("The army shelled the town overnight, citing unnamed officials.");
    assert!(
        has(
            &c,
            "unnamed officials",
            "citing",
            "The army shelled the town overnight"
        ),
        "{c:?}"
    );
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims("Militants attacked a convoy near the border, citing local residents.");
    assert!(
        has(
            &c,
            "local residents",
            "citing",
            "Militants attacked a convoy near the border"
        ),
        "{c:?}"
    );
}

#[test]
fn reasons_cited_stay_the_doers_claim() {
    let c = claims("The airline canceled 40 flights, citing security concerns.");
    assert!(
        has(&c, "The airline", "citing", "security concerns"),
        "{c:?}"
    );
    // After a speech verb the citation is the speaker's, as before.
    let c = claims("The minister said the plan would fail, citing a new study.");
    assert!(has(&c, "The minister", "citing", "a new study"), "{c:?}");
    // The subject alone before the participle is the one who cites.
    let c = claims(
        "The Journal, citing people familiar with the matter, reported that the deal was near.",
    );
    assert!(
        has(&c, "The Journal", "reported", "the deal was near"),
        "{c:?}"
    );
    assert!(
        !c.iter()
            .any(|(s, _, _, _)| s == "people familiar with the matter"),
        "{c:?}"
    );
}
