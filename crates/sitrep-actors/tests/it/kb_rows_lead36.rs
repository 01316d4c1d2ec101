//! Rows of the built-in KB the lead added in session 36: two US senators
//! the 2016 campaign news names often (r500) that the KB lacked, read with a
//! title and without, and placed in the legislature of the USA.

use crate::common;

use common::{assert_id_at, placed_on};

#[test]
fn us_senators_resolve_with_and_without_their_title() {
    assert_id_at(
        "Vermont Sen. Bernie Sanders praised the plan.",
        "Sen. Bernie Sanders",
        Some("bernie-sanders"),
    );
    assert_id_at(
        "Bernie Sanders spoke in Burlington.",
        "Bernie Sanders",
        Some("bernie-sanders"),
    );
    assert_id_at(
        "Ted Cruz endorsed the nominee.",
        "Ted Cruz",
        Some("ted-cruz"),
    );
    assert_eq!(
        placed_on("Ted Cruz endorsed the nominee.", "Ted Cruz", "2016-09-23"),
        (Some("USA".to_string()), Some("LEG".to_string()))
    );
}
