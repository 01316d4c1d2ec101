//! Every occurrence of a few hundred short phrases in a text, ignoring
//! ASCII case: the scan the framing lexicon and the claims cue lexicon run
//! over every document.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// An ASCII-case-insensitive, overlapping (standard) Aho–Corasick DFA,
/// walked by our own loop as two walks side by side, one over each half of
/// the text: each step waits on a transition-table load that depends on the
/// one before, so one walk leaves the core idle most of the time, and two
/// independent walks run in about the time of one (docs/BENCHMARKS.md,
/// session 6, branches `perf-alloc` and `perf-claims7`).
#[derive(Debug, Clone)]
pub struct PhraseScanner {
    automaton: DFA,
}

impl PhraseScanner {
    /// A scanner for `patterns`; an empty pattern is refused (it would
    /// match between every two bytes), as is anything the automaton
    /// builder refuses.
    pub fn new<I, P>(patterns: I) -> Result<PhraseScanner, String>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        // A few hundred short phrases: the DFA is small and the fastest. No
        // prefilter (the crate builds none for this many case-insensitive
        // phrases anyway), so only dead and match states are special.
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map_err(|e| e.to_string())?;
        if automaton.patterns_len() > 0 && automaton.min_pattern_len() == 0 {
            return Err("a phrase is empty".to_string());
        }
        Ok(PhraseScanner { automaton })
    }

    /// Every occurrence of every pattern as `(start, end, pattern)`, in no
    /// particular order (callers sort them). The first walk goes on past
    /// the middle far enough to finish every phrase that starts before it,
    /// and reports only those; the second starts afresh at the middle, so
    /// it reports exactly the phrases that start there or later.
    pub fn occurrences(&self, text: &[u8], mut report: impl FnMut(usize, usize, usize)) {
        let dfa = &self.automaton;
        // The automaton is built with unanchored starts, so this cannot
        // fail; silently finding nothing would change records. The start
        // state is never a match state: no pattern is empty.
        let start = dfa
            .start_state(Anchored::No)
            .expect("the phrase DFA is built with unanchored starts");
        debug_assert!(!dfa.is_match(start));
        let n = text.len();
        let middle = n / 2;
        let first_end = (middle + dfa.max_pattern_len().saturating_sub(1)).min(n);
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

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    /// The two walks report exactly the crate's overlapping matches, with the
    /// middle of the text at every byte (every suffix of the texts).
    #[test]
    fn two_walks_equal_the_crates_overlapping_search() {
        let patterns = [
            "said",
            "Said that",
            "aid",
            "that",
            "at",
            "é t",
            "tha",
            "id th",
        ];
        let scanner = PhraseScanner::new(patterns).unwrap();
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(patterns)
            .unwrap();
        let texts = [
            "He said that aid was late; SAID THAT, é that at.",
            "",
            "a",
            "said",
            "xxid thatsaid é tha",
        ];
        for text in texts {
            for from in 0..=text.len() {
                let part = &text.as_bytes()[from..];
                let mut ours = Vec::new();
                scanner.occurrences(part, |s, e, p| ours.push((s, e, p)));
                ours.sort_unstable();
                let mut theirs: Vec<_> = reference
                    .find_overlapping_iter(part)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect();
                theirs.sort_unstable();
                assert_eq!(ours, theirs, "{:?}", String::from_utf8_lossy(part));
            }
        }
    }

    #[test]
    fn an_empty_phrase_is_refused() {
        assert!(PhraseScanner::new(["ok", ""]).is_err());
        assert!(PhraseScanner::new(Vec::<&str>::new()).is_ok());
    }
}
