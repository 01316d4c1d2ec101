//! Session 25 (`actors27`): a city or capital right before a `treaty-noun`
//! ("the 2022 Pretoria agreement", "the Minsk accords", "the Oslo Accords")
//! names the treaty after the place it was signed, not the state: no
//! mention of South Africa in "the Pretoria agreement ended the war in
//! Tigray" (probe25 item 7, where it became the source of a RETREAT event).

use crate::common;

use common::{assert_id_exact, assert_no_actor};

#[test]
fn a_capital_before_a_treaty_noun_is_no_mention_of_the_state() {
    assert_no_actor(
        "Relations soured after the 2022 Pretoria agreement ended the war in Tigray.",
        "ZAF",
    );
    assert_no_actor("Kyiv said Moscow never honoured the Minsk accords.", "BLR");
}

/// Near misses: the capital elsewhere in the same text, and a country's own
/// name before a treaty noun ("the Iran deal": Iran is a party), stay.
#[test]
fn the_capital_as_a_place_and_a_party_before_the_noun_stay() {
    let text = "Relations soured after the 2022 Pretoria agreement. Talks resumed in Pretoria \
on Monday.";
    assert_id_exact(text, "Pretoria", Some("ZAF"));
    assert_id_exact(
        "Trump left the Iran agreement in 2018.",
        "Iran",
        Some("IRN"),
    );
}
