//! Session 35 (branch `events40`, issue #2): arguments that the clause puts out of reach.
//! A body whose summit hosts a meeting is where the meeting was held, not whom it was
//! with; a plural pronoun after a lone person as the last subject names nobody; a
//! rejected accusation that no told act names back is aimed at whoever the story last
//! reported saying something about the rejecting side; a halt of aid keeps the aid's
//! "for" phrase as its target.
//! Invented sentences.

use crate::common;

use common::{claim_at, ids, of_type, the_only};
use sitrep_record::{EventType, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
bsec\tigo\tBlack Sea Economic Cooperation\t\t\t\t\t\tabbr:BSEC
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-09-09");

#[test]
fn the_body_whose_summit_hosts_a_meeting_is_no_party_to_it() {
    // Two doers meet among themselves, as they do in a place.
    for text in [
        "Erdogan and Zelensky held talks on the sidelines of the BSEC summit in Istanbul.",
        "Erdogan and Zelensky met on the margins of the BSEC summit on Friday.",
    ] {
        let evs = events(text);
        let consult = of_type(&evs, EventType::Consult);
        let meeting = consult
            .iter()
            .find(|e| !e.source.contains(&"bsec".to_owned()))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(meeting.source.len(), 2, "{text}: {evs:#?}");
        assert!(
            !meeting.target.contains(&"bsec".to_owned()),
            "{text}: {evs:#?}"
        );
    }
    // One doer: nobody named as met.
    let text = "Erdogan held talks on the sidelines of the BSEC summit on Friday.";
    let evs = events(text);
    let consult = of_type(&evs, EventType::Consult);
    assert!(!consult.is_empty(), "{text}: {evs:#?}");
    assert!(
        consult.iter().all(|e| e.target.is_empty()),
        "{text}: {evs:#?}"
    );
    // Near miss: the one met is named before the summit.
    let text = "Erdogan held talks with Putin on the sidelines of the BSEC summit.";
    let evs = events(text);
    let consult = the_only(text, &evs, EventType::Consult);
    assert_eq!(consult.target, ids(&["vladimir-putin"]), "{evs:#?}");
}

#[test]
fn a_plural_pronoun_after_a_lone_person_names_nobody() {
    let text = "Zelensky arrived in Ankara on Monday. Officials expect the two presidents \
                to meet. They attacked the plan on Tuesday.";
    let evs = events(text);
    assert!(
        evs.iter()
            .filter(|e| e.trigger.text.starts_with("attacked"))
            .all(|e| e.source.is_empty()),
        "{evs:#?}"
    );
    // Near miss: a state as the last subject may be "they".
    let text = "Russia shelled Kharkiv on Monday. They attacked Odesa on Tuesday.";
    let evs = events(text);
    let attack = evs
        .iter()
        .find(|e| e.trigger.text == "attacked")
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(attack.source, ids(&["RUS"]), "{evs:#?}");
}

#[test]
fn a_rejected_accusation_is_aimed_at_who_last_said_something_of_the_rejecter() {
    let date = "2025-09-09";
    let content = "Russian agents had set fire to a shopping centre";
    let text = "Poland said Russian agents had set fire to a shopping centre in Warsaw. \
                Russia rejected the allegations on Thursday.";
    let claim =
        |speaker: Option<&str>| claim_at(text, "c1", speaker, "said", content, Stance::Assert);
    let evs = KB.events_with(date, text, &[claim(Some("POL"))]);
    let reject = of_type(&evs, EventType::Reject);
    assert_eq!(reject.len(), 1, "{evs:#?}");
    assert_eq!(reject[0].source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(reject[0].target, ids(&["POL"]), "{evs:#?}");
    // Near misses: the rejecter's own words about itself, a speaker the text
    // leaves unresolved, or no claim at all name no accuser.
    for claims in [vec![claim(Some("RUS"))], vec![claim(None)], vec![]] {
        let evs = KB.events_with(date, text, &claims);
        let reject = of_type(&evs, EventType::Reject);
        assert_eq!(reject.len(), 1, "{claims:#?}: {evs:#?}");
        assert!(reject[0].target.is_empty(), "{claims:#?}: {evs:#?}");
    }
}

#[test]
fn a_halt_of_aid_is_aimed_at_the_aids_beneficiary() {
    for text in [
        "Turkey paused $5 million in funding for Ukraine on Monday.",
        "Poland suspended aid for Ukraine after the vote.",
    ] {
        let evs = events(text);
        let halt = the_only(text, &evs, EventType::Sanction);
        assert_eq!(halt.target, ids(&["UKR"]), "{text}: {evs:#?}");
    }
    // Near miss: a "for" phrase of time names no one.
    let text = "Poland froze funding for two years.";
    let evs = events(text);
    let halt = of_type(&evs, EventType::Sanction);
    assert_eq!(halt.len(), 1, "{evs:#?}");
    assert!(halt[0].target.is_empty(), "{evs:#?}");
}
