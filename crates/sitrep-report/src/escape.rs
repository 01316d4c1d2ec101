//! Escaping article-derived text for the renderers. Article text is
//! untrusted: it may hold markup, Markdown syntax, links with scripts, or
//! control characters.

/// Collapses white space (line breaks included) to single spaces and drops
/// control characters, so a piece of text stays on its line.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Text for HTML element content or a quoted attribute value.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in one_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for a Markdown line: every character Markdown (CommonMark and
/// GitHub's tables) gives meaning to is backslash-escaped, so article text
/// can make no link, image, emphasis, table cell, HTML tag or entity.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '('
                | ')'
                | '<'
                | '>'
                | '#'
                | '+'
                | '!'
                | '|'
                | '~'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// At most `max` characters of `s` (on one line), with "…" when cut.
pub fn clip(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// A URI safe to put in an `href`: only `http`/`https`.
pub fn safe_href(uri: &str) -> Option<&str> {
    let u = uri.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    ok.then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            escape_html("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape_html("a\n\n b\u{0}c"), "a bc");
    }

    #[test]
    fn markdown_escapes_links_tables_and_emphasis() {
        let e = escape_markdown("[x](javascript:alert(1)) | *b* <i>&amp;");
        assert_eq!(
            e,
            "\\[x\\]\\(javascript:alert\\(1\\)\\) \\| \\*b\\* \\<i\\>\\&amp;"
        );
        assert_eq!(escape_markdown("line\n# heading"), "line \\# heading");
    }

    #[test]
    fn hrefs_are_web_only_and_clip_cuts_on_characters() {
        assert_eq!(
            safe_href("https://example.org/a"),
            Some("https://example.org/a")
        );
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href("https://x.org/\"onload=\""), None);
        assert_eq!(clip("ééééé", 3), "éé…");
        assert_eq!(clip("abc", 3), "abc");
    }
}
