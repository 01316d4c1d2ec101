//! Session 42 (branch `events53`, issue #2): event senses of general shapes on real news. The
//! backing a candidate has in a public, measured ("her support has shrunk", "the loss of support
//! to Jones"), is no act of support; the "to" of an infinitive after a hosting row's object is no
//! place anyone is welcomed to; the chief of a body is no agreement. Invented sentences, each
//! with a near miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

fn supports(text: &str) -> usize {
    of_type(&events(text), EventType::Support).len()
}

#[test]
fn a_candidates_measured_backing_is_no_support() {
    for text in [
        "Smith's loss of support to Jones accelerated after the primary.",
        "The debate brought a shift in support from Smith to Jones.",
        "The suburbs formed the backbone of her support against Jones.",
        "Jones saw the biggest boost in her national support after the debate.",
        "Jones cut into Smith's support across most of Ohio.",
        "Even as Smith's overall support has shrunk in recent days, he leads in Ohio.",
        "A poll showed Jones's support holding steady after the debate.",
        "Smith's support has been solid in enough states to win.",
        "Jones has broad support among the party's power brokers.",
        "Smith has support from 52 percent of primary voters.",
    ] {
        assert_eq!(supports(text), 0, "{text}: {:#?}", events(text));
    }
    // Near misses: support given by a party, with its object or a giver.
    for text in [
        "Russia's support for Syria has grown since the war began.",
        "Smith announced his support for Jones on Thursday.",
        "Jones gave her support to Smith in the primary.",
        "Smith drew support from Jones during the primary.",
    ] {
        assert_eq!(supports(text), 1, "{text}: {:#?}", events(text));
    }
}

#[test]
fn a_name_before_a_crowd_word_says_which_public() {
    let text = "Smith enjoyed strong support from Russian voters in the survey.";
    assert_eq!(supports(text), 0, "{text}: {:#?}", events(text));
    // Near miss: the name heads the giver phrase.
    let text = "Smith enjoyed strong support from Russian officials in the dispute.";
    assert_eq!(supports(text), 1, "{text}: {:#?}", events(text));
}

#[test]
fn the_to_of_an_infinitive_is_no_place_welcomed_to() {
    for text in [
        "Putin welcomed Smith to visit Moscow next year.",
        "Putin welcomed the Syrian move to withdraw its troops.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: welcomed to a place.
    let text = "Putin welcomed the Syrian president to Moscow on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Consult).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn the_head_of_a_body_is_no_agreement() {
    for text in [
        "The head of Russia's delegation to the talks said Syria should leave.",
        "Smith said he is heading now to Ohio for a rally.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: an agreement named by its own word.
    let text = "Russia and Syria reached an agreement on Monday.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{text}: {evs:#?}");
}

#[test]
fn placards_laws_and_enrolment_are_no_signing() {
    for text in [
        "Protesters were holding signs calling Smith a loser.",
        "A man holding a John Smith sign greeted voters in Ohio.",
        "All signs pointed to a close race between Smith and Jones.",
        "Jones signed a bill ending the tax on Thursday.",
        "Smith said he would sign such a bill if it came to him.",
        "Smith signed the measure into law last year.",
        "Jones will sign up more donors after Smith's defeat.",
    ] {
        assert_eq!(supports(text), 0, "{text}: {:#?}", events(text));
    }
    // Near misses: a formal agreement signed (CAMEO 057, SUPPORT in the
    // PLOVER table).
    for text in [
        "Russia and Syria signed a treaty of friendship on Monday.",
        "Putin signed an agreement with Syria on Monday.",
    ] {
        assert_eq!(supports(text), 1, "{text}: {:#?}", events(text));
    }
}

#[test]
fn a_retort_a_rise_or_a_chance_is_no_shooting() {
    for text in [
        "Smith shot back that Jones had lied about Russia.",
        "\"He is wrong,\" Smith shot back with a laugh.",
        "The odds of a Russian win in Syria have shot up this week.",
        "Ohio is Smith's best shot at beating Jones.",
        "Smith, a combat veteran, criticized Putin on Monday.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: fire at someone.
    for text in [
        "Syrian troops shot back at Russian soldiers near the border.",
        "Syrian troops shot at Russian soldiers near the border.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Assault).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn dealing_with_someone_and_the_adjective_free_are_no_acts() {
    for text in [
        "Smith struggled to deal with Russia during the crisis.",
        "Smith said he would deal with Syria differently.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    let text = "Russia made a deal with Syria on Monday.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{text}: {evs:#?}");
    for text in [
        "Smith is free to meet Putin whenever he likes.",
        "Russia is conducting free trade talks with Syria.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    let text = "Syria freed two Russian soldiers on Monday.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Retreat).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_text_released_by_someone_frees_no_one() {
    for text in [
        "Jones's statement, released by the Russian government, denied the report.",
        "The emails from Smith released by Russia were old.",
        "A poll for the Syrian government released last week showed Jones ahead.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: captives released, also inside a report's clause.
    for text in [
        "Russia released two Syrian prisoners on Monday.",
        "The report said Russia released two Syrian prisoners.",
        "Syria gave Russia the list of the prisoners to be released today.",
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
fn agreeing_with_a_view_commits_to_nothing() {
    for text in [
        "The judge agreed with Jones that there was no reason to intrude.",
        "Smith said he agreed with Jones on the issue.",
        "Putin agreed with the analysis of the Syrian government.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a course of action agreed with a party.
    for text in [
        "Russia agreed with Syria to hold talks in Moscow.",
        "Russia agreed with Syria on a ceasefire near Aleppo.",
    ] {
        let evs = events(text);
        assert!(
            !of_type(&evs, EventType::Agree).is_empty()
                || !of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}
