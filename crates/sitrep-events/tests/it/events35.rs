//! Participant and modality rules of branch events35 (session 22, issue #2), from probe22's
//! unseen news: a hostile act that a speaker confirms or records, aimed at no one else, is
//! not the speaker's act ("The Russian Defense Ministry confirmed attacks on airfields"); the
//! subject of a verb of getting round something ("companies that help Russia circumvent
//! sanctions") is on the receiving end of the noun's act, not its doer; a rejected
//! accusation behind coordinated modifiers is no accusation by the rejecter; a manner adverb
//! inside a passive keeps it passive ("are generally prohibited from"); a cooperative act
//! toward one's own people ("thanked his supporters") is no event; an obligation on a passive
//! ("Moscow should not be rewarded") or on the government voice's own state is no demand;
//! "can" says what may be done (hypothetical); a negated main verb after a relative clause
//! does not negate an event noun inside that clause.

use crate::common;

use common::by_trigger;
use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
AUS\tcountry\tAustralia\tAUS\t\t\t\t\tadj:Australian|meto:Canberra
NZL\tcountry\tNew Zealand\tNZL\t\t\t\t\t
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
xi-jinping\tperson\tXi Jinping\tCHN\tGOV\tpresident\t\t\tXi
eu\tigo\tEuropean Union\t\t\t\t\t\tabbr:EU|meto:Brussels
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-04");

fn args(e: &EventRecord) -> (Vec<String>, Vec<String>) {
    (e.source.clone(), e.target.clone())
}

/// The events of `text` with one claim: `speaker` says `content` with `cue`.
fn reported(text: &str, speaker: &str, cue: &str, content: &str) -> Vec<EventRecord> {
    KB.reported("2025-06-04", text, speaker, cue, content)
}

#[test]
fn a_confirmed_hostile_act_is_not_the_confirmers() {
    for (text, cue, content) in [
        (
            "Russia confirmed attacks on airfields in five regions.",
            "confirmed",
            "attacks on airfields in five regions",
        ),
        ("Russia confirmed the attacks.", "confirmed", "the attacks"),
        (
            "Moscow verified drone strikes on two bases.",
            "verified",
            "drone strikes on two bases",
        ),
    ] {
        let evs = reported(text, "RUS", cue, content);
        assert!(
            evs.iter().all(|e| !e.source.contains(&"RUS".to_string())),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a confirmed strike on another party, and an announced one,
    // stay the speaker's act.
    let text = "Israel confirmed strikes on Hezbollah positions.";
    let evs = reported(text, "ISR", "confirmed", "strikes on Hezbollah positions");
    let e = by_trigger(&evs, "strikes").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(
        args(e),
        (vec!["ISR".into()], vec!["hezbollah".into()]),
        "{text}"
    );
    let text = "Russia announced attacks on airfields.";
    let evs = reported(text, "RUS", "announced", "attacks on airfields");
    let e = by_trigger(&evs, "attacks").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.source, vec!["RUS".to_string()], "{text}");
}

#[test]
fn who_gets_round_sanctions_is_their_target() {
    for text in [
        "They include companies that help Russia circumvent sanctions.",
        "Iran bypassed American sanctions for years.",
    ] {
        let evs = events(text);
        let e = by_trigger(&evs, "sanctions").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        let (source, target) = args(e);
        assert!(
            !source.contains(&"RUS".to_string()) && !source.contains(&"IRN".to_string()),
            "{text}: {e:#?}"
        );
        assert!(
            target == vec!["RUS".to_string()] || target == vec!["IRN".to_string()],
            "{text}"
        );
    }
    // Near miss: a verb that imposes them keeps its subject as the doer.
    let text = "The EU imposed sanctions on Russia.";
    let evs = events(text);
    let e = by_trigger(&evs, "imposed sanctions").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(args(e), (vec!["eu".into()], vec!["RUS".into()]), "{text}");
}

#[test]
fn a_rejected_accusation_is_not_the_rejecters() {
    for text in [
        "Israel rejected the absurd and false accusations.",
        "Israel rejected the accusations.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Accuse),
            "{text}: {evs:#?}"
        );
        assert!(by_trigger(&evs, "rejected").is_some(), "{text}: {evs:#?}");
    }
    // Near miss: coordinated modifiers before an act of force after a verb
    // that is no speech act leave the noun its own event.
    let text = "Russia launched large and deadly attacks on Ukraine.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Assault),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_manner_adverb_keeps_a_passive() {
    let text = "Russian banks are generally prohibited from engaging in transactions.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Sanction)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert!(e.source.is_empty(), "{text}: {e:#?}");
    assert_eq!(e.target, vec!["RUS".to_string()], "{text}");
    // Near miss: an active verb after the adverb keeps its subject.
    let text = "Washington generally prohibited Russian banks from engaging in transactions.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Sanction)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.source, vec!["USA".to_string()], "{text}");
}

#[test]
fn thanking_ones_own_people_is_no_event() {
    for text in [
        "Tusk thanked his supporters.",
        "The Polish president praised his aides.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Support),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: thanking another party is support.
    let text = "Poland thanked EU leaders for their help.";
    let evs = events(text);
    let e = by_trigger(&evs, "thanked").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.target, vec!["eu".to_string()], "{text}");
}

#[test]
fn obligations_on_a_passive_or_on_ones_own_state_are_no_demand() {
    for (text, speaker, cue, content) in [
        (
            "The EU said that Moscow should not be rewarded for its aggression.",
            "eu",
            "said",
            "Moscow should not be rewarded for its aggression",
        ),
        (
            "Xi Jinping said that China and its neighbours should carry forward the spirit of the summit.",
            "xi-jinping",
            "said",
            "China and its neighbours should carry forward the spirit of the summit",
        ),
    ] {
        let evs = reported(text, speaker, cue, content);
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Request),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: an active obligation on another state is a demand, said by a
    // state or by a government person.
    let text = "Xi Jinping said that Russia must withdraw its forces.";
    let evs = reported(
        text,
        "xi-jinping",
        "said",
        "Russia must withdraw its forces",
    );
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Request),
        "{text}: {evs:#?}"
    );
    let text = "The EU said that Russia must withdraw its forces.";
    let evs = reported(text, "eu", "said", "Russia must withdraw its forces");
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Request)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(args(e), (vec!["eu".into()], vec!["RUS".into()]), "{text}");
}

#[test]
fn can_says_what_may_be_done() {
    let text = "The president of Poland can veto laws.";
    let evs = events(text);
    let e = by_trigger(&evs, "veto").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.modality, Modality::Hypothetical, "{text}");
    // Near miss: the vetoing done.
    let text = "The president of Poland vetoed the laws.";
    let evs = events(text);
    let e = by_trigger(&evs, "vetoed").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.modality, Modality::Asserted, "{text}");
}

#[test]
fn a_negated_main_verb_does_not_negate_a_noun_in_a_relative_clause() {
    let text = "Amendments that referred to Russia's invasion of Ukraine were not adopted.";
    let evs = events(text);
    let e = by_trigger(&evs, "invasion").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_ne!(e.modality, Modality::Negated, "{text}: {e:#?}");
    // Near misses: "that" opening a clause with its own subject is no
    // relative pronoun, and the event noun as the subject itself.
    let text = "Poland said that its operations in support of Ukraine would continue.";
    let evs = events(text);
    let e = by_trigger(&evs, "support").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    // "would continue" still says the support is not a done act.
    assert_ne!(e.modality, Modality::Asserted, "{text}: {e:#?}");
    let text = "Russia's attack on Ukraine was not carried out.";
    let evs = events(text);
    let e = by_trigger(&evs, "attack").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.modality, Modality::Negated, "{text}: {e:#?}");
}

#[test]
fn a_name_the_objects_people_stand_against_is_no_target() {
    for text in [
        "Russian agents targeted journalists critical of the Kremlin.",
        "Iran arrested activists hostile to Israel.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter().all(|e| !e.target.contains(&"RUS".to_string())
                && !e.target.contains(&"ISR".to_string())),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: an "of" phrase naming whose people they are stays.
    let text = "Russian agents targeted leaders of Ukraine.";
    let evs = events(text);
    let e = by_trigger(&evs, "targeted").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.target, vec!["UKR".to_string()], "{text}");
}

#[test]
fn a_cooperative_nouns_partner_is_not_attacked() {
    let text = "Hezbollah attacked ships in what it calls solidarity with Iran.";
    let evs = events(text);
    let e = by_trigger(&evs, "attacked").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert!(e.target.is_empty(), "{text}: {e:#?}");
    // Near miss: a hostile noun's phrase is no partner ("in retaliation
    // against").
    let text = "Hezbollah attacked ships in retaliation against Israel.";
    let evs = events(text);
    let e = by_trigger(&evs, "attacked").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.target, vec!["ISR".to_string()], "{text}");
}

#[test]
fn number_bounds_and_own_are_rows() {
    // "up to", "at least" and "own" read from events-words.tsv: the bound is
    // no preposition ("up to 100 Ukrainians" is no phrase "to Ukraine"), and
    // approving one's own plan is no support.
    let text = "Russia attacked at least 20 Ukrainian towns.";
    let evs = events(text);
    let e = by_trigger(&evs, "attacked").unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.target, vec!["UKR".to_string()], "{text}");
    let text = "Poland approved its own plan.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Support),
        "{text}: {evs:#?}"
    );
}

#[test]
fn an_economic_subject_of_a_passive_hit_is_no_attack() {
    let text = "The American company, whose sales have been badly hit, cut jobs.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Assault),
        "{text}: {evs:#?}"
    );
    // Near miss: people hit in the passive were attacked.
    let text = "Israeli soldiers were badly hit by Hezbollah rockets.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Assault)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.source, vec!["hezbollah".to_string()], "{text}");
}
