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

use crate::{compact, Error, Result, Store};
use rusqlite::{params, Connection, OptionalExtension};
use sitrep_graph::{record_evidence, Edge, EdgeBuilder, EdgeKind, Graph, Node, MAX_CITED};
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

/// Default node cap of a neighbourhood query.
pub const DEFAULT_MAX_NODES: usize = 200;

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

#[derive(Default)]
struct Delta {
    weight: i64,
    docs: i64,
    first: Option<String>,
    last: Option<String>,
    cited: Vec<Cite>,
    uncited: HashSet<i64>,
}

/// The graph changes of the writer's open transaction, applied at commit.
#[derive(Default)]
pub(crate) struct GraphDelta {
    edges: HashMap<(String, String, String), Delta>,
}

impl GraphDelta {
    /// Counts the edges of a new document.
    pub(crate) fn add(&mut self, record: &Record, doc: i64) {
        let date = record.doc.published.clone();
        for ev in record_evidence(record) {
            let key = (
                ev.source,
                ev.target,
                kind_key(ev.kind, ev.event_type.as_deref()),
            );
            let d = self.edges.entry(key).or_default();
            d.weight += ev.weight as i64;
            d.docs += 1;
            if let Some(p) = &date {
                if d.first.as_ref().is_none_or(|f| p < f) {
                    d.first = Some(p.clone());
                }
                if d.last.as_ref().is_none_or(|l| p > l) {
                    d.last = Some(p.clone());
                }
            }
            d.uncited.remove(&doc);
            d.cited.push((date.clone().unwrap_or_default(), doc));
            if d.cited.len() > 4 * MAX_CITED {
                d.cited = merge_cited(std::mem::take(&mut d.cited));
            }
        }
    }

    /// Subtracts the edges of a stored document about to be removed.
    pub(crate) fn remove(&mut self, conn: &Connection, doc: i64) -> Result<()> {
        let Some(record) = stored_record(conn, doc)? else {
            return Ok(());
        };
        for ev in record_evidence(&record) {
            let key = (
                ev.source,
                ev.target,
                kind_key(ev.kind, ev.event_type.as_deref()),
            );
            let d = self.edges.entry(key).or_default();
            d.weight -= ev.weight as i64;
            d.docs -= 1;
            d.cited.retain(|c| c.1 != doc);
            d.uncited.insert(doc);
        }
        Ok(())
    }

    pub(crate) fn clear(&mut self) {
        self.edges.clear();
    }

    /// Applies the changes to `graph_edges`.
    pub(crate) fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut read = conn.prepare_cached(
            "SELECT weight, docs, first, last, cited FROM graph_edges
             WHERE src = ?1 AND dst = ?2 AND kind = ?3",
        )?;
        let mut write = conn.prepare_cached(
            "INSERT OR REPLACE INTO graph_edges (src, dst, kind, weight, docs, first, last, cited)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut delete = conn
            .prepare_cached("DELETE FROM graph_edges WHERE src = ?1 AND dst = ?2 AND kind = ?3")?;
        for ((src, dst, kind), d) in self.edges.drain() {
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
            let (weight, docs, first, last, cited) =
                old.unwrap_or((0, 0, None, None, String::new()));
            let (weight, docs) = (weight + d.weight, docs + d.docs);
            if docs <= 0 || weight <= 0 {
                delete.execute(params![src, dst, kind])?;
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
            write.execute(params![src, dst, kind, weight, docs, first, last, cited])?;
        }
        Ok(())
    }
}

/// The stored record of document key `doc`.
fn stored_record(conn: &Connection, doc: i64) -> Result<Option<Record>> {
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

/// Fills `graph_edges` from the stored records: for a store whose
/// documents were written before the graph migration (`before` is its
/// version before this open).
pub(crate) fn backfill(conn: &mut Connection, before: i64) -> Result<()> {
    if before == 0 || before >= graph_version() {
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
            delta.add(&record, doc);
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
            expected.add(&record, doc);
        }
    }
    let mut stmt = conn.prepare(&format!("SELECT {EDGE_COLUMNS} FROM graph_edges"))?;
    let mut rows = stmt.query([])?;
    let (mut wrong, mut extra) = (0usize, 0usize);
    while let Some(r) = rows.next()? {
        let key: (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let Some(d) = expected.edges.remove(&key) else {
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
    let missing = expected.edges.len();
    let mut problems = Vec::new();
    if wrong + extra + missing > 0 {
        problems.push(format!(
            "graph edges disagree with the records: {wrong} wrong, {extra} extra, {missing} missing"
        ));
    }
    Ok(problems)
}

/// Where a neighbourhood query reads edges from.
trait EdgeSource {
    /// Every edge touching one of `actors` (each edge once).
    fn edges_of(&mut self, actors: &BTreeSet<String>) -> Result<Vec<Edge>>;
}

/// `graph_edges`, through its two indexes (or one scan for many actors).
/// Edges come with their citations as document keys (decimal); `resolve`
/// turns those of the answer into content ids.
struct TableSource<'a> {
    store: &'a Store,
    /// SQL conditions for the query's kinds and minimum weight.
    filter: String,
}

const EDGE_COLUMNS: &str = "src, dst, kind, weight, docs, first, last, cited";

/// Above this many cited documents, one scan of the content-id index
/// beats a lookup per document.
const SCAN_CITED: usize = 2_000;

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
        TableSource { store, filter }
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
        let mut stmt = conn.prepare(&format!(
            "SELECT {EDGE_COLUMNS} FROM graph_edges WHERE 1 {}",
            self.filter
        ))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.extend(Self::edge(row)?);
        }
        Ok(out)
    }

    /// Citations from document keys to content ids.
    fn resolve(&self, edges: &mut [Edge]) -> Result<()> {
        let wanted: HashSet<i64> = edges
            .iter()
            .flat_map(|e| e.cited.iter().filter_map(|d| d.parse().ok()))
            .collect();
        let mut ids: HashMap<i64, String> = HashMap::with_capacity(wanted.len());
        let conn = self.store.conn();
        if wanted.len() > SCAN_CITED {
            // The content-id index holds every (content_id, doc): a small scan.
            let mut stmt =
                conn.prepare("SELECT doc, content_id FROM documents ORDER BY content_id")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let doc: i64 = r.get(0)?;
                if wanted.contains(&doc) {
                    ids.insert(doc, r.get(1)?);
                }
            }
        } else {
            let mut stmt =
                conn.prepare_cached("SELECT content_id FROM documents WHERE doc = ?1")?;
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
            e.cited = e
                .cited
                .iter()
                .filter_map(|d| d.parse().ok().and_then(|d: i64| ids.get(&d).cloned()))
                .collect();
        }
        Ok(())
    }
}

impl EdgeSource for TableSource<'_> {
    fn edges_of(&mut self, actors: &BTreeSet<String>) -> Result<Vec<Edge>> {
        let mut out = Vec::new();
        if actors.len() > 64 {
            let mut all = self.all()?;
            all.retain(|e| actors.contains(&e.source) || actors.contains(&e.target));
            return Ok(all);
        }
        let conn = self.store.conn();
        let mut by_src = conn.prepare(&format!(
            "SELECT {EDGE_COLUMNS} FROM graph_edges WHERE src = ?1 {}",
            self.filter
        ))?;
        let mut by_dst = conn.prepare(&format!(
            "SELECT {EDGE_COLUMNS} FROM graph_edges WHERE dst = ?1 AND src <> ?1 {}",
            self.filter
        ))?;
        for a in actors {
            for stmt in [&mut by_src, &mut by_dst] {
                let mut rows = stmt.query([a])?;
                while let Some(row) = rows.next()? {
                    if let Some(e) = Self::edge(row)? {
                        // An edge between two asked actors comes once.
                        let other = if &e.source == a { &e.target } else { &e.source };
                        if actors.contains(other) && other < a {
                            continue;
                        }
                        out.push(e);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// Edges computed in memory (the date-filtered queries).
struct MemorySource {
    edges: Vec<Edge>,
    by_actor: HashMap<String, Vec<usize>>,
}

impl MemorySource {
    fn new(edges: Vec<Edge>) -> MemorySource {
        let mut by_actor: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in edges.iter().enumerate() {
            by_actor.entry(e.source.clone()).or_default().push(i);
            by_actor.entry(e.target.clone()).or_default().push(i);
        }
        MemorySource { edges, by_actor }
    }
}

impl EdgeSource for MemorySource {
    fn edges_of(&mut self, actors: &BTreeSet<String>) -> Result<Vec<Edge>> {
        let mut idx: Vec<usize> = actors
            .iter()
            .filter_map(|a| self.by_actor.get(a))
            .flatten()
            .copied()
            .collect();
        idx.sort_unstable();
        idx.dedup();
        Ok(idx.into_iter().map(|i| self.edges[i].clone()).collect())
    }
}

/// Breadth-first from `start` to `depth` hops over the kept edges, nearest
/// first and, within a hop, the most heavily connected first, up to
/// `max_nodes`. The answer is the edges on paths of at most `depth` hops
/// from `start`: those touching a node less than `depth` hops away whose
/// other end was kept (so depth 1 is the actor's own edges, and an edge
/// between two of its neighbours comes at depth 2).
fn neighbourhood(
    src: &mut dyn EdgeSource,
    q: &GraphQuery,
    start: &[String],
) -> Result<(BTreeSet<String>, Vec<Edge>, bool)> {
    let cap = q.max_nodes.unwrap_or(usize::MAX).max(start.len());
    let mut nodes: BTreeSet<String> = start.iter().cloned().collect();
    let mut edges: Vec<Edge> = Vec::new();
    let mut frontier = nodes.clone();
    let mut truncated = false;
    for _ in 0..q.depth {
        if frontier.is_empty() {
            break;
        }
        let found = src.edges_of(&frontier)?;
        // Candidates by their total weight to the frontier.
        let mut pull: HashMap<&str, u64> = HashMap::new();
        for e in found.iter().filter(|e| q.keeps(e)) {
            for (here, there) in [(&e.source, &e.target), (&e.target, &e.source)] {
                if frontier.contains(here) && !nodes.contains(there) {
                    *pull.entry(there.as_str()).or_default() += e.weight;
                }
            }
        }
        let mut next: Vec<(&str, u64)> = pull.into_iter().collect();
        next.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let room = cap - nodes.len();
        if next.len() > room {
            truncated = true;
            next.truncate(room);
        }
        let next: BTreeSet<String> = next.into_iter().map(|(a, _)| a.to_string()).collect();
        nodes.extend(next.iter().cloned());
        edges.extend(found);
        frontier = next;
    }
    let mut seen = HashSet::new();
    edges.retain(|e| {
        q.keeps(e)
            && nodes.contains(&e.source)
            && nodes.contains(&e.target)
            && seen.insert((
                e.kind,
                e.event_type.clone(),
                e.source.clone(),
                e.target.clone(),
            ))
    });
    Ok((nodes, edges, truncated))
}

impl Store {
    /// The actor graph: the whole store's, or an actor's neighbourhood;
    /// from the edge table, or, with `since`/`until`, from the records of
    /// the documents published in that range.
    pub fn graph(&self, q: &GraphQuery) -> Result<Graph> {
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
        let (nodes, edges, truncated) = if dated {
            let edges = self.graph_edges_between(q)?;
            match &start {
                Some(ids) => neighbourhood(&mut MemorySource::new(edges), q, ids)?,
                None => self.whole_graph(edges, q)?,
            }
        } else {
            let mut table = TableSource::new(self, q);
            let (nodes, mut edges, truncated) = match &start {
                Some(ids) => neighbourhood(&mut table, q, ids)?,
                None => {
                    let edges = table.all()?;
                    self.whole_graph(edges, q)?
                }
            };
            table.resolve(&mut edges)?;
            (nodes, edges, truncated)
        };
        let mut graph = Graph {
            nodes: self.graph_nodes(&nodes)?,
            edges,
            truncated,
        };
        graph.sort();
        Ok(graph)
    }

    /// The kept edges and their ends, at most `max_nodes` of them.
    fn whole_graph(
        &self,
        mut edges: Vec<Edge>,
        q: &GraphQuery,
    ) -> Result<(BTreeSet<String>, Vec<Edge>, bool)> {
        edges.retain(|e| q.keeps(e));
        let mut nodes: BTreeSet<String> = BTreeSet::new();
        for e in &edges {
            nodes.insert(e.source.clone());
            nodes.insert(e.target.clone());
        }
        let mut truncated = false;
        if let Some(cap) = q.max_nodes {
            if nodes.len() > cap {
                truncated = true;
                nodes = self.top_actors_among(&nodes, cap)?;
                edges.retain(|e| nodes.contains(&e.source) && nodes.contains(&e.target));
            }
        }
        Ok((nodes, edges, truncated))
    }

    /// Edges from the records of documents published within the range.
    fn graph_edges_between(&self, q: &GraphQuery) -> Result<Vec<Edge>> {
        let mut sql = String::from(
            "SELECT content_id FROM documents INDEXED BY documents_published
             WHERE published IS NOT NULL",
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(s) = &q.since {
            args.push(s.clone());
            sql += &format!(" AND published >= ?{}", args.len());
        }
        if let Some(u) = &q.until {
            args.push(u.clone());
            sql += &format!(" AND published <= ?{}", args.len());
        }
        // In ingest order within a day, as the edge table cites them.
        sql += " ORDER BY published, doc";
        let ids: Vec<String> = self
            .conn()
            .prepare(&sql)?
            .query_map(rusqlite::params_from_iter(args), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut builder = EdgeBuilder::new();
        for id in ids {
            if let Some(record) = self.record(&id, false)? {
                builder.add_record(&record);
            }
        }
        Ok(builder.finish())
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
}
