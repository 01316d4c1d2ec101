//! A speech verb's claim ([`DocPass::verb_claim`]) in four steps: its
//! subject (the rejections of a verb that is no speech here, and the
//! speaker before it or inverted after it), a content standing before the
//! verb, the verb's object (particle, that-clause, audience), and the
//! content after the verb up to where it ends.

use super::*;
use std::ops::ControlFlow;

/// How many words after a `that-or-bare` cue its clause's finite verb may
/// stand: a subject of up to five words ("the establishment of settlements
/// was illegal"; "the rest of the party's leaders would follow").
const LONG_BARE_SUBJECT_REACH: usize = 6;

/// How many words into a perception verb's object its "as" may stand:
/// "see the campaign of Donald Trump as most unfair".
const AS_PREDICATE_REACH: usize = 8;

/// Whether an object phrase is followed by an "as" predicate within its
/// first words, before any punctuation or clause word: "the program as
/// detrimental", "Clinton as the candidate with the better chance".
fn as_predicate(wd: &DocWords, lower: &str) -> bool {
    let mut words = lower
        .split_whitespace()
        .take(AS_PREDICATE_REACH)
        .enumerate();
    while let Some((n, w)) = words.next() {
        // "backing the government as the United States … support": an
        // "as" before a name opens a clause, no predicate ("a job as
        // Secretary of Defense" names a role). A possessive name is the
        // predicate's own ("regards Jerusalem as Israel's capital", "sees
        // Clinton as Obama's heir").
        if w == "as" {
            let mut after = words.clone().map(|(_, w)| w).skip_while(|&w| w == "the");
            let named = after.next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && wd.of(w) & words::ROLE_HEAD == 0
                    && !w.ends_with("'s")
                    && !w.ends_with("\u{2019}s")
            });
            return n > 0 && !named;
        }
        let stops = wd.exact(w) & (words::SUBORDINATOR | words::RELATIVE) != 0;
        if stops || w.ends_with([',', ';', ':', '.', '!', '?']) {
            return false;
        }
    }
    false
}

/// Whether the words between a `position` verb and a "that" hold its own
/// object, a to-infinitive or a policy noun ("refused to punish schools",
/// "announced plans Tuesday to expand programs"): the "that" is then a
/// relative inside that object.
fn object_before_that(wd: &DocWords, before: &str) -> bool {
    before.split_whitespace().any(|w| {
        let bare = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        bare == "to" || wd.exact(bare) & words::POLICY_NOUN != 0
    })
}

/// How many words into a `position` verb's object its policy noun may
/// stand: a determiner, a possessive and two modifiers ("his 2013
/// immigration amendments", "the Obama administration's plan").
const POLICY_HEAD_REACH: usize = 5;

/// A speech verb's speaker, as [`DocPass::verb_subject`] found it.
pub(crate) struct VerbSubject<'t> {
    /// The cue's word (its own word for a verb found by its clause).
    pub(crate) cue_word: &'t str,
    /// Where the cue starts, with its auxiliaries and aspect lead.
    pub(crate) cue_start: usize,
    pub(crate) speaker: Speaker,
}

/// What follows a speech verb, as [`DocPass::verb_object`] read it.
pub(crate) struct VerbObject<'t> {
    /// Where the content starts after the cue (past "that" or an audience).
    pub(crate) cs: usize,
    /// Where the cue ends, with its particle.
    pub(crate) cue_end: usize,
    /// The words after the cue (and its particle or aside).
    pub(crate) lower: &'t str,
    /// The "that" after the cue, at its offset in `lower`.
    pub(crate) that: Option<usize>,
    pub(crate) that_now: bool,
    /// The content opens after that "that".
    pub(crate) took_that: bool,
    pub(crate) conditional_commitment: bool,
    pub(crate) audience: Option<String>,
    /// The medium that carried the words ("in a statement carried by KCNA").
    pub(crate) relay: Option<Via>,
}

/// A speech verb that may speak here, as [`DocPass::verb_cue`] read it.
pub(crate) struct VerbCue<'t> {
    /// The cue's word (its own word for a verb found by its clause).
    pub(crate) cue_word: &'t str,
    /// A participle ("saying", "referring to").
    pub(crate) ing_form: bool,
    /// Where the cue starts, with its auxiliaries and aspect lead.
    pub(crate) cue_start: usize,
    /// The sentence before the cue.
    pub(crate) head: &'t str,
}

impl DocPass<'_> {
    /// A speech verb's claim in the sentence `s`, or none when the verb is
    /// not speech here; a relay participle's cited people go to `later`.
    pub(crate) fn verb_claim(
        &self,
        s: &SentenceCues,
        h: Hit,
        drafts: &mut Vec<Draft>,
        later: &mut LaterReporters,
    ) {
        let Some(c) = self.verb_cue(s, h, drafts) else {
            return;
        };
        if let Some((v, comma)) = self.opening_participle_subject(s, h, &c) {
            self.opening_participle_claim(s, h, v, comma, drafts);
            return;
        }
        let Some(v) = self.verb_subject(s, h, c, drafts, later) else {
            return;
        };
        let ControlFlow::Continue((v, aside_then_clause)) =
            self.content_before_verb(s, h, v, drafts)
        else {
            return;
        };
        let Some(mut o) = self.verb_object(s, h, &v, aside_then_clause) else {
            return;
        };
        let Some(end) = self.verb_content_end(s, h, &v, &o) else {
            return;
        };
        if o.relay.is_none() {
            o.relay = self.medium_carrier(s, &o, end.0);
        }
        self.claim_after_verb(h, v, o, end, drafts);
    }

    /// The carrier of a medium setting that closes the content at `end`
    /// ("…, in a statement carried by its Al-Manar television"), who relays
    /// the words.
    fn medium_carrier(&self, s: &SentenceCues, o: &VerbObject, end: usize) -> Option<Via> {
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        // `verb_content_end` read the setting already; it can have ended the
        // content only at its comma, so a content ending elsewhere (nearly
        // all) needs no second read.
        if !text[end..].starts_with(',') {
            return None;
        }
        let (comma, agent) = trailing_medium_setting(wd, &text[o.cs..s.content_end])?;
        let (x, y) = agent.filter(|_| o.cs + comma == end)?;
        self.ctx
            .speaker_after(o.cs + x, o.cs + y)
            .map(|sp| Via::from_speaker(&sp, ViaRole::Relay))
    }

    /// The subject of the main clause after a participle clause that opens
    /// the sentence ("Noting that the deficit grew, the minister said …",
    /// "Recalling that moment, Axelrod said …", "While saying that he
    /// respects her, Sanders …"): the participle speaks for that subject,
    /// with the comma closing its clause. None when the participle is not
    /// the sentence's first word (after at most a coordinator or a
    /// subordinator), when its clause holds a quote or another clause mark
    /// before the comma (whose comma may be no clause's end), or when no
    /// subject naming someone follows the comma.
    fn opening_participle_subject<'t>(
        &self,
        s: &SentenceCues,
        h: Hit,
        c: &VerbCue<'t>,
    ) -> Option<(VerbSubject<'t>, usize)> {
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let cue = &self.lex.cues[h.cue];
        if !c.ing_form || cue.kind != CueKind::Verb || cue.clausal {
            return None;
        }
        let mut lead = c.head.split_space().filter(|w| !w.is_empty());
        match (lead.next(), lead.next()) {
            (None, _) => {}
            (Some(w), None) => {
                let lower = w.to_ascii_lowercase();
                if wd.exact(&lower) & (words::COORDINATOR | words::SUBORDINATOR) == 0 {
                    return None;
                }
            }
            _ => return None,
        }
        let clause = &text[h.end..s.content_end];
        let comma = h.end + scan::find_str(clause, ", ")?;
        if comma == h.end
            || text[h.end..comma].contains(['"', '\u{201c}', '\u{201d}', ';', ':', '(', '—', '\n'])
        {
            return None;
        }
        let speaker = self.ctx.clause_subject(comma + 1, s.content_end)?;
        // The subject must open right after the comma: a phrase found
        // further on belongs to a clause of its own.
        let opens_after_comma = speaker
            .span
            .as_ref()
            .is_some_and(|sp| text[comma + 1..sp.start].trim().is_empty());
        if !opens_after_comma || !self.ctx.shared_subject_names_someone(&speaker, s.ss) {
            return None;
        }
        // "Calling Mr. Burr's challenger, Deborah Ross, “…,” Mrs. Clinton
        // upbraided …": a name set off by commas after the participle's
        // object is an appositive of the object, not the main clause's
        // subject (a relative clause after the subject is its own).
        let span_end = speaker.span.as_ref().map_or(comma, |sp| sp.end);
        if let Some(rest) = text[span_end..s.content_end].strip_prefix(',') {
            if !rest.trim_start().starts_with("who ") {
                return None;
            }
        }
        Some((
            VerbSubject {
                cue_word: c.cue_word,
                cue_start: c.cue_start,
                speaker,
            },
            comma,
        ))
    }

    /// The claim of an opening participle ([`Self::opening_participle_subject`]):
    /// its object read as any verb's inside its clause, which ends at the
    /// comma. The object is read with no speaker (the rules there look for
    /// one before the verb); the claim then takes the main clause's subject.
    fn opening_participle_claim(
        &self,
        s: &SentenceCues,
        h: Hit,
        v: VerbSubject,
        comma: usize,
        drafts: &mut Vec<Draft>,
    ) {
        let clause = SentenceCues {
            content_end: comma,
            ..*s
        };
        let unnamed = VerbSubject {
            speaker: unknown_speaker(),
            ..v
        };
        let Some(o) = self.verb_object(&clause, h, &unnamed, None) else {
            return;
        };
        let Some(end) = self.verb_content_end(&clause, h, &unnamed, &o) else {
            return;
        };
        self.claim_after_verb(h, v, o, end, drafts);
    }

    /// A speech verb that may speak here: none when the verb is no speech
    /// in this place (a passive with "by", whose agent's claim is made here;
    /// an obligation; a modifier after a determiner, a number or a
    /// possessive; another sense; a report noun before another verb).
    fn verb_cue(&self, s: &SentenceCues, h: Hit, drafts: &mut Vec<Draft>) -> Option<VerbCue<'_>> {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            sh,
            content_end,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
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
            if let Some(d) = asked_by_agent_claim(ctx, cue, h, ss, content_end)
                .or_else(|| passive_agent_claim(ctx, cue, h, ss, content_end))
            {
                drafts.push(d);
            }
            return None;
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
            return None;
        }
        // "said in a speech posted online that …": a participle
        // right after a cue's setting describes the setting's
        // noun; the cue before it holds the clause.
        if cue_word.ends_with("ed")
            && sh.iter().map(|&j| hits[j]).any(|x| {
                lex.cues[x.cue].names_setting() && x.end < h.start && text[x.end..h.start] == *" "
            })
        {
            return None;
        }
        let head = text[ss..cue_start].trim_end();
        // After a determiner or preposition the word is an
        // adjective or noun: "his alleged part", "over alleged bombers".
        let prev = head.split_space().next_back().unwrap_or("");
        // "by saying he would stay": a participle after a preposition
        // of means may speak (read with the subject below).
        let means = ing_form && wd.exact(prev) & words::MEANS_PREPOSITION != 0;
        if wd.exact(prev) & words::NOT_BEFORE_CUE != 0 && !means {
            return None;
        }
        // "a raid to detain suspects", "to investigate claims":
        // a word in -s right after an infinitive's verb is that
        // verb's object, a plural noun.
        if infinitive_object(wd, head, cue_word) {
            return None;
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
        let possessive =
            (prev.ends_with("'s") || prev.ends_with("s'")) && wd.of(prev) & words::CONTRACTS_S == 0;
        if number || possessive || (!ing_form && object_relative_text(wd, head)) {
            return None;
        }
        if is_non_speech_sense(wd, prev, &text[h.start..h.end], &text[h.end..content_end])
            || names_programme(wd, head, &text[h.start..h.end])
        {
            return None;
        }
        // "…, claims Iran denies": after a comma, a report noun
        // followed by another speech verb is a noun.
        if head.ends_with(',')
            && wd.exact(&text[h.start..h.end]) & words::REPORT_NOUN != 0
            && sh.iter().map(|&j| hits[j]).any(|x| {
                x.start > h.end && x.start < content_end && lex.cues[x.cue].kind == CueKind::Verb
            })
        {
            return None;
        }
        Some(VerbCue {
            cue_word,
            ing_form,
            cue_start,
            head,
        })
    }

    /// Whether every quote mark in `lo..hi` opens or closes a quoted title
    /// ([`quoted_title`]): "Steven Brill, author of “America’s Bitter
    /// Pill,” said" is one described subject, as PolNeAR's sources hold it.
    fn only_titles_quoted(&self, lo: usize, hi: usize) -> bool {
        let text = self.ctx.text;
        let first = self.quotes.partition_point(|q| close_mark(text, q.1) < lo);
        let mut marks = text[lo..hi]
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'"')
            .map(|(p, _)| lo + p)
            .peekable();
        for (&(qs, qe), &titled) in self.quotes[first..]
            .iter()
            .zip(&self.quoted_titles[first..])
        {
            let (mo, mc) = (open_mark(text, qs), close_mark(text, qe));
            let Some(&p) = marks.peek() else {
                return true;
            };
            if p < mo || !titled {
                return false;
            }
            while marks.next_if(|&p| p < mc).is_some() {}
        }
        marks.peek().is_none()
    }

    /// The whole clause opening before a plain speech verb as its speaker,
    /// when the noun-phrase walk found none there and a reported clause
    /// follows the verb: a subject too long or too nested for the walk
    /// ("Paul Kerr, a former Treasury official who is now a fellow at the
    /// Center for Budget Studies, which works on tax policy, said that …",
    /// "Another worshiper who did not want to be named said he heard …").
    /// None when the words before the verb may be a clause of their own (a
    /// cue among them, a colon, a semicolon, or a quote mark that is no
    /// quoted title's and stands in no description set off by a comma), are
    /// longer than a subject, or open with a word that is no noun phrase's.
    fn whole_subject_before(&self, s: &SentenceCues, h: Hit, c: &VerbCue) -> Option<Speaker> {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let cue = &self.lex.cues[h.cue];
        if cue.kind != CueKind::Verb || cue.clausal || cue.named_subject || c.ing_form {
            return None;
        }
        let start = ctx.fronted_subject_start(s.ss).0;
        if start >= c.cue_start {
            return None;
        }
        let (a, b) = trim(text, start, c.cue_start);
        let phrase = text[a..b].trim_end_matches(',').trim_end();
        let mut b = a + phrase.len();
        // A quoted title closing the subject keeps its closing mark (and the
        // comma inside it): "Kerry Washington, star of television's
        // "Scandal,"".
        if phrase.bytes().filter(|&x| x == b'"').count() % 2 == 1 {
            b = text[b..c.cue_start].find('"').map_or(b, |p| b + p + 1);
        }
        let phrase = &text[a..b];
        let words: Vec<&str> = phrase.split_space().collect();
        if words.is_empty() || words.len() > 30 {
            return None;
        }
        if text[start..c.cue_start].contains([';', ':', '\n', '—', '(', '“', '”'])
            || (text[start..c.cue_start].contains('"')
                && !self.only_titles_quoted(start, c.cue_start)
                && !quotes_in_description(wd, text, start, c.cue_start))
        {
            return None;
        }
        // ", and his radio program …, Jones promotes": a coordinated
        // phrase after a comma may open a clause of its own.
        if phrase.split(", ").skip(1).any(|seg| {
            seg.split_space()
                .next()
                .is_some_and(|w| matches!(w, "and" | "or" | "but" | "nor"))
        }) {
            return None;
        }
        // Another cue before the verb: its clause, not a subject. Not one
        // inside a relative clause set off by commas after the subject's
        // first words ("Humphrey, who calls Trump a "sociopath," said he
        // …"): that clause describes the speaker, and the verb after its
        // closing comma is the main clause's.
        let description_closed = text[a..c.cue_start]
            .trim_end()
            .trim_end_matches('"')
            .ends_with(',');
        let describes_subject = |cue_at: usize| {
            let before = &text[a..cue_at];
            before.rfind(',').is_some_and(|comma| {
                !before[..comma].trim().is_empty()
                    && opens_relative(wd, before[comma + 1..].trim_start())
            })
        };
        if s.sh.iter().map(|&j| self.hits[j]).any(|x| {
            x.start >= a && x.end <= b && !(description_closed && describes_subject(x.start))
        }) {
            return None;
        }
        // "what the jurors do or don't say": a free relative, or a verb
        // coordinated with the cue, is no speaker phrase.
        let last = words[words.len() - 1];
        if matches!(last, "and" | "or" | "but" | "nor")
            || words
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "what" | "whatever"))
        {
            return None;
        }
        let first = words[0];
        let opens_np = first.starts_with(|ch: char| ch.is_uppercase())
            || wd.exact(first) & words::DETERMINER != 0;
        if !opens_np || wd.exact(first) & (words::SUBORDINATOR | words::PRONOUN) != 0 {
            return None;
        }
        // The head noun phrase ends at the first comma or relative word; the
        // walk must read all of it as one phrase, and something must follow
        // it (the descriptions the walk could not read).
        let head_end = words_in(text, a, b).into_iter().find_map(|(ws, we)| {
            let w = &text[ws..we];
            if wd.exact(w) & words::RELATIVE != 0 && ws > a {
                Some(text[..ws].trim_end().len())
            } else if w.ends_with(',') {
                Some(we - 1)
            } else {
                None
            }
        })?;
        if head_end >= b || np_before(wd, text, a, head_end) != Some((a, head_end)) {
            return None;
        }
        let rest = &text[h.end..s.content_end];
        if !(rest.starts_with(" that ") || opens_finite_clause(wd, rest)) {
            return None;
        }
        Some(ctx.speaker_from_np(a, b))
    }

    /// A speech verb's subject: none when its claim is made already (an
    /// addressed passive, an inverted speaker after a comma) or the verb is
    /// no speech with this subject (a naming, a refused passive, a clausal
    /// verb whose subject names no one); else its speaker, before it or
    /// shared with the verb or clause it is coordinated with.
    fn verb_subject<'t>(
        &self,
        s: &SentenceCues,
        h: Hit,
        c: VerbCue<'t>,
        drafts: &mut Vec<Draft>,
        later: &mut LaterReporters,
    ) -> Option<VerbSubject<'t>> {
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
        let cue_word = c.cue_word;
        let ing_form = c.ing_form;
        let cue_start = c.cue_start;
        let head = c.head;
        // "Sanders was asked whether …", "Asked about the vote,
        // she said …", "when asked if …": the passive of an
        // addressee verb names who was asked, not who spoke; the
        // claim (the question) has no named speaker.
        if let Some(content) =
            addressed_passive_content(wd, text, ss, cue_start, h, content_end, cue.infinitive)
        {
            if content.0 < content.1 {
                drafts.push(Draft::from_cue(
                    unknown_speaker(),
                    cue,
                    (cue_start, h.end),
                    content,
                ));
            }
            return None;
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
        // "Clinton paused, then revealed why …", "he praised the race in
        // one breath, then eviscerated its candidates": a verb opening with
        // "then" after a comma goes on from the clause before, like one
        // after "and"; what follows it is no inverted speaker.
        let then_sequel = head.ends_with(',') && text[cue_start..h.start].starts_with("then ");
        let coordinator = ends_with_coordinator(text, head, cue_start) || then_sequel;
        let inverted =
            (head.ends_with(',') && !cue.clausal && !ing_form && !audience_verb && !then_sequel)
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
                        .filter(|&(_, e)| empty_or_setting_after_cue(wd, &text[e..content_end]))
                        .or_else(|| {
                            (!cue.phrase.ends_with("ing"))
                                .then(|| with_appositives(wd, text, np, content_end))
                                .flatten()
                        })
                        .or_else(|| {
                            role_with_apposed_name(wd, text, np, content_end, |r| {
                                empty_or_setting_after_cue(wd, r)
                                    || relative_clause_after_name(wd, r)
                            })
                        })
                })
                // "At Acme, the chief executive, Ann Roe, said profits
                // rose": a described subject before the cue makes
                // what follows it the claim.
                .filter(|_| !ctx.described_subject_before(ss, cue_start))
                // "Witnesses, who asked not to be identified, said
                // soldiers fired": a subject and its relative clause
                // before the cue are the speaker, not the claim.
                .filter(|_| !relative_clause_subject(wd, head))
                // "Trump, asked whether he would meet him, said he might":
                // the subject asked in the aside speaks.
                .filter(|_| !addressed_aside_subject(wd, head));
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
            return None;
        }
        // "She urged the administration to act in Libya, proposed that
        // …": a finite verb listed after a comma shares the subject of the
        // clause the comma closes (not the object before the comma). A name
        // right after the verb may be an inverted speaker the walk above
        // did not take ("…, said Smith, who …"), unless the verb names its
        // audience.
        let name_after = text[h.end..content_end]
            .trim_start()
            .starts_with(char::is_uppercase);
        let listed_subject =
            (head.ends_with(',') && !ing_form && !coordinator && (!name_after || audience_verb))
                .then(|| ctx.listed_predicate_subject(ss, cue_start, h.end))
                .flatten();
        // A participle ("…, saying …", "was quoted as saying") speaks
        // for the subject of the sentence.
        // So does a verb coordinated with an earlier one ("Fields
        // tweeted a photograph and said …").
        // So does one after a subordinator ending a clause,
        // when a reported clause follows it ("Trump met
        // al-Sharaa in Riyadh, a day after announcing he would
        // lift sanctions": not Riyadh; "Stir the fruit before
        // adding the powder" reports nothing), or after a
        // preposition of means ("ended the rally by saying he
        // would stay").
        let subordinate_participle = ing_form && {
            let ws = after_last_of(head, b" ");
            let rest = &text[h.end..content_end];
            // The clause opens with "that", a subject pronoun or
            // a name ("touting their technology" is an object).
            let first = rest.trim_start().split_space().next().unwrap_or("");
            let subject = wd.exact(first) & words::PRONOUN != 0
                || first.starts_with(|c: char| c.is_uppercase());
            wd.exact(&head[ws..]) & (words::SUBORDINATOR | words::MEANS_PREPOSITION) != 0
                && head[..ws].split_whitespace().count() >= 3
                && (rest.starts_with(" that ") || (subject && opens_finite_clause(wd, rest)))
        };
        // After a preposition of means only a reported clause makes
        // the participle speech ("by telling jokes" is an act).
        if !subordinate_participle
            && wd.exact(&head[after_last_of(head, b" ")..]) & words::MEANS_PREPOSITION != 0
        {
            return None;
        }
        // "IRNA quoted Araghchi as saying …": the quoted object speaks; the
        // quoting verb's subject carried the words.
        if ing_form && head.ends_with(" as") {
            if let Some((verb_start, (a, b))) = quoting_verb_before_as(wd, text, ss, cue_start) {
                let speaker = ctx.speaker_from_np(a, b);
                if let Some(reporter) = ctx.clause_subject(ss, verb_start) {
                    later
                        .relayed_to_later
                        .push((vec![Via::from_speaker(&reporter, ViaRole::Relay)], h.start));
                }
                return Some(VerbSubject {
                    cue_word,
                    cue_start,
                    speaker,
                });
            }
        }
        // "Rubio flipped his choice — saying he was rooting for
        // Denver": a dash sets off the participle like a comma.
        let participle = (ing_form && (sets_off_participle(head) || head.ends_with(" as")))
            || subordinate_participle
            || coordinator;
        // A coordinated verb shares the speaker of the verb before
        // it in the sentence ("he promised … and vowed to …").
        // "the businessman who lacks experience and has attacked …": a
        // verb coordinated inside a relative clause shares the relative,
        // not the subject of the claim or sentence before it.
        let coordinated = coordinator
            .then(|| relative_clause_speaker(ctx, ss, cue_start))
            .flatten()
            .or_else(|| {
                coordinator
                    .then(|| self.coordinated_claim_speaker(&drafts[first_draft..], ss, cue_start))
                    .flatten()
            })
            // "in which he promised peace and vowed to …": the
            // verb before it made no claim (an act), but its
            // subject is this verb's too.
            .or_else(|| {
                coordinator
                    .then(|| coordinated_act_subject(ctx, lex, sh, hits, ss, cue_start))
                    .flatten()
            })
            // "The crowd cheered when Roe spotted a sign and asked …":
            // a verb coordinated inside a subordinate clause shares
            // that clause's subject, not the sentence's.
            .or_else(|| {
                coordinator
                    .then(|| ctx.subordinate_clause_subject(ss, cue_start))
                    .flatten()
            })
            // "“…,” the mayor said, adding that …": a participle
            // after a comma speaks for the claim just before it in
            // the sentence, a quote's attribution included.
            .or_else(|| {
                (ing_form && sets_off_participle(head))
                    .then(|| {
                        said_subject(ctx, ss, head)
                            .or_else(|| previous_speaker(text, drafts, ss, cue_start))
                    })
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
        // "The restrictions are harsh, and the ACLU has sued, saying …":
        // a participle after a comma speaks for the nearest finite clause.
        let subject = coordinated
            .or(listed_subject)
            .or_else(|| {
                (ing_form && sets_off_participle(head))
                    .then(|| ctx.coordinated_clause_subject(ss, cue_start))
                    .flatten()
            })
            .or_else(|| {
                participle
                    .then(|| ctx.clause_subject(ss, cue_start))
                    .flatten()
            });
        // The participle or coordinated verb shares a subject
        // that stands away from it ("Sanders gave his standard
        // speech, decrying …"): a `named` row asks that subject
        // to name someone, not to stand right before the verb.
        let shared_subject = subject.is_some();
        let mut speaker = subject
            .or_else(|| ctx.speaker_before(ss, cue_start))
            .or_else(|| self.whole_subject_before(s, h, &c))?;
        // "Protesters marched outside parliament demanding …", "walked
        // through Tehran chanting …": an -ing cue after an intransitive
        // verb and its prepositional phrase speaks for the clause's
        // subject, not for the preposition's object.
        if ing_form && !shared_subject {
            if let Some(verb_start) = intransitive_verb_before(wd, text, ss, cue_start) {
                if speaker.span.as_ref().is_some_and(|sp| sp.end > verb_start) {
                    if let Some(sp) = ctx
                        .clause_subject(ss, verb_start)
                        .filter(|sp| sp.span.as_ref().is_some_and(|x| x.end <= verb_start))
                    {
                        speaker = sp;
                    }
                }
            }
        }
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
        // "The proportion of GOP primary voters saying …": a
        // participle right after "<proportion noun> of X" speaks for
        // X, not for the part counted.
        if ing_form && !shared_subject {
            if let Some((a, b)) = proportion_group(wd, text, &speaker, cue_start) {
                speaker = ctx.speaker_from_np(a, b);
            }
        }
        // "A report first published by the Financial Times and
        // relayed by IRNA said …": the agents of the chain's
        // passive participles carried the words; the noun before
        // the chain is the speaker.
        if let Some((head, vias)) = subject_chain(ctx, lex, sh, hits, ss, cue_start, &speaker) {
            speaker = head;
            later.relayed_to_later.push((vias, h.start));
        }
        if shows_or_names(wd, text, &speaker, &text[h.start..h.end], h.end) {
            return None;
        }
        if object_of_reduced_relative(wd, text, &speaker, ss, h.end, content_end) {
            return None;
        }
        if !shared_subject {
            if let Some((a, b)) = gap_relative_speaker(wd, text, &speaker, h.end, content_end) {
                speaker = ctx.speaker_from_np(a, b);
            }
        }
        // "a corridor through Armenia, to be called the Trump
        // Route", "a town that was named Lincoln": a passive
        // naming verb gives the thing a name; no one speaks
        // (an agent after "by" was read above).
        let passive_naming = wd.exact(&text[h.start..h.end]) & words::NAMING_VERB != 0
            && word_before(text.as_bytes(), ss, h.start)
                .is_some_and(|(a, b)| wd.exact(&text[a..b]) & words::PASSIVE_AUX != 0);
        if passive_naming {
            return None;
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
            return None;
        }
        // "the rule requires that …", "it is clear that …": a
        // verb found only by its clause needs a subject that
        // names someone.
        // "the reporter who is credited with uncovering …", "Trump was
        // mentioned in the report": a verb that speaks only with a subject
        // naming someone says nothing of its subject in the passive. One
        // that takes only a clause is an adjective of the speaker's state
        // there ("officials were worried such a statement would …").
        if cue.named_subject && !cue.clause_only && passive_verb(wd, text, cue_start, h) {
            return None;
        }
        if (cue.clausal || cue.named_subject)
            && !ctx.names_speaker(&speaker, ss, cue_start)
            && !(cue.named_subject
                && shared_subject
                && ctx.shared_subject_names_someone(&speaker, ss))
        {
            return None;
        }
        // "Sanders was declared the winner", "The plan was criticized as
        // reckless", "It was said that …": a speech verb in the passive with
        // no agent says what was said of its subject, not who said it; the
        // claim names no speaker (PolNeAR annotates these without a source).
        if agentless_passive(wd, text, cue, cue_start, h, content_end) {
            speaker = unknown_speaker();
        }
        Some(VerbSubject {
            cue_word,
            cue_start,
            speaker,
        })
    }

    /// The speaker of the claim a verb at `cue_start` after "and"/"but" is
    /// coordinated with, among the sentence's `drafts` so far
    /// ([`coordinated_draft`]); a noun cue's speaker ("attacks from Trump,
    /// but admitted") is no clause's subject.
    fn coordinated_claim_speaker(
        &self,
        drafts: &[Draft],
        ss: usize,
        cue_start: usize,
    ) -> Option<Speaker> {
        // "Ola Berg met with senators who opposed the bill and said …":
        // the claim of a restrictive "who" on the main clause's object is
        // no verb the main clause's "and said" shares a speaker with.
        // Nor is one on the sentence's own subject once the main verb
        // follows its clause ("Senators who opposed the bill met with the
        // president and said …").
        coordinated_draft(drafts, cue_start, |d| {
            self.is_noun_cue(d) || self.ctx.restrictive_who_apart(&d.speaker, ss, cue_start)
        })
        .map(|d| d.speaker.clone())
    }

    /// A content standing before the verb or beside it: a relay phrase
    /// then a that-clause, "<content>, an official told Reuters", a
    /// conformative "as" clause, "<content>, officials said." — `Break`
    /// when the claim is made (or none is); else `Continue` with the short
    /// aside before a bare clause ("says, win or lose, he is staying").
    fn content_before_verb<'t>(
        &self,
        s: &SentenceCues,
        h: Hit,
        v: VerbSubject<'t>,
        drafts: &mut Vec<Draft>,
    ) -> ControlFlow<(), (VerbSubject<'t>, Option<usize>)> {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            se,
            sh,
            content_end,
            first_draft,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
        let VerbSubject {
            cue_word,
            cue_start,
            speaker,
        } = v;
        let after = before_according_comma(&text[h.end..content_end], content_end < se);
        // "Western media reported, citing unnamed officials, that
        // …": a relay phrase between the cue and its clause.
        let relayed = self
            .relay_after_cue(s, h, after, &[CueKind::Relay, CueKind::According])
            .and_then(|x| {
                scan::find_str(&text[x.end..content_end], ", that ").map(|p| (x, x.end + p))
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
                    ctx.relay_vias((ca, cb), x.end, comma)
                };
                drafts.push(Draft {
                    via: via.unwrap_or_default(),
                    ..Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b))
                });
            }
            return ControlFlow::Break(());
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
        let told_audience = (cue.phrase.starts_with("told") || cue.phrase.starts_with("tell"))
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
                // "told Reuters on Thursday.", "told AFP on condition of
                // anonymity.": a time or setting after the audience ends it
                // as a comma would.
                let setting_after = audience_before_setting(wd, object);
                let object = setting_after.map_or(object, |n| &object[..n]);
                let (oa, ob) = trim(text, h.end, h.end + object.len());
                // Before a comma up to three words; at the end one
                // word or a name ("told reporters.", "told the
                // Associated Press."), not a bare clause ("told
                // aides Iran lied.").
                let words: Vec<&str> = text[oa..ob].split_space().collect();
                let capitalized_tail = words
                    .get(1..)
                    .is_some_and(|tail| tail.iter().all(|w| w.starts_with(char::is_uppercase)));
                // "told the Senate Armed Services Committee": a name of
                // capitalized words after its first word may be longer.
                let short = oa < ob
                    && (words.len() <= 3
                        || (capitalized_tail && words.len() <= NAMED_AUDIENCE_MAX_WORDS))
                    && (stop < after.len()
                        || setting_after.is_some()
                        || words.len() == 1
                        || capitalized_tail);
                // "told Starner that “…”": the quote after "that"
                // stopped the object, which then ends in "that". Read by
                // byte: `p` walks every byte of the object, also inside
                // a character beyond ASCII.
                let object_bytes = &text.as_bytes()[..ob];
                let clause = text[oa..ob].ends_with(" that")
                    || (oa..ob).any(|p| {
                        object_bytes[p..].starts_with(b" that ")
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
            return ControlFlow::Break(());
        }
        // "As the Post reported, …", "But as Lee noted last week,
        // …": a conformative "as" clause before the main clause,
        // which is what was reported.
        let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
        if let Some(content) =
            conformative_as_content(wd, text, ss, sp_start, (h.start, h.end), content_end)
        {
            drafts.push(Draft::from_cue(speaker, cue, (cue_start, h.end), content));
            return ControlFlow::Break(());
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
        let aside_then_clause =
            (!aside_then_that && !writers_aside && !text[ss..sp_start].trim_end().ends_with(','))
                .then(|| aside_then_bare_clause(wd, after))
                .flatten();
        if empty_after_cue(wd, after)
            || (after.starts_with(',') && !aside_then_that && aside_then_clause.is_none())
            || setting_only()
        {
            // "<claim>, an accusation Tehran rejected": the noun
            // stands for the claim before the comma, and the
            // speaker is what follows the noun.
            if let Some((sp2, comma)) = speaker
                .span
                .as_ref()
                .and_then(|sp| reported_noun_speaker(ctx, ss, sp.start, sp.end))
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
                return ControlFlow::Break(());
            }
            // "<content>, officials said Wednesday."
            let sp_start = speaker.span.as_ref().map_or(cue_start, |sp| sp.start);
            let pre = text[ss..sp_start].trim_end();
            if let Some(pre) = pre.strip_suffix(',') {
                let (a, b) = trim(text, ss, ss + pre.len());
                if a < b {
                    // "…, the Times reported, citing two officials."
                    let via = self
                        .relay_after_cue(s, h, after, &[CueKind::Relay])
                        .and_then(|x| {
                            // "citing the BBC, Reuters and AFP":
                            // one via per name of a list.
                            let (ca, cb) = trim(text, x.end, content_end);
                            let (ca, cb) = trim(
                                text,
                                ca,
                                ca + text[ca..cb].trim_end_matches(['.', '!', '?']).len(),
                            );
                            ctx.relay_vias((ca, cb), x.end, content_end)
                        });
                    drafts.push(Draft {
                        via: via.unwrap_or_default(),
                        ..Draft::from_cue(speaker, cue, (cue_start, h.end), (a, b))
                    });
                }
            }
            return ControlFlow::Break(());
        }
        ControlFlow::Continue((
            VerbSubject {
                cue_word,
                cue_start,
                speaker,
            },
            aside_then_clause,
        ))
    }

    /// What follows the verb: its particle, its that-clause or the audience
    /// before a bare clause; none when the verb makes no claim here (an
    /// act with an object, a passive "accused of", a ruling, …).
    fn verb_object(
        &self,
        s: &SentenceCues,
        h: Hit,
        v: &VerbSubject,
        aside_then_clause: Option<usize>,
    ) -> Option<VerbObject<'_>> {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass {
            lex,
            ref hits,
            ref thats,
            ..
        } = *self;
        let SentenceCues {
            sh, content_end, ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
        let cue_word = v.cue_word;
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
        if particle == Some("of") && wd.exact(&text[h.start..h.end]) & words::OBJECT_BEFORE_OF != 0
        {
            return None;
        }
        // "warned of the rules that hurt small shops": after a
        // `noun_preposition` particle the content is a noun phrase, and a
        // "that" before no subject opens a relative clause in it, no clause
        // of the cue's; the particle joins the cue and the phrase with its
        // relative is the content, as PolNeAR's gold holds it ("warned of a
        // battle ahead that could split the party"). A "that" before a
        // subject still opens the cue's clause ("stated of the scandal that
        // the report was not good").
        let noun_particle = particle.is_some_and(|w| {
            wd.exact(w) & words::NOUN_PREPOSITION != 0
                && relative_thats_only(wd, &text[h.end + 1 + w.len()..content_end])
        });
        let cue_end = particle
            .map(|w| h.end + 1 + w.len())
            .filter(|&end| noun_particle || thats.first_in(end, content_end).is_none())
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
            return None;
        }
        // "that" opens this cue's content only when no other
        // speech verb comes first ("said X and noted that …").
        // "argued against a law that bans street markets": a cue row
        // that ends in a `noun_preposition` takes a noun phrase, whose
        // relative "that" opens no clause of the cue's, as after a
        // particle.
        let phrase_particle = || {
            cue.phrase.rsplit_once(' ').is_some_and(|(_, last)| {
                wd.exact(last) & words::NOUN_PREPOSITION != 0
                    && relative_thats_only(wd, &text[h.end..content_end])
            })
        };
        let that = if noun_particle || (particle.is_none() && phrase_particle()) {
            None
        } else if cue.clausal {
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
            // "said in an interview that evening that …": the
            // demonstrative dating the telling is passed over and
            // the next "that" opens the clause.
            // "said that day was the worst", "called the events that
            // night treasonous": a "that" before a time noun with no
            // second "that" is a demonstrative too, and opens no clause.
            thats.first_in(cs, content_end).and_then(|t| {
                let after_that = &lower[t + " that".len()..];
                if dating_demonstrative(wd, after_that) {
                    let past = t + " that".len();
                    thats.first_in(cs + past, content_end).map(|u| past + u)
                } else if time_noun_demonstrative(wd, after_that) {
                    None
                } else {
                    Some(t)
                }
            })
        }
        .filter(|&t| {
            // "said in a speech posted online that …": the
            // setting's participle is no cue.
            let setting_participle = |x: &Hit| {
                cue.names_setting() && x.start == cs + 1 && text[x.start..x.end].ends_with("ed")
            };
            // "tells voters who wonder why the war drags on that he has a
            // plan": a cue opening a relative clause on the audience of a
            // telling verb is the listeners' own verb, inside the object;
            // a "that" after its own complement is still the telling's. One
            // right after it is its own ("told a woman who suggested that
            // …").
            let verb = cue_word.split_space().next().unwrap_or("");
            let addressed = words::ADDRESSEE_VERB | words::AUDIENCE_VERB;
            let tells_audience = wd.exact(verb) & addressed != 0;
            let in_audience_relative = |x: &Hit| {
                tells_audience
                    && x.end < cs + t
                    && !text[x.end..cs + t].trim().is_empty()
                    && text[cs..x.start]
                        .trim_end()
                        .split_space()
                        .next_back()
                        .is_some_and(|w| lower_in(wd, w, words::RELATIVE) || w == "that")
            };
            let verb_between = sh.iter().map(|&j| hits[j]).any(|x| {
                x.start > cs
                    && x.start < cs + t
                    && lex.cues[x.cue].kind == CueKind::Verb
                    && !setting_participle(&x)
                    && !in_audience_relative(&x)
                    // "said on the MSNBC show \"Morning Joe\" that …".
                    && !names_programme(wd, &text[..x.start], &text[x.start..x.end])
            });
            // "condemned the exercises as a provocation that
            // threatened regional peace": a relative "that"
            // after the object opens no reported clause.
            // "said trade links that were cut would be restored": a
            // plural auxiliary after the "that" makes it a relative too.
            let after_that = &lower[t + " that".len()..];
            let relative = t > 0
                && (opens_subject_relative(wd, after_that)
                    || plural_auxiliary_after(after_that)
                    || plural_base_relative(wd, &lower[..t], after_that, cue.position));
            // "said the agency could not assure that …": the
            // "that" is the inner verb's (not for an audience:
            // "told reporters gathered outside that …").
            let inner_clause =
                !tells_audience && clause_before_that(wd, &lower[..t], cue.kind == CueKind::Verb);
            // "calls this a false narrative that the base won't buy",
            // "described the attack as a reminder that …": after a
            // characterizing verb's object the "that" is the
            // predicate's; the content starts at the object.
            let characterized = t > 0
                && !cue_word.contains(' ')
                && wd.exact(verb) & words::CHARACTERIZING_VERB != 0;
            // "compared her dilemma to that of Al Gore": a "that" right
            // after a preposition is a pronoun, no complementizer.
            let after_preposition = lower[..t]
                .split_space()
                .next_back()
                .is_some_and(|w| matches!(w, "to" | "with" | "than" | "like" | "from" | "of"));
            // "has refused to punish schools that violate …", "announced
            // plans to expand programs that allow …": after a position
            // verb's infinitive or policy noun the "that" is a relative
            // inside the object, which is the content.
            let position_object_first = cue.position && object_before_that(wd, &lower[..t]);
            // "know how tempting that can be", "knew what that meant":
            // a "that" after the wh-word right after the cue is inside
            // the indirect question (a demonstrative), which is the content.
            let inside_question = lower[..t]
                .split_space()
                .find(|w| !w.is_empty())
                .is_some_and(|w| lower_in(wd, w, words::WH_OPENER));
            // "interventions they believe are promising but that lack
            // …": a conjunction right after the cue closes the cue's own
            // clause, and the "that" after it is the next clause's.
            let after_conjunction = {
                let mut ws = lower[..t].split_space().filter(|w| !w.is_empty());
                ws.next().is_some_and(|w| is_coordinator(wd, w)) && ws.next().is_none()
            };
            !verb_between
                && !after_conjunction
                && !inside_question
                && !position_object_first
                && !after_preposition
                && !characterized
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
            if that > 0 && (cue.phrase.starts_with("told") || cue.phrase.starts_with("tell")) {
                // "told supporters that evening that …": the audience
                // ends before the demonstrative that dates the telling.
                let audience_end = lower[..that]
                    .rfind(" that ")
                    .filter(|&k| dating_demonstrative(wd, &lower[k + " that".len()..]))
                    .unwrap_or(that);
                let (a, b) = trim(text, cs, cs + audience_end);
                if a < b {
                    audience = Some(text[a..b].to_string());
                }
            }
            // "told tens of thousands of protesters gathered
            // outside parliament that …": a long audience with
            // no punctuation is still the object before the clause.
            let long_audience =
                audience.is_some() && that < 120 && !lower[..that].contains([',', ';', ':', '"']);
            // "said in his resignation letter to President
            // Ram Chandra Poudel that …": a long setting before
            // the "that" is where it was said, no content.
            let long_setting = || {
                that < 120 && {
                    let gap = lower[..that].trim();
                    setting_phrases(wd, gap)
                        || setting_to_destination(wd, gap)
                        || setting_with_time_asides(wd, gap)
                }
            };
            if that < 40 || (reported && that < 160) || long_audience || long_setting() {
                // "said in a statement carried by KCNA that …":
                // the medium that carried the words relays them.
                relay = carried_by(wd, &lower[..that]).and_then(|(a, b)| {
                    ctx.speaker_after(cs + a, cs + b)
                        .map(|sp| Via::from_speaker(&sp, ViaRole::Relay))
                });
                // "I assume that was a mistake": a "that" right after
                // the cue and before an auxiliary is the clause's
                // subject, and the content keeps it.
                let subject_that = that == 0
                    && lower[" that".len()..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| auxiliary_word(wd, w));
                cs += that + if subject_that { 1 } else { 6 };
                took_that = true;
            }
        } else if lower.starts_with(" to ")
            && cue.stance == Stance::Assert
            && !cue.infinitive
            && !conditional_commitment
        {
            return None;
        } else if wd.exact(&text[h.start..h.end]) & words::ASPECT_VERB != 0
            && sh.iter().map(|&j| hits[j]).any(|x| {
                x.start == h.end + 1
                    && text[x.start..x.end].ends_with("ing")
                    && lex.cues[x.cue].kind == CueKind::Verb
            })
        {
            // "continued saying that …": the aspect verb joins the
            // -ing cue's claim, as "continued to say" does.
            return None;
        }
        // "had told Washington they did not want …", "told
        // reporters he would stay": without "that", a short
        // object followed by a subject pronoun is the audience,
        // and the pronoun opens the reported clause.
        let cue_classes = wd.exact(cue_word);
        let audience_verb = cue_classes & words::AUDIENCE_VERB != 0;
        if !took_that
            && audience.is_none()
            && lower.starts_with(' ')
            && cue_classes & (words::AUDIENCE_VERB | words::ADDRESSEE_VERB) != 0
        {
            let mut offset = 0;
            // Where a time phrase after the object starts ("told reporters
            // on Monday he would …"): it dates the telling, and the
            // audience ends before it.
            let mut time_start: Option<usize> = None;
            // Set once "in"/"at" and a name after the object opened a
            // place phrase: its words are names up to the reported clause.
            let mut in_place = false;
            for (n, w) in lower.split_space().enumerate().skip(1).take(5) {
                // "asked Sanders how he was feeling", "told them why
                // the stock was a good buy", "asked workers if they
                // would vote": a short object, then a wh-clause (for
                // a question also "if"): the object is the one
                // addressed, the clause the content.
                let wh_opener = lower_in(wd, w, words::WH_OPENER);
                let question_opener = !audience_verb && w == "if";
                if n >= 2 && (wh_opener || question_opener) {
                    let (a, b) = trim(text, cs, cs + offset);
                    if a < b && !text[a..b].contains(['"', '“', '(']) {
                        audience = Some(text[a..b].to_string());
                        cs += offset + 1;
                    }
                    break;
                }
                let word_start = offset;
                // Words are split at single spaces after a
                // leading one: `cs + offset` ends word `w`.
                offset += 1 + w.len();
                // "told reporters Monday he", "told the crowd on Tuesday
                // night the bill …", "told CNN earlier this week she":
                // day and time words after an object of one word or more
                // date the telling; any other word inside them ends the
                // object as before ("told reporters in Boston he").
                let time_word = || {
                    is_day_word(wd, w)
                        || is_lower_word(w)
                            && wd.exact(w) & (words::TIME_WORD | words::TIME_OPENER) != 0
                };
                let in_time = audience_verb
                    && n >= 2
                    && !w.ends_with([',', ';', ':', '.', '"'])
                    && (time_start.is_some() || time_word());
                // "told reporters in Boston he would", "told donors at
                // the club he": "in" or "at" and a name or a determiner's
                // phrase after the object place the telling, as a time
                // phrase dates it; the audience ends before it, and the
                // pronoun after it opens the reported clause as before.
                let place_word = || {
                    !w.ends_with([',', ';', ':', '.', '"'])
                        && wd.exact(w) & (words::PRONOUN | words::RELATIVE | words::SUBORDINATOR)
                            == 0
                };
                let opens_place = audience_verb
                    && n >= 2
                    && time_start.is_none()
                    && matches!(w, "in" | "at")
                    && text[(cs + offset + 1).min(content_end)..content_end]
                        .split_space()
                        .next()
                        .is_some_and(|x| {
                            x.starts_with(|c: char| c.is_uppercase())
                                || wd.exact(x) & words::DETERMINER != 0
                        });
                if opens_place {
                    // The determiner after "in" opens the place, not the
                    // reported clause ("in the room he would").
                    in_place = true;
                    time_start = Some(word_start);
                    continue;
                } else if in_place {
                    if !place_word() {
                        break;
                    }
                } else if in_time {
                    if !time_word() {
                        break;
                    }
                    time_start.get_or_insert(word_start);
                } else {
                    // "telling contradiction was": no noun phrase object.
                    let ends_object = wh_opener
                        || wd.exact(w) & (words::NP_STOP | words::RELATIVE | words::SUBORDINATOR)
                            != 0;
                    if ends_object || w.ends_with([',', ';', ':', '.', '"']) {
                        break;
                    }
                }
                if !audience_verb {
                    continue;
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
                    let (a, b) = trim(text, cs, cs + time_start.unwrap_or(offset));
                    if a < b {
                        audience = Some(text[a..b].to_string());
                        cs = next_start;
                    }
                    break;
                }
            }
        }
        let o = VerbObject {
            cs,
            cue_end,
            lower,
            that,
            that_now: that == Some(0),
            took_that,
            conditional_commitment,
            audience,
            relay,
        };
        (!self.object_makes_act(h, v, &o)).then_some(o)
    }

    /// The verb with its object is an act, no speech: an `only-to` verb
    /// without its complement, a conceded contest or a declared state, a
    /// court's ruling on a case.
    fn object_makes_act(&self, h: Hit, v: &VerbSubject, o: &VerbObject) -> bool {
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let cue = &self.lex.cues[h.cue];
        let speaker = &v.speaker;
        let VerbObject {
            lower,
            that,
            that_now,
            took_that,
            ..
        } = *o;
        // "had never sought nuclear weapons": an intent verb with
        // a noun object reports no speech.
        // The that-clause must open right after the cue, and a
        // to-infinitive may follow a short object ("wants the
        // council to vote").
        // Asked only of an `only-to` cue: splitting the words
        // after every other cue was most of this check's cost.
        let infinitive = || lower.split_whitespace().take(5).any(|w| w == "to");
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
        let complement_fits = || (took_that && that_now) || infinitive() || intent_clause();
        if cue.infinitive_only && !complement_fits() {
            return true;
        }
        // "supports raising the wage", "opposes the ban": a stance verb
        // states a position only on a proposition or a policy; "Iran
        // supports Hezbollah" is an act.
        if cue.position && !self.position_object(o.cs, lower, took_that, cue.stance) {
            return true;
        }
        // "a federal judge refused to let them", "Police refused to drop
        // the charges": a court's or a police body's refusal or offer to
        // act is a ruling or an act of its office, no stated position.
        let office_act = cue.position
            && !took_that
            && lower.split_whitespace().next() == Some("to")
            && speaker.span.as_ref().is_some_and(|sp| {
                let head = phrase_head(wd, &text[sp.start..sp.end]);
                wd.of(head) & (words::LEGAL_BODY | words::ENFORCING_BODY) != 0
            });
        if office_act {
            return true;
        }
        // "No one attacked the plan", "None of his rivals supported the
        // ban": a subject that names no one who acts states no one's
        // position. Asked of the speaker's first word only for a
        // `position` cue whose object passed.
        let no_one = cue.position
            && speaker.span.as_ref().is_some_and(|sp| {
                let first = text[sp.start..sp.end].split_space().next().unwrap_or("");
                wd.extra(first) & words::NEGATIVE_SUBJECT != 0
            });
        if no_one {
            return true;
        }
        // "voters see Clinton as the stronger candidate": a view; "saw him
        // there again" is a sight.
        // "he first saw had no clue": a bare clause needs a subject of
        // its own before its verb.
        // "knew what that meant", "don't see how that can be good": the
        // "that" inside an indirect question opens no clause of its own
        // (`verb_object`), and the question is what is known or seen. A
        // question without one stays no view ("we will see what happens").
        // The "that" is the question's only right after its wh-word or one
        // word later ("what that meant", "how tempting that can be"); further
        // on it opens a relative inside the question ("see what happens to
        // the bill that the House passed"), which stays no view.
        let question = {
            let mut ws = lower.split_whitespace();
            ws.next().is_some_and(|w| lower_in(wd, w, words::WH_OPENER))
                && ws.take(2).any(|w| w == "that")
        };
        if cue.perception
            && !(took_that
                || question
                || opens_bare_clause(wd, lower, cue.stance, 4, true)
                || as_predicate(wd, lower))
        {
            return true;
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
                || (verb_class & words::DECLARING_VERB != 0 && declared_state_object(wd, lower)))
        {
            return true;
        }
        // "Lawmakers stood and applauded several times": a count of
        // times is no object, and the verb reports no words.
        if !took_that && repetition_only(wd, lower) {
            return true;
        }
        // "Macron called Aoun to congratulate him": a named person
        // called with a purpose is a telephone call, no naming ("called
        // the vote illegitimate") and no appeal ("called on X to …").
        if !took_that
            && verb_class & words::NAMING_VERB != 0
            && o.cue_end == h.end
            && telephone_call_object(wd, lower)
        {
            return true;
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
                let c = wd.exact(w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
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
            return true;
        }
        false
    }

    /// Whether a `position` verb's object (`lower`, starting at `cs`) is
    /// what a stated position takes: a that-clause (`clause`), a
    /// to-infinitive, a gerund or a finite clause ("supports raising the
    /// wage", "offered to resign"), a noun phrase headed by a policy noun
    /// within its first words ("opposes the ban", "announced his
    /// candidacy"), or in election news a person ("endorsed Clinton",
    /// "supported her"). A state, a group or a thing is no position:
    /// "Iran supports Hezbollah", "offered a helicopter".
    fn position_object(&self, cs: usize, lower: &str, clause: bool, stance: Stance) -> bool {
        let wd = self.ctx.words;
        let Some(first) = lower.split_whitespace().next() else {
            return false;
        };
        // "backed away from a suggestion that …", "backed off": a particle
        // gives the verb another sense, no stance.
        if wd.exact(first) & words::SENSE_PARTICLE != 0 {
            return false;
        }
        if clause || first == "to" {
            return true;
        }
        let gerund = first.len() > 5
            && first.ends_with("ing")
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && wd.exact(first) & (words::NP_STOP | words::DETERMINER) == 0;
        // "the Group of Seven has backed will be repaid": a bare clause
        // needs a subject of its own before its verb. "supporting the
        // delay as a blow to Obamacare": an "as" predicate says what
        // the thing supported is.
        if gerund
            || opens_bare_clause(wd, lower, stance, 4, true)
            || opens_long_bare_clause(wd, lower, stance, LONG_BARE_SUBJECT_REACH)
            || as_predicate(wd, lower)
        {
            return true;
        }
        for w in lower.split_whitespace().take(POLICY_HEAD_REACH) {
            let bare = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
            let classes = wd.exact(bare);
            if classes & words::POLICY_NOUN != 0 {
                return true;
            }
            let ends_phrase = (bare.len() < w.len() && !w.ends_with("'s"))
                || classes & (words::NP_STOP | words::POSTMODIFIER_LINK) != 0
                || bare == "to";
            if ends_phrase {
                break;
            }
        }
        // "them" may be a group ("the rebels … supported them").
        let person_object = (wd.exact(first) & words::OBJECT_PRONOUN != 0 && first != "them") || {
            let (a, b) = self.ctx.mention_range(cs, cs + 1);
            self.ctx.mentions[a..b]
                .iter()
                .any(|m| self.ctx.actors.actors[m.actor].kind == ActorKind::Person)
        };
        person_object && self.electoral_document()
    }

    /// Whether a `memory` verb's noun or gerund object (`lower`) is what
    /// its speaker remembers: a person speaks (no body the speaker
    /// resolves to or stands for as "it" or "they"), and the object is no
    /// count and no envoy ("Russia recalled its ambassador", "recalled 2
    /// million cars" are acts).
    fn remembered_object(&self, speaker: &Speaker, lower: &str) -> bool {
        let wd = self.ctx.words;
        let Some(first) = lower.split_whitespace().next() else {
            return false;
        };
        let count = first.starts_with(|c: char| c.is_ascii_digit())
            || wd.exact(first) & (words::NUMBER_WORD | words::AMOUNT_WORD) != 0;
        let envoy = lower.split_whitespace().take(3).any(|w| {
            wd.exact(w.trim_end_matches(|c: char| c.is_ascii_punctuation())) & words::ROLE_HEAD != 0
        });
        if count || envoy {
            return false;
        }
        let body_actor = speaker.actor.as_deref().is_some_and(|id| {
            self.ctx
                .actors
                .actor_by_id(id)
                .is_some_and(|a| self.ctx.actors.actors[a].kind != ActorKind::Person)
        });
        let body_pronoun = speaker.span.as_ref().is_some_and(|sp| {
            let w = &self.ctx.text[sp.start..sp.end];
            wd.exact(w) & words::THIRD_PERSON != 0 && sitrep_actors::Gender::of_pronoun(w).is_none()
        });
        !(body_actor || body_pronoun)
    }

    /// Whether the document is election news: one of its words is
    /// `electoral`. Read once, on the first person object of a `position`
    /// verb.
    fn electoral_document(&self) -> bool {
        *self.electoral.get_or_init(|| {
            self.ctx.text.split_whitespace().any(|w| {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                self.lex.words.exact(bare) & words::ELECTORAL != 0
            })
        })
    }

    /// Where the content after the verb ends: at the next act, a remark, a
    /// contrast, a setting, a relative clause's close, a coordinated act, a
    /// summing appositive, another clause, a trailing time or a disputing
    /// aside (returned with the end, and where that aside opens); none
    /// when what follows is no claim (an act with an object, a standing
    /// position).
    fn verb_content_end(
        &self,
        s: &SentenceCues,
        h: Hit,
        v: &VerbSubject,
        o: &VerbObject,
    ) -> Option<(usize, Option<DisputingAside>, Option<usize>)> {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let SentenceCues {
            ss,
            sh,
            content_end,
            ..
        } = *s;
        let cue = &self.lex.cues[h.cue];
        let speaker = &v.speaker;
        let cs = o.cs;
        let lower = o.lower;
        let that = o.that;
        let that_now = o.that_now;
        let took_that = o.took_that;
        let conditional_commitment = o.conditional_commitment;
        let cue_word = self.ctx.text[h.start..h.end]
            .split_space()
            .next_back()
            .unwrap_or("");
        if cue.clause_only {
            let mut object = lower.split_whitespace();
            let first = object.next().unwrap_or("");
            let dated = took_that
                && (wd.exact(first) & words::TIME_WORD != 0
                    || matches!(first, "on" | "in" | "at" | "during"));
            // "had concluded the establishment of settlements was illegal":
            // a `that-or-bare` cue reads a finite verb up to six words on
            // after a plain noun phrase subject.
            let bare_clause = opens_bare_clause(wd, lower, cue.stance, 4, false)
                || (cue.long_bare_clause
                    && opens_long_bare_clause(wd, lower, cue.stance, LONG_BARE_SUBJECT_REACH));
            // "dismissed the idea that …", "rejected Lee's
            // accusations that …": what others said, then its
            // clause; "dismissed the charges as baseless": a
            // denial that says what the thing is.
            // "rejected the accusation.", "dismissed the
            // allegations, saying …": a bare report noun is what
            // others said too (its punctuation trimmed; this
            // covers `reported`, the first two words untrimmed).
            // Whether a report noun stands among the content's words
            // `skip..skip + take`.
            let report_noun_among = |skip: usize, take: usize| {
                lower.split_whitespace().skip(skip).take(take).any(|w| {
                    let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                    wd.exact(w) & words::REPORT_NOUN != 0
                })
            };
            let bare_report = || report_noun_among(0, 3);
            // "dismissed as baseless a report by Axios that …": a fronted
            // "as" judgement, then the report noun it judges.
            let fronted_judgement = || first == "as" && report_noun_among(1, 5);
            let said_by_others = cue.stance == Stance::Deny
                && (bare_report()
                    || fronted_judgement()
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
            // "explained how the fire started": a wh-clause (`clause`).
            let wh_now = cue.wh_clause && lower_in(wd, first, words::WH_OPENER);
            // "recalled the figure of Neil Heslin": what a person
            // remembers (`memory`).
            let remembered = cue.memory && self.remembered_object(speaker, lower);
            if !(clause_now
                || wh_now
                || remembered
                || dated
                || bare_clause
                || said_by_others
                || conditional_commitment
                || study_finding)
            {
                return None;
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
            .filter(|x| lex.cues[x.cue].kind == CueKind::Verb && !lex.cues[x.cue].clausal)
            .find_map(|x| {
                let s0 = extend_cue_left(wd, text, cs, x.start);
                let pre = text[cs..s0].trim_end();
                // "…, saying …": a participle after a comma.
                if lex.cues[x.cue].phrase.ends_with("ing") && pre.ends_with(',') {
                    return Some(cs + pre.len() - 1);
                }
                // "…, with Kremlin spokesman Dmitry Peskov saying …": an
                // absolute phrase whose participle another speaker says.
                if lex.cues[x.cue].phrase.ends_with("ing") {
                    if let Some(p) = absolute_speaker_phrase(wd, pre) {
                        return Some(cs + p);
                    }
                }
                // "…floated by Omani mediators but was rejected by
                // Washington": a passive coordinated with the content's
                // own passive is the content's (`holds_passive`).
                let passive_cue = text[s0..x.start]
                    .split_space()
                    .next()
                    .is_some_and(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
                if passive_cue && holds_passive(wd, pre) {
                    return None;
                }
                before_trailing_coordinator(text, pre, x.start)
                    .map(|p| cs + pre[..p].trim_end().len())
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
        let contrast = scan::find_str(&text[cs..content_end], ", while ").map(|p| cs + p);
        // "predicted a Cruz win in Texas, which votes on March 1": a
        // relative clause that ends the content is the narrator's note.
        let narrator_note = trailing_which_clause(&text[cs..content_end]).map(|p| cs + p);
        // "praised Jeffrey Feltman, a State Department official": the
        // narrator's gloss on a name that ends the content.
        let name_gloss = trailing_name_apposition(wd, &text[cs..content_end]).map(|p| cs + p);
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
                    let Some(&(_, second_end)) = subject.get(1).or(subject.first()) else {
                        return false;
                    };
                    let (ma, mb) = ctx.mention_range(clause_start, second_end);
                    ctx.mentions[ma..mb].iter().any(|m| {
                        let actor = &ctx.actors.actors[m.actor];
                        accused.iter().any(|&id| {
                            actor.id.starts_with(id) || actor.country.as_deref() == Some(id)
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
        let object_relative = object_relative_close(wd, text, ss, speaker, cs, content_end);
        // "When Trump said the state had better comply, she
        // answered: …": a cue in a fronted adverbial clause says
        // only what comes before the comma where the main clause's
        // subject opens.
        let fronted_close = speaker
            .span
            .as_ref()
            .filter(|sp| fronted_subordinate_lead(wd, text[ss..sp.start].trim()))
            .and_then(|_| main_clause_comma(wd, &text[cs..content_end]))
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
                && wd.exact(cue_word.split_space().next().unwrap_or("")) & words::POSITION_VERB != 0
                && noun_object(wd, &text[cs..close])
        });
        if standing_position {
            return None;
        }
        // "criticised the ruling and imposed tariffs": a noun
        // object, then a second verb of the subject's that is an
        // act of its own, not part of what was said.
        // "(who endorses Trump and whom Trump took …)": a second
        // relative clause on the antecedent.
        let second_relative = (!took_that)
            .then(|| coordinated_relative(wd, &text[cs..content_end]))
            .flatten()
            .map(|p| cs + p);
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
        let other_clause = coordinated_clause(wd, &text[cs..content_end]).map(|p| cs + p);
        let dated = trailing_time_adjunct(wd, &text[cs..content_end]).map(|p| cs + p);
        // "announced it was closing its embassy, without giving a
        // reason": the writer's note on the manner of the telling.
        let writer_manner = trailing_without_phrase(wd, &text[cs..content_end]).map(|p| cs + p);
        // "denied any involvement, in a statement carried by Al-Manar": how
        // the words went out, set off at the end, is no part of them.
        let medium_setting =
            trailing_medium_setting(wd, &text[cs..content_end]).map(|(p, _)| cs + p);
        // "endorsed Sanders during a rally in Iowa": when and where a
        // noun-phrase content was told is the writer's setting.
        let object_setting = (!took_that)
            .then(|| trailing_setting_of_object(wd, &text[cs..content_end]))
            .flatten()
            .map(|p| cs + p);
        // "called for a ceasefire after Russia vetoed the draft": a
        // subordinate clause after a noun-phrase content is the writer's.
        // A bare clause ("say Scott deserves the right … because …") keeps
        // its own subordinate clauses.
        // Not for a position verb's reasons ("are supporting the bill because
        // it would cut taxes") nor an accusation's act ("accused Ukraine of
        // provocations when its troops shelled a post"): those clauses are
        // part of what is held or alleged.
        let accusation =
            || wd.exact(cue_word.split_space().next().unwrap_or("")) & words::OBJECT_BEFORE_OF != 0;
        let object_subordinate = (!took_that && !cue.position && !accusation())
            .then(|| subordinate_clause_after_object(wd, &text[cs..content_end]))
            .flatten()
            .filter(|_| {
                !opens_finite_clause(
                    wd,
                    &text[cs - usize::from(text[..cs].ends_with(' '))..content_end],
                )
            })
            .map(|p| cs + p);
        let next_own_act = pronoun_act_clause(wd, &text[cs..content_end], |at| {
            sh.iter()
                .any(|&j| hits[j].start == cs + at && lex.cues[hits[j].cue].kind == CueKind::Verb)
        })
        .map(|p| cs + p);
        // "Democrats supporting Mrs. Clinton have pointed to …": a
        // position participle right after its noun modifies it; its
        // object ends where the sentence's predicate starts. So does the
        // noun object of any cue in a restrictive relative clause, whose
        // speaker is the relative ("Democrats who attacked the plan's
        // critics are now joining …", "Republicans who criticized the
        // plan were outvoted": PolNeAR train holds such clauses as claims
        // of "who" with the object as content); a position verb's object
        // is read so even when it could open a clause.
        let modifier_object = (!took_that
            && speaker.span.as_ref().is_some_and(|sp| {
                let participle = cue.position
                    && v.cue_start == h.start
                    && cue_word.ends_with("ing")
                    && text[sp.end..h.start].trim().is_empty();
                let restrictive_relative = wd.exact(&text[sp.start..sp.end]) & words::RELATIVE != 0
                    && !text[ss..sp.start].trim_end().ends_with(',')
                    && (cue.position
                        || wd.extra(cue_word.split_space().next().unwrap_or(""))
                            & words::OBJECT_VERB
                            != 0
                        || {
                            // The words after the cue with their leading space,
                            // as `opens_finite_clause` reads them.
                            let from = cs - usize::from(text[..cs].ends_with(' '));
                            !opens_finite_clause(wd, &text[from..content_end])
                        });
                participle || restrictive_relative
            }))
        .then(|| object_before_predicate(wd, &text[cs..content_end]))
        .flatten()
        .map(|p| cs + p);
        let aside = disputing_aside(wd, &text[cs..content_end]);
        let disputed = aside.as_ref().map(|x| cs + x.at);
        let end = [
            next_act,
            remarks,
            contrast,
            narrator_note,
            name_gloss,
            setting,
            relative_close,
            object_relative,
            fronted_close,
            coordinated_act,
            second_relative,
            participle_next,
            summary,
            other_clause,
            dated,
            writer_manner,
            medium_setting,
            object_setting,
            object_subordinate,
            next_own_act,
            modifier_object,
            disputed,
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(content_end);
        Some((end, aside, disputed))
    }

    /// The claim after the verb, its content from `o.cs` to `end` (less a
    /// setting alone, a time phrase before a clause, a reflexive object),
    /// and the denial of a disputing aside ending there.
    fn claim_after_verb(
        &self,
        h: Hit,
        v: VerbSubject,
        o: VerbObject,
        (end, aside, disputed): (usize, Option<DisputingAside>, Option<usize>),
        drafts: &mut Vec<Draft>,
    ) {
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        let hits_from = |pos: usize| self.hits_from(pos);
        let cue = &self.lex.cues[h.cue];
        let cue_start = v.cue_start;
        let speaker = v.speaker;
        let cs = o.cs;
        let cue_end = o.cue_end;
        let audience = o.audience;
        let relay = o.relay;
        let took_that = o.took_that;
        let cue_word = self.ctx.text[h.start..h.end]
            .split_space()
            .next_back()
            .unwrap_or("");
        let (mut a, mut b) = trim(text, cs, end);
        // "…," she said on X.': a setting alone ("on X", "in a
        // post on Telegram") is where it was said, not what; so is a
        // time alone ("responded Friday, saying …": the participle has
        // the content).
        if a >= b
            || (!took_that
                && (setting_phrases(wd, &text[a..b]) || empty_after_cue(wd, &text[a..b])))
        {
            return;
        }
        // "said on Monday it had decided to dissolve": a time
        // phrase before a clause with no "that" is when it was
        // said, no part of what.
        if !took_that {
            if let Some(clause) = time_before_clause(wd, &text[a..b]) {
                a += clause;
            }
            if let Some(words) = setting_before_colon(wd, &text[a..b]) {
                a = trim(text, a + words, b).0;
            }
            // "posted a news story with the words "Too late."": the object
            // is the medium, the quotation is what was said.
            if let Some(quote) = quotation_carried_by_object(&text[a..b]) {
                (a, b) = trim(text, a + quote, b);
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
            return;
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

    /// The sentence's relay phrase (a hit of one of `kinds`) right after the
    /// verb `h` and a comma (`after` is what follows the verb), or after a
    /// time or setting: "reported, citing two officials, that …", "first
    /// reported on Thursday, citing two officials, that …".
    fn relay_after_cue(
        &self,
        s: &SentenceCues,
        h: Hit,
        after: &str,
        kinds: &[CueKind],
    ) -> Option<Hit> {
        let Ctx { text, .. } = self.ctx;
        s.sh.iter().map(|&j| self.hits[j]).find(|x| {
            ((after.starts_with(',') && x.start <= h.end + 3)
                || relay_after_setting(self.ctx.words, text, h.end, x.start))
                && x.start > h.end
                && x.end <= s.content_end
                && kinds.contains(&self.lex.cues[x.cue].kind)
        })
    }
}

/// Whether `after_that`, the text right after a " that", reads "evening that
/// …": a time word between two "that"s makes the first a demonstrative that
/// dates the telling ("told supporters that evening that the verdict was
/// political"), no complementiser. Without the second "that" the words may
/// be the clause's own subject ("said that day was the worst") and are kept.
pub(crate) fn dating_demonstrative(wd: &DocWords, after_that: &str) -> bool {
    let mut words = after_that.split_whitespace();
    let time = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && wd.exact(w) & (words::TIME_WORD | words::TIME_UNIT) != 0
    });
    time && words.next() == Some("that")
}

/// Whether `after_that`, the text right after a " that", opens with a time
/// noun in the singular ("that night", "that day", "that morning"): the
/// "that" is a demonstrative of a time, no complementiser ("said that day
/// was the worst", "called the events that night treasonous").
pub(crate) fn time_noun_demonstrative(wd: &DocWords, after_that: &str) -> bool {
    after_that.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with('s')
            && wd.exact(w) & words::TIME_UNIT != 0
    })
}

/// Whether the speech verb `h`, its cue opening at `cue_start`, is a
/// passive with no agent: a plain verb row (not found by its clause nor
/// asking a named subject: "are convinced that …", "is worried about …" are
/// their subject's own states), no word in -ing ("is calling for" is a
/// progressive), a passive auxiliary
/// among the words its cue opens with ("was declared", "has been
/// criticized for"), and no "by" in its clause up to the first comma
/// ("was declared the winner … by news organizations" names its agent).
fn agentless_passive(
    wd: &DocWords,
    text: &str,
    cue: &Cue,
    cue_start: usize,
    h: Hit,
    content_end: usize,
) -> bool {
    // The clause up to its first comma, read last: most cues fail the
    // cheaper tests first.
    let clause = || {
        let rest = &text[h.end..content_end];
        &rest[..memchr::memchr(b',', rest.as_bytes()).unwrap_or(rest.len())]
    };
    cue.kind == CueKind::Verb
        && !cue.clausal
        && !cue.named_subject
        && passive_verb(wd, text, cue_start, h)
        && !clause().split_space().any(|w| w == "by")
}

/// Whether the verb `h` (its clause from `cue_start`) is in the passive: an
/// auxiliary of the passive before it, no progressive, no infinitive after
/// the auxiliary.
fn passive_verb(wd: &DocWords, text: &str, cue_start: usize, h: Hit) -> bool {
    text[cue_start..h.start]
        .split_space()
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0)
        // "is calling for", "is continuing to insist": a progressive is
        // active ("is being criticized" is a passive).
        && !text[cue_start..h.end]
            .split_space()
            .any(|w| w.ends_with("ing") && w != "being")
        // "was quick to point out that …": the auxiliary goes with the
        // aspect word, and the speech verb after "to" is an active
        // infinitive.
        && !text[cue_start..h.start].ends_with(" to ")
}

/// Whether `rest`, the words after a declaring verb, name a state of affairs
/// put in force: the head after a determiner or a number ("declared martial
/// law", "declared a curfew") or the noun after "of" in a measure of it
/// ("declared three days of national mourning", "declared states of emergency
/// in several provinces"). A verb in the first words makes the object the
/// subject of a reported clause ("declared the emergency was over").
pub(crate) fn declared_state_object(wd: &DocWords, rest: &str) -> bool {
    const OF_WITHIN_WORDS: usize = 4;
    const AFTER_OF_WORDS: usize = 3;
    // The object ends at its first punctuation ("declared independence in
    // 1991, has not won …").
    let mut object: Vec<&str> = Vec::new();
    for w in rest
        .split_whitespace()
        .take(OF_WITHIN_WORDS + AFTER_OF_WORDS + 1)
    {
        object.push(w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
        if w.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    let verb = words::CUE_LEAD | words::MODAL | words::PASSIVE_AUX;
    if object
        .iter()
        .take(OF_WITHIN_WORDS)
        .any(|w| wd.exact(w) & verb != 0)
    {
        return false;
    }
    if outcome_object(wd, rest, words::DECLARED_STATE) || modified_state_head(wd, &object) {
        return true;
    }
    let Some(of) = object.iter().take(OF_WITHIN_WORDS).position(|&w| w == "of") else {
        return false;
    };
    object[..of]
        .last()
        .is_some_and(|w| wd.exact(w) & (words::DECLARED_STATE | words::TIME_UNIT) != 0)
        && object[of + 1..]
            .iter()
            .take(AFTER_OF_WORDS)
            .any(|w| wd.exact(w) & words::DECLARED_STATE != 0)
}

/// The most words of an audience of "told" that is a name of capitalized
/// words after its first ("the Senate Armed Services Committee").
const NAMED_AUDIENCE_MAX_WORDS: usize = 6;

/// Where the audience of "told" ends in `object`, the words after the verb
/// up to a comma, when a time or a setting of the speech follows it to the
/// end ("Reuters on Thursday", "reporters in Cairo", "AFP on condition of
/// anonymity", also with a reason clause after it: "… because he was not
/// authorized to speak"): the byte length of the audience, at most three
/// words. `None` when no such tail follows ("reporters on Monday he would
/// veto the bill": a clause, the content).
pub(crate) fn audience_before_setting(wd: &DocWords, object: &str) -> Option<usize> {
    const AUDIENCE_MAX_WORDS: usize = 3;
    // The object opens with the space after the verb: count words from
    // the first, or a three-word audience ("the Associated Press on
    // Thursday") would read as four.
    let mut at = object.len() - object.trim_start_matches(' ').len();
    for (i, w) in object[at..].split(' ').enumerate() {
        // "the Senate Armed Services Committee on Thursday": past three
        // words only a name of capitalized words goes on.
        let in_name =
            (1..NAMED_AUDIENCE_MAX_WORDS).contains(&i) && w.starts_with(char::is_uppercase);
        if i > AUDIENCE_MAX_WORDS && !in_name && !is_setting_preposition(w) {
            return None;
        }
        if i >= 1 && (is_setting_preposition(w) || wd.exact(w) & words::TIME_WORD != 0) {
            let rest = &object[at..];
            let setting = rest
                .split_once(" because ")
                .map_or(rest, |(setting, _)| setting);
            return time_or_setting(wd, setting).then_some(at - 1);
        }
        at += w.len() + 1;
    }
    None
}

/// Whether `lead`, the words before a cue's speaker, opens an adverbial
/// clause: a subordinator ("When", "Though"), after "even" or a
/// conjunction ("Even though", "And while", "But when"), at the sentence's
/// start or, after a conjunction, after a clause's comma ("… moved out, and while our daughter
/// doesn't want to …, the reality is …"). A subordinator after other words
/// ("in a year when Trump …") may be a relative on a noun and opens none.
fn fronted_subordinate_lead(wd: &DocWords, lead: &str) -> bool {
    const MODIFIER_WORDS: usize = 2;
    let (before, last) = lead.rsplit_once(' ').unwrap_or(("", lead));
    if last.is_empty() || wd.exact(last) & words::SUBORDINATOR == 0 {
        return false;
    }

    let mut rest = before.trim_end();
    let mut modifiers = 0;
    for _ in 0..MODIFIER_WORDS {
        let (head, word) = rest.rsplit_once(' ').unwrap_or(("", rest));
        // "And although they haven't …, many …": a coordinator opening
        // the sentence is capitalised.
        let coordinator = wd.exact(word) & words::COORDINATOR != 0;
        if word.is_empty() || !(word.eq_ignore_ascii_case("even") || coordinator) {
            break;
        }
        rest = head.trim_end();
        modifiers += 1;
    }
    // After a clause's comma only with a conjunction between: a bare ",
    // when" after a time ("since the 1950s, when studies found …") is a
    // relative on it, and its clause runs on after a list's commas.
    if !rest.is_empty() && modifiers == 0 {
        return false;
    }
    // ", as Smith reported in his book, the big shots had …": an "as"
    // after a phrase is conformative, and what follows its comma is what
    // was reported.
    rest.is_empty() || (rest.ends_with([',', ';']) && !last.eq_ignore_ascii_case("as"))
}

/// Where in `content`, the words a cue in a fronted adverbial clause
/// governs ("When Trump said the state had better comply, she answered …"),
/// the main clause opens: the first ", " followed by a subject pronoun
/// (also with a contracted auxiliary, "he's"), a determiner or quantifier
/// ("many"), or a name and its verb. A list's comma ("said prices, wages and rents would rise")
/// is followed by neither. At least three words must stand before it: a
/// time alone ("As the Post reported just today, the inspector …") is the
/// cue's setting, not what it governs.
fn main_clause_comma(wd: &DocWords, content: &str) -> Option<usize> {
    const MIN_WORDS_BEFORE: usize = 3;
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", ").map(|p| from + p) {
        from = p + 2;
        if !at_least(content[..p].split_whitespace(), MIN_WORDS_BEFORE) {
            continue;
        }
        let next = content[from..].split_space().next().unwrap_or("");
        // "…, he's sought to protect …": a pronoun with its contracted
        // auxiliary is the subject all the same.
        let classes = wd.exact(next.split(['\'', '\u{2019}']).next().unwrap_or(next));
        let subject_pronoun = classes & words::PRONOUN != 0 && classes & words::OBJECT_PRONOUN == 0;
        // "…, many other members of the party are …": a quantifier
        // (`modifier`) opens a subject as a determiner does.
        if subject_pronoun
            || classes & (words::DETERMINER | words::MODIFIER) != 0
            || named_subject(wd, &content[from..])
        {
            return Some(p);
        }
    }
    None
}

/// Whether `rest` opens with a name and then a word of a main clause's
/// verb or subject ("Clinton cast her rival as …", "Texas Governor Greg
/// Abbott is not having any of it", "Giuliani wouldn't speculate"). A list
/// of names ("Mexico, Canada and China would pay") has a conjunction after
/// its first name, a place's state ("Austin, Texas next week") a time word
/// or preposition.
fn named_subject(wd: &DocWords, rest: &str) -> bool {
    const NAME_WORDS: usize = 5;
    let mut names = 0;
    for w in rest.split_space().take(NAME_WORDS + 1) {
        // "Mr. Obama is also determined …": a title's abbreviation is
        // part of the name.
        let title = w
            .strip_suffix('.')
            .is_some_and(|t| wd.exact(t) & words::ABBREVIATION != 0);
        if w.starts_with(|c: char| c.is_ascii_uppercase())
            && (title || !w.ends_with([',', ';', ':', '.']))
        {
            names += 1;
            continue;
        }
        if names == 0 || !is_lower_word(w.trim_end_matches(|c: char| !c.is_ascii_alphabetic())) {
            return false;
        }
        // After the name, its verb or a noun of the subject ("Clinton
        // campaign officials said"); not a conjunction, preposition, time
        // word or relative, which continue the clause the cue governs
        // ("visit Austin, Texas next week").
        let continues = words::NOT_BEFORE_CUE
            | words::TIME_WORD
            | words::RELATIVE_TIME
            | words::TIME_UNIT
            | words::DETERMINER
            | words::NOUN_LINK
            | words::LOCATIVE
            | words::RELATIVE
            | words::SUBORDINATOR;
        return !is_coordinator(wd, w) && wd.exact(w) & continues == 0;
    }
    false
}

/// Whether `object`, a declaring verb's object up to its first punctuation,
/// is a noun phrase whose head is a `declared_state` noun after a few
/// modifiers ("a continental public health emergency", "a nationwide
/// curfew", "an immediate unilateral ceasefire"): the state is put in force,
/// no words are reported. The modifiers stop at a preposition, determiner or
/// conjunction ("declared victory over the state" is not read through), and
/// a verb after the head makes a clause ("declared the new state had
/// failed"). The head right after the determiner is `outcome_object`'s.
fn modified_state_head(wd: &DocWords, object: &[&str]) -> bool {
    const MODIFIER_WORDS: usize = 3;
    let phrase = match object.split_first() {
        Some((first, rest)) if wd.exact(first) & words::DETERMINER != 0 => rest,
        _ => object,
    };
    let stop = words::NOT_BEFORE_CUE | words::NP_STOP | words::DETERMINER;
    let verb = words::CUE_LEAD | words::MODAL | words::PASSIVE_AUX;
    for (at, word) in phrase.iter().enumerate().take(MODIFIER_WORDS + 1) {
        let classes = wd.exact(word);
        if classes & words::DECLARED_STATE != 0 {
            return at > 0 && phrase.get(at + 1).is_none_or(|w| wd.exact(w) & verb == 0);
        }
        if word.is_empty() || classes & (stop | verb) != 0 {
            return false;
        }
    }
    false
}

/// Whether `rest`, the words after a verb up to its sentence's end, is only
/// a count of times ("several times", "twice", "three more times"): at most
/// three words, the last a `repetition` word and the others numbers,
/// determiners or `repetition_count` words. "had said thank you once" keeps
/// its words.
pub(crate) fn repetition_only(wd: &DocWords, rest: &str) -> bool {
    const COUNT_MAX_WORDS: usize = 3;
    let rest = rest.trim().trim_end_matches(['.', '!', ';']);
    // A count of at most three words ends the object, so its last word is
    // the object's last: read from the end, it settles most objects (whole
    // clauses) without splitting them from the front.
    if rest
        .split_whitespace()
        .next_back()
        .is_none_or(|w| wd.exact(w) & words::REPETITION == 0)
    {
        return false;
    }
    // At most one word past the limit is read, on the stack.
    let mut first_words = [""; COUNT_MAX_WORDS + 1];
    let mut n = 0;
    for w in rest.split_whitespace().take(COUNT_MAX_WORDS + 1) {
        first_words[n] = w;
        n += 1;
    }
    let count = &first_words[..n];
    let Some((last, before)) = count.split_last() else {
        return false;
    };
    let counting = words::NUMBER_WORD | words::DETERMINER | words::REPETITION_COUNT;
    count.len() <= COUNT_MAX_WORDS
        && wd.exact(last) & words::REPETITION != 0
        && before.iter().all(|w| wd.exact(w) & counting != 0)
}

/// Whether `rest`, the words after "called", is a person called with a
/// purpose: a capitalised name of at most three words or an object pronoun,
/// then "to" and a verb ("called Aoun to congratulate him", "called her to
/// offer condolences"), or then the time of the call ("called Machado on
/// Friday", "called Sanders earlier this month", "called her Tuesday
/// night"; session 51). "called the move a step to restore …" names, and
/// "called Trump a liar" has neither after the name.
pub(crate) fn telephone_call_object(wd: &DocWords, rest: &str) -> bool {
    const NAME_MAX_WORDS: usize = 3;
    let mut words = rest.split_whitespace().peekable();
    let Some(first) = words.next() else {
        return false;
    };
    let capital =
        |w: &str| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', ';', ':', '.']);
    if wd.exact(first) & words::OBJECT_PRONOUN == 0 {
        if !capital(first) || wd.exact(first) & words::DETERMINER != 0 {
            return false;
        }
        for _ in 1..NAME_MAX_WORDS {
            if words.peek().is_some_and(|w| capital(w)) {
                words.next();
            }
        }
    }
    let Some(next) = words.next() else {
        return false;
    };
    if next == "to" {
        return words.next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && wd.exact(w) & (words::DETERMINER | words::NUMBER_WORD) == 0
        });
    }
    call_time_opens(wd, next, words)
}

/// Whether `first` and the words after it open a time phrase dating a
/// telephone call: a day ("Friday", "yesterday"; not a preposition or an
/// adverb such as "in", "also", "then"), or up to two `time_opener` or
/// `relative_time` words before a day or a `time_unit` ("on Friday", "last
/// week", "earlier this month"). "called them on it" is no time.
fn call_time_opens<'a>(
    wd: &DocWords,
    first: &'a str,
    mut rest: impl Iterator<Item = &'a str>,
) -> bool {
    const OPENERS_MAX: usize = 2;
    let opener = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && wd.exact(w) & (words::TIME_OPENER | words::RELATIVE_TIME) != 0
    };
    let mut word = first;
    let mut openers = 0;
    while opener(word) && openers < OPENERS_MAX {
        openers += 1;
        let Some(w) = rest.next() else {
            return false;
        };
        word = w;
    }
    let bare = word.trim_end_matches([',', '.', ';']);
    if openers > 0 {
        is_day_word(wd, bare)
            || (bare.starts_with(|c: char| c.is_ascii_lowercase())
                && !bare.contains(['\'', '\u{2019}'])
                && wd.exact(bare) & words::TIME_UNIT != 0)
    } else {
        is_day_word(wd, bare)
            && wd.exact(bare) & (words::NOT_BEFORE_CUE | words::CUE_LEAD | words::TIME_OPENER) == 0
    }
}

/// The group X of a speaker phrase "the <proportion noun> of X" that ends
/// right before `cue_start` ("The proportion of GOP primary voters", "the
/// share of Americans", "a growing number of voters"): the part counted
/// comes first, at most three words up to "of", the last of them a
/// lower-case `proportion_noun`. `None` for any other phrase ("The
/// director of the agency", "Numbers of the report").
fn proportion_group(
    wd: &DocWords,
    text: &str,
    speaker: &Speaker,
    cue_start: usize,
) -> Option<(usize, usize)> {
    const PART_MAX_WORDS: usize = 3;
    let span = speaker.span.as_ref()?;
    if !text[span.end..cue_start].trim().is_empty() {
        return None;
    }
    let phrase_words = words_in(text, span.start, span.end);
    let of_at = phrase_words
        .iter()
        .take(PART_MAX_WORDS + 1)
        .position(|&(a, b)| &text[a..b] == "of")?;
    let noun = &text[phrase_words.get(of_at.checked_sub(1)?)?.0..phrase_words[of_at - 1].1];
    let group_start = phrase_words.get(of_at + 1)?.0;
    (is_lower_word(noun) && wd.extra(noun) & words::PROPORTION_NOUN != 0)
        .then_some((group_start, span.end))
}

/// "The policy changes, which officials said will take effect in May, will
/// not apply to all": a cue whose speaker stands right after a comma and a
/// relative word (the antecedent is the cue's gapped subject or object)
/// says only what comes before the comma that closes the relative clause,
/// the comma after which a finite auxiliary resumes the main clause's
/// predicate. Another comma ("…, with a couple of others") stays
/// in the content, as does the end of a sentence with no such comma
/// (claims93).
fn object_relative_close(
    wd: &DocWords,
    text: &str,
    ss: usize,
    speaker: &Speaker,
    cs: usize,
    content_end: usize,
) -> Option<usize> {
    let sp = speaker.span.as_ref()?;
    let before = text.get(ss..sp.start)?.trim_end();
    let relative = before.split_space().next_back()?;
    if !(is_lower_word(relative) && wd.exact(relative) & words::RELATIVE != 0) {
        return None;
    }
    if !before[..before.len() - relative.len()]
        .trim_end()
        .ends_with(',')
    {
        return None;
    }
    // "will", "was", "has", "could": a finite auxiliary opens the main
    // clause's predicate again.
    let finite = words::BARE_CLAUSE_VERB | words::MODAL | words::PASSIVE_AUX;
    let content = &text[cs..content_end];
    let mut from = 0;
    while let Some(p) = scan::find_str(&content[from..], ", ") {
        let comma = from + p;
        let next = content[comma + 2..].split_space().next().unwrap_or("");
        if is_lower_word(next) && wd.exact(next) & finite != 0 {
            return Some(cs + comma);
        }
        from = comma + 2;
    }
    None
}

/// Where the intransitive verb (`intransitive_past`) that the -ing cue at
/// `cue_start` follows starts, when only a prepositional phrase stands
/// between them: "Protesters marched outside parliament demanding …",
/// "The minister spoke at a rally in Ohio saying …". A comma, more than
/// eight words, or a second clause between them (a subordinator or
/// relative, or an auxiliary there or opening the cue: "Macron arrived in
/// Paris as protesters were demanding …", "spoke at a rally where
/// supporters were chanting …", whose cue has a subject of its own) is no
/// such adjunct. Nor is a companion or an addressee of people after "with"
/// or "to" ("Netanyahu spoke with families of hostages demanding a deal",
/// "responded to protesters chanting …": the participle describes them,
/// [`people_after_preposition`]).
fn intransitive_verb_before(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
) -> Option<usize> {
    let second_clause = |w: &str| {
        let clause_words = words::SUBORDINATOR
            | words::RELATIVE
            | words::PASSIVE_AUX
            | words::VERB_GROUP_AUX
            | words::MODAL;
        wd.exact(w) & clause_words != 0
    };
    if text[cue_start..]
        .split_space()
        .next()
        .is_some_and(second_clause)
    {
        return None;
    }
    let stretch = &text[ss..cue_start];
    let mut at = ss;
    let mut verb: Option<usize> = None;
    let mut after_verb = 0;
    for w in stretch.split_space() {
        let start = at;
        at += w.len() + 1;
        if verb.is_some() {
            after_verb += 1;
            if after_verb == 1 && wd.exact(w) & (words::LOCATIVE | words::ROLE_PREPOSITION) == 0 {
                return None;
            }
            if after_verb == 1
                && matches!(w, "with" | "to")
                && people_after_preposition(wd, &text[at.min(cue_start)..cue_start])
            {
                return None;
            }
            if after_verb > 8 || w.ends_with([',', ';', ':', '"']) || second_clause(w) {
                return None;
            }
        } else if w.starts_with(|c: char| c.is_ascii_lowercase())
            && wd.extra(w) & words::INTRANSITIVE_PAST != 0
        {
            verb = Some(start);
        }
    }
    verb.filter(|_| after_verb >= 2)
}

/// Whether `head`, the sentence up to a verb cue, ends in a text or picture
/// noun after its determiner and then a name: "The photo Trump posted
/// showed …", "the video Hamas released …", "the letter the Pentagon sent
/// …". The verb is then an object relative clause's, whose object is the
/// noun before the name: it reports nothing, and what follows it is the
/// main clause's predicate. After a preposition the noun is a fronted
/// setting and the name the subject ("In the statement Trump said …"), and
/// after a comma a summing noun whose verb takes the clause before it ("…,
/// an accusation Tehran rejected"); a participle cue is none ("released a
/// statement Wednesday saying …").
pub(crate) fn object_relative_text(wd: &DocWords, head: &str) -> bool {
    object_relative_text_start(wd, head).is_some()
}

/// Where the determiner opening [`object_relative_text`]'s noun phrase
/// stands in `head` ("The photo Trump posted showed …": the speaker of
/// "showed" is "The photo Trump posted", read by
/// `Ctx::object_relative_speaker`).
pub(crate) fn object_relative_text_start(wd: &DocWords, head: &str) -> Option<usize> {
    const NAME_MAX_WORDS: usize = 4;
    let mut back = head.split_space().rev().peekable();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // "released a statement Wednesday saying": a day is no name.
    let name = |w: &str| capital(w) && wd.exact(w) & words::TIME_WORD == 0;
    let mut name_words = 0;
    while back.peek().is_some_and(|w| name(w)) && name_words < NAME_MAX_WORDS {
        back.next();
        name_words += 1;
    }
    if name_words == 0 {
        return None;
    }
    // "the report the Pentagon released": the name's own article.
    if back.peek().is_some_and(|&w| w == "the") {
        back.next();
    }
    let text_noun = words::REPORT_NOUN | words::ISSUED_DOCUMENT | words::DEPICTION;
    let noun = back.next().unwrap_or("");
    let determiner = back.next().unwrap_or("");
    if !is_lower_word(noun)
        || wd.exact(noun) & text_noun == 0
        || wd.exact(determiner) & words::DETERMINER == 0
    {
        return None;
    }
    // "Israel said Iran had directed it, an accusation Tehran rejected": a
    // noun summing the clause before the comma, whose content the verb
    // takes (`sentence::summing_report_noun`).
    // Any class of prepositions: "Asked about the report Trump said he had
    // not read it" has the noun after "about" (`cue_particle`), and "said"
    // is Trump's.
    let preposition = words::OPENING_PREPOSITION
        | words::LOCATIVE
        | words::ROLE_PREPOSITION
        | words::MEANS_PREPOSITION
        | words::NOUN_PREPOSITION
        | words::POSTMODIFIER_LINK
        | words::CUE_PARTICLE;
    let opens = back
        .next()
        .is_none_or(|w| !w.ends_with(',') && wd.exact(w) & preposition == 0);
    // `determiner` is a slice of `head`.
    opens.then(|| determiner.as_ptr() as usize - head.as_ptr() as usize)
}

/// Whether `object`, the words between "with" or "to" and a participle cue,
/// names people: a lower-case word of people (`speaker_noun`, `role_head`,
/// `speaker_head`: "families of hostages", "the protesters", "reporters")
/// among its first four words. A place or a name ("marched to
/// parliament", "went to Washington") is none: there the clause's subject
/// goes on doing the participle.
fn people_after_preposition(wd: &DocWords, object: &str) -> bool {
    let people = words::PEOPLE_NOUN;
    object
        .split_space()
        .take(4)
        .any(|w| is_lower_word(w) && wd.exact(w) & people != 0)
}

/// The most words a quoted object may hold between a quoting verb and its
/// "as" ("quoted a senior Iranian official close to the talks as saying").
const QUOTED_OBJECT_MAX_WORDS: usize = 10;

/// Whether `object`, the words between a quoting verb and its "as", can be
/// the quoted party: one to [`QUOTED_OBJECT_MAX_WORDS`] words, no mark of
/// another clause or a quote, and no preposition opening them.
fn quoted_object_words(wd: &DocWords, object: &str) -> bool {
    let object = object.trim();
    // "Putin was also quoted by Reuters as saying", "was quoted in Izvestia
    // as saying": a "by" agent or a place after the verb makes it a passive
    // participle whatever stands before it (an adverb hides the auxiliary
    // from `passive_quoting`); an object opens with no preposition.
    let opens_with_preposition = object
        .split_space()
        .next()
        .is_some_and(|w| w == "by" || wd.exact(w) & words::LOCATIVE != 0);
    !object.is_empty()
        && !opens_with_preposition
        && !object.contains([',', ';', ':', '"', '(', '“'])
        && object.split_space().count() <= QUOTED_OBJECT_MAX_WORDS
        // "was quoted today as saying": a time is no object.
        && object
            .split_space()
            .any(|w| wd.exact(w) & words::TIME_WORD == 0)
}

/// Whether the quoting verb starting at `verb_start` is a passive ("King
/// Hassan was quoted today as saying"): its subject is the quoted party.
fn passive_quoting(wd: &DocWords, text: &str, verb_start: usize) -> bool {
    text[..verb_start]
        .split_space()
        .nth_back(1)
        .is_some_and(|w| wd.exact(w) & words::PASSIVE_AUX != 0)
}

/// The quoting verb and its object before the "as" that the -ing cue at
/// `cue_start` follows ("IRNA quoted Araghchi as saying"): where the verb
/// starts, and the object's span.
fn quoting_verb_before_as(
    wd: &DocWords,
    text: &str,
    ss: usize,
    cue_start: usize,
) -> Option<(usize, (usize, usize))> {
    let head = text[ss..cue_start].trim_end();
    let as_start = ss + head.strip_suffix(" as")?.len();
    let mut at = ss;
    let mut found = None;
    for w in text[ss..as_start].split_space() {
        if wd.extra(w) & words::QUOTING_VERB != 0 {
            found = Some((at, at + w.len()));
        }
        at += w.len() + 1;
    }
    let (verb_start, verb_end) = found?;
    (!passive_quoting(wd, text, verb_start) && quoted_object_words(wd, &text[verb_end..as_start]))
        .then(|| (verb_start, trim(text, verb_end, as_start)))
}
