//! Content spans and what follows a cue: whether the words after a cue are
//! an object rather than content (noun, outcome and anaphoric objects), and
//! where content ends: before a coordinated clause or verb, a summing or
//! disputing appositive, a second speaker's clause, or a time adjunct that
//! dates the telling.

use super::*;

/// Whether the cue word `cue` (one word in -s) stands right after "to" and
/// a plain lower-case verb, which ends `head` ("to detain suspects", "to
/// file reports"): the object of that verb, no speech verb. Not after an
/// auxiliary, adverb or other phrase stop ("has to, says").
pub(crate) fn infinitive_object(wd: &DocWords, head: &str, cue: &str) -> bool {
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

/// Whether `after_cue`, what follows a cue, is only a demonstrative "that"
/// or "this", alone or with one noun, before punctuation or the end ("…
/// rejected that demand, saying", "… denied this.", "… confirmed that"),
/// which refers back to something said before. A time phrase may follow
/// the noun ("rejected that demand on Sunday, saying …", "denied that claim
/// last week.").
pub(crate) fn anaphoric_object(wd: &DocWords, after_cue: &str) -> bool {
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
    // "said that in March, the budget would …", "said that last year, the
    // firm lost …": no noun after "that" but a fronted time phrase, and a
    // clause after its comma: "that" opens the reported clause. A
    // participle after the comma ("rejected that on Sunday, saying …") is
    // the verb's own, and the "that" points back. "said that since then,
    // he has …": an opening preposition or subordinator before the time
    // phrase fronts it the same way.
    let fronted_time = || {
        let first = &word[..len];
        let clause_after_comma = |after: &str| {
            let opener = after.trim_start().split_space().next().unwrap_or("");
            !opener.ends_with("ing") && opens_finite_clause(wd, after)
        };
        let opening = wd.exact(first) & words::OPENING_PREPOSITION != 0;
        (wd.exact(first) & words::TIME_WORD != 0 || matches!(first, "on" | "in" | "at") || opening)
            && (dated_then_closes(wd, word) || (opening && dated_then_closes(wd, &word[len..])))
            && word
                .find(',')
                .is_some_and(|p| clause_after_comma(&word[p + 1..]))
    };
    len > 0 && (closes(&word[len..]) || dated_then_closes(wd, &word[len..])) && !fronted_time()
}

/// Whether `rest` is a short time phrase ("on Sunday", "last week",
/// "yesterday") up to punctuation or the end: at most three words, each a
/// time word or a preposition of time before one.
pub(crate) fn dated_then_closes(wd: &DocWords, rest: &str) -> bool {
    const TIME_PHRASE_MAX_WORDS: usize = 3;
    // `rest` is often the whole clause after a "that": the marks are found
    // by byte (all ASCII, so no byte of a longer character matches), and
    // the words are counted only up to one past the limit, not collected.
    let end = rest
        .bytes()
        .position(|b| matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?'))
        .unwrap_or(rest.len());
    let phrase = rest[..end].trim();
    let mut words = phrase.split_space();
    !phrase.is_empty()
        && words.clone().nth(TIME_PHRASE_MAX_WORDS).is_none()
        && words
            .clone()
            .next_back()
            .is_some_and(|w| wd.exact(w) & words::TIME_WORD != 0)
        && words.all(|w| wd.exact(w) & words::TIME_WORD != 0 || matches!(w, "on" | "in" | "at"))
}

/// Where in `content` an appositive that sums up what comes before it
/// starts (the comma's offset): ", a result rejected by the opposition",
/// ", a move that angered Beijing", ", an outcome widely seen as …": an
/// indefinite article, one noun, then a past participle (after an adverb in
/// -ly or not), "that" or "which". An appositive after a name describes
/// the name (", the Alliance for Manufacturing, a group that has …"), and
/// one headed by a speaker or role noun describes someone (", a teacher
/// who …", ", a group that …"): no summary.
pub(crate) fn summing_appositive(wd: &DocWords, content: &str) -> Option<usize> {
    if let Some(p) = ranking_appositive(wd, content) {
        return Some(p);
    }
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
        if words::ly_adverb(next, || wd.exact(next)) {
            next = words.next().unwrap_or("");
        }
        let participle = next.len() > 3
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && (next.ends_with("ed") || wd.exact(next) & words::PAST_FORM != 0);
        // Three words at least before it: the summed-up content.
        if (participle || matches!(next, "that" | "which"))
            && at_least(content[..p].split_whitespace(), 3)
        {
            return Some(p);
        }
    }
    None
}

/// Where in `content` a trailing appositive that ranks the news starts (the
/// comma's offset): ", the first dissent by a Fed governor since 2005", ",
/// the largest drop in a decade": "the", a `rank_word`, a lower-case noun,
/// and no comma, quote or verb up to the content's end. As in
/// [`summing_appositive`], not after a name (", Lee, the first woman to …"
/// describes Lee) nor headed by a speaker or role noun.
fn ranking_appositive(wd: &DocWords, content: &str) -> Option<usize> {
    const MIN_WORDS_BEFORE: usize = 3;
    // The last ", the ", found from the commas back: a string `rfind`
    // builds a substring searcher on every call, and this runs for every
    // claim's content.
    let p = memchr::memrchr_iter(b',', content.as_bytes())
        .find(|&at| content[at..].starts_with(", the "))?;
    let phrase = content[p + 2..].trim_end_matches(['.', '!', '?']);
    let mut words_of = phrase.split_space().skip(1);
    let rank = words_of.next()?;
    let noun = words_of.next()?;
    let someone = words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN;
    let stop = words::NP_STOP | words::NOT_BEFORE_CUE | someone;
    let clause = words::BARE_CLAUSE_VERB | words::MODAL | words::CUE_LEAD;
    let after_name = content[..p]
        .split_space()
        .next_back()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    (wd.exact(rank) & words::RANK_WORD != 0
        && is_lower_word(rank)
        && is_lower_word(noun)
        && wd.exact(noun) & (stop | clause) == 0
        && !after_name
        && !phrase.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}'])
        // "first" is also a cue lead ("first said"): only the words after
        // the rank word are read for a verb. "since" and "once" lead a cue
        // only between an auxiliary and the verb ("has since said"); in
        // the phrase they are prepositions ("… by a board member since
        // 2012").
        && phrase.split_space().skip(2).all(|w| {
            let c = wd.exact(w);
            c & clause == 0
                || (c & (words::BARE_CLAUSE_VERB | words::MODAL) == 0
                    && c & words::SUBORDINATOR != 0)
        })
        && at_least(content[..p].split_whitespace(), MIN_WORDS_BEFORE))
    .then_some(p)
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
pub(crate) fn coordinated_clause(wd: &DocWords, content: &str) -> Option<usize> {
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
/// or ", but" with a personal pronoun and a verb in the simple past that
/// reports no speech ("…, and he railed against the moderators", "…, and she
/// ordered an inquiry", "…, but he pressed the party to do more"): the
/// writer goes on with the speaker's next act, as
/// [`coordinated_clause`] reads another party's. PolNeAR train ends the
/// content there in 8 of 10 such clauses outside quotes (inside quotes it
/// stays the speaker's words, so a quoted content is left alone). Not "it"
/// (often what was said goes on: "…, and it failed"), nor an auxiliary or
/// modal ("…, and he had …", "…, and they would …": speech shifted back),
/// nor a verb `is_cue` knows at that offset of `content` (its own claim ends
/// the content). At least three words of content come before the comma.
pub(crate) fn pronoun_act_clause(
    wd: &DocWords,
    content: &str,
    is_cue: impl Fn(usize) -> bool,
) -> Option<usize> {
    // Each joint's next place, searched again only after it is taken: the
    // other keeps its place until the walk passes it.
    const JOINTS: [&str; 2] = [", and ", ", but "];
    let next_from =
        |from: usize, joint: &str| scan::find_str(&content[from..], joint).map(|p| from + p);
    let mut next = JOINTS.map(|joint| next_from(0, joint));
    // Most contents hold no joint: the quote marks are looked for only in
    // those that do.
    if next == [None, None] || content.contains('"') || content.contains("''") {
        return None;
    }
    while let Some((p, k)) = next
        .iter()
        .enumerate()
        .filter_map(|(k, p)| p.map(|p| (p, k)))
        .min()
    {
        let joint = JOINTS[k];
        next[k] = next_from(p + 1, joint);
        let rest = &content[p + joint.len()..];
        let mut words = rest.split_space();
        let subject = words.next().unwrap_or("");
        let k = wd.exact(subject);
        let person = subject != "it" && k & words::PRONOUN != 0 && k & words::THIRD_PERSON != 0;
        if !person || !at_least(content[..p].split_space(), 3) {
            continue;
        }
        let raw = words.next().unwrap_or("");
        let w = raw.trim_end_matches([',', ';', ':', '.']);
        let c = wd.exact(w);
        let past = c & (words::PAST_FORM | words::ACTION_PAST) != 0
            || (w.ends_with("ed") && !w.ends_with("eed") && c & words::ED_ADJECTIVE == 0);
        let verb_at = p + joint.len() + subject.len() + 1;
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
pub(crate) struct DisputingAside {
    pub(crate) at: usize,
    /// Headed by a report noun (", an accusation Tehran rejected"): the
    /// noun's own claim already holds the denial.
    pub(crate) reported: bool,
    pub(crate) subject: (usize, usize),
    pub(crate) verb: (usize, usize),
}

/// The [`DisputingAside`] ending `content`, if any: a subject (a
/// capitalized word or a determiner first) comes before the dispute verb,
/// and nothing after the aside is set off by a comma.
pub(crate) fn disputing_aside(wd: &DocWords, content: &str) -> Option<DisputingAside> {
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

/// Where a noun-object content `text[cs..end]` ends before " and " or
/// ", but " and a past-tense verb sharing the cue's subject ("the ruling and
/// imposed tariffs", "defended the charity, but admitted two lapses",
/// "praised the remarks, but also used them …"): the words before the
/// conjunction hold no verb form ("said the army advanced and took the town"
/// is one reported clause). PolNeAR train ends the content before such a
/// ", but" (`claims58`).
pub(crate) fn coordinated_verb(wd: &DocWords, text: &str, cs: usize, end: usize) -> Option<usize> {
    let rest = &text[cs..end];
    let (and, joint) = [" and ", ", but "]
        .into_iter()
        .filter_map(|joint| scan::find_str(rest, joint).map(|at| (at, joint)))
        .min()?;
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
    // "…, but also used …": an adverb of sequence before the verb.
    let next = rest[and + joint.len()..]
        .split_space()
        .find(|w| !matches!(*w, "also" | "then" | "later"))?;
    verb_like(next).then_some(cs + and)
}

/// Where a noun-object content `text[cs..end]` ends before ", " and a
/// participle that is the subject's own act ("criticised Madrid,
/// threatening to make Spain pay …"): the words before the comma hold no
/// verb form, the participle is no preposition in -ing ("…, including
/// Spain"), and no later comma follows it, which would make the participle
/// phrase an apposition inside the content ("said the talks, involving five
/// states, would resume").
pub(crate) fn participle_act(wd: &DocWords, text: &str, cs: usize, end: usize) -> Option<usize> {
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
pub(crate) fn noun_object(wd: &DocWords, content: &str) -> bool {
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
pub(crate) fn outcome_object(wd: &DocWords, rest: &str, object: words::Classes) -> bool {
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

/// Where a second speaker's clause opens in `pre`, the text between a
/// claim's content start and a later cue: ", but opposition leaders" in
/// "… would free them, but opposition leaders said none had been freed".
/// The comma and conjunction must be followed by a short subject (at most
/// six words, no comma, no clause word) that runs up to the cue.
pub(crate) fn second_speaker_clause(wd: &DocWords, pre: &str) -> Option<usize> {
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

/// Whether `pre`, a content up to a coordinator before a later cue, holds
/// a passive ("had been floated", "was signed", "were then halted"): a
/// form of "be", over adverbs that may lead a cue, before a participle.
/// A word in -en the lexicon knows as an adverb, a wh-word or a number
/// ("were even harder", "was when", "were seven") is no participle. A passive cue coordinated after it ("… had been
/// floated by Omani mediators but was rejected by Washington") shares the
/// content's subject (the idea was floated and rejected); it is no second
/// act of the speaker, so it does not end the content. The content's
/// other verbs ("said the talks would resume but was contradicted by his
/// deputy") leave the passive to the speaker, and the content ends there.
pub(crate) fn holds_passive(wd: &DocWords, pre: &str) -> bool {
    let mut after_be = false;
    pre.split_space().any(|w| {
        let c = wd.exact(w);
        let en_participle = || {
            w.ends_with("en") && c & (words::NP_STOP | words::CUE_LEAD | words::NUMBER_WORD) == 0
        };
        let participle = after_be
            && is_lower_word(w)
            && (w.ends_with("ed") || en_participle() || wd.of(w) & words::PAST_FORM != 0);
        after_be = c & words::PASSIVE_AUX != 0 || (after_be && c & words::CUE_LEAD != 0);
        participle
    })
}

/// Where an absolute phrase naming another speaker opens in `pre`, the
/// text between a claim's content start and a later participle cue: ",
/// with Kremlin spokesman Dmitry Peskov" in "Moscow condemned the move,
/// with Kremlin spokesman Dmitry Peskov saying it would prolong the war".
/// The subject after ", with " must be short and plain and run up to the
/// participle ([`short_plain_subject`]); "…, with no date set" names no
/// one and holds no cue. A share opening it is part of what was found
/// ("the poll showed Trump losing supporters, with 40 percent supporting
/// him"), part of the content.
pub(crate) fn absolute_speaker_phrase(wd: &DocWords, pre: &str) -> Option<usize> {
    const WITH: &str = ", with ";
    let at = pre.rfind(WITH)?;
    let subject = &pre[at + WITH.len()..];
    let mut ws = subject.split(' ');
    let first = ws.next().unwrap_or("");
    let counted = first.starts_with(|c: char| c.is_ascii_digit())
        || wd.exact(first) & words::NUMBER_WORD != 0;
    // "40 percent", "two-thirds of voters": a share; "one diplomat", "two
    // officials": people.
    let share = counted
        && (first.ends_with('%')
            || ws
                .next()
                .is_some_and(|w| matches!(w, "percent" | "per" | "of")));
    (!share && short_plain_subject(wd, subject)).then_some(at)
}

/// Whether `subject`, the words between a clause's opener and a later cue,
/// are a short subject of that cue: at most six words, no comma, quote or
/// clause word ("but opposition leaders", "; Cambodia").
pub(crate) fn short_plain_subject(wd: &DocWords, subject: &str) -> bool {
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
pub(crate) fn summing_report_noun(
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
pub(crate) fn trailing_time_adjunct(wd: &DocWords, content: &str) -> Option<usize> {
    let at = rfind_comma_space(content)?;
    if !at_least(content[..at].split_space(), 3) {
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

/// Where the noun-phrase object of a participle that modifies a noun ends,
/// when the sentence's own predicate follows it: "Democrats supporting Mrs.
/// Clinton have pointed to …", "groups backing Mr. Cruz began March with
/// …", "the super PAC supporting Jeb Bush, a former governor, has spent
/// …". The predicate opens with a word that can only be a finite verb (an
/// auxiliary or modal, or an irregular past of an action verb); a comma
/// before it ends the phrase there (an appositive follows), unless a
/// coordinator came after the comma ("backing Christie, Kasich and Rubio
/// have"): a list; so does a coordinator right before it ("who has not
/// endorsed a candidate but has spoken …": the clause's own second verb),
/// and a bracket glued to a word ends the phrase before it. `None` when no
/// predicate follows, or a subordinate or relative word comes first
/// ("supporting Cruz because he had the best chance": the clause is the
/// object's own).
pub(crate) fn object_before_predicate(wd: &DocWords, content: &str) -> Option<usize> {
    let lead = content.len() - content.trim_start().len();
    let mut at = lead;
    let mut first_comma = None;
    // Where a coordinator right before the current word starts: a verb
    // after it ("who has not endorsed a candidate but has spoken …") is
    // the clause's own second verb, and the object ends before the "but".
    let mut coordinator_at = None;
    // "who didn't want to be seen": a verb right after "to" is the
    // infinitive's, no predicate.
    let mut after_infinitive_marker = false;
    // Where an aside opened by a dash standing alone starts, while it is
    // open: a predicate word inside it is the aside's own clause ("who
    // questioned the plan — and there were many — were ignored"), and the
    // object ends before the dash. Its closing dash closes it; a predicate
    // after that is read as before.
    let mut open_aside = None;
    for (i, raw) in content[lead..].split_space().enumerate() {
        let w = raw.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let c = wd.exact(w);
        if i >= 1
            && !after_infinitive_marker
            && is_lower_word(w)
            && (auxiliary_given(w, || c) || c & words::ACTION_PAST != 0)
        {
            let end = first_comma.or(coordinator_at).unwrap_or(at);
            return Some(open_aside.map_or(end, |d: usize| d.min(end)));
        }
        if i >= 1 && matches!(raw, "—" | "–" | "-" | "--") {
            open_aside = match open_aside {
                None => Some(at),
                Some(_) => None,
            };
        }
        after_infinitive_marker = w.len() == 2 && wd.extra(w) & words::INFINITIVE_MARKER != 0;
        // "Trump's remarks(some of these …)": a bracket glued to a word
        // opens an aside; the phrase ends before it.
        if let Some(p) = raw.find('(').filter(|&p| p > 0) {
            return Some(first_comma.unwrap_or(at + p));
        }
        if i >= 1 && (c & (words::SUBORDINATOR | words::RELATIVE) != 0 || w == "that") {
            return None;
        }
        if c & words::COORDINATOR != 0 {
            first_comma = None;
            coordinator_at = Some(at);
        } else {
            coordinator_at = None;
        }
        // "Mr." and "U.S." end no phrase; a comma does.
        if raw.ends_with(',') && first_comma.is_none() {
            first_comma = Some(at + raw.len() - 1);
        }
        let period = raw.ends_with('.') && !w.contains('.') && !is_abbreviation(wd, raw);
        if period || raw.ends_with([';', ':', '?', '!']) {
            return None;
        }
        at += raw.len() + 1;
    }
    None
}

/// Whether `w` is one of the words that make a content a clause of its own
/// ("the vote would be held on Friday"), in any case, besides the
/// auxiliaries of `auxiliary_word`. Lower-cased on the stack and matched by
/// length and bytes: a loop of fifteen case-folding comparisons a word was
/// most of `trailing_setting_of_object`'s cost.
fn is_clause_verb_word(w: &str) -> bool {
    let mut buf = [0u8; 6];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"been"
            | b"to"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"must"
    )
}

/// Function words the time class holds for a cue's own tail ("then",
/// "also"), which name no setting (any case).
const TIME_CLASS_FUNCTION_WORDS: [&str; 7] =
    ["then", "also", "again", "last", "late", "early", "within"];

/// Whether `w` shows that a content is a clause, not a noun phrase: an
/// auxiliary, a modal, a past form, an -ing form or a subject pronoun ("the
/// vote would be held on Friday", "he spoke on Friday"); a word in -s may be
/// a plural noun ("the plan for tax cuts") and shows no clause.
fn clause_word_of_object(wd: &DocWords, w: &str) -> bool {
    let c = wd.exact(w);
    auxiliary_given(w, || c)
        || is_clause_verb_word(w)
        || (is_lower_word(w)
            && w.ends_with("ing")
            && c & (words::VENUE | words::TIME_WORD) == 0
            && !is_setting_preposition(w))
        || c & (words::PAST_FORM | words::ACTION_PAST) != 0
        || (c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0)
        || words::has_contraction_mark(w)
        || (is_lower_word(w) && w.ends_with("ed") && c & words::ED_ADJECTIVE == 0)
}

/// Words that open a content as a clause (an infinitive, a that- or
/// wh-clause), which is then no noun phrase.
const CLAUSE_OPENERS: [&str; 7] = ["to", "that", "whether", "if", "how", "why", "what"];

/// The subordinators of time or cause, with their spaces, whose clause
/// after a noun-phrase content is the writer's.
const TIME_OR_CAUSE_SUBORDINATORS: [&str; 5] =
    [" after ", " before ", " when ", " while ", " because "];

/// Where a subordinate clause closing a noun-phrase content starts (the
/// offset of the space before its subordinator): "called for a ceasefire in
/// Sudan after Russia vetoed the draft", "urged calm as protesters stormed
/// the embassy" — when or why the speaker spoke, the writer's clause, not
/// what was called for (so its acts stay asserted). The content before it
/// holds no clause word; the subordinator is one of time or cause ("after",
/// "before", "when", "while", "because") and is followed within five words,
/// before any relative word, by a finite verb, after a subject that opens
/// with no preposition.
pub(crate) fn subordinate_clause_after_object(wd: &DocWords, whole: &str) -> Option<usize> {
    const SUBJECT_MAX_WORDS: usize = 5;
    // Most contents hold none of the subordinators: a substring search
    // answers them without the word walk.
    if !TIME_OR_CAUSE_SUBORDINATORS
        .iter()
        .any(|w| whole.contains(w))
    {
        return None;
    }
    let lead = whole.len() - whole.trim_start().len();
    let content = &whole[lead..];
    let first = content.split_space().next()?;
    if CLAUSE_OPENERS.contains(&first) {
        return None;
    }
    let mut at = 0;
    let mut seen_words = 0;
    let mut prev = "";
    for w in content.split(' ') {
        let here = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if w.ends_with([',', ';', ':']) || w.contains(['"', '“', '”']) {
            return None;
        }
        let c = wd.exact(w);
        // "as", "since" and "though" have other readings after a noun
        // phrase ("painted Romney as a rich guy who …", "since 2012",
        // "even though"); the conditions may bound what is asked.
        // "not only because …", "partly because …": a focusing word before
        // the subordinator ties its clause to what was said.
        let focused =
            prev.ends_with("ly") || matches!(prev, "only" | "not" | "just" | "even" | "part");
        let subordinator = seen_words > 0
            && !focused
            && is_lower_word(w)
            && c & words::SUBORDINATOR != 0
            && TIME_OR_CAUSE_SUBORDINATORS.iter().any(|t| t.trim() == w);
        if subordinator {
            let mut rest = content[at.min(content.len())..].split_space();
            let subject = rest.next().unwrap_or("");
            let sc = wd.exact(subject);
            let opens_subject = (sc & words::DETERMINER != 0 && sc & words::PRONOUN == 0)
                || (!subject.is_empty()
                    && !is_setting_preposition(subject)
                    && sc & words::NOT_BEFORE_CUE == 0
                    && !clause_word_of_object(wd, subject))
                || (sc & words::PRONOUN != 0 && sc & words::OBJECT_PRONOUN == 0);
            let finite = rest
                .take(SUBJECT_MAX_WORDS)
                .take_while(|x| !x.ends_with([',', ';', ':']) && wd.exact(x) & words::RELATIVE == 0)
                .any(|x| {
                    let x = x.trim_end_matches(['.', '!', '?']);
                    let xc = wd.exact(x);
                    xc & words::PRONOUN == 0 && clause_word_of_object(wd, x) && !x.ends_with("ing")
                });
            return (opens_subject && finite && here > 0).then(|| lead + here - 1);
        }
        if clause_word_of_object(wd, w) {
            return None;
        }
        seen_words += 1;
        prev = w;
    }
    None
}

/// Where a setting of the telling set off by a comma at the content's end
/// starts (the offset of its comma), with the agent of a carrier
/// participle in it: "denied any involvement, in a statement carried by
/// its Al-Manar television", "said it had accepted the proposal, in a
/// statement posted on Telegram". The tail opens with "in", a determiner
/// or possessive and a word of speech's medium (`venue`,
/// `issued_document`, `outlet_contact`: "statement", "interview",
/// "post"); after it only prepositional phrases of setting, or a carrier
/// participle ("carried", "posted") with its "by" agent or its place, run
/// to the sentence's end. The agent (offsets in `whole`) carried the words.
pub(crate) fn trailing_medium_setting(
    wd: &DocWords,
    whole: &str,
) -> Option<(usize, Option<(usize, usize)>)> {
    let comma = rfind_comma_space(whole)?;
    let tail_at = comma + 2;
    let tail = whole[tail_at..]
        .trim_end()
        .trim_end_matches(['.', '!', '?']);
    let mut ws = tail.split_space();
    let (Some("in"), Some(det), Some(medium)) = (ws.next(), ws.next(), ws.next()) else {
        return None;
    };
    let medium_classes = words::VENUE | words::ISSUED_DOCUMENT | words::OUTLET_CONTACT;
    if !(wd.exact(det) & words::DETERMINER != 0 || words::ends_with_s_possessive(det))
        || wd.exact(medium) & medium_classes == 0
    {
        return None;
    }
    let opened = "in ".len() + det.len() + 1 + medium.len();
    let rest = tail[opened..].trim_start();
    if rest.is_empty() || setting_phrases(wd, rest) {
        return Some((comma, None));
    }
    // "posted on Telegram", "published on its website": where the carrier
    // put the words.
    let placed = rest.split_once(' ').is_some_and(|(participle, place)| {
        wd.exact(participle) & words::CARRIER != 0 && setting_phrases(wd, place)
    });
    if placed {
        return Some((comma, None));
    }
    // "carried by its Al-Manar television": the carrier's agent.
    let agent = carried_by(wd, rest)?;
    let rest_at = tail_at + opened + (tail[opened..].len() - rest.len());
    Some((comma, Some((rest_at + agent.0, rest_at + agent.1))))
}

/// Where the setting of the telling that closes a noun-phrase content
/// starts (the offset of the space before its preposition): "endorsed
/// Sanders in February", "criticized Clinton during a rally Friday in
/// Hartford", "posted the story on Facebook" — when and where the speaker
/// spoke, which PolNeAR leaves out of the content. The content holds no
/// clause (a clause's own time stays: "said the vote would be on Friday"),
/// the phrase from the preposition to the content's end is a setting
/// ([`setting_phrases`]), and its first prepositional phrase names a time
/// or a `venue` of speech ("for tax cuts in November" is the object's own
/// phrase; the setting starts at "in").
pub(crate) fn trailing_setting_of_object(wd: &DocWords, whole: &str) -> Option<usize> {
    let lead = whole.len() - whole.trim_start().len();
    let content = &whole[lead..];
    let first = content.split_space().next()?;
    // A clause's verb: an auxiliary, a modal, a past form or a subject
    // pronoun ("the vote would be held on Friday", "he spoke on Friday");
    // a word in -s may be a plural noun ("the plan for tax cuts") and
    // makes no clause here.
    // An -ing form or an infinitive is a clause of its own too, in a
    // title-case headline as well ("New Ferry Will Start in June"; "showed
    // support falling to 44 percent from 54 percent in June", "challenged
    // her to debate him in Brooklyn on April 14").
    let verb_word = |w: &str| clause_word_of_object(wd, w);
    if CLAUSE_OPENERS.contains(&first) || content.split_space().any(verb_word) {
        return None;
    }
    let mut at = first.len();
    // The next space by bytes (a word away; a `char` search or `memchr`
    // sets up more than it reads).
    while let Some(p) = content.as_bytes()[at..]
        .iter()
        .position(|&b| b == b' ')
        .map(|p| at + p)
    {
        at = p + 1;
        let word = content[at..].split_space().next().unwrap_or("");
        if !is_setting_preposition(word) || matches!(word, "with" | "from" | "via" | "ahead") {
            continue;
        }
        let phrase = &content[at..];
        let mut first_phrase = phrase
            .split_space()
            .skip(1)
            .take_while(|w| !is_setting_preposition(w));
        // A venue is an occasion when a determiner or possessive opens its
        // phrase ("in a tweet", "on its Facebook page") or it is a name
        // ("on Twitter"); "examples of plagiarism in political speech"
        // names the topic's field.
        let opener = phrase.split_space().nth(1).unwrap_or("");
        let determined =
            wd.exact(opener) & words::DETERMINER != 0 || words::ends_with_s_possessive(opener);
        let names_setting = first_phrase.any(|w| {
            let w = w.trim_end_matches(['.', '!', '?']);
            let c = wd.exact(w);
            // A time noun or name ("in February", "on Friday", "in an
            // interview"), not the function words the time class holds
            // for a cue's own tail ("a", "this", "then", "also").
            let time = c & words::TIME_WORD != 0
                && c & words::DETERMINER == 0
                && !is_setting_preposition(w)
                && !TIME_CLASS_FUNCTION_WORDS
                    .iter()
                    .any(|f| w.eq_ignore_ascii_case(f));
            let named = w.starts_with(|ch: char| ch.is_ascii_uppercase());
            time || (c & words::VENUE != 0 && (determined || named))
        });
        if names_setting && setting_phrases(wd, phrase.trim_end_matches(['.', '!', '?'])) {
            // "condemned the attack in Pahalgam in April": an event noun's
            // own time and place, unless the phrase names a venue of speech
            // ("condemned the attack in a tweet").
            let event_object = content[..p]
                .split_space()
                .any(|w| wd.exact(w) & words::EVENT_NOUN != 0);
            let venue = || {
                phrase
                    .split_space()
                    .skip(1)
                    .take_while(|w| !is_setting_preposition(w))
                    .any(|w| wd.exact(w.trim_end_matches(['.', '!', '?'])) & words::VENUE != 0)
            };
            if event_object && !venue() {
                continue;
            }
            return Some(lead + p);
        }
    }
    None
}

/// Where a "without" phrase the writer adds after what was said starts (its
/// comma's offset): "announced it was recalling its envoy, without giving a
/// reason", "expressed support for wider engagement, without offering
/// specifics" — the manner of the telling, which PolNeAR leaves out of the
/// content. The last comma of the content opens it with "without" and a
/// `telling_gerund` ("…, without raising taxes on the middle class" is what
/// the speaker promised, and stays); it runs to the content's end with no
/// comma, semicolon or quote mark, at least three words come before it, and
/// no quotation is left open. (A participle alone after the comma is no
/// such cut: PolNeAR train keeps ", bringing its total to …", ", leaving
/// that choice to …" in the content as often as it leaves such phrases out.)
pub(crate) fn trailing_without_phrase(wd: &DocWords, content: &str) -> Option<usize> {
    const MIN_WORDS_BEFORE: usize = 3;
    let at = rfind_comma_space(content)?;
    let phrase = content[at + 2..].strip_prefix("without ")?;
    let gerund = phrase.split_space().next()?;
    let gerund = gerund.trim_end_matches(['.', '!', '?']);
    let before = &content[..at];
    (gerund.bytes().all(|b| b.is_ascii_lowercase())
        && wd.exact(gerund) & words::TELLING_GERUND != 0
        && !phrase.contains([',', ';', '"', '\u{201c}', '\u{201d}'])
        && !inside_open_quote(before)
        && !before.ends_with(['"', '\u{201d}'])
        && before.split_space().count() >= MIN_WORDS_BEFORE)
        .then_some(at)
}

/// Where a non-restrictive relative clause that ends the content starts (its
/// comma's offset): "predicted a Cruz win in Texas, which votes on March 1",
/// "said he would quarantine travellers, which is spread by mosquitoes …":
/// the narrator's note on the last noun, which PolNeAR leaves out of the
/// content. The clause runs to the content's end with no comma, semicolon or
/// quote mark in it; one set off before the main verb ("the talks, which
/// began in 2006, remained …") or one with quoted words stays. At least three
/// words come before it.
pub(crate) fn trailing_which_clause(content: &str) -> Option<usize> {
    const MIN_WORDS_BEFORE: usize = 3;
    let (at, opener) = memchr::memrchr_iter(b',', content.as_bytes()).find_map(|at| {
        [", which ", ", who ", ", compared with ", ", compared to "]
            .into_iter()
            .find(|o| content[at..].starts_with(o))
            .map(|o| (at, o))
    })?;
    let clause = &content[at + opener.len()..];
    // "…, which could cause a bloodbath": a hypothetical consequence is the
    // speaker's own reasoning.
    let hypothetical = opener == ", which "
        && clause
            .split_space()
            .next()
            .is_some_and(|w| matches!(w, "could" | "would" | "might" | "may" | "can"));
    (!hypothetical
        && !inside_open_quote(&content[..at])
        && !clause.contains([';', '"', '\u{201c}', '\u{201d}'])
        && (!clause.contains(',') || ends_in_list(clause))
        && !content[..at].ends_with(['"', '\u{201d}'])
        && content[..at].split_whitespace().count() >= MIN_WORDS_BEFORE)
        .then_some(at)
}

/// Where a second relative clause on the same antecedent opens in a
/// noun-object content (" and whom ", " and who ", " but which "): "David
/// Duke (who endorses Trump and whom Trump took a long time to disavow)"
/// — the cue's object ends at the conjunction; the second clause is the
/// writer's, about the antecedent, not what the relative's speaker said.
///
/// A wh-word before the conjunction makes the pair two questions or two
/// clauses of one relative inside the content ("sniff out who was a
/// supporter and who was an interloper"), which stay.
pub(crate) fn coordinated_relative(wd: &DocWords, content: &str) -> Option<usize> {
    let b = content.as_bytes();
    // Nearly every content has no relative word right after " and " or
    // " but ": one `memchr` walk over its "w"s answers those, where the two
    // substring searchers below cost a set-up each on every verb cue's
    // content. Every match below is such a "w", so none is lost.
    let relative_after_joint = memchr::memchr_iter(b'w', b).any(|p| {
        p >= " and ".len()
            && matches!(&b[p - " and ".len()..p], b" and " | b" but ")
            && b[p..].starts_with(b"wh")
    });
    if !relative_after_joint {
        return None;
    }
    let at = memchr::memmem::find_iter(b, b" and ")
        .map(|at| (at, " and ".len()))
        .chain(memchr::memmem::find_iter(b, b" but ").map(|at| (at, " but ".len())))
        .filter(|&(at, len)| {
            let next = content[at + len..].split_space().next().unwrap_or("");
            matches!(next, "who" | "whom" | "whose" | "which")
        })
        .map(|(at, _)| at)
        .min()?;
    let before = &content[..at];
    let asks = before.split_space().any(|w| {
        matches!(w, "who" | "whom" | "whose" | "which") || lower_in(wd, w, words::WH_OPENER)
    });
    (!before.trim().is_empty() && !asks).then_some(at)
}

/// Where an apposition that describes a name ending the content starts (its
/// comma's offset): "praised Jeffrey Feltman, a State Department official
/// overseeing Lebanon", "reiterated his support for Mr. Trump, the
/// presumptive nominee": the narrator's gloss on who the name is, which
/// PolNeAR leaves out of the content. The word before the comma is
/// capitalised, "a", "an" or "the" opens the apposition, and it runs to the
/// content's end with no comma, colon, semicolon or quote mark and, before
/// any relative pronoun, no auxiliary or modal (", the White House has
/// expanded …" is a clause of its own).
pub(crate) fn trailing_name_apposition(wd: &DocWords, content: &str) -> Option<usize> {
    let at = memchr::memrchr_iter(b',', content.as_bytes()).find(|&at| {
        [", a ", ", an ", ", the "]
            .iter()
            .any(|o| content[at..].starts_with(o))
    })?;
    let phrase = content[at + 2..].trim_end_matches(['.', '!', '?']);
    // "on Friday, the evidence shows …": a day or month is no name.
    let after_name = content[..at].split_space().next_back().is_some_and(|w| {
        w.starts_with(|c: char| c.is_uppercase()) && wd.exact(w) & words::TIME_WORD == 0
    });
    let verb = words::BARE_CLAUSE_VERB | words::MODAL;
    let clause_verb = phrase
        .split_space()
        .take_while(|w| !matches!(*w, "who" | "that" | "which" | "whose"))
        .any(|w| wd.exact(w) & verb != 0);
    // "differ on Israel, the nuclear deal and the sanctions": a list's
    // next items, not a gloss.
    let mut phrase_words = phrase.split_space().peekable();
    let list_items = std::iter::from_fn(|| {
        phrase_words
            .next()
            .map(|w| (w, phrase_words.peek().copied()))
    })
    .any(|(w, next)| {
        matches!(w, "and" | "or")
            && matches!(
                next,
                Some("a" | "an" | "the" | "his" | "her" | "their" | "its")
            )
    });
    // "his wife, Melania, a former model": a name that is itself apposed
    // stands in a chain the speaker's phrase may hold.
    // "the suspect was Jane Roe, a teacher from Ohio": the gloss is part of
    // the identification the clause states.
    let identified = content[..at]
        .split_space()
        .rev()
        .take(4)
        .any(|w| matches!(w, "is" | "was" | "are" | "were" | "be"));
    let apposed_name = content[..at]
        .rsplit_once(", ")
        .is_some_and(|(_, name)| name.split_whitespace().count() <= 2);
    (after_name
        && !inside_open_quote(&content[..at])
        && !apposed_name
        && !identified
        && !phrase.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}'])
        && !clause_verb
        && !list_items)
        .then_some(at)
}

/// Whether `before` leaves a quotation open ("hope for the talks, which …"
/// after `"give us hope`): words after it are still the speaker's own.
fn inside_open_quote(before: &str) -> bool {
    let straight = memchr::memchr_iter(b'"', before.as_bytes()).count();
    let opened = before.matches('\u{201c}').count();
    let closed = before.matches('\u{201d}').count();
    straight % 2 == 1 || opened > closed
}

/// Where the quotation starts (after its opening mark) in a noun-object
/// content that carries it "with the words/caption/message/comment"
/// ("a news story about the ruling with the words "Too late"", "a photo with
/// the caption "Home at last""): the object is the medium, the quoted words
/// are what was said. Only when the quotation runs to the content's end.
pub(crate) fn quotation_carried_by_object(content: &str) -> Option<usize> {
    // Cheap tests first: this runs for every noun-object content.
    memchr::memchr2(b'"', 0xe2, content.as_bytes())?;
    let lead = scan::find_str(content, " with the ")? + " with the ".len();
    let rest = &content[lead..];
    let noun = ["words ", "caption ", "message ", "comment ", "note "]
        .iter()
        .find(|n| rest.starts_with(*n))?;
    let at = lead + noun.len();
    let open = content[at..].chars().next()?;
    // The content may keep the quotation's closing mark (a trimmed span
    // keeps a quote it opened): one at the very end closes this quotation.
    let quoted = &content[at + open.len_utf8()..];
    let quoted = quoted.strip_suffix(['"', '\u{201d}']).unwrap_or(quoted);
    (matches!(open, '"' | '\u{201c}') && !quoted.contains(['"', '\u{201c}']))
        .then_some(at + open.len_utf8())
}

/// Whether the commas of `clause` are those of a list that ends it ("covers
/// infrastructure, shipping and seabed minerals"): each part after the first
/// comma is at most three words (the last one four, with its "and"), and the
/// last holds "and" or "or".
fn ends_in_list(clause: &str) -> bool {
    const MAX_ITEM_WORDS: usize = 3;
    let mut items = clause.split(", ").skip(1).peekable();
    let mut last = None;
    while let Some(item) = items.next() {
        let n = item.split_whitespace().count();
        let is_last = items.peek().is_none();
        // The last item holds the conjunction: "and seabed minerals".
        if n == 0 || n > MAX_ITEM_WORDS + usize::from(is_last) {
            return false;
        }
        last = Some(item);
    }
    last.is_some_and(|l| {
        let l = l.trim_end_matches(['.', '!', '?']);
        l.split_whitespace().any(|w| matches!(w, "and" | "or"))
    })
}

/// `start`, or past a list mark ("* ", "• ", "- ") when one opens the line
/// there and words follow it before `end`.
pub(crate) fn past_list_mark(text: &str, start: usize, end: usize) -> usize {
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

/// Where the content `start..end` ends without what is no prose of the
/// speaker's: markup left in the text by the page it came from (an
/// embedded post's closing tag, "…</tweet>", ends what was said; a tag is
/// "<" with "/" or a letter after it and ">" before the next space or "<")
/// and a dash that closes it with nothing after it ("… and stand by our
/// Constitution, and —", an interrupted line; "… — or flat out wrong —",
/// an aside's closing dash). A dash between words stays, and so does one
/// joined to the word before it.
/// `angles` are where the document's "<" stand, in order (one search of
/// the document: most hold none, and a search of every content was 2.4 M
/// instructions of r500).
pub(crate) fn end_before_markup_and_dash(
    text: &str,
    angles: &[usize],
    start: usize,
    end: usize,
) -> usize {
    let bytes = &text.as_bytes()[..end];
    let mut end = end;
    let first = angles.partition_point(|&p| p < start);
    for &p in angles[first..].iter().take_while(|&&p| p < end) {
        let after = &bytes[p + 1..];
        let opens = after
            .first()
            .is_some_and(|&b| b == b'/' || b.is_ascii_alphabetic());
        // No space before the ">": "if a<b and c>d" compares.
        let closes = after
            .iter()
            .position(|&b| matches!(b, b'>' | b'<' | b'\n' | b' ' | b'\t'))
            .is_some_and(|q| after[q] == b'>');
        // A tag that opens the content ends nothing: the claim keeps what
        // follows it rather than vanish ("said that <b>the deal</b> …").
        if opens && closes && !text[start..p].trim().is_empty() {
            end = p;
            break;
        }
    }
    loop {
        let (_, e) = trim(text, start, end);
        let tail = &text[start..e];
        // A dash after a space: one joined to a word censors it ("a—").
        let cut = tail
            .strip_suffix(" —")
            .or_else(|| tail.strip_suffix(" -"))
            .or_else(|| tail.strip_suffix(" --"));
        match cut {
            Some(rest) if !rest.trim().is_empty() => end = start + rest.trim_end().len(),
            _ => return e,
        }
    }
}

/// Where the writer's own clause about a second speech act opens in `pre`,
/// the text between a claim's content start and a later cue: a concession
/// (", though he cautioned that …", ", although she added …") or a new
/// clause after a semicolon ("…; Cambodia denied …"), each with a short
/// subject up to the cue. What the speaker says ends before it: PolNeAR's
/// annotators end the first content there too.
pub(crate) fn conceding_or_next_clause(wd: &DocWords, pre: &str) -> Option<usize> {
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

/// Where the writer's clause of contrast or concession opens in `content`
/// after a comma (", but …", ", while …", ", though …"): an expectation
/// or an appearance the writer reports ends there ("The deal is expected to
/// be signed this month, but talks stalled again").
pub(crate) fn contrast_clause(wd: &DocWords, content: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", ").map(|p| from + p) {
        from = p + 1;
        let next = content[p + 2..].split_space().next().unwrap_or("");
        if wd.exact(next) & (words::CONTRAST_CONJUNCTION | words::CONCESSIVE) != 0 {
            return Some(p);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::is_clause_verb_word;

    /// The stack-lowercased match is the case-folding comparison with the
    /// fifteen clause words it replaced: every word in any case, words one
    /// byte longer or shorter, longer than the buffer, non-ASCII, empty.
    #[test]
    fn clause_verb_words_match_in_any_case_and_nothing_else() {
        const WORDS: [&str; 15] = [
            "is", "are", "was", "were", "be", "been", "to", "will", "would", "can", "could",
            "should", "may", "might", "must",
        ];
        let folded = |w: &str| WORDS.iter().any(|v| w.eq_ignore_ascii_case(v));
        let mut probes: Vec<String> = Vec::new();
        for w in WORDS {
            probes.push(w.to_string());
            probes.push(w.to_ascii_uppercase());
            probes.push(format!("{}{}", &w[..1].to_ascii_uppercase(), &w[1..]));
            probes.push(format!("{w}s"));
            probes.push(w[1..].to_string());
        }
        probes.extend(
            [
                "", "i", "shoulder", "shoulds", "İs", "wére", "musts", "Must'", "to-",
            ]
            .map(String::from),
        );
        for p in &probes {
            assert_eq!(is_clause_verb_word(p), folded(p), "{p:?}");
        }
        assert!(is_clause_verb_word("SHOULD") && !is_clause_verb_word("shoulder"));
    }
}
