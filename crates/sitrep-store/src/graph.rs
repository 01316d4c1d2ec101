//! The actor graph of the store (`sitrep graph`).
//!
//! The writer keeps one row per edge in `graph_edges` (its own migration,
//! [`MIGRATION`]), in the same transaction as the documents it counts:
//! weight, evidence (documents), first and last dates and a few citing
//! documents, so the whole graph, or the neighbourhood of an actor, is read
//! without touching the documents. Which edges a document shows is
//! `sitrep_graph::record_evidence`, the same function the date-filtered
//! queries apply to the records of the documents in the date range.
//!
//! Co-mention edges are stored once, smaller actor id first; the `kind`
//! column is `event/<PLOVER type>`, `claim_about` or `co_mention`.
//!
//! When a document is replaced (same uri, new text), its evidence is
//! subtracted exactly (weight, evidence, citations), but an edge's `first`
//! and `last` dates are not narrowed: after replacements they bound the
//! dates of the remaining evidence rather than equal them.

use crate::{compact, doc_edges, Error, Result, Store};
use rusqlite::{params, Connection, OptionalExtension};
use sitrep_graph::{edge_order, record_evidence, Cut, Edge, EdgeKind, Graph, Node, MAX_CITED};
use sitrep_record::fast_map::FastMap;
use sitrep_record::Record;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The migration that adds the graph's edge table. Appended to
/// `schema::MIGRATIONS`; a store that had documents before it gets its
/// edges computed from the stored records when it is first opened.
pub const MIGRATION: &str = r#"
CREATE TABLE graph_edges (
    src     TEXT NOT NULL,
    dst     TEXT NOT NULL,
    kind    TEXT NOT NULL,
    weight  INTEGER NOT NULL,
    docs    INTEGER NOT NULL,
    first   TEXT,
    last    TEXT,
    -- up to MAX_CITED citing documents, newest first: "published:doc ..."
    cited   TEXT NOT NULL,
    PRIMARY KEY (src, dst, kind)
) WITHOUT ROWID;
CREATE INDEX graph_edges_dst ON graph_edges (dst);
"#;

/// The second graph migration: edges by weight, so the heaviest edges
/// among a neighbourhood's nodes are read heaviest first and the read
/// stops at the edge cap. (A `WITHOUT ROWID` table's index carries the
/// primary key, so this index alone answers src, dst, kind and weight.)
pub const WEIGHT_INDEX: &str = r#"
CREATE INDEX IF NOT EXISTS graph_edges_weight ON graph_edges (weight);
"#;

/// The third graph migration: each dated document's edges, compact
/// (`doc_edges`), keyed by its `published` text, so a date-filtered graph
/// is one range scan over small rows instead of decoding every record in
/// the range. A store that had documents before it gets its rows computed
/// from the stored records when it is first opened.
pub const DOC_EDGES: &str = r#"
CREATE TABLE IF NOT EXISTS graph_docs (
    published TEXT NOT NULL,
    doc       INTEGER NOT NULL,
    edges     BLOB NOT NULL,
    PRIMARY KEY (published, doc)
) WITHOUT ROWID;
"#;

/// Default node cap of a neighbourhood query.
pub const DEFAULT_MAX_NODES: usize = 200;

/// Default edge cap of a neighbourhood query (the heaviest are kept).
pub const DEFAULT_MAX_EDGES: usize = 2_000;

/// `sitrep graph`.
#[derive(Debug, Clone)]
pub struct GraphQuery {
    /// Only the neighbourhood of this actor (an id or a canonical name).
    pub actor: Option<String>,
    /// Hops from `actor` (0: the actor alone).
    pub depth: usize,
    /// Only evidence published on or after this date (YYYY-MM-DD).
    pub since: Option<String>,
    /// Only evidence published on or before this date.
    pub until: Option<String>,
    /// Edge kinds to keep (empty: all).
    pub kinds: Vec<EdgeKind>,
    /// Only edges at least this heavy.
    pub min_weight: u64,
    /// At most this many nodes (the actor's nearest and heaviest
    /// neighbours first; for the whole graph, the actors in most
    /// documents); `None`: no cap.
    pub max_nodes: Option<usize>,
    /// At most this many edges: the heaviest (ties: kind, type, source,
    /// target, as `Graph::sort` orders them); `None`: no cap.
    pub max_edges: Option<usize>,
}

impl Default for GraphQuery {
    fn default() -> Self {
        GraphQuery {
            actor: None,
            depth: 1,
            since: None,
            until: None,
            kinds: Vec::new(),
            min_weight: 1,
            max_nodes: None,
            max_edges: None,
        }
    }
}

impl GraphQuery {
    fn keeps(&self, e: &Edge) -> bool {
        e.weight >= self.min_weight && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
    }
}

fn kind_key(kind: EdgeKind, event_type: Option<&str>) -> String {
    match (kind, event_type) {
        (EdgeKind::Event, Some(t)) => format!("event/{t}"),
        (k, _) => k.as_str().to_string(),
    }
}

fn parse_kind_key(key: &str) -> Option<(EdgeKind, Option<String>)> {
    match key.split_once('/') {
        Some(("event", t)) => Some((EdgeKind::Event, Some(t.to_string()))),
        Some(_) => None,
        None => key.parse().ok().map(|k| (k, None)),
    }
}

/// A citation as stored: (published or "", doc key).
type Cite = (String, i64);

fn parse_cited(s: &str) -> Vec<Cite> {
    s.split_whitespace()
        .filter_map(|c| {
            let (date, doc) = c.rsplit_once(':')?;
            Some((date.to_string(), doc.parse().ok()?))
        })
        .collect()
}

fn format_cited(c: &[Cite]) -> String {
    c.iter()
        .map(|(d, doc)| format!("{d}:{doc}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Newest first (undated last), then by doc key, at most [`MAX_CITED`].
fn merge_cited(mut c: Vec<Cite>) -> Vec<Cite> {
    c.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    c.dedup();
    c.truncate(MAX_CITED);
    c
}

/// One edge's changes in the open transaction. Dates are ids of the
/// delta's date table, so counting an edge neither allocates nor compares
/// strings beyond the one date.
#[derive(Default)]
struct Delta {
    weight: i64,
    docs: i64,
    first: Option<u32>,
    last: Option<u32>,
    /// (date id, doc key); the date id of "" for an undated document.
    cited: Vec<(u32, i64)>,
    uncited: HashSet<i64>,
}

/// A document's edges in the form the writer counts them: each actor id
/// and kind key listed once, so the writer interns a name once per
/// document instead of hashing three strings per edge (a document shows up
/// to 1,225 co-mention pairs); and its `graph_docs` row. Computed with the
/// record's stored form, off the writer thread (`Prepared`).
pub(crate) struct DocEdges {
    /// The actor ids and kind keys the edges name.
    names: Vec<String>,
    /// (source, target, kind) as places in `names`, and the weight.
    edges: Vec<([u32; 3], i64)>,
    /// The `graph_docs` row: published date and encoded edge list.
    row: Option<(String, Vec<u8>)>,
}

impl DocEdges {
    /// The edges `record` shows (`record_evidence`), with its `graph_docs` row.
    pub(crate) fn of(record: &Record) -> DocEdges {
        let evidence = record_evidence(record);
        let row = doc_row(record, &evidence);
        DocEdges::from_evidence(&evidence, row)
    }

    fn from_evidence<'e>(
        evidence: &'e [sitrep_graph::Evidence],
        row: Option<(String, Vec<u8>)>,
    ) -> DocEdges {
        let mut names: Vec<String> = Vec::new();
        let mut places: FastMap<&str, u32> = FastMap::default();
        let mut place = |name: &'e str, names: &mut Vec<String>| -> u32 {
            let next = names.len() as u32;
            *places.entry(name).or_insert_with(|| {
                names.push(name.to_string());
                next
            })
        };
        // Evidence comes grouped by kind: one key string per group.
        let mut kind_keys: Vec<String> = Vec::new();
        let mut last_kind: Option<(EdgeKind, Option<&str>, usize)> = None;
        let mut edges = Vec::with_capacity(evidence.len());
        for ev in evidence {
            let this = (ev.kind, ev.event_type.as_deref());
            let k = match last_kind {
                Some((kind, ty, k)) if (kind, ty) == this => k,
                _ => {
                    let key = kind_key(ev.kind, ev.event_type.as_deref());
                    let k = kind_keys.iter().position(|x| *x == key).unwrap_or_else(|| {
                        kind_keys.push(key);
                        kind_keys.len() - 1
                    });
                    last_kind = Some((this.0, this.1, k));
                    k
                }
            };
            edges.push((
                [
                    place(&ev.source, &mut names),
                    place(&ev.target, &mut names),
                    k as u32,
                ],
                ev.weight as i64,
            ));
        }
        // Kind keys follow the actor ids in `names`.
        let actors = names.len() as u32;
        for e in &mut edges {
            e.0[2] += actors;
        }
        names.extend(kind_keys);
        DocEdges { names, edges, row }
    }
}

/// The graph changes of the writer's open transaction, applied at commit.
/// Edges are keyed by interned actor ids and kind keys.
#[derive(Default)]
pub(crate) struct GraphDelta {
    /// Actor ids and kind keys met so far.
    names: Interner,
    /// Published dates met so far ("" for undated).
    dates: Dates,
    /// (source, target, kind) → place in `deltas`.
    slots: FastMap<[u32; 3], usize>,
    deltas: Vec<([u32; 3], Delta)>,
    /// New `graph_docs` rows: (published, doc, edges).
    rows: Vec<(String, i64, Vec<u8>)>,
}

/// The `graph_docs` row of a record: its date and edge list (`None` for an
/// undated document or one without edges).
fn doc_row(record: &Record, evidence: &[sitrep_graph::Evidence]) -> Option<(String, Vec<u8>)> {
    let published = record.doc.published.clone()?;
    Some((published, doc_edges::encode(evidence)?))
}

/// Interned dates, compared by id without reading their text in the usual
/// case: the first 16 bytes as a big-endian number order two dates unless
/// that prefix is equal (then their texts are compared).
#[derive(Default)]
struct Dates {
    interner: Interner,
    prefixes: Vec<u128>,
}

impl Dates {
    fn id(&mut self, date: &str) -> u32 {
        let id = self.interner.id(date);
        if id as usize == self.prefixes.len() {
            let mut prefix = [0u8; 16];
            let n = date.len().min(16);
            prefix[..n].copy_from_slice(&date.as_bytes()[..n]);
            self.prefixes.push(u128::from_be_bytes(prefix));
        }
        id
    }

    fn name(&self, id: u32) -> &str {
        self.interner.name(id)
    }

    /// The order of the two dates' texts.
    fn cmp(&self, a: u32, b: u32) -> std::cmp::Ordering {
        if a == b {
            return std::cmp::Ordering::Equal;
        }
        let (pa, pb) = (self.prefixes[a as usize], self.prefixes[b as usize]);
        pa.cmp(&pb).then_with(|| self.name(a).cmp(self.name(b)))
    }
}

/// Newest first (undated, "", last), then by doc key, at most [`MAX_CITED`]:
/// [`merge_cited`] on date ids.
fn merge_cited_ids(dates: &Dates, mut c: Vec<(u32, i64)>) -> Vec<(u32, i64)> {
    c.sort_by(|a, b| dates.cmp(b.0, a.0).then(b.1.cmp(&a.1)));
    c.dedup();
    c.truncate(MAX_CITED);
    c
}

/// An edge's changes with its names resolved (for `check`).
struct NamedDelta {
    weight: i64,
    docs: i64,
    first: Option<String>,
    last: Option<String>,
    cited: Vec<Cite>,
    uncited: HashSet<i64>,
}

impl GraphDelta {
    /// Counts the edges of a new document (`edges` of its record, dated
    /// `published`) and stages its `graph_docs` row.
    pub(crate) fn add(&mut self, edges: &DocEdges, published: Option<&str>, doc: i64) {
        if let Some((published, blob)) = &edges.row {
            self.rows.push((published.clone(), doc, blob.clone()));
        }
        self.add_edges(edges, published, doc);
    }

    /// Counts `edges` (of a document dated `published`, stored as `doc`).
    fn add_edges(&mut self, edges: &DocEdges, published: Option<&str>, doc: i64) {
        let ids: Vec<u32> = edges.names.iter().map(|n| self.names.id(n)).collect();
        let date = self.dates.id(published.unwrap_or(""));
        let dates = &self.dates;
        for &([s, t, k], weight) in &edges.edges {
            let key = [ids[s as usize], ids[t as usize], ids[k as usize]];
            let d = delta_of(&mut self.slots, &mut self.deltas, key);
            d.weight += weight;
            d.docs += 1;
            if published.is_some() {
                let earlier = |f: u32| dates.cmp(date, f).is_lt();
                if d.first.is_none_or(earlier) {
                    d.first = Some(date);
                }
                let later = |l: u32| dates.cmp(date, l).is_gt();
                if d.last.is_none_or(later) {
                    d.last = Some(date);
                }
            }
            if !d.uncited.is_empty() {
                d.uncited.remove(&doc);
            }
            d.cited.push((date, doc));
            if d.cited.len() > 4 * MAX_CITED {
                d.cited = merge_cited_ids(dates, std::mem::take(&mut d.cited));
            }
        }
    }

    /// Subtracts the edges of a stored document about to be removed, and
    /// removes its `graph_docs` row.
    /// `record`: its stored record.
    pub(crate) fn remove(
        &mut self,
        conn: &Connection,
        doc: i64,
        record: Option<&Record>,
    ) -> Result<()> {
        self.rows.retain(|r| r.1 != doc);
        conn.prepare_cached(
            "DELETE FROM graph_docs
             WHERE published = (SELECT published FROM documents WHERE doc = ?1) AND doc = ?1",
        )?
        .execute([doc])?;
        let Some(record) = record else {
            return Ok(());
        };
        let edges = DocEdges::from_evidence(&record_evidence(record), None);
        let ids: Vec<u32> = edges.names.iter().map(|n| self.names.id(n)).collect();
        for &([s, t, k], weight) in &edges.edges {
            let key = [ids[s as usize], ids[t as usize], ids[k as usize]];
            let d = delta_of(&mut self.slots, &mut self.deltas, key);
            d.weight -= weight;
            d.docs -= 1;
            d.cited.retain(|c| c.1 != doc);
            d.uncited.insert(doc);
        }
        Ok(())
    }

    pub(crate) fn clear(&mut self) {
        self.slots.clear();
        self.deltas.clear();
        self.rows.clear();
    }

    /// The staged edge changes with names resolved, emptying the delta.
    fn take_named(&mut self) -> Vec<((String, String, String), NamedDelta)> {
        self.slots.clear();
        let deltas = std::mem::take(&mut self.deltas);
        let (names, dates) = (&self.names, &self.dates);
        let date = |id: u32| dates.name(id).to_string();
        deltas
            .into_iter()
            .map(|([s, t, k], d)| {
                let key = (
                    names.name(s).to_string(),
                    names.name(t).to_string(),
                    names.name(k).to_string(),
                );
                let named = NamedDelta {
                    weight: d.weight,
                    docs: d.docs,
                    first: d.first.map(date),
                    last: d.last.map(date),
                    cited: d
                        .cited
                        .into_iter()
                        .map(|(id, doc)| (date(id), doc))
                        .collect(),
                    uncited: d.uncited,
                };
                (key, named)
            })
            .collect()
    }

    /// Applies the changes to `graph_edges` and `graph_docs`.
    pub(crate) fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut row = conn.prepare_cached(
            "INSERT OR REPLACE INTO graph_docs (published, doc, edges) VALUES (?1, ?2, ?3)",
        )?;
        for (published, doc, blob) in self.rows.drain(..) {
            row.execute(params![published, doc, blob])?;
        }
        let mut read = conn.prepare_cached(
            "SELECT weight, docs, first, last, cited FROM graph_edges
             WHERE src = ?1 AND dst = ?2 AND kind = ?3",
        )?;
        // An existing edge is updated in place: its key and `dst` index
        // entry stay, where a replace would delete and re-insert both.
        let mut update = conn.prepare_cached(
            "UPDATE graph_edges SET weight = ?4, docs = ?5, first = ?6, last = ?7, cited = ?8
             WHERE src = ?1 AND dst = ?2 AND kind = ?3",
        )?;
        let mut insert = conn.prepare_cached(
            "INSERT INTO graph_edges (src, dst, kind, weight, docs, first, last, cited)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut delete = conn
            .prepare_cached("DELETE FROM graph_edges WHERE src = ?1 AND dst = ?2 AND kind = ?3")?;
        let mut edges = self.take_named();
        // In key order, so the table's pages are visited in order.
        edges.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for ((src, dst, kind), d) in edges {
            if d.weight == 0 && d.docs == 0 && d.uncited.is_empty() {
                continue;
            }
            let old = read
                .query_row(params![src, dst, kind], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                })
                .optional()?;
            let exists = old.is_some();
            let (weight, docs, first, last, cited) =
                old.unwrap_or((0, 0, None, None, String::new()));
            let (weight, docs) = (weight + d.weight, docs + d.docs);
            if docs <= 0 || weight <= 0 {
                if exists {
                    delete.execute(params![src, dst, kind])?;
                }
                continue;
            }
            let first = match (first, d.first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let last = match (last, d.last) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            let mut all = parse_cited(&cited);
            all.retain(|c| !d.uncited.contains(&c.1));
            all.extend(d.cited);
            let cited = format_cited(&merge_cited(all));
            let values = params![src, dst, kind, weight, docs, first, last, cited];
            if exists {
                update.execute(values)?;
            } else {
                insert.execute(values)?;
            }
        }
        Ok(())
    }
}

/// The stored record of document key `doc`.
pub(crate) fn stored_record(conn: &Connection, doc: i64) -> Result<Option<Record>> {
    let row = conn
        .prepare_cached("SELECT content_id, record, text FROM documents WHERE doc = ?1")?
        .query_row([doc], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .optional()?;
    let Some((id, json, text)) = row else {
        return Ok(None);
    };
    compact::expand(&json, &text)
        .map(Some)
        .map_err(|reason| Error::Damaged { id, reason })
}

/// Version of the schema that added `graph_edges` (its place in
/// `schema::MIGRATIONS`, wherever that ends up).
pub(crate) fn graph_version() -> i64 {
    crate::schema::MIGRATIONS
        .iter()
        .position(|m| *m == MIGRATION)
        .map_or(0, |i| i as i64 + 1)
}

/// Version of the schema that added `graph_docs`.
fn doc_edges_version() -> i64 {
    crate::schema::MIGRATIONS
        .iter()
        .position(|m| *m == DOC_EDGES)
        .map_or(0, |i| i as i64 + 1)
}

/// Fills `graph_edges` and `graph_docs` from the stored records, each for
/// a store whose documents were written before its migration (`before` is
/// the store's version before this open).
pub(crate) fn backfill(conn: &mut Connection, before: i64) -> Result<()> {
    let edges = before < graph_version();
    let rows = before < doc_edges_version();
    if before == 0 || !(edges || rows) {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let docs: Vec<i64> = tx
        .prepare("SELECT doc FROM documents ORDER BY doc")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut delta = GraphDelta::default();
    for (i, doc) in docs.into_iter().enumerate() {
        if let Some(record) = stored_record(&tx, doc)? {
            let doc_edges = DocEdges::of(&record);
            if rows {
                if let Some((published, blob)) = &doc_edges.row {
                    delta.rows.push((published.clone(), doc, blob.clone()));
                }
            }
            if edges {
                delta.add_edges(&doc_edges, record.doc.published.as_deref(), doc);
            }
        }
        if i % 5_000 == 4_999 {
            delta.flush(&tx)?;
        }
    }
    delta.flush(&tx)?;
    tx.commit()?;
    Ok(())
}

/// Recomputes every edge from the stored records and compares it with
/// `graph_edges`: weight, evidence and citations must be equal, and the
/// stored first/last dates must bound the evidence's (they are not
/// narrowed when a document is replaced). Returns the problems found.
pub(crate) fn check(conn: &Connection) -> Result<Vec<String>> {
    let docs: Vec<i64> = conn
        .prepare("SELECT doc FROM documents ORDER BY doc")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut expected = GraphDelta::default();
    for doc in docs {
        if let Some(record) = stored_record(conn, doc)? {
            expected.add(&DocEdges::of(&record), record.doc.published.as_deref(), doc);
        }
    }
    let mut want_rows: HashMap<(String, i64), Vec<u8>> = expected
        .rows
        .drain(..)
        .map(|(published, doc, blob)| ((published, doc), blob))
        .collect();
    let (mut rows_wrong, mut rows_extra) = (0usize, 0usize);
    let mut stmt = conn.prepare("SELECT published, doc, edges FROM graph_docs")?;
    let mut found = stmt.query([])?;
    // Rows are compared as edge lists: a store migrated from before schema
    // 8 keeps its rows undeflated (format 1).
    let (mut found_list, mut want_list) = (Vec::new(), Vec::new());
    while let Some(r) = found.next()? {
        match want_rows.remove(&(r.get(0)?, r.get(1)?)) {
            Some(blob)
                if r.get_ref(2)?.as_blob().ok().is_some_and(|found| {
                    let found = doc_edges::plain(found, &mut found_list);
                    found.is_ok() && found == doc_edges::plain(&blob, &mut want_list)
                }) => {}
            Some(_) => rows_wrong += 1,
            None => rows_extra += 1,
        }
    }
    let rows_missing = want_rows.len();
    let mut expected_edges: HashMap<(String, String, String), NamedDelta> =
        expected.take_named().into_iter().collect();
    let mut stmt = conn.prepare(&format!("SELECT {EDGE_COLUMNS} FROM graph_edges"))?;
    let mut rows = stmt.query([])?;
    let (mut wrong, mut extra) = (0usize, 0usize);
    while let Some(r) = rows.next()? {
        let key: (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let Some(d) = expected_edges.remove(&key) else {
            extra += 1;
            continue;
        };
        let (weight, docs): (i64, i64) = (r.get(3)?, r.get(4)?);
        let (first, last): (Option<String>, Option<String>) = (r.get(5)?, r.get(6)?);
        let cited: String = r.get(7)?;
        let bounds = (d.first.is_none() || first <= d.first) && last >= d.last;
        if weight != d.weight
            || docs != d.docs
            || !bounds
            || cited != format_cited(&merge_cited(d.cited))
        {
            wrong += 1;
        }
    }
    let missing = expected_edges.len();
    let mut problems = Vec::new();
    if wrong + extra + missing > 0 {
        problems.push(format!(
            "graph edges disagree with the records: {wrong} wrong, {extra} extra, {missing} missing"
        ));
    }
    if rows_wrong + rows_extra + rows_missing > 0 {
        problems.push(format!(
            "per-document graph rows disagree with the records: {rows_wrong} wrong, \
             {rows_extra} extra, {rows_missing} missing"
        ));
    }
    Ok(problems)
}

/// An edge without its evidence: all that choosing the nodes and the
/// heaviest edges of a neighbourhood needs. Actor ids and kind keys are
/// interned in the query's [`Names`]; `row` is the edge's place in a
/// [`DatedSource`] (unused for the table).
#[derive(Debug, Clone, Copy)]
struct Link {
    src: u32,
    dst: u32,
    kind: u32,
    weight: u64,
    row: u32,
}

/// Strings interned once per query.
#[derive(Default)]
struct Interner {
    ids: HashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(s.into());
        self.ids.insert(s.into(), i);
        i
    }

    fn name(&self, i: u32) -> &str {
        &self.names[i as usize]
    }
}

/// The actor ids and edge kinds a neighbourhood query has met.
#[derive(Default)]
struct Names {
    actors: Interner,
    kinds: Interner,
    /// Per interned kind key: its kind and event type (`None`: a key
    /// this version does not know; its edges are skipped).
    parsed: Vec<Option<(EdgeKind, Option<String>)>>,
}

impl Names {
    fn kind(&mut self, key: &str) -> u32 {
        let i = self.kinds.id(key);
        if i as usize == self.parsed.len() {
            self.parsed.push(parse_kind_key(key));
        }
        i
    }

    /// A link's kind and type, when known and kept by the query.
    fn kept(&self, l: &Link, q: &GraphQuery) -> bool {
        match &self.parsed[l.kind as usize] {
            Some((k, _)) => l.weight >= q.min_weight && (q.kinds.is_empty() || q.kinds.contains(k)),
            None => false,
        }
    }

    /// The canonical edge order (`sitrep_graph::edge_order`) on links.
    fn order(&self, a: &Link, b: &Link) -> std::cmp::Ordering {
        if a.weight != b.weight {
            return b.weight.cmp(&a.weight);
        }
        let key = |l: &Link| {
            let (kind, ty) = match &self.parsed[l.kind as usize] {
                Some((k, t)) => (*k, t.as_deref()),
                None => (EdgeKind::CoMention, None),
            };
            (
                l.weight,
                kind,
                ty,
                self.actors.name(l.src),
                self.actors.name(l.dst),
            )
        };
        edge_order(key(a), key(b))
    }
}

/// Where a neighbourhood query reads edges from.
trait LinkSource {
    /// The kept links touching one of `actors` (an edge may come twice),
    /// and whether they are every kept link of the graph (one scan).
    fn links_of(&mut self, names: &mut Names, actors: &[u32]) -> Result<(Vec<Link>, bool)>;
    /// The chosen links as edges, with their evidence, in the same order.
    fn edges(&mut self, names: &Names, links: &[Link]) -> Result<Vec<Edge>>;
    /// The kept links for which `wanted` holds, heaviest first, at least
    /// `max` of them when there are (and every link as heavy as the
    /// `max`-th, and one lighter link when there is one, so that more than
    /// `max` come back exactly when the cap leaves links out), when the
    /// source can read links by weight; `None` when it cannot.
    fn heaviest(
        &mut self,
        _names: &mut Names,
        _wanted: &mut dyn FnMut(&Names, &Link) -> bool,
        _max: usize,
    ) -> Result<Option<Vec<Link>>> {
        Ok(None)
    }
}

/// `graph_edges`, through its two indexes (or one scan for many actors).
/// Choosing nodes and edges reads only the ends, kind and weight of each
/// row, without allocating; the evidence (dates, citations) is read for
/// the chosen edges only, by primary key. Citations come as document keys
/// (decimal); `resolve` turns those of the answer into content ids.
struct TableSource<'a> {
    store: &'a Store,
    /// SQL conditions for the query's kinds and minimum weight.
    filter: String,
    /// The same, with the weight compared as an expression (`+weight`),
    /// so that a read of the whole table scans it instead of walking the
    /// weight index and looking every row up by its key.
    scan_filter: String,
}

const EDGE_COLUMNS: &str = "src, dst, kind, weight, docs, first, last, cited";

/// Above this many actors, one scan of the table beats two index walks
/// per actor.
const SCAN_ACTORS: usize = 64;

/// Above this many cited documents, one scan of the content-id index
/// beats a lookup per document.
const SCAN_CITED: usize = 2_000;

/// A TEXT column of a row, borrowed.
fn text_ref<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str> {
    row.get_ref(i)?.as_str().map_err(|e| {
        Error::Sqlite(rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
    })
}

impl<'a> TableSource<'a> {
    fn new(store: &'a Store, q: &GraphQuery) -> TableSource<'a> {
        // Kinds and the weight are enum names and a number: no user text.
        let mut filter = format!(" AND weight >= {}", q.min_weight.min(i64::MAX as u64));
        if !q.kinds.is_empty() {
            let mut any = Vec::new();
            for k in &q.kinds {
                any.push(match k {
                    EdgeKind::Event => "kind LIKE 'event/%'".to_string(),
                    k => format!("kind = '{}'", k.as_str()),
                });
            }
            filter += &format!(" AND ({})", any.join(" OR "));
        }
        let scan_filter = filter.replacen(" AND weight >=", " AND +weight >=", 1);
        TableSource {
            store,
            filter,
            scan_filter,
        }
    }

    fn edge(row: &rusqlite::Row<'_>) -> Result<Option<Edge>> {
        let kind: String = row.get(2)?;
        let Some((kind, event_type)) = parse_kind_key(&kind) else {
            return Ok(None);
        };
        let cited: String = row.get(7)?;
        Ok(Some(Edge {
            source: row.get(0)?,
            target: row.get(1)?,
            kind,
            event_type,
            weight: row.get::<_, i64>(3)?.max(0) as u64,
            evidence: row.get::<_, i64>(4)?.max(0) as u64,
            first: row.get(5)?,
            last: row.get(6)?,
            cited: parse_cited(&cited)
                .into_iter()
                .map(|(_, doc)| doc.to_string())
                .collect(),
        }))
    }

    fn all(&mut self) -> Result<Vec<Edge>> {
        let conn = self.store.conn();
        // One pass over the table in key order.
        let mut stmt = conn.prepare(&format!(
            "SELECT {EDGE_COLUMNS} FROM graph_edges WHERE 1 {}",
            self.scan_filter
        ))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.extend(Self::edge(row)?);
        }
        Ok(out)
    }

    /// Appends the links of `rows` (src, dst, kind, weight) to `out`.
    fn read_links(
        mut rows: rusqlite::Rows<'_>,
        names: &mut Names,
        out: &mut Vec<Link>,
    ) -> Result<()> {
        while let Some(row) = rows.next()? {
            let src = names.actors.id(text_ref(row, 0)?);
            let dst = names.actors.id(text_ref(row, 1)?);
            let kind = names.kind(text_ref(row, 2)?);
            let weight = row.get::<_, i64>(3)?.max(0) as u64;
            out.push(Link {
                src,
                dst,
                kind,
                weight,
                row: 0,
            });
        }
        Ok(())
    }
}

/// Citations from document keys (decimal, as the edge sources give them) to
/// content ids.
fn resolve_cited(store: &Store, edges: &mut [Edge]) -> Result<()> {
    let wanted: HashSet<i64> = edges
        .iter()
        .flat_map(|e| e.cited.iter().filter_map(|d| d.parse().ok()))
        .collect();
    let mut ids: HashMap<i64, String> = HashMap::with_capacity(wanted.len());
    let conn = store.conn();
    if wanted.len() > SCAN_CITED {
        // The content-id index holds every (content_id, doc): a small scan.
        let mut stmt = conn.prepare("SELECT doc, content_id FROM documents ORDER BY content_id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let doc: i64 = r.get(0)?;
            if wanted.contains(&doc) {
                ids.insert(doc, r.get(1)?);
            }
        }
    } else {
        let mut stmt = conn.prepare_cached("SELECT content_id FROM documents WHERE doc = ?1")?;
        for doc in wanted {
            if let Some(id) = stmt
                .query_row([doc], |r| r.get::<_, String>(0))
                .optional()?
            {
                ids.insert(doc, id);
            }
        }
    }
    for e in edges {
        e.cited
            .retain_mut(|d| match d.parse::<i64>().ok().and_then(|k| ids.get(&k)) {
                Some(id) => {
                    d.clear();
                    d.push_str(id);
                    true
                }
                None => false,
            });
    }
    Ok(())
}

impl LinkSource for TableSource<'_> {
    fn links_of(&mut self, names: &mut Names, actors: &[u32]) -> Result<(Vec<Link>, bool)> {
        let conn = self.store.conn();
        let mut out = Vec::new();
        if actors.len() > SCAN_ACTORS {
            let mut stmt = conn.prepare(&format!(
                "SELECT src, dst, kind, weight FROM graph_edges WHERE 1 {}",
                self.filter
            ))?;
            Self::read_links(stmt.query([])?, names, &mut out)?;
            return Ok((out, true));
        }
        let mut by_src = conn.prepare(&format!(
            "SELECT src, dst, kind, weight FROM graph_edges WHERE src = ?1 {}",
            self.filter
        ))?;
        let mut by_dst = conn.prepare(&format!(
            "SELECT src, dst, kind, weight FROM graph_edges WHERE dst = ?1 AND src <> ?1 {}",
            self.filter
        ))?;
        for &a in actors {
            let name = names.actors.name(a).to_string();
            Self::read_links(by_src.query([&name])?, names, &mut out)?;
            Self::read_links(by_dst.query([&name])?, names, &mut out)?;
        }
        Ok((out, false))
    }

    fn heaviest(
        &mut self,
        names: &mut Names,
        wanted: &mut dyn FnMut(&Names, &Link) -> bool,
        max: usize,
    ) -> Result<Option<Vec<Link>>> {
        let conn = self.store.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT src, dst, kind, weight FROM graph_edges INDEXED BY graph_edges_weight
             WHERE 1 {} ORDER BY weight DESC",
            self.filter
        ))?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<Link> = Vec::new();
        let mut full = false;
        while let Some(row) = rows.next()? {
            let weight = row.get::<_, i64>(3)?.max(0) as u64;
            // Ties at the cap are all read: the order breaks them by name.
            // Past them, one more wanted link (if any) is taken, so that
            // the caller sees that the cap left something out.
            full |= out.len() >= max && out.last().is_some_and(|l| l.weight > weight);
            let src = names.actors.id(text_ref(row, 0)?);
            let dst = names.actors.id(text_ref(row, 1)?);
            let kind = names.kind(text_ref(row, 2)?);
            let link = Link {
                src,
                dst,
                kind,
                weight,
                row: 0,
            };
            if wanted(names, &link) {
                out.push(link);
                if full {
                    break;
                }
            }
        }
        Ok(Some(out))
    }

    fn edges(&mut self, names: &Names, links: &[Link]) -> Result<Vec<Edge>> {
        let mut stmt = self.store.conn().prepare_cached(
            "SELECT docs, first, last, cited FROM graph_edges
             WHERE src = ?1 AND dst = ?2 AND kind = ?3",
        )?;
        let mut out = Vec::with_capacity(links.len());
        for l in links {
            let Some((kind, event_type)) = names.parsed[l.kind as usize].clone() else {
                continue;
            };
            let (src, dst) = (names.actors.name(l.src), names.actors.name(l.dst));
            let row = stmt
                .query_row(params![src, dst, names.kinds.name(l.kind)], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })
                .optional()?;
            // Cannot happen within one snapshot; skipped rather than failing.
            let Some((docs, first, last, cited)) = row else {
                continue;
            };
            out.push(Edge {
                source: src.to_string(),
                target: dst.to_string(),
                kind,
                event_type,
                weight: l.weight,
                evidence: docs.max(0) as u64,
                first,
                last,
                cited: parse_cited(&cited)
                    .into_iter()
                    .map(|(_, doc)| doc.to_string())
                    .collect(),
            });
        }
        Ok(out)
    }
}

/// A merged edge of a date range: what `graph_edges` keeps per edge,
/// counted from the `graph_docs` rows of the range's documents.
struct Merged {
    evidence: u64,
    /// Places in [`DatedSource::dates`].
    first: u32,
    last: u32,
    /// The last document counted (a document counts once per edge).
    last_doc: i64,
    /// The last [`MAX_CITED`] documents counted, a ring: the rows come
    /// oldest first, so these are the newest.
    cited: [i64; MAX_CITED],
    counted: usize,
}

/// The edges of the documents published in a date range, merged in memory
/// from their `graph_docs` rows (one range scan on `published`; see
/// `doc_edges`), with exactly the weights, evidence, dates and citations
/// that merging the records of those documents gives (`EdgeBuilder`).
struct DatedSource {
    /// Per edge: ends, kind and weight (`row` is the edge's own place).
    links: Vec<Link>,
    merged: Vec<Merged>,
    /// Per interned actor: the places of its edges.
    by_actor: Vec<Vec<u32>>,
    /// The distinct `published` texts met, ascending.
    dates: Vec<String>,
}

impl DatedSource {
    fn read(store: &Store, q: &GraphQuery, names: &mut Names) -> Result<DatedSource> {
        let mut sql = String::from("SELECT published, doc, edges FROM graph_docs WHERE 1");
        let mut args: Vec<&str> = Vec::new();
        if let Some(s) = &q.since {
            args.push(s);
            sql += &format!(" AND published >= ?{}", args.len());
        }
        if let Some(u) = &q.until {
            args.push(u);
            sql += &format!(" AND published <= ?{}", args.len());
        }
        // The order the records were merged in before: by date, then in
        // ingest order within a day (the newest-first citations rely on it).
        sql += " ORDER BY published, doc";
        let wants = |k: EdgeKind| q.kinds.is_empty() || q.kinds.contains(&k);
        let (want_co, want_claims, want_events) = (
            wants(EdgeKind::CoMention),
            wants(EdgeKind::ClaimAbout),
            wants(EdgeKind::Event),
        );
        let co_kind = names.kind(EdgeKind::CoMention.as_str());
        let claim_kind = names.kind(EdgeKind::ClaimAbout.as_str());
        let mut event_kinds: HashMap<String, u32> = HashMap::new();
        let mut index: FastMap<(u32, u32, u32), u32> = FastMap::default();
        let mut src = DatedSource {
            links: Vec::new(),
            merged: Vec::new(),
            by_actor: Vec::new(),
            dates: Vec::new(),
        };
        let mut ids: Vec<u32> = Vec::new();
        let mut inflated: Vec<u8> = Vec::new();
        let mut stmt = store.conn().prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        while let Some(row) = rows.next()? {
            let published = text_ref(row, 0)?;
            let doc: i64 = row.get(1)?;
            let blob = row.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?;
            let edges =
                doc_edges::decode(blob, &mut inflated).map_err(|reason| Error::Damaged {
                    id: format!("(the graph_docs row of document key {doc})"),
                    reason,
                })?;
            if src.dates.last().is_none_or(|d| d != published) {
                src.dates.push(published.to_string());
            }
            let date = (src.dates.len() - 1) as u32;
            ids.clear();
            ids.extend(edges.actors.iter().map(|a| names.actors.id(a)));
            if want_co {
                for (i, &a) in edges.co.iter().enumerate() {
                    let a = ids[a as usize];
                    for &b in &edges.co[i + 1..] {
                        src.count((co_kind, a, ids[b as usize]), 1, doc, date, &mut index);
                    }
                }
            }
            for &(kind, s, t, weight) in &edges.edges {
                let kind = match kind {
                    doc_edges::Kind::CoMention if want_co => co_kind,
                    doc_edges::Kind::ClaimAbout if want_claims => claim_kind,
                    doc_edges::Kind::Event(ty) if want_events => match event_kinds.get(ty) {
                        Some(&k) => k,
                        None => {
                            let k = names.kind(&format!("event/{ty}"));
                            event_kinds.insert(ty.to_string(), k);
                            k
                        }
                    },
                    _ => continue,
                };
                let (s, t) = (ids[s as usize], ids[t as usize]);
                if s != t {
                    src.count((kind, s, t), weight, doc, date, &mut index);
                }
            }
        }
        let mut by_actor: Vec<Vec<u32>> = vec![Vec::new(); names.actors.names.len()];
        for (i, l) in src.links.iter().enumerate() {
            by_actor[l.src as usize].push(i as u32);
            if l.dst != l.src {
                by_actor[l.dst as usize].push(i as u32);
            }
        }
        src.by_actor = by_actor;
        Ok(src)
    }

    /// Counts one document's evidence of edge (kind, source, target).
    fn count(
        &mut self,
        (kind, s, t): (u32, u32, u32),
        weight: u64,
        doc: i64,
        date: u32,
        index: &mut FastMap<(u32, u32, u32), u32>,
    ) {
        let next = self.links.len() as u32;
        let i = *index.entry((kind, s, t)).or_insert(next) as usize;
        if i == self.links.len() {
            self.links.push(Link {
                src: s,
                dst: t,
                kind,
                weight: 0,
                row: next,
            });
            self.merged.push(Merged {
                evidence: 0,
                first: date,
                last: date,
                last_doc: i64::MIN,
                cited: [0; MAX_CITED],
                counted: 0,
            });
        }
        self.links[i].weight += weight;
        let m = &mut self.merged[i];
        if m.last_doc == doc {
            return;
        }
        m.last_doc = doc;
        m.evidence += 1;
        m.last = date;
        m.cited[m.counted % MAX_CITED] = doc;
        m.counted += 1;
    }

    /// Every edge (citations as document keys; see [`resolve_cited`]).
    fn all(&self, names: &Names) -> Vec<Edge> {
        self.edge_list(names, self.links.iter())
    }

    fn edge_list<'l>(&self, names: &Names, links: impl Iterator<Item = &'l Link>) -> Vec<Edge> {
        let mut out = Vec::new();
        for l in links {
            let Some((kind, event_type)) = names.parsed[l.kind as usize].clone() else {
                continue;
            };
            let m = &self.merged[l.row as usize];
            let n = m.counted.min(MAX_CITED);
            let cited = (0..n)
                .map(|k| m.cited[(m.counted - 1 - k) % MAX_CITED].to_string())
                .collect();
            out.push(Edge {
                source: names.actors.name(l.src).to_string(),
                target: names.actors.name(l.dst).to_string(),
                kind,
                event_type,
                weight: l.weight,
                evidence: m.evidence,
                first: Some(self.dates[m.first as usize].clone()),
                last: Some(self.dates[m.last as usize].clone()),
                cited,
            });
        }
        out
    }
}

impl LinkSource for DatedSource {
    fn links_of(&mut self, _names: &mut Names, actors: &[u32]) -> Result<(Vec<Link>, bool)> {
        let mut out = Vec::new();
        for &a in actors {
            if let Some(rows) = self.by_actor.get(a as usize) {
                out.extend(rows.iter().map(|&i| self.links[i as usize]));
            }
        }
        Ok((out, false))
    }

    fn edges(&mut self, names: &Names, links: &[Link]) -> Result<Vec<Edge>> {
        Ok(self.edge_list(names, links.iter()))
    }
}

/// Breadth-first from `start` to `depth` hops over the kept edges, nearest
/// first and, within a hop, the most heavily connected first, up to
/// `max_nodes`. The answer is the edges on paths of at most `depth` hops
/// from `start`: those touching a node less than `depth` hops away whose
/// other end was kept (so depth 1 is the actor's own edges, and an edge
/// between two of its neighbours comes at depth 2); of those, the
/// `max_edges` first in the canonical order (the heaviest).
///
/// The nodes are chosen first, from the ends and weights of the edges
/// alone; once the node cap is reached no further hop is read. Only the
/// chosen edges are read in full.
fn neighbourhood(
    src: &mut dyn LinkSource,
    q: &GraphQuery,
    start: &[String],
    mut names: Names,
) -> Result<(BTreeSet<String>, Vec<Edge>, Cut)> {
    let mut dist: HashMap<u32, usize> = HashMap::new();
    let mut frontier: Vec<u32> = Vec::new();
    for a in start {
        let id = names.actors.id(a);
        if dist.insert(id, 0).is_none() {
            frontier.push(id);
        }
    }
    let cap = q.max_nodes.unwrap_or(usize::MAX).max(dist.len());
    let mut cut = Cut::default();
    let mut links: Vec<Link> = Vec::new();
    let mut seen: HashSet<(u32, u32, u32)> = HashSet::new();
    let mut fetched: HashSet<u32> = HashSet::new();
    let mut have_all = false;
    let mut take = |found: &[Link], links: &mut Vec<Link>, names: &Names| {
        for l in found {
            if names.kept(l, q) && seen.insert((l.src, l.dst, l.kind)) {
                links.push(*l);
            }
        }
    };
    for hop in 0..q.depth {
        if frontier.is_empty() || dist.len() >= cap {
            break;
        }
        let (found, all) = if have_all {
            (Vec::new(), true)
        } else {
            src.links_of(&mut names, &frontier)?
        };
        have_all |= all;
        fetched.extend(frontier.iter().copied());
        take(&found, &mut links, &names);
        // Candidates by their total weight to the frontier.
        let in_frontier: HashSet<u32> = frontier.iter().copied().collect();
        let mut pull: HashMap<u32, u64> = HashMap::new();
        for l in &links {
            for (here, there) in [(l.src, l.dst), (l.dst, l.src)] {
                if in_frontier.contains(&here) && !dist.contains_key(&there) {
                    *pull.entry(there).or_default() += l.weight;
                }
            }
        }
        let mut next: Vec<(u32, u64)> = pull.into_iter().collect();
        next.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| names.actors.name(a.0).cmp(names.actors.name(b.0)))
        });
        let room = cap - dist.len();
        if next.len() > room {
            cut.max_nodes = Some(cap);
            next.truncate(room);
        }
        frontier = next.into_iter().map(|(a, _)| a).collect();
        for &a in &frontier {
            dist.insert(a, hop + 1);
        }
    }
    // Edges need every node less than `depth` hops away read.
    let inner = |a: &u32| dist.get(a).is_some_and(|&d| d < q.depth);
    let wanted = |l: &Link| {
        dist.contains_key(&l.src) && dist.contains_key(&l.dst) && (inner(&l.src) || inner(&l.dst))
    };
    let mut need: Vec<u32> = Vec::new();
    if !have_all && q.depth > 0 {
        need = dist
            .keys()
            .copied()
            .filter(|a| inner(a) && !fetched.contains(a))
            .collect();
        need.sort_unstable();
    }
    let mut chosen: Vec<Link> = Vec::new();
    let mut by_weight = false;
    if let Some(max) = q.max_edges.filter(|_| need.len() > SCAN_ACTORS) {
        // Many nodes to read and a cap: the heaviest links first, until
        // the cap is full, instead of every link of every node.
        let mut keep = |names: &Names, l: &Link| names.kept(l, q) && wanted(l);
        if let Some(found) = src.heaviest(&mut names, &mut keep, max)? {
            chosen = found;
            by_weight = true;
        }
    }
    if !by_weight {
        if !need.is_empty() {
            let (found, _) = src.links_of(&mut names, &need)?;
            take(&found, &mut links, &names);
        }
        chosen = links.into_iter().filter(|l| wanted(l)).collect();
    }
    if let Some(max) = q.max_edges {
        if chosen.len() > max {
            chosen.select_nth_unstable_by(max, |a, b| names.order(a, b));
            chosen.truncate(max);
            cut.max_edges = Some(max);
        }
    }
    chosen.sort_unstable_by(|a, b| names.order(a, b));
    let edges = src.edges(&names, &chosen)?;
    let nodes = dist
        .keys()
        .map(|&a| names.actors.name(a).to_string())
        .collect();
    Ok((nodes, edges, cut))
}

/// The whole graph with an edge cap (and no node cap): the same answer as
/// capping the whole edge list, read without the whole edge list. The
/// nodes are the ends of every kept edge, as without the cap (one scan of
/// the weight index, which holds the ends, kind and weight); the edges are
/// read heaviest first on that index, stopping once the cap is full (ties
/// at the cap read in full), and only those are read in full.
fn heaviest_whole_graph(
    table: &mut TableSource<'_>,
    q: &GraphQuery,
    max: usize,
) -> Result<(BTreeSet<String>, Vec<Edge>, Cut)> {
    let mut names = Names::default();
    let mut every = Vec::new();
    {
        let mut stmt = table.store.conn().prepare(&format!(
            "SELECT src, dst, kind, weight FROM graph_edges INDEXED BY graph_edges_weight
             WHERE 1 {}",
            table.filter
        ))?;
        TableSource::read_links(stmt.query([])?, &mut names, &mut every)?;
    }
    let mut ends: HashSet<u32> = HashSet::new();
    let mut kept = 0usize;
    for l in every.iter().filter(|l| names.kept(l, q)) {
        kept += 1;
        ends.insert(l.src);
        ends.insert(l.dst);
    }
    let nodes = ends
        .into_iter()
        .map(|a| names.actors.name(a).to_string())
        .collect();
    let mut keep = |names: &Names, l: &Link| names.kept(l, q);
    let mut chosen = table
        .heaviest(&mut names, &mut keep, max)?
        .unwrap_or_default();
    let mut cut = Cut::default();
    if kept > max {
        cut.max_edges = Some(max);
    }
    if chosen.len() > max {
        chosen.select_nth_unstable_by(max, |a, b| names.order(a, b));
        chosen.truncate(max);
    }
    chosen.sort_unstable_by(|a, b| names.order(a, b));
    let edges = table.edges(&names, &chosen)?;
    Ok((nodes, edges, cut))
}

impl Store {
    /// The actor graph: the whole store's, or an actor's neighbourhood;
    /// from the edge table, or, with `since`/`until`, from the records of
    /// the documents published in that range.
    pub fn graph(&self, q: &GraphQuery) -> Result<Graph> {
        // One read transaction: one snapshot and one lock for the whole
        // answer, instead of one per statement (thousands of key lookups).
        let snapshot = self.conn().unchecked_transaction()?;
        let graph = self.graph_in_snapshot(q);
        snapshot.rollback()?;
        graph
    }

    fn graph_in_snapshot(&self, q: &GraphQuery) -> Result<Graph> {
        let start = match &q.actor {
            Some(who) => {
                let ids = self.resolve_actor(who)?;
                if ids.is_empty() {
                    return Err(Error::Query(format!(
                        "no actor '{who}' in the store (an actor id such as IRN, or a \
                         name as `sitrep actors` lists it)"
                    )));
                }
                Some(ids)
            }
            None => None,
        };
        let dated = q.since.is_some() || q.until.is_some();
        let (nodes, edges, cut) = if dated {
            let mut names = Names::default();
            let mut dated = DatedSource::read(self, q, &mut names)?;
            match &start {
                Some(ids) => neighbourhood(&mut dated, q, ids, names)?,
                None => {
                    let edges = dated.all(&names);
                    self.whole_graph(edges, q)?
                }
            }
        } else {
            let mut table = TableSource::new(self, q);
            match &start {
                Some(ids) => neighbourhood(&mut table, q, ids, Names::default())?,
                None => match q.max_edges.filter(|_| q.max_nodes.is_none()) {
                    Some(max) => heaviest_whole_graph(&mut table, q, max)?,
                    None => {
                        let edges = table.all()?;
                        self.whole_graph(edges, q)?
                    }
                },
            }
        };
        let mut graph = Graph {
            nodes: self.graph_nodes(&nodes)?,
            edges,
            truncated: !cut.is_empty(),
            cut,
        };
        if let Some(max) = q.max_edges {
            graph.cap_edges(max);
        }
        graph.sort();
        // Citations are document keys until here: only those shown are
        // turned into content ids.
        resolve_cited(self, &mut graph.edges)?;
        Ok(graph)
    }

    /// The kept edges and their ends, at most `max_nodes` of them.
    fn whole_graph(
        &self,
        mut edges: Vec<Edge>,
        q: &GraphQuery,
    ) -> Result<(BTreeSet<String>, Vec<Edge>, Cut)> {
        edges.retain(|e| q.keeps(e));
        let ends: BTreeSet<&str> = edges
            .iter()
            .flat_map(|e| [e.source.as_str(), e.target.as_str()])
            .collect();
        let mut nodes: BTreeSet<String> = ends.into_iter().map(str::to_string).collect();
        let mut cut = Cut::default();
        if let Some(cap) = q.max_nodes {
            if nodes.len() > cap {
                cut.max_nodes = Some(cap);
                nodes = self.top_actors_among(&nodes, cap)?;
                edges.retain(|e| nodes.contains(&e.source) && nodes.contains(&e.target));
            }
        }
        // The edge cap (`max_edges`) is applied to the graph: first the
        // heaviest, as everywhere.
        Ok((nodes, edges, cut))
    }

    /// The `cap` actors of `among` in the most documents.
    fn top_actors_among(&self, among: &BTreeSet<String>, cap: usize) -> Result<BTreeSet<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT docs, mentions FROM actor_stats WHERE actor = ?1")?;
        let mut ranked: Vec<(i64, i64, &String)> = Vec::new();
        for a in among {
            let (docs, mentions) = stmt
                .query_row([a], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .unwrap_or((0, 0));
            ranked.push((docs, mentions, a));
        }
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
        Ok(ranked
            .into_iter()
            .take(cap)
            .map(|(_, _, a)| a.clone())
            .collect())
    }

    /// Nodes for actor ids, from `actor_stats` (an id it lacks gets its id
    /// as name and an empty kind).
    fn graph_nodes(&self, ids: &BTreeSet<String>) -> Result<Vec<Node>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT name, kind, country, docs, mentions FROM actor_stats WHERE actor = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let node = stmt
                .query_row([id], |r| {
                    Ok(Node {
                        id: id.clone(),
                        name: r.get(0)?,
                        kind: r.get(1)?,
                        country: r.get(2)?,
                        docs: r.get::<_, i64>(3)?.max(0) as u64,
                        mentions: r.get::<_, i64>(4)?.max(0) as u64,
                    })
                })
                .optional()?
                .unwrap_or_else(|| Node {
                    id: id.clone(),
                    name: id.clone(),
                    kind: String::new(),
                    country: None,
                    docs: 0,
                    mentions: 0,
                });
            out.push(node);
        }
        Ok(out)
    }
}

/// The delta of edge `key` in the open transaction, added (zero) when the
/// transaction has none yet. Fields, not `&mut GraphDelta`, so the caller
/// may hold other fields (the interned dates) at the same time.
fn delta_of<'a>(
    slots: &mut FastMap<[u32; 3], usize>,
    deltas: &'a mut Vec<([u32; 3], Delta)>,
    key: [u32; 3],
) -> &'a mut Delta {
    let slot = *slots.entry(key).or_insert_with(|| {
        deltas.push((key, Delta::default()));
        deltas.len() - 1
    });
    &mut deltas[slot].1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_keys_round_trip() {
        for (k, t) in [
            (EdgeKind::Event, Some("ASSAULT")),
            (EdgeKind::ClaimAbout, None),
            (EdgeKind::CoMention, None),
        ] {
            let key = kind_key(k, t);
            assert_eq!(parse_kind_key(&key), Some((k, t.map(str::to_string))));
        }
        assert_eq!(parse_kind_key("bogus/x"), None);
    }

    #[test]
    fn citations_keep_the_newest() {
        let c = parse_cited("2025-01-02:5 :7 2025-03-01:2");
        assert_eq!(c.len(), 3);
        let mut more = c.clone();
        more.extend((10..20).map(|i| (format!("2024-01-{i}"), i)));
        let kept = merge_cited(more);
        assert_eq!(kept.len(), MAX_CITED);
        assert_eq!(kept[0], ("2025-03-01".to_string(), 2));
        assert_eq!(format_cited(&kept[..2]), "2025-03-01:2 2025-01-02:5");
    }

    #[test]
    fn interned_dates_order_as_their_texts() {
        let texts = [
            "",
            "2025",
            "2025-04",
            "2025-04-01",
            "2025-04-01T10:00:00Z",
            "2025-04-01T10:00:00+02:00",
            "2025-04-01T10:00:00+01:00",
            "2025-4-1",
            "a\0",
            "a",
        ];
        let mut dates = Dates::default();
        let ids: Vec<u32> = texts.iter().map(|t| dates.id(t)).collect();
        for (i, a) in texts.iter().enumerate() {
            for (j, b) in texts.iter().enumerate() {
                assert_eq!(dates.cmp(ids[i], ids[j]), a.cmp(b), "{a:?} vs {b:?}");
            }
        }
    }
}
