//! The PLOVER scorer's per-record verdicts (`sitrep eval plover --errors`):
//! each gold coding and each predicted event gets the verdict the scores
//! count, and only dev records are listed.

use sitrep_eval::verdict::{event_verdict, listing_line, Scored};
use sitrep_eval::{
    plover_errors, plover_report, GoldRecord, RecordResult, RecordVerdicts, Split, Verdict,
};
use sitrep_record::{ActorKind, ActorRecord, Document, EventType, Record};
use std::collections::BTreeSet;
use std::path::Path;

fn set(codes: &[&str]) -> BTreeSet<String> {
    codes.iter().map(|c| c.to_string()).collect()
}

fn gold(id: &str, reciprocal: bool) -> GoldRecord {
    GoldRecord {
        id: id.into(),
        split: Split::of_id(id).unwrap(),
        text: "Albania accused Serbia of arming militias.".into(),
        date: None,
        event_type: EventType::Accuse,
        source: set(&["ALB"]),
        target: set(&["SRB"]),
        reciprocal,
    }
}

fn ev(ty: Option<EventType>, s: &[&str], t: &[&str]) -> Scored {
    (ty, set(s), set(t))
}

fn result(g: GoldRecord, predicted: Vec<Scored>) -> RecordResult {
    RecordResult {
        type_found: predicted.iter().any(|(ty, _, _)| *ty == Some(g.event_type)),
        gold: g,
        predicted,
        record: Record::empty(&Document::default(), false),
    }
}

const ACC: Option<EventType> = Some(EventType::Accuse);

#[test]
fn each_event_is_judged_against_the_gold_coding() {
    let g = gold("X-ACCUSE-0001", false);
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["ALB"], &["SRB"])),
        Verdict::Hit
    );
    assert_eq!(
        event_verdict(&g, &ev(Some(EventType::Reject), &["ALB"], &["SRB"])),
        Verdict::WrongType
    );
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["MNE"], &["SRB"])),
        Verdict::WrongSource
    );
    // A self-target: the source right, the target the source's own state.
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["ALB"], &["ALB"])),
        Verdict::WrongTarget
    );
    assert_eq!(
        event_verdict(&g, &ev(ACC, &[], &["MNE"])),
        Verdict::WrongBoth
    );
    // Negated or hypothetical: no PLOVER coding, neither right nor wrong.
    assert_eq!(
        event_verdict(&g, &ev(None, &["ALB"], &["SRB"])),
        Verdict::NotScored
    );
}

#[test]
fn the_gold_verdict_is_the_hit_or_the_closest_miss() {
    let g = gold("X-ACCUSE-0002", false);
    let of = |p: Vec<Scored>| RecordVerdicts::of(&g, &p);
    assert_eq!(of(vec![]).gold, Verdict::Missed);
    assert_eq!(of(vec![ev(None, &["ALB"], &["SRB"])]).gold, Verdict::Missed);
    // A wrong-type event before a right one: the record is hit, the other
    // event is spurious.
    let v = of(vec![
        ev(Some(EventType::Consult), &["ALB"], &["SRB"]),
        ev(ACC, &["ALB"], &["SRB"]),
        ev(ACC, &["ALB"], &["SRB"]),
    ]);
    assert_eq!(v.gold, Verdict::Hit);
    assert_eq!(
        v.events,
        vec![Verdict::WrongType, Verdict::Hit, Verdict::Duplicate]
    );
    assert_eq!(v.predicted(), 3);
    assert!(v.events.iter().filter(|e| e.spurious()).count() == 2);
    // No hit: the event of the gold type with one side right names the miss.
    let v = of(vec![
        ev(ACC, &[], &["MNE"]),
        ev(ACC, &["ALB"], &["ALB"]),
        ev(Some(EventType::Reject), &["ALB"], &["SRB"]),
    ]);
    assert_eq!(v.gold, Verdict::WrongTarget);
    let v = of(vec![ev(Some(EventType::Reject), &["ALB"], &["SRB"])]);
    assert_eq!(v.gold, Verdict::WrongType);
    // A record's verdict is the same whether asked of the record or of its events.
    let r = result(g.clone(), vec![ev(ACC, &["MNE"], &["SRB"])]);
    assert_eq!(r.verdicts().gold, Verdict::WrongSource);
}

#[test]
fn reciprocal_codings_compare_one_set() {
    let g = gold("X-ACCUSE-0003", true);
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["SRB"], &["ALB"])),
        Verdict::Hit
    );
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["SRB"], &["MNE"])),
        Verdict::WrongTarget
    );
    assert_eq!(
        event_verdict(&g, &ev(ACC, &["MNE"], &[])),
        Verdict::WrongBoth
    );
}

#[test]
fn the_listing_holds_dev_records_only_and_agrees_with_the_scores() {
    let results = vec![
        result(
            gold("X-ACCUSE-0004", false),
            vec![ev(ACC, &["ALB"], &["SRB"])],
        ),
        result(
            gold("X-ACCUSE-0005", false),
            vec![ev(ACC, &["ALB"], &["ALB"]), ev(None, &["ALB"], &["SRB"])],
        ),
        // A test record (id ending 7-9) must never be listed.
        result(
            gold("X-ACCUSE-0007", false),
            vec![ev(ACC, &["ALB"], &["SRB"])],
        ),
    ];
    let mut out = Vec::new();
    let (golds, events) = plover_errors(&results, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(!text.contains("X-ACCUSE-0007"));
    assert_eq!(lines[0]["verdict"], "hit");
    assert_eq!(lines[1]["verdict"], "wrong target");
    assert_eq!(lines[1]["gold"]["target"], serde_json::json!(["SRB"]));
    assert_eq!(golds.get(&Verdict::Hit), Some(&1));
    assert_eq!(golds.get(&Verdict::WrongTarget), Some(&1));
    assert_eq!(events.get(&Verdict::NotScored), Some(&1));
    // The scores count the same verdicts.
    let report = plover_report(Path::new("x"), &results, 0);
    assert_eq!(report.dev.correct, golds[&Verdict::Hit]);
    assert_eq!(report.dev.predicted, 2);
    assert_eq!(report.dev.not_plover, 1);
    assert_eq!(report.test.correct, 1);
    // A record with no events in its pipeline output lists none.
    assert_eq!(
        listing_line(&results[0], &results[0].verdicts())["events"],
        serde_json::json!([])
    );
}

fn actor(id: &str, kind: ActorKind, country: Option<&str>) -> ActorRecord {
    ActorRecord {
        id: id.into(),
        name: id.into(),
        kind,
        country: country.map(str::to_string),
        sector: None,
        role: None,
        mentions: Vec::new(),
    }
}

#[test]
fn the_listing_names_the_actor_codes_and_whether_the_gold_ones_are_reachable() {
    let mut reachable = result(gold("X-ACCUSE-0014", false), vec![]);
    reachable.record.actors = vec![
        actor("ALB", ActorKind::Country, Some("ALB")),
        actor("SRB", ActorKind::Country, Some("SRB")),
        actor("UN", ActorKind::Igo, None),
    ];
    let line = listing_line(&reachable, &reachable.verdicts());
    assert_eq!(line["actors"], serde_json::json!(["ALB", "IGO", "SRB"]));
    assert_eq!(line["reachable"], true);
    assert_eq!(line["verdict"], "missed");

    // The target's state was never resolved: no event rule can hit this record.
    let mut unreachable = result(gold("X-ACCUSE-0015", false), vec![]);
    unreachable.record.actors = vec![actor("ALB", ActorKind::Country, Some("ALB"))];
    let line = listing_line(&unreachable, &unreachable.verdicts());
    assert_eq!(line["actors"], serde_json::json!(["ALB"]));
    assert_eq!(line["reachable"], false);
}
