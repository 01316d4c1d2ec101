//! Speaker spans: the speaker right before a cue (`Ctx::speaker_before`:
//! the noun phrase, else mentions, pronouns and role nouns; relative
//! clauses and asides between) or right after it (`Ctx::speaker_after`),
//! the sentence subject past datelines and fronted phrases, and the
//! phrase cleaned of what names no one (`speaker_phrase`).

use super::*;

/// Whether the words between two mentions of a speaker phrase put the
/// second in a place after the first: " in ", " operating in ", " based
/// in " (a participle and a `locative` preposition of claims-words.tsv, or
/// the preposition alone).
pub(crate) fn locative_postmodifier(wd: &DocWords, between: &str) -> bool {
    let locative = |w: &str| wd.exact(w) & words::LOCATIVE != 0;
    let mut words = between.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(p), None, None) => locative(p),
        (Some(v), Some(p), None) => (v.ends_with("ing") || v.ends_with("ed")) && locative(p),
        _ => false,
    }
}

/// Whether `before`, a speaker phrase up to the start of a mention in it,
/// puts the mention in a post-modifier that names no one who speaks: the
/// place where bodies work after an `organisation_head` noun and a
/// participle ("aid groups operating in Sudan", "firms based in Britain";
/// "voters in Ohio" stay people of Ohio), or the audience of a speaking
/// participle (`outlet_contact`: "officials speaking to reporters",
/// "diplomats talking with the BBC") and where they spoke ("speaking in
/// Geneva").
pub(crate) fn setting_or_audience(wd: &DocWords, before: &str) -> bool {
    let mut words = before
        .split_whitespace()
        .rev()
        .skip_while(|w| is_lower_word(w) && wd.exact(w) & words::DETERMINER != 0);
    let (Some(prep), Some(participle)) = (words.next(), words.next()) else {
        return false;
    };
    if !is_lower_word(participle) {
        return false;
    }
    // "speaking in Geneva", "speaking at the UN": where they spoke is no
    // speaker either.
    let speaking = participle.ends_with("ing")
        && wd.exact(participle) & words::OUTLET_CONTACT != 0
        && wd.exact(prep) & words::PARTICIPLE_LINK != 0;
    speaking
        || ((participle.ends_with("ing") || participle.ends_with("ed"))
            && wd.exact(prep) & words::LOCATIVE != 0
            && words
                .next()
                .is_some_and(|head| wd.extra(head) & words::ORGANISATION_HEAD != 0))
}

/// Whether `upto`, a speaker phrase from one mention to the start of a
/// later one, makes the later one whom a role is held towards ("Iran's
/// ambassador to the UN", "the U.S. envoy to Lebanon", "a Saudi adviser to
/// the Yemeni government", "the EU's mission in Kyiv"): it ends in a role
/// head or a `posted_body` word, then "to" or a `locative` preposition,
/// then determiners only, and some word (the first mention, which owns the
/// role) stands before the role. The holder serves the first mention; the
/// later one is where or to whom the holder is sent.
pub(crate) fn role_towards(wd: &DocWords, upto: &str) -> bool {
    let mut words = upto
        .split_whitespace()
        .rev()
        .skip_while(|w| is_lower_word(w) && wd.exact(w) & words::DETERMINER != 0);
    words
        .next()
        .is_some_and(|w| w == "to" || wd.exact(w) & words::LOCATIVE != 0)
        && words.next().is_some_and(|w| {
            is_lower_word(w)
                && (wd.exact(w) & words::ROLE_HEAD != 0 || wd.extra(w) & words::POSTED_BODY != 0)
        })
        && words.next().is_some()
}

/// Whether `before`, the words before a number, make it the end of a share
/// that opens the speaker phrase ("Six in", "nearly nine out of", ", but
/// four of"): a number or number word, then "in" or "(out) of", with
/// nothing before the count but the clause's opening, a conjunction or
/// preposition, or an adverb in -ly. After a verb the share is an object
/// and a cue word after it a modifier ("won 6 in 10 reported games").
pub(crate) fn ends_share(wd: &DocWords, before: &str) -> bool {
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

/// The head noun of a speaker phrase: its last word before a
/// postmodifier, which opens with a preposition, determiner or time word
/// (`not_before_cue`, `np_stop`, `relative_time`: "last week"), "out" ("a
/// poll out Monday") or a lower-case participle in -ed ("A 2014
/// study by …" → "study", "research conducted by …" → "research", "A
/// Quinnipiac poll this month" → "poll", "The head of the inquiry" →
/// "head").
pub(crate) fn phrase_head<'p>(wd: &DocWords, phrase: &'p str) -> &'p str {
    let mut head = "";
    let mut ws = phrase.split_space().enumerate().peekable();
    while let Some((i, w)) = ws.next() {
        // "An earlier version of this article": a time adjective after the
        // opening determiner modifies the head after it
        // (`np::modifies_noun_after`, which kept it in the phrase).
        let adjective = i == 1
            && modifies_noun_after(
                wd,
                w,
                wd.of(w),
                (Some(head), ws.peek().map(|&(_, r)| r), None),
            );
        if adjective {
            continue;
        }
        if i > 0 {
            // One look-up for both classes.
            let c = wd.exact(w);
            let postmodifier = c & (words::NOT_BEFORE_CUE | words::NP_STOP) != 0
                || (is_lower_word(w) && c & words::RELATIVE_TIME != 0)
                || w == "out"
                || (w.len() > 4 && w.ends_with("ed") && is_lower_word(w));
            if postmodifier {
                break;
            }
        }
        head = w;
    }
    head
}

/// The end of the speaker phrase `s..e` without a time phrase it ends in
/// ("Taiwanese President Lai Ching-te last month called", "the minister
/// this week said"): two or three `time_word`s, a modifier ("last",
/// "this") then a time noun, after a name or a role noun. `e` otherwise
/// ("a statement", "the last survivor").
pub(crate) fn without_trailing_time(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
    let phrase = &text[s..e];
    // The rule reads at most the last four words (three time words and the
    // head before them): split only those, from the end.
    let mut back = phrase.split_space().rev();
    // Both readings end in the phrase's last word as a time word: most
    // phrases ("the minister", "Reuters") are settled on that one look-up,
    // before the words before it are split.
    let final_word = back.next();
    let last = final_word.unwrap_or("");
    if wd.exact(last) & words::TIME_WORD == 0 {
        return e;
    }
    let last_words: [Option<&str>; 4] = [final_word, back.next(), back.next(), back.next()];
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
        let noun = wd.exact(last) & (words::DETERMINER | words::NP_STOP) == 0;
        let speaker_end = head_last.starts_with(|c: char| c.is_uppercase())
            || wd.is(head_last, words::PEOPLE_NOUN);
        if all_time && noun && speaker_end {
            // The phrase up to the head's last word: its words joined by
            // the spaces between them.
            let head_end = head_last.as_ptr() as usize - phrase.as_ptr() as usize + head_last.len();
            return s + head_end;
        }
    }
    e
}

/// Where a finding's speaker phrase `s..e` (its head a `finding_source`
/// noun: a poll, a survey, a report, [`phrase_head`]) ends when a time
/// phrase alone stands between it and the cue at `cue_start`: the time
/// dates the finding and stays in its span, as PolNeAR's sources hold it
/// ("A CNN/ORC poll in January shows", "A Quinnipiac University poll this
/// month found", "A Monmouth poll out Monday showed"). A person's time
/// phrase is cut as before ("The minister this week said" →
/// [`without_trailing_time`]). The time phrase is at most four words, all
/// `time_word`s or years after an optional "out", ending in a word other
/// than a preposition or determiner. `e` otherwise.
pub(crate) fn finding_time_end(
    wd: &DocWords,
    text: &str,
    s: usize,
    e: usize,
    cue_start: usize,
) -> usize {
    const TIME_MAX_WORDS: usize = 4;
    // Every answer but a dated one is `e`, and no time phrase stands in a
    // blank gap (the speaker right before its cue, most speakers): that
    // test comes before the head is sought.
    let gap = &text[e..cue_start];
    let time = gap.trim();
    if time.is_empty() {
        return e;
    }
    let phrase = &text[s..e];
    let head = phrase_head(wd, phrase);
    if wd.of(head) & words::FINDING_SOURCE == 0 {
        return e;
    }
    // "Your report on the agreement signed by the minister on Thursday":
    // a participle on the object of the head's preposition dates that
    // object's event, not the report ("a poll released Sunday" dates it).
    let after_head = &phrase[head.as_ptr() as usize - phrase.as_ptr() as usize + head.len()..];
    let mut preposition = false;
    for w in after_head.split_space() {
        if is_participle(wd, w) && preposition {
            return e;
        }
        preposition |= is_lower_word(w) && wd.exact(w) & words::POSTMODIFIER_LINK != 0;
    }
    let mut ws: Vec<&str> = time.split_space().collect();
    if ws.first() == Some(&"out") {
        ws.remove(0);
    }
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let dated = !ws.is_empty()
        && ws.len() <= TIME_MAX_WORDS
        && ws
            .iter()
            .all(|w| year(w) || wd.exact(w) & words::TIME_WORD != 0)
        && ws.last().is_some_and(|w| {
            year(w) || wd.exact(w) & (words::DETERMINER | words::NP_STOP) == 0 || is_day_word(wd, w)
        });
    if !dated {
        return e;
    }
    e + (gap.len() - gap.trim_start().len()) + time.len()
}

/// "<claim>, an accusation Tehran rejected": when the speaker phrase
/// `start..end` of a sentence-final cue opens with a report noun ("an
/// accusation", "claims", "a charge the government …") right after a comma,
/// the speaker is what follows the noun. Returns that speaker and the
/// comma's byte offset.
pub(crate) fn reported_noun_speaker(
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
    // "…, a report from the agency said": a preposition after the noun
    // opens its post-modifier, and the noun with it is the speaker.
    let next = &text[s0..words[det + 1].1];
    if lower_in(wd, next, words::NOUN_LINK | words::POSTMODIFIER_LINK) {
        return None;
    }
    if text[s0..end].starts_with("that ") {
        s0 += 5;
    }
    let sp = ctx.speaker_from_np(s0, end);
    sp.text.is_some().then_some((sp, comma))
}

/// Whether `head`, the words before a cue, are a short subject followed by a
/// relative clause set off by commas ("Witnesses, who asked not to be
/// identified,"): such a head names the speaker, it is no claim.
pub(crate) fn relative_clause_subject(wd: &DocWords, head: &str) -> bool {
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

/// Whether `head`, the words before a cue, are a short subject followed by
/// the reduced passive of an `addressee_verb` set off by commas, after an
/// optional subordinator ("Trump, asked whether he would meet him,", "The
/// minister, when asked about the deal,"): the subject is who was asked and
/// speaks for the main verb; the aside is no claim.
pub(crate) fn addressed_aside_subject(wd: &DocWords, head: &str) -> bool {
    let Some(inner) = head.strip_suffix(',') else {
        return false;
    };
    let Some((subject, aside)) = inner.split_once(", ") else {
        return false;
    };
    short_plain_subject(subject) && !aside.contains(", ") && opens_with_addressed_passive(wd, aside)
}

/// Whether `subject`, the words before the comma opening an aside, read as a
/// short subject: at most six words, no quote, no comma.
fn short_plain_subject(subject: &str) -> bool {
    const SUBJECT_MAX_WORDS: usize = 6;
    let subject = subject.trim_start();
    !subject.is_empty()
        && subject.split_whitespace().count() <= SUBJECT_MAX_WORDS
        && !subject.contains(['"', '“', '”', ',', '(', ')'])
}

/// Whether `clause` opens, after an optional subordinator ("when", "if",
/// "as"), with the past participle of an `addressee_verb` ("asked",
/// "told"): a reduced passive whose subject is who was addressed.
pub(crate) fn opens_with_addressed_passive(wd: &DocWords, clause: &str) -> bool {
    let mut ws = clause.split_space();
    let mut first = ws.next().unwrap_or("");
    if wd.exact(first) & words::SUBORDINATOR != 0 {
        first = ws.next().unwrap_or("");
    }
    let first = first.trim_end_matches(',');
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && (first.ends_with("ed") || first == "told")
        && wd.exact(first) & words::ADDRESSEE_VERB != 0
}

/// Whether the cue starting at `cue_start` opens the reduced passive of an
/// `addressee_verb` set off by commas after a short subject at the start of
/// the sentence (`ss`): "Trump, asked whether …, said", "The minister, when
/// asked about the deal, said". The subject is who was asked; the aside
/// reports no claim of its own (the main verb carries the answer).
pub(crate) fn addressed_aside_after_subject(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
    clause_end: usize,
) -> bool {
    // A sentence adverbial may run past the cue ("Fundraisers, scorned by
    // Trump, …" reads "Fundraisers," as one): no subject stands before it.
    let Some(head) = text.get(ss..cue_start).map(str::trim_end) else {
        return false;
    };
    let head = match head.rsplit_once(' ') {
        Some((rest, w)) if wd.exact(w) & words::SUBORDINATOR != 0 => rest.trim_end(),
        _ => head,
    };
    let Some(subject) = head.strip_suffix(',') else {
        return false;
    };
    short_plain_subject(subject)
        && opens_with_addressed_passive(wd, &text[cue_start..clause_end])
        && text[cue_start..clause_end].contains(',')
}

/// Where a sentence starting at `ss` begins after its dateline ("CAIRO,
/// Nov 20 (Reuters) - …", "TEHRAN — …"; read once with the text layer):
/// `ss` when there is none. A dateline is nobody's speech and names no speaker.
pub(crate) fn dateline_end(layer: &TextLayer, ss: usize) -> usize {
    layer.after_dateline(ss)
}

/// Where the subject of a sentence starting at `ss` (after its dateline)
/// begins: after a sentence adverbial set off by a comma ("However,",
/// "In fact,", "On Monday,"), which is no speaker of a later verb.
pub(crate) fn subject_start(wd: &DocWords, text: &str, ss: usize) -> usize {
    subject_start_past(wd, text, ss, false, &|_, _| false).0
}

/// [`subject_start`], and with `fronted` also past a prepositional phrase
/// or adverbial clause opening the sentence ("In a victory speech,"); the
/// flag returned says whether such a phrase was skipped, after which the
/// subject found must name someone (the comma may have closed a clause of
/// its own: "after months of looking, I found them, and asked …").
pub(crate) fn subject_start_past(
    wd: &DocWords,
    text: &str,
    ss: usize,
    fronted: bool,
    names_place: &dyn Fn(usize, usize) -> bool,
) -> (usize, bool) {
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
        // "Hours later, Trump returned the compliment, telling …", "For
        // months, Obama has been on the sidelines, arguing …": a time
        // phrase set off by a comma is no subject either.
        let skipped = skipped.or_else(|| time_adverbial_end(wd, text, &words));
        // "In a victory speech, Mr. Trump struck a measured tone, saying …":
        // a prepositional phrase or adverbial clause of up to ten words
        // opening the sentence, closed by a comma, holds no subject.
        let skipped = skipped.or_else(|| {
            if !fronted {
                return None;
            }
            let &(fs, fe) = words.first()?;
            // "Here in Columbia, Sanders stepped up …", "Early in his
            // campaign, Trump attacked …", "Shortly after the merger,
            // the families …": a place, time or -ly adverb before its
            // prepositional phrase opens the sentence as the preposition
            // would.
            let first = &text[fs..fe];
            let adverb = wd.exact(first) & (words::PLACE_ADVERB | words::TIME_OPENER) != 0
                || (first.len() > 4
                    && first.ends_with("ly")
                    && first.get(1..).is_some_and(is_lower_word));
            let adverb_before_preposition = adverb
                && words
                    .get(1)
                    .is_some_and(|&(a, b)| wd.exact(&text[a..b]) & words::OPENING_PREPOSITION != 0);
            if wd.exact(first) & words::OPENING_PREPOSITION == 0
                && !adverb_before_preposition
                && !opening_participle(wd, text, &words)
            {
                return None;
            }
            let mut wide = (s + 120).min(text.len());
            while !text.is_char_boundary(wide) {
                wide -= 1;
            }
            // The first line break after `s`, found once: a word past it
            // ends the phrase (each word asked it anew before).
            let line_break = memchr::memchr(b'\n', &text.as_bytes()[s..wide]).map(|p| s + p);
            let phrase: Vec<(usize, usize)> = WordsForward::new(text, s, wide)
                .take(10)
                // Within the sentence and the paragraph: a word ending in
                // a full stop (not an abbreviation) ends the search.
                // A title in quotes stays inside ("Speaking Sunday on ABC's
                // “This Week,” Carson admitted"), its closing mark after
                // the comma that ends the phrase.
                .take_while(|&(ws, we)| {
                    let w = &text[ws..we];
                    !w.contains(['(', ')', ';', ':', '—'])
                        && line_break.is_none_or(|at| at >= we)
                        && (!w.ends_with(['.', '!', '?']) || is_abbreviation(wd, w))
                })
                .collect();
            let comma = phrase.iter().position(|&(_, we)| {
                let before = &text[..we];
                before.ends_with(',') || before.ends_with(",\"") || before.ends_with(",”")
            })?;
            let comma = past_place_of_place(text, &phrase, comma, names_place);
            let we = phrase[comma].1;
            skipped_fronted = true;
            Some(we + (text[we..].len() - text[we..].trim_start().len()))
        });
        match skipped {
            Some(next) => s = next,
            None => break,
        }
    }
    (s, skipped_fronted)
}

/// The index in `phrase` of the comma that closes a fronted phrase, given
/// the first comma's word `comma`: past a "Town, State," pair ("At a rally
/// in Beaumont, Tex., Mr. Trump …", "Speaking in Salem, New Hampshire,
/// Trump …"), whose first comma sets the larger place off the smaller one.
/// The larger place is one or two capitalised words closed by a comma that
/// `names_place` (start, end) says name a place or a state, or a short
/// capitalised abbreviation ("Tex.", "Calif."); a person set off after a
/// place ("After winning in Iowa, Clinton, the nominee, …") is no such pair.
fn past_place_of_place(
    text: &str,
    phrase: &[(usize, usize)],
    comma: usize,
    names_place: &dyn Fn(usize, usize) -> bool,
) -> usize {
    const ABBREVIATION_MAX_BYTES: usize = 6;
    let capitalised = |k: usize| {
        phrase
            .get(k)
            .is_some_and(|&(ws, we)| text[ws..we].starts_with(|c: char| c.is_ascii_uppercase()))
    };
    if !capitalised(comma) {
        return comma;
    }
    let Some(last) = (comma + 1..(comma + 3).min(phrase.len()))
        .take_while(|&k| capitalised(k))
        .find(|&k| text[..phrase[k].1].ends_with(','))
    else {
        return comma;
    };
    let (start, end) = (phrase[comma + 1].0, phrase[last].1 - 1);
    let place = &text[start..end];
    let abbreviation = last == comma + 1
        && place.len() <= ABBREVIATION_MAX_BYTES
        && place.ends_with('.')
        && place[..place.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_alphabetic());
    if abbreviation || names_place(start, end) {
        last
    } else {
        comma
    }
}

/// Where the subject starts after a time phrase of up to four words that
/// opens the sentence and ends in a comma: "Hours later,", "A month
/// later,", "The day before,", "For months,", "This week,", "Two years
/// ago,". Its words are determiners, numbers, "for", relative time words
/// ("this", "last"), time units and time openers ("later", "earlier"), with
/// a time unit or day word among them; the word before the comma is a
/// unit, a day or a time opener ("ago", "before" too). A subject pronoun
/// right after such a phrase ends it with no comma ("Last week she"). `None`
/// otherwise ("Hours of talks,", "This week's vote,").
fn time_adverbial_end(wd: &DocWords, text: &str, words: &[(usize, usize)]) -> Option<usize> {
    const PHRASE_MAX_WORDS: usize = 4;
    let mut unit = false;
    for (i, &(ws, we)) in words.iter().take(PHRASE_MAX_WORDS).enumerate() {
        let raw = &text[ws..we];
        let w = raw.strip_suffix(',').unwrap_or(raw);
        let c = wd.exact(w);
        let closer = matches!(w, "ago" | "before") || c & words::TIME_OPENER != 0;
        let is_unit = c & words::TIME_UNIT != 0 || is_day_word(wd, w);
        let part = is_unit
            || closer
            || w.bytes().all(|b| b.is_ascii_digit())
            || w.eq_ignore_ascii_case("for")
            || c & (words::DETERMINER | words::NUMBER_WORD | words::RELATIVE_TIME) != 0;
        if !part || w.is_empty() {
            return None;
        }
        unit |= is_unit;
        if raw.ends_with(',') {
            let rest = &text[we..];
            return (unit && (is_unit || closer))
                .then(|| we + (rest.len() - rest.trim_start().len()));
        }
        // "Last week she met the envoy, saying …": with no comma, a subject
        // pronoun right after the phrase opens the clause.
        let pronoun_next = words.get(i + 1).filter(|&&(a, b)| {
            let c = wd.exact(&text[a..b]);
            c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0
        });
        if let Some(&(ps, _)) = pronoun_next.filter(|_| unit && (is_unit || closer)) {
            return Some(ps);
        }
    }
    None
}

/// Whether `words` (the first words of a sentence) open with a participle
/// phrase set off before the subject: "Appearing before cheering supporters
/// Monday morning at party headquarters, Suu Kyi said …", "Speaking to
/// reporters on Tuesday, the minister said …". The first word is a
/// capitalized -ing form that is no preposition ("According", "Including")
/// and the second a preposition, "to" or a time word, which a noun in -ing
/// ("Morning prayers", "Reading Council") is not followed by.
pub(crate) fn opening_participle(wd: &DocWords, text: &str, words: &[(usize, usize)]) -> bool {
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

/// A speaker phrase cleaned of what names no one: a trailing time phrase
/// ("a report Thursday", "the ministry on Monday") is cut off, and a phrase
/// left with nothing but determiners ("The", "this") is no speaker (`None`).
pub(crate) fn speaker_phrase(
    wd: &DocWords,
    text: &str,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // "- China's commerce ministry said": a list item's mark (a lone
    // symbol opening the line: a dash, a bullet, an asterisk) is no part
    // of the speaker.
    let start = {
        // Read only after a lone mark: most phrases open with a word.
        let line_start = || {
            let before = text[..start].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with('\n')
        };
        // The phrase up to its first space (`split_space`, a byte loop:
        // every speaker comes here).
        let first = text[start..end].split_space().next().unwrap_or("");
        let mark = !first.is_empty()
            && first.chars().count() == 1
            && first
                .chars()
                .all(|c| !c.is_alphanumeric() && !c.is_whitespace());
        if mark && first.len() < end - start && line_start() {
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
        // "A reporter for USA Today": the time word is the name's.
        if !is_day_word(wd, w) || dated || time_in_name(wd, text, start, last.0, w, wd.of(w)) {
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
    // "Some said they …", "Both think …": a lone quantifier is the whole
    // subject, standing for people.
    let lone_quantifier =
        start == last.0 && !cut && wd.exact(&text[last.0..last.1]) & words::QUANTIFIER_PRONOUN != 0;
    if only_determiners && !lone_quantifier {
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
pub(crate) fn before_relative_clause(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    let phrase = &text[start..end];
    let mut from = 0;
    // `memchr` rather than `str::find`'s `char` searcher (set up again for
    // each comma): every claim's speaker phrase is read here.
    while let Some(p) = memchr::memchr(b',', &phrase.as_bytes()[from..]).map(|p| from + p) {
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
/// ([`before_relative_clause`]) and without the object of a relative clause
/// it opens with ([`past_relative_object`]). Cut only in the record: the
/// rules before read the whole phrase up to the cue ("Cruz, who …, said",
/// "…, a plan the group has rejected").
///
/// A "who" clause set off by commas stays: the speaker's text is the whole
/// noun phrase that names who speaks ("said Biden, who served as a senator
/// for 36 years"; "Chris Cox, who runs the NRA's lobbying arm, says"), as
/// PolNeAR's sources hold it, unless a claim's cue stands inside the
/// clause ("Barkley, who said he votes democratic, said"): the clause is
/// then a claim of its own, whose speaker is the "who". A "which" clause
/// is cut: after an appositive it mostly describes the organisation the
/// appositive names ("legal director for the ACLU, which filed a
/// challenge"). `cues` are the document's claim cues, in any order.
pub(crate) fn without_relative_clause(
    wd: &DocWords,
    text: &str,
    mut sp: Speaker,
    cues: &[(usize, usize)],
) -> Speaker {
    let Some(span) = sp.span.as_ref() else {
        return sp;
    };
    let (start, end) = (span.start, span.end);
    let mut cut = before_relative_clause(wd, text, start, end);
    // "said one official, who spoke on condition of anonymity": after a
    // cue PolNeAR's sources leave out the reason a source goes unnamed;
    // before one ("Officials, who spoke on condition of anonymity, said")
    // they keep it with the rest of the clause (session 41).
    // Asked only of a speaker with a clause to keep: the cue list is the
    // document's.
    let postposed = || {
        cues.iter()
            .any(|&(_, e)| e <= start && text[e..start].trim().is_empty())
    };
    if cut < end
        && keeps_who_clause(wd, &text[cut..end], postposed)
        && !cues.iter().any(|&(s, e)| cut <= s && e <= end)
    {
        cut = end;
    }
    // "everything Trump says", "an offer the leadership rebuffed": the
    // relative clause's object is no part of who speaks either.
    let from = past_relative_object(wd, text, start, cut);
    if (from > start || cut < end) && sp.text.as_deref() == Some(&text[start..end]) {
        sp.text = Some(text[from..cut].to_string());
        sp.span = Some(Span::of(text, from, cut));
    }
    sp
}

/// Whether `clause`, a comma and a relative clause ending a speaker
/// phrase, is a "who" clause with words of its own (", who served
/// as a senator"): one the speaker's text keeps. A bare ", who" is no
/// clause, and after the cue (`postposed`) one giving the reason a source
/// goes unnamed (", who spoke on condition of anonymity", ", who declined
/// to be identified": an `anonymity` word) describes no one. A participle
/// of the class gives that reason only after "be" or "not" (", who was
/// named party chair" describes someone); its noun and adverb anywhere.
fn keeps_who_clause(wd: &DocWords, clause: &str, postposed: impl Fn() -> bool) -> bool {
    clause
        .trim_start_matches(',')
        .trim_start()
        .strip_prefix("who ")
        .is_some_and(|rest| {
            // Only a postposed clause's words are read.
            let unnamed_reason = postposed() && {
                let mut previous = "who";
                rest.split_space().any(|w| {
                    let w = w.trim_end_matches([',', '.']);
                    let before = std::mem::replace(&mut previous, w);
                    is_lower_word(w)
                        && wd.exact(w) & words::ANONYMITY != 0
                        && (!w.ends_with("ed") || matches!(before, "be" | "not"))
                })
            };
            !rest.trim().is_empty() && !unnamed_reason
        })
}

/// The words a restrictive relative clause may have after its relative
/// word ("who have battled other online threats") for the clause to stay
/// in a speaker's span.
const RESTRICTIVE_CLAUSE_MAX_WORDS: usize = 20;

/// `clause` without the adverbs and auxiliaries that end it before the cue
/// ("executives who run news organizations almost say"): words of the
/// `np_stop`, `cue_lead` or `approximation` classes.
fn without_trailing_adverbs<'c>(wd: &DocWords, mut clause: &'c str) -> &'c str {
    while let Some((rest, last)) = clause.rsplit_once(' ') {
        let c = wd.of(last);
        if c & (words::NP_STOP | words::CUE_LEAD | words::APPROXIMATION) == 0 {
            break;
        }
        clause = rest.trim_end();
    }
    clause
}

/// Whether `clause` (the text after a relative word, trimmed) reads as one
/// restrictive relative clause: no mark that ends it inside
/// ([`relative_clause_stop`]) and at most [`RESTRICTIVE_CLAUSE_MAX_WORDS`]
/// words.
fn plain_relative_clause(wd: &DocWords, clause: &str) -> bool {
    !clause.is_empty()
        && relative_clause_stop(wd, clause) == clause.len()
        && clause.split_space().count() <= RESTRICTIVE_CLAUSE_MAX_WORDS
}

/// Where a relative clause opening `after` stops: at its first comma,
/// quote mark, bracket, dash, line break or sentence mark; a period that
/// ends an abbreviation ("Mr.", "D.C.") stays inside.
fn relative_clause_stop(wd: &DocWords, after: &str) -> usize {
    let mut from = 0;
    while let Some(p) = after[from..]
        .find([
            '.', ',', ';', ':', '"', '(', ')', '—', '\n', '“', '”', '?', '!',
        ])
        .map(|p| from + p)
    {
        let b = after.as_bytes();
        // "makes $46,344": a comma between digits is inside a number.
        let in_number = b[p] == b','
            && p > 0
            && b[p - 1].is_ascii_digit()
            && b.get(p + 1).is_some_and(u8::is_ascii_digit);
        if in_number {
            from = p + 1;
            continue;
        }
        if b[p] != b'.' {
            return p;
        }
        // "earned a Ph.D. from Harvard": a period with a letter right
        // after it is inside a dotted abbreviation, which the word's last
        // period then judges.
        if b.get(p + 1).is_some_and(u8::is_ascii_alphabetic) {
            from = p + 1;
            continue;
        }
        let word_start = after[..p].rfind(' ').map_or(0, |s| s + 1);
        if !is_abbreviation(wd, &after[word_start..=p]) {
            return p;
        }
        from = p + 1;
    }
    after.len()
}

/// Whether `clause`, the words after a relative "that", opens with a verb
/// (an auxiliary, a past form or an -ed word: "that released the report",
/// "that had begun to consider"), so the "that" is its subject; "that the
/// ministry released" is an object clause.
fn opens_with_verb(wd: &DocWords, clause: &str) -> bool {
    let first = clause.split_space().next().unwrap_or("");
    is_lower_word(first)
        && (wd.exact(first) & words::CUE_LEAD != 0
            || wd.of(first) & (words::PAST_FORM | words::ACTION_PAST) != 0
            || (first.len() > 4 && first.ends_with("ed")))
}

/// A claim's speaker with the restrictive relative clause (no comma before
/// the relative word) that follows its head, as PolNeAR's sources hold it:
/// "people who have battled other online threats say", "The little polling
/// that was done in the state before Tuesday's primary showed", "said a
/// Mexican official who was not authorized to speak publicly". The rules
/// find the head and the actor from it; only the record's span grows.
/// Before the cue the clause runs up to the cue and a "that" clause must
/// open with a verb (an auxiliary, a past form, an -ed word: "the agency
/// that released the report"); after the cue a "who" clause runs up to
/// the first comma or sentence mark. A clause set off by a comma stays cut
/// ([`without_relative_clause`], session 27's convention).
pub(crate) fn with_restrictive_relative_clause(
    wd: &DocWords,
    text: &str,
    mut sp: Speaker,
    cue: (usize, usize),
) -> Speaker {
    let Some((start, end)) = verbatim_span(text, &sp) else {
        return sp;
    };
    let clause_end = if end <= cue.0 {
        let gap = &text[end..cue.0];
        let Some((relative, clause)) = gap
            .strip_prefix(' ')
            .and_then(|g| g.split_once(' '))
            .filter(|(r, _)| matches!(*r, "who" | "whose" | "that"))
        else {
            return sp;
        };
        let clause = clause.trim_end();
        // "The senator who made enemies … and bragged about it": a cue
        // coordinated inside the clause is the clause's own verb, whose
        // speaker is the relative word. "they knew who they were …",
        // "notifies people who it thinks": a pronoun right before the cue
        // is its own subject; the "who" is no relative of the phrase.
        let coordinated = clause
            .split_space()
            .next_back()
            .is_some_and(|w| is_coordinator(wd, w));
        let clause = without_trailing_adverbs(wd, clause);
        let last = clause.split_space().next_back().unwrap_or("");
        let own_subject = coordinated || wd.of(last) & (words::PRONOUN | words::RELATIVE) != 0;
        if !plain_relative_clause(wd, clause) || own_subject {
            return sp;
        }
        if relative == "that" && !opens_with_verb(wd, clause) {
            return sp;
        }
        end + (gap.len() - gap.trim_start().len()) + relative.len() + 1 + clause.len()
    } else if start >= cue.1 {
        // The clause opens right after the span, or inside it where the
        // appositive reading stopped at a word of the clause ("said Bob
        // Mason, a retired letter carrier who lined up to hear Mr. Trump").
        let opens = if text[end..].starts_with(" who ") {
            Some(end + " who ".len())
        } else {
            // A plain backward scan: a span is a few words, and a
            // `memmem` searcher's set-up would cost more than the search.
            text.as_bytes()[start..end]
                .windows(" who ".len())
                .rposition(|w| w == b" who ")
                .filter(|&p| !text[start..start + p].ends_with(','))
                .map(|p| start + p + " who ".len())
        };
        let Some(clause_start) = opens else {
            return sp;
        };
        let after = &text[clause_start..];
        let clause = after[..relative_clause_stop(wd, after)].trim_end();
        if !plain_relative_clause(wd, clause) || clause_start + clause.len() <= end {
            return sp;
        }
        clause_start + clause.len()
    } else {
        return sp;
    };
    sp.text = Some(text[start..clause_end].to_string());
    sp.span = Some(Span::of(text, start, clause_end));
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
pub(crate) fn past_fronted_phrase(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
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
        let mut of_someone = words::PEOPLE_NOUN;
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

/// Where a speaker phrase starts past the object of a relative clause
/// written without "that", whose subject is the speaker: "everything Trump
/// says", "the kind of campaign Ayotte ran" (after a `relative_object` noun,
/// a name to the phrase's end), "an offer the leadership rejected", "nine
/// ridiculous things the Donald said" (a lower-case determiner after a
/// lower-case noun opens the subject), "which his colleague David French
/// called", "whom one insider described" (an object relative pronoun, then
/// a new phrase). A title before a name is no object ("the host Steve Doocy",
/// "The conservative writer David Frum"), nor is a determiner after a
/// preposition or another determiner ("some of the officials", "all the
/// ministers"). Read again from each new start ("any of those gifts the kind
/// Trump" → "Trump"). `start` when the phrase has no such object.
pub(crate) fn past_relative_object(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    const OBJECT_MAX_WORDS: usize = 6;
    let mut start = start;
    for _ in 0..3 {
        // Only the phrase's first words are read: split no further, and
        // keep them on the stack (every claim's speaker comes here).
        let mut words = [(0, 0); OBJECT_MAX_WORDS + 2];
        let mut n = 0;
        for word in WordsForward::new(text, start, end).take(words.len()) {
            words[n] = word;
            n += 1;
        }
        let Some(next) = relative_object_end(wd, text, &words[..n], end) else {
            break;
        };
        start = next;
    }
    start
}

/// Where the subject after a relative clause's object opens in `words`
/// (the phrase's first words, up to `end`): see [`past_relative_object`].
fn relative_object_end(
    wd: &DocWords,
    text: &str,
    words: &[(usize, usize)],
    end: usize,
) -> Option<usize> {
    let word = |j: usize| &text[words[j].0..words[j].1];
    if words.len() < 2 {
        return None;
    }
    let opens_phrase = |w: &str| {
        (is_lower_word(w) && wd.exact(w) & words::DETERMINER != 0)
            || w.starts_with(|c: char| c.is_uppercase())
    };
    // "which his colleague David French called it".
    let first = word(0);
    if lower_in(wd, first, words::RELATIVE) {
        return opens_phrase(word(1)).then_some(words[1].0);
    }
    let someone = words::PEOPLE_NOUN | words::MODIFIER;
    let name_to_end = |j: usize| {
        words[j..]
            .iter()
            .all(|&(a, b)| text[a..b].starts_with(|c: char| c.is_uppercase()))
            && words.last().is_some_and(|&(_, b)| b == end)
    };
    // "Voters doubt everything Trump says": a `relative_object` noun right
    // before a name to the phrase's end, whatever comes before it.
    let object_then_name = (1..words.len())
        .find(|&j| lower_in(wd, word(j - 1), words::RELATIVE_OBJECT) && name_to_end(j));
    if let Some(j) = object_then_name {
        return Some(words[j].0);
    }
    // "Skippers doubt everything the harbour board says": so does a
    // lower-case determiner opening a phrase of two words or more.
    // A quantifier opens it too ("something many Republicans had urged").
    let object_then_phrase = (1..words.len().saturating_sub(1)).find(|&j| {
        lower_in(wd, word(j - 1), words::RELATIVE_OBJECT)
            && lower_in(wd, word(j), words::DETERMINER | words::MODIFIER)
            && words.last().is_some_and(|&(_, b)| b == end)
    });
    if let Some(j) = object_then_phrase {
        return Some(words[j].0);
    }
    // "Everything the minister says is …": the sentence's first word is
    // capitalised but reads as the lower-case word it is.
    let sentence_opener = {
        let first = word(0);
        let before = text[..words[0].0].trim_end_matches([' ', '"', '\u{201c}']);
        first.len() > 1
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && is_lower_word(&first[1..])
            && (before.is_empty() || before.ends_with(['.', '!', '?', '\n']))
    };
    let lower_at = |j: usize| is_lower_word(word(j)) || (j == 0 && sentence_opener);
    let mut object = false;
    for j in 0..words.len() {
        let w = word(j);
        if w.contains([',', ';', ':', '"', '(', ')']) {
            return None;
        }
        let c = wd.exact(w);
        if j > 0 {
            let before = word(j - 1);
            let bc = wd.of(before);
            // A noun: no determiner, number, preposition ("some of the
            // officials", "at least a dozen members") or verb ("The town
            // released a statement", "a post getting a lot of clicks").
            let link = words::NP_STOP
                | words::NOT_BEFORE_CUE
                | words::NOT_COMPLEMENT
                | words::POSTMODIFIER_LINK
                | words::APPROXIMATOR
                // "The embassy outside the city said": a place, no
                // object of a relative clause.
                | words::LOCATIVE;
            let object_noun = bc & words::RELATIVE_OBJECT != 0;
            let verb = is_participle(wd, before)
                || (before.ends_with("ing") && !object_noun)
                || bc & (words::PAST_FORM | words::ACTION_PAST) != 0;
            // After a `relative_object` noun a speaker noun is the
            // object's own ("the kind of campaign Ayotte ran"), no title
            // of the name after it.
            let titles = if object { 0 } else { someone };
            let after_noun = lower_at(j - 1)
                && !verb
                && bc & (words::DETERMINER | words::NUMBER_WORD | link | titles) == 0;
            // "an offer the leadership rejected": a second phrase opens.
            if is_lower_word(w) && c & words::DETERMINER != 0 && after_noun && j + 1 < words.len() {
                return Some(words[j].0);
            }
            // "the promise he made", "the question nobody asked": a
            // subject pronoun never modifies the noun before it, so it
            // opens the relative clause's subject (claims96).
            let subject_pronoun =
                c & words::PRONOUN != 0 || wd.extra(w) & words::NEGATIVE_SUBJECT != 0;
            if is_lower_word(w) && subject_pronoun && after_noun && words[j].1 == end {
                return Some(words[j].0);
            }
            // "everything Trump says", "the kind of campaign Ayotte ran";
            // a quantifier right before the name opens the subject ("the
            // kind of jurist many Republicans fear").
            if w.starts_with(|c: char| c.is_uppercase()) {
                let quantified = lower_in(wd, before, words::MODIFIER);
                let opens = if quantified { j - 1 } else { j };
                return (object && after_noun && name_to_end(j)).then_some(words[opens].0);
            }
        }
        // The object opens with a determiner, a number or a
        // `relative_object` noun ("He's comparing the gun actions",
        // "saying his campaign" open with a clause).
        let opens_object = c & (words::DETERMINER | words::NUMBER_WORD | words::RELATIVE_OBJECT)
            != 0
            || w.bytes().all(|b| b.is_ascii_digit());
        if (j > 0 && !is_lower_word(w.trim_end_matches(['.']))) || (j == 0 && !opens_object) {
            return None;
        }
        object |= lower_at(j) && c & words::RELATIVE_OBJECT != 0;
    }
    None
}

/// Where a speaker phrase starts past a time phrase opening it with no comma
/// ("In 2016 an arbitral tribunal ruled", "Last year the ministry said",
/// "In March 2016 the court ruled"): a year or words of the time classes,
/// then a determiner that opens the speaker. A time phrase of two words
/// or more may also stand before a name ("This week Wellington said", "Last
/// year Congress voted"): one word before a capital may be a name's own
/// ("March Madness"). `start` when the phrase opens otherwise ("2016
/// candidates", "the March talks").
pub(crate) fn past_leading_time(wd: &DocWords, text: &str, start: usize, end: usize) -> usize {
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // `time_word` alone is wider than time ("a", "statement"): a day or
    // month word, or a time word after "last" / "this".
    let mut timed = false;
    let mut after_relative = false;
    let mut time_words = 0;
    for (ws, we) in WordsForward::new(text, start, end).take(4) {
        let w = &text[ws..we];
        let c = wd.exact(w);
        let time =
            is_year(w) || is_day_word(wd, w) || (after_relative && c & words::TIME_WORD != 0);
        after_relative = c & words::RELATIVE_TIME != 0;
        if time || after_relative {
            timed |= time;
            time_words += 1;
            continue;
        }
        let opens_speaker = is_lower_word(w) && wd.exact(w) & words::DETERMINER != 0;
        let opens_name = time_words >= 2
            && w.starts_with(|ch: char| ch.is_uppercase())
            && wd.of(w) & (words::TIME_WORD | words::NP_STOP | words::DETERMINER) == 0;
        return if timed && (opens_speaker || opens_name) {
            ws
        } else {
            start
        };
    }
    start
}

/// Where the subject ends when the phrase `s..` the walk found before a cue
/// stands inside the verb group: the object of a preposition opening an
/// adverbial ("Beck, who has in the past described", "the report on
/// Wednesday for the first time cited", "Curiel, who through his office
/// declined", `interposed_preposition`), or a lone lower-case word after an
/// auxiliary ("would only say", "has so far offered", `verb_group_aux`).
/// The end is before the preposition or the auxiliary and the auxiliaries
/// and adverbs before it (`cue_lead`), when a word other than a
/// conjunction or adverb ends the subject there, with no mark between
/// ("and in a statement said" leaves the walk's phrase alone). `None`
/// when the phrase stands otherwise.
pub(crate) fn subject_end_before_adverbial(
    wd: &DocWords,
    text: &str,
    lo: usize,
    s: usize,
    e: usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let touching = |a: (usize, usize), end: usize| text[a.1..end].bytes().all(|b| b == b' ');
    let before = word_before(bytes, lo, s).filter(|&w| touching(w, s))?;
    let w = &text[before.0..before.1];
    let phrase = &text[s..e];
    // "a fact-check on Donald Trump's claim": an owner before a noun cue
    // is its speaker wherever it stands.
    if phrase.ends_with("'s") || phrase.ends_with("\u{2019}s") || phrase.ends_with("s'") {
        return None;
    }
    // "have said he said", "to leaf through whenever you want": a phrase
    // ending in a pronoun is a clause's subject wherever it stands; "in
    // who responds": a relative or wh-word opens a clause.
    let first = phrase.split_space().next().unwrap_or("");
    let last = phrase.split_space().next_back().unwrap_or("");
    if wd.exact(last) & words::PRONOUN != 0
        || wd.exact(first) & (words::RELATIVE | words::WH_OPENER) != 0
    {
        return None;
    }
    let lone_word = is_lower_word(phrase) && !phrase.contains(' ');
    let mut end = if is_lower_word(first)
        && wd.exact(first) & words::INTERPOSED_PREPOSITION != 0
        && phrase.len() > first.len()
    {
        // "the report on Wednesday for the first time cited": the walk
        // took the whole adverbial in.
        s
    } else if is_lower_word(w) && wd.exact(w) & words::INTERPOSED_PREPOSITION != 0 {
        before.0
    } else if lone_word {
        // "has so far offered": one adverb may stand between.
        let adverb = wd.exact(w) & words::VERB_GROUP_AUX == 0
            && wd.exact(w) & words::NP_STOP != 0
            && wd.exact(w) & words::COORDINATOR == 0;
        let aux = if adverb {
            word_before(bytes, lo, before.0).filter(|&a| touching(a, before.0))?
        } else {
            before
        };
        if wd.exact(&text[aux.0..aux.1]) & words::VERB_GROUP_AUX == 0 {
            return None;
        }
        aux.0
    } else {
        return None;
    };
    for _ in 0..3 {
        let Some(lead) = word_before(bytes, lo, end).filter(|&a| touching(a, end)) else {
            break;
        };
        let lw = &text[lead.0..lead.1];
        if !is_lower_word(lw) || wd.exact(lw) & words::CUE_LEAD == 0 {
            break;
        }
        end = lead.0;
    }
    let subject_last = word_before(bytes, lo, end).filter(|&a| touching(a, end))?;
    let sw = &text[subject_last.0..subject_last.1];
    // "Mr. Trump on Tuesday in a statement said": a day ends the subject's
    // time phrase, which the speaker loses later.
    let relative_or_day = wd.exact(sw) & words::RELATIVE != 0 || is_day_word(wd, sw);
    // "rather than infringing on the only Amendment the Founding Fathers
    // wrote", "Speaking on radio show …": after a verb form the phrase
    // is its object, no adverbial.
    let verb_form = sw.ends_with("ing") || (is_lower_word(sw) && sw.ends_with("ed"));
    // "two-thirds of those in the nation's rising generation": a
    // determiner before the preposition heads the phrase that the
    // preposition's phrase completes.
    let plain = wd.exact(sw) & (words::NP_STOP | words::CUE_LEAD | words::DETERMINER) == 0
        && !sw.ends_with(',')
        && !verb_form;
    (relative_or_day || plain).then_some(end)
}

/// Where a bracketed date ending `head` (the words before a cue) opens:
/// "(May 22)", "(Thursday)" — a day, month or time word and
/// numbers only, two words at most, right before the cue. `None` when
/// `head` ends otherwise ("Sen. Jane Roe (R-Fla.)" is a party, kept).
pub(crate) fn dated_bracket_before(wd: &DocWords, head: &str) -> Option<usize> {
    let inner = head.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let date = &inner[open + 1..];
    let n = date.split_space().count();
    // "May" is a modal in the word rows; before a day's number it is the month.
    let day = |w: &str| is_day_word(wd, w) || (w == "May" && n == 2);
    let dated = (1..=2).contains(&n)
        && date.split_space().any(day)
        && date
            .split_space()
            .all(|w| day(w) || w.bytes().all(|b| b.is_ascii_digit()));
    (dated && !inner[..open].trim_end().is_empty()).then_some(open)
}

/// The sentence subject `s..e` without the clause's own verb that the
/// phrase scan ran into: a past tense with its object ("The council
/// released a statement", "The mayor held a news conference", "The senator
/// met voters", see `action_past`) or an
/// irregular past before its preposition ("Lee went after …"), when a word
/// other than a determiner or modifier stands before it. A participle
/// sentence's subject names who speaks ("The council released a statement
/// saying …").
pub(crate) fn subject_before_verb(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
    let words = words_in(text, s, e);
    if let Some(end) = pronoun_subject_end(wd, text, &words) {
        return end;
    }
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
            || object_relative_verb(wd, text, &words, n)
        {
            continue;
        }
        if present_verb_with_object(wd, text, &words, n) {
            return subject_end_before(text, &words, n);
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
        let common_noun = words::PEOPLE_NOUN;
        let named = (before.starts_with(|c: char| c.is_uppercase()) && !wd.is(before, common_noun))
            || wd.is(before, words::PRONOUN);
        // "Bradley apologized for the columns, saying …", "Sanders went
        // first at the town hall, predicting …": after a name, a
        // preposition or an adverb after the past closes the subject too; a free word there may be the noun it describes
        // ("Iran backed militias attacked …").
        let closes = n + 1 == words.len()
            || (named
                && words.get(n + 1).is_some_and(|&(a, b)| {
                    let next = &text[a..b];
                    let link = words::OPENING_PREPOSITION
                        | words::PARTICIPLE_LINK
                        | words::NOUN_LINK
                        | words::CUE_LEAD
                        | words::NP_STOP;
                    is_lower_word(next) && wd.exact(next) & link != 0
                }));
        if (regular_past || past) && closes {
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

/// Whether the `n`-th word of the phrase `words` is the verb of an object
/// relative clause with no "that": a subject pronoun right after a common
/// noun ("a document he drew up last year", "the plan she unveiled") opens
/// the clause, and the noun before it is the phrase's head, which the
/// clause describes; the verb ends no subject. A time noun before the
/// pronoun ("Last week she met …") or a stop word ("and he met") opens the
/// pronoun's own clause instead.
fn object_relative_verb(wd: &DocWords, text: &str, words: &[(usize, usize)], n: usize) -> bool {
    let word = |i: usize| words.get(i).map(|&(a, b)| &text[a..b]);
    let (Some(pronoun), Some(noun)) = (word(n - 1), n.checked_sub(2).and_then(word)) else {
        return false;
    };
    let subject_pronoun =
        wd.exact(pronoun) & words::PRONOUN != 0 && wd.exact(pronoun) & words::OBJECT_PRONOUN == 0;
    let free_noun = is_lower_word(noun)
        && wd.of(noun)
            & (words::NP_STOP
                | words::TIME_WORD
                | words::DETERMINER
                | words::CUE_LEAD
                | words::PRONOUN
                | words::RELATIVE)
            == 0;
    subject_pronoun && free_noun
}

/// Where a subject pronoun opening the phrase `words` ends, when the
/// phrase runs on past it into the pronoun's own verb phrase: "He rails
/// against the deal and pledges …" → "He", "She's a Sanders supporter, but
/// concedes …" → "She" (a contracted auxiliary is the verb too). A
/// pronoun names its referent and nothing after it in the phrase adds to
/// who speaks ("We Americans" keeps its capitalized noun). `None` when the
/// phrase opens otherwise or is the pronoun alone.
fn pronoun_subject_end(wd: &DocWords, text: &str, words: &[(usize, usize)]) -> Option<usize> {
    let &(ws, we) = words.first()?;
    let w = &text[ws..we];
    let stem_end = contracted_auxiliary(wd, w).map_or(we, |p| ws + p);
    let stem = &text[ws..stem_end];
    let subject_pronoun = stem == "I"
        || (wd.exact(stem) & words::PRONOUN != 0 && wd.exact(stem) & words::OBJECT_PRONOUN == 0);
    let verb_follows = stem_end < we
        || words
            .get(1)
            .is_some_and(|&(a, b)| text[a..b].starts_with(|c: char| c.is_lowercase()));
    (subject_pronoun && verb_follows).then_some(stem_end)
}

/// Whether the `n`-th word of the phrase `words` is a present-tense verb
/// with its object, after a name: "Putin chides Turkey and praises …",
/// "Sanders often questions Clinton's ties and has called for …",
/// "Wealth-X keeps its finances a secret, says …". The word is a
/// lower-case word in -s that names no one (no speaker or role noun:
/// "Trump supporters", "Clinton aides" are compounds), after a name (a
/// capitalized word that is no common noun) or after an adverb that leads
/// a verb ("often", "sharply") right after a name, and before its object:
/// a determiner or a capitalized word. A compound noun is followed by its
/// verb, not by an object ("Clinton emails show …").
fn present_verb_with_object(wd: &DocWords, text: &str, words: &[(usize, usize)], n: usize) -> bool {
    let word = |i: usize| words.get(i).map(|&(a, b)| &text[a..b]);
    let (Some(w), Some(object)) = (word(n), word(n + 1)) else {
        return false;
    };
    let verb_like = lower_present_s(w) && wd.exact(w) & (words::PEOPLE_NOUN | words::NP_STOP) == 0;
    if !verb_like {
        return false;
    }
    let common_noun = words::PEOPLE_NOUN;
    let name = |x: &str| {
        x.starts_with(|c: char| c.is_uppercase())
            && !x.ends_with("'s")
            && !x.ends_with("’s")
            && wd.of(x) & (common_noun | words::DETERMINER | words::NP_STOP) == 0
    };
    // "the more Schiff pushes these whines, the closer …, and the more the
    // people shrug and think …": a name after a comparative ("more",
    // "less": `approximator`) subjects a clause of degree, not the cue's.
    let name_at = |i: usize| {
        word(i).is_some_and(name)
            && !i
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|w| is_lower_word(w) && wd.exact(w) & words::APPROXIMATOR != 0)
    };
    let after_adverb = n.checked_sub(1).and_then(word).is_some_and(|before| {
        is_lower_word(before) && wd.leads_cue(before) && n.checked_sub(2).is_some_and(name_at)
    });
    let after_name = after_adverb || n.checked_sub(1).is_some_and(name_at);
    let object_follows =
        wd.exact(object) & words::DETERMINER != 0 || object.starts_with(|c: char| c.is_uppercase());
    // "Ola Berg often takes full credit for …": between a name and an
    // adverb that leads a verb, the -s word is that verb whatever its
    // object opens with (a compound noun takes no adverb before it).
    after_name && (object_follows || after_adverb)
}

/// Where the subject ends before the verb at word `n` of `words` (and an
/// adverb leading it).
fn subject_end_before(text: &str, words: &[(usize, usize)], n: usize) -> usize {
    let before = words[n - 1];
    if text[before.0..before.1].starts_with(|c: char| c.is_lowercase()) && n >= 2 {
        words[n - 2].1
    } else {
        before.1
    }
}

impl Ctx<'_> {
    /// [`subject_start_past`] of the clause opening at `lo`, past a fronted
    /// phrase, a mention naming a place closing it. The answer depends on
    /// `lo` alone, and consecutive asks are mostly of one sentence's
    /// opening (each cue of the sentence reads it, some rules twice), so
    /// the last answer is kept.
    pub(crate) fn fronted_subject_start(&self, lo: usize) -> (usize, bool) {
        if let Some((at, found)) = self.fronted_subject_start.get() {
            if at == lo {
                return found;
            }
        }
        let names_place = |a: usize, b: usize| self.names_place(a, b);
        let found = subject_start_past(self.words, self.text, lo, true, &names_place);
        self.fronted_subject_start.set(Some((lo, found)));
        found
    }

    /// A person mention the actor pass made of a role and a name in
    /// apposition, which the speaker phrase `start..end_all` (first comma at
    /// `end`) cuts: one that crosses that comma ("Its commander, Mohamed
    /// Hamdan Dagalo, said") or one that starts before the phrase and ends
    /// where its first part does ("Somalia's president, Hassan Sheikh
    /// Mohamud, who …, said"). That person is the speaker.
    pub(crate) fn apposed_person(
        &self,
        start: usize,
        end: usize,
        end_all: usize,
    ) -> Option<&Mention> {
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
    pub(crate) fn apposed_name_after(&self, end: usize, end_all: usize) -> Option<&Mention> {
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

    /// Whether the owned role `phrase` (ending in a lower-case word) has the
    /// whole apposition after its comma (`comma..end_all`) name a person the
    /// actor pass found: "UNRWA's commissioner-general, Philippe Lazzarini",
    /// "The European Union's climate commissioner, Wopke Hoekstra" — the
    /// person holds the role whatever its word, so the person speaks.
    pub(crate) fn known_person_apposed(&self, phrase: &str, comma: usize, end_all: usize) -> bool {
        phrase
            .split_space()
            .next_back()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
            && self.apposed_name_after(comma, end_all).is_some()
    }

    /// The speaker before a cue at `cue_start` when the words before it are
    /// a text or picture noun with an object relative clause of a name and
    /// a past verb: "The photo Trump posted showed …", "The report the
    /// Pentagon released said …" (the walk alone finds the name, the
    /// relative clause's subject). See `verb::object_relative_text_start`.
    fn object_relative_speaker(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        let head = self.text[lo..cue_start].trim_end();
        let verb_at = after_last_of(head, b" ");
        let verb = &head[verb_at..];
        let c = self.words.exact(verb);
        let past = is_lower_word(verb)
            && (words::regular_past(verb, || c)
                || c & (words::PAST_FORM | words::ACTION_PAST) != 0);
        if !past {
            return None;
        }
        let start = verb::object_relative_text_start(self.words, head[..verb_at].trim_end())?;
        Some(self.speaker_from_np(lo + start, lo + head.len()))
    }

    /// Where a name opening the clause starts when the phrase `s..e` the
    /// walk found before a cue is only the tail of its list after a comma:
    /// "The National Academies of Sciences, Engineering and Medicine noted"
    /// (found: "Engineering and Medicine"). The phrase is capitalized words
    /// joined by "and" that name no actor, after a comma; before the comma
    /// a name with an "of" ("Academies of Sciences") opens the clause,
    /// after a determiner at most. "In a letter to the Department of
    /// Justice, Congress and the White House said" opens with a fronted
    /// phrase, and Congress is an actor: no such name.
    fn name_with_listed_parts_start(&self, lo: usize, s: usize, e: usize) -> Option<usize> {
        const NAME_MAX_WORDS: usize = 8;
        let phrase = &self.text[s..e];
        let before = self.text[lo..s].trim_end().strip_suffix(',')?;
        if !phrase.contains(" and ") {
            return None;
        }
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let listed = phrase.split_space().all(|w| w == "and" || capital(w));
        let (ma, mb) = self.mention_range(s, e);
        if !listed || ma < mb {
            return None;
        }
        let start = self.fronted_subject_start(lo).0;
        let name = self.text.get(start..lo + before.len())?;
        let mut name_words = name.split_space().peekable();
        if name_words
            .peek()
            .is_some_and(|w| self.words.exact(w) & words::DETERMINER != 0)
        {
            name_words.next();
        }
        let mut count = 0;
        let mut linked = false;
        for w in name_words {
            count += 1;
            if w == "of" {
                linked = true;
            } else if !capital(w) || w.contains([',', ';', ':', '"', '(', ')']) {
                return None;
            }
        }
        (linked && count <= NAME_MAX_WORDS).then_some(start)
    }

    /// Where the speaker phrase `s..e` found by the word walk starts, moved
    /// back to the start of an actor mention that ends with it and starts
    /// before it (after `lo`): a name holding a word that stops a noun
    /// phrase ("The Committee to Protect Journalists", "Reporters Without
    /// Borders") is one speaker.
    pub(crate) fn name_start(&self, lo: usize, s: usize, e: usize) -> usize {
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
    /// `lo`): the noun phrase before it, else the nearest actor mention; a
    /// poll's or report's time phrase stays in it ([`finding_time_end`]).
    pub(crate) fn speaker_before(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        // "Beck, who backed Cruz, last week said": the subject's
        // description closes at the comma before the time phrase, which
        // the rules then read as if it stood right before the cue.
        // Most cues have no time word before them, and then the phrase
        // reader need not look for an adverbial either.
        // The words before the cue, split from it backwards once for the
        // helpers below that read them (each split them on its own before).
        let mut words = WordsBack::new(self.text, lo, cue_start, WordsBack::MAX);
        let timed = time_word_last(self.words, self.text, &mut words).is_some();
        let mut cue_start = cue_start;
        if timed {
            if let Some(start) = time_adverbial_before(self.words, self.text, lo, cue_start, true) {
                cue_start = start;
                words = WordsBack::new(self.text, lo, cue_start, WordsBack::MAX);
            }
        }
        let sp = self.speaker_phrase_before(lo, cue_start, timed, &mut words)?;
        let Some(span) = sp.span.as_ref() else {
            return Some(sp);
        };
        let (s, e) = (span.start, span.end);
        if sp.text.as_deref() != Some(&self.text[s..e]) || e >= cue_start {
            return Some(sp);
        }
        let end = finding_time_end(self.words, self.text, s, e, cue_start);
        if end == e {
            return Some(sp);
        }
        let mut wide = self.speaker_from_np(s, end);
        if wide
            .span
            .as_ref()
            .is_some_and(|w| w.start == s && w.end == end)
        {
            return Some(wide);
        }
        // The phrase reader cut the time again: the span alone grows.
        wide = sp;
        wide.text = Some(self.text[s..end].to_string());
        wide.span = Some(Span::of(self.text, s, end));
        Some(wide)
    }

    /// [`Self::speaker_before`] as the walk finds it; `timed` false when no
    /// time word ends the words before `cue_start` ([`time_word_before`]);
    /// `words` the words of `lo..cue_start`, as many as a [`WordsBack`]
    /// reads, split as far as the caller read them.
    fn speaker_phrase_before(
        &self,
        lo: usize,
        cue_start: usize,
        timed: bool,
        words: &mut WordsBack,
    ) -> Option<Speaker> {
        if let Some(sp) = self.speaker_before_relative_clause(lo, cue_start) {
            return Some(sp);
        }
        if let Some(sp) = self.speaker_before_that_clause(lo, cue_start) {
            return Some(sp);
        }
        if let Some(sp) = self.object_relative_speaker(lo, cue_start) {
            return Some(sp);
        }
        // "Your report on the agreement signed on Thursday (May 22) said":
        // a date in brackets before the cue dates what comes before it and
        // names no one; the speaker ends before the bracket.
        if let Some(open) = dated_bracket_before(self.words, &self.text[lo..cue_start]) {
            return self.speaker_before(lo, lo + open);
        }
        let (wd, text) = (self.words, self.text);
        if let Some(aux) = adverbial_after_auxiliary(wd, text, words) {
            if let Some(sp) = self.speaker_before(lo, aux) {
                return Some(sp);
            }
        }
        if let Some(verb) = verb_before_participle(wd, text, cue_start, words) {
            if let Some((s, e)) = np_before(self.words, self.text, lo, verb) {
                return Some(self.speaker_from_np(s, e));
            }
        }
        // With no time word before the cue the phrase ends at the cue, and
        // its words are the ones split already.
        let np = match timed {
            false => np_before_in(wd, text, lo, cue_start, words),
            true => np_before_with(wd, text, lo, cue_start, timed),
        };
        if let Some((s, e)) = np {
            if let Some(start) = self.name_with_listed_parts_start(lo, s, e) {
                return Some(self.speaker_from_np(start, e));
            }
            let e = without_trailing_time(self.words, self.text, s, e);
            // The subject's end is found once for both readings.
            if let Some(subject_end) = self.subject_end_before_participle(s, e, cue_start) {
                if let Some(subject_end) = self.subject_of_issued_object(s, e, subject_end) {
                    return Some(self.speaker_from_np(s, subject_end));
                }
                if let Some(object_start) = self.speaking_object_start(e, subject_end) {
                    return Some(self.speaker_from_np(object_start, e));
                }
            }
            if let Some(head_start) = self.postmodified_head_start(lo, s, e) {
                return Some(self.speaker_from_np(head_start, e));
            }
            if let Some(end) = subject_end_before_adverbial(self.words, self.text, lo, s, e) {
                // "a bacterium that can survive just on a hydrocarbon
                // called …": a lone lower-case word found before the
                // adverbial must be a pronoun or a speaking noun.
                let names_someone = |sp: &Speaker| {
                    sp.text.as_deref().is_some_and(|t| {
                        !is_lower_word(t)
                            || self.words.exact(t)
                                & (words::PRONOUN | words::RELATIVE | words::PEOPLE_NOUN)
                                != 0
                    })
                };
                if let Some(sp) = self.speaker_before(lo, end).filter(names_someone) {
                    return Some(sp);
                }
            }
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
            let adverb =
                words::ly_adverb(w, || c) && w.starts_with(|ch: char| ch.is_ascii_lowercase());
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
                let e = self
                    .subject_end_before_participle(s, e, cue_start)
                    .and_then(|subject_end| self.subject_of_issued_object(s, e, subject_end))
                    .unwrap_or(e);
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
                // A participle phrase between dashes describes the speaker
                // as an appositive does ("Gingrich — mentioned by Newsmax
                // as the leading choice — said").
                let described = is_appositive(self.words, seg)
                    || participle_aside(self.words, seg)
                    || seg.starts_with("including ")
                    || seg.starts_with("and ")
                    || seg.starts_with("or ");
                if described {
                    if let Some((s, _)) = np_before(self.words, self.text, lo, lo + d) {
                        return Some(self.speaker_from_np(s, lo + inner.trim_end().len()));
                    }
                }
                // "Murphy — after a long pause — told me": an adverbial
                // aside between dashes (a preposition or subordinator
                // opening it) says when or how; the phrase before it speaks
                // when it opens the clause and names someone.
                let adverbial = seg.split_space().next().is_some_and(|w| {
                    lower_in(self.words, w, words::ASIDE_OPENER | words::SUBORDINATOR)
                });
                if adverbial {
                    let dash = lo + inner[..d].trim_end().len();
                    if let Some((s, e)) = np_before(self.words, self.text, lo, dash) {
                        let opens_clause = self.text[lo..s].trim_end().is_empty()
                            || self.text[lo..s].trim_end().ends_with(',');
                        // A name opening the sentence is no name to the
                        // rule that asks for a capital past the first word.
                        let name = self.text[s..e].split_space().count() <= 3
                            && self.text[s..e]
                                .split_space()
                                .all(|w| w.starts_with(char::is_uppercase));
                        if e == dash
                            && opens_clause
                            && (name || self.phrase_names_someone(s, e, lo))
                        {
                            return Some(self.speaker_from_np(s, e));
                        }
                    }
                }
            }
        }
        if let Some(inner) = head.strip_suffix(',') {
            let found = 'comma: {
                if let Some(sp) = self.speaker_before_aside(lo, inner) {
                    break 'comma Some(sp);
                }
                // The last comma before the one closing the phrase, found once
                // (by `memrchr`) for both shapes below.
                let last_comma = memchr::memrchr(b',', inner.as_bytes());
                // "Others, however, say …": a parenthetical adverb between the
                // speaker and the cue.
                if let Some(comma) = last_comma {
                    let seg = inner[comma + 1..].trim();
                    let n = seg.split_space().count();
                    if !seg.is_empty()
                        && n <= 3
                        && seg
                            .split_space()
                            .all(|w| self.words.exact(w) & words::PARENTHETICAL != 0)
                    {
                        if let Some((s, e)) = np_before(self.words, self.text, lo, lo + comma) {
                            break 'comma Some(self.speaker_from_np(s, e));
                        }
                    }
                }
                // "one of the family's attorneys, Justin Bamberg, said": a role
                // phrase with the name set off by commas after it.
                if let Some(comma) = last_comma {
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
                    let one_name = |seg: &str| {
                        !seg.is_empty()
                            && seg.split_space().count() <= 4
                            && seg.starts_with(|c: char| c.is_uppercase())
                            && seg
                                .split_space()
                                .all(|w| name_part(w) && !is_np_stop(self.words, w))
                    };
                    // "Two lawmakers from Florida, Ileana Ros-Lehtinen and
                    // Mario Diaz-Balart, said": two names joined by "and"
                    // are the apposition too.
                    let name = one_name(seg)
                        || seg
                            .split_once(" and ")
                            .is_some_and(|(a, b)| one_name(a) && one_name(b));
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
                            // "Two Republican members of Congress from Florida,
                            // NAME and NAME, said": a number opens it too.
                            let opener = |w: &str| {
                                self.words.exact(w) & (words::DETERMINER | words::NUMBER_WORD) != 0
                                    || possessive(w)
                            };
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
                            let one_of =
                                phrase.starts_with("One of ") || phrase.starts_with("one of ");
                            // "A lawmaker from Florida, NAME, said": a noun of
                            // people that may speak heads the phrase as a role
                            // noun does.
                            let people_head = words::PEOPLE_NOUN;
                            let role_with_phrase =
                                phrase_words.next().is_some_and(|w| opener(w) || one_of)
                                    && phrase_words.clone().zip(phrase_words.skip(1)).any(
                                        |(w, p)| {
                                            self.words.is(w, people_head)
                                                && matches!(
                                                    p,
                                                    "for" | "of" | "at" | "to" | "with" | "from"
                                                )
                                        },
                                    );
                            // "The tech mogul and the regime's top envoy, NAME,
                            // discussed": the role phrase is the second conjunct
                            // of a subject this rule does not read whole.
                            let before = self.text[lo..s].trim_end();
                            let conjunct = before.ends_with(" and")
                                || before.ends_with(" or")
                                || before == "and"
                                || before == "or";
                            // "UNRWA's commissioner-general, Philippe Lazzarini,
                            // said": a role word the rows lack, owned, with a
                            // person the knowledge base knows in apposition.
                            let known_holder = owned_role
                                && self.known_person_apposed(phrase, lo + comma, lo + inner.len());
                            if ((role
                                && (phrase.starts_with(|c: char| c.is_lowercase()) || owned_role))
                                || role_with_phrase
                                || known_holder)
                                && !conjunct
                            {
                                break 'comma Some(self.speaker_from_np(s, lo + inner.len()));
                            }
                        }
                    }
                }
                if let Some((s, e)) =
                    np_with_appositives(self.words, self.text, lo, lo + head.len() - 1)
                {
                    break 'comma Some(self.speaker_from_np(s, e));
                }
                if let Some(sp) = self.subject_before_relative_aside(lo, lo + head.len() - 1) {
                    break 'comma Some(sp);
                }
                if let Some(sp) = self.mention_speaker_before(lo, cue_start) {
                    break 'comma Some(sp);
                }
                // "Sen. Jane Roe, R-Fla., said", "Wilcox, an Orlando Republican
                // who founded two companies, said": a name opening the clause,
                // then descriptions set off by commas up to the cue.
                self.opening_name_with_descriptions(lo, lo + head.len() - 1)
                    .or_else(|| self.postposed_speaker_with_relative(lo, inner))
            };
            return found.map(|sp| self.widened_to_opening_name(lo, lo + inner.len(), sp));
        }
        self.mention_speaker_before(lo, cue_start)
    }

    /// Where the subject opens when the phrase `s..e` the walk found before
    /// a cue is only the tail of a longer subject opening the clause (from
    /// `lo`, past a fronted phrase): a head noun that may speak (a poll, a
    /// report, a study, voters, organizers: `speaker_head`, `speaker_noun`,
    /// `role_head`, `report_noun`, `finding_source`, `issued_document`,
    /// `case_noun`) after a few modifiers, then its post-modifier up to `e`
    /// — a preposition right after the head ("The most recent polling in
    /// Florida shows", "Organizers of the push to boycott the speech
    /// said"), or a participle whose agent follows ("A poll conducted by
    /// voters in Saturday's primary showed", "A national poll released
    /// Sunday by The Washington Post and ABC News shows"). No punctuation,
    /// subordinator, relative, pronoun or past tense stands in the stretch
    /// ("Voters rallied in Iowa and Trump said" has no agent's "by"), and
    /// the stretch opens with no preposition or time word.
    fn postmodified_head_start(&self, lo: usize, s: usize, e: usize) -> Option<usize> {
        const STRETCH_MAX_WORDS: usize = 18;
        const STRETCH_STOPS: [char; 11] = [
            ',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', ')', '[', '—', '\n',
        ];
        let (wd, text) = (self.words, self.text);
        // The head stands before `s`, so the last mark before `s` is inside
        // any stretch there is: a stop there (", the spokesman said") or no
        // word at all rules it out before the subject's start is sought,
        // which is the costly part on every cue.
        let before = text.get(lo..s)?.trim_end();
        if before.is_empty() || before.ends_with(STRETCH_STOPS) {
            return None;
        }
        let mut start = self.fronted_subject_start(lo).0;
        // "Tuition rose again, a study by the council found": after the
        // clause it reports, the postposed speaker opens after the last
        // comma (the checks below read it as any opening subject).
        // Only a phrase opening with an article: "…, all expressing concern
        // about …" is no subject.
        if let Some(comma) = text.get(start..s).and_then(rfind_comma_space) {
            let after = start + comma + ", ".len();
            let article = text[after..s]
                .split_space()
                .next()
                .is_some_and(|w| matches!(w, "a" | "an" | "the"));
            if !article {
                return None;
            }
            start = after;
        }
        if start >= s || s >= e {
            return None;
        }
        if text[start..e].contains(STRETCH_STOPS) {
            return None;
        }
        let words = words_in(text, start, e);
        if words.len() > STRETCH_MAX_WORDS || words.len() < 3 {
            return None;
        }
        let word = |j: usize| &text[words[j].0..words[j].1];
        let opener_stop = words::SUBORDINATOR
            | words::PRONOUN
            | words::RELATIVE
            | words::OPENING_PREPOSITION
            | words::TIME_OPENER
            | words::TIME_WORD
            | words::NP_STOP;
        if wd.exact(word(0)) & opener_stop != 0 && wd.exact(word(0)) & words::DETERMINER == 0 {
            return None;
        }
        let link = words::POSTMODIFIER_LINK | words::PARTICIPLE_LINK;
        let participle = |w: &str| is_participle(wd, w) || wd.exact(w) & words::ISSUE_VERB != 0;
        let k = (1..words.len()).find(|&j| {
            let w = word(j);
            is_lower_word(w) && (wd.exact(w) & link != 0 || participle(w) || w == "being")
        })?;
        let head = word(k - 1);
        let speaks = words::PEOPLE_NOUN
            | words::REPORT_NOUN
            | words::FINDING_SOURCE
            | words::ISSUED_DOCUMENT
            | words::CASE_NOUN;
        // "Organizers of …": the clause's capitalized first word is the
        // lower-case noun it stands for.
        // (`get`: a first character beyond ASCII is no capital of such a
        // noun, and slicing past its first byte would split it.)
        let lower_head = is_lower_word(head)
            || (k == 1 && head.len() > 1 && head.get(1..).is_some_and(is_lower_word));
        if !lower_head || wd.of(head) & speaks == 0 || words[k - 1].1 > s {
            return None;
        }
        // The modifiers before the head: no verb, stop word or pronoun.
        let modifier_stop =
            words::PAST_FORM | words::ACTION_PAST | words::PRONOUN | words::RELATIVE;
        if (1..k - 1).any(|j| {
            let w = word(j);
            wd.exact(w) & modifier_stop != 0
                || (is_np_stop(wd, w) && wd.exact(w) & words::DETERMINER == 0)
        }) {
            return None;
        }
        // A participle's post-modifier needs its agent ("conducted by") or
        // "being" ("lawsuits being considered in San Diego"), which no
        // finite verb is.
        let first = word(k);
        let by_agent = (k + 1..words.len()).any(|j| word(j) == "by");
        let being = first == "being" && k + 1 < words.len() && participle(word(k + 1));
        if wd.exact(first) & link == 0 && !by_agent && !being {
            return None;
        }
        // "People with the planning for …": "with" before a determiner
        // opens no post-modifier ([`postmodified_speaker`] reads "with
        // knowledge of").
        if first == "with" && k + 1 < words.len() && wd.exact(word(k + 1)) & words::DETERMINER != 0
        {
            return None;
        }
        // "Diplomats in the Gulf said the choice …", "one study in 146
        // people found that those …": a speech or finding verb in the
        // stretch is a clause of its own.
        let chain_stop = words::SUBORDINATOR
            | words::RELATIVE
            | words::PAST_FORM
            | words::ACTION_PAST
            | words::CUE_LEAD
            | words::SAID_FORM
            | words::REPORTING_VERB
            | words::FINDING_VERB;
        let pronoun = |w: &str| {
            wd.exact(w) & words::PRONOUN != 0
                && wd.exact(w) & (words::DETERMINER | words::OBJECT_PRONOUN) == 0
        };
        // "lawyers for both sides filed papers opposing …": a participle
        // form with no agent after it may be the clause's own verb.
        let verb = |j: usize| {
            participle(word(j))
                && !(j + 1..words.len()).any(|x| word(x) == "by")
                && word(j - 1) != "being"
        };
        if (k..words.len()).any(|j| {
            let w = word(j);
            (is_lower_word(w) && wd.exact(w) & chain_stop != 0) || pronoun(w) || verb(j)
        }) {
            return None;
        }
        Some(start)
    }

    /// Where the subject of the clause `s..e` ends when a lower-case -ing
    /// cue at `cue_start` follows it and a verb stands after the subject:
    /// what [`Self::subject_of_issued_object`] and
    /// [`Self::speaking_object_start`] both read.
    fn subject_end_before_participle(&self, s: usize, e: usize, cue_start: usize) -> Option<usize> {
        let cue_word = self.text[cue_start..].split_space().next().unwrap_or("");
        if !(cue_word.ends_with("ing") && is_lower_word(cue_word)) {
            return None;
        }
        let subject_end = subject_before_verb(self.words, self.text, s, e);
        (s < subject_end && subject_end < e).then_some(subject_end)
    }

    /// Where the subject ends in the phrase `s..e` read before a participle
    /// cue at `cue_start` (no comma between) when the phrase is a whole clause, subject, verb
    /// and object: "The town released a statement Wednesday saying …",
    /// "Sanders started a petition calling on …", "she sent an email
    /// saying …". The participle says what the object says, and the
    /// subject issued it. Not after a picture or sign (`depiction`: "Roe
    /// held up a sign saying …": the sign speaks), a person or a name ("The
    /// meeting got people talking about …", "she saw Mr. Lee telling …": the
    /// object speaks), a form of "be" or "get" or an expletive subject ("It
    /// took a statement saying …").
    /// `subject_end` is where [`Self::subject_end_before_participle`] found
    /// the subject's end.
    fn subject_of_issued_object(&self, s: usize, e: usize, subject_end: usize) -> Option<usize> {
        let wd = self.words;
        let object_head = self.text[s..e].split_space().next_back().unwrap_or("");
        let someone = words::PEOPLE_NOUN;
        if wd.is(object_head, words::DEPICTION | someone)
            || object_head.starts_with(|c: char| c.is_uppercase())
        {
            return None;
        }
        // "He's a puppet saying …", "they got a letter saying …": after a
        // form of "be" or "get" the noun is what the subject is or received.
        // "recent comments his rival made questioning …": a verb ending the
        // phrase has no object; the phrase is a noun and its relative clause.
        let mut verb_phrase = self.text[subject_end..e].trim_start().split_space();
        let verb = verb_phrase.next().unwrap_or("");
        if verb_phrase.next().is_none()
            || verb.starts_with(['\'', '’'])
            || wd.is(verb, words::PASSIVE_AUX)
        {
            return None;
        }
        let first = self.text[s..subject_end].split_space().next().unwrap_or("");
        (wd.exact(first) & words::EXPLETIVE_SUBJECT == 0).then_some(subject_end)
    }

    /// Where the object starts in the clause `s..e` read before a participle
    /// cue at `cue_start` (no comma between) when the object is people or a
    /// name after a past verb with an object ("He met protesters in Paris
    /// demanding his resignation", "The senator met voters saying …"): the
    /// participle describes the object, who speaks; the subject and its
    /// verb are no part of the speaker. A verb with no object ("Lee spoke
    /// out arguing …", `intransitive_past`) or an issued or named text
    /// ("released a statement saying …", [`Self::subject_of_issued_object`];
    /// "issued a report arguing …", "called a report suggesting …") is not
    /// one.
    /// `subject_end` is where [`Self::subject_end_before_participle`] found
    /// the subject's end.
    fn speaking_object_start(&self, e: usize, subject_end: usize) -> Option<usize> {
        let wd = self.words;
        let rest = words_in(self.text, subject_end, e);
        let [(vs, ve), object @ ..] = rest.as_slice() else {
            return None;
        };
        let verb = &self.text[*vs..*ve];
        let transitive_past = is_lower_word(verb)
            && (wd.is(verb, words::ACTION_PAST)
                || (verb.ends_with("ed") && wd.exact(verb) & words::PAST_FORM == 0))
            && !wd.is(
                verb,
                words::PASSIVE_AUX | words::ISSUE_VERB | words::NAMING_VERB,
            )
            && wd.extra(verb) & words::INTRANSITIVE_PAST == 0;
        // The object's head: past one determiner ("met the protesters").
        let (&(os, _), after_determiner) = match object {
            [first, second, ..]
                if is_lower_word(&self.text[first.0..first.1])
                    && wd.is(&self.text[first.0..first.1], words::DETERMINER) =>
            {
                (first, second)
            }
            [first, ..] => (first, first),
            [] => return None,
        };
        let head = &self.text[after_determiner.0..after_determiner.1];
        let people = words::PEOPLE_NOUN;
        // "issued a report arguing …", "called a report suggesting …": a
        // text speaks for its issuer, not as people do.
        let text = words::REPORT_NOUN | words::ISSUED_DOCUMENT | words::DEPICTION;
        let speaks = head.starts_with(|c: char| c.is_uppercase())
            || (wd.is(head, people) && !wd.is(head, text));
        (transitive_past && speaks).then_some(os)
    }

    /// Whether the clause before a cue at `cue_start` (sentence from `lo`)
    /// is a subject with descriptions set off by commas, after an opening
    /// phrase at most ("In Kharkiv, the brigade commander, a colonel,"):
    /// the speaker found before the cue runs from the clause's opening to
    /// the comma before the cue, holds a comma and no auxiliary (which
    /// would make it a clause: "The mayor, a Democrat, was wrong,").
    pub(crate) fn described_subject_before(&self, lo: usize, cue_start: usize) -> bool {
        // An auxiliary makes the words a clause of their own. One inside a
        // relative clause describing a name ("the conservative icon who
        // founded the institute and is a longtime committeeman") is that
        // clause's, and an adverb opening a description ("now a guest
        // speaker": `appositive_adverb`) no auxiliary.
        let no_auxiliary = |phrase: &str| {
            !phrase.split(',').any(|segment| {
                let outside_relative = segment.split(" who ").next().unwrap_or("");
                outside_relative.split_space().any(|w| {
                    let c = self.words.exact(w);
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        && c & words::CUE_LEAD != 0
                        && c & words::NP_STOP != 0
                        && c & words::APPOSITIVE_ADVERB == 0
                })
            })
        };
        // "Joh Husted, Ohio Secretary of State, voiced his disapproval":
        // the clause opens with a name whose descriptions run to the comma
        // before the cue, however the speaker phrase was cut.
        let head = self.text[lo..cue_start].trim_end();
        if let Some(inner) = head.strip_suffix(',') {
            let s = lo + (inner.len() - inner.trim_start().len());
            if self.subject_opens_at(lo, s)
                && self
                    .opening_name_with_descriptions(lo, lo + inner.len())
                    .is_some()
                && no_auxiliary(inner)
            {
                return true;
            }
        }
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
            && no_auxiliary(phrase)
    }

    /// "analysts who have done the calculations say": a restrictive
    /// relative clause (no comma before "who") between the speaker and the
    /// cue; the speaker is the noun phrase before "who".
    pub(crate) fn speaker_before_relative_clause(
        &self,
        lo: usize,
        cue_start: usize,
    ) -> Option<Speaker> {
        // "those who have sketched out possible paths for Mr. Rubio to win
        // the nomination acknowledge": the walk reads at most this many
        // words back (one fewer than `WordsBack::MAX` with the cue's).
        const CLAUSE_MAX_WORDS: usize = WordsBack::MAX - 1;
        let (text, wd) = (self.text, self.words);
        // Most cues have no "who" before them in their sentence: one memchr
        // pass rules the clause out before the words are split and checked.
        self.who.first_in(lo, cue_start)?;
        let mut words = WordsBack::new(text, lo, cue_start, CLAUSE_MAX_WORDS + 1);
        // The word right before the cue is the clause's last word: "who
        // said" is the relative pronoun as speaker, handled by `np_before`.
        let mut k = 1;
        // The word read before this one (the next in the text).
        let mut next_word: Option<&str> = None;
        while let Some((ws, we)) = words.get(k) {
            k += 1;
            let w = &text[ws..we];
            // A title's period ("Mr.") stays inside the clause.
            let clause_mark = w.contains([',', ';', ':', '"', '(', ')', '—', '\n'])
                || (w.contains('.') && !is_abbreviation(wd, w));
            // "It is not clear who first raised the issue and both State
            // and FBI officials deny": a coordinator before a determiner or
            // a quantifier opens a clause of its own, whose subject the
            // cue has.
            let new_subject = is_coordinator(wd, w)
                && next_word.is_some_and(|n| {
                    wd.exact(n) & (words::DETERMINER | words::QUANTIFIER_PRONOUN) != 0
                });
            if clause_mark || new_subject {
                return None;
            }
            next_word = Some(w);
            // "Voters whose homes flooded say": a possessive relative
            // restricts the subject as "who" does.
            if w != "who" && w != "whose" {
                continue;
            }
            // "a contingent whose protests could … as the party seeks": a
            // "whose" clause runs over no clause word; the cue is the later
            // clause's.
            if w == "whose"
                && words_in(text, we, cue_start).iter().any(|&(a, b)| {
                    let x = &text[a..b];
                    wd.exact(x) & (words::SUBORDINATOR | words::COORDINATOR) != 0
                })
            {
                return None;
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
            // "At the town hall in Hanoi, a young woman who had been an
            // exchange student asked": a fronted phrase before the comma
            // is no name the phrase describes.
            if determiner && text[lo..s].trim_end().ends_with(',') && !self.fronted_before(lo, s) {
                return None;
            }
            // "Lopez-Cantera, a Republican and former state legislator who
            // became lieutenant governor, said": the phrase is the second
            // half of a description coordinated after a comma; the name
            // before the descriptions speaks (the rules after read it).
            let opening = text[lo..s].trim_end();
            if opening.contains(',')
                && opening
                    .rsplit_once(' ')
                    .is_some_and(|(_, w)| is_coordinator(wd, w))
            {
                return None;
            }
            let sp = self.speaker_from_np(s, e);
            return sp.text.is_some().then_some(sp);
        }
        None
    }

    /// The subject of a sentence whose relative clause with "that" runs up
    /// to the cue: "Shipping companies that had begun to consider a return
    /// to the Suez Canal route said", "Airlines that had planned to resume
    /// flights to Israel say". The clause's last noun ("route", "Israel") is
    /// no speaker; the subject before "that" is, as before "who"
    /// ([`Self::speaker_before_relative_clause`]). The clause opens with a
    /// verb (an auxiliary, a past form or an -ed word: "that the ministry
    /// released" is an object clause, left to the rules after), holds no
    /// punctuation, and the subject opens the sentence (nothing but spaces
    /// between `lo` and it) and ends in a word that is no stop word.
    pub(crate) fn speaker_before_that_clause(
        &self,
        lo: usize,
        cue_start: usize,
    ) -> Option<Speaker> {
        const CLAUSE_MAX_WORDS: usize = 16;
        let (text, wd) = (self.text, self.words);
        let head = &text[lo..cue_start];
        // Found in the document's one scan: most cues have no " that "
        // before them in their sentence.
        let p = self.thats.first_in(lo, cue_start)?;
        let clause_start = p + " that ".len();
        let clause = &head[clause_start..];
        // "told Yahoo! News in a story that posted this week that he
        // believes": a second "that" or a pronoun before the cue opens
        // a clause of its own, whose subject speaks. The same scan holds
        // the second "that" too.
        let last = clause.split_space().next_back()?;
        if clause.contains(['.', ',', ';', ':', '"', '(', ')', '—', '\n', '“', '”'])
            || self.thats.first_in(lo + clause_start, cue_start).is_some()
            || wd.of(last) & words::PRONOUN != 0
            || !(2..=CLAUSE_MAX_WORDS).contains(&clause.split_space().count())
        {
            return None;
        }
        if !opens_with_verb(wd, clause) {
            return None;
        }
        let (s, e) = np_before(wd, text, lo, lo + p)?;
        let last = text[s..e].split_space().next_back()?;
        if !text[lo..s].trim().is_empty() || is_np_stop(wd, last) {
            return None;
        }
        let sp = self.speaker_from_np(s, e);
        sp.text.is_some().then_some(sp)
    }

    /// The speaker before an aside of time or setting that ends `inner`
    /// (the text from `lo` up to the comma right before the cue), set off
    /// by commas: "The ministry, in a statement, said", "Clinton, during a
    /// town hall meeting in Columbus, Ohio, said", "Trump, speaking at a
    /// rally, warned". The aside opens with an `aside_opener` word ("at"
    /// only as "at a"/"at an": "Lee, at the University of Iowa, said" is
    /// an affiliation, part of the speaker) and holds no quote or bracket.
    pub(crate) fn speaker_before_aside(&self, lo: usize, inner: &str) -> Option<Speaker> {
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
            // "The poll, released on Wednesday by the institute, showed":
            // a participle aside ([`participle_aside`]) as well.
            let opens = first.starts_with(|c: char| c.is_ascii_lowercase())
                && (self.words.exact(first) & (words::ASIDE_OPENER | words::EXPLETIVE_SUBJECT)
                    != 0
                    || participle_aside(self.words, seg)
                    || present_participle_aside(self.words, seg)
                    // "Trump, asked whether …, said", "Lee, if asked how
                    // …, says": the subject asked speaks.
                    || opens_with_addressed_passive(self.words, seg)
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
    pub(crate) fn opening_name_with_descriptions(
        &self,
        lo: usize,
        comma: usize,
    ) -> Option<Speaker> {
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

    /// `sp`, a speaker found before a cue whose clause opens at `lo` with a
    /// name and descriptions set off by commas, widened back to that name
    /// when `sp` stands inside the descriptions: in "Another superdelegate,
    /// Michael Brown of Washington, D.C., said", "Joh Husted, Ohio
    /// Secretary of State, voiced" or "The former Heisman Trophy winner,
    /// now a guest speaker who travels the country, endorsed" the phrase
    /// before the last comma describes the clause's opening name, which
    /// speaks ([`Ctx::opening_name_with_descriptions`] says when the words
    /// between read as descriptions). A sentence adverbial before the name
    /// ("However, officials, who …, said") is no name.
    fn widened_to_opening_name(&self, lo: usize, cue_comma: usize, sp: Speaker) -> Speaker {
        let Some(span) = sp.span.as_ref() else {
            return sp;
        };
        let before = &self.text[lo..span.start.max(lo)];
        let s = lo + (before.len() - before.trim_start().len());
        if !before.contains(',') || !self.subject_opens_at(lo, s) {
            return sp;
        }
        // The descriptions end at the comma right after the phrase found
        // ("…, a Democrat from Rhode Island, in the name of …, said": an
        // aside follows), else at the comma before the cue (a relative
        // clause the phrase dropped: "now a guest speaker who …,").
        let comma = if self.text[span.end..].starts_with(',') {
            span.end
        } else {
            cue_comma
        };
        // A widened phrase that names no one ("Her father, Brad, 39")
        // leaves the name found.
        let Some(mut widened) = self
            .opening_name_with_descriptions(lo, comma)
            .filter(|widened| widened.text.is_some())
        else {
            return sp;
        };
        // "Kyrgyzstan's security chief, Kamchybek Tashiev, said": the name
        // right after the first comma is the person the opening role
        // describes, and keeps the actor it was resolved to.
        let first_comma = s + before[s - lo..].find(',').unwrap_or(0);
        let descriptions = &self.text[first_comma + 1..span.start];
        // "The ambassador, Amir Iravani, reportedly asked the minister, …":
        // an adverb before a past verb makes a clause, no description.
        let lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
        let mut desc_words = descriptions.split_space();
        let adverb_verb = desc_words
            .clone()
            .zip(desc_words.by_ref().skip(1))
            .any(|(a, b)| {
                lower(a)
                    && words::ly_adverb(a, || self.words.exact(a))
                    && lower(b)
                    && b.ends_with("ed")
            });
        if adverb_verb {
            return sp;
        }
        let apposed_first = descriptions.trim().is_empty();
        if apposed_first && sp.actor.is_some() {
            widened.actor = sp.actor;
        }
        widened
    }

    /// Whether only a fronted phrase set off by a comma ("In Hanoi,", "At
    /// the town hall in Ho Chi Minh City,") stands between `lo` and the
    /// phrase at `s`: the clause's subject starts there, past it.
    fn fronted_before(&self, lo: usize, s: usize) -> bool {
        self.fronted_subject_start(lo).0 == s
    }

    /// Whether the subject of the clause opening at `lo` starts at `s`: no
    /// sentence adverbial, fronted phrase or participle phrase set off by a
    /// comma ("Overall,", "Of Carson,", "Alarmed by the unrest in Nevada,")
    /// stands before it.
    fn subject_opens_at(&self, lo: usize, s: usize) -> bool {
        if self.fronted_subject_start(lo).0 > s {
            return false;
        }
        // The first comma's segment, read as `subject_start_past` cannot:
        // its first word capitalized as the sentence's first.
        let Some(first_comma) = self.text[s..].find(',').map(|p| s + p) else {
            return false;
        };
        let segment = &self.text[s..first_comma];
        let mut seg_words = segment.split_space();
        let first = seg_words.next().unwrap_or("").to_lowercase();
        let second = seg_words.next();
        let function_word = self.words.exact(&first)
            & (words::NP_STOP
                | words::PARENTHETICAL
                | words::OPENING_PREPOSITION
                | words::LOCATIVE
                | words::SUBORDINATOR)
            != 0;
        // "Alarmed by the unrest,", "Speaking at a rally,": a participle
        // before a lower-case word opens a participle phrase.
        let participle = (first.ends_with("ed") || first.ends_with("ing"))
            && second.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        // "Overall,": one word closed by a comma is a name only when the
        // knowledge base knows it.
        let lone_unknown = second.is_none() && self.mention_ending_at(s, first_comma).is_none();
        !(function_word || participle || lone_unknown)
    }

    /// The subject opening the clause at `lo` when a relative clause set
    /// off by commas runs from right after it to `comma` (the comma right
    /// before the cue): "The group, which includes Saudi Arabia, Russia,
    /// Algeria and Oman, said", "The bloc, whose members are France,
    /// Germany and Italy, said". The commas of a list inside the clause
    /// are no appositives, and the clause's last name is no speaker: the
    /// noun phrase before the relative pronoun speaks (the record drops the
    /// clause, see [`without_relative_clause`]).
    pub(crate) fn subject_before_relative_aside(&self, lo: usize, comma: usize) -> Option<Speaker> {
        const CLAUSE_MAX_WORDS: usize = 30;
        let seg = &self.text[lo..comma];
        let s = lo + (seg.len() - seg.trim_start().len());
        let first = self.text[s..comma].find(',').map(|p| s + p)?;
        let rest = self.text[first + 1..comma].trim_start();
        let pronoun = rest.split_space().next().unwrap_or("");
        let relative = pronoun == "whose"
            || (is_lower_word(pronoun) && self.words.exact(pronoun) & words::RELATIVE != 0);
        // A list inside the clause is what the other readings miss; a
        // clause without a comma is theirs.
        if !relative
            || !rest.contains(',')
            || rest.split_space().count() > CLAUSE_MAX_WORDS
            || rest.contains(['"', '“', '”', ';', ':', '(', ')', '—', '\n'])
            || rest.split_space().any(|w| w.trim_end_matches(',') == "but")
        {
            return None;
        }
        let (ns, ne) = np_before(self.words, self.text, s, first)?;
        let phrase = &self.text[ns..ne];
        let opens = phrase.starts_with(|c: char| c.is_uppercase())
            || phrase
                .split_space()
                .next()
                .is_some_and(|w| self.words.exact(w) & words::DETERMINER != 0);
        let sp = self.speaker_from_np(ns, ne);
        (ns == s && ne == first && opens && sp.text.is_some()).then_some(sp)
    }

    /// The speaker after a clause or quote it reports, described by a
    /// relative clause set off by commas up to the cue: "“…,” an official,
    /// who spoke on condition of anonymity, said", "…, officials, who asked
    /// not to be named, said". `inner` is the text from `lo` up to the comma
    /// before the cue. The phrase before the clause opens at `lo` or follows
    /// a comma or a closing quote (it opens no clause of its own) and names
    /// someone; the clause holds no mark of another clause.
    fn postposed_speaker_with_relative(&self, lo: usize, inner: &str) -> Option<Speaker> {
        const CLAUSE_MAX_WORDS: usize = 20;
        let comma = rfind_comma_space(inner)?;
        let clause = &inner[comma + ", ".len()..];
        let relative = clause
            .split_space()
            .next()
            .is_some_and(|w| w == "who" || w == "whose");
        if !relative
            || clause.split_space().count() > CLAUSE_MAX_WORDS
            || clause.contains([',', '"', '\u{201c}', '\u{201d}', ';', ':', '(', '—', '\n'])
        {
            return None;
        }
        let (s, e) = np_before(self.words, self.text, lo, lo + comma)?;
        let before = self.text[lo..s].trim_end();
        let set_off =
            before.is_empty() || before.ends_with(',') || before.ends_with(['"', '\u{201d}']);
        if e != lo + comma || !set_off || !self.phrase_names_someone(s, e, lo) {
            return None;
        }
        let sp = self.speaker_from_np(s, lo + inner.len());
        sp.text.is_some().then_some(sp)
    }

    /// Speaker right before a cue, from actor mentions, pronouns and role nouns only.
    pub(crate) fn mention_speaker_before(&self, lo: usize, cue_start: usize) -> Option<Speaker> {
        // Skip an appositive between speaker and cue: "officials, who spoke on condition of anonymity, said".
        let head = self.text[lo..cue_start].trim_end();
        let apposition_end = lo + head.len().saturating_sub(1);
        let (cue_start, past_apposition) = match head.strip_suffix(',').and_then(|h| h.rfind(',')) {
            Some(comma) if head.len() - comma < 150 => (lo + comma, true),
            _ => (cue_start, false),
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
                // "Clinton's Democratic opponent, Vermont Sen. Bernie
                // Sanders, also praised": the person mentioned owns the role
                // whose holder is apposed; the whole phrase names the
                // speaker. (A state or body owner keeps its mention: the
                // holder serves it.)
                let person_owner =
                    self.actors.actors[self.mentions[mi].actor].kind == ActorKind::Person;
                let apposed_name = self.text[cue_start + 1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase());
                if past_apposition && person_owner && apposed_name && gap.starts_with("'s ") {
                    return Some(self.speaker_from_np(self.mentions[mi].start, apposition_end));
                }
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
    pub(crate) fn speaker_after(&self, cue_end: usize, hi: usize) -> Option<Speaker> {
        let np = np_after(self.words, self.text, cue_end, hi);
        if let Some((s, e)) = np
            .and_then(|np| speaker_with_appositives(self.words, self.text, np, hi))
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

/// The speaker's span when its text is the span's text as written: the
/// record-only cuts ([`with_restrictive_relative_clause`],
/// [`without_edge_debris`]) change only such a speaker, and leave one whose
/// text an earlier rule made differ from its span as it is.
fn verbatim_span(text: &str, sp: &Speaker) -> Option<(usize, usize)> {
    let span = sp.span.as_ref()?;
    let (start, end) = (span.start, span.end);
    (sp.text.as_deref() == Some(&text[start..end])).then_some((start, end))
}

/// A claim's speaker without what is no part of any name at its edges:
/// markup left in scraped text ("rate it Mostly True.\">Sanders said":
/// `>`, `<`, `=`, `|`, `*` and the like) and, where the cue is a
/// participle after the speaker, the participle of an aside that has the
/// speaker as its object ("the ad, featuring Hispanics telling their
/// stories": "Hispanics" tell, not "featuring Hispanics"). An aside opens
/// after a comma; a finite cue keeps the -ing word, which then modifies
/// the noun ("the plan is dead, leading Democrats said"). The object
/// opens with a name or a determiner (not a particle: "tweeting out a
/// message declaring"). Cut only in the record, like
/// [`without_relative_clause`].
pub(crate) fn without_edge_debris(
    wd: &DocWords,
    text: &str,
    mut sp: Speaker,
    cue: (usize, usize),
) -> Speaker {
    let Some((start, end)) = verbatim_span(text, &sp) else {
        return sp;
    };
    let markup = |c: char| {
        matches!(
            c,
            '>' | '<' | '=' | '|' | '*' | '_' | '~' | '^' | '\\' | '/'
        )
    };
    let phrase = &text[start..end];
    let mut from = start + (phrase.len() - phrase.trim_start_matches(markup).len());
    let to = start + phrase.trim_end_matches(markup).len();
    let cue_word = &text[cue.0..cue.1];
    let participle_cue = end <= cue.0
        && cue_word.ends_with("ing")
        && cue_word.starts_with(|c: char| c.is_ascii_lowercase());
    if participle_cue && text[..from].trim_end().ends_with(',') {
        if let Some((first, rest)) = text[from..to].split_once(' ') {
            // The object opens with a name or a determiner: in "tweeting
            // out a message declaring" the word after the participle is
            // its particle, and the phrase no noun phrase.
            let object = rest.split_space().next().unwrap_or("");
            let noun_phrase = object.starts_with(|c: char| c.is_uppercase())
                || (is_lower_word(object) && wd.exact(object) & words::DETERMINER != 0);
            if first.len() > 4 && first.ends_with("ing") && is_lower_word(first) && noun_phrase {
                from += first.len() + 1;
            }
        }
    }
    if (from > start || to < end) && from < to {
        sp.text = Some(text[from..to].to_string());
        sp.span = Some(Span::of(text, from, to));
    }
    sp
}
