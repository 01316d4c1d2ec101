//! The actor graph of a corpus: who does what to whom, who speaks about
//! whom, and who appears with whom, as typed, weighted edges between actors,
//! each with its evidence (how many documents, the first and last dates, a
//! few citing documents).
//!
//! This crate owns the graph model ([`Graph`], [`Node`], [`Edge`],
//! [`EdgeKind`]), the accumulation of evidence into edges
//! ([`EdgeBuilder`]), and the three file formats the graph is written in
//! ([`Format`]: JSON, GEXF 1.3 for Gephi, GraphML). It does no I/O beyond
//! the writer it is handed and knows nothing about where edges come from:
//! `sitrep-store` reads them from the corpus store (`Store::graph`).
//!
//! Edge kinds:
//! - [`EdgeKind::Event`]: a PLOVER event with `source` as its source actor
//!   and `target` as its target actor (directed; `event_type` says which).
//! - [`EdgeKind::ClaimAbout`]: a claim whose speaker is `source` and whose
//!   content names `target` (directed).
//! - [`EdgeKind::CoMention`]: both actors are mentioned in the same
//!   document (undirected; `source` < `target`).
//!
//! Weights count occurrences (events, claims, co-mentioning documents);
//! `evidence` counts distinct documents.

mod build;
mod evidence;
mod xml;

pub use build::EdgeBuilder;
pub use evidence::{record_evidence, Evidence, MAX_CO_MENTIONED};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

/// The most citing document ids an edge carries.
pub const MAX_CITED: usize = 5;

/// The JSON shape's version tag (the `schema` field).
pub const JSON_SCHEMA: &str = "sitrep-graph/1";

/// An actor graph: nodes and the edges between them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// The graph was cut at a cap: some nodes or edges were left out.
    #[serde(default)]
    pub truncated: bool,
    /// Which caps cut it (each present only when it left something out).
    #[serde(default, skip_serializing_if = "Cut::is_empty")]
    pub cut: Cut,
}

/// The caps a graph was cut at: `max_nodes` when nodes were left out (the
/// nearest and heaviest kept), `max_edges` when edges were (the heaviest
/// kept). In JSON, `"cut": {"max_nodes": 200, "max_edges": 2000}` next to
/// `"truncated": true`; absent when nothing was cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Cut {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_nodes: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_edges: Option<usize>,
}

impl Cut {
    /// Nothing was cut.
    pub fn is_empty(&self) -> bool {
        self.max_nodes.is_none() && self.max_edges.is_none()
    }

    /// "at most 200 nodes and 2000 edges" (empty when nothing was cut).
    pub fn describe(&self) -> String {
        match (self.max_nodes, self.max_edges) {
            (Some(n), Some(e)) => format!("at most {n} nodes and {e} edges"),
            (Some(n), None) => format!("at most {n} nodes"),
            (None, Some(e)) => format!("at most {e} edges"),
            (None, None) => String::new(),
        }
    }
}

/// One actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// The actor id (stable across documents, as in `sitrep/1` records).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `country`, `person`, `organization`, … (the record's actor kind).
    pub kind: String,
    /// ISO 3166-1 alpha-3 of the actor's state, when known.
    pub country: Option<String>,
    /// Documents that mention the actor (in the whole store).
    pub docs: u64,
    /// Mentions of the actor (in the whole store).
    pub mentions: u64,
}

/// What an edge stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// A PLOVER event, source actor → target actor.
    Event,
    /// A claim by `source` whose content names `target`.
    ClaimAbout,
    /// Both actors mentioned in one document (undirected).
    CoMention,
}

impl EdgeKind {
    /// Every kind, in a fixed order.
    pub const ALL: [EdgeKind; 3] = [EdgeKind::Event, EdgeKind::ClaimAbout, EdgeKind::CoMention];

    /// The name used in every output format (`event`, `claim_about`, `co_mention`).
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Event => "event",
            EdgeKind::ClaimAbout => "claim_about",
            EdgeKind::CoMention => "co_mention",
        }
    }

    /// Whether edges of this kind have a direction.
    pub fn directed(self) -> bool {
        !matches!(self, EdgeKind::CoMention)
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EdgeKind {
    type Err = String;

    /// `event`, `claim_about` (or `claim`, `claims`), `co_mention` (or
    /// `comention`, `co-mention`, `mention`); any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "event" | "events" => Ok(EdgeKind::Event),
            "claim_about" | "claim" | "claims" => Ok(EdgeKind::ClaimAbout),
            "co_mention" | "comention" | "co_mentions" | "mention" | "mentions" => {
                Ok(EdgeKind::CoMention)
            }
            _ => Err(format!(
                "unknown edge kind '{s}' (expected event, claim_about or co_mention)"
            )),
        }
    }
}

/// One typed edge with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Source actor id (for co-mentions, the smaller id).
    pub source: String,
    /// Target actor id.
    pub target: String,
    pub kind: EdgeKind,
    /// The PLOVER event type of an event edge (`ASSAULT`, `CONSULT`, …).
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// Occurrences: events, claims, or co-mentioning documents.
    pub weight: u64,
    /// Distinct documents the edge is found in.
    pub evidence: u64,
    /// Earliest publication date (YYYY-MM-DD) among dated evidence.
    pub first: Option<String>,
    /// Latest publication date among dated evidence.
    pub last: Option<String>,
    /// A few documents (content ids) that show the edge, newest first,
    /// at most [`MAX_CITED`].
    pub cited: Vec<String>,
}

impl Edge {
    /// Whether the edge has a direction (events and claims do).
    pub fn directed(&self) -> bool {
        self.kind.directed()
    }

    /// A short label: the event type for events, else the kind's name.
    pub fn label(&self) -> &str {
        match (&self.kind, &self.event_type) {
            (EdgeKind::Event, Some(t)) => t,
            (k, _) => k.as_str(),
        }
    }
}

/// The canonical order of edges, on (weight, kind, event type, source,
/// target): heaviest first, then kind, type, source and target ascending.
/// Every cap keeps the first edges in this order.
pub fn edge_order(
    a: (u64, EdgeKind, Option<&str>, &str, &str),
    b: (u64, EdgeKind, Option<&str>, &str, &str),
) -> std::cmp::Ordering {
    b.0.cmp(&a.0)
        .then(a.1.cmp(&b.1))
        .then_with(|| a.2.cmp(&b.2))
        .then_with(|| a.3.cmp(b.3))
        .then_with(|| a.4.cmp(b.4))
}

/// An output format for a graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object: `{"schema", "nodes", "edges", "truncated"}`.
    Json,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// GraphML.
    Graphml,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "gexf" => Ok(Format::Gexf),
            "graphml" => Ok(Format::Graphml),
            _ => Err(format!(
                "unknown graph format '{s}' (expected json, gexf or graphml)"
            )),
        }
    }
}

#[derive(Serialize)]
struct JsonOut<'a> {
    schema: &'static str,
    nodes: &'a [Node],
    edges: &'a [Edge],
    truncated: bool,
    #[serde(skip_serializing_if = "Cut::is_empty")]
    cut: Cut,
}

impl Graph {
    /// The node of actor `id`.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// Edges touching actor `id` (either end).
    pub fn edges_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Edge> + 'a {
        self.edges
            .iter()
            .filter(move |e| e.source == id || e.target == id)
    }

    /// Puts nodes and edges in a canonical order: nodes by id; edges by
    /// weight (heaviest first), then kind, type, source and target
    /// ([`edge_order`]). Output is then the same whatever order the
    /// evidence arrived in.
    pub fn sort(&mut self) {
        self.nodes.sort_by(|a, b| a.id.cmp(&b.id));
        self.edges.sort_by(|a, b| {
            edge_order(
                (
                    a.weight,
                    a.kind,
                    a.event_type.as_deref(),
                    &a.source,
                    &a.target,
                ),
                (
                    b.weight,
                    b.kind,
                    b.event_type.as_deref(),
                    &b.source,
                    &b.target,
                ),
            )
        });
    }

    /// Keeps the `max` first edges in [`edge_order`] (the heaviest) and
    /// says so in `truncated` and `cut`; true when edges were dropped.
    pub fn cap_edges(&mut self, max: usize) -> bool {
        if self.edges.len() <= max {
            return false;
        }
        self.sort();
        self.edges.truncate(max);
        self.truncated = true;
        self.cut.max_edges = Some(max);
        true
    }

    /// Writes the graph in `format`.
    pub fn write(&self, format: Format, out: &mut dyn Write) -> io::Result<()> {
        match format {
            Format::Json => self.write_json(out),
            Format::Gexf => xml::write_gexf(self, out),
            Format::Graphml => xml::write_graphml(self, out),
        }
    }

    /// The JSON shape: `{"schema": "sitrep-graph/1", "nodes": [Node…],
    /// "edges": [Edge…], "truncated": bool}` (and `"cut"`, the caps that
    /// cut it, when it was truncated), one line, then a newline.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let doc = JsonOut {
            schema: JSON_SCHEMA,
            nodes: &self.nodes,
            edges: &self.edges,
            truncated: self.truncated,
            cut: self.cut,
        };
        serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)?;
        out.write_all(b"\n")
    }

    /// GEXF 1.3, for Gephi.
    pub fn write_gexf(&self, out: &mut dyn Write) -> io::Result<()> {
        xml::write_gexf(self, out)
    }

    /// GraphML.
    pub fn write_graphml(&self, out: &mut dyn Write) -> io::Result<()> {
        xml::write_graphml(self, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_formats_parse() {
        assert_eq!("claims".parse::<EdgeKind>(), Ok(EdgeKind::ClaimAbout));
        assert_eq!("Co-Mention".parse::<EdgeKind>(), Ok(EdgeKind::CoMention));
        assert_eq!("event".parse::<EdgeKind>(), Ok(EdgeKind::Event));
        let err = "friendship".parse::<EdgeKind>().unwrap_err();
        assert!(err.contains("friendship"), "{err}");
        assert_eq!("GEXF".parse::<Format>(), Ok(Format::Gexf));
        assert!("dot".parse::<Format>().unwrap_err().contains("dot"));
        for k in EdgeKind::ALL {
            assert_eq!(k.as_str().parse::<EdgeKind>(), Ok(k));
        }
    }

    #[test]
    fn labels_name_the_event_type() {
        let mut e = Edge {
            source: "USA".into(),
            target: "IRN".into(),
            kind: EdgeKind::Event,
            event_type: Some("SANCTION".into()),
            weight: 1,
            evidence: 1,
            first: None,
            last: None,
            cited: vec![],
        };
        assert_eq!(e.label(), "SANCTION");
        assert!(e.directed());
        e.kind = EdgeKind::CoMention;
        e.event_type = None;
        assert_eq!(e.label(), "co_mention");
        assert!(!e.directed());
    }
}
