//! Near-duplicate detection on constructed edits of sample articles.

use sitrep_story::{duplicate_groups, near_duplicates, NearDupParams, StoryDoc, TextResources};
use std::path::Path;

fn sample_texts() -> Vec<(String, String)> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl");
    std::fs::read_to_string(corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["title"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn doc(id: &str, title: &str, text: &str) -> StoryDoc {
    StoryDoc {
        id: id.into(),
        uri: format!("https://example.org/{id}"),
        title: Some(title.into()),
        text: text.into(),
        ..StoryDoc::default()
    }
}

fn dup(a: &StoryDoc, b: &StoryDoc) -> bool {
    let pairs = near_duplicates(
        &[a.clone(), b.clone()],
        &NearDupParams::default(),
        &TextResources::builtin(),
    );
    assert!(pairs
        .iter()
        .all(|p| p.a == 0 && p.b == 1 && p.similarity > 0.0));
    !pairs.is_empty()
}

#[test]
fn realistic_copies_are_near_duplicates() {
    let texts = sample_texts();
    let (title, text) = &texts[23];
    let orig = doc("orig", title, text);
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    // syndication header, byline and footer, another title
    let syndicated = doc(
        "synd",
        "Report: Musk and Iran's envoy held talks",
        &format!(
            "By Staff Writer, Example Wire\nNEW YORK, Nov 14 (Reuters) - {text}\n\n\
             Reporting by A. Reporter; Editing by B. Editor\n\n\
             © 2024 Example Wire. All rights reserved."
        ),
    );
    // the first half of the article
    let truncated = doc(
        "trunc",
        title,
        &paragraphs[..paragraphs.len().div_ceil(2)].join("\n\n"),
    );
    // light rewrite: a few words swapped, one paragraph dropped, two swapped
    let mut p2: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    if p2.len() > 3 {
        p2.remove(p2.len() - 2);
        p2.swap(1, 2);
    }
    let rewritten = doc(
        "rewrite",
        "A different headline",
        &p2.join("\n\n")
            .replace(" said ", " stated ")
            .replace(" met ", " held talks with ")
            .replace("meeting", "encounter"),
    );
    for copy in [&syndicated, &truncated, &rewritten] {
        assert!(dup(&orig, copy), "{} not found", copy.id);
    }
}

#[test]
fn different_articles_on_the_same_story_are_not() {
    let texts = sample_texts();
    // The Musk story told by three outlets: related, not copies.
    for (a, b) in [(23, 24), (23, 25), (24, 25), (0, 1), (13, 14)] {
        let da = doc("a", &texts[a].0, &texts[a].1);
        let db = doc("b", &texts[b].0, &texts[b].1);
        assert!(!dup(&da, &db), "{} ~ {}", a + 1, b + 1);
    }
    // A shared outlet template (header and footer) does not make two copies.
    let wrap = |t: &str| {
        format!(
            "By Newsroom Staff\nLONDON (Example) — {t}\n\nFollow us on Example for updates.\n\n\
                 Copyright 2024 Example Media. All rights reserved."
        )
    };
    let da = doc("a", "x", &wrap(&texts[4].1));
    let db = doc("b", "x", &wrap(&texts[5].1));
    assert!(!dup(&da, &db));
}

#[test]
fn groups_are_connected_components() {
    let texts = sample_texts();
    let t = &texts[0].1;
    let docs = vec![
        doc("0", "a", t),
        doc("1", "b", &texts[1].1),
        doc("2", "c", &format!("(Reuters) - {t}")),
        doc("3", "d", &texts[2].1),
        doc("4", "e", &format!("{t}\n\nRead more: other stories")),
        doc("5", "f", ""),
    ];
    let pairs = near_duplicates(&docs, &NearDupParams::default(), &TextResources::builtin());
    assert_eq!(
        pairs.iter().map(|p| (p.a, p.b)).collect::<Vec<_>>(),
        [(0, 2), (0, 4), (2, 4)]
    );
    assert!(pairs.iter().all(|p| p.jaccard == 1.0));
    assert_eq!(duplicate_groups(docs.len(), &pairs), vec![vec![0, 2, 4]]);
}

#[test]
fn many_copies_of_one_text_form_one_group() {
    let texts = sample_texts();
    let docs: Vec<StoryDoc> = (0..300)
        .map(|i| doc(&i.to_string(), "t", &texts[7].1))
        .chain(std::iter::once(doc("other", "t", &texts[8].1)))
        .collect();
    let pairs = near_duplicates(&docs, &NearDupParams::default(), &TextResources::builtin());
    let groups = duplicate_groups(docs.len(), &pairs);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0], (0..300).collect::<Vec<_>>());
}
