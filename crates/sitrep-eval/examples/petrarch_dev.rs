//! Lists PETRARCH-2 records (an extra dev set) where sitrep misses a gold
//! coding's type or predicts a type the gold lacks, for tuning.
//!
//! cargo run -p sitrep-eval --example petrarch_dev -- CAMEO2PLOVER-2021.txt FILE.xml [all]

use sitrep_eval::petrarch::{petrarch_records, read_cameo_table};
use sitrep_pipeline::Resources;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(table), Some(file)) = (args.next(), args.next()) else {
        eprintln!("usage: petrarch_dev CAMEO2PLOVER-2021.txt FILE.xml [all]");
        std::process::exit(2);
    };
    let all = args.next().as_deref() == Some("all");
    let table = read_cameo_table(&PathBuf::from(table)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let kb: Vec<PathBuf> = std::env::var("SITREP_KB")
        .ok()
        .into_iter()
        .map(PathBuf::from)
        .collect();
    let kb: Vec<&std::path::Path> = kb.iter().map(PathBuf::as_path).collect();
    let res = Resources::load(&kb).expect("resources");
    let results = petrarch_records(&PathBuf::from(file), &table, &res).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    for r in &results {
        let g = &r.gold;
        if g.codings.is_empty() && !g.no_events {
            continue;
        }
        let types_ok = r.type_found.iter().all(|b| *b)
            && r.predicted
                .iter()
                .all(|(ty, _, _)| g.codings.iter().any(|c| c.event_type == *ty));
        if types_ok && !all {
            continue;
        }
        println!(
            "{} {} [{}] {}",
            if types_ok { "OK " } else { "BAD" },
            g.id,
            g.category,
            g.text
        );
        for c in &g.codings {
            println!(
                "      gold {} {:?} {:?}->{:?}",
                c.cameo, c.event_type, c.source, c.target
            );
        }
        if g.no_events && g.codings.is_empty() {
            println!("      gold: no events");
        }
        for (&k, (ty, s, t)) in r.event_of.iter().zip(&r.predicted) {
            let e = &r.record.events[k];
            println!(
                "      -> {:?} {:?}->{:?}  [{}] {:?}",
                ty, s, t, e.trigger.text, e.modality
            );
        }
    }
}
