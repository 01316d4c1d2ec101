// Shared by the ingest fuzz targets: write the input to a file with the
// given name and drain every document and error out of it.
use sitrep_ingest::{DocumentSource, IngestOptions, Input};
use std::path::PathBuf;

pub fn drain(name: &str, data: &[u8]) {
    let dir = std::env::temp_dir().join(format!("sitrep-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, data).unwrap();
    let opts = IngestOptions {
        max_doc_bytes: 1 << 20,
        ..IngestOptions::default()
    };
    if let Ok(mut source) = DocumentSource::open_with(&Input::File(path), &opts) {
        let mut n = 0;
        while let Some(item) = source.next_document() {
            if let Err(e) = item {
                assert!(!e.input.is_empty() && !e.reason.is_empty());
            }
            n += 1;
            // Every step consumes input, so a source can never yield more
            // items than bytes (plus the one "empty" error).
            assert!(n <= data.len() + 1, "source does not terminate");
        }
    }
}
