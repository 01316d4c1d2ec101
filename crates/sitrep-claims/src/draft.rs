//! A claim being built (`Draft`), and the claims of shapes other than a
//! speaker, a cue and its content: a passive with its agent or addressee,
//! and an impersonal cue with no speaker.

use super::*;

#[derive(Clone)]
pub(crate) struct Draft {
    pub(crate) speaker: Speaker,
    pub(crate) cue: (usize, usize),
    pub(crate) content: (usize, usize),
    pub(crate) stance: Stance,
    pub(crate) hedged: bool,
    pub(crate) audience: Option<String>,
    pub(crate) via: Vec<Via>,
}

impl Draft {
    /// A claim whose stance and hedging are its cue's, with no audience or
    /// reporting chain yet.
    pub(crate) fn from_cue(
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

/// The claim of a written-out passive of a plain speech verb `h` followed by
/// "by" ("The meeting was first reported by Politico", "Trump has been
/// criticized by some of his rivals for …"): the agent after "by" is the
/// speaker and the subject before the cue is what was said. `None` for a
/// reduced passive ("a ceasefire announced by Trump", an event's noun, not
/// a report), a relative subject ("which was reported by") and verbs whose
/// content must be a clause ("rejected by 64 percent": an act, no speech).
pub(crate) fn passive_agent_claim(
    ctx: &Ctx,
    cue: &Cue,
    h: Hit,
    ss: usize,
    content_end: usize,
) -> Option<Draft> {
    let (text, wd) = (ctx.text, ctx.words);
    // "Hezbollah, backed by Iran": a position verb's passive is the act
    // of backing, no stated position.
    if cue.clause_only || cue.infinitive_only || cue.position || cue.clausal {
        return None;
    }
    let cue_start = extend_cue_left(wd, text, ss, h.start);
    let passive = text[cue_start..h.start]
        .split_whitespace()
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
    if !passive {
        return None;
    }
    // "The report, first published by the Journal, was confirmed by …":
    // past a participle aside after the subject to the subject.
    let (subject, carrier_agent) = match np_before(wd, text, ss, cue_start) {
        Some(subject) => (subject, None),
        None => subject_before_participle_aside(wd, text, ss, cue_start)?,
    };
    if wd.exact(&text[subject.0..subject.1]) & (words::RELATIVE | words::PRONOUN) != 0 {
        return None;
    }
    // "The report was denied by the ministry": a denial's passive denies
    // what its subject reports; of anything else ("The proposal was
    // rejected by Iran") it is an act, no stated denial.
    if cue.stance != Stance::Assert {
        let head = text[subject.0..subject.1]
            .split_space()
            .next_back()
            .unwrap_or("");
        if wd.exact(head) & words::REPORT_NOUN == 0 {
            return None;
        }
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
    let mut draft = Draft::from_cue(speaker, cue, (cue_start, h.end), subject);
    // "The report, first published by the Wall Street Journal, was
    // confirmed by two US officials": the outlet that carried the report
    // first reported what the officials confirm.
    if let Some((a, b)) = carrier_agent {
        draft.via.extend(ctx.cited_vias(a, b, ViaRole::First));
    }
    Some(draft)
}

/// A byte range of the text.
type Range = (usize, usize);

/// The subject before a participle aside set off by commas that ends right
/// before `cue_start` ("The report, first published by the Wall Street
/// Journal, was confirmed …"): the phrase from the sentence start `ss` up to
/// the aside's comma, when the aside opens with a participle (perhaps after
/// an adverb: "first published", "later denied"). With it the span of the
/// aside's "by" agent when its participle is a `carrier` ("published",
/// "carried") of a `report_noun` subject: the outlet that carried the report.
fn subject_before_participle_aside(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
) -> Option<(Range, Option<Range>)> {
    let head = text.get(ss..cue_start)?.trim_end().strip_suffix(',')?;
    let comma = head.rfind(',')?;
    let aside_start = ss + comma + 1;
    let aside = head[comma + 1..].trim_start();
    let aside_start = aside_start + (head[comma + 1..].len() - aside.len());
    let (participle, rest) = match aside.split_once(' ') {
        Some((adverb, rest)) if is_lower_word(adverb) && participle_aside(wd, rest) => {
            (rest.split_space().next().unwrap_or(""), rest)
        }
        _ if participle_aside(wd, aside) => (aside.split_space().next().unwrap_or(""), aside),
        _ => return None,
    };
    if aside.contains(['"', ';', ':', '(']) {
        return None;
    }
    let subject = np_before(wd, text, ss, ss + comma)?;
    if !text[ss..subject.0].trim().is_empty() {
        return None;
    }
    let subject_head = text[subject.0..subject.1]
        .split_space()
        .next_back()
        .unwrap_or("");
    let agent = rest
        .strip_prefix(participle)
        .and_then(|r| r.strip_prefix(" by "))
        .filter(|_| {
            wd.exact(participle) & words::CARRIER != 0
                && wd.exact(subject_head) & words::REPORT_NOUN != 0
        })
        .map(|r| {
            let a = aside_start + (aside.len() - r.len());
            (a, a + r.len())
        });
    Some((subject, agent))
}

/// The claim of an addressee verb's passive `h` with its agent after "by"
/// and the question after the agent ("Asked by Thrush if Clinton “gets”
/// race, Sharpton …", "When asked by a reporter whether …", "Sanders was
/// asked by host John Dickerson whether …"): the agent asked, and the
/// question, from its `question_opener` word, is what was asked. A reduced
/// passive is an adverbial clause, so its question ends at the first comma.
/// `None` when no question opener follows the agent within a few words
/// ("was told by police to leave", "asked by reporters, she said …"): the
/// passive is then left to the other rules.
pub(crate) fn asked_by_agent_claim(
    ctx: &Ctx,
    cue: &Cue,
    h: Hit,
    ss: usize,
    content_end: usize,
) -> Option<Draft> {
    const AGENT_MAX_WORDS: usize = 6;
    let (text, wd) = (ctx.text, ctx.words);
    let verb = text[h.start..h.end].split_space().next()?;
    if wd.exact(verb) & words::ADDRESSEE_VERB == 0 {
        return None;
    }
    let agent_from = h.end + " by ".len();
    let agent = &text[agent_from.min(content_end)..content_end];
    // The agent's words up to the opener, none of them after a comma.
    let opener = agent
        .split_space()
        .take(AGENT_MAX_WORDS + 1)
        .scan(agent_from, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .skip(1)
        .take_while(|&(start, _)| !text[agent_from..start].contains([',', ';', ':']))
        .find(|&(_, w)| wd.extra(w) & words::QUESTION_OPENER != 0)
        .map(|(start, _)| start)?;
    let speaker = ctx.speaker_after(agent_from, opener)?;
    speaker.text.as_ref()?;
    let cue_start = extend_cue_left(wd, text, ss, h.start);
    let end = if written_out_passive(wd, text, ss, cue_start, h.start) {
        content_end
    } else {
        text[opener..content_end]
            .find(',')
            .map_or(content_end, |p| opener + p)
    };
    let (a, b) = trim(text, opener, end);
    (a < b).then(|| Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b)))
}

/// Whether the passive of a verb cue starting at `verb_start` (its lead
/// from `cue_start`, in the sentence starting at `ss`) is written out: a
/// `passive_aux` in the cue's lead ("was asked", "had been told") or as the
/// word right before it, where the forms of "be" and "get" that lead no cue
/// stand ("got asked", "being told").
fn written_out_passive(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
    verb_start: usize,
) -> bool {
    let before = text[ss..cue_start]
        .trim_end()
        .split_space()
        .next_back()
        .unwrap_or("");
    text[cue_start..verb_start]
        .split_whitespace()
        .chain(std::iter::once(before))
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0)
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
pub(crate) fn addressed_passive_content(
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
    if written_out_passive(wd, text, ss, cue_start, h.start) {
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
    let head = text[ss..cue_start].trim_end();
    let before = head.split_space().next_back().unwrap_or("");
    // "Trump, asked whether he would meet him, said he might": an aside
    // after the subject opens its clause as a fronted one does; the subject
    // is who was asked (the main verb's speaker), the question is the
    // unnamed asker's (PolNeAR marks it so).
    let opens_clause = cue_start == h.start
        && (head.is_empty()
            || (!before.is_empty() && wd.exact(before) & words::SUBORDINATOR != 0)
            || addressed_aside_after_subject(
                wd,
                text,
                subject_start(wd, text, ss),
                cue_start,
                content_end,
            ));
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
pub(crate) fn impersonal_claim(
    ctx: &Ctx,
    cue: &Cue,
    h: Hit,
    ss: usize,
    content_end: usize,
) -> Option<Draft> {
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
        } else if cue.infinitive {
            // "The council is expected to vote on Friday": what is expected
            // is the infinitive's clause; the cue is never part of its own
            // content, nor is the writer's ", but …" after it.
            if np_before(wd, text, ss, cue_start).is_none() && !infinitive_subject(wd, head) {
                return None;
            }
            let (a, b) = trim(text, h.end + " to ".len(), content_end);
            trim(
                text,
                a,
                contrast_clause(wd, &text[a..b]).map_or(b, |p| a + p),
            )
        } else {
            let subject = np_before(wd, text, ss, cue_start)?.0;
            trim(text, subject, content_end)
        }
    };
    (content.0 < content.1)
        .then(|| Draft::from_cue(unknown_speaker(), cue, (cue_start, h.end), content))
}

/// Whether `head`, the clause's words before an impersonal cue taking an
/// infinitive, ends in a subject the noun-phrase walk does not read: an
/// aside set off by commas after it ("The bank, which has held rates near
/// zero, is expected to"), a subject shared with an earlier verb ("She is
/// moving but is expected to"), or a demonstrative or pronoun opening the
/// clause ("That was expected to").
pub(crate) fn infinitive_subject(wd: &DocWords, head: &str) -> bool {
    let Some(last) = head.split_space().next_back() else {
        return false;
    };
    let aside = last.ends_with(',') && head[..head.len() - 1].contains(", ");
    // A demonstrative or pronoun alone: "that" after a noun opens a
    // relative clause whose end the content could not find ("a screen that
    // appears to float in the air has …").
    let alone =
        head.len() == last.len() && wd.exact(last) & (words::DETERMINER | words::PRONOUN) != 0;
    aside || alone || wd.exact(last) & (words::COORDINATOR | words::RELATIVE) != 0
}

/// The speaker-less claim an impersonal cue before a speech verb makes
/// ("is expected to announce …") when the speech verb made none: each of
/// `waiting` (the draft, where its speech verb starts) whose verb is no
/// cue of a draft from `first_draft` on.
pub(crate) fn unclaimed_impersonal(
    drafts: &mut Vec<Draft>,
    first_draft: usize,
    waiting: Vec<(Draft, usize)>,
) {
    for (d, verb_start) in waiting {
        let claimed = drafts[first_draft..]
            .iter()
            .any(|x| x.cue.0 <= verb_start && verb_start < x.cue.1);
        if !claimed {
            drafts.push(d);
        }
    }
}

/// Whether `d`'s speaker is the generic "you" or "one" of a condition ("if
/// you're asking whether …", "If you believe the polls, …", "unless one
/// thinks …"): the writer addresses any reader, and no one said anything,
/// as with a generic speaker's modal cue ("you may want to …").
pub(crate) fn conditional_generic_speaker(wd: &DocWords, text: &str, d: &Draft) -> bool {
    let Some(sp) = d.speaker.span.as_ref() else {
        return false;
    };
    let Some(phrase) = text.get(sp.start..sp.end) else {
        return false;
    };
    // "you're", "you've": the pronoun before its contracted auxiliary.
    // Read up to the first apostrophe or space: a part holding a space is
    // several words, which no `generic_pronoun` row is (only `role_speaker`
    // rows may have several words), so the rest of a long speaker phrase
    // is never read.
    let bytes = phrase.as_bytes();
    let cut = bytes
        .iter()
        .position(|&b| matches!(b, b'\'' | b' ' | 0xe2))
        .unwrap_or(bytes.len());
    if bytes.get(cut) == Some(&b' ') {
        return false;
    }
    let pronoun = phrase.split(['\'', '\u{2019}']).next().unwrap_or("");
    wd.exact(pronoun) & words::GENERIC_PRONOUN != 0
        && text[..sp.start]
            .trim_end()
            .split_space()
            .next_back()
            .is_some_and(|w| wd.exact(w) & words::CONDITION != 0)
}
