//! Role phrases in text: "foreign minister", "officials", "security establishment".
//!
//! Role phrases are common nouns, so unlike aliases they match in any letter
//! case ("Foreign Minister" before a name, "foreign minister" after a
//! possessive). They share the alias automaton (see `matcher`), so a
//! document is scanned once for both; role hits are reduced to
//! leftmost-longest, non-overlapping matches on word boundaries. Plural forms missing from the role file are
//! generated ("minister" → "ministers", a group) so data authors only need
//! to list irregular ones.

use crate::RolePhrase;
use std::collections::HashSet;

/// One role phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleMatch {
    pub start: usize,
    pub end: usize,
    /// Index into [`crate::Kb::roles`].
    pub role: usize,
}

/// Regular English plural of the last word of a role phrase.
fn plural(phrase: &str) -> Option<String> {
    let (head, last) = match phrase.rfind(' ') {
        Some(i) => (&phrase[..=i], &phrase[i + 1..]),
        None => ("", phrase),
    };
    if last.is_empty() || !last.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let p = if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = last.strip_suffix("person") {
        format!("{stem}people")
    } else if last.ends_with('s')
        || last.ends_with("sh")
        || last.ends_with("ch")
        || last.ends_with('x')
    {
        format!("{last}es")
    } else if last.ends_with('y')
        && !last.ends_with("ay")
        && !last.ends_with("ey")
        && !last.ends_with("oy")
    {
        format!("{}ies", &last[..last.len() - 1])
    } else {
        format!("{last}s")
    };
    Some(format!("{head}{p}"))
}

/// Adds the regular plural (as a group role) of every one-person role whose
/// plural the file does not list.
pub(crate) fn with_plurals(mut roles: Vec<RolePhrase>) -> Vec<RolePhrase> {
    let known: HashSet<String> = roles.iter().map(|r| r.phrase.clone()).collect();
    let mut added: HashSet<String> = HashSet::new();
    let mut extra = Vec::new();
    for r in roles.iter().filter(|r| r.person) {
        if let Some(p) = plural(&r.phrase) {
            if !known.contains(&p) && added.insert(p.clone()) {
                extra.push(RolePhrase {
                    phrase: p,
                    sector: r.sector.clone(),
                    person: false,
                });
            }
        }
    }
    roles.extend(extra);
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(
            plural("foreign minister").as_deref(),
            Some("foreign ministers")
        );
        assert_eq!(plural("spokesman").as_deref(), Some("spokesmen"));
        assert_eq!(plural("spokesperson").as_deref(), Some("spokespeople"));
        assert_eq!(plural("envoy").as_deref(), Some("envoys"));
        assert_eq!(plural("deputy").as_deref(), Some("deputies"));
        assert_eq!(plural("boss").as_deref(), Some("bosses"));
    }

    #[test]
    fn finds_longest_case_insensitive() {
        let roles = with_plurals(vec![
            RolePhrase {
                phrase: "minister".into(),
                sector: "GOV".into(),
                person: true,
            },
            RolePhrase {
                phrase: "foreign minister".into(),
                sector: "GOV".into(),
                person: true,
            },
            RolePhrase {
                phrase: "officials".into(),
                sector: "GOV".into(),
                person: false,
            },
        ]);
        let m = crate::matcher::Matcher::new(&[], &roles);
        let text = "Foreign Minister X met ministers and officials; officialdom.";
        let found: Vec<&str> = m
            .scan(text, &[], &roles, true, true)
            .1
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(found, vec!["Foreign Minister", "ministers", "officials"]);
    }
}
