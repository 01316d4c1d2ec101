//! Mends from session 11's probes of ordinary news (branch events14), each
//! with near misses that keep their reading:
//! - modality: a reputed infinitive ("is said to have sent") is hearsay, a
//!   capitalised "May" inside a name is no modal, an `aspect` verb before
//!   its object ("used tear gas to disperse") or "voted to" keeps the
//!   infinitive factual, and an "until" clause after a refused or promised
//!   act is a condition;
//! - a denied accusation is not the denier's;
//! - lexicon: "sought to", "sent warships to", "deploy troops", "moved
//!   troops", "50% tariffs", economic "demand" and "sanctions have hit".

use crate::common;

use common::{claim_at, ids, of_type};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|meto:London
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
LTU\tcountry\tLithuania\tLTU\t\t\t\t\tadj:Lithuanian|meto:Vilnius
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish|meto:Stockholm
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
nato\tigo\tNATO\t\tIGO\t\t\t\t
ada-may\tperson\tAda May\tGBR\tGOV\tprime minister\t2020-01-01\t\tMay
pierre-lenoir\tperson\tPierre Lenoir\tFRA\tGOV\tpresident\t2020-01-01\t\tLenoir
marek-dolan\tperson\tMarek Dolan\tUKR\tGOV\tprime minister\t2020-01-01\t\tDolan
";

const ROLES: &str = "phrase\tsector\tnumber
forces\tMIL\tgroup
troops\tMIL\tgroup
police\tCOP\tgroup
parliament\tLEG\tgroup
";

common::events_kb!(ACTORS, ROLES, "2026-11-20");

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2026-11-20", text, claims)
}

/// The one event of type `ty` in `text`.
fn the_event(text: &str, ty: EventType) -> EventRecord {
    common::the_only(text, &events(text), ty)
}

#[test]
fn a_reputed_infinitive_is_hearsay() {
    for text in [
        "Russia is said to have sent troops to the Georgian border.",
        "Russia was reported to have sent troops to the Georgian border.",
        "Russian forces are believed to have sent troops to the Georgian border.",
    ] {
        let e = the_event(text, EventType::Mobilize);
        assert_eq!(e.modality, Modality::Attributed, "{text}: {e:#?}");
    }
    // Near misses: the writer's own report, and a purpose infinitive.
    let e = the_event(
        "Russia sent troops to the Georgian border on Sunday.",
        EventType::Mobilize,
    );
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");
    let e = the_event(
        "Russia is expected to send troops to the Georgian border.",
        EventType::Mobilize,
    );
    assert_ne!(e.modality, Modality::Attributed, "{e:#?}");
}

#[test]
fn a_capitalised_may_inside_a_name_is_no_modal() {
    // Headline-cased sentences look every word up in lower case.
    for text in [
        "British Prime Minister Ada May Met French President Pierre Lenoir In Paris",
        "British Prime Minister Ada May met French President Pierre Lenoir in Paris on Tuesday.",
    ] {
        let e = the_event(text, EventType::Consult);
        assert_eq!(e.modality, Modality::Asserted, "{text}: {e:#?}");
    }
    // Near miss: the modal in a headline.
    let e = the_event("Russia May Attack Ukraine Within Days", EventType::Assault);
    assert_eq!(e.modality, Modality::Hypothetical, "{e:#?}");
}

#[test]
fn an_infinitive_after_a_means_or_a_vote_happened() {
    let e = the_event(
        "Turkish police used water cannon to disperse protesters in Ankara.",
        EventType::Assault,
    );
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");
    let evs = events("The British parliament voted to approve the agreement with the EU.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Asserted, "{evs:#?}");
    // Near misses: a purpose after a plain act, and a future vote.
    let evs = events("Russia sent troops to attack Ukraine.");
    assert!(
        evs.iter()
            .filter(|e| e.event_type == EventType::Assault)
            .all(|e| e.modality != Modality::Asserted),
        "{evs:#?}"
    );
    let evs = events("The British parliament will vote to approve the agreement with the EU.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Future, "{evs:#?}");
}

#[test]
fn an_until_clause_of_a_refused_act_is_a_condition() {
    for text in [
        "Turkey would not allow Sweden to join NATO until Stockholm extradited the militants.",
        "Iran will not negotiate with the U.S. until Washington lifts sanctions.",
    ] {
        let evs = events(text);
        let lifted = evs
            .iter()
            .find(|e| {
                e.trigger.text.starts_with("extradited") || e.trigger.text.starts_with("lifts")
            })
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(lifted.modality, Modality::Hypothetical, "{text}: {evs:#?}");
    }
    // Near miss: a plain past "until" is a time.
    let evs = events("Ukrainian forces shelled the town until Russian troops retreated.");
    let retreat = of_type(&evs, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{evs:#?}");
    assert_eq!(retreat[0].modality, Modality::Asserted, "{evs:#?}");
}

#[test]
fn a_denied_accusation_is_not_the_deniers() {
    let text = "Ukrainian Prime Minister Marek Dolan denied the allegations on Monday.";
    let claims = vec![claim_at(
        text,
        "c1",
        Some("marek-dolan"),
        "denied",
        "the allegations on Monday",
        Stance::Deny,
    )];
    let evs = events_with(text, &claims);
    assert!(
        evs.iter()
            .all(|e| !(e.event_type == EventType::Accuse && e.source == ids(&["marek-dolan"]))),
        "{evs:#?}"
    );
    // Near misses: a denied act of the denier's own, and an accusation he
    // announces.
    let text = "Iran denied attacking the tanker.";
    let claims = vec![claim_at(
        text,
        "c1",
        Some("IRN"),
        "denied",
        "attacking the tanker",
        Stance::Deny,
    )];
    let evs = events_with(text, &claims);
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["IRN"]), "{evs:#?}");
    assert_eq!(a[0].modality, Modality::Negated, "{evs:#?}");
    let text = "Dolan announced new accusations against Russia.";
    let e = the_event(text, EventType::Accuse);
    assert_eq!(e.source, ids(&["marek-dolan"]), "{e:#?}");
}

#[test]
fn force_moves_are_mobilizations() {
    for text in [
        "Russia sent warships to the Black Sea on Sunday.",
        "Germany will deploy troops to Lithuania.",
        "Germany deployed soldiers to Lithuania.",
        "Russia moved troops to the border with Ukraine.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Mobilize).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Aid).is_empty() && of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: weapons sent are aid, and peacekeepers stay aid.
    let evs = events("Germany sent weapons to Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    let evs = events("Germany will deploy peacekeepers to Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn an_attempt_is_no_agreement() {
    let evs = events("China sought to reassure Japan after the incident.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Near miss: what was sought keeps its own row.
    let evs = events("Ukraine sought talks with Russia.");
    assert_eq!(of_type(&evs, EventType::Request).len(), 1, "{evs:#?}");
}

#[test]
fn a_percentage_stays_inside_a_gapped_object() {
    let e = the_event(
        "The United States imposed 50% tariffs on Indian goods.",
        EventType::Sanction,
    );
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IND"]), "{e:#?}");
    // Near miss: other punctuation still ends the gap.
    let evs = events("The United States imposed, in effect, tariffs on Indian goods.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn market_demand_and_economic_hits_are_no_events() {
    for text in [
        "Exports fell on weaker demand from China.",
        "Global demand for Chinese steel slowed in March.",
        "Sanctions have hit Russia's economy hard.",
        "Tariffs could hit Chinese exporters.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Request).is_empty()
                && of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a state's demand, and an attack after an auxiliary.
    let evs = events("China renewed its demand for an apology from Japan.");
    assert_eq!(of_type(&evs, EventType::Request).len(), 1, "{evs:#?}");
    let evs = events("Russian missiles have hit Kyiv again.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_warning_about_an_impersonal_outcome_is_no_threat() {
    for text in [
        "The German central bank warned the German economy would shrink this year.",
        "The central bank warned that Chinese growth would slow next year.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a warning to a state, a warning of a threatened act, and
    // a bare noun that may be the speaker's own response.
    let evs = events("Iran warned that the response would be severe if Israel retaliated.");
    assert!(!of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let evs = events("Russia warned Ukraine against joining NATO.");
    assert!(!of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let evs = events("Iran warned it would strike Israel if attacked.");
    assert!(!of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
}

#[test]
fn a_dated_participle_after_a_sanction_elaborates_it() {
    let evs =
        events("The United States imposed sanctions on Iran on Monday, targeting its oil exports.");
    assert_eq!(of_type(&evs, EventType::Sanction).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    // Near miss: an attack after a comma that no sanction precedes.
    let evs = events("Russia launched drones at Ukraine on Monday, targeting its power grid.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn a_list_item_after_a_sanction_keeps_its_attack() {
    // Only time words join a sanction to its participle: a name ends it.
    let evs = events(
        "The government ended talks, upping sanctions against Russians, killing Russian fighters in Syria.",
    );
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}
