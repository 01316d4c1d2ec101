//! The text layer: everything downstream sees text through this crate.
//!
//! It owns four things: [`normalize`] (NFC, straight quotes, one dash form,
//! whitespace), [`sentences`] (news segmentation that survives abbreviations,
//! initials, quotes, datelines, headlines, bullet lists and hard wraps) and
//! [`tokens`] (words, numbers, URLs, e-mail addresses and punctuation), and
//! [`PhraseScanner`], the phrase search the lexicon stages run over a text. All
//! positions are byte offsets into the *normalized* text, which is the text
//! every span in a record points into.
//!
//! Every function here is total (no panic on any `&str`) and runs in time
//! linear in its input, because the input is untrusted text of any size.

mod dateline;
mod normalize;
mod offsets;
mod phrase_scan;
mod segment;
mod tokenize;

pub use dateline::dateline_end;
pub use normalize::normalize;
pub use offsets::{align, OffsetMap};
pub use phrase_scan::PhraseScanner;
pub use segment::{sentences, sentences_into};
pub use tokenize::{tokens, tokens_into, Token, TokenKind};

/// `word` in lower case, exactly as `str::to_lowercase` gives it: an ASCII
/// word (nearly every word of news and of the lexicons) skips that
/// function's character-by-character path.
pub fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// A sentence as a byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The analysed text of one document: the normalized text, its sentences and
/// its tokens (in order; every token lies inside exactly one sentence).
#[derive(Debug, Clone)]
pub struct TextLayer {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

/// The vectors of a finished [`TextLayer`], to be filled again for the next
/// document (their contents are of no use; only their capacity is).
#[derive(Debug, Default)]
pub struct LayerBuffers {
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
}

impl LayerBuffers {
    /// Bytes of capacity held, so a caller can drop buffers one huge
    /// document grew instead of keeping them for the rest of a run.
    pub fn capacity_bytes(&self) -> usize {
        self.sentences.capacity() * std::mem::size_of::<Sentence>()
            + self.tokens.capacity() * std::mem::size_of::<Token>()
    }
}

impl TextLayer {
    /// Builds the layer over text that is *already normalized*.
    pub fn new(normalized: String) -> TextLayer {
        TextLayer::new_reusing(normalized, LayerBuffers::default())
    }

    /// [`TextLayer::new`] filling the vectors a finished layer gave back
    /// ([`TextLayer::into_parts`]): a run over many documents then builds
    /// each layer without allocating (and faulting in) its vectors anew.
    pub fn new_reusing(normalized: String, buffers: LayerBuffers) -> TextLayer {
        let LayerBuffers {
            mut sentences,
            mut tokens,
        } = buffers;
        sentences_into(&normalized, &mut sentences);
        tokens_into(&normalized, &mut tokens);
        TextLayer {
            text: normalized,
            sentences,
            tokens,
        }
    }

    /// The text, and the vectors for [`TextLayer::new_reusing`].
    pub fn into_parts(self) -> (String, LayerBuffers) {
        let buffers = LayerBuffers {
            sentences: self.sentences,
            tokens: self.tokens,
        };
        (self.text, buffers)
    }

    /// Normalizes raw text and builds the layer over it.
    pub fn from_raw(raw: &str) -> TextLayer {
        TextLayer::new(normalize(raw))
    }

    /// Index of the sentence containing byte `offset`, if any.
    #[inline]
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }

    /// The tokens of sentence `i` (empty when there is no sentence `i`).
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let Some(&s) = self.sentences.get(i) else {
            return &[];
        };
        let a = self.tokens.partition_point(|t| t.start < s.start);
        let b = self.tokens.partition_point(|t| t.start < s.end);
        &self.tokens[a..b]
    }

    /// The datelines of the text ("CAIRO, Nov 20 (Reuters) - "), as byte
    /// ranges: one at most per line, opening the line's first sentence
    /// ([`dateline_end`]). They stay text of the document; stages read
    /// them as where the story was filed, not as speech or participants.
    pub fn datelines(&self) -> Vec<std::ops::Range<usize>> {
        self.sentences
            .iter()
            .filter_map(|s| dateline_end(&self.text, s.start).map(|end| s.start..end))
            .collect()
    }

    /// Index of the first token starting at or after byte `offset`.
    #[inline]
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_is_str_to_lowercase() {
        for w in [
            "",
            "Iran",
            "U.S.-LED",
            "ΟΔΟΣ",
            "Erdoğan İZMİR",
            "ÑÚÑEZ",
            "already lower",
        ] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w:?}");
        }
    }

    #[test]
    fn a_layer_built_from_reused_buffers_equals_a_fresh_one() {
        let first = "The minister said on Tuesday that talks would resume. Officials in \
                     Geneva declined to comment.\n\nA second paragraph, with U.S. troops.";
        let second = "Short text.";
        let (_, buffers) = TextLayer::new(normalize(first)).into_parts();
        // The longer first document's sentences and tokens must not leak
        // into the shorter second one.
        let reused = TextLayer::new_reusing(normalize(second), buffers);
        let fresh = TextLayer::new(normalize(second));
        assert_eq!(reused.text, fresh.text);
        assert_eq!(reused.sentences, fresh.sentences);
        assert_eq!(reused.tokens, fresh.tokens);
        let (_, buffers) = reused.into_parts();
        assert!(buffers.capacity_bytes() > 0);
        let again = TextLayer::new_reusing(normalize(first), buffers);
        let fresh = TextLayer::new(normalize(first));
        assert_eq!(again.sentences, fresh.sentences);
        assert_eq!(again.tokens, fresh.tokens);
    }
}
