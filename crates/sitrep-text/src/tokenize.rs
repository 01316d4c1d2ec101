use unicode_normalization::char::is_combining_mark;

/// What a token is, coarsely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits after the first letter), possibly with inner
    /// apostrophes, hyphens, periods or ampersands ("Hezbollah", "al-Quds",
    /// "U.S.", "U.S.-led", "don't", "AT&T", "F-35").
    Word,
    /// Starts with a digit: digits with inner `.` `,` `:` before a digit, `-`
    /// or `/` before a digit, and letters straight after ("2,000", "3.5",
    /// "10:30", "2015-16", "9/11", "5th", "1990s").
    Number,
    /// A web address starting with `http://`, `https://`, `ftp://` or
    /// `www.`, up to whitespace, without trailing punctuation.
    Url,
    /// An e-mail address ("press@example.org").
    Email,
    /// Any other non-space character; a run of periods ("...") is one token.
    Punct,
}

/// A token as a byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// Inlined across crates: the analysis stages call it for nearly every
    /// token they look at (millions of calls per thousand documents).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits text into tokens, in order, in linear time.
///
/// - Possessive `'s` is split off as its own word token ("Iran's" → "Iran",
///   "'s") because actor matching and event arguments both need the bare
///   name; other inner apostrophes stay ("don't", "O'Brien").
/// - A dotted abbreviation keeps its final period ("U.S.", "a.m.", "Ph.D.")
///   when every part is one or two letters; other words do not ("Mr" ".").
/// - Hyphenated words are one token ("al-Quds", "Iran-backed"); a hyphen
///   with a space on either side is punctuation.
/// - URLs and e-mail addresses are one token each.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokens_into(text, &mut out);
    out
}

/// [`tokens`] written into `out` (cleared first), so a caller that
/// tokenizes document after document can keep one vector's capacity.
pub fn tokens_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    // English news runs about one token per five bytes: reserving that
    // up front spares the vector its regrowth.
    out.reserve(text.len() / 5 + 1);
    let mut t = Tokenizer {
        text,
        bytes: text.as_bytes(),
        email_checked_to: 0,
    };
    let n = t.bytes.len();
    let mut i = 0;
    while i < n {
        let b = t.bytes[i];
        // Fast path for the bulk of English text, tested before the byte
        // is decoded and tested for whitespace: an ASCII letter is neither
        // (three in four tokens start with one).
        if b.is_ascii_alphabetic() {
            if let Some(end) = t.plain_word_end(i) {
                out.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Word,
                });
                // Most words end in a space: it is stepped over here, not
                // by another turn of the loop (decode, whitespace test);
                // a space is never part of a token, nor is anything kept
                // about it.
                i = end + usize::from(t.bytes.get(end) == Some(&b' '));
                continue;
            }
        }
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let (end, kind) = if c.is_alphanumeric() {
            if let Some(end) = t.url_at(i) {
                (end, TokenKind::Url)
            } else if let Some(end) = t.email_at(i) {
                (end, TokenKind::Email)
            } else if c.is_ascii_digit() {
                (t.number_end(i), TokenKind::Number)
            } else {
                (t.word_end(i), TokenKind::Word)
            }
        } else if c == '\'' && t.is_possessive(i) && i > 0 && t.alnum_before(i) {
            (i + 2, TokenKind::Word)
        } else if c == '.' {
            let run = t.bytes[i..].iter().take_while(|&&b| b == b'.').count();
            (i + run, TokenKind::Punct)
        } else {
            (i + len, TokenKind::Punct)
        };
        out.push(Token {
            start: i,
            end,
            kind,
        });
        // The space after a comma, a number or a closing quote is stepped
        // over here too, as after a plain word.
        i = end + usize::from(t.bytes.get(end) == Some(&b' '));
    }
}

/// The end of the run of ASCII letters starting at `from`. Eight bytes at a
/// time: a byte loop over every letter of every word was a third of the
/// tokenizer's instructions. Per byte, with the case bit set and the top bit
/// cleared, `t >= 'a'` and `t > 'z'` are read off the top bit of `t + 0x1f`
/// and `t + 0x05` (no byte overflows into the next); a byte is a letter when
/// the first holds, the second does not, and the byte was ASCII.
#[inline]
fn ascii_letters_end(bytes: &[u8], from: usize) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut j = from;
    while j + 8 <= bytes.len() {
        let word = u64::from_le_bytes(bytes[j..j + 8].try_into().expect("eight bytes"));
        let folded = (word | (LOW * 0x20)) & !HIGH;
        let at_least_a = folded + LOW * (0x80 - u64::from(b'a'));
        let past_z = folded + LOW * (0x80 - u64::from(b'z') - 1);
        let letters = at_least_a & !past_z & !word & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return j + (others.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

struct Tokenizer<'t> {
    text: &'t str,
    bytes: &'t [u8],
    /// E-mail local parts have been scanned up to here without reaching an
    /// `@`: no address starts before it. Keeps the e-mail check linear.
    email_checked_to: usize,
}

impl Tokenizer<'_> {
    /// A run of ASCII letters at `i` ending in a space or a common
    /// punctuation mark, so it cannot be a URL or an e-mail address.
    /// (It returns the word's end, or `None` to take the general path.)
    #[inline]
    fn plain_word_end(&self, i: usize) -> Option<usize> {
        let bytes = self.bytes;
        let j = ascii_letters_end(bytes, i);
        // Tested only for a word ending in `.` or `:` (it was a tenth of
        // the fast path's instructions when tested for every word).
        let may_be_url = || matches!(bytes[i], b'h' | b'H' | b'f' | b'F' | b'w' | b'W');
        let plain = match bytes.get(j) {
            None | Some(b' ' | b',' | b'"' | b')' | b';' | b'\n') => true,
            Some(b'.') => !may_be_url() && !bytes.get(j + 1).is_some_and(u8::is_ascii_alphanumeric),
            Some(b':') => !may_be_url(),
            _ => false,
        };
        plain.then_some(j)
    }

    /// The character at byte `i` (a char boundary), if any.
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        match self.bytes.get(i) {
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => self.text[i..].chars().next(),
            None => None,
        }
    }

    #[inline]
    fn is_word_char_at(&self, i: usize) -> bool {
        self.char_at(i).is_some_and(is_word_char)
    }

    fn alnum_before(&self, i: usize) -> bool {
        self.text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }

    /// `'s` or `'S` at `i`, not followed by a letter or digit.
    fn is_possessive(&self, i: usize) -> bool {
        matches!(self.bytes.get(i + 1), Some(b's' | b'S')) && !self.is_word_char_at(i + 2)
    }

    fn word_end(&self, start: usize) -> usize {
        let bytes = self.bytes;
        let mut j = start;
        let mut has_period = false;
        loop {
            // Fast path: a run of ASCII letters and digits.
            while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                j += 1;
            }
            let Some(c) = self.char_at(j) else {
                break;
            };
            if is_word_char(c) {
                j += c.len_utf8();
                continue;
            }
            let joiner = matches!(c, '\'' | '-' | '.' | '&');
            if joiner && self.is_word_char_at(j + 1) {
                if c == '\'' && self.is_possessive(j) {
                    break;
                }
                has_period |= c == '.';
                j += 1 + self.char_at(j + 1).map_or(0, char::len_utf8);
                continue;
            }
            // "U.S.-led": an acronym's period, a hyphen, then a word.
            if c == '.'
                && has_period
                && bytes.get(j + 1) == Some(&b'-')
                && self.is_word_char_at(j + 2)
                && is_dotted_acronym(&self.text[start..j])
            {
                j += 2;
                continue;
            }
            break;
        }
        if bytes.get(j) == Some(&b'.') && has_period && is_dotted_acronym(&self.text[start..j]) {
            j += 1;
        }
        j
    }

    fn number_end(&self, start: usize) -> usize {
        let bytes = self.bytes;
        let mut j = start;
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                j += 1;
            } else if matches!(b, b'.' | b',' | b':' | b'-' | b'/')
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                j += 2;
            } else if b.is_ascii_alphabetic() {
                // "5th", "1990s", "10km": letters straight after digits.
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// A URL starting at `i`: its end.
    fn url_at(&self, i: usize) -> Option<usize> {
        if !matches!(self.bytes[i], b'h' | b'H' | b'f' | b'F' | b'w' | b'W') {
            return None;
        }
        let rest = &self.bytes[i..];
        let prefix_len = ["http://", "https://", "ftp://", "www."]
            .iter()
            .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?
            .len();
        let mut end = i + prefix_len;
        while let Some(c) = self.char_at(end) {
            if c.is_whitespace() || matches!(c, '"' | '<' | '>') {
                break;
            }
            end += c.len_utf8();
        }
        // Trailing punctuation belongs to the sentence, and a closing
        // bracket to the text around, unless the URL opened it.
        loop {
            let url = &self.text[i..end];
            match url.as_bytes().last() {
                Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') => end -= 1,
                Some(b')') if url.matches('(').count() < url.matches(')').count() => end -= 1,
                Some(b']') if url.matches('[').count() < url.matches(']').count() => end -= 1,
                _ => break,
            }
        }
        (end > i + prefix_len).then_some(end)
    }

    /// An e-mail address starting at `i`: its end.
    fn email_at(&mut self, i: usize) -> Option<usize> {
        if i < self.email_checked_to {
            return None;
        }
        let bytes = self.bytes;
        let is_local =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
        let mut at = i;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at < bytes.len() && bytes[at] == b' ' {
            return None; // the common case: a plain word
        }
        while at < bytes.len() && is_local(bytes[at]) {
            at += 1;
        }
        if bytes.get(at) != Some(&b'@') || bytes[at - 1] == b'.' {
            self.email_checked_to = at;
            return None;
        }
        let is_domain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
        let mut end = at + 1;
        while end < bytes.len() && is_domain(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &self.text[at + 1..end];
        let valid = domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.contains("..")
            && domain.rsplit('.').next().is_some_and(|tld| tld.len() >= 2);
        if valid {
            Some(end)
        } else {
            self.email_checked_to = at;
            None
        }
    }
}

/// Letters, digits and combining marks (Devanagari vowel signs, Arabic
/// diacritics) continue a word.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (c >= '\u{300}' && is_combining_mark(c))
}

/// Letters separated by periods, each part one or two letters: "U.S",
/// "a.m", "Ph.D".
fn is_dotted_acronym(word: &str) -> bool {
    // By bytes: a period is ASCII, so the pieces are those of a `char`
    // split, without a searcher set up for each.
    let b = word.as_bytes();
    b.contains(&b'.')
        && b.split(|&c| c == b'.')
            .all(|p| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    /// A token is followed by its one space stepped over at once: the
    /// tokens are the same whatever the whitespace after each one (one
    /// space, two, a line break, a non-breaking space, none at the end).
    #[test]
    fn the_space_after_a_token_is_stepped_over_without_changing_tokens() {
        let text = "Iran's envoy, 2,000 troops (U.S.-led) said: \"no\" ... \
                    http://x.org/a. press@example.org; Zoë's café — ok!? 9/11 'quoted' end";
        let expected = words(text);
        assert!(expected.len() > 25, "{expected:?}");
        for gap in ["  ", " \n", "\n ", "\u{a0}", "   \n\n "] {
            let spaced = text.replace(' ', gap);
            assert_eq!(words(&spaced), expected, "{gap:?}");
            assert_eq!(
                words(&format!("{spaced}{gap}")),
                expected,
                "{gap:?} at the end"
            );
        }
    }

    #[test]
    fn ascii_letter_runs_end_where_a_byte_loop_ends_them() {
        let by_loop = |bytes: &[u8], from: usize| {
            (from..bytes.len())
                .find(|&j| !bytes[j].is_ascii_alphabetic())
                .unwrap_or(bytes.len())
        };
        // Every byte value after a run of every length from 0 to 19, with
        // letters after it too (a stop must not be missed for later ones).
        for stop in 0..=255u8 {
            for run in 0..20 {
                let mut bytes: Vec<u8> =
                    b"abcXYZmnopQRSTuvwzAB".iter().copied().take(run).collect();
                bytes.push(stop);
                bytes.extend_from_slice(b"letters");
                for from in 0..=bytes.len() {
                    assert_eq!(
                        ascii_letters_end(&bytes, from),
                        by_loop(&bytes, from),
                        "{stop:#x} after {run} letters, from {from}"
                    );
                }
            }
        }
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokens(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn splits_possessive_and_keeps_abbreviations() {
        assert_eq!(
            words("Iran's U.S. talks, al-Quds 2,000."),
            vec!["Iran", "'s", "U.S.", "talks", ",", "al-Quds", "2,000", "."]
        );
    }

    #[test]
    fn possessives_and_contractions() {
        assert_eq!(words("ISRAEL'S army's"), vec!["ISRAEL", "'S", "army", "'s"]);
        assert_eq!(words("don't O'Brien's"), vec!["don't", "O'Brien", "'s"]);
        assert_eq!(
            words("the Iranians' demands"),
            vec!["the", "Iranians", "'", "demands"]
        );
        assert_eq!(words("'sorry'"), vec!["'", "sorry", "'"]);
        assert_eq!(kinds("Iran's")[1], TokenKind::Word);
        assert_eq!(words("it's"), vec!["it", "'s"]);
    }

    #[test]
    fn hyphens() {
        assert_eq!(
            words("Iran-backed anti-Israel U.S.-led pro- and - F-35"),
            vec![
                "Iran-backed",
                "anti-Israel",
                "U.S.-led",
                "pro",
                "-",
                "and",
                "-",
                "F-35"
            ]
        );
        assert_eq!(words("a—b"), vec!["a", "—", "b"]);
    }

    #[test]
    fn abbreviations_keep_their_period_only_when_dotted() {
        assert_eq!(
            words("Mr. Smith at 10 a.m. Ph.D."),
            vec!["Mr", ".", "Smith", "at", "10", "a.m.", "Ph.D."]
        );
        assert_eq!(words("example.org."), vec!["example.org", "."]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            words("2,000 3.5 10:30 2015-16 9/11 5th 1990s $40 50% -5 2015."),
            vec![
                "2,000", "3.5", "10:30", "2015-16", "9/11", "5th", "1990s", "$", "40", "50", "%",
                "-", "5", "2015", "."
            ]
        );
        assert!(kinds("2,000 5th").iter().all(|&k| k == TokenKind::Number));
        assert_eq!(words("10-year-old"), vec!["10", "-", "year-old"]);
    }

    #[test]
    fn urls_are_one_token() {
        let t = "See https://example.org/a_b?x=1&y=(2). Or www.gov.ir, or (http://x.io/p).";
        assert_eq!(
            words(t),
            vec![
                "See",
                "https://example.org/a_b?x=1&y=(2)",
                ".",
                "Or",
                "www.gov.ir",
                ",",
                "or",
                "(",
                "http://x.io/p",
                ")",
                "."
            ]
        );
        assert_eq!(kinds("HTTPS://A.B/c")[0], TokenKind::Url);
        // A bare scheme is not a URL.
        assert_eq!(kinds("http:// x")[0], TokenKind::Word);
    }

    #[test]
    fn emails_are_one_token() {
        let t = "Write to press.office@mfa.gov.ir. Or a+b@x-y.com, not a@b or x@.com.";
        assert_eq!(
            words(t),
            vec![
                "Write",
                "to",
                "press.office@mfa.gov.ir",
                ".",
                "Or",
                "a+b@x-y.com",
                ",",
                "not",
                "a",
                "@",
                "b",
                "or",
                "x",
                "@",
                ".",
                "com",
                "."
            ]
        );
        assert_eq!(kinds("press.office@mfa.gov.ir")[0], TokenKind::Email);
    }

    #[test]
    fn ellipsis_is_one_token() {
        assert_eq!(words("wait... what."), vec!["wait", "...", "what", "."]);
    }

    #[test]
    fn non_ascii_words_and_marks() {
        assert_eq!(
            words("Café Zarif—Ṭehrān"),
            vec!["Café", "Zarif", "—", "Ṭehrān"]
        );
        // Devanagari vowel signs are combining marks and stay in the word.
        assert_eq!(words("हिन्दी भाषा"), vec!["हिन्दी", "भाषा"]);
        assert_eq!(words("قال الوزير"), vec!["قال", "الوزير"]);
        // A letter followed by a stray mark after a space.
        assert_eq!(words("e \u{0301}"), vec!["e", "\u{0301}"]);
    }

    #[test]
    fn symbols_are_single_punct_tokens() {
        assert_eq!(words("a🙂b (c)"), vec!["a", "🙂", "b", "(", "c", ")"]);
        assert!(kinds("🙂 ( ;").iter().all(|&k| k == TokenKind::Punct));
    }

    #[test]
    fn offsets_are_byte_offsets() {
        let t = "Café said";
        let toks = tokens(t);
        assert_eq!(toks[1].start, "Café ".len());
    }

    #[test]
    fn tokens_are_ordered_disjoint_and_non_empty() {
        let t = "Iran's U.S.-led talks... e-mail a@b.co http://x.y/(z) 3.5% — \"ok\"";
        let toks = tokens(t);
        for w in toks.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        assert!(toks
            .iter()
            .all(|k| k.start < k.end && !k.text(t).trim().is_empty()));
    }
}
