//! The claim ledger: claims from many documents grouped by the proposition
//! they make, with contradictions flagged.
//!
//! Two claims are about the same proposition when the content words of
//! their contents (lower-cased, light suffix stripping, function words and
//! negations left out) overlap enough (Jaccard similarity at or above
//! [`SAME_PROPOSITION`]); groups are the connected components of that
//! relation. Each claim has a *polarity*: its stance (assert / deny),
//! flipped once more when the content itself is negated ("said it had not
//! enriched uranium"). A group holding both polarities is contradicted:
//! someone asserts what someone else denies.
//!
//! Deterministic, no I/O, and quadratic only within claims that share a
//! content word (an inverted index keeps unrelated claims apart).

use sitrep_record::{ClaimRecord, Stance};
use std::collections::{BTreeSet, HashMap};

/// Minimum Jaccard similarity of two contents' word sets for the same proposition.
pub const SAME_PROPOSITION: f64 = 0.5;

/// One claim in the ledger: which document and which claim of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRef {
    /// Index of the document in the input slice.
    pub doc: usize,
    /// The claim's id within its document (`c1`, …).
    pub claim: String,
    /// True when the claim affirms its proposition, false when it denies it.
    pub affirms: bool,
}

/// Claims about one proposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimGroup {
    /// Members in input order (document, then claim order).
    pub members: Vec<ClaimRef>,
    /// The content words every member shares.
    pub shared_words: Vec<String>,
    /// Some member affirms and some member denies the proposition.
    pub contradicted: bool,
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "as",
    "than",
    "then",
    "there",
    "here",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "if",
    "so",
    "any",
    "all",
    "also",
    "itself",
    "themselves",
    "such",
    "about",
    "into",
    "over",
    "after",
    "before",
    "said",
    "says",
];

const NEGATIONS: &[&str] = &["not", "no", "never", "none", "nothing", "neither", "nor"];

fn stem(w: &str) -> String {
    let w = w.trim_end_matches("'s");
    for suf in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 4 {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// Content words of a claim's content, and whether the content is negated.
fn words_and_negation(content: &str) -> (BTreeSet<String>, bool) {
    let mut words = BTreeSet::new();
    let mut negated = false;
    for raw in content.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let w = raw.to_lowercase();
        if w.is_empty() {
            continue;
        }
        if NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") {
            negated = !negated;
            continue;
        }
        if w.chars().count() < 3 || FUNCTION_WORDS.contains(&w.as_str()) {
            continue;
        }
        words.insert(stem(&w));
    }
    (words, negated)
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Groups the claims of several documents by proposition. `docs[i]` is the
/// claims of document `i`. Only groups of two or more claims are returned,
/// in the order of their first member.
pub fn group_claims(docs: &[&[ClaimRecord]]) -> Vec<ClaimGroup> {
    let mut items: Vec<(ClaimRef, BTreeSet<String>)> = Vec::new();
    for (d, claims) in docs.iter().enumerate() {
        for c in claims.iter() {
            let (words, negated) = words_and_negation(&c.content.text);
            if words.is_empty() {
                continue;
            }
            let affirms = (c.stance == Stance::Assert) != negated;
            items.push((
                ClaimRef {
                    doc: d,
                    claim: c.id.clone(),
                    affirms,
                },
                words,
            ));
        }
    }
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (_, words)) in items.iter().enumerate() {
        for w in words {
            index.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..items.len()).collect();
    for (i, (_, words)) in items.iter().enumerate() {
        let mut candidates: BTreeSet<usize> = BTreeSet::new();
        for w in words {
            candidates.extend(index[w.as_str()].iter().copied().filter(|&j| j > i));
        }
        for j in candidates {
            let other = &items[j].1;
            let inter = words.intersection(other).count();
            let union = words.len() + other.len() - inter;
            if union > 0 && inter as f64 / union as f64 >= SAME_PROPOSITION {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                if a != b {
                    parent[b.max(a)] = a.min(b);
                }
            }
        }
    }
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..items.len() {
        let r = find(&mut parent, i);
        match slot.get(&r) {
            Some(&g) => groups[g].1.push(i),
            None => {
                slot.insert(r, groups.len());
                groups.push((r, vec![i]));
            }
        }
    }
    groups
        .into_iter()
        .filter(|(_, m)| m.len() >= 2)
        .map(|(_, m)| {
            let mut shared = items[m[0]].1.clone();
            for &i in &m[1..] {
                shared = shared.intersection(&items[i].1).cloned().collect();
            }
            let members: Vec<ClaimRef> = m.iter().map(|&i| items[i].0.clone()).collect();
            let contradicted =
                members.iter().any(|c| c.affirms) && members.iter().any(|c| !c.affirms);
            ClaimGroup {
                members,
                shared_words: shared.into_iter().collect(),
                contradicted,
            }
        })
        .collect()
}
