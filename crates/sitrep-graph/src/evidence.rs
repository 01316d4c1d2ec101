//! What one document says about the graph: its edges, each once, with the
//! number of occurrences in that document.

use crate::{EdgeBuilder, EdgeKind};
use sitrep_record::{Modality, Record};
use std::collections::BTreeMap;

/// Co-mentions are counted among at most this many actors of a document
/// (its most-mentioned ones), so that one list-like article cannot add
/// hundreds of thousands of pairs.
pub const MAX_CO_MENTIONED: usize = 50;

/// One edge as one document shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    pub kind: EdgeKind,
    /// The PLOVER type, for event edges.
    pub event_type: Option<String>,
    pub source: String,
    pub target: String,
    /// Occurrences in this document (events, claims; 1 for a co-mention).
    pub weight: u64,
}

/// The edges a record shows, each once, in a fixed order:
///
/// - **event**: every (source, target) pair of actors of an event, for
///   events that are reported as happening or planned (`asserted`,
///   `attributed`, `future`); `negated` and `hypothetical` events are no
///   evidence of a relation;
/// - **claim_about**: a claim's speaker actor to every actor with a mention
///   inside the claim's content span;
/// - **co_mention**: every pair of actors of the document (among its
///   [`MAX_CO_MENTIONED`] most-mentioned), smaller id first.
///
/// Self-loops are left out.
pub fn record_evidence(record: &Record) -> Vec<Evidence> {
    // Events and claims; co-mentions, the last kind in edge order and
    // most of the edges, are listed after them, already in order.
    let mut found: BTreeMap<(EdgeKind, Option<&str>, &str, &str), u64> = BTreeMap::new();
    for e in &record.events {
        if matches!(e.modality, Modality::Negated | Modality::Hypothetical) {
            continue;
        }
        let ty = e.event_type.as_str();
        for s in &e.source {
            for t in &e.target {
                if s != t {
                    *found.entry((EdgeKind::Event, Some(ty), s, t)).or_default() += 1;
                }
            }
        }
    }
    for c in &record.claims {
        let Some(speaker) = c.speaker.actor.as_deref() else {
            continue;
        };
        let (start, end) = (c.content.start, c.content.end);
        for a in &record.actors {
            if a.id != speaker && a.mentions.iter().any(|m| m.start >= start && m.end <= end) {
                *found
                    .entry((EdgeKind::ClaimAbout, None, speaker, &a.id))
                    .or_default() += 1;
            }
        }
    }
    let mut actors: Vec<(&str, usize)> = record
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.mentions.len()))
        .collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    actors.dedup_by(|a, b| a.0 == b.0);
    actors.truncate(MAX_CO_MENTIONED);
    let mut ids: Vec<&str> = actors.into_iter().map(|(id, _)| id).collect();
    ids.sort_unstable();
    ids.dedup();
    let pairs = ids.len() * ids.len().saturating_sub(1) / 2;
    let mut evidence = Vec::with_capacity(found.len() + pairs);
    evidence.extend(
        found
            .into_iter()
            .map(|((kind, event_type, source, target), weight)| Evidence {
                kind,
                event_type: event_type.map(str::to_string),
                source: source.to_string(),
                target: target.to_string(),
                weight,
            }),
    );
    // `ids` is sorted and distinct, so the pairs come in edge order.
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            evidence.push(Evidence {
                kind: EdgeKind::CoMention,
                event_type: None,
                source: a.to_string(),
                target: b.to_string(),
                weight: 1,
            });
        }
    }
    evidence
}

impl EdgeBuilder {
    /// Adds every edge a record shows (see [`record_evidence`]), cited by
    /// the record's `doc.id` and dated by its `doc.published`.
    pub fn add_record(&mut self, record: &Record) {
        for ev in record_evidence(record) {
            self.add(
                ev.kind,
                ev.event_type.as_deref(),
                &ev.source,
                &ev.target,
                &record.doc.id,
                record.doc.published.as_deref(),
                ev.weight,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        // "Iran said the United States struck Israel." with a negated event.
        let span = |s: usize, e: usize| serde_json::json!({"start": s, "end": e, "text": ""});
        serde_json::from_value(serde_json::json!({
            "schema": "sitrep/1",
            "doc": {"id": "d1", "uri": "u", "title": null, "outlet": null,
                    "published": "2025-06-13", "language": "en", "chars": 44},
            "actors": [
                {"id": "IRN", "name": "Iran", "kind": "country", "country": "IRN",
                 "mentions": [span(0, 4)]},
                {"id": "USA", "name": "United States", "kind": "country", "country": "USA",
                 "mentions": [span(14, 27), span(50, 53)]},
                {"id": "ISR", "name": "Israel", "kind": "country", "country": "ISR",
                 "mentions": [span(35, 41)]}
            ],
            "events": [
                {"id": "e1", "type": "ASSAULT", "source": ["USA"], "target": ["ISR", "USA"],
                 "trigger": span(28, 34), "sentence": span(0, 42), "modality": "attributed",
                 "claim": "c1"},
                {"id": "e2", "type": "ASSAULT", "source": ["USA"], "target": ["ISR"],
                 "trigger": span(28, 34), "sentence": span(0, 42), "modality": "attributed"},
                {"id": "e3", "type": "AID", "source": ["ISR"], "target": ["USA"],
                 "trigger": span(28, 34), "sentence": span(0, 42), "modality": "negated"}
            ],
            "claims": [
                {"id": "c1", "speaker": {"actor": "IRN", "text": "Iran", "span": span(0, 4)},
                 "cue": span(5, 9), "content": span(10, 41), "stance": "assert",
                 "hedged": false, "via": []},
                {"id": "c2", "speaker": {"actor": null, "text": "someone", "span": null},
                 "cue": span(5, 9), "content": span(10, 41), "stance": "assert",
                 "hedged": false, "via": []}
            ],
            "framing": {"loaded": [], "opinion_share": 0.0, "attributed_share": 1.0}
        }))
        .unwrap()
    }

    #[test]
    fn a_record_shows_its_edges_once_each() {
        let found = record_evidence(&record());
        let show = |e: &Evidence| {
            format!(
                "{} {} {}->{} x{}",
                e.kind,
                e.event_type.as_deref().unwrap_or("-"),
                e.source,
                e.target,
                e.weight
            )
        };
        let shown: Vec<String> = found.iter().map(show).collect();
        assert_eq!(
            shown,
            [
                "event ASSAULT USA->ISR x2",
                "claim_about - IRN->ISR x1",
                "claim_about - IRN->USA x1",
                "co_mention - IRN->ISR x1",
                "co_mention - IRN->USA x1",
                "co_mention - ISR->USA x1",
            ]
        );
    }

    #[test]
    fn builder_cites_the_record() {
        let mut b = EdgeBuilder::new();
        b.add_record(&record());
        b.add_record(&record());
        let edges = b.finish();
        assert_eq!(edges.len(), 6);
        let assault = edges.iter().find(|e| e.kind == EdgeKind::Event).unwrap();
        assert_eq!((assault.weight, assault.evidence), (4, 1));
        assert_eq!(assault.cited, ["d1"]);
        assert_eq!(assault.first.as_deref(), Some("2025-06-13"));
    }

    #[test]
    fn evidence_comes_sorted_and_distinct() {
        // The writer and the per-document rows rely on edge order: kind,
        // type, source, target.
        let evidence = record_evidence(&record());
        assert!(evidence.iter().any(|e| e.kind == EdgeKind::CoMention));
        assert!(evidence.iter().any(|e| e.kind != EdgeKind::CoMention));
        let key = |e: &Evidence| {
            (
                e.kind,
                e.event_type.clone(),
                e.source.clone(),
                e.target.clone(),
            )
        };
        assert!(evidence.windows(2).all(|w| key(&w[0]) < key(&w[1])));
    }
}
