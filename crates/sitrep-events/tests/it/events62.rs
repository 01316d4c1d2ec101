//! Session 46 (branch `events62`, issue #2): event arguments. A gapped arrest row's "for"
//! phrase names whom the warrant or the arrest is for; deepening or strengthening ties or a
//! partnership is cooperation; a reciprocal object ("each other") makes each of two or more
//! doers the others' target. Invented sentences, each with a near miss that keeps the old
//! reading.

use crate::common;

use common::{assert_type_in_each, ids, of_type};
use sitrep_record::EventType;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn a_warrant_is_aimed_at_whom_it_is_issued_for() {
    for text in [
        "Russia issued an arrest warrant for Zelensky over the war in Syria.",
        "Russia issued arrest warrants for Zelensky and two aides accused of crimes in Syria.",
        "Russia has issued a warrant for Zelensky over the shelling of Syria.",
    ] {
        let evs = events(text);
        let arrests = of_type(&evs, EventType::Coerce);
        assert_eq!(arrests.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            arrests[0].target,
            ids(&["volodymyr-zelensky"]),
            "{text}: {evs:#?}"
        );
        assert_eq!(arrests[0].source, ids(&["RUS"]), "{text}: {evs:#?}");
    }
    // Near miss: a plain arrest keeps its object; a "for" phrase after it
    // is the reason, no target.
    let text = "Russia arrested a Ukrainian journalist for spying for Turkey.";
    let evs = events(text);
    let arrests = of_type(&evs, EventType::Coerce);
    assert_eq!(arrests.len(), 1, "{text}: {evs:#?}");
    assert_eq!(arrests[0].target, ids(&["UKR"]), "{text}: {evs:#?}");
}

#[test]
fn deepening_ties_or_a_partnership_is_cooperation() {
    for (text, source, target) in [
        (
            "Russia strengthened its ties with Iran last year.",
            "RUS",
            "IRN",
        ),
        (
            "Turkey has deepened its partnership with Lebanon.",
            "TUR",
            "LBN",
        ),
    ] {
        let evs = events(text);
        let cooperation = of_type(&evs, EventType::Cooperate);
        assert_eq!(cooperation.len(), 1, "{text}: {evs:#?}");
        assert_eq!(cooperation[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(cooperation[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Near misses: a crisis or a rift deepened is no cooperation.
    assert_type_in_each(
        events,
        &[
            "The war deepened the crisis in Lebanon.",
            "The vote deepened the rift in relations between Washington and Moscow.",
            // A preposition ends the object (session 46 review).
            "The crisis deepened concerns about Pakistan's ties to the Taliban.",
            "The incident strengthened doubts about relations with Moscow.",
        ],
        EventType::Cooperate,
        false,
    );
}

#[test]
fn doers_of_a_reciprocal_act_are_each_others_targets() {
    for (text, ty) in [
        (
            "Russia and Ukraine accused each other of shelling the plant.",
            EventType::Accuse,
        ),
        (
            "Israel and Lebanon blamed one another for the collapse of the truce.",
            EventType::Accuse,
        ),
        (
            "The United States and Russia imposed sanctions on each other.",
            EventType::Sanction,
        ),
    ] {
        let evs = events(text);
        let acts = of_type(&evs, ty);
        assert_eq!(acts.len(), 1, "{text}: {evs:#?}");
        assert!(acts[0].source.len() == 2, "{text}: {evs:#?}");
        assert_eq!(acts[0].target, acts[0].source, "{text}: {evs:#?}");
    }
    // Near miss: a named target stays the only one.
    let text = "Russia and Ukraine accused Turkey of shelling the plant.";
    let evs = events(text);
    let accusations = of_type(&evs, EventType::Accuse);
    assert_eq!(accusations.len(), 1, "{text}: {evs:#?}");
    assert_eq!(accusations[0].target, ids(&["TUR"]), "{text}: {evs:#?}");
}
