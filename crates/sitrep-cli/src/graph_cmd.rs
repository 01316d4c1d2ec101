//! `sitrep graph`: the actor graph of the store, as JSON, GEXF (Gephi) or
//! GraphML.

use anyhow::Context;
use sitrep_store::sitrep_graph::{EdgeKind, Format};
use sitrep_store::{GraphQuery, Store, DEFAULT_MAX_EDGES, DEFAULT_MAX_NODES};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct GraphArgs {
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = sitrep_store::DEFAULT_DB)]
    db: PathBuf,
    /// Only this actor's neighbourhood (an id such as IRN, or a name).
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Hops from --actor.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "actor")]
    depth: usize,
    /// Only evidence published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Only evidence published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Edge kinds to keep, comma-separated: event, claim_about, co_mention
    /// (default: all).
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    kinds: Vec<String>,
    /// Only edges of at least this weight (events, claims or documents).
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_weight: u64,
    /// At most this many nodes (default: 200 with --actor, no cap without).
    #[arg(long, value_name = "N")]
    max_nodes: Option<usize>,
    /// At most this many edges, the heaviest (default: 2000). A cut graph
    /// says so: "truncated" and "cut" in JSON, the description in GEXF,
    /// graph data in GraphML.
    #[arg(long, value_name = "N")]
    max_edges: Option<usize>,
    /// Every edge: no edge cap (the whole store's graph is an export of
    /// every edge, much larger and slower than the default view).
    #[arg(long, conflicts_with = "max_edges")]
    all_edges: bool,
    /// Output format: json, gexf (opens in Gephi) or graphml.
    #[arg(long, value_name = "FORMAT", default_value = "json")]
    format: String,
    /// Write the graph to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// A YYYY-MM-DD date, or a message saying what is wrong with it.
fn check_date(flag: &str, d: &str) -> anyhow::Result<String> {
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0));
    anyhow::ensure!(ok, "{flag} '{d}' is not a date of the form YYYY-MM-DD");
    Ok(d.to_string())
}

impl GraphArgs {
    fn query(&self) -> anyhow::Result<(GraphQuery, Format)> {
        let format: Format = self.format.parse().map_err(anyhow::Error::msg)?;
        let mut kinds = Vec::new();
        for k in self.kinds.iter().filter(|k| !k.trim().is_empty()) {
            let kind: EdgeKind = k.parse().map_err(anyhow::Error::msg)?;
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        let since = self
            .since
            .as_deref()
            .map(|d| check_date("--since", d))
            .transpose()?;
        let until = self
            .until
            .as_deref()
            .map(|d| check_date("--until", d))
            .transpose()?;
        if let (Some(s), Some(u)) = (&since, &until) {
            anyhow::ensure!(s <= u, "--since {s} is after --until {u}");
        }
        let max_nodes = match (self.max_nodes, &self.actor) {
            (Some(0), _) => anyhow::bail!("--max-nodes must be at least 1"),
            (Some(n), _) => Some(n),
            (None, Some(_)) => Some(DEFAULT_MAX_NODES),
            (None, None) => None,
        };
        // The heaviest edges by default, with or without --actor: a view
        // answers in milliseconds on any store; --all-edges is the export.
        let max_edges = match (self.max_edges, self.all_edges) {
            (Some(0), _) => anyhow::bail!("--max-edges must be at least 1"),
            (Some(n), _) => Some(n),
            (None, true) => None,
            (None, false) => Some(DEFAULT_MAX_EDGES),
        };
        let query = GraphQuery {
            actor: self.actor.clone(),
            depth: self.depth,
            since,
            until,
            kinds,
            min_weight: self.min_weight,
            max_nodes,
            max_edges,
        };
        Ok((query, format))
    }
}

pub fn graph(args: GraphArgs) -> anyhow::Result<ExitCode> {
    let (query, format) = args.query()?;
    let store = Store::open_existing(&args.db)?;
    let graph = store
        .graph(&query)
        .with_context(|| format!("reading the graph of {}", args.db.display()))?;
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let mut out = BufWriter::new(file);
            graph
                .write(format, &mut out)
                .and_then(|()| out.flush())
                .with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            match graph.write(format, &mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other.context("writing the graph")?,
            }
        }
    }
    if graph.truncated {
        let mut caps = Vec::new();
        if let Some(n) = graph.cut.max_nodes {
            caps.push(format!("{n} nodes (--max-nodes)"));
        }
        if let Some(n) = graph.cut.max_edges {
            caps.push(format!(
                "{n} edges, the heaviest (--max-edges N to change, --all-edges for every edge)"
            ));
        }
        eprintln!("sitrep: the graph was cut at {}", caps.join(" and "));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::check_date;

    #[test]
    fn dates_are_checked() {
        assert!(check_date("--since", "2025-06-13").is_ok());
        for bad in [
            "2025",
            "2025-13-01",
            "2025-06-32",
            "13/06/2025",
            "2025-06-1x",
        ] {
            let e = check_date("--since", bad).unwrap_err().to_string();
            assert!(e.contains(bad) && e.contains("--since"), "{e}");
        }
    }
}
