//! Storylines on the sample corpus (examples/corpus.jsonl), with actors from
//! the real pipeline: the stories it contains, who reported first, and the
//! cross-alignment flags.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::Document;
use sitrep_story::{storylines, StoryDoc, StoryParams, StoryResources, Storylines};
use std::path::Path;
use std::sync::OnceLock;

fn sample() -> &'static Vec<StoryDoc> {
    static DOCS: OnceLock<Vec<StoryDoc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let res = Resources::load(&[]).unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl");
        std::fs::read_to_string(corpus)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
                let doc = Document {
                    uri: s("url").unwrap(),
                    title: s("title"),
                    outlet: s("outlet"),
                    published: s("published"),
                    language: None,
                    text: s("text").unwrap(),
                };
                let r = analyze(doc, &res, Options { with_text: true });
                StoryDoc {
                    id: r.doc.id.clone(),
                    uri: r.doc.uri.clone(),
                    outlet: r.doc.outlet.clone(),
                    published: r.doc.published.clone(),
                    title: r.doc.title.clone(),
                    text: r.doc.text.clone().unwrap(),
                    actors: r.actors.iter().map(|a| a.id.clone()).collect(),
                }
            })
            .collect()
    })
}

fn run() -> Storylines {
    storylines(
        sample(),
        &StoryParams::default(),
        &StoryResources::builtin(),
    )
}

/// The story holding sample article `n` (1-based line number).
fn story_of(s: &Storylines, n: usize) -> &sitrep_story::Story {
    s.stories
        .iter()
        .find(|st| st.members.iter().any(|m| m.doc == n - 1))
        .unwrap()
}

#[test]
fn the_musk_story_is_one_cross_alignment_story_first_reported_by_the_nyt() {
    let s = run();
    let st = story_of(&s, 24);
    let docs: Vec<usize> = st.members.iter().map(|m| m.doc + 1).collect();
    assert_eq!(docs, [24, 25, 26], "{:?}", st.label);
    assert_eq!(st.first().outlet.as_deref(), Some("New York Times"));
    assert_eq!(st.label, "Musk met Iran's UN envoy, Iranian officials say");
    // New York Post the same day (listed after the Times: ingest order
    // breaks the tie), Tasnim two days later.
    let followers: Vec<(&str, Option<i64>)> = st
        .followers()
        .iter()
        .map(|m| (m.outlet.as_deref().unwrap(), m.lag_days))
        .collect();
    assert_eq!(followers, [("New York Post", Some(0)), ("Tasnim", Some(2))]);
    assert!(st.cross_alignment());
    for sp in &st.spread {
        let (iran, other) = if sp.side_a.starts_with("Iranian") {
            (&sp.outlets_a, &sp.outlets_b)
        } else {
            (&sp.outlets_b, &sp.outlets_a)
        };
        assert_eq!(iran, &["Tasnim"]);
        assert!(
            other == &["New York Post"] || other == &["New York Times"],
            "{sp:?}"
        );
    }
    let sides: Vec<&str> = st
        .spread
        .iter()
        .flat_map(|sp| [sp.side_a.as_str(), sp.side_b.as_str()])
        .collect();
    assert!(
        sides.contains(&"US press") && sides.contains(&"US conservative"),
        "{sides:?}"
    );
}

#[test]
fn same_day_reports_from_opposing_outlets_are_flagged() {
    let s = run();
    // The 2015 accord (Reuters, IRNA) and the 2024 strikes on Yemen
    // (Reuters, Press TV) are each one story carried across the divide.
    for (a, b) in [(1, 2), (14, 15)] {
        let st = story_of(&s, a);
        assert!(
            st.members.iter().any(|m| m.doc == b - 1),
            "{a} and {b} apart"
        );
        assert!(st.cross_alignment(), "{}", st.label);
        assert_eq!(st.first().doc, a - 1);
    }
}

#[test]
fn unrelated_articles_stay_apart() {
    let s = run();
    // Months apart, or the same week but different events.
    for (a, b) in [(18, 19), (22, 21), (28, 29), (11, 23), (3, 6), (24, 27)] {
        assert_ne!(
            story_of(&s, a).number,
            story_of(&s, b).number,
            "{a} and {b} joined"
        );
    }
    // Every document is in exactly one story, and stories are in time order.
    let mut seen: Vec<usize> = s
        .stories
        .iter()
        .flat_map(|st| st.members.iter().map(|m| m.doc))
        .collect();
    seen.sort();
    assert_eq!(seen, (0..sample().len()).collect::<Vec<_>>());
    let firsts: Vec<&str> = s
        .stories
        .iter()
        .map(|st| st.first_published.as_deref().unwrap())
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    // The sample corpus holds no copies of one text.
    assert!(s.pairs.is_empty(), "{:?}", s.pairs);
}

#[test]
fn a_syndicated_copy_joins_its_story_even_outside_the_window() {
    let mut docs = sample().clone();
    let orig = docs[23].clone();
    let copy = StoryDoc {
        id: "copy".into(),
        uri: "https://www.tehrantimes.com/news/123/musk".into(),
        outlet: None,
        published: Some("2024-11-30".into()),
        title: Some("Report: Musk, Iravani met".into()),
        text: format!(
            "NEW YORK (AP) — {}\n\nCopyright 2024 The Associated Press. All rights reserved.",
            orig.text
        ),
        actors: orig.actors.clone(),
    };
    docs.push(copy);
    let s = storylines(&docs, &StoryParams::default(), &StoryResources::builtin());
    let n = docs.len();
    assert!(
        s.pairs.iter().any(|p| (p.a, p.b) == (23, n - 1)),
        "{:?}",
        s.pairs
    );
    let st = story_of(&s, 24);
    assert!(st.members.iter().any(|m| m.doc == n - 1));
    // found by its uri's domain in the registry
    let m = st.members.iter().find(|m| m.doc == n - 1).unwrap();
    assert_eq!(m.registry_outlet.as_deref(), Some("Tehran Times"));
    assert_eq!(m.lag_days, Some(16));
    let g = s.groups.iter().find(|g| g.docs == [23, n - 1]).unwrap();
    assert_eq!(g.outlets, ["New York Times", "Tehran Times"]);
    assert!(!g.spread.is_empty());
}
