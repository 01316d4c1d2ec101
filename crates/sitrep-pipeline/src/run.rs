//! Running extraction over many inputs: bounded batches analysed in
//! parallel, records written in input order.
//!
//! Memory stays flat whatever the corpus size: at most one batch of
//! documents (and their records) is held at a time.

use crate::input::{expand, DocumentSource, InputError};
use crate::{analyze, Options, Resources};
use rayon::prelude::*;
use sitrep_record::{Document, Record};
use std::cell::Cell;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::time::Instant;

/// Limits of one batch: whichever is reached first.
const BATCH_DOCS: usize = 1024;
const BATCH_BYTES: usize = 16 * 1024 * 1024;

/// What a run did, for the one-line summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub documents: usize,
    pub failures: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Summary {
    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let mb = self.bytes as f64 / 1e6;
        let rate = if self.seconds > 0.0 {
            mb / self.seconds
        } else {
            0.0
        };
        format!(
            "{} documents, {} failed, {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.documents, self.failures, mb, self.seconds, rate
        )
    }
}

/// Extraction settings for a run.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    pub record: Options,
    pub max_doc_bytes: usize,
}

/// Reads every input named by `args`, analyses each document and writes one
/// JSON line per document to `out`, in input order. Each bad input is passed
/// to `on_error` and skipped; `on_progress` is called after each batch with
/// the documents done so far. Only a failure to write `out` aborts the run.
pub fn run(
    args: &[String],
    res: &Resources,
    opts: RunOptions,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    let analyzer = |doc: Document| analyze(doc, res, opts.record);
    run_with(args, &analyzer, opts, out, on_error, on_progress)
}

/// [`run`] with the per-document analysis passed in, so the run loop's
/// guarantees (order, batching, one error line per failed document, a
/// panic confined to its document) can be tested with any analyzer.
pub fn run_with(
    args: &[String],
    analyzer: &(dyn Fn(Document) -> Record + Sync),
    opts: RunOptions,
    out: &mut dyn Write,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    let summary = run_records(
        args,
        analyzer,
        opts,
        &mut |record| {
            let line = serde_json::to_string(&record).expect("records always serialize");
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")
        },
        on_error,
        on_progress,
    )?;
    out.flush()?;
    Ok(summary)
}

/// [`run_with`] handing each record to `sink` (in input order) instead of
/// writing JSON lines; an error from `sink` aborts the run. This is how
/// `sitrep ingest` feeds the store.
pub fn run_records(
    args: &[String],
    analyzer: &(dyn Fn(Document) -> Record + Sync),
    opts: RunOptions,
    sink: &mut dyn FnMut(Record) -> io::Result<()>,
    on_error: &mut dyn FnMut(&InputError),
    on_progress: &mut dyn FnMut(usize),
) -> io::Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut batch: Vec<Document> = Vec::new();
    let mut batch_bytes = 0usize;
    for input in expand(args) {
        let source = match input.and_then(|i| DocumentSource::open(&i, opts.max_doc_bytes)) {
            Ok(source) => source,
            Err(e) => {
                summary.failures += 1;
                on_error(&e);
                continue;
            }
        };
        for doc in source {
            match doc {
                Ok(doc) => {
                    batch_bytes += doc.text.len();
                    batch.push(doc);
                    if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                        flush(&mut batch, analyzer, sink, &mut summary, on_error)?;
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
    flush(&mut batch, analyzer, sink, &mut summary, on_error)?;
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

/// Analyses one document; a panic becomes an error naming the document.
fn analyze_isolated(
    doc: Document,
    analyzer: &(dyn Fn(Document) -> Record + Sync),
) -> Result<Record, InputError> {
    let input = doc.uri.clone();
    ANALYSING.with(|a| a.set(true));
    // Stages are pure functions of the document and shared read-only
    // resources, so nothing is left half-updated by an unwind.
    let result = panic::catch_unwind(AssertUnwindSafe(|| analyzer(doc)));
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

fn flush(
    batch: &mut Vec<Document>,
    analyzer: &(dyn Fn(Document) -> Record + Sync),
    sink: &mut dyn FnMut(Record) -> io::Result<()>,
    summary: &mut Summary,
    on_error: &mut dyn FnMut(&InputError),
) -> io::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let records: Vec<(usize, Result<Record, InputError>)> = batch
        .par_drain(..)
        .map(|doc| (doc.text.len(), analyze_isolated(doc, analyzer)))
        .collect();
    for (bytes, record) in records {
        match record {
            Ok(record) => {
                sink(record)?;
                summary.documents += 1;
                summary.bytes += bytes;
            }
            Err(e) => {
                summary.failures += 1;
                on_error(&e);
            }
        }
    }
    Ok(())
}
