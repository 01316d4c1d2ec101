//! The `sitrep/1` output contract (`shared/spec/records.md`) as Rust types.
//!
//! This crate owns the shape of everything sitrep emits per document: the
//! [`Document`] the pipeline analyses, byte-offset [`Span`]s into its
//! normalized text, and the [`Record`] serialized as one JSON line. Every other
//! crate produces pieces of a `Record`; none of them serializes on its own, so
//! the contract is enforced in exactly one place.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use date::{day_number, weekday};

pub mod data_dir;
pub mod date;
pub mod fast_map;
pub mod json;
pub mod packed;
pub mod tsv;

/// The schema string every record carries. Bump only with a contract change.
pub const SCHEMA: &str = "sitrep/1";

/// A slice of the document's normalized text, by byte offsets.
///
/// `text` always equals `&doc.text[start..end]`; construct spans with
/// [`Span::of`] so that invariant holds by construction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    /// The span `start..end` of `text`. Panics only on a programming error
    /// (offsets outside the text or off a char boundary).
    pub fn of(text: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: text[start..end].to_string(),
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `self` lies inside `outer` (inclusive bounds).
    pub fn within(&self, outer: &Span) -> bool {
        outer.start <= self.start && self.end <= outer.end
    }
}

/// One document as the pipeline sees it: normalized text plus metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Where it came from: file path, URL, or `path:line` for JSON Lines.
    pub uri: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD` when known.
    pub published: Option<String>,
    /// ISO 639-1 code, or `None` when unknown.
    pub language: Option<String>,
    /// The normalized UTF-8 text every span points into.
    pub text: String,
}

impl Document {
    /// Stable content id: the first 16 bytes of SHA-256 over the normalized
    /// text, hex-encoded. Same text, same id, whatever the uri.
    pub fn content_id(&self) -> String {
        content_id(&self.text)
    }
}

/// See [`Document::content_id`].
pub fn content_id(normalized_text: &str) -> String {
    content_id_from_digest(content_digest(normalized_text))
}

/// The content id (hex) of a digest from [`content_digest`], for callers that
/// hashed the text already.
pub fn content_id_from_digest(digest: u128) -> String {
    format!("{digest:032x}")
}

/// The content id as a number: the first 16 bytes of SHA-256 over the
/// normalized text, big-endian (its hex form is [`content_id`]).
pub fn content_digest(normalized_text: &str) -> u128 {
    let digest = Sha256::digest(normalized_text.as_bytes());
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(first)
}

/// `doc` object of a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub uri: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    /// Length of the normalized text in Unicode scalar values.
    pub chars: usize,
    /// Present only with `--with-text`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
}

impl DocMeta {
    pub fn of(doc: &Document, with_text: bool) -> DocMeta {
        DocMeta::from_document(doc.clone(), content_digest(&doc.text), with_text)
    }

    /// [`DocMeta::of`] for a document whose [`content_digest`] the caller has
    /// computed already: the text is not hashed again, and the document's
    /// strings are moved into the record rather than copied.
    pub fn from_document(doc: Document, digest: u128, with_text: bool) -> DocMeta {
        let Document {
            uri,
            title,
            outlet,
            published,
            language,
            text,
        } = doc;
        DocMeta {
            id: content_id_from_digest(digest),
            uri,
            title,
            outlet,
            published,
            language,
            chars: text.chars().count(),
            text: with_text.then_some(text),
        }
    }
}

/// The kinds of actor the contract allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Person,
    Organization,
    ArmedGroup,
    Igo,
    Media,
    Group,
    Place,
}

impl ActorKind {
    pub const ALL: [ActorKind; 8] = [
        ActorKind::Country,
        ActorKind::Person,
        ActorKind::Organization,
        ActorKind::ArmedGroup,
        ActorKind::Igo,
        ActorKind::Media,
        ActorKind::Group,
        ActorKind::Place,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Igo => "igo",
            ActorKind::Media => "media",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// An actor mentioned in the document, listed once with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sector: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    pub mentions: Vec<Span>,
}

/// The 16 PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// Parses a current PLOVER name, or a PLOVER 0.5 name mapped as the
    /// contract says (DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT,
    /// INVESTIGATE → ACCUSE). Case-insensitive.
    pub fn parse(s: &str) -> Option<EventType> {
        let upper = s.trim().to_ascii_uppercase();
        match upper.as_str() {
            "DEMAND" => Some(EventType::Request),
            "DISAPPROVE" | "INVESTIGATE" => Some(EventType::Accuse),
            "FIGHT" => Some(EventType::Assault),
            other => EventType::ALL.into_iter().find(|t| t.as_str() == other),
        }
    }
}

/// Modality of an event, per the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Attributed,
    Hypothetical,
    Future,
    Negated,
}

impl Modality {
    /// The contract's name (serde's `snake_case`).
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Attributed => "attributed",
            Modality::Hypothetical => "hypothetical",
            Modality::Future => "future",
            Modality::Negated => "negated",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mode: Option<String>,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub trigger: Span,
    pub sentence: Span,
    pub modality: Modality,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub claim: Option<String>,
    /// Where it happened: actor ids of the places named in its clause ("in
    /// Kirkuk" → Iraq). An addition to `sitrep/1`, omitted when empty.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub place: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub actor: Option<String>,
    pub text: Option<String>,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Assert,
    Deny,
}

impl Stance {
    /// The contract's name (serde's `snake_case`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViaRole {
    /// First reported it.
    First,
    /// Relayed or cited someone else's report.
    Relay,
    /// "according to".
    AccordingTo,
}

impl ViaRole {
    /// The contract's name (serde's `snake_case`).
    pub fn as_str(self) -> &'static str {
        match self {
            ViaRole::First => "first",
            ViaRole::Relay => "relay",
            ViaRole::AccordingTo => "according_to",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Via {
    pub actor: Option<String>,
    pub text: String,
    pub role: ViaRole,
}

impl Via {
    /// The reporting-chain link a speaker makes in `role`: its actor and the
    /// words naming it (empty when a speaker has none).
    pub fn from_speaker(speaker: &Speaker, role: ViaRole) -> Via {
        Via {
            actor: speaker.actor.clone(),
            text: speaker.text.clone().unwrap_or_default(),
            role,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub speaker: Speaker,
    pub cue: Span,
    pub content: Span,
    pub stance: Stance,
    pub hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub audience: Option<String>,
    pub via: Vec<Via>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedTerm {
    pub term: String,
    pub category: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub loaded: Vec<LoadedTerm>,
    pub opinion_share: f64,
    pub attributed_share: f64,
}

/// One `sitrep/1` record: everything found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: String,
    pub doc: DocMeta,
    pub actors: Vec<ActorRecord>,
    pub events: Vec<EventRecord>,
    pub claims: Vec<ClaimRecord>,
    pub framing: Framing,
}

impl Record {
    /// The record of `doc` with nothing found: its `doc` object and the
    /// contract's empty values for actors, events, claims and framing (as
    /// for a document in another language).
    pub fn empty(doc: &Document, with_text: bool) -> Record {
        Record::nothing_found(DocMeta::of(doc, with_text))
    }

    /// [`Record::empty`] for a document's `doc` object already made.
    pub fn nothing_found(doc: DocMeta) -> Record {
        Record {
            schema: SCHEMA.to_string(),
            doc,
            actors: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
            framing: Framing {
                loaded: Vec::new(),
                opinion_share: 0.0,
                attributed_share: 0.0,
            },
        }
    }

    /// Checks the invariants a consumer relies on: every span's `text`
    /// matches its offsets in `text`, ids are unique, and claim references
    /// resolve. Returns the first violation found.
    pub fn check_spans(&self, text: &str) -> Result<(), String> {
        let check = |what: &str, s: &Span| -> Result<(), String> {
            match text.get(s.start..s.end) {
                Some(t) if t == s.text => Ok(()),
                _ => Err(format!(
                    "{what} span {}..{} does not match the text",
                    s.start, s.end
                )),
            }
        };
        for a in &self.actors {
            for m in &a.mentions {
                check("actor mention", m)?;
            }
        }
        let claim_ids: std::collections::HashSet<&str> =
            self.claims.iter().map(|c| c.id.as_str()).collect();
        if claim_ids.len() != self.claims.len() {
            return Err("duplicate claim id".into());
        }
        let mut event_ids = std::collections::HashSet::new();
        for e in &self.events {
            check("event trigger", &e.trigger)?;
            check("event sentence", &e.sentence)?;
            if !event_ids.insert(e.id.as_str()) {
                return Err(format!("duplicate event id {}", e.id));
            }
            if let Some(c) = &e.claim {
                if !claim_ids.contains(c.as_str()) {
                    return Err(format!("event {} names unknown claim {c}", e.id));
                }
            }
        }
        for c in &self.claims {
            check("claim cue", &c.cue)?;
            check("claim content", &c.content)?;
            if let Some(s) = &c.speaker.span {
                check("claim speaker", s)?;
            }
        }
        for l in &self.framing.loaded {
            check("loaded term", &l.span)?;
        }
        Ok(())
    }
}

/// A record-local id: `prefix` and `n` ("e3", "c12"), as `format!("{prefix}{n}")`
/// gives it, without the formatting machinery: the event and claim stages
/// make one per event and claim, where `format!` cost more than the rest of
/// building the small record.
pub fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len());
    id.push(prefix);
    id.push_str(digits);
    id
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbered_ids_are_the_prefix_and_the_number() {
        for n in [0, 1, 9, 10, 99, 100, 1234, usize::MAX] {
            assert_eq!(super::numbered_id('e', n), format!("e{n}"));
            assert_eq!(super::numbered_id('c', n), format!("c{n}"));
        }
    }

    use super::*;

    #[test]
    fn old_plover_names_map_to_current_ones() {
        assert_eq!(EventType::parse("DEMAND"), Some(EventType::Request));
        assert_eq!(EventType::parse("disapprove"), Some(EventType::Accuse));
        assert_eq!(EventType::parse("FIGHT"), Some(EventType::Assault));
        assert_eq!(EventType::parse("INVESTIGATE"), Some(EventType::Accuse));
        assert_eq!(EventType::parse("CONSULT"), Some(EventType::Consult));
        assert_eq!(EventType::parse("NOPE"), None);
    }

    #[test]
    fn event_type_serializes_as_plover_name() {
        let json = serde_json::to_string(&EventType::Cooperate).unwrap();
        assert_eq!(json, "\"COOPERATE\"");
        assert_eq!(
            serde_json::to_string(&ActorKind::ArmedGroup).unwrap(),
            "\"armed_group\""
        );
        assert_eq!(
            serde_json::to_string(&ViaRole::AccordingTo).unwrap(),
            "\"according_to\""
        );
    }

    #[test]
    fn content_id_depends_only_on_text() {
        let a = Document {
            uri: "a".into(),
            text: "Hello".into(),
            ..Default::default()
        };
        let b = Document {
            uri: "b".into(),
            text: "Hello".into(),
            ..Default::default()
        };
        let c = Document {
            uri: "a".into(),
            text: "Hello!".into(),
            ..Default::default()
        };
        assert_eq!(a.content_id(), b.content_id());
        assert_ne!(a.content_id(), c.content_id());
        assert_eq!(a.content_id().len(), 32);
    }

    #[test]
    fn doc_meta_from_a_known_digest_is_doc_meta_of_the_document() {
        let doc = Document {
            uri: "feed.jsonl:7".into(),
            title: Some("Talks resume".into()),
            outlet: None,
            published: Some("2025-03-02".into()),
            language: Some("en".into()),
            text: "Envoys met in Doha — again.".into(),
        };
        for with_text in [false, true] {
            let digest = content_digest(&doc.text);
            assert_eq!(
                DocMeta::from_document(doc.clone(), digest, with_text),
                DocMeta::of(&doc, with_text)
            );
        }
    }

    #[test]
    fn check_spans_catches_a_bad_offset() {
        let text = "Iran said no.";
        let mut rec = Record {
            schema: SCHEMA.into(),
            doc: DocMeta::of(
                &Document {
                    text: text.into(),
                    ..Default::default()
                },
                false,
            ),
            actors: vec![ActorRecord {
                id: "IRN".into(),
                name: "Iran".into(),
                kind: ActorKind::Country,
                country: Some("IRN".into()),
                sector: None,
                role: None,
                mentions: vec![Span::of(text, 0, 4)],
            }],
            events: vec![],
            claims: vec![],
            framing: Framing {
                loaded: vec![],
                opinion_share: 0.0,
                attributed_share: 0.0,
            },
        };
        assert!(rec.check_spans(text).is_ok());
        rec.actors[0].mentions[0].end = 5;
        assert!(rec.check_spans(text).is_err());
    }
}
