//! Claim precision on real news: the claims sitrep predicts on the 181
//! English news pages of the Zyte article-extraction benchmark, judged by
//! hand (`data/eval/realnews-claims.tsv`: our labels only, never the text).
//!
//! PolNeAR scores claims on political news where nearly every cue is
//! speech; real pages (recipes, advice columns, product pages, sports,
//! transcripts) also hold labels, headings, lists and signs that look like
//! attributions. Each predicted claim is matched to a label by page id and
//! the byte offset of its cue in the normalized text. Precision is reported
//! per split (page ids sorted; positions 0–6 of every 10 dev, 7–9 test, as
//! [`crate::realnews`]):
//!
//! - *claim*: labelled predictions that are a real attribution (someone
//!   said, wrote, announced, denied … the content);
//! - *speaker*: … whose predicted speaker is also the right one (its text
//!   holds one of the label's speaker alternatives, or is empty when the
//!   label says the text names no speaker).
//!
//! Claims whose cue is a colon ("Name: what they said") are also counted on
//! their own, and so are labelled real claims no prediction sits on any
//! more (what a precision change cost).

use crate::realnews::{cell, label_rows, page_record, read_pages, split_of, LabelIndex, PageLabel};
use crate::Split;
use sitrep_pipeline::Resources;
use sitrep_record::ClaimRecord;
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::path::Path;

/// The labels shipped with sitrep.
pub const REALNEWS_CLAIMS_TSV: (&str, &str) = (
    "data/eval/realnews-claims.tsv",
    include_str!("../../../data/eval/realnews-claims.tsv"),
);

/// One judged prediction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimLabel {
    pub page: String,
    /// Byte offset of the cue's start in the normalized text.
    pub offset: usize,
    pub cue: String,
    /// A real attribution of speech or writing.
    pub claim: bool,
    /// The right speaker: alternatives, one of which the predicted speaker
    /// text must contain as whole words (case ignored; `=` first: be exactly);
    /// empty when the text names no speaker (then the prediction must have
    /// none either).
    pub speakers: Vec<String>,
    pub reason: String,
}

impl PageLabel for ClaimLabel {
    fn page(&self) -> &str {
        &self.page
    }
    fn offset(&self) -> usize {
        self.offset
    }
    fn real(&self) -> bool {
        self.claim
    }
}

/// Parses a label file; errors name the file and line.
pub fn parse_labels(file: &str, contents: &str) -> Result<Vec<ClaimLabel>, String> {
    let mut out = Vec::new();
    for row in label_rows(file, contents, 6)? {
        let c = &row.cells;
        let claim = match c[3] {
            "yes" => true,
            "no" => false,
            other => return Err(row.error(file, format!("claim must be yes or no, not {other:?}"))),
        };
        let speakers: Vec<String> = c[4]
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "-")
            .map(str::to_string)
            .collect();
        out.push(ClaimLabel {
            page: c[0].to_string(),
            offset: row.offset,
            cue: c[2].to_string(),
            claim,
            speakers,
            reason: row.reason(5),
        });
    }
    Ok(out)
}

/// Lower-case words of a speaker phrase, with edge punctuation and a
/// possessive or contraction (`'s`, `'ve`, …) removed: "Schiff's" → "schiff".
fn speaker_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = match w.find(['\'', '\u{2019}']) {
                Some(p) if p > 0 => &w[..p],
                _ => w,
            };
            w.to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the predicted claim names the labelled speaker: one alternative's
/// words stand together in the predicted speaker text ("Tim Clark" in
/// "Emirates President Tim Clark"), or, written `=she`, are all of it.
pub fn speaker_right(label: &ClaimLabel, claim: &ClaimRecord) -> bool {
    let predicted = speaker_words(claim.speaker.text.as_deref().unwrap_or(""));
    if label.speakers.is_empty() {
        return predicted.is_empty();
    }
    label.speakers.iter().any(|alt| {
        let (exact, alt) = match alt.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, alt.as_str()),
        };
        let want = speaker_words(alt);
        if want.is_empty() {
            return false;
        }
        if exact {
            return predicted == want;
        }
        predicted.windows(want.len()).any(|w| w == want.as_slice())
    })
}

/// Whether a claim's cue is a bare colon ("Name: …").
pub fn is_colon_cue(claim: &ClaimRecord) -> bool {
    claim.cue.text.trim() == ":"
}

/// Counts for one split.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimScore {
    pub pages: usize,
    pub predicted: usize,
    pub labelled: usize,
    /// Labelled predictions that are real attributions.
    pub real: usize,
    /// … with the right speaker.
    pub speaker_right: usize,
    pub colon_predicted: usize,
    pub colon_labelled: usize,
    pub colon_real: usize,
    /// Colon-cue predictions labelled with the right speaker.
    pub colon_speaker_right: usize,
    /// Labels of real claims no prediction sits on any more.
    pub lost_real: usize,
    /// Labels of non-claims no prediction sits on any more.
    pub gone_false: usize,
}

impl ClaimScore {
    pub fn claim_precision(&self) -> f64 {
        crate::ratio(self.real, self.labelled)
    }
    pub fn speaker_precision(&self) -> f64 {
        crate::ratio(self.speaker_right, self.labelled)
    }
    /// Claim and speaker precision over all predictions, estimated per
    /// stratum: the labelled share of colon-cue claims and of the others
    /// (every colon claim of the first run is labelled, the others are a
    /// random sample, so the labelled set over-represents colon cues).
    pub fn estimated_precision(&self) -> (f64, f64) {
        let other_pred = self.predicted - self.colon_predicted;
        let other_lab = self.labelled - self.colon_labelled;
        let est = |colon_ok: usize, all_ok: usize| {
            let colon = crate::ratio(colon_ok, self.colon_labelled) * self.colon_predicted as f64;
            let other = crate::ratio(all_ok - colon_ok, other_lab) * other_pred as f64;
            (colon + other) / self.predicted.max(1) as f64
        };
        (
            est(self.colon_real, self.real),
            est(self.colon_speaker_right, self.speaker_right),
        )
    }
}

/// A prediction, with its page and split, for listing.
#[derive(Debug, Clone)]
pub struct Listed {
    pub split: Split,
    pub page: String,
    pub claim: ClaimRecord,
    /// The label's verdict, for listed errors.
    pub label: Option<ClaimLabel>,
}

#[derive(Debug, Clone)]
pub struct ClaimsReport {
    pub path: String,
    pub dev: ClaimScore,
    pub test: ClaimScore,
    pub unlabelled: Vec<Listed>,
    /// Dev-split predictions labelled as no claim or with the wrong
    /// speaker (test-split ones are counted, never listed: no tuning on test).
    pub dev_errors: Vec<Listed>,
}

/// Re-extracts every page of `ground_truth` and scores the predicted claims
/// against `labels`.
pub fn realnews_claims(
    ground_truth: &Path,
    labels: &[ClaimLabel],
    res: &Resources,
) -> Result<ClaimsReport, String> {
    let pages = read_pages(ground_truth)?;
    let index = LabelIndex::new(labels);
    let mut dev = ClaimScore::default();
    let mut test = ClaimScore::default();
    let mut unlabelled = Vec::new();
    let mut dev_errors = Vec::new();
    for (pos, (id, body)) in pages.iter().enumerate() {
        let split = split_of(pos);
        let s = match split {
            Split::Dev => &mut dev,
            Split::Test => &mut test,
        };
        s.pages += 1;
        let record = page_record(id, body, res);
        let mut hit: BTreeSet<usize> = BTreeSet::new();
        for c in &record.claims {
            s.predicted += 1;
            let colon = is_colon_cue(c);
            s.colon_predicted += usize::from(colon);
            let listed = |label: Option<&ClaimLabel>| Listed {
                split,
                page: id.clone(),
                claim: c.clone(),
                label: label.cloned(),
            };
            // A label names where the cue started when it was judged; a cue
            // that has since taken in the words before its verb ("has
            // said", "doesn't think") still holds that offset.
            let label = index.at(id, c.cue.start).or_else(|| {
                index
                    .of_page(id)
                    .iter()
                    .find(|l| c.cue.start < l.offset && l.offset < c.cue.end)
                    .copied()
            });
            match label {
                Some(label) => {
                    hit.insert(label.offset);
                    s.labelled += 1;
                    s.colon_labelled += usize::from(colon);
                    let right = label.claim && speaker_right(label, c);
                    s.real += usize::from(label.claim);
                    s.colon_real += usize::from(colon && label.claim);
                    s.colon_speaker_right += usize::from(colon && right);
                    s.speaker_right += usize::from(right);
                    if !right && split == Split::Dev {
                        dev_errors.push(listed(Some(label)));
                    }
                }
                None => unlabelled.push(listed(None)),
            }
        }
        let (lost, gone) = index.not_hit(id, &hit);
        s.lost_real += lost;
        s.gone_false += gone;
    }
    Ok(ClaimsReport {
        path: ground_truth.display().to_string(),
        dev,
        test,
        unlabelled,
        dev_errors,
    })
}

impl ClaimsReport {
    /// The unlabelled predictions as label rows to judge (`claim` = `?`,
    /// the predicted speaker in the speaker column), with the content after
    /// a `#` for reading.
    pub fn unlabelled_tsv(&self) -> String {
        let mut out = String::new();
        for u in &self.unlabelled {
            let c = &u.claim;
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t?\t{}\t{} # {}",
                u.page,
                c.cue.start,
                cell(&c.cue.text, 40),
                cell(c.speaker.text.as_deref().unwrap_or("-"), 80),
                u.split.name(),
                cell(&c.content.text, 160),
            );
        }
        out
    }

    /// The dev split's wrong predictions, one line each: page, cue offset,
    /// the label's verdict, the predicted speaker, cue and content.
    pub fn dev_errors_tsv(&self) -> String {
        let mut out = String::new();
        for e in &self.dev_errors {
            let c = &e.claim;
            let verdict = match &e.label {
                Some(l) if l.claim => format!("speaker should be {}", l.speakers.join("|")),
                _ => "no claim".to_string(),
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t[{}] {} [{}] {}",
                e.page,
                c.cue.start,
                verdict,
                cell(c.speaker.text.as_deref().unwrap_or("-"), 80),
                cell(&c.cue.text, 40),
                cell(&c.content.text, 120),
                e.label.as_ref().map_or("", |l| l.reason.as_str()),
            );
        }
        out
    }
}

impl fmt::Display for ClaimsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "claim precision on real news: {}", self.path)?;
        for (name, s) in [("dev", &self.dev), ("test", &self.test)] {
            let (est_claim, est_speaker) = s.estimated_precision();
            writeln!(
                f,
                "  {name:<4} pages {:>3}  predicted {:>4}  labelled {:>3}  precision: claim {:.3}  speaker {:.3}  (all predictions, estimated: claim {:.3}  speaker {:.3})  colon cues: predicted {:>3} labelled {:>3} real {:>3}  labelled real claims not predicted {}  labelled non-claims gone {}",
                s.pages,
                s.predicted,
                s.labelled,
                s.claim_precision(),
                s.speaker_precision(),
                est_claim,
                est_speaker,
                s.colon_predicted,
                s.colon_labelled,
                s.colon_real,
                s.lost_real,
                s.gone_false,
            )?;
        }
        write!(
            f,
            "  unlabelled predictions: {} (list them with --unlabelled)",
            self.unlabelled.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_record::{Span, Speaker, Stance};

    const HEAD: &str = "page\toffset\tcue\tclaim\tspeaker\treason\n";

    fn claim(speaker: Option<&str>) -> ClaimRecord {
        let text = "Ana Lopez said it rained.";
        ClaimRecord {
            id: "c1".into(),
            speaker: Speaker {
                actor: None,
                text: speaker.map(str::to_string),
                span: None,
            },
            cue: Span::of(text, 10, 14),
            content: Span::of(text, 15, 24),
            stance: Stance::Assert,
            hedged: false,
            audience: None,
            via: Vec::new(),
        }
    }

    #[test]
    fn labels_parse_and_errors_name_the_line() {
        let ok =
            format!("# c\n{HEAD}p1\t10\tsaid\tyes\tLopez|she\tr\np1\t40\t:\tno\t-\ta heading\n");
        let l = parse_labels("x.tsv", &ok).unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].speakers, ["Lopez", "she"]);
        assert!(!l[1].claim && l[1].speakers.is_empty());
        let bad = format!("{HEAD}p1\tten\tsaid\tyes\tLopez\tr\n");
        assert!(parse_labels("x.tsv", &bad)
            .unwrap_err()
            .starts_with("x.tsv:2:"));
        let bad = format!("{HEAD}p1\t10\tsaid\tmaybe\tLopez\tr\n");
        assert!(parse_labels("x.tsv", &bad)
            .unwrap_err()
            .contains("yes or no"));
        let dup = format!("{HEAD}p1\t5\t:\tno\t-\tr\np1\t5\t:\tno\t-\tr\n");
        assert!(parse_labels("x.tsv", &dup)
            .unwrap_err()
            .contains("second label"));
    }

    #[test]
    fn the_speaker_is_right_when_it_holds_an_alternative() {
        let text = format!("{HEAD}p\t10\tsaid\tyes\tlopez|she\tr\np\t11\tsays\tyes\t-\tr\n");
        let labels = parse_labels("x", &text).unwrap();
        assert!(speaker_right(&labels[0], &claim(Some("Ana Lopez"))));
        assert!(speaker_right(&labels[0], &claim(Some("Lopez's lawyer"))));
        assert!(!speaker_right(&labels[0], &claim(Some("the sign"))));
        // Whole words only: "she" is not in "shelter".
        assert!(!speaker_right(&labels[0], &claim(Some("the shelter"))));
        assert!(!speaker_right(&labels[0], &claim(None)));
        // No speaker named in the text: only an empty speaker is right.
        assert!(speaker_right(&labels[1], &claim(None)));
        assert!(!speaker_right(&labels[1], &claim(Some("Ana Lopez"))));
        let exact = parse_labels("x", &format!("{HEAD}p\t10\tthink\tyes\t=I\tr\n")).unwrap();
        assert!(speaker_right(&exact[0], &claim(Some("I"))));
        assert!(!speaker_right(&exact[0], &claim(Some("I don't"))));
    }

    #[test]
    fn the_shipped_labels_parse_and_cover_both_splits() {
        let labels = parse_labels(REALNEWS_CLAIMS_TSV.0, REALNEWS_CLAIMS_TSV.1).unwrap();
        assert!(labels.len() >= 250, "{}", labels.len());
        assert!(labels.iter().any(|l| l.claim) && labels.iter().any(|l| !l.claim));
        assert!(labels.iter().any(|l| l.cue == ":"));
    }
}
