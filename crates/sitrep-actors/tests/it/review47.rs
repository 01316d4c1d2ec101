//! Session 47, branch `review47`: "Justice" is a title of address before a surname, as
//! "Secretary" is: "Justice Scalia" after "Antonin Scalia" is Scalia, not a new person of that
//! name; the office's other uses ("the Justice Department") stay as they were.

use crate::common;

use common::mentions_on;

const DAY: &str = "2016-03-01";

#[test]
fn justice_before_a_surname_is_a_title_of_address() {
    let text = "Four justices dissented. Antonin Scalia wrote for them, and a fifth was \
                Justice Scalia, a colleague said. The deciding vote could be cast by \
                Justice Scalia's replacement.";
    let found = mentions_on(text, DAY);
    assert!(
        found.iter().all(|(_, id)| id != "justice-scalia"),
        "{found:?}"
    );
    assert_eq!(
        found
            .iter()
            .filter(|(_, id)| id == "antonin-scalia")
            .count(),
        3,
        "{found:?}"
    );
    let dept = mentions_on(
        "The Justice Department said on Monday that it would appeal the ruling.",
        DAY,
    );
    assert!(
        dept.iter()
            .any(|(s, id)| s == "Justice Department" && id == "us-justice-department"),
        "{dept:?}"
    );
}
