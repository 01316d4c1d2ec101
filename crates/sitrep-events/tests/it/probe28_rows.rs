//! Session 28 (branch `probe28`): event rows from a probe of unseen news — resuming an
//! offensive is fighting, a vote count and a speech to supporters
//! are no meetings, signing one's own executive order is no support, ruling out cooperation
//! is a rejection, and a finance minister's title is no act of finance. Invented sentences,
//! each with a near miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tplace:Gaza|adj:Palestinian
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
RUS\tcountry\tRussian Federation\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:American|meto:Washington
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
karl-weber\tperson\tKarl Weber\tDEU\tOPP\tparty leader\t\t\tsurname:Weber
blue-party\torganization\tBlue Party\tDEU\tOPP\t\t\t\t
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-10");

#[test]
fn resuming_an_offensive_is_fighting() {
    let evs = events("Israel resumed its offensive in Gaza on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    // Near miss: resuming talks is still a meeting.
    let evs = events("Israel resumed talks with the Palestinian delegation.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn votes_supporters_and_titles_are_no_meetings_or_aid() {
    for text in [
        "In the second round Karl Weber received 325 votes.",
        "Karl Weber speaks to supporters in Berlin.",
        "Karl Weber is vice-chancellor and finance minister in the new German cabinet.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
        assert!(of_type(&evs, EventType::Aid).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: receiving a foreign delegation is still hosting one.
    let evs = events("Karl Weber received the Israeli delegation in Berlin.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn signing_an_order_is_no_support_and_ruling_out_cooperation_is_a_rejection() {
    let evs = events(
        "The American president signed an executive order on Wednesday imposing tariffs on India.",
    );
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
    // Near miss: signing a treaty is still support.
    let evs = events("Germany and Ukraine signed a treaty in Berlin.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");

    let evs = events("Karl Weber ruled out any cooperation with the Blue Party.");
    let rejects = of_type(&evs, EventType::Reject);
    assert_eq!(rejects.len(), 1, "{evs:#?}");
    assert_eq!(rejects[0].source, common::ids(&["karl-weber"]), "{evs:#?}");
    assert!(of_type(&evs, EventType::Cooperate).is_empty(), "{evs:#?}");
}
