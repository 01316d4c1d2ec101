//! The report as Markdown (CommonMark with GitHub tables). Every piece of
//! article-derived text goes through [`escape_markdown`]; citation numbers
//! point into the numbered source list at the end. The sections themselves
//! come from [`crate::render`].

use crate::escape::escape_markdown as md;
use crate::markup::Markup;
use crate::model::Report;
use crate::render::{self, Column, Item, Layout};

/// Markdown markup and layout.
struct Md;

/// Starts a block: Markdown blocks are set apart by a blank line.
fn block(o: &mut String) {
    if !o.is_empty() && !o.ends_with("\n\n") {
        o.push('\n');
    }
}

impl Markup for Md {
    fn text(s: &str) -> String {
        md(s)
    }
    fn cite(n: usize) -> String {
        format!("\\[{n}\\]")
    }
    fn more(n: usize) -> String {
        format!(" and {n} more")
    }
    fn bold(escaped: &str) -> String {
        format!("**{escaped}**")
    }
}

impl Layout for Md {
    fn begin(o: &mut String, title: &str) {
        o.push_str(&format!("# {}\n\n", md(title)));
    }
    fn end(_o: &mut String) {}
    fn section(o: &mut String, _id: &str, title: &str) {
        block(o);
        o.push_str(&format!("## {title}\n\n"));
    }
    fn subsection(o: &mut String, escaped: &str) {
        block(o);
        o.push_str(&format!("### {escaped}\n\n"));
    }
    fn para(o: &mut String, escaped: &str) {
        block(o);
        o.push_str(&format!("{escaped}\n\n"));
    }
    fn note(o: &mut String, escaped: &str) {
        Md::para(o, escaped);
    }
    fn list(o: &mut String, items: &[Item]) {
        block(o);
        for item in items {
            o.push_str(&format!("- {}\n", item.text));
            for sub in &item.sub {
                o.push_str(&format!("  - {sub}\n"));
            }
        }
        o.push('\n');
    }
    fn table(o: &mut String, columns: &[Column], rows: &[Vec<String>]) {
        block(o);
        let headings: Vec<&str> = columns.iter().map(|c| c.heading).collect();
        let rules: Vec<&str> = columns
            .iter()
            .map(|c| if c.numeric { "---:" } else { "---" })
            .collect();
        o.push_str(&format!("| {} |\n", headings.join(" | ")));
        o.push_str(&format!("| {} |\n", rules.join(" | ")));
        for row in rows {
            o.push_str(&format!("| {} |\n", row.join(" | ")));
        }
        o.push('\n');
    }
    fn side(o: &mut String, _affirms: bool, label: &str, claim: &str) {
        o.push_str(&format!("- **{label}:** {claim}\n"));
    }
    fn sources(o: &mut String, sources: &[(usize, String)]) {
        block(o);
        for (n, line) in sources {
            o.push_str(&format!("{n}. {line}\n"));
        }
    }
    fn quote(escaped: &str) -> String {
        format!("“{escaped}”")
    }
    fn meta(escaped: &str) -> String {
        escaped.to_string()
    }
    fn modality(escaped: &str) -> String {
        format!("*{escaped}*")
    }
    fn code(raw: &str) -> String {
        // Backticks cannot be escaped inside a code span; an id has none.
        format!("(`{}`)", md(raw).replace('`', ""))
    }
    fn emphasis(escaped: &str) -> String {
        format!("*{escaped}*")
    }
    fn address(raw: &str) -> String {
        md(raw)
    }
}

/// Renders the report as Markdown.
pub fn markdown(r: &Report) -> String {
    let mut o = String::new();
    render::write_report::<Md>(r, &mut o);
    o
}
