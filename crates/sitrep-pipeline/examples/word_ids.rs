//! What one word id per token costs: builds a [`Vocabulary`] of every word
//! of the shipped lexicons (the words the stages look up), then, for each
//! document of a JSON Lines corpus, normalizes it, builds its text layer
//! and gives every token its id. Run under callgrind to compare
//! `token_ids_into` with the stages' own word lookups (docs/BENCHMARKS.md,
//! session 16, `perf17`):
//!
//! valgrind --tool=callgrind --callgrind-out-file=F target/release/examples/word_ids /tmp/c500.jsonl
//! cargo run --release -p sitrep-pipeline --example word_ids -- /tmp/c500.jsonl

use sitrep_text::{normalize, Agencies, LayerBuffers, TextLayer, Vocabulary, NO_WORD};

// The same allocator as the `sitrep` binary.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LEXICONS: &[&str] = &[
    include_str!("../../../data/lexicons/claims-words.tsv"),
    include_str!("../../../data/lexicons/cues.tsv"),
    include_str!("../../../data/lexicons/events.tsv"),
    include_str!("../../../data/lexicons/events-words.tsv"),
    include_str!("../../../data/lexicons/framing.tsv"),
    include_str!("../../../data/lexicons/opinion.tsv"),
    include_str!("../../../data/lexicons/ledger.tsv"),
];

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: word_ids CORPUS.jsonl");
    let mut vocabulary = Vocabulary::new();
    for lexicon in LEXICONS {
        for line in lexicon.lines().filter(|l| !l.starts_with('#')) {
            let phrase = line.split('\t').next().unwrap_or("");
            for word in phrase.split(' ') {
                vocabulary.add(word);
            }
        }
    }
    let raw = std::fs::read_to_string(&path).expect("corpus");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let agencies = Agencies::builtin();
    let (mut tokens, mut known) = (0usize, 0usize);
    let mut ids = Vec::new();
    for text in texts {
        let layer = TextLayer::new_reusing(normalize(&text), &agencies, LayerBuffers::default());
        ids_of(&vocabulary, &layer, &mut ids);
        tokens += ids.len();
        known += ids.iter().filter(|&&id| id != NO_WORD).count();
    }
    println!(
        "{} words in the vocabulary; {tokens} tokens, {known} of them vocabulary words",
        vocabulary.len()
    );
}

/// The id pass alone, kept out of line so callgrind counts it apart.
#[inline(never)]
fn ids_of(vocabulary: &Vocabulary, layer: &TextLayer, ids: &mut Vec<u32>) {
    vocabulary.token_ids_into(&layer.text, &layer.tokens, ids);
}
