//! Session 52 (branch `events72`, issue #2): event coding on real news. A city named before an
//! attack noun ("the Paris attacks", "the Brussels bombing") is where the attack was, not who
//! made it; fighting a measure ("fight the Iran deal") is opposing it, and fighting for one is
//! backing it; a text, recording or figure released is published, no captive freed; every verb
//! of giving in ("bowed", "caved", "succumbed", as "yielded" and "gave in") is a concession to
//! the party whose pressure or demands follow "to", and a nationality or acronym after "to"
//! opens a noun ("to US pressure"), never an infinitive.
//! Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:the Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
BEL\tcountry\tBelgium\tBEL\t\t\t\t\tadj:Belgian|meto:Brussels
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Whether any event of `text` has `actor` as its source.
fn sourced_by(text: &str, actor: &str) -> Option<EventRecord> {
    events(text)
        .into_iter()
        .find(|e| e.source.iter().any(|a| a == actor))
}

#[test]
fn a_city_before_an_attack_noun_is_the_place_not_the_attacker() {
    for text in [
        "The Paris attack killed 130 people.",
        "The Paris attacks were the deadliest in France since the war.",
        "Paris attacks test the resolve of Europe.",
        "After the Paris attacks, voters worried about security.",
        "The Brussels bombing killed 32 people.",
    ] {
        assert!(
            sourced_by(text, "FRA").is_none(),
            "{text}: {:?}",
            events(text)
        );
        assert!(
            sourced_by(text, "BEL").is_none(),
            "{text}: {:?}",
            events(text)
        );
    }
    // Near misses: a capital that is the subject of the verb, a possessor, or the
    // doer of an attack "on" someone keeps its state as the attacker.
    for (text, target) in [
        ("Moscow attacks Kyiv with drones.", "UKR"),
        ("Moscow's attacks on Kyiv continued.", "UKR"),
    ] {
        let e = sourced_by(text, "RUS").unwrap_or_else(|| panic!("{text}: {:?}", events(text)));
        assert_eq!(e.event_type, EventType::Assault, "{text}");
        assert_eq!(e.target, ids(&[target]), "{text}");
    }
    let text = "Moscow strikes back.";
    assert!(
        sourced_by(text, "RUS").is_some(),
        "{text}: {:?}",
        events(text)
    );
    // A state's own name or adjective before the noun is its doer, as before.
    let text = "Russian attacks on Ukraine continued.";
    assert!(sourced_by(text, "RUS").is_some(), "{text}");
}

#[test]
fn fighting_a_measure_is_opposing_it() {
    let evs = events("Israel pledged to fight the Iran deal.");
    assert!(
        !evs.iter().any(|e| e.event_type == EventType::Assault),
        "{evs:?}"
    );
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Reject)
        .unwrap_or_else(|| panic!("{evs:?}"));
    assert_eq!(e.source, ids(&["ISR"]));
    assert_eq!(e.modality, Modality::Future);
    let evs = events("Israel fought against the nuclear deal.");
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Reject && e.source == ids(&["ISR"])),
        "{evs:?}"
    );
    // Fighting for a measure backs it: no opposition, no force.
    for text in [
        "Israel fought for the bill.",
        "Israel is fighting for a new law.",
        // Plurals spelt as written ("policies", "treaties").
        "Israel fought for the treaties.",
        "Israel fought for the policies.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter()
                .any(|e| matches!(e.event_type, EventType::Reject | EventType::Assault)),
            "{text}: {evs:?}"
        );
    }
    // Near miss: fighting an armed group or a state is still force.
    for text in [
        "Israel will fight Hamas.",
        "Israel vowed to fight the militant group Hamas.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|e| e.event_type == EventType::Assault && e.source == ids(&["ISR"])),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_publication_released_frees_no_captive() {
    for text in [
        "Iran did not release the amount.",
        "Iran released a poll on Monday.",
        "Iran released a tape of the meeting.",
        "Israel released its guidelines for the talks.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter().any(|e| e.event_type == EventType::Retreat),
            "{text}: {evs:?}"
        );
    }
    // Near miss: people released are freed.
    let evs = events("Israel released 20 prisoners.");
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Retreat && e.source == ids(&["ISR"])),
        "{evs:?}"
    );
}

#[test]
fn giving_in_to_a_partys_pressure_is_a_concession_to_it() {
    for text in [
        "Egypt bowed to US pressure.",
        "Egypt bowed to American pressure.",
        "Egypt caved to heavy US pressure.",
        "Egypt succumbed to American pressure.",
        "Egypt yielded to US pressure.",
        "Egypt gave in to US pressure.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter()
                .any(|e| e.source == ids(&["EGY"]) && e.event_type != EventType::Concede),
            "{text}: {evs:?}"
        );
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Concede)
            .unwrap_or_else(|| panic!("{text}: {evs:?}"));
        assert_eq!(
            (&e.source, &e.target),
            (&ids(&["EGY"]), &ids(&["USA"])),
            "{text}"
        );
    }
    // The pressure whose "from" party is named stays that party's coercion
    // of the one who bowed (events69), beside the concession.
    let evs = events("Egypt bowed to pressure from Russia.");
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Coerce
            && e.source == ids(&["RUS"])
            && e.target == ids(&["EGY"])),
        "{evs:?}"
    );
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Concede
            && e.source == ids(&["EGY"])
            && e.target == ids(&["RUS"])),
        "{evs:?}"
    );
    // Near misses: bowing to no party named is no concession.
    for text in [
        "Egypt's president bowed to the crowd.",
        "The Egyptian soldier succumbed to his wounds.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter().any(|e| e.event_type == EventType::Concede),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_nationality_after_to_opens_a_noun() {
    // "to US sanctions" is no infinitive "to sanction": the sanctions are
    // the United States', not the subject's.
    let evs = events("In response to US sanctions, Iran seized a tanker.");
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Sanction && e.source == ids(&["USA"])),
        "{evs:?}"
    );
    assert!(
        !evs.iter()
            .any(|e| e.event_type == EventType::Sanction && e.source == ids(&["IRN"])),
        "{evs:?}"
    );
    // Near miss: an infinitive after its subject is still the subject's act.
    let evs = events("Japan plans to sanction China.");
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Sanction && e.source == ids(&["JPN"])),
        "{evs:?}"
    );
}
