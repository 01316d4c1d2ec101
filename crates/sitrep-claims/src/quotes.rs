//! Direct quotes: the quote spans of a document and their marks, a cue
//! after a quote that attributes it, and quotes with no cue of their own
//! (the same speaker going on, the next paragraph, a dash and a name).

use super::*;

/// The claim of `quote` when `prev`'s speaker goes on speaking in it: the
/// same speaker and cue, no via or audience of its own.
pub(crate) fn same_speaker_quote(text: &str, prev: &Draft, quote: (usize, usize)) -> Option<Draft> {
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
pub(crate) fn next_paragraph_quote(
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
pub(crate) fn continued_quote(
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

/// Whether a cue `h` after a quote (inner end `qe`, closing mark end `mc`)
/// attributes that quote: the gap between them is punctuation, optionally
/// with a speaker noun phrase ("…," the minister said / "…," said X), never
/// a clause going on with a conjunction ('called the veto "shameful" and
/// said …', where "said" has content of its own). Unless the quote closes
/// with a comma or an end mark inside its marks ("…," he said), the cue
/// must have no content of its own after it (to the sentence end `hi`).
pub(crate) fn attributes_quote_before(
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
    let closed = quote_text_before_inner_close(text, qe).ends_with([',', '.', '!', '?'])
        || text[mc..h.start.max(mc)].trim_start().starts_with(',');
    closed || empty_or_setting_after_cue(wd, &text[h.end..hi.max(h.end)])
}

/// "The mayor, tired of "the same old promises," said the plan would
/// fail", "The governor, who wrote "A Nation Divided," said …": a quote
/// inside a description set off by a comma after words that open its
/// sentence (`ss`), right before a cue (`cue_start..cue_end`, only
/// punctuation after the closing mark `mc`) that has a clause of its own,
/// belongs to the speaker's description: it is neither the cue's content
/// nor a claim. The description is the words after the comma: a relative
/// clause, or words with no auxiliary ("In particular, Bill Clinton … has
/// been "very worked up," said a source" is a clause). A quote opening its
/// sentence ('"…," said Jones'), one after another quote of its sentence,
/// one with a speaker before its cue ('"…," Susan said as she turned') or a
/// cue with only its speaker after it ('In a statement, "…," said Jones.')
/// is attributed as before.
pub(crate) fn quote_in_description(
    wd: &DocWords,
    text: &str,
    ss: usize,
    (mo, mc): (usize, usize),
    (cue_start, cue_end): (usize, usize),
) -> bool {
    let gap = &text[mc.min(cue_start)..cue_start];
    let before = &text[ss.min(mo)..mo];
    if gap.contains(char::is_alphanumeric) || before.contains('"') {
        return false;
    }
    if !description_before_quote(wd, before) {
        return false;
    }
    // The clause is read up to a bracket or comma: "…," said Mr. Burman (a
    // view echoed by …)" is the quote's attribution and an aside.
    let rest = &text[cue_end..];
    let rest = &rest[..rest.find(['(', ',', ';']).unwrap_or(rest.len())];
    rest.starts_with(" that ") || opens_finite_clause(wd, rest)
}

/// Whether every quote mark in the subject `lo..hi` comes after a comma
/// that follows the subject's first words: the quotes are inside its
/// description ("The mayor, tired of "the same old promises,"", as
/// [`quote_in_description`] leaves them), and the subject is one described
/// noun phrase, as PolNeAR's sources hold it ("Steven Brill, author of
/// “America's Bitter Pill,” a history of …").
pub(crate) fn quotes_in_description(wd: &DocWords, text: &str, lo: usize, hi: usize) -> bool {
    let phrase = &text[lo..hi];
    phrase
        .find('"')
        .is_some_and(|mark| description_before_quote(wd, &phrase[..mark]))
}

/// Whether `before`, a sentence's words up to a quote's opening mark, ends
/// in a description set off by a comma after words of its own: the words
/// after the last comma are a relative clause ("Humphrey, who calls Trump
/// a") or hold no auxiliary ("The mayor, tired of"), no clause of their own
/// ("Billy Bush, …, is joining the").
fn description_before_quote(wd: &DocWords, before: &str) -> bool {
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let description = &before[comma + 1..];
    !before[..comma].trim().is_empty()
        && (description
            .split_space()
            .find(|w| !w.is_empty())
            .is_some_and(|w| wd.exact(w) & words::RELATIVE != 0)
            || !description.split_space().any(|w| auxiliary_word(wd, w)))
}

/// "Kerry Washington, star of television's “Scandal,” thanked …", "the
/// co-author of "Going Viral," said …": a quote right after a possessive or
/// a `noun_preposition` ("of") whose words read as a title — at most six,
/// the first and every word of four letters or more capitalised, no "!" or
/// "?" — names a work or a programme, no one's words. A chant keeps its
/// end mark ("chants of "Feel the Bern!"" stays a quote; PolNeAR train and
/// dev mark 5 of 100 such quotes as content, all chants).
pub(crate) fn quoted_title(wd: &DocWords, text: &str, mo: usize, qs: usize, qe: usize) -> bool {
    const TITLE_WORDS: usize = 6;
    // The cheap tests first: a quote opening with a capital, then the lead
    // word ("'s", or a word-table lookup for "of"), then a short quote
    // (most quotes are long sentences; counting stops at the seventh word),
    // then every word.
    let inner = text[qs..qe].trim_end_matches([',', '.', ' ']);
    if !inner.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let lead = text[..mo].trim_end().rsplit(' ').next().unwrap_or("");
    (words::ends_with_s_possessive(lead) || lower_in(wd, lead, words::NOUN_PREPOSITION))
        && inner.split_space().nth(TITLE_WORDS).is_none()
        && !inner.contains(['!', '?'])
        && inner.split_space().all(|w| {
            w.chars().count() < 4
                || !w.starts_with(char::is_alphabetic)
                || w.starts_with(char::is_uppercase)
        })
}

/// The text of a quote ending at `qe` without the closing marks of a quote
/// inside it: "They told us, 'Go home.'" closes its inner quote and its own
/// sentence at once, so its end mark is the one before the inner "'" ("…
/// 'What can I do?'" Weaver said is attributed as "… do?" Weaver said is).
pub(crate) fn quote_text_before_inner_close(text: &str, qe: usize) -> &str {
    text[..qe].trim_end_matches(|c: char| c == '\'' || c == '’' || c.is_whitespace())
}

/// Marks that open or close a quotation.
pub(crate) const QUOTE_MARKS: [char; 5] = ['"', '“', '”', '\'', '‘'];

/// The claim of a paragraph that is only the quote `qs..qe` followed by a
/// dash and a name ("“…” — Edwin G. Monroy."): the dash is the cue, the
/// name of one to four capitalized words or initials the speaker. A
/// paragraph that goes on after the quote before the dash ("Rajoy said he
/// will "try …" —Kim Hjelmgaard", a byline) is none.
pub(crate) fn dash_signed_quote(
    ctx: &Ctx,
    drafts: &[Draft],
    qs: usize,
    qe: usize,
) -> Option<Draft> {
    let (text, wd) = (ctx.text, ctx.words);
    let (mo, mc) = (open_mark(text, qs), close_mark(text, qe));
    // The quote opens its line: only whitespace stands between the line's
    // start and the mark. Read back from the mark over that whitespace
    // alone, not from the line's start (a search back through the whole
    // paragraph for most quotes, which open mid-paragraph).
    let before_mark = text[..mo].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    if !(before_mark.is_empty() || before_mark.ends_with('\n')) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[mc..]).map_or(text.len(), |p| mc + p);
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

/// Byte ranges inside quote pairs (excluding the marks): straight double
/// quotes, or two apostrophes (`''`, as some archives write them), paired
/// within each paragraph: a quote that runs on into the next paragraph
/// (news style: the first paragraph has no closing mark) ends at its
/// paragraph's end, so one open quote never shifts the pairing of the rest
/// of the document.
pub(crate) fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Where the open quote's content starts.
    let mut open: Option<usize> = None;
    // The bytes the loop acts on, in order, from one pass over the text (a
    // `memchr3` call for each was 3.4 M instructions of r500); those the
    // loop has stepped over (a two-apostrophe mark's second) are passed by.
    let mut i = 0;
    for k in sitrep_text::AnyOfThree::new(b, [b'"', b'\'', b'\n']) {
        if k < i {
            continue;
        }
        i = k;
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
pub(crate) fn open_mark(text: &str, qs: usize) -> usize {
    if text[..qs].ends_with("''") {
        qs - 2
    } else {
        qs.saturating_sub(1)
    }
}

/// Where the closing mark of a quote whose content ends at `qe` ends.
pub(crate) fn close_mark(text: &str, qe: usize) -> usize {
    if text[qe..].starts_with("''") {
        qe + 2
    } else {
        (qe + 1).min(text.len())
    }
}
