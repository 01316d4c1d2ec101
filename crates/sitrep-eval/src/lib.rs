//! Evaluations of sitrep against gold data.
//!
//! Owns the PLOVER event evaluation ([`plover`]): it runs the full pipeline
//! ([`sitrep_pipeline::analyze`]) on every sentence of the PLOVER gold
//! standard records (`PLOVER_GSR_CAMEO.json`, 322 sentences from the CAMEO
//! manual, human-coded in PLOVER 0.5) and scores event type + source +
//! target, on a fixed dev/test split. The scoring rules are documented in
//! `docs/EVALUATION.md` and on [`PloverReport`].
//!
//! [`polnear`] scores claims (source, cue, content) on PolNeAR.
//!
//! [`realnews`] scores event precision on real news pages against our own
//! labels (`data/eval/realnews-events.tsv`); [`realclaims`] claim precision
//! on the same pages (`data/eval/realnews-claims.tsv`).
//!
//! Also owns the article-extraction evaluation ([`extraction`]): HTML pages to main text
//! ([`sitrep_html`]) scored on the Zyte article-extraction benchmark and trafilatura's
//! evaluation set.

pub mod extraction;
pub mod petrarch;
pub mod polnear;
pub mod realclaims;
pub mod realnews;
pub mod verdict;

use serde_json::Value;
use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{ActorKind, ActorRecord, Document, EventRecord, EventType, Record};
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

pub use petrarch::{petrarch, PetrarchReport};
pub use polnear::{polnear, PolnearReport};
pub use verdict::{RecordVerdicts, Verdict};

/// Which half of the gold records a record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Records whose id number ends in 0–6: the only ones to tune on.
    Dev,
    /// Records whose id number ends in 7–9: report only.
    Test,
}

impl Split {
    /// "dev" or "test", as the reports and label files write it.
    pub fn name(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Test => "test",
        }
    }

    /// The split of a record id such as `PLOVER-GSR01-AGREE-0017` (last
    /// digit of the final number: 0–6 dev, 7–9 test).
    pub fn of_id(id: &str) -> Option<Split> {
        let digits: String = id
            .chars()
            .rev()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let last = digits.chars().next()?.to_digit(10)?;
        Some(if last <= 6 { Split::Dev } else { Split::Test })
    }
}

/// One gold record, parsed.
#[derive(Debug, Clone)]
pub struct GoldRecord {
    pub id: String,
    pub split: Split,
    pub text: String,
    pub date: Option<String>,
    pub event_type: EventType,
    /// Country-level codes (ISO3, IGO, NGO, IMG, …).
    pub source: BTreeSet<String>,
    pub target: BTreeSet<String>,
    /// The markup marks the actors as reciprocal (`SRC/TAR`): then sources
    /// and targets are compared as one set.
    pub reciprocal: bool,
}

/// How one gold record fared.
#[derive(Debug, Clone)]
pub struct RecordResult {
    pub gold: GoldRecord,
    /// Predicted events as (PLOVER type, source codes, target codes).
    pub predicted: Vec<(Option<EventType>, BTreeSet<String>, BTreeSet<String>)>,
    pub type_found: bool,
    pub record: Record,
}

impl RecordResult {
    /// The scorer's verdicts on this record's gold coding and events.
    pub fn verdicts(&self) -> RecordVerdicts {
        RecordVerdicts::of(&self.gold, &self.predicted)
    }
}

/// Scores of one split.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SplitScore {
    pub records: usize,
    /// Predicted PLOVER events (negated and hypothetical events excluded).
    pub predicted: usize,
    /// Negated or hypothetical events: reported by sitrep, not PLOVER events.
    pub not_plover: usize,
    pub correct: usize,
    /// Records where some predicted event has the gold type.
    pub type_found: usize,
}

impl SplitScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.records)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_found, self.records)
    }
}

/// `a / b`, or 0 when `b` is 0 (an empty count scores 0): every scorer of this crate.
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Result of the PLOVER evaluation.
///
/// A predicted event is correct when its PLOVER type
/// ([`sitrep_events::plover_coding`]) equals the gold type and its source
/// and target code sets equal the gold ones (one set for reciprocal
/// records). Each gold record has one event, so at most one predicted event
/// per record counts as correct. Precision = correct / predicted PLOVER
/// events, recall = correct / gold records. Negated and hypothetical events
/// have no PLOVER coding: they are counted apart (`not_plover`), neither
/// right nor wrong.
#[derive(Debug, Clone)]
pub struct PloverReport {
    pub path: String,
    pub dev: SplitScore,
    pub test: SplitScore,
    /// Records skipped because their event name is not a PLOVER type.
    pub skipped: usize,
}

impl fmt::Display for PloverReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "PLOVER gold standard records: {}", self.path)?;
        writeln!(
            f,
            "scored: event type + source + target (country-level codes); dev = ids ending 0-6, test = 7-9"
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<6} {:>7} {:>9} {:>7} {:>9} {:>7} {:>6} {:>9} {:>10}",
            "split",
            "records",
            "predicted",
            "correct",
            "precision",
            "recall",
            "F1",
            "type-acc",
            "neg/hypo"
        )?;
        for (name, s) in [("dev", &self.dev), ("test", &self.test)] {
            writeln!(
                f,
                "{:<6} {:>7} {:>9} {:>7} {:>9.3} {:>7.3} {:>6.3} {:>9.3} {:>10}",
                name,
                s.records,
                s.predicted,
                s.correct,
                s.precision(),
                s.recall(),
                s.f1(),
                s.type_accuracy(),
                s.not_plover
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "predicted = events with a PLOVER coding (future cooperation scores as AGREE, future force as THREATEN);"
        )?;
        write!(
            f,
            "neg/hypo = negated or hypothetical events, not PLOVER events and not scored; see docs/EVALUATION.md"
        )?;
        if self.skipped > 0 {
            writeln!(f)?;
            write!(
                f,
                "skipped {} records with an unknown event type",
                self.skipped
            )?;
        }
        Ok(())
    }
}

/// Legacy CAMEO country codes that differ from ISO 3166-1 alpha-3.
const LEGACY_CODES: &[(&str, &str)] = &[
    ("ITL", "ITA"),
    ("JAP", "JPN"),
    ("VTN", "VNM"),
    ("ROM", "ROU"),
    ("ZAR", "COD"),
    ("TMP", "TLS"),
    ("SER", "SRB"),
    ("MTN", "MNE"),
    ("BOS", "BIH"),
    ("KSV", "XKX"),
    ("PAL", "PSE"),
    ("UAE", "ARE"),
    ("UKG", "GBR"),
];

/// The country-level code of a gold actor code: its first three letters,
/// with legacy CAMEO codes mapped to ISO3.
pub fn gold_code(code: &str) -> Option<String> {
    let head: String = code
        .trim()
        .chars()
        .take(3)
        .collect::<String>()
        .to_ascii_uppercase();
    if head.len() < 3 || !head.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(
        LEGACY_CODES
            .iter()
            .find(|(old, _)| *old == head)
            .map(|(_, new)| new.to_string())
            .unwrap_or(head),
    )
}

/// The code a predicted actor scores as: its country, "IGO" for
/// international organizations, "NGO" for non-governmental ones, "IMG" for
/// stateless armed groups, "MNC" for companies; `None` when unknown.
///
/// A named non-governmental organization the KB places in no country (a
/// transnational one: Amnesty International, the Red Cross) scores as
/// "IGO": the PLOVER gold codes them so, keeping "NGO" for unnamed or local
/// groups ("a human rights group").
pub fn predicted_code(actor: &ActorRecord) -> Option<String> {
    if actor.kind == ActorKind::Igo {
        return Some("IGO".into());
    }
    if let Some(c) = &actor.country {
        return Some(c.clone());
    }
    match (actor.kind, actor.sector.as_deref()) {
        (ActorKind::Organization, Some("NGO")) => Some("IGO".into()),
        (_, Some("NGO")) => Some("NGO".into()),
        (_, Some("IGO")) => Some("IGO".into()),
        (_, Some("BUS" | "MNC")) => Some("MNC".into()),
        (ActorKind::ArmedGroup, _) => Some("IMG".into()),
        _ => None,
    }
}

fn codes_of(list: Option<&Value>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(Value::Array(items)) = list {
        for item in items {
            let code = match item {
                Value::Object(o) => o.get("code").and_then(Value::as_str),
                Value::String(s) => Some(s.as_str()),
                _ => None,
            };
            if let Some(c) = code.and_then(gold_code) {
                out.insert(c);
            }
        }
    }
    out
}

/// Reads the gold records (the DOCUMENT header is skipped). Returns the
/// records and the number skipped for an unknown event name.
pub fn read_gold(path: &Path) -> Result<(Vec<GoldRecord>, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    let Value::Array(items) = value else {
        return Err(format!(
            "{}: expected a JSON array of records",
            path.display()
        ));
    };
    let mut out = Vec::new();
    let mut skipped = 0;
    for item in &items {
        let Some(obj) = item.as_object() else {
            continue;
        };
        let event = obj.get("event").and_then(Value::as_str).unwrap_or("");
        if event == "DOCUMENT" {
            continue;
        }
        let (Some(id), Some(text)) = (
            obj.get("id").and_then(Value::as_str),
            obj.get("text").and_then(Value::as_str),
        ) else {
            skipped += 1;
            continue;
        };
        let (Some(event_type), Some(split)) = (EventType::parse(event), Split::of_id(id)) else {
            skipped += 1;
            continue;
        };
        let markup = match obj.get("textInfo") {
            Some(Value::Object(o)) => o.get("markup").and_then(Value::as_str).unwrap_or(""),
            Some(Value::String(s)) => s.as_str(),
            _ => "",
        };
        out.push(GoldRecord {
            id: id.to_string(),
            split,
            text: text.to_string(),
            date: obj.get("date").and_then(Value::as_str).map(str::to_string),
            event_type,
            source: codes_of(obj.get("source")),
            target: codes_of(obj.get("target")),
            reciprocal: markup.contains("SRC/TAR"),
        });
    }
    Ok((out, skipped))
}

pub(crate) fn event_codes(
    e: &EventRecord,
    record: &Record,
) -> (BTreeSet<String>, BTreeSet<String>) {
    event_codes_with(e, record, false)
}

/// The PLOVER 0.5 type of a predicted event ([`sitrep_events::plover_coding`]
/// under the gold's version of PLOVER): the gold keeps all of CAMEO 17
/// (coerce) under COERCE, where the 2021 table sitrep follows
/// (`CAMEO2PLOVER-2021.txt`) moved two of its codes to ASSAULT: destroying
/// property (1712, modes `seize` and `destroy`: "bulldozers demolished
/// Palestinian homes" is COERCE in the gold) and violent repression (175,
/// mode `pro_autocracy`: "police fired tear gas at demonstrators").
/// Abduction and hostage-taking (CAMEO 181 and 184, mode `abduct`) are
/// likewise COERCE in the gold, as the seizure of people rather than an
/// attack on them ("rebels have kidnapped 16 Russian civilian advisers").
/// Easing a curfew (CAMEO 0813, which the 2021 table moved to RETREAT and
/// leaves without a mode) is CONCEDE in the gold, as the rest of CAMEO 081
/// (easing administrative sanctions) is in both: "Serbia lifted a night
/// curfew", "shortened the nightly curfew". With no mode to tell it by, the
/// trigger's words do: every curfew row that is no RETREAT imposes one.
pub fn gold_coding(e: &EventRecord) -> Option<EventType> {
    let ty = sitrep_events::plover_coding(e)?;
    if ty == EventType::Retreat && eases_a_curfew(e) {
        return Some(EventType::Concede);
    }
    if ty == EventType::Assault
        && matches!(
            e.mode.as_deref(),
            Some("seize" | "destroy" | "pro_autocracy" | "abduct")
        )
    {
        return Some(EventType::Coerce);
    }
    Some(ty)
}

/// Whether a RETREAT's trigger is a curfew eased ("lifted a night curfew").
fn eases_a_curfew(e: &EventRecord) -> bool {
    e.trigger
        .text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("curfew") || w.eq_ignore_ascii_case("curfews"))
}

/// The source and target codes of a predicted event; `domestic`: apply the
/// PLOVER gold's conventions for actors the text leaves unnamed (a missing
/// source is the event's place; an event with no target is domestic when
/// the record names no other state), which PETRARCH-2 codings do not follow
/// (they leave such actors empty).
pub(crate) fn event_codes_with(
    e: &EventRecord,
    record: &Record,
    domestic: bool,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let code = |id: &String| -> Option<String> {
        record
            .actors
            .iter()
            .find(|a| &a.id == id)
            .and_then(predicted_code)
    };
    // PLOVER codes an event with no participant on the receiving end
    // against the state where it happened ("students demonstrated in
    // Kirkuk": IRQ → IRQ); sitrep keeps that apart as the event's place.
    // A retreat with no one named on the receiving end is the exception:
    // the gold leaves it without a target ("declared a unilateral ceasefire
    // in south Lebanon": LBN → none; "resigned Sunday": GEO → none), as it
    // does in every dev record where sitrep predicts such a RETREAT.
    let receiverless_retreat =
        domestic && e.target.is_empty() && e.event_type == EventType::Retreat;
    let target = if e.target.is_empty() && !receiverless_retreat {
        &e.place
    } else {
        &e.target
    };
    let mut source: BTreeSet<String> = e.source.iter().filter_map(code).collect();
    let mut target: BTreeSet<String> = target.iter().filter_map(code).collect();
    // The gold infers an actor the text leaves unnamed from where the event
    // happened (the gold's readme: "the actor primary codes were inferred
    // from these locations"): "three US servicemen were killed outside the
    // Iraqi city of Basra" is IRQ → USA, "people blocked streets in Hong
    // Kong" HKG → HKG.
    if domestic && source.is_empty() {
        source = e.place.iter().filter_map(code).collect();
    }
    // A protest or a coercive measure with no one named on the receiving
    // end is domestic: PLOVER codes it against the source's own state
    // ("Egyptian demonstrators rioted": EGY → EGY).
    if target.is_empty() && matches!(e.event_type, EventType::Protest | EventType::Coerce) {
        target = source.clone();
    }
    // Any other event with no one on the receiving end, in a sentence that
    // names no state but the source's, is domestic as well ("President X
    // declined to resign": KEN → KEN); with a foreign state in view the
    // target stays unknown.
    if domestic && target.is_empty() && source.len() == 1 && !receiverless_retreat {
        let states: BTreeSet<&String> = record
            .actors
            .iter()
            .filter_map(|a| a.country.as_ref())
            .collect();
        let state = source.iter().next().filter(|c| c.len() == 3);
        if let Some(state) = state {
            if states.len() == 1 && states.contains(state) {
                target = source.clone();
            }
        }
    }
    (source, target)
}

/// Whether a predicted event matches the gold event.
pub fn matches(
    gold: &GoldRecord,
    ty: Option<EventType>,
    source: &BTreeSet<String>,
    target: &BTreeSet<String>,
) -> bool {
    if ty != Some(gold.event_type) {
        return false;
    }
    if gold.reciprocal {
        let gold_all: BTreeSet<&String> = gold.source.iter().chain(&gold.target).collect();
        let pred_all: BTreeSet<&String> = source.iter().chain(target).collect();
        gold_all == pred_all
    } else {
        &gold.source == source && &gold.target == target
    }
}

/// Runs the pipeline on every gold record and scores it.
pub fn plover_records(path: &Path, res: &Resources) -> Result<(Vec<RecordResult>, usize), String> {
    let (gold, skipped) = read_gold(path)?;
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let doc = Document {
            uri: g.id.clone(),
            text: g.text.clone(),
            published: g.date.clone(),
            language: Some("en".into()),
            ..Default::default()
        };
        let record = analyze(doc, res, Options::default());
        let predicted: Vec<_> = record
            .events
            .iter()
            .map(|e| {
                let (s, t) = event_codes_with(e, &record, true);
                (gold_coding(e), s, t)
            })
            .collect();
        let type_found = predicted.iter().any(|(ty, _, _)| *ty == Some(g.event_type));
        out.push(RecordResult {
            gold: g,
            predicted,
            type_found,
            record,
        });
    }
    Ok((out, skipped))
}

/// Scores event type + source + target on the PLOVER gold records, dev and
/// test separately.
pub fn plover(path: &Path, res: &Resources) -> Result<PloverReport, String> {
    let (results, skipped) = plover_records(path, res)?;
    Ok(plover_report(path, &results, skipped))
}

/// The scores of records already run ([`plover_records`]).
pub fn plover_report(path: &Path, results: &[RecordResult], skipped: usize) -> PloverReport {
    let mut dev = SplitScore::default();
    let mut test = SplitScore::default();
    for r in results {
        let s = match r.gold.split {
            Split::Dev => &mut dev,
            Split::Test => &mut test,
        };
        let v = r.verdicts();
        s.records += 1;
        s.predicted += v.predicted();
        s.not_plover += v.events.len() - v.predicted();
        s.correct += usize::from(v.gold == Verdict::Hit);
        s.type_found += usize::from(r.type_found);
    }
    PloverReport {
        path: path.display().to_string(),
        dev,
        test,
        skipped,
    }
}

/// Writes the per-record error listing of the **dev** split (one JSON line a
/// record: gold coding, predicted events, the scorer's verdicts; see
/// [`verdict::listing_line`]) and returns the count of each gold verdict and
/// each event verdict. Test records are never written: the test split is
/// scored, not read record by record.
pub fn plover_errors(
    results: &[RecordResult],
    out: &mut dyn std::io::Write,
) -> std::io::Result<(
    std::collections::BTreeMap<Verdict, usize>,
    std::collections::BTreeMap<Verdict, usize>,
)> {
    let mut gold = std::collections::BTreeMap::new();
    let mut events = std::collections::BTreeMap::new();
    for r in results.iter().filter(|r| r.gold.split == Split::Dev) {
        let v = r.verdicts();
        *gold.entry(v.gold).or_insert(0) += 1;
        for e in &v.events {
            *events.entry(*e).or_insert(0) += 1;
        }
        writeln!(out, "{}", verdict::listing_line(r, &v))?;
    }
    Ok((gold, events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_follows_the_last_digit() {
        assert_eq!(Split::of_id("PLOVER-GSR01-AGREE-0017"), Some(Split::Test));
        assert_eq!(Split::of_id("PLOVER-GSR01-AGREE-0016"), Some(Split::Dev));
        assert_eq!(Split::of_id("PLOVER-GSR01-AGREE-0010"), Some(Split::Dev));
        assert_eq!(Split::of_id("PLOVER-GSR01-AGREE-0009"), Some(Split::Test));
        assert_eq!(Split::of_id("no digits"), None);
    }

    #[test]
    fn gold_codes_are_country_level_iso3() {
        assert_eq!(gold_code("JAPGOV").as_deref(), Some("JPN"));
        assert_eq!(gold_code("ITL").as_deref(), Some("ITA"));
        assert_eq!(gold_code("PSEREB").as_deref(), Some("PSE"));
        assert_eq!(gold_code("IGO").as_deref(), Some("IGO"));
        assert_eq!(gold_code("").as_deref(), None);
    }

    #[test]
    fn transnational_ngos_score_as_igo() {
        let actor = |kind, country: Option<&str>, sector: Option<&str>| ActorRecord {
            id: "x".into(),
            name: "X".into(),
            kind,
            country: country.map(str::to_string),
            sector: sector.map(str::to_string),
            role: None,
            mentions: Vec::new(),
        };
        let amnesty = actor(ActorKind::Organization, None, Some("NGO"));
        assert_eq!(predicted_code(&amnesty).as_deref(), Some("IGO"));
        let local = actor(ActorKind::Organization, Some("GBR"), Some("NGO"));
        assert_eq!(predicted_code(&local).as_deref(), Some("GBR"));
        let group = actor(ActorKind::Group, None, Some("NGO"));
        assert_eq!(predicted_code(&group).as_deref(), Some("NGO"));
        let rebels = actor(ActorKind::ArmedGroup, None, Some("REB"));
        assert_eq!(predicted_code(&rebels).as_deref(), Some("IMG"));
    }

    #[test]
    fn reciprocal_records_compare_one_set() {
        let mut g = GoldRecord {
            id: "x-0001".into(),
            split: Split::Dev,
            text: String::new(),
            date: None,
            event_type: EventType::Consult,
            source: ["USA".to_string(), "RUS".to_string()].into(),
            target: BTreeSet::new(),
            reciprocal: true,
        };
        let usa: BTreeSet<String> = ["USA".to_string()].into();
        let rus: BTreeSet<String> = ["RUS".to_string()].into();
        assert!(matches(&g, Some(EventType::Consult), &usa, &rus));
        assert!(!matches(&g, Some(EventType::Agree), &usa, &rus));
        g.reciprocal = false;
        assert!(!matches(&g, Some(EventType::Consult), &usa, &rus));
    }

    #[test]
    fn gold_file_parses_with_the_header_skipped() {
        let dir = std::env::temp_dir().join(format!("sitrep-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.json");
        std::fs::write(
            &path,
            r#"[{"id":"X-DOCUMENT-0001","event":"DOCUMENT"},
                {"id":"X-FIGHT-0003","event":"FIGHT","text":"A shelled B.","source":[{"code":"ITLMIL"}],"target":"",
                 "textInfo":{"markup":"(SRC: A) shelled (TAR: B)."}},
                {"id":"X-NOPE-0001","event":"NOPE","text":"x"}]"#,
        )
        .unwrap();
        let (gold, skipped) = read_gold(&path).unwrap();
        assert_eq!(skipped, 1);
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].event_type, EventType::Assault);
        assert_eq!(gold[0].source, ["ITA".to_string()].into());
        assert!(gold[0].target.is_empty());
        assert!(!gold[0].reciprocal);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn the_record_verdict_names_the_first_thing_wrong() {
        let g = GoldRecord {
            id: "x-0001".into(),
            split: Split::Dev,
            text: String::new(),
            date: None,
            event_type: EventType::Accuse,
            source: ["ALB".to_string()].into(),
            target: ["SRB".to_string()].into(),
            reciprocal: false,
        };
        let set = |c: &[&str]| -> BTreeSet<String> { c.iter().map(|x| x.to_string()).collect() };
        let verdict = |predicted: Vec<verdict::Scored>| RecordVerdicts::of(&g, &predicted).gold;
        let acc = Some(EventType::Accuse);
        assert_eq!(verdict(vec![]), Verdict::Missed);
        // A negated event has no PLOVER coding: still missed.
        assert_eq!(
            verdict(vec![(None, set(&["ALB"]), set(&["SRB"]))]),
            Verdict::Missed
        );
        assert_eq!(
            verdict(vec![(
                Some(EventType::Reject),
                set(&["ALB"]),
                set(&["SRB"])
            )]),
            Verdict::WrongType
        );
        assert_eq!(
            verdict(vec![(acc, set(&["MNE"]), set(&["SRB"]))]),
            Verdict::WrongSource
        );
        assert_eq!(
            verdict(vec![(acc, set(&["ALB"]), set(&["MNE"]))]),
            Verdict::WrongTarget
        );
        assert_eq!(
            verdict(vec![(acc, set(&[]), set(&["MNE"]))]),
            Verdict::WrongBoth
        );
        assert_eq!(
            verdict(vec![(acc, set(&["ALB"]), set(&["SRB"]))]),
            Verdict::Hit
        );
    }

    #[test]
    fn unnamed_sources_take_the_place_and_property_destruction_is_coerce() {
        let text = "Three US servicemen were killed outside Basra.";
        let mut record = Record::empty(&Document::default(), false);
        for (id, country) in [("USA", "USA"), ("IRQ", "IRQ")] {
            record.actors.push(ActorRecord {
                id: id.into(),
                name: id.into(),
                kind: ActorKind::Country,
                country: Some(country.into()),
                sector: None,
                role: None,
                mentions: vec![],
            });
        }
        let span = sitrep_record::Span::of(text, 0, 5);
        let mut e = EventRecord {
            id: "e1".into(),
            event_type: EventType::Assault,
            mode: None,
            source: vec![],
            target: vec!["USA".into()],
            trigger: span.clone(),
            sentence: span,
            modality: sitrep_record::Modality::Asserted,
            claim: None,
            place: vec!["IRQ".into()],
        };
        let set = |c: &[&str]| -> BTreeSet<String> { c.iter().map(|x| x.to_string()).collect() };
        // PLOVER conventions: the place stands in for the unnamed source.
        assert_eq!(
            event_codes_with(&e, &record, true),
            (set(&["IRQ"]), set(&["USA"]))
        );
        // PETRARCH-2 codings leave it empty.
        assert_eq!(event_codes(&e, &record), (set(&[]), set(&["USA"])));
        assert_eq!(gold_coding(&e), Some(EventType::Assault));
        e.mode = Some("destroy".into());
        assert_eq!(gold_coding(&e), Some(EventType::Coerce));
        e.mode = Some("abduct".into());
        assert_eq!(gold_coding(&e), Some(EventType::Coerce));
        e.mode = Some("beat".into());
        assert_eq!(gold_coding(&e), Some(EventType::Assault));
        e.modality = sitrep_record::Modality::Negated;
        assert_eq!(gold_coding(&e), None);
        // A retreat with no one named on the receiving end keeps no target under the
        // PLOVER conventions: neither the place nor the source's own state stands in.
        e.modality = sitrep_record::Modality::Asserted;
        e.mode = None;
        e.event_type = EventType::Retreat;
        e.source = vec!["IRQ".into()];
        e.target.clear();
        assert_eq!(
            event_codes_with(&e, &record, true),
            (set(&["IRQ"]), set(&[]))
        );
        // Near miss: any other type takes the place.
        e.event_type = EventType::Concede;
        assert_eq!(
            event_codes_with(&e, &record, true),
            (set(&["IRQ"]), set(&["IRQ"]))
        );
    }

    #[test]
    fn an_eased_curfew_is_concede_in_the_gold_and_other_retreats_stay() {
        let retreat = |text: &str| EventRecord {
            id: "e1".into(),
            event_type: EventType::Retreat,
            mode: None,
            source: vec![],
            target: vec![],
            trigger: sitrep_record::Span::of(text, 0, text.len()),
            sentence: sitrep_record::Span::of(text, 0, text.len()),
            modality: sitrep_record::Modality::Asserted,
            claim: None,
            place: vec![],
        };
        for trigger in ["lifted a night curfew", "shortened the Curfew"] {
            assert_eq!(
                gold_coding(&retreat(trigger)),
                Some(EventType::Concede),
                "{trigger}"
            );
        }
        // Near misses: a lifted siege or state of emergency keeps the table's type.
        for trigger in ["lifted the siege", "lifted the state of emergency"] {
            assert_eq!(
                gold_coding(&retreat(trigger)),
                Some(EventType::Retreat),
                "{trigger}"
            );
        }
    }
}
