//! Helpers shared by the framing row tests: run the built-in lexicon over a text and read
//! back its loaded hits.

use sitrep_framing::{measure_framing, FramingLexicon};
use sitrep_text::TextLayer;

/// (surface text, category) of every loaded hit in `raw`.
pub fn loaded(raw: &str) -> Vec<(String, String)> {
    let lexicon = FramingLexicon::builtin().expect("builtin lexicon loads");
    let layer = TextLayer::from_raw(raw);
    measure_framing(&layer, &[], &lexicon)
        .loaded
        .into_iter()
        .map(|term| (term.span.text, term.category))
        .collect()
}

/// Asserts that `surface` is found in `text` with `category`.
pub fn assert_hit(text: &str, surface: &str, category: &str) {
    let hits = loaded(text);
    assert!(
        hits.iter().any(|(s, c)| s == surface && c == category),
        "{surface:?} as {category} in {text:?}: {hits:?}"
    );
}
