//! The versioned schema: an ordered list of migrations. A store's
//! `PRAGMA user_version` is the number of migrations applied to it; opening
//! a store applies the rest in one transaction, so a store is always at
//! some whole version.

use crate::{Error, Result};
use rusqlite::Connection;

/// Migration `i` takes a store from version `i` to version `i + 1`.
/// The graph's edge table is `crate::graph::MIGRATION` (its weight index
/// `crate::graph::WEIGHT_INDEX`, its per-document rows
/// `crate::graph::DOC_EDGES`); the report log is
/// `crate::reports::MIGRATION`.
pub const MIGRATIONS: &[&str] = &[
    V1,
    crate::graph::MIGRATION,
    crate::reports::MIGRATION,
    crate::graph::WEIGHT_INDEX,
    crate::graph::DOC_EDGES,
    V6_DAY_KEYS,
    V7_ANALYSIS,
    V8_ACTOR_KEYS,
];

/// Version 8: actors as small integers. `actor_names` gives each actor id
/// (`IRN`, `abbas-araghchi`) an integer key once, and the tables with a
/// row per document, event or claim — `actors`, `event_actors`,
/// `claims.speaker_actor` (and its index) and `actor_days` — hold that key
/// instead of the id's text: a key below 128 takes one byte, one below
/// 32,768 two, where the ids averaged 9 bytes, repeated in every row and
/// index entry (about 0.2× the text). `actor_stats` keeps the text ids
/// (one row per actor). Keys are given in the order actors are first
/// written and never taken back (an actor whose documents are all
/// replaced keeps its row: a few bytes), so a key stays valid for any
/// reader. The migration numbers the stored ids in text order and rebuilds
/// the four tables with their keys (their rows in the same order of
/// their primary keys, with the key in the id's place).
pub(crate) const V8_ACTOR_KEYS: &str = r#"
CREATE TABLE actor_names (
    id    INTEGER PRIMARY KEY,
    actor TEXT NOT NULL UNIQUE
);
INSERT INTO actor_names (actor)
    SELECT actor FROM actor_stats
    UNION SELECT actor FROM actors
    UNION SELECT actor FROM event_actors
    UNION SELECT actor FROM actor_days
    UNION SELECT speaker_actor FROM claims WHERE speaker_actor IS NOT NULL
    ORDER BY 1;

CREATE TABLE actors_v8 (
    doc       INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    actor     INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc, actor)
) WITHOUT ROWID;
INSERT INTO actors_v8 (doc, actor, mentions)
    SELECT a.doc, n.id, a.mentions FROM actors a JOIN actor_names n ON n.actor = a.actor;
DROP TABLE actors;
ALTER TABLE actors_v8 RENAME TO actors;

CREATE TABLE event_actors_v8 (
    actor     INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    doc       INTEGER NOT NULL,
    eno       INTEGER NOT NULL,
    is_source INTEGER NOT NULL,
    is_target INTEGER NOT NULL,
    PRIMARY KEY (actor, day, doc, eno)
) WITHOUT ROWID;
INSERT INTO event_actors_v8 (actor, day, doc, eno, is_source, is_target)
    SELECT n.id, a.day, a.doc, a.eno, a.is_source, a.is_target
    FROM event_actors a JOIN actor_names n ON n.actor = a.actor;
DROP TABLE event_actors;
ALTER TABLE event_actors_v8 RENAME TO event_actors;

CREATE TABLE claims_v8 (
    doc            INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    cno            INTEGER NOT NULL,
    cid            TEXT,
    speaker_actor  INTEGER,
    speaker_text   TEXT,
    stance         INTEGER NOT NULL,
    hedged         INTEGER NOT NULL,
    day            INTEGER,
    PRIMARY KEY (doc, cno)
) WITHOUT ROWID;
INSERT INTO claims_v8 (doc, cno, cid, speaker_actor, speaker_text, stance, hedged, day)
    SELECT c.doc, c.cno, c.cid, n.id, c.speaker_text, c.stance, c.hedged, c.day
    FROM claims c LEFT JOIN actor_names n ON n.actor = c.speaker_actor;
DROP TABLE claims;
ALTER TABLE claims_v8 RENAME TO claims;
CREATE INDEX claims_speaker ON claims (speaker_actor, day);

CREATE TABLE actor_days_v8 (
    actor  INTEGER NOT NULL,
    day    INTEGER NOT NULL,
    type   INTEGER NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (actor, day, type)
) WITHOUT ROWID;
INSERT INTO actor_days_v8 (actor, day, type, events)
    SELECT n.id, d.day, d.type, d.events FROM actor_days d JOIN actor_names n ON n.actor = d.actor;
DROP TABLE actor_days;
ALTER TABLE actor_days_v8 RENAME TO actor_days;
"#;

/// Version 7: `documents.analysis`, the digest of the knowledge base and
/// lexicons a record was made with (`Resources::analysis` in
/// sitrep-pipeline). A document stored under another digest is analysed
/// again when it is ingested again; NULL (stored before version 7) counts
/// as another digest.
const V7_ANALYSIS: &str = "ALTER TABLE documents ADD COLUMN analysis INTEGER;";

/// Version 6: day keys of two bytes instead of four (`codes::day_key`:
/// `(year - 2000) * 416 + month * 32 + day` instead of `YYYYMMDD`, same
/// order), and `actor_days`'s undated events under `codes::UNDATED` (the
/// lowest integer) instead of 0. The event and claim rows are converted in
/// place; the timeline counters are copied into a new table, since a
/// changed key could meet one not yet converted. Only keys of the old form
/// are converted (`YYYYMMDD` of a year from 1000 on is at least
/// 10,000,000; a new key is within ±3,400,000), so running the migration
/// again changes nothing.
///
/// `event_actors` becomes one B-tree keyed `(actor, day, doc, eno)`, the
/// order of the former `event_actors_actor` index, which is dropped: that
/// index was a second copy of every row (0.15× the text). Undated rows get
/// `codes::UNDATED` (a key column cannot be NULL). No query reads the
/// table by document any more: `events` takes an event's sources and
/// targets from its record (read anyway for the trigger), the `--between`
/// test looks the other actor up by the full key, and the writer deletes
/// a replaced document's rows by key from its record, so the table has
/// no foreign key (a cascade would scan it) and `Store::check` looks for
/// rows without their event. Records written from this version on
/// are deflated with their text as dictionary (`compact.rs`), which a
/// version-5 build cannot read: the version number keeps it away.
const V6_DAY_KEYS: &str = r#"
UPDATE events SET day = ((day / 10000) - 2000) * 416 + ((day / 100) % 100) * 32 + (day % 100)
    WHERE day >= 10000000;
CREATE TABLE event_actors_v6 (
    actor     TEXT NOT NULL,
    day       INTEGER NOT NULL,
    doc       INTEGER NOT NULL,
    eno       INTEGER NOT NULL,
    is_source INTEGER NOT NULL,
    is_target INTEGER NOT NULL,
    PRIMARY KEY (actor, day, doc, eno)
) WITHOUT ROWID;
INSERT INTO event_actors_v6 (actor, day, doc, eno, is_source, is_target)
    SELECT actor,
           CASE WHEN day IS NULL THEN -9223372036854775808
                WHEN day >= 10000000 THEN ((day / 10000) - 2000) * 416 + ((day / 100) % 100) * 32 + (day % 100)
                ELSE day END,
           doc, eno, is_source, is_target
    FROM event_actors;
DROP TABLE event_actors;
ALTER TABLE event_actors_v6 RENAME TO event_actors;
UPDATE claims SET day = ((day / 10000) - 2000) * 416 + ((day / 100) % 100) * 32 + (day % 100)
    WHERE day >= 10000000;
CREATE TABLE actor_days_v6 (
    actor  TEXT NOT NULL,
    day    INTEGER NOT NULL,
    type   INTEGER NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (actor, day, type)
) WITHOUT ROWID;
INSERT INTO actor_days_v6 (actor, day, type, events)
    SELECT actor,
           CASE WHEN day = 0 THEN -9223372036854775808
                WHEN day >= 10000000 THEN ((day / 10000) - 2000) * 416 + ((day / 100) % 100) * 32 + (day % 100)
                ELSE day END,
           type, events
    FROM actor_days;
DROP TABLE actor_days;
ALTER TABLE actor_days_v6 RENAME TO actor_days;
"#;

/// The schema version this code writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// A store migrated from a version below this one is packed (`VACUUM`) once
/// after the migration: versions 6 and 8 rebuild large tables.
pub const PACKED_SINCE: i64 = 8;

/// Version 1. `doc` (an integer) is a document's key in every table; the
/// content id is kept once, in `documents`. The whole record is in
/// `documents.record` (in the binary form of `src/compact.rs`); the other
/// tables hold what the queries filter and sort by, and the little they
/// show; spans (an event's trigger and sentence, a claim's cue and
/// content) are read from the records of the rows shown.
/// The date is copied into the event and claim rows as an integer day
/// (`YYYYMMDD`; since version 6 `codes::day_key`'s two-byte keys), so that the date-ordered queries walk an index instead of
/// sorting; queries without such a filter walk `documents_published`.
/// The text is stored deflated (`text_z`); `text` is a virtual column that
/// inflates it with the `sitrep_inflate` SQL function, which every
/// connection [`crate::Store`] opens registers (another SQLite client must
/// register its own to read `text`, see `bench/store_check.py`).
const V1: &str = r#"
CREATE TABLE documents (
    doc              INTEGER PRIMARY KEY,
    content_id       TEXT NOT NULL UNIQUE,
    uri              TEXT NOT NULL,
    title            TEXT,
    outlet           TEXT,
    published        TEXT,
    language         TEXT,
    chars            INTEGER NOT NULL,
    -- the normalized text, deflated; read it as `text`
    text_z           BLOB NOT NULL,
    opinion_share    REAL NOT NULL,
    attributed_share REAL NOT NULL,
    ingested_at      TEXT NOT NULL,
    -- the record as extracted, without doc.text, in the binary form of
    -- src/compact.rs (span texts equal to their slice of `text` left out),
    -- deflated
    record           BLOB NOT NULL,
    text             TEXT GENERATED ALWAYS AS (sitrep_inflate(text_z)) VIRTUAL
);
CREATE INDEX documents_uri ON documents (uri);
CREATE INDEX documents_published ON documents (published);

-- which actors each document mentions, how often (names and kinds are
-- in actor_stats; the mentions themselves in the record)
CREATE TABLE actors (
    doc       INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    actor     TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc, actor)
) WITHOUT ROWID;

-- `eno`: the event's place in the record's list (from 0); `eid` only
-- when the record's id is not the default `e<eno+1>`. `type` and
-- `modality` are codes (src/codes.rs), `day` the date as YYYYMMDD. The
-- trigger and sentence `events` shows are read from the record.
CREATE TABLE events (
    doc            INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    eno            INTEGER NOT NULL,
    eid            TEXT,
    type           INTEGER NOT NULL,
    modality       INTEGER NOT NULL,
    day            INTEGER,
    PRIMARY KEY (doc, eno)
) WITHOUT ROWID;
CREATE INDEX events_type ON events (type, day);

-- one row per (event, actor): is_source / is_target say on which side
-- (rebuilt by version 6, see V6_DAY_KEYS)
CREATE TABLE event_actors (
    doc       INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    eno       INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    is_source INTEGER NOT NULL,
    is_target INTEGER NOT NULL,
    day       INTEGER,
    PRIMARY KEY (doc, eno, actor)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor, day);

-- `cno`/`cid` as `eno`/`eid`; `stance` 1 for a denial, 0 for an assertion.
-- The speaker's words are kept here only for a speaker without an actor
-- (`claims --speaker` matches them); the speaker's words, cue, content,
-- audience and channels shown by `claims` are read from the record.
CREATE TABLE claims (
    doc            INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    cno            INTEGER NOT NULL,
    cid            TEXT,
    speaker_actor  TEXT,
    speaker_text   TEXT,
    stance         INTEGER NOT NULL,
    hedged         INTEGER NOT NULL,
    day            INTEGER,
    PRIMARY KEY (doc, cno)
) WITHOUT ROWID;
CREATE INDEX claims_speaker ON claims (speaker_actor, day);

-- derived counters, kept by the writer in the same transaction as the rows
CREATE TABLE actor_stats (
    actor    TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    docs     INTEGER NOT NULL,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX actor_stats_docs ON actor_stats (docs DESC, mentions DESC);
CREATE INDEX actor_stats_name ON actor_stats (name COLLATE NOCASE);

-- `day` 0 for undated events (since version 6: codes::UNDATED); `type` a code
CREATE TABLE actor_days (
    actor  TEXT NOT NULL,
    day    INTEGER NOT NULL,
    type   INTEGER NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (actor, day, type)
) WITHOUT ROWID;

-- full text over title and text: an external-content index, kept in
-- step with `documents` by the writer (a batch's new documents are indexed
-- by one statement at commit, in the same transaction)
CREATE VIRTUAL TABLE docs_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'doc',
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// Applies every pending migration in one transaction.
pub(crate) fn migrate(conn: &mut Connection, name: &str) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > VERSION {
        return Err(Error::TooNew(name.to_string(), version, VERSION));
    }
    if version == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for sql in &MIGRATIONS[version.max(0) as usize..] {
        // SQLite has no ADD COLUMN IF NOT EXISTS: a store whose version was
        // set back over this migration already has the column.
        // A store set back over version 8 already has its actor keys.
        if *sql == V8_ACTOR_KEYS {
            let has_keys: bool = tx.query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'actor_names'",
                [],
                |r| r.get(0),
            )?;
            if has_keys {
                continue;
            }
        }
        if *sql == V7_ANALYSIS {
            let has_column: bool = tx.query_row(
                "SELECT count(*) > 0 FROM pragma_table_info('documents') WHERE name = 'analysis'",
                [],
                |r| r.get(0),
            )?;
            if has_column {
                continue;
            }
        }
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::codes::{day_key, UNDATED};

    #[test]
    fn version_6_converts_the_day_keys_of_version_5() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::register_functions(&conn).unwrap();
        // Rows without their documents, for the test.
        conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        conn.execute_batch(super::V1).unwrap();
        let dates = ["2025-04-12", "2025-04", "1999", "2000-01-01"];
        for (i, d) in dates.iter().enumerate() {
            let (y, m, day) = (
                &d[..4],
                d.get(5..7).unwrap_or("00"),
                d.get(8..10).unwrap_or("00"),
            );
            let old: i64 = format!("{y}{m}{day}").parse().unwrap();
            conn.execute("INSERT INTO actor_days VALUES ('IRN', ?1, 3, 1)", [old])
                .unwrap();
            conn.execute(
                "INSERT INTO claims (doc, cno, stance, hedged, day) VALUES (1, ?1, 0, 0, ?2)",
                [i as i64, old],
            )
            .unwrap();
        }
        conn.execute("INSERT INTO actor_days VALUES ('IRN', 0, 3, 7)", [])
            .unwrap();
        conn.execute_batch(
            "INSERT INTO event_actors VALUES (1, 0, 'IRN', 1, 0, 20250412);
             INSERT INTO event_actors VALUES (2, 0, 'USA', 0, 1, NULL);",
        )
        .unwrap();
        conn.execute_batch(super::V6_DAY_KEYS).unwrap();
        // Again: nothing changes.
        conn.execute_batch(super::V6_DAY_KEYS).unwrap();
        let mut keys: Vec<i64> = dates.iter().map(|d| day_key(Some(d)).unwrap()).collect();
        let claims: Vec<i64> = conn
            .prepare("SELECT day FROM claims ORDER BY cno")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(claims, keys);
        keys.push(UNDATED);
        keys.sort();
        let days: Vec<i64> = conn
            .prepare("SELECT day FROM actor_days ORDER BY day")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(days, keys);
        let rows: Vec<(String, i64, i64, i64, bool, bool)> = conn
            .prepare("SELECT * FROM event_actors ORDER BY doc")
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let april = day_key(Some("2025-04-12")).unwrap();
        assert_eq!(
            rows,
            [
                ("IRN".to_string(), april, 1, 0, true, false),
                ("USA".to_string(), UNDATED, 2, 0, false, true)
            ]
        );
    }
}
