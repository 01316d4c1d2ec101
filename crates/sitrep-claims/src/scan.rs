//! Byte searches for the claims rules' hot loops, where the standard
//! library's general ones cost more than the search: `str::find` with a
//! string pattern sets up a two-way searcher on every call (several hundred
//! instructions) to look through the short rest of one sentence, and the
//! quote scan went through every byte of the text one at a time. The byte
//! jumps are `memchr`'s vectorized searches.

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

/// Index of the first byte at or after `from` in `hay` that is one of
/// `needles`, or `hay.len()` when there is none.
pub(crate) fn find_any3(hay: &[u8], from: usize, needles: [u8; 3]) -> usize {
    let [a, b, c] = needles;
    hay.get(from..)
        .and_then(|rest| memchr::memchr3(a, b, c, rest))
        .map_or(hay.len(), |i| from + i)
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
