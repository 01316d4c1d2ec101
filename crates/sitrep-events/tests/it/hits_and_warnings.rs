//! Session 9 mends: a verb whose past is its base form ("hit") read as a
//! past in a clause ("missiles hit Kyiv"), with its economic, idiomatic and
//! weather uses left out; and a warning of another side's hostile act, which
//! is no threat by the one who warns. Each mend comes with near misses that
//! keep their reading.

use crate::common;

use common::of_type;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
petr-orlov\tperson\tPetr Orlov\tRUS\tGOV\tpresident\t2020-01-01\t\tOrlov
";

common::events_kb!(ACTORS, common::OFFICIALS, "2026-11-20");

#[test]
fn hit_after_a_noun_is_the_past_of_an_attack_with_its_object_as_target() {
    for (text, source, target) in [
        ("Russian missiles hit Kyiv on Monday.", "RUS", "UKR"),
        ("Iran's attack hit Israel overnight.", "IRN", "ISR"),
        ("Ukrainian drones hit Moscow before dawn.", "UKR", "RUS"),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(attacks[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
}

#[test]
fn hit_as_a_level_reached_an_idiom_or_an_accident_is_no_attack() {
    for text in [
        "Russia's economy hit a record low in March.",
        "Inflation in Turkey hit record levels.",
        "Turkey's exports hit a snag after the elections.",
        "Iran's currency hit new lows against the dollar.",
        "Orlov hit the campaign trail in Moscow.",
        "Russia was hit hard by the downturn.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_participle_after_weather_that_hit_a_place_has_no_attacker() {
    for text in [
        "The earthquake hit southern Turkey, killing thousands.",
        "A flood hit northern Afghanistan on Sunday, killing twelve people.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: fighters who hit a place keep the killing as their attack.
    let text = "Taliban fighters hit a checkpoint in Kabul, killing four soldiers.";
    let evs = events(text);
    let attacks = of_type(&evs, EventType::Assault);
    assert!(!attacks.is_empty(), "{text}: {evs:#?}");
    assert!(
        attacks.iter().all(|e| e.source == ids(&["taliban"])),
        "{text}: {evs:#?}"
    );
}

#[test]
fn other_verbs_whose_past_is_their_base_read_as_before() {
    // "cut" keeps its present and past readings after a state.
    for text in [
        "Russia cut gas supplies to Ukraine.",
        "Russia cut off gas to Ukraine.",
    ] {
        let evs = events(text);
        let cuts = of_type(&evs, EventType::Sanction);
        assert_eq!(cuts.len(), 1, "{text}: {evs:#?}");
        assert_eq!(cuts[0].source, ids(&["RUS"]), "{text}: {evs:#?}");
    }
}

#[test]
fn a_warning_of_another_sides_attack_is_no_threat_by_the_one_who_warns() {
    for (text, source, target) in [
        (
            "Analysts warned that Russia would attack Ukraine.",
            "RUS",
            "UKR",
        ),
        (
            "Orlov warned that Ukraine would attack Russia.",
            "UKR",
            "RUS",
        ),
        (
            "Israeli officials warned on Sunday that Iran would strike Israel.",
            "IRN",
            "ISR",
        ),
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(attacks[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Near misses: the own side's act and harm to the other side stay threats.
    for (text, aim) in [
        ("Orlov warned that Russia would strike Ukraine.", "UKR"),
        ("Orlov warned that Ukraine would pay a heavy price.", "UKR"),
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].target, ids(&[aim]), "{text}: {evs:#?}");
    }
}

#[test]
fn sanctions_that_hit_a_state_are_done_to_it_by_their_sender() {
    for text in [
        "Iran was hit by fresh sanctions from the United States.",
        "Iran was hit by U.S. sanctions.",
        "Iran was hit by American sanctions on Monday.",
    ] {
        let evs = events(text);
        let sanctions = of_type(&evs, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{text}: {evs:#?}");
        assert_eq!(sanctions[0].source, ids(&["USA"]), "{text}: {evs:#?}");
        assert_eq!(sanctions[0].target, ids(&["IRN"]), "{text}: {evs:#?}");
    }
    // Near misses: a verb of its own and a ban "from" a place keep their roles.
    let evs = events("Iran imposed sanctions on Russia.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].source, ids(&["IRN"]), "{evs:#?}");
    assert_eq!(sanctions[0].target, ids(&["RUS"]), "{evs:#?}");
    let evs = events("U.S. sanctions Iran over its programme.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].source, ids(&["USA"]), "{evs:#?}");
}

#[test]
fn a_warning_that_states_its_threat_is_coded_once() {
    let text = "Iran warned it would strike Israel if attacked.";
    let evs = events(text);
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
    assert_eq!(threats[0].source, ids(&["IRN"]), "{text}: {evs:#?}");
    assert_eq!(threats[0].target, ids(&["ISR"]), "{text}: {evs:#?}");
    // Near misses: a warning with its own addressee, and one with no threat
    // after it, stay.
    let evs = events("Orlov warned Ukraine on Monday.");
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
    let evs = events("Iran warned on Sunday that the talks had failed.");
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
}
