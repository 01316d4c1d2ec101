//! Session 28 (`actors30`): plural group roles named back ("the officials"
//! after "two Iranian officials"), a capitalized bare title read through
//! its office kind ("the Leader" in an Iran story), a bare body inside a
//! role with its holder apposed ("the chief of staff of the armed forces,
//! <person>"), and a state named only as a firm's seat ("Athens-based")
//! placing no bare body. Each shape has a near miss.

use crate::common;

use common::{assert_id_exact, builtin_mentions, builtin_resolved};

#[test]
fn the_officials_name_back_the_officials_first_cited() {
    assert_id_exact(
        "The newspaper reported on Monday, citing two Iranian officials, that the envoy had \
met the businessman. The officials described the meeting as positive.",
        "officials",
        Some("IRNGOV"),
    );
}

#[test]
fn the_two_officials_name_back_a_groups_officials() {
    assert_id_exact(
        "Two Hamas officials arrived in Cairo on Sunday for the talks. The two officials \
met mediators for four hours.",
        "two officials",
        Some("hamas"),
    );
}

/// Near miss: with officials of two states named before, "the officials"
/// is left unresolved.
#[test]
fn the_officials_after_officials_of_two_states_are_left() {
    let text = "Iranian officials and U.S. officials met in Muscat on Saturday. The officials \
described the meeting as positive.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "officials"), "{text}: {m:?}");
}

/// Near miss: a noun of relation ("the officials of the ministry") is not
/// a bare back-reference.
#[test]
fn the_officials_of_a_body_are_not_named_back() {
    let text = "Two Iranian officials spoke to reporters. The officials of the central bank \
declined to comment.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(t, id)| t == "officials" && id == "IRNGOV"),
        "{text}: {m:?}"
    );
}

#[test]
fn the_leader_in_an_iran_story_is_its_supreme_leader() {
    assert_id_exact(
        "Iran will not negotiate under threat, the editorial said. Negotiation with America \
was, as the Leader had warned, neither wise nor honourable. Tehran has said so before.",
        "Leader",
        Some("ali-khamenei"),
    );
}

/// Near miss: "the Leader" in a story whose main state has no office of
/// that kind names nobody (Iran is named, but once against Britain's three).
#[test]
fn the_leader_outside_its_states_story_is_left() {
    let text = "Britain said the talks had failed. The Leader said so in London, and British \
ministers agreed. Iran did not comment.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id == "ali-khamenei"),
        "{text}: {m:?}"
    );
}

#[test]
fn a_body_inside_a_role_with_its_holder_apposed_is_the_holders_states() {
    let text = "Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday. \
The prince also held talks with the chief of staff of the armed forces, Major General \
Mohammad Bagheri.";
    let m = builtin_resolved(text);
    assert!(
        m.iter()
            .any(|(t, id, _, _)| t == "armed forces" && id == "IRNMIL"),
        "{text}: {m:?}"
    );
}

/// Near miss: with no holder apposed, the bare body stays the body of the
/// official of its sector named before.
#[test]
fn a_body_inside_a_role_without_a_holder_keeps_the_earlier_official() {
    let text = "Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday. \
The prince also met the chief of staff of the armed forces.";
    let m = builtin_resolved(text);
    assert!(
        !m.iter()
            .any(|(t, id, _, _)| t == "armed forces" && id == "IRNMIL"),
        "{text}: {m:?}"
    );
}

#[test]
fn a_state_named_as_a_firms_seat_places_no_bare_body() {
    let text = "Rebels attacked a tanker in the Red Sea on Monday. The ship's Athens-based \
operator said it was working with the authorities to arrange a salvage operation.";
    let m = builtin_resolved(text);
    assert!(
        !m.iter()
            .any(|(t, id, _, _)| t.ends_with("authorities") && id == "GRCGOV"),
        "{text}: {m:?}"
    );
}

/// Near miss: a state named as the actor just before still places the
/// bare body.
#[test]
fn a_state_acting_before_places_the_bare_body() {
    let text = "Greece sent a frigate to the Red Sea on Monday. The authorities said the \
crew was safe.";
    let m = builtin_resolved(text);
    assert!(
        m.iter()
            .any(|(t, id, _, _)| t.ends_with("authorities") && id == "GRCGOV"),
        "{text}: {m:?}"
    );
}
