//! Lists PolNeAR attributions sitrep gets wrong, for tuning on train or dev
//! only. Refuses the test split.
//!
//! ```sh
//! # every gold attribution (OK, GOLD/SYS pair, MISS) and every FALSE claim:
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR dev
//! # the same with each line's sentence as context:
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR dev context
//! # error classes with counts and the most frequent cues of each:
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train classes
//! # words inside missed gold cues, with how often each word is inside a gold
//! # cue at all (a candidate cue row's precision):
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train words
//! # gold attributions no claim touches at all (cue, source and content all
//! # unfound), classed by cue kind, lexicon knowledge and cue lemma:
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train nowhere
//! # found attributions whose content only starts or ends elsewhere than
//! # gold's: the words one side has and the other lacks (TAIL+/TAIL-/HEAD+/HEAD-):
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train content-ends
//! # every annotation file as one JSON line (text, gold and predicted spans
//! # in code points), for ad-hoc counting:
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train dump
//! # any mode with candidate lexicon rows from a data folder (as `eval --data`):
//! cargo run --release -p sitrep-eval --example polnear_errors -- DIR train context --data DATA
//! ```
//!
//! A gold attribution is MISS when no claim's cue overlaps its cue; GOLD (with
//! the claim as SYS) when one does but cue, source or content differ; OK when
//! all three are equal. FALSE is a claim whose cue overlaps no gold cue.

use sitrep_claims::{words, CueKind, CueLexicon};
use sitrep_eval::polnear::{tuning_docs, Quote, Spans};
use sitrep_record::data_dir::DataDir;
use std::collections::BTreeMap;
use std::path::Path;

fn show(chars: &[char], spans: &Spans) -> String {
    spans
        .iter()
        .map(|&(a, b)| chars[a..b].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" … ")
}

fn line(chars: &[char], q: &Quote) -> String {
    let mut c = show(chars, &q.contents);
    if c.chars().count() > 90 {
        c = c.chars().take(90).collect::<String>() + "…";
    }
    format!(
        "[{}] [{}] [{}]",
        show(chars, &q.sources),
        show(chars, &q.cue),
        c
    )
}

/// The text around a cue: back to the paragraph start or 160 characters,
/// forward to the paragraph end or 160 characters, on one line.
fn context(chars: &[char], q: &Quote) -> String {
    let (Some(&(a, _)), Some(&(_, b))) = (q.cue.first(), q.cue.last()) else {
        return String::new();
    };
    let lo = (a.saturating_sub(160)..a)
        .rev()
        .find(|&i| chars[i] == '\n')
        .map_or(a.saturating_sub(160), |i| i + 1);
    let hi = (b..(b + 160).min(chars.len()))
        .find(|&i| chars[i] == '\n')
        .unwrap_or((b + 160).min(chars.len()));
    let s: String = chars[lo..a].iter().collect();
    let c: String = chars[a..b].iter().collect();
    let e: String = chars[b..hi].iter().collect();
    format!("        | {s}<<{c}>>{e}").replace('\n', " ")
}

fn overlaps(a: &Spans, b: &Spans) -> bool {
    a.iter()
        .any(|&(s, e)| b.iter().any(|&(s2, e2)| s < e2 && s2 < e))
}

fn covers(outer: &Spans, inner: &Spans) -> bool {
    !inner.is_empty()
        && inner
            .iter()
            .all(|&(s, e)| outer.iter().any(|&(s2, e2)| s2 <= s && e <= e2))
}

/// Lower case, straight apostrophes, single spaces.
fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a gold cue is once auxiliaries before it and time words after it
/// are left out ("has also said Tuesday" → "said").
fn core(lex: &CueLexicon, cue: &str) -> String {
    let wd = lex.words();
    let mut ws: Vec<&str> = cue.split(' ').collect();
    while ws.len() > 1 && wd.exact(ws[0]) & words::CUE_LEAD != 0 {
        ws.remove(0);
    }
    while ws.len() > 1 && wd.exact(ws[ws.len() - 1]) & words::TIME_WORD != 0 {
        ws.pop();
    }
    ws.join(" ")
}

/// Whether some speech cue of the lexicon is a whole-word part of `cue`.
fn in_lexicon(lex: &CueLexicon, cue: &str) -> bool {
    let padded = format!(" {cue} ");
    lex.cues().iter().any(|c| {
        matches!(c.kind, CueKind::Verb | CueKind::Noun | CueKind::According)
            && padded.contains(&format!(" {} ", c.phrase))
    })
}

/// Counts per class, with the most frequent cue cores of each.
#[derive(Default)]
struct Classes(BTreeMap<String, (usize, BTreeMap<String, usize>)>);

impl Classes {
    fn add(&mut self, class: &str, cue: &str) {
        let e = self.0.entry(class.to_string()).or_default();
        e.0 += 1;
        *e.1.entry(cue.to_string()).or_default() += 1;
    }

    fn print(&self, title: &str, total: usize) {
        println!("\n### {title} ({total})\n");
        println!("| class | count | share | most frequent cues |");
        println!("|---|---:|---:|---|");
        for (class, (n, cues)) in &self.0 {
            let mut top: Vec<(&String, &usize)> = cues.iter().collect();
            top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top: Vec<String> = top
                .iter()
                .take(12)
                .map(|(c, k)| format!("{c} {k}"))
                .collect();
            println!(
                "| {class} | {n} | {:.1}% | {} |",
                100.0 * *n as f64 / total.max(1) as f64,
                top.join(", ").replace('|', "/")
            );
        }
    }
}

/// Cues that are one bare preposition ("in" of "in a poll"): the gold's cue of
/// a poll, a document or a survey, classed apart in both listings.
const PREPOSITION_CUES: [&str; 15] = [
    "in", "for", "of", "on", "about", "among", "from", "by", "with", "to", "at", "under",
    "against", "after", "over",
];

/// The class of a gold attribution no claim's cue overlaps.
fn miss_class(lex: &CueLexicon, chars: &[char], g: &Quote, all: &[Quote]) -> &'static str {
    let wd = lex.words();
    let cue = norm(&show(chars, &g.cue));
    let text_of = |s: &Spans| norm(&show(chars, s));
    let embedded = all
        .iter()
        .any(|o| !std::ptr::eq(o, g) && covers(&o.contents, &g.cue));
    if cue.chars().all(|c| !c.is_alphanumeric()) {
        return "colon or dash line";
    }
    if cue.starts_with("according to") {
        return "according to";
    }
    if PREPOSITION_CUES.contains(&cue.as_str()) {
        return "preposition cue (polls, documents)";
    }
    let source_after = g
        .sources
        .first()
        .is_some_and(|&(s, _)| g.cue.last().is_some_and(|&(_, e)| s >= e));
    let src = text_of(&g.sources);
    let anaphor = wd.exact(&src) & (words::PRONOUN | words::RELATIVE | words::ROLE_SPEAKER) != 0;
    if in_lexicon(lex, &cue) {
        if g.sources.is_empty() {
            "lexicon cue, no source"
        } else if embedded {
            "lexicon cue, embedded in another content"
        } else if source_after {
            "lexicon cue, source after the cue"
        } else if anaphor {
            "lexicon cue, pronoun or role source"
        } else {
            "lexicon cue, other"
        }
    } else if g.sources.is_empty() {
        "cue not in lexicon, no source"
    } else if cue.split(' ').any(|w| {
        wd.exact(w) & words::REPORT_NOUN != 0
            || matches!(
                w,
                "statement"
                    | "interview"
                    | "claim"
                    | "remarks"
                    | "speech"
                    | "letter"
                    | "view"
                    | "criticism"
                    | "opposition"
                    | "support"
                    | "call"
                    | "calls"
                    | "questions"
            )
    }) {
        "cue not in lexicon, noun cue"
    } else if embedded {
        "cue not in lexicon, embedded in another content"
    } else {
        "cue not in lexicon, verb or other"
    }
}

/// A crude lemma of a cue core for grouping: its first word that is no
/// auxiliary or particle, common inflections stripped ("said" → "say",
/// "be critical of" → "critical", "warning" → "warn").
fn lemma(cue: &str) -> String {
    let last = cue
        .split(' ')
        .find(|w| {
            !matches!(
                *w,
                "to" | "be" | "been" | "being" | "not" | "also" | "all" | "a" | "an" | "the"
            )
        })
        .unwrap_or(cue);
    let irregular = [
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("tells", "tell"),
        ("wrote", "write"),
        ("written", "write"),
        ("thought", "think"),
        ("knew", "know"),
        ("known", "know"),
        ("saw", "see"),
        ("seen", "see"),
        ("felt", "feel"),
        ("spoke", "speak"),
        ("spoken", "speak"),
        ("made", "make"),
        ("found", "find"),
        ("took", "take"),
        ("gave", "give"),
        ("held", "hold"),
    ];
    if let Some((_, l)) = irregular.iter().find(|(f, _)| *f == last) {
        return (*l).to_string();
    }
    for suffix in ["ing", "ied", "ies", "ed", "es", "s"] {
        if let Some(stem) = last.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return match suffix {
                    "ied" | "ies" => format!("{stem}y"),
                    _ => stem.to_string(),
                };
            }
        }
    }
    last.to_string()
}

/// The kind of a gold cue no claim touches, and what the lexicon knows of
/// it, for the `nowhere` mode.
fn nowhere_class(
    lex: &CueLexicon,
    chars: &[char],
    g: &Quote,
    all: &[Quote],
) -> (&'static str, &'static str) {
    let wd = lex.words();
    let cue = norm(&show(chars, &g.cue));
    let content = show(chars, &g.contents);
    let headline_end = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
    let kind = if g.cue.is_empty() {
        "no cue (quote alone)"
    } else if cue.chars().all(|c| !c.is_alphanumeric()) {
        "colon or dash"
    } else if cue.starts_with("according to") {
        "according to"
    } else if g.cue.first().is_some_and(|&(a, _)| a < headline_end) {
        "headline line"
    } else if PREPOSITION_CUES.contains(&cue.as_str()) {
        "preposition (polls, documents)"
    } else if content.trim_end().ends_with('?') || lemma(&core(lex, &cue)) == "ask" {
        "question"
    } else if cue
        .split(' ')
        .any(|w| wd.exact(w) & words::REPORT_NOUN != 0)
    {
        "noun"
    } else {
        "verb or other"
    };
    let embedded = all
        .iter()
        .any(|o| !std::ptr::eq(o, g) && covers(&o.contents, &g.cue));
    let padded = format!(" {cue} ");
    let row = lex.cues().iter().find(|c| {
        matches!(c.kind, CueKind::Verb | CueKind::Noun | CueKind::According)
            && padded.contains(&format!(" {} ", c.phrase))
    });
    let source_after = g
        .sources
        .first()
        .is_some_and(|&(s, _)| g.cue.last().is_some_and(|&(_, e)| s >= e));
    let src = norm(&show(chars, &g.sources));
    let anaphor = wd.exact(&src) & (words::PRONOUN | words::RELATIVE | words::ROLE_SPEAKER) != 0;
    let known = match row {
        Some(c) if c.infinitive_only || c.clause_only || c.named_subject => "known, restricted row",
        Some(_) if g.sources.is_empty() => "known, no source",
        Some(_) if embedded => "known, inside another content",
        Some(_) if source_after => "known, source after the cue",
        Some(_) if anaphor => "known, pronoun or role source",
        Some(_) => "known, other",
        None if g.sources.is_empty() => "unknown, no source",
        None if embedded => "unknown, inside another content",
        None => "unknown",
    };
    (kind, known)
}

/// The classes of a gold attribution whose cue a claim found, but whose
/// cue, source or content differ from it.
fn wrong_classes(chars: &[char], g: &Quote, p: &Quote) -> Vec<&'static str> {
    let mut out = Vec::new();
    if g.cue != p.cue {
        out.push("cue: other boundaries");
    }
    if g.sources != p.sources {
        out.push(if p.sources.is_empty() {
            "source: none found"
        } else if g.sources.is_empty() {
            "source: gold has none"
        } else if covers(&g.sources, &p.sources) {
            "source: gold longer (modifiers, appositives)"
        } else if covers(&p.sources, &g.sources) {
            "source: gold shorter"
        } else if overlaps(&g.sources, &p.sources) {
            "source: other overlap"
        } else {
            "source: another phrase"
        });
    }
    if g.contents != p.contents {
        let gt = norm(&show(chars, &g.contents));
        let pt = norm(&show(chars, &p.contents));
        out.push(if g.contents.len() > 1 {
            "content: gold in several fragments"
        } else if gt.strip_prefix("that ").is_some_and(|r| r == pt) {
            "content: gold opens with \"that\""
        } else if covers(&g.contents, &p.contents) {
            "content: gold longer"
        } else if covers(&p.contents, &g.contents) {
            "content: gold shorter"
        } else if overlaps(&g.contents, &p.contents) {
            "content: other overlap"
        } else {
            "content: another span"
        });
    }
    out
}

/// For a found attribution whose one-fragment content differs from gold's
/// by where it starts or ends only (one covers the other): the side and the
/// words one has and the other lacks, then the whole gold content. `TAIL+`:
/// the claim's content runs on past gold's end by the words shown; `TAIL-`:
/// it stops short of gold's end; `HEAD+`/`HEAD-` the same at the start.
fn content_end_difference(chars: &[char], g: &Quote, p: &Quote) -> Option<String> {
    let (&[(ga, gb)], &[(pa, pb)]) = (g.contents.as_slice(), p.contents.as_slice()) else {
        return None;
    };
    if (ga, gb) == (pa, pb)
        || !(covers(&g.contents, &p.contents) || covers(&p.contents, &g.contents))
    {
        return None;
    }
    let text = |a: usize, b: usize| chars[a..b].iter().collect::<String>().replace('\n', " ");
    let mut out = Vec::new();
    if pb > gb {
        out.push(format!("TAIL+ [{}]", text(gb, pb)));
    } else if pb < gb {
        out.push(format!("TAIL- [{}]", text(pb, gb)));
    }
    if pa < ga {
        out.push(format!("HEAD+ [{}]", text(pa, ga)));
    } else if pa > ga {
        out.push(format!("HEAD- [{}]", text(ga, pa)));
    }
    Some(format!(
        "{}\t[{}] [{}]",
        out.join(" "),
        text(ga, gb),
        show(chars, &p.cue)
    ))
}

/// Per lower-cased word: occurrences in the texts, inside a gold cue, inside a
/// gold cue no claim's cue overlaps, and inside a predicted cue.
#[derive(Default)]
struct CueWords(BTreeMap<String, [usize; 4]>);

impl CueWords {
    fn add(&mut self, chars: &[char], gold: &[Quote], predicted: &[Quote]) {
        let inside = |qs: &[&Quote], a: usize, b: usize| {
            qs.iter()
                .any(|q| q.cue.iter().any(|&(s, e)| s <= a && b <= e))
        };
        let all: Vec<&Quote> = gold.iter().collect();
        let missed: Vec<&Quote> = gold
            .iter()
            .filter(|g| !predicted.iter().any(|p| overlaps(&p.cue, &g.cue)))
            .collect();
        let pred: Vec<&Quote> = predicted.iter().collect();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphabetic() {
                i += 1;
                continue;
            }
            let a = i;
            while i < chars.len() && (chars[i].is_alphabetic() || matches!(chars[i], '\'' | '’'))
            {
                i += 1;
            }
            let w: String = chars[a..i].iter().collect::<String>().to_lowercase();
            let e = self.0.entry(w).or_default();
            e[0] += 1;
            e[1] += usize::from(inside(&all, a, i));
            e[2] += usize::from(inside(&missed, a, i));
            e[3] += usize::from(inside(&pred, a, i));
        }
    }

    fn print(&self) {
        let mut rows: Vec<(&String, &[usize; 4])> =
            self.0.iter().filter(|(_, c)| c[2] >= 3).collect();
        rows.sort_by(|a, b| b.1[2].cmp(&a.1[2]).then(a.0.cmp(b.0)));
        println!("| word | in missed gold cue | in gold cue | in predicted cue | occurrences | gold share |");
        println!("|---|---:|---:|---:|---:|---:|");
        for (w, c) in rows {
            println!(
                "| {w} | {} | {} | {} | {} | {:.2} |",
                c[2],
                c[1],
                c[3],
                c[0],
                c[1] as f64 / c[0].max(1) as f64
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .map(String::as_str)
        .unwrap_or("../shared/data/quote-attribution/polnear");
    let split = args.get(2).map(String::as_str).unwrap_or("dev");
    let mode = args.get(3).map(String::as_str).unwrap_or("list");
    if !matches!(
        mode,
        "list"
            | "context"
            | "classes"
            | "words"
            | "nowhere"
            | "nowhere-context"
            | "content-ends"
            | "dump"
    ) {
        eprintln!(
            "polnear_errors: unknown mode {mode:?} (list, context, classes, words, nowhere, nowhere-context, content-ends or dump)"
        );
        std::process::exit(2);
    }
    let data = match args.iter().position(|a| a == "--data") {
        Some(i) => match args.get(i + 1).map(|d| DataDir::new(Path::new(d))) {
            Some(Ok(d)) => d,
            Some(Err(e)) => {
                eprintln!("polnear_errors: --data: {e}");
                std::process::exit(2);
            }
            None => {
                eprintln!("polnear_errors: --data needs a folder");
                std::process::exit(2);
            }
        },
        None => DataDir::none(),
    };
    let (res, corpus, docs) = match tuning_docs(Path::new(dir), split, &data) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("polnear_errors: {e}");
            std::process::exit(if split == "test" { 2 } else { 1 });
        }
    };
    let lex = &res.cues;
    let (mut misses, mut wrong, mut falses) =
        (Classes::default(), Classes::default(), Classes::default());
    let (mut n_ok, mut n_miss, mut n_wrong, mut n_false, mut n_total) = (0, 0, 0, 0, 0);
    let listing = matches!(mode, "list" | "context");
    let mut cue_words = CueWords::default();
    let (mut nowhere_kinds, mut nowhere_known, mut nowhere_lemmas) =
        (Classes::default(), Classes::default(), Classes::default());
    for d in docs {
        let chars: Vec<char> = corpus.texts[&d.gold.article].chars().collect();
        if mode == "dump" {
            fn spans(qs: &[Quote]) -> Vec<[&Spans; 3]> {
                qs.iter()
                    .map(|q| [&q.cue, &q.sources, &q.contents])
                    .collect()
            }
            let row = serde_json::json!({
                "article": d.gold.article,
                "annotator": d.gold.annotator,
                "text": corpus.texts[&d.gold.article],
                "gold": spans(&d.gold.quotes),
                "predicted": spans(&d.predicted),
            });
            println!("{row}");
            continue;
        }
        if mode == "words" {
            cue_words.add(&chars, &d.gold.quotes, &d.predicted);
            continue;
        }
        if mode.starts_with("nowhere") {
            n_total += d.gold.quotes.len();
            for g in &d.gold.quotes {
                let touched = d.predicted.iter().any(|p| {
                    overlaps(&p.cue, &g.cue)
                        || overlaps(&p.sources, &g.sources)
                        || overlaps(&p.contents, &g.contents)
                });
                if touched {
                    continue;
                }
                n_miss += 1;
                let cue = core(lex, &norm(&show(&chars, &g.cue)));
                let (kind, known) = nowhere_class(lex, &chars, g, &d.gold.quotes);
                nowhere_kinds.add(kind, &cue);
                nowhere_known.add(&format!("{kind}: {known}"), &cue);
                nowhere_lemmas.add(&lemma(&cue), &cue);
                if mode == "nowhere-context" {
                    println!("NOWHERE {}  ({kind}: {known})", line(&chars, g));
                    println!("{}", context(&chars, g));
                }
            }
            continue;
        }
        if listing {
            println!("## {}_{}", d.gold.article, d.gold.annotator);
        }
        for g in &d.gold.quotes {
            let m = d.predicted.iter().find(|p| overlaps(&p.cue, &g.cue));
            let cue = core(lex, &norm(&show(&chars, &g.cue)));
            match m {
                None => {
                    n_miss += 1;
                    let class = miss_class(lex, &chars, g, &d.gold.quotes);
                    misses.add(class, &cue);
                    if listing {
                        println!("MISS  {}  ({class})", line(&chars, g));
                    }
                }
                Some(p) if p == g => {
                    n_ok += 1;
                    if listing {
                        println!("OK    {}", line(&chars, g));
                    }
                    continue;
                }
                Some(p) if mode == "content-ends" => {
                    n_wrong += 1;
                    if let Some(diff) = content_end_difference(&chars, g, p) {
                        println!("{diff}");
                    }
                    continue;
                }
                Some(p) => {
                    n_wrong += 1;
                    let classes = wrong_classes(&chars, g, p);
                    for c in &classes {
                        wrong.add(c, &cue);
                    }
                    if listing {
                        println!("GOLD  {}  ({})", line(&chars, g), classes.join("; "));
                        println!(" SYS  {}", line(&chars, p));
                    }
                }
            }
            if mode == "context" {
                println!("{}", context(&chars, g));
            }
        }
        for p in &d.predicted {
            if !d.gold.quotes.iter().any(|g| overlaps(&p.cue, &g.cue)) {
                n_false += 1;
                falses.add(
                    "claim with no gold cue",
                    &core(lex, &norm(&show(&chars, &p.cue))),
                );
                if listing {
                    println!("FALSE {}", line(&chars, p));
                    if mode == "context" {
                        println!("{}", context(&chars, p));
                    }
                }
            }
        }
    }
    if mode.starts_with("nowhere") {
        println!(
            "PolNeAR {split}: {n_total} gold attributions (per annotation file), \
             {n_miss} that no claim touches (cue, source and content all unfound)"
        );
        nowhere_kinds.print("untouched gold attributions, by cue kind", n_miss);
        nowhere_known.print("by cue kind and lexicon knowledge", n_miss);
        let mut lemmas: Vec<(&String, usize)> =
            nowhere_lemmas.0.iter().map(|(l, (n, _))| (l, *n)).collect();
        lemmas.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        println!("\n### by cue lemma (top 60)\n");
        for (l, n) in lemmas.iter().take(60) {
            println!("{l} {n}");
        }
    } else if mode == "words" {
        cue_words.print();
    } else if mode == "classes" {
        println!(
            "PolNeAR {split}: {} gold attributions (per annotation file): {n_ok} exact, \
             {n_wrong} cue found but cue/source/content different, {n_miss} missed; \
             {n_false} claims with no gold cue",
            n_ok + n_wrong + n_miss
        );
        misses.print("missed gold attributions, by class", n_miss);
        wrong.print(
            "cue found, part different (an attribution may be in several classes)",
            n_wrong,
        );
        falses.print("claims with no gold cue", n_false);
    }
}
