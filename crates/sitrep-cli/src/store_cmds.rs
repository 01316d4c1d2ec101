//! The store commands: `ingest` (extraction feeding the store's single
//! writer) and the queries (`search`, `actors`, `events`, `claims`,
//! `timeline`), printed as an aligned table, JSON Lines or CSV.

use crate::{load_resources, Progress};
use anyhow::Context;
use sitrep_pipeline::input::DEFAULT_MAX_DOC_BYTES;
use sitrep_pipeline::{analyze_digested, Options, RunOptions};
use sitrep_record::{content_id_from_digest, DocMeta, Document, Record};
use sitrep_store::{ClaimQuery, EventQuery, Prepared, PutOutcome, SearchQuery, Store, Table};
use std::collections::HashSet;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Records per transaction, at most. Each commit also saves every graph edge
/// the transaction touched (tens of thousands on a news corpus), so fewer,
/// larger transactions are cheaper; a kill loses at most one (re-run to
/// finish). 5,000 and 5 s against 2,000 and 2 s: 100,000 documents ingested
/// in 85 s instead of 97-105 s (docs/log/benchmarks-sessions-1-51.md).
const COMMIT_DOCS: usize = 5000;
/// Records waiting for the writer, at most.
const CHANNEL_DOCS: usize = 1024;
/// The writer's page cache, MiB, and write-ahead log pages between
/// checkpoints (see `Store::tune_for_ingest`). 128 MiB keeps the indexes of a
/// 100,000-document store (1.1 GB) in cache better than 64 (7% faster at 100k).
const INGEST_CACHE_MIB: u32 = 128;
const INGEST_CHECKPOINT_PAGES: u32 = 10_000;
/// A transaction stays open at most this long (so a slow run still
/// commits steadily).
const COMMIT_EVERY: Duration = Duration::from_secs(5);

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files, directories (read recursively) or `-` for standard input,
    /// as for `extract`.
    #[arg(required = true)]
    paths: Vec<String>,
    /// The store file (created when missing).
    #[arg(long, value_name = "PATH", default_value = sitrep_store::DEFAULT_DB)]
    db: PathBuf,
    #[command(flatten)]
    pub(crate) resources: crate::ResourceArgs,
    /// Worker threads for extraction (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Skip documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
    /// Records per transaction, at most (for tests of crash safety).
    #[arg(long, value_name = "N", default_value_t = COMMIT_DOCS, hide = true)]
    commit_docs: usize,
    #[command(flatten)]
    input: crate::InputArgs,
}

/// Where and how a query prints.
#[derive(clap::Args)]
pub struct OutputArgs {
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = sitrep_store::DEFAULT_DB)]
    pub(crate) db: PathBuf,
    /// One JSON object per row (JSON Lines).
    #[arg(long, conflicts_with = "csv")]
    pub(crate) json: bool,
    /// CSV with a header row.
    #[arg(long)]
    pub(crate) csv: bool,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words, "a phrase", or SQLite FTS5 syntax (AND, OR, NOT, prefix*).
    query: String,
    /// Only documents mentioning this actor (id or name).
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Only documents published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// At most this many rows.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// Best match first (bm25) instead of newest first, among the 5,000
    /// most recently stored matches.
    #[arg(long)]
    rank: bool,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    /// The N actors mentioned in the most documents.
    #[arg(long, value_name = "N", default_value_t = 20)]
    top: usize,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    /// Only events with this actor as source or target (id or name).
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Only events of this PLOVER type (e.g. ASSAULT).
    #[arg(long = "type", value_name = "TYPE")]
    event_type: Option<String>,
    /// Only events between two actors, one on each side: `--between USA,IRN`.
    #[arg(long, value_name = "A,B")]
    between: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// At most this many rows.
    #[arg(long, value_name = "N", default_value_t = 50)]
    limit: usize,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(clap::Args)]
pub struct ClaimsArgs {
    /// Only claims by this speaker (actor id or name, or the speaker's words).
    #[arg(long, value_name = "ACTOR")]
    speaker: Option<String>,
    /// Only denials and the claims a denial in the same document answers.
    #[arg(long)]
    disputed: bool,
    /// At most this many rows.
    #[arg(long, value_name = "N", default_value_t = 50)]
    limit: usize,
    #[command(flatten)]
    out: OutputArgs,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// The actor (id or name).
    #[arg(long, value_name = "ACTOR")]
    actor: String,
    /// From this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Up to this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    #[command(flatten)]
    out: OutputArgs,
}

/// What the writer did over a run.
#[derive(Default)]
struct Counts {
    added: usize,
    replaced: usize,
    unchanged: usize,
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let started = Instant::now();
    let store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let res = load_resources(&args.resources)?;
    // Documents stored with other resources (another build, KB or data
    // folder) are analysed again; only those analysed alike are skipped.
    let known: HashSet<String> = store
        .content_ids_analysed_with(res.analysis)
        .context("reading the store")?;
    store
        .tune_for_ingest(INGEST_CACHE_MIB, INGEST_CHECKPOINT_PAGES)
        .with_context(|| format!("opening {}", args.db.display()))?;
    let progress = Progress::new(!args.quiet && io::stderr().is_terminal());
    let (fields, pages) = args.input.open()?;
    let opts = RunOptions {
        record: Options { with_text: true },
        max_doc_bytes: args.max_doc_bytes,
        fields,
        pages,
        html_rules: res.html_rules.clone(),
    };
    let record_opts = opts.record;
    // A document already stored is only normalized and hashed, not analysed;
    // its stand-in record has no text, which tells the sink to skip it.
    // The run loop hands over documents already normalized.
    let analyzer = |doc: Document, digest: u128| -> Record {
        if known.contains(&content_id_from_digest(digest)) {
            return Record::nothing_found(DocMeta::from_document(doc, digest, false));
        }
        analyze_digested(doc, digest, &res, record_opts)
    };
    sitrep_pipeline::quiet_document_panics();

    // Extraction (rayon workers, batch by batch) prepares each record's
    // stored form (JSON, deflate, graph edges) on the worker that analysed
    // it and hands it, in input order, to the one writer thread, which does
    // only the SQL and batches records into transactions. The channel is
    // bounded, so memory stays bounded however slow the writer is.
    let (tx, rx) = mpsc::sync_channel::<Prepared>(CHANNEL_DOCS);
    let mut skipped = 0usize;
    let (summary, written) = std::thread::scope(|scope| {
        let commit_docs = args.commit_docs.max(1);
        let analysis = res.analysis;
        let writer = scope.spawn(move || write_all(store, rx, commit_docs, analysis));
        let summary = sitrep_pipeline::run_encoded(
            &args.paths,
            &analyzer,
            opts,
            // Only a record without text fails to prepare: a document
            // already stored (see `analyzer`).
            &|record| Prepared::new(record).ok(),
            &mut |prepared| {
                let Some(prepared) = prepared else {
                    skipped += 1;
                    return Ok(());
                };
                tx.send(prepared)
                    .map_err(|_| io::Error::other("the store writer stopped"))
            },
            &mut |e| progress.println(&format!("sitrep: {e}")),
            &mut |done| progress.update(done),
        );
        drop(tx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the store writer panicked")));
        (summary, written)
    });
    progress.finish();
    // A writer error explains a send failure, so it goes first.
    let mut counts = written.with_context(|| format!("writing to {}", args.db.display()))?;
    let summary = summary.context("reading inputs")?;
    counts.unchanged += skipped;
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        let docs = counts.added + counts.replaced + counts.unchanged;
        eprintln!(
            "sitrep: {docs} documents: {} added, {} replaced, {} unchanged, {} failed, in {secs:.2} s ({:.0} docs/s) into {}",
            counts.added,
            counts.replaced,
            counts.unchanged,
            summary.failures,
            docs as f64 / secs.max(1e-9),
            args.db.display()
        );
    }
    Ok(if summary.failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The single writer: puts every record it receives, committing every
/// `commit_docs` records or [`COMMIT_EVERY`], and once more at the end.
fn write_all(
    mut store: Store,
    rx: mpsc::Receiver<Prepared>,
    commit_docs: usize,
    analysis: i64,
) -> anyhow::Result<Counts> {
    let mut counts = Counts::default();
    let mut writer = store.writer();
    writer.set_analysis(analysis);
    let mut pending = 0usize;
    let mut opened = Instant::now();
    loop {
        let record = match rx.recv_timeout(COMMIT_EVERY) {
            Ok(r) => Some(r),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        if let Some(record) = record {
            if pending == 0 {
                opened = Instant::now();
            }
            match writer.put_prepared(&record)? {
                PutOutcome::Added => counts.added += 1,
                PutOutcome::Replaced => counts.replaced += 1,
                PutOutcome::Unchanged => counts.unchanged += 1,
            }
            pending += 1;
        }
        if pending > 0 && (pending >= commit_docs || opened.elapsed() >= COMMIT_EVERY) {
            writer.commit()?;
            pending = 0;
        }
    }
    writer.commit()?;
    drop(writer);
    store.finish_ingest((counts.added + counts.replaced) as u64)?;
    Ok(counts)
}

fn open(out: &OutputArgs) -> anyhow::Result<Store> {
    Ok(Store::open_existing(&out.db)?)
}

pub fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.out)?;
    let table = store.search(&SearchQuery {
        query: args.query,
        actor: args.actor,
        since: args.since,
        limit: args.limit,
        rank: args.rank,
    })?;
    print(&table, &args.out)
}

pub fn actors(args: ActorsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.out)?;
    print(&store.actors(args.top)?, &args.out)
}

pub fn events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let between = match &args.between {
        Some(pair) => match pair.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => anyhow::bail!("--between takes two actors separated by a comma: A,B"),
        },
        None => None,
    };
    let store = open(&args.out)?;
    let table = store.events(&EventQuery {
        actor: args.actor,
        event_type: args.event_type,
        between,
        since: args.since,
        until: args.until,
        limit: args.limit,
    })?;
    print(&table, &args.out)
}

pub fn claims(args: ClaimsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.out)?;
    let table = store.claims(&ClaimQuery {
        speaker: args.speaker,
        disputed: args.disputed,
        limit: args.limit,
    })?;
    print(&table, &args.out)
}

pub fn timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.out)?;
    let table = store.timeline(&args.actor, args.since.as_deref(), args.until.as_deref())?;
    print(&table, &args.out)
}

pub(crate) fn print(table: &Table, how: &OutputArgs) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    let written = if how.json {
        write_json(table, &mut out)
    } else if how.csv {
        write_csv(table, terminal, &mut out)
    } else {
        write_table(table, &mut out)
    }
    .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e).context("writing the answer"),
    }
}

fn write_json(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    // Written by hand to keep the columns in table order.
    for row in &table.rows {
        let mut line = String::from("{");
        for (i, (c, v)) in table.columns.iter().zip(row).enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&serde_json::Value::from(*c).to_string());
            line.push(':');
            line.push_str(&v.to_string());
        }
        line.push('}');
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn write_csv(table: &Table, terminal: bool, out: &mut dyn Write) -> io::Result<()> {
    let field = |s: &str| {
        let s = if terminal {
            escape_controls(s)
        } else {
            s.to_string()
        };
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    };
    let header: Vec<String> = table.columns.iter().map(|c| field(c)).collect();
    writeln!(out, "{}", header.join(","))?;
    for row in &table.rows {
        let fields: Vec<String> = row.iter().map(|v| field(&cell(v))).collect();
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

/// Widest a table cell gets, in characters; longer text is cut with "…".
const MAX_CELL: usize = 60;

fn write_table(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|v| fit(&escape_controls(&cell(v))))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = table.columns.iter().map(|c| c.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |fields: &mut dyn Iterator<Item = &str>| {
        let mut s = String::new();
        for (i, (f, w)) in fields.zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(f);
            s.extend(std::iter::repeat_n(' ', w - f.chars().count()));
        }
        s.truncate(s.trim_end().len());
        s
    };
    let header = line(
        &mut table
            .columns
            .iter()
            .map(|c| c.to_uppercase())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    writeln!(out, "{header}")?;
    for row in &cells {
        writeln!(out, "{}", line(&mut row.iter().map(String::as_str)))?;
    }
    if cells.is_empty() {
        writeln!(out, "(no rows)")?;
    }
    Ok(())
}

fn fit(s: &str) -> String {
    if s.chars().count() <= MAX_CELL {
        s.to_string()
    } else {
        let mut cut: String = s.chars().take(MAX_CELL - 1).collect();
        cut.push('…');
        cut
    }
}

/// Control characters made visible (`\n`, `\t`, `\u{1b}`), so stored text
/// cannot move the cursor or recolour a terminal.
pub fn escape_controls(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("a\u{1b}[31mb\nc"), "a\\u{1b}[31mb\\nc");
        assert_eq!(escape_controls("plain"), "plain");
        assert_eq!(escape_controls("\u{9b}x"), "\\u{9b}x");
    }

    #[test]
    fn tables_align_and_cut_long_cells() {
        let table = Table {
            columns: vec!["a", "bb"],
            rows: vec![
                vec![serde_json::json!("x"), serde_json::json!("y".repeat(100))],
                vec![serde_json::json!(12), serde_json::Value::Null],
            ],
        };
        let mut out = Vec::new();
        write_table(&table, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "A   BB");
        assert!(lines[1].starts_with("x   yyy") && lines[1].ends_with('…'));
        assert_eq!(lines[2], "12");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let table = Table {
            columns: vec!["a", "b"],
            rows: vec![vec![serde_json::json!("x,\"y\""), serde_json::json!(true)]],
        };
        let mut out = Vec::new();
        write_csv(&table, false, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\n\"x,\"\"y\"\"\",true\n"
        );
    }
}
