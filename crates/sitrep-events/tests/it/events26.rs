//! Argument and modality mends of branch events26 (session 16, probe17's event findings), each
//! with a near miss that keeps the old reading: a state's adjective before an act of force after
//! "in" names who struck ("killed in an Israeli strike"); the speaker's own state in what he
//! reported is no target of his next act ("Katz said Israel had dealt a blow and warned"); "of"
//! and a gerund after an accusation's object open what the object did, whose names are no
//! target ("accused the workers of spying for Israel"), and a pronoun object there is the
//! accused ("accusing it of supplying"); "the first country to recognise" and ", forcing the UN
//! to suspend" state acts that happened, not plans; a standing "arrest warrant" is no arrest; "a
//! NATO member" (a people noun owned by a name) is not NATO; "ruled out ending its attacks" leaves
//! the attacks going on.

use crate::common;

use common::event_by_trigger as event;

use common::{by_trigger, claim_at, ids};
use sitrep_record::{ClaimRecord, EventRecord, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni|meto:Sanaa
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
SDN\tcountry\tSudan\tSDN\t\t\t\t\tadj:Sudanese|meto:Khartoum
ARE\tcountry\tUnited Arab Emirates\tARE\t\t\t\t\tabbr:UAE
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
nato\tigo\tNATO\t\t\t\t\t\tNATO
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
icc\tigo\tInternational Criminal Court\t\t\t\t\t\tabbr:ICC
benjamin-netanyahu\tperson\tBenjamin Netanyahu\tISR\tGOV\tprime minister\t2022-12-29\t\tNetanyahu
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
rapid-support-forces\tarmed_group\tRapid Support Forces\tSDN\tREB\t\t\t\tRSF
israel-katz\tperson\tIsrael Katz\tISR\tGOV\tdefense minister\t2024-11-01\t\tKatz
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-09-01");

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2025-09-01", text, claims)
}

/// "SPEAKER said REPORTED and CUE ASKED": two claims of one speaker.
fn said_and(text: &str, speaker: &str, reported: &str, cue: &str, asked: &str) -> Vec<ClaimRecord> {
    vec![
        claim_at(text, "c1", Some(speaker), "said", reported, Stance::Assert),
        claim_at(text, "c2", Some(speaker), cue, asked, Stance::Assert),
    ]
}

#[test]
fn a_state_adjective_before_an_act_of_force_after_in_is_its_doer() {
    let text = "Their prime minister was killed along with several ministers in an Israeli strike on Sanaa.";
    let evs = events(text);
    let e = event(&evs, "strike", text);
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["YEM"]), "{e:#?}");

    let text = "The commander died with two aides in a US drone strike in Baghdad.";
    let evs = events(text);
    let e = event(&evs, "drone strike", text);
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");

    // Near miss: a meeting "in" a phrase with a state's adjective is framed
    // by it; the adjective is no doer of the talks.
    let text = "Officials reported progress in Turkish talks with Iran on Sunday.";
    let evs = events(text);
    if let Some(e) = by_trigger(&evs, "talks") {
        assert!(e.source.is_empty(), "{e:#?}");
    }
}

#[test]
fn the_speakers_own_state_in_his_report_is_no_target_of_his_next_act() {
    let text = "Katz said Israel had dealt a crushing blow to the Houthi leadership and warned that more would follow.";
    let claims = said_and(
        text,
        "israel-katz",
        "Israel had dealt a crushing blow to the Houthi leadership",
        "warned",
        "more would follow",
    );
    let evs = events_with(text, &claims);
    let e = event(&evs, "warned", text);
    assert_eq!(e.source, ids(&["israel-katz"]), "{e:#?}");
    assert!(!e.target.contains(&"ISR".to_string()), "{e:#?}");

    // Near miss: another state in the report is whom the act is aimed at.
    let text = "Germany said Russia had hacked its networks and demanded an explanation.";
    let claims = said_and(
        text,
        "DEU",
        "Russia had hacked its networks",
        "demanded",
        "an explanation",
    );
    let evs = events_with(text, &claims);
    let e = event(&evs, "demanded an explanation", text);
    assert_eq!(e.source, ids(&["DEU"]), "{e:#?}");
    assert_eq!(e.target, ids(&["RUS"]), "{e:#?}");
}

#[test]
fn names_in_an_accusations_of_gerund_are_no_target() {
    let text =
        "The Houthis accused the detained workers of spying for Israel and the United States.";
    let evs = events(text);
    let e = event(&evs, "accused", text);
    assert_eq!(e.source, ids(&["houthis"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");

    let text = "Sudan severed diplomatic relations with the UAE on Tuesday, accusing it of supplying the Rapid Support Forces with drones.";
    let evs = events(text);
    let e = event(&evs, "accusing", text);
    assert_eq!(e.source, ids(&["SDN"]), "{e:#?}");
    assert_eq!(e.target, ids(&["ARE"]), "{e:#?}");

    // Near miss: a named object before "of" is the accused.
    let text = "The Houthis accused Israel of spying for the United States.";
    let evs = events(text);
    let e = event(&evs, "accused", text);
    assert_eq!(e.target, ids(&["ISR"]), "{e:#?}");
}

#[test]
fn the_first_country_to_act_and_a_forced_act_happened() {
    use sitrep_record::Modality;
    let text =
        "Russia on Thursday became the first country to formally recognise the Taliban government.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.starts_with("recognise"))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");

    let text =
        "Houthi drones hit the airport for three days, forcing Israel to suspend aid flights.";
    let evs = events(text);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.starts_with("suspend"))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");

    // Near misses: a rank still to come, and a plain purpose, leave a plan.
    for text in [
        "Russia will become the first country to formally recognise the Taliban government.",
        "Russia wants to recognise the Taliban government.",
    ] {
        let evs = events(text);
        let e = evs
            .iter()
            .find(|e| e.trigger.text.starts_with("recognise"))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(e.modality, Modality::Future, "{text}: {e:#?}");
    }
}

#[test]
fn a_standing_arrest_warrant_is_no_arrest() {
    use sitrep_record::EventType;
    let text = "Netanyahu arrived in Budapest despite an ICC arrest warrant against him.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Coerce),
        "{evs:#?}"
    );
    // Near miss: issuing a warrant is CAMEO 173, as the generated rows code it.
    let text = "The ICC issued an arrest warrant for Netanyahu.";
    let evs = events(text);
    let e = event(&evs, "issued an arrest warrant", text);
    assert_eq!(e.event_type, EventType::Coerce, "{e:#?}");
    assert_eq!(e.source, ids(&["icc"]), "{e:#?}");
}

#[test]
fn a_member_of_an_alliance_is_not_the_alliance() {
    let text = "Poland shot down drones, the first time a NATO member has fired on Russian assets.";
    let evs = events(text);
    let e = event(&evs, "fired on", text);
    assert!(!e.source.contains(&"nato".to_string()), "{e:#?}");
    let text = "Russia attacked two NATO members.";
    let evs = events(text);
    let e = event(&evs, "attacked", text);
    assert!(!e.target.contains(&"nato".to_string()), "{e:#?}");
    // Near misses: the alliance itself, and a nationality before a people
    // noun, still act.
    let text = "NATO fired on Russian assets.";
    let evs = events(text);
    let e = event(&evs, "fired on", text);
    assert_eq!(e.source, ids(&["nato"]), "{e:#?}");
    let text = "Polish members of the crowd attacked the Russian embassy.";
    let evs = events(text);
    if let Some(e) = by_trigger(&evs, "attacked") {
        assert_eq!(e.source, ids(&["POL"]), "{e:#?}");
    }
}

#[test]
fn ruling_out_an_end_leaves_the_act_going_on() {
    use sitrep_record::Modality;
    let modality_of_attacks = |text: &str| {
        let evs = events(text);
        event(&evs, "attacks", text).modality
    };
    assert_eq!(
        modality_of_attacks("The Houthis ruled out ending their attacks on Israel."),
        Modality::Asserted
    );
    // Near misses: ruling out the act itself excludes it; not ruling out
    // its end leaves it open.
    assert_eq!(
        modality_of_attacks("The Houthis ruled out attacks on Israel."),
        Modality::Negated
    );
    assert_eq!(
        modality_of_attacks("The Houthis did not rule out ending their attacks on Israel."),
        Modality::Hypothetical
    );
}
