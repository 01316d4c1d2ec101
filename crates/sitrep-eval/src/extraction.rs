//! Main-content extraction against two gold sets in `../shared/data/extraction-eval`:
//!
//! - `scrapinghub-aeb/`: 181 pages with their full article bodies, scored the way the Zyte
//!   "article-extraction-benchmark" scores (word-token 4-gram shingle multisets, per-document
//!   precision and recall, averaged; F1 from the two means) — [`zyte_score`];
//! - `trafilatura-eval/`: 990 pages with snippets that must and must not appear in the main
//!   text, scored the way trafilatura's own evaluation does (substring tests after whitespace
//!   collapsing, micro-averaged) — [`snippet_score`].
//!
//! The pages are read straight from the `.tar.xz` archives, streamed and in memory; nothing is
//! unpacked to disk. Both scorers follow the data set's README; the Zyte one reproduces the
//! upstream figures on the shipped upstream outputs (see the tests).

use crate::ratio;
use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

/// An extractor under test: page bytes and URL in, main text out (`None` when it gave up).
pub type Extractor<'a> = dyn Fn(&[u8], Option<&str>) -> Option<String> + 'a;

/// Zyte-benchmark scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ZyteScore {
    pub docs: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of documents whose token lists equal the truth's exactly.
    pub accuracy: f64,
}

/// Python's Unicode `\w`: general categories L* and N*, and `_`. Rust's `is_alphanumeric`
/// also accepts the "other alphabetic" marks (Arabic vowel signs, Indic matras…) and the
/// enclosed letters (`ⓒ`, `🅰`), which Python does not.
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric()
        && !unicode_normalization::char::is_combining_mark(c)
        && !matches!(c, '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F189}')
}

/// `\w+` tokens, with Python's Unicode meaning of `\w` (letters, digits, underscore).
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// 4-gram shingles of the tokens, as a multiset.
fn shingles<'a, 't>(tokens: &'a [&'t str]) -> HashMap<&'a [&'t str], usize> {
    let mut out = HashMap::new();
    if tokens.len() >= 4 {
        for w in tokens.windows(4) {
            *out.entry(w).or_insert(0) += 1;
        }
    }
    out
}

/// Per-document (precision, recall); `None` where undefined (nothing predicted / nothing true).
fn zyte_doc(truth: &str, pred: &str) -> (Option<f64>, Option<f64>, bool) {
    let t_tokens = tokens(truth);
    let p_tokens = tokens(pred);
    let exact = t_tokens == p_tokens;
    let t = shingles(&t_tokens);
    let p = shingles(&p_tokens);
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (s, &n) in &p {
        let m = t.get(s).copied().unwrap_or(0);
        tp += n.min(m);
        fp += n.saturating_sub(m);
    }
    let fn_: usize = t
        .iter()
        .map(|(s, &m)| m.saturating_sub(p.get(s).copied().unwrap_or(0)))
        .sum();
    if fp == 0 && fn_ == 0 {
        return (Some(1.0), Some(1.0), exact);
    }
    let total = (tp + fp + fn_) as f64;
    let (tp, fp, fn_) = (tp as f64 / total, fp as f64 / total, fn_ as f64 / total);
    let precision = (tp + fp > 0.0).then(|| tp / (tp + fp));
    let recall = (tp + fn_ > 0.0).then(|| tp / (tp + fn_));
    (precision, recall, exact)
}

/// Scores (truth, prediction) pairs the Zyte way.
pub fn zyte_score<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ZyteScore {
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    let (mut docs, mut exact) = (0usize, 0usize);
    for (truth, pred) in pairs {
        let (p, r, e) = zyte_doc(truth, pred);
        ps.extend(p);
        rs.extend(r);
        docs += 1;
        exact += usize::from(e);
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (precision, recall) = (mean(&ps), mean(&rs));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    ZyteScore {
        docs,
        precision,
        recall,
        f1,
        accuracy: if docs == 0 {
            0.0
        } else {
            exact as f64 / docs as f64
        },
    }
}

/// trafilatura-eval counts, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnippetScore {
    pub docs: usize,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl SnippetScore {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Adds one document to a trafilatura-eval score: `with` snippets must be substrings of the
/// output, `without` snippets must not (all after whitespace collapsing).
pub fn snippet_score(score: &mut SnippetScore, output: &str, with: &[String], without: &[String]) {
    let out = collapse(output);
    score.docs += 1;
    for s in with {
        if out.contains(&collapse(s)) {
            score.tp += 1;
        } else {
            score.fn_ += 1;
        }
    }
    for s in without {
        if out.contains(&collapse(s)) {
            score.fp += 1;
        } else {
            score.tn += 1;
        }
    }
}

/// One set's result.
#[derive(Debug, Clone)]
pub struct SetRun<S> {
    pub score: S,
    /// Pages the extractor ran on, and how many it gave up on.
    pub pages: usize,
    pub failures: usize,
    /// Time spent inside the extractor only (not decompression or scoring): wall clock, and
    /// CPU time of the calling thread (fair on a loaded machine).
    pub extract_time: Duration,
    pub extract_cpu: Duration,
}

impl<S> SetRun<S> {
    pub fn pages_per_second(&self) -> f64 {
        self.pages as f64 / self.extract_time.as_secs_f64().max(1e-9)
    }
    pub fn pages_per_cpu_second(&self) -> f64 {
        self.pages as f64 / self.extract_cpu.as_secs_f64().max(1e-9)
    }
}

trait SpeedOf {
    fn counts(&self) -> (usize, usize, Duration);
    fn pps(&self) -> f64;
    fn ppc(&self) -> f64;
}

impl<S> SpeedOf for SetRun<S> {
    fn counts(&self) -> (usize, usize, Duration) {
        (self.pages, self.failures, self.extract_time)
    }
    fn pps(&self) -> f64 {
        self.pages_per_second()
    }
    fn ppc(&self) -> f64 {
        self.pages_per_cpu_second()
    }
}

/// Both sets; a set whose files are absent is `None`.
#[derive(Debug, Clone)]
pub struct ExtractionReport {
    pub name: String,
    pub aeb: Option<SetRun<ZyteScore>>,
    pub trafilatura: Option<SetRun<SnippetScore>>,
}

impl fmt::Display for ExtractionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "article extraction: {}", self.name)?;
        let speed = |r: &dyn SpeedOf| {
            let (pages, failures, t) = r.counts();
            if t.is_zero() {
                format!("{pages} pages, {failures} without text")
            } else {
                format!(
                    "{pages} pages, {failures} without text, {:.1} s, {:.1} pages/s wall, {:.1} pages/CPU-s (one thread)",
                    t.as_secs_f64(),
                    r.pps(),
                    r.ppc()
                )
            }
        };
        match &self.aeb {
            Some(r) => writeln!(
                f,
                "  scrapinghub-aeb   (Zyte scorer)     P {:.3}  R {:.3}  F1 {:.3}  accuracy {:.3}  | {}",
                r.score.precision,
                r.score.recall,
                r.score.f1,
                r.score.accuracy,
                speed(r)
            )?,
            None => writeln!(f, "  scrapinghub-aeb: not found")?,
        }
        match &self.trafilatura {
            Some(r) => writeln!(
                f,
                "  trafilatura-eval  (snippet scorer)  P {:.3}  R {:.3}  F1 {:.3}  accuracy {:.3}  | {}",
                r.score.precision(),
                r.score.recall(),
                r.score.f1(),
                r.score.accuracy(),
                speed(r)
            )?,
            None => writeln!(f, "  trafilatura-eval: not found")?,
        }
        Ok(())
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_reader(BufReader::new(file)).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_json_xz(path: &Path) -> Result<Value, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_reader(xz2::read::XzDecoder::new(BufReader::new(file)))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Calls `f(path, bytes)` for every regular file in a `.tar.xz`, streaming.
fn each_tar_entry(
    path: &Path,
    mut f: impl FnMut(&str, &[u8]) -> Result<(), String>,
) -> Result<(), String> {
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let file = File::open(path).map_err(err)?;
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(BufReader::new(file)));
    let mut buf = Vec::new();
    for entry in archive.entries().map_err(err)? {
        let mut entry = entry.map_err(err)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry.path().map_err(err)?.to_string_lossy().into_owned();
        buf.clear();
        entry.read_to_end(&mut buf).map_err(err)?;
        f(&name, &buf)?;
    }
    Ok(())
}

/// CPU time used by the calling thread so far.
#[cfg(unix)]
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass, which lives on our stack.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[cfg(not(unix))]
fn thread_cpu() -> Duration {
    Duration::ZERO
}

#[derive(Default)]
struct Clock {
    wall: Duration,
    cpu: Duration,
}

fn timed(
    extract: &Extractor<'_>,
    bytes: &[u8],
    url: Option<&str>,
    t: &mut Clock,
) -> Option<String> {
    let (start, cpu) = (Instant::now(), thread_cpu());
    let out = extract(bytes, url);
    t.wall += start.elapsed();
    t.cpu += thread_cpu().saturating_sub(cpu);
    out
}

/// Runs `extract` on the scrapinghub-aeb pages in `dir` (the `scrapinghub-aeb` folder).
pub fn run_aeb(dir: &Path, extract: &Extractor<'_>) -> Result<SetRun<ZyteScore>, String> {
    let truth = read_json(&dir.join("ground-truth.json"))?;
    let truth = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    let mut preds: HashMap<String, String> = HashMap::new();
    let (mut pages, mut failures) = (0, 0);
    let mut t = Clock::default();
    each_tar_entry(&dir.join("html.tar.xz"), |name, bytes| {
        let Some(id) = name
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".html"))
        else {
            return Ok(());
        };
        let Some(gold) = truth.get(id) else {
            return Ok(());
        };
        let url = gold.get("url").and_then(Value::as_str);
        pages += 1;
        let out = timed(extract, bytes, url, &mut t);
        failures += usize::from(out.is_none());
        preds.insert(id.to_owned(), out.unwrap_or_default());
        Ok(())
    })?;
    let pairs: Vec<(&str, &str)> = truth
        .iter()
        .map(|(id, g)| {
            let body = g.get("articleBody").and_then(Value::as_str).unwrap_or("");
            (body, preds.get(id).map_or("", String::as_str))
        })
        .collect();
    Ok(SetRun {
        score: zyte_score(pairs),
        pages,
        failures,
        extract_time: t.wall,
        extract_cpu: t.cpu,
    })
}

struct EvalDoc {
    url: String,
    file: String,
    with: Vec<String>,
    without: Vec<String>,
}

fn read_evaldata(dir: &Path) -> Result<Vec<EvalDoc>, String> {
    let data = read_json(&dir.join("evaldata.json"))?;
    let data = data.as_object().ok_or("evaldata.json is not an object")?;
    let strings = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(data
        .iter()
        .map(|(url, d)| EvalDoc {
            url: url.clone(),
            file: d
                .get("file")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            with: strings(d.get("with")),
            without: strings(d.get("without")),
        })
        .collect())
}

/// Runs `extract` on the trafilatura-eval pages in `dir` (the `trafilatura-eval` folder). A
/// page under `cache/` wins over one of the same name under `eval/`, as upstream.
pub fn run_trafilatura(
    dir: &Path,
    extract: &Extractor<'_>,
) -> Result<SetRun<SnippetScore>, String> {
    let docs = read_evaldata(dir)?;
    let mut urls: HashMap<&str, Vec<&str>> = HashMap::new();
    for d in &docs {
        urls.entry(d.file.as_str())
            .or_default()
            .push(d.url.as_str());
    }
    // (file, url) → (from cache/, output)
    let mut outputs: HashMap<(String, String), (bool, Option<String>)> = HashMap::new();
    let mut pages = 0;
    let mut t = Clock::default();
    each_tar_entry(&dir.join("html.tar.xz"), |name, bytes| {
        let mut parts = name.rsplitn(3, '/');
        let (Some(file), Some(sub)) = (parts.next(), parts.next()) else {
            return Ok(());
        };
        let cache = sub == "cache";
        let Some(us) = urls.get(file) else {
            return Ok(());
        };
        for &url in us {
            let key = (file.to_owned(), url.to_owned());
            if outputs.get(&key).is_some_and(|(c, _)| *c) {
                continue;
            }
            pages += 1;
            let out = timed(extract, bytes, Some(url), &mut t);
            outputs.insert(key, (cache, out));
        }
        Ok(())
    })?;
    let mut score = SnippetScore::default();
    let mut failures = 0;
    for d in &docs {
        let out = outputs
            .get(&(d.file.clone(), d.url.clone()))
            .and_then(|(_, o)| o.as_deref());
        failures += usize::from(out.is_none());
        snippet_score(&mut score, out.unwrap_or(""), &d.with, &d.without);
    }
    Ok(SetRun {
        score,
        pages,
        failures,
        extract_time: t.wall,
        extract_cpu: t.cpu,
    })
}

/// Runs `extract` on both sets under `dir` (`../shared/data/extraction-eval`).
pub fn extraction_with(
    dir: &Path,
    name: &str,
    extract: &Extractor<'_>,
) -> Result<ExtractionReport, String> {
    let aeb = dir.join("scrapinghub-aeb");
    let traf = dir.join("trafilatura-eval");
    if !aeb.is_dir() && !traf.is_dir() {
        return Err(format!(
            "{}: neither scrapinghub-aeb/ nor trafilatura-eval/ is there",
            dir.display()
        ));
    }
    Ok(ExtractionReport {
        name: name.to_owned(),
        aeb: aeb.is_dir().then(|| run_aeb(&aeb, extract)).transpose()?,
        trafilatura: traf
            .is_dir()
            .then(|| run_trafilatura(&traf, extract))
            .transpose()?,
    })
}

/// sitrep's own extractor ([`sitrep_html::extract_article`]) on both sets.
pub fn extraction(dir: &Path) -> Result<ExtractionReport, String> {
    extraction_with(dir, "sitrep", &|bytes, url| {
        sitrep_html::extract_article(bytes, url)
            .ok()
            .map(|a| a.text)
    })
}

/// Scores saved predictions instead of running an extractor: a JSON object
/// `{"scrapinghub-aeb": {"<id>": "text", …}, "trafilatura-eval": {"<url>": "text", …}}`
/// (either key may be absent). Used by `bench/extraction.sh` to score Python trafilatura with
/// the same scorers.
pub fn score_predictions(dir: &Path, predictions: &Path) -> Result<ExtractionReport, String> {
    let preds = read_json(predictions)?;
    let get = |set: &str, key: &str| -> Option<String> {
        preds.get(set)?.get(key)?.as_str().map(str::to_owned)
    };
    let name = preds
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("predictions")
        .to_owned();
    let mut report = ExtractionReport {
        name,
        aeb: None,
        trafilatura: None,
    };
    let aeb = dir.join("scrapinghub-aeb");
    if preds.get("scrapinghub-aeb").is_some() {
        let truth = read_json(&aeb.join("ground-truth.json"))?;
        let truth = truth
            .as_object()
            .ok_or("ground-truth.json is not an object")?;
        let outputs: Vec<(String, Option<String>)> = truth
            .iter()
            .map(|(id, g)| {
                let body = g.get("articleBody").and_then(Value::as_str).unwrap_or("");
                (body.to_owned(), get("scrapinghub-aeb", id))
            })
            .collect();
        let failures = outputs.iter().filter(|(_, o)| o.is_none()).count();
        report.aeb = Some(SetRun {
            score: zyte_score(
                outputs
                    .iter()
                    .map(|(t, p)| (t.as_str(), p.as_deref().unwrap_or(""))),
            ),
            pages: outputs.len(),
            failures,
            extract_time: Duration::ZERO,
            extract_cpu: Duration::ZERO,
        });
    }
    if preds.get("trafilatura-eval").is_some() {
        let docs = read_evaldata(&dir.join("trafilatura-eval"))?;
        let mut score = SnippetScore::default();
        let mut failures = 0;
        for d in &docs {
            let out = get("trafilatura-eval", &d.url);
            failures += usize::from(out.is_none());
            snippet_score(
                &mut score,
                out.as_deref().unwrap_or(""),
                &d.with,
                &d.without,
            );
        }
        report.trafilatura = Some(SetRun {
            score,
            pages: docs.len(),
            failures,
            extract_time: Duration::ZERO,
            extract_cpu: Duration::ZERO,
        });
    }
    Ok(report)
}

/// Zyte scores of the upstream outputs shipped in `scrapinghub-aeb/outputs/*.json.xz`, by file
/// stem, sorted. This checks the scorer: upstream reports trafilatura 0.958, rs_trafilatura
/// 0.970, dom_smoothie 0.865 and readability_js 0.947.
pub fn aeb_upstream_outputs(aeb_dir: &Path) -> Result<Vec<(String, ZyteScore)>, String> {
    let truth = read_json(&aeb_dir.join("ground-truth.json"))?;
    let truth = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    let outputs = aeb_dir.join("outputs");
    let mut files: Vec<_> = std::fs::read_dir(&outputs)
        .map_err(|e| format!("{}: {e}", outputs.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".json.xz"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let v = read_json_xz(&path)?;
        let preds = v.get("output").unwrap_or(&v);
        let pairs: Vec<(&str, &str)> = truth
            .iter()
            .map(|(id, g)| {
                let body = g.get("articleBody").and_then(Value::as_str).unwrap_or("");
                let pred = preds
                    .get(id)
                    .and_then(|p| p.get("articleBody"))
                    .and_then(Value::as_str)
                    .unwrap_or("");
                (body, pred)
            })
            .collect();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().trim_end_matches(".json.xz").to_owned())
            .unwrap_or_default();
        out.push((name, zyte_score(pairs)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Hello, wörld_1! 東京 x"),
            ["Hello", "wörld_1", "東京", "x"]
        );
        // Arabic vowel marks and enclosed letters split words, as in Python.
        assert_eq!(tokens("كَتَب ⓒx"), ["ك", "ت", "ب", "x"]);
    }

    #[test]
    fn zyte_perfect_and_partial() {
        let t = "one two three four five six";
        let s = zyte_score([(t, t)]);
        assert_eq!((s.precision, s.recall, s.accuracy), (1.0, 1.0, 1.0));
        // Prediction has the first 5 tokens: 2 of 3 shingles, nothing extra.
        let s = zyte_score([(t, "one two three four five")]);
        assert_eq!(s.precision, 1.0);
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.accuracy, 0.0);
        // Empty prediction: precision undefined (skipped), recall 0.
        let s = zyte_score([(t, ""), (t, t)]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }

    #[test]
    fn snippets() {
        let mut s = SnippetScore::default();
        snippet_score(
            &mut s,
            "Main  text\nhere. Footer",
            &["text here.".into(), "absent".into()],
            &["Footer".into(), "Menu".into()],
        );
        assert_eq!((s.tp, s.fn_, s.fp, s.tn), (1, 1, 1, 1));
        assert_eq!(s.f1(), 0.5);
    }
}
