//! Session 24 (`actors26`): a bare body noun after "the" ("the ministry")
//! names back the state body named shortly before whose compound name the
//! noun heads ("Russia's Defence Ministry said ... The ministry did not
//! mention" is the military ministry, not the government), instead of going
//! to the document's dominant state's government.

use crate::common;

use common::{assert_placed_at, builtin_resolved};

#[test]
fn the_ministry_names_back_the_defence_ministry_just_named() {
    let text = "Ukrainian drones struck an oil refinery in the Russian city of Ryazan, \
the governor said. Russia's Defence Ministry said its air defences had destroyed 121 \
Ukrainian drones overnight. The ministry did not mention damage on the ground.";
    assert_placed_at(text, "Defence Ministry", "RUS", "MIL");
    let r = builtin_resolved(text);
    let bare = r
        .iter()
        .find(|m| m.0 == "ministry")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(bare.1, "RUSMIL", "{r:?}");
}

/// The nearest such body is meant, even in a sentence naming another state,
/// and "according to the ministry" is the same body.
#[test]
fn the_ministry_names_back_the_nearest_named_ministry() {
    let text = "The Russian Defence Ministry said 337 Ukrainian drones were destroyed. \
\"An attempt by the Kiev regime to carry out a terrorist attack was thwarted,\" the ministry \
said. According to the ministry, 126 drones were destroyed over the Kursk region.";
    let r = builtin_resolved(text);
    let bare: Vec<_> = r.iter().filter(|m| m.0 == "ministry").collect();
    assert_eq!(bare.len(), 2, "{r:?}");
    assert!(bare.iter().all(|m| m.1 == "RUSMIL"), "{r:?}");
}

/// Near miss: with no compound-named ministry before it, the bare noun
/// stays the dominant state's government.
#[test]
fn the_ministry_with_no_named_ministry_before_stays_the_government() {
    let text = "Russia said its air defences had destroyed 121 Ukrainian drones over \
Russia overnight. Moscow said the attack failed. The ministry did not mention damage on \
the ground.";
    let r = builtin_resolved(text);
    assert!(r.iter().all(|m| m.1 != "RUSMIL"), "{r:?}");
}
