//! Ad-hoc throughput of the text layer (not a test):
//! `cargo run --release -p sitrep-text --example throughput [FILE.jsonl] [MB]`
//! Reads article texts (the `"text"` field of each JSON line; default
//! `examples/corpus.jsonl`), repeats them up to MB megabytes (default 50), and
//! times each stage on the whole text as one document, then per article.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "examples/corpus.jsonl".to_string());
    let mb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let articles: Vec<String> = raw.lines().filter_map(text_field).collect();
    assert!(!articles.is_empty(), "no \"text\" fields in {path}");
    let mut big = String::new();
    let mut docs = Vec::new();
    while big.len() < mb * 1_000_000 {
        for a in &articles {
            big.push_str(a);
            big.push_str("\n\n");
            docs.push(a.as_str());
        }
    }
    let size = big.len() as f64 / 1e6;
    let rate = |label: &str, t: Instant| {
        let s = t.elapsed().as_secs_f64();
        println!(
            "{label:<28} {:>8.1} MB/s  ({s:.3} s for {size:.1} MB)",
            size / s
        );
    };
    let t = Instant::now();
    let norm = sitrep_text::normalize(&big);
    rate("normalize", t);
    let t = Instant::now();
    let sents = sitrep_text::sentences(&norm);
    rate("sentences", t);
    let t = Instant::now();
    let toks = sitrep_text::tokens(&norm);
    rate("tokens", t);
    println!("{} sentences, {} tokens", sents.len(), toks.len());
    let normalized: Vec<String> = docs.iter().map(|d| sitrep_text::normalize(d)).collect();
    let t = Instant::now();
    for d in &docs {
        std::hint::black_box(sitrep_text::normalize(d));
    }
    rate("per article, normalize", t);
    let t = Instant::now();
    for d in &normalized {
        std::hint::black_box(sitrep_text::sentences(d));
    }
    rate("per article, sentences", t);
    let t = Instant::now();
    for d in &normalized {
        std::hint::black_box(sitrep_text::tokens(d));
    }
    rate("per article, tokens", t);
    let t = Instant::now();
    let mut n = 0;
    for d in &docs {
        let layer = sitrep_text::TextLayer::from_raw(d);
        n += layer.tokens.len();
    }
    rate("per article, whole layer", t);
    assert!(n > 0);
}

/// The `"text"` string of a JSON line, unescaped (enough for this tool).
fn text_field(line: &str) -> Option<String> {
    let start = line
        .find("\"text\": \"")
        .map(|k| k + 9)
        .or_else(|| line.find("\"text\":\"").map(|k| k + 8))?;
    let mut out = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(
                        char::from_u32(u32::from_str_radix(&hex, 16).ok()?).unwrap_or('\u{FFFD}'),
                    );
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}
