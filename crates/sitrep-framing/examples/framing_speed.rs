//! Ad-hoc throughput of the framing stage (not a test):
//! `cargo run --release -p sitrep-framing --example framing_speed [FILE.jsonl] [MB]`

use sitrep_framing::{measure_framing, FramingLexicon};
use sitrep_text::TextLayer;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "examples/corpus.jsonl".to_string());
    let mb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|d| d["text"].as_str().map(str::to_string))
        .collect();
    let t = Instant::now();
    let lex = FramingLexicon::builtin().unwrap_or_else(|e| panic!("{e}"));
    println!("lexicon built in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let mut layers = Vec::new();
    let mut bytes = 0;
    while bytes < mb * 1_000_000 {
        for x in &texts {
            let l = TextLayer::from_raw(x);
            bytes += l.text.len();
            layers.push(l);
        }
    }
    let t = Instant::now();
    let mut hits = 0;
    for l in &layers {
        hits += measure_framing(l, &[], &lex).loaded.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "framing: {:.1} MB/s ({} docs, {hits} loaded terms)",
        bytes as f64 / 1e6 / s,
        layers.len()
    );
}
