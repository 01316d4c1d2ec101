//! The small integers the query tables hold instead of text: a day key, an
//! event type, a modality, a stance. Each mapping keeps the order the text
//! had, so indexes and `ORDER BY` give the answers the text columns gave.

use sitrep_record::{EventType, Modality};

/// Keys per year: twelve months of 32 days, and month 0 (a year-only date).
const YEAR_KEYS: i64 = 13 * 32;

/// The year whose year-only date has key 0. Keys of the years 1922–2077 fit
/// in two bytes (SQLite stores an integer in 1, 2, 3, 4, 6 or 8 bytes by
/// its size); `YYYYMMDD` took four. A day is in every event, event-actor
/// and claim row, in their three date indexes and in `actor_days`.
const KEY_EPOCH: i64 = 2000;

/// `actor_days`'s day for undated events (its key cannot be NULL): below
/// every date, so it is before any `--since` and within any `--until`.
pub(crate) const UNDATED: i64 = i64::MIN;

/// The day key of a `published` date: `(year - 2000) * 416 + month * 32 +
/// day`. A partial date keeps zeros for what it lacks (`2025-04`: day 0,
/// `2025`: month and day 0), so keys sort as the texts do (a prefix before
/// its extensions). `None` for a missing date or one in no such form (the
/// contract's dates are `YYYY-MM-DD`; such a document counts as undated in
/// the date-ordered queries).
pub(crate) fn day_key(published: Option<&str>) -> Option<i64> {
    let s = published?;
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    let y = digits(0..4)?;
    let (m, d) = match b.len() {
        4 => (0, 0),
        7 if b[4] == b'-' => (digits(5..7)?, 0),
        10 if b[4] == b'-' && b[7] == b'-' => (digits(5..7)?, digits(8..10)?),
        _ => return None,
    };
    if y == 0 || m > 12 || d > 31 || (m == 0 && d != 0) {
        return None;
    }
    Some((y - KEY_EPOCH) * YEAR_KEYS + m * 32 + d)
}

/// The text of a day key (`2025-04-12`; partial keys as written: `2025-04`,
/// `2025`).
pub(crate) fn day_text(key: i64) -> String {
    let y = KEY_EPOCH + key.div_euclid(YEAR_KEYS);
    let rest = key.rem_euclid(YEAR_KEYS);
    let (m, d) = (rest / 32, rest % 32);
    match (m, d) {
        (0, _) => format!("{y:04}"),
        (_, 0) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// A date bound given by a user (`--since`, `--until`) as a day key.
pub(crate) fn bound_key(flag: &str, value: &str) -> crate::Result<i64> {
    day_key(Some(value.trim())).ok_or_else(|| {
        crate::Error::Query(format!(
            "{flag} '{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ))
    })
}

/// Event types in alphabetical order of their names: a type's code is its
/// place here, so codes sort as the names do.
pub(crate) const EVENT_TYPES: [EventType; 16] = [
    EventType::Accuse,
    EventType::Agree,
    EventType::Aid,
    EventType::Assault,
    EventType::Coerce,
    EventType::Concede,
    EventType::Consult,
    EventType::Cooperate,
    EventType::Mobilize,
    EventType::Protest,
    EventType::Reject,
    EventType::Request,
    EventType::Retreat,
    EventType::Sanction,
    EventType::Support,
    EventType::Threaten,
];

pub(crate) fn type_code(t: EventType) -> i64 {
    EVENT_TYPES.iter().position(|&x| x == t).unwrap_or(0) as i64
}

/// The code of a type name as the contract spells it (exact, upper case).
pub(crate) fn type_code_of(name: &str) -> Option<i64> {
    EVENT_TYPES
        .iter()
        .position(|t| t.as_str() == name)
        .map(|i| i as i64)
}

pub(crate) fn type_name(code: i64) -> &'static str {
    usize::try_from(code)
        .ok()
        .and_then(|i| EVENT_TYPES.get(i))
        .map_or("", |t| t.as_str())
}

/// SQL for the name of the type code in `column`.
pub(crate) fn type_name_sql(column: &str) -> String {
    let mut sql = format!("CASE {column}");
    for (i, t) in EVENT_TYPES.iter().enumerate() {
        sql += &format!(" WHEN {i} THEN '{}'", t.as_str());
    }
    sql + " END"
}

pub(crate) const MODALITIES: [Modality; 5] = [
    Modality::Asserted,
    Modality::Attributed,
    Modality::Future,
    Modality::Hypothetical,
    Modality::Negated,
];

pub(crate) fn modality_code(m: Modality) -> i64 {
    MODALITIES.iter().position(|&x| x == m).unwrap_or(0) as i64
}

pub(crate) fn modality_name(code: i64) -> &'static str {
    usize::try_from(code)
        .ok()
        .and_then(|i| MODALITIES.get(i))
        .map_or("", |m| m.as_str())
}

/// The id a record gives the `n`th (from 0) event or claim by default
/// (`e1`, `c1`, …); the tables store an id only when it differs.
pub(crate) fn default_id(prefix: char, n: usize) -> String {
    format!("{prefix}{}", n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_keys_round_trip_and_sort_as_the_text() {
        let dates = [
            "0999-12-31",
            "1999",
            "1999-12-31",
            "2000",
            "2000-01-01",
            "2024-12",
            "2024-12-31",
            "2025",
            "2025-01",
            "2025-01-01",
            "2025-04-12",
        ];
        let keys: Vec<i64> = dates.iter().map(|d| day_key(Some(d)).unwrap()).collect();
        for (d, k) in dates.iter().zip(&keys) {
            assert_eq!(&day_text(*k), d);
        }
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, keys, "keys sort as the texts do");
        // Today's dates take two bytes in SQLite (|key| < 32,768).
        assert_eq!(day_key(Some("2025-04-12")), Some(25 * 416 + 4 * 32 + 12));
        assert_eq!(day_key(Some("2025-04")), Some(25 * 416 + 4 * 32));
        for d in ["1922", "2077-12-31"] {
            assert!(day_key(Some(d)).unwrap().abs() < 32_768, "{d}");
        }
        // Every date of four-digit years, far from the epoch too.
        for d in ["0001-01-01", "1066-10-14", "9999-12-31", "0001"] {
            assert_eq!(day_text(day_key(Some(d)).unwrap()), d);
            assert!(day_key(Some(d)).unwrap() > UNDATED);
        }
    }

    #[test]
    fn missing_or_malformed_dates_have_no_key() {
        for bad in [
            "",
            "2025-4-12",
            "12 April 2025",
            "2025-13-01",
            "2025-04-32",
            "abcd",
            "2025-04-12T10:00:00Z",
            "0000-01-01",
            "2025/04/12",
        ] {
            assert_eq!(day_key(Some(bad)), None, "{bad}");
        }
        assert_eq!(day_key(None), None);
        let e = bound_key("--since", "last week").unwrap_err().to_string();
        assert!(e.contains("--since") && e.contains("last week"), "{e}");
        assert_eq!(bound_key("--until", "2024").unwrap(), 24 * 416);
    }

    #[test]
    fn codes_sort_as_the_names_and_map_back() {
        let names: Vec<&str> = EVENT_TYPES.iter().map(|t| t.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        for t in EventType::ALL {
            assert_eq!(type_name(type_code(t)), t.as_str());
            assert_eq!(type_code_of(t.as_str()), Some(type_code(t)));
        }
        for m in MODALITIES {
            let json = serde_json::to_value(m).unwrap();
            assert_eq!(modality_name(modality_code(m)), json.as_str().unwrap());
        }
        assert_eq!(type_code_of("NOPE"), None);
    }
}
