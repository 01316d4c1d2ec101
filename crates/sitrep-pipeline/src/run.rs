//! Running extraction over many inputs: bounded batches analysed in
//! parallel, records written in input order.
//!
//! Memory stays flat whatever the corpus size: at most one batch of
//! documents (and their records) is held at a time.

use crate::input::{
    expand, DocumentSource, FieldMap, HtmlRules, IngestOptions, Ingested, InputError, RawItem,
    DEFAULT_MAX_DOC_BYTES,
};
use crate::pages::PagesDir;
use crate::{analyze_digested, Options, Resources};
use rayon::prelude::*;
use sitrep_record::{content_digest, Document, Record};
use sitrep_text::normalize;
use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, IoSlice, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex, Once};
use std::time::Instant;

/// Limits of one batch: whichever is reached first. A batch's raw and
/// normalized texts are held together, and every byte of peak memory is
/// faulted in and zeroed once (with transparent huge pages, 2 MB at a
/// time, slow on this VM): 256 documents keep two workers busy and the
/// peak 7 MB below that of 1,024 (72 -> 65 MB on the bench corpus). Tuned
/// on 2 cores: from 16 workers up a batch is one group per worker, and
/// each batch ends at a barrier; records never depend on the batch size.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 * 1024 * 1024;

/// What a run did, for the one-line summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Records written.
    pub documents: usize,
    /// Records written for documents not in English (English-only stages skipped).
    pub not_english: usize,
    /// Documents skipped because an earlier one in the run had the same text.
    pub duplicates: usize,
    pub failures: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Summary {
    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let rate = if self.seconds > 0.0 {
            self.bytes as f64 / self.seconds
        } else {
            0.0
        };
        let s = if self.documents == 1 { "" } else { "s" };
        let mut line = format!("{} document{s}", self.documents);
        if self.not_english > 0 {
            line.push_str(&format!(", {} not English", self.not_english));
        }
        if self.duplicates > 0 {
            let s = if self.duplicates == 1 { "" } else { "s" };
            line.push_str(&format!(", {} duplicate{s} skipped", self.duplicates));
        }
        format!(
            "{line}, {} failed, {} in {:.2} s ({}/s)",
            self.failures,
            byte_size(self.bytes as f64),
            self.seconds,
            byte_size(rate)
        )
    }
}

/// A byte count in the unit that shows it: a small run read "0.0 MB in 0.02 s" before,
/// which looked as if nothing had been read.
fn byte_size(bytes: f64) -> String {
    if bytes < 1e3 {
        format!("{bytes:.0} B")
    } else if bytes < 1e6 {
        format!("{:.1} kB", bytes / 1e3)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

/// Extraction settings for a run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub record: Options,
    pub max_doc_bytes: usize,
    /// Field names for JSON Lines and CSV inputs.
    pub fields: FieldMap,
    /// Saved pages giving feed entries their full text.
    pub pages: Option<PagesDir>,
    /// The HTML extractor's word lists ([`crate::Resources::html_rules`]; `None`: built-in).
    pub html_rules: Option<Arc<HtmlRules>>,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            record: Options::default(),
            max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
            fields: FieldMap::default(),
            pages: None,
            html_rules: None,
        }
    }
}

/// Reads every input named by `args`, analyses each document and writes one
/// JSON line per document to `out`, in input order. Each bad input is passed
/// to `on_error` and skipped; so is each document whose text an earlier
/// document of the run already had ("same text as …", counted in
/// [`Summary::duplicates`], not a failure). `on_progress` is called after
/// each batch with the documents done so far. Only a failure to write `out`
/// aborts the run.
pub fn run(
    args: &[String],
    res: &Resources,
    opts: RunOptions,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    let record = opts.record;
    // The run loop normalizes every text before looking for duplicates.
    let analyzer = move |doc: Document, digest: u128| analyze_digested(doc, digest, res, record);
    run_with(args, &analyzer, opts, out, on_error, on_progress)
}

/// [`run`] with the per-document analysis passed in, so the run loop's
/// guarantees (order, batching, one error line per failed document, a
/// panic confined to its document) can be tested with any analyzer. The
/// analyzer is handed each document with its text already normalized, and
/// the text's [`content_digest`] (computed for the duplicate check).
pub fn run_with(
    args: &[String],
    analyzer: &(dyn Fn(Document, u128) -> Record + Sync),
    opts: RunOptions,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    // Records are serialized on the worker threads; only the ordered
    // writes happen on this one. A line's buffer goes back to the pool once
    // written and the next record is written into it, so a line is not
    // copied to an exact-size buffer and mostly does not regrow (the buffer
    // handed out is the last one written, whatever its size), and the
    // allocator sees no 25 KB allocation of a new size per document. The
    // pool holds at most one analysis group's lines (16 a worker) and the
    // lines waiting to be written, each of at most `LINE_BUFFER_KEEP`.
    let spare_lines: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let mut pending = PendingLines::default();
    let summary = run_encoded(
        args,
        analyzer,
        opts,
        &|record| {
            let spare = spare_lines.lock().ok().and_then(|mut spare| spare.pop());
            json_line(&record, spare.unwrap_or_default())
        },
        &mut |line: Vec<u8>| {
            pending.push(line);
            if pending.bytes >= WRITE_CHUNK || pending.lines.len() >= WRITE_LINES {
                pending.write_to(out, &spare_lines)?;
            }
            Ok(())
        },
        on_error,
        on_progress,
    )?;
    pending.write_to(out, &spare_lines)?;
    out.flush()?;
    Ok(summary)
}

/// Lines are handed to the writer this many bytes at a time, or this many
/// lines (short records: lines go out as they are done, and a vectored write
/// stays far below the system's limit of slices). A `BufWriter` passes a
/// vectored write straight through only when it does not fit its buffer, so
/// `WRITE_CHUNK` must stay at least the CLI's `OUTPUT_BUFFER`
/// (sitrep-cli/src/main.rs); runs of short lines (64 lines under 256 KB)
/// are still copied into that buffer.
const WRITE_CHUNK: usize = 256 * 1024;
const WRITE_LINES: usize = 64;

/// Finished lines not yet written: a few hundred kilobytes of them go to
/// the writer in one vectored write, which a buffered writer passes
/// straight to the file when they fill its buffer, instead of copying
/// every line into the buffer first (the copy was 11.7 M instructions,
/// 0.9% of a 500-document run).
#[derive(Default)]
struct PendingLines {
    lines: Vec<Vec<u8>>,
    bytes: usize,
}

impl PendingLines {
    fn push(&mut self, line: Vec<u8>) {
        self.bytes += line.len();
        self.lines.push(line);
    }

    /// Writes every pending line, in order, and gives their buffers back to
    /// `spare` (those small enough to keep).
    fn write_to(&mut self, out: &mut dyn Write, spare: &Mutex<Vec<Vec<u8>>>) -> io::Result<()> {
        let mut slices: Vec<IoSlice<'_>> = self.lines.iter().map(|l| IoSlice::new(l)).collect();
        let mut rest = &mut slices[..];
        // `write_all_vectored` is not stable: the same loop by hand.
        while !rest.is_empty() {
            match out.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.bytes = 0;
        if let Ok(mut spare) = spare.lock() {
            spare.extend(
                self.lines
                    .drain(..)
                    .filter(|line| line.capacity() <= LINE_BUFFER_KEEP),
            );
        } else {
            self.lines.clear();
        }
        Ok(())
    }
}

/// A line above this is not kept for reuse, so one huge document does not
/// pin its size for the rest of the run.
const LINE_BUFFER_KEEP: usize = 1 << 20;

/// The record's JSON line with its newline, written into `buffer`.
fn json_line(record: &Record, mut buffer: Vec<u8>) -> Vec<u8> {
    buffer.clear();
    record.write_json(&mut buffer);
    buffer.push(b'\n');
    buffer
}

/// The run loop: each record is turned into `T` by `encode` on the worker
/// that analysed it, then handed to `sink` in input order. `sitrep ingest`
/// prepares each record's stored form this way, in parallel, so its one
/// writer thread does only the SQL.
pub fn run_encoded<T: Send>(
    args: &[String],
    analyzer: &(dyn Fn(Document, u128) -> Record + Sync),
    opts: RunOptions,
    encode: &(dyn Fn(Record) -> T + Sync),
    sink: &mut dyn FnMut(T) -> io::Result<()>,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut batch: Vec<RawItem> = Vec::new();
    let mut batch_bytes = 0usize;
    let mut seen: HashMap<u128, String> = HashMap::new();
    let ingest = IngestOptions {
        max_doc_bytes: opts.max_doc_bytes,
        fields: opts.fields.clone(),
        pages: opts.pages.clone(),
        html_rules: opts.html_rules.clone(),
    };
    for input in expand(args) {
        let mut source = match input.and_then(|i| DocumentSource::open_with(&i, &ingest)) {
            Ok(source) => source,
            Err(e) => {
                summary.failures += 1;
                on_error(&e);
                continue;
            }
        };
        while let Some(item) = source.next_raw() {
            match item {
                Ok(item) => {
                    batch_bytes += item.size();
                    batch.push(item);
                    if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                        flush(
                            &mut batch,
                            &mut seen,
                            analyzer,
                            encode,
                            sink,
                            &mut summary,
                            on_error,
                        )?;
                        batch_bytes = 0;
                        on_progress(summary.documents);
                    }
                }
                Err(e) => {
                    summary.failures += 1;
                    on_error(&e);
                }
            }
        }
    }
    flush(
        &mut batch,
        &mut seen,
        analyzer,
        encode,
        sink,
        &mut summary,
        on_error,
    )?;
    on_progress(summary.documents);
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

thread_local! {
    /// Set while this thread analyses a document: its panics are reported
    /// as that document's error line, not by the panic hook.
    static ANALYSING: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent for panics raised while
/// analysing a document, which [`run`] reports as an error line naming the
/// document; any other panic is printed as usual.
pub fn quiet_document_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !ANALYSING.with(Cell::get) {
                default(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Finishes reading one item (HTML extraction) and normalizes its text; a
/// panic becomes an error naming the input, like a panic in analysis.
fn prepare_isolated(item: RawItem) -> Result<Ingested, InputError> {
    let input = item.input().to_string();
    ANALYSING.with(|a| a.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        item.finish().map(|mut item| {
            item.doc.text = normalize(&item.doc.text);
            item
        })
    }));
    ANALYSING.with(|a| a.set(false));
    result.unwrap_or_else(|payload| {
        Err(InputError {
            input,
            reason: format!(
                "internal error while reading: {}",
                panic_message(payload.as_ref())
            ),
        })
    })
}

/// Analyses one document; a panic becomes an error naming the document.
fn analyze_isolated(
    input: &str,
    doc: Document,
    digest: u128,
    analyzer: &(dyn Fn(Document, u128) -> Record + Sync),
) -> Result<Record, InputError> {
    let input = if input == doc.uri {
        input.to_string()
    } else {
        format!("{input} ({})", doc.uri)
    };
    ANALYSING.with(|a| a.set(true));
    // Stages are pure functions of the document and shared read-only
    // resources, so nothing is left half-updated by an unwind.
    let result = panic::catch_unwind(AssertUnwindSafe(|| analyzer(doc, digest)));
    ANALYSING.with(|a| a.set(false));
    match result {
        Ok(record) => Ok(record),
        Err(payload) => Err(InputError {
            input,
            reason: format!(
                "internal error while analysing: {}",
                panic_message(payload.as_ref())
            ),
        }),
    }
}

/// What became of one document of a batch.
enum Outcome<T> {
    /// Text bytes, and the encoded record with whether it is English.
    Line(usize, Result<(T, bool), InputError>),
    Unreadable(InputError),
    Duplicate(InputError),
}

/// Documents analysed per worker before their lines are handed on.
const ANALYSIS_GROUP_PER_WORKER: usize = 16;

/// [`deliver`] for every outcome in `outcomes` that is still there, in order.
fn deliver_all<T>(
    outcomes: &mut [Option<Outcome<T>>],
    sink: &mut dyn FnMut(T) -> io::Result<()>,
    summary: &mut Summary,
    on_error: &mut dyn FnMut(&InputError),
) -> io::Result<()> {
    for outcome in outcomes.iter_mut().filter_map(Option::take) {
        deliver(outcome, sink, summary, on_error)?;
    }
    Ok(())
}

/// Hands one outcome to the sink or the error callback, counting it.
fn deliver<T>(
    outcome: Outcome<T>,
    sink: &mut dyn FnMut(T) -> io::Result<()>,
    summary: &mut Summary,
    on_error: &mut dyn FnMut(&InputError),
) -> io::Result<()> {
    match outcome {
        Outcome::Line(bytes, Ok((encoded, english))) => {
            sink(encoded)?;
            summary.documents += 1;
            summary.bytes += bytes;
            if !english {
                summary.not_english += 1;
            }
        }
        Outcome::Line(_, Err(e)) | Outcome::Unreadable(e) => {
            summary.failures += 1;
            on_error(&e);
        }
        Outcome::Duplicate(e) => {
            summary.duplicates += 1;
            on_error(&e);
        }
    }
    Ok(())
}

fn flush<T: Send>(
    batch: &mut Vec<RawItem>,
    seen: &mut HashMap<u128, String>,
    analyzer: &(dyn Fn(Document, u128) -> Record + Sync),
    encode: &(dyn Fn(Record) -> T + Sync),
    sink: &mut dyn FnMut(T) -> io::Result<()>,
    summary: &mut Summary,
    on_error: &mut dyn FnMut(&InputError),
) -> io::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    // Extract HTML and normalize in parallel, so identical texts can be
    // found before analysis; the analyzer is handed normalized text.
    let keyed: Vec<Result<(Ingested, u128), InputError>> = batch
        .par_drain(..)
        .map(|raw| {
            let item = prepare_isolated(raw)?;
            let key = content_digest(&item.doc.text);
            Ok((item, key))
        })
        .collect();
    // In input order: the first document with a text is analysed, later
    // ones are reported where they stand.
    let mut work: Vec<(usize, Ingested, u128)> = Vec::with_capacity(keyed.len());
    let mut outcomes: Vec<Option<Outcome<T>>> = Vec::with_capacity(keyed.len());
    for (i, keyed) in keyed.into_iter().enumerate() {
        let (item, key) = match keyed {
            Ok(k) => k,
            Err(e) => {
                outcomes.push(Some(Outcome::Unreadable(e)));
                continue;
            }
        };
        match seen.get(&key) {
            Some(first) => outcomes.push(Some(Outcome::Duplicate(InputError {
                input: item.input,
                reason: format!("same text as {first}, skipped"),
            }))),
            None => {
                seen.insert(key, item.input.clone());
                outcomes.push(None);
                work.push((i, item, key));
            }
        }
    }
    // Analysed a few dozen documents per worker at a time, each group's
    // lines handed on before the next group starts: holding a whole batch's
    // lines (25 MB) until its end made every batch allocate fresh memory
    // that the allocator had given back to the OS, to be faulted in and
    // zeroed again, while a group's lines are freed and their memory reused
    // at once.
    let group = ANALYSIS_GROUP_PER_WORKER * rayon::current_num_threads();
    let mut next_out = 0;
    let mut work = work.into_iter().peekable();
    while work.peek().is_some() {
        let chunk: Vec<(usize, Ingested, u128)> = work.by_ref().take(group).collect();
        let last = chunk.last().map_or(0, |(i, _, _)| *i);
        let lines: Vec<(usize, Outcome<T>)> = chunk
            .into_par_iter()
            .map(|(i, item, key)| {
                let bytes = item.doc.text.len();
                (
                    i,
                    Outcome::Line(
                        bytes,
                        analyze_isolated(&item.input, item.doc, key, analyzer).map(|record| {
                            let english = record.doc.language.as_deref().is_none_or(|l| l == "en");
                            (encode(record), english)
                        }),
                    ),
                )
            })
            .collect();
        for (i, outcome) in lines {
            outcomes[i] = Some(outcome);
        }
        // Every outcome up to the group's last document is known now (the
        // unreadable and duplicate ones were before analysis began).
        deliver_all(&mut outcomes[next_out..=last], sink, summary, on_error)?;
        next_out = last + 1;
    }
    // What follows the last analysed document: unreadable and duplicate
    // inputs only (or everything, when nothing was analysed).
    deliver_all(&mut outcomes[next_out..], sink, summary, on_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes at most `limit` bytes a call, of the first buffer only (the
    /// default `write_vectored`), and is interrupted every third call.
    struct Trickle {
        written: Vec<u8>,
        limit: usize,
        calls: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls.is_multiple_of(3) {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(self.limit);
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_summary_shows_sizes_in_a_unit_that_is_not_zero() {
        let summary = |bytes, seconds| Summary {
            documents: 1,
            bytes,
            seconds,
            ..Summary::default()
        };
        assert_eq!(
            summary(420, 0.5).line(),
            "1 document, 0 failed, 420 B in 0.50 s (840 B/s)"
        );
        assert_eq!(
            summary(23_500, 0.01).line(),
            "1 document, 0 failed, 23.5 kB in 0.01 s (2.4 MB/s)"
        );
        assert_eq!(
            summary(20_700_000, 2.0).line(),
            "1 document, 0 failed, 20.7 MB in 2.00 s (10.3 MB/s)"
        );
        assert_eq!(
            summary(0, 0.0).line(),
            "1 document, 0 failed, 0 B in 0.00 s (0 B/s)"
        );
    }

    #[test]
    fn pending_lines_are_written_whole_and_in_order_by_a_short_writer() {
        let spare = Mutex::new(Vec::new());
        let mut pending = PendingLines::default();
        let mut expected = Vec::new();
        for i in 0..50 {
            let line = format!("{{\"line\": {i}, \"pad\": \"{}\"}}\n", "x".repeat(i * 7));
            expected.extend_from_slice(line.as_bytes());
            pending.push(line.into_bytes());
        }
        assert_eq!(pending.bytes, expected.len());
        let mut out = Trickle {
            written: Vec::new(),
            limit: 13,
            calls: 0,
        };
        pending.write_to(&mut out, &spare).unwrap();
        assert_eq!(out.written, expected);
        assert_eq!(pending.bytes, 0);
        assert!(pending.lines.is_empty());
        // Every buffer went back to the pool for the next records.
        assert_eq!(spare.lock().unwrap().len(), 50);
    }

    #[test]
    fn a_writer_that_takes_nothing_is_an_error() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Ok(0)
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut pending = PendingLines::default();
        pending.push(b"{}\n".to_vec());
        let err = pending.write_to(&mut Full, &Mutex::new(Vec::new()));
        assert_eq!(err.unwrap_err().kind(), io::ErrorKind::WriteZero);
    }
}
