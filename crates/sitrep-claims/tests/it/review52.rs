//! Session 52, review of the merged work: the audience of "told" before a time
//! or setting may be three words long ("told the Associated Press on
//! Thursday"), as its rule says; a day or a month opening a subordinate clause
//! is no name in a list of the clause's subject ("Since January, Trump and
//! Clinton have traded barbs, and …").

use crate::common;

use common::{assert_contents, claims_in};

#[test]
fn a_three_word_audience_before_a_setting_is_the_audience() {
    assert_contents(&[
        (
            "The plant will close next year, an official told the Associated Press on Thursday.",
            "told",
            "The plant will close next year",
        ),
        (
            "The plant will close next year, an official told the local paper in Detroit.",
            "told",
            "The plant will close next year",
        ),
        // Near misses: one and two words, as before.
        (
            "The plant will close next year, an official told Reuters on Thursday.",
            "told",
            "The plant will close next year",
        ),
        (
            "The plant will close next year, an official told the paper on Thursday.",
            "told",
            "The plant will close next year",
        ),
    ]);
}

/// The speaker actor of every claim of `raw` whose speaker is "He", with
/// the built-in KB.
fn he_actors(raw: &str) -> Vec<String> {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
    let (_, claims) = claims_in(&kb, raw);
    claims
        .iter()
        .filter(|c| c.speaker.text.as_deref() == Some("He"))
        .map(|c| c.speaker.actor.clone().unwrap_or_default())
        .collect()
}

#[test]
fn a_day_or_a_month_opening_a_clause_is_no_name_of_a_list() {
    // "Since January" is a time: its comma ends the clause, and the
    // sentence's subject after it is who "he" is, not a name after the
    // next comma.
    for opening in ["Since January", "After Tuesday"] {
        let raw = format!(
            "{opening}, Donald Trump and Hillary Clinton have traded barbs, and Barack Obama \
             has stayed out. He said on Monday that the race was close."
        );
        assert_eq!(he_actors(&raw), ["donald-trump"], "{raw}");
    }
}
