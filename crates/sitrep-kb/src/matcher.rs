//! Alias matching over a whole text.
//!
//! One ASCII-case-insensitive Aho–Corasick automaton holds every alias; each
//! raw hit is then kept only if it sits on word boundaries and its case is
//! compatible with the alias (see [`case_compatible`]), and the kept hits are
//! reduced to non-overlapping leftmost-longest matches. Doing the case check
//! after matching (rather than building a case-sensitive automaton) lets
//! "The regime" match the alias "the regime" and "IRAN" in a dateline match
//! "Iran" while "us" never matches "US".

use crate::{Alias, AliasKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One alias found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AliasMatch {
    pub start: usize,
    pub end: usize,
    /// Index into [`crate::Kb::aliases`].
    pub alias: usize,
    /// Index into [`crate::Kb::actors`].
    pub actor: usize,
    pub kind: AliasKind,
}

#[derive(Debug)]
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
}

impl Matcher {
    pub(crate) fn new(aliases: &[Alias]) -> Matcher {
        if aliases.is_empty() {
            return Matcher { automaton: None };
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(aliases.iter().map(|a| a.text.as_str()))
            .expect("alias automaton builds");
        Matcher { automaton: Some(automaton) }
    }

    pub(crate) fn find(&self, text: &str, aliases: &[Alias]) -> Vec<AliasMatch> {
        let Some(ac) = &self.automaton else { return Vec::new() };
        let mut hits: Vec<AliasMatch> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (start, end) = (m.start(), m.end());
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            let alias = &aliases[m.pattern().as_usize()];
            if !case_compatible(&alias.text, &text[start..end], alias.kind) {
                continue;
            }
            hits.push(AliasMatch { start, end, alias: m.pattern().as_usize(), actor: alias.actor, kind: alias.kind });
        }
        // Leftmost first; at one start, longest first; at equal spans, the
        // alias listed first in the KB (names before descriptors) wins.
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.alias.cmp(&b.alias)));
        let mut out: Vec<AliasMatch> = Vec::with_capacity(hits.len());
        let mut covered_to = 0usize;
        for h in hits {
            if h.start >= covered_to {
                covered_to = h.end;
                out.push(h);
            }
        }
        out
    }
}

fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    !before.is_some_and(is_word) && !after.is_some_and(is_word)
}

/// Whether `found` (the text) may stand for `alias`.
///
/// Acronyms must match exactly. Otherwise every upper-case letter of the
/// alias must be upper-case in the text (so "us" is not "US" and "turkey" is
/// not "Turkey"), while lower-case alias letters may be capitalized in the
/// text (sentence-initial "The regime", all-caps headlines).
pub fn case_compatible(alias: &str, found: &str, kind: AliasKind) -> bool {
    if kind == AliasKind::Acronym {
        return alias == found;
    }
    alias.chars().zip(found.chars()).all(|(a, f)| !a.is_uppercase() || f.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases(list: &[(&str, AliasKind)]) -> Vec<Alias> {
        list.iter().enumerate().map(|(i, (t, k))| Alias { text: t.to_string(), actor: i, kind: *k }).collect()
    }

    #[test]
    fn longest_match_first_and_case_aware() {
        let al = aliases(&[
            ("US", AliasKind::Acronym),
            ("United States", AliasKind::Name),
            ("United States Navy", AliasKind::Name),
            ("the regime", AliasKind::Descriptor),
            ("Iran", AliasKind::Name),
        ]);
        let m = Matcher::new(&al);
        let text = "The regime told us the United States Navy and the US met IRAN's envoy in Iranian waters.";
        let found: Vec<&str> = m.find(text, &al).iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(found, vec!["The regime", "United States Navy", "US", "IRAN"]);
    }
}
