//! Session 43 (branch `events56`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

mod common;

use common::event_by_trigger as event;
use common::ids;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn the_first_object_of_a_verb_of_giving_receives_the_noun_after_it() {
    // "V X a Y": X is whom the deal is offered or the ceasefire promised;
    // the doer stays the verb's subject, not the name before the article.
    for (text, trigger) in [
        ("Putin offered Israel a deal on Syria.", "deal"),
        ("Putin offered Israel a new deal.", "deal"),
        ("Putin promised Israel a ceasefire.", "ceasefire"),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.source, ids(&["vladimir-putin"]), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&["ISR"]), "{text}: {e:#?}");
    }
}

#[test]
fn a_name_right_before_the_noun_still_modifies_it() {
    // Near misses: a name inside the noun's own phrase ("a Russian deal")
    // is its doer, whom the rejection is aimed at; a deal offered "to"
    // someone keeps the "to" phrase.
    let text = "Israel rejected a Russian deal on Syria.";
    let evs = events(text);
    let e = event(&evs, "rejected", text);
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["RUS"]), "{e:#?}");

    let text = "Putin offered a deal to Israel.";
    let evs = events(text);
    let e = event(&evs, "deal", text);
    assert_eq!(e.source, ids(&["vladimir-putin"]), "{e:#?}");
    assert_eq!(e.target, ids(&["ISR"]), "{e:#?}");
}

#[test]
fn a_name_before_a_noun_of_the_affair_is_no_target() {
    // "limited their inquiry to the Ukraine scandal": the name says which
    // affair is meant; it is no party to the inquiry.
    let text = "Turkish officials demanded an inquiry into the Syria scandal.";
    let evs = events(text);
    let e = event(&evs, "demanded an inquiry", text);
    assert!(!e.target.contains(&"SYR".to_string()), "{e:#?}");

    // Near miss: the name itself after the preposition is the target.
    let text = "Turkish officials demanded an inquiry into Syria.";
    let evs = events(text);
    let e = event(&evs, "demanded an inquiry", text);
    assert!(e.target.contains(&"SYR".to_string()), "{e:#?}");
}
