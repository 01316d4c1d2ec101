//! WARC record reader, plain and gzipped.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "ingest_common.rs"]
mod ingest_common;

fuzz_target!(|data: &[u8]| {
    ingest_common::drain("input.warc", data);
    // The same bytes as one gzip member, so the decoder path is covered too.
    let mut gz = flate2_lite(data);
    gz.truncate(gz.len().saturating_sub(data.first().copied().unwrap_or(0) as usize % 8));
    ingest_common::drain("input.warc.gz", &gz);
});

/// A stored (uncompressed) gzip member around `data`, without a deflate
/// dependency here: deflate "stored" blocks of at most 65,535 bytes.
fn flate2_lite(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let mut chunks = data.chunks(65_535).peekable();
    if chunks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        let len = chunk.len() as u16;
        out.push(last as u8);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
