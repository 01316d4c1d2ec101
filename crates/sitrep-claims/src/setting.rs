//! Settings of a speech act after its cue ("in a statement", "on Friday",
//! "during a visit to Ankara"): when only a setting follows a cue, and the
//! shapes after a setting (a participle, an apposition, a reporting tail,
//! an adverbial clause) that are no content of the cue.

use super::*;

/// True when `rest` (what follows a cue up to the end of its sentence) holds
/// no content: nothing, or only a time adverbial.
pub(crate) fn empty_after_cue(wd: &DocWords, rest: &str) -> bool {
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
pub(crate) fn empty_or_setting_after_cue(wd: &DocWords, rest: &str) -> bool {
    empty_after_cue(wd, rest)
        || setting_phrases(wd, rest.trim().trim_end_matches(['.', '!', '?']).trim())
        || setting_then_adverbial_clause(wd, rest)
        || setting_to_destination(wd, rest.trim().trim_end_matches(['.', '!', '?']).trim())
        || setting_then_reporting_tail(wd, rest)
        || setting_then_time_distance(wd, rest)
        || setting_then_narrator_phrase(wd, rest)
}

/// "Drones struck a refinery overnight, the governor said on Tuesday, in the
/// latest attack on energy sites": a time or setting after the cue, then
/// after a comma a second chain of prepositional phrases ([`setting_phrases`]:
/// no clause, no comma) running to the sentence's end. That phrase is the
/// narrator's placing of the news, not what was reported, so the content is
/// the clause before the speaker. Not when the phrase is followed by a
/// clause ("said on Tuesday, in a rare admission, that …" has a comma).
pub(crate) fn setting_then_narrator_phrase(wd: &DocWords, rest: &str) -> bool {
    let Some(comma) = scan::find_str(rest, ", ") else {
        return false;
    };
    let (setting, phrase) = (rest[..comma].trim(), &rest[comma + 2..]);
    let phrase = phrase.trim().trim_end_matches(['.', '!', '?']).trim();
    !setting.is_empty() && time_or_setting(wd, setting) && setting_phrases(wd, phrase)
}

/// "The strike will go on, the union said on Thursday, two days after
/// talks collapsed": a time or setting after the cue, then after a comma
/// a count of time units and a subordinator ("two days after", "3 weeks
/// before"), which dates the report against another event: the narrator's,
/// not what was reported. Not before a that-clause.
pub(crate) fn setting_then_time_distance(wd: &DocWords, rest: &str) -> bool {
    let Some(comma) = scan::find_str(rest, ", ") else {
        return false;
    };
    let (setting, clause) = (rest[..comma].trim(), &rest[comma + 2..]);
    let mut ws = clause.split_space();
    let (Some(count), Some(unit), Some(link)) = (ws.next(), ws.next(), ws.next()) else {
        return false;
    };
    let counted = count.bytes().all(|b| b.is_ascii_digit())
        || (is_lower_word(count) && wd.exact(count) & words::NUMBER_WORD != 0);
    !setting.is_empty()
        && counted
        && lower_in(wd, unit, words::TIME_UNIT)
        && lower_in(wd, link, words::SUBORDINATOR)
        && !clause.contains(" that ")
        && (empty_after_cue(wd, setting) || setting_phrases(wd, setting))
}

/// "during a visit to Ankara", "in a speech to the General Assembly": a
/// setting ([`setting_phrases`]) whose last noun takes a "to" phrase naming
/// a place or an audience (a name or a determiner after "to", not a verb:
/// "on Friday to raise taxes" is an infinitive, no setting).
pub(crate) fn setting_to_destination(wd: &DocWords, r: &str) -> bool {
    const DESTINATION_MAX_WORDS: usize = 6;
    // `find_str` rather than `split_once`'s substring searcher, set up
    // again on every call.
    let Some(to) = scan::find_str(r, " to ") else {
        return false;
    };
    let (setting, destination) = (&r[..to], &r[to + " to ".len()..]);
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

/// A time or setting after a cue, with or without a "to" destination:
/// "on Wednesday", "in a statement", "during a visit to Ankara".
pub(crate) fn time_or_setting(wd: &DocWords, setting: &str) -> bool {
    empty_after_cue(wd, setting)
        || setting_phrases(wd, setting)
        || setting_to_destination(wd, setting)
}

/// The shape "SETTING, CLAUSE" after a cue, where the clause opens with a
/// lower-case word of `opener_class` and holds no that-clause: the setting
/// (not empty) when `rest` has that shape. What the setting may be is the
/// caller's ([`setting_then_reporting_tail`], [`setting_then_adverbial_clause`]).
pub(crate) fn setting_before_clause_opened_by<'r>(
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
pub(crate) fn setting_then_reporting_tail(wd: &DocWords, rest: &str) -> bool {
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
pub(crate) fn setting_then_participle(wd: &DocWords, rest: &str) -> bool {
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
/// the cue reported; a relative "that" may stand in it
/// ([`relative_thats_only`]). An auxiliary or modal among its next three words makes
/// it a clause ("If anything, Ash argued in his email, the incident is an
/// illustration …": the reported clause split by its cue).
pub(crate) fn setting_then_apposition(wd: &DocWords, rest: &str) -> bool {
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
        && relative_thats_only(wd, phrase)
        && (empty_after_cue(wd, setting) || time_or_setting(wd, setting))
}

/// Whether every "that" inside `phrase` opens a relative clause on the noun
/// before it ("a step toward ending a standoff that began in 2020", "a move
/// that officials welcomed"): the word after it is lower case and opens no
/// subject (no determiner, pronoun or modifier). A "that" before a subject
/// ("the evidence shows that the talks failed", "… that Iran would …") opens
/// a reported clause, so the phrase is no apposition.
pub(crate) fn relative_thats_only(wd: &DocWords, phrase: &str) -> bool {
    let subject_opener = words::DETERMINER | words::PRONOUN | words::MODIFIER;
    let mut words_of = phrase.split_space();
    while let Some(w) = words_of.next() {
        if w == "that" {
            let next = words_of.next().unwrap_or("");
            if !is_lower_word(next) || wd.exact(next) & subject_opener != 0 {
                return false;
            }
        }
    }
    true
}

/// "Hungary will leave the court, the government said on Thursday, as
/// Netanyahu arrived": a time or setting after the cue, then an adverbial
/// clause after a comma (opened by a `subordinator`), which says when the
/// report came, not what was reported. Not without the setting ("said, when
/// asked, that …") nor before a that-clause.
pub(crate) fn setting_then_adverbial_clause(wd: &DocWords, rest: &str) -> bool {
    setting_before_clause_opened_by(wd, rest, words::SUBORDINATOR)
        .is_some_and(|setting| empty_after_cue(wd, setting) || setting_phrases(wd, setting))
}

/// Prepositions that open where or how something was said ("in a
/// statement", "on Telegram", "during a visit"); not "to", which opens an
/// infinitive as often ("declined to comment").
pub(crate) fn is_setting_preposition(w: &str) -> bool {
    const SETTING_PREPOSITIONS: [&str; 10] = [
        "in", "on", "at", "with", "during", "after", "before", "from", "via", "ahead",
    ];
    // The content-end rules ask this of every word of a content: no word
    // longer than the longest preposition is one, which answers most words
    // before any comparison.
    const LONGEST: usize = 6;
    // Every row is at most `LONGEST` bytes (checked when compiling).
    const _: () = {
        let mut i = 0;
        while i < SETTING_PREPOSITIONS.len() {
            assert!(SETTING_PREPOSITIONS[i].len() <= LONGEST);
            i += 1;
        }
    };
    if w.len() > LONGEST || w.is_empty() {
        return false;
    }
    if SETTING_PREPOSITIONS.contains(&w) {
        return true;
    }
    // A headline in capitals ("…, TRUMP SAYS AHEAD OF SUMMIT") writes them
    // in capitals too.
    let capitals = w.bytes().all(|b| b.is_ascii_uppercase());
    capitals
        && SETTING_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
}

/// Whether `r` is only a chain of prepositional phrases, the setting of a
/// speech act ("in a report on Monday", "in a statement on Telegram", "to
/// reporters in Geneva", "in an interview with the BBC"): it opens with a
/// preposition and holds no clause — no "that", no quote, no comma, no
/// auxiliary, modal, pronoun subject or regular past form ("in Gaza the
/// shelling continued", "on Monday he would go" are content).
pub(crate) fn setting_phrases(wd: &DocWords, r: &str) -> bool {
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
                && !(lower && words::regular_past(w, || c))
        })
}

/// "posted on Truth Social: \"OUR DEAL …\"", "wrote in a statement: the
/// talks failed": a setting of the speech ([`setting_phrases`]) closed by
/// a colon before what was said. The bytes up to the colon's end, which are
/// where it was said and no part of the content; `None` for any other shape
/// (a colon after a clause: "said one thing: …").
pub(crate) fn setting_before_colon(wd: &DocWords, r: &str) -> Option<usize> {
    // `memchr` rather than `str::find`'s `char` searcher: the rest of a
    // sentence is read for every cue that asks, and most hold no colon.
    let colon = memchr::memchr(b':', r.as_bytes())?;
    let (before, after) = (&r[..colon], &r[colon + 1..]);
    // "at 10:30 a.m.": a colon inside a time is no such colon.
    (before.ends_with(|c: char| c.is_alphabetic())
        && after.starts_with([' ', '"'])
        && !after.trim_start().is_empty()
        && setting_phrases(wd, before.trim()))
    .then_some(colon + 1)
}

/// "said on Thursday, two days after talks collapsed, that …": a setting
/// ([`setting_phrases`]) followed by asides set off by commas, each a time
/// measured from another event ("two days after talks collapsed", "a week
/// before the vote", "hours after the attack"): all of it places the
/// speech, none of it is said. `gap` is what stands between the cue and
/// the "that", trimmed, and ends in the comma that closes the last aside.
pub(crate) fn setting_with_time_asides(wd: &DocWords, gap: &str) -> bool {
    let Some(inner) = gap.strip_suffix(',') else {
        return false;
    };
    let mut pieces = inner.split(',');
    let first_is_setting = pieces.next().is_some_and(|p| setting_phrases(wd, p.trim()));
    let mut asides = 0;
    let all_timed = pieces.all(|p| {
        asides += 1;
        measured_time(wd, p.trim())
    });
    first_is_setting && all_timed && (1..=2).contains(&asides)
}

/// Whether `piece` opens with a time measured from an event: an optional
/// count ("two", "48", "a"), a lower-case unit and "after", "before",
/// "since" or "ago" ("two days after talks collapsed", "hours before").
fn measured_time(wd: &DocWords, piece: &str) -> bool {
    let mut ws = piece.split_space();
    let (Some(a), Some(b)) = (ws.next(), ws.next()) else {
        return false;
    };
    let counted = a.bytes().all(|c| c.is_ascii_digit())
        || matches!(a, "a" | "an")
        || wd.exact(a) & words::NUMBER_WORD != 0;
    let relation = |w: &str| matches!(w, "after" | "before" | "since" | "ago");
    let (unit, rel) = match counted {
        true => (b, ws.next().unwrap_or("")),
        false => (a, b),
    };
    is_lower_word(unit) && relation(rel) && !piece.contains(['"', ';', ':', '(', '—'])
}
