//! The outlet table (`data/outlets.tsv`): its one row reader, and the
//! agency names the dateline reader knows from it.
//!
//! The table lists news outlets with their aliases, country and alignment
//! labels. The story crate's outlet registry reads all four columns; the
//! dateline reader needs only the names and aliases that are not web
//! domains ("Reuters", "AP", "AFP"), for tags such as "(Reuters)". Both read
//! the rows through [`read_outlet_rows`], so a user's outlet file that
//! extends the table extends both alike.

use std::collections::HashSet;

/// The shipped outlet table: its name (for errors and for the user's file
/// of the same name in a data folder) and its text.
pub const BUILTIN_OUTLETS: (&str, &str) = (
    "data/outlets.tsv",
    include_str!("../../../data/outlets.tsv"),
);

/// One row of the outlet table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletRow {
    pub name: String,
    /// Other names and web domains ("AP", "apnews.com").
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    pub alignment: Vec<String>,
}

/// A bad row of an outlet table: its 1-based line and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletRowError {
    pub line: usize,
    pub reason: String,
}

/// The rows of a text in the outlet table's format (comments, blank lines
/// and the header skipped). The first bad row is an error, so a bad file
/// yields no rows at all.
pub fn read_outlet_rows(text: &str) -> Result<Vec<OutletRow>, OutletRowError> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.first() == Some(&"name") && cols.get(1) == Some(&"aliases") {
            continue;
        }
        let bad = |reason: String| OutletRowError {
            line: i + 1,
            reason,
        };
        if cols.len() != 4 {
            return Err(bad(format!(
                "expected 4 tab-separated columns (name, aliases, country, alignment), found {}",
                cols.len()
            )));
        }
        let name = cols[0];
        // A name is looked up by its words: one without a letter or digit
        // could never be found.
        if !name.chars().any(char::is_alphanumeric) {
            return Err(bad("the outlet name is empty".into()));
        }
        let country = cols[2];
        if !(country.len() == 3 && country.bytes().all(|b| b.is_ascii_uppercase())) {
            return Err(bad(format!(
                "country `{country}` is not an ISO 3166-1 alpha-3 code (three capital letters)"
            )));
        }
        let list = |col: &str| -> Vec<String> {
            col.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let alignment = list(cols[3]);
        if alignment.is_empty() {
            return Err(bad("no alignment label".into()));
        }
        rows.push(OutletRow {
            name: name.to_string(),
            aliases: list(cols[1]),
            country: country.to_string(),
            alignment,
        });
    }
    Ok(rows)
}

/// The agency names a dateline's bracketed tag may give ("(Reuters)",
/// "(AP/AFP)"): lower-case names and aliases of the outlet table that are
/// not web domains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agencies {
    names: HashSet<String>,
}

impl Agencies {
    /// The agencies of the shipped outlet table.
    pub fn builtin() -> Agencies {
        let rows = read_outlet_rows(BUILTIN_OUTLETS.1).expect("the shipped outlet table is valid");
        Agencies::from_rows(&rows)
    }

    /// The agencies of outlet rows (a replaced outlet's names stay: a tag
    /// naming it is still an agency's).
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = &'a OutletRow>) -> Agencies {
        let mut agencies = Agencies::default();
        agencies.add_rows(rows);
        agencies
    }

    /// Adds the names and aliases of outlet rows.
    pub fn add_rows<'a>(&mut self, rows: impl IntoIterator<Item = &'a OutletRow>) {
        for row in rows {
            for n in std::iter::once(&row.name).chain(&row.aliases) {
                // A web domain is no agency tag.
                if !n.is_empty() && !n.contains('.') {
                    self.names.insert(n.to_lowercase());
                }
            }
        }
    }

    /// Whether a bracketed tag names an agency: itself or one of its
    /// '/'-separated parts ("AP/AFP").
    pub fn names_tag(&self, tag: &str) -> bool {
        let lower = tag.trim().to_lowercase();
        self.names.contains(&lower) || lower.split('/').any(|p| self.names.contains(p.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_blank_lines_and_the_header() {
        let text = "# outlets\nname\taliases\tcountry\talignment\n\n\
                    Example Wire\tEW|examplewire.org\tGBR\twire service|press\n";
        let rows = read_outlet_rows(text).unwrap();
        assert_eq!(
            rows,
            [OutletRow {
                name: "Example Wire".into(),
                aliases: vec!["EW".into(), "examplewire.org".into()],
                country: "GBR".into(),
                alignment: vec!["wire service".into(), "press".into()],
            }]
        );
    }

    #[test]
    fn a_bad_row_names_its_line() {
        for (text, line, reason) in [
            ("Wire\tW\tGBR\n", 1, "expected 4"),
            ("# c\nWire\tW\tgb\tpress\n", 2, "ISO 3166-1"),
            ("--\tW\tGBR\tpress\n", 1, "name is empty"),
            ("Wire\tW\tGBR\t |\n", 1, "no alignment"),
        ] {
            let err = read_outlet_rows(text).unwrap_err();
            assert_eq!(err.line, line, "{text:?}");
            assert!(err.reason.contains(reason), "{text:?}: {}", err.reason);
        }
    }

    #[test]
    fn agencies_are_names_and_aliases_but_not_domains() {
        let rows = read_outlet_rows("Example Wire\tEW|examplewire.org\tGBR\twire\n").unwrap();
        let agencies = Agencies::from_rows(&rows);
        assert!(agencies.names_tag("Example Wire"));
        assert!(agencies.names_tag(" ew "));
        assert!(agencies.names_tag("EW/Other"));
        assert!(!agencies.names_tag("examplewire.org"));
        assert!(!agencies.names_tag("Other"));
        assert!(Agencies::builtin().names_tag("Reuters"));
    }
}
