//! Page metadata read straight from the markup: `<meta>`, `<link rel=canonical>`,
//! `<html lang>`, JSON-LD, `<time datetime>` and the URL.
//!
//! The publication date follows the sources `htmldate` trusts, in its order: explicit
//! publication meta tags, JSON-LD `datePublished`, `<time datetime>` marked as the publication
//! time (or the first one), then a date in the URL path.

/// What the scan found.
#[derive(Debug, Default)]
pub(crate) struct Head {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub canonical: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
}

/// Meta names (lower case) that carry the publication date, best first.
const DATE_META: [&str; 24] = [
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "rnews:datepublished",
    "originalpublicationdate",
    "date_published",
    "article_date_original",
    "date",
];
const AUTHOR_META: [&str; 5] = [
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
];

pub(crate) fn scan(html: &str, url: Option<&str>) -> Head {
    let mut head = Head::default();
    let mut date_rank = usize::MAX;
    let mut og_title = None;
    let mut title = None;
    let mut og_url = None;
    let mut meta_lang = None;
    let mut json_ld_date = None;
    let mut time_date: Option<(bool, String)> = None;
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + p;
        let name_end = lt
            + 1
            + b[lt + 1..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len() - lt - 1);
        let name = html[lt + 1..name_end].to_ascii_lowercase();
        i = lt + 1;
        if !matches!(
            name.as_str(),
            "meta" | "link" | "html" | "time" | "script" | "title"
        ) {
            continue;
        }
        // An unterminated tag: nothing after it is markup (and searching on would be quadratic).
        let Some(end) = b[name_end..].iter().position(|&c| c == b'>') else {
            break;
        };
        let end = name_end + end + 1;
        i = end;
        let attrs = attributes(&html[name_end..end]);
        let get = |k: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.trim().is_empty())
        };
        match name.as_str() {
            "html" if head.language.is_none() => {
                head.language = get("lang").or(get("xml:lang")).and_then(iso639_1);
            }
            "meta" => {
                let key = get("property")
                    .or(get("name"))
                    .or(get("itemprop"))
                    .or(get("http-equiv"))
                    .map(str::to_ascii_lowercase);
                let (Some(key), Some(content)) = (key, get("content")) else {
                    continue;
                };
                let content = content.trim();
                if let Some(rank) = DATE_META.iter().position(|m| *m == key) {
                    if rank < date_rank {
                        if let Some(d) = parse_date(content) {
                            head.published = Some(d);
                            date_rank = rank;
                        }
                    }
                } else if AUTHOR_META.contains(&key.as_str()) {
                    if head.byline.is_none() && !content.starts_with("http") {
                        head.byline = Some(collapse(content));
                    }
                } else {
                    match key.as_str() {
                        "og:title" | "twitter:title" if og_title.is_none() => {
                            og_title = Some(collapse(content))
                        }
                        "og:site_name" | "application-name" if head.site_name.is_none() => {
                            head.site_name = Some(collapse(content))
                        }
                        "og:url" if og_url.is_none() => og_url = Some(content.to_owned()),
                        "content-language" | "language" | "dc.language" | "og:locale"
                            if meta_lang.is_none() =>
                        {
                            meta_lang = iso639_1(content);
                        }
                        _ => {}
                    }
                }
            }
            "link" if head.canonical.is_none() => {
                let rel = get("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    head.canonical = get("href").map(|h| h.trim().to_owned());
                }
            }
            "time" => {
                let marked = attrs.iter().any(|(n, v)| {
                    n == "pubdate"
                        || (n == "itemprop" && v.eq_ignore_ascii_case("datepublished"))
                        || (n == "class" && v.to_ascii_lowercase().contains("publish"))
                });
                if time_date.as_ref().is_none_or(|(m, _)| marked && !m) {
                    if let Some(d) = get("datetime").and_then(parse_date) {
                        time_date = Some((marked, d));
                    }
                }
            }
            "title" => {
                let close = find_ci(&b[i..], b"</title").map_or(b.len(), |e| i + e);
                if title.is_none() {
                    let t = collapse(&decode_entities(&html[i..close]));
                    title = Some(t).filter(|t| !t.is_empty());
                }
                i = close;
            }
            "script" => {
                let close = find_ci(&b[i..], b"</script").map_or(b.len(), |e| i + e);
                let is_ld =
                    get("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"));
                if is_ld && json_ld_date.is_none() {
                    json_ld_date = json_ld_published(&html[i..close]);
                }
                i = close;
            }
            _ => {}
        }
    }
    head.title = og_title.or(title);
    if head.published.is_none() {
        head.published = json_ld_date
            .or(time_date.map(|(_, d)| d))
            .or_else(|| url.and_then(url_date));
    }
    head.canonical = head
        .canonical
        .or(og_url)
        .filter(|c| c.starts_with("http://") || c.starts_with("https://"));
    head.language = head.language.or(meta_lang);
    head
}

/// `"datePublished": "2024-03-15T…"` anywhere in a JSON-LD block (nested graphs included).
fn json_ld_published(block: &str) -> Option<String> {
    let key = "\"datePublished\"";
    let at = block.find(key)? + key.len();
    let rest = block[at..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    parse_date(&rest[..rest.find('"')?])
}

/// A date in the URL path: `/2024/03/15/`, `/2024-03-15`, `/20240315/`.
fn url_date(url: &str) -> Option<String> {
    let b = url.as_bytes();
    for (i, _) in url.match_indices('/') {
        let s = &b[i + 1..];
        let digits =
            |r: std::ops::Range<usize>| s.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let ymd = if digits(0..4)
            && s.get(4).is_some_and(|&c| c == b'/' || c == b'-')
            && digits(5..7)
            && s.get(7) == s.get(4)
            && digits(8..10)
        {
            Some((&s[0..4], &s[5..7], &s[8..10]))
        } else if digits(0..8) && !s.get(8).is_some_and(u8::is_ascii_digit) {
            Some((&s[0..4], &s[4..6], &s[6..8]))
        } else {
            None
        };
        if let Some((y, m, d)) = ymd {
            let s = format!(
                "{}-{}-{}",
                std::str::from_utf8(y).ok()?,
                std::str::from_utf8(m).ok()?,
                std::str::from_utf8(d).ok()?
            );
            if let Some(d) = parse_date(&s) {
                return Some(d);
            }
        }
    }
    None
}

/// `YYYY-MM-DD` from the start of an ISO-ish date (`2024-03-15T10:00Z`, `2024/03/15`,
/// `20240315`), checked for a plausible calendar date.
pub(crate) fn parse_date(s: &str) -> Option<String> {
    let s = s.trim().as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = s.get(r)?;
        if d.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(d).ok()?.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = if matches!(s.get(4), Some(b'-' | b'/' | b'.')) && s.get(7) == s.get(4) {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else {
        (num(0..4)?, num(4..6)?, num(6..8)?)
    };
    if !(1990..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// ISO 639-1 from a language tag: `en-GB` → `en`, `de_DE` → `de`.
pub(crate) fn iso639_1(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_', ',', ';', ' ']).next()?;
    (primary.len() == 2 && primary.bytes().all(|c| c.is_ascii_alphabetic()))
        .then(|| primary.to_ascii_lowercase())
}

/// Attributes of a tag, from just after its name to its `>`.
fn attributes(s: &str) -> Vec<(String, String)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/' || b[i] == b'>') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == start {
            break;
        }
        let name = s[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if let Some(&q @ (b'"' | b'\'')) = b.get(i) {
                let vstart = i + 1;
                let vend = b[vstart..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |e| vstart + e);
                value = decode_entities(&s[vstart..vend]);
                i = vend + 1;
            } else {
                let vstart = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities(&s[vstart..i]);
            }
        }
        out.push((name, value));
    }
    out
}

/// The common character references: named basics and numeric ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&c| c == b';');
        let decoded = semi.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => ent
                    .strip_prefix("#x")
                    .or(ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-03-15T10:00:00Z").as_deref(),
            Some("2024-03-15")
        );
        assert_eq!(parse_date("20240315").as_deref(), Some("2024-03-15"));
        assert_eq!(parse_date("2024/13/15"), None);
        assert_eq!(parse_date("March 2024"), None);
        assert_eq!(
            url_date("https://x.example/news/2023/11/02/story").as_deref(),
            Some("2023-11-02")
        );
        assert_eq!(
            url_date("https://x.example/a/20231102/story").as_deref(),
            Some("2023-11-02")
        );
        assert_eq!(url_date("https://x.example/a/123456789/story"), None);
    }

    #[test]
    fn head_fields() {
        let page = r#"<html lang="de-AT"><head><title>T &amp; U</title>
<meta name="author" content="A. Writer"><meta property="og:site_name" content="Blatt">
<link rel="canonical" href="https://blatt.example/x?a=1&amp;b=2">
<script type="application/ld+json">{"@graph":[{"datePublished": "2022-01-05T08:00:00+01:00"}]}</script>
</head><body><time datetime="2021-01-01">x</time></body></html>"#;
        let h = scan(page, None);
        assert_eq!(h.title.as_deref(), Some("T & U"));
        assert_eq!(h.byline.as_deref(), Some("A. Writer"));
        assert_eq!(h.site_name.as_deref(), Some("Blatt"));
        assert_eq!(
            h.canonical.as_deref(),
            Some("https://blatt.example/x?a=1&b=2")
        );
        assert_eq!(h.published.as_deref(), Some("2022-01-05"));
        assert_eq!(h.language.as_deref(), Some("de"));
    }

    #[test]
    fn entities_next_to_multibyte_text() {
        assert_eq!(decode_entities("&quot; —\u{a0}x&amp;"), "\" —\u{a0}x&");
        assert_eq!(
            decode_entities("&\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0};"),
            "&\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0};"
        );
        assert_eq!(decode_entities("&#x110000; &#233;"), "&#x110000; é");
    }
}
