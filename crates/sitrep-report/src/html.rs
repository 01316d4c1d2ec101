//! The report as one self-contained HTML page: a small stylesheet, no
//! scripts, no external resources. Every piece of article-derived text goes
//! through [`escape_html`]; links are made only to `http`/`https` URIs. The
//! sections themselves come from [`crate::render`].

use crate::escape::{escape_html as h, safe_href};
use crate::markup::Markup;
use crate::model::Report;
use crate::render::{self, Column, Item, Layout};

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #ddd;padding:.25rem .45rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.n{text-align:right}q{font-style:italic}.cite{font-size:.8rem;text-decoration:none}
.meta{color:#555}.mod{color:#8a5a00;font-size:.85rem}.side{margin:.2rem 0 .2rem 1rem}
.aff{border-left:3px solid #2a7}.den{border-left:3px solid #c44}.side{padding-left:.5rem}
ol.src li{margin:.2rem 0}li{margin:.15rem 0}";

/// HTML markup and layout.
struct Html;

impl Markup for Html {
    fn text(s: &str) -> String {
        h(s)
    }
    fn cite(n: usize) -> String {
        format!("<a class=\"cite\" href=\"#s{n}\">[{n}]</a>")
    }
    fn more(n: usize) -> String {
        format!(" <span class=\"meta\">and {n} more</span>")
    }
    fn bold(escaped: &str) -> String {
        format!("<b>{escaped}</b>")
    }
}

impl Layout for Html {
    fn begin(o: &mut String, title: &str) {
        o.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n",
            t = h(title)
        ));
    }
    fn contents(o: &mut String, toc: &[(&str, &str)]) {
        let links: Vec<String> = toc
            .iter()
            .map(|(id, label)| format!("<a href=\"#{id}\">{label}</a>"))
            .collect();
        o.push_str(&format!(
            "<nav class=\"meta\">{}</nav>\n",
            links.join(" · ")
        ));
    }
    fn end(o: &mut String) {
        o.push_str("</body>\n</html>\n");
    }
    fn section(o: &mut String, id: &str, title: &str) {
        o.push_str(&format!("<h2 id=\"{id}\">{title}</h2>\n"));
    }
    fn subsection(o: &mut String, escaped: &str) {
        o.push_str(&format!("<h3>{escaped}</h3>\n"));
    }
    fn para(o: &mut String, escaped: &str) {
        o.push_str(&format!("<p>{escaped}</p>\n"));
    }
    fn note(o: &mut String, escaped: &str) {
        o.push_str(&format!("<p class=\"meta\">{escaped}</p>\n"));
    }
    fn list(o: &mut String, items: &[Item]) {
        o.push_str("<ul>\n");
        for item in items {
            if item.sub.is_empty() {
                o.push_str(&format!("<li>{}</li>\n", item.text));
            } else {
                o.push_str(&format!("<li>{}<ul>\n", item.text));
                for sub in &item.sub {
                    o.push_str(&format!("<li>{sub}</li>\n"));
                }
                o.push_str("</ul></li>\n");
            }
        }
        o.push_str("</ul>\n");
    }
    fn table(o: &mut String, columns: &[Column], rows: &[Vec<String>]) {
        o.push_str("<table><tr>");
        for c in columns {
            o.push_str(&format!("<th>{}</th>", c.heading));
        }
        o.push_str("</tr>\n");
        for row in rows {
            o.push_str("<tr>");
            for (cell, c) in row.iter().zip(columns) {
                let class = if c.numeric { " class=\"n\"" } else { "" };
                o.push_str(&format!("<td{class}>{cell}</td>"));
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</table>\n");
    }
    fn side(o: &mut String, affirms: bool, label: &str, claim: &str) {
        let class = if affirms { "aff" } else { "den" };
        o.push_str(&format!("<p class=\"side {class}\">{label}: {claim}</p>\n"));
    }
    fn sources(o: &mut String, sources: &[(usize, String)]) {
        o.push_str("<ol class=\"src\">\n");
        for (n, line) in sources {
            o.push_str(&format!("<li id=\"s{n}\">{line}</li>\n"));
        }
        o.push_str("</ol>\n");
    }
    fn quote(escaped: &str) -> String {
        format!("<q>{escaped}</q>")
    }
    fn meta(escaped: &str) -> String {
        format!("<span class=\"meta\">{escaped}</span>")
    }
    fn modality(escaped: &str) -> String {
        format!("<span class=\"mod\">{escaped}</span>")
    }
    fn code(raw: &str) -> String {
        format!("<code>{}</code>", h(raw))
    }
    fn emphasis(escaped: &str) -> String {
        format!("<i>{escaped}</i>")
    }
    fn address(raw: &str) -> String {
        match safe_href(raw) {
            Some(u) => format!(
                "<a href=\"{}\" rel=\"noreferrer noopener\">{}</a>",
                h(u),
                h(u)
            ),
            None => h(raw),
        }
    }
}

/// Renders the report as a self-contained HTML page.
pub fn html(r: &Report) -> String {
    let mut o = String::new();
    render::write_report::<Html>(r, &mut o);
    o
}
