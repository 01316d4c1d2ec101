//! The framing lexicons: loaded terms (`data/lexicons/framing.tsv`) and
//! opinion markers (`data/lexicons/opinion.tsv`), parsed and compiled into
//! one Aho–Corasick automaton for both, once per run, and walked by the text
//! layer's two-walk phrase scan (`sitrep_text::PhraseScanner`).

use sitrep_record::tsv;
use sitrep_text::{PhraseOccurrence, PhraseScanner};
use std::collections::HashMap;
use std::sync::OnceLock;

const FRAMING_TSV: &str = include_str!("../../../data/lexicons/framing.tsv");
const OPINION_TSV: &str = include_str!("../../../data/lexicons/opinion.tsv");
const FRAMING_FILE: &str = "data/lexicons/framing.tsv";
const OPINION_FILE: &str = "data/lexicons/opinion.tsv";

/// The loaded-term categories a lexicon may use. `neutral` entries are
/// matched but never reported (see the data file).
pub const CATEGORIES: &[&str] = &[
    "delegitimizing_label",
    "atrocity_term",
    "dehumanizing_term",
    "emotive_intensifier",
    "euphemism",
    "sensational_verb",
    "glorifying_term",
    "accusatory_term",
    "contested_name",
    NEUTRAL,
];

/// The category that suppresses a match instead of reporting it.
pub const NEUTRAL: &str = "neutral";

/// One loaded-term entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedEntry {
    /// The entry as reported in `LoadedTerm::term`.
    pub term: String,
    pub category: &'static str,
    /// Where it was defined (`file:line`), for error messages.
    pub defined_at: String,
}

/// What an opinion marker signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// What someone should do ("must", "it is time").
    Prescriptive,
    /// A judgement of worth or truth ("shameful", "clearly").
    Evaluative,
    /// The writer's first person ("we believe").
    Editorial,
    /// Matched so that it wins over a marker inside it, never counted.
    Neutral,
}

impl MarkerKind {
    fn parse(s: &str) -> Option<MarkerKind> {
        match s {
            "prescriptive" => Some(MarkerKind::Prescriptive),
            "evaluative" => Some(MarkerKind::Evaluative),
            "editorial" => Some(MarkerKind::Editorial),
            "neutral" => Some(MarkerKind::Neutral),
            _ => None,
        }
    }
}

/// One opinion marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub phrase: String,
    pub kind: MarkerKind,
}

/// The loaded-term list and the opinion-marker list compiled together, so
/// the text is walked once for both: the automaton's walk waits on its
/// table for every byte, and was most of the stage's time twice over.
#[derive(Debug)]
pub(crate) struct PhraseLists {
    /// Every surface of both lists (once, when both lists have it),
    /// reporting every occurrence, overlaps included. Built on the first
    /// [`PhraseLists::find`]: the pipeline scans with its joint walk and
    /// hands the occurrences to [`PhraseLists::choose`], so building it at
    /// load time was a start-up cost for nothing (7.4 M instructions).
    automaton: OnceLock<PhraseScanner>,
    /// For pattern `i`, its entry in each list (loaded terms, opinion
    /// markers).
    owner: Vec<[Option<usize>; 2]>,
    /// The patterns, in the automaton's order: what a joint scan with
    /// other lists compiles ([`FramingLexicon::scan_phrases`]).
    patterns: Vec<String>,
}

/// A match of a phrase: byte range and the entry it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseHit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

impl PhraseLists {
    /// `lists`: the loaded-term surfaces, then the opinion-marker surfaces,
    /// each with its entry; `files` names them in errors.
    fn build(files: [&str; 2], lists: [&[(String, usize)]; 2]) -> Result<PhraseLists, String> {
        let mut patterns: Vec<&str> = Vec::new();
        let mut owner: Vec<[Option<usize>; 2]> = Vec::new();
        // The automaton ignores ASCII case, so surfaces equal but for it
        // are one pattern.
        let mut index: HashMap<String, usize> = HashMap::new();
        for (list, surfaces) in lists.iter().enumerate() {
            for (surface, entry) in surfaces.iter() {
                let i = *index
                    .entry(surface.to_ascii_lowercase())
                    .or_insert_with(|| {
                        patterns.push(surface);
                        owner.push([None, None]);
                        patterns.len() - 1
                    });
                owner[i][list] = Some(*entry);
            }
        }
        // Phrases the automaton would refuse are refused now, as when it
        // was built here.
        PhraseScanner::check(&patterns).map_err(|e| {
            format!(
                "{}, {}: cannot compile the phrase lists: {e}",
                files[0], files[1]
            )
        })?;
        Ok(PhraseLists {
            automaton: OnceLock::new(),
            owner,
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
        })
    }

    /// Each list's leftmost-longest, word-bounded matches, in order and
    /// disjoint: from left to right, the longest phrase of the list that
    /// starts at a position is taken when it ends on a word boundary, and
    /// the search goes on after it; when it does not ("regimented"), the
    /// search goes on one byte later. One search (`PhraseScanner::occurrences`) finds every
    /// occurrence of every phrase of both lists; each list's choice is then made over its
    /// own occurrences, so the lists never hide each other's matches.
    /// Returns the loaded-term hits, then the opinion-marker hits.
    pub(crate) fn find(&self, text: &str) -> [Vec<PhraseHit>; 2] {
        let mut occurrences = Vec::new();
        self.automaton()
            .occurrences(text.as_bytes(), |start, end, pattern| {
                occurrences.push((start, end, pattern))
            });
        self.choose(text, occurrences)
    }

    /// The scanner over [`PhraseLists::patterns`], built the first time it
    /// is needed ([`PhraseScanner::check`] passed when the lists were
    /// loaded, so the build cannot fail).
    fn automaton(&self) -> &PhraseScanner {
        self.automaton.get_or_init(|| {
            PhraseScanner::new(&self.patterns).expect("the phrases were checked when loaded")
        })
    }

    /// [`PhraseLists::find`] given the scan's result: `occurrences` is every
    /// occurrence of the patterns in `text` as (start, end, pattern), in any
    /// order (a pattern beyond the list is ignored).
    pub(crate) fn choose(
        &self,
        text: &str,
        occurrences: Vec<PhraseOccurrence>,
    ) -> [Vec<PhraseHit>; 2] {
        // Each list's occurrences as (start, end, entry).
        let mut found: [Vec<(usize, usize, usize)>; 2] = [Vec::new(), Vec::new()];
        for (start, end, pattern) in occurrences {
            let Some(owner) = self.owner.get(pattern) else {
                continue;
            };
            for (list, entry) in owner.iter().enumerate() {
                if let Some(entry) = entry {
                    found[list].push((start, end, *entry));
                }
            }
        }
        found.map(|mut occurrences| {
            // By start, the longest first: the first at a start is the one a
            // leftmost-longest search returns there. (No two occurrences of
            // one list share a span: surfaces equal but for ASCII case are
            // one pattern. A stable sort merges the runs nearly in order
            // that the phrase scan reports in a pass or two.)
            occurrences.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let mut hits = Vec::new();
            let mut at = 0;
            let mut last_start = None;
            for (start, end, entry) in occurrences {
                if start < at || last_start == Some(start) {
                    continue;
                }
                last_start = Some(start);
                if is_word_bounded(text, start, end) {
                    hits.push(PhraseHit { start, end, entry });
                    at = end;
                } else {
                    at = start + 1;
                }
            }
            hits
        })
    }
}

/// Whether `start..end` starts and ends on word boundaries: no letter or
/// digit just outside it (a hyphen is a boundary: "anti-regime").
pub(crate) fn is_word_bounded(text: &str, start: usize, end: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let before = head.chars().next_back();
    let after = tail.chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Loaded-term lexicon and opinion markers, loaded from data files.
#[derive(Debug)]
pub struct FramingLexicon {
    pub(crate) entries: Vec<LoadedEntry>,
    pub(crate) markers: Vec<Marker>,
    /// Both lists' phrases, searched in one walk.
    pub(crate) phrases: PhraseLists,
}

impl FramingLexicon {
    /// The lexicons shipped in `data/lexicons/` (embedded at build time).
    pub fn builtin() -> Result<FramingLexicon, String> {
        FramingLexicon::builtin_with(&sitrep_record::data_dir::DataDir::none())
    }

    /// The built-in lexicons, each extended by the user's file of the same
    /// name in `data` (`lexicons/framing.tsv`, `lexicons/opinion.tsv`).
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<FramingLexicon, String> {
        let framing = data.extend((FRAMING_FILE, FRAMING_TSV))?;
        let opinion = data.extend((OPINION_FILE, OPINION_TSV))?;
        FramingLexicon::from_tsv(framing.name, &framing.text, opinion.name, &opinion.text)
            .map_err(|e| opinion.locate(framing.locate(e)))
    }

    /// Builds the lexicon from the text of a loaded-term file and an
    /// opinion-marker file (formats in the files' header comments). The
    /// names are used in error messages, which give file and line.
    pub fn from_tsv(
        framing_file: &str,
        framing_tsv: &str,
        opinion_file: &str,
        opinion_tsv: &str,
    ) -> Result<FramingLexicon, String> {
        let (entries, surfaces) = parse_framing(framing_file, framing_tsv)?;
        let (markers, marker_surfaces) = parse_opinion(opinion_file, opinion_tsv)?;
        let phrases =
            PhraseLists::build([framing_file, opinion_file], [&surfaces, &marker_surfaces])?;
        Ok(FramingLexicon {
            entries,
            markers,
            phrases,
        })
    }

    /// The loaded-term entries, in file order.
    pub fn entries(&self) -> &[LoadedEntry] {
        &self.entries
    }

    /// The opinion markers, in file order.
    pub fn markers(&self) -> &[Marker] {
        &self.markers
    }

    /// The phrases the stage's scan looks for (both lists' surfaces, once
    /// each): the list to compile into a joint scan whose occurrences
    /// [`crate::measure_framing_from_occurrences`] takes.
    pub fn scan_phrases(&self) -> Vec<&str> {
        self.phrases.patterns.iter().map(String::as_str).collect()
    }
}

/// Data lines of a TSV file: `(line number, columns)`, after a header whose
/// first column must be `header` (see [`sitrep_record::tsv`]).
fn data_lines<'a>(
    file: &'a str,
    text: &'a str,
    header: &'a str,
) -> impl Iterator<Item = Result<(usize, Vec<&'a str>), String>> + 'a {
    let (first, lines) = tsv::read(text);
    let bad_header = first
        .filter(|h| h.text.split('\t').next() != Some(header))
        .map(|h| {
            Err(format!(
                "{file}:{}: expected the header line starting with {header:?}",
                h.number
            ))
        });
    bad_header
        .into_iter()
        .chain(lines.map(|l| Ok((l.number, l.cells()))))
}

type Surfaces = Vec<(String, usize)>;

fn parse_framing(file: &str, text: &str) -> Result<(Vec<LoadedEntry>, Surfaces), String> {
    let mut entries = Vec::new();
    let mut surfaces: Surfaces = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for item in data_lines(file, text, "term") {
        let (n, cols) = item?;
        if cols.len() < 3 {
            return Err(format!(
                "{file}:{n}: expected at least 3 columns (term, category, forms), got {}",
                cols.len()
            ));
        }
        let term = clean_phrase(cols[0]);
        if term.is_empty() {
            return Err(format!("{file}:{n}: empty term"));
        }
        let category = CATEGORIES
            .iter()
            .copied()
            .find(|c| *c == cols[1].trim())
            .ok_or_else(|| {
                format!(
                    "{file}:{n}: unknown category {:?} (expected one of {})",
                    cols[1],
                    CATEGORIES.join(", ")
                )
            })?;
        let entry = entries.len();
        let defined_at = format!("{file}:{n}");
        for surface in expand_forms(&term, cols[2]).map_err(|e| format!("{file}:{n}: {e}"))? {
            let key = surface.to_lowercase();
            if let Some(first) = seen.get(&key) {
                return Err(format!(
                    "{file}:{n}: {surface:?} is already listed at {first}"
                ));
            }
            seen.insert(key, defined_at.clone());
            surfaces.push((surface, entry));
        }
        entries.push(LoadedEntry {
            term,
            category,
            defined_at,
        });
    }
    Ok((entries, surfaces))
}

fn parse_opinion(file: &str, text: &str) -> Result<(Vec<Marker>, Surfaces), String> {
    let mut markers = Vec::new();
    let mut surfaces: Surfaces = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for item in data_lines(file, text, "phrase") {
        let (n, cols) = item?;
        if cols.len() < 2 {
            return Err(format!(
                "{file}:{n}: expected at least 2 columns (phrase, kind), got {}",
                cols.len()
            ));
        }
        let phrase = clean_phrase(cols[0]);
        if phrase.is_empty() {
            return Err(format!("{file}:{n}: empty phrase"));
        }
        let kind = MarkerKind::parse(cols[1].trim()).ok_or_else(|| {
            format!("{file}:{n}: unknown kind {:?} (expected prescriptive, evaluative, editorial or neutral)", cols[1])
        })?;
        if let Some(first) = seen.insert(phrase.to_lowercase(), n) {
            return Err(format!(
                "{file}:{n}: {phrase:?} is already listed at {file}:{first}"
            ));
        }
        surfaces.push((phrase.clone(), markers.len()));
        markers.push(Marker { phrase, kind });
    }
    Ok((markers, surfaces))
}

/// A phrase as the normalized text would spell it: straight apostrophes,
/// single spaces, no outer space.
fn clean_phrase(raw: &str) -> String {
    raw.replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The surface forms of an entry: the term, then the `forms` column
/// (`-` for none, `+s` for the regular plural of the last word).
fn expand_forms(term: &str, forms: &str) -> Result<Vec<String>, String> {
    let mut out = vec![term.to_string()];
    for form in forms.split('|').map(str::trim) {
        match form {
            "" | "-" => {}
            "+s" => out.push(plural(term)),
            f if f.starts_with('+') => {
                return Err(format!("unknown form generator {f:?} (only +s)"))
            }
            f => out.push(clean_phrase(f)),
        }
    }
    let mut unique: Vec<String> = Vec::with_capacity(out.len());
    for f in out {
        if !unique.iter().any(|u| u.eq_ignore_ascii_case(&f)) {
            unique.push(f);
        }
    }
    Ok(unique)
}

/// Regular English plural (or third person singular) of the last word.
fn plural(phrase: &str) -> String {
    let lower = phrase.to_ascii_lowercase();
    if lower.ends_with(['s', 'x', 'z']) || lower.ends_with("ch") || lower.ends_with("sh") {
        format!("{phrase}es")
    } else if lower.ends_with('y') && !lower[..lower.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{}ies", &phrase[..phrase.len() - 1])
    } else {
        format!("{phrase}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Loading the lexicon does not build its own scanner (the pipeline
    /// never uses it); the first stand-alone search does, and finds what
    /// the joint walk's occurrences give.
    #[test]
    fn the_own_scanner_is_built_on_first_use() {
        let lex = FramingLexicon::builtin().unwrap();
        assert!(lex.phrases.automaton.get().is_none());
        let text = "The regime's brutal crackdown was, frankly, a disgrace.";
        let found = lex.phrases.find(text);
        assert!(lex.phrases.automaton.get().is_some());
        assert!(!found[0].is_empty(), "no loaded term found");
        let joint = PhraseScanner::new(&lex.phrases.patterns).unwrap();
        let mut occurrences = Vec::new();
        joint.occurrences(text.as_bytes(), |s, e, p| occurrences.push((s, e, p)));
        assert_eq!(lex.phrases.choose(text, occurrences), found);
    }

    /// The two side-by-side walks report the occurrences the crate's own
    /// overlapping search reports, wherever the middle of the text falls:
    /// every phrase of both lists, in texts cut at every length, so phrases
    /// start before, at and after the middle and straddle it.
    #[test]
    fn two_walks_report_every_overlapping_occurrence() {
        let lex = FramingLexicon::builtin().unwrap();
        let phrases = &lex.phrases;
        let (_, loaded) = parse_framing(FRAMING_FILE, FRAMING_TSV).unwrap();
        let (_, opinion) = parse_opinion(OPINION_FILE, OPINION_TSV).unwrap();
        let crate_search = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases_of(phrases))
            .unwrap();
        let all: String = loaded
            .iter()
            .chain(opinion.iter())
            .map(|(s, _)| format!("{s} x{}y", s.to_uppercase()))
            .collect::<Vec<_>>()
            .join(" ");
        let sample = "The regime must go, the terrorists said: clearly a bloodbath, \
                      an obviously brutal régime massacre should never be whitewashed.";
        let mut texts: Vec<String> = vec![all];
        for end in 0..=sample.len() {
            if sample.is_char_boundary(end) {
                texts.push(sample[..end].to_string());
            }
        }
        // Each phrase with the middle of the text at each of its bytes.
        for (surface, _) in loaded.iter().chain(opinion.iter()) {
            for k in 0..=surface.len() {
                let before = 100;
                let after = before + 2 * k - surface.len();
                texts.push(format!(
                    "{}{surface}{}",
                    " ".repeat(before),
                    " ".repeat(after)
                ));
            }
        }
        for text in &texts {
            let mut ours = Vec::new();
            phrases
                .automaton()
                .occurrences(text.as_bytes(), |start, end, pattern| {
                    ours.push((start, end, pattern))
                });
            let mut theirs: Vec<(usize, usize, usize)> = crate_search
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            ours.sort_unstable();
            theirs.sort_unstable();
            assert!(!text.is_empty() || ours.is_empty());
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    /// The patterns of the lists' automaton, in pattern order.
    fn phrases_of(phrases: &PhraseLists) -> Vec<String> {
        phrases.patterns.clone()
    }

    /// One list's matches as `PhraseLists::find` first found them: its own
    /// leftmost-longest automaton, searched again from one byte after a
    /// match that fails its word boundary.
    fn find_one_list(surfaces: &Surfaces, text: &str) -> Vec<PhraseHit> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(surfaces.iter().map(|(s, _)| s.as_str()))
            .unwrap();
        let mut hits = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let input = aho_corasick::Input::new(text).span(at..text.len());
            let Some(m) = ac.find(input) else {
                break;
            };
            if is_word_bounded(text, m.start(), m.end()) {
                hits.push(PhraseHit {
                    start: m.start(),
                    end: m.end(),
                    entry: surfaces[m.pattern().as_usize()].1,
                });
                at = m.end();
            } else {
                at = m.start() + 1;
            }
        }
        hits
    }

    #[test]
    fn one_walk_finds_what_each_list_finds_alone() {
        let (_, loaded) = parse_framing(FRAMING_FILE, FRAMING_TSV).unwrap();
        let (_, opinion) = parse_opinion(OPINION_FILE, OPINION_TSV).unwrap();
        // A phrase in both lists, and phrases that overlap across lists.
        let (_, mine) = parse_framing(
            "f.tsv",
            "term\tcategory\tforms\nclearly wrong\tdelegitimizing_label\t-\nwrong move\tdelegitimizing_label\t-\nmust\tdelegitimizing_label\t-\n",
        )
        .unwrap();
        let (_, theirs) = parse_opinion(
            "o.tsv",
            "phrase\tkind\nclearly\tevaluative\nmust\tprescriptive\nmove on\tevaluative\nclearly wrong move\tevaluative\n",
        )
        .unwrap();
        let mut texts: Vec<String> = [
            "",
            "The regime's regimented brutality, brutally, was a bloodbath!",
            "Terrorists and terror armies slammed; SLAMS; the anti-regime ïregime régime",
            "We must act. It is clearly wrong, obviously. Should they? shouldn't",
            "It was clearly wrong move on; a clearly wrong movement; MUST, mustn't",
        ]
        .map(String::from)
        .to_vec();
        // Every surface alone, after and before a letter, in capitals,
        // hyphenated, and run into the next surface.
        for list in [&loaded, &opinion] {
            texts.push(
                list.iter()
                    .map(|(s, _)| format!("{s} x{s} {s}x {} {s}-{s}. é{s} {s}é", s.to_uppercase()))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            texts.push(
                list.iter()
                    .map(|(s, _)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        for (a, b) in [(&loaded, &opinion), (&mine, &theirs)] {
            let lists = PhraseLists::build(["f.tsv", "o.tsv"], [a, b]).unwrap();
            for text in &texts {
                let [got_a, got_b] = lists.find(text);
                assert_eq!(got_a, find_one_list(a, text), "first list: {text:?}");
                assert_eq!(got_b, find_one_list(b, text), "second list: {text:?}");
                // The choice does not depend on the order of the occurrences
                // (a joint scan with other lists reports them in another).
                let mut occurrences = Vec::new();
                lists
                    .automaton()
                    .occurrences(text.as_bytes(), |s, e, p| occurrences.push((s, e, p)));
                occurrences.reverse();
                occurrences.push((0, 1, usize::MAX));
                assert_eq!(lists.choose(text, occurrences), [got_a, got_b], "{text:?}");
            }
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("regime"), "regimes");
        assert_eq!(plural("proxy"), "proxies");
        assert_eq!(plural("atrocity"), "atrocities");
        assert_eq!(plural("terror army"), "terror armies");
        assert_eq!(plural("bloodbath"), "bloodbaths");
        assert_eq!(plural("crash"), "crashes");
        assert_eq!(plural("day"), "days");
    }

    #[test]
    fn forms_column() {
        assert_eq!(
            expand_forms("regime", "+s").unwrap(),
            vec!["regime", "regimes"]
        );
        assert_eq!(
            expand_forms("slams", "slam|slammed").unwrap(),
            vec!["slams", "slam", "slammed"]
        );
        assert_eq!(expand_forms("evil", "-").unwrap(), vec!["evil"]);
        assert_eq!(
            expand_forms("brutal", "-|brutally").unwrap(),
            vec!["brutal", "brutally"]
        );
        assert!(expand_forms("x", "+ed").is_err());
    }

    #[test]
    fn builtin_loads_and_covers_every_category() {
        let lex = FramingLexicon::builtin().unwrap();
        for c in CATEGORIES {
            assert!(
                lex.entries().iter().any(|e| e.category == *c),
                "no entry for {c}"
            );
        }
        assert!(lex.markers().len() > 50);
    }

    #[test]
    fn errors_name_file_and_line() {
        let ok_opinion = "phrase\tkind\nmust\tprescriptive\n";
        let err = FramingLexicon::from_tsv(
            "f.tsv",
            "# c\nterm\tcategory\tforms\nregime\tbogus\t-\n",
            "o.tsv",
            ok_opinion,
        )
        .unwrap_err();
        assert!(err.starts_with("f.tsv:3: unknown category"), "{err}");
        let err = FramingLexicon::from_tsv(
            "f.tsv",
            "term\tcategory\tforms\nregime\n",
            "o.tsv",
            ok_opinion,
        )
        .unwrap_err();
        assert!(
            err.starts_with("f.tsv:2: expected at least 3 columns"),
            "{err}"
        );
        let err = FramingLexicon::from_tsv("f.tsv", "oops\n", "o.tsv", ok_opinion).unwrap_err();
        assert!(err.starts_with("f.tsv:1: expected the header"), "{err}");
        let err = FramingLexicon::from_tsv(
            "f.tsv",
            "term\tcategory\tforms\nregime\tdelegitimizing_label\t+s\nregimes\tneutral\t-\n",
            "o.tsv",
            ok_opinion,
        )
        .unwrap_err();
        assert!(
            err.starts_with("f.tsv:3: \"regimes\" is already listed at f.tsv:2"),
            "{err}"
        );
        let err = FramingLexicon::from_tsv(
            "f.tsv",
            "term\tcategory\tforms\n",
            "o.tsv",
            "phrase\tkind\nmust\tloud\n",
        )
        .unwrap_err();
        assert!(err.starts_with("o.tsv:2: unknown kind"), "{err}");
    }

    #[test]
    fn word_boundaries() {
        assert!(is_word_bounded("the regime.", 4, 10));
        assert!(!is_word_bounded("regimented", 0, 6));
        assert!(is_word_bounded("anti-regime", 5, 11));
        assert!(!is_word_bounded("éregime", 2, 8));
    }
}
