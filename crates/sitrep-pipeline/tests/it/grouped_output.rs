//! A batch's records are written a few dozen documents per worker at a
//! time, not all at its end: the batch's lines are never held together, and
//! their memory is reused instead of freed and faulted in again.

use sitrep_pipeline::{run_with, RunOptions};
use sitrep_record::{Document, Record};
use sitrep_testkit::Scratch;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common;

/// Lines written to the output so far.
static WRITTEN: AtomicUsize = AtomicUsize::new(0);
/// Lines written when the batch's last document was analysed.
static WRITTEN_BEFORE_LAST: AtomicUsize = AtomicUsize::new(usize::MAX);

const DOCS: usize = 250;

struct CountingOut(Vec<u8>);

impl Write for CountingOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let lines = buf.iter().filter(|&&b| b == b'\n').count();
        WRITTEN.fetch_add(lines, Ordering::SeqCst);
        self.0.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn noting_record(doc: Document, _digest: u128) -> Record {
    if doc.uri == format!("doc-{}", DOCS - 1) {
        WRITTEN_BEFORE_LAST.store(WRITTEN.load(Ordering::SeqCst), Ordering::SeqCst);
    }
    Record::empty(&doc, false)
}

#[test]
fn lines_are_written_before_the_batch_ends_and_in_order() {
    let dir = Scratch::new("sitrep-pipeline-grouped", "grouped");
    let path = dir.join("docs.jsonl");
    // One batch (under 256 documents and 16 MiB).
    let mut lines = String::new();
    for i in 0..DOCS {
        lines.push_str(&format!(
            "{{\"text\": \"document number {i}\", \"url\": \"doc-{i}\"}}\n"
        ));
    }
    std::fs::write(&path, lines).unwrap();
    let mut out = CountingOut(Vec::new());
    // Two workers whatever the machine: the run follows the pool it is
    // called in, so the check below holds on machines with many cores too.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let summary = pool
        .install(|| {
            run_with(
                &[path.display().to_string()],
                &noting_record,
                RunOptions::default(),
                &mut out,
                &mut |e| panic!("{e}"),
                &mut |_| {},
            )
        })
        .unwrap();
    assert_eq!(summary.documents, DOCS);
    let uris = common::uris(out.0);
    let expected: Vec<String> = (0..DOCS).map(|i| format!("doc-{i}")).collect();
    assert_eq!(uris, expected);
    // Groups are 16 documents per worker: with two workers the last
    // document is analysed in a later group than the first ones, whose
    // lines are out by then.
    let before_last = WRITTEN_BEFORE_LAST.load(Ordering::SeqCst);
    assert!(
        before_last > 0 && before_last < DOCS,
        "{before_last} lines out when the last document was analysed"
    );
}
