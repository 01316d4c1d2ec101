//! The store against its promises: exact round trip of real records,
//! idempotence, replacement of a changed document, migrations, rollback,
//! and every query with its filters.

use crate::common;

use common::{sample_records, scratch};
use sitrep_record::{
    ActorKind, ActorRecord, ClaimRecord, DocMeta, Document, EventRecord, EventType, Framing,
    Modality, Record, Span, Speaker, Stance, SCHEMA,
};
use sitrep_store::{
    schema, ClaimQuery, DocFilter, EventQuery, Prepared, PutOutcome, SearchQuery, Store,
};
use std::path::Path;

fn ingest(store: &mut Store, records: &[Record]) -> Vec<PutOutcome> {
    let mut w = store.writer();
    let outcomes = records.iter().map(|r| w.put(r).unwrap()).collect();
    w.commit().unwrap();
    outcomes
}

/// Row counts of every table, to compare two stores' contents.
fn counts(db: &Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    [
        "documents",
        "actors",
        "events",
        "event_actors",
        "claims",
        "actor_stats",
        "actor_days",
    ]
    .iter()
    .map(|t| {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap();
        (t.to_string(), n)
    })
    .collect()
}

#[test]
fn a_new_store_gets_every_migration_and_reopens_unchanged() {
    let db = scratch("migrate");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::VERSION);
    assert_eq!(store.document_count().unwrap(), 0);
    drop(store);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::VERSION);
    let mode: String = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_store_from_a_newer_sitrep_is_refused_and_a_missing_one_is_not_created() {
    let db = scratch("newer");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", schema::VERSION + 1)
        .unwrap();
    let err = Store::open(&db).err().expect("refused");
    assert!(err.to_string().contains("newer"), "{err}");
    let missing = db.with_file_name("missing.db");
    assert!(Store::open_existing(&missing).is_err());
    assert!(!missing.exists());
}

#[test]
fn a_store_with_the_pre_release_layout_is_refused_with_a_reason() {
    let db = scratch("pre-release");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE TABLE documents (doc INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    let err = Store::open(&db).err().expect("refused");
    assert!(err.to_string().contains("pre-release"), "{err}");
    assert!(err.to_string().contains("new store"), "{err}");

    // The layout with span offsets in the event and claim rows, too.
    let db = scratch("pre-release-offsets");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE documents (doc INTEGER PRIMARY KEY, text_z BLOB NOT NULL);
         CREATE TABLE events (doc INTEGER, eno INTEGER, trigger_start INTEGER NOT NULL);",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", schema::VERSION)
        .unwrap();
    drop(conn);
    let err = Store::open(&db).err().expect("refused");
    assert!(err.to_string().contains("pre-release"), "{err}");
}

#[test]
fn records_read_back_exactly_as_extracted() {
    let db = scratch("roundtrip");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    assert!(ingest(&mut store, records)
        .iter()
        .all(|o| *o == PutOutcome::Added));
    assert_eq!(store.document_count().unwrap() as usize, records.len());
    for r in records {
        let back = store.record(&r.doc.id, true).unwrap().expect("stored");
        assert_eq!(&back, r);
        let mut without = r.clone();
        without.doc.text = None;
        assert_eq!(store.record(&r.doc.id, false).unwrap().unwrap(), without);
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(r).unwrap()
        );
    }
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn prepared_records_store_the_same_bytes_and_the_text_is_kept_deflated() {
    let records = sample_records();
    let plain = scratch("plain");
    let mut store = Store::open(&plain).unwrap();
    ingest(&mut store, records);
    let prepared = scratch("prepared");
    let mut store = Store::open(&prepared).unwrap();
    {
        let mut w = store.writer();
        for r in records {
            let p = Prepared::new(r.clone()).unwrap();
            assert_eq!(p.record(), r);
            assert_eq!(w.put_prepared(&p).unwrap(), PutOutcome::Added);
        }
        w.commit().unwrap();
    }
    assert_eq!(counts(&prepared), counts(&plain));
    for r in records {
        assert_eq!(store.record(&r.doc.id, true).unwrap().as_ref(), Some(r));
    }
    // A record without its text cannot be prepared.
    let mut bare = records[0].clone();
    bare.doc.text = None;
    assert!(Prepared::new(bare).is_err());

    // Byte for byte the same rows (the record and the deflated text), and
    // the deflated text is smaller than the text it reads back as.
    let rows = |db: &Path| -> Vec<(String, Vec<u8>, Vec<u8>)> {
        let conn = rusqlite::Connection::open(db).unwrap();
        let mut stmt = conn
            .prepare("SELECT content_id, record, text_z FROM documents ORDER BY content_id")
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        rows
    };
    let (a, b) = (rows(&plain), rows(&prepared));
    assert_eq!(a, b);
    let stored: usize = a.iter().map(|(_, _, z)| z.len()).sum();
    let text: usize = records
        .iter()
        .map(|r| r.doc.text.as_deref().unwrap().len())
        .sum();
    assert!(stored * 3 < text * 2, "{stored} deflated bytes for {text}");
    assert_eq!(store.check().unwrap(), Vec::<String>::new());

    // The text column reads through the store's connection; a bare SQLite
    // connection without the function cannot inflate it.
    let word = records[0]
        .doc
        .text
        .as_deref()
        .unwrap()
        .split_whitespace()
        .find(|w| w.len() >= 5 && w.chars().all(char::is_alphabetic))
        .unwrap();
    let hits = store
        .search(&SearchQuery {
            query: word.to_string(),
            limit: 5,
            ..Default::default()
        })
        .unwrap();
    assert!(!hits.rows.is_empty());
    assert!(
        !hits.rows[0][4].is_null(),
        "a snippet from the inflated text"
    );
    let bare = rusqlite::Connection::open(&prepared).unwrap();
    assert!(bare
        .query_row("SELECT text FROM documents LIMIT 1", [], |r| r
            .get::<_, String>(0))
        .is_err());

    // Ending an ingest that wrote the whole store packs it (no free
    // pages left) and leaves no write-ahead log behind; nothing read
    // changes.
    let before: Vec<_> = records
        .iter()
        .map(|r| store.record(&r.doc.id, true).unwrap())
        .collect();
    store.finish_ingest(records.len() as u64).unwrap();
    let wal = prepared.with_file_name("test.db-wal");
    assert_eq!(std::fs::metadata(&wal).map_or(0, |m| m.len()), 0);
    let free: i64 = bare
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(free, 0);
    let after: Vec<_> = records
        .iter()
        .map(|r| store.record(&r.doc.id, true).unwrap())
        .collect();
    assert_eq!(before, after);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn ingesting_the_same_records_again_changes_nothing() {
    let db = scratch("idempotent");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    ingest(&mut store, records);
    let before = counts(&db);
    let outcomes = ingest(&mut store, records);
    assert!(outcomes.iter().all(|o| *o == PutOutcome::Unchanged));
    assert_eq!(counts(&db), before);
    assert_eq!(store.actors(1000).unwrap().rows.len() as i64, before[5].1);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn content_analysed_again_keeps_its_key_and_is_not_new_since_the_last_report() {
    let db = scratch("reanalysed-keys");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    let put_all = |store: &mut Store, analysis: i64, records: &[Record]| -> Vec<PutOutcome> {
        let mut w = store.writer();
        w.set_analysis(analysis);
        let outcomes = records.iter().map(|r| w.put(r).unwrap()).collect();
        w.commit().unwrap();
        outcomes
    };
    put_all(&mut store, 1, &records[..3]);
    let run = store
        .record_report("", store.max_doc_key().unwrap(), 3)
        .unwrap();
    let keys = |store: &Store| -> Vec<(i64, String)> {
        let mut rows: Vec<(i64, String)> = store
            .report_documents(&DocFilter::default())
            .unwrap()
            .into_iter()
            .map(|d| (d.key, d.ingested_at))
            .collect();
        rows.sort();
        rows
    };
    let before = keys(&store);
    // Other resources: the same content is analysed again and replaced...
    assert_eq!(
        put_all(&mut store, 2, &records[..3]),
        [PutOutcome::Replaced; 3]
    );
    // ...under its old key and ingest time, so nothing is new since the report,
    assert_eq!(keys(&store), before);
    let after = DocFilter {
        after: Some(run.clone()),
        ..DocFilter::default()
    };
    assert_eq!(store.report_documents(&after).unwrap(), vec![]);
    // while a document stored for the first time is.
    put_all(&mut store, 2, &records[3..4]);
    let new = store.report_documents(&after).unwrap();
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].content_id, records[3].doc.id);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn a_changed_document_replaces_the_old_one() {
    let db = scratch("replace");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    ingest(&mut store, &records[..2]);
    let clean = scratch("replace-clean");
    let mut clean_store = Store::open(&clean).unwrap();
    ingest(&mut clean_store, &records[1..3]);

    // records[2]'s content under records[0]'s uri: a new version of it.
    let mut changed = records[2].clone();
    changed.doc.uri = records[0].doc.uri.clone();
    assert_eq!(
        ingest(&mut store, &[changed.clone()]),
        [PutOutcome::Replaced]
    );
    assert!(store.record(&records[0].doc.id, false).unwrap().is_none());
    assert_eq!(
        store.record(&changed.doc.id, true).unwrap().unwrap(),
        changed
    );
    assert_eq!(store.document_count().unwrap(), 2);
    // Same rows and counters as a store that only ever saw the new version.
    assert_eq!(counts(&db), counts(&clean));
    assert_eq!(
        store.actors(1000).unwrap(),
        clean_store.actors(1000).unwrap()
    );
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn an_uncommitted_batch_leaves_no_trace() {
    let db = scratch("rollback");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    ingest(&mut store, &records[..1]);
    {
        let mut w = store.writer();
        for r in &records[1..5] {
            w.put(r).unwrap();
        }
        // dropped without commit
    }
    assert_eq!(store.document_count().unwrap(), 1);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

// --- queries over hand-made records ------------------------------------------

/// id, type, source, target, trigger word.
type EventRow = (
    &'static str,
    EventType,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

struct Doc {
    uri: &'static str,
    published: Option<&'static str>,
    text: &'static str,
    actors: Vec<(&'static str, &'static str, &'static str)>,
    events: Vec<EventRow>,
    claims: Vec<(
        &'static str,
        Option<&'static str>,
        &'static str,
        &'static str,
        Stance,
    )>,
}

fn span(text: &str, word: &str) -> Span {
    let start = text
        .find(word)
        .unwrap_or_else(|| panic!("{word} in {text}"));
    Span::of(text, start, start + word.len())
}

fn record(d: &Doc) -> Record {
    let doc = Document {
        uri: d.uri.to_string(),
        title: Some(format!("About {}", d.uri)),
        outlet: Some("Test Wire".into()),
        published: d.published.map(str::to_string),
        language: Some("en".into()),
        text: d.text.to_string(),
    };
    Record {
        schema: SCHEMA.into(),
        doc: DocMeta::of(&doc, true),
        actors: d
            .actors
            .iter()
            .map(|(id, name, word)| ActorRecord {
                id: id.to_string(),
                name: name.to_string(),
                kind: ActorKind::Country,
                country: Some(id.to_string()),
                sector: None,
                role: None,
                mentions: vec![span(d.text, word)],
            })
            .collect(),
        events: d
            .events
            .iter()
            .map(|(id, t, src, tgt, trigger)| EventRecord {
                id: id.to_string(),
                event_type: *t,
                mode: None,
                source: src.iter().map(|s| s.to_string()).collect(),
                target: tgt.iter().map(|s| s.to_string()).collect(),
                trigger: span(d.text, trigger),
                sentence: Span::of(d.text, 0, d.text.len()),
                modality: Modality::Asserted,
                claim: None,
                place: Vec::new(),
            })
            .collect(),
        claims: d
            .claims
            .iter()
            .map(|(id, speaker, cue, content, stance)| ClaimRecord {
                id: id.to_string(),
                speaker: Speaker {
                    actor: speaker.map(str::to_string),
                    text: Some(speaker.unwrap_or("officials").to_string()),
                    span: None,
                },
                cue: span(d.text, cue),
                content: span(d.text, content),
                stance: *stance,
                hedged: false,
                audience: None,
                via: Vec::new(),
            })
            .collect(),
        framing: Framing {
            loaded: Vec::new(),
            opinion_share: 0.25,
            attributed_share: 0.5,
        },
    }
}

fn query_store() -> (Store, Vec<Record>) {
    let docs = [
        Doc {
            uri: "a",
            published: Some("2025-01-10"),
            text: "Iran fired missiles at Israel. Iran said the strike was a warning.",
            actors: vec![("IRN", "Iran", "Iran"), ("ISR", "Israel", "Israel")],
            events: vec![(
                "e1",
                EventType::Assault,
                &["IRN"],
                &["ISR"],
                "fired missiles",
            )],
            claims: vec![(
                "c1",
                Some("IRN"),
                "said",
                "the strike was a warning",
                Stance::Assert,
            )],
        },
        Doc {
            uri: "b",
            published: Some("2025-02-01"),
            text: "Israel struck Iran. Iran denied the report of damage.",
            actors: vec![("IRN", "Iran", "Iran"), ("ISR", "Israel", "Israel")],
            events: vec![("e1", EventType::Assault, &["ISR"], &["IRN"], "struck")],
            claims: vec![(
                "c1",
                Some("IRN"),
                "denied",
                "the report of damage",
                Stance::Deny,
            )],
        },
        Doc {
            uri: "c",
            published: Some("2025-03-05"),
            text: "The United States met Iran in Oman for talks about sanctions.",
            actors: vec![
                ("USA", "United States", "United States"),
                ("IRN", "Iran", "Iran"),
            ],
            events: vec![("e1", EventType::Consult, &["USA"], &["IRN"], "met")],
            claims: vec![],
        },
        Doc {
            uri: "d",
            published: None,
            text: "Qatar offered aid; officials said \u{1b}[31mall was calm.",
            actors: vec![("QAT", "Qatar", "Qatar")],
            events: vec![("e1", EventType::Aid, &["QAT"], &[], "offered aid")],
            claims: vec![("c1", None, "said", "all was calm", Stance::Assert)],
        },
    ];
    let db = scratch(&format!("queries-{:?}", std::thread::current().id()));
    let mut store = Store::open(&db).unwrap();
    let records: Vec<Record> = docs.iter().map(record).collect();
    ingest(&mut store, &records);
    (store, records)
}

fn column(t: &sitrep_store::Table, name: &str) -> Vec<serde_json::Value> {
    let i = t.columns.iter().position(|c| *c == name).unwrap();
    t.rows.iter().map(|r| r[i].clone()).collect()
}

#[test]
fn hand_made_records_round_trip() {
    let (store, records) = query_store();
    for r in &records {
        assert_eq!(&store.record(&r.doc.id, true).unwrap().unwrap(), r);
    }
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn actors_are_ranked_by_documents() {
    let (store, _) = query_store();
    let t = store.actors(2).unwrap();
    assert_eq!(column(&t, "actor"), ["IRN", "ISR"]);
    assert_eq!(column(&t, "documents"), [3, 2]);
    assert_eq!(store.actors(10).unwrap().rows.len(), 4);
}

#[test]
fn events_filter_by_actor_type_pair_and_dates() {
    let (store, _) = query_store();
    let q = |f: &dyn Fn(&mut EventQuery)| {
        let mut q = EventQuery {
            limit: 50,
            ..EventQuery::default()
        };
        f(&mut q);
        store.events(&q).unwrap()
    };
    let all = q(&|_| {});
    assert_eq!(
        column(&all, "type"),
        ["CONSULT", "ASSAULT", "ASSAULT", "AID"]
    );
    assert_eq!(all.rows[0][5], "met");
    let iran = q(&|q| q.actor = Some("iran".into()));
    assert_eq!(
        column(&iran, "published"),
        ["2025-03-05", "2025-02-01", "2025-01-10"]
    );
    assert_eq!(column(&iran, "source"), ["USA", "ISR", "IRN"]);
    let assaults = q(&|q| q.event_type = Some("assault".into()));
    assert_eq!(assaults.rows.len(), 2);
    let pair = q(&|q| q.between = Some(("ISR".into(), "IRN".into())));
    assert_eq!(column(&pair, "published"), ["2025-02-01", "2025-01-10"]);
    let none = q(&|q| q.between = Some(("USA".into(), "ISR".into())));
    assert!(none.rows.is_empty());
    let window = q(&|q| {
        q.actor = Some("IRN".into());
        q.since = Some("2025-01-15".into());
        q.until = Some("2025-02-28".into());
    });
    assert_eq!(column(&window, "published"), ["2025-02-01"]);
    let limited = q(&|q| q.limit = 1);
    assert_eq!(limited.rows.len(), 1);
    assert!(q(&|q| q.actor = Some("nobody".into())).rows.is_empty());
}

#[test]
fn claims_filter_by_speaker_and_dispute() {
    let (store, _) = query_store();
    let q = |speaker: Option<&str>, disputed: bool| {
        store
            .claims(&ClaimQuery {
                speaker: speaker.map(str::to_string),
                disputed,
                limit: 50,
            })
            .unwrap()
    };
    assert_eq!(q(None, false).rows.len(), 3);
    let iran = q(Some("Iran"), false);
    assert_eq!(column(&iran, "stance"), ["deny", "assert"]);
    assert_eq!(column(&iran, "content")[1], "the strike was a warning");
    let disputed = q(None, true);
    assert_eq!(column(&disputed, "cue"), ["denied"]);
    let by_words = q(Some("OFFICIALS"), false);
    assert_eq!(column(&by_words, "content"), ["all was calm"]);
    assert_eq!(column(&by_words, "hedged"), [false]);
}

#[test]
fn search_finds_words_and_filters() {
    let (store, records) = query_store();
    let q = |query: &str, actor: Option<&str>, since: Option<&str>| {
        store
            .search(&SearchQuery {
                query: query.into(),
                actor: actor.map(str::to_string),
                since: since.map(str::to_string),
                limit: 20,
                rank: false,
            })
            .unwrap()
    };
    let hits = q("missiles", None, None);
    assert_eq!(column(&hits, "id"), [records[0].doc.id.as_str()]);
    assert!(hits.rows[0][4].as_str().unwrap().contains("[missiles]"));
    assert_eq!(q("iran", None, None).rows.len(), 3);
    assert_eq!(q("iran", Some("USA"), None).rows.len(), 1);
    assert_eq!(q("iran", None, Some("2025-02-01")).rows.len(), 2);
    assert_eq!(q("\"met Iran\"", None, None).rows.len(), 1);
    // Not FTS5 syntax: searched as plain words instead of failing.
    assert_eq!(q("U.S. (Iran", None, None).rows.len(), 0);
    assert_eq!(q("Iran)", None, None).rows.len(), 3);
    assert!(q("nothing-here", None, None).rows.is_empty());
    // Newest first by default; --rank orders by relevance.
    assert_eq!(
        column(&q("iran", None, None), "published"),
        ["2025-03-05", "2025-02-01", "2025-01-10"]
    );
    let ranked = store
        .search(&SearchQuery {
            query: "iran".into(),
            actor: None,
            since: None,
            limit: 20,
            rank: true,
        })
        .unwrap();
    assert_eq!(ranked.rows.len(), 3);
}

#[test]
fn timeline_counts_an_actors_events_per_day() {
    let (store, _) = query_store();
    let t = store.timeline("IRN", None, None).unwrap();
    assert_eq!(
        column(&t, "date"),
        ["2025-01-10", "2025-02-01", "2025-03-05"]
    );
    assert_eq!(column(&t, "types"), ["ASSAULT:1", "ASSAULT:1", "CONSULT:1"]);
    assert_eq!(column(&t, "events"), [1, 1, 1]);
    let q = store.timeline("Qatar", None, None).unwrap();
    assert_eq!(
        q.rows,
        [vec![serde_json::Value::Null, 1.into(), "AID:1".into()]]
    );
    let since = store.timeline("IRN", Some("2025-02-01"), None).unwrap();
    assert_eq!(since.rows.len(), 2);
}

/// What the integer columns stand for comes back as the text it was: ids
/// that are not the default `e<n>`/`c<n>`, partial dates, a malformed date,
/// and the claim fields read from the record (speaker words, audience, via).
#[test]
fn ids_dates_and_claim_details_survive_the_integer_columns() {
    let mut r1 = record(&Doc {
        uri: "p",
        published: Some("2025-04"),
        text: "Iran struck Israel. Israel hit Iran. Israel said it would respond.",
        actors: vec![("IRN", "Iran", "Iran"), ("ISR", "Israel", "Israel")],
        events: vec![
            ("ev-b", EventType::Assault, &["IRN"], &["ISR"], "struck"),
            ("e1", EventType::Assault, &["ISR"], &["IRN"], "hit"),
        ],
        claims: vec![(
            "claim-x",
            Some("ISR"),
            "said",
            "it would respond",
            Stance::Assert,
        )],
    });
    r1.claims[0].speaker.text = Some("Israeli officials".into());
    r1.claims[0].audience = Some("reporters".into());
    r1.claims[0].via = vec![sitrep_record::Via {
        actor: None,
        text: "the \"Wire\"".into(),
        role: sitrep_record::ViaRole::Relay,
    }];
    let r2 = record(&Doc {
        uri: "q",
        published: Some("April 2025"),
        text: "Iran met Oman.",
        actors: vec![("IRN", "Iran", "Iran"), ("OMN", "Oman", "Oman")],
        events: vec![("e1", EventType::Consult, &["IRN"], &["OMN"], "met")],
        claims: vec![],
    });
    let db = scratch("integer-columns");
    let mut store = Store::open(&db).unwrap();
    ingest(&mut store, &[r1.clone(), r2.clone()]);
    for r in [&r1, &r2] {
        assert_eq!(&store.record(&r.doc.id, true).unwrap().unwrap(), r);
    }
    let events = store
        .events(&EventQuery {
            actor: Some("IRN".into()),
            limit: 10,
            ..EventQuery::default()
        })
        .unwrap();
    // The partial date sorts as a date; the malformed one as undated, last.
    assert_eq!(
        column(&events, "published"),
        ["2025-04", "2025-04", "April 2025"]
    );
    // Ids shown in text order within a document: "e1" before "ev-b".
    assert_eq!(column(&events, "event"), ["e1", "ev-b", "e1"]);
    assert_eq!(column(&events, "type"), ["ASSAULT", "ASSAULT", "CONSULT"]);
    assert_eq!(column(&events, "modality")[0], "asserted");
    let claims = store
        .claims(&ClaimQuery {
            speaker: Some("ISR".into()),
            disputed: false,
            limit: 10,
        })
        .unwrap();
    assert_eq!(column(&claims, "claim"), ["claim-x"]);
    assert_eq!(column(&claims, "speaker_text"), ["Israeli officials"]);
    assert_eq!(column(&claims, "audience"), ["reporters"]);
    assert_eq!(
        column(&claims, "via"),
        [serde_json::to_string(&r1.claims[0].via).unwrap()]
    );
    let t = store.timeline("IRN", None, None).unwrap();
    assert_eq!(
        column(&t, "date"),
        [serde_json::json!("2025-04"), serde_json::Value::Null]
    );
    assert_eq!(column(&t, "types"), ["ASSAULT:2", "CONSULT:1"]);
    let t = store
        .timeline("IRN", Some("2025-04"), Some("2025-04"))
        .unwrap();
    assert_eq!(column(&t, "events"), [2]);
    let err = store
        .timeline("IRN", Some("yesterday"), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("--since") && err.contains("yesterday"),
        "{err}"
    );
    let err = store
        .events(&EventQuery {
            until: Some("soon".into()),
            limit: 10,
            ..EventQuery::default()
        })
        .unwrap_err()
        .to_string();
    assert!(err.contains("--until") && err.contains("soon"), "{err}");
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

/// The answers of every query that reads the actor-keyed tables.
fn actor_answers(store: &Store) -> Vec<sitrep_store::Table> {
    let mut out = vec![store.actors(100).unwrap()];
    for actor in [None, Some("IRN"), Some("Iran"), Some("USA"), Some("QAT")] {
        out.push(
            store
                .events(&EventQuery {
                    actor: actor.map(str::to_string),
                    limit: 500,
                    ..EventQuery::default()
                })
                .unwrap(),
        );
        if let Some(a) = actor {
            out.push(store.timeline(a, None, None).unwrap());
        }
    }
    out.push(
        store
            .events(&EventQuery {
                between: Some(("ISR".into(), "IRN".into())),
                limit: 500,
                ..EventQuery::default()
            })
            .unwrap(),
    );
    for (speaker, disputed) in [
        (None, false),
        (None, true),
        (Some("IRN"), false),
        (Some("IRN"), true),
        (Some("officials"), false),
    ] {
        out.push(
            store
                .claims(&ClaimQuery {
                    speaker: speaker.map(str::to_string),
                    disputed,
                    limit: 500,
                })
                .unwrap(),
        );
    }
    for actor in [None, Some("IRN"), Some("ISR")] {
        out.push(
            store
                .search(&SearchQuery {
                    query: "Iran".into(),
                    actor: actor.map(str::to_string),
                    limit: 500,
                    ..SearchQuery::default()
                })
                .unwrap(),
        );
    }
    out
}

/// Version 8 keys the actors by integers: a store of version 7 (the ids'
/// text in `actors`, `event_actors`, `claims` and `actor_days`) is
/// migrated when opened, answers every query as before, and takes new
/// documents.
#[test]
fn a_version_7_store_gets_integer_actor_keys_and_answers_the_same() {
    let db = scratch("v7");
    let mut store = Store::open(&db).unwrap();
    let (_, mut records) = query_store();
    records.extend(sample_records().iter().cloned());
    let (last, first) = records.split_last().unwrap();
    ingest(&mut store, first);
    let before = actor_answers(&store);
    let corpus = store.corpus(None).unwrap();
    let empty: Vec<usize> = (0..before.len())
        .filter(|&i| before[i].rows.is_empty())
        .collect();
    assert!(empty.is_empty(), "answers without rows: {empty:?}");
    drop(store);

    // The tables as version 7 had them, keyed by the ids' text.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE actors_v7 (
             doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
             actor TEXT NOT NULL, mentions INTEGER NOT NULL,
             PRIMARY KEY (doc, actor)) WITHOUT ROWID;
         INSERT INTO actors_v7 SELECT a.doc, n.actor, a.mentions
             FROM actors a JOIN actor_names n ON n.id = a.actor;
         DROP TABLE actors; ALTER TABLE actors_v7 RENAME TO actors;
         CREATE TABLE event_actors_v7 (
             actor TEXT NOT NULL, day INTEGER NOT NULL, doc INTEGER NOT NULL,
             eno INTEGER NOT NULL, is_source INTEGER NOT NULL, is_target INTEGER NOT NULL,
             PRIMARY KEY (actor, day, doc, eno)) WITHOUT ROWID;
         INSERT INTO event_actors_v7 SELECT n.actor, a.day, a.doc, a.eno, a.is_source, a.is_target
             FROM event_actors a JOIN actor_names n ON n.id = a.actor;
         DROP TABLE event_actors; ALTER TABLE event_actors_v7 RENAME TO event_actors;
         CREATE TABLE claims_v7 (
             doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
             cno INTEGER NOT NULL, cid TEXT, speaker_actor TEXT, speaker_text TEXT,
             stance INTEGER NOT NULL, hedged INTEGER NOT NULL, day INTEGER,
             PRIMARY KEY (doc, cno)) WITHOUT ROWID;
         INSERT INTO claims_v7 SELECT c.doc, c.cno, c.cid, n.actor, c.speaker_text, c.stance,
             c.hedged, c.day FROM claims c LEFT JOIN actor_names n ON n.id = c.speaker_actor;
         DROP TABLE claims; ALTER TABLE claims_v7 RENAME TO claims;
         CREATE INDEX claims_speaker ON claims (speaker_actor, day);
         CREATE TABLE actor_days_v7 (
             actor TEXT NOT NULL, day INTEGER NOT NULL, type INTEGER NOT NULL,
             events INTEGER NOT NULL, PRIMARY KEY (actor, day, type)) WITHOUT ROWID;
         INSERT INTO actor_days_v7 SELECT n.actor, d.day, d.type, d.events
             FROM actor_days d JOIN actor_names n ON n.id = d.actor;
         DROP TABLE actor_days; ALTER TABLE actor_days_v7 RENAME TO actor_days;
         DROP TABLE actor_names;
         PRAGMA user_version = 7;",
    )
    .unwrap();
    let text_ids: i64 = conn
        .query_row(
            "SELECT count(*) FROM actors WHERE typeof(actor) = 'text'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(text_ids > 0);
    drop(conn);

    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::VERSION);
    assert_eq!(actor_answers(&store), before);
    assert_eq!(store.corpus(None).unwrap(), corpus);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (table, column) in [
        ("actors", "actor"),
        ("event_actors", "actor"),
        ("claims", "speaker_actor"),
        ("actor_days", "actor"),
    ] {
        let text: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {table} WHERE typeof({column}) = 'text'"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(text, 0, "{table}.{column}");
    }
    let free_pages: i64 = conn
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(free_pages, 0, "packed after the rebuild");
    drop(conn);

    // New documents get keys after the migrated ones, and the store is
    // then what one ingest of every record makes.
    ingest(&mut store, std::slice::from_ref(last));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let fresh_db = scratch("v8");
    let mut fresh = Store::open(&fresh_db).unwrap();
    ingest(&mut fresh, &records);
    assert_eq!(actor_answers(&store), actor_answers(&fresh));
    assert_eq!(store.corpus(None).unwrap(), fresh.corpus(None).unwrap());
}

/// `search --rank` ranks the most recently stored matches only: documents
/// that would rank first but are older than the newest `RANKED_MATCHES`
/// matches are left out, and the answer is still best match first.
#[test]
fn ranked_search_ranks_the_newest_matches() {
    let db = scratch("ranked");
    let mut store = Store::open(&db).unwrap();
    let older = 10;
    let records: Vec<Record> = (0..sitrep_store::RANKED_MATCHES + older)
        .map(|i| {
            // The oldest documents say the word most often: bm25 puts them first.
            let text = if i < older {
                format!("Sanctions, sanctions and sanctions: note {i}.")
            } else {
                format!("The ministers discussed sanctions and trade at meeting number {i}.")
            };
            record(&Doc {
                uri: Box::leak(format!("u{i}").into_boxed_str()),
                published: Some("2025-01-10"),
                text: Box::leak(text.into_boxed_str()),
                actors: vec![],
                events: vec![],
                claims: vec![],
            })
        })
        .collect();
    ingest(&mut store, &records);
    let ranked = |store: &Store, limit: usize| {
        store
            .search(&SearchQuery {
                query: "sanctions".into(),
                limit,
                rank: true,
                ..SearchQuery::default()
            })
            .unwrap()
    };
    let all = ranked(&store, records.len());
    assert_eq!(all.rows.len(), sitrep_store::RANKED_MATCHES);
    let ids = column(&all, "id");
    for r in &records[..older] {
        assert!(!ids.contains(&r.doc.id.clone().into()), "{}", r.doc.uri);
    }
    // The same text as the oldest, stored last: it is ranked, and leads.
    let mut newest = records[0].clone();
    newest.doc.uri = "newest".into();
    newest.doc.id = "newest-id".into();
    ingest(&mut store, &[newest]);
    assert_eq!(column(&ranked(&store, 1), "id"), ["newest-id"]);
}
