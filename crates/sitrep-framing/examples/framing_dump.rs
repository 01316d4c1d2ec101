//! Prints the framing of every article in a JSON Lines file (without claims,
//! so reported speech outside quotation marks counts as own voice):
//! `cargo run -p sitrep-framing --example framing_dump [FILE.jsonl]`

use sitrep_framing::{analyze_framing, FramingLexicon};
use sitrep_text::TextLayer;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/corpus.jsonl".to_string());
    let lex = FramingLexicon::builtin().unwrap_or_else(|e| panic!("{e}"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (n, line) in data.lines().enumerate() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = doc["text"].as_str().unwrap_or("");
        let layer = TextLayer::from_raw(text);
        let r = analyze_framing(&layer, &[], &lex);
        println!(
            "{:>3} {:<20} opinion {:.2} ({} of {})",
            n + 1,
            doc["outlet"].as_str().unwrap_or("?"),
            r.framing.opinion_share,
            r.opinion_sentences.len(),
            layer.sentences.len()
        );
        for (t, v) in r.framing.loaded.iter().zip(&r.loaded_voice) {
            println!(
                "      {:<22} {:<8} {:?}",
                t.category,
                v.as_str(),
                t.span.text
            );
        }
        for &i in &r.opinion_sentences {
            println!("      OPINION: {}", layer.sentences[i].text(&layer.text));
        }
    }
}
