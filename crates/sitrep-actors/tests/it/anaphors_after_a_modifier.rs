//! Session 25 (`actors27`): "the paramilitary group" names back the
//! organization named before, as "the group" does: an `anaphor-modifier`
//! word between "the" and an `anaphor` noun leaves the phrase a name of it;
//! and "the broadcaster" (an `anaphor` row for outlets) names back the outlet
//! named before (probe25 item 2: "The RSF said ... The paramilitary group
//! later acknowledged", "Sudan TV said ..., the broadcaster said").

use crate::common;

use common::{assert_id_exact, builtin_mentions as mentions};

#[test]
fn the_paramilitary_group_is_the_group_named_before() {
    let text = "Sudan's army said it had retaken the palace. The RSF said its fighters had \
withdrawn. The paramilitary group later acknowledged losses.";
    assert_id_exact(text, "The paramilitary group", Some("rapid-support-forces"));
}

#[test]
fn the_broadcaster_is_the_outlet_named_before() {
    let text = "Al Jazeera reported the strike. The broadcaster said two of its journalists \
were hurt.";
    assert_id_exact(text, "The broadcaster", Some("al-jazeera"));
}

/// Near misses: with no organization named before, the phrase names no one;
/// "the broadcaster" never names an armed group.
#[test]
fn no_fitting_antecedent_no_mention() {
    let m =
        mentions("Protesters blocked the road. The paramilitary group later acknowledged losses.");
    assert!(!m.iter().any(|(t, _)| t.contains("group")), "{m:?}");
    let m = mentions(
        "Hezbollah fired rockets at Israel. The broadcaster said the attack was repelled.",
    );
    assert!(!m.iter().any(|(t, _)| t.contains("broadcaster")), "{m:?}");
}
