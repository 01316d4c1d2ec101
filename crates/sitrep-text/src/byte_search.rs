//! Every offset of a few sparse bytes in a text, for the passes that act
//! on each of them in turn (quote marks and line breaks: one every sixty
//! bytes or so of news).
//!
//! A `memchr3` call per hit pays the call's set-up (pointer arithmetic,
//! alignment, the tail) every time, about 85 instructions a hit on real
//! news, for a search that usually runs only a line or two. Here the text
//! is read once in 64-byte blocks, each turned into a bit mask of the bytes
//! sought, and the hits are read off the mask a bit at a time.

/// The offsets of the bytes of a haystack that equal any of three needles,
/// in increasing order ([`AnyOfThree::new`]).
#[derive(Debug, Clone)]
pub struct AnyOfThree<'h> {
    haystack: &'h [u8],
    needles: [u8; 3],
    /// Where the block whose hits are in `bits` starts.
    block: usize,
    /// Where the next block to read starts.
    next_block: usize,
    /// The hits of the current block not yet handed out, a bit a byte.
    bits: u64,
}

/// The bytes of a block read at once: a mask of 64 bits, so that the
/// block's loop turn (its test and its bounds) is paid once for four
/// sixteen-byte compares (with sixteen-byte blocks the scan cost about
/// twice the instructions a byte).
const BLOCK: usize = 64;

impl<'h> AnyOfThree<'h> {
    /// The offsets in `haystack` of every byte equal to `needles[0]`,
    /// `needles[1]` or `needles[2]`.
    pub fn new(haystack: &'h [u8], needles: [u8; 3]) -> AnyOfThree<'h> {
        AnyOfThree {
            haystack,
            needles,
            block: 0,
            next_block: 0,
            bits: 0,
        }
    }
}

impl Iterator for AnyOfThree<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            let at = self.next_block;
            if at >= self.haystack.len() {
                return None;
            }
            let rest = &self.haystack[at..];
            self.bits = match rest.first_chunk::<BLOCK>() {
                Some(block) => block_hits(block, self.needles),
                None => match self.haystack.last_chunk::<BLOCK>() {
                    // The tail, read as the haystack's last block: the bits
                    // of the bytes before `at`, handed out already, are
                    // shifted out.
                    Some(last) => block_hits(last, self.needles) >> (BLOCK - rest.len()),
                    // A haystack shorter than a block, padded: the
                    // padding's bits are dropped.
                    None => {
                        let mut block = [0u8; BLOCK];
                        block[..rest.len()].copy_from_slice(rest);
                        block_hits(&block, self.needles) & ((1u64 << rest.len()) - 1)
                    }
                },
            };
            self.block = at;
            self.next_block = at + BLOCK;
        }
        let k = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(self.block + k)
    }
}

/// A bit for each byte of `block` equal to one of `needles` (bit `k` for
/// byte `k`): three compares of sixteen bytes at once, four times.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn block_hits(block: &[u8; BLOCK], needles: [u8; 3]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let mut bits = 0u64;
    for (quarter, lane) in block.chunks_exact(16).enumerate() {
        // SAFETY: `_mm_loadu_si128` reads sixteen bytes through a pointer
        // to sixteen bytes (`lane`, a sixteen-byte chunk; no alignment
        // needed). The rest are SSE2 register operations, and SSE2 is part
        // of every x86-64 target.
        let hits = unsafe {
            let v = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
            let equal = |n: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(n as i8));
            let any = _mm_or_si128(
                _mm_or_si128(equal(needles[0]), equal(needles[1])),
                equal(needles[2]),
            );
            _mm_movemask_epi8(any) as u16
        };
        bits |= u64::from(hits) << (16 * quarter);
    }
    bits
}

/// [`block_hits`] elsewhere, a byte at a time.
#[cfg(not(target_arch = "x86_64"))]
fn block_hits(block: &[u8; BLOCK], needles: [u8; 3]) -> u64 {
    block
        .iter()
        .enumerate()
        .filter(|(_, b)| needles.contains(b))
        .fold(0, |bits, (k, _)| bits | 1 << k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The offsets are those of a byte-by-byte search, for every length
    /// of text around the block size, needles at every place of a block
    /// (first, last, all, none), repeated needles and the zero byte.
    #[test]
    fn offsets_equal_a_search_a_byte() {
        let by_bytes = |text: &[u8], needles: [u8; 3]| -> Vec<usize> {
            (0..text.len())
                .filter(|&k| needles.contains(&text[k]))
                .collect()
        };
        let long = "He said \"we will\" and she said 'no'.\n".repeat(5);
        let sources: [&[u8]; 5] = [
            long.as_bytes(),
            b"He said \"we will\" and she said 'no'.\n\nIran's \"talks\"\n",
            b"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"",
            b"no marks here at all, none, for a line longer than a block",
            "é ü \"ß\" 'Ω' \n—\u{0}\u{0}x".as_bytes(),
        ];
        let needle_sets = [[b'"', b'\n', b'\''], [b'"', b'"', b'"'], [0, b'x', 0xc3]];
        for source in sources {
            for len in 0..=source.len() {
                for from in [0, 1, 15, 16, 17, 63, 64, 65]
                    .into_iter()
                    .filter(|&f| f <= len)
                {
                    let text = &source[from..len];
                    for needles in needle_sets {
                        let found: Vec<usize> = AnyOfThree::new(text, needles).collect();
                        assert_eq!(found, by_bytes(text, needles), "{text:?} {needles:?}");
                    }
                }
            }
        }
    }
}
