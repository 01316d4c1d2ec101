//! The questions the CLI asks, each answered as a [`Table`]. Every query
//! walks an index in the order it returns rows (newest first, by
//! `published`) and stops at its limit, or reads a derived counter table,
//! so answers stay fast on large stores.

use crate::{codes, Error, Result, Store};
use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, Row};
use serde_json::{Map, Value};

/// Rows with named columns; values are JSON scalars (or `null`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    fn new(columns: &[&'static str]) -> Table {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Row `i` as a JSON object keyed by column name.
    pub fn object(&self, i: usize) -> Value {
        let mut obj = Map::new();
        for (c, v) in self.columns.iter().zip(&self.rows[i]) {
            obj.insert((*c).to_string(), v.clone());
        }
        Value::Object(obj)
    }
}

/// `sitrep search`.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// FTS5 query syntax; anything that does not parse as such is searched
    /// for as plain words.
    pub query: String,
    pub actor: Option<String>,
    pub since: Option<String>,
    pub limit: usize,
    /// Best match first (bm25) instead of newest first, among the
    /// [`RANKED_MATCHES`] most recently stored matches.
    pub rank: bool,
}

/// `sitrep events` (and `timeline` rows).
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub actor: Option<String>,
    pub event_type: Option<String>,
    /// Two actors, one on each side (either way round).
    pub between: Option<(String, String)>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: usize,
}

/// `sitrep claims`.
#[derive(Debug, Clone, Default)]
pub struct ClaimQuery {
    pub speaker: Option<String>,
    /// Only denials, and claims another speaker denies something against
    /// in the same document.
    pub disputed: bool,
    pub limit: usize,
}

/// How many matches `search --rank` ranks: the most recently stored ones
/// (the highest document keys). bm25 is computed for every row it orders,
/// so ranking every match of a common word took time in proportion to the
/// store (70 ms of CPU for 80,000 matches at 100,000 documents); the
/// newest matches are found on the index's own order, and their scores
/// still use the whole store's word statistics. A store with fewer
/// matches ranks them all.
pub const RANKED_MATCHES: usize = 5_000;

fn sql_to_json(v: Sql) -> Value {
    match v {
        Sql::Null => Value::Null,
        Sql::Integer(i) => Value::from(i),
        Sql::Real(f) => Value::from(f),
        Sql::Text(s) => Value::String(s),
        Sql::Blob(b) => Value::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

fn row_values(row: &Row<'_>, n: usize) -> rusqlite::Result<Vec<Value>> {
    row_values_from(row, 0, n)
}

fn row_values_from(row: &Row<'_>, from: usize, to: usize) -> rusqlite::Result<Vec<Value>> {
    (from..to)
        .map(|i| row.get::<_, Sql>(i).map(sql_to_json))
        .collect()
}

/// The stored records a query's rows come from, read once per document.
#[derive(Default)]
struct StoredRecords(std::collections::HashMap<i64, sitrep_record::Record>);

impl StoredRecords {
    /// The record of document key `doc` (content id `id`, for errors), its
    /// span texts filled from the document text.
    fn get(&mut self, store: &Store, doc: i64, id: &str) -> Result<&sitrep_record::Record> {
        use std::collections::hash_map::Entry;
        match self.0.entry(doc) {
            Entry::Occupied(e) => Ok(e.into_mut()),
            Entry::Vacant(e) => {
                let (stored, text): (Vec<u8>, String) = store
                    .conn()
                    .prepare_cached("SELECT record, text FROM documents WHERE doc = ?1")?
                    .query_row([doc], |r| Ok((r.get(0)?, r.get(1)?)))?;
                let record =
                    crate::compact::expand(&stored, &text).map_err(|reason| Error::Damaged {
                        id: id.to_string(),
                        reason,
                    })?;
                Ok(e.insert(record))
            }
        }
    }
}

impl Store {
    /// Actor ids named by `who`: an id, or a canonical name (any case).
    pub fn resolve_actor(&self, who: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT actor FROM actor_stats WHERE actor = ?1
             UNION SELECT actor FROM actor_stats WHERE name = ?1 COLLATE NOCASE",
        )?;
        let ids = stmt
            .query_map([who], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }

    /// The integer keys (`actor_names`) of the actors named by `who`, as
    /// [`resolve_actor`](Store::resolve_actor) finds them.
    fn actor_keys(&self, who: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT n.id FROM actor_stats s JOIN actor_names n ON n.actor = s.actor
             WHERE s.actor = ?1
             UNION SELECT n.id FROM actor_stats s JOIN actor_names n ON n.actor = s.actor
             WHERE s.name = ?1 COLLATE NOCASE",
        )?;
        let keys = stmt
            .query_map([who], |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(keys)
    }

    fn actors_or_none(&self, who: &Option<String>) -> Result<Option<Vec<i64>>> {
        match who {
            Some(w) => Ok(Some(self.actor_keys(w)?)),
            None => Ok(None),
        }
    }

    /// Full-text search, best match first.
    pub fn search(&self, q: &SearchQuery) -> Result<Table> {
        match self.search_with(q, &q.query) {
            Err(Error::Sqlite(e)) if is_fts_syntax_error(&e) => {
                // Not FTS5 syntax ("U.S.", "al-Assad"): search the words as phrases.
                let words: Vec<String> = q
                    .query
                    .split_whitespace()
                    .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
                    .collect();
                if words.is_empty() {
                    return Ok(Table::new(SEARCH_COLUMNS));
                }
                self.search_with(q, &words.join(" "))
            }
            other => other,
        }
    }

    fn search_with(&self, q: &SearchQuery, fts: &str) -> Result<Table> {
        let mut t = Table::new(SEARCH_COLUMNS);
        let actors = self.actors_or_none(&q.actor)?;
        if actors.as_ref().is_some_and(Vec::is_empty) {
            return Ok(t);
        }
        let mut args: Vec<Sql> = vec![Sql::Text(fts.to_string())];
        let mut filters = String::new();
        if let Some(since) = &q.since {
            args.push(Sql::Text(since.clone()));
            filters += &format!(" AND d.published >= ?{}", args.len());
        }
        if let Some(ids) = &actors {
            filters += &format!(
                " AND EXISTS (SELECT 1 FROM actors a WHERE a.doc = d.doc AND a.actor IN ({}))",
                placeholders(&mut args, ids)
            );
        }
        args.push(Sql::Integer(q.limit as i64));
        let limit = args.len();
        let sql = if q.rank {
            // The lowest key among the newest RANKED_MATCHES matches bounds
            // the rows FTS5 scores (a rowid range it applies itself).
            format!(
                "SELECT d.doc, d.content_id, d.published, d.outlet, d.title, d.uri
                 FROM docs_fts CROSS JOIN documents d ON d.doc = docs_fts.rowid
                 WHERE docs_fts MATCH ?1
                   AND docs_fts.rowid >= coalesce((SELECT rowid FROM docs_fts
                       WHERE docs_fts MATCH ?1 ORDER BY rowid DESC
                       LIMIT 1 OFFSET {skip}), 0) {filters}
                 ORDER BY docs_fts.rank LIMIT ?{limit}",
                skip = RANKED_MATCHES - 1
            )
        } else {
            // The matching rowids (no ranking) as a set, then the newest
            // documents walked on the published index until the limit (left
            // to itself the planner looks up every match and sorts).
            format!(
                "SELECT d.doc, d.content_id, d.published, d.outlet, d.title, d.uri
                 FROM documents d INDEXED BY documents_published
                 WHERE d.doc IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1) {filters}
                 ORDER BY d.published DESC, d.doc DESC LIMIT ?{limit}"
            )
        };
        let mut stmt = self.conn().prepare(&sql)?;
        let hits = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((r.get::<_, i64>(0)?, row_values_from(r, 1, 6)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut snippet = self.conn().prepare_cached(
            "SELECT snippet(docs_fts, 1, '[', ']', '…', 12) FROM docs_fts
             WHERE docs_fts MATCH ?1 AND rowid = ?2",
        )?;
        for (doc, mut row) in hits {
            let text: Option<String> = snippet
                .query_row(rusqlite::params![fts, doc], |r| r.get(0))
                .optional()?;
            row.insert(4, text.map_or(Value::Null, Value::String));
            t.rows.push(row);
        }
        Ok(t)
    }

    /// Actors by the number of documents that mention them.
    pub fn actors(&self, top: usize) -> Result<Table> {
        let mut t = Table::new(&["actor", "name", "kind", "country", "documents", "mentions"]);
        let mut stmt = self.conn().prepare_cached(
            "SELECT actor, name, kind, country, docs, mentions FROM actor_stats
             ORDER BY docs DESC, mentions DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([top as i64], |r| row_values(r, 6))?;
        for row in rows {
            t.rows.push(row?);
        }
        Ok(t)
    }

    /// Events, newest first.
    pub fn events(&self, q: &EventQuery) -> Result<Table> {
        let mut t = Table::new(EVENT_COLUMNS);
        let mut args: Vec<Sql> = Vec::new();
        let mut filters: Vec<String> = Vec::new();
        // The actor whose index drives the walk, and at most one more.
        let (lead, other) = match (&q.actor, &q.between) {
            (_, Some((a, b))) => (Some(a), Some(b)),
            (Some(a), None) => (Some(a), None),
            (None, None) => (None, None),
        };
        let lead_ids = match lead {
            Some(w) => Some(self.actor_keys(w)?),
            None => None,
        };
        let other_ids = match other {
            Some(w) => Some(self.actor_keys(w)?),
            None => None,
        };
        if lead_ids.as_ref().is_some_and(Vec::is_empty)
            || other_ids.as_ref().is_some_and(Vec::is_empty)
        {
            return Ok(t);
        }
        let type_code = match &q.event_type {
            Some(ty) => match codes::type_code_of(&ty.to_uppercase()) {
                Some(code) => Some(code),
                None => return Ok(t), // no event has a type of that name
            },
            None => None,
        };
        // Three walks, each in date order on an index: an actor's event
        // rows, a type's events, or (neither) the documents by date. Within
        // a document the walk takes the events with the greatest ids first
        // (the order the index on the text ids gave before they became
        // integers); the rows are then shown in id order.
        let (from, date, doc) = if let Some(ids) = &lead_ids {
            filters.push(format!("x.actor IN ({})", placeholders(&mut args, ids)));
            if let Some(others) = &other_ids {
                filters.push(format!(
                    "EXISTS (SELECT 1 FROM event_actors y WHERE y.actor IN ({})
                       AND y.day = x.day AND y.doc = x.doc AND y.eno = x.eno
                       AND ((x.is_source AND y.is_target) OR (x.is_target AND y.is_source)))",
                    placeholders(&mut args, others)
                ));
            }
            if let (Some(_), Some(actor)) = (&q.between, &q.actor) {
                let ids = self.actor_keys(actor)?;
                if ids.is_empty() {
                    return Ok(t);
                }
                filters.push(format!(
                    "EXISTS (SELECT 1 FROM event_actors z WHERE z.actor IN ({})
                       AND z.day = x.day AND z.doc = x.doc AND z.eno = x.eno)",
                    placeholders(&mut args, &ids)
                ));
            }
            (
                "event_actors x CROSS JOIN events e ON e.doc = x.doc AND e.eno = x.eno",
                "x.day",
                "x.doc",
            )
        } else if type_code.is_some() {
            ("events e INDEXED BY events_type", "e.day", "e.doc")
        } else {
            (
                "documents d INDEXED BY documents_published
                 CROSS JOIN events e ON e.doc = d.doc",
                "d.published",
                "d.doc",
            )
        };
        if let Some(code) = type_code {
            args.push(Sql::Integer(code));
            filters.push(format!("e.type = ?{}", args.len()));
        }
        for (bound, op, flag) in [(&q.since, ">=", "--since"), (&q.until, "<=", "--until")] {
            let Some(bound) = bound else { continue };
            let key = codes::bound_key(flag, bound)?;
            args.push(if date == "d.published" {
                Sql::Text(bound.clone())
            } else {
                Sql::Integer(key)
            });
            filters.push(format!("{date} {op} ?{}", args.len()));
        }
        if date == "x.day" && q.until.is_some() {
            // Undated event-actor rows hold the lowest key; they are never
            // within a date range.
            filters.push(format!("x.day <> {}", codes::UNDATED));
        }
        args.push(Sql::Integer(q.limit as i64));
        let limit = args.len();
        let filters = if filters.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", filters.join(" AND "))
        };
        let distinct = if lead_ids.as_ref().is_some_and(|ids| ids.len() > 1) {
            "DISTINCT"
        } else {
            ""
        };
        let sql = format!(
            "SELECT d.published, e.type, e.modality, NULL, NULL,
                    e.doc, e.eno, d.content_id, hit.eid, d.title
             FROM (SELECT {distinct} e.doc, e.eno, {date} AS date, {eid} AS eid
                   FROM {from} {filters}
                   ORDER BY {date} DESC, {doc} DESC, eid DESC LIMIT ?{limit}) AS hit
             CROSS JOIN events e ON e.doc = hit.doc AND e.eno = hit.eno
             CROSS JOIN documents d ON d.doc = e.doc
             ORDER BY hit.date DESC, e.doc DESC, hit.eid",
            eid = "coalesce(e.eid, 'e' || (e.eno + 1))",
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| row_values(r, 10))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // The sources, targets, trigger and sentence from the records
        // (columns 5 and 6 hold the document key and the event's place in
        // its record).
        let mut records = StoredRecords::default();
        for mut row in rows {
            row[1] = Value::from(codes::type_name(row[1].as_i64().unwrap_or(-1)));
            row[2] = Value::from(codes::modality_name(row[2].as_i64().unwrap_or(-1)));
            let (doc, eno) = (row[5].as_i64().unwrap_or(-1), row[6].as_i64().unwrap_or(-1));
            let id = row[7].as_str().unwrap_or("").to_string();
            let record = records.get(self, doc, &id)?;
            let event = usize::try_from(eno)
                .ok()
                .and_then(|n| record.events.get(n))
                .ok_or_else(|| Error::Damaged {
                    id,
                    reason: format!("event {eno} is not in the stored record"),
                })?;
            // Each actor once, in id order, space-separated; null for none
            // (what the rows of `event_actors` gave).
            let actors = |ids: &[String]| {
                let ids: std::collections::BTreeSet<&str> =
                    ids.iter().map(String::as_str).collect();
                if ids.is_empty() {
                    Value::Null
                } else {
                    Value::String(ids.into_iter().collect::<Vec<_>>().join(" "))
                }
            };
            row[3] = actors(&event.source);
            row[4] = actors(&event.target);
            row[5] = Value::String(event.trigger.text.clone());
            row[6] = Value::String(event.sentence.text.clone());
            t.rows.push(row);
        }
        Ok(t)
    }

    /// Claims, newest first.
    pub fn claims(&self, q: &ClaimQuery) -> Result<Table> {
        let mut t = Table::new(CLAIM_COLUMNS);
        let mut args: Vec<Sql> = Vec::new();
        let mut filters: Vec<String> = Vec::new();
        if let Some(who) = &q.speaker {
            // An actor's claims by id (on the speaker index); otherwise the
            // speaker's own words, for speakers no actor was resolved for.
            let ids = self.actor_keys(who)?;
            if ids.is_empty() {
                args.push(Sql::Text(who.clone()));
                filters.push(format!(
                    "c.speaker_actor IS NULL AND c.speaker_text = ?{} COLLATE NOCASE",
                    args.len()
                ));
            } else {
                filters.push(format!(
                    "c.speaker_actor IN ({})",
                    placeholders(&mut args, &ids)
                ));
            }
        }
        if q.disputed {
            filters.push(
                "(c.stance = 1 OR EXISTS (SELECT 1 FROM claims n WHERE n.doc = c.doc
                   AND n.stance = 1 AND n.cno <> c.cno
                   AND n.speaker_actor IS NOT c.speaker_actor))"
                    .to_string(),
            );
        }
        // A speaker's claims on the speaker index by date; all claims by
        // walking the documents by date.
        let (from, date, doc) = if q.speaker.is_some() {
            ("claims c", "c.day", "c.doc")
        } else {
            (
                "documents d INDEXED BY documents_published
                 CROSS JOIN claims c ON c.doc = d.doc",
                "d.published",
                "d.doc",
            )
        };
        args.push(Sql::Integer(q.limit as i64));
        let filters = if filters.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", filters.join(" AND "))
        };
        let sql = format!(
            "SELECT d.published,
                    coalesce((SELECT actor FROM actor_names WHERE id = c.speaker_actor), ''),
                    c.stance, c.hedged,
                    NULL, NULL, d.content_id, hit.cid, d.title, c.doc, c.cno
             FROM (SELECT c.doc, c.cno, {date} AS date, {cid} AS cid FROM {from} {filters}
                   ORDER BY {date} DESC, {doc} DESC, cid LIMIT ?{limit}) AS hit
             CROSS JOIN claims c ON c.doc = hit.doc AND c.cno = hit.cno
             CROSS JOIN documents d ON d.doc = c.doc
             ORDER BY hit.date DESC, c.doc DESC, hit.cid",
            limit = args.len(),
            cid = "coalesce(c.cid, 'c' || (c.cno + 1))",
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((row_values(r, 9)?, r.get::<_, i64>(9)?, r.get::<_, i64>(10)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // The speaker's words, cue, content, audience and channels from the
        // records.
        let mut records = StoredRecords::default();
        for (v, doc, cno) in rows {
            let id = v[6].as_str().unwrap_or("").to_string();
            let record = records.get(self, doc, &id)?;
            let extra = usize::try_from(cno).ok().and_then(|n| record.claims.get(n));
            let Some(extra) = extra else {
                return Err(Error::Damaged {
                    id,
                    reason: format!("claim {cno} is not in the stored record"),
                });
            };
            let extra = Some(extra);
            let speaker_text = extra
                .and_then(|c| c.speaker.text.clone())
                .map_or(Value::Null, Value::String);
            let audience = extra
                .and_then(|c| c.audience.clone())
                .map_or(Value::Null, Value::String);
            let via = match extra {
                Some(c) if !c.via.is_empty() => {
                    Value::String(serde_json::to_string(&c.via).expect("via serializes"))
                }
                _ => Value::Null,
            };
            let stance = if v[2].as_i64() == Some(1) {
                "deny"
            } else {
                "assert"
            };
            let mut it = v.into_iter();
            let mut next = || it.next().unwrap_or(Value::Null);
            let (published, speaker, _, hedged) = (next(), next(), next(), next());
            let (_, _, id, claim, title) = (next(), next(), next(), next(), next());
            let cue = extra.map_or(Value::Null, |c| Value::String(c.cue.text.clone()));
            let content = extra.map_or(Value::Null, |c| Value::String(c.content.text.clone()));
            t.rows.push(vec![
                published,
                speaker,
                speaker_text,
                Value::from(stance),
                Value::Bool(hedged.as_i64() == Some(1)),
                cue,
                content,
                audience,
                via,
                id,
                claim,
                title,
            ]);
        }
        Ok(t)
    }

    /// Per day, the events involving an actor, oldest first, with the
    /// count of each event type that day (types in alphabetical order).
    pub fn timeline(&self, actor: &str, since: Option<&str>, until: Option<&str>) -> Result<Table> {
        let mut t = Table::new(&["date", "events", "types"]);
        let ids = self.actor_keys(actor)?;
        if ids.is_empty() {
            return Ok(t);
        }
        let mut args: Vec<Sql> = Vec::new();
        let mut sql = format!(
            "SELECT day, sum(events), group_concat({name} || ':' || events, ' ')
             FROM actor_days WHERE actor IN ({ids})",
            name = codes::type_name_sql("type"),
            ids = placeholders(&mut args, &ids)
        );
        // Undated events have the lowest day: before any --since, within any --until.
        if let Some(s) = since {
            args.push(Sql::Integer(codes::bound_key("--since", s)?));
            sql += &format!(" AND day >= ?{}", args.len());
        }
        if let Some(u) = until {
            args.push(Sql::Integer(codes::bound_key("--until", u)?));
            sql += &format!(" AND day <= ?{}", args.len());
        }
        sql += " GROUP BY day ORDER BY day";
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            let day: i64 = r.get(0)?;
            let date = if day == codes::UNDATED {
                Value::Null
            } else {
                Value::String(codes::day_text(day))
            };
            Ok(vec![
                date,
                Value::from(r.get::<_, i64>(1)?),
                Value::String(r.get(2)?),
            ])
        })?;
        for row in rows {
            t.rows.push(row?);
        }
        // Undated events last.
        t.rows.sort_by_key(|r| r[0].is_null());
        Ok(t)
    }
}

const SEARCH_COLUMNS: &[&str] = &["id", "published", "outlet", "title", "snippet", "uri"];
const EVENT_COLUMNS: &[&str] = &[
    "published",
    "type",
    "modality",
    "source",
    "target",
    "trigger",
    "sentence",
    "doc",
    "event",
    "title",
];
const CLAIM_COLUMNS: &[&str] = &[
    "published",
    "speaker",
    "speaker_text",
    "stance",
    "hedged",
    "cue",
    "content",
    "audience",
    "via",
    "doc",
    "claim",
    "title",
];

/// Appends the actor keys `keys` to `args` and returns their placeholders
/// ("?3, ?4").
fn placeholders(args: &mut Vec<Sql>, keys: &[i64]) -> String {
    let mut out = Vec::new();
    for &key in keys {
        args.push(Sql::Integer(key));
        out.push(format!("?{}", args.len()));
    }
    out.join(", ")
}

fn is_fts_syntax_error(e: &rusqlite::Error) -> bool {
    let msg = e.to_string();
    msg.contains("fts5: syntax error")
        || msg.contains("no such column")
        || msg.contains("unknown special query")
        || msg.contains("unterminated string")
}
