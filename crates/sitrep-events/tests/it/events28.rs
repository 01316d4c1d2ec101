//! Argument mends of branch events28 (session 17, probe18's event findings): an order to one's
//! own forces, or of an act named by a noun, is that act by the orderer's side (`command` and
//! `own_force` classes), while an order to another side stays a REQUEST.

use crate::common;

use common::{by_trigger, event_by_trigger as event, ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tplace:Gaza|place:Gaza Strip
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
COL\tcountry\tColombia\tCOL\t\t\t\t\tadj:Colombian
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:U.S.|meto:Washington
GEO\tcountry\tGeorgia\tGEO\t\t\t\t\tadj:Georgian|meto:Tbilisi
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
iaea\tigo\tInternational Atomic Energy Agency\t\t\t\t\t\tabbr:IAEA
un\tigo\tUnited Nations\t\t\t\t\t\tabbr:UN
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t\t\tTrump
gustavo-petro\tperson\tGustavo Petro\tCOL\tGOV\tpresident\t\t\tPetro
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-01");

#[test]
fn an_order_to_ones_own_forces_is_the_ordered_strike() {
    let text = "Israel ordered the military to carry out powerful strikes in the Gaza Strip.";
    let evs = events(text);
    assert!(of_type(&evs, EventType::Request).is_empty(), "{evs:#?}");
    let e = event(&evs, "strikes", text);
    assert_eq!(e.event_type, EventType::Assault, "{e:#?}");
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["PSE"]), "{e:#?}");
}

#[test]
fn an_order_to_another_side_stays_a_request() {
    // Near miss: Hamas is asked; it is no force of Israel's.
    let text = "Israel ordered Hamas to disarm within 72 hours.";
    let evs = events(text);
    let e = event(&evs, "ordered", text);
    assert_eq!(e.event_type, EventType::Request, "{e:#?}");
    assert_eq!(e.target, ids(&["hamas"]), "{e:#?}");
    // Nor does a named force of the other side make the order an own act.
    let text = "Russia ordered Ukrainian forces to surrender.";
    let evs = events(text);
    let e = event(&evs, "ordered", text);
    assert_eq!(e.event_type, EventType::Request, "{e:#?}");
}

#[test]
fn an_ordered_suspension_is_the_orderers_suspension() {
    let text = "Iran ordered the suspension of cooperation with the IAEA.";
    let evs = events(text);
    assert!(by_trigger(&evs, "ordered").is_none(), "{evs:#?}");
    let e = event(&evs, "suspension", text);
    assert_eq!(e.event_type, EventType::Sanction, "{e:#?}");
    assert_eq!(e.source, ids(&["IRN"]), "{e:#?}");
    assert_eq!(e.target, ids(&["iaea"]), "{e:#?}");
}

#[test]
fn calling_a_meeting_amazing_calls_no_meeting() {
    let text = "Trump called the meeting amazing.";
    let evs = events(text);
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
}

#[test]
fn calling_an_emergency_meeting_still_calls_one() {
    // Near miss: no predicate after the object.
    let text = "The UN called an emergency meeting on Gaza on Monday.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn a_predicate_after_a_naming_verb_is_no_act() {
    let text = "Petro called the sanctions an attack on Colombia's sovereignty.";
    let evs = events(text);
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
    // Near miss: the same nouns told as acts.
    let text = "Washington imposed sanctions on Colombia and Petro denounced an attack on Colombia's sovereignty.";
    let evs = events(text);
    assert!(!of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn a_coordinated_predicate_after_a_naming_verbs_object_has_its_subject() {
    let text = "Trump had called Petro an illegal drug leader and cut aid to Colombia.";
    let evs = events(text);
    let e = event(&evs, "cut aid", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
}

#[test]
fn a_name_after_and_is_the_subject_of_its_own_predicate() {
    // Near miss: Petro opens a clause of its own after "and".
    let text = "Trump had called Petro an illegal drug leader and Petro cut aid to Colombia.";
    let evs = events(text);
    let e = event(&evs, "cut aid", text);
    assert_eq!(e.source, ids(&["gustavo-petro"]), "{e:#?}");
}

#[test]
fn a_relative_clause_infinitive_is_not_the_main_subjects_act() {
    let text = "Georgian police used tear gas to push back protesters who tried to storm the parliament in Tbilisi.";
    let evs = events(text);
    assert!(
        by_trigger(&evs, "storm").is_none_or(|e| e.source.is_empty()),
        "{evs:#?}"
    );
}

#[test]
fn an_infinitive_without_a_relative_clause_keeps_the_main_subject() {
    // Near miss: no "who" in between; the storming is the police's.
    let text = "Georgian police used tear gas to storm the parliament in Tbilisi.";
    let evs = events(text);
    let e = by_trigger(&evs, "storm").or_else(|| by_trigger(&evs, "used tear gas"));
    assert!(e.is_some_and(|e| e.source == ids(&["GEO"])), "{evs:#?}");
}
