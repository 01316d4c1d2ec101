//! Session 44 (branch `events57`, issue #2): event senses of general shapes on real news,
//! sized on r500 before each rule. A politician's attack word told in an election or a debate
//! is criticism whatever it names, and a clash or an "assault on" a rival is words too; a visit
//! to a place no party holds is no consultation, and a visit made is a visit, not an intent to
//! meet; "thanks to" is "because of"; a backing that is the subject of "be" is a standing, no
//! act; an effect had ("impact") supports no one. Invented sentences, each with a near miss
//! that keeps the old reading.

use crate::common;

use common::{assert_type_in_each, ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
USAMIL\tcountry\tUS military\tUSA\tMIL\t\t\t\tAmerican troops
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn an_attack_word_told_in_an_election_or_a_debate_is_criticism() {
    for text in [
        "Smith attacked other candidates on stage for accepting donations.",
        "Smith continued his attacks on the nomination process.",
        "At the debate, Smith attacked the moderators.",
        "Smith continued his assault on Mr. Brown, mocking his record.",
        "Smith will clash with Megan Kelly on Sunday.",
    ] {
        let evs = events(text);
        let accusations = of_type(&evs, EventType::Accuse);
        assert_eq!(accusations.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            accusations[0].source,
            ids(&["john-smith"]),
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a thing attacked with no election or debate told keeps the force; troops'
    // assault is no politician's; an assault "of" someone is done to a body.
    assert_type_in_each(
        events,
        &[
            "Smith attacked the convoy near the border.",
            "American troops continued their assault on the city.",
            "Smith's assault of a woman in Ohio shocked the town.",
        ],
        EventType::Accuse,
        false,
    );
    assert_type_in_each(
        events,
        &[
            "Smith attacked the convoy near the border.",
            "American troops continued their assault on the city.",
            "Smith's assault of a woman in Ohio shocked the town.",
        ],
        EventType::Assault,
        true,
    );
}

#[test]
fn a_visit_to_a_place_no_party_holds_is_no_consultation() {
    for text in [
        "Smith's visit to Walter Reed lasted two hours.",
        "Smith made an unscheduled trip to Walter Reed hospital on Saturday.",
        "Jones has made at least 32 visits to the site.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a host named after "to" keeps the visit, and a visit made is a past visit
    // (CONSULT), no intent to meet.
    for text in [
        "Smith's visit to Beijing lasted two days.",
        "Smith made a visit to China on Saturday.",
    ] {
        let evs = events(text);
        let visits = of_type(&evs, EventType::Consult);
        assert_eq!(visits.len(), 1, "{text}: {evs:#?}");
        assert_eq!(visits[0].target, ids(&["CHN"]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn thanks_to_is_because_of() {
    assert_type_in_each(
        events,
        &[
            "Smith's lead continues to grow thanks to China.",
            "Thanks in part to lobbying by Smith, Jones can take advantage of the provision.",
            "That much she accomplished, thanks in large part to Smith himself.",
        ],
        EventType::Support,
        false,
    );
    // Near miss: thanking someone is thanks given.
    let text = "Smith thanks China for its help.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Support).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_backing_described_by_be_is_a_standing() {
    assert_type_in_each(
        events,
        &[
            "Smith's support was a mirage.",
            "Support for Jones has also been strongest among white voters.",
            "Support for China has been a bipartisan cause in Congress.",
        ],
        EventType::Support,
        false,
    );
    // Near miss: a backing given.
    let text = "Smith voiced his support for China on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Support).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn an_effect_had_supports_no_one() {
    assert_type_in_each(
        events,
        &[
            "The potential impact on Smith is asymmetrical.",
            "Life in Iraq has been impacted by American policy.",
        ],
        EventType::Support,
        false,
    );
    // Near miss: praise is support.
    let text = "Smith praised China on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Support).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn talking_about_a_topic_alone_consults_no_one() {
    assert_type_in_each(
        events,
        &[
            "Smith discussed his commitment to improving services for veterans.",
            "Jones discussed how she had placed a note card in a burn bag.",
        ],
        EventType::Consult,
        false,
    );
    // Near misses: a partner after "with", or a second doer joined by "and" (here one no actor
    // stands for, behind an apposition), keeps the consultation.
    for text in [
        "Smith discussed the crisis with China on Monday.",
        "The tech mogul and the top envoy, John Smith, discussed ways to ease tensions.",
        "Smith said China remained ready to discuss a ceasefire.",
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
fn a_message_sent_by_a_stance_and_a_law_named_for_an_act_are_no_events() {
    let texts = [
        "Smith sent a clear message to China ahead of the elections.",
        "Jones said the extradition bill is an example of China's pressure.",
    ];
    assert_type_in_each(events, &texts, EventType::Consult, false);
    assert_type_in_each(events, &texts, EventType::Cooperate, false);
    // Near misses: a message sent to someone and an extradition done stay events.
    let text = "Smith sent a message to China on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Consult).len(),
        1,
        "{text}: {evs:#?}"
    );
    let text = "Iraq agreed to the extradition of Smith to China.";
    let evs = events(text);
    assert!(
        !of_type(&evs, EventType::Cooperate).is_empty()
            || !of_type(&evs, EventType::Agree).is_empty(),
        "{text}: {evs:#?}"
    );
}
