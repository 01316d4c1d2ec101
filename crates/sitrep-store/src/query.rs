//! The questions the CLI asks, each answered as a [`Table`]. Every query
//! walks an index in the order it returns rows (newest first, by
//! `published`) and stops at its limit, or reads a derived counter table,
//! so answers stay fast on large stores.

use crate::{Error, Result, Store};
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
    /// Best match first (bm25) instead of newest first. Ranking reads every
    /// match, so it is slower on large stores for common words.
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

/// The slice of `documents.text` (alias `d`) between two byte offsets.
fn slice(start: &str, end: &str) -> String {
    format!("CAST(substr(CAST(d.text AS BLOB), {start} + 1, {end} - {start}) AS TEXT)")
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

    fn actors_or_none(&self, who: &Option<String>) -> Result<Option<Vec<String>>> {
        match who {
            Some(w) => Ok(Some(self.resolve_actor(w)?)),
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
            format!(
                "SELECT d.doc, d.content_id, d.published, d.outlet, d.title, d.uri
                 FROM docs_fts CROSS JOIN documents d ON d.doc = docs_fts.rowid
                 WHERE docs_fts MATCH ?1 {filters}
                 ORDER BY docs_fts.rank LIMIT ?{limit}"
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
            Some(w) => Some(self.resolve_actor(w)?),
            None => None,
        };
        let other_ids = match other {
            Some(w) => Some(self.resolve_actor(w)?),
            None => None,
        };
        if lead_ids.as_ref().is_some_and(Vec::is_empty)
            || other_ids.as_ref().is_some_and(Vec::is_empty)
        {
            return Ok(t);
        }
        let from = if let Some(ids) = &lead_ids {
            filters.push(format!("x.actor IN ({})", placeholders(&mut args, ids)));
            if let Some(others) = &other_ids {
                filters.push(format!(
                    "EXISTS (SELECT 1 FROM event_actors y WHERE y.doc = x.doc AND y.eid = x.eid
                       AND y.actor IN ({})
                       AND ((x.is_source AND y.is_target) OR (x.is_target AND y.is_source)))",
                    placeholders(&mut args, others)
                ));
            }
            if let (Some(_), Some(actor)) = (&q.between, &q.actor) {
                let ids = self.resolve_actor(actor)?;
                if ids.is_empty() {
                    return Ok(t);
                }
                filters.push(format!(
                    "EXISTS (SELECT 1 FROM event_actors z WHERE z.doc = x.doc AND z.eid = x.eid
                       AND z.actor IN ({}))",
                    placeholders(&mut args, &ids)
                ));
            }
            "event_actors x JOIN events e ON e.doc = x.doc AND e.eid = x.eid"
        } else {
            "events e"
        };
        let date = if lead_ids.is_some() {
            "x.published"
        } else {
            "e.published"
        };
        let distinct = if lead_ids.as_ref().is_some_and(|ids| ids.len() > 1) {
            "DISTINCT"
        } else {
            ""
        };
        if let Some(ty) = &q.event_type {
            args.push(Sql::Text(ty.to_uppercase()));
            filters.push(format!("e.type = ?{}", args.len()));
        }
        if let Some(since) = &q.since {
            args.push(Sql::Text(since.clone()));
            filters.push(format!("{date} >= ?{}", args.len()));
        }
        if let Some(until) = &q.until {
            args.push(Sql::Text(until.clone()));
            filters.push(format!("{date} <= ?{}", args.len()));
        }
        args.push(Sql::Integer(q.limit as i64));
        let limit = args.len();
        let filters = if filters.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", filters.join(" AND "))
        };
        let sql = format!(
            "SELECT e.published, e.type, e.modality,
                    (SELECT group_concat(actor, ' ') FROM event_actors s
                      WHERE s.doc = e.doc AND s.eid = e.eid AND s.is_source),
                    (SELECT group_concat(actor, ' ') FROM event_actors s
                      WHERE s.doc = e.doc AND s.eid = e.eid AND s.is_target),
                    {trigger}, {sentence}, d.content_id, e.eid, d.title
             FROM (SELECT {distinct} e.doc, e.eid, {date} FROM {from} {filters}
                   ORDER BY {date} DESC, e.doc DESC LIMIT ?{limit}) AS hit
             CROSS JOIN events e ON e.doc = hit.doc AND e.eid = hit.eid
             CROSS JOIN documents d ON d.doc = e.doc
             ORDER BY e.published DESC, e.doc DESC, e.eid",
            trigger = slice("e.trigger_start", "e.trigger_end"),
            sentence = slice("e.sentence_start", "e.sentence_end"),
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| row_values(r, 10))?;
        for row in rows {
            t.rows.push(row?);
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
            let ids = self.resolve_actor(who)?;
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
                "(c.stance = 'deny' OR EXISTS (SELECT 1 FROM claims n WHERE n.doc = c.doc
                   AND n.stance = 'deny' AND n.cid <> c.cid
                   AND n.speaker_actor IS NOT c.speaker_actor))"
                    .to_string(),
            );
        }
        args.push(Sql::Integer(q.limit as i64));
        let filters = if filters.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", filters.join(" AND "))
        };
        let sql = format!(
            "SELECT c.published, coalesce(c.speaker_actor, ''), c.speaker_text, c.stance,
                    c.hedged, {cue}, {content}, c.audience, c.via, d.content_id, c.cid, d.title
             FROM claims c JOIN documents d ON d.doc = c.doc
             {filters}
             ORDER BY c.published DESC, c.doc DESC, c.cid LIMIT ?{}",
            args.len(),
            cue = slice("c.cue_start", "c.cue_end"),
            content = slice("c.content_start", "c.content_end"),
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| row_values(r, 12))?;
        for row in rows {
            let mut row = row?;
            row[4] = Value::Bool(row[4].as_i64() == Some(1));
            t.rows.push(row);
        }
        Ok(t)
    }

    /// Per day, the events involving an actor, oldest first, with the
    /// count of each event type that day (types in alphabetical order).
    pub fn timeline(&self, actor: &str, since: Option<&str>, until: Option<&str>) -> Result<Table> {
        let mut t = Table::new(&["date", "events", "types"]);
        let ids = self.resolve_actor(actor)?;
        if ids.is_empty() {
            return Ok(t);
        }
        let mut args: Vec<Sql> = Vec::new();
        let mut sql = format!(
            "SELECT day, sum(events), group_concat(type || ':' || events, ' ')
             FROM actor_days WHERE actor IN ({})",
            placeholders(&mut args, &ids)
        );
        if let Some(s) = since {
            args.push(Sql::Text(s.to_string()));
            sql += &format!(" AND day >= ?{}", args.len());
        }
        if let Some(u) = until {
            args.push(Sql::Text(u.to_string()));
            sql += &format!(" AND day <= ?{}", args.len());
        }
        sql += " GROUP BY day ORDER BY day";
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            let day: String = r.get(0)?;
            let date = if day.is_empty() {
                Value::Null
            } else {
                Value::String(day)
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

/// Appends `ids` to `args` and returns their placeholders ("?3, ?4").
fn placeholders(args: &mut Vec<Sql>, ids: &[String]) -> String {
    let mut out = Vec::new();
    for id in ids {
        args.push(Sql::Text(id.clone()));
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
