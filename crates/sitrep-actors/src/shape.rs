//! Line shapes: which lines are all capitals or Title Case (headlines,
//! datelines), where capitalization says nothing about names.

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
    /// One pass over the text and its tokens.
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Lines {
        let mut lines = Vec::new();
        let mut has_body = false;
        let mut ti = 0usize;
        let mut start = 0usize;
        for segment in text.split('\n') {
            let end = start + segment.len();
            let (mut upper, mut lower_count) = (0usize, 0usize);
            // ASCII letters decide; other scripts rarely come in all-caps headlines.
            for b in segment.bytes() {
                if b.is_ascii_uppercase() {
                    upper += 1;
                } else if b.is_ascii_lowercase() {
                    lower_count += 1;
                }
            }
            let (mut long_words, mut capitalized) = (0usize, 0usize);
            let mut first_lower = end;
            while ti < tokens.len() && tokens[ti].start < end {
                let t = tokens[ti];
                ti += 1;
                if first_lower == end && text[t.start..t.end].chars().any(char::is_lowercase) {
                    first_lower = t.start;
                }
                if t.kind != TokenKind::Word || t.end - t.start < 4 {
                    continue;
                }
                let word = &text[t.start..t.end];
                long_words += 1;
                if word.chars().next().is_some_and(char::is_uppercase) {
                    capitalized += 1;
                }
            }
            let all_caps = upper >= 4 && lower_count * 10 <= upper;
            let ends_like_sentence = segment.trim_end().ends_with(['.', ':', ';']);
            let title_case = !all_caps
                && long_words >= 2
                && capitalized * 4 >= long_words * 3
                && !ends_like_sentence;
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

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_text::tokens;

    #[test]
    fn shapes() {
        let text = "Iran Rejects Talks As Pressure Mounts\nIRAN STRIKES BACK\nTEHRAN — Iran on Monday rejected the talks, officials said.";
        let lines = Lines::new(text, &tokens(text));
        assert!(lines.at(0).title_case && !lines.at(0).all_caps);
        assert!(lines.has_body);
        let headline = "Iran Rejects Talks";
        assert!(!Lines::new(headline, &tokens(headline)).has_body);
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
