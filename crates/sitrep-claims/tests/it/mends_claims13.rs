//! Speakers and reporting chains in ordinary wire shapes (session 11,
//! `claims13`): who is cited between a subject and its speech verb, lists
//! of cited outlets, list speakers, pronoun speakers after a claim, and
//! clauses opened by modals or irregular pasts. Invented sentences.

use crate::common;

use common::claim_texts as claims;
use common::{claim_triple, claims_in};
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};
use sitrep_record::ClaimRecord;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
wire\tmedia\tGlobe Wire\tGBR\tMED\t\t\t\t
agency\tmedia\tPress Agency\tFRA\tMED\t\t\t\t
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

/// (speaker text, cue, content, via texts) of each claim.
fn with_via(kb: &Kb, raw: &str) -> Vec<(String, String, String, Vec<String>)> {
    let (text, c): (String, Vec<ClaimRecord>) = claims_in(kb, raw);
    c.iter()
        .map(|c| {
            let (speaker, cue, content) = claim_triple(&text, c);
            let vias = c.via.iter().map(|v| v.text.clone()).collect();
            (speaker, cue, content, vias)
        })
        .collect()
}

#[test]
fn people_cited_before_the_speech_verb_are_its_reporting_chain() {
    let kb = kb();
    let c = with_via(
        &kb,
        "Globe Wire, citing three sources familiar with the matter, reported that the talks had stalled.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str(), c[0].2.as_str()),
        ("Globe Wire", "reported", "the talks had stalled"),
        "{c:?}"
    );
    assert_eq!(c[0].3, ["three sources familiar with the matter"], "{c:?}");
    let c = with_via(
        &kb,
        "The newspaper, citing two senior officials, said the army would withdraw.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].3, ["two senior officials"], "{c:?}");
    // A reason cited there stays the subject's own claim.
    let c = claims("The company, citing weak demand, said profits would fall.");
    assert!(
        c.iter()
            .any(|(s, q, x, _)| s == "The company" && q == "citing" && x == "weak demand"),
        "{c:?}"
    );
}

#[test]
fn each_outlet_of_a_cited_list_is_a_link() {
    let kb = kb();
    for raw in [
        "Western media reported, citing Globe Wire and Press Agency, that the talks had stalled.",
        "The broadcaster, citing Globe Wire and Press Agency, said that the talks had stalled.",
    ] {
        let c = with_via(&kb, raw);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].3, ["Globe Wire", "Press Agency"], "{c:?}");
    }
    // A list whose conjuncts are not all names stays one link.
    let c = with_via(
        &kb,
        "Western media reported, citing Globe Wire and local officials, that the talks had stalled.",
    );
    assert_eq!(c[0].3.len(), 1, "{c:?}");
}

#[test]
fn a_demonstrative_object_points_back_and_makes_no_claim() {
    let c =
        claims("The group rejected that demand, saying in a statement that it would not disarm.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].1.as_str(), c[0].2.as_str()),
        ("saying", "it would not disarm"),
        "{c:?}"
    );
    assert!(claims("The ministry denied that.").is_empty());
    // A "that" opening a clause, even one interrupted by a comma, is kept.
    let c = claims("The mayor said that, if elected, she would cut taxes.");
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims("The ministry denied that troops had crossed the border.");
    assert_eq!(c[0].2, "troops had crossed the border", "{c:?}");
}

#[test]
fn a_modal_or_an_irregular_past_opens_a_clause_without_that() {
    let c = claims("Officials worry prices rose too quickly.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "prices rose too quickly", "{c:?}");
    let c = claims("Diplomats worry the talks may collapse.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the talks may collapse", "{c:?}");
    // With a plain noun object the verb reports no clause.
    assert!(claims("Officials worry about rising prices.").is_empty());
    assert!(claims("Investors worry the markets.").is_empty());
}
