//! Helpers shared by the store's integration tests.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, Record};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A fresh store path in an empty scratch folder of this test process.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db")
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
