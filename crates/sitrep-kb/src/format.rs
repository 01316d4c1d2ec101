//! The KB file formats. See `data/kb/README.md` for the user-facing spec.

use crate::AliasKind;
use sitrep_record::{tsv, ActorKind};
use std::fmt;

/// A problem in a KB file, naming the file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.file, self.reason)
        }
    }
}

impl std::error::Error for KbError {}

/// One row of an actor file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorRow {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub role: Option<String>,
    pub from: Option<String>,
    pub until: Option<String>,
    pub aliases: Vec<(String, AliasKind)>,
    /// The aliases tied to a date (`until:2011-07-08:place:Juba`): the
    /// index of each in `aliases`, and the first and last day it names
    /// the actor (inclusive, open when `None`).
    pub alias_dates: Vec<AliasDates>,
}

/// The dates an alias names its actor within ("Juba" is a town of Sudan
/// until South Sudan's independence, its capital from the day after).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasDates {
    /// The alias, by index (in a row, into its `aliases`; in a KB, into
    /// the KB's aliases).
    pub alias: usize,
    pub from: Option<String>,
    pub until: Option<String>,
}

/// A role phrase ("foreign minister", "officials", "security establishment").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePhrase {
    /// Lower-case phrase as it appears in text (singular or plural form).
    pub phrase: String,
    /// CAMEO-style sector it implies (GOV, MIL, …).
    pub sector: String,
    /// Whether the phrase names one person ("minister") or a group ("officials").
    pub person: bool,
}

const ACTOR_COLUMNS: [&str; 9] = [
    "id", "kind", "name", "country", "sector", "role", "from", "until", "aliases",
];

fn opt(s: &str) -> Option<String> {
    let t = tsv::trim(s);
    (!t.is_empty()).then(|| t.to_string())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits; a month 01–12, a day 01–31,
/// not checked against its month's length).
fn valid_date(s: &str) -> bool {
    let mut parts = 0;
    s.split('-').all(|p| {
        parts += 1;
        let (width, max) = match parts {
            1 => (4, 9999),
            2 => (2, 12),
            _ => (2, 31),
        };
        parts <= 3
            && p.len() == width
            && p.bytes().all(|b| b.is_ascii_digit())
            && (parts == 1 || (1..=max).contains(&p.parse::<u32>().unwrap_or(0)))
    })
}

/// `s.split(char::from(separator))` for an ASCII separator, with a plain
/// byte loop instead of a `memchr` call for each piece (alias cells hold a
/// few short pieces each).
fn split_at_byte(s: &str, separator: u8) -> impl Iterator<Item = &str> {
    debug_assert!(separator.is_ascii());
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == separator) {
            // An ASCII byte is a character boundary.
            Some(at) => {
                rest = Some(&r[at + 1..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Parses an actor TSV file: a header naming the nine columns, then one
/// row per actor (or per term of a person: repeat the id).
pub fn parse_actor_file(file: &str, contents: &str) -> Result<Vec<ActorRow>, KbError> {
    let err = |line: usize, reason: String| KbError {
        file: file.to_string(),
        line,
        reason,
    };
    let mut rows = Vec::new();
    let (header, lines) = tsv::read(contents);
    let Some(header) = header else {
        return Err(err(0, "no header row".into()));
    };
    if header.trimmed_cells() != ACTOR_COLUMNS {
        return Err(err(
            header.number,
            format!(
                "header must be the tab-separated columns {}",
                ACTOR_COLUMNS.join(", ")
            ),
        ));
    }
    for line in lines {
        let line_no = line.number;
        let mut cols = [""; ACTOR_COLUMNS.len()];
        let found = line.cells_into(&mut cols);
        if found != ACTOR_COLUMNS.len() {
            return Err(err(
                line_no,
                format!(
                    "expected {} tab-separated columns, found {}",
                    ACTOR_COLUMNS.len(),
                    found
                ),
            ));
        }
        let id = tsv::trim(cols[0]);
        if id.is_empty() {
            return Err(err(line_no, "empty id".into()));
        }
        let kind = ActorKind::parse(tsv::trim(cols[1]))
            .ok_or_else(|| err(line_no, format!("unknown kind {:?}", cols[1].trim())))?;
        let name = tsv::trim(cols[2]);
        if name.is_empty() {
            return Err(err(line_no, "empty name".into()));
        }
        let country = opt(cols[3]);
        if let Some(c) = &country {
            if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(err(
                    line_no,
                    format!("country {c:?} is not an ISO 3166-1 alpha-3 code"),
                ));
            }
        }
        let (from, until) = (opt(cols[6]), opt(cols[7]));
        for d in [&from, &until].into_iter().flatten() {
            if !valid_date(d) {
                return Err(err(
                    line_no,
                    format!("date {d:?} is not YYYY, YYYY-MM or YYYY-MM-DD"),
                ));
            }
        }
        let mut aliases = Vec::new();
        let mut alias_dates = Vec::new();
        for a in split_at_byte(cols[8], b'|')
            .map(tsv::trim)
            .filter(|a| !a.is_empty())
        {
            let (a, from, until) = alias_date_prefixes(a)
                .map_err(|reason| err(line_no, format!("alias {a:?}: {reason}")))?;
            let (kind, text) = match a.split_once(':') {
                Some(("adj", t)) => (AliasKind::Adjective, t),
                Some(("meto", t)) => (AliasKind::Metonym, t),
                Some(("desc", t)) => (AliasKind::Descriptor, t),
                Some(("abbr", t)) => (AliasKind::Acronym, t),
                Some(("place", t)) => (AliasKind::Place, t),
                Some(("surname", t)) => (AliasKind::Surname, t),
                Some(("cue", t)) => (AliasKind::Cue, t),
                _ => (AliasKind::Name, a),
            };
            let text = tsv::trim(text);
            if !text.is_empty() {
                if from.is_some() || until.is_some() {
                    alias_dates.push(AliasDates {
                        alias: aliases.len(),
                        from: from.map(str::to_string),
                        until: until.map(str::to_string),
                    });
                }
                aliases.push((text.to_string(), kind));
            }
        }
        overlapping_alias_dates(&aliases, &alias_dates)
            .map_or(Ok(()), |reason| Err(err(line_no, reason)))?;
        rows.push(ActorRow {
            id: id.to_string(),
            kind,
            name: name.to_string(),
            country,
            sector: opt(cols[4]),
            role: opt(cols[5]),
            from,
            until,
            aliases,
            alias_dates,
        });
    }
    Ok(rows)
}

/// An alias cell's date prefixes, `from:DATE:` and `until:DATE:` in that
/// order, split off the rest (`until:2011-07-08:place:Juba` gives
/// `place:Juba` and the last day). The error says why the prefixes cannot
/// be read: a date that is no date, a prefix repeated or out of order, no
/// alias after them, or a first day after the last.
fn alias_date_prefixes(a: &str) -> Result<(&str, Option<&str>, Option<&str>), String> {
    const TAGS: [&str; 2] = ["from:", "until:"];
    let mut rest = a;
    let mut dates = [None, None];
    for (slot, tag) in TAGS.into_iter().enumerate() {
        if let Some(after) = rest.strip_prefix(tag) {
            let (date, tail) = after.split_once(':').unwrap_or((after, ""));
            if !valid_date(date) {
                return Err(format!("date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
            }
            dates[slot] = Some(date);
            rest = tail;
        }
    }
    if TAGS.iter().any(|tag| rest.starts_with(tag)) {
        return Err("date prefixes go from: then until:, each at most once".into());
    }
    if (dates[0].is_some() || dates[1].is_some()) && tsv::trim(rest).is_empty() {
        return Err("no alias after its date prefixes".into());
    }
    if let (Some(from), Some(until)) = (dates[0], dates[1]) {
        if before(until, from) {
            return Err(format!("first day {from} is after last day {until}"));
        }
    }
    Ok((rest, dates[0], dates[1]))
}

/// Whether every day of date `a` comes before every day of date `b`.
/// Dates of unequal precision compare on what both give: neither of
/// "2011" and "2011-07-08" is before the other.
fn before(a: &str, b: &str) -> bool {
    let n = a.len().min(b.len());
    a[..n] < b[..n]
}

/// Why a row's dated aliases cannot stand, if they cannot: one alias given
/// in two ranges that share a day (`until:1971-10-26:Congo` and
/// `from:1997-05-17:Congo` do not; `until:1990:Congo` and
/// `from:1990-05:Congo` do), so that each day's sense has one range.
fn overlapping_alias_dates(
    aliases: &[(String, AliasKind)],
    alias_dates: &[AliasDates],
) -> Option<String> {
    let shown = |d: &AliasDates| {
        let day = |x: &Option<String>| x.clone().unwrap_or_else(|| "open".into());
        format!("{}..{}", day(&d.from), day(&d.until))
    };
    for (i, x) in alias_dates.iter().enumerate() {
        for y in &alias_dates[i + 1..] {
            let apart = |p: &AliasDates, q: &AliasDates| matches!((&p.until, &q.from), (Some(u), Some(f)) if before(u, f));
            if aliases[x.alias] == aliases[y.alias] && !apart(x, y) && !apart(y, x) {
                return Some(format!(
                    "alias {:?}: dates {} overlap its dates {}",
                    aliases[x.alias].0,
                    shown(x),
                    shown(y)
                ));
            }
        }
    }
    None
}

/// Parses a role TSV file: header `phrase sector number`, where number is
/// `person` (one holder) or `group`.
pub fn parse_role_file(file: &str, contents: &str) -> Result<Vec<RolePhrase>, KbError> {
    let err = |line: usize, reason: String| KbError {
        file: file.to_string(),
        line,
        reason,
    };
    let mut out = Vec::new();
    let (header, lines) = tsv::read(contents);
    if let Some(header) = header {
        if header.trimmed_cells() != ["phrase", "sector", "number"] {
            return Err(err(
                header.number,
                "header must be: phrase, sector, number (tab-separated)".into(),
            ));
        }
    }
    for line in lines {
        let cols = line.trimmed_cells();
        if cols.len() != 3 {
            return Err(err(
                line.number,
                format!("expected 3 tab-separated columns, found {}", cols.len()),
            ));
        }
        let person = match cols[2] {
            "person" => true,
            "group" => false,
            other => {
                return Err(err(
                    line.number,
                    format!("number must be person or group, not {other:?}"),
                ))
            }
        };
        out.push(RolePhrase {
            phrase: cols[0].to_lowercase(),
            sector: cols[1].to_string(),
            person,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n";

    /// An alias's date prefixes are split off its tag and text; an alias
    /// without them has no dates, and a date that is no date is an error.
    #[test]
    fn parses_alias_dates() {
        let f = format!("{HEADER}SDN\tcountry\tSudan\tSDN\t\t\t\t\tmeto:Khartoum|until:2011-07-08:place:Juba|from:1956:until:2011:Anglo\n");
        let rows = parse_actor_file("t", &f).unwrap();
        assert_eq!(
            rows[0].aliases,
            [
                ("Khartoum".to_string(), AliasKind::Metonym),
                ("Juba".to_string(), AliasKind::Place),
                ("Anglo".to_string(), AliasKind::Name),
            ]
        );
        let dates = |alias: usize, from: Option<&str>, until: Option<&str>| AliasDates {
            alias,
            from: from.map(str::to_string),
            until: until.map(str::to_string),
        };
        assert_eq!(
            rows[0].alias_dates,
            [
                dates(1, None, Some("2011-07-08")),
                dates(2, Some("1956"), Some("2011"))
            ]
        );
        // Each unreadable prefix is an error naming the alias and the reason.
        for (cell, reason) in [
            ("until:July:place:Juba", "is not YYYY"),
            ("from:2011-13:Juba", "is not YYYY"),
            ("until:2011:from:1990:Juba", "from: then until:"),
            ("from:2011:from:2012:Juba", "from: then until:"),
            ("from:2011", "no alias after"),
            ("from:2011:", "no alias after"),
            ("from:2015:until:2011:Juba", "after last day"),
        ] {
            let bad = format!("{HEADER}SDN\tcountry\tSudan\tSDN\t\t\t\t\t{cell}\n");
            let e = parse_actor_file("t", &bad).unwrap_err();
            assert!(
                e.reason.contains(cell) && e.reason.contains(reason) && e.line == 2,
                "{cell}: {e:?}"
            );
        }
        // One alias in two ranges that share a day is an error naming the
        // alias and both ranges (the place "Juba" of the second is another
        // alias, whose one range overlaps nothing).
        for (cell, reason) in [
            (
                "until:1990:Juba|from:1990-05:Juba",
                "alias \"Juba\": dates open..1990 overlap its dates 1990-05..open",
            ),
            (
                "until:1980:Juba|until:1980:place:Juba|from:1975:until:1985:Juba",
                "alias \"Juba\": dates open..1980 overlap its dates 1975..1985",
            ),
        ] {
            let bad = format!("{HEADER}SDN\tcountry\tSudan\tSDN\t\t\t\t\t{cell}\n");
            let e = parse_actor_file("t", &bad).unwrap_err();
            assert!(e.reason == reason && e.line == 2, "{cell}: {e:?}");
        }
        // Near miss: dates of unequal precision that can both hold.
        let f =
            format!("{HEADER}SDN\tcountry\tSudan\tSDN\t\t\t\t\tfrom:2011:until:2011-07-08:Juba\n");
        assert!(parse_actor_file("t", &f).is_ok());
        // Near misses: one alias in two ranges that share no day, and the
        // same text dated alike under two tags (two aliases).
        let f = format!(
            "{HEADER}COD\tcountry\tDR Congo\tCOD\t\t\t\t\tuntil:1971-10-26:Congo|from:1997-05-17:Congo|from:1980:place:Congo\n"
        );
        let rows = parse_actor_file("t", &f).unwrap();
        assert_eq!(
            rows[0].alias_dates,
            [
                dates(0, None, Some("1971-10-26")),
                dates(1, Some("1997-05-17"), None),
                dates(2, Some("1980"), None)
            ]
        );
    }

    #[test]
    fn parses_tagged_aliases() {
        let f = format!("{HEADER}IRN\tcountry\tIran\tIRN\t\t\t\t\tIslamic Republic of Iran|adj:Iranian|meto:Tehran|desc:the Islamic Republic\n");
        let rows = parse_actor_file("t", &f).unwrap();
        assert_eq!(rows[0].aliases.len(), 4);
        assert_eq!(
            rows[0].aliases[1],
            ("Iranian".to_string(), AliasKind::Adjective)
        );
    }

    #[test]
    fn split_at_byte_splits_like_std() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a",
            "a\u{a0}",
            "é",
            " é ",
            "a b",
            "\ta\t",
            "~",
            "!x",
            "a|b",
            "|a||b|",
            "|",
            "||",
            "é|ß| x |",
            "\u{2003}|\u{2003}",
        ] {
            let expected: Vec<&str> = s.split('|').collect();
            assert_eq!(
                split_at_byte(s, b'|').collect::<Vec<_>>(),
                expected,
                "{s:?}"
            );
        }
    }

    #[test]
    fn date_forms() {
        for good in ["2024", "2024-08", "2024-08-31", "0000-01-01", "2024-12-31"] {
            assert!(valid_date(good), "{good}");
        }
        for bad in [
            "",
            "-",
            "24",
            "20245",
            "2024-",
            "2024-8",
            "2024-08-3",
            "2024-08-31-01",
            "2024-0a",
            "２０２４",
            "2024--08",
            "-2024",
            "2024-123",
            // A month or a day out of its range.
            "2024-00",
            "2024-13",
            "2024-08-00",
            "2024-08-32",
        ] {
            assert!(!valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let f = format!("{HEADER}X\tplanet\tMars\t\t\t\t\t\t\n");
        let e = parse_actor_file("my.tsv", &f).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("my.tsv:2:"), "{e}");
        let f = format!("{HEADER}X\tperson\tA B\tIRN\tGOV\tminister\t2024-13x\t\t\n");
        assert!(parse_actor_file("t", &f).is_err());
    }
}
