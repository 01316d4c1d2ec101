//! speed18 (session 49): bare surnames are found by searching the text for each surname named
//! in full before (`surname_tokens`), not by a walk over every token. The mentions must be the
//! walk's: whole word tokens only, every one after the full name, in text order.

mod common;

use common::mentions_on;

const DAY: &str = "2025-05-20";

/// The ids of the mentions of `text` whose surface is `surface`, in text order.
fn ids_of(text: &str, surface: &str) -> Vec<String> {
    mentions_on(text, DAY)
        .into_iter()
        .filter(|(s, _)| s == surface)
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn a_bare_surname_is_a_whole_word_after_the_full_name() {
    let text = "Kowal spoke first. Polish Prime Minister Daniel Kowal met the Kowalskis on Monday. Kowal's aide and \
                Kowalczyk agreed, and Kowal said the plan would pass.";
    let full = ids_of(text, "Polish Prime Minister Daniel Kowal");
    assert_eq!(full.len(), 1, "{:?}", mentions_on(text, DAY));
    // "Kowal" before "'s" and before "said": the person; the first "Kowal" (before the full
    // name), "Kowalskis" and "Kowalczyk" are not.
    assert_eq!(
        ids_of(text, "Kowal"),
        vec![full[0].clone(), full[0].clone()],
        "{:?}",
        mentions_on(text, DAY)
    );
}
