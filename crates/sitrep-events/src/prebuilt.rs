//! The built trigger tables of an [`EventLexicon`] as bytes, so the
//! built-in lexicon is built once, by `build.rs` at compile time, instead of
//! at every start-up (parsing, inflecting and indexing about 12,000 rows
//! cost ~135 M instructions a run; reading this form is a small part of
//! that).
//!
//! The form holds the tables [`EventLexicon::from_sources`] builds, and the
//! listed classes of the word-class file; the claims' word classes and the
//! event filter are not part of it (the caller
//! sets them, as it does on a lexicon built from the files). Hash tables are
//! written in key order, so one lexicon always gives the same bytes.
//! Numbers are little-endian whatever the machine. Only this crate writes
//! and reads it, for the build it is compiled into: no versioning, and a
//! malformed form is a bug (reading panics).

use crate::lexicon::{
    Class, Entry, EventLexicon, FastMap, Form, GappedRows, LexStr, ListedClasses, Lists, Pos,
    WordInfo,
};
use sitrep_record::fast_map::WordMap;
// `ABSENT` is also the number of a `None` event type.
use sitrep_record::packed::{PackedReader, PackedWriter, ABSENT};
use sitrep_record::EventType;

const POS: [Pos; 4] = [Pos::Verb, Pos::Noun, Pos::Phrase, Pos::Affix];
const CLASSES: [Class; 6] = [
    Class::Event,
    Class::Direct,
    Class::Commit,
    Class::Intent,
    Class::Modal,
    Class::Means,
];
const FORMS: [Form; 4] = [Form::Base, Form::S, Form::Past, Form::Ing];

fn index_of<T: PartialEq>(all: &[T], x: &T) -> u32 {
    all.iter()
        .position(|y| y == x)
        .expect("every variant is listed") as u32
}

// Writing is for build.rs (which compiles this module too) and the tests.
#[cfg_attr(not(test), allow(dead_code))]
/// The form's writer ([`sitrep_record::packed`]: strings in one block,
/// numbers in another, about 60,000 strings), with the lexicon's lists.
#[derive(Default)]
struct Writer(PackedWriter);

impl std::ops::Deref for Writer {
    type Target = PackedWriter;
    fn deref(&self) -> &PackedWriter {
        &self.0
    }
}

impl std::ops::DerefMut for Writer {
    fn deref_mut(&mut self) -> &mut PackedWriter {
        &mut self.0
    }
}

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    fn opt_str(&mut self, s: &Option<LexStr>) {
        self.0.opt_str(s.as_deref());
    }

    /// How many lists `lists` holds and how many items in all, before the
    /// lists themselves: the reader makes room for every item at once
    /// (growing the items as it read them cost five copies of the largest
    /// table, about 1 M instructions a start-up).
    fn lists_header<T>(&mut self, lists: &Lists<T>) {
        self.count(lists.len());
        self.count(lists.items_len());
    }

    fn strs(&mut self, list: &[LexStr]) {
        self.count(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn owned_strs(&mut self, list: &[String]) {
        self.count(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn u32s(&mut self, list: &[u32]) {
        self.count(list.len());
        for &n in list {
            self.u32(n);
        }
    }

    fn rows(&mut self, list: &[(u32, Form)]) {
        self.count(list.len());
        for (entry, form) in list {
            self.u32(*entry);
            self.u32(index_of(&FORMS, form));
        }
    }
}

/// The bytes of `lex`'s trigger tables.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn encode(lex: &EventLexicon) -> Vec<u8> {
    let mut w = Writer::default();
    w.count(lex.entries.len());
    for e in &lex.entries {
        w.u32(
            e.event_type
                .map_or(ABSENT, |t| index_of(&EventType::ALL, &t)),
        );
        w.opt_str(&e.mode);
        w.opt_str(&e.cameo);
        w.u32(index_of(&POS, &e.pos));
        w.u32(index_of(&CLASSES, &e.class));
        w.strs(&e.tail);
    }
    w.lists_header(&lex.phrase_words);
    for words in lex.phrase_words.iter() {
        w.strs(words);
    }
    w.lists_header(&lex.surfaces);
    for list in lex.surfaces.iter() {
        w.rows(list);
    }
    // The gapped rows as their three lists (see `GappedRows`).
    w.count(lex.gapped.keys.len());
    for &key in &lex.gapped.keys {
        w.u64(key);
    }
    w.u32s(&lex.gapped.ends);
    w.rows(&lex.gapped.rows);
    w.count(lex.gapped_stems.len());
    for &bits in &lex.gapped_stems {
        w.u64(bits);
    }
    word_ids(&mut w, &lex.object_stems);
    w.lists_header(&lex.word_phrases);
    for phrases in lex.word_phrases.iter() {
        w.u32s(phrases);
    }
    word_ids(&mut w, &lex.second_words);
    let mut pairs: Vec<_> = lex.pairs.iter().collect();
    pairs.sort_unstable_by_key(|(k, _)| **k);
    w.count(pairs.len());
    for (key, list) in pairs {
        w.u64(*key);
        w.u32s(list);
    }
    w.lists_header(&lex.tail_stems);
    for stems in lex.tail_stems.iter() {
        w.strs(stems);
    }
    let mut vocab: Vec<_> = lex.vocab.iter().collect();
    vocab.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    w.count(vocab.len());
    for (word, info) in vocab {
        w.str(&word);
        w.u64(info.classes);
        w.u32(info.cold);
        w.u32(info.single);
        w.u32(info.phrases);
        w.u32(info.gap_stem);
        w.u32(info.second);
        w.u32(
            u32::from(info.multiword)
                | u32::from(info.opens_context) << 1
                | u32::from(info.domain) << 2
                | u32::from(info.rare) << 8,
        );
    }
    let mut affixes: Vec<_> = lex.affixes.iter().collect();
    affixes.sort_unstable_by(|a, b| a.0.cmp(b.0));
    w.count(affixes.len());
    for (word, list) in affixes {
        w.str(word);
        w.u32s(list);
    }
    // The listed classes of the word-class file (`ListedClasses`), so a
    // start-up does not read that file again for them.
    let listed = &lex.listed;
    word_ids(&mut w, &listed.token_classes);
    w.count(listed.longest_token_word);
    for &shapes in &listed.class_shapes {
        w.u64(shapes);
    }
    for modes in listed.mode_lists() {
        w.owned_strs(modes);
    }
    w.count(listed.reciprocals.len());
    for phrase in &listed.reciprocals {
        w.owned_strs(phrase);
    }
    w.0.finish()
}

#[cfg_attr(not(test), allow(dead_code))]
fn word_ids(w: &mut Writer, map: &WordMap<u32>) {
    let mut words: Vec<_> = map.iter().collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    w.count(words.len());
    for (word, id) in words {
        w.str(&word);
        w.u32(*id);
    }
}

/// Reads what [`encode`] wrote, in the same order: the form's reader
/// ([`PackedReader`]), with the lexicon's lists.
struct Reader(PackedReader<'static>);

impl std::ops::Deref for Reader {
    type Target = PackedReader<'static>;
    fn deref(&self) -> &PackedReader<'static> {
        &self.0
    }
}

impl std::ops::DerefMut for Reader {
    fn deref_mut(&mut self) -> &mut PackedReader<'static> {
        &mut self.0
    }
}

// Every reader is inlined into `decode`: about 80,000 strings and 200,000
// numbers are read a start-up, and a call apiece (`str` was not inlined)
// cost more than the read.
impl Reader {
    #[inline]
    fn opt_str(&mut self) -> Option<LexStr> {
        self.0.opt_str().map(LexStr::Borrowed)
    }

    /// A list of strings, borrowed from the form (see [`LexStr`]).
    #[inline]
    fn strs(&mut self) -> Vec<LexStr> {
        let n = self.count();
        (0..n).map(|_| LexStr::Borrowed(self.str())).collect()
    }

    /// What [`Writer::owned_strs`] wrote, as owned strings (the listed
    /// classes' few words).
    fn owned_strs(&mut self) -> Vec<String> {
        let n = self.count();
        (0..n).map(|_| self.str().to_string()).collect()
    }

    /// What [`Writer::lists_header`] wrote: how many lists, how many items.
    #[inline]
    fn lists_header(&mut self) -> (usize, usize) {
        let lists = self.count();
        (lists, self.count())
    }

    /// Lists of strings (each as [`Reader::strs`] reads it) after their
    /// [`Writer::lists_header`], into one [`Lists`].
    fn lists_of_strs(&mut self) -> Lists<LexStr> {
        let (n, items) = self.lists_header();
        let mut lists = Lists::with_capacity(n, items);
        for _ in 0..n {
            for _ in 0..self.count() {
                lists.push_item(LexStr::Borrowed(self.str()));
            }
            lists.end_list();
        }
        lists
    }

    /// Lists of numbers (each as [`Reader::u32s`] reads it) after their
    /// [`Writer::lists_header`], into one [`Lists`].
    fn lists_of_u32s(&mut self) -> Lists<u32> {
        let (n, items) = self.lists_header();
        let mut lists = Lists::with_capacity(n, items);
        for _ in 0..n {
            let len = self.count();
            for b in self.take(4 * len).chunks_exact(4) {
                lists.push_item(u32::from_le_bytes(b.try_into().expect("four bytes")));
            }
            lists.end_list();
        }
        lists
    }

    /// Lists of (entry, form) rows (each as [`Reader::rows`] reads it)
    /// after their [`Writer::lists_header`], into one [`Lists`].
    fn lists_of_rows(&mut self) -> Lists<(u32, Form)> {
        let (n, items) = self.lists_header();
        let mut lists = Lists::with_capacity(n, items);
        for _ in 0..n {
            let len = self.count();
            for b in self.take(8 * len).chunks_exact(8) {
                lists.push_item(row_of(b));
            }
            lists.end_list();
        }
        lists
    }

    /// A list of numbers, taken as one block and cut into four-byte
    /// pieces (one bounds test for the list, not one a number).
    #[inline]
    fn u32s(&mut self) -> Vec<u32> {
        let n = self.count();
        self.0.u32s(n)
    }

    /// A list of (entry, form) rows, taken as one block like [`Reader::u32s`].
    #[inline]
    fn rows(&mut self) -> Vec<(u32, Form)> {
        let n = self.count();
        self.take(8 * n).chunks_exact(8).map(row_of).collect()
    }

    fn word_ids(&mut self) -> WordMap<u32> {
        let n = self.count();
        let mut map = WordMap::default();
        map.reserve(n);
        for _ in 0..n {
            let word = self.str();
            let id = self.u32();
            map.insert_str(word, id);
        }
        map
    }
}

/// One (entry, form) row of eight bytes.
#[inline]
fn row_of(b: &[u8]) -> (u32, Form) {
    let number = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"));
    (number(0), FORMS[number(4) as usize])
}

/// The lexicon whose trigger tables [`encode`] wrote, with the default
/// claims' word classes and no event filter.
pub(crate) fn decode(form: &'static [u8]) -> EventLexicon {
    let mut r = Reader(PackedReader::new(form));
    let n = r.count();
    let entries: Vec<Entry> = (0..n)
        .map(|_| {
            let event_type = match r.u32() {
                ABSENT => None,
                t => Some(EventType::ALL[t as usize]),
            };
            let mode = r.opt_str();
            let cameo = r.opt_str();
            let pos = POS[r.count()];
            let class = CLASSES[r.count()];
            let tail = r.strs();
            Entry {
                event_type,
                mode,
                cameo,
                pos,
                class,
                tail,
            }
        })
        .collect();
    let phrase_words = r.lists_of_strs();
    let surfaces = r.lists_of_rows();
    let n = r.count();
    let gapped = GappedRows {
        keys: r
            .take(8 * n)
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
            .collect(),
        ends: r.u32s(),
        rows: r.rows(),
    };
    let n = r.count();
    let gapped_stems = (0..n).map(|_| r.u64()).collect();
    let object_stems = r.word_ids();
    let word_phrases = r.lists_of_u32s();
    let second_words = r.word_ids();
    let n = r.count();
    let mut pairs: FastMap<u64, Vec<u32>> = FastMap::default();
    pairs.reserve(n);
    for _ in 0..n {
        let key = r.u64();
        pairs.insert(key, r.u32s());
    }
    let tail_stems = r.lists_of_strs();
    let n = r.count();
    let mut vocab: WordMap<WordInfo> = WordMap::default();
    vocab.reserve(n);
    for _ in 0..n {
        let word = r.str();
        let classes = r.u64();
        let cold = r.u32();
        let single = r.u32();
        let phrases = r.u32();
        let gap_stem = r.u32();
        let second = r.u32();
        let bits = r.u32();
        vocab.insert_str(
            word,
            WordInfo {
                classes,
                cold,
                single,
                phrases,
                gap_stem,
                second,
                multiword: bits & 1 != 0,
                opens_context: bits & 2 != 0,
                domain: bits & 4 != 0,
                rare: (bits >> 8) as u8,
            },
        );
    }
    let n = r.count();
    let mut affixes: FastMap<String, Vec<u32>> = FastMap::default();
    for _ in 0..n {
        let word = r.str().to_string();
        affixes.insert(word, r.u32s());
    }
    let mut listed = ListedClasses {
        token_classes: r.word_ids(),
        longest_token_word: r.count(),
        ..ListedClasses::default()
    };
    for shapes in listed.class_shapes.iter_mut() {
        *shapes = r.u64();
    }
    for modes in listed.mode_lists_mut() {
        *modes = r.owned_strs();
    }
    let n = r.count();
    listed.reciprocals = (0..n).map(|_| r.owned_strs()).collect();
    assert!(r.is_done(), "the whole form is read");
    EventLexicon {
        entries,
        phrase_words,
        surfaces,
        gapped,
        gapped_stems,
        object_stems,
        word_phrases,
        second_words,
        pairs,
        tail_stems,
        vocab,
        affixes,
        claim_words: Default::default(),
        filter: Default::default(),
        listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{EVENTS_CAMEO_TSV, EVENTS_IRREGULAR_TSV, EVENTS_TSV, EVENTS_WORDS_TSV};

    fn fresh_builtin() -> EventLexicon {
        EventLexicon::from_sources(
            &[EVENTS_CAMEO_TSV, EVENTS_TSV],
            EVENTS_IRREGULAR_TSV,
            EVENTS_WORDS_TSV,
        )
        .expect("the built-in lexicon builds")
    }

    #[test]
    fn prebuilt_builtin_equals_a_fresh_build() {
        assert!(
            encode(&fresh_builtin()) == crate::PREBUILT_LEXICON,
            "build.rs wrote another lexicon than the built-in files build"
        );
    }

    #[test]
    fn decoding_gives_back_the_encoded_tables() {
        let decoded = decode(crate::PREBUILT_LEXICON);
        assert!(encode(&decoded) == crate::PREBUILT_LEXICON);
        let fresh = fresh_builtin();
        assert_eq!(decoded.len(), fresh.len());
        // Spot checks of what encode/decode could drop without the byte
        // comparison noticing (both sides would lose it alike).
        let mut buf = String::new();
        for word in ["attack", "attacked", "sanctions", "the", "would"] {
            let (a, b) = (decoded.lookup(word, &mut buf), fresh.lookup(word, &mut buf));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{word}");
        }
        assert_eq!(
            format!("{:?}", decoded.entries),
            format!("{:?}", fresh.entries)
        );
        assert_eq!(decoded.phrase_words, fresh.phrase_words);
        assert_eq!(decoded.tail_stems, fresh.tail_stems);
        assert_eq!(decoded.gapped_stems, fresh.gapped_stems);
        assert_eq!(decoded.gapped, fresh.gapped);
    }

    /// The gapped rows' table answers each key with its own rows, in their
    /// order, and a key it lacks (before the first, between two, after the
    /// last) with none.
    #[test]
    fn gapped_rows_answer_each_key_as_its_list_did() {
        let mut map: FastMap<u64, Vec<(u32, Form)>> = FastMap::default();
        for key in [3u64, 7, 8, 1 << 40, (5 << 32) | 2] {
            let rows = (0..key % 4 + 1)
                .map(|i| ((key as u32) ^ i as u32, FORMS[i as usize % FORMS.len()]))
                .collect();
            map.insert(key, rows);
        }
        let table = GappedRows::of(map.clone());
        assert!(table.keys.windows(2).all(|w| w[0] < w[1]));
        for (key, rows) in &map {
            assert_eq!(table.get(*key), Some(rows.as_slice()), "{key}");
        }
        for absent in [0u64, 4, 9, (5 << 32) | 1, u64::MAX] {
            assert_eq!(table.get(absent), None, "{absent}");
        }
        assert_eq!(GappedRows::of(FastMap::default()).get(3), None);
        // The built-in lexicon's table, read back, answers as a fresh one.
        let (decoded, fresh) = (decode(crate::PREBUILT_LEXICON), fresh_builtin());
        assert!(!fresh.gapped.keys.is_empty());
        for &key in &fresh.gapped.keys {
            assert_eq!(decoded.gapped.get(key), fresh.gapped.get(key));
        }
    }

    #[test]
    fn a_user_trigger_file_still_builds_at_run_time() {
        let dir =
            std::env::temp_dir().join(format!("sitrep-events-prebuilt-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("lexicons")).unwrap();
        // The built-in header, then a verb no built-in row has.
        let header = EVENTS_TSV
            .1
            .lines()
            .find(|l| l.starts_with("phrase\t"))
            .unwrap();
        std::fs::write(
            dir.join("lexicons/events.tsv"),
            format!("{header}\nblorp\t\tverb\tASSAULT\t\t190\tevent\t\n"),
        )
        .unwrap();
        let result = sitrep_record::data_dir::DataDir::new(&dir)
            .and_then(|data| EventLexicon::builtin_with(&data));
        std::fs::remove_dir_all(&dir).unwrap();
        let lex = result.expect("the user's lexicon builds");
        let mut buf = String::new();
        assert!(lex
            .lookup("blorped", &mut buf)
            .is_some_and(|i| i.single != crate::lexicon::NO_ID));
        let builtin = EventLexicon::builtin().unwrap();
        assert!(builtin.lookup("blorped", &mut buf).is_none());
    }
}
