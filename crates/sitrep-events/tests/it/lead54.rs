//! Session 54 (the lead, issue #2): a party weighing, considering or mulling an act is its
//! doer, and the act stays open ("The United States is weighing new strikes on Iran" had
//! strikes with no source); a party claiming or taking responsibility or credit for an act
//! did it ("The Houthis claimed responsibility for the attack" had no event). Invented
//! sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
EU\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
HOUTHIS\tarmed_group\tHouthis\tYEM\tREB\t\t\t\t
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|meto:Washington
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

#[test]
fn a_party_weighing_an_act_is_its_doer_and_the_act_stays_open() {
    for (text, event_type, source, target) in [
        (
            "The United States is weighing new strikes on Iran.",
            EventType::Assault,
            "USA",
            "IRN",
        ),
        (
            "The EU is mulling new sanctions on Russia.",
            EventType::Sanction,
            "EU",
            "RUS",
        ),
        (
            "Russia is contemplating sanctions against Iran.",
            EventType::Sanction,
            "RUS",
            "IRN",
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == event_type)
            .unwrap_or_else(|| panic!("no {event_type:?} in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec![source.to_string()], "{text}");
        assert_eq!(e.target, vec![target.to_string()], "{text}");
        assert_eq!(e.modality, Modality::Hypothetical, "{text}");
    }
    // Near misses: weighing risks names no act; a definite act under review
    // is someone else's, already done (review54).
    let evs: Vec<EventRecord> = events("Washington is weighing the risks of a wider war.");
    assert!(evs.is_empty(), "{evs:?}");
    let evs: Vec<EventRecord> = events("Russia is weighing the attack on the embassy in Iran.");
    assert!(
        evs.iter().all(|e| e.source != vec!["RUS".to_string()]),
        "{evs:?}"
    );
}

#[test]
fn a_party_taking_responsibility_for_an_act_did_it() {
    // With a claim ("claimed responsibility for") the claimant is the claim's
    // speaker: sitrep-pipeline's `lead54` tests run those through the claims
    // stage.
    for text in [
        "The Houthis took responsibility for the drone attack on the port.",
        "The Houthis took credit for the attack on the ship.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Assault)
            .unwrap_or_else(|| panic!("no ASSAULT in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec!["HOUTHIS".to_string()], "{text}");
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
    // Near miss: a responsibility that is no one's own act ("for the
    // security of") hands nothing over.
    let evs: Vec<EventRecord> = events("Israel took responsibility for the security of the port.");
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Assault),
        "{evs:?}"
    );
}

#[test]
fn sending_naval_and_air_forces_is_a_force_posture() {
    for text in [
        "The United States will send an aircraft carrier to the region.",
        "Russia deployed two destroyers near Iran.",
        "Iran dispatched warplanes to the border.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            evs.iter().any(|e| e.event_type == EventType::Mobilize),
            "no MOBILIZE in {text:?}: {evs:?}"
        );
    }
    // Near miss: an airline's carrier is no warship.
    let evs: Vec<EventRecord> = events("Russia will send a letter by carrier to Iran.");
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Mobilize),
        "{evs:?}"
    );
}

#[test]
fn hearsay_before_an_event_nouns_support_verb_passes_the_act_on() {
    for text in [
        "Israel allegedly carried out the strike on Iran.",
        "Russia reportedly launched a strike on Iran.",
        "Israel is thought to have launched the strike on Iran.",
        "Russia is believed to have carried out the attack on Iran.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Assault)
            .unwrap_or_else(|| panic!("no ASSAULT in {text:?}: {evs:?}"));
        assert_eq!(e.modality, Modality::Attributed, "{text}");
    }
    // Near misses: with no hearsay word the act is asserted; hearsay on an
    // earlier verb of its own does not reach past that verb's object.
    let evs: Vec<EventRecord> = events("Israel launched the strike on Iran.");
    assert!(
        evs.iter().any(|e| e.modality == Modality::Asserted),
        "{evs:?}"
    );
    let evs: Vec<EventRecord> =
        events("Russia allegedly hacked the ministry and then launched a strike on Iran.");
    let strike = evs
        .iter()
        .find(|e| e.trigger.text.contains("strike"))
        .unwrap_or_else(|| panic!("no strike: {evs:?}"));
    assert_eq!(strike.modality, Modality::Asserted, "{evs:?}");
}
