//! Reading inputs into [`Document`]s.
//!
//! Accepts files, directories (walked recursively in sorted order, so output
//! order is reproducible) and `-` for standard input. Formats:
//! - plain text (`.txt`, `.md`, `.markdown`): one document per file; the
//!   first line is taken as the title when it looks like one (short, no final
//!   period, followed by a blank line; a Markdown `#` heading always is);
//! - JSON Lines (`.jsonl`, `.ndjson`): one object per line with `text` and
//!   optional `title`, `url`, `published`, `outlet`, `language`.
//!
//! Other files named explicitly are sniffed: a first non-blank byte `{`
//! means JSON Lines, anything else plain text. Inside directories only the
//! known extensions are read, and hidden entries are skipped.
//!
//! Every problem is an [`InputError`] naming the input (file, or
//! `file:line` for JSON Lines) and the reason; the caller reports it and
//! carries on. Nothing here reads a whole corpus into memory: documents come
//! out of [`DocumentSource`] one at a time.

use sitrep_record::Document;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Default cap on one document's size. News articles are tens of kilobytes;
/// anything this large is a broken export or not an article, and analysing it
/// would hold the whole run up.
pub const DEFAULT_MAX_DOC_BYTES: usize = 8 * 1024 * 1024;

/// A problem with one input, reported and skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input: a path, `path:line`, or `<stdin>`.
    pub input: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

impl std::error::Error for InputError {}

fn error(input: impl Into<String>, reason: impl Into<String>) -> InputError {
    InputError {
        input: input.into(),
        reason: reason.into(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
}

fn format_by_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" | "markdown" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        _ => None,
    }
}

/// One input to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Expands command-line arguments into inputs: `-` is stdin, directories
/// are walked. Problems (missing path, unreadable directory) come back as
/// errors in the same order, so they are reported where they occur.
pub fn expand(args: &[String]) -> Vec<Result<Input, InputError>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        let path = PathBuf::from(arg);
        match std::fs::metadata(&path) {
            Err(e) => out.push(Err(error(arg.clone(), io_reason(&e)))),
            Ok(m) if m.is_dir() => walk(&path, &mut out),
            Ok(_) => out.push(Ok(Input::File(path))),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Input, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Err(error(dir.display().to_string(), io_reason(&e))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => out.push(Err(error(dir.display().to_string(), io_reason(&e)))),
        }
    }
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, out),
            Ok(_) if format_by_extension(&path).is_some() => out.push(Ok(Input::File(path))),
            Ok(_) => {}
            Err(e) => out.push(Err(error(path.display().to_string(), io_reason(&e)))),
        }
    }
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Streams the documents of one input, one at a time.
pub struct DocumentSource {
    name: String,
    format: Format,
    reader: Box<dyn BufRead + Send>,
    max_doc_bytes: usize,
    line_no: usize,
    done: bool,
}

impl DocumentSource {
    /// Opens an input. Fails when it cannot be opened.
    pub fn open(input: &Input, max_doc_bytes: usize) -> Result<DocumentSource, InputError> {
        let name = input.name();
        let (mut reader, ext_format): (Box<dyn BufRead + Send>, Option<Format>) = match input {
            Input::Stdin => (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                None,
            ),
            Input::File(path) => {
                let file = File::open(path).map_err(|e| error(name.clone(), io_reason(&e)))?;
                (
                    Box::new(BufReader::with_capacity(1 << 16, file)),
                    format_by_extension(path),
                )
            }
        };
        let format = match ext_format {
            Some(f) => f,
            None => {
                let head = reader
                    .fill_buf()
                    .map_err(|e| error(name.clone(), io_reason(&e)))?;
                match head.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'{') => Format::JsonLines,
                    _ => Format::Text,
                }
            }
        };
        Ok(DocumentSource {
            name,
            format,
            reader,
            max_doc_bytes,
            line_no: 0,
            done: false,
        })
    }

    fn next_text(&mut self) -> Option<Result<Document, InputError>> {
        self.done = true;
        let mut bytes = Vec::new();
        let limit = self.max_doc_bytes as u64 + 1;
        if let Err(e) = (&mut self.reader).take(limit).read_to_end(&mut bytes) {
            return Some(Err(error(self.name.clone(), io_reason(&e))));
        }
        if bytes.len() > self.max_doc_bytes {
            return Some(Err(error(
                self.name.clone(),
                format!(
                    "document is over the {} limit (see --max-doc-bytes)",
                    human_bytes(self.max_doc_bytes)
                ),
            )));
        }
        Some(text_document(&self.name, &bytes))
    }

    fn next_json_line(&mut self) -> Option<Result<Document, InputError>> {
        loop {
            self.line_no += 1;
            let mut line = Vec::new();
            let limit = self.max_doc_bytes as u64 + 1;
            match (&mut self.reader).take(limit).read_until(b'\n', &mut line) {
                Err(e) => {
                    self.done = true;
                    return Some(Err(error(self.name.clone(), io_reason(&e))));
                }
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
            }
            let where_ = format!("{}:{}", self.name, self.line_no);
            if line.len() > self.max_doc_bytes && line.last() != Some(&b'\n') {
                // Skip the rest of the over-long line so the next one parses.
                let mut sink = Vec::new();
                if let Err(e) = skip_line(&mut self.reader, &mut sink) {
                    self.done = true;
                    return Some(Err(error(where_, io_reason(&e))));
                }
                return Some(Err(error(
                    where_,
                    format!(
                        "line is over the {} limit (see --max-doc-bytes)",
                        human_bytes(self.max_doc_bytes)
                    ),
                )));
            }
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(json_document(&where_, &line));
        }
    }
}

fn skip_line(reader: &mut Box<dyn BufRead + Send>, scratch: &mut Vec<u8>) -> io::Result<()> {
    loop {
        scratch.clear();
        let n = reader.take(1 << 20).read_until(b'\n', scratch)?;
        if n == 0 || scratch.last() == Some(&b'\n') {
            return Ok(());
        }
    }
}

impl Iterator for DocumentSource {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.format {
            Format::Text => self.next_text(),
            Format::JsonLines => self.next_json_line(),
        }
    }
}

fn human_bytes(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

/// Checks raw bytes are usable text: not binary, valid UTF-8.
fn decode<'a>(input: &str, bytes: &'a [u8]) -> Result<&'a str, InputError> {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b))
        .count();
    if sample.contains(&0) || controls * 10 > sample.len().max(1) {
        return Err(error(input, "binary data, not text"));
    }
    std::str::from_utf8(bytes)
        .map_err(|e| error(input, format!("invalid UTF-8 at byte {}", e.valid_up_to())))
}

/// A plain-text document; the first line becomes the title when it looks like one.
pub fn text_document(input: &str, bytes: &[u8]) -> Result<Document, InputError> {
    let text = decode(input, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(error(input, "empty document"));
    }
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    let first = first.trim_end_matches('\r');
    let heading = first
        .strip_prefix('#')
        .map(|h| h.trim_start_matches('#').trim());
    let looks_like_title = heading.is_some()
        || (first.chars().count() <= 200
            && !first.trim_end().ends_with(['.', '!', '?', '"', ':'])
            && rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n'));
    let (title, body) = if looks_like_title && !rest.trim().is_empty() {
        (
            Some(heading.unwrap_or(first.trim()).to_string()).filter(|t| !t.is_empty()),
            rest,
        )
    } else {
        (None, text)
    };
    Ok(Document {
        uri: input.to_string(),
        title,
        text: body.to_string(),
        ..Default::default()
    })
}

/// A JSON Lines document.
pub fn json_document(input: &str, line: &[u8]) -> Result<Document, InputError> {
    let text = decode(input, line)?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| error(input, format!("not valid JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| error(input, "not a JSON object"))?;
    let field = |name: &str| -> Result<Option<String>, InputError> {
        match obj.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => {
                Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
            }
            Some(_) => Err(error(input, format!("field `{name}` is not a string"))),
        }
    };
    let body = field("text")?.ok_or_else(|| error(input, "no `text` field (or it is empty)"))?;
    let url = field("url")?;
    Ok(Document {
        uri: url.unwrap_or_else(|| input.to_string()),
        title: field("title")?,
        outlet: field("outlet")?,
        published: field("published")?.as_deref().and_then(iso_date),
        language: field("language")?,
        text: body,
    })
}

/// The `YYYY-MM-DD` date at the start of an ISO 8601 date or date-time.
pub fn iso_date(s: &str) -> Option<String> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10);
    let month: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    (ok && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_first_line_when_it_looks_like_one() {
        let d = text_document("a.txt", b"Iran rejects talks\n\nTEHRAN - Iran said no.").unwrap();
        assert_eq!(d.title.as_deref(), Some("Iran rejects talks"));
        assert_eq!(d.text.trim(), "TEHRAN - Iran said no.");
        let d = text_document("a.txt", b"Iran said no.\n\nIt was final.").unwrap();
        assert_eq!(d.title, None);
        let d = text_document("a.md", b"# Heading here\nBody.").unwrap();
        assert_eq!(d.title.as_deref(), Some("Heading here"));
    }

    #[test]
    fn bad_bytes_are_named() {
        assert_eq!(
            text_document("b", b"\x00\x01\x02abc").unwrap_err().reason,
            "binary data, not text"
        );
        assert!(text_document("b", b"abc \xff\xfe def")
            .unwrap_err()
            .reason
            .starts_with("invalid UTF-8 at byte 4"));
        assert_eq!(
            text_document("b", b"  \n ").unwrap_err().reason,
            "empty document"
        );
    }

    #[test]
    fn json_lines_fields() {
        let d = json_document(
            "f:1",
            br#"{"text":"Body.","title":"T","url":"https://x/y","published":"2025-04-12T10:00:00Z","outlet":"Reuters"}"#,
        )
        .unwrap();
        assert_eq!(d.uri, "https://x/y");
        assert_eq!(d.published.as_deref(), Some("2025-04-12"));
        assert_eq!(d.outlet.as_deref(), Some("Reuters"));
        assert!(json_document("f:2", br#"{"title":"x"}"#)
            .unwrap_err()
            .reason
            .contains("text"));
        assert!(json_document("f:3", b"{not json")
            .unwrap_err()
            .reason
            .starts_with("not valid JSON"));
        assert!(json_document("f:4", br#"{"text": 5}"#)
            .unwrap_err()
            .reason
            .contains("not a string"));
    }

    #[test]
    fn over_long_json_line_is_skipped_and_next_line_read() {
        let dir = std::env::temp_dir().join(format!("sitrep-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("big.jsonl");
        let long = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"short one\"}}\n",
            "a".repeat(5000)
        );
        std::fs::write(&path, long).unwrap();
        let docs: Vec<_> = DocumentSource::open(&Input::File(path.clone()), 1000)
            .unwrap()
            .collect();
        assert_eq!(docs.len(), 2);
        assert!(docs[0].as_ref().unwrap_err().reason.contains("limit"));
        assert_eq!(docs[1].as_ref().unwrap().text, "short one");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("2024-10-01"), Some("2024-10-01".into()));
        assert_eq!(iso_date("2024-13-01"), None);
        assert_eq!(iso_date("yesterday"), None);
    }
}
