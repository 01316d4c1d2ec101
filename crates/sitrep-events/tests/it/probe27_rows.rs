//! Session 26 (branch `probe27`): event rows from a probe of unseen news — military aircraft
//! and drones entering or crossing into another state's airspace (an incursion, as "violate
//! ... airspace"), and an army taking charge of security (read as a charge before). Invented
//! sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussian Federation\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
LTU\tcountry\tLithuania\tLTU\t\t\t\t\tadj:Lithuanian|meto:Vilnius
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn aircraft_entering_or_crossing_into_airspace_are_an_incursion() {
    for text in [
        "Russian fighter jets entered Lithuanian airspace without permission on Friday.",
        "Russian drones crossed into Polish airspace overnight.",
    ] {
        let evs = events(text);
        let moves = of_type(&evs, EventType::Mobilize);
        assert_eq!(moves.len(), 1, "{text}: {evs:#?}");
        assert_eq!(moves[0].source, common::ids(&["RUS"]), "{text}: {evs:#?}");
    }
    // Near miss: entering talks is no incursion.
    let evs = events("Poland entered talks with Lithuania on Friday.");
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
}

#[test]
fn taking_charge_is_no_accusation() {
    let evs = events("The Polish army took charge of security in Warsaw on Tuesday.");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
    // Near miss: a charge brought against someone still is one.
    let evs = events("Poland charged two Russian citizens with sabotage.");
    assert!(!evs.is_empty(), "{evs:#?}");
}
