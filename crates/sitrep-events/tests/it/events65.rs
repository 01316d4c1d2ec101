//! Session 48 (branch `events65`, issue #2): a second party asked or pressed to act. A `bid` verb
//! ("told", "pressed") before a named party and an infinitive is a REQUEST of that
//! party, folding its act in as "urged" does; with no such party it is no event. "Pressure from"
//! a party is that party's COERCE of the one facing it or under it ("under" is a `converse` word
//! only with the doer's "from" phrase). Invented sentences, each with a near miss that keeps the
//! old reading.

use crate::common;

use common::{assert_type_in_each, ids, the_only, WORLD_ACTORS};
use sitrep_record::EventType;

common::events_kb!(WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn telling_or_pressing_a_party_to_act_is_a_request_of_that_party() {
    for (text, source, target) in [
        (
            "Turkey told Iran to expel the militants.",
            &["TUR"][..],
            &["IRN"][..],
        ),
        (
            "The United States pressed Israel to halt its offensive in Lebanon.",
            &["USA"],
            &["ISR"],
        ),
        (
            "Washington is pressing Kyiv to negotiate with Moscow.",
            &["USA"],
            &["UKR"],
        ),
        (
            "Erdogan told them to leave Syria.",
            &["recep-tayyip-erdogan"],
            &[],
        ),
        (
            "Turkey pressed Syria and Iran to withdraw their forces.",
            &["TUR"],
            &["SYR", "IRN"],
        ),
        // The same shape as "urged", which already read so.
        (
            "Turkey urged Iran to expel the militants.",
            &["TUR"],
            &["IRN"],
        ),
    ] {
        let evs = events(text);
        let request = the_only(text, &evs, EventType::Request);
        assert_eq!(request.source, ids(source), "{text}: {evs:#?}");
        assert_eq!(request.target, ids(target), "{text}: {evs:#?}");
    }
}

#[test]
fn a_bid_verb_without_a_party_and_an_infinitive_asks_no_one() {
    assert_type_in_each(
        events,
        &[
            "Turkey told reporters that Iran had attacked Israel.",
            "Russia pressed ahead with its offensive in Ukraine.",
            "The war pushed prices to record highs.",
            "Erdogan told supporters he wanted to visit Syria.",
            "Erdogan told his advisers to prepare a visit to Syria.",
            "Putin wants to visit Iran next month.",
            // "want" stays a wish: the act wished for is the party's own, hypothetical.
            "Russia wants Ukraine to surrender.",
        ],
        EventType::Request,
        false,
    );
    let text = "Turkey told reporters that Iran had attacked Israel.";
    let evs = events(text);
    let attack = the_only(text, &evs, EventType::Assault);
    assert_eq!(attack.source, ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn pressure_from_a_party_is_its_coercion_of_the_one_pressed() {
    for (text, source, target) in [
        (
            "Iran faces mounting pressure from the United States.",
            "USA",
            "IRN",
        ),
        ("Israel is under pressure from Turkey.", "TUR", "ISR"),
        ("Hamas came under pressure from Iran.", "IRN", "hamas"),
    ] {
        let evs = events(text);
        let pressure = the_only(text, &evs, EventType::Coerce);
        assert_eq!(pressure.source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(pressure.target, ids(&[target]), "{text}: {evs:#?}");
    }
    // Pressure with no party applying it, or put on someone, stays no event.
    assert_type_in_each(
        events,
        &[
            "Russia will increase pressure on Ukraine.",
            "The minister is under pressure to resign.",
        ],
        EventType::Coerce,
        false,
    );
}

#[test]
fn under_an_attack_from_a_party_is_aimed_at_the_subject() {
    let text = "Kyiv came under attack from Russia.";
    let evs = events(text);
    let attack = the_only(text, &evs, EventType::Assault);
    assert_eq!(attack.source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(attack.target, ids(&["UKR"]), "{evs:#?}");
}
