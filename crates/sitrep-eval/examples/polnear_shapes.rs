//! Mines PolNeAR (train or dev; refuses test) for cue *shapes*: a candidate
//! cue word in a frame. For every occurrence of a candidate word in the
//! texts it reads the frame from the words around it (complement, subject
//! kind, voice, inside a quote or not) and counts how often that occurrence
//! is inside a gold cue, and how often it is inside a gold cue no claim
//! found. It prints every shape — the word with any subset of the four frame
//! parts — that has at least `MIN` occurrences and a gold share of at least
//! `BAR` (session 24's convention), the most general passing shape first.
//!
//! ```sh
//! cargo run --release -p sitrep-eval --example polnear_shapes -- DIR train
//! # candidates are words inside missed gold cues at least N times (default 10):
//! cargo run --release -p sitrep-eval --example polnear_shapes -- DIR train 5
//! ```
//!
//! Candidates are word forms, not lemmas: a cue row is a word form.

use sitrep_claims::{words, ClaimWords, CueKind, CueLexicon};
use sitrep_eval::polnear::{tuning_docs, Quote};
use sitrep_record::data_dir::DataDir;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const BAR: f64 = 0.7;
const MIN: usize = 10;

/// One token: its code-point range and lower-cased text.
struct Tok {
    a: usize,
    b: usize,
    w: String,
    cap: bool,
}

fn tokens(chars: &[char]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let a = i;
        if c.is_alphanumeric() {
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || (matches!(chars[i], '\'' | '’' | '-')
                        && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())))
            {
                i += 1;
            }
        } else {
            i += 1;
        }
        let w: String = chars[a..i].iter().collect();
        out.push(Tok {
            a,
            b: i,
            cap: c.is_uppercase(),
            w: w.to_lowercase().replace('’', "'"),
        });
    }
    out
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "''" | "``")
}

const WH: &[&str] = &[
    "whether", "if", "what", "why", "how", "who", "when", "where", "which",
];
const NOMINATIVE: &[&str] = &["he", "she", "they", "we", "i", "you", "it", "there"];
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "does", "did", "do", "'s",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re",
];
const SKIP_BEFORE: &[&str] = &[
    "also",
    "not",
    "never",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "does",
    "did",
    "do",
    "just",
    "already",
    "still",
    "only",
    "repeatedly",
    "publicly",
    "often",
    "later",
    "previously",
    "recently",
    "n't",
];

/// The complement after the word at `i`.
fn complement(t: &[Tok], i: usize, wd: &ClaimWords) -> &'static str {
    let mut j = i + 1;
    // an adverb in -ly or a short aside is skipped
    while j < t.len() && t[j].w.ends_with("ly") && t[j].w.len() > 4 {
        j += 1;
    }
    let Some(n) = t.get(j) else { return "none" };
    let w = n.w.as_str();
    if w == "that" {
        return "that";
    }
    if w == ":" {
        return "colon";
    }
    if is_quote(w) {
        return "quote";
    }
    if matches!(w, "." | "," | ";" | ")" | "?" | "!" | "—" | "-" | "–") {
        return "none";
    }
    if w == "to" {
        return match t.get(j + 1) {
            Some(v)
                if !v.cap
                    && v.w.chars().all(char::is_alphabetic)
                    && wd.exact(&v.w) & words::DETERMINER == 0 =>
            {
                "to-inf"
            }
            _ => "to-np",
        };
    }
    if WH.contains(&w) {
        return "wh";
    }
    if NOMINATIVE.contains(&w) {
        return "bare";
    }
    if matches!(
        w,
        "in" | "on" | "at" | "for" | "with" | "about" | "of" | "by" | "from" | "as" | "into"
    ) {
        return "prep";
    }
    // a noun phrase of up to five words, then a finite verb: a bare clause
    for (k, tok) in t.iter().enumerate().skip(j).take(6) {
        let x = tok.w.as_str();
        if FINITE.contains(&x) && k > j {
            return "bare";
        }
        if !x.chars().next().is_some_and(char::is_alphanumeric) {
            break;
        }
    }
    "np"
}

/// The subject before the word at `i` (auxiliaries and adverbs skipped)
/// and the voice.
fn subject(t: &[Tok], i: usize, wd: &ClaimWords) -> (&'static str, &'static str) {
    let mut j = i;
    let mut passive = false;
    while j > 0 {
        let p = t[j - 1].w.as_str();
        if BE.contains(&p) {
            passive = t[i].w.ends_with("ed") || t[i].w.ends_with("en") || t[i].w.ends_with("wn");
            j -= 1;
        } else if SKIP_BEFORE.contains(&p) || (p.ends_with("ly") && p.len() > 4) {
            j -= 1;
        } else {
            break;
        }
    }
    let voice = if passive { "passive" } else { "active" };
    if j == 0 {
        return ("none", voice);
    }
    let p = &t[j - 1];
    let pw = p.w.as_str();
    let kind = if pw == "to" {
        "infinitive"
    } else if pw == "it" || pw == "there" {
        "it"
    } else if wd.exact(pw) & words::PRONOUN != 0 || NOMINATIVE.contains(&pw) || pw == "who" {
        "pronoun"
    } else if p.cap && j >= 2 && t[j - 2].w.chars().next().is_some_and(char::is_alphanumeric) {
        "named"
    } else if wd.exact(pw) & (words::ROLE_SPEAKER | words::SPEAKER_NOUN | words::ROLE_HEAD) != 0
        || wd.exact(pw.trim_end_matches('s')) & (words::ROLE_SPEAKER | words::SPEAKER_NOUN) != 0
    {
        "role"
    } else if !pw.chars().next().is_some_and(char::is_alphanumeric) {
        "none"
    } else {
        "other"
    };
    (kind, voice)
}

/// Whether position `a` is inside a double quote of its paragraph.
fn in_quote(chars: &[char], a: usize) -> bool {
    let start = chars[..a]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1);
    let mut open = false;
    for &c in &chars[start..a] {
        match c {
            '“' => open = true,
            '”' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

fn inside(qs: &[&Quote], a: usize, b: usize) -> bool {
    qs.iter()
        .any(|q| q.cue.iter().any(|&(s, e)| s <= a && b <= e))
}

/// Per shape key: occurrences, inside a gold cue, inside a missed gold cue,
/// inside a predicted cue, distinct places in the texts (an article is
/// annotated by several annotators; each annotation file counts once in the
/// first four, a place once in the last).
type Counts = BTreeMap<String, [usize; 5]>;

fn single_cue(lex: &CueLexicon, w: &str) -> bool {
    lex.cues()
        .iter()
        .any(|c| matches!(c.kind, CueKind::Verb | CueKind::Noun) && c.phrase == w)
}

/// The complement a one-word verb row of `w` restricts its content to, if
/// it restricts it.
fn restriction(lex: &CueLexicon, w: &str) -> Option<&'static str> {
    lex.cues()
        .iter()
        .find(|c| c.kind == CueKind::Verb && c.phrase == w)
        .and_then(|c| {
            if c.clause_only {
                Some("only-that")
            } else if c.infinitive_only {
                Some("only-to")
            } else if c.named_subject {
                Some("named")
            } else {
                None
            }
        })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("../shared/data/quote-attribution/polnear");
    let split = args.get(2).map(String::as_str).unwrap_or("train");
    let min_missed: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let (res, corpus, docs) = match tuning_docs(Path::new(dir), split, &DataDir::none()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("polnear_shapes: {e}");
            std::process::exit(if split == "test" { 2 } else { 1 });
        }
    };
    let lex = &res.cues;
    let wd = lex.words();
    // pass 1: candidate words, by how often they are inside a missed gold cue
    let mut missed_words: BTreeMap<String, usize> = BTreeMap::new();
    for d in &docs {
        let chars: Vec<char> = corpus.texts[&d.gold.article].chars().collect();
        let toks = tokens(&chars);
        let missed: Vec<&Quote> = d
            .gold
            .quotes
            .iter()
            .filter(|g| {
                !d.predicted.iter().any(|p| {
                    p.cue
                        .iter()
                        .any(|&(s, e)| g.cue.iter().any(|&(s2, e2)| s < e2 && s2 < e))
                })
            })
            .collect();
        for t in &toks {
            if t.w.chars().all(char::is_alphabetic) && inside(&missed, t.a, t.b) {
                *missed_words.entry(t.w.clone()).or_default() += 1;
            }
        }
    }
    let stop: BTreeSet<&str> = [
        "the", "a", "an", "to", "that", "of", "in", "on", "and", "is", "was", "has", "have", "had",
        "be", "been", "will", "would", "not", "it", "he", "she", "they", "we", "i", "for", "as",
        "with", "by", "his", "her", "their", "its", "are", "were", "said", "says", "say", "also",
        "can", "could", "do", "did", "does", "this", "about", "at", "from",
    ]
    .into_iter()
    .collect();
    let cands: BTreeSet<String> = missed_words
        .iter()
        .filter(|(w, n)| **n >= min_missed && !stop.contains(w.as_str()) && w.len() > 2)
        .map(|(w, _)| w.clone())
        .collect();
    // pass 2: every occurrence of a candidate, with its frame
    let mut counts: Counts = BTreeMap::new();
    let mut seen: BTreeSet<(String, String, usize)> = BTreeSet::new();
    for d in &docs {
        let chars: Vec<char> = corpus.texts[&d.gold.article].chars().collect();
        let toks = tokens(&chars);
        let gold: Vec<&Quote> = d.gold.quotes.iter().collect();
        let pred: Vec<&Quote> = d.predicted.iter().collect();
        for (i, t) in toks.iter().enumerate() {
            if !cands.contains(&t.w) {
                continue;
            }
            let comp = complement(&toks, i, wd);
            let (subj, voice) = subject(&toks, i, wd);
            let quote = if in_quote(&chars, t.a) {
                "in-quote"
            } else {
                "narration"
            };
            let g = inside(&gold, t.a, t.b);
            let p = pred
                .iter()
                .any(|q| q.cue.iter().any(|&(s, e)| s < t.b && t.a < e));
            let parts = [comp, subj, voice, quote];
            for mask in 0..16u8 {
                let mut key = t.w.clone();
                for (k, part) in parts.iter().enumerate() {
                    key.push('|');
                    key.push_str(if mask & (1 << k) != 0 { part } else { "*" });
                }
                let e = counts.entry(key.clone()).or_default();
                e[0] += 1;
                e[1] += usize::from(g);
                e[2] += usize::from(g && !p);
                e[3] += usize::from(p);
                if seen.insert((key.clone(), d.gold.article.clone(), t.a)) {
                    e[4] += 1;
                }
            }
        }
    }
    // the most general passing shapes: a shape is left out when a shape that
    // contains it (a '*' where it has a value) already passes
    let passes = |c: &[usize; 5]| c[4] >= MIN && c[1] as f64 >= BAR * c[0] as f64;
    let general = |key: &str| {
        let parts: Vec<&str> = key.split('|').collect();
        (1..parts.len()).any(|k| {
            parts[k] != "*" && {
                let mut q = parts.clone();
                q[k] = "*";
                counts.get(&q.join("|")).is_some_and(passes)
            }
        })
    };
    let mut rows: Vec<(&String, &[usize; 5])> = counts
        .iter()
        .filter(|(k, c)| passes(c) && c[2] > 0 && !general(k))
        .collect();
    rows.sort_by(|a, b| b.1[2].cmp(&a.1[2]).then(a.0.cmp(b.0)));
    println!(
        "PolNeAR {split}: {} candidate words (inside a missed gold cue ≥ {min_missed} times); \
         shapes with ≥ {MIN} distinct places and gold share ≥ {BAR}",
        cands.len()
    );
    println!("| word | complement | subject | voice | quote | places | occurrences | in gold cue | share | missed (recoverable) | predicted | single cue row |");
    println!("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---|");
    for (k, c) in rows {
        let p: Vec<&str> = k.split('|').collect();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {:.2} | {} | {} | {} |",
            p[0],
            p[1],
            p[2],
            p[3],
            p[4],
            c[4],
            c[0],
            c[1],
            c[1] as f64 / c[0] as f64,
            c[2],
            c[3],
            if single_cue(lex, p[0]) { "yes" } else { "no" }
        );
    }
    // rows whose complement column restricts them: the frames they leave out
    println!(
        "\nRows restricted by their complement column, per frame (≥ {MIN} places, share ≥ {BAR}):"
    );
    println!("| word | row complement | frame | places | occurrences | in gold cue | share | missed | predicted |");
    println!("|---|---|---|---:|---:|---:|---:|---:|---:|");
    for (k, c) in &counts {
        let p: Vec<&str> = k.split('|').collect();
        if p[1] == "*" || p[2..].iter().any(|x| *x != "*") || !passes(c) || c[2] == 0 {
            continue;
        }
        if let Some(r) = restriction(lex, p[0]) {
            println!(
                "| {} | {r} | {} | {} | {} | {} | {:.2} | {} | {} |",
                p[0],
                p[1],
                c[4],
                c[0],
                c[1],
                c[1] as f64 / c[0] as f64,
                c[2],
                c[3]
            );
        }
    }
}
