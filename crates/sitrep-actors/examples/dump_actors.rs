//! Prints the actors found in a JSON Lines corpus (`{"text", "published", …}`
//! per line) with the built-in KB, and the throughput.
//!
//! `cargo run -p sitrep-actors --example dump_actors -- examples/corpus.jsonl [--quiet] [--repeat N]`

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};
use std::time::Instant;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: dump_actors CORPUS.jsonl [--quiet] [--repeat N]")?;
    let quiet = args.iter().any(|a| a == "--quiet");
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let kb = Kb::builtin().map_err(|e| e.to_string())?;
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or_default();
        let title = v["title"].as_str().unwrap_or_default();
        let published = v["published"].as_str().map(str::to_string);
        docs.push((normalize(&format!("{title}\n\n{text}")), published));
    }
    let layers: Vec<(TextLayer, Option<String>)> = docs
        .into_iter()
        .map(|(t, p)| (TextLayer::new(t), p))
        .collect();
    let bytes: usize = layers.iter().map(|(l, _)| l.text.len()).sum::<usize>() * repeat;
    let started = Instant::now();
    for _ in 0..repeat {
        for (n, (layer, published)) in layers.iter().enumerate() {
            let doc = find_actors(layer, &kb, published.as_deref());
            if quiet || repeat > 1 {
                continue;
            }
            println!("== doc {} ({})", n + 1, published.as_deref().unwrap_or("-"));
            for a in doc.to_records(&layer.text) {
                let ms: Vec<&str> = a.mentions.iter().map(|s| s.text.as_str()).collect();
                println!(
                    "  {:<24} {:<8} {:<32} role={:<26} {:?}",
                    a.id,
                    a.kind.as_str(),
                    a.name,
                    a.role.as_deref().unwrap_or("-"),
                    ms
                );
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} bytes in {:.3} s: {:.1} MB/s (actors stage only, text layer excluded)",
        bytes,
        secs,
        bytes as f64 / secs / 1e6
    );
    Ok(())
}
