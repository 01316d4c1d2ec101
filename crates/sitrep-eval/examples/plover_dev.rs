//! Lists the dev-split PLOVER records sitrep gets wrong, for tuning.
//! Test-split records are never shown.
//!
//! cargo run -p sitrep-eval --example plover_dev -- ../shared/data/plover/PLOVER_GSR_CAMEO.json [all] [--data DIR]
//!
//! `--data DIR` extends the built-in lexicons with a data folder, as
//! `sitrep eval plover --data` does, so candidate rows can be tried before
//! they are built in.
//!
//! Each wrong record is tagged with its error class ([`sitrep_eval::ErrorClass`])
//! and the last line counts the classes.

use sitrep_eval::{plover_records, Split};
use sitrep_pipeline::Resources;
use std::path::PathBuf;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let data = match args.iter().position(|a| a == "--data") {
        Some(k) if k + 1 < args.len() => {
            let dir = PathBuf::from(args.remove(k + 1));
            args.remove(k);
            sitrep_record::data_dir::DataDir::new(&dir).expect("data folder")
        }
        _ => sitrep_record::data_dir::DataDir::none(),
    };
    let mut args = args.into_iter();
    let path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/data/plover/PLOVER_GSR_CAMEO.json".into()),
    );
    let all = args.next().as_deref() == Some("all");
    let res = Resources::load_with(&[], &data).expect("resources");
    let (results, _) = plover_records(&path, &res).expect("gold records");
    let mut classes: std::collections::BTreeMap<sitrep_eval::ErrorClass, usize> =
        Default::default();
    for r in results.iter().filter(|r| r.gold.split == Split::Dev) {
        if r.correct && !all {
            continue;
        }
        let g = &r.gold;
        let class = r.error_class();
        if let Some(c) = class {
            *classes.entry(c).or_default() += 1;
        }
        println!(
            "{} [{}] {} {:?} {:?}->{:?}{}  {}",
            if r.correct { "OK " } else { "BAD" },
            class.map_or("ok", |c| c.name()),
            g.id,
            g.event_type,
            g.source,
            g.target,
            if g.reciprocal { " (recip)" } else { "" },
            g.text
        );
        let codes: std::collections::BTreeSet<String> = r
            .record
            .actors
            .iter()
            .filter_map(sitrep_eval::predicted_code)
            .collect();
        let reachable = g.source.iter().chain(&g.target).all(|c| codes.contains(c));
        println!(
            "      actors {:?} {}",
            codes,
            if reachable {
                "REACHABLE"
            } else {
                "UNREACHABLE"
            }
        );
        for (e, (ty, s, t)) in r.record.events.iter().zip(&r.predicted) {
            println!(
                "      -> {:?}/{:?} {:?}->{:?}  [{}] {:?}->{:?} {:?}",
                ty, e.event_type, s, t, e.trigger.text, e.source, e.target, e.modality
            );
        }
    }
    let wrong: usize = classes.values().sum();
    print!("dev errors: {wrong} records;");
    for (c, n) in &classes {
        print!(" {} {n}", c.name());
    }
    println!();
}
