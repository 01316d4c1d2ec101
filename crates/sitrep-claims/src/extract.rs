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

/// What the passes over one document share: the lookups over the text and
/// its actors ([`Ctx`]), the cue lexicon, the cue hits, the direct quotes and
/// where " that " occurs. Built once per document by
/// [`extract_claims_from_occurrences`]; each pass is a method reading it and
/// adding to, or filtering, the document's drafts (session 22's convention:
/// no globals or thread-locals, what passes share is passed).
pub(crate) struct DocPass<'a> {
    pub(crate) ctx: Ctx<'a>,
    pub(crate) layer: &'a TextLayer,
    pub(crate) lex: &'a CueLexicon,
    /// The knowledge base: its persons' given names tell a name in a
    /// "Name: …" line ([`colon_speaker`]).
    pub(crate) kb: &'a Kb,
    /// The cue hits in text order, none inside an actor's name.
    pub(crate) hits: Vec<Hit>,
    /// The direct quotes' spans in text order.
    pub(crate) quotes: Vec<(usize, usize)>,
    /// Per quote of `quotes`, whether it is a quoted title
    /// ([`quoted_title`]): asked once per quote, read by the direct quotes'
    /// pass and by the described subject's check (`only_titles_quoted`).
    pub(crate) quoted_titles: Vec<bool>,
    /// Where " that " occurs: a cue's that-clause is looked for from every cue.
    pub(crate) thats: scan::Occurrences,
    /// Whether the document is election news, read on first need
    /// ([`DocPass::electoral_document`]).
    pub(crate) electoral: std::cell::OnceCell<bool>,
}

/// [`extract_claims`] given the cue scan's result: `cue_occurrences` is
/// every occurrence in `layer.text` of [`CueLexicon::scan_phrases`] as
/// (start, end, index in that list), in any order, as a joint
/// [`sitrep_text::PhraseSets`] scan reports them (the pipeline walks one
/// scanner over the cue and framing phrases, once per document).
pub fn extract_claims_from_occurrences(
    layer: &TextLayer,
    actors: &DocActors,
    kb: &Kb,
    lex: &CueLexicon,
    cue_occurrences: Vec<PhraseOccurrence>,
) -> Vec<ClaimRecord> {
    let text = layer.text.as_str();
    let mentions = sorted_mentions(actors);
    let doc_words = DocWords::new(&lex.words, text);
    let wd = &doc_words;
    let hits = cue_hits(text, lex, wd, cue_occurrences, &mentions);
    // The context and the pass read the same occurrences: the text is
    // searched for them once.
    let thats = scan::Occurrences::new(text, &scan::THAT);
    let quotes = quote_spans(text);
    let quoted_titles = quotes
        .iter()
        .map(|&(qs, qe)| quoted_title(wd, text, open_mark(text, qs), qs, qe))
        .collect();
    let p = DocPass {
        ctx: Ctx {
            text,
            actors,
            mentions,
            words: wd,
            sentences: &layer.sentences,
            who: scan::Occurrences::new(text, &scan::WHO),
            thats: thats.clone(),
            unknown_speaker_in: vec![Default::default(); layer.sentences.len()],
            fronted_subject_start: Default::default(),
        },
        layer,
        lex,
        kb,
        thats,
        quotes,
        quoted_titles,
        hits,
        electoral: std::cell::OnceCell::new(),
    };
    let mut drafts: Vec<Draft> = Vec::new();
    // Which hits attribute a direct quote: the sentences' cues skip them.
    let mut used = vec![false; p.hits.len()];
    let described = p.direct_quote_claims(&mut drafts, &mut used);
    p.sentence_claims(&mut drafts, &used);
    p.block_quote_claims(&mut drafts, &used);
    end_contents_at_described_quotes(text, &described, &mut drafts);
    let turn_texts = p.turn_claims(&mut drafts);
    p.dash_signed_claims(&mut drafts);
    p.drop_non_claims(&mut drafts, &turn_texts);
    p.drop_nested(&mut drafts);
    p.tidy_contents(&mut drafts);
    p.mark_hedged_and_denied(&mut drafts);
    drafts.sort_by_key(|d| (d.content.0.min(d.cue.0), d.cue.0));
    representative_pronouns(&p.ctx, &mut drafts);
    body_pronouns(&p.ctx, &mut drafts);
    it_names_the_subject_before(&p.ctx, &mut drafts);
    depicted_it_has_no_actor(&p.ctx, &mut drafts);
    outlet_vias(&p.ctx, &mut drafts);
    nested_chains(&p.ctx, &mut drafts);
    numbered_records(text, wd, drafts)
}

/// "Humphrey, who calls Trump a "sociopath," said he …": the content of a
/// cue inside a speaker's description ends with the description's quote
/// (`described`: each description's opening comma, its quote's inner end
/// and the start of the cue after it), not in the main cue's clause, which
/// is a claim of its own. A cue before the description ("Aides said the
/// mayor, tired of "…," argued …") keeps its content.
fn end_contents_at_described_quotes(
    text: &str,
    described: &[(usize, usize, usize)],
    drafts: &mut [Draft],
) {
    for &(comma, qe, cue_start) in described {
        for d in drafts.iter_mut() {
            if d.cue.0 > comma && d.cue.1 <= qe && d.content.0 < qe && d.content.1 > cue_start {
                d.content = trim(text, d.content.0, qe);
            }
        }
    }
}

/// The document's mentions sorted by start (borrowed when they already
/// are), so lookups can binary-search and walk them in text order.
fn sorted_mentions(actors: &DocActors) -> Cow<'_, [Mention]> {
    if actors.mentions.windows(2).all(|w| w[0].start <= w[1].start) {
        Cow::Borrowed(&actors.mentions)
    } else {
        let mut sorted = actors.mentions.clone();
        sorted.sort_by_key(|m| (m.start, m.end));
        Cow::Owned(sorted)
    }
}

/// The cue hits of the scan's occurrences and the complementing cues, in
/// text order, without those inside an actor's name.
fn cue_hits(
    text: &str,
    lex: &CueLexicon,
    wd: &DocWords,
    cue_occurrences: Vec<PhraseOccurrence>,
    mentions: &[Mention],
) -> Vec<Hit> {
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
    hits
}

/// The drafts as records, ids `c1`, `c2`, … in their order.
fn numbered_records(text: &str, wd: &DocWords, drafts: Vec<Draft>) -> Vec<ClaimRecord> {
    let cues: Vec<(usize, usize)> = drafts.iter().map(|d| d.cue).collect();
    let mut records: Vec<ClaimRecord> = drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| ClaimRecord {
            id: sitrep_record::numbered_id('c', i + 1),
            speaker: without_edge_debris(
                wd,
                text,
                with_restrictive_relative_clause(
                    wd,
                    text,
                    without_relative_clause(wd, text, d.speaker, &cues),
                    d.cue,
                ),
                d.cue,
            ),
            cue: Span::of(text, d.cue.0, d.cue.1),
            content: Span::of(text, d.content.0, d.content.1),
            stance: d.stance,
            hedged: d.hedged,
            audience: d.audience,
            via: d.via,
        })
        .collect();
    end_contents_at_relative_speakers(text, wd, &mut records);
    records
}

/// "The judges who ruled that the law was void said …": a claim whose
/// speaker is a relative word and whose cue is inside another claim's
/// speaker (a restrictive relative clause on its head) has its content end
/// where that speaker ends, before the main verb.
fn end_contents_at_relative_speakers(text: &str, wd: &DocWords, records: &mut [ClaimRecord]) {
    let relative = |r: &ClaimRecord| {
        r.speaker
            .text
            .as_deref()
            .is_some_and(|t| wd.exact(t) & words::RELATIVE != 0)
    };
    // Most documents have no relative speaker, and need no speaker list.
    if !records.iter().any(relative) {
        return;
    }
    // Only a speaker before its cue: one after it ("said Ornstein, who
    // describes the campaign as …") has no main verb after the clause.
    let speakers: Vec<(usize, usize)> = records
        .iter()
        .filter_map(|r| r.speaker.span.as_ref().filter(|s| s.end <= r.cue.start))
        .map(|s| (s.start, s.end))
        .collect();
    for r in records.iter_mut() {
        if !relative(r) {
            continue;
        }
        let (a, b) = (r.content.start, r.content.end);
        let (c0, c1) = (r.cue.start, r.cue.end);
        let Some(&(_, end)) = speakers
            .iter()
            .find(|&&(s, e)| s < c0 && c1 <= e && a < e && e < b)
        else {
            continue;
        };
        let (a2, b2) = trim(text, a, end);
        if a2 < b2 {
            r.content = Span::of(text, a2, b2);
        }
    }
}

impl DocPass<'_> {
    /// The index of the first hit starting at or after `pos` (hits are in
    /// text order).
    pub(crate) fn hits_from(&self, pos: usize) -> usize {
        self.hits.partition_point(|h| h.start < pos)
    }

    /// Whether the draft's cue is a noun cue's hit ("allegations that").
    pub(crate) fn is_noun_cue(&self, d: &Draft) -> bool {
        self.hits[self.hits_from(d.cue.0)..]
            .iter()
            .take_while(|h| h.start == d.cue.0)
            .any(|h| self.lex.cues[h.cue].kind == CueKind::Noun)
    }

    /// Direct quotes: a speech verb just after or just before the quote
    /// attributes it (its hit is marked in `used`, so the sentence pass skips
    /// it); a quote with none continues the speaker of an earlier one.
    /// Returns the quotes left inside a speaker's description
    /// ([`quote_in_description`]): each description's opening comma, the
    /// quote's inner end and the start of the cue after it.
    fn direct_quote_claims(
        &self,
        drafts: &mut Vec<Draft>,
        used: &mut [bool],
    ) -> Vec<(usize, usize, usize)> {
        let mut described = Vec::new();
        let ctx = &self.ctx;
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass {
            layer,
            lex,
            ref hits,
            ref quotes,
            ref quoted_titles,
            ..
        } = *self;
        let hits_from = |pos: usize| self.hits_from(pos);
        // Direct quotes: a speech verb just after or just before the quote.
        for (qi, &(qs, qe)) in quotes.iter().enumerate() {
            if quoted_titles[qi] {
                continue;
            }
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
            let quoted = quote_text_before_inner_close(text, qe);
            let ends_sentence = quoted.ends_with(['!', '?', '.']);
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
                    || (quoted.ends_with(['!', '?']) && !introduces_quote(h))
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
            // '"…," an official, who spoke on condition of anonymity, said':
            // a speaker described by a relative clause set off by commas.
            let relative_aside = |gap: &str| {
                gap.split_once(", ")
                    .is_some_and(|(_, r)| r.starts_with("who ") || r.starts_with("whose "))
            };
            let attribution_reach = |h: &Hit| {
                let gap = text[mc..h.start.max(mc)].trim_start_matches([',', ' ']);
                if text[..qe].ends_with(',') && !gap.contains(',') {
                    100
                } else if h.start > qe
                    && h.start - qe >= 50
                    && h.start - qe < DESCRIBED_REACH
                    && ((gap.starts_with(|c: char| c.is_uppercase())
                        && ctx
                            .described_subject_before(mc, extend_cue_left(wd, text, mc, h.start)))
                        || relative_aside(gap))
                {
                    DESCRIBED_REACH
                } else {
                    50
                }
            };
            // "said things \"should be wrapped up by June,\" referring to
            // the party's congress": an -ing cue followed by words of its own
            // (more than a setting) opens a clause of its own, so it is not
            // taken as the verb that attributes the quote before it.
            let participle_with_object = |h: &Hit| {
                lex.cues[h.cue]
                    .phrase
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with("ing"))
                    && !empty_or_setting_after_cue(wd, &text[h.end..hi])
            };
            // "… "Election Day," a day on which leaders will seek to
            // engage voters": a verb that reports only an infinitive and
            // has one right after it has its own content, not the quote.
            let infinitive_after = |h: &Hit| {
                lex.cues[h.cue].infinitive_only
                    && text[h.end..hi.max(h.end)]
                        .trim_start()
                        .split_space()
                        .next()
                        .is_some_and(|w| wd.extra(w) & words::INFINITIVE_MARKER != 0)
            };
            // '"…," officials, who asked not to be named, said': a verb
            // inside a relative clause set off by commas after the quote
            // describes the speaker; the verb after the clause's closing
            // comma attributes the quote.
            // '"…," a diplomat who asked about the envoys said': so does
            // a verb whose subject is "who" with no commas, when another
            // speech verb follows it before the sentence ends.
            let inside_relative_aside = |h: &Hit| {
                let gap = &text[mc..h.start.max(mc)];
                let aside = gap
                    .rsplit_once(", ")
                    .is_some_and(|(_, r)| r.starts_with("who ") || r.starts_with("whose "))
                    && text[h.end..hi.max(h.end)].contains(", ");
                let restrictive = || {
                    matches!(gap.trim_end().split_space().next_back(), Some("who"))
                        && hits.iter().skip(hits_from(h.end)).any(|x| {
                            x.start >= h.end
                                && x.start <= hi
                                && lex.cues[x.cue].kind == CueKind::Verb
                                && !text[h.end..x.start].contains([',', '"', '.'])
                        })
                };
                aside || restrictive()
            };
            let found = hits
                .iter()
                .enumerate()
                .skip(hits_from(mc))
                .take_while(|(_, h)| h.start <= hi)
                .find(|(_, h)| {
                    lex.cues[h.cue].kind == CueKind::Verb
                        && !inside_relative_aside(h)
                        && !lex.cues[h.cue].clausal
                        && !lex.cues[h.cue].named_subject
                        && h.start > qe
                        && h.start <= hi
                        && h.start - qe < attribution_reach(h)
                        // The attribution is in the quote's paragraph.
                        && !text[mc..h.start].contains('\n')
                        && bare_after(h)
                        && !participle_with_object(h)
                        && !infinitive_after(h)
                        && attributes_quote_before(wd, text, qe, mc, h, hi)
                });
            if let Some((_, h)) = found {
                let ss = layer
                    .sentence_at(mo)
                    .map_or(0, |i| layer.sentences[i].start);
                if quote_in_description(wd, text, ss, (mo, mc), (h.start, h.end)) {
                    // The description opens at the sentence's last comma
                    // before the quote (`quote_in_description` found one).
                    let from = ss.min(mo);
                    let comma = text[from..mo].rfind(',').map_or(mo, |c| from + c);
                    described.push((comma, qe, h.start));
                    continue;
                }
            }
            let (hi_idx, speaker) = if let Some((i, h)) = found {
                let cs = extend_cue_left(wd, text, mc, h.start);
                // "hailed the vote as "fantastic," telling reporters …":
                // a participle after the quote is never inverted; it
                // speaks for its clause's subject, not for its object.
                let participle = lex.cues[h.cue].phrase.ends_with("ing");
                let sp = ctx
                    .speaker_before(mc, cs)
                    .or_else(|| {
                        participle
                            .then(|| subject_of(ctx, layer, drafts, &lex.cues[h.cue], cs))
                            .flatten()
                    })
                    .or_else(|| ctx.speaker_after(h.end, hi))
                    .or_else(|| subject_of(ctx, layer, drafts, &lex.cues[h.cue], cs));
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
                            // "the TLC reality show “Cake Boss”": a
                            // programme's name after the noun "show".
                            && !names_programme(wd, &text[..h.start], &text[h.start..h.end])
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
                        // for the claim before it, not for the word after it,
                        // nor for a name the speaker walk finds before its
                        // comma ("…of Indiana," Cruz said, adding: "…").
                        // "He supported Obama over Clinton and said: "…"":
                        // a verb after "and" shares its clause's subject,
                        // not the object before the "and".
                        let participle = lex.cues[h.cue].phrase.ends_with("ing");
                        let head = text[slo..cs].trim_end();
                        let coordinated = ends_with_coordinator(text, head, cs);
                        let shared = || subject_of(ctx, layer, drafts, &lex.cues[h.cue], cs);
                        (
                            Some(i),
                            (participle || coordinated)
                                .then(shared)
                                .flatten()
                                .or_else(|| ctx.speaker_before(slo, cs))
                                .or_else(shared)
                                .or_else(|| ctx.speaker_after(h.end, qs)),
                        )
                    }
                    None => (None, None),
                }
            };
            if hi_idx.is_none() {
                let d = continued_quote(wd, text, drafts, mo, (qs, qe))
                    .or_else(|| next_paragraph_quote(text, drafts, &quotes[..qi], mo, (qs, qe)));
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
        described
    }

    /// Turns: "Zarif: Iran will not negotiate" (headlines), "ARAGHCHI: We
    /// will …" (transcripts) — a speaker opening a paragraph, a colon, and
    /// what that speaker says. Returns the spans of the turns made claims of.
    fn turn_claims(&self, drafts: &mut Vec<Draft>) -> Vec<(usize, usize)> {
        let ctx = &self.ctx;
        let Ctx { text, .. } = self.ctx;
        let DocPass { layer, .. } = *self;

        // "Zarif: Iran will not negotiate" (headlines), "Trump on Twitter: …"
        // and "ARAGHCHI: We will …" (transcripts): a speaker opening a
        // paragraph, a colon, and what that speaker says. On real pages most
        // "Words: …" lines are labels, headings, list items and specs ("Pro
        // tip:", "DEAR ABBY:", "Portion Fix Containers: 1 Green"), so the words
        // before the colon must name a speaker ([`colon_speaker`]). The text
        // layer found the lines ([`sitrep_text::turn_label`]); a questioner's
        // turn ("Q:", "REPORTER:") is nobody's claim, and an answer under "A:"
        // names no speaker.
        let transcript_names =
            recurring_caps_names(text, &layer.turns, |w| self.kb.is_person_given_name(w));
        // A document with a questioner's turn or a speaker's name in capitals
        // opening two turns is a transcript: a name in capitals of two words or
        // more opening one turn there is one more speaker ("SARFRAZ BUGTI:"
        // after the recurring "LT GEN AHMED SHARIF CHAUDHRY:").
        let transcript = !transcript_names.is_empty()
            || layer.turns.iter().any(|t| t.role == TurnRole::Questioner);
        // The texts of the turns made claims of, for the first-person cues
        // inside them.
        let mut turn_texts: Vec<(usize, usize)> = Vec::new();
        // The labels of the turns made claims of, with their drafts' index:
        // in a transcript a label names the same holder every time it opens
        // a turn ("THE PRESIDENT:"), whoever the question before it named.
        let mut labels: Vec<(&str, usize, usize)> = Vec::new();
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
            let label = &text[line_start..colon];
            let earlier = labels
                .iter()
                .find(|(l, _, _)| transcript && *l == label)
                .map(|&(_, at, i)| (at, &drafts[i].speaker));
            let speaker = if let Some((at, earlier)) = earlier {
                // The same words at the same place in this label.
                let mut speaker = earlier.clone();
                if let Some(span) = &earlier.span {
                    let (s, e) = (span.start - at + line_start, span.end - at + line_start);
                    speaker.span = Some(Span::of(text, s, e));
                }
                Some(speaker)
            } else if titled {
                Some(ctx.speaker_from_np(line_start, colon))
            } else {
                colon_speaker(
                    self,
                    drafts,
                    line_start,
                    colon,
                    quoted,
                    &transcript_names,
                    transcript,
                )
            };
            if let Some(speaker) = speaker {
                labels.push((label, line_start, drafts.len()));
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
        turn_texts
    }

    /// Block quotes: a speech verb that ends its paragraph with a colon
    /// ("The governor added:", "In a speech last July, he said:") and a
    /// next paragraph of running text, which is what was said, set off
    /// without quote marks (a quoted paragraph is the direct quotes'
    /// pass's). The verb's own sentence has no content, so no other pass
    /// made it a claim. PolNeAR train holds 9 such unquoted paragraphs as
    /// gold content (session 51).
    fn block_quote_claims(&self, drafts: &mut Vec<Draft>, used: &[bool]) {
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        for (i, h) in self.hits.iter().enumerate() {
            let cue = &self.lex.cues[h.cue];
            let plain_verb = cue.kind == CueKind::Verb
                && !cue.clausal
                && !cue.infinitive_only
                && !cue.clause_only
                && !cue.named_subject
                && !cue.position
                && !cue.perception
                && cue.setting == 0;
            if used[i] || !plain_verb {
                continue;
            }
            let Some(after_colon) = text[h.end..].strip_prefix(':') else {
                continue;
            };
            let block = after_colon.trim_start();
            let gap = &after_colon[..after_colon.len() - block.len()];
            if !gap.contains('\n') || block.starts_with(['"', '\'', '\u{201c}', '\u{2018}', '<']) {
                continue;
            }
            let ps = text.len() - block.len();
            let pe = memchr::memchr(b'\n', &text.as_bytes()[ps..]).map_or(text.len(), |p| ps + p);
            let content = trim(text, ps, pe);
            // A heading after the colon ("Here's what the reviews say:",
            // then "What Does It Offer?") opens a section, not a quotation:
            // the block must read as running text and end a sentence.
            let running_text = text[ps..pe]
                .trim_end()
                .ends_with(['.', '!', '"', '\u{201d}', '\u{2019}', '\u{2026}'])
                && !in_title_case_line(text, ps);
            if content.0 >= content.1
                || !running_text
                || drafts.iter().any(|d| d.cue.0 < h.end && h.start < d.cue.1)
            {
                continue;
            }
            let Some(si) = self.layer.sentence_at(h.start) else {
                continue;
            };
            let lo = self.layer.sentences[si].start;
            let cue_start = extend_cue_left(wd, text, lo, h.start);
            let Some(speaker) = self.ctx.speaker_before(lo, cue_start) else {
                continue;
            };
            if speaker.text.is_none() {
                continue;
            }
            drafts.push(Draft::from_cue(speaker, cue, (cue_start, h.end), content));
        }
    }

    /// Dash-signed quotes: a paragraph that is one quote, then a dash and
    /// the name of who said it.
    fn dash_signed_claims(&self, drafts: &mut Vec<Draft>) {
        let ctx = &self.ctx;
        let DocPass { ref quotes, .. } = *self;
        // "“…” — Sonya Herridge": a paragraph that is one quote, then a dash and
        // the name of who said it (readers' voices, pull quotes, epigraphs).
        for &(qs, qe) in quotes {
            if let Some(draft) = dash_signed_quote(ctx, drafts, qs, qe) {
                drafts.push(draft);
            }
        }
    }

    /// The filters over all drafts: advice with a generic modal speaker, a
    /// reason for anonymity, a correction note, a first-person cue inside a
    /// named turn (`turn_texts`) — none is a claim.
    fn drop_non_claims(&self, drafts: &mut Vec<Draft>, turn_texts: &[(usize, usize)]) {
        let Ctx {
            text, words: wd, ..
        } = self.ctx;
        let DocPass { layer, .. } = *self;
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
            // Only a sentence holding "been " can hold the note, and most
            // hold none: one `memchr` walk answers those. The others, three
            // words at a time, on the stack.
            let before_cue = &text[ss..d.cue.0];
            if scan::find_str(before_cue, "been ").is_none() {
                return false;
            }
            let mut ws = before_cue.split_space();
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
                    let phrase = in_document(text, d.speaker.span.as_ref(), t);
                    // The head is one of the phrase's words, and nearly no
                    // phrase holds a text-version word at all: a shape test
                    // (and for the few words it lets through, a look-up) a
                    // word rules those out before the head is worked out.
                    phrase
                        .split_space()
                        .any(|w| wd.may_be_text_version(w) && lower_in(wd, w, words::TEXT_VERSION))
                        && lower_in(wd, phrase_head(wd, phrase), words::TEXT_VERSION)
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
        // "Do you think her health matters?", "What do you think of the
        // plan?": a question put to the reader, a poll's respondent or a
        // guest, the generic "you" after an inverted auxiliary, asks and
        // asserts nothing (PolNeAR train: 5 of 7 such claims not gold, the
        // other two an interviewer's question; session 51).
        let question_to_generic = |d: &Draft| {
            // A span that runs past the text or ends inside a character
            // names nothing here (`in_document` reads spans the same way).
            let (Some(subject), Some(before)) =
                d.speaker.span.as_ref().map_or((None, None), |sp| {
                    (text.get(sp.start..sp.end), text.get(..sp.start))
                })
            else {
                return false;
            };
            let inverted = wd.exact(subject) & words::GENERIC_PRONOUN != 0
                && before
                    .trim_end()
                    .split_space()
                    .next_back()
                    .is_some_and(|w| wd.exact(w) & words::CUE_LEAD != 0);
            // The sentence's end is looked for only after an inverted
            // generic subject, which few drafts have.
            let end = || {
                layer
                    .sentence_at(d.cue.0)
                    .map_or(text.len(), |i| layer.sentences[i].end.max(d.cue.1))
            };
            inverted
                && text[d.cue.1..end()]
                    .trim_end()
                    .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
                    .ends_with('?')
        };
        // "The draft resolution would have condemned Iran's missile
        // tests": a document's counterfactual cue tells of a text that
        // was never adopted, so no claim was made. People are left as
        // they were: PolNeAR marks "Few people would have described Mr.
        // Obama as …" as an attribution (dev).
        let document_counterfactual = |d: &Draft| {
            let mut cue = text[d.cue.0..d.cue.1].split_space();
            let counterfactual = cue
                .next()
                .is_some_and(|w| wd.extra(w) & words::COUNTERFACTUAL_MODAL != 0)
                && matches!(cue.next(), Some("have"))
                && cue.next().is_some();
            counterfactual
                && d.speaker.text.as_deref().is_some_and(|t| {
                    let head = phrase_head(wd, in_document(text, d.speaker.span.as_ref(), t));
                    lower_in(
                        wd,
                        head,
                        words::ISSUED_DOCUMENT | words::POLICY_NOUN | words::FINDING_SOURCE,
                    )
                })
        };
        drafts.retain(|d| {
            !anonymity_reason(d)
                && !document_counterfactual(d)
                && !question_to_generic(d)
                && !generic_modal(d)
                && !conditional_generic_speaker(wd, text, d)
                && !correction_note(d)
                && !first_person_in_turn(d)
        });
    }

    /// Nesting: a draft whose act or stance nests in another's is part of
    /// that claim, not one of its own.
    fn drop_nested(&self, drafts: &mut Vec<Draft>) {
        let ctx = &self.ctx;
        let nested = nested_acts(ctx, drafts);
        let stance = nested_stances(ctx, drafts);
        let noun = nested_noun_cues(ctx.text, drafts, |d| self.is_noun_cue(d));
        let mut index = 0;
        drafts.retain(|_| {
            index += 1;
            !nested[index - 1] && !stance[index - 1] && !noun[index - 1]
        });
    }

    /// Each draft's speaker and content tidied: a role stated by its own
    /// content names no actor; a list mark and an unbalanced closing
    /// parenthesis are trimmed off the content, and a draft whose content
    /// is nothing but that parenthesis and marks ("(… fans of "Prison
    /// Break," Mr. Madden said.)") is dropped.
    fn tidy_contents(&self, drafts: &mut Vec<Draft>) {
        let ctx = &self.ctx;
        let Ctx { text, .. } = self.ctx;
        let angles: Vec<usize> = memchr::memchr_iter(b'<', text.as_bytes()).collect();
        for d in drafts.iter_mut() {
            if role_state_from_own_content(ctx, d) {
                d.speaker.actor = None;
            }
            // "* KAZAKHSTAN TO JOIN …, TRUMP SAYS": a list mark opening the
            // line is no part of what was said.
            d.content.0 = past_list_mark(text, d.content.0, d.content.1);
            d.content.1 = end_before_markup_and_dash(text, &angles, d.content.0, d.content.1);
            // "(He said he would attend.)": the bracket closing the sentence
            // is no part of what was said when the content opens none.
            let (a, b) = d.content;
            let content = &text[a..b];
            if content.ends_with(')') && content.matches('(').count() < content.matches(')').count()
            {
                let (a2, b2) = trim(text, a, b - 1);
                if a2 < b2 {
                    d.content = (a2, b2);
                } else {
                    d.content = (a, a);
                }
            }
        }
        drafts.retain(|d| d.content.0 < d.content.1);
    }

    /// Hedging and denials: a hedge word in the content or the cue, or an
    /// anonymous/source speaker, hedges a draft; a refuting word in an
    /// indirect content makes it a denial.
    fn mark_hedged_and_denied(&self, drafts: &mut [Draft]) {
        let Ctx { text, .. } = self.ctx;
        let DocPass { lex, ref hits, .. } = *self;
        // Hedging: a hedge word in the content, or an anonymous/source speaker.
        // The drafts come mostly in text order (the quotes', then the
        // sentences'): a cursor per position kind walks the hits forward.
        let (mut content_cursor, mut cue_cursor, mut anon_cursor) = (
            HitCursor::default(),
            HitCursor::default(),
            HitCursor::default(),
        );
        for d in drafts.iter_mut() {
            let anon_lo = d.speaker.span.as_ref().map_or(d.cue.0, |s| s.start);
            let in_content = content_cursor.first_from(hits, d.content.0);
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
            let hedge_lead = hits[cue_cursor.first_from(hits, d.cue.0)..]
                .iter()
                .take_while(|h| h.end <= d.cue.1)
                .any(|h| lex.cues[h.cue].kind == CueKind::Hedge);
            let anon = d
                .speaker
                .text
                .as_deref()
                .is_some_and(|t| contains_ignore_ascii_case(t, "source"))
                || hits[anon_cursor.first_from(hits, anon_lo)..]
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
    }
}
