//! Session 25 (branch `probe26`): loaded-term rows from a probe of unseen news on the Iran
//! story — an Iranian editorial's "usurping", "child-killing" and "arrogant powers", and a
//! Western op-ed's "propagandists". Each is found in a sentence of its kind; a near miss in
//! another sense is not.

use sitrep_framing::{measure_framing, FramingLexicon};
use sitrep_text::TextLayer;

/// (surface text, category) of every loaded hit.
fn loaded(raw: &str) -> Vec<(String, String)> {
    let lexicon = FramingLexicon::builtin().expect("builtin lexicon loads");
    let layer = TextLayer::from_raw(raw);
    measure_framing(&layer, &[], &lexicon)
        .loaded
        .into_iter()
        .map(|term| (term.span.text, term.category))
        .collect()
}

/// Asserts that `surface` is found in `text` as a delegitimizing label.
fn assert_label(text: &str, surface: &str) {
    let hits = loaded(text);
    assert!(
        hits.iter()
            .any(|(s, c)| s == surface && c == "delegitimizing_label"),
        "{surface:?} in {text:?}: {hits:?}"
    );
}

#[test]
fn an_iranian_editorials_labels_are_found() {
    let text = "Twelve days of aggression by the usurping Zionist entity have ended. \
        The child-killing army attacked our homes, and the arrogant powers applauded.";
    for surface in ["usurping", "child-killing", "arrogant powers"] {
        assert_label(text, surface);
    }
    // The longer row still wins where it applies.
    assert_label("The usurping regime will fall.", "usurping regime");
}

#[test]
fn a_western_op_eds_label_is_found() {
    assert_label(
        "The regime's propagandists are already celebrating.",
        "propagandists",
    );
    // Near miss: a plain adjective of pride is no label.
    let text = "He was arrogant in meetings, a colleague said.";
    assert!(loaded(text).is_empty(), "{:?}", loaded(text));
}
