//! Session 43 (branch `events56`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

use crate::common;

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

#[test]
fn an_indefinite_pronoun_subject_stops_the_subject_search() {
    // "I think one has to ask", "no one has attacked": the predicate's
    // subject is no one named; the name before it is another clause's.
    for (text, trigger) in [
        ("Putin thinks no one has attacked Ukraine.", "attacked"),
        ("Putin thinks someone attacked Ukraine.", "attacked"),
        ("Putin thinks one has to attack Ukraine.", "attack"),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert!(
            !e.source.contains(&"vladimir-putin".to_string()),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn a_named_subject_or_one_before_a_noun_is_still_found() {
    // Near misses: a name before the verb is its subject, and "one" before
    // a noun is a number, not the subject.
    let text = "Putin thinks Russia has attacked Ukraine.";
    let evs = events(text);
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");

    let text = "Putin thinks one Russian unit has attacked Ukraine.";
    let evs = events(text);
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");
}

fn said_by_putin(text: &str, content: &str) -> Vec<sitrep_record::EventRecord> {
    KB.reported("2025-06-01", text, "vladimir-putin", "said", content)
}

#[test]
fn an_opinion_of_i_about_a_clause_is_no_agreement() {
    // "I agree it is bad": the speaker's view of a proposition.
    for (text, content, trigger) in [
        (
            "\"I agree it is bad for Ukraine,\" Putin said.",
            "I agree it is bad for Ukraine",
            "agree",
        ),
        (
            "\"I agree that it is bad for Ukraine,\" Putin said.",
            "I agree that it is bad for Ukraine",
            "agree",
        ),
        (
            "\"I accept that Ukraine must be free,\" Putin said.",
            "I accept that Ukraine must be free",
            "accept",
        ),
    ] {
        let evs = said_by_putin(text, content);
        assert!(
            common::by_trigger(&evs, trigger).is_none(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn named_doers_agreeing_about_a_clause_make_an_agreement() {
    // Near miss: states that agree that something will happen agree with
    // each other.
    let text = "\"Russia and Ukraine agree that talks will resume,\" Putin said.";
    let evs = said_by_putin(text, "Russia and Ukraine agree that talks will resume");
    let e = event(&evs, "agree", text);
    assert_eq!(e.source, ids(&["RUS", "UKR"]), "{e:#?}");
}
