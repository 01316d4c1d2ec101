//! The story builder backed by `sitrep-story`: story clusters over time
//! (TF-IDF and shared actors within a time window, near-duplicates always
//! together), the first reporter, and the outlet registry
//! (`data/outlets.tsv`, `data/alignments.tsv`) for alignments and the
//! opposing sides of a cross-alignment story.

use crate::sources::{Doc, Story, StoryBuilder};
use sitrep_story::{storylines, StoryDoc, StoryParams, StoryResources};
use std::collections::{BTreeMap, BTreeSet};

/// Stories and alignments from `sitrep-story`.
pub struct StoryClusters {
    pub resources: StoryResources,
    pub params: StoryParams,
}

impl StoryClusters {
    /// With the registry and parameters shipped with sitrep.
    pub fn builtin() -> StoryClusters {
        StoryClusters {
            resources: StoryResources::builtin(),
            params: StoryParams::default(),
        }
    }
}

impl StoryBuilder for StoryClusters {
    fn describe(&self) -> String {
        "story clusters of sitrep-story (similar wording and shared actors within a time window, near-duplicates together; the earliest report first), outlet alignments from data/outlets.tsv and data/alignments.tsv".to_string()
    }

    fn stories(&self, docs: &[Doc]) -> Vec<Story> {
        let input: Vec<StoryDoc> = docs
            .iter()
            .map(|d| StoryDoc {
                id: d.row.content_id.clone(),
                uri: d.row.uri.clone(),
                outlet: d.record.doc.outlet.clone(),
                published: d.record.doc.published.clone(),
                title: d.record.doc.title.clone(),
                text: d.text().to_string(),
                actors: d.record.actors.iter().map(|a| a.id.clone()).collect(),
            })
            .collect();
        storylines(&input, &self.params, &self.resources)
            .stories
            .into_iter()
            .filter(|s| s.members.len() >= 2)
            .map(|s| {
                let mut sides: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
                for sp in &s.spread {
                    sides
                        .entry(sp.side_a.clone())
                        .or_default()
                        .extend(sp.outlets_a.iter().cloned());
                    sides
                        .entry(sp.side_b.clone())
                        .or_default()
                        .extend(sp.outlets_b.iter().cloned());
                }
                Story {
                    docs: s.members.iter().map(|m| m.doc).collect(),
                    sides: sides
                        .into_iter()
                        .map(|(k, v)| (k, v.into_iter().collect()))
                        .collect(),
                }
            })
            .collect()
    }

    fn alignment(&self, outlet: &str) -> Option<String> {
        self.resources
            .outlets
            .by_name(outlet)
            .map(|o| o.alignment.join(", "))
            .filter(|a| !a.is_empty())
    }
}
