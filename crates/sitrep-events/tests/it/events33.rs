//! Polarity and sense rules of branch events33 (session 20, probe21's ranked list): an event
//! noun that is the object of a verb of ending or reversal ("suspended the ban", "ending its
//! defence cooperation agreement", "the end of its military cooperation") names what is ended,
//! not an act done now; protests and attacks others carry out stay events ("a strategy for
//! ending the protests") unless they are the ender's own ("halted its offensive"); a subject
//! opened by "no" ("No other country has so far officially recognized") negates its verb
//! beyond the modality window; a meeting "with its past" is a figure of speech.

use crate::common;

use common::{by_trigger, event_by_trigger as event, ids};
use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
TCD\tcountry\tChad\tTCD\t\t\t\t\tadj:Chadian|meto:N'Djamena
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
NER\tcountry\tNiger\tNER\t\t\t\t\tadj:Nigerien|meto:Niamey
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|Gaza
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
BRA\tcountry\tBrazil\tBRA\t\t\t\t\tadj:Brazilian|meto:Brasilia
ARG\tcountry\tArgentina\tARG\t\t\t\t\tadj:Argentine
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-07-04");

fn types(evs: &[EventRecord]) -> Vec<EventType> {
    evs.iter().map(|e| e.event_type).collect()
}

#[test]
fn an_event_noun_after_a_verb_of_reversal_is_no_act_done_now() {
    for (text, noun) in [
        (
            "Russia suspended the ban on the activities of the Taliban.",
            "ban",
        ),
        (
            "Niger revoked its military agreement with the United States.",
            "agreement",
        ),
        (
            "Niger announced the end of its military cooperation with France.",
            "cooperation",
        ),
        (
            "Israel halted its offensive in Gaza on Sunday.",
            "offensive",
        ),
    ] {
        let evs = events(text);
        assert!(by_trigger(&evs, noun).is_none(), "{text}: {evs:#?}");
    }
    // The new rows code the ending itself as a reduction of relations.
    let text = "Chad ended its military cooperation with France in November.";
    let evs = events(text);
    assert_eq!(types(&evs), vec![EventType::Sanction], "{text}: {evs:#?}");
    assert_eq!(evs[0].source, ids(&["TCD"]), "{evs:#?}");
    assert_eq!(evs[0].target, ids(&["FRA"]), "{evs:#?}");
    let text = "The United States ended military aid to Ukraine.";
    let evs = events(text);
    assert_eq!(types(&evs), vec![EventType::Sanction], "{text}: {evs:#?}");
}

#[test]
fn near_misses_of_reversal_keep_the_event() {
    // The plain imposition, a time phrase "at the end of", others' protests that someone
    // tries to end, and a refused or excluded ending keep the event.
    let text = "Russia imposed a ban on the activities of the Taliban in 2003.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Coerce),
        "{text}: {evs:#?}"
    );
    let text = "China's current strategy for ending the protests is a failure.";
    let evs = events(text);
    let e = event(&evs, "protests", text);
    assert_eq!(e.event_type, EventType::Protest, "{e:#?}");
    let text = "The Houthis ruled out ending their attacks on Israel.";
    let evs = events(text);
    assert_eq!(event(&evs, "attacks", text).modality, Modality::Asserted);
    let text = "At the end of the talks, Iran and the United States agreed to meet again.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Agree),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_subject_opened_by_no_negates_its_verb() {
    let text = "No other country has so far officially recognized the Taliban government.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Support)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.modality, Modality::Negated, "{e:#?}");
    // Near misses: a plain subject, and "no" inside the object, leave it asserted.
    for text in [
        "Russia has so far officially recognized the Taliban government.",
        "Russia has so far officially recognized the Taliban government with no conditions.",
    ] {
        let evs = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Support)
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(e.modality, Modality::Asserted, "{text}: {e:#?}");
    }
}

#[test]
fn a_meeting_with_ones_past_is_no_meeting() {
    let text = "The trial was almost a meeting of Brazil with its past.";
    let evs = events(text);
    assert!(by_trigger(&evs, "meeting").is_none(), "{text}: {evs:#?}");
    // Near miss: a meeting of two states' leaders.
    let text = "Brazil held a meeting with Argentina in Brasilia.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Consult),
        "{text}: {evs:#?}"
    );
}
