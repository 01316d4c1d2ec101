//! End-to-end tests of `sitrep ingest` and the query commands, including
//! a store that survives `kill -9` in the middle of an ingest.

use serde_json::Value;
use sitrep_store::Store;
use sitrep_testkit::Scratch;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-store-cli", name)
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl")
}

fn run(args: &[&str]) -> Output {
    let out = sitrep().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "sitrep {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn json_rows(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

/// Everything a store holds, in a comparable form: each document's record
/// (with text), then the derived counters as the queries show them.
fn contents(db: &Path) -> (Vec<String>, String) {
    let store = Store::open_existing(db).unwrap();
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let mut records: Vec<String> = store
        .ids_in_order()
        .unwrap()
        .iter()
        .map(|id| serde_json::to_string(&store.record(id, true).unwrap().unwrap()).unwrap())
        .collect();
    records.sort();
    let actors = format!("{:?}", store.actors(100_000).unwrap());
    (records, actors)
}

#[test]
fn ingest_then_every_query_as_json() {
    let dir = scratch("queries");
    let db = dir.join("s.db");
    let db_arg = db.to_str().unwrap();
    let corpus = corpus();
    let out = run(&["ingest", "--db", db_arg, corpus.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("30 added, 0 replaced, 0 unchanged"), "{err}");
    let out = run(&["ingest", "--db", db_arg, corpus.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("0 added, 0 replaced, 30 unchanged"), "{err}");

    // Stored records equal what extract --with-text writes.
    let extracted = run(&["extract", "--with-text", "-q", corpus.to_str().unwrap()]);
    let store = Store::open_existing(&db).unwrap();
    for line in String::from_utf8(extracted.stdout).unwrap().lines() {
        let want: Value = serde_json::from_str(line).unwrap();
        let id = want["doc"]["id"].as_str().unwrap();
        let got = serde_json::to_value(store.record(id, true).unwrap().unwrap()).unwrap();
        assert_eq!(got, want);
    }
    drop(store);

    let q = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--db", db_arg, "--json"]);
        json_rows(&run(&all))
    };
    let actors = q(&["actors", "--top", "3"]);
    assert_eq!(actors.len(), 3);
    assert_eq!(actors[0]["actor"], "IRN");
    assert!(actors[0]["documents"].as_i64().unwrap() >= actors[1]["documents"].as_i64().unwrap());

    let hits = q(&["search", "Fordow"]);
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h["snippet"].as_str().unwrap().contains('[')));
    let since = q(&["search", "Iran", "--since", "2025-01-01", "--actor", "USA"]);
    assert!(!since.is_empty());
    assert!(since
        .iter()
        .all(|h| h["published"].as_str().unwrap() >= "2025-01-01"));

    let events = q(&[
        "events", "--actor", "IRN", "--type", "ASSAULT", "--limit", "5",
    ]);
    assert!(!events.is_empty() && events.len() <= 5);
    for e in &events {
        assert_eq!(e["type"], "ASSAULT");
        let sides = format!("{} {}", e["source"], e["target"]);
        assert!(sides.contains("IRN"), "{e}");
    }
    let between = q(&[
        "events",
        "--between",
        "USA,IRN",
        "--since",
        "2020-01-01",
        "--until",
        "2025-12-31",
    ]);
    assert!(!between.is_empty());
    for e in &between {
        let d = e["published"].as_str().unwrap();
        assert!(("2020-01-01"..="2025-12-31").contains(&d));
        let (s, t) = (e["source"].to_string(), e["target"].to_string());
        assert!(
            (s.contains("USA") && t.contains("IRN")) || (s.contains("IRN") && t.contains("USA")),
            "{e}"
        );
    }

    let claims = q(&["claims", "--speaker", "IRN"]);
    assert!(!claims.is_empty());
    assert!(claims.iter().all(|c| c["speaker"] == "IRN"));
    let disputed = q(&["claims", "--disputed"]);
    assert!(disputed.iter().any(|c| c["stance"] == "deny"));

    let timeline = q(&["timeline", "--actor", "Iran"]);
    assert!(timeline.len() > 3);
    let dates: Vec<&str> = timeline.iter().filter_map(|r| r["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");

    // Table and CSV output.
    let table = run(&["actors", "--db", db_arg, "--top", "2"]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.starts_with("ACTOR "), "{text}");
    assert_eq!(text.lines().count(), 3);
    let csv = run(&["events", "--db", db_arg, "--csv", "--limit", "2"]);
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(text.starts_with("published,type,modality,source,target,trigger,sentence"));
}

#[test]
fn queries_on_a_missing_store_fail_without_creating_it() {
    let dir = scratch("missing");
    let db = dir.join("none.db");
    let out = sitrep()
        .args(["actors", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store"));
    assert!(!db.exists());
    let out = sitrep()
        .args(["events", "--db", db.to_str().unwrap(), "--between", "USA"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_changed_document_replaces_its_records_and_text_is_escaped_in_tables() {
    let dir = scratch("changed");
    let db = dir.join("s.db");
    let db_arg = db.to_str().unwrap();
    let input = dir.join("note.txt");
    std::fs::write(
        &input,
        "Iran said talks with the United States would resume.\n",
    )
    .unwrap();
    run(&["ingest", "--db", db_arg, input.to_str().unwrap()]);
    std::fs::write(
        &input,
        "Title \u{1b}[2J\n\nIsrael said talks with Egypt would resume in Cairo.\n",
    )
    .unwrap();
    let out = run(&["ingest", "--db", db_arg, input.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 added, 1 replaced"));
    let hits = json_rows(&run(&["search", "--db", db_arg, "--json", "talks"]));
    assert_eq!(hits.len(), 1);
    assert!(hits[0]["snippet"].as_str().unwrap().contains("Egypt"));
    assert!(json_rows(&run(&["search", "--db", db_arg, "--json", "Iran"])).is_empty());
    let table = run(&["search", "--db", db_arg, "talks"]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

/// Inputs for the crash test: the sample corpus repeated with a numbered
/// closing line, so every document is distinct.
fn many_docs(path: &Path, copies: usize) {
    let lines: Vec<Value> = std::fs::read_to_string(corpus())
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for copy in 0..copies {
        for (i, doc) in lines.iter().enumerate() {
            let mut doc = doc.clone();
            let text = format!("{} Bulletin {copy}-{i}.", doc["text"].as_str().unwrap());
            doc["text"] = Value::String(text);
            doc["url"] = Value::String(format!("https://example.org/{copy}/{i}"));
            writeln!(f, "{doc}").unwrap();
        }
    }
}

#[test]
fn a_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it() {
    let dir = scratch("kill");
    let input = dir.join("in.jsonl");
    many_docs(&input, 10);
    let input = input.to_str().unwrap();
    let clean = dir.join("clean.db");
    run(&["ingest", "-q", "--db", clean.to_str().unwrap(), input]);
    let want = contents(&clean);
    assert_eq!(want.0.len(), 300);

    let db = dir.join("killed.db");
    let db_arg = db.to_str().unwrap();
    let count = || {
        Store::open_existing(&db)
            .and_then(|s| s.document_count())
            .unwrap_or(0)
    };
    let mut last = 0;
    // Each round waits for the child to commit something new, then kills it
    // a little later: inside its next transaction or between two.
    for extra_ms in [0u64, 350, 700, 1100] {
        let mut child = sitrep()
            .args(["ingest", "-q", "--commit-docs", "10", "--db", db_arg, input])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while count() <= last
            && child.try_wait().unwrap().is_none()
            && started.elapsed() < Duration::from_secs(120)
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(extra_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Whatever was committed is whole: the store checks out.
        let store = Store::open_existing(&db).unwrap();
        assert_eq!(store.check().unwrap(), Vec::<String>::new());
        last = store.document_count().unwrap();
        if last as usize == want.0.len() {
            break;
        }
    }
    run(&["ingest", "-q", "--db", db_arg, input]);
    assert_eq!(contents(&db), want);
}

#[test]
fn stored_documents_are_analysed_again_when_the_lexicons_change() {
    let dir = scratch("reanalysis");
    let db = dir.join("s.db");
    let db = db.to_str().unwrap();
    let corpus = corpus();
    let corpus = corpus.to_str().unwrap();
    let summary = |out: &Output| String::from_utf8_lossy(&out.stderr).into_owned();
    let first = run(&["ingest", corpus, "--db", db]);
    assert!(summary(&first).contains("30 added"), "{}", summary(&first));
    let again = run(&["ingest", corpus, "--db", db]);
    assert!(
        summary(&again).contains("30 unchanged"),
        "{}",
        summary(&again)
    );
    let before = contents(Path::new(db));

    // A data folder with one more loaded term (a plain word of the sample
    // corpus, so no built-in lexicon will ever hold it): every stored
    // document is analysed again (and replaced), and the term is in the store.
    let data = dir.join("mydata");
    std::fs::create_dir_all(data.join("lexicons")).unwrap();
    std::fs::write(
        data.join("lexicons/framing.tsv"),
        "term\tcategory\tforms\tnote\nwindfall\temotive_intensifier\t+s\tinvented for a test\n",
    )
    .unwrap();
    let data = data.to_str().unwrap();
    let changed = run(&["ingest", corpus, "--db", db, "--data", data]);
    assert!(
        summary(&changed).contains("30 replaced"),
        "{}",
        summary(&changed)
    );
    let same = run(&["ingest", corpus, "--db", db, "--data", data]);
    assert!(
        summary(&same).contains("30 unchanged"),
        "{}",
        summary(&same)
    );
    let after = contents(Path::new(db));
    assert_ne!(before, after, "the new term changes some records");
    assert!(after.0.iter().any(|r| r.contains("\"term\":\"windfall\"")));
    // Back to the built-in lexicons: analysed again, and equal to before.
    run(&["ingest", corpus, "--db", db]);
    assert_eq!(contents(Path::new(db)), before);
}
