//! Passives whose "in" phrase names the means of the event ("killed in an
//! Israeli air strike"), and passives of verbs whose participle is their base
//! form ("was put under investigation"); and lexicon rows for strikes named
//! by their length, lifted restrictions and hearings into an affair.

use crate::common;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|place:Gaza
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
official\tGOV\tperson
";

common::events_kb!(ACTORS, ROLES, "2018-06-01");

#[test]
fn the_doer_of_an_attack_noun_in_the_in_phrase_is_the_doer_of_the_passive() {
    let evs = events("Five Iraqi policemen were killed in Israeli shelling on Tuesday.");
    assert_eq!(
        evs.len(),
        1,
        "one event, not a killing and a shelling: {evs:#?}"
    );
    assert_eq!(evs[0].event_type, EventType::Assault);
    assert_eq!(evs[0].trigger.text, "killed");
    assert_eq!(evs[0].source, ids(&["ISR"]));
    assert_eq!(evs[0].target, ids(&["IRQ"]));
}

#[test]
fn the_place_after_the_means_stays_the_place() {
    let evs = events("Three Palestinian fishermen were wounded in an Israeli air strike in Gaza.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["ISR"]));
    assert_eq!(evs[0].target, ids(&["PSE"]));
    let evs = events("Two officials were killed in Israeli shelling in Gaza.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["ISR"]));
    // The demonym before the noun is the doer, not where it happened.
    assert!(!evs[0].target.contains(&"ISR".to_string()), "{evs:#?}");
    assert_eq!(evs[0].place, ids(&["PSE"]));
}

#[test]
fn a_named_group_before_the_attack_noun_is_the_doer() {
    let evs = events("Four French soldiers were killed in a Taliban attack.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].trigger.text, "killed");
    assert_eq!(evs[0].source, ids(&["taliban"]));
    assert_eq!(evs[0].target, ids(&["FRA"]));
}

#[test]
fn was_put_under_investigation_is_a_passive() {
    let evs = events("An Iraqi diplomat was put under investigation in France.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Accuse);
    // The diplomat is who is investigated, not the investigator.
    assert!(evs[0].source.is_empty(), "{evs:#?}");
    assert_eq!(evs[0].target, ids(&["IRQ"]));
    assert_eq!(evs[0].place, ids(&["FRA"]));
}

#[test]
fn be_ready_to_is_no_passive() {
    let evs = events("France is ready to put Iraqi officials under investigation.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["FRA"]));
}

#[test]
fn a_strike_named_by_its_length_is_a_labour_protest() {
    let evs = events("Iraqi dock workers began a two-day strike on Monday.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Protest);
    assert_eq!(evs[0].mode.as_deref(), Some("boycott"));
}

#[test]
fn cancelling_or_relaxing_restrictions_is_a_concession() {
    for text in [
        "Israel cancelled restrictions on Palestinian fishermen.",
        "Israel relaxed restrictions on Palestinian fishermen.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(evs[0].event_type, EventType::Concede, "{text}");
        assert_eq!(evs[0].source, ids(&["ISR"]), "{text}");
    }
}

#[test]
fn a_hearing_into_an_affair_is_an_inquiry() {
    let evs = events("Israel's parliament opened a hearing into the Gaza raid.");
    let accuse: Vec<_> = evs
        .iter()
        .filter(|e| e.event_type == EventType::Accuse)
        .collect();
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].mode.as_deref(), Some("investigate"));
}
