//! Session 37 (branch `events43`, issue #2): acts read from the kind of a verb's object, and
//! senses that are no act — a reply to a hostile act is retaliation (told ahead, a threat), trade
//! and funding stopped are sanctions, a state leaving a bloc withdraws, sitting down with a party
//! and landing somewhere for a visit are meetings, people taken to prison are detained, a switched
//! recognition is support; two candidates meeting in a runoff, accepting reality, order
//! restored at home and a body sitting on its own are no acts. Invented sentences, each with a near miss that keeps the old
//! reading.

use crate::common;

use common::of_type;
use sitrep_record::{EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
TWN\tcountry\tTaiwan\tTWN\t\t\t\t\tadj:Taiwanese|meto:Taipei
PHL\tcountry\tPhilippines\tPHL\t\t\t\t\tadj:Philippine|meto:Manila
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn a_reply_told_ahead_to_a_hostile_act_is_a_threatened_retaliation() {
    for text in [
        "The Philippines will answer any aggression by China.",
        "China will respond in kind to any new American tariffs.",
        "Iran will respond to every provocation by the United States.",
    ] {
        let evs = events(text);
        let assaults = of_type(&evs, EventType::Assault);
        assert_eq!(assaults.len(), 1, "{text}: {evs:#?}");
        assert_eq!(assaults[0].modality, Modality::Future, "{text}: {evs:#?}");
        assert_eq!(
            sitrep_events::plover_coding(assaults[0]),
            Some(EventType::Threaten),
            "{text}"
        );
    }
    // Near miss: answering questions is no reply to a hostile act.
    let evs = events("China answered questions from American reporters.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn trade_or_funding_stopped_is_a_sanction() {
    for text in [
        "India closed its border with Pakistan and suspended trade.",
        "The United States cut some funding to Ukraine in 2023.",
        "China stopped trade with Taiwan.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Sanction).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // Near miss: suspending a match stops no trade.
    let evs = events("India suspended the cricket match with Pakistan.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn a_state_leaving_a_bloc_withdraws_from_it() {
    let evs = events("Hungary left the bloc in 2020.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
    // Near miss: a person leaving a room withdraws from nothing.
    let evs = events("Putin left the room after the talks.");
    assert!(of_type(&evs, EventType::Retreat).is_empty(), "{evs:#?}");
}

#[test]
fn sitting_down_with_a_party_or_landing_for_a_visit_is_a_meeting() {
    for text in [
        "Zelensky sat down with Putin in Istanbul.",
        "Putin landed in Budapest for a four-day visit.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Consult).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn people_taken_to_prison_are_detained_and_a_switched_recognition_is_support() {
    let evs = events("Russia took the Ukrainian sailors to prison.");
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
    // Near miss: taken to a border is no detention.
    let evs = events("Russia took the Ukrainian sailors to the border.");
    assert!(of_type(&evs, EventType::Coerce).is_empty(), "{evs:#?}");
    let evs = events("Pakistan switched its diplomatic recognition from Taiwan to China.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");
}

#[test]
fn a_runoff_accepted_reality_and_order_at_home_are_no_acts() {
    for (text, ty) in [
        ("Zelensky will meet Putin in a runoff.", EventType::Consult),
        ("Putin said Iran accepts reality.", EventType::Agree),
        ("Zelensky promised to restore order.", EventType::Support),
    ] {
        let evs = events(text);
        assert!(of_type(&evs, ty).is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a meeting in a capital, an accepted proposal.
    let evs = events("Zelensky will meet Putin in Istanbul.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
    let evs = events("Iran accepted the American proposal.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn a_body_sitting_on_its_own_is_no_meeting_between_parties() {
    for text in [
        "Russia's cabinet met on Sunday.",
        "The Ukrainian parliament will convene on Monday.",
        "Putin told a meeting of his Security Council that Russia was ready.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a body meeting someone, and two parties meeting.
    for text in [
        "Russia's cabinet met Zelensky on Sunday.",
        "Putin and Zelensky met on Sunday.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Consult).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}
