//! Scoring near-duplicate detection against a labelled set
//! (`examples/neardup/neardup.jsonl`, built by `tools/make_neardup_set.py`).
//!
//! The file is JSON Lines, one document a line:
//! `{"id", "group", "split", "kind", "title", "text", "outlet", "published", "url"}`.
//! Two documents are near-duplicates exactly when they have the same
//! `group` (copies of one source article, however edited); every other pair
//! in a split is a labelled non-duplicate, hard negatives included. Detection
//! runs over all the documents of a split at once (LSH candidates, then
//! verification), as on a real corpus, and every pair it returns is scored.

use crate::neardup::{near_duplicates, NearDupParams};
use crate::text::TextResources;
use crate::StoryDoc;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// One labelled document.
#[derive(Debug, Clone)]
pub struct LabelledDoc {
    pub doc: StoryDoc,
    pub group: String,
    pub split: String,
    /// The edit that made it ("original", "syndicated", "truncated", …).
    pub kind: String,
}

/// Reads a labelled set; errors name the file and line.
pub fn read_labelled(text: &str, source: &str) -> Result<Vec<LabelledDoc>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |reason: String| format!("{source}:{}: {reason}", i + 1);
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| at(format!("not JSON: {e}")))?;
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let need = |k: &str| s(k).ok_or_else(|| at(format!("missing string field `{k}`")));
        out.push(LabelledDoc {
            doc: StoryDoc {
                id: need("id")?,
                uri: s("url").unwrap_or_default(),
                outlet: s("outlet"),
                published: s("published"),
                title: s("title"),
                text: need("text")?,
                actors: Vec::new(),
            },
            group: need("group")?,
            split: need("split")?,
            kind: s("kind").unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Pair counts and scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    pub docs: usize,
    pub labelled_pairs: usize,
    pub positives: usize,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Per edit kind: (found, positive pairs) over pairs with a document of
    /// that kind.
    pub recall_by_kind: BTreeMap<String, (usize, usize)>,
    /// Per edit kind: false-positive pairs with a document of that kind.
    pub false_positives_by_kind: BTreeMap<String, usize>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores detection on the documents of `split` (all splits when `None`).
pub fn score(
    set: &[LabelledDoc],
    split: Option<&str>,
    params: &NearDupParams,
    res: &TextResources,
) -> Score {
    let docs: Vec<&LabelledDoc> = set
        .iter()
        .filter(|d| split.is_none_or(|s| d.split == s))
        .collect();
    let story_docs: Vec<StoryDoc> = docs.iter().map(|d| d.doc.clone()).collect();
    let predicted: HashSet<(usize, usize)> = near_duplicates(&story_docs, params, res)
        .into_iter()
        .map(|p| (p.a, p.b))
        .collect();
    let mut s = Score {
        docs: docs.len(),
        ..Score::default()
    };
    for a in 0..docs.len() {
        for b in a + 1..docs.len() {
            s.labelled_pairs += 1;
            let truth = docs[a].group == docs[b].group;
            let said = predicted.contains(&(a, b));
            let kinds: Vec<&str> = {
                let mut k = vec![docs[a].kind.as_str(), docs[b].kind.as_str()];
                k.dedup();
                k
            };
            if truth {
                s.positives += 1;
                for k in &kinds {
                    let e = s.recall_by_kind.entry(k.to_string()).or_default();
                    e.1 += 1;
                    if said {
                        e.0 += 1;
                    }
                }
            }
            match (truth, said) {
                (true, true) => s.true_positives += 1,
                (true, false) => s.false_negatives += 1,
                (false, true) => {
                    s.false_positives += 1;
                    for k in &kinds {
                        *s.false_positives_by_kind.entry(k.to_string()).or_default() += 1;
                    }
                }
                (false, false) => {}
            }
        }
    }
    s.precision = ratio(s.true_positives, s.true_positives + s.false_positives);
    s.recall = ratio(s.true_positives, s.positives);
    s.f1 = if s.precision + s.recall > 0.0 {
        2.0 * s.precision * s.recall / (s.precision + s.recall)
    } else {
        0.0
    };
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(id: &str, group: &str, text: &str) -> LabelledDoc {
        LabelledDoc {
            doc: StoryDoc {
                id: id.into(),
                text: text.into(),
                ..StoryDoc::default()
            },
            group: group.into(),
            split: "dev".into(),
            kind: if id.ends_with('c') {
                "copy"
            } else {
                "original"
            }
            .into(),
        }
    }

    #[test]
    fn counts_pairs_against_groups() {
        let a = "the quick brown fox jumps over the lazy dog near the river bank today and then runs far away into the dark green forest where nobody can find it again";
        let b = "officials in the capital announced new measures on tuesday to curb rising prices of bread fuel and medicine after weeks of protests across the country";
        let c = "a completely different text about football scores from the weekend league where the home side won three goals to nil in front of a large crowd";
        let set = vec![
            ld("a", "g1", a),
            ld("ac", "g1", &format!("(Reuters) - {a}")),
            ld("b", "g2", b),
            // labelled as a copy of b, but it is not: a false negative
            ld("bc", "g2", c),
        ];
        let s = score(
            &set,
            Some("dev"),
            &NearDupParams::default(),
            &TextResources::builtin(),
        );
        assert_eq!(s.docs, 4);
        assert_eq!(s.labelled_pairs, 6);
        assert_eq!(s.positives, 2);
        assert_eq!(
            (s.true_positives, s.false_positives, s.false_negatives),
            (1, 0, 1)
        );
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        assert_eq!(s.recall_by_kind["copy"], (1, 2));
        assert_eq!(
            score(
                &set,
                Some("test"),
                &NearDupParams::default(),
                &TextResources::builtin()
            )
            .docs,
            0
        );
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let e = read_labelled(
            "{\"id\":\"a\",\"group\":\"g\",\"split\":\"dev\",\"text\":\"x\"}\nnot json\n",
            "set.jsonl",
        )
        .unwrap_err();
        assert!(e.starts_with("set.jsonl:2: not JSON"), "{e}");
        let e = read_labelled(
            "{\"id\":\"a\",\"split\":\"dev\",\"text\":\"x\"}\n",
            "set.jsonl",
        )
        .unwrap_err();
        assert!(
            e.contains("set.jsonl:1: missing string field `group`"),
            "{e}"
        );
    }
}
