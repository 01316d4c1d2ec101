//! Mapping offsets of the normalized text back to the raw text.
//!
//! [`normalize`](crate::normalize) changes lengths: it drops invisible
//! characters, collapses whitespace, turns `…` into `...`, `--` into `—`,
//! curly quotes (3 UTF-8 bytes) into `"` (1 byte) and composes NFC. Gold
//! annotations point into the raw text (often as Unicode code points), so
//! anything that scores sitrep's spans against them needs this map.

use crate::normalize;

/// For every byte offset of a normalized text, the code-point offset in the
/// raw text it came from. Built by [`align`].
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// Per normalized byte: raw code-point index where the normalized
    /// character holding that byte starts. One extra entry for the end.
    start: Vec<u32>,
    /// Per normalized byte: raw code-point index just past the raw
    /// characters that produced the normalized character holding that byte.
    end: Vec<u32>,
    raw_chars: usize,
}

impl OffsetMap {
    /// Raw code-point offset of a span starting at normalized byte `b`.
    pub fn raw_start(&self, b: usize) -> usize {
        self.start
            .get(b)
            .map_or(self.raw_chars, |&v| v as usize)
            .min(self.raw_chars)
    }

    /// Raw code-point offset of a span ending at normalized byte `b`
    /// (exclusive): the end of the raw characters behind the last normalized
    /// character before `b`.
    pub fn raw_end(&self, b: usize) -> usize {
        if b == 0 {
            return 0;
        }
        self.end
            .get(b - 1)
            .map_or(self.raw_chars, |&v| v as usize)
            .min(self.raw_chars)
    }

    /// Raw code-point range of the normalized byte range `start..end`.
    pub fn raw_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.raw_start(start);
        let e = self.raw_end(end).max(s);
        (s, e)
    }
}

/// Aligns `normalized` (which must be `normalize(raw)`) with `raw`, character
/// by character: equal characters pair up; raw whitespace and characters
/// that normalize to nothing are skipped; a raw character whose own
/// normalization appears next (a curly quote, `…`) pairs with it; a run of
/// two or three hyphens, apostrophes or backticks pairs with the dash or
/// double quote it became; combining marks folded by NFC join the character
/// before them. Linear in the input.
pub fn align(raw: &str, normalized: &str) -> OffsetMap {
    let r: Vec<char> = raw.chars().collect();
    let n: Vec<(usize, char)> = normalized.char_indices().collect();
    let mut start = vec![0u32; normalized.len() + 1];
    let mut end = vec![0u32; normalized.len() + 1];
    let mut set = |j: usize, a: usize, b: usize| {
        let (pos, c) = n[j];
        for k in pos..pos + c.len_utf8() {
            start[k] = a as u32;
            end[k] = b as u32;
        }
    };
    let (mut i, mut j) = (0usize, 0usize);
    let mut buf = String::new();
    while j < n.len() {
        let d = n[j].1;
        if i >= r.len() {
            set(j, r.len(), r.len());
            j += 1;
            continue;
        }
        let c = r[i];
        if c == d {
            // NFC may have folded following combining marks into `d`.
            let mut k = i + 1;
            while k < r.len() && is_combining(r[k]) && n.get(j + 1).is_none_or(|x| x.1 != r[k]) {
                k += 1;
            }
            set(j, i, k);
            i = k;
            j += 1;
            continue;
        }
        if c.is_whitespace() {
            if d.is_whitespace() {
                set(j, i, i + 1);
                j += 1;
            }
            i += 1;
            continue;
        }
        if matches!(c, '-' | '\'' | '`' | '\u{2018}' | '\u{2019}') && matches!(d, '—' | '"') {
            let mut k = i + 1;
            while k < r.len()
                && k < i + 3
                && normalize_char(r[k], &mut buf) == normalize_char(c, &mut buf)
            {
                k += 1;
            }
            set(j, i, k);
            i = k;
            j += 1;
            continue;
        }
        let s = normalize_char(c, &mut buf);
        if s.is_empty() {
            i += 1;
            continue;
        }
        let len = s.chars().count();
        if n[j..].iter().take(len).map(|x| x.1).eq(s.chars()) {
            for t in 0..len {
                set(j + t, i, i + 1);
            }
            i += 1;
            j += len;
            continue;
        }
        if is_combining(c) {
            i += 1;
            continue;
        }
        // A substitution (NFC composed `c` with the marks after it).
        let mut k = i + 1;
        while k < r.len() && is_combining(r[k]) && n.get(j + 1).is_none_or(|x| x.1 != r[k]) {
            k += 1;
        }
        set(j, i, k);
        i = k;
        j += 1;
    }
    let total = r.len();
    start[normalized.len()] = total as u32;
    end[normalized.len()] = total as u32;
    OffsetMap {
        start,
        end,
        raw_chars: total,
    }
}

fn normalize_char(c: char, buf: &mut String) -> String {
    buf.clear();
    buf.push(c);
    normalize(buf)
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::canonical_combining_class(c) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_slice(raw: &str, (s, e): (usize, usize)) -> String {
        raw.chars().skip(s).take(e - s).collect()
    }

    fn check(raw: &str, word: &str) -> String {
        let norm = normalize(raw);
        let map = align(raw, &norm);
        let b = norm.find(word).expect("word in normalized text");
        raw_slice(raw, map.raw_range(b, b + word.len()))
    }

    #[test]
    fn identity_on_plain_ascii() {
        let raw = "Officials said it was over.";
        assert_eq!(check(raw, "said"), "said");
        assert_eq!(check(raw, "over."), "over.");
    }

    #[test]
    fn curly_quotes_dashes_and_ellipsis() {
        let raw = "“It’s over,” he said — really… yes";
        assert_eq!(check(raw, "\"It's over,\""), "“It’s over,”");
        assert_eq!(check(raw, "he said"), "he said");
        assert_eq!(check(raw, "really..."), "really…");
        assert_eq!(check(raw, "yes"), "yes");
    }

    #[test]
    fn collapsed_whitespace_and_dropped_characters() {
        let raw = "  A\u{200B}B   said\r\n\r\n\r\nthat  --  x ``y''";
        assert_eq!(check(raw, "AB said"), "A\u{200B}B   said");
        assert_eq!(check(raw, "that"), "that");
        assert_eq!(check(raw, "—"), "--");
        assert_eq!(check(raw, "\"y\""), "``y''");
    }

    #[test]
    fn nfc_composition_keeps_later_offsets() {
        let raw = "Cafe\u{301} owner said no";
        assert_eq!(check(raw, "owner said"), "owner said");
        assert_eq!(check(raw, "Café"), "Cafe\u{301}");
    }
}
