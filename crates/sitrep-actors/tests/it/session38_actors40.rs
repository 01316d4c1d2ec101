//! Session 38, branch `actors40`: a US state's name as the subject of a political act or of
//! saying is the state's government (`Government of <state>` in the KB), while the name as a
//! place stays the United States; a past prefix's look back from a name is unchanged by its
//! one-byte pre-test. The sentences are the branch's own; each rule has near misses beside it.

use crate::common;

use common::{assert_id_at, assert_id_exact, inline_kb};
use sitrep_actors::find_actors;
use sitrep_text::{normalize, TextLayer};

#[test]
fn a_state_name_suing_or_saying_is_the_state_government() {
    assert_id_exact(
        "Oregon sued the Interior Department on Tuesday over logging permits.",
        "Oregon",
        Some("usa-state-or"),
    );
    assert_id_exact(
        "The storm moved east. Ohio said it would open shelters in three counties.",
        "Ohio",
        Some("usa-state-oh"),
    );
    // Past auxiliaries, and after "and" as the second party of a clash.
    assert_id_exact(
        "Nevada has also challenged the rule in federal court.",
        "Nevada",
        Some("usa-state-nv"),
    );
    assert_id_exact(
        "Washington and Arizona have clashed for months over river water.",
        "Arizona",
        Some("usa-state-az"),
    );
}

#[test]
fn a_state_name_as_a_place_stays_the_united_states() {
    // After a locative word, before a possessive or a noun, after another word.
    assert_id_exact(
        "Officials in Oregon said the fires were contained.",
        "Oregon",
        Some("USA"),
    );
    // (The governor is the state's official, as before: the KB's role row.)
    assert_id_at(
        "Ohio's governor said the shelters were full.",
        "Ohio",
        Some("USAGOV"),
    );
    assert_id_at(
        "Nevada voters rejected the measure on Tuesday.",
        "Nevada",
        Some("USACVL"),
    );
    assert_id_exact(
        "Southern Arizona said goodbye to the monsoon.",
        "Arizona",
        Some("USA"),
    );
    // "City, State" names a place, even before a saying verb.
    assert_id_exact(
        "A teacher from Dayton, Ohio says she will vote early.",
        "Ohio",
        Some("USA"),
    );
    // A sports result is no act of the state's government.
    assert_id_exact(
        "Oregon beat Utah 35-10 on Saturday night.",
        "Oregon",
        Some("USA"),
    );
}

#[test]
fn a_state_government_is_found_only_for_its_own_state() {
    // A "Government of X" row of another country's place does not take the United States' X.
    let kb = inline_kb(
        "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tplace:Elmira|place:Norland
CAN\tcountry\tCanada\tCAN\t\t\t\t\tplace:Alberta
gov-norland\torganization\tGovernment of Norland\tUSA\tGOV\t\t\t\t
gov-elmira\torganization\tGovernment of Elmira\tCAN\tGOV\t\t\t\t
",
        "phrase\tsector\tnumber\n",
    );
    let ids = |text: &str| -> Vec<String> {
        let layer = TextLayer::new(normalize(text));
        let found = find_actors(&layer, &kb, Some("2025-01-01"));
        found
            .mentions
            .iter()
            .map(|m| found.actors[m.actor].id.clone())
            .collect()
    };
    assert_eq!(ids("Norland sued the company."), ["gov-norland"]);
    assert_eq!(ids("Elmira sued the company."), ["USA"]);
    assert_eq!(ids("Alberta sued the company."), ["CAN"]);
}

#[test]
fn an_unnamed_court_is_the_courts_of_the_place_named_with_it() {
    assert_id_exact(
        "A regional court in Ankara jailed the two officers for life.",
        "regional court",
        Some("TURJUD"),
    );
    assert_id_exact(
        "An anti-terrorism court in Karachi acquitted the three men on Monday.",
        "anti-terrorism court",
        Some("PAKJUD"),
    );
    // A place phrase set off before it.
    assert_id_exact(
        "In France, a lower court has blocked the sale of the plant.",
        "lower court",
        Some("FRAJUD"),
    );
    // Also after a dateline's dash inside the text.
    assert_id_exact(
        "The talks ended.\n\nLYON - In France, a lower court has blocked the sale of the plant.",
        "lower court",
        Some("FRAJUD"),
    );
    // A place phrase that opens no sentence places nothing.
    assert_id_exact(
        "The firm said that in France, a lower court has blocked the sale of the plant.",
        "lower court",
        None,
    );
}

#[test]
fn a_court_that_only_modifies_another_noun_or_is_no_state_court_makes_no_court_mention() {
    // The court word modifies the noun after it.
    assert_id_exact(
        "The mayor sought a court order in Ankara to stop the march.",
        "court",
        None,
    );
    // Another word between the article and the court.
    assert_id_exact(
        "A tennis court in Ankara was closed for repairs.",
        "court",
        None,
    );
    // Courts in the plural are its judges' many benches, not one body.
    assert_id_exact(
        "Military courts in Ankara jailed hundreds of officers.",
        "Military courts",
        None,
    );
}
