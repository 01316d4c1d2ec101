//! Session 20, claims28, issue #5. Invented sentences.
//!
//! Two coordinated names titled by a lower-case role noun that opens the
//! clause ("Senate hopefuls Ana Ruiz and Tom Hale say"): the speaker is the
//! whole coordination, not only the last name. A role noun that is itself
//! an object ("met with party leaders Ana Ruiz and Tom Hale") titles no
//! speaker.

use crate::common;

use common::claim_texts as claims;

#[test]
fn coordinated_names_after_a_role_noun_are_one_speaker() {
    let c =
        claims("Republican presidential hopefuls Ana Ruiz and Tom Hale say the tax plan is dead.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        c[0].0,
        "Republican presidential hopefuls Ana Ruiz and Tom Hale"
    );
    assert_eq!(c[0].1, "say");
    let c = claims("Party leaders Ana Ruiz and Tom Hale said the vote would be delayed.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Party leaders Ana Ruiz and Tom Hale");
}

#[test]
fn a_role_noun_object_titles_no_coordinated_speaker() {
    // The role noun follows a preposition: the names are its object, and
    // the speaker stays the last name.
    let c = claims(
        "The governor met with party leaders Ana Ruiz and Tom Hale said the vote would be delayed.",
    );
    assert!(c.iter().all(|x| !x.0.contains("party leaders")), "{c:?}");
    // A lower-case word before the names that is no role noun ("the
    // bakery") titles nothing either.
    let c = claims("The bakery owners Ana Ruiz and Tom Hale said the shop would close.");
    assert!(c.iter().all(|x| !x.0.starts_with("The bakery")), "{c:?}");
}

#[test]
fn a_role_noun_titles_only_a_coordination_of_names() {
    // The second conjunct is no name: the role noun titles nothing, and
    // the coordination is not taken whole.
    let c = claims("Party leaders Ana Ruiz and six other members said the vote would be delayed.");
    assert!(c.iter().all(|x| !x.0.starts_with("Party leaders")), "{c:?}");
}
