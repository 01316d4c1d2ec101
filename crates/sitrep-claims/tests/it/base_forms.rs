//! Session 50 (claims84): the base form of a speech verb (after a modal,
//! "did" or "to") reports speech like its other forms, and an imperative
//! ("Please mention …") has no speaker. Invented sentences.

use crate::common;

use common::{claim_triples, content_of_cue, speaker_of_cue};

#[test]
fn a_base_form_after_an_auxiliary_or_a_plural_subject_is_a_cue() {
    let cases = [
        (
            "Mayor Lena Marsh did not mention the bridge closure in her speech on Monday.",
            "did not mention",
            "Mayor Lena Marsh",
            "the bridge closure",
        ),
        (
            "The report's authors describe the program as a costly failure.",
            "describe",
            "The report's authors",
            "the program as a costly failure",
        ),
        (
            "Opposition leaders threaten to boycott the vote if the count is delayed.",
            "threaten",
            "Opposition leaders",
            "to boycott the vote if the count is delayed",
        ),
        (
            "Analysts cite the drop in exports as the main cause of the slowdown.",
            "cite",
            "Analysts",
            "the drop in exports as the main cause of the slowdown",
        ),
        (
            "Activists accuse the company of hiding the spill from regulators.",
            "accuse",
            "Activists",
            "the company of hiding the spill from regulators",
        ),
        (
            "Doctors recommend that children sleep at least nine hours a night.",
            "recommend",
            "Doctors",
            "children sleep at least nine hours a night",
        ),
    ];
    for (raw, cue, speaker, content) in cases {
        assert_eq!(speaker_of_cue(raw, cue), speaker, "{raw}");
        assert_eq!(content_of_cue(raw, cue).as_deref(), Some(content), "{raw}");
    }
}

#[test]
fn seek_and_threaten_take_only_an_infinitive() {
    // An intent verb with a noun object is an act, as "sought" and "seeks"
    // are.
    for raw in [
        "The firm will seek new markets abroad.",
        "Rising seas threaten the coastal road.",
        // "threaten" is `named-to`: a thing threatening "to be" something
        // says nothing.
        "The revelations threaten to be the fatal blow to the campaign.",
    ] {
        assert!(
            claim_triples(raw).is_empty(),
            "{raw}: {:?}",
            claim_triples(raw)
        );
    }
    assert_eq!(
        content_of_cue("The two unions seek to block the merger in court.", "seek").as_deref(),
        Some("to block the merger in court")
    );
}

#[test]
fn an_imperative_has_no_speaker() {
    for raw in [
        "Please mention your order number when you call.",
        "Please describe the problem in a few words.",
    ] {
        assert!(
            claim_triples(raw).is_empty(),
            "{raw}: {:?}",
            claim_triples(raw)
        );
    }
}
