//! The live-page time stamp reader: where a stamp opening a sentence ends.
//!
//! Live pages and running updates open each entry with the time it was
//! posted: "10:27 p.m. President Yoon Suk Yeol declared …", "12:30 pm IST:
//! Shelling along …", "14:05 GMT - …", "Updated 3:15 PM ET", "02:50 BST" on
//! a line of its own. Like a dateline, the stamp is text of the document but
//! nobody's speech, no speaker and no participant: the layer keeps it with
//! the datelines so that every stage starts reading after it.
//!
//! The shape, opening a sentence:
//! - an optional "Updated" / "Posted" / "Published" / "Last updated" (with
//!   an optional ":" and "at");
//! - a clock: an hour of one or two digits (up to 24) and two digits of
//!   minutes after ":" ("10:27", "02:50"), or after "." when a meridiem
//!   follows ("10.27 pm"), or a bare hour with a meridiem ("9 am");
//! - an optional meridiem ("a.m.", "pm", "PM", …) and an optional time-zone
//!   abbreviation from a fixed list ("IST", "GMT", "ET", …);
//! - an optional ":" or spaced dash after it (a bare hour needs a zone or
//!   this separator);
//! - then the end of the line, or a capital letter, a digit or a quote
//!   opening the entry's text.
//!
//! A clock with neither meridiem, zone, separator nor prefix ("10:05 The
//! Pentagon said") counts only at the start of a line. Near misses stay
//! sentence text: "The 9:30 train", "10:27 p.m. on Friday, police said"
//! (running lower-case text after the clock), "9.5 percent", "3:1".

/// Time-zone abbreviations a stamp may carry (news of every region; all
/// capitals, matched as whole words).
const ZONES: &[&str] = &[
    "UTC", "GMT", "BST", "IST", "PKT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
    "PT", "PST", "PDT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "KST", "JST", "HKT",
    "SGT", "AEST", "AEDT", "AWST", "WIB", "GST", "AST", "WAT", "CAT", "EAT", "SAST", "ICT", "PHT",
    "NZST", "NZDT", "IRST", "TRT", "BDT", "NPT",
];

/// Prefixes of an update stamp, longest first.
const PREFIXES: &[&str] = &[
    "Last updated",
    "LAST UPDATED",
    "Updated",
    "UPDATED",
    "Posted",
    "POSTED",
    "Published",
    "PUBLISHED",
];

/// The end of the time stamp opening the sentence at byte `at` of `text`
/// (after its separator and the spaces that follow, or at the line's end
/// when nothing follows on the line), or `None` when the sentence does not
/// open with one.
pub fn stamp_end(text: &str, at: usize) -> Option<usize> {
    if at >= text.len() || !text.is_char_boundary(at) {
        return None;
    }
    let b = text.as_bytes();
    // Most sentences open with a letter that is no prefix: settle them on
    // the first byte.
    let first = b[at];
    if !(first.is_ascii_digit() || matches!(first, b'U' | b'P' | b'L')) {
        return None;
    }
    let mut k = at;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    let line_start = k == 0 || b[k - 1] == b'\n';
    let mut i = at;
    let mut marked = false;
    if !first.is_ascii_digit() {
        let p = PREFIXES.iter().find(|p| text[at..].starts_with(**p))?;
        i += p.len();
        if b.get(i) == Some(&b':') {
            i += 1;
        }
        let j = skip_spaces(b, i);
        if j == i {
            return None;
        }
        i = j;
        if text[i..].starts_with("at ") {
            i = skip_spaces(b, i + 3);
        }
        marked = true;
    }
    // The clock.
    let h0 = i;
    while i < b.len() && b[i].is_ascii_digit() && i - h0 < 3 {
        i += 1;
    }
    let hour_len = i - h0;
    if !(1..=2).contains(&hour_len) || b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let hour: u32 = text[h0..i].parse().ok()?;
    if hour > 24 {
        return None;
    }
    let mut dotted = false;
    let mut minutes = false;
    if matches!(b.get(i), Some(b':' | b'.'))
        && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    {
        if b[i + 1] > b'5' {
            return None;
        }
        dotted = b[i] == b'.';
        minutes = true;
        i += 3;
    }
    // The meridiem, the zone.
    let meridiem = meridiem(b, i);
    if let Some(end) = meridiem {
        i = end;
        marked = true;
    } else if dotted || !minutes {
        return None;
    }
    let mut zone = false;
    let j = skip_spaces(b, i);
    if j > i {
        if let Some(z) = ZONES.iter().find(|z| {
            text[j..].starts_with(**z) && !b.get(j + z.len()).is_some_and(u8::is_ascii_alphabetic)
        }) {
            i = j + z.len();
            zone = true;
        }
    }
    // The separator.
    let j = skip_spaces(b, i);
    let rest = &text[j..];
    let sep = if rest.starts_with(':') && j == i {
        1
    } else if j > i && (rest.starts_with('—') || rest.starts_with('–')) {
        '—'.len_utf8()
    } else if j > i && rest.starts_with("- ") {
        1
    } else {
        0
    };
    let after = if sep > 0 {
        marked = true;
        skip_spaces(b, j + sep)
    } else {
        j
    };
    // A bare hour ("9 am") needs a zone or a separator besides ("10 PM
    // Modi said" is a prime minister).
    if !minutes && !zone && sep == 0 {
        return None;
    }
    if !(marked || zone || line_start) {
        return None;
    }
    // What follows: the line's end or the entry's opening.
    match text[after..].chars().next() {
        None | Some('\n') | Some('\r') => Some(i),
        Some(c) if after > i && (c.is_uppercase() || c.is_ascii_digit() || c == '"') => Some(after),
        _ => None,
    }
}

/// The end of a meridiem ("am", "p.m.", "PM", "A.M.") after the clock at
/// `i` (one optional space before it), followed by no letter.
fn meridiem(b: &[u8], i: usize) -> Option<usize> {
    let j = if b.get(i) == Some(&b' ') { i + 1 } else { i };
    let c = b.get(j)?.to_ascii_lowercase();
    if c != b'a' && c != b'p' {
        return None;
    }
    let end = if b.get(j + 1).is_some_and(|&m| m.eq_ignore_ascii_case(&b'm')) {
        j + 2
    } else if b.get(j + 1) == Some(&b'.')
        && b.get(j + 2).is_some_and(|&m| m.eq_ignore_ascii_case(&b'm'))
        && b.get(j + 3) == Some(&b'.')
    {
        j + 4
    } else {
        return None;
    };
    (!b.get(end).is_some_and(u8::is_ascii_alphanumeric)).then_some(end)
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text after the stamp opening `text`, if it opens with one.
    fn after(text: &str) -> Option<&str> {
        stamp_end(text, 0).map(|e| &text[e..])
    }

    #[test]
    fn live_page_stamps_are_read() {
        assert_eq!(
            after("10:27 p.m. President Yoon Suk Yeol declared martial law."),
            Some("President Yoon Suk Yeol declared martial law.")
        );
        assert_eq!(after("4:27 a.m. Yoon announced"), Some("Yoon announced"));
        assert_eq!(
            after("12:30 pm IST: Shelling along the Line of Control"),
            Some("Shelling along the Line of Control")
        );
        assert_eq!(after("14:05 GMT - Talks resumed"), Some("Talks resumed"));
        assert_eq!(after("14:05 GMT — Talks resumed"), Some("Talks resumed"));
        assert_eq!(after("9 am IST: Sirens"), Some("Sirens"));
        assert_eq!(after("10.27pm: The vote"), Some("The vote"));
        assert_eq!(after("Updated 3:15 PM ET"), Some(""));
        assert_eq!(after("Updated: 3:15 PM ET\nText"), Some("\nText"));
        assert_eq!(
            after("Posted at 09:40 GMT \"We will\""),
            Some("\"We will\"")
        );
        assert_eq!(
            after("02:50 BST\nDonald Trump has"),
            Some("\nDonald Trump has")
        );
        // A bare clock opening a line.
        assert_eq!(after("10:05 The Pentagon said"), Some("The Pentagon said"));
        assert_eq!(
            after("10:05\nThe Pentagon said"),
            Some("\nThe Pentagon said")
        );
        // After a line break, and mid-line after a sentence with a marker.
        let t = "Intro.\n11:48 p.m. Helicopters landed. 1:01 a.m. The Assembly voted.";
        let s = t.find("11:48").unwrap();
        assert_eq!(
            &t[stamp_end(t, s).unwrap()..],
            "Helicopters landed. 1:01 a.m. The Assembly voted."
        );
        let s = t.find("1:01").unwrap();
        assert_eq!(&t[stamp_end(t, s).unwrap()..], "The Assembly voted.");
    }

    #[test]
    fn times_inside_running_text_are_no_stamps() {
        for t in [
            "At 10:27 p.m. on Friday, police said the suspect fled.",
            "10:27 p.m. on Friday, police said the suspect fled.",
            "The 9:30 train was cancelled.",
            "9:30 trains were cancelled.",
            "9.5 percent of voters said",
            "3:1 was the final score.",
            "2024: A year of elections",
            "10 people were killed.",
            "10 PM Modi said",
            "25:10 The figure",
            "10:75 The figure",
            "Updated rules took effect",
            "Posted 10 letters",
            "Updates 3:15 PM ET",
            "10:27 pmx The",
            "",
            "1",
            "10:",
        ] {
            assert_eq!(stamp_end(t, 0), None, "{t:?}");
        }
        // A bare clock mid-line is no stamp.
        let t = "The count ended. 10:05 The Pentagon said";
        assert_eq!(stamp_end(t, t.find("10:05").unwrap()), None);
    }

    #[test]
    fn the_reader_is_total() {
        let t = "é10:27 p.m. Ü 9 a.m.";
        for at in 0..=t.len() + 2 {
            let _ = stamp_end(t, at);
        }
        for t in [
            "1",
            "12",
            "12:3",
            "12:30",
            "12:30 p.",
            "12:30 p.m",
            "Updated",
            "Updated ",
        ] {
            for at in 0..=t.len() {
                let _ = stamp_end(t, at);
            }
        }
    }
}
