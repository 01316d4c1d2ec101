//! Alias matching over a whole text.
//!
//! One ASCII-case-insensitive Aho–Corasick automaton holds every alias. It is
//! walked anchored from each position where a word may start; each raw hit
//! is then kept only if it sits on word boundaries and its case is
//! compatible with the alias (see [`case_compatible`]), and the kept hits are
//! reduced to non-overlapping leftmost-longest matches. Doing the case check
//! after matching (rather than building a case-sensitive automaton) lets
//! "The regime" match the alias "the regime" and "IRAN" in a dateline match
//! "Iran" while "us" never matches "US".

use crate::{Alias, AliasKind, RoleMatch, RolePhrase};
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

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

/// States this close to the root get a full transition table: nearly every
/// word start walks through them, so they pay for their memory.
const DENSE_DEPTH: usize = 4;

#[derive(Debug)]
pub(crate) struct Matcher {
    /// Patterns `0..n_aliases` are the aliases, the rest the role phrases.
    automaton: Option<NFA>,
    n_aliases: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reduces hits sorted by (start, longest first, pattern) to leftmost-longest
/// non-overlapping ones.
fn leftmost_longest<T>(hits: Vec<T>, span: impl Fn(&T) -> (usize, usize)) -> Vec<T> {
    let mut out = Vec::with_capacity(hits.len());
    let mut covered_to = 0usize;
    for h in hits {
        let (start, end) = span(&h);
        if start >= covered_to {
            covered_to = end;
            out.push(h);
        }
    }
    out
}

impl Matcher {
    /// One automaton over every alias and every role phrase, so a document
    /// is scanned once for both.
    pub(crate) fn new(aliases: &[Alias], roles: &[RolePhrase]) -> Matcher {
        let n_aliases = aliases.len();
        if aliases.is_empty() && roles.is_empty() {
            return Matcher {
                automaton: None,
                n_aliases,
            };
        }
        // Building only fails past aho-corasick's size limits, far beyond any
        // KB; an unbuildable automaton then matches nothing rather than panic.
        let patterns = || {
            aliases
                .iter()
                .map(|a| a.text.as_str())
                .chain(roles.iter().map(|r| r.phrase.as_str()))
        };
        // A contiguous NFA: with tens of thousands of aliases it is a fraction
        // of a DFA's size. It is walked anchored, from word starts only (see
        // `scan`), so its failure transitions are never taken.
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .dense_depth(DENSE_DEPTH)
            .build(patterns())
            .ok();
        Matcher {
            automaton,
            n_aliases,
        }
    }

    /// Alias and/or role matches in `text`, each list leftmost-longest,
    /// non-overlapping and in text order (the two lists may overlap).
    pub(crate) fn scan(
        &self,
        text: &str,
        aliases: &[Alias],
        roles: &[RolePhrase],
        want_aliases: bool,
        want_roles: bool,
    ) -> (Vec<AliasMatch>, Vec<RoleMatch>) {
        let Some(ac) = &self.automaton else {
            return (Vec::new(), Vec::new());
        };
        let mut alias_hits: Vec<AliasMatch> = Vec::new();
        let mut role_hits: Vec<RoleMatch> = Vec::new();
        for (start, end, pattern) in anchored_matches(ac, text) {
            let is_alias = pattern < self.n_aliases;
            if (is_alias && !want_aliases)
                || (!is_alias && !want_roles)
                || !on_word_boundaries(text, start, end)
            {
                continue;
            }
            let found = &text[start..end];
            if is_alias {
                let alias = &aliases[pattern];
                if case_compatible(&alias.text, found, alias.kind) {
                    alias_hits.push(AliasMatch {
                        start,
                        end,
                        alias: pattern,
                        actor: alias.actor,
                        kind: alias.kind,
                    });
                }
            } else {
                let role = pattern - self.n_aliases;
                // ASCII-insensitive matching lets "Foreign Minister" through; a
                // non-ASCII phrase must match in lower case.
                if found.is_ascii() || found.to_lowercase() == roles[role].phrase {
                    role_hits.push(RoleMatch { start, end, role });
                }
            }
        }
        // Leftmost first; at one start, longest first; at equal spans, the
        // alias listed first in the KB (names before descriptors) wins.
        alias_hits.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.alias.cmp(&b.alias))
        });
        role_hits.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.role.cmp(&b.role))
        });
        (
            leftmost_longest(alias_hits, |h| (h.start, h.end)),
            leftmost_longest(role_hits, |h| (h.start, h.end)),
        )
    }
}

/// Every pattern occurrence that starts where a word may start (at a char
/// boundary not preceded by a word character), as `(start, end, pattern)`.
///
/// A match must begin on a word boundary anyway, so instead of one
/// unanchored pass that also reports every alias inside longer words
/// ("Ali" in "Alignment") and follows failure transitions at every byte,
/// the automaton is walked anchored from each such position until it dies;
/// most walks end after a byte or two.
fn anchored_matches(nfa: &NFA, text: &str) -> Vec<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let Ok(root) = nfa.start_state(Anchored::Yes) else {
        return out;
    };
    let mut prev_is_word = false;
    for (start, ch) in text.char_indices() {
        let may_start = !prev_is_word;
        prev_is_word = is_word_char(ch);
        if !may_start {
            continue;
        }
        let mut sid = root;
        for (offset, &b) in bytes[start..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                break;
            }
            if nfa.is_match(sid) {
                let len = offset + 1;
                for i in 0..nfa.match_len(sid) {
                    let pattern = nfa.match_pattern(sid, i);
                    // A match state also carries the patterns that are
                    // suffixes of this path; only those spanning all of it
                    // start here.
                    if nfa.pattern_len(pattern) == len {
                        out.push((start, start + len, pattern.as_usize()));
                    }
                }
            }
        }
    }
    out
}

pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
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
    alias
        .chars()
        .zip(found.chars())
        .all(|(a, f)| !a.is_uppercase() || f.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases(list: &[(&str, AliasKind)]) -> Vec<Alias> {
        list.iter()
            .enumerate()
            .map(|(i, (t, k))| Alias {
                text: t.to_string(),
                actor: i,
                kind: *k,
            })
            .collect()
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
        let m = Matcher::new(&al, &[]);
        let text = "The regime told us the United States Navy and the US met IRAN's envoy in Iranian waters.";
        let found: Vec<&str> = m
            .scan(text, &al, &[], true, true)
            .0
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(
            found,
            vec!["The regime", "United States Navy", "US", "IRAN"]
        );
    }
}
