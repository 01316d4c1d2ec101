//! Stances nested in "said …" and correction notes in documents with many
//! claims: the checks read only the text of the draft that holds the cue,
//! and give the same answers whatever comes before. Invented sentences, an
//! empty KB.

use crate::common;

use common::claim_triples as triples;

/// Paragraphs of plain claims, one a paragraph, each its own content.
fn preamble(n: usize) -> String {
    (0..n)
        .map(|i| format!("The mayor said the vote on item {i} would be held in May.\n\n"))
        .collect()
}

/// How many claims of `raw` have cue `a` and how many cue `b`.
fn cue_counts(raw: &str, a: &str, b: &str) -> (usize, usize) {
    let t = triples(raw);
    let count = |cue: &str| t.iter().filter(|(_, c, _)| c == cue).count();
    (count(a), count(b))
}

#[test]
fn a_stance_inside_said_stays_nested_after_many_claims() {
    for tail in [
        "The premier said he hoped the truce would restore normal trade.",
        "The premier said the round had made progress and that he hoped the truce would hold.",
    ] {
        let raw = format!("{}{tail}", preamble(40));
        assert_eq!(cue_counts(&raw, "hoped", "said"), (0, 41), "{tail:?}");
    }
    // Outside a reported clause the stance is a claim of its own, however
    // many claims stand before it.
    let raw = format!(
        "{}The premier hoped the truce would restore normal trade.",
        preamble(40)
    );
    assert!(
        triples(&raw).iter().any(|(_, c, _)| c == "hoped"),
        "{:?}",
        triples(&raw)
    );
}

#[test]
fn a_correction_note_after_many_claims_is_no_claim() {
    let raw = format!(
        "{}Correction: This story has been corrected to say that the opposition party, not the government, welcomed the decision first.",
        preamble(30)
    );
    assert_eq!(cue_counts(&raw, "welcomed", "said"), (0, 30));
}

#[test]
fn only_a_been_corrected_to_sentence_is_a_correction_note() {
    // (last sentence, its claims with cue "approved" and with cue "said")
    for (tail, want) in [
        // "been" before the correction verb and "to" after it: the note.
        (
            "The article has been amended to say that the council, not the mayor, approved the budget first.",
            (0, 5),
        ),
        // A correction verb without "been" before it, or "been" elsewhere
        // in the sentence, is no note: the cue's claim stays.
        (
            "The ministry said the figures were corrected to reflect inflation.",
            (0, 6),
        ),
        (
            "Having been in office for years, the ministry said the figures were corrected to reflect inflation.",
            (0, 6),
        ),
    ] {
        let raw = format!("{}{tail}", preamble(5));
        assert_eq!(cue_counts(&raw, "approved", "said"), want, "{tail:?}");
    }
}
