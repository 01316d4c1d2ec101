//! An extra development set for event coding: the PETRARCH-2 validation
//! records and unit tests (`../shared/data/universalpetrarch/PETR2_GSR_validation.xml`,
//! `../shared/data/petrarch2/PETR.UnitTest.records.xml`), CAMEO-coded
//! sentences scored after mapping each CAMEO code to PLOVER with the
//! `CAMEO2PLOVER-2021.txt` table (as `tools/cameo_to_lexicon.py` does, 163
//! included as SANCTION).
//!
//! These records are not the PLOVER test split: rules may be tuned on them
//! freely. Their gold codings are silver (the validation file's codings were
//! made from PETRARCH-2 output and hand-fixed), and the unit tests use
//! fictional states (Arnor, Gondor), so only their type columns mean much.
//!
//! The files are read leniently, line by line: the validation file is not
//! well-formed XML (`<Sentence .../>` followed by `</Sentence>`, `#` comment
//! lines). A record is a `<Sentence … id="…">` line, its `<EventCoding …>`
//! lines and its `<Text>…</Text>`; `<!-- … -->` comments are skipped, so
//! commented-out records are not read.

use crate::{event_codes, gold_code};
use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, EventType, Record};
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

/// One CAMEO coding of a record, mapped to PLOVER and country-level codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    pub cameo: String,
    pub event_type: EventType,
    /// Country-level code (`None` for `---`-prefixed codes: actor unknown).
    pub source: Option<String>,
    pub target: Option<String>,
}

/// One record of a PETRARCH test file.
#[derive(Debug, Clone)]
pub struct PetrRecord {
    pub id: String,
    pub category: String,
    pub date: Option<String>,
    pub text: String,
    /// Codings with a PLOVER type (deduplicated).
    pub codings: Vec<Coding>,
    /// The record says `noevents`: any event predicted is a false positive.
    pub no_events: bool,
    /// Codings whose CAMEO code has no PLOVER type (01 statements, 02 appeals).
    pub unmapped: usize,
}

/// The CAMEO → PLOVER type table (`code: TYPE, mode, context`).
pub fn read_cameo_table(path: &Path) -> Result<HashMap<String, EventType>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut table = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let name = rest.split(',').next().unwrap_or("").trim();
        if let Some(t) = EventType::parse(name) {
            table.insert(code.to_string(), t);
        }
    }
    if table.is_empty() {
        return Err(format!(
            "{}: no `code: TYPE` lines (expected CAMEO2PLOVER-2021.txt)",
            path.display()
        ));
    }
    Ok(table)
}

/// The PLOVER type of a CAMEO code, falling back to shorter codes; 163
/// (sanctions, embargo) is SANCTION as in `tools/cameo_to_lexicon.py`.
pub fn plover_of(code: &str, table: &HashMap<String, EventType>) -> Option<EventType> {
    if code == "163" {
        return Some(EventType::Sanction);
    }
    let mut c = code;
    while c.len() >= 2 {
        if let Some(t) = table.get(c) {
            return Some(*t);
        }
        c = &c[..c.len() - 1];
    }
    None
}

/// The value of `name="…"` in a tag line.
fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = line[from..].find(name) {
        let at = from + i;
        let before_ok = at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric();
        let rest = &line[at + name.len()..];
        if before_ok {
            if let Some(v) = rest.trim_start().strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let body = &v[1..];
                    return body.find(q).map(|end| &body[..end]);
                }
            }
        }
        from = at + name.len();
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Removes `<!-- … -->` comments (which may span lines).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i + 4..].find("-->") {
            Some(j) => rest = &rest[i + 4 + j + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Reads a PETRARCH test file. Errors name the file and, for a record
/// without text, its line.
pub fn read_records(
    path: &Path,
    table: &HashMap<String, EventType>,
) -> Result<Vec<PetrRecord>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_records(&raw, table).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses the text of a PETRARCH test file (see [`read_records`]).
pub fn parse_records(
    raw: &str,
    table: &HashMap<String, EventType>,
) -> Result<Vec<PetrRecord>, String> {
    let text = strip_comments(raw);
    let mut out: Vec<PetrRecord> = Vec::new();
    let mut current: Option<PetrRecord> = None;
    let mut in_text = false;
    for line in text.lines() {
        let t = line.trim();
        if in_text {
            if let Some(before) = t.strip_suffix("</Text>") {
                in_text = false;
                if let Some(r) = current.as_mut() {
                    push_words(&mut r.text, before);
                }
            } else if let Some(r) = current.as_mut() {
                push_words(&mut r.text, t);
            }
            continue;
        }
        if t.starts_with('#') {
            continue;
        }
        if t.starts_with("<Sentence ") || t == "<Sentence>" {
            if let Some(r) = current.take() {
                out.push(r);
            }
            current = Some(PetrRecord {
                id: attr(t, "id").unwrap_or("").to_string(),
                category: attr(t, "category").unwrap_or("").to_string(),
                date: attr(t, "date").map(str::to_string),
                text: String::new(),
                codings: Vec::new(),
                no_events: false,
                unmapped: 0,
            });
        } else if t.starts_with("<EventCoding") {
            let Some(r) = current.as_mut() else {
                continue;
            };
            if attr(t, "noevents").is_some() {
                r.no_events = true;
                continue;
            }
            if attr(t, "error").is_some() {
                continue;
            }
            let Some(cameo) = attr(t, "eventcode") else {
                continue;
            };
            match plover_of(cameo.trim(), table) {
                Some(event_type) => {
                    let c = Coding {
                        cameo: cameo.trim().to_string(),
                        event_type,
                        source: attr(t, "sourcecode").and_then(gold_code),
                        target: attr(t, "targetcode").and_then(gold_code),
                    };
                    if !r.codings.contains(&c) {
                        r.codings.push(c);
                    }
                }
                None => r.unmapped += 1,
            }
        } else if let Some(rest) = t.strip_prefix("<Text>") {
            let Some(r) = current.as_mut() else {
                continue;
            };
            match rest.strip_suffix("</Text>") {
                Some(one) => push_words(&mut r.text, one),
                None => {
                    push_words(&mut r.text, rest);
                    in_text = true;
                }
            }
        }
    }
    if let Some(r) = current.take() {
        out.push(r);
    }
    if in_text {
        return Err("a <Text> element is not closed".into());
    }
    for r in &mut out {
        r.text = unescape(&r.text);
    }
    out.retain(|r| !r.text.is_empty() && !r.id.is_empty());
    if out.is_empty() {
        return Err("no <Sentence> records with <Text>".into());
    }
    Ok(out)
}

fn push_words(buf: &mut String, line: &str) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    if !buf.is_empty() {
        buf.push(' ');
    }
    buf.push_str(line);
}

/// How one record fared.
#[derive(Debug, Clone)]
pub struct PetrResult {
    pub gold: PetrRecord,
    /// Predicted PLOVER codings as (type, source code, target code): each
    /// event once per pair of its parties ([`party_pairs`]).
    pub predicted: Vec<(EventType, BTreeSet<String>, BTreeSet<String>)>,
    /// Per predicted coding, the index of its event in `record.events`.
    pub event_of: Vec<usize>,
    /// Per gold coding: whether some predicted event has its type.
    pub type_found: Vec<bool>,
    /// Per gold coding: whether a predicted event matches type, source and target.
    pub matched: Vec<bool>,
    pub record: Record,
}

fn one(code: &Option<String>) -> BTreeSet<String> {
    code.iter().cloned().collect()
}

/// One predicted event as the PETRARCH-2 codings see it: one coding per
/// (source, target) pair of parties, each side one code or none. The gold
/// codes a compound subject once per member ("US and British activists
/// staged a protest in Beijing": USA → CHN, GBR → CHN) and an act done
/// together ("The US, Russia, and Switzerland met") once per ordered pair of
/// its parties. sitrep keeps such an act one event with several sources
/// (the contract's `source` is a list); a meeting, agreement or cooperation
/// whose target is none or its own doers is an act among those doers.
fn party_pairs(
    ty: EventType,
    source: &BTreeSet<String>,
    target: &BTreeSet<String>,
) -> Vec<(BTreeSet<String>, BTreeSet<String>)> {
    let single = |code: Option<&String>| code.into_iter().cloned().collect::<BTreeSet<_>>();
    let together = matches!(
        ty,
        EventType::Consult | EventType::Agree | EventType::Cooperate
    );
    if together && source.len() > 1 && (target.is_empty() || target == source) {
        return source
            .iter()
            .flat_map(|a| {
                source
                    .iter()
                    .filter(move |b| *b != a)
                    .map(move |b| (single(Some(a)), single(Some(b))))
            })
            .collect();
    }
    let sides = |set: &BTreeSet<String>| -> Vec<Option<String>> {
        if set.is_empty() {
            vec![None]
        } else {
            set.iter().cloned().map(Some).collect()
        }
    };
    // A party on both sides of an event of several parties ("the US and
    // Russia met Russia and Switzerland") is no coding of its own; one
    // party on both sides stays (a state's government against its army is
    // one code at country level).
    let several = source.len() > 1 || target.len() > 1;
    let targets = sides(target);
    sides(source)
        .into_iter()
        .flat_map(|a| {
            targets
                .iter()
                .filter(|b| !(several && a.is_some() && **b == a))
                .map(|b| (single(a.as_ref()), single(b.as_ref())))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Runs the pipeline on every record of a file and compares.
pub fn petrarch_records(
    path: &Path,
    table: &HashMap<String, EventType>,
    res: &Resources,
) -> Result<Vec<PetrResult>, String> {
    let gold = read_records(path, table)?;
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let doc = Document {
            uri: g.id.clone(),
            text: g.text.clone(),
            published: g.date.as_ref().and_then(|d| {
                (d.len() == 8 && d.chars().all(|c| c.is_ascii_digit()))
                    .then(|| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
            }),
            language: Some("en".into()),
            ..Default::default()
        };
        let record = analyze(doc, res, Options::default());
        let (event_of, predicted): (Vec<usize>, Vec<_>) = record
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let ty = sitrep_events::plover_coding(e)?;
                let (s, t) = event_codes(e, &record);
                Some(
                    party_pairs(ty, &s, &t)
                        .into_iter()
                        .map(move |(s, t)| (i, (ty, s, t))),
                )
            })
            .flatten()
            .unzip();
        let type_found = g
            .codings
            .iter()
            .map(|c| predicted.iter().any(|(ty, _, _)| *ty == c.event_type))
            .collect();
        // Each predicted event may match one gold coding.
        let mut used = vec![false; predicted.len()];
        let matched = g
            .codings
            .iter()
            .map(|c| {
                let (src, tgt) = (one(&c.source), one(&c.target));
                let hit = predicted.iter().enumerate().position(|(i, (ty, s, t))| {
                    !used[i] && *ty == c.event_type && *s == src && *t == tgt
                });
                if let Some(i) = hit {
                    used[i] = true;
                }
                hit.is_some()
            })
            .collect();
        out.push(PetrResult {
            gold: g,
            predicted,
            event_of,
            type_found,
            matched,
            record,
        });
    }
    Ok(out)
}

/// Scores of one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PetrScore {
    pub path: String,
    pub records: usize,
    /// Gold codings with a PLOVER type.
    pub codings: usize,
    /// Codings whose CAMEO code has no PLOVER type (not scored).
    pub unmapped: usize,
    /// Records coded `noevents`.
    pub no_event_records: usize,
    /// Predicted codings (each event once per pair of its parties, see
    /// [`PetrResult::predicted`]) on records with a mapped coding or
    /// `noevents`: what full precision is counted over.
    pub predicted: usize,
    /// Predicted PLOVER events on the same records: what type precision is
    /// counted over, so that an event of many parties counts once there.
    pub predicted_events: usize,
    /// Predicted events whose type is among their record's gold types.
    pub predicted_type_ok: usize,
    /// Gold codings whose type some predicted event has.
    pub type_found: usize,
    /// Gold codings matched in type, source and target.
    pub matched: usize,
    /// Events predicted on `noevents` records.
    pub spurious: usize,
}

impl PetrScore {
    fn f1(p: f64, r: f64) -> f64 {
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Type precision: predicted events whose type the record's gold has.
    pub fn type_precision(&self) -> f64 {
        crate::ratio(self.predicted_type_ok, self.predicted_events)
    }
    /// Type recall: gold codings whose type was predicted.
    pub fn type_recall(&self) -> f64 {
        crate::ratio(self.type_found, self.codings)
    }
    pub fn type_f1(&self) -> f64 {
        Self::f1(self.type_precision(), self.type_recall())
    }
    /// Full precision / recall / F1 (type + source + target).
    pub fn precision(&self) -> f64 {
        crate::ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        crate::ratio(self.matched, self.codings)
    }
    pub fn full_f1(&self) -> f64 {
        Self::f1(self.precision(), self.recall())
    }
}

/// The type of each predicted event once, from its codings' types and
/// events: an event's codings share its type and stand together
/// (`event_of` is in event order).
fn type_per_event(types: &[EventType], event_of: &[usize]) -> Vec<EventType> {
    types
        .iter()
        .zip(event_of)
        .enumerate()
        .filter(|(i, (_, event))| *i == 0 || event_of[i - 1] != **event)
        .map(|(_, (ty, _))| *ty)
        .collect()
}

/// Scores a list of per-record results.
pub fn score(path: &str, results: &[PetrResult]) -> PetrScore {
    let mut s = PetrScore {
        path: path.to_string(),
        ..Default::default()
    };
    for r in results {
        s.records += 1;
        s.unmapped += r.gold.unmapped;
        if r.gold.codings.is_empty() && !r.gold.no_events {
            // Only unmapped codings (statements, appeals): nothing to score.
            continue;
        }
        s.no_event_records += usize::from(r.gold.no_events && r.gold.codings.is_empty());
        s.codings += r.gold.codings.len();
        s.predicted += r.predicted.len();
        let types: Vec<EventType> = r.predicted.iter().map(|(ty, _, _)| *ty).collect();
        let events = type_per_event(&types, &r.event_of);
        s.predicted_events += events.len();
        s.predicted_type_ok += events
            .iter()
            .filter(|ty| r.gold.codings.iter().any(|c| c.event_type == **ty))
            .count();
        if r.gold.codings.is_empty() {
            s.spurious += events.len();
        }
        s.type_found += r.type_found.iter().filter(|b| **b).count();
        s.matched += r.matched.iter().filter(|b| **b).count();
    }
    s
}

/// The report of `sitrep eval petrarch`: one score per file.
#[derive(Debug, Clone)]
pub struct PetrarchReport {
    pub files: Vec<PetrScore>,
}

impl fmt::Display for PetrarchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PETRARCH-2 records (CAMEO mapped to PLOVER; an extra dev set, not the PLOVER test split)"
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<40} {:>7} {:>7} {:>6} {:>9} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9}",
            "file",
            "records",
            "codings",
            "events",
            "predicted",
            "type-P",
            "type-R",
            "type-F1",
            "P",
            "R",
            "F1"
        )?;
        for s in &self.files {
            let name = Path::new(&s.path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| s.path.clone());
            writeln!(
                f,
                "{:<40} {:>7} {:>7} {:>6} {:>9} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>9.3}",
                name,
                s.records,
                s.codings,
                s.predicted_events,
                s.predicted,
                s.type_precision(),
                s.type_recall(),
                s.type_f1(),
                s.precision(),
                s.recall(),
                s.full_f1()
            )?;
            writeln!(
                f,
                "{:<40} unmapped codings (statements, appeals) {}; noevents records {} with {} events predicted",
                "", s.unmapped, s.no_event_records, s.spurious
            )?;
        }
        writeln!(f)?;
        write!(
            f,
            "events = predicted events; predicted = their codings, an event once per pair of its parties (a compound side\n\
             once per member, a meeting once per ordered pair of its doers);\n\
             type-P = predicted events whose type the record's gold has; type-R = gold codings whose type was predicted;\n\
             P/R/F1 = type + source + target (country level) over codings; the unit tests use fictional states, read their type columns only"
        )
    }
}

/// Scores every file against the CAMEO → PLOVER table at `table_path`.
pub fn petrarch(
    paths: &[std::path::PathBuf],
    table_path: &Path,
    res: &Resources,
) -> Result<PetrarchReport, String> {
    let table = read_cameo_table(table_path)?;
    let mut files = Vec::new();
    for p in paths {
        let results = petrarch_records(p, &table, res)?;
        files.push(score(&p.display().to_string(), &results));
    }
    Ok(PetrarchReport { files })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> HashMap<String, EventType> {
        let mut t = HashMap::new();
        t.insert("04".to_string(), EventType::Consult);
        t.insert("042".to_string(), EventType::Consult);
        t.insert("19".to_string(), EventType::Assault);
        t.insert("163".to_string(), EventType::Coerce);
        t
    }

    fn codes(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|c| c.to_string()).collect()
    }

    fn pairs_of(
        ty: EventType,
        source: &[&str],
        target: &[&str],
    ) -> Vec<(BTreeSet<String>, BTreeSet<String>)> {
        party_pairs(ty, &codes(source), &codes(target))
    }

    #[test]
    fn an_event_is_coded_once_per_pair_of_parties() {
        let pair = |s: &[&str], t: &[&str]| (codes(s), codes(t));
        // One doer, one target: the event itself.
        assert_eq!(
            pairs_of(EventType::Assault, &["USA"], &["RUS"]),
            vec![pair(&["USA"], &["RUS"])]
        );
        assert_eq!(
            pairs_of(EventType::Protest, &["RWA"], &[]),
            vec![pair(&["RWA"], &[])]
        );
        // A compound subject: once per doer.
        assert_eq!(
            pairs_of(EventType::Protest, &["USA", "GBR"], &["CHN"]),
            vec![pair(&["GBR"], &["CHN"]), pair(&["USA"], &["CHN"])]
        );
        // A meeting among its doers: each ordered pair, with no target or
        // with the doers themselves as target.
        let met = vec![
            pair(&["CHE"], &["RUS"]),
            pair(&["CHE"], &["USA"]),
            pair(&["RUS"], &["CHE"]),
            pair(&["RUS"], &["USA"]),
            pair(&["USA"], &["CHE"]),
            pair(&["USA"], &["RUS"]),
        ];
        assert_eq!(
            pairs_of(EventType::Consult, &["USA", "RUS", "CHE"], &[]),
            met
        );
        assert_eq!(
            pairs_of(
                EventType::Consult,
                &["USA", "RUS", "CHE"],
                &["USA", "RUS", "CHE"]
            ),
            met
        );
        // Near miss: two states striking with no target named strike no
        // one, not each other.
        assert_eq!(
            pairs_of(EventType::Assault, &["USA", "GBR"], &[]),
            vec![pair(&["GBR"], &[]), pair(&["USA"], &[])]
        );
        // Near miss: a meeting with a third party is each doer's meeting
        // with it.
        assert_eq!(
            pairs_of(EventType::Consult, &["USA", "GBR"], &["IRN"]),
            vec![pair(&["GBR"], &["IRN"]), pair(&["USA"], &["IRN"])]
        );
        // A party on both sides of an event of several parties codes no
        // pair with itself; one party on both sides keeps its pair.
        assert_eq!(
            pairs_of(EventType::Consult, &["USA", "RUS"], &["RUS", "CHE"]),
            vec![
                pair(&["RUS"], &["CHE"]),
                pair(&["USA"], &["CHE"]),
                pair(&["USA"], &["RUS"]),
            ]
        );
        assert_eq!(
            pairs_of(EventType::Accuse, &["ISR"], &["ISR"]),
            vec![pair(&["ISR"], &["ISR"])]
        );
    }

    #[test]
    fn type_precision_counts_an_event_of_many_parties_once() {
        // A three-party meeting (six codings) and a one-pair assault.
        let types = [EventType::Consult; 6]
            .into_iter()
            .chain([EventType::Assault])
            .collect::<Vec<_>>();
        let event_of = [0, 0, 0, 0, 0, 0, 3];
        assert_eq!(
            type_per_event(&types, &event_of),
            vec![EventType::Consult, EventType::Assault]
        );
        // Two events of one type stay two.
        assert_eq!(
            type_per_event(&[EventType::Protest, EventType::Protest], &[1, 2]),
            vec![EventType::Protest, EventType::Protest]
        );
    }

    #[test]
    fn cameo_codes_map_by_longest_prefix() {
        let t = table();
        assert_eq!(plover_of("042", &t), Some(EventType::Consult));
        assert_eq!(plover_of("0431", &t), Some(EventType::Consult));
        assert_eq!(plover_of("193", &t), Some(EventType::Assault));
        assert_eq!(plover_of("163", &t), Some(EventType::Sanction));
        assert_eq!(plover_of("010", &t), None);
    }

    #[test]
    fn lenient_reader_handles_both_layouts() {
        let raw = r#"<Validation>
# a comment line
<Sentences>
<Sentence category="AFP" date="20080804" id="A_1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<EventCoding eventcode="010" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader visited
China &amp; Japan.
</Text>
<Parse>
1	The	the
</Parse>
</Sentence>
<!--
<Sentence id="GONE-01" category="X">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
<Text>Arnor attacked Gondor.</Text>
</Sentence>
-->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
"#;
        let recs = parse_records(raw, &table()).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].id, "A_1");
        assert_eq!(recs[0].text, "The US leader visited China & Japan.");
        assert_eq!(recs[0].codings.len(), 1);
        assert_eq!(recs[0].codings[0].source.as_deref(), Some("USA"));
        assert_eq!(recs[0].unmapped, 1);
        assert_eq!(recs[1].id, "DEMO-00");
        assert!(recs[1].no_events);
        assert!(parse_records("<Sentence id=\"x\">\n<Text>\nopen", &table()).is_err());
        assert!(parse_records("nothing here", &table()).is_err());
    }

    #[test]
    fn unknown_actor_codes_are_none() {
        let recs = parse_records(
            "<Sentence id=\"S\">\n<EventCoding eventcode=\"190\" sourcecode=\"---REB\" targetcode=\"SYR\" />\n<Text>x</Text>",
            &table(),
        )
        .unwrap();
        assert_eq!(recs[0].codings[0].source, None);
        assert_eq!(recs[0].codings[0].target.as_deref(), Some("SYR"));
    }
}
