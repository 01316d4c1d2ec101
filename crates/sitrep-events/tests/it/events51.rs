//! Session 41 (branch `events51`, issue #2): event senses of general shapes on real news. A
//! public's preference (voters or a poll's share as the giver of support) is no act between
//! parties. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{assert_type_in_each, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

#[test]
fn a_publics_preference_is_no_support() {
    assert_type_in_each(
        events,
        &[
            "A majority of voters in the poll supported Smith.",
            "Undecided voters who support Jones may still change their minds.",
            "Jones was supported by 42 percent of those responding.",
            "Smith drew support from 50 percent of voters in the survey.",
            "Her support among younger voters still lags behind Smith.",
        ],
        EventType::Support,
        false,
    );
    // Near misses: a named party gives the support.
    for text in [
        "Russia supported the Syrian government in the war.",
        "Jones was supported by Smith in the primary.",
        "Jones drew support from Smith during the primary.",
        "Jones praised the voters and supported Smith.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Support).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn an_appeal_or_question_that_asks_for_nothing_is_no_request() {
    assert_type_in_each(
        events,
        &[
            "Smith's appeal among younger voters has grown since the debate.",
            "Jones appeals to Reagan Democrats in the Midwest.",
            "Smith is trying to appeal to a larger voting population.",
            "An appeal against the decision could be made to the office of the Russian prosecutor.",
            "\"Why is Russia still in Syria?\" Smith asked.",
            "Jones was trying to ask Putin a question after the summit.",
        ],
        EventType::Request,
        false,
    );
    // Near misses: the appeal asks for something.
    for text in [
        "Syria appealed to Russia for military aid.",
        "Syria appealed to Russia to halt the strikes.",
        "The Syrian appeal for aid was answered by Russia.",
        "Smith asked Putin to withdraw from Syria.",
        "Smith asked Putin, the host of the summit, to withdraw from Syria.",
        "Syria asked Russia to \"stop the strikes\" on Monday.",
        "Putin said Syria would do anything Russia asked it to.",
    ] {
        let evs = events(text);
        assert!(
            !of_type(&evs, EventType::Request).is_empty()
                || !of_type(&evs, EventType::Aid).is_empty()
                || !of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_traded_asset_supported_is_a_market_move() {
    let text = "The dollar was supported by Russian economic data on Monday.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Support).is_empty(),
        "{text}: {evs:#?}"
    );
    // Near miss: a party supported by another.
    let text = "The Syrian government was supported by Russia in the war.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Support).len(),
        1,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_thing_received_from_someone_hosts_no_one() {
    assert_type_in_each(
        events,
        &[
            "Smith received favors from the Russian government.",
            "Jones received hundreds of emails from Russian officials.",
            "Smith was thrilled to receive the endorsement of Jones.",
            "Jones received support from Russian leaders.",
        ],
        EventType::Consult,
        false,
    );
    // Near misses: a visitor received, named in the object or after a
    // visitor noun, and a meeting hosted.
    assert_type_in_each(
        events,
        &[
            "Putin received a delegation from Syria in Moscow.",
            "Putin received the Syrian envoy on Monday.",
            "Russia hosted talks between Syria and the United States.",
        ],
        EventType::Consult,
        true,
    );
}

#[test]
fn offering_words_or_proof_is_no_offer() {
    assert_type_in_each(
        events,
        &[
            "Smith offered no proof that Russia had a role in the scheme.",
            "Putin offered his condolences to the family of the Syrian leader.",
            "Jones offered some pointed advice to Smith on Friday.",
        ],
        EventType::Agree,
        false,
    );
    // Near miss: a concession offered to a party.
    let text = "Russia offered concessions to Syria on Monday.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{text}: {evs:#?}");
}
