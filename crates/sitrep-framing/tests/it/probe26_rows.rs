//! Session 25 (branch `probe26`): loaded-term rows from a probe of unseen news on the Iran
//! story — an Iranian editorial's "usurping", "child-killing" and "arrogant powers", and a
//! Western op-ed's "propagandists". Each is found in a sentence of its kind; a near miss in
//! another sense is not.

use crate::common;

use common::{assert_hit, loaded};

/// Asserts that `surface` is found in `text` as a delegitimizing label.
fn assert_label(text: &str, surface: &str) {
    assert_hit(text, surface, "delegitimizing_label");
}

#[test]
fn an_iranian_editorials_labels_are_found() {
    let text = "Twelve days of aggression by the usurping Zionist entity have ended. \
        The child-killing army attacked our homes, and the arrogant powers applauded.";
    for surface in ["usurping", "child-killing", "arrogant powers"] {
        assert_label(text, surface);
    }
    // The longer row still wins where it applies.
    assert_label("The usurping regime will fall.", "usurping regime");
}

#[test]
fn a_western_op_eds_label_is_found() {
    assert_label(
        "The regime's propagandists are already celebrating.",
        "propagandists",
    );
    // Near miss: a plain adjective of pride is no label.
    let text = "He was arrogant in meetings, a colleague said.";
    assert!(loaded(text).is_empty(), "{:?}", loaded(text));
}
