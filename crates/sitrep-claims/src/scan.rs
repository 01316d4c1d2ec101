//! Byte searches for the claims rules' hot loops, where the standard
//! library's general ones cost more than the search: `str::find` with a
//! string pattern sets up a two-way searcher on every call (several hundred
//! instructions) to look through the short rest of one sentence, and the
//! quote scan went through every byte of the text one at a time.

/// Byte offset of the first `needle` in `hay`, like `hay.find(needle)`.
/// Anchored on the needle's first byte that is no space (spaces are the
/// commonest byte of text): [`find_any3`] jumps from one such byte to the
/// next, and only there is the whole needle compared.
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
        p = find_any3(h, p, [anchor; 3]);
        let start = p - anchor_at;
        if p >= h.len() || start > last_start {
            return None;
        }
        if h[start..start + n.len()] == *n {
            return Some(start);
        }
        p += 1;
    }
}

/// Index of the first byte at or after `from` in `hay` that is one of
/// `needles`, or `hay.len()` when there is none. Eight bytes at a time: a
/// byte equal to a needle is a zero byte of the word XORed with the needle
/// repeated, and the classic zero-byte test finds it. That test can also
/// flag a byte above (later than) a real zero byte, never one below, so
/// the lowest flagged byte is the first match.
pub(crate) fn find_any3(hay: &[u8], from: usize, needles: [u8; 3]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let [a, b, c] = needles.map(|n| u64::from(n) * ONES);
    let mut i = from;
    while i + 8 <= hay.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&hay[i..i + 8]);
        let x = u64::from_le_bytes(word);
        let found = zero_bytes(x ^ a) | zero_bytes(x ^ b) | zero_bytes(x ^ c);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < hay.len() && !needles.contains(&hay[i]) {
        i += 1;
    }
    i.min(hay.len())
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn find_any3_finds_the_first_needle_byte() {
        // Every byte value around every needle position, at every offset
        // of an eight-byte word, with bytes that make the zero-byte test
        // borrow (0x00, 0x01, 0x80, 0xff) next to the needle.
        let needles = [b'"', b'\'', b'\n'];
        let fillers = [
            b'a', 0x00, 0x01, b'!', b'#', b'&', b'(', 0x09, 0x0b, 0x80, 0xff, 0xe2,
        ];
        for len in 0..20 {
            for &fill in &fillers {
                for at in 0..=len {
                    for &needle in needles.iter().chain(b"x") {
                        let mut hay = vec![fill; len];
                        if at < len {
                            hay[at] = needle;
                        }
                        for from in 0..=len {
                            let want = (from..len)
                                .find(|&i| needles.contains(&hay[i]))
                                .unwrap_or(len);
                            assert_eq!(find_any3(&hay, from, needles), want, "{hay:?} from {from}");
                        }
                    }
                }
            }
        }
    }
}
