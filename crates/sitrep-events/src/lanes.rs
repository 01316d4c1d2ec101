//! One short ASCII word of a document held as two integers, for the trigger
//! search's pass over every word: the word's bytes are loaded once, and the
//! tests that pass asks of each word (is it ASCII, capitalized, hyphenated;
//! its lower case for the vocabulary lookup) are a few integer operations
//! on those two loads, instead of each test slicing and reading the text
//! again.

use sitrep_record::fast_map::{WordMap, PACKED_WORD_BYTES};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// An ASCII word of 1 to [`PACKED_WORD_BYTES`] bytes as two little-endian
/// lanes (first byte lowest; `hi` holds bytes 8 to 14), every byte past
/// the word zero: the layout [`WordMap::get_ascii_word_lanes`] takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordLanes {
    lo: u64,
    hi: u64,
    len: usize,
}

impl WordLanes {
    /// The word `bytes[start..end]`, when it is ASCII, 1 to
    /// [`PACKED_WORD_BYTES`] bytes long and 16 bytes of text follow its
    /// start (all but the last words of a document): two loads and a mask.
    /// `None` otherwise (the caller takes its slower paths).
    #[inline(always)]
    pub(crate) fn of(bytes: &[u8], start: usize, end: usize) -> Option<WordLanes> {
        let len = end.checked_sub(start)?;
        if !(1..=PACKED_WORD_BYTES).contains(&len) {
            return None;
        }
        let chunk = bytes.get(start..start.checked_add(16)?)?;
        let mut lo = [0u8; 8];
        let mut hi = [0u8; 8];
        lo.copy_from_slice(&chunk[..8]);
        hi.copy_from_slice(&chunk[8..]);
        let (lo, hi) = (u64::from_le_bytes(lo), u64::from_le_bytes(hi));
        let low_bytes = |n: usize| (1u64 << (8 * n)) - 1;
        let (lo, hi) = if len < 8 {
            (lo & low_bytes(len), 0)
        } else {
            (lo, hi & low_bytes(len - 8))
        };
        ((lo | hi) & HIGHS == 0).then_some(WordLanes { lo, hi, len })
    }

    /// Whether the word starts with an ASCII capital.
    #[inline(always)]
    pub(crate) fn upper_start(&self) -> bool {
        (self.lo as u8).is_ascii_uppercase()
    }

    /// Whether the word holds a "-": a lane XOR "-" has a zero byte where
    /// the lane has a "-" (the zeroed bytes past the word turn into "-"
    /// XOR 0, no zero). The test for a zero byte is exact as to whether
    /// there is one.
    #[inline(always)]
    pub(crate) fn has_hyphen(&self) -> bool {
        const HYPHENS: u64 = 0x2d2d_2d2d_2d2d_2d2d;
        // The two lanes' zero-byte bits OR-ed and tested once: no branch
        // between the lanes for the test asked of nearly every word.
        let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
        (zero_bytes(self.lo ^ HYPHENS) | zero_bytes(self.hi ^ HYPHENS)) != 0
    }

    /// The value of the word, ASCII case aside, in a table of lower-case
    /// keys: what [`WordMap::get_ascii_lowercase`] gives for it, through the
    /// map's own lane look-up (which folds the capitals), with no second
    /// load of the word, nor a second mask: the lanes hold the word alone.
    #[inline(always)]
    pub(crate) fn get_in<'m, V>(&self, map: &'m WordMap<V>) -> Option<&'m V> {
        map.get_ascii_word_lanes(self.lo, self.hi, self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words a document may hold at a token: capitals, apostrophes,
    /// hyphens (at either end too), digits, non-ASCII letters, the longest
    /// packed length and one past it, an empty word.
    const WORDS: &[&str] = &[
        "a",
        "A",
        "I",
        "Iran",
        "iran",
        "IRAN",
        "don't",
        "'s",
        "Iran-backed",
        "-backed",
        "pro-",
        "-",
        "--",
        "x-y-z",
        "1990s",
        "@Z[`z{",
        "fifteen-bytes-x",
        "FIFTEEN_BYTES_Y",
        "sixteen-bytes-xy",
        "société",
        "Élysée",
        "naïve-ish",
        "",
    ];

    /// Each word inside text, at the start, in the middle with 16 bytes
    /// after it, and at the end (too near it for the loads).
    fn placements(word: &str) -> Vec<(String, usize, usize)> {
        let after = " and then some more words.";
        vec![
            (format!("{word}{after}"), 0, word.len()),
            (format!("Say {word}{after}"), 4, 4 + word.len()),
            (format!("Say {word}"), 4, 4 + word.len()),
        ]
    }

    #[test]
    fn lanes_give_the_answers_of_the_byte_tests_they_replace() {
        let mut map: WordMap<usize> = WordMap::default();
        for (i, w) in WORDS.iter().enumerate() {
            map.insert_str(&w.to_ascii_lowercase(), i);
        }
        let mut fast = 0;
        for word in WORDS {
            for (text, start, end) in placements(word) {
                let Some(lanes) = WordLanes::of(text.as_bytes(), start, end) else {
                    // Only non-ASCII, empty, long or last words are refused.
                    assert!(
                        !word.is_ascii()
                            || word.is_empty()
                            || word.len() > PACKED_WORD_BYTES
                            || start + 16 > text.len(),
                        "{word:?} in {text:?}"
                    );
                    continue;
                };
                fast += 1;
                assert_eq!(lanes.len, word.len());
                let first_upper = word.chars().next().is_some_and(char::is_uppercase);
                assert_eq!(lanes.upper_start(), first_upper, "{word:?}");
                assert_eq!(lanes.has_hyphen(), word.contains('-'), "{word:?}");
                assert_eq!(
                    lanes.get_in(&map),
                    map.get_ascii_lowercase(word),
                    "{word:?}"
                );
            }
        }
        assert!(fast >= 2 * 17, "{fast}");
    }

    #[test]
    fn an_unlisted_word_is_not_found() {
        let mut map: WordMap<u8> = WordMap::default();
        map.insert_str("attack", 1);
        let text = "Attacks attack ATTACK attacked, and more text after.";
        let found: Vec<Option<u8>> = [(0, 7), (8, 14), (15, 21), (22, 30)]
            .iter()
            .map(|&(a, b)| {
                WordLanes::of(text.as_bytes(), a, b)
                    .unwrap()
                    .get_in(&map)
                    .copied()
            })
            .collect();
        assert_eq!(found, [None, Some(1), Some(1), None]);
    }
}
