//! Session 52 (`speed23`): rules the speed branch made cheaper, each beside
//! a near miss. The second relative clause of a content is looked for only
//! where a "wh" word follows " and " or " but "; a setting preposition is
//! recognized by its length first, in lower case or in a headline's
//! capitals. Invented sentences, an empty KB.

use crate::common;

use common::{assert_contents, content_of_cue};

#[test]
fn a_second_relative_clause_after_but_ends_the_object_too() {
    assert_eq!(
        content_of_cue(
            "They met the Acme union (which praises the mayor but which the council fined last year) on Friday.",
            "praises"
        )
        .as_deref(),
        Some("the mayor")
    );
    // Near misses: a "wh" word that no joint opens, and a joint before a
    // word that only starts like a relative, leave the object whole.
    assert_eq!(
        content_of_cue(
            "They met Ray Dunn, who praises the mayor and the whole council.",
            "praises"
        )
        .as_deref(),
        Some("the mayor and the whole council")
    );
    assert_eq!(
        content_of_cue(
            "They met Ray Dunn, who praises the mayor and whoever backs him.",
            "praises"
        )
        .as_deref(),
        Some("the mayor and whoever backs him")
    );
}

#[test]
fn a_setting_after_a_noun_object_is_found_by_its_preposition() {
    assert_contents(&[
        (
            "The union endorsed Sanders during a rally in Iowa.",
            "endorsed",
            "Sanders",
        ),
        (
            "The union endorsed Sanders at a rally on Friday.",
            "endorsed",
            "Sanders",
        ),
    ]);
    // Near misses: a preposition whose phrase names no time or venue is the
    // object's own ("the ban on guns", "before the primary").
    assert_contents(&[
        (
            "The mayor endorsed the ban on guns.",
            "endorsed",
            "the ban on guns",
        ),
        (
            "The union endorsed Sanders before the primary.",
            "endorsed",
            "Sanders before the primary",
        ),
    ]);
}
