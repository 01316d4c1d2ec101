//! Session 24 (branch `probe25`): event rows from a probe of unseen news — a prison term
//! received (read as a host receiving a visitor), bombs dropped from the air, a visa
//! revoked and a country decertified, a crime fought, a conversation held, imports suspended,
//! news received, hope offered, a state found in breach. Invented sentences, each with a near
//! miss that keeps the old reading.

use crate::common;

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

#[test]
fn fighting_a_crime_is_no_attack() {
    let evs = events("Colombia has fought drug trafficking for decades.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    // Near miss: fighting an army is still fighting.
    let evs = events("Colombian troops fought Venezuelan forces on the border.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_conversation_with_a_leader_is_a_consultation() {
    let evs = events("Colombia had a long conversation with Israel on Monday.");
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].source, common::ids(&["COL"]), "{evs:#?}");
}

#[test]
fn imports_suspended_are_a_sanction() {
    let evs = events("Washington suspended imports of Colombian coffee on Friday.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].source, common::ids(&["USA"]), "{evs:#?}");
}

#[test]
fn news_or_hope_received_or_offered_is_no_event() {
    let evs = events("He met the Israeli ambassador in Bogota to receive the news.");
    assert!(!evs.iter().any(|e| e.trigger.text == "receive"), "{evs:#?}");
    let evs = events("Colombia's foreign minister welcomed the vote and said it offered hope.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Near miss: an offer of talks is still an offer.
    let evs = events("Colombia offered talks to the United States on Monday.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn a_state_found_in_breach_is_accused() {
    let evs = events("The board found Israel in breach of its obligations on Thursday.");
    let accusations = of_type(&evs, EventType::Accuse);
    assert_eq!(accusations.len(), 1, "{evs:#?}");
    assert_eq!(accusations[0].target, common::ids(&["ISR"]), "{evs:#?}");
    // Near miss: a found document is no accusation.
    let evs = events("The board found Israel's letter in the archive on Thursday.");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
}
