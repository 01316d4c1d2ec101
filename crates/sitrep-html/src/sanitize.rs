//! A linear pre-pass that makes hostile markup safe for the HTML parser and extractor.
//!
//! The parser builds a tree and the extractor walks it recursively, so a page nested 100,000
//! elements deep would overflow the stack, and one gigantic tag (a 100 MB attribute) would be
//! copied around several times. This pass tokenises tags just enough to:
//!
//! - keep an approximate stack of open elements (void elements, implied end tags and stray
//!   end tags handled the way parsers mostly do), and drop the tags of elements nested deeper
//!   than [`MAX_DEPTH`], keeping their text: the page is flattened, not refused;
//! - replace a tag longer than [`MAX_TAG`] bytes by the bare tag (`<img …huge…>` → `<img>`).
//!
//! It also drops what no extractor reads but every parse pays for: comments, style sheets,
//! scripts other than JSON-LD (which carries dates and sometimes the article body), inline
//! `<svg>` graphics and `<noscript>` fallbacks. On news
//! pages these are often most of the bytes, and the extractors parse, serialize and re-parse
//! the page several times. The content of other raw-text elements (`textarea`, `title`, …) is
//! copied unread.

/// Deepest element nesting passed on to the parser. Real pages stay well under 200.
pub(crate) const MAX_DEPTH: usize = 256;
/// Longest tag kept with its attributes.
pub(crate) const MAX_TAG: usize = 64 * 1024;

const VOID: [&str; 16] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame",
];
const RAW_TEXT: [&str; 9] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "iframe",
    "plaintext",
];
/// Block elements that close an open `<p>` and that a `<p>` cannot be implicitly closed across.
const BLOCKS: [&str; 24] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "form",
    "header",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "section",
    "table",
    "ul",
];
/// How far down the stack an end tag or implied end looks for its element.
const MATCH_WINDOW: usize = 64;

struct Open {
    name: String,
    dropped: bool,
}

/// Returns the page with over-deep tags removed and over-long tags shortened (pages that need
/// neither come back unchanged, as a copy), and the number of tags passed on.
pub(crate) fn sanitize_counting(html: &str) -> (String, usize) {
    let mut tags = 0usize;
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len().min(64 << 20));
    let mut stack: Vec<Open> = Vec::new();
    let mut foreign = 0usize; // open svg/math elements, where "/>" closes
    let mut i = 0;
    while i < b.len() {
        let Some(lt) = memchr(b'<', &b[i..]) else {
            out.push_str(&html[i..]);
            break;
        };
        let lt = i + lt;
        out.push_str(&html[i..lt]);
        let rest = &b[lt..];
        // Comments, doctypes, processing instructions, CDATA.
        if rest.starts_with(b"<!--") {
            // Dropped (see the module doc); `<!-->` is a whole comment.
            let end = if rest[4..].starts_with(b">") {
                lt + 5
            } else {
                find(&rest[4..], b"-->").map_or(b.len(), |e| lt + 4 + e + 3)
            };
            i = end;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            let end = memchr(b'>', rest).map_or(b.len(), |e| lt + e + 1);
            if end - lt <= MAX_TAG {
                out.push_str(&html[lt..end]);
            }
            i = end;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            out.push('<');
            i = lt + 1;
            continue;
        }
        let name_end = name_start
            + b[name_start..]
                .iter()
                .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_')))
                .unwrap_or(b.len() - name_start);
        let name = html[name_start..name_end].to_ascii_lowercase();
        let end = tag_end(b, name_end);
        let self_closing = end >= 2 && b[end - 2] == b'/' && b[end - 1] == b'>';
        let tag = if end - lt > MAX_TAG {
            let mut t = String::with_capacity(name.len() + 4);
            t.push('<');
            if closing {
                t.push('/');
            }
            t.push_str(&name);
            if self_closing {
                t.push('/');
            }
            t.push('>');
            std::borrow::Cow::Owned(t)
        } else {
            std::borrow::Cow::Borrowed(&html[lt..end])
        };
        i = end;

        if closing {
            let window = stack.len().saturating_sub(MATCH_WINDOW);
            if let Some(pos) = stack[window..].iter().rposition(|o| o.name == name) {
                let pos = window + pos;
                let dropped = stack[pos].dropped;
                for o in stack.drain(pos..) {
                    if o.name == "svg" || o.name == "math" {
                        foreign = foreign.saturating_sub(1);
                    }
                }
                if !dropped {
                    out.push_str(&tag);
                    tags += 1;
                }
            } else if stack.len() <= MAX_DEPTH {
                out.push_str(&tag);
                tags += 1;
            }
            continue;
        }

        if VOID.contains(&name.as_str()) || (self_closing && foreign > 0) {
            if stack.len() < MAX_DEPTH {
                out.push_str(&tag);
                tags += 1;
            }
            continue;
        }
        // Inline vector graphics (path data, often kilobytes of it) and `<noscript>` fallbacks
        // (tracking pixels, duplicate images) carry no article text and neither extractor
        // keeps them: dropped whole, before any parser pays for them.
        if (name == "svg" && !self_closing) || name == "noscript" {
            let close = find_end_tag(b, i, &name);
            i = tag_end(b, close + 2);
            continue;
        }
        implied_end(&mut stack, &name);
        let dropped = stack.len() >= MAX_DEPTH;
        if !dropped {
            out.push_str(&tag);
            tags += 1;
        }
        if name == "svg" || name == "math" {
            foreign += 1;
        }
        let raw = RAW_TEXT.contains(&name.as_str());
        let unread = name == "style" || (name == "script" && !is_json_ld(&tag));
        stack.push(Open { name, dropped });
        if raw {
            // Copy the element's content unread, up to its end tag (or drop it).
            let close = find_end_tag(b, i, stack.last().map_or("", |o| o.name.as_str()));
            if !unread {
                out.push_str(&html[i..close]);
            }
            i = close;
        }
    }
    (out, tags)
}

/// Whether a `<script …>` start tag declares JSON-LD.
fn is_json_ld(tag: &str) -> bool {
    tag.len() < 4096
        && tag
            .as_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

#[cfg(test)]
fn sanitize(html: &str) -> String {
    sanitize_counting(html).0
}

/// Elements whose end tag is optional: opening one closes an open sibling, looking down the
/// stack no further than the element that scopes them (a `<tr>` never closes a row of an
/// outer table, so nested tables still count as nesting).
fn implied_end(stack: &mut Vec<Open>, name: &str) {
    let (closes, scope): (&[&str], &[&str]) = match name {
        "td" | "th" => (&["td", "th"], &["table", "tr"]),
        "tr" => (&["tr"], &["table"]),
        "li" => (&["li"], &["ul", "ol", "menu"]),
        "dt" | "dd" => (&["dt", "dd"], &["dl"]),
        "option" | "optgroup" => (&["option", "optgroup"], &["select", "datalist"]),
        "rb" | "rt" | "rp" => (&["rb", "rt", "rp"], &["ruby"]),
        n if n == "p" || BLOCKS.contains(&n) || is_heading(n) => (&["p"], &BLOCKS),
        _ => return,
    };
    let floor = stack.len().saturating_sub(16);
    for pos in (floor..stack.len()).rev() {
        let open = stack[pos].name.as_str();
        if closes.contains(&open) {
            stack.truncate(pos);
            return;
        }
        if scope.contains(&open) {
            return;
        }
    }
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The index just past the `>` closing a tag whose name ends at `from`; quoted attribute
/// values may hold `>`. An unterminated tag runs to the end of the input.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut prev = 0u8;
    let mut j = from;
    while j < b.len() {
        let c = b[j];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'>' => return j + 1,
            None if (c == b'"' || c == b'\'') && prev == b'=' => quote = Some(c),
            None => {}
        }
        if quote.is_none() && !c.is_ascii_whitespace() {
            prev = c;
        }
        j += 1;
    }
    b.len()
}

/// Where the end tag `</name` starts (case-insensitively), or the end of the input.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> usize {
    let n = name.as_bytes();
    let mut j = from;
    while let Some(p) = memchr(b'<', &b[j..]) {
        let at = j + p;
        let rest = &b[at..];
        if rest.len() >= n.len() + 2
            && rest[1] == b'/'
            && rest[2..2 + n.len()].eq_ignore_ascii_case(n)
        {
            return at;
        }
        j = at + 1;
    }
    b.len()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    crate::charset::find(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_unchanged() {
        let page = "<!DOCTYPE html><html><head><title>a<b</title>\
                    <script type=\"application/ld+json\">{\"a\": \"<p>\"}</script>\
                    </head><body><p>one<p>two<ul><li>x<li>y</ul><img src=x><br/>\
                    <math><mi x='M0'/><mo/></math><a href='a>b'>l</a></body></html>";
        assert_eq!(sanitize(page), page);
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let page = "<html><head><script>if (a<b) x='</div>'</script><style>p{x:1}</style>\
                    <SCRIPT TYPE='application/LD+JSON'>{}</SCRIPT></head><body><!-- c <p> -->\
                    <p>one<!---->two<!-->three</p><script src=x></script></body></html>";
        assert_eq!(
            sanitize(page),
            "<html><head><script></script><style></style>\
             <SCRIPT TYPE='application/LD+JSON'>{}</SCRIPT></head><body>\
             <p>onetwothree</p><script src=x></script></body></html>"
        );
    }

    #[test]
    fn svg_and_noscript_are_dropped() {
        let page = "<p>a</p><SVG viewBox=\"0 0 9 9\"><path d=\"M0 0L9 9\"/><title>icon</title>\
                    </svg><noscript><img src=\"/px.gif\"></noscript><p>b<svg/></p>";
        assert_eq!(sanitize(page), "<p>a</p><p>b<svg/></p>");
        // An unclosed one runs to the end of the page.
        assert_eq!(sanitize("<p>a</p><svg><path/>"), "<p>a</p>");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let n = 10_000;
        let page = format!("{}text{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = sanitize(&page);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("text"));
        // Unclosed formatting elements are nesting too.
        let out = sanitize(&"<b><i>".repeat(n));
        assert_eq!(out.matches('<').count(), MAX_DEPTH);
        // Nested tables nest, though rows and cells close their siblings.
        let out = sanitize(&"<table><tr><td>".repeat(n));
        assert_eq!(out.matches('<').count(), MAX_DEPTH);
        let page = "<table><tr><td>a<td>b<tr><td>c</table>".repeat(n);
        assert_eq!(sanitize(&page), page);
        let page = "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>".repeat(n);
        assert_eq!(sanitize(&page), page);
    }

    #[test]
    fn huge_tags_are_shortened() {
        let page = format!("<p>a<img src=\"{}\">b</p>", "x".repeat(MAX_TAG));
        assert_eq!(sanitize(&page), "<p>a<img>b</p>");
    }
}
