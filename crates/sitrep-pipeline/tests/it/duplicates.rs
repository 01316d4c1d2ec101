//! Within one run, a document whose text an earlier one had is analysed once:
//! later copies get one notice naming the first, are counted, and the output
//! keeps input order, across batch boundaries too. Documents in another
//! language are kept, marked and counted.

use sitrep_pipeline::{run, run_with, Options, Resources, RunOptions};
use sitrep_record::{content_digest, Document, Record};
use sitrep_testkit::Scratch;

use crate::common;
use std::sync::atomic::{AtomicUsize, Ordering};

static ANALYSED: AtomicUsize = AtomicUsize::new(0);

fn counting_record(doc: Document, digest: u128) -> Record {
    ANALYSED.fetch_add(1, Ordering::SeqCst);
    // The run loop hands over the digest it keyed the duplicate check with;
    // the record's id is made from it.
    assert_eq!(digest, content_digest(&doc.text), "{}", doc.uri);
    Record::empty(&doc, false)
}

#[test]
fn duplicates_are_analysed_once_and_order_is_kept() {
    let dir = Scratch::new("sitrep-pipeline-duplicates", "dup");
    let path = dir.join("docs.jsonl");
    // 3,000 lines (three batches): every 10th repeats line 0's text, with
    // different whitespace (same normalized text, same id).
    let mut lines = String::new();
    for i in 0..3000 {
        let text = if i % 10 == 0 && i > 0 {
            "The  first text.".to_string()
        } else if i == 0 {
            "The first text.".to_string()
        } else {
            format!("document number {i}")
        };
        lines.push_str(&format!("{{\"text\": \"{text}\", \"url\": \"doc-{i}\"}}\n"));
    }
    std::fs::write(&path, lines).unwrap();
    let mut out = Vec::new();
    let mut notices = Vec::new();
    ANALYSED.store(0, Ordering::SeqCst);
    let summary = run_with(
        &[path.display().to_string()],
        &counting_record,
        RunOptions::default(),
        &mut out,
        &mut |e| notices.push(e.to_string()),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.duplicates, 299);
    assert_eq!(summary.failures, 0);
    assert_eq!(summary.documents, 2701);
    assert_eq!(ANALYSED.load(Ordering::SeqCst), 2701);
    assert_eq!(notices.len(), 299);
    assert!(
        notices[0].contains("docs.jsonl:11: same text as "),
        "{}",
        notices[0]
    );
    assert!(
        notices[0].ends_with("docs.jsonl:1, skipped"),
        "{}",
        notices[0]
    );
    let uris = common::uris(out);
    let expected: Vec<String> = (0..3000)
        .filter(|i| i % 10 != 0 || *i == 0)
        .map(|i| format!("doc-{i}"))
        .collect();
    assert_eq!(uris, expected);
    assert!(summary
        .line()
        .contains("2701 documents, 299 duplicates skipped, 0 failed"));
}

#[test]
fn other_languages_are_kept_marked_and_counted() {
    let dir = Scratch::new("sitrep-pipeline-duplicates", "lang");
    let path = dir.join("docs.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"text\":\"Iran and the United States held talks in Muscat on Saturday, officials said.\"}\n",
            "{\"text\":\"Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt, teilte das Außenministerium in Berlin mit.\"}\n",
            "{\"text\":\"Iran says talks with Washington went well.\",\"language\":\"ES\"}\n",
        ),
    )
    .unwrap();
    let res = Resources::load(&[]).unwrap();
    let mut out = Vec::new();
    let summary = run(
        &[path.display().to_string()],
        &res,
        RunOptions {
            record: Options::default(),
            ..RunOptions::default()
        },
        &mut out,
        &mut |e| panic!("{e}"),
        &mut |_| {},
    )
    .unwrap();
    let recs: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["doc"]["language"], "en");
    assert!(!recs[0]["actors"].as_array().unwrap().is_empty());
    assert_eq!(recs[1]["doc"]["language"], "de");
    assert_eq!(recs[1]["actors"], serde_json::json!([]));
    assert_eq!(recs[1]["framing"]["opinion_share"], 0.0);
    // A declared language is kept, normalized to ISO 639-1.
    assert_eq!(recs[2]["doc"]["language"], "es");
    assert_eq!(summary.not_english, 2);
    assert!(summary
        .line()
        .starts_with("3 documents, 2 not English, 0 failed"));
}
