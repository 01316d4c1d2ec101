//! One short ASCII word of a document held as two integers, for the trigger
//! search's pass over every word: the word's sixteen bytes are loaded once,
//! and everything that pass asks of each word (is it ASCII, capitalized,
//! hyphenated; its lower case for the vocabulary lookup) is read off that
//! one load, instead of each test slicing and reading the text again.
//!
//! On x86-64 the sixteen bytes are classified at once with SSE2 (byte
//! compares and a move of the byte mask, as the KB matcher's word scan
//! does): the ASCII test, the capitals, the hyphens and the lower-cased
//! key cost a few instructions in all, where the eight-byte lane tests they
//! replace, and the fold of the key the vocabulary lookup made again, were
//! about a fifth of the trigger search's instructions. Other targets take
//! the same answers from two eight-byte lanes.

use sitrep_record::fast_map::{WordMap, PACKED_WORD_BYTES};

/// An ASCII word of 1 to [`PACKED_WORD_BYTES`] bytes as two little-endian
/// lanes (first byte lowest; `hi` holds bytes 8 to 14) with its capitals
/// lower-cased and every byte past the word zero: the layout
/// [`WordMap::get_lowercased_word_lanes`] takes. What the trigger search
/// asks of the word as written (a capital first, a "-" inside) is kept
/// beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordLanes {
    lo: u64,
    hi: u64,
    len: usize,
    upper_start: bool,
    hyphen: bool,
}

impl WordLanes {
    /// The word `bytes[start..end]`, when it is ASCII, 1 to
    /// [`PACKED_WORD_BYTES`] bytes long and 16 bytes of text follow its
    /// start (all but the last words of a document): one sixteen-byte load.
    /// `None` otherwise (the caller takes its slower paths).
    #[inline(always)]
    pub(crate) fn of(bytes: &[u8], start: usize, end: usize) -> Option<WordLanes> {
        let len = end.checked_sub(start)?;
        if !(1..=PACKED_WORD_BYTES).contains(&len) {
            return None;
        }
        let chunk: &[u8; 16] = bytes.get(start..start.checked_add(16)?)?.try_into().ok()?;
        WordLanes::of_chunk(chunk, len)
    }

    /// The word of the first `len` bytes (1 to 15) of `chunk`, if ASCII.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn of_chunk(chunk: &[u8; 16], len: usize) -> Option<WordLanes> {
        use sitrep_record::fast_map::WORD_PREFIX_MASKS;
        use std::arch::x86_64::{
            __m128i, _mm_add_epi8, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8,
            _mm_cvtsi128_si64, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
            _mm_unpackhi_epi64,
        };
        // The bits of the word's bytes in a byte mask.
        let in_word = (1u32 << len) - 1;
        // SAFETY: `_mm_loadu_si128` reads sixteen bytes through a pointer
        // to sixteen bytes (no alignment needed): `chunk` here, a row of
        // `WORD_PREFIX_MASKS` (sitrep-record). The rest are SSE2 register
        // operations, and SSE2 is part of every x86-64 target.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
            let each = |b: u8| _mm_set1_epi8(b as i8);
            // The high bit of each byte: set on the non-ASCII ones.
            if _mm_movemask_epi8(v) as u32 & in_word != 0 {
                return None;
            }
            // `A..=Z` moved to the bottom of the signed bytes (-128 up) by a
            // wrapping add, then one signed compare: the add is one-to-one
            // on bytes, so only the capitals land there.
            let capitals = _mm_cmplt_epi8(
                _mm_add_epi8(v, each(0x80 - b'A')),
                each(0x80 + (b'Z' - b'A') + 1),
            );
            let capital_bits = _mm_movemask_epi8(capitals) as u32;
            let hyphen_bits = _mm_movemask_epi8(_mm_cmpeq_epi8(v, each(b'-'))) as u32;
            // A capital's 0x20 bit is its case: set it; then keep the word's
            // bytes alone.
            let lowered = _mm_or_si128(v, _mm_and_si128(capitals, each(0x20)));
            let prefix = _mm_loadu_si128(WORD_PREFIX_MASKS[len].as_ptr().cast::<__m128i>());
            let alone = _mm_and_si128(lowered, prefix);
            Some(WordLanes {
                lo: _mm_cvtsi128_si64(alone) as u64,
                hi: _mm_cvtsi128_si64(_mm_unpackhi_epi64(alone, alone)) as u64,
                len,
                upper_start: capital_bits & 1 != 0,
                hyphen: hyphen_bits & in_word != 0,
            })
        }
    }

    /// [`WordLanes::of_chunk`] from two eight-byte lanes, on other targets.
    #[cfg(not(target_arch = "x86_64"))]
    #[inline(always)]
    fn of_chunk(chunk: &[u8; 16], len: usize) -> Option<WordLanes> {
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
        if (lo | hi) & HIGHS != 0 {
            return None;
        }
        const HYPHENS: u64 = 0x2d2d_2d2d_2d2d_2d2d;
        // A lane XOR "-" has a zero byte where the lane has a "-" (the
        // zeroed bytes past the word turn into "-" XOR 0, no zero); the test
        // for a zero byte is exact as to whether there is one.
        let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
        Some(WordLanes {
            lo: ascii_lowercase_lane(lo),
            hi: ascii_lowercase_lane(hi),
            len,
            upper_start: (lo as u8).is_ascii_uppercase(),
            hyphen: (zero_bytes(lo ^ HYPHENS) | zero_bytes(hi ^ HYPHENS)) != 0,
        })
    }

    /// Whether the word starts with an ASCII capital.
    #[inline(always)]
    pub(crate) fn upper_start(&self) -> bool {
        self.upper_start
    }

    /// Whether the word holds a "-".
    #[inline(always)]
    pub(crate) fn has_hyphen(&self) -> bool {
        self.hyphen
    }

    /// The value of the word, ASCII case aside, in a table of lower-case
    /// keys: what [`WordMap::get_ascii_lowercase`] gives for it, from the
    /// lanes as they are (already lower-cased and holding the word alone).
    #[inline(always)]
    pub(crate) fn get_in<'m, V>(&self, map: &'m WordMap<V>) -> Option<&'m V> {
        map.get_lowercased_word_lanes(self.lo, self.hi, self.len)
    }
}

#[cfg(not(target_arch = "x86_64"))]
const ONES: u64 = 0x0101_0101_0101_0101;
#[cfg(not(target_arch = "x86_64"))]
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The eight ASCII bytes of `x` with their capitals lower-cased: a byte is
/// a capital when it is in `A..=Z`; adding to seven-bit bytes never carries
/// into the next byte.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn ascii_lowercase_lane(x: u64) -> u64 {
    let at_least_a = x + 0x3f3f_3f3f_3f3f_3f3f; // 0x80 - b'A'
    let past_z = x + 0x2525_2525_2525_2525; // 0x80 - (b'Z' + 1)
    let capital = at_least_a & !past_z & HIGHS;
    x | (capital >> 2)
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
                // The lanes hold the word alone, lower-cased.
                let mut lower = [0u8; 16];
                lower[..word.len()].copy_from_slice(word.to_ascii_lowercase().as_bytes());
                assert_eq!(
                    u128::from(lanes.lo) | u128::from(lanes.hi) << 64,
                    u128::from_le_bytes(lower),
                    "{word:?}"
                );
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
