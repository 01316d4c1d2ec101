//! Prints the events of every document of a JSON Lines corpus (actors,
//! claims and events stages only), for reading the coder's output.
//!
//! cargo run -p sitrep-events --example corpus_events -- examples/corpus.jsonl

use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_events::{extract_events, EventLexicon};
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};
use std::io::BufRead;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/corpus.jsonl".into());
    let kb = Kb::builtin().expect("kb");
    let cues = CueLexicon::builtin().expect("cues");
    let lex = EventLexicon::builtin().expect("lexicon");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("corpus"));
    for line in file.lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let published = v["published"].as_str();
        let layer = TextLayer::new(normalize(text));
        let actors = sitrep_actors::find_actors(&layer, &kb, published);
        // Another stage's bug must not hide this one's output.
        let claims = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extract_claims(&layer, &actors, &kb, &cues)
        }))
        .unwrap_or_default();
        println!("=== {}", v["title"].as_str().unwrap_or(""));
        for e in extract_events(&layer, &actors, &claims, &lex) {
            println!(
                "  {:<9} {:?} -> {:?} [{}] {:?} {}",
                e.event_type.as_str(),
                e.source,
                e.target,
                e.trigger.text,
                e.modality,
                e.claim.unwrap_or_default()
            );
        }
    }
}
