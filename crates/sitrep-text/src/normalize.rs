use unicode_normalization::UnicodeNormalization;

/// Normalizes raw article text into the form every span points into.
///
/// - Unicode NFC;
/// - curly and low quotes become `"` and `'`, so quote handling downstream
///   has one form to look for;
/// - en dash, em dash, horizontal bar and figure dash become `—` with
///   spacing preserved; soft and non-breaking hyphens become `-`;
/// - line endings become `\n`; zero-width characters and control characters
///   (other than `\n` and `\t`) are dropped; non-breaking and other Unicode
///   spaces become ASCII space;
/// - runs of spaces collapse to one; lines are trimmed; a single line break
///   inside a paragraph is kept as a line break, runs of blank lines collapse
///   to one blank line (paragraph boundary).
pub fn normalize(raw: &str) -> String {
    let mut mapped = String::with_capacity(raw.len());
    for c in raw.nfc() {
        match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => {
                mapped.push('"')
            }
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}' | '\u{203A}' => {
                mapped.push('\'')
            }
            '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => mapped.push('—'),
            '\u{2010}' | '\u{2011}' | '\u{2212}' => mapped.push('-'),
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\r' => {}
            '\n' => mapped.push('\n'),
            '\t' => mapped.push(' '),
            c if c.is_whitespace() => mapped.push(' '),
            c if c.is_control() => {}
            c => mapped.push(c),
        }
    }
    let mut out = String::with_capacity(mapped.len());
    let mut blank_run = 0usize;
    for line in mapped.split('\n') {
        let mut collapsed = String::with_capacity(line.len());
        let mut prev_space = false;
        for c in line.trim().chars() {
            if c == ' ' {
                if !prev_space {
                    collapsed.push(' ');
                }
                prev_space = true;
            } else {
                collapsed.push(c);
                prev_space = false;
            }
        }
        if collapsed.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&collapsed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn quotes_dashes_and_spaces() {
        let raw = "\u{201C}We will not\u{201D} \u{2013} he said\u{00A0}\u{00A0}today\r\n\r\n\r\nNext  para\u{200B}.";
        assert_eq!(normalize(raw), "\"We will not\" — he said today\n\nNext para.");
    }

    #[test]
    fn nfc() {
        assert_eq!(normalize("Cafe\u{0301}"), "Café");
    }

    #[test]
    fn idempotent() {
        let once = normalize("  A \u{2019}b\u{2019}\n\n\n c  ");
        assert_eq!(normalize(&once), once);
    }
}
