//! A question under a transcript turn label (the text layer's) is the
//! questioner's, the answerer's or a named speaker's, not the outlet's own
//! rhetorical question: it does not count towards `opinion_share`. A
//! heading's question in Title Case ("Analysis: …?") is the outlet's.
//! Invented lines, no claims.

use sitrep_framing::{measure_framing, FramingLexicon};
use sitrep_text::TextLayer;

fn opinion_share(raw: &str) -> f64 {
    let lex = FramingLexicon::builtin().expect("builtin lexicon loads");
    measure_framing(&TextLayer::from_raw(raw), &[], &lex).opinion_share
}

#[test]
fn questions_under_turn_labels_are_not_the_outlets_voice() {
    for raw in [
        "Q: Will the ceasefire hold?",
        "QUESTION: Will the ceasefire hold?",
        "Question: Will the ceasefire hold?",
        "Reporter Jane Roe: Will the ceasefire hold?",
        "A: Why would it not hold?",
        "SHEIKH MOHAMMED: Why would it not hold?",
        "ERDOĞAN: Why would it not hold?",
        "\"WALLACE: Will the ceasefire hold?",
        "Q:Will the ceasefire hold?",
    ] {
        assert_eq!(opinion_share(raw), 0.0, "{raw}");
    }
}

#[test]
fn the_outlets_own_questions_still_count() {
    for raw in [
        "Will the ceasefire hold?",
        // A heading in Title Case is the outlet's own label.
        "Analysis: Will the ceasefire hold?",
        // A label in mid-line opens no turn.
        "He was asked. Q: Will the ceasefire hold?",
    ] {
        assert!(opinion_share(raw) > 0.0, "{raw}");
    }
}
