//! The text layer: everything downstream sees text through this crate.
//!
//! It owns four things: [`normalize`] (NFC, straight quotes, one dash form,
//! whitespace), [`sentences`] (news segmentation that survives abbreviations,
//! initials, quotes, datelines, headlines, bullet lists and hard wraps) and
//! [`tokens`] (words, numbers, URLs, e-mail addresses and punctuation), and
//! [`PhraseScanner`], the phrase search the lexicon stages run over a text.
//! The layer also marks what opens a line or sentence and is nobody's
//! running text: datelines, live-page time stamps and transcript turn
//! labels ([`turn_labels_into`]). All
//! positions are byte offsets into the *normalized* text, which is the text
//! every span in a record points into.
//!
//! Every function here is total (no panic on any `&str`) and runs in time
//! linear in its input, because the input is untrusted text of any size.

mod byte_search;
mod dateline;
mod normalize;
mod offsets;
mod outlets;
mod phrase_scan;
mod segment;
mod stamp;
pub mod title_case;
mod tokenize;
mod turns;

pub use byte_search::AnyOfThree;
pub use dateline::dateline_end;
pub use normalize::normalize;
pub use offsets::{align, OffsetMap};
pub use outlets::{read_outlet_rows, Agencies, OutletRow, OutletRowError, BUILTIN_OUTLETS};
pub use phrase_scan::{PhraseOccurrence, PhraseScanner, PhraseSets};
pub use segment::{sentences, sentences_into};
pub use stamp::stamp_end;
pub use tokenize::{tokens, tokens_into, Token, TokenKind};
pub use turns::{
    is_caps_label, turn_label, turn_labels_into, TurnLabel, TurnRole, TurnWords, TurnWordsError,
    BUILTIN_TURN_WORDS, MAX_LABEL_BYTES,
};

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

/// Whether `w` ends in a single s ("talks", "says", "gas"; not "press"):
/// what every "-s form" test of the rules asks first ([`s_form`], and the
/// claims' `lower_s_form`, which asks no more of the ending).
pub fn single_s_ending(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// Whether `w` may be a regular "-s" form, a verb's third person singular
/// ("estimates") or a noun's plural ("talks"), not a word that merely ends
/// in s ("press", "status", "crisis"). The one test the claims' cue and
/// clause walks and the events' reading of a plural noun as a verb share.
pub fn s_form(w: &str) -> bool {
    single_s_ending(w) && !w.ends_with("us") && !w.ends_with("is")
}

/// `s.split_once(sep)` for an ASCII byte `sep`, found by a plain byte loop:
/// `str::split_once` with a `char` sets up a searcher for each call, and
/// `memchr` a vector search, both costing more than the names and words
/// split here (a few bytes) take to read. An ASCII byte never occurs inside
/// a multi-byte character, so both parts are on character boundaries.
pub fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii());
    let i = s.bytes().position(|b| b == sep)?;
    Some((&s[..i], &s[i + 1..]))
}

/// Whether the ASCII byte `b` occurs in the short `s` (a byte loop, as
/// [`split_once_byte`]).
pub fn has_byte(s: &str, b: u8) -> bool {
    debug_assert!(b.is_ascii());
    s.bytes().any(|c| c == b)
}

/// Where each line of `text` ends, into `out` (cleared first): the offset
/// of every `\n`, in order, then `text.len()`, as [`TextLayer::line_ends`]
/// holds them.
pub fn line_ends_into(text: &str, out: &mut Vec<usize>) {
    out.clear();
    out.extend(memchr::memchr_iter(b'\n', text.as_bytes()));
    out.push(text.len());
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

/// The analysed text of one document: the normalized text, its sentences,
/// its tokens (in order; every token lies inside exactly one sentence) and
/// its datelines.
#[derive(Debug, Clone)]
pub struct TextLayer {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The datelines ("CAIRO, Nov 20 (Reuters) - "), as byte ranges in
    /// order: one at most per line, opening the line's first sentence
    /// ([`dateline_end`]); and the time stamps of live pages opening a
    /// sentence ("10:27 p.m. ", "12:30 pm IST: ", [`stamp_end`]). They stay
    /// text of the document; stages read them as where and when the story
    /// was filed, not as speech or participants.
    pub datelines: Vec<std::ops::Range<usize>>,
    /// Where each line ends: the offset of every `\n`, in order, then the
    /// text's length (the last line's end; a text ending in `\n` ends with
    /// an empty line). The segmenter, the turn-label reader and the actors'
    /// line shapes all walk the lines; they share this one search for the
    /// line breaks instead of each searching the whole text again.
    pub line_ends: Vec<usize>,
    /// The lines that open with a transcript turn label ("Q: ", "ARAGHCHI:
    /// ", [`turn_label`]), in order: who holds the turn and where its text
    /// starts, for every stage to read the same way.
    pub turns: Vec<TurnLabel>,
}

/// The vectors of a finished [`TextLayer`], to be filled again for the next
/// document (their contents are of no use; only their capacity is).
#[derive(Debug, Default)]
pub struct LayerBuffers {
    line_ends: Vec<usize>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    datelines: Vec<std::ops::Range<usize>>,
    turns: Vec<TurnLabel>,
}

impl LayerBuffers {
    /// Bytes of capacity held, so a caller can drop buffers one huge
    /// document grew instead of keeping them for the rest of a run.
    pub fn capacity_bytes(&self) -> usize {
        self.line_ends.capacity() * std::mem::size_of::<usize>()
            + self.sentences.capacity() * std::mem::size_of::<Sentence>()
            + self.tokens.capacity() * std::mem::size_of::<Token>()
            + self.datelines.capacity() * std::mem::size_of::<std::ops::Range<usize>>()
            + self.turns.capacity() * std::mem::size_of::<TurnLabel>()
    }
}

impl TextLayer {
    /// Builds the layer over text that is *already normalized*, reading
    /// datelines with the shipped agency names and turn labels with the
    /// shipped turn words (tests and tools; a run loads [`Agencies`] and
    /// [`TurnWords`] once with its resources and calls
    /// [`TextLayer::new_reusing`]).
    pub fn new(normalized: String) -> TextLayer {
        static TURN_WORDS: std::sync::OnceLock<TurnWords> = std::sync::OnceLock::new();
        TextLayer::new_reusing(
            normalized,
            &Agencies::builtin(),
            TURN_WORDS.get_or_init(TurnWords::builtin),
            LayerBuffers::default(),
        )
    }

    /// Builds the layer over normalized text, reading datelines with
    /// `agencies` and turn labels with `turn_words`, into the vectors a
    /// finished layer gave back
    /// ([`TextLayer::into_parts`]): a run over many documents then builds
    /// each layer without allocating (and faulting in) its vectors anew.
    pub fn new_reusing(
        normalized: String,
        agencies: &Agencies,
        turn_words: &TurnWords,
        buffers: LayerBuffers,
    ) -> TextLayer {
        let LayerBuffers {
            mut line_ends,
            mut sentences,
            mut tokens,
            mut datelines,
            mut turns,
        } = buffers;
        line_ends_into(&normalized, &mut line_ends);
        segment::sentences_in_lines(&normalized, &line_ends, &mut sentences);
        tokens_into(&normalized, &mut tokens);
        datelines.clear();
        datelines.extend(sentences.iter().filter_map(|s| {
            dateline_end(&normalized, s.start, agencies)
                .or_else(|| stamp_end(&normalized, s.start))
                .map(|end| s.start..end)
        }));
        turns::turn_labels_in_lines(&normalized, &line_ends, turn_words, &mut turns);
        // A label holds no sentence's end: "He was asked. Q: …" opens with
        // a sentence, not a label ("Mr. Araghchi:" holds an abbreviation,
        // which the segmenter does not end a sentence at).
        turns.retain(|t| {
            let i = sentences.partition_point(|s| s.start <= t.label);
            sentences.get(i).is_none_or(|s| s.start > t.colon)
        });
        TextLayer {
            text: normalized,
            line_ends,
            sentences,
            tokens,
            datelines,
            turns,
        }
    }

    /// The text, and the vectors for [`TextLayer::new_reusing`].
    pub fn into_parts(self) -> (String, LayerBuffers) {
        let buffers = LayerBuffers {
            line_ends: self.line_ends,
            sentences: self.sentences,
            tokens: self.tokens,
            datelines: self.datelines,
            turns: self.turns,
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

    /// Where the sentence starting at byte `start` goes on after its
    /// dateline (`start` when it opens with none).
    #[inline]
    pub fn after_dateline(&self, start: usize) -> usize {
        match self.datelines.binary_search_by_key(&start, |d| d.start) {
            Ok(i) => self.datelines[i].end,
            Err(_) => start,
        }
    }

    /// Whether byte `offset` lies inside a dateline.
    #[inline]
    pub fn in_dateline(&self, offset: usize) -> bool {
        let i = self.datelines.partition_point(|d| d.end <= offset);
        self.datelines.get(i).is_some_and(|d| d.start <= offset)
    }

    /// The turn label opening the line that the sentence starting at byte
    /// `start` opens (at the line's start or at its label, after a stray
    /// quote mark), if any.
    #[inline]
    pub fn turn_opening(&self, start: usize) -> Option<&TurnLabel> {
        let i = self.turns.partition_point(|t| t.label < start);
        self.turns
            .get(i)
            .filter(|t| t.start == start || t.label == start)
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

    /// The layer's line ends are where `split('\n')` ends each line, and
    /// the sentences and turn labels read from them are the ones written
    /// out here by hand (not another run of the same line ends): leading,
    /// doubled and trailing line breaks, blank lines of spaces, a
    /// transcript, an empty text.
    #[test]
    fn shared_line_ends_give_the_lines_sentences_and_turns_of_a_search() {
        // Each text, its sentences, and its turns as (label, body) texts.
        type Turns<'a> = &'a [(&'a str, &'a str)];
        let cases: [(&str, &[&str], Turns); 7] = [
            ("", &[], &[]),
            ("\n", &[], &[]),
            ("\n\n", &[], &[]),
            ("One line only.", &["One line only."], &[]),
            (
                "\nIran Rejects Talks\n\nOfficials said the talks would resume.\n",
                &[
                    "Iran Rejects Talks",
                    "Officials said the talks would resume.",
                ],
                &[],
            ),
            (
                "Q: Will you go?\nARAGHCHI: We will. He said so.\n  \nA: Yes.\n",
                &[
                    "Q: Will you go?",
                    "ARAGHCHI: We will.",
                    "He said so.",
                    "A: Yes.",
                ],
                &[
                    ("Q", "Will you go?"),
                    ("ARAGHCHI", "We will. He said so."),
                    ("A", "Yes."),
                ],
            ),
            (
                "TEHRAN — Officials met.\nA second line, é and ü.\n\n\nLast",
                &["TEHRAN — Officials met.", "A second line, é and ü.", "Last"],
                &[],
            ),
        ];
        for (text, expected_sentences, expected_turns) in cases {
            let layer = TextLayer::new(text.to_string());
            let mut start = 0;
            let split: Vec<usize> = text
                .split('\n')
                .map(|line| {
                    let end = start + line.len();
                    start = end + 1;
                    end
                })
                .collect();
            assert_eq!(layer.line_ends, split, "{text:?}");
            let sentences: Vec<&str> = layer.sentences.iter().map(|s| s.text(text)).collect();
            assert_eq!(sentences, expected_sentences, "{text:?}");
            // The searching reader agrees.
            assert_eq!(layer.sentences, crate::sentences(text), "{text:?}");
            let turns: Vec<(&str, &str)> = layer
                .turns
                .iter()
                .map(|t| (&text[t.label..t.colon], &text[t.body..t.end]))
                .collect();
            assert_eq!(turns, expected_turns, "{text:?}");
        }
    }

    #[test]
    fn a_layer_built_from_reused_buffers_equals_a_fresh_one() {
        let first = "The minister said on Tuesday that talks would resume. Officials in \
                     Geneva declined to comment.\n\nA second paragraph, with U.S. troops.";
        let second = "Short text.";
        let agencies = Agencies::builtin();
        let words = TurnWords::builtin();
        let (_, buffers) = TextLayer::new(normalize(first)).into_parts();
        // The longer first document's sentences and tokens must not leak
        // into the shorter second one.
        let reused = TextLayer::new_reusing(normalize(second), &agencies, &words, buffers);
        let fresh = TextLayer::new(normalize(second));
        assert_eq!(reused.text, fresh.text);
        assert_eq!(reused.line_ends, fresh.line_ends);
        assert_eq!(reused.sentences, fresh.sentences);
        assert_eq!(reused.tokens, fresh.tokens);
        let (_, buffers) = reused.into_parts();
        assert!(buffers.capacity_bytes() > 0);
        let again = TextLayer::new_reusing(normalize(first), &agencies, &words, buffers);
        let fresh = TextLayer::new(normalize(first));
        assert_eq!(again.sentences, fresh.sentences);
        assert_eq!(again.tokens, fresh.tokens);
        assert_eq!(again.datelines, fresh.datelines);
    }

    #[test]
    fn the_layer_holds_each_lines_dateline() {
        let text = "TEHRAN — Iran said on Monday. LONDON — not a dateline here.\n\
                    Beirut (AFP) - Strikes hit the south.";
        let layer = TextLayer::new(normalize(text));
        let tehran = text.find("Iran said").unwrap();
        let beirut = text.find("Beirut").unwrap();
        let strikes = text.find("Strikes").unwrap();
        assert_eq!(layer.datelines, [0..tehran, beirut..strikes]);
        assert_eq!(layer.after_dateline(0), tehran);
        assert_eq!(layer.after_dateline(beirut), strikes);
        let london = text.find("LONDON").unwrap();
        assert_eq!(layer.after_dateline(london), london);
        assert!(layer.in_dateline(0) && layer.in_dateline(beirut + 3));
        assert!(!layer.in_dateline(tehran) && !layer.in_dateline(strikes));
        // Without the agency, a Title Case place before a dash is no dateline.
        let none = TextLayer::new_reusing(
            normalize(text),
            &Agencies::default(),
            &TurnWords::builtin(),
            LayerBuffers::default(),
        );
        assert_eq!(none.datelines, vec![0..tehran; 1]);
    }

    #[test]
    fn the_layer_holds_live_page_stamps_with_the_datelines() {
        let text = "[LIVE] Martial law\n\n10:27 p.m. President Yoon declared martial law. \
                    4:27 a.m. Yoon lifted it.\n\nAt 10:27 p.m. on Friday, police said.\n\
                    12:30 pm IST: Shelling killed 10.";
        let layer = TextLayer::new(normalize(text));
        let t = &layer.text;
        let president = t.find("President").unwrap();
        let yoon = t.find("Yoon lifted").unwrap();
        let shelling = t.find("Shelling").unwrap();
        let stamp = |s: &str| t.find(s).unwrap();
        assert_eq!(
            layer.datelines,
            [
                stamp("10:27 p.m. P")..president,
                stamp("4:27")..yoon,
                stamp("12:30")..shelling
            ]
        );
        assert_eq!(layer.after_dateline(stamp("10:27 p.m. P")), president);
        // A time inside a sentence stays its text.
        let at = stamp("At 10:27");
        assert_eq!(layer.after_dateline(at), at);
        assert!(!layer.in_dateline(stamp("10:27 p.m. on")));
    }
}
