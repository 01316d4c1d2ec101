//! Session 34 (branch `events38`, issue #2): a gapped row with a measure right after its
//! verb, a state charged by description, acts survived, exercises two states stage together
//! and forces that travel. Invented sentences.

use crate::common;

use common::{ids, of_type, the_only};
use sitrep_record::EventType;

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\nprosecutors\tJUD\tgroup\n\
troops\tMIL\tgroup\nsoldiers\tMIL\tgroup\n";

common::events_kb!(common::WORLD_ACTORS, ROLES, "2025-09-09");

#[test]
fn a_measure_right_after_the_verb_keeps_the_gapped_row() {
    for text in [
        "Turkish officials shortened by two hours the nightly curfew in Ankara.",
        "Turkish officials eased by an hour the curfew in Ankara on Sunday.",
    ] {
        let evs = events(text);
        let retreat = the_only(text, &evs, EventType::Retreat);
        assert_eq!(retreat.source, ids(&["TURGOV"]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a "by" after a noun in the gap is that noun's agent, and the row's last
    // word belongs to the noun ("welcome ... to" would be hosting).
    let text = "Russia welcomed a call by Erdogan to hold talks.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Consult).is_empty(),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_state_charged_by_its_relation_is_accused_not_arrested() {
    for text in [
        "Turkey lodged a protest with Syria, charging its neighbor with sheltering the militants.",
        "Russia charged the regime in Kyiv with shelling the plant.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
        assert!(
            !of_type(&evs, EventType::Accuse).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a person owned by "the country" is brought to court.
    let text =
        "Turkish prosecutors charged the country's former interior minister with corruption.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Coerce).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn who_survives_an_act_is_its_target_not_its_doer() {
    for (text, kind, who) in [
        (
            "Erdogan survived a no-confidence vote on Friday.",
            EventType::Accuse,
            "recep-tayyip-erdogan",
        ),
        (
            "Zelensky survived an assassination attempt in Kyiv.",
            EventType::Assault,
            "volodymyr-zelensky",
        ),
    ] {
        let evs = events(text);
        let act = of_type(&evs, kind);
        assert_eq!(act.len(), 1, "{text}: {evs:#?}");
        assert_eq!(act[0].target, ids(&[who]), "{text}: {evs:#?}");
        assert!(act[0].source.is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: a verb that is no converse keeps its subject as the doer.
    let text = "Erdogan called a no-confidence vote on Friday.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Accuse)
            .iter()
            .all(|e| !e.target.contains(&"recep-tayyip-erdogan".to_string())),
        "{text}: {evs:#?}"
    );
}

#[test]
fn exercises_two_states_stage_together_are_cooperation() {
    for text in [
        "Russia and Turkey held naval exercises in the Black Sea.",
        "Russian and Turkish troops launched war games near the border.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Cooperate).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Mobilize).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: one state's exercises are a show of force.
    let text = "Russia held naval exercises in the Black Sea.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Mobilize).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn forces_that_arrive_somewhere_are_deployed_not_visiting() {
    for text in [
        "Turkish troops arrived in Syria on Monday.",
        "Israeli soldiers have arrived in southern Lebanon.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Mobilize).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a leader who arrives pays a visit.
    let text = "Erdogan arrived in Moscow on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Consult).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn an_act_told_before_named_as_a_modifier_after_in_is_no_new_act() {
    let text = "Erdogan resigned on Tuesday. In his resignation letter to Zelensky, Erdogan thanked Turkish voters.";
    let evs = events(text);
    let retreat = the_only(text, &evs, EventType::Retreat);
    assert!(retreat.target.is_empty(), "{text}: {evs:#?}");
    // Near miss: with no resignation told before, the letter's resignation is the act.
    let text = "Erdogan handed in his resignation letter on Tuesday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Retreat).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn talks_about_a_topic_after_a_meeting_are_that_meeting() {
    for text in [
        "Erdogan met Putin in Ankara on Monday and discussed the grain deal.",
        "Erdogan held talks with Putin on Monday and discussed trade.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Consult).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // Near miss: talks planned with someone else are another meeting.
    let text = "Erdogan met Putin on Monday and will discuss trade with Zelensky next week.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Consult).len(),
        2,
        "{text}: {evs:#?}"
    );
}

#[test]
fn an_investigation_named_by_a_field_of_study_accuses_no_one() {
    for text in [
        "Turkish officials conducted epidemiological investigations on villagers who might have been exposed.",
        "Turkish officials began a scientific inquiry into the villagers' illness.",
    ] {
        let evs = events(text);
        assert!(of_type(&evs, EventType::Accuse).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: an investigation of people for what they did is one.
    let text =
        "Turkish officials opened investigations into Russia's envoy after the bribery claims.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Accuse).len(),
        1,
        "{text}: {evs:#?}"
    );
}
