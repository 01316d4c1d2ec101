//! The relation builder backed by `sitrep-graph`: the edges each covered
//! record shows (`sitrep_graph::record_evidence`: events reported as
//! happening or planned, claims about an actor, co-mentions), merged over
//! the covered documents with the report's own citations.

use crate::model::Relation;
use crate::sources::{Doc, RelationBuilder};
use sitrep_graph::EdgeKind;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Relations from the actor graph's evidence.
#[derive(Debug, Clone, Copy)]
pub struct GraphRelations {
    /// At most this many event and claim relations, best supported first.
    pub limit: usize,
    /// At most this many co-mention relations (listed after the others).
    pub co_mentions: usize,
}

impl Default for GraphRelations {
    fn default() -> Self {
        GraphRelations {
            limit: 25,
            co_mentions: 8,
        }
    }
}

#[derive(Default)]
struct Acc {
    weight: u64,
    first: Option<String>,
    last: Option<String>,
    cites: BTreeSet<usize>,
}

impl RelationBuilder for GraphRelations {
    fn describe(&self) -> String {
        "the actor graph (sitrep-graph): events reported as happening or planned, claims about an actor, and co-mentions, over the covered documents".to_string()
    }

    fn relations(
        &self,
        docs: &[Doc],
        names: &HashMap<String, String>,
        focus: Option<&[String]>,
    ) -> Vec<Relation> {
        let mut edges: BTreeMap<(EdgeKind, Option<String>, String, String), Acc> = BTreeMap::new();
        for d in docs {
            let date = d.record.doc.published.as_ref();
            for e in sitrep_graph::record_evidence(&d.record) {
                if let Some(f) = focus {
                    if !f.contains(&e.source) && !f.contains(&e.target) {
                        continue;
                    }
                }
                let acc = edges
                    .entry((e.kind, e.event_type, e.source, e.target))
                    .or_default();
                acc.weight += e.weight;
                acc.cites.insert(d.cite);
                if let Some(day) = date {
                    if acc.first.as_ref().is_none_or(|f| day < f) {
                        acc.first = Some(day.clone());
                    }
                    if acc.last.as_ref().is_none_or(|l| day > l) {
                        acc.last = Some(day.clone());
                    }
                }
            }
        }
        let name = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
        let (mut typed, mut co): (Vec<Relation>, Vec<Relation>) = (Vec::new(), Vec::new());
        for ((kind, ty, s, t), acc) in edges {
            let label = match (kind, ty) {
                (EdgeKind::Event, Some(ty)) => ty,
                (EdgeKind::ClaimAbout, _) => "claims about".to_string(),
                (EdgeKind::CoMention, _) => "co-mentioned with".to_string(),
                (EdgeKind::Event, None) => "event".to_string(),
            };
            let rel = Relation {
                from: name(&s),
                to: name(&t),
                kind: label,
                count: acc.weight as usize,
                first: acc.first,
                last: acc.last,
                cites: acc.cites.into_iter().collect(),
            };
            if kind == EdgeKind::CoMention {
                co.push(rel);
            } else {
                typed.push(rel);
            }
        }
        let order = |x: &Relation, y: &Relation| {
            y.cites
                .len()
                .cmp(&x.cites.len())
                .then(y.count.cmp(&x.count))
                .then(x.first.cmp(&y.first))
                .then(x.from.cmp(&y.from))
                .then(x.to.cmp(&y.to))
        };
        typed.sort_by(order);
        co.sort_by(order);
        typed.truncate(self.limit.max(1));
        co.truncate(self.co_mentions);
        typed.extend(co);
        typed
    }
}
