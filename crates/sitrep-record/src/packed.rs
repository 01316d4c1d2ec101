//! The byte form of the prebuilt tables (the KB's and the events
//! lexicon's, each written by its crate's build script and embedded in the
//! binary): the strings go out as one block, after its length, so reading
//! checks that it is UTF-8 once rather than string by string (hundreds of
//! thousands of them), and the numbers, little-endian whatever the
//! machine, as a second block. What the numbers and strings mean, and in
//! which order they come, is each crate's own form; a malformed form is a
//! bug (reading panics).

/// The number written for an absent string ([`PackedWriter::opt_str`]).
pub const ABSENT: u32 = u32::MAX;

/// Appends numbers to the number block and strings to the text block.
#[derive(Default)]
pub struct PackedWriter {
    numbers: Vec<u8>,
    text: String,
}

impl PackedWriter {
    pub fn u32(&mut self, n: u32) {
        self.numbers.extend_from_slice(&n.to_le_bytes());
    }

    /// A count or an index, written as a `u32`.
    pub fn count(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("a prebuilt table's count fits 32 bits"));
    }

    pub fn u64(&mut self, n: u64) {
        self.numbers.extend_from_slice(&n.to_le_bytes());
    }

    /// A string: its length among the numbers, its bytes in the text.
    pub fn str(&mut self, s: &str) {
        self.count(s.len());
        self.text.push_str(s);
    }

    /// A string or, for `None`, [`ABSENT`] as its length.
    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.u32(ABSENT),
        }
    }

    /// The text block's length, the text block, then the numbers.
    pub fn finish(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + self.text.len() + self.numbers.len());
        let len = u32::try_from(self.text.len()).expect("a prebuilt table's text fits 32 bits");
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(self.text.as_bytes());
        out.extend_from_slice(&self.numbers);
        out
    }
}

/// Reads what a [`PackedWriter`] wrote, in the same order.
///
/// It keeps what is left of each block rather than an offset into it: a
/// number is split off the front of its block (one length test), and a
/// string off the front of the text, where only its end needs the test of a
/// character boundary (its start was the end of the string before).
/// Slicing at two offsets tested both ends of each string. Every read is
/// inlined into the crates' decoders: a start-up reads a few hundred
/// thousand numbers and strings, and a call apiece cost more than the read.
pub struct PackedReader<'a> {
    /// The numbers not read yet.
    numbers: &'a [u8],
    /// The strings not read yet.
    text: &'a str,
}

impl<'a> PackedReader<'a> {
    /// A reader of the bytes a [`PackedWriter::finish`] returned.
    pub fn new(form: &'a [u8]) -> PackedReader<'a> {
        let (len, rest) = form.split_at(4);
        let len = u32::from_le_bytes(len.try_into().expect("four bytes")) as usize;
        let (text, numbers) = rest.split_at(len);
        let text = std::str::from_utf8(text).expect("a prebuilt table's text is UTF-8");
        PackedReader { numbers, text }
    }

    /// The next `n` bytes of the numbers.
    #[inline]
    pub fn take(&mut self, n: usize) -> &'a [u8] {
        let (taken, rest) = self.numbers.split_at(n);
        self.numbers = rest;
        taken
    }

    #[inline]
    pub fn u32(&mut self) -> u32 {
        let (number, rest) = self
            .numbers
            .split_first_chunk::<4>()
            .expect("four bytes left");
        self.numbers = rest;
        u32::from_le_bytes(*number)
    }

    /// What [`PackedWriter::count`] wrote.
    #[inline]
    pub fn count(&mut self) -> usize {
        self.u32() as usize
    }

    #[inline]
    pub fn u64(&mut self) -> u64 {
        let (number, rest) = self
            .numbers
            .split_first_chunk::<8>()
            .expect("eight bytes left");
        self.numbers = rest;
        u64::from_le_bytes(*number)
    }

    #[inline]
    pub fn str(&mut self) -> &'a str {
        let n = self.count();
        self.str_of(n)
    }

    /// The next `n` bytes of the text.
    #[inline]
    pub fn str_of(&mut self, n: usize) -> &'a str {
        let (s, rest) = self.text.split_at(n);
        self.text = rest;
        s
    }

    /// What [`PackedWriter::opt_str`] wrote.
    #[inline]
    pub fn opt_str(&mut self) -> Option<&'a str> {
        match self.u32() {
            ABSENT => None,
            n => Some(self.str_of(n as usize)),
        }
    }

    /// `n` numbers written by [`PackedWriter::u32`], taken as one block and
    /// cut into four-byte pieces (one bounds test for the list, not one a
    /// number).
    #[inline]
    pub fn u32s(&mut self, n: usize) -> Vec<u32> {
        self.take(4 * n)
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("four bytes")))
            .collect()
    }

    /// `n` numbers written by [`PackedWriter::u64`], as [`PackedReader::u32s`].
    #[inline]
    pub fn u64s(&mut self, n: usize) -> Vec<u64> {
        self.take(8 * n)
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
            .collect()
    }

    /// Whether both blocks are read to their ends.
    pub fn is_done(&self) -> bool {
        self.numbers.is_empty() && self.text.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_is_read_back_in_order() {
        let mut w = PackedWriter::default();
        w.u32(7);
        w.str("Erdoğan");
        w.opt_str(None);
        w.count(3);
        w.u64(u64::MAX - 1);
        w.opt_str(Some(""));
        w.str("’s");
        for n in [1, 2, 3] {
            w.u32(n);
        }
        w.u64(5);
        let bytes = w.finish();
        let mut r = PackedReader::new(&bytes);
        assert_eq!(r.u32(), 7);
        assert_eq!(r.str(), "Erdoğan");
        assert_eq!(r.opt_str(), None);
        assert_eq!(r.count(), 3);
        assert_eq!(r.u64(), u64::MAX - 1);
        assert_eq!(r.opt_str(), Some(""));
        assert!(!r.is_done());
        assert_eq!(r.str(), "’s");
        assert_eq!(r.u32s(3), vec![1, 2, 3]);
        assert_eq!(r.u64s(1), vec![5]);
        assert!(r.is_done());
    }

    #[test]
    fn an_empty_form_reads_as_done() {
        let bytes = PackedWriter::default().finish();
        assert_eq!(bytes, vec![0, 0, 0, 0]);
        assert!(PackedReader::new(&bytes).is_done());
    }
}
