//! Session 9 mends of the events10 merge: "hit" read as a past attack only
//! after a subject that can attack, the target of a passive "hit hard by",
//! the target of sanction nouns with "from", and the dyad of warnings about
//! the other side. Each mend comes with near misses that keep their reading.

use crate::common;

use common::of_type;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tadj:North Korean|meto:Pyongyang
VEN\tcountry\tVenezuela\tVEN\t\t\t\t\tadj:Venezuelan|meto:Caracas
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
coe\tigo\tCouncil of Europe\t\t\t\t\t\t
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|meto:Gaza
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
farmers\tAGR\tgroup
troops\tMIL\tgroup
";

common::events_kb!(ACTORS, ROLES, "2026-11-20");

#[test]
fn hit_after_a_subject_that_cannot_attack_is_no_attack() {
    for text in [
        "The currency crisis hit Egypt's importers last year.",
        "The new duty hit Japanese carmakers in the spring.",
        "The Japanese yen hit a 30-year low on Friday.",
        "Chinese shares hit their weakest level since 2019.",
        "The drought hit Egyptian farmers hardest.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn hit_after_an_actor_a_weapon_or_an_attack_stays_an_attack() {
    for (text, source, target) in [
        ("A Ukrainian drone hit Moscow before dawn.", "UKR", "RUS"),
        ("Russian troops hit Kyiv with rockets.", "RUSMIL", "UKR"),
        ("The Israeli strike hit Iran overnight.", "ISR", "IRN"),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(attacks[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
}

#[test]
fn an_adverb_between_the_passive_and_its_agent_keeps_the_target() {
    for (text, ty, source, target) in [
        (
            "Gaza was hit hard by Israeli airstrikes on Sunday.",
            EventType::Assault,
            "ISR",
            "PSE",
        ),
        (
            "Iran was hit hard by Israeli strikes at dawn.",
            EventType::Assault,
            "ISR",
            "IRN",
        ),
        (
            "Egypt was rocked by Israeli strikes on Sunday.",
            EventType::Assault,
            "ISR",
            "EGY",
        ),
        (
            "Venezuela was hit hard by U.S. sanctions.",
            EventType::Sanction,
            "USA",
            "VEN",
        ),
    ] {
        let evs = events(text);
        let found = of_type(&evs, ty);
        assert_eq!(found.len(), 1, "{text}: {evs:#?}");
        assert_eq!(found[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(found[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Near misses: no attacker in the agent, and "hit hard" with an object.
    for text in [
        "Egypt was hit hard by the downturn.",
        "The scandal hit the ruling party hard before the vote.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_from_phrase_inside_a_sanctions_object_is_its_target() {
    for (text, source, target) in [
        (
            "Ukraine imposed an embargo on grain from Russia.",
            "UKR",
            "RUS",
        ),
        (
            "Japan extended its embargo on steel from China.",
            "JPN",
            "CHN",
        ),
    ] {
        let evs = events(text);
        let found = of_type(&evs, EventType::Sanction);
        assert_eq!(found.len(), 1, "{text}: {evs:#?}");
        assert_eq!(found[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(found[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
}

#[test]
fn sanctions_from_a_sender_fall_on_the_subject_that_faces_them() {
    for (text, source, target) in [
        (
            "Iran faces new sanctions from the United States over its missiles.",
            "USA",
            "IRN",
        ),
        (
            "Russia faced suspension from the Council of Europe.",
            "coe",
            "RUS",
        ),
    ] {
        let evs = events(text);
        let found = of_type(&evs, EventType::Sanction);
        assert_eq!(found.len(), 1, "{text}: {evs:#?}");
        assert_eq!(found[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(found[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Near misses: the sender imposing them, and the sanctions' sender
    // right after the noun with no verb of receiving before it.
    let evs = events("The United States imposed new sanctions on Iran.");
    let found = of_type(&evs, EventType::Sanction);
    assert_eq!(found.len(), 1, "{evs:#?}");
    assert_eq!(found[0].source, ids(&["USA"]), "{evs:#?}");
    assert_eq!(found[0].target, ids(&["IRN"]), "{evs:#?}");
    let evs = events("Officials discussed sanctions from the United States.");
    for e in of_type(&evs, EventType::Sanction) {
        assert_eq!(e.source, ids(&["USA"]), "{evs:#?}");
        assert!(e.target.is_empty(), "{evs:#?}");
    }
}

#[test]
fn a_warned_attack_on_it_or_the_country_is_on_the_one_who_warns() {
    for (text, source, target) in [
        (
            "Venezuela warned that the United States would attack it.",
            "USA",
            "VEN",
        ),
        (
            "Egypt warned that Israel would strike its border posts.",
            "ISR",
            "EGY",
        ),
        (
            "North Korea warned that the United States would invade the country.",
            "USA",
            "PRK",
        ),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(attacks[0].target, ids(&[target]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a named target stays, and a warning with no object
    // pointing back leaves the target open.
    for (text, target) in [
        ("Egypt warned that Israel would attack Iran.", vec!["IRN"]),
        ("Egypt warned that Israel would attack soon.", vec![]),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].target, ids(&target), "{text}: {evs:#?}");
    }
}

#[test]
fn a_warned_conditional_strike_by_the_other_side_is_its_attack_not_its_threat() {
    let text = "Israel warned that Hezbollah would strike Israel if the fighting widened.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Threaten).is_empty(),
        "{text}: {evs:#?}"
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
    assert_eq!(attacks[0].source, ids(&["hezbollah"]), "{text}: {evs:#?}");
    assert_eq!(attacks[0].target, ids(&["ISR"]), "{text}: {evs:#?}");
    // Near misses: the one who warns states its own conditional threat.
    for text in [
        "Iran warned it would strike Israel if attacked.",
        "Iran threatened to strike Israel if attacked.",
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].source, ids(&["IRN"]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}
