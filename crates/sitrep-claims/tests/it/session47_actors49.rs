//! Session 47, branch `actors49`: a full name the knowledge base lacks right before a
//! subordinator ("was pro Robert Castillo while …") ends a phrase and opens no clause of its
//! own, so "he" past it may still be the known person before it. With the built-in KB, where
//! Joe Biden is a person; the sentences are the branch's own.

use crate::common;

use common::{speaker_of, speakers_in};
use sitrep_kb::Kb;

/// (speaker text, speaker actor) of the claim with cue "said" of `raw`.
fn said_by(raw: &str) -> (String, String) {
    let kb = Kb::builtin().expect("built-in KB loads");
    speaker_of(&speakers_in(&kb, raw), "said")
}

#[test]
fn an_unknown_name_before_a_subordinator_opens_no_clause() {
    for raw in [
        "Joe Biden was pro Robert Castillo while the race was close, he said.",
        "Joe Biden backed Robert Castillo because the race was close, he said.",
    ] {
        assert_eq!(said_by(raw), ("he".into(), "joe-biden".into()), "{raw}");
    }
}

#[test]
fn an_unknown_name_before_a_verb_still_opens_one() {
    // Near miss: the name is the subject of its own clause ("Robert Castillo agreed").
    let raw = "Joe Biden spoke to donors on Monday, and Robert Castillo agreed while the race \
               was close, he said.";
    assert_eq!(said_by(raw), ("he".into(), "".into()));
}
