//! The seams where the actor graph and the story clusters plug in.
//!
//! A report asks a [`RelationBuilder`] for "Key actors and how they relate"
//! and a [`StoryBuilder`] for "Storylines" and "Cross-alignment stories"
//! (and for outlet alignments in "How outlets frame it"). The builders
//! here are simple ones computed from the loaded records themselves:
//! [`EvidenceRelations`] (events and claims between actors) and
//! [`WindowStories`] (documents a few days apart that name each other's
//! outlet or share actors). Richer builders replace them without touching
//! the report.

use crate::model::Relation;
use sitrep_record::{day_number, ActorKind, Modality, Record};
use sitrep_store::DocRow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One covered document: its store row, its record (with text) and its
/// citation number.
#[derive(Debug, Clone)]
pub struct Doc {
    pub row: DocRow,
    pub record: Record,
    pub cite: usize,
}

impl Doc {
    pub fn text(&self) -> &str {
        self.record.doc.text.as_deref().unwrap_or("")
    }
}

/// Builds the relations between actors.
pub trait RelationBuilder {
    /// A short description of where the relations come from.
    fn describe(&self) -> String;
    /// Relations among `docs`; with `focus`, only those touching it.
    fn relations(
        &self,
        docs: &[Doc],
        names: &HashMap<String, String>,
        focus: Option<&[String]>,
    ) -> Vec<Relation>;
}

/// One story: indexes into the covered documents, first report first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Story {
    pub docs: Vec<usize>,
    /// Opposing sides carrying the story, when outlets of opposed
    /// alignments report it: (alignment, outlets). Empty otherwise.
    pub sides: Vec<(String, Vec<String>)>,
}

/// Builds stories (documents about one story) and knows outlets' alignments.
pub trait StoryBuilder {
    /// A short description of where the stories come from.
    fn describe(&self) -> String;
    /// Stories of two or more documents; each story's documents in the
    /// order they reported it (first reporter first).
    fn stories(&self, docs: &[Doc]) -> Vec<Story>;
    /// The outlet's alignment label, when known.
    fn alignment(&self, outlet: &str) -> Option<String>;
}

/// Relations read from the records: events between a source and a target
/// actor (by event type; negated and hypothetical events are left out),
/// and claims a speaker makes about another actor (an actor mentioned
/// inside the claim's content).
#[derive(Debug, Clone, Copy, Default)]
pub struct EvidenceRelations {
    /// At most this many relations (the best supported).
    pub limit: usize,
}

#[derive(Default)]
struct Evidence {
    count: usize,
    first: Option<String>,
    last: Option<String>,
    cites: BTreeSet<usize>,
}

impl Evidence {
    fn add(&mut self, date: Option<&String>, cite: usize) {
        self.count += 1;
        if let Some(d) = date {
            if self.first.as_ref().is_none_or(|f| d < f) {
                self.first = Some(d.clone());
            }
            if self.last.as_ref().is_none_or(|l| d > l) {
                self.last = Some(d.clone());
            }
        }
        self.cites.insert(cite);
    }
}

impl RelationBuilder for EvidenceRelations {
    fn describe(&self) -> String {
        "events between actors and claims about actors, read from the records".to_string()
    }

    fn relations(
        &self,
        docs: &[Doc],
        names: &HashMap<String, String>,
        focus: Option<&[String]>,
    ) -> Vec<Relation> {
        let mut edges: BTreeMap<(String, String, String), Evidence> = BTreeMap::new();
        let touches = |a: &str, b: &str| focus.is_none_or(|f| f.iter().any(|x| x == a || x == b));
        for d in docs {
            let date = d.record.doc.published.as_ref();
            for e in &d.record.events {
                // A negated or hypothetical event is no evidence of a relation.
                if matches!(e.modality, Modality::Negated | Modality::Hypothetical) {
                    continue;
                }
                for s in &e.source {
                    for t in &e.target {
                        if s != t && touches(s, t) {
                            edges
                                .entry((s.clone(), t.clone(), e.event_type.as_str().to_string()))
                                .or_default()
                                .add(date, d.cite);
                        }
                    }
                }
            }
            for c in &d.record.claims {
                let Some(speaker) = &c.speaker.actor else {
                    continue;
                };
                let mut about: BTreeSet<&str> = BTreeSet::new();
                for a in &d.record.actors {
                    if a.id != *speaker
                        && a.mentions.iter().any(|m| m.within(&c.content))
                        && touches(speaker, &a.id)
                    {
                        about.insert(&a.id);
                    }
                }
                for a in about {
                    edges
                        .entry((speaker.clone(), a.to_string(), "claims about".to_string()))
                        .or_default()
                        .add(date, d.cite);
                }
            }
        }
        let name = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
        let mut out: Vec<Relation> = edges
            .into_iter()
            .map(|((a, b, kind), ev)| Relation {
                from: name(&a),
                to: name(&b),
                kind,
                count: ev.count,
                first: ev.first,
                last: ev.last,
                cites: ev.cites.into_iter().collect(),
            })
            .collect();
        out.sort_by(|x, y| {
            y.cites
                .len()
                .cmp(&x.cites.len())
                .then(y.count.cmp(&x.count))
                .then(x.first.cmp(&y.first))
        });
        out.truncate(self.limit.max(1));
        out
    }
}

/// Stories as documents published at most `window_days` apart that name
/// each other's outlet (one relays or answers the other) or share at least
/// two actors other than states; the earliest document reported first (on
/// the same day, the one the others name). No outlet alignments.
#[derive(Debug, Clone, Copy)]
pub struct WindowStories {
    pub window_days: i64,
}

impl Default for WindowStories {
    fn default() -> Self {
        WindowStories { window_days: 3 }
    }
}

/// True when `text` names `outlet` (case-insensitive, on word boundaries).
pub(crate) fn names_outlet(text: &str, outlet: &str) -> bool {
    let outlet = outlet.trim();
    if outlet.chars().count() < 3 {
        return false;
    }
    let hay = text.to_lowercase();
    let needle = outlet.to_lowercase();
    let mut from = 0;
    while let Some(pos) = hay[from..].find(&needle) {
        let s = from + pos;
        let e = s + needle.len();
        let before = hay[..s].chars().next_back();
        let after = hay[e..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = s + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

impl StoryBuilder for WindowStories {
    fn describe(&self) -> String {
        format!(
            "documents at most {} days apart that name each other's outlet or share two actors other than states",
            self.window_days
        )
    }

    fn stories(&self, docs: &[Doc]) -> Vec<Story> {
        let n = docs.len();
        let days: Vec<Option<i64>> = docs
            .iter()
            .map(|d| d.record.doc.published.as_deref().and_then(day_number))
            .collect();
        let actors: Vec<BTreeSet<&str>> = docs
            .iter()
            .map(|d| {
                d.record
                    .actors
                    .iter()
                    .filter(|a| a.kind != ActorKind::Country && a.kind != ActorKind::Place)
                    .map(|a| a.id.as_str())
                    .collect()
            })
            .collect();
        // cites[i][j]: document i names document j's outlet
        let names = |i: usize, j: usize| {
            docs[j].record.doc.outlet.as_deref().is_some_and(|o| {
                docs[i].record.doc.outlet.as_deref() != Some(o) && names_outlet(docs[i].text(), o)
            })
        };
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        let mut named: BTreeSet<(usize, usize)> = BTreeSet::new();
        for i in 0..n {
            let Some(di) = days[i] else { continue };
            for j in i + 1..n {
                let Some(dj) = days[j] else { continue };
                if (di - dj).abs() > self.window_days {
                    continue;
                }
                let (ij, ji) = (names(i, j), names(j, i));
                if ij {
                    named.insert((i, j));
                }
                if ji {
                    named.insert((j, i));
                }
                let shared = actors[i].intersection(&actors[j]).count();
                if ij || ji || shared >= 2 {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[a.max(b)] = a.min(b);
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            let r = find(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
        groups
            .into_values()
            .filter(|g| g.len() >= 2)
            .map(|mut g| {
                // Earliest first; on one day, the document others name first.
                let cited_by = |j: usize| named.iter().filter(|(_, t)| *t == j).count();
                g.sort_by(|&a, &b| {
                    days[a]
                        .cmp(&days[b])
                        .then(cited_by(b).cmp(&cited_by(a)))
                        .then(a.cmp(&b))
                });
                Story {
                    docs: g,
                    sides: Vec::new(),
                }
            })
            .collect()
    }

    fn alignment(&self, _outlet: &str) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_and_outlet_names() {
        assert_eq!(
            day_number("2024-11-16").unwrap() - day_number("2024-11-14").unwrap(),
            2
        );
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("nonsense"), None);
        assert!(names_outlet(
            "first published by The New York Times, citing",
            "New York Times"
        ));
        assert!(!names_outlet("the New York Timeshare", "New York Times"));
        assert!(!names_outlet("anything", "AP"));
    }
}
