//! The claim ledger: claims from many documents grouped by the proposition
//! they make, with contradictions flagged.
//!
//! Each claim has a *polarity*: it affirms its proposition unless its stance
//! is deny, its content is negated ("said it had not enriched uranium") or
//! its content rebuts something ("the assessment was flat-out wrong"; the
//! rebuttal words are data, `data/lexicons/ledger.tsv`). A claim's words are
//! the content words of its content (lower-cased, light suffix stripping,
//! function words, light words such as "take place" and negations left out).
//!
//! Two claims are linked (are about the same proposition) when
//!
//! - their words overlap enough anywhere in the corpus (Jaccard similarity at
//!   or above [`SAME_PROPOSITION`]); or
//! - one of them does not affirm, their speakers differ, they are in the
//!   same document or the same story (`LedgerDoc::story`, given by the
//!   caller), and they share [`DENIAL_COVER`] of the smaller word set: a
//!   denial is short ("no such meeting had taken place") and answers a
//!   longer report. Not when one content holds the other (one statement
//!   reported at two levels), nor when one of them has a single content
//!   word and is no explicit denial; or
//! - one of them rebuts, and what it calls wrong (the words before the
//!   rebuttal) is named in the other claim's sentence, in the same document
//!   or story (needs the document text). When what it calls wrong is only a
//!   generic noun for something said ("the report was a fabrication"; the
//!   `generic` rows of the word lists), the other claim must be that report
//!   itself: the noun is in its own cue, speaker or content ("the Times
//!   reported …"), not merely elsewhere in its sentence ("The reported
//!   meeting comes as Trump vowed …" is Trump's vow, no report).
//!
//! Groups are the connected components of that relation. A group is
//! *contradicted* when it holds an affirming and a non-affirming claim by
//! different parties (a state and its sectors, `IRN` and `IRNGOV`, are one
//! party), or by the same party in different documents (a reversal).
//!
//! Deterministic, no I/O, and quadratic only within claims that share a
//! content word, a document or a story.

use sitrep_record::{ClaimRecord, Stance};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Minimum Jaccard similarity of two contents' word sets for the same proposition.
pub const SAME_PROPOSITION: f64 = 0.5;

/// Share of the smaller word set a denial must share with a claim of the
/// same document or story to answer it.
pub const DENIAL_COVER: f64 = 0.6;

const LEDGER_TSV: &str = include_str!("../../../data/lexicons/ledger.tsv");

/// The ledger's word lists: rebuttal phrases, light words and generic nouns
/// for something said.
#[derive(Debug, Clone, Default)]
pub struct LedgerLexicon {
    /// Rebuttal phrases as lower-case word sequences.
    rebuttals: Vec<Vec<String>>,
    /// Words left out of propositions.
    light: HashSet<String>,
    /// Function words (articles, pronouns, auxiliaries, prepositions):
    /// left out of propositions and of a claim's sentence words.
    function: HashSet<String>,
    /// Negation words ("not", "never"; any word in "n't" too): they make
    /// a proposition negated and are no words of it.
    negations: HashSet<String>,
    /// Stems of generic nouns for something said ("report", "claim"): a
    /// rebuttal naming only these must meet the report itself.
    generic: HashSet<String>,
}

impl LedgerLexicon {
    /// The built-in lists (`data/lexicons/ledger.tsv`).
    pub fn builtin() -> LedgerLexicon {
        // The built-in file is tested to parse.
        LedgerLexicon::parse(LEDGER_TSV, "data/lexicons/ledger.tsv").unwrap_or_default()
    }

    /// Parses a ledger TSV (`phrase<TAB>kind`, `#` comments, a header row).
    pub fn parse(tsv: &str, name: &str) -> Result<LedgerLexicon, String> {
        let mut lex = LedgerLexicon::default();
        lex.extend_from(tsv, name)?;
        Ok(lex)
    }

    /// Adds the rows of another ledger TSV.
    pub fn extend_from(&mut self, tsv: &str, name: &str) -> Result<(), String> {
        let mut header = false;
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !header {
                header = true;
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 {
                return Err(format!("{name}:{}: expected 2 columns", n + 1));
            }
            let words: Vec<String> = tokens(cols[0]).collect();
            if words.is_empty() {
                return Err(format!("{name}:{}: empty phrase", n + 1));
            }
            match cols[1].trim() {
                "rebuttal" => self.rebuttals.push(words),
                "light" => self.light.extend(words),
                "function" => self.function.extend(words),
                "negation" => self.negations.extend(words),
                "generic" => self.generic.extend(words.iter().map(|w| stem(w))),
                k => return Err(format!("{name}:{}: unknown kind {k:?}", n + 1)),
            }
        }
        Ok(())
    }
}

/// One document's claims and what the ledger may know about it.
#[derive(Debug, Clone, Copy)]
pub struct LedgerDoc<'a> {
    pub claims: &'a [ClaimRecord],
    /// The normalized text (claim offsets point into it): lets a rebuttal
    /// be matched against the whole sentence of another claim.
    pub text: Option<&'a str>,
    /// The story the document belongs to (documents reporting one story);
    /// denials and rebuttals are matched across documents of one story.
    pub story: Option<usize>,
}

/// One claim in the ledger: which document and which claim of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRef {
    /// Index of the document in the input slice.
    pub doc: usize,
    /// The claim's id within its document (`c1`, …).
    pub claim: String,
    /// True when the claim affirms its proposition, false when it denies,
    /// is negated or rebuts it.
    pub affirms: bool,
}

/// Claims about one proposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimGroup {
    /// Members in input order (document, then claim order).
    pub members: Vec<ClaimRef>,
    /// The content words every member shares (as first written).
    pub shared_words: Vec<String>,
    /// Words at least two members share, most shared first (as first
    /// written): what the group is about.
    pub topic: Vec<String>,
    /// Some member affirms and some member of another party (or the same
    /// party in another document) does not.
    pub contradicted: bool,
    /// The same party affirms in one document and not in another.
    pub reversal: bool,
}

fn is_negation(word: &str, lex: &LedgerLexicon) -> bool {
    lex.negations.contains(word) || word.ends_with("n't")
}

/// Whether a proposition whose negation words stand at these token
/// positions reads negated. Each negation counts once, so coordinated
/// denials ("had never shelled the post and never would") stay negated;
/// only two negations next to each other ("not no", "never didn't") cancel
/// as a double negative.
fn reads_negated(positions: &[usize]) -> bool {
    let mut remaining = 0;
    let mut i = 0;
    while i < positions.len() {
        if i + 1 < positions.len() && positions[i + 1] - positions[i] <= 2 {
            i += 2;
        } else {
            remaining += 1;
            i += 1;
        }
    }
    remaining > 0
}

fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
}

/// A light suffix stripper: "forces"/"force", "fired"/"fire" and
/// "meetings"/"meeting" meet.
fn stem(w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.ends_with("ss") {
        return w.to_string();
    }
    for suf in ["ings", "ing", "ied", "ies", "ed", "es", "s", "e"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.chars().count() >= 3 {
                let tail = if suf == "ied" || suf == "ies" {
                    "y"
                } else {
                    ""
                };
                return format!("{s}{tail}");
            }
        }
    }
    w.to_string()
}

/// What the ledger reads from one claim.
struct Reading {
    /// stem → the word as first written
    words: BTreeMap<String, String>,
    negated: bool,
    /// The stems before a rebuttal phrase (empty when none).
    rebutted: BTreeSet<String>,
    rebuts: bool,
}

fn read(content: &str, lex: &LedgerLexicon) -> Reading {
    let toks: Vec<String> = tokens(content).collect();
    let mut rebut_at = None;
    'outer: for i in 0..toks.len() {
        for phrase in &lex.rebuttals {
            if toks[i..].starts_with(phrase) {
                rebut_at = Some(i);
                break 'outer;
            }
        }
    }
    let mut words = BTreeMap::new();
    let mut before: Vec<String> = Vec::new();
    let negations: Vec<usize> = (0..toks.len())
        .filter(|&i| is_negation(&toks[i], lex))
        .collect();
    let negated = reads_negated(&negations);
    for (i, w) in toks.iter().enumerate() {
        if is_negation(w, lex) {
            continue;
        }
        if w.chars().count() < 3 || lex.function.contains(w) || lex.light.contains(w) {
            continue;
        }
        if rebut_at.is_some_and(|r| i >= r && i < r + 4) {
            continue; // the rebuttal phrase itself is no part of the proposition
        }
        let s = stem(w);
        if rebut_at.is_some_and(|r| i < r) {
            before.push(s.clone());
        }
        words.entry(s).or_insert_with(|| w.clone());
    }
    // What is called wrong is named just before the rebuttal.
    let rebutted = before[before.len().saturating_sub(4)..]
        .iter()
        .cloned()
        .collect();
    Reading {
        words,
        negated,
        rebuts: rebut_at.is_some(),
        rebutted,
    }
}

/// The stems of the sentence a claim sits in, from the sentence's start to
/// the end of the content.
fn sentence_words(text: &str, c: &ClaimRecord, lex: &LedgerLexicon) -> BTreeSet<String> {
    let mut from = c.cue.start.min(c.content.start);
    if let Some(s) = &c.speaker.span {
        from = from.min(s.start);
    }
    let to = c.content.end.max(c.cue.end).min(text.len());
    let from = from.min(to);
    let (Some(before), Some(_)) = (text.get(..from), text.get(from..to)) else {
        return BTreeSet::new();
    };
    let start = sentence_start(before);
    let span = text.get(start..to).unwrap_or("");
    tokens(span)
        .filter(|w| {
            w.chars().count() >= 3
                && !lex.function.contains(w)
                && !lex.negations.contains(w)
                && !lex.light.contains(w)
        })
        .map(|w| stem(&w))
        .collect()
}

/// Where the sentence holding the end of `before` starts: after the last
/// `.`, `!` or `?` that follows a lower-case letter, digit or closing quote
/// and precedes white space, or after a line break.
fn sentence_start(before: &str) -> usize {
    let b = before.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        match b[i] {
            b'\n' => return i + 1,
            b'.' | b'!' | b'?' if i + 1 < b.len() && b[i + 1].is_ascii_whitespace() && i > 0 => {
                let p = b[i - 1];
                if p.is_ascii_lowercase() || p.is_ascii_digit() || p == b'"' || p == b')' {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    0
}

/// Who speaks, as a party: a state's id and its sectors' ids are one party.
fn party(c: &ClaimRecord) -> Option<String> {
    if let Some(a) = &c.speaker.actor {
        let upper = a.len() >= 3 && a.chars().all(|ch| ch.is_ascii_uppercase());
        return Some(if upper { a[..3].to_string() } else { a.clone() });
    }
    c.speaker
        .text
        .as_deref()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .map(|t| format!("text:{t}"))
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], i: usize, j: usize) {
    let (a, b) = (find(parent, i), find(parent, j));
    if a != b {
        parent[a.max(b)] = a.min(b);
    }
}

/// Groups the claims of several documents by proposition. `docs[i]` is the
/// claims of document `i`. Only groups of two or more claims are returned,
/// in the order of their first member. The same as [`ledger`] with the
/// built-in lexicon and no text or stories.
pub fn group_claims(docs: &[&[ClaimRecord]]) -> Vec<ClaimGroup> {
    let docs: Vec<LedgerDoc<'_>> = docs
        .iter()
        .map(|c| LedgerDoc {
            claims: c,
            text: None,
            story: None,
        })
        .collect();
    ledger(&docs, &LedgerLexicon::builtin())
}

struct Item {
    r: ClaimRef,
    /// The claim's stance is deny (an explicit denial).
    denies: bool,
    /// The content's byte range in its document.
    span: (usize, usize),
    reading: Reading,
    party: Option<String>,
    sentence: BTreeSet<String>,
    /// Stems of the claim's own cue, speaker and content.
    own: BTreeSet<String>,
}

/// Groups the claims of several documents by proposition (see the module
/// documentation). Only groups of two or more claims are returned, in the
/// order of their first member.
pub fn ledger(docs: &[LedgerDoc<'_>], lex: &LedgerLexicon) -> Vec<ClaimGroup> {
    let mut items: Vec<Item> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for c in doc.claims {
            let reading = read(&c.content.text, lex);
            if reading.words.is_empty() {
                continue;
            }
            let affirms = c.stance == Stance::Assert && !reading.negated && !reading.rebuts;
            let sentence = match doc.text {
                Some(t) => sentence_words(t, c, lex),
                None => reading.words.keys().cloned().collect(),
            };
            let speaker = c.speaker.text.as_deref().unwrap_or("");
            let own = [c.cue.text.as_str(), speaker, c.content.text.as_str()]
                .into_iter()
                .flat_map(tokens)
                .map(|w| stem(&w))
                .collect();
            items.push(Item {
                own,
                r: ClaimRef {
                    doc: d,
                    claim: c.id.clone(),
                    affirms,
                },
                denies: c.stance == Stance::Deny,
                span: (c.content.start, c.content.end),
                party: party(c),
                reading,
                sentence,
            });
        }
    }
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();

    // Candidate pairs: a shared word, a shared document or a shared story.
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_scope: HashMap<(bool, usize), Vec<usize>> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        for w in it.reading.words.keys() {
            index.entry(w.as_str()).or_default().push(i);
        }
        by_scope.entry((false, it.r.doc)).or_default().push(i);
        if let Some(s) = docs[it.r.doc].story {
            by_scope.entry((true, s)).or_default().push(i);
        }
    }
    for i in 0..n {
        let mut candidates: BTreeSet<usize> = BTreeSet::new();
        for w in items[i].reading.words.keys() {
            candidates.extend(index[w.as_str()].iter().copied().filter(|&j| j > i));
        }
        candidates.extend(
            by_scope[&(false, items[i].r.doc)]
                .iter()
                .copied()
                .filter(|&j| j > i),
        );
        if let Some(s) = docs[items[i].r.doc].story {
            candidates.extend(by_scope[&(true, s)].iter().copied().filter(|&j| j > i));
        }
        for j in candidates {
            if linked(&items[i], &items[j], docs, lex) {
                union(&mut parent, i, j);
            }
        }
    }

    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        match slot.get(&r) {
            Some(&g) => groups[g].push(i),
            None => {
                slot.insert(r, groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
        .into_iter()
        .filter(|m| m.len() >= 2)
        .map(|m| summarize(&items, &m))
        .collect()
}

/// One content lies inside the other's in the same document (one statement
/// reported at two levels), unless both carry the same content and one is an
/// explicit denial of it: "Israel said Y, an accusation Tehran rejected".
fn nested(a: &Item, b: &Item) -> bool {
    let inside = |x: &Item, y: &Item| x.span.0 <= y.span.0 && y.span.1 <= x.span.1;
    a.r.doc == b.r.doc
        && (inside(a, b) || inside(b, a))
        && !(a.span == b.span && a.denies != b.denies)
}

fn linked(a: &Item, b: &Item, docs: &[LedgerDoc<'_>], lex: &LedgerLexicon) -> bool {
    let (wa, wb) = (&a.reading.words, &b.reading.words);
    let shared = wa.keys().filter(|w| wb.contains_key(*w)).count();
    let union = wa.len() + wb.len() - shared;
    if union > 0 && shared as f64 / union as f64 >= SAME_PROPOSITION {
        return true;
    }
    let same_doc = a.r.doc == b.r.doc;
    let same_story =
        !same_doc && docs[a.r.doc].story.is_some() && docs[a.r.doc].story == docs[b.r.doc].story;
    if !(same_doc || same_story) || a.party.is_some() && a.party == b.party {
        return false;
    }
    if a.r.affirms == b.r.affirms && !a.reading.rebuts && !b.reading.rebuts {
        return false;
    }
    // A rebuttal and the claim whose sentence names what it calls wrong.
    let rebuts = |x: &Item, y: &Item| {
        let rebutted = &x.reading.rebutted;
        // Only generic nouns ("the report was a fabrication"): the other
        // claim must be that report, the noun in its own words.
        let named_in = if rebutted.iter().all(|w| lex.generic.contains(w)) {
            &y.own
        } else {
            &y.sentence
        };
        x.reading.rebuts && y.r.affirms && rebutted.iter().any(|w| named_in.contains(w))
    };
    if rebuts(a, b) || rebuts(b, a) {
        return true;
    }
    if a.r.affirms == b.r.affirms {
        return false;
    }
    // One statement reported at two levels ("X said Y said Z") is no
    // dispute; one content asserted and denied ("X said Y, an accusation Z
    // rejected") is.
    if same_doc && nested(a, b) {
        return false;
    }
    // A one-word content says too little to be matched, unless it is an
    // explicit denial ("no such meeting had taken place").
    let vague = |x: &Item| x.reading.words.len() < 2 && !x.denies;
    if vague(a) || vague(b) {
        return false;
    }
    let smaller = wa.len().min(wb.len()).max(1) as f64;
    shared >= 1 && shared as f64 / smaller >= DENIAL_COVER
}

fn summarize(items: &[Item], m: &[usize]) -> ClaimGroup {
    let mut shared: BTreeSet<&String> = items[m[0]].reading.words.keys().collect();
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    let mut surface: HashMap<&String, &String> = HashMap::new();
    for &i in m {
        let w = &items[i].reading.words;
        shared.retain(|s| w.contains_key(*s));
        for (s, f) in w {
            *counts.entry(s).or_default() += 1;
            surface.entry(s).or_insert(f);
        }
    }
    let mut topic: Vec<(&String, usize)> = counts.into_iter().filter(|(_, c)| *c >= 2).collect();
    topic.sort_by_key(|t| std::cmp::Reverse(t.1));
    let mut contradicted = false;
    let mut reversal = false;
    for &i in m {
        for &j in m {
            let (x, y) = (&items[i], &items[j]);
            if !x.r.affirms || y.r.affirms {
                continue;
            }
            if nested(x, y) {
                continue; // one statement reported at two levels
            }
            let same_party = x.party.is_some() && x.party == y.party;
            if !same_party {
                contradicted = true;
            } else if x.r.doc != y.r.doc {
                contradicted = true;
                reversal = true;
            }
        }
    }
    ClaimGroup {
        members: m.iter().map(|&i| items[i].r.clone()).collect(),
        shared_words: shared.into_iter().map(|s| surface[s].clone()).collect(),
        topic: topic.into_iter().map(|(s, _)| surface[s].clone()).collect(),
        contradicted,
        reversal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses_and_bad_rows_are_named() {
        let lex = LedgerLexicon::parse(LEDGER_TSV, "ledger.tsv").unwrap();
        assert!(lex.rebuttals.iter().any(|p| p == &["wrong"]));
        assert!(lex.light.contains("place"));
        let err = LedgerLexicon::parse("phrase\tkind\nfoo\tbar\n", "x.tsv").unwrap_err();
        assert!(err.contains("x.tsv:2") && err.contains("bar"), "{err}");
    }

    #[test]
    fn stems_meet_and_sentences_start_after_real_stops() {
        assert_eq!(stem("forces"), stem("force"));
        assert_eq!(stem("fired"), stem("fire"));
        assert_eq!(stem("meetings"), stem("meeting"));
        assert_eq!(stem("process"), "process");
        let t = "It rained. A report by the U.S. agency found that";
        assert_eq!(t[sentence_start(&t[..19])..19].trim(), "A report");
        assert_eq!(sentence_start(&t[..35]), 10, "U.S. is no sentence end");
        assert_eq!(sentence_start("one. Two"), 4);
        assert_eq!(sentence_start("line\nTwo"), 5);
    }

    #[test]
    fn rebuttal_names_what_it_calls_wrong() {
        let r = read(
            "the assessment was flat-out wrong and leaked",
            &LedgerLexicon::builtin(),
        );
        assert!(r.rebuts);
        assert!(r.rebutted.contains(&stem("assessment")));
        assert!(!r.words.contains_key("wrong"));
    }

    use sitrep_record::{Span, Speaker};

    /// A claim on `text`: the speaker's words, the cue and the content are
    /// found in it; `actor` is the speaker's actor id.
    fn claim(
        id: &str,
        text: &str,
        actor: &str,
        cue: &str,
        content: &str,
        deny: bool,
    ) -> ClaimRecord {
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::of(text, i, i + s.len())
        };
        ClaimRecord {
            id: id.into(),
            speaker: Speaker {
                actor: Some(actor.into()),
                text: Some(actor.into()),
                span: None,
            },
            cue: at(cue),
            content: at(content),
            stance: if deny { Stance::Deny } else { Stance::Assert },
            hedged: false,
            audience: None,
            via: Vec::new(),
        }
    }

    fn doc<'a>(claims: &'a [ClaimRecord], text: &'a str, story: Option<usize>) -> LedgerDoc<'a> {
        LedgerDoc {
            claims,
            text: Some(text),
            story,
        }
    }

    #[test]
    fn a_short_denial_answers_a_report_of_the_same_story_only() {
        let lex = LedgerLexicon::builtin();
        let t1 = "The envoy met the billionaire at a secret meeting in New York, officials said.";
        let a = [claim(
            "c1",
            t1,
            "officials",
            "said",
            "The envoy met the billionaire at a secret meeting in New York",
            false,
        )];
        let t2 = "The ministry said no such meeting had taken place.";
        let b = [claim(
            "c1",
            t2,
            "IRNGOV",
            "said",
            "no such meeting had taken place",
            true,
        )];
        let same_story = ledger(&[doc(&a, t1, Some(0)), doc(&b, t2, Some(0))], &lex);
        assert_eq!(same_story.len(), 1, "{same_story:#?}");
        assert!(same_story[0].contradicted && !same_story[0].reversal);
        assert!(
            same_story[0].topic.is_empty() || same_story[0].topic.contains(&"meeting".to_string())
        );
        let unrelated = ledger(&[doc(&a, t1, Some(0)), doc(&b, t2, Some(1))], &lex);
        assert!(unrelated.is_empty(), "{unrelated:#?}");
    }

    #[test]
    fn a_state_and_its_government_are_one_party_and_nesting_is_no_dispute() {
        let lex = LedgerLexicon::builtin();
        let t = "Iran said its government denied that the drones were supplied to the rebels by Tehran.";
        let claims = [
            claim(
                "c1",
                t,
                "IRN",
                "said",
                "its government denied that the drones were supplied to the rebels by Tehran",
                false,
            ),
            claim(
                "c2",
                t,
                "IRNGOV",
                "denied",
                "the drones were supplied to the rebels by Tehran",
                true,
            ),
        ];
        let groups = ledger(&[doc(&claims, t, None)], &lex);
        assert!(groups.iter().all(|g| !g.contradicted), "{groups:#?}");
        // "Washington said Iran denied X": Washington does not assert X.
        let t =
            "Washington said Iran denied that the drones were supplied to the rebels by Tehran.";
        let claims = [
            claim(
                "c1",
                t,
                "USA",
                "said",
                "Iran denied that the drones were supplied to the rebels by Tehran",
                false,
            ),
            claim(
                "c2",
                t,
                "IRN",
                "denied",
                "the drones were supplied to the rebels by Tehran",
                true,
            ),
        ];
        let groups = ledger(&[doc(&claims, t, None)], &lex);
        assert_eq!(groups.len(), 1, "linked by their words: {groups:#?}");
        assert!(!groups[0].contradicted, "{groups:#?}");
    }

    #[test]
    fn the_same_party_reversing_itself_across_documents_is_a_reversal() {
        let lex = LedgerLexicon::builtin();
        let t1 = "The ministry said the pipeline deal with Ankara was signed in March.";
        let a = [claim(
            "c1",
            t1,
            "IRNGOV",
            "said",
            "the pipeline deal with Ankara was signed in March",
            false,
        )];
        let t2 = "The ministry said the pipeline deal with Ankara was not signed in March.";
        let b = [claim(
            "c1",
            t2,
            "IRN",
            "said",
            "the pipeline deal with Ankara was not signed in March",
            false,
        )];
        let groups = ledger(&[doc(&a, t1, None), doc(&b, t2, None)], &lex);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert!(groups[0].contradicted && groups[0].reversal);
        assert!(!groups[0].members[1].affirms);
    }

    #[test]
    fn a_rebuttal_disputes_the_claim_whose_sentence_names_it() {
        let lex = LedgerLexicon::builtin();
        let t = "A leaked assessment by the agency found that the plant was barely damaged. \
                 The spokeswoman said the assessment was flat-out wrong.";
        let claims = [
            claim(
                "c1",
                t,
                "agency",
                "found",
                "the plant was barely damaged",
                false,
            ),
            claim(
                "c2",
                t,
                "spokeswoman",
                "said",
                "the assessment was flat-out wrong",
                false,
            ),
        ];
        let groups = ledger(&[doc(&claims, t, None)], &lex);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert!(groups[0].contradicted);
        assert!(groups[0].members[0].affirms && !groups[0].members[1].affirms);
        // Without the text the rebuttal cannot see the other claim's subject.
        let bare = ledger(
            &[LedgerDoc {
                claims: &claims,
                text: None,
                story: None,
            }],
            &lex,
        );
        assert!(bare.is_empty(), "{bare:#?}");
    }

    #[test]
    fn a_rebuttal_of_a_generic_report_needs_the_report_itself() {
        let lex = LedgerLexicon::builtin();
        let t1 = "The envoy met the billionaire for an hour, the Times reported. \
                  The reported meeting comes as the president vowed to stop the program.";
        let a = [
            claim(
                "c1",
                t1,
                "Times",
                "reported",
                "The envoy met the billionaire for an hour",
                false,
            ),
            claim("c2", t1, "president", "vowed", "to stop the program", false),
        ];
        let t2 = "The spokesman said the report was a fabrication.";
        let b = [claim(
            "c1",
            t2,
            "spokesman",
            "said",
            "the report was a fabrication",
            false,
        )];
        let groups = ledger(&[doc(&a, t1, Some(0)), doc(&b, t2, Some(0))], &lex);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        let members: Vec<(usize, &str)> = groups[0]
            .members
            .iter()
            .map(|m| (m.doc, m.claim.as_str()))
            .collect();
        // The report ("the Times reported") is disputed; the vow, whose
        // sentence only mentions "the reported meeting", is not.
        assert_eq!(members, [(0, "c1"), (1, "c1")]);
        // A specific noun still reaches a claim whose sentence only names it
        // ("The reported meeting comes as …").
        let t3 = "The spokesman said the meeting was a fabrication.";
        let c = [claim(
            "c1",
            t3,
            "spokesman",
            "said",
            "the meeting was a fabrication",
            false,
        )];
        let groups = ledger(&[doc(&a, t1, Some(0)), doc(&c, t3, Some(0))], &lex);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert!(
            groups[0]
                .members
                .iter()
                .any(|m| (m.doc, m.claim.as_str()) == (0, "c2")),
            "{groups:#?}"
        );
    }

    #[test]
    fn one_content_asserted_and_rejected_is_a_dispute_a_fragment_is_not() {
        let lex = LedgerLexicon::builtin();
        let t = "Ankara said Damascus had shelled the border post, an accusation Syria rejected.";
        let claims = [
            claim(
                "c1",
                t,
                "TUR",
                "said",
                "Damascus had shelled the border post",
                false,
            ),
            claim(
                "c2",
                t,
                "SYR",
                "rejected",
                "Damascus had shelled the border post",
                true,
            ),
        ];
        let groups = ledger(&[doc(&claims, t, None)], &lex);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert!(groups[0].contradicted, "{groups:#?}");
        // A part of a statement read again as a claim of its own is not set
        // against the statement, even when its words alone read negated.
        let t = "He said Syria had never shelled the border post and never would.";
        let claims = [
            claim(
                "c1",
                t,
                "bashar-al-assad",
                "said",
                "Syria had never shelled the border post and never would",
                false,
            ),
            claim(
                "c2",
                t,
                "SYR",
                "shelled",
                "the border post and never would",
                false,
            ),
        ];
        let groups = ledger(&[doc(&claims, t, None)], &lex);
        assert!(groups.iter().all(|g| !g.contradicted), "{groups:#?}");
    }

    #[test]
    fn coordinated_negations_do_not_cancel() {
        let lex = LedgerLexicon::builtin();
        let both = read(
            "Syria had never shelled the border post and never would",
            &lex,
        );
        assert!(both.negated);
        let one = read("Iran has not enriched uranium beyond the limit", &lex);
        assert!(one.negated);
        let none = read("Iran has enriched uranium beyond the limit", &lex);
        assert!(!none.negated);
        let double = read("it is not no deal at all", &lex);
        assert!(!double.negated);
    }
}
