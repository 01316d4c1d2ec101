//! Date-filtered graphs read the per-document edge rows (`graph_docs`):
//! they must give exactly what merging the records of the documents in the
//! range gives (`EdgeBuilder`, the way these queries were answered before),
//! at the edges of a day, with partial and odd dates, undated documents,
//! replaced documents and filters.

use crate::common;

use common::{sample_records, scratch, test_store};
use sitrep_record::Record;
use sitrep_store::sitrep_graph::{EdgeBuilder, EdgeKind, Graph};
use sitrep_store::{GraphQuery, Store};
use std::collections::BTreeSet;

/// Dates for the sample records: several documents on one day, a partial
/// month and year, a date with a time, and undated ones.
const DATES: [Option<&str>; 12] = [
    Some("2025-06-14"),
    Some("2025-06-15"),
    Some("2025-06-15"),
    Some("2025-06-16"),
    Some("2025-06"),
    Some("2025"),
    None,
    Some("2025-06-15T10:00:00Z"),
    Some("2025-06-15"),
    None,
    Some("2024-12-31"),
    Some("2025-07-01"),
];

fn dated_records() -> Vec<Record> {
    sample_records()
        .iter()
        .take(DATES.len())
        .zip(DATES)
        .map(|(r, d)| {
            let mut r = r.clone();
            r.doc.published = d.map(str::to_string);
            r
        })
        .collect()
}

fn ingest(store: &mut Store, records: &[Record]) {
    let mut w = store.writer();
    for r in records {
        w.put(r).unwrap();
    }
    w.commit().unwrap();
}

/// The graph of the documents published within the range, merged from
/// their records as the store did before it kept per-document rows: the
/// documents by date (as text), then in ingest order.
fn expected(stored: &[Record], since: Option<&str>, until: Option<&str>) -> Graph {
    let mut inside: Vec<(usize, &Record)> = stored
        .iter()
        .enumerate()
        .filter(|(_, r)| match r.doc.published.as_deref() {
            None => false,
            Some(p) => since.is_none_or(|s| p >= s) && until.is_none_or(|u| p <= u),
        })
        .collect();
    inside.sort_by(|a, b| {
        a.1.doc
            .published
            .cmp(&b.1.doc.published)
            .then(a.0.cmp(&b.0))
    });
    let mut b = EdgeBuilder::new();
    for (_, r) in inside {
        b.add_record(r);
    }
    let mut g = Graph {
        edges: b.finish(),
        ..Graph::default()
    };
    g.sort();
    g
}

fn dated(store: &Store, since: Option<&str>, until: Option<&str>) -> Graph {
    store
        .graph(&GraphQuery {
            since: since.map(str::to_string),
            until: until.map(str::to_string),
            ..GraphQuery::default()
        })
        .unwrap()
}

fn assert_same(store: &Store, stored: &[Record], since: Option<&str>, until: Option<&str>) {
    let got = dated(store, since, until);
    let want = expected(stored, since, until);
    assert_eq!(got.edges, want.edges, "{since:?}..{until:?}");
    let ends: BTreeSet<&str> = want
        .edges
        .iter()
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect();
    let nodes: BTreeSet<&str> = got.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(nodes, ends, "{since:?}..{until:?}");
}

const RANGES: [(Option<&str>, Option<&str>); 9] = [
    // One day, at both edges of it: a time after the date sorts after it.
    (Some("2025-06-15"), Some("2025-06-15")),
    (Some("2025-06-15"), Some("2025-06-16")),
    (Some("2025-06-14"), Some("2025-06-14")),
    // A partial date sorts before the days of its month and year.
    (Some("2025-06-01"), Some("2025-06-30")),
    (Some("2025-01-01"), Some("2025-06-30")),
    (Some("2024-12-31"), Some("2025-12-31")),
    // Open ends.
    (Some("2025-06-16"), None),
    (None, Some("2025-06-14")),
    // Nothing.
    (Some("1990-01-01"), Some("1990-12-31")),
];

#[test]
fn date_ranges_equal_the_records_merged() {
    let records = dated_records();
    let mut store = test_store("dates-exact");
    ingest(&mut store, &records);
    for (since, until) in RANGES {
        assert_same(&store, &records, since, until);
    }
    // The open range holds every dated document, and no undated one: the
    // whole graph (from the edge table) has more evidence.
    let open = dated(&store, Some("0000"), None);
    let whole = store.graph(&GraphQuery::default()).unwrap();
    let undated: u64 = records.iter().filter(|r| r.doc.published.is_none()).count() as u64;
    assert!(undated > 0);
    let evidence = |g: &Graph| g.edges.iter().map(|e| e.evidence).sum::<u64>();
    assert!(evidence(&open) < evidence(&whole));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn filters_and_neighbourhoods_apply_to_the_merged_range() {
    let records = dated_records();
    let mut store = test_store("dates-filters");
    ingest(&mut store, &records);
    let (since, until) = (Some("2025-06-01"), Some("2025-06-30"));
    let all = expected(&records, since, until);
    for kinds in [
        vec![EdgeKind::Event],
        vec![EdgeKind::ClaimAbout, EdgeKind::CoMention],
    ] {
        for min_weight in [1, 2] {
            let got = store
                .graph(&GraphQuery {
                    since: since.map(str::to_string),
                    until: until.map(str::to_string),
                    kinds: kinds.clone(),
                    min_weight,
                    ..GraphQuery::default()
                })
                .unwrap();
            let want: Vec<_> = all
                .edges
                .iter()
                .filter(|e| kinds.contains(&e.kind) && e.weight >= min_weight)
                .cloned()
                .collect();
            if min_weight == 1 {
                assert!(!want.is_empty(), "{kinds:?}");
            }
            assert_eq!(got.edges, want, "{kinds:?} {min_weight}");
        }
    }
    // Depth 1 around an actor: exactly its edges of the range.
    let around = store
        .graph(&GraphQuery {
            actor: Some("IRN".into()),
            since: since.map(str::to_string),
            until: until.map(str::to_string),
            ..GraphQuery::default()
        })
        .unwrap();
    let want: Vec<_> = all
        .edges
        .iter()
        .filter(|e| e.source == "IRN" || e.target == "IRN")
        .cloned()
        .collect();
    assert!(!want.is_empty());
    assert_eq!(around.edges, want);
}

#[test]
fn replaced_documents_leave_their_rows() {
    let records = dated_records();
    let mut store = test_store("dates-replace");
    ingest(&mut store, &records[..8]);
    let mut stored: Vec<Record> = records[..8].to_vec();
    // New versions under stored uris: one moves to another day, one loses
    // its date, one gains a date; in one batch with a new document.
    let moved = {
        let mut r = records[8].clone();
        r.doc.uri = stored[1].doc.uri.clone();
        r.doc.published = Some("2025-06-20".into());
        r
    };
    let undated = {
        let mut r = records[10].clone();
        r.doc.uri = stored[2].doc.uri.clone();
        r.doc.published = None;
        r
    };
    let gains = {
        let mut r = records[11].clone();
        r.doc.uri = stored[6].doc.uri.clone();
        r.doc.published = Some("2025-06-15".into());
        r
    };
    ingest(
        &mut store,
        &[
            moved.clone(),
            undated.clone(),
            gains.clone(),
            records[9].clone(),
        ],
    );
    // What the store now holds, in ingest order.
    stored.remove(6);
    stored.remove(2);
    stored.remove(1);
    stored.extend([moved, undated, gains, records[9].clone()]);
    for (since, until) in RANGES {
        assert_same(&store, &stored, since, until);
    }
    assert_same(&store, &stored, Some("2025-06-20"), Some("2025-06-20"));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());

    // A version replaced again within one batch: only the last one counts.
    // (Texts stored already, under new content ids: two new versions.)
    let mut twice = records[3].clone();
    twice.doc.uri = "urn:twice".into();
    twice.doc.id = "0".repeat(31) + "1";
    let mut again = records[4].clone();
    again.doc.uri = "urn:twice".into();
    again.doc.id = "0".repeat(31) + "2";
    again.doc.published = Some("2025-06-15".into());
    ingest(&mut store, &[twice, again.clone()]);
    stored.push(again);
    for (since, until) in RANGES {
        assert_same(&store, &stored, since, until);
    }
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn a_damaged_row_is_reported_not_trusted() {
    let db = scratch("dates-damaged");
    let mut store = Store::open(&db).unwrap();
    ingest(&mut store, &dated_records());
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "UPDATE graph_docs SET edges = x'0102'
         WHERE doc = (SELECT min(doc) FROM graph_docs WHERE published = '2025-06-15')",
    )
    .unwrap();
    drop(conn);
    let store = Store::open_existing(&db).unwrap();
    let problems = store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("1 wrong"), "{problems:?}");
    let err = store
        .graph(&GraphQuery {
            since: Some("2025-06-15".into()),
            until: Some("2025-06-15".into()),
            ..GraphQuery::default()
        })
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("graph_docs") && err.contains("damaged"),
        "{err}"
    );
    // Other days are still answered.
    assert!(!dated(&store, Some("2025-06-16"), Some("2025-06-16"))
        .edges
        .is_empty());
}

#[test]
fn a_store_from_before_the_rows_gets_them_on_opening() {
    let db = scratch("dates-backfill");
    let records = dated_records();
    let mut store = Store::open(&db).unwrap();
    ingest(&mut store, &records);
    drop(store);
    let version = sitrep_store::schema::MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE IF NOT EXISTS graph_docs"))
        .unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(&format!(
        "DROP TABLE graph_docs; PRAGMA user_version = {version};"
    ))
    .unwrap();
    drop(conn);
    let store = Store::open_existing(&db).unwrap();
    for (since, until) in RANGES {
        assert_same(&store, &records, since, until);
    }
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}
