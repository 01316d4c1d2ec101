//! Times each pipeline stage separately over a JSON Lines corpus (one
//! thread), to see where extraction time goes.
//!
//! cargo run --release -p sitrep-pipeline --example stage_times -- bench/out/corpus-5000.jsonl

use sitrep_actors::find_actors;
use sitrep_claims::extract_claims;
use sitrep_events::extract_events;
use sitrep_framing::measure_framing;
use sitrep_pipeline::input::lang::identify;
use sitrep_pipeline::Resources;
use sitrep_text::{normalize, TextLayer};
use std::time::{Duration, Instant};

// The same allocator as the `sitrep` binary, so the stages cost what they cost there.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: stage_times CORPUS.jsonl");
    let t0 = Instant::now();
    let res = Resources::load(&[]).expect("resources");
    eprintln!("resources loaded in {:.2} s", t0.elapsed().as_secs_f64());
    let raw = std::fs::read_to_string(&path).expect("corpus");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut t = [Duration::ZERO; 7];
    let names = [
        "normalize",
        "language",
        "text layer",
        "actors",
        "claims",
        "events",
        "framing",
    ];
    for text in &texts {
        let a = Instant::now();
        let norm = normalize(text);
        let b = Instant::now();
        // What `analyze` does: whatlang unless the function words settle it.
        let _ = identify(&norm);
        let c = Instant::now();
        let layer = TextLayer::new(norm);
        let d = Instant::now();
        let actors = find_actors(&layer, &res.kb, None);
        let e = Instant::now();
        let claims = extract_claims(&layer, &actors, &res.kb, &res.cues);
        let f = Instant::now();
        let events = extract_events(&layer, &actors, &claims, &res.events);
        let g = Instant::now();
        let _ = measure_framing(&layer, &claims, &res.framing);
        let h = Instant::now();
        std::hint::black_box(events);
        for (slot, d) in t
            .iter_mut()
            .zip([b - a, c - b, d - c, e - d, f - e, g - f, h - g])
        {
            *slot += d;
        }
    }
    let total: Duration = t.iter().sum();
    for (n, d) in names.iter().zip(t) {
        println!(
            "{n:<11} {:>7.3} s {:>5.1}%  {:>7.1} MB/s",
            d.as_secs_f64(),
            100.0 * d.as_secs_f64() / total.as_secs_f64(),
            bytes as f64 / 1e6 / d.as_secs_f64()
        );
    }
    println!(
        "all stages  {:>7.3} s  {:.1} MB/s over {} docs",
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64(),
        texts.len()
    );
}
