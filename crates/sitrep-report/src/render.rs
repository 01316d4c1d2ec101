//! The report's one walk through its sections, shared by the Markdown and
//! HTML renderers. What to say, in which order and with which citations is
//! decided here once; a [`Layout`] only decides how a heading, a paragraph,
//! a list, a table or an inline piece is marked up. So the two formats
//! cannot drift apart: a section added here appears in both.
//!
//! Every string a `Layout` block method receives is already escaped for its
//! format (built from [`Markup::text`] and the inline methods), except where
//! a parameter says it is raw.

use crate::markup::{self, Markup};
use crate::model::*;

/// How one output format lays out blocks, on top of its inline [`Markup`].
pub(crate) trait Layout: Markup {
    /// The start of the output: `title` is raw text.
    fn begin(o: &mut String, title: &str);
    /// A table of contents, for formats that have one; `(anchor, label)`.
    fn contents(_o: &mut String, _toc: &[(&str, &str)]) {}
    /// The end of the output.
    fn end(o: &mut String);
    /// A top-level section; `id` and `title` are the program's own words.
    fn section(o: &mut String, id: &str, title: &str);
    /// A heading inside a section.
    fn subsection(o: &mut String, escaped: &str);
    /// A paragraph of body text.
    fn para(o: &mut String, escaped: &str);
    /// A paragraph about the report itself (scope, sources, omissions).
    fn note(o: &mut String, escaped: &str);
    /// A bulleted list; each item may have sub-items.
    fn list(o: &mut String, items: &[Item]);
    /// A table; `numeric` columns are right-aligned.
    fn table(o: &mut String, columns: &[Column], rows: &[Vec<String>]);
    /// One side of a dispute (`affirms` or denies): its label and the claim.
    fn side(o: &mut String, affirms: bool, label: &str, claim: &str);
    /// The numbered source list.
    fn sources(o: &mut String, sources: &[(usize, String)]);
    /// Quoted article words (already escaped).
    fn quote(escaped: &str) -> String;
    /// Secondary text such as dates and bylines (already escaped).
    fn meta(escaped: &str) -> String;
    /// A modality or hedging tag (already escaped).
    fn modality(escaped: &str) -> String;
    /// An identifier set as code: `raw` is escaped by the layout.
    fn code(raw: &str) -> String;
    /// Emphasised text (already escaped).
    fn emphasis(escaped: &str) -> String;
    /// A document's address: `raw` is escaped, and linked where safe.
    fn address(raw: &str) -> String;
}

/// A list item with its sub-items.
pub(crate) struct Item {
    pub text: String,
    pub sub: Vec<String>,
}

impl Item {
    fn plain(text: String) -> Item {
        Item {
            text,
            sub: Vec::new(),
        }
    }
}

/// A table column: its heading and whether it holds numbers.
pub(crate) struct Column {
    pub heading: &'static str,
    pub numeric: bool,
}

const fn col(heading: &'static str) -> Column {
    Column {
        heading,
        numeric: false,
    }
}

const fn num(heading: &'static str) -> Column {
    Column {
        heading,
        numeric: true,
    }
}

fn via<L: Layout>(c: &ClaimItem) -> String {
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
            format!("{r} {}", L::text(who))
        })
        .collect();
    format!(" ({})", parts.join("; "))
}

fn outlet<L: Layout>(o: &Option<String>) -> String {
    o.as_deref()
        .map(L::text)
        .unwrap_or_else(|| "no outlet".into())
}

/// A claim: speaker, stance, quoted content, reporting chain, outlet, date.
fn claim<L: Layout>(c: &ClaimItem) -> String {
    let denial = if c.denies { " (denial)" } else { "" };
    let hedge = if c.hedged {
        format!(" {}", L::modality("hedged"))
    } else {
        String::new()
    };
    format!(
        "{}{denial}{hedge}: {}{} {} {}",
        L::bold(&L::text(&c.speaker)),
        L::quote(&L::text(&c.content)),
        via::<L>(c),
        L::meta(&format!(
            "— {}, {}",
            outlet::<L>(&c.outlet),
            markup::date::<L>(&c.date)
        )),
        markup::cites::<L>(&[c.cite])
    )
}

/// A timeline entry: date, type, who → whom, modality, quoted words.
fn event<L: Layout>(e: &TimelineItem) -> String {
    let who = if e.source.is_empty() && e.target.is_empty() {
        String::new()
    } else {
        format!(
            " {} → {}",
            markup::names::<L>(&e.source),
            markup::names::<L>(&e.target)
        )
    };
    let mut tag = String::new();
    if e.modality != "asserted" {
        tag = format!(" {}", L::modality(&L::text(&e.modality)));
    }
    if let Some(a) = &e.according_to {
        tag += &format!(" {}", L::meta(&format!("(according to {})", L::text(a))));
    }
    format!(
        "{} — {}{who}{tag}: {} {}",
        L::meta(&markup::date::<L>(&e.date)),
        L::bold(&L::text(&e.event_type)),
        L::quote(&L::text(&e.quote)),
        markup::cites::<L>(&[e.cite])
    )
}

fn events<L: Layout>(o: &mut String, items: &[TimelineItem]) {
    let items: Vec<Item> = items.iter().map(|e| Item::plain(event::<L>(e))).collect();
    L::list(o, &items);
}

fn claim_items<L: Layout>(items: &[ClaimItem]) -> Vec<Item> {
    items.iter().map(|c| Item::plain(claim::<L>(c))).collect()
}

/// Renders `r` in layout `L`.
pub(crate) fn write_report<L: Layout>(r: &Report, o: &mut String) {
    L::begin(o, &r.title);
    scope::<L>(r, o);
    summary::<L>(r, o);
    if let Some(n) = &r.new_since {
        new_since::<L>(n, o);
    }
    actors::<L>(r, o);
    timeline::<L>(r, o);
    disputes::<L>(r, o);
    who_claims::<L>(r, o);
    framing::<L>(r, o);
    storylines::<L>(r, o);
    if !r.notes.is_empty() {
        L::section(o, "notes", "Notes");
        let items: Vec<Item> = r.notes.iter().map(|n| Item::plain(L::text(n))).collect();
        L::list(o, &items);
    }
    L::section(o, "sources", "Sources");
    let sources: Vec<(usize, String)> = r
        .sources
        .iter()
        .map(|s| {
            let title = s
                .title
                .as_deref()
                .map(L::text)
                .unwrap_or_else(|| "untitled".into());
            let line = format!(
                "{}, {} — {title} — {}",
                outlet::<L>(&s.outlet),
                markup::date::<L>(&s.published),
                L::address(&s.uri)
            );
            (s.n, line)
        })
        .collect();
    L::sources(o, &sources);
    L::end(o);
}

fn scope<L: Layout>(r: &Report, o: &mut String) {
    let mut scope = Vec::new();
    if let Some(s) = &r.scope.since {
        scope.push(format!("since {}", L::text(s)));
    }
    if let Some(u) = &r.scope.until {
        scope.push(format!("until {}", L::text(u)));
    }
    if let Some((a, ids)) = &r.scope.actor {
        scope.push(format!(
            "mentioning {} ({})",
            L::text(a),
            L::text(&ids.join(", "))
        ));
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
        .map(|g| format!("Generated {} by sitrep. ", L::text(g)))
        .unwrap_or_default();
    L::note(
        o,
        &format!(
            "{generated}Scope: {scope}. Every statement cites its documents: {} is source n in the list at the end. Quotes are the articles' words; nothing here is judged true or false.",
            L::text("[n]")
        ),
    );
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
    ]);
    if !r.notes.is_empty() {
        toc.push(("notes", "Notes"));
    }
    toc.push(("sources", "Sources"));
    L::contents(o, &toc);
}

fn summary<L: Layout>(r: &Report, o: &mut String) {
    let s = &r.summary;
    L::section(o, "summary", "Summary");
    let date = markup::date::<L>;
    let items = [
        format!(
            "{} documents from {} outlets, {} to {}",
            s.documents,
            s.outlets,
            date(&s.first_date),
            date(&s.last_date)
        ),
        format!(
            "{} actors; {} events ({} asserted, {} claimed, expected or denied)",
            s.actors,
            s.events,
            s.asserted_events,
            s.events - s.asserted_events
        ),
        format!("{} claims, {} of them denials", s.claims, s.denials),
        format!(
            "{} disputed propositions (contradictions); {} storylines, {} across outlet alignments",
            s.disputes, s.storylines, s.cross_alignment
        ),
    ];
    L::list(o, &items.map(Item::plain));
}

fn new_since<L: Layout>(n: &NewSince, o: &mut String) {
    L::section(o, "new", "What is new since the last report");
    L::note(
        o,
        &format!(
            "The previous report ran at {} ({}).",
            L::text(&n.previous_at),
            L::text(&n.previous_filters)
        ),
    );
    if n.documents.is_empty() {
        L::para(o, "Nothing new: no document arrived since then.");
        return;
    }
    L::list(
        o,
        &[
            Item::plain(format!(
                "{} new documents: {}",
                n.documents.len(),
                markup::cites::<L>(&n.documents)
            )),
            Item::plain(format!("{} disputes involve a new document", n.disputes)),
        ],
    );
    if !n.events.is_empty() {
        L::subsection(o, "New events");
        events::<L>(o, &n.events);
    }
    if !n.claims.is_empty() {
        L::subsection(o, "New claims");
        let items = claim_items::<L>(&n.claims);
        L::list(o, &items);
    }
}

fn actors<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "actors", "Key actors and how they relate");
    if r.actors.is_empty() {
        L::para(o, "No actors.");
    } else {
        let rows: Vec<Vec<String>> = r
            .actors
            .iter()
            .map(|a| {
                vec![
                    format!("{} {}", L::text(&a.name), L::code(&a.id)),
                    L::text(&a.kind),
                    a.documents.to_string(),
                    a.mentions.to_string(),
                    markup::cites::<L>(&a.cites),
                ]
            })
            .collect();
        L::table(
            o,
            &[
                col("Actor"),
                col("Kind"),
                num("Documents"),
                num("Mentions"),
                col("Sources"),
            ],
            &rows,
        );
    }
    if r.relations.is_empty() {
        return;
    }
    L::note(
        o,
        &format!("How they relate ({}):", L::text(&r.relations_from)),
    );
    let rows: Vec<Vec<String>> = r
        .relations
        .iter()
        .map(|l| {
            let dates = match (&l.first, &l.last) {
                (Some(a), Some(b)) if a != b => format!("{} – {}", L::text(a), L::text(b)),
                (Some(a), _) => L::text(a),
                _ => "undated".to_string(),
            };
            vec![
                L::text(&l.from),
                L::text(&l.kind),
                L::text(&l.to),
                l.count.to_string(),
                dates,
                markup::cites::<L>(&l.cites),
            ]
        })
        .collect();
    L::table(
        o,
        &[
            col("From"),
            col("Relation"),
            col("To"),
            num("Evidence"),
            col("Dates"),
            col("Sources"),
        ],
        &rows,
    );
}

fn timeline<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "timeline", "What happened: timeline");
    L::subsection(o, "Reported as fact (asserted)");
    if r.happened.is_empty() {
        L::para(o, "None.");
    } else {
        events::<L>(o, &r.happened);
    }
    L::subsection(
        o,
        "Claimed, expected, hypothetical or denied (not established)",
    );
    if r.reported.is_empty() {
        L::para(o, "None.");
    } else {
        events::<L>(o, &r.reported);
    }
    if r.timeline_more > 0 {
        L::note(
            o,
            &format!(
                "{} more events not listed; narrow the report with --since, --until or --actor.",
                r.timeline_more
            ),
        );
    }
}

fn disputes<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "disputes", "Disputed claims and contradictions");
    if r.disputes.is_empty() {
        L::para(o, "No contradictions found.");
    }
    for (i, d) in r.disputes.iter().enumerate() {
        let kind = if d.reversal {
            " (a reversal: the same party on both sides)"
        } else {
            ""
        };
        L::subsection(
            o,
            &format!("{}. About: {}{kind}", i + 1, L::text(&d.topic.join(", "))),
        );
        for c in &d.affirm {
            L::side(o, true, "Affirms", &claim::<L>(c));
        }
        for c in &d.deny {
            L::side(o, false, "Denies or disputes", &claim::<L>(c));
        }
    }
    if !r.corroborated.is_empty() {
        L::subsection(o, "Reported by several outlets, uncontested");
        let items: Vec<Item> = r
            .corroborated
            .iter()
            .map(|c| Item {
                text: format!("About {}:", L::text(&c.topic.join(", "))),
                sub: c.claims.iter().map(claim::<L>).collect(),
            })
            .collect();
        L::list(o, &items);
    }
}

fn who_claims<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "claims", "Who claims what");
    if r.claims.is_empty() {
        L::para(o, "No claims.");
    }
    for sc in &r.claims {
        L::subsection(o, &L::text(&sc.speaker));
        let mut items = claim_items::<L>(&sc.claims);
        if sc.more > 0 {
            items.push(Item::plain(L::meta(&format!("… and {} more", sc.more))));
        }
        L::list(o, &items);
    }
    if r.claims_more > 0 {
        L::note(o, &format!("{} more speakers not listed.", r.claims_more));
    }
}

fn framing<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "framing", "How outlets frame it");
    L::note(
        o,
        "Measured, not judged: loaded terms by category (from data/lexicons/framing.tsv), the mean share of opinion sentences and of attributed sentences, and whose voices each outlet quotes.",
    );
    if r.framing.is_empty() {
        return;
    }
    let none = || "—".to_string();
    let rows: Vec<Vec<String>> = r
        .framing
        .iter()
        .map(|f| {
            let loaded: Vec<String> = f
                .loaded
                .iter()
                .map(|(cat, terms)| {
                    let t: Vec<String> = terms
                        .iter()
                        .map(|(t, n)| format!("{} ×{n}", L::text(t)))
                        .collect();
                    format!("{}: {}", L::emphasis(&L::text(cat)), t.join(", "))
                })
                .collect();
            let voices: Vec<String> = f
                .voices
                .iter()
                .map(|(v, n)| format!("{} ({n})", L::text(v)))
                .collect();
            vec![
                L::text(&f.outlet),
                f.alignment.as_deref().map(L::text).unwrap_or_else(none),
                f.documents.to_string(),
                format!("{:.0}%", f.opinion_share * 100.0),
                format!("{:.0}%", f.attributed_share * 100.0),
                if loaded.is_empty() {
                    none()
                } else {
                    loaded.join("; ")
                },
                if voices.is_empty() {
                    none()
                } else {
                    voices.join(", ")
                },
                markup::cites::<L>(&f.cites),
            ]
        })
        .collect();
    L::table(
        o,
        &[
            col("Outlet"),
            col("Alignment"),
            num("Documents"),
            num("Opinion"),
            num("Attributed"),
            col("Loaded terms"),
            col("Voices"),
            col("Sources"),
        ],
        &rows,
    );
}

fn storylines<L: Layout>(r: &Report, o: &mut String) {
    L::section(o, "stories", "Storylines and who reported first");
    L::note(o, &format!("Stories: {}.", L::text(&r.storylines_from)));
    if r.storylines.is_empty() {
        L::para(o, "No story was reported by more than one document.");
    } else {
        let items: Vec<Item> = r
            .storylines
            .iter()
            .map(|s| Item::plain(markup::storyline::<L>(s, &r.sources)))
            .collect();
        L::list(o, &items);
    }

    L::section(o, "cross", "Cross-alignment stories");
    let cross: Vec<&Storyline> = r
        .storylines
        .iter()
        .filter(|s| s.cross_alignment())
        .collect();
    if cross.is_empty() {
        if r.sources.iter().all(|s| s.alignment.is_none()) {
            L::para(
                o,
                "No outlet alignments are known to this report's story builder, so no story can be placed across alignments.",
            );
        } else {
            L::para(o, "No story was reported across outlet alignments.");
        }
        return;
    }
    let items: Vec<Item> = cross
        .iter()
        .map(|s| Item {
            text: markup::storyline::<L>(s, &r.sources),
            sub: s
                .sides
                .iter()
                .map(|(al, outlets)| {
                    format!(
                        "{}: {}",
                        L::text(al),
                        outlets
                            .iter()
                            .map(|x| L::text(x))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })
                .collect(),
        })
        .collect();
    L::list(o, &items);
}
