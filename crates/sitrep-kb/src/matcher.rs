//! Alias matching over a whole text.
//!
//! One ASCII-case-insensitive trie holds every alias and role phrase. It is
//! walked from each position where a word may start; each raw hit is then
//! kept only if it sits on word boundaries and its case is compatible with
//! the alias (see [`case_compatible`]), and the kept hits are reduced to
//! non-overlapping leftmost-longest matches. Doing the case check after
//! matching (rather than building a case-sensitive trie) lets "The regime"
//! match the alias "the regime" and "IRAN" in a dateline match "Iran" while
//! "us" never matches "US".

use crate::{Alias, AliasKind, RoleMatch, RolePhrase};

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
    /// Patterns `0..n_aliases` are the aliases, the rest the role phrases.
    trie: Trie,
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
    /// One trie over every alias and every role phrase, so a document is
    /// scanned once for both.
    pub(crate) fn new(aliases: &[Alias], roles: &[RolePhrase]) -> Matcher {
        let patterns = aliases
            .iter()
            .map(|a| a.text.as_str())
            .chain(roles.iter().map(|r| r.phrase.as_str()));
        Matcher {
            trie: Trie::new(patterns),
            n_aliases: aliases.len(),
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
        let mut alias_hits: Vec<AliasMatch> = Vec::new();
        let mut role_hits: Vec<RoleMatch> = Vec::new();
        for (start, end, pattern) in self.trie.word_start_matches(text) {
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

/// A trie over the ASCII-lower-cased bytes of every pattern: the same
/// matches as an ASCII-case-insensitive Aho–Corasick automaton walked
/// anchored, without the failure links (a walk only ever starts where a
/// word may start, so they would never be followed) and in a compact
/// layout: nodes numbered breadth-first, so the shallow nodes nearly every
/// walk passes through sit together in memory, each node's edges one
/// sorted run of bytes. Building it is one pass over the patterns.
#[derive(Debug)]
struct Trie {
    /// The child of the root for each first byte (`NONE` for none).
    root: Vec<u32>,
    /// Node `n`'s edges are `edge_bytes[edge_start[n]..edge_start[n + 1]]`
    /// (sorted) leading to the nodes at the same positions of `edge_to`.
    edge_start: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_to: Vec<u32>,
    /// The patterns ending at node `n` (their whole text is the path from
    /// the root): `pattern_ids[match_start[n]..match_start[n + 1]]`.
    match_start: Vec<u32>,
    pattern_ids: Vec<u32>,
}

const NONE: u32 = u32::MAX;

/// Runs at least this long are binary-searched; shorter ones are scanned.
const LINEAR_EDGES: usize = 12;

impl Trie {
    fn new<'a>(patterns: impl Iterator<Item = &'a str>) -> Trie {
        // Build with a child list per node, then lay it out breadth-first.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut ends: Vec<(u32, u32)> = Vec::new();
        for (id, pattern) in patterns.enumerate() {
            // An empty pattern never matches (a match spans at least a byte).
            if pattern.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for b in pattern.bytes().map(|b| b.to_ascii_lowercase()) {
                node = match children[node].iter().find(|(c, _)| *c == b) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        let next = children.len();
                        children.push(Vec::new());
                        children[node].push((b, next as u32));
                        next
                    }
                };
            }
            ends.push((node as u32, id as u32));
        }
        // Breadth-first numbering: `order[new] = old`, `renumber[old] = new`.
        let mut order: Vec<u32> = Vec::with_capacity(children.len());
        let mut renumber: Vec<u32> = vec![NONE; children.len()];
        order.push(0);
        renumber[0] = 0;
        let mut i = 0;
        while i < order.len() {
            let old = order[i] as usize;
            children[old].sort_unstable_by_key(|&(b, _)| b);
            for &(_, child) in &children[old] {
                renumber[child as usize] = order.len() as u32;
                order.push(child);
            }
            i += 1;
        }
        let mut edge_start = Vec::with_capacity(order.len() + 1);
        let mut edge_bytes = Vec::with_capacity(order.len());
        let mut edge_to = Vec::with_capacity(order.len());
        for &old in &order {
            edge_start.push(edge_bytes.len() as u32);
            for &(b, child) in &children[old as usize] {
                edge_bytes.push(b);
                edge_to.push(renumber[child as usize]);
            }
        }
        edge_start.push(edge_bytes.len() as u32);
        let mut root = vec![NONE; 256];
        for &(b, child) in &children[0] {
            root[b as usize] = renumber[child as usize];
        }
        // Patterns per node, in pattern order within a node.
        let mut ends: Vec<(u32, u32)> = ends
            .into_iter()
            .map(|(node, id)| (renumber[node as usize], id))
            .collect();
        ends.sort_unstable();
        let mut match_start = Vec::with_capacity(order.len() + 1);
        let mut pattern_ids = Vec::with_capacity(ends.len());
        let mut next = 0usize;
        for node in 0..order.len() as u32 {
            match_start.push(pattern_ids.len() as u32);
            while next < ends.len() && ends[next].0 == node {
                pattern_ids.push(ends[next].1);
                next += 1;
            }
        }
        match_start.push(pattern_ids.len() as u32);
        Trie {
            root,
            edge_start,
            edge_bytes,
            edge_to,
            match_start,
            pattern_ids,
        }
    }

    /// The child of `node` along (lower-cased) byte `b`, if any.
    #[inline]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        let n = node as usize;
        let (lo, hi) = (self.edge_start[n] as usize, self.edge_start[n + 1] as usize);
        let bytes = &self.edge_bytes[lo..hi];
        let at = if bytes.len() < LINEAR_EDGES {
            bytes.iter().position(|&c| c == b)?
        } else {
            bytes.binary_search(&b).ok()?
        };
        Some(self.edge_to[lo + at])
    }

    /// Every pattern occurrence that starts where a word may start (at a
    /// char boundary not preceded by a word character), as
    /// `(start, end, pattern)`, in text order and, at one start, shortest
    /// first.
    ///
    /// A match must begin on a word boundary anyway, so the trie is walked
    /// from each such position until it has no edge for the next byte;
    /// most walks end after a byte or two.
    fn word_start_matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut prev_is_word = false;
        for (start, ch) in text.char_indices() {
            let may_start = !prev_is_word;
            prev_is_word = is_word_char(ch);
            if !may_start {
                continue;
            }
            let mut node = self.root[bytes[start].to_ascii_lowercase() as usize];
            let mut end = start + 1;
            while node != NONE {
                let n = node as usize;
                let (lo, hi) = (
                    self.match_start[n] as usize,
                    self.match_start[n + 1] as usize,
                );
                for &pattern in &self.pattern_ids[lo..hi] {
                    out.push((start, end, pattern as usize));
                }
                let Some(&b) = bytes.get(end) else { break };
                node = self.child(node, b.to_ascii_lowercase()).unwrap_or(NONE);
                end += 1;
            }
        }
        out
    }
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

    /// The trie's raw hits equal a direct search: every pattern equal
    /// (ASCII case aside) to the text at a position where a word may start.
    #[test]
    fn trie_hits_equal_direct_search() {
        let patterns = [
            "US",
            "us",
            "United States",
            "United States Navy",
            "Unit",
            "the regime",
            "The Regime",
            "Ali",
            "Ali Khamenei",
            "al-Qaeda",
            "Ça",
            "çA",
            "é",
            "São Paulo",
            "'s",
            "U.S.",
            "x",
            "",
        ];
        let text = "The regime: us, US, U.S. and UNITED STATES NAVY units; Ali Khamenei's \
                    al-qaeda ÇA ça São Paulo SÃO PAULO é x_x 'st x";
        let trie = Trie::new(patterns.iter().copied());
        let mut direct = Vec::new();
        let mut prev_is_word = false;
        for (start, ch) in text.char_indices() {
            if !prev_is_word {
                for (id, p) in patterns.iter().enumerate() {
                    let end = start + p.len();
                    if !p.is_empty()
                        && end <= text.len()
                        && text.as_bytes()[start..end].eq_ignore_ascii_case(p.as_bytes())
                    {
                        direct.push((start, end, id));
                    }
                }
            }
            prev_is_word = is_word_char(ch);
        }
        let mut found = trie.word_start_matches(text);
        found.sort_unstable();
        direct.sort_unstable();
        assert!(direct.len() > 15, "the text exercises the patterns");
        assert_eq!(found, direct);
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
