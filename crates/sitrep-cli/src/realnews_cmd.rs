//! `sitrep eval realnews`: event precision on real news pages against our
//! own labels (sitrep-eval's `realnews`).

use clap::Args;
use sitrep_eval::realnews;
use sitrep_pipeline::Resources;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct RealnewsArgs {
    /// The Zyte benchmark folder holding ground-truth.json.
    #[arg(default_value = "../shared/data/extraction-eval/scrapinghub-aeb")]
    dir: PathBuf,
    /// Label file (default: the data/eval/realnews-events.tsv built into sitrep).
    #[arg(long, value_name = "FILE")]
    labels: Option<PathBuf>,
    /// Also print the predictions no label covers, as label rows to judge.
    #[arg(long)]
    unlabelled: bool,
    /// Also list the dev split's real events predicted with the wrong
    /// modality (the test split's are only counted).
    #[arg(long)]
    modality_errors: bool,
    #[command(flatten)]
    pub(crate) resources: crate::ResourceArgs,
}

pub fn eval_realnews(
    args: RealnewsArgs,
    load_resources: fn(&crate::ResourceArgs) -> anyhow::Result<Resources>,
) -> anyhow::Result<ExitCode> {
    let Some(gt) = zyte_ground_truth(&args.dir) else {
        return Ok(ExitCode::SUCCESS);
    };
    let labels = read_labels(
        args.labels.as_deref(),
        realnews::REALNEWS_LABELS_TSV,
        realnews::parse_labels,
    )?;
    let res = load_resources(&args.resources)?;
    let report = realnews::realnews(&gt, &labels, &res).map_err(anyhow::Error::msg)?;
    writeln!(io::stdout(), "{report}")?;
    if args.unlabelled {
        write!(io::stdout(), "{}", report.unlabelled_tsv())?;
    }
    if args.modality_errors {
        write!(io::stdout(), "{}", report.dev_modality_errors_tsv())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The Zyte benchmark's ground-truth.json in `dir` (or `dir` itself), or
/// `None` after saying on stdout that the evaluation is skipped: the gold
/// data lives outside the repository.
pub(crate) fn zyte_ground_truth(dir: &Path) -> Option<PathBuf> {
    let gt = if dir.is_dir() {
        dir.join("ground-truth.json")
    } else {
        dir.to_path_buf()
    };
    if !gt.is_file() {
        // The run stops here either way; a closed pipe has nothing left to miss.
        let _ = writeln!(
            io::stdout(),
            "skipped: {} not found (the Zyte benchmark's ground-truth.json lives in ../shared/data/extraction-eval/scrapinghub-aeb)",
            gt.display()
        );
        return None;
    }
    Some(gt)
}

/// The labels in the user's file `path`, or else the built-in `(name,
/// contents)`, parsed by `parse` (errors name the file and line).
pub(crate) fn read_labels<T>(
    path: Option<&Path>,
    builtin: (&str, &str),
    parse: fn(&str, &str) -> Result<Vec<T>, String>,
) -> anyhow::Result<Vec<T>> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?;
            parse(&p.display().to_string(), &text).map_err(anyhow::Error::msg)
        }
        None => parse(builtin.0, builtin.1).map_err(anyhow::Error::msg),
    }
}
