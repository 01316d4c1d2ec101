//! Mends from session 10's probes of ordinary news: an economic penalty as
//! the instrument of a hitting verb makes a sanction, a participle after a
//! sanction names whom it hits, attackers named by a plain noun and the
//! perfect of "hit", a warning without its "that", a participle before its
//! noun, an event noun as the subject of a passive, "(not) ruled out", and
//! a summit or visit as the occasion of a meeting.
//! The second part mends what a review of these rules found: a counterpart
//! named in both the object and the summit, the perfect of "hit" after a
//! relative or a singular attacker noun, the speaker's own attacks in a
//! passive, the mode of a folded threat, and more instruments of a hitting
//! verb.
//! Each mend comes with near misses that keep their reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::{EventType, Modality};

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

common::events_kb!(ACTORS, ROLES, "2026-11-20");

#[test]
fn an_economic_penalty_as_the_instrument_makes_a_hit_a_sanction() {
    for text in [
        "The EU hit Moscow with sanctions over the invasion.",
        "Washington hit Beijing with new tariffs on Monday.",
        "Britain struck Russia with fresh sanctions on Tuesday.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
        let sanctions = of_type(&evs, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{text}: {evs:#?}");
        assert!(!sanctions[0].target.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a weapon or no "with" phrase keeps the attack.
    let evs = events("Russia hit Kyiv with missiles overnight.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
    let evs = events("Israeli jets hit Hezbollah positions on Sunday.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_participle_after_a_sanction_names_whom_it_hits() {
    let evs = events("Britain announced new sanctions on Russia, targeting its shadow fleet.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    assert_eq!(of_type(&evs, EventType::Sanction).len(), 1, "{evs:#?}");
    // Near miss: after an attack, the participle is an attack of its own.
    let evs = events("Russia launched drones at Ukraine overnight, targeting its power grid.");
    assert!(!of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn plain_attacker_nouns_and_the_perfect_of_hit() {
    let evs = events("Iranian hackers hit U.S. water utilities last week.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].target, ids(&["USA"]));
    let evs = events("Israel has hit Hezbollah positions in Lebanon.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    // Near misses: what cannot attack does not hit, in the perfect too.
    for text in [
        "The crisis has hit Lebanon's banks.",
        "The storm has hit the Lebanese coast.",
        "Oil prices have hit a record high in Lebanon.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_warning_without_that_reads_as_with_it() {
    // Another side's act: the act itself, not a threat by the one who warns.
    let evs = events("Poland warned Russia would attack NATO.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, ids(&["RUS"]));
    // Its own act: one threat aimed at the act's object.
    let evs = events("Iran warned it would strike Israel.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Threaten);
    assert_eq!(evs[0].source, ids(&["IRN"]));
    assert_eq!(evs[0].target, ids(&["ISR"]));
    // Near miss: a warning with a plain object keeps its target.
    let evs = events("China warned Britain over its navy patrols.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].target, ids(&["GBR"]));
}

#[test]
fn a_participle_before_its_noun_reports_no_act() {
    let evs = events("Qatar pledged to expel exiled leaders of the movement.");
    assert!(of_type(&evs, EventType::Coerce).is_empty(), "{evs:#?}");
    let evs = events("The two jailed Iranian activists met French officials.");
    assert!(of_type(&evs, EventType::Coerce).is_empty(), "{evs:#?}");
    // Near misses: a participle with its subject or a passive is the act.
    let evs = events("Russia jailed two Ukrainian activists on Monday.");
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
    let evs = events("Two Ukrainian activists were jailed by Russia.");
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
}

#[test]
fn an_event_noun_subject_of_a_passive_is_not_the_speakers_act() {
    let evs = events("The United Nations said aid was blocked.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    // Near miss: a doer named inside the noun's phrase stays its source.
    let evs = events("Officials said Qatari aid was delivered to Lebanon.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["QAT"]));
}

#[test]
fn not_ruling_out_leaves_the_event_open() {
    // (Talks ruled out are a refusal to meet of their own, a REJECT row since session 51,
    // events71: a visit keeps the open reading here.)
    let evs = events("Germany has not ruled out a visit to Russia.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Hypothetical);
    // Force kept open is a threat made now (session 38, `events45`).
    let evs = events("Germany has not ruled out sending troops to Ukraine.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Threaten, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Asserted);
    let evs = events("France ruled out sending troops to Ukraine.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Negated);
    // Near misses: a plain negation, and "ruling" as an adjective.
    let evs = events("Germany did not send troops to Ukraine.");
    assert_eq!(evs[0].modality, Modality::Negated);
    let evs = events("The ruling party in Germany sent troops to Ukraine.");
    assert_eq!(evs[0].modality, Modality::Asserted);
}

#[test]
fn a_summit_or_visit_after_at_or_during_is_the_occasion_of_the_meeting() {
    for text in [
        "Varga met Brenner at the SCO summit on Monday.",
        "Varga will meet Zhou at the SCO summit.",
        "Varga held talks with Brenner at the SCO summit.",
        "Varga held talks with Brenner during a visit to Berlin.",
        "Varga met Brenner during a two-day trip to Germany.",
    ] {
        let evs = events(text);
        let meetings = of_type(&evs, EventType::Consult);
        assert_eq!(meetings.len(), 1, "{text}: {evs:#?}");
        assert!(
            !meetings[0].target.iter().any(|a| a == "sco"),
            "{text}: {evs:#?}"
        );
        assert_eq!(meetings[0].source, ids(&["lena-varga"]));
    }
    // Near misses: a place after "at" is no meeting, and a summit reported
    // on its own is the event.
    let evs = events("Varga met Brenner at the Elysee Palace on Monday.");
    let meetings = of_type(&evs, EventType::Consult);
    assert_eq!(meetings.len(), 1, "{evs:#?}");
    assert_eq!(meetings[0].target, ids(&["otto-brenner"]));
    let evs = events("A fire broke out at the summit venue in Paris.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    // A visit after another act is an event of its own.
    let evs = events("Varga criticized Brenner during a visit to Berlin.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

// The review of the rules above (its mends share their knowledge base).

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
