//! One document's edges in a few hundred bytes: the rows of `graph_docs`,
//! which the date-filtered graph queries read instead of decoding every
//! record in the range.
//!
//! A row is `(published, doc, edges)`: only dated documents with at least
//! one edge have one, keyed by the `published` text itself, so a date range
//! is one range scan with exactly the comparisons the `documents_published`
//! walk made (partial dates such as `2025-04` and any other text sort as
//! text), in the order the records were read before: `published`, then
//! `doc`.
//!
//! The blob (`encode`) is the byte 2 followed by the raw deflate of the
//! edge list below without its first byte (since schema 8; the actor ids
//! are most of a list), or the list itself (its first byte 1) when deflate
//! does not make it smaller. The list (all numbers LEB128 varints):
//!
//! ```text
//! 1                                  format version
//! n, n × (len, UTF-8 bytes)          the actor ids the edges name, ascending
//! k, k × actor index                 co-mentioned actors, ascending: every pair
//!                                    of them is a co_mention edge of weight 1
//! m, m × (kind, [len, type name],    the other edges: kind 0 claim_about,
//!         source index, target       1 co_mention, 2 an event whose type name
//!         index, weight)             follows, 3 + t an event of type code t
//! ```
//!
//! A record's co-mentions are all pairs of its (at most 50) most-mentioned
//! actors (`sitrep_graph::record_evidence`), so the set form holds them in
//! one byte per actor instead of three per pair; co-mentions that are not
//! such a complete set (not made by this version) are written as pairs.

use crate::codes;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use sitrep_graph::{EdgeKind, Evidence};
use sitrep_record::fast_map::FastMap;
use std::collections::BTreeSet;
use std::io::{Read, Write};

/// The edge list's own format (the first byte of an undeflated row).
const FORMAT: u8 = 1;

/// The first byte of a row holding the edge list deflated (written since
/// schema 8).
const DEFLATED: u8 = 2;

/// Deflate level of the rows: they are small (a few hundred bytes) and
/// written once per document, so the level's CPU cost is negligible.
const LEVEL: u32 = 6;

/// Kind codes of the edge list.
const CLAIM_ABOUT: u64 = 0;
const CO_MENTION: u64 = 1;
const EVENT_NAMED: u64 = 2;
const EVENT_CODED: u64 = 3;

fn put(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// The distinct names, ascending. A document's edges name each of its few
/// dozen actors up to a hundred times: they are told apart by hash before
/// the few distinct ones are sorted.
fn sorted_distinct<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: FastMap<&str, ()> = FastMap::default();
    let mut distinct: Vec<&str> = names.filter(|n| seen.insert(n, ()).is_none()).collect();
    distinct.sort_unstable();
    distinct
}

/// The blob of one document's evidence (`None` when it shows no edge):
/// its edge list deflated, or the list itself when deflate does not make
/// it smaller (a few edges).
pub(crate) fn encode(evidence: &[Evidence]) -> Option<Vec<u8>> {
    let list = edge_list(evidence)?;
    let mut out = Vec::with_capacity(list.len() / 2 + 8);
    out.push(DEFLATED);
    let mut z = DeflateEncoder::new(out, Compression::new(LEVEL));
    z.write_all(&list[1..]).expect("writing to memory");
    let deflated = z.finish().expect("writing to memory");
    Some(if deflated.len() < list.len() {
        deflated
    } else {
        list
    })
}

/// The edge list of one document's evidence (format 1).
fn edge_list(evidence: &[Evidence]) -> Option<Vec<u8>> {
    if evidence.is_empty() {
        return None;
    }
    let names = sorted_distinct(
        evidence
            .iter()
            .flat_map(|e| [e.source.as_str(), e.target.as_str()]),
    );
    let index = |s: &str| names.binary_search(&s).unwrap_or(0) as u64;
    let co: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.kind == EdgeKind::CoMention)
        .collect();
    let co_set = sorted_distinct(
        co.iter()
            .flat_map(|e| [e.source.as_str(), e.target.as_str()]),
    );
    let n = co_set.len();
    // Distinct pairs, smaller id first, all of weight 1: as many as the
    // set has pairs means every pair is there. (`record_evidence` lists
    // them in order, so distinct is seen without building a set.)
    fn pair(e: &Evidence) -> (&str, &str) {
        (&e.source, &e.target)
    }
    let distinct = if co.windows(2).all(|w| pair(w[0]) < pair(w[1])) {
        co.len()
    } else {
        co.iter().map(|e| pair(e)).collect::<BTreeSet<_>>().len()
    };
    let as_set = distinct == co.len()
        && co.len() == n * n.saturating_sub(1) / 2
        && co.iter().all(|e| e.weight == 1 && e.source < e.target);
    let mut out = Vec::with_capacity(16 + names.len() * 8 + evidence.len() * 4);
    out.push(FORMAT);
    put(&mut out, names.len() as u64);
    for s in &names {
        put_str(&mut out, s);
    }
    let listed: Vec<&Evidence> = if as_set {
        put(&mut out, n as u64);
        for s in &co_set {
            put(&mut out, index(s));
        }
        evidence
            .iter()
            .filter(|e| e.kind != EdgeKind::CoMention)
            .collect()
    } else {
        put(&mut out, 0);
        evidence.iter().collect()
    };
    put(&mut out, listed.len() as u64);
    for e in listed {
        match (e.kind, e.event_type.as_deref()) {
            (EdgeKind::ClaimAbout, _) => put(&mut out, CLAIM_ABOUT),
            (EdgeKind::CoMention, _) => put(&mut out, CO_MENTION),
            (EdgeKind::Event, ty) => {
                let ty = ty.unwrap_or("");
                match codes::type_code_of(ty) {
                    Some(code) => put(&mut out, EVENT_CODED + code as u64),
                    None => {
                        put(&mut out, EVENT_NAMED);
                        put_str(&mut out, ty);
                    }
                }
            }
        }
        put(&mut out, index(&e.source));
        put(&mut out, index(&e.target));
        put(&mut out, e.weight);
    }
    Some(out)
}

/// What an edge of the blob is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind<'a> {
    ClaimAbout,
    CoMention,
    Event(&'a str),
}

/// A decoded blob, borrowing its strings.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct DocEdges<'a> {
    /// Actor ids; the edges refer to them by index.
    pub(crate) actors: Vec<&'a str>,
    /// Indexes of the co-mentioned actors (every pair is an edge).
    pub(crate) co: Vec<u32>,
    /// (kind, source, target, weight).
    pub(crate) edges: Vec<(Kind<'a>, u32, u32, u64)>,
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn num(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.b.get(self.at).ok_or("the edge list ends early")?;
            self.at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("a number in the edge list is too long".into())
    }

    fn index(&mut self, n: usize) -> Result<u32, String> {
        let i = self.num()?;
        if i >= n as u64 {
            return Err(format!("actor index {i} out of range ({n} actors)"));
        }
        Ok(i as u32)
    }

    fn str(&mut self) -> Result<&'a str, String> {
        let len = self.num()?;
        let end = usize::try_from(len)
            .ok()
            .and_then(|l| self.at.checked_add(l))
            .filter(|&e| e <= self.b.len())
            .ok_or("a name in the edge list ends early")?;
        let s = std::str::from_utf8(&self.b[self.at..end])
            .map_err(|_| "a name in the edge list is not UTF-8")?;
        self.at = end;
        Ok(s)
    }

    /// A count of items of at least `min` bytes each, checked against the
    /// bytes left (so a damaged count cannot reserve a huge vector).
    fn count(&mut self, min: usize) -> Result<usize, String> {
        let n = self.num()?;
        let left = (self.b.len() - self.at) as u64;
        if n.saturating_mul(min as u64) > left {
            return Err(format!("a count of {n} exceeds the edge list"));
        }
        Ok(n as usize)
    }
}

/// The edge list of a row: the row itself (format 1), or inflated into
/// `buf`.
pub(crate) fn plain<'a>(blob: &'a [u8], buf: &'a mut Vec<u8>) -> Result<&'a [u8], String> {
    match blob.split_first() {
        Some((&DEFLATED, rest)) => {
            buf.clear();
            buf.push(FORMAT);
            DeflateDecoder::new(rest)
                .read_to_end(buf)
                .map_err(|e| format!("the edge list does not inflate: {e}"))?;
            Ok(buf)
        }
        _ => Ok(blob),
    }
}

/// Reads a row written by [`encode`] (or an edge list of format 1), with
/// `buf` for the inflated list; a damaged one is an error saying what is
/// wrong.
pub(crate) fn decode<'a>(blob: &'a [u8], buf: &'a mut Vec<u8>) -> Result<DocEdges<'a>, String> {
    parse(plain(blob, buf)?)
}

/// Reads an edge list of format 1.
fn parse(blob: &[u8]) -> Result<DocEdges<'_>, String> {
    let mut r = Reader { b: blob, at: 0 };
    match r.num()? {
        v if v == u64::from(FORMAT) => {}
        v => return Err(format!("unknown edge list format {v}")),
    }
    let n = r.count(1)?;
    let mut actors = Vec::with_capacity(n);
    for _ in 0..n {
        actors.push(r.str()?);
    }
    let k = r.count(1)?;
    let mut co = Vec::with_capacity(k);
    for _ in 0..k {
        co.push(r.index(n)?);
    }
    let m = r.count(4)?;
    let mut edges = Vec::with_capacity(m);
    for _ in 0..m {
        let kind = match r.num()? {
            CLAIM_ABOUT => Kind::ClaimAbout,
            CO_MENTION => Kind::CoMention,
            EVENT_NAMED => Kind::Event(r.str()?),
            code => {
                let name = codes::type_name(code.saturating_sub(EVENT_CODED) as i64);
                if name.is_empty() {
                    return Err(format!("unknown edge kind code {code}"));
                }
                Kind::Event(name)
            }
        };
        let (s, t) = (r.index(n)?, r.index(n)?);
        edges.push((kind, s, t, r.num()?));
    }
    if r.at != blob.len() {
        return Err(format!("{} bytes after the edge list", blob.len() - r.at));
    }
    Ok(DocEdges { actors, co, edges })
}

impl DocEdges<'_> {
    /// The evidence again, in `record_evidence`'s order.
    #[cfg(test)]
    pub(crate) fn evidence(&self) -> Vec<Evidence> {
        let mut out = Vec::new();
        for (i, &a) in self.co.iter().enumerate() {
            for &b in &self.co[i + 1..] {
                out.push(Evidence {
                    kind: EdgeKind::CoMention,
                    event_type: None,
                    source: self.actors[a as usize].to_string(),
                    target: self.actors[b as usize].to_string(),
                    weight: 1,
                });
            }
        }
        for &(kind, s, t, w) in &self.edges {
            let (kind, event_type) = match kind {
                Kind::ClaimAbout => (EdgeKind::ClaimAbout, None),
                Kind::CoMention => (EdgeKind::CoMention, None),
                Kind::Event(t) => (EdgeKind::Event, Some(t.to_string())),
            };
            out.push(Evidence {
                kind,
                event_type,
                source: self.actors[s as usize].to_string(),
                target: self.actors[t as usize].to_string(),
                weight: w,
            });
        }
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: EdgeKind, ty: Option<&str>, s: &str, t: &str, w: u64) -> Evidence {
        Evidence {
            kind,
            event_type: ty.map(str::to_string),
            source: s.into(),
            target: t.into(),
            weight: w,
        }
    }

    #[test]
    fn blobs_round_trip() {
        let mut all = vec![
            ev(EdgeKind::Event, Some("ASSAULT"), "USA", "IRN", 2),
            ev(EdgeKind::Event, Some("NOT_A_TYPE"), "USA", "IRN", 1),
            ev(EdgeKind::ClaimAbout, None, "IRN", "ISR", 300),
            ev(EdgeKind::CoMention, None, "IRN", "ISR", 1),
            ev(EdgeKind::CoMention, None, "IRN", "USA", 1),
            ev(EdgeKind::CoMention, None, "ISR", "USA", 1),
        ];
        all.sort();
        let blob = encode(&all).unwrap();
        let mut buf = Vec::new();
        let back = decode(&blob, &mut buf).unwrap();
        assert_eq!(back.co, [0, 1, 2], "co-mentions as a set");
        assert_eq!(back.evidence(), all);
        // A few edges: deflate would make the row longer.
        assert_eq!(blob, edge_list(&all).unwrap());
        // A document's worth of actors and events: deflated, read the same,
        // and so is the list itself (rows written before schema 8).
        let mut many: Vec<Evidence> = (0..40)
            .flat_map(|i| {
                let (a, b) = (
                    format!("person-{i:02}"),
                    format!("organization-{:02}", i + 1),
                );
                [
                    ev(EdgeKind::Event, Some("ASSAULT"), &a, &b, 1),
                    ev(EdgeKind::ClaimAbout, None, &b, &a, 2),
                ]
            })
            .collect();
        many.sort();
        let blob = encode(&many).unwrap();
        let list = edge_list(&many).unwrap();
        assert_eq!(blob[0], DEFLATED);
        assert!(blob.len() < list.len(), "{} {}", blob.len(), list.len());
        let mut buf = Vec::new();
        assert_eq!(decode(&blob, &mut buf).unwrap().evidence(), many);
        let mut unused = Vec::new();
        assert_eq!(decode(&list, &mut unused).unwrap().evidence(), many);
        assert!(unused.is_empty());
        // Not every pair of the set: written pair by pair.
        let partial: Vec<Evidence> = all
            .iter()
            .filter(|e| !(e.kind == EdgeKind::CoMention && e.source == "ISR"))
            .cloned()
            .collect();
        let blob = encode(&partial).unwrap();
        let mut buf = Vec::new();
        let back = decode(&blob, &mut buf).unwrap();
        assert!(back.co.is_empty());
        assert_eq!(back.evidence(), partial);
        // Names from articles: any UTF-8.
        let odd = vec![ev(EdgeKind::ClaimAbout, None, "é\"<x>", "a\u{0}b", 1)];
        let mut buf = Vec::new();
        assert_eq!(
            decode(&encode(&odd).unwrap(), &mut buf).unwrap().evidence(),
            odd
        );
        assert_eq!(encode(&[]), None);
    }

    #[test]
    fn damaged_blobs_are_errors() {
        let all = vec![
            ev(EdgeKind::Event, Some("AID"), "a", "b", 1),
            ev(EdgeKind::CoMention, None, "a", "b", 1),
        ];
        let blob = edge_list(&all).unwrap();
        for cut in 0..blob.len() {
            assert!(parse(&blob[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = blob.clone();
        longer.push(0);
        assert!(parse(&longer).unwrap_err().contains("after"));
        let mut version = blob.clone();
        version[0] = 9;
        assert!(parse(&version).unwrap_err().contains("format 9"));
        // A count far beyond the bytes left.
        assert!(parse(&[1, 0xff, 0xff, 0xff, 0x7f]).is_err());
        // An index past the actors.
        assert!(parse(&[1, 1, 1, b'a', 1, 5, 0])
            .unwrap_err()
            .contains("range"));
        // A deflated row: a stream that does not inflate, and one cut short.
        let mut buf = Vec::new();
        assert!(decode(&[DEFLATED, 0xff, 0xff], &mut buf)
            .unwrap_err()
            .contains("inflate"));
        let names: Vec<String> = (0..30).map(|i| format!("actor-{i}")).collect();
        let many: Vec<Evidence> = names
            .windows(2)
            .map(|w| ev(EdgeKind::ClaimAbout, None, &w[0], &w[1], 1))
            .collect();
        let deflated = encode(&many).unwrap();
        assert_eq!(deflated[0], DEFLATED);
        let mut buf = Vec::new();
        assert!(decode(&deflated[..deflated.len() / 2], &mut buf).is_err());
    }
}
