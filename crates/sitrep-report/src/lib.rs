//! `sitrep report`: the cited situation report.
//!
//! [`build`] reads the documents a report covers from the store (filters:
//! published since / until, an actor, only what is new since the previous
//! report), loads their records and builds a [`Report`]: summary counts,
//! key actors and how they relate, the timeline (asserted events apart from
//! attributed, hypothetical, future and negated ones), who claims what and
//! through which outlets, the disputes the claim ledger finds
//! ([`sitrep_claims::ledger`]) with both sides, how each outlet frames its
//! reporting (loaded terms, opinion and attributed shares, whose voices),
//! storylines with their first reporter and cross-alignment stories, and
//! what is new since the last report. Every statement carries citation
//! numbers into [`Report::sources`].
//!
//! [`markdown`] and [`html`] render it; both escape every piece of
//! article-derived text (the HTML is self-contained, no scripts). The actor
//! graph and the story clusters plug in through [`RelationBuilder`] and
//! [`StoryBuilder`]: by default [`GraphRelations`] (`sitrep-graph`'s edge
//! evidence) and [`StoryClusters`] (`sitrep-story`'s clusters and outlet
//! registry); [`EvidenceRelations`] and [`WindowStories`] are simpler
//! stand-ins that need neither.

mod build;
mod escape;
mod graph_relations;
mod html;
mod markdown;
mod markup;
pub mod model;
mod render;
mod sources;
mod story_clusters;

pub use build::{build, check_date, Builders, Options};
pub use escape::{escape_html, escape_markdown};
pub use graph_relations::GraphRelations;
pub use html::html;
pub use markdown::markdown;
pub use model::Report;
pub use sources::{Doc, EvidenceRelations, RelationBuilder, Story, StoryBuilder, WindowStories};
pub use story_clusters::StoryClusters;

/// A report error: the store's, or a filter naming nothing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] sitrep_store::Error),
    #[error("no actor {0:?} in the store (try `sitrep actors` for ids and names)")]
    UnknownActor(String),
    #[error("{0}")]
    BadFilter(String),
}
