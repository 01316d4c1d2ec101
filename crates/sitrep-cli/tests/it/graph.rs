//! `sitrep graph` end to end: formats, files, neighbourhoods and the
//! errors a user can make.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

/// One store of the sample corpus, shared by the tests (read only).
fn store() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        // A static is never dropped, so the store lives under Cargo's own
        // scratch space for integration tests (inside target/, replaced by
        // the next run) rather than in the system temp dir.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sitrep-graph-cli");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("store.db");
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl");
        let out = sitrep()
            .args(["ingest", "-q", "--db"])
            .arg(&db)
            .arg(corpus)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        db
    })
}

fn graph(args: &[&str]) -> Output {
    sitrep()
        .arg("graph")
        .arg("--db")
        .arg(store())
        .args(args)
        .output()
        .unwrap()
}

fn ok_json(args: &[&str]) -> Value {
    let out = graph(args);
    assert!(
        out.status.success(),
        "graph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn failure(args: &[&str]) -> String {
    let out = graph(args);
    assert_eq!(out.status.code(), Some(2), "graph {args:?} should fail");
    assert!(out.stdout.is_empty());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_whole_graph_as_json() {
    let g = ok_json(&[]);
    assert_eq!(g["schema"], "sitrep-graph/1");
    let edges = g["edges"].as_array().unwrap();
    let strike = edges
        .iter()
        .find(|e| {
            e["kind"] == "event"
                && e["type"] == "ASSAULT"
                && e["source"] == "USA"
                && e["target"] == "IRN"
        })
        .expect("USA→IRN ASSAULT");
    assert_eq!(strike["evidence"], 2);
    assert_eq!(strike["cited"].as_array().unwrap().len(), 2);
    let nodes = g["nodes"].as_array().unwrap();
    assert!(nodes
        .iter()
        .any(|n| n["id"] == "IRN" && n["name"] == "Iran"));
}

#[test]
fn a_neighbourhood_of_one_kind() {
    let g = ok_json(&[
        "--actor",
        "USA",
        "--depth",
        "1",
        "--kinds",
        "event",
        "--min-weight",
        "2",
    ]);
    let edges = g["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for e in edges {
        assert_eq!(e["kind"], "event");
        assert!(e["weight"].as_u64().unwrap() >= 2);
    }
    let d0 = ok_json(&["--actor", "USA", "--depth", "0"]);
    assert_eq!(d0["nodes"].as_array().unwrap().len(), 1);
    let since = ok_json(&["--since", "2025-06-01", "--until", "2025-06-30"]);
    for e in since["edges"].as_array().unwrap() {
        assert!(e["first"].as_str().unwrap() >= "2025-06-01", "{e}");
    }
}

#[test]
fn gexf_and_graphml_to_a_file() {
    let dir = store().parent().unwrap();
    for (format, root) in [("gexf", "<gexf"), ("graphml", "<graphml")] {
        let file = dir.join(format!("g.{format}"));
        let out = graph(&["--format", format, "-o", file.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty());
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(text.contains(root), "{format}");
        assert!(text.contains("label=\"Iran\"") || text.contains(">Iran<"));
    }
}

#[test]
fn mistakes_are_named() {
    let e = failure(&["--actor", "Atlantis"]);
    assert!(e.contains("no actor 'Atlantis'"), "{e}");
    let e = failure(&["--since", "June 2025"]);
    assert!(
        e.contains("--since 'June 2025'") && e.contains("YYYY-MM-DD"),
        "{e}"
    );
    let e = failure(&["--since", "2025-07-01", "--until", "2025-06-01"]);
    assert!(e.contains("after --until"), "{e}");
    let e = failure(&["--format", "dot"]);
    assert!(e.contains("unknown graph format 'dot'"), "{e}");
    let e = failure(&["--kinds", "event,friendship"]);
    assert!(e.contains("unknown edge kind 'friendship'"), "{e}");
    let e = failure(&["--depth", "2"]);
    assert!(e.contains("--actor"), "{e}");
    let out = sitrep()
        .args(["graph", "--db", "/nonexistent/none.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store"));
}

#[test]
fn caps_cut_the_graph_and_say_so() {
    // Iran's two-hop neighbourhood of the sample corpus fits the default caps.
    let full = ok_json(&["--actor", "IRN", "--depth", "2"]);
    assert_eq!(full["truncated"], false);
    assert!(full.get("cut").is_none(), "{}", full["cut"]);
    let all_edges = full["edges"].as_array().unwrap();
    assert!(all_edges.len() > 5);

    let out = graph(&["--actor", "IRN", "--depth", "2", "--max-edges", "5"]);
    assert!(out.status.success());
    let capped: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(capped["truncated"], true);
    assert_eq!(capped["cut"]["max_edges"], 5);
    assert!(capped["cut"].get("max_nodes").is_none());
    // The heaviest five, as the uncapped answer orders them.
    assert_eq!(capped["edges"].as_array().unwrap()[..], all_edges[..5]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("5 edges") && err.contains("--max-edges"),
        "{err}"
    );

    let out = graph(&["--actor", "IRN", "--max-nodes", "3", "--max-edges", "2"]);
    let both: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(both["nodes"].as_array().unwrap().len(), 3);
    assert_eq!(both["edges"].as_array().unwrap().len(), 2);
    assert_eq!(both["cut"]["max_nodes"], 3);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3 nodes (--max-nodes) and 2 edges"), "{err}");

    let e = failure(&["--actor", "IRN", "--max-edges", "0"]);
    assert!(e.contains("--max-edges must be at least 1"), "{e}");
}

#[test]
fn the_whole_graph_is_capped_by_default_and_all_edges_lifts_the_cap() {
    let every = ok_json(&["--all-edges"]);
    assert_eq!(every["truncated"], false);
    let edges = every["edges"].as_array().unwrap();
    assert!(edges.len() > 4, "{}", edges.len());
    // The sample corpus has fewer edges than the default cap: the default
    // view is then the whole graph, uncut.
    assert!(edges.len() < 2000);
    assert_eq!(ok_json(&[]), every);
    // A cap keeps the heaviest edges of the export, in its order, and the
    // same nodes, and says so in the output and on standard error.
    let out = graph(&["--max-edges", "4"]);
    assert!(out.status.success());
    let capped: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(capped["truncated"], true);
    assert_eq!(capped["cut"]["max_edges"], 4);
    assert_eq!(capped["edges"].as_array().unwrap()[..], edges[..4]);
    assert_eq!(capped["nodes"], every["nodes"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("4 edges") && err.contains("--all-edges"),
        "{err}"
    );
    // A cap and no cap at once is a usage error.
    let out = graph(&["--all-edges", "--max-edges", "4"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--all-edges"));
}
