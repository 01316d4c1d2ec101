//! The report as Markdown (CommonMark with GitHub tables). Every piece of
//! article-derived text goes through [`escape_markdown`]; citation numbers
//! point into the numbered source list at the end.

use crate::escape::escape_markdown as md;
use crate::markup::{self, Markup};
use crate::model::*;
use std::fmt::Write;

/// Markdown markup for the shared pieces ([`crate::markup`]).
struct Md;

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

fn cites(ns: &[usize]) -> String {
    markup::cites::<Md>(ns)
}

fn date(d: &Option<String>) -> String {
    markup::date::<Md>(d)
}

fn names(v: &[String]) -> String {
    markup::names::<Md>(v)
}

fn via(c: &ClaimItem) -> String {
    if c.via.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = c
        .via
        .iter()
        .map(|(who, role)| {
            let r = match role.as_str() {
                "first" => "first reported by",
                "relay" => "relayed by",
                _ => "according to",
            };
            format!("{r} {}", md(who))
        })
        .collect();
    format!(" ({})", parts.join("; "))
}

fn claim_line(c: &ClaimItem) -> String {
    let verb = if c.denies { " (denial)" } else { "" };
    let hedge = if c.hedged { " (hedged)" } else { "" };
    format!(
        "{}{verb}{hedge}: “{}”{} — {}, {} {}",
        md(&c.speaker),
        md(&c.content),
        via(c),
        c.outlet
            .as_deref()
            .map(md)
            .unwrap_or_else(|| "no outlet".into()),
        date(&c.date),
        cites(&[c.cite])
    )
}

fn event_line(e: &TimelineItem) -> String {
    let who = match (e.source.is_empty(), e.target.is_empty()) {
        (true, true) => String::new(),
        _ => format!(" {} → {}", names(&e.source), names(&e.target)),
    };
    let mut tag = String::new();
    if e.modality != "asserted" {
        tag = format!(" *{}*", e.modality);
    }
    if let Some(a) = &e.according_to {
        tag += &format!(" (according to {})", md(a));
    }
    format!(
        "- {} — **{}**{who}{tag}: “{}” {}",
        date(&e.date),
        e.event_type,
        md(&e.quote),
        cites(&[e.cite])
    )
}

/// Renders the report as Markdown.
pub fn markdown(r: &Report) -> String {
    let mut o = String::new();
    let _ = write_report(r, &mut o);
    o
}

fn write_report(r: &Report, o: &mut String) -> std::fmt::Result {
    writeln!(o, "# {}\n", md(&r.title))?;
    let mut scope = Vec::new();
    if let Some(s) = &r.scope.since {
        scope.push(format!("since {}", md(s)));
    }
    if let Some(u) = &r.scope.until {
        scope.push(format!("until {}", md(u)));
    }
    if let Some((a, ids)) = &r.scope.actor {
        scope.push(format!("mentioning {} ({})", md(a), md(&ids.join(", "))));
    }
    if r.scope.new_only {
        scope.push("only documents new since the last report".to_string());
    }
    let scope = if scope.is_empty() {
        "every stored document".to_string()
    } else {
        scope.join(", ")
    };
    if let Some(g) = &r.generated {
        writeln!(o, "Generated {} by sitrep. Scope: {scope}.\n", md(g))?;
    } else {
        writeln!(o, "Scope: {scope}.\n")?;
    }
    writeln!(
        o,
        "Every statement cites its documents: \\[n\\] is source n in the list at the end. Quotes are the articles' words; nothing here is judged true or false.\n"
    )?;

    let s = &r.summary;
    writeln!(o, "## Summary\n")?;
    writeln!(
        o,
        "- {} documents from {} outlets, {} to {}",
        s.documents,
        s.outlets,
        date(&s.first_date),
        date(&s.last_date)
    )?;
    writeln!(
        o,
        "- {} actors; {} events ({} asserted, {} claimed, expected or denied)",
        s.actors,
        s.events,
        s.asserted_events,
        s.events - s.asserted_events
    )?;
    writeln!(o, "- {} claims, {} of them denials", s.claims, s.denials)?;
    writeln!(
        o,
        "- {} disputed propositions (contradictions); {} storylines, {} across outlet alignments\n",
        s.disputes, s.storylines, s.cross_alignment
    )?;

    if let Some(n) = &r.new_since {
        writeln!(o, "## What is new since the last report\n")?;
        writeln!(
            o,
            "The previous report ran at {} ({}).\n",
            md(&n.previous_at),
            md(&n.previous_filters)
        )?;
        if n.documents.is_empty() {
            writeln!(o, "Nothing new: no document arrived since then.\n")?;
        } else {
            writeln!(
                o,
                "- {} new documents: {}",
                n.documents.len(),
                cites(&n.documents)
            )?;
            writeln!(o, "- {} disputes involve a new document\n", n.disputes)?;
            if !n.events.is_empty() {
                writeln!(o, "New events:\n")?;
                for e in &n.events {
                    writeln!(o, "{}", event_line(e))?;
                }
                writeln!(o)?;
            }
            if !n.claims.is_empty() {
                writeln!(o, "New claims:\n")?;
                for c in &n.claims {
                    writeln!(o, "- {}", claim_line(c))?;
                }
                writeln!(o)?;
            }
        }
    }

    writeln!(o, "## Key actors and how they relate\n")?;
    if r.actors.is_empty() {
        writeln!(o, "No actors.\n")?;
    } else {
        writeln!(o, "| Actor | Kind | Documents | Mentions | Sources |")?;
        writeln!(o, "| --- | --- | ---: | ---: | --- |")?;
        for a in &r.actors {
            writeln!(
                o,
                "| {} (`{}`) | {} | {} | {} | {} |",
                md(&a.name),
                md(&a.id).replace('`', ""),
                md(&a.kind),
                a.documents,
                a.mentions,
                cites(&a.cites)
            )?;
        }
        writeln!(o)?;
    }
    if !r.relations.is_empty() {
        writeln!(o, "How they relate ({}):\n", md(&r.relations_from))?;
        writeln!(o, "| From | Relation | To | Evidence | Dates | Sources |")?;
        writeln!(o, "| --- | --- | --- | ---: | --- | --- |")?;
        for l in &r.relations {
            let dates = match (&l.first, &l.last) {
                (Some(a), Some(b)) if a != b => format!("{} – {}", md(a), md(b)),
                (Some(a), _) => md(a),
                _ => "undated".to_string(),
            };
            writeln!(
                o,
                "| {} | {} | {} | {} | {dates} | {} |",
                md(&l.from),
                md(&l.kind),
                md(&l.to),
                l.count,
                cites(&l.cites)
            )?;
        }
        writeln!(o)?;
    }

    writeln!(o, "## What happened: timeline\n")?;
    writeln!(o, "### Reported as fact (asserted)\n")?;
    if r.happened.is_empty() {
        writeln!(o, "None.\n")?;
    }
    for e in &r.happened {
        writeln!(o, "{}", event_line(e))?;
    }
    writeln!(
        o,
        "\n### Claimed, expected, hypothetical or denied (not established)\n"
    )?;
    if r.reported.is_empty() {
        writeln!(o, "None.\n")?;
    }
    for e in &r.reported {
        writeln!(o, "{}", event_line(e))?;
    }
    if r.timeline_more > 0 {
        writeln!(
            o,
            "\n({} more events not listed; narrow the report with --since, --until or --actor.)",
            r.timeline_more
        )?;
    }
    writeln!(o)?;

    writeln!(o, "## Disputed claims and contradictions\n")?;
    if r.disputes.is_empty() {
        writeln!(o, "No contradictions found.\n")?;
    }
    for (i, d) in r.disputes.iter().enumerate() {
        let kind = if d.reversal {
            " (a reversal: the same party on both sides)"
        } else {
            ""
        };
        writeln!(
            o,
            "### {}. About: {}{kind}\n",
            i + 1,
            md(&d.topic.join(", "))
        )?;
        for c in &d.affirm {
            writeln!(o, "- **Affirms:** {}", claim_line(c))?;
        }
        for c in &d.deny {
            writeln!(o, "- **Denies or disputes:** {}", claim_line(c))?;
        }
        writeln!(o)?;
    }
    if !r.corroborated.is_empty() {
        writeln!(o, "### Reported by several outlets, uncontested\n")?;
        for c in &r.corroborated {
            writeln!(o, "- About {}:", md(&c.topic.join(", ")))?;
            for cl in &c.claims {
                writeln!(o, "  - {}", claim_line(cl))?;
            }
        }
        writeln!(o)?;
    }

    writeln!(o, "## Who claims what\n")?;
    if r.claims.is_empty() {
        writeln!(o, "No claims.\n")?;
    }
    for sc in &r.claims {
        writeln!(o, "### {}\n", md(&sc.speaker))?;
        for c in &sc.claims {
            writeln!(o, "- {}", claim_line(c))?;
        }
        if sc.more > 0 {
            writeln!(o, "- … and {} more", sc.more)?;
        }
        writeln!(o)?;
    }
    if r.claims_more > 0 {
        writeln!(o, "({} more speakers not listed.)\n", r.claims_more)?;
    }

    writeln!(o, "## How outlets frame it\n")?;
    writeln!(
        o,
        "Measured, not judged: loaded terms by category (from data/lexicons/framing.tsv), the mean share of opinion sentences and of attributed sentences, and whose voices each outlet quotes.\n"
    )?;
    if !r.framing.is_empty() {
        writeln!(
            o,
            "| Outlet | Alignment | Documents | Opinion | Attributed | Loaded terms | Voices | Sources |"
        )?;
        writeln!(o, "| --- | --- | ---: | ---: | ---: | --- | --- | --- |")?;
        for f in &r.framing {
            let loaded: Vec<String> = f
                .loaded
                .iter()
                .map(|(cat, terms)| {
                    let t: Vec<String> = terms
                        .iter()
                        .map(|(t, n)| format!("{} ×{n}", md(t)))
                        .collect();
                    format!("{}: {}", md(cat), t.join(", "))
                })
                .collect();
            let voices: Vec<String> = f
                .voices
                .iter()
                .map(|(v, n)| format!("{} ({n})", md(v)))
                .collect();
            writeln!(
                o,
                "| {} | {} | {} | {:.0}% | {:.0}% | {} | {} | {} |",
                md(&f.outlet),
                f.alignment.as_deref().map(md).unwrap_or_else(|| "—".into()),
                f.documents,
                f.opinion_share * 100.0,
                f.attributed_share * 100.0,
                if loaded.is_empty() {
                    "—".to_string()
                } else {
                    loaded.join("; ")
                },
                if voices.is_empty() {
                    "—".to_string()
                } else {
                    voices.join(", ")
                },
                cites(&f.cites)
            )?;
        }
        writeln!(o)?;
    }

    writeln!(o, "## Storylines and who reported first\n")?;
    writeln!(o, "Stories: {}.\n", md(&r.storylines_from))?;
    if r.storylines.is_empty() {
        writeln!(o, "No story was reported by more than one document.\n")?;
    }
    for s in &r.storylines {
        writeln!(o, "- {}", markup::storyline::<Md>(s, &r.sources))?;
    }
    writeln!(o)?;

    writeln!(o, "## Cross-alignment stories\n")?;
    let cross: Vec<&Storyline> = r
        .storylines
        .iter()
        .filter(|s| s.cross_alignment())
        .collect();
    if cross.is_empty() {
        if r.sources.iter().all(|s| s.alignment.is_none()) {
            writeln!(
                o,
                "No outlet alignments are known to this report's story builder, so no story can be placed across alignments.\n"
            )?;
        } else {
            writeln!(o, "No story was reported across outlet alignments.\n")?;
        }
    }
    for s in cross {
        writeln!(o, "- {}", markup::storyline::<Md>(s, &r.sources))?;
        for (al, outlets) in &s.sides {
            writeln!(
                o,
                "  - {}: {}",
                md(al),
                outlets.iter().map(|x| md(x)).collect::<Vec<_>>().join(", ")
            )?;
        }
    }
    writeln!(o)?;

    if !r.notes.is_empty() {
        writeln!(o, "## Notes\n")?;
        for n in &r.notes {
            writeln!(o, "- {}", md(n))?;
        }
        writeln!(o)?;
    }

    writeln!(o, "## Sources\n")?;
    for s in &r.sources {
        writeln!(
            o,
            "{}. {}, {} — {} — {}",
            s.n,
            s.outlet
                .as_deref()
                .map(md)
                .unwrap_or_else(|| "no outlet".into()),
            date(&s.published),
            s.title
                .as_deref()
                .map(md)
                .unwrap_or_else(|| "untitled".into()),
            md(&s.uri)
        )?;
    }
    Ok(())
}
