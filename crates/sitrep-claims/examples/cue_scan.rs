//! Times the cue automaton alone over a JSON Lines corpus, built several
//! ways, to choose its settings (one thread; compare runs side by side).
//!
//! cargo run --release -p sitrep-claims --example cue_scan -- bench/out/corpus-5000.jsonl

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: cue_scan CORPUS.jsonl");
    let raw = std::fs::read_to_string(&path).expect("corpus");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| {
            let t = l.split("\"text\": \"").nth(1)?;
            Some(t.split("\", \"").next()?.to_string())
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let cues = include_str!("../../../data/lexicons/cues.tsv");
    let phrases: Vec<String> = cues
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| l.split('\t').next().map(str::to_ascii_lowercase))
        .collect();
    let build = |kind: Option<AhoCorasickKind>, prefilter: bool| -> AhoCorasick {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(kind)
            .prefilter(prefilter)
            .build(&phrases)
            .expect("automaton")
    };
    let variants = [
        ("auto, prefilter", build(None, true)),
        ("auto, no prefilter", build(None, false)),
        ("dfa, prefilter", build(Some(AhoCorasickKind::DFA), true)),
        (
            "dfa, no prefilter",
            build(Some(AhoCorasickKind::DFA), false),
        ),
        (
            "contiguous nfa, no prefilter",
            build(Some(AhoCorasickKind::ContiguousNFA), false),
        ),
    ];
    for (name, ac) in &variants {
        println!("{name:<30} {} bytes of heap", ac.memory_usage());
    }
    let lexicon = sitrep_claims::CueLexicon::builtin().expect("cue lexicon");
    for round in 0..3 {
        // The stage's own scanner: the DFA walked by two walks side by side.
        let t = Instant::now();
        let mut n = 0usize;
        for text in &texts {
            n += lexicon.phrase_matches(text).len();
        }
        let s = t.elapsed().as_secs_f64();
        println!(
            "round {round} {:<30} {n} matches {:.3} s {:.0} MB/s",
            "two-walk dfa (the stage's)",
            s,
            bytes as f64 / 1e6 / s
        );
        for (name, ac) in &variants {
            let t = Instant::now();
            let mut n = 0usize;
            for text in &texts {
                n += ac.find_iter(text.as_str()).count();
            }
            let s = t.elapsed().as_secs_f64();
            println!(
                "round {round} {name:<30} {n} matches {:.3} s {:.0} MB/s",
                s,
                bytes as f64 / 1e6 / s
            );
        }
    }
}
