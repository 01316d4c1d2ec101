//! Session 51 (branch `lead51`, issue #2): a verb of laying blame names the one blamed in its
//! "on" phrase after the object ("blamed the bombing on Hezbollah"), even when the object is a
//! hostile act, whose "on" phrase after another accusing verb names whom the act hit
//! ("condemned the strikes on Iran"). Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

/// The type, source and target of the event whose trigger text starts with `trigger`.
fn coded(text: &str, trigger: &str) -> (EventType, Vec<String>, Vec<String>) {
    let evs: Vec<EventRecord> = events(text);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.starts_with(trigger))
        .unwrap_or_else(|| panic!("no {trigger:?} in {text:?}: {evs:?}"));
    (e.event_type, e.source.clone(), e.target.clone())
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_on_phrase_of_a_blame_verb_names_the_one_blamed() {
    for text in [
        "Washington blamed the attacks on Russia.",
        "Israel blamed the bombing on Iran.",
        "Ukraine is blaming the missile strikes on Russia.",
    ] {
        let (ty, _, target) = coded(text, "blam");
        assert_eq!(ty, EventType::Accuse, "{text}");
        assert_eq!(target.len(), 1, "{text}: {target:?}");
        assert_ne!(target, ids(&["USA"]), "{text}");
        assert_ne!(target, ids(&["ISR"]), "{text}");
        assert_ne!(target, ids(&["UKR"]), "{text}");
    }
    let (_, source, target) = coded("Washington blamed the attacks on Russia.", "blamed");
    assert_eq!((source, target), (ids(&["USA"]), ids(&["RUS"])));
}

#[test]
fn the_on_phrase_after_a_condemned_attack_stays_its_victim() {
    // Near miss: "condemned" is no verb of blame; Iran was hit, not condemned.
    let (ty, _, target) = coded("Russia condemned the strikes on Iran.", "condemned");
    assert_eq!(ty, EventType::Accuse);
    assert!(!target.contains(&"IRN".to_string()), "{target:?}");
}
