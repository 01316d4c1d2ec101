//! CSV, TSV and JSON Lines reading.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "ingest_common.rs"]
mod ingest_common;

fuzz_target!(|data: &[u8]| {
    ingest_common::drain("input.csv", data);
    ingest_common::drain("input.tsv", data);
    ingest_common::drain("input.jsonl", data);
});
