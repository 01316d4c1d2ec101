//! Session 26 (`actors28`): three readings that gave a mention to the wrong
//! actor (probe26 items 12, 16, 19):
//! - "Diplomats in Vienna said": the city where diplomats are posted is no
//!   mention of its state;
//! - "a commander of the Iran-backed Kataib Hezbollah": a state's name in a
//!   hyphenated modifier is no owner of the role before "of";
//! - "Yusuf al-Madani": a KB person's surname joined to a name particle
//!   after another given name is someone else.

use crate::common;

use common::{assert_id_exact, assert_no_actor, builtin_mentions};

#[test]
fn a_city_where_diplomats_are_posted_is_no_mention_of_its_state() {
    assert_no_actor(
        "Diplomats in Vienna said the resolution would be put to a vote.",
        "AUT",
    );
    assert_no_actor(
        "Western envoys in Geneva said the talks had stalled.",
        "CHE",
    );
}

/// Near miss: the city as the place of the state's own act stays.
#[test]
fn a_city_after_another_noun_stays() {
    assert_id_exact(
        "Talks resumed in Vienna on Monday, officials said.",
        "Vienna",
        Some("AUT"),
    );
}

#[test]
fn a_hyphenated_state_modifier_is_no_owner_of_the_role() {
    let text = "A drone strike killed a senior commander of the Iran-backed Kataib Hezbollah \
militia on Wednesday.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(_, id)| id == "IRNMIL"), "{text}: {m:?}");
    assert!(
        m.iter().any(|(_, id)| id == "kataib-hezbollah"),
        "{text}: {m:?}"
    );
}

/// Near miss: "the foreign minister of Iran" keeps Iran as the owner.
#[test]
fn a_plain_state_after_of_still_owns_the_role() {
    let text = "The foreign minister of Iran arrived in Oslo.";
    let m = builtin_mentions(text);
    assert!(
        m.iter()
            .any(|(t, id)| t == "foreign minister of Iran" && id != "IRN"),
        "{text}: {m:?}"
    );
}

#[test]
fn a_particled_surname_after_another_given_name_is_someone_else() {
    let text = "The rebels named Yusuf al-Madani, a veteran commander, as their new chief.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id == "iyad-bin-amin-madani"),
        "{text}: {m:?}"
    );
}

/// Near miss: the person's own first name before the surname keeps them.
#[test]
fn the_own_given_name_before_the_surname_keeps_the_person() {
    let text = "Iyad Madani, the former minister, spoke in Jeddah. Later Madani said he was \
pleased.";
    let m = builtin_mentions(text);
    assert!(
        m.iter().any(|(_, id)| id == "iyad-bin-amin-madani"),
        "{text}: {m:?}"
    );
}

/// "a senior Trump administration official" is an official of the United
/// States government, as "the Trump administration" is, not Trump.
#[test]
fn an_official_of_a_persons_administration_is_the_states_government() {
    let text = "A senior Trump administration official said the talks were useful.";
    assert_id_exact(text, "senior Trump administration official", Some("USAGOV"));
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id == "donald-trump"),
        "{text}: {m:?}"
    );
}

/// Near miss: the person named with an own role stays the person.
#[test]
fn the_person_with_a_title_stays_the_person() {
    assert_id_exact(
        "President Donald Trump said the talks were useful.",
        "President Donald Trump",
        Some("donald-trump"),
    );
}
