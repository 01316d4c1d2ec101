//! Session 49 (branch `events67`, issue #2): demands coded alike whatever their shape. Pressure
//! with the act asked for in an infinitive is a REQUEST of the one pressed, the verb ("pressured
//! Israel to halt") and the noun's "from" party ("faces pressure from the United States to
//! halt") alike; pressure alone keeps its COERCE row. The object "it" of a request names back a
//! party; the passive of a `bid` verb ("was told to", "was pressed by Turkey to") asks its subject;
//! "resisted pressure from X" refuses X's demand, as "rejected" and "defied" it. Invented sentences,
//! each with a near miss that keeps the old reading.

use crate::common;

use common::{assert_type_in_each, ids, of_type, the_only, WORLD_ACTORS};
use sitrep_record::{EventRecord, EventType};

common::events_kb!(WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

/// The events of `text`, after asserting that it has one REQUEST, of `source` to `target`.
fn the_request(text: &str, source: &[&str], target: &[&str]) -> Vec<EventRecord> {
    let evs = events(text);
    let request = the_only(text, &evs, EventType::Request);
    assert_eq!(request.source, ids(source), "{text}: {evs:#?}");
    assert_eq!(request.target, ids(target), "{text}: {evs:#?}");
    evs
}

#[test]
fn pressure_to_do_something_is_a_request_of_the_one_pressed() {
    for (text, source, target) in [
        (
            "Iran faces mounting pressure from the United States to halt enrichment.",
            &["USA"][..],
            "IRN",
        ),
        (
            "Hamas came under pressure from Iran to accept the deal.",
            &["IRN"],
            "hamas",
        ),
        (
            "The United States pressured Israel to halt its offensive.",
            &["USA"],
            "ISR",
        ),
        (
            "Iran, Russia and Syria have been pressuring Turkey to leave the border town.",
            &["IRN", "RUS", "SYR"][..],
            "TUR",
        ),
    ] {
        let evs = the_request(text, source, &[target]);
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Pressure alone keeps the lexicon's COERCE; pressure on prices asks no one.
    for (text, source, target) in [
        ("Iran faces pressure from the United States.", "USA", "IRN"),
        ("Russia pressured Ukraine over its gas debts.", "RUS", "UKR"),
    ] {
        let evs = events(text);
        let coerce = the_only(text, &evs, EventType::Coerce);
        assert_eq!(coerce.source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(coerce.target, ids(&[target]), "{text}: {evs:#?}");
    }
    assert_type_in_each(
        events,
        &[
            "Weak demand pressured oil prices in Turkey to fall.",
            "The Turkish minister is under pressure to resign.",
        ],
        EventType::Request,
        false,
    );
}

#[test]
fn the_object_it_of_a_request_names_a_party_back() {
    for (text, source, target) in [
        (
            "Russia massed troops on the border. Washington pressed it to withdraw.",
            "USA",
            "RUS",
        ),
        (
            "Hamas rejected the proposal. Turkey urged it to reconsider.",
            "TUR",
            "hamas",
        ),
    ] {
        the_request(text, &[source], &[target]);
    }
    // Before a passive infinitive "it" is the thing done, no party.
    the_request(
        "Iran proposed a new plan. Turkey urged it to be revised.",
        &["TUR"],
        &[],
    );
}

#[test]
fn a_party_told_or_pressed_to_act_in_the_passive_is_the_target() {
    for (text, source, target) in [
        ("Iran was told to halt enrichment.", &[][..], "IRN"),
        (
            "Iran was pressed by Turkey to release the prisoners.",
            &["TUR"][..],
            "IRN",
        ),
        ("Hamas was pressured to accept the deal.", &[][..], "hamas"),
    ] {
        the_request(text, source, &[target]);
    }
    // Speech, a wish with no second party and a passive with no infinitive ask no one.
    assert_type_in_each(
        events,
        &[
            "The Iranian minister told reporters that Iran would respond.",
            "Putin wants to visit Iran next month.",
            "Iran was told about the attack by Turkey.",
        ],
        EventType::Request,
        false,
    );
}

#[test]
fn resisting_pressure_from_a_party_refuses_its_demand() {
    for (text, target) in [
        (
            "Israel resisted pressure from the United States to halt settlement construction.",
            "USA",
        ),
        ("Israel has resisted pressure from Turkey.", "TUR"),
        ("Israel rejected pressure from Turkey.", "TUR"),
    ] {
        let evs = events(text);
        let reject = the_only(text, &evs, EventType::Reject);
        assert_eq!(reject.source, ids(&["ISR"]), "{text}: {evs:#?}");
        assert_eq!(reject.target, ids(&[target]), "{text}: {evs:#?}");
        assert!(
            evs.iter()
                .all(|e| e.source != ids(&["ISR"]) || e.event_type == EventType::Reject),
            "{text}: {evs:#?}"
        );
    }
    // The bare verb is no refusal: resisting an advance is fighting.
    assert_type_in_each(
        events,
        &["Ukrainian forces resisted the Russian advance."],
        EventType::Reject,
        false,
    );
}

#[test]
fn a_request_opening_its_sentence_with_no_subject_is_no_event() {
    assert_type_in_each(
        events,
        &["Telling Iran to halt enrichment is pointless."],
        EventType::Request,
        false,
    );
    // Set off by a comma before the main clause, the participle is the main
    // subject's (session 50, events69).
    the_request(
        "Pressing Iran to halt enrichment, Turkey closed the border.",
        &["TUR"],
        &["IRN"],
    );
    // After "after" the clause's subject asks, as before.
    the_request(
        "Turkey closed the border after telling Iran to halt enrichment.",
        &["TUR"],
        &["IRN"],
    );
}
