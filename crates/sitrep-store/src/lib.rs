//! The on-disk corpus: every ingested document and its `sitrep/1` record,
//! kept in one SQLite file (WAL mode) with an FTS5 index over title and text.
//!
//! - [`Store::open`] creates or opens a store and brings its schema up to
//!   date: the migrations in [`schema::MIGRATIONS`] run in order, in one
//!   transaction, and `PRAGMA user_version` records how many have run.
//! - [`Writer`] is the single writer: [`Writer::put`] stages one record and
//!   [`Writer::commit`] makes a batch durable in one transaction. Putting a
//!   document whose content id is stored changes nothing; putting one whose
//!   uri is stored under another content id replaces the old document.
//! - [`Store::record`] reads a record back exactly as it was extracted;
//!   the query methods ([`Store::search`], [`Store::actors`], …) answer the
//!   CLI's questions as [`Table`]s.

mod codes;
mod compact;
mod corpus;
mod doc_edges;
mod graph;
mod query;
mod reports;
pub mod schema;
mod write;

pub use corpus::CorpusDoc;
pub use graph::{GraphQuery, DEFAULT_MAX_EDGES, DEFAULT_MAX_NODES};
pub use query::{ClaimQuery, EventQuery, SearchQuery, Table, RANKED_MATCHES};
pub use reports::{DocFilter, DocRow, ReportRun};
pub use sitrep_graph;
pub use write::{Prepared, PutOutcome, Writer};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use sitrep_record::Record;
use std::collections::HashSet;
use std::path::Path;

/// Default file name of a store.
pub const DEFAULT_DB: &str = "sitrep.db";

/// A store error: SQLite's, or a stored record that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored record {id} is damaged: {reason}")]
    Damaged { id: String, reason: String },
    #[error("{0} has schema version {1}, newer than this sitrep understands ({2})")]
    TooNew(String, i64, i64),
    #[error("no store at {0} (create one with `sitrep ingest --db {0} PATH...`)")]
    Missing(String),
    #[error("{0} was written by a pre-release sitrep whose layout this one cannot read or migrate (an earlier layout of version 1); ingest its inputs into a new store")]
    PreRelease(String),
    #[error("{0}")]
    Query(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// The SQL functions the schema uses: `sitrep_inflate(text_z)`, the
/// stored (deflated) text back as TEXT, for the `documents.text` column.
fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "sitrep_inflate",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let stored = ctx.get_raw(0);
            match stored {
                rusqlite::types::ValueRef::Null => Ok(None),
                rusqlite::types::ValueRef::Blob(b) => compact::inflate_text(b)
                    .map(Some)
                    .map_err(|e| rusqlite::Error::UserFunctionError(e.into())),
                _ => Err(rusqlite::Error::UserFunctionError(
                    "sitrep_inflate takes a deflated text (a blob)".into(),
                )),
            }
        },
    )?;
    Ok(())
}

/// Rebuilds the store file with every B-tree full and no free pages
/// (`VACUUM`, one transaction). The packed copy is built in a temporary
/// file, not in memory (the connection keeps temporary tables in memory
/// otherwise).
fn pack(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "temp_store", "FILE")?;
    let packed = conn.execute_batch("VACUUM");
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    packed?;
    Ok(())
}

/// An open store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens the store at `path`, creating it when missing, and applies any
    /// pending migrations.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, true)
    }

    /// Opens an existing store (for queries); never creates a file.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::Missing(path.display().to_string()));
        }
        Self::open_with(path, false)
    }

    fn open_with(path: &Path, create: bool) -> Result<Store> {
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL: readers never block the writer and a killed writer leaves the
        // last committed transaction intact. NORMAL sync is durable across
        // a process crash (only a power cut can lose the latest commits).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        register_functions(&conn)?;
        let before: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        // Version 1 changed in place before the first release (the text
        // became `text_z`; dates, types and ids in the event and claim rows
        // became integers; the span offsets left those rows for the
        // records); such a store would fail at its first insert.
        let current_layout: bool = conn.query_row(
            "SELECT (SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'text_z')
                  + (SELECT count(*) FROM pragma_table_info('events') WHERE name = 'eno')
                  - (SELECT count(*) FROM pragma_table_info('events') WHERE name = 'trigger_start')",
            [],
            |r| r.get::<_, i64>(0).map(|n| n == 2),
        )?;
        if (1..=schema::VERSION).contains(&before) && !current_layout {
            return Err(Error::PreRelease(path.display().to_string()));
        }
        schema::migrate(&mut conn, &path.display().to_string())?;
        graph::backfill(&mut conn, before)?;
        if (1..schema::PACKED_SINCE).contains(&before) {
            // Migrations 6 and 8 rebuilt the event-actor, timeline (and,
            // 8, actor and claim) tables and 6 dropped an index: their old
            // pages are free pages until the file is rebuilt (once).
            pack(&conn)?;
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(Store { conn })
    }

    /// The schema version of this store (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Every stored content id (for skipping known documents before they
    /// are analysed).
    pub fn content_ids(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare("SELECT content_id FROM documents")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(ids)
    }

    /// The content ids of the documents stored with an analysis of this
    /// digest: the ones an ingest with the same resources may skip.
    pub fn content_ids_analysed_with(&self, digest: i64) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT content_id FROM documents WHERE analysis = ?1")?;
        let ids = stmt
            .query_map([digest], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(ids)
    }

    /// Number of stored documents.
    pub fn document_count(&self) -> Result<u64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }

    /// The stored record of content id `id`, exactly as extracted; with
    /// `with_text` it carries `doc.text` (as `extract --with-text` has it).
    pub fn record(&self, id: &str, with_text: bool) -> Result<Option<Record>> {
        let row = self
            .conn
            .query_row(
                "SELECT record, text, opinion_share, attributed_share FROM documents
                 WHERE content_id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, f64>(2)?,
                        r.get::<_, f64>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((json, text, opinion, attributed)) = row else {
            return Ok(None);
        };
        let damaged = |reason: String| Error::Damaged {
            id: id.to_string(),
            reason,
        };
        let mut record = compact::expand(&json, &text).map_err(damaged)?;
        // Shares are kept as SQLite REALs, which hold an f64 exactly.
        record.framing.opinion_share = opinion;
        record.framing.attributed_share = attributed;
        if with_text {
            record.doc.text = Some(text);
        }
        Ok(Some(record))
    }

    /// Content ids of every stored document, in ingest order.
    pub fn ids_in_order(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT content_id FROM documents ORDER BY doc")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Checks the store's own consistency: SQLite's integrity check, the
    /// FTS index against its content, the derived counters against the
    /// rows they count, and the graph's edges against the records.
    /// Returns the problems found (empty when sound).
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let ok: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            problems.push(format!("integrity_check: {ok}"));
        }
        if let Err(e) = self.conn.execute(
            "INSERT INTO docs_fts(docs_fts, rank) VALUES('integrity-check', 1)",
            [],
        ) {
            problems.push(format!("full-text index: {e}"));
        }
        let bad_stats: i64 = self.conn.query_row(
            "SELECT count(*) FROM (
               SELECT n.actor, count(*) AS docs, sum(a.mentions) AS mentions
               FROM actors a LEFT JOIN actor_names n ON n.id = a.actor GROUP BY a.actor
             ) AS t FULL JOIN actor_stats s USING (actor)
             WHERE t.docs IS NOT s.docs OR t.mentions IS NOT s.mentions",
            [],
            |r| r.get(0),
        )?;
        if bad_stats > 0 {
            problems.push(format!(
                "{bad_stats} actor counters disagree with their rows"
            ));
        }
        let bad_days: i64 = self.conn.query_row(
            &format!(
                "SELECT count(*) FROM (
               SELECT a.actor, coalesce(e.day, {undated}) AS day, e.type, count(*) AS events
               FROM event_actors a JOIN events e ON e.doc = a.doc AND e.eno = a.eno
               GROUP BY 1, 2, 3
             ) AS t FULL JOIN actor_days d USING (actor, day, type)
             WHERE t.events IS NOT d.events",
                undated = codes::UNDATED
            ),
            [],
            |r| r.get(0),
        )?;
        if bad_days > 0 {
            problems.push(format!(
                "{bad_days} timeline counters disagree with their rows"
            ));
        }
        // `event_actors` has no foreign key (it is keyed by actor): rows
        // left without their event would be missed by the counts above.
        let orphans: i64 = self.conn.query_row(
            "SELECT count(*) FROM event_actors a
             WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc = a.doc AND e.eno = a.eno
                               AND coalesce(e.day, ?1) = a.day)",
            [codes::UNDATED],
            |r| r.get(0),
        )?;
        if orphans > 0 {
            problems.push(format!(
                "{orphans} event-actor rows have no event of their day"
            ));
        }
        problems.extend(graph::check(&self.conn)?);
        Ok(problems)
    }

    /// Settings for a long ingest on this connection: a page cache of
    /// `cache_mib` MiB (a large store's indexes are written at scattered
    /// places, and a page found in the cache is neither read again nor, within
    /// one transaction, written twice) and a checkpoint every
    /// `checkpoint_pages` pages of write-ahead log (fewer, larger
    /// checkpoints write a page changed by several commits once).
    pub fn tune_for_ingest(&self, cache_mib: u32, checkpoint_pages: u32) -> Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -1024 * i64::from(cache_mib))?;
        self.conn.query_row(
            &format!("PRAGMA wal_autocheckpoint = {checkpoint_pages}"),
            [],
            |_| Ok(()),
        )?;
        Ok(())
    }

    /// Ends an ingest that wrote `written` documents (added or replaced):
    /// when they are at least a quarter of the store, rebuilds the file
    /// packed (`VACUUM`), then moves the write-ahead log into the database
    /// file and truncates it, so the store is one file of its final size.
    ///
    /// Why: the indexes receive their rows at scattered places, and a
    /// B-tree page split by an insert is left half full, so after a large
    /// ingest the pages in use are about 85% full and FTS5 segment merges
    /// leave free pages; `VACUUM` writes every table and index again, full
    /// (6% smaller on the 20,000-document benchmark, in under 2% of the
    /// ingest's time). It rewrites the whole file, so a small ingest into a
    /// large store skips it. It is one transaction: a process killed during
    /// it leaves the store as the last commit left it.
    pub fn finish_ingest(&self, written: u64) -> Result<()> {
        let stored = self.document_count()?;
        if written > 0 && written.saturating_mul(4) >= stored {
            pack(&self.conn)?;
        }
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// A writer on this store's connection (the store has one writer).
    pub fn writer(&mut self) -> Writer<'_> {
        Writer::new(&mut self.conn)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}
