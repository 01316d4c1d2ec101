//! `sitrep report`: ingest the given inputs (exactly as `sitrep ingest`
//! does), then build the cited situation report from the store, record the
//! run (for "what is new since the last report") and write Markdown or HTML.

use crate::store_cmds;
use anyhow::Context;
use clap::Parser;
use sitrep_pipeline::input::DEFAULT_MAX_DOC_BYTES;
use sitrep_report::{Builders, Options, StoryClusters};
use sitrep_store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
}

#[derive(clap::Args)]
pub struct ReportArgs {
    /// Inputs to ingest first, as for `ingest` (files, directories, `-`).
    /// Without them the report covers what the store already holds.
    paths: Vec<String>,
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = sitrep_store::DEFAULT_DB)]
    db: PathBuf,
    /// Only documents published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only documents published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Only documents mentioning this actor (id or name).
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Cover only the documents that arrived since the previous report.
    #[arg(long)]
    new_only: bool,
    /// Cover at most this many documents (the newest matching ones).
    #[arg(long, value_name = "N", default_value_t = 5000)]
    max_docs: usize,
    /// Do not record this run (the next report's "what is new" then
    /// still counts from the previous one).
    #[arg(long)]
    no_record: bool,
    /// Write the report here (`.html`/`.htm` → HTML, otherwise Markdown)
    /// instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format (default: from the output file's extension, else md).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Extra outlet registry file (same format as data/outlets.tsv; its rows
    /// replace known outlets); repeatable.
    #[arg(long, value_name = "FILE")]
    outlets: Vec<PathBuf>,
    /// Extra opposing-alignment file (same format as data/alignments.tsv); repeatable.
    #[arg(long, value_name = "FILE")]
    alignments: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) resources: crate::ResourceArgs,
    /// Worker threads for ingesting (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Skip documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// No summary lines on standard error.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    input: crate::InputArgs,
}

/// `sitrep ingest`'s arguments, parsed from a command line we build, so the
/// report ingests through exactly the same code.
#[derive(Parser)]
struct IngestOnly {
    #[command(flatten)]
    args: store_cmds::IngestArgs,
}

fn ingest_first(a: &ReportArgs) -> anyhow::Result<ExitCode> {
    let mut argv: Vec<std::ffi::OsString> = vec!["sitrep-ingest".into()];
    argv.push("--db".into());
    argv.push(a.db.clone().into_os_string());
    for k in &a.resources.kb {
        argv.push("--kb".into());
        argv.push(k.clone().into_os_string());
    }
    if let Some(d) = &a.resources.data {
        argv.push("--data".into());
        argv.push(d.clone().into_os_string());
    }
    if let Some(n) = a.threads {
        argv.push(format!("--threads={n}").into());
    }
    argv.push(format!("--max-doc-bytes={}", a.max_doc_bytes).into());
    if a.quiet {
        argv.push("--quiet".into());
    }
    let i = &a.input;
    if let Some(p) = &i.pages {
        argv.push("--pages".into());
        argv.push(p.clone().into_os_string());
    }
    for (flag, v) in [
        ("--text-field", &i.text_field),
        ("--title-field", &i.title_field),
        ("--date-field", &i.date_field),
        ("--url-field", &i.url_field),
        ("--outlet-field", &i.outlet_field),
        ("--lang-field", &i.lang_field),
    ] {
        argv.push(format!("{flag}={v}").into());
    }
    argv.push("--".into());
    argv.extend(a.paths.iter().map(Into::into));
    let parsed = IngestOnly::try_parse_from(argv).context("passing the inputs to ingest")?;
    store_cmds::ingest(parsed.args)
}

fn format_of(a: &ReportArgs) -> Format {
    if let Some(f) = a.format {
        return f;
    }
    let ext = a
        .output
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm") => Format::Html,
        _ => Format::Md,
    }
}

pub fn report(a: ReportArgs) -> anyhow::Result<ExitCode> {
    // Filters are checked before anything is ingested.
    sitrep_report::check_date("--since", &a.since)?;
    sitrep_report::check_date("--until", &a.until)?;
    let mut stories = StoryClusters::builtin();
    for p in &a.outlets {
        stories
            .resources
            .add_outlets_file(p)
            .context("loading the outlet registry")?;
    }
    for p in &a.alignments {
        stories
            .resources
            .outlets
            .add_alignments_file(p)
            .context("loading the opposing alignments")?;
    }
    let builders = Builders {
        stories: Box::new(stories),
        ..Builders::default()
    };
    let ingested = if a.paths.is_empty() {
        ExitCode::SUCCESS
    } else {
        ingest_first(&a)?
    };
    let store = Store::open_existing(&a.db)?;
    let previous = store.last_report().context("reading the report log")?;
    let max_doc = store.max_doc_key().context("reading the store")?;
    let opts = Options {
        since: a.since.clone(),
        until: a.until.clone(),
        actor: a.actor.clone(),
        previous,
        new_only: a.new_only,
        max_documents: a.max_docs,
        ..Options::default()
    };
    let mut report = sitrep_report::build(&store, &opts, &builders)?;
    if !a.no_record {
        let mut filters = Vec::new();
        if let Some(s) = &a.since {
            filters.push(format!("--since {s}"));
        }
        if let Some(u) = &a.until {
            filters.push(format!("--until {u}"));
        }
        if let Some(x) = &a.actor {
            filters.push(format!("--actor {x}"));
        }
        if a.new_only {
            filters.push("--new-only".to_string());
        }
        let filters = if filters.is_empty() {
            "no filters".to_string()
        } else {
            filters.join(" ")
        };
        let run = store
            .record_report(&filters, max_doc, report.summary.documents as i64)
            .context("recording the report run")?;
        report.generated = Some(run.created_at);
    }
    let text = match format_of(&a) {
        Format::Md => sitrep_report::markdown(&report),
        Format::Html => sitrep_report::html(&report),
    };
    match &a.output {
        Some(path) => std::fs::write(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(e).context("writing the report"),
            }
        }
    }
    if !a.quiet {
        let s = &report.summary;
        let to = a
            .output
            .as_ref()
            .map(|p| format!(" to {}", p.display()))
            .unwrap_or_default();
        eprintln!(
            "sitrep: report of {} documents ({} disputes, {} storylines, {} new since the last report) written{to}",
            s.documents,
            s.disputes,
            s.storylines,
            report
                .new_since
                .as_ref()
                .map_or("all".to_string(), |n| n.documents.len().to_string()),
        );
    }
    Ok(ingested)
}
