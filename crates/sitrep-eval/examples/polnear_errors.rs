//! Lists PolNeAR attributions sitrep gets wrong, for tuning on train or dev
//! only: `cargo run --release -p sitrep-eval --example polnear_errors -- DIR dev`.
//! Refuses the test split.

use sitrep_eval::polnear::{polnear_docs, Quote, Spans};
use sitrep_pipeline::Resources;
use std::path::Path;

fn show(chars: &[char], spans: &Spans) -> String {
    spans
        .iter()
        .map(|&(a, b)| chars[a..b].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" … ")
}

fn line(chars: &[char], q: &Quote) -> String {
    let mut c = show(chars, &q.contents);
    if c.chars().count() > 90 {
        c = c.chars().take(90).collect::<String>() + "…";
    }
    format!(
        "[{}] [{}] [{}]",
        show(chars, &q.sources),
        show(chars, &q.cue),
        c
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("../shared/data/quote-attribution/polnear");
    let split = args.get(2).map(String::as_str).unwrap_or("dev");
    assert!(
        split != "test",
        "the test split is only scored, never inspected"
    );
    let res = Resources::load(&[]).expect("resources");
    let (corpus, docs) = polnear_docs(Path::new(dir), split, &res).expect("corpus");
    for d in docs {
        let chars: Vec<char> = corpus.texts[&d.gold.article].chars().collect();
        println!("## {}_{}", d.gold.article, d.gold.annotator);
        for g in &d.gold.quotes {
            let m = d.predicted.iter().find(|p| {
                p.cue
                    .iter()
                    .any(|&(s, e)| g.cue.iter().any(|&(s2, e2)| s < e2 && s2 < e))
            });
            match m {
                None => println!("MISS  {}", line(&chars, g)),
                Some(p) if p == g => println!("OK    {}", line(&chars, g)),
                Some(p) => {
                    println!("GOLD  {}", line(&chars, g));
                    println!(" SYS  {}", line(&chars, p));
                }
            }
        }
        for p in &d.predicted {
            if !d.gold.quotes.iter().any(|g| {
                p.cue
                    .iter()
                    .any(|&(s, e)| g.cue.iter().any(|&(s2, e2)| s < e2 && s2 < e))
            }) {
                println!("FALSE {}", line(&chars, p));
            }
        }
    }
}
