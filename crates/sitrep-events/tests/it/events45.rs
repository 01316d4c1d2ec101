//! Session 38 (branch `events45`, issue #2): the type an act takes from its clause. Force not
//! ruled out is a threat made now; a reply promised to any hostile act is retaliation and the act
//! answered is no event of its own; a decision's gapped row gives way to the act it decides; travel
//! is a visit only with a traveller from another state; a state leaving an international body
//! withdraws from it. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
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
MLI\tcountry\tMali\tMLI\t\t\t\t\tadj:Malian|meto:Bamako
NER\tcountry\tNiger\tNER\t\t\t\t\tmeto:Niamey
ecowas\tigo\tEconomic Community of West African States\t\t\t\t\t\tabbr:ECOWAS
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn force_a_state_will_not_rule_out_is_a_threat_made_now() {
    for (text, target) in [
        (
            "China declined to rule out using force against Taiwan.",
            "TWN",
        ),
        (
            "Russia would not rule out sending troops to Ukraine.",
            "UKR",
        ),
        (
            "India has refused to rule out military strikes against Pakistan.",
            "PAK",
        ),
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].modality, Modality::Asserted, "{text}: {evs:#?}");
        assert_eq!(threats[0].target, ids(&[target]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: force ruled out is excluded, other acts kept open stay open, and force used
    // to an end is no threat.
    let evs = events("China ruled out an attack on Taiwan.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    assert!(
        evs.iter().all(|e| e.modality == Modality::Negated),
        "{evs:#?}"
    );
    let evs = events("Russia did not rule out ending its attacks on Ukraine.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let evs = events("Russia declined to rule out talks with Ukraine.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let evs = events("Russian police used force to disperse the protesters in Moscow.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
}

#[test]
fn a_reply_promised_to_any_hostile_act_folds_the_act_answered() {
    let text = "Putin warned that Russia would answer any build-up of American missile defences.";
    let evs = events(text);
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
    let text = "Russia will respond to any Ukrainian attack on its ships.";
    let evs = events(text);
    let replies = of_type(&evs, EventType::Assault);
    assert_eq!(replies.len(), 1, "{evs:#?}");
    assert_eq!(replies[0].source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(replies[0].target, ids(&["UKR"]), "{evs:#?}");
    assert_eq!(replies[0].modality, Modality::Future, "{evs:#?}");
    // Near miss: questions answered are no hostile act.
    let evs = events("Putin said he would answer any questions from American reporters.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn a_decision_row_gives_way_to_the_act_decided() {
    let evs = events("India decided to withdraw its high commissioner from Pakistan.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    let withdrawals = of_type(&evs, EventType::Sanction);
    assert_eq!(withdrawals.len(), 1, "{evs:#?}");
    assert_eq!(withdrawals[0].mode.as_deref(), Some("withdraw"), "{evs:#?}");
}

#[test]
fn travel_is_a_visit_only_with_a_traveller_from_another_state() {
    for text in [
        "They landed in Hungary on Sunday.",
        "Putin landed in Moscow after the summit.",
        "Most of the money went to Ukraine.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a foreign traveller visits, and the verb "visit" keeps its reading.
    let evs = events("Putin landed in Budapest for a two-day visit.");
    let visits = of_type(&evs, EventType::Consult);
    assert_eq!(visits.len(), 1, "{evs:#?}");
    assert_eq!(visits[0].target, ids(&["HUN"]), "{evs:#?}");
    let evs = events("Putin went to Beijing for talks.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn a_state_leaving_an_international_body_withdraws_from_it() {
    let evs = events("Mali and Niger left ECOWAS in January.");
    let exits = of_type(&evs, EventType::Retreat);
    assert_eq!(exits.len(), 1, "{evs:#?}");
    assert_eq!(exits[0].target, ids(&["ecowas"]), "{evs:#?}");
    // Near misses: leaving a city or a body's meeting is no withdrawal.
    for text in [
        "Putin left Kyiv on Monday.",
        "The Malian minister left the ECOWAS summit early.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}
