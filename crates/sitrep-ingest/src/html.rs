//! HTML inputs: whole pages go through `sitrep-html`'s article extraction;
//! feed summaries (HTML fragments) become text with [`fragment_text`].

use crate::{error, InputError};
use sitrep_html::{Extractor, Rules};
use sitrep_record::Document;

/// A page → a document through `sitrep-html`. `url` is where the page came
/// from (a WARC target, a feed link), `http_charset` the charset a server
/// declared, when known. `site_name` becomes the outlet and the canonical
/// URL, when the page has one, the document's URI. `rules`: the extractor's
/// word lists (`None`: the built-in ones).
pub(crate) fn html_document(
    input: &str,
    bytes: &[u8],
    http_charset: Option<&str>,
    url: Option<&str>,
    rules: Option<&Rules>,
) -> Result<Document, InputError> {
    let rules = rules.unwrap_or_else(|| sitrep_html::builtin_rules());
    let article =
        sitrep_html::extract_article_using(bytes, url, http_charset, Extractor::default(), rules)
            .map_err(|e| error(input, e.reason))?;
    if article.text.trim().is_empty() {
        return Err(error(input, "no article text in this page"));
    }
    let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    Ok(Document {
        uri: nonempty(article.canonical_url)
            .or_else(|| url.map(str::to_string))
            .unwrap_or_else(|| input.to_string()),
        title: nonempty(article.title),
        outlet: nonempty(article.site_name),
        published: article.published.as_deref().and_then(crate::normalize_date),
        language: article.language.as_deref().and_then(crate::lang::declared),
        text: article.text,
    })
}

/// Elements whose content is never text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
];

/// An HTML fragment (a feed summary or content) as plain text: tags
/// dropped, script/style content skipped, block elements separated by blank
/// lines, character references decoded, whitespace collapsed.
pub fn fragment_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<&str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skipping.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skipping.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A lone '<' in text.
            if skipping.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(skipped) = skipping {
            if closing && name == skipped {
                skipping = None;
            }
            continue;
        }
        if !closing && !tag.ends_with('/') {
            if let Some(s) = SKIPPED.iter().find(|s| **s == name) {
                skipping = Some(s);
                continue;
            }
        }
        if BLOCKS.contains(&name.as_str()) {
            end_paragraph(&mut out);
        } else if !out.ends_with([' ', '\n']) && !out.is_empty() {
            // Inline tags may separate words ("a<br>b" is handled above).
            if matches!(name.as_str(), "td" | "th" | "span" | "img") {
                out.push(' ');
            }
        }
    }
    let text = out.trim().to_string();
    // Collapse runs of blank lines left by nested blocks.
    let mut collapsed = String::with_capacity(text.len());
    let mut newlines = 0;
    for c in text.chars() {
        if c == '\n' {
            newlines += 1;
            if newlines <= 2 {
                collapsed.push(c);
            }
        } else {
            newlines = 0;
            collapsed.push(c);
        }
    }
    collapsed
}

fn end_paragraph(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

/// Appends text with whitespace collapsed and character references decoded.
fn push_text(out: &mut String, raw: &str) {
    let decoded = decode_entities(raw);
    for c in decoded.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Decodes numeric character references and the common named ones;
/// anything else is left as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|i| i + 1);
        let (name, consumed) = match end {
            Some(e) if rest[e..].starts_with(';') => (&rest[1..e], e + 1),
            Some(e) => (&rest[1..e], e),
            None => (&rest[1..], rest.len()),
        };
        match entity(name) {
            Some(c) => {
                out.push(c);
                rest = &rest[consumed..];
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

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        assert_eq!(
            fragment_text(
                "<p>Talks in <b>Muscat</b> &amp; Doha.</p><p>Second&nbsp;one &#8212; done.</p>"
            ),
            "Talks in Muscat & Doha.\n\nSecond one — done."
        );
        assert_eq!(
            fragment_text("a<script>var x = '<p>';</script>b<!-- c -->d"),
            "abd"
        );
        assert_eq!(fragment_text("5 < 6 &bogus; &#0;"), "5 < 6 &bogus; &#0;");
        assert_eq!(fragment_text("line<br/>next"), "line\n\nnext");
    }
}
