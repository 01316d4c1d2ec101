//! GEXF 1.3 and GraphML writers. Every value goes through quick-xml's
//! escaping (attributes and text), after characters XML 1.0 cannot carry at
//! all (most C0 controls, lone surrogates cannot occur in a `str`, U+FFFE,
//! U+FFFF) are replaced by U+FFFD: actor names come from articles.

use crate::{Edge, Graph};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;
use std::io::{self, Write};

/// `s` with every character XML 1.0 forbids replaced by U+FFFD.
pub(crate) fn xml_safe(s: &str) -> Cow<'_, str> {
    let bad = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}');
    if s.chars().any(bad) {
        Cow::Owned(
            s.chars()
                .map(|c| if bad(c) { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

struct Xml<'w> {
    w: Writer<&'w mut dyn Write>,
}

impl<'w> Xml<'w> {
    fn new(out: &'w mut dyn Write) -> io::Result<Xml<'w>> {
        let mut w = Writer::new_with_indent(out, b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(Xml { w })
    }

    fn tag<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for (k, v) in attrs {
            start.push_attribute((*k, xml_safe(v).as_ref()));
        }
        start
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Start(Self::tag(name, attrs)))
    }

    fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Empty(Self::tag(name, attrs)))
    }

    fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.open(name, attrs)?;
        let safe = xml_safe(text);
        self.w.write_event(Event::Text(BytesText::new(&safe)))?;
        self.close(name)
    }

    fn finish(self) -> io::Result<()> {
        let out = self.w.into_inner();
        out.write_all(b"\n")?;
        out.flush()
    }
}

/// ". Truncated: at most 200 nodes and 2000 edges (the nearest and
/// heaviest kept)." for a cut graph.
fn truncation_note(g: &Graph) -> String {
    match g.cut.describe() {
        d if d.is_empty() => ". Truncated: some nodes or edges were left out.".to_string(),
        d => format!(". Truncated: {d} (the nearest and heaviest kept)."),
    }
}

/// The citing documents of an edge as one space-separated string.
fn cited(e: &Edge) -> String {
    e.cited.join(" ")
}

const GEXF_NODE_ATTRS: [(&str, &str); 4] = [
    ("kind", "string"),
    ("country", "string"),
    ("documents", "long"),
    ("mentions", "long"),
];

const GEXF_EDGE_ATTRS: [(&str, &str); 6] = [
    ("kind", "string"),
    ("event_type", "string"),
    ("evidence", "long"),
    ("first", "string"),
    ("last", "string"),
    ("cited", "string"),
];

/// GEXF 1.3: a static, mixed graph (`defaultedgetype="directed"`, each
/// co-mention edge `type="undirected"`). Node attributes: kind, country,
/// documents, mentions; edge attributes: kind, event_type, evidence, first,
/// last, cited (space-separated content ids). The edge's label and GEXF
/// `kind` (Gephi's parallel-edge type) are the event type or the edge kind,
/// so parallel edges of different types between two actors stay apart.
pub(crate) fn write_gexf(g: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ],
    )?;
    x.open("meta", &[])?;
    x.text_element("creator", &[], "sitrep")?;
    let mut description = String::from("Actor graph: events (PLOVER), claims about, co-mentions");
    if g.truncated {
        description += &truncation_note(g);
    }
    x.text_element("description", &[], &description)?;
    x.close("meta")?;
    x.open(
        "graph",
        &[("mode", "static"), ("defaultedgetype", "directed")],
    )?;
    for (class, attrs) in [
        ("node", &GEXF_NODE_ATTRS[..]),
        ("edge", &GEXF_EDGE_ATTRS[..]),
    ] {
        x.open("attributes", &[("class", class), ("mode", "static")])?;
        for (i, (title, ty)) in attrs.iter().enumerate() {
            let id = i.to_string();
            x.empty("attribute", &[("id", &id), ("title", title), ("type", ty)])?;
        }
        x.close("attributes")?;
    }
    x.open("nodes", &[("count", &g.nodes.len().to_string())])?;
    for n in &g.nodes {
        x.open("node", &[("id", &n.id), ("label", &n.name)])?;
        x.open("attvalues", &[])?;
        let docs = n.docs.to_string();
        let mentions = n.mentions.to_string();
        let values = [
            Some(n.kind.as_str()),
            n.country.as_deref(),
            Some(docs.as_str()),
            Some(mentions.as_str()),
        ];
        write_attvalues(&mut x, &values)?;
        x.close("attvalues")?;
        x.close("node")?;
    }
    x.close("nodes")?;
    x.open("edges", &[("count", &g.edges.len().to_string())])?;
    for (i, e) in g.edges.iter().enumerate() {
        let id = i.to_string();
        let weight = e.weight.to_string();
        let ty = if e.directed() {
            "directed"
        } else {
            "undirected"
        };
        x.open(
            "edge",
            &[
                ("id", &id),
                ("source", &e.source),
                ("target", &e.target),
                ("type", ty),
                ("kind", e.label()),
                ("label", e.label()),
                ("weight", &weight),
            ],
        )?;
        x.open("attvalues", &[])?;
        let evidence = e.evidence.to_string();
        let cited = cited(e);
        let values = [
            Some(e.kind.as_str()),
            e.event_type.as_deref(),
            Some(evidence.as_str()),
            e.first.as_deref(),
            e.last.as_deref(),
            (!cited.is_empty()).then_some(cited.as_str()),
        ];
        write_attvalues(&mut x, &values)?;
        x.close("attvalues")?;
        x.close("edge")?;
    }
    x.close("edges")?;
    x.close("graph")?;
    x.close("gexf")?;
    x.finish()
}

fn write_attvalues(x: &mut Xml<'_>, values: &[Option<&str>]) -> io::Result<()> {
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            x.empty("attvalue", &[("for", &i.to_string()), ("value", v)])?;
        }
    }
    Ok(())
}

const GRAPHML_KEYS: [(&str, &str, &str, &str); 16] = [
    ("g_truncated", "graph", "truncated", "boolean"),
    ("g_max_nodes", "graph", "max_nodes", "long"),
    ("g_max_edges", "graph", "max_edges", "long"),
    ("n_name", "node", "name", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_docs", "node", "documents", "long"),
    ("n_mentions", "node", "mentions", "long"),
    ("e_kind", "edge", "kind", "string"),
    ("e_type", "edge", "event_type", "string"),
    ("e_weight", "edge", "weight", "double"),
    ("e_evidence", "edge", "evidence", "long"),
    ("e_first", "edge", "first", "string"),
    ("e_last", "edge", "last", "string"),
    ("e_cited", "edge", "cited", "string"),
    ("e_directed", "edge", "directed", "boolean"),
];

/// GraphML: every data key declared (`<key … attr.name attr.type>`), a
/// directed graph whose graph-level data say whether caps cut it
/// (`truncated`, and `max_nodes` / `max_edges` for the caps that did). Co-mention edges (smaller id first) carry the data key
/// `directed` = false rather than the `directed="false"` attribute: most
/// GraphML readers (networkx, igraph) refuse mixed graphs. Node ids are
/// actor ids.
pub(crate) fn write_graphml(g: &Graph, out: &mut dyn Write) -> io::Result<()> {
    let mut x = Xml::new(out)?;
    x.open(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns \
                 http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ],
    )?;
    for (id, domain, name, ty) in GRAPHML_KEYS {
        x.empty(
            "key",
            &[
                ("id", id),
                ("for", domain),
                ("attr.name", name),
                ("attr.type", ty),
            ],
        )?;
    }
    x.open("graph", &[("id", "sitrep"), ("edgedefault", "directed")])?;
    // Whether caps cut the graph, and which (graph-level data).
    let truncated = if g.truncated { "true" } else { "false" };
    x.text_element("data", &[("key", "g_truncated")], truncated)?;
    if let Some(n) = g.cut.max_nodes {
        x.text_element("data", &[("key", "g_max_nodes")], &n.to_string())?;
    }
    if let Some(n) = g.cut.max_edges {
        x.text_element("data", &[("key", "g_max_edges")], &n.to_string())?;
    }
    for n in &g.nodes {
        x.open("node", &[("id", &n.id)])?;
        x.text_element("data", &[("key", "n_name")], &n.name)?;
        x.text_element("data", &[("key", "n_kind")], &n.kind)?;
        if let Some(c) = &n.country {
            x.text_element("data", &[("key", "n_country")], c)?;
        }
        x.text_element("data", &[("key", "n_docs")], &n.docs.to_string())?;
        x.text_element("data", &[("key", "n_mentions")], &n.mentions.to_string())?;
        x.close("node")?;
    }
    for (i, e) in g.edges.iter().enumerate() {
        let id = format!("e{i}");
        let directed = if e.directed() { "true" } else { "false" };
        x.open(
            "edge",
            &[("id", &id), ("source", &e.source), ("target", &e.target)],
        )?;
        x.text_element("data", &[("key", "e_kind")], e.kind.as_str())?;
        if let Some(t) = &e.event_type {
            x.text_element("data", &[("key", "e_type")], t)?;
        }
        x.text_element("data", &[("key", "e_weight")], &e.weight.to_string())?;
        x.text_element("data", &[("key", "e_evidence")], &e.evidence.to_string())?;
        if let Some(d) = &e.first {
            x.text_element("data", &[("key", "e_first")], d)?;
        }
        if let Some(d) = &e.last {
            x.text_element("data", &[("key", "e_last")], d)?;
        }
        if !e.cited.is_empty() {
            x.text_element("data", &[("key", "e_cited")], &cited(e))?;
        }
        x.text_element("data", &[("key", "e_directed")], directed)?;
        x.close("edge")?;
    }
    x.close("graph")?;
    x.close("graphml")?;
    x.finish()
}

#[cfg(test)]
mod tests {
    use super::xml_safe;

    #[test]
    fn forbidden_characters_are_replaced() {
        assert_eq!(xml_safe("a\u{1}b\tc\u{FFFF}"), "a\u{FFFD}b\tc\u{FFFD}");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
