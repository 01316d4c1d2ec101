//! Per-record verdicts of the PLOVER scorer: for each gold record, what the
//! scorer made of its coding and of every predicted event. [`plover`]
//! counts its figures from these verdicts, so the error listing
//! (`sitrep eval plover --errors FILE`) and the scores are one code path.
//!
//! [`plover`]: crate::plover

use crate::{matches, predicted_code, GoldRecord, RecordResult};
use serde_json::{json, Value};
use sitrep_record::EventType;
use std::collections::BTreeSet;

/// One predicted event as the scorer sees it: PLOVER type (none for a
/// negated or hypothetical event) and country-level source and target codes.
pub type Scored = (Option<EventType>, BTreeSet<String>, BTreeSet<String>);

/// What the scorer made of one predicted event, or of the gold coding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Type, source and target all right (the one event that counts).
    Hit,
    /// Gold: no predicted event with a PLOVER coding at all.
    Missed,
    /// Another PLOVER type than the gold one.
    WrongType,
    /// The gold type and target, another source.
    WrongSource,
    /// The gold type and source, another target.
    WrongTarget,
    /// The gold type, both source and target wrong.
    WrongBoth,
    /// An event: right in every field, but the record was already hit by an
    /// earlier event (each record has one gold event, so it counts once).
    Duplicate,
    /// An event with no PLOVER coding (negated or hypothetical): not scored.
    NotScored,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Hit => "hit",
            Verdict::Missed => "missed",
            Verdict::WrongType => "wrong type",
            Verdict::WrongSource => "wrong source",
            Verdict::WrongTarget => "wrong target",
            Verdict::WrongBoth => "wrong source and target",
            Verdict::Duplicate => "duplicate",
            Verdict::NotScored => "not scored",
        }
    }

    /// Whether an event with this verdict counts against precision.
    pub fn spurious(self) -> bool {
        !matches!(self, Verdict::Hit | Verdict::NotScored | Verdict::Missed)
    }
}

/// The verdict of one predicted event against the gold record, on its own.
/// A reciprocal record compares one set: a partial overlap counts as the
/// source side right.
pub fn event_verdict(gold: &GoldRecord, (ty, s, t): &Scored) -> Verdict {
    let Some(ty) = ty else {
        return Verdict::NotScored;
    };
    if matches(gold, Some(*ty), s, t) {
        return Verdict::Hit;
    }
    if *ty != gold.event_type {
        return Verdict::WrongType;
    }
    let (source_right, target_right) = if gold.reciprocal {
        let all: BTreeSet<&String> = s.iter().chain(t).collect();
        let both: BTreeSet<&String> = gold.source.iter().chain(&gold.target).collect();
        (!all.is_disjoint(&both), false)
    } else {
        (s == &gold.source, t == &gold.target)
    };
    match (source_right, target_right) {
        (false, true) => Verdict::WrongSource,
        (true, _) => Verdict::WrongTarget,
        (false, false) => Verdict::WrongBoth,
    }
}

/// The scorer's verdicts on one record: the gold coding's and each
/// predicted event's, in the record's event order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordVerdicts {
    /// `Hit`, or the closest miss: `Missed` with no PLOVER event, else
    /// `WrongType` with none of the gold type, else among the events of the
    /// gold type `WrongSource` before `WrongTarget` before `WrongBoth`.
    pub gold: Verdict,
    pub events: Vec<Verdict>,
}

impl RecordVerdicts {
    /// Scores the predicted events of one gold record.
    pub fn of(gold: &GoldRecord, predicted: &[Scored]) -> RecordVerdicts {
        let mut hit = false;
        let events: Vec<Verdict> = predicted
            .iter()
            .map(|p| match event_verdict(gold, p) {
                Verdict::Hit if hit => Verdict::Duplicate,
                Verdict::Hit => {
                    hit = true;
                    Verdict::Hit
                }
                v => v,
            })
            .collect();
        let gold = if hit {
            Verdict::Hit
        } else {
            let order = [
                Verdict::WrongSource,
                Verdict::WrongTarget,
                Verdict::WrongBoth,
                Verdict::WrongType,
            ];
            order
                .into_iter()
                .find(|v| events.contains(v))
                .unwrap_or(Verdict::Missed)
        };
        RecordVerdicts { gold, events }
    }

    /// PLOVER events predicted (the precision denominator).
    pub fn predicted(&self) -> usize {
        self.events
            .iter()
            .filter(|v| **v != Verdict::NotScored)
            .count()
    }
}

fn codes(set: &BTreeSet<String>) -> Value {
    Value::from(set.iter().cloned().collect::<Vec<_>>())
}

/// One JSON line of the error listing for a scored record and its
/// verdicts ([`RecordResult::verdicts`]): the gold coding, the predicted
/// events with their codes and verdicts, the record's verdict, and the
/// country-level codes of every actor the record resolved (`actors`) with
/// whether the gold source and target are all among them (`reachable`):
/// an unreachable miss is an actor-resolution error, which no event rule
/// can fix.
pub fn listing_line(r: &RecordResult, v: &RecordVerdicts) -> Value {
    let g = &r.gold;
    let actor_codes: BTreeSet<String> = r.record.actors.iter().filter_map(predicted_code).collect();
    let reachable = g
        .source
        .iter()
        .chain(&g.target)
        .all(|c| actor_codes.contains(c));
    let events: Vec<Value> = r
        .record
        .events
        .iter()
        .zip(&r.predicted)
        .zip(&v.events)
        .map(|((e, (ty, s, t)), verdict)| {
            json!({
                "verdict": verdict.name(),
                "type": ty.map(EventType::as_str),
                "event_type": e.event_type.as_str(),
                "mode": e.mode,
                "modality": e.modality.as_str(),
                "trigger": e.trigger.text,
                "source": codes(s),
                "target": codes(t),
                "source_ids": e.source,
                "target_ids": e.target,
                "place_ids": e.place,
            })
        })
        .collect();
    json!({
        "id": g.id,
        "verdict": v.gold.name(),
        "text": g.text,
        "gold": {
            "type": g.event_type.as_str(),
            "source": codes(&g.source),
            "target": codes(&g.target),
            "reciprocal": g.reciprocal,
        },
        "events": events,
        "actors": codes(&actor_codes),
        "reachable": reachable,
    })
}
