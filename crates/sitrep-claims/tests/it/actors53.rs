//! Session 51, branch `actors53`: a "she" or "he" whose sentence names no one
//! refers back to the subject of the last sentence naming a person; a person
//! inside a clause that opens that sentence with a subordinator ("After …,")
//! is no subject of it. Built-in KB.

use crate::common;

use common::builtin_speaker_actor as speaker_actor;

#[test]
fn a_person_in_a_fronted_subordinate_clause_is_no_antecedent_subject() {
    let raw = "After a radio host mocked Michelle Obama's looks, the news anchor Amara Leigh \
               wrote a letter to her daughter. \"I'm concerned,\" she tweeted.";
    assert_ne!(
        speaker_actor(raw, "tweeted").as_deref(),
        Some("michelle-obama"),
        "{raw}"
    );
    // Near miss: with no subordinator the first person named is the subject.
    let raw = "Michelle Obama praised the anchor Amara Leigh for the letter. \"I'm proud,\" \
               she tweeted.";
    assert_eq!(
        speaker_actor(raw, "tweeted").as_deref(),
        Some("michelle-obama"),
        "{raw}"
    );
}
