//! Session 40 (branch `events49`, issue #2): event senses of general shapes. A force word
//! needs a hostile object (voters courted, a campaign trail, an election race are none); an
//! attack on a policy is criticism; a quarrel between named people is kept as criticism; an
//! agreement concluded is reached; a list or names handed over or received, or treatment
//! received, is no aid and no visit. Invented sentences, each with a near miss that keeps the
//! old reading.

use crate::common;

use common::{assert_type_in_each, ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUSMIL\tcountry\tRussian military\tRUS\tMIL\t\t\t\tRussian troops
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
peter-brown\tperson\tPeter Brown\tUSA\tLEG\tsenator\t2019-01-03\t\tBrown
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

/// No event of a hostile type (force, coercion) in `text`.
fn assert_no_force(text: &str) {
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Assault).is_empty() && of_type(&evs, EventType::Coerce).is_empty(),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_campaign_object_makes_a_force_word_no_act() {
    for text in [
        "Smith targeted Latino voters in Florida.",
        "Jones is targeting suburban voters in Ohio this week.",
        "Smith hit the campaign trail in Ohio on Monday.",
        "Jones finally hit the airwaves with a new message.",
        "Smith and Jones are moving into the race.",
        "Jones is facing attack ads ahead of the primary.",
    ] {
        assert_no_force(text);
    }
    // Near misses: a hostile object keeps the force.
    for (text, kind) in [
        (
            "Smith said Russian troops targeted the Ukrainian town.",
            EventType::Assault,
        ),
        ("Russian troops moved into the town.", EventType::Coerce),
        (
            "Russian troops hit the convoy near the border.",
            EventType::Assault,
        ),
    ] {
        let evs = events(text);
        assert_eq!(of_type(&evs, kind).len(), 1, "{text}: {evs:#?}");
    }
}

#[test]
fn an_attack_on_a_policy_is_criticism_of_its_owner() {
    // No owner named: criticism with no target.
    for text in [
        "Smith has attacked loopholes that benefit hedge funds.",
        "Jones attacked the bill in the Senate.",
    ] {
        let evs = events(text);
        let criticism = of_type(&evs, EventType::Accuse);
        assert_eq!(criticism.len(), 1, "{text}: {evs:#?}");
        assert!(criticism[0].target.is_empty(), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // The owner named is the target.
    let evs = events("Smith attacked Jones's proposal on Tuesday.");
    let criticism = of_type(&evs, EventType::Accuse);
    assert_eq!(criticism.len(), 1, "{evs:#?}");
    assert_eq!(criticism[0].target, ids(&["mary-jones"]), "{evs:#?}");
    // Near miss: a thing of force keeps the assault.
    let evs = events("Russian troops attacked the convoy near the border.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_quarrel_between_named_people_is_criticism() {
    for text in [
        "Smith and Jones are fighting about Brown.",
        "Smith fought Jones in the primary.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Accuse).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // Near misses: named people striving together for a cause, and a vote won, quarrel with
    // no one.
    for text in [
        "Smith and Jones fought for the bill in the Senate.",
        "Smith captured Washington in the primary.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn an_agreement_concluded_is_reached() {
    let evs = events("Iran and Russia concluded a long-term agreement on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
    // Near miss: signing stays SUPPORT (CAMEO 057, as the PLOVER gold codes it).
    let evs = events("Iran and Russia signed a long-term agreement on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");
}

#[test]
fn a_list_or_names_handed_or_received_is_no_act() {
    let texts = [
        "Putin hands over the list to Smith.",
        "The Iranian embassy received the names of the detainees.",
        "Putin is receiving medical treatment in Germany.",
    ];
    assert_type_in_each(events, &texts, EventType::Aid, false);
    assert_type_in_each(events, &texts, EventType::Consult, false);
    // Near misses: goods handed over are aid; an envoy received is a visit.
    let evs = events("Putin handed over the weapons to Iran.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    let evs = events("Putin received the Iranian envoy in Moscow.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn a_politicians_rally_is_no_protest() {
    assert_type_in_each(
        events,
        &[
            "Smith spent much of his rally on Monday attacking Jones.",
            "At her rally in Ohio, Jones called for a special prosecutor.",
            "A protester was removed from a Jones rally in Ohio.",
        ],
        EventType::Protest,
        false,
    );
    // Near misses: a rally against someone, and one by a crowd, are protests.
    for text in [
        "Smith held a rally against Putin in Washington.",
        "Thousands of Russians held a rally in Moscow against Putin.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Protest).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn rivals_contesting_a_place_are_no_quarrel() {
    let evs = events("Smith and Jones are fighting it out for first place in Ohio.");
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn an_order_not_complied_with_is_rejected() {
    let evs = events("Iran will not comply with the order of the court.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
    // Near miss: complied with, the order is yielded to.
    let evs = events("Iran complied with the order of the court.");
    assert_eq!(of_type(&evs, EventType::Concede).len(), 1, "{evs:#?}");
}

#[test]
fn an_accident_kills_without_an_attacker() {
    assert_type_in_each(
        events,
        &[
            "Two Russian soldiers have been killed in a helicopter crash in Syria, Russia said.",
            "Three Russian soldiers were killed in a road accident in Syria, Russia said.",
        ],
        EventType::Assault,
        false,
    );
    // Near miss: killed by someone, it is an attack.
    let evs = events("Two Russian soldiers have been killed by Iranian drones in Syria.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_host_needs_someone_received() {
    assert_type_in_each(
        events,
        &[
            "Smith received 38 percent in Ohio, Jones had 36 percent.",
            "Putin received a diet and exercise plan last year.",
            "Putin hosted a fundraiser in Moscow.",
        ],
        EventType::Consult,
        false,
    );
    // Near misses: a visitor named, by a pronoun, or in the passive, and talks hosted.
    for text in [
        "Putin received the Iranian envoy in Moscow.",
        "Putin received a delegation from Iran.",
        "Smith was warmly received in Moscow by Putin.",
        "Putin hosted talks between Iran and the United States.",
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
fn paying_for_a_thing_is_no_cooperation() {
    let evs = events("Smith said Russia would pay for the wall.");
    assert!(of_type(&evs, EventType::Cooperate).is_empty(), "{evs:#?}");
    // Near miss: compensation paid keeps its own row.
    let evs = events("Russia paid compensation to Iran.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
}

#[test]
fn demonstrating_a_quality_is_no_protest() {
    assert_type_in_each(
        events,
        &[
            "Smith demonstrated more ease in that setting.",
            "Putin has demonstrated his commitment to the talks, Smith said.",
            "Smith has demonstrated he is a good moderator.",
        ],
        EventType::Protest,
        false,
    );
    // Near miss: demonstrating with no object is a protest.
    let evs = events("Thousands of people demonstrated in Moscow against Putin.");
    assert_eq!(of_type(&evs, EventType::Protest).len(), 1, "{evs:#?}");
}

#[test]
fn the_public_a_campaign_addresses_is_no_party() {
    for text in [
        "Smith urged voters in Ohio to vote early.",
        "Jones is warning voters that Smith would raise taxes.",
        "Jones asked voters to elect a friendly Congress.",
        "Jones thanked supporters at a victory rally in Ohio.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: asking a named party, or the public together with one, stays, and a
    // crowd word counting troops names no public.
    for text in [
        "Smith urged Russia to vote against the resolution.",
        "Smith apologized to his supporters and to Jones.",
        "The Russian army will deploy thousands of troops to the south.",
        "Putin called on the people to keep calm.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
    }
}

#[test]
fn signs_of_something_are_no_signing() {
    let evs =
        events("Jones's wide victories were troubling signs of a party that has not yet rallied.");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
    // Near miss: a signing keeps its reading.
    let evs = events("Iran and Russia signed a long-term agreement on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");
}
