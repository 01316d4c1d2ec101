//! Helpers shared by the store's integration tests.
// Each test binary that includes this module uses only part of it.
#![allow(dead_code)]

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, Record};
use sitrep_store::Store;
use sitrep_testkit::{InScratch, ScratchFile};
use std::path::Path;
use std::sync::OnceLock;

/// A fresh store path in an empty scratch folder of this test process,
/// removed with the folder when the value is dropped.
pub fn scratch(name: &str) -> ScratchFile {
    ScratchFile::new("sitrep-store", name, "test.db")
}

/// A fresh, empty store in its own scratch folder, removed on drop.
pub type TestStore = InScratch<Store>;

/// Opens a [`TestStore`] named `name`.
pub fn test_store(name: &str) -> TestStore {
    InScratch::open("sitrep-store", name, "test.db", |path| {
        Store::open(path).unwrap()
    })
}

/// Records of the sample corpus, extracted with text.
pub fn sample_records() -> &'static Vec<Record> {
    static RECORDS: OnceLock<Vec<Record>> = OnceLock::new();
    RECORDS.get_or_init(|| {
        let res = Resources::load(&[]).unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl");
        std::fs::read_to_string(corpus)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, line)| {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
                let doc = Document {
                    uri: s("url").unwrap_or_else(|| format!("corpus.jsonl:{}", i + 1)),
                    title: s("title"),
                    outlet: s("outlet"),
                    published: s("published"),
                    language: s("language"),
                    text: s("text").unwrap(),
                };
                analyze(doc, &res, Options { with_text: true })
            })
            .collect()
    })
}
