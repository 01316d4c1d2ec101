//! Session 31 (branch `events33`, issue #2): a state of siege declared with a modifier
//! before it is a COERCE act like a state of emergency; a capital named after a region word
//! ("in eastern Vienna", "in a suburb of Vienna") is the event's place. Invented sentences.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
AUT\tcountry\tAustria\tAUT\t\t\t\t\tadj:Austrian|meto:Vienna
anna-berg\tperson\tAnna Berg\tAUT\tGOV\tprime minister\t2020-01-01\t\tBerg
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\npolice\tCOP\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2025-09-09");

#[test]
fn a_state_of_siege_declared_is_coercion_by_its_declarer() {
    for text in [
        "Anna Berg declared a 30-day state of siege on Saturday.",
        "Anna Berg imposed a nationwide state of siege on Saturday.",
    ] {
        let evs = events(text);
        let coerce = of_type(&evs, EventType::Coerce);
        assert_eq!(coerce.len(), 1, "{text}: {evs:#?}");
        assert_eq!(coerce[0].source, ids(&["anna-berg"]), "{text}: {evs:#?}");
        assert_eq!(coerce[0].mode.as_deref(), Some("martial-law"), "{text}");
    }
    // Near miss: lifting it is a retreat, not coercion.
    let text = "Anna Berg lifted the state of siege on Saturday.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Coerce).is_empty(),
        "{text}: {evs:#?}"
    );
    assert_eq!(
        of_type(&evs, EventType::Retreat).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_capital_after_a_region_word_is_the_place() {
    for text in [
        "A journalist was killed in a car bomb explosion in eastern Vienna on Monday.",
        "A journalist was killed in a car bomb explosion in a suburb of Vienna on Monday.",
    ] {
        let evs = events(text);
        let hits = of_type(&evs, EventType::Assault);
        assert_eq!(hits.len(), 1, "{text}: {evs:#?}");
        assert_eq!(hits[0].place, ids(&["AUT"]), "{text}: {evs:#?}");
        assert!(
            hits[0].source.is_empty() && hits[0].target.is_empty(),
            "{evs:#?}"
        );
    }
    // Near miss: a plain word between the preposition and the capital may be a verb
    // ("in opposing Vienna"): no place, and with no one named the event is dropped.
    let text = "A journalist was killed in a car bomb explosion after opposing Vienna.";
    let evs = events(text);
    assert!(evs.iter().all(|e| e.place.is_empty()), "{text}: {evs:#?}");
}
