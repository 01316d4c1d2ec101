//! Every occurrence of a few hundred short phrases in a text, ignoring
//! ASCII case: the scan the framing lexicon and the claims cue lexicon run
//! over every document.

/// An ASCII-case-insensitive, overlapping (standard) Aho–Corasick DFA,
/// walked as two walks side by side, one over each half of the text: each
/// step waits on a transition-table load that depends on the one before, so
/// one walk leaves the core idle most of the time, and two independent walks
/// run in about the time of one (docs/log/benchmarks-sessions-1-51.md, session 6, branches
/// `perf-alloc` and `perf-claims7`).
///
/// The automaton is built here rather than by the `aho-corasick` crate: its
/// DFA builder follows the trie's failure links for every (state, byte)
/// pair, which cost 47 M instructions at every start-up for the two phrase
/// lists (3.5% of a 500-document run); filling each state's row from its
/// failure state's finished row, in breadth-first order, builds the same
/// automaton in a fraction of that. The layout is like the crate's (byte classes,
/// rows of a power-of-two stride, match states first), so the walk is as
/// fast, and the matches of a state are listed in the crate's order (its own
/// patterns as given, then those of its failure state), so every caller sees
/// the same sequence of occurrences.
#[derive(Debug, Clone)]
pub struct PhraseScanner {
    /// Each byte's column in a row; ASCII letters share their lower case's.
    classes: [u8; 256],
    /// log2 of a row's length.
    stride2: u32,
    /// `trans[state + class]`: the next state. A state is the offset of its
    /// row, so a step is one add and one load. The rows are followed by
    /// zeros up to a power-of-two length, never read: a walk indexes the
    /// table through [`PhraseScanner::mask`], which leaves every offset a
    /// row can give unchanged and lets the compiler drop the bounds test of
    /// every step (four of a step's twenty instructions in `walk_two`).
    trans: Vec<u32>,
    /// The rows of `trans` that are states (the rest is padding); the
    /// tests compare it with the trie's size.
    #[cfg_attr(not(test), allow(dead_code))]
    states: usize,
    start: u32,
    /// States below this are match states (their rows come first).
    match_limit: u32,
    /// Match state `i`'s patterns: `match_patterns[match_bounds[i]..match_bounds[i + 1]]`.
    match_bounds: Vec<u32>,
    match_patterns: Vec<u32>,
    pattern_lens: Vec<u32>,
    max_pattern_len: usize,
}

/// The number of states of the trie of `patterns` (already lower-cased
/// and non-empty), one per distinct prefix and the root, and log2 of its
/// row length, as [`PhraseScanner::new`] lays it out: counted from the
/// sorted phrases, each adding the bytes it does not share with the one
/// before.
fn trie_size(mut patterns: Vec<Vec<u8>>) -> (usize, u32) {
    let mut seen = [false; 256];
    for &b in patterns.iter().flatten() {
        seen[usize::from(b)] = true;
    }
    let columns = 1 + seen.iter().filter(|&&s| s).count();
    let stride2 = columns.next_power_of_two().trailing_zeros();
    patterns.sort_unstable();
    patterns.dedup();
    let mut states = 1usize;
    let mut previous: &[u8] = &[];
    for p in &patterns {
        let shared = p.iter().zip(previous).take_while(|(a, b)| a == b).count();
        states += p.len() - shared;
        previous = p;
    }
    (states, stride2)
}

/// The phrases ASCII-folded, or the reason [`PhraseScanner::new`] and
/// [`PhraseScanner::check`] refuse them: an empty phrase (it would match
/// between every two bytes) or more phrases than a `u32` counts.
fn folded_phrases<I, P>(patterns: I) -> Result<Vec<Vec<u8>>, String>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    let patterns: Vec<Vec<u8>> = patterns
        .into_iter()
        .map(|p| p.as_ref().to_ascii_lowercase())
        .collect();
    if patterns.iter().any(Vec::is_empty) {
        return Err("a phrase is empty".to_string());
    }
    if u32::try_from(patterns.len()).is_err() {
        return Err("too many phrases".to_string());
    }
    Ok(patterns)
}

impl PhraseScanner {
    /// Whether [`PhraseScanner::new`] would build a scanner for `patterns`,
    /// and its error if not, without building the automaton: for a caller
    /// that must refuse bad phrases when it loads them but may never scan
    /// with them (the framing lexicon's own scanner, which the pipeline's
    /// joint walk replaces). The state count is the trie's, one per distinct
    /// prefix, read off the sorted phrases.
    pub fn check<I, P>(patterns: I) -> Result<(), String>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let patterns = folded_phrases(patterns)?;
        let (states, stride2) = trie_size(patterns);
        if states
            .checked_shl(stride2)
            .is_none_or(|cells| u32::try_from(cells).is_err())
        {
            return Err("too many phrase states".to_string());
        }
        Ok(())
    }

    /// A scanner for `patterns`; an empty pattern is refused (it would
    /// match between every two bytes).
    pub fn new<I, P>(patterns: I) -> Result<PhraseScanner, String>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let patterns = folded_phrases(patterns)?;
        // Column 0 is every byte no phrase has; each byte a phrase has gets
        // its own (after folding, an upper-case letter is never one).
        let mut classes = [0u8; 256];
        let mut columns = 1usize;
        for p in &patterns {
            for &b in p {
                if classes[usize::from(b)] == 0 {
                    // At most 230 distinct folded bytes, so this fits.
                    classes[usize::from(b)] = columns as u8;
                    columns += 1;
                }
            }
        }
        for upper in b'A'..=b'Z' {
            classes[usize::from(upper)] = classes[usize::from(upper.to_ascii_lowercase())];
        }
        let stride2 = columns.next_power_of_two().trailing_zeros();
        let stride = 1usize << stride2;

        // The trie as lists: each state's children linked (`first_child`,
        // `next_sibling`; `class_of` is the class of the byte into a state),
        // state 0 the root, 0 ending a list (the root is nobody's child). A
        // state has few children, so a list is short; and no table of a row
        // per trie state is zeroed and filled only to be copied again.
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        let mut first_child: Vec<u32> = vec![0];
        let mut next_sibling: Vec<u32> = vec![0];
        let mut class_of: Vec<u8> = vec![0];
        for (pid, p) in patterns.iter().enumerate() {
            let mut state = 0usize;
            for &b in p {
                let class = classes[usize::from(b)];
                let mut child = first_child[state];
                while child != 0 && class_of[child as usize] != class {
                    child = next_sibling[child as usize];
                }
                if child == 0 {
                    child = u32::try_from(own.len()).map_err(|_| "too many phrase states")?;
                    own.push(Vec::new());
                    first_child.push(0);
                    next_sibling.push(first_child[state]);
                    class_of.push(class);
                    first_child[state] = child;
                }
                state = child as usize;
            }
            own[state].push(pid as u32);
        }
        let states = own.len();
        if states
            .checked_shl(stride2)
            .is_none_or(|cells| u32::try_from(cells).is_err())
        {
            return Err("too many phrase states".to_string());
        }

        // Breadth first, each state's DFA row is appended to `rows` (row
        // `row_of[state]`, its place in the queue): a copy of its failure
        // state's row, which is final (the failure state is shallower, so
        // earlier in the queue), with the state's own children put back; a
        // missing child is so the failure state's transition. The root's row
        // is its children, the root elsewhere. A state's matches are its
        // own, then its failure state's, complete by the time it is reached.
        // (Rows hold state numbers, given as the trie was built; the order
        // of siblings in the queue changes no transition.)
        let mut rows: Vec<u32> = Vec::with_capacity(states << stride2);
        let mut row_of = vec![0u32; states];
        let mut matches: Vec<Vec<u32>> = vec![Vec::new(); states];
        let mut fail = vec![0u32; states];
        let mut queue: Vec<u32> = Vec::with_capacity(states);
        queue.push(0);
        let mut next = 0;
        while next < queue.len() {
            let state = queue[next] as usize;
            let row = next << stride2;
            row_of[state] = next as u32;
            next += 1;
            if state == 0 {
                rows.resize(stride, 0);
            } else {
                let fail_row = (row_of[fail[state] as usize] as usize) << stride2;
                rows.extend_from_within(fail_row..fail_row + stride);
            }
            let mut child = first_child[state];
            while child != 0 {
                let c = child as usize;
                let cell = row + usize::from(class_of[c]);
                let target = rows[cell];
                rows[cell] = child;
                fail[c] = target;
                let mut list = std::mem::take(&mut own[c]);
                list.extend_from_slice(&matches[target as usize]);
                matches[c] = list;
                queue.push(child);
                child = next_sibling[c];
            }
        }

        // Match states first, so "is this a match" is one compare.
        let mut order: Vec<u32> = (0..states as u32).collect();
        order.sort_by_key(|&s| matches[s as usize].is_empty());
        let mut new_id = vec![0u32; states];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = (new << stride2) as u32;
        }
        // Each row renumbered as it is appended: the table is written once,
        // not zeroed first and then overwritten (but for the padding).
        let cells = states << stride2;
        let mut trans = Vec::with_capacity(cells.next_power_of_two());
        for &old in &order {
            let from = (row_of[old as usize] as usize) << stride2;
            trans.extend(
                rows[from..from + stride]
                    .iter()
                    .map(|&target| new_id[target as usize]),
            );
        }
        trans.resize(cells.next_power_of_two(), 0);
        let match_states = matches.iter().filter(|m| !m.is_empty()).count();
        let mut match_bounds = Vec::with_capacity(match_states + 1);
        let mut match_patterns = Vec::new();
        match_bounds.push(0);
        for &old in &order[..match_states] {
            match_patterns.extend_from_slice(&matches[old as usize]);
            match_bounds.push(match_patterns.len() as u32);
        }
        Ok(PhraseScanner {
            classes,
            stride2,
            trans,
            states,
            start: new_id[0],
            match_limit: (match_states << stride2) as u32,
            match_bounds,
            match_patterns,
            pattern_lens: patterns.iter().map(|p| p.len() as u32).collect(),
            max_pattern_len: patterns.iter().map(Vec::len).max().unwrap_or(0),
        })
    }

    /// `trans.len() - 1`, all ones below the table's power-of-two length:
    /// `offset & mask` is `offset` for every cell of a state's row (an
    /// offset of a state plus a class), and the compiler sees that the
    /// masked index is in bounds. (The table always holds the root's row,
    /// so it is not empty.)
    #[inline(always)]
    fn mask(&self) -> usize {
        self.trans.len() - 1
    }

    #[inline(always)]
    fn step(&self, state: u32, byte: u8) -> u32 {
        let cell = state as usize + usize::from(self.classes[usize::from(byte)]);
        self.trans[cell & self.mask()]
    }

    /// Steps one walk over `left` and one over `right` (as long as `left`)
    /// from byte `k` on, from the states `first` and `second`, until either
    /// walk enters a match state: the index of that byte and both states
    /// after it, or `left.len()` and the states at the end. No call in the
    /// loop, so the states, tables and indices stay in registers (a call
    /// of its own, per match state reached, to keep it so).
    #[inline(never)]
    fn walk_two(
        &self,
        left: &[u8],
        right: &[u8],
        mut k: usize,
        first: u32,
        second: u32,
    ) -> (usize, u32, u32) {
        let right = &right[..left.len()];
        // The states as offsets, not `u32`: a step is then one add, not a
        // widening move and an add.
        let (mut a, mut b) = (first as usize, second as usize);
        let (trans, classes) = (&self.trans[..], &self.classes);
        let mask = self.mask();
        let limit = self.match_limit as usize;
        while k < left.len() {
            a = trans[(a + usize::from(classes[usize::from(left[k])])) & mask] as usize;
            b = trans[(b + usize::from(classes[usize::from(right[k])])) & mask] as usize;
            if a < limit || b < limit {
                break;
            }
            k += 1;
        }
        (k, a as u32, b as u32)
    }

    /// Every occurrence of every pattern as `(start, end, pattern)`, in no
    /// particular order (callers sort them). The first walk goes on past
    /// the middle far enough to finish every phrase that starts before it,
    /// and reports only those; the second starts afresh at the middle, so
    /// it reports exactly the phrases that start there or later.
    pub fn occurrences(&self, text: &[u8], mut report: impl FnMut(usize, usize, usize)) {
        let n = text.len();
        let middle = n / 2;
        let first_end = (middle + self.max_pattern_len.saturating_sub(1)).min(n);
        let mut emit = |state: u32, end: usize, before: usize| {
            let i = (state >> self.stride2) as usize;
            let (from, to) = (self.match_bounds[i], self.match_bounds[i + 1]);
            for &pattern in &self.match_patterns[from as usize..to as usize] {
                let start = end - self.pattern_lens[pattern as usize] as usize;
                if start < before {
                    report(start, end, pattern as usize);
                }
            }
        };
        let (mut first, mut second) = (self.start, self.start);
        let together = first_end.min(n - middle);
        let (left, right) = (&text[..together], &text[middle..middle + together]);
        // The walks step in `walk_two` until either reaches a match state,
        // and report here: with the reporting calls inside its loop, the
        // loop kept its table, text and bounds on the stack (the calls
        // clobber registers), a reload per byte.
        let mut k = 0;
        while k < together {
            let (at, a, b) = self.walk_two(left, right, k, first, second);
            (first, second) = (a, b);
            if at == together {
                break;
            }
            if first < self.match_limit {
                emit(first, at + 1, middle);
            }
            if second < self.match_limit {
                emit(second, middle + at + 1, usize::MAX);
            }
            k = at + 1;
        }
        let (mut i, mut j) = (together, middle + together);
        for &a in &text[i..first_end] {
            first = self.step(first, a);
            i += 1;
            if first < self.match_limit {
                emit(first, i, middle);
            }
        }
        for &b in &text[j..] {
            second = self.step(second, b);
            j += 1;
            if second < self.match_limit {
                emit(second, j, usize::MAX);
            }
        }
    }
}

/// One occurrence of a phrase: `(start, end, pattern)`, byte offsets into
/// the text and the phrase's index in its own list.
pub type PhraseOccurrence = (usize, usize, usize);

/// `N` phrase lists compiled into one [`PhraseScanner`], so a text is walked
/// once for all of them (the walk waits on a table load for every byte, so
/// a second walk over the same text costs as much as the first). Each
/// occurrence is handed back to its own list with its index in that list:
/// exactly the occurrences a scanner of that list alone reports, in another
/// order (callers sort them). The pipeline builds one over the claims cue
/// phrases and the framing phrases at load time.
#[derive(Debug, Clone)]
pub struct PhraseSets<const N: usize> {
    scanner: PhraseScanner,
    /// For each pattern of the joint scanner, its list and its index there
    /// (the lists are concatenated in order).
    owner: Vec<(u32, u32)>,
}

impl<const N: usize> PhraseSets<N> {
    /// One scanner over every phrase of `lists`; a phrase may be in several
    /// lists, or several times in one, and is reported for each. An empty
    /// phrase is refused, as by [`PhraseScanner::new`].
    pub fn new(lists: [&[&str]; N]) -> Result<PhraseSets<N>, String> {
        let mut owner = Vec::new();
        for (list, phrases) in lists.iter().enumerate() {
            for index in 0..phrases.len() {
                let index = u32::try_from(index).map_err(|_| "too many phrases".to_string())?;
                owner.push((list as u32, index));
            }
        }
        let scanner = PhraseScanner::new(lists.iter().flat_map(|phrases| phrases.iter()))?;
        Ok(PhraseSets { scanner, owner })
    }

    /// Every occurrence of every phrase in `text`, one vector per list, each
    /// occurrence with its index in its own list, in no particular order.
    ///
    /// (In fact those starting in the text's first half, in the order their
    /// ends come, then those starting in the second half: the two walks
    /// report in turns, and their interleaved reports were a shuffle the
    /// callers' sorts had to undo; two runs nearly in order are merged by a
    /// stable sort in about one pass.)
    pub fn occurrences(&self, text: &[u8]) -> [Vec<PhraseOccurrence>; N] {
        // News runs about one occurrence of each of the pipeline's lists
        // per two hundred bytes: room for somewhat more up front spares
        // each vector its regrowths from empty (3,930 in 500 documents).
        let room = text.len() / 128;
        let mut found: [Vec<PhraseOccurrence>; N] =
            std::array::from_fn(|_| Vec::with_capacity(room));
        let mut second_half: [Vec<PhraseOccurrence>; N] =
            std::array::from_fn(|_| Vec::with_capacity(room / 2));
        // The first walk reports only the phrases starting before the
        // middle, the second only the others (`PhraseScanner::occurrences`).
        let middle = text.len() / 2;
        self.scanner.occurrences(text, |start, end, pattern| {
            let (list, index) = self.owner[pattern];
            let into = if start < middle {
                &mut found
            } else {
                &mut second_half
            };
            into[list as usize].push((start, end, index as usize));
        });
        for (first, second) in found.iter_mut().zip(second_half) {
            first.extend(second);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    /// The check refuses what the build refuses, with the same message, and
    /// counts the trie's states as the build makes them.
    #[test]
    fn check_agrees_with_the_build() {
        let cases: [&[&str]; 5] = [
            &["said", "Said that", "aid", "that"],
            &["said", ""],
            &[],
            &["a", "A", "ab", "abc", "b"],
            &["x"],
        ];
        for patterns in cases {
            assert_eq!(
                PhraseScanner::check(patterns),
                PhraseScanner::new(patterns).map(|_| ()),
                "{patterns:?}"
            );
        }
        // The trie's size as counted equals the built automaton's, on
        // random phrase sets with shared prefixes, repeats and case pairs.
        let alphabet = b"aAbB c'-";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        for _ in 0..200 {
            let patterns: Vec<Vec<u8>> = (0..1 + next(30))
                .map(|_| {
                    (0..1 + next(7))
                        .map(|_| alphabet[next(alphabet.len())])
                        .collect()
                })
                .collect();
            let built = PhraseScanner::new(&patterns).unwrap();
            let lowered = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
            let (states, stride2) = trie_size(lowered);
            assert_eq!(stride2, built.stride2, "{patterns:?}");
            assert_eq!(states, built.states, "{patterns:?}");
            assert!(built.trans.len().is_power_of_two());
            assert!(built.trans.len() >= states << built.stride2);
        }
        // Rows of 256 cells (over 128 distinct bytes) and more than 2^24
        // states pass u32 offsets: refused, as the build refuses them.
        let many: Vec<Vec<u8>> = (0..70_000u32)
            .map(|i| {
                let mut p = b"q".repeat(7);
                // Seven bits of `i` a byte: a different phrase for each `i`.
                p.extend([0, 7, 14].map(|shift| 0x80 | (i >> shift) as u8 & 0x7f));
                p.extend((0..=255u8).map(|b| b | 0x80));
                p
            })
            .collect();
        assert_eq!(
            PhraseScanner::check(&many),
            Err("too many phrase states".to_string())
        );
        assert_eq!(PhraseScanner::check(&many[..1000]), Ok(()));
    }

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

    /// The sequence of occurrences the scanner reported when its automaton
    /// was the crate's DFA (the same two walks): callers that sort by less
    /// than the whole triple depend on it.
    fn crate_dfa_occurrences(patterns: &[String], text: &[u8]) -> Vec<(usize, usize, usize)> {
        use aho_corasick::automaton::{Automaton, StateID};
        use aho_corasick::dfa::DFA;
        use aho_corasick::{Anchored, MatchKind};
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .unwrap();
        let mut out = Vec::new();
        let start = dfa.start_state(Anchored::No).unwrap();
        let n = text.len();
        let middle = n / 2;
        let first_end = (middle + dfa.max_pattern_len().saturating_sub(1)).min(n);
        let mut emit = |sid: StateID, end: usize, before: usize| {
            if dfa.is_match(sid) {
                for i in 0..dfa.match_len(sid) {
                    let pattern = dfa.match_pattern(sid, i);
                    let start = end - dfa.pattern_len(pattern);
                    if start < before {
                        out.push((start, end, pattern.as_usize()));
                    }
                }
            }
        };
        let (mut first, mut second) = (start, start);
        let (mut i, mut j) = (0, middle);
        while i < first_end || j < n {
            if i < first_end && j < n {
                first = dfa.next_state(Anchored::No, first, text[i]);
                second = dfa.next_state(Anchored::No, second, text[j]);
                i += 1;
                j += 1;
                emit(first, i, middle);
                emit(second, j, usize::MAX);
            } else if i < first_end {
                first = dfa.next_state(Anchored::No, first, text[i]);
                i += 1;
                emit(first, i, middle);
            } else {
                second = dfa.next_state(Anchored::No, second, text[j]);
                j += 1;
                emit(second, j, usize::MAX);
            }
        }
        out
    }

    /// Pseudo-random phrases over a small alphabet (so they share prefixes
    /// and suffixes, repeat, and differ only in case), scanned over
    /// pseudo-random texts: the same occurrences in the same order as the
    /// crate's automaton.
    #[test]
    fn same_sequence_as_the_crates_dfa() {
        let alphabet: Vec<char> = "aAbBcC -'.éÉ".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        for round in 0..40 {
            let count = 1 + next(if round % 2 == 0 { 8 } else { 120 });
            let patterns: Vec<String> = (0..count)
                .map(|_| {
                    (0..1 + next(6))
                        .map(|_| alphabet[next(alphabet.len())])
                        .collect()
                })
                .collect();
            let scanner = PhraseScanner::new(&patterns).unwrap();
            for _ in 0..20 {
                let text: String = (0..next(90))
                    .map(|_| alphabet[next(alphabet.len())])
                    .collect();
                let mut ours = Vec::new();
                scanner.occurrences(text.as_bytes(), |s, e, p| ours.push((s, e, p)));
                assert_eq!(
                    ours,
                    crate_dfa_occurrences(&patterns, text.as_bytes()),
                    "{patterns:?} {text:?}"
                );
            }
        }
    }

    /// The joint scan over several lists gives each list exactly the
    /// occurrences a scanner of that list alone gives: random lists that
    /// share phrases (across lists, within one, and differing only in case)
    /// over random texts, and an empty list.
    #[test]
    fn joint_scan_equals_one_scan_per_list() {
        let alphabet: Vec<char> = "aAbBcC -'.é".chars().collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        for round in 0..30 {
            let mut lists: Vec<Vec<String>> = (0..3)
                .map(|list| {
                    let count = if round % 5 == 0 && list == 1 {
                        0
                    } else {
                        1 + next(40)
                    };
                    (0..count)
                        .map(|_| {
                            (0..1 + next(5))
                                .map(|_| alphabet[next(alphabet.len())])
                                .collect()
                        })
                        .collect()
                })
                .collect();
            // A phrase of the first list in the last one too.
            let shared = lists[0][0].clone();
            lists[2].push(shared);
            let refs: Vec<Vec<&str>> = lists
                .iter()
                .map(|l| l.iter().map(String::as_str).collect())
                .collect();
            let joint = PhraseSets::new([&refs[0][..], &refs[1][..], &refs[2][..]]).unwrap();
            let alone: Vec<PhraseScanner> = refs
                .iter()
                .map(|l| PhraseScanner::new(l).unwrap())
                .collect();
            for _ in 0..20 {
                let text: String = (0..next(120))
                    .map(|_| alphabet[next(alphabet.len())])
                    .collect();
                let found = joint.occurrences(text.as_bytes());
                // Those starting in the first half come first; each half's
                // in the order of their ends (runs a stable sort merges).
                let middle = text.len() / 2;
                for list in &found {
                    let split = list.iter().position(|o| o.0 >= middle);
                    let split = split.unwrap_or(list.len());
                    assert!(list[split..].iter().all(|o| o.0 >= middle), "{text:?}");
                    for half in [&list[..split], &list[split..]] {
                        assert!(half.windows(2).all(|w| w[0].1 <= w[1].1), "{text:?}");
                    }
                }
                for (list, scanner) in alone.iter().enumerate() {
                    let mut theirs = Vec::new();
                    scanner.occurrences(text.as_bytes(), |s, e, p| theirs.push((s, e, p)));
                    theirs.sort_unstable();
                    let mut ours = found[list].clone();
                    ours.sort_unstable();
                    assert_eq!(ours, theirs, "{lists:?} {text:?}");
                }
            }
        }
        assert!(PhraseSets::new([&["ok"][..], &[""][..]]).is_err());
    }

    #[test]
    fn an_empty_phrase_is_refused() {
        assert!(PhraseScanner::new(["ok", ""]).is_err());
        assert!(PhraseScanner::new(Vec::<&str>::new()).is_ok());
    }
}
