//! Session 45 (branch `events60`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

mod common;

use common::event_by_trigger as event;
use common::{by_trigger, ids};

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn a_participle_and_particle_after_a_capitalised_noun_in_a_phrase_modify_it() {
    // "ordered out of" after "to most West Africans" (a capitalised word
    // that names no one, in the phrase after the clause's verb) describes
    // them: no order of its own, and "but was still refusing" is Turkey's.
    let text = "Turkey opened its borders to most West Africans ordered out of Syria, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert!(by_trigger(&evs, "ordered").is_none(), "{evs:#?}");
    assert_eq!(event(&evs, "refusing", text).source, ids(&["TUR"]));
    // Near miss: a particle before the object ("ordered out the Turkish
    // diplomats") leaves the verb active, with its own object.
    let text = "Syria ordered out the Turkish diplomats on Monday.";
    let evs = events(text);
    assert_eq!(event(&evs, "ordered", text).source, ids(&["SYR"]));
    // Near miss: the capitalised words open a clause of their own after
    // "but" (no phrase of the first verb holds them): "ordered" stays a verb.
    let text = "Turkey opened its borders to refugees, but Kurds ordered out of Syria \
                attacked Lebanon.";
    let evs = events(text);
    assert!(by_trigger(&evs, "ordered").is_some(), "{evs:#?}");
}

#[test]
fn an_as_phrase_before_a_second_predicate_is_no_clause() {
    // "as illegal aliens" names what the refugees were taken for: the
    // predicate after ", but" still shares the first verb's subject.
    let text = "Turkey opened its borders to refugees expelled from Syria as illegal aliens, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert_eq!(event(&evs, "refusing", text).source, ids(&["TUR"]));
    // Near miss: "as Syria expelled them" is a clause with a subject of its
    // own, which the second predicate does not reach across to Turkey.
    let text = "Turkey opened its borders to refugees as Syria expelled them, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert_ne!(event(&evs, "refusing", text).source, ids(&["TUR"]));
}
