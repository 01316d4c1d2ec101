//! Session 47 (branch `events64`, issue #2): event senses on real news. A verb of taking aimed
//! at what an election is won for (`prize`, a capitalised `chamber`) is no act of force; "whip"
//! and "lash" are attack words said as often as done (`verbal_attack`); a past participle after
//! the noun phrase opening its clause, followed by a preposition whose phrase runs on into the
//! clause's finite verb, is a reduced relative on that noun; a social occasion hosted (`occasion`)
//! is a visit hosted only with its guest named; more people nouns keep a stance verb's support.
//! Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{assert_type_in_each, event_by_trigger, ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington|meto:White House
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni|meto:Sanaa
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
ali-karimi\tperson\tAli Karimi\tIRN\tGOV\tminister\t2021-01-01\t\tKarimi
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\ntroops\tMIL\tgroup\n\
soldiers\tMIL\tgroup\nrebels\tREB\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2016-06-01");

#[test]
fn taking_an_election_prize_is_no_act_of_force() {
    let gone = [
        "Republicans renewed their bid to retake the White House in November.",
        "Smith hopes to seize the nomination at the convention.",
        "Smith seized the Republican nomination in May.",
        "Jones captured a majority of the delegates in Ohio.",
        "Democrats hope to capture the Senate and seize control of the House.",
    ];
    for ty in [EventType::Assault, EventType::Coerce] {
        assert_type_in_each(events, &gone, ty, false);
    }
    // Armed doers, a place, power taken in a coup, or a chamber word in lower case keep it.
    assert_type_in_each(
        events,
        &[
            "Houthi rebels seized the airport in Sanaa on Tuesday.",
            "Smith seized a house in Sanaa.",
        ],
        EventType::Coerce,
        true,
    );
    assert_type_in_each(
        events,
        &[
            "Syrian troops retook the town after a week of fighting.",
            "Syrian troops retook the Senate building after a week of fighting.",
            "Smith seized power in a coup in 2021.",
        ],
        EventType::Assault,
        true,
    );
}

#[test]
fn whipping_a_rival_is_criticism() {
    let rivals = [
        "Smith whipped Jones in the debate.",
        "Smith whipped Jones over her vote.",
    ];
    assert_type_in_each(events, &rivals, EventType::Assault, false);
    assert_type_in_each(events, &rivals, EventType::Accuse, true);
    // Police whipping protesters is force.
    assert_type_in_each(
        events,
        &["Iranian police whipped protesters in Tehran."],
        EventType::Assault,
        true,
    );
}

#[test]
fn a_reduced_relative_before_the_clause_verb_is_done_to_its_noun() {
    for (text, trigger, target) in [
        (
            "Syrian soldiers attacked in the raid were taken to hospital.",
            "attacked",
            "SYR",
        ),
        (
            "Iran's hardliners jailed for years criticized the deal.",
            "jailed",
            "IRN",
        ),
    ] {
        let evs = events(text);
        let e = event_by_trigger(&evs, trigger, text);
        assert!(e.source.is_empty(), "{text}: {e:#?}");
        assert!(
            e.target.iter().any(|t| t.starts_with(target)),
            "{text}: {e:#?}"
        );
    }
    // The active: an object after the verb or after an adjunct, no later verb, a wh-clause.
    for (text, trigger, source) in [
        (
            "Syrian soldiers attacked the convoy in the raid.",
            "attacked",
            "SYR",
        ),
        (
            "Syrian soldiers attacked in the north on Monday.",
            "attacked",
            "SYR",
        ),
        (
            "Iranian police arrested on Monday a man who was wanted.",
            "arrested",
            "IRN",
        ),
        (
            "Karimi asked on television how the talks could succeed.",
            "asked",
            "ali-karimi",
        ),
    ] {
        let evs = events(text);
        let e = event_by_trigger(&evs, trigger, text);
        assert!(
            e.source.iter().any(|s| s.starts_with(source)),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn a_social_occasion_hosts_only_a_named_guest() {
    // No guest: no event.
    assert_type_in_each(
        events,
        &[
            "Smith hosted a Ramadan Iftar meal at the White House.",
            "Smith hosted a reception at the White House.",
            "Smith hosted a dinner at the White House.",
        ],
        EventType::Consult,
        false,
    );
    // A guest after "for", or as the object: the guest is the target.
    for text in [
        "Smith hosted a dinner for Karimi at the White House.",
        "Smith hosted a luncheon for Karimi in Washington.",
        "Smith hosted Karimi for dinner.",
    ] {
        let evs = events(text);
        let hosted = of_type(&evs, EventType::Consult);
        assert_eq!(hosted.len(), 1, "{text}: {evs:#?}");
        assert_eq!(hosted[0].target, ids(&["ali-karimi"]), "{text}: {evs:#?}");
    }
}

#[test]
fn support_for_people_named_by_a_role_is_an_event() {
    assert_type_in_each(
        events,
        &[
            "Smith endorsed the governor in the primary.",
            "Smith supports the police officers.",
        ],
        EventType::Support,
        true,
    );
    // A measure stays no event.
    assert_type_in_each(
        events,
        &["Smith supports universal health care."],
        EventType::Support,
        false,
    );
}
