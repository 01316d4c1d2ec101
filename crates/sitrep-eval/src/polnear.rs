//! Quote attribution scored on PolNeAR (Newell, Margolin & Ruths, LREC 2018).
//!
//! Gold: brat standoff `.ann` files beside plain `.txt` articles, read
//! straight out of `polnear-v1.0.0-text-attributions.tar.xz` (streamed in
//! memory, never unpacked) or from an unpacked copy. Offsets are Unicode
//! code points into the `.txt`. Every article is run through
//! [`sitrep_pipeline::analyze`]; each claim's spans (byte offsets into the
//! normalized text) are mapped back to code points with
//! [`sitrep_text::align`] and scored the way BBC R&D's Citron scores quotes:
//!
//! - **cue, exact**: a predicted claim is right when its cue equals some
//!   gold cue; a gold attribution is found when some predicted cue equals
//!   its cue;
//! - **source / content, exact**: a predicted claim is right when some gold
//!   attribution has a cue overlapping its cue *and* the same source (or
//!   content) span list; symmetric for recall. An attribution without a
//!   source (`Attribution-no-source`) has an empty source list, which a
//!   claim with no speaker span equals;
//! - **overlap**: token level, not tied to the cue: precision is the share
//!   of the tokens of predicted spans that lie in some gold span of the same
//!   kind, recall the share of gold tokens that lie in some predicted span.
//!
//! Spans are compared after trimming whitespace and punctuation at both
//! edges (a span that is all punctuation, such as the cue `:`, keeps its
//! punctuation); fragments of a discontinuous span separated only by
//! whitespace or punctuation are merged. Every `.ann` file is one gold
//! document: an article annotated by several annotators counts once per
//! annotator, against the same prediction. `Discuss` and `Discard` marks
//! are not attributions and are ignored.

use crate::ratio;
use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, Record};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// A span as code-point ranges (one per fragment), trimmed and merged.
pub type Spans = Vec<(usize, usize)>;

/// One attribution: cue, sources and contents, each a list of fragments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quote {
    pub cue: Spans,
    pub sources: Spans,
    pub contents: Spans,
}

/// One gold document: an article's text and one annotator's attributions.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub split: String,
    pub article: String,
    pub annotator: String,
    pub quotes: Vec<Quote>,
}

/// The corpus of one split: article texts and their gold documents.
#[derive(Debug, Default)]
pub struct Corpus {
    pub texts: BTreeMap<String, String>,
    pub gold: Vec<GoldDoc>,
}

/// Reads split `split` (`train`, `dev` or `test`) from a PolNeAR directory
/// holding the `.tar.xz`, from the archive itself, or from an unpacked copy
/// (any folder with `<split>/text` and `<split>/attributions` below it).
pub fn read_corpus(path: &Path, split: &str) -> Result<Corpus, String> {
    let archive = if path.is_dir() {
        std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.to_string_lossy().ends_with(".tar.xz"))
    } else {
        Some(path.to_path_buf())
    };
    let mut files: Vec<(String, String)> = Vec::new();
    match archive {
        Some(a) => {
            let f = std::fs::File::open(&a).map_err(|e| format!("{}: {e}", a.display()))?;
            let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(f));
            let entries = tar.entries().map_err(|e| format!("{}: {e}", a.display()))?;
            for entry in entries {
                let mut entry = entry.map_err(|e| format!("{}: {e}", a.display()))?;
                let name = entry
                    .path()
                    .map_err(|e| format!("{}: {e}", a.display()))?
                    .to_string_lossy()
                    .into_owned();
                if !wanted(&name, split) {
                    continue;
                }
                let mut s = String::new();
                entry
                    .read_to_string(&mut s)
                    .map_err(|e| format!("{}: {name}: {e}", a.display()))?;
                files.push((name, s));
            }
        }
        None => walk(path, split, &mut files)?,
    }
    let mut corpus = Corpus::default();
    let mut anns = Vec::new();
    for (name, body) in files {
        let file = name.rsplit('/').next().unwrap_or(&name).to_string();
        if let Some(stem) = file.strip_suffix(".txt") {
            corpus.texts.insert(stem.to_string(), body);
        } else if let Some(stem) = file.strip_suffix(".ann") {
            let (article, annotator) = stem.rsplit_once('_').unwrap_or((stem, ""));
            anns.push((article.to_string(), annotator.to_string(), body));
        }
    }
    anns.sort();
    for (article, annotator, body) in anns {
        let Some(text) = corpus.texts.get(&article) else {
            return Err(format!("{split}: {article}_{annotator}.ann has no text"));
        };
        let quotes = parse_ann(&body, text)
            .map_err(|e| format!("{split}: {article}_{annotator}.ann: {e}"))?;
        corpus.gold.push(GoldDoc {
            split: split.to_string(),
            article,
            annotator,
            quotes,
        });
    }
    if corpus.gold.is_empty() {
        return Err(format!("{}: no {split} annotations found", path.display()));
    }
    Ok(corpus)
}

fn wanted(name: &str, split: &str) -> bool {
    let t = format!("/{split}/text/");
    let a = format!("/{split}/attributions/");
    let name = format!("/{name}");
    (name.contains(&t) && name.ends_with(".txt")) || (name.contains(&a) && name.ends_with(".ann"))
}

fn walk(dir: &Path, split: &str, out: &mut Vec<(String, String)>) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, split, out)?;
        } else {
            let name = p.to_string_lossy().replace('\\', "/");
            if wanted(&name, split) {
                let s = std::fs::read_to_string(&p).map_err(|e| format!("{name}: {e}"))?;
                out.push((name, s));
            }
        }
    }
    Ok(())
}

/// Parses one brat `.ann` file into attributions with trimmed spans.
pub fn parse_ann(ann: &str, text: &str) -> Result<Vec<Quote>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: BTreeMap<&str, Spans> = BTreeMap::new();
    let mut events = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('T') && cols.len() >= 2 {
            let (_ty, offsets) = cols[1]
                .split_once(' ')
                .ok_or_else(|| format!("line {}: no offsets", n + 1))?;
            let mut frags = Vec::new();
            for part in offsets.split(';') {
                let (a, b) = part
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| format!("line {}: bad offsets {part:?}", n + 1))?;
                let a: usize = a
                    .parse()
                    .map_err(|_| format!("line {}: bad offset", n + 1))?;
                let b: usize = b
                    .parse()
                    .map_err(|_| format!("line {}: bad offset", n + 1))?;
                frags.push((a.min(chars.len()), b.min(chars.len())));
            }
            spans.insert(cols[0], frags);
        } else if line.starts_with('E') && cols.len() >= 2 {
            events.push(cols[1]);
        }
    }
    let mut quotes = Vec::new();
    for ev in events {
        let mut q = Quote::default();
        for arg in ev.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let frags = spans.get(id).cloned().unwrap_or_default();
            match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Cue" => q.cue.extend(frags),
                "Source" => q.sources.extend(frags),
                "Content" => q.contents.extend(frags),
                _ => {}
            }
        }
        q.cue = clean(&chars, q.cue);
        q.sources = clean(&chars, q.sources);
        q.contents = clean(&chars, q.contents);
        if !q.cue.is_empty() || !q.contents.is_empty() {
            quotes.push(q);
        }
    }
    Ok(quotes)
}

fn is_edge(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && c != '$' && c != '%')
}

/// Trims each fragment (whitespace and punctuation at both edges, unless
/// nothing but punctuation would be left: then whitespace only), sorts them
/// and merges fragments separated only by whitespace or punctuation.
pub fn clean(chars: &[char], frags: Spans) -> Spans {
    let mut out: Spans = frags
        .into_iter()
        .filter_map(|(a, b)| {
            let (a, b) = (a.min(chars.len()), b.min(chars.len()));
            let (mut s, mut e) = (a, b);
            while s < e && is_edge(chars[s]) {
                s += 1;
            }
            while e > s && is_edge(chars[e - 1]) {
                e -= 1;
            }
            if s == e {
                s = a;
                e = b;
                while s < e && chars[s].is_whitespace() {
                    s += 1;
                }
                while e > s && chars[e - 1].is_whitespace() {
                    e -= 1;
                }
            }
            (s < e).then_some((s, e))
        })
        .collect();
    out.sort_unstable();
    let mut merged: Spans = Vec::with_capacity(out.len());
    for (s, e) in out {
        if let Some(last) = merged.last_mut() {
            if s <= last.1 || chars[last.1..s].iter().all(|&c| is_edge(c)) {
                last.1 = last.1.max(e);
                continue;
            }
        }
        merged.push((s, e));
    }
    merged
}

fn overlaps(a: &Spans, b: &Spans) -> bool {
    a.iter()
        .any(|&(s, e)| b.iter().any(|&(s2, e2)| s < e2 && s2 < e))
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Exact: right predictions; overlap: predicted tokens inside gold.
    pub hit_p: usize,
    /// Exact: predictions; overlap: predicted tokens.
    pub n_p: usize,
    /// Exact: gold attributions found; overlap: gold tokens inside predictions.
    pub hit_r: usize,
    /// Exact: gold attributions; overlap: gold tokens.
    pub n_r: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.hit_p, self.n_p)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.hit_r, self.n_r)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    fn add(&mut self, o: Prf) {
        self.hit_p += o.hit_p;
        self.n_p += o.n_p;
        self.hit_r += o.hit_r;
        self.n_r += o.n_r;
    }
}

/// Which part of an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Source,
    Cue,
    Content,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Source, Part::Cue, Part::Content];
    fn of(self, q: &Quote) -> &Spans {
        match self {
            Part::Source => &q.sources,
            Part::Cue => &q.cue,
            Part::Content => &q.contents,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Part::Source => "source",
            Part::Cue => "cue",
            Part::Content => "content",
        }
    }
}

/// Exact and overlap scores of the three parts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Indexed like [`Part::ALL`].
    pub exact: [Prf; 3],
    pub overlap: [Prf; 3],
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        for k in 0..3 {
            self.exact[k].add(o.exact[k]);
            self.overlap[k].add(o.overlap[k]);
        }
    }
}

fn exact_match(part: Part, p: &Quote, g: &Quote) -> bool {
    match part {
        Part::Cue => p.cue == g.cue,
        _ => overlaps(&p.cue, &g.cue) && part.of(p) == part.of(g),
    }
}

/// Token index of every code point (None for whitespace): a token is a run
/// of letters and digits, or one other visible character.
pub fn token_ids(chars: &[char]) -> Vec<Option<u32>> {
    let mut out = Vec::with_capacity(chars.len());
    let mut next = 0u32;
    let mut prev_alnum = false;
    for &c in chars {
        if c.is_whitespace() {
            out.push(None);
            prev_alnum = false;
        } else if c.is_alphanumeric() {
            if !prev_alnum {
                next += 1;
            }
            out.push(Some(next));
            prev_alnum = true;
        } else {
            next += 1;
            out.push(Some(next));
            prev_alnum = false;
        }
    }
    out
}

fn tokens_of(ids: &[Option<u32>], spans: &Spans) -> HashSet<u32> {
    spans
        .iter()
        .flat_map(|&(s, e)| {
            ids[s.min(ids.len())..e.min(ids.len())]
                .iter()
                .flatten()
                .copied()
        })
        .collect()
}

/// Scores predicted attributions against one gold document (Citron's rules,
/// see the module documentation).
pub fn score(pred: &[Quote], gold: &[Quote], ids: &[Option<u32>]) -> Scores {
    let mut s = Scores::default();
    for (k, part) in Part::ALL.into_iter().enumerate() {
        let e = &mut s.exact[k];
        e.n_p = pred.len();
        e.n_r = gold.len();
        e.hit_p = pred
            .iter()
            .filter(|p| gold.iter().any(|g| exact_match(part, p, g)))
            .count();
        e.hit_r = gold
            .iter()
            .filter(|g| pred.iter().any(|p| exact_match(part, p, g)))
            .count();
        let gold_all: HashSet<u32> = gold
            .iter()
            .flat_map(|g| tokens_of(ids, part.of(g)))
            .collect();
        let pred_all: HashSet<u32> = pred
            .iter()
            .flat_map(|p| tokens_of(ids, part.of(p)))
            .collect();
        let o = &mut s.overlap[k];
        for p in pred {
            let t = tokens_of(ids, part.of(p));
            o.n_p += t.len();
            o.hit_p += t.intersection(&gold_all).count();
        }
        for g in gold {
            let t = tokens_of(ids, part.of(g));
            o.n_r += t.len();
            o.hit_r += t.intersection(&pred_all).count();
        }
    }
    s
}

/// sitrep's claims of one record as attributions in code points of `raw`.
pub fn predicted_quotes(record: &Record, raw: &str, normalized: &str) -> Vec<Quote> {
    let chars: Vec<char> = raw.chars().collect();
    let map = sitrep_text::align(raw, normalized);
    let conv = |s: usize, e: usize| clean(&chars, vec![map.raw_range(s, e)]);
    record
        .claims
        .iter()
        .map(|c| Quote {
            cue: conv(c.cue.start, c.cue.end),
            sources: c
                .speaker
                .span
                .as_ref()
                .map(|s| conv(s.start, s.end))
                .unwrap_or_default(),
            contents: conv(c.content.start, c.content.end),
        })
        .collect()
}

/// One scored gold document, with what sitrep predicted for its article.
#[derive(Debug, Clone)]
pub struct DocResult {
    pub gold: GoldDoc,
    pub predicted: Vec<Quote>,
    pub scores: Scores,
}

/// The report of `sitrep eval polnear`.
#[derive(Debug, Clone)]
pub struct PolnearReport {
    pub path: String,
    pub split: String,
    pub articles: usize,
    pub gold_docs: usize,
    pub gold_quotes: usize,
    pub predicted_quotes: usize,
    pub scores: Scores,
}

/// Runs the pipeline on every article of `split` and scores every `.ann`.
pub fn polnear_docs(
    path: &Path,
    split: &str,
    res: &Resources,
) -> Result<(Corpus, Vec<DocResult>), String> {
    let corpus = read_corpus(path, split)?;
    let mut preds: BTreeMap<&str, (Vec<Quote>, Vec<Option<u32>>)> = BTreeMap::new();
    for (article, text) in &corpus.texts {
        let doc = Document {
            uri: article.clone(),
            text: text.clone(),
            language: Some("en".into()),
            ..Default::default()
        };
        let mut record = analyze(doc, res, Options { with_text: true });
        let normalized = record.doc.text.take().unwrap_or_default();
        let q = predicted_quotes(&record, text, &normalized);
        let chars: Vec<char> = text.chars().collect();
        preds.insert(article.as_str(), (q, token_ids(&chars)));
    }
    let mut out = Vec::new();
    for g in &corpus.gold {
        let (pred, ids) = &preds[g.article.as_str()];
        out.push(DocResult {
            gold: g.clone(),
            predicted: pred.clone(),
            scores: score(pred, &g.quotes, ids),
        });
    }
    Ok((corpus, out))
}

/// For the tuning examples (`polnear_errors`, `polnear_shapes`): the
/// resources with the user's data folder, then [`polnear_docs`] of a train
/// or dev split. The test split is refused: it is only scored, never
/// inspected.
pub fn tuning_docs(
    path: &Path,
    split: &str,
    data: &sitrep_record::data_dir::DataDir,
) -> Result<(Resources, Corpus, Vec<DocResult>), String> {
    if split == "test" {
        return Err("the test split is only scored, never inspected".into());
    }
    let res = Resources::load_with(&[], data).map_err(|e| format!("resources: {e}"))?;
    let (corpus, docs) =
        polnear_docs(path, split, &res).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((res, corpus, docs))
}

/// Scores split `split` (`train`, `dev` or `test`) of PolNeAR at `path`.
pub fn polnear(path: &Path, split: &str, res: &Resources) -> Result<PolnearReport, String> {
    let (corpus, docs) = polnear_docs(path, split, res)?;
    let mut scores = Scores::default();
    for d in &docs {
        scores.add(&d.scores);
    }
    Ok(PolnearReport {
        path: path.display().to_string(),
        split: split.to_string(),
        articles: corpus.texts.len(),
        gold_docs: docs.len(),
        gold_quotes: docs.iter().map(|d| d.gold.quotes.len()).sum(),
        predicted_quotes: docs.iter().map(|d| d.predicted.len()).sum(),
        scores,
    })
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PolNeAR quote attribution: {} ({} split)",
            self.path, self.split
        )?;
        writeln!(
            f,
            "articles {}, annotation files {}, gold attributions {}, predicted claims {} (counted once per annotation file)",
            self.articles, self.gold_docs, self.gold_quotes, self.predicted_quotes
        )?;
        // The counts behind each figure: a change of one attribution moves
        // F1 by less than the three decimals show. Overlap rows count
        // tokens ([`Prf`]), exact rows attributions.
        writeln!(
            f,
            "| span | match | precision | recall | F1 | hits / predicted | hits / gold (attributions; tokens for overlap) |"
        )?;
        writeln!(f, "|---|---|---:|---:|---:|---:|---:|")?;
        for (k, part) in Part::ALL.into_iter().enumerate() {
            for (name, prf) in [
                ("exact", self.scores.exact[k]),
                ("overlap", self.scores.overlap[k]),
            ] {
                writeln!(
                    f,
                    "| {} | {} | {:.3} | {:.3} | {:.3} | {} / {} | {} / {} |",
                    part.name(),
                    name,
                    prf.precision(),
                    prf.recall(),
                    prf.f1(),
                    prf.hit_p,
                    prf.n_p,
                    prf.hit_r,
                    prf.n_r
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "“We won,” said Senior Iranian officials. The minister told reporters that talks failed.";

    fn cp(text: &str, word: &str) -> (usize, usize) {
        let b = text.find(word).unwrap();
        let s = text[..b].chars().count();
        (s, s + word.chars().count())
    }

    fn ann() -> String {
        let t = TEXT;
        let (a, b) = cp(t, "“We won,”");
        let (c, d) = cp(t, "said");
        let (e, g) = cp(t, "Senior Iranian officials");
        let (h, i) = cp(t, "The minister");
        let (j, k) = cp(t, "told");
        let (l, m) = cp(t, "talks failed");
        format!(
            "T1\tContent {a} {b}\t“We won,”\nT2\tCue {c} {d}\tsaid\nT3\tSource {e} {g}\tx\n\
             T4\tAttribution {c} {d}\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n\
             T5\tSource {h} {i}\tThe minister\nT6\tCue {j} {k}\ttold\nT7\tContent {l} {m}\tx\n\
             T8\tAttribution {j} {k}\ttold\nE2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n\
             T9\tDiscard 0 3\tx\n"
        )
    }

    #[test]
    fn parses_brat_and_trims_punctuation() {
        let q = parse_ann(&ann(), TEXT).unwrap();
        assert_eq!(q.len(), 2);
        let chars: Vec<char> = TEXT.chars().collect();
        let s = |sp: &Spans| {
            sp.iter()
                .map(|&(a, b)| chars[a..b].iter().collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(s(&q[0].contents), ["We won"]);
        assert_eq!(s(&q[0].sources), ["Senior Iranian officials"]);
        assert_eq!(s(&q[1].cue), ["told"]);
    }

    #[test]
    fn discontinuous_fragments_merge_across_whitespace_only() {
        let t: Vec<char> = "said in a statement. Then x".chars().collect();
        assert_eq!(clean(&t, vec![(0, 4), (5, 19)]), vec![(0, 19)]);
        assert_eq!(clean(&t, vec![(0, 4), (26, 27)]), vec![(0, 4), (26, 27)]);
        // A cue that is only punctuation keeps it.
        let c: Vec<char> = "Trump: no".chars().collect();
        assert_eq!(clean(&c, vec![(5, 6)]), vec![(5, 6)]);
    }

    #[test]
    fn exact_needs_overlapping_cue_and_equal_spans() {
        let gold = parse_ann(&ann(), TEXT).unwrap();
        let ids = token_ids(&TEXT.chars().collect::<Vec<_>>());
        // Right cue and content, source missing its first word.
        let mut p0 = gold[0].clone();
        p0.sources[0].0 += "Senior ".len();
        let s = score(&[p0], &gold, &ids);
        assert_eq!(
            (s.exact[1].hit_p, s.exact[1].hit_r, s.exact[1].n_r),
            (1, 1, 2)
        );
        assert_eq!(s.exact[0].hit_p, 0);
        assert_eq!(s.exact[2].hit_p, 1);
        // Overlap: 2 of the 3 gold source tokens found, none predicted wrongly.
        assert_eq!((s.overlap[0].hit_p, s.overlap[0].n_p), (2, 2));
        assert_eq!((s.overlap[0].hit_r, s.overlap[0].n_r), (2, 5));
        // Same content but a cue elsewhere does not count as exact content.
        let mut p1 = gold[0].clone();
        p1.cue = gold[1].cue.clone();
        let s = score(&[p1], &gold, &ids);
        assert_eq!(s.exact[2].hit_p, 0);
    }

    #[test]
    fn no_source_gold_matches_claim_without_speaker() {
        let t = "It was over, according to reports.";
        let (c, d) = cp(t, "according to");
        let (a, b) = cp(t, "It was over");
        let ann = format!(
            "T1\tCue {c} {d}\tx\nT2\tContent {a} {b}\tx\nT3\tAttribution-no-source {c} {d}\tx\n\
             E1\tAttribution-no-source:T3 Cue:T1 Content:T2\n"
        );
        let gold = parse_ann(&ann, t).unwrap();
        assert!(gold[0].sources.is_empty());
        let ids = token_ids(&t.chars().collect::<Vec<_>>());
        let s = score(&gold, &gold, &ids);
        assert_eq!((s.exact[0].hit_p, s.exact[0].hit_r), (1, 1));
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf {
            hit_p: 1,
            n_p: 2,
            hit_r: 1,
            n_r: 4,
        };
        assert!((p.f1() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
