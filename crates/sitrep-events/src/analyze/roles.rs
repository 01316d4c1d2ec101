//! Who did what to whom, per trigger (step 5 of the clause analysis):
//! the arguments each trigger's clause gives it ([`assign_arguments`]),
//! then the passes that correct roles across triggers: a speaker's own
//! second act, converse and seizing verbs' "from" phrases, a passive's
//! means in its "in" phrase, event nouns subject to an obstruction,
//! meetings at a summit and sanctions a "with" phrase makes of a hit.

use super::arguments::{hosts_or_mediates, list_from, mediates, same_side};
use super::verb_arguments::first_person_opinion;
use super::*;

/// Step 5: the source, target and place of every trigger not fixed when it
/// was made, from its clause ([`arguments`]) and the rules that look past
/// it: an event noun subject of a verb of its type, a speech act
/// coordinated with a said-clause or that is a claim's cue, a result
/// participle after a passive, a possessive in a speech act's words. Set
/// phrases expand into their states; an active verb's doers become the
/// `last_subject` later clauses read.
pub(super) fn assign_arguments(
    sc: &Scope,
    s: &Sent,
    trigs: &mut [Trig],
    sets: &[(usize, Vec<usize>)],
    last_subject: &mut Vec<usize>,
    unnamed_person: &mut Option<usize>,
) {
    let doc = sc.doc;
    let Doc { actors, claims, .. } = *doc;
    let sent = sc.sent;
    for i in 0..trigs.len() {
        if trigs[i].fixed {
            continue;
        }
        let claim = trigs[i].claim;
        // "I agree it is bad": the speaker's view of a proposition is no
        // event between parties (`first_person_opinion`).
        let floor = claim.map_or(0, |c| sc.content_start_of(c));
        if first_person_opinion(s, &trigs[i], floor) {
            trigs[i].absorbed = true;
            continue;
        }
        let ctx = Context {
            claim_speaker: claim.and_then(|c| doc.speaker_of(c)),
            content_start: claim.map(|c| sc.content_start_of(c)),
            last_subject,
            unnamed_person: *unnamed_person,
            actors,
        };
        let floor = ctx.content_start.unwrap_or(0);
        let (mut src, mut tgt, mut place) = arguments(
            s,
            trigs,
            i,
            floor,
            &ctx,
            claim.and_then(|c| claims.get(c)),
            &|b| sc.tok_index(b),
        );
        // "Israeli strikes killed 20 people": an event noun as the subject
        // of a verb of the same type is one event, with the noun's source.
        // The verb may have found that source itself, inside the noun's
        // phrase ("Israeli" in "Israeli shelling killed …").
        if i > 0
            && (src.is_empty() || src == trigs[i - 1].source)
            && trigs[i].is_verb()
            && !trigs[i].passive()
        {
            let p = &trigs[i - 1];
            let between_ok = (p.tend..trigs[i].ta)
                .all(|x| !s.hard_stop(x) && s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0);
            let mut k = p.ta;
            while k > 0
                && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                    || s.is_modifier_word(k - 1)
                    || s.mention_at(k - 1).is_some()
                    || s.is_possessive(k - 1))
            {
                k -= 1;
            }
            let in_pp = k > 0 && s.f(k - 1) & PREPS != 0;
            // "The alleged Russian attack killed ten": the noun is only
            // alleged, the killing asserted; two events, two modalities.
            let qualified = (k..p.ta).any(|x| s.f(x) & wc::HEARSAY != 0);
            if p.nominal
                && p.event_type == trigs[i].event_type
                && between_ok
                && !in_pp
                && !qualified
                && p.governor.is_none()
                && trigs[i].governor.is_none()
            {
                src = p.source.clone();
                // "Israel's strike on a depot killed three people": the
                // noun names whom it hit; the verb's object counts victims.
                if (tgt.is_empty() || place) && !p.target.is_empty() {
                    tgt = p.target.clone();
                    place = p.place_only;
                }
                trigs[i - 1].absorbed = true;
                trigs[i].means = lexicon_row(&trigs[i - 1]);
            }
        }
        // "X said ... and called for new elections": a speech-act verb
        // (itself a claim's cue) coordinated with a said-clause, whose
        // subject search stopped at the first cue, is the act of that
        // claim's speaker. (Other verbs there, "and thanked the
        // negotiators", take the reported clause's modality: left out.)
        if src.is_empty()
            && trigs[i].is_verb()
            && !trigs[i].passive()
            && claim.is_none()
            && cue_claim_at(sc.cues, trigs[i].start, trigs[i].end)
            && !relative_pronoun_speaker(sc, s, &trigs[i])
        {
            let first = claim_before_coordinated_verb(s, trigs[i].ta, claims, sent.start);
            if let Some((c, speaker)) = first.and_then(|c| doc.speaker_of(c).map(|sp| (c, sp))) {
                // The first cue's own subject names the speaker (or is a
                // pronoun): "Iran's mission to the United Nations said
                // ..., but warned" is no act of a speaker read from the
                // "to" phrase.
                let cue_tok = sc.tok_index(claims[c].cue.start);
                let subject_is_speaker = match subject_before(s, cue_tok, 0, trigs) {
                    Subject::Found(g) => g.iter().any(|m| m.actor == speaker),
                    Subject::Pronoun(_) => true,
                    Subject::None => false,
                };
                if subject_is_speaker && !tgt.contains(&speaker) {
                    src = vec![speaker];
                }
            }
        }
        // "Obama said after meeting with Putin", "Erdogan spoke to reporters
        // before leaving for Doha": a gerund right after a subordinator of
        // time or concession, with no subject of its own, is done by the
        // subject of the clause it hangs on.
        if src.is_empty() && claim.is_none() {
            if let Some(doer) = subordinate_gerund_doer(sc, s, trigs, i) {
                if !tgt.iter().any(|a| doer.contains(a)) {
                    src = doer;
                }
            }
        }
        // "Germany said Russia had hacked its networks and demanded an
        // explanation": a trigger that is itself a claim's cue is the act
        // of that claim's speaker (`cue_speaker_roles`).
        // (Nothing below acts on a trigger that overlaps no claim's cue,
        // the common case: it has no cue speaker, so the reported-doer
        // test over the claims' contents is not made for it.)
        if !trigs[i].passive() && cue_claim_at(sc.cues, trigs[i].start, trigs[i].end) {
            cue_speaker_roles(sc, s, &trigs[i], &mut src, &mut tgt, &mut place);
        }
        // "was attacked by Burundian militiamen, killing at least 156
        // people": a result participle of the same type after a passive,
        // done by its agent, is the same act; one event.
        if i > 0 && trigs[i].form == Form::Ing && trigs[i].is_verb() {
            let p = &trigs[i - 1];
            let result_of_passive = p.is_verb()
                && p.passive()
                && p.event_type == trigs[i].event_type
                && !p.source.is_empty()
                && src == p.source
                && s.punct(trigs[i].ta.saturating_sub(1), ",");
            if result_of_passive {
                trigs[i].absorbed = true;
            }
        }
        // "Israel rejected its demands", "Ukraine demanded their
        // withdrawal": a possessive pronoun inside a speech act's own
        // words names whose demands or withdrawal it is, someone other
        // than the doer: the actor named last before the trigger who is
        // not the doer (a person is no "its").
        if tgt.is_empty() && trigs[i].class == Class::Direct && trigs[i].tend > trigs[i].tb {
            let (tb, tend) = (trigs[i].tb, trigs[i].tend);
            if let Some(k) = (tb..tend).find(|&k| s.f(k) & wc::POSS != 0) {
                // A possessive of a thing ("its") or of several ("their").
                let its = s.in_cold(k, wc::THING_PRONOUN);
                let plural = s.in_cold(k, wc::PLURAL_PRONOUN);
                if its || plural {
                    let before = s.toks[trigs[i].ta].start;
                    tgt = owner_named_before(actors, last_subject, &src, its, before);
                }
            }
        }
        // "a war in which Israel and the United States struck its nuclear
        // sites", "Trump ordered strikes on its refineries": an owner
        // pronoun at the head of a verb's object that cannot stand for the
        // doers ("its" of several or of a person) names someone else, whose
        // sites they are; the act is aimed at that owner. (A doer that can be
        // the owner, "Israel struck its own", "Iran moved its missiles", is
        // left as it was.)
        if tgt.is_empty() && !place && !src.is_empty() && trigs[i].is_verb() && !trigs[i].passive()
        {
            let k = trigs[i].tend;
            let aimed = !matches!(
                trigs[i].event_type,
                EventType::Retreat | EventType::Mobilize | EventType::Agree | EventType::Cooperate
            );
            let its = k + 1 < s.n()
                && s.f(k) & wc::POSS != 0
                && s.in_cold(k, wc::THING_PRONOUN)
                && !s.is(k + 1, "own");
            let not_the_doers = src.len() > 1 || src.iter().all(|&a| actors.is_person(a));
            if aimed && its && not_the_doers {
                let before = s.toks[trigs[i].ta].start;
                tgt = owner_named_before(actors, last_subject, &src, true, before);
            }
        }
        // "Trump and Adelson met in Las Vegas", "Sanders sent a message to
        // supporters in Philadelphia": a place of the doers' own state (a
        // bare state, not a group "in" it: "blaming militias in the PMF"),
        // standing in as the only target of an act that uses no force, says
        // where they acted at home, not whom the act was aimed at (a visit
        // or meeting abroad keeps its host, force or a penalty the place it
        // hit).
        // "Erdogan appealed for calm in Berlin", "Biden rejected the plan in
        // Paris": a city abroad standing in as the only target of words (an
        // accusation, a request, a rejection) is where they were said, the
        // venue, no party to them (a meeting's or a visit's keeps its host;
        // a governed act is folded into its governor's, whose type it takes:
        // "agreed to set up a centre in Tokyo").
        if place
            && !force_or_penalty(trigs[i].event_type)
            && tgt
                .iter()
                .all(|&a| actors.actors.get(a).is_some_and(crate::is_bare_state))
            && ((!src.is_empty() && same_side(actors, &tgt, &src))
                || (verbal_act(trigs[i].event_type)
                    && trigs[i].governor.is_none()
                    && venue_city(s, &tgt, trigs[i].tend)))
        {
            tgt.clear();
            place = false;
        }
        expand_sets(&mut src, sets);
        expand_sets(&mut tgt, sets);
        trigs[i].place_only = place && src.is_empty();
        if !src.is_empty() && !trigs[i].passive() && !trigs[i].nominal {
            *last_subject = src.clone();
            *unnamed_person = None;
        } else if src.is_empty() && trigs[i].is_verb() && !trigs[i].passive() {
            // "Jim Harlow criticized the plan. He urged ...": a subject the
            // actor pass left unresolved is still the person a later "he"
            // is likeliest to name; no one named before it is.
            if let Some(first) = s.unresolved_person_name_before(trigs[i].ta) {
                *unnamed_person = Some(s.toks[first].start);
            }
        }
        trigs[i].source = src;
        trigs[i].target = tgt;
    }
}

/// Whether the claim whose cue trigger `t` is has a relative pronoun of
/// this sentence as its speaker: sitrep-claims read the cue as coordinated
/// inside a relative clause ("condemned the cleric who lives in
/// Pennsylvania and has accused …", `relative_clause_speaker`), so it is no
/// second act of the claim's speaker before it.
fn relative_pronoun_speaker(sc: &Scope, s: &Sent, t: &Trig) -> bool {
    let claims = sc.doc.claims;
    sc.cues
        .iter()
        .filter(|&&(a, b, _)| a < t.end && t.start < b)
        .filter_map(|&(_, _, k)| claims.get(k)?.speaker.span.as_ref())
        .any(|sp| sp.start >= sc.sent.start && s.names_any_case(sc.tok_index(sp.start), wc::REL))
}

/// The doer of gerund trigger `i` right after a subordinator of time or
/// concession ("after", "before", "while", "despite"; the `bar` words that
/// open no condition, cause or contrast): the source of the main verb
/// right before the subordinator (its target when passive), else the
/// speaker of the claim whose cue stands there ("Obama said after meeting
/// with Putin"). `None` when the gerund has a subject of its own or
/// something else stands between.
fn subordinate_gerund_doer(sc: &Scope, s: &Sent, trigs: &[Trig], i: usize) -> Option<Vec<usize>> {
    let t = &trigs[i];
    if !t.is_verb() || t.form != Form::Ing || t.ta < 2 {
        return None;
    }
    let sub = t.ta - 1;
    let temporal = s.f(sub) & wc::BAR != 0
        && [
            "after",
            "before",
            "while",
            "since",
            "despite",
            "following",
            "when",
            "until",
        ]
        .iter()
        .any(|w| s.is(sub, w));
    if !temporal {
        return None;
    }
    // Over time words and adverbs between the main verb and the
    // subordinator ("said on Monday after meeting").
    let end = s.back_over(sub, 0, |j| s.f(j) & wc::SKIP != 0 || s.is_ly_adverb(j));
    let last = end.checked_sub(1)?;
    if let Some(p) = trigs[..i]
        .iter()
        .rev()
        .find(|p| p.is_verb() && p.tend <= sub)
    {
        if p.tend == end {
            let args = if p.passive() { &p.target } else { &p.source };
            return (!args.is_empty()).then(|| args.clone());
        }
    }
    let cue_end = s.toks[last].end;
    if let Some(c) = sc.doc.claims.iter().position(|c| c.cue.end == cue_end) {
        return sc.doc.speaker_of(c).map(|sp| vec![sp]);
    }
    // "Erdogan returned to Ankara after meeting with Putin": a main verb
    // that is no event, whose subject opens the sentence with nothing
    // between that opens another clause.
    let m = s.mention_from(0)?;
    let plain = (m.b..sub).all(|x| {
        s.trig_at(x).is_none()
            && s.f(x) & (CUE | wc::BAR | wc::THAT | wc::REL | wc::PRON | wc::CONJ) == 0
            && !s.is_punct(x)
    });
    plain.then(|| actors_of(&s.group_right(m, sub)))
}

/// How many words (auxiliaries, adverbs) may stand between a relative
/// pronoun and the cue verb of its clause ("who have long refused").
const RELATIVE_TO_CUE_WORDS: usize = 3;

/// "Germany said Russia had hacked its networks and demanded an
/// explanation": a trigger that is itself a claim's cue ("demanded",
/// "called for", "accused") is the act of that claim's speaker, whom
/// sitrep-claims found as the cue verb's subject. The subject search may
/// have stopped inside the first claim's content (the hacker is no one's
/// demander); the reported actor is then whom the demand is aimed at.
fn cue_speaker_roles(
    sc: &Scope,
    s: &Sent,
    t: &Trig,
    src: &mut Vec<usize>,
    tgt: &mut Vec<usize>,
    place: &mut bool,
) {
    let doc = sc.doc;
    let Doc { actors, claims, .. } = *doc;
    let (start, end) = (t.start, t.end);
    let cue_speaker = doc.cue_speaker_at(sc.cues, start, end);
    let in_earlier_content = |m: &M| {
        let (a, b) = (s.toks[m.a].start, s.toks[m.b - 1].end);
        claims
            .iter()
            .any(|c| c.content.start <= a && b <= c.content.end && c.content.end <= start)
    };
    let mut own_mentions = s
        .ments
        .iter()
        .filter(|m| m.b <= t.ta && src.contains(&m.actor))
        .peekable();
    // "said he hoped for talks with the Taliban, who have long refused to
    // negotiate": a relative pronoun opening the cue verb's clause makes
    // its antecedent the doer, inside an earlier content or not (the claim's
    // speaker is then the pronoun, no actor).
    // Auxiliaries and adverbs ("have long", "had already") may stand
    // between them.
    let auxiliaries = wc::AUX | wc::SKIP | wc::NEG | wc::BE | wc::HAVE;
    let k = s.back_over_at_most(t.ta, 0, RELATIVE_TO_CUE_WORDS, |j| {
        s.f(j) & auxiliaries != 0 || s.is_modifier_word(j)
    });
    let relative_clause = k > 0 && s.f(k - 1) & wc::REL != 0;
    let reported =
        !relative_clause && own_mentions.peek().is_some() && own_mentions.all(in_earlier_content);
    // "The ministry said Iranian forces had attacked the ship and
    // called for an inquiry": the call is the ministry's even
    // when the ministry is no known actor; the forces inside
    // what it reported are not its doers.
    if cue_speaker.is_none() && reported {
        src.clear();
    }
    // "Both men claimed they were being treated well and asked their
    // governments to help": the claims stage found the cue verb's subject
    // in this sentence, a noun phrase that names no actor; a doer the
    // subject search brought from elsewhere (a pronoun's last subject) is
    // not that subject. A pronoun there is left to the subject search, and
    // so is an owner's ("his plan calls for": the plan's owner is named
    // back).
    if cue_speaker.is_none() && !src.is_empty() {
        let unnamed_subject = sc
            .cues
            .iter()
            .filter(|&&(a, b, _)| a < end && start < b)
            .filter_map(|&(_, _, k)| claims.get(k)?.speaker.span.as_ref())
            .any(|sp| {
                sp.start >= sc.sent.start
                    && sp.end <= start
                    && !s.names_any_case(sc.tok_index(sp.start), wc::PRON | wc::REL | wc::POSS)
            });
        let named_here = s
            .ments
            .iter()
            .any(|m| m.b <= t.ta && src.contains(&m.actor));
        if unnamed_subject && !named_here {
            src.clear();
        }
    }
    if let Some(speaker) = cue_speaker {
        // Without a source, only an event that names whom it is
        // aimed at takes the speaker: the pass assigns roles, it
        // does not make an event of every "they refused" (whose
        // speaker is often a pronoun resolved from far away).
        let unsourced = src.is_empty() && !tgt.is_empty() && !*place;
        // A speaker the event is aimed at ("He urged Mr. Trump",
        // with "He" resolved to Trump) is a misread pronoun, not
        // someone urging themselves.
        let aimed_at_speaker = tgt.contains(&speaker);
        if !src.contains(&speaker) && !aimed_at_speaker && (unsourced || reported) {
            let reported_actors = std::mem::replace(src, vec![speaker]);
            // "Katz said Israel had dealt a blow and warned that
            // more would follow": the speaker's own state in
            // what he reported is his side, not whom he warns.
            let own_side = same_side(actors, &reported_actors, &[speaker]);
            if tgt.is_empty() && reported && !own_side {
                *tgt = reported_actors;
                tgt.retain(|&a| a != speaker);
                *place = false;
            }
        }
    }
}

/// "Britain accused China of a cyberattack ..., and sanctioned two
/// individuals": a finite verb coordinated with the cue verb of the claim
/// whose content seems to hold it, and sharing that verb's subject, is the
/// speaker's own second act, not reported content (sitrep-claims may run
/// the content on into it): it leaves the claim.
pub(super) fn speakers_second_acts(s: &Sent, trigs: &mut [Trig], claims: &[ClaimRecord]) {
    for i in 0..trigs.len() {
        let t = &trigs[i];
        let Some(c) = t.claim.and_then(|c| claims.get(c)) else {
            continue;
        };
        if !t.is_verb() || t.form != Form::Past || t.passive() || t.source.is_empty() {
            continue;
        }
        let k = s.back_over_classes(t.ta, 0, wc::SKIP | wc::AUX | wc::HAVE | wc::NEG);
        if k == 0 || s.f(k - 1) & wc::CONJ == 0 {
            continue;
        }
        let cue_verb = trigs[..i].iter().rev().find(|p| p.is_verb() && p.tend < k);
        let shares_cue_subject = cue_verb
            .is_some_and(|p| p.start < c.cue.end && c.cue.start < p.end && p.source == t.source);
        if shares_cue_subject {
            trigs[i].claim = None;
        }
    }
}

/// "Ukraine received weapons from Germany": the giver in the "from"
/// phrase acts, the receiver is its target. A visit received is the
/// host's act ("received an envoy from Paris"): the visitors' side in the
/// "from" phrase is its target, where it has none.
pub(super) fn converse_roles(s: &Sent, trigs: &mut [Trig]) {
    for i in 0..trigs.len() {
        let t = &trigs[i];
        if !t.is_verb() || t.passive() || s.f(t.ta) & wc::CONVERSE == 0 {
            continue;
        }
        // A visit received that has its target already keeps it.
        let visit_with_target =
            t.event_type == EventType::Consult && !(t.target.is_empty() || t.place_only);
        if visit_with_target {
            continue;
        }
        let Some(giver) = agent_after_any(s, t.tend, trigs, wc::FROM) else {
            // "Moscow had received shipments of missiles": with no
            // "from" phrase the giver is not named; the receiver is the
            // aid's target, not its doer ("received American weapons":
            // the giver named in the object is).
            if t.event_type == EventType::Aid && !t.source.is_empty() {
                let t = &mut trigs[i];
                if t.target.iter().all(|a| !t.source.contains(a)) {
                    std::mem::swap(&mut t.source, &mut t.target);
                    t.place_only = false;
                }
            }
            continue;
        };
        let giver = actors_of(&giver);
        let t = &mut trigs[i];
        if t.event_type == EventType::Consult {
            t.target = giver;
            t.target.retain(|a| !t.source.contains(a));
            t.place_only = false;
            continue;
        }
        let receiver = std::mem::replace(&mut t.source, giver);
        if !receiver.is_empty() {
            t.target = receiver;
            t.place_only = false;
        }
    }
}

/// "helped recapture the Kursk region from Ukrainian forces", "seized the
/// town from the rebels": what is seized is taken from whom the "from"
/// phrase names; the object (mostly a place) only says what was taken.
/// Seizing rows are those of mode `seize`.
pub(super) fn seized_from(s: &Sent, trigs: &mut [Trig], lex: &EventLexicon) {
    for i in 0..trigs.len() {
        let t = &trigs[i];
        let seizes = t.event_type == EventType::Coerce
            && matches!(t.kind, Kind::Lexicon(e) if lex.entries[e as usize].mode.as_deref() == Some("seize"));
        if !t.is_verb() || t.passive() || !seizes {
            continue;
        }
        let Some(holder) = agent_after_any(s, t.tend, trigs, wc::FROM) else {
            continue;
        };
        let holder = actors_of(&holder);
        if holder.is_empty() || holder.iter().any(|a| t.source.contains(a)) {
            continue;
        }
        trigs[i].target = holder;
        trigs[i].place_only = false;
    }
}

/// "Four civilians were killed in an Israeli air strike": a passive verb
/// whose "in" phrase is an event noun of the same type names its means;
/// the noun's doer is the verb's, and the two are one event. A compound of
/// such nouns ("a car bomb explosion") is one means.
pub(super) fn means_in_phrase(s: &Sent, trigs: &mut [Trig], lex: &EventLexicon) {
    for i in 0..trigs.len().saturating_sub(1) {
        let (t, first) = (&trigs[i], &trigs[i + 1]);
        // Right after "in" and a determiner or modifier, a word the
        // tagger read as a verb is the noun ("in a Taliban attack").
        let same_noun = |u: &Trig| {
            (u.nominal || (u.is_verb() && u.form != Form::Past))
                && u.event_type == t.event_type
                && u.governor.is_none()
        };
        if !t.is_verb()
            || !t.passive()
            || t.governor.is_some()
            || !same_noun(first)
            || !s.is(t.tend, "in")
            || !(t.tend + 1..first.ta).all(|x| {
                s.f(x) & wc::DET != 0 || s.is_modifier_word(x) || s.mention_at(x).is_some()
            })
        {
            continue;
        }
        let mut last = i + 1;
        while last + 1 < trigs.len()
            && trigs[last + 1].ta == trigs[last].tend
            && same_noun(&trigs[last + 1])
        {
            last += 1;
        }
        let q = &trigs[last];
        // Inside the "in" phrase the noun's modifier reads as a place
        // ("in Kabul"); before the event noun it is the doer ("in Israeli
        // shelling", "in a Taliban attack"), and it outranks whatever the
        // noun found further away.
        let mut modifiers = Vec::new();
        let mut x = t.tend + 1;
        while x < first.ta {
            if let Some(m) = s.mention_starting_at(x) {
                modifiers.push(*m);
                x = m.b;
            } else {
                x += 1;
            }
        }
        let mut q_source = actors_of(&modifiers);
        if q_source.is_empty() {
            q_source = q.source.clone();
        }
        if !q_source.is_empty() && !t.source.is_empty() && q_source != t.source {
            continue;
        }
        // A place the noun was aimed at stays a place of the verb.
        let q_target = if q.place_only || !q.nominal {
            Vec::new()
        } else {
            q.target.clone()
        };
        let t = &mut trigs[i];
        if t.source.is_empty() && !q_source.is_empty() {
            // What read as the place of the verb was the doer.
            t.target.retain(|a| !q_source.contains(a));
            t.source = q_source;
            t.place_only = false;
        }
        if t.target.is_empty() {
            t.target = q_target;
        }
        for u in &mut trigs[i + 1..=last] {
            u.absorbed = true;
        }
        // The noun of a compound that names a weapon ("car bomb" in "a
        // car bomb explosion"), the head first.
        trigs[i].means = trigs[i + 1..=last]
            .iter()
            .rev()
            .filter_map(lexicon_row)
            .find(|&e| lex.entries[e as usize].mode.is_some());
    }
}

/// "The UN said aid was blocked": an event noun that is the subject of a
/// passive obstruction ("blocked", "suspended") has only the doer its own
/// phrase names ("Qatari aid was blocked"); the clause before it is someone
/// else's, as it is when a "by" agent follows. Any other passive ("its
/// strikes were aimed at") leaves the event the speaker's.
pub(super) fn obstructed_noun_doers(s: &Sent, trigs: &mut [Trig]) {
    for t in trigs.iter_mut() {
        let passive_subject = t.nominal
            && t.governor.is_none()
            && s.f(t.tend) & wc::BE != 0
            && s.f(t.tend) & wc::HAVE == 0
            && (s.names(t.tend + 1, wc::OBSTRUCT)
                // "Talks were mediated by Oman": a "by" agent is the
                // doer, unless a support verb makes it the event's own
                // ("aid was delivered by Qatar").
                || (s.word(t.tend + 1).ends_with("ed")
                    && s.f(t.tend + 1) & (wc::LIGHT | wc::OCCUR) == 0
                    && s.f(t.tend + 2) & wc::BY != 0));
        if !passive_subject || t.source.is_empty() {
            continue;
        }
        // A word that may be the verb before the phrase ("said",
        // "reported", "says") ends it.
        let verb_like = |k: usize| {
            let w = s.word(k);
            s.f(k) & CUE != 0 || w.ends_with("ed") || w.ends_with("id") || w.ends_with('s')
        };
        let mut np = t.ta;
        while np > 0
            && (s.f(np - 1) & (wc::DET | wc::POSS) != 0
                || (s.is_modifier_word(np - 1) && !verb_like(np - 1))
                || s.mention_at(np - 1).is_some()
                || s.is_possessive(np - 1))
        {
            np -= 1;
        }
        // "Russia said its aid was blocked": the possessive refers back
        // to the speaker, who is then named inside.
        let named_inside = (np..t.ta).any(|k| {
            s.f(k) & wc::POSS != 0 || s.mention_at(k).is_some_and(|m| t.source.contains(&m.actor))
        });
        if !named_inside {
            t.source.clear();
        }
    }
}

/// "Biden will meet Xi at the SCO summit", "held talks with Aoun during a
/// visit to Beirut": a meeting noun after "at" or "during" is the occasion
/// of the meeting before it, the same event; the body that hosts a summit
/// is no counterpart.
pub(super) fn meeting_occasions(s: &Sent, trigs: &mut [Trig]) {
    for i in 0..trigs.len() {
        let t = &trigs[i];
        if t.pos == Pos::Affix || t.event_type != EventType::Consult || t.absorbed {
            continue;
        }
        let Some((u, venue)) = meeting_venue(s, t.tend) else {
            continue;
        };
        if u == i || trigs[u].event_type != EventType::Consult || !trigs[u].nominal {
            continue;
        }
        trigs[u].absorbed = true;
        trigs[i].target.retain(|a| !venue.contains(a));
    }
}

/// Whether trigger `u` is an act a mediator can bring about: talks, an
/// agreement or another cooperative act ("restored diplomatic relations
/// in a deal brokered by China"), not itself a hosting or mediation.
pub(super) fn mediated_act(s: &Sent, u: &Trig) -> bool {
    !u.absorbed && cooperative(u.event_type) && !hosts_or_mediates(s, u) && !u.place_only
}

/// "negotiations between Iran and the United States, held in Rome with the
/// mediation of Oman": a mediation whose own phrase names no party is
/// aimed at the parties of the act it brought about, told in the same
/// sentence: the doers and counterparts of talks, an agreement or another
/// cooperative act of two or more sides, the nearest before it first, none
/// of them the mediator itself. Such an act with one side named leaves the
/// mediation as it was.
pub(super) fn mediated_talks_parties(
    s: &Sent,
    trigs: &mut [Trig],
    doc: &Doc,
    story_subject: &[usize],
) {
    for i in 0..trigs.len() {
        let t = &trigs[i];
        if t.absorbed || t.source.is_empty() || !mediates(s, t) {
            continue;
        }
        // With a party of its own the mediation is left as it is, unless
        // that party is the one side of the talks it mediates.
        let unnamed = t.target.is_empty() || t.place_only;
        let one_side = one_side_of_talks(s, trigs, i);
        if !unnamed && one_side.is_none() {
            continue;
        }
        let parties_of = |u: &Trig| {
            let mut parties = u.source.clone();
            extend_unique(&mut parties, u.target.iter().copied());
            parties
        };
        let talks = |u: &&Trig| mediated_act(s, u);
        let mediator = &trigs[i].source;
        let fits = |parties: &Vec<usize>| {
            parties.len() > 1 && parties.iter().all(|a| !mediator.contains(a))
        };
        let told = || {
            let before = trigs[..i]
                .iter()
                .rev()
                .filter(talks)
                .map(parties_of)
                .find(fits);
            before.or_else(|| {
                trigs[i + 1..]
                    .iter()
                    .filter(talks)
                    .map(parties_of)
                    .find(fits)
            })
        };
        let parties = if unnamed { told() } else { None };
        let parties = parties.or_else(|| {
            let side = one_side?;
            let speaker = trigs[i].claim.and_then(|c| doc.speaker_of(c));
            other_side_of_talks(mediator, &side, speaker, story_subject).map(|mut other| {
                extend_unique(&mut other, side.iter().copied());
                other
            })
        });
        if let Some(parties) = parties {
            trigs[i].target = parties;
            trigs[i].place_only = false;
        }
    }
}

/// "Talks were mediated by Turkey between Israel and Iran": the meeting noun
/// that is the subject of a passive mediation or hosting, naming no party
/// of its own, is held by the sides the mediation is aimed at (the
/// "between" phrase after it); the mediator stays only the mediation's.
pub(super) fn mediated_subject_sides(s: &Sent, trigs: &mut [Trig]) {
    for i in 1..trigs.len() {
        let t = &trigs[i];
        if !t.is_verb() || !t.passive() || t.target.len() < 2 || !hosts_or_mediates(s, t) {
            continue;
        }
        // Only sides the "between" phrase after it named (not parties of
        // talks told elsewhere, `mediated_talks_parties`).
        let end = s.n().min(t.tend + OBJECT_WINDOW);
        if t.voice == Voice::Reduced || !(t.tend..end).any(|k| s.is(k, "between")) {
            continue;
        }
        let sides = t.target.clone();
        let verb_group = s.back_over_classes(t.ta, 0, wc::AUX | wc::BE | wc::HAVE | wc::SKIP);
        let Some(u) = trigs[..i].iter().rposition(|u| u.tend == verb_group) else {
            continue;
        };
        let noun = &mut trigs[u];
        if noun.nominal
            && noun.event_type == EventType::Consult
            && noun.source.is_empty()
            && noun.target.is_empty()
            && !noun.absorbed
        {
            noun.source = sides;
            noun.place_only = false;
        }
    }
}

/// The one side of the talks a mediation at `i` is aimed at, when its
/// object is talks "with" a party ("mediate the indirect nuclear talks with
/// the United States", "is mediating talks with Hamas"): the names after
/// "with", none of them the mediator. `None` for any other object, or when
/// the trigger already has parties of its own other than those.
fn one_side_of_talks(s: &Sent, trigs: &[Trig], i: usize) -> Option<Vec<usize>> {
    let t = &trigs[i];
    let lex = s.lex?;
    // The object's words up to "with": determiners and modifiers, then
    // the meeting noun ("the indirect nuclear talks").
    let mut k = t.tend;
    while k < s.n()
        && !s.is(k, "with")
        && s.mention_at(k).is_none()
        && (s.f(k) & wc::DET != 0 || s.is_modifier_word(k) || s.trig_at(k).is_some())
    {
        k += 1;
    }
    if k <= t.tend || k >= s.n() || !s.is(k, "with") {
        return None;
    }
    let mut buf = String::new();
    let talks_noun = lex
        .one_word_rows(s.word(k - 1), &mut buf)
        .iter()
        .any(|&(e, _)| {
            let entry = &lex.entries[e as usize];
            entry.tail.is_empty()
                && entry.pos == Pos::Noun
                && entry.event_type == Some(EventType::Consult)
        });
    if !talks_noun {
        return None;
    }
    let mut q = k + 1;
    while q < s.n() && s.f(q) & wc::DET != 0 {
        q += 1;
    }
    let first = *s.mention_starting_at(q)?;
    let side = list_from(s, first, s.n());
    let fits = !side.is_empty()
        && side.iter().all(|a| !t.source.contains(a))
        && t.target.iter().all(|a| side.contains(a));
    fits.then_some(side)
}

/// The party across the table from `side` in talks a mediator brings
/// about, when the sentence names only one: the speaker who reports the
/// mediation ("Iran said Oman would mediate the talks with the United
/// States"), else the subject the story told last before the sentence
/// (`story_subject`: "Israel sent a delegation to Doha. Qatar is mediating
/// talks with Hamas"), neither of them the mediator or on that side. A
/// mediator reporting its own mediation names no other side.
fn other_side_of_talks(
    mediator: &[usize],
    side: &[usize],
    speaker: Option<usize>,
    story_subject: &[usize],
) -> Option<Vec<usize>> {
    let apart = |a: &usize| !mediator.contains(a) && !side.contains(a);
    match speaker {
        Some(sp) if apart(&sp) => Some(vec![sp]),
        Some(_) => None,
        None => (!story_subject.is_empty() && story_subject.iter().all(apart))
            .then(|| story_subject.to_vec()),
    }
}

/// "The EU hit Moscow with sanctions", "struck Beijing with new tariffs":
/// the instrument decides. A hitting verb whose "with" phrase names an
/// economic penalty is a sanction, and a penalty noun there is the same
/// event. "New sanctions on Russia, targeting its shadow fleet": a
/// participle after the sanction says whom it hits.
pub(super) fn penalty_instruments(s: &Sent, trigs: &mut [Trig], lex: &EventLexicon) {
    let mut date_buf = String::new();
    for i in 0..trigs.len() {
        let t = &trigs[i];
        if !t.is_verb() || t.event_type != EventType::Assault || t.absorbed {
            continue;
        }
        let elaborates_sanction = i > 0
            && t.form == Form::Ing
            && t.ta > 0
            && s.punct(t.ta - 1, ",")
            && trigs[i - 1].event_type == EventType::Sanction
            && trigs[i - 1].tend < t.ta
            && (trigs[i - 1].tend..t.ta - 1).all(|x| {
                // "sanctions on Iran on Monday, targeting": time words too,
                // capitalised ones as well ("Monday" inside a sentence is
                // not looked up by the word search).
                s.f(x) & (wc::TPREP | wc::OF | wc::SKIP) != 0
                    || s.is_np_word(x)
                    || (is_upper_start(s.word(x))
                        && lex
                            .lookup(s.word(x), &mut date_buf)
                            .is_some_and(|w| w.classes & wc::SKIP != 0))
            });
        if elaborates_sanction {
            trigs[i].absorbed = true;
            continue;
        }
        let Some(levy) = penalty_instrument(s, t.tend) else {
            continue;
        };
        let mut levy_row = false;
        if let Some(u) = s.trig_at(levy).filter(|&u| u != i) {
            trigs[u].absorbed = true;
            if trigs[u].event_type == EventType::Sanction {
                trigs[i].kind = trigs[u].kind;
                levy_row = true;
            }
        }
        trigs[i].event_type = EventType::Sanction;
        // "hit Canada with tariffs": a levy without a sanction row of
        // its own restricts, as "imposed tariffs" does; the hitting
        // verb's row says nothing about the mode.
        if !levy_row {
            trigs[i].folded_mode = Some("restrict".to_owned());
        }
    }
}

/// Whose a possessive pronoun ("its", or "their" when `its` is false) names
/// when it is not the doers' (`src`): the subject of the clause before
/// (`last_subject`, less the doers and, for "its", people), else the actor
/// named nearest before byte `before` (not a doer, not a place phrase, no
/// person for "its"), within about two sentences; else no one.
fn owner_named_before(
    actors: &DocActors,
    last_subject: &[usize],
    src: &[usize],
    its: bool,
    before: usize,
) -> Vec<usize> {
    let previous_subject: Vec<usize> = last_subject
        .iter()
        .copied()
        .filter(|&a| !(src.contains(&a) || (its && actors.is_person(a))))
        .collect();
    if !previous_subject.is_empty() {
        return previous_subject;
    }
    actors.mentions[..actors.mentions.partition_point(|m| m.start < before)]
        .iter()
        .rev()
        .take_while(|m| before - m.start <= PERSON_ANTECEDENT_BYTES)
        .find(|m| {
            !(src.contains(&m.actor) || m.how.is_locative() || (its && actors.is_person(m.actor)))
        })
        .map(|m| vec![m.actor])
        .unwrap_or_default()
}

/// Whether every actor of `tgt` is named after token `from` first as a city
/// after a place preposition ("in Paris", "at the UN in New York"): a
/// capital or a city of the state, not the state's own name ("in Syria" may
/// be what the words are about).
fn venue_city(s: &Sent, tgt: &[usize], from: usize) -> bool {
    tgt.iter().all(|&a| {
        s.ments
            .iter()
            .find(|m| m.actor == a && m.a >= from)
            .is_some_and(|m| {
                matches!(
                    m.how,
                    MentionHow::Locative(AliasKind::Metonym | AliasKind::Place)
                )
            })
    })
}
