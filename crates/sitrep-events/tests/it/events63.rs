//! Session 47 (branch `events63`, issue #2): event arguments. A relation or accord whose
//! "between" phrase follows its verb or its row's own noun, with no doer of its own named, is
//! done by the two sides, each the other's target; a host's or mediator's act keeps the sides
//! as whom it is for. Expressing appreciation to or for someone thanks them. Invented sentences,
//! each with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn a_relation_between_two_sides_with_no_doer_named_is_theirs_both_ways() {
    for (text, ty, sides) in [
        // (Session 50: a participle before a relation noun, "the deepening
        // ties between Moscow and Tehran", is an adjective of a state and
        // names no act; events69.rs tests it.)
        (
            "Talks between Moscow and Tehran resumed on Monday.",
            EventType::Consult,
            ["RUS", "IRN"],
        ),
        (
            "A truce agreed between Israel and Hamas held on Sunday.",
            EventType::Agree,
            ["ISR", "hamas"],
        ),
    ] {
        let evs = events(text);
        let found = of_type(&evs, ty);
        assert_eq!(found.len(), 1, "{text}: {evs:#?}");
        let mut source = found[0].source.clone();
        source.sort();
        let mut expected = ids(&sides);
        expected.sort();
        assert_eq!(source, expected, "{text}: {evs:#?}");
        // Each side the other's target: no target left, or the doers themselves.
        let mut target = found[0].target.clone();
        target.sort();
        assert!(target.is_empty() || target == expected, "{text}: {evs:#?}");
    }
    // Near misses: a doer named before the verb keeps them as its targets,
    // and a mediator's act is the mediator's, with the sides whom it is for.
    for (text, ty, source, target) in [
        (
            "Putin has deepened ties between Moscow and Tehran.",
            EventType::Cooperate,
            vec!["vladimir-putin"],
            vec!["RUS", "IRN"],
        ),
        (
            "Turkey mediated talks between Israel and Hamas in Ankara.",
            EventType::Consult,
            vec!["TUR"],
            vec!["ISR", "hamas"],
        ),
        // An infinitive's doer is named by a later pass (here the speaker).
        (
            "Erdogan said he would be ready to host a meeting between Israel and Hamas.",
            EventType::Consult,
            vec!["recep-tayyip-erdogan"],
            vec!["ISR", "hamas"],
        ),
    ] {
        let evs = events(text);
        let found = of_type(&evs, ty);
        assert_eq!(found.len(), 1, "{text}: {evs:#?}");
        assert_eq!(found[0].source, ids(&source), "{text}: {evs:#?}");
        assert_eq!(found[0].target, ids(&target), "{text}: {evs:#?}");
    }
}

#[test]
fn expressing_appreciation_for_someone_is_support() {
    for (text, source, target) in [
        (
            "Lebanon expressed appreciation for Turkey's help after the floods.",
            "LBN",
            "TUR",
        ),
        (
            "Erdogan expressed his deep appreciation to Iran for the aid.",
            "recep-tayyip-erdogan",
            "IRN",
        ),
    ] {
        let evs = events(text);
        let support = of_type(&evs, EventType::Support);
        assert_eq!(support.len(), 1, "{text}: {evs:#?}");
        assert_eq!(support[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(support[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Near miss: a currency's appreciation is no event.
    let text = "Turkey watched the appreciation of the Iranian rial against the dollar.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Support).is_empty(),
        "{text}: {evs:#?}"
    );
}
