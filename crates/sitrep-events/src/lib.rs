//! PLOVER event coding: which events a document reports, who did them to
//! whom, and how sure the text is that they happened.
//!
//! This crate owns the trigger lexicon ([`EventLexicon`]: the curated
//! `data/lexicons/events.tsv` over the CAMEO-derived `events-cameo.tsv`, plus
//! the closed word classes in `events-words.tsv`) and [`extract_events`]:
//!
//! 1. one Aho–Corasick pass finds every trigger (verb forms, event nouns,
//!    fixed phrases, `-backed`-style affixes, gapped verb + object phrases
//!    such as "imposed new sanctions");
//! 2. per sentence, each trigger gets a source and a target from the actor
//!    mentions around it: active clauses (subject before, object or a target
//!    preposition after), passives ("was attacked by", "armed by the IRGC"),
//!    nominal events (possessor or modifier as source: "Trump's withdrawal",
//!    "Israeli operations against Hamas"), coordination ("Hamas and
//!    Hezbollah" → both) and pronouns (inside reported speech, "it" is the
//!    speaker);
//! 3. a trigger that governs another ("agreed to provide aid", "demanded
//!    that Hamas renounce", "rejected a U.S. request") absorbs it, so one
//!    clause yields one event; promises and plans ("pledged to send aid")
//!    code the promised event with modality `future`;
//! 4. modality: negated > hypothetical > future > attributed > asserted.
//!    Inside a claim's content an event is at least `attributed`, and its
//!    `claim` field names the claim whatever the modality; inside a denial
//!    it is negated; "would" in reported speech is future, elsewhere
//!    hypothetical. "X said Y must Z" is a REQUEST from X to Y. The words
//!    that decide it are word classes in `events-words.tsv`: a negation
//!    inside a condition or "may" stays hypothetical ("if no deal is
//!    reached"), hearsay words make an event attributed ("allegedly"),
//!    avoidance words negate it ("refrained from attacking"), and a need or
//!    another party's wish before an infinitive makes it hypothetical.
//!
//! Real news is mostly not political: [`filter`] drops trigger matches in
//! non-event contexts ("when it comes to", "is going to have to") and events
//! with no political actor (`data/lexicons/events-filter.tsv`).
//!
//! Events need at least one known actor; "said" and other statements are
//! claims, not events. Several actors in one role stay in one event (the
//! `source`/`target` arrays), so "Hamas and Hezbollah, armed by the IRGC" is
//! one AID event with two targets.

mod analyze;
pub mod filter;
mod lanes;
mod lexicon;
mod prebuilt;

pub use lexicon::{
    Class, Entry, EventLexicon, Form, Pos, EVENTS_CAMEO_TSV, EVENTS_IRREGULAR_TSV, EVENTS_TSV,
    EVENTS_WORDS_TSV,
};

use sitrep_actors::DocActors;
// Named from the crate root so build.rs, which compiles `lexicon` without
// sitrep-claims, can stand in a table of its own.
use sitrep_claims::ClaimWords;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality};
use sitrep_text::TextLayer;

/// Whether actor `a` is a state by its bare name ("Iran", "the United
/// States"): a country with no sector of it, often a place or a side
/// rather than a body that acts.
pub(crate) fn is_bare_state(a: &sitrep_actors::DocActor) -> bool {
    a.kind == sitrep_record::ActorKind::Country && a.sector.is_none()
}

/// The lexicon built from the built-in data files by build.rs, in the form
/// of [`prebuilt`]: start-up reads it instead of parsing and inflecting
/// some 12,000 rows (~135 M instructions).
static PREBUILT_LEXICON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-events.bin"));

/// All events of one document, ids `e1`, `e2`, … in text order. Events
/// inside a claim's content carry the claim id.
pub fn extract_events(
    layer: &TextLayer,
    actors: &DocActors,
    claims: &[ClaimRecord],
    lex: &EventLexicon,
) -> Vec<EventRecord> {
    extract_events_dated(layer, actors, claims, lex, None)
}

/// [`extract_events`] of a document published on `published`
/// ("YYYY-MM-DD", the record's `published`): a present tense dated by a
/// weekday alone ("travels to Paris on Friday") is read against the day the
/// story was published (see `present_dated_ahead`). Without a date, or with
/// one that is no calendar date, a weekday alone dates nothing.
pub fn extract_events_dated(
    layer: &TextLayer,
    actors: &DocActors,
    claims: &[ClaimRecord],
    lex: &EventLexicon,
    published: Option<&str>,
) -> Vec<EventRecord> {
    // `by_noun`: the events whose war mode a weapon or war noun gave.
    let (events, words, by_noun) = analyze::run(layer, actors, claims, lex, published);
    lex.filter.gate_with(events, &by_noun, actors, claims, || {
        lex.filter.off_domain_counted(words, actors)
    })
}

/// The type a PLOVER coder gives an event sitrep reports with a modality.
///
/// PLOVER codes a stated intention, not the intended act: a future
/// cooperative act ("will send aid", "pledged to visit") is AGREE, a future
/// hostile act ("will strike", "would blockade") is THREATEN. Verbal acts
/// (REQUEST, ACCUSE, REJECT, THREATEN, AGREE) keep their type. Negated and
/// hypothetical events did not happen and are not PLOVER events (`None`).
/// Nor is a future act no one is named to do ("she hoped the officials
/// would be indicted", "the first delegation to visit"): an intention or a
/// threat is someone's, and without a doer the text states only an
/// expectation.
pub fn plover_coding(event: &EventRecord) -> Option<EventType> {
    match event.modality {
        Modality::Negated | Modality::Hypothetical => None,
        Modality::Future if event.source.is_empty() => None,
        Modality::Future => Some(match event.event_type {
            EventType::Consult
            | EventType::Support
            | EventType::Cooperate
            | EventType::Aid
            | EventType::Concede
            | EventType::Retreat => EventType::Agree,
            EventType::Assault
            | EventType::Coerce
            | EventType::Sanction
            | EventType::Mobilize
            | EventType::Protest => EventType::Threaten,
            other => other,
        }),
        Modality::Asserted | Modality::Attributed => Some(event.event_type),
    }
}
