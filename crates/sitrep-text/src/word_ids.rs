//! One number per word token, looked up once per document.
//!
//! The analysis stages ask their word tables about the same words again
//! and again: the claims stage re-splits a sentence into words for each
//! rule and probes its class table for each (`ClaimWords::exact`, about
//! 43 M instructions over the 500 bench documents, and about 54 M more in
//! the `split` searches that find the words), the actors' context words
//! and the events' trigger words likewise. A [`Vocabulary`] holds every
//! word any stage looks up (each stage adds its words at load time and
//! keeps its own per-id data, e.g. a `Vec` of class bits indexed by id);
//! [`Vocabulary::token_ids_into`] then gives each token of a document its
//! id in one pass, a table probe per word token, after which a stage's
//! question about token `i` is an array index (`classes[ids[i]]`), with no
//! word split, case fold or hash.
//!
//! Words are keyed with their ASCII letters lower-cased (other characters
//! as written), so an id answers "this word, ignoring ASCII case", the
//! question the stages' tables answer today.

use crate::{Token, TokenKind};
use sitrep_record::fast_map::WordMap;

/// The id of a token that is no word of the vocabulary, or no word at all
/// (a number, a punctuation mark, a URL).
pub const NO_WORD: u32 = u32::MAX;

/// The words the stages look up, each with a dense id (`0..len()`, in the
/// order they were first added).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: WordMap<u32>,
    /// Each id's word, ASCII-lower-cased.
    words: Vec<String>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// The id of `word` (ignoring ASCII case), added if it is new. An empty
    /// word, or a vocabulary full to [`NO_WORD`], gives [`NO_WORD`].
    pub fn add(&mut self, word: &str) -> u32 {
        if word.is_empty() {
            return NO_WORD;
        }
        if let Some(&id) = self.ids.get_ascii_lowercase(word) {
            return id;
        }
        let Ok(id) = u32::try_from(self.words.len()) else {
            return NO_WORD;
        };
        if id == NO_WORD {
            return NO_WORD;
        }
        let key = word.to_ascii_lowercase();
        self.ids.insert_str(&key, id);
        self.words.push(key);
        id
    }

    /// The id of `word` ignoring ASCII case, or [`NO_WORD`].
    #[inline]
    pub fn id(&self, word: &str) -> u32 {
        self.ids
            .get_ascii_lowercase(word)
            .copied()
            .unwrap_or(NO_WORD)
    }

    /// The word of `id`, ASCII-lower-cased.
    pub fn word(&self, id: u32) -> Option<&str> {
        self.words.get(id as usize).map(String::as_str)
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word was added.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The id of every token of `text` (its tokens as
    /// [`crate::tokens`] gives them, e.g. a [`crate::TextLayer`]'s), into
    /// `out` (cleared first, then one id per token, parallel to `tokens`):
    /// a word token's id, [`NO_WORD`] for any other token and for a word
    /// the vocabulary lacks. A token outside `text` (not from it) is
    /// [`NO_WORD`] too, never a panic.
    pub fn token_ids_into(&self, text: &str, tokens: &[Token], out: &mut Vec<u32>) {
        out.clear();
        out.reserve(tokens.len());
        out.extend(tokens.iter().map(|t| match t.kind {
            TokenKind::Word => self.word_token_id(text, t.start, t.end),
            _ => NO_WORD,
        }));
    }

    /// The id of the word at `start..end` of `text`. An ASCII word of up to
    /// 15 bytes (nearly every word) with sixteen bytes of text from its
    /// start is looked up from two eight-byte loads, without taking it as
    /// a `&str` (whose char-boundary checks and length-dependent packing
    /// cost about as much again as the probe).
    #[inline]
    fn word_token_id(&self, text: &str, start: usize, end: usize) -> u32 {
        let len = end.wrapping_sub(start);
        if (1..16).contains(&len) {
            if let Some(chunk) = text.as_bytes().get(start..start + 16) {
                let lane = |at: usize| {
                    u64::from_le_bytes(chunk[at..at + 8].try_into().expect("eight bytes"))
                };
                let (lo, hi) = (lane(0), lane(8));
                // The word's bytes alone, to test that they are ASCII (then
                // they are whole characters, as `text.get` would require).
                let (word_lo, word_hi) = if len < 8 {
                    (lo & ((1u64 << (8 * len)) - 1), 0)
                } else {
                    (lo, hi & ((1u64 << (8 * (len - 8))) - 1))
                };
                if (word_lo | word_hi) & 0x8080_8080_8080_8080 == 0 {
                    return self
                        .ids
                        .get_ascii_lanes(lo, hi, len)
                        .copied()
                        .unwrap_or(NO_WORD);
                }
            }
        }
        text.get(start..end).map_or(NO_WORD, |w| self.id(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    #[test]
    fn ids_are_dense_case_blind_in_ascii_and_stable() {
        let mut v = Vocabulary::new();
        assert!(v.is_empty());
        let said = v.add("said");
        let told = v.add("told");
        assert_eq!((said, told), (0, 1));
        assert_eq!(v.add("SAID"), said, "ASCII case is ignored");
        assert_eq!(v.add("a-very-long-hyphenated-word"), 2, "a long word");
        assert_eq!(v.add("Zoë"), 3);
        assert_eq!(v.len(), 4);
        assert_eq!(v.id("Said"), said);
        assert_eq!(v.id("A-VERY-LONG-HYPHENATED-WORD"), 2);
        assert_eq!(v.id("zoë"), 3);
        // Only ASCII letters fold: "ZOË" is another word.
        assert_eq!(v.id("ZOË"), NO_WORD);
        assert_eq!(v.id("says"), NO_WORD);
        assert_eq!(v.add(""), NO_WORD);
        assert_eq!(v.word(said), Some("said"));
        assert_eq!(v.word(3), Some("zoë"));
        assert_eq!(v.word(4), None);
        assert_eq!(v.word(NO_WORD), None);
    }

    #[test]
    fn every_token_gets_its_word_id_or_none() {
        let mut v = Vocabulary::new();
        for w in ["iran", "said", "'s", "al-quds", "u.s."] {
            v.add(w);
        }
        let text = "Iran's envoy SAID 2,000 al-Quds fighters left the U.S. base.";
        let toks = tokens(text);
        let mut ids = vec![7; 3];
        v.token_ids_into(text, &toks, &mut ids);
        assert_eq!(ids.len(), toks.len());
        let named: Vec<(&str, u32)> = toks.iter().map(|t| t.text(text)).zip(ids).collect();
        assert_eq!(
            named,
            [
                ("Iran", 0),
                ("'s", 2),
                ("envoy", NO_WORD),
                ("SAID", 1),
                ("2,000", NO_WORD),
                ("al-Quds", 3),
                ("fighters", NO_WORD),
                ("left", NO_WORD),
                ("the", NO_WORD),
                ("U.S.", 4),
                ("base", NO_WORD),
                (".", NO_WORD),
            ]
        );
    }

    /// The id read from a token's loads equals the id of its text, for
    /// words of every length up to and past the loads' sixteen bytes, in
    /// both cases, with non-ASCII words and near the text's end.
    #[test]
    fn ids_from_loads_equal_ids_of_the_words() {
        let mut v = Vocabulary::new();
        let words = [
            "a",
            "of",
            "the",
            "said",
            "abcdefg",
            "abcdefgh",
            "officials",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "zoë",
            "x_1",
        ];
        for w in words {
            v.add(w);
        }
        let mut text = String::new();
        for w in words {
            text.push_str(w);
            text.push_str(", ");
            text.push_str(&w.to_ascii_uppercase());
            text.push_str(" and ");
            // Prefixes that are no word, and one past the end of a word.
            text.push_str(&w[..w.len() / 2]);
            text.push(' ');
        }
        text.push_str("the");
        let toks = tokens(&text);
        let mut ids = Vec::new();
        v.token_ids_into(&text, &toks, &mut ids);
        let mut found = 0;
        for (t, &id) in toks.iter().zip(&ids) {
            let expected = match t.kind {
                TokenKind::Word => v.id(t.text(&text)),
                _ => NO_WORD,
            };
            assert_eq!(id, expected, "{:?}", t.text(&text));
            found += usize::from(id != NO_WORD);
        }
        assert!(found >= 2 * words.len(), "each word found in both cases");
    }

    #[test]
    fn tokens_from_elsewhere_are_no_words() {
        let mut v = Vocabulary::new();
        v.add("said");
        let stray = [
            Token {
                start: 0,
                end: 400,
                kind: TokenKind::Word,
            },
            Token {
                start: 1,
                end: 2,
                kind: TokenKind::Word,
            },
            Token {
                start: 3,
                end: 1,
                kind: TokenKind::Word,
            },
        ];
        let mut ids = Vec::new();
        v.token_ids_into("é said", &stray, &mut ids);
        assert_eq!(ids, [NO_WORD; 3]);
    }
}
