//! Event rules of branch events30 (session 18, probe19's findings): a past participle
//! before its noun after a verb or an infinitive is a modifier ("carried sanctioned oil");
//! "support from X" names X as the supporter; a definite event noun that opens its clause
//! as the subject of "be" restates an event told before; a warning about what a thing will
//! do is no threat (the lead's convention: only the warner's own side's act is).

use crate::common;

use common::{by_trigger, event_by_trigger as event, ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
VEN\tcountry\tVenezuela\tVEN\t\t\t\t\tadj:Venezuelan
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:U.S.|meto:Washington
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-01");

#[test]
fn a_participle_before_its_noun_after_a_verb_or_infinitive_is_no_event() {
    for text in [
        "Ships carried sanctioned oil from Venezuela to China.",
        "The tanker was used to ship sanctioned oil from Venezuela and Iran.",
    ] {
        let evs = events(text);
        assert!(by_trigger(&evs, "sanctioned").is_none(), "{text}: {evs:#?}");
    }
    // Near miss: after an auxiliary the participle is the verb.
    let text = "Washington has sanctioned oil firms in Iran.";
    let evs = events(text);
    let e = event(&evs, "sanctioned", text);
    assert_eq!(e.event_type, EventType::Sanction, "{e:#?}");
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");
}

#[test]
fn support_from_names_the_supporter_and_the_possessor_receives_it() {
    let text = "Israel would lose all of its support from the United States.";
    let evs = events(text);
    let e = event(&evs, "support", text);
    assert_eq!(e.event_type, EventType::Support, "{e:#?}");
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["ISR"]), "{e:#?}");
    // Near miss: no "from" phrase, the possessor gives.
    let evs = events("Germany reaffirmed its support for Ukraine.");
    let e = of_type(&evs, EventType::Support);
    assert_eq!(e.len(), 1, "{evs:#?}");
    assert_eq!(e[0].source, ids(&["DEU"]), "{evs:#?}");
}

#[test]
fn a_definite_event_noun_as_subject_of_be_restates_the_event_told_before() {
    let text = "An Israeli strike hit a camp in Lebanon on Tuesday. \
                The strike was the deadliest on Lebanon since the truce took effect.";
    let evs = events(text);
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert!(
        assaults[0].sentence.text.starts_with("An Israeli"),
        "{evs:#?}"
    );
    // Near miss: no strike told before, the noun is the event.
    let text = "The strike was the deadliest on Lebanon since the truce took effect.";
    let evs = events(text);
    assert!(by_trigger(&evs, "strike").is_some(), "{evs:#?}");
}

#[test]
fn a_warning_about_what_a_thing_will_do_is_no_threat() {
    for text in [
        "Rubio warned that the move could threaten the peace deal.",
        "The minister warned that the decision would undermine the ceasefire with Israel.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: the warner's own act or side, and a copula that may state
    // the warner's own response, stay threats.
    for text in [
        "Israel warned that it would respond.",
        "Iran warned that the country could resume enrichment.",
        "Iran warned that the response would be severe if Israel retaliated.",
    ] {
        let evs = events(text);
        assert!(
            !of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}
