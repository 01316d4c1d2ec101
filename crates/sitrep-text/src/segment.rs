use crate::Sentence;

/// Abbreviations that end with a period but rarely end a sentence.
/// Lower-cased, without the final period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "st", "sr", "jr", "pres", "amb", "hon", "brig", "lieut", "cpl", "pvt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
    "vol", "fig", "art", "sec", "inc", "corp", "ltd", "co", "vs", "etc", "approx", "est", "dept",
    "univ", "assn", "bros", "ft", "mt", "op", "ed", "eds", "al", "e.g", "i.e", "u.s", "u.n", "u.k",
    "e.u", "a.m", "p.m",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.is_empty() {
        return false;
    }
    // Single initials ("J.") and dotted acronyms ("U.S.") are abbreviations.
    if w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    ABBREVIATIONS.contains(&w.as_str())
}

/// Splits normalized text into sentences (byte ranges, trimmed of
/// surrounding whitespace). A sentence ends at `.`, `!` or `?` (with any
/// closing quotes or brackets after it) followed by whitespace and an
/// upper-case letter, digit or opening quote, unless the word before the
/// period is a known abbreviation or an initial; it always ends at a
/// paragraph break (a blank line) and at a line break after a line with no
/// final punctuation (headlines, datelines).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let slice = &text[s..e];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if lead + trail < slice.len() {
            out.push(Sentence { start: s + lead, end: e - trail });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            let prev = text[start..i].trim_end();
            let ends_line = prev.ends_with(['.', '!', '?', '"', ':', ')']);
            let blank = bytes.get(i + 1) == Some(&b'\n');
            if blank || !ends_line || prev.is_empty() {
                push(&mut out, start, i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if b == b'.' || b == b'!' || b == b'?' {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b' ' {
                let next = text[j + 1..].chars().next();
                let starts_new = matches!(next, Some(c) if c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '\'' || c == '(');
                if starts_new && !(b == b'.' && is_abbreviation(word_before(text, i))) {
                    push(&mut out, start, j);
                    start = j + 1;
                }
            } else if j >= bytes.len() {
                push(&mut out, start, j);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < text.len() {
        push(&mut out, start, text.len());
    }
    out
}

/// The word (letters and inner periods) ending just before byte `dot`.
fn word_before(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let begin = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    &head[begin..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn survives_abbreviations_and_initials() {
        let t = "The U.S. Navy said Gen. Smith met J. R. Doe on Jan. 5 in No. 2 camp. Iran denied it.";
        assert_eq!(split(t), vec!["The U.S. Navy said Gen. Smith met J. R. Doe on Jan. 5 in No. 2 camp.", "Iran denied it."]);
    }

    #[test]
    fn quotes_close_the_sentence() {
        let t = "\"We will respond.\" The minister left. He said: \"No.\"";
        assert_eq!(split(t), vec!["\"We will respond.\"", "The minister left.", "He said: \"No.\""]);
    }

    #[test]
    fn headline_line_is_its_own_sentence() {
        let t = "Iran rejects talks\nTEHRAN — Iran on Monday rejected talks.";
        assert_eq!(split(t), vec!["Iran rejects talks", "TEHRAN — Iran on Monday rejected talks."]);
    }
}
