//! Session 55 (the lead, issue #2): a state halting its arms sales or exports to another
//! cuts military aid or embargoes it ("Germany suspended arms exports to Israel" was AID by
//! Germany and COOPERATE towards Israel: the bare "arms" and "exports to" rows read the
//! nouns). Handing over captives or the dead releases them ("Hamas handed over the bodies of
//! four hostages" was AID). Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
HAMAS\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

#[test]
fn halting_arms_sales_or_exports_to_a_state_sanctions_it() {
    for (text, source, target) in [
        ("Germany suspended arms exports to Israel.", "DEU", "ISR"),
        ("Canada froze arms sales to Turkey.", "CAN", "TUR"),
        ("Russia stopped gas exports to Poland.", "RUS", "POL"),
        ("Germany halted weapons deliveries to Israel.", "DEU", "ISR"),
        ("Canada paused arms shipments to Turkey.", "CAN", "TUR"),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Sanction)
            .unwrap_or_else(|| panic!("no SANCTION in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec![source.to_string()], "{text}");
        assert_eq!(e.target, vec![target.to_string()], "{text}");
        assert_eq!(e.modality, Modality::Asserted, "{text}");
        assert!(
            evs.iter()
                .all(|e| !matches!(e.event_type, EventType::Aid | EventType::Cooperate)),
            "{text}: {evs:?}"
        );
    }
    // Near misses: arms sent are aid; a firm halting its own sales has no
    // political participant.
    let evs: Vec<EventRecord> = events("Germany sent arms to Israel.");
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Sanction),
        "{evs:?}"
    );
    let evs: Vec<EventRecord> = events("The company halted sales of its phones.");
    assert!(evs.is_empty(), "{evs:?}");
}

#[test]
fn handing_over_captives_or_the_dead_releases_them() {
    for (text, source) in [
        (
            "Hamas handed over the bodies of four hostages to the Red Cross.",
            "HAMAS",
        ),
        ("Israel handed over 90 Palestinian prisoners.", "ISR"),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Retreat)
            .unwrap_or_else(|| panic!("no RETREAT in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec![source.to_string()], "{text}");
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Aid),
            "{text}: {evs:?}"
        );
    }
    // Near miss: weapons handed over are still aid.
    let evs: Vec<EventRecord> = events("The US handed over weapons to Ukraine.");
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Aid && e.target == vec!["UKR".to_string()]),
        "{evs:?}"
    );
}
