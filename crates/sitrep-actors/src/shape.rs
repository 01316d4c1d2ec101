//! Line shapes: which lines are all capitals or Title Case (headlines,
//! datelines), where capitalization says nothing about names.

use crate::resolve::TokenIndex;
use sitrep_text::title_case::starts_with_capital;
use sitrep_text::{Token, TokenKind};

#[derive(Debug, Clone, Copy)]
pub(crate) struct LineShape {
    pub end: usize,
    /// Nearly every cased letter is upper case ("IRAN STRIKES BACK").
    pub all_caps: bool,
    /// Nearly every longer word is capitalized and the line does not end
    /// like a sentence ("Iran Rejects Talks As Pressure Mounts").
    pub title_case: bool,
    /// Start of the line's first token with a lower-case letter (the line's
    /// end if none): everything before it is a dateline ("WASHINGTON —").
    pub first_lower: usize,
}

pub(crate) struct Lines {
    lines: Vec<LineShape>,
    /// Whether some line is ordinary running text (not a headline shape).
    pub has_body: bool,
}

impl Lines {
    /// One pass over the text's lines (`line_ends`, as
    /// [`sitrep_text::TextLayer::line_ends`] holds them) and its tokens,
    /// stopping early inside a line once its shape is settled (most lines
    /// are running text, settled after a tenth of their letters and three
    /// long words).
    /// A line's tokens end where [`TokenIndex`] `index` (made for
    /// `tokens`) says the next line's begin: one read of its table, not a
    /// binary search over the document's tokens a line.
    pub(crate) fn new(
        text: &str,
        line_ends: &[usize],
        tokens: &[Token],
        index: &TokenIndex,
    ) -> Lines {
        // A line of news (a paragraph, or the blank line between two) runs
        // to about 110 bytes on average (r500): room for twice that many,
        // so the list seldom regrows (room for one in 128 bytes regrew it
        // 313 times in 500 documents).
        let mut lines = Vec::with_capacity(text.len() / 64 + 1);
        let mut has_body = false;
        let mut ti = 0usize;
        let mut start = 0usize;
        // The text layer found the line breaks once for the segmenter, the
        // turn labels and these shapes (each searched the text on its own).
        for &end in line_ends {
            let segment = &text[start..end];
            let all_caps = is_all_caps(segment.as_bytes());
            let ends_like_sentence = segment.trim_end().ends_with(['.', ':', ';']);
            // Only a line that could be a headline needs all its words counted.
            let may_be_title = !all_caps && !ends_like_sentence;
            let (mut long_words, mut capitalized) = (0usize, 0usize);
            let mut first_lower = end;
            // The line's tokens are those before `line_end` (an empty line
            // has none).
            let line_end = if start == end {
                ti
            } else {
                index.first_from(tokens, end)
            };
            while ti < line_end {
                let t = tokens[ti];
                ti += 1;
                if first_lower == end && has_small_letter(text, t.start, t.end) {
                    first_lower = t.start;
                }
                if t.kind != TokenKind::Word || t.end - t.start < 4 {
                    continue;
                }
                long_words += 1;
                if starts_with_capital_at(text, t.start, t.end) {
                    capitalized += 1;
                }
                // Nothing the rest of the line holds changes its shape once
                // it has three long words and a small letter, and cannot be
                // Title Case: even if every token left were a capitalized
                // long word, fewer than three in four long words would be
                // capitalized (a line of running text ending in a quote
                // mark is settled here, not read to its end).
                if long_words >= 3
                    && first_lower != end
                    && (!may_be_title || 3 * long_words > 4 * capitalized + (line_end - ti))
                {
                    ti = line_end;
                    break;
                }
            }
            // More lenient than the claims' and events' tests of title
            // case, on purpose: see `sitrep_text::title_case`.
            let title_case = may_be_title && long_words >= 2 && capitalized * 4 >= long_words * 3;
            has_body |= !all_caps && !title_case && long_words >= 3;
            lines.push(LineShape {
                end,
                all_caps,
                title_case,
                first_lower,
            });
            start = end + 1;
        }
        Lines { lines, has_body }
    }

    pub(crate) fn at(&self, offset: usize) -> LineShape {
        let i = self.lines.partition_point(|l| l.end < offset);
        self.lines
            .get(i.min(self.lines.len().saturating_sub(1)))
            .copied()
            .unwrap_or(LineShape {
                end: 0,
                all_caps: false,
                title_case: false,
                first_lower: 0,
            })
    }
}

/// Whether the token `start..end` of `text` holds a small letter, as its
/// characters' `char::is_lowercase` says: read off its bytes when one is an
/// ASCII small letter (a character of its own) or all are ASCII (no small
/// letter then), its characters decoded only for a token with neither. The
/// shape pass asks it of a line's tokens up to the first one that holds a
/// small letter (0.95 M instructions on r500 decoding every character).
#[inline]
fn has_small_letter(text: &str, start: usize, end: usize) -> bool {
    let bytes = &text.as_bytes()[start..end];
    bytes.iter().any(u8::is_ascii_lowercase)
        || (!bytes.is_ascii() && text[start..end].chars().any(char::is_lowercase))
}

/// [`starts_with_capital`] of the token `start..end` (not empty) of `text`:
/// a token opening with an ASCII byte opens with that character, so its
/// case is the byte's; only a token opening beyond ASCII is sliced out and
/// its first character decoded.
#[inline]
fn starts_with_capital_at(text: &str, start: usize, end: usize) -> bool {
    match text.as_bytes().get(start) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => starts_with_capital(&text[start..end]),
    }
}

/// Whether nearly every cased letter of `line` is upper case: at least
/// four capitals and at most one lower-case letter per ten. ASCII letters
/// decide; other scripts rarely come in all-caps headlines. Gives up as
/// soon as the lower-case letters seen outnumber what the rest of the line
/// could make up for, which in running text is a tenth of the way in.
fn is_all_caps(line: &[u8]) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut rest = line.len();
    for chunk in line.chunks(32) {
        let (chunk_upper, chunk_lower) = ascii_case_counts(chunk);
        upper += chunk_upper;
        lower += chunk_lower;
        rest -= chunk.len();
        if lower * 10 > upper + rest {
            return false;
        }
    }
    upper >= 4 && lower * 10 <= upper
}

/// How many ASCII capitals and small letters `bytes` holds, counted eight
/// bytes at a time (this runs over the start of every line of every
/// document): each byte's range test is a carry-free addition on its low
/// seven bits, and the bytes that pass are summed by one multiply.
fn ascii_case_counts(bytes: &[u8]) -> (usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    // The number of bytes of `mask` (each 0x80 or 0) that are set.
    let count = |mask: u64| ((mask >> 7).wrapping_mul(each(1)) >> 56) as usize;
    let (mut upper, mut lower) = (0, 0);
    let mut lanes = bytes.chunks_exact(8);
    for lane in &mut lanes {
        let x = u64::from_le_bytes(lane.try_into().expect("eight bytes"));
        let low7 = x & !HIGH;
        // High bit of a byte: `low7 >= lo` and not `low7 > hi`, for ASCII
        // bytes only (a byte with its high bit set is no letter).
        let in_range =
            |lo: u8, hi: u8| (low7 + each(0x80 - lo)) & !(low7 + each(0x7f - hi)) & !x & HIGH;
        upper += count(in_range(b'A', b'Z'));
        lower += count(in_range(b'a', b'z'));
    }
    for &b in lanes.remainder() {
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
    }
    (upper, lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_text::{line_ends_into, tokens};

    /// The byte tests answer as the character tests they stand for, for
    /// words of ASCII, of other scripts and of both, at any place in a text.
    #[test]
    fn small_letters_and_capitals_read_off_bytes_as_off_characters() {
        let words = [
            "Iran",
            "IRAN",
            "iran",
            "1990s",
            "U.S.",
            "'s",
            "-",
            "Émile",
            "ÉMILE",
            "émile",
            "ÜNAL",
            "Ψ",
            "ψ",
            "中国",
            "McCAIN",
            "ÖzIL",
            "X",
            "x",
            "İSTANBUL",
            "ǅ",
        ];
        let text = words.join(" ");
        let mut start = 0;
        for word in words {
            let end = start + word.len();
            assert_eq!(&text[start..end], word);
            assert_eq!(
                has_small_letter(&text, start, end),
                word.chars().any(char::is_lowercase),
                "{word}"
            );
            assert_eq!(
                starts_with_capital_at(&text, start, end),
                starts_with_capital(word),
                "{word}"
            );
            start = end + 1;
        }
    }

    /// The line shapes of `text`, its lines and tokens found as the text
    /// layer finds them.
    fn shapes_of(text: &str) -> Lines {
        let mut line_ends = Vec::new();
        line_ends_into(text, &mut line_ends);
        let tokens = tokens(text);
        Lines::new(
            text,
            &line_ends,
            &tokens,
            &TokenIndex::new(&tokens, text.len()),
        )
    }

    /// The eight-at-a-time count equals a count a byte, for every byte value
    /// at every position of a lane and for every remainder length.
    #[test]
    fn case_counts_equal_byte_counts() {
        let by_bytes = |bytes: &[u8]| {
            (
                bytes.iter().filter(|b| b.is_ascii_uppercase()).count(),
                bytes.iter().filter(|b| b.is_ascii_lowercase()).count(),
            )
        };
        for value in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ0 \xc3\xa9Qq";
                bytes[at] = value;
                assert_eq!(
                    ascii_case_counts(&bytes),
                    by_bytes(&bytes),
                    "{value} at {at}"
                );
            }
        }
        let text = "IRAN Strikes back: Ñúñez, the @ [ ` { AZaz official, said 19 times.";
        for len in 0..text.len() {
            let bytes = &text.as_bytes()[..len];
            assert_eq!(ascii_case_counts(bytes), by_bytes(bytes), "{len}");
        }
    }

    /// The early exit gives what counting every letter gives.
    #[test]
    fn all_caps_equals_full_count() {
        let full = |line: &str| {
            let upper = line.bytes().filter(u8::is_ascii_uppercase).count();
            let lower = line.bytes().filter(u8::is_ascii_lowercase).count();
            upper >= 4 && lower * 10 <= upper
        };
        let long_caps = "IRAN STRIKES BACK AT ISRAEL AFTER A NIGHT OF DRONE ATTACKS ON TEHRAN";
        let lines = [
            "",
            "IRAN",
            "IRA",
            "IRAN STRIKES BACK",
            long_caps,
            &format!("{long_caps} and a few more words in lower case here"),
            &format!("{long_caps}, officials say"),
            &format!("officials say {long_caps}"),
            "Iran on Monday rejected the talks, officials said.",
            "TEHRAN — Iran on Monday rejected the talks.",
            &"A".repeat(100),
            &format!("{}{}", "a".repeat(40), "B".repeat(400)),
            &format!("{}{}", "B".repeat(400), "a".repeat(40)),
            &format!("{}{}", "B".repeat(400), "a".repeat(41)),
        ];
        for line in lines {
            assert_eq!(is_all_caps(line.as_bytes()), full(line), "{line}");
        }
    }

    /// Lines that stop counting early (running text) and lines counted in
    /// full (headlines) both get their shape.
    #[test]
    fn body_lines_and_headlines_in_one_text() {
        let text = "Senior Officials Meet In Geneva\n\
                    GENEVA — Senior Iranian officials met their European counterparts on Monday, \
                    and talks will resume next week, the ministry said.\n\
                    Talks Resume Next Week\n\
                    A spokesman said the delegation would return.";
        let lines = shapes_of(text);
        assert!(lines.has_body);
        assert!(lines.at(0).title_case);
        let dateline = text.find("GENEVA").unwrap();
        let body = lines.at(dateline);
        assert!(!body.all_caps && !body.title_case);
        assert_eq!(body.first_lower, text.find("Senior Iranian").unwrap());
        let third = lines.at(text.find("Talks Resume").unwrap());
        assert!(third.title_case);
        let last = lines.at(text.find("A spokesman").unwrap());
        assert!(!last.title_case);
        assert_eq!(last.first_lower, text.find("spokesman").unwrap());
    }

    /// One line shape per line `split('\n')` gives, each ending where
    /// that line ends: leading, doubled and trailing line breaks included.
    #[test]
    fn one_shape_per_line_as_split_gives() {
        let texts = [
            "",
            "\n",
            "\n\n",
            "One line only.",
            "\nIran Rejects Talks\n\nOfficials said the talks would resume.\n",
            "TEHRAN — Officials met.\nA second line, é and ü.\n\n\nLast",
        ];
        for text in texts {
            let lines = shapes_of(text);
            let mut start = 0;
            let expected: Vec<usize> = text
                .split('\n')
                .map(|segment| {
                    let end = start + segment.len();
                    start = end + 1;
                    end
                })
                .collect();
            let ends: Vec<usize> = lines.lines.iter().map(|l| l.end).collect();
            assert_eq!(ends, expected, "{text:?}");
        }
    }

    #[test]
    fn shapes() {
        let text = "Iran Rejects Talks As Pressure Mounts\nIRAN STRIKES BACK\nTEHRAN — Iran on Monday rejected the talks, officials said.";
        let lines = shapes_of(text);
        assert!(lines.at(0).title_case && !lines.at(0).all_caps);
        assert!(lines.has_body);
        let headline = "Iran Rejects Talks";
        assert!(!shapes_of(headline).has_body);
        let second = text.find("IRAN STRIKES").unwrap();
        assert!(lines.at(second).all_caps);
        let third = text.find("TEHRAN").unwrap();
        let l = lines.at(third + 12);
        assert!(!l.all_caps && !l.title_case);
        assert_eq!(
            l.first_lower,
            third + "TEHRAN — ".len(),
            "the dateline ends before Iran"
        );
    }
}
