//! Times the parts of actor resolution separately on a JSON Lines corpus:
//! alias scan, role scan, and the whole stage.
//!
//! `cargo run --release -p sitrep-actors --example bench_parts -- examples/corpus.jsonl 200`

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};
use std::time::Instant;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: bench_parts CORPUS.jsonl [REPEAT]")?;
    let repeat: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100);
    let kb = Kb::builtin().map_err(|e| e.to_string())?;
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut layers = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = format!(
            "{}\n\n{}",
            v["title"].as_str().unwrap_or_default(),
            v["text"].as_str().unwrap_or_default()
        );
        layers.push((
            TextLayer::new(normalize(&text)),
            v["published"].as_str().map(str::to_string),
        ));
    }
    let bytes = layers.iter().map(|(l, _)| l.text.len()).sum::<usize>() * repeat;
    let mb_s = |secs: f64| bytes as f64 / secs / 1e6;
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..repeat {
        for (l, _) in &layers {
            n += kb.find_aliases(&l.text).len();
        }
    }
    eprintln!(
        "find_aliases: {:.1} MB/s ({n} hits)",
        mb_s(t.elapsed().as_secs_f64())
    );
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..repeat {
        for (l, _) in &layers {
            n += kb.find_roles(&l.text).len();
        }
    }
    eprintln!(
        "find_roles:   {:.1} MB/s ({n} hits)",
        mb_s(t.elapsed().as_secs_f64())
    );
    let t = Instant::now();
    for _ in 0..repeat {
        for (l, _) in &layers {
            n += TextLayer::new(l.text.clone()).tokens.len();
        }
    }
    eprintln!(
        "text layer:   {:.1} MB/s ({n} tokens and hits)",
        mb_s(t.elapsed().as_secs_f64())
    );
    let t = Instant::now();
    for _ in 0..repeat {
        for (l, p) in &layers {
            n += find_actors(l, &kb, p.as_deref()).mentions.len();
        }
    }
    eprintln!(
        "find_actors:  {:.1} MB/s ({n} items in all)",
        mb_s(t.elapsed().as_secs_f64())
    );
    Ok(())
}
