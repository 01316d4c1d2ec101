//! The extractor's word lists (`data/html/boilerplate.tsv`): which elements are page furniture,
//! which name the article's container, which lone lines are labels. Data, not code: users add
//! rows with [`Rules::extend`].

use std::collections::HashSet;

use aho_corasick::AhoCorasick;
use sitrep_record::data_dir::DataDir;

/// Longest paragraph a `prefix` row can drop, in bytes.
const MAX_CREDIT: usize = 120;

const BUILTIN: &str = include_str!("../../../../data/html/boilerplate.tsv");

/// The shipped file's name and text: what a user's data folder extends.
pub const BUILTIN_FILE: (&str, &str) = ("data/html/boilerplate.tsv", BUILTIN);

/// The loaded lists. Matching is on lower-cased `class` and `id` values.
#[derive(Debug, Clone)]
pub struct Rules {
    pub(crate) tags: HashSet<String>,
    pub(crate) tags_outside: HashSet<String>,
    pub(crate) roles: HashSet<String>,
    pub(crate) attr_words: HashSet<String>,
    pub(crate) lines: HashSet<String>,
    prefixes: Vec<String>,
    attr_substr: Vec<String>,
    keep_substr: Vec<String>,
    /// One automaton over attr-substr, keep-substr and body-substr patterns.
    matcher: AhoCorasick,
}

/// What a class/id value says about its element.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AttrHints {
    pub drop: bool,
    pub keep: bool,
    pub body: bool,
}

impl Rules {
    /// The lists shipped with sitrep.
    pub fn builtin() -> Rules {
        let mut lists = Lists::default();
        // The shipped file is checked by a test; a bad row there is a bug, not an input error.
        let _ = lists.add("data/html/boilerplate.tsv", BUILTIN);
        lists.build()
    }

    /// The builtin lists plus the rows of a user file in the same format. `name` is used in
    /// error messages (`name:line: reason`).
    pub fn extend(&self, name: &str, text: &str) -> Result<Rules, String> {
        let mut lists = Lists::default();
        let _ = lists.add("data/html/boilerplate.tsv", BUILTIN);
        lists.add(name, text)?;
        Ok(lists.build())
    }

    /// The builtin lists extended by the user's `html/boilerplate.tsv` in a data folder (see
    /// [`DataDir`]); `None` when the folder has no such file, so callers keep the shared
    /// [`crate::builtin_rules`]. Errors name the user's file and line.
    pub fn with_data(data: &DataDir) -> Result<Option<Rules>, String> {
        match data.user_file(BUILTIN_FILE)? {
            Some((path, text, Some(_header))) => Rules::builtin()
                .extend(&path.display().to_string(), &text)
                .map(Some),
            // No such file, or one holding only comments.
            _ => Ok(None),
        }
    }

    /// Hints from an element's lower-cased `class` and `id` values.
    pub(crate) fn attr_hints(&self, class_id: &str) -> AttrHints {
        let mut h = AttrHints::default();
        let (n_drop, n_keep) = (self.attr_substr.len(), self.keep_substr.len());
        for m in self.matcher.find_overlapping_iter(class_id) {
            let p = m.pattern().as_usize();
            if p < n_drop {
                h.drop = true;
            } else if p < n_drop + n_keep {
                h.keep = true;
            } else {
                h.body = true;
            }
        }
        if !h.drop && !self.attr_words.is_empty() {
            h.drop = class_id
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|part| self.attr_words.contains(part));
        }
        h
    }

    /// Whether a paragraph is a short credit line (`prefix` rows: "Photo: …", "Source: …").
    pub(crate) fn is_credit(&self, para: &str) -> bool {
        if para.len() > MAX_CREDIT {
            return false;
        }
        let lower = para.trim_start().to_lowercase();
        self.prefixes.iter().any(|p| lower.starts_with(p.as_str()))
    }

    /// Whether a paragraph is a stand-alone label (`line` rows).
    pub(crate) fn is_label(&self, para: &str) -> bool {
        if para.len() > 64 {
            return false;
        }
        let t = para
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        self.lines.contains(&t)
    }
}

#[derive(Default)]
struct Lists {
    tags: HashSet<String>,
    tags_outside: HashSet<String>,
    roles: HashSet<String>,
    attr_words: HashSet<String>,
    lines: HashSet<String>,
    prefixes: Vec<String>,
    attr_substr: Vec<String>,
    keep_substr: Vec<String>,
    body_substr: Vec<String>,
}

impl Lists {
    fn add(&mut self, name: &str, text: &str) -> Result<(), String> {
        let (header, rows) = sitrep_record::tsv::read(text);
        match header {
            Some(h) if h.first_cell() == "kind" => {}
            Some(h) => {
                return Err(format!(
                    "{name}:{}: the header must start with \"kind\"",
                    h.number
                ))
            }
            None => return Ok(()),
        }
        for line in rows {
            let cells = line.trimmed_cells();
            let value = cells.get(1).copied().unwrap_or("").to_lowercase();
            if value.is_empty() {
                return Err(format!("{name}:{}: a row needs a value", line.number));
            }
            match cells[0] {
                "tag" => {
                    self.tags.insert(value);
                }
                "tag-outside" => {
                    self.tags_outside.insert(value);
                }
                "role" => {
                    self.roles.insert(value);
                }
                "attr-word" => {
                    self.attr_words.insert(value);
                }
                "line" => {
                    self.lines.insert(value);
                }
                "prefix" => self.prefixes.push(value),
                "attr-substr" => self.attr_substr.push(value),
                "keep-substr" => self.keep_substr.push(value),
                "body-substr" => self.body_substr.push(value),
                other => {
                    return Err(format!(
                        "{name}:{}: unknown kind {other:?} (tag, tag-outside, role, attr-substr, \
                         attr-word, keep-substr, body-substr, line, prefix)",
                        line.number
                    ))
                }
            }
        }
        Ok(())
    }

    fn build(self) -> Rules {
        let patterns: Vec<&String> = self
            .attr_substr
            .iter()
            .chain(&self.keep_substr)
            .chain(&self.body_substr)
            .collect();
        let matcher = AhoCorasick::new(patterns).unwrap_or_else(|_| {
            // Only an absurdly large pattern set fails to build; match nothing then.
            AhoCorasick::new(Vec::<&str>::new()).expect("an empty automaton builds")
        });
        Rules {
            tags: self.tags,
            tags_outside: self.tags_outside,
            roles: self.roles,
            attr_words: self.attr_words,
            lines: self.lines,
            prefixes: self.prefixes,
            attr_substr: self.attr_substr,
            keep_substr: self.keep_substr,
            matcher,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_loads() {
        let mut lists = Lists::default();
        lists.add("builtin", BUILTIN).unwrap();
        let r = Rules::builtin();
        assert!(r.tags.contains("nav"));
        assert!(r.tags_outside.contains("footer"));
        assert!(r.attr_hints("comments-section").drop);
        assert!(r.attr_hints("top-ad wide").drop);
        assert!(!r.attr_hints("header-lead").keep);
        assert!(!r.attr_hints("shadow readable").drop);
        let h = r.attr_hints("article-body has-comments");
        assert!(h.drop && h.keep && h.body);
        assert!(r.is_label("Advertisement"));
        assert!(r.is_label("- ADVERTISEMENT -"));
        assert!(!r.is_label("Advertisement revenue fell sharply."));
        assert!(r.is_credit("Photo: Jane Doe/Reuters"));
        assert!(!r.is_credit("Photographers gathered outside the court on Monday."));
    }

    #[test]
    fn user_rows_extend_and_bad_rows_are_named() {
        let r = Rules::builtin()
            .extend("mine.tsv", "kind\tvalue\nattr-substr\tzzwidget\n")
            .unwrap();
        assert!(r.attr_hints("a-zzwidget").drop);
        let e = Rules::builtin()
            .extend("mine.tsv", "kind\tvalue\nfrob\tx\n")
            .unwrap_err();
        assert!(e.starts_with("mine.tsv:2: unknown kind"), "{e}");
        let e = Rules::builtin()
            .extend("mine.tsv", "word\tvalue\n")
            .unwrap_err();
        assert!(e.starts_with("mine.tsv:1:"), "{e}");
    }
}
