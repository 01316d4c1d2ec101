//! Searches for the claims rules' hot loops: the cue phrases over a whole
//! text ([`CueScanner`]), and a substring search where the standard
//! library's costs more than the search: `str::find` with a string pattern
//! sets up a two-way searcher on every call (several hundred instructions)
//! to look through the short rest of one sentence.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// The cue phrases' leftmost-longest, non-overlapping matches, found with
/// the DFA walked by our own loop, two walks side by side over the two
/// halves of the text: each step waits on a table load that depends on the
/// one before, so one walk leaves the core mostly idle, and two
/// independent walks run in about the time of one. A split point may fall
/// inside a leftmost-longest match, so the walks report every occurrence
/// (a standard, overlapping automaton) and the leftmost-longest choice is
/// made afterwards over all of them.
#[derive(Debug, Clone)]
pub(crate) struct CueScanner {
    automaton: DFA,
    max_pattern_len: usize,
}

impl CueScanner {
    /// An ASCII-case-insensitive scanner for `patterns`, none of them empty
    /// (an empty phrase would match between every two bytes).
    pub(crate) fn new<'p>(
        patterns: impl IntoIterator<Item = &'p str> + Clone,
    ) -> Result<CueScanner, String> {
        if patterns.clone().into_iter().any(str::is_empty) {
            return Err("a cue phrase is empty".to_string());
        }
        // A few hundred short phrases: the DFA is small and the fastest. No
        // prefilter (the crate builds none for this many case-insensitive
        // phrases anyway), so only dead and match states are special.
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map_err(|e| e.to_string())?;
        let max_pattern_len = automaton.max_pattern_len();
        Ok(CueScanner {
            automaton,
            max_pattern_len,
        })
    }

    /// The leftmost-longest matches as (start, end, pattern), in order and
    /// disjoint: what `AhoCorasick::find_iter` with
    /// `MatchKind::LeftmostLongest` returns (among equal phrases, the first).
    pub(crate) fn leftmost_longest(&self, text: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        self.occurrences(text, |start, end, pattern| {
            found.push((start, end, pattern))
        });
        // By start, the longest first, then the first pattern: the first at
        // a start is the one a leftmost-longest search returns there.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut at = 0;
        found.retain(|&(start, end, _)| {
            // No pattern is empty, so `end > start` and the later
            // occurrences at the same start are dropped too.
            let take = start >= at;
            if take {
                at = end;
            }
            take
        });
        found
    }

    /// Every occurrence of every pattern as `(start, end, pattern)`, in no
    /// particular order. The first walk goes on past the middle far enough
    /// to finish every phrase that starts before it, and reports only
    /// those; the second starts afresh at the middle, so it reports exactly
    /// the phrases that start there or later.
    fn occurrences(&self, text: &[u8], mut report: impl FnMut(usize, usize, usize)) {
        let dfa = &self.automaton;
        let Ok(start) = dfa.start_state(Anchored::No) else {
            return;
        };
        let n = text.len();
        let middle = n / 2;
        let first_end = (middle + self.max_pattern_len.saturating_sub(1)).min(n);
        let mut emit = |sid: StateID, end: usize, before: usize| {
            // Special states are the dead state, which an unanchored
            // standard search never enters, and the match states.
            debug_assert!(!dfa.is_dead(sid));
            if !dfa.is_match(sid) {
                return;
            }
            for i in 0..dfa.match_len(sid) {
                let pattern = dfa.match_pattern(sid, i);
                let start = end - dfa.pattern_len(pattern);
                if start < before {
                    report(start, end, pattern.as_usize());
                }
            }
        };
        let (mut first, mut second) = (start, start);
        let (mut i, mut j) = (0, middle);
        while i < first_end && j < n {
            first = dfa.next_state(Anchored::No, first, text[i]);
            second = dfa.next_state(Anchored::No, second, text[j]);
            i += 1;
            j += 1;
            if dfa.is_special(first) {
                emit(first, i, middle);
            }
            if dfa.is_special(second) {
                emit(second, j, usize::MAX);
            }
        }
        while i < first_end {
            first = dfa.next_state(Anchored::No, first, text[i]);
            i += 1;
            if dfa.is_special(first) {
                emit(first, i, middle);
            }
        }
        while j < n {
            second = dfa.next_state(Anchored::No, second, text[j]);
            j += 1;
            if dfa.is_special(second) {
                emit(second, j, usize::MAX);
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    use aho_corasick::AhoCorasick;

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
            }
        }
    }

    #[test]
    fn cue_scanner_refuses_an_empty_phrase() {
        assert!(CueScanner::new(["said", ""]).is_err());
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
