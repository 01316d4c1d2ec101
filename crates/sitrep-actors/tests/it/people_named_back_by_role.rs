//! Session 27 (`actors29`): a bare person role after "the" names back the
//! nearest person or body the text gave that role: an unnamed official's
//! body ("a senior U.S. official ... the official said"), a holder of a
//! role of its kind ("the diplomat" after a permanent representative), a
//! person titled so before the name ("Prince Khalid ... the prince").
//! Unresolved when two fitting ones are named.

use crate::common;

use common::{assert_id_exact, builtin_mentions};

#[test]
fn the_official_names_back_an_unnamed_official_of_a_state() {
    assert_id_exact(
        "A senior U.S. official described the talks as positive. The next round will be \
held in Oman, the official said.",
        "official",
        Some("USAGOV"),
    );
}

/// Near miss: with officials of two states named, "the official" is left.
#[test]
fn the_official_after_officials_of_two_states_is_left() {
    let text = "A senior U.S. official and a senior Iranian official attended the talks. \
The next round will be held in Oman, the official said.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "official"), "{text}: {m:?}");
}

#[test]
fn the_diplomat_names_back_a_permanent_representative() {
    assert_id_exact(
        "Russia's Permanent Representative to the UN, Vasily Nebenzia, spoke after the \
vote. \"This was the last chance,\" the diplomat said.",
        "diplomat",
        Some("vasily-nebenzia"),
    );
}

/// Near miss: a person of another kind of role is not "the diplomat".
#[test]
fn the_diplomat_does_not_name_back_a_defence_minister() {
    let text = "Defence Minister Andrei Belousov spoke after the vote. \"This was the last \
chance,\" the diplomat said.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "diplomat"), "{text}: {m:?}");
}

#[test]
fn the_prince_names_back_a_person_titled_prince() {
    assert_id_exact(
        "Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday. \
The prince, a son of the king, also held talks with the president.",
        "prince",
        Some("khalid-bin-salman"),
    );
}

/// Near miss: a title is a word of its own: "Princeton" is no prince.
#[test]
fn a_title_must_be_a_whole_word() {
    let text = "Economist Alan Blinder of Princeton spoke on Monday. The prince said nothing.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "prince"), "{text}: {m:?}");
}

#[test]
fn a_capitalized_office_with_no_holder_named_is_the_main_states_holder() {
    assert_id_exact(
        "The Iranians say the talks are indirect because the Supreme Leader has said talks \
with America are not wise. Tehran wants guarantees.",
        "Supreme Leader",
        Some("ali-khamenei"),
    );
}

/// Near miss: written in lower case, the role names no office holder.
#[test]
fn a_lower_case_role_with_no_holder_named_is_left() {
    let text = "The Iranians say the talks are indirect because the supreme leader has said \
talks with America are not wise. Tehran wants guarantees.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(t, _)| t == "supreme leader"),
        "{text}: {m:?}"
    );
}

/// Near miss: a private person introduced so ("a UK man") is no state
/// body for "the man" to name.
#[test]
fn the_man_names_back_no_population() {
    let text = "A UK man fell ill last year. Doctors talked with the man over the phone.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "man"), "{text}: {m:?}");
}
