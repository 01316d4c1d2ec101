//! Session 53, branch `events73`: a detainee is a civilian held, whoever holds them. Phoenix
//! codes DETAINEE as the opposition (a regime's own prisoners), so "Iran released six American
//! detainees" named the US opposition; the curated roles make a detainee a civilian, and a
//! political detainee or prisoner stays the opposition.

use crate::common;

use common::ids_on;

const DAY: &str = "2025-06-01";

#[test]
fn a_detainee_is_a_civilian_and_a_political_prisoner_the_opposition() {
    let text = "Iran released six American detainees on Friday.";
    assert_eq!(
        ids_on(text, "six American detainees", DAY),
        vec!["USACVL"],
        "{text}"
    );
    // Near miss: a political prisoner is held for opposing the state that holds them.
    let text = "Iran released six Iranian political prisoners on Friday.";
    assert_eq!(
        ids_on(text, "six Iranian political prisoners", DAY),
        vec!["IRNOPP"],
        "{text}"
    );
}
