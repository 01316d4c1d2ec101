//! Searches for the claims rules' hot loops: the cue phrases over a whole
//! text ([`CueScanner`]), and a substring search where the standard
//! library's costs more than the search: `str::find` with a string pattern
//! sets up a two-way searcher on every call (several hundred instructions)
//! to look through the short rest of one sentence.

use std::sync::OnceLock;

use sitrep_text::{PhraseOccurrence, PhraseScanner};

/// The cue phrases' leftmost-longest, non-overlapping matches, found with
/// the text layer's two-walk phrase scan ([`PhraseScanner`]). A walk's split
/// point may fall inside a leftmost-longest match, so the scan reports every
/// occurrence and the leftmost-longest choice is made afterwards over all
/// of them.
///
/// The automaton is built on the first search: the pipeline finds the cue
/// phrases with its joint walk over cue and framing phrases and hands the
/// occurrences over, so building it when the lexicon loads was a start-up
/// cost for nothing (5.4 M instructions).
#[derive(Debug, Clone)]
pub(crate) struct CueScanner {
    patterns: Vec<String>,
    phrases: OnceLock<PhraseScanner>,
}

impl CueScanner {
    /// An ASCII-case-insensitive scanner for `patterns`, none of them empty
    /// (an empty phrase would match between every two bytes). Phrases the
    /// automaton would refuse are refused here, with its message.
    pub(crate) fn new<'p>(
        patterns: impl IntoIterator<Item = &'p str>,
    ) -> Result<CueScanner, String> {
        let patterns: Vec<String> = patterns.into_iter().map(str::to_string).collect();
        PhraseScanner::check(&patterns).map_err(|e| format!("cue phrases: {e}"))?;
        Ok(CueScanner {
            patterns,
            phrases: OnceLock::new(),
        })
    }

    /// The automaton over the patterns, built the first time it is needed
    /// ([`PhraseScanner::check`] passed in [`CueScanner::new`], so the build
    /// cannot fail).
    fn phrases(&self) -> &PhraseScanner {
        self.phrases.get_or_init(|| {
            PhraseScanner::new(&self.patterns).expect("the cue phrases were checked when loaded")
        })
    }

    /// The leftmost-longest matches as (start, end, pattern), in order and
    /// disjoint: what `AhoCorasick::find_iter` with
    /// `MatchKind::LeftmostLongest` returns (among equal phrases, the first).
    pub(crate) fn leftmost_longest(&self, text: &[u8]) -> Vec<(usize, usize, usize)> {
        leftmost_longest_of(self.occurrences(text))
    }

    /// Every occurrence of every cue phrase in `text`, in no particular order.
    pub(crate) fn occurrences(&self, text: &[u8]) -> Vec<PhraseOccurrence> {
        let mut found = Vec::new();
        self.phrases().occurrences(text, |start, end, pattern| {
            found.push((start, end, pattern))
        });
        found
    }
}

/// The leftmost-longest matches among `found`, every occurrence of the cue
/// phrases in a text in any order (as [`PhraseScanner::occurrences`] or a
/// joint scan of several lists reports them), as (start, end, pattern), in
/// order and disjoint.
pub(crate) fn leftmost_longest_of(mut found: Vec<PhraseOccurrence>) -> Vec<PhraseOccurrence> {
    // By start, the longest first, then the first pattern: the first at a
    // start is the one a leftmost-longest search returns there. (A total
    // order, so a stable sort gives what any sort gives; it merges the runs
    // nearly in order that the phrase scan reports in a pass or two.)
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut at = 0;
    found.retain(|&(start, end, _)| {
        // No pattern is empty, so `end > start` and the later occurrences
        // at the same start are dropped too.
        let take = start >= at;
        if take {
            at = end;
        }
        take
    });
    found
}

/// Byte offset of the first `needle` in `hay`, like `hay.find(needle)`.
/// Anchored on the needle's first byte that is no space (spaces are the
/// commonest byte of text): `memchr` jumps from one such byte to the next,
/// and only there is the whole needle compared. The needles are a few
/// short literals and the haystacks the rest of one sentence, too short for
/// a prepared substring searcher to pay for its set-up on each call.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    let last_start = h.len().checked_sub(n.len())?;
    let anchor_at = n.iter().position(|&b| b != b' ').unwrap_or(0);
    let anchor = n[anchor_at];
    let mut p = anchor_at;
    loop {
        p += memchr::memchr(anchor, h.get(p..)?)?;
        let start = p - anchor_at;
        if start > last_start {
            return None;
        }
        if h[start..start + n.len()] == *n {
            return Some(start);
        }
        p += 1;
    }
}

/// A fixed string the rules look for in every document, with its
/// substring searcher built on first use (a searcher's set-up costs about as
/// much as one document's search).
pub(crate) struct Needle {
    text: &'static str,
    finder: OnceLock<memchr::memmem::Finder<'static>>,
}

impl Needle {
    /// The needle `text` (not empty).
    pub(crate) const fn new(text: &'static str) -> Needle {
        Needle {
            text,
            finder: OnceLock::new(),
        }
    }

    fn finder(&self) -> &memchr::memmem::Finder<'static> {
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.text.as_bytes()))
    }
}

/// " that ": what opens a cue's that-clause.
pub(crate) static THAT: Needle = Needle::new(" that ");
/// "who": a relative clause between a speaker and the cue.
pub(crate) static WHO: Needle = Needle::new("who");

/// Every place a fixed string occurs in one document, overlapping
/// occurrences included, found in one pass: for a search the rules repeat
/// from many points of the same sentences (" that " after every cue, "who"
/// before every speaker), which [`find_str`] would run again over the rest
/// of the sentence each time, stepping through every "t" of it.
#[derive(Clone)]
pub(crate) struct Occurrences {
    needle_len: usize,
    /// Byte offsets where the needle starts, in order.
    starts: Vec<usize>,
}

impl Occurrences {
    /// The occurrences of `needle` in `text`.
    pub(crate) fn new(text: &str, needle: &Needle) -> Occurrences {
        debug_assert!(!needle.text.is_empty());
        let finder = needle.finder();
        let hay = text.as_bytes();
        let mut starts = Vec::new();
        let mut from = 0;
        // From one past each start, not past its end: " that that " holds
        // " that " twice, sharing a space.
        while let Some(p) = hay.get(from..).and_then(|h| finder.find(h)) {
            starts.push(from + p);
            from += p + 1;
        }
        Occurrences {
            needle_len: needle.text.len(),
            starts,
        }
    }

    /// `find_str(&text[lo..hi], needle)`: the first occurrence lying wholly
    /// inside `lo..hi`, as an offset from `lo`.
    pub(crate) fn first_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let i = self.starts.partition_point(|&p| p < lo);
        // Any later occurrence ends later still: the first one decides.
        let &p = self.starts.get(i)?;
        (p + self.needle_len <= hi).then_some(p - lo)
    }
}

/// Every range `lo..hi` of `text` whose ends are character boundaries, for
/// tests that check a fast search against the plain one on all of them.
#[cfg(test)]
pub(crate) fn char_ranges(text: &str) -> Vec<(usize, usize)> {
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let mut ranges = Vec::new();
    for (at, &lo) in bounds.iter().enumerate() {
        ranges.extend(bounds[at..].iter().map(|&hi| (lo, hi)));
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    use aho_corasick::{AhoCorasick, MatchKind};

    /// The crate's own leftmost-longest search, the reference.
    fn reference(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .unwrap();
        ac.find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn cue_scanner_is_leftmost_longest() {
        // Nested, overlapping and repeated phrases (the last two equal but
        // for case), so that a split point falls inside and across matches.
        let patterns = [
            "said",
            "said that",
            "aid",
            "according to",
            "to",
            "told reporters",
            "reporters",
            "s",
            "that the",
            "the",
            "SAID THAT",
        ];
        let texts = [
            "",
            "s",
            "said",
            "He said that the aid was late, according to officials who told reporters.",
            "SAID that THE said thatthe ssss according totold reporterstold",
            "according to according to said that said that said",
            "aidaidaid said-that according  to sa id",
            "Zoë said «that» — the été told reporters",
        ];
        let scanner = CueScanner::new(patterns.iter().copied()).unwrap();
        for text in texts {
            // Every suffix, so the middle lands everywhere in every text.
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let t = &text[from..];
                assert_eq!(
                    scanner.leftmost_longest(t.as_bytes()),
                    reference(&patterns, t),
                    "{t:?}"
                );
                // The same from the occurrences in another order (a joint
                // scan with other lists reports them in another).
                let mut occurrences = scanner.occurrences(t.as_bytes());
                occurrences.reverse();
                assert_eq!(
                    leftmost_longest_of(occurrences),
                    reference(&patterns, t),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn cue_scanner_refuses_an_empty_phrase() {
        assert!(CueScanner::new(["said", ""]).is_err());
    }

    /// Loading checks the phrases but builds no automaton (the pipeline
    /// never searches with it); the first search builds it and finds what
    /// a scanner built at once finds.
    #[test]
    fn cue_scanner_is_built_on_its_first_search() {
        let lexicon = crate::CueLexicon::builtin().unwrap();
        assert!(lexicon.matcher.phrases.get().is_none());
        let text = "The minister said that talks would resume, according to aides.";
        let found = lexicon.matcher.leftmost_longest(text.as_bytes());
        assert!(lexicon.matcher.phrases.get().is_some());
        let built_now = PhraseScanner::new(&lexicon.matcher.patterns).unwrap();
        let mut occurrences = Vec::new();
        built_now.occurrences(text.as_bytes(), |start, end, pattern| {
            occurrences.push((start, end, pattern))
        });
        assert_eq!(found, leftmost_longest_of(occurrences));
        assert!(!found.is_empty());
    }

    #[test]
    fn occurrences_answer_as_find_str_in_every_range() {
        let texts = [
            "",
            "t",
            " that",
            "said that  that the",
            " that that that ",
            "He said, that is, that the plan, who knew, would pass by Friday",
            "Zoë said — «thät» that who whoever",
        ];
        for text in texts {
            for needle in [" that ", "who", "t", "that that"] {
                let found = Occurrences::new(text, &Needle::new(needle));
                for (lo, hi) in char_ranges(text) {
                    assert_eq!(
                        found.first_in(lo, hi),
                        find_str(&text[lo..hi], needle),
                        "{text:?} {needle:?} {lo}..{hi}"
                    );
                }
            }
        }
        assert_eq!(THAT.text, " that ");
        let found = Occurrences::new("said that that", &THAT);
        assert_eq!(
            (found.first_in(0, 14), found.first_in(5, 14)),
            (Some(4), None)
        );
    }

    #[test]
    fn find_str_is_str_find() {
        let hays = [
            "",
            "t",
            " that",
            " that ",
            "said that  that the",
            "He said, that is, that the plan, while costly, would pass by Friday",
            "Zoë said — «thät» that",
            " th th tha that ",
            "   a  a   ",
            "said that\nthat that that",
            "a long sentence, while it runs on and on, says that it is long, by far, that it is",
        ];
        let needles = [
            " that ",
            ", while ",
            " by ",
            ", that ",
            " — ",
            "t",
            "",
            "th",
            " ",
            "  ",
            "a  ",
            "that that that",
        ];
        for h in hays {
            for n in needles {
                for from in (0..=h.len()).filter(|&i| h.is_char_boundary(i)) {
                    let hay = &h[from..];
                    assert_eq!(find_str(hay, n), hay.find(n), "{hay:?} {n:?}");
                }
            }
        }
    }
}
