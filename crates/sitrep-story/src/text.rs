//! Text preparation shared by near-duplicate detection and clustering:
//! syndication boilerplate removal (patterns from `data/story/boilerplate.tsv`),
//! word tokens, and the stop-word list (`data/story/stopwords.txt`).

use crate::ResourceError;
use regex::{Regex, RegexBuilder};
use sitrep_text::Agencies;
use std::collections::HashSet;

const BUILTIN_BOILERPLATE: &str = include_str!("../../../data/story/boilerplate.tsv");
const BUILTIN_STOPWORDS: &str = include_str!("../../../data/story/stopwords.txt");

/// The loaded text resources: boilerplate patterns, stop words and the
/// agency names of datelines.
#[derive(Debug, Clone)]
pub struct TextResources {
    lead: Vec<Regex>,
    line: Vec<Regex>,
    stopwords: HashSet<String>,
    agencies: Agencies,
}

impl TextResources {
    /// The resources shipped with sitrep (`data/story/`).
    pub fn builtin() -> TextResources {
        let mut res = TextResources {
            lead: Vec::new(),
            line: Vec::new(),
            stopwords: HashSet::new(),
            agencies: Agencies::builtin(),
        };
        // The shipped files are tested; a failure here is a build defect.
        res.add_boilerplate(BUILTIN_BOILERPLATE, "data/story/boilerplate.tsv")
            .expect("shipped boilerplate patterns are valid");
        res.add_stopwords(BUILTIN_STOPWORDS);
        res
    }

    /// Adds boilerplate patterns in the `boilerplate.tsv` format; `source`
    /// names the input in errors.
    pub fn add_boilerplate(&mut self, text: &str, source: &str) -> Result<(), ResourceError> {
        let mut header_seen = false;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let kind = cols.next().unwrap_or("").trim();
            let pattern = cols.next().unwrap_or("").trim();
            if !header_seen && kind == "kind" && pattern == "pattern" {
                header_seen = true;
                continue;
            }
            let bad = |reason: String| ResourceError::new(source, line_no, reason);
            if pattern.is_empty() {
                return Err(bad("expected `kind<TAB>pattern[<TAB>note]`".into()));
            }
            let re = RegexBuilder::new(pattern)
                .case_insensitive(true)
                .multi_line(false)
                .size_limit(1 << 22)
                .build()
                .map_err(|e| bad(format!("bad pattern: {e}")))?;
            match kind {
                "lead" => self.lead.push(re),
                "line" => self.line.push(re),
                other => {
                    return Err(bad(format!(
                        "unknown kind `{other}` (expected `lead` or `line`)"
                    )))
                }
            }
        }
        Ok(())
    }

    /// Adds stop words (one a line, `#` comments, several per line allowed).
    pub fn add_stopwords(&mut self, text: &str) {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            for w in line.split_whitespace() {
                self.stopwords.insert(w.to_lowercase());
            }
        }
    }

    /// Reads datelines with these agency names (the outlet registry's,
    /// [`crate::OutletRegistry::agencies`]).
    pub fn set_agencies(&mut self, agencies: Agencies) {
        self.agencies = agencies;
    }

    /// Whether `word` (lower case) is a stop word.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word)
    }

    /// The text without syndication boilerplate: leading datelines, agency
    /// tags and bylines are cut from the start, and whole paragraphs or
    /// lines that are credits, copyright notices or link prompts are dropped.
    pub fn strip_boilerplate(&self, text: &str) -> String {
        let mut rest = text.trim_start();
        // Leading patterns may stack ("By X\nWASHINGTON (AP) — …"); a few rounds.
        for _ in 0..4 {
            let before = rest.len();
            // Datelines with a dash ("CAIRO, Nov 20 (Reuters) - ",
            // "Beirut (AFP) - ") are the text layer's to read, as every
            // stage reads them; the patterns add the other openings.
            if let Some(end) = sitrep_text::dateline_end(rest, 0, &self.agencies) {
                rest = rest[end..].trim_start();
            }
            for re in &self.lead {
                if let Some(m) = re.find(rest) {
                    if m.start() == 0 && m.end() > 0 && m.end() < rest.len() {
                        rest = rest[m.end()..].trim_start();
                    }
                }
            }
            if rest.len() == before {
                break;
            }
        }
        let mut out = String::with_capacity(rest.len());
        for line in rest.split('\n') {
            let t = line.trim();
            if t.is_empty() {
                out.push('\n');
                continue;
            }
            if t.len() <= 400 && self.line.iter().any(|re| re.is_match(t)) {
                continue;
            }
            out.push_str(t);
            out.push('\n');
        }
        out
    }
}

/// Lower-case word tokens: runs of letters and digits (apostrophes inside a
/// word are dropped, so "Iran's" → "irans"; the same on both sides of a
/// comparison, which is all that matters here).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                cur.push(l);
            }
        } else if (c == '\'' || c == '’') && !cur.is_empty() {
            // inside a word: skip the apostrophe
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A stable 64-bit hash of bytes (FNV-1a, then a finalising mix so that
/// low bits are well spread). Stable across runs and platforms, which keeps
/// the output reproducible.
pub(crate) fn hash64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// SplitMix64's finaliser: a bijective mix of 64 bits.
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_datelines_agency_tags_and_bylines() {
        let r = TextResources::builtin();
        let cases = [
            (
                "VIENNA — Iran and six powers agreed.",
                "Iran and six powers agreed.",
            ),
            (
                "GAZA CITY, Feb 29 (Reuters) - Dozens were killed.",
                "Dozens were killed.",
            ),
            (
                "WASHINGTON (AP) — The president said.",
                "The president said.",
            ),
            ("(Reuters) - The talks resumed.", "The talks resumed."),
            (
                "By Jane Doe and John Roe, Reuters\nTEHRAN — Officials denied it.",
                "Officials denied it.",
            ),
            ("TEL AVIV, Israel — Sirens sounded.", "Sirens sounded."),
            (
                "Beirut (AFP) - Strikes hit the south.",
                "Strikes hit the south.",
            ),
            (
                "KYIV, Ukraine, Nov 20, 2024 (AP/AFP) -- Drones hit the city.",
                "Drones hit the city.",
            ),
            ("NEW DELHI: The court ruled.", "The court ruled."),
        ];
        for (input, want) in cases {
            assert_eq!(r.strip_boilerplate(input).trim(), want, "input: {input}");
        }
    }

    #[test]
    fn keeps_ordinary_openings() {
        let r = TextResources::builtin();
        for input in [
            "Iran and six powers agreed on Tuesday.",
            "US President Donald Trump said the talks were over.",
            "The IAEA said inspectors had returned.",
            "Iran - the country that hosted the talks - said no.",
            "Sen. Jane Roe (D-Ohio) - a critic of the deal - said no.",
        ] {
            assert_eq!(r.strip_boilerplate(input).trim(), input);
        }
    }

    #[test]
    fn drops_credit_and_footer_lines() {
        let r = TextResources::builtin();
        let text = "Body one.\n\nReporting by Jane Doe; Editing by John Roe\n\n\
                    © 2024 Example News. All rights reserved.\n\nRead more: other story\n\n\
                    This article was originally published by Example Wire.\n\nBody two.";
        let out = r.strip_boilerplate(text);
        assert!(out.contains("Body one.") && out.contains("Body two."));
        for gone in ["Reporting by", "©", "Read more", "originally published"] {
            assert!(!out.contains(gone), "{gone} left in {out:?}");
        }
    }

    #[test]
    fn bad_pattern_names_file_and_line() {
        let mut r = TextResources::builtin();
        let err = r
            .add_boilerplate("# c\nline\t(unclosed\n", "my.tsv")
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("my.tsv:2:"), "{msg}");
        let err = r.add_boilerplate("odd\tx+\n", "my.tsv").unwrap_err();
        assert!(err.to_string().contains("unknown kind"), "{err}");
    }

    #[test]
    fn words_are_lower_case_alphanumeric_runs() {
        assert_eq!(
            words("Iran's envoy, Amir Saeid Iravani (UN) — 2024!"),
            ["irans", "envoy", "amir", "saeid", "iravani", "un", "2024"]
        );
    }
}
