//! Session 49 (`review49`): a second read of the session's claims work. A
//! position verb's object inside a restrictive relative clause ends where
//! the sentence's own predicate starts; a position verb's bare plural that
//! is no report noun keeps its relative clause whatever object follows the
//! clause's verb (so "attacked loopholes that benefit others" reports no
//! "benefit others"). Invented sentences.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_position_object_in_a_relative_clause_ends_at_the_main_verb() {
    assert_eq!(
        claim_triples(
            "Several House Democrats who attacked the governor's critics are now \
             joining the campaign in Ohio."
        ),
        vec![triple("who", "attacked", "the governor's critics")]
    );
    assert_eq!(
        claim_triples(
            "The Ohio businessman who lacks experience in government and has \
             attacked the trade plan is leading the race."
        ),
        vec![triple("who", "has attacked", "the trade plan")]
    );
    // Must not change: a non-restrictive relative (ended by its comma), a
    // relative with no predicate after it (a main-clause position verb is
    // claims82's `attacked_a_plan_is_a_claim`).
    assert_eq!(
        claim_triples("Ames, who attacked the tax plan, is leading the race."),
        vec![triple("who", "attacked", "the tax plan")]
    );
    assert_eq!(
        claim_triples("Voters backed the senator who attacked the tax plan as a giveaway."),
        vec![triple("who", "attacked", "the tax plan as a giveaway")]
    );
}

#[test]
fn a_position_verbs_bare_plural_keeps_its_relative_clause() {
    // "benefit others" is no proposition of the speaker's: the relative
    // clause stays on its noun, which is no policy noun, so no claim.
    for s in [
        "Mr. Lawson has attacked loopholes that benefit wealthy donors.",
        "Mr. Lawson has attacked loopholes that benefit others.",
    ] {
        assert!(claim_triples(s).is_empty(), "{s}: {:?}", claim_triples(s));
    }
    // Must not change: a policy noun keeps its relative clause, a report
    // noun's and a listener's that-clause is the content.
    assert_eq!(
        claim_triples("Mr. Lawson has attacked proposals that benefit others."),
        vec![triple(
            "Mr. Lawson",
            "has attacked",
            "proposals that benefit others"
        )]
    );
    assert_eq!(
        claim_triples("Governor Lane rejected claims that voters want change."),
        vec![triple("Governor Lane", "rejected", "voters want change")]
    );
    assert_eq!(
        claim_triples("Governor Lane told reporters that voters want change."),
        vec![triple("Governor Lane", "told", "voters want change")]
    );
}
