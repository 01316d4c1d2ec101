//! Title case, the shape of a headline ("Mayor Says Bridge Will Reopen in
//! May"), in which a capital says nothing about names. Three stages ask
//! whether a stretch of text is set that way; what their tests share is
//! here, and each keeps its own thresholds:
//!
//! - a word's case is read off its first character, capitals and small
//!   letters of any script ([`starts_with_capital`],
//!   [`starts_with_small_letter`]);
//! - a line runs between two line breaks ([`line_around`]), as
//!   [`crate::TextLayer::line_ends`] ends them.
//!
//! Where the tests differ, they differ on purpose, because a wrong "yes"
//! costs each stage something else:
//!
//! | test | asked of | words counted | title case when |
//! |---|---|---|---|
//! | claims `cue::in_title_case_line` | the line of a capitalised cue after a word | split at whitespace, punctuation trimmed | 4 to 20 words, no `.` `!` `?` `;` inside, every word of four or more letters capitalised |
//! | actors `shape::Lines` | every line | word tokens of four or more bytes | two or more of them, three in four capitalised, the line neither all capitals nor ending in `.` `:` `;` |
//! | events `Sent::is_title_case` | a sentence | word tokens | no closing full stop, three or more capitalised and more than the small ones, no small word over four bytes |
//!
//! - Claims: in a headline a capitalised reporting verb after a name is a
//!   cue ("Senator Says Deal Is Near"); in running text it is part of a
//!   name ("the Washington Post Reports desk"). A wrong yes makes a name
//!   word a cue, so every long word must be capitalised, and a paragraph
//!   (over 20 words) never is a headline.
//! - Actors: on a title-case line a capital is no evidence of a name, so a
//!   wrong yes only asks a name for more evidence; headlines often keep a
//!   long word small ("Iran Rejects Talks as Pressure Mounts"), so three in
//!   four capitalised long words are enough.
//! - Events: the stage reads sentence by sentence, and a headline's run of
//!   capitalised words is not a person's name before a verb ("Clinton Was
//!   Headed to ER But Diverted"); short function words stay small in a
//!   headline, so only a small word over four bytes rules it out.

/// Whether `word` starts with a capital letter (of any script).
#[inline]
pub fn starts_with_capital(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `word` starts with a small letter (of any script).
#[inline]
pub fn starts_with_small_letter(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// The line holding byte `at` of `text` (a character boundary, at most
/// the text's length): from after the line break before it, or the text's
/// start, to the line break at or after it, or the text's end. A line
/// break at `at` ends the line before it.
pub fn line_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capitals and small letters of several scripts; digits, marks and an
    /// empty word are neither.
    #[test]
    fn a_words_case_is_its_first_characters() {
        for word in ["Iran", "IRAN", "Émile", "Ψ", "Ünal", "I"] {
            assert!(starts_with_capital(word), "{word}");
            assert!(!starts_with_small_letter(word), "{word}");
        }
        for word in ["iran", "émile", "ψ", "iPhone", "s"] {
            assert!(starts_with_small_letter(word), "{word}");
            assert!(!starts_with_capital(word), "{word}");
        }
        for word in ["", "1990s", "'s", "-backed", "\"Iran", "中国"] {
            assert!(!starts_with_capital(word), "{word}");
            assert!(!starts_with_small_letter(word), "{word}");
        }
    }

    /// The line around every offset of a text is the piece of
    /// `split('\n')` that holds it (a line break belongs to no line: at one,
    /// the line before it).
    #[test]
    fn line_around_is_the_split_piece_holding_the_offset() {
        let texts = [
            "",
            "\n",
            "One line.",
            "Headline Here\nBody text, é and ü.\n\nLast",
            "\n\nTwo blank lines first\n",
        ];
        for text in texts {
            let mut pieces = Vec::new();
            let mut start = 0;
            for piece in text.split('\n') {
                pieces.push(start..start + piece.len());
                start += piece.len() + 1;
            }
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let expected = pieces
                    .iter()
                    .find(|p| p.start <= at && at <= p.end)
                    .cloned()
                    .unwrap();
                assert_eq!(line_around(text, at), expected, "{text:?} at {at}");
            }
        }
    }
}
