//! Branch actors28 (session 21): an all-caps word alone in brackets after a
//! name is the name's acronym ("the National Accountability Bureau (NAB)"),
//! never a verb that triggers an event ("nab"); a verb written in lower case
//! inside brackets, or an all-caps verb in running text, is still read.

use crate::common;

use common::by_trigger;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
nab-pakistan\torganization\tNational Accountability Bureau\tPAK\tGOV\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
police\tCOP\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-07-04");

#[test]
fn a_bracketed_acronym_is_no_trigger() {
    for text in [
        "The National Accountability Bureau (NAB) arrested the former minister on Monday.",
        "Pakistan's anti-graft body, the National Accountability Bureau (NAB), said it would look into the deal.",
    ] {
        let evs = events(text);
        assert!(by_trigger(&evs, "NAB").is_none(), "{text}: {evs:?}");
    }
    // The act the sentence reports is still found.
    let evs =
        events("The National Accountability Bureau (NAB) arrested the former minister on Monday.");
    let arrest = by_trigger(&evs, "arrested").expect("the arrest is read");
    assert_eq!(arrest.event_type, EventType::Coerce, "{evs:?}");
}

/// Near miss: the same verb in lower case is a verb wherever it stands.
#[test]
fn a_lower_case_verb_is_still_a_trigger() {
    let evs = events("Pakistani police nab three suspects in a raid in Islamabad.");
    assert!(by_trigger(&evs, "nab").is_some(), "{evs:?}");
}
