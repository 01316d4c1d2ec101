//! Set phrases ("the two countries", "both sides"): the states they stand
//! for, read as a mention of one representative that every argument then
//! expands into all of them.

use super::modality::is_definite_determiner;
use super::{extend_unique, Sent, M, NONE};
use crate::lexicon::{wc, EventLexicon};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_record::ActorKind;
use sitrep_text::TextLayer;

/// Finds the set phrases of the sentence ("the two countries", "both
/// sides", "the three nations": a `pair` or `trio` number word after "the"
/// or as "both", then a `set_noun` or a `person_set` noun: "the two
/// leaders", "both candidates") and adds each whose states
/// or persons are found (see [`set_phrase_members`]) as a mention of a
/// representative member: one of them the sentence does not name otherwise, so that the
/// representative among an event's arguments can only have come from the
/// phrase ([`expand_sets`] puts all the states in its place).
pub(super) fn add_set_phrases(
    s: &mut Sent,
    layer: &TextLayer,
    actors: &DocActors,
    lex: &EventLexicon,
    sets: &mut Vec<(usize, Vec<usize>)>,
    buf: &mut String,
) {
    let mut added = false;
    for noun in 1..s.n() {
        let num = noun - 1;
        let count = if s.names(num, wc::PAIR) {
            2
        } else if s.names(num, wc::TRIO) {
            3
        } else {
            continue;
        };
        if s.ment_of[noun] != NONE {
            continue;
        }
        // "the two leaders", "both candidates", "the three leaders":
        // persons, not states.
        let members = if s.names(noun, wc::SET_NOUN) {
            Members::States
        } else if s.in_rare(noun, wc::PERSON_SET) {
            Members::Persons
        } else {
            continue;
        };
        // "both sides" needs no article; "two countries" without one is any
        // two ("two countries have recognised it").
        let definite = s.f(num) & wc::DET == 0 || (num > 0 && is_definite_determiner(s, num - 1));
        if !definite || s.ment_of[num] != NONE {
            continue;
        }
        let Some(states) = set_phrase_members(s, layer, actors, lex, num, count, members, buf)
        else {
            continue;
        };
        let named_here = |a: usize| s.ments.iter().any(|m| m.actor == a);
        let Some(rep) = states.iter().copied().find(|&a| !named_here(a)) else {
            continue;
        };
        if sets.iter().any(|(r, _)| *r == rep) {
            continue;
        }
        s.ments.push(M {
            a: num,
            b: noun + 1,
            actor: rep,
            how: MentionHow::Context,
            attack_place: false,
        });
        sets.push((rep, states));
        added = true;
    }
    if added {
        // Mentions stay in text order, and each token points at its own.
        s.ments.sort_by_key(|m| m.a);
        s.ment_of.iter_mut().for_each(|slot| *slot = NONE);
        for (idx, m) in s.ments.iter().enumerate() {
            for slot in s.ment_of.iter_mut().take(m.b).skip(m.a) {
                if *slot == NONE {
                    *slot = idx as u32;
                }
            }
        }
    }
}

/// What the members of a set phrase are.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Members {
    /// States ("the two countries"): a state's bare name, no body of it.
    States,
    /// Persons ("the two leaders", "both candidates").
    Persons,
}

/// The `count` states a set phrase whose number word is token `num` stands
/// for (the convention of docs/log/evaluation-sessions-1-51.md, session 17's
/// actors22 section): the states named last before it, in the sentence of the
/// latest state name (a place after a locative preposition is no party, nor
/// is a state's body: "the Qatari foreign ministry"). A phrase of persons
/// (`members`) stands for persons, found the same way ("Trump met Putin in
/// Helsinki. The two leaders ...").
/// When that sentence names exactly `count` states before the phrase, they
/// are the set; when it names more, the last `count` must be one
/// coordination ("Iran, Oman and Qatar": commas, conjunctions and articles
/// between them); when fewer, the phrase stays unresolved.
#[allow(clippy::too_many_arguments)]
pub(super) fn set_phrase_members(
    s: &Sent,
    layer: &TextLayer,
    actors: &DocActors,
    lex: &EventLexicon,
    num: usize,
    count: usize,
    members: Members,
    buf: &mut String,
) -> Option<Vec<usize>> {
    let phrase_start = s.toks[num].start;
    let is_state = |m: &&sitrep_actors::Mention| {
        m.end <= phrase_start
            && !m.how.is_locative()
            && actors.actors.get(m.actor).is_some_and(|a| match members {
                Members::States => crate::is_bare_state(a),
                Members::Persons => a.kind == ActorKind::Person,
            })
    };
    let before = &actors.mentions[..actors.mentions.partition_point(|m| m.start < phrase_start)];
    let latest = before.iter().rev().find(is_state)?;
    let sent = layer
        .sentences
        .get(layer.sentences.partition_point(|x| x.end <= latest.start))?;
    let from = before.partition_point(|m| m.start < sent.start);
    let named: Vec<&sitrep_actors::Mention> = before[from..].iter().filter(is_state).collect();
    // The distinct states, each at its last mention, latest first.
    let mut last: Vec<&sitrep_actors::Mention> = Vec::new();
    for m in named.iter().rev() {
        if !last.iter().any(|l| l.actor == m.actor) {
            last.push(m);
        }
    }
    if last.len() < count {
        return None;
    }
    if last.len() > count {
        let joined = |a: &sitrep_actors::Mention, b: &sitrep_actors::Mention, buf: &mut String| {
            layer.text.get(a.end..b.start).is_some_and(|between| {
                between
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        lex.lookup(w, buf)
                            .is_some_and(|info| info.classes & (wc::CONJ | wc::DET) != 0)
                    })
            })
        };
        let has_conj =
            |a: &sitrep_actors::Mention, b: &sitrep_actors::Mention, buf: &mut String| {
                layer.text.get(a.end..b.start).is_some_and(|between| {
                    between.split_whitespace().any(|w| {
                        lex.lookup(w, buf)
                            .is_some_and(|info| info.classes & wc::CONJ != 0)
                    })
                })
            };
        // Then the set is the first whole list of exactly `count` states in
        // the sentence (commas and a final conjunction between them): the
        // parties a lead names first, not the mediators or hosts named after
        // them ("Pakistan and Afghanistan agreed to a ceasefire after talks
        // mediated by Qatar and Turkey"); the last two of "the United
        // States, Saudi Arabia, the UAE and Egypt" are no pair.
        let mut start = 0;
        while start < named.len() {
            let mut end = start + 1;
            while end < named.len() && joined(named[end - 1], named[end], buf) {
                end += 1;
            }
            let list = &named[start..end];
            let distinct = list
                .iter()
                .enumerate()
                .all(|(k, m)| list[..k].iter().all(|o| o.actor != m.actor));
            if list.len() == count && distinct && has_conj(list[count - 2], list[count - 1], buf) {
                return Some(list.iter().map(|m| m.actor).collect());
            }
            start = end;
        }
        return None;
    }
    last.reverse();
    Some(last.iter().map(|m| m.actor).collect())
}

/// Puts the states of a set phrase in place of its representative among an
/// event's actors (see [`add_set_phrases`]), each once.
pub(super) fn expand_sets(actors: &mut Vec<usize>, sets: &[(usize, Vec<usize>)]) {
    for (rep, states) in sets {
        if let Some(p) = actors.iter().position(|a| a == rep) {
            let mut expanded: Vec<usize> = Vec::with_capacity(actors.len() + states.len());
            extend_unique(&mut expanded, actors[..p].iter().copied());
            extend_unique(&mut expanded, states.iter().copied());
            extend_unique(&mut expanded, actors[p + 1..].iter().copied());
            *actors = expanded;
        }
    }
}
