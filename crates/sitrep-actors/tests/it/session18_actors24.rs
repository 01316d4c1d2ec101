//! Session 18 (`actors24`): a currency after a state's name names the
//! money, and a village is a place; with the built-in KB and context
//! lexicon (the rows under test are data).

use crate::common;

// (mention text, actor id) in text order, with the built-in KB.
use common::builtin_mentions as mentions;

/// "against the U.S. dollar", "the Iranian rial", "the South African
/// rand": a state's abbreviation, demonym or name before a currency names
/// no actor; the state acting ("Iran won", "Iranian oil") still does.
#[test]
fn a_state_before_a_currency_names_the_money() {
    let m = mentions(
        "The rial fell to a record low against the U.S. dollar, and the Iranian rial lost a third of its value. The South African rand rose.",
    );
    assert!(
        !m.iter()
            .any(|(_, id)| id == "USA" || id == "IRN" || id == "ZAF"),
        "{m:?}"
    );
    let m = mentions("Iran won the vote on Monday, and Iranian oil exports rose.");
    assert_eq!(m.iter().filter(|(_, id)| id == "IRN").count(), 2, "{m:?}");
}

/// "the Syrian village of Beit Jinn" is a place in Syria, no civilians of
/// Syria (the Phoenix role "village" is dropped); "Syrian villagers" are.
#[test]
fn a_village_is_a_place_not_its_villagers() {
    let m = mentions("Israeli troops raided the Syrian village of Beit Jinn on Friday.");
    assert!(!m.iter().any(|(_, id)| id == "SYRCVL"), "{m:?}");
    let m = mentions("Syrian villagers fled the fighting on Friday.");
    assert!(m.iter().any(|(_, id)| id == "SYRCVL"), "{m:?}");
}

/// "China's state news agency Xinhua": the state's body described and then
/// named by a KB organization of that state is one actor, the organization
/// (was two: CHNMED and xinhua); a body with no name after it stays the
/// state's sector, and a name of another state's organization leaves both.
#[test]
fn a_body_named_right_after_by_its_organization_is_the_organization() {
    let ids = |raw: &str| {
        let mut ids: Vec<String> = mentions(raw).into_iter().map(|(_, id)| id).collect();
        ids.dedup();
        ids
    };
    assert_eq!(
        ids("China's state news agency Xinhua reported the meeting on Monday."),
        ["xinhua"]
    );
    assert_eq!(
        ids("The Palestinian militant group Hamas said on Monday it would respond."),
        ["hamas"]
    );
    assert_eq!(
        ids("China's state news agency reported the meeting on Monday."),
        ["CHNMED"]
    );
}

/// "NATO met in Brussels. The alliance said": the city standing for the
/// EU is no antecedent of "the alliance", which names NATO back (was the
/// EU).
#[test]
fn a_city_standing_for_an_organization_is_no_antecedent() {
    let m = mentions("NATO met in Brussels on Monday. The alliance said it would boost spending.");
    let alliance = m
        .iter()
        .find(|(t, _)| t == "The alliance")
        .map(|(_, id)| id.as_str());
    assert_eq!(alliance, Some("nato"), "{m:?}");
}
