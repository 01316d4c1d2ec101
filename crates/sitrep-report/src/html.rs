//! The report as one self-contained HTML page: a small stylesheet, no
//! scripts, no external resources. Every piece of article-derived text goes
//! through [`escape_html`]; links are made only to `http`/`https` URIs.

use crate::escape::{escape_html as h, safe_href};
use crate::markup::{self, Markup};
use crate::model::*;
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #ddd;padding:.25rem .45rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.n{text-align:right}q{font-style:italic}.cite{font-size:.8rem;text-decoration:none}
.meta{color:#555}.mod{color:#8a5a00;font-size:.85rem}.side{margin:.2rem 0 .2rem 1rem}
.aff{border-left:3px solid #2a7}.den{border-left:3px solid #c44}.side{padding-left:.5rem}
ol.src li{margin:.2rem 0}li{margin:.15rem 0}";

/// HTML markup for the shared pieces ([`crate::markup`]).
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

fn cites(ns: &[usize]) -> String {
    markup::cites::<Html>(ns)
}

fn date(d: &Option<String>) -> String {
    markup::date::<Html>(d)
}

fn names(v: &[String]) -> String {
    markup::names::<Html>(v)
}

fn claim_html(c: &ClaimItem) -> String {
    let verb = if c.denies { " (denial)" } else { "" };
    let hedge = if c.hedged {
        " <span class=\"mod\">hedged</span>"
    } else {
        ""
    };
    let via: Vec<String> = c
        .via
        .iter()
        .map(|(who, role)| {
            let r = match role.as_str() {
                "first" => "first reported by",
                "relay" => "relayed by",
                _ => "according to",
            };
            format!("{r} {}", h(who))
        })
        .collect();
    let via = if via.is_empty() {
        String::new()
    } else {
        format!(" ({})", via.join("; "))
    };
    format!(
        "<b>{}</b>{verb}{hedge}: <q>{}</q>{via} <span class=\"meta\">— {}, {}</span> {}",
        h(&c.speaker),
        h(&c.content),
        c.outlet
            .as_deref()
            .map(h)
            .unwrap_or_else(|| "no outlet".into()),
        date(&c.date),
        cites(&[c.cite])
    )
}

fn event_html(e: &TimelineItem) -> String {
    let who = if e.source.is_empty() && e.target.is_empty() {
        String::new()
    } else {
        format!(" {} → {}", names(&e.source), names(&e.target))
    };
    let mut tag = String::new();
    if e.modality != "asserted" {
        tag = format!(" <span class=\"mod\">{}</span>", h(&e.modality));
    }
    if let Some(a) = &e.according_to {
        tag += &format!(" <span class=\"meta\">(according to {})</span>", h(a));
    }
    format!(
        "<li><span class=\"meta\">{}</span> <b>{}</b>{who}{tag}: <q>{}</q> {}</li>",
        date(&e.date),
        h(&e.event_type),
        h(&e.quote),
        cites(&[e.cite])
    )
}

/// Renders the report as a self-contained HTML page.
pub fn html(r: &Report) -> String {
    let mut o = String::new();
    let _ = write_report(r, &mut o);
    o
}

fn write_report(r: &Report, o: &mut String) -> std::fmt::Result {
    writeln!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        h(&r.title)
    )?;
    writeln!(o, "<h1>{}</h1>", h(&r.title))?;
    let mut scope = Vec::new();
    if let Some(s) = &r.scope.since {
        scope.push(format!("since {}", h(s)));
    }
    if let Some(u) = &r.scope.until {
        scope.push(format!("until {}", h(u)));
    }
    if let Some((a, ids)) = &r.scope.actor {
        scope.push(format!("mentioning {} ({})", h(a), h(&ids.join(", "))));
    }
    if r.scope.new_only {
        scope.push("only documents new since the last report".to_string());
    }
    let scope = if scope.is_empty() {
        "every stored document".to_string()
    } else {
        scope.join(", ")
    };
    let generated = r
        .generated
        .as_deref()
        .map(|g| format!("Generated {} by sitrep. ", h(g)))
        .unwrap_or_default();
    writeln!(
        o,
        "<p class=\"meta\">{generated}Scope: {scope}. Every statement cites its documents: [n] is source n in the list at the end. Quotes are the articles' words; nothing here is judged true or false.</p>"
    )?;

    let mut toc = vec![("summary", "Summary")];
    if r.new_since.is_some() {
        toc.push(("new", "What is new"));
    }
    toc.extend([
        ("actors", "Key actors"),
        ("timeline", "Timeline"),
        ("disputes", "Disputes"),
        ("claims", "Who claims what"),
        ("framing", "Framing"),
        ("stories", "Storylines"),
        ("cross", "Cross-alignment"),
        ("sources", "Sources"),
    ]);
    let links: Vec<String> = toc
        .iter()
        .map(|(id, label)| format!("<a href=\"#{id}\">{label}</a>"))
        .collect();
    writeln!(o, "<nav class=\"meta\">{}</nav>", links.join(" · "))?;
    let s = &r.summary;
    writeln!(o, "<h2 id=\"summary\">Summary</h2>\n<ul>")?;
    writeln!(
        o,
        "<li>{} documents from {} outlets, {} to {}</li>",
        s.documents,
        s.outlets,
        date(&s.first_date),
        date(&s.last_date)
    )?;
    writeln!(
        o,
        "<li>{} actors; {} events ({} asserted, {} claimed, expected or denied)</li>",
        s.actors,
        s.events,
        s.asserted_events,
        s.events - s.asserted_events
    )?;
    writeln!(
        o,
        "<li>{} claims, {} of them denials</li>",
        s.claims, s.denials
    )?;
    writeln!(
        o,
        "<li>{} disputed propositions (contradictions); {} storylines, {} across outlet alignments</li>\n</ul>",
        s.disputes, s.storylines, s.cross_alignment
    )?;

    if let Some(n) = &r.new_since {
        writeln!(o, "<h2 id=\"new\">What is new since the last report</h2>")?;
        writeln!(
            o,
            "<p class=\"meta\">The previous report ran at {} ({}).</p>",
            h(&n.previous_at),
            h(&n.previous_filters)
        )?;
        if n.documents.is_empty() {
            writeln!(o, "<p>Nothing new: no document arrived since then.</p>")?;
        } else {
            writeln!(
                o,
                "<ul><li>{} new documents: {}</li><li>{} disputes involve a new document</li></ul>",
                n.documents.len(),
                cites(&n.documents),
                n.disputes
            )?;
            if !n.events.is_empty() {
                writeln!(o, "<h3>New events</h3><ul>")?;
                for e in &n.events {
                    writeln!(o, "{}", event_html(e))?;
                }
                writeln!(o, "</ul>")?;
            }
            if !n.claims.is_empty() {
                writeln!(o, "<h3>New claims</h3><ul>")?;
                for c in &n.claims {
                    writeln!(o, "<li>{}</li>", claim_html(c))?;
                }
                writeln!(o, "</ul>")?;
            }
        }
    }

    writeln!(o, "<h2 id=\"actors\">Key actors and how they relate</h2>")?;
    if r.actors.is_empty() {
        writeln!(o, "<p>No actors.</p>")?;
    } else {
        writeln!(o, "<table><tr><th>Actor</th><th>Kind</th><th>Documents</th><th>Mentions</th><th>Sources</th></tr>")?;
        for a in &r.actors {
            writeln!(
                o,
                "<tr><td>{} <code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                h(&a.name),
                h(&a.id),
                h(&a.kind),
                a.documents,
                a.mentions,
                cites(&a.cites)
            )?;
        }
        writeln!(o, "</table>")?;
    }
    if !r.relations.is_empty() {
        writeln!(
            o,
            "<p class=\"meta\">How they relate ({}):</p>",
            h(&r.relations_from)
        )?;
        writeln!(o, "<table><tr><th>From</th><th>Relation</th><th>To</th><th>Evidence</th><th>Dates</th><th>Sources</th></tr>")?;
        for l in &r.relations {
            let dates = match (&l.first, &l.last) {
                (Some(a), Some(b)) if a != b => format!("{} – {}", h(a), h(b)),
                (Some(a), _) => h(a),
                _ => "undated".to_string(),
            };
            writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{dates}</td><td>{}</td></tr>",
                h(&l.from),
                h(&l.kind),
                h(&l.to),
                l.count,
                cites(&l.cites)
            )?;
        }
        writeln!(o, "</table>")?;
    }

    writeln!(o, "<h2 id=\"timeline\">What happened: timeline</h2>")?;
    writeln!(o, "<h3>Reported as fact (asserted)</h3>")?;
    if r.happened.is_empty() {
        writeln!(o, "<p>None.</p>")?;
    } else {
        writeln!(o, "<ul>")?;
        for e in &r.happened {
            writeln!(o, "{}", event_html(e))?;
        }
        writeln!(o, "</ul>")?;
    }
    writeln!(
        o,
        "<h3>Claimed, expected, hypothetical or denied (not established)</h3>"
    )?;
    if r.reported.is_empty() {
        writeln!(o, "<p>None.</p>")?;
    } else {
        writeln!(o, "<ul>")?;
        for e in &r.reported {
            writeln!(o, "{}", event_html(e))?;
        }
        writeln!(o, "</ul>")?;
    }
    if r.timeline_more > 0 {
        writeln!(
            o,
            "<p class=\"meta\">{} more events not listed; narrow the report with --since, --until or --actor.</p>",
            r.timeline_more
        )?;
    }

    writeln!(
        o,
        "<h2 id=\"disputes\">Disputed claims and contradictions</h2>"
    )?;
    if r.disputes.is_empty() {
        writeln!(o, "<p>No contradictions found.</p>")?;
    }
    for (i, d) in r.disputes.iter().enumerate() {
        let kind = if d.reversal {
            " (a reversal: the same party on both sides)"
        } else {
            ""
        };
        writeln!(
            o,
            "<h3>{}. About: {}{kind}</h3>",
            i + 1,
            h(&d.topic.join(", "))
        )?;
        for c in &d.affirm {
            writeln!(o, "<p class=\"side aff\">Affirms: {}</p>", claim_html(c))?;
        }
        for c in &d.deny {
            writeln!(
                o,
                "<p class=\"side den\">Denies or disputes: {}</p>",
                claim_html(c)
            )?;
        }
    }
    if !r.corroborated.is_empty() {
        writeln!(o, "<h3>Reported by several outlets, uncontested</h3><ul>")?;
        for c in &r.corroborated {
            writeln!(o, "<li>About {}:<ul>", h(&c.topic.join(", ")))?;
            for cl in &c.claims {
                writeln!(o, "<li>{}</li>", claim_html(cl))?;
            }
            writeln!(o, "</ul></li>")?;
        }
        writeln!(o, "</ul>")?;
    }

    writeln!(o, "<h2 id=\"claims\">Who claims what</h2>")?;
    if r.claims.is_empty() {
        writeln!(o, "<p>No claims.</p>")?;
    }
    for sc in &r.claims {
        writeln!(o, "<h3>{}</h3><ul>", h(&sc.speaker))?;
        for c in &sc.claims {
            writeln!(o, "<li>{}</li>", claim_html(c))?;
        }
        if sc.more > 0 {
            writeln!(o, "<li class=\"meta\">… and {} more</li>", sc.more)?;
        }
        writeln!(o, "</ul>")?;
    }
    if r.claims_more > 0 {
        writeln!(
            o,
            "<p class=\"meta\">{} more speakers not listed.</p>",
            r.claims_more
        )?;
    }

    writeln!(o, "<h2 id=\"framing\">How outlets frame it</h2>")?;
    writeln!(
        o,
        "<p class=\"meta\">Measured, not judged: loaded terms by category (from data/lexicons/framing.tsv), the mean share of opinion sentences and of attributed sentences, and whose voices each outlet quotes.</p>"
    )?;
    if !r.framing.is_empty() {
        writeln!(o, "<table><tr><th>Outlet</th><th>Alignment</th><th>Documents</th><th>Opinion</th><th>Attributed</th><th>Loaded terms</th><th>Voices</th><th>Sources</th></tr>")?;
        for f in &r.framing {
            let loaded: Vec<String> = f
                .loaded
                .iter()
                .map(|(cat, terms)| {
                    let t: Vec<String> = terms
                        .iter()
                        .map(|(t, n)| format!("{} ×{n}", h(t)))
                        .collect();
                    format!("<i>{}</i>: {}", h(cat), t.join(", "))
                })
                .collect();
            let voices: Vec<String> = f
                .voices
                .iter()
                .map(|(v, n)| format!("{} ({n})", h(v)))
                .collect();
            writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{:.0}%</td><td class=\"n\">{:.0}%</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                h(&f.outlet),
                f.alignment.as_deref().map(h).unwrap_or_else(|| "—".into()),
                f.documents,
                f.opinion_share * 100.0,
                f.attributed_share * 100.0,
                if loaded.is_empty() { "—".to_string() } else { loaded.join("<br>") },
                if voices.is_empty() { "—".to_string() } else { voices.join(", ") },
                cites(&f.cites)
            )?;
        }
        writeln!(o, "</table>")?;
    }

    writeln!(
        o,
        "<h2 id=\"stories\">Storylines and who reported first</h2>"
    )?;
    writeln!(
        o,
        "<p class=\"meta\">Stories: {}.</p>",
        h(&r.storylines_from)
    )?;
    if r.storylines.is_empty() {
        writeln!(o, "<p>No story was reported by more than one document.</p>")?;
    } else {
        writeln!(o, "<ul>")?;
        for s in &r.storylines {
            writeln!(o, "<li>{}</li>", markup::storyline::<Html>(s, &r.sources))?;
        }
        writeln!(o, "</ul>")?;
    }

    writeln!(o, "<h2 id=\"cross\">Cross-alignment stories</h2>")?;
    let cross: Vec<&Storyline> = r
        .storylines
        .iter()
        .filter(|s| s.cross_alignment())
        .collect();
    if cross.is_empty() {
        if r.sources.iter().all(|s| s.alignment.is_none()) {
            writeln!(o, "<p>No outlet alignments are known to this report's story builder, so no story can be placed across alignments.</p>")?;
        } else {
            writeln!(o, "<p>No story was reported across outlet alignments.</p>")?;
        }
    } else {
        writeln!(o, "<ul>")?;
        for s in cross {
            writeln!(o, "<li>{}<ul>", markup::storyline::<Html>(s, &r.sources))?;
            for (al, outlets) in &s.sides {
                writeln!(
                    o,
                    "<li>{}: {}</li>",
                    h(al),
                    outlets.iter().map(|x| h(x)).collect::<Vec<_>>().join(", ")
                )?;
            }
            writeln!(o, "</ul></li>")?;
        }
        writeln!(o, "</ul>")?;
    }

    if !r.notes.is_empty() {
        writeln!(o, "<h2 id=\"notes\">Notes</h2><ul>")?;
        for n in &r.notes {
            writeln!(o, "<li>{}</li>", h(n))?;
        }
        writeln!(o, "</ul>")?;
    }

    writeln!(o, "<h2 id=\"sources\">Sources</h2>\n<ol class=\"src\">")?;
    for s in &r.sources {
        let uri = match safe_href(&s.uri) {
            Some(u) => format!(
                "<a href=\"{}\" rel=\"noreferrer noopener\">{}</a>",
                h(u),
                h(u)
            ),
            None => h(&s.uri),
        };
        writeln!(
            o,
            "<li id=\"s{}\">{}, {} — {} — {}</li>",
            s.n,
            s.outlet
                .as_deref()
                .map(h)
                .unwrap_or_else(|| "no outlet".into()),
            date(&s.published),
            s.title
                .as_deref()
                .map(h)
                .unwrap_or_else(|| "untitled".into()),
            uri
        )?;
    }
    writeln!(o, "</ol>\n</body>\n</html>")?;
    Ok(())
}
