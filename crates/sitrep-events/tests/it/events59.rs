//! Session 45 (branch `events59`, issue #2): event senses of general shapes on real news, sized
//! on r500 before each rule. A politician's attack word aimed at someone called by a title, or
//! told with the medium it was said in, is criticism; a campaign targeting a group of voters
//! attacks no one; a person's name or possessive before the thing hosted names no guest; "X
//! talks about" is the verb, no negotiation; a plan or a policy released is published, not
//! freed; a speech to an audience consults no one; a detention told beside a release is its
//! background. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

fn assert_none_of(text: &str, ty: EventType) {
    let evs = events(text);
    assert!(of_type(&evs, ty).is_empty(), "{text}: {evs:#?}");
}

fn assert_one_of(text: &str, ty: EventType) -> sitrep_record::EventRecord {
    let evs = events(text);
    let found = of_type(&evs, ty);
    assert_eq!(found.len(), 1, "{text}: {evs:#?}");
    found[0].clone()
}

/// Each text of `gone` has no event of type `ty`, each of `kept` (the near misses) exactly one.
fn gone_and_kept(ty: EventType, gone: &[&str], kept: &[&str]) {
    for text in gone {
        assert_none_of(text, ty);
    }
    for text in kept {
        assert_one_of(text, ty);
    }
}

/// As [`gone_and_kept`] with one near miss, `kept`, whose event of type `ty` is aimed at
/// `target`.
fn gone_and_kept_at(ty: EventType, gone: &[&str], kept: &str, target: &str) {
    gone_and_kept(ty, gone, &[kept]);
    let event = assert_one_of(kept, ty);
    assert_eq!(event.target, ids(&[target]), "{kept}: {event:#?}");
}

/// The one criticism (ACCUSE) of `text`, which tells no assault.
fn said_not_done(text: &str) -> sitrep_record::EventRecord {
    assert_none_of(text, EventType::Assault);
    assert_one_of(text, EventType::Accuse)
}

#[test]
fn an_attack_on_someone_titled_or_told_in_a_medium_is_criticism() {
    for text in [
        "Smith has been targeting Machado since Monday.",
        "Smith is doubling down on his attacks on a former Miss Universe.",
        "Smith attacked the central bank in a tweet.",
        "Jones slammed the new rules in an interview on Sunday.",
    ] {
        let accusation = said_not_done(text);
        assert_eq!(accusation.source.len(), 1, "{text}: {accusation:#?}");
    }
    // Near misses: a thing after the article, a name in another phrase, an armed group's
    // target and an attack with no medium told keep the force.
    for text in [
        "Smith attacked a convoy near the border.",
        "Smith attacked a convoy carrying Machado.",
        "Hamas has targeted Israeli soldiers in a statement of intent.",
        "Smith attacked the central bank building.",
    ] {
        assert_one_of(text, EventType::Assault);
        assert_none_of(text, EventType::Accuse);
    }
}

#[test]
fn an_attack_by_no_one_named_on_people_alone_is_criticism() {
    for text in [
        "There are plenty of valid reasons to attack Smith.",
        "The ad showed an attack on Smith, a former prisoner of war.",
        "Critics unleashed withering attacks against Smith on Saturday.",
        "Party leaders hope the campaign will tone down its attacks against Jones.",
    ] {
        let accusation = said_not_done(text);
        assert!(
            accusation.target.contains(&"john-smith".to_owned())
                || accusation.target.contains(&"mary-jones".to_owned()),
            "{text}: {accusation:#?}"
        );
    }
    // Near misses: a passive's agent the KB does not name, a casualty beside the attack, and
    // forces attacked keep the force.
    for text in [
        "Smith was attacked by hackers on Monday.",
        "The attack on Smith killed two guards.",
        "Attacks against American troops rose in Iraq.",
    ] {
        assert!(
            !of_type(&events(text), EventType::Assault).is_empty(),
            "{text}"
        );
        assert_none_of(text, EventType::Accuse);
    }
}

#[test]
fn a_campaign_targeting_voters_attacks_no_one() {
    // Near misses: soldiers are no voters, and two common words joined by "and" are two
    // phrases, the first the target ("the convoy").
    gone_and_kept(
        EventType::Assault,
        &[
            "Smith is targeting Latino and black voters across the state.",
            "Jones is targeting black and Hispanic voters in Ohio.",
            "Jones has been targeting evangelicals in Iowa.",
            "The Smith campaign is targeting millennials with new ads.",
        ],
        &[
            "Hamas targeted Israeli and American soldiers near the border.",
            "Hamas targeted the convoy and voters fled.",
        ],
    );
}

#[test]
fn a_name_or_possessive_before_the_thing_hosted_names_no_guest() {
    // Near misses: a visiting leader is hosted, also with a word no preposition class holds
    // after him.
    gone_and_kept(
        EventType::Consult,
        &[],
        &["Smith hosted Putin aboard his private jet."],
    );
    gone_and_kept_at(
        EventType::Consult,
        &[
            "Last month, Jones hosted a Smith fundraiser.",
            "Smith hosted his Labor Day cookout on Monday.",
        ],
        "Smith hosted Putin at his ranch.",
        "vladimir-putin",
    );
}

#[test]
fn a_person_who_talks_about_a_topic_negotiates_nothing() {
    // Near misses: his talks are negotiations, and talking with someone consults them.
    gone_and_kept(
        EventType::Consult,
        &[
            "Smith talks about a revolution.",
            "In a speech in 2013, Jones talks about the blame that banks faced.",
        ],
        &[
            "Smith's talks about the deal resumed.",
            "Smith talks with Putin about trade.",
        ],
    );
}

#[test]
fn a_plan_or_a_policy_released_is_published() {
    // Near miss: captives released are freed.
    gone_and_kept(
        EventType::Retreat,
        &[
            "Smith first released his plan a year ago.",
            "Jones will be releasing broader immigration policies in the coming days.",
            "Smith released the following statement on Monday.",
        ],
        &["Russia released the following prisoners on Monday."],
    );
}

#[test]
fn a_speech_to_an_audience_consults_no_one() {
    // Near miss: speaking to a named party consults it.
    gone_and_kept_at(
        EventType::Consult,
        &[
            "Smith, speaking to a veterans group in Ohio, said he would review the rules.",
            "Jones spoke to a gathering of industry leaders on Thursday.",
            "Smith will talk to students at the university.",
        ],
        "Smith spoke to Putin on Thursday.",
        "vladimir-putin",
    );
}

#[test]
fn a_detention_told_beside_a_release_is_its_background() {
    // Near misses: the same participle with no release told, an arrest told by a main verb
    // beside a release, and a detention beside a text released.
    gone_and_kept(
        EventType::Coerce,
        &[
            "Israel on Wednesday released the mayor of Nablus, a Hamas member jailed by Israel over a year ago.",
            "Russia freed two activists jailed by Russia for protesting against the war.",
            "Israel released the mayor, a member of the Hamas movement jailed over a year ago.",
        ],
        &[
            "Israel praised the mayor of Nablus, a Hamas member jailed by Israel over a year ago.",
            "Israel arrested the mayor of Nablus and released his brother.",
            "In a video message released this week, the mayor, who has been jailed by Israel since 1999, said he believed in peace.",
        ],
    );
    assert_one_of(
        "Russia freed two activists jailed by Russia for protesting against the war.",
        EventType::Retreat,
    );
}
