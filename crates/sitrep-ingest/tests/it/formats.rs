//! One positive test per input format.

use crate::common;

use common::*;
use sitrep_ingest::pages::{page_key, PagesDir};
use sitrep_ingest::{expand, FieldMap, IngestOptions, Input};

fn docs(path: &std::path::Path) -> Vec<sitrep_ingest::Ingested> {
    read_all(path)
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("unexpected error: {e}")))
        .collect()
}

#[test]
fn html_file_is_read_as_an_article() {
    let dir = scratch("html");
    let path = dir.join("story.html");
    std::fs::write(&path, page("Talks in Muscat", PARAS)).unwrap();
    let d = docs(&path);
    assert_eq!(d.len(), 1);
    let doc = &d[0].doc;
    assert!(
        doc.text.contains("indirect talks in Muscat"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Copyright"), "{}", doc.text);
    assert_eq!(doc.uri, "https://daily.example/talks-in-muscat");
    assert_eq!(doc.outlet.as_deref(), Some("Daily Example"));
    assert!(doc.title.as_deref().unwrap().contains("Talks in Muscat"));
}

#[test]
fn warc_and_warc_gz_give_html_200_responses_only() {
    let dir = scratch("warc");
    let records = vec![
        warc_record(
            "warcinfo",
            None,
            "2025-04-12T00:00:00Z",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            Some("https://a.example/1"),
            "2025-04-12T00:00:00Z",
            b"GET /1 HTTP/1.1\r\n\r\n",
        ),
        warc_page(
            "https://a.example/1",
            "2025-04-12T10:00:00Z",
            &page("First story", PARAS),
        ),
        warc_record(
            "response",
            Some("https://a.example/moved"),
            "2025-04-12T10:00:00Z",
            &http("301 Moved Permanently", "text/html", b"<html>moved</html>"),
        ),
        warc_record(
            "response",
            Some("https://a.example/logo.png"),
            "2025-04-12T10:00:00Z",
            &http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0\0"),
        ),
        warc_page(
            "https://a.example/2",
            "2025-04-13T10:00:00Z",
            &page("Second story", &PARAS[1..]),
        ),
    ];
    let plain: Vec<u8> = records.concat();
    std::fs::write(dir.join("a.warc"), &plain).unwrap();
    std::fs::write(dir.join("a.warc.gz"), gzip_members(&records)).unwrap();
    // Gzipped, under a name that says nothing: found by content.
    std::fs::write(dir.join("download.bin"), gzip_members(&records)).unwrap();
    for name in ["a.warc", "a.warc.gz", "download.bin"] {
        let d = docs(&dir.join(name));
        assert_eq!(d.len(), 2, "{name}");
        assert_eq!(d[0].input, format!("{}#record-3", dir.join(name).display()));
        assert_eq!(d[1].input, format!("{}#record-6", dir.join(name).display()));
        assert!(d[0].doc.text.contains("indirect talks"), "{name}");
        assert_eq!(d[0].doc.published.as_deref(), Some("2025-04-12"));
        assert_eq!(d[1].doc.published.as_deref(), Some("2025-04-13"));
        assert_eq!(d[1].doc.uri, "https://daily.example/second-story");
    }
}

#[test]
fn warc_http_charset_is_passed_on() {
    let dir = scratch("warc-charset");
    let html = page(
        "Cafe talks",
        &[
            "Caf\u{e9} owners in Tunis protested on Monday against new taxes on imported coffee, saying the rules would close hundreds of shops.",
            PARAS[0],
            PARAS[1],
        ],
    )
    .replace("<meta charset=\"utf-8\">", "");
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
    let rec = warc_record(
        "response",
        Some("https://b.example/cafe"),
        "2025-04-12T10:00:00Z",
        &http("200 OK", "text/html; charset=ISO-8859-1", &latin1),
    );
    std::fs::write(dir.join("c.warc"), rec).unwrap();
    let d = docs(&dir.join("c.warc"));
    assert_eq!(d.len(), 1);
    assert!(d[0].doc.text.contains("Caf\u{e9} owners"), "{:?}", d[0].doc);
}

#[test]
fn warc_payloads_stored_chunked_and_gzipped_are_decoded() {
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let dir = scratch("warc-encoded");
    let html = page("Talks", &[PARAS[0], PARAS[1]]);
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(html.as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    // As wget writes it: the wire bytes, chunked, of a gzip body.
    let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\
        Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        .to_vec();
    for part in gz.chunks(100) {
        block.extend_from_slice(format!("{:X}\r\n", part.len()).as_bytes());
        block.extend_from_slice(part);
        block.extend_from_slice(b"\r\n");
    }
    block.extend_from_slice(b"0\r\n\r\n");
    let rec = warc_record(
        "response",
        Some("https://c.example/talks"),
        "2025-04-12T10:00:00Z",
        &block,
    );
    std::fs::write(dir.join("w.warc"), rec).unwrap();
    let d = docs(&dir.join("w.warc"));
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].doc.text.contains(&PARAS[0][..40]), "{:?}", d[0].doc);
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>https://wire.example/</link><language>en-us</language>
<item><title>Talks in Muscat</title><link>https://wire.example/muscat</link>
<pubDate>Sat, 12 Apr 2025 10:00:00 +0000</pubDate>
<description>&lt;p&gt;Iran and the United States held &lt;b&gt;indirect&lt;/b&gt; talks.&lt;/p&gt;</description></item>
<item><title>Strikes in Lebanon</title><link>https://wire.example/lebanon</link>
<description><![CDATA[<p>Israel struck Hezbollah targets in southern Lebanon.</p>]]></description></item>
</channel></rss>"#;

#[test]
fn rss_entries_become_documents() {
    let dir = scratch("rss");
    let path = dir.join("wire.rss");
    std::fs::write(&path, RSS).unwrap();
    let d = docs(&path);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].input, format!("{}#entry-1", path.display()));
    assert_eq!(d[0].doc.uri, "https://wire.example/muscat");
    assert_eq!(d[0].doc.title.as_deref(), Some("Talks in Muscat"));
    assert_eq!(d[0].doc.published.as_deref(), Some("2025-04-12"));
    assert_eq!(d[0].doc.outlet.as_deref(), Some("World Wire"));
    assert_eq!(d[0].doc.language.as_deref(), Some("en"));
    assert_eq!(
        d[0].doc.text,
        "Iran and the United States held indirect talks."
    );
    assert_eq!(
        d[1].doc.text,
        "Israel struck Hezbollah targets in southern Lebanon."
    );
}

#[test]
fn atom_rss1_and_json_feed() {
    let dir = scratch("feeds");
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2025-04-12T00:00:00Z</updated>
<entry><title>Ceasefire holds</title><id>urn:1</id><link rel="alternate" href="https://atom.example/1"/>
<published>2025-04-11T08:00:00Z</published><updated>2025-04-12T08:00:00Z</updated>
<content type="html">&lt;p&gt;The ceasefire in Gaza held for a second day.&lt;/p&gt;</content></entry></feed>"#;
    let rss1 = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://one.example/"><title>One</title><link>https://one.example/</link><description>d</description></channel>
<item rdf:about="https://one.example/a"><title>Summit ends</title><link>https://one.example/a</link>
<description>Leaders ended the summit in Brussels without a statement.</description></item></rdf:RDF>"#;
    let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"JSON Wire","items":[
{"id":"1","url":"https://json.example/1","title":"Aid arrives","content_html":"<p>Aid trucks reached Khartoum on Monday.</p>","date_published":"2025-04-14T09:00:00Z"}]}"#;
    std::fs::write(dir.join("a.atom"), atom).unwrap();
    std::fs::write(dir.join("b.xml"), rss1).unwrap();
    // JSON Feed with a .json name and under a name that says nothing.
    std::fs::write(dir.join("c.json"), json).unwrap();
    std::fs::write(dir.join("c.feed-dump"), json).unwrap();

    let a = docs(&dir.join("a.atom"));
    assert_eq!(a[0].doc.uri, "https://atom.example/1");
    assert_eq!(a[0].doc.published.as_deref(), Some("2025-04-11"));
    assert_eq!(
        a[0].doc.text,
        "The ceasefire in Gaza held for a second day."
    );
    let b = docs(&dir.join("b.xml"));
    assert_eq!(b[0].doc.title.as_deref(), Some("Summit ends"));
    assert_eq!(
        b[0].doc.text,
        "Leaders ended the summit in Brussels without a statement."
    );
    for name in ["c.json", "c.feed-dump"] {
        let c = docs(&dir.join(name));
        assert_eq!(c.len(), 1, "{name}");
        assert_eq!(c[0].doc.text, "Aid trucks reached Khartoum on Monday.");
        assert_eq!(c[0].doc.published.as_deref(), Some("2025-04-14"));
        assert_eq!(c[0].doc.outlet.as_deref(), Some("JSON Wire"));
    }
}

#[test]
fn saved_pages_give_feed_entries_their_full_text() {
    let dir = scratch("pages");
    let pages = dir.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    let link = "https://wire.example/muscat";
    std::fs::write(
        pages.join(format!("{}.html", page_key(link))),
        page("Talks in Muscat", PARAS),
    )
    .unwrap();
    std::fs::write(
        pages.join(format!("{}.json", page_key(link))),
        format!(r#"{{"url":"{link}","final_url":"{link}","fetched":"2025-04-12T11:00:00Z","status":200,"content_type":"text/html; charset=utf-8"}}"#),
    )
    .unwrap();
    let path = dir.join("wire.rss");
    std::fs::write(&path, RSS).unwrap();
    let opts = IngestOptions {
        pages: Some(PagesDir::open(&pages).unwrap()),
        ..IngestOptions::default()
    };
    let d: Vec<_> = read_with(&path, &opts)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(d.len(), 2);
    assert!(
        d[0].doc.text.contains("Omani foreign minister"),
        "full text: {}",
        d[0].doc.text
    );
    assert_eq!(d[0].doc.published.as_deref(), Some("2025-04-12"));
    // No saved page for the second entry: its summary.
    assert_eq!(
        d[1].doc.text,
        "Israel struck Hezbollah targets in southern Lebanon."
    );
}

#[test]
fn jsonl_and_csv_with_field_mapping() {
    let dir = scratch("tables");
    std::fs::write(
        dir.join("a.jsonl"),
        "{\"body\":\"Talks resumed in Geneva.\",\"headline\":\"Geneva\",\"date\":\"Sat, 12 Apr 2025 10:00:00 GMT\",\"link\":\"https://j.example/1\",\"source\":\"Wire\",\"lang\":\"en\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.csv"),
        "headline,body,date,link,source,lang\n\"Geneva\",\"Talks resumed in Geneva, officials said.\",\"April 12, 2025\",https://c.example/1,Wire,en\n\nGaza,\"Aid \"\"arrived\"\"\nin Gaza.\",2025/04/13,,,\n",
    )
    .unwrap();
    std::fs::write(dir.join("c.tsv"), "text\ttitle\nTalks in Doha.\tDoha\n").unwrap();
    let opts = IngestOptions {
        fields: FieldMap {
            text: "body".into(),
            title: "headline".into(),
            date: "date".into(),
            url: "link".into(),
            outlet: "source".into(),
            language: "lang".into(),
        },
        ..IngestOptions::default()
    };
    let a: Vec<_> = read_with(&dir.join("a.jsonl"), &opts)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(a[0].doc.title.as_deref(), Some("Geneva"));
    assert_eq!(a[0].doc.published.as_deref(), Some("2025-04-12"));
    assert_eq!(a[0].doc.uri, "https://j.example/1");
    assert_eq!(a[0].doc.outlet.as_deref(), Some("Wire"));
    assert_eq!(a[0].doc.language.as_deref(), Some("en"));
    let b: Vec<_> = read_with(&dir.join("b.csv"), &opts)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(b.len(), 2);
    assert_eq!(b[0].doc.text, "Talks resumed in Geneva, officials said.");
    assert_eq!(b[0].doc.published.as_deref(), Some("2025-04-12"));
    assert_eq!(b[0].input, format!("{}:2", dir.join("b.csv").display()));
    assert_eq!(b[1].doc.text, "Aid \"arrived\"\nin Gaza.");
    assert_eq!(b[1].doc.published.as_deref(), Some("2025-04-13"));
    assert_eq!(
        b[1].doc.uri, b[1].input,
        "no URL: the row names the document"
    );
    let c = docs(&dir.join("c.tsv"));
    assert_eq!(c[0].doc.title.as_deref(), Some("Doha"));
}

#[test]
fn directories_globs_and_hidden_files() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "Text b here.").unwrap();
    std::fs::write(dir.join("a.csv"), "text\nRow one.\n").unwrap();
    std::fs::write(dir.join("sub/c.html"), page("C", PARAS)).unwrap();
    std::fs::write(dir.join(".hidden.txt"), "hidden").unwrap();
    std::fs::write(dir.join("notes.docx"), "skip me").unwrap();
    let names = |inputs: Vec<Result<Input, sitrep_ingest::InputError>>| -> Vec<String> {
        inputs
            .into_iter()
            .map(|i| match i {
                Ok(Input::File(p)) => p.strip_prefix(&dir).unwrap().display().to_string(),
                other => format!("{other:?}"),
            })
            .collect()
    };
    assert_eq!(
        names(expand(&[dir.display().to_string()])),
        ["a.csv", "b.txt", "sub/c.html"]
    );
    assert_eq!(
        names(expand(&[
            format!("{}/*.txt", dir.display()),
            format!("{}/s?b", dir.display())
        ])),
        ["b.txt", "sub/c.html"]
    );
    let none = expand(&[format!("{}/*.nothing", dir.display())]);
    assert_eq!(none.len(), 1);
    assert!(none[0]
        .as_ref()
        .unwrap_err()
        .reason
        .contains("no file matches"));
}
