//! Cue rows whose verb reports a stance only with a subject that names
//! someone (`named`, `named-that`, `named-to` in cues.tsv): "officials worry
//! the talks will fail" is a claim with or without "that"; a subject that
//! names no one, an object instead of a clause, or the verb inside another
//! cue's reported clause make none. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;
use common::{claim_triple, claims_in};
use sitrep_claims::{extract_claims, ClaimWords, CueLexicon};
use sitrep_kb::{parse_actor_file, KbBuilder};
use sitrep_text::{normalize, TextLayer};

fn has(c: &[(String, String, String, bool)], speaker: &str, cue: &str, content: &str) -> bool {
    c.iter()
        .any(|(s, q, x, _)| s == speaker && q == cue && x == content)
}

fn cue_words(c: &[(String, String, String, bool)]) -> Vec<&str> {
    c.iter().map(|(_, q, _, _)| q.as_str()).collect()
}

#[test]
fn worry_with_a_named_subject_and_a_clause_is_a_hedged_claim() {
    let c = claims("Farm groups worry the new tariffs will close export markets.");
    assert!(
        has(
            &c,
            "Farm groups",
            "worry",
            "the new tariffs will close export markets"
        ),
        "{c:?}"
    );
    assert!(c.iter().all(|(_, _, _, hedged)| *hedged), "{c:?}");
    let c = claims("She worried that the ferry schedule would be cut again.");
    assert!(
        has(
            &c,
            "She",
            "worried",
            "the ferry schedule would be cut again"
        ),
        "{c:?}"
    );
    let c = claims("Residents worry they could lose their homes to the new highway.");
    assert!(
        has(
            &c,
            "Residents",
            "worry",
            "they could lose their homes to the new highway"
        ),
        "{c:?}"
    );
}

#[test]
fn worry_without_a_clause_or_a_named_subject_is_no_claim() {
    // An object, not a clause: the verb names a feeling someone causes.
    let c = claims("The rising prices worry many shoppers in the region.");
    assert!(!cue_words(&c).contains(&"worry"), "{c:?}");
    // "worried about" names what the worry is about, no proposition.
    let c = claims("Parents were worried about the closure of the school.");
    assert!(!cue_words(&c).contains(&"were worried"), "{c:?}");
    assert!(!cue_words(&c).contains(&"worried"), "{c:?}");
}

#[test]
fn a_named_verb_inside_a_reported_clause_belongs_to_that_claim() {
    let c = claims("The mayor said she worried the bridge would close for a year.");
    assert!(
        has(
            &c,
            "The mayor",
            "said",
            "she worried the bridge would close for a year"
        ),
        "{c:?}"
    );
    assert!(!cue_words(&c).contains(&"worried"), "{c:?}");
}

#[test]
fn a_named_verb_attributes_no_quote() {
    // The quoted words are the agency's; "worry" is no speech verb that a
    // quote before it could be attributed to.
    let c = claims(
        "The agency has said there is \"no reason\" for farmers to worry about the drought.",
    );
    assert!(!cue_words(&c).contains(&"worry"), "{c:?}");
    let c = claims("\"We will rebuild,\" the owners worry, may not be enough.");
    assert!(!cue_words(&c).contains(&"worry"), "{c:?}");
}

/// The columns parse to the same limits for any verb: a test lexicon with a
/// `named-that` and a `named-to` row.
#[test]
fn named_rows_need_a_subject_that_names_someone() {
    let lex = CueLexicon::parse(
        "test-cues.tsv",
        "phrase\tkind\tstance\thedged\n\
         figures\tverb\tassert\t1\tnamed-that\n\
         aims\tverb\tassert\t0\tnamed-to\n",
        ClaimWords::builtin().expect("claims words load"),
    )
    .expect("test lexicon parses");
    assert!(lex.cues().iter().all(|c| c.named_subject));
    let kb = KbBuilder::default().build();
    let run = |raw: &str| {
        let layer = TextLayer::new(normalize(raw));
        let actors = sitrep_actors::find_actors(&layer, &kb, None);
        extract_claims(&layer, &actors, &kb, &lex)
            .iter()
            .map(|c| claim_triple(&layer.text, c).1)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        run("The mayor figures her budget will pass this spring."),
        ["figures"]
    );
    assert_eq!(
        run("The senator aims to pass the bill before the recess."),
        ["aims"]
    );
    // The subject names no one: a figure of the budget, not a speaker.
    assert!(run("Even the lowest estimate figures the cost will double.").is_empty());
    // An object and no infinitive: the verb names an act.
    assert!(run("The senator aims the camera at the crowd.").is_empty());
}

#[test]
fn an_unknown_complement_value_is_an_error() {
    let err = CueLexicon::parse(
        "test-cues.tsv",
        "phrase\tkind\tstance\thedged\nfigures\tverb\tassert\t1\tnamed-what\n",
        ClaimWords::builtin().expect("claims words load"),
    )
    .expect_err("named-what is no complement");
    assert!(err.contains("named-that"), "{err}");
}

/// A subject that is an actor mention names someone even when it is the
/// sentence's first word, where capitalisation proves nothing.
#[test]
fn a_one_word_actor_subject_names_someone() {
    let mut b = KbBuilder::default();
    b.add_actor_rows(
        parse_actor_file(
            "test.tsv",
            "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n\
             GRC\tcountry\tGreece\tGRC\t\t\t\t\tmeto:Athens\n",
        )
        .expect("test KB parses"),
    );
    let kb = b.build();
    for s in [
        "Greece worries that the pipeline will be delayed.",
        "Athens worries the pipeline will be delayed.",
    ] {
        let (text, c) = claims_in(&kb, s);
        assert!(
            c.iter().any(|c| c.speaker.actor.as_deref() == Some("GRC")
                && text[c.content.start..c.content.end] == *"the pipeline will be delayed"),
            "{s}: {c:?}"
        );
    }
    // Without an actor, a capitalised first word names no one.
    let c = claims("Delays worry that the pipeline will be costly.");
    assert!(!cue_words(&c).contains(&"worry"), "{c:?}");
}
