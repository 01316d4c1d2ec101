//! Session 54, branch `events75`: police with a place after "in" are the police of the
//! place's state ("Police in Istanbul detained dozens" is Turkey's police, as "Turkish
//! police" are). Only police: "troops in Syria" are not Syria's forces.

use crate::common;

use common::{assert_id_exact, builtin_mentions};

#[test]
fn police_in_a_place_are_its_states_police() {
    for (text, id) in [
        ("Police in Istanbul detained dozens of students.", "TURCOP"),
        (
            "Riot police in Paris fired tear gas at protesters.",
            "FRACOP",
        ),
    ] {
        let m = builtin_mentions(text);
        assert!(
            m.iter()
                .any(|(s, a)| s.to_lowercase().ends_with("police") && a == id),
            "{text}: {m:?}"
        );
    }
    // The demonym keeps its reading.
    assert_id_exact(
        "Turkish police detained dozens of students.",
        "Turkish police",
        Some("TURCOP"),
    );
}

#[test]
fn troops_in_a_place_take_no_state_from_it() {
    // Near miss: troops in Syria may be anyone's; the rule is for police only.
    let text = "Troops in Syria detained dozens of students.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(s, a)| s == "Troops" && a.starts_with("SYR")),
        "{text}: {m:?}"
    );
}
