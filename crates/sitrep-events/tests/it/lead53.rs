//! Session 53 (the lead, issue #2): a body that agrees sanctions imposes them ("EU foreign
//! ministers are expected to agree new sanctions on Iran" was AGREE with Iran as target).
//! Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
EU\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

#[test]
fn agreeing_sanctions_imposes_them() {
    for (text, target) in [
        ("The EU agreed new sanctions on Iran.", "IRN"),
        (
            "The EU agreed on a new package of sanctions against Russia.",
            "RUS",
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let sanction = evs
            .iter()
            .find(|e| e.event_type == EventType::Sanction)
            .unwrap_or_else(|| panic!("no SANCTION in {text:?}: {evs:?}"));
        assert_eq!(sanction.source, vec!["EU".to_string()], "{text}");
        assert_eq!(sanction.target, vec![target.to_string()], "{text}");
    }
    // Near miss: agreeing to talks is agreement, with sanctions or without.
    let evs: Vec<EventRecord> = events("Iran agreed to resume talks with Russia.");
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Sanction),
        "{evs:?}"
    );
}
