//! The pass over one document (`extract_claims_from_occurrences`): quotes,
//! then each sentence's cues, then turns and signed quotes; the filters
//! over all drafts; nesting, hedging and the reporting chain; ids in text
//! order.

use super::*;

/// The index of the first hit starting at or after a position, for
/// positions asked in growing order: it walks forward from the last answer.
/// A smaller position than the last is answered by a binary search, so any
/// order gives the same indices as `partition_point`.
#[derive(Debug, Default)]
pub(crate) struct HitCursor {
    pub(crate) pos: usize,
    pub(crate) index: usize,
}

impl HitCursor {
    pub(crate) fn first_from(&mut self, hits: &[Hit], pos: usize) -> usize {
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
        // Three words at a time, on the stack.
        let mut ws = text[ss..d.cue.0].split_space();
        let (mut w0, mut w1) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
        ws.any(|w2| {
            let note = w0 == "been" && lower_in(wd, w1, words::CORRECTION_VERB) && w2 == "to";
            (w0, w1) = (w1, w2);
            note
        })
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
