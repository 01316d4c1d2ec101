//! Noun phrases by the word walk: the phrase ending right before a cue
//! (`np_before`: where the walk stops, names and speaker nouns that open
//! a clause, post-modifiers, prepositions that join nouns, day words) and
//! the phrase right after one (`np_after`), with its appositives.

use super::*;

pub(crate) fn is_np_stop(wd: &DocWords, w: &str) -> bool {
    is_np_stop_of(w, wd.of(w))
}

/// Whether `w`, a lower-case -ed word inside a speaker phrase with `left`
/// the word before it and some word after it, is an adjective rather than
/// a verb: after a determiner or a number ("the unsigned opinion", "one
/// unaligned strategist"), or joined by a hyphen ("a well-connected
/// Democrat", "U.S.-led forces").
pub(crate) fn attributive_ed(
    wd: &DocWords,
    w: &str,
    classes: words::Classes,
    left: Option<&str>,
) -> bool {
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
pub(crate) fn is_np_stop_of(w: &str, classes: words::Classes) -> bool {
    if classes & words::NP_STOP != 0 {
        return true;
    }
    let k = words::without_possessive(w);
    // A past-tense verb or participle ("He rejected the claims"): lower case,
    // -ed; or an adverb ("categorically denied"): lower case, -ly.
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (words::regular_past(k, || classes) || words::ly_adverb(k, || classes))
}

/// Whether `seg`, the words after a comma, open with a past participle
/// of an aside on the subject's state or on a document's making ("angered
/// that party leaders ignored the vote", "released on Wednesday by the
/// institute", "exasperated"): no description of who speaks. A participle
/// that is an adjective of a role ("retired general", `ed_adjective`) or
/// stands before a noun ("elected officials") is one.
///
/// The word after it, if any, is a preposition or stop word ("angered
/// that", "released on"): "Mr. Sloan, 56, remained a defender of …" is
/// a finite verb and its object, no aside.
pub(crate) fn participle_aside(wd: &DocWords, seg: &str) -> bool {
    let mut ws = seg.split_space();
    let first = ws.next().unwrap_or("").trim_end_matches(',');
    let linked = ws
        .next()
        .is_none_or(|w| wd.exact(w) & (words::PARTICIPLE_LINK | words::NP_STOP) != 0);
    first.ends_with("ed")
        && is_participle(wd, first)
        && wd.exact(first) & words::ED_ADJECTIVE == 0
        && linked
}

/// Whether the time word `w` at `ws` is a word of a name: "A reporter for
/// USA Today said", "Russia Today reported" — a time word news writes in
/// lower case (`lowercase_time`), here in Title Case (not an all-caps
/// heading), after a capitalized word with no punctuation between, outside
/// a Title Case line.
pub(crate) fn time_in_name(
    wd: &DocWords,
    text: &str,
    lo: usize,
    ws: usize,
    w: &str,
    classes: words::Classes,
) -> bool {
    if classes & words::TIME_WORD == 0
        || !w.starts_with(|c: char| c.is_ascii_uppercase())
        || !w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        || wd.extra(w) & words::LOWERCASE_TIME == 0
        || ws <= lo
    {
        return false;
    }
    let Some(before) = text[lo..ws].strip_suffix(' ') else {
        return false;
    };
    let prev = &before[after_last_of(before, b" \n\"")..];
    prev.starts_with(|c: char| c.is_ascii_uppercase())
        && !prev.ends_with([',', '.', ':', ';'])
        && !crate::cue::in_title_case_line(text, ws)
}

/// Whether `seg`, the words after a comma, open with a present participle
/// of an aside on what the subject does ("referring to the talks", "citing
/// a new report", "pointing at the crowd"): a lower-case -ing word of more
/// than five letters, then a stop word or a determiner. A participle that
/// modifies a role noun ("acting director of the agency", "managing
/// editor") describes who speaks, and is none; so does a preposition in
/// -ing ("Proponents, including the mayors, urged": `preposition_ing`).
pub(crate) fn present_participle_aside(wd: &DocWords, seg: &str) -> bool {
    let mut ws = seg.split_space();
    let first = ws.next().unwrap_or("");
    first.len() > 5
        && first.ends_with("ing")
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && wd.exact(first) & words::PREPOSITION_ING == 0
        && ws
            .next()
            .is_some_and(|w| wd.exact(w) & (words::NP_STOP | words::DETERMINER) != 0)
}

/// True when `seg` reads as an appositive or relative clause describing a
/// name: "a founding partner at Firehouse Strategies", "who chairs …",
/// "chair of the Democratic National Committee".
pub(crate) fn is_appositive(wd: &DocWords, seg: &str) -> bool {
    let seg = seg.trim();
    let Some(first) = seg.split_space().next() else {
        return false;
    };
    if participle_aside(wd, seg) {
        return false;
    }
    // "now a partner at the firm", "then Maples's literary agent": a time
    // adverb before a description that opens with a determiner or a
    // possessive ("then left the room" is a clause).
    if wd.exact(first) & words::APPOSITIVE_ADVERB != 0 {
        let rest = seg[first.len()..].trim_start();
        let next = rest.split_space().next().unwrap_or("");
        let described = matches!(next, "a" | "an" | "the")
            || (words::ends_with_s_possessive(next) && rest.split_space().count() > 1);
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
            || (n == 1 && first.chars().all(|c| c.is_ascii_digit()))
            || (n == 1 && party_state_tag(first)))
        && wd.exact(first) & words::NP_STOP == 0
        // "it's also worth noting", "he said": a clause with a subject
        // pronoun is an aside, no description.
        && wd.of(first) & (words::PRONOUN | words::EXPLETIVE_SUBJECT) == 0
        && !is_coordinator(wd, first)
        // "referring to …", "wearing a T-shirt": a participle clause, not a
        // description; an -ing word before a role noun is part of the title
        // ("managing director of …", "acting chairman").
        && (!first.ends_with("ing")
            || seg
                .split_space()
                .nth(1)
                .is_some_and(|w| wd.is(w, words::ROLE_HEAD)))
        && !seg.split_space().any(|w| is_said_form(wd, w))
}

/// Whether `w` is a lawmaker's party and state in the wire style ("R-Ky.",
/// "D-N.Y.", "I-Vt", "R-Texas"): a party's initial, a hyphen and a
/// capitalized state abbreviation or name. Set off by commas after the
/// name ("Sen. Rand Paul, R-Ky., said") it describes the speaker, as an
/// age does.
pub(crate) fn party_state_tag(w: &str) -> bool {
    const TAG_MAX_BYTES: usize = 12;
    let w = w.trim_end_matches(',');
    let Some(state) = w
        .strip_prefix("R-")
        .or_else(|| w.strip_prefix("D-"))
        .or_else(|| w.strip_prefix("I-"))
    else {
        return false;
    };
    w.len() <= TAG_MAX_BYTES
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
}

/// "Alex Conant, a founding partner at Firehouse Strategies, a Republican
/// consulting firm, said": the name and its appositives, ending before the
/// comma at `comma` (the one right before the cue).
pub(crate) fn np_with_appositives(
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

/// The phrase after a cue with its appositives when they run to the end of
/// the sentence ("said Alex Conant, a founding partner at …."), or to a
/// quotation, participle clause or adverbial after them: from the noun
/// phrase `s..e` that [`np_after`] found after the cue to `hi` or that
/// comma, trimmed; `None` unless the rest after the noun phrase opens with
/// appositives. Callers pass the phrase in because they also use it bare,
/// and `np_after` is then run once.
pub(crate) fn with_appositives(
    wd: &DocWords,
    text: &str,
    np: (usize, usize),
    hi: usize,
) -> Option<(usize, usize)> {
    appositives_after(wd, text, np, hi, false)
}

/// The speaker after a postposed cue with its appositives, as
/// [`with_appositives`] reads them, but kept up to the last description
/// when a later segment is none of the speaker's: "said Will Doyle, a
/// professor at Vanderbilt, about the plan" keeps "Will Doyle, a professor
/// at Vanderbilt" where `with_appositives` gives nothing (PolNeAR's sources
/// hold the appositive: session 27). An origin after a description ("…, 24,
/// from Leeds"), a role after "then" or "now" ("then ambassador to
/// Israel") and a short name apposed to a role phrase ("said another
/// Twitter user, Jo Roe") describe the speaker too. Only the speaker's span
/// reads this: whether a phrase after a cue is an inverted speaker at all
/// stays [`with_appositives`]' strict reading.
pub(crate) fn speaker_with_appositives(
    wd: &DocWords,
    text: &str,
    np: (usize, usize),
    hi: usize,
) -> Option<(usize, usize)> {
    appositives_after(wd, text, np, hi, true)
}

/// Whether an appositive segment `lead`, after the speaker phrase `phrase`
/// and the descriptions before it (`described`: at least one), describes
/// the speaker in the lenient reading of [`speaker_with_appositives`].
fn describes_leniently(wd: &DocWords, phrase: &str, lead: &str, described: bool) -> bool {
    let words: Vec<&str> = lead.split_space().take(6).collect();
    let capitalized = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let plain = |w: &&str| !w.contains(['"', '“', '”', '(', ')']) && !is_day_word(wd, w);
    match words.as_slice() {
        // "said Jo Roe, a professor at Yale, and a co-editor of the review",
        // "…, and other scientists": a second description joined to the
        // first, naming a role ("…, and the crowd cheered" names none).
        [first, ..] if described && is_joining_coordinator(wd, first) => {
            let rest = lead[first.len()..].trim();
            // A description cut by a quotation ("a co-editor of") is none.
            let cut = rest
                .split_space()
                .next_back()
                .is_some_and(|w| wd.is(w, words::NP_STOP | words::NOUN_PREPOSITION));
            is_appositive(wd, rest)
                && !cut
                && rest.split_space().any(|w| {
                    let head = w.rsplit('-').next().unwrap_or(w);
                    is_lower_word(head) && wd.is(head, words::ROLE_HEAD | words::SPEAKER_HEAD)
                })
        }
        // "…, 24, from Manchester", "…, 31, of Tujunga": an origin after a
        // description.
        [first, rest @ ..]
            if described
                && matches!(*first, "from" | "of")
                && (1..=3).contains(&rest.len())
                && rest.iter().all(|w| capitalized(w) && plain(w)) =>
        {
            true
        }
        // "then ambassador to Israel", "now senior pastor at …": a time
        // adverb before a role phrase; "then left the room" is a clause.
        [first, second, rest @ ..]
            if wd.exact(first) & words::APPOSITIVE_ADVERB != 0
                && [second].into_iter().chain(rest.iter().take(1)).any(|w| {
                    is_lower_word(w) && wd.is(w, words::ROLE_HEAD | words::SPEAKER_HEAD)
                }) =>
        {
            is_appositive(wd, &lead[first.len()..])
        }
        // "said another Twitter user, Jo Roe": a name of two or three
        // words apposed to a role phrase that names nobody, or to a
        // description of one person ("a local farmer", "his neighbour":
        // a `description_opener` word, then a lower-case noun).
        names
            if !described
                && (2..=3).contains(&names.len())
                && names.iter().all(|w| capitalized(w) && plain(w))
                && wd.of(names[0]) & (words::NP_STOP | words::DETERMINER) == 0
                && lead.split_space().count() == names.len()
                && names_one_unnamed(wd, phrase) =>
        {
            true
        }
        _ => false,
    }
}

/// The inverted speaker "the company's chief executive, John J. Ferriola"
/// after a postposed cue ("…, said the company's chief executive, John J.
/// Ferriola."): a role phrase `np` (`s..e`) that names one person without
/// naming them ([`names_one_unnamed`]) and, after a comma, the name of two
/// to four capitalized words apposed to it, which ends the sentence or
/// stands before a time or setting only (`setting_after`, "…, on Monday.").
/// The strict reading of [`with_appositives`] takes only lower-case
/// descriptions, so without this the role phrase and its name were no
/// speaker at all. "…, said the spokesman, and Jo Roe agreed" is no such
/// name (a coordinator opens it), nor is a longer capitalized phrase.
pub(crate) fn role_with_apposed_name(
    wd: &DocWords,
    text: &str,
    (s, e): (usize, usize),
    hi: usize,
    setting_after: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    const NAME_MAX_WORDS: usize = 4;
    if !names_one_unnamed(wd, &text[s..e]) {
        return None;
    }
    let tail = text[e..hi].strip_prefix(", ")?;
    let name_len = tail
        .find([',', '.', ';', ':', '!', '?'])
        .unwrap_or(tail.len());
    // "John J. Ferriola": an initial's full stop is part of the name.
    let name_len = {
        let mut end = name_len;
        while tail[..end].rsplit(' ').next().is_some_and(|w| w.len() == 1)
            && tail[end..].starts_with('.')
        {
            end += 1;
            end += tail[end..]
                .find([',', '.', ';', ':', '!', '?'])
                .unwrap_or(tail.len() - end);
        }
        end
    };
    let name = tail[..name_len].trim_end();
    let names: Vec<&str> = name.split_space().collect();
    let plain = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase())
            && !w.contains(['"', '“', '”', '(', ')'])
            && !is_day_word(wd, w)
    };
    let named = (2..=NAME_MAX_WORDS).contains(&names.len())
        && names.iter().all(plain)
        && wd.of(names[0]) & (words::NP_STOP | words::DETERMINER | words::PRONOUN) == 0;
    let end = e + ", ".len() + name.len();
    let rest = text[end..hi].strip_prefix(',').unwrap_or(&text[end..hi]);
    (named && setting_after(rest)).then_some((s, end))
}

/// Whether `rest`, what follows a name apposed to an inverted role phrase
/// ("…, said a former spokesman for the ministry, Oleg Voloshyn, who left
/// in May."), is a relative clause about that person running to the
/// sentence's end: a lower-case `relative` word opens it and one more word
/// at least follows. The clause describes the speaker; it is no content
/// and no setting, so the inversion stands (claims93).
pub(crate) fn relative_clause_after_name(wd: &DocWords, rest: &str) -> bool {
    let mut ws = rest.trim().split_space();
    ws.next()
        .is_some_and(|w| is_lower_word(w) && wd.exact(w) & words::RELATIVE != 0)
        && ws.next().is_some()
}

/// Whether a speaker phrase after a cue names one person without naming
/// them, so that a name apposed to it is theirs: it ends in a role noun
/// ("a spokesman"), or opens with a `description_opener` word and ends in
/// a lower-case word that stops no noun phrase ("another Twitter user", "a
/// local farmer").
fn names_one_unnamed(wd: &DocWords, phrase: &str) -> bool {
    let first = phrase.split_space().next().unwrap_or("");
    let last = phrase.split_space().next_back().unwrap_or("");
    let several = phrase.trim().contains(' ');
    is_lower_word(last)
        && (wd.is(last, words::ROLE_HEAD | words::SPEAKER_HEAD)
            || (several
                && wd.extra(first) & words::DESCRIPTION_OPENER != 0
                && wd.of(last) & (words::NP_STOP | words::DETERMINER | words::PRONOUN) == 0))
}

/// Whether the speaker's name `phrase` and the words after it up to the
/// sentence's end, `rest`, are a list of names ("wrote Jo Roe, Al Moe and
/// Ivo Marek.", "said Jo Roe and Al Moe."): every item one to three
/// capitalized words, the last after a coordinator ("and", "or"; a serial
/// comma before it too), and nothing else. "said Jo Roe and then left"
/// and "said Jo Roe, a professor, and Al Moe" are no such list.
fn names_a_list(wd: &DocWords, phrase: &str, rest: &str) -> bool {
    let is_name = |seg: &str| {
        let n = seg.split_space().count();
        (1..=3).contains(&n)
            && seg.split_space().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && !w.contains(['"', '“', '”', '(', ')', '\''])
                    && !is_day_word(wd, w)
            })
            && seg
                .split_space()
                .next()
                .is_some_and(|w| wd.of(w) & (words::NP_STOP | words::DETERMINER) == 0)
    };
    // Only a name followed by a comma or a coordinator may open a list.
    let opens = rest.starts_with(',')
        || rest
            .strip_prefix(' ')
            .and_then(|r| r.split_space().next())
            .is_some_and(|w| is_coordinator(wd, w));
    if !opens || !is_name(phrase) {
        return false;
    }
    let mut items = rest
        .split(',')
        .skip(usize::from(rest.starts_with(',')))
        .peekable();
    while let Some(item) = items.next() {
        let item = item.trim();
        let last = items.peek().is_none();
        // The coordinator's word as a byte range of the item: the words
        // before and after it are the item sliced there (`split_space`
        // keeps every piece, so a slice holds the words its pieces would
        // join to).
        let mut at = 0;
        let joined = item.split_space().find_map(|w| {
            let start = at;
            at += w.len() + 1;
            is_coordinator(wd, w).then_some((start, start + w.len()))
        });
        let fits = match joined {
            // "Al Moe and Ivo Marek", "and Ivo Marek": the last item.
            Some((start, end)) => {
                let before = &item[..start.saturating_sub(1)];
                let after = item.get(end + 1..).unwrap_or("");
                last && (start == 0 || is_name(before)) && is_name(after)
            }
            None => !last && is_name(item),
        };
        if !fits {
            return false;
        }
    }
    true
}

/// Whether `text` holds a relative pronoun as a lower-case word ("who",
/// "whom", "whose", "which").
fn holds_relative(wd: &DocWords, text: &str) -> bool {
    text.split_space().any(|w| {
        is_lower_word(w)
            && (wd.exact(w) & words::RELATIVE != 0 || matches!(w, "who" | "whom" | "whose"))
    })
}

/// The words a relative clause ending the sentence after a speaker's name
/// may have for the speaker to take it in: a "which" or "whose" clause
/// (mostly about something else), and a "who" clause (about the speaker).
const RELATIVE_CLAUSE_MAX_WORDS: usize = 12;
const WHO_CLAUSE_MAX_WORDS: usize = 25;

fn appositives_after(
    wd: &DocWords,
    text: &str,
    (s, e): (usize, usize),
    hi: usize,
    lenient: bool,
) -> Option<(usize, usize)> {
    let rest = text[e..hi].trim_end().trim_end_matches(['.', '!', '?']);
    if lenient && names_a_list(wd, &text[s..e], rest) {
        return Some((s, e + rest.len()));
    }
    let tail = rest.strip_prefix(',')?;
    let relative = tail
        .trim_start()
        .starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(tail.trim_start().split_space().next().unwrap_or("")) & words::RELATIVE != 0;
    // "said Joseph, who has four children.": one relative clause ending the
    // sentence describes the speaker too. A "who" clause may run longer and
    // hold commas of its own ("said Al Roe, who worked for Gov. Jo Lind
    // before she dropped out, and guided …"), as PolNeAR's sources keep it,
    // unless a participle clause or a time adverbial follows a comma ("…,
    // who ran the count, adding that …"): where the speaker ends is then
    // unsure, and the clause is left out.
    if relative {
        let who = tail.trim_start().starts_with("who ");
        let n = tail.split_space().count();
        let described = if who {
            n <= WHO_CLAUSE_MAX_WORDS
                && appositive_segments(tail).skip(1).all(|seg| {
                    let first = seg.trim_start().split_space().next().unwrap_or("");
                    let participle = is_lower_word(first) && first.ends_with("ing");
                    !(participle || is_day_word(wd, first))
                })
        } else {
            !tail.contains(',') && n <= RELATIVE_CLAUSE_MAX_WORDS
        };
        let described = described && is_appositive(wd, tail);
        return described.then(|| (s, e + 1 + tail.trim_end().len()));
    }
    // The appositives may end the sentence or stop before what is not part
    // of the speaker: the rest of a quotation ("said Jo Roe, a spokeswoman
    // for the port, \"but …\""), a participle clause ("…, adding that …",
    // "…, referring to …") or a time or setting adverbial ("…, on
    // Tuesday"). The speaker is the name with its appositives up to there.
    let mut at = e + 1;
    let mut last: Option<usize> = None;
    // Where the appositives ended when a relative clause was taken in: the
    // rest of the sentence may be that clause's ("…, which represents
    // 325,000 businesses with …").
    let mut before_relative: Option<usize> = None;
    for seg in appositive_segments(tail) {
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
        // "said Jo Roe, director of the group, reports USA Today" / "…,
        // writes the Gazette": a speech verb with its subject after the
        // appositives is the writer's relay, not a description of the
        // speaker.
        let relay = lower
            && wd.exact(first) & (words::REPORTING_VERB | words::CONFORMATIVE_VERB) != 0
            && lead.split_space().nth(1).is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || wd.exact(w) & words::DETERMINER != 0
            });
        let clause = (lower && first.ends_with("ing")) || adverbial || relay;
        if last.is_some() && (closes || clause) {
            break;
        }
        let after_place = last.is_some_and(|l| is_town(wd, &text[e..l]));
        let describes = is_appositive(wd, seg)
            || titled_role(wd, lead)
            || (after_place && is_region(wd, lead))
            || (lenient && describes_leniently(wd, &text[s..e], lead, last.is_some()));
        if !describes {
            // "said Al Roe, the director of the institute, who also said
            // that …", "said Al Roe, a consultant and a Republican who said
            // he …": the appositives end where a relative clause opens (the
            // record cuts it from the speaker in any case).
            return relative_after_appositive(wd, seg)
                .map(|p| at + p)
                .or(last.filter(|_| opens_relative(wd, lead)))
                .or(before_relative)
                // "said Al Roe, the director of the institute, at its
                // convention in Washington" / "…, after the vote": an
                // adverbial after the appositives is where or when the
                // speaker spoke, not part of the speaker. A "from" phrase
                // may be the speaker's origin ("Jo Roe, 24, from Leeds").
                .or(last.filter(|_| opens_adverbial(wd, lead)))
                // The lenient reading keeps the descriptions so far, but
                // never a relative clause inside them ("…, a retired
                // worker who lives in Lake City, …"): a relative clause
                // stays cut off the speaker (session 27).
                .or(last.filter(|&l| lenient && !holds_relative(wd, &text[e..l])))
                .map(|l| (s, l));
        }
        if last.is_some() && before_relative.is_none() && opens_relative(wd, lead) {
            before_relative = last;
        }
        at += seg.len();
        last = Some(e + text[e..at].trim_end().len());
        at += 1;
    }
    last.map(|l| (s, l))
}

/// The comma-separated segments of the words after a speaker's name; a
/// comma between digits ("325,000") separates none.
fn appositive_segments(tail: &str) -> impl Iterator<Item = &str> {
    let bytes = tail.as_bytes();
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut i = from;
        while i < bytes.len() {
            let digit_comma = i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit());
            if bytes[i] == b',' && !digit_comma {
                let seg = &tail[from..i];
                from = i + 1;
                return Some(seg);
            }
            i += 1;
        }
        done = true;
        Some(&tail[from..])
    })
}

/// Whether an appositive segment's `lead` opens an adverbial of place, time
/// or circumstance ("at its convention", "after the vote", "in a
/// statement") rather than a description; "from" may give the speaker's
/// origin and is left out.
fn opens_adverbial(wd: &DocWords, lead: &str) -> bool {
    lead.split_space().next().is_some_and(|w| {
        is_lower_word(w) && w != "from" && wd.exact(w) & words::OPENING_PREPOSITION != 0
    })
}

/// Where an appositive segment `seg` ends when a relative clause opens
/// inside it after a description ("a consultant and a Republican who said
/// he …"): the offset in `seg` of the description's end, when the words
/// before the relative pronoun are an appositive.
pub(crate) fn relative_after_appositive(wd: &DocWords, seg: &str) -> Option<usize> {
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
pub(crate) fn titled_role(wd: &DocWords, seg: &str) -> bool {
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
pub(crate) fn is_town(wd: &DocWords, described: &str) -> bool {
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
pub(crate) fn is_region(wd: &DocWords, seg: &str) -> bool {
    let words: Vec<&str> = seg.split_space().collect();
    words.len() <= 2
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && !w.contains(['"', '“'])
                && !is_day_word(wd, w)
        })
}

/// Whether the stop word `w` (between `left` and `right`, with `left2`
/// before `left`) stays inside a noun phrase: "of" between two nouns ("half
/// of Democratic voters", "the leader of the group"), "in" of a ratio
/// ("nine in 10 voters"), and a participle with its preposition or time
/// word after a noun ("exit polls taken in Iowa", "a poll conducted by
/// Gallup", "a report published Wednesday").
pub(crate) fn joins_noun_phrase(
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
    // "officials speaking to reporters", "diplomats talking on condition
    // of anonymity": an -ing participle of speaking after a noun opens a
    // post-modifier (who heard them, how they spoke), no clause.
    let speaking = |x: &str| is_ing_participle(wd, x) && wd.exact(x) & words::OUTLET_CONTACT != 0;
    if speaking(w) && noun(left) && wd.exact(right) & words::PARTICIPLE_LINK != 0 {
        return true;
    }
    // The preposition after such a participle; a place preposition also
    // after an -ing participle, which tells where a body is ("aid groups
    // operating in Sudan", "the Red Cross working in Iraq").
    let class = wd.exact(w);
    let placed_ing = class & words::LOCATIVE != 0 && is_ing_participle(wd, left);
    class & words::PARTICIPLE_LINK != 0
        && (participle(left) || placed_ing || speaking(left))
        && left2.is_some_and(noun)
}

/// Whether the participle `w` after the noun `left` takes a `locative`
/// preposition `right` that has an object `right2` ("troops stationed
/// outside Kabul", "soldiers based near the border"): the participle opens
/// a post-modifier of the noun, as with a `participle_link` preposition
/// ([`joins_noun_phrase`]). With no object after it the preposition is an
/// adverb and the participle the clause's verb ("Supporters gathered
/// outside and said …").
pub(crate) fn placed_participle(
    wd: &DocWords,
    w: &str,
    left: Option<&str>,
    right: Option<&str>,
    right2: Option<&str>,
) -> bool {
    let (Some(left), Some(right), Some(right2)) = (left, right, right2) else {
        return false;
    };
    let noun = !left.ends_with([',', ':', ';', '.', '"'])
        && !is_np_stop(wd, left)
        && wd.exact(left) & (words::PRONOUN | words::RELATIVE | words::DETERMINER) == 0;
    noun && is_participle(wd, w)
        && wd.exact(right) & words::LOCATIVE != 0
        && !right.ends_with([',', ':', ';', '.', '"'])
        && !is_np_stop(wd, right2)
}

/// Whether `x` reads as a present participle that may modify the noun
/// before it: a lower-case -ing word of more than five letters that is no
/// stop word of its own ("operating", "working"; not "during").
fn is_ing_participle(wd: &DocWords, x: &str) -> bool {
    x.len() > 5
        && x.ends_with("ing")
        && x.starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(x) & words::NP_STOP == 0
}

/// Whether `x` reads as a past participle that may modify the noun before
/// it: a lower-case -ed or -en word of more than four letters that is no
/// stop word of its own ("released", "taken"; not "needed" as a stop row).
pub(crate) fn is_participle(wd: &DocWords, x: &str) -> bool {
    x.len() > 4
        && (x.ends_with("ed") || x.ends_with("en"))
        && x.starts_with(|c: char| c.is_ascii_lowercase())
        && wd.exact(x) & words::NP_STOP == 0
        // "Protesters rallied in Tel Aviv": a verb with no passive is the
        // clause's verb, not a participle of a reduced relative.
        && wd.extra(x) & words::INTRANSITIVE_PAST == 0
}

/// Whether `w` is a day name or other time word that ends a speaker phrase
/// ("the mayor on Tuesday said"): a `time_word` that is also an `np_stop`.
pub(crate) fn is_day_word(wd: &DocWords, w: &str) -> bool {
    day_class(wd.exact(w.trim_end_matches([',', '.'])))
        && w.starts_with(|c: char| c.is_alphabetic())
}

/// Whether word classes `c` are a day's or time's that ends a speaker
/// phrase: a `time_word` that is also an `np_stop`.
pub(crate) fn day_class(c: words::Classes) -> bool {
    let both = words::TIME_WORD | words::NP_STOP;
    c & both == both
}

/// Whether the day word `w` dates the participle `left` before it ("a poll
/// released Friday"). Only an -ed participle: an -en word there is more
/// often a noun ("the prison warden Tuesday said", "two women Sunday
/// said"); and no preposition, which `is_day_word` also takes ("a report
/// released on Friday": "on" is no date).
pub(crate) fn dates_participle(wd: &DocWords, w: &str, left: Option<&str>) -> bool {
    is_day_word(wd, w)
        && wd.exact(w) & words::PARTICIPLE_LINK == 0
        && left.is_some_and(|l| l.ends_with("ed") && is_participle(wd, l))
}

/// Whether preposition `k` continues a speaker phrase after the word `left`:
/// after a role noun ("a spokesman for the ministry") or an adjective of
/// the `adjective_link` class ("a person familiar with the matter").
pub(crate) fn keeps_preposition(wd: &DocWords, k: &str, left: Option<&str>) -> bool {
    wd.exact(k) & words::ROLE_PREPOSITION != 0
        && left.is_some_and(|l| {
            wd.is(l, words::ROLE_HEAD | words::ADJECTIVE_LINK)
                || wd.extra(l) & words::POSTED_BODY != 0
        })
}

/// Whether `w`, a stop word inside a speaker phrase, modifies the noun
/// phrase after it (`right`, its next word): a time word in lower case
/// right after a determiner that opens the clause (`left2`, the word
/// before the determiner, is none or ends in a mark: "An early tweet
/// quoted", "An earlier report in a local paper said"), or an approximation
/// before a number ("nearly two-thirds of voters", "The nearly 90-second
/// ad"). Elsewhere these still end the phrase: "The mayor earlier said",
/// "discrediting an earlier report from Bloomberg, saying" (the walk would
/// run on past the determiner), and a preposition ("in") or an -ly adverb
/// of a verb ("some erroneously call") never modifies a noun here.
pub(crate) fn modifies_noun_after(
    wd: &DocWords,
    w: &str,
    classes: words::Classes,
    (left, right, left2): (Option<&str>, Option<&str>, Option<&str>),
) -> bool {
    let Some(right) = right else {
        return false;
    };
    if right.ends_with([',', ';', ':', '.']) || is_np_stop(wd, right) {
        return false;
    }
    let opens_clause =
        left2.is_none_or(|l| l.ends_with([',', ';', ':', '.', '?', '!', '"', '\u{201d}', ')']));
    let after_determiner = left.is_some_and(|l| {
        let c = wd.exact(&l.to_ascii_lowercase());
        c & words::DETERMINER != 0 && c & words::PRONOUN == 0
    });
    let time_adjective = is_lower_word(w)
        && classes & words::TIME_WORD != 0
        && !is_setting_preposition(w)
        && after_determiner
        && opens_clause;
    let numeral = right.starts_with(|c: char| c.is_ascii_digit())
        || wd.exact(right.split('-').next().unwrap_or(right)) & words::NUMBER_WORD != 0;
    time_adjective || (is_lower_word(w) && wd.exact(w) & words::APPROXIMATION != 0 && numeral)
}

/// Whether preposition `k` joins the noun `left` to the noun phrase opening
/// with `right` inside one speaker phrase ("a study by two economists", "the
/// commission on presidential debates"): a `noun_link` preposition after a
/// noun (not a verb's -ing form, pronoun or determiner) with a word of the
/// phrase after it. A day name after it is a stop word that ends the phrase
/// first ("the mayor on Tuesday said" keeps "the mayor").
pub(crate) fn links_nouns(wd: &DocWords, k: &str, left: Option<&str>, right: Option<&str>) -> bool {
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
pub(crate) fn opens_postmodifier(wd: &DocWords, f: &[&str], j: usize) -> bool {
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
pub(crate) fn inside_postmodifier(wd: &DocWords, w: &str) -> bool {
    let possessive = words::ends_with_s_possessive(w);
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
pub(crate) fn postmodified_speaker(
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

pub(crate) const NP_MAX_WORDS: usize = 12;

/// Whether word `w` is a dash written on its own between spaces, as an
/// aside's mark: " - ", " -- ", " – " ("… an old favorite - others say",
/// "according to the Tax Policy Center - half a percentage point …"). Like
/// "—", it ends a noun phrase; a hyphen inside a word ("Washington
/// Post-ABC News") does not.
pub(crate) fn is_spaced_dash(w: &str) -> bool {
    matches!(w, "-" | "--" | "\u{2013}")
}

/// Whether word `w` holds a mark no noun phrase runs across: `"`, a line
/// break, `;`, `—` or a square bracket. By bytes: a `char` set makes `str`
/// decode every character, and `np_before` asks this of every word.
pub(crate) fn breaks_noun_phrase(w: &str) -> bool {
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
pub(crate) fn opens_with_name(
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
pub(crate) fn opens_with_long_name(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
) -> bool {
    const LONG_NAME_WORDS: usize = 5;
    let opens_clause = |w: Option<&str>| w.is_none_or(|w| opens_after(wd, w));
    let mut k = from;
    while k < from + LONG_NAME_WORDS && k < WordsBack::MAX {
        let Some((ws, we)) = words.get(k) else {
            return k > from;
        };
        let w = &text[ws..we];
        if !w.starts_with(|c: char| c.is_uppercase()) {
            // "the American Federation of Teachers and …": a name link
            // with a capitalized word before it, inside the name, is one
            // of its words; right before "and" it would join nothing.
            let linked = k > from
                && is_lower_word(w)
                && wd.extra(w) & words::NAME_LINK != 0
                && words.get(k + 1).is_some_and(|(a, b)| {
                    let before = &text[a..b];
                    before.starts_with(|c: char| c.is_uppercase())
                        && !before.ends_with([',', ':', ';', '"', '.'])
                });
            if !linked {
                break;
            }
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
    // Teachers": one or two determiners before the name are part of the
    // phrase.
    // "Both the Kremlin and …": a capitalized lead word opens the clause
    // itself (the sentence starts or punctuation stands before it).
    let mut correlative = false;
    for _ in 0..2 {
        match word(words, k) {
            Some(w)
                if wd.exact(w) & words::NAME_LEAD != 0
                    && k + 1 < WordsBack::MAX
                    && (is_lower_word(w) || k > from && opens_clause(word(words, k + 1))) =>
            {
                correlative |= wd.extra(w) & words::CORRELATIVE != 0;
                k += 1
            }
            _ => break,
        }
    }
    if k >= WordsBack::MAX {
        return false;
    }
    // "…, and both the American Federation of Teachers and the NEA
    // endorsed", "… a priority for teachers unions and both the AFT and
    // the NEA endorsed her": a clause joiner opens a new clause when a
    // comma stands before it or a correlative ("both") after it, which
    // opens a coordination and no conjunct of one (claims96). With
    // neither ("met Ann and the AFT and …") the "and" may join objects.
    let joined_clause = word(words, k)
        .is_some_and(|w| is_lower_word(w) && wd.exact(w) & words::CLAUSE_JOINER != 0)
        && (correlative
            || (k + 1 < WordsBack::MAX && word(words, k + 1).is_some_and(|w| w.ends_with(','))));
    joined_clause || opens_clause(word(words, k))
}

/// Whether "and", `k` words back, joins two capitalized words inside one
/// name that is the object of a preposition in the phrase ("the Department
/// of Health and Human Services said", "a report by the Center for Economic
/// and Policy Research found", "a spokesperson for the Parks and Recreation
/// Department said"): the words right before and after "and" are
/// capitalized, and back from the left one, over at most three capitalized
/// words (and a "the"), stands "of" or a `noun_link` preposition after a
/// word of the phrase (a name's head or a noun, no stop word or punctuation).
/// The walk then goes on and its own rules decide on the preposition. A
/// name that opens its clause ("Germany and Britain said") is
/// [`opens_with_name`]'s; a verb before the preposition ("met with the
/// Department of Health and …") or an opening preposition ("In Germany and
/// …") is no phrase's.
pub(crate) fn and_inside_object_name(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    k: usize,
) -> bool {
    const NAME_MAX_WORDS: usize = 3;
    let capitalized = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && !ends_what_precedes(wd, w)
            && !w.ends_with([')', '\'', '\u{2019}'])
    };
    let word = |words: &mut WordsBack, j: usize| words.get(j).map(|(a, b)| &text[a..b]);
    if k == 0 || !word(words, k - 1).is_some_and(capitalized) {
        return false;
    }
    let mut j = k + 1;
    while j < k + 1 + NAME_MAX_WORDS
        && j < WordsBack::MAX
        && word(words, j).is_some_and(capitalized)
    {
        j += 1;
    }
    if j == k + 1 || j + 2 >= WordsBack::MAX {
        return false;
    }
    if word(words, j).is_some_and(|w| w == "the") {
        j += 1;
    }
    let preposition = word(words, j)
        .is_some_and(|w| is_lower_word(w) && (w == "of" || wd.exact(w) & words::NOUN_LINK != 0));
    preposition
        && word(words, j + 1).is_some_and(|w| {
            !ends_what_precedes(wd, w)
                && !is_np_stop(wd, w)
                && !w.ends_with("ing")
                && wd.exact(w) & words::DETERMINER == 0
        })
}

/// Whether a phrase read back from opens its clause after the word `w`
/// before it: `w` ends what precedes ([`ends_what_precedes`]) or links a new
/// clause ([`links_clause`]).
fn opens_after(wd: &DocWords, w: &str) -> bool {
    ends_what_precedes(wd, w) || links_clause(wd, w)
}

/// [`opens_after`] for the word `k` words back, or none there (the phrase
/// opens what the walk reads).
fn opens_after_word(wd: &DocWords, text: &str, words: &mut WordsBack, k: usize) -> bool {
    words
        .get(k)
        .is_none_or(|(a, b)| opens_after(wd, &text[a..b]))
}

/// Whether a word, read back from a phrase, ends what stands before that
/// phrase: punctuation at its end, or a period that closes no abbreviation
/// ("…, Germany", "… said. Germany"; not "Sen. Collins").
fn ends_what_precedes(wd: &DocWords, w: &str) -> bool {
    w.ends_with([',', ':', ';', '"', '\u{201c}', '\u{201d}'])
        || (w.ends_with('.') && !is_abbreviation(wd, w))
}

/// Whether a word opens a new clause before a phrase: a subordinating or a
/// contrasting conjunction ("because Germany and …", "but he and …").
fn links_clause(wd: &DocWords, w: &str) -> bool {
    wd.of(w) & words::SUBORDINATOR != 0 || wd.exact(w) & words::CONTRAST_CONJUNCTION != 0
}

/// Whether the word `k` words back, ending in a comma, closes a name that is
/// an earlier item of a list of names opening the clause ("France," in
/// "France, Germany and Britain said"): it and up to two words before it
/// are capitalized (no time word: "On Sunday, Germany and Britain"), and
/// before them the sentence starts, punctuation ends a word (another item,
/// "Italy, France, …"), or a subordinating or contrasting conjunction
/// stands. A preposition or verb before them ("In Paris, Germany and
/// Britain said") makes the name no speaker.
pub(crate) fn list_item_opens(wd: &DocWords, text: &str, words: &mut WordsBack, k: usize) -> bool {
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
            return j > k && links_clause(wd, w);
        }
    }
    false
}

/// Whether the word `k` words back, ending in a comma, closes an item of a
/// list of names that opens the clause, every earlier item included: the
/// serial comma before "and" in "President Obama, Hillary Clinton, and
/// other Democrats said" or "Germany, France, and Britain said". Each item
/// is one to three capitalized words (titles and initials inside it:
/// "Mr. Clinton", "Donald J. Trump"); before the earliest the sentence
/// starts, a word ends in other punctuation, or a subordinating or
/// contrasting conjunction stands. A verb, preposition or possessive
/// there ("relying on Mr. Clinton, and touting", "through his Donald J.
/// Trump Foundation, and public records show") makes it no list. The list
/// from `k` back has `min_items` items at least (two before a serial
/// comma: "Both, and each side describes" is no list).
pub(crate) fn serial_list_opens(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    k: usize,
    min_items: usize,
) -> bool {
    let name_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && wd.of(w.trim_end_matches(','))
                & (words::TIME_WORD | words::NP_STOP | words::DETERMINER)
                == 0
    };
    let mut item = k;
    let mut items = 1;
    let mut j = k;
    while j < WordsBack::MAX {
        let Some((ws, we)) = words.get(j) else {
            return j > item && items >= min_items;
        };
        let w = &text[ws..we];
        if j > item {
            if w.ends_with(',') && name_word(w) {
                item = j;
                items += 1;
                j += 1;
                continue;
            }
            if ends_what_precedes(wd, w) {
                return items >= min_items;
            }
            if !name_word(w) {
                return items >= min_items && links_clause(wd, w);
            }
        } else if !name_word(w) {
            return false;
        }
        if j - item >= 3 {
            return false;
        }
        j += 1;
    }
    false
}

/// Whether the word `from` words back is a subject pronoun ("he", "they")
/// that opens its clause and is joined by "and" to the phrase after it:
/// "he and Brafman said", "they and their allies say". The words before it
/// end in punctuation, are a subordinating or contrasting conjunction, or
/// are none.
pub(crate) fn opens_with_pronoun(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
) -> bool {
    let Some((ls, le)) = words.get(from) else {
        return false;
    };
    let left = &text[ls..le];
    if !is_lower_word(left) && left != "I" || wd.exact(left) & words::PRONOUN == 0 {
        return false;
    }
    if from + 1 >= WordsBack::MAX {
        return false;
    }
    opens_after_word(wd, text, words, from + 1)
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
pub(crate) fn opens_with_speaker_noun(
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
    noun_modifiers_open_clause(wd, text, words, from, titled)
}

/// Whether the words before the noun `from` words back are at most three
/// modifiers of it after the clause's opening ([`opens_with_speaker_noun`]).
fn noun_modifiers_open_clause(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
    titled: bool,
) -> bool {
    for k in from + 1..from + 5 {
        if k >= WordsBack::MAX {
            return false;
        }
        let Some((ws, we)) = words.get(k) else {
            return true;
        };
        let w = &text[ws..we];
        if opens_after(wd, w) || w.eq_ignore_ascii_case("that") {
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
            && !adjective_shaped(wd, w)
            && !second_free_word_opens(wd, text, words, from, k)
        {
            return false;
        }
    }
    false
}

/// Words that belong to a clause, not to a speaker's description: a
/// verb's past, a speaker noun or role head of its own, a pronoun.
const CLAUSE_WORD: words::Classes = words::PAST_FORM
    | words::ACTION_PAST
    | words::SPEAKER_NOUN
    | words::SPEAKER_HEAD
    | words::ROLE_HEAD
    | words::PRONOUN;

/// Whether `w` has the shape of an adjective before a noun, which no verb
/// or object noun has: a capitalized word ("The Democratic presidential
/// front-runner and …", "the independent Vermont senator and …") or a
/// lower-case word with an adjective's ending ("independent", "national",
/// "economic"), no stop word, no -ed form and no speaker noun ("The strike
/// hit workers and …" stays an object).
fn adjective_shaped(wd: &DocWords, w: &str) -> bool {
    const ENDINGS: [&str; 11] = [
        "al", "ic", "ent", "ant", "ive", "ous", "ian", "ary", "ful", "less", "ern",
    ];
    let shaped = w.starts_with(|c: char| c.is_uppercase())
        || (is_lower_word(w) && w.len() > 4 && ENDINGS.iter().any(|e| w.ends_with(e)));
    shaped
        && !w.ends_with([',', ':', ';', '.', '"'])
        && !w.ends_with("ed")
        && !is_np_stop(wd, w)
        && wd.of(w) & CLAUSE_WORD == 0
}

/// Whether the word `from` words back is a lower-case plural noun the
/// speaker-noun list lacks ("friends", "lobbyists", "traders") that opens its
/// clause as [`opens_with_speaker_noun`] reads it, coordinated with a
/// phrase whose head, the word right before the cue, is a speaker noun:
/// "the candidate's friends and political allies expect …". The speaker
/// noun after "and" says the first plural names people too.
pub(crate) fn opens_with_plural_before_speakers(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
) -> bool {
    let speaker_class = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
    let head_names_people = words.get(0).is_some_and(|(a, b)| {
        is_lower_word(&text[a..b]) && wd.of(&text[a..b]) & speaker_class != 0
    });
    let Some((ls, le)) = words.get(from) else {
        return false;
    };
    let left = &text[ls..le];
    let plural = left.len() >= 5 && lower_s_form(left) && !is_np_stop(wd, left);
    head_names_people && plural && noun_modifiers_open_clause(wd, text, words, from, false)
}

/// Whether `w`, the word `k` words back and the second free word before the
/// speaker noun `from` words back, is a modifier of that noun opening its
/// clause: "Cyber security experts and …", "…, longtime labor officials and
/// …", "But private Chinese companies and …". Right before it the clause
/// opens (punctuation, a subordinating or contrasting conjunction, the
/// text's start), and it is no verb or noun of a clause of its own (no
/// past form, no -ed word, no speaker noun: "Protesters hit workers and
/// …"). Past a determiner ("The strike hit workers and …") it is no
/// modifier.
fn second_free_word_opens(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    from: usize,
    k: usize,
) -> bool {
    if k != from + 2 || k + 1 >= WordsBack::MAX {
        return false;
    }
    let Some((ws, we)) = words.get(k) else {
        return false;
    };
    let w = &text[ws..we];
    if w.ends_with("ed") || wd.of(w) & CLAUSE_WORD != 0 || is_np_stop(wd, w) {
        return false;
    }
    opens_after_word(wd, text, words, k + 1)
}

/// Whether "and", `k` words back, joins two lower-case modifiers of one
/// noun phrase that opens the clause: "current and former officials said",
/// "domestic and international critics say", "three current and former
/// employees". The word after "and" has the phrase's head after it; the
/// word before is a lower-case word (a speaker noun there is
/// [`opens_with_speaker_noun`]'s); before it at most a determiner or a
/// number, then the clause's opening. A verb before the pair ("The strike
/// hit workers and former officials said") makes it no phrase.
pub(crate) fn opens_with_modifier_pair(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
    k: usize,
) -> bool {
    const LEAD_MAX_WORDS: usize = 2;
    let lower_free = |w: &str| is_lower_word(w) && !is_np_stop(wd, w);
    // "Eleven progressive and Muslim organizations": the second modifier
    // may be a capitalized adjective; the first stays lower-case, so no
    // name before "and" ("in Paris and Muslim groups") joins.
    let right = k
        .checked_sub(1)
        .filter(|&j| j > 0)
        .and_then(|j| words.get(j))
        .is_some_and(|(a, b)| lower_free(&text[a..b]) || adjective_shaped(wd, &text[a..b]));
    let left = k + 1 < WordsBack::MAX
        && words.get(k + 1).is_some_and(|(a, b)| {
            let w = &text[a..b];
            lower_free(w)
                && wd.of(w) & (words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN) == 0
        });
    if !right || !left {
        return false;
    }
    for j in k + 2..k + 2 + LEAD_MAX_WORDS + 1 {
        if j >= WordsBack::MAX {
            return false;
        }
        let Some((ws, we)) = words.get(j) else {
            return true;
        };
        let w = &text[ws..we];
        if opens_after(wd, w) {
            return true;
        }
        // "Eleven progressive and …", "The current and …": a lead word
        // opening the sentence is capitalized. "Many current and former
        // officials": a quantity modifier leads too.
        let lead = wd.of(w) & (words::DETERMINER | words::NUMBER_WORD | words::MODIFIER) != 0
            || w.bytes().all(|b| b.is_ascii_digit());
        if !lead || j == k + 2 + LEAD_MAX_WORDS {
            return false;
        }
    }
    false
}

/// Where a time adverbial of two words or more ends the words before a cue
/// at `end`: a time noun after a day or a relative word ("Thursday
/// evening", "this week", "last night") or a day after a `time_opener`
/// that is no preposition ("late Tuesday", "early Monday"), with the
/// openers before it ("on Thursday evening", "earlier this week"). A bare
/// day ("the mayor on Tuesday said") is left to the walk, which stops at
/// it. `None` unless a word stands before the adverbial: one with no comma
/// and no participle the adverbial dates, or with `after_comma` one that a
/// comma closes ("Beck, who backed Cruz in the primaries, last week said":
/// the subject and its description end at the comma, and the adverbial
/// dates the cue).
pub(crate) fn time_adverbial_before(
    wd: &DocWords,
    text: &str,
    lo: usize,
    end: usize,
    after_comma: bool,
) -> Option<usize> {
    let (last_start, last_end) = time_word_before(wd, text, lo, end)?;
    let last = &text[last_start..last_end];
    let mut words = WordsBack::new(text, lo, end, 6);
    let word = |words: &mut WordsBack, k: usize| words.get(k).map(|(a, b)| &text[a..b]);
    let before = word(&mut words, 1)?;
    if before.ends_with([',', '.', ';', ':']) {
        return None;
    }
    let time_noun = is_lower_word(last)
        && wd.exact(last) & words::TIME_WORD != 0
        && wd.exact(last) & (words::NP_STOP | words::DETERMINER | words::TIME_OPENER) == 0
        && (is_day_word(wd, before)
            || is_lower_word(before) && wd.is(before, words::RELATIVE_TIME));
    let opened_day = is_day_word(wd, last)
        && is_lower_word(before)
        && wd.exact(before) & words::TIME_OPENER != 0
        && wd.exact(before) & (words::NP_STOP | words::RELATIVE_TIME) == 0;
    if !time_noun && !opened_day {
        return None;
    }
    let mut first = 1;
    // "on Thursday evening", "earlier this week": an opener before it.
    while first < 3 {
        let w = word(&mut words, first + 1)?;
        let opener = is_lower_word(w) && wd.exact(w) & words::TIME_OPENER != 0;
        if !opener {
            break;
        }
        first += 1;
    }
    // A word must stand before the adverbial: the subject. After a
    // participle the time dates it and stays in the phrase ("a poll
    // conducted last week found", "a document he drew up last year").
    let (subject_start, subject_end) = words.get(first + 1)?;
    let subject = &text[subject_start..subject_end];
    let fits = if after_comma {
        subject.ends_with(',')
    } else {
        let dated = is_participle(wd, subject)
            || wd.is(subject, words::PAST_FORM | words::ACTION_PAST)
            || wd.exact(subject) & words::NP_STOP != 0;
        !subject.ends_with([',', '.', ';', ':']) && !dated
    };
    fits.then(|| words.get(first).map(|(a, _)| a))?
}

/// The last word before `end` when a time adverbial may end with it: a
/// time word, lower case or capitalized, that no punctuation closes. Both
/// shapes [`time_adverbial_before`] reads end in one, and most cues' last
/// word before them is none: the word is split on its own (it is the
/// walk's first word), and the walk back is then never set up. A caller
/// that asks this first can tell [`np_before_with`] not to ask again.
pub(crate) fn time_word_before(
    wd: &DocWords,
    text: &str,
    lo: usize,
    end: usize,
) -> Option<(usize, usize)> {
    time_word_last(wd, text, &mut WordsBack::new(text, lo, end, 1))
}

/// [`time_word_before`] for the last word of `words`.
pub(crate) fn time_word_last(
    wd: &DocWords,
    text: &str,
    words: &mut WordsBack,
) -> Option<(usize, usize)> {
    let (last_start, last_end) = words.get(0)?;
    let last = &text[last_start..last_end];
    let plain = is_lower_word(last) || last.starts_with(|c: char| c.is_uppercase());
    (plain && !last.ends_with([',', '.', ';', ':']) && wd.exact(last) & words::TIME_WORD != 0)
        .then_some((last_start, last_end))
}

/// The noun phrase ending right before byte `end` (a cue), not reaching
/// before `lo`: words back to a clause boundary (punctuation, a quote mark,
/// a conjunction, preposition, auxiliary or verb). `None` when the cue
/// follows punctuation directly or the phrase is implausibly long.
pub(crate) fn np_before(
    wd: &DocWords,
    text: &str,
    lo: usize,
    end: usize,
) -> Option<(usize, usize)> {
    np_before_with(wd, text, lo, end, true)
}

/// [`np_before`], told with `may_be_timed` false that no time word ends the
/// words before `end` ([`time_word_before`] found none), so that no time
/// adverbial is looked for again.
pub(crate) fn np_before_with(
    wd: &DocWords,
    text: &str,
    lo: usize,
    end: usize,
    may_be_timed: bool,
) -> Option<(usize, usize)> {
    // "Sean Spicer on Thursday evening said", "The mayor late Tuesday
    // said", "The minister earlier this week said": a time adverbial
    // between the subject and the cue dates the cue; the phrase ends
    // before it.
    let end = match may_be_timed {
        true => time_adverbial_before(wd, text, lo, end, false).unwrap_or(end),
        false => end,
    };
    let mut words = WordsBack::new(text, lo, end, WordsBack::MAX);
    np_before_in(wd, text, lo, end, &mut words)
}

/// [`np_before_with`] once the phrase's end is known (no time adverbial is
/// looked for), reading `words`, the words of `lo..end` with the cap
/// [`WordsBack::MAX`]: the phrase has at most NP_MAX_WORDS words and the
/// rules look two words further back, so the words before those are never
/// read.
pub(crate) fn np_before_in(
    wd: &DocWords,
    text: &str,
    lo: usize,
    end: usize,
    words: &mut WordsBack,
) -> Option<(usize, usize)> {
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
    // How many words back a subject pronoun coordinated with the phrase
    // after it stands ("he and Brafman said"): the phrase starts there.
    let mut pronoun_first: Option<usize> = None;
    // Where the phrase started before "and" was crossed inside a name that
    // a preposition's object holds (`and_inside_object_name`): a phrase
    // that then runs past the word limit keeps the name's last part, as it
    // did before the crossing, rather than no speaker at all.
    let mut before_name_and: Option<usize> = None;
    let aside_closes = words
        .get(0)
        .is_some_and(|(a, b)| is_spaced_dash(&text[a..b]));
    while let Some((ws, we)) = words.get(k) {
        let w = &text[ws..we];
        let inner = k == 0;
        // "… an old favorite - others say": a spaced dash opens an aside
        // that ends the phrase, unless the dash right before the cue
        // closes one around the speaker's appositive ("The three scholars
        // - Tribe, Epstein and Amar - agreed"), read as before.
        if breaks_noun_phrase(w) || (is_spaced_dash(w) && !aside_closes) {
            break;
        }
        // "France, Germany and Britain said": the earlier items of a list
        // of names that opens the clause.
        if name_list
            && w.ends_with(',')
            && (list_item_opens(wd, text, &mut *words, k)
                || serial_list_opens(wd, text, &mut *words, k, 1))
        {
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
        let pronoun_item = inner || pronoun_first == Some(k);
        if classes & words::RELATIVE != 0 || (pronoun_item && classes & words::PRONOUN != 0) {
            if pronoun_item {
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
        let in_name = (classes & words::CUE_LEAD != 0
            && classes & words::TIME_WORD == 0
            && name_part(text, lo, ws))
            || time_in_name(wd, text, lo, ws, w, classes);
        // Asked last: it reads the word before, which the walk back may
        // not have split yet.
        let adjective = |words: &mut WordsBack| {
            !inner && attributive_ed(wd, w, classes, words.get(k + 1).map(|(a, b)| &text[a..b]))
        };
        // "Politicians and even some technologists say": a focus adverb
        // right after "and" belongs to the coordination when the conjunct
        // before "and" is a speaker noun opening the clause; the "and" is
        // then crossed as in "Politicians and some technologists".
        let focus_in_coordination = |words: &mut WordsBack| {
            !inner
                && wd.extra(w) & words::FOCUS_ADVERB != 0
                && words
                    .get(k + 1)
                    .is_some_and(|(a, b)| text[a..b].eq_ignore_ascii_case("and"))
                && opens_with_speaker_noun(wd, text, words, k + 2, false)
        };
        if is_np_stop_of(w, classes)
            && !respondent
            && !in_name
            && !adjective(&mut *words)
            && !focus_in_coordination(&mut *words)
        {
            // "officials in Sanaa", "a spokesman for the ministry": a
            // group noun keeps its place or organization.
            let word = |(a, b): (usize, usize)| &text[a..b];
            let left = words.get(k + 1).map(word);
            let right = k.checked_sub(1).and_then(|j| words.get(j)).map(word);
            let left2 = words.get(k + 2).map(word);
            let right2 = k.checked_sub(2).and_then(|j| words.get(j)).map(word);
            // "A poll released Friday shows": the day dates the
            // participle, which modifies the speaker noun before it.
            let dated = inner
                && dates_participle(wd, w, left)
                && left2.is_some_and(|l| !is_np_stop(wd, l) && !l.ends_with([',', ':', ';', '.']));
            let keeps = dated
                || modifies_noun_after(wd, w, classes, (left, right, left2))
                || keeps_preposition(wd, w, left)
                || joins_noun_phrase(wd, w, left, right, left2)
                || placed_participle(wd, w, left, right, right2)
                || (!possessive_last && links_nouns(wd, w, left, right));
            // "Trump and his attorneys said", "Mr. Grassley and Mr. Leahy
            // say": a coordination that opens the clause with a name.
            // "Her advisers and allies say", "Experts and some lawmakers
            // warn": a group of speakers that opens the clause.
            let name_start = |r: &str| r.starts_with(|c: char| c.is_uppercase());
            let and = w.eq_ignore_ascii_case("and");
            let names = and
                && left.is_some_and(|l| l.starts_with(|c: char| c.is_uppercase()))
                && (opens_with_name(wd, text, &mut *words, k + 1, right.is_some_and(name_start))
                    || opens_with_long_name(wd, text, &mut *words, k + 1)
                    || (left.is_some_and(|l| l.ends_with(','))
                        && serial_list_opens(wd, text, &mut *words, k + 1, 2)));
            name_list |= names;
            // "he and Brafman said": a subject pronoun opening the clause.
            if and
                && !names
                && pronoun_first.is_none()
                && opens_with_pronoun(wd, text, &mut *words, k + 1)
            {
                pronoun_first = Some(k + 1);
            }
            let coordinated = names
                || pronoun_first == Some(k + 1)
                || (w.eq_ignore_ascii_case("and")
                    && (opens_with_speaker_noun(wd, text, &mut *words, k + 1, false)
                        || opens_with_plural_before_speakers(wd, text, &mut *words, k + 1)
                        || opens_with_modifier_pair(wd, text, &mut *words, k)));
            let name_and = and
                && !coordinated
                && !keeps
                && before_name_and.is_none()
                && and_inside_object_name(wd, text, &mut *words, k);
            if name_and {
                before_name_and = start;
            }
            let coordinated = coordinated || name_and;
            if !keeps && !coordinated {
                // "A person familiar with the planning for Thursday's
                // meeting says": a preposition inside the post-modifier of
                // a speaker noun that opens the clause.
                let in_postmodifier = inside_postmodifier(wd, w) && {
                    if postmod_head.is_none() {
                        postmod_head = postmodified_speaker(wd, text, &mut *words, k);
                    }
                    postmod_head.is_some_and(|h| k < h)
                };
                if !in_postmodifier {
                    break;
                }
            }
        }
        if k + 1 > NP_MAX_WORDS {
            if before_name_and.is_some() {
                start = before_name_and;
                break;
            }
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

/// The noun phrase starting right after byte `start` (a cue), ending before
/// `hi`: "said Abbas Araghchi, …", "said the minister on Monday".
pub(crate) fn np_after(
    wd: &DocWords,
    text: &str,
    start: usize,
    hi: usize,
) -> Option<(usize, usize)> {
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
        // A capitalized auxiliary verb before a name word is a given name
        // ("said Will Roe, a professor"), as `name_part` reads one after
        // a name word before a cue.
        let given_name = n == 0
            && classes & words::VERB_GROUP_AUX != 0
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && right.is_some_and(|r| {
                r.starts_with(|c: char| c.is_ascii_uppercase())
                    && r.chars().any(|c| c.is_ascii_lowercase())
            })
            && !in_title_case_line(text, ws);
        if (is_np_stop_of(w, classes)
            && !given_name
            && (n == 0
                || (!inside
                    && !keeps_preposition(wd, w, left)
                    && !joins_noun_phrase(wd, w, left, right, left2)
                    && !placed_participle(
                        wd,
                        w,
                        left,
                        right,
                        words.get(n + 2).map(|&(a, b)| &text[a..b]),
                    )
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
