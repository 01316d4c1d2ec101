//! Inputs as they go wrong in the wild. Each gives one clear error naming
//! the input, never a panic or a hang, and the good inputs around it are
//! still read.

use crate::common;

use common::*;
use sitrep_ingest::{expand, DocumentSource, IngestOptions};
use std::time::{Duration, Instant};

fn errors(items: &[Result<sitrep_ingest::Ingested, String>]) -> Vec<&str> {
    items
        .iter()
        .filter_map(|r| r.as_ref().err().map(String::as_str))
        .collect()
}

fn ok_count(items: &[Result<sitrep_ingest::Ingested, String>]) -> usize {
    items.iter().filter(|r| r.is_ok()).count()
}

fn three_pages() -> Vec<Vec<u8>> {
    (1..=3)
        .map(|i| {
            warc_page(
                &format!("https://n.example/{i}"),
                "2025-04-12T10:00:00Z",
                &page(&format!("Story {i}"), PARAS),
            )
        })
        .collect()
}

#[test]
fn truncated_gzip_gives_one_error_after_the_good_records() {
    let dir = scratch("trunc");
    let gz = gzip_members(&three_pages());
    let first_member = gzip_members(&three_pages()[..1]).len();
    let path = dir.join("cut.warc.gz");
    // Cut in the middle of the second member.
    std::fs::write(&path, &gz[..first_member + 200]).unwrap();
    let items = read_all(&path);
    assert_eq!(ok_count(&items), 1, "{items:?}");
    let errs = errors(&items);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("cut.warc.gz#record-2"), "{}", errs[0]);
    assert!(
        errs[0].contains("truncated") || errs[0].contains("corrupt"),
        "{}",
        errs[0]
    );
}

#[test]
fn corrupt_gzip_member_gives_one_error() {
    let dir = scratch("corrupt");
    let mut gz = gzip_members(&three_pages());
    let first_member = gzip_members(&three_pages()[..1]).len();
    for b in &mut gz[first_member + 20..first_member + 60] {
        *b ^= 0x5a;
    }
    let path = dir.join("bad.warc.gz");
    std::fs::write(&path, &gz).unwrap();
    let items = read_all(&path);
    assert_eq!(ok_count(&items), 1, "{items:?}");
    assert_eq!(errors(&items).len(), 1, "{items:?}");
}

#[test]
fn warc_with_broken_headers_skips_to_the_next_record() {
    let dir = scratch("broken");
    let pages = three_pages();
    let mut broken_header = b"WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n".to_vec();
    broken_header.extend_from_slice(b"<html><p>stray body bytes</p></html>\r\n\r\n");
    let bad_length =
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxx\r\n\r\n".to_vec();
    let no_length =
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x/\r\n\r\n".to_vec();
    let garbage = b"GARBAGE LINE\r\nmore garbage\r\n\r\n".to_vec();
    let data = [
        pages[0].clone(),
        garbage,
        broken_header,
        pages[1].clone(),
        bad_length,
        no_length,
        pages[2].clone(),
    ]
    .concat();
    let path = dir.join("broken.warc");
    std::fs::write(&path, &data).unwrap();
    std::fs::write(dir.join("broken.warc.gz"), gzip_members(&[data])).unwrap();
    for name in ["broken.warc", "broken.warc.gz"] {
        let items = read_all(&dir.join(name));
        assert_eq!(ok_count(&items), 3, "{name}: {items:?}");
        let errs = errors(&items);
        assert_eq!(errs.len(), 4, "{name}: {errs:?}");
        assert!(
            errs[0].contains("#record-2: not a WARC record header"),
            "{}",
            errs[0]
        );
        assert!(
            errs[1].contains("#record-3: broken record header"),
            "{}",
            errs[1]
        );
        assert!(
            errs[2].contains("#record-5: bad Content-Length"),
            "{}",
            errs[2]
        );
        assert!(
            errs[3].contains("#record-6: record header has no Content-Length"),
            "{}",
            errs[3]
        );
        let uris: Vec<_> = items.iter().flatten().map(|d| d.input.clone()).collect();
        assert!(uris[1].ends_with("#record-4"), "{uris:?}");
    }
}

#[test]
fn warc_record_longer_than_the_file() {
    let dir = scratch("short");
    let mut rec = warc_page(
        "https://n.example/1",
        "2025-04-12T10:00:00Z",
        &page("S", PARAS),
    );
    let cut = rec.len() - 300;
    rec.truncate(cut);
    let path = dir.join("short.warc");
    std::fs::write(&path, [three_pages()[0].clone(), rec].concat()).unwrap();
    let items = read_all(&path);
    assert_eq!(ok_count(&items), 1);
    let errs = errors(&items);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("#record-2") && errs[0].contains("truncated"),
        "{}",
        errs[0]
    );
}

const BOMB: &str = r#"<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Bomb</title>
<item><title>&lol9;</title><link>https://bomb.example/1</link><description>&lol9;</description></item>
</channel></rss>"#;

#[test]
fn entity_expansion_bomb_is_refused() {
    let dir = scratch("bomb");
    let path = dir.join("bomb.rss");
    std::fs::write(&path, BOMB).unwrap();
    let started = Instant::now();
    let items = read_all(&path);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(items.len(), 1);
    let e = items[0].as_ref().unwrap_err();
    assert!(e.contains("bomb.rss: ") && e.contains("<!ENTITY>"), "{e}");
}

#[test]
fn feed_rs_does_not_expand_dtd_entities_anyway() {
    // Defence in depth: even without our check, the parser leaves
    // user-defined entities as written instead of expanding them.
    let started = Instant::now();
    let feed = feed_rs::parser::parse(BOMB.as_bytes()).unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
    let summary = feed.entries[0].summary.as_ref().unwrap();
    assert!(summary.content.len() < 100, "{}", summary.content.len());
}

#[test]
fn binary_served_as_html() {
    let dir = scratch("binary");
    let png: Vec<u8> = [
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
        &[0u8, 1, 2, 3, 255, 254, 0, 7][..],
    ]
    .concat()
    .repeat(200);
    std::fs::write(dir.join("image.html"), &png).unwrap();
    let items = read_all(&dir.join("image.html"));
    assert_eq!(items.len(), 1);
    assert!(errors(&items)[0].contains("binary"), "{items:?}");

    let pages = three_pages();
    let liar = warc_record(
        "response",
        Some("https://n.example/img"),
        "2025-04-12T10:00:00Z",
        &http("200 OK", "text/html", &png),
    );
    let path = dir.join("liar.warc.gz");
    std::fs::write(
        &path,
        gzip_members(&[pages[0].clone(), liar, pages[1].clone()]),
    )
    .unwrap();
    let items = read_all(&path);
    assert_eq!(ok_count(&items), 2);
    let errs = errors(&items);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].contains("#record-2") && errs[0].contains("binary"),
        "{}",
        errs[0]
    );
}

#[test]
fn wrong_declared_charset() {
    let dir = scratch("charset");
    // Declared UTF-8 (HTTP header and meta), sent as Windows-1252.
    let html = page("Cafe owners protest", &["Caf\u{e9} owners in Tunis protested on Monday against new taxes on imported coffee, saying the rules would close hundreds of shops.", PARAS[0], PARAS[1]]);
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
    let rec = warc_record(
        "response",
        Some("https://n.example/cafe"),
        "2025-04-12T10:00:00Z",
        &http("200 OK", "text/html; charset=utf-8", &latin1),
    );
    let path = dir.join("cafe.warc");
    std::fs::write(&path, rec).unwrap();
    let items = read_all(&path);
    assert_eq!(items.len(), 1);
    // Either read correctly (the bytes are not UTF-8, so the declaration
    // is overruled) or one clear error; never mojibake.
    match &items[0] {
        Ok(d) => assert!(d.doc.text.contains("Caf\u{e9} owners"), "{}", d.doc.text),
        Err(e) => assert!(e.contains("cafe.warc#record-1"), "{e}"),
    }
    // A plain-text file is UTF-8 by contract: one error naming the byte.
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 talks in Doha").unwrap();
    let items = read_all(&dir.join("latin1.txt"));
    assert!(
        errors(&items)[0].contains("invalid UTF-8 at byte 3"),
        "{items:?}"
    );
}

#[test]
fn csv_without_the_text_column() {
    let dir = scratch("csv");
    std::fs::write(dir.join("a.csv"), "title,body\nT,Some body text.\n").unwrap();
    let items = read_all(&dir.join("a.csv"));
    assert_eq!(items.len(), 1);
    let e = errors(&items)[0];
    assert!(e.contains("no `text` column (columns: title, body)"), "{e}");
    // A ragged row and an empty text cell: one error each, the rest is read.
    std::fs::write(
        dir.join("b.csv"),
        "text,title\nFirst row.,A\n\"unterminated\n",
    )
    .unwrap();
    std::fs::write(dir.join("c.csv"), "text,title\n,A\nSecond.,B\n").unwrap();
    let items = read_all(&dir.join("c.csv"));
    assert_eq!(ok_count(&items), 1);
    assert!(
        errors(&items)[0].contains("c.csv:2: `text` column is empty"),
        "{items:?}"
    );
    let items = read_all(&dir.join("b.csv"));
    assert!(ok_count(&items) >= 1, "{items:?}");
}

#[test]
fn empty_files_of_every_kind() {
    let dir = scratch("empty");
    let names = [
        "a.txt",
        "b.jsonl",
        "c.csv",
        "d.rss",
        "e.html",
        "f.warc",
        "g.warc.gz",
        "h.json",
        "i.atom",
    ];
    for name in names {
        std::fs::write(dir.join(name), b"").unwrap();
        let items = read_all(&dir.join(name));
        assert_eq!(items.len(), 1, "{name}: {items:?}");
        let e = items[0].as_ref().unwrap_err();
        assert!(e.contains(name), "{e}");
        assert!(e.contains("empty"), "{name}: {e}");
    }
    // Whitespace only is empty too.
    std::fs::write(dir.join("w.jsonl"), b"\n  \n\n").unwrap();
    assert!(read_all(&dir.join("w.jsonl"))[0]
        .as_ref()
        .unwrap_err()
        .contains("empty"));
}

#[test]
fn a_json_array_is_one_error_not_one_per_line() {
    let dir = scratch("array");
    std::fs::write(
        dir.join("a.json"),
        "[\n {\"text\": \"a\"},\n {\"text\": \"b\"}\n]\n",
    )
    .unwrap();
    let items = read_all(&dir.join("a.json"));
    assert_eq!(items.len(), 1);
    assert!(items[0].as_ref().unwrap_err().contains("JSON array"));
}

#[test]
fn gz_name_without_gzip_data() {
    let dir = scratch("fakegz");
    std::fs::write(dir.join("x.warc.gz"), b"WARC/1.0 not really").unwrap();
    let items = read_all(&dir.join("x.warc.gz"));
    assert_eq!(items.len(), 1);
    assert!(items[0].as_ref().unwrap_err().contains("not gzip"));
}

#[test]
fn good_inputs_around_the_bad_ones_are_still_read() {
    let dir = scratch("mixed");
    let pages = three_pages();
    let gz = gzip_members(&pages);
    let first = gzip_members(&pages[..1]).len();
    std::fs::write(
        dir.join("01-good.txt"),
        "Talks resumed in Geneva on Monday.",
    )
    .unwrap();
    std::fs::write(dir.join("02-cut.warc.gz"), &gz[..first + 100]).unwrap();
    std::fs::write(dir.join("03-bomb.rss"), BOMB).unwrap();
    std::fs::write(dir.join("04-empty.jsonl"), b"").unwrap();
    std::fs::write(dir.join("05-nocol.csv"), "a,b\n1,2\n").unwrap();
    std::fs::write(dir.join("06-good.warc.gz"), &gz).unwrap();
    std::fs::write(
        dir.join("07-binary.html"),
        [0u8, 1, 2, 3, 4, 5, 6, 7].repeat(64),
    )
    .unwrap();
    std::fs::write(dir.join("08-good.csv"), "text\nLast row.\n").unwrap();
    let mut docs = 0;
    let mut errs = Vec::new();
    for input in expand(&[dir.display().to_string()]) {
        let mut source =
            match input.and_then(|i| DocumentSource::open_with(&i, &IngestOptions::default())) {
                Ok(s) => s,
                Err(e) => {
                    errs.push(e.to_string());
                    continue;
                }
            };
        while let Some(item) = source.next_document() {
            match item {
                Ok(_) => docs += 1,
                Err(e) => errs.push(e.to_string()),
            }
        }
    }
    assert_eq!(docs, 1 + 1 + 3 + 1, "{errs:?}");
    assert_eq!(errs.len(), 5, "{errs:?}");
    for (e, name) in errs
        .iter()
        .zip(["02-cut", "03-bomb", "04-empty", "05-nocol", "07-binary"])
    {
        assert!(e.contains(name), "{e}");
    }
}

/// A cheap stand-in for the fuzz targets that runs in `cargo test`: random
/// byte damage to good inputs of every format never panics or loops.
#[test]
fn damaged_inputs_never_panic() {
    let dir = scratch("damage");
    let pages = three_pages();
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        ("x.warc", pages.concat()),
        ("x.warc.gz", gzip_members(&pages)),
        ("x.rss", BOMB.replace("<!DOCTYPE", "<!-- ").into_bytes()),
        (
            "x.csv",
            b"text,title,published\n\"A, b\",T,2025-01-01\nC,D,Sat, 12 Apr 2025\n".to_vec(),
        ),
        ("x.jsonl", b"{\"text\":\"a\"}\n{\"text\":\"b\",\"published\":\"x\"}\n".to_vec()),
        ("x.html", page("Damaged", PARAS).into_bytes()),
        ("x", b"{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"1\",\"content_text\":\"t\"}]}".to_vec()),
    ];
    // xorshift: deterministic, no dependency.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let started = Instant::now();
    for (name, seed) in &seeds {
        for _ in 0..40 {
            let mut data = seed.clone();
            let edits = 1 + next() % 8;
            for _ in 0..edits {
                if data.is_empty() {
                    break;
                }
                let at = (next() as usize) % data.len();
                match next() % 3 {
                    0 => data[at] = next() as u8,
                    1 => data.truncate(at),
                    _ => {
                        let b = data[at];
                        data.insert(at, b);
                    }
                }
            }
            let path = dir.join(name);
            std::fs::write(&path, &data).unwrap();
            let items = read_all(&path);
            assert!(items.len() <= data.len() + 1);
        }
    }
    assert!(started.elapsed() < Duration::from_secs(120));
}
