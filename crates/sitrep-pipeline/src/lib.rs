//! The extraction pipeline: documents in, `sitrep/1` records out.
//!
//! Owns the [`Resources`] loaded once per run (knowledge base and lexicons)
//! and [`analyze`], the pure function from one [`Document`] to its
//! [`Record`]: text → actors → claims → events → framing. Reading inputs
//! lives in the `sitrep-ingest` crate, re-exported here as [`input`].

pub use sitrep_ingest as input;
pub use sitrep_ingest::pages;
mod run;

pub use run::{quiet_document_panics, run, run_encoded, run_with, RunOptions, Summary};

use sitrep_actors::{find_actors_with, ContextLexicon};
use sitrep_claims::{extract_claims_from_occurrences, ClaimWords, CueLexicon};
use sitrep_events::{extract_events_dated, EventLexicon};
use sitrep_framing::{measure_framing_from_occurrences, FramingLexicon};
use sitrep_ingest::HtmlRules;
use sitrep_kb::Kb;
pub use sitrep_record::data_dir::DataDir;
use sitrep_record::{content_digest, DocMeta, Document, Record, SCHEMA};
use sitrep_text::{normalize, Agencies, LayerBuffers, PhraseSets, TextLayer, TurnWords};
use std::path::Path;
use std::sync::Arc;

/// Everything the stages read: loaded once, shared read-only by all threads.
#[derive(Debug)]
pub struct Resources {
    pub kb: Kb,
    pub cues: CueLexicon,
    pub events: EventLexicon,
    pub framing: FramingLexicon,
    /// The words actor resolution reads around a KB match.
    pub context: ContextLexicon,
    /// The agency names a dateline's tag may give ("(Reuters)"): the
    /// outlet table's, extended by the user's `outlets.tsv`.
    pub agencies: Agencies,
    /// The words that say who holds a transcript turn ("Q:", "A:"): the
    /// shipped `turn-labels.tsv`, extended by the user's.
    pub turn_words: TurnWords,
    /// The claims cue phrases and the framing phrases in one scanner
    /// (`[cues, framing]`, each list as its lexicon's `scan_phrases`): the
    /// pipeline walks it once per document and hands each stage its own
    /// occurrences, instead of each stage walking a scanner of its own over
    /// the same text. Built from `cues` and `framing` by [`Resources::load_with`].
    pub phrases: PhraseSets<2>,
    /// The HTML extractor's word lists when the user's data folder extends them (`None`: the
    /// built-in ones). Inputs, not analysis: hand them to [`RunOptions::html_rules`].
    pub html_rules: Option<Arc<HtmlRules>>,
    /// A digest of everything that shapes a record: this build's data and
    /// analysis code, and the user's KB files and data folder. A store keeps
    /// it with each document, so an ingest with other resources analyses
    /// stored documents again instead of skipping them.
    pub analysis: i64,
}

impl Resources {
    /// The built-in knowledge base and lexicons, plus any user KB files.
    pub fn load(extra_kb: &[&Path]) -> Result<Resources, String> {
        Resources::load_with(extra_kb, &DataDir::none())
    }

    /// The built-in knowledge base and lexicons plus user KB files, each
    /// lexicon extended by the user's file of the same name in `data`
    /// (a folder laid out like sitrep's `data/`; see [`DataDir`]).
    pub fn load_with(extra_kb: &[&Path], data: &DataDir) -> Result<Resources, String> {
        // The claims word classes, read once for both lexicons that use
        // them (the cues' rules and events' cue leads and qualifiers).
        let claim_words = ClaimWords::builtin_with(data)?;
        let cues = CueLexicon::builtin_with_words(data, claim_words.clone())?;
        let framing = FramingLexicon::builtin_with(data)?;
        let phrases = joint_phrase_scan(&cues, &framing)?;
        Ok(Resources {
            kb: Kb::builtin_with(extra_kb).map_err(|e| e.to_string())?,
            cues,
            events: EventLexicon::builtin_with_words(data, claim_words)?,
            framing,
            phrases,
            context: ContextLexicon::builtin_with(data)?,
            agencies: load_agencies(data)?,
            turn_words: load_turn_words(data)?,
            html_rules: HtmlRules::with_data(data)?.map(Arc::new),
            analysis: analysis_digest(extra_kb, data)?,
        })
    }
}

/// One scanner over the cue phrases and the framing phrases
/// ([`Resources::phrases`]).
pub fn joint_phrase_scan(
    cues: &CueLexicon,
    framing: &FramingLexicon,
) -> Result<PhraseSets<2>, String> {
    PhraseSets::new([&cues.scan_phrases()[..], &framing.scan_phrases()[..]])
        .map_err(|e| format!("cue and framing phrases: {e}"))
}

/// The agencies of the shipped outlet table and of the user's
/// `outlets.tsv` in the data folder.
fn load_agencies(data: &DataDir) -> Result<Agencies, String> {
    let table = data.extend(sitrep_text::BUILTIN_OUTLETS)?;
    let rows = sitrep_text::read_outlet_rows(&table.text)
        .map_err(|e| table.locate(format!("{}:{}: {}", table.name, e.line, e.reason)))?;
    Ok(Agencies::from_rows(&rows))
}

/// The shipped turn words and the user's `lexicons/turn-labels.tsv`.
fn load_turn_words(data: &DataDir) -> Result<TurnWords, String> {
    let table = data.extend(sitrep_text::BUILTIN_TURN_WORDS)?;
    TurnWords::parse(&table.text)
        .map_err(|e| table.locate(format!("{}:{}: {}", table.name, e.line, e.reason)))
}

/// [`Resources::analysis`]: the build's digest (`build.rs`) folded with the
/// contents of the user's KB files and of every file in the data folder.
fn analysis_digest(extra_kb: &[&Path], data: &DataDir) -> Result<i64, String> {
    use std::hash::Hasher;
    let mut h = sitrep_record::fast_map::Fnv::default();
    h.write(env!("SITREP_ANALYSIS_DIGEST").as_bytes());
    let read =
        |p: &Path| std::fs::read(p).map_err(|e| format!("{}: cannot read: {e}", p.display()));
    for p in extra_kb {
        h.write(b"kb\0");
        h.write(&read(p)?);
    }
    if let Some(root) = data.root() {
        let mut files = Vec::new();
        let mut dirs = vec![root.to_path_buf()];
        while let Some(dir) = dirs.pop() {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files.sort();
        for f in &files {
            let rel = f.strip_prefix(root).unwrap_or(f);
            h.write(rel.to_string_lossy().as_bytes());
            h.write(&read(f)?);
        }
    }
    // Stored as SQLite's signed 64-bit integer.
    Ok(h.finish() as i64)
}

/// Options that change what a record contains.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Add the normalized text as `doc.text`.
    pub with_text: bool,
}

/// Runs every stage over one document. `doc.text` may be raw; it is
/// normalized here and every span points into the normalized text.
///
/// A declared language is kept (as an ISO 639-1 code); otherwise it is
/// identified from the text. The stages are English-only: a document known
/// to be in another language gets its record with `doc` filled in and no
/// actors, events or claims (the contract's empty values), so it is kept and
/// marked rather than mis-analysed. A document whose language is unknown is
/// analysed.
pub fn analyze(mut doc: Document, res: &Resources, opts: Options) -> Record {
    doc.text = normalize(&doc.text);
    analyze_normalized(doc, res, opts)
}

/// [`analyze`] for a document whose text is already normalized (as
/// [`run`] and [`run_encoded`] hand documents to their analyzer), so it is
/// not normalized a second time. Given raw text, spans would point into
/// that raw text and `doc.id` would not be the normalized text's id.
pub fn analyze_normalized(doc: Document, res: &Resources, opts: Options) -> Record {
    let digest = content_digest(&doc.text);
    analyze_digested(doc, digest, res, opts)
}

/// [`analyze_normalized`] for a document whose [`content_digest`] the caller
/// has computed already (the run loop does, to find duplicates), so the text
/// is not hashed a second time for the record's id.
pub fn analyze_digested(mut doc: Document, digest: u128, res: &Resources, opts: Options) -> Record {
    doc.language = match doc.language.as_deref().and_then(input::lang::declared) {
        Some(declared) => Some(declared),
        None => input::lang::identify(&doc.text),
    };
    if doc.language.as_deref().is_some_and(|l| l != "en") {
        return Record::nothing_found(DocMeta::from_document(doc, digest, opts.with_text));
    }
    let layer = TextLayer::new_reusing(
        std::mem::take(&mut doc.text),
        &res.agencies,
        &res.turn_words,
        take_layer_buffers(),
    );
    let actors = find_actors_with(&layer, &res.kb, doc.published.as_deref(), &res.context);
    // One walk finds both stages' phrases (see `Resources::phrases`).
    let [cue_occurrences, framing_occurrences] = res.phrases.occurrences(layer.text.as_bytes());
    let claims =
        extract_claims_from_occurrences(&layer, &actors, &res.kb, &res.cues, cue_occurrences);
    let events = extract_events_dated(
        &layer,
        &actors,
        &claims,
        &res.events,
        doc.published.as_deref(),
    );
    let framing =
        measure_framing_from_occurrences(&layer, &claims, &res.framing, framing_occurrences);
    let actor_records = actors.into_records(&layer.text);
    let (text, buffers) = layer.into_parts();
    keep_layer_buffers(buffers);
    doc.text = text;
    Record {
        schema: SCHEMA.to_string(),
        doc: DocMeta::from_document(doc, digest, opts.with_text),
        actors: actor_records,
        events,
        claims,
        framing,
    }
}

thread_local! {
    /// Each worker's sentence and token vectors, refilled for every
    /// document: allocated afresh, the token vector (about five bytes of it
    /// per byte of text) was the largest per-document allocation, and its
    /// memory was often purged and faulted in again between documents.
    static LAYER_BUFFERS: std::cell::Cell<LayerBuffers> = std::cell::Cell::default();
}

/// Buffers above this are dropped after their document, so one huge
/// document does not pin its size for the rest of a run.
const LAYER_BUFFERS_KEEP: usize = 4 << 20;

fn take_layer_buffers() -> LayerBuffers {
    LAYER_BUFFERS.with(std::cell::Cell::take)
}

fn keep_layer_buffers(buffers: LayerBuffers) {
    if buffers.capacity_bytes() <= LAYER_BUFFERS_KEEP {
        LAYER_BUFFERS.with(|kept| kept.set(buffers));
    }
}

/// `Some("en")` when the text reads as English, else `None` (unknown).
///
/// Kept for callers that only need the English test; full identification
/// is `sitrep_ingest::lang::identify`.
pub fn guess_language(text: &str) -> Option<String> {
    input::lang::looks_english(text).then(|| "en".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_claims::extract_claims;
    use sitrep_framing::measure_framing;

    /// The sample corpus's texts and a few invented ones, normalized.
    fn texts() -> Vec<String> {
        let corpus = include_str!("../../../examples/corpus.jsonl");
        let mut texts: Vec<String> = corpus
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        texts.extend(
            [
                "",
                "said",
                "The minister said that the regime's brutal crackdown was, she claimed, a disaster.",
                "SAID THAT, according to officials who told reporters the so-called deal failed?",
                "Zoë said «that» — the été told reporters. Allegedly, terrorists slammed it!",
            ]
            .map(str::to_string),
        );
        assert!(texts.len() > 20, "the sample corpus is read");
        texts.iter().map(|t| normalize(t)).collect()
    }

    /// Claims and framing from the joint scan's occurrences equal what each
    /// stage finds with its own scan, on every text of the sample corpus.
    #[test]
    fn one_joint_scan_gives_each_stage_what_its_own_scan_gives() {
        let res = Resources::load(&[]).expect("built-in resources load");
        for text in texts() {
            let layer = TextLayer::new_reusing(
                text,
                &res.agencies,
                &res.turn_words,
                LayerBuffers::default(),
            );
            let actors = find_actors_with(&layer, &res.kb, None, &res.context);
            let [cue_occurrences, framing_occurrences] =
                res.phrases.occurrences(layer.text.as_bytes());
            let claims = extract_claims(&layer, &actors, &res.kb, &res.cues);
            assert_eq!(
                extract_claims_from_occurrences(
                    &layer,
                    &actors,
                    &res.kb,
                    &res.cues,
                    cue_occurrences
                ),
                claims,
                "{}",
                layer.text
            );
            assert_eq!(
                measure_framing_from_occurrences(
                    &layer,
                    &claims,
                    &res.framing,
                    framing_occurrences
                ),
                measure_framing(&layer, &claims, &res.framing),
                "{}",
                layer.text
            );
        }
    }

    /// The record's actors, taken from the document's actors once the
    /// stages are done with them, are what a copy of each actor gives: the
    /// actors with one or more mentions in the text, in order, each with
    /// its mentions as spans in text order. Also with an actor no mention
    /// names and with mentions that point past the actors or the text.
    #[test]
    fn actors_moved_into_records_equal_copied_ones() {
        use sitrep_actors::{DocActor, Mention, MentionHow};
        use sitrep_record::{ActorRecord, Span};
        // What the records were before the move: every actor copied, its
        // mentions pushed one by one, the ones with none removed.
        fn copied(actors: &sitrep_actors::DocActors, text: &str) -> Vec<ActorRecord> {
            let mut out: Vec<ActorRecord> = actors
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
            for m in &actors.mentions {
                if let Some(rec) = out.get_mut(m.actor) {
                    if m.start <= m.end && text.get(m.start..m.end).is_some() {
                        rec.mentions.push(Span::of(text, m.start, m.end));
                    }
                }
            }
            out.retain(|a| !a.mentions.is_empty());
            out
        }
        let res = Resources::load(&[]).expect("built-in resources load");
        let mut mentioned = 0;
        for text in texts() {
            let layer = TextLayer::new_reusing(
                text,
                &res.agencies,
                &res.turn_words,
                LayerBuffers::default(),
            );
            let mut actors = find_actors_with(&layer, &res.kb, None, &res.context);
            let how = MentionHow::Alias(sitrep_kb::AliasKind::Name);
            actors.actors.push(DocActor {
                id: "nobody".into(),
                name: "Nobody".into(),
                kind: sitrep_record::ActorKind::Person,
                country: None,
                sector: Some("GOV".into()),
                role: Some("envoy".into()),
            });
            let past_actors = actors.actors.len();
            let past_text = layer.text.len() + 1;
            for (start, end, actor) in [(0, 0, past_actors), (0, past_text, 0), (2, 1, 0)] {
                actors.mentions.push(Mention {
                    start,
                    end,
                    actor,
                    how,
                });
            }
            let expected = copied(&actors, &layer.text);
            mentioned += expected.len();
            assert_eq!(actors.to_records(&layer.text), expected, "{}", layer.text);
            assert_eq!(actors.into_records(&layer.text), expected, "{}", layer.text);
        }
        assert!(mentioned > 20, "the texts name actors");
    }

    /// Occurrences that do not belong to the text or the lists (a pattern
    /// index past the list, a range past the text's end or inside a
    /// character) are ignored, not a panic.
    #[test]
    fn stray_occurrences_are_ignored() {
        let res = Resources::load(&[]).expect("built-in resources load");
        let layer = TextLayer::new_reusing(
            normalize("Zoë said the plan failed."),
            &res.agencies,
            &res.turn_words,
            LayerBuffers::default(),
        );
        let actors = find_actors_with(&layer, &res.kb, None, &res.context);
        let stray = vec![(0, 3, usize::MAX), (2, 3, 0), (20, 400, 0), (5, 2, 0)];
        let _ = extract_claims_from_occurrences(&layer, &actors, &res.kb, &res.cues, stray.clone());
        let _ = measure_framing_from_occurrences(&layer, &[], &res.framing, stray);
    }
}
