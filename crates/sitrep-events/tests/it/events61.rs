//! Session 46 (branch `events61`, issue #2): event senses on real news. A handheld weapon
//! named beside an attack word keeps it an assault ("attacked him with a knife"), while a weapon
//! noun that modifies another ("gun control") is no weapon wielded; the prepositions that name
//! the topic of talk are a word class (`topic_prep`), so "X talks regarding" is read as "X talks
//! about". Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

fn the_one(text: &str, ty: EventType) -> sitrep_record::EventRecord {
    let evs = events(text);
    let found = of_type(&evs, ty);
    assert_eq!(found.len(), 1, "{text}: {evs:#?}");
    found[0].clone()
}

fn none_of(text: &str, ty: EventType) {
    let evs = events(text);
    assert!(of_type(&evs, ty).is_empty(), "{text}: {evs:#?}");
}

/// `text` tells one event of type `ty` from `source` at `target`, and none of type `not`.
fn coded_as(text: &str, ty: EventType, not: EventType, source: &str, target: &str) {
    none_of(text, not);
    let e = the_one(text, ty);
    assert_eq!(
        (e.source.clone(), e.target.clone()),
        (ids(&[source]), ids(&[target])),
        "{text}: {e:#?}"
    );
}

#[test]
fn an_attack_with_a_handheld_weapon_is_an_assault() {
    for text in [
        "Smith attacked Jones with a knife on Tuesday.",
        "Smith attacked Jones with a rifle outside the courthouse.",
        "Smith attacked Jones with a machete.",
    ] {
        coded_as(
            text,
            EventType::Assault,
            EventType::Accuse,
            "john-smith",
            "mary-jones",
        );
    }
}

#[test]
fn a_weapon_noun_that_modifies_another_is_no_weapon_wielded() {
    // "gun control", "gun laws": a policy; "a knife's edge": a figure; "Gun!" shouted, a word.
    for text in [
        "Smith attacked Jones over gun control on Tuesday.",
        "Smith attacked Jones over the state's gun laws.",
        "Smith attacked Jones as the race stood on a knife's edge.",
        "Smith attacked Jones after someone had shouted \"Gun!\" at the rally.",
    ] {
        coded_as(
            text,
            EventType::Accuse,
            EventType::Assault,
            "john-smith",
            "mary-jones",
        );
    }
}

#[test]
fn a_person_who_talks_regarding_a_topic_negotiates_nothing() {
    for text in [
        "Smith talks regarding a revolution.",
        "In a speech in 2013, Jones talks concerning the blame that banks faced.",
    ] {
        none_of(text, EventType::Consult);
    }
    // Near miss: talks with a party named are a consultation.
    the_one(
        "Smith talks with Putin regarding trade.",
        EventType::Consult,
    );
}

#[test]
fn a_stance_on_a_policy_supports_no_party() {
    for text in [
        "Smith supports universal health care.",
        "Jones has supported stem cell research in the Senate.",
        "Smith said he would not support the deep spending cuts.",
    ] {
        none_of(text, EventType::Support);
    }
    // Near misses: a party named, a body a common noun names, a pronoun's referent.
    coded_as(
        "Smith supports Putin.",
        EventType::Support,
        EventType::Reject,
        "john-smith",
        "vladimir-putin",
    );
    the_one(
        "Jones said Smith would support the government.",
        EventType::Support,
    );
    the_one(
        "Putin met Smith and said he would support him.",
        EventType::Support,
    );
    // A party a `party_noun` names keeps the support (session 46 review).
    for text in [
        "Putin supported the opposition.",
        "Smith supports the separatists in the east.",
        "Jones endorsed the coalition.",
    ] {
        the_one(text, EventType::Support);
    }
}

#[test]
fn a_number_after_a_weapon_is_no_noun_it_modifies() {
    // Session 46 review: "knife 20 times" wields the knife as "knife." does.
    coded_as(
        "Putin attacked Smith with a knife 20 times.",
        EventType::Assault,
        EventType::Accuse,
        "vladimir-putin",
        "john-smith",
    );
}
