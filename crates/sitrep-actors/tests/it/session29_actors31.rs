//! Session 29 (`actors31`): shapes from probes 24–28 on unseen news.
//!
//! - A demonym read as a language ("speaking in Italian", "the
//!   Persian-language service") names no state.
//! - A city of two words before a treaty noun ("the New York Declaration")
//!   names the document, as a one-word city did.

use crate::common;

use common::{assert_id_exact, assert_no_actor};

#[test]
fn a_language_after_in_or_speaking_names_no_state() {
    let text = "The bishop addressed the pilgrims first in Italian and then in Spanish before \
the mass.";
    assert_no_actor(text, "ITA");
    assert_no_actor(text, "ESP");
    assert_no_actor(
        "The minister answered in French, then switched to German.",
        "FRA",
    );
    assert_no_actor("The note was translated from Polish into English.", "POL");
    assert_no_actor("She speaks fluent Russian and Chinese.", "CHN");
}

#[test]
fn a_language_joined_to_language_or_speaking_names_no_state() {
    assert_no_actor("Russian-language media in Riga carried the report.", "RUS");
    assert_no_actor("Greek-speaking voters in the town voted early.", "GRC");
}

/// Near misses: the demonym before a noun after "in", "to" or "and" is the
/// state's.
#[test]
fn a_demonym_before_a_noun_stays_the_state() {
    let text = "The tanker was seized in Italian waters.";
    assert_id_exact(text, "Italian", Some("ITA"));
    let text = "The minister handed the file to Turkish officials.";
    assert!(common::builtin_mentions(text)
        .iter()
        .any(|(_, id)| id.starts_with("TUR")));
    let text = "The French said they would not sign.";
    assert_id_exact(text, "French", Some("FRA"));
}

#[test]
fn a_two_word_city_before_a_treaty_noun_is_no_mention_of_the_state() {
    assert_no_actor(
        "Forty states endorsed the New York Declaration on Friday.",
        "USA",
    );
}

#[test]
fn the_two_word_city_as_a_place_stays() {
    let text = "Forty states endorsed the declaration. Talks in New York resumed.";
    assert_id_exact(text, "New York", Some("USA"));
}

/// Germany's parliament, whose name is also a cue of the SPD's row (the
/// converter's check no longer reads a cue as a second name).
#[test]
fn the_bundestag_is_germanys_legislature() {
    let text = "Merz told the Bundestag on Tuesday that the SPD would stay in the coalition.";
    common::assert_placed_exact(text, "Bundestag", "DEU", "LEG");
    assert_id_exact(text, "SPD", Some("spd"));
}
