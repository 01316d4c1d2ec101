//! Which trigger absorbs which (step 4): a verb governs the event noun or
//! infinitive after it ("agreed to provide aid", "rejected a request"),
//! modal and intent classes, noun-phrase-internal pairs, the meeting or
//! penalty a "with"/"at" phrase adds to an act, and the warnings and speech
//! acts whose complement is no act of anyone named; and the passes that
//! link each governed trigger to its governor ([`link_governors`]) and fold
//! it in ([`fold_governed`], step 6), with the warnings that state no
//! threat of their own.

use super::*;

/// Whether a clause whose subject is a thing a name qualifies follows
/// token `from`: "(that) the German economy would shrink", "Chinese growth
/// will slow". The head is a plain noun, and an auxiliary or "be" follows
/// it. A bare noun ("that the response would be severe", "the country
/// could resume enrichment") is often the speaker's own act or the speaker
/// itself, and stays a threat.
pub(super) fn impersonal_clause_after(s: &Sent, from: usize) -> bool {
    let n = s.n();
    let mut k = from;
    if k < n && s.f(k) & wc::THAT != 0 {
        k += 1;
    }
    while k < n && s.f(k) & (wc::DET | wc::POSS) != 0 {
        k += 1;
    }
    let Some(m) = s.mention_starting_at(k) else {
        return false;
    };
    k = m.b;
    let head_start = k;
    while k < n && s.is_modifier_word(k) && s.trig_at(k).is_none() && s.mention_at(k).is_none() {
        k += 1;
    }
    k > head_start && k < n && s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO | wc::BE | wc::HAVE) != 0
}

/// Whether a clause follows token `from` whose subject is a definite noun
/// phrase of plain words (no name, no act, no force or side that could be
/// the warner's own) and whose verb, after a modal or auxiliary, is a
/// lexical one: "(that) the move could threaten the peace deal", "the vote
/// would harm relations with Israel". It tells what a thing will do, not
/// what anyone threatens to do. A copula ("the response would be severe")
/// may state the warner's own response and is left out.
pub(super) fn thing_effect_clause_after(s: &Sent, from: usize) -> bool {
    let n = s.n();
    let mut k = from;
    if k < n && s.f(k) & wc::THAT != 0 {
        k += 1;
    }
    if k >= n || !is_definite_determiner(s, k) {
        return false;
    }
    k += 1;
    let head_start = k;
    let actor_like = wc::OWN_FORCE | wc::SET_NOUN | wc::ATTACKER;
    while k < n && s.is_modifier_word(k) && !s.names(k, actor_like) {
        k += 1;
    }
    if k == head_start || k >= n || s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO) == 0 {
        return false;
    }
    while k < n
        && s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO | wc::SKIP | wc::NEG) != 0
        && s.f(k) & (wc::BE | wc::HAVE) == 0
    {
        k += 1;
    }
    k < n
        && s.toks[k].kind == TokenKind::Word
        && s.f(k) & (wc::BE | wc::HAVE) == 0
        && s.mention_at(k).is_none()
        && s.word(k).starts_with(|c: char| c.is_lowercase())
}

/// Whether an infinitive starts at `from`, after adverbs ("vowed to fight
/// the case", "vowed firmly to press on"): "to" and then a verb, not a name,
/// pronoun or noun phrase ("vowed to Israel").
pub(super) fn infinitive_after(s: &Sent, from: usize) -> bool {
    let n = s.toks.len();
    let mut k = from;
    while k < n && s.f(k) & wc::SKIP != 0 {
        k += 1;
    }
    k + 1 < n
        && s.is(k, "to")
        && s.toks[k + 1].kind == TokenKind::Word
        && s.mention_at(k + 1).is_none()
        && s.f(k + 1) & (wc::DET | wc::POSS | wc::PRON) == 0
}

/// The "to" of an infinitive trigger at `ta` ("to fully cooperate").
pub(super) fn infinitive_to(s: &Sent, ta: usize) -> Option<usize> {
    let k = s.back_over_classes(ta, 0, wc::SKIP | wc::NEG);
    (k > 0 && s.is(k - 1, "to")).then(|| k - 1)
}

/// The "to" of a passive infinitive whose participle is at `ta` ("to be
/// signed", "to be formally signed"); a perfect infinitive ("said to have
/// been killed") is reported, not planned, and is left out.
pub(super) fn passive_infinitive_to(s: &Sent, ta: usize) -> Option<usize> {
    let k = s.back_over_classes(ta, 0, wc::SKIP | wc::NEG);
    (k > 1 && s.is(k - 1, "be") && s.is(k - 2, "to")).then(|| k - 2)
}

/// Whether the tokens from `from` to the verb at `to` are the subject and
/// modal of a clause: a name (after a determiner) or a subject pronoun, then
/// "would", "will", "could" and the like, with adverbs or a negation.
pub(super) fn bare_modal_clause(s: &Sent, from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to && s.f(k) & wc::DET != 0 {
        k += 1;
    }
    if let Some(m) = s.mention_at(k).filter(|m| m.a == k) {
        k = m.b;
    } else if k == from && s.f(k) & wc::PRON != 0 {
        k += 1;
    } else {
        return false;
    }
    k < to
        && (k..to).any(|x| s.f(x) & (wc::FUTURE | wc::HYPO) != 0)
        && (k..to).all(|x| s.f(x) & (wc::AUX | wc::NEG | wc::SKIP) != 0)
}

/// The economic penalty (`levy` class) heading a "with" phrase after the
/// object that starts at `from` ("Moscow with new sanctions").
pub(super) fn penalty_instrument(s: &Sent, from: usize) -> Option<usize> {
    // "hit back with sanctions", "hit back at Washington with": the
    // object may be missing or an "at" phrase; "hit Canada and Mexico with":
    // coordinated.
    let object_word = |k: usize| {
        s.is_np_word(k)
            || s.f(k) & wc::CONJ != 0
            || s.punct(k, ",")
            || (k == from && s.is(k, "back"))
            || s.is(k, "at")
            // A name the knowledge base lacks ("hit Google with a fine").
            || (s.toks[k].kind == TokenKind::Word && s.f(k) == 0 && s.trig_at(k).is_none())
    };
    let mut k = from;
    while k < s.n() && k < from + 10 && !s.is(k, "with") {
        if !object_word(k) {
            return None;
        }
        k += 1;
    }
    if !s.is(k, "with") {
        return None;
    }
    k += 1;
    // "with 25% tariffs", "with a 14th package of sanctions".
    let levy_modifier =
        |k: usize| s.f(k) & (wc::DET | wc::OF) != 0 || s.is_modifier_word(k) || s.punct(k, "%");
    while k < s.n() && levy_modifier(k) && !s.names(k, wc::LEVY) {
        k += 1;
    }
    s.names(k, wc::LEVY).then_some(k)
}

/// The trigger heading an "at" or "during" phrase after the object that
/// starts at `from` ("Xi at the SCO summit", "talks with Aoun during a
/// visit to Beirut"), with the actors named inside the phrase before it.
pub(super) fn meeting_venue(s: &Sent, from: usize) -> Option<(usize, Vec<usize>)> {
    // The counterpart may be a name the knowledge base lacks ("Xi"), after
    // "with" ("talks with Xi").
    let object_word = |k: usize| {
        s.is_np_word(k)
            || s.f(k) & wc::TPREP != 0
            || (s.toks[k].kind == TokenKind::Word && s.f(k) == 0 && s.trig_at(k).is_none())
    };
    let occasion = |k: usize| s.in_cold(k, wc::VENUE_PREP);
    let mut k = from;
    while k < s.n() && k < from + 8 && !occasion(k) {
        if !object_word(k) {
            return None;
        }
        k += 1;
    }
    if !occasion(k) {
        return None;
    }
    let object_end = k;
    // "Erdogan met NATO leaders at the NATO summit": an actor the object
    // phrase names is the counterpart even when it also hosts the summit.
    let in_object =
        |a: usize| (from..object_end).any(|j| s.mention_at(j).is_some_and(|m| m.actor == a));
    k += 1;
    let mut venue = Vec::new();
    while k < s.n() && s.trig_at(k).is_none() && s.is_np_word(k) {
        if let Some(m) = s.mention_at(k) {
            if !venue.contains(&m.actor) && !in_object(m.actor) {
                venue.push(m.actor);
            }
        }
        k += 1;
    }
    s.trig_at(k).map(|u| (u, venue))
}

/// Tokens between two triggers that stay inside one noun phrase or
/// prepositional phrase ("a treaty of friendship and cooperation").
pub(super) fn np_internal(s: &Sent, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 6
        && (from..to).all(|k| {
            s.f(k) & (wc::DET | wc::POSS | wc::CONJ | wc::OF | wc::FOR | wc::TPREP) != 0
                || s.is_modifier_word(k)
                || s.mention_at(k).is_some()
                || s.is_possessive(k)
        })
}

/// How trigger `t` governs the next trigger `u`, if it does (see
/// events.tsv: direct / commit / intent / modal classes; any verb governs an
/// event noun that is its object).
pub(super) fn governs(s: &Sent, t: &Trig, u: &Trig) -> Option<Via> {
    // "welcomed the Swedish move to drop the investigation": the reaction is
    // to the decision, which is no act; the act decided is told under the
    // decision noun and stands on its own (see `decision_doers`).
    // "vowed to respond to the attack": the act answered is no act the vow
    // promises (a refusal or a demand to answer it still takes it in:
    // "refused to respond to a demand from Washington" rejects the demand).
    if u.ta < t.tend
        || u.ta - t.tend > GOVERN_WINDOW
        || decision_noun(u)
        || (u.nominal && matches!(t.class, Class::Intent | Class::Modal) && s.answered_act(u.ta))
        // "responded to the attack with missile strikes": the answer in the
        // answer verb's "with" phrase is no object of the act answered.
        || (u.nominal && s.answered_act(t.ta) && s.answer_with_phrase(u.ta).is_some())
    {
        return None;
    }
    let between = t.tend..u.ta;
    let blocked = between.clone().any(|k| {
        s.hard_stop(k)
            || s.punct(k, ",")
            || s.f(k) & (wc::BAR | wc::REL) != 0
            || s.trig_at(k).is_some()
    });
    if blocked {
        return None;
    }
    if t.kind == Kind::Obligation {
        let ok = between.clone().all(|k| {
            s.f(k) & (wc::AUX | wc::SKIP | wc::NEG | wc::TO | wc::BE) != 0 || s.is_modifier_word(k)
        });
        return ok.then_some(Via::Along);
    }
    if t.governing() {
        if let Some(k) = between.clone().find(|&k| s.f(k) & wc::THAT != 0) {
            return Some(Via::That(k));
        }
        // "Poland warned Russia would attack NATO", "Iran warned it would
        // strike Israel": a clause without its "that", known by a subject
        // and a modal right before the verb, reads as with it.
        if !u.nominal
            && matches!(t.class, Class::Direct | Class::Commit)
            && bare_modal_clause(s, t.tend, u.ta)
        {
            return Some(Via::That(t.tend - 1));
        }
        if !u.nominal {
            if infinitive_to(s, u.ta).is_some_and(|k| k >= t.tend)
                || ((t.pos == Pos::Phrase || decision_noun(t))
                    && infinitive_to(s, u.ta) == Some(t.tend.saturating_sub(1)))
            {
                return Some(Via::Infinitive);
            }
            if u.ta > t.tend
                && s.f(u.ta - 1) & (wc::OF | wc::TPREP | wc::FOR) != 0
                && u.form == Form::Ing
            {
                return Some(Via::Gerund);
            }
            // "declined to rule out using force", "ready to consider
            // sending troops" is no such phrase: a gerund right after a
            // modal phrase is the act it keeps open or plans.
            if t.class == Class::Modal && u.form == Form::Ing && u.ta == t.tend {
                return Some(Via::Gerund);
            }
            // "refused to commit to disarming", "agreed to releasing": a
            // gerund after "to" is that preposition's object, whether the
            // "to" ends the governing phrase ("commit to") or follows it.
            let to_at = u.ta.checked_sub(1).filter(|&k| k + 1 >= t.tend && k > t.ta);
            if u.form == Form::Ing && to_at.is_some_and(|k| s.f(k) & wc::TO != 0) {
                return Some(Via::Gerund);
            }
            // Bare complement after an object: "demanded Israel withdraw".
            let bare = t.event_type == EventType::Request
                && u.form == Form::Base
                && between.clone().any(|k| s.mention_at(k).is_some())
                && between
                    .clone()
                    .all(|k| s.mention_at(k).is_some() || s.f(k) & wc::DET != 0);
            return bare.then_some(Via::Infinitive);
        }
        // "agreed to provide about 70 million dollars of aid".
        if between.clone().any(|k| s.is(k, "to")) && !u.nominal {
            return Some(Via::Infinitive);
        }
    }
    if !u.nominal {
        // A purpose infinitive is part of the main event: "sent troops to
        // attack", "met Netanyahu to discuss".
        let purpose = t.is_verb()
            && infinitive_to(s, u.ta)
                .is_some_and(|k| k >= t.tend && (k == 0 || s.f(k - 1) & wc::ASPECT == 0));
        return purpose.then_some(Via::Infinitive);
    }
    // The event noun is the object: "signed an agreement", "rejected a U.S.
    // request", "agreed to a ceasefire", "talks on a truce", "agreed to
    // provide aid".
    let has_to = between.clone().any(|k| s.is(k, "to"));
    if t.governing() && has_to {
        return Some(Via::Infinitive);
    }
    // After a noun ("a treaty of friendship and cooperation") the noun
    // phrase may go on through "of" and "and".
    let ends_in_noun = t.nominal || t.tend > t.tb;
    let np_extra = if ends_in_noun { wc::OF | wc::CONJ } else { 0 };
    // "rejected the absurd and false accusations": two modifiers joined by a
    // conjunction are one modifier of the noun.
    let coordinated_modifiers = |k: usize| {
        k > t.tend
            && s.f(k) & wc::CONJ != 0
            && s.is_modifier_word(k - 1)
            && s.is_modifier_word(k + 1)
    };
    let np_ok = between.clone().all(|k| {
        s.f(k) & (wc::DET | wc::POSS | wc::TO | wc::FOR | wc::TPREP | wc::SKIP | np_extra) != 0
            || coordinated_modifiers(k)
            || s.mention_at(k).is_some()
            || s.is_possessive(k)
            || s.is_modifier_word(k)
            || s.punct(k, "\"")
    });
    if !np_ok {
        return None;
    }
    let has_prep = between
        .clone()
        .any(|k| s.f(k) & (wc::FOR | wc::TPREP | wc::TO | np_extra) != 0);
    if t.nominal || (t.tend > t.tb && between.clone().any(|k| s.f(k) & wc::OF != 0)) {
        // "talks on a ceasefire", "demand for the release".
        return has_prep.then_some(Via::Object);
    }
    // Only verbs that take a speech-act or commitment object absorb a noun
    // after a preposition; "attacked during talks" does not.
    (!has_prep || t.governing()).then_some(Via::Object)
}

/// Whether a speech act ending before token `from` names whom it is aimed at
/// by a noun phrase that is no actor, right before the word of class `opens`
/// that opens the act it asks for or charges (which starts at `governed`):
/// "called on the international community to", "urged the two sides to",
/// "accused the groups of". A determiner must open the phrase, so a bare
/// "to" ("called for Israel to") or an adverb is none. (`trig_at` marks
/// event nouns; mentions, actors.)
pub(super) fn unknown_addressee(
    s: &Sent,
    from: usize,
    governed: usize,
    opens: wc::Classes,
) -> bool {
    if from >= governed || s.f(from) & (wc::DET | wc::POSS) == 0 {
        return false;
    }
    for k in from..governed.min(from + OBJECT_WINDOW) {
        // An event noun there is the act itself ("rejected an invitation
        // to attend"), no addressee.
        if s.mention_at(k).is_some() || s.trig_at(k).is_some() {
            return false;
        }
        if s.f(k) & opens != 0 {
            return k > from + 1;
        }
        let plain = s.toks[k].kind == TokenKind::Word
            && (s.is_modifier_word(k) || s.f(k) & (wc::DET | wc::POSS) != 0);
        if !plain {
            return false;
        }
    }
    false
}

/// Whether intent/modal trigger `g` is itself folded into an event
/// governor ("refused to offer talks"): then nothing under it is emitted.
pub(super) fn folded_into_event(trigs: &[Trig], g: usize) -> bool {
    let mut cur = g;
    for _ in 0..trigs.len() {
        match trigs[cur].governor {
            Some((up, _)) if matches!(trigs[up].class, Class::Intent | Class::Modal) => cur = up,
            Some(_) => return true,
            None => return false,
        }
    }
    false
}

/// Step 4: which trigger absorbs which. A trigger governed by the one
/// before it ([`governs`]) is linked to it; further nouns of a folded
/// object ("a treaty of friendship and cooperation") and coordinated
/// complements ("to land and evacuate") fold into the same governor.
pub(super) fn link_governors(s: &Sent, trigs: &mut [Trig]) {
    for i in 0..trigs.len().saturating_sub(1) {
        let j = i + 1;
        if let Some(via) = governs(s, &trigs[i], &trigs[j]) {
            trigs[j].governor = Some((i, via));
        } else if let Some((g, _)) = trigs[i].governor {
            // Further nouns of a folded object ("a treaty of friendship
            // and cooperation") and coordinated complements ("to land and
            // evacuate") fold into the same governor.
            let coordinated = !trigs[j].nominal
                && !trigs[i].nominal
                && (trigs[i].tend..trigs[j].ta).any(|x| s.f(x) & wc::CONJ != 0)
                && (trigs[i].tend..trigs[j].ta).all(|x| {
                    s.f(x) & (wc::CONJ | wc::TO | wc::SKIP | wc::DET | wc::OF | wc::FOR) != 0
                        || s.is_modifier_word(x)
                        || s.mention_at(x).is_some()
                });
            // "vowed to retaliate for the attack": the act answered is no
            // further noun of the vow's object.
            let further_noun = trigs[j].nominal
                && np_internal(s, trigs[i].tend, trigs[j].ta)
                && !s.answered_act(trigs[j].ta);
            if further_noun || coordinated {
                trigs[j].governor = Some((g, Via::Along));
            }
        }
    }
}

/// Step 6: fold governed triggers into their governors: an intent or modal
/// lends its source; an order to one's own forces makes the act the
/// orderer's; a warning of another side's act is that act, reported; a
/// threat of the warner's own act takes its mode; a request or accusation
/// is aimed at the governed act's doer (or its target, or the subject of
/// its "that" clause).
pub(super) fn fold_governed(sc: &Scope, s: &Sent, trigs: &mut [Trig], lower: &mut String) {
    let doc = sc.doc;
    let Doc { actors, lex, .. } = *doc;
    for i in 0..trigs.len() {
        let Some((g, via)) = trigs[i].governor else {
            continue;
        };
        match trigs[g].class {
            Class::Intent | Class::Modal if decision_noun(&trigs[g]) => {
                match decision_doers(s, trigs, g) {
                    DecisionDoers::Owner(doers) if !trigs[i].passive() => {
                        trigs[i].source = doers;
                    }
                    DecisionDoers::Unnamed(reaction) => {
                        trigs[i].absorbed = true;
                        // "rejected a bid to recall 24 Kuomintang lawmakers":
                        // a speech act or commitment with no object of its
                        // own is aimed where the act it rejects was, as when
                        // it governs the act itself (`aim_governor`).
                        if let Some(r) = reaction.filter(|&r| trigs[r].governing()) {
                            if trigs[r].target.is_empty() {
                                trigs[r].target = trigs[i].target.clone();
                            }
                        }
                    }
                    _ => {
                        if trigs[i].source.is_empty() && !trigs[i].passive() {
                            trigs[i].source = trigs[g].source.clone();
                        }
                    }
                }
            }
            Class::Intent | Class::Modal => {
                if trigs[i].source.is_empty() && !trigs[i].passive() {
                    trigs[i].source = trigs[g].source.clone();
                }
            }
            class => {
                // "Netanyahu ordered the military to carry out strikes
                // in Gaza": an order to one's own forces asks nobody
                // outside; the strike is the event, by the orderer's
                // side. "Pezeshkian ordered the suspension of
                // cooperation with the IAEA": the ordered act named by
                // a noun is the orderer's.
                if let Some(doer) = ordered_act_doer(s, actors, trigs, g, i, via) {
                    // An order to a force is an instruction: the act it
                    // names lies ahead, whether its trigger is a verb
                    // ("to strike") or a noun ("to carry out strikes").
                    // An act ordered by its noun ("ordered the
                    // suspension of cooperation") is decreed by the
                    // order itself and keeps its own modality.
                    trigs[i].ordered = via == Via::Infinitive;
                    trigs[i].source = doer;
                    trigs[i].governor = None;
                    trigs[g].absorbed = true;
                    continue;
                }
                // "Zelensky warned that Russia would attack Ukraine": a
                // warning of another side's hostile act threatens
                // nothing by the one who warns; the act is reported on
                // its own (the speaker's claim, in the future).
                let others_act = matches!(via, Via::That(_))
                    && class == Class::Direct
                    && trigs[g].event_type == EventType::Threaten
                    && hostile(trigs[i].event_type)
                    && !trigs[i].passive()
                    && !trigs[i].source.is_empty()
                    && trigs[i].source != trigs[g].source
                    && !same_side(actors, &trigs[i].source, &trigs[g].source);
                if others_act {
                    fold_others_act(s, lex, trigs, i, g, lower);
                    continue;
                }
                lend_threat_mode(actors, lex, trigs, i, g);
                aim_governor(sc, s, trigs, i, g, via, class);
            }
        }
    }
}

/// A noun row of the `modal` class ("decision to", "move to"): a decision or
/// plan named as a thing, whose infinitive is the act decided.
pub(super) fn decision_noun(t: &Trig) -> bool {
    t.class == Class::Modal && t.pos == Pos::Noun && t.nominal
}

/// Who does the act a decision noun names.
enum DecisionDoers {
    /// The noun's own owner: "welcomed the Swedish move to drop the
    /// investigation", "condemned Turkey's decision to shoot down the jet".
    Owner(Vec<usize>),
    /// Nobody the sentence names: a decision nobody owns in the object of
    /// another trigger ("welcomed the decision to drop the case") is no act
    /// of that trigger's subject, and one after a preposition ("struck Gaza
    /// in a move to pressure Hamas") is the purpose of the act before it,
    /// part of that act as any purpose infinitive is. With the trigger whose
    /// object the decision is, if any.
    Unnamed(Option<usize>),
    /// The act's own arguments, as under a modal verb: after a support verb
    /// ("Sweden made the decision to drop"), a base verb read as the noun
    /// ("will move to drop"), or an owner no actor stands for.
    Subject,
}

/// Who does the act that decision noun `g` names: its possessor or a
/// state's adjective before it (over modifiers), which the noun's own
/// arguments hold, else see [`DecisionDoers`].
fn decision_doers(s: &Sent, trigs: &[Trig], g: usize) -> DecisionDoers {
    let t = &trigs[g];
    let first = s.back_over_at_most(t.ta, 0, 3, |j| s.is_modifier_word(j));
    let Some(p) = first.checked_sub(1) else {
        return DecisionDoers::Subject;
    };
    // "the judge's decision to sentence him": an owner who is no actor is
    // named, and the act is that owner's, whom no record can hold.
    if s.is_possessive(p) && p > 0 && s.mention_ending_at(p - 1).is_none() {
        return DecisionDoers::Unnamed(None);
    }
    let owned = s.is_possessive(p)
        || s.f(p) & wc::POSS != 0
        || s.mention_ending_at(p).is_some_and(|m| {
            matches!(
                m.how,
                MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
            )
        });
    // An owner the noun's arguments could not name ("her decision to meet
    // with Bill Clinton", a person the knowledge base lacks) leaves the act
    // its own arguments.
    if owned {
        return if t.source.is_empty() {
            DecisionDoers::Subject
        } else {
            DecisionDoers::Owner(t.source.clone())
        };
    }
    // The word that governs the noun phrase: right before it, over
    // determiners. A support verb ("made the decision") is no reaction, but a
    // speech act or commitment of the `light` class ("rejected a bid") is.
    let Some(before) = s.back_over_classes(first, 0, wc::DET).checked_sub(1) else {
        return DecisionDoers::Subject;
    };
    let reaction = s
        .trig_at(before)
        .filter(|&v| trigs[v].is_verb() && (trigs[v].governing() || s.f(before) & wc::LIGHT == 0));
    if reaction.is_some() || s.f(before) & PREPS != 0 {
        DecisionDoers::Unnamed(reaction)
    } else {
        DecisionDoers::Subject
    }
}

/// "Zelensky warned that Russia would attack Ukraine": a warning of another
/// side's hostile act (trigger `i`, governed by the warning `g`) threatens
/// nothing by the one who warns; the act is reported on its own, aimed back
/// at the warner when its object points back, and a threat phrase of the
/// other side's becomes its head verb's hostile act. The warning is
/// absorbed.
fn fold_others_act(
    s: &Sent,
    lex: &EventLexicon,
    trigs: &mut [Trig],
    i: usize,
    g: usize,
    lower: &mut String,
) {
    // "Iran warned that Israel would attack it / its sites / the country": the
    // object that points back is the one who warns.
    let at = trigs[i].tend;
    let points_back =
        s.f(at) & (wc::PRON | wc::POSS) != 0 || (s.is(at, "the") && s.is(at + 1, "country"));
    if trigs[i].target.is_empty() && points_back {
        trigs[i].target = trigs[g].source.clone();
    }
    // "Israel warned that Hezbollah would strike Israel if ...": the other side
    // made no threat; the warned act is its head verb's own (an attack, in the
    // future).
    if trigs[i].event_type == EventType::Threaten {
        let plain = lex
            .one_word_rows(s.word(trigs[i].ta), lower)
            .iter()
            .find_map(|&(e, _)| {
                let entry = &lex.entries[e as usize];
                let ty = entry.event_type?;
                (entry.pos == Pos::Verb
                    && entry.tail.is_empty()
                    && ty != EventType::Threaten
                    && hostile(ty))
                .then_some((e, ty))
            });
        if let Some((e, ty)) = plain {
            trigs[i].kind = Kind::Lexicon(e);
            trigs[i].event_type = ty;
        }
    }
    trigs[g].absorbed = true;
    trigs[i].governor = None;
}

/// "Iran warned it would strike Israel": a threat (trigger `g`) of the
/// warner's own act (trigger `i`) takes its mode from the act's kind (a
/// threat phrase's row, violence, restriction), once.
fn lend_threat_mode(
    actors: &DocActors,
    lex: &EventLexicon,
    trigs: &mut [Trig],
    i: usize,
    g: usize,
) {
    let own_threat = trigs[g].event_type == EventType::Threaten
        && !trigs[i].passive()
        && (trigs[i].source.is_empty() || same_side(actors, &trigs[i].source, &trigs[g].source));
    if own_threat && trigs[g].folded_mode.is_none() {
        // A threat phrase ("strike ... if") has its own mode.
        let row_mode = match trigs[i].kind {
            Kind::Lexicon(e) if trigs[i].event_type == EventType::Threaten => {
                lex.entries[e as usize].mode.as_deref().map(str::to_string)
            }
            _ => None,
        };
        trigs[g].folded_mode = row_mode.or(match trigs[i].event_type {
            EventType::Assault => Some("violence".to_owned()),
            EventType::Sanction => Some("restrict".to_owned()),
            _ => None,
        });
    }
}

/// The target of governor `g` from the act it governs (trigger `i`, reached
/// by `via`; `class` the governor's): a request whose cue's speaker is the
/// act's doer is the speaker's own; a request or accusation is aimed at the
/// governed act's doer, or its target, or the subject of its "that" clause,
/// unless it names an addressee before "to"/"of" or the act is a threat of
/// the threatener's own side or a force sent to help.
fn aim_governor(
    sc: &Scope,
    s: &Sent,
    trigs: &mut [Trig],
    i: usize,
    g: usize,
    via: Via,
    class: Class,
) {
    let doc = sc.doc;
    let actors = doc.actors;
    // "Mondlane said the count was rigged and called for a national strike": a
    // request whose own cue's speaker is the doer the asked-for act took from
    // that speaker is the speaker's request; the speaker asks, and is not
    // asked.
    if class == Class::Direct && trigs[g].source.is_empty() && !trigs[i].passive() {
        let cue_speaker = doc.cue_speaker_at(sc.cues, trigs[g].start, trigs[g].end);
        // "He urged Beijing to lift the tariffs", with "He" resolved to
        // Beijing: a doer named between the request and the act is the one
        // asked, and a speaker asking itself is a misread pronoun (as
        // `cue_speaker_roles` holds for a request aimed at its speaker).
        let asked_by_name = |sp: usize| {
            s.ments
                .iter()
                .any(|m| m.actor == sp && m.a >= trigs[g].tend && m.b <= trigs[i].ta)
        };
        if let Some(speaker) =
            cue_speaker.filter(|&sp| trigs[i].source == [sp] && !asked_by_name(sp))
        {
            trigs[g].source = vec![speaker];
        }
    }
    // "the army was deployed to support the police": a force sent to help
    // someone is not aimed at them (one sent to fight someone is).
    if trigs[g].event_type == EventType::Mobilize && !hostile(trigs[i].event_type) {
        return;
    }
    if !trigs[g].target.is_empty() {
        return;
    }
    // "resigned yesterday to allow Haiti's first democratic elections", "withdrew
    // to allow Kenyan troops in": a retreat yields to the other side, which its
    // purpose infinitive does not name; the parties of the purpose are not its
    // target. (Its own object still is: "withdrew from Gaza".)
    if via == Via::Infinitive && class == Class::Event && trigs[g].event_type == EventType::Retreat
    {
        return;
    }
    // "warned that Russia would attack Ukraine": a threat of the threatener's
    // own side's hostile act is aimed at its object; of another act ("warned
    // that Iran had signed a deal with X") it names no target.
    let own_side = |who: &[usize]| {
        trigs[g].event_type == EventType::Threaten && same_side(actors, who, &trigs[g].source)
    };
    let own_act = !trigs[i].passive() && own_side(&trigs[i].source);
    if own_act && !hostile(trigs[i].event_type) {
        return;
    }
    // "demanded that Hamas renounce": the clause's subject.
    if let Via::That(k) = via {
        if let Some(m) = s.mention_from(k + 1) {
            let subj = actors_of(&s.group_right(m, s.n()));
            if subj != trigs[g].source && !own_side(&subj) {
                trigs[g].target = subj;
                return;
            }
        }
    }
    // "called on the international community to intervene to stop Israeli
    // attacks": the call is aimed at whom it names before "to", though no
    // actor; the asked-for act's parties are not its addressees. (Only a
    // request asks someone: "rejected an invitation to attend" names the act
    // rejected.) So is an accusation before "of": "accused the groups of
    // attacking U.S. personnel" accuses the groups, not the United States.
    let opens_act = match trigs[g].event_type {
        EventType::Request => wc::TO,
        EventType::Accuse => wc::OF,
        _ => 0,
    };
    if class == Class::Direct
        && opens_act != 0
        && unknown_addressee(s, trigs[g].tend, trigs[i].ta, opens_act)
    {
        return;
    }
    let (u_src, u_tgt) = (trigs[i].source.clone(), trigs[i].target.clone());
    let g_src = trigs[g].source.clone();
    let src_ok = !u_src.is_empty() && u_src != g_src && !trigs[i].passive() && !own_side(&u_src);
    // "condemned the strikes on Iran": whom a hostile act named without its
    // doer was done to is its victim, not whom the condemnation is aimed at
    // (the unnamed doer is).
    let victim_only = !src_ok
        && trigs[g].event_type == EventType::Accuse
        && trigs[i].nominal
        && hostile(trigs[i].event_type);
    // "Erdogan held talks on the sidelines of the G7 summit": the body that
    // holds the summit a meeting verb names as its occasion is no party to
    // that meeting (as `meeting_occasions` reads "at the SCO summit"); only
    // whom the summit noun names as met would be.
    let occasion_host = trigs[g].event_type == EventType::Consult
        && trigs[i].event_type == EventType::Consult
        && trigs[i].nominal;
    trigs[g].target = if class == Class::Direct {
        if src_ok {
            u_src
        } else if victim_only {
            Vec::new()
        } else {
            u_tgt
        }
    } else if !u_tgt.is_empty() {
        u_tgt
    } else if src_ok && !occasion_host && !own_state_act(actors, &u_src, &g_src) {
        u_src
    } else {
        Vec::new()
    };
}

/// "Rubio reaffirmed Washington's commitment to defend its allies": an act
/// that a commitment or stance names, done by the state (or a body of it)
/// of the doer's own country (the stance noun's owner), is that side's act;
/// the commitment is aimed at no one the act does not name. A person is a
/// party of their own ("Cruz refuses to disavow the endorsement of Graham"),
/// and so is a company or any other body that is not the state's ("Trump
/// praised Apple's commitment to build plants" is aimed at Apple); a
/// request or demand asks its own side too ("Trump urged Congress to act"
/// keeps Congress: `Class::Direct` never comes here).
fn own_state_act(actors: &DocActors, doers: &[usize], governor_source: &[usize]) -> bool {
    let state_or_body = |a: usize| {
        actors.actors.get(a).is_some_and(|d| {
            d.kind == sitrep_record::ActorKind::Country
                || matches!(
                    d.sector.as_deref(),
                    Some("GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY")
                )
        })
    };
    doers
        .iter()
        .all(|&a| !actors.is_person(a) && state_or_body(a))
        && same_side(actors, doers, governor_source)
}

/// "Defense Secretary Pete Hegseth warned that Washington would not hesitate
/// to act again": a warning whose only targets are the warner's own state
/// (a bare state of the country of one of its sources), read from the
/// that-clause after it, names who will act, not whom it threatens; the
/// warning keeps no target. An object of its own ("warned Washington that",
/// "threatened to retaliate against Iran") stays.
pub(super) fn own_state_warning_targets(s: &Sent, actors: &DocActors, trigs: &mut [Trig]) {
    let bare_state = |x: usize| {
        actors
            .actors
            .get(x)
            .is_some_and(|d| d.kind == sitrep_record::ActorKind::Country && d.sector.is_none())
    };
    for t in trigs.iter_mut() {
        let own = t.event_type == EventType::Threaten
            && t.class == Class::Direct
            && t.tend < s.n()
            && s.f(t.tend) & wc::THAT != 0
            && !t.source.is_empty()
            && t.target.iter().all(|&a| bare_state(a))
            && same_side(actors, &t.target, &t.source)
            && !t.target.iter().any(|a| t.source.contains(a));
        if own {
            t.target.clear();
        }
    }
}

/// "Iran warned it would strike Israel if attacked": a warning with no
/// target of its own states the threat coded after it by the same side; it
/// is coded once (absorbed).
pub(super) fn absorb_stated_warnings(actors: &DocActors, trigs: &mut [Trig]) {
    for g in 0..trigs.len() {
        let bare_warning = trigs[g].event_type == EventType::Threaten
            && trigs[g].class == Class::Direct
            && trigs[g].target.is_empty()
            && !trigs[g].source.is_empty();
        if !bare_warning {
            continue;
        }
        let stated = trigs[g + 1..].iter().any(|u| {
            !u.absorbed
                && u.event_type == EventType::Threaten
                && !u.target.is_empty()
                && same_side(actors, &u.source, &trigs[g].source)
        });
        if stated {
            trigs[g].absorbed = true;
        }
    }
}

/// "The Bundesbank warned the German economy would shrink": a warning
/// about an impersonal outcome threatens no one; the state that names the
/// economy is no target. So is one about what a thing will do ("Rubio
/// warned that the move could threaten the peace deal"): the convention
/// codes a warning THREATEN only when what is warned of is the warner's own
/// act or its side's. Such warnings are absorbed.
pub(super) fn absorb_outcome_warnings(s: &Sent, trigs: &mut [Trig]) {
    for g in 0..trigs.len() {
        let about_outcome = trigs[g].event_type == EventType::Threaten
            && trigs[g].class == Class::Direct
            && trigs[g].is_verb()
            && !trigs[g].absorbed
            && !trigs
                .iter()
                .any(|u| u.governor.is_some_and(|(up, _)| up == g))
            && impersonal_clause_after(s, trigs[g].tend);
        // A thing's effect absorbs the warning even when the clause
        // holds an act of its own ("could threaten the peace deal"),
        // which, governed by the warning, is not emitted either.
        let about_effect = trigs[g].event_type == EventType::Threaten
            && trigs[g].class == Class::Direct
            && trigs[g].is_verb()
            && trigs[g].tend == trigs[g].tb
            && thing_effect_clause_after(s, trigs[g].tend);
        if about_outcome || about_effect {
            trigs[g].absorbed = true;
        }
    }
}
