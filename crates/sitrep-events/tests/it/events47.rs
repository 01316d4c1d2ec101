//! Session 39 (branch `events47`, issue #2): event senses that need more than the trigger word.
//! A trip is a visit only when it reaches a host; releasing what is published frees no one; an
//! attack by a politician on no state, force or foreigner is criticism, and a contest won or
//! fought at home is no force. Invented sentences, each with a near miss that
//! keeps the old reading.

use crate::common;

use common::{assert_type_in_each, ids, of_type};
use sitrep_record::{EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tabbr:UK|adj:British|meto:London
us-supreme-court\torganization\tSupreme Court\tUSA\tJUD\t\t\t\tthe Supreme Court|U.S. Supreme Court
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUSMIL\tcountry\tRussian military\tRUS\tMIL\t\t\t\tRussian troops
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
daily-courier\tmedia\tDaily Courier\tUSA\tMED\t\t\t\tthe Daily Courier
viktor-orban\tperson\tViktor Orban\tHUN\tGOV\tprime minister\t2010-05-29\t\tOrban
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn a_trip_that_reaches_no_host_is_no_visit() {
    assert_type_in_each(
        events,
        &[
            "Putin went to college in the 1970s.",
            "Putin came to power in 2000.",
            "The friendship between Putin and Orban came to an ugly end.",
            "Orban flew to a fundraiser in Texas on Friday.",
            "Orban said the dispute with Putin goes to the Supreme Court next.",
        ],
        EventType::Consult,
        false,
    );
    // Near misses: a trip to a foreign state is a visit to it.
    for (text, host) in [
        ("Putin went to Budapest for talks.", "HUN"),
        ("Orban came to Washington in May.", "USA"),
        ("Orban flew to London on Friday.", "GBR"),
    ] {
        let evs = events(text);
        let visits = of_type(&evs, EventType::Consult);
        assert_eq!(visits.len(), 1, "{text}: {evs:#?}");
        assert_eq!(visits[0].target, ids(&[host]), "{text}: {evs:#?}");
    }
}

#[test]
fn releasing_what_is_published_frees_no_one() {
    assert_type_in_each(
        events,
        &[
            "Putin released his tax returns on Friday.",
            "Orban released 30 years of tax returns.",
            "The Kremlin released a statement on Monday.",
            "A poll of Hungarian voters released on Tuesday showed Orban ahead.",
            "Orban's emails were released by Putin.",
            "Putin demanded the release of the emails.",
            "Orban's office issued several press releases.",
        ],
        EventType::Retreat,
        false,
    );
    // Near misses: captives released keep the reading, before or after the verb.
    for text in [
        "Russia released two Hungarian prisoners on Friday.",
        "The Hungarian prisoners were swiftly released by Russia.",
        "Russia completed the release of two Hungarian prisoners on Friday.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Retreat).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn an_attack_by_a_politician_on_no_state_or_force_is_criticism() {
    for (text, target) in [
        (
            "Smith attacked the Daily Courier on Monday.",
            &["daily-courier"][..],
        ),
        ("Smith attacked Machado in a series of tweets.", &[][..]),
        ("Smith's personal attacks grew sharper on Monday.", &[][..]),
    ] {
        let evs = events(text);
        let accusations = of_type(&evs, EventType::Accuse);
        assert_eq!(accusations.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            accusations[0].source,
            ids(&["john-smith"]),
            "{text}: {evs:#?}"
        );
        assert_eq!(accusations[0].target, ids(target), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a leader attacking a state or an armed group, and an attack with a weapon,
    // keep their force.
    assert_type_in_each(
        events,
        &[
            "Putin attacked Ukraine in February.",
            "Smith attacked Hamas.",
            "Smith attacked the Daily Courier's offices with a rocket.",
            "Smith attacked the convoy near the border.",
        ],
        EventType::Assault,
        true,
    );
}

#[test]
fn a_politicians_contest_at_home_is_no_act_of_force() {
    let texts = [
        "Smith captured Washington in the primary.",
        "Jones captured 1,944 delegates on Tuesday.",
        "Smith fought for the bill in the Senate.",
        "Jones seized on Smith's remarks in the debate.",
    ];
    assert_type_in_each(events, &texts, EventType::Coerce, false);
    assert_type_in_each(events, &texts, EventType::Assault, false);
    // Near misses: forces, a state abroad and an armed group keep the act.
    for (text, kind) in [
        ("Russian troops captured Kyiv's airport.", EventType::Coerce),
        ("Putin captured Kyiv.", EventType::Coerce),
        ("Smith vowed to fight Hamas.", EventType::Assault),
        ("Russia seized the Ukrainian ships.", EventType::Coerce),
    ] {
        let evs = events(text);
        assert_eq!(of_type(&evs, kind).len(), 1, "{text}: {evs:#?}");
    }
}

#[test]
fn the_use_of_force_named_as_an_object_takes_its_verbs_reading() {
    // Talked about: no act.
    let evs = events("The Senate debated the use of force against Russia.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    // Authorised: an act yet to come.
    let evs = events("The Senate authorised the use of force against Russia.");
    let force = of_type(&evs, EventType::Assault);
    assert_eq!(force.len(), 1, "{evs:#?}");
    assert_eq!(force[0].modality, Modality::Future, "{evs:#?}");
    assert_eq!(force[0].target, ids(&["RUS"]), "{evs:#?}");
    // Near miss: condemned, the use of force is the act.
    let evs = events("Smith condemned the use of force against Ukraine by Russia.");
    let force = of_type(&evs, EventType::Assault);
    assert_eq!(force.len(), 1, "{evs:#?}");
    assert_ne!(force[0].modality, Modality::Future, "{evs:#?}");
}

#[test]
fn a_threat_to_a_thing_is_no_threat_by_an_actor() {
    assert_type_in_each(
        events,
        &[
            "Russia's blockade is threatening Ukraine's economy.",
            "The war in Ukraine threatens food supplies across Hungary.",
        ],
        EventType::Threaten,
        false,
    );
    // Near misses: threats made to a state, or to do something, stay.
    for text in [
        "Russia threatened Ukraine with sanctions on its exports.",
        "Russia threatened to cut Hungary's gas supplies.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Threaten).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_reply_promised_to_any_attack_by_a_named_side_is_a_threat_to_it() {
    let evs = events("Russia will respond to any attack by Ukraine.");
    let replies = of_type(&evs, EventType::Assault);
    assert_eq!(replies.len(), 1, "{evs:#?}");
    assert_eq!(replies[0].source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(replies[0].target, ids(&["UKR"]), "{evs:#?}");
    assert_eq!(replies[0].modality, Modality::Future, "{evs:#?}");
    // Near misses: no side named, or questions, are no threat.
    assert_type_in_each(
        events,
        &[
            "Russia will respond to any attack.",
            "Putin will answer any questions from Hungary.",
        ],
        EventType::Assault,
        false,
    );
}
