//! Session 23 (branch `probe24`): event rows from a probe of unseen news — taking back
//! territory by force, prisoner swaps, water cannon fired at protesters, and money received (which was
//! read as a host receiving a visitor). Invented sentences, each with a near miss that keeps
//! the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|meto:Washington
GEO\tcountry\tGeorgia\tGEO\t\t\t\t\tadj:Georgian|meto:Tbilisi
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-05-25");

#[test]
fn retaking_territory_is_fighting() {
    let evs = events("Azerbaijan retook the region in a lightning offensive.");
    let fights = of_type(&evs, EventType::Assault);
    assert_eq!(fights.len(), 1, "{evs:#?}");
    assert_eq!(fights[0].source, common::ids(&["AZE"]), "{evs:#?}");
    // Near miss: the bare verb "take" of a place is still no event.
    let evs = events("Azerbaijan took the region's census in 2023.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn swapping_prisoners_is_a_release() {
    for text in [
        "Russia and Ukraine swapped another 303 prisoners of war each on Sunday.",
        "Russia and Ukraine exchanged 150 prisoners on Monday.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            of_type(&evs, EventType::Retreat).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // Near miss: swapping anything else stays no event.
    let evs = events("Russia and Ukraine swapped lists on Sunday.");
    assert!(of_type(&evs, EventType::Retreat).is_empty(), "{evs:#?}");
}

#[test]
fn water_cannon_fired_at_protesters_is_repression() {
    // No "at": the generated "fire ... at" does not code it.
    let evs = events("Georgian police fired water cannon on Rustaveli Avenue in Tbilisi.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    // Near miss: a fired official is no attack.
    let evs = events("Georgia fired its ambassador to Ukraine on Friday.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn money_received_is_no_visit() {
    let evs = events("Ukraine had received about $75 billion from the United States.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    // Near miss: a leader received by another is still a meeting.
    let evs = events("The Ukrainian president was received by Washington on Friday.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}
