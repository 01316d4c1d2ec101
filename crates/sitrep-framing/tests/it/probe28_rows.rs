//! Session 28 (branch `probe28`): a loaded-term row from a probe of unseen news — a head of
//! state naming mass protests a "colour revolution" staged from abroad (the label of Russian,
//! Chinese and Serbian official usage). Found in a sentence of its kind and in the American
//! spelling; a near miss is not.

use crate::common;

use common::{assert_hit, loaded};

#[test]
fn protests_named_a_colour_revolution_are_found() {
    assert_hit(
        "The president accused foreign services of trying to stage a colour revolution.",
        "colour revolution",
        "delegitimizing_label",
    );
    assert_hit(
        "State media called the rallies a color revolution directed from abroad.",
        "color revolution",
        "delegitimizing_label",
    );
    // Near miss: a revolution in colour printing carries no label.
    let text = "The new press brought a revolution in colour printing.";
    assert!(loaded(text).is_empty(), "{:?}", loaded(text));
}
