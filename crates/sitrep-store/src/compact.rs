//! The stored form of a record: its JSON without `doc.text` and with the
//! `text` of every span emptied when it is exactly the slice of the
//! document text at the span's offsets (contract invariant 1), then
//! deflated. Reading fills each emptied span back from the text, so the
//! round trip is exact. A span whose text is not its slice keeps its text.

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use sitrep_record::{Record, Span};
use std::io::{Read, Write};

/// Deflate level of records and texts. With flate2's zlib-rs backend, level
/// 2 is as fast as miniz_oxide's level 1 and 20% smaller on record JSON;
/// higher levels cost up to twice the time for 1-3% less.
const DEFLATE_LEVEL: u32 = 2;

/// The record as stored.
pub(crate) fn compact(record: &Record, text: &str) -> Vec<u8> {
    let mut r = record.clone();
    r.doc.text = None;
    each_span(&mut r, &mut |s| {
        if s.start < s.end && text.get(s.start..s.end) == Some(s.text.as_str()) {
            s.text.clear();
        }
    });
    let json = serde_json::to_vec(&r).expect("records always serialize");
    let mut enc = DeflateEncoder::new(
        Vec::with_capacity(json.len() / 4),
        Compression::new(DEFLATE_LEVEL),
    );
    enc.write_all(&json).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// The stored record's JSON (spans of the text still empty).
pub(crate) fn inflate(stored: &[u8]) -> Result<Vec<u8>, String> {
    let mut json = Vec::with_capacity(stored.len() * 4);
    DeflateDecoder::new(stored)
        .read_to_end(&mut json)
        .map_err(|e| e.to_string())?;
    Ok(json)
}

/// The record back from its stored form.
pub(crate) fn expand(stored: &[u8], text: &str) -> Result<Record, String> {
    let json = inflate(stored)?;
    let mut record: Record = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
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
        Compression::new(DEFLATE_LEVEL),
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
