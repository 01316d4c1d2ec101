//! The run loop confines a panic to the document that raised it: that
//! document gets one error line naming it, every other document is still
//! written, in input order.

use sitrep_pipeline::{quiet_document_panics, run_with, Options, RunOptions};
use sitrep_record::{Document, Record};
use sitrep_testkit::Scratch;

use crate::common;

fn trivial_record(doc: Document, _digest: u128) -> Record {
    if doc.text.contains("BOOM") {
        panic!("stage failed on purpose");
    }
    Record::empty(&doc, false)
}

#[test]
fn a_panicking_document_becomes_one_error_and_the_run_goes_on() {
    quiet_document_panics();
    let dir = Scratch::new("sitrep-pipeline-isolation", "isolation");
    let path = dir.join("docs.jsonl");
    let mut lines = String::new();
    for i in 0..50 {
        let text = if i == 17 {
            "BOOM".to_string()
        } else {
            format!("document number {i}")
        };
        lines.push_str(&format!("{{\"text\": \"{text}\", \"url\": \"doc-{i}\"}}\n"));
    }
    std::fs::write(&path, lines).unwrap();

    let opts = RunOptions {
        record: Options::default(),
        max_doc_bytes: 1 << 20,
        ..RunOptions::default()
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let summary = run_with(
        &[path.display().to_string()],
        &trivial_record,
        opts,
        &mut out,
        &mut |e| errors.push(e.to_string()),
        &mut |_| {},
    )
    .unwrap();

    assert_eq!(summary.documents, 49);
    assert_eq!(summary.failures, 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("doc-17"), "{}", errors[0]);
    assert!(
        errors[0].contains("stage failed on purpose"),
        "{}",
        errors[0]
    );
    let uris = common::uris(out);
    let expected: Vec<String> = (0..50)
        .filter(|&i| i != 17)
        .map(|i| format!("doc-{i}"))
        .collect();
    assert_eq!(uris, expected);
}
