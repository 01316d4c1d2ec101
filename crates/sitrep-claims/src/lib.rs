//! Reported speech: who said what, to whom, and on whose report.
//!
//! Owns claim extraction: direct quotes, indirect speech ("X said that …"),
//! nominal cues ("denials of … by X"), "according to" attributions, hedging,
//! denial stance and reporting chains (first / relay / according_to).
//! Cues come from `data/lexicons/cues.tsv`, compiled once into one matcher;
//! the closed word classes the rules read (cue leads, speaker and role nouns,
//! phrase stops, time words) from `data/lexicons/claims-words.tsv` ([`words`]).
//! [`ledger`] groups claims from many documents by proposition and flags
//! contradictions (one source asserts what another denies).

pub mod ledger;
mod scan;
pub mod words;

pub use words::ClaimWords;
use words::DocWords;

use sitrep_actors::{DocActors, Mention};
use sitrep_kb::Kb;
use sitrep_record::{ActorKind, ClaimRecord, Span, Speaker, Stance, Via, ViaRole};
use sitrep_text::{PhraseOccurrence, TextLayer, TurnRole};
use std::borrow::Cow;

const CUES_TSV: &str = include_str!("../../../data/lexicons/cues.tsv");

/// How far into a to-infinitive after a commitment verb a condition
/// ("if", "unless") may open and make the commitment a claim.
const CONDITION_WITHIN_WORDS: usize = 12;

/// What a cue phrase does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Verb,
    Noun,
    According,
    First,
    Relay,
    Hedge,
    /// Content that rejects something ("it was not true", "no such talks"): stance deny.
    Refutation,
    /// A verb whose subject is what is judged, not who judges ("the plan
    /// seems to work", "Lee is expected to win"): a claim with no speaker
    /// whose content is the clause, subject included.
    Impersonal,
    /// A word that opens a clause ("that", "whether", "why"): the verb right
    /// before it is a cue, whatever the verb, when a speaker is its subject
    /// ("the center estimates that …", "aides wondered why …").
    Complement,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub phrase: String,
    pub kind: CueKind,
    pub stance: Stance,
    pub hedged: bool,
    /// The content may be a to-infinitive ("wants to run", "declined to
    /// comment"): column 5 is `to` or `only-to`.
    pub infinitive: bool,
    /// The content must be a to-infinitive or a that-clause: with a noun
    /// object the verb reports no speech ("had never sought nuclear
    /// weapons", "wants a wall"): column 5 is `only-to`.
    pub infinitive_only: bool,
    /// The content must be a that-clause (for a denial also a report noun's
    /// object, "rejected claims that …", "dismissed the allegations"): with
    /// any other object or an infinitive the verb names an act, no speech
    /// ("rejected the proposal", "agreed to extend the truce", "has not ruled
    /// out talks"): column 5 is `only-that`.
    pub clause_only: bool,
    /// The cue is a verb found by the clause it opens (a `complement` row),
    /// not by its own phrase: its speaker must name someone.
    pub clausal: bool,
    /// The verb reports a stance only with a subject that names someone
    /// standing right before it (column 5 `named`, `named-that` or
    /// `named-to`):
    /// "officials believe Iran will respond" is a claim, "the data
    /// suggest costs will rise" and "many expect rates to fall" are not
    /// read as one.
    pub named_subject: bool,
    /// Bytes at the end of the phrase that are matched with it but are no
    /// part of the cue span: a setting written in parentheses in the file
    /// ("said (in an interview)"). The content still starts after it.
    pub setting: usize,
}

impl Cue {
    /// Whether the phrase ends in the setting of the speech ("said (in an
    /// interview)", "said in a speech"): a participle right after it
    /// describes the setting's noun ("… in a speech posted online that").
    fn names_setting(&self) -> bool {
        self.setting > 0 || self.phrase.contains(" in ")
    }
}

/// Speech cues, hedges and reporting-chain phrases, loaded from data files.
#[derive(Debug, Clone)]
pub struct CueLexicon {
    /// The rows of the file, then one verb cue for each `complement` row
    /// (the cue a complement hit becomes; see [`complement_hits`]).
    cues: Vec<Cue>,
    /// For each row, the index of its verb cue when it is a `complement` row
    /// (one entry per row, so its length is the number of rows).
    verb_of_complement: Vec<Option<usize>>,
    matcher: scan::CueScanner,
    /// The closed word classes the rules read (`claims-words.tsv`).
    words: ClaimWords,
}

impl CueLexicon {
    pub fn builtin() -> Result<CueLexicon, String> {
        CueLexicon::builtin_with(&sitrep_record::data_dir::DataDir::none())
    }

    /// The built-in cues and word classes, each extended by the user's file
    /// of the same name in `data` (`lexicons/cues.tsv`,
    /// `lexicons/claims-words.tsv`), if it has one.
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<CueLexicon, String> {
        CueLexicon::builtin_with_words(data, ClaimWords::builtin_with(data)?)
    }

    /// The built-in cues extended by the user's `lexicons/cues.tsv` in
    /// `data`, with word classes the caller read already
    /// ([`ClaimWords::builtin_with`] of the same `data`): a program that
    /// also gives them to the events lexicon reads the file once.
    pub fn builtin_with_words(
        data: &sitrep_record::data_dir::DataDir,
        words: ClaimWords,
    ) -> Result<CueLexicon, String> {
        let t = data.extend(("data/lexicons/cues.tsv", CUES_TSV))?;
        CueLexicon::parse(t.name, &t.text, words).map_err(|e| t.locate(e))
    }

    /// The word classes the rules read.
    pub fn words(&self) -> &ClaimWords {
        &self.words
    }

    /// The cue phrases' leftmost-longest matches in `text` as (start, end,
    /// row), before the whole-word checks: the stage's scan, for timing it
    /// (`examples/cue_scan.rs`).
    pub fn phrase_matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.matcher.leftmost_longest(text.as_bytes())
    }

    /// The phrases the cue scan looks for, in row order: the list to
    /// compile into a joint scan whose occurrences
    /// [`extract_claims_from_occurrences`] takes.
    pub fn scan_phrases(&self) -> Vec<&str> {
        self.cues().iter().map(|c| c.phrase.as_str()).collect()
    }

    /// The cue rows, in file order.
    pub fn cues(&self) -> &[Cue] {
        &self.cues[..self.verb_of_complement.len()]
    }

    /// Parses a cue TSV (see the file header for columns); `words` are the
    /// word classes to go with it.
    pub fn parse(file: &str, contents: &str, words: ClaimWords) -> Result<CueLexicon, String> {
        let mut cues = Vec::new();
        let (_header, rows) = sitrep_record::tsv::read(contents);
        for row in rows {
            let (line, text) = (row.number, row.text);
            let cols: Vec<&str> = text.split('\t').collect();
            if cols.len() < 4 {
                return Err(format!("{file}:{line}: expected 4 columns"));
            }
            let kind = match cols[1] {
                "verb" => CueKind::Verb,
                "noun" => CueKind::Noun,
                "according" => CueKind::According,
                "first" => CueKind::First,
                "relay" => CueKind::Relay,
                "hedge" => CueKind::Hedge,
                "refutation" => CueKind::Refutation,
                "impersonal" => CueKind::Impersonal,
                "complement" => CueKind::Complement,
                k => return Err(format!("{file}:{line}: unknown kind {k:?}")),
            };
            let stance = match cols[2] {
                "assert" => Stance::Assert,
                "deny" => Stance::Deny,
                s => return Err(format!("{file}:{line}: unknown stance {s:?}")),
            };
            let hedged = match cols[3] {
                "0" => false,
                "1" => true,
                h => return Err(format!("{file}:{line}: hedged must be 0 or 1, got {h:?}")),
            };
            let (infinitive, infinitive_only, clause_only, named_subject) =
                match cols.get(4).map(|c| c.trim()) {
                    None | Some("") => (false, false, false, false),
                    Some("to") => (true, false, false, false),
                    Some("only-to") => (true, true, false, false),
                    Some("only-that") => (false, false, true, false),
                    Some("named") => (false, false, false, true),
                    Some("named-to") => (true, true, false, true),
                    Some("named-that") => (false, false, true, true),
                    Some(f) => {
                        return Err(format!(
                            "{file}:{}: complement must be empty, \"to\", \"only-to\", \"only-that\", \"named\", \"named-to\" or \"named-that\", got {f:?}",
                            line
                        ))
                    }
                };
            // "said (in an interview)": matched as "said in an interview",
            // the cue span is "said".
            let written = cols[0].to_ascii_lowercase();
            let (phrase, setting) = match written.strip_suffix(')').and_then(|w| w.split_once(" ("))
            {
                Some((verb, setting)) if !verb.is_empty() && !setting.is_empty() => {
                    (format!("{verb} {setting}"), setting.len() + 1)
                }
                _ => (written, 0),
            };
            cues.push(Cue {
                phrase,
                kind,
                stance,
                hedged,
                infinitive,
                infinitive_only,
                clause_only,
                clausal: false,
                named_subject,
                setting,
            });
        }
        // A full DFA walked by our own loop: with a few hundred phrases the
        // crate's automatic choice is a contiguous NFA, which scans news
        // text 2-3 times slower (`examples/cue_scan.rs`).
        let matcher = scan::CueScanner::new(cues.iter().map(|c| c.phrase.as_str()))
            .map_err(|e| format!("{file}: {e}"))?;
        // Built after the matcher: these cues are never matched as phrases.
        let rows = cues.len();
        let mut verb_of_complement = vec![None; rows];
        for (i, slot) in verb_of_complement.iter_mut().enumerate() {
            if cues[i].kind == CueKind::Complement {
                *slot = Some(cues.len());
                cues.push(Cue {
                    kind: CueKind::Verb,
                    clausal: true,
                    ..cues[i].clone()
                });
            }
        }
        Ok(CueLexicon {
            cues,
            verb_of_complement,
            matcher,
            words,
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    cue: usize,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The cue hits among `occurrences`, every occurrence of the cue phrases
/// in `text` (any order; an index beyond the rows is ignored).
fn find_hits(text: &str, lex: &CueLexicon, mut occurrences: Vec<PhraseOccurrence>) -> Vec<Hit> {
    let bytes = text.as_bytes();
    let rows = lex.cues().len();
    occurrences.retain(|&(start, end, cue)| {
        cue < rows && start < end && text.is_char_boundary(start) && text.is_char_boundary(end)
    });
    scan::leftmost_longest_of(occurrences)
        .into_iter()
        .map(|(start, end, cue)| Hit { start, end, cue })
        .filter(|m| {
            // Whole words only, and not inside a hyphenated compound
            // ("long-threatened", "said-to-be").
            (m.start == 0 || !(is_word_byte(bytes[m.start - 1]) || bytes[m.start - 1] == b'-'))
                && (m.end >= bytes.len()
                    || !(is_word_byte(bytes[m.end]) || bytes[m.end] == b'-'))
                // A capitalized cue inside a sentence is part of a name
                // ("the United States", "Washington Post Reports"), except
                // in a headline written in title case ("Senator Says Deal
                // Is Near").
                && !capital_inside_name(text, m.start, m.end)
        })
        .collect()
}

/// Whether the cue `start..end` starts with a capital inside a sentence,
/// after a word or a comma, so that it is part of a name ("the United
/// States", "Washington Post Reports"): not in a headline written in title
/// case ("Senator Says Deal Is Near"), nor a capitalised past after a comma
/// ([`capitalised_past_after_comma`]).
fn capital_inside_name(text: &str, start: usize, end: usize) -> bool {
    text.as_bytes()[start].is_ascii_uppercase()
        && text[..start]
            .trim_end_matches(' ')
            .ends_with(|c: char| c.is_alphanumeric() || c == ',')
        && !in_title_case_line(text, start)
        && !capitalised_past_after_comma(text, start, end)
}

/// Whether the capitalised cue `start..end` is a past-tense verb written
/// with a capital after a comma ("Murphy, the head of the PAC, Tweeted on
/// Friday"): one word in -ed, right after ", ", and a lower-case word after
/// it. A name goes on with a capital ("Smith, Allied Capital's chief") or
/// ends the phrase.
fn capitalised_past_after_comma(text: &str, start: usize, end: usize) -> bool {
    let cue = &text[start..end];
    let next_lower = text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    text[..start].ends_with(", ")
        && cue.ends_with("ed")
        && cue[1..].bytes().all(|b| b.is_ascii_lowercase())
        && next_lower
}

/// Whether the cue word `cue` (one word in -s) stands right after "to" and
/// a plain lower-case verb, which ends `head` ("to detain suspects", "to
/// file reports"): the object of that verb, no speech verb. Not after an
/// auxiliary, adverb or other phrase stop ("has to, says").
fn infinitive_object(wd: &DocWords, head: &str, cue: &str) -> bool {
    // The cheap test first: most cues ("said") end in no -s.
    if !cue.ends_with('s') || cue.contains(' ') {
        return false;
    }
    let mut back = head.split_space().rev();
    let (verb, to) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
    to == "to"
        && verb.len() > 2
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && wd.exact(verb) & (words::CUE_LEAD | words::NP_STOP) == 0
}

/// Whether the words between two mentions of a speaker phrase put the
/// second in a place after the first: " in ", " operating in ", " based
/// in " (a participle and a `locative` preposition of claims-words.tsv, or
/// the preposition alone).
fn locative_postmodifier(wd: &DocWords, between: &str) -> bool {
    let locative = |w: &str| wd.exact(w) & words::LOCATIVE != 0;
    let mut words = between.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(p), None, None) => locative(p),
        (Some(v), Some(p), None) => (v.ends_with("ing") || v.ends_with("ed")) && locative(p),
        _ => false,
    }
}

/// Verb hits for the clauses that `complement` rows open ("the center
/// estimates that …", "aides wondered why …", "the mayor assured them that
/// …"): the word right before the complementizer, or before an object
/// pronoun before it, becomes a verb cue of the row's stance when its form
/// is a verb's ([`complement_verb`]). After "that" a clause must follow
/// ([`opens_finite_clause`]), or "that" is a determiner or pronoun ("won
/// that state"). Whether the verb's subject names someone is checked when
/// its speaker is found (`names_speaker`). A lexicon cue a few words before
/// keeps its own clause ("told reporters that …", "said the deal that …").
fn complement_hits(text: &str, lex: &CueLexicon, wd: &DocWords, hits: Vec<Hit>) -> Vec<Hit> {
    if !hits
        .iter()
        .any(|h| lex.verb_of_complement[h.cue].is_some() || lex.cues[h.cue].named_subject)
    {
        return hits;
    }
    let mut out = Vec::with_capacity(hits.len());
    let mut last_cue_end = None;
    for h in hits {
        // A lexicon cue within a few words before, in the same clause,
        // takes this clause as its content. The marks are ASCII, so a byte
        // test finds what `str::contains` of the chars would, without
        // decoding every character (this runs for every cue of a text).
        let near_cue = last_cue_end.is_some_and(|e: usize| {
            h.start >= e
                && h.start - e <= 60
                && !text.as_bytes()[e..h.start]
                    .iter()
                    .any(|b| matches!(b, b'.' | b',' | b'!' | b'?' | b';' | b':' | b'"' | b'\n'))
        });
        let Some(verb_cue) = lex.verb_of_complement[h.cue] else {
            // "the mayor said he believed the bridge would reopen": a stance
            // verb inside what a speech cue reports is part of that claim.
            if lex.cues[h.cue].named_subject {
                if !near_cue {
                    last_cue_end = Some(h.end);
                    out.push(h);
                }
                continue;
            }
            if matches!(
                lex.cues[h.cue].kind,
                CueKind::Verb | CueKind::Noun | CueKind::Impersonal | CueKind::According
            ) {
                last_cue_end = Some(h.end);
            }
            out.push(h);
            continue;
        };
        if near_cue {
            continue;
        }
        // The verb test first: it is cheaper and rules out most hits.
        let Some((vs, ve)) = complement_verb(wd, text, h.start) else {
            continue;
        };
        // "U.N. officials estimate that gangs control …": after a verb
        // whose subject names someone, a plural noun and a plain verb open
        // the clause (a determiner "that" takes no plural).
        let named_subject = || {
            word_before(text.as_bytes(), 0, vs).is_some_and(|(ps, pe)| {
                let c = wd.exact(&text[ps..pe]);
                c & (words::ROLE_HEAD | words::SPEAKER_NOUN | words::SPEAKER_HEAD) != 0
                    || (c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0)
            })
        };
        if lex.cues[h.cue].phrase != "that"
            || opens_finite_clause(wd, &text[h.end..])
            || (plural_subject_clause(wd, &text[h.end..]) && named_subject())
        {
            out.push(Hit {
                start: vs,
                end: ve,
                cue: verb_cue,
            });
        }
    }
    out.sort_by_key(|h| h.start);
    out
}

/// The verb right before the complementizer at `at` ("estimates that",
/// "might wish that", "assured them that"; with an adverb in -ly after it,
/// "complain bitterly that", the cue is both words), when its form is a verb's: a
/// word ending in -ed or in the -s of a present tense, a word after an
/// auxiliary, modal or negation ("did not know", "is confident", "are
/// afraid"), a plain form after a personal pronoun or a plural ("they know",
/// "environmentalists worry"), or an irregular past (`past_form`). Not after
/// a determiner or possessive ("the reports that", "Clinton's plans that"),
/// and not a `not_complement` word ("so that", "now that", "given that").
fn complement_verb(wd: &DocWords, text: &str, at: usize) -> Option<(usize, usize)> {
    let spaced_word_before = |end: usize| -> Option<(usize, usize)> {
        let before = text[..end].strip_suffix(' ')?;
        let ws = after_last_of(before, b" \n");
        (ws < before.len()).then_some((ws, before.len()))
    };
    let (mut ws, mut we) = spaced_word_before(at)?;
    // "complain bitterly that": an adverb in -ly after the verb joins its cue.
    let mut cue_end = None;
    let adverb = &text[ws..we];
    if adverb.len() > 4
        && adverb.ends_with("ly")
        && adverb.bytes().all(|b| b.is_ascii_lowercase())
        && wd.exact(adverb) & words::LY_NOUN == 0
    {
        cue_end = Some(we);
        (ws, we) = spaced_word_before(ws)?;
    }
    // "assured them that": an object pronoun between the verb and its clause
    // ("it" is left out: "made it clear that" is a cue of its own).
    let mut c = wd.exact(&text[ws..we]);
    if cue_end.is_none() && c & words::OBJECT_PRONOUN != 0 && c & words::PRONOUN == 0 {
        (ws, we) = spaced_word_before(ws)?;
        c = wd.exact(&text[ws..we]);
    }
    let w = &text[ws..we];
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // "the Internet polls that showed …": a speaker noun is no verb.
    let noun = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
    let function_word = noun
        | words::NOT_COMPLEMENT
        | words::CUE_LEAD
        | words::NP_STOP
        | words::DETERMINER
        | words::PRONOUN
        | words::RELATIVE
        | words::OBJECT_PRONOUN;
    if c & function_word != 0 {
        return None;
    }
    let (ps, pe) = spaced_word_before(ws)?;
    let p = &text[ps..pe];
    let pc = wd.exact(p);
    if pc & words::DETERMINER != 0 || p.ends_with("'s") || p.ends_with("s'") {
        return None;
    }
    let finite = w.ends_with("ed") || third_person_s(w);
    let after_aux = pc & words::CUE_LEAD != 0;
    let plain_after_subject = pc & (words::PRONOUN | words::GENERIC_PRONOUN) != 0
        && pc & words::OBJECT_PRONOUN == 0
        || p == "I"
        || pc & (words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN) != 0
        || (p.ends_with('s') && !p.ends_with("ss") && p.bytes().all(|b| b.is_ascii_lowercase()));
    let past = c & words::PAST_FORM != 0;
    (finite || after_aux || plain_after_subject || past).then_some((ws, cue_end.unwrap_or(we)))
}

/// Whether `before`, the words before a number, make it the end of a share
/// that opens the speaker phrase ("Six in", "nearly nine out of", ", but
/// four of"): a number or number word, then "in" or "(out) of", with
/// nothing before the count but the clause's opening, a conjunction or
/// preposition, or an adverb in -ly. After a verb the share is an object
/// and a cue word after it a modifier ("won 6 in 10 reported games").
fn ends_share(wd: &DocWords, before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let count = match words.next() {
        Some("in") => words.next(),
        Some("of") => match words.next() {
            Some("out") => words.next(),
            w => w,
        },
        _ => None,
    };
    let is_count = count.is_some_and(|c| {
        c.bytes().all(|b| b.is_ascii_digit()) || wd.of(c) & words::NUMBER_WORD != 0
    });
    is_count
        && words.next().is_none_or(|w| {
            let c = wd.exact(w);
            w.ends_with([',', ';', ':', '—'])
                || (c & words::NP_STOP != 0 && c & words::CUE_LEAD == 0)
                || (w.len() > 4 && w.ends_with("ly"))
        })
}

/// Whether `w` may be a verb's third person in -s ("estimates"), not a
/// word that merely ends in s ("press", "status", "crisis").
fn third_person_s(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Whether `after_cue`, what follows a cue, is only a demonstrative "that"
/// or "this", alone or with one noun, before punctuation or the end ("…
/// rejected that demand, saying", "… denied this.", "… confirmed that"),
/// which refers back to something said before. A time phrase may follow
/// the noun ("rejected that demand on Sunday, saying …", "denied that claim
/// last week.").
fn anaphoric_object(wd: &DocWords, after_cue: &str) -> bool {
    let Some(rest) = after_cue
        .strip_prefix(" that")
        .or_else(|| after_cue.strip_prefix(" this"))
    else {
        return false;
    };
    let closes = |r: &str| r.is_empty() || r.starts_with([',', '.', ';', ':', '!', '?']);
    // "said that, if elected, he would …": a comma right after "that" sets
    // off a phrase inside the clause it opens.
    if rest.is_empty() || rest.starts_with(['.', ';', '!', '?']) {
        return true;
    }
    let Some(word) = rest.strip_prefix(' ') else {
        return false;
    };
    let len = word
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(word.len());
    len > 0 && (closes(&word[len..]) || dated_then_closes(wd, &word[len..]))
}

/// Whether `rest` is a short time phrase ("on Sunday", "last week",
/// "yesterday") up to punctuation or the end: at most three words, each a
/// time word or a preposition of time before one.
fn dated_then_closes(wd: &DocWords, rest: &str) -> bool {
    const TIME_PHRASE_MAX_WORDS: usize = 3;
    let end = rest
        .find([',', '.', ';', ':', '!', '?'])
        .unwrap_or(rest.len());
    let phrase = rest[..end].trim();
    let words: Vec<&str> = phrase.split_space().collect();
    !phrase.is_empty()
        && words.len() <= TIME_PHRASE_MAX_WORDS
        && words
            .last()
            .is_some_and(|w| wd.exact(w) & words::TIME_WORD != 0)
        && words
            .iter()
            .all(|w| wd.exact(w) & words::TIME_WORD != 0 || matches!(*w, "on" | "in" | "at"))
}

/// Whether `rest`, what follows a "that" (with its space), is the verb
/// phrase of a subject relative clause, so that the "that" is a relative
/// pronoun and opens no reported clause: "Chinese vessels that entered
/// restricted waters", "a provocation that threatened regional peace". Its
/// first word (after a manner adverb in -ly) is a past-tense verb, and no
/// auxiliary, modal or contraction follows (unless a determiner or
/// preposition right after the verb shows it takes an object), nor a second
/// past verb after a noun, which would make the first word an adjective of
/// the clause's subject ("that armed groups had seized the town", "that
/// elected officials ignored the vote").
fn opens_subject_relative(wd: &DocWords, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let mut words = r.split_space();
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    let past = |w: &str, c: words::Classes| {
        lower(w) && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
    };
    let Some(mut first) = words.next() else {
        return false;
    };
    // "vessels that illegally intruded into the waters": a manner adverb
    // may stand before the relative clause's verb.
    if first.len() > 4
        && first.ends_with("ly")
        && lower(first)
        && wd.exact(first) & words::LY_NOUN == 0
    {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
    }
    let first_classes = wd.exact(first);
    if first.len() < 4
        || !past(first, first_classes)
        || first_classes & (words::CUE_LEAD | words::DETERMINER | words::PRONOUN) != 0
    {
        return false;
    }
    let mut prev_class = first_classes;
    let mut prev_possessive = false;
    for (i, raw) in words.take(8).enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            break;
        }
        let c = wd.exact(w);
        // "vessels that entered the waters were expelled": a determiner or
        // preposition right after the past form makes it the relative
        // clause's verb with its object, whatever auxiliary follows (a
        // participle adjective takes its noun: "that armed groups had …").
        if i == 0 && c & (words::DETERMINER | words::NOT_BEFORE_CUE | words::NOT_COMPLEMENT) != 0 {
            return true;
        }
        let aux = c & words::CUE_LEAD != 0 && c & words::NP_STOP != 0;
        let contraction = w.contains(['\'', '’']) && !w.ends_with("'s") && !w.ends_with("’s");
        if aux || c & words::MODAL != 0 || contraction {
            return false;
        }
        if i >= 1
            && past(w, c)
            && prev_class & words::DETERMINER == 0
            && !prev_possessive
            && c & words::ED_ADJECTIVE == 0
        {
            return false;
        }
        if is_coordinator(wd, w) || c & (words::RELATIVE | words::SUBORDINATOR) != 0 {
            break;
        }
        if raw.ends_with(['.', ',', ';', ':', '!', '?', ')']) {
            break;
        }
        prev_class = c;
        prev_possessive = w.ends_with("'s") || w.ends_with("’s");
    }
    true
}

/// Where, in `between` (what lies between a cue and the "that" of its
/// clause, with its leading space), the medium named by a `carrier`
/// participle and "by" starts and ends: " in a statement carried by KCNA"
/// gives the range of "KCNA".
fn carried_by(wd: &DocWords, between: &str) -> Option<(usize, usize)> {
    let by = scan::find_str(between, " by ")?;
    let participle = &between[after_last_of(&between[..by], b" ")..by];
    if wd.exact(participle) & words::CARRIER == 0 {
        return None;
    }
    let (a, b) = (by + " by ".len(), between.trim_end().len());
    (a < b).then_some((a, b))
}

/// Where in `content` an appositive that sums up what comes before it
/// starts (the comma's offset): ", a result rejected by the opposition",
/// ", a move that angered Beijing", ", an outcome widely seen as …": an
/// indefinite article, one noun, then a past participle (after an adverb in
/// -ly or not), "that" or "which". An appositive after a name describes
/// the name (", the Alliance for Manufacturing, a group that has …"), and
/// one headed by a speaker or role noun describes someone (", a teacher
/// who …", ", a group that …"): no summary.
fn summing_appositive(wd: &DocWords, content: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", a").map(|p| from + p) {
        from = p + 1;
        let after_name = content[..p]
            .split_space()
            .next_back()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        let mut words = content[p + 2..].split_space();
        if after_name || !matches!(words.next(), Some("a" | "an")) {
            continue;
        }
        let noun = words.next().unwrap_or("");
        let someone = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
        if noun.is_empty()
            || !noun.bytes().all(|b| b.is_ascii_lowercase())
            || wd.exact(noun) & someone != 0
        {
            continue;
        }
        let mut next = words.next().unwrap_or("");
        if next.len() > 4 && next.ends_with("ly") && wd.exact(next) & words::LY_NOUN == 0 {
            next = words.next().unwrap_or("");
        }
        let participle = next.len() > 3
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && (next.ends_with("ed") || wd.exact(next) & words::PAST_FORM != 0);
        // Three words at least before it: the summed-up content.
        if (participle || matches!(next, "that" | "which"))
            && content[..p].split_whitespace().count() >= 3
        {
            return Some(p);
        }
    }
    None
}

/// Where a claim's content `content` ends before ", and" and a new clause
/// with a subject of its own and a verb in the simple past ("…, and the
/// Treasury Department sanctioned …", "…, and Australia and the European
/// Union expressed concern"): the narrator goes on with another party's
/// act. The subject opens with a capital or a determiner and runs at most
/// six words, without punctuation, up to the verb. Not ", and that …" (a
/// second clause of the same cue), a pronoun subject ("…, and he had one
/// meeting", "…, and I rejected …", often the speaker still speaking), nor a modal or auxiliary
/// ("…, and a guilty plea would ruin his life", reported speech shifted
/// back).
fn coordinated_clause(wd: &DocWords, content: &str) -> Option<usize> {
    const SUBJECT_MAX_WORDS: usize = 6;
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", and ").map(|p| from + p) {
        from = p + 1;
        let rest = &content[p + ", and ".len()..];
        let first = rest.split_space().next().unwrap_or("");
        // "I" is no `pronoun` row (a first-person speaker is resolved apart).
        let subject_opens = !matches!(first, "that" | "I")
            && wd.exact(first) & words::PRONOUN == 0
            && (first.starts_with(|c: char| c.is_uppercase())
                || wd.exact(first) & words::DETERMINER != 0);
        if !subject_opens {
            continue;
        }
        for (i, raw) in rest.split_space().take(SUBJECT_MAX_WORDS + 1).enumerate() {
            let w = raw.trim_end_matches([',', ';', ':', '.', '"', ')']);
            let c = wd.exact(w);
            let past = c & (words::PAST_FORM | words::ACTION_PAST) != 0
                // "speed", "greed": no past in -ed.
                || (w.ends_with("ed") && !w.ends_with("eed") && c & words::ED_ADJECTIVE == 0);
            let verb = i >= 1
                && !w.is_empty()
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && c & (words::DETERMINER | words::PRONOUN | words::CUE_LEAD | words::MODAL) == 0
                && past;
            if verb {
                return Some(p);
            }
            if w.len() != raw.len() {
                break;
            }
        }
    }
    None
}

/// Where reported speech `content` (no quote mark in it) ends before ", and"
/// with a personal pronoun and a verb in the simple past that reports no
/// speech ("…, and he railed against the moderators", "…, and she ordered
/// an inquiry"): the writer goes on with the speaker's next act, as
/// [`coordinated_clause`] reads another party's. PolNeAR train ends the
/// content there in 8 of 10 such clauses outside quotes (inside quotes it
/// stays the speaker's words, so a quoted content is left alone). Not "it"
/// (often what was said goes on: "…, and it failed"), nor an auxiliary or
/// modal ("…, and he had …", "…, and they would …": speech shifted back),
/// nor a verb `is_cue` knows at that offset of `content` (its own claim ends
/// the content). At least three words of content come before the comma.
fn pronoun_act_clause(
    wd: &DocWords,
    content: &str,
    is_cue: impl Fn(usize) -> bool,
) -> Option<usize> {
    if content.contains('"') || content.contains("''") {
        return None;
    }
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", and ").map(|p| from + p) {
        from = p + 1;
        let rest = &content[p + ", and ".len()..];
        let mut words = rest.split_space();
        let subject = words.next().unwrap_or("");
        let k = wd.exact(subject);
        let person = subject != "it" && k & words::PRONOUN != 0 && k & words::THIRD_PERSON != 0;
        if !person || content[..p].split_space().count() < 3 {
            continue;
        }
        let raw = words.next().unwrap_or("");
        let w = raw.trim_end_matches([',', ';', ':', '.']);
        let c = wd.exact(w);
        let past = c & (words::PAST_FORM | words::ACTION_PAST) != 0
            || (w.ends_with("ed") && !w.ends_with("eed") && c & words::ED_ADJECTIVE == 0);
        let verb_at = p + ", and ".len() + subject.len() + 1;
        if past
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && c & (words::CUE_LEAD | words::MODAL) == 0
            && !is_cue(verb_at)
        {
            return Some(p);
        }
    }
    None
}

/// A trailing object relative or summing appositive in a claim's content in
/// which another party disputes it (", which Asmara has denied", ", a
/// decision Beijing does not recognise", ", a result the opposition
/// rejected as fraudulent"): the narrator's aside, no part of the claim.
/// Offsets relative to the content: where the aside starts (its comma), its
/// subject (from, to) and its dispute verb (from, to).
struct DisputingAside {
    at: usize,
    /// Headed by a report noun (", an accusation Tehran rejected"): the
    /// noun's own claim already holds the denial.
    reported: bool,
    subject: (usize, usize),
    verb: (usize, usize),
}

/// The [`DisputingAside`] ending `content`, if any: a subject (a
/// capitalized word or a determiner first) comes before the dispute verb,
/// and nothing after the aside is set off by a comma.
fn disputing_aside(wd: &DocWords, content: &str) -> Option<DisputingAside> {
    const ASIDE_MAX_WORDS: usize = 10;
    let at = rfind_comma_space(content)?;
    let base = at + 2;
    let aside = &content[base..];
    // Split as the words are read: at most a dozen of them, and the aside
    // may run on to the end of a long sentence.
    let mut words = WordsForward::new(aside, 0, aside.len());
    let (os, oe) = words.next()?;
    let opener = &aside[os..oe];
    let mut reported = false;
    if opener != "which" {
        // ", a decision …", ", a result …": an article and one noun.
        let noun = words.next().map_or("", |(x, y)| &aside[x..y]);
        if !matches!(opener, "a" | "an") || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        reported = wd.exact(noun) & words::REPORT_NOUN != 0;
    }
    let mut subject: Option<(usize, usize)> = None;
    for (ws, we) in words.take(ASIDE_MAX_WORDS) {
        let w = aside[ws..we].trim_end_matches(['.', '!', '?', '"']);
        let we = ws + w.len();
        let c = wd.exact(w);
        if c & words::DISPUTE_VERB != 0 && w.bytes().all(|b| b.is_ascii_lowercase()) {
            return subject.map(|(ss, se)| DisputingAside {
                at,
                reported,
                subject: (base + ss, base + se),
                verb: (base + ws, base + we),
            });
        }
        let opens = w.starts_with(|ch: char| ch.is_uppercase()) || c & words::DETERMINER != 0;
        // The subject runs up to the auxiliaries and adverbs before the
        // verb ("has", "does not", "immediately").
        match subject.as_mut() {
            None if opens => subject = Some((ws, we)),
            Some(sp) if c & (words::CUE_LEAD | words::NP_STOP) == 0 && sp.1 + 1 == ws => sp.1 = we,
            _ => {}
        }
    }
    None
}

/// Whether `before`, the words between a cue and a "that", are a frame
/// with a dummy subject and a form of "be" ("there was no evidence", "it is
/// not true", "there had been no sign"): the "that" belongs to the frame,
/// and the frame, which often negates the clause, to what was said.
fn expletive_frame(wd: &DocWords, before: &str) -> bool {
    const FRAME_MAX_WORDS: usize = 8;
    let mut ws = before.split_whitespace();
    let opens = ws
        .next()
        .is_some_and(|w| wd.exact(w) & words::EXPLETIVE_SUBJECT != 0);
    // Every test is pure, so the rest need not be read when the first word
    // is no dummy subject (nearly always): `before` may run far into the
    // sentence, and counting its words decodes every character.
    if !opens {
        return false;
    }
    let n = before.split_whitespace().count();
    // The form of "be" right after the subject, or after auxiliaries and
    // modals ("there had been", "it would be").
    let be = ws
        .take_while(|w| wd.exact(w) & (words::CUE_LEAD | words::MODAL | words::PASSIVE_AUX) != 0)
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
    be && n <= FRAME_MAX_WORDS && !before.contains([',', '"', ';', ':'])
}

/// Whether `before`, the words between a cue and a "that", already hold a
/// clause of their own: a subject that opens with no preposition, then a
/// modal or auxiliary ("said the agency could not assure that …") or a
/// verb in -ed or an irregular past right after a noun ("said the vessel
/// belonged to a company that …"). The "that" then belongs inside what was
/// said (a complement of the inner verb or a relative), and the content
/// starts at the cue. A setting opens with a preposition ("said in a
/// statement posted online that …") and keeps its "that".
fn clause_before_that(wd: &DocWords, before: &str) -> bool {
    const CLAUSE_MAX_WORDS: usize = 12;
    let mut prev: Option<&str> = None;
    for (i, raw) in before.split_whitespace().take(CLAUSE_MAX_WORDS).enumerate() {
        let w = raw.trim_end_matches([',', ';', ':']);
        let c = wd.exact(w);
        if i == 0 {
            // A subject opens with a determiner, a name or a noun, not with
            // a preposition, an adverb or a time word ("said Tuesday that").
            let opens_setting = is_setting_preposition(w)
                || (c & words::NOT_BEFORE_CUE != 0 && c & words::DETERMINER == 0)
                || c & (words::TIME_WORD | words::CUE_LEAD | words::PRONOUN) != 0;
            if opens_setting || w.ends_with("ly") {
                return false;
            }
            prev = Some(w);
            continue;
        }
        if raw.ends_with([',', ';', ':']) || raw.contains('"') {
            return false;
        }
        let after_noun = prev.is_some_and(|p| {
            wd.exact(p) & (words::NOT_BEFORE_CUE | words::DETERMINER | words::NP_STOP) == 0
        });
        let auxiliary = c & (words::MODAL | words::PASSIVE_AUX) != 0
            || matches!(w, "has" | "have" | "had" | "did" | "does");
        let past = w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
            && c & words::ED_ADJECTIVE == 0;
        if auxiliary || (past && after_noun) {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// Whether `rest`, what follows a "that", opens a finite clause: a subject
/// pronoun first ("that he would …"), or an auxiliary, a contraction or a
/// verb form in -ed or -s among its first words before punctuation ("that
/// the top 1 percent would pay", "that countries donated millions"). Not a
/// determiner or pronoun "that" ("won that state.", "rejected that.").
/// Whether the text right after a cue (`lower`, from the space after it)
/// opens a clause without "that": a subject pronoun first ("agreed they had
/// no choice"), or, but for a denial, a short subject and a finite verb
/// within `reach` words, with no relative word before it ("agreed the deal
/// was fair", "ruled the vote was void"; "agreed a deal that would cut
/// emissions" is an act). With `subject_first` the finite verb may not be
/// the first word: "the team's playoff hopes are slim" has a noun "hopes",
/// no verb with a clause.
fn opens_bare_clause(
    wd: &DocWords,
    lower: &str,
    stance: Stance,
    reach: usize,
    subject_first: bool,
) -> bool {
    let first = lower.split_whitespace().next().unwrap_or("");
    let finite_soon = || {
        stance != Stance::Deny
            && lower
                .split_whitespace()
                .take(reach)
                // "One would hope so, since the business could use …": a
                // comma ends a subject before its verb came.
                .take_while(|w| {
                    let relative = matches!(*w, "that" | "which" | "who" | "to");
                    let comma = subject_first && w.ends_with([',', ';', ':']);
                    !(relative || comma)
                })
                .skip(usize::from(subject_first))
                .any(|w| {
                    let c = wd.exact(w);
                    (c & words::BARE_CLAUSE_VERB != 0 && is_lower_word(w))
                    // "worry prices may rise", "agreed the regime fell": a
                    // modal or an irregular past is finite too.
                    || c & (words::MODAL | words::ACTION_PAST) != 0
                })
    };
    (wd.exact(first) & words::BARE_CLAUSE_SUBJECT != 0 && is_lower_word(first)) || finite_soon()
}

/// The head noun of a speaker phrase: its last word before a
/// postmodifier, which opens with a preposition, determiner or time word
/// (`not_before_cue`, `np_stop`) or a lower-case participle in -ed ("A 2014
/// study by …" → "study", "research conducted by …" → "research", "A
/// Quinnipiac poll this month" → "poll", "The head of the inquiry" →
/// "head").
fn phrase_head<'p>(wd: &DocWords, phrase: &'p str) -> &'p str {
    let mut head = "";
    for (i, w) in phrase.split_space().enumerate() {
        let postmodifier = i > 0
            && (wd.exact(w) & (words::NOT_BEFORE_CUE | words::NP_STOP) != 0
                || (w.len() > 4 && w.ends_with("ed") && is_lower_word(w)));
        if postmodifier {
            break;
        }
        head = w;
    }
    head
}

/// Whether `w` is written in lower-case ASCII letters only: the
/// `bare_clause_*` rows match as written ("He" opening a sentence after a
/// cue is no clause subject of it).
fn is_lower_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether `w`, written in lower case, has a row of `class` (looked up as
/// written, not folded: a capitalized word opens a sentence or a name).
fn lower_in(wd: &DocWords, w: &str, class: words::Classes) -> bool {
    is_lower_word(w) && wd.exact(w) & class != 0
}

/// `phrase` (a speaker's text) as the slice of `text` it was copied from,
/// when it opens the speaker's `span` there, else `phrase` itself: the same
/// bytes, whose words [`DocWords`] then answers from what the walk that found
/// the speaker looked up, instead of probing the word table again.
fn in_document<'t>(text: &'t str, span: Option<&Span>, phrase: &'t str) -> &'t str {
    span.and_then(|sp| text.get(sp.start..sp.start + phrase.len()))
        .filter(|copy| *copy == phrase)
        .unwrap_or(phrase)
}

/// Whether `w` is a `said_form` ("said", "told") as written in lower case.
fn is_said_form(wd: &DocWords, w: &str) -> bool {
    lower_in(wd, w, words::SAID_FORM)
}

/// Whether `w` is a `coordinator` ("and", "but", "or") as written in lower
/// case: a capitalized "And" opens a sentence, not a coordinated clause.
fn is_coordinator(wd: &DocWords, w: &str) -> bool {
    lower_in(wd, w, words::COORDINATOR)
}

/// Whether `before`, the words between a cue and a "that", is a clause
/// without "that" and then a coordinator: in "said a deal was still
/// possible but that an attack could happen" (or "says Spain will not meet
/// the target and that it can …") the "that" opens the second of two
/// coordinated reported clauses, and the content is both, not the last.
fn coordinated_that(wd: &DocWords, before: &str) -> bool {
    let Some((clause, last)) = before.trim_end().rsplit_once(' ') else {
        return false;
    };
    let clause = clause.trim();
    is_coordinator(wd, last)
        && clause.contains(' ')
        && !clause.contains([',', ';', ':', '"', '\u{201c}', '(', '\n'])
        && opens_bare_clause(wd, clause, Stance::Assert, 6, true)
}

/// Where the clause starts (the space before it, an offset into `after`)
/// when `after`, the text right after a cue, is a short aside set off by
/// commas and then a clause without "that": "says, win or lose in
/// Tuesday's primary, he is staying", "said, speaking on condition of
/// anonymity, the talks had failed". The aside has at most
/// `ASIDE_MAX_WORDS` words, no quote, bracket or other punctuation, and
/// does not open with a conjunction ("said, and the crowd cheered, …"); the
/// clause opens with a subject and a finite verb ([`opens_finite_clause`]),
/// not with a quote (the quote's own rules read it).
fn aside_then_bare_clause(wd: &DocWords, after: &str) -> Option<usize> {
    const ASIDE_MAX_WORDS: usize = 8;
    let inner = after.strip_prefix(", ")?;
    let comma = scan::find_str(inner, ", ")?;
    let aside = &inner[..comma];
    let mut words = aside.split_space();
    let opener = words.next().unwrap_or("");
    if aside.is_empty()
        || aside.split_space().count() > ASIDE_MAX_WORDS
        // Apostrophes stay ("in Tuesday's primary"); quote marks do not.
        || aside.contains(['"', ';', ':', '(', ')', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2014}'])
        || is_coordinator(wd, opener)
        || opener == "that"
        || words.any(|w| w == "that")
    {
        return None;
    }
    // The space after the second comma, where the clause's text begins.
    let space = ", ".len() + comma + 1;
    // A "that" after the aside is `aside_then_that`'s to read, or none's.
    let clause = after[space..].trim_start();
    let first = clause.chars().next()?;
    if QUOTE_MARKS.contains(&first) || first == '\u{201c}' || clause.starts_with("that ") {
        return None;
    }
    // "she has proposed, she needs to raise revenue, which she plans …",
    // "… claims, prosecutors rarely pursue such cases, and Congress …": an
    // aside that is a clause of its own, or a relative, subordinate or
    // coordinated clause after it, is no content of the cue.
    let opener = clause.split_space().next().unwrap_or("");
    let joins = wd.exact(opener) & (words::RELATIVE | words::SUBORDINATOR) != 0
        || lower_in(wd, opener, words::CLAUSE_JOINER);
    if joins || opens_finite_clause(wd, &after[", ".len() - 1..", ".len() + comma]) {
        return None;
    }
    opens_finite_clause(wd, &after[space..]).then_some(space)
}

fn opens_finite_clause(wd: &DocWords, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    // "vessels that entered restricted waters": a relative pronoun.
    if opens_subject_relative(wd, rest) {
        return false;
    }
    // The word before: one right after a determiner or a preposition is a
    // noun ("searched that building for weapons", "that response to the
    // crisis"), whatever its ending.
    let mut prev_class = 0;
    for (i, raw) in r.split_space().take(10).enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            return false;
        }
        let c = wd.exact(w);
        let subject = i == 0 && c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0;
        let aux = c & words::CUE_LEAD != 0 && c & words::NP_STOP != 0;
        let contraction = w.contains(['\'', '’']) && !w.ends_with("'s") && !w.ends_with("’s");
        let verb_form = i >= 1
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed")
                || third_person_s(w)
                // "that prices rose", "that the regime fell".
                || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
            && c & (words::DETERMINER | words::PRONOUN) == 0
            && prev_class & (words::DETERMINER | words::NOT_COMPLEMENT) == 0;
        // "that if the state held up the deal, …": a subordinate clause first.
        let subordinate = i == 0 && c & words::SUBORDINATOR != 0;
        if subject || aux || contraction || verb_form || subordinate || w == "I" {
            return true;
        }
        // "provokes that rare thrill that one gets", "searched that room but
        // did not": a conjunction or relative pronoun after the words that
        // follow a determiner "that" ends them before any verb.
        // A subordinate clause after them ("signed that law after lawmakers
        // passed it", "vetoed that bill because it raises taxes") is no
        // clause of the "that".
        if i >= 1
            && (c & (words::RELATIVE | words::SUBORDINATOR) != 0
                || is_coordinator(wd, w)
                || w == "that")
        {
            return false;
        }
        prev_class = c;
        // "U.S." and "Mr." end no clause.
        let period = raw.ends_with('.') && !w.contains('.') && !is_abbreviation(wd, raw);
        if period || raw.ends_with([',', ';', ':', '!', '?', ')']) {
            return false;
        }
    }
    false
}

/// The end of the speaker phrase `s..e` without a time phrase it ends in
/// ("Taiwanese President Lai Ching-te last month called", "the minister
/// this week said"): two or three `time_word`s, a modifier ("last",
/// "this") then a time noun, after a name or a role noun. `e` otherwise
/// ("a statement", "the last survivor").
fn without_trailing_time(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
    let phrase = &text[s..e];
    // The rule reads at most the last four words (three time words and the
    // head before them): split only those, from the end.
    let mut back = phrase.split_space().rev();
    let last_words: [Option<&str>; 4] = std::array::from_fn(|_| back.next());
    for n in [2, 3] {
        // The head's last word, before the `n` time words.
        let Some(head_last) = last_words[n] else {
            break;
        };
        let time = last_words[..n].iter().flatten();
        let all_time = time.clone().all(|w| {
            let c = wd.exact(w);
            c & words::TIME_WORD != 0
                && !matches!(*w, "on" | "in" | "at" | "a" | "an" | "the")
                && w.bytes().all(|b| b.is_ascii_lowercase())
        });
        let last = last_words[0].unwrap_or("");
        let noun = wd.exact(last) & (words::DETERMINER | words::NP_STOP) == 0;
        let speaker_end = head_last.starts_with(|c: char| c.is_uppercase())
            || wd.is(
                head_last,
                words::ROLE_HEAD | words::SPEAKER_HEAD | words::SPEAKER_NOUN,
            );
        if all_time && noun && speaker_end {
            // The phrase up to the head's last word: its words joined by
            // the spaces between them.
            let head_end = head_last.as_ptr() as usize - phrase.as_ptr() as usize + head_last.len();
            return s + head_end;
        }
    }
    e
}

/// Where the clause starts in a content that opens with a short time
/// phrase ("on Monday it had decided …", "last week the talks would …"):
/// up to three words, each a `time_word` or a preposition of time before
/// one, the last a time word, then a finite clause ([`opens_finite_clause`]).
/// `None` when the content opens otherwise ("last year's budget …").
fn time_before_clause(wd: &DocWords, content: &str) -> Option<usize> {
    const TIME_PHRASE_MAX_WORDS: usize = 3;
    let mut end = 0;
    let mut after_time = false;
    for (i, w) in content
        .split_space()
        .take(TIME_PHRASE_MAX_WORDS)
        .enumerate()
    {
        let preposition = matches!(w, "on" | "in" | "at" | "during");
        let c = wd.exact(w);
        let time = c & words::TIME_WORD != 0 && !preposition;
        if !(time || (i < 2 && preposition)) || w.contains(|c: char| !c.is_alphanumeric()) {
            return None;
        }
        end += w.len() + usize::from(i > 0);
        // The phrase ends in a time noun or adverb ("Monday", "today", "last
        // week"), not in a word that modifies one ("a", "this", "last"
        // alone): in "said a Chinese attack could …" there is no time.
        let ends_phrase =
            time && c & words::DETERMINER == 0 && (c & words::NP_STOP != 0 || after_time);
        after_time = time;
        // A time word, then the clause: "on Monday it …", "Tuesday Iran …",
        // "last week the talks …". Its first word names a subject (a
        // subject pronoun, a determiner or a name): in "said last year was
        // the hottest" the time phrase is the subject itself.
        let rest = &content[end..];
        let first = rest.trim_start().split_space().next().unwrap_or("");
        let fc = wd.exact(first);
        // ("it" is an object pronoun too, and a subject here.)
        let subject = fc & (words::PRONOUN | words::DETERMINER) != 0
            || first.starts_with(|c: char| c.is_uppercase());
        if ends_phrase && subject && opens_finite_clause(wd, rest) {
            return Some(end + 1);
        }
    }
    None
}

/// Whether `rest`, what follows a "that", opens with a plural noun and a
/// plain verb ("that gangs control about 90 percent", "that farmers need
/// rain"): a clause, since a determiner "that" takes no plural noun.
fn plural_subject_clause(wd: &DocWords, rest: &str) -> bool {
    let mut ws = rest.split_space().filter(|w| !w.is_empty());
    let (Some(noun), Some(verb)) = (ws.next(), ws.next()) else {
        return false;
    };
    let function = words::DETERMINER
        | words::PRONOUN
        | words::NP_STOP
        | words::CUE_LEAD
        | words::RELATIVE
        | words::SUBORDINATOR
        | words::NOT_BEFORE_CUE;
    let lower = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
    lower(noun)
        && third_person_s(noun)
        && wd.exact(noun) & function == 0
        && lower(verb)
        && !verb.ends_with('s')
        && !verb.ends_with("ing")
        && !verb.ends_with("ly")
        && wd.exact(verb) & function == 0
}

/// Where a noun-object content `text[cs..end]` ends before " and " and a
/// past-tense verb sharing the cue's subject ("the ruling and imposed
/// tariffs"): the words before "and" hold no verb form ("said the army
/// advanced and took the town" is one reported clause).
fn coordinated_verb(wd: &DocWords, text: &str, cs: usize, end: usize) -> Option<usize> {
    let rest = &text[cs..end];
    let and = scan::find_str(rest, " and ")?;
    let before = &rest[..and];
    let verb_like = |w: &str| {
        let c = wd.exact(w);
        w.bytes().all(|b| b.is_ascii_lowercase())
            && c & (words::DETERMINER | words::PRONOUN | words::ED_ADJECTIVE) == 0
            && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
    };
    let first = before.split_space().find(|w| !w.is_empty())?;
    // "to …" is an infinitive content; a clause opener or a finite word
    // before "and" makes the content a clause of its own.
    let subject_pronoun = {
        let c = wd.exact(first);
        c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0
    };
    if first == "to"
        || subject_pronoun
        || before.contains(',')
        || before.split_space().any(|w| {
            let c = wd.exact(w);
            verb_like(w)
                // "is", "are", "was", "were" are cue leads; "be" is not.
                || w == "be"
                || c & (words::CUE_LEAD | words::MODAL | words::SUBORDINATOR) != 0
        })
    {
        return None;
    }
    let next = rest[and + " and ".len()..].split_space().next()?;
    verb_like(next).then_some(cs + and)
}

/// Where a noun-object content `text[cs..end]` ends before ", " and a
/// participle that is the subject's own act ("criticised Madrid,
/// threatening to make Spain pay …"): the words before the comma hold no
/// verb form, the participle is no preposition in -ing ("…, including
/// Spain"), and no later comma follows it, which would make the participle
/// phrase an apposition inside the content ("said the talks, involving five
/// states, would resume").
fn participle_act(wd: &DocWords, text: &str, cs: usize, end: usize) -> Option<usize> {
    let rest = &text[cs..end];
    let comma = scan::find_str(rest, ", ")?;
    let before = &rest[..comma];
    let after = &rest[comma + ", ".len()..];
    let participle = after.split_space().next()?;
    let is_participle = participle.len() > 4
        && participle.ends_with("ing")
        && participle.bytes().all(|b| b.is_ascii_lowercase())
        && wd.exact(participle) & words::PREPOSITION_ING == 0;
    // "a kind, loving and admirable person": an adjective list, not a clause.
    let listed = after
        .split_space()
        .nth(1)
        .is_none_or(|w| matches!(w, "and" | "or"));
    if !is_participle || listed || after.contains(',') {
        return None;
    }
    // "… what new media is: taking a stand, aligning …": a colon or quote
    // before the comma holds a clause of its own.
    if before.contains([':', '"', '“']) {
        return None;
    }
    // "points out in a column on Yahoo News, doing interviews gives …": a
    // setting before the comma is no object; the participle opens the
    // content.
    let first = before.split_space().find(|w| !w.is_empty())?;
    let c = wd.exact(first);
    let setting = is_setting_preposition(first)
        || (c & words::NOT_BEFORE_CUE != 0 && c & words::DETERMINER == 0);
    (!setting && noun_object(wd, before)).then_some(cs + comma)
}

/// Whether `content`, what follows a cue, is a noun object rather than a
/// clause or an infinitive: it opens with no "to" or subject pronoun and
/// holds no verb form (a past in -ed or irregular, an auxiliary, a modal,
/// "be", or a subordinator).
fn noun_object(wd: &DocWords, content: &str) -> bool {
    let Some(first) = content.split_space().find(|w| !w.is_empty()) else {
        return false;
    };
    // "for the first time": a word right after a determiner is a noun or
    // an adjective, whatever its classes ("first" is also a cue lead); an
    // auxiliary after one is still a verb ("that was").
    let mut prev_class = 0;
    let finite = content.split_space().any(|w| {
        let c = wd.exact(w);
        let after_determiner = prev_class & words::DETERMINER != 0 && c & words::NP_STOP == 0;
        prev_class = c;
        !after_determiner
            && ((w.bytes().all(|b| b.is_ascii_lowercase())
                && c & (words::DETERMINER | words::ED_ADJECTIVE) == 0
                && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0))
                || w == "be"
                || c & (words::CUE_LEAD | words::MODAL | words::SUBORDINATOR) != 0)
    });
    let subject_pronoun = {
        let c = wd.exact(first);
        c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0
    };
    first != "to" && !subject_pronoun && !finite
}

/// Whether `rest`, the words after a cue, opens with a noun object of the
/// class `object` ("defeat for his party", "the race late Tuesday" as an
/// `outcome_noun`; "independence in 1991" as a `declared_state`): such a
/// noun after at most one determiner, not followed by a verb of its own
/// ("the election was stolen" is a clause).
fn outcome_object(wd: &DocWords, rest: &str, object: words::Classes) -> bool {
    let mut tokens = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    let mut head = tokens.next().unwrap_or("");
    if wd.exact(head) & words::DETERMINER != 0 {
        head = tokens.next().unwrap_or("");
    }
    let verb_follows = tokens
        .next()
        .is_some_and(|w| wd.exact(w) & (words::CUE_LEAD | words::MODAL | words::PASSIVE_AUX) != 0);
    wd.exact(head) & object != 0 && !verb_follows
}

/// Whether the line holding byte `at` is a headline in title case: a line
/// of 4 to 20 words without sentence punctuation inside, in which every
/// word of four or more letters starts with a capital ("Mayor Says Bridge
/// Will Reopen in May").
fn in_title_case_line(text: &str, at: usize) -> bool {
    let lo = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let hi = text[at..].find('\n').map_or(text.len(), |p| at + p);
    // A closing quote mark after the final period ("… of 'Suffering and
    // Delight.'") ends the line as well.
    let line = text[lo..hi]
        .trim()
        .trim_end_matches(['.', '!', '?', '\'', '"']);
    let n = line.split_whitespace().count();
    (4..=20).contains(&n)
        && !line.contains(['.', '!', '?', ';'])
        && line
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Trims spaces and edge punctuation from `start..end`.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end && matches!(b[start], b' ' | b',' | b':' | b'"') {
        start += 1;
    }
    while end > start && matches!(b[end - 1], b' ' | b',' | b'.' | b':' | b'"' | b';') {
        end -= 1;
    }
    (start, end)
}

/// Titles and initials that end in a period inside a name.
fn is_abbreviation(wd: &DocWords, w: &str) -> bool {
    let core = w.trim_end_matches('.');
    core.contains('.')
        || wd.exact(core) & words::ABBREVIATION != 0
        || (core.len() == 1 && core.chars().all(|c| c.is_ascii_uppercase()))
}

fn is_np_stop(wd: &DocWords, w: &str) -> bool {
    is_np_stop_of(w, wd.of(w))
}

/// Whether `w`, a lower-case -ed word inside a speaker phrase with `left`
/// the word before it and some word after it, is an adjective rather than
/// a verb: after a determiner or a number ("the unsigned opinion", "one
/// unaligned strategist"), or joined by a hyphen ("a well-connected
/// Democrat", "U.S.-led forces").
fn attributive_ed(wd: &DocWords, w: &str, classes: words::Classes, left: Option<&str>) -> bool {
    let k = words::without_possessive(w);
    if classes & words::NP_STOP != 0
        || !k.ends_with("ed")
        || !w.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return false;
    }
    k.contains('-')
        || left.is_some_and(|l| {
            l != "that"
                && !l.ends_with([',', '.', ':', ';'])
                && wd.exact(l) & (words::DETERMINER | words::NUMBER_WORD) != 0
        })
}

/// [`is_np_stop`] for a word whose classes (`ClaimWords::of`) are known.
fn is_np_stop_of(w: &str, classes: words::Classes) -> bool {
    if classes & words::NP_STOP != 0 {
        return true;
    }
    let k = words::without_possessive(w);
    // A past-tense verb or participle ("He rejected the claims"): lower case,
    // -ed; or an adverb ("categorically denied"): lower case, -ly.
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && k.len() > 4
        && ((k.ends_with("ed") && classes & words::ED_ADJECTIVE == 0)
            || (k.ends_with("ly") && classes & words::LY_NOUN == 0))
}

/// Words of `text[lo..hi]` as (start, end) byte ranges, split at spaces and
/// line breaks. Byte by byte: both separators are ASCII, so they never occur
/// inside a multi-byte character and every range is on character boundaries.
fn words_in(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(16);
    let mut start = None;
    for (i, &c) in text.as_bytes()[lo..hi].iter().enumerate() {
        if is_word_separator(c) {
            if let Some(s) = start.take() {
                out.push((lo + s, lo + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((lo + s, hi));
    }
    out
}

/// The words of `text[lo..hi]` as [`words_in`] splits them, one at a time
/// and without a `Vec`: for a rule that stops at its first word that fails.
struct WordsForward<'a> {
    bytes: &'a [u8],
    pos: usize,
    hi: usize,
}

impl<'a> WordsForward<'a> {
    fn new(text: &'a str, lo: usize, hi: usize) -> WordsForward<'a> {
        WordsForward {
            bytes: text.as_bytes(),
            pos: lo,
            hi,
        }
    }
}

impl Iterator for WordsForward<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        while self.pos < self.hi && is_word_separator(self.bytes[self.pos]) {
            self.pos += 1;
        }
        if self.pos == self.hi {
            return None;
        }
        let start = self.pos;
        while self.pos < self.hi && !is_word_separator(self.bytes[self.pos]) {
            self.pos += 1;
        }
        Some((start, self.pos))
    }
}

/// The byte offset right after the last of the ASCII `marks` in `s`, 0 when
/// there is none: where the word ending `s` starts. By bytes, because a
/// `char` set makes `rfind` decode every character it passes; an ASCII byte
/// never occurs inside a multi-byte character, so the offset is the same.
#[inline]
fn after_last_of(s: &str, marks: &[u8]) -> usize {
    debug_assert!(marks.is_ascii());
    s.as_bytes()
        .iter()
        .rposition(|b| marks.contains(b))
        .map_or(0, |p| p + 1)
}

/// What [`words_in`] and [`WordsBack`] split words at.
#[inline]
fn is_word_separator(b: u8) -> bool {
    b == b' ' || b == b'\n'
}

/// `str::split(' ')` by bytes: the same pieces (empty ones included), each
/// found by a plain byte loop. The rules split short phrases at spaces
/// everywhere, mostly to read a word or two, and `str::split` with a `char`
/// sets up a `memchr` search for every piece, which costs several times a
/// short word's bytes. A space is ASCII, so every piece is on character
/// boundaries.
trait SplitSpace {
    fn split_space(&self) -> impl DoubleEndedIterator<Item = &str> + Clone;
}

impl SplitSpace for str {
    #[inline]
    fn split_space(&self) -> impl DoubleEndedIterator<Item = &str> + Clone {
        let base = self.as_ptr() as usize;
        self.as_bytes().split(|&b| b == b' ').map(move |piece| {
            let start = piece.as_ptr() as usize - base;
            &self[start..start + piece.len()]
        })
    }
}

/// The last words of a range, split on demand from its end, on the stack.
/// `np_before` and the relative-clause check read the words before a cue
/// backwards and mostly stop after two or three, so splitting more of the
/// range, or into a heap `Vec`, for every cue would be waste. At most
/// `cap` words are ever seen: the rules read no further, and the bound
/// keeps long sentences with many cues linear.
struct WordsBack<'a> {
    bytes: &'a [u8],
    lo: usize,
    /// Where the backward split has got to.
    pos: usize,
    cap: usize,
    /// The words split so far, last word first.
    spans: [(usize, usize); WordsBack::MAX],
    len: usize,
}

impl<'a> WordsBack<'a> {
    const MAX: usize = NP_MAX_WORDS + 3;

    /// The words of `text[lo..end]`, as [`words_in`] splits them, of which
    /// only the last `cap` (at most `MAX`) can be read.
    fn new(text: &'a str, lo: usize, end: usize, cap: usize) -> WordsBack<'a> {
        WordsBack {
            bytes: text.as_bytes(),
            lo,
            pos: end,
            cap: cap.min(WordsBack::MAX),
            spans: [(0, 0); WordsBack::MAX],
            len: 0,
        }
    }

    /// The `k`-th word from the end (0 is the last word), `None` when the
    /// range has no more words or `k` is at or past the cap.
    fn get(&mut self, k: usize) -> Option<(usize, usize)> {
        while self.len <= k && self.len < self.cap {
            let Some(word) = word_before(self.bytes, self.lo, self.pos) else {
                self.pos = self.lo;
                break;
            };
            self.pos = word.0;
            self.spans[self.len] = word;
            self.len += 1;
        }
        (k < self.len).then(|| self.spans[k])
    }
}

/// The last word of `bytes[lo..end]` as [`words_in`] splits it, `None` when
/// the range holds only separators.
#[inline]
fn word_before(bytes: &[u8], lo: usize, end: usize) -> Option<(usize, usize)> {
    let mut pos = end;
    while pos > lo && is_word_separator(bytes[pos - 1]) {
        pos -= 1;
    }
    if pos == lo {
        return None;
    }
    let word_end = pos;
    while pos > lo && !is_word_separator(bytes[pos - 1]) {
        pos -= 1;
    }
    Some((pos, word_end))
}

/// "Western officials have at times urged …", "the ministry has in recent
/// weeks said …": a prepositional adverbial (an `opening_preposition` and one
/// or two lower-case words with no determiner or pronoun) between the
/// auxiliaries and the cue at `cue_start`. Its noun ("times") is no subject;
/// the start of the auxiliaries (`cue_lead` words) before it, where the
/// subject ends, when the words before the cue have that shape.
fn adverbial_after_auxiliary(
    wd: &DocWords,
    text: &str,
    lo: usize,
    cue_start: usize,
) -> Option<usize> {
    const ADVERBIAL_MAX_NOUNS: usize = 2;
    let bytes = text.as_bytes();
    let mut end = cue_start;
    let mut nouns = 0;
    loop {
        let (a, b) = word_before(bytes, lo, end)?;
        let w = &text[a..b];
        if !text[b..end].trim().is_empty() {
            return None;
        }
        let c = wd.exact(w);
        if nouns > 0 && c & words::OPENING_PREPOSITION != 0 && is_lower_word(w) {
            end = a;
            break;
        }
        if nouns == ADVERBIAL_MAX_NOUNS
            || !is_lower_word(w)
            || c & (words::DETERMINER | words::PRONOUN | words::CUE_LEAD | words::NP_STOP) != 0
        {
            return None;
        }
        nouns += 1;
        end = a;
    }
    let mut aux = None;
    while let Some((a, b)) = word_before(bytes, lo, end) {
        if !text[b..end].trim().is_empty() || wd.exact(&text[a..b]) & words::CUE_LEAD == 0 {
            break;
        }
        aux = Some(a);
        end = a;
    }
    aux
}

/// Start of a speech verb's cue once the auxiliaries and adverbs right
/// before it are taken in ("has also said" → the cue starts at "has";
/// "memorably promised", see [`ClaimWords::leads_cue`]).
fn extend_cue_left(wd: &DocWords, text: &str, lo: usize, start: usize) -> usize {
    if lo >= start {
        return start;
    }
    let mut s = start;
    for _ in 0..3 {
        let Some(before) = text[lo..s].strip_suffix(' ') else {
            break;
        };
        let ws = after_last_of(before, b" \n\",");
        let w = &before[ws..];
        // "the rebels no longer wanted": a negating adverb of two words
        // joins the cue whole, never one of its words alone ("no one
        // said"), and only after a subject: after a conjunction ("had
        // capitulated and no longer wanted") the verb's subject is inside an
        // earlier clause, and the cue keeps its bare verb (see `np_before`).
        if wd.exact(w) & words::NEGATING_LEAD != 0 {
            let prior = before[..ws].strip_suffix(' ').and_then(|b| {
                let ps = after_last_of(b, b" \n\",");
                (wd.exact(&b[ps..]) & words::NEGATING_LEAD != 0).then_some(ps)
            });
            let subject_before = prior.is_some_and(|ps| {
                before[..ps].strip_suffix(' ').is_some_and(|b| {
                    let w0 = &b[after_last_of(b, b" \n\",")..];
                    !w0.is_empty() && !is_np_stop(wd, w0) && !w0.ends_with([',', ';', ':'])
                })
            });
            if let (Some(ps), true) = (prior, subject_before) {
                s = lo + ps;
                continue;
            }
        }
        if !wd.leads_cue(w) || name_part(text, lo, lo + ws) {
            // "He's predicting", "they've said": the contracted auxiliary
            // joins the cue and the pronoun alone is the speaker.
            if let Some(p) = contracted_auxiliary(wd, w) {
                s = lo + ws + p;
            }
            break;
        }
        s = lo + ws;
    }
    s
}

/// Whether the capitalized word starting at `ws` continues a name with the
/// capitalized word before it (after `lo`), whatever its class: "Theresa
/// May criticised" (no modal "may"), "Prime Minister Will Smith". A word
/// opening the sentence or a title-case line is not read so.
fn name_part(text: &str, lo: usize, ws: usize) -> bool {
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    if !capitalized(&text[ws..]) || ws <= lo {
        return false;
    }
    let Some(before) = text[lo..ws].strip_suffix(' ') else {
        return false;
    };
    let prev = &before[after_last_of(before, b" \n\"")..];
    capitalized(prev)
        && prev.chars().any(|c| c.is_ascii_lowercase())
        && !prev.ends_with([',', '.', ':', ';'])
        && !in_title_case_line(text, ws)
}

/// Where the verb starts that puts out the text a noun cue at `start` names
/// ("issued a statement saying", "put out a statement saying"): an
/// `issue_verb`, an optional "out", then "a" or "an" right before the noun.
fn issue_verb_before(wd: &DocWords, text: &str, lo: usize, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let article = word_before(bytes, lo, start)?;
    if !["a", "an"].contains(&&text[article.0..article.1]) {
        return None;
    }
    let mut verb = word_before(bytes, lo, article.0)?;
    if &text[verb.0..verb.1] == "out" {
        verb = word_before(bytes, lo, verb.0)?;
    }
    let w = &text[verb.0..verb.1];
    (w.starts_with(|c: char| c.is_ascii_lowercase()) && wd.exact(w) & words::ISSUE_VERB != 0)
        .then_some(verb.0)
}

/// Where the contracted auxiliary of `w` starts when `w` is a pronoun with
/// one ("he's", "they've", "who'd"): a `'s` after a `contracts_s` word (for
/// other words it is a possessive), `'re`, `'ve`, `'ll`, `'d` after a
/// personal or relative pronoun.
fn contracted_auxiliary(wd: &DocWords, w: &str) -> Option<usize> {
    let p = w.rfind('\'')?;
    let (stem, tail) = (&w[..p], &w[p + 1..]);
    let fits = match tail {
        "s" => wd.exact(stem) & words::CONTRACTS_S != 0,
        "re" | "ve" | "ll" | "d" => wd.exact(stem) & (words::PRONOUN | words::RELATIVE) != 0,
        _ => false,
    };
    (fits && !stem.is_empty()).then_some(p)
}

/// Where "continued to" / "began to" starts when it stands right before the
/// cue at `start` ("protesters continued to call for …"): the aspect verb
/// (`aspect_verb` in `claims-words.tsv`) and "to" belong to the cue. So does
/// an aspect verb right before an -ing cue ("began saying", "kept asking").
fn aspect_lead_start(wd: &DocWords, text: &str, lo: usize, start: usize) -> Option<usize> {
    let (before, gerund) = match text[lo..start].strip_suffix(" to ") {
        Some(b) => (b, false),
        None => (text[lo..start].strip_suffix(' ')?, true),
    };
    if gerund
        && !text[start..]
            .split_space()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
    {
        return None;
    }
    let ws = after_last_of(before, b" \n\",");
    (wd.exact(&before[ws..]) & words::ASPECT_VERB != 0).then_some(lo + ws)
}

/// Where the subject's own verb starts when it stands right before the
/// participle cue at `cue_start`, with at most a particle between ("Lee
/// spoke out, arguing" without the comma: "Lee spoke out arguing …", "Lee
/// went on saying", "Lee responded saying"): an irregular past
/// (`past_form`) or a lower-case -ed word that is no adjective. The
/// speaker is the noun phrase before that verb.
fn verb_before_participle(wd: &DocWords, text: &str, lo: usize, cue_start: usize) -> Option<usize> {
    // The first piece of splitting at ' ', ',' or '.', found by bytes (the
    // marks are ASCII) instead of decoding characters.
    let cue_end = text.as_bytes()[cue_start..]
        .iter()
        .position(|b| matches!(b, b' ' | b',' | b'.'))
        .map_or(text.len(), |p| cue_start + p);
    let cue_word = &text[cue_start..cue_end];
    if !cue_word.ends_with("ing") || !cue_word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let mut words = WordsBack::new(text, lo, cue_start, 3);
    let verb_at = |(ws, we): (usize, usize)| {
        let w = &text[ws..we];
        let c = wd.exact(w);
        // "Lee denied saying …": the -ing form is the object of the verb.
        let past = c & words::ING_OBJECT_VERB == 0
            && (c & words::PAST_FORM != 0
                || (w.len() > 4 && w.ends_with("ed") && c & words::ED_ADJECTIVE == 0));
        // Letters only: "an op-ed urging" holds no verb.
        let plain = w.bytes().all(|b| b.is_ascii_lowercase());
        (past && plain).then_some(ws)
    };
    // "Protesters marched Sunday chanting": a day word after the verb.
    let mut at = 0;
    if is_day_word(wd, words.get(0).map(|(a, b)| &text[a..b])?) {
        at = 1;
    }
    let last = words.get(at)?;
    if matches!(
        &text[last.0..last.1],
        "out" | "up" | "back" | "on" | "off" | "in"
    ) {
        return words.get(at + 1).and_then(verb_at);
    }
    verb_at(last)
}

/// True when `rest` (what follows a cue up to the end of its sentence) holds
/// no content: nothing, or only a time adverbial.
fn empty_after_cue(wd: &DocWords, rest: &str) -> bool {
    let r = rest.trim().trim_end_matches(['.', '!', '?']).trim();
    // At most four words, all time words: one pass that stops at the first
    // word that is no time word (the usual case) or at the fifth word.
    r.is_empty()
        || r.split_space()
            .enumerate()
            .all(|(i, w)| i < 4 && wd.exact(w) & words::TIME_WORD != 0)
}

/// [`empty_after_cue`], or only the setting of the speech
/// ([`setting_phrases`]: "in a report on Monday"). For a cue whose content
/// stands before it: after a quote or a comma-closed clause.
fn empty_or_setting_after_cue(wd: &DocWords, rest: &str) -> bool {
    empty_after_cue(wd, rest)
        || setting_phrases(wd, rest.trim().trim_end_matches(['.', '!', '?']).trim())
        || setting_then_adverbial_clause(wd, rest)
        || setting_to_destination(wd, rest.trim().trim_end_matches(['.', '!', '?']).trim())
        || setting_then_reporting_tail(wd, rest)
}

/// What follows a cue up to where its content must end (`after`), without
/// the comma that sets off an "according to" after it when one ends the
/// content there (`cut`): "…, Araghchi said on Sunday, according to IRNA"
/// reads " on Sunday" after the cue, a setting of a postposed cue whose
/// claim "according to" gives a via.
fn before_according_comma(after: &str, cut: bool) -> &str {
    if !cut {
        return after;
    }
    let t = after.trim_end();
    t.strip_suffix(',').unwrap_or(after)
}

/// The claim a sentence's "according to" at `at` is the source of when the
/// sentence made no claim of its own: a quote's claim whose attribution
/// ends right before it, after only a time or setting ("“…,” Xi said,
/// according to Xinhua", "“…,” he said on Sunday, according to IRNA",
/// "He said: “…”, according to the agency"). The last such draft, by index.
fn attributed_before_according(
    wd: &DocWords,
    text: &str,
    drafts: &[Draft],
    ss: usize,
    at: usize,
) -> Option<usize> {
    drafts.iter().rposition(|d| {
        let end = d.cue.1.max(d.content.1);
        if end > at || end < ss || d.cue.0 >= at {
            return false;
        }
        let gap = text[end..at]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\u{201d}'));
        gap.is_empty() || time_or_setting(wd, gap)
    })
}

/// What a fronted "Citing X, <speaker> <verb> …" cites (`a..b`, after
/// the participle ending at `cue_end`) and where the main clause's speech
/// verb starts: the words up to the first comma, when they name a source
/// (people, or an actor that is no state or place, as "a statement from
/// the Guards' navy" does; "citing security concerns" and "citing Israel's
/// strikes" name reasons) and a speech verb follows in the sentence.
fn fronted_citation(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    cue_end: usize,
    content_end: usize,
) -> Option<(usize, usize, usize)> {
    let text = ctx.text;
    let comma = cue_end + scan::find_str(&text[cue_end..content_end], ", ")?;
    let verb_start = sh
        .iter()
        .map(|&j| hits[j])
        .find(|x| x.start > comma && x.end <= content_end && lex.cues[x.cue].kind == CueKind::Verb)?
        .start;
    let (a, b) = trim(text, cue_end, comma);
    if a >= b {
        return None;
    }
    let cited = ctx.speaker_from_np(a, b);
    // "citing a statement from the Guards' navy", "citing a report by
    // the UN": a document issued by a named source.
    let document = {
        let mut ws = text[a..b].split_space();
        let mut w = ws.next().unwrap_or("");
        if ctx.words.exact(w) & words::DETERMINER != 0 {
            w = ws.next().unwrap_or("");
        }
        let by = ws.next().unwrap_or("");
        let mut named = ws.next().unwrap_or("");
        if ctx.words.exact(named) & words::DETERMINER != 0 {
            named = ws.next().unwrap_or("");
        }
        ctx.words.exact(w) & words::ISSUED_DOCUMENT != 0
            && matches!(by, "from" | "by")
            && named.starts_with(|c: char| c.is_uppercase())
    };
    let speaks = document
        || cited
            .actor
            .as_deref()
            .and_then(|id| ctx.actors.actor_by_id(id))
            .is_some_and(|i| {
                !matches!(
                    ctx.actors.actors[i].kind,
                    ActorKind::Country | ActorKind::Place
                )
            });
    (speaks || ctx.cites_people(&cited, false)).then_some((a, b, verb_start))
}

/// "during a visit to Ankara", "in a speech to the General Assembly": a
/// setting ([`setting_phrases`]) whose last noun takes a "to" phrase naming
/// a place or an audience (a name or a determiner after "to", not a verb:
/// "on Friday to raise taxes" is an infinitive, no setting).
fn setting_to_destination(wd: &DocWords, r: &str) -> bool {
    const DESTINATION_MAX_WORDS: usize = 6;
    let Some((setting, destination)) = r.split_once(" to ") else {
        return false;
    };
    let first = destination.split(' ').next().unwrap_or("");
    (first.starts_with(|c: char| c.is_uppercase()) || wd.exact(first) & words::DETERMINER != 0)
        && setting_phrases(wd, setting)
        && !destination.contains(['"', ',', ';', ':', '(', '—'])
        && destination.split(' ').count() <= DESTINATION_MAX_WORDS
        && destination.split(' ').all(|w| {
            let c = wd.exact(w);
            !(c & words::DESTINATION_STOP != 0 && is_lower_word(w))
                && (is_setting_preposition(w)
                    || c & words::DETERMINER != 0
                    || c & (words::NP_STOP | words::CUE_LEAD | words::PRONOUN | words::MODAL) == 0)
        })
}

/// Whether a relay cue at `relay_start` follows the cue ending at `cue_end`
/// after only a time or setting and a comma ("reported on Wednesday, citing
/// two officials"): the relay names who carried the postposed claim.
fn relay_after_setting(wd: &DocWords, text: &str, cue_end: usize, relay_start: usize) -> bool {
    relay_start > cue_end
        && text.get(cue_end..relay_start).is_some_and(|gap| {
            gap.strip_suffix(", ").is_some_and(|setting| {
                let setting = setting.trim();
                !setting.is_empty() && time_or_setting(wd, setting)
            })
        })
}

/// A time or setting after a cue, with or without a "to" destination:
/// "on Wednesday", "in a statement", "during a visit to Ankara".
fn time_or_setting(wd: &DocWords, setting: &str) -> bool {
    empty_after_cue(wd, setting)
        || setting_phrases(wd, setting)
        || setting_to_destination(wd, setting)
}

/// The shape "SETTING, CLAUSE" after a cue, where the clause opens with a
/// lower-case word of `opener_class` and holds no that-clause: the setting
/// (not empty) when `rest` has that shape. What the setting may be is the
/// caller's ([`setting_then_reporting_tail`], [`setting_then_adverbial_clause`]).
fn setting_before_clause_opened_by<'r>(
    wd: &DocWords,
    rest: &'r str,
    opener_class: words::Classes,
) -> Option<&'r str> {
    let comma = scan::find_str(rest, ", ")?;
    let (setting, clause) = (rest[..comma].trim(), &rest[comma + 2..]);
    let opener = clause.split_space().next().unwrap_or("");
    (!setting.is_empty()
        && opener.starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(opener) & opener_class != 0
        && !clause.contains(" that "))
    .then_some(setting)
}

/// "…, the minister said on Friday, but analysts say …", "…, the paper
/// reported on Wednesday, citing two officials": a time or setting after
/// the cue, then after a comma a `reporting_tail` word (a conjunction of a
/// new clause, a relay participle), which belongs to the reporting clause.
/// Not before a that-clause ("said on Friday, citing reports that …" reads
/// the relayed report).
fn setting_then_reporting_tail(wd: &DocWords, rest: &str) -> bool {
    setting_before_clause_opened_by(wd, rest, words::REPORTING_TAIL)
        .is_some_and(|setting| time_or_setting(wd, setting))
}

/// "…, the commission said Monday, dealing a blow to the government", "…,
/// the ministry said in a statement, adding that …": after a postposed
/// cue, a time or a setting with a determiner ("in a statement"; not a
/// manner, "with vitriol"), then after a comma a participle phrase, which
/// is the narrator's comment on the news or a speech act of its own (whose
/// claim its own cue makes), not what the cue reported. The participle is
/// a lower-case word in -ing that is no preposition ("including") nor a
/// relay ("citing reports that …" carries the clause after it).
fn setting_then_participle(wd: &DocWords, rest: &str) -> bool {
    let Some(comma) = scan::find_str(rest, ", ") else {
        return false;
    };
    let setting = rest[..comma].trim();
    let opener = rest[comma + 2..].split_space().next().unwrap_or("");
    // "on Telegram", "on X", "in Kyiv": a setting naming its medium or
    // place by a name is as definite as one with a determiner; a manner
    // ("with vitriol") stays in lower case.
    let determined = || {
        setting.split_space().any(|w| {
            wd.exact(w) & words::DETERMINER != 0 || w.starts_with(|c: char| c.is_uppercase())
        }) && time_or_setting(wd, setting)
    };
    !setting.is_empty()
        && opener.len() > 4
        && opener.ends_with("ing")
        && is_lower_word(opener)
        // A relay participle ("citing", "quoting") is
        // `setting_then_reporting_tail`'s, without a that-clause.
        && wd.exact(opener) & (words::PREPOSITION_ING | words::REPORTING_TAIL) == 0
        && (empty_after_cue(wd, setting) || determined())
}

/// "…, the IOM said today, the highest figure ever recorded", "…, the
/// initiative said on Friday, the first time a famine has been declared":
/// after a postposed cue, a time or a setting, then after a comma a noun
/// phrase opened by a lower-case determiner (not "that", which opens a
/// clause) that runs to the sentence's end with no comma: an apposition on
/// the whole reported clause, the narrator's comment on the news, not what
/// the cue reported. An auxiliary or modal among its next three words makes
/// it a clause ("If anything, Ash argued in his email, the incident is an
/// illustration …": the reported clause split by its cue).
fn setting_then_apposition(wd: &DocWords, rest: &str) -> bool {
    let Some(comma) = scan::find_str(rest, ", ") else {
        return false;
    };
    let setting = rest[..comma].trim();
    let phrase = &rest[comma + 2..];
    let mut ws = phrase.split_space();
    let opener = ws.next().unwrap_or("");
    let c = wd.exact(opener);
    let next: Vec<&str> = ws.take(3).collect();
    let clause = next
        .iter()
        .any(|w| wd.exact(w) & (words::BARE_CLAUSE_VERB | words::MODAL) != 0);
    !setting.is_empty()
        && !next.is_empty()
        && !clause
        && is_lower_word(opener)
        && c & words::DETERMINER != 0
        && c & words::NP_STOP == 0
        && !phrase.contains([',', ';', '"', '\u{201c}'])
        && !phrase.contains(" that ")
        && (empty_after_cue(wd, setting) || time_or_setting(wd, setting))
}

/// "Hungary will leave the court, the government said on Thursday, as
/// Netanyahu arrived": a time or setting after the cue, then an adverbial
/// clause after a comma (opened by a `subordinator`), which says when the
/// report came, not what was reported. Not without the setting ("said, when
/// asked, that …") nor before a that-clause.
fn setting_then_adverbial_clause(wd: &DocWords, rest: &str) -> bool {
    setting_before_clause_opened_by(wd, rest, words::SUBORDINATOR)
        .is_some_and(|setting| empty_after_cue(wd, setting) || setting_phrases(wd, setting))
}

/// The main clause a conformative "as" clause vouches for: in "As the Post
/// reported, the talks stalled" (also after a conjunction: "But as Lee noted
/// last week, …") the speaker's words are the clause after the comma. The
/// cue must be a `conformative_verb` ("reported", "noted", "pointed out"):
/// with other verbs "as" is mostly temporal ("As she testified, her lawyers
/// watched"). Nothing but a setting or a time may stand between the cue and
/// the comma, and a quote may follow it; `None` otherwise.
fn conformative_as_content(
    wd: &DocWords,
    text: &str,
    ss: usize,
    speaker_start: usize,
    (cue_start, cue_end): (usize, usize),
    content_end: usize,
) -> Option<(usize, usize)> {
    if cue_end > content_end || speaker_start > cue_start || ss > speaker_start {
        return None;
    }
    let cue_word = text[cue_start..cue_end].split_space().next().unwrap_or("");
    if wd.exact(cue_word) & words::CONFORMATIVE_VERB == 0 {
        return None;
    }
    let pre = text[ss..speaker_start].trim_end();
    let lead = pre
        .strip_suffix(" as")
        .or_else(|| pre.strip_suffix(" As"))
        .or_else(|| matches!(pre, "as" | "As").then_some(""))?;
    // Only the clause's first words: "as" alone or after a conjunction
    // ("And as", "But as"). After a phrase ("And that, as Trump points out,
    // is …") the reported clause is split around the "as" clause.
    let lead = lead.trim();
    if lead.contains(' ') || !(lead.is_empty() || wd.exact(lead) & words::NP_STOP != 0) {
        return None;
    }
    let after = &text[cue_end..content_end];
    let comma = after.find(',')?;
    let between = after[..comma].trim();
    if !(between.is_empty() || empty_or_setting_after_cue(wd, between)) {
        return None;
    }
    let (a, b) = trim(text, cue_end + comma + 1, content_end);
    let (a, b) = trim(
        text,
        a,
        a + text[a..b].trim_end_matches(['.', '!', '?']).len(),
    );
    // A clause, not a stray word: at least two words.
    (a < b && text[a..b].contains(' ')).then_some((a, b))
}

/// Prepositions that open where or how something was said ("in a
/// statement", "on Telegram", "during a visit"); not "to", which opens an
/// infinitive as often ("declined to comment").
fn is_setting_preposition(w: &str) -> bool {
    const SETTING_PREPOSITIONS: [&str; 10] = [
        "in", "on", "at", "with", "during", "after", "before", "from", "via", "ahead",
    ];
    // A headline in capitals ("…, TRUMP SAYS AHEAD OF SUMMIT") writes them
    // in capitals too.
    let capitals = w.bytes().all(|b| b.is_ascii_uppercase());
    SETTING_PREPOSITIONS
        .iter()
        .any(|p| *p == w || (capitals && p.eq_ignore_ascii_case(w)))
}

/// Whether `r` is only a chain of prepositional phrases, the setting of a
/// speech act ("in a report on Monday", "in a statement on Telegram", "to
/// reporters in Geneva", "in an interview with the BBC"): it opens with a
/// preposition and holds no clause — no "that", no quote, no comma, no
/// auxiliary, modal, pronoun subject or regular past form ("in Gaza the
/// shelling continued", "on Monday he would go" are content).
fn setting_phrases(wd: &DocWords, r: &str) -> bool {
    const SETTING_MAX_WORDS: usize = 12;
    let mut n = 0;
    r.split_space().next().is_some_and(is_setting_preposition)
        && !r.contains(['"', ',', ';', ':', '(', '—'])
        && r.split_space().all(|w| {
            n += 1;
            let c = wd.exact(w);
            let lower = w.starts_with(|ch: char| ch.is_ascii_lowercase());
            n <= SETTING_MAX_WORDS
                && !matches!(w, "that" | "which" | "who" | "whether" | "if")
                && (is_setting_preposition(w)
                    || c & words::TIME_WORD != 0
                    || c & (words::NP_STOP | words::CUE_LEAD) == 0)
                && c & (words::PRONOUN | words::MODAL) == 0
                && !(lower && w.len() > 4 && w.ends_with("ed") && c & words::ED_ADJECTIVE == 0)
        })
}

/// Whether a bare role noun speaker ("diplomats", "officials") was given an
/// actor named only inside the claim's own content ("Britain could push for
/// a resolution against Tehran, diplomats said" is no Iranian speaker): the
/// actor has a mention in the content and none before it.
fn role_state_from_own_content(ctx: &Ctx, d: &Draft) -> bool {
    let (Some(id), Some(span)) = (d.speaker.actor.as_deref(), d.speaker.span.as_ref()) else {
        return false;
    };
    let phrase = &ctx.text[span.start..span.end];
    if ctx.words.exact(phrase) & words::ROLE_SPEAKER == 0 || d.content.0 > span.start {
        return false;
    }
    let is_it = |m: &Mention| ctx.actors.actors[m.actor].id == id;
    let inside = ctx
        .mentions
        .iter()
        .any(|m| m.start >= d.content.0 && m.end <= d.content.1 && is_it(m));
    let before = ctx
        .mentions
        .iter()
        .take_while(|m| m.start < d.content.0)
        .any(is_it);
    inside && !before
}

/// The claim of `quote` when `prev`'s speaker goes on speaking in it: the
/// same speaker and cue, no via or audience of its own.
fn same_speaker_quote(text: &str, prev: &Draft, quote: (usize, usize)) -> Option<Draft> {
    let (cs, ce) = trim(text, quote.0, quote.1);
    (cs < ce).then(|| Draft {
        content: (cs, ce),
        via: Vec::new(),
        audience: None,
        ..prev.clone()
    })
}

/// The claim of a quote `qs..qe` (opening mark at `mo`) with no cue of its
/// own that opens a paragraph right after a paragraph whose quote ran on
/// unclosed to its end (news style for a quotation of several paragraphs:
/// each paragraph opens with a quote mark and only the last one closes it),
/// when that quote is the last draft's content: the same speaker goes on
/// speaking, under the same cue. `before` are the quotes before this one.
fn next_paragraph_quote(
    text: &str,
    drafts: &[Draft],
    before: &[(usize, usize)],
    mo: usize,
    quote: (usize, usize),
) -> Option<Draft> {
    let prev = drafts.last()?;
    let &(ps, pe) = before.last()?;
    // The earlier quote ran to its paragraph's end with no closing mark,
    // and only the paragraph break stands between the two.
    let unclosed = text[pe..].starts_with('\n');
    let gap = &text[pe..mo];
    if !unclosed || !gap.trim().is_empty() {
        return None;
    }
    let (a, b) = trim(text, ps, pe);
    if (a, b) != prev.content {
        return None;
    }
    same_speaker_quote(text, prev, quote)
}

/// The claim of a quote `qs..qe` (opening mark at `mo`) with no cue of its
/// own that goes on in the same paragraph right after an attributed quote:
/// '"…," the minister said. "Russia must first withdraw."' The earlier
/// quote's claim is the last draft, its attribution (cue and speaker) ends
/// with a period or comma, and only that mark stands before this quote; the
/// new claim has the same speaker and cue.
fn continued_quote(
    wd: &DocWords,
    text: &str,
    drafts: &[Draft],
    mo: usize,
    quote: (usize, usize),
) -> Option<Draft> {
    let prev = drafts.last()?;
    let attribution_end = prev
        .speaker
        .span
        .as_ref()
        .map_or(prev.cue.1, |sp| sp.end.max(prev.cue.1));
    if prev.content.1 > prev.cue.0 || attribution_end > mo {
        // The quote came after its cue ("she said: \"…\""): a later quote
        // may be someone's reply.
        return None;
    }
    let gap = &text[attribution_end..mo];
    // '"…," she said on X. "…"', '"…," he told reporters. "…"': a setting
    // or the audience after the cue still closes the attribution.
    let after_cue = gap.trim().trim_end_matches(['.', ',']).trim();
    let audience_only = || {
        let cue_word = text[prev.cue.0..prev.cue.1]
            .split_space()
            .next()
            .unwrap_or("");
        wd.exact(cue_word) & words::AUDIENCE_VERB != 0
            && after_cue.split_space().count() <= 3
            && after_cue
                .split_space()
                .all(|w| wd.exact(w) & (words::NP_STOP | words::PRONOUN) == 0)
    };
    if gap.contains('\n')
        || !gap.trim().ends_with(['.', ','])
        || gap.contains(['"', ';', ':'])
        || !(after_cue.is_empty() || setting_phrases(wd, after_cue) || audience_only())
    {
        return None;
    }
    same_speaker_quote(text, prev, quote)
}

/// Where a second speaker's clause opens in `pre`, the text between a
/// claim's content start and a later cue: ", but opposition leaders" in
/// "… would free them, but opposition leaders said none had been freed".
/// The comma and conjunction must be followed by a short subject (at most
/// six words, no comma, no clause word) that runs up to the cue.
fn second_speaker_clause(wd: &DocWords, pre: &str) -> Option<usize> {
    const CONJUNCTIONS: [&str; 4] = ["but", "and", "while", "whereas"];
    // The last ", c " of each conjunction (what `rfind` of each gives), in
    // one backward pass over the commas: a formatted needle and a substring
    // search per conjunction cost more than the rule's own test, and this
    // runs for every later cue of a claim's sentence.
    let b = pre.as_bytes();
    let mut last: [Option<usize>; 4] = [None; 4];
    for at in memchr::memrchr_iter(b',', b) {
        if b.get(at + 1) != Some(&b' ') {
            continue;
        }
        let after = &b[at + 2..];
        for (found, c) in last.iter_mut().zip(CONJUNCTIONS) {
            if found.is_none()
                && after.starts_with(c.as_bytes())
                && after.get(c.len()) == Some(&b' ')
            {
                *found = Some(at);
            }
        }
        if last.iter().all(Option::is_some) {
            break;
        }
    }
    last.iter().zip(CONJUNCTIONS).find_map(|(&at, c)| {
        let at = at?;
        short_plain_subject(wd, &pre[at + c.len() + 3..]).then_some(at)
    })
}

/// Whether `subject`, the words between a clause's opener and a later cue,
/// are a short subject of that cue: at most six words, no comma, quote or
/// clause word ("but opposition leaders", "; Cambodia").
fn short_plain_subject(wd: &DocWords, subject: &str) -> bool {
    const SUBJECT_MAX_WORDS: usize = 6;
    // Cheapest test first (the rule is a conjunction of pure tests): a long
    // subject needs no word looked up.
    let short = !subject.is_empty() && subject.split_space().count() <= SUBJECT_MAX_WORDS;
    short
        && !subject.contains([',', '"', ';', ':'])
        && subject.split_space().all(|w| {
            let k = wd.exact(w);
            w != "that" && (k & words::NP_STOP == 0 || k & words::CUE_LEAD != 0)
        })
}

/// Where an appositive headed by a report noun cue (`start..end`, "remarks
/// that") opens, when it sums up what comes before it: set off by a comma
/// after at least three words from `lo`, and its "that" opens a relative
/// clause (a verb follows: "…, remarks that were widely read as …",
/// "…, comments that drew criticism"), not the noun's own content clause
/// ("remarks that he would resign"). The comma's offset: the writer's
/// aside starts there, and the noun reports no one's words.
fn summing_report_noun(
    wd: &DocWords,
    text: &str,
    lo: usize,
    start: usize,
    end: usize,
) -> Option<usize> {
    let before = text[lo..start].trim_end();
    let comma = before.strip_suffix(',')?;
    if comma.split_space().count() < 3 || !text[start..end].ends_with("that") {
        return None;
    }
    let next = text[end..].split_space().find(|w| !w.is_empty())?;
    let c = wd.exact(next);
    let verb = next.bytes().all(|b| b.is_ascii_lowercase())
        && (c & (words::CUE_LEAD | words::PAST_FORM | words::ACTION_PAST) != 0
            || (next.ends_with("ed") && c & words::ED_ADJECTIVE == 0));
    verb.then_some(lo + comma.len())
}

/// Where a time adjunct that dates the telling closes `content`, the
/// writer's, not the speaker's: ", eight days after Israel struck …", ",
/// a day before the vote", ", just hours after …" — the last comma, an
/// optional `time_degree` word, a number or article and a `time_unit` (a
/// plural unit alone), then "after" or "before" and more words, with at
/// least three words of content before the comma.
fn trailing_time_adjunct(wd: &DocWords, content: &str) -> Option<usize> {
    let at = rfind_comma_space(content)?;
    if content[..at].split_space().count() < 3 {
        return None;
    }
    let mut words = content[at + 2..].split_space().peekable();
    words.next_if(|w| lower_in(wd, w, words::TIME_DEGREE));
    let count = words.next()?;
    // ", hours after …": a plural unit needs no count.
    let unit = if lower_in(wd, count, words::TIME_UNIT) && count.ends_with('s') {
        true
    } else {
        let counted = count.bytes().all(|b| b.is_ascii_digit())
            || matches!(count, "a" | "an")
            || lower_in(wd, count, words::NUMBER_WORD);
        counted
            && words
                .next()
                .is_some_and(|w| lower_in(wd, w, words::TIME_UNIT))
    };
    let order = words
        .next()
        .is_some_and(|w| matches!(w, "after" | "before"));
    (unit && order && words.next().is_some()).then_some(at)
}

/// `start`, or past a list mark ("* ", "• ", "- ") when one opens the line
/// there and words follow it before `end`.
fn past_list_mark(text: &str, start: usize, end: usize) -> usize {
    let line_start = start == 0 || text[..start].ends_with('\n');
    let rest = &text[start..end];
    let mark = ["* ", "\u{2022} ", "- "]
        .iter()
        .find(|m| rest.starts_with(**m));
    match mark {
        Some(m) if line_start && rest.len() > m.len() => {
            trim(text, start + m.len(), end).0.min(end)
        }
        _ => start,
    }
}

/// Where the writer's own clause about a second speech act opens in `pre`,
/// the text between a claim's content start and a later cue: a concession
/// (", though he cautioned that …", ", although she added …") or a new
/// clause after a semicolon ("…; Cambodia denied …"), each with a short
/// subject up to the cue. What the speaker says ends before it: PolNeAR's
/// annotators end the first content there too.
fn conceding_or_next_clause(wd: &DocWords, pre: &str) -> Option<usize> {
    let b = pre.as_bytes();
    // The last opener only: the subject runs from it up to the cue.
    let at = memchr::memrchr2_iter(b',', b';', b).find(|&at| b.get(at + 1) == Some(&b' '))?;
    let rest = &pre[at + 2..];
    let subject = if b[at] == b';' {
        rest
    } else {
        let (opener, subject) = rest.split_once(' ')?;
        if wd.exact(opener) & words::CONCESSIVE == 0 {
            return None;
        }
        subject
    };
    short_plain_subject(wd, subject).then_some(at)
}

/// Whether `hay` holds `needle` (ASCII) in any ASCII case, as
/// `hay.to_ascii_lowercase().contains(needle)` says for a lower-case
/// needle, without the lower-cased copy: lower-casing changes only ASCII
/// letters, byte for byte.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    debug_assert!(needle.is_ascii());
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    // Only where the first byte stands, in either case, is the rest compared.
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h).any(|p| {
        h.get(p..p + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// The byte offset of the last ", " in `s`, as `s.rfind(", ")` gives it:
/// `memrchr` from comma to comma instead of setting up a substring searcher.
fn rfind_comma_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr_iter(b',', b).find(|&at| b.get(at + 1) == Some(&b' '))
}

/// Whether a cue `h` after a quote (inner end `qe`, closing mark end `mc`)
/// attributes that quote: the gap between them is punctuation, optionally
/// with a speaker noun phrase ("…," the minister said / "…," said X), never
/// a clause going on with a conjunction ('called the veto "shameful" and
/// said …', where "said" has content of its own). Unless the quote closes
/// with a comma or an end mark inside its marks ("…," he said), the cue
/// must have no content of its own after it (to the sentence end `hi`).
fn attributes_quote_before(
    wd: &DocWords,
    text: &str,
    qe: usize,
    mc: usize,
    h: &Hit,
    hi: usize,
) -> bool {
    let gap = text[mc..h.start.max(mc)].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ')' | '"' | '\'' | '’' | '”')
    });
    let first = gap.split_space().next().unwrap_or("");
    // Conjunctions and subordinators are phrase stops that lead no cue
    // ("and", "but", "while"); auxiliaries and adverbs ("has", "also")
    // are stops that may lead the cue itself.
    let c = wd.exact(first);
    if c & words::NP_STOP != 0 && c & words::CUE_LEAD == 0 {
        return false;
    }
    let closed = text[..qe].ends_with([',', '.', '!', '?'])
        || text[mc..h.start.max(mc)].trim_start().starts_with(',');
    closed || empty_or_setting_after_cue(wd, &text[h.end..hi.max(h.end)])
}

/// True when `seg` reads as an appositive or relative clause describing a
/// name: "a founding partner at Firehouse Strategies", "who chairs …",
/// "chair of the Democratic National Committee".
fn is_appositive(wd: &DocWords, seg: &str) -> bool {
    let seg = seg.trim();
    let Some(first) = seg.split_space().next() else {
        return false;
    };
    // "now a partner at the firm", "then Maples's literary agent": a time
    // adverb before a description that opens with a determiner or a
    // possessive ("then left the room" is a clause).
    if wd.exact(first) & words::APPOSITIVE_ADVERB != 0 {
        let rest = seg[first.len()..].trim_start();
        let next = rest.split_space().next().unwrap_or("");
        let described = matches!(next, "a" | "an" | "the")
            || ((next.ends_with("'s") || next.ends_with("’s")) && rest.split_space().count() > 1);
        return described && is_appositive(wd, rest);
    }
    let n = seg.split_space().count();
    !seg.is_empty()
        && n <= 25
        && !seg.contains(['"', ';', ':'])
        && (first.starts_with(|c: char| c.is_ascii_lowercase())
            || matches!(first, "A" | "An" | "The")
            // "Obama's deputy national security adviser", an age ("Ki Hong, 33").
            || (first.ends_with("'s") && n > 1)
            // A party and state ("Democrat of California") or a title with
            // its domain ("Chairman of the Joint Chiefs").
            || (n > 2 && seg.split_space().nth(1) == Some("of"))
            || (n == 1 && first.chars().all(|c| c.is_ascii_digit())))
        && wd.exact(first) & words::NP_STOP == 0
        // "it's also worth noting", "he said": a clause with a subject
        // pronoun is an aside, no description.
        && wd.of(first) & (words::PRONOUN | words::EXPLETIVE_SUBJECT) == 0
        && !is_coordinator(wd, first)
        // "referring to …", "wearing a T-shirt": a participle clause, not a description.
        && !first.ends_with("ing")
        && !seg.split_space().any(|w| is_said_form(wd, w))
}

/// "Alex Conant, a founding partner at Firehouse Strategies, a Republican
/// consulting firm, said": the name and its appositives, ending before the
/// comma at `comma` (the one right before the cue).
fn np_with_appositives(
    wd: &DocWords,
    text: &str,
    lo: usize,
    comma: usize,
) -> Option<(usize, usize)> {
    let mut best = None;
    let mut end = comma;
    for _ in 0..3 {
        let Some(c) = text[lo..end].rfind(',').map(|p| lo + p) else {
            break;
        };
        if !is_appositive(wd, &text[c + 1..end]) {
            break;
        }
        // "In March, the company's chairman, a former banker, said", "At a
        // rally, the candidate, …": after a short opening phrase from a
        // place or time preposition, the role phrase is the speaker.
        let opening = text[lo..c].trim();
        let opens_with_preposition = opening.split_space().count() <= 3
            && opening
                .split_space()
                .next()
                .is_some_and(|w| wd.is(w, words::LOCATIVE));
        if end < comma && opens_with_preposition {
            // Other phrases go on to the reading below ("In Kharkiv, the
            // brigade commander, …": a named place).
            let seg = text[c + 1..end].trim_start();
            let role = seg
                .split_space()
                .next_back()
                .is_some_and(|w| wd.is(w, words::ROLE_HEAD | words::SPEAKER_HEAD));
            if role {
                best = Some((end - seg.len(), comma));
                break;
            }
        }
        if let Some((s, e)) = np_before(wd, text, lo, c) {
            // A name, or a description holding one ("the economist Jane
            // Roe, a former adviser to the mayor, wrote").
            let named = text[s..e].split_space().enumerate().any(|(i, w)| {
                w.starts_with(|ch: char| ch.is_uppercase()) && (i == 0 || w.len() > 1)
            });
            // A description opens its clause: in "In the north of Syria,
            // the rebel leader, a former officer, said" the name is the
            // object of an opening phrase. A name after a word ("But Jane
            // Roe, …", "Even China, …") is the subject.
            // A place after "In", "At", … is where, whatever its case
            // ("In Aleppo, the militia commander, a former officer, said").
            // A capitalised "Near" or "Inside" opening the sentence is
            // taken into the phrase itself ("Near Aleppo", "Inside the camp").
            let located = text[lo..s]
                .trim_end()
                .split_space()
                .next_back()
                .is_some_and(|w| wd.is(w, words::LOCATIVE))
                || text[s..e]
                    .split_space()
                    .next()
                    .is_some_and(|w| wd.is(w, words::LOCATIVE));
            // "…, but the Central and East European Coalition, which …,
            // wants": a contrasting conjunction opens a clause as a comma
            // does, and the phrase after it is that clause's subject.
            let before = text[lo..s].trim_end();
            let after_contrast = before
                .split_space()
                .next_back()
                .is_some_and(|w| wd.exact(w) & words::CONTRAST_CONJUNCTION != 0);
            let opens = !located
                && (text[s..].starts_with(|ch: char| ch.is_uppercase())
                    || after_contrast
                    || before
                        .chars()
                        .next_back()
                        .is_none_or(|ch| matches!(ch, ',' | ';' | ':' | '"' | '—')));
            if e == c && named && opens {
                best = Some((s, comma));
            } else if e == c && named {
                // The role phrase after that opening phrase is the speaker
                // when it ends in a role noun ("the rebel leader, a former
                // officer"), or whatever it ends in after a place.
                let seg = text[c + 1..end].trim_start();
                let role = located
                    || seg
                        .split_space()
                        .next_back()
                        .is_some_and(|w| wd.is(w, words::ROLE_HEAD | words::SPEAKER_HEAD));
                if role && end < comma {
                    best = Some((end - seg.len(), comma));
                }
                break;
            }
        }
        end = c;
    }
    best
}

/// Marks that open or close a quotation.
const QUOTE_MARKS: [char; 5] = ['"', '“', '”', '\'', '‘'];

/// The phrase after a cue with its appositives when they run to the end of
/// the sentence ("said Alex Conant, a founding partner at …."), or to a
/// quotation, participle clause or adverbial after them: from the noun
/// phrase `s..e` that [`np_after`] found after the cue to `hi` or that
/// comma, trimmed; `None` unless the rest after the noun phrase opens with
/// appositives. Callers pass the phrase in because they also use it bare,
/// and `np_after` is then run once.
fn with_appositives(
    wd: &DocWords,
    text: &str,
    (s, e): (usize, usize),
    hi: usize,
) -> Option<(usize, usize)> {
    let rest = text[e..hi].trim_end().trim_end_matches(['.', '!', '?']);
    let tail = rest.strip_prefix(',')?;
    let relative = tail
        .trim_start()
        .starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(tail.trim_start().split_space().next().unwrap_or("")) & words::RELATIVE != 0;
    // "said Joseph, who has four children.": one relative clause ending the
    // sentence describes the speaker too.
    if relative {
        let described =
            !tail.contains(',') && tail.split_space().count() <= 12 && is_appositive(wd, tail);
        return described.then(|| (s, e + 1 + tail.trim_end().len()));
    }
    // The appositives may end the sentence or stop before what is not part
    // of the speaker: the rest of a quotation ("said Jo Roe, a spokeswoman
    // for the port, \"but …\""), a participle clause ("…, adding that …",
    // "…, referring to …") or a time or setting adverbial ("…, on
    // Tuesday"). The speaker is the name with its appositives up to there.
    let mut at = e + 1;
    let mut last: Option<usize> = None;
    for seg in tail.split(',') {
        let lead = seg.trim_start();
        let first = lead.split([' ', '\n']).next().unwrap_or("");
        let closes = lead.trim_start_matches(QUOTE_MARKS).is_empty()
            && text[at..].trim_start().starts_with(QUOTE_MARKS);
        let lower = first.starts_with(|c: char| c.is_ascii_lowercase());
        // An adverbial only when it ends the sentence: in "told investors,
        // the owners, on Monday that …" the phrase is the object and the
        // content follows.
        // A day or time word opens it ("on Tuesday", "in an interview",
        // "later", and a bare ", Thursday."); "a" of "a week ago" is one
        // too but opens appositives.
        let adverbial = is_day_word(wd, first)
            && at + seg.len() >= e + 1 + tail.len()
            && lead.split_space().count() <= 5
            && !lead.split_space().any(|w| w == "that");
        let clause = (lower && first.ends_with("ing")) || adverbial;
        if last.is_some() && (closes || clause) {
            break;
        }
        let after_place = last.is_some_and(|l| is_town(wd, &text[e..l]));
        let describes =
            is_appositive(wd, seg) || titled_role(wd, lead) || (after_place && is_region(wd, lead));
        if !describes {
            // "said Al Roe, the director of the institute, who also said
            // that …", "said Al Roe, a consultant and a Republican who said
            // he …": the appositives end where a relative clause opens (the
            // record cuts it from the speaker in any case).
            return relative_after_appositive(wd, seg)
                .map(|p| at + p)
                .or(last.filter(|_| opens_relative(wd, lead)))
                .map(|l| (s, l));
        }
        at += seg.len();
        last = Some(e + text[e..at].trim_end().len());
        at += 1;
    }
    last.map(|l| (s, l))
}

/// Whether `lead` opens with a relative pronoun ("who", "which").
fn opens_relative(wd: &DocWords, lead: &str) -> bool {
    lead.split_space()
        .next()
        .is_some_and(|w| is_lower_word(w) && wd.exact(w) & words::RELATIVE != 0)
}

/// Where an appositive segment `seg` ends when a relative clause opens
/// inside it after a description ("a consultant and a Republican who said
/// he …"): the offset in `seg` of the description's end, when the words
/// before the relative pronoun are an appositive.
fn relative_after_appositive(wd: &DocWords, seg: &str) -> Option<usize> {
    let mut off = 0;
    for w in seg.split(' ') {
        if off > 0 && is_lower_word(w) && wd.exact(w) & words::RELATIVE != 0 {
            let before = seg[..off].trim_end();
            return is_appositive(wd, before).then_some(before.len());
        }
        off += w.len() + 1;
    }
    None
}

/// A capitalised title ending in a lower-case role noun ("President Obama's
/// first budget director", "Acme Bank chief economist"), which describes
/// the name before it; a list ("Bill Jones and the chief executive") names
/// more people.
fn titled_role(wd: &DocWords, seg: &str) -> bool {
    let n = seg.split_space().count();
    seg.starts_with(|c: char| c.is_uppercase())
        && (2..=8).contains(&n)
        && !seg.contains(['"', ';', ':', '(', '“'])
        && !seg.split_space().any(|w| matches!(w, "and" | "or"))
        && seg.split_space().next_back().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && wd.is(w, words::ROLE_HEAD | words::SPEAKER_HEAD)
        })
}

/// Whether `described` (the speaker's description so far) ends in a town
/// after "of", "from" or a `locative` word ("a resident of Gaza City",
/// "the mayor of Kyiv"); a capitalised name after other words ("a lawyer
/// for Acme") is no place a region could follow.
fn is_town(wd: &DocWords, described: &str) -> bool {
    let mut before = described
        .trim_end()
        .split_space()
        .rev()
        .skip_while(|w| w.starts_with(|c: char| c.is_uppercase()));
    described.trim_end().ends_with(|c: char| c.is_alphabetic())
        && before
            .next()
            .is_some_and(|w| matches!(w, "of" | "from") || wd.exact(w) & words::LOCATIVE != 0)
}

/// The region after a town in a speaker's description ("of Leeds,
/// Yorkshire", "from Austin, Texas"): one or two capitalised words and no
/// day ("of Gaza City, Sunday" is when).
fn is_region(wd: &DocWords, seg: &str) -> bool {
    let words: Vec<&str> = seg.split_space().collect();
    words.len() <= 2
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && !w.contains(['"', '“'])
                && !is_day_word(wd, w)
        })
}

/// The source named after "according to", up to `hi` (the sentence end or
/// a reporting-chain phrase): the whole rest when it is one phrase with
/// its modifiers and appositives ("officials familiar with the system",
/// "the SITE Intelligence Group, which monitors …"), else up to the first
/// comma.
fn according_source(wd: &DocWords, text: &str, start: usize, hi: usize) -> Option<(usize, usize)> {
    let rest = &text[start..hi];
    let lead = rest.len() - rest.trim_start().len();
    let body = rest.trim_end().trim_end_matches(['.', '!', '?', ',']);
    let body = &body[lead.min(body.len())..];
    let s = start + lead;
    let e = match body.find(',') {
        None => s + body.len(),
        Some(c) if body[c + 1..].split(',').all(|seg| is_appositive(wd, seg)) => s + body.len(),
        Some(c) => s + c,
    };
    let phrase = &text[s..e];
    (s < e && phrase.split_space().count() <= 20 && !phrase.contains(['"', ';', '\n']))
        .then_some((s, e))
}

/// Whether the stop word `w` (between `left` and `right`, with `left2`
/// before `left`) stays inside a noun phrase: "of" between two nouns ("half
/// of Democratic voters", "the leader of the group"), "in" of a ratio
/// ("nine in 10 voters"), and a participle with its preposition or time
/// word after a noun ("exit polls taken in Iowa", "a poll conducted by
/// Gallup", "a report published Wednesday").
fn joins_noun_phrase(
    wd: &DocWords,
    w: &str,
    left: Option<&str>,
    right: Option<&str>,
    left2: Option<&str>,
) -> bool {
    let number =
        |x: &str| x.bytes().all(|b| b.is_ascii_digit()) || wd.exact(x) & words::NUMBER_WORD != 0;
    let amount = |x: &str| wd.exact(x) & words::AMOUNT_WORD != 0;
    // "About four in 10 said", "nearly half of voters", "more than a
    // third", "at least a dozen members": an approximation before a count
    // belongs to it, also when it opens the sentence (no word on its left).
    if let Some(right) = right {
        // "a" only after "than" and "least": "about a plan" is a topic.
        let article = right.eq_ignore_ascii_case("a")
            && (w.eq_ignore_ascii_case("than") || w.eq_ignore_ascii_case("least"));
        let approximate =
            wd.exact(w) & words::APPROXIMATION != 0 && (number(right) || amount(right) || article);
        if approximate || (w.eq_ignore_ascii_case("at") && right == "least") {
            return true;
        }
    }
    let (Some(left), Some(right)) = (left, right) else {
        return false;
    };
    let open = |x: &str| !x.ends_with([',', ':', ';', '.', '"']) && !is_np_stop(wd, x);
    let noun = |x: &str| {
        open(x) && wd.exact(x) & (words::PRONOUN | words::RELATIVE | words::DETERMINER) == 0
    };
    if w == "of" {
        return noun(left);
    }
    // "nine in 10 voters", "one study in 146 people": a count after "in".
    if w == "in" && (number(left) || noun(left)) && number(right) {
        return true;
    }
    // The participle itself: an -ed or -en word right after a noun,
    // followed by a preposition or a time word.
    let participle = |x: &str| is_participle(wd, x);
    let prep_or_time = |x: &str| wd.exact(x) & (words::PARTICIPLE_LINK | words::TIME_WORD) != 0;
    if participle(w) && noun(left) && prep_or_time(right) {
        return true;
    }
    // The preposition after such a participle.
    wd.exact(w) & words::PARTICIPLE_LINK != 0 && participle(left) && left2.is_some_and(noun)
}

/// Whether `x` reads as a past participle that may modify the noun before
/// it: a lower-case -ed or -en word of more than four letters that is no
/// stop word of its own ("released", "taken"; not "needed" as a stop row).
fn is_participle(wd: &DocWords, x: &str) -> bool {
    x.len() > 4
        && (x.ends_with("ed") || x.ends_with("en"))
        && x.starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(x) & words::NP_STOP == 0
}

/// Whether `w` is a day name or other time word that ends a speaker phrase
/// ("the mayor on Tuesday said"): a `time_word` that is also an `np_stop`.
fn is_day_word(wd: &DocWords, w: &str) -> bool {
    day_class(wd.exact(w.trim_end_matches([',', '.'])))
        && w.starts_with(|c: char| c.is_alphabetic())
}

/// Whether word classes `c` are a day's or time's that ends a speaker
/// phrase: a `time_word` that is also an `np_stop`.
fn day_class(c: words::Classes) -> bool {
    let both = words::TIME_WORD | words::NP_STOP;
    c & both == both
}

/// Whether the day word `w` dates the participle `left` before it ("a poll
/// released Friday"). Only an -ed participle: an -en word there is more
/// often a noun ("the prison warden Tuesday said", "two women Sunday
/// said"); and no preposition, which `is_day_word` also takes ("a report
/// released on Friday": "on" is no date).
fn dates_participle(wd: &DocWords, w: &str, left: Option<&str>) -> bool {
    is_day_word(wd, w)
        && wd.exact(w) & words::PARTICIPLE_LINK == 0
        && left.is_some_and(|l| l.ends_with("ed") && is_participle(wd, l))
}

/// Whether preposition `k` continues a speaker phrase after the word `left`:
/// after a role noun ("a spokesman for the ministry") or an adjective of
/// the `adjective_link` class ("a person familiar with the matter").
fn keeps_preposition(wd: &DocWords, k: &str, left: Option<&str>) -> bool {
    wd.exact(k) & words::ROLE_PREPOSITION != 0
        && left.is_some_and(|l| wd.is(l, words::ROLE_HEAD | words::ADJECTIVE_LINK))
}

/// Whether preposition `k` joins the noun `left` to the noun phrase opening
/// with `right` inside one speaker phrase ("a study by two economists", "the
/// commission on presidential debates"): a `noun_link` preposition after a
/// noun (not a verb's -ing form, pronoun or determiner) with a word of the
/// phrase after it. A day name after it is a stop word that ends the phrase
/// first ("the mayor on Tuesday said" keeps "the mayor").
fn links_nouns(wd: &DocWords, k: &str, left: Option<&str>, right: Option<&str>) -> bool {
    let (Some(left), Some(_)) = (left, right) else {
        return false;
    };
    wd.exact(k) & words::NOUN_LINK != 0
        && !left.ends_with([',', ':', ';', '.', '"'])
        && !left.ends_with("ing")
        && !is_np_stop(wd, left)
        && wd.exact(left) & (words::PRONOUN | words::RELATIVE | words::DETERMINER) == 0
}

/// Whether the words `f` (in text order) open, at `j`, a post-modifier that
/// says what the speaker noun right before them knows or is near ("familiar
/// with", "privy to", "briefed on", "with knowledge of", "with close ties
/// to", "in charge of"): an `adjective_link` word before a
/// `postmodifier_link` preposition, a participle before a `participle_link`
/// one, or a `postmodifier_opener` ("with", "in") before one or two plain
/// lower-case words and a `knowledge_link` preposition. A determiner after
/// the opener ("with the ministry") makes it a plain prepositional phrase.
fn opens_postmodifier(wd: &DocWords, f: &[&str], j: usize) -> bool {
    let Some(&w) = f.get(j) else {
        return false;
    };
    if w.ends_with([',', ':', ';', '.', '"']) {
        return false;
    }
    let of_class = |i: usize, class: words::Classes| f.get(i).is_some_and(|x| wd.is(x, class));
    let classes = wd.exact(w);
    if classes & words::ADJECTIVE_LINK != 0 {
        return of_class(j + 1, words::POSTMODIFIER_LINK);
    }
    if is_participle(wd, w) {
        return of_class(j + 1, words::PARTICIPLE_LINK);
    }
    if classes & words::POSTMODIFIER_OPENER == 0 {
        return false;
    }
    let plain = |i: usize| {
        f.get(i).is_some_and(|x| {
            !x.ends_with([',', ':', ';', '.', '"'])
                && x.starts_with(|c: char| c.is_lowercase())
                && !is_np_stop(wd, x)
                && wd.exact(x) & (words::DETERMINER | words::PRONOUN | words::RELATIVE) == 0
        })
    };
    let link = |i: usize| of_class(i, words::KNOWLEDGE_LINK);
    plain(j + 1) && (link(j + 2) || (plain(j + 2) && link(j + 3)))
}

/// Whether the stop word `w` may stand inside a speaker's post-modifier
/// ("the planning for Thursday's meeting"): a `postmodifier_link`
/// preposition, or a time word's possessive, which is a determiner there,
/// no time adverbial ("Thursday's meeting"; a bare "Thursday" still ends
/// the phrase: "officials briefed on Thursday said").
fn inside_postmodifier(wd: &DocWords, w: &str) -> bool {
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    wd.exact(w) & words::POSTMODIFIER_LINK != 0 || (possessive && wd.of(w) & words::TIME_WORD != 0)
}

/// How many words back the head noun stands when the speaker phrase walk,
/// stopped at the stop word `k` words back, may go on because the phrase
/// opens its clause with a speaker noun and a post-modifier ("A person familiar with the planning for the meeting
/// says", "People with knowledge of the talks said"): further back, over
/// words that are no stop words other than those `inside_postmodifier`
/// takes, stands a speaker noun opening its clause
/// (`opens_with_speaker_noun`) right before the opening of a post-modifier
/// (`opens_postmodifier`).
fn postmodified_speaker(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    k: usize,
) -> Option<usize> {
    let word = |words: &mut WordsBack, i: usize| words.get(i).map(|(a, b)| &text[a..b]);
    // Back from the stop, one word at a time, so that a barrier ends the
    // search before the words further back are split.
    let someone = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
    for h in k + 1..WordsBack::MAX {
        let w = word(words, h)?;
        // No speaker noun is a barrier, so the barrier is asked first: it
        // ends most searches at the first words.
        if breaks_noun_phrase(w)
            || w.ends_with([',', ':', ';'])
            || (w.ends_with('.') && !is_abbreviation(wd, w))
            || wd.exact(w) & (words::PRONOUN | words::RELATIVE) != 0
            || (is_np_stop(wd, w) && !inside_postmodifier(wd, w))
        {
            return None;
        }
        if wd.of(w) & someone == 0 {
            continue;
        }
        // The head candidate is `w`; the (at most four) words after it,
        // in text order, open its post-modifier (`opens_postmodifier`
        // reads no further).
        let mut after = [""; 4];
        let m = h.min(4);
        for (i, slot) in after.iter_mut().take(m).enumerate() {
            *slot = word(words, h - 1 - i).unwrap_or("");
        }
        if opens_postmodifier(wd, &after[..m], 0)
            && opens_with_speaker_noun(wd, text, words, h, false)
        {
            return Some(h);
        }
    }
    None
}

const NP_MAX_WORDS: usize = 12;

/// Whether word `w` holds a mark no noun phrase runs across: `"`, a line
/// break, `;`, `—` or a square bracket. By bytes: a `char` set makes `str`
/// decode every character, and `np_before` asks this of every word.
fn breaks_noun_phrase(w: &str) -> bool {
    // '—' is E2 80 94; no other character's UTF-8 holds the bytes 80 94
    // after an E2, so the three bytes in a row are the dash.
    let b = w.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'"' | b'\n' | b';' | b'[' | b']' => true,
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x80, 0x94][..]),
        _ => false,
    })
}

/// Whether the words of `words` from the `from`-th last backwards (ranges
/// into `text`) end in a name of at most three capitalized words or titles
/// that opens its clause: the words before it end in punctuation, are a
/// stop word, are none, or are a lower-case role noun that opens the clause
/// itself (`opens_with_speaker_noun`: "Republican hopefuls Jeb Bush").
///
/// `titled` allows the role noun (the caller sets it when a name follows
/// the "and" too: "hopefuls Jeb Bush and Chris Christie", not "spokesman
/// Iran and six world powers").
fn opens_with_name(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
    titled: bool,
) -> bool {
    for k in from..from + 3 {
        let Some((ws, we)) = words.get(k) else {
            break;
        };
        let w = &text[ws..we];
        if !w.starts_with(|c: char| c.is_uppercase()) || w.ends_with([',', ':', '"']) {
            return false;
        }
        let Some((bs, be)) = words.get(k + 1) else {
            return true;
        };
        let before = &text[bs..be];
        if before.ends_with([',', ':', '"']) || is_np_stop(wd, before) {
            return true;
        }
        // "Republican hopefuls Jeb Bush and …", "party leaders Lee and
        // …": a lower-case role noun before the name, itself opening the
        // clause, titles the coordination.
        if titled
            && before.starts_with(|c: char| c.is_lowercase())
            && opens_with_speaker_noun(wd, text, words, k + 1, true)
        {
            return true;
        }
    }
    false
}

/// Whether the words from the `from`-th last backwards are a longer name
/// that opens its clause, up to five capitalized words and titles, perhaps
/// after "the" or "both" ("Maine Sen. Susan Collins and …", "Both The New
/// York Times and …", "the World Anti-Doping Agency and …"). Longer than
/// [`opens_with_name`] reads, so the clause must plainly open before it:
/// the sentence starts, a word ends in punctuation, or a subordinating or
/// contrasting conjunction stands; a preposition or verb there ("met with
/// the Senate Armed Services Committee and …") makes the name an object.
fn opens_with_long_name(wd: &DocWords, text: &str, words: &mut WordsBack, from: usize) -> bool {
    const LONG_NAME_WORDS: usize = 5;
    let opens_clause = |w: Option<&str>| {
        w.is_none_or(|w| {
            w.ends_with([',', ':', ';', '"', '\u{201c}', '\u{201d}'])
                || (w.ends_with('.') && !is_abbreviation(wd, w))
                || wd.of(w) & words::SUBORDINATOR != 0
                || wd.exact(w) & words::CONTRAST_CONJUNCTION != 0
        })
    };
    let mut k = from;
    while k < from + LONG_NAME_WORDS && k < WordsBack::MAX {
        let Some((ws, we)) = words.get(k) else {
            return k > from;
        };
        let w = &text[ws..we];
        if !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        // A comma after the word right before "and" closes an earlier
        // item ("Prime Minister Hailemariam Desalegn, and described", "San
        // Bernardino, Calif., and many candidates"), not a name of this
        // coordination; further back it ends what opens the clause.
        if w.ends_with([',', ':', ';', '"']) {
            return k > from;
        }
        k += 1;
    }
    if k == from || k >= WordsBack::MAX {
        return false;
    }
    let word = |words: &mut WordsBack, j: usize| words.get(j).map(|(a, b)| &text[a..b]);
    // "the World Anti-Doping Agency", "both the American Federation of
    // Teachers": a determiner before the name is part of the phrase.
    if let Some(w) = word(words, k) {
        if is_lower_word(w) && wd.exact(w) & words::NAME_LEAD != 0 && k + 1 < WordsBack::MAX {
            k += 1;
        }
    }
    k < WordsBack::MAX && opens_clause(word(words, k))
}

/// Whether the word `k` words back, ending in a comma, closes a name that is
/// an earlier item of a list of names opening the clause ("France," in
/// "France, Germany and Britain said"): it and up to two words before it
/// are capitalized (no time word: "On Sunday, Germany and Britain"), and
/// before them the sentence starts, punctuation ends a word (another item,
/// "Italy, France, …"), or a subordinating or contrasting conjunction
/// stands. A preposition or verb before them ("In Paris, Germany and
/// Britain said") makes the name no speaker.
fn list_item_opens(wd: &DocWords, text: &str, words: &mut WordsBack, k: usize) -> bool {
    let name_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && wd.of(w.trim_end_matches(',')) & (words::TIME_WORD | words::NP_STOP) == 0
    };
    for j in k..k + 3 {
        if j >= WordsBack::MAX {
            return false;
        }
        let Some((ws, we)) = words.get(j) else {
            return true;
        };
        let w = &text[ws..we];
        if j > k && (w.ends_with([',', ':', ';', '"']) || w.ends_with('.')) {
            // Another item or the end of what came before.
            return !w.ends_with(',') || name_word(w);
        }
        if !name_word(w) {
            let c = wd.of(w);
            return j > k
                && (c & words::SUBORDINATOR != 0
                    || wd.exact(w) & words::CONTRAST_CONJUNCTION != 0);
        }
    }
    false
}

/// Whether the word `from` words back is a noun that names speakers
/// ("advisers", "experts", "officials") and, with at most three modifiers
/// before it ("her", "many liberal"), opens its clause: the words before
/// end in punctuation, are a subordinating or contrasting conjunction, or
/// are none. A preposition or verb before it ("met with the advisers and
/// officials said") makes the nouns an object, not a subject.
///
/// `titled`: the noun titles a name after it ("Republican presidential
/// hopefuls Jeb Bush"), so capitalized modifiers ("Republican", "Senate")
/// may stand further back too.
fn opens_with_speaker_noun(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
    titled: bool,
) -> bool {
    let Some((ls, le)) = words.get(from) else {
        return false;
    };
    let left = &text[ls..le];
    if left.ends_with([',', ':', ';', '"'])
        || wd.of(left) & (words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN) == 0
    {
        return false;
    }
    for k in from + 1..from + 5 {
        if k >= WordsBack::MAX {
            return false;
        }
        let Some((ws, we)) = words.get(k) else {
            return true;
        };
        let w = &text[ws..we];
        if w.ends_with([',', ':', ';', '"', '\u{201c}', '\u{201d}'])
            || (w.ends_with('.') && !is_abbreviation(wd, w))
        {
            return true;
        }
        if wd.of(w) & words::SUBORDINATOR != 0
            || wd.exact(w) & words::CONTRAST_CONJUNCTION != 0
            || w.eq_ignore_ascii_case("that")
        {
            return true;
        }
        if is_np_stop(wd, w) {
            return false;
        }
        // One free word (an adjective, "liberal") may stand right before
        // the noun; further back only determiners, modifiers, numbers and
        // possessives ("Many", "the company's"). A verb or noun there ("The
        // strike hit workers and …") makes the nouns an object.
        let possessive = w.ends_with("'s") || w.ends_with("s'");
        let capital_title = titled && w.starts_with(|c: char| c.is_uppercase());
        if k > from + 1
            && !possessive
            && !capital_title
            && wd.of(w) & (words::DETERMINER | words::MODIFIER | words::NUMBER_WORD) == 0
        {
            return false;
        }
    }
    false
}

/// The noun phrase ending right before byte `end` (a cue), not reaching
/// before `lo`: words back to a clause boundary (punctuation, a quote mark,
/// a conjunction, preposition, auxiliary or verb). `None` when the cue
/// follows punctuation directly or the phrase is implausibly long.
fn np_before(wd: &DocWords, text: &str, lo: usize, end: usize) -> Option<(usize, usize)> {
    // The phrase has at most NP_MAX_WORDS words and the rules look two words
    // further back, so the words before those are never read.
    let mut words = WordsBack::new(text, lo, end, NP_MAX_WORDS + 3);
    let (_, last_end) = words.get(0)?;
    if text[last_end..end].contains('\n') {
        return None;
    }
    let mut start = None;
    // "a fact-check of Trump's claim": a possessive right before a noun cue
    // is that noun's speaker on its own, whatever phrase holds it.
    let possessive_last = words.get(0).is_some_and(|(ws, we)| {
        let w = &text[ws..we];
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
    });
    // `k` counts words from the cue backwards: 0 is the word right before it.
    let mut k = 0;
    // Set once "and" joined two names ("Germany and Britain"): a name ending
    // in a comma before them is one more item of the list.
    let mut name_list = false;
    // How many words back the head noun of a post-modified speaker stands,
    // once the phrase proved to open with one (`postmodified_speaker`):
    // the stop words between it and the cue stay inside the phrase.
    let mut postmod_head: Option<usize> = None;
    while let Some((ws, we)) = words.get(k) {
        let w = &text[ws..we];
        let inner = k == 0;
        if breaks_noun_phrase(w) {
            break;
        }
        // "France, Germany and Britain said": the earlier items of a list
        // of names that opens the clause.
        if name_list && w.ends_with(',') && list_item_opens(wd, text, &mut words, k) {
            start = Some(ws);
            k += 1;
            continue;
        }
        // "'The Ultimate Public Health Crisis,' Howard Dean Tells …": a
        // comma inside one closing single quote ends the phrase too (after
        // a comma an apostrophe can only close a quotation). Runs of
        // apostrophes standing for double quotes ("them,'''") are left as
        // they were: their inverted speaker is found no better.
        let quoted_comma = w
            .strip_suffix(['\'', '\u{2019}'])
            .is_some_and(|c| c.ends_with([',', ':']));
        if w.ends_with([',', ':']) || quoted_comma || (w.ends_with('.') && !is_abbreviation(wd, w))
        {
            break;
        }
        // "(The spokeswoman said …)": a bracket opening the sentence opens
        // the phrase too; the word after it is the phrase's first.
        if w.starts_with('(') && !w.ends_with(')') {
            if w.len() > 1 && !is_np_stop(wd, &w[1..]) {
                start = Some(ws + 1);
            }
            break;
        }
        // "(CNN Business) A muddled view": a bracket closed before the
        // phrase's head ends the phrase.
        if !inner && w.ends_with(')') && !w.starts_with('(') {
            break;
        }
        let classes = wd.of(w);
        // "had capitulated and no longer wanted": a negating adverb left
        // outside the cue (see `extend_cue_left`) names no one.
        if inner
            && classes & words::NEGATING_LEAD != 0
            && words
                .get(1)
                .is_some_and(|(a, b)| wd.of(&text[a..b]) & words::NEGATING_LEAD != 0)
        {
            return None;
        }
        // "In a Bloomberg interview he declared": a subject pronoun right
        // before the cue is the whole speaker.
        if classes & words::RELATIVE != 0 || (inner && classes & words::PRONOUN != 0) {
            if inner {
                start = Some(ws);
            }
            break;
        }
        // "those polled said", "voters surveyed say": the respondents'
        // participle right before the cue, after the word it describes.
        let respondent = inner
            && classes & words::RESPONDENT != 0
            && words
                .get(1)
                .is_some_and(|(a, b)| !is_np_stop(wd, &text[a..b]) && !text[a..b].ends_with(','));
        // "Theresa May said": a capitalized auxiliary after a name word is
        // part of the name, not the modal it spells.
        let in_name = classes & words::CUE_LEAD != 0
            && classes & words::TIME_WORD == 0
            && name_part(text, lo, ws);
        // Asked last: it reads the word before, which the walk back may
        // not have split yet.
        let adjective = |words: &mut WordsBack| {
            !inner && attributive_ed(wd, w, classes, words.get(k + 1).map(|(a, b)| &text[a..b]))
        };
        if is_np_stop_of(w, classes) && !respondent && !in_name && !adjective(&mut words) {
            // "officials in Sanaa", "a spokesman for the ministry": a
            // group noun keeps its place or organization.
            let word = |(a, b): (usize, usize)| &text[a..b];
            let left = words.get(k + 1).map(word);
            let right = k.checked_sub(1).and_then(|j| words.get(j)).map(word);
            let left2 = words.get(k + 2).map(word);
            // "A poll released Friday shows": the day dates the
            // participle, which modifies the speaker noun before it.
            let dated = inner
                && dates_participle(wd, w, left)
                && left2.is_some_and(|l| !is_np_stop(wd, l) && !l.ends_with([',', ':', ';', '.']));
            let keeps = dated
                || keeps_preposition(wd, w, left)
                || joins_noun_phrase(wd, w, left, right, left2)
                || (!possessive_last && links_nouns(wd, w, left, right));
            // "Trump and his attorneys said", "Mr. Grassley and Mr. Leahy
            // say": a coordination that opens the clause with a name.
            // "Her advisers and allies say", "Experts and some lawmakers
            // warn": a group of speakers that opens the clause.
            let name_start = |r: &str| r.starts_with(|c: char| c.is_uppercase());
            let names = w.eq_ignore_ascii_case("and")
                && left.is_some_and(|l| l.starts_with(|c: char| c.is_uppercase()))
                && (opens_with_name(wd, text, &mut words, k + 1, right.is_some_and(name_start))
                    || opens_with_long_name(wd, text, &mut words, k + 1));
            name_list |= names;
            let coordinated = names
                || (w.eq_ignore_ascii_case("and")
                    && opens_with_speaker_noun(wd, text, &mut words, k + 1, false));
            if !keeps && !coordinated {
                // "A person familiar with the planning for Thursday's
                // meeting says": a preposition inside the post-modifier of
                // a speaker noun that opens the clause.
                let in_postmodifier = inside_postmodifier(wd, w) && {
                    if postmod_head.is_none() {
                        postmod_head = postmodified_speaker(wd, text, &mut words, k);
                    }
                    postmod_head.is_some_and(|h| k < h)
                };
                if !in_postmodifier {
                    break;
                }
            }
        }
        if k + 1 > NP_MAX_WORDS {
            return None;
        }
        start = Some(ws);
        k += 1;
    }
    let mut s = start?;
    // A coordination cut at its conjunction ("…, and Breitbart News
    // responded"): the speaker starts after it.
    if let Some(rest) = ["and ", "or ", "but "]
        .iter()
        .find_map(|c| text[s..last_end].strip_prefix(c))
    {
        s = last_end - rest.len();
    }
    (s < last_end).then_some((s, last_end))
}

/// "<claim>, an accusation Tehran rejected": when the speaker phrase
/// `start..end` of a sentence-final cue opens with a report noun ("an
/// accusation", "claims", "a charge the government …") right after a comma,
/// the speaker is what follows the noun. Returns that speaker and the
/// comma's byte offset.
fn reported_noun_speaker(
    ctx: &Ctx,
    ss: usize,
    start: usize,
    end: usize,
) -> Option<(Speaker, usize)> {
    let (text, wd) = (ctx.text, ctx.words);
    let before = text[ss..start].trim_end();
    // "…, claims Iran denies": the noun stands right before the speaker phrase.
    // Only the last two words are read: split them from the end.
    let mut lead = WordsBack::new(text, ss, ss + before.len(), 2);
    if let (Some((cs, ce)), Some((ns, ne))) = (lead.get(1), lead.get(0)) {
        if wd.exact(&text[ns..ne]) & words::REPORT_NOUN != 0 && text[cs..ce].ends_with(',') {
            let sp = ctx.speaker_from_np(start, end);
            return sp.text.is_some().then_some((sp, ce - 1));
        }
    }
    if !before.ends_with(',') {
        return None;
    }
    let comma = ss + before.len() - 1;
    let words = words_in(text, start, end);
    let det = usize::from(
        words.len() > 2 && wd.exact(&text[words[0].0..words[0].1]) & words::DETERMINER != 0,
    );
    let &(ns, ne) = words.get(det)?;
    if wd.exact(&text[ns..ne]) & words::REPORT_NOUN == 0 || words.len() <= det + 1 {
        return None;
    }
    let mut s0 = words[det + 1].0;
    if text[s0..end].starts_with("that ") {
        s0 += 5;
    }
    let sp = ctx.speaker_from_np(s0, end);
    sp.text.is_some().then_some((sp, comma))
}

/// Whether `head`, the words before a cue, are a short subject followed by a
/// relative clause set off by commas ("Witnesses, who asked not to be
/// identified,"): such a head names the speaker, it is no claim.
fn relative_clause_subject(wd: &DocWords, head: &str) -> bool {
    let Some(inner) = head.strip_suffix(',') else {
        return false;
    };
    let Some((subject, clause)) = inner.split_once(", ") else {
        return false;
    };
    // "The strike, which killed 12, was carried out by Israel, the army
    // said": a relative clause followed by more words is inside the claim.
    subject.split_whitespace().count() <= 6
        && !subject.contains(['"', '“', '”'])
        && !clause.contains(", ")
        && clause
            .split_space()
            .next()
            .is_some_and(|w| wd.exact(w) & words::RELATIVE != 0)
}

/// Where a sentence starting at `ss` begins after its dateline ("CAIRO,
/// Nov 20 (Reuters) - …", "TEHRAN — …"; read once with the text layer):
/// `ss` when there is none. A dateline is nobody's speech and names no speaker.
fn dateline_end(layer: &TextLayer, ss: usize) -> usize {
    layer.after_dateline(ss)
}

/// Where the subject of a sentence starting at `ss` (after its dateline)
/// begins: after a sentence adverbial set off by a comma ("However,",
/// "In fact,", "On Monday,"), which is no speaker of a later verb.
fn subject_start(wd: &DocWords, text: &str, ss: usize) -> usize {
    subject_start_past(wd, text, ss, false).0
}

/// [`subject_start`], and with `fronted` also past a prepositional phrase
/// or adverbial clause opening the sentence ("In a victory speech,"); the
/// flag returned says whether such a phrase was skipped, after which the
/// subject found must name someone (the comma may have closed a clause of
/// its own: "after months of looking, I found them, and asked …").
fn subject_start_past(wd: &DocWords, text: &str, ss: usize, fronted: bool) -> (usize, bool) {
    let mut s = ss;
    let mut skipped_fronted = false;
    // "On Thursday, however, Trump …": one adverbial after another.
    for _ in 0..3 {
        let mut hi = (s + 48).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let words = words_in(text, s, hi);
        let mut skipped = None;
        for &(ws, we) in words.iter().take(3) {
            let w = &text[ws..we];
            if wd.exact(w.trim_end_matches(',')) & (words::PARENTHETICAL | words::NP_STOP) == 0 {
                break;
            }
            if w.ends_with(',') {
                let rest = &text[we..];
                skipped = Some(we + (rest.len() - rest.trim_start().len()));
                break;
            }
        }
        // "In a victory speech, Mr. Trump struck a measured tone, saying …":
        // a prepositional phrase or adverbial clause of up to ten words
        // opening the sentence, closed by a comma, holds no subject.
        let skipped = skipped.or_else(|| {
            if !fronted {
                return None;
            }
            let &(fs, fe) = words.first()?;
            if wd.exact(&text[fs..fe]) & words::OPENING_PREPOSITION == 0
                && !opening_participle(wd, text, &words)
            {
                return None;
            }
            let mut wide = (s + 120).min(text.len());
            while !text.is_char_boundary(wide) {
                wide -= 1;
            }
            words_in(text, s, wide)
                .into_iter()
                .take(10)
                // Within the sentence and the paragraph: a word ending in
                // a full stop (not an abbreviation) ends the search.
                .take_while(|&(ws, we)| {
                    let w = &text[ws..we];
                    !w.contains(['"', '“', '”', '(', ')', ';', ':', '—'])
                        && !text[s..we].contains('\n')
                        && (!w.ends_with(['.', '!', '?']) || is_abbreviation(wd, w))
                })
                .find(|&(_, we)| text[..we].ends_with(','))
                .map(|(_, we)| {
                    skipped_fronted = true;
                    we + (text[we..].len() - text[we..].trim_start().len())
                })
        });
        match skipped {
            Some(next) => s = next,
            None => break,
        }
    }
    (s, skipped_fronted)
}

/// Whether `words` (the first words of a sentence) open with a participle
/// phrase set off before the subject: "Appearing before cheering supporters
/// Monday morning at party headquarters, Suu Kyi said …", "Speaking to
/// reporters on Tuesday, the minister said …". The first word is a
/// capitalized -ing form that is no preposition ("According", "Including")
/// and the second a preposition, "to" or a time word, which a noun in -ing
/// ("Morning prayers", "Reading Council") is not followed by.
fn opening_participle(wd: &DocWords, text: &str, words: &[(usize, usize)]) -> bool {
    let [(fs, fe), (ss, se), ..] = words else {
        return false;
    };
    let first = &text[*fs..*fe];
    let second = &text[*ss..*se];
    let participle = first.len() > 5
        && first.ends_with("ing")
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first[1..].bytes().all(|b| b.is_ascii_lowercase())
        && wd.of(first) & words::PREPOSITION_ING == 0;
    let link = words::OPENING_PARTICIPLE_LINK | words::OPENING_PREPOSITION | words::LOCATIVE;
    participle && (wd.exact(second) & link != 0 || is_day_word(wd, second))
}

/// Whether the particle `particle` opening `after` starts an upper bound
/// ("up to 40 percent", "up to a third", "up to half"): then the verb before
/// it keeps its reporting sense.
fn opens_upper_bound(wd: &DocWords, particle: &str, after: &str) -> bool {
    let mut rest = after
        .split_whitespace()
        .skip(1)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    if !particle.eq_ignore_ascii_case("up") || rest.next() != Some("to") {
        return false;
    }
    let amount = |w: &str| {
        w.trim_start_matches(['$', '€', '£'])
            .starts_with(|c: char| c.is_ascii_digit())
            || wd.exact(w) & (words::NUMBER_WORD | words::AMOUNT_WORD) != 0
    };
    match rest.next() {
        Some("a" | "an") => rest.next().is_some_and(amount),
        Some(w) => amount(w),
        None => false,
    }
}

/// Whether `prev`, the word before a cue word, lets the cue word open a
/// compound noun: a determiner or modifier ("a think tank", "conservative
/// think tank"), or another word that is no plural, pronoun or speaker noun
/// ("talk show host"), which would make the cue word the subject's verb.
fn opens_compound_after(wd: &DocWords, prev: &str) -> bool {
    let classes = wd.of(prev);
    if classes & (words::DETERMINER | words::MODIFIER) != 0 {
        return true;
    }
    !prev.is_empty()
        && !prev.ends_with(['s', ',', ';', ':'])
        && classes
            & (words::SPEAKER_HEAD
                | words::ROLE_HEAD
                | words::SPEAKER_NOUN
                | words::PRONOUN
                | words::GENERIC_PRONOUN)
            == 0
}

/// Whether the verb cue `cue` followed by `after` is used in a sense that is
/// no speech: a plea ("pleaded guilty", "pleaded not guilty", "pleaded no
/// contest"); for a verb of the `quantity_verb` class, a change in a number
/// ("added 20.72 points", "adding about ten days", see `approximator`); a
/// cue word that is also a report noun before a `noun_preposition` ("claims
/// against Armenia"); for a `finding_verb`, a discovery ("found a way",
/// "found himself"); for a `presence_verb`, showing up ("reported for duty");
/// a phrasal verb of showing or naming ("showed up", "called off", see
/// `sense_particle`); a `compound_modifier` word that opens a compound noun
/// after `prev` ("talk show host", "think tank", see `compound_head`).
fn is_non_speech_sense(wd: &DocWords, prev: &str, cue: &str, after: &str) -> bool {
    let mut next = after
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let first = next.next().unwrap_or("");
    let plea = |w: &str| wd.exact(w) & words::PLEA != 0;
    if plea(first) || (matches!(first, "not" | "no") && next.next().is_some_and(plea)) {
        return true;
    }
    let is_number = |w: &str| {
        w.trim_start_matches(['+', '-', '$', '€', '£'])
            .starts_with(|c: char| c.is_ascii_digit())
            || wd.exact(w) & words::NUMBER_WORD != 0
    };
    // "adding about ten days", "added more than 300 points": a bound or a
    // rounding before the number.
    let number = is_number(first)
        || (wd.exact(first) & words::APPROXIMATOR != 0
            && after
                .split_whitespace()
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                .skip(1)
                .take(3)
                .find(|w| wd.exact(w) & words::APPROXIMATOR == 0)
                .is_some_and(is_number));
    let cue_classes = wd.exact(cue);
    let first_classes = wd.exact(first);
    // "no territorial claims against Armenia", "reports of shelling": a
    // report noun before a preposition of its complement is the noun.
    if cue_classes & words::REPORT_NOUN != 0 && first_classes & words::NOUN_PREPOSITION != 0 {
        return true;
    }
    // "did not show up", "called off the strike": a phrasal verb. "Polls
    // showed up to 40 percent …" is a quantity, not the particle.
    if cue_classes & (words::DEPICTION_VERB | words::NAMING_VERB) != 0
        && first_classes & words::SENSE_PARTICLE != 0
        && !opens_upper_bound(wd, first, after)
    {
        return true;
    }
    // "a talk show host said", "a think tank found": a cue word that is a
    // known compound's first noun, before the compound's head and after a
    // word that may open a noun phrase. After a plural or a speaker noun it is
    // the subject's verb ("Analysts think tank sales will rise", "Experts say
    // host countries must pay").
    if first_classes & words::COMPOUND_HEAD != 0
        && cue_classes & words::COMPOUND_MODIFIER != 0
        && opens_compound_after(wd, prev)
    {
        return true;
    }
    // "The talk show featured …": the cue word is the second noun of a
    // compound, whatever follows it.
    if cue_classes & words::COMPOUND_MODIFIER != 0 && wd.exact(prev) & words::COMPOUND_FIRST != 0 {
        return true;
    }
    if cue_classes & words::FINDING_VERB != 0 && first_classes & words::FOUND_OBJECT != 0 {
        return true;
    }
    if cue_classes & words::PRESENCE_VERB != 0
        && matches!(first, "for" | "to")
        && next
            .next()
            .is_some_and(|w| wd.exact(w) & words::PRESENCE_OBJECT != 0)
    {
        return true;
    }
    number && cue_classes & words::QUANTITY_VERB != 0
}

/// Whether a verb cue with `speaker` reports no speech: the speaker phrase's
/// head is a picture or record ("the video shows", `depiction`), or the cue
/// is a naming verb after a noun phrase with an indefinite article and
/// before no object ("a molecule called succinate", "a family friend
/// called 911"; not "a spokesman called it a disgrace").
/// "…, a plan the group has rejected.", "…, a move Egypt criticized.": an
/// appositive noun after a comma with a reduced relative clause ending the
/// sentence. The noun ("a plan") is the verb's object, not what was said,
/// so the clause before the comma is no content of the verb. A noun for
/// what others said ("a claim the group denies") keeps its claim: the
/// clause is what is denied.
fn object_of_reduced_relative(
    wd: &DocWords,
    text: &str,
    speaker: &Speaker,
    ss: usize,
    cue_end: usize,
    content_end: usize,
) -> bool {
    let Some(span) = speaker.span.as_ref() else {
        return false;
    };
    if !text[ss..span.start].trim_end().ends_with(',')
        || !text[cue_end..content_end.max(cue_end)]
            .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .is_empty()
    {
        return false;
    }
    let mut words = text[span.start..span.end].split_space();
    if !words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    {
        return false;
    }
    // The object's noun (lower case, a word or two), then the relative
    // clause's own subject: a determiner, a pronoun or a name.
    let mut nouns = 0;
    for w in words {
        let lower_noun = w.starts_with(|c: char| c.is_ascii_lowercase())
            && wd.exact(w) & (words::DETERMINER | words::PRONOUN) == 0;
        if lower_noun && nouns < 3 {
            // "a claim the group denies": what others said is denied.
            if wd.exact(w) & words::REPORT_NOUN != 0 {
                return false;
            }
            nouns += 1;
            continue;
        }
        return nouns > 0
            && (w.starts_with(|c: char| c.is_uppercase())
                || wd.exact(w) & (words::DETERMINER | words::PRONOUN) != 0);
    }
    false
}

fn shows_or_names(wd: &DocWords, text: &str, speaker: &Speaker, cue: &str, cue_end: usize) -> bool {
    let Some(span) = &speaker.span else {
        return false;
    };
    // Both tests need the cue to be a depiction or a naming verb; most cues
    // ("said") are neither, and then the speaker phrase need not be read.
    let cue_classes = wd.exact(cue);
    if cue_classes & (words::DEPICTION_VERB | words::NAMING_VERB) == 0 {
        return false;
    }
    let phrase = &text[span.start..span.end];
    let phrase = &phrase[..phrase.find(',').unwrap_or(phrase.len())];
    // The head: the last word, past auxiliaries ("the stat sheet won't").
    let head = phrase
        .split_space()
        .rev()
        .map(|w| w.trim_end_matches(['.', ':', ';']))
        .find(|w| !w.is_empty() && !w.ends_with("n't") && wd.exact(w) & words::CUE_LEAD == 0)
        .unwrap_or("");
    // "Video shows that Crutcher had his hands in the air" reports what the
    // video is evidence of; "the video shows the tense moments" a picture.
    let that_clause = text[cue_end..].trim_start().starts_with("that ");
    if wd.of(head) & words::DEPICTION != 0
        && cue_classes & words::DEPICTION_VERB != 0
        && !that_clause
    {
        return true;
    }
    if cue_classes & words::NAMING_VERB == 0 {
        return false;
    }
    let indefinite = phrase
        .split_space()
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    let speaks = wd.of(head) & (words::ROLE_HEAD | words::SPEAKER_NOUN) != 0;
    let object = text[cue_end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .is_some_and(|w| {
            wd.exact(w) & (words::OBJECT_PRONOUN | words::DETERMINER | words::NP_STOP) != 0
        });
    indefinite && !speaks && !object
}

/// A speaker phrase cleaned of what names no one: a trailing time phrase
/// ("a report Thursday", "the ministry on Monday") is cut off, and a phrase
/// left with nothing but determiners ("The", "this") is no speaker (`None`).
fn speaker_phrase(wd: &DocWords, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    // "- China's commerce ministry said": a list item's mark (a lone
    // symbol opening the line: a dash, a bullet, an asterisk) is no part
    // of the speaker.
    let start = {
        let line_start = text[..start].trim_end_matches([' ', '\t']).is_empty()
            || text[..start].trim_end_matches([' ', '\t']).ends_with('\n');
        let first = text[start..end].split(' ').next().unwrap_or("");
        let mark = !first.is_empty()
            && first.chars().count() == 1
            && first
                .chars()
                .all(|c| !c.is_alphanumeric() && !c.is_whitespace());
        if line_start && mark && first.len() < end - start {
            let after = start + first.len();
            after + (text[after..end].len() - text[after..end].trim_start().len())
        } else {
            start
        }
    };
    let start = past_leading_time(wd, text, start, end);
    let start = past_fronted_phrase(wd, text, start, end);
    // Read from the end, word by word, without collecting the words: every
    // speaker candidate comes through here, and most lose no word at all.
    let bytes = text.as_bytes();
    // The phrase's last kept word, and whether any word was cut after it.
    let mut last = word_before(bytes, start, end)?;
    let mut cut = false;
    // "Lee and Roe both said", "this only explains": a floating word
    // between the subject and its verb is no part of the speaker.
    if wd.exact(&text[last.0..last.1]) & words::FLOATING_WORD != 0 {
        if let Some(before) = word_before(bytes, start, last.0) {
            last = before;
            cut = true;
        }
    }
    // A day or time adverb at the end, with its preposition or "last"/"this".
    while let Some(left) = word_before(bytes, start, last.0) {
        let w = &text[last.0..last.1];
        // "said Jo Roe, the coach, last week": "last", "next" or "this"
        // with a time noun set off by a comma dates the cue like a day
        // does (without the comma it may be the speaker's own: "the
        // committee this year").
        let relative_time = wd.exact(w.trim_end_matches([',', '.'])) & words::TIME_WORD != 0
            && wd.exact(&text[left.0..left.1]) & words::RELATIVE_TIME != 0;
        if relative_time {
            if let Some(before) =
                word_before(bytes, start, left.0).filter(|b| text[b.0..b.1].ends_with(','))
            {
                last = before;
                cut = true;
                continue;
            }
        }
        // "A poll released Friday": a day after a participle dates it and
        // stays with it.
        let dated = dates_participle(wd, w, Some(&text[left.0..left.1]));
        if !is_day_word(wd, w) || dated {
            break;
        }
        last = left;
        cut = true;
        while let Some(before) = word_before(bytes, start, last.0) {
            let p = &text[last.0..last.1];
            if wd.exact(p) & words::TIME_OPENER == 0 {
                break;
            }
            last = before;
        }
    }
    let only_determiners = WordsForward::new(text, start, last.1).all(|(a, b)| {
        wd.exact(text[a..b].trim_end_matches([',', '.', ':'])) & words::DETERMINER != 0
    });
    if only_determiners {
        return None;
    }
    // The comma before the cut time phrase is no part of the speaker.
    let e = if cut {
        last.0 + text[last.0..last.1].trim_end_matches(',').len()
    } else {
        end
    };
    Some((start, e))
}

/// Where a speaker phrase `start..end` ends before a relative clause set
/// off by a comma after the name ("Öcalan, who has been held on Imrali
/// since 1999,", "Iran, which borders Syunik,", "Jo Roe, a lawyer, whose
/// firm …"): the clause describes the speaker and is no part of who speaks.
/// Appositives before it stay (PolNeAR's sources hold them). `end` when the
/// phrase has no such clause.
fn before_relative_clause(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    let phrase = &text[start..end];
    let mut from = 0;
    while let Some(p) = phrase[from..].find(',').map(|p| from + p) {
        let rest = phrase[p + 1..].trim_start();
        let first = rest.split_space().next().unwrap_or("");
        if p > 0 && is_lower_word(first) && wd.exact(first) & words::RELATIVE != 0 {
            return start + phrase[..p].trim_end().len();
        }
        from = p + 1;
    }
    end
}

/// A claim's speaker without a relative clause its span ends in
/// ([`before_relative_clause`]). Cut only in the record: the rules before
/// read the whole phrase up to the cue ("Cruz, who …, said").
fn without_relative_clause(wd: &DocWords, text: &str, mut sp: Speaker) -> Speaker {
    let Some(span) = sp.span.as_ref() else {
        return sp;
    };
    let (start, end) = (span.start, span.end);
    let cut = before_relative_clause(wd, text, start, end);
    if cut < end && sp.text.as_deref() == Some(&text[start..end]) {
        sp.text = Some(text[start..cut].to_string());
        sp.span = Some(Span::of(text, start, cut));
    }
    sp
}

/// Where a speaker phrase starts past the object of a capitalized opening
/// preposition written with no comma after it ("Before the meeting Putin
/// accused", "After the talks Xi said", "During the call Trump told"): a
/// phrase of lower-case words (a determiner first, then a word that is no
/// role, speaker noun or modifier: "the economist Jane Roe" is one phrase,
/// as is "former Gov. Jerry Brown" after "When") then capitalized
/// words to its end, right after that preposition, is the name alone.
/// `start` otherwise.
fn past_fronted_phrase(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    const OBJECT_MAX_WORDS: usize = 4;
    let bytes = text.as_bytes();
    let Some((ps, pe)) = word_before(bytes, 0, start) else {
        return start;
    };
    let preposition = &text[ps..pe];
    let opens = preposition.starts_with(|c: char| c.is_ascii_uppercase())
        && wd.exact(preposition) & words::OPENING_PREPOSITION != 0
        && text[pe..start].trim().is_empty();
    if !opens {
        return start;
    }
    let object = WordsForward::new(text, start, end).take(OBJECT_MAX_WORDS + 1);
    // `lower`: the lower-case words read before this one.
    for (lower, (ws, we)) in object.enumerate() {
        let w = &text[ws..we];
        if w.contains([',', '\'', '\u{2019}', '"']) {
            return start;
        }
        if w.starts_with(|c: char| c.is_uppercase()) {
            let name_to_end = lower > 1
                && WordsForward::new(text, ws, end)
                    .all(|(a, b)| text[a..b].starts_with(|c: char| c.is_uppercase()));
            return if name_to_end { ws } else { start };
        }
        // "When former Gov. Jerry Brown criticized": the object opens with
        // a determiner, and a modifier of a name is no noun of its own.
        let c = wd.exact(w);
        let opens = lower > 0 || c & words::DETERMINER != 0;
        let mut of_someone = words::ROLE_HEAD | words::SPEAKER_HEAD | words::SPEAKER_NOUN;
        if lower > 0 {
            of_someone |= words::MODIFIER;
        }
        let noun_of_someone = c & of_someone != 0;
        if !is_lower_word(w) || noun_of_someone || !opens {
            return start;
        }
    }
    start
}

/// Where a speaker phrase starts past a time phrase opening it with no comma
/// ("In 2016 an arbitral tribunal ruled", "Last year the ministry said",
/// "In March 2016 the court ruled"): a year or words of the time classes,
/// then a determiner that opens the speaker. `start` when the phrase opens
/// otherwise ("2016 candidates", "the March talks").
fn past_leading_time(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // `time_word` alone is wider than time ("a", "statement"): a day or
    // month word, or a time word after "last" / "this".
    let mut timed = false;
    let mut after_relative = false;
    for (ws, we) in WordsForward::new(text, start, end).take(4) {
        let w = &text[ws..we];
        let c = wd.exact(w);
        let time =
            is_year(w) || is_day_word(wd, w) || (after_relative && c & words::TIME_WORD != 0);
        after_relative = c & words::RELATIVE_TIME != 0;
        if time || after_relative {
            timed |= time;
            continue;
        }
        let opens_speaker = is_lower_word(w) && wd.exact(w) & words::DETERMINER != 0;
        return if timed && opens_speaker { ws } else { start };
    }
    start
}

/// The noun phrase starting right after byte `start` (a cue), ending before
/// `hi`: "said Abbas Araghchi, …", "said the minister on Monday".
fn np_after(wd: &DocWords, text: &str, start: usize, hi: usize) -> Option<(usize, usize)> {
    // The walk gives up past NP_MAX_WORDS words and looks at most four
    // ahead of the word it is at: the rest of the sentence is never read,
    // so it is not split.
    let mut words = Vec::with_capacity(NP_MAX_WORDS + 4);
    words.extend(WordsForward::new(text, start, hi).take(NP_MAX_WORDS + 4));
    let &(first, _) = words.first()?;
    if text[start..first].contains('\n') {
        return None;
    }
    let mut end = None;
    // Set once a speaker noun's post-modifier of knowledge or nearness
    // opened ("said one person with knowledge of the talks"): the stop
    // words of that modifier and of its object stay in the phrase.
    let mut postmod = false;
    for (n, &(ws, we)) in words.iter().enumerate() {
        if n >= NP_MAX_WORDS {
            return None;
        }
        let w = &text[ws..we];
        // "(R-Ky.)": a party tag belongs to the name.
        let tag = w.starts_with('(')
            && w.trim_end_matches([',', '.', ';', ':']).ends_with(')')
            && w.len() <= 12;
        if (w.starts_with(['"', '(', '[', '—']) && !tag) || w.contains('\n') {
            break;
        }
        let left = (n > 0).then(|| &text[words[n - 1].0..words[n - 1].1]);
        let right = words.get(n + 1).map(|&(a, b)| &text[a..b]);
        let left2 = n.checked_sub(2).map(|i| &text[words[i].0..words[i].1]);
        let classes = wd.of(w);
        // Only a word that may open the modifier asks for the rest.
        let opener = classes & (words::ADJECTIVE_LINK | words::POSTMODIFIER_OPENER) != 0
            || is_participle(wd, w);
        let someone = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
        if !postmod && opener && left.is_some_and(|l| wd.is(l, someone)) {
            let mut after = [""; 4];
            let m = (words.len() - n).min(4);
            for (slot, &(a, b)) in after.iter_mut().zip(&words[n..n + m]) {
                *slot = &text[a..b];
            }
            postmod = opens_postmodifier(wd, &after[..m], 0);
        }
        // A stop word inside the post-modifier, unless a day name follows
        // it ("a person familiar with the talks on Tuesday").
        let inside =
            postmod && inside_postmodifier(wd, w) && right.is_some_and(|r| !is_np_stop(wd, r));
        // The first word after the cue opens no phrase when it is a stop
        // word: "said about 40 people died" has no speaker after "said".
        if (is_np_stop_of(w, classes)
            && (n == 0
                || (!inside
                    && !keeps_preposition(wd, w, left)
                    && !joins_noun_phrase(wd, w, left, right, left2)
                    && (right.is_none() || !attributive_ed(wd, w, classes, left)))))
            || classes & words::RELATIVE != 0
        {
            break;
        }
        // A party tag keeps its closing bracket: "(D-N.C.),".
        let stripped = match w.rfind(')') {
            Some(p) if tag => &w[..p + 1],
            _ => w.trim_end_matches([',', ';', ':', '"', '.', ')', '!', '?']),
        };
        if stripped.is_empty() {
            break;
        }
        if w.ends_with('.') && is_abbreviation(wd, w) && n + 1 < words.len() {
            end = Some(we);
            continue;
        }
        end = Some(ws + stripped.len());
        if stripped.len() < w.len() {
            break;
        }
    }
    end.map(|e| (first, e))
}

/// The sentence subject `s..e` without the clause's own verb that the
/// phrase scan ran into: a past tense with its object ("The council
/// released a statement", "The mayor held a news conference", "The senator
/// met voters", see `action_past`) or an
/// irregular past before its preposition ("Lee went after …"), when a word
/// other than a determiner or modifier stands before it. A participle
/// sentence's subject names who speaks ("The council released a statement
/// saying …").
fn subject_before_verb(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
    let words = words_in(text, s, e);
    // "Mook refused to speculate on the events, adding …": a past verb
    // with "to" after it ends the subject too, when no verb with an object
    // comes later ("Groups linked to terrorism claimed the
    // attack" keeps "linked to terrorism" in its subject).
    let mut subject_before_to = None;
    for (n, &(ws, we)) in words.iter().enumerate().skip(1) {
        let w = &text[ws..we];
        let (ps, pe) = words[n - 1];
        let before = &text[ps..pe];
        if !w.starts_with(|c: char| c.is_ascii_lowercase())
            || wd.is(before, words::DETERMINER | words::MODIFIER)
        {
            continue;
        }
        let action = wd.is(w, words::ACTION_PAST);
        let past = action || wd.is(w, words::PAST_FORM);
        // An action verb is a verb whatever follows it ("met voters",
        // "took down a rival"); another past needs a determiner after it.
        let object_follows = words
            .get(n + 1)
            .is_some_and(|&(a, b)| action || wd.is(&text[a..b], words::DETERMINER));
        if (past && n + 1 == words.len()) || ((past || w.ends_with("ed")) && object_follows) {
            return pe;
        }
        // "He resigned, citing …", "Clinton celebrated in Florida, saying
        // …": a regular past the lists lack, ending the phrase, or followed
        // by an `opening_preposition` right after a name or a pronoun, is
        // the clause's verb (after a common noun it may describe the noun:
        // "Officials involved in the talks met …").
        let regular_past =
            w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase());
        let common_noun = words::SPEAKER_NOUN | words::ROLE_HEAD | words::SPEAKER_HEAD;
        let named = (before.starts_with(|c: char| c.is_uppercase()) && !wd.is(before, common_noun))
            || wd.is(before, words::PRONOUN);
        let closes = n + 1 == words.len()
            || (named
                && words.get(n + 1).is_some_and(|&(a, b)| {
                    wd.exact(&text[a..b]) & words::OPENING_PREPOSITION != 0
                }));
        if regular_past && closes {
            return pe;
        }
        // "Webb confessed to the kidnapping, admitting …": so does one
        // with "to" and its object.
        let to_follows = (past || w.ends_with("ed"))
            && words.get(n + 1).is_some_and(|&(a, b)| &text[a..b] == "to")
            && words.get(n + 2).is_some_and(|&(a, b)| {
                let v = &text[a..b];
                v.starts_with(|c: char| c.is_ascii_lowercase()) && !wd.is(v, words::NUMBER_WORD)
            });
        if to_follows && subject_before_to.is_none() {
            subject_before_to = Some(pe);
        }
    }
    subject_before_to.unwrap_or(e)
}

struct Ctx<'a> {
    text: &'a str,
    actors: &'a DocActors,
    /// The document's mentions sorted by start, so lookups can binary-search.
    mentions: Cow<'a, [Mention]>,
    words: &'a DocWords<'a>,
    sentences: &'a [sitrep_text::Sentence],
    /// Where "who" occurs (a relative clause before a cue).
    who: scan::Occurrences,
}

impl Ctx<'_> {
    fn speaker_from_mention(&self, mi: usize) -> Speaker {
        let m = &self.mentions[mi];
        let mut start = m.start;
        // Include a leading modifier ("Senior Iranian officials", "the New York Post").
        let before = &self.text[..start];
        if let Some(stripped) = before.strip_suffix(' ') {
            // Step past the separator by its own UTF-8 width: it may be an
            // em dash ("DAMASCUS — Hamas said").
            let word_start = stripped
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
                .map(|(p, c)| p + c.len_utf8())
                .unwrap_or(0);
            if self.words.exact(&stripped[word_start..]) & words::MODIFIER != 0 {
                start = word_start;
            }
        }
        let actor = &self.actors.actors[m.actor];
        Speaker {
            actor: Some(actor.id.clone()),
            text: Some(self.text[start..m.end].to_string()),
            span: Some(Span::of(self.text, start, m.end)),
        }
    }

    /// Index range of mentions starting within `lo..=hi`.
    fn mention_range(&self, lo: usize, hi: usize) -> (usize, usize) {
        let a = self.mentions.partition_point(|m| m.start < lo);
        // The mentions are sorted by start, and a phrase holds few of them:
        // counting those after `a` that start by `hi` gives the second
        // partition point (never below `a`) without a second search.
        let b = a + self.mentions[a..]
            .iter()
            .take_while(|m| m.start <= hi)
            .count();
        (a, b)
    }

    /// Nearest mention ending within `lo..=hi`, preferring the latest.
    fn mention_ending_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, hi);
        self.mentions[a..b]
            .iter()
            .rposition(|m| m.end <= hi && m.end >= lo)
            .map(|i| a + i)
    }

    /// A mention starting within `lo..end` and ending exactly at `end`: the
    /// actor that ends a phrase ("citing the Wall Street Journal").
    /// `mention_ending_in(end, end)` cannot find it, as it only sees
    /// mentions that start inside its range.
    fn mention_ending_at(&self, lo: usize, end: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, end);
        self.mentions[a..b]
            .iter()
            .rposition(|m| m.end == end)
            .map(|i| a + i)
    }

    /// Whether a cited phrase names people: an actor that speaks ends it
    /// ("citing the BBC") or its head noun, the last word before a
    /// post-modifier, is a speaker's ("two diplomats familiar with the
    /// matter"; "the safety of its workers" is a reason).
    /// With `persons_only`, a speaker head that may name a document
    /// ("documents", "a study") does not count.
    fn cites_people(&self, sp: &Speaker, persons_only: bool) -> bool {
        let heads = if persons_only {
            words::ROLE_HEAD | words::SPEAKER_NOUN | words::ROLE_SPEAKER
        } else {
            words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN | words::ROLE_SPEAKER
        };
        let (text, wd) = (self.text, self.words);
        sp.span.as_ref().is_some_and(|span| {
            let phrase = text[span.start..span.end].trim_end_matches('.');
            let head_phrase = phrase
                .split_space()
                .take_while(|w| {
                    !matches!(
                        *w,
                        "of" | "from" | "by" | "in" | "with" | "familiar" | "close" | "who"
                    )
                })
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .saturating_sub(1);
            let head_end = span.start + head_phrase;
            let head = text[span.start..head_end].split_space().next_back();
            // "citing the threat from Russia": the actor
            // must end the head, not its modifier, and
            // be one that speaks: "citing Israel" names a
            // reason more often than a source.
            self.mention_ending_at(span.start, head_end)
                .is_some_and(|mi| {
                    !matches!(
                        self.actors.actors[self.mentions[mi].actor].kind,
                        ActorKind::Country | ActorKind::Place
                    )
                })
                || wd.of(head.unwrap_or("")) & heads != 0
        })
    }

    /// The reporting-chain links a cited phrase `a..b` makes: one for each
    /// conjunct of a list of names ("citing Reuters and AFP", "citing the
    /// BBC, Reuters and AFP"), else one for the whole phrase.
    fn cited_vias(&self, a: usize, b: usize, role: ViaRole) -> Vec<Via> {
        self.cited_list(a, b, role)
            .unwrap_or_else(|| vec![Via::from_speaker(&self.speaker_from_np(a, b), role)])
    }

    /// One reporting-chain link for each name of a list `a..b`, when every
    /// conjunct is one whole actor name.
    fn cited_list(&self, a: usize, b: usize, role: ViaRole) -> Option<Vec<Via>> {
        let phrase = &self.text[a..b];
        let mut parts = Vec::new();
        let mut from = 0;
        for (p, sep) in phrase
            .match_indices(", ")
            .chain(phrase.match_indices(" and "))
            // Last, so that at the same position it replaces ", ".
            .chain(phrase.match_indices(", and "))
            .collect::<std::collections::BTreeMap<_, _>>()
        {
            if p < from {
                continue;
            }
            parts.push((a + from, a + p));
            from = p + sep.len();
        }
        parts.push((a + from, b));
        let names: Option<Vec<Speaker>> = (parts.len() > 1)
            .then(|| {
                parts
                    .iter()
                    .map(|&(x, y)| {
                        let (x, y) = trim(self.text, x, y);
                        // Each conjunct is one whole actor name.
                        self.mention_ending_at(x, y)
                            .filter(|&mi| self.mentions[mi].start <= x + 4)
                            .map(|mi| self.speaker_from_mention(mi))
                    })
                    .collect()
            })
            .flatten();
        names.map(|names| names.iter().map(|sp| Via::from_speaker(sp, role)).collect())
    }

    fn mention_starting_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, hi);
        (a < b).then_some(a)
    }

    /// Resolves a pronoun or role noun at `start..end` to the nearest fitting preceding actor.
    fn resolve_anaphor(&self, start: usize, end: usize) -> Speaker {
        let word = self.text[start..end].to_ascii_lowercase();
        let want_person = word == "he" || word == "she" || word == "who";
        let actor = self.mentions[..self.mentions.partition_point(|m| m.start < start)]
            .iter()
            .rev()
            .filter(|m| m.end <= start)
            // Bounded look-back keeps long documents linear.
            .take(200)
            .find(|m| {
                let a = &self.actors.actors[m.actor];
                if want_person {
                    a.kind == ActorKind::Person && self.actors.agrees_with_pronoun(m.actor, &word)
                } else if word.contains("minist")
                    || word.contains("president")
                    || word.contains("spokes")
                {
                    a.kind == ActorKind::Person || a.sector.as_deref() == Some("GOV")
                } else {
                    a.kind != ActorKind::Person
                }
            });
        // "Ivanova and Gaberova, who denied the charges, told the jury": a
        // relative pronoun stands for the phrase right before it, in its own
        // sentence. A person named further back, or before other names the
        // knowledge base lacks, is no antecedent; appositions between stay
        // ("Lee, a senior aide, who …").
        let actor = actor.filter(|m| {
            word != "who" || {
                let gap = &self.text[m.end..start];
                let same_sentence = self.sentences.partition_point(|s| s.end <= m.end)
                    == self.sentences.partition_point(|s| s.end <= start);
                same_sentence
                    && !gap.split_space().any(|w| {
                        w.starts_with(|c: char| c.is_uppercase()) || is_coordinator(self.words, w)
                    })
            }
        });
        // "Aliyev thanked Trump for his mediation. He said …": a personal
        // pronoun whose sentence names no one before it refers back to the
        // subject of the last sentence naming a person, its first person
        // mention, rather than to the nearest one (an object).
        let actor = match actor {
            Some(m) if word == "he" || word == "she" => {
                let m = self.subject_person_before(m, start, &word);
                // "… Roth said. Michael Sims, chief executive of Ceres
                // Robotics, said … "…," he said": a speaker the knowledge
                // base lacks came in between, and "he" is that speaker.
                (!self.unknown_speaker_between(m.end, start)).then_some(m)
            }
            other => other,
        };
        Speaker {
            actor: actor.map(|m| self.actors.actors[m.actor].id.clone()),
            text: Some(self.text[start..end].to_string()),
            span: Some(Span::of(self.text, start, end)),
        }
    }

    /// Whether a speaker no actor mention covers speaks between `from` and
    /// `to`: a capitalized name right before a `reporting_verb` ("Serrano
    /// said"), or two capitalized words set off by commas before one, at a
    /// sentence's start or after a comma ("Michael Sims, chief executive of
    /// Ceres Robotics, said"; "A spokesman, Orlando Mudumane, told").
    fn unknown_speaker_between(&self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        let covered = |p: usize| {
            let i = self.mentions.partition_point(|m| m.start <= p);
            self.mentions[..i].iter().rev().take(4).any(|m| m.end > p)
        };
        let not_a_name = words::PRONOUN
            | words::RELATIVE
            | words::DETERMINER
            | words::TIME_WORD
            | words::SPEAKER_NOUN
            | words::ROLE_HEAD
            | words::SPEAKER_HEAD
            | words::NP_STOP;
        let first = self.sentences.partition_point(|s| s.end <= from);
        for sentence in self.sentences[first..].iter().take_while(|s| s.start < to) {
            let (lo, hi) = (sentence.start.max(from), sentence.end.min(to));
            if lo >= hi || !self.text.is_char_boundary(lo) || !self.text.is_char_boundary(hi) {
                continue;
            }
            // (start offset, raw word) of each word.
            let ws: Vec<(usize, &str)> = words_in(self.text, lo, hi)
                .into_iter()
                .map(|(a, b)| (a, &self.text[a..b]))
                .collect();
            fn bare(w: &str) -> &str {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
            }
            let is_name = |k: usize| {
                let (at, raw) = ws[k];
                let w = bare(raw);
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().any(char::is_lowercase)
                    && self.words.of(w) & not_a_name == 0
                    && !covered(at + raw.find(w).unwrap_or(0))
            };
            for i in 1..ws.len() {
                let verb = ws[i].1.trim_matches(|c: char| !c.is_alphanumeric());
                if !verb.starts_with(|c: char| c.is_lowercase())
                    || self.words.exact(verb) & words::REPORTING_VERB == 0
                {
                    continue;
                }
                let prev = ws[i - 1].1;
                if !prev.ends_with(',') {
                    let after_determiner =
                        i >= 2 && self.words.of(bare(ws[i - 2].1)) & words::DETERMINER != 0;
                    if is_name(i - 1) && !after_determiner {
                        return true;
                    }
                    continue;
                }
                let apposed = (0..i - 1).any(|k| {
                    is_name(k)
                        && is_name(k + 1)
                        && ws[k + 1].1.ends_with(',')
                        && !ws[k].1.ends_with(',')
                        && (k == 0 || ws[k - 1].1.ends_with(','))
                });
                if apposed {
                    return true;
                }
            }
        }
        false
    }

    /// For a pronoun at `at` whose nearest preceding person mention is
    /// `nearest`: `nearest` when it is in the pronoun's sentence, else the
    /// first person mention of `nearest`'s sentence.
    fn subject_person_before<'m>(
        &'m self,
        nearest: &'m Mention,
        at: usize,
        pronoun: &str,
    ) -> &'m Mention {
        let sentence_of = |pos: usize| {
            let i = self.sentences.partition_point(|s| s.start <= pos);
            i.checked_sub(1).map(|i| self.sentences[i])
        };
        let (Some(own), Some(other)) = (sentence_of(at), sentence_of(nearest.start)) else {
            return nearest;
        };
        if own.start == other.start {
            return nearest;
        }
        let (a, b) = self.mention_range(other.start, nearest.start);
        self.mentions[a..b]
            .iter()
            .find(|m| {
                self.actors.actors[m.actor].kind == ActorKind::Person
                    && self.actors.agrees_with_pronoun(m.actor, pronoun)
            })
            .unwrap_or(nearest)
    }

    /// Whether mention `m` is the name part of a hyphenated word that only
    /// qualifies the noun after it ("Iran-backed", "Russian-made").
    fn is_qualifier(&self, m: &Mention) -> bool {
        let Some(rest) = self.text.get(m.end..).and_then(|r| r.strip_prefix('-')) else {
            return false;
        };
        let word_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        self.words.exact(&rest[..word_end].to_lowercase()) & words::QUALIFIER != 0
    }

    /// The subject of the clause opening the sentence at `ss`, as a speaker
    /// naming someone, when it ends before `end`.
    fn clause_subject(&self, ss: usize, end: usize) -> Option<Speaker> {
        let (start, fronted) = subject_start_past(self.words, self.text, ss, true);
        np_after(self.words, self.text, start.min(end), end)
            .map(|(s0, e0)| (s0, subject_before_verb(self.words, self.text, s0, e0)))
            .filter(|&(s0, e0)| !fronted || self.phrase_names_someone(s0, e0, ss))
            .map(|(s0, e0)| self.speaker_from_np(s0, e0))
            .filter(|sp| sp.text.is_some())
    }

    /// Whether `sp`, the subject of a verb found by its clause starting at
    /// `cue_start`, stands right before it and names someone: a mention ends
    /// its phrase (before any appositive), or its last word is a personal or
    /// relative pronoun, a role_head, speaker_noun, role_speaker or
    /// speaker_head noun, or capitalized past the sentence's first word (a
    /// name the knowledge base lacks).
    fn names_speaker(&self, sp: &Speaker, ss: usize, cue_start: usize) -> bool {
        let Some(span) = sp.span.as_ref() else {
            return false;
        };
        let (start, end_all) = (span.start, span.end);
        // The subject stands right before the verb: "Trump has attacked
        // loopholes that …" has no verb "loopholes" with Trump its subject.
        if end_all > cue_start
            || !self.text[end_all..cue_start]
                .trim_matches([' ', ','])
                .is_empty()
        {
            return false;
        }
        let phrase = &self.text[start..end_all];
        let end = start + phrase.find(',').unwrap_or(phrase.len());
        self.phrase_names_someone(start, end, ss)
    }

    /// Whether `sp`, the subject a participle after a comma or a
    /// coordinated verb shares with the clause before it, stands in the
    /// sentence starting at `ss` and names someone (its phrase before any
    /// appositive, as `names_speaker` reads it, without its place).
    fn shared_subject_names_someone(&self, sp: &Speaker, ss: usize) -> bool {
        let Some(span) = sp.span.as_ref() else {
            return false;
        };
        if span.start < ss || span.start >= span.end {
            return false;
        }
        let phrase = &self.text[span.start..span.end];
        let end = span.start + phrase.find(',').unwrap_or(phrase.len());
        self.phrase_names_someone(span.start, end, ss)
    }

    /// Whether the phrase `start..end` (in a sentence starting at `ss`)
    /// names someone: a mention ends it, or its last word is a personal or
    /// relative pronoun, a role_head, speaker_noun, role_speaker or
    /// speaker_head noun, or capitalized past the sentence's first word.
    fn phrase_names_someone(&self, start: usize, end: usize, ss: usize) -> bool {
        let phrase = &self.text[start..end];
        if self.mention_ending_at(start, end).is_some() {
            return true;
        }
        let speaker_class = words::ROLE_HEAD
            | words::SPEAKER_NOUN
            | words::ROLE_SPEAKER
            | words::SPEAKER_HEAD
            | words::RELATIVE;
        // The phrase's head, its last word, names the speaker: "many
        // vehicles run on two-stroke engines that …" has none.
        let last = phrase.split_space().next_back().unwrap_or("");
        let c = self.words.of(last);
        let named =
            c & speaker_class != 0 || (c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0);
        let last_start = end - last.len();
        named
            || (last_start > ss
                && last.starts_with(char::is_uppercase)
                && c & words::DETERMINER == 0)
            || last == "I"
    }

    /// A speaker for the phrase `start..end`: the actor of a mention ending
    /// where the phrase ends (or before its possessive), a resolved pronoun
    /// or role noun, or else the last actor mentioned inside the phrase.
    fn speaker_from_np(&self, start: usize, end: usize) -> Speaker {
        let Some((start, end)) = speaker_phrase(self.words, self.text, start, end) else {
            return unknown_speaker();
        };
        let phrase = &self.text[start..end];
        // With appositives ("Brian Fallon, a spokesman for …") the name
        // before the first comma is the speaker.
        let end_all = end;
        let end = start + phrase.find(',').unwrap_or(phrase.len());
        let head_end = end
            - if self.text[start..end].ends_with("'s") {
                2
            } else {
                0
            };
        let lower = &self.text[start..end];
        let (a, b) = self.mention_range(start, end);
        let inside = &self.mentions[a..b];
        // "a source close to the president", "officials familiar with the
        // Iranian position": a name after an `adjective_link` word says whom
        // the speaker is near or knows about, not who speaks.
        // "people with knowledge of the ministry's plans", "an aide briefed
        // on the Iranian offer": so after the opening of a post-modifier of
        // a speaker noun (`opens_postmodifier`).
        // The phrase's words, split only when a mention asks.
        let phrase_words = std::cell::OnceCell::new();
        let someone = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
        let near_only = |m: &Mention| {
            // One pass over the words before the mention: an
            // `adjective_link` word settles it; a `postmodifier_opener`
            // or a participle right after a speaker noun asks the full
            // check.
            let mut after_someone = false;
            let mut opener = false;
            for w in self.text[start..m.start].split_space() {
                let c = self.words.exact(w);
                if c & words::ADJECTIVE_LINK != 0 {
                    return true;
                }
                opener |= after_someone
                    && (c & words::POSTMODIFIER_OPENER != 0 || is_participle(self.words, w));
                after_someone = c & someone != 0;
            }
            opener && {
                let (spans, forward): &(Vec<(usize, usize)>, Vec<&str>) =
                    phrase_words.get_or_init(|| {
                        let spans = words_in(self.text, start, end);
                        let forward = spans.iter().map(|&(a, b)| &self.text[a..b]).collect();
                        (spans, forward)
                    });
                // A `locative` preposition opening the modifier ("voters
                // in rural parts of Ohio", "troops stationed in Syria")
                // says where the speaker is, which keeps the place.
                let locative = |j: usize| {
                    let prep = if is_participle(self.words, forward[j]) {
                        forward.get(j + 1).copied()
                    } else {
                        Some(forward[j])
                    };
                    prep.is_some_and(|p| self.words.is(p, words::LOCATIVE))
                };
                spans.iter().enumerate().skip(1).any(|(j, &(ws, _))| {
                    ws < m.start
                        && self.words.is(forward[j - 1], someone)
                        && opens_postmodifier(self.words, forward, j)
                        && !locative(j)
                })
            }
        };
        let head = inside
            .iter()
            .rev()
            .find(|m| (m.end == head_end || m.end == end) && !near_only(m))
            .map(|m| self.holder_before_of(inside, m, start, end, end_all))
            .or_else(|| self.apposed_person(start, end, end_all))
            .or_else(|| {
                // A capitalized head is a name of its own ("Rob Goldman,
                // President Ascom North America"): it is the speaker.
                let common_head = self.text[start..end]
                    .split_space()
                    .next_back()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
                // "the EU's foreign policy chief, Kaja Kallas": a name
                // that owns the role ("EU's") is not the role's holder.
                (self.owners_only(inside, end) && common_head)
                    .then(|| self.apposed_name_after(end, end_all))
                    .flatten()
            });
        if let Some(m) = head {
            // "The Red Cross operating in Iraq", "the U.S. embassy in Kyiv":
            // a place after the head names where the speaker is, not who.
            let m = inside
                .iter()
                .rev()
                .find(|e| {
                    e.end < m.start
                        && !self.is_qualifier(e)
                        && locative_postmodifier(self.words, &self.text[e.end..m.start])
                })
                .unwrap_or(m);
            return Speaker {
                actor: Some(self.actors.actors[m.actor].id.clone()),
                text: Some(phrase.to_string()),
                span: Some(Span::of(self.text, start, end_all)),
            };
        }
        if end == end_all
            && self.words.exact(lower) & (words::PRONOUN | words::ROLE_SPEAKER | words::RELATIVE)
                != 0
        {
            return self.resolve_anaphor(start, end);
        }
        // "Trump's communications director, Steven Cheung": a person the
        // knowledge base does not know holds the role; the owner is not
        // the speaker.
        let unknown_holder = self.unknown_holder_of_owned_role(inside, start, end, end_all);
        Speaker {
            actor: inside
                .iter()
                .rev()
                .find(|m| m.end <= end && !self.is_qualifier(m))
                .filter(|m| !near_only(m) && !unknown_holder)
                .map(|m| self.actors.actors[m.actor].id.clone()),
            text: Some(phrase.to_string()),
            span: Some(Span::of(self.text, start, end_all)),
        }
    }

    /// Whether every mention of a speaker phrase (first part ending at
    /// `end`) only owns its role: "the EU's foreign policy chief".
    fn owners_only(&self, inside: &[Mention], end: usize) -> bool {
        inside.iter().all(|m| {
            // A mention may run past the phrase's first comma.
            let after = self.text.get(m.end..end).unwrap_or("");
            after.starts_with("'s ")
                || after.starts_with("\u{2019}s ")
                || (after.starts_with("' ") && self.text[..m.end].ends_with('s'))
        })
    }

    /// Whether the speaker phrase `start..end_all` is a person's role owned
    /// by a person, with a name no actor holds in apposition after its first
    /// comma (at `end`): "Trump's communications director, Steven Cheung".
    /// The apposed person speaks, and the owner is no actor of theirs. A
    /// body or state owner ("Russia's envoy, NAME") stays the speaker's
    /// actor: the holder serves it.
    fn unknown_holder_of_owned_role(
        &self,
        inside: &[Mention],
        start: usize,
        end: usize,
        end_all: usize,
    ) -> bool {
        const NAME_MAX_WORDS: usize = 4;
        let Some(owner) = inside.last() else {
            return false;
        };
        let common_head = self.text[start..end]
            .split_space()
            .next_back()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        if end >= end_all
            || !common_head
            || self.actors.actors[owner.actor].kind != ActorKind::Person
            || !self.owners_only(inside, end)
        {
            return false;
        }
        let name = self.text[end..end_all].trim_matches([',', ' ']);
        let words = name.split_space().count();
        (2..=NAME_MAX_WORDS).contains(&words)
            && name
                .split_space()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['"', '(', ';']))
            && {
                let lo = self.mentions.partition_point(|m| m.start < start);
                let hi = self.mentions.partition_point(|m| m.start < end_all);
                !self.mentions[lo..hi].iter().any(|m| m.end > end)
            }
    }

    /// The speaker of a phrase whose last mention `m` follows "of": the
    /// person before it ("President Donald Trump of the United States" →
    /// the person, not the state), or the person named after the comma
    /// when the mention only says whose role it is ("The spokesman of the
    /// Yemeni Armed Forces, Brigadier General Yahya Saree" → the person, as
    /// "the forces' spokesman, NAME" is). Else `m`.
    fn holder_before_of<'m>(
        &'m self,
        inside: &'m [Mention],
        m: &'m Mention,
        start: usize,
        end: usize,
        end_all: usize,
    ) -> &'m Mention {
        let before = self.text[start..m.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let Some(owner) = before.strip_suffix(" of") else {
            return self.holder_before_to(m, before, end, end_all);
        };
        let is_person = |p: &Mention| self.actors.actors[p.actor].kind == ActorKind::Person;
        if let Some(person) = inside
            .iter()
            .rev()
            .find(|p| p.end <= m.start && start + owner.len() == p.end && is_person(p))
        {
            return person;
        }
        let role = owner
            .split_space()
            .next_back()
            .is_some_and(|w| is_lower_word(w) && self.words.exact(w) & words::ROLE_HEAD != 0);
        if role && !is_person(m) {
            if let Some(named) = self.apposed_name_after(end, end_all) {
                return named;
            }
        }
        m
    }

    /// The speaker of a phrase whose last mention `m` follows a role noun
    /// and "to" or "for" (`before` is the phrase up to `m`), with a person
    /// named after its first comma (at `end`): "Russia's Permanent
    /// Representative to the UN, Vasily Nebenzia" and "An adviser to Supreme
    /// Leader Ali Khamenei, Ali Akbar Velayati" are the person named, not
    /// the body or the person the role serves. Else `m`.
    fn holder_before_to<'m>(
        &'m self,
        m: &'m Mention,
        before: &str,
        end: usize,
        end_all: usize,
    ) -> &'m Mention {
        const TITLE_MAX_WORDS: usize = 3;
        let mut owner = before;
        for _ in 0..TITLE_MAX_WORDS {
            match owner.rsplit_once(' ') {
                Some((rest, w)) if w.starts_with(|c: char| c.is_uppercase()) => owner = rest,
                _ => break,
            }
        }
        let Some(role) = owner
            .strip_suffix(" to")
            .or_else(|| owner.strip_suffix(" for"))
        else {
            return m;
        };
        let role_noun = role
            .split_space()
            .next_back()
            .is_some_and(|w| self.words.exact(w) & words::ROLE_HEAD != 0);
        if !role_noun {
            return m;
        }
        match self.apposed_name_after(end, end_all) {
            Some(named) if named.start != m.start => named,
            _ => m,
        }
    }

    /// A person mention the actor pass made of a role and a name in
    /// apposition, which the speaker phrase `start..end_all` (first comma at
    /// `end`) cuts: one that crosses that comma ("Its commander, Mohamed
    /// Hamdan Dagalo, said") or one that starts before the phrase and ends
    /// where its first part does ("Somalia's president, Hassan Sheikh
    /// Mohamud, who …, said"). That person is the speaker.
    fn apposed_person(&self, start: usize, end: usize, end_all: usize) -> Option<&Mention> {
        let is_person = |m: &Mention| self.actors.actors[m.actor].kind == ActorKind::Person;
        let i = self.mentions.partition_point(|m| m.start < start);
        let before = i
            .checked_sub(1)
            .map(|j| &self.mentions[j])
            .filter(|m| m.end > start && m.end <= end && is_person(m));
        before.or_else(|| {
            self.mentions[i..]
                .iter()
                .take_while(|m| m.start < end)
                .find(|m| m.end > end && m.end <= end_all && is_person(m))
        })
    }

    /// A person mention that is the whole apposition after the first comma
    /// (at `end`) of a speaker phrase ending at `end_all`, when the head
    /// before the comma names no actor: "His daughter, Vice President Sara
    /// Duterte, condemned …" — a kin or role noun and the person it is.
    fn apposed_name_after(&self, end: usize, end_all: usize) -> Option<&Mention> {
        if end >= end_all {
            return None;
        }
        let after = &self.text[end..end_all];
        let name_start = end + (after.len() - after.trim_start_matches([',', ' ']).len());
        let name_end = end + after.trim_end_matches([',', ' ']).len();
        // The mention may leave out a title before the name ("Vice
        // President"): capitalized words only between.
        let i = self.mentions.partition_point(|m| m.start < name_start);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.start < name_end)
            .find(|m| {
                m.end == name_end
                    && self.actors.actors[m.actor].kind == ActorKind::Person
                    && self.text[name_start..m.start]
                        .split_space()
                        .all(|w| w.is_empty() || w.starts_with(|c: char| c.is_uppercase()))
            })
    }

    /// Where the speaker phrase `s..e` found by the word walk starts, moved
    /// back to the start of an actor mention that ends with it and starts
    /// before it (after `lo`): a name holding a word that stops a noun
    /// phrase ("The Committee to Protect Journalists", "Reporters Without
    /// Borders") is one speaker.
    fn name_start(&self, lo: usize, s: usize, e: usize) -> usize {
        let e = e - if self.text[s..e].ends_with("'s") {
            2
        } else {
            0
        };
        self.mention_ending_at(lo, e)
            .map(|i| self.mentions[i].start)
            .filter(|&m| m >= lo && m < s)
            .unwrap_or(s)
    }

    /// Speaker right before a cue at `cue_start` (within the sentence from
    /// `lo`): the noun phrase before it, else the nearest actor mention.
    fn speaker_before(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        if let Some(sp) = self.speaker_before_relative_clause(lo, cue_start) {
            return Some(sp);
        }
        if let Some(aux) = adverbial_after_auxiliary(self.words, self.text, lo, cue_start) {
            if let Some(sp) = self.speaker_before(lo, aux) {
                return Some(sp);
            }
        }
        if let Some(verb) = verb_before_participle(self.words, self.text, lo, cue_start) {
            if let Some((s, e)) = np_before(self.words, self.text, lo, verb) {
                return Some(self.speaker_from_np(s, e));
            }
        }
        if let Some((s, e)) = np_before(self.words, self.text, lo, cue_start) {
            let e = without_trailing_time(self.words, self.text, s, e);
            return Some(self.speaker_from_np(self.name_start(lo, s, e), e));
        }
        // "The spokesman on Saturday categorically denied": a time
        // adverbial or an adverb between the speaker and the cue.
        let mut end = cue_start;
        for _ in 0..3 {
            let before = self.text[lo..end].trim_end();
            let ws = after_last_of(before, b" \n");
            let w = &before[ws..];
            let c = self.words.exact(w);
            let adverb = w.len() > 4
                && w.ends_with("ly")
                && w.starts_with(|ch: char| ch.is_ascii_lowercase())
                && c & words::LY_NOUN == 0;
            let time = day_class(c);
            // "Her campaign workers here said": a place adverb after the
            // head noun stays in the speaker phrase.
            let place =
                c & words::PLACE_ADVERB != 0 && w.starts_with(|ch: char| ch.is_ascii_lowercase());
            if w.is_empty() || !(adverb || time || place) {
                break;
            }
            end = lo + ws;
            if let Some((s, e)) = np_before(self.words, self.text, lo, end) {
                let e = if place { end + w.len() } else { e };
                return Some(self.speaker_from_np(s, e));
            }
        }
        let head = self.text[lo..cue_start].trim_end();
        // "Jane Roe — a lawyer for the city — said", "Many speakers —
        // including the mayor — said": a description between dashes
        // (normalization writes every dash between words as "—").
        if let Some(inner) = head.strip_suffix('—') {
            if let Some(d) = inner.rfind('—') {
                let seg = inner[d + '—'.len_utf8()..].trim();
                // "Democrats — and some Republicans — say": a group added
                // between dashes is one more speaker.
                let described = is_appositive(self.words, seg)
                    || seg.starts_with("including ")
                    || seg.starts_with("and ")
                    || seg.starts_with("or ");
                if described {
                    if let Some((s, _)) = np_before(self.words, self.text, lo, lo + d) {
                        return Some(self.speaker_from_np(s, lo + inner.trim_end().len()));
                    }
                }
            }
        }
        if let Some(inner) = head.strip_suffix(',') {
            if let Some(sp) = self.speaker_before_aside(lo, inner) {
                return Some(sp);
            }
            // "Others, however, say …": a parenthetical adverb between the
            // speaker and the cue.
            if let Some(comma) = inner.rfind(',') {
                let seg = inner[comma + 1..].trim();
                let n = seg.split_space().count();
                if !seg.is_empty()
                    && n <= 3
                    && seg
                        .split_space()
                        .all(|w| self.words.exact(w) & words::PARENTHETICAL != 0)
                {
                    if let Some((s, e)) = np_before(self.words, self.text, lo, lo + comma) {
                        return Some(self.speaker_from_np(s, e));
                    }
                }
            }
            // "one of the family's attorneys, Justin Bamberg, said": a role
            // phrase with the name set off by commas after it.
            if let Some(comma) = inner.rfind(',') {
                let seg = inner[comma + 1..].trim();
                // "Rashad al-Alimi": a hyphenated particle before a capital
                // is a name part too.
                let name_part = |w: &str| {
                    w.starts_with(|c: char| c.is_uppercase())
                        || w.rsplit_once('-').is_some_and(|(particle, rest)| {
                            particle.len() <= 3
                                && particle.bytes().all(|b| b.is_ascii_lowercase())
                                && rest.starts_with(|c: char| c.is_uppercase())
                        })
                };
                let name = !seg.is_empty()
                    && seg.split_space().count() <= 4
                    && seg.starts_with(|c: char| c.is_uppercase())
                    && seg
                        .split_space()
                        .all(|w| name_part(w) && !is_np_stop(self.words, w));
                if name {
                    if let Some((s, e)) = np_before(self.words, self.text, lo, lo + comma) {
                        let phrase = &self.text[s..e];
                        let role = phrase
                            .split_space()
                            .next_back()
                            .is_some_and(|w| self.words.is(w, words::ROLE_HEAD));
                        // "A spokesperson for China's Taiwan Affairs Office,
                        // Zhu Fenglian, said": a role noun that keeps its
                        // prepositional phrase, the phrase opening with a
                        // determiner (capitalized at the sentence's start).
                        // "Iran's envoy to the United Nations, Amir Saeid
                        // Iravani, said", "One of the authors of the report,
                        // Ari Fleischer, said": a possessive or "one of" opens
                        // the phrase as a determiner does.
                        let mut phrase_words = phrase.split_space();
                        let possessive = |w: &str| {
                            (w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'"))
                                && w.starts_with(|c: char| c.is_uppercase())
                        };
                        let opener =
                            |w: &str| self.words.exact(w) & words::DETERMINER != 0 || possessive(w);
                        let owns_after_determiner = |w: &str| {
                            w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'")
                        };
                        // "The Houthis' chief negotiator, Mohammed Abdulsalam,
                        // said": a role owned by a name (after a determiner at
                        // most) is that name's holder, whom the apposition names.
                        // "The European Union's foreign policy chief", "The
                        // group's chief negotiator": the owner may be a name
                        // of a few words or a noun after the determiner.
                        let owned_role = {
                            let mut ws = phrase.split_space();
                            let first = ws.next().unwrap_or("");
                            possessive(first)
                                || (self.words.exact(first) & words::DETERMINER != 0
                                    && ws.take(3).any(owns_after_determiner))
                        };
                        let one_of = phrase.starts_with("One of ") || phrase.starts_with("one of ");
                        let role_with_phrase =
                            phrase_words.next().is_some_and(|w| opener(w) || one_of)
                                && phrase_words
                                    .clone()
                                    .zip(phrase_words.skip(1))
                                    .any(|(w, p)| {
                                        self.words.is(w, words::ROLE_HEAD)
                                            && matches!(p, "for" | "of" | "at" | "to" | "with")
                                    });
                        // "The tech mogul and the regime's top envoy, NAME,
                        // discussed": the role phrase is the second conjunct
                        // of a subject this rule does not read whole.
                        let before = self.text[lo..s].trim_end();
                        let conjunct = before.ends_with(" and")
                            || before.ends_with(" or")
                            || before == "and"
                            || before == "or";
                        if ((role
                            && (phrase.starts_with(|c: char| c.is_lowercase()) || owned_role))
                            || role_with_phrase)
                            && !conjunct
                        {
                            return Some(self.speaker_from_np(s, lo + inner.len()));
                        }
                    }
                }
            }
            if let Some((s, e)) =
                np_with_appositives(self.words, self.text, lo, lo + head.len() - 1)
            {
                return Some(self.speaker_from_np(s, e));
            }
            if let Some(sp) = self.mention_speaker_before(lo, cue_start) {
                return Some(sp);
            }
            // "Sen. Jane Roe, R-Fla., said", "Wilcox, an Orlando Republican
            // who founded two companies, said": a name opening the clause,
            // then descriptions set off by commas up to the cue.
            return self.opening_name_with_descriptions(lo, lo + head.len() - 1);
        }
        self.mention_speaker_before(lo, cue_start)
    }

    /// Whether the clause before a cue at `cue_start` (sentence from `lo`)
    /// is a subject with descriptions set off by commas, after an opening
    /// phrase at most ("In Kharkiv, the brigade commander, a colonel,"):
    /// the speaker found before the cue runs from the clause's opening to
    /// the comma before the cue, holds a comma and no auxiliary (which
    /// would make it a clause: "The mayor, a Democrat, was wrong,").
    fn described_subject_before(&self, lo: usize, cue_start: usize) -> bool {
        let Some(span) = self.speaker_before(lo, cue_start).and_then(|sp| sp.span) else {
            return false;
        };
        let (s, e) = (span.start, span.end);
        let phrase = &self.text[s..e];
        e <= cue_start
            && s >= lo
            && self.text[e..cue_start].trim() == ","
            && (self.text[lo..s].trim_end().is_empty()
                || self.text[lo..s].trim_end().ends_with(','))
            && phrase.contains(',')
            && !phrase.split_space().any(|w| {
                let w = w.trim_end_matches(',');
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && self.words.exact(w) & words::CUE_LEAD != 0
                    && self.words.exact(w) & words::NP_STOP != 0
            })
    }

    /// "analysts who have done the calculations say": a restrictive
    /// relative clause (no comma before "who") between the speaker and the
    /// cue; the speaker is the noun phrase before "who".
    fn speaker_before_relative_clause(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        const CLAUSE_MAX_WORDS: usize = 8;
        let (text, wd) = (self.text, self.words);
        // Most cues have no "who" before them in their sentence: one memchr
        // pass rules the clause out before the words are split and checked.
        self.who.first_in(lo, cue_start)?;
        let mut words = WordsBack::new(text, lo, cue_start, CLAUSE_MAX_WORDS + 1);
        // The word right before the cue is the clause's last word: "who
        // said" is the relative pronoun as speaker, handled by `np_before`.
        let mut k = 1;
        while let Some((ws, we)) = words.get(k) {
            k += 1;
            let w = &text[ws..we];
            if w.contains([',', '.', ';', ':', '"', '(', ')', '—', '\n']) {
                return None;
            }
            if w != "who" {
                continue;
            }
            let before = text[lo..ws].trim_end();
            if before.is_empty()
                || before.ends_with([',', '"', ';', ':', '(', '—'])
                || text[lo + before.len()..cue_start].contains('\n')
            {
                return None;
            }
            let (s, e) = np_before(wd, text, lo, lo + before.len())?;
            // "Douglas Brinkley, a historian who attended the session,
            // recalled": a description after a name is no speaker of its own.
            let determiner = text[s..e].split_space().next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && wd.exact(w) & words::DETERMINER != 0
            });
            if determiner && text[lo..s].trim_end().ends_with(',') {
                return None;
            }
            let sp = self.speaker_from_np(s, e);
            return sp.text.is_some().then_some(sp);
        }
        None
    }

    /// The speaker before an aside of time or setting that ends `inner`
    /// (the text from `lo` up to the comma right before the cue), set off
    /// by commas: "The ministry, in a statement, said", "Clinton, during a
    /// town hall meeting in Columbus, Ohio, said", "Trump, speaking at a
    /// rally, warned". The aside opens with an `aside_opener` word ("at"
    /// only as "at a"/"at an": "Lee, at the University of Iowa, said" is
    /// an affiliation, part of the speaker) and holds no quote or bracket.
    fn speaker_before_aside(&self, lo: usize, inner: &str) -> Option<Speaker> {
        const ASIDE_MAX_WORDS: usize = 15;
        let mut hi = inner.len();
        for _ in 0..3 {
            let comma = inner[..hi].rfind(',')?;
            let seg = inner[comma + 1..].trim_start();
            if seg.contains(['"', '“', '”', '(', ')', ';', ':', '—', '\n'])
                || seg.split_space().count() > ASIDE_MAX_WORDS
            {
                return None;
            }
            let mut seg_words = seg.split_space();
            let first = seg_words.next().unwrap_or("");
            // "Trump, it's also worth noting, sought": the writer's aside
            // with an expletive subject opens with its pronoun.
            let opens = first.starts_with(|c: char| c.is_ascii_lowercase())
                && (self.words.exact(first) & (words::ASIDE_OPENER | words::EXPLETIVE_SUBJECT)
                    != 0
                    || (first == "at" && matches!(seg_words.next(), Some("a" | "an"))));
            if opens {
                let (s, e) = np_before(self.words, self.text, lo, lo + comma)?;
                return Some(self.speaker_from_np(s, e));
            }
            hi = comma;
        }
        None
    }

    /// The name opening the clause at `lo` (capitalized, up to its first
    /// comma) with the descriptions after it up to `comma` (the comma right
    /// before the cue), when those hold no quote, clause break or speech verb.
    fn opening_name_with_descriptions(&self, lo: usize, comma: usize) -> Option<Speaker> {
        let seg = &self.text[lo..comma];
        let lead = seg.len() - seg.trim_start().len();
        let s = lo + lead;
        let first = self.text[s..comma].find(',').map(|p| s + p)?;
        let (ns, ne) = np_before(self.words, self.text, s, first)?;
        let rest = &self.text[first + 1..comma];
        // "Cruz, who says Trump is attacking him, said": one relative
        // clause describing the name may hold its own speech verb and
        // pronouns (it is a claim of its own, whose speaker is "who").
        let relative = rest.trim_start().starts_with("who ") && !rest.contains(',');
        let plausible = ns == s
            && self.text[ns..ne].starts_with(|c: char| c.is_uppercase())
            && self.text[ns..ne].split_space().count() <= 6
            && rest.split_space().count() <= 30
            && !rest.contains(['"', ';', ':', '(', '\n'])
            && !rest.split_space().any(|w| {
                let w = w.trim_matches([',', '.']);
                w == "but"
                    || !relative
                        && (self.words.exact(w) & (words::PRONOUN | words::RELATIVE) != 0
                            && w != "who"
                            || is_said_form(self.words, w))
            });
        plausible.then(|| self.speaker_from_np(ns, comma))
    }

    /// Speaker right before a cue, from actor mentions, pronouns and role nouns only.
    fn mention_speaker_before(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        // Skip an appositive between speaker and cue: "officials, who spoke on condition of anonymity, said".
        let head = self.text[lo..cue_start].trim_end();
        let cue_start = match head.strip_suffix(',').and_then(|h| h.rfind(',')) {
            Some(comma) if head.len() - comma < 150 => lo + comma,
            _ => cue_start,
        };
        let mut window_lo = cue_start.saturating_sub(40).max(lo);
        // Never slice inside a multi-byte character.
        while !self.text.is_char_boundary(window_lo) {
            window_lo += 1;
        }
        let pre = &self.text[window_lo..cue_start];
        if let Some(mi) = self
            .mention_ending_in(window_lo, cue_start)
            .filter(|&mi| !self.is_qualifier(&self.mentions[mi]))
        {
            let gap = &self.text[self.mentions[mi].end..cue_start];
            if !gap.contains(['"', '.', ';']) && gap.len() <= 30 {
                let mut sp = self.speaker_from_mention(mi);
                // "Iranian officials": the adjective mention plus the group noun names the speaker.
                let tail = gap.trim();
                if self.words.exact(tail) & words::SPEAKER_NOUN != 0 {
                    if let Some(span) = &sp.span {
                        let end = self.mentions[mi].end + gap.trim_end().len();
                        sp.text = Some(self.text[span.start..end].to_string());
                        sp.span = Some(Span::of(self.text, span.start, end));
                    }
                }
                return Some(sp);
            }
        }
        for p in self.words.anaphors() {
            let ends = pre.strip_suffix(' ').is_some_and(|before| {
                before.len() >= p.len()
                    && before.as_bytes()[before.len() - p.len()..]
                        .eq_ignore_ascii_case(p.as_bytes())
            });
            if ends {
                let s = cue_start - p.len() - 1;
                if s == 0 || !is_word_byte(self.text.as_bytes()[s - 1]) {
                    return Some(self.resolve_anaphor(s, cue_start - 1));
                }
            }
        }
        None
    }

    /// Speaker right after a cue ("said X", "said the minister").
    fn speaker_after(&self, cue_end: usize, hi: usize) -> Option<Speaker> {
        let np = np_after(self.words, self.text, cue_end, hi);
        if let Some((s, e)) = np
            .and_then(|np| with_appositives(self.words, self.text, np, hi))
            .or(np)
        {
            return Some(self.speaker_from_np(s, e));
        }
        if let Some(mi) = self.mention_starting_in(cue_end, (cue_end + 40).min(hi)) {
            return Some(self.speaker_from_mention(mi));
        }
        let post = self.text[cue_end..hi].trim_start();
        let s = hi - self.text[cue_end..hi].len() + (self.text[cue_end..hi].len() - post.len());
        let pb = post.as_bytes();
        for p in self.words.anaphors() {
            if pb.len() >= p.len()
                && pb[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                && !pb.get(p.len()).is_some_and(|b| is_word_byte(*b))
            {
                return Some(self.resolve_anaphor(s, s + p.len()));
            }
        }
        None
    }
}

#[derive(Clone)]
struct Draft {
    speaker: Speaker,
    cue: (usize, usize),
    content: (usize, usize),
    stance: Stance,
    hedged: bool,
    audience: Option<String>,
    via: Vec<Via>,
}

impl Draft {
    /// A claim whose stance and hedging are its cue's, with no audience or
    /// reporting chain yet.
    fn from_cue(
        speaker: Speaker,
        cue: &Cue,
        cue_span: (usize, usize),
        content: (usize, usize),
    ) -> Draft {
        // A matched setting ("said in an interview") is no part of the cue;
        // every caller passes a span that ends where the phrase matched.
        let (start, end) = cue_span;
        let cue_span = if cue.setting > 0 && end >= start + cue.setting {
            (start, end - cue.setting)
        } else {
            cue_span
        };
        Draft {
            speaker,
            cue: cue_span,
            content,
            stance: cue.stance,
            hedged: cue.hedged,
            audience: None,
            via: Vec::new(),
        }
    }
}

/// The speaker of a participle after a comma ("…, saying …", "…, adding:")
/// or a verb coordinated with an earlier one ("… and added: …") whose cue
/// starts at `cue_start`, when no speaker stands next to it: the speaker of
/// the claim before it in the same sentence, else the sentence's subject.
fn subject_of(
    ctx: &Ctx,
    layer: &TextLayer,
    drafts: &[Draft],
    cue: &Cue,
    cue_start: usize,
) -> Option<Speaker> {
    let text = ctx.text;
    let ss = layer.sentence_at(cue_start).map_or(0, |i| {
        dateline_end(layer, layer.sentences[i].start).min(cue_start)
    });
    let head = text[ss..cue_start].trim_end();
    let participle = cue.phrase.ends_with("ing") && head.ends_with([',', '—']);
    let coordinated = head.ends_with(" and") || head.ends_with(" but");
    if !(participle || coordinated) {
        return None;
    }
    drafts
        .iter()
        .rev()
        .take_while(|d| d.cue.0 >= ss)
        .find(|d| d.cue.1 <= cue_start && d.speaker.text.is_some())
        .map(|d| d.speaker.clone())
        .or_else(|| ctx.clause_subject(ss, cue_start))
}

/// The subject of the speech verb right before a coordinated one at
/// `cue_start` when that verb made no claim ("he promised peace through
/// strength and vowed to …": "promised" with a noun object is an act): the
/// last verb cue of the sentence (hits `sh`, from `ss`) before it, in the
/// same clause (no comma, quote or other clause mark between), and the noun
/// phrase right before that verb.
/// "A report first published by the Financial Times and relayed by IRNA
/// said …", "The official, quoted by Reuters, said …": reporting-chain
/// participles with an agent ("published by", "relayed by") between the
/// speaker's noun and its cue. The agents carried the words (the claim's
/// vias, with the participle's role); the noun before the chain speaks.
/// None unless the speaker found reaches into the chain (contains it or is
/// one of its agents) and a noun stands before it.
fn subject_chain(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    ss: usize,
    cue_start: usize,
    speaker: &Speaker,
) -> Option<(Speaker, Vec<Via>)> {
    let span = speaker.span.as_ref()?;
    let chain: Vec<Hit> = sh
        .iter()
        .map(|&j| hits[j])
        .filter(|x| {
            x.start > ss
                && x.end < cue_start
                && matches!(lex.cues[x.cue].kind, CueKind::First | CueKind::Relay)
                && lex.cues[x.cue].phrase.ends_with(" by")
        })
        .collect();
    let first = chain.first()?;
    let text = ctx.text;
    let head = if span.start < first.start && span.end > first.start {
        let (a, b) = trim(text, span.start, first.start);
        let b = a + text[a..b].trim_end_matches([',', ' ']).len();
        (a < b).then(|| ctx.speaker_from_np(a, b))?
    } else if span.end <= first.start && text[span.end..first.start].trim() == "," {
        // "The official, quoted by Reuters, said": the speaker already
        // stops at the chain's comma.
        speaker.clone()
    } else if span.start >= first.end {
        let before = text[ss..first.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before);
        ctx.speaker_before(ss, ss + before.len())?
    } else {
        return None;
    };
    let mut vias = Vec::new();
    for (i, x) in chain.iter().enumerate() {
        let hi = chain.get(i + 1).map_or(cue_start, |n| n.start);
        let agent = ctx.speaker_after(x.end, hi)?;
        let role = if lex.cues[x.cue].kind == CueKind::First {
            ViaRole::First
        } else {
            ViaRole::Relay
        };
        vias.push(Via::from_speaker(&agent, role));
    }
    Some((head, vias))
}

fn coordinated_act_subject(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    ss: usize,
    cue_start: usize,
) -> Option<Speaker> {
    let lex_verb = |x: &Hit| lex.cues[x.cue].kind == CueKind::Verb;
    let prev = sh
        .iter()
        .map(|&j| hits[j])
        .rfind(|x| x.start >= ss && x.end < cue_start && lex_verb(x))?;
    if ctx.text[prev.end..cue_start].contains([',', ';', ':', '"', '“', '”', '(']) {
        return None;
    }
    let start = extend_cue_left(ctx.words, ctx.text, ss, prev.start);
    ctx.speaker_before(ss, start).filter(|sp| sp.text.is_some())
}

/// The named speaker of the sentence's first claim (its cue starts at or
/// after `ss`, the sentence start, and ends before `cue_start`): the main
/// clause's speaker ("Omar asked … in a letter posted on Twitter, saying …").
fn previous_speaker(drafts: &[Draft], ss: usize, cue_start: usize) -> Option<Speaker> {
    drafts
        .iter()
        .filter(|d| d.cue.0 >= ss && d.cue.1 <= cue_start && d.speaker.text.is_some())
        .min_by_key(|d| d.cue.0)
        .map(|d| d.speaker.clone())
}

/// Which drafts report an act inside another claim: "China's commerce
/// ministry said it firmly opposed the measures", "Peskov said the attack
/// showed the need for vigilance". The verb's subject (a pronoun or a phrase
/// naming no actor) opens the reported
/// clause of a claim with a named speaker, and the verb's own object
/// follows it straight on and is a noun phrase in lower case (no "that",
/// colon, quote, name or finite clause between or after): the outer speaker
/// tells of what was done or shown, and the verb makes no second claim. "Zelensky said the attack showed that …" and "she said
/// officials told her the plan failed" keep theirs, and so does a verb
/// further into the clause ("…, but he also noted the deaths"), which
/// PolNeAR's annotators read as an attribution of its own.
fn nested_acts(ctx: &Ctx, drafts: &[Draft]) -> Vec<bool> {
    let (text, wd) = (ctx.text, ctx.words);
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // The verb's last word: "firmly opposed" → "opposed".
            let verb = text[d.cue.0..d.cue.1]
                .split_space()
                .next_back()
                .unwrap_or("");
            // A plain speech verb ("said", "says": what is said may be any
            // shape) and a verb with an addressee ("told Trump to …", an
            // order reported) stay claims, and so does a name opening the
            // object ("rebuts American criticism").
            // A denial keeps its claim too ("the doctors said the government
            // is denying vaccines"): the ledger reads what was refused.
            let act_verb = wd.exact(verb) & (words::SAID_FORM | words::ADDRESSEE_VERB) == 0
                && d.stance == Stance::Assert;
            // The inner subject is a pronoun ("it firmly opposed") or names
            // no actor ("the attack showed"); a named other party's act
            // ("Egypt said Saudi Arabia had condemned the attack") keeps its
            // claim, the graph's evidence of what that party did.
            let subject = d.speaker.text.as_deref().unwrap_or("");
            let unnamed_subject =
                d.speaker.actor.is_none() || wd.exact(subject) & words::PRONOUN != 0;
            let object_follows = act_verb
                && unnamed_subject
                && d.content.0 >= d.cue.1
                && text[d.cue.1..d.content.0].trim().is_empty()
                && text[d.content.0..].starts_with(|c: char| c.is_lowercase())
                && !opens_finite_clause(wd, &text[d.cue.1..]);
            object_follows
                && drafts.iter().enumerate().any(|(j, outer)| {
                    j != i
                        && outer.speaker.text.is_some()
                        && d.speaker
                            .span
                            .as_ref()
                            .is_some_and(|sp| sp.start == outer.content.0)
                        && d.content.1 <= outer.content.1
                })
        })
        .collect()
}

/// Which drafts are a stance nested in another claim's reported clause: a
/// verb of hope, wish, belief or fear (`inner_stance`: "Hun Manet said he
/// hoped the ceasefire would hold", "she said Tehran wanted to see …")
/// whose subject opens the content of a plain speech verb (`said_form`:
/// "said", "told", "added"). The stance is part of what the outer speaker said, not a
/// second claim: PolNeAR's annotators mark none of them (0 of 28 "said he
/// hoped / wanted", 0 of 46 "said … believed / expected / feared" in
/// train).
fn nested_stances(ctx: &Ctx, drafts: &[Draft]) -> Vec<bool> {
    const SUBJECT_MAX_WORDS: usize = 4;
    let (text, wd) = (ctx.text, ctx.words);
    let last_word = |(a, b): (usize, usize)| text[a..b].split_space().next_back().unwrap_or("");
    drafts
        .iter()
        .map(|d| {
            wd.exact(last_word(d.cue)) & words::INNER_STANCE != 0
                && drafts.iter().any(|outer| {
                    let (os, oe) = outer.content;
                    let subject = text.get(os..d.cue.0).unwrap_or("");
                    // "said the round had made progress and that he hoped
                    // …": a second that-clause of the same cue.
                    let subject = subject
                        .rfind(" and that ")
                        .map_or(subject, |p| &subject[p + " and that ".len()..]);
                    outer.cue.1 <= os
                        && os < d.cue.0
                        && d.content.1 <= oe
                        && wd.exact(last_word(outer.cue)) & words::SAID_FORM != 0
                        && !subject.contains([',', ';', ':', '"'])
                        && subject.split_space().count() <= SUBJECT_MAX_WORDS
                })
        })
        .collect()
}

/// Whether `sp` names an outlet: a media actor, or a body of the media
/// sector ("Chinese state media").
fn media_speaker(ctx: &Ctx, sp: &Speaker) -> bool {
    let actor = sp
        .actor
        .as_deref()
        .and_then(|id| ctx.actors.actor_by_id(id));
    actor.is_some_and(|i| {
        let a = &ctx.actors.actors[i];
        a.kind == ActorKind::Media || a.sector.as_deref() == Some("MED")
    })
}

/// A speaker the text does not name.
fn unknown_speaker() -> Speaker {
    Speaker {
        actor: None,
        text: None,
        span: None,
    }
}

/// All claims of one document, ids `c1`, `c2`, … in text order.
pub fn extract_claims(
    layer: &TextLayer,
    actors: &DocActors,
    kb: &Kb,
    lex: &CueLexicon,
) -> Vec<ClaimRecord> {
    let occurrences = lex.matcher.occurrences(layer.text.as_bytes());
    extract_claims_from_occurrences(layer, actors, kb, lex, occurrences)
}

/// The index of the first hit starting at or after a position, for
/// positions asked in growing order: it walks forward from the last answer.
/// A smaller position than the last is answered by a binary search, so any
/// order gives the same indices as `partition_point`.
#[derive(Debug, Default)]
struct HitCursor {
    pos: usize,
    index: usize,
}

impl HitCursor {
    fn first_from(&mut self, hits: &[Hit], pos: usize) -> usize {
        if pos < self.pos {
            self.index = hits.partition_point(|h| h.start < pos);
        } else {
            // Every hit before `index` starts before the last position,
            // so before this one too.
            while self.index < hits.len() && hits[self.index].start < pos {
                self.index += 1;
            }
        }
        self.pos = pos;
        self.index
    }
}

/// [`extract_claims`] given the cue scan's result: `cue_occurrences` is
/// every occurrence in `layer.text` of [`CueLexicon::scan_phrases`] as
/// (start, end, index in that list), in any order, as a joint
/// [`sitrep_text::PhraseSets`] scan reports them (the pipeline walks one
/// scanner over the cue and framing phrases, once per document).
pub fn extract_claims_from_occurrences(
    layer: &TextLayer,
    actors: &DocActors,
    _kb: &Kb,
    lex: &CueLexicon,
    cue_occurrences: Vec<PhraseOccurrence>,
) -> Vec<ClaimRecord> {
    let text = layer.text.as_str();
    let mentions: Cow<[Mention]> = if actors.mentions.windows(2).all(|w| w[0].start <= w[1].start) {
        Cow::Borrowed(&actors.mentions)
    } else {
        let mut sorted = actors.mentions.clone();
        sorted.sort_by_key(|m| (m.start, m.end));
        Cow::Owned(sorted)
    };
    let doc_words = DocWords::new(&lex.words, text);
    let wd = &doc_words;
    let mut hits = complement_hits(text, lex, wd, find_hits(text, lex, cue_occurrences));
    // A cue word inside an actor's name is part of the name: "the United
    // States must" has no speech verb "states".
    // Hits and mentions are both in text order (`complement_hits` sorts the
    // hits by start; `hits_from` below relies on it too), so the count of
    // mentions starting at or before a hit only grows: a pointer moves
    // forward instead of a binary search per hit.
    debug_assert!(hits.windows(2).all(|w| w[0].start <= w[1].start));
    let mut before = 0;
    hits.retain(|h| {
        while before < mentions.len() && mentions[before].start <= h.start {
            before += 1;
        }
        !mentions[..before]
            .iter()
            .rev()
            .take(4)
            .any(|m| m.start <= h.start && h.end <= m.end)
    });
    let ctx = Ctx {
        text,
        actors,
        mentions,
        words: wd,
        sentences: &layer.sentences,
        who: scan::Occurrences::new(text, &scan::WHO),
    };
    // Where " that " occurs: a cue's that-clause is looked for from every cue.
    let thats = scan::Occurrences::new(text, &scan::THAT);
    // Hits are in text order: index of the first hit starting at or after `pos`.
    let hits_from = |pos: usize| hits.partition_point(|h| h.start < pos);
    let quotes = quote_spans(text);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut used = vec![false; hits.len()];

    // Direct quotes: a speech verb just after or just before the quote.
    for (qi, &(qs, qe)) in quotes.iter().enumerate() {
        // Where the quote's marks start and end (`"` or `''`).
        let mo = open_mark(text, qs);
        let mc = close_mark(text, qe);
        // A quote closing with "!" or "?" ends its sentence for the
        // segmenter, but its attribution follows ("…!" Clinton said). So
        // may one closing with a period, when the next sentence is only the
        // attribution ("… missing." Trump said.).
        let sentence_end = |p: usize| {
            layer
                .sentence_at(p.min(text.len().saturating_sub(1)))
                .map(|i| layer.sentences[i].end)
                .unwrap_or(text.len())
        };
        let own_end = sentence_end(qe);
        let ends_sentence = text[..qe].ends_with(['!', '?', '.']);
        let after_hi = own_end
            .max(if ends_sentence {
                sentence_end(mc + 1)
            } else {
                0
            })
            .min(text.len());
        let next_quote = quotes
            .get(qi + 1)
            .map(|q| open_mark(text, q.0))
            .unwrap_or(text.len());
        let hi = after_hi.min(next_quote).max(mc).min(text.len());
        // In the sentence after a period only a bare attribution counts:
        // "He said he would go." is a claim of its own.
        // After "!" or "?" the next sentence's cue may attribute the quote,
        // unless it introduces a quote of its own ("She adds, \"…\"").
        let introduces_quote = |h: &Hit| {
            let rest = text[h.end..].trim_start_matches([',', ':']).trim_start();
            text[h.end..].starts_with([',', ':']) && rest.starts_with('"')
        };
        let bare_after = |h: &Hit| {
            h.start < own_end
                || (text[..qe].ends_with(['!', '?']) && !introduces_quote(h))
                || empty_or_setting_after_cue(wd, &text[h.end..hi])
        };
        // '"…," European Commission President Ursula von der Leyen said':
        // after a quote closed by a comma inside its marks, the attribution
        // may name a long title before the cue. Not a phrase with commas
        // inside ("…'s minister responsible for …, Judith Collins, said"),
        // whose speaker the walk back from the cue misreads.
        // '"…," Jane Roe, legal director of the Acme Rights Campaign, said':
        // a name with descriptions set off by commas reaches as far as a
        // long title, when the walk back from the cue reads the whole gap
        // as that one described subject.
        const DESCRIBED_REACH: usize = 160;
        let attribution_reach = |h: &Hit| {
            let gap = text[mc..h.start.max(mc)].trim_start_matches([',', ' ']);
            if text[..qe].ends_with(',') && !gap.contains(',') {
                100
            } else if h.start > qe
                && h.start - qe >= 50
                && h.start - qe < DESCRIBED_REACH
                && gap.starts_with(|c: char| c.is_uppercase())
                && ctx.described_subject_before(mc, extend_cue_left(wd, text, mc, h.start))
            {
                DESCRIBED_REACH
            } else {
                50
            }
        };
        let found = hits
            .iter()
            .enumerate()
            .skip(hits_from(mc))
            .take_while(|(_, h)| h.start <= hi)
            .find(|(_, h)| {
                lex.cues[h.cue].kind == CueKind::Verb
                    && !lex.cues[h.cue].clausal
                    && !lex.cues[h.cue].named_subject
                    && h.start > qe
                    && h.start <= hi
                    && h.start - qe < attribution_reach(h)
                    // The attribution is in the quote's paragraph.
                    && !text[mc..h.start].contains('\n')
                    && bare_after(h)
                    && attributes_quote_before(wd, text, qe, mc, h, hi)
            });
        let (hi_idx, speaker) = if let Some((i, h)) = found {
            let cs = extend_cue_left(wd, text, mc, h.start);
            let sp = ctx
                .speaker_before(mc, cs)
                .or_else(|| ctx.speaker_after(h.end, hi))
                .or_else(|| subject_of(&ctx, layer, &drafts, &lex.cues[h.cue], cs));
            (Some(i), sp)
        } else {
            let lo = mo.saturating_sub(60);
            let before = hits
                .iter()
                .enumerate()
                .take(hits_from(qs))
                .skip(hits_from(lo))
                .rev()
                .find(|(_, h)| {
                    lex.cues[h.cue].kind == CueKind::Verb
                        && !lex.cues[h.cue].clausal
                        && !lex.cues[h.cue].named_subject
                        && h.end < qs
                        && h.start >= lo
                        && !text[h.end..mo.max(h.end)].contains(['.', '"'])
                        // The quote must follow the cue ("said: \"…\""), not sit
                        // inside indirect speech ("said he \"cannot walk …\" without …").
                        && {
                            let gap = text[h.end..mo.max(h.end)].trim();
                            gap.is_empty()
                                || (gap.ends_with([':', ',']) && gap.split_space().count() <= 4)
                        }
                });
            match before {
                Some((i, h)) => {
                    let slo = layer
                        .sentence_at(h.start)
                        .map(|s| dateline_end(layer, layer.sentences[s].start).min(h.start))
                        .unwrap_or(0);
                    let cs = extend_cue_left(wd, text, slo, h.start);
                    // "…," Trump said, adding later, "…": a participle speaks
                    // for the claim before it, not for the word after it.
                    (
                        Some(i),
                        ctx.speaker_before(slo, cs)
                            .or_else(|| subject_of(&ctx, layer, &drafts, &lex.cues[h.cue], cs))
                            .or_else(|| ctx.speaker_after(h.end, qs)),
                    )
                }
                None => (None, None),
            }
        };
        if hi_idx.is_none() {
            let d = continued_quote(wd, text, &drafts, mo, (qs, qe))
                .or_else(|| next_paragraph_quote(text, &drafts, &quotes[..qi], mo, (qs, qe)));
            if let Some(d) = d {
                drafts.push(d);
            }
            continue;
        }
        if let Some(i) = hi_idx {
            used[i] = true;
            let h = hits[i];
            let cue = &lex.cues[h.cue];
            // "a sample came in called \"Glasgow\"": a quoted name, no speech.
            if speaker
                .as_ref()
                .is_some_and(|sp| shows_or_names(wd, text, sp, &text[h.start..h.end], h.end))
            {
                continue;
            }
            let (cs, ce) = trim(text, qs, qe);
            if cs >= ce {
                continue;
            }
            let lo = qe.min(h.start);
            let lo = text[..lo]
                .rfind(['"', '\n', '.'])
                .map_or(0, |p| p + 1)
                .max(if h.start > qe { qe } else { 0 });
            drafts.push(Draft::from_cue(
                speaker.unwrap_or_else(unknown_speaker),
                cue,
                (extend_cue_left(wd, text, lo, h.start), h.end),
                (cs, ce),
            ));
        }
    }

    let in_quote = |p: usize| {
        let k = quotes.partition_point(|q| q.0 <= p);
        k > 0 && p < quotes[k - 1].1
    };
    // The sentence's hits, one buffer for all sentences.
    let mut sh: Vec<usize> = Vec::new();
    // Sentences come in text order, so their bounds only grow: a cursor
    // walks the hits once instead of two binary searches per sentence.
    let mut cursor = HitCursor::default();
    for sent in &layer.sentences {
        let se = sent.end.min(text.len());
        // Every span opening the sentence opens after its dateline.
        let ss = dateline_end(layer, sent.start.min(text.len())).min(se);
        sh.clear();
        let first = cursor.first_from(&hits, ss);
        let past = cursor.first_from(&hits, se);
        sh.extend((first..past).filter(|&i| {
            hits[i].start >= ss && hits[i].end <= se && !used[i] && !in_quote(hits[i].start)
        }));
        let according = sh
            .iter()
            .copied()
            .find(|&i| lex.cues[hits[i].cue].kind == CueKind::According);
        // "Officials said, according to the report, that the talks had
        // stalled": set off by commas between a speech verb and its
        // that-clause, "according to" names the verb's source and ends no
        // content.
        let according_inside = according.is_some_and(|i| {
            let a = hits[i];
            let verb_before = text[ss..a.start]
                .trim_end()
                .strip_suffix(',')
                .is_some_and(|pre| {
                    sh.iter().any(|&j| {
                        hits[j].end == ss + pre.len() && lex.cues[hits[j].cue].kind == CueKind::Verb
                    })
                });
            verb_before
                && text[a.end..se]
                    .split_once(", ")
                    .is_some_and(|(_, rest)| rest.starts_with("that "))
        });
        let content_end = according
            .filter(|_| !according_inside)
            .map(|i| hits[i].start)
            .unwrap_or(se);
        let first_draft = drafts.len();
        // "X did Y, citing unnamed officials, Reuters reported": (the
        // comma before the participle, who is cited, the later verb's
        // start) — the reporter's chain, not a claim of X.
        let mut cited_by_later: Vec<(usize, Option<Speaker>, usize)> = Vec::new();
        let mut relayed_to_later: Vec<(Vec<Via>, usize)> = Vec::new();
        for &i in &sh {
            let h = hits[i];
            let cue = &lex.cues[h.cue];
            if h.start >= content_end {
                break;
            }
            // Skip cues inside an earlier claim's content that already has a cue here.
            match cue.kind {
                CueKind::Verb => {
                    // A verb found by its clause is read by its own word.
                    let cue_word = if cue.clausal {
                        &text[h.start..h.end]
                    } else {
                        cue.phrase.as_str()
                    };
                    // A participle, also one with its particle ("referring
                    // to", "pointing out").
                    let ing_form = cue_word
                        .split_space()
                        .next()
                        .is_some_and(|w| w.ends_with("ing"));
                    // "a ceasefire announced by Trump": a passive
                    // participle, its content is no "by" phrase.
                    if text[h.end..content_end].starts_with(" by ") {
                        // "The meeting was first reported by Politico": a
                        // written-out passive names its speaker after "by".
                        if let Some(d) = passive_agent_claim(&ctx, cue, h, ss, content_end) {
                            drafts.push(d);
                        }
                        continue;
                    }
                    let cue_start = extend_cue_left(
                        wd,
                        text,
                        ss,
                        aspect_lead_start(wd, text, ss, h.start).unwrap_or(h.start),
                    );
                    // "Washington must also accept that …": a modal of
                    // obligation prescribes what is to be said or accepted;
                    // no one said it.
                    if text[cue_start..h.start]
                        .split_whitespace()
                        .any(|w| wd.exact(w) & words::OBLIGATION != 0)
                    {
                        continue;
                    }
                    // "said in a speech posted online that …": a participle
                    // right after a cue's setting describes the setting's
                    // noun; the cue before it holds the clause.
                    if cue_word.ends_with("ed")
                        && sh.iter().map(|&j| hits[j]).any(|x| {
                            lex.cues[x.cue].names_setting()
                                && x.end < h.start
                                && text[x.end..h.start] == *" "
                        })
                    {
                        continue;
                    }
                    let head = text[ss..cue_start].trim_end();
                    // After a determiner or preposition the word is an
                    // adjective or noun: "his alleged part", "over alleged bombers".
                    let prev = head.split_space().next_back().unwrap_or("");
                    if wd.exact(prev) & words::NOT_BEFORE_CUE != 0 {
                        continue;
                    }
                    // "a raid to detain suspects", "to investigate claims":
                    // a word in -s right after an infinitive's verb is that
                    // verb's object, a plural noun.
                    if infinitive_object(wd, head, cue_word) {
                        continue;
                    }
                    // So it is after a number or a possessive: "271 pledged
                    // delegates", "Clinton's reported contributions" (but
                    // "she's said" is "she has said").
                    // A number set off by a comma is an age or a year ending a
                    // description ("Jane Doe, 34, said"), not a modifier.
                    // A number ending a share of respondents ("six in 10
                    // said", "nine out of 10 say") is the speaker itself.
                    let number = !prev.is_empty()
                        && !prev.ends_with(',')
                        && prev
                            .bytes()
                            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                        && !ends_share(wd, &head[..head.len() - prev.len()]);
                    let possessive = (prev.ends_with("'s") || prev.ends_with("s'"))
                        && wd.of(prev) & words::CONTRACTS_S == 0;
                    if number || possessive {
                        continue;
                    }
                    if is_non_speech_sense(
                        wd,
                        prev,
                        &text[h.start..h.end],
                        &text[h.end..content_end],
                    ) {
                        continue;
                    }
                    // "…, claims Iran denies": after a comma, a report noun
                    // followed by another speech verb is a noun.
                    if head.ends_with(',')
                        && wd.exact(&text[h.start..h.end]) & words::REPORT_NOUN != 0
                        && sh.iter().map(|&j| hits[j]).any(|x| {
                            x.start > h.end
                                && x.start < content_end
                                && lex.cues[x.cue].kind == CueKind::Verb
                        })
                    {
                        continue;
                    }
                    // "Sanders was asked whether …", "Asked about the vote,
                    // she said …", "when asked if …": the passive of an
                    // addressee verb names who was asked, not who spoke; the
                    // claim (the question) has no named speaker.
                    if let Some(content) = addressed_passive_content(
                        wd,
                        text,
                        ss,
                        cue_start,
                        h,
                        content_end,
                        cue.infinitive,
                    ) {
                        if content.0 < content.1 {
                            drafts.push(Draft::from_cue(
                                unknown_speaker(),
                                cue,
                                (cue_start, h.end),
                                content,
                            ));
                        }
                        continue;
                    }
                    // "<content>, said the minister." / "<content>, officials said Wednesday."
                    // "…, said John Barrett, a lawyer for the agency.": the
                    // speaker's appositives run to the end of the sentence.
                    // Not after a participle: in "…, warning the public, the
                    // press and officials." the phrase is the object.
                    // A participle is never inverted: in "…,'' Lee said,
                    // referring to the resorts." the phrase is its object.
                    // "…,” Lee, an aide, told AFP.": the object of an
                    // audience verb is who heard the claim, never its
                    // speaker after an inversion.
                    let audience_verb = text[h.start..h.end]
                        .split_space()
                        .next()
                        .is_some_and(|w| wd.exact(w) & words::AUDIENCE_VERB != 0);
                    let inverted =
                        (head.ends_with(',') && !cue.clausal && !ing_form && !audience_verb)
                            .then_some(())
                            .and_then(|()| {
                                let np = np_after(wd, text, h.end, content_end)?;
                                // "…, then says he'll welcome advice": a
                                // contracted subject pronoun opens the
                                // reported clause, no inverted speaker.
                                let first = text[np.0..np.1].split_space().next().unwrap_or("");
                                if let Some((pronoun, _)) = first.split_once(['\'', '’']) {
                                    if pronoun == "I" || wd.exact(pronoun) & words::PRONOUN != 0 {
                                        return None;
                                    }
                                }
                                Some(np)
                                    .filter(|&(_, e)| {
                                        empty_or_setting_after_cue(wd, &text[e..content_end])
                                    })
                                    .or_else(|| {
                                        (!cue.phrase.ends_with("ing"))
                                            .then(|| with_appositives(wd, text, np, content_end))
                                            .flatten()
                                    })
                            })
                            // "At Acme, the chief executive, Ann Roe, said profits
                            // rose": a described subject before the cue makes
                            // what follows it the claim.
                            .filter(|_| !ctx.described_subject_before(ss, cue_start))
                            // "Witnesses, who asked not to be identified, said
                            // soldiers fired": a subject and its relative clause
                            // before the cue are the speaker, not the claim.
                            .filter(|_| !relative_clause_subject(wd, head));
                    if let Some((s0, e0)) = inverted {
                        let (a, b) = trim(text, ss, ss + head.len() - 1);
                        if a < b {
                            drafts.push(Draft::from_cue(
                                ctx.speaker_from_np(s0, e0),
                                cue,
                                (cue_start, h.end),
                                (a, b),
                            ));
                        }
                        continue;
                    }
                    // A participle ("…, saying …", "was quoted as saying") speaks
                    // for the subject of the sentence.
                    // So does a verb coordinated with an earlier one ("Fields
                    // tweeted a photograph and said …").
                    // So does one after a subordinator ending a clause,
                    // when a reported clause follows it ("Trump met
                    // al-Sharaa in Riyadh, a day after announcing he would
                    // lift sanctions": not Riyadh; "Stir the fruit before
                    // adding the powder" reports nothing).
                    let subordinate_participle = ing_form && {
                        let ws = after_last_of(head, b" ");
                        let rest = &text[h.end..content_end];
                        // The clause opens with "that", a subject pronoun or
                        // a name ("touting their technology" is an object).
                        let first = rest.trim_start().split_space().next().unwrap_or("");
                        let subject = wd.exact(first) & words::PRONOUN != 0
                            || first.starts_with(|c: char| c.is_uppercase());
                        wd.exact(&head[ws..]) & words::SUBORDINATOR != 0
                            && head[..ws].split_whitespace().count() >= 3
                            && (rest.starts_with(" that ")
                                || (subject && opens_finite_clause(wd, rest)))
                    };
                    // "Rubio flipped his choice — saying he was rooting for
                    // Denver": a dash sets off the participle like a comma.
                    let participle = (ing_form
                        && (head.ends_with([',', '—']) || head.ends_with(" as")))
                        || subordinate_participle
                        || head.ends_with(" and")
                        || head.ends_with(" but");
                    // A coordinated verb shares the speaker of the verb before
                    // it in the sentence ("he promised … and vowed to …").
                    let coordinated = (head.ends_with(" and") || head.ends_with(" but"))
                        .then(|| {
                            drafts[first_draft..]
                                .iter()
                                .rev()
                                .find(|d| d.cue.1 <= cue_start && d.speaker.text.is_some())
                                .map(|d| d.speaker.clone())
                        })
                        .flatten()
                        // "in which he promised peace and vowed to …": the
                        // verb before it made no claim (an act), but its
                        // subject is this verb's too.
                        .or_else(|| {
                            (head.ends_with(" and") || head.ends_with(" but"))
                                .then(|| {
                                    coordinated_act_subject(&ctx, lex, &sh, &hits, ss, cue_start)
                                })
                                .flatten()
                        })
                        // "“…,” the mayor said, adding that …": a participle
                        // after a comma speaks for the claim just before it in
                        // the sentence, a quote's attribution included.
                        .or_else(|| {
                            (ing_form && head.ends_with([',', '—']))
                                .then(|| previous_speaker(&drafts, ss, cue_start))
                                .flatten()
                        })
                        // "The lawmakers, who opposed the bill, walked out,
                        // saying …": the relative clause's speaker is no
                        // subject of the main clause; the subject speaks.
                        .filter(|sp| {
                            !(ing_form
                                && sp
                                    .text
                                    .as_deref()
                                    .is_some_and(|t| wd.exact(t) & words::RELATIVE != 0))
                        });
                    let subject = coordinated.or_else(|| {
                        participle
                            .then(|| ctx.clause_subject(ss, cue_start))
                            .flatten()
                    });
                    // The participle or coordinated verb shares a subject
                    // that stands away from it ("Sanders gave his standard
                    // speech, decrying …"): a `named` row asks that subject
                    // to name someone, not to stand right before the verb.
                    let shared_subject = subject.is_some();
                    let Some(mut speaker) = subject.or_else(|| ctx.speaker_before(ss, cue_start))
                    else {
                        continue;
                    };
                    // "The Ledger, citing internal documents, reported": the
                    // relay participle is no part of the speaker's name.
                    if let Some(span) = speaker.span.clone() {
                        let relay_comma = sh.iter().map(|&j| hits[j]).find_map(|x| {
                            let cited = lex.cues[x.cue].kind == CueKind::Relay
                                && x.start > span.start
                                && x.end <= span.end;
                            cited
                                .then(|| text[span.start..x.start].trim_end().strip_suffix(','))
                                .flatten()
                                .map(|p| span.start + p.len())
                        });
                        if let Some(comma) = relay_comma {
                            let (a, b) = trim(text, span.start, comma);
                            if a < b {
                                speaker = ctx.speaker_from_np(a, b);
                            }
                        }
                    }
                    // "A report first published by the Financial Times and
                    // relayed by IRNA said …": the agents of the chain's
                    // passive participles carried the words; the noun before
                    // the chain is the speaker.
                    if let Some((head, vias)) =
                        subject_chain(&ctx, lex, &sh, &hits, ss, cue_start, &speaker)
                    {
                        speaker = head;
                        relayed_to_later.push((vias, h.start));
                    }
                    if shows_or_names(wd, text, &speaker, &text[h.start..h.end], h.end) {
                        continue;
                    }
                    if object_of_reduced_relative(wd, text, &speaker, ss, h.end, content_end) {
                        continue;
                    }
                    // "a corridor through Armenia, to be called the Trump
                    // Route", "a town that was named Lincoln": a passive
                    // naming verb gives the thing a name; no one speaks
                    // (an agent after "by" was read above).
                    let passive_naming = wd.exact(&text[h.start..h.end]) & words::NAMING_VERB != 0
                        && word_before(text.as_bytes(), ss, h.start)
                            .is_some_and(|(a, b)| wd.exact(&text[a..b]) & words::PASSIVE_AUX != 0);
                    if passive_naming {
                        continue;
                    }
                    // "These ships are denied access to ports": a denial
                    // verb in the passive with an object and no agent says
                    // what the subject was refused, no one's denial ("The
                    // reports were denied by the ministry" names its agent).
                    // ("is denying flu vaccines" is progressive, active.)
                    let refused_passive = cue.stance == Stance::Deny
                        && !text[h.start..h.end].ends_with("ing")
                        && text[cue_start..h.start]
                            .split_space()
                            .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0)
                        && text[h.end..content_end]
                            .split_space()
                            .nth(1)
                            .is_some_and(|w| {
                                is_lower_word(w) && w != "by" && wd.exact(w) & words::NP_STOP == 0
                            });
                    if refused_passive {
                        continue;
                    }
                    // "the rule requires that …", "it is clear that …": a
                    // verb found only by its clause needs a subject that
                    // names someone.
                    if (cue.clausal || cue.named_subject)
                        && !ctx.names_speaker(&speaker, ss, cue_start)
                        && !(cue.named_subject
                            && shared_subject
                            && ctx.shared_subject_names_someone(&speaker, ss))
                    {
                        continue;
                    }
                    let after = before_according_comma(&text[h.end..content_end], content_end < se);
                    // "Western media reported, citing unnamed officials, that
                    // …": a relay phrase between the cue and its clause.
                    let relayed = sh
                        .iter()
                        .map(|&j| hits[j])
                        .find(|x| {
                            // Also after a time or setting: "first reported
                            // on Thursday, citing two officials, that …".
                            ((after.starts_with(',') && x.start <= h.end + 3)
                                || relay_after_setting(wd, text, h.end, x.start))
                                && x.start > h.end
                                && x.end <= content_end
                                && matches!(
                                    lex.cues[x.cue].kind,
                                    CueKind::Relay | CueKind::According
                                )
                        })
                        .and_then(|x| {
                            scan::find_str(&text[x.end..content_end], ", that ")
                                .map(|p| (x, x.end + p))
                        });
                    if let Some((x, comma)) = relayed {
                        let (a, b) = trim(text, comma + ", that ".len(), content_end);
                        if a < b {
                            let (ca, cb) = trim(text, x.end, comma);
                            // "according to" gets its via from the chain
                            // read after the sentence's claims.
                            let via = if lex.cues[x.cue].kind == CueKind::According {
                                None
                            } else {
                                ctx.cited_list(ca, cb, ViaRole::Relay).or_else(|| {
                                    ctx.speaker_after(x.end, comma)
                                        .map(|sp| vec![Via::from_speaker(&sp, ViaRole::Relay)])
                                })
                            };
                            drafts.push(Draft {
                                via: via.unwrap_or_default(),
                                ..Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b))
                            });
                        }
                        continue;
                    }
                    // "<clause>, the group said in a report on Monday": a
                    // setting after the cue, the content before the speaker.
                    let setting_only = || {
                        let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
                        text[ss..sp_start].trim_end().ends_with(',')
                            && (empty_or_setting_after_cue(wd, after)
                                || setting_then_participle(wd, after)
                                || setting_then_apposition(wd, after))
                    };
                    // "<content>, an official told Reuters, speaking on
                    // condition of anonymity": a short object of "told" is
                    // the audience, and the content is the clause before
                    // the speaker.
                    let told_audience = (cue.phrase.starts_with("told")
                        || cue.phrase.starts_with("tell"))
                    .then(|| {
                        let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
                        // The comma may close a quote ("“…,” Lee, an aide,
                        // told AFP."): the quote is the content.
                        let pre = text[ss..sp_start].trim_end();
                        let pre = pre
                            .strip_suffix(',')
                            .or_else(|| pre.strip_suffix(['"', '\u{201d}'])?.strip_suffix(','))?;
                        let stop = after.find([',', ';', '"']).unwrap_or(after.len());
                        let object = after[..stop].trim_end_matches(['.', '!', '?']);
                        let (oa, ob) = trim(text, h.end, h.end + object.len());
                        // Before a comma up to three words; at the end one
                        // word or a name ("told reporters.", "told the
                        // Associated Press."), not a bare clause ("told
                        // aides Iran lied.").
                        let words: Vec<&str> = text[oa..ob].split_space().collect();
                        let short = oa < ob
                            && words.len() <= 3
                            && (stop < after.len()
                                || words.len() == 1
                                || words[1..].iter().all(|w| w.starts_with(char::is_uppercase)));
                        // "told Starner that “…”": the quote after "that"
                        // stopped the object, which then ends in "that".
                        let clause = text[oa..ob].ends_with(" that")
                            || (oa..ob).any(|p| {
                                text[p..ob].starts_with(" that ")
                                    || sh.iter().any(|&j| hits[j].start == p)
                            });
                        // What the comma sets off is a clause, not an
                        // opening phrase ("In Washington, Biden told aides
                        // Iran lied") nor a described subject ("In Kharkiv,
                        // the commander, a colonel, told reporters."). A
                        // described speaker after a clause of its own
                        // ("The delegations held talks, the first since
                        // 2022, the head of the delegation, aide Ivan Roe,
                        // told journalists.") is the postposed attribution.
                        let opening = pre.split(',').next().unwrap_or("");
                        let opening_is_clause = opening
                            .split_space()
                            .next()
                            .is_some_and(|w| wd.exact(w) & words::OPENING_PREPOSITION == 0)
                            && !noun_object(wd, opening);
                        let preposed = pre.split_whitespace().count() >= 4
                            && (opening_is_clause || !ctx.described_subject_before(ss, cue_start))
                            && !relative_clause_subject(wd, pre);
                        (short && !clause && preposed).then_some((ss + pre.len(), oa, ob))
                    })
                    .flatten();
                    if let Some((pre_end, oa, ob)) = told_audience {
                        let (a, b) = trim(text, ss, pre_end);
                        if a < b {
                            drafts.push(Draft {
                                audience: Some(text[oa..ob].to_string()),
                                ..Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b))
                            });
                        }
                        continue;
                    }
                    // "As the Post reported, …", "But as Lee noted last week,
                    // …": a conformative "as" clause before the main clause,
                    // which is what was reported.
                    let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
                    if let Some(content) = conformative_as_content(
                        wd,
                        text,
                        ss,
                        sp_start,
                        (h.start, h.end),
                        content_end,
                    ) {
                        drafts.push(Draft::from_cue(speaker, cue, (cue_start, h.end), content));
                        continue;
                    }
                    // "said, however, that …", "said, among other things,
                    // that …": a short aside set off by commas between the
                    // cue and its that-clause; the clause is read below.
                    // "It's worth noting, though, that …" is the writer's
                    // aside, no one's claim.
                    let writers_aside = speaker.text.as_deref().is_some_and(|t| {
                        wd.of(t.split_space().next().unwrap_or("")) & words::EXPLETIVE_SUBJECT != 0
                    });
                    let aside_then_that = after
                        .strip_prefix(", ")
                        .and_then(|r| r.find(", that ").map(|p| &r[..p]))
                        .is_some_and(|aside| {
                            aside.split_space().count() <= 4
                                && !aside.contains(['"', ',', ';', ':', '(', '\u{201c}'])
                        })
                        && !writers_aside;
                    // "Rubio says, win or lose in Tuesday's primary, he is
                    // staying": a short aside, then a clause without "that".
                    // Not when the speaker follows a comma-closed clause
                    // ("The talks failed, officials said, though, it …"),
                    // whose content stands before the cue.
                    let aside_then_clause = (!aside_then_that
                        && !writers_aside
                        && !text[ss..sp_start].trim_end().ends_with(','))
                    .then(|| aside_then_bare_clause(wd, after))
                    .flatten();
                    if empty_after_cue(wd, after)
                        || (after.starts_with(',')
                            && !aside_then_that
                            && aside_then_clause.is_none())
                        || setting_only()
                    {
                        // "<claim>, an accusation Tehran rejected": the noun
                        // stands for the claim before the comma, and the
                        // speaker is what follows the noun.
                        if let Some((sp2, comma)) = speaker
                            .span
                            .as_ref()
                            .and_then(|sp| reported_noun_speaker(&ctx, ss, sp.start, sp.end))
                        {
                            let prev = drafts[first_draft..]
                                .iter_mut()
                                .rev()
                                .find(|d| d.content.0 < comma && d.content.1 >= comma);
                            let content = match prev {
                                Some(p) => {
                                    p.content = trim(text, p.content.0, comma);
                                    p.content
                                }
                                None => trim(text, ss, comma),
                            };
                            if content.0 < content.1 {
                                drafts.push(Draft::from_cue(sp2, cue, (cue_start, h.end), content));
                            }
                            continue;
                        }
                        // "<content>, officials said Wednesday."
                        let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
                        let pre = text[ss..sp_start].trim_end();
                        if let Some(pre) = pre.strip_suffix(',') {
                            let (a, b) = trim(text, ss, ss + pre.len());
                            if a < b {
                                // "…, the Times reported, citing two officials."
                                let via = sh
                                    .iter()
                                    .map(|&j| hits[j])
                                    .find(|x| {
                                        ((after.starts_with(',') && x.start <= h.end + 3)
                                            || relay_after_setting(wd, text, h.end, x.start))
                                            && x.start > h.end
                                            && x.end <= content_end
                                            && lex.cues[x.cue].kind == CueKind::Relay
                                    })
                                    .and_then(|x| {
                                        // "citing the BBC, Reuters and AFP":
                                        // one via per name of a list.
                                        let (ca, cb) = trim(text, x.end, content_end);
                                        let (ca, cb) = trim(
                                            text,
                                            ca,
                                            ca + text[ca..cb]
                                                .trim_end_matches(['.', '!', '?'])
                                                .len(),
                                        );
                                        ctx.cited_list(ca, cb, ViaRole::Relay).or_else(|| {
                                            ctx.speaker_after(x.end, content_end).map(|sp| {
                                                vec![Via::from_speaker(&sp, ViaRole::Relay)]
                                            })
                                        })
                                    });
                                drafts.push(Draft {
                                    via: via.unwrap_or_default(),
                                    ..Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b))
                                });
                            }
                        }
                        continue;
                    }
                    // "warned about …", "argued against …": the preposition
                    // joins the cue, unless a that-clause follows, which is
                    // then what was said and the preposition opens an
                    // adverbial ("reported for the first time that …").
                    // A cue ending in a setting takes no particle after it.
                    // "has said about 4,700 soldiers were killed": an
                    // `approximator` before a number rounds the content's
                    // count, no particle of the cue.
                    let rounds_number = |r: &str| {
                        let mut ws = r.split_space();
                        let (w, next) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
                        wd.exact(w) & words::APPROXIMATOR != 0
                            && (next.starts_with(|c: char| c.is_ascii_digit())
                                || wd.exact(next) & words::NUMBER_WORD != 0)
                    };
                    let particle = text[h.end..content_end]
                        .strip_prefix(' ')
                        .filter(|_| cue.setting == 0)
                        .filter(|r| !rounds_number(r))
                        .and_then(|r| r.split_space().next())
                        .filter(|w| wd.exact(w) & words::CUE_PARTICLE != 0);
                    // "two tankers accused of smuggling fuel", "has been
                    // accused of fraud": a verb whose object comes before
                    // "of" ("accused Iran of") is a passive participle right
                    // before it, and its subject is the accused, no speaker.
                    if particle == Some("of")
                        && wd.exact(&text[h.start..h.end]) & words::OBJECT_BEFORE_OF != 0
                    {
                        continue;
                    }
                    let cue_end = particle
                        .map(|w| h.end + 1 + w.len())
                        .filter(|&end| thats.first_in(end, content_end).is_none())
                        .unwrap_or(h.end);
                    let mut cs = aside_then_clause.map_or(cue_end, |at| h.end + at);
                    let mut audience = None;
                    let rest = &text[cs..content_end];
                    let lower = rest;
                    // "rejected that demand, saying …", "denied that.": a
                    // demonstrative "that" right after the cue points back
                    // to what was said before; its object holds no new
                    // content, so the cue makes no claim here.
                    if anaphoric_object(wd, lower) {
                        continue;
                    }
                    // "that" opens this cue's content only when no other
                    // speech verb comes first ("said X and noted that …").
                    let that = if cue.clausal {
                        // Its own clause: "that" right after the verb or its
                        // object pronoun; a wh-clause has none.
                        if cue.phrase == "that" {
                            thats
                                .first_in(cs, content_end)
                                .filter(|&t| lower[..t].split_space().count() <= 2)
                        } else {
                            None
                        }
                    } else {
                        thats.first_in(cs, content_end)
                    }
                    .filter(|&t| {
                        // "said in a speech posted online that …": the
                        // setting's participle is no cue.
                        let setting_participle = |x: &Hit| {
                            cue.names_setting()
                                && x.start == cs + 1
                                && text[x.start..x.end].ends_with("ed")
                        };
                        let verb_between = sh.iter().map(|&j| hits[j]).any(|x| {
                            x.start > cs
                                && x.start < cs + t
                                && lex.cues[x.cue].kind == CueKind::Verb
                                && !setting_participle(&x)
                        });
                        // "condemned the exercises as a provocation that
                        // threatened regional peace": a relative "that"
                        // after the object opens no reported clause.
                        let relative =
                            t > 0 && opens_subject_relative(wd, &lower[t + " that".len()..]);
                        // "said the agency could not assure that …": the
                        // "that" is the inner verb's (not for an audience:
                        // "told reporters gathered outside that …").
                        let verb = cue_word.split_space().next().unwrap_or("");
                        let addressed = words::ADDRESSEE_VERB | words::AUDIENCE_VERB;
                        let inner_clause =
                            wd.exact(verb) & addressed == 0 && clause_before_that(wd, &lower[..t]);
                        !verb_between
                            && !inner_clause
                            && !coordinated_that(wd, &lower[..t])
                            && !relative_after_apposition(wd, &lower[..t])
                            && !relative
                            && !expletive_frame(wd, &lower[..t])
                    });
                    // "denied reports in American media that …": what a
                    // denial rejects is the that-clause of the report noun.
                    let reported = cue.stance == Stance::Deny
                        && lower
                            .split_whitespace()
                            .take(2)
                            .any(|w| wd.exact(w) & words::REPORT_NOUN != 0);
                    // "promised to respond if NATO deployed troops",
                    // "offered to lift sanctions unless …": a commitment
                    // under a condition states what would happen, reported
                    // speech, where the bare "promised to hold elections"
                    // is the act. The condition opens within the
                    // infinitive's clause, before any punctuation. Only a
                    // past form: "a quid pro quo promise to drop …" is a
                    // noun.
                    let conditional_commitment = cue.clause_only
                        && cue.stance == Stance::Assert
                        && cue_word.ends_with("ed")
                        && lower.starts_with(" to ")
                        && lower
                            .split_space()
                            .take(CONDITION_WITHIN_WORDS)
                            .take_while(|w| !w.ends_with([',', ';', ':', '.']))
                            .any(|w| wd.exact(w) & words::CONDITION != 0);
                    let mut took_that = false;
                    let mut relay = None;
                    if let Some(that) = that {
                        if that > 0
                            && (cue.phrase.starts_with("told") || cue.phrase.starts_with("tell"))
                        {
                            let (a, b) = trim(text, cs, cs + that);
                            if a < b {
                                audience = Some(text[a..b].to_string());
                            }
                        }
                        // "told tens of thousands of protesters gathered
                        // outside parliament that …": a long audience with
                        // no punctuation is still the object before the clause.
                        let long_audience = audience.is_some()
                            && that < 120
                            && !lower[..that].contains([',', ';', ':', '"']);
                        // "said in his resignation letter to President
                        // Ram Chandra Poudel that …": a long setting before
                        // the "that" is where it was said, no content.
                        let long_setting = || {
                            that < 120 && {
                                let gap = lower[..that].trim();
                                setting_phrases(wd, gap) || setting_to_destination(wd, gap)
                            }
                        };
                        if that < 40 || (reported && that < 160) || long_audience || long_setting()
                        {
                            // "said in a statement carried by KCNA that …":
                            // the medium that carried the words relays them.
                            relay = carried_by(wd, &lower[..that]).and_then(|(a, b)| {
                                ctx.speaker_after(cs + a, cs + b)
                                    .map(|sp| Via::from_speaker(&sp, ViaRole::Relay))
                            });
                            cs += that + 6;
                            took_that = true;
                        }
                    } else if lower.starts_with(" to ")
                        && cue.stance == Stance::Assert
                        && !cue.infinitive
                        && !conditional_commitment
                    {
                        continue;
                    } else if wd.exact(&text[h.start..h.end]) & words::ASPECT_VERB != 0
                        && sh.iter().map(|&j| hits[j]).any(|x| {
                            x.start == h.end + 1
                                && text[x.start..x.end].ends_with("ing")
                                && lex.cues[x.cue].kind == CueKind::Verb
                        })
                    {
                        // "continued saying that …": the aspect verb joins the
                        // -ing cue's claim, as "continued to say" does.
                        continue;
                    }
                    // "had told Washington they did not want …", "told
                    // reporters he would stay": without "that", a short
                    // object followed by a subject pronoun is the audience,
                    // and the pronoun opens the reported clause.
                    if !took_that
                        && audience.is_none()
                        && lower.starts_with(' ')
                        && wd.exact(cue_word) & words::AUDIENCE_VERB != 0
                    {
                        let mut offset = 0;
                        for (n, w) in lower.split_space().enumerate().skip(1).take(5) {
                            // Words are split at single spaces after a
                            // leading one: `cs + offset` ends word `w`.
                            offset += 1 + w.len();
                            // "told the man what she did", "telling
                            // contradiction was": no noun phrase object.
                            let ends_object = wd.exact(w)
                                & (words::NP_STOP | words::RELATIVE | words::SUBORDINATOR)
                                != 0
                                || lower_in(wd, w, words::WH_OPENER);
                            if ends_object || w.ends_with([',', ';', ':', '.', '"']) {
                                break;
                            }
                            let next_start = (cs + offset + 1).min(content_end);
                            let next = text[next_start..content_end]
                                .split_space()
                                .next()
                                .unwrap_or("");
                            // "told parliament the suspects had fled": a
                            // determiner, a short subject and a finite verb
                            // open the clause as a pronoun does.
                            let lower_next = next.starts_with(|c: char| c.is_ascii_lowercase());
                            // "told African-Americans this weekend he
                            // would …": a determiner before a time word opens
                            // a time phrase, read as part of the object.
                            let subject_clause = || {
                                if wd.exact(next) & words::DETERMINER == 0 {
                                    return false;
                                }
                                let after_next = text[next_start..content_end]
                                    .split_space()
                                    .nth(1)
                                    .unwrap_or("");
                                wd.exact(after_next) & words::TIME_WORD == 0
                                    && opens_bare_clause(
                                        wd,
                                        &text[next_start..content_end],
                                        Stance::Assert,
                                        4,
                                        true,
                                    )
                            };
                            if n >= 1
                                && lower_next
                                && (wd.exact(next) & words::PRONOUN != 0 || subject_clause())
                            {
                                let (a, b) = trim(text, cs, cs + offset);
                                if a < b {
                                    audience = Some(text[a..b].to_string());
                                    cs = next_start;
                                }
                                break;
                            }
                        }
                    }
                    // "had never sought nuclear weapons": an intent verb with
                    // a noun object reports no speech.
                    // The that-clause must open right after the cue, and a
                    // to-infinitive may follow a short object ("wants the
                    // council to vote").
                    // Asked only of an `only-to` cue: splitting the words
                    // after every other cue was most of this check's cost.
                    let infinitive = || lower.split_whitespace().take(5).any(|w| w == "to");
                    let that_now = that == Some(0);
                    // "Christie hopes his endorsement will give him a
                    // boost", "Bivens hopes Clinton and other Democrats do
                    // not make the same mistake": a `clause_intent` verb
                    // takes a finite clause without "that" too, its subject
                    // up to five words long.
                    let intent_clause = || {
                        let verb = text[h.start..h.end].split_space().next_back().unwrap_or("");
                        wd.exact(verb) & words::CLAUSE_INTENT != 0
                            && opens_bare_clause(wd, lower, cue.stance, 6, true)
                    };
                    let complement_fits =
                        || (took_that && that_now) || infinitive() || intent_clause();
                    if cue.infinitive_only && !complement_fits() {
                        continue;
                    }
                    // "conceded defeat", "conceded the race": yielding a
                    // contest is an act; "conceded the situation is
                    // regrettable" reports a clause.
                    // "Somaliland, which declared independence in 1991",
                    // "declared a state of emergency": declaring a state of
                    // affairs is an act too.
                    let cue_word = text[h.start..h.end].split_space().next_back().unwrap_or("");
                    let verb_class = wd.exact(cue_word);
                    if !took_that
                        && ((verb_class & words::CONCESSION_VERB != 0
                            && outcome_object(wd, lower, words::OUTCOME_NOUN))
                            || (verb_class & words::DECLARING_VERB != 0
                                && outcome_object(wd, lower, words::DECLARED_STATE)))
                    {
                        continue;
                    }
                    // "agreed that …", "ruled on Tuesday that …", "rejected
                    // reports that …", "dismissed the allegations": a clause
                    // or what others said; "agreed to extend the truce",
                    // "has not ruled out talks", "rejected the proposal" are
                    // acts.
                    // "The judge dismissed the charges", "the court rejected
                    // the appeal": a ruling on a case, no denial; "the court
                    // rejected claims that the vote was rigged" keeps its
                    // clause, and "the court dismissed allegations of vote
                    // rigging" (a report noun that names no case) denies
                    // what others said.
                    let reported_object = || {
                        lower.split_whitespace().take(3).any(|w| {
                            let c =
                                wd.exact(w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
                            c & words::REPORT_NOUN != 0 && c & words::CASE_NOUN == 0
                        })
                    };
                    let legal_ruling = cue.stance == Stance::Deny
                        && that.is_none()
                        && speaker.span.as_ref().is_some_and(|sp| {
                            let last = text[sp.start..sp.end]
                                .split_space()
                                .next_back()
                                .unwrap_or("");
                            wd.of(last) & words::LEGAL_BODY != 0
                        })
                        && !reported_object();
                    if legal_ruling {
                        continue;
                    }
                    if cue.clause_only {
                        let mut object = lower.split_whitespace();
                        let first = object.next().unwrap_or("");
                        let dated = took_that
                            && (wd.exact(first) & words::TIME_WORD != 0
                                || matches!(first, "on" | "in" | "at" | "during"));
                        let bare_clause = opens_bare_clause(wd, lower, cue.stance, 4, false);
                        // "dismissed the idea that …", "rejected Lee's
                        // accusations that …": what others said, then its
                        // clause; "dismissed the charges as baseless": a
                        // denial that says what the thing is.
                        // "rejected the accusation.", "dismissed the
                        // allegations, saying …": a bare report noun is what
                        // others said too (its punctuation trimmed; this
                        // covers `reported`, the first two words untrimmed).
                        let bare_report = || {
                            lower.split_whitespace().take(3).any(|w| {
                                let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                                wd.exact(w) & words::REPORT_NOUN != 0
                            })
                        };
                        let said_by_others = cue.stance == Stance::Deny
                            && (bare_report()
                                || that.is_some_and(|t| {
                                    t < 60
                                        && lower[..t]
                                            .split_space()
                                            .next_back()
                                            .is_some_and(|w| wd.exact(w) & words::REPORT_NOUN != 0)
                                })
                                || object.take(7).any(|w| w == "as"));
                        let clause_now = took_that && that_now;
                        // "A poll found Lee leading by seven points": what
                        // a study finds is its claim, a noun object too.
                        let study_finding = !first.is_empty()
                            && wd.exact(cue_word) & words::FINDING_VERB != 0
                            && speaker.span.as_ref().is_some_and(|sp| {
                                let head = phrase_head(wd, &text[sp.start..sp.end]);
                                wd.of(head) & words::FINDING_SOURCE != 0
                            });
                        if !(clause_now
                            || dated
                            || bare_clause
                            || said_by_others
                            || conditional_commitment
                            || study_finding)
                        {
                            continue;
                        }
                    }
                    // The content ends where the speaker goes on to another
                    // speech act ("… and noted that …", "…, but lamented …")
                    // or a contrast opens (", while only 49 percent …").
                    let next_act = sh
                        .iter()
                        .map(|&j| hits[j])
                        .filter(|x| x.start > cs && x.start < content_end)
                        // A verb found by its clause may have no speaker and
                        // make no claim ("… and could reduce that number if
                        // it improves"): it ends no content.
                        .filter(|x| {
                            lex.cues[x.cue].kind == CueKind::Verb && !lex.cues[x.cue].clausal
                        })
                        .find_map(|x| {
                            let s0 = extend_cue_left(wd, text, cs, x.start);
                            let pre = text[cs..s0].trim_end();
                            // "…, saying …": a participle after a comma.
                            if lex.cues[x.cue].phrase.ends_with("ing") && pre.ends_with(',') {
                                return Some(cs + pre.len() - 1);
                            }
                            ["and", "but"]
                                .iter()
                                .find_map(|c| {
                                    pre.strip_suffix(c)
                                        .filter(|p| p.ends_with(' '))
                                        .map(|p| cs + p.trim_end().len())
                                })
                                .or_else(|| second_speaker_clause(wd, pre).map(|p| cs + p))
                                .or_else(|| conceding_or_next_clause(wd, pre).map(|p| cs + p))
                        });
                    // "…, remarks that were widely read as …": a report
                    // noun set off after the content, with a relative clause.
                    let remarks = sh
                        .iter()
                        .map(|&j| hits[j])
                        .filter(|x| x.start > cs && x.start < content_end)
                        .find_map(|x| {
                            (lex.cues[x.cue].kind == CueKind::Noun).then_some(())?;
                            summing_report_noun(wd, text, cs, x.start, x.end)
                        });
                    let contrast =
                        scan::find_str(&text[cs..content_end], ", while ").map(|p| cs + p);
                    // "accused the opposition of stoking unrest after protests
                    // spread": what is alleged is the phrase after "of"; a
                    // subordinate clause after it is the narrator's setting.
                    // "accused Israel of violating the truce when it bombed
                    // Rafah": after "when", "as" or "while" a clause whose
                    // subject is the accused (a pronoun, the accused or its
                    // own forces) is the act alleged, not the narrator's.
                    let setting = (wd.exact(&text[h.start..h.end]) & words::OBJECT_BEFORE_OF != 0)
                        .then(|| scan::find_str(&text[cs..content_end], " of "))
                        .flatten()
                        .and_then(|of| {
                            let from = cs + of + " of ".len();
                            let (oa, ob) = ctx.mention_range(cs, from);
                            let accused: Vec<&str> = ctx.mentions[oa..ob]
                                .iter()
                                .filter(|m| m.end <= from)
                                .map(|m| ctx.actors.actors[m.actor].id.as_str())
                                .collect();
                            let by_accused = |clause_start: usize| {
                                let subject = words_in(text, clause_start, content_end);
                                let first = subject.first().map_or("", |&(a, b)| &text[a..b]);
                                if wd.exact(first) & words::THIRD_PERSON != 0 {
                                    return true;
                                }
                                // "when Ukrainian troops shelled", "as the
                                // Israeli army advanced": a mention among the
                                // subject's first two words.
                                let Some(&(_, second_end)) = subject.get(1).or(subject.first())
                                else {
                                    return false;
                                };
                                let (ma, mb) = ctx.mention_range(clause_start, second_end);
                                ctx.mentions[ma..mb].iter().any(|m| {
                                    let actor = &ctx.actors.actors[m.actor];
                                    accused.iter().any(|&id| {
                                        actor.id.starts_with(id)
                                            || actor.country.as_deref() == Some(id)
                                    })
                                })
                            };
                            words_in(text, from, content_end)
                                .into_iter()
                                .find_map(|(ws, we)| {
                                    let clause = &text[we..content_end];
                                    let alleged_act = || {
                                        wd.exact(&text[ws..we]) & words::TEMPORAL_CONJUNCTION != 0
                                            && by_accused(we)
                                    };
                                    // "after protests spread": an irregular past
                                    // of an action verb among its first words.
                                    let action_past = || {
                                        clause
                                            .split_space()
                                            .skip(1)
                                            .take(4)
                                            .take_while(|w| !w.ends_with([',', ';', '.']))
                                            .any(|w| wd.exact(w) & words::ACTION_PAST != 0)
                                    };
                                    (ws > from
                                        && wd.exact(&text[ws..we]) & words::SUBORDINATOR != 0
                                        && (opens_finite_clause(wd, clause) || action_past())
                                        && !alleged_act())
                                    .then_some(ws)
                                })
                        });
                    // "Bolsonaro, who denies wrongdoing, said …": a cue in a
                    // relative clause set off by commas says only what comes
                    // before the comma closing that clause.
                    let relative_close = speaker
                        .span
                        .as_ref()
                        .filter(|sp| {
                            wd.exact(&text[sp.start..sp.end]) & words::RELATIVE != 0
                                && text[ss..sp.start].trim_end().ends_with(',')
                        })
                        .and_then(|_| scan::find_str(&text[cs..content_end], ", "))
                        .map(|p| cs + p);
                    // "The NUG, which opposes the junta, accused …": a
                    // relative clause with a present-tense position verb
                    // (`position_verb`) and a noun object describes the
                    // speaker's standing position, no words
                    // it reported (a denial keeps its claim: "who denies
                    // any wrongdoing").
                    let standing_position = relative_close.is_some_and(|close| {
                        cue.stance == Stance::Assert
                            && !took_that
                            && wd.exact(cue_word.split_space().next().unwrap_or(""))
                                & words::POSITION_VERB
                                != 0
                            && noun_object(wd, &text[cs..close])
                    });
                    if standing_position {
                        continue;
                    }
                    // "criticised the ruling and imposed tariffs": a noun
                    // object, then a second verb of the subject's that is an
                    // act of its own, not part of what was said.
                    let coordinated_act = (!took_that)
                        .then(|| coordinated_verb(wd, text, cs, content_end))
                        .flatten();
                    // "criticised Madrid, threatening to …": the
                    // participle is the subject's next act.
                    let participle_next = (!took_that)
                        .then(|| participle_act(wd, text, cs, content_end))
                        .flatten();
                    // "declared Maduro the winner, a result rejected by the
                    // opposition": an appositive summing up the content is
                    // the narrator's.
                    let summary = summing_appositive(wd, &text[cs..content_end]).map(|p| cs + p);
                    let other_clause =
                        coordinated_clause(wd, &text[cs..content_end]).map(|p| cs + p);
                    let dated = trailing_time_adjunct(wd, &text[cs..content_end]).map(|p| cs + p);
                    let next_own_act = pronoun_act_clause(wd, &text[cs..content_end], |at| {
                        sh.iter().any(|&j| {
                            hits[j].start == cs + at && lex.cues[hits[j].cue].kind == CueKind::Verb
                        })
                    })
                    .map(|p| cs + p);
                    let aside = disputing_aside(wd, &text[cs..content_end]);
                    let disputed = aside.as_ref().map(|x| cs + x.at);
                    let end = [
                        next_act,
                        remarks,
                        contrast,
                        setting,
                        relative_close,
                        coordinated_act,
                        participle_next,
                        summary,
                        other_clause,
                        dated,
                        next_own_act,
                        disputed,
                    ]
                    .into_iter()
                    .flatten()
                    .min()
                    .unwrap_or(content_end);
                    let (mut a, b) = trim(text, cs, end);
                    // "…," she said on X.': a setting alone ("on X", "in a
                    // post on Telegram") is where it was said, not what.
                    if a >= b || (!took_that && setting_phrases(wd, &text[a..b])) {
                        continue;
                    }
                    // "said on Monday it had decided to dissolve": a time
                    // phrase before a clause with no "that" is when it was
                    // said, no part of what.
                    if !took_that {
                        if let Some(clause) = time_before_clause(wd, &text[a..b]) {
                            a += clause;
                        }
                    }
                    // "Kigali was defending itself against threats": a
                    // reflexive object names the subject again; the verb
                    // reports no words ("told himself that …" is addressed).
                    // A predicate after the reflexive ("calls himself a
                    // socialist", "described herself as …") is a
                    // self-description, which is a claim.
                    let mut object = text[a..b].split_space();
                    let reflexive_object = !took_that
                        && object
                            .next()
                            .is_some_and(|w| wd.exact(w) & words::REFLEXIVE != 0)
                        && object
                            .next()
                            .is_none_or(|w| w != "as" && wd.exact(w) & words::NP_STOP != 0)
                        && !text[a..b].contains(" as ")
                        && !text[a..b].contains(" to be ")
                        && wd.exact(cue_word.split_space().next().unwrap_or(""))
                            & (words::ADDRESSEE_VERB | words::AUDIENCE_VERB)
                            == 0;
                    if reflexive_object {
                        continue;
                    }
                    // ", which Paris denied": the disputing party's denial
                    // of what the claim says, when its verb is a deny cue.
                    if let Some(x) = aside.filter(|x| !x.reported && disputed == Some(end)) {
                        let (vs, ve) = (cs + x.verb.0, cs + x.verb.1);
                        let denial = hits[hits_from(vs)..]
                            .iter()
                            .take_while(|g| g.start <= vs)
                            .find(|g| g.start == vs && g.end == ve)
                            .map(|g| &lex.cues[g.cue])
                            .filter(|k| k.kind == CueKind::Verb && k.stance == Stance::Deny);
                        if let Some(k) = denial {
                            let denier = ctx.speaker_from_np(cs + x.subject.0, cs + x.subject.1);
                            let lead = extend_cue_left(wd, text, cs + x.subject.1, vs);
                            drafts.push(Draft::from_cue(denier, k, (lead, ve), (a, b)));
                        }
                    }
                    drafts.push(Draft {
                        audience,
                        via: relay.into_iter().collect(),
                        ..Draft::from_cue(speaker, cue, (cue_start, cue_end), (a, b))
                    });
                }
                CueKind::Noun => {
                    // "The minister dismissed reports that …": the report
                    // noun is the denial's object; its clause is the
                    // denial's content, not a claim of unknown reporters.
                    let denied_object = drafts[first_draft..].iter().any(|d| {
                        d.stance == Stance::Deny
                            && d.cue.1 <= h.start
                            && d.content.0 >= h.end
                            && text[d.cue.1..h.start].split_whitespace().count() <= 2
                    });
                    // "saying in a statement that …": the noun is the
                    // setting of the verb before it, whose claim already
                    // holds the clause after the noun.
                    let verb_setting = drafts[first_draft..].iter().any(|d| {
                        let between = &text[d.cue.1.min(h.start)..h.start];
                        d.cue.1 <= h.start
                            && d.content.0 >= h.end
                            && between.split_whitespace().next() == Some("in")
                            && between.split_whitespace().count() <= 3
                    });
                    if denied_object
                        || verb_setting
                        || summing_report_noun(wd, text, ss, h.start, h.end).is_some()
                    {
                        continue;
                    }
                    let (a, b, speaker) = if cue.phrase.ends_with(" of") {
                        // "denials of <content> by <speaker>"
                        let rest = &text[h.end..content_end];
                        let by = scan::find_str(rest, " by ").map(|p| h.end + p);
                        let cend = by.unwrap_or(content_end);
                        let sp = by.and_then(|p| ctx.speaker_after(p + 4, content_end));
                        let (a, b) = trim(text, h.end, cend);
                        (a, b, sp.or_else(|| ctx.speaker_before(ss, h.start)))
                    } else {
                        // "a joint statement that …": the words right before
                        // a nominal cue that start with a determiner and name
                        // no one ("a joint", "the written") modify the noun.
                        let modifier = |sp: &Speaker| {
                            sp.span.as_ref().is_some_and(|p| {
                                let phrase = &text[p.start..p.end];
                                text[p.end..h.start].trim().is_empty()
                                    && phrase
                                        .split_space()
                                        .next()
                                        .is_some_and(|w| wd.exact(w) & words::DETERMINER != 0)
                                    && !phrase
                                        .split_space()
                                        .skip(1)
                                        .any(|w| w.starts_with(|c: char| c.is_uppercase()))
                            })
                        };
                        // "The campaign issued a statement saying …": the
                        // verb that puts the text out opens the cue, and its
                        // subject is the speaker.
                        let issued_at = issue_verb_before(wd, text, ss, h.start);
                        let speaker_end = issued_at.unwrap_or(h.start);
                        // "…, Bessent told Fox News, warning that …", "Officials
                        // urged restraint, warning that …": a cue opened by a
                        // participle after a comma or dash is that participle
                        // (the lexicon needs the "that" to tell it from the
                        // noun), and speaks for the sentence's claim before it
                        // or, failing one, for the clause's subject.
                        let participle = cue
                            .phrase
                            .split(' ')
                            .next()
                            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                            && text[ss..h.start].trim_end().ends_with([',', '—']);
                        let sp = participle
                            .then(|| {
                                previous_speaker(&drafts, ss, h.start)
                                    .or_else(|| ctx.clause_subject(ss, h.start))
                            })
                            .flatten();
                        let sp = sp.or_else(|| {
                            ctx.speaker_before(ss, speaker_end)
                                .filter(|sp| issued_at.is_some() || !modifier(sp))
                        });
                        let sp = sp.or_else(|| {
                            let pre = text[ss..h.start]
                                .trim_end_matches(' ')
                                .trim_end_matches("'s");
                            let end = ss + pre.len();
                            ctx.mention_ending_in(ss, end)
                                .filter(|&m| actors.mentions[m].end == end)
                                .map(|m| ctx.speaker_from_mention(m))
                        });
                        let (a, b) = trim(text, h.end, content_end);
                        (a, b, sp)
                    };
                    if a >= b {
                        continue;
                    }
                    // "could not give assurances that …", "would offer
                    // guarantees that …": the word before the noun is a verb
                    // after an auxiliary, modal or negator, no speaker; the
                    // noun is its object, and what a modal or negated verb
                    // would give is asserted by no one.
                    let verb_before_noun = speaker
                        .as_ref()
                        .and_then(|sp| sp.span.as_ref())
                        .is_some_and(|p| {
                            let w = &text[p.start..p.end];
                            p.end <= h.start
                                && text[p.end..h.start].trim().is_empty()
                                && is_lower_word(w)
                                && wd.exact(w)
                                    & (words::SPEAKER_NOUN
                                        | words::ROLE_HEAD
                                        | words::SPEAKER_HEAD
                                        | words::DETERMINER
                                        | words::PRONOUN
                                        | words::RELATIVE)
                                    == 0
                                && word_before(text.as_bytes(), ss, p.start).is_some_and(
                                    |(x, y)| {
                                        is_lower_word(&text[x..y])
                                            && wd.exact(&text[x..y]) & words::CUE_LEAD != 0
                                    },
                                )
                        });
                    if verb_before_noun {
                        continue;
                    }
                    // "Trump's claim that …": the lexicon needs the "that"
                    // to tell the noun from a verb, but the cue is the noun.
                    let cue_end = if cue.phrase.ends_with(" that") {
                        h.end - " that".len()
                    } else {
                        h.end
                    };
                    let cue_start = if cue.phrase.ends_with(" of") {
                        h.start
                    } else {
                        issue_verb_before(wd, text, ss, h.start).unwrap_or(h.start)
                    };
                    drafts.push(Draft::from_cue(
                        speaker.unwrap_or_else(unknown_speaker),
                        cue,
                        (cue_start, cue_end),
                        (a, b),
                    ));
                }
                // "Citing a statement from the navy, state television
                // said …": a fronted relay participle names who carried the
                // main clause's claim.
                CueKind::Relay
                    if cue.phrase.ends_with("ing") && text[ss..h.start].trim().is_empty() =>
                {
                    if let Some((a, b, verb_start)) =
                        fronted_citation(&ctx, lex, &sh, &hits, h.end, content_end)
                    {
                        relayed_to_later.push((ctx.cited_vias(a, b, ViaRole::Relay), verb_start));
                    }
                }
                // "…,” McCain said, citing slow growth." / "The Journal,
                // citing internal documents, reported …": a relay participle
                // after a comma is the speaker's own claim of what they
                // cite (besides any reporting chain it belongs to).
                CueKind::Relay
                    if cue.phrase.ends_with("ing")
                        && text[ss..h.start].trim_end().ends_with(',') =>
                {
                    // "The claim was first published by the Times, citing …":
                    // a reporting chain already holds what is cited.
                    let in_chain = sh.iter().map(|&j| hits[j]).any(|x| {
                        x.start < h.start
                            && matches!(
                                lex.cues[x.cue].kind,
                                CueKind::First | CueKind::Relay | CueKind::According
                            )
                    });
                    if in_chain {
                        continue;
                    }
                    // What is cited ends before the sentence's next verb or
                    // that-clause after a comma ("…, reported that …").
                    let rest = &text[h.end..content_end];
                    let later_verb = sh
                        .iter()
                        .map(|&j| hits[j])
                        .filter(|x| x.start > h.end && x.start < content_end)
                        .filter(|x| lex.cues[x.cue].kind == CueKind::Verb)
                        .find_map(|x| {
                            text[h.end..x.start]
                                .rfind(',')
                                .map(|p| (h.end + p, x.start))
                        });
                    let next_verb = later_verb.map(|(comma, _)| comma);
                    let previous = previous_speaker(&drafts, ss, h.start);
                    let participle_comma = ss + text[ss..h.start].trim_end().len() - 1;
                    let subject = ctx.clause_subject(ss, h.start);
                    // "The Ledger, citing documents, reported": the subject
                    // alone before the participle is the one who cites.
                    let subject_alone = subject
                        .as_ref()
                        .and_then(|sp| sp.span.as_ref())
                        .is_some_and(|sp| text[sp.end..participle_comma].trim().is_empty());
                    // "Militias fired drones at a base, citing unnamed
                    // officials, Reuters reported": after a whole clause the
                    // reporter after the participle cites, not the doer of
                    // the clause's act.
                    // "Reuters, citing three sources familiar with the
                    // matter, reported that …": the people cited between the
                    // subject and its speech verb are that claim's reporting
                    // chain, no claim of their own.
                    if let (None, Some((comma, verb_start)), true) =
                        (&previous, later_verb, subject_alone)
                    {
                        let (a, b) = trim(text, h.end, comma);
                        if a < b && ctx.cites_people(&ctx.speaker_from_np(a, b), true) {
                            relayed_to_later
                                .push((ctx.cited_vias(a, b, ViaRole::Relay), verb_start));
                            continue;
                        }
                    }
                    if let (None, Some((comma, verb_start)), false) =
                        (&previous, later_verb, subject_alone)
                    {
                        let (a, b) = trim(text, h.end, comma);
                        let cited = (a < b).then(|| ctx.speaker_from_np(a, b));
                        cited_by_later.push((participle_comma, cited, verb_start));
                        continue;
                    }
                    // "The army shelled the town overnight, citing unnamed
                    // officials.": with no speech verb in the sentence, the
                    // people cited after a whole clause are the source of
                    // that clause, not what its doer cites ("…, citing
                    // security concerns" stays the doer's claim).
                    if previous.is_none() && !subject_alone && later_verb.is_none() {
                        let (a, b) = trim(text, h.end, content_end);
                        let cited = (a < b).then(|| ctx.speaker_from_np(a, b));
                        // The cited phrase names people when an actor ends
                        // it ("citing the BBC") or its head noun, the last
                        // word before a post-modifier, is a speaker's ("two
                        // diplomats familiar with the matter"; "the safety of
                        // its workers" is a reason).
                        let names_people =
                            cited.as_ref().is_some_and(|sp| ctx.cites_people(sp, false));
                        let (ca, cb) = trim(text, subject_start(wd, text, ss), participle_comma);
                        if let (true, Some(sp)) = (names_people && ca < cb, cited) {
                            drafts.push(Draft::from_cue(sp, cue, (h.start, h.end), (ca, cb)));
                            continue;
                        }
                    }
                    let Some(speaker) = previous.or(subject) else {
                        continue;
                    };
                    let that = [", that ", ", and ", ", but "]
                        .iter()
                        .filter_map(|w| scan::find_str(rest, w))
                        .min()
                        .map(|p| h.end + p);
                    let end = [next_verb, that]
                        .into_iter()
                        .flatten()
                        .min()
                        .unwrap_or(content_end);
                    let (a, b) = trim(text, h.end, end);
                    // Who is cited as a claim's source ("reported, citing
                    // unnamed officials, that …") is that claim's reporting
                    // chain already; what else is cited (reasons, figures,
                    // documents) is the speaker's own claim.
                    let relayed = drafts[first_draft..].iter().any(|d| {
                        d.via.iter().any(|v| {
                            v.role == ViaRole::Relay && text[a..b].contains(v.text.as_str())
                        })
                    });
                    if a < b && !relayed {
                        drafts.push(Draft::from_cue(speaker, cue, (h.start, h.end), (a, b)));
                    }
                }
                CueKind::Impersonal => {
                    // "seemed to suggest": the speech verb's claim, with the
                    // subject as its speaker, takes this cue in.
                    let speech_follows = sh.iter().map(|&j| hits[j]).any(|x| {
                        x.start == h.end + " to ".len() && lex.cues[x.cue].kind == CueKind::Verb
                    });
                    if speech_follows {
                        continue;
                    }
                    if let Some(d) = impersonal_claim(&ctx, cue, h, ss, content_end) {
                        drafts.push(d);
                    }
                }
                _ => {}
            }
        }
        for (vias, verb_start) in relayed_to_later {
            let reporter = drafts[first_draft..]
                .iter_mut()
                .find(|d| d.cue.0 <= verb_start && verb_start < d.cue.1);
            if let Some(d) = reporter {
                d.via.extend(vias);
            }
        }
        for (participle_comma, cited, verb_start) in cited_by_later {
            let reporter = drafts[first_draft..].iter_mut().find(|d| {
                d.cue.0 <= verb_start
                    && verb_start < d.cue.1
                    && d.content.0 < participle_comma
                    && participle_comma < d.content.1
            });
            if let Some(d) = reporter {
                let (a, b) = trim(text, d.content.0, participle_comma);
                if a < b {
                    d.content = (a, b);
                }
                if let Some(sp) = cited {
                    d.via.push(Via::from_speaker(&sp, ViaRole::Relay));
                }
            }
        }
        // "The ministry said 12 people died, Reuters reported.": a claim
        // whose content runs over a later cue that reports the whole
        // clause before it ends where that reported clause ends.
        for i in first_draft..drafts.len() {
            let outer = (drafts[i].content, drafts[i].cue);
            let (content, cue) = outer;
            if cue.0 < content.1 {
                continue;
            }
            // "Xi told Trump that …, Chinese state media reported": the
            // outlet carried the named speaker's words first.
            let outlet = media_speaker(&ctx, &drafts[i].speaker)
                .then(|| Via::from_speaker(&drafts[i].speaker, ViaRole::First));
            for d in &mut drafts[first_draft..] {
                let nested = content.0 <= d.cue.0
                    && d.cue.1 <= content.1
                    && d.content.0 < content.1
                    && d.content.1 > cue.0;
                if nested {
                    let (a, b) = trim(text, d.content.0, content.1);
                    if a < b {
                        d.content = (a, b);
                    }
                }
                let carried =
                    content.0 <= d.cue.0 && d.cue.1 <= content.1 && d.content.1 <= content.1;
                if let Some(v) = outlet.as_ref().filter(|_| carried && d.via.is_empty()) {
                    if d.speaker.actor.is_some() && d.speaker.actor != v.actor {
                        d.via.push(v.clone());
                    }
                }
            }
        }
        // Reporting chain after "according to".
        if let Some(ai) = according {
            let h = hits[ai];
            let mut via = Vec::new();
            let chain_at = sh
                .iter()
                .map(|&j| hits[j])
                .find(|x| {
                    x.start > h.start
                        && matches!(lex.cues[x.cue].kind, CueKind::First | CueKind::Relay)
                })
                .map_or(se, |x| x.start);
            // "According to analysts, Bank of America will cut …": opening
            // the sentence, the source ends at its comma; what follows is
            // the content, however much it reads like an appositive.
            let opens_sentence = {
                let (a, b) = trim(text, ss, h.start);
                a >= b
            };
            let chain_at = match text[h.end..chain_at].find(',') {
                Some(c) if opens_sentence || according_inside => h.end + c,
                _ => chain_at,
            };
            let mut first_source = according_source(wd, text, h.end, chain_at)
                .map(|(s0, e0)| ctx.speaker_from_np(s0, e0))
                .or_else(|| ctx.speaker_after(h.end, se));
            for &j in sh.iter().filter(|&&j| hits[j].start > h.start) {
                let k = lex.cues[hits[j].cue].kind;
                let role = match k {
                    CueKind::First => ViaRole::First,
                    CueKind::Relay => ViaRole::Relay,
                    _ => continue,
                };
                if let Some(sp) = ctx.speaker_after(hits[j].end, se) {
                    via.push(Via::from_speaker(&sp, role));
                    if role == ViaRole::First {
                        first_source = None;
                    }
                }
            }
            if let Some(src) = &first_source {
                if via.is_empty() {
                    via.push(Via::from_speaker(src, ViaRole::AccordingTo));
                }
            }
            if drafts.len() > first_draft {
                for d in &mut drafts[first_draft..] {
                    d.via.extend(via.iter().cloned());
                }
            } else if let Some(k) = attributed_before_according(wd, text, &drafts, ss, h.start) {
                // "“…,” Xi said, according to Xinhua": the quote's claim,
                // made before the sentence's cues were read, is the one
                // "according to" carries.
                drafts[k].via.extend(via);
            } else {
                let (mut a, mut b) = trim(text, ss, h.start);
                if a >= b {
                    // "According to the report, Iran has moved missiles …".
                    let src_end = first_source
                        .as_ref()
                        .and_then(|sp| sp.span.as_ref())
                        .map_or(h.end, |sp| sp.end);
                    if let Some(comma) = text[src_end..se].find(',') {
                        (a, b) = trim(text, src_end + comma + 1, se);
                    }
                }
                if a < b {
                    let speaker = first_source.unwrap_or_else(unknown_speaker);
                    let via = via
                        .into_iter()
                        .filter(|v| v.role != ViaRole::AccordingTo)
                        .collect();
                    drafts.push(Draft {
                        speaker,
                        cue: (h.start, h.end),
                        content: (a, b),
                        stance: Stance::Assert,
                        hedged: false,
                        audience: None,
                        via,
                    });
                }
            }
        }
    }

    // "Zarif: Iran will not negotiate" (headlines), "Trump on Twitter: …"
    // and "ARAGHCHI: We will …" (transcripts): a speaker opening a
    // paragraph, a colon, and what that speaker says. On real pages most
    // "Words: …" lines are labels, headings, list items and specs ("Pro
    // tip:", "DEAR ABBY:", "Portion Fix Containers: 1 Green"), so the words
    // before the colon must name a speaker ([`colon_speaker`]). The text
    // layer found the lines ([`sitrep_text::turn_label`]); a questioner's
    // turn ("Q:", "REPORTER:") is nobody's claim, and an answer under "A:"
    // names no speaker.
    let transcript_names = recurring_caps_names(text, &layer.turns);
    // A document with a questioner's turn or a speaker's name in capitals
    // opening two turns is a transcript: a name in capitals of two words or
    // more opening one turn there is one more speaker ("SARFRAZ BUGTI:"
    // after the recurring "LT GEN AHMED SHARIF CHAUDHRY:").
    let transcript =
        !transcript_names.is_empty() || layer.turns.iter().any(|t| t.role == TurnRole::Questioner);
    // The texts of the turns made claims of, for the first-person cues
    // inside them.
    let mut turn_texts: Vec<(usize, usize)> = Vec::new();
    for turn in &layer.turns {
        if turn.role != TurnRole::Named {
            continue;
        }
        let (line_start, colon, line_end) = (turn.name, turn.colon, turn.end);
        let rest = trim(text, colon + 1, line_end);
        if rest.0 >= rest.1 || text[rest.0..rest.1].split_space().count() < 4 {
            continue;
        }
        if drafts.iter().any(|d| d.cue.0 <= colon && colon < d.cue.1) {
            continue;
        }
        let quoted = text[colon + 1..rest.1]
            .trim_start()
            .starts_with(['"', '\'']);
        // "Foreign Secretary, Shri Vikram Misri:": a role and an honorific
        // before the name (the layer's shape) say the label is a person's.
        let titled = turn.name > turn.label;
        let speaker = if titled {
            Some(ctx.speaker_from_np(line_start, colon))
        } else {
            colon_speaker(
                &ctx,
                &drafts,
                line_start,
                colon,
                quoted,
                &transcript_names,
                transcript,
            )
        };
        if let Some(speaker) = speaker {
            turn_texts.push(rest);
            drafts.push(Draft {
                speaker,
                cue: (colon, colon + 1),
                content: rest,
                stance: Stance::Assert,
                hedged: false,
                audience: None,
                via: Vec::new(),
            });
        }
    }

    // "“…” — Sonya Herridge": a paragraph that is one quote, then a dash and
    // the name of who said it (readers' voices, pull quotes, epigraphs).
    for &(qs, qe) in &quotes {
        if let Some(draft) = dash_signed_quote(&ctx, &drafts, qs, qe) {
            drafts.push(draft);
        }
    }

    // "You may want to …", "one could argue …": a modal cue whose speaker is
    // the generic "you" or "one" gives advice or a possibility, not a claim.
    let modal_led = |d: &Draft| {
        text[d.cue.0..d.cue.1]
            .split_space()
            .next()
            .is_some_and(|w| wd.exact(w) & words::MODAL != 0)
    };
    // "Officials, who declined to be named, said …": declining or asking
    // not to be named gives the reason a source is anonymous, no claim.
    let anonymity_reason = |d: &Draft| {
        let content = &text[d.content.0..d.content.1];
        let rest = content.strip_prefix("not ").unwrap_or(content);
        rest.strip_prefix("to be ").is_some_and(|r| {
            r.split([' ', ','])
                .next()
                .is_some_and(|w| wd.exact(w) & words::ANONYMITY != 0)
        })
    };
    let generic_modal = |d: &Draft| {
        modal_led(d)
            && d.speaker.text.as_deref().is_some_and(|t| {
                wd.exact(in_document(text, d.speaker.span.as_ref(), t)) & words::GENERIC_PRONOUN
                    != 0
            })
    };
    // "An earlier version of this article said …": a correction note
    // about the text itself, no one's claim.
    // "The story has been corrected to say that X, not Y, welcomed …": the
    // note's own sentence states what the text now says; a cue inside it
    // is the story's, no one's claim.
    let corrected_story = |d: &Draft| {
        let lo = d.content.0.min(d.cue.0);
        let ss = layer
            .sentence_at(lo)
            .map_or(lo, |i| layer.sentences[i].start.min(lo));
        let before: Vec<&str> = text[ss..d.cue.0].split_space().collect();
        before
            .windows(3)
            .any(|w| w[0] == "been" && lower_in(wd, w[1], words::CORRECTION_VERB) && w[2] == "to")
    };
    let correction_note = |d: &Draft| {
        corrected_story(d)
            || d.speaker.text.as_deref().is_some_and(|t| {
                let head = phrase_head(wd, in_document(text, d.speaker.span.as_ref(), t));
                lower_in(wd, head, words::TEXT_VERSION)
            })
    };
    // "PRESIDENT X: Good morning. I want to inform you that …", "… but I
    // believe dialogue is the best path": a first-person cue inside a named
    // turn is the turn holder's own words, part of the turn's claim, as a
    // cue inside a direct quote is (PolNeAR marks none of those: 0 of 270
    // "I believe / think / want" inside quotes in train).
    let first_person_in_turn = |d: &Draft| {
        matches!(d.speaker.text.as_deref(), Some("I" | "we" | "We"))
            && turn_texts
                .iter()
                .any(|&(a, b)| a <= d.cue.0 && d.cue.1 <= b)
    };
    drafts.retain(|d| {
        !anonymity_reason(d) && !generic_modal(d) && !correction_note(d) && !first_person_in_turn(d)
    });
    let nested = nested_acts(&ctx, &drafts);
    let stance = nested_stances(&ctx, &drafts);
    let mut index = 0;
    drafts.retain(|_| {
        index += 1;
        !nested[index - 1] && !stance[index - 1]
    });
    for d in &mut drafts {
        if role_state_from_own_content(&ctx, d) {
            d.speaker.actor = None;
        }
        // "* KAZAKHSTAN TO JOIN …, TRUMP SAYS": a list mark opening the
        // line is no part of what was said.
        d.content.0 = past_list_mark(text, d.content.0, d.content.1);
        // "(He said he would attend.)": the bracket closing the sentence
        // is no part of what was said when the content opens none.
        let (a, b) = d.content;
        let content = &text[a..b];
        if content.ends_with(')') && content.matches('(').count() < content.matches(')').count() {
            let (a2, b2) = trim(text, a, b - 1);
            if a2 < b2 {
                d.content = (a2, b2);
            }
        }
    }
    // Hedging: a hedge word in the content, or an anonymous/source speaker.
    // The drafts come mostly in text order (the quotes', then the
    // sentences'): a cursor per position kind walks the hits forward.
    let (mut content_cursor, mut cue_cursor, mut anon_cursor) = (
        HitCursor::default(),
        HitCursor::default(),
        HitCursor::default(),
    );
    for d in &mut drafts {
        let anon_lo = d.speaker.span.as_ref().map_or(d.cue.0, |s| s.start);
        let in_content = content_cursor.first_from(&hits, d.content.0);
        let hedge_in = hits[in_content..]
            .iter()
            .take_while(|h| h.start < d.content.1)
            .any(|h| {
                lex.cues[h.cue].kind == CueKind::Hedge
                    && !text[h.start..h.end].starts_with(|c: char| c.is_uppercase())
                    && h.start >= d.content.0
                    && h.end <= d.content.1
            });
        // "could argue", "may say": a hedge word leading the cue.
        let hedge_lead = hits[cue_cursor.first_from(&hits, d.cue.0)..]
            .iter()
            .take_while(|h| h.end <= d.cue.1)
            .any(|h| lex.cues[h.cue].kind == CueKind::Hedge);
        let anon = d
            .speaker
            .text
            .as_deref()
            .is_some_and(|t| contains_ignore_ascii_case(t, "source"))
            || hits[anon_cursor.first_from(&hits, anon_lo)..]
                .iter()
                .take_while(|h| h.start < d.content.1 + 80)
                .any(|h| {
                    lex.cues[h.cue].phrase == "condition of anonymity"
                        && h.start >= d.speaker.span.as_ref().map_or(d.cue.0, |s| s.start)
                        && h.start < d.content.1 + 80
                });
        d.hedged |= hedge_in || hedge_lead || anon;
        // "'The people did not vote for them. These numbers were
        // fabricated,' she told supporters": a direct quote's own negations
        // and refutation words are what the speaker asserts; only the cue
        // ("denied", "dismissed") makes a quote a denial.
        let direct_quote = text[..d.content.0].ends_with(['"', '\'', '\u{201c}', '\u{2018}']);
        let refutes = !direct_quote
            && hits[in_content..]
                .iter()
                .take_while(|h| h.start < d.content.1)
                .any(|h| lex.cues[h.cue].kind == CueKind::Refutation);
        if refutes {
            d.stance = Stance::Deny;
        }
    }
    drafts.sort_by_key(|d| (d.content.0.min(d.cue.0), d.cue.0));
    representative_pronouns(&ctx, &mut drafts);
    body_pronouns(&ctx, &mut drafts);
    outlet_vias(&ctx, &mut drafts);
    drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| ClaimRecord {
            id: sitrep_record::numbered_id('c', i + 1),
            speaker: without_relative_clause(wd, text, d.speaker),
            cue: Span::of(text, d.cue.0, d.cue.1),
            content: Span::of(text, d.content.0, d.content.1),
            stance: d.stance,
            hedged: d.hedged,
            audience: d.audience,
            via: d.via,
        })
        .collect()
}

/// "A Hamas official told the Qatari channel Al Jazeera that …", "…, he
/// said in an interview with Fox Business Network", "speaking to Reuters":
/// an outlet the speaker spoke to ([`outlet_addressed`]) carried the claim,
/// a `relay` via (the document cites the outlet's interview; the audience
/// stays as the verb made it). The claim is one whose attribution holds the
/// outlet: between the sentence's start and a content after the cue, or
/// after a content before the cue ("X said Y had told Reuters that …"
/// gives the via to Y's claim, whose attribution holds the outlet, not to
/// X's, whose content does).
fn outlet_vias(ctx: &Ctx, drafts: &mut [Draft]) {
    let sentence_of = |p: usize| {
        let i = ctx.sentences.partition_point(|s| s.end <= p);
        ctx.sentences
            .get(i)
            .filter(|s| s.start <= p)
            .map(|s| (s.start, s.end))
    };
    for (mi, m) in ctx.mentions.iter().enumerate() {
        // A named outlet or journalist; a state's media in general ("told
        // U.S. media", "told state television") is the audience only, as
        // the contract's example reads it.
        let a = &ctx.actors.actors[m.actor];
        let named = a.kind == ActorKind::Media
            || (a.sector.as_deref() == Some("MED") && a.kind != ActorKind::Country);
        if !named {
            continue;
        }
        let Some((s0, s1)) = sentence_of(m.start) else {
            continue;
        };
        if !outlet_addressed(ctx.words, ctx.text, s0, m.start) {
            continue;
        }
        let mut via = None;
        for d in drafts.iter_mut() {
            if d.cue.0 < s0 || d.cue.0 >= s1 {
                continue;
            }
            let region = if d.content.0 >= d.cue.1 {
                (s0, d.content.0)
            } else {
                (d.content.1, s1)
            };
            let in_content = d.content.0 <= m.start && m.end <= d.content.1;
            let holds = region.0 <= m.start && m.end <= region.1 && !in_content;
            let own = d.speaker.actor.as_deref() == Some(a.id.as_str())
                || d.via
                    .iter()
                    .any(|v| v.actor.as_deref() == Some(a.id.as_str()));
            if holds && !own {
                let v = via.get_or_insert_with(|| {
                    Via::from_speaker(&ctx.speaker_from_mention(mi), ViaRole::Relay)
                });
                d.via.push(v.clone());
            }
        }
    }
}

/// Whether the outlet named at `at` (in the sentence from `lo`) is who the
/// speaker spoke to: the object of an `audience_verb` ("told Reuters",
/// "telling the BBC") or of "to" / "with" after an `outlet_contact` word
/// ("in an interview with Fox Business", "speaking to the Qatari channel
/// Al Jazeera"), past up to four words that describe the outlet
/// ("the Qatari channel", "state broadcaster").
fn outlet_addressed(wd: &DocWords, text: &str, lo: usize, at: usize) -> bool {
    const DESCRIBING_MAX_WORDS: usize = 4;
    let bytes = text.as_bytes();
    let mut end = at;
    for _ in 0..=DESCRIBING_MAX_WORDS {
        let Some((a, b)) = word_before(bytes, lo, end) else {
            return false;
        };
        end = a;
        let w = &text[a..b];
        if w.ends_with([',', ';', ':', '.', '"']) {
            return false;
        }
        let c = wd.exact(w);
        if c & words::AUDIENCE_VERB != 0 {
            return true;
        }
        if matches!(w, "to" | "with") {
            return word_before(bytes, lo, a)
                .is_some_and(|(x, y)| wd.exact(&text[x..y]) & words::OUTLET_CONTACT != 0);
        }
        let describes = c & words::DETERMINER != 0
            || w.starts_with(|ch: char| ch.is_uppercase())
            || (is_lower_word(w) && c & (words::NP_STOP | words::PRONOUN | words::CUE_LEAD) == 0);
        if !describes {
            return false;
        }
    }
    false
}

/// "The representative of the United States said …. She said …": a "he" or
/// "she" speaker the person mentions left unresolved, whose claim follows
/// one by a role phrase (its head a lower-case `role_head` that is no
/// `speaker_noun`: "The representative of X", "the ambassador of X"; not
/// "officials") that stands for a state or
/// body, in the same or the sentence before, with no person named between,
/// is that role holder; the pronoun takes the role phrase's actor. Drafts
/// are in text order.
fn representative_pronouns(ctx: &Ctx, drafts: &mut [Draft]) {
    let (text, wd) = (ctx.text, ctx.words);
    let sentence_of = |p: usize| ctx.sentences.partition_point(|s| s.end <= p);
    for i in 1..drafts.len() {
        let Some(span) = drafts[i].speaker.span.as_ref() else {
            continue;
        };
        let pronoun = &text[span.start..span.end];
        // A subject pronoun of the third person ("it" is also an object
        // pronoun, and a body's, which the actor pass resolves).
        let c = wd.exact(pronoun);
        let personal = c & words::PRONOUN != 0
            && c & words::THIRD_PERSON != 0
            && c & words::OBJECT_PRONOUN == 0;
        if drafts[i].speaker.actor.is_some() || !personal {
            continue;
        }
        let at = span.start;
        let prev = &drafts[i - 1];
        let (Some(actor), Some(pspan)) = (prev.speaker.actor.as_ref(), prev.speaker.span.as_ref())
        else {
            continue;
        };
        let phrase = &text[pspan.start..pspan.end];
        let head = phrase_head(wd, phrase);
        // A role held by one person ("representative", "ambassador"); not a
        // group noun of anonymous speakers ("officials said. He said …").
        let role = is_lower_word(head)
            && wd.exact(head) & words::ROLE_HEAD != 0
            && wd.exact(head) & words::SPEAKER_NOUN == 0;
        let of_body = ctx
            .actors
            .actors
            .iter()
            .find(|a| &a.id == actor)
            .is_some_and(|a| a.kind != ActorKind::Person);
        let near = pspan.end <= at && sentence_of(at) <= sentence_of(pspan.end) + 1;
        let (ma, mb) = ctx.mention_range(pspan.end, at);
        let person_between = ctx.mentions[ma..mb]
            .iter()
            .any(|m| ctx.actors.actors[m.actor].kind == ActorKind::Person);
        if role && of_body && near && !person_between {
            drafts[i].speaker.actor = Some(actor.clone());
        }
    }
}

/// "The coast guard said … . It blamed …", "The ministry condemned the
/// actions, which it said …": an "it" speaker right after a claim whose
/// speaker is a body (no person, no place), in the same or the next
/// sentence, is that body. The mention resolver gives "it" the nearest
/// non-person mention, which is often an object of the claim before ("…
/// intruded into waters near China's shoal. It blamed" → China); the
/// subject of the claim just told is the likelier antecedent. Drafts are
/// in text order.
fn body_pronouns(ctx: &Ctx, drafts: &mut [Draft]) {
    let sentence_of = |p: usize| ctx.sentences.partition_point(|s| s.end <= p);
    for i in 1..drafts.len() {
        let Some(span) = drafts[i].speaker.span.as_ref() else {
            continue;
        };
        if !ctx.text[span.start..span.end].eq_ignore_ascii_case("it") {
            continue;
        }
        let at = span.start;
        // The last claim told before, not one nested in another claim's
        // content ("Fidan said that OPEC had threatened …. It …": the
        // minister's claim, not OPEC's inside it).
        let nested = |d: &Draft| {
            d.speaker.span.as_ref().is_some_and(|sp| {
                drafts[..i]
                    .iter()
                    .any(|o| o.content.0 <= sp.start && sp.start < o.content.1)
            })
        };
        let Some(prev) = drafts[..i].iter().rev().find(|d| !nested(d)) else {
            continue;
        };
        let (Some(actor), Some(pspan)) = (prev.speaker.actor.as_ref(), prev.speaker.span.as_ref())
        else {
            continue;
        };
        let body = ctx
            .actors
            .actors
            .iter()
            .find(|a| &a.id == actor)
            .is_some_and(|a| !matches!(a.kind, ActorKind::Person | ActorKind::Place));
        // "Israeli officials warned …. It said": people are no "it", even
        // when their phrase names a body.
        let head = phrase_head(ctx.words, &ctx.text[pspan.start..pspan.end]);
        // ("Officials in Beirut said": a speaker noun opening the sentence.)
        let plural = head.ends_with('s')
            && !head.ends_with("ss")
            && (is_lower_word(head) || ctx.words.is(head, words::SPEAKER_NOUN));
        // Before its own cue ("welcomed it" has no speaker "it"); opening
        // (or closing) its sentence right after the claim's, or in that claim's
        // sentence ("…, which it said …"). A mid-sentence "it" of a later
        // sentence has that sentence's subject before it ("Iran has fired
        // missiles …, in what it called retaliation").
        let (own, theirs) = (sentence_of(at), sentence_of(pspan.end));
        let opens_sentence = ctx
            .sentences
            .get(own)
            .is_some_and(|s| s.start <= at && ctx.text[s.start..at].trim().is_empty());
        // "…, it said.": a postposed "it" after the content speaks for the
        // whole sentence, as one opening it does.
        let postposed = drafts[i].content.1 <= at;
        let near = pspan.end <= at
            && at < drafts[i].cue.0
            && (own == theirs || (own == theirs + 1 && (opens_sentence || postposed)));
        if body && !plural && near {
            drafts[i].speaker.actor = Some(actor.clone());
        }
    }
}

/// The claim of a written-out passive of a plain speech verb `h` followed by
/// "by" ("The meeting was first reported by Politico", "Trump has been
/// criticized by some of his rivals for …"): the agent after "by" is the
/// speaker and the subject before the cue is what was said. `None` for a
/// reduced passive ("a ceasefire announced by Trump", an event's noun, not
/// a report), a relative subject ("which was reported by") and verbs whose
/// content must be a clause ("rejected by 64 percent": an act, no speech).
fn passive_agent_claim(
    ctx: &Ctx,
    cue: &Cue,
    h: Hit,
    ss: usize,
    content_end: usize,
) -> Option<Draft> {
    let (text, wd) = (ctx.text, ctx.words);
    if cue.clause_only || cue.infinitive_only || cue.clausal || cue.stance != Stance::Assert {
        return None;
    }
    let cue_start = extend_cue_left(wd, text, ss, h.start);
    let passive = text[cue_start..h.start]
        .split_whitespace()
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
    if !passive {
        return None;
    }
    let subject = np_before(wd, text, ss, cue_start)?;
    if wd.exact(&text[subject.0..subject.1]) & (words::RELATIVE | words::PRONOUN) != 0 {
        return None;
    }
    // "accused by US officials of plotting …", "criticized by rivals for
    // failing …": a preposition before a gerund ends the agent.
    let agent_from = h.end + " by".len();
    let words = words_in(text, agent_from, content_end);
    let agent_end = words
        .windows(2)
        .skip(1)
        .find(|p| {
            let c = wd.exact(&text[p[0].0..p[0].1]);
            c & (words::NP_STOP | words::NOT_BEFORE_CUE) != 0
                && c & words::DETERMINER == 0
                && text[p[1].0..p[1].1].ends_with("ing")
        })
        .map_or(content_end, |p| p[0].0);
    let speaker = ctx.speaker_after(agent_from, agent_end)?;
    speaker.text.as_ref()?;
    Some(Draft::from_cue(speaker, cue, (cue_start, h.end), subject))
}

/// The content of a verb cue `h` (its lead from `cue_start`, in the sentence
/// starting at `ss`) that is the passive of an `addressee_verb`, or `None`
/// when it is not one. The passive is written out ("Lee was asked whether
/// …", "who had been told to leave": a `passive_aux` in the cue's lead or
/// right before it) or reduced, opening its clause at the sentence start or
/// after a subordinator ("Asked about the vote, she …", "when asked if …").
/// A reduced passive is an adverbial clause: its content ends at the first
/// comma, where the main clause begins. "“Why?” asked Lee" (after a comma)
/// and "Lee asked whether" are active and stay the asker's claims. An
/// `audience_verb` before a to-infinitive ("were told to leave") is an
/// order, no claim, unless the cue takes an infinitive.
fn addressed_passive_content(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
    h: Hit,
    content_end: usize,
    cue_takes_infinitive: bool,
) -> Option<(usize, usize)> {
    let verb = text[h.start..h.end].split_space().next()?;
    let classes = wd.exact(verb);
    if classes & words::ADDRESSEE_VERB == 0 {
        return None;
    }
    // "Nurses were told to report to work": an order to an audience is
    // no report of speech (a cue without a `to` complement); "Lee was asked
    // to name one achievement" is the question put to Lee.
    if classes & words::AUDIENCE_VERB != 0
        && !cue_takes_infinitive
        && text[h.end..content_end].starts_with(" to ")
    {
        return None;
    }
    let head = text[ss..cue_start].trim_end();
    let before = head.split_space().next_back().unwrap_or("");
    let written_out = text[cue_start..h.start]
        .split_whitespace()
        .chain(std::iter::once(before))
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
    if written_out {
        let (a, b) = trim(text, h.end, content_end);
        let rest = &text[a..b];
        // "had been informed of the strike", "was told of the plan":
        // what was heard is a noun, no reported clause (an empty content
        // makes no claim).
        if rest.starts_with("of ") {
            return Some((a, a));
        }
        // "was informed that …": the complementizer is no part of it.
        return Some(match rest.strip_prefix("that ") {
            Some(clause) => trim(text, b - clause.len(), b),
            None => (a, b),
        });
    }
    let opens_clause = cue_start == h.start
        && (head.is_empty() || (!before.is_empty() && wd.exact(before) & words::SUBORDINATOR != 0));
    if !opens_clause {
        return None;
    }
    let end = text[h.end..content_end]
        .find(',')
        .map_or(content_end, |p| h.end + p);
    Some(trim(text, h.end, end))
}

/// The speaker-less claim of an impersonal cue `h` ("seems", "is expected")
/// in the sentence starting at `ss`, its clause ending at `content_end`.
/// "It seems that …" asserts the that-clause. Otherwise the cue needs a
/// subject right before it (a noun phrase, or "who" / "which" of a relative
/// clause), and the content is that subject with the rest of the clause
/// ("Lee … to win"). With complement `to` the cue must be followed by a
/// to-infinitive ("appeared to end his bid"; not "appeared on television").
fn impersonal_claim(ctx: &Ctx, cue: &Cue, h: Hit, ss: usize, content_end: usize) -> Option<Draft> {
    let (text, wd) = (ctx.text, ctx.words);
    let after = &text[h.end..content_end];
    // "may once have seemed", "is widely expected": auxiliaries and adverbs
    // before the cue belong to it.
    let cue_start = extend_cue_left(wd, text, ss, h.start);
    let head = text[ss..cue_start].trim_end();
    let subject_word = head.split_space().next_back().unwrap_or("");
    let content = if subject_word.eq_ignore_ascii_case("it") && after.starts_with(" that ") {
        trim(text, h.end + " that ".len(), content_end)
    } else {
        if cue.infinitive && !after.starts_with(" to ") {
            return None;
        }
        // A relative clause ("…, which appears to be spreading, …") ends
        // at its comma.
        if wd.exact(subject_word) & words::RELATIVE != 0 {
            let end = after.find(',').map_or(content_end, |p| h.end + p);
            trim(text, ss + head.len() - subject_word.len(), end)
        } else {
            let subject = np_before(wd, text, ss, cue_start)?.0;
            if cue.infinitive {
                // "The council is expected to vote on Friday": what is
                // expected is the infinitive's clause; the cue is never part
                // of its own content.
                trim(text, h.end + " to ".len(), content_end)
            } else {
                trim(text, subject, content_end)
            }
        }
    };
    (content.0 < content.1)
        .then(|| Draft::from_cue(unknown_speaker(), cue, (cue_start, h.end), content))
}

/// The claim of a paragraph that is only the quote `qs..qe` followed by a
/// dash and a name ("“…” — Edwin G. Monroy."): the dash is the cue, the
/// name of one to four capitalized words or initials the speaker. A
/// paragraph that goes on after the quote before the dash ("Rajoy said he
/// will "try …" —Kim Hjelmgaard", a byline) is none.
fn dash_signed_quote(ctx: &Ctx, drafts: &[Draft], qs: usize, qe: usize) -> Option<Draft> {
    let (text, wd) = (ctx.text, ctx.words);
    let (mo, mc) = (open_mark(text, qs), close_mark(text, qe));
    let line_start = text[..mo].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..mo].trim().is_empty() {
        return None;
    }
    let line_end = text[mc..].find('\n').map_or(text.len(), |p| mc + p);
    let after = &text[mc..line_end];
    let dash = mc + after.find('—').filter(|&p| after[..p].trim().is_empty())?;
    let name = trim(text, dash + '—'.len_utf8(), line_end);
    let name = (name.0, name.1 - usize::from(text[..name.1].ends_with('.')));
    let words: Vec<&str> = text[name.0..name.1].split_space().collect();
    let name_like = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
                && !is_np_stop(wd, w)
                && wd.exact(w) & (words::DETERMINER | words::LABEL) == 0
        });
    let content = trim(text, qs, qe);
    if !name_like
        || text[content.0..content.1].split_space().count() < 4
        || drafts.iter().any(|d| d.cue.0 < line_end && d.cue.1 > mo)
    {
        return None;
    }
    Some(Draft {
        speaker: ctx.speaker_from_np(name.0, name.1),
        cue: (dash, dash + '—'.len_utf8()),
        content,
        stance: Stance::Assert,
        hedged: false,
        audience: None,
        via: Vec::new(),
    })
}

/// The capitalized names that open two or more paragraphs before a colon:
/// the speakers of a transcript ("WALLACE: …" … "WALLACE: …").
fn recurring_caps_names(text: &str, turns: &[sitrep_text::TurnLabel]) -> Vec<String> {
    let mut names: Vec<&str> = turns
        .iter()
        .filter(|t| t.caps)
        .map(|t| &text[t.label..t.colon])
        .collect();
    names.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    for pair in names.windows(2) {
        if pair[0] == pair[1] && out.last().map(String::as_str) != Some(pair[0]) {
            out.push(pair[0].to_string());
        }
    }
    out
}

/// The speaker of a "Name: …" paragraph (`line_start..colon` is the
/// name), or `None` when the name is a label, heading or list item. The
/// name must be one of:
///
/// - an actor mention of a person, organization, armed group, IGO, media
///   outlet or group, alone or with titles before it and a short
///   prepositional tail after it ("Trump on Twitter", `colon_tail` words in
///   `claims-words.tsv`); a country or place is the topic of a headline
///   ("Syria: …") or a dateline ("NEW DELHI: …"), not a speaker;
/// - a role noun phrase ("The spokesman", "Foreign ministry official");
/// - a name in capitals that opens two or more paragraphs (a transcript),
///   or of two words or more in a transcript (`transcript`: a questioner's
///   turn or such a recurring name in the document);
/// - an unknown name, every word capitalized, when the name's last word
///   speaks elsewhere in the document ("Caddell said …"), or, of two words
///   or more, when what follows is a quote.
///
/// A first word of the `label` class ("Update", "Dear", "Q") rules the
/// line out; "The", "A" (labels that are determiners: "The Latest:") only
/// open a role noun phrase or a mention.
/// Whether the words between a cue and a following "that" end in an
/// apposition ("praised Hamas, the group that attacked …"): then "that"
/// opens a relative clause on the apposition's noun, not the cue's content.
fn relative_after_apposition(wd: &DocWords, gap: &str) -> bool {
    let Some(comma) = gap.rfind(',') else {
        return false;
    };
    let tail: Vec<&str> = gap[comma + 1..].split_whitespace().collect();
    (2..=4).contains(&tail.len())
        && wd.exact(&tail[0].to_lowercase()) & words::DETERMINER != 0
        && tail[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

fn colon_speaker(
    ctx: &Ctx,
    drafts: &[Draft],
    line_start: usize,
    colon: usize,
    quoted: bool,
    transcript_names: &[String],
    transcript: bool,
) -> Option<Speaker> {
    let (text, wd) = (ctx.text, ctx.words);
    let name = &text[line_start..colon];
    let words: Vec<&str> = name.split_space().collect();
    // A label word that is no determiner ("Update", "Dear"; not "The").
    let label = |w: &str| {
        let c = wd.exact(w);
        c & words::LABEL != 0 && c & words::DETERMINER == 0
    };
    if label(words[0]) {
        return None;
    }
    let caps = sitrep_text::is_caps_label(name);
    // An actor mention, with titles before it and a short tail after it.
    let (a, b) = ctx.mention_range(line_start, colon);
    for m in ctx.mentions[a..b].iter().filter(|m| m.end <= colon) {
        let lead = &text[line_start..m.start];
        let lead_ok = lead
            .split_space()
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_np_stop(wd, w));
        let tail = text[m.end..colon].trim();
        let tail_words: Vec<&str> = tail.split_space().filter(|w| !w.is_empty()).collect();
        let tail_ok = tail.is_empty()
            || (text[m.end..].starts_with(' ')
                && tail_words.len() <= 4
                && wd.exact(tail_words[0]) & words::COLON_TAIL != 0);
        if !(lead_ok && tail_ok) {
            continue;
        }
        let kind = ctx.actors.actors[m.actor].kind;
        if matches!(kind, ActorKind::Country | ActorKind::Place) {
            return None;
        }
        return Some(ctx.speaker_from_np(line_start, m.end));
    }
    let plain = words
        .iter()
        .all(|w| !is_np_stop(wd, w) && !w.ends_with("ing"));
    if !plain {
        return None;
    }
    // A role noun phrase: "The spokesman", "Senior officials".
    let last = words[words.len() - 1];
    if wd.of(last) & words::ROLE_HEAD != 0 && wd.of(last) & words::LABEL == 0 {
        return Some(ctx.speaker_from_np(line_start, colon));
    }
    // "The Latest: …": a determiner opening anything but a role phrase.
    if wd.exact(words[0]) & words::LABEL != 0 {
        return None;
    }
    if caps {
        return (transcript_names.iter().any(|n| n == name) || (transcript && words.len() >= 2))
            .then(|| ctx.speaker_from_np(line_start, colon));
    }
    // An unknown name: "Pat Caddell: 'Voters are worried …'".
    let name_like = words.len() <= 4
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && wd.exact(w) & words::DETERMINER == 0
        });
    if !name_like {
        return None;
    }
    let surname = last.trim_end_matches('.');
    let speaks_elsewhere = drafts.iter().any(|d| {
        d.cue.1 - d.cue.0 > 1
            && d.speaker
                .text
                .as_deref()
                .and_then(|t| t.split([' ', ',']).rfind(|w| !w.is_empty()))
                // "PENCE: …" in a transcript speaks for the headline's "Pence: …".
                .is_some_and(|w| w.trim_end_matches("'s").eq_ignore_ascii_case(surname))
    });
    // One word ("Sanders: …") is a name only when it speaks elsewhere: alone
    // it is as often a topic or a team ("Lakers: …").
    ((quoted && words.len() >= 2) || speaks_elsewhere)
        .then(|| ctx.speaker_from_np(line_start, colon))
}

/// Byte ranges inside quote pairs (excluding the marks): straight double
/// quotes, or two apostrophes (`''`, as some archives write them), paired
/// within each paragraph: a quote that runs on into the next paragraph
/// (news style: the first paragraph has no closing mark) ends at its
/// paragraph's end, so one open quote never shifts the pairing of the rest
/// of the document.
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Where the open quote's content starts.
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        // Jump to the next byte the loop acts on.
        let Some(k) = memchr::memchr3(b'"', b'\'', b'\n', &b[i..]) else {
            break;
        };
        i += k;
        let mark = match b[i] {
            b'"' => 1,
            // Three apostrophes closing a quote that ends with a quote
            // inside it: the first one closes the inner quote.
            b'\'' if b.get(i + 1) == Some(&b'\'') => {
                if open.is_some() && b.get(i + 2) == Some(&b'\'') {
                    i += 1;
                    continue;
                }
                2
            }
            b'\n' => {
                if let Some(o) = open.take() {
                    if i > o {
                        out.push((o, i));
                    }
                }
                i += 1;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        match open.take() {
            Some(o) => out.push((o, i)),
            None => open = Some(i + mark),
        }
        i += mark;
    }
    if let Some(o) = open {
        if text.len() > o {
            out.push((o, text.len()));
        }
    }
    out
}

/// Where the opening mark of a quote whose content starts at `qs` begins.
fn open_mark(text: &str, qs: usize) -> usize {
    if text[..qs].ends_with("''") {
        qs - 2
    } else {
        qs.saturating_sub(1)
    }
}

/// Where the closing mark of a quote whose content ends at `qe` ends.
fn close_mark(text: &str, qe: usize) -> usize {
    if text[qe..].starts_with("''") {
        qe + 2
    } else {
        (qe + 1).min(text.len())
    }
}

/// The claim whose content contains byte `offset` (the innermost when nested).
pub fn claim_at(claims: &[ClaimRecord], offset: usize) -> Option<&ClaimRecord> {
    claims
        .iter()
        .filter(|c| c.content.start <= offset && offset < c.content.end)
        .min_by_key(|c| c.content.end - c.content.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words split by characters, the way `words_in` is specified.
    fn words_by_chars(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text[lo..hi].char_indices() {
            if c == ' ' || c == '\n' {
                if let Some(s) = start.take() {
                    out.push((lo + s, lo + i));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.push((lo + s, hi));
        }
        out
    }

    const SAMPLES: &[&str] = &[
        "",
        " ",
        "said",
        "  two  spaces  ",
        "DAMASCUS — Hamas officials in Gaza said on Monday",
        "line one\nline two \n\n third",
        "Zoë Müller, a spokeswoman for the ministry in Zürich, told reporters",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
         fifteen sixteen seventeen eighteen nineteen twenty said",
    ];

    #[test]
    fn words_in_splits_like_the_characters() {
        for text in SAMPLES {
            for (lo, hi) in crate::scan::char_ranges(text) {
                assert_eq!(
                    words_in(text, lo, hi),
                    words_by_chars(text, lo, hi),
                    "{text:?} {lo}..{hi}"
                );
            }
        }
    }

    #[test]
    fn after_last_of_is_rfind_of_the_chars() {
        let texts = [
            "",
            "said",
            "he said",
            "Zoë, \"Müller\nsaid",
            "a  b ",
            "—x",
            "x,\"",
            "é é",
        ];
        for t in texts.iter().copied().chain(SAMPLES.iter().copied()) {
            for end in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let s = &t[..end];
                assert_eq!(
                    after_last_of(s, b" \n"),
                    s.rfind([' ', '\n']).map_or(0, |p| p + 1),
                    "{s:?}"
                );
                assert_eq!(
                    after_last_of(s, b" \n\","),
                    s.rfind([' ', '\n', '"', ',']).map_or(0, |p| p + 1),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn breaks_noun_phrase_is_the_char_set_test() {
        let words = [
            "",
            "said",
            "\"Yes",
            "end;",
            "[the",
            "it]",
            "a\nb",
            "—",
            "so—called",
            "“quoted”",
            "Zoë",
            "€5",
            "x\u{2013}y",
            "x\u{2014}",
            "\u{2080}\u{2094}",
            "–",
            "−",
        ];
        for w in words
            .iter()
            .copied()
            .chain(SAMPLES.iter().flat_map(|s| s.split(' ')))
        {
            let want = w.contains(['"', '\n', ';', '—', '[', ']']);
            assert_eq!(breaks_noun_phrase(w), want, "{w:?}");
        }
    }

    /// `speaker_phrase` as first written, over a `Vec` of the words.
    fn speaker_phrase_by_vec(
        wd: &DocWords,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let words = words_by_chars(text, start, end);
        let mut n = words.len();
        while n > 1 {
            let w = &text[words[n - 1].0..words[n - 1].1];
            let dated = dates_participle(wd, w, Some(&text[words[n - 2].0..words[n - 2].1]));
            if !is_day_word(wd, w) || dated {
                break;
            }
            n -= 1;
            while n > 1 {
                let p = &text[words[n - 1].0..words[n - 1].1];
                if !matches!(
                    p.to_ascii_lowercase().as_str(),
                    "on" | "last" | "this" | "late" | "early"
                ) {
                    break;
                }
                n -= 1;
            }
        }
        let kept = &words[..n];
        if kept.is_empty()
            || kept.iter().all(|&(a, b)| {
                let w = text[a..b].trim_end_matches([',', '.', ':']);
                wd.exact(w) & words::DETERMINER != 0
            })
        {
            return None;
        }
        let e = if n == words.len() {
            end
        } else {
            let (a, b) = kept[n - 1];
            a + text[a..b].trim_end_matches(',').len()
        };
        Some((start, e))
    }

    #[test]
    fn speaker_phrase_reads_backwards_as_over_all_words() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        // No document: every word is looked up in the table.
        let wd = DocWords::new(&table, "");
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "the ministry on Monday",
            "a report Thursday ",
            "a poll released Friday",
            "The",
            "this  ",
            "the mayor late on Tuesday",
            "officials ON Monday\n",
            "Monday",
            "on Monday",
            "The the",
            "the spokesman last Tuesday, ",
            "Ann Lee, a lawyer for Acme, Thursday",
            "the spokesman, on Tuesday",
        ]);
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(
                        speaker_phrase(&wd, text, start, end),
                        speaker_phrase_by_vec(&wd, text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
        // The samples do cut time phrases and refuse bare determiners.
        let t = "the ministry on Monday";
        assert_eq!(speaker_phrase(&wd, t, 0, t.len()), Some((0, 12)));
        assert_eq!(speaker_phrase(&wd, "The", 0, 3), None);
    }

    #[test]
    fn words_back_are_the_last_words_of_the_range_backwards() {
        for text in SAMPLES {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &lo in &bounds {
                for &end in bounds.iter().filter(|&&e| e >= lo) {
                    let all = words_by_chars(text, lo, end);
                    for cap in [0, 1, 2, 9, WordsBack::MAX, WordsBack::MAX + 5] {
                        let want: Vec<(usize, usize)> = all
                            .iter()
                            .rev()
                            .take(cap.min(WordsBack::MAX))
                            .copied()
                            .collect();
                        // Read in order, and out of order (the last first).
                        let mut words = WordsBack::new(text, lo, end, cap);
                        let got: Vec<(usize, usize)> = (0..WordsBack::MAX + 3)
                            .map_while(|k| words.get(k))
                            .collect();
                        assert_eq!(got, want, "{text:?} {lo}..{end} cap {cap}");
                        let mut words = WordsBack::new(text, lo, end, cap);
                        let far = WordsBack::MAX + 2;
                        assert_eq!(words.get(far), None);
                        assert_eq!(words.get(want.len()), None);
                        for (k, w) in want.iter().enumerate().rev() {
                            assert_eq!(words.get(k), Some(*w), "{text:?} {lo}..{end} word {k}");
                        }
                    }
                }
            }
        }
    }

    /// The rule as first written: a formatted needle and `rfind` per
    /// conjunction, every test evaluated.
    fn second_speaker_clause_by_rfind(wd: &DocWords, pre: &str) -> Option<usize> {
        ["but", "and", "while", "whereas"].iter().find_map(|c| {
            let at = pre.rfind(&format!(", {c} "))?;
            let subject = &pre[at + c.len() + 3..];
            let n = subject.split(' ').count();
            let plain = !subject.contains([',', '"', ';', ':'])
                && subject.split(' ').all(|w| {
                    let k = wd.exact(w);
                    w != "that" && (k & words::NP_STOP == 0 || k & words::CUE_LEAD != 0)
                });
            (!subject.is_empty() && n <= 6 && plain).then_some(at)
        })
    }

    #[test]
    fn second_speaker_clause_is_the_rfind_per_conjunction() {
        let table = ClaimWords::builtin().expect("claims words");
        // No document: every word is looked up in the table.
        let wd = DocWords::new(&table, "");
        let texts = [
            "",
            ",",
            ", ",
            ", but ",
            ", but",
            ",but officials",
            "would free them, but opposition leaders",
            "would free them, but the opposition leaders of the north and south",
            "free them, and but, but leaders",
            "x, whereas y, while z, and w, but v",
            "x, but y, but the minister",
            "x, but y, and z said that",
            "x, while officials, y",
            "x, and \u{e9}l\u{e8}ve, but Zo\u{eb}",
            "a, and b, and",
            "a ,, but b",
            "a, but has",
            "a, butter b",
        ];
        for t in texts {
            assert_eq!(
                second_speaker_clause(&wd, t),
                second_speaker_clause_by_rfind(&wd, t),
                "{t:?}"
            );
            assert_eq!(rfind_comma_space(t), t.rfind(", "), "{t:?}");
        }
        // The tests do find and refuse clauses.
        assert_eq!(
            second_speaker_clause(&wd, "free them, but opposition leaders"),
            Some(9)
        );
        assert_eq!(
            second_speaker_clause(&wd, "free them, but in the north"),
            None
        );
    }

    #[test]
    fn hit_cursor_answers_as_partition_point_in_any_order() {
        let hits: Vec<Hit> = [3, 3, 7, 10, 10, 10, 25]
            .iter()
            .map(|&start| Hit {
                start,
                end: start + 2,
                cue: 0,
            })
            .collect();
        let want = |p: usize| hits.partition_point(|h| h.start < p);
        let mut cursor = HitCursor::default();
        for p in [0, 2, 3, 3, 4, 10, 11, 30, 5, 0, 26, 25, 24, 100, 1] {
            assert_eq!(cursor.first_from(&hits, p), want(p), "{p}");
        }
        assert_eq!(HitCursor::default().first_from(&[], 5), 0);
    }

    #[test]
    fn contains_ignore_ascii_case_is_contains_of_the_lowered_text() {
        for t in [
            "",
            "s",
            "source",
            "Sources say",
            "a SoUrCe",
            "resource",
            "sourc",
            "Ünsource",
            "sö urce",
        ] {
            assert_eq!(
                contains_ignore_ascii_case(t, "source"),
                t.to_ascii_lowercase().contains("source"),
                "{t:?}"
            );
        }
    }

    #[test]
    fn in_document_gives_the_documents_own_bytes_or_the_copy() {
        let text = "The ministry's spokesman said — «ça» — nothing.";
        let start = text.find("spokesman").unwrap();
        let copy = String::from("spokesman said");
        let span = Span::of(text, start, start + copy.len());
        // The same bytes, as a slice of the document (so `DocWords` can
        // answer its words from what it remembers).
        let got = in_document(text, Some(&span), &copy);
        assert_eq!(got, copy);
        assert_eq!(got.as_ptr(), text[start..].as_ptr());
        // Anything else is the copy itself: no span, other bytes there, a
        // span running past the text or ending inside a character.
        assert_eq!(in_document(text, None, &copy).as_ptr(), copy.as_ptr());
        let other = Span::of(text, 0, 3);
        assert_eq!(
            in_document(text, Some(&other), &copy).as_ptr(),
            copy.as_ptr()
        );
        let late = Span {
            start: text.len() - 2,
            end: text.len(),
            text: String::new(),
        };
        assert_eq!(
            in_document(text, Some(&late), &copy).as_ptr(),
            copy.as_ptr()
        );
        let inside = text.find('ç').unwrap();
        let split = Span {
            start: inside - 1,
            end: inside + 1,
            text: String::new(),
        };
        let two = String::from("«ç");
        assert_eq!(in_document(text, Some(&split), &two).as_ptr(), two.as_ptr());
    }

    #[test]
    fn words_forward_are_words_in() {
        for text in SAMPLES {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &lo in &bounds {
                for &hi in bounds.iter().filter(|&&h| h >= lo) {
                    let got: Vec<(usize, usize)> = WordsForward::new(text, lo, hi).collect();
                    assert_eq!(got, words_in(text, lo, hi), "{text:?} {lo}..{hi}");
                    // What the speaker phrase's determiner test split before.
                    let by_split: Vec<&str> = text[lo..hi]
                        .split([' ', '\n'])
                        .filter(|w| !w.is_empty())
                        .collect();
                    let got: Vec<&str> = got.iter().map(|&(a, b)| &text[a..b]).collect();
                    assert_eq!(got, by_split, "{text:?} {lo}..{hi}");
                }
            }
        }
    }

    #[test]
    fn split_space_is_str_split_at_a_space_both_ways() {
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend(["a", " a", "a ", "  ", "é é", "x\u{a0}y z", "officials' say"]);
        for text in texts {
            let want: Vec<&str> = text.split(' ').collect();
            assert_eq!(text.split_space().collect::<Vec<_>>(), want, "{text:?}");
            let back: Vec<&str> = text.rsplit(' ').collect();
            assert_eq!(
                text.split_space().rev().collect::<Vec<_>>(),
                back,
                "{text:?}"
            );
            assert_eq!(text.split_space().next(), text.split(' ').next());
            assert_eq!(text.split_space().next_back(), text.rsplit(' ').next());
        }
    }

    /// `without_trailing_time` as it was written before it split only the
    /// last words: all of the phrase's words into a `Vec`.
    fn without_trailing_time_by_vec(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
        let words: Vec<&str> = text[s..e].split(' ').collect();
        for n in [2, 3] {
            if words.len() <= n {
                break;
            }
            let (head, time) = words.split_at(words.len() - n);
            let all_time = time.iter().all(|w| {
                wd.exact(w) & words::TIME_WORD != 0
                    && !matches!(*w, "on" | "in" | "at" | "a" | "an" | "the")
                    && w.bytes().all(|b| b.is_ascii_lowercase())
            });
            let noun = wd.exact(time[n - 1]) & (words::DETERMINER | words::NP_STOP) == 0;
            let speaker_end = head.last().is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || wd.is(
                        w,
                        words::ROLE_HEAD | words::SPEAKER_HEAD | words::SPEAKER_NOUN,
                    )
            });
            if all_time && noun && speaker_end {
                return s + head.join(" ").len();
            }
        }
        e
    }

    #[test]
    fn without_trailing_time_reads_the_last_words_as_over_all_words() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        let mut texts: Vec<&str> = SAMPLES.to_vec();
        texts.extend([
            "the spokesman late Tuesday",
            "Lee last week",
            "Lee this week",
            "The ministry on Monday",
            "officials  last week",
            "the mayor Tuesday night",
            "a statement",
            "Zoë Müller last week",
            "last week",
            " last week",
        ]);
        for text in texts {
            let wd = DocWords::new(&table, text);
            for s in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for e in (s..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(
                        without_trailing_time(&wd, text, s, e),
                        without_trailing_time_by_vec(&wd, text, s, e),
                        "{text:?} {s}..{e}"
                    );
                }
            }
        }
        let wd = DocWords::new(&table, "");
        assert_eq!(without_trailing_time(&wd, "Lee last week", 0, 13), 3);
    }
}
