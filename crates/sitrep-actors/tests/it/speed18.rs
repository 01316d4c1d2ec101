//! speed18 (session 49): bare surnames are found by searching the text for each surname named
//! in full before (`surname_tokens`), not by a walk over every token. The mentions must be the
//! walk's: whole word tokens only, every one after the full name, in text order.

use crate::common;

use common::{builtin_mentions, surfaces_of};

#[test]
fn a_bare_surname_is_a_whole_word_after_the_full_name() {
    let text =
        "Kowal spoke first. Polish Prime Minister Daniel Kowal met the Kowalskis on Monday. \
                Kowal's aide and Kowalczyk agreed, and Kowal said the plan would pass.";
    let full = "Polish Prime Minister Daniel Kowal";
    let mentions = builtin_mentions(text);
    let (_, id) = mentions
        .iter()
        .find(|(s, _)| s == full)
        .unwrap_or_else(|| panic!("{mentions:?}"));
    // "Kowal" before "'s" and before "said": the person; the first "Kowal" (before the full
    // name), "Kowalskis" and "Kowalczyk" are not.
    assert_eq!(
        surfaces_of(text, id),
        vec![full, "Kowal", "Kowal"],
        "{mentions:?}"
    );
}
