//! Building a [`Report`] from the store.

use crate::escape::clip;
use crate::model::*;
use crate::sources::{
    names_outlet, Doc, EvidenceRelations, RelationBuilder, StoryBuilder, WindowStories,
};
use crate::Error;
use crate::{GraphRelations, StoryClusters};
use sitrep_claims::ledger::{ledger, ClaimGroup, LedgerDoc, LedgerLexicon};
use sitrep_record::{day_number, ActorKind, ClaimRecord, Modality, Stance, ViaRole};
use sitrep_store::{DocFilter, ReportRun, Store};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What to report on, and how much of it.
#[derive(Debug, Clone)]
pub struct Options {
    /// Documents published on or after this date (YYYY-MM-DD).
    pub since: Option<String>,
    /// Documents published on or before this date (YYYY-MM-DD).
    pub until: Option<String>,
    /// Only documents mentioning this actor (id or name); the timeline and
    /// relations keep what involves it.
    pub actor: Option<String>,
    /// The previous report run (for "what is new"); `None` for none.
    pub previous: Option<ReportRun>,
    /// Cover only the documents new since `previous`.
    pub new_only: bool,
    /// At most this many documents (the newest) are covered; the report
    /// says how many more matched.
    pub max_documents: usize,
    /// Section sizes.
    pub max_actors: usize,
    pub max_timeline: usize,
    pub max_speakers: usize,
    pub claims_per_speaker: usize,
    pub max_new: usize,
    /// Longest quote, in characters.
    pub quote_chars: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            since: None,
            until: None,
            actor: None,
            previous: None,
            new_only: false,
            max_documents: 5000,
            max_actors: 15,
            max_timeline: 60,
            max_speakers: 15,
            claims_per_speaker: 6,
            max_new: 30,
            quote_chars: 320,
        }
    }
}

/// The builders of the graph- and story-backed sections.
pub struct Builders {
    pub relations: Box<dyn RelationBuilder>,
    pub stories: Box<dyn StoryBuilder>,
}

impl Builders {
    /// The simple builders that read only the records: relations from
    /// events and claims, stories from dates, outlet names and shared actors
    /// (no outlet alignments).
    pub fn simple() -> Builders {
        Builders {
            relations: Box::new(EvidenceRelations { limit: 25 }),
            stories: Box::new(WindowStories::default()),
        }
    }
}

/// The actor graph's evidence and the story clusters with the outlet registry.
impl Default for Builders {
    fn default() -> Self {
        Builders {
            relations: Box::new(GraphRelations::default()),
            stories: Box::new(StoryClusters::builtin()),
        }
    }
}

/// Checks a date filter (`YYYY-MM-DD`); `what` names the flag in the error.
pub fn check_date(what: &str, d: &Option<String>) -> Result<(), Error> {
    match d {
        Some(s) if s.len() != 10 || day_number(s).is_none() => Err(Error::BadFilter(format!(
            "{what} takes a date as YYYY-MM-DD, not {s:?}"
        ))),
        _ => Ok(()),
    }
}

/// Builds the report from the store.
pub fn build(store: &Store, opts: &Options, builders: &Builders) -> Result<Report, Error> {
    check_date("--since", &opts.since)?;
    check_date("--until", &opts.until)?;
    let actor_ids = match &opts.actor {
        Some(who) => Some(resolve_focus(store, who)?),
        None => None,
    };
    let mut notes = Vec::new();
    let docs = read_documents(store, opts, &actor_ids, &mut notes)?;
    let names = actor_names(&docs);
    let focus: Option<&[String]> = actor_ids.as_deref();
    let sources = sources(&docs, builders.stories.as_ref());
    let ctx = Ctx {
        docs: &docs,
        names: &names,
        quote: opts.quote_chars,
    };
    let actors = key_actors(&docs, focus, opts.max_actors);
    let relations = builders.relations.relations(&docs, &names, focus);

    // Stories first: the ledger matches denials across a story's documents.
    let stories = builders.stories.stories(&docs);
    let groups = ctx.claim_groups(&stories);
    let disputes_with_docs: Vec<(Dispute, BTreeSet<usize>)> = groups
        .iter()
        .filter(|g| g.contradicted)
        .map(|g| ctx.dispute(g))
        .collect();
    let corroborated: Vec<Corroboration> = groups
        .iter()
        .filter(|g| !g.contradicted)
        .filter_map(|g| ctx.corroboration(g))
        .take(12)
        .collect();

    let timeline = ctx.timeline(focus, opts.max_timeline);
    let (claims, claims_more) = ctx.claims_by_speaker(opts.max_speakers, opts.claims_per_speaker);
    let framing = ctx.framing(builders.stories.as_ref());
    let storylines: Vec<Storyline> = stories
        .iter()
        .map(|st| ctx.storyline(st, &disputes_with_docs))
        .collect();
    let new_since = opts
        .previous
        .as_ref()
        .map(|prev| ctx.new_since(prev, opts, &disputes_with_docs));
    let summary = summary(&docs, disputes_with_docs.len(), &storylines);
    let title = title(opts, actor_ids.as_deref(), &names);
    Ok(Report {
        title,
        generated: None,
        scope: Scope {
            since: opts.since.clone(),
            until: opts.until.clone(),
            actor: opts.actor.clone().zip(actor_ids),
            new_only: opts.new_only,
        },
        summary,
        actors,
        relations,
        relations_from: builders.relations.describe(),
        happened: timeline.happened,
        reported: timeline.reported,
        timeline_more: timeline.more,
        claims,
        claims_more,
        disputes: disputes_with_docs.into_iter().map(|(d, _)| d).collect(),
        corroborated,
        framing,
        storylines,
        storylines_from: builders.stories.describe(),
        new_since,
        notes,
        sources,
    })
}

/// The KB ids of the actor a report is about (`--actor`, an id or a name);
/// an error when the store knows no such actor.
fn resolve_focus(store: &Store, who: &str) -> Result<Vec<String>, Error> {
    let ids = store.resolve_actor(who)?;
    if ids.is_empty() {
        return Err(Error::UnknownActor(who.to_string()));
    }
    Ok(ids)
}

/// The documents the report covers, numbered for citation in the order
/// read: those the options' dates, actor and "new since" select, at most
/// `max_documents` of them (the newest). What was left out, and why, goes
/// to `notes`.
fn read_documents(
    store: &Store,
    opts: &Options,
    actor_ids: &Option<Vec<String>>,
    notes: &mut Vec<String>,
) -> Result<Vec<Doc>, Error> {
    let filter = DocFilter {
        since: opts.since.clone(),
        until: opts.until.clone(),
        actors: actor_ids.clone(),
        after: if opts.new_only {
            opts.previous.clone()
        } else {
            None
        },
    };
    if opts.new_only && opts.previous.is_none() {
        notes.push("No earlier report in this store: everything is new.".to_string());
    }
    let mut rows = store.report_documents(&filter)?;
    if rows.len() > opts.max_documents.max(1) {
        let extra = rows.len() - opts.max_documents.max(1);
        // Rows are oldest first (undated last): keep the newest dated ones.
        let undated = rows.iter().filter(|r| r.published.is_none()).count();
        let dated = rows.len() - undated;
        let drop_dated = extra.min(dated);
        rows.drain(..drop_dated);
        rows.truncate(opts.max_documents.max(1));
        notes.push(format!(
            "{} documents matched; this report covers the newest {} (narrow it with --since, --until or --actor, or raise --max-docs).",
            rows.len() + extra,
            rows.len()
        ));
    }
    let mut docs: Vec<Doc> = Vec::with_capacity(rows.len());
    for row in rows {
        match store.record(&row.content_id, true) {
            Ok(Some(record)) => {
                let cite = docs.len() + 1;
                docs.push(Doc { row, record, cite });
            }
            Ok(None) => notes.push(format!(
                "{}: the record went missing while reading",
                row.uri
            )),
            Err(e) => notes.push(format!("{}: left out: {e}", row.uri)),
        }
    }
    Ok(docs)
}

/// Each actor id's name, as the first document naming it gives it.
fn actor_names(docs: &[Doc]) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = HashMap::new();
    for d in docs {
        for a in &d.record.actors {
            names.entry(a.id.clone()).or_insert_with(|| a.name.clone());
        }
    }
    names
}

/// The sources section: each document's citation and its outlet's alignment.
fn sources(docs: &[Doc], stories: &dyn StoryBuilder) -> Vec<Source> {
    docs.iter()
        .map(|d| Source {
            n: d.cite,
            content_id: d.row.content_id.clone(),
            uri: d.row.uri.clone(),
            title: d.row.title.clone(),
            outlet: d.row.outlet.clone(),
            published: d.row.published.clone(),
            alignment: d.row.outlet.as_deref().and_then(|o| stories.alignment(o)),
        })
        .collect()
}

/// The counts at the top of the report, over every covered document
/// (whatever the actor focus keeps in the sections below).
fn summary(docs: &[Doc], disputes: usize, storylines: &[Storyline]) -> Summary {
    let outlets: BTreeSet<&str> = docs
        .iter()
        .filter_map(|d| d.record.doc.outlet.as_deref())
        .collect();
    let all_actors: BTreeSet<&str> = docs
        .iter()
        .flat_map(|d| d.record.actors.iter().map(|a| a.id.as_str()))
        .collect();
    let dates: Vec<&str> = docs
        .iter()
        .filter_map(|d| d.record.doc.published.as_deref())
        .collect();
    let events = || docs.iter().flat_map(|d| &d.record.events);
    Summary {
        documents: docs.len(),
        outlets: outlets.len(),
        actors: all_actors.len(),
        events: events().count(),
        asserted_events: events()
            .filter(|e| e.modality == Modality::Asserted)
            .count(),
        claims: docs.iter().map(|d| d.record.claims.len()).sum(),
        denials: docs
            .iter()
            .flat_map(|d| &d.record.claims)
            .filter(|c| c.stance == Stance::Deny)
            .count(),
        disputes,
        storylines: storylines.len(),
        cross_alignment: storylines.iter().filter(|s| s.cross_alignment()).count(),
        first_date: dates.iter().min().map(|s| s.to_string()),
        last_date: dates.iter().max().map(|s| s.to_string()),
    }
}

/// "Situation report", or "Situation report: NAME" for an actor's report
/// (the name the documents give the actor's first id, else as asked).
fn title(opts: &Options, actor_ids: Option<&[String]>, names: &HashMap<String, String>) -> String {
    match &opts.actor {
        Some(a) => {
            let shown = actor_ids
                .and_then(|ids| ids.first())
                .and_then(|id| names.get(id))
                .cloned()
                .unwrap_or_else(|| a.clone());
            format!("Situation report: {shown}")
        }
        None => "Situation report".to_string(),
    }
}

/// The timeline: the events involving the focus actor (every event without
/// one), asserted ones as what happened and the rest as what was reported,
/// each list cut to its maximum.
struct Timeline {
    happened: Vec<TimelineItem>,
    reported: Vec<TimelineItem>,
    /// Events left out by the cuts.
    more: usize,
}

fn key_actors(docs: &[Doc], focus: Option<&[String]>, max: usize) -> Vec<ActorLine> {
    let mut by: BTreeMap<&str, ActorLine> = BTreeMap::new();
    for d in docs {
        for a in &d.record.actors {
            let line = by.entry(a.id.as_str()).or_insert_with(|| ActorLine {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind.as_str().to_string(),
                documents: 0,
                mentions: 0,
                cites: Vec::new(),
            });
            line.documents += 1;
            line.mentions += a.mentions.len();
            line.cites.push(d.cite);
        }
    }
    let mut lines: Vec<ActorLine> = by.into_values().collect();
    let focused = |l: &ActorLine| focus.is_some_and(|f| f.contains(&l.id));
    lines.sort_by(|a, b| {
        focused(b)
            .cmp(&focused(a))
            .then(b.documents.cmp(&a.documents))
            .then(b.mentions.cmp(&a.mentions))
            .then(a.name.cmp(&b.name))
    });
    lines.truncate(max);
    lines
}

struct Ctx<'a> {
    docs: &'a [Doc],
    names: &'a HashMap<String, String>,
    quote: usize,
}

impl Ctx<'_> {
    /// The claim groups of the claim ledger, each document placed in its
    /// story so denials are matched across a story's documents.
    fn claim_groups(&self, stories: &[crate::sources::Story]) -> Vec<ClaimGroup> {
        let mut story_of: Vec<Option<usize>> = vec![None; self.docs.len()];
        for (s, st) in stories.iter().enumerate() {
            for &i in &st.docs {
                story_of[i] = Some(s);
            }
        }
        let ledger_docs: Vec<LedgerDoc<'_>> = self
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| LedgerDoc {
                claims: &d.record.claims,
                text: d.record.doc.text.as_deref(),
                story: story_of[i],
            })
            .collect();
        ledger(&ledger_docs, &LedgerLexicon::builtin())
    }

    /// The timeline of the events involving `focus` (all events without one).
    fn timeline(&self, focus: Option<&[String]>, max: usize) -> Timeline {
        let (mut happened, mut reported) = (Vec::new(), Vec::new());
        for (i, d) in self.docs.iter().enumerate() {
            for e in &d.record.events {
                let involved =
                    focus.is_none_or(|f| e.source.iter().chain(&e.target).any(|a| f.contains(a)));
                if !involved {
                    continue;
                }
                let item = self.event(i, e);
                if e.modality == Modality::Asserted {
                    happened.push(item);
                } else {
                    reported.push(item);
                }
            }
        }
        let more = happened.len().saturating_sub(max) + reported.len().saturating_sub(max);
        happened.truncate(max);
        reported.truncate(max);
        Timeline {
            happened,
            reported,
            more,
        }
    }

    /// What is new since the previous report: its documents (all of them
    /// for a report of new documents only), their first events and claims,
    /// and how many disputes they take part in.
    fn new_since(
        &self,
        prev: &ReportRun,
        opts: &Options,
        disputes: &[(Dispute, BTreeSet<usize>)],
    ) -> NewSince {
        let fresh: Vec<usize> = (0..self.docs.len())
            .filter(|&i| opts.new_only || prev.precedes(&self.docs[i].row))
            .collect();
        let mut events = Vec::new();
        let mut claims = Vec::new();
        for &i in &fresh {
            for e in &self.docs[i].record.events {
                events.push(self.event(i, e));
            }
            for c in &self.docs[i].record.claims {
                claims.push(self.claim(i, c));
            }
        }
        events.truncate(opts.max_new);
        claims.truncate(opts.max_new);
        let fresh_set: BTreeSet<usize> = fresh.iter().copied().collect();
        NewSince {
            previous_at: prev.created_at.clone(),
            previous_filters: prev.filters.clone(),
            documents: fresh.iter().map(|&i| self.docs[i].cite).collect(),
            events,
            claims,
            disputes: disputes
                .iter()
                .filter(|(_, ds)| ds.iter().any(|d| fresh_set.contains(d)))
                .count(),
        }
    }

    fn name(&self, id: &str) -> String {
        self.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    fn speaker(&self, c: &ClaimRecord) -> String {
        if let Some(id) = &c.speaker.actor {
            return self.name(id);
        }
        match c.speaker.text.as_deref().map(str::trim) {
            Some(t) if !t.is_empty() => clip(t, 80),
            _ => "unattributed".to_string(),
        }
    }

    fn claim(&self, doc: usize, c: &ClaimRecord) -> ClaimItem {
        let d = &self.docs[doc];
        ClaimItem {
            speaker: self.speaker(c),
            speaker_actor: c.speaker.actor.clone(),
            denies: c.stance == Stance::Deny,
            hedged: c.hedged,
            cue: clip(&c.cue.text, 60),
            content: clip(&c.content.text, self.quote),
            via: c
                .via
                .iter()
                .map(|v| (clip(&v.text, 80), v.role.as_str().to_string()))
                .collect(),
            date: d.record.doc.published.clone(),
            outlet: d.record.doc.outlet.clone(),
            cite: d.cite,
        }
    }

    fn find_claim(&self, doc: usize, id: &str) -> Option<&ClaimRecord> {
        self.docs[doc].record.claims.iter().find(|c| c.id == id)
    }

    fn event(&self, doc: usize, e: &sitrep_record::EventRecord) -> TimelineItem {
        let d = &self.docs[doc];
        TimelineItem {
            date: d.record.doc.published.clone(),
            event_type: e.event_type.as_str().to_string(),
            modality: e.modality.as_str().to_string(),
            source: e.source.iter().map(|a| self.name(a)).collect(),
            target: e.target.iter().map(|a| self.name(a)).collect(),
            trigger: clip(&e.trigger.text, 60),
            quote: clip(&e.sentence.text, self.quote),
            according_to: e
                .claim
                .as_deref()
                .and_then(|c| self.find_claim(doc, c))
                .map(|c| self.speaker(c)),
            cite: d.cite,
        }
    }

    fn members(&self, g: &ClaimGroup) -> Vec<(usize, bool, ClaimItem)> {
        g.members
            .iter()
            .filter_map(|m| {
                self.find_claim(m.doc, &m.claim)
                    .map(|c| (m.doc, m.affirms, self.claim(m.doc, c)))
            })
            .collect()
    }

    fn dispute(&self, g: &ClaimGroup) -> (Dispute, BTreeSet<usize>) {
        let members = self.members(g);
        let docs = members.iter().map(|(d, _, _)| *d).collect();
        let (mut affirm, mut deny) = (Vec::new(), Vec::new());
        for (_, affirms, item) in members {
            if affirms {
                affirm.push(item);
            } else {
                deny.push(item);
            }
        }
        let topic = if g.topic.is_empty() {
            g.shared_words.clone()
        } else {
            g.topic.clone()
        };
        (
            Dispute {
                topic: topic.into_iter().take(6).collect(),
                affirm,
                deny,
                reversal: g.reversal,
            },
            docs,
        )
    }

    fn corroboration(&self, g: &ClaimGroup) -> Option<Corroboration> {
        let members = self.members(g);
        let outlets: BTreeSet<Option<&str>> = g
            .members
            .iter()
            .map(|m| self.docs[m.doc].record.doc.outlet.as_deref())
            .collect();
        if outlets.len() < 2 {
            return None;
        }
        Some(Corroboration {
            topic: g.topic.iter().take(6).cloned().collect(),
            claims: members.into_iter().map(|(_, _, c)| c).collect(),
        })
    }

    fn claims_by_speaker(&self, max: usize, per: usize) -> (Vec<SpeakerClaims>, usize) {
        let mut by: BTreeMap<String, Vec<ClaimItem>> = BTreeMap::new();
        for (i, d) in self.docs.iter().enumerate() {
            for c in &d.record.claims {
                let item = self.claim(i, c);
                by.entry(item.speaker.clone()).or_default().push(item);
            }
        }
        let mut list: Vec<(String, Vec<ClaimItem>)> = by.into_iter().collect();
        // Named actors before loose words, then the most claims first.
        list.sort_by(|a, b| {
            let named = |x: &[ClaimItem]| x.iter().any(|c| c.speaker_actor.is_some());
            named(&b.1)
                .cmp(&named(&a.1))
                .then(b.1.len().cmp(&a.1.len()))
                .then(a.0.cmp(&b.0))
        });
        let more = list.len().saturating_sub(max);
        list.truncate(max);
        let out = list
            .into_iter()
            .map(|(speaker, mut claims)| {
                let more = claims.len().saturating_sub(per);
                claims.truncate(per);
                SpeakerClaims {
                    speaker,
                    claims,
                    more,
                }
            })
            .collect();
        (out, more)
    }

    fn framing(&self, stories: &dyn StoryBuilder) -> Vec<OutletFraming> {
        struct Acc {
            docs: usize,
            opinion: f64,
            attributed: f64,
            loaded: BTreeMap<String, BTreeMap<String, usize>>,
            voices: BTreeMap<String, usize>,
            cites: Vec<usize>,
        }
        let mut by: BTreeMap<String, Acc> = BTreeMap::new();
        for d in self.docs {
            let outlet = d
                .record
                .doc
                .outlet
                .clone()
                .unwrap_or_else(|| "(no outlet)".to_string());
            let acc = by.entry(outlet).or_insert_with(|| Acc {
                docs: 0,
                opinion: 0.0,
                attributed: 0.0,
                loaded: BTreeMap::new(),
                voices: BTreeMap::new(),
                cites: Vec::new(),
            });
            acc.docs += 1;
            acc.opinion += d.record.framing.opinion_share;
            acc.attributed += d.record.framing.attributed_share;
            for t in &d.record.framing.loaded {
                *acc.loaded
                    .entry(t.category.clone())
                    .or_default()
                    .entry(t.term.to_lowercase())
                    .or_default() += 1;
            }
            for c in &d.record.claims {
                *acc.voices.entry(self.speaker(c)).or_default() += 1;
            }
            acc.cites.push(d.cite);
        }
        let mut out: Vec<OutletFraming> = by
            .into_iter()
            .map(|(outlet, a)| {
                let mut loaded: Vec<(String, Vec<(String, usize)>)> = a
                    .loaded
                    .into_iter()
                    .map(|(cat, terms)| {
                        let mut terms: Vec<(String, usize)> = terms.into_iter().collect();
                        terms.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                        (cat, terms)
                    })
                    .collect();
                loaded.sort_by(|x, y| {
                    let n = |v: &[(String, usize)]| v.iter().map(|t| t.1).sum::<usize>();
                    n(&y.1).cmp(&n(&x.1)).then(x.0.cmp(&y.0))
                });
                let mut voices: Vec<(String, usize)> = a.voices.into_iter().collect();
                voices.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                voices.truncate(5);
                OutletFraming {
                    alignment: stories.alignment(&outlet),
                    outlet,
                    documents: a.docs,
                    opinion_share: a.opinion / a.docs as f64,
                    attributed_share: a.attributed / a.docs as f64,
                    loaded,
                    voices,
                    cites: a.cites,
                }
            })
            .collect();
        // Grouped by alignment (known ones first), then by outlet.
        out.sort_by(|a, b| {
            a.alignment
                .is_none()
                .cmp(&b.alignment.is_none())
                .then(a.alignment.cmp(&b.alignment))
                .then(a.outlet.cmp(&b.outlet))
        });
        out
    }

    fn storyline(
        &self,
        st: &crate::sources::Story,
        disputes: &[(Dispute, BTreeSet<usize>)],
    ) -> Storyline {
        let first = st.docs[0];
        let fd = &self.docs[first];
        let first_outlet = fd.record.doc.outlet.as_deref();
        let members: BTreeSet<usize> = st.docs.iter().copied().collect();
        let followers = st.docs[1..]
            .iter()
            .map(|&f| {
                let d = &self.docs[f];
                // A denial of something another document of the story affirms.
                let denies = disputes.iter().any(|(dp, ds)| {
                    ds.contains(&f)
                        && ds.iter().any(|o| *o != f && members.contains(o))
                        && dp.deny.iter().any(|c| c.cite == d.cite)
                        && dp.affirm.iter().any(|c| c.cite != d.cite)
                });
                // A person relaying a claim inside another's words ("X said
                // Y told him that …", a nested claim's chain) is a speaker of
                // the story, not the document passing on another's report.
                let relayed_by_person = |v: &sitrep_record::Via| {
                    v.actor.as_deref().is_some_and(|id| {
                        d.record
                            .actors
                            .iter()
                            .any(|a| a.id == id && a.kind == ActorKind::Person)
                    })
                };
                let relays = first_outlet.is_some_and(|o| {
                    d.record.doc.outlet.as_deref() != Some(o) && names_outlet(d.text(), o)
                }) || d.record.claims.iter().any(|c| {
                    c.via
                        .iter()
                        .any(|v| v.role == ViaRole::Relay && !relayed_by_person(v))
                });
                let role = if denies {
                    "denies"
                } else if relays {
                    "relays"
                } else {
                    "follows"
                };
                (d.cite, role.to_string())
            })
            .collect();
        Storyline {
            label: fd
                .record
                .doc
                .title
                .clone()
                .unwrap_or_else(|| fd.row.uri.clone()),
            first: fd.cite,
            followers,
            sides: st.sides.clone(),
        }
    }
}
