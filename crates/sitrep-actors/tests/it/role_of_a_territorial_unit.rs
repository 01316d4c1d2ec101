//! Session 24 (`actors26`): a role "of the X region" is the role of a unit of
//! X's state; the name after it is the person holding it ("The governor of
//! the Moscow region, Andrei Vorobyov, said" is Vorobyov, not Russia's
//! government cut at "governor of the Moscow"; probe24 item 28).

use crate::common;

use common::{assert_id_exact, builtin_resolved};

#[test]
fn the_governor_of_a_region_before_a_name_is_the_person() {
    let text = "The governor of the Moscow region, Andrei Vorobyov, said one person had been \
killed and three injured.";
    assert_id_exact(
        text,
        "governor of the Moscow region, Andrei Vorobyov",
        Some("andrei-vorobyov"),
    );
}

/// With no name after it, the role stays the state's official body, its
/// span now holding the unit; a word that is no territorial unit after
/// the state ends the owner as before.
#[test]
fn the_governor_of_a_region_without_a_name_is_the_states_body() {
    let r = builtin_resolved("The governor of the Belgorod region said three drones were downed.");
    assert!(
        r.iter()
            .any(|m| m.0 == "governor of the Belgorod region" && m.2.as_deref() == Some("RUS")),
        "{r:?}"
    );
    let r = builtin_resolved("The governor of the Moscow said three drones were downed.");
    assert!(r.iter().all(|m| !m.0.ends_with("said")), "{r:?}");
}
