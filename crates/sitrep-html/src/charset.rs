//! Character sets: which encoding the bytes are in, and decoding them to UTF-8.
//!
//! Order of evidence: a byte-order mark, then the HTTP `Content-Type` charset, then a
//! `<meta charset>` / `http-equiv` declaration in the first 8 KiB, then statistical sniffing
//! (`chardetng`). A declared charset the bytes are not valid in is ignored in favour of
//! sniffing, and so is a legacy single-byte declaration on bytes that are valid UTF-8 with
//! non-ASCII text (the commonest mislabelling on the web).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How far into the page to look for a `<meta charset>`.
const META_WINDOW: usize = 8 * 1024;

pub(crate) fn strip_utf8_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Names the kind of binary data, if the bytes are not text at all.
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 12] = [
        (b"%PDF-", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"\xFD7zXZ\x00", "xz-compressed data"),
        (b"BZh", "bzip2-compressed data"),
        (b"\x28\xB5\x2F\xFD", "zstd-compressed data"),
        (b"\x7FELF", "an executable"),
        (b"RIFF", "a RIFF media file"),
        (b"\x00\x00\x01\x00", "an icon"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e == UTF_16LE || e == UTF_16BE) {
        return None;
    }
    // Text never holds NUL bytes, and holds few other C0 controls.
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if nul > head.len() / 1000 + 1 || controls > head.len() / 20 + 8 {
        return Some("control characters and NUL bytes");
    }
    None
}

/// Decodes the page to UTF-8. Never fails: bytes invalid in the chosen encoding become U+FFFD.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> String {
    let encoding = detect(bytes, http_charset);
    // `decode` strips a BOM that matches the encoding; NUL bytes are dropped because no
    // parser downstream wants them.
    let (text, _, _) = encoding.decode(bytes);
    if text.contains('\0') {
        text.replace('\0', "")
    } else {
        text.into_owned()
    }
}

/// Picks the encoding of the page.
pub(crate) fn detect(bytes: &[u8], http_charset: Option<&str>) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    let declared = http_charset
        .and_then(|l| Encoding::for_label(l.trim().trim_matches(['"', '\'']).as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_WINDOW)]))
        // A page cannot declare itself UTF-16 from inside ASCII-compatible bytes.
        .map(|e| {
            if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            }
        });
    if let Some(enc) = declared {
        if fits(enc, bytes) {
            return enc;
        }
    }
    sniff(bytes)
}

/// Whether the declared encoding is believable for these bytes.
fn fits(enc: &'static Encoding, bytes: &[u8]) -> bool {
    if enc == UTF_8 {
        return std::str::from_utf8(bytes).is_ok() || valid_utf8_but_truncated(bytes);
    }
    if enc.is_single_byte() {
        // Valid UTF-8 with multi-byte sequences is almost never really Latin-1 etc.
        return !(bytes.iter().any(|&b| b >= 0x80) && std::str::from_utf8(bytes).is_ok());
    }
    // Multi-byte legacy encodings (Shift_JIS, GBK, EUC-KR, Big5…): they must decode cleanly.
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    matches!(result, encoding_rs::DecoderResult::InputEmpty)
}

/// UTF-8 that is valid except for a multi-byte sequence cut off at the very end.
fn valid_utf8_but_truncated(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

fn sniff(bytes: &[u8]) -> &'static Encoding {
    if valid_utf8_but_truncated(bytes) {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    // The detector needs no more than a good sample; 256 KiB keeps huge pages cheap.
    let sample = &bytes[..bytes.len().min(256 * 1024)];
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, true);
    if guess == UTF_16LE || guess == UTF_16BE {
        WINDOWS_1252
    } else {
        guess
    }
}

/// Finds `charset=…` inside a `<meta …>` tag.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = skip(rest, |b| b.is_ascii_whitespace());
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = skip(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
                let len = rest
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(&b)))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn skip(s: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = s.iter().position(|&b| !pred(b)).unwrap_or(s.len());
    &s[n..]
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_read() {
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><body>Caf\xE9</body>";
        assert_eq!(
            decode(page, None),
            "<html><head><meta charset=\"ISO-8859-1\"></head><body>Caf\u{e9}</body>"
        );
        let page = b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>\xcf\xf0\xe8\xe2\xe5\xf2";
        assert!(decode(page, None).ends_with("Привет"));
    }

    #[test]
    fn bom_wins() {
        let page = b"\xEF\xBB\xBF<meta charset=latin1>\xC3\xA9";
        assert_eq!(decode(page, None), "<meta charset=latin1>é");
    }

    #[test]
    fn wrong_declaration_falls_back_to_sniffing() {
        // Declared UTF-8, really windows-1252.
        let page = b"<meta charset=utf-8><p>Caf\xE9 cr\xE8me br\xFBl\xE9e, d\xE9j\xE0 vu</p>";
        assert!(decode(page, None).contains("Café crème brûlée"));
        // Declared Latin-1, really UTF-8.
        let page = "<meta charset=iso-8859-1><p>Café crème</p>".as_bytes();
        assert!(decode(page, None).contains("Café crème"));
    }

    #[test]
    fn http_charset_outranks_meta() {
        let page = b"<meta charset=utf-8><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page, Some("windows-1251")).contains("Привет"));
        // Unusable HTTP charset label: falls through to meta / sniffing.
        assert!(decode("<p>é</p>".as_bytes(), Some("x-bogus")).contains('é'));
    }

    #[test]
    fn binary_is_named() {
        assert_eq!(binary_kind(b"%PDF-1.7 ..."), Some("a PDF document"));
        assert!(binary_kind(&[0u8; 100]).is_some());
        assert!(binary_kind(b"<html>plain</html>").is_none());
    }
}
