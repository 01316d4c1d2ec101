//! Accumulating evidence into edges.

use crate::{Edge, EdgeKind, MAX_CITED};
use std::collections::{HashMap, HashSet};

type Key = (EdgeKind, Option<String>, String, String);

#[derive(Default)]
struct Acc {
    weight: u64,
    docs: HashSet<String>,
    first: Option<String>,
    last: Option<String>,
    /// The newest documents seen: (date, id), newest first.
    cited: Vec<(Option<String>, String)>,
}

/// Collects pieces of evidence (one event, one claim, one co-mentioning
/// document) and merges those of the same edge: same kind, event type and
/// ends (co-mentions in either order are one edge).
#[derive(Default)]
pub struct EdgeBuilder {
    edges: HashMap<Key, Acc>,
}

impl EdgeBuilder {
    pub fn new() -> EdgeBuilder {
        EdgeBuilder::default()
    }

    /// Adds `weight` occurrences of an edge found in document `doc`
    /// (a content id) published on `date`. A self-loop is ignored.
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        kind: EdgeKind,
        event_type: Option<&str>,
        source: &str,
        target: &str,
        doc: &str,
        date: Option<&str>,
        weight: u64,
    ) {
        if source == target {
            return;
        }
        let (source, target) = if kind == EdgeKind::CoMention && target < source {
            (target, source)
        } else {
            (source, target)
        };
        let event_type = match kind {
            EdgeKind::Event => event_type.map(str::to_string),
            _ => None,
        };
        let acc = self
            .edges
            .entry((kind, event_type, source.to_string(), target.to_string()))
            .or_default();
        acc.weight += weight;
        if !acc.docs.insert(doc.to_string()) {
            return;
        }
        if let Some(d) = date {
            if acc.first.as_deref().is_none_or(|f| d < f) {
                acc.first = Some(d.to_string());
            }
            if acc.last.as_deref().is_none_or(|l| d > l) {
                acc.last = Some(d.to_string());
            }
        }
        // Newest first, undated last; of two documents of the same date,
        // the one added later first (as the store orders them).
        let at = acc
            .cited
            .iter()
            .position(|c| match (date, c.0.as_deref()) {
                (Some(x), Some(y)) => x >= y,
                (Some(_), None) | (None, None) => true,
                (None, Some(_)) => false,
            })
            .unwrap_or(acc.cited.len());
        let item = (date.map(str::to_string), doc.to_string());
        if at < MAX_CITED {
            acc.cited.insert(at, item);
            acc.cited.truncate(MAX_CITED);
        }
    }

    /// Number of distinct edges so far.
    pub fn len(&self) -> usize {
        self.edges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.edges.is_empty()
    }

    /// The edges (in no particular order; see `Graph::sort`).
    pub fn finish(self) -> Vec<Edge> {
        self.edges
            .into_iter()
            .map(|((kind, event_type, source, target), acc)| Edge {
                source,
                target,
                kind,
                event_type,
                weight: acc.weight,
                evidence: acc.docs.len() as u64,
                first: acc.first,
                last: acc.last,
                cited: acc.cited.into_iter().map(|(_, id)| id).collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_merges_per_edge() {
        let mut b = EdgeBuilder::new();
        let ev = EdgeKind::Event;
        b.add(
            ev,
            Some("ASSAULT"),
            "ISR",
            "IRN",
            "d1",
            Some("2025-06-13"),
            1,
        );
        b.add(
            ev,
            Some("ASSAULT"),
            "ISR",
            "IRN",
            "d1",
            Some("2025-06-13"),
            1,
        );
        b.add(
            ev,
            Some("ASSAULT"),
            "ISR",
            "IRN",
            "d2",
            Some("2025-06-01"),
            1,
        );
        b.add(ev, Some("ASSAULT"), "ISR", "IRN", "d3", None, 1);
        b.add(
            ev,
            Some("CONSULT"),
            "ISR",
            "IRN",
            "d1",
            Some("2025-06-13"),
            1,
        );
        b.add(
            ev,
            Some("ASSAULT"),
            "IRN",
            "ISR",
            "d1",
            Some("2025-06-13"),
            1,
        );
        b.add(EdgeKind::CoMention, None, "USA", "IRN", "d1", None, 1);
        b.add(EdgeKind::CoMention, None, "IRN", "USA", "d2", None, 1);
        b.add(ev, Some("ASSAULT"), "IRN", "IRN", "d1", None, 1);
        assert_eq!(b.len(), 4);
        let edges = b.finish();
        let e = edges
            .iter()
            .find(|e| e.source == "ISR" && e.event_type.as_deref() == Some("ASSAULT"))
            .unwrap();
        assert_eq!((e.weight, e.evidence), (4, 3));
        assert_eq!(e.first.as_deref(), Some("2025-06-01"));
        assert_eq!(e.last.as_deref(), Some("2025-06-13"));
        assert_eq!(e.cited, ["d1", "d2", "d3"]);
        let mut b = EdgeBuilder::new();
        for d in ["x", "y"] {
            b.add(ev, Some("AID"), "a", "b", d, Some("2025-01-01"), 1);
        }
        assert_eq!(
            b.finish()[0].cited,
            ["y", "x"],
            "the later of one day first"
        );
        let co = edges
            .iter()
            .find(|e| e.kind == EdgeKind::CoMention)
            .unwrap();
        assert_eq!((co.source.as_str(), co.target.as_str()), ("IRN", "USA"));
        assert_eq!((co.weight, co.evidence), (2, 2));
    }

    #[test]
    fn citations_are_capped_newest_first() {
        let mut b = EdgeBuilder::new();
        for day in 1..=9 {
            let date = format!("2025-01-0{day}");
            b.add(
                EdgeKind::ClaimAbout,
                None,
                "a",
                "b",
                &format!("d{day}"),
                Some(&date),
                1,
            );
        }
        let e = &b.finish()[0];
        assert_eq!(e.evidence, 9);
        assert_eq!(e.cited, ["d9", "d8", "d7", "d6", "d5"]);
    }
}
