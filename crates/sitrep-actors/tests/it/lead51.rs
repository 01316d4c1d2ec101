//! Session 51, the lead: a whole name with a middle initial ("Petro O. Poroshenko") that
//! starts inside a kept hit ending in its first name ("President Petro", another president's
//! title and surname) replaces that hit. Kept hits overlapped before, and a later pass that
//! slices the text between two kept hits panicked on it (the document was lost).

use crate::common;

use common::mentions_on;

#[test]
fn a_whole_name_replaces_a_title_and_surname_that_ends_inside_it() {
    for text in [
        "President Petro O. Poroshenko called snap parliamentary elections.",
        "When the government of President Petro O. Poroshenko called snap elections, \
         Manafort returned to Kyiv.",
    ] {
        let found = mentions_on(text, "2016-08-02");
        let ids: Vec<&str> = found.iter().map(|(_, id)| id.as_str()).collect();
        assert!(ids.contains(&"petro-poroshenko"), "{text}: {found:?}");
        assert!(!ids.contains(&"gustavo-petro"), "{text}: {found:?}");
    }
    // Near miss: the Colombian president named by title and surname alone stays himself.
    let found = mentions_on("President Petro called snap elections.", "2024-08-02");
    assert!(
        found.iter().any(|(_, id)| id == "gustavo-petro"),
        "{found:?}"
    );
}
