//! The dateline reader: where a wire story's opening dateline ends.
//!
//! A dateline says where (and when, and through which agency) the reporter
//! filed: "CAIRO, Nov 20 (Reuters) - …", "WASHINGTON (AP) — …", "KYIV,
//! Ukraine — …", "Beirut (AFP) - …", "(Reuters) - …". It is text of the
//! document (spans still point into it), but it is nobody's speech and no
//! participant: claims, actors and events start reading after it.
//!
//! The shape, at the start of a line:
//! - place words separated by spaces or slashes ("GAZA CITY/JERUSALEM"),
//!   all capitals, or Title Case when an agency tag follows ("Beirut (AFP)");
//! - up to three ", …" parts of capitalized words or numbers (a state or
//!   country, a date: ", Ukraine", ", Nov 20", ", 2024");
//! - up to two bracketed agency tags ("(Reuters)", "(AP/AFP)");
//! - a dash: " - ", " – ", " — " or "--";
//! - then running text (a lower-case letter before the line ends).
//!
//! Agency names come from the outlet table (`data/outlets.tsv`, names and
//! aliases that are not web domains, [`Agencies`]), loaded with the other
//! resources: a new agency is a row there or in the user's file. An
//! all-caps place needs no tag; a Title Case one does, so an ordinary first
//! sentence ("Iran - the country that …", "Sen. Jane Roe (D-Ohio) - …") is
//! no dateline.

use crate::outlets::Agencies;

/// How far into a line a dateline may reach (the longest real ones, a
/// double place with state, date and two tags, stay well under it).
const MAX_LEN: usize = 160;

/// The end of the dateline opening the line at byte `at` of `text` (after
/// its dash and the spaces that follow), or `None` if the line does not
/// open with one. `at` that does not open a line (after optional spaces)
/// has no dateline. `agencies` are the names a bracketed tag may give.
pub fn dateline_end(text: &str, at: usize, agencies: &Agencies) -> Option<usize> {
    if at > text.len() || !text.is_char_boundary(at) {
        return None;
    }
    // Only spaces between the line's start and `at` (bytes: this runs at
    // every sentence start).
    let b = text.as_bytes();
    let mut k = at;
    while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    if k > 0 && b[k - 1] != b'\n' {
        return None;
    }
    // Room for the dateline and the start of the running text after it.
    let mut lim = (at + MAX_LEN + 80).min(text.len());
    while !text.is_char_boundary(lim) {
        lim -= 1;
    }
    let head = &text[at..lim];
    // Most lines open with an ordinary word: settle those on the first bytes.
    let first = head.chars().next()?;
    if !(first.is_uppercase() || first == '(') {
        return None;
    }
    // A Title Case first word ("The", "Beirut") opens a dateline only with
    // an agency tag: a line without a bracket is settled by one search.
    let bytes = head.as_bytes();
    if bytes.get(1).is_some_and(u8::is_ascii_lowercase)
        && !matches!(memchr::memchr2(b'(', b'\n', bytes), Some(p) if bytes[p] == b'(')
    {
        return None;
    }
    read(head, agencies).map(|n| at + n)
}

#[derive(Default)]
struct Shape {
    place_words: usize,
    place_letters: usize,
    title_case: bool,
    agency: bool,
    parts: usize,
}

/// Bytes of `s` that are a dateline (with its dash and following spaces).
fn read(s: &str, agencies: &Agencies) -> Option<usize> {
    let b = s.as_bytes();
    let mut shape = Shape::default();
    let mut i = 0;
    // Place words.
    while i < b.len() && shape.place_words < 6 {
        let Some((end, letters, lower)) = word(s, i) else {
            break;
        };
        let w = &s[i..end];
        let capital = w.starts_with(|c: char| c.is_uppercase());
        // "Rio de Janeiro", "Port of Spain": a particle inside a Title Case place.
        let particle = !capital && shape.place_words > 0 && letters <= 3 && lower == letters;
        if !(capital || particle) {
            return None;
        }
        shape.place_words += 1;
        shape.place_letters += letters;
        shape.title_case |= lower > 0;
        i = end;
        // Next place word after one space or a slash.
        match b.get(i) {
            Some(b'/') if b.get(i + 1).is_some_and(u8::is_ascii_uppercase) => i += 1,
            Some(b' ')
                if b.get(i + 1)
                    .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80) =>
            {
                i += 1
            }
            Some(b' ') if shape.title_case && b.get(i + 1).is_some_and(u8::is_ascii_lowercase) => {
                i += 1
            }
            _ => break,
        }
    }
    // A trailing particle ("Iran de") is a failed place.
    // Comma parts: a state, country or date.
    while shape.parts < 3 && s[i..].starts_with(", ") {
        let mut j = i + 2;
        let mut words = 0;
        while words < 3 {
            let Some((end, _, _)) = word(s, j).or_else(|| number(s, j)) else {
                break;
            };
            let w = &s[j..end];
            if !(w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) {
                break;
            }
            words += 1;
            j = end;
            if b.get(j) == Some(&b' ')
                && b.get(j + 1)
                    .is_some_and(|&c| c.is_ascii_uppercase() || c.is_ascii_digit())
            {
                j += 1;
            } else {
                break;
            }
        }
        if words == 0 {
            return None;
        }
        shape.parts += 1;
        i = j;
    }
    // Agency tags.
    for _ in 0..2 {
        let k = skip_spaces(b, i);
        if b.get(k) != Some(&b'(') {
            break;
        }
        let close = s[k + 1..].find([')', '\n', '('])? + k + 1;
        if b[close] != b')' || close - k > 41 {
            return None;
        }
        shape.agency |= agencies.names_tag(&s[k + 1..close]);
        i = close + 1;
    }
    // The dash.
    let k = skip_spaces(b, i);
    let spaced = k > i;
    let rest = &s[k..];
    let dash = if rest.starts_with("--") {
        2
    } else if rest.starts_with('—') || rest.starts_with('–') {
        '—'.len_utf8()
    } else if rest.starts_with('-') && spaced && b.get(k + 1) == Some(&b' ') {
        1
    } else {
        return None;
    };
    let after = skip_spaces(b, k + dash);
    // Running text must follow on the line: an all-caps headline with a
    // dash ("IRAN — ANALYSIS") is no dateline.
    let line = s[after..].split('\n').next().unwrap_or("");
    if !line.contains(|c: char| c.is_lowercase()) {
        return None;
    }
    let accepted = if shape.place_words == 0 {
        shape.agency && shape.parts == 0
    } else if shape.title_case {
        shape.agency && shape.place_words <= 4
    } else {
        // A bare capitalized word before a dash is more often an acronym
        // ("AI — the technology"); a real place has three letters or more.
        shape.place_letters >= 3 || shape.agency || shape.parts > 0
    };
    accepted.then_some(after)
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
        i += 1;
    }
    i
}

/// A word at `i`: letters with inner or final dots, apostrophes and inner
/// hyphens ("ST.", "N.Y.", "PORT-AU-PRINCE", "Côte d'Ivoire"). Gives its
/// end, its letter count and its lower-case letter count.
fn word(s: &str, i: usize) -> Option<(usize, usize, usize)> {
    let (mut letters, mut lower) = (0, 0);
    let mut end = i;
    let mut prev_letter = false;
    for (o, c) in s[i..].char_indices() {
        if c.is_alphabetic() {
            letters += 1;
            lower += usize::from(c.is_lowercase());
            prev_letter = true;
        } else if prev_letter
            && (matches!(c, '.' | '\'' | '’')
                || (c == '-' && s[i + o + 1..].starts_with(char::is_alphabetic)))
        {
            // A dot, an apostrophe or a hyphen between letters.
            prev_letter = false;
        } else {
            break;
        }
        end = i + o + c.len_utf8();
    }
    (letters > 0).then_some((end, letters, lower))
}

/// A day or year at `i`: one to four digits ("20", "2024").
fn number(s: &str, i: usize) -> Option<(usize, usize, usize)> {
    let n = s[i..].bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&n).then_some((i + n, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dateline's text, if the line opening `text` has one.
    fn dl(text: &str) -> Option<&str> {
        dateline_end(text, 0, &Agencies::builtin()).map(|e| &text[..e])
    }

    #[test]
    fn wire_shapes_are_datelines() {
        for (text, dateline) in [
            (
                "CAIRO, Nov 20 (Reuters) - Hamas and Israel met.",
                "CAIRO, Nov 20 (Reuters) - ",
            ),
            ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — "),
            (
                "KYIV, Ukraine — Drones struck the city.",
                "KYIV, Ukraine — ",
            ),
            (
                "LONDON, Dec 9 (Reuters) - Britain said on Monday.",
                "LONDON, Dec 9 (Reuters) - ",
            ),
            (
                "Beirut (AFP) - Israeli strikes hit the south.",
                "Beirut (AFP) - ",
            ),
            (
                "GAZA CITY/JERUSALEM, Nov 3 (Reuters) - Troops advanced.",
                "GAZA CITY/JERUSALEM, Nov 3 (Reuters) - ",
            ),
            ("TEHRAN — Iran's president said.", "TEHRAN — "),
            ("TEHRAN -- Iran's president said.", "TEHRAN -- "),
            ("UNITED NATIONS – The council met.", "UNITED NATIONS – "),
            (
                "ST. LOUIS, Mo. (AP) — Police said.",
                "ST. LOUIS, Mo. (AP) — ",
            ),
            (
                "PORT-AU-PRINCE, Haiti — Gangs fired.",
                "PORT-AU-PRINCE, Haiti — ",
            ),
            (
                "NEW YORK, March 3, 2024 (Bloomberg) -- Stocks fell.",
                "NEW YORK, March 3, 2024 (Bloomberg) -- ",
            ),
            ("(Reuters) - Britain said on Monday.", "(Reuters) - "),
            (
                "Rio de Janeiro (Reuters) - Police raided a favela.",
                "Rio de Janeiro (Reuters) - ",
            ),
            ("Berlin (dpa) - The chancellor said.", "Berlin (dpa) - "),
            ("MOSCOW (AP/AFP) — Russia said.", "MOSCOW (AP/AFP) — "),
            ("WASHINGTON—The president said.", "WASHINGTON—"),
            ("BAGHDAD (IRNA) – Officials said.", "BAGHDAD (IRNA) – "),
        ] {
            assert_eq!(dl(text), Some(dateline), "{text:?}");
        }
    }

    #[test]
    fn ordinary_first_sentences_are_no_datelines() {
        for text in [
            "Iran - the country that hosted the talks - said no.",
            "Sen. Jane Roe (D-Ohio) - a critic of the deal - said no.",
            "The minister said talks would resume.",
            "IRAN — ANALYSIS",
            "AI — the technology everyone talks about — is here.",
            "Iran, Iraq and Syria — all neighbours — met.",
            "Washington, Nov 20 - talks resumed.",
            "President Biden (pictured) - said nothing.",
            "IRAN STRIKES BACK",
            "U.S.-led forces struck - officials said.",
            "Jane Roe (R) - who chairs the panel - said.",
            "",
            "(Reuters)",
            "(the group said) - a claim.",
        ] {
            assert_eq!(dl(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_dateline_opens_a_line() {
        let agencies = Agencies::builtin();
        let text = "By Jane Roe\nTEHRAN — Iran said on Monday. LONDON — not a dateline here.";
        let at = text.find("TEHRAN").unwrap();
        assert_eq!(
            dateline_end(text, at, &agencies),
            Some(text.find("Iran said").unwrap())
        );
        let mid = text.find("LONDON").unwrap();
        assert_eq!(dateline_end(text, mid, &agencies), None);
        assert_eq!(dateline_end(text, 0, &agencies), None);
    }

    #[test]
    fn the_reader_is_total() {
        let agencies = Agencies::builtin();
        let text = "É — é\nÉÉÉ — x (Reuters) — ö";
        for at in 0..=text.len() + 2 {
            let _ = dateline_end(text, at, &agencies);
        }
        let long = "A".repeat(400) + " — text";
        assert_eq!(dateline_end(&long, 0, &agencies), None);
    }

    #[test]
    fn a_users_outlet_row_is_an_agency_tag() {
        let text = "Beirut (Example Wire) - Strikes hit the south.";
        let mut agencies = Agencies::builtin();
        // A Title Case place needs a known agency's tag.
        assert_eq!(dateline_end(text, 0, &agencies), None);
        let rows = crate::read_outlet_rows("Example Wire\tEW\tGBR\twire service\n").unwrap();
        agencies.add_rows(&rows);
        assert_eq!(
            dateline_end(text, 0, &agencies),
            Some(text.find("Strikes").unwrap())
        );
    }
}
