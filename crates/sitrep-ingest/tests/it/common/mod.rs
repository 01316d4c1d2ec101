//! Fixture builders shared by the ingest tests.
#![allow(dead_code)]

use flate2::write::GzEncoder;
use flate2::Compression;
use sitrep_ingest::{DocumentSource, IngestOptions, Input};
use sitrep_testkit::Scratch;
use std::io::Write;
use std::path::Path;

/// A fresh scratch folder for one test.
pub fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-ingest", name)
}

/// A news page with a title, a site name, a canonical URL and paragraphs.
pub fn page(title: &str, paras: &[&str]) -> String {
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title} | Daily Example</title>\
         <meta property=\"og:site_name\" content=\"Daily Example\">\
         <link rel=\"canonical\" href=\"https://daily.example/{slug}\">\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>{title}</h1>\n{body}</article>\
         <footer>Copyright Daily Example</footer></body></html>\n",
        slug = title.to_lowercase().replace(' ', "-"),
    )
}

pub const PARAS: &[&str] = &[
    "Iran and the United States held indirect talks in Muscat on Saturday, officials from both sides said, the first such meeting in several years.",
    "The Omani foreign minister carried messages between the two delegations, which sat in separate rooms of a palace on the edge of the city.",
    "Neither side gave details of what was discussed, but a senior Iranian official said the atmosphere had been constructive and that another round was planned.",
    "Washington has demanded that Tehran halt uranium enrichment, while Iran insists its nuclear programme is peaceful and that sanctions must be lifted first.",
];

/// One WARC record with the given headers and block.
pub fn warc_record(kind: &str, uri: Option<&str>, date: &str, block: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(b"WARC/1.0\r\n");
    out.extend_from_slice(format!("WARC-Type: {kind}\r\n").as_bytes());
    if let Some(uri) = uri {
        out.extend_from_slice(format!("WARC-Target-URI: {uri}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("WARC-Date: {date}\r\n").as_bytes());
    out.extend_from_slice(b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n");
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response block.
pub fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A `response` record for an HTML page.
pub fn warc_page(uri: &str, date: &str, html: &str) -> Vec<u8> {
    warc_record(
        "response",
        Some(uri),
        date,
        &http("200 OK", "text/html; charset=utf-8", html.as_bytes()),
    )
}

/// Gzips each record as its own member, as CC-NEWS does.
pub fn gzip_members(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(r).unwrap();
        out.extend(enc.finish().unwrap());
    }
    out
}

/// Every document and error of one input, as `Ok(doc)` / `Err("input: reason")`.
pub fn read_all(path: &Path) -> Vec<Result<sitrep_ingest::Ingested, String>> {
    read_with(path, &IngestOptions::default())
}

pub fn read_with(
    path: &Path,
    opts: &IngestOptions,
) -> Vec<Result<sitrep_ingest::Ingested, String>> {
    let mut source = match DocumentSource::open_with(&Input::File(path.to_path_buf()), opts) {
        Ok(s) => s,
        Err(e) => return vec![Err(e.to_string())],
    };
    let mut out = Vec::new();
    while let Some(item) = source.next_document() {
        out.push(item.map_err(|e| e.to_string()));
        assert!(out.len() < 10_000, "runaway source");
    }
    out
}
