//! Alias matching over a whole text.
//!
//! One ASCII-case-insensitive trie holds every alias and role phrase. It is
//! walked from each position where a word may start; each raw hit is then
//! kept only if it sits on word boundaries and its case is compatible with
//! the alias (see [`case_compatible`]), and the kept hits are reduced to
//! non-overlapping leftmost-longest matches. Doing the case check after
//! matching (rather than building a case-sensitive trie) lets "The regime"
//! match the alias "the regime" and "IRAN" in a dateline match "Iran" while
//! "us" never matches "US".

use crate::prebuilt::{Reader, Writer};
use crate::{Alias, AliasKind, RoleMatch, RolePhrase};
use sitrep_record::fast_map::{packed_ascii_lowercase, packed_word_hash, FastMap};

/// One alias found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AliasMatch {
    pub start: usize,
    pub end: usize,
    /// Index into [`crate::Kb::aliases`].
    pub alias: usize,
    /// Index into [`crate::Kb::actors`].
    pub actor: usize,
    pub kind: AliasKind,
}

#[derive(Debug)]
pub(crate) struct Matcher {
    /// Patterns `0..n_aliases` are the aliases, the rest the role phrases.
    trie: Trie,
    n_aliases: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Matcher {
    /// One trie over every alias and every role phrase, so a document is
    /// scanned once for both.
    pub(crate) fn new(aliases: &[Alias], roles: &[RolePhrase]) -> Matcher {
        let patterns = aliases
            .iter()
            .map(|a| &*a.text)
            .chain(roles.iter().map(|r| r.phrase.as_str()));
        Matcher {
            trie: Trie::new(patterns),
            n_aliases: aliases.len(),
        }
    }

    /// Writes the matcher for [`crate::prebuilt`]: its trie's tables as
    /// they are, the first-word table as [`FirstWordTable::encode`] lays it
    /// out, so equal matchers write equal bytes. (Used by build.rs and the
    /// tests.)
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn encode(&self, w: &mut Writer) {
        let trie = &self.trie;
        w.count(self.n_aliases);
        w.count(trie.root.len());
        trie.root.iter().for_each(|&n| w.u64(n));
        w.count(trie.nodes.len());
        trie.nodes.iter().for_each(|&n| w.u64(n));
        w.count(trie.pattern_ids.len());
        trie.pattern_ids.iter().for_each(|&p| w.count(p as usize));
        trie.first_words.encode(w);
    }

    /// The matcher [`Matcher::encode`] wrote.
    pub(crate) fn decode(r: &mut Reader) -> Matcher {
        let n_aliases = r.count();
        let n = r.count();
        let root = r.u64s(n);
        let n = r.count();
        let nodes = r.u64s(n);
        let n = r.count();
        let pattern_ids = r.u32s(n);
        let first_words = FirstWordTable::decode(r);
        Matcher {
            trie: Trie {
                root,
                nodes,
                pattern_ids,
                first_words,
            },
            n_aliases,
        }
    }

    /// Alias and/or role matches in `text`, each list leftmost-longest,
    /// non-overlapping and in text order (the two lists may overlap).
    ///
    /// The trie reports hits start by start, in text order, and at one start
    /// shortest first, patterns in KB order at one end. So each list is
    /// reduced as the hits come: at a start the longest kept hit wins (at
    /// equal spans the pattern listed first in the KB, names before
    /// descriptors), and it is kept when it starts past the previous one's
    /// end. No list of raw hits is built or sorted.
    pub(crate) fn scan(
        &self,
        text: &str,
        aliases: &[Alias],
        roles: &[RolePhrase],
        want_aliases: bool,
        want_roles: bool,
    ) -> (Vec<AliasMatch>, Vec<RoleMatch>) {
        // News text has about one alias a line of text and a role phrase
        // every 190 bytes (r500: 12,537 in 2.37 MB; room for one in 256
        // regrew the list 860 times in 500 documents): room for twice
        // that, so the lists seldom regrow.
        let mut alias_hits: Vec<AliasMatch> = Vec::with_capacity(text.len() / 48);
        let mut role_hits: Vec<RoleMatch> = Vec::with_capacity(text.len() / 96);
        // The best hit at the current start, and where the last kept hit ends.
        let mut best_alias: Option<AliasMatch> = None;
        let mut best_role: Option<RoleMatch> = None;
        let (mut alias_covered_to, mut role_covered_to) = (0usize, 0usize);
        let mut current_start = usize::MAX;
        let mut flush = |best_alias: &mut Option<AliasMatch>, best_role: &mut Option<RoleMatch>| {
            if let Some(h) = best_alias.take() {
                if h.start >= alias_covered_to {
                    alias_covered_to = h.end;
                    alias_hits.push(h);
                }
            }
            if let Some(h) = best_role.take() {
                if h.start >= role_covered_to {
                    role_covered_to = h.end;
                    role_hits.push(h);
                }
            }
        };
        self.trie.word_start_matches(text, |start, end, pattern| {
            if start != current_start {
                flush(&mut best_alias, &mut best_role);
                current_start = start;
            }
            let is_alias = pattern < self.n_aliases;
            // Hits at one start come shortest first, so a hit no longer than
            // the best one so far cannot replace it, but for an acronym
            // written exactly where the best one was case-folded.
            if is_alias {
                if !want_aliases
                    || best_alias.is_some_and(|b| {
                        b.end > end
                            || (b.end == end
                                && !exact_acronym_displaces(text, aliases, &b, pattern))
                    })
                {
                    return;
                }
            } else if !want_roles || best_role.is_some_and(|b| b.end >= end) {
                return;
            }
            // A walk starts only where no word character precedes, so only
            // the end can fall inside a word.
            if word_char_at(text, end).0 {
                return;
            }
            let found = &text[start..end];
            if is_alias {
                let alias = &aliases[pattern];
                if case_compatible(&alias.text, found, alias.kind) {
                    best_alias = Some(AliasMatch {
                        start,
                        end,
                        alias: pattern,
                        actor: alias.actor,
                        kind: alias.kind,
                    });
                }
            } else {
                let role = pattern - self.n_aliases;
                // ASCII-insensitive matching lets "Foreign Minister" through; a
                // non-ASCII phrase must match in lower case.
                if found.is_ascii() || found.to_lowercase() == roles[role].phrase {
                    best_role = Some(RoleMatch { start, end, role });
                }
            }
        });
        flush(&mut best_alias, &mut best_role);
        (alias_hits, role_hits)
    }
}

/// A trie over the ASCII-lower-cased bytes of every pattern: the same
/// matches as an ASCII-case-insensitive Aho–Corasick automaton walked
/// anchored, without the failure links (a walk only ever starts where a
/// word may start, so they would never be followed) and in a compact layout
/// made for the walk, which mostly waits on memory:
///
/// - nodes lie in preorder, each followed by its first child, so a walk
///   along a path of single children (a name's words after its first)
///   reads on in memory rather than jumping a level of the trie a step
///   (the shallow nodes, which many walks pass through, stay cached
///   wherever they lie);
/// - one pattern ending at a node is held in the node's header, so
///   reporting it reads no second table;
/// - a node is one run of `u64` words, its header followed by its edges
///   (sorted by byte), so a step usually touches one cache line;
/// - a chain of nodes that only lead on (one child, no pattern ending) is
///   one edge: the node at its end holds the chain's bytes (its *label*)
///   after its edges, so a walk along a name's unique tail ("…avad
///   Zarif") reads one node instead of a node (and a likely cache miss)
///   a byte, and the trie is a fraction of the size.
///
/// It is built from the sorted patterns in one breadth-first pass.
#[derive(Debug)]
struct Trie {
    /// The node reached from the root by each first byte (`NONE` for none).
    root: Vec<u64>,
    /// Node at offset `o`: `nodes[o]` = the one pattern ending here when
    /// there is one, else the first index of this node's patterns in
    /// `pattern_ids` (high 32 bits), and the edge count (low 32 bits); `nodes[o + 1]` = the
    /// label's length in bytes (high 32 bits) and how many patterns end
    /// here (low 32 bits); then one word per edge, `child << 8 | byte`;
    /// then the label, eight bytes a word, first byte lowest: the bytes
    /// after the edge's byte that lead from the parent to this node.
    nodes: Vec<u64>,
    /// The patterns ending at each node where several end (their whole
    /// text is the path from the root), grouped by node, in pattern order
    /// within a node.
    pattern_ids: Vec<u32>,
    /// The node at the end of each pattern's first word (its leading run of
    /// word characters, lower-cased), so a walk jumps over a whole word
    /// with one lookup instead of a step (and a likely cache miss) a byte.
    /// Keyed by packed words ([`FirstWordTable`]), so a lookup compares keys in the
    /// table itself rather than following a pointer to each candidate key's
    /// bytes. The value is a [`FirstWord`].
    first_words: FirstWordTable,
}

/// The first-word table: from a pattern's first word (lower-cased in
/// ASCII) to its [`FirstWord`], looked up for every word of every document.
///
/// Words of up to 15 bytes (all but a few) are keyed by their bytes and
/// length packed into two `u64`s, as [`WordMap`] packs them, in an
/// open-addressed table of two parallel arrays: a one-byte tag a slot
/// (a fingerprint of the key, 0 for an empty slot), then the slot's key and
/// entry, 32 bytes aligned so one cache line holds them. A lookup reads the
/// tags from the word's home slot on (one cache line in a table of a byte a
/// slot, 128 KiB for the built-in KB) and reads a slot's key only when its
/// tag is the word's, so a word that begins no pattern (about half the
/// words of news text) is answered by that one line, and by a second about
/// once in 200; one that does reads one more line, its own slot. (Two-byte
/// tags, tried first, double the tag lines a document's words touch: 9 %
/// more misses of the second-level cache in the scan, under cachegrind's
/// model, for hardly any slot read saved.) This
/// replaced a Bloom filter tested before a `WordMap`: three cache lines in
/// three tables for a first word (the filter's bit, the map's control bytes,
/// its bucket), two for a word passing the filter in error (one in 20).
///
/// The table is made at most a quarter full ([`FirstWordTable::with_capacity`])
/// and grows before it is half full, so a probe run is short and ends at
/// an empty slot. Longer words go to a plain map.
#[derive(Debug)]
struct FirstWordTable {
    /// Per slot: 0 if empty, else the tag of the key in `slots`.
    tags: Vec<u8>,
    slots: Vec<FirstWordSlot>,
    /// `64 - log2(slots.len())`: the hash's high bits are the home slot.
    shift: u32,
    /// How many slots are taken.
    taken: usize,
    /// Words longer than 15 bytes.
    long: FastMap<String, FirstWord>,
}

/// A key (bytes, first byte lowest, zero-padded; the length in the last
/// byte) and its entry, in one aligned half cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct FirstWordSlot {
    key: [u64; 2],
    entry: FirstWord,
}

/// A first-word lookup begun ([`FirstWordTable::begin`]).
#[derive(Clone, Copy)]
struct Probe {
    key: [u64; 2],
    hash: u64,
    /// The tag in the key's home slot.
    home_tag: u8,
}

/// A packed key's hash, the one [`WordMap`] uses.
#[inline(always)]
fn first_word_hash(key: [u64; 2]) -> u64 {
    packed_word_hash(key[0], key[1])
}

/// A key's tag: 8 bits of its hash other than the home slot's, never 0.
#[inline(always)]
fn first_word_tag(hash: u64) -> u8 {
    (hash as u8).max(1)
}

impl FirstWordTable {
    /// An empty table with room for `words` words.
    fn with_capacity(words: usize) -> FirstWordTable {
        // At most a quarter full, and never without an empty slot: nearly
        // every word of a text is no first word, and a miss walks on to an
        // empty slot, about 1.8 slots at the built-in KB's load at half
        // full (0.38) and 1.3 at a quarter (0.19).
        FirstWordTable::with_slots((4 * words).next_power_of_two().max(16))
    }

    /// An empty table of `size` slots (a power of two).
    fn with_slots(size: usize) -> FirstWordTable {
        debug_assert!(size.is_power_of_two());
        let empty = FirstWordSlot {
            key: [0; 2],
            entry: FirstWord {
                node: u32::MAX,
                space_child: u32::MAX,
                only_pattern: u32::MAX,
                flags: 0,
            },
        };
        FirstWordTable {
            tags: vec![0; size],
            slots: vec![empty; size],
            shift: 64 - size.trailing_zeros(),
            taken: 0,
            long: FastMap::default(),
        }
    }

    /// Sets the entry of `word` (lower-cased in ASCII, not empty).
    fn insert(&mut self, word: &str, entry: FirstWord) {
        let Some(packed) = packed_ascii_lowercase(word.as_bytes()) else {
            self.long.insert(word.to_string(), entry);
            return;
        };
        if 2 * (self.taken + 1) > self.tags.len() {
            self.grow();
        }
        let key = [packed as u64, (packed >> 64) as u64];
        let hash = first_word_hash(key);
        let tag = first_word_tag(hash);
        let mask = self.tags.len() - 1;
        let mut at = (hash >> self.shift) as usize;
        loop {
            if self.tags[at] == 0 || (self.tags[at] == tag && self.slots[at].key == key) {
                self.taken += usize::from(self.tags[at] == 0);
                self.tags[at] = tag;
                self.slots[at] = FirstWordSlot { key, entry };
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /// The table rebuilt by [`FirstWordTable::with_capacity`] for as many
    /// words as it has slots: four times the size, an eighth full once its
    /// words are in (only when more words are inserted than it was made
    /// for).
    fn grow(&mut self) {
        let mut bigger = FirstWordTable::with_capacity(self.tags.len());
        bigger.long = std::mem::take(&mut self.long);
        for (word, entry) in self.iter() {
            bigger.insert(&word, *entry);
        }
        *self = bigger;
    }

    /// The entry of the word packed as `key` (its bytes lower-cased, zero
    /// past its length, the length in the last byte).
    #[inline(always)]
    fn get_packed(&self, key: [u64; 2]) -> Option<&FirstWord> {
        self.finish(self.probe(key))
    }

    /// A lookup of the word packed as `key` begun: its hash, and the tag in
    /// its home slot.
    #[inline(always)]
    fn probe(&self, key: [u64; 2]) -> Probe {
        let hash = first_word_hash(key);
        Probe {
            key,
            hash,
            home_tag: self.tags[(hash >> self.shift) as usize],
        }
    }

    /// The entry of a short ASCII word as [`short_ascii_word`] gives it:
    /// lower-cased lanes holding the word alone, and its length (1 to 15).
    #[cfg(test)]
    fn get_word_lanes(&self, lo: u64, hi: u64, len: usize) -> Option<&FirstWord> {
        self.finish(self.begin(lo, hi, len))
    }

    /// The first half of [`FirstWordTable::get_word_lanes`]: the word's key,
    /// hash and the tag in its home slot, read now. The scan begins the
    /// next word's lookup before it finishes the current one's, so the tag
    /// line (a likely cache miss) is on its way while the current word's
    /// branches, which often mispredict, are resolved.
    #[inline(always)]
    fn begin(&self, lo: u64, hi: u64, len: usize) -> Probe {
        self.probe([lo, hi | (len as u64) << 56])
    }

    /// The entry of the word whose lookup `probe` began.
    #[inline(always)]
    fn finish(&self, probe: Probe) -> Option<&FirstWord> {
        let tag = first_word_tag(probe.hash);
        let mask = self.tags.len() - 1;
        let mut at = (probe.hash >> self.shift) as usize;
        let mut found = probe.home_tag;
        loop {
            if found == 0 {
                return None;
            }
            if found == tag && self.slots[at].key == probe.key {
                return Some(&self.slots[at].entry);
            }
            at = (at + 1) & mask;
            found = self.tags[at];
        }
    }

    /// The entry of `word` (any word of the text, not empty) with its ASCII
    /// letters lower-cased.
    fn get_ascii_lowercase(&self, word: &str) -> Option<&FirstWord> {
        match packed_ascii_lowercase(word.as_bytes()) {
            Some(packed) => self.get_packed([packed as u64, (packed >> 64) as u64]),
            None => self.long.get(word.to_ascii_lowercase().as_str()),
        }
    }

    /// Writes the table for [`crate::prebuilt`] in one layout whatever the
    /// order its words were inserted in (so equal tables write equal
    /// bytes): the table that inserting its words in byte order into
    /// [`FirstWordTable::with_capacity`] of their number gives. Its size,
    /// then each taken slot as it lies (index, tag, key, entry: ten `u32`s),
    /// then the long words, in byte order, with their entries. (Used by
    /// build.rs and the tests.)
    #[cfg_attr(not(test), allow(dead_code))]
    fn encode(&self, w: &mut Writer) {
        let mut words: Vec<(String, &FirstWord)> = self.iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut canonical = FirstWordTable::with_capacity(words.len());
        for (word, entry) in &words {
            canonical.insert(word, **entry);
        }
        w.count(canonical.tags.len());
        w.count(canonical.taken);
        for (at, (&tag, slot)) in canonical.tags.iter().zip(&canonical.slots).enumerate() {
            if tag == 0 {
                continue;
            }
            w.count(at);
            w.count(usize::from(tag));
            for half in slot.key {
                w.count(half as u32 as usize);
                w.count((half >> 32) as usize);
            }
            let e = slot.entry;
            for field in [e.node, e.space_child, e.only_pattern, e.flags] {
                w.count(field as usize);
            }
        }
        let mut long: Vec<(&String, &FirstWord)> = canonical.long.iter().collect();
        long.sort_unstable_by(|a, b| a.0.cmp(b.0));
        w.count(long.len());
        for (word, e) in long {
            w.str(word);
            for field in [e.node, e.space_child, e.only_pattern, e.flags] {
                w.count(field as usize);
            }
        }
    }

    /// The table [`FirstWordTable::encode`] wrote: each slot put back where
    /// it lay, with its tag, rather than each word hashed and inserted
    /// again (24,784 insertions, 2.2 M instructions of every start-up).
    fn decode(r: &mut Reader) -> FirstWordTable {
        let size = r.count();
        let mut table = FirstWordTable::with_slots(size);
        table.taken = r.count();
        for slot in r.u32s(10 * table.taken).chunks_exact(10) {
            let at = slot[0] as usize;
            table.tags[at] = slot[1] as u8;
            let half = |i: usize| u64::from(slot[i]) | u64::from(slot[i + 1]) << 32;
            table.slots[at] = FirstWordSlot {
                key: [half(2), half(4)],
                entry: FirstWord {
                    node: slot[6],
                    space_child: slot[7],
                    only_pattern: slot[8],
                    flags: slot[9],
                },
            };
        }
        let long = r.count();
        table.long.reserve(long);
        for _ in 0..long {
            let word = r.str().to_string();
            let entry = FirstWord {
                node: r.u32(),
                space_child: r.u32(),
                only_pattern: r.u32(),
                flags: r.u32(),
            };
            table.long.insert(word, entry);
        }
        table
    }

    /// Every word and its entry, in no particular order.
    fn iter(&self) -> impl Iterator<Item = (String, &FirstWord)> {
        let short = self
            .tags
            .iter()
            .zip(&self.slots)
            .filter(|(&tag, _)| tag != 0)
            .map(|(_, slot)| {
                let mut bytes = [0u8; 16];
                bytes[..8].copy_from_slice(&slot.key[0].to_le_bytes());
                bytes[8..].copy_from_slice(&slot.key[1].to_le_bytes());
                let len = usize::from(bytes[15]);
                let word = String::from_utf8_lossy(&bytes[..len]).into_owned();
                (word, &slot.entry)
            });
        short.chain(self.long.iter().map(|(k, v)| (k.clone(), v)))
    }
}

/// Where a walk goes after a pattern's first word, read from the
/// first-word table without touching the word's trie node: words are
/// mostly followed by a space, and most first words end no pattern, so the
/// walk usually goes straight to the node after the space, saving the
/// likely cache miss of reading the word's own node.
///
/// Most words found in the table are function words and common nouns
/// ("the", "said", "in", "officials") that begin some pattern; the entry
/// also says which bytes may follow the space and which pattern the word
/// alone is, so a word that ends one pattern, or whose next word continues
/// none, is handled without reading any trie node.
#[derive(Debug, Clone, Copy)]
struct FirstWord {
    /// The node at the end of the word.
    node: u32,
    /// Its child along a space (`u32::MAX` for none).
    space_child: u32,
    /// The one pattern ending at `node` (`u32::MAX` when none or several,
    /// which are read from the node).
    only_pattern: u32,
    /// Bit [`ENDS_PATTERNS`]: patterns end at `node`; bit
    /// [`SPACE_ENDS_PATTERNS`]: at the space child. The bits
    /// [`next_byte_bit`] can give: the space child's edges, by the class of
    /// their byte (a bit set may still find no edge; a bit clear finds none).
    flags: u32,
}

/// The flag bit of [`FirstWord::flags`] that says patterns end at the node.
const ENDS_PATTERNS: u32 = 1 << 31;

/// The flag bit of [`FirstWord::flags`] that says patterns end at the
/// space child (patterns ending in a space; the KB's are trimmed).
const SPACE_ENDS_PATTERNS: u32 = 1 << 30;

/// The bit of a (lower-cased) byte's class in [`FirstWord::flags`]: one per
/// letter `a`..=`z`, one for the digits, one for every other byte.
#[inline(always)]
fn next_byte_bit(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << 26,
        _ => 1 << 27,
    }
}

impl FirstWord {
    fn ends_patterns(self) -> bool {
        self.flags & ENDS_PATTERNS != 0
    }

    /// Whether a walk must read the space child, given the byte after the
    /// space: when patterns end there, or it may have an edge along the
    /// byte.
    #[inline(always)]
    fn enter_space_child(self, next: Option<&u8>) -> bool {
        let bit = next.map_or(0, |&b| next_byte_bit(b.to_ascii_lowercase()));
        self.flags & (bit | SPACE_ENDS_PATTERNS) != 0
    }
}

/// How each byte starts a character, for the scans below: an ASCII word
/// character (letter, digit, `_`), another ASCII character, or the first
/// byte of a multi-byte character (decoded to decide).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Word,
    Other,
    NonAscii,
}

/// [`ByteClass`] of every byte value: one load per byte instead of range
/// tests, in the loops that run over every word of every document.
static BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            ByteClass::Word
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    table
};

/// Whether the character at byte `at` of `text` (a char boundary) is a word
/// character ([`is_word_char`]), and its length in bytes; `(false, 0)` at
/// the end of the text. Always inlined: called for most characters of
/// every document, from loops the compiler otherwise stops inlining into.
#[inline(always)]
fn word_char_at(text: &str, at: usize) -> (bool, usize) {
    let Some(&b) = text.as_bytes().get(at) else {
        return (false, 0);
    };
    match BYTE_CLASS[usize::from(b)] {
        ByteClass::Word => (true, 1),
        ByteClass::Other => (false, 1),
        ByteClass::NonAscii => {
            let c = text[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (is_word_char(c), c.len_utf8())
        }
    }
}

/// The end of the run of word characters starting at byte `at` of `text`
/// (`at` itself when none starts there). Always inlined into the scan loop,
/// which calls it for every word of every document.
#[inline(always)]
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    // Eight bytes a step while they are ASCII word characters (a step a
    // byte was a quarter of the scan's instructions); a stop at an ASCII
    // byte ends the word, a stop at a non-ASCII one is decoded below.
    while let Some(lane) = bytes.get(at..at + 8) {
        let run = ascii_word_bytes(u64::from_le_bytes(lane.try_into().expect("eight bytes")));
        at += run;
        if run < 8 {
            if bytes[at].is_ascii() {
                return at;
            }
            break;
        }
    }
    // ASCII bytes (nearly all) are classified by the table alone.
    while let Some(&b) = bytes.get(at) {
        match BYTE_CLASS[usize::from(b)] {
            ByteClass::Word => at += 1,
            ByteClass::Other => return at,
            ByteClass::NonAscii => {
                let (is_word, width) = word_char_at(text, at);
                if !is_word {
                    return at;
                }
                at += width;
            }
        }
    }
    at
}

/// How many of the eight bytes of `lane` (first byte lowest), from the
/// first, are ASCII word characters (`A-Z a-z 0-9 _`): all eight bytes are
/// classified at once with carry-free byte-wise additions (each on seven
/// bits, so no byte carries into the next), instead of a table load and a
/// branch a byte.
#[inline(always)]
fn ascii_word_bytes(lane: u64) -> usize {
    ascii_word_lane(lane).0
}

/// [`ascii_word_bytes`] of `lane`, and `lane` with its ASCII capitals
/// lower-cased (its other bytes as they are): the letter test that finds the
/// word's end also gives its lower-case key for the first-word table, so the
/// table need not fold the key again.
#[inline(always)]
fn ascii_word_lane(lane: u64) -> (usize, u64) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let low7 = lane & !HIGH;
    // A byte's high bit after `+ (0x80 - lo)` says `b >= lo`; after
    // `+ (0x7f - hi)`, `b > hi`.
    let in_range = |x: u64, lo: u8, hi: u8| (x + each(0x80 - lo)) & !(x + each(0x7f - hi));
    // `| 0x20` maps capitals onto the small letters and no other byte
    // into `a..=z`.
    // Non-ASCII bytes (high bit set) are no ASCII word characters.
    let letter = in_range(low7 | each(0x20), b'a', b'z') & !lane & HIGH;
    let digit = in_range(low7, b'0', b'9');
    // A zero byte of `low7 ^ '_'` is an underscore: adding 0x7f sets the
    // high bit of every byte but a zero one.
    let underscore = !((low7 ^ each(b'_')) + each(0x7f));
    let word = (letter | digit | underscore) & !lane & HIGH;
    // A letter's 0x20 bit is its case: set it (0x80 >> 2) on every letter.
    let lowered = lane | (letter >> 2);
    (((!word & HIGH).trailing_zeros() / 8) as usize, lowered)
}

/// The ASCII word at the start of `chunk` (the text's next sixteen bytes),
/// if it is shorter than sixteen bytes and an ASCII byte ends it: its bytes
/// lower-cased as two lanes (`lo` the first eight, first byte lowest; `hi`
/// the next eight), every byte past the word zero, and its length. `None`
/// sends the word the general way ([`word_end`]). An ASCII byte that is no
/// word character gives length 0 (and zero lanes); a non-ASCII first byte
/// gives `None`, to be decoded.
///
/// On x86-64 the sixteen bytes are classified at once with SSE2 (byte
/// compares and a move of the byte mask), which every x86-64 processor
/// has, and the word is cut out of them with one mask: the two
/// [`ascii_word_lane`] calls this replaces, and the masking the word filter
/// and the first-word table each did again, were about a third of the
/// scan's own instructions, at every word of every document.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn short_ascii_word(chunk: &[u8; 16]) -> Option<(u64, u64, usize)> {
    use sitrep_record::fast_map::WORD_PREFIX_MASKS;
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_cvtsi128_si64,
        _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_unpackhi_epi64,
    };
    // SAFETY: `_mm_loadu_si128` reads sixteen bytes through a pointer to
    // sixteen bytes (no alignment needed): `chunk` here, a row of
    // `WORD_PREFIX_MASKS` (sitrep-record). The rest are SSE2 register
    // operations, and SSE2 is part of every x86-64 target.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        let each = |b: u8| _mm_set1_epi8(b as i8);
        // `lo..=hi` moved to the bottom of the signed bytes (-128 up) by a
        // wrapping add, then one signed compare: the add is one-to-one on
        // bytes, so only `lo..=hi` lands there, and a byte of 0x80 or more
        // is in no range, nor a word byte, as in `BYTE_CLASS`.
        let within = |x: __m128i, lo: u8, hi: u8| {
            let shifted = _mm_add_epi8(x, each(0x80u8.wrapping_sub(lo)));
            _mm_cmplt_epi8(shifted, each(0x80 + (hi - lo) + 1))
        };
        // `| 0x20` maps capitals onto the small letters and no other ASCII
        // byte into `a..=z`.
        let letter = within(_mm_or_si128(v, each(0x20)), b'a', b'z');
        let word = _mm_or_si128(
            _mm_or_si128(letter, within(v, b'0', b'9')),
            _mm_cmpeq_epi8(v, each(b'_')),
        );
        let word_bits = _mm_movemask_epi8(word) as u32;
        // The high bit of each byte: set on the non-ASCII ones.
        let non_ascii = _mm_movemask_epi8(v) as u32;
        // Bits 16 and up of `!word_bits` are set, so a run of sixteen word
        // bytes reads as 16, and bit 16 of the test stops it.
        let len = (!word_bits).trailing_zeros() as usize;
        if (non_ascii | 1 << 16) >> len & 1 != 0 {
            return None;
        }
        // A letter's 0x20 bit is its case: set it on every letter; then
        // keep the word's bytes alone.
        let lowered = _mm_or_si128(v, _mm_and_si128(letter, each(0x20)));
        let prefix = _mm_loadu_si128(WORD_PREFIX_MASKS[len].as_ptr().cast::<__m128i>());
        let alone = _mm_and_si128(lowered, prefix);
        Some((
            _mm_cvtsi128_si64(alone) as u64,
            _mm_cvtsi128_si64(_mm_unpackhi_epi64(alone, alone)) as u64,
            len,
        ))
    }
}

/// [`short_ascii_word`] of the sixteen bytes of `bytes` from `at`; `None`
/// when fewer follow.
#[inline(always)]
fn short_ascii_word_at(bytes: &[u8], at: usize) -> Option<(u64, u64, usize)> {
    bytes
        .get(at..at + 16)
        .and_then(|chunk| short_ascii_word(chunk.try_into().expect("sixteen bytes")))
}

/// [`short_ascii_word`] from two eight-byte lanes, on other targets.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn short_ascii_word(chunk: &[u8; 16]) -> Option<(u64, u64, usize)> {
    let lane = |at: usize| u64::from_le_bytes(chunk[at..at + 8].try_into().expect("eight bytes"));
    let low_mask = |n: usize| (1u64 << (8 * n)) - 1;
    let (len, lo) = ascii_word_lane(lane(0));
    if len < 8 {
        return chunk[len]
            .is_ascii()
            .then_some((lo & low_mask(len), 0, len));
    }
    let (hi_len, hi) = ascii_word_lane(lane(8));
    let len = 8 + hi_len;
    (len < 16 && chunk[len].is_ascii()).then_some((lo, hi & low_mask(hi_len), len))
}

const NONE: u64 = u64::MAX;

/// Runs at least this long are binary-searched; shorter ones are scanned.
const LINEAR_EDGES: usize = 12;

/// A node while building: its patterns' range in the sorted keys, its depth
/// (the length of its path), and where its children start in BFS order.
/// `u32`s: there is one per trie node (tens of thousands for the built-in
/// KB), and start-up time goes largely to first touches of fresh memory.
struct Pending {
    lo: u32,
    hi: u32,
    depth: u32,
    matches_end: u32,
    first_child: u32,
    children: u32,
    /// The depth where the node's label starts (see [`Trie::nodes`]): one
    /// past its nearest kept ancestor's depth.
    label_from: u32,
}

impl Pending {
    fn new(lo: usize, hi: usize, depth: usize) -> Pending {
        Pending {
            lo: lo as u32,
            hi: hi as u32,
            depth: depth as u32,
            matches_end: lo as u32,
            first_child: 0,
            children: 0,
            label_from: depth as u32,
        }
    }

    /// The indices of the node's children in [`NodePlan::order`].
    fn child_range(&self) -> std::ops::Range<usize> {
        let first = self.first_child as usize;
        first..first + self.children as usize
    }

    /// The length of the node's label.
    fn label_len(&self) -> usize {
        (self.depth - self.label_from) as usize
    }
}

/// The trie's node words ([`Trie::nodes`]), the nodes in `preorder` at
/// their `offsets`, and the pattern lists of the nodes where several end
/// ([`Trie::pattern_ids`]).
fn lay_out_nodes(
    sorted: &SortedKeys,
    plan: &NodePlan,
    preorder: &[u32],
    offsets: &[u64],
    size: usize,
) -> (Vec<u64>, Vec<u32>) {
    let keys = &sorted.keys;
    let mut nodes = Vec::with_capacity(size);
    let mut pattern_ids = Vec::with_capacity(keys.len());
    for &i in preorder {
        let node = &plan.order[i as usize];
        // (The root has no label, and no key at all in an empty trie.)
        let label = match node.label_len() {
            0 => &[][..],
            _ => &sorted.bytes(&keys[node.lo as usize])
                [node.label_from as usize..node.depth as usize],
        };
        // One pattern ending here (most nodes that end any) is held in
        // the header itself, so reporting it reads no second table.
        let ending = &keys[node.lo as usize..node.matches_end as usize];
        let patterns = match ending {
            [only] => only.id,
            _ => pattern_ids.len() as u32,
        };
        nodes.push((u64::from(patterns) << 32) | u64::from(node.children));
        nodes.push(((label.len() as u64) << 32) | ending.len() as u64);
        if ending.len() > 1 {
            pattern_ids.extend(ending.iter().map(|k| k.id));
        }
        for c in node.child_range() {
            let byte = sorted.byte_at(plan.order[c].lo as usize, node.depth as usize);
            nodes.push((offsets[c] << 8) | u64::from(byte));
        }
        nodes.extend(label.chunks(8).map(|chunk| {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            u64::from_le_bytes(word)
        }));
    }
    debug_assert_eq!(nodes.len(), size);
    (nodes, pattern_ids)
}

/// The first-word table ([`Trie::first_words`]): for each node whose path
/// is a whole first word, its offset, its child along a space, the one
/// pattern ending there, and the flags a walk reads before stepping on.
fn first_word_table(sorted: &SortedKeys, plan: &NodePlan, offsets: &[u64]) -> FirstWordTable {
    let order = &plan.order;
    let keys = &sorted.keys;
    let mut first_words = FirstWordTable::with_capacity(plan.word_nodes.len());
    for &w in &plan.word_nodes {
        let node = &order[w as usize];
        let space = plan.space_child(sorted, node);
        let mut flags = 0;
        if let Some(c) = space {
            if order[c].matches_end > order[c].lo {
                flags |= SPACE_ENDS_PATTERNS;
            }
            for grandchild in order[c].child_range() {
                flags |= next_byte_bit(
                    sorted.byte_at(order[grandchild].lo as usize, order[c].depth as usize),
                );
            }
        }
        let ending = &keys[node.lo as usize..node.matches_end as usize];
        if !ending.is_empty() {
            flags |= ENDS_PATTERNS;
        }
        let entry = FirstWord {
            node: offsets[w as usize] as u32,
            space_child: space.map_or(u32::MAX, |c| offsets[c] as u32),
            only_pattern: match ending {
                [only] => only.id,
                _ => u32::MAX,
            },
            flags,
        };
        let word = &sorted.bytes(&keys[node.lo as usize])[..node.depth as usize];
        // A whole first word of a pattern, lower-cased in ASCII only:
        // valid UTF-8.
        let word = std::str::from_utf8(word).expect("a first word is whole characters");
        first_words.insert(word, entry);
    }
    first_words
}

/// A pattern while building: where its lower-cased bytes lie in the build
/// buffer, the length of its first word, and its first bytes as a number
/// for the sort.
struct SortKey {
    prefix: u64,
    start: u32,
    len: u32,
    word_len: u32,
    id: u32,
}

/// The first eight bytes of `key`, zero-padded, as a big-endian number:
/// ordered like the keys themselves wherever two prefixes differ (a shorter
/// key pads with zeros, and a key is ordered before its extensions), so
/// only keys with equal prefixes need their bytes compared.
fn sort_prefix(key: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(bytes)
}

/// Every pattern's ASCII-lower-cased bytes in one buffer, and a key per
/// pattern pointing into it, sorted: every trie node is a run of keys
/// sharing its path, and its children split the run by the next byte. One
/// buffer rather than a `Vec` per key: tens of thousands fewer
/// allocations, and the sort moves small keys. An empty pattern never
/// matches (a match spans at least a byte) and has no key.
struct SortedKeys {
    lower: Vec<u8>,
    keys: Vec<SortKey>,
}

impl SortedKeys {
    fn of<'a>(patterns: impl Iterator<Item = &'a str> + Clone) -> SortedKeys {
        // Counted in a first pass rather than collected: the buffers are
        // sized once without a vector of every pattern at start-up.
        let (count, bytes) = patterns
            .clone()
            .fold((0, 0), |(n, b), p| (n + 1, b + p.len()));
        let mut lower: Vec<u8> = Vec::with_capacity(bytes);
        let mut keys: Vec<SortKey> = Vec::with_capacity(count);
        for (id, pattern) in patterns.enumerate() {
            if pattern.is_empty() {
                continue;
            }
            let start = lower.len();
            lower.extend_from_slice(pattern.as_bytes());
            lower[start..].make_ascii_lowercase();
            keys.push(SortKey {
                prefix: 0,
                start: start as u32,
                len: pattern.len() as u32,
                // Lower-casing ASCII keeps word characters words.
                word_len: word_end(pattern, 0) as u32,
                id: id as u32,
            });
        }
        // Offsets into the buffer are `u32`s.
        assert!(lower.len() < u32::MAX as usize, "alias patterns too large");
        let mut sorted = SortedKeys { lower, keys };
        sorted.sort();
        sorted
    }

    /// Sorts the keys by bytes, then pattern id: first by the prefix alone,
    /// a plain integer sort (see `sort_prefix`), then each run of equal
    /// prefixes (names sharing their first eight bytes) by the whole bytes.
    fn sort(&mut self) {
        let SortedKeys { lower, keys } = self;
        let key_bytes = |k: &SortKey| &lower[k.start as usize..(k.start + k.len) as usize];
        for key in keys.iter_mut() {
            key.prefix = sort_prefix(key_bytes(key));
        }
        keys.sort_unstable_by_key(|k| k.prefix);
        let mut from = 0;
        while from < keys.len() {
            let mut to = from + 1;
            while to < keys.len() && keys[to].prefix == keys[from].prefix {
                to += 1;
            }
            if to - from > 1 {
                keys[from..to]
                    .sort_unstable_by(|a, b| key_bytes(a).cmp(key_bytes(b)).then(a.id.cmp(&b.id)));
            }
            from = to;
        }
    }

    /// The lower-cased bytes of a key.
    fn bytes(&self, k: &SortKey) -> &[u8] {
        &self.lower[k.start as usize..(k.start + k.len) as usize]
    }

    /// The byte of key `j` at `depth`.
    fn byte_at(&self, j: usize, depth: usize) -> u8 {
        self.lower[self.keys[j].start as usize + depth]
    }

    /// `common[j]`: the length of the common prefix of keys `j - 1` and
    /// `j` (0 for the first): a node's children split its keys where it
    /// is no longer than the node's depth.
    fn common_prefixes(&self) -> Vec<u32> {
        (0..self.keys.len())
            .map(|j| match j.checked_sub(1) {
                Some(p) => self
                    .bytes(&self.keys[p])
                    .iter()
                    .zip(self.bytes(&self.keys[j]))
                    .take_while(|(a, b)| a == b)
                    .count() as u32,
                None => 0,
            })
            .collect()
    }
}

/// The trie's nodes, made breadth-first: the root, then each node's
/// children in byte order. Only the nodes a walk must stop at are made
/// (see [`Trie`]): the root and its children (the root table's targets),
/// any with patterns ending or with other than one child, and those the
/// first-word table points to (a first word's node and its child along a
/// space). A child's depth is the first of these on its keys' common path;
/// the bytes before it are its label.
struct NodePlan {
    order: Vec<Pending>,
    /// Nodes whose path is a whole first word of one of their keys (index
    /// in `order`), for the first-word table.
    word_nodes: Vec<u32>,
}

impl NodePlan {
    fn of(sorted: &SortedKeys) -> NodePlan {
        let keys = &sorted.keys;
        let common = sorted.common_prefixes();
        // Room for two nodes a pattern, about what the built-in KB needs
        // (1.9), so the list seldom regrows.
        let mut order = Vec::with_capacity(2 * keys.len() + 1);
        order.push(Pending::new(0, keys.len(), 0));
        let mut word_nodes: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let (lo, hi, depth) = (
                order[i].lo as usize,
                order[i].hi as usize,
                order[i].depth as usize,
            );
            // Keys ending here sort before the longer ones.
            let mut j = lo;
            while j < hi && keys[j].len as usize == depth {
                j += 1;
            }
            order[i].matches_end = j as u32;
            order[i].first_child = order.len() as u32;
            while j < hi {
                // The keys sharing the next byte, and their common path.
                let first = j;
                let mut shared = keys[j].len as usize;
                j += 1;
                while j < hi && common[j] as usize > depth {
                    shared = shared.min(common[j] as usize);
                    j += 1;
                }
                let stop = next_stop(sorted, &keys[first..j], depth, shared);
                let mut child = Pending::new(first, j, stop);
                child.label_from = depth as u32 + 1;
                order.push(child);
            }
            order[i].children = order.len() as u32 - order[i].first_child;
            if depth > 0 && keys[lo..hi].iter().any(|k| k.word_len as usize == depth) {
                word_nodes.push(i as u32);
            }
            i += 1;
        }
        NodePlan { order, word_nodes }
    }

    /// The child of `node` along a space, if any.
    fn space_child(&self, sorted: &SortedKeys, node: &Pending) -> Option<usize> {
        node.child_range()
            .find(|&c| sorted.byte_at(self.order[c].lo as usize, node.depth as usize) == b' ')
    }

    /// The nodes in preorder (each node followed by its first child's
    /// subtree, then its next child's), not in the breadth-first order they
    /// were made in: a walk steps from a node to a child, and along a
    /// name's path (one child a node, the common case past a first word)
    /// the child is then the next node in memory, on the same cache line or
    /// the next one, instead of a level away.
    fn preorder(&self) -> Vec<u32> {
        let mut preorder: Vec<u32> = Vec::with_capacity(self.order.len());
        let mut pending: Vec<u32> = vec![0];
        while let Some(i) = pending.pop() {
            preorder.push(i);
            pending.extend(self.order[i as usize].child_range().rev().map(|c| c as u32));
        }
        preorder
    }

    /// Each node's offset in [`Trie::nodes`] when laid out in `preorder`,
    /// and the words the nodes take in all.
    fn offsets(&self, preorder: &[u32]) -> (Vec<u64>, usize) {
        let mut offsets = vec![0u64; self.order.len()];
        let mut size = 0usize;
        for &i in preorder {
            let node = &self.order[i as usize];
            offsets[i as usize] = size as u64;
            size += 2 + node.children as usize + node.label_len().div_ceil(8);
        }
        // Offsets go into the first-word table as `u32`s, and `u32::MAX`
        // means "none" there (a trie of 4 G words is far beyond any KB).
        assert!(size < u32::MAX as usize, "alias trie too large");
        (offsets, size)
    }
}

/// The depth of the first node a walk must stop at on the common path of a
/// child's `keys` (`shared` bytes long) below a node at `depth`: the root's
/// children stop after one byte; else the end of a key's first word, or
/// the space after it, where that comes before the path's end.
fn next_stop(sorted: &SortedKeys, keys: &[SortKey], depth: usize, shared: usize) -> usize {
    let mut stop = if depth == 0 { 1 } else { shared };
    for k in keys {
        let word = k.word_len as usize;
        if word > depth && word < stop {
            stop = word;
        }
        if word >= depth
            && word + 1 < stop
            && (k.len as usize) > word
            && sorted.lower[k.start as usize + word] == b' '
        {
            stop = word + 1;
        }
    }
    stop
}

impl Trie {
    fn new<'a>(patterns: impl Iterator<Item = &'a str> + Clone) -> Trie {
        let sorted = SortedKeys::of(patterns);
        let plan = NodePlan::of(&sorted);
        let preorder = plan.preorder();
        let (offsets, size) = plan.offsets(&preorder);
        let (nodes, pattern_ids) = lay_out_nodes(&sorted, &plan, &preorder, &offsets, size);
        let mut root = vec![NONE; 256];
        for c in plan.order[0].child_range() {
            root[usize::from(sorted.byte_at(plan.order[c].lo as usize, 0))] = offsets[c];
        }
        let first_words = first_word_table(&sorted, &plan, &offsets);
        Trie {
            root,
            nodes,
            pattern_ids,
            first_words,
        }
    }

    /// The length of the label of the node at offset `o`.
    #[inline(always)]
    fn label_len(&self, o: usize) -> usize {
        (self.nodes[o + 1] >> 32) as usize
    }

    /// Whether `bytes[at..]` starts with the label of the node at offset
    /// `o` (`len` bytes long) but for the case of ASCII letters.
    #[inline(always)]
    fn label_matches(&self, o: usize, bytes: &[u8], at: usize, len: usize) -> bool {
        let Some(text) = bytes.get(at..at + len) else {
            return false;
        };
        let label = o + 2 + (self.nodes[o] & 0xFFFF_FFFF) as usize;
        text.iter().enumerate().all(|(k, &b)| {
            b.to_ascii_lowercase() == (self.nodes[label + k / 8] >> (8 * (k % 8))) as u8
        })
    }

    /// The child of the node at `offset` along (lower-cased) byte `b`.
    #[inline]
    fn child(&self, offset: usize, b: u8) -> Option<u64> {
        let edges = (self.nodes[offset] & 0xFFFF_FFFF) as usize;
        let edges = &self.nodes[offset + 2..offset + 2 + edges];
        let edge = if edges.len() < LINEAR_EDGES {
            *edges.iter().find(|&&e| e as u8 == b)?
        } else {
            edges[edges.binary_search_by_key(&b, |&e| e as u8).ok()?]
        };
        Some(edge >> 8)
    }

    /// Calls `hit(start, end, pattern)` for every pattern occurrence that
    /// starts where a word may start (at a char boundary not preceded by a
    /// word character), in text order and, at one start, shortest first
    /// (patterns with the same text in pattern order); except that an
    /// occurrence ending inside a word of the text may be left out (a match
    /// must end on a word boundary, so it could never be kept).
    ///
    /// A word start jumps to the trie node at the end of the text's word
    /// (one lookup in `first_words`), then follows edges (and their
    /// labels) until the text leaves the trie; any other start (punctuation)
    /// walks from the root. Most words are no pattern's first word and end
    /// there.
    fn word_start_matches(&self, text: &str, mut hit: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let mut prev_is_word = false;
        let mut next = 0;
        // The short word after a short word, classified and its lookup
        // begun while that word was looked up: where it starts
        // (`usize::MAX` for none), its [`short_ascii_word`] and its probe.
        // Plain values rather than options, which the loop would keep
        // testing and moving.
        let mut ahead_at = usize::MAX;
        let mut ahead_word = (0u64, 0u64, 0usize);
        let mut ahead_probe = Probe {
            key: [0; 2],
            hash: 0,
            home_tag: 0,
        };
        while next < bytes.len() {
            let start = next;
            // An ASCII word of up to 15 bytes (nearly every word) is found,
            // and looked up, from one sixteen-byte step; longer and
            // non-ASCII words, and words within 16 bytes of the text's end,
            // go the general way. The step also tells an ASCII byte that
            // is no word character (length 0), so a word start needs no
            // table lookup of its first byte before it.
            let looked_ahead = start == ahead_at;
            let short = if looked_ahead {
                Some(ahead_word)
            } else {
                short_ascii_word_at(bytes, start)
            };
            let (is_word, width) = match short {
                Some((_, _, 0)) => (false, 1),
                Some(_) => (true, 0),
                None => word_char_at(text, start),
            };
            let (mut node, mut end) = if is_word {
                // Jump over the whole word: a pattern ending inside it is
                // followed by a word character, so it could never be kept;
                // nor can a pattern start inside it. So a word character is
                // never preceded by another one here.
                // The ASCII non-word byte after a word (a space, nearly
                // always) cannot start a match, so it is stepped over here
                // rather than in a loop iteration of its own, once a word.
                // A non-ASCII one is left to the loop, which decodes it.
                // After a short word the sixteen-byte step has seen that
                // byte already: it gives a word only when the byte after it
                // is ASCII, and that byte is no word character, so it is
                // not looked up again.
                let (word_stop, skip_after) = match short {
                    Some((_, _, len)) => (start + len, true),
                    None => {
                        let word_stop = word_end(text, start);
                        let skip_after = bytes
                            .get(word_stop)
                            .is_some_and(|&b| BYTE_CLASS[usize::from(b)] == ByteClass::Other);
                        (word_stop, skip_after)
                    }
                };
                next = word_stop + usize::from(skip_after);
                prev_is_word = !skip_after;
                // Otherwise packed from one 16-byte load where the text
                // allows: a copy of the word's bytes (a call to `memcpy`,
                // several small stores) read back as one key stalls on the
                // store forwarding.
                let found = match short {
                    Some((lo, hi, len)) => {
                        let probe = if looked_ahead {
                            ahead_probe
                        } else {
                            self.first_words.begin(lo, hi, len)
                        };
                        match short_ascii_word_at(bytes, next) {
                            Some(word @ (lo, hi, len)) if len > 0 => {
                                ahead_at = next;
                                ahead_word = word;
                                ahead_probe = self.first_words.begin(lo, hi, len);
                            }
                            _ => ahead_at = usize::MAX,
                        }
                        self.first_words.finish(probe)
                    }
                    None => self
                        .first_words
                        .get_ascii_lowercase(&text[start..word_stop]),
                };
                let Some(&word) = found else {
                    continue;
                };
                if bytes.get(word_stop) == Some(&b' ') {
                    // Step over the space from the table entry; the word's
                    // own node is read only if several patterns end there,
                    // and the space child only if the next byte may lead on
                    // from it (or patterns end at it).
                    if word.ends_patterns() {
                        match word.only_pattern {
                            u32::MAX => self.report(word.node as usize, start, word_stop, &mut hit),
                            pattern => hit(start, word_stop, pattern as usize),
                        }
                    }
                    match word.space_child {
                        child
                            if child != u32::MAX
                                && word.enter_space_child(bytes.get(word_stop + 1)) =>
                        {
                            (u64::from(child), word_stop + 1)
                        }
                        _ => continue,
                    }
                } else {
                    (u64::from(word.node), word_stop)
                }
            } else {
                next += width;
                if std::mem::replace(&mut prev_is_word, false) {
                    // Right after a word: no word boundary before it.
                    continue;
                }
                (
                    self.root[usize::from(bytes[start].to_ascii_lowercase())],
                    start + 1,
                )
            };
            while node != NONE {
                let o = node as usize;
                self.report(o, start, end, &mut hit);
                let Some(&b) = bytes.get(end) else { break };
                let Some(child) = self.child(o, b.to_ascii_lowercase()) else {
                    break;
                };
                end += 1;
                let skipped = self.label_len(child as usize);
                if skipped > 0 {
                    if !self.label_matches(child as usize, bytes, end, skipped) {
                        break;
                    }
                    end += skipped;
                }
                node = child;
            }
        }
    }

    /// Reports the patterns ending at the node at offset `o` as occurring
    /// at `start..end`. Always inlined: called from two places in the scan
    /// loop, it would otherwise be a call, and so would `hit`, per node.
    #[inline(always)]
    fn report(
        &self,
        o: usize,
        start: usize,
        end: usize,
        hit: &mut impl FnMut(usize, usize, usize),
    ) {
        let count = (self.nodes[o + 1] & 0xFFFF_FFFF) as usize;
        let patterns = (self.nodes[o] >> 32) as usize;
        match count {
            0 => {}
            1 => hit(start, end, patterns),
            _ => {
                for &pattern in &self.pattern_ids[patterns..patterns + count] {
                    hit(start, end, pattern as usize);
                }
            }
        }
    }
}

/// Whether the alias `pattern`, found at the span of `best` (an earlier
/// pattern in KB order, so the one kept at equal spans), replaces it: when
/// `pattern` is an acronym (which only ever matches letter for letter, see
/// [`case_compatible`]) and `best` matched an alias that is no name only
/// once its case was folded. "SANA said" is then the news agency `abbr:SANA`
/// rather than Yemen's `place:Sana` written in capitals: a word written
/// exactly as an organisation abbreviates itself is better evidence than
/// the same letters in another case. A folded *name* keeps its span, as
/// all-caps datelines and headlines write names in capitals ("BOGOTA,
/// COLOMBIA" stays Colombia whatever acronym spells "COLOMBIA"), and so does
/// an exact match of any kind ("Sana" stays Yemen's). Only runs when two
/// patterns end at one span, so the common hit pays nothing for it.
fn exact_acronym_displaces(
    text: &str,
    aliases: &[Alias],
    best: &AliasMatch,
    pattern: usize,
) -> bool {
    let Some(candidate) = aliases.get(pattern) else {
        // A role phrase: never compared with an alias.
        return false;
    };
    candidate.kind == AliasKind::Acronym
        && !matches!(best.kind, AliasKind::Name | AliasKind::Acronym)
        && text.get(best.start..best.end) != Some(&*aliases[best.alias].text)
}

/// Whether `found` (the text) may stand for `alias`.
///
/// Acronyms must match exactly. Otherwise every upper-case letter of the
/// alias must be upper-case in the text (so "us" is not "US" and "turkey" is
/// not "Turkey"), while lower-case alias letters may be capitalized in the
/// text (sentence-initial "The regime", all-caps headlines).
///
/// `found` is `alias` but for the case of ASCII letters, as every trie match
/// is: a character other than an ASCII letter is then the same in both and
/// passes, so the test runs on bytes without decoding characters (it runs
/// for every raw hit).
///
/// So the two differ only where an ASCII letter has the other case, and
/// the 0x20 bit of a letter is its case: a byte with that bit set in
/// `found` and clear in `alias` is an alias capital written small, the one
/// failing case. Tested eight bytes at a time (a test and a branch a byte
/// was most of the cost of a hit).
fn case_compatible(alias: &str, found: &str, kind: AliasKind) -> bool {
    debug_assert!(alias.as_bytes().eq_ignore_ascii_case(found.as_bytes()));
    if kind == AliasKind::Acronym {
        return alias == found;
    }
    let (alias, found) = (alias.as_bytes(), found.as_bytes());
    let lane = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().expect("eight bytes"));
    let (mut alias_lanes, mut found_lanes) = (alias.chunks_exact(8), found.chunks_exact(8));
    let mut small_for_capital = 0u64;
    for (a, f) in (&mut alias_lanes).zip(&mut found_lanes) {
        small_for_capital |= lane(f) & !lane(a);
    }
    for (&a, &f) in alias_lanes.remainder().iter().zip(found_lanes.remainder()) {
        small_for_capital |= u64::from(f & !a);
    }
    small_for_capital & u64::from_le_bytes([0x20; 8]) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-word table read back from its prebuilt form answers every
    /// word as the table it was written from, whatever order that one's
    /// words went in, and writes the same bytes again; so do two tables of
    /// the same words inserted in different orders.
    #[test]
    fn first_word_table_round_trip() {
        let words: Vec<String> = (0..3000u32)
            .map(|i| match i % 4 {
                0 => format!("w{i}"),
                1 => format!("minister{i}x"),
                // Longer than a packed key holds.
                2 => format!("internationally-{i}"),
                _ => "ab".repeat(1 + (i as usize % 7)) + &i.to_string(),
            })
            .collect();
        let entry = |i: usize| FirstWord {
            node: i as u32,
            space_child: (i * 7) as u32,
            only_pattern: if i.is_multiple_of(3) {
                u32::MAX
            } else {
                i as u32
            },
            flags: (i as u32).wrapping_mul(0x9e37_79b9),
        };
        let (mut forward, mut backward) = (
            FirstWordTable::with_capacity(words.len()),
            FirstWordTable::with_capacity(words.len()),
        );
        for (i, w) in words.iter().enumerate() {
            forward.insert(w, entry(i));
        }
        for (i, w) in words.iter().enumerate().rev() {
            backward.insert(w, entry(i));
        }
        let bytes_of = |table: &FirstWordTable| {
            let mut w = Writer::default();
            table.encode(&mut w);
            w.finish()
        };
        let bytes = bytes_of(&forward);
        assert!(
            bytes == bytes_of(&backward),
            "one layout whatever the order"
        );
        let mut r = Reader::new(&bytes);
        let read = FirstWordTable::decode(&mut r);
        assert!(bytes_of(&read) == bytes, "read and written again");
        let same = |a: Option<&FirstWord>, b: Option<&FirstWord>| {
            a.map(|e| (e.node, e.space_child, e.only_pattern, e.flags))
                == b.map(|e| (e.node, e.space_child, e.only_pattern, e.flags))
        };
        for (i, w) in words.iter().enumerate() {
            let upper = w.to_ascii_uppercase();
            for asked in [w.as_str(), upper.as_str()] {
                let found = read.get_ascii_lowercase(asked);
                assert!(same(found, Some(&entry(i))), "{asked}");
                assert!(same(found, forward.get_ascii_lowercase(asked)), "{asked}");
            }
            let absent = format!("{w}q");
            assert!(read.get_ascii_lowercase(&absent).is_none(), "{absent}");
        }
    }

    fn aliases(list: &[(&str, AliasKind)]) -> Vec<Alias> {
        list.iter()
            .enumerate()
            .map(|(i, (t, k))| Alias {
                text: t.to_string().into(),
                actor: i,
                kind: *k,
            })
            .collect()
    }

    /// Every pattern equal (ASCII case aside) to `text` at a position where
    /// a word may start and not followed by a word character: by the trie
    /// (sorted), and by comparing every pattern at every such position.
    #[allow(clippy::type_complexity)]
    fn trie_and_direct_hits(
        patterns: &[&str],
        text: &str,
    ) -> (Vec<(usize, usize, usize)>, Vec<(usize, usize, usize)>) {
        let trie = Trie::new(patterns.iter().copied());
        let mut direct = Vec::new();
        let mut prev_is_word = false;
        for (start, ch) in text.char_indices() {
            if !prev_is_word {
                for (id, p) in patterns.iter().enumerate() {
                    let end = start + p.len();
                    if !p.is_empty()
                        && end <= text.len()
                        && text.as_bytes()[start..end].eq_ignore_ascii_case(p.as_bytes())
                        && !text[end..].chars().next().is_some_and(is_word_char)
                    {
                        direct.push((start, end, id));
                    }
                }
            }
            prev_is_word = is_word_char(ch);
        }
        // Hits ending inside a word may or may not be reported (the scan
        // drops them); every other one must be.
        let mut found = Vec::new();
        trie.word_start_matches(text, |start, end, pattern| {
            if !text[end..].chars().next().is_some_and(is_word_char) {
                found.push((start, end, pattern));
            }
        });
        found.sort_unstable();
        direct.sort_unstable();
        (found, direct)
    }

    /// A short word from the sixteen-byte step is always followed by an
    /// ASCII byte that is no word character (`ByteClass::Other`), which the
    /// scan steps over without looking it up: every byte value after words
    /// of every length 1 to 15, and none of those bytes can be part of the
    /// word.
    #[test]
    fn a_short_word_is_followed_by_an_other_byte() {
        let mut seen = 0;
        for len in 1..16 {
            for after in 0..=255u8 {
                let mut chunk = [b'x'; 16];
                chunk[len] = after;
                if let Some((_, _, found)) = short_ascii_word(&chunk) {
                    assert_eq!(found, len, "{len} {after}");
                    assert!(
                        BYTE_CLASS[usize::from(chunk[found])] == ByteClass::Other,
                        "{len} {after}"
                    );
                    seen += 1;
                }
            }
        }
        // Every ASCII byte that is no word character, after every length.
        assert_eq!(seen, 15 * (128 - 63));
    }

    /// Random patterns and texts from a few syllables, so patterns share
    /// prefixes, have long unique tails (labels of many words' length) and
    /// the texts leave them at every byte: inside a label, at its end, at
    /// the end of the text.
    #[test]
    fn trie_hits_equal_direct_search_random() {
        let pieces = [
            "a", "al", "ali", "an", "new", "york", "er", "s", "zarif", "javad", "é", "-", " ", " ",
            " ", "'", ".", "mohammad", "x", "7",
        ];
        // xorshift64 (no test-kit dependency here: it would change Cargo.lock).
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let below = |rng: &mut u64, n: usize| {
            *rng ^= *rng << 13;
            *rng ^= *rng >> 7;
            *rng ^= *rng << 17;
            (*rng % n as u64) as usize
        };
        let mut total = 0;
        for _ in 0..200 {
            let text_pieces: Vec<&str> = (0..80)
                .map(|_| pieces[below(&mut rng, pieces.len())])
                .collect();
            // Runs of the text's pieces, so most patterns occur in it, and
            // others leave it part way.
            let patterns: Vec<String> = (0..40)
                .map(|_| {
                    let from = below(&mut rng, text_pieces.len());
                    let to = (from + 1 + below(&mut rng, 8)).min(text_pieces.len());
                    let mut p = text_pieces[from..to].concat();
                    if below(&mut rng, 4) == 0 {
                        p.push_str(pieces[below(&mut rng, pieces.len())]);
                    }
                    p
                })
                .collect();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let half = text_pieces.len() / 2;
            let text = text_pieces[..half].concat().to_uppercase() + &text_pieces[half..].concat();
            let (found, direct) = trie_and_direct_hits(&patterns, &text);
            total += direct.len();
            assert_eq!(found, direct, "patterns {patterns:?} text {text:?}");
        }
        assert!(total > 800, "the texts exercise the patterns: {total}");
    }

    /// The first-word filter says "may" for every word added, read as the
    /// scan reads it (lower-cased eight-byte lanes of the text, with the
    /// bytes after the word left in), in any case, and "no" for most
    /// other words.
    #[test]
    fn first_word_table_finds_its_words_as_the_scan_reads_them() {
        let words = [
            "a",
            "al",
            "the",
            "iran",
            "zarif",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "minister",
            "ministers",
            "_x9",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "são",
            "the-very-long-first-word",
        ];
        let entry = |i: usize| FirstWord {
            node: i as u32,
            space_child: 2 * i as u32,
            only_pattern: u32::MAX,
            flags: i as u32,
        };
        // Made for two words, so inserting the rest grows it.
        let mut table = FirstWordTable::with_capacity(2);
        for (i, w) in words.iter().enumerate() {
            table.insert(w, entry(i));
        }
        // A word inserted again takes its new entry.
        table.insert("iran", entry(99));
        let found = |t: &FirstWordTable, text: &str| -> Option<u32> {
            let padded = format!("{text}                ");
            let chunk: &[u8; 16] = padded.as_bytes()[..16].try_into().unwrap();
            let by_str = t.get_ascii_lowercase(text).map(|e| e.node);
            if let Some((lo, hi, len)) = short_ascii_word(chunk) {
                if len == text.len() {
                    assert_eq!(t.get_word_lanes(lo, hi, len).map(|e| e.node), by_str);
                }
            }
            by_str
        };
        for (i, w) in words.iter().enumerate() {
            let want = if *w == "iran" { 99 } else { i as u32 };
            assert_eq!(found(&table, w), Some(want), "{w}");
            assert_eq!(found(&table, &w.to_ascii_uppercase()), Some(want), "{w}");
        }
        for absent in [
            "",
            "b",
            "th",
            "thee",
            "abcdefghijklmn",
            "abcdefghijklmnopq",
            "sao",
            "Ministerx",
        ] {
            assert_eq!(found(&table, absent), None, "{absent}");
        }
        // Every word comes back once, with its entry.
        let mut listed: Vec<(String, u32)> = table.iter().map(|(w, e)| (w, e.node)).collect();
        listed.sort();
        let mut want: Vec<(String, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), if *w == "iran" { 99 } else { i as u32 }))
            .collect();
        want.sort();
        assert_eq!(listed, want);
        // Many words, against a std map, present and absent.
        let mut big = FirstWordTable::with_capacity(1000);
        let mut std_map = std::collections::HashMap::new();
        for i in 0..3000usize {
            let w = format!("w{}x", i * 7);
            big.insert(&w, entry(i));
            std_map.insert(w, i as u32);
        }
        for i in 0..25_000usize {
            let w = format!("w{i}x");
            assert_eq!(found(&big, &w), std_map.get(&w).copied(), "{w}");
        }
    }

    #[test]
    fn trie_hits_equal_direct_search() {
        let patterns = [
            "US",
            "us",
            "United States",
            "United States Navy",
            "Unit",
            "the regime",
            "The Regime",
            "Ali",
            "Ali Khamenei",
            "al-Qaeda",
            "Ça",
            "çA",
            "é",
            "São Paulo",
            "'s",
            "U.S.",
            "x",
            "",
            // First words of 14, 15 (the longest packed key), 16 and 17 bytes.
            "Internationali Union",
            "Internationalis",
            "Internationalist Front",
            "Internationalists",
        ];
        let text = "The regime: us, US, U.S. and UNITED STATES NAVY units; Ali Khamenei's \
                    al-qaeda ÇA ça São Paulo SÃO PAULO é x_x 'st x \
                    internationalis, the Internationalist Front, INTERNATIONALISTS, \
                    the INTERNATIONALI union";
        let (found, direct) = trie_and_direct_hits(&patterns, text);
        assert!(direct.len() > 15, "the text exercises the patterns");
        assert_eq!(found, direct);
    }

    /// Comparing sort prefixes first orders keys as comparing their bytes
    /// does: a prefix order between two keys is their byte order.
    #[test]
    fn sort_prefix_order_is_byte_order() {
        // Keys of 0–11 bytes from an alphabet with a NUL (the padding
        // byte), so keys that differ only past byte 8 or by trailing NULs
        // are common.
        let alphabet = [0u8, b' ', b'a', b'b', 0xc3];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let keys: Vec<Vec<u8>> = (0..3000)
            .map(|_| {
                let len = (next() % 12) as usize;
                (0..len)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect()
            })
            .collect();
        for a in &keys {
            for b in keys.iter().take(300) {
                let by_prefix = sort_prefix(a).cmp(&sort_prefix(b));
                if by_prefix.is_ne() {
                    assert_eq!(by_prefix, a.cmp(b), "{a:?} / {b:?}");
                }
            }
        }
    }

    /// The rule of [`case_compatible`] on characters, for any two strings.
    fn case_compatible_by_chars(alias: &str, found: &str, kind: AliasKind) -> bool {
        if kind == AliasKind::Acronym {
            return alias == found;
        }
        alias
            .chars()
            .zip(found.chars())
            .all(|(a, f)| !a.is_uppercase() || f.is_uppercase())
    }

    #[test]
    fn byte_case_check_equals_the_character_rule() {
        let aliases = [
            "US",
            "Iran",
            "the regime",
            "São Paulo",
            "ÇA",
            "çA",
            "Ümit Özdağ",
            "x",
            // Longer than a lane, a capital in each lane and the remainder.
            "Hamas-led PA GovT",
        ];
        for alias in aliases {
            // Every way of writing the alias's ASCII letters in either case.
            let ascii_letters: Vec<usize> = alias
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_alphabetic())
                .map(|(i, _)| i)
                .collect();
            for mask in 0u32..(1 << ascii_letters.len()) {
                let mut found = alias.as_bytes().to_vec();
                for (bit, &i) in ascii_letters.iter().enumerate() {
                    found[i] = if mask & (1 << bit) != 0 {
                        found[i].to_ascii_uppercase()
                    } else {
                        found[i].to_ascii_lowercase()
                    };
                }
                let found = String::from_utf8(found).unwrap();
                for kind in [AliasKind::Name, AliasKind::Acronym, AliasKind::Descriptor] {
                    assert_eq!(
                        case_compatible(alias, &found, kind),
                        case_compatible_by_chars(alias, &found, kind),
                        "{alias} / {found} / {kind:?}"
                    );
                }
            }
        }
    }

    /// `word_end` from every character of `text` agrees with a walk a
    /// character at a time to the first non-word character.
    fn assert_word_ends_as_walked(text: &str) {
        for (at, _) in text.char_indices() {
            let expected_end = at
                + text[at..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(text.len() - at, |(i, _)| i);
            assert_eq!(word_end(text, at), expected_end, "{text:?} from {at}");
        }
    }

    #[test]
    fn byte_classes_agree_with_word_chars() {
        for b in 0..=255u8 {
            let expected = if b.is_ascii() {
                if is_word_char(char::from(b)) {
                    ByteClass::Word
                } else {
                    ByteClass::Other
                }
            } else {
                ByteClass::NonAscii
            };
            assert!(BYTE_CLASS[usize::from(b)] == expected, "byte {b:#x}");
        }
        let text = "São_Paulo2 x-ray Ωmega—é";
        assert_word_ends_as_walked(text);
        assert_eq!(word_char_at(text, text.len()), (false, 0));
    }

    /// The eight-byte word test agrees with the byte table on every byte
    /// value at every position of a lane, and `word_end` with a walk a
    /// character on texts whose words cross, fill and end in lanes.
    #[test]
    fn ascii_word_bytes_agrees_with_byte_classes() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut lane = *b"abcdefgh";
                lane[pos] = b;
                let expected = if BYTE_CLASS[usize::from(b)] == ByteClass::Word {
                    8
                } else {
                    pos
                };
                assert_eq!(
                    ascii_word_bytes(u64::from_le_bytes(lane)),
                    expected,
                    "byte {b:#x} at {pos}"
                );
                // The lane it gives back is lower-cased like ASCII text
                // over the word's bytes (the key the table is asked for).
                for upper in [false, true] {
                    let mut cased = lane;
                    if upper {
                        cased.make_ascii_uppercase();
                        cased[pos] = b;
                    }
                    let (len, lowered) = ascii_word_lane(u64::from_le_bytes(cased));
                    let mut expected = cased;
                    expected.make_ascii_lowercase();
                    assert_eq!(
                        lowered.to_le_bytes()[..len],
                        expected[..len],
                        "byte {b:#x} at {pos}, upper {upper}"
                    );
                }
            }
        }
        for text in [
            "Zarif_2024 said-on Twitter, a_very_long_word_of_32_bytes_x. End",
            "short é café Ωmega_ZZ 12345678 123456789 _ __ é",
            "abcdefgh",
            "abcdefghé",
            "abcdefg\u{2014}x",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ`@[{ 0123456789/:",
        ] {
            assert_word_ends_as_walked(text);
        }
    }

    /// The sixteen-byte word test gives what two eight-byte lanes give (the
    /// scan's loads before it), cut to the word: the same length, the same
    /// lower-cased bytes and zeros past them, and `None` for a word that
    /// fills the sixteen bytes or that a non-ASCII byte ends; every byte
    /// value at every position, in words of both cases, digits and
    /// underscores.
    #[test]
    fn short_ascii_word_agrees_with_two_lanes() {
        let by_lanes = |chunk: &[u8; 16]| {
            let lane = |at: usize| u64::from_le_bytes(chunk[at..at + 8].try_into().unwrap());
            let (len, lo) = ascii_word_lane(lane(0));
            if len < 8 {
                return chunk[len].is_ascii().then_some((lo, 0, len));
            }
            let (hi_len, hi) = ascii_word_lane(lane(8));
            let len = 8 + hi_len;
            (len < 16 && chunk[len].is_ascii()).then_some((lo, hi, len))
        };
        // The word's bytes alone: zero past its length.
        let alone = |(lo, hi, len): (u64, u64, usize)| {
            let mut bytes = [lo.to_le_bytes(), hi.to_le_bytes()].concat();
            bytes[len..].fill(0);
            (
                u64::from_le_bytes(bytes[..8].try_into().unwrap()),
                u64::from_le_bytes(bytes[8..].try_into().unwrap()),
                len,
            )
        };
        let mut words = 0;
        for b in 0..=255u8 {
            for pos in 0..16 {
                for base in [
                    b"AbCdEfGhIjKlMnOp",
                    b"zz_09ZZaaQQxx__9",
                    b"Iran said, x@y.z",
                ] {
                    let mut chunk = *base;
                    chunk[pos] = b;
                    let ours = short_ascii_word(&chunk);
                    assert_eq!(
                        ours,
                        by_lanes(&chunk).map(alone),
                        "byte {b:#x} at {pos} in {base:?}"
                    );
                    words += usize::from(ours.is_some());
                }
            }
        }
        assert!(words > 4000, "most chunks start with a short word");
    }

    /// The scan's running reduction equals collecting every kept hit,
    /// sorting by (start, longest first, pattern) and keeping the leftmost
    /// non-overlapping ones, for aliases and roles alike. (No acronym here
    /// ties with a case-folded alias, the one exception to pattern order:
    /// see `exact_acronym_beats_a_case_folded_place_but_not_a_name`.)
    #[test]
    fn scan_equals_sort_then_leftmost_longest() {
        let al = aliases(&[
            ("United States", AliasKind::Name),
            ("United", AliasKind::Name),
            ("United States Navy", AliasKind::Name),
            ("States", AliasKind::Name),
            ("US", AliasKind::Acronym),
            ("united states", AliasKind::Descriptor),
            ("Navy", AliasKind::Name),
            ("Navy", AliasKind::Descriptor),
            ("the Navy", AliasKind::Descriptor),
            ("Iran", AliasKind::Name),
            ("Iranian", AliasKind::Adjective),
        ]);
        let roles: Vec<RolePhrase> = ["navy", "navy officials", "officials", "foreign minister"]
            .iter()
            .map(|p| RolePhrase {
                phrase: p.to_string(),
                sector: "GOV".to_string(),
                person: false,
            })
            .collect();
        let m = Matcher::new(&al, &roles);
        let text = "United States Navy officials met the Navy and US Navy officials; \
                    the united states navy, United Statesman, Iranian foreign minister \
                    Iran's Navy. UNITED STATES NAVY officials";
        let mut alias_hits = Vec::new();
        let mut role_hits = Vec::new();
        m.trie.word_start_matches(text, |start, end, pattern| {
            if text[end..].chars().next().is_some_and(is_word_char) {
                return;
            }
            let found = &text[start..end];
            if pattern < al.len() {
                if case_compatible(&al[pattern].text, found, al[pattern].kind) {
                    alias_hits.push((start, end, pattern));
                }
            } else {
                role_hits.push((start, end, pattern - al.len()));
            }
        });
        let reduce = |mut hits: Vec<(usize, usize, usize)>| {
            hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            let mut covered_to = 0;
            hits.retain(|h| {
                let keep = h.0 >= covered_to;
                if keep {
                    covered_to = h.1;
                }
                keep
            });
            hits
        };
        let (found_aliases, found_roles) = m.scan(text, &al, &roles, true, true);
        let found_aliases: Vec<_> = found_aliases
            .iter()
            .map(|h| (h.start, h.end, h.alias))
            .collect();
        let found_roles: Vec<_> = found_roles
            .iter()
            .map(|h| (h.start, h.end, h.role))
            .collect();
        assert!(found_aliases.len() >= 8 && found_roles.len() >= 4);
        assert_eq!(found_aliases, reduce(alias_hits));
        assert_eq!(found_roles, reduce(role_hits));
        // Asking for one list gives the same list.
        let only_aliases = m.scan(text, &al, &roles, true, false);
        assert!(only_aliases.1.is_empty());
        assert_eq!(only_aliases.0.len(), found_aliases.len());
    }

    /// At one span, an acronym written letter for letter wins over an
    /// alias of another kind listed before it that matched only once its
    /// case was folded: "SANA" is the agency, not Yemen's `place:Sana`. A
    /// folded name keeps its span ("COLOMBIA" in a dateline stays the
    /// country whatever acronym spells it), and so does every exact or longer
    /// match ("Sana", "Sanaa", "Sana'a", and "SANAA" and "SANA'A" in
    /// all-caps text). An apostrophe is never skipped: "SANA" does not
    /// reach "Sana'a".
    #[test]
    fn exact_acronym_beats_a_case_folded_place_but_not_a_name() {
        let alias = |text: &str, actor: usize, kind: AliasKind| Alias {
            text: text.to_string().into(),
            actor,
            kind,
        };
        let (yemen, colombia, agency, group) = (0, 1, 2, 3);
        let al = vec![
            alias("Sana", yemen, AliasKind::Place),
            alias("Sanaa", yemen, AliasKind::Metonym),
            alias("Sana'a", yemen, AliasKind::Metonym),
            alias("Colombia", colombia, AliasKind::Name),
            alias("SANA", agency, AliasKind::Acronym),
            alias("COLOMBIA", group, AliasKind::Acronym),
        ];
        let m = Matcher::new(&al, &[]);
        let text = "SANA said shells hit Sana, Sanaa and Sana'a. YEMEN: SANAA AND SANA'A \
                    SHELLED. BOGOTA, COLOMBIA (Reuters) - Colombia said";
        let found: Vec<(&str, usize)> = m
            .scan(text, &al, &[], true, false)
            .0
            .iter()
            .map(|h| (&text[h.start..h.end], h.actor))
            .collect();
        assert_eq!(
            found,
            vec![
                ("SANA", agency),
                ("Sana", yemen),
                ("Sanaa", yemen),
                ("Sana'a", yemen),
                ("SANAA", yemen),
                ("SANA'A", yemen),
                ("COLOMBIA", colombia),
                ("Colombia", colombia),
            ]
        );
        // Without the acronym, the all-caps word is still the folded place,
        // as before.
        let without: Vec<Alias> = al[..4].to_vec();
        let m = Matcher::new(&without, &[]);
        let hits = m.scan("SANA said", &without, &[], true, false).0;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].actor, yemen);
    }

    /// The same on the built-in KB, whose `sana` row (`abbr:SANA`) is listed
    /// after Yemen's `place:Sana`.
    #[test]
    fn builtin_kb_reads_sana_as_the_agency_and_sanaa_as_yemen() {
        let kb = crate::Kb::builtin().expect("built-in KB");
        let text = "DAMASCUS (Reuters) - Shelling killed five, SANA said. In Sanaa and \
                    Sana'a, in SANAA; BOGOTA, COLOMBIA";
        let found: Vec<(&str, &str)> = kb
            .find_aliases(text)
            .iter()
            .map(|h| (&text[h.start..h.end], &*kb.actor(h.actor).id))
            .filter(|(t, _)| t.to_ascii_lowercase().starts_with("sana") || *t == "COLOMBIA")
            .collect();
        assert_eq!(
            found,
            vec![
                ("SANA", "sana"),
                ("Sanaa", "YEM"),
                ("Sana'a", "YEM"),
                ("SANAA", "YEM"),
                ("COLOMBIA", "COL"),
            ]
        );
    }

    /// A KB with no aliases and no roles (as some tests and user setups
    /// build) makes a trie that finds nothing.
    #[test]
    fn no_patterns_no_matches() {
        let m = Matcher::new(&[], &[]);
        let (aliases, roles) = m.scan("The United States said, in Tehran.", &[], &[], true, true);
        assert!(aliases.is_empty() && roles.is_empty());
        let only_empty = Trie::new([""].into_iter());
        only_empty.word_start_matches("anything at all", |_, _, _| panic!("no pattern"));
    }

    /// Names at the text's very start and end, right after a word of
    /// multi-byte letters, and made of multi-byte letters themselves, are
    /// found whole; an empty text or one of separators alone finds nothing,
    /// and a name inside a longer word is no hit (review54: the first-word
    /// table's new size changes none of this).
    #[test]
    fn names_at_text_edges_and_beside_multibyte_letters() {
        let al = aliases(&[
            ("Iran", AliasKind::Name),
            ("Erdoğan", AliasKind::Name),
            ("São Paulo", AliasKind::Name),
            ("Ürümqi", AliasKind::Name),
        ]);
        let m = Matcher::new(&al, &[]);
        let found = |text: &str| -> Vec<String> {
            m.scan(text, &al, &[], true, true)
                .0
                .iter()
                .map(|h| text[h.start..h.end].to_string())
                .collect()
        };
        assert!(found("").is_empty());
        assert!(found(" \n  ").is_empty());
        assert_eq!(found("Iran"), ["Iran"]);
        assert_eq!(found("IRAN"), ["IRAN"]);
        assert_eq!(found("Erdoğan"), ["Erdoğan"]);
        assert_eq!(found("Zoë met Erdoğan"), ["Erdoğan"]);
        assert_eq!(found("Ürümqi, São Paulo"), ["Ürümqi", "São Paulo"]);
        assert_eq!(found("café Iran."), ["Iran"]);
        assert!(found("Iranian Erdoğans").is_empty());
        assert!(found("Erdoğanı").is_empty());
    }

    #[test]
    fn longest_match_first_and_case_aware() {
        let al = aliases(&[
            ("US", AliasKind::Acronym),
            ("United States", AliasKind::Name),
            ("United States Navy", AliasKind::Name),
            ("the regime", AliasKind::Descriptor),
            ("Iran", AliasKind::Name),
        ]);
        let m = Matcher::new(&al, &[]);
        let text = "The regime told us the United States Navy and the US met IRAN's envoy in Iranian waters.";
        let found: Vec<&str> = m
            .scan(text, &al, &[], true, true)
            .0
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(
            found,
            vec!["The regime", "United States Navy", "US", "IRAN"]
        );
    }
}
