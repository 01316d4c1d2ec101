//! Review of session 50's merged actor rules on inputs their authors did not
//! test. Invented sentences.

use crate::common;

use common::ids_on;

const DAY: &str = "2016-06-01";

/// A job noun that is no title of address (`lowercase-role`: "anchor") is
/// capitalized at a sentence's start like any first word, and there it
/// still opens its holder's name; in a title-case heading it does not.
#[test]
fn a_lowercase_role_opening_a_sentence_still_names_its_holder() {
    let text = "The debate was delayed. Anchor Maya Quillfeather said the network would air it.";
    assert_eq!(
        ids_on(text, "Anchor Maya Quillfeather", DAY),
        vec!["maya-quillfeather"],
        "{text}"
    );
    let (_, sector) = common::placed_on(text, "Quillfeather", DAY);
    assert_eq!(sector.as_deref(), Some("MED"), "{text}");
    // The heading of the branch's own test stays no person.
    let text = "Sports Anchor Slams Team Owner For Silence\nThe owner said nothing on Monday.";
    assert!(
        ids_on(text, "Anchor Slams", DAY).is_empty(),
        "{text}: {:?}",
        ids_on(text, "Anchor Slams", DAY)
    );
    // A heading in title case that ends in a period opens no name with it
    // either: no known given name follows the job noun.
    let text = "Anchor Expressed Fear About Future Prejudice.\n\nThe host was fired on Monday.";
    let ids = common::mentions_on(text, DAY);
    assert!(
        !ids.iter().any(|(s, _)| s.contains("Expressed")),
        "{text}: {ids:?}"
    );
}

/// actors52's surname that is a state's name beside a verb of saying is the
/// person only when it stands alone as the subject: after a preposition it
/// is the place or whose someone is ("King Abdullah of Jordan said").
#[test]
fn a_state_after_a_preposition_before_a_saying_verb_stays_the_state() {
    for text in [
        "Rep. Robert Jordan questioned the director. King Abdullah of Jordan said the talks \
         would resume.",
        "Rep. Robert Jordan questioned the director. Officials in Jordan said the border was shut.",
    ] {
        assert_eq!(
            ids_on(text, "Jordan", DAY),
            vec!["JOR"],
            "{text}: {:?}",
            common::mentions_on(text, DAY)
        );
    }
}
