/// What a token is, coarsely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods
    /// ("Hezbollah", "al-Quds", "U.S.", "don't").
    Word,
    /// Digits, possibly with inner `.`/`,`/`:` ("2,000", "3.5", "10:30").
    Number,
    /// Any other single non-space character.
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
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits text into tokens. Possessive `'s` is split off as its own word
/// token ("Iran's" → "Iran", "'s") because actor matching and event
/// arguments both need the bare name.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let n = chars.len();
    let at = |k: usize| -> usize { if k < n { chars[k].0 } else { text.len() } };
    while i < n {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if (cj == '\'' || cj == '-' || cj == '.' || cj == '&')
                    && j + 1 < n
                    && chars[j + 1].1.is_alphanumeric()
                {
                    // "'s" possessive: stop before it.
                    if cj == '\'' && matches!(chars[j + 1].1, 's' | 'S') && (j + 2 >= n || !chars[j + 2].1.is_alphanumeric()) {
                        break;
                    }
                    j += 2;
                } else {
                    break;
                }
            }
            // Keep a trailing period of an abbreviation with inner periods ("U.S.").
            if j < n && chars[j].1 == '.' && text[pos..at(j)].contains('.') {
                j += 1;
            }
            out.push(Token { start: pos, end: at(j), kind: TokenKind::Word });
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if cj.is_ascii_digit() || cj.is_alphabetic() {
                    j += 1;
                } else if matches!(cj, '.' | ',' | ':') && j + 1 < n && chars[j + 1].1.is_ascii_digit() {
                    j += 2;
                } else {
                    break;
                }
            }
            out.push(Token { start: pos, end: at(j), kind: TokenKind::Number });
            i = j;
        } else if c == '\'' && i + 1 < n && matches!(chars[i + 1].1, 's' | 'S') && (i + 2 >= n || !chars[i + 2].1.is_alphanumeric()) && i > 0 && chars[i - 1].1.is_alphanumeric() {
            out.push(Token { start: pos, end: at(i + 2), kind: TokenKind::Word });
            i += 2;
        } else {
            out.push(Token { start: pos, end: at(i + 1), kind: TokenKind::Punct });
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_possessive_and_keeps_abbreviations() {
        assert_eq!(words("Iran's U.S. talks, al-Quds 2,000."), vec!["Iran", "'s", "U.S.", "talks", ",", "al-Quds", "2,000", "."]);
    }

    #[test]
    fn offsets_are_byte_offsets() {
        let t = "Café said";
        let toks = tokens(t);
        assert_eq!(toks[1].start, "Café ".len());
    }
}
