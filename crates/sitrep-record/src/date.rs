//! Calendar arithmetic on the record's dates (`published` is `YYYY-MM-DD`
//! or an RFC 3339 time): one day count that the events stage (weekdays
//! ahead of a story's date), story clustering (time windows) and the report
//! (who reported first) all read, so they agree on what a date is.

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (a longer string's first
/// ten characters, as in an RFC 3339 time), by the proleptic Gregorian
/// calendar; `None` when it is not such a date (digits only, month 1–12,
/// day 1–31).
pub fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |part: &str| -> Option<i64> {
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, m, day) = (digits(&d[..4])?, digits(&d[5..7])?, digits(&d[8..10])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil: years start in March so that the
    // leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The weekday of a date [`day_number`] reads, 0 Monday … 6 Sunday.
pub fn weekday(date: &str) -> Option<u8> {
    // 1970-01-01 was a Thursday (3, counting Monday as 0).
    day_number(date).map(|days| (days + 3).rem_euclid(7) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_the_epoch_across_leap_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01"), Some(19783));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("2024-11-16T10:00:00Z"), day_number("2024-11-16"));
        for bad in [
            "nonsense",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "2024-+1-01",
            "",
            "2024-11",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(weekday("1970-01-01"), Some(3));
        assert_eq!(weekday("2026-12-05"), Some(5));
        assert_eq!(weekday("2000-02-29"), Some(1));
        assert_eq!(weekday("no date"), None);
    }
}
