//! The writers' output parsed back: JSON by serde, GEXF and GraphML by an
//! XML parser, with a hostile actor name from an article.

use quick_xml::events::Event;
use quick_xml::Reader;
use sitrep_graph::{Cut, Edge, EdgeKind, Format, Graph, Node};
use std::collections::HashMap;

const HOSTILE: &str = "<script>&\"' </gexf>\u{1}";

fn sample() -> Graph {
    let node = |id: &str, name: &str, kind: &str, country: Option<&str>| Node {
        id: id.into(),
        name: name.into(),
        kind: kind.into(),
        country: country.map(Into::into),
        docs: 3,
        mentions: 7,
    };
    Graph {
        nodes: vec![
            node("USA", "United States", "country", Some("USA")),
            node("IRN", "Iran", "country", Some("IRN")),
            node("evil-person", HOSTILE, "person", None),
        ],
        edges: vec![
            Edge {
                source: "USA".into(),
                target: "IRN".into(),
                kind: EdgeKind::Event,
                event_type: Some("SANCTION".into()),
                weight: 4,
                evidence: 2,
                first: Some("2025-01-02".into()),
                last: Some("2025-03-04".into()),
                cited: vec!["aa".into(), "bb".into()],
            },
            Edge {
                source: "evil-person".into(),
                target: "USA".into(),
                kind: EdgeKind::ClaimAbout,
                event_type: None,
                weight: 1,
                evidence: 1,
                first: None,
                last: None,
                cited: vec!["cc".into()],
            },
            Edge {
                source: "IRN".into(),
                target: "USA".into(),
                kind: EdgeKind::CoMention,
                event_type: None,
                weight: 3,
                evidence: 3,
                first: Some("2025-01-01".into()),
                last: Some("2025-01-09".into()),
                cited: vec![],
            },
        ],
        truncated: false,
        cut: Cut::default(),
    }
}

fn render(g: &Graph, f: Format) -> String {
    let mut out = Vec::new();
    g.write(f, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// A parsed XML element: name, attributes, text, children.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: HashMap<String, String>,
    text: String,
    children: Vec<El>,
}

impl El {
    fn all<'a>(&'a self, name: &'a str) -> Vec<&'a El> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(e) = stack.pop() {
            if e.name == name {
                out.push(e);
            }
            stack.extend(e.children.iter().rev());
        }
        out
    }
    fn attr(&self, k: &str) -> &str {
        self.attrs.get(k).map(String::as_str).unwrap_or_else(|| {
            panic!("<{}> has no {k}: {:?}", self.name, self.attrs);
        })
    }
}

/// Parses a whole document strictly (mismatched end tags are errors).
fn parse(xml: &str) -> El {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![El::default()];
    let el = |e: &quick_xml::events::BytesStart<'_>| El {
        name: e.name().as_ref().to_string(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    a.key.as_ref().to_string(),
                    a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                        .unwrap()
                        .into_owned(),
                )
            })
            .collect(),
        ..El::default()
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => stack.push(el(&e)),
            Event::Empty(e) => {
                let child = el(&e);
                stack.last_mut().unwrap().children.push(child);
            }
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                stack.last_mut().unwrap().text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let name = r.to_string();
                let s = quick_xml::escape::unescape(&format!("&{name};"))
                    .unwrap()
                    .into_owned();
                stack.last_mut().unwrap().text.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let mut root = stack.pop().unwrap();
    assert_eq!(root.children.len(), 1, "one root element");
    root.children.pop().unwrap()
}

const CLEANED: &str = "<script>&\"' </gexf>\u{FFFD}";

#[test]
fn gexf_declares_attributes_and_escapes_names() {
    let g = sample();
    let text = render(&g, Format::Gexf);
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(!text.contains("<script>"), "raw markup leaked: {text}");
    let root = parse(&text);
    assert_eq!(root.name, "gexf");
    assert_eq!(root.attr("version"), "1.3");
    assert_eq!(root.attr("xmlns"), "http://gexf.net/1.3");
    let graph = &root.all("graph")[0];
    assert_eq!(graph.attr("defaultedgetype"), "directed");

    // Attributes declared for both classes, and every attvalue refers to one.
    let mut declared: HashMap<String, HashMap<String, String>> = HashMap::new();
    for attrs in root.all("attributes") {
        let class = attrs.attr("class").to_string();
        for a in attrs.all("attribute") {
            declared
                .entry(class.clone())
                .or_default()
                .insert(a.attr("id").to_string(), a.attr("title").to_string());
        }
    }
    assert_eq!(declared["node"].len(), 4);
    assert_eq!(declared["edge"].len(), 6);

    let nodes = root.all("node");
    assert_eq!(nodes.len(), 3);
    let evil = nodes
        .iter()
        .find(|n| n.attr("id") == "evil-person")
        .unwrap();
    assert_eq!(evil.attr("label"), CLEANED);
    for n in &nodes {
        for v in n.all("attvalue") {
            assert!(declared["node"].contains_key(v.attr("for")));
        }
    }

    let edges = root.all("edge");
    assert_eq!(edges.len(), 3);
    let sanction = &edges[0];
    assert_eq!(
        (sanction.attr("source"), sanction.attr("target")),
        ("USA", "IRN")
    );
    assert_eq!(sanction.attr("label"), "SANCTION");
    assert_eq!(sanction.attr("kind"), "SANCTION");
    assert_eq!(sanction.attr("weight"), "4");
    let values: HashMap<&str, &str> = sanction
        .all("attvalue")
        .iter()
        .map(|v| (declared["edge"][v.attr("for")].as_str(), v.attr("value")))
        .collect();
    assert_eq!(values["kind"], "event");
    assert_eq!(values["evidence"], "2");
    assert_eq!(values["first"], "2025-01-02");
    assert_eq!(values["last"], "2025-03-04");
    assert_eq!(values["cited"], "aa bb");
    assert_eq!(edges[2].attr("type"), "undirected");
    assert_eq!(edges[2].attr("label"), "co_mention");
    // Every edge end is a node.
    for e in &edges {
        for end in [e.attr("source"), e.attr("target")] {
            assert!(nodes.iter().any(|n| n.attr("id") == end), "{end}");
        }
    }
}

#[test]
fn graphml_declares_keys_and_escapes_names() {
    let g = sample();
    let text = render(&g, Format::Graphml);
    assert!(!text.contains("<script>"), "raw markup leaked: {text}");
    let root = parse(&text);
    assert_eq!(root.name, "graphml");
    let keys: HashMap<&str, &El> = root
        .all("key")
        .into_iter()
        .map(|k| (k.attr("id"), k))
        .collect();
    for data in root.all("data") {
        assert!(keys.contains_key(data.attr("key")), "{}", data.attr("key"));
    }
    assert_eq!(keys["e_weight"].attr("attr.type"), "double");
    assert_eq!(keys["n_name"].attr("for"), "node");
    let nodes = root.all("node");
    let evil = nodes
        .iter()
        .find(|n| n.attr("id") == "evil-person")
        .unwrap();
    let name = evil
        .all("data")
        .into_iter()
        .find(|d| d.attr("key") == "n_name")
        .unwrap();
    assert_eq!(name.text, CLEANED);
    let edges = root.all("edge");
    assert_eq!(edges.len(), 3);
    let data = |e: &El, k: &str| {
        e.all("data")
            .into_iter()
            .find(|d| d.attr("key") == k)
            .map(|d| d.text.clone())
    };
    assert!(edges.iter().all(|e| !e.attrs.contains_key("directed")));
    assert_eq!(data(edges[0], "e_directed").as_deref(), Some("true"));
    assert_eq!(data(edges[2], "e_directed").as_deref(), Some("false"));
    assert_eq!(data(edges[0], "e_type").as_deref(), Some("SANCTION"));
    assert_eq!(data(edges[0], "e_evidence").as_deref(), Some("2"));
    assert_eq!(data(edges[1], "e_type"), None);
    assert_eq!(data(edges[1], "e_kind").as_deref(), Some("claim_about"));
}

#[test]
fn json_round_trips_with_its_schema_tag() {
    let g = sample();
    let text = render(&g, Format::Json);
    assert!(text.ends_with('\n') && text.lines().count() == 1);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema"], "sitrep-graph/1");
    assert_eq!(v["edges"][0]["type"], "SANCTION");
    assert_eq!(v["edges"][1]["kind"], "claim_about");
    assert_eq!(v["edges"][2]["kind"], "co_mention");
    assert_eq!(v["nodes"][2]["name"], HOSTILE);
    let back: Graph = serde_json::from_value(v).unwrap();
    assert_eq!(back, g);
}

#[test]
fn empty_graphs_are_well_formed() {
    let g = Graph::default();
    for f in [Format::Gexf, Format::Graphml] {
        let root = parse(&render(&g, f));
        assert!(root.all("node").is_empty() && root.all("edge").is_empty());
    }
}

#[test]
fn capping_edges_keeps_the_heaviest_and_says_so_in_every_format() {
    let mut g = sample();
    assert!(!g.cap_edges(3), "three edges fit a cap of three");
    assert!(!g.truncated && g.cut.is_empty());
    // Untruncated JSON has no "cut" at all.
    let plain: serde_json::Value = serde_json::from_str(&render(&g, Format::Json)).unwrap();
    assert_eq!(plain["truncated"], false);
    assert!(plain.get("cut").is_none());
    let graphml = parse(&render(&g, Format::Graphml));
    let g_data = |root: &El, k: &str| {
        root.all("data")
            .into_iter()
            .find(|d| d.attr("key") == k)
            .map(|d| d.text.clone())
    };
    assert_eq!(g_data(&graphml, "g_truncated").as_deref(), Some("false"));
    assert_eq!(g_data(&graphml, "g_max_edges"), None);

    assert!(g.cap_edges(2));
    assert_eq!(g.edges.len(), 2);
    // The heaviest two: SANCTION (4) and the co-mention (3), in that order.
    assert_eq!((g.edges[0].weight, g.edges[1].weight), (4, 3));
    assert_eq!(g.edges[1].kind, EdgeKind::CoMention);
    assert!(g.truncated);
    assert_eq!(
        g.cut,
        Cut {
            max_nodes: None,
            max_edges: Some(2)
        }
    );
    g.cut.max_nodes = Some(3);

    let v: serde_json::Value = serde_json::from_str(&render(&g, Format::Json)).unwrap();
    assert_eq!(v["truncated"], true);
    assert_eq!(v["cut"]["max_edges"], 2);
    assert_eq!(v["cut"]["max_nodes"], 3);
    let back: Graph = serde_json::from_value(v).unwrap();
    assert_eq!(back, g);

    let gexf = parse(&render(&g, Format::Gexf));
    let description = &gexf.all("description")[0].text;
    assert!(
        description.contains("Truncated: at most 3 nodes and 2 edges"),
        "{description}"
    );
    assert_eq!(gexf.all("edge").len(), 2);

    let graphml = parse(&render(&g, Format::Graphml));
    let keys: Vec<&str> = graphml.all("key").iter().map(|k| k.attr("id")).collect();
    for data in graphml.all("data") {
        assert!(keys.contains(&data.attr("key")), "{}", data.attr("key"));
    }
    assert_eq!(g_data(&graphml, "g_truncated").as_deref(), Some("true"));
    assert_eq!(g_data(&graphml, "g_max_edges").as_deref(), Some("2"));
    assert_eq!(g_data(&graphml, "g_max_nodes").as_deref(), Some("3"));
}

#[test]
fn ties_under_an_edge_cap_break_by_kind_type_and_ids() {
    let edge = |s: &str, t: &str, kind, ty: Option<&str>| Edge {
        source: s.into(),
        target: t.into(),
        kind,
        event_type: ty.map(Into::into),
        weight: 2,
        evidence: 1,
        first: None,
        last: None,
        cited: vec![],
    };
    let mut g = Graph {
        edges: vec![
            edge("B", "C", EdgeKind::CoMention, None),
            edge("A", "C", EdgeKind::CoMention, None),
            edge("Z", "A", EdgeKind::Event, Some("THREATEN")),
            edge("Z", "A", EdgeKind::Event, Some("ASSAULT")),
            edge("A", "B", EdgeKind::ClaimAbout, None),
        ],
        ..Graph::default()
    };
    assert!(g.cap_edges(4));
    let kept: Vec<(&str, &str)> = g
        .edges
        .iter()
        .map(|e| (e.label(), e.source.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("ASSAULT", "Z"),
            ("THREATEN", "Z"),
            ("claim_about", "A"),
            ("co_mention", "A")
        ]
    );
}
