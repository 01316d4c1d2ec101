//! Lists PETRARCH-2 errors by class, with the sentence, and counts the
//! classes, so that rules are fixed for a class of error rather than for one
//! sentence. PETRARCH-2 records are a tuning set sitrep was not fitted to
//! sentence by sentence (see `sitrep_eval::petrarch`).
//!
//! cargo run --release -p sitrep-eval --example petrarch_errors -- CAMEO2PLOVER-2021.txt FILE.xml [CLASS]
//!
//! Each gold coding that no predicted event matches in type, source and
//! target falls in one class, tried in this order:
//! - `wrong-source`, `wrong-target`, `wrong-both`: an unmatched predicted
//!   event has the coding's type but other actors;
//! - `wrong-type`: an unmatched predicted event has the coding's source and
//!   target (or, failing that, any unmatched event is left) but another type;
//! - `missed`: no predicted event is left to blame.
//!
//! Predicted events left over after that are `spurious` (on a `noevents`
//! record, or beyond the gold codings). With CLASS only that class is listed;
//! the counts always cover every class.

use sitrep_eval::petrarch::{petrarch_records, read_cameo_table, PetrResult};
use sitrep_pipeline::Resources;
use sitrep_record::EventType;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

type Predicted = (EventType, BTreeSet<String>, BTreeSet<String>);

/// An unmatched gold coding: its index, its class and the predicted event
/// blamed for it (if any).
type CodingError = (usize, &'static str, Option<usize>);

/// The error class of each unmatched gold coding (by index) and of each
/// predicted event no coding took (by index).
fn classify(r: &PetrResult) -> (Vec<CodingError>, Vec<usize>) {
    let one = |c: &Option<String>| -> BTreeSet<String> { c.iter().cloned().collect() };
    // Predicted events the scorer matched are not free to blame.
    let mut used = vec![false; r.predicted.len()];
    for (c, hit) in r.gold.codings.iter().zip(&r.matched) {
        if !*hit {
            continue;
        }
        let (src, tgt) = (one(&c.source), one(&c.target));
        if let Some(i) =
            r.predicted.iter().enumerate().position(|(i, (ty, s, t))| {
                !used[i] && *ty == c.event_type && *s == src && *t == tgt
            })
        {
            used[i] = true;
        }
    }
    let mut errors = Vec::new();
    let free = |used: &[bool], f: &dyn Fn(&Predicted) -> bool| {
        r.predicted
            .iter()
            .enumerate()
            .position(|(i, p)| !used[i] && f(p))
    };
    for (k, (c, hit)) in r.gold.codings.iter().zip(&r.matched).enumerate() {
        if *hit {
            continue;
        }
        let (src, tgt) = (one(&c.source), one(&c.target));
        let (class, blamed) = if let Some(i) = free(&used, &|p| p.0 == c.event_type) {
            let (_, s, t) = &r.predicted[i];
            let class = match (*s == src, *t == tgt) {
                (false, true) => "wrong-source",
                (true, false) => "wrong-target",
                _ => "wrong-both",
            };
            (class, Some(i))
        } else if let Some(i) = free(&used, &|p| p.1 == src && p.2 == tgt) {
            ("wrong-type", Some(i))
        } else if let Some(i) = free(&used, &|_| true) {
            ("wrong-type", Some(i))
        } else {
            ("missed", None)
        };
        if let Some(i) = blamed {
            used[i] = true;
        }
        errors.push((k, class, blamed));
    }
    let spurious = (0..r.predicted.len()).filter(|i| !used[*i]).collect();
    (errors, spurious)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(table), Some(file)) = (args.next(), args.next()) else {
        eprintln!("usage: petrarch_errors CAMEO2PLOVER-2021.txt FILE.xml [CLASS]");
        std::process::exit(2);
    };
    let only = args.next();
    let table = read_cameo_table(&PathBuf::from(table)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let res = Resources::load(&[]).expect("resources");
    let results = petrarch_records(&PathBuf::from(file), &table, &res).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let shown = |class: &str| only.as_deref().is_none_or(|o| o == class);
    for r in &results {
        let g = &r.gold;
        if g.codings.is_empty() && !g.no_events {
            continue;
        }
        let (errors, spurious) = classify(r);
        *counts.entry("matched").or_default() += r.matched.iter().filter(|m| **m).count();
        for (_, class, _) in &errors {
            *counts.entry(class).or_default() += 1;
        }
        *counts.entry("spurious").or_default() += spurious.len();
        let listed =
            errors.iter().any(|(_, c, _)| shown(c)) || (!spurious.is_empty() && shown("spurious"));
        if !listed {
            continue;
        }
        println!("{} [{}] {}", g.id, g.category, g.text);
        for (k, c) in g.codings.iter().enumerate() {
            let class = errors
                .iter()
                .find(|(j, _, _)| *j == k)
                .map_or("matched", |(_, class, _)| class);
            println!(
                "    gold {} {:?} {:?}->{:?}  [{class}]",
                c.cameo, c.event_type, c.source, c.target
            );
        }
        if g.no_events && g.codings.is_empty() {
            println!("    gold: no events");
        }
        for (i, (&k, (ty, s, t))) in r.event_of.iter().zip(&r.predicted).enumerate() {
            let e = &r.record.events[k];
            let mark = if spurious.contains(&i) {
                " [spurious]"
            } else {
                ""
            };
            println!(
                "    -> {ty:?} {s:?}->{t:?}  [{}] {:?}{mark}",
                e.trigger.text, e.modality
            );
        }
    }
    print!("PETR2 codings and predictions by class:");
    for (c, n) in &counts {
        print!(" {c} {n}");
    }
    println!();
}
