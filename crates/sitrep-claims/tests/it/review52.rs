//! Session 52, review of the merged work: the audience of "told" before a time
//! or setting may be three words long ("told the Associated Press on
//! Thursday"), as its rule says.

use crate::common;

use common::assert_contents;

#[test]
fn a_three_word_audience_before_a_setting_is_the_audience() {
    assert_contents(&[
        (
            "The plant will close next year, an official told the Associated Press on Thursday.",
            "told",
            "The plant will close next year",
        ),
        (
            "The plant will close next year, an official told the local paper in Detroit.",
            "told",
            "The plant will close next year",
        ),
        // Near misses: one and two words, as before.
        (
            "The plant will close next year, an official told Reuters on Thursday.",
            "told",
            "The plant will close next year",
        ),
        (
            "The plant will close next year, an official told the paper on Thursday.",
            "told",
            "The plant will close next year",
        ),
    ]);
}
