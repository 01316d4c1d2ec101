//! Cues of session 32 (`claims48`): a plain speech verb whose subject is a
//! long described noun phrase (a name with an appositive holding a relative
//! clause, a head noun with its own relative clause) that the noun-phrase
//! walk cannot read still makes a claim, with the whole subject as its
//! speaker, when a reported clause follows. Near miss: a clause and a
//! coordination before the verb. Invented sentences.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_long_described_subject_before_said_is_the_speaker() {
    let found = claim_triples(
        "Paul Kerr, a former budget official who is now a fellow at the Center for Budget \
         Studies, which works on tax policy, said that support for the plan should grow.",
    );
    assert_eq!(
        found,
        vec![triple(
            // A relative clause after the name is cut (session 27's convention).
            "Paul Kerr, a former budget official who is now a fellow at the Center for Budget \
             Studies",
            "said",
            "support for the plan should grow"
        )]
    );
    let found = claim_triples(
        "One of the authors of the 2019 harbor study, Maria Quinn, said the vote would test \
         its conclusions.",
    );
    assert_eq!(
        found,
        vec![triple(
            "One of the authors of the 2019 harbor study, Maria Quinn",
            "said",
            "the vote would test its conclusions"
        )]
    );
}

#[test]
fn a_clause_or_a_coordination_before_the_verb_is_no_described_subject() {
    // The words before the verb hold a clause and a coordinated phrase:
    // no subject to read whole, no claim from it.
    let found = claim_triples(
        "Through its website, a weekly paper, and a radio show heard in ten states, the group \
         regularly promotes ideas: alleged plots by bankers.",
    );
    assert!(
        found.iter().all(|(_, cue, _)| cue != "alleged"),
        "{found:?}"
    );
}
