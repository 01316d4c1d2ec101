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
            let limit = self.max as u64 + 1;
            match (&mut self.reader).take(limit).read_until(b'\n', line) {
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
    sample.contains(&0) || control_bytes(sample) * 10 > sample.len().max(1)
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

/// A string field of a JSON Lines object, trimmed; `None` when it is absent,
/// null or blank.
fn str_field<'a>(
    input: &str,
    obj: &'a serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> Result<Option<&'a str>, InputError> {
    match obj.get(name) {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(s)) => Ok(Some(s.trim()).filter(|s| !s.is_empty())),
        Some(_) => Err(error(input, format!("field `{name}` is not a string"))),
    }
}

/// A JSON Lines document with the default field names.
pub fn json_document(input: &str, line: &[u8]) -> Result<Document, InputError> {
    json_document_with(input, line, &FieldMap::default())
}

/// A JSON Lines document, fields named by `fields`.
pub fn json_document_with(
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
    let no_body = || {
        error(
            input,
            format!("no `{}` field (or it is empty)", fields.text),
        )
    };
    // The text is checked first, so its error comes before any other field's.
    str_field(input, obj, &fields.text)?.ok_or_else(no_body)?;
    let owned = |v: Option<&str>| v.map(str::to_string);
    let url = owned(str_field(input, obj, &fields.url)?);
    let title = owned(str_field(input, obj, &fields.title)?);
    let outlet = owned(str_field(input, obj, &fields.outlet)?);
    let published = str_field(input, obj, &fields.date)?.and_then(normalize_date);
    let language = owned(str_field(input, obj, &fields.language)?);
    // The text is taken out of the parsed line rather than copied (read last,
    // so another field mapped to the same name has been copied already).
    let Some(serde_json::Value::String(body)) = obj.remove(&fields.text) else {
        return Err(no_body());
    };
    let trimmed = body.trim();
    let body = if trimmed.len() == body.len() {
        body
    } else {
        trimmed.to_string()
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
