//! Precision by agreement: a paragraph of the main extractor's output is kept when a second,
//! independent extractor (`dom_smoothie`, a Readability port) also found it.
//!
//! The two algorithms fail differently — trafilatura-style extraction tends to take in trailing
//! "related articles" lists, tag clouds and credits, Readability tends to drop short paragraphs —
//! so keeping what both agree on removes boilerplate at little cost in recall. Measured on both
//! gold sets (docs/log/evaluation-sessions-1-51.md). When the second extractor finds next to
//! nothing, or agreement would throw away most of the text, the main output is kept unchanged.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Below this many words the second opinion is not worth having.
const MIN_OTHER_WORDS: usize = 50;
/// Share of a paragraph's 4-word shingles the other output must contain.
const MIN_SHARED: f64 = 0.3;
/// If agreement keeps fewer than this share of the words, keep everything instead.
const MIN_KEPT: f64 = 0.3;
/// Bytes of the other output that substring tests may scan, per page.
const SCAN_BUDGET: usize = 64 << 20;

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn gram_hash(gram: &[&str]) -> u64 {
    let mut h = DefaultHasher::new();
    gram.hash(&mut h);
    h.finish()
}

fn shingle_hashes(words: &[&str]) -> Vec<u64> {
    words.windows(4).map(gram_hash).collect()
}

/// `text`: paragraphs separated by blank lines. `other`: the second extractor's plain text.
pub(crate) fn keep_agreed(text: &str, other: &str) -> String {
    let other_words = words(other);
    if other_words.len() < MIN_OTHER_WORDS {
        return text.to_owned();
    }
    // Every run of 1 to 4 words of the other output: a paragraph agrees when it is such a run
    // (fewer than 4 words) or shares enough of its 4-word shingles. Linear in both texts.
    let mut other_grams: HashSet<u64> = HashSet::with_capacity(other_words.len() * 4);
    for n in 1..=4 {
        other_grams.extend(other_words.windows(n).map(gram_hash));
    }
    let other_flat = other.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut scan_budget = SCAN_BUDGET;
    let mut kept = Vec::new();
    let (mut total, mut kept_words) = (0usize, 0usize);
    for para in text.split("\n\n") {
        let w = words(para);
        total += w.len();
        let mut agreed = match w.len() {
            0 => false,
            1..=3 => other_grams.contains(&gram_hash(&w)),
            _ => {
                let s = shingle_hashes(&w);
                s.iter().filter(|h| other_grams.contains(h)).count() as f64
                    >= MIN_SHARED * s.len() as f64
            }
        };
        // The other extractor sometimes runs adjacent blocks together ("HeadlineFirst words"),
        // which hides words from the n-grams; a plain substring test catches those, within a
        // budget that keeps hostile pages linear.
        if !agreed && !w.is_empty() && scan_budget >= other_flat.len() {
            scan_budget -= other_flat.len();
            agreed = other_flat.contains(para);
        }
        if agreed {
            kept_words += w.len();
            kept.push(para);
        }
    }
    if kept.is_empty() || (kept_words as f64) < MIN_KEPT * total as f64 {
        return text.to_owned();
    }
    kept.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_both_found() {
        let body = "The storm reached the coast early on Friday and cut power to many homes. \
                    Crews worked through the night to restore it, officials said on Saturday. "
            .repeat(3);
        let text = format!("{body}\n\nRead more\n\nTen tips for your garden this spring and more from our partner sites");
        let other =
            format!("{body} Another sentence only the second extractor saw, which is fine.");
        assert_eq!(keep_agreed(&text, &other), body);
        // A second opinion with almost nothing in it changes nothing.
        assert_eq!(keep_agreed(&text, "Menu Home"), text);
    }
}
