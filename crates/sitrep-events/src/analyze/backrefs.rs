//! Acts named back by a definite noun: "Israel struck Doha. Egypt condemned
//! the strike", "Qatar said the strike had killed a serviceman". The noun
//! names no party itself; the act the story told before does. The earlier
//! event found ([`referenced_event`]) gives a reaction to the act its
//! target ([`reaction_to_told_act`]: the act's doers) and a verb whose
//! subject the noun is its source ([`told_act_as_subject`]).

use super::roles::mediated_act;
use super::*;
use sitrep_record::ActorKind;

/// The earlier event of the document (`told_before`, in text order) that a
/// definite event noun names back, nearest first: one whose trigger holds
/// the noun itself ("held talks" for "the talks", "air strike" for "the
/// strike"), else one of the noun's own type (`noun_type`: the trigger's
/// type when the noun is a trigger, else the noun's rows in the lexicon),
/// else, for an agreement noun, an agreement ("agreed to a ceasefire" for
/// "the truce") or one whose trigger names an agreement ("signed a peace
/// agreement" for "the deal"). A mediator's or host's event has a third
/// party as its doer, an act the story says did not happen ("would not take
/// part in any counterattack") none that "the attack" can point back to,
/// and an event without a doer gives no party: none of them is an
/// antecedent.
///
/// When the act's doers are taken as another act's target or source
/// (`doers_taken`), the search is stricter: a hostile act whose doer is
/// its own claim's speaker is no antecedent (for want of another doer the
/// rules give the speaker, often wrongly: "Al Thani said the attack killed
/// ..."), and for an agreement noun an event whose trigger names an
/// agreement comes before any event of the type ("Iran concluded an
/// agreement" before "Iran will accept inspections" for "the accord": an
/// acceptance or promise is an agreement too, but not the one named); and
/// an act of the kind without a doer told in a later sentence than the
/// event found, done to others than the found act's targets, and fitting
/// the noun as well as the found act does (its trigger holds the noun when
/// the found act's does), is another act that stands between them, so
/// none is found ("Palestinians killed in
/// Gaza" between "Israel struck Doha" and "Egypt condemned the killing"
/// leaves the condemnation without a target rather than aimed at Israel
/// for another act). A doerless act in the found act's own sentence ("an
/// unprecedented attack"), or one with no target or a target of the found
/// act ("Explosions hit a compound"), may be that act told again, and
/// stops nothing. The re-mentions of `point_back` keep the search they had.
pub(super) fn referenced_event<'e>(
    doc: &Doc,
    noun: &str,
    noun_type: Option<EventType>,
    told_before: &'e [EventRecord],
    doers_taken: bool,
    lower: &mut String,
) -> Option<&'e EventRecord> {
    let lex = doc.lex;
    let agreement_noun = is_agreement_noun(lex, noun, lower);
    let speakers_own_hostile_act = |e: &EventRecord| {
        doers_taken
            && hostile(e.event_type)
            && e.claim
                .as_deref()
                .and_then(|id| doc.claims.iter().find(|c| c.id == id))
                .and_then(|c| c.speaker.actor.as_deref())
                .is_some_and(|sp| e.source.len() == 1 && e.source[0] == sp)
    };
    let admissible = |e: &EventRecord| {
        !lex.is_third_party_mode(e.mode.as_deref())
            && e.modality != Modality::Negated
            && !speakers_own_hostile_act(e)
    };
    let earlier = || {
        told_before
            .iter()
            .rev()
            .filter(|e| !e.source.is_empty() && admissible(e))
    };
    let names_agreement =
        |e: &EventRecord, lower: &mut String| trigger_names_agreement(doc, e, lower);
    let of_type = |e: &EventRecord, lower: &mut String| match noun_type {
        Some(ty) => ty == e.event_type,
        None => is_noun_of_type(lex, noun, lower, e.event_type),
    };
    let agreement = |e: &EventRecord, lower: &mut String| {
        agreement_noun && (e.event_type == EventType::Agree || names_agreement(e, lower))
    };
    // How well `e` fits the noun, best first: its trigger holds the noun,
    // names the agreement an agreement noun is, is of the noun's type, or
    // is an agreement.
    let fit = |e: &EventRecord, lower: &mut String| -> Option<u8> {
        if trigger_holds(doc, e, noun) {
            Some(0)
        } else if doers_taken && agreement_noun && names_agreement(e, lower) {
            Some(1)
        } else if of_type(e, lower) {
            Some(2)
        } else {
            agreement(e, lower).then_some(3)
        }
    };
    // The latest event of the best fit, in one pass: a better fit replaces
    // the one kept, and the best stops the search.
    let mut best: Option<(&EventRecord, u8)> = None;
    for e in earlier() {
        let Some(f) = fit(e, lower) else { continue };
        if best.is_none_or(|(_, kept)| f < kept) {
            best = Some((e, f));
            if f == 0 {
                break;
            }
        }
    }
    let (found, found_fit) = best?;
    if !doers_taken {
        return Some(found);
    }
    let at = told_before.iter().rposition(|e| std::ptr::eq(e, found))?;
    let doerless_between = told_before[at + 1..].iter().any(|e| {
        e.source.is_empty()
            && !e.target.is_empty()
            && !e.target.iter().any(|a| found.target.contains(a))
            && e.sentence.start > found.sentence.start
            && admissible(e)
            && fit(e, lower).is_some_and(|f| f <= found_fit)
    });
    (!doerless_between).then_some(found)
}

/// Whether the trigger of `e` holds the noun itself, a plural aside ("held
/// talks" for "the talks", "air strikes" for "the strike").
fn trigger_holds(doc: &Doc, e: &EventRecord, noun: &str) -> bool {
    let head = noun.trim_end_matches('s');
    trigger_words(doc, e).any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(head))
}

/// Whether the trigger of `e` names an agreement ("signed a peace
/// agreement").
fn trigger_names_agreement(doc: &Doc, e: &EventRecord, lower: &mut String) -> bool {
    trigger_words(doc, e).any(|w| is_agreement_noun(doc.lex, w, lower))
}

fn trigger_words<'t>(doc: &Doc<'t>, e: &EventRecord) -> impl Iterator<Item = &'t str> {
    doc.text[e.trigger.start..e.trigger.end].split(|c: char| !c.is_alphanumeric())
}

/// Whether the definite event noun `noun`, a trigger of type `event_type`,
/// can name the earlier event `e` back: its trigger holds the noun, it is
/// of the noun's type, or, for an agreement noun, it is or names an
/// agreement — the kinds [`referenced_event`] looks for without
/// `doers_taken` (`point_back`'s comment re-mentions ask of every earlier
/// event, not the nearest).
pub(super) fn names_event_back(
    doc: &Doc,
    noun: &str,
    event_type: EventType,
    e: &EventRecord,
    lower: &mut String,
) -> bool {
    trigger_holds(doc, e, noun)
        || e.event_type == event_type
        || (is_agreement_noun(doc.lex, noun, lower)
            && (e.event_type == EventType::Agree || trigger_names_agreement(doc, e, lower)))
}

/// Reactions whose object, when it is an act, is aimed at that act's
/// doers: condemning, welcoming, rejecting, accepting or protesting it.
fn reaction(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Accuse
            | EventType::Support
            | EventType::Reject
            | EventType::Agree
            | EventType::Protest
    )
}

/// The head of a definite noun phrase opening at `start` ("the strike", "the
/// temporary truce", "these designations"): the last word of its modifiers,
/// none when a name stands among them ("the Israeli strike" names its own
/// doer) or no determiner opens it.
fn definite_head(s: &Sent, trigs: &[Trig], start: usize) -> Option<usize> {
    if start + 1 >= s.n() {
        return None;
    }
    let nominal_at = |j: usize| {
        s.trig_at(j)
            .and_then(|u| trigs.get(u))
            .is_some_and(|u| u.nominal)
    };
    // "rejected that demand": "that" is a demonstrative only before an
    // event noun that ends its phrase ("denied that attacks took place"
    // opens a clause).
    if s.word(start).eq_ignore_ascii_case("that") {
        let after = start + 2;
        let phrase_ends =
            after >= s.n() || s.toks[after].kind == TokenKind::Punct || s.f(after) & PREPS != 0;
        let event_word = s.trig_at(start + 1).is_some();
        return (event_word && phrase_ends && !names_own_doer(s, start + 1)).then_some(start + 1);
    }
    if !is_definite_determiner(s, start) {
        return None;
    }
    // Modifiers and the head: plain lower-case words, and event nouns (a
    // trigger is no modifier word).
    let in_phrase = |j: usize| {
        s.is_modifier_word(j)
            || (nominal_at(j) && s.word(j).starts_with(|c: char| c.is_lowercase()))
    };
    let mut head = None;
    let mut j = start + 1;
    while j < s.n() && in_phrase(j) {
        head = Some(j);
        j += 1;
    }
    head.filter(|&h| !names_own_doer(s, h))
}

/// Whether a name, or "by" and a name, follows the noun at `head` ("the
/// strike Israel launched", "the attack by the Pentagon"): the phrase names
/// the act's doer itself, and the clause rules have read it.
fn names_own_doer(s: &Sent, head: usize) -> bool {
    let next = head + 1;
    next < s.n()
        && (s.mention_at(next).is_some()
            || (s.f(next) & wc::BY != 0 && s.mention_at(next + 1).is_some()))
}

/// The lexicon type of the trigger at token `j`, the head of a definite
/// noun phrase (so a noun, whichever reading its row was given).
fn noun_type_at(s: &Sent, trigs: &[Trig], j: usize) -> Option<EventType> {
    s.trig_at(j)
        .and_then(|u| trigs.get(u))
        .map(|u| u.event_type)
}

/// The parties of an earlier act that a reaction by `source` is aimed at:
/// the doers of an act done to someone; all the parties of a joint act (an
/// agreement, a cooperation, talks), since welcoming a ceasefire is aimed
/// at every side of it. The reacting actors themselves, and their own state
/// and its bodies, are no target of their own reaction ("Netanyahu's
/// cabinet approved the deal" aims at the deal's other party).
fn parties_reacted_to(actors: &DocActors, act: &EventRecord, source: &[String]) -> Vec<String> {
    let joint = mutual(act.event_type) || act.event_type == EventType::Consult;
    let actor = |id: &String| actors.actors.iter().find(|a| &a.id == id);
    let own_states: Vec<&str> = source
        .iter()
        .filter_map(|id| actor(id)?.country.as_deref())
        .collect();
    // A state or one of its bodies ("ISR", "ISRGOV"); an armed group or a
    // person of that state is a party of its own.
    let own_state = |id: &String| {
        actor(id).is_some_and(|a| {
            a.kind == ActorKind::Country
                && a.country
                    .as_deref()
                    .is_some_and(|c| own_states.contains(&c))
        })
    };
    let mut parties: Vec<String> = act.source.clone();
    if joint {
        for a in &act.target {
            if !parties.contains(a) {
                parties.push(a.clone());
            }
        }
    }
    parties.retain(|a| !source.contains(a) && !own_state(a));
    parties
}

/// "Saudi Arabia and Egypt condemned the strike", "Mikati welcomed the
/// ceasefire", "Mondlane rejected the ruling": a reaction whose object is a
/// definite noun naming an act the story told before, and that found no
/// target of its own, is aimed at that act's parties
/// ([`parties_reacted_to`]). A noun no earlier event matches leaves the
/// target empty.
#[allow(clippy::too_many_arguments)]
pub(super) fn reaction_to_told_act(
    doc: &Doc,
    s: &Sent,
    trigs: &[Trig],
    t: &Trig,
    event_type: EventType,
    told_before: &[EventRecord],
    source: &[String],
    target: &mut Vec<String>,
    lower: &mut String,
) {
    if !target.is_empty()
        || source.is_empty()
        || !t.is_verb()
        || t.passive()
        || !reaction(event_type)
    {
        return;
    }
    // The noun is the object a gapped row holds ("approved the deal") or
    // the phrase after the verb ("welcomed the ceasefire").
    let head = if t.tend > t.tb + 1 && definite_np_at(s, t.tend - 1, t.tb) {
        Some(t.tend - 1).filter(|&h| !names_own_doer(s, h))
    } else {
        definite_head(s, trigs, t.tend)
    };
    let Some(head) = head else {
        return;
    };
    let noun_type = noun_type_at(s, trigs, head);
    let Some(act) = referenced_event(doc, s.word(head), noun_type, told_before, true, lower) else {
        if let Some(court) = ruling_author(doc, s.word(head), t.start, source) {
            *target = vec![court];
        } else if event_type == EventType::Reject && noun_type == Some(EventType::Accuse) {
            if let Some(accuser) = accusation_author(doc, t.start, source) {
                *target = vec![accuser];
            }
        }
        return;
    };
    *target = parties_reacted_to(doc.actors, act, source);
}

/// The author of a ruling that the records hold no event for ("Mondlane
/// rejected the ruling", "Israel rejected the opinion" after "the
/// International Court of Justice said in an advisory opinion"): a ruling,
/// verdict, judgment or opinion is a court's, so the nearest court (else
/// judge) named before the reaction in the document, other than the
/// reacting actors. With none named, no one.
fn ruling_author(doc: &Doc, noun: &str, before: usize, source: &[String]) -> Option<String> {
    if doc.lex.rare_classes(noun) & wc::RULING == 0 {
        return None;
    }
    let actors = doc.actors;
    let judiciary_before = || {
        actors.mentions[..actors.mentions.partition_point(|m| m.start < before)]
            .iter()
            .rev()
            .filter_map(|m| actors.actors.get(m.actor))
            .filter(|a| a.sector.as_deref() == Some("JUD") && !source.contains(&a.id))
    };
    // The court itself before one of its judges ("Council president Lucia
    // Ribeiro said ..." after "the Constitutional Council confirmed").
    judiciary_before()
        .find(|a| a.kind != ActorKind::Person)
        .or_else(|| judiciary_before().next())
        .map(|a| a.id.clone())
}

/// "Police said Indian agents were involved in the killings. ... India
/// rejected the allegations": an accusation that no told act names back was
/// made by whoever the story last reported saying something about the
/// rejecting side: the speaker of the nearest claim told before the
/// rejection (at byte `before`) whose content names one of the rejecting
/// actors (`source`) or their state, and who is not of that side. With no
/// such claim the accuser is not told, and no one is named.
fn accusation_author(doc: &Doc, before: usize, source: &[String]) -> Option<String> {
    let actors = doc.actors;
    let actor = |id: &str| actors.actors.iter().find(|a| a.id == id);
    let own_states: Vec<&str> = source
        .iter()
        .filter_map(|id| actor(id)?.country.as_deref())
        .collect();
    let on_side = |a: &sitrep_actors::DocActor| {
        source.contains(&a.id)
            || a.country
                .as_deref()
                .is_some_and(|c| own_states.contains(&c))
    };
    let names_side = |start: usize, end: usize| {
        let from = actors.mentions.partition_point(|m| m.start < start);
        actors.mentions[from..]
            .iter()
            .take_while(|m| m.start < end)
            .any(|m| actors.actors.get(m.actor).is_some_and(on_side))
    };
    let mut told: Vec<&ClaimRecord> = doc
        .claims
        .iter()
        .filter(|c| c.cue.end <= before && c.content.end <= before)
        .collect();
    told.sort_by_key(|c| std::cmp::Reverse(c.cue.start));
    // The side's own words about itself accuse no one; the nearest other
    // speaker's do, and one the text leaves unresolved names no accuser.
    let speaker = |c: &ClaimRecord| c.speaker.actor.as_deref().and_then(actor);
    let accusing = told
        .into_iter()
        .find(|c| names_side(c.content.start, c.content.end) && !speaker(c).is_some_and(on_side))?;
    speaker(accusing).map(|a| a.id.clone())
}

/// "Qatar said the strike had killed a Qatari serviceman": a verb whose
/// subject is a definite noun naming an act the story told before ("the
/// strike", "the attack") is done by that act's doers. The rules of
/// `arguments` found no doer in the noun and gave the claim's speaker, or
/// none; the earlier act's doers replace that. A noun no earlier event of
/// its kind matches changes nothing.
#[allow(clippy::too_many_arguments)]
pub(super) fn told_act_as_subject(
    sc: &Scope,
    s: &Sent,
    trigs: &[Trig],
    t: &Trig,
    told_before: &[EventRecord],
    source: &mut Vec<String>,
    target: &[String],
    lower: &mut String,
) {
    if !t.is_verb() || t.passive() {
        return;
    }
    let doc = sc.doc;
    let speaker = t.claim.and_then(|c| doc.speaker_of(c));
    let speaker_source = speaker.is_some_and(|sp| t.source == [sp]);
    if !(t.source.is_empty() || speaker_source) {
        return;
    }
    // The noun phrase right before the verb's auxiliaries: "the strike had
    // killed", "the attacks have wounded".
    let verb_group = s.back_over(t.ta, 0, |j| {
        s.f(j) & (wc::AUX | wc::BE | wc::HAVE | wc::NEG) != 0 || s.is_ly_adverb(j)
    });
    if verb_group == 0 {
        return;
    }
    let noun = verb_group - 1;
    // "the agreement signed in Washington": a past participle right after
    // its noun with no object is a reduced relative; the noun is no
    // subject.
    let reduced_relative = verb_group == t.ta
        && t.form == Form::Past
        && (t.tb >= s.n() || s.toks[t.tb].kind == TokenKind::Punct || s.f(t.tb) & PREPS != 0);
    if reduced_relative {
        return;
    }
    // The act's outcome told with the act as its subject is an act of the
    // same type ("the strike had killed", "the strikes targeted"); "the
    // ceasefire would restore relations" tells something else.
    let Some(u) = s
        .trig_at(noun)
        .and_then(|u| trigs.get(u))
        .filter(|u| u.event_type == t.event_type)
    else {
        return;
    };
    let own_doer = !(u.source.is_empty() || speaker.is_some_and(|sp| u.source == [sp]));
    if !u.nominal || own_doer || !u.target.is_empty() {
        return;
    }
    // Back over the noun's modifiers to its determiner ("the" reads as a
    // modifier word too).
    let k = s.back_over(noun, 0, |j| {
        s.is_modifier_word(j) && !is_definite_determiner(s, j)
    });
    let Some(start) = k.checked_sub(1) else {
        return;
    };
    if definite_head(s, trigs, start) != Some(noun) {
        return;
    }
    let Some(act) = referenced_event(
        doc,
        s.word(noun),
        Some(u.event_type),
        told_before,
        true,
        lower,
    ) else {
        return;
    };
    // An act aimed at the very doers found is another act.
    if act.source.iter().any(|a| target.contains(a)) {
        return;
    }
    *source = act.source.clone();
}

/// "The United States and Iran held indirect talks in Muscat. ... Four
/// rounds of talks mediated by Oman have been held": a mediation that its
/// own sentence gives no party (see `mediated_talks_parties`) is aimed at
/// the parties of the talks the story told before it: the nearest earlier
/// meeting or agreement of two or more sides that happened (no hosting or
/// mediation itself, nothing negated), none of them the mediator. With no
/// such talks told, no one; nor when the sentence tells a cooperative act
/// of its own with a doer ("Iranian negotiators held talks with the
/// mediation of Oman"), which is the one mediated.
pub(super) fn mediated_talks_told_before(
    s: &Sent,
    trigs: &[Trig],
    mode: Option<&str>,
    told_before: &[EventRecord],
    source: &[String],
    target: &mut Vec<String>,
) {
    let Some(lex) = s.lex.filter(|lex| lex.is_mediate_mode(mode)) else {
        return;
    };
    if !target.is_empty() || source.is_empty() {
        return;
    }
    if trigs
        .iter()
        .any(|u| mediated_act(s, u) && !u.source.is_empty())
    {
        return;
    }
    let parties = told_before
        .iter()
        .rev()
        .filter(|e| {
            matches!(e.event_type, EventType::Consult | EventType::Agree)
                && !lex.is_third_party_mode(e.mode.as_deref())
                && e.modality != Modality::Negated
        })
        .map(|e| {
            let mut parties = e.source.clone();
            for a in &e.target {
                if !parties.contains(a) {
                    parties.push(a.clone());
                }
            }
            parties
        })
        .find(|p| p.len() > 1 && p.iter().all(|a| !source.contains(a)));
    if let Some(parties) = parties {
        *target = parties;
    }
}

/// "US District Judge James Boasberg ordered that any planes ... be turned
/// around", "Judge Charles Breyer orders control of the Guard returned to
/// the state": a court's or judge's order that names no one it is aimed at
/// is addressed to the government its case is against, which news of such
/// orders names before the order: the nearest government body (no person)
/// of the court's own state mentioned earlier in the document ("the Trump
/// administration"). With none named, no one.
pub(super) fn court_order_addressee(
    doc: &Doc,
    s: &Sent,
    t: &Trig,
    event_type: EventType,
    source: &[String],
    target: &mut Vec<String>,
) {
    if event_type != EventType::Request
        || !target.is_empty()
        || source.is_empty()
        || !t.is_verb()
        || t.passive()
        || !matches!(t.form, Form::Past | Form::S)
        || !s
            .word(t.ta)
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("order"))
    {
        return;
    }
    let actors = doc.actors;
    let actor = |id: &String| actors.actors.iter().find(|a| &a.id == id);
    let mut courts = source.iter().map(actor);
    let court_state = match courts.next().flatten() {
        Some(a) if a.sector.as_deref() == Some("JUD") => a.country.as_deref(),
        _ => None,
    };
    let Some(state) = court_state else {
        return;
    };
    let all_judicial = courts.all(|a| {
        a.is_some_and(|a| a.sector.as_deref() == Some("JUD") && a.country.as_deref() == Some(state))
    });
    if !all_judicial {
        return;
    }
    let government = actors.mentions[..actors.mentions.partition_point(|m| m.start < t.start)]
        .iter()
        .rev()
        .filter_map(|m| actors.actors.get(m.actor))
        .find(|a| {
            a.kind != ActorKind::Person
                && a.sector.as_deref() == Some("GOV")
                && a.country.as_deref() == Some(state)
        });
    if let Some(g) = government {
        *target = vec![g.id.clone()];
    }
}
