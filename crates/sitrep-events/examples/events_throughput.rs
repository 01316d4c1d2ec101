//! Measures the events stage alone on a JSON Lines corpus (text fields):
//! normalization, actors and claims run first, untimed.
//!
//! cargo run --release -p sitrep-events --example events_throughput -- bench/out/corpus.jsonl

use sitrep_events::{extract_events, EventLexicon};
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};
use std::io::BufRead;
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/corpus.jsonl".into());
    let kb = Kb::builtin().expect("kb");
    let lex = EventLexicon::builtin().expect("lexicon");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("corpus"));
    let mut docs = Vec::new();
    for line in file.lines().map_while(Result::ok) {
        // The text field, without a JSON dependency: good enough for a benchmark.
        let Some(i) = line
            .find("\"text\": \"")
            .or_else(|| line.find("\"text\":\""))
        else {
            continue;
        };
        let rest = &line[i..];
        let start = rest
            .find(": \"")
            .map(|k| k + 3)
            .or_else(|| rest.find(":\"").map(|k| k + 2))
            .unwrap();
        let body = &rest[start..];
        let end = body
            .find("\", \"")
            .or_else(|| body.find("\",\""))
            .or_else(|| body.rfind('"'))
            .unwrap_or(body.len());
        let text = body[..end].replace("\\n", "\n").replace("\\\"", "\"");
        let layer = TextLayer::new(normalize(&text));
        let actors = sitrep_actors::find_actors(&layer, &kb, None);
        docs.push((layer, actors));
    }
    let bytes: usize = docs.iter().map(|(l, _)| l.text.len()).sum();
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for (layer, actors) in &docs {
            n += extract_events(layer, actors, &[], &lex).len();
        }
    }
    let secs = t.elapsed().as_secs_f64() / rounds as f64;
    n /= rounds;
    println!(
        "{} docs, {:.1} MB, {} events, {:.3} s, {:.1} MB/s (events stage only)",
        docs.len(),
        bytes as f64 / 1e6,
        n,
        secs,
        bytes as f64 / 1e6 / secs
    );
}
