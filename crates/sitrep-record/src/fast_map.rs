//! The hash map the analysis stages use for their word tables: FNV-1a over
//! short, trusted keys (words and phrases from the data files), looked up for
//! most tokens of every document, where std's DoS-resistant SipHash would
//! only cost time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a (64-bit).
#[derive(Debug, Clone, Copy, Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` hashed with [`Fnv`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` hashed with [`Fnv`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;

/// Longest key [`WordMap`] keeps packed into an integer (the 16th byte is
/// the length, so keys that differ only by trailing NULs stay distinct).
pub const PACKED_WORD_BYTES: usize = 15;

/// A table from words to values for the lookups made for nearly every token
/// of every document (word classes, trigger vocabularies, context words).
///
/// Keys of up to 15 bytes (nearly all words) are stored as their bytes and
/// length packed into a `u128`, so a lookup compares keys inside the table
/// instead of following a pointer to each candidate key's bytes (a cache
/// miss per probe on a table of thousands of words), and hashes them with
/// one multiply instead of a loop a byte. Longer keys go to a [`FastMap`].
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: HashMap<u128, V, BuildHasherDefault<PackedWordHasher>>,
    long: FastMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: FastMap::default(),
        }
    }
}

/// `word`'s bytes zero-padded, then its length, as an integer; `None` when
/// it is too long to pack.
#[inline]
fn packed_word(word: &[u8]) -> Option<u128> {
    if word.len() > PACKED_WORD_BYTES {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word);
    bytes[PACKED_WORD_BYTES] = word.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// [`packed_word`] of `word`, built from overlapping
/// loads: each load covers the word's first or last bytes, and bytes that
/// two loads both cover are the same byte, so OR-ing the loads shifted into
/// place gives the zero-padded word.
///
/// `fold` is applied to each eight-byte lane that holds word bytes (an empty
/// lane is left 0, and the length byte is added after), so a fold that keeps
/// 0 and bytes up to 15 as they are gives the packed word's fold: the
/// identity packs, [`ascii_lowercase_lanes`] packs lower-cased.
#[inline(always)]
fn packed_by_loads_folding(word: &[u8], fold: impl Fn(u64) -> u64) -> Option<u128> {
    let len = word.len();
    let u32_at = |i: usize| {
        let mut b = [0u8; 4];
        b.copy_from_slice(&word[i..i + 4]);
        u32::from_le_bytes(b)
    };
    let u64_at = |i: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&word[i..i + 8]);
        u64::from_le_bytes(b)
    };
    let (lo, hi) = match len {
        0 => (0, 0),
        1..=3 => {
            let at = |i: usize| u64::from(word[i]) << (8 * i);
            (fold(at(0) | at(len / 2) | at(len - 1)), 0)
        }
        4..=7 => (
            fold(u64::from(u32_at(0)) | u64::from(u32_at(len - 4)) << (8 * (len - 4))),
            0,
        ),
        8 => (fold(u64_at(0)), 0),
        9..=PACKED_WORD_BYTES => (fold(u64_at(0)), fold(u64_at(len - 8) >> (8 * (16 - len)))),
        _ => return None,
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (len as u128) << (8 * PACKED_WORD_BYTES))
}

/// `word` (1 to [`PACKED_WORD_BYTES`] bytes) packed as [`WordMap`] packs its
/// short keys (bytes zero-padded, the length in the last byte), with its
/// ASCII capitals lower-cased; `None` for an empty word or one too long to
/// pack. For a caller that keeps its own table of packed words (the claims
/// word classes): a packed non-empty word is never 0, so 0 can mark an
/// empty slot.
#[inline(always)]
pub fn packed_ascii_lowercase(word: &[u8]) -> Option<u128> {
    if word.is_empty() {
        return None;
    }
    packed_by_loads_folding(word, ascii_lowercase_lanes)
}

/// The first `len` bytes (1 to 15) of the sixteen held in `lo` and `hi`
/// (first byte lowest), the rest zeroed: the word bytes of a lanes lookup.
#[inline]
fn word_lanes(lo: u64, hi: u64, len: usize) -> (u64, u64) {
    debug_assert!((1..=PACKED_WORD_BYTES).contains(&len));
    let low_mask = |n: usize| (1u64 << (8 * n)) - 1;
    if len < 8 {
        (lo & low_mask(len), 0)
    } else {
        (lo, hi & low_mask(len - 8))
    }
}

/// A packed word with its ASCII capitals lower-cased. The length byte (at
/// most 15) is no letter, so folding leaves it be.
#[inline(always)]
fn fold_packed(packed: u128) -> u128 {
    let (lo, hi) = (packed as u64, (packed >> 64) as u64);
    u128::from(ascii_lowercase_lanes(lo)) | (u128::from(ascii_lowercase_lanes(hi)) << 64)
}

/// The eight bytes of `x` with ASCII capitals lower-cased (other bytes as
/// they are), all at once: a byte is a capital when its low seven bits are
/// in `A..=Z` and its high bit is clear; adding to the low seven bits never
/// carries into the next byte.
#[inline(always)]
fn ascii_lowercase_lanes(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    let at_least_a = low7 + 0x3f3f_3f3f_3f3f_3f3f; // 0x80 - b'A'
    let past_z = low7 + 0x2525_2525_2525_2525; // 0x80 - (b'Z' + 1)
    let capital = at_least_a & !past_z & !x & HIGH;
    x | (capital >> 2)
}

impl<V> WordMap<V> {
    /// The value of `key`, exactly as written.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        match packed_word(key.as_bytes()) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(key),
        }
    }

    /// The value of `word` with its ASCII letters lower-cased (other
    /// characters as written): for a table of lower-case keys, an
    /// ASCII-case-insensitive lookup that copies nothing.
    ///
    /// A word of up to 15 bytes is packed by two or three overlapping loads
    /// of its own bytes (it may be a slice of a document, so nothing past
    /// its end is read), not copied into a zeroed buffer: that copy compiles
    /// to a `memcpy` call costing more than the table probe for short words.
    #[inline]
    pub fn get_ascii_lowercase(&self, word: &str) -> Option<&V> {
        match packed_by_loads_folding(word.as_bytes(), ascii_lowercase_lanes) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(word.to_ascii_lowercase().as_str()),
        }
    }

    /// [`WordMap::get_ascii_lowercase`] of `word` when it is ASCII, `None`
    /// when it is not (the caller lower-cases it its own way). A word short
    /// enough to pack is packed first and its ASCII test read off the packed
    /// lanes (folding keeps each byte's top bit), instead of the word being
    /// read once for the test and again to be packed.
    #[inline]
    pub fn get_ascii_lowercase_if_ascii(&self, word: &str) -> Option<Option<&V>> {
        match packed_by_loads_folding(word.as_bytes(), ascii_lowercase_lanes) {
            Some(packed) => {
                (packed & u128::from_le_bytes([0x80; 16]) == 0).then(|| self.short.get(&packed))
            }
            None => word
                .is_ascii()
                .then(|| self.long.get(word.to_ascii_lowercase().as_str())),
        }
    }

    /// The value of `word` in lower case, for a table of lower-case keys:
    /// ASCII words without a copy, others through `str::to_lowercase`.
    #[inline]
    pub fn get_lowercase(&self, word: &str) -> Option<&V> {
        if word.is_ascii() {
            self.get_ascii_lowercase(word)
        } else {
            self.get(word.to_lowercase().as_str())
        }
    }

    /// [`WordMap::get_ascii_lowercase`] of the word `text[start..end]`, or
    /// `None` when that word is not ASCII (the caller lower-cases it its own
    /// way). For the per-token lookups: when 16 bytes of `text` follow
    /// `start`, a word of up to 15 bytes is packed by one load and a mask,
    /// which also tells whether it is ASCII, instead of a scan and a copy.
    #[inline]
    pub fn get_ascii_word_in(&self, text: &str, start: usize, end: usize) -> Option<Option<&V>> {
        let len = end.checked_sub(start)?;
        if let (true, Some(chunk)) = (
            len <= PACKED_WORD_BYTES,
            text.as_bytes().get(start..start + 16),
        ) {
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(chunk);
            let word = u128::from_le_bytes(bytes) & ((1u128 << (8 * len)) - 1);
            if word & u128::from_le_bytes([0x80; 16]) != 0 {
                return None;
            }
            return Some(self.get_packed_ascii(word, len));
        }
        let word = text.get(start..end)?;
        word.is_ascii().then(|| self.get_ascii_lowercase(word))
    }

    /// [`WordMap::get_ascii_lowercase`] of an ASCII word of at most 15
    /// bytes that the caller already holds as integers: `lo` and `hi` are
    /// sixteen bytes of text read as two little-endian lanes (first byte
    /// lowest; `hi` is not read for a word of up to seven bytes) whose first
    /// `len` bytes are the word. For a scan that has loaded the bytes to
    /// find the word's end: no second load, slice check or 128-bit shift.
    #[inline]
    pub fn get_ascii_lanes(&self, lo: u64, hi: u64, len: usize) -> Option<&V> {
        let (lo, hi) = word_lanes(lo, hi, len);
        debug_assert!((lo | hi) & 0x8080_8080_8080_8080 == 0, "an ASCII word");
        self.get_packed_ascii(u128::from(hi) << 64 | u128::from(lo), len)
    }

    /// [`WordMap::get_ascii_lanes`] of lanes that hold the word alone:
    /// every byte past its `len` bytes (1 to 15) is zero, as a caller that
    /// masked its loads to test the word (ASCII, a capital, a hyphen) hands
    /// them over, so they are not masked a second time here; the capitals
    /// are lower-cased here.
    #[inline]
    pub fn get_ascii_word_lanes(&self, lo: u64, hi: u64, len: usize) -> Option<&V> {
        debug_assert_eq!(word_lanes(lo, hi, len), (lo, hi), "bytes past the word");
        debug_assert!((lo | hi) & 0x8080_8080_8080_8080 == 0, "an ASCII word");
        self.get_packed_ascii(u128::from(hi) << 64 | u128::from(lo), len)
    }

    /// [`WordMap::get_ascii_lanes`] of a word the caller has lower-cased
    /// already: `lo` and `hi` as there, but with the word's ASCII capitals
    /// lower-cased (its other bytes as written). For a scan that classifies
    /// the word's bytes to find its end, which makes the lower-casing two
    /// instructions a lane: the key is not folded a second time here.
    #[inline]
    pub fn get_lowercased_lanes(&self, lo: u64, hi: u64, len: usize) -> Option<&V> {
        let (lo, hi) = word_lanes(lo, hi, len);
        let packed =
            (u128::from(hi) << 64 | u128::from(lo)) | (len as u128) << (8 * PACKED_WORD_BYTES);
        debug_assert_eq!(fold_packed(packed), packed, "a lower-cased word");
        self.short.get(&packed)
    }

    /// [`WordMap::get_lowercased_lanes`] of lanes that hold the word alone:
    /// every byte past its `len` bytes (1 to 15) is zero, as a scan that
    /// masks its loads once (for a filter it tests first) hands them over,
    /// so they are not masked a second time here.
    #[inline]
    pub fn get_lowercased_word_lanes(&self, lo: u64, hi: u64, len: usize) -> Option<&V> {
        debug_assert_eq!(word_lanes(lo, hi, len), (lo, hi), "bytes past the word");
        let packed =
            (u128::from(hi) << 64 | u128::from(lo)) | (len as u128) << (8 * PACKED_WORD_BYTES);
        debug_assert_eq!(fold_packed(packed), packed, "a lower-cased word");
        self.short.get(&packed)
    }

    /// The short-table entry of an ASCII word of `len` bytes held in the low
    /// bytes of `word` (the rest zero): the key is laid out as
    /// [`packed_word`] lays it out, the length in the last byte, and folded.
    #[inline]
    fn get_packed_ascii(&self, word: u128, len: usize) -> Option<&V> {
        let packed = word | (len as u128) << (8 * PACKED_WORD_BYTES);
        self.short.get(&fold_packed(packed))
    }

    /// Sets `key`'s value, returning the one it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match packed_word(key.as_bytes()) {
            Some(packed) => self.short.insert(packed, value),
            None => self.long.insert(key, value),
        }
    }

    /// [`WordMap::insert`] of a borrowed key: a key short enough to pack
    /// is never copied into a `String`.
    pub fn insert_str(&mut self, key: &str, value: V) -> Option<V> {
        match packed_word(key.as_bytes()) {
            Some(packed) => self.short.insert(packed, value),
            None => self.long.insert(key.to_string(), value),
        }
    }

    /// [`WordMap::insert_str`] of `key` with its ASCII capitals lower-cased:
    /// a short key is packed and folded from loads of its own bytes, with no
    /// lower-case copy (the KB's given names are inserted this way, tens of
    /// thousands at the first document that asks).
    pub fn insert_ascii_lowercase(&mut self, key: &str, value: V) -> Option<V> {
        match packed_by_loads_folding(key.as_bytes(), ascii_lowercase_lanes) {
            Some(packed) => self.short.insert(packed, value),
            None => self.long.insert(key.to_ascii_lowercase(), value),
        }
    }

    /// Makes room for `additional` more keys (assumed short, as nearly
    /// all are), so a table filled at start-up is not rehashed as it grows.
    pub fn reserve(&mut self, additional: usize) {
        self.short.reserve(additional);
    }

    /// `key`'s value, inserted as `V::default()` when absent.
    pub fn entry_or_default(&mut self, key: String) -> &mut V
    where
        V: Default,
    {
        match packed_word(key.as_bytes()) {
            Some(packed) => self.short.entry(packed).or_default(),
            None => self.long.entry(key).or_default(),
        }
    }

    /// Every value, in no particular order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values_mut().chain(self.long.values_mut())
    }

    /// Every key and its value, in no particular order (for writing a
    /// table out; lookups never need it).
    pub fn iter(&self) -> impl Iterator<Item = (String, &V)> {
        let short = self.short.iter().map(|(&packed, v)| {
            let bytes = packed.to_le_bytes();
            let len = usize::from(bytes[PACKED_WORD_BYTES]);
            let key = String::from_utf8(bytes[..len].to_vec()).expect("keys are inserted as str");
            (key, v)
        });
        short.chain(self.long.iter().map(|(k, v)| (k.clone(), v)))
    }

    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The hash of a packed word whose low and high halves are `lo` and `hi`:
/// one folded multiply. [`PackedWordHasher`] uses it, and so do tables
/// that keep packed words in their own layout (the KB matcher's first-word
/// table).
#[inline(always)]
pub fn packed_word_hash(lo: u64, hi: u64) -> u64 {
    let product =
        u128::from(lo ^ 0x243f_6a88_85a3_08d3).wrapping_mul(u128::from(hi ^ 0x1319_8a2e_0370_7344));
    (product as u64) ^ ((product >> 64) as u64)
}

/// Row `n`: sixteen bytes whose first `n` are all ones, the rest zero: the
/// mask that keeps a word of `n` bytes out of a sixteen-byte load, for the
/// scans that pack a word from one SSE2 load (the KB matcher's word scan,
/// the trigger search's word lanes).
#[cfg(target_arch = "x86_64")]
pub static WORD_PREFIX_MASKS: [[u8; 16]; 16] = {
    let mut rows = [[0u8; 16]; 16];
    let mut n = 0;
    while n < 16 {
        let mut k = 0;
        while k < n {
            rows[n][k] = 0xFF;
            k += 1;
        }
        n += 1;
    }
    rows
};

/// Hashes a packed word with one folded multiply (the keys are words from
/// the data files, trusted, so no DoS-resistant hash is needed).
#[derive(Debug, Clone, Copy, Default)]
pub struct PackedWordHasher(u64);

impl Hasher for PackedWordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write_u128(&mut self, key: u128) {
        self.0 = packed_word_hash(key as u64, (key >> 64) as u64);
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u128` is used by [`WordMap`]; any other key is folded
        // in 16 bytes at a time.
        for chunk in bytes.chunks(16) {
            let mut block = [0u8; 16];
            block[..chunk.len()].copy_from_slice(chunk);
            let previous = self.0;
            self.write_u128(u128::from_le_bytes(block) ^ u128::from(previous));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `iter` gives back every key as inserted, packed or not: short
    /// keys, a 15-byte one, a longer one, non-ASCII and an empty key.
    #[test]
    fn iter_gives_every_key_and_value() {
        let keys = [
            "",
            "iran",
            "Tehran",
            "fifteen-bytes-x",
            "sixteen-bytes-xy",
            "a much longer key than sixteen bytes",
            "société",
        ];
        let mut map = WordMap::default();
        for (i, k) in keys.iter().enumerate() {
            map.insert_str(k, i);
        }
        let mut listed: Vec<(String, usize)> = map.iter().map(|(k, &v)| (k, v)).collect();
        listed.sort_by_key(|&(_, v)| v);
        let expected: Vec<(String, usize)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.to_string(), i))
            .collect();
        assert_eq!(listed, expected);
    }

    #[test]
    fn packing_reads_every_byte_and_only_folds_ascii_capitals() {
        let word = b"ABCDEFGHIJKLMNO";
        for len in 1..=PACKED_WORD_BYTES {
            let packed = packed_ascii_lowercase(&word[..len]).unwrap();
            let mut bytes = [0u8; 16];
            for (i, b) in word[..len].iter().enumerate() {
                bytes[i] = b.to_ascii_lowercase();
            }
            bytes[15] = len as u8;
            assert_eq!(packed, u128::from_le_bytes(bytes), "{len}");
        }
        assert_eq!(packed_ascii_lowercase(b""), None);
        assert_eq!(packed_ascii_lowercase(&[b'a'; 16]), None);
        for b in 0..=255u8 {
            let folded = ascii_lowercase_lanes(u64::from(b) << 24) >> 24;
            assert_eq!(folded, u64::from(b.to_ascii_lowercase()), "{b}");
        }
    }

    #[test]
    fn lane_folding_is_ascii_lowercase_for_every_byte() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x = u64::from(b) << (8 * lane) | 0x4142_5a5b_6061_7a40 & !(0xff << (8 * lane));
                let mut expected = x.to_le_bytes();
                expected.make_ascii_lowercase();
                assert_eq!(
                    ascii_lowercase_lanes(x).to_le_bytes(),
                    expected,
                    "{b:#x} in lane {lane}"
                );
            }
        }
    }

    #[test]
    fn word_map_keys_short_long_and_non_ascii() {
        let mut m = WordMap::default();
        let keys = [
            "a",
            "said",
            "fifteen-letters",             // 15 bytes: the longest packed key
            "sixteen-letters!",            // 16 bytes: the long table
            "counter-intelligence-agency", // long
            "pétrole",
            "",
        ];
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(m.insert(k.to_string(), i), None);
        }
        assert_eq!(m.len(), keys.len());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(m.get(k), Some(&i), "{k}");
            assert_eq!(m.get_ascii_lowercase(k), Some(&i), "{k}");
            let upper = k.to_ascii_uppercase();
            assert_eq!(m.get_ascii_lowercase(&upper), Some(&i), "{upper}");
            if upper != *k {
                assert_eq!(m.get(&upper), None, "exact lookup ignores no case: {upper}");
            }
        }
        // A prefix or an extension of a key is another key.
        assert_eq!(m.get("sai"), None);
        assert_eq!(m.get("saids"), None);
        assert_eq!(m.get("said\0"), None);
        assert_eq!(m.get("\0"), None);
        assert_eq!(m.get_ascii_lowercase("sixteen-letters"), None);
        // Non-ASCII letters are not folded by the ASCII lookup.
        assert_eq!(m.get_ascii_lowercase("PÉTROLE"), None);
        *m.entry_or_default("said".to_string()) += 10;
        *m.entry_or_default("new".to_string()) += 10;
        *m.entry_or_default("sixteen-letters!".to_string()) += 10;
        assert_eq!(m.get("said"), Some(&11));
        assert_eq!(m.get("new"), Some(&10));
        assert_eq!(m.get("sixteen-letters!"), Some(&13));
        assert_eq!(m.values_mut().count(), keys.len() + 1);
    }

    /// Keys inserted borrowed (short and long, after a `reserve`) are found
    /// as owned ones are, and replace their earlier values.
    #[test]
    fn borrowed_inserts_equal_owned_ones() {
        let keys = ["a", "fifteen-letters", "sixteen-letters!", "pétrole", ""];
        let mut owned = WordMap::default();
        let mut borrowed = WordMap::default();
        borrowed.reserve(keys.len());
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(owned.insert(k.to_string(), i), None);
            assert_eq!(borrowed.insert_str(k, i), None);
        }
        assert_eq!(borrowed.insert_str("sixteen-letters!", 10), Some(2));
        assert_eq!(borrowed.insert_str("a", 11), Some(0));
        assert_eq!(borrowed.len(), owned.len());
        for k in keys {
            let want = match k {
                "a" => Some(&11),
                "sixteen-letters!" => Some(&10),
                _ => owned.get(k),
            };
            assert_eq!(borrowed.get(k), want, "{k}");
        }
        assert_eq!(borrowed.get("b"), None);
    }

    /// Words of every length from 0 to 20 (both sides of the packing limit
    /// and of each load width), with capitals and non-ASCII bytes at every
    /// position: the overlapping loads pack them as the copying packer does,
    /// and the case-insensitive lookup finds them.
    #[test]
    fn loaded_lookup_packs_every_length_as_the_copy_does() {
        let base = "AbCdEfGhIjKlMnOpQrSt";
        for len in 0..=20 {
            for odd in 0..=len {
                let mut w: Vec<u8> = base.as_bytes()[..len].to_vec();
                if odd < len {
                    // Not UTF-8 alone: the lossy conversion puts U+FFFD
                    // (three non-ASCII bytes) there.
                    w[odd] = 0xC3;
                }
                let word = String::from_utf8_lossy(&w).into_owned();
                let bytes = word.as_bytes();
                assert_eq!(
                    packed_by_loads_folding(bytes, |lane| lane),
                    packed_word(bytes),
                    "{word:?}"
                );
                let mut map: WordMap<usize> = WordMap::default();
                map.insert(word.to_ascii_lowercase(), len);
                map.insert("other".to_string(), 99);
                assert_eq!(map.get_ascii_lowercase(&word), Some(&len), "{word:?}");
                let mut missing = word.clone();
                missing.push('z');
                assert_eq!(map.get_ascii_lowercase(&missing), None, "{missing:?}");
            }
        }
    }

    /// The in-text lookup answers as `get_ascii_lowercase` for every ASCII
    /// word wherever it stands (far from the end of the text, where it loads
    /// 16 bytes, and near it, where it cannot), and `None` for the rest.
    #[test]
    fn in_text_lookup_agrees_with_the_word_lookup() {
        let mut m = WordMap::default();
        for (i, k) in [
            "a",
            "said",
            "fifteen-letters",
            "sixteen-letters!",
            "pétrole",
        ]
        .iter()
        .enumerate()
        {
            m.insert(k.to_string(), i);
        }
        let text = "A man SAID the Fifteen-Letters and sixteen-letters! but not PÉTROLE, pétrole. \
                    Said a FIFTEEN-LETTERS said";
        let mut checked = 0;
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 20) {
                let Some(word) = text.get(start..end) else {
                    continue;
                };
                let want = word.is_ascii().then(|| m.get_ascii_lowercase(word));
                assert_eq!(m.get_ascii_word_in(text, start, end), want, "{word:?}");
                checked += usize::from(want.flatten().is_some());
            }
        }
        assert!(checked >= 8, "{checked}");
        assert_eq!(m.get_ascii_word_in(text, 5, 4), None);
    }

    /// Test keys from the shared deterministic generator.
    trait TestWords {
        /// A word of 0 to 20 bytes from a small alphabet with capitals, a
        /// NUL, a hyphen and a two-byte letter, so keys collide in their
        /// leading bytes, differ only by case, and straddle the packed limit.
        fn word(&mut self) -> String;
    }

    impl TestWords for sitrep_testkit::TestRng {
        fn word(&mut self) -> String {
            const PIECES: [&str; 10] = ["a", "b", "E", "e", "z", "Z", "-", "\0", "é", "s"];
            let len = self.below(21);
            let mut w = String::new();
            while w.len() < len {
                w.push_str(PIECES[self.below(PIECES.len())]);
            }
            w
        }
    }

    /// The look-up that tests for ASCII itself answers as the ASCII test and
    /// [`WordMap::get_ascii_lowercase`] do, for words of every length in any
    /// case, with and without bytes beyond ASCII.
    #[test]
    fn lookup_if_ascii_equals_the_ascii_test_then_the_lookup() {
        let mut rng = sitrep_testkit::TestRng(0x2545_f491_4f6c_dd1d);
        let mut map: WordMap<u32> = WordMap::default();
        let mut probes = Vec::new();
        for n in 0..4_000u32 {
            let key = rng.word().to_lowercase();
            map.insert_str(&key, n);
            probes.push(key.to_uppercase());
            probes.push(key);
            probes.push(rng.word());
        }
        for word in &probes {
            let want = word.is_ascii().then(|| map.get_ascii_lowercase(word));
            assert_eq!(map.get_ascii_lowercase_if_ascii(word), want, "{word:?}");
        }
    }

    #[test]
    fn word_map_agrees_with_a_std_map() {
        let mut rng = sitrep_testkit::TestRng(0x9e37_79b9_7f4a_7c15);
        let mut ours: WordMap<u32> = WordMap::default();
        let mut std_map: HashMap<String, u32> = HashMap::new();
        let mut probes = Vec::new();
        for n in 0..20_000u32 {
            let key = rng.word();
            // Every third insert goes through entry_or_default instead.
            if n % 3 == 0 {
                *ours.entry_or_default(key.clone()) += n;
                *std_map.entry(key.clone()).or_default() += n;
            } else {
                assert_eq!(
                    ours.insert(key.clone(), n),
                    std_map.insert(key.clone(), n),
                    "{key:?}"
                );
            }
            probes.push(key);
            probes.push(rng.word());
            assert_eq!(ours.len(), std_map.len());
        }
        assert!(
            std_map.len() > 5_000,
            "many distinct keys: {}",
            std_map.len()
        );
        for key in &probes {
            assert_eq!(ours.get(key), std_map.get(key), "{key:?}");
            let upper = key.to_ascii_uppercase();
            assert_eq!(
                ours.get_ascii_lowercase(&upper),
                std_map.get(&key.to_ascii_lowercase()),
                "{upper:?}"
            );
        }
        let mut ours_values: Vec<u32> = ours.values_mut().map(|v| *v).collect();
        let mut std_values: Vec<u32> = std_map.values().copied().collect();
        ours_values.sort_unstable();
        std_values.sort_unstable();
        assert_eq!(ours_values, std_values);
    }

    #[test]
    fn the_empty_word_is_a_key_like_any_other() {
        let mut m: WordMap<&str> = WordMap::default();
        assert_eq!(m.get(""), None);
        assert_eq!(m.insert(String::new(), "first"), None);
        assert_eq!(m.get(""), Some(&"first"));
        assert_eq!(m.get_ascii_lowercase(""), Some(&"first"));
        assert_eq!(m.len(), 1);
        assert_eq!(m.insert("war".to_string(), "second"), None);
        assert_eq!(m.insert(String::new(), "third"), Some("first"));
        assert_eq!(m.get(""), Some(&"third"));
        assert_eq!(m.get("\0"), None);
        assert_eq!(m.len(), 2);
        assert_eq!(m.values_mut().count(), 2);
    }

    /// A word read as two lanes (with whatever text follows it in them)
    /// finds what the same word finds through `get_ascii_lowercase`, for
    /// words of one to fifteen bytes.
    /// A key inserted by `insert_ascii_lowercase` is the key that
    /// `insert_str` of its ASCII lower case gives: short and long keys,
    /// capitals anywhere, non-ASCII bytes left as they are, the empty key;
    /// each is found again in any ASCII case, and only once.
    #[test]
    fn ascii_lowercase_insert_equals_insert_of_the_lower_case() {
        let keys = [
            "",
            "a",
            "Z",
            "Donald",
            "JAVAD",
            "McCain",
            "Abcdefghijklmno",
            "Abcdefghijklmnop",
            "ÉLISABETH",
            "Ödön",
            "al-Sisi",
            "O'Brien",
        ];
        let mut folded: WordMap<usize> = WordMap::default();
        let mut lowered: WordMap<usize> = WordMap::default();
        for (i, k) in keys.iter().enumerate() {
            folded.insert_ascii_lowercase(k, i);
            lowered.insert_str(&k.to_ascii_lowercase(), i);
        }
        for (i, k) in keys.iter().enumerate() {
            for probe in [
                k.to_string(),
                k.to_ascii_lowercase(),
                k.to_ascii_uppercase(),
            ] {
                let want = lowered.get(&probe.to_ascii_lowercase()).copied();
                assert_eq!(want, Some(i), "{probe:?}");
                assert_eq!(
                    folded.get(&probe.to_ascii_lowercase()).copied(),
                    want,
                    "{probe:?}"
                );
            }
        }
        assert_eq!(folded.len(), lowered.len());
    }

    #[test]
    fn ascii_lanes_lookup_equals_lowercase_lookup() {
        let mut m: WordMap<usize> = WordMap::default();
        let keys = [
            "a",
            "the",
            "iran",
            "said",
            "abcdefg",
            "x_1",
            "abcdefgh",
            "governments",
            "abcdefghijklmno",
        ];
        for (i, key) in keys.iter().enumerate() {
            m.insert_str(key, i);
        }
        for text in [
            "The regime",
            "IRAN, said",
            "Said7",
            "a b",
            "AbCdEfG!",
            "x_1.",
            "th e",
            "ABCDEFGH ",
            "Governments'",
            "GOVERNMENT!",
            "abcdefghijklmno.",
            "AbCdEfGhIjKlMnO",
            "abcdefghijklmn",
        ] {
            let bytes = text.as_bytes();
            let mut chunk = [b'#'; 16];
            chunk[..bytes.len().min(16)].copy_from_slice(&bytes[..bytes.len().min(16)]);
            let lo = u64::from_le_bytes(chunk[..8].try_into().unwrap());
            let hi = u64::from_le_bytes(chunk[8..].try_into().unwrap());
            let len = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                .unwrap_or(bytes.len());
            assert_eq!(
                m.get_ascii_lanes(lo, hi, len),
                m.get_ascii_lowercase(&text[..len]),
                "{text}"
            );
        }
        let lanes = |s: &[u8; 16]| {
            (
                u64::from_le_bytes(s[..8].try_into().unwrap()),
                u64::from_le_bytes(s[8..].try_into().unwrap()),
            )
        };
        let (lo, hi) = lanes(b"THEN############");
        assert_eq!(m.get_ascii_lanes(lo, hi, 3), Some(&1));
        assert_eq!(m.get_ascii_lanes(lo, hi, 4), None);
        let (lo, hi) = lanes(b"GOVERNMENTS#####");
        assert_eq!(m.get_ascii_lanes(lo, hi, 11), Some(&7));
        assert_eq!(m.get_ascii_lanes(lo, hi, 10), None);
        // The same words lower-cased by the caller, past-the-end bytes
        // left as they were: found as `get_ascii_lanes` finds them.
        let lower = |s: &[u8; 16], len: usize| {
            let mut folded = *s;
            folded[..len].make_ascii_lowercase();
            lanes(&folded)
        };
        // (The caller lower-cases exactly the word it asks for: the lookup
        // checks that in debug builds.)
        let (lo, hi) = lower(b"THEN############", 3);
        assert_eq!(m.get_lowercased_lanes(lo, hi, 3), Some(&1));
        let (lo, hi) = lower(b"THEN############", 4);
        assert_eq!(m.get_lowercased_lanes(lo, hi, 4), None);
        let (lo, hi) = lower(b"GOVERNMENTS#####", 11);
        assert_eq!(m.get_lowercased_lanes(lo, hi, 11), Some(&7));
        assert_eq!(m.get_lowercased_lanes(lo, hi, 10), None);
        let (lo, hi) = lower(b"AbCdEfGhIjKlMnO!", 15);
        assert_eq!(
            m.get_lowercased_lanes(lo, hi, 15),
            m.get_ascii_lowercase("abcdefghijklmno")
        );
        // Lanes holding the word alone, in any case, find what the masking
        // lookup finds.
        for (text, len) in [
            (b"THEN############", 3),
            (b"THEN############", 4),
            (b"GOVERNMENTS#####", 11),
            (b"GOVERNMENTS#####", 10),
            (b"AbCdEfGhIjKlMnO!", 15),
            (b"then, and more..", 4),
        ] {
            let mut alone = *text;
            alone[len..].fill(0);
            let (lo, hi) = lanes(text);
            let (alone_lo, alone_hi) = lanes(&alone);
            assert_eq!(
                m.get_ascii_word_lanes(alone_lo, alone_hi, len),
                m.get_ascii_lanes(lo, hi, len),
                "{len} bytes of {text:?}"
            );
        }
        // Lanes holding the word alone (zeros past it) find what the
        // masking lookup finds, at every length of every word asked for.
        for word in keys.iter().map(|k| k.to_uppercase()) {
            let text = format!("{word}#################");
            for len in 1..=word.len().min(15) {
                let mut alone = [0u8; 16];
                alone[..len].copy_from_slice(&text.as_bytes()[..len]);
                alone.make_ascii_lowercase();
                let (lo, hi) = lanes(&alone);
                let (text_lo, text_hi) = lower(text.as_bytes()[..16].try_into().unwrap(), len);
                assert_eq!(
                    m.get_lowercased_word_lanes(lo, hi, len),
                    m.get_lowercased_lanes(text_lo, text_hi, len),
                    "{word} at {len}"
                );
            }
        }
    }
}
