//! Byte-level tests of single words (a capital first letter, a hyphen in
//! the word) that the trigger search asks of every token. Kept apart
//! because they are written for speed (eight bytes at a time) and tested
//! against the plain scans they replace.

use sitrep_text::Token;

pub(super) fn is_upper_start(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether a word holds a "-". A plain loop: words are short, and
/// `<[u8]>::contains` calls memchr (measured: more instructions a word).
#[inline]
pub(super) fn has_hyphen(word: &[u8]) -> bool {
    for &b in word {
        if b == b'-' {
            return true;
        }
    }
    false
}

/// [`has_hyphen`] of the word `bytes[start..end]`. A word of up to 16
/// bytes with 16 bytes of text from its start is tested eight bytes at a
/// time (a byte is "-" where the lane XOR "-" has a zero byte), not byte by
/// byte: the trigger search asks it of every word it looks up.
#[inline]
pub(super) fn has_hyphen_at(bytes: &[u8], start: usize, end: usize) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const HYPHENS: u64 = 0x2d2d_2d2d_2d2d_2d2d;
    // Whether one of the lane's first `n` bytes (0 to 8) is "-". The zero
    // test is exact for the lowest zero byte and can only wrongly flag bytes
    // above a true zero, so masking to the first `n` bytes keeps it exact.
    let lane_has = |lane: [u8; 8], n: usize| {
        let x = u64::from_le_bytes(lane) ^ HYPHENS;
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        let mask = if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        zero & mask != 0
    };
    let len = end.saturating_sub(start);
    if len <= 16 {
        if let Some(chunk) = bytes.get(start..start + 16) {
            let mut lo = [0u8; 8];
            let mut hi = [0u8; 8];
            lo.copy_from_slice(&chunk[..8]);
            hi.copy_from_slice(&chunk[8..]);
            return lane_has(lo, len.min(8)) || (len > 8 && lane_has(hi, len - 8));
        }
    }
    bytes.get(start..end).is_some_and(has_hyphen)
}

/// [`is_upper_start`] of a token, with a byte test for an ASCII first
/// letter (the trigger search asks it of every word).
#[inline(always)]
pub(super) fn upper_start(text: &str, t: &Token) -> bool {
    match text.as_bytes().get(t.start) {
        _ if t.start >= t.end => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => is_upper_start(t.text(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lane test for "-" answers as the byte scan does for every word
    /// length, every place of the hyphen, words near the end of the text
    /// (the scan's path), non-ASCII bytes (0xad is "-" with the high bit
    /// set) and a "-" just past the word's end.
    #[test]
    fn hyphen_lanes_agree_with_the_byte_scan() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for len in 0..=20usize {
            cases.push(vec![b'a'; len]);
            for at in 0..len {
                let mut w = vec![b'a'; len];
                w[at] = b'-';
                cases.push(w);
                let mut w = vec![b'a'; len];
                w[at] = 0xad;
                cases.push(w);
                let mut w = vec![0x2c; len];
                w[at] = 0x2e;
                cases.push(w);
            }
        }
        for word in &cases {
            for pad in [0usize, 3, 16] {
                // The word, then "-" and more text after it.
                let mut text = word.clone();
                text.push(b'-');
                text.extend(std::iter::repeat_n(b'x', pad));
                let want = has_hyphen(word);
                assert_eq!(
                    has_hyphen_at(&text, 0, word.len()),
                    want,
                    "{word:?} pad {pad}"
                );
                let mut shifted = vec![b'-'];
                shifted.extend_from_slice(&text);
                assert_eq!(
                    has_hyphen_at(&shifted, 1, word.len() + 1),
                    want,
                    "{word:?} shifted, pad {pad}"
                );
            }
        }
        assert!(!has_hyphen_at(b"ab", 2, 1));
    }
}
