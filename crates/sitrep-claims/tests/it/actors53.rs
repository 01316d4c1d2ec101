//! Session 51, branch `actors53`: a "she" or "he" whose sentence names no one
//! refers back to the subject of the last sentence naming a person; a person
//! inside a clause that opens that sentence with a subordinator ("After …,")
//! is no subject of it. Built-in KB.

use crate::common;

use common::claims_in;
use sitrep_kb::Kb;

/// The actor id of the speaker of the claim whose cue is `cue`.
fn speaker_actor(raw: &str, cue: &str) -> Option<String> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let (text, claims) = claims_in(&kb, raw);
    let c = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == cue)
        .unwrap_or_else(|| panic!("{raw}: no claim with cue {cue:?}: {claims:?}"));
    c.speaker.actor.clone()
}

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
