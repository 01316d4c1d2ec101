//! The extraction pipeline: documents in, `sitrep/1` records out.
//!
//! Owns the [`Resources`] loaded once per run (knowledge base and lexicons)
//! and [`analyze`], the pure function from one [`Document`] to its
//! [`Record`]: text → actors → claims → events → framing. Reading inputs
//! lives in [`input`].

pub mod input;
mod run;

pub use run::{quiet_document_panics, run, run_records, run_with, RunOptions, Summary};

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_events::{extract_events, EventLexicon};
use sitrep_framing::{measure_framing, FramingLexicon};
use sitrep_kb::Kb;
use sitrep_record::{DocMeta, Document, Record, SCHEMA};
use sitrep_text::{normalize, TextLayer};
use std::path::Path;

/// Everything the stages read: loaded once, shared read-only by all threads.
#[derive(Debug)]
pub struct Resources {
    pub kb: Kb,
    pub cues: CueLexicon,
    pub events: EventLexicon,
    pub framing: FramingLexicon,
}

impl Resources {
    /// The built-in knowledge base and lexicons, plus any user KB files.
    pub fn load(extra_kb: &[&Path]) -> Result<Resources, String> {
        Ok(Resources {
            kb: Kb::builtin_with(extra_kb).map_err(|e| e.to_string())?,
            cues: CueLexicon::builtin()?,
            events: EventLexicon::builtin()?,
            framing: FramingLexicon::builtin()?,
        })
    }
}

/// Options that change what a record contains.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Add the normalized text as `doc.text`.
    pub with_text: bool,
}

/// Runs every stage over one document. `doc.text` may be raw; it is
/// normalized here and every span points into the normalized text.
pub fn analyze(mut doc: Document, res: &Resources, opts: Options) -> Record {
    doc.text = normalize(&doc.text);
    if doc.language.is_none() {
        doc.language = guess_language(&doc.text);
    }
    let layer = TextLayer::new(std::mem::take(&mut doc.text));
    let actors = find_actors(&layer, &res.kb, doc.published.as_deref());
    let claims = extract_claims(&layer, &actors, &res.kb, &res.cues);
    let events = extract_events(&layer, &actors, &claims, &res.events);
    let framing = measure_framing(&layer, &claims, &res.framing);
    let actor_records = actors.to_records(&layer.text);
    doc.text = layer.text;
    Record {
        schema: SCHEMA.to_string(),
        doc: DocMeta::of(&doc, opts.with_text),
        actors: actor_records,
        events,
        claims,
        framing,
    }
}

/// Function words that make up a large share of any English prose.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was", "by",
    "as", "it", "at", "from", "his", "her", "has", "have", "are", "be", "an", "not", "will", "its",
    "their", "were",
];

/// `Some("en")` when the text reads as English, else `None` (unknown).
///
/// A stand-in until the ingest layer brings full language identification:
/// it only ever claims English, and only when function words make up a share
/// of tokens typical of English prose (about 40%; the threshold is well
/// below that so short or headline-heavy texts still pass).
pub fn guess_language(text: &str) -> Option<String> {
    let mut words = 0usize;
    let mut function = 0usize;
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        words += 1;
        if ENGLISH_FUNCTION_WORDS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w))
        {
            function += 1;
        }
    }
    (words >= 5 && function * 100 >= words * 15).then(|| "en".to_string())
}
