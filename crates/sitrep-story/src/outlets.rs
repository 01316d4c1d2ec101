//! The outlet registry (`data/outlets.tsv`): outlet → country and alignment
//! labels, looked up by the document's outlet name or its uri's domain; and
//! which labels oppose each other (`data/alignments.tsv`), for the
//! cross-alignment spread of a story.

use crate::ResourceError;
use serde::Serialize;
use sitrep_text::Agencies;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

const BUILTIN_OUTLETS: (&str, &str) = sitrep_text::BUILTIN_OUTLETS;
const BUILTIN_ALIGNMENTS: &str = include_str!("../../../data/alignments.tsv");

/// One outlet of the registry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlet {
    pub name: String,
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    pub alignment: Vec<String>,
}

/// Outlets carrying a story on two opposing sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    pub side_a: String,
    pub outlets_a: Vec<String>,
    pub side_b: String,
    pub outlets_b: Vec<String>,
}

/// The loaded registry.
#[derive(Debug, Clone, Default)]
pub struct OutletRegistry {
    outlets: Vec<Outlet>,
    /// Replaced outlets stay in `outlets` (indices are stable) but lose their keys.
    by_name: HashMap<String, usize>,
    by_domain: HashMap<String, usize>,
    opposes: HashMap<String, HashSet<String>>,
    agencies: Agencies,
}

/// A name as looked up: lower case, words only, without a leading "the".
fn name_key(name: &str) -> String {
    let w = crate::text::words(name);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let w = match w.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    w.join(" ")
}

/// An alias that is a web domain (possibly with a path: `bbc.com/persian`).
fn domain_key(alias: &str) -> Option<String> {
    let a = alias.trim().to_ascii_lowercase();
    if a.contains(' ') || !a.contains('.') || a.contains("://") {
        return None;
    }
    let a = a.strip_prefix("www.").unwrap_or(&a);
    Some(a.trim_end_matches('/').to_string())
}

/// Host and path of a uri, lower case, without `www.`.
fn uri_host_path(uri: &str) -> Option<(String, String)> {
    let rest = uri.split_once("://").map(|(_, r)| r)?;
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.is_empty() {
        return None;
    }
    Some((host, path.to_ascii_lowercase()))
}

impl OutletRegistry {
    /// The registry shipped with sitrep (`data/outlets.tsv`, `data/alignments.tsv`).
    pub fn builtin() -> OutletRegistry {
        let mut r = OutletRegistry::default();
        r.add_outlets(BUILTIN_OUTLETS.1, BUILTIN_OUTLETS.0)
            .expect("shipped outlet registry is valid");
        r.add_alignments(BUILTIN_ALIGNMENTS, "data/alignments.tsv")
            .expect("shipped alignments are valid");
        r
    }

    /// Adds the outlets of a user file (the `outlets.tsv` format); a row
    /// naming a known outlet (by name or alias) replaces it.
    pub fn add_outlets_file(&mut self, path: &Path) -> Result<(), ResourceError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ResourceError::new(&path.display().to_string(), 0, e.to_string()))?;
        self.add_outlets(&text, &path.display().to_string())
    }

    /// Adds the oppositions of a user file (the `alignments.tsv` format).
    pub fn add_alignments_file(&mut self, path: &Path) -> Result<(), ResourceError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ResourceError::new(&path.display().to_string(), 0, e.to_string()))?;
        self.add_alignments(&text, &path.display().to_string())
    }

    /// Adds outlets in the `outlets.tsv` format; `source` names the input in
    /// errors. Rows are checked before any is added, so a bad file changes
    /// nothing.
    pub fn add_outlets(&mut self, text: &str, source: &str) -> Result<(), ResourceError> {
        // The text layer's reader, which the dateline reader's agency names
        // come from too.
        let rows = sitrep_text::read_outlet_rows(text)
            .map_err(|e| ResourceError::new(source, e.line, e.reason))?;
        for row in rows {
            self.agencies.add_rows([&row]);
            self.insert(Outlet {
                name: row.name,
                aliases: row.aliases,
                country: row.country,
                alignment: row.alignment,
            });
        }
        Ok(())
    }

    /// The agency names a dateline's tag may give: names and aliases (not
    /// domains) of every row added.
    pub fn agencies(&self) -> &Agencies {
        &self.agencies
    }

    fn keys(o: &Outlet) -> (Vec<String>, Vec<String>) {
        let mut names = vec![name_key(&o.name)];
        let mut domains = Vec::new();
        for a in &o.aliases {
            match domain_key(a) {
                Some(d) => domains.push(d),
                None => {
                    let k = name_key(a);
                    if !k.is_empty() {
                        names.push(k);
                    }
                }
            }
        }
        (names, domains)
    }

    fn insert(&mut self, o: Outlet) {
        let (names, domains) = Self::keys(&o);
        // A known name, alias or domain: the new row replaces that outlet.
        let replaced: BTreeSet<usize> = names
            .iter()
            .filter_map(|k| self.by_name.get(k))
            .chain(domains.iter().filter_map(|k| self.by_domain.get(k)))
            .copied()
            .collect();
        if !replaced.is_empty() {
            self.by_name.retain(|_, v| !replaced.contains(v));
            self.by_domain.retain(|_, v| !replaced.contains(v));
        }
        let idx = self.outlets.len();
        self.outlets.push(o);
        for k in names {
            self.by_name.insert(k, idx);
        }
        for k in domains {
            self.by_domain.insert(k, idx);
        }
    }

    /// Adds oppositions in the `alignments.tsv` format (symmetric).
    pub fn add_alignments(&mut self, text: &str, source: &str) -> Result<(), ResourceError> {
        let mut pairs = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.first() == Some(&"label") && cols.get(1) == Some(&"opposes") {
                continue;
            }
            if cols.len() != 2 || cols[0].is_empty() || cols[1].is_empty() {
                return Err(ResourceError::new(
                    source,
                    line_no,
                    "expected `label<TAB>opposing label|…`".into(),
                ));
            }
            for other in cols[1].split('|').map(str::trim).filter(|s| !s.is_empty()) {
                if other == cols[0] {
                    return Err(ResourceError::new(
                        source,
                        line_no,
                        format!("label `{other}` cannot oppose itself"),
                    ));
                }
                pairs.push((cols[0].to_string(), other.to_string()));
            }
        }
        for (a, b) in pairs {
            self.opposes.entry(a.clone()).or_default().insert(b.clone());
            self.opposes.entry(b).or_default().insert(a);
        }
        Ok(())
    }

    /// Whether two alignment labels are on opposing sides.
    pub fn opposed(&self, a: &str, b: &str) -> bool {
        self.opposes.get(a).is_some_and(|s| s.contains(b))
    }

    /// The outlet by its name or an alias.
    pub fn by_name(&self, name: &str) -> Option<&Outlet> {
        self.by_name.get(&name_key(name)).map(|&i| &self.outlets[i])
    }

    /// The outlet whose domain (or a parent domain, or domain + first path
    /// segment) is the uri's.
    pub fn by_uri(&self, uri: &str) -> Option<&Outlet> {
        let (host, path) = uri_host_path(uri)?;
        let first_segment = path
            .trim_start_matches('/')
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        let mut h = host.as_str();
        loop {
            if !first_segment.is_empty() {
                if let Some(&i) = self.by_domain.get(&format!("{h}/{first_segment}")) {
                    return Some(&self.outlets[i]);
                }
            }
            if let Some(&i) = self.by_domain.get(h) {
                return Some(&self.outlets[i]);
            }
            match h.split_once('.') {
                Some((_, parent)) if parent.contains('.') => h = parent,
                _ => return None,
            }
        }
    }

    /// The outlet of a document: by its outlet field, else by its uri.
    pub fn lookup(&self, outlet: Option<&str>, uri: &str) -> Option<&Outlet> {
        outlet
            .and_then(|o| self.by_name(o))
            .or_else(|| self.by_uri(uri))
    }

    /// Number of outlets (replaced ones not counted).
    pub fn len(&self) -> usize {
        self.by_name.values().collect::<HashSet<_>>().len()
    }

    /// Whether the registry has no outlets.
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// The opposing sides among a set of outlets: for each pair of opposed
    /// labels both present, the outlets carrying each. Ordered by label.
    pub fn spread<'a>(&self, outlets: impl IntoIterator<Item = &'a Outlet>) -> Vec<Spread> {
        let mut by_label: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for o in outlets {
            for l in &o.alignment {
                by_label.entry(l).or_default().insert(&o.name);
            }
        }
        let labels: Vec<&str> = by_label.keys().copied().collect();
        let mut out = Vec::new();
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                if self.opposed(a, b) {
                    out.push(Spread {
                        side_a: a.to_string(),
                        outlets_a: by_label[a].iter().map(|s| s.to_string()).collect(),
                        side_b: b.to_string(),
                        outlets_b: by_label[b].iter().map(|s| s.to_string()).collect(),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_covers_the_kb_media_outlets() {
        let r = OutletRegistry::builtin();
        assert!(r.len() >= 60, "{}", r.len());
        let kb = include_str!("../../../data/kb/organizations.tsv");
        let mut missing = Vec::new();
        for line in kb.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.get(1) == Some(&"media") && r.by_name(cols[2]).is_none() {
                missing.push(cols[2]);
            }
        }
        assert!(
            missing.is_empty(),
            "KB media outlets not in the registry: {missing:?}"
        );
    }

    #[test]
    fn lookup_by_name_alias_and_domain() {
        let r = OutletRegistry::builtin();
        assert_eq!(
            r.by_name("The New York Times").unwrap().name,
            "New York Times"
        );
        assert_eq!(r.by_name("al-jazeera").unwrap().country, "QAT");
        let o = r
            .lookup(None, "https://www.tasnimnews.com/en/news/2024/11/16/x")
            .unwrap();
        assert_eq!(o.name, "Tasnim");
        assert_eq!(r.by_uri("https://en.irna.ir/news/1").unwrap().name, "IRNA");
        assert_eq!(
            r.by_uri("https://www.bbc.com/persian/articles/x")
                .unwrap()
                .name,
            "BBC Persian"
        );
        assert_eq!(r.by_uri("https://www.bbc.com/news/x").unwrap().name, "BBC");
        assert!(r.by_uri("https://example.org/reuters/x").is_none());
        // the outlet field wins over the uri
        let o = r.lookup(Some("Reuters"), "https://nypost.com/x").unwrap();
        assert_eq!(o.name, "Reuters");
    }

    #[test]
    fn user_rows_override_and_extend() {
        let mut r = OutletRegistry::builtin();
        r.add_outlets(
            "name\taliases\tcountry\talignment\n\
             Reuters\treuters.com\tGBR\tMy wire label\n\
             Example Gazette\texample-gazette.test|Gazette\tNZL\tLocal press\n",
            "mine.tsv",
        )
        .unwrap();
        assert_eq!(r.by_name("Reuters").unwrap().alignment, ["My wire label"]);
        // the old row's other alias went with it
        assert!(r.by_name("Thomson Reuters").is_none());
        assert_eq!(
            r.by_uri("http://news.example-gazette.test/a").unwrap().name,
            "Example Gazette"
        );
        r.add_alignments("Local press\tMy wire label\n", "mine-al.tsv")
            .unwrap();
        assert!(r.opposed("My wire label", "Local press"));
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let mut r = OutletRegistry::builtin();
        let cases = [
            ("# c\nX\ta\tUSA\n", "bad.tsv:2:", "4 tab-separated"),
            ("X\ta\tUS\tLabel\n", "bad.tsv:1:", "alpha-3"),
            ("X\ta\tUSA\t\n", "bad.tsv:1:", "no alignment"),
            ("\t\tUSA\tL\n", "bad.tsv:1:", "name is empty"),
        ];
        for (text, prefix, reason) in cases {
            let e = r.add_outlets(text, "bad.tsv").unwrap_err().to_string();
            assert!(e.starts_with(prefix) && e.contains(reason), "{e}");
        }
        let e = r
            .add_alignments("A\tA\n", "al.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("al.tsv:1:"), "{e}");
        let e = r
            .add_outlets_file(Path::new("/nonexistent/outlets.tsv"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("/nonexistent/outlets.tsv"), "{e}");
    }

    #[test]
    fn spread_lists_the_outlets_on_each_side() {
        let r = OutletRegistry::builtin();
        let outlets: Vec<&Outlet> = ["New York Times", "New York Post", "Tasnim", "Reuters"]
            .iter()
            .map(|n| r.by_name(n).unwrap())
            .collect();
        let s = r.spread(outlets);
        let tasnim_vs_us: Vec<&Spread> = s
            .iter()
            .filter(|x| {
                x.side_b == "US press" || x.side_b == "US conservative" || x.side_a == "US press"
            })
            .collect();
        assert!(!tasnim_vs_us.is_empty(), "{s:?}");
        for sp in &s {
            let iranian = if sp.side_a.starts_with("Iranian") {
                &sp.outlets_a
            } else {
                &sp.outlets_b
            };
            assert_eq!(iranian, &["Tasnim"]);
        }
        // same side only: no spread
        let same: Vec<&Outlet> = ["Reuters", "Associated Press"]
            .iter()
            .map(|n| r.by_name(n).unwrap())
            .collect();
        assert!(r.spread(same).is_empty());
    }
}
