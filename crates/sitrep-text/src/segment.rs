//! Sentence segmentation for news text.
//!
//! Rules, in the order they are applied:
//!
//! 1. A blank line (paragraph break) always ends a sentence.
//! 2. Inside a paragraph, a line break ends a sentence when the next line is
//!    a bullet item, or when the line before it has no final punctuation
//!    (a headline, byline or dateline line) — unless the break looks like a
//!    hard wrap: the next line starts in lower case, or the line ends with a
//!    comma, colon, dash, opening bracket or a function word ("the", "of"), or
//!    the paragraph is hard-wrapped (no line over 120 bytes, and some break
//!    that only a wrap explains: next line in lower case, or a line ending in
//!    a comma or function word) and the line is at least 60% as long as the
//!    paragraph's longest line.
//! 3. `.`, `!`, `?` (with any further terminators, closing quotes and closing
//!    brackets after them) followed by whitespace end a sentence when the next
//!    visible character could start one — an upper-case or uncased letter, a
//!    digit, an opening quote or bracket; on the next line of the paragraph,
//!    anything but a lower-case letter — except:
//!    - after a capitalized title that precedes a name ("Mr.", "Gen.",
//!      "St.") — only before a common sentence starter ("on Main St. The");
//!    - after a list number at the start of a line ("1. ") — never;
//!    - after "e.g.", "i.e.", "vs.", "cf." — never;
//!    - after a single capital letter, a name initial ("J.", "P."), and
//!      after an ellipsis — only when the next word is a common sentence
//!      starter ("The", "He", "In", "But", …), because a name usually follows
//!      ("J. R. R. Tolkien"); an ellipsis that opens a sentence never ends it;
//!    - after "No.", "Art.", "Vol.", "p." and the like — not before a number;
//!    - after other abbreviations ("Jan.", "Inc.", "Jr.", "etc."), dotted
//!      acronyms ("U.S.", "U.N.", "a.m.") and capitalized U.S. state
//!      abbreviations ("Mich.") — only before a common sentence starter or an
//!      opening quote followed by a capital letter, because a name or a
//!      number usually continues the sentence ("U.S. Navy", "Jan. 5").
//!
//! Quotes do not suspend segmentation: a multi-sentence quotation is split
//! like any other text, so claim extraction must pair quotes across
//! sentences. Everything is a linear scan over the bytes of the text.

use crate::Sentence;

/// Titles written before a name; the period after them ends a sentence only
/// before a sentence starter.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "adm", "cmdr", "cdr", "gov", "sen", "sens", "rep", "reps", "rev", "st", "ste", "pres", "amb",
    "hon", "brig", "lieut", "cpl", "pvt", "spc", "supt", "insp", "det", "msgr", "fr", "mt", "ft",
    "atty", "gens", "mme", "mlle",
];

/// Abbreviations that are abbreviations only before a number ("No. 2",
/// "Art. 51", "p. 12"); elsewhere the word is an ordinary word ("He said no.").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "art", "arts", "fig", "figs", "vol", "vols", "sec", "ch", "para", "p", "pp", "op",
    "nr", "ed", "ver",
];

/// Abbreviations after which the next word rarely starts a new sentence.
const NEVER_FINAL: &[&str] = &["e.g", "i.e", "vs", "cf", "viz", "approx", "ca"];

/// Abbreviations that can end a sentence; the next word decides.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "ltd", "co",
    "cos", "plc", "llc", "bros", "jr", "sr", "etc", "al", "est", "dept", "univ", "assn", "ave",
    "blvd", "rd", "hwy", "govt", "intl", "natl", "min", "max", "yr", "yrs", "hr", "hrs", "km",
    "mi", "lb", "lbs", "oz", "ft",
];

/// U.S. state abbreviations in AP style ("Flint, Mich."), matched only
/// capitalized, because several are also words ("ill.", "mass.", "wash.").
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Words that commonly start a sentence. After an abbreviation, an initial
/// or an ellipsis, the next word must be one of these to end the sentence.
/// Sorted (binary search; a test checks the order).
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Afterwards",
    "Again",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "For",
    "From",
    "Further",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Moreover",
    "Most",
    "Much",
    "My",
    "Neither",
    "Nevertheless",
    "No",
    "Nobody",
    "None",
    "Nor",
    "Not",
    "Nothing",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "Over",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Two",
    "Under",
    "Until",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Yet",
    "You",
    "Your",
];

/// Lower-case words after which a line break is a hard wrap, not the end of
/// a headline.
const WRAP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "that", "as", "into", "than", "its", "their", "his", "her", "is", "are", "was", "were",
    "be", "has", "have", "had", "will", "would", "said", "says", "who", "which", "not",
];

/// Longest word looked at before a period; longer runs are ordinary words.
const MAX_WORD: usize = 48;

#[cfg(test)]
fn contains_ci(list: &[&str], word: &str) -> bool {
    word.len() <= 8 && list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The lists a word before a period is in, as bits: [`NEVER_FINAL`],
/// [`TITLES`], [`BEFORE_NUMBER`], [`ABBREVIATIONS`] (ASCII case ignored,
/// words of at most eight bytes, as `contains_ci` matched them), and
/// [`STATES`] in any case (the caller checks the exact form).
///
/// Most sentences end in a period after a word, and the four lists were
/// tested in turn, one comparison per entry: about 150 comparisons a
/// sentence, most of segmentation's instructions. Here the word is looked
/// up once in one sorted table of all five lists' words.
mod end_words {
    use super::{ABBREVIATIONS, BEFORE_NUMBER, NEVER_FINAL, STATES, TITLES};
    use std::sync::LazyLock;

    pub(super) const NEVER_FINAL_WORD: u8 = 1;
    pub(super) const TITLE: u8 = 2;
    pub(super) const BEFORE_NUMBER_WORD: u8 = 4;
    pub(super) const ABBREVIATION: u8 = 8;
    pub(super) const STATE: u8 = 16;

    /// `word`'s bytes with ASCII capitals lower-cased, zero-padded into a
    /// word, when it has at most eight bytes. A word before a period holds
    /// no NUL byte (letters, digits and periods), so the padding cannot
    /// make two words equal.
    fn key(word: &str) -> Option<u64> {
        if word.len() > 8 {
            return None;
        }
        let mut bytes = [0u8; 8];
        for (slot, b) in bytes.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        Some(u64::from_le_bytes(bytes))
    }

    /// Every listed word's key with its lists' bits, sorted by key.
    static TABLE: LazyLock<Vec<(u64, u8)>> = LazyLock::new(|| {
        let lists = [
            (NEVER_FINAL, NEVER_FINAL_WORD),
            (TITLES, TITLE),
            (BEFORE_NUMBER, BEFORE_NUMBER_WORD),
            (ABBREVIATIONS, ABBREVIATION),
            (STATES, STATE),
        ];
        let mut table: Vec<(u64, u8)> = Vec::new();
        for (list, bit) in lists {
            for word in list {
                let Some(key) = key(word) else { continue };
                match table.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, bits)) => *bits |= bit,
                    None => table.push((key, bit)),
                }
            }
        }
        table.sort_unstable();
        table
    });

    /// The bits of the lists `word` is in (0 when none).
    pub(super) fn lists_of(word: &str) -> u8 {
        let Some(key) = key(word) else { return 0 };
        let table = &*TABLE;
        table
            .binary_search_by_key(&key, |&(k, _)| k)
            .map_or(0, |i| table[i].1)
    }
}

/// Splits text into sentences: byte ranges, trimmed of surrounding
/// whitespace, in order and non-overlapping. Works on any text; the rules
/// (see the module documentation) assume normalized text.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    sentences_into(text, &mut out);
    out
}

/// [`sentences`] written into `out` (cleared first), so a caller that
/// segments document after document can keep one vector's capacity.
pub fn sentences_into(text: &str, out: &mut Vec<Sentence>) {
    let mut line_ends = Vec::new();
    crate::line_ends_into(text, &mut line_ends);
    sentences_in_lines(text, &line_ends, out);
}

/// [`sentences_into`] given where the text's lines end
/// ([`crate::line_ends_into`]).
pub(crate) fn sentences_in_lines(text: &str, line_ends: &[usize], out: &mut Vec<Sentence>) {
    out.clear();
    let mut seg = Segmenter {
        text,
        bytes: text.as_bytes(),
        out: std::mem::take(out),
        start: 0,
    };
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    // Walk the lines; consecutive non-blank lines form a paragraph.
    for &end in line_ends {
        let blank = seg.bytes[pos..end].iter().all(|b| b.is_ascii_whitespace());
        if blank {
            if !lines.is_empty() {
                seg.paragraph(&lines);
                lines.clear();
            }
        } else {
            lines.push((pos, end));
        }
        pos = end + 1;
    }
    if !lines.is_empty() {
        seg.paragraph(&lines);
    }
    *out = seg.out;
}

/// The first `.`, `!` or `?` in `bytes[from..end]`, or `end`. Every byte of
/// every paragraph passes here, and a byte loop with three compares was a
/// third of segmentation's instructions; memchr searches a word at a time.
fn next_terminator(bytes: &[u8], from: usize, end: usize) -> usize {
    memchr::memchr3(b'.', b'!', b'?', &bytes[from..end]).map_or(end, |k| from + k)
}

struct Segmenter<'t> {
    text: &'t str,
    bytes: &'t [u8],
    out: Vec<Sentence>,
    /// Start of the sentence being built.
    start: usize,
}

impl Segmenter<'_> {
    /// Ends the current sentence at byte `at`.
    fn cut(&mut self, at: usize) {
        if at <= self.start {
            return;
        }
        let slice = &self.text[self.start..at];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if lead + trail < slice.len() {
            self.out.push(Sentence {
                start: self.start + lead,
                end: at - trail,
            });
        }
        self.start = at;
    }

    fn paragraph(&mut self, lines: &[(usize, usize)]) {
        let (para_start, para_end) = (lines[0].0, lines[lines.len() - 1].1);
        self.start = para_start;
        let wrapped = is_hard_wrapped(self.text, lines);
        let longest = if wrapped {
            lines
                .iter()
                .map(|&(s, e)| self.text[s..e].trim().len())
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        for (k, &(ls, le)) in lines.iter().enumerate() {
            self.terminators(ls, le, para_end);
            let Some(&(next_start, next_end)) = lines.get(k + 1) else {
                continue;
            };
            let line = self.text[ls..le].trim_end();
            let next = self.text[next_start..next_end].trim_start();
            if line_break_ends_sentence(line, next, wrapped, longest) {
                self.cut(le);
            }
        }
        self.cut(para_end);
    }

    /// Scans the terminators of one line (`ls..le`) and cuts after those that
    /// end a sentence. The next visible character may be on a following line
    /// of the same paragraph.
    fn terminators(&mut self, ls: usize, le: usize, para_end: usize) {
        let bytes = self.bytes;
        let mut i = ls;
        while i < le {
            i = next_terminator(bytes, i, le);
            if i >= le {
                break;
            }
            let mut j = i + 1;
            while j < le && matches!(bytes[j], b'.' | b'!' | b'?') {
                j += 1;
            }
            let term_end = j;
            while j < le && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            // A terminator must be followed by whitespace or the line's end.
            if j < le && !bytes[j].is_ascii_whitespace() {
                i = j.max(i + 1);
                continue;
            }
            let next = skip_whitespace(bytes, j, para_end);
            if next >= para_end {
                // Last terminator of the paragraph: the paragraph end cuts.
                i = j.max(i + 1);
                continue;
            }
            if self.ends_sentence(ls, i, term_end, next, next > le) {
                self.cut(j);
            }
            i = j.max(i + 1);
        }
    }

    /// Whether the terminator run `i..term_end` ends a sentence, given the
    /// next visible character at `next`.
    fn ends_sentence(
        &self,
        line_start: usize,
        i: usize,
        term_end: usize,
        next: usize,
        next_line: bool,
    ) -> bool {
        let text = self.text;
        let run = &self.bytes[i..term_end];
        let Some(next_char) = text[next..].chars().next() else {
            return false;
        };
        // On the next line, anything but a lower-case letter may start a
        // sentence (list markers, symbols); on the same line it must look
        // like a sentence start.
        let may_start = if next_line {
            !next_char.is_lowercase()
        } else {
            can_start_sentence(next_char)
        };
        if !may_start {
            return false;
        }
        if run.iter().any(|&b| b != b'.') {
            return true; // `!` or `?` (possibly mixed with periods)
        }
        let starter = || {
            SENTENCE_STARTERS
                .binary_search(&word_after(text, next))
                .is_ok()
        };
        if run.len() > 1 {
            // An ellipsis ends a sentence only before a sentence starter, and
            // never when it opens one ("\"... These thefts").
            let before = self.text[self.start..i].trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '\'' | '(' | '[')
            });
            return !before.is_empty() && starter();
        }
        let (word, word_start) = word_before(text, i);
        if word.is_empty() {
            return true;
        }
        let at_line_start = text[line_start..word_start].trim().is_empty();
        if at_line_start && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
            return false; // "1. Iran must ..." — a numbered list item
        }
        let lists = end_words::lists_of(word);
        if lists & end_words::NEVER_FINAL_WORD != 0 {
            return false;
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        if capitalized && lists & end_words::TITLE != 0 && !starter() {
            return false;
        }
        if is_initial(word) {
            return starter();
        }
        if lists & end_words::BEFORE_NUMBER_WORD != 0 {
            return !next_char.is_ascii_digit();
        }
        let opens_quote = matches!(next_char, '"' | '\'')
            && text[next + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if is_dotted_acronym(word)
            || lists & end_words::ABBREVIATION != 0
            || (capitalized && lists & end_words::STATE != 0 && STATES.contains(&word))
        {
            return opens_quote || starter();
        }
        true
    }
}

/// Whether a line break between `line` and `next` (both trimmed, same
/// paragraph) ends a sentence on its own, before terminator rules.
fn line_break_ends_sentence(line: &str, next: &str, wrapped: bool, longest: usize) -> bool {
    if starts_with_bullet(next) {
        return true;
    }
    if has_final_punctuation(line) || is_wrap(line, next) {
        return false;
    }
    // In a hard-wrapped paragraph a full-length line continues; a short one
    // (a headline or byline above the body) or a list item does not.
    !(wrapped && !starts_with_bullet(line) && line.len() * 10 >= longest * 6)
}

/// Whether the line ends with `.`, `!` or `?`, possibly followed by closing
/// quotes or brackets. Such lines are handled by the terminator rules.
fn has_final_punctuation(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', ')', ']']);
    core.ends_with(['.', '!', '?'])
}

/// Whether the break between `line` and `next` continues the sentence: a
/// hard wrap, or a line that announces what follows (ends with `:` or a dash).
fn is_wrap(line: &str, next: &str) -> bool {
    is_visible_wrap(line, next) || line.ends_with([';', ':', '(', '[', '—', '-', '/', '&'])
}

/// A break that only a hard wrap explains: the next line starts in lower
/// case, or the line ends with a comma or a function word.
fn is_visible_wrap(line: &str, next: &str) -> bool {
    if next.chars().next().is_some_and(char::is_lowercase) || line.ends_with(',') {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    WRAP_WORDS.contains(&last)
}

/// A paragraph is hard-wrapped when it has several lines, none of them long,
/// and at least one break between non-list lines that only a wrap explains.
fn is_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    if lines.len() < 2 || lines.iter().any(|&(s, e)| e - s > 120) {
        return false;
    }
    lines.windows(2).any(|w| {
        let line = text[w[0].0..w[0].1].trim();
        let next = text[w[1].0..w[1].1].trim();
        !has_final_punctuation(line)
            && !starts_with_bullet(line)
            && !starts_with_bullet(next)
            && is_visible_wrap(line, next)
    })
}

/// Bullet-list markers at the start of a line, followed by a space: `-`,
/// `*`, `+`, `~`, `•`, `·`, `—`, `▪` and other bullet symbols, a number of
/// one or two digits followed by `.` or `)`, or a lower-case letter followed
/// by `)`.
fn starts_with_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '+' | '~' | '•' | '·' | '—' | '▪' | '◦' | '‣' | '●' | '■' | '►' | '✓') => {
            return chars.next().is_some_and(char::is_whitespace)
        }
        None => return false,
        _ => {}
    }
    let marker_len = line.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let marker = &line[..marker_len];
    let rest = &line[marker_len..];
    let number = (1..=2).contains(&marker.len()) && marker.bytes().all(|b| b.is_ascii_digit());
    let letter = marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase());
    let closed = if number {
        rest.starts_with([')', '.'])
    } else {
        letter && rest.starts_with(')')
    };
    closed && rest[1..].starts_with(' ')
}

fn can_start_sentence(c: char) -> bool {
    (c.is_alphabetic() && !c.is_lowercase())
        || c.is_ascii_digit()
        || matches!(c, '"' | '\'' | '(' | '[' | '•' | '¿' | '¡')
}

fn skip_whitespace(bytes: &[u8], mut j: usize, end: usize) -> usize {
    while j < end && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

/// The word (letters, digits, inner periods) ending just before byte `dot`,
/// and where it starts. Bounded: a run longer than `MAX_WORD` bytes is
/// returned empty-handed as an ordinary word would be.
fn word_before(text: &str, dot: usize) -> (&str, usize) {
    let bytes = text.as_bytes();
    let floor = dot.saturating_sub(MAX_WORD);
    let mut k = dot;
    while k > floor {
        let b = bytes[k - 1];
        if b.is_ascii_alphanumeric() || b == b'.' {
            k -= 1;
        } else if b >= 0x80 {
            // Step back over a whole non-ASCII character.
            let mut s = k - 1;
            while s > floor && !text.is_char_boundary(s) {
                s -= 1;
            }
            if !text.is_char_boundary(s) {
                break;
            }
            match text[s..k].chars().next() {
                Some(c) if c.is_alphanumeric() => k = s,
                _ => break,
            }
        } else {
            break;
        }
    }
    if k == floor && floor > 0 {
        return ("", dot); // longer than any abbreviation: an ordinary word
    }
    let word = text[k..dot].trim_start_matches('.');
    (word, dot - word.len())
}

/// The word (letters and digits) starting at byte `at`, after an opening
/// quote or bracket if there is one.
fn word_after(text: &str, at: usize) -> &str {
    let tail = &text[at..];
    // At most one opening mark ("(\"The") — bounded work per call.
    let tail = tail
        .strip_prefix(['(', '['])
        .unwrap_or(tail)
        .trim_start_matches(['"', '\'']);
    let mut end = 0;
    for (k, c) in tail.char_indices() {
        if k >= MAX_WORD || !c.is_alphanumeric() {
            break;
        }
        end = k + c.len_utf8();
    }
    &tail[..end]
}

/// A single capital letter: a name initial ("J." in "J. R. R. Tolkien").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by periods: "U.S", "U.N", "a.m", "Ph.D".
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one table gives each word the lists `contains_ci` (and, for
    /// states, a case-insensitive `contains`) finds it in: every listed
    /// word in three casings, cut short, lengthened, and words that are
    /// in no list (non-ASCII, digits, periods, over eight bytes, empty).
    #[test]
    fn the_end_word_table_agrees_with_the_lists() {
        let listed = [NEVER_FINAL, TITLES, BEFORE_NUMBER, ABBREVIATIONS, STATES];
        let mut words: Vec<String> = Vec::new();
        for word in listed.into_iter().flatten() {
            let capitalized = word[..1].to_ascii_uppercase() + &word[1..];
            for form in [word.to_string(), word.to_ascii_uppercase(), capitalized] {
                words.push(form[..form.len() - 1].to_string());
                words.push(format!("{form}s"));
                words.push(format!("{form}é"));
                words.push(form);
            }
        }
        words.extend(
            [
                "",
                "Iran",
                "e.g.",
                "U.S",
                "Zoë",
                "MESSRS",
                "Lieutenant",
                "12",
                "No2",
                "approxim",
            ]
            .map(str::to_string),
        );
        for word in &words {
            let bits = end_words::lists_of(word);
            let expect = |list: &[&str], bit: u8| {
                assert_eq!(bits & bit != 0, contains_ci(list, word), "{word:?} {bit}");
            };
            expect(NEVER_FINAL, end_words::NEVER_FINAL_WORD);
            expect(TITLES, end_words::TITLE);
            expect(BEFORE_NUMBER, end_words::BEFORE_NUMBER_WORD);
            expect(ABBREVIATIONS, end_words::ABBREVIATION);
            expect(STATES, end_words::STATE);
        }
        assert_eq!(
            end_words::lists_of("Ft"),
            end_words::TITLE | end_words::ABBREVIATION
        );
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn starter_list_is_sorted() {
        assert!(SENTENCE_STARTERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Iran denied it. Israel said nothing! Why? Nobody knows."),
            vec![
                "Iran denied it.",
                "Israel said nothing!",
                "Why?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn survives_abbreviations_and_initials() {
        let t =
            "The U.S. Navy said Gen. Smith met J. R. Doe on Jan. 5 in No. 2 camp. Iran denied it.";
        assert_eq!(
            split(t),
            vec![
                "The U.S. Navy said Gen. Smith met J. R. Doe on Jan. 5 in No. 2 camp.",
                "Iran denied it."
            ]
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        let t = "Mr. Araghchi met Mrs. Smith, Dr. Jones and Lt. Col. Ahmadi on St. George Street.";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn every_capital_letter_is_an_initial() {
        // "P." and "N." are initials, not "p." (page) or "n." (note).
        let t = "It was written by Kenneth P. Cohen and Gov. Dannel P. Malloy, not Mary N. Smith.";
        assert_eq!(split(t).len(), 1);
        assert_eq!(split("See p. 12 and pp. 4-5 of the report.").len(), 1);
    }

    #[test]
    fn state_abbreviations() {
        assert_eq!(split("In Flint, Mich. Mayor Karen Weaver spoke.").len(), 1);
        assert_eq!(
            split("He lives in Flint, Mich. The city is poor."),
            vec!["He lives in Flint, Mich.", "The city is poor."]
        );
        // Lower case, the same letters are ordinary words.
        assert_eq!(
            split("He fell ill. Doctors came."),
            vec!["He fell ill.", "Doctors came."]
        );
    }

    #[test]
    fn initials_of_a_name() {
        let t = "The book by J. R. R. Tolkien was cited. Franklin D. Roosevelt was not.";
        assert_eq!(
            split(t),
            vec![
                "The book by J. R. R. Tolkien was cited.",
                "Franklin D. Roosevelt was not."
            ]
        );
    }

    #[test]
    fn acronym_at_the_true_end_of_a_sentence() {
        let t = "The envoy flew to the U.S. The next day he met officials at the U.N. In New York, talks began.";
        assert_eq!(
            split(t),
            vec![
                "The envoy flew to the U.S.",
                "The next day he met officials at the U.N.",
                "In New York, talks began."
            ]
        );
    }

    #[test]
    fn acronym_before_a_name_or_number_continues() {
        assert_eq!(
            split("The U.S. Navy and the U.S. 5th Fleet sailed.").len(),
            1
        );
        assert_eq!(split("It happened at 10 a.m. Tehran time.").len(), 1);
    }

    #[test]
    fn acronym_then_quote_starts_a_sentence() {
        assert_eq!(
            split("He returned to the U.S. \"We won,\" he said."),
            vec!["He returned to the U.S.", "\"We won,\" he said."]
        );
    }

    #[test]
    fn months_and_company_suffixes() {
        assert_eq!(
            split("It was signed on Jan. 5 and expires in Feb. 2026.").len(),
            1
        );
        assert_eq!(
            split("The deal was signed in Jan. The next month it collapsed."),
            vec![
                "The deal was signed in Jan.",
                "The next month it collapsed."
            ]
        );
        assert_eq!(
            split("Shares of Apple Inc. rose. Exxon Mobil Corp. But the index fell."),
            vec![
                "Shares of Apple Inc. rose.",
                "Exxon Mobil Corp.",
                "But the index fell."
            ]
        );
        assert_eq!(split("Apple Inc. Chief Executive Tim Cook spoke.").len(), 1);
    }

    #[test]
    fn numeric_abbreviations_only_before_numbers() {
        assert_eq!(
            split("Under Art. 51 and resolution No. 2231, it acted.").len(),
            1
        );
        assert_eq!(
            split("He said no. The talks ended."),
            vec!["He said no.", "The talks ended."]
        );
    }

    #[test]
    fn never_final_abbreviations() {
        assert_eq!(
            split("Several states, e.g. Iran, objected; the U.S. vs. Iran case.").len(),
            1
        );
    }

    #[test]
    fn decimals_and_numbers() {
        assert_eq!(
            split("Prices rose 3.5 percent to $1,200.50 in 2015. Then they fell."),
            vec![
                "Prices rose 3.5 percent to $1,200.50 in 2015.",
                "Then they fell."
            ]
        );
        assert_eq!(
            split("The toll rose to 30,000. 12 more died on Monday."),
            vec!["The toll rose to 30,000.", "12 more died on Monday."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(split("We will ... respond, he said.").len(), 1);
        assert_eq!(split("He said we will... Iran will regret it.").len(), 1);
        assert_eq!(
            split("He left. \"... These thefts were serious,\" it said.").len(),
            2
        );
        assert_eq!(
            split("He paused... Then he left."),
            vec!["He paused...", "Then he left."]
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        let t = "\"We will respond.\" The minister left. He said: \"No.\"";
        assert_eq!(
            split(t),
            vec![
                "\"We will respond.\"",
                "The minister left.",
                "He said: \"No.\""
            ]
        );
    }

    #[test]
    fn sentence_ending_inside_quotes() {
        let t = "He said, \"No.\" Then he left.";
        assert_eq!(split(t), vec!["He said, \"No.\"", "Then he left."]);
    }

    #[test]
    fn quote_continuing_after_said() {
        let t = "\"We are ready,\" he said. \"The enemy will regret it.\"";
        assert_eq!(
            split(t),
            vec![
                "\"We are ready,\" he said.",
                "\"The enemy will regret it.\""
            ]
        );
    }

    #[test]
    fn question_inside_quote_before_attribution() {
        assert_eq!(
            split("\"Why now?\" asked the minister. \"Because!\" he said.").len(),
            2
        );
    }

    #[test]
    fn parentheses() {
        assert_eq!(
            split("Iran fired missiles (the second time this year.) Israel said it intercepted them. (Officials confirmed it.) Talks followed."),
            vec![
                "Iran fired missiles (the second time this year.)",
                "Israel said it intercepted them.",
                "(Officials confirmed it.)",
                "Talks followed."
            ]
        );
        assert_eq!(split("The talks (see Fig. 2) ended.").len(), 1);
    }

    #[test]
    fn datelines_stay_with_their_sentence() {
        let t = "TEHRAN (Reuters) — Iran rejected talks on Monday. It gave no reason.";
        assert_eq!(
            split(t),
            vec![
                "TEHRAN (Reuters) — Iran rejected talks on Monday.",
                "It gave no reason."
            ]
        );
        assert_eq!(
            split("WASHINGTON, Jan. 5 (AP) — The U.S. said it would act.").len(),
            1
        );
        assert_eq!(split("ST. LOUIS — Officials met.").len(), 1);
    }

    #[test]
    fn headline_line_is_its_own_sentence() {
        let t = "Iran rejects talks\nTEHRAN — Iran on Monday rejected talks.";
        assert_eq!(
            split(t),
            vec![
                "Iran rejects talks",
                "TEHRAN — Iran on Monday rejected talks."
            ]
        );
        let t = "Iran calls deal \"a new chapter\"\nBy Jane Doe\nVIENNA — It was signed.";
        assert_eq!(
            split(t),
            vec![
                "Iran calls deal \"a new chapter\"",
                "By Jane Doe",
                "VIENNA — It was signed."
            ]
        );
    }

    #[test]
    fn next_terminator_finds_the_first_stop_mark_as_a_byte_loop_does() {
        let by_loop = |bytes: &[u8], from: usize, end: usize| {
            (from..end)
                .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?'))
                .unwrap_or(end)
        };
        // Marks at every offset of a word and its tail, next to bytes one
        // above and below them (borrows), and non-ASCII text.
        let mut texts: Vec<String> = Vec::new();
        for at in 0..20 {
            for mark in ['.', '!', '?'] {
                let mut t: String = "-/ >@ \u{e9}x\"".chars().cycle().take(at).collect();
                t.push(mark);
                t.push_str("a.b!c?");
                texts.push(t);
            }
        }
        texts.push("no marks at all in this line, none".into());
        texts.push(String::new());
        for t in &texts {
            let bytes = t.as_bytes();
            for from in 0..=bytes.len() {
                for end in from..=bytes.len() {
                    assert_eq!(
                        next_terminator(bytes, from, end),
                        by_loop(bytes, from, end),
                        "{t:?} {from}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn paragraph_break_always_ends_a_sentence() {
        assert_eq!(
            split("No final stop\n\nNext paragraph"),
            vec!["No final stop", "Next paragraph"]
        );
        assert_eq!(
            split("Ends with Mr.\n\nNew one."),
            vec!["Ends with Mr.", "New one."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let t = "The minister said on Monday that the talks\nwould resume in Vienna, and that the\nUnited States had agreed. Iran denied it.";
        assert_eq!(
            split(t),
            vec![
                "The minister said on Monday that the talks\nwould resume in Vienna, and that the\nUnited States had agreed.",
                "Iran denied it."
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraph_keeps_full_lines_together() {
        let t = "Iran rejects talks\nTEHRAN - Iran's foreign minister on Monday rejected\nany talks with Washington while sanctions remain, said\nForeign Ministry spokesman Esmaeil Baghaei on Monday.";
        assert_eq!(
            split(t),
            vec![
                "Iran rejects talks",
                "TEHRAN - Iran's foreign minister on Monday rejected\nany talks with Washington while sanctions remain, said\nForeign Ministry spokesman Esmaeil Baghaei on Monday."
            ]
        );
    }

    #[test]
    fn line_ending_with_colon_continues() {
        let t = "He told reporters:\n\"We will respond.\"";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn bullet_lists() {
        let t = "The demands:\n- Iran must stop enrichment\n- Release prisoners\n• End support for proxies\n1) Allow inspections\nThat was all.";
        assert_eq!(
            split(t),
            vec![
                "The demands:",
                "- Iran must stop enrichment",
                "- Release prisoners",
                "• End support for proxies",
                "1) Allow inspections",
                "That was all."
            ]
        );
    }

    #[test]
    fn symbol_after_a_final_stop_on_the_next_line_starts_a_sentence() {
        let t = "~ Two punters died.\n~ The New Yorker looks at Guantanamo.\n§ 3 applies.";
        assert_eq!(
            split(t),
            vec![
                "~ Two punters died.",
                "~ The New Yorker looks at Guantanamo.",
                "§ 3 applies."
            ]
        );
        // On the same line a symbol does not start a sentence.
        assert_eq!(split("It rose 5%. § 3 applies.").len(), 1);
    }

    #[test]
    fn numbered_items_keep_their_number() {
        let t = "1. Iran must stop enrichment.\n2. It must release prisoners.";
        assert_eq!(
            split(t),
            vec![
                "1. Iran must stop enrichment.",
                "2. It must release prisoners."
            ]
        );
    }

    #[test]
    fn lower_case_after_period_continues() {
        assert_eq!(
            split("The strike hit approx. two sites and the dept. said so.").len(),
            1
        );
    }

    #[test]
    fn non_ascii_text() {
        let t = "Le ministre a parlé. Émile a répondu. Ça va.";
        assert_eq!(
            split(t),
            vec!["Le ministre a parlé.", "Émile a répondu.", "Ça va."]
        );
        let t = "قال الوزير. Iran said.";
        assert_eq!(split(t).len(), 2);
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split("  \n\n \n").is_empty());
        assert_eq!(split("."), vec!["."]);
        assert_eq!(split("...!?"), vec!["...!?"]);
    }

    #[test]
    fn spans_are_trimmed_ordered_and_disjoint() {
        let t = "  A b.  C d!\n\n  E f?  \nG h";
        let s = sentences(t);
        for w in s.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for x in &s {
            let body = x.text(t);
            assert_eq!(body, body.trim());
            assert!(!body.is_empty());
        }
    }
}
