//! Hostile pages: each must give `Err` with a clear reason or a sane article, never panic,
//! never hang, and never overflow the stack. The big inputs are generated here.
//!
//! Every case runs on a thread with a 2 MiB stack (Rust's default for spawned threads, and so
//! for rayon workers), which is what the pipeline gives it.

use sitrep_html::{
    extract_article, extract_article_with_charset, looks_like_html, Article, HtmlError,
};
use std::time::{Duration, Instant};

const PARAGRAPH: &str =
    "The council voted on Tuesday to approve the new budget for the coming year, \
    after a long debate about school funding, road repairs and the cost of public transport.";

fn article_page(body_extra: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Budget approved</title></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Budget approved</h1>\
         <p>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p><p>{PARAGRAPH} Once more.</p>{body_extra}</article></body></html>"
    )
}

/// Runs the extractor on a 2 MiB-stack thread and checks it finishes within `limit` (a hang
/// guard, generous because debug builds on a loaded CI machine are slow; release times are in
/// ARCHITECTURE.md).
fn run(bytes: Vec<u8>, limit: Duration) -> Result<Article, HtmlError> {
    let start = Instant::now();
    let out = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || extract_article(&bytes, Some("https://news.example/2024/05/06/budget")))
        .unwrap()
        .join()
        .expect("extract_article panicked");
    let took = start.elapsed();
    assert!(took < limit, "took {took:?}, limit {limit:?}");
    out
}

#[test]
fn binary_served_as_html_is_refused() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let err = run(png, Duration::from_secs(5)).unwrap_err();
    assert!(err.reason.contains("PNG"), "{err}");

    // No magic number, but NUL bytes and control characters all over.
    let noise: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_246_822_519) >> 11) as u8)
        .collect();
    assert!(!looks_like_html(&noise));
    let err = run(noise, Duration::from_secs(5)).unwrap_err();
    assert!(err.reason.contains("binary"), "{err}");
}

#[test]
fn deep_nesting_is_flattened_not_overflowed() {
    for (open, close) in [
        ("<div>", "</div>"),
        ("<span>", "</span>"),
        ("<table><tr><td>", ""),
    ] {
        let page = article_page(&format!(
            "{}<p>Deep inside.</p>{}",
            open.repeat(100_000),
            close.repeat(100_000)
        ));
        let a = run(page.into_bytes(), Duration::from_secs(60))
            .unwrap_or_else(|e| panic!("{open}: {e}"));
        assert!(a.text.contains("The council voted"), "{open}: {}", a.text);
    }
    // Unclosed formatting elements (the parser's "active formatting elements" list).
    let page = article_page(&"<b><i><a href=x>".repeat(30_000));
    run(page.into_bytes(), Duration::from_secs(60)).unwrap();
}

#[test]
fn a_100_mb_attribute_is_dropped() {
    let mut page = article_page("").into_bytes();
    let at = page.len() - "</article></body></html>".len();
    let mut attr = b"<img src=\"data:image/png;base64,".to_vec();
    attr.resize(attr.len() + 100 * 1024 * 1024, b'A');
    attr.extend_from_slice(b"\">");
    page.splice(at..at, attr);
    let a = run(page, Duration::from_secs(60)).unwrap();
    assert!(a.text.contains("The council voted"));
    assert!(!a.text.contains("AAAA"));
}

#[test]
fn wrong_declared_charset_falls_back_to_sniffing() {
    // Declared UTF-8, really windows-1252.
    let page = article_page("<p>Caf\u{e9} cr\u{e8}me, d\u{e9}j\u{e0} vu: na\u{ef}ve r\u{e9}sum\u{e9}s for the r\u{e9}gion.</p>");
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let a = run(latin1.into_owned(), Duration::from_secs(5)).unwrap();
    assert!(a.text.contains("Café crème, déjà vu"), "{}", a.text);

    // HTTP says windows-1251, bytes are UTF-8: the header is ignored.
    let a = extract_article_with_charset(page.as_bytes(), None, Some("windows-1251")).unwrap();
    assert!(a.text.contains("Café crème"), "{}", a.text);
}

#[test]
fn empty_and_textless_pages_are_refused() {
    for empty in ["", "   \n\t  "] {
        let err = run(empty.as_bytes().to_vec(), Duration::from_secs(5)).unwrap_err();
        assert_eq!(err.reason, "the page is empty");
    }
    for textless in [
        "<html></html>",
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
        "<html><body><nav><a href=/>Home</a> <a href=/a>About</a></nav><footer>© 2024</footer></body></html>",
        "<html><body><script>var x = '<p>not text</p>';</script><img src=a.png></body></html>",
    ] {
        let err = run(textless.as_bytes().to_vec(), Duration::from_secs(5)).unwrap_err();
        assert!(err.reason.contains("no article text"), "{textless}: {err}");
    }
}

#[test]
fn garbage_never_panics() {
    let cases: Vec<Vec<u8>> = vec![
        (0x80..=0xFFu8).cycle().take(20_000).collect(),
        b"<".repeat(10_000),
        b"<a ".repeat(10_000),
        b"<!--".repeat(10_000),
        b"<script>".repeat(10_000),
        b"</div>".repeat(20_000),
        b"<p>x".repeat(5_000),
        b"<br>".repeat(120_000),
        b"<meta charset=\"".to_vec(),
        b"<html><body><p>unterminated \"quote <a href=\"".to_vec(),
        b"\xFF\xFE<\0h\0t\0m\0l\0>\0".to_vec(),
        b"\xEF\xBB\xBF".to_vec(),
    ];
    for bytes in cases {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(20)]).into_owned();
        let start = Instant::now();
        let out = run(bytes, Duration::from_secs(60));
        eprintln!(
            "{head:?}: {:?} in {:?}",
            out.as_ref().map(|a| a.text.len()),
            start.elapsed()
        );
        if let Err(e) = out {
            assert!(!e.reason.is_empty(), "{head}");
        }
    }
}

#[test]
fn a_long_flat_page_is_fast_enough() {
    // 300 kB of paragraphs.
    let body: String = (0..1_500)
        .map(|i| format!("<p>{i}. {PARAGRAPH}</p>"))
        .collect();
    let a = run(article_page(&body).into_bytes(), Duration::from_secs(60)).unwrap();
    assert!(a.text.len() > 200_000);
}
