//! `sitrep`: the command-line front end. A thin layer over `sitrep-pipeline`
//! and `sitrep-eval`: it parses arguments, wires stdin/stdout/stderr and
//! exit codes, and draws the progress bar. No analysis happens here.

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sitrep_pipeline::input::{FieldMap, DEFAULT_MAX_DOC_BYTES};
use sitrep_pipeline::pages::PagesDir;
use sitrep_pipeline::{Options, Resources, RunOptions};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

mod extraction_cmd;
mod graph_cmd;
mod realclaims_cmd;
mod realnews_cmd;
mod report_cmd;
mod store_cmds;
mod story_cmd;

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys::{mi_free, mi_malloc, mi_realloc, mi_zalloc};

// mimalloc: about a tenth of extraction's CPU went to glibc malloc/free
// (docs/log/benchmarks-sessions-1-51.md, 2026-11-30 branch `speed`). Its v2 line (the `v2`
// feature in Cargo.toml): the same CPU as v3 and a peak RSS about 15% lower
// on `extract -j 1` (docs/log/benchmarks-sessions-1-51.md, 2026-12-01 session 4).
#[global_allocator]
static ALLOC: WordAligned = WordAligned;

/// mimalloc, asked through its plain entry points (`mi_malloc`, `mi_zalloc`,
/// `mi_realloc`) when the alignment wanted is at most a machine word, which
/// every mimalloc block has; `mimalloc::MiMalloc` sends every request down
/// the aligned path, whose extra checks cost about ten instructions on each
/// of the ~3,000 allocations of a document. Larger alignments go to
/// `MiMalloc` as before.
struct WordAligned;

/// A mimalloc block is always aligned to this: every page of mimalloc v2
/// starts 16-aligned and every size class is a multiple of a word, so every
/// block is word-aligned whatever its size. (This holds for the build as
/// configured; libmimalloc-sys's `debug` feature, with guarded pages, could
/// break it, and is not enabled.)
const MIMALLOC_WORD: usize = std::mem::size_of::<usize>();

// SAFETY: every block comes from mimalloc and goes back to it through
// `mi_free`, which frees a block from any entry point; the plain entry points
// are used only for alignments every mimalloc block meets, and `realloc`
// keeps the layout's alignment, so a block from `mi_malloc` is only ever
// resized by `mi_realloc`.
unsafe impl GlobalAlloc for WordAligned {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MIMALLOC_WORD {
            mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MIMALLOC_WORD {
            mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr.cast())
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MIMALLOC_WORD {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v2: the 16th option).
/// libmimalloc-sys declares `mi_option_set` only behind its `extended`
/// feature, and names no constant for this option, so both are declared here.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Tells mimalloc never to hand freed memory back to the kernel. By default it
/// purges a freed segment after 10 ms; every document's buffers are then
/// freed and allocated again, so the kernel zeroed the same pages over and
/// over — with transparent huge pages, 2 MB per fault: 8,600 page faults and
/// about 6% of `extract -j 1`'s CPU on 5,000 documents, against 620 without
/// purging, for 4 MB more peak RSS (docs/log/benchmarks-sessions-1-51.md, "Extraction after
/// session 7's merges"). Every
/// sitrep command is a batch job that exits when done, so memory kept mapped
/// is bounded by the run's own peak.
fn keep_freed_memory_mapped() {
    // SAFETY: sets a plain integer option; mimalloc reads options at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Offline news intelligence: actors, events, claims and framing from news text."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract actors, events, claims and framing: one sitrep/1 JSON line per document.
    Extract(Box<ExtractArgs>),
    /// Download article pages politely into a pages folder (for `extract --pages`).
    Fetch(FetchArgs),
    /// Extract documents into the local store (skips stored ones, replaces changed ones).
    Ingest(store_cmds::IngestArgs),
    /// Full-text search of the stored documents.
    Search(store_cmds::SearchArgs),
    /// The actors mentioned in the most stored documents.
    Actors(store_cmds::ActorsArgs),
    /// Stored events, newest first.
    Events(store_cmds::EventsArgs),
    /// Stored claims (reported speech), newest first.
    Claims(store_cmds::ClaimsArgs),
    /// An actor's events per day.
    Timeline(store_cmds::TimelineArgs),
    /// The actor graph: events, claims about and co-mentions between actors.
    Graph(graph_cmd::GraphArgs),
    /// Stories across stored documents: who reported first, who followed, cross-alignment spread.
    Stories(story_cmd::StoriesArgs),
    /// The cited situation report (Markdown or HTML); ingests PATHs first.
    Report(Box<report_cmd::ReportArgs>),
    /// Score sitrep against gold data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files, directories (read recursively), glob patterns or `-` for
    /// standard input: plain text, JSON Lines, CSV/TSV, RSS/Atom/JSON Feed,
    /// HTML pages, WARC/WARC.gz (any of them gzipped).
    #[arg(required = true)]
    paths: Vec<String>,
    /// Write records here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Include the normalized text as `doc.text`.
    #[arg(long)]
    with_text: bool,
    #[command(flatten)]
    resources: ResourceArgs,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Skip documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    input: InputArgs,
}

/// How inputs are read: shared by `extract` and `ingest`.
#[derive(clap::Args)]
pub(crate) struct InputArgs {
    /// Folder of saved pages (as written by `sitrep fetch`): feed entries
    /// whose link is saved there get the page's full text.
    #[arg(long, value_name = "DIR")]
    pages: Option<PathBuf>,
    /// JSON Lines / CSV field holding the article text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,
    /// JSON Lines / CSV field holding the title.
    #[arg(long, value_name = "NAME", default_value = "title")]
    title_field: String,
    /// JSON Lines / CSV field holding the publication date (normalised to YYYY-MM-DD).
    #[arg(long, value_name = "NAME", default_value = "published")]
    date_field: String,
    /// JSON Lines / CSV field holding the URL.
    #[arg(long, value_name = "NAME", default_value = "url")]
    url_field: String,
    /// JSON Lines / CSV field holding the outlet name.
    #[arg(long, value_name = "NAME", default_value = "outlet")]
    outlet_field: String,
    /// JSON Lines / CSV field holding the language code.
    #[arg(long, value_name = "NAME", default_value = "language")]
    lang_field: String,
}

impl InputArgs {
    /// The field map and the opened pages folder.
    pub(crate) fn open(self) -> anyhow::Result<(FieldMap, Option<PagesDir>)> {
        let pages = match &self.pages {
            Some(dir) => Some(
                PagesDir::open(dir)
                    .with_context(|| format!("cannot use {} as a pages folder", dir.display()))?,
            ),
            None => None,
        };
        let fields = FieldMap {
            text: self.text_field,
            title: self.title_field,
            date: self.date_field,
            url: self.url_field,
            outlet: self.outlet_field,
            language: self.lang_field,
        };
        Ok((fields, pages))
    }
}

#[derive(clap::Args)]
struct FetchArgs {
    /// URLs to fetch (http or https).
    urls: Vec<String>,
    /// Also read URLs from this file, one per line (`-` for stdin; `#` comments).
    #[arg(long, value_name = "FILE")]
    from: Option<PathBuf>,
    /// The pages folder: DIR/<key>.html and DIR/<key>.json per URL.
    #[arg(long, value_name = "DIR")]
    pages: PathBuf,
    /// Fetch again pages already in the folder.
    #[arg(long)]
    refresh: bool,
    /// Allow loopback, private and other non-public addresses.
    #[arg(long)]
    allow_private: bool,
    /// Minimum milliseconds between two requests to the same host.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    delay_ms: u64,
    /// The longest robots.txt crawl-delay honoured, in seconds; hosts asking
    /// for more are not fetched.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    max_crawl_delay: u64,
    /// Milliseconds to open a connection.
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    connect_timeout_ms: u64,
    /// Milliseconds to wait for any one read from the server.
    #[arg(long, value_name = "MS", default_value_t = 30_000)]
    read_timeout_ms: u64,
    /// Milliseconds for one URL in all (robots.txt, redirects and body included).
    #[arg(long, value_name = "MS", default_value_t = 60_000)]
    timeout_ms: u64,
    /// Refuse bodies larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    max_bytes: u64,
    /// Redirects followed per URL.
    #[arg(long, value_name = "N", default_value_t = 5)]
    max_redirects: u32,
    /// The User-Agent header (its first word is the robots.txt agent name).
    #[arg(long, value_name = "UA", default_value = sitrep_fetch::DEFAULT_USER_AGENT)]
    user_agent: String,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Event type + source + target against the PLOVER gold-standard records.
    Plover {
        /// PLOVER_GSR_CAMEO.json
        path: PathBuf,
        /// Write the dev records' error listing here (one JSON line a record: gold coding,
        /// predicted events, the scorer's verdict on each, the actor codes the record
        /// resolved and whether the gold ones are among them); test records are never listed.
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
        #[command(flatten)]
        resources: ResourceArgs,
    },
    /// Event type (+ source + target) on PETRARCH-2 validation / unit-test records, CAMEO mapped to PLOVER.
    Petrarch {
        /// PETR2_GSR_validation.xml, PETR.UnitTest.records.xml, …
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The CAMEO → PLOVER table (CAMEO2PLOVER-2021.txt).
        #[arg(long, value_name = "FILE")]
        table: PathBuf,
        #[command(flatten)]
        resources: ResourceArgs,
    },
    /// Quote attribution (source, cue, content spans) against PolNeAR.
    Polnear {
        /// Folder holding polnear-v1.0.0-text-attributions.tar.xz (or the archive, or an unpacked copy).
        path: PathBuf,
        /// Which split to score.
        #[arg(long, default_value = "dev", value_parser = ["train", "dev", "test"])]
        split: String,
        #[command(flatten)]
        resources: ResourceArgs,
    },
    /// Main text of HTML pages against the Zyte benchmark and trafilatura's evaluation set.
    Extraction {
        /// The extraction-eval folder (../shared/data/extraction-eval)
        dir: PathBuf,
        /// Score saved predictions (JSON, see bench/extraction.sh) instead of running sitrep.
        #[arg(long, value_name = "FILE")]
        predictions: Option<PathBuf>,
        /// Also score the upstream outputs shipped with the Zyte set (checks the scorer).
        #[arg(long)]
        upstream: bool,
        /// Main-content extractor to score: sitrep's own, or rs-trafilatura checked by dom_smoothie.
        #[arg(long, value_parser = ["own", "trafilatura"])]
        extractor: Option<String>,
    },
    /// Near-duplicate detection against a labelled set (examples/neardup/neardup.jsonl).
    Neardup(story_cmd::NeardupArgs),
    /// Event precision on real news pages (Zyte benchmark texts) against data/eval/realnews-events.tsv.
    Realnews(realnews_cmd::RealnewsArgs),
    /// Claim precision on real news pages (Zyte benchmark texts) against data/eval/realnews-claims.tsv.
    RealnewsClaims(realclaims_cmd::RealnewsClaimsArgs),
}

fn main() -> ExitCode {
    keep_freed_memory_mapped();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(*args),
        Command::Fetch(args) => fetch(args),
        Command::Eval { what } => eval(what),
        Command::Ingest(args) => store_cmds::ingest(args),
        Command::Search(args) => store_cmds::search(args),
        Command::Actors(args) => store_cmds::actors(args),
        Command::Events(args) => store_cmds::events(args),
        Command::Claims(args) => store_cmds::claims(args),
        Command::Timeline(args) => store_cmds::timeline(args),
        Command::Graph(args) => graph_cmd::graph(args),
        Command::Stories(args) => story_cmd::stories(args),
        Command::Report(args) => report_cmd::report(*args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`sitrep eval … | head`) is the reader's choice, not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Where the knowledge base and lexicons come from: the built-in files,
/// extended by the user's.
#[derive(clap::Args, Clone, Default)]
pub(crate) struct ResourceArgs {
    /// Extra knowledge-base file (same TSV format as data/kb); repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) kb: Vec<PathBuf>,
    /// A folder laid out like sitrep's data/ (lexicons/cues.tsv,
    /// lexicons/events.tsv, …): each lexicon file there adds its rows to the
    /// built-in file of the same name.
    #[arg(long, value_name = "DIR")]
    pub(crate) data: Option<PathBuf>,
}

fn load_resources(args: &ResourceArgs) -> anyhow::Result<Resources> {
    let extra: Vec<&std::path::Path> = args.kb.iter().map(|p| p.as_path()).collect();
    let data = match &args.data {
        Some(dir) => sitrep_pipeline::DataDir::new(dir).map_err(anyhow::Error::msg)?,
        None => sitrep_pipeline::DataDir::none(),
    };
    Resources::load_with(&extra, &data)
        .map_err(anyhow::Error::msg)
        .context("loading the knowledge base and lexicons")
}

fn extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let (fields, pages) = args.input.open()?;
    let res = load_resources(&args.resources)?;
    // Records are about 25 KB of JSON: std's 8 KiB buffer would pass nearly
    // every line to its own write call.
    // At most sitrep-pipeline's WRITE_CHUNK: a full chunk of lines then goes
    // to the file in one vectored write without being copied into this buffer.
    const OUTPUT_BUFFER: usize = 256 * 1024;
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::with_capacity(
            OUTPUT_BUFFER,
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock())),
    };
    let progress = Progress::new(!args.quiet && io::stderr().is_terminal());
    let opts = RunOptions {
        record: Options {
            with_text: args.with_text,
        },
        max_doc_bytes: args.max_doc_bytes,
        fields,
        pages,
        html_rules: res.html_rules.clone(),
    };
    sitrep_pipeline::quiet_document_panics();
    let summary = sitrep_pipeline::run(
        &args.paths,
        &res,
        opts,
        &mut out,
        &mut |e| progress.println(&format!("sitrep: {e}")),
        &mut |done| progress.update(done),
    );
    progress.finish();
    // Freeing the knowledge base and lexicons value by value costs more
    // than a whole document's analysis (15 M instructions); the process
    // exits right after this, and the OS takes the memory back at once.
    std::mem::forget(res);
    let summary = match summary {
        Ok(s) => s,
        // A closed pipe (`sitrep extract … | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e).context("writing records"),
    };
    if !args.quiet {
        eprintln!("sitrep: {}", summary.line());
    }
    Ok(if summary.failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A spinner on stderr, shown only on a terminal and only once a run has
/// lasted long enough for it to be worth drawing.
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    const SHOW_AFTER: Duration = Duration::from_millis(800);

    fn new(enabled: bool) -> Progress {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {pos} documents  {per_sec}  {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
        }
    }

    fn update(&self, done: usize) {
        if let Some(bar) = &self.bar {
            if bar.is_hidden() && self.started.elapsed() >= Self::SHOW_AFTER {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                bar.enable_steady_tick(Duration::from_millis(200));
            }
            bar.set_position(done as u64);
        }
    }

    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) if !bar.is_hidden() => bar.suspend(|| eprintln!("{line}")),
            _ => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
}

fn eval(what: EvalCommand) -> anyhow::Result<ExitCode> {
    match what {
        EvalCommand::Neardup(args) => story_cmd::eval_neardup(args),
        EvalCommand::Realnews(args) => realnews_cmd::eval_realnews(args, load_resources),
        EvalCommand::RealnewsClaims(args) => {
            realclaims_cmd::eval_realnews_claims(args, load_resources)
        }
        EvalCommand::Plover {
            path,
            errors,
            resources,
        } => {
            let res = load_resources(&resources)?;
            let (results, skipped) =
                sitrep_eval::plover_records(&path, &res).map_err(anyhow::Error::msg)?;
            writeln!(
                io::stdout(),
                "{}",
                sitrep_eval::plover_report(&path, &results, skipped)
            )?;
            if let Some(file) = errors {
                plover_errors(&results, &file)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        EvalCommand::Petrarch {
            paths,
            table,
            resources,
        } => {
            let res = load_resources(&resources)?;
            let report = sitrep_eval::petrarch(&paths, &table, &res).map_err(anyhow::Error::msg)?;
            writeln!(io::stdout(), "{report}")?;
            Ok(ExitCode::SUCCESS)
        }
        EvalCommand::Polnear {
            path,
            split,
            resources,
        } => {
            let res = load_resources(&resources)?;
            let report = sitrep_eval::polnear(&path, &split, &res).map_err(anyhow::Error::msg)?;
            write!(io::stdout(), "{report}")?;
            Ok(ExitCode::SUCCESS)
        }
        EvalCommand::Extraction {
            dir,
            predictions,
            upstream,
            extractor,
        } => {
            use sitrep_eval::extraction;
            let report = match predictions {
                Some(p) => extraction::score_predictions(&dir, &p),
                None => extraction_cmd::run(&dir, extractor.as_deref()),
            }
            .map_err(anyhow::Error::msg)?;
            write!(io::stdout(), "{report}")?;
            if upstream {
                let outputs = extraction::aeb_upstream_outputs(&dir.join("scrapinghub-aeb"))
                    .map_err(anyhow::Error::msg)?;
                for (name, s) in outputs {
                    writeln!(
                        io::stdout(),
                        "  upstream output {name:<16} P {:.3}  R {:.3}  F1 {:.3}  accuracy {:.3}",
                        s.precision,
                        s.recall,
                        s.f1,
                        s.accuracy
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes the PLOVER dev error listing and prints its verdict counts.
fn plover_errors(results: &[sitrep_eval::RecordResult], file: &Path) -> anyhow::Result<()> {
    let mut out = BufWriter::new(
        std::fs::File::create(file).with_context(|| format!("cannot write {}", file.display()))?,
    );
    let (gold, events) = sitrep_eval::plover_errors(results, &mut out)?;
    out.flush()?;
    let counts = |m: &std::collections::BTreeMap<sitrep_eval::Verdict, usize>| {
        m.iter()
            .map(|(v, n)| format!("{} {n}", v.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        io::stdout(),
        "dev error listing: {} (test records are not listed)",
        file.display()
    )?;
    writeln!(io::stdout(), "  gold codings: {}", counts(&gold))?;
    writeln!(io::stdout(), "  predicted events: {}", counts(&events))?;
    Ok(())
}

fn fetch(args: FetchArgs) -> anyhow::Result<ExitCode> {
    let mut urls = args.urls;
    if let Some(from) = &args.from {
        let text = if from.as_os_str() == "-" {
            io::read_to_string(io::stdin()).context("reading URLs from stdin")?
        } else {
            std::fs::read_to_string(from)
                .with_context(|| format!("cannot read {}", from.display()))?
        };
        urls.extend(sitrep_fetch::read_url_list(&text));
    }
    anyhow::ensure!(!urls.is_empty(), "no URLs given (pass URLs or --from FILE)");
    let ms = Duration::from_millis;
    let opts = sitrep_fetch::FetchOptions {
        connect_timeout: ms(args.connect_timeout_ms),
        read_timeout: ms(args.read_timeout_ms),
        timeout: ms(args.timeout_ms),
        max_bytes: args.max_bytes,
        max_redirects: args.max_redirects,
        user_agent: args.user_agent,
        allow_private: args.allow_private,
        delay: ms(args.delay_ms),
        max_crawl_delay: Duration::from_secs(args.max_crawl_delay),
        refresh: args.refresh,
    };
    let summary = sitrep_fetch::fetch_all(&urls, &args.pages, &opts, &mut |url, e| {
        eprintln!("sitrep: {url}: {e}")
    })
    .with_context(|| format!("cannot create {}", args.pages.display()))?;
    if !args.quiet {
        eprintln!("sitrep: {}", summary.line());
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod allocator_tests {
    use super::*;

    /// Every layout, plain or over-aligned, gets a block aligned as asked,
    /// zeroed when asked, that keeps its bytes through a realloc.
    #[test]
    fn blocks_are_aligned_zeroed_and_kept_through_realloc() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 7, 8, 9, 24, 100, 1000, 5000, 70_000, 3 << 20] {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = ALLOC.alloc_zeroed(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "{size} {align}");
                    let bytes = std::slice::from_raw_parts_mut(p, size);
                    assert!(bytes.iter().all(|&b| b == 0), "{size} {align}");
                    for (i, b) in bytes.iter_mut().enumerate() {
                        *b = i as u8;
                    }
                    // Grown, then shrunk back: the first bytes stay.
                    let grown = ALLOC.realloc(p, layout, size * 3);
                    assert_eq!(grown as usize % align, 0, "{size} {align}");
                    let kept = std::slice::from_raw_parts(grown, size);
                    assert!(kept.iter().enumerate().all(|(i, &b)| b == i as u8));
                    let big = Layout::from_size_align(size * 3, align).unwrap();
                    let shrunk = ALLOC.realloc(grown, big, size);
                    assert_eq!(shrunk as usize % align, 0, "{size} {align}");
                    let kept = std::slice::from_raw_parts(shrunk, size);
                    assert!(kept.iter().enumerate().all(|(i, &b)| b == i as u8));
                    ALLOC.dealloc(shrunk, layout);
                    let r = ALLOC.alloc(layout);
                    assert_eq!(r as usize % align, 0);
                    ALLOC.dealloc(r, layout);
                }
            }
        }
    }
}
