//! The reporting chain (`via`): the source after "according to", cited
//! phrases and lists of names ("citing Reuters and AP"), relays after a
//! setting, and speakers that are outlets.

use super::*;

/// What follows a cue up to where its content must end (`after`), without
/// the comma that sets off an "according to" after it when one ends the
/// content there (`cut`): "…, Araghchi said on Sunday, according to IRNA"
/// reads " on Sunday" after the cue, a setting of a postposed cue whose
/// claim "according to" gives a via.
pub(crate) fn before_according_comma(after: &str, cut: bool) -> &str {
    if !cut {
        return after;
    }
    let t = after.trim_end();
    t.strip_suffix(',').unwrap_or(after)
}

/// The claim a sentence's "according to" at `at` is the source of when the
/// sentence made no claim of its own: a quote's claim whose attribution
/// ends right before it, after only a time or setting ("“…,” Xi said,
/// according to Xinhua", "“…,” he said on Sunday, according to IRNA",
/// "He said: “…”, according to the agency"). The last such draft, by index.
pub(crate) fn attributed_before_according(
    wd: &DocWords,
    text: &str,
    drafts: &[Draft],
    ss: usize,
    at: usize,
) -> Option<usize> {
    drafts.iter().rposition(|d| {
        let end = d.cue.1.max(d.content.1);
        if end > at || end < ss || d.cue.0 >= at {
            return false;
        }
        let gap = text[end..at]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\u{201d}'));
        gap.is_empty() || time_or_setting(wd, gap)
    })
}

/// Whether `d`, a claim of the sentence opening at `ss`, is the main
/// clause's speech act that a later "according to" at `at` carries: a verb
/// of telling ("said", "told", "reported"; no depiction or finding), its
/// claim ending right before the "according to" (after only a comma, a
/// time or a setting), and its speaker opening the clause (at the
/// sentence's start or after a fronted phrase and its comma: "On Monday,
/// Trump said …") or its content opening the sentence before a postposed
/// cue ("…, the minister said on Sunday, according to …"). "Biden said he
/// would veto the bill, according to an aide" is Biden's claim with the
/// aide as its chain. A relative clause's speaker ("voters who say …") or
/// an act ("declined to renew the offer") is no such claim: the source
/// then names the clause, a claim of its own.
pub(crate) fn carries_according(
    wd: &DocWords,
    text: &str,
    d: &Draft,
    ss: usize,
    at: usize,
) -> bool {
    let end = d.cue.1.max(d.content.1);
    if end > at || d.cue.0 < ss {
        return false;
    }
    let gap = text[end..at]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\u{201d}'));
    if !(gap.is_empty() || time_or_setting(wd, gap)) {
        return false;
    }
    let telling =
        words::REPORTING_VERB | words::SAID_FORM | words::AUDIENCE_VERB | words::CONFORMATIVE_VERB;
    // A participle reads as its verb: "…, saying the talks had stalled,
    // according to state media" ("saying" → "say").
    let classes = text[d.cue.0..d.cue.1].split_space().fold(0, |classes, w| {
        let stem = w.strip_suffix("ing").filter(|s| s.len() >= 3);
        classes | wd.exact(w) | stem.map_or(0, |s| wd.exact(s))
    });
    if classes & telling == 0 || classes & (words::DEPICTION_VERB | words::FINDING_VERB) != 0 {
        return false;
    }
    let clause_start = trim(text, ss, at).0;
    let postposed = d.cue.0 >= d.content.1 && d.content.0 <= clause_start + 1;
    let speaker_opens = d.speaker.span.as_ref().is_some_and(|sp| {
        let before = text[ss..sp.start.max(ss)].trim();
        let relative = wd.exact(&text[sp.start..sp.end]) & words::RELATIVE != 0;
        !relative && (before.is_empty() || before.ends_with(','))
    });
    postposed || speaker_opens
}

/// What a fronted "Citing X, <speaker> <verb> …" cites (`a..b`, after
/// the participle ending at `cue_end`) and where the main clause's speech
/// verb starts: the words up to the first comma, when they name a source
/// (people, or an actor that is no state or place, as "a statement from
/// the Guards' navy" does; "citing security concerns" and "citing Israel's
/// strikes" name reasons) and a speech verb follows in the sentence.
pub(crate) fn fronted_citation(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    cue_end: usize,
    content_end: usize,
) -> Option<(usize, usize, usize)> {
    let text = ctx.text;
    let comma = cue_end + scan::find_str(&text[cue_end..content_end], ", ")?;
    let verb_start = sh
        .iter()
        .map(|&j| hits[j])
        .find(|x| x.start > comma && x.end <= content_end && lex.cues[x.cue].kind == CueKind::Verb)?
        .start;
    let (a, b) = trim(text, cue_end, comma);
    if a >= b {
        return None;
    }
    let cited = ctx.speaker_from_np(a, b);
    // "citing a statement from the Guards' navy", "citing a report by
    // the UN": a document issued by a named source.
    let document = {
        let mut ws = text[a..b].split_space();
        let mut w = ws.next().unwrap_or("");
        if ctx.words.exact(w) & words::DETERMINER != 0 {
            w = ws.next().unwrap_or("");
        }
        let by = ws.next().unwrap_or("");
        let mut named = ws.next().unwrap_or("");
        if ctx.words.exact(named) & words::DETERMINER != 0 {
            named = ws.next().unwrap_or("");
        }
        ctx.words.exact(w) & words::ISSUED_DOCUMENT != 0
            && matches!(by, "from" | "by")
            && named.starts_with(|c: char| c.is_uppercase())
    };
    let speaks = document
        || cited
            .actor
            .as_deref()
            .and_then(|id| ctx.actors.actor_by_id(id))
            .is_some_and(|i| {
                !matches!(
                    ctx.actors.actors[i].kind,
                    ActorKind::Country | ActorKind::Place
                )
            });
    (speaks || ctx.cites_people(&cited, false)).then_some((a, b, verb_start))
}

/// Whether a relay cue at `relay_start` follows the cue ending at `cue_end`
/// after only a time or setting and a comma ("reported on Wednesday, citing
/// two officials"): the relay names who carried the postposed claim.
pub(crate) fn relay_after_setting(
    wd: &DocWords,
    text: &str,
    cue_end: usize,
    relay_start: usize,
) -> bool {
    relay_start > cue_end
        && text.get(cue_end..relay_start).is_some_and(|gap| {
            gap.strip_suffix(", ").is_some_and(|setting| {
                let setting = setting.trim();
                !setting.is_empty() && time_or_setting(wd, setting)
            })
        })
}

/// The source named after "according to", up to `hi` (the sentence end or
/// a reporting-chain phrase): the whole rest when it is one phrase with
/// its modifiers and appositives ("officials familiar with the system",
/// "the SITE Intelligence Group, which monitors …"), else up to the first
/// comma. A dash between spaces ends it: what follows is an aside on the
/// claim ("according to the Tax Policy Center - half a percentage point
/// of GDP").
pub(crate) fn according_source(
    wd: &DocWords,
    text: &str,
    start: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let rest = &text[start..hi];
    let rest = [" - ", " -- ", " \u{2013} "]
        .iter()
        .filter_map(|mark| rest.find(mark))
        .min()
        .map_or(rest, |aside| &rest[..aside]);
    let lead = rest.len() - rest.trim_start().len();
    let body = rest.trim_end().trim_end_matches(['.', '!', '?', ',']);
    // "(… noted, according to guidance from the Mayo Clinic.)": the
    // bracket closing an aside the source stands in is no part of it.
    let body = match body.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner.trim_end_matches(['.', '!', '?', ',']),
        _ => body,
    };
    let body = &body[lead.min(body.len())..];
    let s = start + lead;
    let e = match body.find(',') {
        None => s + body.len(),
        Some(c) if body[c + 1..].split(',').all(|seg| is_appositive(wd, seg)) => s + body.len(),
        Some(c) => s + c,
    };
    let phrase = &text[s..e];
    (s < e && phrase.split_space().count() <= 20 && !phrase.contains(['"', ';', '\n']))
        .then_some((s, e))
}

impl Ctx<'_> {
    /// Whether a cited phrase names people: an actor that speaks ends it
    /// ("citing the BBC") or its head noun, the last word before a
    /// post-modifier, is a speaker's ("two diplomats familiar with the
    /// matter"; "the safety of its workers" is a reason).
    /// With `persons_only`, a speaker head that may name a document
    /// ("documents", "a study") does not count.
    pub(crate) fn cites_people(&self, sp: &Speaker, persons_only: bool) -> bool {
        let heads = if persons_only {
            words::ROLE_HEAD | words::SPEAKER_NOUN | words::ROLE_SPEAKER
        } else {
            words::SPEAKER_HEAD | words::ROLE_HEAD | words::SPEAKER_NOUN | words::ROLE_SPEAKER
        };
        let (text, wd) = (self.text, self.words);
        sp.span.as_ref().is_some_and(|span| {
            let phrase = text[span.start..span.end].trim_end_matches('.');
            let head_phrase = phrase
                .split_space()
                .take_while(|w| {
                    !matches!(
                        *w,
                        "of" | "from" | "by" | "in" | "with" | "familiar" | "close" | "who"
                    )
                })
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .saturating_sub(1);
            let head_end = span.start + head_phrase;
            let head = text[span.start..head_end].split_space().next_back();
            // "citing the threat from Russia": the actor
            // must end the head, not its modifier, and
            // be one that speaks: "citing Israel" names a
            // reason more often than a source.
            self.mention_ending_at(span.start, head_end)
                .is_some_and(|mi| {
                    !matches!(
                        self.actors.actors[self.mentions[mi].actor].kind,
                        ActorKind::Country | ActorKind::Place
                    )
                })
                || wd.of(head.unwrap_or("")) & heads != 0
        })
    }

    /// The reporting-chain links a cited phrase `a..b` makes: one for each
    /// conjunct of a list of names ("citing Reuters and AFP", "citing the
    /// BBC, Reuters and AFP"), else one for the whole phrase.
    pub(crate) fn cited_vias(&self, a: usize, b: usize, role: ViaRole) -> Vec<Via> {
        self.cited_list(a, b, role)
            .unwrap_or_else(|| vec![Via::from_speaker(&self.speaker_from_np(a, b), role)])
    }

    /// The relay links of a cited phrase `a..b`: one per name of a list of
    /// actor names, else the speaker read in `from..to` (the words after the
    /// relay cue), if any.
    pub(crate) fn relay_vias(
        &self,
        (a, b): (usize, usize),
        from: usize,
        to: usize,
    ) -> Option<Vec<Via>> {
        self.cited_list(a, b, ViaRole::Relay).or_else(|| {
            self.speaker_after(from, to)
                .map(|sp| vec![Via::from_speaker(&sp, ViaRole::Relay)])
        })
    }

    /// One reporting-chain link for each name of a list `a..b`, when every
    /// conjunct is one whole actor name.
    pub(crate) fn cited_list(&self, a: usize, b: usize, role: ViaRole) -> Option<Vec<Via>> {
        let phrase = &self.text[a..b];
        let mut parts = Vec::new();
        let mut from = 0;
        for (p, sep) in phrase
            .match_indices(", ")
            .chain(phrase.match_indices(" and "))
            // Last, so that at the same position it replaces ", ".
            .chain(phrase.match_indices(", and "))
            .collect::<std::collections::BTreeMap<_, _>>()
        {
            if p < from {
                continue;
            }
            parts.push((a + from, a + p));
            from = p + sep.len();
        }
        parts.push((a + from, b));
        let names: Option<Vec<Speaker>> = (parts.len() > 1)
            .then(|| {
                parts
                    .iter()
                    .map(|&(x, y)| {
                        let (x, y) = trim(self.text, x, y);
                        // Each conjunct is one whole actor name.
                        self.mention_ending_at(x, y)
                            .filter(|&mi| self.mentions[mi].start <= x + 4)
                            .map(|mi| self.speaker_from_mention(mi))
                    })
                    .collect()
            })
            .flatten();
        names.map(|names| names.iter().map(|sp| Via::from_speaker(sp, role)).collect())
    }
}

/// Whether `sp` names an outlet: a media actor, or a body of the media
/// sector ("Chinese state media").
pub(crate) fn media_speaker(ctx: &Ctx, sp: &Speaker) -> bool {
    let actor = sp
        .actor
        .as_deref()
        .and_then(|id| ctx.actors.actor_by_id(id));
    actor.is_some_and(|i| {
        let a = &ctx.actors.actors[i];
        a.kind == ActorKind::Media || a.sector.as_deref() == Some("MED")
    })
}

/// "A Hamas official told the Qatari channel Al Jazeera that …", "…, he
/// said in an interview with Fox Business Network", "speaking to Reuters":
/// an outlet the speaker spoke to ([`outlet_addressed`]) carried the claim,
/// a `relay` via (the document cites the outlet's interview; the audience
/// stays as the verb made it). The claim is one whose attribution holds the
/// outlet: between the sentence's start and a content after the cue, or
/// after a content before the cue ("X said Y had told Reuters that …"
/// gives the via to Y's claim, whose attribution holds the outlet, not to
/// X's, whose content does).
pub(crate) fn outlet_vias(ctx: &Ctx, drafts: &mut [Draft]) {
    let sentence_of = |p: usize| {
        let i = ctx.sentence_of(p);
        ctx.sentences
            .get(i)
            .filter(|s| s.start <= p)
            .map(|s| (s.start, s.end))
    };
    for (mi, m) in ctx.mentions.iter().enumerate() {
        // A named outlet or journalist; a state's media in general ("told
        // U.S. media", "told state television") is the audience only, as
        // the contract's example reads it.
        let a = &ctx.actors.actors[m.actor];
        let named = a.kind == ActorKind::Media
            || (a.sector.as_deref() == Some("MED") && a.kind != ActorKind::Country);
        if !named {
            continue;
        }
        let Some((s0, s1)) = sentence_of(m.start) else {
            continue;
        };
        if !outlet_addressed(ctx.words, ctx.text, s0, m.start) {
            continue;
        }
        let mut via = None;
        for d in drafts.iter_mut() {
            if d.cue.0 < s0 || d.cue.0 >= s1 {
                continue;
            }
            let region = if d.content.0 >= d.cue.1 {
                (s0, d.content.0)
            } else {
                (d.content.1, s1)
            };
            let in_content = d.content.0 <= m.start && m.end <= d.content.1;
            let holds = region.0 <= m.start && m.end <= region.1 && !in_content;
            let own = d.speaker.actor.as_deref() == Some(a.id.as_str())
                || d.via
                    .iter()
                    .any(|v| v.actor.as_deref() == Some(a.id.as_str()));
            if holds && !own {
                let v = via.get_or_insert_with(|| {
                    Via::from_speaker(&ctx.speaker_from_mention(mi), ViaRole::Relay)
                });
                d.via.push(v.clone());
            }
        }
    }
}

/// Whether the outlet named at `at` (in the sentence from `lo`) is who the
/// speaker spoke to: the object of an `audience_verb` ("told Reuters",
/// "telling the BBC") or of "to" / "with" after an `outlet_contact` word
/// ("in an interview with Fox Business", "speaking to the Qatari channel
/// Al Jazeera"), past up to four words that describe the outlet
/// ("the Qatari channel", "state broadcaster"); or the "by" agent of a
/// document it got hold of ("a letter seen by AFP") or of a report noun
/// ("a report by Axios that …", session 56).
pub(crate) fn outlet_addressed(wd: &DocWords, text: &str, lo: usize, at: usize) -> bool {
    const DESCRIBING_MAX_WORDS: usize = 4;
    let bytes = text.as_bytes();
    let mut end = at;
    for _ in 0..=DESCRIBING_MAX_WORDS {
        let Some((a, b)) = word_before(bytes, lo, end) else {
            return false;
        };
        end = a;
        let w = &text[a..b];
        if w.ends_with([',', ';', ':', '.', '"']) {
            return false;
        }
        let c = wd.exact(w);
        if c & words::AUDIENCE_VERB != 0 {
            return true;
        }
        if matches!(w, "to" | "with") {
            return word_before(bytes, lo, a)
                .is_some_and(|(x, y)| wd.exact(&text[x..y]) & words::OUTLET_CONTACT != 0);
        }
        // "a letter seen by AFP", "documents obtained by The Washington
        // Post": the outlet that got hold of the document carried it.
        // "dismissed as baseless a report by Axios that …": the outlet
        // whose report the claim answers carried what it answers.
        if w == "by" {
            return word_before(bytes, lo, a).is_some_and(|(x, y)| {
                let before = &text[x..y];
                wd.extra(before) & words::ACCESS_PARTICIPLE != 0
                    || (is_lower_word(before) && wd.exact(before) & words::REPORT_NOUN != 0)
            });
        }
        let describes = c & words::DETERMINER != 0
            || w.starts_with(|ch: char| ch.is_uppercase())
            || (is_lower_word(w) && c & (words::NP_STOP | words::PRONOUN | words::CUE_LEAD) == 0);
        if !describes {
            return false;
        }
    }
    false
}
