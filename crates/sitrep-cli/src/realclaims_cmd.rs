//! `sitrep eval realnews-claims`: claim precision on real news pages against
//! our own labels (sitrep-eval's `realclaims`).

use clap::Args;
use sitrep_eval::realclaims;
use sitrep_pipeline::Resources;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct RealnewsClaimsArgs {
    /// The Zyte benchmark folder holding ground-truth.json.
    #[arg(default_value = "../shared/data/extraction-eval/scrapinghub-aeb")]
    dir: PathBuf,
    /// Label file (default: the data/eval/realnews-claims.tsv built into sitrep).
    #[arg(long, value_name = "FILE")]
    labels: Option<PathBuf>,
    /// Also print the predictions no label covers, as label rows to judge.
    #[arg(long)]
    unlabelled: bool,
    /// Also list the dev split's predictions labelled as no claim or with
    /// the wrong speaker (the test split's are only counted).
    #[arg(long)]
    errors: bool,
    #[command(flatten)]
    resources: crate::ResourceArgs,
}

pub fn eval_realnews_claims(
    args: RealnewsClaimsArgs,
    load_resources: fn(&crate::ResourceArgs) -> anyhow::Result<Resources>,
) -> anyhow::Result<ExitCode> {
    let Some(gt) = crate::realnews_cmd::zyte_ground_truth(&args.dir) else {
        return Ok(ExitCode::SUCCESS);
    };
    let labels = crate::realnews_cmd::read_labels(
        args.labels.as_deref(),
        realclaims::REALNEWS_CLAIMS_TSV,
        realclaims::parse_labels,
    )?;
    let res = load_resources(&args.resources)?;
    let report = realclaims::realnews_claims(&gt, &labels, &res).map_err(anyhow::Error::msg)?;
    writeln!(io::stdout(), "{report}")?;
    if args.unlabelled {
        write!(io::stdout(), "{}", report.unlabelled_tsv())?;
    }
    if args.errors {
        write!(io::stdout(), "{}", report.dev_errors_tsv())?;
    }
    Ok(ExitCode::SUCCESS)
}
