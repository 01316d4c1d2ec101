//! HTML pages to articles.
//!
//! This crate owns everything between the raw bytes of a web page and an [`Article`]: content
//! sniffing ([`looks_like_html`]), character-set detection (byte-order mark, HTTP header,
//! `<meta charset>`, then statistical sniffing), a cheap pre-pass that makes hostile markup safe
//! to parse (binary data, absurd nesting, gigantic tags), main-content extraction (our own over
//! one html5ever parse, [`content`]; or, with [`Extractor::Trafilatura`], the `rs-trafilatura`
//! crate with its paragraphs checked against a second extractor, `dom_smoothie`) and the
//! metadata a news record needs (title, byline, publication date, canonical URL, site name,
//! language).
//!
//! It does no I/O: callers hand it bytes. Every failure is an [`HtmlError`] with a sentence
//! naming the reason; no input makes it panic, hang or use memory out of proportion to its size.

mod agree;
mod charset;
pub mod content;
mod meta;
mod sanitize;

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::OnceLock;

pub use content::Rules;

pub use charset::decode;

/// One article read from a web page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline: `og:title`, `<title>` or the first `<h1>`.
    pub title: Option<String>,
    /// The main body, paragraphs separated by `"\n\n"`.
    pub text: String,
    /// The author line, as the page gives it.
    pub byline: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// `<link rel="canonical">`, `og:url`, or the URL the page was fetched from.
    pub canonical_url: Option<String>,
    /// The outlet: `og:site_name` or the like.
    pub site_name: Option<String>,
    /// ISO 639-1 code from `<html lang>` or a language meta tag.
    pub language: Option<String>,
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlError {
    /// A human sentence, e.g. "the page is empty".
    pub reason: String,
}

impl HtmlError {
    fn new(reason: impl Into<String>) -> Self {
        HtmlError {
            reason: reason.into(),
        }
    }
}

impl fmt::Display for HtmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for HtmlError {}

/// Pages with more tags than this are refused: the extractor's time grows faster than
/// linearly with the number of elements, and no real article page comes near it.
pub const MAX_TAGS: usize = 100_000;
/// Pages with more markup than this (after over-long tags are shortened) are refused.
pub const MAX_PAGE: usize = 32 << 20;

/// Content sniffing: does this start of a file look like an HTML document?
///
/// Looks at the first 1 KiB after a byte-order mark and leading whitespace or comments for a
/// doctype or one of the tags that open real pages. Binary data (NUL bytes) never qualifies.
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = &head[..head.len().min(1024)];
    let head = charset::strip_utf8_bom(head);
    if head.contains(&0) {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    let trimmed = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map_or(&lower[..0], |i| &lower[i..]);
    const OPENERS: [&[u8]; 6] = [
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
    ];
    if OPENERS.iter().any(|o| trimmed.starts_with(o)) {
        return true;
    }
    // A comment or an XML declaration first, then one of the openers somewhere in the head.
    if trimmed.starts_with(b"<!--") || trimmed.starts_with(b"<?xml") {
        return [&b"<html"[..], b"<!doctype html", b"<head", b"<body"]
            .iter()
            .any(|o| contains(trimmed, o));
    }
    false
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Which main-content extractor reads the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Extractor {
    /// sitrep's own ([`content`]): one parse, linear passes. The default: as accurate as the
    /// other on both gold sets and several times faster (docs/EVALUATION.md).
    #[default]
    Own,
    /// `rs-trafilatura`, its paragraphs checked against `dom_smoothie` (`agree`), each parsing
    /// the page on its own.
    Trafilatura,
}

impl std::str::FromStr for Extractor {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "own" => Ok(Extractor::Own),
            "trafilatura" => Ok(Extractor::Trafilatura),
            _ => Err(format!(
                "unknown extractor {s:?} (expected \"own\" or \"trafilatura\")"
            )),
        }
    }
}

/// The shipped extraction rules (`data/html/boilerplate.tsv`), built once: read-only data.
pub fn builtin_rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::builtin)
}

/// Reads the article in an HTML page. `url` is where the page came from, if known: it helps
/// find the publication date and is the fallback canonical URL.
pub fn extract_article(bytes: &[u8], url: Option<&str>) -> Result<Article, HtmlError> {
    extract_article_with_charset(bytes, url, None)
}

/// [`extract_article`] with the charset of an HTTP `Content-Type` header (as in a WARC
/// response record). It outranks `<meta charset>` but not a byte-order mark, and is ignored
/// when the bytes are not valid in it.
pub fn extract_article_with_charset(
    bytes: &[u8],
    url: Option<&str>,
    http_charset: Option<&str>,
) -> Result<Article, HtmlError> {
    extract_article_using(
        bytes,
        url,
        http_charset,
        Extractor::default(),
        builtin_rules(),
    )
}

/// [`extract_article_with_charset`] with a choice of extractor and, for [`Extractor::Own`],
/// of rules.
pub fn extract_article_using(
    bytes: &[u8],
    url: Option<&str>,
    http_charset: Option<&str>,
    extractor: Extractor,
    rules: &Rules,
) -> Result<Article, HtmlError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(HtmlError::new("the page is empty"));
    }
    if let Some(kind) = charset::binary_kind(bytes) {
        return Err(HtmlError::new(format!(
            "the page is not HTML but binary data ({kind})"
        )));
    }
    let html = charset::decode(bytes, http_charset);
    let (html, tags) = sanitize::sanitize_counting(&html);
    if tags > MAX_TAGS {
        return Err(HtmlError::new(format!(
            "the page has {tags} tags, more than the {MAX_TAGS} a web page plausibly has"
        )));
    }
    if html.len() > MAX_PAGE {
        return Err(HtmlError::new(format!(
            "the page is {} MiB of markup, more than the {} MiB limit",
            html.len() >> 20,
            MAX_PAGE >> 20
        )));
    }
    let head = meta::scan(&html, url);
    if extractor == Extractor::Own {
        return own(&html, url, head, rules);
    }

    let mut options = rs_trafilatura::Options {
        url: url.map(str::to_owned),
        ..rs_trafilatura::Options::default()
    };
    options.include_tables = true;
    // sitrep reads news: use rs-trafilatura's article profile instead of its page-type
    // classifier (a second parse and an XGBoost model). Measured twice on both gold sets:
    // identical P/R/F1, 1.2-1.5x more pages per CPU-second (docs/log/evaluation-sessions-1-51.md).
    options.page_type = Some(rs_trafilatura::page_type::PageType::Article);
    let result = catch_unwind(AssertUnwindSafe(|| {
        rs_trafilatura::extract_with_options(&html, &options)
    }));
    let extracted = match result {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            return Err(HtmlError::new(format!(
                "no article text could be extracted ({e})"
            )))
        }
        Err(_) => {
            return Err(HtmlError::new(
                "the content extractor failed on this page (internal panic)",
            ))
        }
    };
    let mut text = paragraphs(&extracted.content_text);
    // A second, independent extractor's opinion (see `agree`); a failure there changes nothing.
    // With one paragraph there is nothing to agree on (agreement keeps it or, if it would keep
    // nothing, keeps everything), so the second parse is skipped.
    if text.contains("\n\n") {
        if let Some(other) = second_opinion(&html, url) {
            text = agree::keep_agreed(&text, &other);
        }
    }
    let md = extracted.metadata;
    if !has_text_beyond(&text, md.title.as_deref().or(head.title.as_deref())) {
        return Err(HtmlError::new("the page has no article text"));
    }
    Ok(Article {
        title: clean(md.title).or(head.title),
        text,
        byline: clean(md.author).or(head.byline),
        published: head
            .published
            .or_else(|| md.date.map(|d| d.format("%Y-%m-%d").to_string())),
        canonical_url: head.canonical.or(clean(md.url)).or(url.map(str::to_owned)),
        site_name: head.site_name.or(clean(md.sitename)),
        language: head
            .language
            .or(md.language.and_then(|l| meta::iso639_1(&l))),
    })
}

/// The article by sitrep's own extractor, metadata from the markup scan.
fn own(
    html: &str,
    url: Option<&str>,
    head: meta::Head,
    rules: &Rules,
) -> Result<Article, HtmlError> {
    let extracted =
        catch_unwind(AssertUnwindSafe(|| content::extract(html, rules))).map_err(|_| {
            HtmlError::new("the content extractor failed on this page (internal panic)")
        })?;
    let title = head.title.or(extracted.headline);
    if !has_text_beyond(&extracted.text, title.as_deref()) {
        return Err(HtmlError::new("the page has no article text"));
    }
    Ok(Article {
        title,
        text: extracted.text,
        byline: head.byline,
        published: head.published,
        canonical_url: head.canonical.or(url.map(str::to_owned)),
        site_name: head.site_name,
        language: head.language,
    })
}

/// The main text `dom_smoothie` finds, if it finds any. One attempt with its strictest policy
/// (instead of up to four, each on a fresh copy of the page, until one yields enough text) and
/// without its JSON-LD metadata pass, which sitrep does not read. Measured on both gold sets:
/// F1 unchanged on the Zyte pages, 0.001 higher on trafilatura-eval
/// (docs/log/evaluation-sessions-1-51.md).
fn second_opinion(html: &str, url: Option<&str>) -> Option<String> {
    catch_unwind(AssertUnwindSafe(|| {
        let config = dom_smoothie::Config {
            disable_json_ld: true,
            ..Default::default()
        };
        let mut r = dom_smoothie::Readability::new(html, url, Some(config)).ok()?;
        r.parse_with_policy(dom_smoothie::ParsePolicy::Strict)
            .ok()
            .map(|a| a.text_content.to_string())
    }))
    .ok()
    .flatten()
}

/// Whether the text holds a word that is not part of the title (extractors fall back to the
/// title on empty pages).
fn has_text_beyond(text: &str, title: Option<&str>) -> bool {
    let mut rest = std::borrow::Cow::Borrowed(text);
    if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty()) {
        rest = std::borrow::Cow::Owned(text.replace(t, " "));
    }
    rest.chars().any(char::is_alphanumeric)
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
}

/// One paragraph per non-blank line, whitespace collapsed, joined by blank lines.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut first = true;
        for word in line.split_whitespace() {
            if first {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                first = false;
            } else {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html lang=en>"));
        assert!(looks_like_html(b"<!-- x --><html>"));
        assert!(!looks_like_html(b"Hello world"));
        assert!(!looks_like_html(b"<html\0\0"));
        assert!(!looks_like_html(b"{\"text\": \"<html>\"}"));
    }

    #[test]
    fn paragraphs_are_blank_line_separated() {
        assert_eq!(paragraphs("a  b\n\n\n c\n"), "a b\n\nc");
    }

    #[test]
    fn extracts_a_simple_article() {
        let html = br#"<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Storm hits coast | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-15T10:00:00Z">
<link rel="canonical" href="https://planet.example/2024/03/15/storm">
<meta name="author" content="Lois Lane"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Friday, cutting power to thousands of homes and forcing the closure of several ports along the shoreline.</p>
<p>Officials said emergency crews were working through the night to restore electricity, and urged residents to stay indoors until the winds eased.</p>
<p>The weather service expects the storm to weaken by Sunday as it moves further inland over the mountains.</p>
</article><footer>Copyright Daily Planet</footer></body></html>"#;
        let a = extract_article(html, None).unwrap();
        assert!(a.text.contains("A powerful storm struck"), "{a:?}");
        assert!(a.text.contains("\n\nOfficials said"), "{a:?}");
        assert!(!a.text.contains("Copyright"), "{a:?}");
        assert_eq!(a.published.as_deref(), Some("2024-03-15"));
        assert_eq!(a.site_name.as_deref(), Some("Daily Planet"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.byline.as_deref(), Some("Lois Lane"));
        assert_eq!(
            a.canonical_url.as_deref(),
            Some("https://planet.example/2024/03/15/storm")
        );
        assert!(a.title.unwrap().contains("Storm hits coast"));
    }
}
