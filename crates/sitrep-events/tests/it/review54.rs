//! Session 54 (`review54`): the lead's `avowal_noun` rule (an act after
//! "responsibility for" or "credit for" is whoever claims or takes it)
//! worked out `k - 2` before testing that the noun stood two words in; an
//! event noun right after an opening preposition ("In talks with …", "For
//! attacks on …") made it underflow, a panic in a debug build. Invented
//! sentences; each still codes its events, and the rule still holds.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
HOUTHIS\tarmed_group\tHouthis\tYEM\tREB\t\t\t\t
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|meto:Washington
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn has(evs: &[EventRecord], event_type: EventType, source: &str) -> bool {
    evs.iter()
        .any(|e| e.event_type == event_type && e.source == [source.to_string()])
}

#[test]
fn an_event_noun_right_after_an_opening_preposition_is_read() {
    for (text, event_type, source) in [
        (
            "In talks with Iran, Russia imposed sanctions on Israel.",
            EventType::Sanction,
            "RUS",
        ),
        (
            "For attacks on shipping, the United States imposed sanctions on the Houthis.",
            EventType::Sanction,
            "USA",
        ),
    ] {
        let evs = events(text);
        assert!(has(&evs, event_type, source), "{text}: {evs:?}");
    }
}

#[test]
fn the_avowal_rule_still_holds_two_words_in() {
    let evs = events("The Houthis took responsibility for the attack on the ship.");
    assert!(has(&evs, EventType::Assault, "HOUTHIS"), "{evs:?}");
}
