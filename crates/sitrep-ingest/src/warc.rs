//! WARC files (`.warc`, `.warc.gz`; CC-NEWS layout), read as a stream.
//!
//! A hand-rolled record reader rather than the `warc` crate: we need to
//! resynchronise after a broken record header (skip to the next `WARC/1.`
//! line), to report each problem as `file#record-N`, to skip the bodies of
//! records we do not want without buffering them, and to read gzip through
//! `flate2`'s multi-member decoder (one gzip member per record in CC-NEWS).
//! Memory is one record body at most, capped by `--max-doc-bytes`.
//!
//! Only `response` records whose HTTP status is 200 and whose content type
//! is HTML become documents; `warcinfo`, `request`, `metadata`, redirects
//! and non-HTML payloads are skipped silently.
//!
//! Payloads are stored as they crossed the wire by some crawlers (wget,
//! warcprox): a `Transfer-Encoding: chunked` body is de-chunked and a
//! `Content-Encoding: gzip`/`deflate` body is decoded (capped at
//! `--max-doc-bytes` after decoding). Common Crawl stores decoded payloads
//! and renames those headers (`X-Crawler-…`), so they are read as they are;
//! a body that does not look encoded although its header says so (a writer
//! that decoded but kept the header) is also taken as it is.

use crate::pages::charset_of;
use crate::{error, io_reason, over_limit, InputError, RawItem, Reader};
use sitrep_html::Rules;
use std::io::{self, BufRead, Read};
use std::sync::Arc;

/// Longest header line we accept; a longer one is a broken record.
const MAX_LINE: u64 = 64 * 1024;
/// Most header lines in one WARC or HTTP header block.
const MAX_HEADERS: usize = 256;

pub(crate) struct WarcSource {
    name: String,
    reader: Reader,
    max: usize,
    /// The extractor's word lists for the pages (`None`: the built-in ones).
    rules: Option<Arc<Rules>>,
    record_no: usize,
    /// A `WARC/…` line already read while resynchronising.
    pending: Option<Vec<u8>>,
    done: bool,
}

enum Step {
    Doc(RawItem),
    Skip,
    Fail(InputError),
    /// A fatal read error: report it and stop this input.
    Fatal(InputError),
    End,
}

impl WarcSource {
    pub(crate) fn new(
        name: String,
        reader: Reader,
        max: usize,
        rules: Option<Arc<Rules>>,
    ) -> WarcSource {
        WarcSource {
            name,
            reader,
            max,
            rules,
            record_no: 0,
            pending: None,
            done: false,
        }
    }

    fn here(&self) -> String {
        format!("{}#record-{}", self.name, self.record_no)
    }

    fn read_line(&mut self) -> io::Result<Vec<u8>> {
        let mut line = Vec::new();
        (&mut self.reader)
            .take(MAX_LINE)
            .read_until(b'\n', &mut line)?;
        Ok(line)
    }

    /// Skips lines until one starts a record; keeps it for the next call.
    /// Returns false at the end of the input.
    fn resync(&mut self) -> io::Result<bool> {
        loop {
            let line = self.read_line()?;
            if line.is_empty() {
                return Ok(false);
            }
            if line.starts_with(b"WARC/1.") {
                self.pending = Some(line);
                return Ok(true);
            }
        }
    }

    fn skip(&mut self, n: u64) -> io::Result<u64> {
        io::copy(&mut (&mut self.reader).take(n), &mut io::sink())
    }

    fn step(&mut self) -> Step {
        // The version line, skipping the blank lines between records.
        let version = loop {
            let line = match self.pending.take() {
                Some(line) => line,
                None => match self.read_line() {
                    Ok(line) => line,
                    Err(e) => {
                        self.record_no += 1;
                        return Step::Fatal(error(self.here(), io_reason(&e)));
                    }
                },
            };
            if line.is_empty() {
                return Step::End;
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                break line;
            }
        };
        self.record_no += 1;
        let here = self.here();
        if !version.starts_with(b"WARC/1.") {
            return self.broken(here, "not a WARC record header (no WARC/1.x line)");
        }
        // WARC headers.
        let mut record_type = None;
        let mut target = None;
        let mut date = None;
        let mut length: Option<u64> = None;
        let mut count = 0;
        loop {
            let line = match self.read_line() {
                Ok(line) => line,
                Err(e) => return Step::Fatal(error(here, io_reason(&e))),
            };
            if line.is_empty() {
                return Step::Fatal(error(here, "file ends inside a record header (truncated)"));
            }
            if line == b"\r\n" || line == b"\n" {
                break;
            }
            count += 1;
            if count > MAX_HEADERS || line.last() != Some(&b'\n') {
                return self.broken(here, "broken record header (too long)");
            }
            let Some((key, value)) = split_header(&line) else {
                return self.broken(here, "broken record header (a line without `name: value`)");
            };
            match key.to_ascii_lowercase().as_str() {
                "warc-type" => record_type = Some(value.to_ascii_lowercase()),
                "warc-target-uri" => target = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => date = crate::iso_date(&value),
                "content-length" => match value.parse() {
                    Ok(n) => length = Some(n),
                    Err(_) => {
                        return self.broken(here, format!("bad Content-Length `{value}`"));
                    }
                },
                _ => {}
            }
        }
        let Some(length) = length else {
            return self.broken(here, "record header has no Content-Length");
        };
        let wanted = record_type.as_deref() == Some("response");
        let Some(uri) = target.filter(|_| wanted) else {
            return self.skip_body(here, length);
        };
        // The HTTP response head.
        let mut block = (&mut self.reader).take(length);
        let http = match read_http_head(&mut block) {
            Ok(Some(http)) => http,
            Ok(None) => {
                // Not HTTP (e.g. a DNS record): skip what is left.
                let left = block.limit();
                return self.skip_body(here, left);
            }
            Err(e) => return Step::Fatal(error(here, io_reason(&e))),
        };
        let left = block.limit();
        let html = http
            .content_type
            .as_deref()
            .is_some_and(|t| t.to_ascii_lowercase().contains("html"));
        if http.status != 200 || !html {
            return self.skip_body(here, left);
        }
        if left > self.max as u64 {
            return match self.skip(left) {
                Ok(n) if n == left => Step::Fail(over_limit(&here, "record", self.max)),
                Ok(_) => Step::Fatal(error(here, "file ends inside a record (truncated)")),
                Err(e) => Step::Fatal(error(here, io_reason(&e))),
            };
        }
        let mut body = Vec::with_capacity(left as usize);
        match (&mut self.reader).take(left).read_to_end(&mut body) {
            Ok(n) if n as u64 == left => {}
            Ok(_) => return Step::Fatal(error(here, "file ends inside a record (truncated)")),
            Err(e) => return Step::Fatal(error(here, io_reason(&e))),
        }
        let body = match decode_payload(body, &http, self.max) {
            Ok(body) => body,
            Err(Undecodable::TooLarge) => {
                return Step::Fail(over_limit(&here, "decoded record", self.max))
            }
            Err(Undecodable::Reason(reason)) => return Step::Fail(error(here, reason)),
        };
        let charset = http
            .content_type
            .as_deref()
            .and_then(charset_of)
            .map(str::to_string);
        // Extraction happens in `RawItem::finish`, off the reading thread.
        Step::Doc(RawItem::html(
            here,
            body,
            charset,
            Some(uri),
            date,
            self.rules.clone(),
        ))
    }

    fn skip_body(&mut self, here: String, length: u64) -> Step {
        match self.skip(length) {
            Ok(n) if n == length => Step::Skip,
            Ok(_) => Step::Fatal(error(here, "file ends inside a record (truncated)")),
            Err(e) => Step::Fatal(error(here, io_reason(&e))),
        }
    }

    /// Reports a broken record and moves to the next `WARC/1.` line.
    fn broken(&mut self, here: String, reason: impl Into<String>) -> Step {
        let e = error(here, reason);
        match self.resync() {
            Ok(_) => Step::Fail(e),
            Err(read) => {
                // The stream itself broke while skipping: say both.
                Step::Fatal(error(
                    e.input.clone(),
                    format!("{}; then {}", e.reason, io_reason(&read)),
                ))
            }
        }
    }
}

impl Iterator for WarcSource {
    type Item = Result<RawItem, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Step::Doc(doc) => return Some(Ok(doc)),
                Step::Skip => {}
                Step::Fail(e) => return Some(Err(e)),
                Step::Fatal(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Step::End => {
                    self.done = true;
                    if self.record_no == 0 {
                        return Some(Err(error(self.name.clone(), "empty document")));
                    }
                }
            }
        }
        None
    }
}

fn split_header(line: &[u8]) -> Option<(String, String)> {
    let line = std::str::from_utf8(line).ok()?;
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    if key.is_empty() || key.contains(char::is_whitespace) {
        return None;
    }
    Some((key.to_string(), value.trim().to_string()))
}

struct HttpHead {
    status: u16,
    content_type: Option<String>,
    /// `Transfer-Encoding` includes `chunked`.
    chunked: bool,
    /// `Content-Encoding`, lower-cased (`identity` when absent).
    content_encoding: String,
}

enum Undecodable {
    TooLarge,
    Reason(String),
}

/// The payload as the server meant it: de-chunked, then decoded.
fn decode_payload(body: Vec<u8>, http: &HttpHead, max: usize) -> Result<Vec<u8>, Undecodable> {
    let body = if http.chunked {
        dechunk(&body).unwrap_or(body)
    } else {
        body
    };
    match http.content_encoding.as_str() {
        "" | "identity" | "none" => Ok(body),
        "gzip" | "x-gzip" if body.starts_with(&[0x1f, 0x8b]) => {
            inflate(flate2::read::MultiGzDecoder::new(&body[..]), max, "gzip")
        }
        // RFC 9110's deflate is zlib-wrapped; some servers send it raw.
        "deflate" if body.first().is_some_and(|b| b & 0x0f == 8) => {
            inflate(flate2::read::ZlibDecoder::new(&body[..]), max, "deflate")
                .or_else(|_| inflate(flate2::read::DeflateDecoder::new(&body[..]), max, "deflate"))
        }
        "deflate" => inflate(flate2::read::DeflateDecoder::new(&body[..]), max, "deflate"),
        // Header kept although the body was stored decoded.
        "gzip" | "x-gzip" => Ok(body),
        other => Err(Undecodable::Reason(format!(
            "payload has content encoding `{other}`, which is not supported (gzip and deflate are)"
        ))),
    }
}

/// Reads a decoder to its end, refusing more than `max` bytes of output.
fn inflate(decoder: impl Read, max: usize, what: &str) -> Result<Vec<u8>, Undecodable> {
    let mut out = Vec::new();
    match decoder.take(max as u64 + 1).read_to_end(&mut out) {
        Ok(_) if out.len() > max => Err(Undecodable::TooLarge),
        Ok(_) => Ok(out),
        Err(e) => Err(Undecodable::Reason(format!(
            "payload is not valid {what} ({e})"
        ))),
    }
}

/// `Transfer-Encoding: chunked` → the body; `None` when it is not chunked
/// after all (then the bytes are used as stored). A missing last chunk
/// (a truncated capture) keeps what arrived.
fn dechunk(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut at = 0;
    while at < raw.len() {
        let Some(len) = raw[at..].iter().position(|&b| b == b'\n') else {
            // Cut inside a size line: a truncated capture.
            break;
        };
        let line_end = at + len;
        let line = std::str::from_utf8(&raw[at..line_end]).ok()?;
        // Chunk extensions (`;name=value`) are ignored.
        let size = line.split(';').next()?.trim();
        let size = usize::from_str_radix(size, 16).ok()?;
        at = line_end + 1;
        if size == 0 {
            return Some(out);
        }
        let end = at.checked_add(size)?.min(raw.len());
        out.extend_from_slice(&raw[at..end]);
        at = end;
        // The CRLF after the chunk data.
        if raw[at..].starts_with(b"\r\n") {
            at += 2;
        } else if raw[at..].starts_with(b"\n") {
            at += 1;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Reads an HTTP response head; `None` when the block is not HTTP.
fn read_http_head(block: &mut io::Take<&mut Reader>) -> io::Result<Option<HttpHead>> {
    let mut line = Vec::new();
    block.take(MAX_LINE).read_until(b'\n', &mut line)?;
    let status_line = String::from_utf8_lossy(&line);
    let mut parts = status_line.split_whitespace();
    let is_http = parts.next().is_some_and(|p| p.starts_with("HTTP/"));
    let Some(status) = parts
        .next()
        .and_then(|s| s.parse().ok())
        .filter(|_| is_http)
    else {
        return Ok(None);
    };
    let mut content_type = None;
    let mut chunked = false;
    let mut content_encoding = String::new();
    for _ in 0..MAX_HEADERS {
        line.clear();
        let n = block.take(MAX_LINE).read_until(b'\n', &mut line)?;
        if n == 0 || line == b"\r\n" || line == b"\n" {
            break;
        }
        if let Some((k, v)) = split_header(&line) {
            if k.eq_ignore_ascii_case("content-type") {
                content_type = Some(v);
            } else if k.eq_ignore_ascii_case("transfer-encoding") {
                chunked |= v.to_ascii_lowercase().contains("chunked");
            } else if k.eq_ignore_ascii_case("content-encoding") {
                content_encoding = v.trim().to_ascii_lowercase();
            }
        }
    }
    Ok(Some(HttpHead {
        status,
        content_type,
        chunked,
        content_encoding,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::{GzEncoder, ZlibEncoder};
    use flate2::Compression;
    use std::io::Write;

    fn head(chunked: bool, encoding: &str) -> HttpHead {
        HttpHead {
            status: 200,
            content_type: Some("text/html".into()),
            chunked,
            content_encoding: encoding.into(),
        }
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    fn chunk(data: &[u8], size: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for part in data.chunks(size) {
            out.extend_from_slice(format!("{:x};ext=1\r\n", part.len()).as_bytes());
            out.extend_from_slice(part);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n\r\n");
        out
    }

    fn decoded(body: Vec<u8>, http: &HttpHead) -> Vec<u8> {
        decode_payload(body, http, 1 << 20).unwrap_or_else(|_| panic!("undecodable"))
    }

    const PAGE: &[u8] = b"<html><body><p>Talks resumed in Muscat.</p></body></html>";

    #[test]
    fn chunked_and_gzipped_payloads_are_decoded() {
        assert_eq!(decoded(chunk(PAGE, 7), &head(true, "")), PAGE);
        assert_eq!(decoded(gzip(PAGE), &head(false, "gzip")), PAGE);
        assert_eq!(decoded(chunk(&gzip(PAGE), 5), &head(true, "x-gzip")), PAGE);
        let mut z = ZlibEncoder::new(Vec::new(), Compression::fast());
        z.write_all(PAGE).unwrap();
        assert_eq!(decoded(z.finish().unwrap(), &head(false, "deflate")), PAGE);
    }

    #[test]
    fn payloads_stored_decoded_despite_their_headers_are_kept() {
        assert_eq!(decoded(PAGE.to_vec(), &head(true, "gzip")), PAGE);
        // A truncated chunked capture keeps what arrived.
        let mut cut = chunk(PAGE, 10);
        cut.truncate(cut.len() - 20);
        assert!(PAGE.starts_with(&decoded(cut, &head(true, ""))));
    }

    #[test]
    fn bad_or_unsupported_encodings_are_errors() {
        let mut broken = gzip(PAGE);
        broken.truncate(broken.len() / 2);
        assert!(matches!(
            decode_payload(broken, &head(false, "gzip"), 1 << 20),
            Err(Undecodable::Reason(r)) if r.contains("not valid gzip")
        ));
        assert!(matches!(
            decode_payload(PAGE.to_vec(), &head(false, "br"), 1 << 20),
            Err(Undecodable::Reason(r)) if r.contains("`br`")
        ));
        // A gzip bomb stops at the cap.
        let bomb = gzip(&vec![b'a'; 4 << 20]);
        assert!(matches!(
            decode_payload(bomb, &head(false, "gzip"), 1 << 20),
            Err(Undecodable::TooLarge)
        ));
    }
}
