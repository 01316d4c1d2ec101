//! Session 32 (branch `probe29`): event rows from a probe of unseen news — a state handing
//! over its military base or camp on foreign soil yields it (a concession, as "hand over ...
//! control"), it gives no aid; and a party quitting the government reduces relations, as
//! "quit ... coalition". Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
GAB\tcountry\tGabon\tGAB\t\t\t\t\tadj:Gabonese|meto:Libreville
DJI\tcountry\tDjibouti\tDJI\t\t\t\t\tadj:Djiboutian
green-league\torganization\tGreen League\tFIN\tGOV\t\t\t\t
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-10");

#[test]
fn handing_over_a_base_is_a_concession_not_aid() {
    for text in [
        "France handed over its main military base to Gabon on Monday.",
        "France will hand over two army camps to Djibouti next year.",
        "France handed over the last of its military sites to Gabon.",
    ] {
        let evs = events(text);
        let concessions = of_type(&evs, EventType::Concede);
        assert_eq!(concessions.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            concessions[0].source,
            common::ids(&["FRA"]),
            "{text}: {evs:#?}"
        );
        assert!(of_type(&evs, EventType::Aid).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: handing over supplies is still aid.
    let evs = events("France handed over medical supplies to Gabon.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Concede).is_empty(), "{evs:#?}");
}

#[test]
fn a_party_quitting_the_government_reduces_relations() {
    let evs = events("The Green League quit the government over the budget cuts.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(
        sanctions[0].source,
        common::ids(&["green-league"]),
        "{evs:#?}"
    );
    // Near miss: a minister quitting a post stays a resignation, no sanction.
    let evs = events("The Green League leader quit his post on Friday.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}
