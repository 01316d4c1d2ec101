//! Which trigger absorbs which (step 4): a verb governs the event noun or
//! infinitive after it ("agreed to provide aid", "rejected a request"),
//! modal and intent classes, noun-phrase-internal pairs, the meeting or
//! penalty a "with"/"at" phrase adds to an act, and the warnings and speech
//! acts whose complement is no act of anyone named.

use super::modality::is_definite_determiner;
use super::{Kind, Sent, Trig, Via, GOVERN_WINDOW, OBJECT_WINDOW};
use crate::lexicon::{wc, Class, Form, Pos};
use sitrep_record::EventType;
use sitrep_text::TokenKind;

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
    if u.ta < t.tend || u.ta - t.tend > GOVERN_WINDOW {
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
                || (t.pos == Pos::Phrase
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
