//! The text layer: everything downstream sees text through this crate.
//!
//! It owns three things: [`normalize`] (NFC, straight quotes, one dash form,
//! whitespace), [`sentences`] (news segmentation that survives abbreviations,
//! initials, quotes, datelines, headlines, bullet lists and hard wraps) and
//! [`tokens`] (words, numbers, URLs, e-mail addresses and punctuation). All
//! positions are byte offsets into the *normalized* text, which is the text
//! every span in a record points into.
//!
//! Every function here is total (no panic on any `&str`) and runs in time
//! linear in its input, because the input is untrusted text of any size.

mod normalize;
mod offsets;
mod segment;
mod tokenize;

pub use normalize::normalize;
pub use offsets::{align, OffsetMap};
pub use segment::sentences;
pub use tokenize::{tokens, Token, TokenKind};

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

impl TextLayer {
    /// Builds the layer over text that is *already normalized*.
    pub fn new(normalized: String) -> TextLayer {
        let sentences = sentences(&normalized);
        let tokens = tokens(&normalized);
        TextLayer {
            text: normalized,
            sentences,
            tokens,
        }
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

    /// Index of the first token starting at or after byte `offset`.
    #[inline]
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
}
