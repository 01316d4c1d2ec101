//! Session 32 (branch `probe29`): a loaded-term row from a probe of unseen news — opponents
//! named "anti-state forces" (or elements, activities), the label of several governments'
//! official usage for their critics. Found in sentences of its kind; a near miss is not.

use crate::common;

use common::{assert_hit, loaded};

#[test]
fn opponents_named_anti_state_forces_are_found() {
    assert_hit(
        "The decree blamed anti-state forces for the unrest in the capital.",
        "anti-state forces",
        "delegitimizing_label",
    );
    assert_hit(
        "Three bloggers were charged with anti-state activities.",
        "anti-state activities",
        "delegitimizing_label",
    );
    // Near miss: a state-owned company carries no label.
    let text = "The state-owned firm said anti-inflation measures would cut its costs.";
    assert!(loaded(text).is_empty(), "{:?}", loaded(text));
}
