//! Session 51 (branch `review51`): review of the session's merged actor rules. A two-capital
//! US postal code after "Town, " is no acronym's actor ("Allentown, PA"), but a comma after an
//! opening word ("Meanwhile, PA security forces"), after a time word ("On Monday, PA
//! officials") or before a title ("On Monday, PA President …") sets off no town: the acronym
//! stays the Palestinian Authority. Invented sentences.

use crate::common;

use common::mentions_on;

const DAY_2016: &str = "2016-10-10";

fn names_authority(text: &str) -> bool {
    mentions_on(text, DAY_2016)
        .iter()
        .any(|(_, id)| id == "palestinian-authority")
}

#[test]
fn a_comma_after_an_opening_word_or_before_a_title_sets_off_no_postal_code() {
    for text in [
        "Israeli troops entered Jenin. Meanwhile, PA security forces arrested two men.",
        "Israeli troops entered Jenin. On Monday, PA President Mahmoud Abbas condemned the raid.",
        "Israeli troops entered Jenin. On Monday, PA officials said two men were held.",
        "Israeli troops entered Jenin. Separately, PA security forces arrested two men.",
    ] {
        assert!(names_authority(text), "{text}");
    }
    // Near misses: a town's postal code, before a lower-case word, punctuation or a line end.
    for text in [
        "The tour stops at the PPL Center in Allentown, PA on June 26.",
        "She grew up in Allentown, PA, and moved to Ohio.",
        "ALLENTOWN, PA — The city council met on Monday.",
    ] {
        assert!(!names_authority(text), "{text}");
    }
}
