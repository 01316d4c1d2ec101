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

const PEOPLE: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
hillary-clinton\tperson\tHillary Clinton\tUSA\tGOV\t\t\t\tClinton|Mrs. Clinton
harry-reid\tperson\tHarry Reid\tUSA\tGOV\t\t\t\tReid
";

mod people {
    use super::PEOPLE;
    use crate::common;

    common::events_kb!(PEOPLE, super::ROLES, "2016-06-01");

    fn triggers(text: &str) -> Vec<String> {
        events(text).into_iter().map(|e| e.trigger.text).collect()
    }

    #[test]
    fn a_march_to_what_an_election_wins_is_no_protest() {
        let opener = "Hillary Clinton spoke on Monday. ";
        for race in [
            "Mrs. Clinton's all-but-certain march to the nomination went on.",
            "Mrs. Clinton is marching toward a majority of delegates.",
        ] {
            let text = format!("{opener}{race}");
            assert!(
                !triggers(&text).iter().any(|t| t.starts_with("march")),
                "{text}"
            );
        }
        // Near misses: a march to a place, even one named after an office, is a protest.
        for place in [
            "Thousands of Iranians marched to the presidential palace in Tehran.",
            "Thousands of Iranians marched to the parliament in Tehran.",
        ] {
            assert!(
                triggers(place).iter().any(|t| t.starts_with("march")),
                "{place}"
            );
        }
    }

    #[test]
    fn backers_are_not_the_one_they_back() {
        // "his backers made threats": the threat is the backers', not Reid's.
        let text = "Harry Reid said he had heard accusations that his backers made threats.";
        let evs = events(text);
        assert!(
            !evs.iter()
                .any(|e| e.trigger.text.starts_with("threat") && e.source == ["harry-reid"]),
            "{evs:?}"
        );
        // Near miss: his own threats stay his.
        let evs = events("Harry Reid said he made threats against Iran.");
        assert!(
            evs.iter()
                .any(|e| e.trigger.text.starts_with("threat") && e.source == ["harry-reid"]),
            "{evs:?}"
        );
    }
}

#[test]
fn pledged_delegates_are_no_pledge() {
    for text in [
        "Iran could overcome big leads in both pledged delegates and the popular vote.",
        "Each pledged delegate from Iran is bound by the vote.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            !evs.iter().any(|e| e.trigger.text.starts_with("pledged")),
            "{text}: {evs:?}"
        );
    }
    // Near miss: a pledge made by a named party stays an event.
    let (ty, source, _) = coded(
        "Iran pledged to cut its stockpile of enriched uranium.",
        "pledged",
    );
    assert_eq!((ty, source), (EventType::Agree, ids(&["IRN"])));
}

#[test]
fn a_passive_support_verb_reaches_its_noun_over_the_nouns_own_phrase() {
    // "Sanctions on Iran were lifted by the United States": the lifting, by its agent.
    for text in [
        "Sanctions on Iran were lifted by the United States in 2016.",
        "Sanctions against Iran were eased by the United States last year.",
    ] {
        let (ty, source, target) = coded(text, "Sanctions");
        assert_eq!(ty, EventType::Retreat, "{text}");
        assert_eq!((source, target), (ids(&["USA"]), ids(&["IRN"])), "{text}");
    }
    // Near misses: no support verb after the phrase, and one past a comma.
    let (ty, _, _) = coded(
        "Sanctions on Iran were a key issue in the talks.",
        "Sanctions",
    );
    assert_eq!(ty, EventType::Sanction);
    let (ty, _, _) = coded(
        "Sanctions on Iran, which were lifted in 2016, returned in 2018.",
        "Sanctions",
    );
    assert_eq!(ty, EventType::Sanction);
}
