//! What `sitrep report` needs from the store: the documents a report
//! covers (by date range and actor), and the log of report runs that lets
//! a report say what is new since the previous one.
//!
//! A report run is one row of `reports` (added by [`MIGRATION`]): when it
//! ran, its filters, and the highest document key stored at the time.
//! Documents are keyed by an increasing integer, so "new since the last
//! report" is every document with a larger key, plus any ingested after
//! that report ran (a replaced document may reuse a freed key).

use crate::{Result, Store};
use rusqlite::types::Value as Sql;
use rusqlite::OptionalExtension;

/// The migration that adds the report log (appended to
/// [`crate::schema::MIGRATIONS`]). `IF NOT EXISTS`: a store brought back to
/// an earlier version by hand still migrates.
pub(crate) const MIGRATION: &str = r#"
CREATE TABLE IF NOT EXISTS reports (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    filters    TEXT NOT NULL,
    max_doc    INTEGER NOT NULL,
    documents  INTEGER NOT NULL
);
"#;

/// One stored document as a report lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRow {
    /// The store's integer key (increases with ingest order).
    pub key: i64,
    /// The record's `doc.id`.
    pub content_id: String,
    pub uri: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// RFC 3339 UTC time the document was stored.
    pub ingested_at: String,
}

/// Which documents a report covers.
#[derive(Debug, Clone, Default)]
pub struct DocFilter {
    /// Published on or after (YYYY-MM-DD).
    pub since: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    pub until: Option<String>,
    /// Only documents mentioning one of these actor ids.
    pub actors: Option<Vec<String>>,
    /// Only documents new since this report run.
    pub after: Option<ReportRun>,
}

/// A recorded report run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRun {
    pub id: i64,
    /// RFC 3339 UTC.
    pub created_at: String,
    /// The filters as the CLI wrote them (free text, for people).
    pub filters: String,
    /// The highest document key when it ran.
    pub max_doc: i64,
    /// How many documents it covered.
    pub documents: i64,
}

impl ReportRun {
    /// True when `doc` arrived after this run.
    pub fn precedes(&self, doc: &DocRow) -> bool {
        doc.key > self.max_doc || doc.ingested_at > self.created_at
    }
}

impl Store {
    /// The documents matching `filter`, oldest first (undated last, then
    /// by ingest order).
    pub fn report_documents(&self, filter: &DocFilter) -> Result<Vec<DocRow>> {
        let mut args: Vec<Sql> = Vec::new();
        let mut wh: Vec<String> = Vec::new();
        if let Some(s) = &filter.since {
            args.push(Sql::Text(s.clone()));
            wh.push(format!("d.published >= ?{}", args.len()));
        }
        if let Some(u) = &filter.until {
            args.push(Sql::Text(u.clone()));
            wh.push(format!("d.published <= ?{}", args.len()));
        }
        if let Some(ids) = &filter.actors {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let mut marks = Vec::new();
            for id in ids {
                args.push(Sql::Text(id.clone()));
                marks.push(format!("?{}", args.len()));
            }
            wh.push(format!(
                "EXISTS (SELECT 1 FROM actors a WHERE a.doc = d.doc
                   AND a.actor IN (SELECT id FROM actor_names WHERE actor IN ({})))",
                marks.join(", ")
            ));
        }
        if let Some(run) = &filter.after {
            args.push(Sql::Integer(run.max_doc));
            let k = args.len();
            args.push(Sql::Text(run.created_at.clone()));
            wh.push(format!("(d.doc > ?{k} OR d.ingested_at > ?{})", args.len()));
        }
        let wh = if wh.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", wh.join(" AND "))
        };
        let sql = format!(
            "SELECT d.doc, d.content_id, d.uri, d.title, d.outlet, d.published, d.ingested_at
             FROM documents d {wh}
             ORDER BY d.published IS NULL, d.published, d.doc"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok(DocRow {
                    key: r.get(0)?,
                    content_id: r.get(1)?,
                    uri: r.get(2)?,
                    title: r.get(3)?,
                    outlet: r.get(4)?,
                    published: r.get(5)?,
                    ingested_at: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The most recent report run, if any.
    pub fn last_report(&self) -> Result<Option<ReportRun>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, created_at, filters, max_doc, documents FROM reports
                 ORDER BY id DESC LIMIT 1",
                [],
                |r| {
                    Ok(ReportRun {
                        id: r.get(0)?,
                        created_at: r.get(1)?,
                        filters: r.get(2)?,
                        max_doc: r.get(3)?,
                        documents: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// The highest document key stored (0 when empty).
    pub fn max_doc_key(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT coalesce(max(doc), 0) FROM documents", [], |r| {
                r.get(0)
            })?)
    }

    /// Records a report run covering `documents` documents with everything
    /// up to document key `max_doc`; returns it.
    pub fn record_report(&self, filters: &str, max_doc: i64, documents: i64) -> Result<ReportRun> {
        self.conn().execute(
            "INSERT INTO reports (created_at, filters, max_doc, documents)
             VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3)",
            rusqlite::params![filters, max_doc, documents],
        )?;
        let id = self.conn().last_insert_rowid();
        Ok(self.conn().query_row(
            "SELECT id, created_at, filters, max_doc, documents FROM reports WHERE id = ?1",
            [id],
            |r| {
                Ok(ReportRun {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    filters: r.get(2)?,
                    max_doc: r.get(3)?,
                    documents: r.get(4)?,
                })
            },
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_from_before_the_report_log_gains_it() {
        let dir = std::env::temp_dir().join(format!("sitrep-reports-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("old.db");
        // A store from before the report log: the log dropped, the version
        // set back to the migration before it.
        drop(Store::open(&db).unwrap());
        let before = crate::schema::MIGRATIONS
            .iter()
            .position(|m| m.contains("CREATE TABLE IF NOT EXISTS reports"))
            .unwrap();
        {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.execute_batch(&format!(
                "DROP TABLE reports; PRAGMA user_version = {before};"
            ))
            .unwrap();
        }
        let store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), crate::schema::VERSION);
        assert_eq!(store.last_report().unwrap(), None);
        assert_eq!(store.max_doc_key().unwrap(), 0);
        let run = store.record_report("--since 2025-01-01", 0, 0).unwrap();
        assert_eq!(run.created_at.len(), 20, "{}", run.created_at);
        assert_eq!(store.last_report().unwrap(), Some(run.clone()));
        let later = DocRow {
            key: 1,
            content_id: "x".into(),
            uri: "u".into(),
            title: None,
            outlet: None,
            published: None,
            ingested_at: run.created_at.clone(),
        };
        assert!(run.precedes(&later), "a higher key is new");
        let reused = DocRow {
            key: 0,
            ingested_at: "9999-01-01T00:00:00Z".into(),
            ..later.clone()
        };
        assert!(run.precedes(&reused), "a later ingest is new");
        let old = DocRow { key: 0, ..later };
        assert!(!run.precedes(&old));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
