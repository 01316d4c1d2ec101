//! The stored form of a record (`documents.record`): a compact binary
//! encoding, deflated. Reading it back gives exactly the record that was
//! stored.
//!
//! The encoding, before deflate, is a sequence of LEB128 varints and byte
//! strings, in the order of the record's fields:
//!
//! - every string goes through a per-record string table: a first
//!   occurrence is written out and later ones by their place in the table,
//!   so an actor id repeated in events, claims and reporting chains costs a
//!   byte or two after its first use;
//! - a span is its start as the difference from the previous span's start
//!   (zigzag), its length, and its text only when the text is *not* the
//!   slice of the document text at its offsets (contract invariant 1: it
//!   always is for records sitrep writes, so span texts cost one byte);
//! - an event's or claim's id is left out when it is the default one
//!   (`e1`, `e2`, … by its place in the record);
//! - the enums are small codes (event and actor kinds by their contract
//!   names, through the string table), floats their 8 bytes.
//!
//! A stored record starts with [`WITH_TEXT`] (0xFE): the binary form
//! deflated with the document's text as deflate's preset dictionary, so a
//! string of the record that is in the text (a name, a speaker's words, a
//! loaded term) costs a back-reference (15% smaller than without, on the
//! benchmark corpus). Records of earlier builds start with [`BINARY`]
//! (0xFF, the same form deflated alone) or are deflated JSON (with span
//! texts emptied); both are still read. Neither marker can start a raw
//! deflate stream (the first block's type would be 3, which is invalid).

use flate2::read::{DeflateDecoder, ZlibDecoder};
use flate2::write::{DeflateEncoder, ZlibEncoder};
use flate2::{Compress, Compression, Decompress};
use sitrep_record::{
    ActorKind, ActorRecord, ClaimRecord, DocMeta, EventRecord, EventType, Framing, LoadedTerm,
    Modality, Record, Span, Speaker, Stance, Via, ViaRole,
};
use std::collections::HashMap;
use std::io::{Read, Write};

/// Deflate level of texts and records. With flate2's zlib-rs backend, level
/// 2 is as fast as miniz_oxide's level 1; higher levels cost up to twice
/// the time for 1-3% less on text, and 0.7% less on the binary record
/// (level 6; see docs/log/benchmarks-sessions-1-51.md, 2026-12-01).
const TEXT_LEVEL: u32 = 2;
const RECORD_LEVEL: u32 = 2;

/// First byte of a record in the binary form deflated alone (format 1,
/// read only).
const BINARY: u8 = 0xFF;

/// First byte of a record in the binary form deflated with the document
/// text as preset dictionary (format 2, written).
const WITH_TEXT: u8 = 0xFE;

/// The record as stored, without `doc.text` (the document's normalized
/// text, given as `text`, is stored in its own column).
pub(crate) fn compact(record: &Record, text: &str) -> Vec<u8> {
    let mut enc = Encoder {
        out: Vec::with_capacity(4096),
        table: HashMap::new(),
        text,
        cursor: 0,
    };
    enc.record(record);
    // The marker, then the deflate stream, primed with the text.
    let mut stored = Vec::with_capacity(enc.out.len() / 2 + 1);
    stored.push(WITH_TEXT);
    let mut deflate = Compress::new(Compression::new(RECORD_LEVEL), false);
    deflate
        .set_dictionary(text.as_bytes())
        .expect("a fresh raw deflate stream takes a dictionary");
    let mut z = ZlibEncoder::new_with_compress(stored, deflate);
    z.write_all(&enc.out).expect("writing to memory");
    z.finish().expect("writing to memory")
}

/// The record back from its stored form, span texts filled from `text`.
pub(crate) fn expand(stored: &[u8], text: &str) -> Result<Record, String> {
    decode(stored, Some(text))
}

fn decode(stored: &[u8], text: Option<&str>) -> Result<Record, String> {
    let raw = match stored.split_first() {
        Some((&WITH_TEXT, rest)) => {
            let text = text.ok_or("a record deflated with its text needs the text")?;
            let mut inflate = Decompress::new(false);
            inflate
                .set_dictionary(text.as_bytes())
                .map_err(|e| e.to_string())?;
            let mut raw = Vec::with_capacity(rest.len() * 4);
            ZlibDecoder::new_with_decompress(rest, inflate)
                .read_to_end(&mut raw)
                .map_err(|e| e.to_string())?;
            raw
        }
        Some((&BINARY, rest)) => inflate(rest)?,
        _ => return legacy_expand(stored, text),
    };
    let mut dec = Decoder {
        input: &raw,
        table: Vec::new(),
        text,
        cursor: 0,
    };
    let record = dec.record()?;
    if !dec.input.is_empty() {
        return Err(format!("{} bytes after the record", dec.input.len()));
    }
    Ok(record)
}

fn inflate(stored: &[u8]) -> Result<Vec<u8>, String> {
    let mut raw = Vec::with_capacity(stored.len() * 4);
    DeflateDecoder::new(stored)
        .read_to_end(&mut raw)
        .map_err(|e| e.to_string())?;
    Ok(raw)
}

/// A record stored by an earlier build: deflated JSON without `doc.text`,
/// each span's text emptied when it was the slice at its offsets.
fn legacy_expand(stored: &[u8], text: Option<&str>) -> Result<Record, String> {
    let json = inflate(stored)?;
    let mut record: Record = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    let Some(text) = text else {
        return Ok(record);
    };
    let mut bad = None;
    each_span(&mut record, &mut |s| {
        if s.start < s.end && s.text.is_empty() {
            match text.get(s.start..s.end) {
                Some(slice) => s.text = slice.to_string(),
                None => bad = Some(format!("span {}..{} outside the text", s.start, s.end)),
            }
        }
    });
    match bad {
        Some(reason) => Err(reason),
        None => Ok(record),
    }
}

/// A document's text as stored (`documents.text_z`): raw deflate.
pub(crate) fn deflate_text(text: &str) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(
        Vec::with_capacity(text.len() / 2),
        Compression::new(TEXT_LEVEL),
    );
    enc.write_all(text.as_bytes()).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// The text back from `documents.text_z`.
pub(crate) fn inflate_text(stored: &[u8]) -> Result<String, String> {
    let mut text = String::with_capacity(stored.len() * 3);
    DeflateDecoder::new(stored)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    Ok(text)
}

/// Every span of a record.
fn each_span(r: &mut Record, f: &mut dyn FnMut(&mut Span)) {
    for a in &mut r.actors {
        a.mentions.iter_mut().for_each(&mut *f);
    }
    for e in &mut r.events {
        f(&mut e.trigger);
        f(&mut e.sentence);
    }
    for c in &mut r.claims {
        if let Some(s) = &mut c.speaker.span {
            f(s);
        }
        f(&mut c.cue);
        f(&mut c.content);
    }
    for t in &mut r.framing.loaded {
        f(&mut t.span);
    }
}

struct Encoder<'a> {
    out: Vec<u8>,
    /// Strings written so far → their place in the table.
    table: HashMap<&'a str, u64>,
    text: &'a str,
    /// Start of the previous span.
    cursor: usize,
}

// Every struct is taken apart field by field, without `..`: a field added to
// the record types fails to compile here instead of being silently dropped.
impl<'a> Encoder<'a> {
    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn usize(&mut self, v: usize) {
        self.uint(v as u64);
    }

    fn flag(&mut self, b: bool) {
        self.out.push(u8::from(b));
    }

    /// `None` is 0, a new string 1 and its bytes, a known one 2 + its place.
    fn ostr(&mut self, s: Option<&'a str>) {
        let Some(s) = s else {
            self.uint(0);
            return;
        };
        if let Some(&i) = self.table.get(s) {
            self.uint(i + 2);
        } else {
            self.uint(1);
            self.usize(s.len());
            self.out.extend_from_slice(s.as_bytes());
            let n = self.table.len() as u64;
            self.table.insert(s, n);
        }
    }

    fn str(&mut self, s: &'a str) {
        self.ostr(Some(s));
    }

    /// An event's or claim's id: nothing when it is the default one
    /// (`e<n>`, `c<n>` for the n-th of the record, from 1).
    fn id(&mut self, id: &'a str, prefix: char, n: usize) {
        if id == crate::codes::default_id(prefix, n) {
            self.ostr(None);
        } else {
            self.str(id);
        }
    }

    fn strs(&mut self, v: &'a [String]) {
        self.usize(v.len());
        for s in v {
            self.str(s);
        }
    }

    fn span(&mut self, s: &'a Span) {
        let Span { start, end, text } = s;
        self.int(*start as i64 - self.cursor as i64);
        self.int(*end as i64 - *start as i64);
        self.cursor = *start;
        if self.text.get(*start..*end) == Some(text.as_str()) {
            self.ostr(None);
        } else {
            self.str(text);
        }
    }

    fn record(&mut self, r: &'a Record) {
        let Record {
            schema,
            doc,
            actors,
            events,
            claims,
            framing,
        } = r;
        self.str(schema);
        let DocMeta {
            id,
            uri,
            title,
            outlet,
            published,
            language,
            chars,
            text: _,
        } = doc;
        self.str(id);
        self.str(uri);
        self.ostr(title.as_deref());
        self.ostr(outlet.as_deref());
        self.ostr(published.as_deref());
        self.ostr(language.as_deref());
        self.usize(*chars);

        self.usize(actors.len());
        for a in actors {
            let ActorRecord {
                id,
                name,
                kind,
                country,
                sector,
                role,
                mentions,
            } = a;
            self.str(id);
            self.str(name);
            self.str(kind.as_str());
            self.ostr(country.as_deref());
            self.ostr(sector.as_deref());
            self.ostr(role.as_deref());
            self.usize(mentions.len());
            for m in mentions {
                self.span(m);
            }
        }

        self.usize(events.len());
        for (n, e) in events.iter().enumerate() {
            let EventRecord {
                id,
                event_type,
                mode,
                source,
                target,
                trigger,
                sentence,
                modality,
                claim,
                place,
            } = e;
            self.id(id, 'e', n);
            self.str(event_type.as_str());
            self.ostr(mode.as_deref());
            self.strs(source);
            self.strs(target);
            self.span(trigger);
            self.span(sentence);
            self.uint(match modality {
                Modality::Asserted => 0,
                Modality::Attributed => 1,
                Modality::Hypothetical => 2,
                Modality::Future => 3,
                Modality::Negated => 4,
            });
            self.ostr(claim.as_deref());
            self.strs(place);
        }

        self.usize(claims.len());
        for (n, c) in claims.iter().enumerate() {
            let ClaimRecord {
                id,
                speaker,
                cue,
                content,
                stance,
                hedged,
                audience,
                via,
            } = c;
            self.id(id, 'c', n);
            let Speaker {
                actor,
                text: words,
                span,
            } = speaker;
            self.ostr(actor.as_deref());
            self.ostr(words.as_deref());
            match span {
                None => self.flag(false),
                Some(s) => {
                    self.flag(true);
                    self.span(s);
                }
            }
            self.span(cue);
            self.span(content);
            self.flag(*stance == Stance::Deny);
            self.flag(*hedged);
            self.ostr(audience.as_deref());
            self.usize(via.len());
            for v in via {
                let Via { actor, text, role } = v;
                self.ostr(actor.as_deref());
                self.str(text);
                self.uint(match role {
                    ViaRole::First => 0,
                    ViaRole::Relay => 1,
                    ViaRole::AccordingTo => 2,
                });
            }
        }

        let Framing {
            loaded,
            opinion_share,
            attributed_share,
        } = framing;
        self.usize(loaded.len());
        for t in loaded {
            let LoadedTerm {
                term,
                category,
                span,
            } = t;
            self.str(term);
            self.str(category);
            self.span(span);
        }
        self.out.extend_from_slice(&opinion_share.to_le_bytes());
        self.out.extend_from_slice(&attributed_share.to_le_bytes());
    }
}

struct Decoder<'a> {
    input: &'a [u8],
    table: Vec<String>,
    /// The document text, to fill span texts from; `None`: leave them empty.
    text: Option<&'a str>,
    cursor: usize,
}

impl Decoder<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let (&b, rest) = self.input.split_first().ok_or("the record ends early")?;
        self.input = rest;
        Ok(b)
    }

    fn uint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("a number is too long".into())
    }

    fn int(&mut self) -> Result<i64, String> {
        let v = self.uint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn usize(&mut self) -> Result<usize, String> {
        usize::try_from(self.uint()?).map_err(|_| "a number is too large".to_string())
    }

    /// A list's length, checked against what is left (each item takes at
    /// least one byte), so a damaged length cannot ask for a huge vector.
    fn len(&mut self) -> Result<usize, String> {
        let n = self.usize()?;
        if n > self.input.len() {
            return Err(format!("a list of {n} items in {} bytes", self.input.len()));
        }
        Ok(n)
    }

    fn flag(&mut self) -> Result<bool, String> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(format!("{b} is not a flag")),
        }
    }

    fn ostr(&mut self) -> Result<Option<String>, String> {
        match self.uint()? {
            0 => Ok(None),
            1 => {
                let n = self.usize()?;
                if n > self.input.len() {
                    return Err("a string runs past the end".into());
                }
                let (bytes, rest) = self.input.split_at(n);
                self.input = rest;
                let s = std::str::from_utf8(bytes)
                    .map_err(|e| format!("a string is not UTF-8: {e}"))?
                    .to_string();
                self.table.push(s.clone());
                Ok(Some(s))
            }
            i => self
                .table
                .get((i - 2) as usize)
                .cloned()
                .map(Some)
                .ok_or_else(|| format!("string {} not yet seen", i - 2)),
        }
    }

    fn str(&mut self) -> Result<String, String> {
        self.ostr()?
            .ok_or_else(|| "a required string is missing".to_string())
    }

    fn id(&mut self, prefix: char, n: usize) -> Result<String, String> {
        Ok(self
            .ostr()?
            .unwrap_or_else(|| crate::codes::default_id(prefix, n)))
    }

    fn strs(&mut self) -> Result<Vec<String>, String> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn span(&mut self) -> Result<Span, String> {
        let start = usize::try_from(self.cursor as i64 + self.int()?)
            .map_err(|_| "a span starts before the text".to_string())?;
        let end = usize::try_from(start as i64 + self.int()?)
            .map_err(|_| "a span ends before the text".to_string())?;
        self.cursor = start;
        let text = match self.ostr()? {
            Some(t) => t,
            None => match self.text {
                None => String::new(),
                Some(text) => text
                    .get(start..end)
                    .ok_or_else(|| format!("span {start}..{end} outside the text"))?
                    .to_string(),
            },
        };
        Ok(Span { start, end, text })
    }

    fn record(&mut self) -> Result<Record, String> {
        let schema = self.str()?;
        let doc = DocMeta {
            id: self.str()?,
            uri: self.str()?,
            title: self.ostr()?,
            outlet: self.ostr()?,
            published: self.ostr()?,
            language: self.ostr()?,
            chars: self.usize()?,
            text: None,
        };

        let n = self.len()?;
        let mut actors = Vec::with_capacity(n);
        for _ in 0..n {
            let id = self.str()?;
            let name = self.str()?;
            let kind = self.str()?;
            let kind = ActorKind::parse(&kind).ok_or(format!("unknown actor kind '{kind}'"))?;
            let country = self.ostr()?;
            let sector = self.ostr()?;
            let role = self.ostr()?;
            let m = self.len()?;
            let mentions = (0..m).map(|_| self.span()).collect::<Result<_, _>>()?;
            actors.push(ActorRecord {
                id,
                name,
                kind,
                country,
                sector,
                role,
                mentions,
            });
        }

        let n = self.len()?;
        let mut events = Vec::with_capacity(n);
        for i in 0..n {
            let id = self.id('e', i)?;
            let t = self.str()?;
            let event_type = EventType::parse(&t).ok_or(format!("unknown event type '{t}'"))?;
            events.push(EventRecord {
                id,
                event_type,
                mode: self.ostr()?,
                source: self.strs()?,
                target: self.strs()?,
                trigger: self.span()?,
                sentence: self.span()?,
                modality: match self.uint()? {
                    0 => Modality::Asserted,
                    1 => Modality::Attributed,
                    2 => Modality::Hypothetical,
                    3 => Modality::Future,
                    4 => Modality::Negated,
                    m => return Err(format!("unknown modality code {m}")),
                },
                claim: self.ostr()?,
                place: self.strs()?,
            });
        }

        let n = self.len()?;
        let mut claims = Vec::with_capacity(n);
        for i in 0..n {
            let id = self.id('c', i)?;
            let speaker = Speaker {
                actor: self.ostr()?,
                text: self.ostr()?,
                span: if self.flag()? {
                    Some(self.span()?)
                } else {
                    None
                },
            };
            let cue = self.span()?;
            let content = self.span()?;
            let stance = if self.flag()? {
                Stance::Deny
            } else {
                Stance::Assert
            };
            let hedged = self.flag()?;
            let audience = self.ostr()?;
            let v = self.len()?;
            let mut via = Vec::with_capacity(v);
            for _ in 0..v {
                via.push(Via {
                    actor: self.ostr()?,
                    text: self.str()?,
                    role: match self.uint()? {
                        0 => ViaRole::First,
                        1 => ViaRole::Relay,
                        2 => ViaRole::AccordingTo,
                        r => return Err(format!("unknown reporting role code {r}")),
                    },
                });
            }
            claims.push(ClaimRecord {
                id,
                speaker,
                cue,
                content,
                stance,
                hedged,
                audience,
                via,
            });
        }

        let n = self.len()?;
        let mut loaded = Vec::with_capacity(n);
        for _ in 0..n {
            loaded.push(LoadedTerm {
                term: self.str()?,
                category: self.str()?,
                span: self.span()?,
            });
        }
        let opinion_share = self.f64()?;
        let attributed_share = self.f64()?;
        Ok(Record {
            schema,
            doc,
            actors,
            events,
            claims,
            framing: Framing {
                loaded,
                opinion_share,
                attributed_share,
            },
        })
    }

    fn f64(&mut self) -> Result<f64, String> {
        if self.input.len() < 8 {
            return Err("the record ends early".into());
        }
        let (bytes, rest) = self.input.split_at(8);
        self.input = rest;
        Ok(f64::from_le_bytes(bytes.try_into().expect("8 bytes")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: text[start..end].to_string(),
        }
    }

    /// A record over a non-ASCII text, every optional field set somewhere.
    fn sample() -> (Record, String) {
        let text =
            "Téhéran — Zarif a déclaré: «Nous refusons.» Washington répond. ✓ fin".to_string();
        let t = text.as_str();
        let z = t.find("Zarif").unwrap();
        let w = t.find("Washington").unwrap();
        let d = t.find("déclaré").unwrap();
        let q = t.find("Nous").unwrap();
        let record = Record {
            schema: sitrep_record::SCHEMA.to_string(),
            doc: DocMeta {
                id: "00ff".into(),
                uri: "https://example.org/é".into(),
                title: Some("Zarif «refuse»".into()),
                outlet: Some("Example".into()),
                published: Some("2025-04-12".into()),
                language: None,
                chars: t.chars().count(),
                text: None,
            },
            actors: vec![
                ActorRecord {
                    id: "javad-zarif".into(),
                    name: "Javad Zarif".into(),
                    kind: ActorKind::Person,
                    country: Some("IRN".into()),
                    sector: Some("government".into()),
                    role: Some("foreign minister".into()),
                    mentions: vec![span(t, z, z + 5)],
                },
                ActorRecord {
                    id: "USA".into(),
                    name: "United States".into(),
                    kind: ActorKind::Country,
                    country: None,
                    sector: None,
                    role: None,
                    mentions: vec![span(t, w, w + 10), span(t, w, w + 10)],
                },
            ],
            events: vec![EventRecord {
                id: "e1".into(),
                event_type: EventType::Reject,
                mode: Some("verbal".into()),
                source: vec!["javad-zarif".into()],
                target: vec!["USA".into(), "javad-zarif".into()],
                trigger: span(t, q + 5, q + 13),
                sentence: span(t, 0, t.len()),
                modality: Modality::Negated,
                claim: Some("c1".into()),
                place: vec!["Téhéran".into()],
            }],
            claims: vec![ClaimRecord {
                id: "c1".into(),
                speaker: Speaker {
                    actor: Some("javad-zarif".into()),
                    text: Some("Zarif".into()),
                    span: Some(span(t, z, z + 5)),
                },
                cue: span(t, d, d + "déclaré".len()),
                content: span(t, q, q + 18),
                stance: Stance::Deny,
                hedged: true,
                audience: Some("reporters".into()),
                via: vec![
                    Via {
                        actor: None,
                        text: "a source".into(),
                        role: ViaRole::AccordingTo,
                    },
                    Via {
                        actor: Some("USA".into()),
                        text: String::new(),
                        role: ViaRole::Relay,
                    },
                ],
            }],
            framing: Framing {
                loaded: vec![LoadedTerm {
                    term: "refusons".into(),
                    category: "conflict".into(),
                    span: span(t, q + 5, q + 13),
                }],
                opinion_share: 0.1 + 0.2,
                attributed_share: 1.0 / 3.0,
            },
        };
        (record, text)
    }

    #[test]
    fn round_trip_is_exact_on_non_ascii_text() {
        let (record, text) = sample();
        let stored = compact(&record, &text);
        assert_eq!(stored[0], WITH_TEXT);
        assert_eq!(expand(&stored, &text).unwrap(), record);
        // A span's text equal to its slice is not stored: one that differs
        // (the sentence, 80 bytes of text) is.
        let mut other = record.clone();
        other.events[0].sentence.text.push('.');
        let with_text = compact(&other, &text);
        let (short, long) = (format_1(&record, &text), format_1(&other, &text));
        assert!(
            long.len() >= short.len() + 40,
            "{} vs {} bytes",
            long.len(),
            short.len()
        );
        assert_eq!(expand(&with_text, &text).unwrap(), other);
    }

    #[test]
    fn span_texts_that_differ_from_the_text_are_kept() {
        let (mut record, text) = sample();
        // Ids other than the default ones are kept too.
        record.events[0].id = "e2".into();
        record.claims[0].id = "claim-1".into();
        record.actors[0].mentions[0].text = "Mohammad Javad Zarif".into();
        record.events[0].trigger.text = String::new();
        record.claims[0].cue = Span {
            start: 3,
            end: 2,
            text: "backwards".into(),
        };
        // Offsets past the text, and inside a multi-byte character.
        record.framing.loaded[0].span = Span {
            start: text.len() + 7,
            end: text.len() + 9,
            text: "ok".into(),
        };
        record.actors[1].mentions[0] = Span {
            start: 2,
            end: 3,
            text: "é".into(),
        };
        let stored = compact(&record, &text);
        assert_eq!(expand(&stored, &text).unwrap(), record);
    }

    #[test]
    fn empty_record_and_empty_text() {
        let (mut record, _) = sample();
        record.doc.title = None;
        record.doc.outlet = None;
        record.doc.published = None;
        record.doc.chars = 0;
        record.actors.clear();
        record.events.clear();
        record.claims.clear();
        record.framing.loaded.clear();
        record.framing.opinion_share = 0.0;
        record.framing.attributed_share = 0.0;
        let stored = compact(&record, "");
        assert_eq!(expand(&stored, "").unwrap(), record);
    }

    /// A record as format 1 stored it: the binary form deflated alone.
    fn format_1(record: &Record, text: &str) -> Vec<u8> {
        let mut enc = Encoder {
            out: Vec::new(),
            table: HashMap::new(),
            text,
            cursor: 0,
        };
        enc.record(record);
        let mut z = DeflateEncoder::new(vec![BINARY], Compression::new(2));
        z.write_all(&enc.out).unwrap();
        z.finish().unwrap()
    }

    #[test]
    fn records_of_format_1_are_still_read() {
        let (record, text) = sample();
        let old = format_1(&record, &text);
        assert_eq!(expand(&old, &text).unwrap(), record);
        // The text as dictionary makes the record smaller.
        let new = compact(&record, &text);
        assert!(
            new.len() < old.len(),
            "{} vs {} bytes",
            new.len(),
            old.len()
        );
    }

    #[test]
    fn records_stored_as_deflated_json_are_still_read() {
        let (record, text) = sample();
        let mut old = record.clone();
        each_span(&mut old, &mut |s| s.text.clear());
        let mut z = DeflateEncoder::new(Vec::new(), Compression::new(2));
        z.write_all(&serde_json::to_vec(&old).unwrap()).unwrap();
        let stored = z.finish().unwrap();
        assert_ne!(stored[0], BINARY);
        assert_eq!(expand(&stored, &text).unwrap(), record);
    }

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let (record, text) = sample();
        let stored = compact(&record, &text);
        // Cut anywhere, or a text too short for the spans.
        for cut in 0..stored.len() {
            assert!(expand(&stored[..cut], &text).is_err(), "cut at {cut}");
        }
        // Another text than the one the record was deflated with.
        assert!(expand(&stored, "short").is_err());
        let err = expand(&format_1(&record, &text), "short").unwrap_err();
        assert!(err.contains("outside the text"), "{err}");
        // Bytes after the marker that inflate to garbage.
        let mut raw = vec![0xFFu8; 64];
        raw[1..]
            .iter_mut()
            .enumerate()
            .for_each(|(i, b)| *b = i as u8);
        let mut z = DeflateEncoder::new(vec![BINARY], Compression::new(2));
        z.write_all(&raw).unwrap();
        assert!(expand(&z.finish().unwrap(), &text).is_err());
        // A huge list length in a few bytes.
        let mut z = DeflateEncoder::new(vec![BINARY], Compression::new(2));
        z.write_all(&[
            1, 1, b'x', 1, 1, b'a', 1, 1, b'b', 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F,
        ])
        .unwrap();
        let err = expand(&z.finish().unwrap(), &text).unwrap_err();
        assert!(err.contains("items"), "{err}");
    }
}
