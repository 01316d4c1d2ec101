//! Prints the events sitrep codes for each line of standard input.
//!
//! echo "Iran attacked Israel." | cargo run -p sitrep-events --example events_debug

use sitrep_events::{extract_events, EventLexicon};
use sitrep_kb::Kb;
use sitrep_record::ClaimRecord;
use sitrep_text::{normalize, TextLayer};
use std::io::BufRead;

fn main() {
    let kb = Kb::builtin().expect("kb");
    let lex = EventLexicon::builtin().expect("lexicon");
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let layer = TextLayer::new(normalize(&line));
        let actors = sitrep_actors::find_actors(&layer, &kb, Some("2024-01-01"));
        let claims: Vec<ClaimRecord> = Vec::new();
        println!("{}", layer.text);
        for m in &actors.mentions {
            println!(
                "  mention {:?} -> {} ({:?})",
                &layer.text[m.start..m.end],
                actors.actors[m.actor].id,
                m.how
            );
        }
        for e in extract_events(&layer, &actors, &claims, &lex) {
            println!(
                "  {} {:?} [{}] {:?} -> {:?} {:?}",
                e.id, e.event_type, e.trigger.text, e.source, e.target, e.modality
            );
        }
    }
}
