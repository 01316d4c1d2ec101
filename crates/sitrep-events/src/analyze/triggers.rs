//! Finding trigger hits: one vocabulary lookup per word token
//! (`find_hits`), multiword phrases (`phrase_at`), gapped verb + object
//! rows (`match_gapped`), and the token → trigger index the later steps
//! read. This is step 0 of the clause analysis: it knows nothing of clause
//! structure beyond the words next to a hit.

use super::readings::{is_noun_of_other_type, is_noun_of_type};
use super::words::{has_hyphen_at, upper_start};
use super::{Hit, Looked, Sent, Trig, CUE, NONE, PREPS};
use crate::filter::DomainCount;
use crate::lanes::WordLanes;
use crate::lexicon::{
    gapped_stem_bit, pair_key, stem_into, wc, EventLexicon, Form, Pos, WordInfo, MAX_GAP, NO_ID,
};
use sitrep_record::EventType;
use sitrep_text::{Token, TokenKind};

/// Whether token `i` opens a list item after its marker ("2. Never urged",
/// "(b) Never urged", "iv) ..."): a number or a one-letter or roman label,
/// optionally in brackets, closed by "." or ")".
pub(super) fn after_list_marker(text: &str, toks: &[Token], i: usize) -> bool {
    if !(2..=3).contains(&i) || !matches!(toks[i - 1].text(text), "." | ")") {
        return false;
    }
    let label = toks[i - 2].text(text);
    let opened = i == 2 || toks[0].text(text) == "(";
    let is_label = label.chars().all(|c| c.is_ascii_digit())
        || label.len() == 1
        || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    opened && is_label
}

/// Whether token `i` is an all-caps word standing alone in brackets:
/// "(NAB)", "(FBI)".
pub(super) fn bracketed_acronym(text: &str, toks: &[Token], i: usize) -> bool {
    // The brackets are tested as bytes: this is asked of every capitalized
    // word inside a sentence, and a `str` comparison slices the text (with
    // its boundary tests) first.
    let is_byte = |t: &Token, b: u8| text.as_bytes().get(t.start..t.end) == Some(&[b][..]);
    i > 0
        && is_byte(&toks[i - 1], b'(')
        && toks.get(i + 1).is_some_and(|n| is_byte(n, b')'))
        && !toks[i].text(text).chars().any(char::is_lowercase)
}

/// Whether the capitalized word at token `i` (more than one letter) is
/// passed over as part of a name: a capitalized word inside a sentence that
/// is no headline ("Operation Protective Edge", "March 5"), or an all-caps
/// word alone in brackets, in a headline too ("the National Accountability
/// Bureau (NAB)": the acronym of a name, not a verb opening a bracketed
/// clause).
// Out of line: asked of capitalized words only, and kept out of the
// per-word loop of `find_hits` so that the loop's values stay in registers.
#[inline(never)]
fn capital_skipped(text: &str, toks: &[Token], i: usize, headline: bool) -> bool {
    if bracketed_acronym(text, toks, i) {
        return true;
    }
    if headline {
        return false;
    }
    let bytes = text.as_bytes();
    // Only punctuation can open a sentence's words: a quotation mark, a
    // colon, a bracket or a dash ("—").
    let after_opener = |p: &Token| {
        p.kind == TokenKind::Punct
            && matches!(
                bytes.get(p.start..p.end),
                Some(b"\"" | b":" | b"(" | [0xe2, 0x80, 0x94])
            )
    };
    let sentence_start = i == 0
        || (i == 1 && toks[0].kind == TokenKind::Punct)
        || after_opener(&toks[i - 1])
        || after_list_marker(text, toks, i);
    !sentence_start
}

/// The vocabulary entry of a word that is not ASCII, and whether it is a
/// domain word: the slow paths, out of the per-word loop of `find_hits`.
#[cold]
#[inline(never)]
fn non_ascii_entry<'l>(
    lex: &'l EventLexicon,
    word: &str,
    buf: &mut String,
) -> (Option<&'l WordInfo>, bool) {
    (lex.lookup(word, buf), lex.filter.is_domain_word(word))
}

/// Finds the trigger phrases of one sentence, longest first at each token.
/// Matching is by whole tokens, so no trigger is ever found inside a word
/// ("aid" in "said"). On the way it keeps each token's vocabulary entry in
/// `looked` (read again by the later checks), adds the sentence's words to
/// the domain counts, and returns whether the sentence is a headline and
/// the union of its words' classes.
// Out of line (one call a sentence) so that profiles show the per-token
// work apart from the clause analysis.
#[inline(never)]
// Five of the arguments are the caller's per-document buffers (four kept
// in its `Sent`, the hits beside it), lent here one by one and refilled per
// sentence, so that their room is grown once a document, not per sentence.
#[allow(clippy::too_many_arguments)]
pub(super) fn find_hits<'l>(
    text: &str,
    toks: &[Token],
    lex: &'l EventLexicon,
    flags: &mut Vec<wc::Classes>,
    looked: &mut Vec<Looked<'l>>,
    starts: &mut Vec<usize>,
    hits: &mut Vec<Hit>,
    domain: &mut DomainCount,
    buf: &mut String,
) -> (bool, wc::Classes) {
    hits.clear();
    let mut skip_to = 0;
    let bytes = text.as_bytes();
    // A capitalized word inside a sentence is part of a name ("Operation
    // Protective Edge", "March 5"): neither a trigger nor a function word,
    // unless the sentence is a headline (mostly capitalized words). The
    // words are counted on the pass that looks them up, which assumes no
    // headline; the rare headline is looked up again.
    let mut headline = false;
    let (classes, count) = loop {
        // Every token starts as no word: only looked-up words are set below.
        flags.clear();
        flags.resize(toks.len(), 0);
        looked.clear();
        looked.resize(toks.len(), Looked::Skipped);
        starts.clear();
        let mut classes: wc::Classes = 0;
        let mut count = DomainCount::default();
        let mut capitalized = 0usize;
        // Each token's entry and classes are written through the iterator,
        // with no bounds test a word.
        let slots = flags.iter_mut().zip(looked.iter_mut());
        for (i, (t, (flag, look))) in toks.iter().zip(slots).enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            count.words += 1;
            // A short ASCII word (most words) is loaded once, and its tests
            // below read the loads; other words take the byte tests.
            let short = WordLanes::of(bytes, t.start, t.end);
            let upper = match short {
                Some(w) => w.upper_start(),
                None => upper_start(text, t),
            };
            capitalized += usize::from(upper);
            if upper && t.end - t.start > 1 && capital_skipped(text, toks, i, headline) {
                count.domain += usize::from(lex.filter.is_domain_word(t.text(text)));
                continue;
            }
            // An ASCII word is packed straight from the text, and its entry
            // says whether it is a domain word (the entry's key is the ASCII
            // lower case the filter compares); other words take the slow paths.
            let ascii_entry = match short {
                Some(w) => Some(w.get_in(&lex.vocab)),
                None => lex.vocab.get_ascii_word_in(text, t.start, t.end),
            };
            let (info, is_domain, ascii) = match ascii_entry {
                Some(info) => (info, info.is_some_and(|i| i.domain), true),
                None => {
                    let (info, is_domain) = non_ascii_entry(lex, t.text(text), buf);
                    (info, is_domain, false)
                }
            };
            count.domain += usize::from(is_domain);
            *flag = info.map_or(0, |w| w.classes);
            classes |= *flag;
            *look = match info {
                Some(info) => Looked::Known { info, ascii },
                None => Looked::Unknown { ascii },
            };
            // Only a word that starts a phrase, or a hyphenated word (an
            // affix), can be where a trigger starts: the phrase pass below
            // visits those alone.
            let may_start_phrase = info.is_some_and(|w| w.single != NO_ID || w.multiword);
            let hyphenated = || match short {
                Some(w) => w.has_hyphen(),
                None => has_hyphen_at(bytes, t.start, t.end),
            };
            if may_start_phrase || hyphenated() {
                starts.push(i);
            }
        }
        let is_headline = capitalized * 10 >= count.words.max(1) * 6;
        if is_headline == headline {
            break (classes, count);
        }
        headline = is_headline;
    };
    domain.words += count.words;
    domain.domain += count.domain;
    // Then the phrases, once every token's entry is known: a multiword
    // phrase is looked for only when the next token is a second word. The
    // other tokens find nothing here (no phrase starts with them and they
    // hold no "-"), so only `starts` are visited, in text order.
    for &i in starts.iter() {
        let t = &toks[i];
        let info = match looked[i] {
            Looked::Skipped => continue,
            Looked::Unknown { .. } => None,
            Looked::Known { info, .. } => Some(info),
        };
        if i < skip_to {
            continue;
        }
        if let Some(info) = info {
            let second = if info.multiword {
                second_word_id(text, toks, looked, i + 1, lex)
            } else {
                NO_ID
            };
            let found = phrase_at(text, toks, i, lex, info, second);
            // "called again for", "called Friday for": a phrasal verb with
            // an adverb or day word before its particle, tried only when no
            // longer phrase matched right after the verb.
            let found = match found {
                Some((_, len)) if len > 1 => found,
                _ if info.multiword => {
                    phrase_past_inset(text, toks, looked, flags, i, lex, info).or(found)
                }
                _ => found,
            };
            if let Some((p, len)) = found {
                hits.push(Hit {
                    ta: i,
                    tb: i + len,
                    start: t.start,
                    end: toks[i + len - 1].end,
                    surface: p as usize,
                });
                skip_to = i + len;
                continue;
            }
        }
        // "Iran-backed": an affix phrase at the end of a hyphenated word.
        if has_hyphen_at(bytes, t.start, t.end) {
            let word = t.text(text);
            if let Some(&p) = lex.affix_phrases(word, buf).and_then(|ps| ps.first()) {
                let dash = word.rfind('-').unwrap_or(0);
                hits.push(Hit {
                    ta: i,
                    tb: i + 1,
                    start: t.start + dash,
                    end: t.end,
                    surface: p as usize,
                });
            }
        }
    }
    (headline, classes)
}

/// [`phrase_at`], looking the next token's second-word id up itself (for
/// tests).
#[cfg(test)]
pub(crate) fn first_phrase_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lex: &EventLexicon,
    info: &WordInfo,
) -> Option<(u32, usize)> {
    let second = toks
        .get(i + 1)
        .and_then(|t| lex.second_words.get_ascii_lowercase(t.text(text)))
        .copied()
        .unwrap_or(NO_ID);
    phrase_at(text, toks, i, lex, info, second)
}

/// The id of token `j` as a phrase's second word (see
/// `EventLexicon::second_words`), or `NO_ID`, from its vocabulary entry
/// when it has one: an ASCII word's entry is the key `second_words` would
/// use. Other tokens are looked up there.
pub(super) fn second_word_id(
    text: &str,
    toks: &[Token],
    looked: &[Looked],
    j: usize,
    lex: &EventLexicon,
) -> u32 {
    let Some(t) = toks.get(j) else {
        return NO_ID;
    };
    match looked.get(j) {
        Some(Looked::Known { info, ascii: true }) => info.second,
        Some(Looked::Unknown { ascii: true }) => NO_ID,
        _ => lex
            .second_words
            .get_ascii_lowercase(t.text(text))
            .copied()
            .unwrap_or(NO_ID),
    }
}

/// The first phrase (in `lex.phrases_of(info)` order, longest first)
/// starting with the word at token `i` whose further words are the next
/// tokens, compared ASCII-case-insensitively. Only the phrases filed under
/// the next token's second-word id (`second`, from its entry) are compared,
/// and none ranked after the first one-word phrase. Returns the phrase and
/// its length in tokens.
pub(super) fn phrase_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lex: &EventLexicon,
    info: &WordInfo,
    second: u32,
) -> Option<(u32, usize)> {
    if info.multiword && second != NO_ID {
        if let Some(candidates) = lex.pairs.get(&pair_key(info.phrases, second)) {
            for &p in candidates {
                let words = &lex.phrase_words[p as usize];
                if i + words.len() <= toks.len()
                    && words
                        .iter()
                        .enumerate()
                        .skip(2)
                        .all(|(o, w)| toks[i + o].text(text).eq_ignore_ascii_case(w))
                {
                    return Some((p, words.len()));
                }
            }
        }
    }
    // A one-word phrase: its word is this token.
    (info.single != NO_ID).then_some((info.single, 1))
}

/// The most inset words a phrasal verb may hold between its first word and
/// its particle: a time phrase ("called last week for") or an adverb run
/// ("pushed very hard for") is two or three words; a longer run is a
/// clause of its own.
const MAX_INSET_WORDS: usize = 3;

/// The verb phrase of two or more words starting with the word at token
/// `i` whose second word follows a run of one to [`MAX_INSET_WORDS`] inset
/// words from `i + 1` (each a `phrasal_inset` word or a lower-case "-ly"
/// adverb: "called again for", "called Friday for", "is pushing hard for",
/// "called last week for", "pushed very hard for", "pulled quickly out
/// of"); returns the phrase and its length in tokens, the inset words
/// included. Only verb rows whose second word is a particle or preposition
/// take an inset: a noun or fixed phrase is one unit ("peace talks", "ready
/// to"), and a row of "be" and a participle ("is determined") is no phrasal
/// verb ("is oddly determined to respond" is no AGREE).
fn phrase_past_inset(
    text: &str,
    toks: &[Token],
    looked: &[Looked],
    flags: &[wc::Classes],
    i: usize,
    lex: &EventLexicon,
    info: &WordInfo,
) -> Option<(u32, usize)> {
    // A "-ly" word that starts a trigger ("rally", "supply") or is too
    // short to be an adverb's suffix on a stem ("only") is no manner
    // adverb; a capitalized one is a name ("Italy").
    let is_inset = |k: usize| {
        let Some(t) = toks.get(k).filter(|t| t.kind == TokenKind::Word) else {
            return false;
        };
        let word = t.text(text);
        let ly_adverb = word.len() > 4
            && word.ends_with("ly")
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && match looked.get(k) {
                Some(Looked::Unknown { .. }) => true,
                Some(Looked::Known { info, .. }) => info.single == NO_ID && !info.multiword,
                _ => false,
            };
        ly_adverb || lex.is_token_listed(word, wc::listed::PHRASAL_INSET)
    };
    let run = (i + 1..toks.len().min(i + 1 + MAX_INSET_WORDS))
        .take_while(|&k| is_inset(k))
        .count();
    if run == 0 {
        return None;
    }
    // The last inset word; the particle follows it.
    let inset = i + run;
    if inset + 1 >= toks.len() {
        return None;
    }
    let particle = PREPS | wc::TO | wc::PARTICLE;
    if flags.get(inset + 1).is_none_or(|&f| f & particle == 0) {
        return None;
    }
    let second = second_word_id(text, toks, looked, inset + 1, lex);
    if second == NO_ID {
        return None;
    }
    let candidates = lex.pairs.get(&pair_key(info.phrases, second))?;
    candidates.iter().find_map(|&p| {
        let words = &lex.phrase_words[p as usize];
        let verb = lex.surfaces[p as usize]
            .iter()
            .any(|&(e, _)| lex.entries[e as usize].pos == Pos::Verb);
        let fits = inset + words.len() <= toks.len()
            && words
                .iter()
                .enumerate()
                .skip(2)
                .all(|(o, w)| toks[inset + o].text(text).eq_ignore_ascii_case(w));
        (verb && fits).then_some((p, words.len() + run))
    })
}

/// The gapped row ("impose ... sanctions") whose object words follow the
/// head ending before token `tb` within [`MAX_GAP`] words, longest first;
/// returns the row, its form and the token after the object.
// Out of line, as `find_hits`: one call a trigger match.
#[inline(never)]
pub(super) fn match_gapped(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    tb: usize,
    headline: bool,
    buf: &mut String,
) -> Option<(u32, Form, usize)> {
    let stems = lex.gapped_stems.get(surface as usize).copied().unwrap_or(0);
    if stems == 0 {
        return None;
    }
    let n = s.n();
    let window = tb..(tb + MAX_GAP + 1).min(n);
    // Every way out of the walk below but a row's match gives `None`, and a
    // row can match only at a word whose stem the surface's bits allow.
    // Most windows hold none (their words' entries say so), and those are
    // answered without the walk's noun-phrase checks. A word the trigger
    // search did not look up is a capitalized word inside a sentence that
    // is no headline, which the walk passes over as a name: it holds no
    // object either.
    let may_hold_object = |k: usize| match s.looked.get(k) {
        Some(Looked::Known { info, .. }) => {
            info.gap_stem != NO_ID && stems & gapped_stem_bit(info.gap_stem) != 0
        }
        Some(Looked::Unknown { .. } | Looked::Skipped) | None => false,
    };
    if !window.clone().any(may_hold_object) {
        return None;
    }
    let mut stem = String::new();
    let clause_word =
        wc::BAR | wc::THAT | wc::REL | wc::CONJ | wc::AUX | wc::PRON | wc::BE | wc::HAVE | wc::NEG;
    // The gap's last word before an "of" ("the withdrawal of"): when it is
    // an event noun, the object after the "of" may be that noun's own.
    let mut noun_before_of: Option<usize> = None;
    for start in window {
        if start > tb {
            // The gap may hold only words inside one noun phrase.
            let k = start - 1;
            if s.f(k) & wc::OF != 0 && k > tb && s.toks[k - 1].kind == TokenKind::Word {
                noun_before_of = Some(k - 1);
            }
            // "-" joins words, and "%" and a currency sign belong to their
            // number ("imposed 50% tariffs on", "approved a $20 billion
            // loan"): none ends the noun phrase.
            if s.is_punct(k) && !matches!(s.word(k), "-" | "%" | "$" | "€" | "£" | "¥") {
                return None;
            }
            // ... and no clause of its own ("announced it would prohibit all
            // aid" is no "announce ... aid").
            // A "to"-infinitive is a clause, too: "ordered Israel to allow
            // aid" is no "order ... aid" ("up to 40 tonnes of aid" is a
            // number's qualifier).
            if s.f(k) & wc::TO != 0 && !s.approximates(k) {
                return None;
            }
            // A preposition of the `prep` class ends the verb's object: what
            // follows it belongs to another phrase ("deepened concerns about
            // Pakistan's ties" is no "deepen ... ties", "issued a ruling
            // about the warrant" no "issue ... warrant").
            if s.f(k) & wc::PREP != 0 {
                return None;
            }
            // Another trigger may stand in the gap: rows are chosen one hit
            // at a time in text order, so none ahead of this one is known
            // yet, and refusing the sentence's later trigger hits there
            // lowered PLOVER dev F1 0.648 → 0.640 and PETRARCH-2 validation
            // 0.305 → 0.288 (2026-12-01, session 4).
            // Two modifiers joined inside the phrase, one of them a name's
            // adjective ("targeting Latino and black voters", "black and
            // Hispanic voters"), keep it one noun phrase: the "and" follows a
            // word of the gap and a bare word follows it, not a determiner or
            // a clause's start. Two common words may be two phrases ("the
            // convoy and voters fled").
            let capitalized = |j: usize| upper_start(s.text, &s.toks[j]);
            let joined_modifiers = s.f(k) & wc::CONJ != 0
                && k > tb
                && s.toks[start].kind == TokenKind::Word
                && s.f(start) & (clause_word | wc::DET | wc::POSS) == 0
                && (capitalized(k - 1) || capitalized(start));
            if s.f(k) & clause_word != 0 && !joined_modifiers {
                return None;
            }
        }
        if s.toks[start].kind != TokenKind::Word {
            continue;
        }
        // A capitalized word inside a sentence is a name or a date, not a
        // row's common-noun object ("prevented ... from returning in March"
        // is no "prevent ... march"), as for a trigger's own head word.
        if !headline && upper_start(s.text, &s.toks[start]) {
            continue;
        }
        let Some(found) = gapped_row_at(s, lex, surface, stems, start, buf, &mut stem) else {
            continue;
        };
        // An object word right before another object word of the same verb
        // modifies it: the second heads the noun phrase ("gave Israel
        // military aid" is "give ... aid", not "give ... military"; "deployed
        // riot police" is "deploy ... police"). A noun of asking keeps its
        // modifier, which names what is asked: approving "an extradition
        // request" is the extradition's act.
        let (_, _, end) = found;
        let function_word = wc::TO | PREPS | clause_word | wc::DET | wc::POSS;
        let head = (end < n
            && s.f(end - 1) & function_word == 0
            && s.f(end) & function_word == 0
            && s.toks[end].kind == TokenKind::Word
            && (headline || !upper_start(s.text, &s.toks[end]))
            && !is_noun_of_type(lex, s.word(end), buf, EventType::Request))
        .then(|| gapped_row_at(s, lex, surface, stems, end, buf, &mut stem))
        .flatten();
        let chosen = head.unwrap_or(found);
        // "announced the withdrawal of aid", "announced the suspension of
        // aid": an event noun of another type than the row's, with the
        // object in its "of" phrase, heads the verb's object; the object
        // is the noun's ("withdrawal ... aid"), not the verb's ("announce
        // ... aid", AGREE). A noun of the row's own type ("imposed a new
        // round of sanctions") or a plain noun ("40 tonnes of aid") leaves
        // the row.
        let row_type = lex.entries[chosen.0 as usize].event_type;
        if noun_before_of.is_some_and(|k| is_noun_of_other_type(lex, s.word(k), buf, row_type)) {
            return None;
        }
        return Some(chosen);
    }
    None
}

/// The gapped-object stem id of token `k` as the trigger search looked it
/// up, or `NO_ID` when it starts no gapped row's object or was not looked
/// up (a capitalized word inside a sentence).
fn listed_gap_stem(s: &Sent, k: usize) -> u32 {
    match s.looked.get(k) {
        Some(Looked::Known { info, .. }) => info.gap_stem,
        _ => NO_ID,
    }
}

/// The gapped row of verb `surface` whose object starts at word `start`
/// (`stems`: the surface's stem bits); returns the row, its form and the
/// token after the object.
fn gapped_row_at(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    stems: u64,
    start: usize,
    buf: &mut String,
    stem: &mut String,
) -> Option<(u32, Form, usize)> {
    let n = s.n();
    // The vocabulary gives the id of a word's stem when some gapped
    // row's object starts with it: other words need no stem and no
    // lookup. Only a word the trigger search did not look up is stemmed.
    let stem_id = match s.looked.get(start) {
        Some(Looked::Known { info, .. }) => info.gap_stem,
        Some(Looked::Unknown { .. }) => NO_ID,
        Some(Looked::Skipped) | None => {
            stem_into(s.word(start), buf);
            lex.object_stems.get(buf).copied().unwrap_or(NO_ID)
        }
    };
    // The surface's stem bits rule most words out without a probe.
    if stem_id == NO_ID || stems & gapped_stem_bit(stem_id) == 0 {
        return None;
    }
    let rows = lex.gapped_rows(surface, stem_id)?;
    for &(e, form) in rows {
        let tail = &lex.tail_stems[e as usize];
        if start + tail.len() > n {
            continue;
        }
        let rest_ok = tail.iter().enumerate().skip(1).all(|(o, w)| {
            stem_into(s.word(start + o), stem);
            stem == w
        });
        // A possessive object is no object of the row but modifies
        // another ("recognized the government's efforts").
        let possessive = start + tail.len() < n && s.is_possessive(start + tail.len());
        if rest_ok && !possessive {
            return Some((e, form, start + tail.len()));
        }
    }
    None
}

/// Records which tokens head which trigger.
pub(super) fn index_triggers(s: &mut Sent, trigs: &[Trig]) {
    s.trig_of.iter_mut().for_each(|x| *x = NONE);
    for (i, t) in trigs.iter().enumerate() {
        for k in t.ta..t.tb.min(s.trig_of.len()) {
            s.trig_of[k] = i as u32;
        }
    }
    s.trig_verb.clear();
    s.trig_verb.extend(trigs.iter().map(Trig::is_verb));
}

/// The gapped row a verb takes from the event noun a relative clause hangs
/// on ("the deals the United States has struck", "the bombs that the US
/// dropped"): the verb stands after the clause's own subject (a name, over a
/// determiner, after an optional "that"/"which"), takes no object of its
/// own, and the noun right before that subject is the first word of one of
/// the verb's rows ("strike ... deal": an agreement, not an attack). Not
/// a support verb, which lends the noun its subject instead.
/// `tb` is the token after the verb; the row's trigger ends there.
pub(super) fn relative_object_row(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    ta: usize,
    tb: usize,
    trigs: &[Trig],
) -> Option<(u32, Form, usize)> {
    let stems = lex.gapped_stems.get(surface as usize).copied().unwrap_or(0);
    let n = s.n();
    // A support verb ("the sanctions that the EU imposed") lends the noun
    // its subject instead (`relative_support_verb`): the noun stays the
    // trigger.
    if stems == 0 || ta < 3 || tb > n || s.f(ta) & wc::LIGHT != 0 {
        return None;
    }
    if !takes_no_object(s, tb) {
        return None;
    }
    let k = s.back_over_classes(ta, 0, wc::AUX | wc::HAVE | wc::SKIP);
    let m = s.mention_ending_at(k.checked_sub(1)?)?;
    let first = s.group_left(m, 0).first().map_or(m.a, |g| g.a);
    let mut r = s.back_over_classes(first, 0, wc::DET);
    if r > 0 && s.f(r - 1) & (wc::REL | wc::THAT) != 0 {
        r -= 1;
    }
    let noun = trigs.iter().rev().find(|u| u.nominal && u.tend == r)?;
    let stem = listed_gap_stem(s, noun.tend.checked_sub(1)?);
    if stem == NO_ID || stems & gapped_stem_bit(stem) == 0 {
        return None;
    }
    lex.gapped_rows(surface, stem)?
        .iter()
        .find(|&&(e, _)| lex.tail_stems[e as usize].len() == 1)
        .map(|&(e, form)| (e, form, tb))
}

/// Whether a verb ending before token `tb` takes no object of its own: the
/// sentence or clause ends, or a preposition, conjunction or time phrase
/// follows ("struck this year": a time phrase is no object).
pub(super) fn takes_no_object(s: &Sent, tb: usize) -> bool {
    let n = s.n();
    tb == n
        || s.is_punct(tb)
        || s.hard_stop(tb)
        || s.f(tb) & (PREPS | wc::SKIP | wc::BAR | wc::CONJ) != 0
        || (s.f(tb) & wc::DET != 0 && s.f(tb + 1) & wc::SKIP != 0)
}

/// The gapped row a past participle takes from the common noun right
/// before it, when the participle modifies that noun as a reduced passive
/// relative ("a strategy released this week", "the figures released by the
/// ministry"): the noun is the participle's object, so the participle has
/// the sense the active verb has with that object ("released a strategy":
/// publishing, not freeing captives). The participle takes no object of
/// its own; a name before it is no common noun (the sentence's subject,
/// "Iran released"). `participle` says the hit's word is a past form; the
/// row's trigger ends at `tb`, the token after the participle.
pub(super) fn reduced_passive_row(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    participle: bool,
    ta: usize,
    tb: usize,
) -> Option<(u32, Form, usize)> {
    // The noun's entry first: most words before a verb start no row's
    // object, and that answers without the surface's stems.
    if !participle || ta == 0 || tb > s.n() {
        return None;
    }
    let stem = listed_gap_stem(s, ta - 1);
    if stem == NO_ID || s.ment_of[ta - 1] != NONE {
        return None;
    }
    let stems = lex.gapped_stems.get(surface as usize).copied().unwrap_or(0);
    if stems & gapped_stem_bit(stem) == 0 || !takes_no_object(s, tb) {
        return None;
    }
    lex.gapped_rows(surface, stem)?
        .iter()
        .find(|&&(e, _)| lex.tail_stems[e as usize].len() == 1)
        .map(|&(e, form)| (e, form, tb))
}

/// The gapped row a past participle in the passive takes from the head noun
/// of its clause's subject when a phrase of that noun's own stands between
/// them ("A tape showing Trump making lewd remarks was released on Friday":
/// "release ... tape", publishing; the name inside the phrase is no captive
/// freed). The subject opens its clause with a determiner, then at most
/// [`SUBJECT_MODIFIERS`] modifiers and the noun; the participle follows a
/// form of "be" (over auxiliaries and adverbs) and takes no object of its
/// own. `ta` is the participle, `tb` the token after it.
pub(super) fn passive_subject_row(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    participle: bool,
    ta: usize,
    tb: usize,
) -> Option<(u32, Form, usize)> {
    const SUBJECT_MODIFIERS: usize = 2;
    if !participle || ta < 3 || tb > s.n() || !takes_no_object(s, tb) {
        return None;
    }
    let mut be = ta - 1;
    while be > 0 && s.f(be) & wc::SKIP != 0 {
        be -= 1;
    }
    if s.f(be) & wc::BE == 0 {
        return None;
    }
    // The clause start: the sentence's, or the word after a punctuation
    // mark or a word that opens a clause.
    let opens_clause =
        |k: usize| s.is_punct(k) || s.f(k) & (wc::THAT | wc::REL | wc::BAR | wc::CONJ) != 0;
    let start = (0..be)
        .rev()
        .find(|&k| opens_clause(k))
        .map_or(0, |k| k + 1);
    if start + 1 >= be || s.f(start) & wc::DET == 0 {
        return None;
    }
    // "The report said prisoners were released": a cue between the noun and
    // the verb opens a clause of its own, whose subject the noun is not.
    if (start + 1..be).any(|k| s.f(k) & CUE != 0) {
        return None;
    }
    let stems = lex.gapped_stems.get(surface as usize).copied().unwrap_or(0);
    (start + 1..be.min(start + 2 + SUBJECT_MODIFIERS))
        .take_while(|&k| s.ment_of[k] == NONE)
        .find_map(|k| {
            let stem = listed_gap_stem(s, k);
            if stem == NO_ID || stems & gapped_stem_bit(stem) == 0 {
                return None;
            }
            // The noun's own phrase opens with a preposition or a participle
            // ("a tape of the call", "a video showing"); the noun right
            // before "be" is the reduced passive's or the plain subject's.
            let phrase = k + 1;
            if phrase >= be || !(s.f(phrase) & PREPS != 0 || s.word(phrase).ends_with("ing")) {
                return None;
            }
            lex.gapped_rows(surface, stem)?
                .iter()
                .find(|&&(e, form)| form == Form::Past && lex.tail_stems[e as usize].len() == 1)
                .map(|&(e, form)| (e, form, tb))
        })
}

/// Where the verb group of the clause whose subject is the noun ending
/// before token `tend` starts: `tend` itself, or, past a short phrase of
/// the noun's own (a preposition and at most three words, no punctuation:
/// "Sanctions on Iran were lifted"), the auxiliary or "be" that follows it.
/// `tend` when no verb group follows such a phrase.
pub(super) fn verb_group_after_noun(s: &Sent, tend: usize) -> usize {
    const NOUN_PHRASE_WORDS: usize = 3;
    let n = s.n();
    if tend >= n || s.f(tend) & PREPS == 0 {
        return tend;
    }
    (tend + 1..n.min(tend + 2 + NOUN_PHRASE_WORDS))
        .take_while(|&k| !s.is_punct(k) && s.f(k) & PREPS == 0)
        .find(|&k| s.f(k) & (wc::BE | wc::AUX | wc::HAVE) != 0)
        .unwrap_or(tend)
}

/// The gapped row a support verb in the passive takes from the event noun
/// it follows ("a protest was lodged with Japan": "lodge ... protest", a
/// diplomatic complaint, where the bare noun is a street protest; "an
/// ultimatum has been issued to"). The noun ends before token `tend`; the
/// verb is a past form of the `light` class after a form of "be" (over
/// auxiliaries and adverbs), and its one-word-object row for the noun gives
/// the act's type, as in the active "Russia lodged a protest with Japan".
pub(super) fn passive_light_row(s: &Sent, lex: &EventLexicon, tend: usize) -> Option<u32> {
    let n = s.n();
    if tend == 0 || tend >= n {
        return None;
    }
    let group = verb_group_after_noun(s, tend);
    if s.f(group) & (wc::BE | wc::AUX | wc::HAVE) == 0 {
        return None;
    }
    let mut v = group;
    while v < n && s.f(v) & (wc::AUX | wc::HAVE | wc::SKIP) != 0 && s.f(v) & wc::BE == 0 {
        v += 1;
    }
    if v >= n || s.f(v) & wc::BE == 0 {
        return None;
    }
    v += 1;
    while v < n && s.f(v) & wc::SKIP != 0 {
        v += 1;
    }
    if v >= n || s.f(v) & wc::LIGHT == 0 || s.word(v).ends_with("ing") {
        return None;
    }
    let (Some(Looked::Known { info: verb, .. }), Some(Looked::Known { info: noun, .. })) =
        (s.looked.get(v), s.looked.get(tend - 1))
    else {
        return None;
    };
    if verb.single == NO_ID || noun.gap_stem == NO_ID {
        return None;
    }
    let stems = lex
        .gapped_stems
        .get(verb.single as usize)
        .copied()
        .unwrap_or(0);
    if stems & gapped_stem_bit(noun.gap_stem) == 0 {
        return None;
    }
    lex.gapped_rows(verb.single, noun.gap_stem)?
        .iter()
        .find(|&&(e, form)| form == Form::Past && lex.tail_stems[e as usize].len() == 1)
        .map(|&(e, _)| e)
}
