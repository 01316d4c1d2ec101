//! `sitrep stories` (storylines from the store: first reporter, followers,
//! cross-alignment spread) and `sitrep eval neardup` (near-duplicate
//! detection against a labelled set).

use crate::store_cmds::{print, OutputArgs};
use anyhow::Context;
use serde_json::{json, Value};
use sitrep_store::{CorpusDoc, Store, Table};
use sitrep_story::{
    eval, storylines, NearDupParams, Spread, Story, StoryDoc, StoryParams, StoryResources,
};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct StoriesArgs {
    #[command(flatten)]
    out: OutputArgs,
    /// Only documents published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Extra outlet registry file (same format as data/outlets.tsv; its rows
    /// replace known outlets); repeatable.
    #[arg(long, value_name = "FILE")]
    outlets: Vec<PathBuf>,
    /// Extra opposing-alignment file (same format as data/alignments.tsv); repeatable.
    #[arg(long, value_name = "FILE")]
    alignments: Vec<PathBuf>,
    /// Also list stories of a single document.
    #[arg(long)]
    all: bool,
    /// Only stories carried by outlets of opposing alignments.
    #[arg(long)]
    cross_alignment: bool,
    /// A document joins a story whose latest document is at most this many days away.
    #[arg(long, value_name = "DAYS", default_value_t = sitrep_story::ClusterParams::default().window_days)]
    window: i64,
    /// A story takes no document published more than this many days after its first.
    #[arg(long, value_name = "DAYS", default_value_t = sitrep_story::ClusterParams::default().max_span_days)]
    max_span: i64,
    /// No summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
    /// Minimum similarity for a document to join a story (0–1).
    #[arg(long, value_name = "X", default_value_t = sitrep_story::ClusterParams::default().threshold)]
    threshold: f64,
}

#[derive(clap::Args)]
pub struct NeardupArgs {
    /// Labelled set (JSON Lines, see examples/neardup/README.md).
    path: PathBuf,
    /// Score only this split (dev or test); both, and all, by default.
    #[arg(long, value_name = "SPLIT")]
    split: Option<String>,
    /// Words per shingle.
    #[arg(long, value_name = "K")]
    shingle: Option<usize>,
    /// Jaccard similarity at or above which a pair is a near-duplicate.
    #[arg(long, value_name = "X")]
    jaccard: Option<f64>,
    /// Containment (share of the smaller document) at or above which a pair is a near-duplicate.
    #[arg(long, value_name = "X")]
    containment: Option<f64>,
    /// MinHash values per LSH band.
    #[arg(long, value_name = "N")]
    rows: Option<usize>,
    /// LSH bands.
    #[arg(long, value_name = "N")]
    bands: Option<usize>,
    /// Print P/R/F1 over a grid of shingle sizes and thresholds (for tuning on dev).
    #[arg(long)]
    sweep: bool,
}

fn story_doc(d: CorpusDoc) -> StoryDoc {
    StoryDoc {
        id: d.id,
        uri: d.uri,
        outlet: d.outlet,
        published: d.published,
        title: d.title,
        text: d.text,
        actors: d.actors,
    }
}

fn load_resources(outlets: &[PathBuf], alignments: &[PathBuf]) -> anyhow::Result<StoryResources> {
    let mut res = StoryResources::builtin();
    for p in outlets {
        res.add_outlets_file(p)
            .context("loading the outlet registry")?;
    }
    for p in alignments {
        res.outlets
            .add_alignments_file(p)
            .context("loading the opposing alignments")?;
    }
    Ok(res)
}

/// "Tasnim [Iranian state-affiliated media] vs New York Post [US conservative]".
fn sides(spread: &[Spread]) -> String {
    spread
        .iter()
        .map(|s| {
            format!(
                "{} [{}] vs {} [{}]",
                s.outlets_a.join(", "),
                s.side_a,
                s.outlets_b.join(", "),
                s.side_b
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn followers(st: &Story) -> String {
    st.followers()
        .iter()
        .map(|m| {
            let who = m
                .registry_outlet
                .clone()
                .or_else(|| m.outlet.clone())
                .unwrap_or_else(|| m.uri.clone());
            match m.lag_days {
                Some(d) => format!("{who} +{d}d"),
                None => format!("{who} (undated)"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn stories(args: StoriesArgs) -> anyhow::Result<ExitCode> {
    if let Some(s) = &args.since {
        anyhow::ensure!(
            sitrep_story::day_number(s).is_some(),
            "--since {s}: expected a date as YYYY-MM-DD"
        );
    }
    anyhow::ensure!(args.window >= 0, "--window must be zero or more days");
    anyhow::ensure!(args.max_span >= 0, "--max-span must be zero or more days");
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.threshold),
        "--threshold must be between 0 and 1"
    );
    let res = load_resources(&args.outlets, &args.alignments)?;
    let started = Instant::now();
    let store = Store::open_existing(&args.out.db)?;
    let docs: Vec<StoryDoc> = store
        .corpus(args.since.as_deref())?
        .into_iter()
        .map(story_doc)
        .collect();
    let mut params = StoryParams::default();
    params.cluster.window_days = args.window;
    params.cluster.threshold = args.threshold;
    params.cluster.max_span_days = args.max_span;
    let read = started.elapsed().as_secs_f64();
    let result = storylines(&docs, &params, &res);
    if !args.quiet {
        let t = result.timings;
        let multi = result
            .stories
            .iter()
            .filter(|s| s.members.len() > 1)
            .count();
        let cross = result
            .stories
            .iter()
            .filter(|s| s.cross_alignment())
            .count();
        eprintln!(
            "sitrep: {} documents, {} stories ({multi} of 2+ documents, {cross} cross-alignment), \
             {} near-duplicate pairs in {} groups; read {read:.2} s, near-duplicates {:.2} s, \
             stories {:.2} s, outlets {:.2} s",
            docs.len(),
            result.stories.len(),
            result.pairs.len(),
            result.groups.len(),
            t.neardup,
            t.cluster,
            t.report
        );
    }
    let shown: Vec<&Story> = result
        .stories
        .iter()
        .filter(|s| args.all || s.members.len() > 1)
        .filter(|s| !args.cross_alignment || s.cross_alignment())
        .collect();
    if args.out.json {
        // One story per line with its members and sides in full.
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let written = shown
            .iter()
            .try_for_each(|s| {
                let line = serde_json::to_string(s).map_err(io::Error::other)?;
                writeln!(out, "{line}")
            })
            .and_then(|()| out.flush());
        return match written {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
            Err(e) => Err(e).context("writing the answer"),
        };
    }
    let mut table = Table {
        columns: vec![
            "story",
            "first",
            "first_outlet",
            "label",
            "docs",
            "followers",
            "cross_alignment",
            "sides",
            "first_id",
        ],
        rows: Vec::new(),
    };
    for s in shown {
        let f = s.first();
        table.rows.push(vec![
            json!(s.number),
            json!(f.published),
            json!(f.registry_outlet.clone().or_else(|| f.outlet.clone())),
            json!(s.label),
            json!(s.members.len()),
            json!(followers(s)),
            Value::from(if s.cross_alignment() { "yes" } else { "" }),
            json!(sides(&s.spread)),
            json!(f.id),
        ]);
    }
    print(&table, &args.out)
}

fn line(name: &str, s: &eval::Score) -> String {
    format!(
        "{name:<6} docs {:>4}  pairs {:>6}  positive {:>5}  TP {:>5}  FP {:>4}  FN {:>4}  P {:.3}  R {:.3}  F1 {:.3}",
        s.docs, s.labelled_pairs, s.positives, s.true_positives, s.false_positives,
        s.false_negatives, s.precision, s.recall, s.f1
    )
}

pub fn eval_neardup(args: NeardupArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.path)
        .with_context(|| format!("cannot read {}", args.path.display()))?;
    let set =
        eval::read_labelled(&text, &args.path.display().to_string()).map_err(anyhow::Error::msg)?;
    anyhow::ensure!(!set.is_empty(), "{}: no documents", args.path.display());
    let res = StoryResources::builtin().text;
    let mut params = NearDupParams::default();
    if let Some(k) = args.shingle {
        anyhow::ensure!(k >= 1, "--shingle must be at least 1");
        params.shingle = k;
    }
    if let Some(j) = args.jaccard {
        params.jaccard = j;
    }
    if let Some(c) = args.containment {
        params.containment = c;
    }
    if let Some(r) = args.rows {
        anyhow::ensure!(r >= 1, "--rows must be at least 1");
        params.rows = r;
    }
    if let Some(b) = args.bands {
        anyhow::ensure!(b >= 1, "--bands must be at least 1");
        params.bands = b;
    }
    if args.sweep {
        let split = args.split.as_deref().unwrap_or("dev");
        writeln!(
            io::stdout(),
            "split {split}: shingle rows bands jaccard containment  P R F1"
        )?;
        for k in [2, 3, 4, 5] {
            for (rows, bands) in [(2, 60), (3, 40), (4, 30)] {
                for j in [0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6] {
                    for c in [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01] {
                        let p = NearDupParams {
                            shingle: k,
                            rows,
                            bands,
                            jaccard: j,
                            containment: c,
                            ..params.clone()
                        };
                        let s = eval::score(&set, Some(split), &p, &res);
                        writeln!(
                            io::stdout(),
                            "{k} {rows} {bands} {j:.2} {c:.2}  {:.3} {:.3} {:.3}",
                            s.precision,
                            s.recall,
                            s.f1
                        )?;
                    }
                }
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        io::stdout(),
        "near-duplicates: shingle {} words, {} bands x {} rows, Jaccard >= {}, containment >= {} (min {} shingles)",
        params.shingle, params.bands, params.rows, params.jaccard, params.containment, params.min_shingles
    )?;
    let mut splits: Vec<String> = set.iter().map(|d| d.split.clone()).collect();
    splits.sort();
    splits.dedup();
    let chosen: Vec<Option<&str>> = match &args.split {
        Some(s) => {
            anyhow::ensure!(
                splits.contains(s),
                "{}: no documents in split `{s}` (splits: {})",
                args.path.display(),
                splits.join(", ")
            );
            vec![Some(s.as_str())]
        }
        None => splits.iter().map(|s| Some(s.as_str())).collect(),
    };
    for split in chosen {
        let started = Instant::now();
        let s = eval::score(&set, split, &params, &res);
        writeln!(io::stdout(), "{}", line(split.unwrap_or("all"), &s))?;
        for (kind, (found, total)) in &s.recall_by_kind {
            let fp = s.false_positives_by_kind.get(kind).copied().unwrap_or(0);
            writeln!(
                io::stdout(),
                "    {kind:<14} recall {found:>4}/{total:<4}  false positives {fp}"
            )?;
        }
        eprintln!(
            "sitrep: scored {} in {:.2} s",
            split.unwrap_or("all"),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}
