//! Session 44, branch `actors46`: a head of state named by a two-word surname, and people who
//! left their state named with the place they live in. The sentences are the branch's own;
//! each shape has near misses beside it.

use crate::common;

use common::mentions_on;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

fn names(text: &str, date: &str, id: &str) -> bool {
    mentions_on(text, date).iter().any(|(_, i)| i == id)
}

#[test]
fn angolas_president_by_his_two_word_surname() {
    let raw = "President Dos Santos has conceded to demands from UNITA to overhaul the judiciary.";
    assert!(
        names(raw, "1998-05-01", "jose-eduardo-dos-santos"),
        "{:?}",
        mentions_on(raw, "1998-05-01")
    );
    let raw = "Angolan President Jose Eduardo dos Santos said the talks would resume.";
    assert!(names(raw, "1998-05-01", "jose-eduardo-dos-santos"));
    // Near misses: the surname alone with no title, no full name and no Angola is someone
    // else's, and so is the surname inside another name.
    let raw = "Striker Dos Santos scored twice as Benfica won the derby.";
    assert!(!names(raw, "2016-05-01", "jose-eduardo-dos-santos"));
    let raw = "Prime Minister Fernando da Piedade Dias dos Santos opened the session.";
    assert!(!names(raw, "2004-05-01", "jose-eduardo-dos-santos"));
}

#[test]
fn people_who_left_their_state_are_its_people_not_the_places_they_live_in() {
    // The origin state's people, not the arrival place's state or government.
    let raw = "Mexican immigrants in Texas protested the new law on Monday.";
    let found = mentions_on(raw, "2016-05-01");
    assert!(
        found.contains(&("Mexican immigrants".into(), "MEXCVL".into())),
        "{found:?}"
    );
    let raw = "Syrian refugees in Germany said they feared deportation.";
    let found = mentions_on(raw, "2016-05-01");
    assert!(
        found.contains(&("Syrian refugees".into(), "SYRREF".into())),
        "{found:?}"
    );
    // Near miss: the place stays a place of its own state, no group of it.
    assert!(
        found.iter().all(|(_, id)| id != "DEUREF" && id != "DEUGOV"),
        "{found:?}"
    );
}

/// The country of the first person mention whose text contains `surface`.
fn person_country(text: &str, date: &str, surface: &str) -> Option<String> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(date));
    let m = found
        .mentions
        .iter()
        .find(|m| layer.text[m.start..m.end].contains(surface))
        .unwrap_or_else(|| panic!("no mention {surface:?} in {text}"));
    found.actors[m.actor].country.clone()
}

#[test]
fn a_titled_person_in_a_story_naming_only_bodies_of_one_state_is_of_that_state() {
    // The only state is inside a rebel movement's name, named twice (name and acronym).
    let raw =
        "President Dos Sontas has reportedly conceded at last to demands from National Union \
               for the Total Independence of Angola (UNITA) to overhaul the judiciary.";
    assert_eq!(
        person_country(raw, "1998-05-01", "Sontas").as_deref(),
        Some("AGO")
    );
    // Near miss: bodies of two states place no one.
    let raw = "President Dos Sontas met leaders of UNITA and Hezbollah on Monday, UNITA said.";
    assert_eq!(person_country(raw, "1998-05-01", "Sontas"), None);
    // Near miss: an outlet reporting the story is no body of the story's state.
    let raw = "President Dos Sontas told the BBC on Monday that the BBC had misquoted him.";
    assert_eq!(person_country(raw, "1998-05-01", "Sontas"), None);
}
