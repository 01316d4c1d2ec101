//! The actor graph of a store built from the sample corpus: real edges
//! pinned, neighbourhoods, date ranges, filters, replacement, rollback, and
//! a store from before the graph migration.

use crate::common;

use common::{sample_records, scratch, test_store, TestStore};
use sitrep_record::Record;
use sitrep_store::sitrep_graph::{record_evidence, Edge, EdgeKind, Graph};
use sitrep_store::{GraphQuery, Store};
use std::collections::BTreeSet;

fn ingest(store: &mut Store, records: &[Record]) {
    let mut w = store.writer();
    for r in records {
        w.put(r).unwrap();
    }
    w.commit().unwrap();
}

fn sample_store(name: &str) -> TestStore {
    let mut store = test_store(name);
    ingest(&mut store, sample_records());
    store
}

fn find<'a>(g: &'a Graph, kind: EdgeKind, ty: Option<&str>, s: &str, t: &str) -> Option<&'a Edge> {
    g.edges
        .iter()
        .find(|e| e.kind == kind && e.event_type.as_deref() == ty && e.source == s && e.target == t)
}

fn node_ids(g: &Graph) -> BTreeSet<String> {
    g.nodes.iter().map(|n| n.id.clone()).collect()
}

/// Documents (content ids, published) whose records show an edge.
fn docs_showing(kind: EdgeKind, ty: Option<&str>, s: &str, t: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = sample_records()
        .iter()
        .filter(|r| {
            record_evidence(r).iter().any(|e| {
                e.kind == kind && e.event_type.as_deref() == ty && e.source == s && e.target == t
            })
        })
        .map(|r| {
            (
                r.doc.published.clone().unwrap_or_default(),
                r.doc.id.clone(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_whole_graph_has_the_corpus_edges_with_their_evidence() {
    let store = sample_store("whole");
    let g = store.graph(&GraphQuery::default()).unwrap();
    assert!(!g.truncated);

    // The US strikes on Iran's nuclear sites (June 2025).
    let strike = find(&g, EdgeKind::Event, Some("ASSAULT"), "USA", "IRN").expect("USA→IRN ASSAULT");
    assert_eq!((strike.weight, strike.evidence), (3, 2));
    assert_eq!(strike.first.as_deref(), Some("2025-06-22"));
    assert_eq!(strike.last.as_deref(), Some("2025-06-25"));
    let shown = docs_showing(EdgeKind::Event, Some("ASSAULT"), "USA", "IRN");
    assert_eq!(shown.len(), 2);
    // Citations: the showing documents, newest first.
    let newest_first: Vec<String> = shown.iter().rev().map(|(_, id)| id.clone()).collect();
    assert_eq!(strike.cited, newest_first);

    // Iran and the United States appear together in 21 of the 30 articles.
    let co = find(&g, EdgeKind::CoMention, None, "IRN", "USA").expect("IRN–USA co-mention");
    assert_eq!((co.weight, co.evidence), (21, 21));
    assert!(
        find(&g, EdgeKind::CoMention, None, "USA", "IRN").is_none(),
        "stored once"
    );
    let shown = docs_showing(EdgeKind::CoMention, None, "IRN", "USA");
    assert_eq!(shown.len(), 21);
    assert_eq!(co.first.as_deref(), Some(shown[0].0.as_str()));
    assert_eq!(co.last.as_deref(), Some(shown[20].0.as_str()));
    assert_eq!(co.cited.len(), sitrep_store::sitrep_graph::MAX_CITED);

    // Trump speaking about Iran (seven claims in six articles, among them
    // his vow "to stop Iran from getting a nuclear weapon").
    let about = find(&g, EdgeKind::ClaimAbout, None, "donald-trump", "IRN").expect("claim about");
    assert_eq!((about.weight, about.evidence), (7, 6));
    assert_eq!(
        about.evidence as usize,
        docs_showing(EdgeKind::ClaimAbout, None, "donald-trump", "IRN").len()
    );

    // Every edge's ends are nodes with their names; heaviest edges first.
    let ids = node_ids(&g);
    for e in &g.edges {
        assert!(ids.contains(&e.source) && ids.contains(&e.target), "{e:?}");
        assert!(e.evidence >= 1 && e.weight >= e.evidence.min(1));
        assert!(e.cited.len() as u64 == e.evidence.min(5), "{e:?}");
    }
    assert!(g.edges.windows(2).all(|w| w[0].weight >= w[1].weight));
    let irn = g.node("IRN").unwrap();
    assert_eq!((irn.name.as_str(), irn.kind.as_str()), ("Iran", "country"));
}

#[test]
fn neighbourhoods_follow_depth_and_the_node_cap() {
    let store = sample_store("depth");
    let whole = store.graph(&GraphQuery::default()).unwrap();
    let q = |depth, max_nodes| GraphQuery {
        actor: Some("IRN".into()),
        depth,
        max_nodes,
        kinds: vec![EdgeKind::Event],
        ..GraphQuery::default()
    };
    let d0 = store.graph(&q(0, None)).unwrap();
    assert_eq!(node_ids(&d0), BTreeSet::from(["IRN".to_string()]));
    assert!(d0.edges.is_empty());

    let d1 = store.graph(&q(1, None)).unwrap();
    let neighbours: BTreeSet<String> = whole
        .edges_of("IRN")
        .filter(|e| e.kind == EdgeKind::Event)
        .flat_map(|e| [e.source.clone(), e.target.clone()])
        .collect();
    assert_eq!(node_ids(&d1), neighbours);
    assert!(neighbours.contains("USA") && neighbours.contains("ISR"));
    // Depth 1: the actor's own event edges, all of them, and nothing else.
    let own: Vec<&Edge> = whole
        .edges_of("IRN")
        .filter(|e| e.kind == EdgeKind::Event)
        .collect();
    assert_eq!(d1.edges.len(), own.len());
    assert!(d1
        .edges
        .iter()
        .all(|e| e.kind == EdgeKind::Event && (e.source == "IRN" || e.target == "IRN")));

    let d2 = store.graph(&q(2, None)).unwrap();
    assert!(node_ids(&d2).is_superset(&node_ids(&d1)));
    assert!(d2.nodes.len() > d1.nodes.len(), "two hops reach further");
    // Depth 2: every edge touching the actor or a neighbour, ends kept.
    let d2_nodes = node_ids(&d2);
    let expected = whole
        .edges
        .iter()
        .filter(|e| {
            e.kind == EdgeKind::Event
                && (neighbours.contains(&e.source) || neighbours.contains(&e.target))
                && d2_nodes.contains(&e.source)
                && d2_nodes.contains(&e.target)
        })
        .count();
    assert_eq!(d2.edges.len(), expected);

    // The cap keeps the actor and its heaviest neighbours.
    let capped = store.graph(&q(2, Some(3))).unwrap();
    assert!(capped.truncated);
    assert_eq!(capped.nodes.len(), 3);
    assert!(node_ids(&capped).contains("IRN"));
    assert!(node_ids(&capped).contains("USA"));

    // A name finds the actor too.
    let by_name = store
        .graph(&GraphQuery {
            actor: Some("iran".into()),
            ..q(1, None)
        })
        .unwrap();
    assert_eq!(by_name, d1);
}

#[test]
fn an_unknown_actor_is_a_clear_error() {
    let store = sample_store("unknown");
    let err = store
        .graph(&GraphQuery {
            actor: Some("Atlantis".into()),
            ..GraphQuery::default()
        })
        .unwrap_err()
        .to_string();
    assert!(err.contains("no actor 'Atlantis'"), "{err}");
}

#[test]
fn date_ranges_keep_only_evidence_inside_them() {
    let store = sample_store("dates");
    let since = "2025-06-01";
    let until = "2025-06-30";
    let g = store
        .graph(&GraphQuery {
            since: Some(since.into()),
            until: Some(until.into()),
            ..GraphQuery::default()
        })
        .unwrap();
    assert!(!g.edges.is_empty());
    for e in &g.edges {
        let (f, l) = (e.first.as_deref().unwrap(), e.last.as_deref().unwrap());
        assert!(f >= since && l <= until, "{e:?}");
    }
    let strike = find(&g, EdgeKind::Event, Some("ASSAULT"), "USA", "IRN").unwrap();
    assert_eq!((strike.weight, strike.evidence), (3, 2));
    // The co-mentions of June 2025 only.
    let co = find(&g, EdgeKind::CoMention, None, "IRN", "USA").unwrap();
    let june = docs_showing(EdgeKind::CoMention, None, "IRN", "USA")
        .into_iter()
        .filter(|(d, _)| d.as_str() >= since && d.as_str() <= until)
        .count();
    assert_eq!(co.evidence as usize, june);
    assert!(june < 21);

    // A range holding every document gives the same graph as no range.
    let all = store
        .graph(&GraphQuery {
            since: Some("1900-01-01".into()),
            until: Some("2999-12-31".into()),
            ..GraphQuery::default()
        })
        .unwrap();
    let whole = store.graph(&GraphQuery::default()).unwrap();
    assert!(sample_records().iter().all(|r| r.doc.published.is_some()));
    assert_eq!(all.nodes, whole.nodes);
    assert_eq!(all.edges.len(), whole.edges.len());
    for (a, w) in all.edges.iter().zip(&whole.edges) {
        assert_eq!(a, w);
    }

    // Around an actor, within the range.
    let around = store
        .graph(&GraphQuery {
            actor: Some("USA".into()),
            since: Some(since.into()),
            until: Some(until.into()),
            kinds: vec![EdgeKind::Event],
            ..GraphQuery::default()
        })
        .unwrap();
    assert!(around.node("IRN").is_some());
    assert!(around
        .edges
        .iter()
        .all(|e| e.last.as_deref() <= Some(until)));
    // Nothing in an empty range.
    let none = store
        .graph(&GraphQuery {
            since: Some("1990-01-01".into()),
            until: Some("1990-12-31".into()),
            ..GraphQuery::default()
        })
        .unwrap();
    assert!(none.edges.is_empty() && none.nodes.is_empty());
}

#[test]
fn kinds_and_min_weight_filter_edges() {
    let store = sample_store("filters");
    let g = store
        .graph(&GraphQuery {
            kinds: vec![EdgeKind::ClaimAbout],
            min_weight: 3,
            ..GraphQuery::default()
        })
        .unwrap();
    assert!(!g.edges.is_empty());
    assert!(g
        .edges
        .iter()
        .all(|e| e.kind == EdgeKind::ClaimAbout && e.weight >= 3));
    let capped = store
        .graph(&GraphQuery {
            max_nodes: Some(5),
            ..GraphQuery::default()
        })
        .unwrap();
    assert!(capped.truncated && capped.nodes.len() == 5);
    // The five actors in most documents.
    let top: BTreeSet<String> = store
        .actors(5)
        .unwrap()
        .rows
        .iter()
        .map(|r| r[0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(node_ids(&capped), top);
}

#[test]
fn replacing_a_document_replaces_its_edges() {
    let records = sample_records();
    let mut store = test_store("replace");
    ingest(&mut store, &records[..6]);
    let mut clean = test_store("replace-clean");
    ingest(&mut clean, &records[1..7]);
    // records[6]'s text under records[0]'s uri: a new version of it.
    let mut changed = records[6].clone();
    changed.doc.uri = records[0].doc.uri.clone();
    ingest(&mut store, &[changed]);

    let a = store.graph(&GraphQuery::default()).unwrap();
    let b = clean.graph(&GraphQuery::default()).unwrap();
    let key = |e: &Edge| {
        (
            e.kind,
            e.event_type.clone(),
            e.source.clone(),
            e.target.clone(),
            e.weight,
            e.evidence,
            e.cited.clone(),
        )
    };
    let ka: BTreeSet<_> = a.edges.iter().map(key).collect();
    let kb: BTreeSet<_> = b.edges.iter().map(key).collect();
    assert_eq!(ka, kb);
    // Dates after a replacement bound the remaining evidence.
    for e in &a.edges {
        let c = b.edges.iter().find(|c| key(c) == key(e)).unwrap();
        assert!(e.first <= c.first && e.last >= c.last, "{e:?} {c:?}");
    }
}

#[test]
fn an_uncommitted_batch_adds_no_edges() {
    let records = sample_records();
    let mut store = test_store("rollback");
    ingest(&mut store, &records[..1]);
    let before = store.graph(&GraphQuery::default()).unwrap();
    {
        let mut w = store.writer();
        for r in &records[1..5] {
            w.put(r).unwrap();
        }
    }
    assert_eq!(store.graph(&GraphQuery::default()).unwrap(), before);
    ingest(&mut store, &records[1..5]);
    assert!(store.graph(&GraphQuery::default()).unwrap().edges.len() > before.edges.len());
}

#[test]
fn a_store_from_before_the_graph_gets_its_edges_on_opening() {
    let db = scratch("backfill");
    let mut store = Store::open(&db).unwrap();
    ingest(&mut store, sample_records());
    let expected = store.graph(&GraphQuery::default()).unwrap();
    drop(store);
    // Back to the schema before the graph's migration, with its documents.
    let version = sitrep_store::schema::MIGRATIONS
        .iter()
        .position(|m| m.contains("CREATE TABLE graph_edges"))
        .unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(&format!(
        "DROP TABLE graph_edges; PRAGMA user_version = {version};"
    ))
    .unwrap();
    drop(conn);
    let store = Store::open_existing(&db).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        sitrep_store::schema::VERSION
    );
    assert_eq!(store.graph(&GraphQuery::default()).unwrap(), expected);
    // Opening again changes nothing.
    drop(store);
    let store = Store::open_existing(&db).unwrap();
    assert_eq!(store.graph(&GraphQuery::default()).unwrap(), expected);
}

#[test]
fn the_store_check_compares_edges_with_the_records() {
    let db = scratch("check");
    let mut store = Store::open(&db).unwrap();
    let records = sample_records();
    ingest(&mut store, &records[..8]);
    let mut changed = records[9].clone();
    changed.doc.uri = records[2].doc.uri.clone();
    ingest(&mut store, &[changed]);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "UPDATE graph_edges SET weight = weight + 1
         WHERE (src, dst, kind) IN (SELECT src, dst, kind FROM graph_edges LIMIT 1)",
    )
    .unwrap();
    drop(conn);
    let store = Store::open_existing(&db).unwrap();
    let problems = store.check().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("1 wrong, 0 extra, 0 missing"),
        "{problems:?}"
    );
}

#[test]
fn the_edge_cap_keeps_the_heaviest_edges_and_marks_the_cut() {
    let store = sample_store("edge-cap");
    let q = |depth, max_nodes, max_edges| GraphQuery {
        actor: Some("IRN".into()),
        depth,
        max_nodes,
        max_edges,
        ..GraphQuery::default()
    };
    let full = store.graph(&q(2, None, None)).unwrap();
    assert!(!full.truncated && full.cut.is_empty());
    assert!(full.edges.len() > 40, "{}", full.edges.len());
    for max in [1, 7, 40] {
        let capped = store.graph(&q(2, None, Some(max))).unwrap();
        assert!(capped.truncated);
        assert_eq!(capped.cut.max_edges, Some(max));
        assert_eq!(capped.cut.max_nodes, None);
        // The first edges of the uncapped answer, in its order, evidence and all.
        assert_eq!(capped.edges, full.edges[..max].to_vec());
        // The nodes are still the neighbourhood's.
        assert_eq!(node_ids(&capped), node_ids(&full));
    }
    // A cap the answer fits under cuts nothing.
    let roomy = store.graph(&q(2, None, Some(full.edges.len()))).unwrap();
    assert_eq!(roomy, full);

    // Both caps: the node cap picks the nodes, the edge cap the edges among them.
    let nodes_only = store.graph(&q(2, Some(6), None)).unwrap();
    assert_eq!(nodes_only.nodes.len(), 6);
    assert_eq!(nodes_only.cut.max_nodes, Some(6));
    assert!(nodes_only.cut.max_edges.is_none() && nodes_only.truncated);
    let ids = node_ids(&nodes_only);
    // Every edge of the whole graph between two of the six is there.
    let whole = store.graph(&GraphQuery::default()).unwrap();
    let among = whole
        .edges
        .iter()
        .filter(|e| ids.contains(&e.source) && ids.contains(&e.target))
        .count();
    assert_eq!(nodes_only.edges.len(), among);
    let both = store.graph(&q(2, Some(6), Some(5))).unwrap();
    assert_eq!((both.cut.max_nodes, both.cut.max_edges), (Some(6), Some(5)));
    assert_eq!(both.edges, nodes_only.edges[..5].to_vec());

    // The whole graph and a date range take the edge cap too.
    let whole_capped = store
        .graph(&GraphQuery {
            max_edges: Some(3),
            ..GraphQuery::default()
        })
        .unwrap();
    assert_eq!(whole_capped.edges, whole.edges[..3].to_vec());
    assert_eq!(whole_capped.cut.max_edges, Some(3));
    let dated = |max_edges| GraphQuery {
        actor: Some("USA".into()),
        since: Some("2025-06-01".into()),
        until: Some("2025-06-30".into()),
        max_edges,
        ..GraphQuery::default()
    };
    let june = store.graph(&dated(None)).unwrap();
    assert!(june.edges.len() > 4 && !june.truncated);
    let june_capped = store.graph(&dated(Some(4))).unwrap();
    assert_eq!(june_capped.edges, june.edges[..4].to_vec());
    assert!(june_capped.truncated);
}

#[test]
fn the_table_and_the_records_give_the_same_neighbourhoods() {
    // A range holding every document is read from the records; no range
    // from the edge table: the two paths must agree on nodes and edges.
    let store = sample_store("paths");
    // (Iran's neighbours are about 100: a cap above 64 nodes to read makes
    // the table read its heaviest edges first, by the weight index.)
    for (depth, max_nodes, max_edges) in [
        (1, None, None),
        (2, None, None),
        (2, Some(8), Some(30)),
        (2, None, Some(50)),
        (2, Some(90), Some(100)),
        (3, None, Some(1)),
    ] {
        for actor in ["IRN", "USA", "donald-trump"] {
            let q = GraphQuery {
                actor: Some(actor.into()),
                depth,
                max_nodes,
                max_edges,
                ..GraphQuery::default()
            };
            let table = store.graph(&q).unwrap();
            let records = store
                .graph(&GraphQuery {
                    since: Some("1900-01-01".into()),
                    until: Some("2999-12-31".into()),
                    ..q.clone()
                })
                .unwrap();
            assert_eq!(node_ids(&table), node_ids(&records), "{actor} {depth}");
            assert_eq!(table.edges, records.edges, "{actor} {depth}");
            assert_eq!(table.cut, records.cut, "{actor} {depth}");
        }
    }
}

#[test]
fn the_capped_whole_graph_is_the_head_of_the_uncapped_one() {
    // The capped whole graph is read heaviest first on the weight index and
    // stops at the cap; it must be exactly the first edges of the whole
    // edge list, with the same nodes, for any filter.
    let store = sample_store("whole-cap");
    let filters: [(Vec<EdgeKind>, u64); 4] = [
        (vec![], 1),
        (vec![], 2),
        (vec![EdgeKind::Event], 1),
        (vec![EdgeKind::ClaimAbout, EdgeKind::CoMention], 2),
    ];
    for (kinds, min_weight) in filters {
        let q = |max_edges| GraphQuery {
            kinds: kinds.clone(),
            min_weight,
            max_edges,
            ..GraphQuery::default()
        };
        let full = store.graph(&q(None)).unwrap();
        let n = full.edges.len();
        assert!(n > 3, "{kinds:?} {min_weight}: {n} edges");
        for max in [1, 2, n / 2, n - 1] {
            let capped = store.graph(&q(Some(max))).unwrap();
            assert_eq!(capped.edges, full.edges[..max].to_vec(), "{kinds:?} {max}");
            assert_eq!(capped.nodes, full.nodes, "{kinds:?} {max}");
            assert!(capped.truncated);
            assert_eq!(capped.cut.max_edges, Some(max));
        }
        for max in [n, n + 1] {
            assert_eq!(store.graph(&q(Some(max))).unwrap(), full, "{kinds:?} {max}");
        }
    }
}
