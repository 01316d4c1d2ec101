//! Walking the words of a byte range: words split at spaces and line breaks
//! (`words_in`, `WordsForward`, `WordsBack`, `word_before`), byte-level
//! helpers, and one-word tests that read the word lists (`lower_in`,
//! `is_said_form`, `is_coordinator`, `is_abbreviation`).

use super::*;

pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Whether the words before a participle cue (`head`, trimmed) end in the
/// mark that sets the participle off from its clause: a comma or a dash, or
/// a comma inside a closing quotation mark ("hailed the vote as
/// "fantastic," telling reporters …", the American order), after which
/// the participle still speaks for the clause's subject.
pub(crate) fn sets_off_participle(head: &str) -> bool {
    const CLOSING: [char; 4] = ['"', '\'', '\u{201d}', '\u{2019}'];
    head.ends_with([',', '\u{2014}'])
        || (head.ends_with(CLOSING)
            && head
                .trim_end_matches(CLOSING)
                .strip_suffix(',')
                .is_some_and(|h| !h.is_empty()))
}

/// Whether `w` is written in lower-case ASCII letters only: the
/// `bare_clause_*` rows match as written ("He" opening a sentence after a
/// cue is no clause subject of it).
pub(crate) fn is_lower_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether `w` is a lower-case word in -s that is no -ss word ("allies",
/// "praises"; not "press"): a plural noun or a verb's third person, the
/// caller's context tells which. Unlike [`sitrep_text::s_form`] it keeps
/// the words in -us and -is ("focus", "crisis"): its callers read the word
/// right beside a name, a speaker noun or a cue, where the place already
/// tells a verb or a plural, and were written and tuned with those words
/// counted; narrowing it is a rule change for a branch that measures it.
pub(crate) fn lower_s_form(w: &str) -> bool {
    sitrep_text::single_s_ending(w) && is_lower_word(w)
}

/// The shortest present in -s the walks take for a verb ("says", "asks";
/// not "gas", "bus").
const PRESENT_S_MIN_BYTES: usize = 4;

/// Whether `w` is a lower-case present in -s long enough to be read as a
/// verb ([`lower_s_form`] of four bytes or more): the test of the verb after
/// a speaker's phrase (`verb_follows`) and of a present verb before its
/// object (`present_verb_with_object`).
pub(crate) fn lower_present_s(w: &str) -> bool {
    w.len() >= PRESENT_S_MIN_BYTES && lower_s_form(w)
}

/// Whether `w`, written in lower case, has a row of `class` (looked up as
/// written, not folded: a capitalized word opens a sentence or a name).
/// Inlined: the rules ask it some 75,000 times per 500 articles, and the
/// call cost about as much as the test.
#[inline]
pub(crate) fn lower_in(wd: &DocWords, w: &str, class: words::Classes) -> bool {
    is_lower_word(w) && wd.exact(w) & class != 0
}

/// `phrase` (a speaker's text) as the slice of `text` it was copied from,
/// when it opens the speaker's `span` there, else `phrase` itself: the same
/// bytes, whose words [`DocWords`] then answers from what the walk that found
/// the speaker looked up, instead of probing the word table again.
pub(crate) fn in_document<'t>(text: &'t str, span: Option<&Span>, phrase: &'t str) -> &'t str {
    span.and_then(|sp| text.get(sp.start..sp.start + phrase.len()))
        .filter(|copy| *copy == phrase)
        .unwrap_or(phrase)
}

/// Whether `w` is a `said_form` ("said", "told") as written in lower case.
#[inline]
pub(crate) fn is_said_form(wd: &DocWords, w: &str) -> bool {
    lower_in(wd, w, words::SAID_FORM)
}

/// Whether `w` is a `coordinator` ("and", "but", "or") as written in lower
/// case: a capitalized "And" opens a sentence, not a coordinated clause.
#[inline]
pub(crate) fn is_coordinator(wd: &DocWords, w: &str) -> bool {
    lower_in(wd, w, words::COORDINATOR)
}

/// Whether `w` is a [`is_coordinator`] that joins parts ("and", "or"), not a
/// `contrast_conjunction` ("but"), which joins none.
pub(crate) fn is_joining_coordinator(wd: &DocWords, w: &str) -> bool {
    is_coordinator(wd, w) && wd.exact(w) & words::CONTRAST_CONJUNCTION == 0
}

/// Whether `head`, the words of a sentence before a verb at `at` (trimmed),
/// ends with the coordinator that makes the verb share the subject of the
/// clause before it ("he promised … and vowed …", "… but admitted …").
pub(crate) fn ends_with_coordinator(text: &str, head: &str, at: usize) -> bool {
    before_trailing_coordinator(text, head, at).is_some()
}

/// Where `head` (as [`ends_with_coordinator`]) ends before its final "and"
/// or "but" and the space before it. In a headline written in title case
/// the coordinator is capitalized too ("Le Pen Backs Trump And Denounces
/// Clinton": Le Pen denounces, and what she backs is "Trump").
pub(crate) fn before_trailing_coordinator(text: &str, head: &str, at: usize) -> Option<usize> {
    let lower = head.ends_with(" and") || head.ends_with(" but");
    let capital = !lower
        && (head.ends_with(" And") || head.ends_with(" But"))
        && crate::cue::in_title_case_line(text, at);
    (lower || capital).then(|| head.len() - " and".len())
}

/// Trims spaces and edge punctuation from `start..end`.
pub(crate) fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end && matches!(b[start], b' ' | b',' | b':' | b'"') {
        start += 1;
    }
    while end > start && matches!(b[end - 1], b' ' | b',' | b'.' | b':' | b'"' | b';') {
        // 'dismissed the report as "baseless".': a closing quote whose
        // opening quote is inside the span stays, or the span would hold
        // an unbalanced quote. Counted only at a trailing quote (rare).
        if b[end - 1] == b'"' && b[start..end - 1].iter().filter(|&&c| c == b'"').count() % 2 == 1 {
            break;
        }
        end -= 1;
    }
    (start, end)
}

/// Titles and initials that end in a period inside a name; a bracket may
/// open the name ("(Mr. Trump has denied …)").
pub(crate) fn is_abbreviation(wd: &DocWords, w: &str) -> bool {
    let core = w.trim_start_matches(['(', '[']).trim_end_matches('.');
    core.contains('.')
        || wd.exact(core) & words::ABBREVIATION != 0
        || (core.len() == 1 && core.chars().all(|c| c.is_ascii_uppercase()))
}

/// Words of `text[lo..hi]` as (start, end) byte ranges, split at spaces and
/// line breaks. Byte by byte: both separators are ASCII, so they never occur
/// inside a multi-byte character and every range is on character boundaries.
pub(crate) fn words_in(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(16);
    // A run of separators, then a run of word bytes, each a tight loop of
    // its own: one state test a byte (a word started or not) cost more than
    // the byte's own test.
    let bytes = &text.as_bytes()[..hi];
    let mut pos = lo;
    loop {
        while pos < hi && is_word_separator(bytes[pos]) {
            pos += 1;
        }
        if pos >= hi {
            return out;
        }
        let start = pos;
        pos = word_end(bytes, pos, hi);
        out.push((start, pos));
    }
}

/// Whether `items` yields at least `n` items, taking no more than `n`: a
/// rule that asks for a few words before a comma need not count every word
/// of a long content.
#[inline]
pub(crate) fn at_least<I: Iterator>(mut items: I, n: usize) -> bool {
    n == 0 || items.nth(n - 1).is_some()
}

/// The words of `text[lo..hi]` as [`words_in`] splits them, one at a time
/// and without a `Vec`: for a rule that stops at its first word that fails.
pub(crate) struct WordsForward<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
    pub(crate) hi: usize,
}

impl<'a> WordsForward<'a> {
    pub(crate) fn new(text: &'a str, lo: usize, hi: usize) -> WordsForward<'a> {
        WordsForward {
            bytes: text.as_bytes(),
            pos: lo,
            hi,
        }
    }
}

impl Iterator for WordsForward<'_> {
    type Item = (usize, usize);

    // Inlined: the walks call it once a word, and a call cost as much as a
    // short word's split. Always: the anaphor's walk over whole sentences
    // (`unknown_speaker_in_part`) called it out of line, 48,806 times on r500.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        while self.pos < self.hi && is_word_separator(self.bytes[self.pos]) {
            self.pos += 1;
        }
        if self.pos == self.hi {
            return None;
        }
        let start = self.pos;
        self.pos = word_end(self.bytes, self.pos, self.hi);
        Some((start, self.pos))
    }
}

/// The byte offset right after the last of the ASCII `marks` in `s`, 0 when
/// there is none: where the word ending `s` starts. By bytes, because a
/// `char` set makes `rfind` decode every character it passes; an ASCII byte
/// never occurs inside a multi-byte character, so the offset is the same.
#[inline]
pub(crate) fn after_last_of(s: &str, marks: &[u8]) -> usize {
    debug_assert!(marks.is_ascii());
    s.as_bytes()
        .iter()
        .rposition(|b| marks.contains(b))
        .map_or(0, |p| p + 1)
}

/// What [`words_in`] and [`WordsBack`] split words at.
#[inline]
pub(crate) fn is_word_separator(b: u8) -> bool {
    b == b' ' || b == b'\n'
}

/// The eight bytes of `chunk` (first byte lowest) with 0x80 in each lane
/// holding a word separator and 0 in every other lane, exactly: a lane's low
/// seven bits plus 0x7f reach its high bit unless they are all zero, and no
/// addition carries into the next lane.
#[inline(always)]
fn separator_lanes(chunk: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let zero_lanes = |v: u64| !((v & LOW7).wrapping_add(LOW7) | v | LOW7);
    zero_lanes(chunk ^ 0x2020_2020_2020_2020) | zero_lanes(chunk ^ 0x0a0a_0a0a_0a0a_0a0a)
}

/// The eight bytes of `bytes[at..at + 8]` as one integer, first byte lowest.
#[inline(always)]
fn eight_bytes(bytes: &[u8], at: usize) -> u64 {
    let mut chunk = [0; 8];
    chunk.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(chunk)
}

/// Where the word running from `pos` ends: the first separator in
/// `bytes[pos..hi]`, or `hi`. Eight bytes at a time while eight remain:
/// every walk splits its words here, and a byte loop spends a compare and a
/// branch on each byte of each word.
#[inline]
pub(crate) fn word_end(bytes: &[u8], mut pos: usize, hi: usize) -> usize {
    while pos + 8 <= hi {
        let lanes = separator_lanes(eight_bytes(bytes, pos));
        if lanes != 0 {
            return pos + lanes.trailing_zeros() as usize / 8;
        }
        pos += 8;
    }
    while pos < hi && !is_word_separator(bytes[pos]) {
        pos += 1;
    }
    pos
}

/// Where the word ending at `end` starts: right after the last separator
/// in `bytes[lo..end]`, or `lo`. The backward twin of [`word_end`].
#[inline]
pub(crate) fn word_start(bytes: &[u8], lo: usize, end: usize) -> usize {
    let mut pos = end;
    while pos >= lo + 8 {
        let lanes = separator_lanes(eight_bytes(bytes, pos - 8));
        if lanes != 0 {
            // The highest lane is the separator nearest `pos`.
            let last = (63 - lanes.leading_zeros() as usize) / 8;
            return pos - 8 + last + 1;
        }
        pos -= 8;
    }
    while pos > lo && !is_word_separator(bytes[pos - 1]) {
        pos -= 1;
    }
    pos
}

/// `str::split(' ')` by bytes: the same pieces (empty ones included), each
/// found by a plain byte loop. The rules split short phrases at spaces
/// everywhere, mostly to read a word or two, and `str::split` with a `char`
/// sets up a `memchr` search for every piece, which costs several times a
/// short word's bytes. A space is ASCII, so every piece is on character
/// boundaries.
pub(crate) trait SplitSpace {
    fn split_space(&self) -> impl DoubleEndedIterator<Item = &str> + Clone;
}

impl SplitSpace for str {
    #[inline]
    fn split_space(&self) -> impl DoubleEndedIterator<Item = &str> + Clone {
        let base = self.as_ptr() as usize;
        self.as_bytes().split(|&b| b == b' ').map(move |piece| {
            let start = piece.as_ptr() as usize - base;
            &self[start..start + piece.len()]
        })
    }
}

/// The last words of a range, split on demand from its end, on the stack.
/// `np_before` and the relative-clause check read the words before a cue
/// backwards and mostly stop after two or three, so splitting more of the
/// range, or into a heap `Vec`, for every cue would be waste. At most
/// `cap` words are ever seen: the rules read no further, and the bound
/// keeps long sentences with many cues linear.
pub(crate) struct WordsBack<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) lo: usize,
    /// Where the backward split has got to.
    pub(crate) pos: usize,
    pub(crate) cap: usize,
    /// The words split so far, last word first.
    pub(crate) spans: [(usize, usize); WordsBack::MAX],
    pub(crate) len: usize,
}

impl<'a> WordsBack<'a> {
    pub(crate) const MAX: usize = NP_MAX_WORDS + 3;

    /// The words of `text[lo..end]`, as [`words_in`] splits them, of which
    /// only the last `cap` (at most `MAX`) can be read.
    pub(crate) fn new(text: &'a str, lo: usize, end: usize, cap: usize) -> WordsBack<'a> {
        WordsBack {
            bytes: text.as_bytes(),
            lo,
            pos: end,
            cap: cap.min(WordsBack::MAX),
            spans: [(0, 0); WordsBack::MAX],
            len: 0,
        }
    }

    /// The `k`-th word from the end (0 is the last word), `None` when the
    /// range has no more words or `k` is at or past the cap.
    #[inline]
    pub(crate) fn get(&mut self, k: usize) -> Option<(usize, usize)> {
        // The rules read the same few words again and again: those split
        // already are answered here, without the call that splits more.
        if k < self.len {
            return Some(self.spans[k]);
        }
        self.split_to(k)
    }

    /// [`WordsBack::get`] for a word not split yet.
    #[inline(never)]
    fn split_to(&mut self, k: usize) -> Option<(usize, usize)> {
        while self.len <= k && self.len < self.cap {
            let Some(word) = word_before(self.bytes, self.lo, self.pos) else {
                self.pos = self.lo;
                break;
            };
            self.pos = word.0;
            self.spans[self.len] = word;
            self.len += 1;
        }
        (k < self.len).then(|| self.spans[k])
    }
}

/// The last word of `bytes[lo..end]` as [`words_in`] splits it, `None` when
/// the range holds only separators.
// Always inlined: `WordsBack` and the rules call it once a word, and since
// `word_start` grew the compiler had made it a call.
#[inline(always)]
pub(crate) fn word_before(bytes: &[u8], lo: usize, end: usize) -> Option<(usize, usize)> {
    let mut pos = end;
    while pos > lo && is_word_separator(bytes[pos - 1]) {
        pos -= 1;
    }
    if pos == lo {
        return None;
    }
    Some((word_start(bytes, lo, pos), pos))
}

/// Whether `hay` holds `needle` (ASCII) in any ASCII case, as
/// `hay.to_ascii_lowercase().contains(needle)` says for a lower-case
/// needle, without the lower-cased copy: lower-casing changes only ASCII
/// letters, byte for byte.
pub(crate) fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    debug_assert!(needle.is_ascii());
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    // Only where the first byte stands, in either case, is the rest compared.
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h).any(|p| {
        h.get(p..p + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// The byte offset of the last ", " in `s`, as `s.rfind(", ")` gives it:
/// `memrchr` from comma to comma instead of setting up a substring searcher.
pub(crate) fn rfind_comma_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr_iter(b',', b).find(|&at| b.get(at + 1) == Some(&b' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte loops [`word_end`] and [`word_start`] stand for.
    fn word_end_by_bytes(bytes: &[u8], mut pos: usize, hi: usize) -> usize {
        while pos < hi && !is_word_separator(bytes[pos]) {
            pos += 1;
        }
        pos
    }

    fn word_start_by_bytes(bytes: &[u8], lo: usize, mut pos: usize) -> usize {
        while pos > lo && !is_word_separator(bytes[pos - 1]) {
            pos -= 1;
        }
        pos
    }

    #[test]
    fn eight_byte_word_scans_find_what_the_byte_loops_find() {
        // Words shorter and longer than eight bytes, both separators,
        // separators in runs and at either end, bytes with the high bit set
        // (a multi-byte character, 0x80 and 0xa0 lanes that differ from a
        // space or a line break only in that bit) and bytes one off a
        // separator (0x1f, 0x21, 0x09, 0x0b).
        let texts: [&[u8]; 8] = [
            b"said the minister of foreign affairs on Tuesday",
            b"  two  spaces\n\nand breaks \n",
            b"averyveryverylongwordwithoutanyseparatorinside",
            "Erdo\u{11f}an\u{2019}s ministry \u{a0}said caf\u{e9}".as_bytes(),
            b"\x80\xa0\x8a\x20\x0a\x1f\x21\x09\x0b\x00x",
            b"a b c d e f g h i j k l m n o p",
            b"",
            b"12345678 12345678\n12345678",
        ];
        for text in texts {
            for lo in 0..=text.len() {
                for hi in lo..=text.len() {
                    assert_eq!(
                        word_end(text, lo, hi),
                        word_end_by_bytes(text, lo, hi),
                        "word_end {text:?} {lo}..{hi}"
                    );
                    assert_eq!(
                        word_start(text, lo, hi),
                        word_start_by_bytes(text, lo, hi),
                        "word_start {text:?} {lo}..{hi}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_back_reads_the_words_words_in_splits() {
        let text = "Jo Roe,  a spokeswoman for\nthe ministry,   said";
        let all = words_in(text, 0, text.len());
        let mut back = WordsBack::new(text, 0, text.len(), WordsBack::MAX);
        // Read out of order: later words first, then the cached ones again.
        for k in [3, 0, 5, 1, 2, 4, 3, 0] {
            assert_eq!(back.get(k), Some(all[all.len() - 1 - k]));
        }
        assert_eq!(back.get(all.len()), None);
        let capped = &mut WordsBack::new(text, 0, text.len(), 2);
        assert_eq!(capped.get(1), Some(all[all.len() - 2]));
        assert_eq!(capped.get(2), None);
    }
}
