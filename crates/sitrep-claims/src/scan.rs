//! A substring search for the claims rules' hot loops, where the standard
//! library's costs more than the search: `str::find` with a string pattern
//! sets up a two-way searcher on every call (several hundred instructions)
//! to look through the short rest of one sentence.

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
