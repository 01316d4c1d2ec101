//! Event precision on real news: which trigger matches are no event, and
//! which events have no political actor.
//!
//! Two checks, both read from `data/lexicons/events-filter.tsv`
//! ([`EventFilter`]):
//!
//! 1. **Non-event contexts** (`context` rows): idioms and grammatical
//!    constructions around a trigger ("when it comes to", "is going to have
//!    to", "breaking with decades of policy", "returns from injury"). The
//!    clause analysis asks [`EventFilter::non_event_context`] for every
//!    trigger match and then uses no event row for it (a `modal` row such as
//!    "going to" may still mark the next event as future).
//! 2. **The political gate** ([`EventFilter::gate`], after clause analysis):
//!    a participant named in the sentence only by a city or province of a
//!    state ("Virginia", "Cleveland") is a place, not the state acting: it
//!    stays in the event (PLOVER codes a place's state) but does not make
//!    it political; an outlet (`reporter` kind) is not the source of an event
//!    inside a claim it is the speaker of ("Politico reported the aid had
//!    been paused"); and an event keeps only if one of its remaining
//!    participants is political: a state or one of its political sectors, an
//!    IGO, an armed group, a state body or NGO, or a person whose sector is
//!    an `official` one. Sports, business and lifestyle stories name teams,
//!    companies and people with apolitical sectors, so their "deals",
//!    "releases" and "attacks" are dropped. This also gates paragraphs and
//!    documents: one with no political actor keeps no event.
//!    Generic verbs listed as `two-sided` ("allowed", "defended",
//!    "apologizes", "compromise") need both a source and a target.
//! 3. **The domain gate** ([`EventFilter::off_domain`]): a document whose
//!    words are at least `domain-share` sports words (`domain-word` rows),
//!    more of them than mentions of political actors other than bare states,
//!    is a sports story: its teams are named by cities and countries
//!    ("Portugal allowed only one shot", "negotiations between the London
//!    side and Mourinho"), so it keeps no event.

use crate::lexicon::{wc, word_shape};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::fast_map::{FastSet, WordMap};
use sitrep_record::{tsv, ActorKind, ClaimRecord, EventRecord, EventType};
use sitrep_text::{lowercase, split_once_byte, TextLayer, Token, TokenKind};

pub const EVENTS_FILTER_TSV: (&str, &str) = (
    "data/lexicons/events-filter.tsv",
    include_str!("../../../data/lexicons/events-filter.tsv"),
);

/// One slot of a context pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Slot {
    /// Any of these lower-case words.
    Words(Vec<String>),
    Any,
    /// A word of these `events-words.tsv` classes.
    Class(wc::Classes),
    /// A lower-case word that opens no noun phrase.
    Bare,
    /// A number ("0.3", "2,500", "15").
    Num,
}

#[derive(Debug, Clone)]
struct Context {
    before: Vec<Slot>,
    trigger: Vec<Slot>,
    after: Vec<Slot>,
    /// Per slot, before, trigger and after in turn: the [`word_shape`] bits
    /// of the words a [`Slot::Words`] lists (0 for other slots). A token
    /// whose bit is not set is none of them, so most tokens tried against a
    /// list are turned away before it is read word by word.
    word_shapes: Vec<u64>,
}

/// The context rows whose trigger part starts with one word, filed by the
/// slot after that word (the trigger's second slot, or the first after it)
/// when it lists words ("[hit|hits] by the|a|an …", "[support] for * is"):
/// a trigger is tried only against the rows its next word can match. The
/// others (a wildcard or a class next, or no slot) are always tried.
/// (Filing those by the slot before the trigger too, "hurricane|… [hit]",
/// cost more to build than it saved on real news.)
#[derive(Debug, Clone, Default)]
struct ByFirst {
    /// Rows whose second slot lists no words.
    any: Vec<u32>,
    /// The other rows, by each word of their second slot (lower case).
    by_second: WordMap<Vec<u32>>,
}

/// The loaded filter (see the module doc).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    contexts: Vec<Context>,
    /// Context rows by each word their trigger part may start with, and
    /// then by the word after it ([`ByFirst`]).
    by_first: WordMap<ByFirst>,
    political: FastSet<ActorKind>,
    official: FastSet<String>,
    apolitical: FastSet<String>,
    reporter: FastSet<ActorKind>,
    /// Assault modes of the weapons of war (`war-mode` rows): such an attack
    /// in a state is political violence whoever the text names.
    war_modes: FastSet<String>,
    /// Trigger words (lower case) whose events need both a source and a
    /// target (`two-sided` rows).
    two_sided: WordMap<()>,
    /// Words of non-political domains (sports), lower case; a `WordMap`
    /// because every word of a document with events is looked up in it.
    domain_words: WordMap<()>,
    /// The same words, listed.
    domain_list: Vec<String>,
    /// The (byte length, first byte, last byte) of every domain word, one
    /// bit each ([`shape_bit`]): nearly all words of a document are ruled out
    /// by it without being looked up.
    domain_shapes: Vec<u64>,
    /// The share of a document's words that makes it a non-political
    /// domain's (with more domain words than political mentions).
    domain_share: Option<f64>,
    /// The fewest domain words that can make a document a domain's
    /// (`domain-min`): one "team" in a one-line brief ("sent a medical team
    /// to Turkey") is no sports story.
    domain_min: usize,
}

/// Words this long (bytes) or longer have no bit in
/// `EventFilter::domain_shapes` and are always looked up.
const SHAPE_MAX_LEN: usize = 64;
/// Bits of `EventFilter::domain_shapes` (8 KiB): for a few dozen domain
/// words, a word of another shape rarely shares a bit with one.
const SHAPE_BITS_LOG2: u32 = 16;
const SHAPE_WORDS: usize = (1 << SHAPE_BITS_LOG2) / 64;

/// The bit of a word's shape: its byte length, first and last byte
/// (ASCII-lower-cased), hashed with one multiply.
fn shape_bit(len: usize, first: u8, last: u8) -> Option<usize> {
    let shape = (len as u32) << 16
        | u32::from(first.to_ascii_lowercase()) << 8
        | u32::from(last.to_ascii_lowercase());
    (len < SHAPE_MAX_LEN)
        .then(|| (shape.wrapping_mul(0x9e37_79b1) >> (32 - SHAPE_BITS_LOG2)) as usize)
}

/// How many words a document has, and how many of them are domain words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DomainCount {
    pub words: usize,
    pub domain: usize,
}

/// The tokens of one sentence as the clause analysis sees them.
pub(crate) struct TokView<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Word-class bits per token (`wc`).
    pub flags: &'a [wc::Classes],
    /// Whether a token is inside an actor mention.
    pub in_mention: &'a dyn Fn(usize) -> bool,
}

/// Word classes that open or join noun phrases: a `<bare>` word has none.
const NOT_BARE: wc::Classes = wc::DET
    | wc::POSS
    | wc::PRON
    | wc::PREP
    | wc::TPREP
    | wc::VPREP
    | wc::LOC
    | wc::OF
    | wc::FROM
    | wc::FOR
    | wc::BY
    | wc::TO
    | wc::CONJ
    | wc::THAT
    | wc::REL;

fn parse_slot(s: &str, file: &str, line: usize) -> Result<Slot, String> {
    if s == "*" {
        return Ok(Slot::Any);
    }
    if let Some(name) = s.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        if name == "bare" {
            return Ok(Slot::Bare);
        }
        if name == "num" {
            return Ok(Slot::Num);
        }
        return wc::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| Slot::Class(*b))
            .ok_or_else(|| format!("{file}:{line}: unknown slot <{name}>"));
    }
    if s.contains(['<', '>', '[', ']', '?']) {
        return Err(format!("{file}:{line}: unknown slot {s:?}"));
    }
    // Split at each "|" by a byte loop (`split_once_byte`): `str::split`
    // with a `char` set up a vector search for every word, which cost more
    // than the few bytes of a word take to read (about 3,600 words a
    // start-up).
    let mut words: Vec<String> = Vec::new();
    let mut rest = Some(s);
    while let Some(part) = rest {
        let (word, after) = match split_once_byte(part, b'|') {
            Some((word, after)) => (word, Some(after)),
            None => (part, None),
        };
        let word = lowercase(word.trim());
        if !word.is_empty() {
            words.push(word);
        }
        rest = after;
    }
    if words.is_empty() {
        return Err(format!("{file}:{line}: empty slot {s:?}"));
    }
    Ok(Slot::Words(words))
}

fn parse_context(pattern: &str, file: &str, line: usize) -> Result<Context, String> {
    let (Some(open), Some(close)) = (pattern.find('['), pattern.find(']')) else {
        return Err(format!(
            "{file}:{line}: a context needs its trigger in [brackets]: {pattern:?}"
        ));
    };
    if close < open {
        return Err(format!("{file}:{line}: `]` before `[` in {pattern:?}"));
    }
    let slots = |part: &str| -> Result<Vec<Slot>, String> {
        part.split_whitespace()
            .map(|s| parse_slot(s, file, line))
            .collect()
    };
    let (before, trigger, after) = (
        slots(&pattern[..open])?,
        slots(&pattern[open + 1..close])?,
        slots(&pattern[close + 1..])?,
    );
    let word_shapes = before
        .iter()
        .chain(&trigger)
        .chain(&after)
        .map(|slot| match slot {
            Slot::Words(ws) => ws.iter().fold(0, |bits, w| bits | word_shape(w)),
            _ => 0,
        })
        .collect();
    let ctx = Context {
        before,
        trigger,
        after,
        word_shapes,
    };
    if !matches!(ctx.trigger.first(), Some(Slot::Words(_))) {
        return Err(format!(
            "{file}:{line}: the trigger part must start with words: {pattern:?}"
        ));
    }
    Ok(ctx)
}

impl EventFilter {
    /// The filter shipped with sitrep.
    pub fn builtin() -> Result<EventFilter, String> {
        EventFilter::builtin_with(&sitrep_record::data_dir::DataDir::none())
    }

    /// The built-in filter extended by the user's
    /// `lexicons/events-filter.tsv` in `data`, if it has one.
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<EventFilter, String> {
        let t = data.extend(EVENTS_FILTER_TSV)?;
        EventFilter::parse(t.name, &t.text).map_err(|e| t.locate(e))
    }

    /// Parses a filter file; errors name the file and line.
    pub fn parse(file: &str, contents: &str) -> Result<EventFilter, String> {
        let mut f = EventFilter::default();
        f.add(file, contents)?;
        Ok(f)
    }

    /// Adds the rows of another filter file (a user's extension).
    pub fn add(&mut self, file: &str, contents: &str) -> Result<(), String> {
        let (header, lines) = tsv::read(contents);
        match header {
            Some(h) if h.first_cell() == "rule" => {}
            Some(h) => {
                return Err(format!(
                    "{file}:{}: header must start with the column `rule`",
                    h.number
                ))
            }
            None => return Ok(()),
        }
        for line in lines {
            let c = line.trimmed_cells();
            let n = line.number;
            let value = c.get(1).copied().unwrap_or("");
            if value.is_empty() {
                return Err(format!("{file}:{n}: missing value"));
            }
            let kind = |v: &str| {
                ActorKind::parse(v).ok_or_else(|| format!("{file}:{n}: unknown actor kind {v:?}"))
            };
            match c[0] {
                "context" => {
                    let ctx = parse_context(value, file, n)?;
                    let i = self.contexts.len() as u32;
                    if let Some(Slot::Words(ws)) = ctx.trigger.first() {
                        let second = ctx.trigger.get(1).or(ctx.after.first());
                        for w in ws {
                            let rows = self.by_first.entry_or_default(w.clone());
                            match second {
                                Some(Slot::Words(next)) => {
                                    for x in next {
                                        rows.by_second.entry_or_default(x.clone()).push(i);
                                    }
                                }
                                _ => rows.any.push(i),
                            }
                        }
                    }
                    self.contexts.push(ctx);
                }
                "political" => {
                    self.political.insert(kind(value)?);
                }
                "reporter" => {
                    self.reporter.insert(kind(value)?);
                }
                "official" => {
                    self.official.insert(value.to_string());
                }
                "apolitical" => {
                    self.apolitical.insert(value.to_string());
                }
                "war-mode" => {
                    self.war_modes.insert(value.to_string());
                }
                "two-sided" => {
                    for w in value.split('|').map(str::trim).filter(|w| !w.is_empty()) {
                        self.two_sided.insert(lowercase(w), ());
                    }
                }
                "domain-word" => {
                    let word = lowercase(value);
                    let ends = word.as_bytes().first().zip(word.as_bytes().last());
                    if let Some(bit) = ends.and_then(|(&a, &z)| shape_bit(word.len(), a, z)) {
                        self.domain_shapes.resize(SHAPE_WORDS, 0);
                        self.domain_shapes[bit / 64] |= 1 << (bit % 64);
                    }
                    self.domain_list.push(word.clone());
                    self.domain_words.insert(word, ());
                }
                "domain-share" => {
                    let share: f64 = value
                        .parse()
                        .ok()
                        .filter(|v: &f64| (0.0..=1.0).contains(v))
                        .ok_or_else(|| format!("{file}:{n}: domain-share must be a number from 0 to 1, not {value:?}"))?;
                    self.domain_share = Some(share);
                }
                "domain-min" => {
                    self.domain_min = value.parse().map_err(|_| {
                        format!("{file}:{n}: domain-min must be a whole number, not {value:?}")
                    })?;
                }
                other => return Err(format!("{file}:{n}: unknown rule {other:?}")),
            }
        }
        Ok(())
    }

    /// Number of context rows.
    pub fn contexts(&self) -> usize {
        self.contexts.len()
    }

    /// Every word a context row's trigger part may start with (lower case):
    /// a trigger starting with another word is in no non-event context.
    pub(crate) fn context_words(&self) -> impl Iterator<Item = &str> {
        self.contexts
            .iter()
            .flat_map(|c| match c.trigger.first() {
                Some(Slot::Words(ws)) => ws.as_slice(),
                _ => &[],
            })
            .map(String::as_str)
    }

    /// Whether the trigger match at tokens `ta..tb` stands in a non-event
    /// context.
    pub(crate) fn non_event_context(&self, v: &TokView, ta: usize, tb: usize) -> bool {
        let Some(first) = v.toks.get(ta) else {
            return false;
        };
        let word = first.text(v.text);
        let Some(filed) = self.by_first.get_lowercase(word) else {
            return false;
        };
        // A row filed by its second word is tried only when the next token
        // is that word (`slots_match` checks every row tried anyway).
        let next = v
            .toks
            .get(ta + 1)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|t| filed.by_second.get_lowercase(t.text(v.text)))
            .map_or(&[][..], Vec::as_slice);
        filed
            .any
            .iter()
            .chain(next)
            .any(|&r| self.context_matches(r, v, ta, tb))
    }

    /// Whether context row `r` matches around the trigger at `ta..tb`.
    fn context_matches(&self, r: u32, v: &TokView, ta: usize, tb: usize) -> bool {
        let c = &self.contexts[r as usize];
        let n = c.trigger.len();
        ta + n >= tb && ta >= c.before.len() && {
            let (shapes_before, rest) = c.word_shapes.split_at(c.before.len());
            let (shapes_trigger, shapes_after) = rest.split_at(n);
            slots_match(v, &c.before, shapes_before, ta - c.before.len())
                && slots_match(v, &c.trigger, shapes_trigger, ta)
                && slots_match(v, &c.after, shapes_after, ta + n)
        }
    }

    /// Whether `mode` is an assault mode of the weapons of war.
    pub(crate) fn is_war_mode(&self, mode: &str) -> bool {
        self.war_modes.contains(mode)
    }

    /// Whether an actor is political (see the module doc).
    pub fn is_political(&self, kind: ActorKind, sector: Option<&str>) -> bool {
        match kind {
            ActorKind::Person => sector.is_some_and(|s| self.official.contains(s)),
            k if self.political.contains(&k) => {
                !sector.is_some_and(|s| self.apolitical.contains(s))
            }
            _ => false,
        }
    }

    /// Whether a document reads as a non-political domain's (sports): at
    /// least `domain-share` of its words are `domain-word`s, and they
    /// outnumber the mentions of political actors other than bare states.
    pub fn off_domain(&self, layer: &TextLayer, actors: &DocActors) -> bool {
        self.off_domain_counted(self.domain_count(layer), actors)
    }

    /// The document's words and domain words, as [`EventFilter::off_domain`]
    /// counts them. (The clause analysis counts them on its own pass over
    /// the tokens: `analyze::run`.)
    pub(crate) fn domain_count(&self, layer: &TextLayer) -> DomainCount {
        let mut count = DomainCount::default();
        for t in layer.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            count.words += 1;
            count.domain += usize::from(self.is_domain_word(t.text(&layer.text)));
        }
        count
    }

    /// Whether a word is a domain word (its ASCII letters folded, as the
    /// lower-case domain words were).
    #[inline]
    pub(crate) fn is_domain_word(&self, word: &str) -> bool {
        self.may_be_domain_word(word.as_bytes())
            && self.domain_words.get_ascii_lowercase(word).is_some()
    }

    /// Every domain word, lower case.
    pub(crate) fn domain_words(&self) -> impl Iterator<Item = &str> {
        self.domain_list.iter().map(String::as_str)
    }

    /// [`EventFilter::off_domain`] with the document's word counts.
    pub(crate) fn off_domain_counted(&self, count: DomainCount, actors: &DocActors) -> bool {
        let Some(share) = self.domain_share else {
            return false;
        };
        if self.domain_words.is_empty() {
            return false;
        }
        let DomainCount { words, domain } = count;
        if words == 0 || domain < self.domain_min || (domain as f64) < share * words as f64 {
            return false;
        }
        let political = actors
            .mentions
            .iter()
            .filter(|m| {
                actors.actors.get(m.actor).is_some_and(|a| {
                    !crate::is_bare_state(a) && self.is_political(a.kind, a.sector.as_deref())
                })
            })
            .count();
        domain > political
    }

    /// Whether the first word of a trigger's text is a `two-sided` word.
    fn is_two_sided(&self, trigger: &str) -> bool {
        // Most triggers are ASCII: their first word ends at the first ASCII
        // space, with no Unicode whitespace test a character (the gate asks
        // this of every event short of a side, about 2,000 on r500).
        // (The ASCII characters `char::is_whitespace` takes: tab to carriage
        // return, with the vertical tab, and the space.)
        let space = |b: &u8| *b == b' ' || (b'\t'..=b'\r').contains(b);
        let bytes = trigger.as_bytes();
        let stop = bytes
            .iter()
            .position(|b| space(b) || !b.is_ascii())
            .unwrap_or(bytes.len());
        if stop > 0 && bytes.get(stop).is_none_or(space) {
            return self
                .two_sided
                .get_ascii_lowercase(&trigger[..stop])
                .is_some();
        }
        let first = trigger.split_whitespace().next().unwrap_or("");
        self.two_sided.get_lowercase(first).is_some()
    }

    /// False when `word` (as written) cannot be a domain word once
    /// lower-cased: no domain word has its length and (ASCII-lower-cased)
    /// first and last byte.
    fn may_be_domain_word(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return true;
        };
        match shape_bit(word.len(), first, last) {
            Some(bit) => self
                .domain_shapes
                .get(bit / 64)
                .is_some_and(|w| (w >> (bit % 64)) & 1 != 0),
            None => true,
        }
    }

    /// Applies the political gate to a document's events (in text order)
    /// and numbers the kept ones `e1`, `e2`, ….
    pub fn gate(
        &self,
        events: Vec<EventRecord>,
        layer: &TextLayer,
        actors: &DocActors,
        claims: &[ClaimRecord],
    ) -> Vec<EventRecord> {
        // Records alone do not say whether a weapon noun gave a war mode:
        // none passes as war in a state without a political participant.
        self.gate_with(events, &[], actors, claims, || {
            self.off_domain(layer, actors)
        })
    }

    /// [`EventFilter::gate`] with the domain check given: asked only when
    /// some event passes the other checks. `war_nouns` holds the trigger
    /// spans (start, end) of the events whose war mode a weapon or war noun
    /// gave ("a car bomb killed", "killed in an air strike", "the shelling").
    pub(crate) fn gate_with(
        &self,
        events: Vec<EventRecord>,
        war_nouns: &[(usize, usize)],
        actors: &DocActors,
        claims: &[ClaimRecord],
        off_domain: impl FnOnce() -> bool,
    ) -> Vec<EventRecord> {
        let mut out: Vec<EventRecord> = Vec::with_capacity(events.len());
        // An empty filter (a lexicon built without one) gates nothing.
        let active = !self.political.is_empty() || !self.official.is_empty();
        for mut e in events {
            if !active {
                out.push(e);
                continue;
            }
            // Generic verbs ("allowed", "defended", "apologizes") are events
            // only between two parties.
            if (e.source.is_empty() || e.target.is_empty()) && self.is_two_sided(&e.trigger.text) {
                continue;
            }
            // An outlet reporting the event is not its source.
            if let Some(claim) = e
                .claim
                .as_deref()
                .and_then(|id| claims.iter().find(|c| c.id == id))
            {
                if let Some(speaker) = claim.speaker.actor.as_deref() {
                    let reports = actors
                        .actor_by_id(speaker)
                        .and_then(|a| actors.actors.get(a))
                        .is_some_and(|a| self.reporter.contains(&a.kind));
                    if reports {
                        e.source.retain(|id| id != speaker);
                    }
                }
            }
            // "Speaking to \"CBS This Morning\" Monday, Rubio refrained": a
            // consultation whose every counterpart is an outlet is an
            // interview, where the outlet reports what it is told, not a
            // party that is consulted.
            let interviewed = |id: &String| {
                actors
                    .actor_by_id(id)
                    .and_then(|a| actors.actors.get(a))
                    .is_some_and(|a| self.reporter.contains(&a.kind))
            };
            if e.event_type == EventType::Consult
                && !e.target.is_empty()
                && e.target.iter().all(interviewed)
            {
                continue;
            }
            // A participant named in this sentence only by a city or province
            // ("Virginia", "Cleveland") stays (PLOVER codes the place's state)
            // but does not make the event political.
            let mentions = actors.mentions_in(e.sentence.start, e.sentence.end);
            let only_place = |a: usize| -> bool {
                let mut any = false;
                for m in mentions.iter().filter(|m| m.actor == a) {
                    any = true;
                    if !matches!(
                        m.how,
                        MentionHow::Alias(AliasKind::Place)
                            | MentionHow::Locative(AliasKind::Place)
                    ) {
                        return false;
                    }
                }
                any
            };
            // A protest is a political act whoever stages it: students,
            // doctors or journalists of a state protesting are its people in
            // the street, not a school or a newsroom at work.
            let protest = e.event_type == EventType::Protest;
            let political = e.source.iter().chain(&e.target).any(|id| {
                actors.actor_by_id(id).is_some_and(|i| {
                    actors.actors.get(i).is_some_and(|a| {
                        let sector = if protest && a.kind == ActorKind::Country {
                            None
                        } else {
                            a.sector.as_deref()
                        };
                        self.is_political(a.kind, sector) && !only_place(i)
                    })
                })
            });
            // Crowds the text leaves unnamed ("people blocked streets in
            // Tehran") protest where their clause puts them: the state of
            // that place is the political participant. Other place-only
            // events on real pages are private visits and crimes.
            let crowd_in_a_state = e.event_type == EventType::Protest
                && e.source.is_empty()
                && e.target.is_empty()
                && !e.place.is_empty();
            // Bombs, shells and air strikes that a clause places in a state
            // ("a car bomb killed twelve people in Baghdad") are its war or
            // insurgency even when the text names no one but the victims;
            // crimes with knives and guns stay out (no `war-mode`). A place
            // that is the target ("the invasions of Dagestan") is not enough:
            // such nouns are mostly background to another event. The mode
            // must come from a weapon or war noun: verbs share war modes with
            // accidents, weather and trade ("a gas tank exploded", "a storm
            // pounded", "shell companies").
            let war_in_a_state = e.event_type == EventType::Assault
                && !e.place.is_empty()
                && e.mode.as_deref().is_some_and(|m| self.is_war_mode(m))
                && war_nouns.contains(&(e.trigger.start, e.trigger.end));
            if political || crowd_in_a_state || war_in_a_state {
                out.push(e);
            }
        }
        // A non-political domain's document keeps no event. Asked last,
        // when some event passed the other checks: it reads every word of
        // the document.
        if !out.is_empty() && off_domain() {
            out.clear();
        }
        for (i, e) in out.iter_mut().enumerate() {
            e.id = sitrep_record::numbered_id('e', i + 1);
        }
        out
    }
}

/// Whether `slots` (with their [`Context::word_shapes`] `shapes`) match the
/// tokens from `from` on.
fn slots_match(v: &TokView, slots: &[Slot], shapes: &[u64], from: usize) -> bool {
    slots
        .iter()
        .zip(shapes)
        .enumerate()
        .all(|(k, (slot, &shape))| {
            let i = from + k;
            let Some(t) = v.toks.get(i) else {
                return false;
            };
            let word = t.text(v.text);
            match slot {
                Slot::Any => true,
                Slot::Words(ws) => {
                    t.kind == TokenKind::Word
                        && shape & word_shape(word) != 0
                        && ws.iter().any(|w| w.eq_ignore_ascii_case(word))
                }
                Slot::Class(bits) => v.flags.get(i).is_some_and(|f| f & bits != 0),
                Slot::Num => word.starts_with(|c: char| c.is_ascii_digit()),
                Slot::Bare => {
                    t.kind == TokenKind::Word
                        && word.chars().next().is_some_and(|c| c.is_lowercase())
                        && v.flags.get(i).copied().unwrap_or(0) & NOT_BARE == 0
                        && !(v.in_mention)(i)
                }
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first word of a trigger is read as `split_whitespace` reads it,
    /// on the ASCII path and off it: any case, after a first word of its
    /// own, before every kind of Unicode space, and with non-ASCII letters.
    #[test]
    fn two_sided_first_word_as_split_whitespace_reads_it() {
        let filter = EventFilter::builtin().unwrap();
        let slow = |t: &str| {
            let first = t.split_whitespace().next().unwrap_or("");
            filter.two_sided.get_lowercase(first).is_some()
        };
        let texts = [
            "allowed",
            "Allowed",
            "ALLOWED the",
            "allowed\tthe",
            "allowed\u{b}x",
            "allowed\u{a0}x",
            "allowed\u{2003}x",
            "allowedx",
            "allowed-",
            " allowed",
            "\u{b}allowed",
            "",
            " ",
            "defended them",
            "defending",
            "attacked",
            "allowéd",
            "Ållowed",
            "talks with",
            "allow\ned",
        ];
        let mut two_sided = 0;
        for t in texts {
            assert_eq!(filter.is_two_sided(t), slow(t), "{t:?}");
            two_sided += usize::from(slow(t));
        }
        assert!(two_sided >= 6, "{two_sided}");
    }

    /// A context row's shape bits never turn away a word its lists hold,
    /// in any ASCII case, and do turn away a word of another length.
    #[test]
    fn word_shapes_keep_every_listed_word() {
        let filter = EventFilter::builtin().unwrap();
        let mut listed = 0;
        for c in &filter.contexts {
            let slots = c.before.iter().chain(&c.trigger).chain(&c.after);
            assert_eq!(slots.clone().count(), c.word_shapes.len());
            for (slot, &shape) in slots.zip(&c.word_shapes) {
                let Slot::Words(ws) = slot else {
                    assert_eq!(shape, 0);
                    continue;
                };
                for w in ws {
                    listed += 1;
                    // ASCII case only: the lists hold "’s" too.
                    let mut title = w.clone().into_bytes();
                    title[0].make_ascii_uppercase();
                    let title = String::from_utf8(title).expect("ASCII case keeps UTF-8");
                    for form in [w.clone(), title, w.to_ascii_uppercase()] {
                        assert!(shape & word_shape(&form) != 0, "{form}");
                    }
                }
            }
        }
        assert!(listed > 100);
        let one = word_shape("comes");
        assert_eq!(one, word_shape("COMES"));
        assert_ne!(one, word_shape("come"));
        assert_ne!(one, word_shape("bombs"));
    }

    /// The shape bits never rule out a domain word, however it is
    /// capitalized, and do rule out other words.
    #[test]
    fn shape_bits_keep_every_domain_word() {
        let filter = EventFilter::builtin().unwrap();
        let words: Vec<String> = tsv::read(EVENTS_FILTER_TSV.1)
            .1
            .filter(|line| line.trimmed_cells().first() == Some(&"domain-word"))
            .map(|line| line.trimmed_cells()[1].to_lowercase())
            .collect();
        assert!(!words.is_empty());
        for word in &words {
            assert!(filter.domain_words.get(word).is_some(), "{word}");
            let mut title = word.clone();
            title[..1].make_ascii_uppercase();
            for form in [word.clone(), title, word.to_ascii_uppercase()] {
                assert!(filter.may_be_domain_word(form.as_bytes()), "{form}");
            }
        }
        let none = EventFilter::default();
        assert!(!none.may_be_domain_word(b"quarterback"));
        let one = EventFilter::parse("f.tsv", "rule\tvalue\tnote\ndomain-word\tQuarterback\tx\n");
        let one = one.unwrap();
        assert!(one.may_be_domain_word(b"QUARTERBACK"));
        assert!(one.may_be_domain_word(b"Quarterback"));
        assert!(!one.may_be_domain_word(b"quarterbacks"));
        assert!(!one.may_be_domain_word(b"quarterbac"));
        assert!(!one.may_be_domain_word(b"quarterbath"));
        assert!(!one.may_be_domain_word(b"president"));
    }

    /// Filing the context rows by their first two words loses no row: every
    /// row whose slots all list words or take any word, written out as a
    /// sentence with each pair of words its first two slots list ("hits by
    /// the", "support for the"), is a non-event context at its trigger; and
    /// at every token of those sentences the filed rows answer as trying
    /// every row does.
    #[test]
    fn context_rows_are_filed_by_their_first_two_words() {
        let filter = EventFilter::builtin().unwrap();
        let fill = |slot: &Slot| match slot {
            Slot::Words(ws) => Some(ws.clone()),
            Slot::Any => Some(vec!["it".to_string()]),
            Slot::Num => Some(vec!["15".to_string()]),
            Slot::Class(_) | Slot::Bare => None,
        };
        let (mut written, mut by_second) = (0, 0);
        for (r, c) in filter.contexts.iter().enumerate() {
            let slots: Vec<&Slot> = c.before.iter().chain(&c.trigger).chain(&c.after).collect();
            let Some(words) = slots.iter().map(|s| fill(s)).collect::<Option<Vec<_>>>() else {
                continue;
            };
            let ta = c.before.len();
            let first = ta;
            let second = words.get(first + 1).map_or(&[][..], Vec::as_slice);
            if matches!(slots.get(first + 1), Some(Slot::Words(_))) {
                by_second += 1;
            }
            for one in &words[first] {
                for two in second
                    .iter()
                    .map(Some)
                    .chain(second.is_empty().then_some(None))
                {
                    let mut sentence: Vec<&str> = words.iter().map(|w| w[0].as_str()).collect();
                    sentence[first] = one;
                    if let Some(two) = two {
                        sentence[first + 1] = two;
                    }
                    let text = sentence.join(" ");
                    let toks = sitrep_text::tokens(&text);
                    if toks.len() != slots.len() {
                        continue;
                    }
                    let flags = vec![0; toks.len()];
                    let v = TokView {
                        text: &text,
                        toks: &toks,
                        flags: &flags,
                        in_mention: &|_| false,
                    };
                    let tb = ta + c.trigger.len();
                    assert!(filter.non_event_context(&v, ta, tb), "row {r}: {text}");
                    written += 1;
                    for a in 0..toks.len() {
                        for b in a + 1..=toks.len() {
                            let every = (0..filter.contexts.len() as u32)
                                .any(|r| filter.context_matches(r, &v, a, b));
                            assert_eq!(
                                filter.non_event_context(&v, a, b),
                                every,
                                "{text} {a}..{b}"
                            );
                        }
                    }
                }
            }
        }
        // Most rows are written out, most of them filed by a second word
        // ("[hit|hits] by the|a|an …").
        assert!(2 * by_second > filter.contexts.len(), "{by_second}");
        assert!(written > filter.contexts.len(), "{written}");
        let one = EventFilter::parse(
            "f.tsv",
            "rule\tvalue\tnote\ncontext\t[hit|hits] by sanctions\tx\ncontext\t[hit] * hardest\tx\n",
        )
        .unwrap();
        let hit = one.by_first.get("hit").unwrap();
        assert_eq!(hit.any, vec![1]);
        assert_eq!(hit.by_second.get("by"), Some(&vec![0]));
        assert!(hit.by_second.get("hardest").is_none());
        assert!(one.by_first.get("hits").unwrap().any.is_empty());
    }

    /// Two words equal but for ASCII case have one shape, whatever their
    /// other bytes (multi-byte letters, a curly apostrophe); a multi-byte
    /// first letter in another case is another word to the lists, and
    /// `eq_ignore_ascii_case` never matched it either (review54).
    #[test]
    fn word_shapes_follow_ascii_case_on_multibyte_words() {
        for (a, b) in [
            ("’s", "’S"),
            ("erdoğan", "ERDOğAN"),
            ("ca\u{a0}fé", "CA\u{a0}Fé"),
            ("s", "S"),
        ] {
            assert!(a.eq_ignore_ascii_case(b), "{a} {b}");
            assert_eq!(word_shape(a), word_shape(b), "{a} {b}");
        }
        // "ÜBER" is no ASCII-case form of "über": the comparison after the
        // shape test turns it away as well.
        assert!(!"über".eq_ignore_ascii_case("ÜBER"));
        assert_ne!(word_shape("über"), word_shape("uber"));
        // Every bit index stays below 64, for any length and first byte.
        for w in ["", "a", "\u{ff}", &"x".repeat(300)] {
            assert_eq!(word_shape(w).count_ones(), 1, "{w:?}");
        }
    }

    /// A slot splits at every "|" as `str::split` did: blanks around a
    /// word and empty pieces (a doubled or trailing bar) are dropped,
    /// multi-byte words are kept whole, and a slot of bars alone is an error.
    #[test]
    fn slot_words_split_at_each_bar() {
        let Ok(Slot::Words(ws)) = parse_slot(" fire | fires||’s|Erdoğan|", "f", 1) else {
            panic!("a word slot");
        };
        assert_eq!(ws, ["fire", "fires", "’s", "erdoğan"]);
        let Ok(Slot::Words(ws)) = parse_slot("comes", "f", 1) else {
            panic!("a word slot");
        };
        assert_eq!(ws, ["comes"]);
        assert!(parse_slot("||", "f", 1).is_err());
        assert!(parse_slot("", "f", 1).is_err());
    }

    #[test]
    fn the_shipped_filter_loads() {
        let f = EventFilter::builtin().unwrap();
        assert!(f.contexts() >= 20);
        assert!(f.is_political(ActorKind::Country, None));
        assert!(f.is_political(ActorKind::Country, Some("GOV")));
        assert!(!f.is_political(ActorKind::Country, Some("BUS")));
        assert!(f.is_political(ActorKind::Person, Some("GOV")));
        assert!(!f.is_political(ActorKind::Person, Some("BUS")));
        assert!(!f.is_political(ActorKind::Person, None));
        assert!(!f.is_political(ActorKind::Media, Some("MED")));
        assert!(f.is_political(ActorKind::Igo, Some("IGO")));
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let head = "rule\tvalue\tnote\n";
        let e = EventFilter::parse("f.tsv", &format!("{head}context\tgoing to\tx\n")).unwrap_err();
        assert!(e.starts_with("f.tsv:2:") && e.contains("brackets"), "{e}");
        let e =
            EventFilter::parse("f.tsv", &format!("{head}context\t[x] <nope>\tx\n")).unwrap_err();
        assert!(e.contains("unknown slot"), "{e}");
        let e = EventFilter::parse("f.tsv", &format!("{head}political\tplanet\tx\n")).unwrap_err();
        assert!(e.contains("unknown actor kind"), "{e}");
        let e = EventFilter::parse("f.tsv", &format!("{head}wish\tx\tx\n")).unwrap_err();
        assert!(e.contains("unknown rule"), "{e}");
        let e = EventFilter::parse("f.tsv", &format!("{head}context\t[<det> x]\tx\n")).unwrap_err();
        assert!(e.contains("must start with words"), "{e}");
    }
}
