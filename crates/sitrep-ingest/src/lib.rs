//! Turning inputs as they really arrive into [`Document`]s, one at a time.
//!
//! Accepts files, directories (walked recursively in sorted order, hidden
//! entries skipped, so output order is reproducible), glob patterns the
//! shell did not expand, and `-` for standard input. Formats:
//!
//! - plain text (`.txt`, `.md`): one document per file; the first line is
//!   the title when it looks like one (see [`text_document`]);
//! - JSON Lines (`.jsonl`, `.ndjson`) and CSV/TSV (`.csv`, `.tsv`): one
//!   document per line or row, fields named by a [`FieldMap`];
//! - feeds (`.rss`, `.atom`, `.xml`, JSON Feed): one document per entry,
//!   full text from a folder of saved pages when there is one ([`pages`]);
//! - HTML pages (`.html`, `.htm`): the article, through `sitrep-html`;
//! - WARC (`.warc`, `.warc.gz`, CC-NEWS layout): one document per HTTP 200
//!   HTML `response` record, read as a stream.
//!
//! The format is detected from the content as well as the name: gzip is
//! unwrapped whatever the file is called, and `WARC/1.`, `<rss`, `<feed`,
//! `<?xml`, `<html`, a JSON Feed object or a `{` line are recognised on
//! standard input and in files with unknown extensions.
//!
//! Every problem is an [`InputError`] naming the input (a path, `path:line`,
//! `path#entry-N`, `file.warc.gz#record-N`) and the reason; the caller reports
//! it and carries on. Nothing here reads a whole corpus into memory: documents
//! come out of [`DocumentSource`] one at a time (a feed, which is small, is
//! parsed whole). HTML pages come out as [`RawItem`]s whose extraction
//! ([`RawItem::finish`]) the caller may run in parallel, off the thread that
//! reads the input.

mod date;
mod feed;
pub mod html;
pub mod lang;
pub mod pages;
mod table;
mod warc;

pub use date::{iso_date, normalize_date};

use flate2::bufread::MultiGzDecoder;
use sitrep_record::Document;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The HTML extractor's word lists (`data/html/boilerplate.tsv`), which a user's data folder
/// extends.
pub use sitrep_html::Rules as HtmlRules;

/// Default cap on one document's size. News articles are tens of kilobytes;
/// anything this large is a broken export or not an article, and analysing it
/// would hold the whole run up.
pub const DEFAULT_MAX_DOC_BYTES: usize = 8 * 1024 * 1024;

/// A problem with one input, reported and skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input: a path, `path:line`, `path#record-N`, or `<stdin>`.
    pub input: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

impl std::error::Error for InputError {}

pub(crate) fn error(input: impl Into<String>, reason: impl Into<String>) -> InputError {
    InputError {
        input: input.into(),
        reason: reason.into(),
    }
}

/// Which field (JSON Lines) or column (CSV) holds what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMap {
    pub text: String,
    pub title: String,
    pub date: String,
    pub url: String,
    pub outlet: String,
    pub language: String,
}

impl Default for FieldMap {
    fn default() -> FieldMap {
        FieldMap {
            text: "text".into(),
            title: "title".into(),
            date: "published".into(),
            url: "url".into(),
            outlet: "outlet".into(),
            language: "language".into(),
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Skip documents (and JSON lines, CSV rows, WARC records) larger than this.
    pub max_doc_bytes: usize,
    /// Field names for JSON Lines and CSV.
    pub fields: FieldMap,
    /// A folder of saved pages (see [`pages`]) giving feed entries their full text.
    pub pages: Option<pages::PagesDir>,
    /// The HTML extractor's word lists (a user's `html/boilerplate.tsv`); `None`: the built-in
    /// ones.
    pub html_rules: Option<Arc<sitrep_html::Rules>>,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            fields: FieldMap::default(),
            pages: None,
            html_rules: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    Csv { tabs: bool },
    Feed,
    Html,
    Warc,
}

fn format_of_extension(ext: &str) -> Option<Format> {
    match ext.to_ascii_lowercase().as_str() {
        "txt" | "md" | "markdown" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
        "csv" => Some(Format::Csv { tabs: false }),
        "tsv" => Some(Format::Csv { tabs: true }),
        "rss" | "atom" | "xml" | "rdf" | "feed" => Some(Format::Feed),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "warc" | "arc" => Some(Format::Warc),
        _ => None,
    }
}

/// The format a file name promises, looking through a `.gz` suffix.
fn format_by_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?;
    if ext.eq_ignore_ascii_case("gz") {
        let stem = Path::new(path.file_stem()?);
        return format_of_extension(stem.extension()?.to_str()?);
    }
    format_of_extension(ext)
}

fn is_gzip_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

fn first_byte(head: &[u8]) -> Option<u8> {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    head.iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// The format the first bytes of an input show, when they show one.
fn sniff(head: &[u8]) -> Option<Format> {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..];
    let lower: Vec<u8> = head[..head.len().min(4096)].to_ascii_lowercase();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"warc/") {
        return Some(Format::Warc);
    }
    if lower.starts_with(b"<") {
        let feed_root = has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf");
        if feed_root && !has(b"<html") {
            return Some(Format::Feed);
        }
        if lower.starts_with(b"<?xml") && !has(b"<html") && !has(b"<!doctype html") {
            return Some(Format::Feed);
        }
        return Some(Format::Html);
    }
    if sitrep_html::looks_like_html(head) {
        return Some(Format::Html);
    }
    if lower.starts_with(b"{") {
        if has(b"jsonfeed.org/version") {
            return Some(Format::Feed);
        }
        return Some(Format::JsonLines);
    }
    None
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
/// are walked, glob patterns (`*`, `?`, `[…]`) the shell left alone are
/// expanded in sorted order. Problems (missing path, unreadable directory, a
/// pattern matching nothing) come back as errors in the same order, so they
/// are reported where they occur.
pub fn expand(args: &[String]) -> Vec<Result<Input, InputError>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        let path = PathBuf::from(arg);
        match std::fs::metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound && arg.contains(['*', '?', '[']) => {
                expand_glob(arg, &mut out)
            }
            Err(e) => out.push(Err(error(arg.clone(), io_reason(&e)))),
            Ok(m) if m.is_dir() => walk(&path, &mut out),
            Ok(_) => out.push(Ok(Input::File(path))),
        }
    }
    out
}

fn expand_glob(pattern: &str, out: &mut Vec<Result<Input, InputError>>) {
    let options = glob::MatchOptions {
        require_literal_leading_dot: true,
        ..glob::MatchOptions::new()
    };
    let paths = match glob::glob_with(pattern, options) {
        Ok(paths) => paths,
        Err(e) => {
            out.push(Err(error(pattern, format!("bad pattern: {e}"))));
            return;
        }
    };
    let mut found: Vec<PathBuf> = Vec::new();
    for entry in paths {
        match entry {
            Ok(p) => found.push(p),
            Err(e) => out.push(Err(error(
                e.path().display().to_string(),
                io_reason(e.error()),
            ))),
        }
    }
    if found.is_empty() {
        out.push(Err(error(pattern, "no file matches this pattern")));
        return;
    }
    found.sort();
    for path in found {
        if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            walk(&path, out);
        } else {
            out.push(Ok(Input::File(path)));
        }
    }
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

pub(crate) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::UnexpectedEof => "file ends early (truncated)".to_string(),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => {
            format!("corrupt data: {e}")
        }
        _ => e.to_string(),
    }
}

/// A document and the input it came from (`path`, `path:line`,
/// `file.warc.gz#record-N`, …), for messages about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ingested {
    pub input: String,
    pub doc: Document,
}

/// An item read from an input whose decoding may still be to do: HTML
/// pages (files and WARC records) are parsed by [`RawItem::finish`], which
/// is pure, so a caller can run it on many items in parallel while the input
/// is read on one thread.
#[derive(Debug, Clone)]
pub struct RawItem {
    input: String,
    kind: RawKind,
}

#[derive(Debug, Clone)]
enum RawKind {
    Ready(Document),
    Html {
        bytes: Vec<u8>,
        charset: Option<String>,
        url: Option<String>,
        /// Used when the page gives no date (the WARC-Date of a record).
        published: Option<String>,
        /// The extractor's word lists (`None`: the built-in ones).
        rules: Option<Arc<sitrep_html::Rules>>,
    },
}

impl RawItem {
    pub(crate) fn html(
        input: String,
        bytes: Vec<u8>,
        charset: Option<String>,
        url: Option<String>,
        published: Option<String>,
        rules: Option<Arc<sitrep_html::Rules>>,
    ) -> RawItem {
        RawItem {
            input,
            kind: RawKind::Html {
                bytes,
                charset,
                url,
                published,
                rules,
            },
        }
    }

    /// The input this item came from.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Bytes held: the text of a ready document, the page of a pending one.
    pub fn size(&self) -> usize {
        match &self.kind {
            RawKind::Ready(doc) => doc.text.len(),
            RawKind::Html { bytes, .. } => bytes.len(),
        }
    }

    /// The document: decodes and extracts a pending HTML page.
    pub fn finish(self) -> Result<Ingested, InputError> {
        let doc = match self.kind {
            RawKind::Ready(doc) => doc,
            RawKind::Html {
                bytes,
                charset,
                url,
                published,
                rules,
            } => {
                let mut doc = html::html_document(
                    &self.input,
                    &bytes,
                    charset.as_deref(),
                    url.as_deref(),
                    rules.as_deref(),
                )?;
                if doc.published.is_none() {
                    doc.published = published;
                }
                doc
            }
        };
        Ok(Ingested {
            input: self.input,
            doc,
        })
    }
}

impl From<Ingested> for RawItem {
    fn from(item: Ingested) -> RawItem {
        RawItem {
            input: item.input,
            kind: RawKind::Ready(item.doc),
        }
    }
}

pub(crate) type Reader = Box<dyn BufRead + Send>;
type Docs = Box<dyn Iterator<Item = Result<RawItem, InputError>> + Send>;

fn ready<I>(items: I) -> Docs
where
    I: Iterator<Item = Result<Ingested, InputError>> + Send + 'static,
{
    Box::new(items.map(|r| r.map(RawItem::from)))
}

/// Streams the documents of one input, one at a time.
pub struct DocumentSource {
    inner: Docs,
}

impl DocumentSource {
    /// Opens an input with default options and the given size cap.
    pub fn open(input: &Input, max_doc_bytes: usize) -> Result<DocumentSource, InputError> {
        DocumentSource::open_with(
            input,
            &IngestOptions {
                max_doc_bytes,
                ..IngestOptions::default()
            },
        )
    }

    /// Opens an input. Fails when it cannot be opened or its first bytes
    /// cannot be read.
    pub fn open_with(input: &Input, opts: &IngestOptions) -> Result<DocumentSource, InputError> {
        let name = input.name();
        let (mut reader, mut by_name, gz_name): (Reader, Option<Format>, bool) = match input {
            Input::Stdin => (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                None,
                false,
            ),
            Input::File(path) => {
                let file = File::open(path).map_err(|e| error(name.clone(), io_reason(&e)))?;
                if file.metadata().is_ok_and(|m| m.is_dir()) {
                    return Err(error(name, "is a directory"));
                }
                (
                    Box::new(BufReader::with_capacity(1 << 16, file)),
                    format_by_extension(path),
                    is_gzip_name(path),
                )
            }
        };
        let head = reader
            .fill_buf()
            .map_err(|e| error(name.clone(), io_reason(&e)))?;
        if head.starts_with(&[0x1f, 0x8b]) {
            reader = Box::new(BufReader::with_capacity(
                1 << 16,
                MultiGzDecoder::new(reader),
            ));
        } else if gz_name && !head.is_empty() {
            return Err(error(name, "named .gz but not gzip data"));
        }
        let head = reader
            .fill_buf()
            .map_err(|e| error(name.clone(), io_reason(&e)))?;
        let sniffed = sniff(head);
        // The name decides, except where the content plainly says otherwise.
        if by_name == Some(Format::JsonLines) && sniffed == Some(Format::Feed) {
            by_name = sniffed;
        }
        if sniffed == Some(Format::Warc) {
            by_name = sniffed;
        }
        if by_name == Some(Format::Feed) && sniffed == Some(Format::Html) {
            by_name = sniffed;
        }
        let format = by_name.or(sniffed).unwrap_or(Format::Text);
        if format == Format::JsonLines && first_byte(head) == Some(b'[') {
            return Err(error(
                name,
                "a JSON array, not JSON Lines (one object per line expected)",
            ));
        }
        let max = opts.max_doc_bytes;
        let inner: Docs = match format {
            Format::Text => Box::new(WholeFile::new(name, reader, max, text_item)),
            Format::Html => {
                // The path stands for the page's address unless it has a canonical URL.
                let rules = opts.html_rules.clone();
                Box::new(WholeFile::new(
                    name,
                    reader,
                    max,
                    move |input: &str, bytes| {
                        Ok(RawItem::html(
                            input.to_string(),
                            bytes,
                            None,
                            None,
                            None,
                            rules.clone(),
                        ))
                    },
                ))
            }
            Format::JsonLines => ready(JsonLines {
                name,
                reader,
                max,
                fields: opts.fields.clone(),
                line_no: 0,
                seen_any: false,
                done: false,
                line: Vec::new(),
            }),
            Format::Csv { tabs } => ready(table::CsvSource::new(
                name,
                reader,
                tabs,
                max,
                opts.fields.clone(),
            )),
            Format::Feed => ready(feed::read_feed(
                name,
                reader,
                max,
                opts.pages.as_ref(),
                opts.html_rules.as_deref(),
            )),
            Format::Warc => Box::new(warc::WarcSource::new(
                name,
                reader,
                max,
                opts.html_rules.clone(),
            )),
        };
        Ok(DocumentSource { inner })
    }

    /// The next document together with the name of the input it came from.
    pub fn next_document(&mut self) -> Option<Result<Ingested, InputError>> {
        self.next_raw().map(|r| r.and_then(RawItem::finish))
    }

    /// The next item, its HTML (if any) not yet extracted: see [`RawItem`].
    pub fn next_raw(&mut self) -> Option<Result<RawItem, InputError>> {
        self.inner.next()
    }
}

impl Iterator for DocumentSource {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_document().map(|r| r.map(|i| i.doc))
    }
}

/// Reads at most `max + 1` bytes; more than `max` is an error naming the limit.
pub(crate) fn read_capped(
    name: &str,
    reader: &mut dyn Read,
    max: usize,
    what: &str,
) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| error(name, io_reason(&e)))?;
    if bytes.len() > max {
        return Err(over_limit(name, what, max));
    }
    Ok(bytes)
}

pub(crate) fn over_limit(name: &str, what: &str, max: usize) -> InputError {
    error(
        name,
        format!(
            "{what} is over the {} limit (see --max-doc-bytes)",
            human_bytes(max)
        ),
    )
}

fn text_item(input: &str, bytes: Vec<u8>) -> Result<RawItem, InputError> {
    text_document(input, &bytes).map(|doc| {
        RawItem::from(Ingested {
            input: input.to_string(),
            doc,
        })
    })
}

/// A file that is one document (plain text, one HTML page).
struct WholeFile<F> {
    name: String,
    reader: Option<Reader>,
    max: usize,
    parse: F,
}

impl<F> WholeFile<F> {
    fn new(name: String, reader: Reader, max: usize, parse: F) -> WholeFile<F> {
        WholeFile {
            name,
            reader: Some(reader),
            max,
            parse,
        }
    }
}

impl<F> Iterator for WholeFile<F>
where
    F: Fn(&str, Vec<u8>) -> Result<RawItem, InputError>,
{
    type Item = Result<RawItem, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut reader = self.reader.take()?;
        Some(
            read_capped(&self.name, &mut reader, self.max, "document")
                .and_then(|bytes| (self.parse)(&self.name, bytes)),
        )
    }
}

/// JSON Lines: one document per non-blank line.
struct JsonLines {
    name: String,
    reader: Reader,
    max: usize,
    fields: FieldMap,
    line_no: usize,
    /// Whether a non-blank line was seen: a file without one is empty.
    seen_any: bool,
    done: bool,
    /// The line being read, kept between lines: a fresh vector per line
    /// grew by doubling through a dozen allocations and copies for every
    /// article-sized line.
    line: Vec<u8>,
}

impl Iterator for JsonLines {
    type Item = Result<Ingested, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            self.line_no += 1;
            let line = &mut self.line;
            if line.capacity() > KEPT_LINE_CAPACITY {
                // One huge line does not pin its size for the rest of a file.
                *line = Vec::new();
            }
            line.clear();
            match read_line_capped(&mut self.reader, self.max + 1, line) {
                Err(e) => {
                    self.done = true;
                    return Some(Err(error(
                        format!("{}:{}", self.name, self.line_no),
                        io_reason(&e),
                    )));
                }
                Ok(0) => {
                    self.done = true;
                    if !self.seen_any {
                        return Some(Err(error(self.name.clone(), "empty document")));
                    }
                    return None;
                }
                Ok(_) => {}
            }
            let where_ = format!("{}:{}", self.name, self.line_no);
            if !line.iter().all(u8::is_ascii_whitespace) {
                self.seen_any = true;
            }
            if line.len() > self.max && line.last() != Some(&b'\n') {
                // Skip the rest of the over-long line so the next one parses.
                if let Err(e) = skip_line(&mut self.reader) {
                    self.done = true;
                    return Some(Err(error(where_, io_reason(&e))));
                }
                return Some(Err(over_limit(&where_, "line", self.max)));
            }
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(
                json_document_with(&where_, line, &self.fields)
                    .map(|doc| Ingested { input: where_, doc }),
            );
        }
    }
}

/// Appends to `line` the reader's bytes up to and including the next line
/// break, at most `limit` of them; the number appended (0 at the end of the
/// input). What `reader.take(limit).read_until(b'\n', line)` does, with the
/// line break found by the `memchr` crate's vector search: the standard
/// library's word-at-a-time search was a tenth of the reader's instructions.
fn read_line_capped(reader: &mut Reader, limit: usize, line: &mut Vec<u8>) -> io::Result<usize> {
    let mut appended = 0;
    while appended < limit {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let available = &available[..available.len().min(limit - appended)];
        let (used, ended) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), available.is_empty()),
        };
        line.extend_from_slice(&available[..used]);
        reader.consume(used);
        appended += used;
        if ended {
            break;
        }
    }
    Ok(appended)
}

/// The largest line buffer a JSON Lines reader keeps for the next line.
const KEPT_LINE_CAPACITY: usize = 1 << 20;

fn skip_line(reader: &mut Reader) -> io::Result<()> {
    let mut scratch = Vec::new();
    loop {
        scratch.clear();
        let n = reader.take(1 << 20).read_until(b'\n', &mut scratch)?;
        if n == 0 || scratch.last() == Some(&b'\n') {
            return Ok(());
        }
    }
}

pub(crate) fn human_bytes(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

/// True when a sample of bytes is binary rather than text.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    memchr::memchr(0, sample).is_some() || control_bytes(sample) * 10 > sample.len().max(1)
}

/// How many bytes of `sample` are control characters other than the
/// whitespace ones (tab to carriage return). Counted in byte-wide lanes, 255
/// bytes at a time, so the compiler turns the loop into vector compares: every
/// JSON line is checked, and a filtered count cost ten instructions a byte.
fn control_bytes(sample: &[u8]) -> usize {
    sample
        .chunks(255)
        .map(|chunk| {
            let in_chunk = chunk.iter().fold(0u8, |n, &b| {
                n + u8::from(b < 0x09) + u8::from(b.wrapping_sub(0x0e) < 0x20 - 0x0e)
            });
            usize::from(in_chunk)
        })
        .sum()
}

/// Checks raw bytes are usable text: not binary, valid UTF-8.
fn decode<'a>(input: &str, bytes: &'a [u8]) -> Result<&'a str, InputError> {
    if looks_binary(bytes) {
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

/// A JSON Lines document with the default field names.
pub fn json_document(input: &str, line: &[u8]) -> Result<Document, InputError> {
    json_document_with(input, line, &FieldMap::default())
}

/// A JSON Lines document, fields named by `fields`.
///
/// The line is read by [`json_fields::FieldsOf`] rather than into a
/// `serde_json::Value`: the same parser, the same errors and the same last
/// value of a repeated key, without a map or a `String` for every field the
/// document does not use.
pub fn json_document_with(
    input: &str,
    line: &[u8],
    fields: &FieldMap,
) -> Result<Document, InputError> {
    let text = decode(input, line)?;
    let not_json = |e: serde_json::Error| error(input, format!("not valid JSON: {e}"));
    let mut parser = serde_json::Deserializer::from_str(text);
    let read = serde::de::DeserializeSeed::deserialize(json_fields::FieldsOf(fields), &mut parser)
        .map_err(not_json)?;
    parser.end().map_err(not_json)?;
    let mut values = read.ok_or_else(|| error(input, "not a JSON object"))?;
    let no_body = || {
        error(
            input,
            format!("no `{}` field (or it is empty)", fields.text),
        )
    };
    // The text is checked first, so its error comes before any other field's.
    values.string(input, Field::Text)?.ok_or_else(no_body)?;
    let owned = |v: Option<&str>| v.map(str::to_string);
    let url = owned(values.string(input, Field::Url)?);
    let title = owned(values.string(input, Field::Title)?);
    let outlet = owned(values.string(input, Field::Outlet)?);
    let published = values.string(input, Field::Date)?.and_then(normalize_date);
    let language = owned(values.string(input, Field::Language)?);
    // The text is taken out of the parsed line rather than copied when the
    // parser had to unescape it (taken last, so another field mapped to the
    // same name has been copied already).
    let body = values.take_text().ok_or_else(no_body)?;
    let trimmed = body.trim();
    let body = match body {
        std::borrow::Cow::Owned(owned) if trimmed.len() == owned.len() => owned,
        _ => trimmed.to_string(),
    };
    Ok(Document {
        uri: url.unwrap_or_else(|| input.to_string()),
        title,
        outlet,
        published,
        language,
        text: body,
    })
}

use json_fields::Field;

/// Reading the fields a [`FieldMap`] names out of a JSON Lines object,
/// borrowing each string from the line where it holds no escape.
mod json_fields {
    use super::{error, FieldMap, InputError};
    use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
    use std::borrow::Cow;
    use std::fmt;

    /// The fields of a document, in the order their errors are reported.
    #[derive(Clone, Copy)]
    pub(super) enum Field {
        Text,
        Url,
        Title,
        Outlet,
        Date,
        Language,
    }

    const FIELDS: usize = 6;

    /// What a field's key held (the last time it appeared).
    #[derive(Default)]
    enum FieldValue<'de> {
        #[default]
        Absent,
        Null,
        String(Cow<'de, str>),
        /// A number, a boolean, an array or an object.
        NotString,
    }

    /// The values of the fields a [`FieldMap`] names, read from one object.
    pub(super) struct FieldValues<'f, 'de> {
        names: [&'f str; FIELDS],
        /// By field, the value of its key; a field whose name an earlier
        /// field shares reads that field's slot.
        values: [FieldValue<'de>; FIELDS],
    }

    impl<'f, 'de> FieldValues<'f, 'de> {
        /// The slot holding `field`'s value: the first field of that name.
        fn slot(&self, field: Field) -> usize {
            let name = self.names[field as usize];
            self.names
                .iter()
                .position(|n| *n == name)
                .unwrap_or(field as usize)
        }

        /// A string field, trimmed; `None` when it is absent, null or blank.
        pub(super) fn string(&self, input: &str, field: Field) -> Result<Option<&str>, InputError> {
            match &self.values[self.slot(field)] {
                FieldValue::Absent | FieldValue::Null => Ok(None),
                FieldValue::String(s) => Ok(Some(s.trim()).filter(|s| !s.is_empty())),
                FieldValue::NotString => Err(error(
                    input,
                    format!("field `{}` is not a string", self.names[field as usize]),
                )),
            }
        }

        /// The text field's string, untrimmed, taken out of the values.
        pub(super) fn take_text(&mut self) -> Option<Cow<'de, str>> {
            let slot = self.slot(Field::Text);
            match std::mem::take(&mut self.values[slot]) {
                FieldValue::String(s) => Some(s),
                _ => None,
            }
        }
    }

    /// Reads a JSON value: the fields of an object (`Some`), or `None` for
    /// any other value, read through as `serde_json::Value` would read it.
    pub(super) struct FieldsOf<'f>(pub(super) &'f FieldMap);

    impl<'de, 'f> DeserializeSeed<'de> for FieldsOf<'f> {
        type Value = Option<FieldValues<'f, 'de>>;

        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de, 'f> Visitor<'de> for FieldsOf<'f> {
        type Value = Option<FieldValues<'f, 'de>>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let m = self.0;
            let names = [
                m.text.as_str(),
                m.url.as_str(),
                m.title.as_str(),
                m.outlet.as_str(),
                m.date.as_str(),
                m.language.as_str(),
            ];
            let mut values = FieldValues {
                names,
                values: Default::default(),
            };
            while let Some(key) = map.next_key::<Key<'de>>()? {
                // The first field of the key's name holds its value; a later
                // repeat of the key replaces it, as in a `serde_json::Map`.
                match names.iter().position(|n| *n == &*key.0) {
                    Some(slot) => values.values[slot] = map.next_value::<AnyField<'de>>()?.0,
                    None => {
                        map.next_value::<Skip>()?;
                    }
                }
            }
            Ok(Some(values))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Skip.visit_seq(seq).map(|_| None)
        }

        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }

    /// An object's key, borrowed from the line when it holds no escape.
    struct Key<'de>(Cow<'de, str>);

    impl<'de> de::Deserialize<'de> for Key<'de> {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(StrVisitor).map(Key)
        }
    }

    struct StrVisitor;

    impl<'de> Visitor<'de> for StrVisitor {
        type Value = Cow<'de, str>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(s))
        }
        fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(s.to_string()))
        }
        fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(s))
        }
    }

    /// A named field's value, read as `serde_json::Value` reads any value.
    struct AnyField<'de>(FieldValue<'de>);

    impl<'de> de::Deserialize<'de> for AnyField<'de> {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(AnyFieldVisitor).map(AnyField)
        }
    }

    struct AnyFieldVisitor;

    impl<'de> Visitor<'de> for AnyFieldVisitor {
        type Value = FieldValue<'de>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
            Ok(FieldValue::String(Cow::Borrowed(s)))
        }
        fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
            Ok(FieldValue::String(Cow::Owned(s.to_string())))
        }
        fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
            Ok(FieldValue::String(Cow::Owned(s)))
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(FieldValue::Null)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(FieldValue::NotString)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(FieldValue::NotString)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(FieldValue::NotString)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(FieldValue::NotString)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Skip.visit_seq(seq).map(|_| FieldValue::NotString)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Skip.visit_map(map).map(|_| FieldValue::NotString)
        }
    }

    /// A value no field reads, parsed through as `serde_json::Value` parses
    /// it (`deserialize_any`: strings unescaped and checked, numbers in
    /// range, the same nesting limit) but kept nowhere. `serde::de::IgnoredAny` would
    /// skip it with a laxer reading and accept lines the old reader refused.
    struct Skip;

    impl<'de> de::Deserialize<'de> for Skip {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(Skip)
        }
    }

    impl<'de> Visitor<'de> for Skip {
        type Value = Skip;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_unit<E>(self) -> Result<Skip, E> {
            Ok(Skip)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
            while seq.next_element::<Skip>()?.is_some() {}
            Ok(Skip)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
            while map.next_entry::<Skip, Skip>()?.is_some() {}
            Ok(Skip)
        }
    }
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
    fn control_bytes_are_counted_as_a_filter_counts_them() {
        let by_filter = |s: &[u8]| {
            s.iter()
                .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b))
                .count()
        };
        let every_byte: Vec<u8> = (0..=255u8).collect();
        assert_eq!(control_bytes(&every_byte), 27);
        assert_eq!(control_bytes(&every_byte), by_filter(&every_byte));
        // Past the 255-byte lane limit: all controls, and a mix.
        let all_controls = vec![0x01u8; 1000];
        assert_eq!(control_bytes(&all_controls), 1000);
        let mixed: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert_eq!(control_bytes(&mixed), by_filter(&mixed));
        assert_eq!(control_bytes(b""), 0);
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
        for empty in [r#"{"text": "  "}"#, r#"{"text": null}"#] {
            assert!(json_document("f:5", empty.as_bytes())
                .unwrap_err()
                .reason
                .starts_with("no `text` field"));
        }
        // The text is trimmed; a field mapped to the text's own name gets it too.
        let same_name = FieldMap {
            title: "body".into(),
            text: "body".into(),
            ..FieldMap::default()
        };
        let d = json_document_with("f:6", br#"{"body": " Talks resumed.\n"}"#, &same_name).unwrap();
        assert_eq!(d.text, "Talks resumed.");
        assert_eq!(d.title.as_deref(), Some("Talks resumed."));
    }

    /// The reader as it was before it read fields straight from the parser:
    /// the line parsed into a `serde_json::Value`, the fields looked up in
    /// its map. The reference the field reader is held to.
    fn json_document_through_value(
        input: &str,
        line: &[u8],
        fields: &FieldMap,
    ) -> Result<Document, InputError> {
        let text = decode(input, line)?;
        let mut value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| error(input, format!("not valid JSON: {e}")))?;
        let obj = value
            .as_object_mut()
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
        let no_body = || {
            error(
                input,
                format!("no `{}` field (or it is empty)", fields.text),
            )
        };
        let text = field(&fields.text)?.ok_or_else(no_body)?;
        let url = field(&fields.url)?;
        let title = field(&fields.title)?;
        let outlet = field(&fields.outlet)?;
        let published = field(&fields.date)?.as_deref().and_then(normalize_date);
        let language = field(&fields.language)?;
        Ok(Document {
            uri: url.unwrap_or_else(|| input.to_string()),
            title,
            outlet,
            published,
            language,
            text,
        })
    }

    /// Lines good and bad, read by the field reader and by the map of a
    /// `serde_json::Value`: the same document or the same error for every
    /// one (repeated keys, escaped keys, fields of the wrong type, values no
    /// field reads that the parser must still refuse, other top-level values).
    #[test]
    fn fields_read_from_the_parser_match_a_value_map_on_good_and_bad_lines() {
        let deep = format!(
            "{{\"text\":\"x\",\"n\":{}1{}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        let lines: Vec<String> = [
            r#"{"text":"Body.","title":"T","url":"https://x/y","published":"2025-04-12T10:00:00Z","outlet":"Reuters","language":"en"}"#,
            r#"{"text":"  Escaped \"quote\"\nand a line.\t ","title":" \u00e9t\u00e9 "}"#,
            r#"{"text":"first","text":"second"}"#,
            r#"{"text":5,"text":"a string after a number"}"#,
            r#"{"text":"a string before a number","text":5}"#,
            r#"{"text":"Body.","title":["a"],"title":null}"#,
            r#"{"text":"Body.","title":{"a":1}}"#,
            r#"{"text":"Body.","url":true}"#,
            r#"{"te\u0078t":"escaped key"}"#,
            r#"{"text":"Body.","extra":{"deep":[1,2.5,-3e5,null,false,"s\u00e9"]}}"#,
            r#"{"text":"Body.","extra":1e999}"#,
            r#"{"text":"Body.","extra":"\ud800"}"#,
            r#"{"text":"Body.","extra":"\q"}"#,
            "{\"text\":\"Body.\",\"extra\":\"a\u{1}b\"}",
            r#"{"text":"Body."} trailing"#,
            r#"{"text":"Body.",}"#,
            r#"{"text":"Body.""#,
            r#"{}"#,
            r#"[1,2]"#,
            r#"[1,"#,
            r#"5"#,
            r#"-0.5e2"#,
            r#""a string""#,
            r#"null"#,
            r#"true"#,
            r#"{"text":null,"url":"u"}"#,
            r#"{"text":"   ","url":5}"#,
            r#"{"url":5}"#,
            "  {\"text\" : \"spaced\" }  \r\n",
            "\u{feff}{\"text\":\"after a byte-order mark\"}",
            &deep,
        ]
        .iter()
        .map(|l| l.to_string())
        .collect();
        let same_name = FieldMap {
            title: "body".into(),
            text: "body".into(),
            url: "link".into(),
            outlet: "link".into(),
            ..FieldMap::default()
        };
        let renamed = [
            r#"{"body":" Talks resumed.\n","link":"https://x"}"#,
            r#"{"body":"b","link":7}"#,
            r#"{"body":"b","body":"c","link":"l1","link":"l2"}"#,
        ];
        let cases = lines
            .iter()
            .map(|l| (l.as_str(), FieldMap::default()))
            .chain(renamed.iter().map(|l| (*l, same_name.clone())));
        for (line, fields) in cases {
            let read = json_document_with("f:1", line.as_bytes(), &fields);
            let reference = json_document_through_value("f:1", line.as_bytes(), &fields);
            match (read, reference) {
                (Ok(a), Ok(b)) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{line}"),
                (Err(a), Err(b)) => assert_eq!(a.reason, b.reason, "{line}"),
                (a, b) => panic!("{line}: {a:?} against {b:?}"),
            }
        }
    }

    /// The line reader takes a line with its break, stops at the limit
    /// mid-line, reads a last line without a break and says 0 at the end,
    /// across the reader's buffer boundaries.
    #[test]
    fn lines_are_cut_at_their_break_or_the_limit_as_take_and_read_until_cut_them() {
        let text = b"first line\nsecond, a longer line\n\nlast without a break".to_vec();
        for capacity in [1, 3, 7, 64] {
            for limit in [1, 5, 11, 12, 100] {
                let mut ours: Reader = Box::new(BufReader::with_capacity(
                    capacity,
                    io::Cursor::new(text.clone()),
                ));
                let mut theirs = BufReader::with_capacity(capacity, io::Cursor::new(text.clone()));
                loop {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    let n = read_line_capped(&mut ours, limit, &mut a).unwrap();
                    let m = (&mut theirs)
                        .take(limit as u64)
                        .read_until(b'\n', &mut b)
                        .unwrap();
                    assert_eq!((n, &a), (m, &b), "capacity {capacity}, limit {limit}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
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

    /// The reader keeps one line buffer from line to line: a short line
    /// after a long one, a blank line, a bad line and a last line without a
    /// newline each come out as they would from a fresh buffer.
    #[test]
    fn lines_read_after_longer_ones_are_read_whole_and_alone() {
        let dir = std::env::temp_dir().join(format!("sitrep-lines-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("mixed.jsonl");
        let long = "word ".repeat(3000);
        let lines = format!(
            "{{\"text\":\"{long}\",\"title\":\"Long\"}}\n{{\"text\":\"Short.\"}}\n\n  \n{{\"text\":\"Cut\n{{\"text\":\"Last.\"}}"
        );
        std::fs::write(&path, lines).unwrap();
        let docs: Vec<_> = DocumentSource::open(&Input::File(path.clone()), 1 << 20)
            .unwrap()
            .collect();
        assert_eq!(docs.len(), 4);
        let first = docs[0].as_ref().unwrap();
        assert_eq!(first.text, long.trim());
        assert_eq!(first.title.as_deref(), Some("Long"));
        assert_eq!(docs[1].as_ref().unwrap().text, "Short.");
        assert_eq!(
            docs[1].as_ref().unwrap().uri,
            format!("{}:2", path.display())
        );
        assert!(docs[2]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("not valid JSON"));
        assert_eq!(docs[3].as_ref().unwrap().text, "Last.");
        assert_eq!(
            docs[3].as_ref().unwrap().uri,
            format!("{}:6", path.display())
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("2024-10-01"), Some("2024-10-01".into()));
        assert_eq!(iso_date("2024-13-01"), None);
        assert_eq!(iso_date("yesterday"), None);
    }
}
