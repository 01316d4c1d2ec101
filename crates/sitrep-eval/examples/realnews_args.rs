//! Lists the dev split's real-news events whose type is right but whose
//! source or target actor set differs from the label, for tuning argument
//! selection. Test-split pages are never shown (asking for them is refused).
//!
//! cargo run --release -p sitrep-eval --example realnews_args -- [DIR] [--counts]
//!
//! `DIR` is the Zyte benchmark folder holding `ground-truth.json` (default
//! `../shared/data/extraction-eval/scrapinghub-aeb`). Each event prints the
//! page, trigger, sentence, labelled and predicted source/target, the actors
//! found in the sentence (id and surface) and one cause per side; the last
//! lines count the causes. `--counts` prints the counts only.

use sitrep_eval::realnews::{cell, judge, page_record, parse_labels, read_pages, split_of};
use sitrep_eval::Split;
use sitrep_pipeline::Resources;
use sitrep_record::{ActorRecord, EventRecord, Record};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

/// Why one side (source or target) of an event differs from its label.
fn cause(
    side: &str,
    label: &BTreeSet<String>,
    predicted: &BTreeSet<String>,
    in_sentence: &BTreeSet<String>,
    speakers: &BTreeSet<String>,
    actors: &HashMap<&str, &ActorRecord>,
) -> Option<String> {
    if label == predicted {
        return None;
    }
    // An id of the other level of the same state: a sector code or person
    // whose country is the labelled state, or the reverse.
    let same_state = |a: &str, b: &str| {
        let country = |id: &str| actors.get(id).and_then(|r| r.country.clone());
        a != b
            && (country(a).as_deref() == Some(b)
                || country(b).as_deref() == Some(a)
                || (a.len() > 3 && b.len() == 3 && a.starts_with(b))
                || (b.len() > 3 && a.len() == 3 && b.starts_with(a)))
    };
    let class = if predicted.is_empty() {
        if label.iter().any(|l| in_sentence.contains(l)) {
            "none found, labelled actor in sentence"
        } else {
            "none found, labelled actor not resolved in sentence"
        }
    } else if label.is_empty() {
        if side == "source" && predicted.iter().all(|p| speakers.contains(p)) {
            "speaker taken, label has none"
        } else {
            "one given, label has none"
        }
    } else if label
        .iter()
        .all(|l| predicted.iter().any(|p| same_state(p, l)))
        || predicted
            .iter()
            .all(|p| label.iter().any(|l| same_state(p, l)))
    {
        "wrong level (state vs sector/person)"
    } else if predicted.is_superset(label) {
        "extra actor"
    } else if predicted.is_subset(label) {
        "missing actor (coordination)"
    } else if side == "source" && predicted.iter().all(|p| speakers.contains(p)) {
        "speaker taken as source"
    } else if label.iter().any(|l| in_sentence.contains(l)) {
        "wrong actor chosen (labelled one in sentence)"
    } else {
        "wrong actor, labelled one not resolved in sentence"
    };
    Some(format!("{side}: {class}"))
}

fn ids(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "-".into()
    } else {
        set.iter().cloned().collect::<Vec<_>>().join(",")
    }
}

/// The actors with a mention inside the event's sentence, as `ID "surface"`.
fn sentence_actors(record: &Record, e: &EventRecord) -> (BTreeSet<String>, Vec<String>) {
    let mut set = BTreeSet::new();
    let mut shown = Vec::new();
    for a in &record.actors {
        for m in &a.mentions {
            if m.start >= e.sentence.start && m.end <= e.sentence.end {
                set.insert(a.id.clone());
                shown.push((m.start, format!("{} {:?}", a.id, m.text)));
            }
        }
    }
    shown.sort();
    (set, shown.into_iter().map(|(_, s)| s).collect())
}

/// The speakers (actor ids) of claims whose cue lies in the event's sentence.
fn sentence_speakers(record: &Record, e: &EventRecord) -> BTreeSet<String> {
    record
        .claims
        .iter()
        .filter(|c| c.cue.start >= e.sentence.start && c.cue.end <= e.sentence.end)
        .filter_map(|c| c.speaker.actor.clone())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args
        .iter()
        .any(|a| a.eq_ignore_ascii_case("test") || a == "--test")
    {
        eprintln!("realnews_args lists the dev split only: the test split is scored, never read");
        std::process::exit(2);
    }
    let counts_only = args.iter().any(|a| a == "--counts");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/extraction-eval/scrapinghub-aeb"));
    let labels = parse_labels(
        sitrep_eval::realnews::REALNEWS_LABELS_TSV.0,
        sitrep_eval::realnews::REALNEWS_LABELS_TSV.1,
    )
    .expect("labels");
    let by_key: HashMap<(&str, usize), _> = labels
        .iter()
        .map(|l| ((l.page.as_str(), l.offset), l))
        .collect();
    let res = Resources::load(&[]).expect("resources");
    let pages = read_pages(&dir.join("ground-truth.json")).expect("ground truth");
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let (mut type_right, mut wrong_args) = (0usize, 0usize);
    for (pos, (id, body)) in pages.iter().enumerate() {
        if split_of(pos) != Split::Dev {
            continue;
        }
        let record = page_record(id, body, &res);
        let actors: HashMap<&str, &ActorRecord> =
            record.actors.iter().map(|a| (a.id.as_str(), a)).collect();
        for e in &record.events {
            let Some(label) = by_key.get(&(id.as_str(), e.trigger.start)) else {
                continue;
            };
            let j = judge(label, e);
            if !j.type_right {
                continue;
            }
            type_right += 1;
            if j.full {
                continue;
            }
            wrong_args += 1;
            let (in_sentence, shown) = sentence_actors(&record, e);
            let speakers = sentence_speakers(&record, e);
            let src: BTreeSet<String> = e.source.iter().cloned().collect();
            let tgt: BTreeSet<String> = e.target.iter().cloned().collect();
            let causes: Vec<String> = [
                cause(
                    "source",
                    &label.source,
                    &src,
                    &in_sentence,
                    &speakers,
                    &actors,
                ),
                cause(
                    "target",
                    &label.target,
                    &tgt,
                    &in_sentence,
                    &speakers,
                    &actors,
                ),
            ]
            .into_iter()
            .flatten()
            .collect();
            for c in &causes {
                *classes.entry(c.clone()).or_default() += 1;
            }
            if counts_only {
                continue;
            }
            println!(
                "{id}\t{}\t{:?}\t{}\tlabel {} -> {}\tpredicted {} -> {}",
                e.trigger.start,
                e.trigger.text,
                e.event_type.as_str(),
                ids(&label.source),
                ids(&label.target),
                ids(&src),
                ids(&tgt),
            );
            println!("    sentence: {}", cell(&e.sentence.text, 600));
            println!("    actors:   {}", shown.join("; "));
            if !speakers.is_empty() {
                println!("    speakers: {}", ids(&speakers));
            }
            println!("    cause:    {}", causes.join(" | "));
            if !label.reason.is_empty() {
                println!("    label:    {}", label.reason);
            }
        }
    }
    println!("dev: {type_right} labelled events of the right type, {wrong_args} with a wrong source or target set");
    for (c, n) in &classes {
        println!("{n:>4}  {c}");
    }
}
