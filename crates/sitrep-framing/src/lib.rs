//! Framing measures: how a text says what it says, measured, never judged.
//!
//! This crate owns the `framing` object of a record:
//!
//! - **loaded terms** — every occurrence of an entry of the loaded-term
//!   lexicon (`data/lexicons/framing.tsv`: delegitimizing labels, atrocity,
//!   dehumanizing and glorifying terms, emotive intensifiers, euphemisms,
//!   sensational verbs, accusatory terms, contested names), matched
//!   case-insensitively on word boundaries, longest first. The lexicon holds
//!   every side's loaded vocabulary on equal terms. Hits inside quotes and
//!   reported speech are reported too; [`analyze_framing`] tells which
//!   [`Voice`] each hit is in, so the outlet's own voice can be told apart.
//! - **opinion_share** — the share of sentences that are evaluative or
//!   prescriptive *in the outlet's own voice*: they hold an opinion marker
//!   (`data/lexicons/opinion.tsv`) outside quotes and outside the content of
//!   reported speech, or they end with a question mark or exclamation mark
//!   that is in the outlet's own voice (rhetorical questions, exclamations).
//!   A sentence that lies wholly inside a quote or a claim's content is never
//!   opinion: it is someone else's opinion, reported.
//! - **attributed_share** — the share of sentences that overlap the cue or
//!   the content of at least one claim, i.e. that attribute what they say to
//!   a source.
//!
//! Both shares are over all sentences of the document (headlines included),
//! rounded to 4 decimals, and 0 for a document without sentences.

mod lexicon;

pub use lexicon::{FramingLexicon, LoadedEntry, Marker, MarkerKind, CATEGORIES, NEUTRAL};

use lexicon::PhraseHit;
use sitrep_record::{ClaimRecord, Framing, LoadedTerm, Span};
use sitrep_text::{PhraseOccurrence, TextLayer, TurnRole};

/// Whose words a position of the text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Voice {
    /// The outlet's own narration.
    Own,
    /// Inside quotation marks.
    Quoted,
    /// Inside the content of a claim (reported speech), outside quotation
    /// marks ("officials said the regime was weakened").
    Reported,
}

impl Voice {
    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Own => "own",
            Voice::Quoted => "quoted",
            Voice::Reported => "reported",
        }
    }
}

/// Framing with the detail behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct FramingReport {
    /// The contract object.
    pub framing: Framing,
    /// The voice of each loaded term, parallel to `framing.loaded`.
    pub loaded_voice: Vec<Voice>,
    /// Indices (into the layer's sentences) of opinion sentences.
    pub opinion_sentences: Vec<usize>,
    /// Indices of attributed sentences.
    pub attributed_sentences: Vec<usize>,
}

/// Loaded terms, opinion share and attributed share of one document.
pub fn measure_framing(layer: &TextLayer, claims: &[ClaimRecord], lex: &FramingLexicon) -> Framing {
    analyze_framing(layer, claims, lex).framing
}

/// [`measure_framing`] with the voice of every loaded term and the
/// sentences behind each share.
pub fn analyze_framing(
    layer: &TextLayer,
    claims: &[ClaimRecord],
    lex: &FramingLexicon,
) -> FramingReport {
    let hits = lex.phrases.find(&layer.text);
    report(layer, claims, lex, hits)
}

/// [`measure_framing`] given the phrase scan's result: `occurrences` is
/// every occurrence in `layer.text` of [`FramingLexicon::scan_phrases`] as
/// (start, end, index in that list), in any order, as a joint
/// [`sitrep_text::PhraseSets`] scan reports them (the pipeline walks one
/// scanner over the cue and framing phrases, once per document).
pub fn measure_framing_from_occurrences(
    layer: &TextLayer,
    claims: &[ClaimRecord],
    lex: &FramingLexicon,
    occurrences: Vec<PhraseOccurrence>,
) -> Framing {
    let hits = lex.phrases.choose(&layer.text, occurrences);
    report(layer, claims, lex, hits).framing
}

/// The report from each list's hits (loaded terms, then opinion markers).
fn report(
    layer: &TextLayer,
    claims: &[ClaimRecord],
    lex: &FramingLexicon,
    [loaded_hits, opinion_hits]: [Vec<PhraseHit>; 2],
) -> FramingReport {
    let text = layer.text.as_str();
    let voices = VoiceMap::new(layer, claims);

    let mut loaded = Vec::new();
    let mut loaded_voice = Vec::new();
    for hit in loaded_hits {
        let entry = &lex.entries[hit.entry];
        if entry.category == NEUTRAL {
            continue;
        }
        if entry.category == "sensational_verb" && is_noun_use(text, hit.start) {
            continue;
        }
        loaded.push(LoadedTerm {
            term: entry.term.clone(),
            category: entry.category.to_string(),
            span: Span::of(text, hit.start, hit.end),
        });
        loaded_voice.push(voices.at(hit.start));
    }

    let n = layer.sentences.len();
    let mut opinion = vec![false; n];
    for hit in opinion_hits {
        if lex.markers[hit.entry].kind == MarkerKind::Neutral || voices.at(hit.start) != Voice::Own
        {
            continue;
        }
        if let Some(i) = layer.sentence_at(hit.start) {
            opinion[i] = true;
        }
    }
    for (i, s) in layer.sentences.iter().enumerate() {
        if let Some(p) = final_question_or_exclamation(text, s.start, s.end) {
            if voices.at(p) == Voice::Own && !turn_labelled(layer, s.start) {
                opinion[i] = true;
            }
        }
    }

    let mut attributed = vec![false; n];
    for c in claims {
        for span in [&c.cue, &c.content] {
            mark_overlapping(layer, span.start, span.end, &mut attributed);
        }
    }

    let opinion_sentences: Vec<usize> = (0..n).filter(|&i| opinion[i]).collect();
    let attributed_sentences: Vec<usize> = (0..n).filter(|&i| attributed[i]).collect();
    FramingReport {
        framing: Framing {
            loaded,
            opinion_share: share(opinion_sentences.len(), n),
            attributed_share: share(attributed_sentences.len(), n),
        },
        loaded_voice,
        opinion_sentences,
        attributed_sentences,
    }
}

fn share(count: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    (count as f64 / total as f64 * 10_000.0).round() / 10_000.0
}

/// Marks every sentence overlapping `start..end` (an empty span marks the
/// sentence it sits in).
fn mark_overlapping(layer: &TextLayer, start: usize, end: usize, marks: &mut [bool]) {
    let sentences = &layer.sentences;
    let first = sentences.partition_point(|s| s.end <= start);
    for (i, s) in sentences.iter().enumerate().skip(first) {
        let overlaps = if start == end {
            s.start <= start && start <= s.end
        } else {
            s.start < end
        };
        if !overlaps {
            break;
        }
        marks[i] = true;
    }
}

/// Whether the sentence starting at byte `start` opens a transcript turn
/// that is not the outlet's own voice (the text layer's labels): the
/// questioner's ("Q: ", "QUESTION: ", "Question: "), the answerer's ("A: ")
/// or a speaker's named in capitals, as transcripts write them ("SHEIKH
/// MOHAMMED: "). A named label in lower case is as often a heading
/// ("Analysis: Will the truce hold?"), which is the outlet's own question.
fn turn_labelled(layer: &TextLayer, start: usize) -> bool {
    layer
        .turn_opening(start)
        .is_some_and(|t| t.role != TurnRole::Named || t.caps)
}

/// The byte offset of the `?` or `!` that ends the sentence `start..end`,
/// looking through closing quotes and brackets, if it ends with one.
fn final_question_or_exclamation(text: &str, start: usize, end: usize) -> Option<usize> {
    let body = text.get(start..end)?;
    let core = body.trim_end_matches(['"', '\'', ')', ']']);
    core.ends_with(['?', '!']).then(|| start + core.len() - 1)
}

/// Words after which a sensational verb listed in the lexicon ("blasts",
/// "slams") is a noun ("two blasts", "a car bomb blast"): determiners,
/// numerals and the nouns that commonly compound with it.
const NOUN_CONTEXT: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "two",
    "three",
    "four",
    "five",
    "six",
    "several",
    "multiple",
    "many",
    "twin",
    "series",
    "of",
    "more",
    "deadly",
    "massive",
    "huge",
    "powerful",
    "loud",
    "big",
    "large",
    "small",
    "first",
    "second",
    "new",
    "bomb",
    "car",
    "suicide",
    "explosive",
    "grand",
    "door",
    "both",
    "further",
    "no",
];

fn is_noun_use(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(head.len(), |(k, _)| k);
    let previous = &head[word_start..];
    !previous.is_empty()
        && NOUN_CONTEXT
            .iter()
            .any(|w| w.eq_ignore_ascii_case(previous))
}

/// Which parts of the text are quoted or reported speech.
struct VoiceMap {
    /// Sorted, disjoint byte ranges inside quotation marks (marks included).
    quoted: Vec<(usize, usize)>,
    /// Sorted, merged byte ranges of claim contents.
    reported: Vec<(usize, usize)>,
}

impl VoiceMap {
    fn new(layer: &TextLayer, claims: &[ClaimRecord]) -> VoiceMap {
        let mut reported: Vec<(usize, usize)> = claims
            .iter()
            .map(|c| (c.content.start, c.content.end))
            .filter(|(s, e)| s < e)
            .collect();
        reported.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(reported.len());
        for (s, e) in reported {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        VoiceMap {
            quoted: quote_spans(layer),
            reported: merged,
        }
    }

    fn at(&self, pos: usize) -> Voice {
        if within(&self.quoted, pos) {
            Voice::Quoted
        } else if within(&self.reported, pos) {
            Voice::Reported
        } else {
            Voice::Own
        }
    }
}

fn within(ranges: &[(usize, usize)], pos: usize) -> bool {
    let i = ranges.partition_point(|&(_, e)| e <= pos);
    ranges.get(i).is_some_and(|&(s, _)| s <= pos)
}

/// Byte ranges inside quotation marks (the marks included), sorted and
/// disjoint.
///
/// Double quotes pair up within a paragraph; a quote still open at the end
/// of a paragraph runs to its end (news style leaves a quote that continues
/// into the next paragraph unclosed). Single quotes count only as a pair
/// inside one sentence: an opening `'` at the start of a word and a closing
/// `'` at the end of one, so apostrophes ("Iran's", "the Iranians'
/// demands") never open a quote.
pub fn quote_spans(layer: &TextLayer) -> Vec<(usize, usize)> {
    let text = layer.text.as_str();
    let bytes = text.as_bytes();
    let sentences = &layer.sentences;
    // The segmenter cuts sentences in order and apart: then the single
    // quotes are paired in the same pass over the text as the double ones,
    // each with the sentence it falls in, instead of a search of its own
    // through every sentence (16,000 in 500 documents). Sentences given in
    // any other way are read one by one as before.
    let in_order = sentences
        .iter()
        .all(|s| s.start <= s.end && s.end <= bytes.len())
        && sentences.windows(2).all(|w| w[0].end <= w[1].start);
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    // The sentence the last single quote fell in, the next one to look
    // at, and the single quote open in it.
    let (mut current, mut next_sentence) = (usize::MAX, 0);
    let mut open_single: Option<usize> = None;
    // Every byte the loop acts on, in order, from one pass over the text
    // (a `memchr3` call for each was 3.4 M instructions of r500).
    for i in sitrep_text::AnyOfThree::new(bytes, [b'"', b'\n', b'\'']) {
        match bytes[i] {
            b'"' => match open.take() {
                Some(s) => spans.push((s, i + 1)),
                None => open = Some(i),
            },
            b'\n' if bytes.get(i + 1) == Some(&b'\n') => {
                if let Some(s) = open.take() {
                    spans.push((s, i));
                }
            }
            b'\'' if in_order => {
                while next_sentence < sentences.len() && sentences[next_sentence].end <= i {
                    next_sentence += 1;
                }
                if sentences.get(next_sentence).is_some_and(|s| s.start <= i) {
                    if next_sentence != current {
                        current = next_sentence;
                        open_single = None;
                    }
                    single_quote_at(text, i, &mut open_single, &mut spans);
                }
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        spans.push((s, bytes.len()));
    }
    if !in_order {
        for s in sentences {
            single_quote_spans(text, s.start, s.end, &mut spans);
        }
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

fn single_quote_spans(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let sentence = text.as_bytes().get(start..end).unwrap_or_default();
    let mut open: Option<usize> = None;
    for k in memchr::memchr_iter(b'\'', sentence).map(|k| start + k) {
        single_quote_at(text, k, &mut open, out);
    }
}

/// The single quote at byte `k`, with `open` the one still open before it
/// in its sentence: it opens a quote at the start of a word, and closes
/// the open one at the end of a word or after a sentence's punctuation.
fn single_quote_at(text: &str, k: usize, open: &mut Option<usize>, out: &mut Vec<(usize, usize)>) {
    let before = text[..k].chars().next_back();
    let after = text[k + 1..].chars().next();
    let word_before = before.is_some_and(char::is_alphanumeric);
    let word_after = after.is_some_and(char::is_alphanumeric);
    match *open {
        None if !word_before && word_after => *open = Some(k),
        Some(s)
            if !word_after && (word_before || matches!(before, Some('.' | ',' | '!' | '?'))) =>
        {
            out.push((s, k + 1));
            *open = None;
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(raw: &str) -> TextLayer {
        TextLayer::from_raw(raw)
    }

    #[test]
    fn double_quotes_pair_within_a_paragraph() {
        let l = layer("He said \"no\" and \"yes\".\n\n\"Open quote runs on\n\nNext.");
        let q: Vec<&str> = quote_spans(&l)
            .iter()
            .map(|&(s, e)| &l.text[s..e])
            .collect();
        assert_eq!(q, vec!["\"no\"", "\"yes\"", "\"Open quote runs on"]);
    }

    #[test]
    fn single_quotes_need_a_pair_in_one_sentence() {
        let l = layer("Netanyahu: 'we are at war'. Iran's and the Iranians' demands stand.");
        let q: Vec<&str> = quote_spans(&l)
            .iter()
            .map(|&(s, e)| &l.text[s..e])
            .collect();
        assert_eq!(q, vec!["'we are at war'"]);
        let l = layer("The 'Flour massacre,' officials said.");
        let q: Vec<&str> = quote_spans(&l)
            .iter()
            .map(|&(s, e)| &l.text[s..e])
            .collect();
        assert_eq!(q, vec!["'Flour massacre,'"]);
    }

    #[test]
    fn question_and_exclamation_detection() {
        let t = "Will Iran retaliate?\" x";
        assert_eq!(final_question_or_exclamation(t, 0, 21), Some(19));
        assert_eq!(final_question_or_exclamation("It ended.", 0, 9), None);
        for t in [
            "QUESTION: Has the cabinet approved it?",
            "Q: Will it hold?",
            "REPORTER: Why?",
            "Question: has the cabinet approved it?",
            "SHEIKH MOHAMMED: Will we accept this?",
        ] {
            assert!(turn_labelled(&layer(t), 0), "{t}");
        }
        for t in [
            "Will Iran strike? Analysts: yes",
            "10:27 p.m. Will it hold?",
            "Analysis: Will the truce hold?",
        ] {
            assert!(!turn_labelled(&layer(t), 0), "{t}");
        }
    }

    #[test]
    fn noun_use_of_sensational_verbs() {
        assert!(is_noun_use("Two blasts", 4));
        assert!(is_noun_use("a car bomb blasts", 11));
        assert!(!is_noun_use("Trump blasts", 6));
        assert!(!is_noun_use("blasts", 0));
    }

    #[test]
    fn shares_are_rounded_and_safe() {
        assert_eq!(share(1, 3), 0.3333);
        assert_eq!(share(0, 0), 0.0);
        assert_eq!(share(2, 2), 1.0);
    }
}
