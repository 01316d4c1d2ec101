//! Session 24 (`actors26`): an organization named before a state body's
//! role with a `run-by` tail ("the Hamas-run health ministry", "the
//! Houthi-controlled interior ministry") runs that body: one mention of the
//! organization, not of a state's government nor of nobody (probe24 item
//! 21).

use crate::common;

use common::{assert_id_exact, builtin_mentions as mentions};

#[test]
fn a_body_run_by_an_organization_is_the_organization() {
    let text = "Israeli strikes killed 40 people on Sunday, the Hamas-run health ministry said.";
    assert_id_exact(text, "Hamas-run health ministry", Some("hamas"));
    let text = "The Houthi-run health ministry said the overnight U.S. strikes on Sanaa killed \
31 people.";
    assert_id_exact(text, "Houthi-run health ministry", Some("houthis"));
    let text = "The Houthi-controlled interior ministry said the ship had been seized.";
    assert_id_exact(text, "Houthi-controlled interior ministry", Some("houthis"));
}

/// Near misses: support is no rule ("Iran-backed"), and a state before the
/// hyphen does not make the body the state's own.
#[test]
fn support_or_a_state_before_the_hyphen_makes_no_owner() {
    let m = mentions("The Iran-backed health ministry said 31 people were killed.");
    assert!(
        !m.iter().any(|(t, _)| t.contains("health ministry")),
        "{m:?}"
    );
    let m = mentions("The Russian-controlled health ministry in Donetsk said 12 people died.");
    assert!(
        !m.iter()
            .any(|(t, id)| t.contains("Russian-controlled") && id == "RUSGOV"),
        "{m:?}"
    );
}
