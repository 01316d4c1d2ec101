//! Session 37, branch `actors39`: a person named with "former" (or "ex-") before an office is
//! out of that office at the story's date, whatever term the KB would pick. Inline KB rows
//! written for these tests (invented people), and the built-in KB for Donald Trump's term
//! between his presidencies. Each rule has a near miss beside it; the sentences are the
//! branch's own.

use crate::common;

use common::placed_on;
use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:American|meto:Washington
avi-katzman\tperson\tAvi Katzman\tISR\tGOV\tdefense minister\t2020-03-01\t\tsurname:Katzman
jane-roe\tperson\tJane Roe\tUSA\tGOV\tsenator\t2005-01-03\t2019-01-03\t
jane-roe\tperson\tJane Roe\tUSA\tGOV\tvice president\t2019-01-20\t\t
mark-lane\tperson\tMark Lane\tUSA\tGOV\tpresident\t2019-01-20\t\t
tom-ford\tperson\tTom Ford\tUSA\tGOV\tgovernor\t2001-01-01\t2009-01-01\t
ruth-vale\tperson\tRuth Vale\tUSA\tGOV\tsecretary of state\t2009-01-21\t2013-02-01\t
";

const ROLES: &str = "phrase\tsector\tnumber
defence minister\tGOV\tperson
defense minister\tGOV\tperson
senator\tLEG\tperson
vice president\tGOV\tperson
president\tGOV\tperson
governor\tGOV\tperson
general\tMIL\tperson
secretary of state\tGOV\tperson
";

fn kb() -> Kb {
    common::inline_kb(ACTORS, ROLES)
}

/// (sector, role) of the actor `id` in `text` published on `date`.
fn sector_and_role(text: &str, id: &str, date: &str) -> (Option<String>, Option<String>) {
    let kb = kb();
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(date));
    let actor = found
        .actors
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no actor {id} in {text}"));
    (actor.sector.clone(), actor.role.clone())
}

#[test]
fn former_before_the_office_of_a_term_in_force_puts_the_person_out_of_it() {
    // The KB has not ended the term; the text says the office is behind him.
    let (sector, role) = sector_and_role(
        "Former Israeli defence minister Avi Katzman toured the border on Sunday.",
        "avi-katzman",
        "2024-11-20",
    );
    assert_eq!(sector.as_deref(), Some("ELI"));
    assert_eq!(role.as_deref(), Some("former defence minister"));
    // The title apposed before the name reads the same.
    let (sector, _) = sector_and_role(
        "Judges named the prime minister and his former defence minister, Avi Katzman.",
        "avi-katzman",
        "2024-11-20",
    );
    assert_eq!(sector.as_deref(), Some("ELI"));
    // Near miss: the same office without the prefix stays the government's.
    let (sector, _) = sector_and_role(
        "Israeli defence minister Avi Katzman toured the border on Sunday.",
        "avi-katzman",
        "2024-11-20",
    );
    assert_eq!(sector.as_deref(), Some("GOV"));
}

#[test]
fn former_before_another_office_than_the_term_in_force_keeps_the_term() {
    // A sitting vice president who was a senator.
    let (sector, role) = sector_and_role(
        "Former Senator Jane Roe opened the session in the capital.",
        "jane-roe",
        "2022-04-02",
    );
    // The sector follows the term in force; the role keeps the words as stated.
    assert_eq!(sector.as_deref(), Some("GOV"));
    assert_eq!(role.as_deref(), Some("former senator"));
}

#[test]
fn a_role_prefix_before_the_term_office_names_another_office() {
    // "former vice president" is no former president: the sitting president keeps his office.
    let (sector, _) = sector_and_role(
        "Former Vice President Mark Lane said the vote was fair.",
        "mark-lane",
        "2022-04-02",
    );
    assert_eq!(sector.as_deref(), Some("GOV"));
}

#[test]
fn former_before_a_title_on_a_date_no_term_covers_is_out_of_office() {
    // The KB's latest term ended before the date; the words say so too.
    let (sector, role) = sector_and_role(
        "Former Governor Tom Ford endorsed the candidate in Denver.",
        "tom-ford",
        "2016-09-12",
    );
    assert_eq!(sector.as_deref(), Some("ELI"));
    assert_eq!(role.as_deref(), Some("former governor"));
    // An "of" inside the role phrase belongs to the title.
    let (sector, _) = sector_and_role(
        "Former Secretary of State Ruth Vale endorsed the candidate in Denver.",
        "ruth-vale",
        "2016-09-12",
    );
    assert_eq!(sector.as_deref(), Some("ELI"));
    // "Ex-" joined to the office reads the same.
    let (sector, _) = sector_and_role(
        "Ex-governor Tom Ford endorsed the candidate in Denver.",
        "tom-ford",
        "2016-09-12",
    );
    assert_eq!(sector.as_deref(), Some("ELI"));
}

#[test]
fn a_past_prefix_cut_off_by_a_comma_or_a_possessive_names_no_one_out_of_office() {
    // "a former general, President …": the prefix is the apposition's, not the president's.
    let (sector, _) = sector_and_role(
        "A former general, President Mark Lane ordered the troops home.",
        "mark-lane",
        "2022-04-02",
    );
    assert_eq!(sector.as_deref(), Some("GOV"));
    // "former Governor Tom Ford's deputy, Vice President Jane Roe": the prefix is Ford's.
    let (sector, _) = sector_and_role(
        "Former Governor Tom Ford's deputy Jane Roe spoke first.",
        "jane-roe",
        "2022-04-02",
    );
    assert_eq!(sector.as_deref(), Some("GOV"));
    // "of" outside a role phrase: the former chairman is someone else.
    let (sector, _) = sector_and_role(
        "Ms Diaz, the former chairman of President Mark Lane's council, resigned.",
        "mark-lane",
        "2022-04-02",
    );
    assert_eq!(sector.as_deref(), Some("GOV"));
}

#[test]
fn a_person_the_kb_lacks_named_with_a_former_title_is_out_of_office() {
    let kb = kb();
    let layer = TextLayer::new(normalize(
        "Former Vice President Carl Mendez criticised the budget. Vice President Ana Ruiz \
         defended it.",
    ));
    let found = find_actors(&layer, &kb, Some("2022-04-02"));
    let sector_of = |name: &str| {
        found
            .actors
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.sector.clone())
    };
    assert_eq!(sector_of("Carl Mendez").as_deref(), Some("ELI"));
    assert_eq!(sector_of("Ana Ruiz").as_deref(), Some("GOV"));
}

#[test]
fn donald_trump_between_his_presidencies_is_out_of_office() {
    let text = "President Trump held a rally in Ohio on Saturday.";
    assert_eq!(
        placed_on(text, "Trump", "2023-03-04"),
        (Some("USA".into()), Some("OPP".into()))
    );
    // Near misses: in office in his first and second terms.
    assert_eq!(
        placed_on(text, "Trump", "2019-03-02"),
        (Some("USA".into()), Some("GOV".into()))
    );
    assert_eq!(
        placed_on(text, "Trump", "2025-03-01"),
        (Some("USA".into()), Some("GOV".into()))
    );
}
