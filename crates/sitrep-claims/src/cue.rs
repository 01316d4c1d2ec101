//! Cues: the cue rows (`CueLexicon`, loaded from `data/lexicons/cues.tsv`),
//! the hits of one document (`find_hits`, `complement_hits`), how far a cue
//! reaches left (auxiliaries, adverbs, "continued to"), and the senses of a
//! cue word that report no speech.

use super::*;

pub(crate) const CUES_TSV: &str = include_str!("../../../data/lexicons/cues.tsv");

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
    /// With `clause_only`, a wh-clause is content too ("explained how the
    /// fire started", "recalled why he left"): column 5 is `clause`.
    pub wh_clause: bool,
    /// With `clause_only`, a finite clause without "that" whose subject is
    /// a longer noun phrase is content too ("had concluded the establishment
    /// of settlements was illegal"), never a noun object alone ("concluded
    /// its hearings"): column 5 is `that-or-bare`.
    pub long_bare_clause: bool,
    /// With `clause_only`, a noun phrase or gerund object is content too
    /// when a person speaks, as what the speaker remembers ("recalled the
    /// figure of Neil Heslin", "recalled sitting in on focus groups"); a
    /// body's, or an object that is an envoy or a count, is an act
    /// ("recalled its ambassador", "recalled 2 million cars"): column 5
    /// is `memory` (a wh-clause and a long bare clause are content too, as
    /// with `clause` and `that-or-bare`).
    pub memory: bool,
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
    /// The verb states a position only when its object is a proposition
    /// (a that-clause, a to-infinitive, a gerund, a finite clause) or a
    /// policy-type noun phrase, or in an election a candidate: "supports
    /// raising the wage", "offered to resign", "opposes the ban",
    /// "endorsed Clinton"; "Iran supports Hezbollah" or "offered a
    /// helicopter" is an act, no claim: column 5 is `position`.
    pub position: bool,
    /// A verb of perception or belief states a view only with a subject
    /// that names someone and a clause or an "as" predicate after its
    /// object: "voters see Clinton as the stronger candidate", "Cruz feels
    /// he has nothing to apologize for"; "she saw him there again" is no
    /// claim: column 5 is `perception`.
    pub perception: bool,
    /// Bytes at the end of the phrase that are matched with it but are no
    /// part of the cue span: a setting written in parentheses in the file
    /// ("said (in an interview)"). The content still starts after it.
    pub setting: usize,
}

impl Cue {
    /// Whether the phrase ends in the setting of the speech ("said (in an
    /// interview)", "said in a speech"): a participle right after it
    /// describes the setting's noun ("… in a speech posted online that").
    pub(crate) fn names_setting(&self) -> bool {
        self.setting > 0 || self.phrase.contains(" in ")
    }
}

/// Speech cues, hedges and reporting-chain phrases, loaded from data files.
#[derive(Debug, Clone)]
pub struct CueLexicon {
    /// The rows of the file, then one verb cue for each `complement` row
    /// (the cue a complement hit becomes; see [`complement_hits`]).
    pub(crate) cues: Vec<Cue>,
    /// For each row, the index of its verb cue when it is a `complement` row
    /// (one entry per row, so its length is the number of rows).
    pub(crate) verb_of_complement: Vec<Option<usize>>,
    pub(crate) matcher: scan::CueScanner,
    /// The closed word classes the rules read (`claims-words.tsv`).
    pub(crate) words: ClaimWords,
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
            let complement = cols.get(4).map(|c| c.trim());
            let memory = complement == Some("memory");
            let wh_clause = memory || complement == Some("clause");
            let position = complement == Some("position");
            let perception = complement == Some("perception");
            let long_bare_clause = memory || complement == Some("that-or-bare");
            let (infinitive, infinitive_only, clause_only, named_subject) =
                match complement {
                    None | Some("") => (false, false, false, false),
                    Some("to") => (true, false, false, false),
                    Some("only-to") => (true, true, false, false),
                    Some("only-that" | "clause" | "that-or-bare" | "memory") => {
                        (false, false, true, false)
                    }
                    Some("named") => (false, false, false, true),
                    Some("named-to") => (true, true, false, true),
                    Some("named-that") => (false, false, true, true),
                    Some("position") => (true, false, false, false),
                    Some("perception") => (false, false, false, true),
                    Some(f) => {
                        return Err(format!(
                            "{file}:{}: complement must be empty, \"to\", \"only-to\", \"only-that\", \"clause\", \"that-or-bare\", \"memory\", \"named\", \"named-to\", \"named-that\", \"position\" or \"perception\", got {f:?}",
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
                wh_clause,
                long_bare_clause,
                memory,
                clausal: false,
                named_subject,
                position,
                perception,
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
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) cue: usize,
}

/// The cue hits among `occurrences`, every occurrence of the cue phrases
/// in `text` (any order; an index beyond the rows is ignored).
pub(crate) fn find_hits(
    text: &str,
    lex: &CueLexicon,
    mut occurrences: Vec<PhraseOccurrence>,
) -> Vec<Hit> {
    let bytes = text.as_bytes();
    let rows = lex.cues().len();
    // Whole words only, and not inside a hyphenated compound
    // ("long-threatened", "said-to-be"). Tested before the longest match
    // is chosen: "as reported by" inside "was reported by" starts in the
    // middle of "was", and taken as the longest it hid the verb "reported".
    occurrences.retain(|&(start, end, cue)| {
        cue < rows
            && start < end
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
            && (start == 0 || !(is_word_byte(bytes[start - 1]) || bytes[start - 1] == b'-'))
            && (end >= bytes.len() || !(is_word_byte(bytes[end]) || bytes[end] == b'-'))
    });
    scan::leftmost_longest_of(occurrences)
        .into_iter()
        .map(|(start, end, cue)| Hit { start, end, cue })
        .filter(|m| {
            // A capitalized cue inside a sentence is part of a name
            // ("the United States", "Washington Post Reports"), except
            // in a headline written in title case ("Senator Says Deal
            // Is Near").
            !capital_inside_name(text, m.start, m.end)
        })
        .collect()
}

/// Whether the cue `start..end` starts with a capital inside a sentence,
/// after a word or a comma, so that it is part of a name ("the United
/// States", "Washington Post Reports"): not in a headline written in title
/// case ("Senator Says Deal Is Near"), nor a capitalised past after a comma
/// ([`capitalised_past_after_comma`]).
pub(crate) fn capital_inside_name(text: &str, start: usize, end: usize) -> bool {
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
pub(crate) fn capitalised_past_after_comma(text: &str, start: usize, end: usize) -> bool {
    let cue = &text[start..end];
    let next_lower = text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    text[..start].ends_with(", ")
        && cue.ends_with("ed")
        && cue[1..].bytes().all(|b| b.is_ascii_lowercase())
        && next_lower
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
pub(crate) fn complement_hits(
    text: &str,
    lex: &CueLexicon,
    wd: &DocWords,
    hits: Vec<Hit>,
) -> Vec<Hit> {
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
        // "officials will determine whether the rules apply": a question
        // settled by finding out is no one's claim ("asked whether" is).
        if lex.cues[h.cue].phrase == "whether"
            && wd.extra(text[vs..ve].split(' ').next().unwrap_or("")) & words::INQUIRY_VERB != 0
        {
            continue;
        }
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
        // "a permanent military presence that had lasted since 1960",
        // "Rust Belt states that have suffered": after a word that may be a
        // noun, a "that" with an auxiliary right after it has no subject
        // of its own, so it is a relative pronoun and opens no reported
        // clause. After a subject pronoun the word is a verb, and "that"
        // may be the clause's subject ("I assume that was a mistake").
        let relative_that = || {
            let auxiliary = text[h.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| auxiliary_word(wd, w));
            if !auxiliary {
                return false;
            }
            let pronoun_subject = word_before(text.as_bytes(), 0, vs).is_some_and(|(ps, pe)| {
                let c = wd.exact(&text[ps..pe]);
                (c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0) || &text[ps..pe] == "I"
            });
            // A verb's own form ("Volkswagen estimates that could be …")
            // leaves "that" the clause's subject, unless the auxiliary is
            // plural, which a demonstrative subject never takes ("states
            // that have suffered").
            let verb = &text[vs..ve];
            let verb_form = verb.ends_with("ed")
                || sitrep_text::s_form(verb)
                || wd.exact(verb) & words::PAST_FORM != 0;
            !pronoun_subject && (!verb_form || plural_auxiliary_after(&text[h.end..]))
        };
        if lex.cues[h.cue].phrase == "that" && relative_that() {
            continue;
        }
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
pub(crate) fn complement_verb(wd: &DocWords, text: &str, at: usize) -> Option<(usize, usize)> {
    let spaced_word_before = |end: usize| -> Option<(usize, usize)> {
        let before = text[..end].strip_suffix(' ')?;
        let ws = after_last_of(before, b" \n");
        (ws < before.len()).then_some((ws, before.len()))
    };
    let (mut ws, mut we) = spaced_word_before(at)?;
    // "complain bitterly that": an adverb in -ly after the verb joins its cue.
    let mut cue_end = None;
    let adverb = &text[ws..we];
    if words::ly_adverb(adverb, || wd.exact(adverb))
        && adverb.bytes().all(|b| b.is_ascii_lowercase())
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
    let finite = w.ends_with("ed") || sitrep_text::s_form(w);
    let after_aux = pc & words::CUE_LEAD != 0;
    let plain_after_subject = pc & (words::PRONOUN | words::GENERIC_PRONOUN) != 0
        && pc & words::OBJECT_PRONOUN == 0
        || p == "I"
        || pc & (words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN) != 0
        || lower_s_form(p);
    let past = c & words::PAST_FORM != 0;
    (finite || after_aux || plain_after_subject || past).then_some((ws, cue_end.unwrap_or(we)))
}

/// Whether the line holding byte `at` is a headline in title case: a line
/// of 4 to 20 words without sentence punctuation inside, in which every
/// word of four or more letters starts with a capital ("Mayor Says Bridge
/// Will Reopen in May"). Stricter than the actors' and events' tests of
/// title case, on purpose: see `sitrep_text::title_case`.
pub(crate) fn in_title_case_line(text: &str, at: usize) -> bool {
    // A closing quote mark after the final period ("… of 'Suffering and
    // Delight.'") ends the line as well.
    let line = text[sitrep_text::title_case::line_around(text, at)]
        .trim()
        .trim_end_matches(['.', '!', '?', '\'', '"']);
    // Counted no further than one past the limit: the line is most often
    // a whole paragraph of running text, and its words past the 21st
    // cannot change the answer.
    let n = line.split_whitespace().take(21).count();
    (4..=20).contains(&n)
        && !line.contains(['.', '!', '?', ';'])
        && line
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(sitrep_text::title_case::starts_with_capital)
}

/// "Western officials have at times urged …", "the ministry has in recent
/// weeks said …": a prepositional adverbial (an `opening_preposition` and one
/// or two lower-case words with no determiner or pronoun) between the
/// auxiliaries and the cue. Its noun ("times") is no subject; the start of
/// the auxiliaries (`cue_lead` words) before it, where the subject ends,
/// when `words`, the words before the cue, have that shape. The run of
/// auxiliaries is read up to the walk's cap ([`WordsBack::MAX`] words in
/// all), far longer than any English one.
pub(crate) fn adverbial_after_auxiliary(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
) -> Option<usize> {
    const ADVERBIAL_MAX_NOUNS: usize = 2;
    // `k` counts words from the cue backwards. Only separators stand
    // between two words (or the last word and the cue), so the words read
    // are next to each other.
    let mut k = 0;
    let mut nouns = 0;
    loop {
        let (a, b) = words.get(k)?;
        let w = &text[a..b];
        let c = wd.exact(w);
        k += 1;
        if nouns > 0 && c & words::OPENING_PREPOSITION != 0 && is_lower_word(w) {
            break;
        }
        if nouns == ADVERBIAL_MAX_NOUNS
            || !is_lower_word(w)
            || c & (words::DETERMINER | words::PRONOUN | words::CUE_LEAD | words::NP_STOP) != 0
        {
            return None;
        }
        nouns += 1;
    }
    let mut aux = None;
    while let Some((a, b)) = words.get(k) {
        if wd.exact(&text[a..b]) & words::CUE_LEAD == 0 {
            break;
        }
        aux = Some(a);
        k += 1;
    }
    aux
}

/// Start of a speech verb's cue once the auxiliaries and adverbs right
/// before it are taken in ("has also said" → the cue starts at "has";
/// "memorably promised", see [`ClaimWords::leads_cue`]).
pub(crate) fn extend_cue_left(wd: &DocWords, text: &str, lo: usize, start: usize) -> usize {
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
        // "gigs since announcing his candidacy": a subordinator right
        // before a participle, after a word that leads no cue, opens an
        // adverbial clause and joins no cue ("has since said", "not once
        // referring", "is once again questioning" it does).
        if s == start
            && wd.exact(w) & words::SUBORDINATOR != 0
            && text[start..]
                .split_space()
                .next()
                .is_some_and(|v| v.ends_with("ing"))
            && !before[..ws]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|p| wd.leads_cue(p) || wd.exact(p) & words::NEGATING_LEAD != 0)
        {
            break;
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
pub(crate) fn name_part(text: &str, lo: usize, ws: usize) -> bool {
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
pub(crate) fn issue_verb_before(
    wd: &DocWords,
    text: &str,
    lo: usize,
    start: usize,
) -> Option<usize> {
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
pub(crate) fn contracted_auxiliary(wd: &DocWords, w: &str) -> Option<usize> {
    // A byte search: the apostrophe is ASCII, and `rfind`'s `char`
    // searcher cost more to set up than these short words take to read.
    let p = w.bytes().rposition(|b| b == b'\'')?;
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
pub(crate) fn aspect_lead_start(
    wd: &DocWords,
    text: &str,
    lo: usize,
    start: usize,
) -> Option<usize> {
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
/// speaker is the noun phrase before that verb. `words` are the words
/// before the cue; at most the last three are read.
pub(crate) fn verb_before_participle(
    wd: &DocWords,
    text: &str,
    cue_start: usize,
    words: &mut WordsBack,
) -> Option<usize> {
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
    let verb_at = |words: &mut WordsBack, k: usize| {
        let (ws, we) = words.get(k)?;
        let w = &text[ws..we];
        let c = wd.exact(w);
        // "Lee denied saying …": the -ing form is the object of the verb.
        let past = c & words::ING_OBJECT_VERB == 0
            && (c & words::PAST_FORM != 0 || words::regular_past(w, || c));
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
        return verb_at(words, at + 1);
    }
    verb_at(words, at)
}

/// Whether the particle `particle` opening `after` starts an upper bound
/// ("up to 40 percent", "up to a third", "up to half"): then the verb before
/// it keeps its reporting sense.
pub(crate) fn opens_upper_bound(wd: &DocWords, particle: &str, after: &str) -> bool {
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
pub(crate) fn opens_compound_after(wd: &DocWords, prev: &str) -> bool {
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
pub(crate) fn is_non_speech_sense(wd: &DocWords, prev: &str, cue: &str, after: &str) -> bool {
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
    // rounding before the number. Read last, only for a quantity verb.
    let number = || {
        is_number(first)
            || (wd.exact(first) & words::APPROXIMATOR != 0
                && after
                    .split_whitespace()
                    .map(|w| w.trim_end_matches([',', '.', ';', ':']))
                    .skip(1)
                    .take(3)
                    .find(|w| wd.exact(w) & words::APPROXIMATOR == 0)
                    .is_some_and(is_number))
    };
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
    // "48 percent, compared with 41 percent", "is often compared to": a
    // likening verb with no object before its preposition compares, and
    // says nothing.
    if cue_classes & words::LIKENING_VERB != 0
        && (first.eq_ignore_ascii_case("with") || first.eq_ignore_ascii_case("to"))
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
    cue_classes & words::QUANTITY_VERB != 0 && number()
}

/// Whether `cue`, a `compound_modifier` word ("show"), names a broadcaster's
/// programme after `head`, the words before it: a kind of show
/// (`compound_first`: "the TLC reality show"), a network's possessive
/// ("told Fox News' show"), a network's acronym after a determiner ("the
/// MSNBC show", "hosts an MSNBC show"), or a programme's name after the
/// network's possessive ("NBC's Today show").
/// "Polls show", "the Democrats show no sign" stay verbs.
pub(crate) fn names_programme(wd: &DocWords, head: &str, cue: &str) -> bool {
    if wd.exact(cue) & words::COMPOUND_MODIFIER == 0 {
        return false;
    }
    let possessive =
        |w: &str| words::ends_with_s_possessive(w) || w.ends_with("s'") || w.ends_with("s\u{2019}");
    let mut before = head.trim_end().split_space().rev();
    let Some(prev) = before.next() else {
        return false;
    };
    if wd.exact(prev) & words::COMPOUND_FIRST != 0 || possessive(prev) {
        return true;
    }
    let Some(owner) = before.next() else {
        return false;
    };
    let acronym = prev.len() >= 2 && prev.bytes().all(|b| b.is_ascii_uppercase());
    let capitalised = prev.starts_with(|c: char| c.is_uppercase());
    (acronym && wd.of(owner) & words::DETERMINER != 0) || (capitalised && possessive(owner))
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
pub(crate) fn object_of_reduced_relative(
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
        // "…, a study by the council found": a preposition after the
        // noun opens its post-modifier; the phrase is the verb's subject.
        if lower_noun && nouns > 0 && (w == "of" || wd.exact(w) & words::NOUN_LINK != 0) {
            return false;
        }
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

/// Where the subject of a reduced relative clause holding a verb cue stands
/// inside the speaker phrase found before it, when the cue's clause has a
/// gap for its subject: "the latest in a string of attacks the group says
/// are aimed at …", "a move aid groups warned could worsen …", "abuses the
/// government says never happened". The words after the cue open with an
/// auxiliary, so the reported clause's subject is the noun before the
/// relative clause, and the one who speaks is the relative clause's own
/// subject: a determiner's phrase, a pronoun or a name right after a
/// lower-case noun, or, after an indefinite article and one noun, a bare
/// plural ("a figure officials say is too low"). `None` when the cue's
/// clause has its own subject or the phrase shows no second noun phrase.
pub(crate) fn gap_relative_speaker(
    wd: &DocWords,
    text: &str,
    speaker: &Speaker,
    cue_end: usize,
    content_end: usize,
) -> Option<(usize, usize)> {
    let span = speaker.span.as_ref()?;
    let mut after = text[cue_end..content_end.max(cue_end)].split_space();
    let first = after.find(|w| !w.is_empty())?;
    let negated_first = first == "never" || first == "not";
    if !(auxiliary_word(wd, first) || negated_first) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_in(text, span.start, span.end)
        .into_iter()
        .map(|(a, b)| (a, &text[a..b]))
        .collect();
    if words.len() < 2 || words.iter().any(|(_, w)| w.ends_with([',', ';', ':'])) {
        return None;
    }
    let noun = |w: &str| {
        is_lower_word(w)
            && wd.exact(w) & (words::DETERMINER | words::NP_STOP | words::PRONOUN | words::MODIFIER)
                == 0
    };
    let opens_phrase = |w: &str, before: &str| {
        let c = wd.exact(w);
        let determiner = c & words::DETERMINER != 0 && is_lower_word(w);
        let subject_pronoun = c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0;
        // "a plan Israel says …", not "leader Khamenei says …" (a title
        // and its holder's name are one phrase).
        let name = w.starts_with(|ch: char| ch.is_uppercase())
            && wd.exact(before) & (words::ROLE_HEAD | words::SPEAKER_HEAD) == 0;
        determiner || subject_pronoun || name
    };
    let split = (1..words.len())
        .find(|&i| noun(words[i - 1].1) && opens_phrase(words[i].1, words[i - 1].1))
        .or_else(|| {
            // "a move aid groups warned", "a dangerous move critics say": an
            // indefinite article takes one noun, after adjectives known by
            // their ending; a plural after it heads a phrase of its own.
            let (_, last) = words[words.len() - 1];
            let indefinite = matches!(words[0].1, "a" | "an" | "A" | "An");
            if !(indefinite
                && words.len() >= 3
                && words[1..].iter().all(|(_, w)| noun(w))
                // "A new poll shows voters": a word in -s before the plural
                // may be a verb, and the phrase a clause.
                && words[1..words.len() - 1].iter().all(|(_, w)| !sitrep_text::s_form(w))
                && sitrep_text::s_form(last))
            {
                return None;
            }
            let mut head = 1;
            while head + 2 < words.len() && adjective_by_ending(words[head].1) {
                head += 1;
            }
            Some(head + 1)
        })?;
    let start = words[split].0;
    (start < span.end).then_some((start, span.end))
}

/// Whether a lower-case word reads as an adjective by its ending
/// ("dangerous", "controversial", "decisive"), for telling an adjective
/// from the noun it modifies where no tagger is at hand.
fn adjective_by_ending(w: &str) -> bool {
    const ENDINGS: [&str; 8] = ["ous", "ful", "ive", "ic", "al", "able", "ible", "less"];
    w.len() > 4 && ENDINGS.iter().any(|e| w.ends_with(e))
}

pub(crate) fn shows_or_names(
    wd: &DocWords,
    text: &str,
    speaker: &Speaker,
    cue: &str,
    cue_end: usize,
) -> bool {
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

#[cfg(test)]
mod tests {
    use super::in_title_case_line;

    /// A title-case line holds 4 to 20 words, whatever its length: the
    /// words are counted up to one past the limit, and a line of running
    /// text (a whole paragraph) is no headline.
    #[test]
    fn title_case_line_is_four_to_twenty_words() {
        for n in 1..=30 {
            let headline = vec!["Minister"; n].join(" ");
            let text = format!("Body text here.\n{headline}\nMore body text.");
            let at = text.find("Minister").unwrap();
            assert_eq!(
                in_title_case_line(&text, at),
                (4..=20).contains(&n),
                "{n} words"
            );
        }
        let paragraph = "The Minister Said ".repeat(30) + "that talks would resume";
        assert!(!in_title_case_line(&paragraph, 4));
    }
}
