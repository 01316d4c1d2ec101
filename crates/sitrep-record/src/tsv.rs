//! The one reader for sitrep's TSV data files (knowledge base, lexicons,
//! word lists): blank lines and `#` comment lines are skipped, a trailing
//! `\r` is dropped, and the first remaining line is the header. Each loader
//! checks the header and the cells its own way and reports errors as
//! `file:line: reason`.

/// A line of a TSV data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The line without a trailing `\r`.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// The tab-separated cells, untrimmed.
    ///
    /// A byte loop into a vector allocated once for the widest built-in file
    /// (nine columns, with room for a user file's extra ones): start-up
    /// splits some 15,000 lexicon lines this way (and the KB's 30,000 rows
    /// through [`Line::cells_into`]) into cells of a few bytes each, where
    /// `split('\t')` (a `memchr` call per cell) collected into a vector
    /// grown from empty cost about 1,800 instructions a line.
    pub fn cells(&self) -> Vec<&'a str> {
        const WIDEST: usize = 12;
        let mut cells = Vec::with_capacity(WIDEST);
        let text = self.text;
        let mut start = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b == b'\t' {
                // A tab is one byte, so `i` is a character boundary.
                cells.push(&text[start..i]);
                start = i + 1;
            }
        }
        cells.push(&text[start..]);
        cells
    }

    /// The tab-separated cells into `cells`, without allocating; returns
    /// how many cells the line has (those past `cells.len()` are counted,
    /// not kept). For a loader that knows its columns (the KB's rows).
    pub fn cells_into(&self, cells: &mut [&'a str]) -> usize {
        let text = self.text;
        let mut count = 0;
        let mut start = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b == b'\t' {
                if let Some(cell) = cells.get_mut(count) {
                    *cell = &text[start..i];
                }
                count += 1;
                start = i + 1;
            }
        }
        if let Some(cell) = cells.get_mut(count) {
            *cell = &text[start..];
        }
        count + 1
    }

    /// The tab-separated cells, each trimmed of surrounding whitespace.
    pub fn trimmed_cells(&self) -> Vec<&'a str> {
        let mut cells = self.cells();
        for cell in &mut cells {
            *cell = trim(cell);
        }
        cells
    }

    /// The first cell, trimmed.
    pub fn first_cell(&self) -> &'a str {
        self.text.split('\t').next().unwrap_or("").trim()
    }
}

/// `s.trim()`, without decoding characters when `s` starts and ends with a
/// visible ASCII character, as nearly every data cell does (the loaders trim
/// hundreds of thousands of them at every start).
pub fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// The header (the first line that is neither blank nor a comment), if the
/// file has one, and an iterator over the data lines after it.
pub fn read(text: &str) -> (Option<Line<'_>>, impl Iterator<Item = Line<'_>>) {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, raw)| Line {
            number: i + 1,
            text: raw.trim_end_matches('\r'),
        })
        .filter(|l| !l.text.trim().is_empty() && !l.text.starts_with('#'));
    let header = lines.next();
    (header, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_like_split_at_tabs() {
        for line in [
            "",
            "a",
            "\t",
            "a\tb",
            "\ta\t",
            "a\t\tb\t",
            "é\tß\t\t",
            "a b\tc d",
            "1\t2\t3\t4\t5",
        ] {
            let expected: Vec<&str> = line.split('\t').collect();
            let at = Line {
                number: 1,
                text: line,
            };
            assert_eq!(at.cells(), expected, "{line:?}");
            for room in 0..6 {
                let mut cells = vec!["unset"; room];
                let at = Line {
                    number: 1,
                    text: line,
                };
                assert_eq!(at.cells_into(&mut cells), expected.len(), "{line:?}");
                for (i, cell) in cells.iter().enumerate() {
                    assert_eq!(*cell, expected.get(i).copied().unwrap_or("unset"));
                }
            }
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "!x~",
            "~",
            "!x",
            "a b",
            "\ta\t",
            "\u{2003}a",
            "a\u{00a0}",
            "\u{a0}a",
            "é",
            " é ",
            "é|ß| x |",
            "\u{2003}|\u{2003}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn skips_comments_and_blanks_and_splits_off_the_header() {
        let text = "# about\n\nword\tclass\r\n# note\nfoo\t bar \r\n\n \t \nbaz\tqux";
        let (header, rows) = read(text);
        let header = header.unwrap();
        assert_eq!((header.number, header.cells()), (3, vec!["word", "class"]));
        let rows: Vec<Line> = rows.collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].number, 5);
        assert_eq!(rows[0].cells(), vec!["foo", " bar "]);
        assert_eq!(rows[0].trimmed_cells(), vec!["foo", "bar"]);
        assert_eq!(rows[1].number, 8);
        assert_eq!(rows[1].first_cell(), "baz");
        // Empty cells at either end and in between, and non-ASCII text.
        let (_, rows) = read("h\n\tmid\t\t\u{e9}t\u{e9}\t\n\u{2014}\n");
        let rows: Vec<Line> = rows.collect();
        assert_eq!(rows[0].cells(), vec!["", "mid", "", "\u{e9}t\u{e9}", ""]);
        assert_eq!(rows[1].cells(), vec!["\u{2014}"]);
        for row in &rows {
            let by_split: Vec<&str> = row.text.split('\t').collect();
            assert_eq!(row.cells(), by_split);
        }
        let (header, mut rows) = read("# only a comment\n\n");
        assert!(header.is_none());
        assert!(rows.next().is_none());
    }
}
