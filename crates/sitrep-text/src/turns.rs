//! Transcript turn labels: which lines open with "Q: ", "QUESTION: ",
//! "A: ", "ARAGHCHI: " or "Mr. Araghchi: ", and who holds the turn.
//!
//! Interviews and press-conference transcripts give each turn a line that
//! opens with its holder and a colon. Claims read a named turn as its
//! speaker's claim and a questioner's turn as nobody's; events read a
//! question after a label as a question; framing does not count the
//! questioner's question as the outlet's own voice; actors read "we" in a
//! named turn as the body its speaker serves. The layer finds the labels
//! once per document so that all four read one definition.
//!
//! The shape, at the start of a line (no spaces before it):
//! - a colon within the line's first [`MAX_LABEL_BYTES`] bytes; the label is
//!   what comes before the first one, unless that one stands between
//!   digits (a clock, "3:15");
//! - the label starts with a capital letter, has one to five words with one
//!   space between each, and holds no quote mark, comma, bracket, "?" or
//!   "!" (a sentence that runs into a colon is no label);
//! - or the label is a role, a comma and a name that opens with an
//!   honorific ("Foreign Secretary, Shri Vikram Misri", "Spokesperson,
//!   Dr. Jane Doe"): each side one to four words, a capital first; the
//!   honorific (a `honorific` row) is what tells the name from a sentence
//!   that runs into a colon after a comma ("Yes, Minister:" is none);
//! - one straight double quote may open the line before a label in
//!   capitals (a transcript line pasted inside a stray quote mark,
//!   "\"WALLACE: Let's start …");
//! - a list mark ("* ", "- ", "• ") may open the line before a label in
//!   capitals (a newsletter's or ticker's headline quote, "* TOKAYEV: …");
//! - in the layer, no sentence ends inside the label ("He was asked. Q: …"
//!   opens with a sentence).
//!
//! Who holds the turn comes from `data/lexicons/turn-labels.tsv`
//! ([`TurnWords`]): a questioner word first ("Q", "Reporter Jane Smith"),
//! an answerer word alone ("A", "ANSWER"), else a named turn. Whether a
//! named label is a person, a heading ("Update:") or a topic ("Syria:") is
//! each stage's reading of the name, not the layer's.

use sitrep_record::tsv;

/// How far into a line the colon of a turn label may stand (the longest
/// labels, a title and a full name, stay under it; a sentence that reaches
/// a colon later is running text).
pub const MAX_LABEL_BYTES: usize = 48;

/// The shipped word list: its name (for errors and the user's file of the
/// same name in a data folder) and its text.
pub const BUILTIN_TURN_WORDS: (&str, &str) = (
    "data/lexicons/turn-labels.tsv",
    include_str!("../../../data/lexicons/turn-labels.tsv"),
);

/// Who holds a transcript turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurnRole {
    /// The journalist asking ("Q:", "QUESTION:", "REPORTER:").
    Questioner,
    /// The interviewee under a label that does not name them ("A:").
    Answerer,
    /// Anyone else the label names: a speaker, or a heading the stages
    /// tell apart by its words.
    Named,
}

/// A line that opens with a turn label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnLabel {
    /// Where the line starts (at the stray quote mark or list mark when one
    /// opens it).
    pub start: usize,
    /// Where the label starts (after that quote mark).
    pub label: usize,
    /// Where the name of the turn's holder starts: `label`, or after the
    /// role and its comma ("Foreign Secretary, Shri Vikram Misri": at
    /// "Shri").
    pub name: usize,
    /// The colon that ends the label.
    pub colon: usize,
    /// Where the turn's text starts: after the colon and the spaces after it.
    pub body: usize,
    /// The line's end (its line break, or the text's end).
    pub end: usize,
    pub role: TurnRole,
    /// Whether the label is written in capitals ("ARAGHCHI", "SHEIKH
    /// MOHAMMED"), as transcripts write the names of their speakers.
    pub caps: bool,
}

/// A bad row of a turn word list: its 1-based line and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnWordsError {
    pub line: usize,
    pub reason: String,
}

/// The words that tell who holds a turn (`data/lexicons/turn-labels.tsv`),
/// lower case. A handful of rows: a scan of a short list beats hashing the
/// label's word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnWords {
    questioner: Vec<String>,
    answerer: Vec<String>,
    honorific: Vec<String>,
}

impl TurnWords {
    /// The shipped word list.
    pub fn builtin() -> TurnWords {
        TurnWords::parse(BUILTIN_TURN_WORDS.1).expect("the shipped turn word list is valid")
    }

    /// The words of a text in the list's format (a `word<TAB>class`
    /// header, comments and blank lines skipped). The first bad row is an
    /// error.
    pub fn parse(text: &str) -> Result<TurnWords, TurnWordsError> {
        let mut words = TurnWords::default();
        let (header, rows) = tsv::read(text);
        if let Some(h) = header {
            if h.trimmed_cells() != ["word", "class"] {
                return Err(TurnWordsError {
                    line: h.number,
                    reason: "expected the header `word<TAB>class`".into(),
                });
            }
        }
        for row in rows {
            let bad = |reason: String| TurnWordsError {
                line: row.number,
                reason,
            };
            let cells = row.trimmed_cells();
            let [word, class] = cells[..] else {
                return Err(bad(format!(
                    "expected 2 tab-separated columns (word, class), found {}",
                    cells.len()
                )));
            };
            if word.is_empty() || word.contains(' ') {
                return Err(bad(format!("`{word}` is not one word")));
            }
            let list = match class {
                "questioner" => &mut words.questioner,
                "answerer" => &mut words.answerer,
                "honorific" => &mut words.honorific,
                other => {
                    return Err(bad(format!(
                        "unknown class `{other}` (expected `questioner`, `answerer` or `honorific`)"
                    )))
                }
            };
            list.push(word.to_lowercase());
        }
        Ok(words)
    }

    /// Whether `word` is an honorific before a name ("Shri", "Dr.").
    pub fn is_honorific(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        self.honorific.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// Who holds a turn under `label` (one to five words).
    pub fn role(&self, label: &str) -> TurnRole {
        let first = label.split(' ').next().unwrap_or("");
        let is = |list: &[String], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
        if is(&self.questioner, first) {
            TurnRole::Questioner
        } else if first.len() == label.len() && is(&self.answerer, first) {
            TurnRole::Answerer
        } else {
            TurnRole::Named
        }
    }
}

/// The turn labels opening the lines of `text`, in order, into `out`
/// (cleared first).
pub fn turn_labels_into(text: &str, words: &TurnWords, out: &mut Vec<TurnLabel>) {
    let mut line_ends = Vec::new();
    crate::line_ends_into(text, &mut line_ends);
    turn_labels_in_lines(text, &line_ends, words, out);
}

/// [`turn_labels_into`] given where the text's lines end
/// ([`crate::line_ends_into`]).
pub(crate) fn turn_labels_in_lines(
    text: &str,
    line_ends: &[usize],
    words: &TurnWords,
    out: &mut Vec<TurnLabel>,
) {
    out.clear();
    let mut start = 0;
    for &end in line_ends {
        if let Some(turn) = turn_label(text, start, end, words) {
            out.push(turn);
        }
        start = end + 1;
    }
}

/// The turn label opening the line `start..end` of `text`, if it opens
/// with one.
pub fn turn_label(text: &str, start: usize, end: usize, words: &TurnWords) -> Option<TurnLabel> {
    let b = text.as_bytes();
    if start >= end || end > b.len() || !text.is_char_boundary(start) {
        return None;
    }
    // Most lines open with a lower-case word, a digit or a capital with
    // no colon near: settle them on the first byte and one short search.
    let first = b[start];
    let bullet = list_mark_len(&b[start..end]);
    if first.is_ascii() && !(first.is_ascii_uppercase() || first == b'"' || bullet > 0) {
        return None;
    }
    let mut lim = end.min(start + MAX_LABEL_BYTES);
    while !text.is_char_boundary(lim) {
        lim -= 1;
    }
    let colon = start + memchr::memchr(b':', &b[start..lim])?;
    // A colon between digits is a clock or a score ("began at 3:15 p.m."),
    // no label's end.
    if colon > start
        && b[colon - 1].is_ascii_digit()
        && b.get(colon + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let label = if first == b'"' && is_caps_label(&text[start + 1..colon]) {
        start + 1
    } else if bullet > 0 {
        // "* TOKAYEV: …": a list mark before a label in capitals (a
        // newsletter's or ticker's headline quote); a bullet before words
        // in lower case or mixed case ("* Pro tip: …") stays a list item.
        let at = start + bullet;
        if at >= colon || !is_caps_label(&text[at..colon]) {
            return None;
        }
        at
    } else {
        start
    };
    let whole = &text[label..colon];
    let name = if label_part_shaped(whole, 5) {
        label
    } else {
        role_then_name(whole, words).map(|at| label + at)?
    };
    let mut body = colon + 1;
    while body < end && matches!(b[body], b' ' | b'\t') {
        body += 1;
    }
    Some(TurnLabel {
        start,
        label,
        name,
        colon,
        body,
        end,
        role: words.role(&text[name..colon]),
        caps: is_caps_label(&text[name..colon]),
    })
}

/// The length of a list mark opening `line` ("* ", "- ", "• " and the
/// spaces after it), or 0 when the line opens with none.
fn list_mark_len(line: &[u8]) -> usize {
    let mark = match line {
        [b'*' | b'-', ..] => 1,
        [0xE2, 0x80, 0xA2, ..] => 3,
        _ => return 0,
    };
    let spaces = line[mark..].iter().take_while(|&&c| c == b' ').count();
    if spaces == 0 {
        return 0;
    }
    mark + spaces
}

/// Where the name starts in a label of a role, a comma and an honorific
/// name ("Foreign Secretary, Shri Vikram Misri": 20), as an offset into
/// `label`.
fn role_then_name(label: &str, words: &TurnWords) -> Option<usize> {
    let (role, rest) = label.split_once(", ")?;
    let first = rest.split(' ').next()?;
    // The honorific and a name after it: "Shri" alone is no one's name.
    (label_part_shaped(role, 4)
        && label_part_shaped(rest, 4)
        && rest.split(' ').count() >= 2
        && words.is_honorific(first))
    .then_some(role.len() + 2)
}

/// Whether `s`, a label or one side of a role-comma-name label, is shaped
/// like one: a capital first, at most `max_words` words with one space
/// between each, and no quote mark, comma, bracket, "?" or "!".
fn label_part_shaped(s: &str, max_words: usize) -> bool {
    s.starts_with(char::is_uppercase)
        && !s.contains(['"', ',', '(', '?', '!'])
        && label_words_spaced(s.as_bytes(), max_words)
}

/// Whether `s` holds at most `max_words` words with one space between each
/// (no piece between spaces empty), read by bytes: a `char` split sets up a
/// searcher for each piece of a label a few words long.
fn label_words_spaced(s: &[u8], max_words: usize) -> bool {
    let mut pieces = 0;
    s.split(|&b| b == b' ').all(|w| {
        pieces += 1;
        !w.is_empty()
    }) && pieces <= max_words
}

/// Whether `name` is written in capitals ("ARAGHCHI", "CHRIS WALLACE"):
/// two letters or more, with only periods, apostrophes, hyphens and spaces
/// between them, none lower case.
pub fn is_caps_label(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'))
}
