//! Session 22 (`actors29`): a role with "of" and its owner before a name
//! ("President of Nauru David Adeang") is one person mention; a body named
//! after a titled name is the person's employer ("Commander Dominic Murphy
//! of the Metropolitan Police"); "the United Nations' highest court" is the
//! ICJ; "the court" names back a state's court named by that noun ("the Old
//! Bailey", the Central Criminal Court).

use crate::common;

use common::{assert_id_at, assert_mention_as, builtin_mentions as mentions, builtin_resolved};

// ---- 1. role + "of" + owner + name --------------------------------------

#[test]
fn a_role_of_a_state_before_a_name_is_one_person_mention() {
    assert_mention_as(
        "President of Nauru David Adeang signed the treaty in Canberra.",
        "President of Nauru David Adeang",
        "david-adeang",
        false,
    );
    assert_mention_as(
        "Secretary-General of the Arab League Ahmed Aboul Gheit said the summit was a success.",
        "Secretary-General of the Arab League Ahmed Aboul Gheit",
        "ahmed-aboul-gheit",
        false,
    );
    // A portfolio between the role and the state belongs to the role.
    assert_mention_as(
        "Minister of Foreign Affairs of Egypt Badr Abdelatty said the talks would resume.",
        "Minister of Foreign Affairs of Egypt Badr Abdelatty",
        "badr-abdelatty",
        false,
    );
    // An apposition closed by a comma is the same person.
    assert_mention_as(
        "The President of Nauru, David Adeang, signed the treaty.",
        "President of Nauru, David Adeang",
        "david-adeang",
        false,
    );
}

#[test]
fn a_name_the_kb_lacks_after_a_role_of_a_state_is_that_states_official() {
    let r = builtin_resolved("President of Nauru Tamsin Kora signed the treaty with his counterpart after a long day of talks in the capital.");
    let p = r
        .iter()
        .find(|(t, ..)| t == "President of Nauru Tamsin Kora")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(
        (p.1.as_str(), p.2.as_deref(), p.3.as_deref()),
        ("tamsin-kora", Some("NRU"), Some("GOV"))
    );
}

/// Near misses: the role of a state with no name after it stays the state's
/// office, and a comma closing an opening phrase makes no apposition.
#[test]
fn a_role_of_a_state_without_a_name_or_before_a_clause_stays_apart() {
    assert_mention_as(
        "The President of Nauru signed the treaty.",
        "President of Nauru",
        "NRUGOV",
        false,
    );
    let m = mentions(
        "A colleague at the University of Pennsylvania, Andrew Vaughan followed these discoveries.",
    );
    assert!(
        !m.iter().any(|(t, _)| t.contains("Pennsylvania, Andrew")),
        "{m:?}"
    );
}

// ---- 2. a body named after a titled name is the employer ----------------

#[test]
fn a_body_after_a_titled_name_is_the_persons_employer() {
    let text = "Commander Dominic Murphy of the Metropolitan Police's counter-terrorism command said the case showed the lengths Russia would go to.";
    assert_mention_as(
        text,
        "Commander Dominic Murphy of the Metropolitan Police",
        "dominic-murphy",
        false,
    );
    let m = mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id == "metropolitan-police"),
        "{m:?}"
    );
}

/// Near miss: a state after a titled name is where the person is from, a
/// mention of the state of its own.
#[test]
fn a_state_after_a_titled_name_stays_a_mention() {
    assert_mention_as(
        "Foreign Minister Amr Moussa of Egypt said the talks would resume.",
        "Egypt",
        "EGY",
        false,
    );
}

// ---- 3. courts ------------------------------------------------------------

#[test]
fn the_united_nations_highest_court_is_the_icj() {
    assert_id_at(
        "In a unanimous advisory opinion, the 15 judges of the United Nations' highest court said that a clean environment was a human right.",
        "highest court",
        Some("icj"),
    );
    // Near miss: the United Nations alone stays the UN.
    assert_id_at(
        "The United Nations said the opinion was binding.",
        "United Nations",
        Some("un"),
    );
}

#[test]
fn the_court_names_back_the_states_court_named_before() {
    let text = "Three Bulgarians were convicted at the Old Bailey in London of conspiracy to spy. Prosecutors said the group was run from a guesthouse. Its leader took his orders from an Austrian businessman. He is believed to be living in Moscow. The court heard that the spies targeted journalists.";
    assert_mention_as(text, "The court", "central-criminal-court", false);
}

/// Near misses: a state's body of the court's sector whose name is no
/// court is not named back by "the court", and another state acting in
/// between keeps the bare court the story's.
#[test]
fn the_court_does_not_name_back_a_body_called_otherwise() {
    let m = mentions(
        "The Department of Justice charged two guards. Friends of the guards attended the court hearing on Tuesday.",
    );
    assert!(
        !m.iter()
            .any(|(t, id)| t == "the court" && id == "us-justice-department"),
        "{m:?}"
    );
    let m = mentions(
        "Three men were convicted at the Old Bailey in London. Russia denied any role. Moscow said the case was a lie. The court heard that the spies targeted journalists.",
    );
    assert!(
        !m.iter()
            .any(|(t, id)| t == "The court" && id == "central-criminal-court"),
        "{m:?}"
    );
}

// ---- 4. "the Council" decided by the bodies the document names -------------

#[test]
fn the_council_in_an_eu_story_is_the_council_of_the_eu() {
    let text = "Three years after the invasion, the Council today adopted a 16th package of restrictive measures against Russia. The measures take effect across the EU on Tuesday.";
    assert_mention_as(text, "the Council", "council-of-the-eu", false);
    let text = "The draft failed. The United States voted against it in the Security Council on Wednesday. Diplomats met for hours. Delegates left. Algeria's envoy said the Council had failed the Palestinian people.";
    assert_mention_as(text, "the Council", "unsc", false);
}

/// Near misses: with bodies meaning different councils named, or none, a
/// bare "the Council" names no one; a capitalized word after it makes
/// another name.
#[test]
fn the_council_names_no_one_when_the_story_does_not_say_which() {
    let m = mentions(
        "The EU and the Security Council were both briefed. Diplomats met for hours. Delegates left. Officials waited. The Council said it would meet again.",
    );
    assert!(!m.iter().any(|(t, _)| t == "The Council"), "{m:?}");
    let m = mentions("The Council said it would meet again on Monday.");
    assert!(m.is_empty(), "{m:?}");
    let m = mentions(
        "The EU adopted sanctions on Monday. The Council Presidency said the talks would go on.",
    );
    assert!(!m.iter().any(|(_, id)| id == "council-of-the-eu"), "{m:?}");
}
