//! Feed parsing (RSS, Atom, JSON Feed) and sniffing of unnamed input.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "ingest_common.rs"]
mod ingest_common;

fuzz_target!(|data: &[u8]| {
    ingest_common::drain("input.rss", data);
    ingest_common::drain("input.json", data);
    // No extension: the format is sniffed from the bytes.
    ingest_common::drain("input", data);
});
