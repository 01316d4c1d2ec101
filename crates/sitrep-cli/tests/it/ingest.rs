//! `sitrep extract` over a directory of mixed formats: every format is read,
//! duplicates are skipped, other languages are kept and marked, and output
//! follows input order.

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use sitrep_testkit::Scratch;
use std::io::Write;
use std::process::{Command, Stdio};

fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-cli-ingest", name)
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta property=\"og:site_name\" content=\"Gulf Daily\"></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\
         <p>{body}</p><p>The talks are expected to resume next week, according to a statement \
         released by the foreign ministry on Sunday evening.</p><p>Diplomats from several \
         European countries welcomed the meeting and called on both sides to show restraint \
         in the coming days.</p></article><footer>Contact us</footer></body></html>"
    )
}

fn warc_gz(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let record = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-04-13T08:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    );
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(record.as_bytes()).unwrap();
    enc.finish().unwrap()
}

#[test]
fn mixed_directory() {
    let dir = scratch("mixed");
    let talks =
        "Iran and the United States held indirect talks in Muscat on Saturday, officials said.";
    std::fs::write(dir.join("a.txt"), talks).unwrap();
    std::fs::write(
        dir.join("b.jsonl"),
        "{\"body\":\"Israel struck Hezbollah targets in southern Lebanon on Friday.\",\"when\":\"Fri, 11 Apr 2025 09:00:00 GMT\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.csv"),
        "body,when\n\"Russia and Ukraine exchanged prisoners on Thursday, the Kremlin said.\",2025-04-10\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("d.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <item><title>Aid</title><link>https://wire.example/aid</link>\
         <description>Aid trucks reached Khartoum on Monday, the United Nations said.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    std::fs::write(
        dir.join("e.html"),
        page(
            "Qatar hosts talks",
            "Qatar hosted talks between Hamas and Israeli negotiators in Doha on Saturday, officials said.",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("f.warc.gz"),
        warc_gz(
            "https://gulf.example/oman",
            &page(
                "Oman mediates",
                "Oman's foreign minister met Iranian and American envoys in Muscat on Saturday.",
            ),
        ),
    )
    .unwrap();
    // Same text as a.txt, once more.
    std::fs::write(dir.join("g-copy.txt"), format!("{talks}\n")).unwrap();
    std::fs::write(
        dir.join("h-french.txt"),
        "Le gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.",
    )
    .unwrap();
    std::fs::write(dir.join(".hidden.txt"), "Never read.").unwrap();
    std::fs::write(dir.join("notes.pdf"), b"%PDF-1.4 not read").unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["extract", "--text-field", "body", "--date-field", "when"])
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let recs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let uris: Vec<&str> = recs
        .iter()
        .map(|r| r["doc"]["uri"].as_str().unwrap())
        .collect();
    assert_eq!(recs.len(), 7, "{uris:?}\n{err}");
    assert!(uris[0].ends_with("a.txt"));
    assert!(uris[1].ends_with("b.jsonl:1"));
    assert_eq!(recs[1]["doc"]["published"], "2025-04-11");
    assert!(uris[2].ends_with("c.csv:2"));
    assert_eq!(recs[2]["doc"]["published"], "2025-04-10");
    assert_eq!(uris[3], "https://wire.example/aid");
    assert_eq!(recs[3]["doc"]["outlet"], "Wire");
    assert!(uris[4].ends_with("e.html"));
    assert_eq!(recs[4]["doc"]["outlet"], "Gulf Daily");
    assert_eq!(uris[5], "https://gulf.example/oman");
    assert_eq!(recs[5]["doc"]["published"], "2025-04-13");
    assert!(uris[6].ends_with("h-french.txt"));
    assert_eq!(recs[6]["doc"]["language"], "fr");
    assert_eq!(recs[6]["actors"], serde_json::json!([]));
    assert_eq!(recs[6]["events"], serde_json::json!([]));
    for r in &recs[..6] {
        assert_eq!(r["doc"]["language"], "en", "{r}");
        assert!(!r["actors"].as_array().unwrap().is_empty(), "{r}");
    }
    assert!(
        err.contains("g-copy.txt: same text as ") && err.contains("a.txt, skipped"),
        "{err}"
    );
    let summary = err.lines().last().unwrap();
    assert!(
        summary.contains("7 documents, 1 not English, 1 duplicate skipped, 0 failed"),
        "{summary}"
    );
}

#[test]
fn stdin_is_sniffed() {
    let html = page(
        "Qatar hosts talks",
        "Qatar hosted talks between Hamas and Israeli negotiators in Doha on Saturday, officials said.",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&warc_gz("https://gulf.example/q", &html))
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(rec["doc"]["uri"], "https://gulf.example/q");
}

#[test]
fn pages_folder_must_exist() {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["extract", "--pages", "/no/such/folder", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pages folder"));
}
