use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes raw article text into the form every span points into.
///
/// - Unicode NFC;
/// - curly, low, angle, prime and full-width quotes become `"` and `'`, so
///   quote handling downstream has one form to look for; two apostrophes or
///   two backticks in a row (the typewriter convention of some archives:
///   ``` ``like this'' ```) become `"`;
/// - figure dash, en dash, em dash, horizontal bar, two- and three-em dashes,
///   and a run of two or three ASCII hyphens (`--`, the typewriter dash)
///   become `—`, with the spacing around them preserved; a run of four or more
///   hyphens (a rule line) is kept as it is;
/// - the hyphen, non-breaking hyphen, minus sign and small/full-width
///   hyphen-minus become `-`; the horizontal ellipsis `…` becomes `...`;
/// - line endings (`\r\n`, lone `\r`, vertical tab, form feed, NEL, line
///   separator) become `\n`; a paragraph separator (U+2029) becomes a blank
///   line;
/// - invisible format characters (zero-width space/joiners, word joiner, soft
///   hyphen, byte-order mark, bidirectional marks and embeddings) and control
///   characters other than line breaks are dropped; tabs, non-breaking and
///   other Unicode spaces become an ASCII space;
/// - runs of spaces collapse to one; lines are trimmed; a single line break
///   inside a paragraph is kept, runs of blank lines collapse to one blank
///   line (the paragraph boundary); the text neither starts nor ends with
///   whitespace.
///
/// The function is total (any `&str` in, no panic), linear in the input, and
/// idempotent: `normalize(&normalize(x)) == normalize(x)`.
pub fn normalize(raw: &str) -> String {
    let (mut text, may_need_nfc) = map_and_collapse(raw);
    // Only text holding a character at or above U+0300 (where combining marks
    // start) can be outside NFC, so most English news skips the costly
    // composition entirely. Dropping invisible characters can bring a base
    // letter and a combining mark together, and composing can (in theory)
    // produce a character the mapping changes, so repeat until both hold; in
    // practice this takes one round.
    if may_need_nfc {
        for _ in 0..4 {
            // A "maybe" of the quick check is settled by composing the text
            // (what `is_nfc` does), and that composition is the one kept, so
            // a text is composed once a round, not once to check and again.
            let composed: String = match is_nfc_quick(text.chars()) {
                IsNormalized::Yes => break,
                IsNormalized::No => compose(&text),
                IsNormalized::Maybe => {
                    let composed = compose(&text);
                    if composed == text {
                        break;
                    }
                    composed
                }
            };
            let mapped = map_and_collapse(&composed).0;
            // Composed text the mapping leaves as it is stays composed (NFC
            // is idempotent), so the next round's check would stop here.
            let unchanged = mapped == composed;
            text = mapped;
            if unchanged {
                break;
            }
        }
    }
    text
}

/// The text in NFC, `text.nfc().collect()`, composing only the stretches
/// around non-ASCII characters.
///
/// An ASCII character is a starter no character composes with and nothing
/// is reordered across, so NFC composes the text before it and the text from
/// it on separately: the NFC of a text is the NFC of its stretches, cut
/// before ASCII characters, one after another, and an all-ASCII stretch is
/// its own NFC. A stretch to compose runs from the ASCII character before a
/// run of non-ASCII characters (a base letter the marks may compose with) to
/// the next ASCII character. News holding a few combining marks (a loanword,
/// a transliterated name) composed its whole text for them: 1.5 M
/// instructions a document.
fn compose(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut composed = String::with_capacity(text.len());
    // Bytes of `text` before this are in `composed`.
    let mut done = 0;
    while let Some(offset) = bytes[done..].iter().position(|b| !b.is_ascii()) {
        let non_ascii = done + offset;
        // The ASCII character before the run (not yet copied: `done` is at
        // the start of the text or of an ASCII character).
        let start = if non_ascii > done {
            non_ascii - 1
        } else {
            done
        };
        let end = bytes[non_ascii..]
            .iter()
            .position(u8::is_ascii)
            .map_or(text.len(), |n| non_ascii + n);
        composed.push_str(&text[done..start]);
        composed.extend(text[start..end].nfc());
        done = end;
    }
    composed.push_str(&text[done..]);
    composed
}

/// Writes normalized text, collapsing whitespace as it goes: spaces and line
/// breaks are held back until the next visible character decides whether
/// they survive (trailing spaces on a line and whitespace at either end of
/// the text never do).
struct Writer {
    out: String,
    pending_space: bool,
    /// Line breaks seen since the last visible character, capped at 2 (a
    /// paragraph break).
    pending_breaks: u8,
    /// A run of `-`, `'` or `` ` `` seen but not yet written, as (byte,
    /// count): two or three hyphens are a typewriter dash, two apostrophes or
    /// two backticks a double quote. Counted on the output side so that a
    /// pair split by a dropped invisible character is treated the same on a
    /// second run.
    pending_run: (u8, usize),
    may_need_nfc: bool,
}

impl Writer {
    fn with_capacity(n: usize) -> Writer {
        Writer {
            out: String::with_capacity(n),
            pending_space: false,
            pending_breaks: 0,
            pending_run: (0, 0),
            may_need_nfc: false,
        }
    }

    #[inline]
    fn flush_run(&mut self) {
        match self.pending_run {
            (_, 0) => return,
            (b'-', 2 | 3) => self.out.push('—'),
            (b'\'' | b'`', 2) => self.out.push('"'),
            (b, n) => {
                for _ in 0..n {
                    self.out.push(b as char);
                }
            }
        }
        self.pending_run = (0, 0);
    }

    /// Writes the whitespace held back before a visible character.
    #[inline]
    fn before_visible(&mut self) {
        if self.pending_breaks > 0 {
            if !self.out.is_empty() {
                self.out.push_str(if self.pending_breaks > 1 {
                    "\n\n"
                } else {
                    "\n"
                });
            }
            self.pending_breaks = 0;
            self.pending_space = false;
        } else if self.pending_space {
            if !self.out.is_empty() {
                self.out.push(' ');
            }
            self.pending_space = false;
        }
    }

    #[inline]
    fn visible_str(&mut self, s: &str) {
        self.flush_run();
        self.before_visible();
        self.out.push_str(s);
    }

    #[inline]
    fn visible_char(&mut self, c: char) {
        self.flush_run();
        self.before_visible();
        // A text is in NFC when no character fails the per-character quick
        // check and none is a combining mark (whose order and composition
        // depend on its neighbours); below U+0300 every character passes.
        if c >= '\u{300}'
            && !self.may_need_nfc
            && (canonical_combining_class(c) != 0
                || !matches!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes))
        {
            self.may_need_nfc = true;
        }
        self.out.push(c);
    }

    /// A `-`, `'` or `` ` ``, held back until the length of its run is known.
    #[inline]
    fn run_byte(&mut self, b: u8) {
        if self.pending_run.0 != b {
            self.flush_run();
            self.before_visible();
            self.pending_run.0 = b;
        }
        self.pending_run.1 += 1;
    }

    #[inline]
    fn space(&mut self) {
        self.flush_run();
        self.pending_space = true;
    }

    #[inline]
    fn line_break(&mut self, count: u8) {
        self.flush_run();
        self.pending_breaks = (self.pending_breaks + count).min(2);
        self.pending_space = false;
    }

    fn finish(mut self) -> (String, bool) {
        self.flush_run();
        (self.out, self.may_need_nfc)
    }
}

/// ASCII bytes copied through unchanged: everything visible except `-`, `'`
/// and `` ` ``, whose runs may become a dash or a double quote.
#[inline]
const fn is_plain_ascii(b: u8) -> bool {
    b >= 0x21 && b <= 0x7E && !matches!(b, b'-' | b'\'' | b'`')
}

/// A byte's part in a copied run of visible ASCII (see [`map_and_collapse`]),
/// from a table: one load a byte instead of [`is_plain_ascii`]'s compares,
/// in the loop over every byte of every text.
const PLAIN: u8 = 1;
/// A space, `-`, `'` or `` ` ``: in a run only when a plain byte follows.
const JOINER: u8 = 2;
/// Anything else ends the run.
const ENDS_RUN: u8 = 0;

const RUN_CLASS: [u8; 256] = {
    let mut table = [ENDS_RUN; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if is_plain_ascii(byte) {
            PLAIN
        } else if matches!(byte, b' ' | b'-' | b'\'' | b'`') {
            JOINER
        } else {
            ENDS_RUN
        };
        b += 1;
    }
    table
};

/// Where the run of visible ASCII that goes on at `i` ends (`bytes[i - 1]`
/// is a plain byte of the run): eight bytes at a time while a whole chunk
/// is sure to belong to it, byte by byte ([`run_step`]) around the rest.
/// Text runs are mostly letters with single spaces, so most chunks pass,
/// and a chunk test costs less than half of eight table lookups.
#[inline]
fn run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while let Some(block) = bytes.get(i..i + RUN_BLOCK) {
            if !whole_block_in_run(block.try_into().expect("a whole block")) {
                break;
            }
            i += RUN_BLOCK;
        }
        while let Some(chunk) = bytes.get(i..i + 8) {
            let mut lanes = [0u8; 8];
            lanes.copy_from_slice(chunk);
            if !whole_chunk_in_run(u64::from_le_bytes(lanes)) {
                break;
            }
            i += 8;
        }
        match run_step(bytes, i) {
            Some(next) => i = next,
            None => return i,
        }
    }
}

/// One step of a run at `i`: past a plain byte, or past a joiner and the
/// plain byte after it; `None` where the run ends.
#[inline]
fn run_step(bytes: &[u8], i: usize) -> Option<usize> {
    match RUN_CLASS[usize::from(*bytes.get(i)?)] {
        PLAIN => Some(i + 1),
        // The joiner and the visible byte after it.
        JOINER
            if bytes
                .get(i + 1)
                .is_some_and(|&b| RUN_CLASS[usize::from(b)] == PLAIN) =>
        {
            Some(i + 2)
        }
        _ => None,
    }
}

/// Whether [`run_step`] would go through all eight bytes of `x` (first
/// byte lowest) after a plain byte: each is plain or a joiner, no joiner
/// follows a joiner (so each joiner's next byte is plain), and the last is
/// no joiner (whose next byte is outside the chunk).
#[inline]
fn whole_chunk_in_run(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    let each = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    // High bit of each byte of `x` equal to `b` (exact: no carries between bytes).
    let equal = |b: u8| {
        let t = x ^ each(b);
        !(((t & LOW7) + LOW7) | t) & HIGH
    };
    let low7 = x & LOW7;
    // 0x21..=0x7E with the high bit clear.
    let visible = (low7 + each(0x80 - 0x21)) & !(low7 + each(0x7f - 0x7e)) & !x & HIGH;
    let marks = equal(b'-') | equal(b'\'') | equal(b'`');
    let joiner = equal(b' ') | marks;
    (visible | joiner) == HIGH && joiner & (joiner << 8) == 0 && joiner >> 56 == 0
}

/// Bytes tested at once by [`whole_block_in_run`].
const RUN_BLOCK: usize = 16;

/// [`whole_chunk_in_run`] for sixteen bytes (first byte lowest) in SSE2
/// compares and two byte masks (every x86-64 processor has SSE2): the
/// word test was most of normalization's instructions. Exact, like the word
/// test: each byte is in 0x20..=0x7E (a plain byte or a joiner), no joiner
/// is followed by a joiner, and the last byte is no joiner.
#[cfg(target_arch = "x86_64")]
#[inline]
fn whole_block_in_run(block: &[u8; RUN_BLOCK]) -> bool {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8, _mm_set_epi64x,
    };
    let half = |at: usize| i64::from_le_bytes(block[at..at + 8].try_into().expect("eight bytes"));
    // SAFETY: these intrinsics need SSE2 and nothing else (no memory is
    // read through a pointer), and SSE2 is part of every x86-64 target.
    let (in_range, joiners) = unsafe {
        let v = _mm_set_epi64x(half(8), half(0));
        // Signed compares: bytes from 0x80 up are negative, so out of range.
        let in_range = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1f)))
            & _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)));
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let joiners = _mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(eq(b' '), eq(b'-')),
            _mm_or_si128(eq(b'\''), eq(b'`')),
        ));
        (in_range, joiners)
    };
    in_range == 0xffff && joiners & (joiners >> 1) == 0 && joiners & 0x8000 == 0
}

/// [`whole_block_in_run`] elsewhere: both halves by the word test, which
/// also refuses a joiner at the end of the first half (a shorter run is
/// still right: the caller goes on with smaller steps).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn whole_block_in_run(block: &[u8; RUN_BLOCK]) -> bool {
    let half = |at: usize| u64::from_le_bytes(block[at..at + 8].try_into().expect("eight bytes"));
    whole_chunk_in_run(half(0)) && whole_chunk_in_run(half(8))
}

/// One pass of character mapping and whitespace collapsing; also reports
/// whether the result holds any character that could make it non-NFC.
fn map_and_collapse(raw: &str) -> (String, bool) {
    let bytes = raw.as_bytes();
    let n = bytes.len();
    let mut w = Writer::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if is_plain_ascii(b) {
                // Copy a run of visible ASCII in one go, taking in single
                // spaces and single hyphens between visible bytes, which
                // normalization keeps as they are.
                let start = i;
                i = run_end(bytes, i + 1);
                w.visible_str(&raw[start..i]);
                continue;
            }
            match b {
                b'-' | b'\'' | b'`' => w.run_byte(b),
                b' ' | b'\t' => w.space(),
                b'\n' | 0x0B | 0x0C => w.line_break(1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    w.line_break(1);
                }
                _ => {} // other C0 controls and DEL
            }
            i += 1;
            continue;
        }
        // `i` is always on a char boundary: it only ever advances by whole
        // ASCII bytes or whole characters.
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        map_char(c, &mut w);
    }
    w.finish()
}

/// Maps one non-ASCII character.
fn map_char(c: char, w: &mut Writer) {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{2036}' | '\u{301D}' | '\u{301E}' | '\u{FF02}' => w.visible_char('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}'
        | '\u{2039}' | '\u{203A}' | '\u{FF07}' => w.run_byte(b'\''),
        '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2E3A}' | '\u{2E3B}'
        | '\u{FE58}' => w.visible_char('—'),
        '\u{2010}' | '\u{2011}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => w.run_byte(b'-'),
        '\u{2026}' => w.visible_str("..."),
        '\u{0085}' | '\u{2028}' => w.line_break(1),
        '\u{2029}' => w.line_break(2),
        // Invisible format characters: they carry no text.
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => {}
        c if c.is_whitespace() => w.space(),
        c if c.is_control() => {}
        c => w.visible_char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::{map_and_collapse, normalize};
    use unicode_normalization::UnicodeNormalization;

    /// The chunked run end equals byte-by-byte steps from every position
    /// after a plain byte, over pseudo-random texts of joiners, plain
    /// bytes, run enders and non-ASCII bytes.
    #[test]
    fn chunked_run_end_equals_the_bytewise_steps() {
        use super::{run_end, run_step, PLAIN, RUN_CLASS};
        let alphabet: &[u8] = b"ab Z.-'`\n\t\x7f\x20\x21\x7e\xc3\xa9\x00";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut text = Vec::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            for k in 0..len {
                // Mostly plain letters, like text, so long chunks pass too.
                let r = (seed >> (k % 50)) as usize ^ k.wrapping_mul(2654435761);
                text.push(if r.is_multiple_of(3) {
                    alphabet[r / 3 % alphabet.len()]
                } else {
                    b'a' + (r % 26) as u8
                });
            }
            for i in 1..=text.len() {
                if RUN_CLASS[usize::from(text[i - 1])] != PLAIN {
                    continue;
                }
                let mut want = i;
                while let Some(next) = run_step(&text, want) {
                    want = next;
                }
                assert_eq!(
                    run_end(&text, i),
                    want,
                    "{:?} from {i}",
                    String::from_utf8_lossy(&text)
                );
            }
        }
    }

    /// The sixteen-byte test accepts a block exactly when byte-by-byte
    /// steps from its start go through all of it: every byte value at every
    /// place of a block of letters, then pseudo-random blocks of joiners,
    /// plain bytes and the bytes at the edges of the plain range.
    #[test]
    fn block_test_equals_the_bytewise_steps() {
        use super::{run_step, whole_block_in_run, RUN_BLOCK};
        let by_steps = |block: &[u8; RUN_BLOCK]| {
            let mut i = 0;
            while i < RUN_BLOCK {
                match run_step(block, i) {
                    Some(next) => i = next,
                    None => return false,
                }
            }
            true
        };
        for b in 0..=255u8 {
            for at in 0..RUN_BLOCK {
                let mut block = [b'a'; RUN_BLOCK];
                block[at] = b;
                assert_eq!(
                    whole_block_in_run(&block),
                    by_steps(&block),
                    "{b:#x} at {at}"
                );
            }
        }
        let alphabet: &[u8] = b" -'`a.Z\x1f\x20\x21\x7e\x7f\x80\xff\n";
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut block = [0u8; RUN_BLOCK];
            for byte in block.iter_mut() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly letters, so that some blocks pass.
                *byte = if seed.is_multiple_of(4) {
                    alphabet[(seed >> 8) as usize % alphabet.len()]
                } else {
                    b'a'
                };
            }
            let want = by_steps(&block);
            accepted += usize::from(want);
            assert_eq!(whole_block_in_run(&block), want, "{block:?}");
        }
        assert!(accepted > 100, "only {accepted} blocks passed");
    }

    #[test]
    fn quotes_dashes_and_spaces() {
        let raw = "\u{201C}We will not\u{201D} \u{2013} he said\u{00A0}\u{00A0}today\r\n\r\n\r\nNext  para\u{200B}.";
        assert_eq!(
            normalize(raw),
            "\"We will not\" — he said today\n\nNext para."
        );
    }

    #[test]
    fn every_quote_form_becomes_straight() {
        let raw = "\u{201E}a\u{201C} \u{00AB}b\u{00BB} \u{2018}c\u{2019} \u{2039}d\u{203A} \u{FF02}e\u{FF02} \u{201A}f\u{201B}";
        assert_eq!(normalize(raw), "\"a\" \"b\" 'c' 'd' \"e\" 'f'");
    }

    #[test]
    fn dashes_and_hyphens() {
        assert_eq!(
            normalize("a \u{2013} b \u{2015} c \u{2012} d"),
            "a — b — c — d"
        );
        assert_eq!(normalize("TEHRAN -- Iran"), "TEHRAN — Iran");
        assert_eq!(normalize("word---word"), "word—word");
        assert_eq!(normalize("a - b"), "a - b");
        assert_eq!(normalize("-----"), "-----");
        assert_eq!(
            normalize("non\u{2011}breaking \u{2212}5"),
            "non-breaking -5"
        );
        // A soft hyphen is invisible and goes; it does not become a hyphen.
        assert_eq!(normalize("nego\u{00AD}tiations"), "negotiations");
        // Hyphens joined by a dropped invisible character are still a pair.
        assert_eq!(normalize("a-\u{200B}-b"), "a—b");
    }

    /// A space, hyphen, apostrophe or backtick is copied with the run of
    /// visible ASCII only when a visible byte follows it; otherwise the run
    /// ends there and the byte is handled on its own (collapsed, trimmed or
    /// counted into a dash or a double quote).
    #[test]
    fn runs_of_visible_ascii_end_at_a_joiner_without_a_visible_byte_after_it() {
        assert_eq!(normalize("x-y z'w a`b"), "x-y z'w a`b");
        assert_eq!(normalize("end -"), "end -");
        assert_eq!(normalize("end '"), "end '");
        assert_eq!(normalize("end-"), "end-");
        assert_eq!(normalize("end "), "end");
        assert_eq!(normalize("a  b"), "a b");
        assert_eq!(normalize("a--b''c``d"), "a—b\"c\"d");
        assert_eq!(normalize("a -- b ' 'c"), "a — b ' 'c");
        assert_eq!(normalize("a-\u{2013}b"), "a-—b");
        assert_eq!(normalize("a'\u{2019}b"), "a\"b");
        assert_eq!(normalize("a \nb"), "a\nb");
        assert_eq!(normalize("a-\tb"), "a- b");
    }

    #[test]
    fn doubled_apostrophes_and_backticks_are_double_quotes() {
        assert_eq!(normalize("''We won,'' he said."), "\"We won,\" he said.");
        assert_eq!(normalize("``We won'' it's"), "\"We won\" it's");
        assert_eq!(normalize("\u{2019}\u{2019}a\u{2018}'"), "\"a\"");
        assert_eq!(normalize("'''"), "'''");
        assert_eq!(
            normalize("rock 'n' roll, the Iranians' demands, `x`"),
            "rock 'n' roll, the Iranians' demands, `x`"
        );
        assert_eq!(normalize("'\u{200B}'"), "\"");
    }

    #[test]
    fn ellipsis_becomes_three_periods() {
        assert_eq!(normalize("wait\u{2026} what"), "wait... what");
    }

    #[test]
    fn line_endings() {
        assert_eq!(normalize("a\r\nb\rc\n\nd"), "a\nb\nc\n\nd");
        assert_eq!(normalize("a\u{2028}b\u{2029}c"), "a\nb\n\nc");
        assert_eq!(normalize("a\x0Cb"), "a\nb");
        assert_eq!(normalize("a\r\r\nb"), "a\n\nb");
    }

    #[test]
    fn lines_are_trimmed_and_blank_runs_collapse() {
        assert_eq!(
            normalize("  \n\n Title \t \n  body  one \n \n\n\n  next \n\n "),
            "Title\nbody one\n\nnext"
        );
    }

    #[test]
    fn invisible_and_control_characters_are_dropped() {
        assert_eq!(
            normalize("\u{FEFF}a\u{200E}b\u{202B}c\u{202C}\u{0007}d\u{007F}e\u{2066}f\u{2069}"),
            "abcdef"
        );
    }

    #[test]
    fn unicode_spaces_become_one_space() {
        assert_eq!(normalize("a\u{2003}\u{202F}\u{3000}b\tc"), "a b c");
    }

    #[test]
    fn nfc() {
        assert_eq!(normalize("Cafe\u{0301}"), "Café");
        // A dropped zero-width character between a letter and its mark must
        // not leave the text outside NFC.
        assert_eq!(normalize("Cafe\u{200B}\u{0301}"), "Café");
    }

    /// Composing once a round gives what checking `is_nfc` before every
    /// composition gives, on texts whose quick check says "yes", "no" and
    /// "maybe", and where mapping after composing changes the text.
    #[test]
    fn one_composition_a_round_gives_the_text_checked_before_each_round() {
        use unicode_normalization::is_nfc;
        let checked_before_each_round = |raw: &str| {
            let mut text = map_and_collapse(raw).0;
            for _ in 0..4 {
                if is_nfc(&text) {
                    break;
                }
                let composed: String = text.nfc().collect();
                text = map_and_collapse(&composed).0;
            }
            text
        };
        for raw in [
            "Cafe\u{0301} au lait",
            "Cafe\u{200B}\u{0301}",
            "A\u{030A}ngstr\u{00F6}m \u{212B}",
            "\u{0344} and \u{0958} (composition exclusions)",
            "e\u{0327}\u{0301} \u{1E0B}\u{0323}\u{0307} q\u{0307}\u{0323}",
            "\u{1100}\u{1161}\u{11A8} Hangul jamo",
            "\u{00E9} already composed \u{0300}",
            "x\u{0301}\u{2019}\u{2019}y \u{2014} \u{0338}=",
            "plain ASCII",
        ] {
            assert_eq!(normalize(raw), checked_before_each_round(raw), "{raw:?}");
        }
    }

    /// Composing the stretches around non-ASCII characters gives the
    /// whole text's NFC, on pseudo-random texts of ASCII letters and spaces,
    /// combining marks of several classes, letters that decompose, Hangul
    /// jamo and syllables, composition exclusions, and starters that compose
    /// with the character before them (Oriya, Kannada, Hangul vowels).
    #[test]
    fn composing_around_non_ascii_characters_gives_the_whole_texts_nfc() {
        use super::compose;
        let alphabet = [
            'a', 'e', 'n', 'o', 'A', 'C', ' ', '.', '\n', '\u{0300}', '\u{0301}', '\u{0303}',
            '\u{0308}', '\u{0323}', '\u{0327}', '\u{0344}', '\u{0345}', '\u{0338}', '\u{00E9}',
            '\u{00C5}', '\u{212B}', '\u{1E0B}', '\u{0958}', '\u{1100}', '\u{1161}', '\u{11A8}',
            '\u{AC00}', '\u{0B47}', '\u{0B3E}', '\u{0B57}', '\u{0CC6}', '\u{0CD5}', '\u{0CC2}',
            '\u{3099}', '\u{304B}', '\u{2019}', '\u{4E2D}', '\u{05B0}', '\u{05D0}',
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let len = next(12);
            let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let whole: String = text.nfc().collect();
            assert_eq!(compose(&text), whole, "{text:?}");
        }
        for text in [
            "",
            "plain",
            "\u{0301}",
            "e\u{0301}",
            "Cafe\u{0301} au lait, pin\u{0303}a",
        ] {
            assert_eq!(compose(text), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\r\n\t \u{00A0}"), "");
    }

    #[test]
    fn idempotent() {
        for raw in [
            "  A \u{2019}b\u{2019}\n\n\n c  ",
            "x -\u{00AD}- y",
            "e\u{200D}\u{0301}\u{0327} \u{1E0B}\u{0323}",
            "\u{2026}\u{2026}",
            "a\u{2029}\u{2029}\u{2028}b",
        ] {
            let once = normalize(raw);
            assert_eq!(normalize(&once), once, "not idempotent on {raw:?}");
        }
    }
}
