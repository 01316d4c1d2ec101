//! Actor mentions: finds every actor a document mentions and resolves it to
//! the knowledge base.
//!
//! Input: the document's [`TextLayer`], the [`Kb`] and the publication date
//! (to pick the role a person held then). Output: [`DocActors`], the distinct
//! actors of the document and every mention of each, in text order. This
//! crate decides what a KB match means in context: a demonym modifying a
//! role noun ("Iranian officials" → Iran, sector GOV), role phrases naming a
//! person ("deputy foreign minister Abbas Araghchi"), metonyms ("Tehran
//! said"), and descriptors such as "the regime" resolved to the document's
//! dominant state only when that is unambiguous.

use sitrep_kb::{AliasKind, Kb};
use sitrep_record::{ActorKind, ActorRecord, Span};
use sitrep_text::TextLayer;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionHow {
    /// A KB alias of the given kind.
    Alias(AliasKind),
    /// A role phrase with a country adjective or name ("Iranian officials",
    /// "Israel's security establishment").
    Role,
    /// Resolved from context: "the regime", "the government" → dominant state.
    Context,
}

/// One actor as it appears in this document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocActor {
    /// KB id, or `ISO3` + sector ("IRNGOV") for a country's sector.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub role: Option<String>,
}

/// One mention: a byte range of the normalized text naming an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index into [`DocActors::actors`].
    pub actor: usize,
    pub how: MentionHow,
}

/// Every actor of a document, with its mentions in text order.
#[derive(Debug, Clone, Default)]
pub struct DocActors {
    pub actors: Vec<DocActor>,
    pub mentions: Vec<Mention>,
}

impl DocActors {
    /// Mentions lying inside `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.start < start);
        let b = self.mentions.partition_point(|m| m.start < end);
        let slice = &self.mentions[a..b];
        let keep = slice.iter().take_while(|m| m.end <= end).count();
        &slice[..keep]
    }

    pub fn actor_of(&self, m: &Mention) -> &DocActor {
        &self.actors[m.actor]
    }

    /// The `actors` array of a record.
    pub fn to_records(&self, text: &str) -> Vec<ActorRecord> {
        let mut out: Vec<ActorRecord> = self
            .actors
            .iter()
            .map(|a| ActorRecord {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                country: a.country.clone(),
                sector: a.sector.clone(),
                role: a.role.clone(),
                mentions: Vec::new(),
            })
            .collect();
        for m in &self.mentions {
            out[m.actor].mentions.push(Span::of(text, m.start, m.end));
        }
        out.retain(|a| !a.mentions.is_empty());
        out
    }

    fn intern(&mut self, actor: DocActor) -> usize {
        if let Some(i) = self.actors.iter().position(|a| a.id == actor.id) {
            return i;
        }
        self.actors.push(actor);
        self.actors.len() - 1
    }
}

/// Finds and resolves the actors of one document.
pub fn find_actors(layer: &TextLayer, kb: &Kb, published: Option<&str>) -> DocActors {
    let mut doc = DocActors::default();
    for hit in kb.find_aliases(&layer.text) {
        let actor = kb.actor(hit.actor);
        let term = actor.term_on(published);
        let index = doc.intern(DocActor {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            country: term.and_then(|t| t.country.clone()).or_else(|| actor.country.clone()),
            sector: term.and_then(|t| t.sector.clone()).or_else(|| actor.sector.clone()),
            role: term.and_then(|t| t.role.clone()),
        });
        doc.mentions.push(Mention { start: hit.start, end: hit.end, actor: index, how: MentionHow::Alias(hit.kind) });
    }
    doc
}
