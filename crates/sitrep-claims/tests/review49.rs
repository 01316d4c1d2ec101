//! Session 49 (`review49`): a second read of the session's claims work. A
//! position verb's object inside a restrictive relative clause ends where
//! the sentence's own predicate starts. Invented sentences.

mod common;

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
    // relative with no predicate after it, and a main-clause position verb.
    assert_eq!(
        claim_triples("Ames, who attacked the tax plan, is leading the race."),
        vec![triple("who", "attacked", "the tax plan")]
    );
    assert_eq!(
        claim_triples("Voters backed the senator who attacked the tax plan as a giveaway."),
        vec![triple("who", "attacked", "the tax plan as a giveaway")]
    );
    assert_eq!(
        claim_triples("Governor Lane attacked the tax plan as a giveaway to the rich."),
        vec![triple(
            "Governor Lane",
            "attacked",
            "the tax plan as a giveaway to the rich"
        )]
    );
}
