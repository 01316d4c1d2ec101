//! Session 35 (branch `events39`, issue #2): a trigger's sense read from its clause on news that
//! is no conflict — a participle right after its row's object noun ("a strategy released this
//! week") has the sense the active verb has with that object; a warning "of" a trend or a risk
//! forecasts and threatens no act; declining to rule out an act keeps the act open and rejects
//! nothing; a stance against a whole kind of act ("all forms of") rejects no one; measures
//! announced are a sanction only when they are "against" someone; raising concerns is no
//! meeting. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{of_type, the_only};
use sitrep_record::{EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-10");

#[test]
fn a_participle_after_its_rows_object_noun_takes_the_rows_sense() {
    for text in [
        "A Russian strategy released this week named Japan a threat.",
        "The report released by Germany on Tuesday criticised Russia.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: captives named before the participle are still released.
    let evs = events("Three hostages released by Hamas on Saturday reached Israel.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
}

#[test]
fn a_warning_of_a_trend_or_risk_is_no_threat() {
    for text in [
        "Germany warned of a deep recession in Russia.",
        "Japan warned of a looming famine in Ukraine.",
        "Berlin cautioned of the risk of a sharp slowdown in China.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a warning of the warner's own response is a threat.
    let evs = events("Russia warned of retaliation against Ukraine.");
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
}

#[test]
fn declining_to_rule_out_an_act_rejects_nothing() {
    for text in [
        "China declined to rule out using force against Japan.",
        "Russia refused to rule out a new offensive in Ukraine.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Reject).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: declining to join talks is still a refusal.
    let evs = events("China declined to join the talks with Japan.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
}

#[test]
fn a_stance_against_a_kind_of_act_rejects_no_one() {
    for text in [
        "Beijing opposed all forms of cyberattacks.",
        "Moscow rejected any form of foreign interference in its elections.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Reject).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: opposing a named measure on a state is a rejection.
    let evs = events("Beijing opposed the sanctions on Iran.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
}

#[test]
fn measures_announced_are_a_sanction_only_against_someone() {
    let evs = events("Japan announced measures to save energy.");
    assert!(evs.is_empty(), "{evs:#?}");
    let evs = events("Germany announced new measures against Russian banks.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].target, vec!["RUS".to_string()], "{evs:#?}");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
}

#[test]
fn raising_concerns_is_no_meeting() {
    for text in [
        "Japan raised concerns about Russia's drills.",
        "The visit was raising concern in Tokyo about China.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_hoped_for_act_is_hypothetical() {
    let evs = events("Germany hopes Russia withdraws its troops from Ukraine.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Hypothetical, "{evs:#?}");
    // Near miss: the same act stated outright is asserted.
    let evs = events("Germany says Russia withdraws its troops from Ukraine.");
    assert!(
        evs.iter().all(|e| e.modality != Modality::Hypothetical),
        "{evs:#?}"
    );
}

const PEOPLE: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
janet-mills\tperson\tJanet Mills\tUSA\tGOV\tgovernor\t\t\tMills
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t\t\tTrump
kamala-harris\tperson\tKamala Harris\tUSA\tGOV\t\t\t\tHarris
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t\t\tZelensky
";

mod people {
    use super::*;
    common::events_kb!(PEOPLE, common::OFFICIALS, "2025-06-10");

    #[test]
    fn a_clash_or_attack_between_people_alone_is_a_war_of_words() {
        for text in [
            "Governor Janet Mills clashed with President Donald Trump at a White House meeting.",
            "Trump attacked Kamala Harris over her record on immigration.",
            "Zelensky and Putin clashed over the peace plan.",
        ] {
            let evs = events(text);
            assert!(
                of_type(&evs, EventType::Assault).is_empty(),
                "{text}: {evs:#?}"
            );
            let accusations = the_only(text, &evs, EventType::Accuse);
            assert_eq!(
                accusations.mode.as_deref(),
                Some("disapprove"),
                "{text}: {evs:#?}"
            );
        }
        // Near miss: a person's attack on a state stays an assault.
        let evs = events("Putin attacked Ukraine in February 2022.");
        assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    }

    #[test]
    fn people_attacking_a_thing_no_actor_names_still_assault_it() {
        // Two people as doers and no actor as target is a clash among
        // them only when the verb has no object: an attack on a ship,
        // a building or a convoy is a real one.
        for text in [
            "Zelensky and Putin attacked the convoy near the border.",
            "Zelensky and Putin attacked the pipeline last night.",
        ] {
            let evs = events(text);
            assert_eq!(
                of_type(&evs, EventType::Assault).len(),
                1,
                "{text}: {evs:#?}"
            );
            assert!(
                of_type(&evs, EventType::Accuse).is_empty(),
                "{text}: {evs:#?}"
            );
        }
    }

    #[test]
    fn a_present_dated_ahead_is_future() {
        for text in [
            "Zelensky travels to Washington this weekend for talks.",
            "Janet Mills visits Ukraine next week.",
            "Trump flies to Kyiv tomorrow.",
        ] {
            let evs = events(text);
            assert!(!evs.is_empty(), "{text}: {evs:#?}");
            assert!(
                evs.iter().all(|e| e.modality == Modality::Future),
                "{text}: {evs:#?}"
            );
        }
        // Near miss: a present with no time ahead reports the act.
        let evs = events("Janet Mills visits Ukraine.");
        assert_eq!(evs.len(), 1, "{evs:#?}");
        assert_eq!(evs[0].modality, Modality::Asserted, "{evs:#?}");
    }

    #[test]
    fn an_order_sending_own_forces_to_a_place_is_a_deployment() {
        for text in [
            "Trump ordered 700 Marines to Los Angeles.",
            "Putin ordered troops to the border with Ukraine.",
        ] {
            let evs = events(text);
            assert_eq!(
                of_type(&evs, EventType::Mobilize).len(),
                1,
                "{text}: {evs:#?}"
            );
            assert!(
                of_type(&evs, EventType::Request).is_empty(),
                "{text}: {evs:#?}"
            );
        }
        // Near miss: an order to a state to act is still a request.
        let evs = events("Trump ordered Ukraine to hold elections.");
        assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
    }
}
