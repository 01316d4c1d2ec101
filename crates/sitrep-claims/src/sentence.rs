//! The pass over each sentence's cues ([`DocPass::sentence_claims`]): its
//! bounds and hits ([`SentenceCues`]), one claim per cue by the cue's kind
//! (speech verbs in `verb.rs`), then the fix-ups the sentence's later cues
//! make: a reporter's chain, a reported clause's end, "according to".

use super::*;

/// Where the brackets around a cue at `start..end` close in the sentence
/// `ss..se`: the last bracket before the cue opens one, and a ")" comes
/// after the cue before any other bracket. "The company (which said it
/// would appeal) lost the case": what is said inside brackets ends with
/// them. None when only punctuation follows the closing bracket ("(Mr.
/// Roe has denied the charge.)": the sentence is the bracket). Read once a
/// cue, from the cue outwards.
fn bracket_close(text: &str, ss: usize, start: usize, end: usize, se: usize) -> Option<usize> {
    let b = text.as_bytes();
    let open = memchr::memrchr2(b'(', b')', &b[ss..start])?;
    if b[ss + open] != b'(' {
        return None;
    }
    let close = end + memchr::memchr2(b'(', b')', &b[end..se])?;
    let closes_sentence = b[close + 1..se]
        .iter()
        .all(|c| c.is_ascii_punctuation() || c.is_ascii_whitespace());
    (b[close] == b')' && !closes_sentence).then_some(close)
}

/// One sentence's bounds and cues, as the per-cue passes read them.
pub(crate) struct SentenceCues<'s> {
    /// Where the sentence starts after its dateline, and where it ends.
    pub(crate) ss: usize,
    pub(crate) se: usize,
    /// The sentence's hits (indices into [`DocPass::hits`]) not inside a
    /// quote nor attributing one.
    pub(crate) sh: &'s [usize],
    /// The sentence's "according to" hit.
    pub(crate) according: Option<usize>,
    /// "according to" sits between a speech verb and its that-clause.
    pub(crate) according_inside: bool,
    /// Where contents end: at "according to" unless it sits inside.
    pub(crate) content_end: usize,
    /// The first draft made in this sentence.
    pub(crate) first_draft: usize,
}

/// What the sentence's later speech verb takes from a relay participle
/// before it: "X did Y, citing unnamed officials, Reuters reported".
#[derive(Default)]
pub(crate) struct LaterReporters {
    /// (the comma before the participle, who is cited, the later verb's
    /// start) — the reporter's chain, not a claim of X.
    pub(crate) cited_by_later: Vec<(usize, Option<Speaker>, usize)>,
    /// (the vias cited, the later verb's start).
    pub(crate) relayed_to_later: Vec<(Vec<Via>, usize)>,
    /// (an impersonal cue's claim, the speech verb's start after it): made
    /// only if the speech verb makes none.
    pub(crate) impersonal_waiting: Vec<(Draft, usize)>,
}

impl LaterReporters {
    /// Gives each later reporter among the sentence's drafts (from
    /// `first_draft`) what was cited before its verb.
    fn apply(self, text: &str, drafts: &mut [Draft], first_draft: usize) {
        // Most sentences have no later reporter: nothing to walk or drop.
        if self.relayed_to_later.is_empty() && self.cited_by_later.is_empty() {
            return;
        }
        let LaterReporters {
            cited_by_later,
            relayed_to_later,
            ..
        } = self;
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
    }
}

impl DocPass<'_> {
    /// Each sentence's cues, in text order: the claims they make and the
    /// fix-ups of the sentence's later cues. Hits marked in `used` attribute
    /// a direct quote already.
    pub(crate) fn sentence_claims(&self, drafts: &mut Vec<Draft>, used: &[bool]) {
        let Ctx { text, .. } = self.ctx;
        let DocPass {
            layer,
            lex,
            ref hits,
            ref quotes,
            ..
        } = *self;
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
            let first = cursor.first_from(hits, ss);
            let past = cursor.first_from(hits, se);
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
                let verb_before =
                    text[ss..a.start]
                        .trim_end()
                        .strip_suffix(',')
                        .is_some_and(|pre| {
                            sh.iter().any(|&j| {
                                hits[j].end == ss + pre.len()
                                    && lex.cues[hits[j].cue].kind == CueKind::Verb
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
            let s = SentenceCues {
                ss,
                se,
                sh: &sh,
                according,
                according_inside,
                content_end,
                first_draft: drafts.len(),
            };
            let mut later = LaterReporters::default();
            for &i in s.sh {
                if hits[i].start >= content_end {
                    break;
                }
                let h = hits[i];
                match bracket_close(text, ss, h.start, h.end, se) {
                    Some(close) if close < content_end => {
                        let inside = SentenceCues {
                            content_end: close,
                            ..s
                        };
                        self.cue_claim(&inside, h, drafts, &mut later);
                    }
                    _ => self.cue_claim(&s, h, drafts, &mut later),
                }
            }
            let waiting = std::mem::take(&mut later.impersonal_waiting);
            unclaimed_impersonal(drafts, s.first_draft, waiting);
            later.apply(text, drafts, s.first_draft);
            self.end_at_reported_clause(drafts, s.first_draft);
            self.according_chain(&s, drafts);
        }
    }

    /// One cue's claim, by the cue's kind.
    fn cue_claim(
        &self,
        s: &SentenceCues,
        h: Hit,
        drafts: &mut Vec<Draft>,
        later: &mut LaterReporters,
    ) {
        let ctx = &self.ctx;
        let Ctx { text, .. } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            sh,
            content_end,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
        match cue.kind {
            CueKind::Verb => {
                self.verb_claim(s, h, drafts, later);
            }
            CueKind::Noun => {
                self.noun_claim(s, h, drafts);
            }
            // "Citing a statement from the navy, state television
            // said …": a fronted relay participle names who carried the
            // main clause's claim.
            CueKind::Relay
                if cue.phrase.ends_with("ing") && text[ss..h.start].trim().is_empty() =>
            {
                if let Some((a, b, verb_start)) =
                    fronted_citation(ctx, lex, sh, hits, h.end, content_end)
                {
                    later
                        .relayed_to_later
                        .push((ctx.cited_vias(a, b, ViaRole::Relay), verb_start));
                }
            }
            // "…,” McCain said, citing slow growth." / "The Journal,
            // citing internal documents, reported …": a relay participle
            // after a comma is the speaker's own claim of what they
            // cite (besides any reporting chain it belongs to).
            CueKind::Relay
                if cue.phrase.ends_with("ing") && text[ss..h.start].trim_end().ends_with(',') =>
            {
                self.cited_claim(s, h, drafts, later);
            }
            // "The meeting was first reported by Politico.": a first-report
            // phrase ending in "by" after a passive auxiliary is the
            // sentence's own verb, its agent the speaker (the phrase less
            // its "by" is the cue, as for "was earlier reported by").
            // Without the auxiliary ("the plan, first reported by Reuters,")
            // it only names the chain's first link.
            CueKind::First => {
                if let Some(verb_end) = text[h.start..h.end]
                    .strip_suffix(" by")
                    .map(|v| h.start + v.len())
                {
                    let verb = Hit { end: verb_end, ..h };
                    if let Some(d) = passive_agent_claim(ctx, cue, verb, ss, content_end) {
                        drafts.push(d);
                    }
                }
            }
            CueKind::Impersonal => {
                // "seemed to suggest": the speech verb's claim, with the
                // subject as its speaker, takes this cue in.
                let speech_follows = sh.iter().map(|&j| hits[j]).any(|x| {
                    x.start == h.end + " to ".len() && lex.cues[x.cue].kind == CueKind::Verb
                });
                if let Some(d) = impersonal_claim(ctx, cue, h, ss, content_end) {
                    if speech_follows {
                        let verb_start = h.end + " to ".len();
                        later.impersonal_waiting.push((d, verb_start));
                    } else {
                        drafts.push(d);
                    }
                }
            }
            _ => {}
        }
    }

    /// A report noun's claim: "denials of <content> by <speaker>", "a joint
    /// statement that …", unless the noun is a denial's object or a verb's
    /// setting.
    fn noun_claim(&self, s: &SentenceCues, h: Hit, drafts: &mut Vec<Draft>) {
        // "as", an adjective and its adverbs, and the noun's article.
        const FRONTED_JUDGEMENT_MAX_WORDS: usize = 5;
        let ctx = &self.ctx;
        let Ctx {
            text,
            words: wd,
            actors,
            ..
        } = self.ctx;
        let SentenceCues {
            ss,
            content_end,
            first_draft,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
        // "The minister dismissed reports that …": the report
        // noun is the denial's object; its clause is the
        // denial's content, not a claim of unknown reporters. So
        // after a fronted judgement ("rejected as false a report
        // that …", "dismissed as totally baseless the reports that …").
        let denied_object = drafts[first_draft..].iter().any(|d| {
            let between = || text[d.cue.1..h.start].split_whitespace();
            d.stance == Stance::Deny
                && d.cue.1 <= h.start
                && d.content.0 >= h.end
                && (between().count() <= 2
                    || (between().next() == Some("as")
                        && between().count() <= FRONTED_JUDGEMENT_MAX_WORDS))
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
            return;
        }
        let (a, b, speaker) = if cue.phrase.ends_with(" of") {
            // "denials of <content> by <speaker>"
            let rest = &text[h.end..content_end];
            let by = scan::find_str(rest, " by ").map(|p| h.end + p);
            let cend = by.unwrap_or(content_end);
            let sp = by.and_then(|p| ctx.speaker_after(p + 4, content_end));
            let (a, b) = trim(text, h.end, cend);
            let before = || {
                ctx.speaker_before(ss, h.start)
                    .map(|sp| possessor_only(ctx, sp, h.start))
            };
            (a, b, sp.or_else(before))
        } else {
            // "a joint statement that …": the words right before
            // a nominal cue that start with a determiner and name
            // no one ("a joint", "the written") modify the noun.
            // So does a lone word opening a description that is no
            // determiner ("One view is that …", "Another complaint is
            // that …"): it counts the noun, it names no one. A phrase
            // ending in a possessive names its owner, who speaks ("the
            // senator's warning that …").
            let modifier = |sp: &Speaker| {
                sp.span.as_ref().is_some_and(|p| {
                    let phrase = &text[p.start..p.end];
                    // "cited as evidence a report that …": a phrase
                    // ending in the noun's own article is no owner.
                    let ends_in_article = phrase
                        .split_space()
                        .next_back()
                        .is_some_and(|w| matches!(w, "a" | "an" | "the"));
                    if ends_in_article && text[p.end..h.start].trim().is_empty() {
                        return true;
                    }
                    let possessor = words::ends_with_possessive(phrase);
                    let lone_opener = !phrase.contains(' ')
                        && wd.extra(phrase) & words::DESCRIPTION_OPENER != 0
                        && wd.exact(phrase) & words::DETERMINER == 0;
                    text[p.end..h.start].trim().is_empty()
                        && !possessor
                        && (lone_opener
                            || phrase
                                .split_space()
                                .next()
                                .is_some_and(|w| wd.exact(w) & words::DETERMINER != 0)
                                && !phrase
                                    .split_space()
                                    .skip(1)
                                    .any(|w| w.starts_with(|c: char| c.is_uppercase())))
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
                && sets_off_participle(text[ss..h.start].trim_end());
            let sp = participle
                .then(|| {
                    previous_speaker(text, drafts, ss, h.start)
                        .or_else(|| ctx.clause_subject(ss, h.start))
                })
                .flatten();
            let sp = sp.or_else(|| {
                (issued_at.is_none())
                    .then(|| owner_or_giver(ctx, ss, h.start))
                    .flatten()
            });
            let sp = sp.or_else(|| {
                ctx.speaker_before(ss, speaker_end)
                    .filter(|sp| issued_at.is_some() || !modifier(sp))
                    .map(|sp| possessor_only(ctx, sp, h.start))
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
            // "His claim that …", "My impression is that …": a possessive
            // pronoun right before the noun owns it and speaks.
            // The walk back reads a lone pronoun as no phrase.
            let sp = match sp {
                Some(sp) if sp.text.is_some() => Some(sp),
                other => possessive_pronoun_before(ctx, ss, h.start).or(other),
            };
            let (a, b) = trim(text, h.end, content_end);
            (a, b, sp)
        };
        if a >= b {
            return;
        }
        // "Rubio's response was that …": a noun row with its copula is a
        // claim only with the noun's owner right before it; "The answer
        // is that …" is the writer's own reasoning, and in "an
        // explanation for this claim is that …" the noun is inside a
        // phrase.
        let copula_row = cue.phrase.ends_with(" was that") || cue.phrase.ends_with(" is that");
        if copula_row
            && !speaker
                .as_ref()
                .is_some_and(|sp| owner_right_before(wd, text, sp, h.start))
        {
            return;
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
                    && word_before(text.as_bytes(), ss, p.start).is_some_and(|(x, y)| {
                        is_lower_word(&text[x..y]) && wd.exact(&text[x..y]) & words::CUE_LEAD != 0
                    })
            });
        if verb_before_noun {
            return;
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

    /// A relay participle after a comma ("…," McCain said, citing slow
    /// growth; "The Journal, citing internal documents, reported …"): the
    /// speaker's own claim of what they cite, or the cited people handed to
    /// the sentence's later reporter (`later`).
    fn cited_claim(
        &self,
        s: &SentenceCues,
        h: Hit,
        drafts: &mut Vec<Draft>,
        later: &mut LaterReporters,
    ) {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            sh,
            content_end,
            first_draft,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
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
            return;
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
        let previous = previous_speaker(text, drafts, ss, h.start);
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
        if let (None, Some((comma, verb_start)), true) = (&previous, later_verb, subject_alone) {
            let (a, b) = trim(text, h.end, comma);
            if a < b && ctx.cites_people(&ctx.speaker_from_np(a, b), true) {
                later
                    .relayed_to_later
                    .push((ctx.cited_vias(a, b, ViaRole::Relay), verb_start));
                return;
            }
        }
        if let (None, Some((comma, verb_start)), false) = (&previous, later_verb, subject_alone) {
            let (a, b) = trim(text, h.end, comma);
            let cited = (a < b).then(|| ctx.speaker_from_np(a, b));
            later
                .cited_by_later
                .push((participle_comma, cited, verb_start));
            return;
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
            let names_people = cited.as_ref().is_some_and(|sp| ctx.cites_people(sp, false));
            let (ca, cb) = trim(text, subject_start(wd, text, ss), participle_comma);
            if let (true, Some(sp)) = (names_people && ca < cb, cited) {
                drafts.push(Draft::from_cue(sp, cue, (h.start, h.end), (ca, cb)));
                return;
            }
        }
        let Some(speaker) = previous.or(subject) else {
            return;
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
            d.via
                .iter()
                .any(|v| v.role == ViaRole::Relay && text[a..b].contains(v.text.as_str()))
        });
        if a < b && !relayed {
            drafts.push(Draft::from_cue(speaker, cue, (h.start, h.end), (a, b)));
        }
    }

    /// "The ministry said 12 people died, Reuters reported.": a claim of the
    /// sentence (from `first_draft`) whose content runs over a later cue that
    /// reports the whole clause before it ends where that clause ends.
    fn end_at_reported_clause(&self, drafts: &mut [Draft], first_draft: usize) {
        let ctx = &self.ctx;
        let Ctx { text, .. } = self.ctx;
        for i in first_draft..drafts.len() {
            let outer = (drafts[i].content, drafts[i].cue);
            let (content, cue) = outer;
            if cue.0 < content.1 {
                continue;
            }
            // "Xi told Trump that …, Chinese state media reported": the
            // outlet carried the named speaker's words first.
            let outlet = media_speaker(ctx, &drafts[i].speaker)
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
    }

    /// The reporting chain after the sentence's "according to": vias of the
    /// sentence's claims, of the claim just before, or a claim of its own.
    fn according_chain(&self, s: &SentenceCues, drafts: &mut Vec<Draft>) {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            se,
            sh,
            according,
            according_inside,
            first_draft,
            ..
        } = *s;
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
            // So after a short fronted phrase and its comma ("Since last
            // November, according to Human Rights Watch, security forces
            // have killed …", "Now, according to the poll, some states
            // are swinging"): the clause it fronts follows the source.
            let opens_sentence = {
                let (a, b) = trim(text, ss, h.start);
                a >= b || fronted_phrase(text[ss..h.start].trim())
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
            // "…, according to Politico." names the source of the whole
            // clause before it: a claim of its own, unless the clause is
            // the main verb's speech act, which carries the source as its
            // reporting chain ([`carries_according`]). Claims inside the
            // clause carry it too. Set off between a speech verb and its
            // that-clause ("Officials said, according to the report, that
            // …") it names that verb's source only.
            let own_claim = !according_inside
                && !drafts[first_draft..]
                    .iter()
                    .any(|d| carries_according(wd, text, d, ss, h.start));
            if drafts.len() > first_draft {
                for d in &mut drafts[first_draft..] {
                    d.via.extend(via.iter().cloned());
                }
            } else if let Some(k) = attributed_before_according(wd, text, drafts, ss, h.start) {
                // "“…,” Xi said, according to Xinhua": the quote's claim,
                // made before the sentence's cues were read, is the one
                // "according to" carries.
                drafts[k].via.extend(via);
                return;
            }
            if own_claim {
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
}

/// The most words a phrase fronted before a mid-sentence "according to"
/// may have for the source to end at its comma ([`fronted_phrase`]).
const FRONTED_PHRASE_MAX_WORDS: usize = 4;

/// The speaker of a noun cue right after a possessive ("Politifact seized
/// on Trump's claim that …", "Reporters jumped on the mayor's claim"): the
/// possessor, not the clause before it that the walk back read as a noun
/// with a participle and its preposition ("exit polls taken in Iowa"):
/// the phrase after the last lower-case `participle_link` word, or the
/// possessor's own noun phrase after a verb or preposition the walk took in
/// ([`possessor_start`]: "sued to overturn the DNC's denial of …",
/// "including Mr. Trump's assertion that …"). Other speakers are kept.
fn possessor_only(ctx: &Ctx, sp: Speaker, noun_start: usize) -> Speaker {
    let (text, wd) = (ctx.text, ctx.words);
    if !owner_right_before(wd, text, &sp, noun_start) {
        return sp;
    }
    let Some(span) = sp.span.as_ref() else {
        return sp;
    };
    let phrase_words = words_in(text, span.start, span.end);
    let link_end = phrase_words
        .iter()
        .filter(|&&(a, b)| {
            let w = &text[a..b];
            a > span.start && is_lower_word(w) && wd.exact(w) & words::PARTICIPLE_LINK != 0
        })
        .map(|&(_, b)| b)
        .next_back();
    let start = link_end.or_else(|| possessor_start(wd, text, &phrase_words));
    match start.map(|b| trim(text, b, span.end)) {
        Some((a, b)) if a < b => ctx.speaker_from_np(a, b),
        _ => sp,
    }
}

/// Whether `sp` is a noun's owner standing right before it at
/// `noun_start`: a phrase ending in a possessive ("Rubio's", "the
/// senator's") or a possessive pronoun ("His answer was that …").
fn owner_right_before(wd: &DocWords, text: &str, sp: &Speaker, noun_start: usize) -> bool {
    sp.span.as_ref().is_some_and(|p| {
        let phrase = &text[p.start..p.end];
        text.get(p.end..noun_start)
            .is_some_and(|between| between.trim().is_empty())
            && (words::ends_with_possessive(phrase)
                || wd.extra(phrase) & words::POSSESSIVE_PRONOUN != 0)
    })
}

/// The speaker of a noun cue at `noun_start` owned by the possessive
/// pronoun right before it ("His claim that …", "Their fear is that …"),
/// in the sentence starting at `ss`, named back as the subject pronoun
/// is; `None` when another word stands there.
fn possessive_pronoun_before(ctx: &Ctx, ss: usize, noun_start: usize) -> Option<Speaker> {
    let before = ctx.text[ss..noun_start].strip_suffix(' ')?;
    let start = ss + before.rfind([' ', '\n', '"', '(']).map_or(0, |p| p + 1);
    let end = ss + before.len();
    (start < end && ctx.words.extra(&ctx.text[start..end]) & words::POSSESSIVE_PRONOUN != 0)
        .then(|| ctx.resolve_anaphor(start, end))
}

/// The speaker of a noun cue at `noun_start` read off the pronoun right
/// before it, in the sentence starting at `ss`, when the walk back would
/// take in the words before the pronoun too: a possessive pronoun owns
/// the noun and speaks ("doubled down on her claim that …", "would
/// solidify his argument that …"), but an object pronoun after a verb of
/// giving is the receiver, and the verb's subject speaks ("He gave her
/// assurances that …", "offered them guarantees that …"). `None` when no
/// pronoun stands right before the noun, or the pronoun opens the phrase
/// (the walk reads that already).
fn owner_or_giver(ctx: &Ctx, ss: usize, noun_start: usize) -> Option<Speaker> {
    let (text, wd) = (ctx.text, ctx.words);
    let bytes = text.as_bytes();
    let (ps, pe) = word_before(bytes, ss, noun_start)?;
    if text[pe..noun_start] != *" " {
        return None;
    }
    let pronoun = &text[ps..pe];
    let (vs, ve) = word_before(bytes, ss, ps)?;
    let before = &text[vs..ve];
    if !is_lower_word(before) || text[ve..ps] != *" " {
        return None;
    }
    let giving = wd.extra(before) & words::GIVING_VERB != 0;
    if giving && wd.exact(pronoun) & words::OBJECT_PRONOUN != 0 {
        return ctx.speaker_before(ss, vs);
    }
    (wd.extra(pronoun) & words::POSSESSIVE_PRONOUN != 0)
        .then(|| possessive_pronoun_before(ctx, ss, noun_start))
        .flatten()
}

/// Where the possessor's noun phrase starts inside a phrase that ends in
/// it (`phrase_words`), when a word the walk back took in stands before
/// it: a determiner after a lower-case word that is no determiner ("to
/// overturn the DNC's", "evidence of his father's") starts it, save after
/// a role noun's "of" ("the head of the agency's" is the head's); else a
/// lower-case participle before capitalized words ("including Mr.
/// Trump's") ends what came before. `None` when nothing stands before the
/// possessor ("the President's", "Republican presidential candidate
/// Donald Trump's").
fn possessor_start(wd: &DocWords, text: &str, phrase_words: &[(usize, usize)]) -> Option<usize> {
    let word = |i: usize| &text[phrase_words[i].0..phrase_words[i].1];
    let lower_word = |i: usize| is_lower_word(word(i));
    let determiner = |i: usize| wd.exact(word(i)) & words::DETERMINER != 0;
    // From the possessor back: a role noun's "of" phrase is the role's, so
    // the walk goes on to the determiner before the role.
    for i in (1..phrase_words.len()).rev() {
        if !(lower_word(i) && determiner(i)) {
            continue;
        }
        let role_of = word(i - 1) == "of" && i >= 2 && wd.of(word(i - 2)) & words::ROLE_HEAD != 0;
        if role_of {
            continue;
        }
        if lower_word(i - 1) && !determiner(i - 1) {
            return Some(phrase_words[i].0);
        }
        break;
    }
    let last = phrase_words.len().checked_sub(1)?;
    if !word(last).starts_with(char::is_uppercase) {
        return None;
    }
    let participle_at = (0..last)
        .rev()
        .find(|&i| !word(i).starts_with(char::is_uppercase))?;
    let w = word(participle_at);
    // "the ruling Unity Party's": after a determiner it is an adjective.
    let after_determiner = participle_at > 0 && determiner(participle_at - 1);
    (lower_word(participle_at) && w.len() > 4 && w.ends_with("ing") && !after_determiner)
        .then(|| phrase_words[participle_at].1)
}

/// Whether `before`, the sentence's words before an "according to", is a
/// short phrase and its comma with no clause of its own ("In addition,",
/// "About 10:03 p.m.,"): the words after the source's comma are then the
/// main clause, however much they read like an appositive.
fn fronted_phrase(before: &str) -> bool {
    before.strip_suffix(',').is_some_and(|phrase| {
        !phrase.contains(',') && phrase.split_space().count() <= FRONTED_PHRASE_MAX_WORDS
    })
}
