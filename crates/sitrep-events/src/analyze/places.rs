//! The place of an event: the locative mention nearest its trigger ("in
//! Kirkuk", "near Gaza") that is not a participant, or one in its own
//! clause after it, and whether an actor is named only as a place.

use super::{Sent, Trig, CUE};
use crate::lexicon::wc;
use sitrep_actors::MentionHow;
use sitrep_kb::AliasKind;

/// Whether every mention of actor `a` in the sentence names a place ("in
/// Istanbul", "in southern Iraq"), so the sentence never has it act or be
/// acted on.
pub(super) fn named_only_as_place(s: &Sent, a: usize) -> bool {
    let mut of_actor = s.ments.iter().filter(|m| m.actor == a).peekable();
    of_actor.peek().is_some() && of_actor.all(|m| s.is_place(m))
}

/// The place an event happened: the locative mention ("in Kirkuk", "near
/// Gaza") nearest its trigger, not already a participant, with no
/// attribution cue in between ("..., officials in Nairobi said" places the
/// speakers, not the event) and no sentence-level break (";").
pub(super) fn place_of(s: &Sent, trigs: &[Trig], t: &Trig) -> Vec<usize> {
    let mut best: Option<(usize, usize)> = None;
    for m in &s.ments {
        if !s.is_place(m) || t.source.contains(&m.actor) || t.target.contains(&m.actor) {
            continue;
        }
        let (lo, hi) = if m.a >= t.tend {
            (t.tend, m.a)
        } else if m.b <= t.ta {
            (m.b, t.ta)
        } else {
            continue;
        };
        // "..., relief officials in Nairobi said": the speakers' place.
        // A comma ends the speakers' phrase: "fired at targets in Jericho,
        // witnesses said" keeps Jericho.
        let in_attribution = (m.b..(m.b + 3).min(s.n()))
            .take_while(|&k| !s.punct(k, ","))
            .any(|k| s.f(k) & CUE != 0);
        // Another event between them is another clause ("resigned as the
        // opposition threatened to storm his residence in Tbilisi").
        // A parenthetical attribution (", witnesses said,") blocks nothing.
        let aside = |k: usize| {
            k + 1 < s.n()
                && s.punct(k + 1, ",")
                && (k.saturating_sub(3)..k).any(|j| s.punct(j, ","))
        };
        let blocked = in_attribution
            || (lo..hi).any(|k| {
                (s.f(k) & CUE != 0 && !aside(k))
                    || s.punct(k, ";")
                    || s.trig_at(k).is_some_and(|u| !trigs[u].absorbed)
            });
        if blocked {
            continue;
        }
        let dist = hi - lo;
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, m.actor));
        }
    }
    best.map(|(_, a)| vec![a]).unwrap_or_default()
}

/// The place of trigger `i` stated in its own clause after it ("blocked
/// streets in Hong Kong", "agreed to postpone the demonstration in Baku"):
/// the first locative mention to its right with no other clause in between
/// (a trigger it does not govern, an attribution cue, "that", ";"). The
/// stricter sibling of [`place_of`], for events whose doers are unnamed,
/// where a place before the trigger or across clauses is too often
/// another event's.
pub(super) fn place_after(s: &Sent, trigs: &[Trig], i: usize) -> Vec<usize> {
    let t = &trigs[i];
    let governed_by_t = |u: usize| {
        let mut cur = u;
        for _ in 0..trigs.len() {
            match trigs[cur].governor {
                Some((g, _)) if g == i => return true,
                Some((g, _)) => cur = g,
                None => return false,
            }
        }
        false
    };
    let mut k = t.tend;
    while k < s.n() {
        if let Some(m) = s.mention_starting_at(k) {
            // "in Franco-German relations" is no place.
            let adjective = m.how == MentionHow::Locative(AliasKind::Adjective);
            let located = s.intro_of(m.a, t.tend).0 & wc::LOC != 0 || s.region_of(m);
            if s.is_place(m) && !adjective && located {
                return vec![m.actor];
            }
            k = m.b.max(k + 1);
            continue;
        }
        let stop = s.f(k) & (CUE | wc::THAT | wc::BAR | wc::REL) != 0
            || s.punct(k, ";")
            || s.punct(k, ",")
            || s.hard_stop(k)
            || s.trig_at(k)
                .is_some_and(|u| u != i && !governed_by_t(u) && !trigs[u].absorbed);
        if stop {
            break;
        }
        k += 1;
    }
    Vec::new()
}
