//! Session 32 (branch `events34`, issue #2): a legal charge row ("charge ... with",
//! arrest) whose object names a state is the accusation; a curfew relaxed or shortened is
//! eased, not imposed. Invented sentences.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\nprosecutors\tJUD\tgroup\n";

common::events_kb!(common::WORLD_ACTORS, ROLES, "2025-09-09");

#[test]
fn a_state_charged_with_an_act_is_accused_not_arrested() {
    for text in [
        "Russia charged Ukraine with shelling the power plant.",
        "Turkey on Monday charged Damascus with sheltering the militants.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
        let accuse = of_type(&evs, EventType::Accuse);
        assert_eq!(accuse.len(), 1, "{text}: {evs:#?}");
        assert_eq!(accuse[0].target.len(), 1, "{text}: {evs:#?}");
    }
    // Near miss: people charged by a state's prosecutors are brought to court.
    let text = "Turkish prosecutors charged two Iranian nationals with spying.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Coerce).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_curfew_relaxed_or_shortened_is_eased_not_imposed() {
    for text in [
        "Turkish officials relaxed the nightly curfew in Ankara on Sunday.",
        "Turkish officials shortened the curfew in Ankara by two hours.",
        "Turkish officials lifted the curfew in Ankara on Sunday.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
        let retreat = of_type(&evs, EventType::Retreat);
        assert_eq!(retreat.len(), 1, "{text}: {evs:#?}");
        assert_eq!(retreat[0].source, ids(&["TURGOV"]), "{text}: {evs:#?}");
    }
    // Near miss: a curfew extended is still imposed.
    let text = "Turkish officials extended the curfew in Ankara on Sunday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Coerce).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_retreat_is_not_aimed_at_the_parties_of_its_purpose_infinitive() {
    for text in [
        "Volodymyr Zelensky resigned yesterday to allow Ukraine's first wartime elections to take place.",
        "Russian troops withdrew to let the Ukrainian army evacuate the wounded.",
        "Russian troops withdrew on Monday to allow Turkey's mediators to work.",
    ] {
        let evs = events(text);
        let retreat = of_type(&evs, EventType::Retreat);
        assert_eq!(retreat.len(), 1, "{text}: {evs:#?}");
        assert!(retreat[0].target.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a retreat's own object stays its target, and another act is still
    // aimed through its purpose.
    let text = "Russian troops withdrew from Ukraine on Monday.";
    let evs = events(text);
    let retreat = of_type(&evs, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{text}: {evs:#?}");
    assert_eq!(retreat[0].target, ids(&["UKR"]), "{text}: {evs:#?}");
    let text = "Turkey sent troops to attack Syria's Kurdish militias.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.target == ids(&["SYR"])),
        "{text}: {evs:#?}"
    );
}
