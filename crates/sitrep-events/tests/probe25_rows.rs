//! Session 24 (branch `probe25`): event rows from a probe of unseen news — a prison term
//! received (read as a host receiving a visitor), bombs dropped from the air, a visa
//! revoked and a country decertified. Invented sentences, each with a near miss that keeps
//! the old reading.

mod common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|meto:Washington
COL\tcountry\tColombia\tCOL\t\t\t\t\tadj:Colombian|meto:Bogota
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tplace:Gaza
BGD\tcountry\tBangladesh\tBGD\t\t\t\t\tadj:Bangladeshi|meto:Dhaka
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn a_prison_term_received_is_no_visit() {
    let evs = events("The former Bangladeshi police chief received a five-year prison term.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    // Near miss: a leader received by another is still a meeting.
    let evs = events("The Colombian president was received by Washington on Friday.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn bombs_dropped_are_an_air_attack() {
    let evs = events("Israeli jets dropped bombs on Gaza overnight.");
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, common::ids(&["ISR"]), "{evs:#?}");
    // Near miss: a plan dropped is no attack.
    let evs = events("Israel dropped its plan for Gaza on Friday.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn a_revoked_visa_and_decertification_are_sanctions() {
    for text in [
        "Washington revoked the Colombian president's visa on Friday.",
        "Washington decertified Colombia as a partner in the drug war.",
    ] {
        let evs = events(text);
        let sanctions = of_type(&evs, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            sanctions[0].source,
            common::ids(&["USA"]),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a revoked law is no sanction on anyone.
    let evs = events("Colombia revoked the decree on Friday.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}
