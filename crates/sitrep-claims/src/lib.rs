//! Reported speech: who said what, to whom, and on whose report.
//!
//! Owns claim extraction: direct quotes, indirect speech ("X said that …"),
//! nominal cues ("denials of … by X"), "according to" attributions, hedging,
//! denial stance and reporting chains (first / relay / according_to).
//! Cues come from `data/lexicons/cues.tsv`, compiled once into one matcher;
//! the closed word classes the rules read (cue leads, speaker and role nouns,
//! phrase stops, time words) from `data/lexicons/claims-words.tsv` ([`words`]).
//! [`ledger`] groups claims from many documents by proposition and flags
//! contradictions (one source asserts what another denies).
//!
//! The rules live in private modules by job, their items visible crate-wide:
//! - `walk`: word walking over byte ranges and one-word tests
//! - `cue`: cue rows, a document's cue hits, cue leads and non-speech senses
//! - `np`: noun phrases before and after a cue by the word walk
//! - `speaker`: the speaker phrase of a cue and the sentence subject
//! - `resolve`: speaker phrase to actor, pronouns, shared subjects
//! - `clause`: where content starts: that-clauses and bare clauses
//! - `content`: objects after a cue and where content ends
//! - `setting`: settings of a speech act after its cue
//! - `via`: the reporting chain: according to, citing, relays, outlets
//! - `quotes`: direct quotes and quotes with no cue of their own
//! - `nesting`: claims inside claims and transcript turns
//! - `draft`: a claim being built and passive or impersonal claims
//! - `extract`: the pass over one document

pub mod ledger;
mod scan;
pub mod words;

pub use words::ClaimWords;
use words::DocWords;

use sitrep_actors::{DocActors, Mention};
use sitrep_kb::Kb;
use sitrep_record::{ActorKind, ClaimRecord, Span, Speaker, Stance, Via, ViaRole};
use sitrep_text::{PhraseOccurrence, TextLayer, TurnRole};
use std::borrow::Cow;

// Modules split out of this file by job (each module opens with `use super::*;`):
mod clause;
mod content;
mod cue;
mod draft;
mod extract;
mod nesting;
mod np;
mod quotes;
mod resolve;
mod sentence;
mod setting;
mod speaker;
mod verb;
mod via;
mod walk;

use clause::*;
use content::*;
use cue::*;
pub use cue::{Cue, CueKind, CueLexicon};
use draft::*;
pub use extract::extract_claims_from_occurrences;
use extract::*;
use nesting::*;
use np::*;
use quotes::*;
use resolve::*;
use sentence::*;
use setting::*;
use speaker::*;
use via::*;
use walk::*;

struct Ctx<'a> {
    text: &'a str,
    actors: &'a DocActors,
    /// The document's mentions sorted by start, so lookups can binary-search.
    mentions: Cow<'a, [Mention]>,
    words: &'a DocWords<'a>,
    sentences: &'a [sitrep_text::Sentence],
    /// Where "who" occurs (a relative clause before a cue).
    who: scan::Occurrences,
    /// Where " that " occurs (a relative clause with "that" before a cue).
    thats: scan::Occurrences,
    /// Per sentence, `unknown_speaker_between`'s last answer for the
    /// sentence read from a byte to its end, with that byte: consecutive
    /// "he said" of one article read the same sentences.
    unknown_speaker_in: Vec<std::cell::Cell<Option<(usize, bool)>>>,
    /// [`Ctx::fronted_subject_start`]'s last clause opening and its answer:
    /// the cues of one sentence, and the rules of one cue, ask it of the
    /// same opening.
    fronted_subject_start: std::cell::Cell<Option<(usize, (usize, bool))>>,
}

/// All claims of one document, ids `c1`, `c2`, … in text order.
pub fn extract_claims(
    layer: &TextLayer,
    actors: &DocActors,
    kb: &Kb,
    lex: &CueLexicon,
) -> Vec<ClaimRecord> {
    let occurrences = lex.matcher.occurrences(layer.text.as_bytes());
    extract_claims_from_occurrences(layer, actors, kb, lex, occurrences)
}

/// The claim whose content contains byte `offset` (the innermost when nested).
pub fn claim_at(claims: &[ClaimRecord], offset: usize) -> Option<&ClaimRecord> {
    claims
        .iter()
        .filter(|c| c.content.start <= offset && offset < c.content.end)
        .min_by_key(|c| c.content.end - c.content.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words split by characters, the way `words_in` is specified.
    fn words_by_chars(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text[lo..hi].char_indices() {
            if c == ' ' || c == '\n' {
                if let Some(s) = start.take() {
                    out.push((lo + s, lo + i));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.push((lo + s, hi));
        }
        out
    }

    const SAMPLES: &[&str] = &[
        "",
        " ",
        "said",
        "  two  spaces  ",
        "DAMASCUS — Hamas officials in Gaza said on Monday",
        "line one\nline two \n\n third",
        "Zoë Müller, a spokeswoman for the ministry in Zürich, told reporters",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
         fifteen sixteen seventeen eighteen nineteen twenty said",
    ];

    #[test]
    fn words_in_splits_like_the_characters() {
        for text in SAMPLES {
            for (lo, hi) in crate::scan::char_ranges(text) {
                assert_eq!(
                    words_in(text, lo, hi),
                    words_by_chars(text, lo, hi),
                    "{text:?} {lo}..{hi}"
                );
            }
        }
    }

    #[test]
    fn after_last_of_is_rfind_of_the_chars() {
        let texts = [
            "",
            "said",
            "he said",
            "Zoë, \"Müller\nsaid",
            "a  b ",
            "—x",
            "x,\"",
            "é é",
        ];
        for t in texts.iter().copied().chain(SAMPLES.iter().copied()) {
            for end in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let s = &t[..end];
                assert_eq!(
                    after_last_of(s, b" \n"),
                    s.rfind([' ', '\n']).map_or(0, |p| p + 1),
                    "{s:?}"
                );
                assert_eq!(
                    after_last_of(s, b" \n\","),
                    s.rfind([' ', '\n', '"', ',']).map_or(0, |p| p + 1),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn breaks_noun_phrase_is_the_char_set_test() {
        let words = [
            "",
            "said",
            "\"Yes",
            "end;",
            "[the",
            "it]",
            "a\nb",
            "—",
            "so—called",
            "“quoted”",
            "Zoë",
            "€5",
            "x\u{2013}y",
            "x\u{2014}",
            "\u{2080}\u{2094}",
            "–",
            "−",
        ];
        for w in words
            .iter()
            .copied()
            .chain(SAMPLES.iter().flat_map(|s| s.split(' ')))
        {
            let want = w.contains(['"', '\n', ';', '—', '[', ']']);
            assert_eq!(breaks_noun_phrase(w), want, "{w:?}");
        }
    }

    /// `speaker_phrase` as first written, over a `Vec` of the words.
    fn speaker_phrase_by_vec(
        wd: &DocWords,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let words = words_by_chars(text, start, end);
        let mut n = words.len();
        while n > 1 {
            let w = &text[words[n - 1].0..words[n - 1].1];
            let dated = dates_participle(wd, w, Some(&text[words[n - 2].0..words[n - 2].1]));
            if !is_day_word(wd, w) || dated {
                break;
            }
            n -= 1;
            while n > 1 {
                let p = &text[words[n - 1].0..words[n - 1].1];
                if !matches!(
                    p.to_ascii_lowercase().as_str(),
                    "on" | "last" | "this" | "late" | "early"
                ) {
                    break;
                }
                n -= 1;
            }
        }
        let kept = &words[..n];
        if kept.is_empty()
            || kept.iter().all(|&(a, b)| {
                let w = text[a..b].trim_end_matches([',', '.', ':']);
                wd.exact(w) & words::DETERMINER != 0
            })
        {
            return None;
        }
        let e = if n == words.len() {
            end
        } else {
            let (a, b) = kept[n - 1];
            a + text[a..b].trim_end_matches(',').len()
        };
        Some((start, e))
    }

    #[test]
    fn speaker_phrase_reads_backwards_as_over_all_words() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        // No document: every word is looked up in the table.
        let wd = DocWords::new(&table, "");
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "the ministry on Monday",
            "a report Thursday ",
            "a poll released Friday",
            "The",
            "this  ",
            "the mayor late on Tuesday",
            "officials ON Monday\n",
            "Monday",
            "on Monday",
            "The the",
            "the spokesman last Tuesday, ",
            "Ann Lee, a lawyer for Acme, Thursday",
            "the spokesman, on Tuesday",
        ]);
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(
                        speaker_phrase(&wd, text, start, end),
                        speaker_phrase_by_vec(&wd, text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
        // The samples do cut time phrases and refuse bare determiners.
        let t = "the ministry on Monday";
        assert_eq!(speaker_phrase(&wd, t, 0, t.len()), Some((0, 12)));
        assert_eq!(speaker_phrase(&wd, "The", 0, 3), None);
    }

    #[test]
    fn words_back_are_the_last_words_of_the_range_backwards() {
        for text in SAMPLES {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &lo in &bounds {
                for &end in bounds.iter().filter(|&&e| e >= lo) {
                    let all = words_by_chars(text, lo, end);
                    for cap in [0, 1, 2, 9, WordsBack::MAX, WordsBack::MAX + 5] {
                        let want: Vec<(usize, usize)> = all
                            .iter()
                            .rev()
                            .take(cap.min(WordsBack::MAX))
                            .copied()
                            .collect();
                        // Read in order, and out of order (the last first).
                        let mut words = WordsBack::new(text, lo, end, cap);
                        let got: Vec<(usize, usize)> = (0..WordsBack::MAX + 3)
                            .map_while(|k| words.get(k))
                            .collect();
                        assert_eq!(got, want, "{text:?} {lo}..{end} cap {cap}");
                        let mut words = WordsBack::new(text, lo, end, cap);
                        let far = WordsBack::MAX + 2;
                        assert_eq!(words.get(far), None);
                        assert_eq!(words.get(want.len()), None);
                        for (k, w) in want.iter().enumerate().rev() {
                            assert_eq!(words.get(k), Some(*w), "{text:?} {lo}..{end} word {k}");
                        }
                    }
                }
            }
        }
    }

    /// The rule as first written: a formatted needle and `rfind` per
    /// conjunction, every test evaluated.
    fn second_speaker_clause_by_rfind(wd: &DocWords, pre: &str) -> Option<usize> {
        ["but", "and", "while", "whereas"].iter().find_map(|c| {
            let at = pre.rfind(&format!(", {c} "))?;
            let subject = &pre[at + c.len() + 3..];
            let n = subject.split(' ').count();
            let plain = !subject.contains([',', '"', ';', ':'])
                && subject.split(' ').all(|w| {
                    let k = wd.exact(w);
                    w != "that" && (k & words::NP_STOP == 0 || k & words::CUE_LEAD != 0)
                });
            (!subject.is_empty() && n <= 6 && plain).then_some(at)
        })
    }

    #[test]
    fn second_speaker_clause_is_the_rfind_per_conjunction() {
        let table = ClaimWords::builtin().expect("claims words");
        // No document: every word is looked up in the table.
        let wd = DocWords::new(&table, "");
        let texts = [
            "",
            ",",
            ", ",
            ", but ",
            ", but",
            ",but officials",
            "would free them, but opposition leaders",
            "would free them, but the opposition leaders of the north and south",
            "free them, and but, but leaders",
            "x, whereas y, while z, and w, but v",
            "x, but y, but the minister",
            "x, but y, and z said that",
            "x, while officials, y",
            "x, and \u{e9}l\u{e8}ve, but Zo\u{eb}",
            "a, and b, and",
            "a ,, but b",
            "a, but has",
            "a, butter b",
        ];
        for t in texts {
            assert_eq!(
                second_speaker_clause(&wd, t),
                second_speaker_clause_by_rfind(&wd, t),
                "{t:?}"
            );
            assert_eq!(rfind_comma_space(t), t.rfind(", "), "{t:?}");
        }
        // The tests do find and refuse clauses.
        assert_eq!(
            second_speaker_clause(&wd, "free them, but opposition leaders"),
            Some(9)
        );
        assert_eq!(
            second_speaker_clause(&wd, "free them, but in the north"),
            None
        );
    }

    #[test]
    fn hit_cursor_answers_as_partition_point_in_any_order() {
        let hits: Vec<Hit> = [3, 3, 7, 10, 10, 10, 25]
            .iter()
            .map(|&start| Hit {
                start,
                end: start + 2,
                cue: 0,
            })
            .collect();
        let want = |p: usize| hits.partition_point(|h| h.start < p);
        let mut cursor = HitCursor::default();
        for p in [0, 2, 3, 3, 4, 10, 11, 30, 5, 0, 26, 25, 24, 100, 1] {
            assert_eq!(cursor.first_from(&hits, p), want(p), "{p}");
        }
        assert_eq!(HitCursor::default().first_from(&[], 5), 0);
    }

    #[test]
    fn contains_ignore_ascii_case_is_contains_of_the_lowered_text() {
        for t in [
            "",
            "s",
            "source",
            "Sources say",
            "a SoUrCe",
            "resource",
            "sourc",
            "Ünsource",
            "sö urce",
        ] {
            assert_eq!(
                contains_ignore_ascii_case(t, "source"),
                t.to_ascii_lowercase().contains("source"),
                "{t:?}"
            );
        }
    }

    #[test]
    fn in_document_gives_the_documents_own_bytes_or_the_copy() {
        let text = "The ministry's spokesman said — «ça» — nothing.";
        let start = text.find("spokesman").unwrap();
        let copy = String::from("spokesman said");
        let span = Span::of(text, start, start + copy.len());
        // The same bytes, as a slice of the document (so `DocWords` can
        // answer its words from what it remembers).
        let got = in_document(text, Some(&span), &copy);
        assert_eq!(got, copy);
        assert_eq!(got.as_ptr(), text[start..].as_ptr());
        // Anything else is the copy itself: no span, other bytes there, a
        // span running past the text or ending inside a character.
        assert_eq!(in_document(text, None, &copy).as_ptr(), copy.as_ptr());
        let other = Span::of(text, 0, 3);
        assert_eq!(
            in_document(text, Some(&other), &copy).as_ptr(),
            copy.as_ptr()
        );
        let late = Span {
            start: text.len() - 2,
            end: text.len(),
            text: String::new(),
        };
        assert_eq!(
            in_document(text, Some(&late), &copy).as_ptr(),
            copy.as_ptr()
        );
        let inside = text.find('ç').unwrap();
        let split = Span {
            start: inside - 1,
            end: inside + 1,
            text: String::new(),
        };
        let two = String::from("«ç");
        assert_eq!(in_document(text, Some(&split), &two).as_ptr(), two.as_ptr());
    }

    #[test]
    fn words_forward_are_words_in() {
        for text in SAMPLES {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &lo in &bounds {
                for &hi in bounds.iter().filter(|&&h| h >= lo) {
                    let got: Vec<(usize, usize)> = WordsForward::new(text, lo, hi).collect();
                    assert_eq!(got, words_in(text, lo, hi), "{text:?} {lo}..{hi}");
                    // What the speaker phrase's determiner test split before.
                    let by_split: Vec<&str> = text[lo..hi]
                        .split([' ', '\n'])
                        .filter(|w| !w.is_empty())
                        .collect();
                    let got: Vec<&str> = got.iter().map(|&(a, b)| &text[a..b]).collect();
                    assert_eq!(got, by_split, "{text:?} {lo}..{hi}");
                }
            }
        }
    }

    #[test]
    fn split_space_is_str_split_at_a_space_both_ways() {
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend(["a", " a", "a ", "  ", "é é", "x\u{a0}y z", "officials' say"]);
        for text in texts {
            let want: Vec<&str> = text.split(' ').collect();
            assert_eq!(text.split_space().collect::<Vec<_>>(), want, "{text:?}");
            let back: Vec<&str> = text.rsplit(' ').collect();
            assert_eq!(
                text.split_space().rev().collect::<Vec<_>>(),
                back,
                "{text:?}"
            );
            assert_eq!(text.split_space().next(), text.split(' ').next());
            assert_eq!(text.split_space().next_back(), text.rsplit(' ').next());
        }
    }

    /// `without_trailing_time` as it was written before it split only the
    /// last words: all of the phrase's words into a `Vec`.
    fn without_trailing_time_by_vec(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
        let words: Vec<&str> = text[s..e].split(' ').collect();
        for n in [2, 3] {
            if words.len() <= n {
                break;
            }
            let (head, time) = words.split_at(words.len() - n);
            let all_time = time.iter().all(|w| {
                wd.exact(w) & words::TIME_WORD != 0
                    && !matches!(*w, "on" | "in" | "at" | "a" | "an" | "the")
                    && w.bytes().all(|b| b.is_ascii_lowercase())
            });
            let noun = wd.exact(time[n - 1]) & (words::DETERMINER | words::NP_STOP) == 0;
            let speaker_end = head.last().is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || wd.is(
                        w,
                        words::ROLE_HEAD | words::SPEAKER_HEAD | words::SPEAKER_NOUN,
                    )
            });
            if all_time && noun && speaker_end {
                return s + head.join(" ").len();
            }
        }
        e
    }

    /// A finding's time phrase between its speaker phrase and the cue stays in
    /// the speaker; a blank gap (the speaker right before the cue), a gap that
    /// is no time phrase, or a head that is no finding leaves the end as it is.
    #[test]
    fn finding_time_end_reads_the_gap_before_the_cue() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        let cases: [(&str, &str, &str); 5] = [
            (
                "A university poll in January shows it.",
                "A university poll",
                "A university poll in January",
            ),
            (
                "A university poll  shows it.",
                "A university poll",
                "A university poll",
            ),
            (
                "A university poll shows it.",
                "A university poll",
                "A university poll",
            ),
            (
                "A university poll of voters shows it.",
                "A university poll",
                "A university poll",
            ),
            (
                "The minister in January said it.",
                "The minister",
                "The minister",
            ),
        ];
        for (text, phrase, spoken) in cases {
            let wd = DocWords::new(&table, text);
            let cue = text.find(" s").expect("a cue") + 1;
            assert_eq!(
                speaker::finding_time_end(&wd, text, 0, phrase.len(), cue),
                spoken.len(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn without_trailing_time_reads_the_last_words_as_over_all_words() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "the spokesman late Tuesday",
            "Lee last week",
            "Lee this week",
            "The ministry on Monday",
            "officials  last week",
            "the mayor Tuesday night",
            "a statement",
            "Zoë Müller last week",
            "last week",
            " last week",
        ]);
        for text in texts {
            let wd = DocWords::new(&table, text);
            for s in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for e in (s..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(
                        without_trailing_time(&wd, text, s, e),
                        without_trailing_time_by_vec(&wd, text, s, e),
                        "{text:?} {s}..{e}"
                    );
                }
            }
        }
        let wd = DocWords::new(&table, "");
        assert_eq!(without_trailing_time(&wd, "Lee last week", 0, 13), 3);
    }
    /// Where no time word ends the words before a cue (`time_word_before`),
    /// no time adverbial does, so `np_before_with` told so reads the same
    /// phrase as `np_before` (`speaker_before` asks once for both).
    #[test]
    fn no_time_word_before_a_cue_means_no_time_adverbial() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "The mayor late Tuesday said",
            "Beck, who backed Cruz, last week said",
            "The minister earlier this week said",
            "Sean Spicer on Thursday evening said",
            "The mayor, Tuesday, said",
            "Zoë Müller last week said",
        ]);
        let mut timed = 0;
        for text in texts {
            let wd = DocWords::new(&table, text);
            for lo in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (lo..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    if time_word_before(&wd, text, lo, end).is_some() {
                        timed += 1;
                        continue;
                    }
                    for after_comma in [false, true] {
                        let found = time_adverbial_before(&wd, text, lo, end, after_comma);
                        assert_eq!(found, None, "{text:?} {lo}..{end}");
                    }
                    assert_eq!(
                        np_before_with(&wd, text, lo, end, false),
                        np_before(&wd, text, lo, end),
                        "{text:?} {lo}..{end}"
                    );
                }
            }
        }
        assert!(timed > 0);
        let text = "The mayor late Tuesday said";
        let wd = DocWords::new(&table, text);
        assert_eq!(time_word_before(&wd, text, 0, 23), Some((15, 22)));
        assert_eq!(time_word_before(&wd, text, 0, 10), None);
        assert_eq!(time_adverbial_before(&wd, text, 0, 23, false), Some(10));
    }
}
