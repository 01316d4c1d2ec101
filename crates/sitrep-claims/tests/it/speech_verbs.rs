//! Session 50 (claims84): speech verbs the cue file lacked in every form
//! ("mused", "opined", "chided", "jabbed", "quoted", "vouched for",
//! "credited", "scoffed"). Invented sentences.

use crate::common;

use common::{claim_triples, content_of_cue, speaker_of_cue};

#[test]
fn speech_verbs_report_their_speaker_and_content() {
    let cases = [
        (
            "\"We will not back down,\" the mayor mused on Friday.",
            "mused",
            "the mayor",
            "We will not back down",
        ),
        (
            "Senator Ana Ruiz opined that the bill would fail.",
            "opined",
            "Senator Ana Ruiz",
            "the bill would fail",
        ),
        (
            "The judge chided the lawyers for their delays.",
            "chided",
            "The judge",
            "the lawyers for their delays",
        ),
        (
            "She quoted her late father: \"Never give up.\"",
            "quoted",
            "She",
            "Never give up",
        ),
        (
            "The coach vouched for the young striker's character.",
            "vouched for",
            "The coach",
            "the young striker's character",
        ),
        (
            "The treasurer scoffed at the idea of a deficit.",
            "scoffed at",
            "The treasurer",
            "the idea of a deficit",
        ),
        (
            "The governor credited the volunteers with saving the town.",
            "credited",
            "The governor",
            "the volunteers with saving the town",
        ),
    ];
    for (raw, cue, speaker, content) in cases {
        assert_eq!(speaker_of_cue(raw, cue), speaker, "{raw}");
        assert_eq!(content_of_cue(raw, cue).as_deref(), Some(content), "{raw}");
    }
}

#[test]
fn credit_given_without_a_named_holder_is_no_claim() {
    // "credited" is `named`: a passive or a thing as subject credits no one.
    let raw = "The win was credited to luck.";
    assert!(
        claim_triples(raw).is_empty(),
        "{raw}: {:?}",
        claim_triples(raw)
    );
}

#[test]
fn a_named_subject_verb_in_the_passive_is_no_claim_of_its_subject() {
    // The passive of a verb that speaks only through a subject naming
    // someone says what was said of the subject: a relative "who" after a
    // person is no speaker of it either.
    for raw in [
        "Ana Ruiz, the reporter who is credited with uncovering the fraud at the agency, will testify.",
        "Senator Ana Ruiz was mentioned in the report.",
    ] {
        let found = claim_triples(raw);
        assert!(
            !found
                .iter()
                .any(|t| t.1.contains("credited") || t.1.contains("mentioned")),
            "{raw}: {found:?}"
        );
    }
    // The active keeps its claim.
    assert_eq!(
        speaker_of_cue(
            "Senator Ana Ruiz mentioned the fraud at the agency.",
            "mentioned"
        ),
        "Senator Ana Ruiz"
    );
}

#[test]
fn a_verb_of_intent_with_its_own_infinitive_takes_no_quote_before_it() {
    // The quote names a day; "seek" reports the infinitive after it.
    let raw =
        "They joined \"Unity Day,\" a day on which the organisers will seek to engage voters.";
    assert_eq!(
        content_of_cue(raw, "will seek").as_deref(),
        Some("to engage voters"),
        "{raw}"
    );
    // With nothing after it, the verb still attributes the quote.
    let quoted = "\"We will win,\" she said.";
    assert_eq!(
        content_of_cue(quoted, "said").as_deref(),
        Some("We will win")
    );
}
