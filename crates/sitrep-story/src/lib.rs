//! Storylines across documents. This crate owns everything that looks at
//! more than one document at a time by *content* and *source*:
//!
//! - **near-duplicates** ([`near_duplicates`], [`duplicate_groups`]): word
//!   shingles, MinHash signatures and LSH banding for candidates, verified by
//!   the exact Jaccard similarity (or containment, for truncated copies);
//!   syndication boilerplate (datelines, agency tags, bylines, credits) is
//!   removed first by the patterns in `data/story/boilerplate.tsv`;
//! - **stories over time** ([`storylines`]): documents about the same story
//!   across outlets within a time window, with who reported first and who
//!   followed, and when;
//! - **the outlet registry** ([`OutletRegistry`], `data/outlets.tsv` and
//!   `data/alignments.tsv`) and the **cross-alignment spread** of a story or
//!   duplicate group: the outlets on each side when outlets of opposing
//!   alignments carry it.
//!
//! Inputs are [`StoryDoc`]s (the store gives them:
//! `sitrep_store::Store::corpus`); everything is a function of the
//! documents and the loaded resources, deterministic, with no I/O except
//! reading user resource files when asked.

pub mod cluster;
pub mod eval;
pub mod neardup;
pub mod outlets;
pub mod text;

pub use cluster::ClusterParams;
pub use neardup::{duplicate_groups, near_duplicates, DupPair, NearDupParams};
pub use outlets::{Outlet, OutletRegistry, Spread};
pub use sitrep_record::day_number;
pub use text::TextResources;

use serde::Serialize;
use std::collections::BTreeSet;

/// One document as the story analysis sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryDoc {
    /// Content id (`doc.id`).
    pub id: String,
    pub uri: String,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD` (or an RFC 3339 time; only the date is used).
    pub published: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// Actor ids mentioned in the document.
    pub actors: Vec<String>,
}

/// A resource file problem: the file, the line (0 when the file could not
/// be read at all) and the reason.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{source_name}:{line}: {reason}")]
pub struct ResourceError {
    pub source_name: String,
    pub line: usize,
    pub reason: String,
}

impl ResourceError {
    pub(crate) fn new(source: &str, line: usize, reason: String) -> Self {
        ResourceError {
            source_name: source.to_string(),
            line,
            reason,
        }
    }
}

/// Everything the analysis loads: text resources and the outlet registry.
#[derive(Debug, Clone)]
pub struct StoryResources {
    pub text: TextResources,
    pub outlets: OutletRegistry,
}

impl StoryResources {
    /// The resources shipped with sitrep.
    pub fn builtin() -> StoryResources {
        StoryResources {
            text: TextResources::builtin(),
            outlets: OutletRegistry::builtin(),
        }
    }

    /// Adds the outlets of a user file (the `outlets.tsv` format) to the
    /// registry; its agency names count in datelines too.
    pub fn add_outlets_file(&mut self, path: &std::path::Path) -> Result<(), ResourceError> {
        self.outlets.add_outlets_file(path)?;
        self.text.set_agencies(self.outlets.agencies().clone());
        Ok(())
    }
}

/// Parameters of [`storylines`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryParams {
    pub neardup: NearDupParams,
    pub cluster: ClusterParams,
}

/// A document's place in a story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// Index into the documents given.
    pub doc: usize,
    pub id: String,
    pub uri: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    /// Days after the story's first report (`None` when undated).
    pub lag_days: Option<i64>,
    /// The registry's outlet name, country and labels, when known.
    pub registry_outlet: Option<String>,
    pub country: Option<String>,
    pub alignment: Vec<String>,
}

/// One story: its documents in time order (the first reported it first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// 1-based, in order of first report.
    pub number: usize,
    /// The first document's title (or the start of its text).
    pub label: String,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    /// Members in time order; `members[0]` reported first, the rest followed.
    pub members: Vec<Member>,
    /// Distinct outlet names, in order of first appearance.
    pub outlets: Vec<String>,
    /// Opposing sides carrying the story (empty when none).
    pub spread: Vec<Spread>,
    /// Near-duplicate groups inside the story (indices into the documents).
    pub duplicate_groups: Vec<Vec<usize>>,
}

impl Story {
    /// The member that reported first.
    pub fn first(&self) -> &Member {
        &self.members[0]
    }

    /// The members that followed.
    pub fn followers(&self) -> &[Member] {
        &self.members[1..]
    }

    /// Whether outlets of opposing alignments carry the story.
    pub fn cross_alignment(&self) -> bool {
        !self.spread.is_empty()
    }
}

/// A near-duplicate group with its spread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DupGroup {
    /// Indices into the documents, in input order.
    pub docs: Vec<usize>,
    pub outlets: Vec<String>,
    pub spread: Vec<Spread>,
}

/// The result of [`storylines`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Storylines {
    /// Every story, including one-document ones, in order of first report.
    pub stories: Vec<Story>,
    pub pairs: Vec<DupPair>,
    pub groups: Vec<DupGroup>,
    /// Seconds spent on each part (for benchmarks; not serialized).
    #[serde(skip)]
    pub timings: Timings,
}

/// Wall-clock seconds of the parts of [`storylines`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Timings {
    pub neardup: f64,
    pub cluster: f64,
    pub report: f64,
}

fn label_of(d: &StoryDoc) -> String {
    match d.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => t.to_string(),
        _ => {
            let t = d.text.split_whitespace().collect::<Vec<_>>().join(" ");
            match t.char_indices().nth(80) {
                Some((i, _)) => format!("{}…", &t[..i]),
                None => t,
            }
        }
    }
}

/// The outlet name shown for a document: the registry's, else its own
/// field, else its uri's host.
fn outlet_name(d: &StoryDoc, reg: &OutletRegistry) -> String {
    if let Some(o) = reg.lookup(d.outlet.as_deref(), &d.uri) {
        return o.name.clone();
    }
    if let Some(o) = d.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return o.to_string();
    }
    d.uri
        .split_once("://")
        .map(|(_, r)| r.split('/').next().unwrap_or(r))
        .unwrap_or(&d.uri)
        .to_string()
}

fn distinct_outlets(docs: &[StoryDoc], members: &[usize], reg: &OutletRegistry) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for &i in members {
        let name = outlet_name(&docs[i], reg);
        if seen.insert(name.clone()) {
            out.push(name);
        }
    }
    out
}

fn spread_of(docs: &[StoryDoc], members: &[usize], reg: &OutletRegistry) -> Vec<Spread> {
    let outlets: Vec<&Outlet> = members
        .iter()
        .filter_map(|&i| reg.lookup(docs[i].outlet.as_deref(), &docs[i].uri))
        .collect();
    reg.spread(outlets)
}

/// Near-duplicates, stories, first reporters and cross-alignment spread of
/// `docs`.
pub fn storylines(docs: &[StoryDoc], params: &StoryParams, res: &StoryResources) -> Storylines {
    let t0 = std::time::Instant::now();
    let pairs = near_duplicates(docs, &params.neardup, &res.text);
    let group_ids = duplicate_groups(docs.len(), &pairs);
    let t1 = std::time::Instant::now();
    let clusters = cluster::cluster(docs, &pairs, &params.cluster, &res.text);
    let t2 = std::time::Instant::now();
    let reg = &res.outlets;
    let groups: Vec<DupGroup> = group_ids
        .iter()
        .map(|g| DupGroup {
            docs: g.clone(),
            outlets: distinct_outlets(docs, g, reg),
            spread: spread_of(docs, g, reg),
        })
        .collect();
    let stories = clusters
        .iter()
        .enumerate()
        .map(|(n, members)| {
            let first = &docs[members[0]];
            let first_day = first.published.as_deref().and_then(day_number);
            let ms: Vec<Member> = members
                .iter()
                .map(|&i| {
                    let d = &docs[i];
                    let day = d.published.as_deref().and_then(day_number);
                    let known = reg.lookup(d.outlet.as_deref(), &d.uri);
                    Member {
                        doc: i,
                        id: d.id.clone(),
                        uri: d.uri.clone(),
                        outlet: d.outlet.clone(),
                        published: d.published.clone(),
                        title: d.title.clone(),
                        lag_days: match (day, first_day) {
                            (Some(a), Some(b)) => Some(a - b),
                            _ => None,
                        },
                        registry_outlet: known.map(|o| o.name.clone()),
                        country: known.map(|o| o.country.clone()),
                        alignment: known.map(|o| o.alignment.clone()).unwrap_or_default(),
                    }
                })
                .collect();
            let dated: Vec<&String> = ms.iter().filter_map(|m| m.published.as_ref()).collect();
            let in_story: BTreeSet<usize> = members.iter().copied().collect();
            Story {
                number: n + 1,
                label: label_of(first),
                first_published: dated.first().map(|s| s.to_string()),
                last_published: dated.iter().max().map(|s| s.to_string()),
                members: ms,
                outlets: distinct_outlets(docs, members, reg),
                spread: spread_of(docs, members, reg),
                duplicate_groups: group_ids
                    .iter()
                    .filter(|g| in_story.contains(&g[0]))
                    .cloned()
                    .collect(),
            }
        })
        .collect();
    let t3 = std::time::Instant::now();
    Storylines {
        stories,
        pairs,
        groups,
        timings: Timings {
            neardup: (t1 - t0).as_secs_f64(),
            cluster: (t2 - t1).as_secs_f64(),
            report: (t3 - t2).as_secs_f64(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_users_outlet_file_extends_the_agencies_of_datelines() {
        let text = "Beirut (Example Wire) - Strikes hit the south.";
        let mut res = StoryResources::builtin();
        assert_eq!(res.text.strip_boilerplate(text).trim(), text);
        let path =
            std::env::temp_dir().join(format!("sitrep-story-outlets-{}.tsv", std::process::id()));
        std::fs::write(&path, "Example Wire\tEW\tGBR\twire service\n").unwrap();
        let added = res.add_outlets_file(&path);
        std::fs::remove_file(&path).unwrap();
        added.unwrap();
        assert!(res.outlets.by_name("Example Wire").is_some());
        assert_eq!(
            res.text.strip_boilerplate(text).trim(),
            "Strikes hit the south."
        );
    }
}
