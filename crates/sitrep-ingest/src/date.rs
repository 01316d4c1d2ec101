//! Dates as they appear in feeds, exports and WARC headers, to `YYYY-MM-DD`.

/// The `YYYY-MM-DD` date at the start of an ISO 8601 date or date-time.
pub fn iso_date(s: &str) -> Option<String> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let year: i32 = d[..4].parse().ok()?;
    let month: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    ymd(year, month, day)
}

fn ymd(year: i32, month: u32, day: u32) -> Option<String> {
    chrono::NaiveDate::from_ymd_opt(year, month, day)
        .filter(|_| (1000..=9999).contains(&year))
        .map(|d| d.format("%Y-%m-%d").to_string())
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "march", "mar", "sept": the rest must spell the month's name.
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][i];
    (full.starts_with(&w) || w == "sept").then_some(i as u32 + 1)
}

/// A date in any of the forms news exports use, as `YYYY-MM-DD`: RFC 3339 /
/// ISO 8601 (`2025-04-12T10:00:00Z`), RFC 2822 (`Sat, 12 Apr 2025 10:00:00
/// +0000`), `2025/04/12`, `12 April 2025`, `April 12, 2025`, `Apr 12 2025`,
/// and a Unix timestamp in seconds. The calendar date is taken as written
/// (no time-zone shift). `None` when nothing date-like is found.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(d) = iso_date(s) {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.format("%Y-%m-%d").to_string());
    }
    if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = s.parse().ok()?;
        if secs >= 100_000_000 {
            return chrono::DateTime::from_timestamp(secs, 0)
                .map(|d| d.format("%Y-%m-%d").to_string());
        }
        return None;
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '.' || c == '-')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let num = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 12th, 1st
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    for win in words.windows(3) {
        let (a, b, c) = (win[0], win[1], win[2]);
        // 2025/04/12
        if let (Some(y), Some(m), Some(d)) = (num(a), num(b), num(c)) {
            if a.len() == 4 {
                if let Some(out) = ymd(y as i32, m, d) {
                    return Some(out);
                }
            }
            continue;
        }
        // 12 April 2025
        if let (Some(d), Some(m), Some(y)) = (num(a), month_of(b), num(c)) {
            if c.len() == 4 {
                if let Some(out) = ymd(y as i32, m, d) {
                    return Some(out);
                }
            }
        }
        // April 12, 2025
        if let (Some(m), Some(d), Some(y)) = (month_of(a), num(b), num(c)) {
            if c.len() == 4 {
                if let Some(out) = ymd(y as i32, m, d) {
                    return Some(out);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        for (input, want) in [
            ("2024-10-01", Some("2024-10-01")),
            ("2025-04-12T10:00:00Z", Some("2025-04-12")),
            ("2025-04-12T23:30:00-05:00", Some("2025-04-12")),
            ("Sat, 12 Apr 2025 10:00:00 +0000", Some("2025-04-12")),
            ("Sat, 12 Apr 2025 10:00:00 GMT", Some("2025-04-12")),
            ("2025/04/12", Some("2025-04-12")),
            ("12 April 2025", Some("2025-04-12")),
            ("April 12, 2025", Some("2025-04-12")),
            ("Apr 12 2025 10:00", Some("2025-04-12")),
            ("Sept. 3, 2024", Some("2024-09-03")),
            ("1744452000", Some("2025-04-12")),
            ("2024-13-01", None),
            ("2025-02-30", None),
            ("yesterday", None),
            ("12/04/2025", None),
            ("", None),
            ("Marching 12, 2025", None),
        ] {
            assert_eq!(normalize_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn iso_prefix() {
        assert_eq!(iso_date("2024-10-01"), Some("2024-10-01".into()));
        assert_eq!(iso_date("2024-13-01"), None);
        assert_eq!(iso_date("yesterday"), None);
    }
}
