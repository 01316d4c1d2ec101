//! Event precision on real news: the events sitrep predicts on the 181
//! English news pages of the Zyte article-extraction benchmark, judged by
//! hand (`data/eval/realnews-events.tsv`: our labels only, never the text).
//!
//! The PLOVER gold sentences all hold an event, so they cannot show false
//! alarms; real pages (sports, business, lifestyle, opinion) can. Each
//! prediction is matched to a label by page id and the byte offset of its
//! trigger in the normalized text. Precision is reported three ways, per
//! split (page ids sorted; positions 0–6 of every 10 dev, 7–9 test):
//!
//! - *event*: labelled predictions that are a real PLOVER event;
//! - *type*: … of the predicted PLOVER type;
//! - *full*: … with that type and exactly the right source and target actor
//!   sets (`-` in a label: no actor of the knowledge base).
//!
//! It also counts labelled real events that are no longer predicted (what a
//! precision change cost), modality agreement, and lists the predictions no
//! label covers, as TSV rows to judge and append.

use serde_json::Value;
use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{tsv, Document, EventRecord, EventType, Record};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::path::Path;

/// The labels shipped with sitrep.
pub const REALNEWS_LABELS_TSV: (&str, &str) = (
    "data/eval/realnews-events.tsv",
    include_str!("../../../data/eval/realnews-events.tsv"),
);

/// One judged prediction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub page: String,
    pub offset: usize,
    pub trigger: String,
    /// A real PLOVER event.
    pub event: bool,
    pub event_type: Option<EventType>,
    pub source: BTreeSet<String>,
    pub target: BTreeSet<String>,
    pub modality: Option<String>,
    pub reason: String,
}

/// One data row of a page label file (`page`, `offset`, …, `reason`): its
/// trimmed cells, with the (page, offset) key checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelRow<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    pub cells: Vec<&'a str>,
    /// Byte offset in the page's normalized text (the second column).
    pub offset: usize,
}

impl LabelRow<'_> {
    /// `reason`, prefixed with the file and this row's line.
    pub fn error(&self, file: &str, reason: impl fmt::Display) -> String {
        format!("{file}:{}: {reason}", self.number)
    }

    /// The last, optional column: why the row was judged so.
    pub fn reason(&self, column: usize) -> String {
        self.cells.get(column).copied().unwrap_or("").to_string()
    }
}

/// The rows of a page label file with `columns` columns, the last of which
/// (the reason) may be left out. Checks what every label file shares: the
/// header starts with `page`, the offset is a number and no page and offset
/// is labelled twice. Errors name the file and line.
pub fn label_rows<'a>(
    file: &str,
    contents: &'a str,
    columns: usize,
) -> Result<Vec<LabelRow<'a>>, String> {
    let (header, lines) = tsv::read(contents);
    match header {
        Some(h) if h.first_cell() == "page" => {}
        Some(h) => {
            return Err(format!(
                "{file}:{}: header must start with the column `page`",
                h.number
            ))
        }
        None => return Ok(Vec::new()),
    }
    let mut rows = Vec::new();
    let mut seen = BTreeSet::new();
    for line in lines {
        let cells = line.trimmed_cells();
        let at = |reason: String| format!("{file}:{}: {reason}", line.number);
        if cells.len() + 1 < columns {
            return Err(at(format!(
                "expected {columns} columns, found {}",
                cells.len()
            )));
        }
        let offset: usize = cells[1]
            .parse()
            .map_err(|_| at(format!("offset {:?} is not a number", cells[1])))?;
        if !seen.insert((cells[0], offset)) {
            return Err(at(format!("a second label for {} at {offset}", cells[0])));
        }
        rows.push(LabelRow {
            number: line.number,
            cells,
            offset,
        });
    }
    Ok(rows)
}

/// Parses a label file; errors name the file and line.
pub fn parse_labels(file: &str, contents: &str) -> Result<Vec<Label>, String> {
    let ids = |cell: &str| -> BTreeSet<String> {
        cell.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "-")
            .map(str::to_string)
            .collect()
    };
    let mut out = Vec::new();
    for row in label_rows(file, contents, 9)? {
        let c = &row.cells;
        let event = match c[3] {
            "yes" => true,
            "no" => false,
            other => return Err(row.error(file, format!("event must be yes or no, not {other:?}"))),
        };
        let event_type = if event {
            Some(
                EventType::parse(c[4])
                    .ok_or_else(|| row.error(file, format!("unknown PLOVER type {:?}", c[4])))?,
            )
        } else {
            None
        };
        let modality = match c[7] {
            "-" | "" => None,
            m @ ("asserted" | "attributed" | "hypothetical" | "future" | "negated") => {
                Some(m.to_string())
            }
            other => return Err(row.error(file, format!("unknown modality {other:?}"))),
        };
        out.push(Label {
            page: c[0].to_string(),
            offset: row.offset,
            trigger: c[2].to_string(),
            event,
            event_type,
            source: ids(c[5]),
            target: ids(c[6]),
            modality,
            reason: row.reason(8),
        });
    }
    Ok(out)
}

/// Which half a page belongs to: its position among the sorted page ids.
pub fn split_of(position: usize) -> crate::Split {
    if position % 10 < 7 {
        crate::Split::Dev
    } else {
        crate::Split::Test
    }
}

/// Counts for one split.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RealnewsScore {
    pub pages: usize,
    pub predicted: usize,
    pub labelled: usize,
    pub event: usize,
    pub type_right: usize,
    pub full: usize,
    /// Real events (labelled) whose modality is right.
    pub modality_right: usize,
    /// Labels of real events no prediction sits on any more.
    pub lost_events: usize,
    /// Labels of non-events no prediction sits on any more.
    pub gone_false: usize,
}

impl RealnewsScore {
    pub fn event_precision(&self) -> f64 {
        crate::ratio(self.event, self.labelled)
    }
    pub fn type_precision(&self) -> f64 {
        crate::ratio(self.type_right, self.labelled)
    }
    pub fn full_precision(&self) -> f64 {
        crate::ratio(self.full, self.labelled)
    }
}

/// A prediction no label covers.
#[derive(Debug, Clone)]
pub struct Unlabelled {
    pub split: crate::Split,
    pub page: String,
    pub event: EventRecord,
}

#[derive(Debug, Clone)]
pub struct RealnewsReport {
    pub path: String,
    pub dev: RealnewsScore,
    pub test: RealnewsScore,
    pub unlabelled: Vec<Unlabelled>,
    /// Dev-split real events whose predicted modality differs from the
    /// label's (test-split ones are counted, never listed: no tuning on test).
    pub dev_modality_errors: Vec<ModalityError>,
}

/// A real event predicted with another modality than its label's.
#[derive(Debug, Clone)]
pub struct ModalityError {
    pub page: String,
    pub labelled: String,
    pub event: EventRecord,
}

/// How one prediction compares with its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    pub event: bool,
    pub type_right: bool,
    pub full: bool,
    pub modality_right: bool,
}

/// Compares one predicted event with its label.
pub fn judge(label: &Label, e: &EventRecord) -> Judged {
    let type_right = label.event && label.event_type == Some(e.event_type);
    let set = |v: &[String]| -> BTreeSet<String> { v.iter().cloned().collect() };
    let full = type_right && label.source == set(&e.source) && label.target == set(&e.target);
    Judged {
        event: label.event,
        type_right,
        full,
        modality_right: label.event && label.modality.as_deref() == Some(e.modality.as_str()),
    }
}

/// Reads the benchmark's `ground-truth.json` (page id → `articleBody`),
/// sorted by page id.
pub fn read_pages(path: &Path) -> Result<Vec<(String, String)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    let map = v
        .as_object()
        .ok_or_else(|| format!("{}: expected an object of pages", path.display()))?;
    let mut pages: Vec<(String, String)> = map
        .iter()
        .filter_map(|(k, p)| {
            let body = p.get("articleBody")?.as_str()?;
            Some((k.clone(), body.to_string()))
        })
        .collect();
    pages.sort();
    Ok(pages)
}

/// The record of one page, as `sitrep extract` makes it from the text.
pub fn page_record(id: &str, body: &str, res: &Resources) -> Record {
    let doc = Document {
        uri: id.to_string(),
        text: body.to_string(),
        ..Default::default()
    };
    analyze(doc, res, Options::default())
}

/// A judged prediction of a page label file, as the scoring of events and
/// of claims reads it: the page, the byte offset it sits on, and whether
/// the prediction there is real (an event, a claim).
pub trait PageLabel {
    fn page(&self) -> &str;
    fn offset(&self) -> usize;
    fn real(&self) -> bool;
}

impl PageLabel for Label {
    fn page(&self) -> &str {
        &self.page
    }
    fn offset(&self) -> usize {
        self.offset
    }
    fn real(&self) -> bool {
        self.event
    }
}

/// Labels found by page and offset, and listed by page.
pub struct LabelIndex<'a, L> {
    by_key: HashMap<(&'a str, usize), &'a L>,
    by_page: BTreeMap<&'a str, Vec<&'a L>>,
}

impl<'a, L: PageLabel> LabelIndex<'a, L> {
    /// The index of `labels` (of two labels on one offset, the later).
    pub fn new(labels: &'a [L]) -> Self {
        let mut by_key = HashMap::new();
        let mut by_page: BTreeMap<&str, Vec<&L>> = BTreeMap::new();
        for l in labels {
            by_key.insert((l.page(), l.offset()), l);
            by_page.entry(l.page()).or_default().push(l);
        }
        LabelIndex { by_key, by_page }
    }

    /// The label on `offset` of page `page`.
    pub fn at(&self, page: &str, offset: usize) -> Option<&'a L> {
        self.by_key.get(&(page, offset)).copied()
    }

    /// The labels of page `page`, in file order.
    pub fn of_page(&self, page: &str) -> &[&'a L] {
        self.by_page.get(page).map_or(&[], Vec::as_slice)
    }

    /// How many labels of page `page` no prediction sits on any more (their
    /// offsets not in `hit`): the real ones (what precision cost) and the
    /// others (false alarms gone).
    pub fn not_hit(&self, page: &str, hit: &BTreeSet<usize>) -> (usize, usize) {
        let missed = self
            .of_page(page)
            .iter()
            .filter(|l| !hit.contains(&l.offset()));
        missed.fold((0, 0), |(real, other), l| {
            if l.real() {
                (real + 1, other)
            } else {
                (real, other + 1)
            }
        })
    }
}

/// Re-extracts every page of `ground_truth` and scores the predictions
/// against `labels`.
pub fn realnews(
    ground_truth: &Path,
    labels: &[Label],
    res: &Resources,
) -> Result<RealnewsReport, String> {
    let pages = read_pages(ground_truth)?;
    let index = LabelIndex::new(labels);
    let mut dev = RealnewsScore::default();
    let mut test = RealnewsScore::default();
    let mut unlabelled = Vec::new();
    let mut dev_modality_errors = Vec::new();
    for (pos, (id, body)) in pages.iter().enumerate() {
        let split = split_of(pos);
        let s = match split {
            crate::Split::Dev => &mut dev,
            crate::Split::Test => &mut test,
        };
        s.pages += 1;
        let record = page_record(id, body, res);
        let mut hit: BTreeSet<usize> = BTreeSet::new();
        for e in &record.events {
            s.predicted += 1;
            match index.at(id, e.trigger.start) {
                Some(label) => {
                    hit.insert(e.trigger.start);
                    let j = judge(label, e);
                    s.labelled += 1;
                    s.event += usize::from(j.event);
                    s.type_right += usize::from(j.type_right);
                    s.full += usize::from(j.full);
                    s.modality_right += usize::from(j.modality_right);
                    if label.event && !j.modality_right && split == crate::Split::Dev {
                        dev_modality_errors.push(ModalityError {
                            page: id.clone(),
                            labelled: label.modality.clone().unwrap_or_default(),
                            event: e.clone(),
                        });
                    }
                }
                None => unlabelled.push(Unlabelled {
                    split,
                    page: id.clone(),
                    event: e.clone(),
                }),
            }
        }
        let (lost, gone) = index.not_hit(id, &hit);
        s.lost_events += lost;
        s.gone_false += gone;
    }
    Ok(RealnewsReport {
        path: ground_truth.display().to_string(),
        dev,
        test,
        unlabelled,
        dev_modality_errors,
    })
}

/// One TSV cell: tabs and line breaks of article text become spaces, and
/// text longer than `max` bytes is cut (at a character boundary) for reading.
pub fn cell(s: &str, max: usize) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if out.len() > max {
        let mut cut = max;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push('…');
    }
    out
}

impl RealnewsReport {
    /// The dev split's modality errors, one line each: page, trigger
    /// offset, labelled → predicted modality, trigger, then the sentence.
    pub fn dev_modality_errors_tsv(&self) -> String {
        let mut out = String::new();
        for m in &self.dev_modality_errors {
            let e = &m.event;
            let _ = writeln!(
                out,
                "{}\t{}\t{} -> {}\t{} # {}",
                m.page,
                e.trigger.start,
                m.labelled,
                e.modality.as_str(),
                cell(&e.trigger.text, usize::MAX),
                cell(&e.sentence.text, usize::MAX),
            );
        }
        out
    }

    /// The unlabelled predictions as label rows to judge (`event` = `?`),
    /// with the sentence after a `#` for reading.
    pub fn unlabelled_tsv(&self) -> String {
        let mut out = String::new();
        for u in &self.unlabelled {
            let e = &u.event;
            let ids = |v: &[String]| {
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.join(",")
                }
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t?\t{}\t{}\t{}\t{}\t{} # {}",
                u.page,
                e.trigger.start,
                cell(&e.trigger.text, usize::MAX),
                e.event_type.as_str(),
                ids(&e.source),
                ids(&e.target),
                e.modality.as_str(),
                u.split.name(),
                cell(&e.sentence.text, usize::MAX),
            );
        }
        out
    }
}

impl fmt::Display for RealnewsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "event precision on real news: {}", self.path)?;
        for (name, s) in [("dev", &self.dev), ("test", &self.test)] {
            writeln!(
                f,
                "  {name:<4} pages {:>3}  predicted {:>3}  labelled {:>3}  precision: event {:.3}  type {:.3}  full {:.3}  modality right {}/{}  labelled real events not predicted {}  labelled non-events gone {}",
                s.pages,
                s.predicted,
                s.labelled,
                s.event_precision(),
                s.type_precision(),
                s.full_precision(),
                s.modality_right,
                s.event,
                s.lost_events,
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
    use sitrep_record::Modality;

    const HEAD: &str = "page\toffset\ttrigger\tevent\ttype\tsource\ttarget\tmodality\treason\n";

    fn ev(t: EventType, src: &[&str], tgt: &[&str], modality: &str) -> EventRecord {
        let text = "Iran attacked Israel.";
        EventRecord {
            id: "e1".into(),
            event_type: t,
            mode: None,
            source: src.iter().map(|s| s.to_string()).collect(),
            target: tgt.iter().map(|s| s.to_string()).collect(),
            trigger: sitrep_record::Span::of(text, 5, 13),
            sentence: sitrep_record::Span::of(text, 0, text.len()),
            modality: match modality {
                "future" => Modality::Future,
                _ => Modality::Asserted,
            },
            claim: None,
            place: Vec::new(),
        }
    }

    #[test]
    fn labels_parse_and_errors_name_the_line() {
        let ok = format!(
            "# c\n{HEAD}p1\t5\tattacked\tyes\tASSAULT\tIRN\tISR\tasserted\tr\np1\t9\tgoing to\tno\t-\t-\t-\t-\tidiom\n"
        );
        let l = parse_labels("x.tsv", &ok).unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].event_type, Some(EventType::Assault));
        assert!(l[1].source.is_empty() && !l[1].event);
        let bad = format!("{HEAD}p1\tfive\tx\tyes\tASSAULT\t-\t-\tasserted\tr\n");
        assert!(parse_labels("x.tsv", &bad)
            .unwrap_err()
            .starts_with("x.tsv:2:"));
        let bad = format!("{HEAD}p1\t5\tx\tmaybe\tASSAULT\t-\t-\tasserted\tr\n");
        assert!(parse_labels("x.tsv", &bad)
            .unwrap_err()
            .contains("yes or no"));
        let dup = format!("{HEAD}p1\t5\tx\tno\t-\t-\t-\t-\tr\np1\t5\tx\tno\t-\t-\t-\t-\tr\n");
        assert!(parse_labels("x.tsv", &dup)
            .unwrap_err()
            .contains("second label"));
    }

    #[test]
    fn label_rows_check_header_columns_and_keep_the_optional_reason() {
        assert!(label_rows("x.tsv", "pages\toffset\n", 3)
            .unwrap_err()
            .starts_with("x.tsv:1: header"));
        // The reason (the last column) may be left out; one more may not.
        let rows = label_rows("x.tsv", "page\toffset\tcue\n#\np\t4\n", 3).unwrap();
        assert_eq!((rows[0].number, rows[0].offset), (3, 4));
        assert_eq!(rows[0].reason(2), "");
        assert_eq!(
            label_rows("x.tsv", "page\toffset\tcue\tr\np\t4\n", 4).unwrap_err(),
            "x.tsv:2: expected 4 columns, found 2"
        );
        assert!(label_rows("x.tsv", "", 3).unwrap().is_empty());
    }

    #[test]
    fn cells_lose_line_breaks_and_are_cut_at_a_character_boundary() {
        assert_eq!(cell("a\tb\nc", usize::MAX), "a b c");
        assert_eq!(cell("Tehran’s", 8), "Tehran…");
        assert_eq!(cell("short", 8), "short");
    }

    #[test]
    fn judging_separates_event_type_and_arguments() {
        let text = format!("{HEAD}p\t5\tattacked\tyes\tASSAULT\tIRN\tISR\tasserted\tr\n");
        let label = &parse_labels("x", &text).unwrap()[0];
        let j = judge(
            label,
            &ev(EventType::Assault, &["IRN"], &["ISR"], "asserted"),
        );
        assert!(j.event && j.type_right && j.full && j.modality_right);
        let j = judge(label, &ev(EventType::Assault, &["IRN"], &[], "future"));
        assert!(j.type_right && !j.full && !j.modality_right);
        let j = judge(
            label,
            &ev(EventType::Coerce, &["IRN"], &["ISR"], "asserted"),
        );
        assert!(j.event && !j.type_right && !j.full);
        let no = format!("{HEAD}p\t5\tattacked\tno\t-\t-\t-\t-\tr\n");
        let j = judge(
            &parse_labels("x", &no).unwrap()[0],
            &ev(EventType::Assault, &["IRN"], &["ISR"], "asserted"),
        );
        assert!(!j.event && !j.type_right && !j.full);
    }

    #[test]
    fn the_shipped_labels_parse_and_cover_both_splits() {
        let labels = parse_labels(REALNEWS_LABELS_TSV.0, REALNEWS_LABELS_TSV.1).unwrap();
        assert!(labels.len() >= 350, "{}", labels.len());
        assert!(labels.iter().any(|l| l.event) && labels.iter().any(|l| !l.event));
        assert_eq!(split_of(6), crate::Split::Dev);
        assert_eq!(split_of(17), crate::Split::Test);
    }
}
