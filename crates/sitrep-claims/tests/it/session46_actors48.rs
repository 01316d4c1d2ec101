//! Session 46, branch `actors48`: a personal pronoun past a full name the knowledge base lacks,
//! in any position (not only a speaker's), is not given to a known person named before it,
//! unless the unknown name is of the other gender. With the built-in KB, where Joe Biden is a
//! person; the sentences are the branch's own.

use crate::common;

use common::{speaker_of, speakers_in};
use sitrep_kb::Kb;

/// (speaker text, speaker actor) of the claim with cue "said" of `raw`.
fn said_by(raw: &str) -> (String, String) {
    let kb = Kb::builtin().expect("built-in KB loads");
    speaker_of(&speakers_in(&kb, raw), "said")
}

#[test]
fn he_past_an_unknown_mans_full_name_is_not_the_known_person_before() {
    for raw in [
        "Joe Biden spoke to donors on Monday. Later Stanley B. Greenberg took the stage in \
         the hall. He said the race was close.",
        "Joe Biden spoke to donors on Monday, and the hall cheered Robert Castillo when he \
         arrived. He said the race was close.",
    ] {
        assert_eq!(said_by(raw), ("He".into(), "".into()), "{raw}");
    }
}

#[test]
fn he_past_an_unknown_woman_or_a_place_keeps_the_known_man() {
    // Near misses: a woman's name does not stand between a man and "he"; a name after "the"
    // is a building's; a name the KB knows is an antecedent of its own.
    for raw in [
        "Joe Biden spoke to donors on Monday. Later Maria Lopez took the stage in the hall. \
         He said the race was close.",
        "Joe Biden spoke to donors on Monday at the John F. Kennedy Center in the capital. \
         He said the race was close.",
    ] {
        assert_eq!(said_by(raw), ("He".into(), "joe-biden".into()), "{raw}");
    }
    // And "she" past an unknown man keeps the known woman.
    let raw = "Kamala Harris spoke to donors on Monday. Later Stanley B. Greenberg took the \
               stage in the hall. She said the race was close.";
    assert_eq!(said_by(raw), ("She".into(), "kamala-harris".into()));
}
