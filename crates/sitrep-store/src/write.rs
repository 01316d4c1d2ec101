//! The single writer. Records are staged into an open transaction and made
//! durable together by [`Writer::commit`]; a process killed at any moment
//! leaves the store at its last commit, and re-putting the same inputs
//! finishes the job without duplicates.

use crate::codes::{self, day_key};
use crate::compact;
use crate::graph::DocEdges;
use crate::Result;
use rusqlite::{params, Connection, OptionalExtension};
use sitrep_record::fast_map::FastMap;
use sitrep_record::{EventRecord, Record};
use std::collections::{BTreeSet, HashSet};
use std::time::{SystemTime, UNIX_EPOCH};

/// What [`Writer::put`] did with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    /// A new document.
    Added,
    /// A new version of a stored uri: the old document was removed.
    Replaced,
    /// Its content id was already stored: nothing changed.
    Unchanged,
}

/// A record made ready for the writer: its stored form (see `compact`)
/// and its graph edges computed beforehand, so that the costly parts of a
/// put (serializing and deflating the record, finding and encoding its
/// edges) can run on other threads than the one writer.
pub struct Prepared {
    record: Record,
    stored: Vec<u8>,
    text_z: Vec<u8>,
    edges: DocEdges,
}

impl Prepared {
    /// Prepares `record`, which must carry `doc.text` (extract it with
    /// `with_text`).
    pub fn new(record: Record) -> Result<Prepared> {
        let text = record.doc.text.as_deref().ok_or_else(no_text)?;
        let stored = compact::compact(&record, text);
        let text_z = compact::deflate_text(text);
        let edges = DocEdges::of(&record);
        Ok(Prepared {
            record,
            stored,
            text_z,
            edges,
        })
    }

    /// The record prepared.
    pub fn record(&self) -> &Record {
        &self.record
    }
}

fn no_text() -> crate::Error {
    crate::Error::Query("a record to store needs doc.text".into())
}

/// The store's one writer (see the module docs).
pub struct Writer<'a> {
    conn: &'a mut Connection,
    open: bool,
    /// Counter deltas of the open transaction: (docs, mentions, name, kind, country).
    stats: FastMap<String, StatDelta>,
    /// Timeline deltas: (actor key, day key or `codes::UNDATED`, type code) → events.
    days: FastMap<(i64, i64, i64), i64>,
    /// Actor ids → their integer keys (`actor_names`), as looked up or
    /// given; forgotten on rollback, which takes back the keys it gave.
    actor_keys: FastMap<String, i64>,
    /// Documents of the open transaction not yet in the FTS index.
    unindexed: Vec<i64>,
    /// Edge changes of the open transaction (`graph_edges`).
    graph: crate::graph::GraphDelta,
    now: String,
    /// The digest of the resources the records were made with
    /// ([`Writer::set_analysis`]); `None` takes any stored copy as current.
    analysis: Option<i64>,
}

#[derive(Default)]
struct StatDelta {
    docs: i64,
    mentions: i64,
    meta: Option<(String, String, Option<String>)>,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(conn: &'a mut Connection) -> Writer<'a> {
        Writer {
            conn,
            open: false,
            stats: FastMap::default(),
            days: FastMap::default(),
            actor_keys: FastMap::default(),
            unindexed: Vec::new(),
            graph: Default::default(),
            now: String::new(),
            analysis: None,
        }
    }

    /// Records from now on were made with resources of this digest: a
    /// stored copy of the same content made with other resources is
    /// replaced instead of kept.
    pub fn set_analysis(&mut self, digest: i64) {
        self.analysis = Some(digest);
    }

    fn begin(&mut self) -> Result<()> {
        if !self.open {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.open = true;
            self.now = now_rfc3339();
        }
        Ok(())
    }

    /// Stages one record; `record.doc.text` must hold the normalized text
    /// (extract it with `with_text`). Nothing is durable until [`commit`].
    ///
    /// [`commit`]: Writer::commit
    pub fn put(&mut self, record: &Record) -> Result<PutOutcome> {
        self.put_stored(record, None)
    }

    /// As [`put`](Writer::put), for a record prepared beforehand (on another
    /// thread): the writer only does the SQL.
    pub fn put_prepared(&mut self, prepared: &Prepared) -> Result<PutOutcome> {
        self.put_stored(
            &prepared.record,
            Some((&prepared.stored, &prepared.text_z, &prepared.edges)),
        )
    }

    /// `stored`: the record's stored form, deflated text and edges, when
    /// prepared.
    fn put_stored(
        &mut self,
        record: &Record,
        stored: Option<(&[u8], &[u8], &DocEdges)>,
    ) -> Result<PutOutcome> {
        let text = record.doc.text.as_deref().ok_or_else(no_text)?;
        self.begin()?;
        let known: Option<(i64, Option<i64>, String)> = self
            .conn
            .prepare_cached(
                "SELECT doc, analysis, ingested_at FROM documents WHERE content_id = ?1",
            )?
            .query_row([&record.doc.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        // The same content analysed with other resources is replaced, under
        // its old key and ingest time: it is the same document, so a report
        // does not list it as new since the last one.
        let mut reanalysed: Option<(i64, String)> = None;
        if let Some((doc, analysis, ingested_at)) = known {
            if self.analysis.is_none() || analysis == self.analysis {
                return Ok(PutOutcome::Unchanged);
            }
            self.remove(doc)?;
            reanalysed = Some((doc, ingested_at));
        }
        let old: Vec<i64> = self
            .conn
            .prepare_cached("SELECT doc FROM documents WHERE uri = ?1")?
            .query_map([&record.doc.uri], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for &doc in &old {
            self.remove(doc)?;
        }
        let kept = reanalysed.as_ref().map(|(doc, at)| (*doc, at.as_str()));
        match stored {
            Some((stored, text_z, edges)) => self.insert(record, stored, text_z, edges, kept)?,
            None => self.insert(
                record,
                &compact::compact(record, text),
                &compact::deflate_text(text),
                &DocEdges::of(record),
                kept,
            )?,
        }
        Ok(if old.is_empty() && reanalysed.is_none() {
            PutOutcome::Added
        } else {
            PutOutcome::Replaced
        })
    }

    /// Commits the open transaction (if any), with the counters it changed.
    pub fn commit(&mut self) -> Result<()> {
        if !self.open {
            return Ok(());
        }
        self.flush_counters()?;
        self.graph.flush(self.conn)?;
        self.index_text()?;
        self.conn.execute_batch("COMMIT")?;
        self.open = false;
        Ok(())
    }

    /// Abandons the open transaction.
    pub fn rollback(&mut self) -> Result<()> {
        self.stats.clear();
        self.days.clear();
        self.unindexed.clear();
        self.graph.clear();
        self.actor_keys.clear();
        if self.open {
            self.open = false;
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    fn remove(&mut self, doc: i64) -> Result<()> {
        let record = crate::graph::stored_record(self.conn, doc)?;
        self.graph.remove(self.conn, doc, record.as_ref())?;
        // The event-actor rows are keyed by actor first: found from the
        // record, as `insert` wrote them.
        if let Some(record) = &record {
            let day = day_key(record.doc.published.as_deref()).unwrap_or(codes::UNDATED);
            let mut delete = self.conn.prepare_cached(
                "DELETE FROM event_actors WHERE actor = ?1 AND day = ?2 AND doc = ?3 AND eno = ?4",
            )?;
            for (n, e) in stored_events(record) {
                let etype = codes::type_code(e.event_type);
                for (actor, _, _) in event_actor_rows(e) {
                    let key = actor_key(self.conn, &mut self.actor_keys, actor)?;
                    delete.execute(params![key, day, doc, n as i64])?;
                    *self.days.entry((key, day, etype)).or_default() -= 1;
                }
            }
        }
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT n.actor, a.mentions FROM actors a JOIN actor_names n ON n.id = a.actor
                 WHERE a.doc = ?1",
            )?;
            let rows =
                stmt.query_map([doc], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            for row in rows {
                let (actor, mentions) = row?;
                let d = self.stats.entry(actor).or_default();
                d.docs -= 1;
                d.mentions -= mentions;
            }
        }
        if let Some(i) = self.unindexed.iter().position(|&d| d == doc) {
            self.unindexed.swap_remove(i);
        } else {
            self.conn
                .prepare_cached(
                    "INSERT INTO docs_fts (docs_fts, rowid, title, text)
                     SELECT 'delete', doc, title, text FROM documents WHERE doc = ?1",
                )?
                .execute([doc])?;
        }
        // The other child rows go by ON DELETE CASCADE.
        self.conn
            .prepare_cached("DELETE FROM documents WHERE doc = ?1")?
            .execute([doc])?;
        Ok(())
    }

    fn insert(
        &mut self,
        record: &Record,
        stored: &[u8],
        text_z: &[u8],
        edges: &DocEdges,
        // The key and ingest time of the stored copy of this content, when it is analysed again.
        kept: Option<(i64, &str)>,
    ) -> Result<()> {
        let meta = &record.doc;
        let published = meta.published.as_deref();
        // A NULL key is a new one (SQLite's rowid).
        let (key, ingested_at) = match kept {
            Some((key, at)) => (Some(key), at),
            None => (None, self.now.as_str()),
        };
        self.conn
            .prepare_cached(
                "INSERT INTO documents (content_id, uri, title, outlet, published, language,
                   chars, text_z, opinion_share, attributed_share, ingested_at, record, analysis,
                   doc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(params![
                meta.id,
                meta.uri,
                meta.title,
                meta.outlet,
                published,
                meta.language,
                meta.chars as i64,
                text_z,
                record.framing.opinion_share,
                record.framing.attributed_share,
                ingested_at,
                stored,
                self.analysis,
                key,
            ])?;
        let doc = self.conn.last_insert_rowid();
        self.unindexed.push(doc);
        self.graph.add(edges, published, doc);

        {
            let mut actors = self.conn.prepare_cached(
                "INSERT OR IGNORE INTO actors (doc, actor, mentions) VALUES (?1, ?2, ?3)",
            )?;
            for a in &record.actors {
                let key = actor_key(self.conn, &mut self.actor_keys, &a.id)?;
                if actors.execute(params![doc, key, a.mentions.len() as i64])? == 0 {
                    continue; // an actor listed twice in one record: counted once
                }
                let d = match self.stats.get_mut(a.id.as_str()) {
                    Some(d) => d,
                    None => self.stats.entry(a.id.clone()).or_default(),
                };
                d.docs += 1;
                d.mentions += a.mentions.len() as i64;
                let (kind, country) = (a.kind.as_str(), a.country.as_deref());
                match &mut d.meta {
                    None => d.meta = Some((a.name.clone(), kind.to_string(), a.country.clone())),
                    Some(seen) => merge_meta(seen, &a.name, kind, country),
                }
            }

            let day = day_key(published);
            let mut events = self.conn.prepare_cached(
                "INSERT INTO events (doc, eno, eid, type, modality, day)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut event_actors = self.conn.prepare_cached(
                "INSERT INTO event_actors (actor, day, doc, eno, is_source, is_target)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let actor_day = day.unwrap_or(codes::UNDATED);
            for (n, e) in stored_events(record) {
                let etype = codes::type_code(e.event_type);
                let eid = (e.id != codes::default_id('e', n)).then_some(e.id.as_str());
                events.execute(params![
                    doc,
                    n as i64,
                    eid,
                    etype,
                    codes::modality_code(e.modality),
                    day
                ])?;
                for (actor, is_source, is_target) in event_actor_rows(e) {
                    let key = actor_key(self.conn, &mut self.actor_keys, actor)?;
                    event_actors
                        .execute(params![key, actor_day, doc, n as i64, is_source, is_target])?;
                    *self.days.entry((key, actor_day, etype)).or_default() += 1;
                }
            }

            let mut claims = self.conn.prepare_cached(
                "INSERT INTO claims (doc, cno, cid, speaker_actor, speaker_text, stance,
                   hedged, day)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            // An id listed twice in one record: the first one is kept.
            let mut seen: HashSet<&str> = HashSet::new();
            for (n, c) in record.claims.iter().enumerate() {
                if !seen.insert(&c.id) {
                    continue;
                }
                let cid = (c.id != codes::default_id('c', n)).then_some(c.id.as_str());
                // The words are needed here only to match a speaker without an actor.
                let speaker_text = match c.speaker.actor {
                    None => c.speaker.text.as_deref(),
                    Some(_) => None,
                };
                let speaker = match &c.speaker.actor {
                    Some(actor) => Some(actor_key(self.conn, &mut self.actor_keys, actor)?),
                    None => None,
                };
                claims.execute(params![
                    doc,
                    n as i64,
                    cid,
                    speaker,
                    speaker_text,
                    c.stance == sitrep_record::Stance::Deny,
                    c.hedged,
                    day
                ])?;
            }
        }
        Ok(())
    }

    /// Indexes the batch's new documents in one statement: FTS5 flushes its
    /// pending terms at every statement savepoint, so one insert per
    /// document would write (and later merge) one segment per document.
    fn index_text(&mut self) -> Result<()> {
        if self.unindexed.is_empty() {
            return Ok(());
        }
        let ids = serde_json::to_string(&self.unindexed).expect("ids serialize");
        self.conn
            .prepare_cached(
                "INSERT INTO docs_fts (rowid, title, text)
                 SELECT doc, title, text FROM documents
                 WHERE doc IN (SELECT value FROM json_each(?1))",
            )?
            .execute([ids])?;
        self.unindexed.clear();
        Ok(())
    }

    fn flush_counters(&mut self) -> Result<()> {
        let mut upsert = self.conn.prepare_cached(
            "INSERT INTO actor_stats (actor, name, kind, country, docs, mentions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (actor) DO UPDATE SET
               docs = docs + excluded.docs,
               mentions = mentions + excluded.mentions,
               name = CASE WHEN ?7 THEN min(name, excluded.name) ELSE name END,
               kind = CASE WHEN ?7 THEN min(kind, excluded.kind) ELSE kind END,
               country = CASE WHEN ?7 THEN coalesce(min(country, excluded.country), country, excluded.country)
                              ELSE country END",
        )?;
        let mut drop_stat = self
            .conn
            .prepare_cached("DELETE FROM actor_stats WHERE actor = ?1 AND docs <= 0")?;
        for (actor, d) in self.stats.drain() {
            let has_meta = d.meta.is_some();
            let (name, kind, country) = d
                .meta
                .unwrap_or_else(|| (actor.clone(), String::new(), None));
            upsert.execute(params![
                actor, name, kind, country, d.docs, d.mentions, has_meta
            ])?;
            if d.docs < 0 {
                drop_stat.execute([&actor])?;
            }
        }
        let mut day = self.conn.prepare_cached(
            "INSERT INTO actor_days (actor, day, type, events) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (actor, day, type) DO UPDATE SET events = events + excluded.events",
        )?;
        let mut drop_day = self.conn.prepare_cached(
            "DELETE FROM actor_days WHERE actor = ?1 AND day = ?2 AND type = ?3 AND events <= 0",
        )?;
        for ((actor, d, t), n) in self.days.drain() {
            if n == 0 {
                continue;
            }
            day.execute(params![actor, d, t, n])?;
            if n < 0 {
                drop_day.execute(params![actor, d, t])?;
            }
        }
        Ok(())
    }
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        // An uncommitted batch is abandoned, never half-written.
        let _ = self.rollback();
    }
}

/// The integer key of actor id `actor` (`actor_names`), given now when it
/// has none; `keys` remembers them.
fn actor_key(conn: &Connection, keys: &mut FastMap<String, i64>, actor: &str) -> Result<i64> {
    if let Some(&key) = keys.get(actor) {
        return Ok(key);
    }
    let found: Option<i64> = conn
        .prepare_cached("SELECT id FROM actor_names WHERE actor = ?1")?
        .query_row([actor], |r| r.get(0))
        .optional()?;
    let key = match found {
        Some(key) => key,
        None => {
            conn.prepare_cached("INSERT INTO actor_names (actor) VALUES (?1)")?
                .execute([actor])?;
            conn.last_insert_rowid()
        }
    };
    keys.insert(actor.to_string(), key);
    Ok(key)
}

/// The events of a record that get rows, with their place in the record:
/// an id listed twice keeps its first event.
fn stored_events(record: &Record) -> impl Iterator<Item = (usize, &EventRecord)> {
    let mut seen: HashSet<&str> = HashSet::new();
    record
        .events
        .iter()
        .enumerate()
        .filter(move |(_, e)| seen.insert(&e.id))
}

/// An event's `event_actors` rows: each actor once, in id order, and
/// whether it is a source and a target.
fn event_actor_rows(e: &EventRecord) -> impl Iterator<Item = (&String, bool, bool)> {
    let involved: BTreeSet<&String> = e.source.iter().chain(&e.target).collect();
    involved
        .into_iter()
        .map(|a| (a, e.source.contains(a), e.target.contains(a)))
}

fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // civil-from-days (proleptic Gregorian), for a timestamp without a date crate
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// An actor's name, kind and country as two documents give them, merged by
/// a rule that does not depend on which came first: documents may disagree
/// (a person's country inferred from different contexts), and the store must
/// be the same whatever order — or crash and resume — its documents were
/// ingested in. A known country beats none; otherwise the alphabetically
/// first value is kept, field by field (the writer's SQL upsert does the same).
/// Merged into `seen` in place, copying only a value that wins.
fn merge_meta(
    seen: &mut (String, String, Option<String>),
    name: &str,
    kind: &str,
    country: Option<&str>,
) {
    if name < seen.0.as_str() {
        seen.0 = name.to_string();
    }
    if kind < seen.1.as_str() {
        seen.1 = kind.to_string();
    }
    if let Some(c) = country {
        if seen.2.as_deref().is_none_or(|s| c < s) {
            seen.2 = Some(c.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamp_is_rfc3339_utc() {
        let t = super::now_rfc3339();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20") && t.ends_with('Z'), "{t}");
    }

    #[test]
    fn actor_metadata_does_not_depend_on_document_order() {
        let m =
            |n: &str, c: Option<&str>| (n.to_string(), "person".to_string(), c.map(String::from));
        let docs = [
            m("Iravani", None),
            m("Amir Saeid Iravani", Some("USA")),
            m("Iravani", Some("IRN")),
        ];
        let fold = |order: &[usize]| {
            order
                .iter()
                .map(|&i| docs[i].clone())
                .reduce(|mut seen, b| {
                    super::merge_meta(&mut seen, &b.0, &b.1, b.2.as_deref());
                    seen
                })
                .unwrap()
        };
        let first = fold(&[0, 1, 2]);
        for order in [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            assert_eq!(fold(&order), first);
        }
        assert_eq!(first, m("Amir Saeid Iravani", Some("IRN")));
    }
}
