//! Language identification (ISO 639-1 codes, as `doc.language` requires).
//!
//! `whatlang` (trigram and script models for 69 languages) decides when its
//! answer is reliable; otherwise a share-of-English-function-words test
//! recognises English in short or headline-heavy texts, where trigram
//! statistics are thin. Anything still undecided is unknown (`None`).
//!
//! Most news is plainly English, and for such a text the trigram model only
//! confirms what the function words already say, at several times their
//! cost; so a sample whose words are at least [`CLEARLY_ENGLISH_PERCENT`]
//! English function words is English without asking `whatlang`.

use whatlang::Lang;

/// Only this much of a document is looked at: enough for a stable answer,
/// cheap for long texts.
const SAMPLE_BYTES: usize = 4096;

/// The language of `text` as an ISO 639-1 code, or `None` when unknown.
pub fn identify(text: &str) -> Option<String> {
    let sample = &text[..char_floor(text, SAMPLE_BYTES)];
    // The trigram model reads only the sample's first
    // [`TRIGRAM_SAMPLE_BYTES`]: when those alone are clearly English, the
    // whole sample would be English too, or it would go to the model, which
    // would read just this English prose. So the function words of the
    // first part decide most news on half the reading.
    let (words, function) = if sample.len() > TRIGRAM_SAMPLE_BYTES {
        let cut = char_floor(sample, TRIGRAM_SAMPLE_BYTES);
        let mut letters = Letters::new(sample);
        let (words, function) = letters.count_first_part(cut);
        if is_clearly_english(words, function) {
            return Some("en".to_string());
        }
        // The rest of the sample: the first part's words are not counted
        // again (news whose start is not clearly English is about a fifth
        // of a real corpus, and the count was read twice for it).
        letters.count_the_rest(cut, (words, function))
    } else {
        sample_function_words(sample)
    };
    if is_clearly_english(words, function) {
        return Some("en".to_string());
    }
    // The trigram model is the costly part (a fifth of the documents of a
    // news corpus reach it); its answer is as stable on the first
    // [`TRIGRAM_SAMPLE_BYTES`] as on the whole sample.
    let tri_end = char_floor(sample, TRIGRAM_SAMPLE_BYTES);
    if let Some(info) = whatlang::detect(&sample[..tri_end]) {
        if info.is_reliable() {
            if let Some(code) = iso639_1(info.lang()) {
                return Some(code.to_string());
            }
        }
    }
    is_english_share(words, function).then(|| "en".to_string())
}

/// The largest character boundary of `text` at or below `at` (its length
/// when shorter).
fn char_floor(text: &str, at: usize) -> usize {
    let mut end = text.len().min(at);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Whether a sample's function-word count makes it English without the
/// trigram model.
fn is_clearly_english(words: usize, function: usize) -> bool {
    words >= CLEARLY_ENGLISH_MIN_WORDS && function * 100 >= words * CLEARLY_ENGLISH_PERCENT
}

/// How much of the sample the trigram model reads.
const TRIGRAM_SAMPLE_BYTES: usize = 2048;

/// A sample with at least this many words ...
const CLEARLY_ENGLISH_MIN_WORDS: usize = 40;
/// ... of which at least this share (percent) are English function words
/// is English. English news prose runs at 20–40% (pages of real news with
/// many names, figures and captions sit at the low end); other languages
/// using the Latin script share a few short words with the list ("a", "in",
/// "is", "was") but stay near 10% (Dutch 7%, Afrikaans 10%, Portuguese 9%;
/// a Portuguese page quoting English at 16%). At 30% half of the English
/// pages of a real-news sample went on to the trigram model for nothing.
const CLEARLY_ENGLISH_PERCENT: usize = 22;

/// A declared language (`en`, `EN-us`, `eng`, `English`) as an ISO 639-1
/// code; `None` when it names no language we know.
pub fn declared(lang: &str) -> Option<String> {
    let lang = lang.trim();
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(primary);
    }
    if primary.len() == 3 {
        if let Some(code) = Lang::from_code(primary.as_str()).and_then(iso639_1) {
            return Some(code.to_string());
        }
    }
    Lang::all()
        .iter()
        .find(|l| l.eng_name().eq_ignore_ascii_case(lang))
        .and_then(|l| iso639_1(*l))
        .map(str::to_string)
}

/// Function words that make up a large share of any English prose
/// ([`is_function_word`] looks them up in [`FUNCTION_WORD_TABLE`]).
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was", "by",
    "as", "it", "at", "from", "his", "her", "has", "have", "are", "be", "an", "not", "will", "its",
    "their", "were",
];

/// True when function words make up a share of tokens typical of English
/// prose (about 40%; the threshold is well below that so short or
/// headline-heavy texts still pass).
pub fn looks_english(text: &str) -> bool {
    let (words, function) = function_words(text);
    is_english_share(words, function)
}

fn is_english_share(words: usize, function: usize) -> bool {
    words >= 5 && function * 100 >= words * 15
}

/// Words (runs of letters) among the first 2,000 of `text`, and how many of
/// them are English function words.
///
/// A byte loop rather than `split(char::is_alphabetic)`: this reads the first
/// 4 KB of every document, and decoding each ASCII byte as a `char` was most
/// of its cost. A non-ASCII byte is decoded, so letters of any script count
/// as they did.
fn function_words(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    // Whether the character at `at` is a letter, and its width, decoding
    // only a non-ASCII byte.
    let letter_at = |at: usize| -> (bool, usize) {
        let b = bytes[at];
        if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        }
    };
    let mut words = 0usize;
    let mut function = 0usize;
    let mut at = 0;
    while at < bytes.len() && words < 2000 {
        let (is_letter, width) = letter_at(at);
        if !is_letter {
            at += width;
            continue;
        }
        let start = at;
        at += width;
        loop {
            // Runs of ASCII letters without the general step per byte.
            while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
                at += 1;
            }
            if at < bytes.len() && !bytes[at].is_ascii() {
                let (is_letter, width) = letter_at(at);
                if is_letter {
                    at += width;
                    continue;
                }
            }
            break;
        }
        words += 1;
        if is_function_word(&text[start..at]) {
            function += 1;
        }
    }
    (words, function)
}

/// [`function_words`] for a text of at most [`SAMPLE_BYTES`], eight bytes at
/// a time: a bit per byte says whether it belongs to a letter, words are the
/// runs of set bits, found with bit operations instead of a branch per byte
/// (this reads the first 4 KB of every document). An eight-byte chunk of
/// ASCII is classified in a few word operations; a chunk holding a non-ASCII
/// byte decodes its characters, so letters of any script count as before.
fn sample_function_words(text: &str) -> (usize, usize) {
    if text.len() > SAMPLE_BYTES {
        return function_words(text);
    }
    let mut letters = Letters::new(text);
    letters.classify_to(text.len());
    letters.count_words(0, (0, 0))
}

/// Which bytes of a sample (at most [`SAMPLE_BYTES`]) belong to letters, a
/// bit a byte, classified from the start up to where [`Letters::classify_to`]
/// last went (the bits past it are clear, so the sample reads as cut there);
/// and its words counted from those bits ([`Letters::count_words`]).
struct Letters<'t> {
    text: &'t str,
    /// One spare mask past the sample's, so a run's window may always read
    /// the mask after its own.
    bits: [u64; SAMPLE_BYTES / 64 + 1],
    /// The bytes before this are classified.
    classified: usize,
}

impl<'t> Letters<'t> {
    fn new(text: &'t str) -> Letters<'t> {
        debug_assert!(text.len() <= SAMPLE_BYTES);
        Letters {
            text,
            bits: [0; SAMPLE_BYTES / 64 + 1],
            classified: 0,
        }
    }

    /// Classifies the bytes from where the last call stopped up to `to` (a
    /// character boundary, at most the sample's length).
    fn classify_to(&mut self, to: usize) {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let mut at = self.classified;
        // Up to an eight-byte boundary one by one, then eight at a time.
        let aligned = at.next_multiple_of(8).min(to);
        mark_letters_one_by_one(text, at, aligned, &mut self.bits);
        at = aligned;
        for chunk in bytes[at..to].chunks_exact(8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if word & HIGH_BITS == 0 {
                let bits = ascii_letter_bits(word);
                self.bits[at / 64] |= bits << (at % 64);
            } else {
                mark_letters_one_by_one(text, at, at + 8, &mut self.bits);
            }
            at += 8;
        }
        if at < to {
            mark_letters_one_by_one(text, at, to, &mut self.bits);
        }
        self.classified = to;
    }

    /// `(words, function)` of the sample's first `cut` bytes (a character
    /// boundary), as [`sample_function_words`] counts them: the bytes past
    /// `cut` are not classified yet, so a word across it is cut short.
    fn count_first_part(&mut self, cut: usize) -> (usize, usize) {
        self.classify_to(cut);
        self.count_words(0, (0, 0))
    }

    /// `(words, function)` of the whole sample, given `first`, what
    /// [`Letters::count_first_part`] counted up to `cut`: the words after
    /// it are counted on, and the word across it (counted cut short) is
    /// counted anew.
    fn count_the_rest(&mut self, cut: usize, first: (usize, usize)) -> (usize, usize) {
        let (words, mut function) = first;
        self.classify_to(self.text.len());
        if let Some((start, short, whole)) = self.word_across(cut) {
            function = function + usize::from(self.is_function_word_at(start, whole))
                - usize::from(self.is_function_word_at(start, short));
        }
        self.count_words(cut, (words, function))
    }

    fn is_letter(&self, at: usize) -> bool {
        self.bits[at / 64] >> (at % 64) & 1 != 0
    }

    /// The length of the run of letter bytes from `at`, up to 64 (longer
    /// runs are no function word either way).
    fn run_from(&self, at: usize) -> usize {
        let (i, bit) = (at / 64, at % 64);
        let window = if bit == 0 {
            self.bits[i]
        } else {
            (self.bits[i] >> bit) | (self.bits[i + 1] << (64 - bit))
        };
        (!window).trailing_zeros() as usize
    }

    /// The word running across `cut` (letters just before and at it): its
    /// start, its length cut there, and its whole length.
    fn word_across(&self, cut: usize) -> Option<(usize, usize, usize)> {
        if cut == 0 || cut >= self.classified || !self.is_letter(cut - 1) || !self.is_letter(cut) {
            return None;
        }
        let mut start = cut - 1;
        while start > 0 && self.is_letter(start - 1) {
            start -= 1;
        }
        Some((start, cut - start, self.run_from(start)))
    }

    /// Whether the `len` bytes at `start` are an English function word.
    fn is_function_word_at(&self, start: usize, len: usize) -> bool {
        len <= LONGEST_FUNCTION_WORD
            && is_function_key(function_word_key(&self.text.as_bytes()[start..start + len]))
    }

    /// `(words, function)` counted on from `counted` over the words that
    /// start at `from` or later among the classified bytes (a start: a
    /// letter with none before it), up to 2,000 words in all. A bit per
    /// byte says whether it belongs to a letter, words are the runs of set
    /// bits, found with bit operations instead of a branch per byte (this
    /// reads the first 2 KB of every document).
    fn count_words(&self, from: usize, counted: (usize, usize)) -> (usize, usize) {
        let bytes = self.text.as_bytes();
        let letters = &self.bits;
        let (mut words, mut function) = counted;
        let first_mask = from / 64;
        // Whether the byte before the current mask's first was a letter.
        let mut letter_before = if first_mask == 0 {
            0
        } else {
            letters[first_mask - 1] >> 63
        };
        // The starts before `from` in its mask are not counted; the bits
        // past the classified bytes are clear, so no start lies there.
        let mut counted_from = u64::MAX << (from % 64);
        for i in first_mask..self.classified.div_ceil(64) {
            let mask = letters[i];
            let mut starts = mask & !((mask << 1) | letter_before) & counted_from;
            letter_before = mask >> 63;
            counted_from = u64::MAX;
            while starts != 0 {
                if words == 2000 {
                    return (words, function);
                }
                let bit = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                words += 1;
                // The letter bits from the word's start on (the next mask
                // supplies what this one's end cuts off).
                let window = if bit == 0 {
                    mask
                } else {
                    (mask >> bit) | (letters[i + 1] << (64 - bit))
                };
                let len = (!window).trailing_zeros() as usize;
                if len <= LONGEST_FUNCTION_WORD {
                    let start = i * 64 + bit;
                    let key = if start + 8 <= bytes.len() {
                        // The word's bytes, case-folded, from one load: the
                        // same key as `function_word_key` builds byte by byte.
                        let low = (1u64 << (8 * len)) - 1;
                        let word = u64::from_le_bytes(
                            bytes[start..start + 8].try_into().expect("eight bytes"),
                        );
                        (word | 0x2020_2020_2020_2020) & low
                    } else {
                        function_word_key(&bytes[start..start + len])
                    };
                    if is_function_key(key) {
                        function += 1;
                    }
                }
            }
        }
        (words, function)
    }
}

/// The top bit of each byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// For eight ASCII bytes (little-endian in `word`), a bit per byte (bit `i`
/// for byte `i`): set when the byte is an ASCII letter.
#[inline]
fn ascii_letter_bits(word: u64) -> u64 {
    // Folded to lower case, a letter is 0x61..=0x7a; every byte is below
    // 0x80, so adding these lifts a byte's top bit exactly when it is at
    // least 0x61 (resp. 0x7b), with no carry into the next byte.
    let lower = word | 0x2020_2020_2020_2020;
    let at_least_a = lower.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
    let past_z = lower.wrapping_add(0x0505_0505_0505_0505);
    let letter_high_bits = at_least_a & !past_z & HIGH_BITS;
    // Gathers bit 8i + 7 into bit 56 + i: the multiplier's terms never
    // meet, so no carry disturbs the top byte.
    (letter_high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Sets the bits (in `letters`, a bit a byte) of the letters' bytes among
/// `text[from..to]`: a character that starts there and runs past `to` is
/// marked whole, a character's trailing bytes at `from` were marked with
/// its first.
fn mark_letters_one_by_one(text: &str, from: usize, to: usize, letters: &mut [u64]) {
    let mut mark = |from: usize, to: usize| {
        for at in from..to {
            letters[at / 64] |= 1 << (at % 64);
        }
    };
    let bytes = text.as_bytes();
    for at in from..to {
        let b = bytes[at];
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                mark(at, at + 1);
            }
        } else if text.is_char_boundary(at) {
            let c = text[at..].chars().next().unwrap_or(' ');
            if c.is_alphabetic() {
                mark(at, at + c.len_utf8());
            }
        }
    }
}

/// The longest of [`ENGLISH_FUNCTION_WORDS`], in bytes.
const LONGEST_FUNCTION_WORD: usize = 5;

/// A word of up to eight bytes as one number: its bytes little-endian, each
/// with the 0x20 bit set, zero above its length. For a word of ASCII letters
/// that is its lower-case form; a non-ASCII byte stays non-ASCII, so a word
/// holding one never equals a key of the (ASCII) list. A letter is never 0,
/// so words of different lengths never share a key.
#[inline]
const fn function_word_key(w: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        key |= ((w[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Slots of the function-word table: a power of two about four times the
/// list, so a collision-free multiplier turns up within a few tries.
const FUNCTION_WORD_SLOT_BITS: u32 = 7;

/// The table's slot for a key (multiply-shift hashing).
#[inline]
const fn function_word_slot(key: u64, multiplier: u64) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - FUNCTION_WORD_SLOT_BITS)) as usize
}

/// [`ENGLISH_FUNCTION_WORDS`] as a perfect hash table, built at compile time:
/// the first multiplier (from a fixed pseudo-random sequence) that puts
/// every word's key in a slot of its own, and the keys in their slots (0
/// marks an empty slot; no word's key is 0). A word is then looked up with
/// one multiplication and one comparison: this runs for every word of every
/// document's sample, where a binary search's branches were most of the cost.
const FUNCTION_WORD_TABLE: (u64, [u64; 1 << FUNCTION_WORD_SLOT_BITS]) = {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut tries = 0;
    loop {
        assert!(tries < 10_000, "no collision-free multiplier found");
        tries += 1;
        // splitmix64: a fixed sequence of well-mixed odd multipliers.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        let multiplier = (z ^ (z >> 31)) | 1;
        let mut table = [0u64; 1 << FUNCTION_WORD_SLOT_BITS];
        let mut ok = true;
        let mut i = 0;
        while i < ENGLISH_FUNCTION_WORDS.len() {
            let w = ENGLISH_FUNCTION_WORDS[i].as_bytes();
            assert!(w.len() <= LONGEST_FUNCTION_WORD);
            let key = function_word_key(w);
            let slot = function_word_slot(key, multiplier);
            if table[slot] != 0 && table[slot] != key {
                ok = false;
                break;
            }
            table[slot] = key;
            i += 1;
        }
        if ok {
            break (multiplier, table);
        }
    }
};

/// Whether `w` is one of [`ENGLISH_FUNCTION_WORDS`], ignoring ASCII case.
/// A word too long for the list (or empty: 0 marks an empty slot) is out at
/// once, the rest are one key and one slot.
#[inline]
fn is_function_word(w: &str) -> bool {
    if w.is_empty() || w.len() > LONGEST_FUNCTION_WORD {
        return false;
    }
    is_function_key(function_word_key(w.as_bytes()))
}

/// Whether a word's [`function_word_key`] (non-zero) is one of the list's.
#[inline]
fn is_function_key(key: u64) -> bool {
    let (multiplier, table) = &FUNCTION_WORD_TABLE;
    table[function_word_slot(key, *multiplier)] == key
}

/// ISO 639-1 for every language whatlang knows (all have one).
fn iso639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_function_word_matcher_is_the_list() {
        for w in super::ENGLISH_FUNCTION_WORDS {
            assert!(super::is_function_word(w), "{w}");
            assert!(super::is_function_word(&w.to_uppercase()), "{w}");
        }
        for w in [
            "thee",
            "ofs",
            "",
            "thesis",
            "whichever",
            "é",
            "wére",
            "Thé",
            "and1",
        ] {
            assert!(!super::is_function_word(w), "{w}");
        }
    }

    use super::*;

    /// The first 2 KB decide alone only when they are clearly English; a
    /// sample that is English there and something else after it is English
    /// as the whole sample and the trigram model (which reads those 2 KB)
    /// called it, and a sample whose start is not clearly English is still
    /// read whole.
    #[test]
    fn the_first_part_decides_only_clear_english() {
        let english = "The ministers said on Tuesday that the talks with the delegation \
            were held in the capital and that it was not clear whether they would resume. ";
        let german = "Die Bundesregierung hat am Dienstag neue Massnahmen zur Unterstuetzung \
            der Landwirte angekuendigt, die von der Duerre betroffen sind. ";
        let head = english.repeat(TRIGRAM_SAMPLE_BYTES / english.len() + 1);
        let mixed = format!("{head}{}", german.repeat(30));
        assert!(mixed.len() > SAMPLE_BYTES);
        assert_eq!(identify(&mixed).as_deref(), Some("en"));
        let (words, function) = sample_function_words(&head[..TRIGRAM_SAMPLE_BYTES]);
        assert!(is_clearly_english(words, function));
        // German through the whole sample: not decided by the first part,
        // and German as a whole.
        let german_first = format!("{}{head}", german.repeat(SAMPLE_BYTES / german.len() + 1));
        let (words, function) = sample_function_words(&german_first[..TRIGRAM_SAMPLE_BYTES]);
        assert!(!is_clearly_english(words, function));
        assert_eq!(identify(&german_first).as_deref(), Some("de"));
        // A multi-byte character across the 2 KB mark is not cut.
        let accented = format!("{}é{}", "a".repeat(TRIGRAM_SAMPLE_BYTES - 1), head);
        assert_eq!(
            char_floor(&accented, TRIGRAM_SAMPLE_BYTES),
            TRIGRAM_SAMPLE_BYTES - 1
        );
        // (and reading it does not panic)
        identify(&accented);
    }

    #[test]
    fn identifies() {
        assert_eq!(
            identify(
                "Iran and the United States held talks in Muscat on Saturday, officials said."
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            identify("Le gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.").as_deref(),
            Some("fr")
        );
        assert_eq!(
            identify("Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, die von der Dürre betroffen sind.").as_deref(),
            Some("de")
        );
        assert_eq!(
            identify("Президент России заявил во вторник, что переговоры продолжатся на следующей неделе.").as_deref(),
            Some("ru")
        );
        assert_eq!(identify("12 34 56"), None);
    }

    /// The function-word shortcut takes plain English prose and leaves
    /// other Latin-script languages (which share "a", "in", "on" with the
    /// list) to the trigram model.
    #[test]
    fn clearly_english_shortcut() {
        let english = "The ministers said on Tuesday that the talks with the delegation \
            were held in the capital and that it was not clear whether they would resume. \
            A spokesman for the government said the offer was on the table, and that the \
            two sides had agreed to meet again at the end of the month in the same city.";
        let (w, f) = function_words(english);
        assert!(w >= CLEARLY_ENGLISH_MIN_WORDS && f * 100 >= w * CLEARLY_ENGLISH_PERCENT);
        assert_eq!(identify(english).as_deref(), Some("en"));
        for (text, lang) in [
            (
                "Il ministro ha detto martedì che i colloqui con la delegazione si sono svolti \
              nella capitale e che non era chiaro se sarebbero ripresi. Un portavoce del \
              governo ha detto che l'offerta era sul tavolo e che le due parti avevano \
              concordato di incontrarsi di nuovo alla fine del mese a Roma, in una sala \
              a due passi dal parlamento, con una delegazione in arrivo da Bruxelles.",
                "it",
            ),
            (
                "El ministro dijo el martes que las conversaciones con la delegación se \
              celebraron en la capital y que no estaba claro si se reanudarían. Un portavoz \
              del gobierno dijo que la oferta estaba sobre la mesa y que las dos partes \
              habían acordado reunirse de nuevo a finales de mes en la misma ciudad, a una \
              hora de la frontera, con una delegación que llega desde Bruselas.",
                "es",
            ),
            (
                "Der Minister sagte am Dienstag, die Gespräche mit der Delegation seien in der \
              Hauptstadt geführt worden und es sei nicht klar, ob sie wieder aufgenommen \
              würden. Ein Sprecher der Regierung sagte, das Angebot liege auf dem Tisch und \
              beide Seiten hätten vereinbart, sich am Ende des Monats in Berlin wieder zu \
              treffen, in einem Saal in der Nähe des Parlaments.",
                "de",
            ),
            (
                "De minister zei dinsdag dat de gesprekken met de delegatie in de hoofdstad \
              waren gehouden en dat het niet duidelijk was of ze zouden worden hervat. Een \
              woordvoerder van de regering zei dat het aanbod op tafel lag en dat beide \
              partijen hadden afgesproken elkaar aan het eind van de maand weer te zien.",
                "nl",
            ),
            (
                "Die minister het Dinsdag gesê dat die gesprekke met die afvaardiging in die \
              hoofstad gehou is en dat dit nie duidelik is of hulle hervat sal word nie. Die \
              woordvoerder van die regering het gesê die aanbod is op die tafel en dat albei \
              kante ooreengekom het om aan die einde van die maand weer te vergader.",
                "af",
            ),
        ] {
            let (w, f) = function_words(text);
            assert!(f * 100 < w * CLEARLY_ENGLISH_PERCENT, "{lang}: {f} of {w}");
            assert_eq!(identify(text).as_deref(), Some(lang));
        }
    }

    /// The byte loop counts the words a split on non-letters counts, in any
    /// script, including the 2,000-word cap.
    #[test]
    fn function_words_match_a_split_on_letters() {
        fn by_split(text: &str) -> (usize, usize) {
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(2000)
                .collect();
            let function = words.iter().filter(|w| is_function_word(w)).count();
            (words.len(), function)
        }
        // The sample of `text` (its first `SAMPLE_BYTES`, cut back to a
        // character boundary) is counted as a split on letters counts it.
        fn assert_sample_counts_as_split(text: &str) {
            let mut end = text.len().min(SAMPLE_BYTES);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let sample = &text[..end];
            assert_eq!(
                sample_function_words(sample),
                by_split(sample),
                "{sample:?}"
            );
        }
        let long = "the war in Gaza, and the talks. ".repeat(500);
        for text in [
            "",
            "   ",
            "The talks in Muscat were held on Saturday, officials said.",
            "Iran's minister said: «the offer is on the table» — and it was.",
            "Élysée and Zürich: the café was in Ñuñoa; it is 12km from the coast_line.",
            "Президент заявил, that the talks were 'in the works' 2024-2025.",
            "東京 and 北京 said the 2 sides were at odds",
            "a\u{0301}b and é́é the",
            long.as_str(),
        ] {
            assert_eq!(function_words(text), by_split(text), "{text:?}");
            assert_sample_counts_as_split(text);
        }
        // Pseudo-random texts of letters (several scripts), digits,
        // punctuation and spaces, every length up to the sample's, so words
        // and multi-byte characters fall across every chunk and mask edge;
        // and texts of more than 2,000 words within the sample.
        let pieces = [
            "a", "The", "in", "IS", "their", "Were", "x", "é", "Ñu", "—", "ß", "Д", "東", "'", "-",
            " ", " ", " ", ",", ".", "9", "_", "@", "[", "`", "{", "z", "Z", "wéré", "a\u{301}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for round in 0..300 {
            let mut text = String::new();
            let target = (round * 37) % (SAMPLE_BYTES + 1);
            while text.len() < target {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_sample_counts_as_split(&text);
        }
        let many = "a b ".repeat(1100);
        assert_eq!(sample_function_words(&many), (2000, 1000));
        assert_eq!(sample_function_words(&many), by_split(&many));
    }

    /// The first part counted, then the rest counted on, give what counting
    /// the first part alone and then the whole sample gave: at every kind
    /// of cut (mask and chunk edges, inside a word, a function word cut
    /// into another one: "the|ir", "i|n"), on pseudo-random texts of several
    /// scripts and on prose.
    #[test]
    fn counting_on_after_the_first_part_equals_counting_twice() {
        fn assert_two_parts(text: &str, cut: usize) {
            let sample = &text[..char_floor(text, SAMPLE_BYTES)];
            if !sample.is_char_boundary(cut) || cut > sample.len() {
                return;
            }
            let mut letters = Letters::new(sample);
            let first = letters.count_first_part(cut);
            assert_eq!(
                first,
                sample_function_words(&sample[..cut]),
                "{cut} {sample:?}"
            );
            let whole = letters.count_the_rest(cut, first);
            assert_eq!(whole, sample_function_words(sample), "{cut} {sample:?}");
        }
        let pieces = [
            "a", "The", "in", "IS", "their", "Were", "x", "é", "Ñu", "—", "ß", "Д", "東", "'", "-",
            " ", " ", " ", ",", ".", "9", "_", "their", "z", "Z", "wéré", "a\u{301}", "the",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for round in 0..200 {
            let mut text = String::new();
            let target = TRIGRAM_SAMPLE_BYTES + (round * 29) % (SAMPLE_BYTES + 200);
            while text.len() < target {
                text.push_str(pieces[next(pieces.len())]);
            }
            assert_two_parts(&text, char_floor(&text, TRIGRAM_SAMPLE_BYTES));
            for _ in 0..8 {
                let cut = next(text.len().min(SAMPLE_BYTES) + 1);
                assert_two_parts(&text, cut);
            }
        }
        let prose = "Their minister said it was in the interest of the talks. ".repeat(80);
        for cut in 0..=200 {
            assert_two_parts(&prose, TRIGRAM_SAMPLE_BYTES - 100 + cut);
        }
        for cut in [0, 1, 63, 64, 65, 2047, 2048, 4095, 4096] {
            assert_two_parts(&prose, cut);
            assert_two_parts(&"x".repeat(5000), cut);
            assert_two_parts(&"in ".repeat(2000), cut);
        }
    }

    /// The eight-byte letter test agrees with the byte test for every byte
    /// below 0x80 at every position of the word.
    #[test]
    fn ascii_letter_bits_match_the_byte_test() {
        for b in 0u8..0x80 {
            for position in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[position] = b;
                bytes[(position + 3) % 8] = b'q';
                let expected = bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_alphabetic())
                    .fold(0u64, |bits, (i, _)| bits | 1 << i);
                assert_eq!(
                    ascii_letter_bits(u64::from_le_bytes(bytes)),
                    expected,
                    "{b}"
                );
            }
        }
    }

    /// The hash table answers as a case-blind comparison with the list does.
    #[test]
    fn function_word_table_matches_the_list() {
        let in_list = |w: &str| {
            ENGLISH_FUNCTION_WORDS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(w))
        };
        let mut words: Vec<String> = Vec::new();
        for f in ENGLISH_FUNCTION_WORDS {
            words.push(f.to_string());
            words.push(f.to_ascii_uppercase());
            words.push(format!("{}{}", &f[..1].to_ascii_uppercase(), &f[1..]));
            // One letter more, one less, one changed: not in the list.
            words.push(format!("{f}s"));
            words.push(f[1..].to_string());
            words.push(format!("{}x", &f[..f.len() - 1]));
            words.push(format!("{f}é"));
        }
        for w in [
            "", "x", "thE", "théir", "said", "Said", "says", "wer", "werea", "its", "itS", "the@",
            "th", "@he", "[he", "a\u{301}", "ЕЁ", "on1", "ON", "Their",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(is_function_word(w), in_list(w), "{w:?}");
        }
    }

    #[test]
    fn declared_forms() {
        assert_eq!(declared("EN-us").as_deref(), Some("en"));
        assert_eq!(declared("eng").as_deref(), Some("en"));
        assert_eq!(declared("deu").as_deref(), Some("de"));
        assert_eq!(declared("English").as_deref(), Some("en"));
        assert_eq!(declared("klingon"), None);
        assert_eq!(declared(""), None);
    }
}
