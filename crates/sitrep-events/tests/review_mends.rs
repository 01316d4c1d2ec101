//! Mends of session 10's review of the events11 rules: a counterpart named
//! in both the object and the summit, the perfect of "hit" after a relative
//! or a singular attacker noun, the speaker's own attacks in a passive, the
//! mode of a folded threat, and more instruments of a hitting verb.
//! Each mend comes with near misses that keep their reading.

mod common;

use common::{ids, of_type};
use sitrep_record::{EventRecord, EventType};
use std::sync::OnceLock;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|meto:London
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
nato\tigo\tNATO\t\tIGO\t\t\t\t
sco\tigo\tShanghai Cooperation Organisation\t\tIGO\t\t\t\tabbr:SCO
lena-varga\tperson\tLena Varga\tFRA\tGOV\tpresident\t2020-01-01\t\tVarga
otto-brenner\tperson\tOtto Brenner\tDEU\tGOV\tchancellor\t2020-01-01\t\tBrenner
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
army\tMIL\tgroup
";

fn kb() -> &'static sitrep_kb::Kb {
    static KB: OnceLock<sitrep_kb::Kb> = OnceLock::new();
    KB.get_or_init(|| common::inline_kb(ACTORS, ROLES))
}

fn events(text: &str) -> Vec<EventRecord> {
    common::events_in(kb(), "2026-11-20", text)
}

#[test]
fn a_counterpart_named_before_the_summit_stays_when_it_also_hosts_it() {
    for (text, counterpart) in [
        (
            "Varga met NATO leaders at the NATO summit in Vilnius.",
            "nato",
        ),
        ("Brenner met EU leaders at an EU summit in Brussels.", "eu"),
        (
            "Varga held talks with SCO leaders at the SCO summit.",
            "sco",
        ),
    ] {
        let evs = events(text);
        let meetings = of_type(&evs, EventType::Consult);
        assert_eq!(meetings.len(), 1, "{text}: {evs:#?}");
        assert_eq!(meetings[0].target, ids(&[counterpart]), "{text}: {evs:#?}");
    }
    // Near miss: the host named only in the venue is no counterpart.
    let evs = events("Varga met Brenner at the SCO summit.");
    let meetings = of_type(&evs, EventType::Consult);
    assert_eq!(meetings.len(), 1, "{evs:#?}");
    assert_eq!(meetings[0].target, ids(&["otto-brenner"]), "{evs:#?}");
}

#[test]
fn the_perfect_of_hit_after_a_relative_or_a_singular_attacker_is_an_attack() {
    for (text, target) in [
        (
            "Hezbollah, which has hit Israeli towns, vowed revenge.",
            "ISR",
        ),
        ("The drones that have hit Kyiv were made in Iran.", "UKR"),
        ("The militia has hit U.S. bases in Syria.", "USA"),
        (
            "The militia that has hit Israeli towns was disbanded.",
            "ISR",
        ),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert!(
            attacks.iter().any(|e| e.target == ids(&[target])),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: what cannot attack still does not hit.
    for text in [
        "Inflation has hit Russia's economy.",
        "The crisis that has hit Lebanon's banks deepened.",
        "The downturn, which has hit Germany's carmakers, worsened.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_passive_that_is_no_obstruction_leaves_the_speaker_the_doer() {
    let evs = events("Russia said its strikes were targeted at military facilities.");
    let attacks = of_type(&evs, EventType::Assault);
    assert!(
        attacks.iter().any(|e| e.source == ids(&["RUS"])),
        "{evs:#?}"
    );
    let evs = events("Israel said the strikes were aimed at Hezbollah fighters.");
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, ids(&["ISR"]), "{evs:#?}");
    // Near misses: obstructed aid is not the speaker's, nor is an act a
    // "by" agent names.
    let evs = events("The United Nations said aid was blocked at the border.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    let evs = events("Talks were mediated by Qatar, the State Department said.");
    assert!(evs.iter().all(|e| e.source != ids(&["USA"])), "{evs:#?}");
}

#[test]
fn a_warning_of_ones_own_attack_or_penalty_keeps_its_mode() {
    for (text, mode) in [
        (
            "Iran warned it would strike Israel if attacked.",
            "violence",
        ),
        ("Hezbollah warned it would attack Israel.", "violence"),
        (
            "The EU warned it would impose sanctions on Russia.",
            "restrict",
        ),
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].mode.as_deref(), Some(mode), "{text}: {evs:#?}");
    }
}

#[test]
fn more_instruments_of_a_hitting_verb_make_a_sanction() {
    for text in [
        "China hit back with sanctions on American defence firms.",
        "Washington hit Poland and Germany with 25% tariffs.",
        "The EU hit Russia with a 14th package of sanctions.",
        "Russia hit Ubertech with a record fine.",
        "Washington hit Beijing with tariffs.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
        let sanctions = of_type(&evs, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            sanctions[0].mode.as_deref(),
            Some("restrict"),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: weapons stay the instrument of an attack.
    for text in [
        "Russia hit Ukraine with a barrage of missiles.",
        "Russia hit Ukraine with missiles and drones.",
    ] {
        let evs = events(text);
        assert!(
            !of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}
