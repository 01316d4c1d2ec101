//! Clause analysis: triggers → events with source, target and modality.
//!
//! Everything here works on the tokens of one sentence at a time, with the
//! word classes of `events-words.tsv` and the actor mentions of
//! `sitrep-actors`. Positions (`ta`, `tb`, mention `a`, `b`) are token
//! indices inside the sentence, half-open.

use crate::filter::DomainCount;
use crate::lanes::WordLanes;
use crate::lexicon::{
    gapped_stem_bit, pair_key, stem_into, wc, Class, EventLexicon, Form, Pos, WordInfo, MAX_GAP,
    NO_ID,
};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::{ActorKind, ClaimRecord, EventRecord, EventType, Modality, Span, Stance};
use sitrep_text::{TextLayer, Token, TokenKind};
use std::cell::Cell;

/// How far (in tokens) argument searches look.
const SUBJECT_WINDOW: usize = 30;
const OBJECT_WINDOW: usize = 14;
const MODALITY_WINDOW: usize = 6;
const GOVERN_WINDOW: usize = 14;

/// A trigger occurrence found by the matcher, before clause analysis.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// Token range inside the sentence.
    ta: usize,
    tb: usize,
    /// Byte range of the matched text.
    start: usize,
    end: usize,
    surface: usize,
}

/// An actor mention inside the current sentence.
#[derive(Debug, Clone, Copy)]
struct M {
    a: usize,
    b: usize,
    actor: usize,
    how: MentionHow,
}

/// Whether the mention is the name part of a hyphenated word that only
/// qualifies the noun after it ("the Iran-backed group", "a Russian-made
/// drone"): the word after the hyphen is of the `qualifier` class of
/// `claims-words.tsv`, the list sitrep-claims reads for the same reason.
fn is_qualifier(text: &str, tok: &Token, mention_end: usize, lex: &EventLexicon) -> bool {
    if mention_end >= tok.end {
        return false;
    }
    text.get(tok.start..tok.end)
        .and_then(|w| w.rsplit_once('-'))
        .is_some_and(|(_, last)| lex.claim_words.exact(last) & sitrep_claims::words::QUALIFIER != 0)
}

/// What a trigger is, once its lexicon row is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lexicon(u32),
    /// "must"/"should" after "X said (that)": a REQUEST from X.
    Obligation,
}

/// How a governed trigger hangs off its governor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    /// The event noun is the governor's object ("rejected a request").
    Object,
    /// "to" + verb.
    Infinitive,
    /// "that" + clause; the index is the "that" token.
    That(usize),
    /// "of"/"on" + -ing ("accused X of violating").
    Gerund,
    /// Coordinated with or attached to another governed trigger.
    Along,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    Active,
    /// "was attacked (by X)".
    Passive,
    /// A participle after its noun: "Hamas, armed by the IRGC".
    Reduced,
}

#[derive(Debug, Clone)]
struct Trig {
    kind: Kind,
    event_type: EventType,
    class: Class,
    pos: Pos,
    form: Form,
    /// Token range of the head ("imposed" of "imposed new sanctions").
    ta: usize,
    tb: usize,
    /// Token just after the whole trigger (after a gapped object).
    tend: usize,
    start: usize,
    end: usize,
    nominal: bool,
    voice: Voice,
    source: Vec<usize>,
    target: Vec<usize>,
    /// Source and target were fixed when the trigger was made.
    fixed: bool,
    governor: Option<(usize, Via)>,
    claim: Option<usize>,
    /// The only argument is a place after "in"/"near" (no participant).
    place_only: bool,
    /// Merged into a later verb of the same type ("Israeli strikes killed
    /// 20"): not emitted on its own.
    absorbed: bool,
    /// The lexicon row of the event noun this trigger absorbed (its means:
    /// "a car bomb killed", "killed in an air strike"), whose mode the
    /// event takes when its own row has none.
    means: Option<u32>,
    /// The mode of the act a threat folded in ("warned it would strike":
    /// violence), taken when neither its row nor its means has one.
    folded_mode: Option<String>,
    /// The act of an order to the orderer's own forces ("ordered the
    /// military to carry out strikes"): ordered, not yet reported done.
    ordered: bool,
}

impl Trig {
    fn passive(&self) -> bool {
        self.voice != Voice::Active
    }

    /// A verb (not a noun, affix or phrase): it heads its own clause.
    fn is_verb(&self) -> bool {
        !self.nominal && self.pos != Pos::Affix
    }

    /// Whether it governs complements (see the `class` column).
    fn governing(&self) -> bool {
        matches!(
            self.class,
            Class::Direct | Class::Commit | Class::Intent | Class::Modal
        )
    }
}

/// What the vocabulary said about a token when the trigger search looked it
/// up, kept so that later checks of the same token do not ask again.
#[derive(Debug, Clone, Copy)]
enum Looked<'l> {
    /// Not looked up: no word, or a capitalized word inside a sentence.
    Skipped,
    /// No entry for the word. `ascii`: the word is ASCII, so the entry's
    /// key is the word's ASCII lower case, the key the other word tables
    /// (second words, the filter's) use too.
    Unknown {
        ascii: bool,
    },
    Known {
        info: &'l WordInfo,
        ascii: bool,
    },
}

struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The lexicon, for the cold classes of a token the trigger search did
    /// not look up (`None` in unit tests of the walks).
    lex: Option<&'a EventLexicon>,
    flags: Vec<wc::Classes>,
    /// Per token, its vocabulary entry (see [`find_hits`]).
    looked: Vec<Looked<'a>>,
    /// Mention index per token, or `NONE`.
    ment_of: Vec<u32>,
    ments: Vec<M>,
    /// Names that only qualify a noun ("Iran-backed"): (token, actor, how).
    qualifiers: Vec<(usize, usize, MentionHow)>,
    /// Trigger index per head token, or `NONE`.
    trig_of: Vec<u32>,
    /// Per trigger index: whether it is a verb.
    trig_verb: Vec<bool>,
    /// Verbs a non-event context ruled out ("a storm [attacked] the
    /// coast"): still the clause's verb for a participle after it.
    ruled_out_verbs: Vec<usize>,
    /// The tokens where `find_hits` may find a trigger: the first words of
    /// phrases and the hyphenated words (scratch, filled per sentence).
    hit_starts: Vec<usize>,
}

const NONE: u32 = u32::MAX;
/// A claim whose speaker actor has not been looked up yet, and one whose
/// speaker is no known actor (the per-document speaker cache in [`run`]).
const SPEAKER_UNSEEN: u32 = u32::MAX;
const SPEAKER_NONE: u32 = u32::MAX - 1;

/// Modality classes a capitalised word loses inside an actor's name.
const NAME_NOT_MODAL: wc::Classes =
    wc::AUX | wc::HYPO | wc::OPEN | wc::FUTURE | wc::OBLIG | wc::NEG | wc::HEARSAY;

/// Token bit (beside the word classes): part of a claim's cue ("said").
const CUE: wc::Classes = 1 << 30;

/// Prepositions that put a mention inside a prepositional phrase.
const PREPS: wc::Classes =
    wc::TPREP | wc::VPREP | wc::LOC | wc::OF | wc::FROM | wc::FOR | wc::BY | wc::PREP;

impl Sent<'_> {
    fn n(&self) -> usize {
        self.toks.len()
    }

    /// The first token of the run of tokens ending just before `at` (and
    /// not reaching below `floor`) that all satisfy `over`: the one walk
    /// back over auxiliaries, adverbs, determiners or modifiers that the
    /// clause rules make, each with its own stop test.
    fn back_over(&self, at: usize, floor: usize, mut over: impl FnMut(usize) -> bool) -> usize {
        let mut k = at;
        while k > floor && over(k - 1) {
            k -= 1;
        }
        k
    }

    /// [`Sent::back_over`] at most `limit` tokens: the walks over a short
    /// run of modifiers or auxiliaries that a rule bounds.
    fn back_over_at_most(
        &self,
        at: usize,
        floor: usize,
        limit: usize,
        over: impl FnMut(usize) -> bool,
    ) -> usize {
        self.back_over(at, floor.max(at.saturating_sub(limit)), over)
    }

    /// [`Sent::back_over`] tokens of any of the word classes `classes`.
    fn back_over_classes(&self, at: usize, floor: usize, classes: wc::Classes) -> usize {
        self.back_over(at, floor, |j| self.f(j) & classes != 0)
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// Whether token `i` is the word `w`, ASCII case aside. The rules ask
    /// this of every token a walk passes ("until", "would", "'s"), and
    /// nearly every token differs in length: the lengths are compared
    /// first, then the bytes, without slicing the text as a `str` (token
    /// offsets are char boundaries already).
    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.end.wrapping_sub(t.start) == w.len()
                && self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    /// Whether token `i` is of a cold class (one of `class`, see
    /// [`wc::Cold`]), ASCII case aside as [`Sent::is`] compares: a
    /// capitalized word inside a sentence, which the trigger search skips,
    /// is looked up here (numbers and punctuation, skipped too, are in no
    /// class: the rules ask this of them often).
    fn in_cold(&self, i: usize, class: wc::Cold) -> bool {
        let cold = match self.looked.get(i) {
            Some(Looked::Known { info, .. }) => info.cold,
            Some(Looked::Skipped) if self.toks[i].kind == TokenKind::Word => {
                self.lex.map_or(0, |lex| {
                    let t = &self.toks[i];
                    // A short ASCII word is folded and looked up from two
                    // loads, as the trigger search looks words up.
                    match WordLanes::of(self.text.as_bytes(), t.start, t.end) {
                        Some(w) => w.get_in(&lex.vocab).map_or(0, |info| info.cold),
                        None => lex.cold_classes(t.text(self.text)),
                    }
                })
            }
            Some(Looked::Unknown { .. } | Looked::Skipped) | None => 0,
        };
        cold & class != 0
    }

    fn f(&self, i: usize) -> wc::Classes {
        self.flags.get(i).copied().unwrap_or(0) & !wc::NOUN_MEANING
    }

    /// Whether token `i` is of the noun class `class` (one of
    /// [`wc::NOUN_MEANING`], which [`Sent::f`] leaves out).
    fn names(&self, i: usize, class: wc::Classes) -> bool {
        self.flags.get(i).is_some_and(|f| f & class != 0)
    }

    /// Whether mention `m` names where something happened: a locative
    /// mention ("in Kirkuk", "in Iraq"), or a state's name after a region
    /// word or a compound adjective that follows a locative preposition ("in
    /// southern Iraq", "in neighbouring Syria", "in war-torn Yemen"), which
    /// the actor pass, looking one word back, reads as a plain name.
    fn is_place(&self, m: &M) -> bool {
        m.how.is_locative()
            || (m.how == MentionHow::Alias(AliasKind::Name)
                && m.a >= 2
                && self.describes_a_place(m.a - 1)
                && self.f(m.a - 2) & wc::LOC != 0)
            || self.region_of(m)
    }

    /// Whether token `i` is a word that can stand between a locative
    /// preposition and a state's name: a region word ("southern") or a
    /// lower-case hyphenated adjective ("war-torn", "rebel-held", "oil-rich");
    /// a plain word ("in opposing Iran") is not, it may be a verb.
    fn describes_a_place(&self, i: usize) -> bool {
        self.names(i, wc::REGION)
            || (self.is_modifier_word(i) && has_hyphen(self.word(i).as_bytes()))
    }

    /// Whether mention `m` is a state's name in "in the north of Iraq",
    /// "near the east of Ukraine": a part of the state, so a place, though
    /// the phrase right before the name is "of".
    fn region_of(&self, m: &M) -> bool {
        m.how == MentionHow::Alias(AliasKind::Name)
            && m.a >= 4
            && self.f(m.a - 1) & wc::OF != 0
            && self.names(m.a - 2, wc::REGION)
            && self.f(m.a - 3) & wc::DET != 0
            && self.f(m.a - 4) & wc::LOC != 0
    }

    /// Whether mention `m` is a bare nationality adjective before a noun
    /// naming a people's language or culture ("the Russian language",
    /// "Kurdish culture"): the phrase is about the people's heritage, so the
    /// state is no participant of an event done to it.
    fn heritage_adjective(&self, m: &M) -> bool {
        m.how == MentionHow::Alias(AliasKind::Adjective) && self.names(m.b, wc::HERITAGE)
    }

    /// Whether token `i` is the punctuation `p`. Argument searches ask this
    /// of every token they pass, so it compares bytes (token offsets are
    /// char boundaries already).
    fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && self.text.as_bytes().get(t.start..t.end) == Some(p.as_bytes())
        })
    }

    /// Whether token `i` reads as an adverb by its "-ly" ending ("heavily
    /// armed", "to quickly withdraw"): the cheap test the rules use where
    /// no word class says more.
    fn is_ly_adverb(&self, i: usize) -> bool {
        self.word(i).ends_with("ly")
    }

    /// A possessive marker at token `i`: "'s" ("Hamas's attack"), or the
    /// bare apostrophe of a plural possessive ("the Houthis' attack"): one
    /// glued to a word ending in "s" and followed, after a space, by a word.
    /// A closing single quote ("called them 'terrorists' and") is not one:
    /// an opening quote stands earlier in the sentence.
    fn is_possessive(&self, i: usize) -> bool {
        if self.is(i, "'s") {
            return true;
        }
        if i == 0 || i + 1 >= self.n() || !self.punct(i, "'") {
            return false;
        }
        let (prev, here, next) = (&self.toks[i - 1], &self.toks[i], &self.toks[i + 1]);
        let glued = prev.end == here.start && next.start > here.end;
        let plural = self.word(i - 1).ends_with(['s', 'S']);
        glued && plural && next.kind != TokenKind::Punct && !self.opening_quote_before(i)
    }

    /// Whether a single quote that opens a quotation (space before it, a
    /// word glued after it) stands before token `i`.
    fn opening_quote_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            self.punct(k, "'")
                && (k == 0 || self.toks[k - 1].end < self.toks[k].start)
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.start == self.toks[k].end)
        })
    }

    fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// A quotation mark or bracket: punctuation that encloses words
    /// rather than separating clauses.
    fn is_quote_or_bracket(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(
                    self.text.as_bytes().get(t.start..t.end),
                    Some(b"\"" | b"'" | b"(" | b")" | b"[" | b"]")
                )
        })
    }

    /// A token that ends a clause for argument search.
    fn hard_stop(&self, i: usize) -> bool {
        self.punct(i, ";") || self.punct(i, ":") || self.punct(i, "—")
    }

    fn trig_is_verb(&self, t: usize) -> bool {
        self.trig_verb.get(t).copied().unwrap_or(false)
    }

    /// Whether a verb trigger heads at `i`.
    fn trig_verb_at(&self, i: usize) -> bool {
        self.trig_at(i).is_some_and(|t| self.trig_is_verb(t))
    }

    fn trig_at(&self, i: usize) -> Option<usize> {
        match self.trig_of.get(i) {
            Some(&t) if t != NONE => Some(t as usize),
            _ => None,
        }
    }

    /// The actor named by the qualifying word at token `i` ("Iran-backed").
    fn qualifier_at(&self, i: usize) -> Option<usize> {
        self.qualifiers.iter().find(|q| q.0 == i).map(|q| q.1)
    }

    fn mention_at(&self, i: usize) -> Option<&M> {
        match self.ment_of.get(i) {
            Some(&m) if m != NONE => self.ments.get(m as usize),
            _ => None,
        }
    }

    /// The mention whose last token is `i`.
    fn mention_ending_at(&self, i: usize) -> Option<&M> {
        self.mention_at(i).filter(|m| m.b == i + 1)
    }

    /// The first mention at or after `q` over determiners ("the Kremlin",
    /// "the Democratic People's Republic of Korea").
    fn mention_from(&self, mut q: usize) -> Option<&M> {
        while q < self.n() {
            if let Some(m) = self.mention_starting_at(q) {
                return Some(m);
            }
            if self.f(q) & (wc::DET | wc::POSS) == 0 {
                return None;
            }
            q += 1;
        }
        None
    }

    /// The mention whose first token is `i`.
    fn mention_starting_at(&self, i: usize) -> Option<&M> {
        self.mention_at(i).filter(|m| m.a == i)
    }

    /// Whether token `i` can stand inside a noun phrase around a name: a
    /// determiner or possessive ("the", "its"), a plain modifier, a mention
    /// or a possessive marker ("Moscow's new sanctions").
    fn is_np_word(&self, i: usize) -> bool {
        self.f(i) & (wc::DET | wc::POSS) != 0
            || self.mention_at(i).is_some()
            || self.is_modifier_word(i)
            || self.is_possessive(i)
    }

    /// The actors of the other names in the hyphenated word that mention
    /// `m` ends ("US" of "US-China"), in text order: one word of two
    /// names joined by a hyphen coordinates them.
    fn hyphen_partners(&self, m: &M) -> Vec<usize> {
        let Some(tok) = self.toks.get(m.b - 1) else {
            return Vec::new();
        };
        if m.b != m.a + 1 || !has_hyphen(tok.text(self.text).as_bytes()) {
            return Vec::new();
        }
        self.ments
            .iter()
            .filter(|o| o.a == m.a && o.b == m.b && o.actor != m.actor)
            .map(|o| o.actor)
            .collect()
    }

    /// Whether token `k` is a number after a capitalized word with no
    /// other reading: a date ("July 25") inside a noun phrase.
    fn month_before_number(&self, k: usize) -> bool {
        let month = k - 1;
        self.toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && self.toks[month].kind == TokenKind::Word
            && is_upper_start(self.word(month))
            && self.f(month) == 0
            && self.mention_at(month).is_none()
            && self.trig_at(month).is_none()
    }

    /// Whether "to" at `to` opens an infinitive whose object holds mention
    /// `m`: one plain word after "to", then the name itself (not an
    /// adjective: "to senior Iranian officials") or a determiner
    /// ("to help the Kurds").
    fn infinitive_before(&self, to: usize, m: &M) -> bool {
        let verb = to + 1;
        self.f(to) & wc::TO != 0
            && verb < m.a
            && self.is_modifier_word(verb)
            && self.f(verb) == 0
            && self.toks[verb].kind == TokenKind::Word
            && ((verb + 1 == m.a && !matches!(m.how, MentionHow::Alias(AliasKind::Adjective)))
                || (verb + 1 < m.a && self.f(verb + 1) & (wc::DET | wc::POSS) != 0))
    }

    /// The mention that heads the noun phrase opening at `i`, after its
    /// determiners, possessives and plain modifiers ("the new Iraqi
    /// government"), searched before token `end`.
    fn mention_after_np_words(&self, i: usize, end: usize) -> Option<&M> {
        let mut q = i;
        while q < end && (self.f(q) & (wc::DET | wc::POSS) != 0 || self.is_modifier_word(q)) {
            q += 1;
        }
        self.mention_starting_at(q)
    }

    /// A plain lower-case word (or number) with no word class: a modifier
    /// or head noun inside a noun phrase ("military", "new", "air"). The
    /// classes that only say whether an event happened (hearsay, wish,
    /// averse) leave the clause structure as it was without them.
    fn is_modifier_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind == TokenKind::Number {
            return true;
        }
        // `occur` words only say whether an event happened, too ("the
        // coming talks", "the following day").
        let structural =
            !(wc::DET | wc::SKIP | wc::HEARSAY | wc::WISH | wc::NEED | wc::AVERSE | wc::OCCUR);
        t.kind == TokenKind::Word
            && self.f(i) & structural == 0
            && self.trig_at(i).is_none()
            && self.mention_at(i).is_none()
            && t.text(self.text).starts_with(|c: char| c.is_lowercase())
    }

    /// Whether the preposition at `k` qualifies a number rather than
    /// introducing a phrase: "up to 100 Albanians", "about 300 protesters",
    /// "at least 20 soldiers".
    fn approximates(&self, k: usize) -> bool {
        let next_is_number = |i: usize| {
            self.toks
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Number)
        };
        if self.in_cold(k, wc::APPROXIMATOR) {
            return next_is_number(k + 1);
        }
        // "up to 100 Albanians"
        if self.in_cold(k, wc::RANGE_TO) {
            return k > 0 && self.in_cold(k - 1, wc::RANGE_HEAD) && next_is_number(k + 1);
        }
        // "at least 20 soldiers" (the bound word in lower case)
        self.in_cold(k, wc::RANGE_AT)
            && self.in_cold(k + 1, wc::RANGE_WORD)
            && self
                .word(k + 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && next_is_number(k + 2)
    }

    /// The preposition introducing a noun phrase that starts at `a`,
    /// looking back over determiners and modifiers but not to `floor` or
    /// before it. Looks through "of" to an outer preposition ("with leaders
    /// of Romania" → "with"). Returns its word-class bits and position, or
    /// 0 when nothing introduces it.
    fn intro_of(&self, a: usize, floor: usize) -> (wc::Classes, usize) {
        let mut k = a;
        let mut steps = 0;
        let mut found: (wc::Classes, usize) = (0, a);
        while k > floor && steps < 6 {
            k -= 1;
            steps += 1;
            let f = self.f(k);
            if f & PREPS != 0 && self.approximates(k) {
                continue;
            }
            if f & PREPS != 0 {
                if f & wc::OF != 0 && found.0 == 0 {
                    found = (f, k);
                    continue;
                }
                return if found.0 == 0 || f & wc::OF == 0 {
                    (f, k)
                } else {
                    found
                };
            }
            if f & (wc::DET | wc::POSS) != 0 || self.is_modifier_word(k) || self.is_possessive(k) {
                continue;
            }
            // "of Romania's new government": the possessor is inside.
            if self.mention_at(k).is_some() && found.0 != 0 {
                continue;
            }
            break;
        }
        found
    }

    /// Whether the mention starting at token `a` is the object of a verb
    /// trigger right before it (over determiners): "attacked Hamas".
    fn object_of_verb(&self, a: usize) -> bool {
        let mut p = a;
        while p > 0 && self.f(p - 1) & (wc::DET | wc::POSS) != 0 {
            p -= 1;
        }
        p > 0 && self.trig_verb_at(p - 1)
    }

    /// Whether a verb trigger follows token `b` (over auxiliaries, negation
    /// and adverbs): the words before `b` are its subject.
    fn verb_follows(&self, b: usize) -> bool {
        let mut k = b;
        while k < self.n() && self.f(k) & (wc::AUX | wc::BE | wc::HAVE | wc::NEG | wc::SKIP) != 0 {
            k += 1;
        }
        k < self.n() && self.trig_verb_at(k)
    }

    /// Coordinated mentions ending with mention `m` ("Hamas and Hezbollah",
    /// "Bahrain, Canada and the Netherlands"), leftwards.
    fn group_left(&self, m: &M, floor: usize) -> Vec<M> {
        let mut group = vec![*m];
        let mut k = m.a;
        let mut conj_seen = false;
        // The group's length before a ", and" link: a serial comma only ends
        // a list of three or more, so unless a plain comma link joins a
        // further item, ", and" joined two clauses ("Israel attacked Syria,
        // and Jordan condemned the raid") and the group is cut back here.
        let mut serial_pending: Option<usize> = None;
        loop {
            let mut p = k;
            while p > floor && self.f(p - 1) & wc::DET != 0 {
                p -= 1;
            }
            if p <= floor + 1 {
                break;
            }
            let link = p - 1;
            let is_conj = self.f(link) & wc::CONJ != 0;
            let is_comma = self.punct(link, ",");
            if !(is_conj || (is_comma && conj_seen)) {
                break;
            }
            let mut q = link;
            // "The US, Russia, and Switzerland": a serial comma before the
            // last "and" belongs to the same list.
            let serial = is_conj && q > floor + 1 && self.punct(q - 1, ",");
            if serial {
                q -= 1;
            }
            while q > floor && self.f(q - 1) & wc::DET != 0 {
                q -= 1;
            }
            if q == 0 {
                break;
            }
            match self.mention_ending_at(q - 1).copied() {
                Some(prev)
                    if self.intro_of(prev.a, floor).0 & (wc::LOC | wc::OF | wc::FROM | wc::BY)
                        == 0
                        && !self.object_of_verb(prev.a) =>
                {
                    if serial {
                        serial_pending = Some(group.len());
                    } else if is_comma {
                        serial_pending = None;
                    }
                    conj_seen |= is_conj;
                    group.push(prev);
                    k = prev.a;
                }
                _ => break,
            }
        }
        if let Some(len) = serial_pending {
            group.truncate(len);
        }
        group.reverse();
        group
    }

    /// The people noun a mention names the owner of ("two Mondlane aides",
    /// "Navalny's relatives"): the `entourage` word right after it, over a
    /// possessive marker.
    fn entourage_after(&self, m: &M) -> Option<usize> {
        let k = if self.is_possessive(m.b) {
            m.b + 1
        } else {
            m.b
        };
        (k < self.n() && self.names(k, wc::ENTOURAGE)).then_some(k)
    }

    /// The names apposed to the noun at `noun` after a comma ("aides, lawyer
    /// Elvino Dias and Podemos official Paulo Guambe,"): every mention up to
    /// the clause's next break, except one that modifies the word after it
    /// ("Podemos official"). Empty when no apposition follows.
    fn apposed_names(&self, noun: usize) -> Vec<M> {
        let n = self.n();
        let mut names = Vec::new();
        if !self.punct(noun + 1, ",") {
            return names;
        }
        let end = n.min(noun + 2 + OBJECT_WINDOW);
        let mut j = noun + 2;
        while j < end {
            if let Some(m) = self.mention_starting_at(j).copied() {
                let attributive = m.b < n
                    && (self.is_possessive(m.b)
                        || self.is_modifier_word(m.b)
                        || self.names(m.b, wc::ENTOURAGE));
                if !attributive {
                    names.push(m);
                }
                j = m.b;
                continue;
            }
            let f = self.f(j);
            // A comma closes the apposition unless the list goes on ("aides,
            // A, B and C").
            if self.punct(j, ",") {
                let mut q = j + 1;
                while q < end && (self.f(q) & wc::CONJ != 0 || self.is_modifier_word(q)) {
                    q += 1;
                }
                if names.is_empty() || self.mention_starting_at(q).is_none() {
                    break;
                }
            } else if self.hard_stop(j)
                || self.is_punct(j)
                || f & (PREPS | wc::TO | wc::THAT | wc::BAR | wc::REL | wc::AUX) != 0
                || self.trig_at(j).is_some()
            {
                break;
            }
            j += 1;
        }
        names
    }

    /// A participant group with the owners of a people noun replaced by the
    /// people themselves: "the killing of two Mondlane aides, lawyer Elvino
    /// Dias and ..." killed the aides, not Mondlane; the names apposed to
    /// the noun are the aides, and without them the group names no one.
    fn without_owners(&self, group: Vec<M>) -> Vec<M> {
        let mut kept = Vec::with_capacity(group.len());
        let mut apposed = Vec::new();
        for m in group {
            match self.entourage_after(&m) {
                Some(noun) => apposed.extend(self.apposed_names(noun)),
                None => kept.push(m),
            }
        }
        kept.extend(apposed);
        kept
    }

    /// Coordinated mentions starting with mention `m`, rightwards; comma
    /// links only count when the list ends in "and"/"or".
    fn group_right(&self, m: &M, ceiling: usize) -> Vec<M> {
        let object = self.object_of_verb(m.a);
        let mut group = vec![*m];
        let mut confirmed = 1;
        let mut k = m.b;
        while k < ceiling {
            let mut is_conj = self.f(k) & wc::CONJ != 0;
            let is_comma = self.punct(k, ",");
            if !(is_conj || is_comma) {
                break;
            }
            let mut q = k + 1;
            // A serial comma: ", and" links the last item as "and" does,
            // once a plain comma has joined two items; after one item it
            // joins two clauses ("attacked Syria, and Jordan condemned").
            if is_comma && group.len() >= 2 && q < ceiling && self.f(q) & wc::CONJ != 0 {
                is_conj = true;
                q += 1;
            }
            while q < ceiling
                && (self.f(q) & wc::DET != 0 || (is_conj && self.f(q) & wc::POSS != 0))
            {
                q += 1;
            }
            match self.mention_starting_at(q).copied() {
                // "Israel attacked Hamas and Iran condemned the raid": after
                // a verb's object, a name followed by a verb of its own opens
                // the next clause.
                Some(next) if is_conj && object && self.verb_follows(next.b) => break,
                Some(next) => {
                    group.push(next);
                    if is_conj {
                        confirmed = group.len();
                    }
                    k = next.b;
                }
                None => break,
            }
        }
        group.truncate(confirmed);
        group
    }
}

/// The sides of a "between" phrase whose "between" is token `b - 1`
/// ("talks between an Israeli peace movement and the PLO"): every actor
/// named in it up to the end of its clause. A preposition other than "of"
/// ends the phrase once an "and" has joined the sides, or before any side is
/// named ("talks between the two sides resumed in Cairo" names none); empty
/// when the phrase names no actor.
fn between_sides(s: &Sent, b: usize, trigs: &[Trig]) -> Vec<usize> {
    let n = s.n();
    let end = n.min(b + OBJECT_WINDOW);
    let mut sides: Vec<usize> = Vec::new();
    let mut joined = false;
    let mut j = b;
    while j < end {
        if let Some(m) = s.mention_at(j).copied() {
            if !s.heritage_adjective(&m) && !sides.contains(&m.actor) {
                sides.push(m.actor);
            }
            j = m.b.max(j + 1);
            continue;
        }
        let f = s.f(j);
        // "between Israel, Jordan, and Syria": before the "and", a comma
        // followed by another side continues the list; after it, a comma
        // ends the phrase ("between Israel and Syria, Egypt said").
        if s.punct(j, ",") && !joined && !sides.is_empty() {
            let mut q = j + 1;
            let mut conj = false;
            while q < end && s.f(q) & (wc::DET | wc::CONJ) != 0 {
                conj |= s.f(q) & wc::CONJ != 0;
                q += 1;
            }
            if s.mention_starting_at(q).is_some() {
                joined |= conj;
                j = q;
                continue;
            }
        }
        let verb = s.trig_at(j).is_some_and(|t| trigs[t].is_verb());
        if s.punct(j, ",")
            || s.hard_stop(j)
            || verb
            || f & (wc::THAT | wc::BAR | wc::REL | CUE) != 0
            // "talks between Israel and Syria on the Golan": a phrase after
            // the second side is about something else.
            || ((joined || sides.is_empty()) && f & PREPS != 0 && f & wc::OF == 0)
        {
            break;
        }
        joined |= f & wc::CONJ != 0;
        j += 1;
    }
    sides
}

/// Whom a protest defies, named after its trigger in the same clause: "in
/// defiance of Chinese authorities", "in protest against (at, over, of) the
/// government's decision". Empty when no such phrase names an actor.
fn protest_aim(s: &Sent, t: &Trig, trigs: &[Trig]) -> Vec<usize> {
    let n = s.n();
    let end = n.min(t.tend + 2 * OBJECT_WINDOW);
    for k in t.ta + 1..end.saturating_sub(3) {
        let other_verb = k >= t.tend && s.trig_at(k).is_some_and(|x| trigs[x].is_verb());
        if s.hard_stop(k) || other_verb || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0 {
            break;
        }
        let aim_phrase =
            s.is(k, "in") && s.in_cold(k + 1, wc::AIM_NOUN) && s.in_cold(k + 2, wc::AIM_PREP);
        if !aim_phrase {
            continue;
        }
        return s
            .mention_after_np_words(k + 3, n)
            .map(|m| actors_of(&s.group_right(m, n)))
            .unwrap_or_default();
    }
    Vec::new()
}

/// The lexicon row a trigger matched (none for an obligation).
fn lexicon_row(t: &Trig) -> Option<u32> {
    match t.kind {
        Kind::Lexicon(e) => Some(e),
        Kind::Obligation => None,
    }
}

fn actors_of(group: &[M]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(group.len());
    extend_unique(&mut out, group.iter().map(|m| m.actor));
    out
}

/// Appends each of `more` that `actors` does not hold yet, in order.
fn extend_unique(actors: &mut Vec<usize>, more: impl IntoIterator<Item = usize>) {
    for a in more {
        if !actors.contains(&a) {
            actors.push(a);
        }
    }
}

/// What the current trigger's clause knows beyond its sentence.
struct Context<'c> {
    /// The speaker of the claim the trigger is reported in.
    claim_speaker: Option<usize>,
    /// First token of that claim's content in this sentence.
    content_start: Option<usize>,
    last_subject: &'c [usize],
    actors: &'c DocActors,
}

enum Subject {
    Found(Vec<M>),
    /// A pronoun at this token.
    Pronoun(usize),
    None,
}

/// Resolves a pronoun at token `p`: inside reported speech the speaker;
/// else the nearest earlier mention in the sentence that fits ("it" is not
/// a person, "he"/"she" is); else the last subject seen.
fn resolve_pronoun(s: &Sent, p: usize, ctx: &Context) -> Vec<usize> {
    let w = s.word(p).to_ascii_lowercase();
    let want_person = s.in_cold(p, wc::PERSON_PRONOUN);
    let not_person = s.in_cold(p, wc::THING_PRONOUN);
    let is_person = |a: usize| ctx.actors.actors.get(a).map(|x| x.kind) == Some(ActorKind::Person);
    if let Some(cs) = ctx.content_start {
        if p >= cs {
            // Inside reported speech a pronoun stands for the speaker; a
            // speaker the text leaves unresolved ("the Iran-backed group
            // said it had ...") leaves the pronoun unresolved too. A
            // person owns nothing as "its" ("Erdogan assailed the West over
            // its support"): such an owner is a fitting name inside the
            // speech, or no one. "He" of a speaker coded as a state or an
            // office ("King Hassan was quoted as saying he ...") is the
            // speaker still, and so is "it", which as often stands for no
            // one ("said it was only the latest move").
            let fits = |a: usize| !(w == "its" && is_person(a));
            // "Trump said Israel would lose its support if it annexed the
            // territory": a person is no "it"; a state or body opening the
            // reported clause, its subject, is.
            if let Some(speaker) = ctx.claim_speaker.filter(|&sp| w == "it" && is_person(sp)) {
                let opening = s
                    .mention_from(cs)
                    .filter(|m| m.b <= p && !is_person(m.actor) && m.actor != speaker);
                if let Some(m) = opening {
                    return vec![m.actor];
                }
            }
            return match ctx.claim_speaker {
                Some(speaker) if !fits(speaker) => (cs..p)
                    .rev()
                    .filter_map(|k| s.mention_ending_at(k))
                    .find(|m| fits(m.actor))
                    .map(|m| vec![m.actor])
                    .unwrap_or_default(),
                speaker => speaker.map(|s| vec![s]).unwrap_or_default(),
            };
        }
    }
    // "Mali, Burkina Faso and Niger left ECOWAS, a year after announcing
    // their withdrawal": a plural pronoun goes to a coordination of several
    // actors earlier in the sentence before a single actor nearer to it.
    if s.in_cold(p, wc::PLURAL_PRONOUN) {
        let mut k = p;
        while k > 0 {
            k -= 1;
            if let Some(m) = s.mention_ending_at(k) {
                let group = s.group_left(m, 0);
                if group.len() > 1 {
                    return actors_of(&group);
                }
            }
        }
    }
    let mut k = p;
    while k > 0 {
        k -= 1;
        if let Some(m) = s.mention_ending_at(k) {
            let kind = ctx.actors.actors.get(m.actor).map(|a| a.kind);
            let is_person = kind == Some(ActorKind::Person);
            if (want_person && is_person && ctx.actors.agrees_with_pronoun(m.actor, &w))
                || (not_person && !is_person)
                || (!want_person && !not_person)
            {
                return vec![m.actor];
            }
        }
    }
    if !want_person {
        return ctx.last_subject.to_vec();
    }
    // "He announced sanctions" after a sentence whose subject was a state:
    // the last subject only if it is a person, else the nearest person
    // named shortly before this sentence, else nobody: a state or a group
    // is never "he", and a wrong doer is worse than an unnamed one.
    // "he" is no woman, "she" no man (a person of unknown gender fits both).
    let fits = |a: usize| is_person(a) && ctx.actors.agrees_with_pronoun(a, &w);
    if !ctx.last_subject.is_empty() && ctx.last_subject.iter().all(|&a| fits(a)) {
        return ctx.last_subject.to_vec();
    }
    let here = s.toks.first().map_or(0, |t| t.start);
    ctx.actors
        .mentions
        .iter()
        .rev()
        .skip_while(|m| m.start >= here)
        .take_while(|m| here - m.start <= PERSON_ANTECEDENT_BYTES)
        .find(|m| fits(m.actor))
        .map(|m| vec![m.actor])
        .unwrap_or_default()
}

/// How far back (bytes before the sentence) "he"/"she" looks for a person
/// named earlier: about two sentences of news prose.
const PERSON_ANTECEDENT_BYTES: usize = 400;

/// The subject of a predicate starting at token `i`: the nearest actor
/// mention to the left that is not inside a prepositional phrase, with its
/// coordinated mentions; a subject pronoun; or nothing. A mention after
/// "of"/"from"/"in" ("leaders of X", "demonstrators in Baghdad") is the
/// fallback when nothing better is found.
fn subject_before(s: &Sent, i: usize, floor: usize, trigs: &[Trig]) -> Subject {
    subject_before_with(s, i, floor, trigs, wc::LOC | wc::OF | wc::FROM)
}

/// [`subject_before`] with the prepositions whose mention is the fallback
/// subject: a passive's patient may sit in a "for" phrase of its subject
/// ("a camp for Congolese refugees was attacked"), an active verb's doer
/// may not ("arrest warrants for two Brazilian men sought in ...").
fn subject_before_with(
    s: &Sent,
    i: usize,
    floor: usize,
    trigs: &[Trig],
    fallback_preps: wc::Classes,
) -> Subject {
    // "Pakistan, a key U.S. ally, has refused": skip an apposition or a
    // participle clause set off by commas right before the verb.
    let k = s.back_over_classes(i, floor, wc::AUX | wc::SKIP | wc::NEG);
    let mut j = i;
    // "Thousands rallied, some waving Russian flags, and attacked": a
    // second predicate after ", and" has no subject of its own; the phrase
    // set off before it is tested as one set off before a verb (but the
    // name before that phrase is no subject: it may end a list).
    let after_conj = k > floor + 1 && s.f(k - 1) & wc::CONJ != 0 && s.punct(k - 2, ",");
    let comma = if after_conj { k - 1 } else { k };
    if comma > floor && s.punct(comma - 1, ",") {
        let k = comma;
        let mut c = k - 1;
        // A relative "that" right after a plain noun ("the group that
        // attacked") stays inside the set-off phrase; a complementizer
        // ("said that") ends the search.
        let relative_that = |t: usize| {
            t > floor
                && s.f(t) & wc::THAT != 0
                && s.f(t - 1) & (CUE | wc::THAT) == 0
                && s.trig_at(t - 1).is_none()
                && s.is_modifier_word(t - 1)
        };
        while c > floor
            && !s.punct(c - 1, ",")
            && !s.hard_stop(c - 1)
            && (s.f(c - 1) & (wc::THAT | wc::BAR) == 0 || relative_that(c - 1))
        {
            c -= 1;
        }
        if c > floor + 1 && s.punct(c - 1, ",") {
            if !after_conj {
                if let Some(m) = s.mention_ending_at(c - 2).copied() {
                    if s.intro_of(m.a, floor).0 & PREPS == 0 {
                        return Subject::Found(s.group_left(&m, floor));
                    }
                }
            }
            // "US Predator attacks, occurring every three days, have
            // killed": the subject phrase ends before the set-off clause;
            // so with a quantifier before the participle ("supporters,
            // some waving Russian flags, attacked").
            let participle =
                |x: usize| x < k && (s.word(x).ends_with("ing") || s.word(x).ends_with("ed"));
            let quantified = s.f(c) & wc::DET != 0 && s.mention_at(c).is_none();
            let set_off_is_participle = participle(c) || (quantified && participle(c + 1));
            // "Kim Yo Jong, the powerful sister of leader Kim Jong Un,
            // threatened": a set-off phrase opening with a determiner is an
            // apposition, and the names inside it are not the subject.
            let apposition = quantified && !after_conj;
            if set_off_is_participle || apposition {
                j = c - 1;
            }
        }
        // "Frelimo, which has governed Mozambique since independence from
        // Portugal, rejected": the names inside a set-off relative clause
        // are not the main verb's subject either (its subordinators, such
        // as "since", do not end it).
        let mut r = k - 1;
        while r > floor && !s.punct(r - 1, ",") && !s.hard_stop(r - 1) {
            r -= 1;
        }
        if r > floor + 1 && r < k - 1 && s.punct(r - 1, ",") && s.f(r) & wc::REL != 0 {
            j = j.min(r - 1);
        }
    }
    // "Hamas, the group that attacked Israel", "the militia that seized":
    // "that" right before the verb (over auxiliaries) after a noun is a
    // relative pronoun; its antecedent is the mention before it, or the
    // name the noun phrase stands in apposition to.
    if k > floor + 1 && s.f(k - 1) & wc::THAT != 0 {
        let before = k - 2;
        if let Some(m) = s.mention_ending_at(before).copied() {
            // "the strike in Damascus that killed": a name inside a
            // prepositional phrase is not what "that" stands for.
            if s.intro_of(m.a, floor).0 & PREPS != 0 {
                return Subject::None;
            }
            return Subject::Found(s.group_left(&m, floor));
        }
        let mut q = before + 1;
        while q > floor
            && (s.is_modifier_word(q - 1) || s.f(q - 1) & wc::DET != 0)
            && s.mention_at(q - 1).is_none()
            && s.trig_at(q - 1).is_none()
        {
            q -= 1;
        }
        if q <= before && q > floor + 1 && s.f(q) & wc::DET != 0 && s.punct(q - 1, ",") {
            if let Some(m) = s.mention_ending_at(q - 2).copied() {
                return Subject::Found(vec![m]);
            }
        }
        // "the Iranian regime that arms Hezbollah", "the Chinese firms that
        // supplied Russia": a nationality adjective or name that modifies
        // the antecedent's head says whose it is; that side is the doer.
        // Not a hyphenated qualifier ("the Iran-backed militia that"),
        // which names a patron, not the antecedent.
        if q <= before && q > floor {
            if let Some(m) = s.mention_ending_at(q - 1).copied() {
                let modifier = matches!(
                    m.how,
                    MentionHow::Alias(AliasKind::Adjective | AliasKind::Name)
                ) && (m.a..m.b).all(|k| !has_hyphen(s.word(k).as_bytes()));
                // The name opens the noun phrase, after a determiner or a
                // verb ("sanctioned Chinese firms that"), and the phrase is
                // no prepositional object, as above ("the strike on Iranian
                // sites that killed": "that" may stand for the strike).
                let opens_np = m.a == floor
                    || s.f(m.a - 1) & (wc::DET | wc::POSS) != 0
                    || s.trig_verb_at(m.a - 1);
                let opens_np = opens_np && s.intro_of(m.a, floor).0 & PREPS == 0;
                if modifier && opens_np {
                    return Subject::Found(vec![m]);
                }
            }
        }
    }
    let mut fallback: Option<M> = None;
    let mut steps = 0;
    // A determiner before any actor means the subject is a plain noun
    // phrase ("a human rights group charged"): do not look past a comma.
    let mut saw_det = false;
    while j > floor && steps < SUBJECT_WINDOW {
        j -= 1;
        steps += 1;
        if s.f(j) & CUE != 0 || (saw_det && s.punct(j, ",")) {
            break;
        }
        if s.f(j) & wc::DET != 0 && s.mention_at(j).is_none() {
            saw_det = true;
        }
        if let Some(m) = s.mention_ending_at(j).copied() {
            let (intro, at) = s.intro_of(m.a, floor);
            if intro & PREPS != 0 {
                // "signed an agreement in Doha aimed at ending the
                // fighting": a place right after an event's words is where
                // that event happened, not a stand-in for anyone's doer
                // (unlike "demonstrators in Baghdad", whose head is no
                // event).
                let place_of_event = intro & wc::LOC != 0
                    && at > floor
                    && trigs.iter().any(|u| u.tend == at && u.ta < at);
                if fallback.is_none() && intro & fallback_preps != 0 && !place_of_event {
                    fallback = Some(m);
                }
                j = m.a;
                continue;
            }
            // "Trump had called Petro an illegal drug leader and cut aid": a
            // predicate after "and" shares the subject of the verb before
            // it; a name right after that verb (a naming verb, which is no
            // event trigger) is its object, not the subject.
            // (sitrep-claims reads the naming verb as a cue whose content
            // opens at its object: the subject is then before that content.)
            if let Some(verb) = coordinated_object_verb(s, &m, k, floor) {
                let floor = if verb < floor { 0 } else { floor };
                return subject_before_with(s, verb, floor, trigs, fallback_preps);
            }
            return Subject::Found(s.group_left(&m, floor));
        }
        if s.mention_at(j).is_some() {
            continue;
        }
        let f = s.f(j);
        if s.hard_stop(j) || f & (wc::THAT | wc::BAR) != 0 {
            break;
        }
        if f & wc::REL != 0 {
            // "the Tren de Aragua gang, which his administration has
            // designated a terrorist organization": words of a subject of
            // its own between the relative pronoun and the verb make the
            // antecedent the verb's object, not its doer.
            // Only a short noun phrase right before the verb counts ("who
            // lost his bid, did ..." keeps the antecedent).
            let verbal = wc::AUX | wc::SKIP | wc::NEG | wc::BE | wc::HAVE;
            let own_subject: Vec<usize> = (j + 1..k).filter(|&x| s.f(x) & verbal == 0).collect();
            let noun_phrase = own_subject
                .iter()
                .all(|&x| !s.is_punct(x) && s.trig_at(x).is_none() && s.is_np_word(x));
            // It opens with a determiner or possessive, or holds a name:
            // "who have long refused" is no subject and a verb.
            let opens_np = own_subject.first().is_some_and(|&x| {
                s.f(x) & (wc::DET | wc::POSS) != 0
                    || own_subject.iter().any(|&y| s.mention_at(y).is_some())
            });
            if opens_np && own_subject.len() <= 4 && noun_phrase {
                break;
            }
            // "the Houthis, who seized ...": the antecedent before "who".
            let mut k = j;
            if k > floor && s.punct(k - 1, ",") {
                k -= 1;
            }
            if k > floor {
                if let Some(m) = s.mention_ending_at(k - 1).copied() {
                    return Subject::Found(s.group_left(&m, floor));
                }
            }
            break;
        }
        if f & wc::PRON != 0 {
            return Subject::Pronoun(j);
        }
        // Another verb heads another clause, except a participle clause set
        // off after the subject ("Hamas, armed by the IRGC, attacked").
        if let Some(t) = s.trig_at(j) {
            if trigs[t].is_verb() && trigs[t].voice != Voice::Reduced {
                break;
            }
        }
    }
    match fallback {
        Some(m) => Subject::Found(vec![m]),
        None => Subject::None,
    }
}

/// The antecedent of an object relative clause whose verb starts at `ta`:
/// "Hamas, which the US designated a terrorist organization", "Pakistan,
/// which India blames for the attack", "the Houthi rebels that Iran arms".
/// The relative pronoun is followed by the clause's own subject (a name or
/// a pronoun), so the antecedent is not the verb's doer but what the verb
/// is done to. A subject relative ("Iran, which arms Hezbollah") has no
/// subject between the pronoun and the verb and is no object relative.
fn object_relative_antecedent(s: &Sent, ta: usize, floor: usize) -> Option<Vec<M>> {
    let verbal = wc::AUX | wc::SKIP | wc::NEG | wc::HAVE;
    let mut k = s.back_over_classes(ta, floor, verbal);
    // "Hezbollah, which Iran arms and funds": the second of two
    // coordinated one-word verbs shares the first one's subject.
    if k > floor + 2 && s.f(k - 1) & wc::CONJ != 0 && s.trig_verb_at(k - 2) {
        k = s.back_over_classes(k - 2, floor, verbal);
    }
    if k <= floor + 1 {
        return None;
    }
    // The clause's own subject: names (over a determiner: "which the US
    // designated") or a pronoun ("whom they accused").
    let subject_start = match s.mention_ending_at(k - 1) {
        Some(m) => {
            let first = s.group_left(m, floor).first().map_or(m.a, |g| g.a);
            s.back_over_classes(first, floor, wc::DET)
        }
        None if s.f(k - 1) & wc::PRON != 0 => k - 1,
        None => return None,
    };
    if subject_start <= floor + 1 {
        return None;
    }
    let r = subject_start - 1;
    let relative = s.f(r) & wc::REL != 0;
    // "that" is a relative pronoun only after a noun phrase that is no
    // verb's object: "warned the rebels that Israel would strike" is a
    // complement clause, its subject no doer against the rebels.
    let relative_that = s.f(r) & wc::THAT != 0;
    if !relative && !relative_that {
        return None;
    }
    let mut e = r;
    if relative && s.punct(e - 1, ",") {
        e -= 1;
    }
    if relative_that {
        // "the Houthi rebels that", "sanctions on the Russian banks that":
        // a name, or a nationality adjective modifying the head noun, in a
        // noun phrase that opens the sentence or a prepositional phrase.
        // After a verb it may be the verb's object and "that" a
        // complementizer ("warned the rebels that Israel would strike",
        // "told Hamas that"); a plain word after a name may be a verb
        // ("Iran said that").
        let q = s.back_over_at_most(e, floor, 3, |j| s.is_modifier_word(j));
        if q <= floor {
            return None;
        }
        let m = *s.mention_ending_at(q - 1)?;
        if q < e && !matches!(m.how, MentionHow::Alias(AliasKind::Adjective)) {
            return None;
        }
        let opens = s.back_over_classes(m.a, floor, wc::DET);
        let opens_np = opens == floor || s.f(opens - 1) & PREPS != 0;
        return opens_np.then(|| vec![m]);
    }
    if e <= floor {
        return None;
    }
    // "Hamas, which", "Hezbollah fighters, whom": the name, or the name
    // owning the head noun right before the pronoun.
    let m = match s.mention_ending_at(e - 1) {
        Some(m) => *m,
        None if e > floor + 1 && s.is_modifier_word(e - 1) => *s.mention_ending_at(e - 2)?,
        None => return None,
    };
    Some(s.group_left(&m, floor))
}

/// Whether the comma at `comma` closes a relative clause set off by a comma
/// before it (", which Sweden accused of blocking its bid,").
fn closes_relative_clause(s: &Sent, comma: usize, floor: usize) -> bool {
    let r = s.back_over(comma, floor, |j| !s.punct(j, ",") && !s.hard_stop(j));
    r > floor && r < comma && s.punct(r - 1, ",") && s.f(r) & wc::REL != 0
}

/// The subject of a support verb in a relative clause right after an event
/// noun ending at `tend` ("sanctions | that the EU imposed on Russia",
/// "talks | which Iran held with Oman"), and the verb's token: the noun is
/// the verb's object, so no object may follow the verb (only a
/// preposition, punctuation or a time word: "reports that Iran launched
/// drones" is a complement clause). A verb of receiving ("the attacks that
/// Israel suffered") names the noun's target, not its doer; a verb that is
/// an event of its own ("the sanctions that Iran rejected") is left to the
/// governance pass; a negation ("did not impose") leaves the noun as it is.
fn relative_support_verb(s: &Sent, tend: usize) -> Option<(Vec<usize>, usize)> {
    let n = s.n();
    if tend >= n || s.f(tend) & (wc::REL | wc::THAT) == 0 {
        return None;
    }
    let mut k = tend + 1;
    while k < n && s.f(k) & wc::DET != 0 && s.mention_at(k).is_none() {
        k += 1;
    }
    let m = *s.mention_starting_at(k)?;
    let group = s.group_right(&m, n);
    let mut v = group.last().map_or(m.b, |g| g.b);
    while v < n && s.f(v) & (wc::AUX | wc::SKIP | wc::HAVE) != 0 {
        v += 1;
    }
    let support = v < n
        && s.f(v) & wc::LIGHT != 0
        && s.f(v) & (wc::CONVERSE | wc::NEG) == 0
        && s.trig_at(v).is_none();
    if !support {
        return None;
    }
    let next = v + 1;
    let no_object = next >= n
        || s.is_punct(next)
        || s.hard_stop(next)
        || s.f(next) & (PREPS | wc::SKIP | wc::BAR | wc::CONJ | wc::PARTICLE) != 0;
    no_object.then(|| (actors_of(&group), v))
}

/// The naming verb whose object mention `m` is, when the verb
/// whose subject is sought (its first word at `k`, after auxiliaries) opens
/// a predicate coordinated by "and" ("called Petro an illegal drug leader
/// and cut aid"). Event verbs are left out: their coordinated predicates are
/// read by the governance pass.
fn coordinated_object_verb(s: &Sent, m: &M, k: usize, floor: usize) -> Option<usize> {
    if k <= floor + 1 || s.f(k - 1) & wc::CONJ == 0 {
        return None;
    }
    let p = s.back_over_classes(m.a, floor, wc::DET | wc::POSS);
    // The verb may be the cue right before a claim's content (`floor`).
    let verb = p.checked_sub(1).filter(|&v| v + 1 >= floor && v > 0)?;
    // Only a naming verb: after "said" a name opens the reported clause
    // ("said Iran would remain in the deal and consult"), it is no object.
    (s.names(verb, wc::EVALUATE) && s.trig_at(verb).is_none()).then_some(verb)
}

/// The object of a trigger ending before token `i`: the first mention group
/// to the right that is a direct object (when `direct`; a mention after "of"
/// inside the object noun phrase counts) or follows one of the prepositions
/// in `preps`; mentions after a locative preposition are the fallback.
/// Returns the group and the bits of its preposition (0 = direct).
/// Tokens before `own_end` are the trigger's own words (the gapped object of
/// "fired rockets"), which no "from" phrase after them belongs to.
fn object_after(
    s: &Sent,
    i: usize,
    own_end: usize,
    direct: bool,
    preps: wc::Classes,
    trigs: &[Trig],
) -> Option<(Vec<M>, wc::Classes)> {
    let n = s.n();
    let end = n.min(i + OBJECT_WINDOW);
    let mut j = i;
    let mut fallback: Option<Vec<M>> = None;
    while j < end {
        if let Some(m) = s.mention_at(j).copied() {
            if m.a < i || s.heritage_adjective(&m) {
                j = m.b;
                continue;
            }
            let (intro, at) = s.intro_of(m.a, i.saturating_sub(1));
            let intro = if at < i { 0 } else { intro };
            // "resigned yesterday to allow Haiti's elections", "failed to
            // stop Iran's programme": "to" and a plain word before a name or a
            // determiner open an infinitive, whose object is the object of
            // that verb, not this one's target. ("to senior Iranian
            // officials": an adjective name after the plain word is still
            // the phrase's head.)
            // A governing verb's own infinitive ("vowed (not) to stop
            // Iran") is its complement, whose object it is aimed at.
            let own_infinitive = (own_end.max(i)..at).all(|k| s.f(k) & (wc::NEG | wc::SKIP) != 0);
            if !own_infinitive && s.infinitive_before(at, &m) {
                break;
            }
            // "allow the return of U.N. inspectors": "of" inside the object;
            // "met with dissidents from Myanmar": so is "from", where the
            // verb takes no "from" phrase of its own ("received weapons from").
            // "from Lebanon to Yemen" is a range, not whose people they are;
            // after a weapon or the trigger's own words ("fired rockets from
            // Lebanon into Israel", "fired a missile from Yemen") or right
            // after the verb, "from" says where the act came from.
            let inside = intro & wc::OF != 0
                || (intro & wc::FROM != 0
                    && at > i
                    && !(i..at).any(|k| k < own_end || s.names(k, wc::WEAPON))
                    && preps & wc::FROM == 0
                    && s.f(m.b) & wc::TO == 0);
            // "targeted journalists critical of the Kremlin", "arrested
            // activists hostile to the government": a name in an adjective's
            // phrase after the object noun is what the object's people stand
            // against, not whom the act is aimed at.
            if at > i && s.in_cold(at - 1, wc::AGAINST_ADJECTIVE) {
                j = m.b;
                continue;
            }
            let object_np = inside
                && (i..at).all(|k| {
                    s.f(k) & (wc::DET | wc::POSS) != 0
                        || s.is_modifier_word(k)
                        || s.trig_at(k).is_some_and(|t| trigs[t].nominal)
                });
            if intro == 0 || (object_np && direct) {
                if direct {
                    return Some((s.without_owners(s.group_right(&m, n)), 0));
                }
            } else if intro & preps != 0 {
                // "protests against the jailing of Istanbul's mayor": an "of"
                // phrase past another event noun is that noun's object.
                let of_another_event = intro & wc::OF != 0
                    && (i.max(own_end)..at).any(|k| s.trig_at(k).is_some_and(|u| trigs[u].nominal));
                if !of_another_event {
                    return Some((s.without_owners(s.group_right(&m, n)), intro));
                }
            } else if intro & wc::LOC != 0 && fallback.is_none() {
                fallback = Some(s.group_right(&m, n));
            }
            j = m.b;
            continue;
        }
        let f = s.f(j);
        // "denounced as an ugly crime Serbia's suppression of the unrest":
        // an "as" predicate moved before a long object, which a possessor
        // opens; without one the "as" phrase ends the search.
        if direct && j == i && s.is(j, "as") {
            let mut q = j + 1;
            while q < end && (s.f(q) & wc::DET != 0 || s.is_modifier_word(q)) {
                q += 1;
            }
            if let Some(m) = s.mention_starting_at(q) {
                if q > j + 1 && s.is_possessive(m.b) {
                    return Some((vec![*m], 0));
                }
            }
        }
        if s.punct(j, ",") || s.hard_stop(j) || f & (wc::THAT | wc::BAR | wc::REL) != 0 {
            break;
        }
        // "accused the detained workers of spying for Israel", "accusing
        // it of supplying the RSF": "of" and a gerund after the object
        // open what the object is said to do; the names in it are the
        // gerund's, not this verb's target. So do "from" and a gerund
        // ("bars inspectors from entering Iran's nuclear sites": what the
        // object is kept from doing; a name as the object before it, "ban
        // opposition candidates from participating", is found first). A
        // region word is no gerund ("withdraw its troops from neighboring
        // Lebanon").
        if direct
            && j > i
            && f & (wc::OF | wc::FROM) != 0
            && j + 1 < n
            && s.word(j + 1).ends_with("ing")
            && !s.names(j + 1, wc::REGION)
        {
            break;
        }
        if s.punct(j, "(") {
            // Skip a parenthesis ("(APEC)").
            let mut k = j + 1;
            while k < end && !s.punct(k, ")") {
                k += 1;
            }
            j = k + 1;
            continue;
        }
        if s.trig_at(j).is_some_and(|t| trigs[t].is_verb()) {
            break;
        }
        j += 1;
    }
    fallback.map(|g| (g, wc::LOC))
}

/// The agent of a passive or of an event noun: "by" + mention group after
/// token `i`, within the clause.
fn agent_after(s: &Sent, i: usize, trigs: &[Trig]) -> Option<Vec<M>> {
    agent_after_any(s, i, trigs, wc::BY)
}

/// Like [`agent_after`], introduced by any of `preps` ("a call from").
fn agent_after_any(s: &Sent, i: usize, trigs: &[Trig], preps: wc::Classes) -> Option<Vec<M>> {
    let n = s.n();
    let end = n.min(i + OBJECT_WINDOW);
    let mut j = i;
    while j < end {
        let f = s.f(j);
        if f & preps != 0 {
            return s
                .mention_after_np_words(j + 1, end)
                .map(|m| s.without_owners(s.group_right(m, n)));
        }
        if s.punct(j, ",") || s.hard_stop(j) || f & (wc::THAT | wc::BAR | wc::REL) != 0 {
            return None;
        }
        if let Some(t) = s.trig_at(j) {
            // "armed and funded by": skip a coordinated participle.
            let coordinated = trigs[t].form == Form::Past && j > 0 && s.f(j - 1) & wc::CONJ != 0;
            if trigs[t].is_verb() && !coordinated {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// The voice an auxiliary right before token `ta` gives, past adverbs and
/// negation ("was not put", "had later hit"): "have" active, "be" passive;
/// `None` when no auxiliary stands there.
fn aux_voice(s: &Sent, ta: usize) -> Option<Voice> {
    for k in (ta.saturating_sub(4)..ta).rev() {
        let f = s.f(k);
        if f & wc::HAVE != 0 {
            return Some(Voice::Active);
        }
        if f & wc::BE != 0 {
            return Some(Voice::Passive);
        }
        // "U.S. persons are generally prohibited from", "was badly hit": a
        // manner adverb between the auxiliary and the participle, as a
        // skip word.
        if f & (wc::SKIP | wc::NEG) == 0 && !s.is_ly_adverb(k) {
            return None;
        }
    }
    None
}

/// The voice of a past-participle verb trigger.
fn voice_of(s: &Sent, t: &Trig) -> Voice {
    if t.nominal || t.pos == Pos::Affix || t.fixed {
        return Voice::Active;
    }
    // Verbs whose participle is their base form ("was put under
    // investigation", "were hit", "had been cut") read as the base form: a
    // form of "be" right before one is the passive all the same.
    if t.form == Form::Base && t.pos == Pos::Verb {
        return aux_voice(s, t.ta).unwrap_or(Voice::Active);
    }
    if t.form != Form::Past {
        return Voice::Active;
    }
    if let Some(voice) = aux_voice(s, t.ta) {
        return voice;
    }
    // "Turkey, which Sweden accused of blocking its bid": after a relative
    // pronoun the name is the relative clause's subject, and the verb is
    // active whatever follows it.
    if object_relative_antecedent(s, t.ta, 0).is_some() {
        return Voice::Active;
    }
    let next = t.tend;
    // "Greece accused of pushing back migrants" (a headline), "Russia
    // blamed for the attack": an accusation whose complement follows with
    // no one named in between has lost its object to the subject; the
    // active always names whom it accuses ("warned of", the other speech
    // act with "of", names no one and stays active).
    if t.class == Class::Direct
        && t.event_type == EventType::Accuse
        && s.f(next) & (wc::OF | wc::FOR) != 0
    {
        return Voice::Reduced;
    }
    let by_next = s.f(next) & wc::BY != 0
        || (s.f(next) & wc::CONJ != 0
            && s.trig_at(next + 1).is_some()
            && s.f(next + 2) & wc::BY != 0);
    if t.ta == 0 {
        return if by_next {
            Voice::Reduced
        } else {
            Voice::Active
        };
    }
    let prev = t.ta - 1;
    // After a mention or "," the participle is active ("Israel seized"),
    // unless "by" follows ("Hamas, armed by").
    let coordinated_participle =
        s.f(prev) & wc::CONJ != 0 && prev > 0 && s.word(prev - 1).ends_with("ed");
    // "talks hosted by Qatar", "a summit organised by Egypt": a participle
    // and "by" right after an event noun describe the event, as after a
    // plain noun.
    let after_event_noun = s.trig_at(prev).is_some_and(|x| !s.trig_is_verb(x));
    if by_next
        && (s.mention_ending_at(prev).is_some()
            || s.punct(prev, ",")
            || (s.is_modifier_word(prev) && s.f(prev) == 0)
            || after_event_noun
            || coordinated_participle)
    {
        return Voice::Reduced;
    }
    // "Soleimani, the commander killed in an attack": a participle right
    // after an appositive role mention, followed by a preposition.
    if let Some(m) = s.mention_ending_at(prev) {
        let q = s.back_over_classes(m.a, 0, wc::DET);
        let appositive = q < m.a && q > 1 && s.punct(q - 1, ",");
        let next_f = s.f(next);
        if appositive && next_f & (wc::TPREP | wc::LOC) != 0 && next_f & wc::TO == 0 {
            return Voice::Reduced;
        }
        // "there were ten Russian soldiers killed in Ukraine": after "be"
        // and a counted noun phrase the participle describes the noun; the
        // noun is no subject of its own.
        let q = s.back_over(m.a, 0, |j| s.f(j) & wc::DET != 0 || s.is_modifier_word(j));
        let after_be = q > 0 && s.f(q - 1) & wc::BE != 0;
        if after_be
            && next_f & (wc::TPREP | wc::LOC | wc::SKIP | wc::BY) != 0
            && next_f & wc::TO == 0
        {
            return Voice::Reduced;
        }
    }
    // "weapons seized last year from", "in a letter handed over to": a
    // participle right after a plain noun, followed by a preposition or a
    // time word, when the clause already has a verb or the noun sits in a
    // prepositional phrase.
    let next_f = s.f(next);
    let pp_or_time_next =
        next_f & (wc::TPREP | wc::LOC | wc::FROM | wc::FOR | wc::OF | wc::SKIP) != 0;
    // "Duncan Smith, who was among the MPs targeted, said": a participle
    // closing its clause right after a noun that sits in a prepositional
    // phrase describes that noun too; such a noun is no verb's subject.
    let clause_ends_next =
        next >= s.n() || s.punct(next, ",") || s.punct(next, ".") || s.hard_stop(next);
    // A capitalised plain noun ("among the MPs targeted") counts at the
    // clause's end, where no name of a place or title follows.
    let plain_noun = s.is_modifier_word(prev)
        || (clause_ends_next && s.trig_at(prev).is_none() && s.mention_at(prev).is_none());
    if plain_noun
        && s.f(prev) == 0
        && s.toks[prev].kind == TokenKind::Word
        && (pp_or_time_next || clause_ends_next)
    {
        let earlier_verb = (0..prev).any(|k| {
            s.f(k) & (wc::AUX | wc::BE | wc::HAVE) != 0
                || s.trig_at(k)
                    .is_some_and(|x| x < usize::MAX && s.trig_is_verb(x))
        });
        let q = s.back_over(prev, 0, |j| {
            s.is_modifier_word(j) || s.f(j) & (wc::DET | wc::POSS) != 0
        });
        let in_pp = q > 0 && s.f(q - 1) & PREPS != 0;
        // "Soleimani, the commander killed in an attack": a participle on a
        // noun in apposition to a name.
        let apposition = q > 1 && s.punct(q - 1, ",") && s.mention_ending_at(q - 2).is_some();
        if apposition && pp_or_time_next && next_f & wc::TO == 0 {
            return Voice::Reduced;
        }
        // "to" after the participle is a complement ("agreed to") unless the
        // noun before sits in a prepositional phrase ("in a letter handed
        // over to the UN").
        if !pp_or_time_next {
            // At the clause's end only after the clause's own verb ("who was
            // among the MPs targeted"): "Troops in the area withdrew." is
            // the troops' act.
            if in_pp && verb_earlier_in_clause(s, q - 1) {
                return Voice::Reduced;
            }
        } else if in_pp || (earlier_verb && next_f & wc::TO == 0) {
            return Voice::Reduced;
        }
    }
    // The same with a name in the prepositional phrase ("one of the
    // lawmakers targeted", with "lawmakers" a known group).
    if let Some(m) = s.mention_ending_at(prev) {
        let q = s.back_over(m.a, 0, |j| {
            s.is_modifier_word(j) || s.f(j) & (wc::DET | wc::POSS) != 0
        });
        let in_pp = q > 0 && s.f(q - 1) & PREPS != 0;
        if clause_ends_next && in_pp && verb_earlier_in_clause(s, q - 1) {
            return Voice::Reduced;
        }
    }
    Voice::Active
}

/// Whether the clause holding token `k` has a verb before it: an auxiliary,
/// a form of "be" or "have", or a verb trigger, back to a comma, a
/// relative or complementizer, or a hard stop.
fn verb_earlier_in_clause(s: &Sent, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        if s.punct(j, ",") || s.hard_stop(j) || s.f(j) & (wc::REL | wc::THAT | wc::BAR) != 0 {
            return false;
        }
        if s.f(j) & (wc::AUX | wc::BE | wc::HAVE) != 0 || s.trig_verb_at(j) {
            return true;
        }
    }
    false
}

/// Modality words in the few tokens before `i`, within the clause; also
/// whether "would" was among them and whether another hypothetical word
/// was. A negation inside the scope of an `open` word ("if no deal is
/// reached", "may not attack") leaves the event open: its NEG bit is
/// dropped, so the event is hypothetical.
fn modality_flags(s: &Sent, i: usize, floor: usize, nominal: bool) -> (wc::Classes, bool, bool) {
    let mut bits = 0;
    let mut would = false;
    let mut other_hypo = false;
    // A negation seen so far (nearer the trigger) that no `open` word
    // further back has taken into its scope.
    let mut open_negation = false;
    // An exclusion ("ruled out") seen so far, not yet negated.
    let mut exclusion = false;
    let mut ended_exclusion = false;
    let mut k = i;
    let mut steps = 0;
    // An event noun takes the modality of the verb it is the object of
    // ("will provide 25,000 tons of food aid"): look further, but not past
    // the subject.
    // A verb right after "and"/"or" shares the auxiliaries of the verb it
    // is coordinated with ("should be impeached by the House and removed
    // from office"): look as far back as for a noun.
    let coordinated = i > floor + 1 && s.f(i - 1) & wc::CONJ != 0;
    let window = if nominal || coordinated {
        2 * MODALITY_WINDOW
    } else {
        MODALITY_WINDOW
    };
    while k > floor && steps < window {
        k -= 1;
        // Quotation marks and parentheses are no words: they do not use up
        // the window ("would have \"objected\" to").
        if !s.is_quote_or_bracket(k) {
            steps += 1;
        }
        if s.punct(k, ",")
            || s.hard_stop(k)
            || (nominal && s.mention_ending_at(k).is_some() && steps > 2)
        {
            break;
        }
        // "urged all parties to refrain from violence and called on the
        // authorities": what stands between the first conjunct's verb and
        // the conjunction is that verb's complement, whose negation and
        // modals are its own; only the first verb's auxiliaries are shared.
        if coordinated && k + 1 < i && s.trig_verb_at(k) {
            bits = 0;
            would = false;
            other_hypo = false;
            open_negation = false;
            exclusion = false;
            ended_exclusion = false;
        }
        // "was not on the July 25 phone call": being absent from an event
        // named with a definite article presupposes the event.
        if nominal && presupposed_after(s, k, i) {
            break;
        }
        // "couldn't comment on the ongoing investigation": the noun is what
        // is talked about; the modality before the talking verb is the
        // talk's, not the event's.
        if nominal && s.names(k, wc::TOPIC) {
            break;
        }
        let mut f = s.f(k);
        // "threats should China not accede": "should" before its subject is
        // a condition, not an obligation.
        if f & wc::OBLIG != 0
            && k + 1 < i
            && (s.mention_starting_at(k + 1).is_some() || s.f(k + 1) & wc::PRON != 0)
        {
            f |= wc::OPEN;
        }
        // "ruled out sending troops" excludes the event; "has not ruled
        // out sending troops" leaves it open.
        if s.names(k, wc::EXCLUDE) && s.is(k + 1, "out") {
            // "ruled out ending its attacks": excluding an end leaves the
            // act going on ("did not rule out ending" leaves it open).
            ended_exclusion = (k + 2..i).any(|j| s.names(j, wc::CEASE));
            exclusion = !ended_exclusion;
        } else if (exclusion || ended_exclusion) && f & wc::NEG != 0 {
            exclusion = false;
            ended_exclusion = false;
            f &= !wc::NEG;
            other_hypo = true;
        }
        if f & (wc::NEG | wc::AVERSE) != 0 {
            open_negation = true;
        }
        if f & wc::OPEN != 0 {
            open_negation = false;
        }
        bits |= f & (wc::NEG | wc::HYPO | wc::FUTURE);
        // "allegedly attacked", "the alleged attack": hearsay covers only
        // its own verb group or noun phrase ("the alleged attack killed ten"
        // passes on the attack, and reports the deaths).
        if f & wc::HEARSAY != 0 && (k + 1..i).all(|j| in_same_phrase(s, j)) {
            bits |= wc::HEARSAY;
        }
        if f & wc::AVERSE != 0 {
            bits |= wc::NEG;
        }
        if s.in_cold(k, wc::WOULD) {
            would = true;
            // "would have objected": a counterfactual, in reported speech
            // too.
            if k + 1 < i && s.is(k + 1, "have") {
                other_hypo = true;
            }
        } else if f & (wc::HYPO | wc::OPEN) != 0 {
            other_hypo = true;
        }
        if f & (wc::BAR | wc::THAT | wc::REL) != 0 {
            break;
        }
    }
    if exclusion && !other_hypo {
        bits |= wc::NEG;
        open_negation = true;
    }
    if !open_negation {
        bits &= !wc::NEG;
    }
    (bits, would, other_hypo)
}

/// A token that can stand between a modality word and the trigger inside
/// one verb group or noun phrase: an auxiliary, adverb, negation,
/// determiner, modifier or name, but no other trigger.
fn in_same_phrase(s: &Sent, j: usize) -> bool {
    let group = wc::AUX | wc::BE | wc::HAVE | wc::SKIP | wc::NEG | wc::DET | wc::POSS;
    s.trig_at(j).is_none()
        && (s.f(j) & group != 0 || s.is_modifier_word(j) || s.mention_at(j).is_some())
}

/// Whether the preposition at `k` opens a definite noun phrase that runs to
/// the event noun at `i`, right after a negated "be" ("was not on the call",
/// "wasn't at the summit"): the negation is of someone's presence, and the
/// definite article presupposes the event.
fn presupposed_after(s: &Sent, k: usize, i: usize) -> bool {
    let preposition = s.f(k) & (wc::LOC | wc::TPREP | wc::VPREP | wc::PREP) != 0 && !s.is(k, "to");
    let definite = k < i && (s.is(k + 1, "the") || s.f(k + 1) & wc::POSS != 0);
    if !preposition || !definite || k == 0 {
        return false;
    }
    let negated_be = s.f(k - 1) & (wc::NEG | wc::BE) == (wc::NEG | wc::BE)
        || (k >= 2 && s.f(k - 1) & wc::NEG != 0 && s.f(k - 2) & wc::BE != 0);
    negated_be
        && (k + 2..i).all(|j| s.is_modifier_word(j) || s.mention_at(j).is_some() || s.f(j) == 0)
}

/// Whether the event noun at `ta` heads (or ends) the object noun phrase
/// of a verb of ending or reversal (`cease` words: "suspended the ban",
/// "ending its defence cooperation agreement", "revoked the accord"): the
/// phrase names what is ended, lifted or revoked, not an act done now (the
/// gapped rows "lift ... sanctions", "suspend ... talks" code the reversal
/// itself and take the noun before this is asked). A negation, a refusal or
/// an exclusion just before the verb ("ruled out ending its attacks",
/// "refused to halt the offensive") leaves the act going on, and a verb
/// after a determiner is a noun ("the end", "a halt"). Protests and
/// attacks (`street_act`) are facts on the ground that others try to end
/// ("Beijing's strategy for ending the protests"): they stay events
/// unless a possessive makes them the ender's own ("halted its offensive").
fn reversed_event_noun(s: &Sent, ta: usize, street_act: bool) -> bool {
    let mut k = ta;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        let j = k - 1;
        let in_phrase = s.f(j) & (wc::DET | wc::POSS) != 0
            || s.ment_of[j] != NONE
            || s.is_possessive(j)
            || (s.is_modifier_word(j) && !s.names(j, wc::CEASE));
        if !in_phrase {
            break;
        }
        k = j;
        steps += 1;
    }
    if k == 0 {
        return false;
    }
    if street_act && !(k..ta).any(|j| s.f(j) & wc::POSS != 0 || s.is_possessive(j)) {
        return false;
    }
    let mut verb = k - 1;
    // "announced the end of its military cooperation", "the suspension of
    // aid": a noun of ending with the event in its "of" phrase.
    if s.f(verb) & wc::OF != 0
        && verb > 1
        && s.names(verb - 1, wc::CEASE)
        && s.f(verb - 2) & (wc::DET | wc::POSS) != 0
    {
        verb -= 1;
        // "at the end of the talks", "until the end of the war": a time,
        // after which the event still happened.
        let preps = wc::PREP | wc::LOC | wc::TPREP | wc::VPREP | wc::FOR | wc::FROM | wc::TO;
        if verb > 1 && s.f(verb - 2) & (preps | wc::BY | wc::OF) != 0 {
            return false;
        }
        return !(verb.saturating_sub(4)..verb).any(|j| s.f(j) & (wc::NEG | wc::AVERSE) != 0);
    }
    if !s.names(verb, wc::CEASE) || !s.word(verb).starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // "the end", "its halt", "Ukraine's ceasing investigations": a noun or
    // a possessed gerund, named as a topic, not a verb of this clause.
    if verb > 0 && (s.f(verb - 1) & (wc::DET | wc::POSS) != 0 || s.is_possessive(verb - 1)) {
        return false;
    }
    let kept_going = (verb.saturating_sub(3)..verb).any(|j| {
        s.f(j) & (wc::NEG | wc::AVERSE) != 0 || s.names(j, wc::EXCLUDE) || s.in_cold(j, wc::REFUSAL)
    });
    !kept_going
}

/// Whether the verb at `ta` has a subject opened by a negative quantifier
/// ("No other country has so far officially recognized", "Neither side
/// has accepted"), at the start of its clause: the act is negated. The
/// modality window may not reach back over a long subject and adverbs.
fn negative_quantifier_subject(s: &Sent, ta: usize, floor: usize) -> bool {
    // Auxiliaries and adverbs between the subject and the verb.
    let mut k = ta;
    let mut steps = 0;
    while k > floor && steps < 6 {
        let j = k - 1;
        let adverb = s.f(j) & (wc::AUX | wc::BE | wc::HAVE | wc::SKIP) != 0
            || s.is_ly_adverb(j)
            || s.in_cold(j, wc::AUX_ADVERB);
        if !adverb {
            break;
        }
        k = j;
        steps += 1;
    }
    if k == ta || k <= floor {
        return false;
    }
    // The subject: a short noun phrase ending right before the auxiliaries.
    let mut q = k;
    steps = 0;
    while q > floor && steps < 4 {
        let j = q - 1;
        let word = s.word(j);
        if s.in_cold(j, wc::NEG_QUANTIFIER) {
            // "none of the parties": the quantifier takes an "of" phrase.
            let opens_clause = j == floor
                || s.is_punct(j - 1)
                || s.f(j - 1) & (wc::THAT | wc::REL | wc::BAR | wc::CONJ) != 0;
            return opens_clause && q < k;
        }
        let in_phrase = s.is_modifier_word(j)
            || s.ment_of[j] != NONE
            || s.f(j) & wc::OF != 0
            || word.eq_ignore_ascii_case("other");
        if !in_phrase {
            return false;
        }
        q = j;
        steps += 1;
    }
    false
}

/// Whether the event noun at `ta` sits in a prepositional phrase of a
/// relative clause ("amendments that referred to Russia's invasion were not
/// adopted"): it is no subject of the verb after it, whose auxiliaries
/// belong to the main clause.
fn inside_relative_clause_phrase(s: &Sent, ta: usize) -> bool {
    let k = s.back_over(ta, 0, |j| {
        s.f(j) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(j)
            || s.mention_at(j).is_some()
            || s.is_possessive(j)
    });
    if k == 0 || s.f(k - 1) & PREPS == 0 {
        return false;
    }
    // "that" is a relative pronoun when a verb follows it at once, a
    // complementizer when a subject does ("said that its operations in
    // support of ... would continue").
    let relative = |j: usize| {
        s.f(j) & wc::REL != 0
            || (s.f(j) & wc::THAT != 0
                && j + 1 < s.n()
                && s.f(j + 1) & (wc::DET | wc::POSS | wc::PRON) == 0
                && s.mention_at(j + 1).is_none()
                && !is_upper_start(s.word(j + 1)))
    };
    (k.saturating_sub(6)..k - 1)
        .rev()
        .take_while(|&j| !s.hard_stop(j) && !s.punct(j, ","))
        .any(|j| j > 0 && relative(j))
}

/// Modality of the verb after an event noun used as a subject ("talks may
/// follow"): the first auxiliary after the noun phrase.
fn modality_after(s: &Sent, from: usize) -> (wc::Classes, bool, bool) {
    let Some(k) = auxiliary_after_noun(s, from) else {
        return (0, false, false);
    };
    let f = s.f(k);
    let would = s.in_cold(k, wc::WOULD);
    let mut bits = f & (wc::NEG | wc::HYPO | wc::FUTURE);
    // "talks may not follow": the possibility stays open.
    if s.f(k + 1) & wc::NEG != 0 && f & wc::OPEN == 0 {
        bits |= wc::NEG;
    }
    (bits, would, f & wc::HYPO != 0 && !would)
}

/// Whether the event noun at `ta..tend` is a definite subject that its
/// clause comments on rather than reports happening: "the attacks would
/// only fuel insecurity", "the deal was not perfect", "the strikes were
/// unjustified". The definite article (or a possessive) presupposes the
/// event, so the auxiliaries after it belong to the comment, not to the
/// event; and the comment is anyone's, not necessarily the doer's. A verb
/// of occurrence after the auxiliaries ("the talks will take place", "the
/// strike was carried out", "the meeting will follow": `aspect` and `occur`
/// words, and `light` ones in the passive), another trigger ("the strikes had killed five"), a
/// noun phrase ("the operation was a response to") or a name keeps the
/// ordinary reading.
fn commented_definite_subject(s: &Sent, ta: usize, tend: usize) -> bool {
    let Some((p, passive)) = definite_subject_verb(s, ta, tend) else {
        return false;
    };
    // "the attack was in response to", "the strikes were in retaliation
    // for": a predicate of purpose or cause after a preposition keeps the
    // event as well.
    if p + 1 < s.n() && s.f(p) & PREPS != 0 && s.f(p + 1) & wc::OCCUR != 0 {
        return false;
    }
    // A support verb says the event happened only in the passive ("the
    // strike was carried out", "the talks will be held"); active, the event
    // is its subject ("the agreement would make the world safer").
    let mut keeps_event = wc::ASPECT | wc::OCCUR | wc::DET | wc::POSS;
    if passive {
        keeps_event |= wc::LIGHT;
    }
    p < s.n()
        && s.toks[p].kind == TokenKind::Word
        && s.f(p) & keeps_event == 0
        && s.trig_at(p).is_none()
        && s.mention_at(p).is_none()
        && s.word(p).starts_with(|c: char| c.is_lowercase())
}

/// Whether the hostile event noun at `ta..tend`, in a noun phrase opening
/// at `start` with an indefinite or free-choice determiner and no owner
/// ("an attack on Taiwan", "any strike"), is the subject of a modal verb group
/// that says what such an event would do ("could threaten Japan's
/// survival", "would trigger a war"): the speaker talks about a
/// possible act of someone else, not of the speaker. A verb that only says
/// whether the event happens ("would continue", "will take place") or the
/// same kind of act again ("a strike would target ...") leaves it an
/// announcement, which may be the speaker's own.
fn hypothetical_event_subject(
    s: &Sent,
    trigs: &[Trig],
    ty: EventType,
    ta: usize,
    tend: usize,
    start: usize,
) -> bool {
    let owned = (start..ta)
        .any(|j| s.f(j) & wc::POSS != 0 || is_definite_determiner(s, j) || s.is_possessive(j));
    // A bare plural or a quantity ("sanctions would return", "new strikes
    // would follow") is more often an announced act of the speaker's side;
    // only an indefinite or free-choice determiner makes the act possible.
    let possible = (start..ta).any(|j| s.in_cold(j, wc::INDEFINITE));
    if owned || !possible {
        return false;
    }
    let Some(aux) = auxiliary_after_noun(s, tend) else {
        return false;
    };
    if s.f(aux) & (wc::HYPO | wc::FUTURE) == 0 {
        return false;
    }
    // "a strike would only be the first step": a predicate with "be" only
    // describes the act, which stays the speaker's announced one.
    // (An adverb may stand before it: "would only be".)
    let (p, _) = past_verb_group(s, aux, wc::OCCUR);
    let be = (aux..s.n().min(aux + 4)).any(|j| s.f(j) & wc::BE != 0);
    if be {
        return false;
    }
    let same_act = s
        .trig_at(p)
        .and_then(|u| trigs.get(u))
        .is_some_and(|u| u.event_type == ty);
    p < s.n()
        && s.toks[p].kind == TokenKind::Word
        && s.f(p) & (wc::OCCUR | wc::ASPECT | wc::LIGHT | wc::DET | wc::POSS) == 0
        && !same_act
        && s.mention_at(p).is_none()
        && s.word(p).starts_with(|c: char| c.is_lowercase())
}

/// Whether the event noun at `ta..tend` is a definite subject of another
/// event's verb ("the sanctions did not target humanitarian aid", "the
/// strikes had not killed anyone"): the auxiliaries after the noun phrase
/// are that verb's, and its negation or modal says nothing of whether the
/// presupposed event happened.
fn definite_subject_of_event_verb(s: &Sent, ta: usize, tend: usize) -> bool {
    definite_subject_verb(s, ta, tend)
        .is_some_and(|(p, _)| p < s.n() && s.trig_verb_at(p) && s.f(p) & wc::OCCUR == 0)
}

/// Whether token `j` is a definite article or demonstrative ("the", "this",
/// "these", "those"): what makes an event noun point back at an event the
/// reader already knows.
fn is_definite_determiner(s: &Sent, j: usize) -> bool {
    s.in_cold(j, wc::DEFINITE)
}

/// Whether the event noun at `ta` heads a definite noun phrase ("the
/// agreement", "this deal", "the temporary truce") that starts at token
/// `start` (a possessive names its own doer and is not one).
fn definite_np_at(s: &Sent, ta: usize, start: usize) -> bool {
    if start >= ta || !is_definite_determiner(s, start) {
        return false;
    }
    (start + 1..ta).all(|j| s.is_modifier_word(j) || s.mention_at(j).is_some())
}

/// For an event noun at `ta..tend` opening a definite noun phrase ("the",
/// "these", a possessive) that an auxiliary follows: the token after the
/// verb group of that auxiliary, and whether the group is passive.
fn definite_subject_verb(s: &Sent, ta: usize, tend: usize) -> Option<(usize, bool)> {
    let mut k = ta;
    while k > 0
        && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(k - 1)
            || s.mention_at(k - 1).is_some())
    {
        k -= 1;
    }
    let definite = (k..ta).any(|j| s.f(j) & wc::POSS != 0 || is_definite_determiner(s, j));
    if !definite {
        return None;
    }
    let aux = auxiliary_after_noun(s, tend)?;
    // An `occur` word that is also a skipped adverb ("last") is the verb here.
    Some(past_verb_group(s, aux, wc::OCCUR))
}

/// Event types of cooperation, whose refusal is a rejection.
fn cooperative(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Agree
            | EventType::Consult
            | EventType::Support
            | EventType::Cooperate
            | EventType::Aid
            | EventType::Concede
            | EventType::Retreat
    )
}

/// Whether the actors `who` (at least one) are all `source` or on its
/// side: of the same country as one of its actors ("Israel" beside
/// Israel's defence minister).
fn same_side(actors: &DocActors, who: &[usize], source: &[usize]) -> bool {
    let country = |x: usize| actors.actors.get(x).and_then(|d| d.country.as_deref());
    !who.is_empty()
        && who.iter().all(|&a| {
            source
                .iter()
                .any(|&x| x == a || (country(a).is_some() && country(a) == country(x)))
        })
}

/// Whether `state` is a state itself (no sector of it: "the Legislature" is
/// no own state) and the country of a government voice among `speaker`: the
/// state, or an actor of its government sector.
fn own_state(actors: &DocActors, state: usize, speaker: &[usize]) -> bool {
    let Some(st) = actors.actors.get(state) else {
        return false;
    };
    st.kind == ActorKind::Country
        && st.country.is_some()
        && st.sector.is_none()
        && speaker.iter().any(|&x| {
            x == state
                || actors
                    .actors
                    .get(x)
                    .is_some_and(|d| d.country == st.country && d.sector.as_deref() == Some("GOV"))
        })
}

/// Whether a ban by `source` falls on another state: every target is a
/// state or one of its sectors, of a country none of the sources belongs to.
fn bans_another_state(actors: &DocActors, source: &[usize], target: &[usize]) -> bool {
    let actor = |x: usize| actors.actors.get(x);
    !source.is_empty()
        && !target.is_empty()
        && target
            .iter()
            .all(|&a| actor(a).is_some_and(|d| d.kind == ActorKind::Country && d.country.is_some()))
        && !target.iter().any(|&a| same_side(actors, &[a], source))
}

/// The object of the first hostile act in a clause from token `from` to
/// the clause's end ("would strike Iran", "would hit Hezbollah hard").
fn threatened_act_object(s: &Sent, trigs: &[Trig], from: usize) -> Option<Vec<usize>> {
    let clause_end = (from..s.n())
        .find(|&k| s.hard_stop(k) || s.punct(k, ",") || s.f(k) & wc::THAT != 0)
        .unwrap_or(s.n());
    let act = trigs
        .iter()
        .find(|u| u.ta >= from && u.ta < clause_end && hostile(u.event_type))?;
    object_after(s, act.tend, act.tend, true, wc::TPREP, trigs)
        .filter(|(_, intro)| *intro != wc::LOC)
        .map(|(g, _)| actors_of(&g))
        .filter(|aim| !aim.is_empty())
}

/// Event types of conflict, whose doer a commenting speaker is often not.
fn hostile(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Accuse
            | EventType::Reject
            | EventType::Threaten
            | EventType::Protest
            | EventType::Sanction
            | EventType::Mobilize
            | EventType::Coerce
            | EventType::Assault
    )
}

/// The token after the auxiliaries, forms of "be" and "have", negation and
/// skipped adverbs from `from` on (a word of a `stop` class ends the walk),
/// and whether a form of "be" stood among them (a passive).
fn past_verb_group(s: &Sent, from: usize, stop: wc::Classes) -> (usize, bool) {
    let mut p = from;
    let mut be = false;
    while p < s.n()
        && s.f(p) & (wc::AUX | wc::BE | wc::HAVE | wc::NEG | wc::SKIP) != 0
        && s.f(p) & stop == 0
    {
        be |= s.f(p) & wc::BE != 0;
        p += 1;
    }
    (p, be)
}

/// The first auxiliary after the noun phrase that starts at `from`.
fn auxiliary_after_noun(s: &Sent, from: usize) -> Option<usize> {
    let mut k = from;
    let end = s.n().min(from + 8);
    while k < end {
        let f = s.f(k);
        if f & wc::AUX != 0 {
            return Some(k);
        }
        // "a deal signing would take place": a support verb's gerund
        // right before the auxiliary is the head noun of the subject.
        let gerund_head =
            f & wc::LIGHT != 0 && s.word(k).ends_with("ing") && s.f(k + 1) & wc::AUX != 0;
        let np = s.mention_at(k).is_some()
            || f & (wc::DET | wc::CONJ | wc::TPREP | wc::OF) != 0
            || s.is(k, "between")
            || s.is_modifier_word(k)
            || gerund_head;
        if !np || s.is_punct(k) {
            break;
        }
        k += 1;
    }
    None
}

/// The support verb right before an event noun's phrase ("make a deal",
/// "hold new talks"), unless it is a gerund ("to making a deal" is no
/// infinitive).
fn support_verb_before(s: &Sent, ta: usize) -> Option<usize> {
    let j = s.back_over_at_most(ta, 0, 4, |k| {
        s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k)
    });
    let v = j.checked_sub(1)?;
    (s.f(v) & wc::LIGHT != 0 && !s.word(v).ends_with("ing")).then_some(v)
}

/// Whether the infinitive marker at `to` follows a `need` verb, directly
/// ("needed to investigate") or across the infinitive's own subject, or a
/// `wish` verb across that subject ("want Congress to investigate", "wants
/// the UK to extradite"). "wants to attack" states an intention: a plan.
fn wish_before_infinitive(s: &Sent, to: usize) -> bool {
    let mut k = to;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        if s.f(k) & wc::NEED != 0 || (s.f(k) & wc::WISH != 0 && k + 1 < to) {
            return true;
        }
        let in_subject = s.mention_at(k).is_some()
            || s.f(k) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(k);
        if !in_subject {
            return false;
        }
    }
    false
}

/// Whether the verb at `ta` is the infinitive of a reputed event: "is said
/// to have sent troops", "are believed to be holding talks", "was reported
/// to have attacked". The writer passes on what others say without naming
/// them, as with "allegedly".
fn reputed_infinitive(s: &Sent, ta: usize) -> bool {
    // The perfect or progressive of the infinitive ("to have sent", "to be
    // holding", "to have been holding") and adverbs.
    let k = s.back_over_at_most(ta, 0, 3, |j| s.f(j) & (wc::SKIP | wc::HAVE | wc::BE) != 0);
    if k < 3 || !s.is(k - 1, "to") || !s.names(k - 2, wc::REPUTED) {
        return false;
    }
    let mut b = k - 3;
    while b > 0 && s.f(b) & wc::SKIP != 0 {
        b -= 1;
    }
    s.f(b) & wc::BE != 0
}

/// Whether the infinitive marker at `to` follows a verb that keeps the
/// infinitive factual: an `aspect` verb right before it ("tried to
/// attack") or before its object ("used tear gas to disperse", "forced
/// Russia to withdraw"), whose act is the infinitive's means or cause.
fn factual_infinitive(s: &Sent, to: usize) -> bool {
    // "became the first country to formally recognise", "the only leader
    // to attend", "the first to sign": a rank word after "the", with at
    // most a short noun phrase before the infinitive, says the act
    // happened.
    let mut k = to;
    while k > 0 && to - k < 4 {
        k -= 1;
        if s.names(k, wc::RANKED) {
            // "will become the first country to", "aims to be the only
            // one to": a rank still to come leaves the act a plan.
            let planned = (k.saturating_sub(5)..k).any(|x| {
                s.f(x) & (wc::FUTURE | wc::HYPO | wc::OBLIG | wc::TO | wc::WISH | wc::NEED) != 0
            });
            if k > 0 && s.is(k - 1, "the") && !planned {
                return true;
            }
            break;
        }
        let noun_phrase_word = s.trig_at(k).is_none()
            && s.toks[k].kind == TokenKind::Word
            && (s.f(k) == 0 || s.is_modifier_word(k) || s.mention_at(k).is_some());
        if !noun_phrase_word {
            break;
        }
    }
    let mut k = to;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        if s.f(k) & wc::ASPECT != 0 {
            return true;
        }
        // A time or place adverbial between the verb and its infinitive
        // ("voted on Saturday to impeach", "tried last week to storm",
        // "voted in Brussels to impose"): a time word, or the preposition
        // that introduces the phrase (its words pass as the object's do; a
        // capitalised weekday has no word classes).
        let time_word = s.f(k) & wc::SKIP != 0 && s.trig_at(k).is_none();
        let adverbial_preposition = k + 1 < to
            && s.f(k) & (wc::LOC | wc::TPREP | wc::PREP) != 0
            && !s.is(k, "to")
            && s.trig_at(k + 1).is_none();
        if time_word || adverbial_preposition {
            continue;
        }
        // The object: a short noun phrase of plain words, modifiers or a
        // name, with no trigger and no clause word of its own.
        let object_word = s.trig_at(k).is_none()
            && s.toks[k].kind == TokenKind::Word
            && (s.f(k) & !(wc::DET | wc::POSS) == 0
                || s.is_modifier_word(k)
                || s.mention_at(k).is_some());
        if !object_word {
            return false;
        }
    }
    false
}

/// Whether the trigger at `ta` is in an "until" clause of a refused or
/// promised act: "will not negotiate until sanctions are lifted", "would
/// not allow Sweden to join until it extradited militants". The clause
/// names a condition that has not been met, not an event. After a plain
/// past ("fighting went on until the army withdrew") it is a time.
fn until_condition(s: &Sent, ta: usize, floor: usize) -> bool {
    let Some(u) = (floor..ta)
        .rev()
        .take_while(|&k| !s.punct(k, ",") && !s.hard_stop(k))
        .find(|&k| s.in_cold(k, wc::UNTIL))
    else {
        return false;
    };
    (floor..u)
        .rev()
        .take(GOVERN_WINDOW)
        .take_while(|&k| !s.hard_stop(k) && s.f(k) & wc::THAT == 0)
        .any(|k| s.f(k) & (wc::NEG | wc::FUTURE | wc::HYPO) != 0 || s.is(k, "would"))
}

/// Whether the future act at `ta` is what someone is told to declare:
/// "Germany should say it will not fund", "the EU must tell Israel that it
/// will not support", "leaders should make clear they will not send". An
/// obligation (`oblig`: should, must) before the verb that introduces the
/// act's future clause prescribes the declaration: neither the declaration
/// nor the act it would announce has happened, and a refusal in it is no
/// rejection made now.
fn prescribed_declaration(s: &Sent, ta: usize, floor: usize) -> bool {
    let in_clause = |k: &usize| !s.hard_stop(*k) && !s.punct(*k, ",");
    let Some(aux) = (floor..ta)
        .rev()
        .take(MODALITY_WINDOW)
        .take_while(in_clause)
        .find(|&k| s.f(k) & wc::FUTURE != 0 || s.is(k, "would"))
    else {
        return false;
    };
    // The obligation heads a clause of its own: its verb and the future
    // clause's subject stand between it and the auxiliary ("should say it
    // will"), unlike "should not be sent", where it is the act's own; and
    // no clause of time or condition separates them ("demands Iran must
    // meet before the US would agree": the obligation is another's).
    (floor..aux)
        .rev()
        .take(GOVERN_WINDOW)
        .take_while(|k| in_clause(k) && s.f(*k) & wc::BAR == 0)
        .any(|k| k + 2 < aux && s.f(k) & wc::OBLIG != 0)
}

/// Whether the trigger at `ta` is the consequence of a condition: a
/// future or "would" clause after a leading "if"/"unless" clause ("If
/// Pyongyang conducts a test, Washington will impose sanctions") or before
/// a trailing "if", "unless" or "once" + subject ("would open its border
/// once Yerevan amended its constitution"). The consequence depends on
/// something that has not happened: hypothetical, not future.
fn conditional_consequence(s: &Sent, ta: usize, floor: usize) -> bool {
    let condition_word = |k: usize| s.f(k) & (wc::OPEN | wc::BAR) == (wc::OPEN | wc::BAR);
    let clause_start = (floor..ta)
        .rev()
        .find(|&k| s.hard_stop(k) || s.punct(k, ",") || s.f(k) & (wc::THAT | wc::BAR) != 0)
        .map_or(floor, |k| k + 1);
    // The auxiliary of the trigger's own verb group.
    let will = (clause_start..ta).any(|k| s.f(k) & wc::FUTURE != 0 || s.is(k, "would"));
    if !will {
        return false;
    }
    // "If X happens, Y will ...": the segment before the comma opens with
    // the condition word (at the sentence's or the content's start, or
    // after another comma).
    let leading = clause_start > floor + 1 && s.punct(clause_start - 1, ",") && {
        let segment_start = (floor..clause_start - 1)
            .rev()
            .find(|&k| s.hard_stop(k) || s.punct(k, ","))
            .map_or(floor, |k| k + 1);
        (segment_start..clause_start - 1)
            .find(|&k| !s.is_quote_or_bracket(k))
            .is_some_and(condition_word)
    };
    if leading {
        return true;
    }
    // "Y would open its border once X amended ...", "will strike if".
    // "Once" as a conjunction has a subject after it ("once a week" is a
    // frequency); a comma ends the clause unless the condition follows it.
    (ta + 1..s.n())
        .take_while(|&k| {
            !s.hard_stop(k) && s.f(k) & wc::THAT == 0 && (!s.punct(k, ",") || condition_word(k + 1))
        })
        .any(|k| {
            condition_word(k)
                || (s.is(k, "once")
                    && (s.mention_starting_at(k + 1).is_some()
                        || s.f(k + 1) & (wc::PRON | wc::POSS) != 0
                        || s.is(k + 1, "the")))
        })
}

/// Whether a clause whose subject is a thing a name qualifies follows
/// token `from`: "(that) the German economy would shrink", "Chinese growth
/// will slow". The head is a plain noun, and an auxiliary or "be" follows
/// it. A bare noun ("that the response would be severe", "the country
/// could resume enrichment") is often the speaker's own act or the speaker
/// itself, and stays a threat.
fn impersonal_clause_after(s: &Sent, from: usize) -> bool {
    let n = s.n();
    let mut k = from;
    if k < n && s.f(k) & wc::THAT != 0 {
        k += 1;
    }
    while k < n && s.f(k) & (wc::DET | wc::POSS) != 0 {
        k += 1;
    }
    let Some(m) = s.mention_starting_at(k) else {
        return false;
    };
    k = m.b;
    let head_start = k;
    while k < n && s.is_modifier_word(k) && s.trig_at(k).is_none() && s.mention_at(k).is_none() {
        k += 1;
    }
    k > head_start && k < n && s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO | wc::BE | wc::HAVE) != 0
}

/// Whether a clause follows token `from` whose subject is a definite noun
/// phrase of plain words (no name, no act, no force or side that could be
/// the warner's own) and whose verb, after a modal or auxiliary, is a
/// lexical one: "(that) the move could threaten the peace deal", "the vote
/// would harm relations with Israel". It tells what a thing will do, not
/// what anyone threatens to do. A copula ("the response would be severe")
/// may state the warner's own response and is left out.
fn thing_effect_clause_after(s: &Sent, from: usize) -> bool {
    let n = s.n();
    let mut k = from;
    if k < n && s.f(k) & wc::THAT != 0 {
        k += 1;
    }
    if k >= n || !is_definite_determiner(s, k) {
        return false;
    }
    k += 1;
    let head_start = k;
    let actor_like = wc::OWN_FORCE | wc::SET_NOUN | wc::ATTACKER;
    while k < n && s.is_modifier_word(k) && !s.names(k, actor_like) {
        k += 1;
    }
    if k == head_start || k >= n || s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO) == 0 {
        return false;
    }
    while k < n
        && s.f(k) & (wc::AUX | wc::FUTURE | wc::HYPO | wc::SKIP | wc::NEG) != 0
        && s.f(k) & (wc::BE | wc::HAVE) == 0
    {
        k += 1;
    }
    k < n
        && s.toks[k].kind == TokenKind::Word
        && s.f(k) & (wc::BE | wc::HAVE) == 0
        && s.mention_at(k).is_none()
        && s.word(k).starts_with(|c: char| c.is_lowercase())
}

/// Whether an infinitive starts at `from`, after adverbs ("vowed to fight
/// the case", "vowed firmly to press on"): "to" and then a verb, not a name,
/// pronoun or noun phrase ("vowed to Israel").
fn infinitive_after(s: &Sent, from: usize) -> bool {
    let n = s.toks.len();
    let mut k = from;
    while k < n && s.f(k) & wc::SKIP != 0 {
        k += 1;
    }
    k + 1 < n
        && s.is(k, "to")
        && s.toks[k + 1].kind == TokenKind::Word
        && s.mention_at(k + 1).is_none()
        && s.f(k + 1) & (wc::DET | wc::POSS | wc::PRON) == 0
}

/// The "to" of an infinitive trigger at `ta` ("to fully cooperate").
fn infinitive_to(s: &Sent, ta: usize) -> Option<usize> {
    let k = s.back_over_classes(ta, 0, wc::SKIP | wc::NEG);
    (k > 0 && s.is(k - 1, "to")).then(|| k - 1)
}

/// Whether token `i` opens a list item after its marker ("2. Never urged",
/// "(b) Never urged", "iv) ..."): a number or a one-letter or roman label,
/// optionally in brackets, closed by "." or ")".
fn after_list_marker(text: &str, toks: &[Token], i: usize) -> bool {
    if !(2..=3).contains(&i) || !matches!(toks[i - 1].text(text), "." | ")") {
        return false;
    }
    let label = toks[i - 2].text(text);
    let opened = i == 2 || toks[0].text(text) == "(";
    let is_label = label.chars().all(|c| c.is_ascii_digit())
        || label.len() == 1
        || label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    opened && is_label
}

/// Whether token `i` is an all-caps word standing alone in brackets:
/// "(NAB)", "(FBI)".
fn bracketed_acronym(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].text(text) == "("
        && toks.get(i + 1).is_some_and(|n| n.text(text) == ")")
        && !toks[i].text(text).chars().any(char::is_lowercase)
}

fn is_upper_start(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether a word holds a "-". A plain loop: words are short, and
/// `<[u8]>::contains` calls memchr (measured: more instructions a word).
#[inline]
fn has_hyphen(word: &[u8]) -> bool {
    for &b in word {
        if b == b'-' {
            return true;
        }
    }
    false
}

/// [`has_hyphen`] of the word `bytes[start..end]`. A word of up to 16
/// bytes with 16 bytes of text from its start is tested eight bytes at a
/// time (a byte is "-" where the lane XOR "-" has a zero byte), not byte by
/// byte: the trigger search asks it of every word it looks up.
#[inline]
fn has_hyphen_at(bytes: &[u8], start: usize, end: usize) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const HYPHENS: u64 = 0x2d2d_2d2d_2d2d_2d2d;
    // Whether one of the lane's first `n` bytes (0 to 8) is "-". The zero
    // test is exact for the lowest zero byte and can only wrongly flag bytes
    // above a true zero, so masking to the first `n` bytes keeps it exact.
    let lane_has = |lane: [u8; 8], n: usize| {
        let x = u64::from_le_bytes(lane) ^ HYPHENS;
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        let mask = if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        zero & mask != 0
    };
    let len = end.saturating_sub(start);
    if len <= 16 {
        if let Some(chunk) = bytes.get(start..start + 16) {
            let mut lo = [0u8; 8];
            let mut hi = [0u8; 8];
            lo.copy_from_slice(&chunk[..8]);
            hi.copy_from_slice(&chunk[8..]);
            return lane_has(lo, len.min(8)) || (len > 8 && lane_has(hi, len - 8));
        }
    }
    bytes.get(start..end).is_some_and(has_hyphen)
}

/// [`is_upper_start`] of a token, with a byte test for an ASCII first
/// letter (the trigger search asks it of every word).
#[inline(always)]
fn upper_start(text: &str, t: &Token) -> bool {
    match text.as_bytes().get(t.start) {
        _ if t.start >= t.end => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => is_upper_start(t.text(text)),
    }
}

/// Finds the trigger phrases of one sentence, longest first at each token.
/// Matching is by whole tokens, so no trigger is ever found inside a word
/// ("aid" in "said"). On the way it keeps each token's vocabulary entry in
/// `looked` (read again by the later checks), adds the sentence's words to
/// the domain counts, and returns whether the sentence is a headline and
/// the union of its words' classes.
// Out of line (one call a sentence) so that profiles show the per-token
// work apart from the clause analysis.
#[inline(never)]
// Five of the arguments are the caller's per-document buffers (four kept
// in its `Sent`, the hits beside it), lent here one by one and refilled per
// sentence, so that their room is grown once a document, not per sentence.
#[allow(clippy::too_many_arguments)]
fn find_hits<'l>(
    text: &str,
    toks: &[Token],
    lex: &'l EventLexicon,
    flags: &mut Vec<wc::Classes>,
    looked: &mut Vec<Looked<'l>>,
    starts: &mut Vec<usize>,
    hits: &mut Vec<Hit>,
    domain: &mut DomainCount,
    buf: &mut String,
) -> (bool, wc::Classes) {
    hits.clear();
    let mut skip_to = 0;
    let bytes = text.as_bytes();
    // A capitalized word inside a sentence is part of a name ("Operation
    // Protective Edge", "March 5"): neither a trigger nor a function word,
    // unless the sentence is a headline (mostly capitalized words). The
    // words are counted on the pass that looks them up, which assumes no
    // headline; the rare headline is looked up again.
    let mut headline = false;
    let (classes, count) = loop {
        // Every token starts as no word: only looked-up words are set below.
        flags.clear();
        flags.resize(toks.len(), 0);
        looked.clear();
        looked.resize(toks.len(), Looked::Skipped);
        starts.clear();
        let mut classes: wc::Classes = 0;
        let mut count = DomainCount::default();
        let mut capitalized = 0usize;
        for (i, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            count.words += 1;
            // A short ASCII word (most words) is loaded once, and its tests
            // below read the loads; other words take the byte tests.
            let short = WordLanes::of(bytes, t.start, t.end);
            let upper = match short {
                Some(w) => w.upper_start(),
                None => upper_start(text, t),
            };
            capitalized += usize::from(upper);
            // (Only a capitalized word asks where the sentence starts.)
            let after_opener = |p: &Token| {
                // Only punctuation can be one of these.
                p.kind == TokenKind::Punct
                    && matches!(
                        bytes.get(p.start..p.end),
                        Some(b"\"" | b":" | b"(" | [0xe2, 0x80, 0x94]) // the last is "—"
                    )
            };
            let sentence_start = || {
                i == 0
                    || (i == 1 && toks[0].kind == TokenKind::Punct)
                    || after_opener(&toks[i - 1])
                    || after_list_marker(text, toks, i)
            };
            // "the National Accountability Bureau (NAB)": an all-caps word
            // alone in brackets is the acronym of a name, not a verb opening
            // a bracketed clause, in a headline too.
            if upper && t.end - t.start > 1 && bracketed_acronym(text, toks, i) {
                count.domain += usize::from(lex.filter.is_domain_word(t.text(text)));
                continue;
            }
            if !headline && upper && t.end - t.start > 1 && !sentence_start() {
                count.domain += usize::from(lex.filter.is_domain_word(t.text(text)));
                continue;
            }
            // An ASCII word is packed straight from the text, and its entry
            // says whether it is a domain word (the entry's key is the ASCII
            // lower case the filter compares); other words take the slow paths.
            let ascii_entry = match short {
                Some(w) => Some(w.get_in(&lex.vocab)),
                None => lex.vocab.get_ascii_word_in(text, t.start, t.end),
            };
            let (info, is_domain, ascii) = match ascii_entry {
                Some(info) => (info, info.is_some_and(|i| i.domain), true),
                None => {
                    let word = t.text(text);
                    (
                        lex.lookup(word, buf),
                        lex.filter.is_domain_word(word),
                        false,
                    )
                }
            };
            count.domain += usize::from(is_domain);
            flags[i] = info.map_or(0, |w| w.classes);
            classes |= flags[i];
            looked[i] = match info {
                Some(info) => Looked::Known { info, ascii },
                None => Looked::Unknown { ascii },
            };
            // Only a word that starts a phrase, or a hyphenated word (an
            // affix), can be where a trigger starts: the phrase pass below
            // visits those alone.
            let may_start_phrase = info.is_some_and(|w| w.single != NO_ID || w.multiword);
            let hyphenated = || match short {
                Some(w) => w.has_hyphen(),
                None => has_hyphen_at(bytes, t.start, t.end),
            };
            if may_start_phrase || hyphenated() {
                starts.push(i);
            }
        }
        let is_headline = capitalized * 10 >= count.words.max(1) * 6;
        if is_headline == headline {
            break (classes, count);
        }
        headline = is_headline;
    };
    domain.words += count.words;
    domain.domain += count.domain;
    // Then the phrases, once every token's entry is known: a multiword
    // phrase is looked for only when the next token is a second word. The
    // other tokens find nothing here (no phrase starts with them and they
    // hold no "-"), so only `starts` are visited, in text order.
    for &i in starts.iter() {
        let t = &toks[i];
        let info = match looked[i] {
            Looked::Skipped => continue,
            Looked::Unknown { .. } => None,
            Looked::Known { info, .. } => Some(info),
        };
        if i < skip_to {
            continue;
        }
        if let Some(info) = info {
            let second = if info.multiword {
                second_word_id(text, toks, looked, i + 1, lex)
            } else {
                NO_ID
            };
            if let Some((p, len)) = phrase_at(text, toks, i, lex, info, second) {
                hits.push(Hit {
                    ta: i,
                    tb: i + len,
                    start: t.start,
                    end: toks[i + len - 1].end,
                    surface: p as usize,
                });
                skip_to = i + len;
                continue;
            }
        }
        // "Iran-backed": an affix phrase at the end of a hyphenated word.
        if has_hyphen_at(bytes, t.start, t.end) {
            let word = t.text(text);
            if let Some(&p) = lex.affix_phrases(word, buf).and_then(|ps| ps.first()) {
                let dash = word.rfind('-').unwrap_or(0);
                hits.push(Hit {
                    ta: i,
                    tb: i + 1,
                    start: t.start + dash,
                    end: t.end,
                    surface: p as usize,
                });
            }
        }
    }
    (headline, classes)
}

/// [`phrase_at`], looking the next token's second-word id up itself (for
/// tests).
#[cfg(test)]
pub(crate) fn first_phrase_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lex: &EventLexicon,
    info: &WordInfo,
) -> Option<(u32, usize)> {
    let second = toks
        .get(i + 1)
        .and_then(|t| lex.second_words.get_ascii_lowercase(t.text(text)))
        .copied()
        .unwrap_or(NO_ID);
    phrase_at(text, toks, i, lex, info, second)
}

/// The id of token `j` as a phrase's second word (see
/// `EventLexicon::second_words`), or `NO_ID`, from its vocabulary entry
/// when it has one: an ASCII word's entry is the key `second_words` would
/// use. Other tokens are looked up there.
fn second_word_id(
    text: &str,
    toks: &[Token],
    looked: &[Looked],
    j: usize,
    lex: &EventLexicon,
) -> u32 {
    let Some(t) = toks.get(j) else {
        return NO_ID;
    };
    match looked.get(j) {
        Some(Looked::Known { info, ascii: true }) => info.second,
        Some(Looked::Unknown { ascii: true }) => NO_ID,
        _ => lex
            .second_words
            .get_ascii_lowercase(t.text(text))
            .copied()
            .unwrap_or(NO_ID),
    }
}

/// The first phrase (in `lex.phrases_of(info)` order, longest first)
/// starting with the word at token `i` whose further words are the next
/// tokens, compared ASCII-case-insensitively. Only the phrases filed under
/// the next token's second-word id (`second`, from its entry) are compared,
/// and none ranked after the first one-word phrase. Returns the phrase and
/// its length in tokens.
fn phrase_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lex: &EventLexicon,
    info: &WordInfo,
    second: u32,
) -> Option<(u32, usize)> {
    if info.multiword && second != NO_ID {
        if let Some(candidates) = lex.pairs.get(&pair_key(info.phrases, second)) {
            for &p in candidates {
                let words = &lex.phrase_words[p as usize];
                if i + words.len() <= toks.len()
                    && words
                        .iter()
                        .enumerate()
                        .skip(2)
                        .all(|(o, w)| toks[i + o].text(text).eq_ignore_ascii_case(w))
                {
                    return Some((p, words.len()));
                }
            }
        }
    }
    // A one-word phrase: its word is this token.
    (info.single != NO_ID).then_some((info.single, 1))
}

/// Whether the trigger at `ta` reads as a noun where the same form could be
/// a verb ("an attack" vs "they attack").
/// Whether the determiner right before the past form at `ta` is a bare
/// quantifier standing as the subject of a second predicate ("ships fired
/// at the boats and one rammed a vessel"): it follows "and" and the past
/// form has an object after it, where a participle would have its noun
/// ("and some armed men").
fn quantifier_subject(s: &Sent, ta: usize) -> bool {
    ta >= 2
        && s.f(ta - 2) & wc::CONJ != 0
        && s.f(ta - 1) & wc::DET != 0
        && s.mention_at(ta - 1).is_none()
        && s.word(ta).ends_with("ed")
        && ta + 1 < s.n()
        && (s.f(ta + 1) & (wc::DET | wc::POSS) != 0 || s.mention_starting_at(ta + 1).is_some())
}

fn nominal_reading(s: &Sent, ta: usize, form: Form) -> bool {
    if ta == 0 {
        return true;
    }
    let prev = ta - 1;
    let f = s.f(prev);
    if (f & (wc::DET | wc::POSS) != 0 && !(form == Form::Past && quantifier_subject(s, ta)))
        || s.is_possessive(prev)
    {
        return true;
    }
    if let Some(m) = s.mention_ending_at(prev) {
        // "Israeli strikes" (modifier) vs "Israel strikes" (subject); an
        // acronym after a preposition of the actors opens a noun phrase ("hit
        // by U.S. sanctions", "relief from EU sanctions"), where it does not
        // after a subordinator ("after U.S. forces strike"). After a place
        // preposition the phrase mostly frames the event it names in
        // passing ("progress in U.S.-Soviet talks"), kept as before.
        let acronym_in_pp = matches!(m.how, MentionHow::Alias(AliasKind::Acronym))
            && m.a > 0
            && s.f(m.a - 1) & PREPS != 0
            && s.f(m.a - 1) & (wc::TO | wc::BAR | wc::LOC) == 0;
        // "Iraq faces new U.S. sanctions", "drew U.S. criticism": after a
        // verb of receiving (over modifiers) the acronym opens its object.
        let mut v = m.a;
        while v > 0 && s.is_modifier_word(v - 1) && s.f(v - 1) & wc::CONVERSE == 0 {
            v -= 1;
        }
        let acronym_received = matches!(m.how, MentionHow::Alias(AliasKind::Acronym))
            && v > 0
            && s.f(v - 1) & wc::CONVERSE != 0;
        // "the Salt Typhoon hacking campaign", "a Hamas bombing spree": a
        // name opened by a determiner, then the -ing word and a plain head
        // noun, is a noun phrase whose head the -ing word modifies; the name
        // says whose act it is. ("the Houthis attacking Israeli ships" has
        // a name after the -ing word: a participle and its object.)
        let modifies_head = form == Form::Ing
            && m.a > 0
            && s.f(m.a - 1) & (wc::DET | wc::POSS) != 0
            && s.is_modifier_word(ta + 1)
            && s.toks[ta + 1].kind == TokenKind::Word;
        return matches!(m.how, MentionHow::Alias(AliasKind::Adjective))
            || acronym_in_pp
            || acronym_received
            || modifies_head;
    }
    // "Israeli tank shelling", "heavy artillery bombing": a singular weapon
    // noun before an -ing form modifies it; a subject before a participle
    // is mostly plural ("tanks shelling the town").
    if form == Form::Ing && s.names(prev, wc::WEAPON) {
        return true;
    }
    if matches!(form, Form::Past | Form::Ing) {
        return false;
    }
    if f & (wc::AUX | wc::PRON | wc::TO | wc::NEG | wc::REL | wc::THAT | wc::SKIP) != 0 {
        return false;
    }
    if f & wc::CONJ != 0 {
        // "attacked and seized" vs "attacks and raids": follow the word
        // before the "and".
        return prev == 0 || s.trig_at(prev - 1).is_none();
    }
    true
}

/// Whether a verb-only trigger word is used as a noun here ("a grant",
/// "by phone"): then it is not a trigger.
fn verb_used_as_noun(s: &Sent, ta: usize, form: Form) -> bool {
    if ta == 0 {
        return false;
    }
    let np_start = |k: usize| -> bool {
        let f = s.f(k);
        f & (wc::DET | wc::POSS) != 0 || s.is_possessive(k) || (f & PREPS != 0 && f & wc::TO == 0)
    };
    let attributive_mention = s.mention_ending_at(ta - 1).is_some_and(|m| {
        matches!(
            m.how,
            MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
        )
    });
    match form {
        // "the occupied West Bank", "the banned group", "a heavily armed
        // minority": an adjective.
        Form::Past => {
            let prev = s.f(ta - 1);
            (prev & (wc::DET | wc::POSS) != 0 && !quantifier_subject(s, ta))
                || (ta >= 2 && s.is_ly_adverb(ta - 1) && s.f(ta - 2) & (wc::DET | wc::POSS) != 0)
        }
        // "a grant", "by phone", "of air links", "UN arms inspectors".
        Form::Base | Form::S => {
            if attributive_mention
                && s.toks
                    .get(ta + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && s.is_modifier_word(ta + 1)
            {
                return true;
            }
            let mut k = ta - 1;
            while k > 0 && s.is_modifier_word(k) && s.f(k) == 0 {
                k -= 1;
            }
            // "rockets and artillery shells", "Houthi military targets";
            // "returning to maximum pressure, analysts said": "to", a
            // modifier and the word closing the phrase is a preposition's
            // noun (an infinitive's adverb ends in -ly: "to quickly
            // withdraw.").
            let closes_phrase = s
                .toks
                .get(ta + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct);
            // "strikes on what it says are Hezbollah targets", "raids
            // against Hamas targets": a name opening a noun phrase after a
            // copula or a preposition of the object is the modifier of the
            // word after it, which is no verb of it (after a determiner, "of"
            // or a place preposition the name may end the subject: "a charge
            // the Iranian government rejects", "settlers in the city of
            // Hebron set fire to"). An adjective or an
            // acronym there is judged above ("for Russian talks with").
            let name_opening_phrase = !attributive_mention
                && s.mention_ending_at(ta - 1).is_some_and(|m| {
                    m.a > 0 && {
                        let f = s.f(m.a - 1);
                        (f & PREPS != 0 && f & (wc::TO | wc::BAR | wc::OF | wc::LOC) == 0)
                            || f & wc::BE != 0
                    }
                });
            np_start(k)
                || name_opening_phrase
                || (k + 1 < ta && (s.f(k) & wc::CONJ != 0 || s.mention_ending_at(k).is_some()))
                || (k + 1 < ta && s.f(k) & wc::TO != 0 && closes_phrase && !s.is_ly_adverb(ta - 1))
        }
        // "Jordan's visiting King": a participle before its noun.
        Form::Ing => s.f(ta - 1) & (wc::DET | wc::POSS) != 0 || s.is_possessive(ta - 1),
    }
}

/// Whether the event noun at `ta..tend` is a definite subject of "be" that
/// opens its clause ("The strike was the deadliest", "The latest attack is
/// the third this month"): a noun phrase of "the", plain modifiers and the
/// noun, at the sentence start or after a clause's punctuation.
fn restating_subject(s: &Sent, ta: usize, tend: usize) -> bool {
    if s.f(tend) & wc::BE == 0 {
        return false;
    }
    let k = s.back_over(ta, 0, |j| s.is_modifier_word(j));
    if k == 0 || !s.is(k - 1, "the") {
        return false;
    }
    let opens = k - 1;
    opens == 0 || s.toks[opens - 1].kind == TokenKind::Punct
}

/// Whether a participle is used as a modifier, not as a clause's verb:
/// "armed groups", "Iran's armed forces", "showed armed men", "exploding
/// pagers", or after its noun "bases hosting US troops". After "and" a past
/// form is a second verb when `after_past_verb` (a past verb trigger earlier
/// in its clause) and the words before "and" are no participles of a noun.
fn participle_modifier(s: &Sent, ta: usize, tb: usize, form: Form, after_past_verb: bool) -> bool {
    if !matches!(form, Form::Past | Form::Ing) || ta == 0 {
        return false;
    }
    let prev = ta - 1;
    let pf = s.f(prev);
    let plain_noun = |k: usize| {
        k < s.n()
            && s.toks[k].kind == TokenKind::Word
            && s.is_modifier_word(k)
            && s.f(k) == 0
            && !s.is_ly_adverb(k)
    };
    // "head off threatened U.S. tariffs", "the promised U.S. aid": a name
    // used as a modifier between a past participle and its noun. Not after
    // a preposition, where the participle often still names an ongoing act
    // ("on occupied Palestinian land"), nor an -ing form, which is a gerund
    // with its object there ("with investigating Russian collusion").
    let named_noun = form == Form::Past
        && s.f(prev) & PREPS == 0
        && s.mention_starting_at(tb).is_some_and(|m| plain_noun(m.b));
    let next_is_noun = plain_noun(tb) || named_noun;
    if next_is_noun {
        let pw = s.word(prev);
        // "the two exiled dissidents": a count opens the noun phrase too.
        let before_noun = pf & (wc::DET | wc::POSS | PREPS) != 0
            || (pf & wc::CONJ != 0
                && (form == Form::Ing || !after_past_verb || coordinated_modifier(s, prev)))
            || s.is_possessive(prev)
            // "to head off threatened U.S. tariffs".
            || s.names(prev, wc::PARTICLE)
            // "carried sanctioned oil", "delivered promised aid": a verb
            // that takes a noun object is never followed by a past
            // participle of its own clause.
            || (form == Form::Past && pf & wc::LIGHT != 0)
            // "to ship sanctioned oil": likewise an infinitive.
            || (form == Form::Past
                && prev >= 1
                && s.f(prev - 1) & wc::TO != 0
                && s.is_modifier_word(prev)
                && pf == 0
                && !s.is_ly_adverb(prev))
            || s.toks[prev].kind == TokenKind::Number
            || (s.is_modifier_word(prev) && pf == 0 && (pw.ends_with("ed") || pw.ends_with("ing")));
        if before_noun && pf & wc::TO == 0 {
            return true;
        }
    }
    // "bases hosting US troops": an -ing participle right after a plain
    // noun, with no auxiliary: the noun is its subject, and it is no actor.
    form == Form::Ing && s.is_modifier_word(prev) && pf == 0 && s.toks[prev].kind == TokenKind::Word
}

/// Whether the conjunction at `conj` before a past form that follows a
/// past verb of its clause joins participles
/// that modify one noun ("the armed and trained militias", "supplied armed,
/// trained and funded fighters"), not two verbs of one subject ("crossed
/// into Eritrea and shelled positions", "The army attacked and shelled
/// villages"): the words before it are -ed/-ing participles back to a word
/// that opens a noun phrase, or to the verb whose object the phrase is. (An
/// -ing form after "and" stays a modifier or gerund, as before: "charges
/// including hacking computers and violating laws" names no new act.)
fn coordinated_modifier(s: &Sent, conj: usize) -> bool {
    let participle = |k: usize| {
        let w = s.word(k);
        s.toks[k].kind == TokenKind::Word
            && s.f(k) == 0
            && w.starts_with(|c: char| c.is_lowercase())
            && (w.ends_with("ed") || w.ends_with("ing"))
    };
    let mut k = conj;
    loop {
        if k == 0 || !participle(k - 1) {
            return false;
        }
        k -= 1;
        if k >= 2 && s.punct(k - 1, ",") {
            k -= 1;
            continue;
        }
        if k == 0 {
            return false;
        }
        let opener = k - 1;
        return s.f(opener) & (wc::DET | wc::POSS | PREPS) != 0
            || s.is_possessive(opener)
            || s.toks[opener].kind == TokenKind::Number
            || participle(opener);
    }
}

/// The gapped row ("impose ... sanctions") whose object words follow the
/// head ending before token `tb` within [`MAX_GAP`] words, longest first;
/// returns the row, its form and the token after the object.
// Out of line, as `find_hits`: one call a trigger match.
#[inline(never)]
fn match_gapped(
    s: &Sent,
    lex: &EventLexicon,
    surface: u32,
    tb: usize,
    headline: bool,
    buf: &mut String,
) -> Option<(u32, Form, usize)> {
    let stems = lex.gapped_stems.get(surface as usize).copied().unwrap_or(0);
    if stems == 0 {
        return None;
    }
    let n = s.n();
    let window = tb..(tb + MAX_GAP + 1).min(n);
    // Every way out of the walk below but a row's match gives `None`, and a
    // row can match only at a word whose stem the surface's bits allow.
    // Most windows hold none (their words' entries say so), and those are
    // answered without the walk's noun-phrase checks. A word the trigger
    // search did not look up is a capitalized word inside a sentence that
    // is no headline, which the walk passes over as a name: it holds no
    // object either.
    let may_hold_object = |k: usize| match s.looked.get(k) {
        Some(Looked::Known { info, .. }) => {
            info.gap_stem != NO_ID && stems & gapped_stem_bit(info.gap_stem) != 0
        }
        Some(Looked::Unknown { .. } | Looked::Skipped) | None => false,
    };
    if !window.clone().any(may_hold_object) {
        return None;
    }
    let mut stem = String::new();
    for start in window {
        if start > tb {
            // The gap may hold only words inside one noun phrase.
            let k = start - 1;
            // "-" joins words, and "%" and a currency sign belong to their
            // number ("imposed 50% tariffs on", "approved a $20 billion
            // loan"): none ends the noun phrase.
            if s.is_punct(k) && !matches!(s.word(k), "-" | "%" | "$" | "€" | "£" | "¥") {
                return None;
            }
            // ... and no clause of its own ("announced it would prohibit all
            // aid" is no "announce ... aid").
            // A "to"-infinitive is a clause, too: "ordered Israel to allow
            // aid" is no "order ... aid" ("up to 40 tonnes of aid" is a
            // number's qualifier).
            if s.f(k) & wc::TO != 0 && !s.approximates(k) {
                return None;
            }
            let clause_word = wc::BAR
                | wc::THAT
                | wc::REL
                | wc::CONJ
                | wc::AUX
                | wc::PRON
                | wc::BE
                | wc::HAVE
                | wc::NEG;
            // Another trigger may stand in the gap: rows are chosen one hit
            // at a time in text order, so none ahead of this one is known
            // yet, and refusing the sentence's later trigger hits there
            // lowered PLOVER dev F1 0.648 → 0.640 and PETRARCH-2 validation
            // 0.305 → 0.288 (2026-12-01, session 4).
            if s.f(k) & clause_word != 0 {
                return None;
            }
        }
        if s.toks[start].kind != TokenKind::Word {
            continue;
        }
        // A capitalized word inside a sentence is a name or a date, not a
        // row's common-noun object ("prevented ... from returning in March"
        // is no "prevent ... march"), as for a trigger's own head word.
        if !headline && upper_start(s.text, &s.toks[start]) {
            continue;
        }
        // The vocabulary gives the id of a word's stem when some gapped
        // row's object starts with it: other words need no stem and no
        // lookup. Only a word the trigger search did not look up is stemmed.
        let stem_id = match s.looked.get(start) {
            Some(Looked::Known { info, .. }) => info.gap_stem,
            Some(Looked::Unknown { .. }) => NO_ID,
            Some(Looked::Skipped) | None => {
                stem_into(s.word(start), buf);
                lex.object_stems.get(buf).copied().unwrap_or(NO_ID)
            }
        };
        // The surface's stem bits rule most words out without a probe.
        if stem_id == NO_ID || stems & gapped_stem_bit(stem_id) == 0 {
            continue;
        }
        let Some(rows) = lex.gapped_rows(surface, stem_id) else {
            continue;
        };
        for &(e, form) in rows {
            let tail = &lex.tail_stems[e as usize];
            if start + tail.len() > n {
                continue;
            }
            let rest_ok = tail.iter().enumerate().skip(1).all(|(o, w)| {
                stem_into(s.word(start + o), &mut stem);
                stem == *w
            });
            // A possessive object is no object of the row but modifies
            // another ("recognized the government's efforts").
            let possessive = start + tail.len() < n && s.is_possessive(start + tail.len());
            if rest_ok && !possessive {
                return Some((e, form, start + tail.len()));
            }
        }
    }
    None
}

/// Whether a word is (the singular or plural of) a one-word event noun of
/// the lexicon ("talks", "request").
fn is_event_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    lex.lookup(word, buf).is_some_and(|info| {
        lex.phrases_of(info).iter().any(|&p| {
            lex.phrase_words[p as usize].len() == 1
                && lex.surfaces[p as usize]
                    .iter()
                    .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Noun)
        })
    })
}

/// Whether a noun names an agreement ("agreement", "accords", "deal").
fn is_agreement_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    lex.lookup(word, buf).is_some_and(|info| {
        lex.phrases_of(info).iter().any(|&p| {
            lex.phrase_words[p as usize].len() == 1
                && lex.surfaces[p as usize].iter().any(|(e, _)| {
                    let entry = &lex.entries[*e as usize];
                    entry.pos == Pos::Noun && entry.event_type == Some(EventType::Agree)
                })
        })
    })
}

/// Whether a hostile noun names an attack ("the strike", "airstrikes",
/// "the blast").
fn is_attack_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    lex.lookup(word, buf).is_some_and(|info| {
        lex.phrases_of(info).iter().any(|&p| {
            lex.phrase_words[p as usize].len() == 1
                && lex.surfaces[p as usize].iter().any(|(e, _)| {
                    let entry = &lex.entries[*e as usize];
                    entry.pos == Pos::Noun && entry.event_type.is_some_and(hostile)
                })
        })
    })
}

/// Whether the subject before a verb at `ta` can carry out an attack: an
/// actor ("Russia", "troops", "gunmen"), a pronoun, a weapon ("a missile",
/// "drones") or an attack ("the strike"). A verb spelled the same in its
/// past and base ("hit") is read as a past attack only after such a
/// subject: "the crisis hit Lebanon's banks", "the yuan hit its weakest
/// level" are no attacks.
fn attacker_subject(s: &Sent, lex: &EventLexicon, ta: usize, buf: &mut String) -> bool {
    subject_head(s, ta).is_some_and(|head| attacker_head(s, lex, head, buf))
}

/// The last word of the subject before a verb (or its auxiliary) at `ta`,
/// past adverbs; through a relative pronoun ("the drone that hit",
/// "Hezbollah, which has hit") to the noun it stands for.
fn subject_head(s: &Sent, ta: usize) -> Option<usize> {
    let mut k = s.back_over(ta, 0, |j| s.f(j) & wc::SKIP != 0 || s.is_ly_adverb(j));
    // A "that" right before a verb cannot open a complement clause, so it
    // is a relative pronoun as "which" is.
    if k > 1 && s.f(k - 1) & (wc::REL | wc::THAT) != 0 {
        k -= 1;
        if k > 1 && s.punct(k - 1, ",") {
            k -= 1;
        }
    }
    k.checked_sub(1)
}

fn attacker_head(s: &Sent, lex: &EventLexicon, head: usize, buf: &mut String) -> bool {
    if s.mention_ending_at(head).is_some()
        || s.f(head) & wc::PRON != 0
        || s.names(head, wc::ATTACKER)
    {
        return true;
    }
    let word = s.word(head);
    let singular = word.strip_suffix('s').unwrap_or(word);
    let weapon = s.names(head, wc::WEAPON)
        || lex
            .lookup(singular, buf)
            .is_some_and(|info| info.classes & wc::WEAPON != 0);
    weapon || is_attack_noun(lex, word, buf)
}

/// Whether the tokens from `from` to the verb at `to` are the subject and
/// modal of a clause: a name (after a determiner) or a subject pronoun, then
/// "would", "will", "could" and the like, with adverbs or a negation.
fn bare_modal_clause(s: &Sent, from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to && s.f(k) & wc::DET != 0 {
        k += 1;
    }
    if let Some(m) = s.mention_at(k).filter(|m| m.a == k) {
        k = m.b;
    } else if k == from && s.f(k) & wc::PRON != 0 {
        k += 1;
    } else {
        return false;
    }
    k < to
        && (k..to).any(|x| s.f(x) & (wc::FUTURE | wc::HYPO) != 0)
        && (k..to).all(|x| s.f(x) & (wc::AUX | wc::NEG | wc::SKIP) != 0)
}

/// The economic penalty (`levy` class) heading a "with" phrase after the
/// object that starts at `from` ("Moscow with new sanctions").
fn penalty_instrument(s: &Sent, from: usize) -> Option<usize> {
    // "hit back with sanctions", "hit back at Washington with": the
    // object may be missing or an "at" phrase; "hit Canada and Mexico with":
    // coordinated.
    let object_word = |k: usize| {
        s.is_np_word(k)
            || s.f(k) & wc::CONJ != 0
            || s.punct(k, ",")
            || (k == from && s.is(k, "back"))
            || s.is(k, "at")
            // A name the knowledge base lacks ("hit Google with a fine").
            || (s.toks[k].kind == TokenKind::Word && s.f(k) == 0 && s.trig_at(k).is_none())
    };
    let mut k = from;
    while k < s.n() && k < from + 10 && !s.is(k, "with") {
        if !object_word(k) {
            return None;
        }
        k += 1;
    }
    if !s.is(k, "with") {
        return None;
    }
    k += 1;
    // "with 25% tariffs", "with a 14th package of sanctions".
    let levy_modifier =
        |k: usize| s.f(k) & (wc::DET | wc::OF) != 0 || s.is_modifier_word(k) || s.punct(k, "%");
    while k < s.n() && levy_modifier(k) && !s.names(k, wc::LEVY) {
        k += 1;
    }
    s.names(k, wc::LEVY).then_some(k)
}

/// The trigger heading an "at" or "during" phrase after the object that
/// starts at `from` ("Xi at the SCO summit", "talks with Aoun during a
/// visit to Beirut"), with the actors named inside the phrase before it.
fn meeting_venue(s: &Sent, from: usize) -> Option<(usize, Vec<usize>)> {
    // The counterpart may be a name the knowledge base lacks ("Xi"), after
    // "with" ("talks with Xi").
    let object_word = |k: usize| {
        s.is_np_word(k)
            || s.f(k) & wc::TPREP != 0
            || (s.toks[k].kind == TokenKind::Word && s.f(k) == 0 && s.trig_at(k).is_none())
    };
    let occasion = |k: usize| s.in_cold(k, wc::VENUE_PREP);
    let mut k = from;
    while k < s.n() && k < from + 8 && !occasion(k) {
        if !object_word(k) {
            return None;
        }
        k += 1;
    }
    if !occasion(k) {
        return None;
    }
    let object_end = k;
    // "Erdogan met NATO leaders at the NATO summit": an actor the object
    // phrase names is the counterpart even when it also hosts the summit.
    let in_object =
        |a: usize| (from..object_end).any(|j| s.mention_at(j).is_some_and(|m| m.actor == a));
    k += 1;
    let mut venue = Vec::new();
    while k < s.n() && s.trig_at(k).is_none() && s.is_np_word(k) {
        if let Some(m) = s.mention_at(k) {
            if !venue.contains(&m.actor) && !in_object(m.actor) {
                venue.push(m.actor);
            }
        }
        k += 1;
    }
    s.trig_at(k).map(|u| (u, venue))
}

/// The "have" of a perfect before the verb at `ta` ("has hit", "have
/// already struck"), skipping adverbs between them.
fn perfect_aux(s: &Sent, ta: usize) -> Option<usize> {
    let k = s.back_over(ta, 0, |j| s.f(j) & wc::SKIP != 0 || s.is_ly_adverb(j));
    (k > 0 && s.f(k - 1) & wc::HAVE != 0).then(|| k - 1)
}

/// Tokens between two triggers that stay inside one noun phrase or
/// prepositional phrase ("a treaty of friendship and cooperation").
fn np_internal(s: &Sent, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 6
        && (from..to).all(|k| {
            s.f(k) & (wc::DET | wc::POSS | wc::CONJ | wc::OF | wc::FOR | wc::TPREP) != 0
                || s.is_modifier_word(k)
                || s.mention_at(k).is_some()
                || s.is_possessive(k)
        })
}

/// How trigger `t` governs the next trigger `u`, if it does (see
/// events.tsv: direct / commit / intent / modal classes; any verb governs an
/// event noun that is its object).
fn governs(s: &Sent, t: &Trig, u: &Trig) -> Option<Via> {
    if u.ta < t.tend || u.ta - t.tend > GOVERN_WINDOW {
        return None;
    }
    let between = t.tend..u.ta;
    let blocked = between.clone().any(|k| {
        s.hard_stop(k)
            || s.punct(k, ",")
            || s.f(k) & (wc::BAR | wc::REL) != 0
            || s.trig_at(k).is_some()
    });
    if blocked {
        return None;
    }
    if t.kind == Kind::Obligation {
        let ok = between.clone().all(|k| {
            s.f(k) & (wc::AUX | wc::SKIP | wc::NEG | wc::TO | wc::BE) != 0 || s.is_modifier_word(k)
        });
        return ok.then_some(Via::Along);
    }
    if t.governing() {
        if let Some(k) = between.clone().find(|&k| s.f(k) & wc::THAT != 0) {
            return Some(Via::That(k));
        }
        // "Poland warned Russia would attack NATO", "Iran warned it would
        // strike Israel": a clause without its "that", known by a subject
        // and a modal right before the verb, reads as with it.
        if !u.nominal
            && matches!(t.class, Class::Direct | Class::Commit)
            && bare_modal_clause(s, t.tend, u.ta)
        {
            return Some(Via::That(t.tend - 1));
        }
        if !u.nominal {
            if infinitive_to(s, u.ta).is_some_and(|k| k >= t.tend)
                || (t.pos == Pos::Phrase
                    && infinitive_to(s, u.ta) == Some(t.tend.saturating_sub(1)))
            {
                return Some(Via::Infinitive);
            }
            if u.ta > t.tend
                && s.f(u.ta - 1) & (wc::OF | wc::TPREP | wc::FOR) != 0
                && u.form == Form::Ing
            {
                return Some(Via::Gerund);
            }
            // "refused to commit to disarming", "agreed to releasing": a
            // gerund after "to" is that preposition's object, whether the
            // "to" ends the governing phrase ("commit to") or follows it.
            let to_at = u.ta.checked_sub(1).filter(|&k| k + 1 >= t.tend && k > t.ta);
            if u.form == Form::Ing && to_at.is_some_and(|k| s.f(k) & wc::TO != 0) {
                return Some(Via::Gerund);
            }
            // Bare complement after an object: "demanded Israel withdraw".
            let bare = t.event_type == EventType::Request
                && u.form == Form::Base
                && between.clone().any(|k| s.mention_at(k).is_some())
                && between
                    .clone()
                    .all(|k| s.mention_at(k).is_some() || s.f(k) & wc::DET != 0);
            return bare.then_some(Via::Infinitive);
        }
        // "agreed to provide about 70 million dollars of aid".
        if between.clone().any(|k| s.is(k, "to")) && !u.nominal {
            return Some(Via::Infinitive);
        }
    }
    if !u.nominal {
        // A purpose infinitive is part of the main event: "sent troops to
        // attack", "met Netanyahu to discuss".
        let purpose = t.is_verb()
            && infinitive_to(s, u.ta)
                .is_some_and(|k| k >= t.tend && (k == 0 || s.f(k - 1) & wc::ASPECT == 0));
        return purpose.then_some(Via::Infinitive);
    }
    // The event noun is the object: "signed an agreement", "rejected a U.S.
    // request", "agreed to a ceasefire", "talks on a truce", "agreed to
    // provide aid".
    let has_to = between.clone().any(|k| s.is(k, "to"));
    if t.governing() && has_to {
        return Some(Via::Infinitive);
    }
    // After a noun ("a treaty of friendship and cooperation") the noun
    // phrase may go on through "of" and "and".
    let ends_in_noun = t.nominal || t.tend > t.tb;
    let np_extra = if ends_in_noun { wc::OF | wc::CONJ } else { 0 };
    // "rejected the absurd and false accusations": two modifiers joined by a
    // conjunction are one modifier of the noun.
    let coordinated_modifiers = |k: usize| {
        k > t.tend
            && s.f(k) & wc::CONJ != 0
            && s.is_modifier_word(k - 1)
            && s.is_modifier_word(k + 1)
    };
    let np_ok = between.clone().all(|k| {
        s.f(k) & (wc::DET | wc::POSS | wc::TO | wc::FOR | wc::TPREP | wc::SKIP | np_extra) != 0
            || coordinated_modifiers(k)
            || s.mention_at(k).is_some()
            || s.is_possessive(k)
            || s.is_modifier_word(k)
            || s.punct(k, "\"")
    });
    if !np_ok {
        return None;
    }
    let has_prep = between
        .clone()
        .any(|k| s.f(k) & (wc::FOR | wc::TPREP | wc::TO | np_extra) != 0);
    if t.nominal || (t.tend > t.tb && between.clone().any(|k| s.f(k) & wc::OF != 0)) {
        // "talks on a ceasefire", "demand for the release".
        return has_prep.then_some(Via::Object);
    }
    // Only verbs that take a speech-act or commitment object absorb a noun
    // after a preposition; "attacked during talks" does not.
    (!has_prep || t.governing()).then_some(Via::Object)
}

/// The events of a document, in text order and without ids (the gate gives
/// them), and the document's word counts for the domain gate, taken on the
/// way (`EventFilter::domain_count` counts the same).
pub(crate) fn run(
    layer: &TextLayer,
    actors: &DocActors,
    claims: &[ClaimRecord],
    lex: &EventLexicon,
) -> (Vec<EventRecord>, DomainCount, Vec<(usize, usize)>) {
    let text = layer.text.as_str();
    // Claims by content span, innermost first when nested.
    let mut claim_spans: Vec<(usize, usize, usize)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.content.start < c.content.end)
        .map(|(i, c)| (c.content.start, c.content.end, i))
        .collect();
    claim_spans.sort_by_key(|&(s, e, _)| (e - s, s));
    // Per sentence, the claims that overlap it, in the same order: a span
    // holding a stretch of the sentence is among them. Found by a sweep
    // (sentences are in text order): spans join the active ones, in order
    // of start, once a sentence reaches them, and leave once one starts
    // after them; `rank` is the place in `claim_spans`.
    let mut by_start: Vec<(usize, usize, usize)> = claim_spans
        .iter()
        .enumerate()
        .map(|(rank, &(s, e, _))| (s, e, rank))
        .collect();
    by_start.sort_unstable();
    let mut next_span = 0usize;
    let mut active: Vec<(usize, usize, usize)> = Vec::new();
    // Each claim's speaker actor, found by id on first use and kept: the
    // same claim is asked for by every trigger in or near it, and
    // `actor_by_id` compares the id with every actor's.
    let speaker_cache: Vec<Cell<u32>> = vec![Cell::new(SPEAKER_UNSEEN); claims.len()];
    let speaker_of = |claim: usize| -> Option<usize> {
        let cached = speaker_cache.get(claim)?;
        match cached.get() {
            SPEAKER_UNSEEN => {
                let found = claims[claim]
                    .speaker
                    .actor
                    .as_deref()
                    .and_then(|id| actors.actor_by_id(id));
                cached.set(found.map_or(SPEAKER_NONE, |a| a as u32));
                found
            }
            SPEAKER_NONE => None,
            a => Some(a as usize),
        }
    };
    // The claims' cues in text order, with their claim: a stretch looks only
    // at those that start less than the longest cue before it (once per
    // sentence for the cue marks below, once per trigger for a cue's
    // speaker), not at every claim of the document.
    let mut cues: Vec<(usize, usize, usize)> = claims
        .iter()
        .enumerate()
        .map(|(k, c)| (c.cue.start, c.cue.end, k))
        .collect();
    cues.sort_unstable();
    let longest_cue = cues
        .iter()
        .map(|&(a, b, _)| b.saturating_sub(a))
        .max()
        .unwrap_or(0);
    // The cues that may overlap the bytes `start..end`: a cue ending after
    // `start` starts less than `longest_cue` before it.
    let cues_near = |start: usize, end: usize| -> &[(usize, usize, usize)] {
        let from = cues.partition_point(|&(s, _, _)| s + longest_cue <= start);
        let to = from + cues[from..].partition_point(|&(s, _, _)| s < end);
        &cues[from..to]
    };
    // Whether some claim's cue overlaps the bytes `start..end`, among the
    // cues `near` them (the sentence's: every cue that overlaps a stretch of
    // a sentence is `cues_near` the sentence, so the search for each
    // trigger starts from those rather than from the document's).
    let cue_claim_at = |near: &[(usize, usize, usize)], start: usize, end: usize| {
        near.iter().any(|&(s, e, _)| s < end && start < e)
    };
    // The speaker actor of the first claim (in `claims` order) whose cue
    // overlaps `start..end` and whose speaker is a known actor.
    let cue_speaker_at = |near: &[(usize, usize, usize)], start: usize, end: usize| {
        near.iter()
            .filter(|&&(s, e, _)| s < end && start < e)
            .filter_map(|&(_, _, k)| speaker_of(k).map(|sp| (k, sp)))
            .min_by_key(|&(k, _)| k)
            .map(|(_, sp)| sp)
    };

    let mut out: Vec<EventRecord> = Vec::new();
    // Trigger spans of the events whose war mode a weapon or war noun gave.
    let mut war_nouns: Vec<(usize, usize)> = Vec::new();
    let mut last_subject: Vec<usize> = Vec::new();
    // Per sentence, the set phrases ("the two countries") read as a mention
    // of their representative state: (representative, the states).
    let mut sets: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut lower = String::new();
    // One analysis buffer for the whole document, cleared per sentence.
    let mut s = Sent {
        text,
        toks: &[],
        lex: Some(lex),
        flags: Vec::new(),
        looked: Vec::new(),
        ment_of: Vec::new(),
        ments: Vec::new(),
        qualifiers: Vec::new(),
        trig_of: Vec::new(),
        trig_verb: Vec::new(),
        ruled_out_verbs: Vec::new(),
        hit_starts: Vec::new(),
    };
    // The sentence's trigger hits and its triggers: buffers for the whole
    // document like `s`, refilled per sentence (kept beside `s` because the
    // sentence's steps read them while they change `s`).
    let mut hits: Vec<Hit> = Vec::new();
    let mut trigs: Vec<Trig> = Vec::new();
    // The per-token buffers hold at most a sentence's tokens: sized once for
    // the document's longest sentence, they never grow while it is read. A
    // sentence has no more tokens than bytes (tokens are nonempty and do not
    // overlap), and its bytes are known without a search for its tokens.
    let longest = layer
        .sentences
        .iter()
        .map(|s| s.end.saturating_sub(s.start))
        .max()
        .unwrap_or(0);
    s.flags.reserve(longest);
    s.looked.reserve(longest);
    s.ment_of.reserve(longest);
    s.trig_of.reserve(longest);
    s.hit_starts.reserve(longest);
    hits.reserve(longest);
    let mut tok_cursor = 0usize;
    let mut domain = DomainCount::default();
    // A token outside every sentence is counted here, the others by
    // `find_hits`.
    let count_outside = |t: &Token, domain: &mut DomainCount| {
        if t.kind == TokenKind::Word {
            domain.words += 1;
            domain.domain += usize::from(lex.filter.is_domain_word(t.text(text)));
        }
    };
    // The sentence's cues: `cues[cues_from..cues_to]`, for the bounds
    // `cues_for` (see below).
    let (mut cues_from, mut cues_to, mut cues_for) = (0usize, 0usize, (0usize, 0usize));
    for sent in layer.sentences.iter() {
        // The tokens of this sentence, walking forward (sentences and tokens
        // are both in text order).
        let all = &layer.tokens;
        while tok_cursor < all.len() && all[tok_cursor].start < sent.start {
            count_outside(&all[tok_cursor], &mut domain);
            tok_cursor += 1;
        }
        let first = tok_cursor;
        tok_cursor += all[first..].partition_point(|t| t.start < sent.end);
        let toks = &all[first..tok_cursor];
        if toks.is_empty() {
            continue;
        }
        let (headline, classes) = find_hits(
            text,
            toks,
            lex,
            &mut s.flags,
            &mut s.looked,
            &mut s.hit_starts,
            &mut hits,
            &mut domain,
            &mut lower,
        );
        let has_oblig = classes & wc::OBLIG != 0;
        // Without a trigger, only an obligation ("X said Y must ...") can
        // make an event.
        if hits.is_empty() && !has_oblig {
            continue;
        }
        s.toks = toks;
        while next_span < by_start.len() && by_start[next_span].0 <= sent.end {
            active.push(by_start[next_span]);
            next_span += 1;
        }
        active.retain(|&(_, e, _)| e >= sent.start);
        // The first span in `claim_spans` order (the smallest) that holds
        // the stretch: the active one of lowest rank.
        let claim_of = |start: usize, end: usize| -> Option<usize> {
            active
                .iter()
                .filter(|&&(s, e, _)| s <= start && end <= e)
                .map(|&(_, _, rank)| rank)
                .min()
                .map(|rank| claim_spans[rank].2)
        };
        // The cues that may overlap the sentence's tokens (the last one
        // may end past the sentence's end): `cues_near` the sentence. Both
        // bounds only move forward from sentence to sentence, so they are
        // walked on from the previous sentence's, not searched for.
        let near_end = sent.end.max(toks[toks.len() - 1].end);
        debug_assert!(
            sent.start >= cues_for.0 && near_end >= cues_for.1,
            "sentences in order"
        );
        cues_for = (sent.start, near_end);
        while cues_from < cues.len() && cues[cues_from].0 + longest_cue <= sent.start {
            cues_from += 1;
        }
        cues_to = cues_to.max(cues_from);
        while cues_to < cues.len() && cues[cues_to].0 < near_end {
            cues_to += 1;
        }
        let sent_cues = &cues[cues_from..cues_to];
        debug_assert_eq!(sent_cues, cues_near(sent.start, near_end));
        // (Each cue marks its own tokens, so the order they are taken in
        // does not matter.)
        for &(cue_start, cue_end, _) in sent_cues {
            if cue_start < sent.end && cue_end > sent.start {
                // Auxiliaries and adverbs that lead a cue ("has rejected",
                // "also said") are not the speech act: a subject search
                // passes them.
                let mut head = true;
                // Tokens are in order and do not overlap: the cue's are a
                // run starting at the first one at or after its start.
                let at = toks.partition_point(|t| t.start < cue_start);
                let run = toks[at..].iter().zip(s.flags[at..].iter_mut());
                for (t, f) in run.take_while(|(t, _)| t.end <= cue_end) {
                    let w = &text[t.start..t.end];
                    if head
                        && t.end < cue_end
                        // Words sitrep-claims takes into a cue before its
                        // speech verb ("has said", "sharply criticised"):
                        // the same data file and test.
                        && lex.claim_words.leads_cue(w)
                    {
                        continue;
                    }
                    head = false;
                    *f |= CUE;
                }
            }
        }
        let tok_index = |byte: usize| -> usize { toks.partition_point(|t| t.start < byte) };
        let tok_containing = |byte: usize| -> usize { toks.partition_point(|t| t.end <= byte) };
        s.ments.clear();
        s.qualifiers.clear();
        s.ruled_out_verbs.clear();
        s.ment_of.clear();
        s.ment_of.resize(toks.len(), NONE);
        s.trig_of.clear();
        s.trig_of.resize(toks.len(), NONE);
        s.trig_verb.clear();
        // The mentions come in order of start, so the token holding each
        // one's start (`tok_containing`) is found by walking on from the
        // previous one's, and its end (`tok_index`) by walking over its own
        // tokens: every token before the start token ends at or before the
        // start and so starts before the end.
        let mut held = 0usize;
        let mut last_start = 0usize;
        for m in actors.mentions_in(sent.start, sent.end) {
            if m.start < last_start {
                held = 0;
            }
            last_start = m.start;
            while held < toks.len() && toks[held].end <= m.start {
                held += 1;
            }
            let a = held;
            let mut past = a;
            while past < toks.len() && toks[past].start < m.end {
                past += 1;
            }
            debug_assert_eq!((a, past), (tok_containing(m.start), tok_index(m.end)));
            let b = past.max(a + 1).min(toks.len());
            if a >= toks.len() {
                continue;
            }
            // A name that only qualifies a noun ("the Iran-backed group
            // attacked") is no participant; an affix trigger on the same
            // word ("-backed": SUPPORT from Iran) reads it from `qualifiers`.
            if b == a + 1 && is_qualifier(text, &toks[a], m.end, lex) {
                s.qualifiers.push((a, m.actor, m.how));
                continue;
            }
            // "the Minsk agreements", "the Paris agreement", "the Oslo
            // accords": a city named before an agreement noun names the
            // agreement after where it was made; the state of the city is
            // no party to it. A state's own name ("the Iran deal") may be.
            let city = matches!(
                m.how,
                MentionHow::Alias(AliasKind::Metonym | AliasKind::Place)
                    | MentionHow::Locative(AliasKind::Metonym | AliasKind::Place)
            );
            if city
                && a > 0
                && s.f(a - 1) & wc::DET != 0
                && b < toks.len()
                && is_agreement_noun(lex, toks[b].text(text), &mut lower)
            {
                continue;
            }
            let idx = s.ments.len() as u32;
            for slot in s.ment_of.iter_mut().take(b).skip(a) {
                *slot = idx;
            }
            // A capitalised word of a name is no modal ("Theresa May met
            // Macron", "Will Hurd voted"): in a headline-cased sentence or
            // at its start the word search gave it its lower-case classes.
            for (tok, f) in toks[a..b].iter().zip(&mut s.flags[a..b]) {
                if upper_start(text, tok) {
                    *f &= !NAME_NOT_MODAL;
                }
            }
            s.ments.push(M {
                a,
                b,
                actor: m.actor,
                how: m.how,
            });
        }
        // "Are you ready to talk to Washington again?", "Will Iran strike
        // back?": a direct question asks whether an act happens; it reports
        // none.
        let turn_body = layer.turn_opening(sent.start).map(|t| t.body);
        if direct_question(&s, turn_body) {
            continue;
        }
        // "Iran and Oman held talks. The two countries agreed ...": a set
        // phrase stands for the states named last before it, and is read as
        // a mention of one of them (its representative), which every
        // argument found below expands into all of them.
        sets.clear();
        if classes & wc::SET_NOUN != 0 {
            add_set_phrases(&mut s, layer, actors, lex, &mut sets, &mut lower);
        }
        let content_start_of = |claim: usize| -> usize {
            claims
                .get(claim)
                .map(|c| tok_index(c.content.start.max(sent.start)))
                .unwrap_or(0)
        };

        // 1. Choose a lexicon row for every hit.
        trigs.clear();
        let mut consumed_to = 0usize;
        for hit in &hits {
            let affix_hit = hit.start != toks[hit.ta].start;
            let (ta, tb) = (hit.ta, hit.tb);
            if ta < consumed_to {
                continue;
            }
            // A trigger inside an actor mention is part of a name.
            if !affix_hit && (ta..tb).any(|k| s.ment_of[k] != NONE) {
                continue;
            }
            if affix_hit && s.mention_at(ta).is_none() && s.qualifier_at(ta).is_none() {
                continue;
            }
            // A capitalized trigger inside a sentence is part of a name
            // ("Operation Protective Edge", "March 5").
            if !affix_hit && is_upper_start(&text[hit.start..hit.end]) && !headline {
                let first_word = ta == 0 || (ta == 1 && s.is_punct(0));
                let after_quote = ta > 0
                    && (s.punct(ta - 1, "\"") || s.punct(ta - 1, ":") || s.punct(ta - 1, "("));
                if !first_word && !after_quote {
                    continue;
                }
            }
            // Idioms and constructions that are no event ("when it comes
            // to", "is going to have to"): only a modal row may stay.
            // Only a word that starts a context row can open one, and the
            // vocabulary marks those words (a non-ASCII word, lower-cased
            // differently by the filter, always asks it).
            let may_open_context = match s.looked[ta] {
                Looked::Known { info, .. } if info.opens_context => true,
                Looked::Known { ascii, .. } | Looked::Unknown { ascii } => !ascii,
                Looked::Skipped => true,
            };
            let non_event = may_open_context
                && lex.filter.non_event_context(
                    &crate::filter::TokView {
                        text,
                        toks,
                        flags: &s.flags,
                        in_mention: &|k| s.ment_of[k] != NONE,
                    },
                    ta,
                    tb,
                );
            let candidates = &lex.surfaces[hit.surface];
            // A gapped row whose gap holds an actor ("killed 46 Afghan
            // civilians") is used only when the head alone is no event of
            // the same type: otherwise the plain verb says as much and keeps
            // the actor outside the trigger, where argument search finds it.
            // An object that is itself an event noun ("rejected a U.S.
            // request") keeps the row: it folds the governed event.
            let mut gapped_match =
                match_gapped(&s, lex, hit.surface as u32, tb, headline, &mut lower)
                    .filter(|_| !non_event);
            if let Some((e, _, end)) = gapped_match {
                let entry = &lex.entries[e as usize];
                let object = end - entry.tail.len();
                let gap_has_actor = (tb..object).any(|k| s.ment_of[k] != NONE);
                let plain_same = candidates.iter().any(|&(c, _)| {
                    let plain = &lex.entries[c as usize];
                    plain.tail.is_empty()
                        && plain.pos == Pos::Verb
                        && plain.event_type == entry.event_type
                });
                if gap_has_actor && plain_same && !is_event_noun(lex, &entry.tail[0], &mut lower) {
                    gapped_match = None;
                }
                // "Turkey welcomed a call by Ocalan to lay down arms": a gap
                // holding an agent phrase is a noun phrase of its own act,
                // and the row's last word ("welcome ... to": hosting) belongs
                // to that noun, not to the verb.
                if (tb..object).any(|k| s.f(k) & wc::BY != 0) {
                    gapped_match = None;
                }
            }
            let has_verb = candidates
                .iter()
                .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Verb);
            let has_noun = candidates
                .iter()
                .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Noun);
            let first_form = candidates.first().map(|c| c.1).unwrap_or(Form::Base);
            let nominal_context = nominal_reading(&s, ta, first_form);
            // "The earthquake hit Turkey": a verb-only word whose past is
            // its base reads as a verb in one of its forms.
            let verb_reading = !nominal_context
                || (!has_noun && candidates.iter().any(|&(_, f)| !nominal_reading(&s, ta, f)));
            if non_event && has_verb && verb_reading {
                s.ruled_out_verbs.push(ta);
            }
            let mut chosen: Option<(u32, Form, usize)> = gapped_match;
            for &(e, form) in candidates {
                if chosen.is_some() {
                    break;
                }
                let entry = &lex.entries[e as usize];
                if non_event && entry.class != Class::Modal {
                    continue;
                }
                if has_verb && has_noun {
                    let want = if nominal_context {
                        Pos::Noun
                    } else {
                        Pos::Verb
                    };
                    if entry.pos != want {
                        continue;
                    }
                } else if entry.pos == Pos::Verb && verb_used_as_noun(&s, ta, form) {
                    continue;
                }
                let same_spelled_past = form == Form::Past
                    && entry.pos == Pos::Verb
                    && entry.event_type.is_some_and(hostile)
                    && candidates.contains(&(e, Form::Base));
                if same_spelled_past && !attacker_subject(&s, lex, ta, &mut lower) {
                    continue;
                }
                // "The crisis has hit Lebanon's banks": the perfect of such a
                // verb reads as its base form; its subject stands before the
                // "has" and must be one that can attack, as for the past.
                let same_spelled_perfect = form == Form::Base
                    && entry.pos == Pos::Verb
                    && entry.event_type.is_some_and(hostile)
                    && candidates.contains(&(e, Form::Past));
                // Without a subject to judge ("has hit" opening a headline)
                // the attack reading stands.
                if same_spelled_perfect {
                    if let Some(head) = perfect_aux(&s, ta).and_then(|have| subject_head(&s, have))
                    {
                        if !attacker_head(&s, lex, head, &mut lower) {
                            continue;
                        }
                    }
                }
                chosen = Some((e, form, tb));
                break;
            }
            let Some((mut e, mut form, mut tend)) = chosen else {
                continue;
            };
            // "suspended the ban on", "ending its defence cooperation
            // agreement": an event noun that is the object of a verb of
            // ending or reversal names what is ended, not an act done now.
            let ended = &lex.entries[e as usize];
            let street_act = matches!(
                ended.event_type,
                Some(EventType::Protest | EventType::Assault)
            );
            if ended.pos == Pos::Noun && reversed_event_noun(&s, ta, street_act) {
                continue;
            }
            // "designated the Muslim Brotherhood chapters as foreign terrorist
            // organizations", "was designated a terrorist group by": a
            // designation is a sanction only when what it makes its object
            // is of a `listed` class; a plain "designated area" or
            // "designated successor" is no event.
            if s.names(ta, wc::DESIGNATE) && !listed_class_after(&s, tend) {
                continue;
            }
            // "crossed into Eritrea and shelled positions": a past verb
            // trigger earlier in the clause makes a past form after "and" a
            // second verb of its subject.
            let after_past_verb = trigs.iter().any(|u| {
                u.pos == Pos::Verb
                    && !u.nominal
                    && u.form == Form::Past
                    && u.tend <= ta
                    && (u.tend..ta).all(|k| !s.punct(k, ",") && !s.hard_stop(k))
            });
            if lex.entries[e as usize].pos == Pos::Verb
                && tend == tb
                && participle_modifier(&s, ta, tb, form, after_past_verb)
            {
                continue;
            }
            let mut tb = tb;
            let mut end_byte = hit.end;
            // "Talks between Iran and ...": a verb + preposition row matched
            // where the first word is a noun; use the noun row instead.
            if lex.entries[e as usize].pos == Pos::Verb
                && lex.entries[e as usize].tail.is_empty()
                && tb > ta + 1
            {
                let strong_nominal =
                    verb_used_as_noun(&s, ta, form) || (ta == 0 && form == Form::S);
                if strong_nominal {
                    // The word's first one-word phrase.
                    let single = lex
                        .lookup(s.word(ta), &mut lower)
                        .map(|info| info.single)
                        .filter(|&p| p != NO_ID);
                    if let Some(p) = single {
                        if let Some(&(ne, nf)) = lex.surfaces[p as usize]
                            .iter()
                            .find(|(x, _)| lex.entries[*x as usize].pos == Pos::Noun)
                        {
                            e = ne;
                            form = nf;
                            tb = ta + 1;
                            tend = tb;
                            end_byte = toks[ta].end;
                        }
                    }
                }
            }
            // "aid workers", "truce monitors", "U.N. aid convoys": a noun
            // modifying another noun.
            let attributive_prev = ta > 0
                && s.mention_ending_at(ta - 1).is_some_and(|m| {
                    matches!(
                        m.how,
                        MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
                    )
                });
            let noun_like = lex.entries[e as usize].pos == Pos::Noun
                || (has_noun && attributive_prev && form == Form::Base);
            if noun_like
                && tend == tb
                && tb < toks.len()
                && s.is_modifier_word(tb)
                && s.f(tb) == 0
                && toks[tb].kind == TokenKind::Word
            {
                let next = s.word(tb);
                let plural = next.len() > 3
                    && next.ends_with('s')
                    && !next.ends_with("ss")
                    && !next.ends_with("us")
                    && !next.ends_with("is");
                if plural || text[hit.start..hit.end].eq_ignore_ascii_case("aid") {
                    continue;
                }
            }
            consumed_to = tend;
            let entry = &lex.entries[e as usize];
            let Some(event_type) = entry.event_type else {
                continue; // "declined to comment": consumed, not an event
            };
            let end = if tend > tb {
                toks[tend - 1].end.max(end_byte)
            } else {
                end_byte
            };
            // A verb row ending in the passive's "by" ("host by": "talks
            // hosted by Qatar", "was hosted by Egypt") leaves the "by"
            // outside the trigger, so the agent after it reads as in any
            // passive: the host, not a target.
            // Only where the participle can be passive: after "be", a comma
            // or a plain lower-case noun ("talks hosted by"). After a name,
            // a pronoun or "have" the row is a phrasal verb whose "by"
            // belongs to it ("France stood by Armenia", "has stood by").
            let passive_slot = ta > 0 && {
                let p = ta - 1;
                s.f(p) & wc::BE != 0
                    || s.punct(p, ",")
                    || (s.mention_at(p).is_none()
                        && s.f(p) & (wc::HAVE | wc::PRON | wc::AUX) == 0
                        && s.word(p).starts_with(|c: char| c.is_lowercase()))
            };
            let (tb, tend, end) = if entry.pos == Pos::Verb
                && form == Form::Past
                && tend == tb
                && tb > ta + 1
                && s.f(tb - 1) & wc::BY != 0
                && passive_slot
            {
                (tb - 1, tb - 1, toks[tb - 2].end)
            } else {
                (tb, tend, end)
            };
            trigs.push(Trig {
                kind: Kind::Lexicon(e),
                event_type,
                class: entry.class,
                pos: entry.pos,
                form,
                ta,
                tb,
                tend,
                start: hit.start,
                end,
                nominal: entry.pos == Pos::Noun,
                voice: Voice::Active,
                source: Vec::new(),
                target: Vec::new(),
                fixed: false,
                governor: None,
                claim: claim_of(hit.start, end),
                place_only: false,
                // A weapon that is never an event of its own ("a bomb") is
                // absorbed from the start: the walks for places and
                // objects pass over it as over any absorbed noun, and a
                // verb of its type still takes it as its means.
                absorbed: entry.class == Class::Means,
                means: None,
                folded_mode: None,
                ordered: false,
            });
        }
        index_triggers(&mut s, &trigs);

        // 2. "X said (that) Y must Z": a REQUEST from X to Y.
        if has_oblig {
            let mut extra = Vec::new();
            for k in 0..s.n() {
                if s.f(k) & wc::OBLIG == 0 || trigs.iter().any(|t| t.ta <= k && k < t.tend) {
                    continue;
                }
                let claim = claim_of(toks[k].start, toks[k].end);
                let (speaker, floor) = match claim {
                    Some(c) => match speaker_of(c) {
                        Some(sp) => (vec![sp], content_start_of(c)),
                        None => continue,
                    },
                    None => {
                        // "The administration declared that China must ...".
                        let Some(that) = (0..k).rev().find(|&x| s.f(x) & wc::THAT != 0) else {
                            continue;
                        };
                        if !(that + 1..k).all(|x| {
                            s.mention_at(x).is_some()
                                || s.f(x) & (wc::DET | wc::CONJ | wc::POSS | wc::PRON) != 0
                                || s.is_modifier_word(x)
                        }) {
                            continue;
                        }
                        match subject_before(&s, that, 0, &trigs) {
                            Subject::Found(g) => (actors_of(&g), that + 1),
                            _ => continue,
                        }
                    }
                };
                let ctx = Context {
                    claim_speaker: claim.and_then(speaker_of),
                    content_start: claim.map(content_start_of),
                    last_subject: &last_subject,
                    actors,
                };
                let targets = match subject_before(&s, k, floor, &trigs) {
                    Subject::Found(group) => actors_of(&group),
                    Subject::Pronoun(p) if claim.is_none() => resolve_pronoun(&s, p, &ctx),
                    _ => continue,
                };
                if targets.is_empty() {
                    continue;
                }
                // "Xi said China and the Central Asian countries should carry
                // forward ...": a government voice's exhortation that takes in
                // its own state is a call on all of them, no demand of another
                // party. (Rebels or an opposition saying their state must act
                // still demand it of the government.)
                if targets
                    .iter()
                    .any(|&a| speaker.contains(&a) || own_state(actors, a, &speaker))
                {
                    continue;
                }
                // "Moscow should not be rewarded", "Iran must be punished":
                // the subject of a passive after the modal is on the receiving
                // end of what the speaker asks, not the one asked.
                let mut v = k + 1;
                while v < s.n() && s.f(v) & (wc::NEG | wc::SKIP) != 0 {
                    v += 1;
                }
                let passive_after = v + 1 < s.n()
                    && s.f(v) & wc::BE != 0
                    && (s.word(v + 1).ends_with("ed") || s.word(v + 1).ends_with("en"));
                if passive_after {
                    continue;
                }
                let tend = (k + 2).min(s.n());
                extra.push(Trig {
                    kind: Kind::Obligation,
                    event_type: EventType::Request,
                    class: Class::Direct,
                    pos: Pos::Verb,
                    form: Form::Base,
                    ta: k,
                    tb: k + 1,
                    tend: k + 1,
                    start: toks[k].start,
                    end: toks[tend - 1].end,
                    nominal: false,
                    voice: Voice::Active,
                    source: speaker,
                    target: targets,
                    fixed: true,
                    governor: None,
                    claim,
                    place_only: false,
                    absorbed: false,
                    means: None,
                    folded_mode: None,
                    ordered: false,
                });
            }
            if !extra.is_empty() {
                trigs.extend(extra);
                trigs.sort_by_key(|t| t.ta);
                index_triggers(&mut s, &trigs);
            }
        }
        if trigs.is_empty() {
            continue;
        }

        // 3. Voice.
        for i in 0..trigs.len() {
            trigs[i].voice = voice_of(&s, &trigs[i]);
            // "a group of deputies held talks": a participle whose trigger
            // holds its own object ("held talks", "imposed ... sanctions")
            // is a clause's verb, not a reduced passive ("handed over to").
            if trigs[i].voice == Voice::Reduced {
                let t = &trigs[i];
                let ends_in_noun =
                    t.tb > t.ta + 1 && is_event_noun(lex, s.word(t.tb - 1), &mut lower);
                if t.tend > t.tb || ends_in_noun {
                    trigs[i].voice = Voice::Active;
                }
            }
            // "were killed or wounded": the second participle is passive too.
            if i > 0
                && trigs[i].voice == Voice::Active
                && trigs[i].form == Form::Past
                && trigs[i].is_verb()
            {
                let p = &trigs[i - 1];
                if p.voice != Voice::Active
                    && p.tend + 1 == trigs[i].ta
                    && s.f(p.tend) & wc::CONJ != 0
                {
                    trigs[i].voice = p.voice;
                }
            }
        }

        // "the exiled leaders", "two jailed activists", "freed detained
        // protesters": a participle between a determiner, number or verb and
        // its noun describes the noun; it reports no act of its own.
        for t in trigs.iter_mut() {
            let adjectival = t.is_verb()
                && t.form == Form::Past
                && t.class == Class::Event
                && t.tend == t.tb
                && t.ta > 0
                && (s.f(t.ta - 1) & (wc::DET | wc::POSS) != 0
                    || s.toks[t.ta - 1].kind == TokenKind::Number
                    || s.trig_verb_at(t.ta - 1))
                && s.is_modifier_word(t.tend)
                && !quantifier_subject(&s, t.ta);
            if adjectival {
                t.absorbed = true;
            }
        }

        // "Trump called the meeting amazing", "Petro called the sanctions
        // an attack on Colombia's sovereignty": a verb that names or judges
        // its object, followed by a predicate, characterises a thing
        // already told; neither the object ("call ... meeting" read as
        // calling one) nor an event noun in the predicate is an act.
        // "called an emergency meeting on Gaza" has no predicate and keeps
        // its reading. (Only a naming verb opens one: a sentence without
        // one is not walked.)
        let naming_verbs = if classes & wc::EVALUATE != 0 {
            s.n()
        } else {
            0
        };
        for v in 0..naming_verbs {
            if let Some((object_end, predicate)) = characterising_small_clause(&s, &trigs, v) {
                for t in trigs.iter_mut() {
                    let called_object = t.ta == v && t.tend == object_end && t.tend > t.tb;
                    let predicate_noun = t.nominal && predicate.contains(&t.ta);
                    let definite_object = t.nominal
                        && t.ta > v
                        && t.tend == object_end
                        && (v + 1..t.ta).any(|j| is_definite_determiner(&s, j));
                    if called_object || predicate_noun || definite_object {
                        t.absorbed = true;
                    }
                }
            }
        }

        // 4. Governance: which trigger absorbs which.
        for i in 0..trigs.len().saturating_sub(1) {
            let j = i + 1;
            if let Some(via) = governs(&s, &trigs[i], &trigs[j]) {
                trigs[j].governor = Some((i, via));
            } else if let Some((g, _)) = trigs[i].governor {
                // Further nouns of a folded object ("a treaty of friendship
                // and cooperation") and coordinated complements ("to land and
                // evacuate") fold into the same governor.
                let coordinated = !trigs[j].nominal
                    && !trigs[i].nominal
                    && (trigs[i].tend..trigs[j].ta).any(|x| s.f(x) & wc::CONJ != 0)
                    && (trigs[i].tend..trigs[j].ta).all(|x| {
                        s.f(x) & (wc::CONJ | wc::TO | wc::SKIP | wc::DET | wc::OF | wc::FOR) != 0
                            || s.is_modifier_word(x)
                            || s.mention_at(x).is_some()
                    });
                if (trigs[j].nominal && np_internal(&s, trigs[i].tend, trigs[j].ta)) || coordinated
                {
                    trigs[j].governor = Some((g, Via::Along));
                }
            }
        }

        // 5. Arguments.
        for i in 0..trigs.len() {
            if trigs[i].fixed {
                continue;
            }
            let claim = trigs[i].claim;
            let ctx = Context {
                claim_speaker: claim.and_then(speaker_of),
                content_start: claim.map(content_start_of),
                last_subject: &last_subject,
                actors,
            };
            let floor = ctx.content_start.unwrap_or(0);
            let (mut src, mut tgt, mut place) = arguments(
                &s,
                &trigs,
                i,
                floor,
                &ctx,
                claim.and_then(|c| claims.get(c)),
                &tok_index,
            );
            // "Israeli strikes killed 20 people": an event noun as the subject
            // of a verb of the same type is one event, with the noun's source.
            // The verb may have found that source itself, inside the noun's
            // phrase ("Israeli" in "Israeli shelling killed …").
            if i > 0
                && (src.is_empty() || src == trigs[i - 1].source)
                && trigs[i].is_verb()
                && !trigs[i].passive()
            {
                let p = &trigs[i - 1];
                let between_ok = (p.tend..trigs[i].ta)
                    .all(|x| !s.hard_stop(x) && s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0);
                let mut k = p.ta;
                while k > 0
                    && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                        || s.is_modifier_word(k - 1)
                        || s.mention_at(k - 1).is_some()
                        || s.is_possessive(k - 1))
                {
                    k -= 1;
                }
                let in_pp = k > 0 && s.f(k - 1) & PREPS != 0;
                // "The alleged Russian attack killed ten": the noun is only
                // alleged, the killing asserted; two events, two modalities.
                let qualified = (k..p.ta).any(|x| s.f(x) & wc::HEARSAY != 0);
                if p.nominal
                    && p.event_type == trigs[i].event_type
                    && between_ok
                    && !in_pp
                    && !qualified
                    && p.governor.is_none()
                    && trigs[i].governor.is_none()
                {
                    src = p.source.clone();
                    // "Israel's strike on a depot killed three people": the
                    // noun names whom it hit; the verb's object counts victims.
                    if (tgt.is_empty() || place) && !p.target.is_empty() {
                        tgt = p.target.clone();
                        place = p.place_only;
                    }
                    trigs[i - 1].absorbed = true;
                    trigs[i].means = lexicon_row(&trigs[i - 1]);
                }
            }
            // "Germany said Russia had hacked its networks and demanded an
            // explanation": a trigger that is itself a claim's cue ("demanded",
            // "called for", "accused") is the act of that claim's speaker,
            // whom sitrep-claims found as the cue verb's subject. The subject
            // search may have stopped inside the first claim's content (the
            // hacker is no one's demander); the reported actor is then
            // whom the demand is aimed at.
            // (Nothing below acts on a trigger that overlaps no claim's cue,
            // the common case: it has no cue speaker, so the reported-doer
            // test over the claims' contents is not made for it.)
            if !trigs[i].passive() && cue_claim_at(sent_cues, trigs[i].start, trigs[i].end) {
                let (start, end) = (trigs[i].start, trigs[i].end);
                let cue_speaker = cue_speaker_at(sent_cues, start, end);
                let in_earlier_content = |m: &M| {
                    let (a, b) = (s.toks[m.a].start, s.toks[m.b - 1].end);
                    claims.iter().any(|c| {
                        c.content.start <= a && b <= c.content.end && c.content.end <= start
                    })
                };
                let mut own_mentions = s
                    .ments
                    .iter()
                    .filter(|m| m.b <= trigs[i].ta && src.contains(&m.actor))
                    .peekable();
                let reported =
                    own_mentions.peek().is_some() && own_mentions.all(in_earlier_content);
                // "The ministry said Iranian forces had attacked the ship and
                // called for an inquiry": the call is the ministry's even
                // when the ministry is no known actor; the forces inside
                // what it reported are not its doers.
                if cue_speaker.is_none() && reported {
                    src.clear();
                }
                if let Some(speaker) = cue_speaker {
                    // Without a source, only an event that names whom it is
                    // aimed at takes the speaker: the pass assigns roles, it
                    // does not make an event of every "they refused" (whose
                    // speaker is often a pronoun resolved from far away).
                    let unsourced = src.is_empty() && !tgt.is_empty() && !place;
                    // A speaker the event is aimed at ("He urged Mr. Trump",
                    // with "He" resolved to Trump) is a misread pronoun, not
                    // someone urging themselves.
                    let aimed_at_speaker = tgt.contains(&speaker);
                    if !src.contains(&speaker) && !aimed_at_speaker && (unsourced || reported) {
                        let reported_actors = std::mem::replace(&mut src, vec![speaker]);
                        // "Katz said Israel had dealt a blow and warned that
                        // more would follow": the speaker's own state in
                        // what he reported is his side, not whom he warns.
                        let own_side = same_side(actors, &reported_actors, &[speaker]);
                        if tgt.is_empty() && reported && !own_side {
                            tgt = reported_actors;
                            tgt.retain(|&a| a != speaker);
                            place = false;
                        }
                    }
                }
            }
            // "was attacked by Burundian militiamen, killing at least 156
            // people": a result participle of the same type after a passive,
            // done by its agent, is the same act; one event.
            if i > 0 && trigs[i].form == Form::Ing && trigs[i].is_verb() {
                let p = &trigs[i - 1];
                let result_of_passive = p.is_verb()
                    && p.passive()
                    && p.event_type == trigs[i].event_type
                    && !p.source.is_empty()
                    && src == p.source
                    && s.punct(trigs[i].ta.saturating_sub(1), ",");
                if result_of_passive {
                    trigs[i].absorbed = true;
                }
            }
            // "Israel rejected its demands", "Ukraine demanded their
            // withdrawal": a possessive pronoun inside a speech act's own
            // words names whose demands or withdrawal it is, someone other
            // than the doer: the actor named last before the trigger who is
            // not the doer (a person is no "its").
            if tgt.is_empty() && trigs[i].class == Class::Direct && trigs[i].tend > trigs[i].tb {
                let (tb, tend) = (trigs[i].tb, trigs[i].tend);
                if let Some(k) = (tb..tend).find(|&k| s.f(k) & wc::POSS != 0) {
                    // A possessive of a thing ("its") or of several ("their").
                    let its = s.in_cold(k, wc::THING_PRONOUN);
                    let plural = s.in_cold(k, wc::PLURAL_PRONOUN);
                    let before = s.toks[trigs[i].ta].start;
                    let is_person =
                        |a: usize| actors.actors.get(a).map(|x| x.kind) == Some(ActorKind::Person);
                    // The subject of the clause before, else the name
                    // nearest before.
                    let previous_subject: Vec<usize> = last_subject
                        .iter()
                        .copied()
                        .filter(|&a| !(src.contains(&a) || (its && is_person(a))))
                        .collect();
                    let owner = (previous_subject.is_empty() && (its || plural))
                        .then(|| {
                            actors.mentions[..actors.mentions.partition_point(|m| m.start < before)]
                                .iter()
                                .rev()
                                .take_while(|m| before - m.start <= PERSON_ANTECEDENT_BYTES)
                                .find(|m| {
                                    !(src.contains(&m.actor)
                                        || m.how.is_locative()
                                        || (its && is_person(m.actor)))
                                })
                        })
                        .flatten();
                    if (its || plural) && !previous_subject.is_empty() {
                        tgt = previous_subject;
                    } else if let Some(m) = owner {
                        tgt = vec![m.actor];
                    }
                }
            }
            expand_sets(&mut src, &sets);
            expand_sets(&mut tgt, &sets);
            trigs[i].place_only = place && src.is_empty();
            if !src.is_empty() && !trigs[i].passive() && !trigs[i].nominal {
                last_subject = src.clone();
            }
            trigs[i].source = src;
            trigs[i].target = tgt;
        }

        // "Britain accused China of a cyberattack ..., and sanctioned two
        // individuals": a finite verb coordinated with the cue verb of the
        // claim whose content seems to hold it, and sharing that verb's
        // subject, is the speaker's own second act, not reported content
        // (sitrep-claims may run the content on into it).
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let Some(c) = t.claim.and_then(|c| claims.get(c)) else {
                continue;
            };
            if !t.is_verb() || t.form != Form::Past || t.passive() || t.source.is_empty() {
                continue;
            }
            let k = s.back_over_classes(t.ta, 0, wc::SKIP | wc::AUX | wc::HAVE | wc::NEG);
            if k == 0 || s.f(k - 1) & wc::CONJ == 0 {
                continue;
            }
            let cue_verb = trigs[..i].iter().rev().find(|p| p.is_verb() && p.tend < k);
            let shares_cue_subject = cue_verb.is_some_and(|p| {
                p.start < c.cue.end && c.cue.start < p.end && p.source == t.source
            });
            if shares_cue_subject {
                trigs[i].claim = None;
            }
        }

        // "Ukraine received weapons from Germany": the giver in the "from"
        // phrase acts, the receiver is its target. A visit received is the
        // host's act ("received an envoy from Paris"): the visitors' side in
        // the "from" phrase is its target, where it has none.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if !t.is_verb() || t.passive() || s.f(t.ta) & wc::CONVERSE == 0 {
                continue;
            }
            // A visit received that has its target already keeps it.
            let visit_with_target =
                t.event_type == EventType::Consult && !(t.target.is_empty() || t.place_only);
            if visit_with_target {
                continue;
            }
            let Some(giver) = agent_after_any(&s, t.tend, &trigs, wc::FROM) else {
                // "Moscow had received shipments of missiles": with no
                // "from" phrase the giver is not named; the receiver is the
                // aid's target, not its doer ("received American weapons":
                // the giver named in the object is).
                if t.event_type == EventType::Aid && !t.source.is_empty() {
                    let t = &mut trigs[i];
                    if t.target.iter().all(|a| !t.source.contains(a)) {
                        std::mem::swap(&mut t.source, &mut t.target);
                        t.place_only = false;
                    }
                }
                continue;
            };
            let giver = actors_of(&giver);
            let t = &mut trigs[i];
            if t.event_type == EventType::Consult {
                t.target = giver;
                t.target.retain(|a| !t.source.contains(a));
                t.place_only = false;
                continue;
            }
            let receiver = std::mem::replace(&mut t.source, giver);
            if !receiver.is_empty() {
                t.target = receiver;
                t.place_only = false;
            }
        }

        // "helped recapture the Kursk region from Ukrainian forces", "seized
        // the town from the rebels": what is seized is taken from whom the
        // "from" phrase names; the object (mostly a place) only says what
        // was taken. Seizing rows are those of mode `seize`.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let seizes = t.event_type == EventType::Coerce
                && matches!(t.kind, Kind::Lexicon(e) if lex.entries[e as usize].mode.as_deref() == Some("seize"));
            if !t.is_verb() || t.passive() || !seizes {
                continue;
            }
            let Some(holder) = agent_after_any(&s, t.tend, &trigs, wc::FROM) else {
                continue;
            };
            let holder = actors_of(&holder);
            if holder.is_empty() || holder.iter().any(|a| t.source.contains(a)) {
                continue;
            }
            trigs[i].target = holder;
            trigs[i].place_only = false;
        }

        // "Four civilians were killed in an Israeli air strike": a passive
        // verb whose "in" phrase is an event noun of the same type names its
        // means; the noun's doer is the verb's, and the two are one event.
        // A compound of such nouns ("a car bomb explosion") is one means.
        for i in 0..trigs.len().saturating_sub(1) {
            let (t, first) = (&trigs[i], &trigs[i + 1]);
            // Right after "in" and a determiner or modifier, a word the
            // tagger read as a verb is the noun ("in a Taliban attack").
            let same_noun = |u: &Trig| {
                (u.nominal || (u.is_verb() && u.form != Form::Past))
                    && u.event_type == t.event_type
                    && u.governor.is_none()
            };
            if !t.is_verb()
                || !t.passive()
                || t.governor.is_some()
                || !same_noun(first)
                || !s.is(t.tend, "in")
                || !(t.tend + 1..first.ta).all(|x| {
                    s.f(x) & wc::DET != 0 || s.is_modifier_word(x) || s.mention_at(x).is_some()
                })
            {
                continue;
            }
            let mut last = i + 1;
            while last + 1 < trigs.len()
                && trigs[last + 1].ta == trigs[last].tend
                && same_noun(&trigs[last + 1])
            {
                last += 1;
            }
            let q = &trigs[last];
            // Inside the "in" phrase the noun's modifier reads as a place
            // ("in Kabul"); before the event noun it is the doer ("in Israeli
            // shelling", "in a Taliban attack"), and it outranks whatever the
            // noun found further away.
            let mut modifiers = Vec::new();
            let mut x = t.tend + 1;
            while x < first.ta {
                if let Some(m) = s.mention_starting_at(x) {
                    modifiers.push(*m);
                    x = m.b;
                } else {
                    x += 1;
                }
            }
            let mut q_source = actors_of(&modifiers);
            if q_source.is_empty() {
                q_source = q.source.clone();
            }
            if !q_source.is_empty() && !t.source.is_empty() && q_source != t.source {
                continue;
            }
            // A place the noun was aimed at stays a place of the verb.
            let q_target = if q.place_only || !q.nominal {
                Vec::new()
            } else {
                q.target.clone()
            };
            let t = &mut trigs[i];
            if t.source.is_empty() && !q_source.is_empty() {
                // What read as the place of the verb was the doer.
                t.target.retain(|a| !q_source.contains(a));
                t.source = q_source;
                t.place_only = false;
            }
            if t.target.is_empty() {
                t.target = q_target;
            }
            for u in &mut trigs[i + 1..=last] {
                u.absorbed = true;
            }
            // The noun of a compound that names a weapon ("car bomb" in "a
            // car bomb explosion"), the head first.
            trigs[i].means = trigs[i + 1..=last]
                .iter()
                .rev()
                .filter_map(lexicon_row)
                .find(|&e| lex.entries[e as usize].mode.is_some());
        }

        // "The UN said aid was blocked": an event noun that is the subject
        // of a passive obstruction ("blocked", "suspended") has only the
        // doer its own phrase names ("Qatari aid was blocked"); the clause
        // before it is someone else's, as it is when a "by" agent follows.
        // Any other passive ("its strikes were aimed at") leaves the event
        // the speaker's.
        for t in trigs.iter_mut() {
            let passive_subject = t.nominal
                && t.governor.is_none()
                && s.f(t.tend) & wc::BE != 0
                && s.f(t.tend) & wc::HAVE == 0
                && (s.names(t.tend + 1, wc::OBSTRUCT)
                    // "Talks were mediated by Oman": a "by" agent is the
                    // doer, unless a support verb makes it the event's own
                    // ("aid was delivered by Qatar").
                    || (s.word(t.tend + 1).ends_with("ed")
                        && s.f(t.tend + 1) & (wc::LIGHT | wc::OCCUR) == 0
                        && s.f(t.tend + 2) & wc::BY != 0));
            if !passive_subject || t.source.is_empty() {
                continue;
            }
            // A word that may be the verb before the phrase ("said",
            // "reported", "says") ends it.
            let verb_like = |k: usize| {
                let w = s.word(k);
                s.f(k) & CUE != 0 || w.ends_with("ed") || w.ends_with("id") || w.ends_with('s')
            };
            let mut np = t.ta;
            while np > 0
                && (s.f(np - 1) & (wc::DET | wc::POSS) != 0
                    || (s.is_modifier_word(np - 1) && !verb_like(np - 1))
                    || s.mention_at(np - 1).is_some()
                    || s.is_possessive(np - 1))
            {
                np -= 1;
            }
            // "Russia said its aid was blocked": the possessive refers back
            // to the speaker, who is then named inside.
            let named_inside = (np..t.ta).any(|k| {
                s.f(k) & wc::POSS != 0
                    || s.mention_at(k).is_some_and(|m| t.source.contains(&m.actor))
            });
            if !named_inside {
                t.source.clear();
            }
        }

        // "Biden will meet Xi at the SCO summit", "held talks with Aoun
        // during a visit to Beirut": a meeting noun after "at" or "during"
        // is the occasion of the meeting before it, the same event; the
        // body that hosts a summit is no counterpart.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if t.pos == Pos::Affix || t.event_type != EventType::Consult || t.absorbed {
                continue;
            }
            let Some((u, venue)) = meeting_venue(&s, t.tend) else {
                continue;
            };
            if u == i || trigs[u].event_type != EventType::Consult || !trigs[u].nominal {
                continue;
            }
            trigs[u].absorbed = true;
            trigs[i].target.retain(|a| !venue.contains(a));
        }

        // "The EU hit Moscow with sanctions", "struck Beijing with new
        // tariffs": the instrument decides. A hitting verb whose "with"
        // phrase names an economic penalty is a sanction, and a penalty noun
        // there is the same event. "New sanctions on Russia, targeting its
        // shadow fleet": a participle after the sanction says whom it hits.
        let mut date_buf = String::new();
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if !t.is_verb() || t.event_type != EventType::Assault || t.absorbed {
                continue;
            }
            let elaborates_sanction = i > 0
                && t.form == Form::Ing
                && t.ta > 0
                && s.punct(t.ta - 1, ",")
                && trigs[i - 1].event_type == EventType::Sanction
                && trigs[i - 1].tend < t.ta
                && (trigs[i - 1].tend..t.ta - 1).all(|x| {
                    // "sanctions on Iran on Monday, targeting": time words too,
                    // capitalised ones as well ("Monday" inside a sentence is
                    // not looked up by the word search).
                    s.f(x) & (wc::TPREP | wc::OF | wc::SKIP) != 0
                        || s.is_np_word(x)
                        || (is_upper_start(s.word(x))
                            && lex
                                .lookup(s.word(x), &mut date_buf)
                                .is_some_and(|w| w.classes & wc::SKIP != 0))
                });
            if elaborates_sanction {
                trigs[i].absorbed = true;
                continue;
            }
            let Some(levy) = penalty_instrument(&s, t.tend) else {
                continue;
            };
            let mut levy_row = false;
            if let Some(u) = s.trig_at(levy).filter(|&u| u != i) {
                trigs[u].absorbed = true;
                if trigs[u].event_type == EventType::Sanction {
                    trigs[i].kind = trigs[u].kind;
                    levy_row = true;
                }
            }
            trigs[i].event_type = EventType::Sanction;
            // "hit Canada with tariffs": a levy without a sanction row of
            // its own restricts, as "imposed tariffs" does; the hitting
            // verb's row says nothing about the mode.
            if !levy_row {
                trigs[i].folded_mode = Some("restrict".to_owned());
            }
        }

        // 6. Fold governed triggers into their governors.
        for i in 0..trigs.len() {
            let Some((g, via)) = trigs[i].governor else {
                continue;
            };
            match trigs[g].class {
                Class::Intent | Class::Modal => {
                    if trigs[i].source.is_empty() && !trigs[i].passive() {
                        trigs[i].source = trigs[g].source.clone();
                    }
                }
                class => {
                    // "Netanyahu ordered the military to carry out strikes
                    // in Gaza": an order to one's own forces asks nobody
                    // outside; the strike is the event, by the orderer's
                    // side. "Pezeshkian ordered the suspension of
                    // cooperation with the IAEA": the ordered act named by
                    // a noun is the orderer's.
                    if let Some(doer) = ordered_act_doer(&s, actors, &trigs, g, i, via) {
                        // An order to a force is an instruction: the act it
                        // names lies ahead, whether its trigger is a verb
                        // ("to strike") or a noun ("to carry out strikes").
                        // An act ordered by its noun ("ordered the
                        // suspension of cooperation") is decreed by the
                        // order itself and keeps its own modality.
                        trigs[i].ordered = via == Via::Infinitive;
                        trigs[i].source = doer;
                        trigs[i].governor = None;
                        trigs[g].absorbed = true;
                        continue;
                    }
                    // "Zelensky warned that Russia would attack Ukraine": a
                    // warning of another side's hostile act threatens
                    // nothing by the one who warns; the act is reported on
                    // its own (the speaker's claim, in the future).
                    let others_act = matches!(via, Via::That(_))
                        && class == Class::Direct
                        && trigs[g].event_type == EventType::Threaten
                        && hostile(trigs[i].event_type)
                        && !trigs[i].passive()
                        && !trigs[i].source.is_empty()
                        && trigs[i].source != trigs[g].source
                        && !same_side(actors, &trigs[i].source, &trigs[g].source);
                    if others_act {
                        // "Iran warned that Israel would attack it / its
                        // sites / the country": the object that points
                        // back is the one who warns.
                        let at = trigs[i].tend;
                        let points_back = s.f(at) & (wc::PRON | wc::POSS) != 0
                            || (s.is(at, "the") && s.is(at + 1, "country"));
                        if trigs[i].target.is_empty() && points_back {
                            trigs[i].target = trigs[g].source.clone();
                        }
                        // "Israel warned that Hezbollah would strike Israel
                        // if ...": the other side made no threat; the
                        // warned act is its head verb's own (an attack, in
                        // the future).
                        if trigs[i].event_type == EventType::Threaten {
                            let plain = lex
                                .lookup(s.word(trigs[i].ta), &mut lower)
                                .map(|info| info.single)
                                .filter(|&p| p != NO_ID)
                                .and_then(|p| {
                                    lex.surfaces[p as usize].iter().find_map(|&(e, _)| {
                                        let entry = &lex.entries[e as usize];
                                        let ty = entry.event_type?;
                                        (entry.pos == Pos::Verb
                                            && entry.tail.is_empty()
                                            && ty != EventType::Threaten
                                            && hostile(ty))
                                        .then_some((e, ty))
                                    })
                                });
                            if let Some((e, ty)) = plain {
                                trigs[i].kind = Kind::Lexicon(e);
                                trigs[i].event_type = ty;
                            }
                        }
                        trigs[g].absorbed = true;
                        trigs[i].governor = None;
                        continue;
                    }
                    // "Iran warned it would strike Israel": the threat is of
                    // the warner's own act, whose kind gives its mode.
                    let own_threat = trigs[g].event_type == EventType::Threaten
                        && !trigs[i].passive()
                        && (trigs[i].source.is_empty()
                            || same_side(actors, &trigs[i].source, &trigs[g].source));
                    if own_threat && trigs[g].folded_mode.is_none() {
                        // A threat phrase ("strike ... if") has its own mode.
                        let row_mode = match trigs[i].kind {
                            Kind::Lexicon(e) if trigs[i].event_type == EventType::Threaten => {
                                lex.entries[e as usize].mode.as_deref().map(str::to_string)
                            }
                            _ => None,
                        };
                        trigs[g].folded_mode = row_mode.or(match trigs[i].event_type {
                            EventType::Assault => Some("violence".to_owned()),
                            EventType::Sanction => Some("restrict".to_owned()),
                            _ => None,
                        });
                    }
                    // "Mondlane said the count was rigged and called for a
                    // national strike": a request whose own cue's speaker
                    // is the doer the asked-for act took from that speaker
                    // is the speaker's request; the speaker asks, and is
                    // not asked.
                    if class == Class::Direct && trigs[g].source.is_empty() && !trigs[i].passive() {
                        let cue_speaker = cue_speaker_at(sent_cues, trigs[g].start, trigs[g].end);
                        if let Some(speaker) = cue_speaker.filter(|&sp| trigs[i].source == [sp]) {
                            trigs[g].source = vec![speaker];
                        }
                    }
                    // "the army was deployed to support the police": a
                    // force sent to help someone is not aimed at them (one
                    // sent to fight someone is).
                    if trigs[g].event_type == EventType::Mobilize && !hostile(trigs[i].event_type) {
                        continue;
                    }
                    if !trigs[g].target.is_empty() {
                        continue;
                    }
                    // "warned that Russia would attack Ukraine": a threat of
                    // the threatener's own side's hostile act is aimed at its
                    // object; of another act ("warned that Iran had signed a
                    // deal with X") it names no target.
                    let own_side = |who: &[usize]| {
                        trigs[g].event_type == EventType::Threaten
                            && same_side(actors, who, &trigs[g].source)
                    };
                    let own_act = !trigs[i].passive() && own_side(&trigs[i].source);
                    if own_act && !hostile(trigs[i].event_type) {
                        continue;
                    }
                    // "demanded that Hamas renounce": the clause's subject.
                    if let Via::That(k) = via {
                        if let Some(m) = s.mention_from(k + 1) {
                            let subj = actors_of(&s.group_right(m, s.n()));
                            if subj != trigs[g].source && !own_side(&subj) {
                                trigs[g].target = subj;
                                continue;
                            }
                        }
                    }
                    // "called on the international community to intervene to
                    // stop Israeli attacks": the call is aimed at whom it
                    // names before "to", though no actor; the asked-for
                    // act's parties are not its addressees.
                    // (Only a request asks someone: "rejected an invitation
                    // to attend" names the act rejected.) So is an accusation
                    // before "of": "accused the groups of attacking U.S.
                    // personnel" accuses the groups, not the United States.
                    let opens_act = match trigs[g].event_type {
                        EventType::Request => wc::TO,
                        EventType::Accuse => wc::OF,
                        _ => 0,
                    };
                    if class == Class::Direct
                        && opens_act != 0
                        && unknown_addressee(&s, trigs[g].tend, trigs[i].ta, opens_act)
                    {
                        continue;
                    }
                    let (u_src, u_tgt) = (trigs[i].source.clone(), trigs[i].target.clone());
                    let g_src = trigs[g].source.clone();
                    let src_ok = !u_src.is_empty()
                        && u_src != g_src
                        && !trigs[i].passive()
                        && !own_side(&u_src);
                    // "condemned the strikes on Iran": whom a hostile act
                    // named without its doer was done to is its victim,
                    // not whom the condemnation is aimed at (the unnamed
                    // doer is).
                    let victim_only = !src_ok
                        && trigs[g].event_type == EventType::Accuse
                        && trigs[i].nominal
                        && hostile(trigs[i].event_type);
                    trigs[g].target = if class == Class::Direct {
                        if src_ok {
                            u_src
                        } else if victim_only {
                            Vec::new()
                        } else {
                            u_tgt
                        }
                    } else if !u_tgt.is_empty() {
                        u_tgt
                    } else if src_ok {
                        u_src
                    } else {
                        Vec::new()
                    };
                }
            }
        }

        // "Iran warned it would strike Israel if attacked": a warning with
        // no target of its own states the threat coded after it by the same
        // side; it is coded once.
        for g in 0..trigs.len() {
            let bare_warning = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].target.is_empty()
                && !trigs[g].source.is_empty();
            if !bare_warning {
                continue;
            }
            let stated = trigs[g + 1..].iter().any(|u| {
                !u.absorbed
                    && u.event_type == EventType::Threaten
                    && !u.target.is_empty()
                    && same_side(actors, &u.source, &trigs[g].source)
            });
            if stated {
                trigs[g].absorbed = true;
            }
        }

        // "The Bundesbank warned the German economy would shrink": a
        // warning about an impersonal outcome threatens no one; the state
        // that names the economy is no target. So is one about what a thing
        // will do ("Rubio warned that the move could threaten the peace
        // deal"): the convention codes a warning THREATEN only when what is
        // warned of is the warner's own act or its side's.
        for g in 0..trigs.len() {
            let about_outcome = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].is_verb()
                && !trigs[g].absorbed
                && !trigs
                    .iter()
                    .any(|u| u.governor.is_some_and(|(up, _)| up == g))
                && impersonal_clause_after(&s, trigs[g].tend);
            // A thing's effect absorbs the warning even when the clause
            // holds an act of its own ("could threaten the peace deal"),
            // which, governed by the warning, is not emitted either.
            let about_effect = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].is_verb()
                && trigs[g].tend == trigs[g].tb
                && thing_effect_clause_after(&s, trigs[g].tend);
            if about_outcome || about_effect {
                trigs[g].absorbed = true;
            }
        }

        // 7. Emit.
        // Arguments the later passes copied from mentions or other
        // triggers may still hold a set phrase's representative.
        if !sets.is_empty() {
            for t in trigs.iter_mut() {
                expand_sets(&mut t.source, &sets);
                expand_sets(&mut t.target, &sets);
            }
        }
        let sentence_span = Span::of(text, sent.start, sent.end);
        let first_new = out.len();
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let intent_governor = t
                .governor
                .filter(|(g, _)| matches!(trigs[*g].class, Class::Intent | Class::Modal));
            let emits = match t.governor {
                Some((g, _)) => intent_governor.is_some() && !folded_into_event(&trigs, g),
                None => match t.class {
                    Class::Modal => false,
                    // A vow of an act the lexicon codes as no event and that
                    // names no one ("vowed to fight the case", "vowed to press
                    // on") threatens nobody: the vow is a threat when its
                    // object is harm ("vowed revenge"), a hostile act it
                    // governs, or someone it is to stop ("vowed to stop Iran
                    // from getting a weapon").
                    Class::Intent => {
                        let governs = trigs
                            .iter()
                            .any(|u| u.governor.is_some_and(|(g, _)| g == i));
                        let vow_of_nothing = hostile(t.event_type)
                            && t.target.is_empty()
                            && infinitive_after(&s, t.tend);
                        !governs && !vow_of_nothing
                    }
                    _ => true,
                },
            };
            if !emits || t.absorbed {
                continue;
            }
            // "An Israeli strike killed 13 people. The strike was the
            // deadliest on Lebanon since ...": a definite event noun that
            // opens its clause as the subject of "be" predicates something
            // of an event of its type the story told before; it restates
            // that event (without its doer), it reports no second one.
            if t.nominal
                && restating_subject(&s, t.ta, t.tend)
                && out.iter().any(|e| e.event_type == t.event_type)
            {
                continue;
            }
            // "Kigali was defending itself against threats", "Israel has the
            // right to defend itself": help or protection given to oneself
            // is no support of anyone.
            if t.is_verb()
                && matches!(t.event_type, EventType::Support | EventType::Aid)
                && s.names(t.tb, wc::REFLEXIVE)
            {
                continue;
            }
            // "The National Unity Government, which opposes the junta,
            // accused ...", "Iran, which backs Hamas": a present-tense verb
            // of support or opposition in a set-off relative clause
            // describes the actor's standing position; it reports no act (a
            // past one, "Hamas, which attacked Israel", does, and so does a
            // present act, "the United States, which accuses him of").
            if t.is_verb()
                && matches!(t.event_type, EventType::Reject | EventType::Support)
                && matches!(t.form, Form::S | Form::Base)
                && t.voice == Voice::Active
            {
                let k = s.back_over_classes(t.ta, 0, wc::SKIP);
                if k >= 2 && s.f(k - 1) & wc::REL != 0 && s.punct(k - 2, ",") {
                    continue;
                }
            }
            // An affix ("Iran-backed") without the group it qualifies says
            // little; everything else needs at least one actor, or, for a
            // verb whose doers the text does not name ("hundreds of
            // thousands of people blocked streets in Hong Kong", "a
            // journalist was killed in Beirut"), the place it happened.
            let mut unnamed_place: Vec<usize> = Vec::new();
            if t.source.is_empty() && (t.target.is_empty() || t.place_only) {
                if t.nominal || t.pos == Pos::Affix || t.governor.is_some() {
                    continue;
                }
                unnamed_place = place_after(&s, &trigs, i);
                if unnamed_place.is_empty() {
                    continue;
                }
            }
            if t.pos == Pos::Affix && t.target.is_empty() {
                continue;
            }
            let floor = t.claim.map(content_start_of).unwrap_or(0);
            let (mut bits, mut would, mut other_hypo) = modality_flags(&s, t.ta, floor, t.nominal);
            if !t.nominal && negative_quantifier_subject(&s, t.ta, floor) {
                bits |= wc::NEG;
            }
            if t.nominal
                && !commented_definite_subject(&s, t.ta, t.tend)
                && !definite_subject_of_event_verb(&s, t.ta, t.tend)
                && !inside_relative_clause_phrase(&s, t.ta)
            {
                // "direct talks may follow", "talks between X and Y will resume".
                let (b, w, o) = modality_after(&s, t.tend);
                bits |= b;
                would |= w;
                other_hypo |= o;
            }
            if let Some((g, _)) = t.governor {
                let (b2, _, _) = modality_flags(&s, trigs[g].ta, floor, trigs[g].nominal);
                bits |= b2 & (wc::NEG | wc::HYPO);
            }
            bits |= t
                .claim
                .map_or(0, |c| negated_infinitive_cue(&s, claims, c, &tok_index));
            let in_claim = t.claim.is_some();
            // "Turkey denied the allegations made by the EU": an accusation
            // noun that names its own accuser, someone other than the
            // denier, was made; what is denied is what it says.
            let accuser_named = t.nominal
                && t.event_type == EventType::Accuse
                && !t.source.is_empty()
                && t.claim
                    .and_then(speaker_of)
                    .is_none_or(|speaker| !t.source.contains(&speaker));
            // "Iran did not say Israel attacked Syria", "did not deny that
            // Israel attacked": what was not said is open, neither passed
            // on nor denied.
            let unsaid = t
                .claim
                .is_some_and(|c| negated_clause_cue(&s, claims, c, &tok_index));
            let denied = !accuser_named
                && !unsaid
                && t.claim
                    .and_then(|c| claims.get(c))
                    .is_some_and(|c| c.stance == Stance::Deny);
            // A purpose or plan infinitive ("sent troops to attack", "to hold
            // talks") has not happened yet; "tried to", "continued to" keep
            // it factual, and "needed to", "want Congress to" make it a
            // necessity or a wish. A gerund after "to" is the object of a
            // preposition ("pleaded guilty to threatening"), not an
            // infinitive.
            let event_verb = if t.is_verb() && t.form != Form::Ing {
                Some(t.ta)
            } else if t.nominal {
                support_verb_before(&s, t.ta)
            } else {
                None
            };
            let infinitive = event_verb
                .filter(|_| t.governor.is_none())
                .and_then(|v| infinitive_to(&s, v));
            let wished = infinitive.is_some_and(|k| wish_before_infinitive(&s, k));
            // An event noun's infinitive is as often a result ("prompted
            // officials to make concessions") as a purpose: only a wish
            // counts there.
            // A protest as the purpose of an act ("shunned work to protest
            // the settlements", "blocked a road to protest") is carried out
            // by that act: it happened.
            // A demand or denunciation as the purpose of a crowd's gathering
            // ("thousands rallied in Seoul to demand his arrest") is voiced
            // by the gathering: it happened.
            let voiced_by_crowd = matches!(
                t.event_type,
                EventType::Request | EventType::Accuse | EventType::Reject
            ) && infinitive.is_some_and(|k| crowd_subject(&s, k));
            let purpose = !wished
                && !t.nominal
                && t.event_type != EventType::Protest
                && !voiced_by_crowd
                && infinitive.is_some_and(|k| !factual_infinitive(&s, k));
            if event_verb.is_some() && reputed_infinitive(&s, t.ta) {
                bits |= wc::HEARSAY;
            }
            let future_auxiliary = bits & wc::FUTURE != 0 || (would && in_claim);
            let future = future_auxiliary || intent_governor.is_some() || purpose;
            // Reported speech turns "will" into "would": future, not a condition.
            let hypothetical = other_hypo
                || (would && !in_claim)
                || wished
                || until_condition(&s, t.ta, floor)
                // A hostile consequence ("will strike if", "will withdraw
                // its force unless") is a conditional threat, which CAMEO
                // codes as a threat made now (THREATEN, from the future).
                || (!hostile(t.event_type) && conditional_consequence(&s, t.ta, floor));
            // "should say it will not fund": the negation is inside the
            // prescribed declaration, which leaves the act open.
            let prescribed = future_auxiliary && prescribed_declaration(&s, t.ta, floor);
            let hypothetical = hypothetical || prescribed || unsaid;
            let modality = if prescribed {
                Modality::Hypothetical
            } else if bits & wc::NEG != 0 || denied {
                Modality::Negated
            } else if hypothetical {
                Modality::Hypothetical
            } else if future || t.ordered {
                Modality::Future
            } else if in_claim || bits & wc::HEARSAY != 0 {
                Modality::Attributed
            } else {
                Modality::Asserted
            };
            // "Obama said he would not provide support to Israel", "Israel
            // will not withdraw its troops": a cooperative act refused with
            // a future auxiliary is a rejection made now (CAMEO 12), not an
            // event that did not happen. A past one ("did not withdraw")
            // stays negated, and so do reluctance ("reluctant to commit to
            // a meeting") and speech acts ("will not accept"), which the
            // lexicon's own rows ("refuse", "reject") code when they are
            // refusals.
            // Only an act someone performs can be refused: an event noun
            // that merely fails to happen ("the talks will not resume",
            // "aid would not reach Syria") stays negated; a noun after a
            // support verb ("would not send aid") is the doer's act.
            let refusal = modality == Modality::Negated
                && !denied
                && future_auxiliary
                && event_verb.is_some()
                && !hypothetical
                && t.class == Class::Event
                && !t.source.is_empty()
                && cooperative(t.event_type);
            // A crowd protesting an act ("thousands protested against the
            // arrest of the mayor") takes to the street: the protest verb's
            // own row, not the verbal protest of a state ("China protested
            // the arrest").
            let crowd_row = match t.kind {
                Kind::Lexicon(_) if t.event_type == EventType::Accuse && t.is_verb() => {
                    // The subject test first: it is a few flag reads, the row
                    // lookup lower-cases the verb into a new String.
                    crowd_subject(&s, t.ta)
                        .then(|| head_protest_row(lex, &s, t.ta))
                        .flatten()
                }
                _ => None,
            };
            let (event_type, modality) = if refusal {
                let now = if in_claim {
                    Modality::Attributed
                } else {
                    Modality::Asserted
                };
                (EventType::Reject, now)
            } else if crowd_row.is_some() {
                (EventType::Protest, modality)
            } else {
                (t.event_type, modality)
            };
            // The mode is the trigger's own or the one of the noun it absorbed
            // as its means; `war_noun`: the noun itself is a weapon or war
            // noun ("the shelling") or the absorbed one is ("a car bomb killed").
            let (mode, war_noun) = match t.kind {
                Kind::Lexicon(e) if !refusal => {
                    let e = crowd_row.unwrap_or(e);
                    let mode_of = |e: u32| lex.entries[e as usize].mode.as_deref();
                    let war = |e: u32| mode_of(e).is_some_and(|m| lex.filter.is_war_mode(m));
                    (
                        mode_of(e)
                            .or_else(|| t.means.and_then(mode_of))
                            .map(str::to_owned)
                            .or_else(|| t.folded_mode.clone()),
                        (t.nominal && war(e)) || t.means.is_some_and(war),
                    )
                }
                _ => (None, false),
            };
            // "The EU banned Russian oil", "Canada banned Chinese goods": a
            // ban that falls on another state is a trade sanction (CAMEO
            // 163), not the ban of a party or a paper inside a state (1722),
            // which is what the bare verb's row codes.
            let (event_type, mode) = if event_type == EventType::Coerce
                && mode.as_deref() == Some("ban")
                && bans_another_state(actors, &t.source, &t.target)
            {
                (EventType::Sanction, Some("restrict".to_owned()))
            } else {
                (event_type, mode)
            };
            let ids = |v: &[usize]| -> Vec<String> {
                v.iter()
                    .filter_map(|&a| actors.actors.get(a))
                    .map(|a| a.id.clone())
                    .collect()
            };
            let mut source = ids(&t.source);
            let (mut target, place) = if unnamed_place.is_empty() {
                (ids(&t.target), ids(&place_of(&s, &trigs, t)))
            } else {
                // A place is where it happened, not who it was done to.
                (Vec::new(), ids(&unnamed_place))
            };
            // "Dar confirmed the agreement", "Al Thani said the truce would
            // take effect": a definite event noun opening a claim's content
            // was given the speaker as its doer (`arguments`), which is right
            // for a first mention ("officials said the agreement would make
            // the region safer"). When the story has already reported an
            // event the noun names, the article points back to it: its
            // parties are that event's, not the speaker's.
            let speaker_source = t
                .claim
                .and_then(speaker_of)
                .is_some_and(|sp| t.source == [sp]);
            // "India and Pakistan agreed to a ceasefire. Trump announced the
            // truce": an announcer of a definite act the story named makes
            // it known; the act's parties are its doers.
            let announced_definite = t.is_verb()
                && s.names(t.ta, wc::ANNOUNCE)
                && t.tend > t.tb + 1
                && definite_np_at(&s, t.tend - 1, t.tb);
            let noun = if t.nominal { t.ta } else { t.tend - 1 };
            if (t.nominal
                && speaker_source
                && definite_np_at(&s, t.ta, t.claim.map_or(0, content_start_of)))
                || announced_definite
            {
                // The event it points back to, nearest first: one whose
                // trigger holds the noun itself ("held talks" for "the
                // talks"), else one of the same type, else, for an
                // agreement noun, one whose trigger names an agreement
                // ("signed a peace agreement" for "the deal") or that is an
                // agreement ("agreed to a ceasefire" for "the truce"). A mediator's
                // or host's event has a third party as its doer and is no
                // antecedent.
                let head = s.word(noun).trim_end_matches('s');
                let mut lower = String::new();
                let agreement_noun = is_agreement_noun(lex, s.word(noun), &mut lower);
                let trigger_words = |e: &EventRecord| {
                    text[e.trigger.start..e.trigger.end].split(|c: char| !c.is_alphanumeric())
                };
                let earlier: Vec<&EventRecord> = out[..first_new]
                    .iter()
                    .rev()
                    .filter(|e| {
                        !e.source.is_empty()
                            && !matches!(e.mode.as_deref(), Some("mediate" | "host"))
                    })
                    .collect();
                let antecedent = earlier
                    .iter()
                    .find(|e| {
                        trigger_words(e).any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(head))
                    })
                    .or_else(|| earlier.iter().find(|e| e.event_type == event_type))
                    .or_else(|| {
                        earlier.iter().find(|e| {
                            agreement_noun
                                && (e.event_type == EventType::Agree
                                    || trigger_words(e)
                                        .any(|w| is_agreement_noun(lex, w, &mut lower)))
                        })
                    });
                if let Some(earlier) = antecedent {
                    source = earlier.source.clone();
                    target = earlier.target.clone();
                }
            }
            // "The U.S. military will send about 200 troops to Israel to help
            // monitor the truce": a force sent to a state to help is sent to
            // its aid, not against it (one sent "to Israel to fight" is).
            if event_type == EventType::Mobilize
                && !target.is_empty()
                && t.target.iter().all(|&a| sent_to_help(&s, a, t.tend))
            {
                target.clear();
            }
            // "Russian and Ukrainian delegations were expected to meet in
            // Istanbul": a meeting or accord of several doers whose only
            // target is where it takes place is among them, as the
            // `arguments` rule has it; a subject found late (through a
            // control verb or a claim) missed that rule. A state named only
            // as a place is no party.
            let among_themselves = matches!(
                event_type,
                EventType::Consult | EventType::Agree | EventType::Cooperate
            );
            if among_themselves
                && source.len() > 1
                && !t.target.is_empty()
                && target == ids(&t.target)
                && t.target.iter().all(|&a| named_only_as_place(&s, a))
            {
                target = source.clone();
            }
            // "Egypt and Saudi Arabia denounced the attack": an act aimed at
            // some but not all of its own doers is not aimed at them (a name
            // of the subject leaked into the target through a governed
            // event); one aimed at all of them is reciprocal ("Armenia and
            // Azerbaijan accused each other") and stays.
            if source.len() > 1
                && !target.is_empty()
                && target.len() < source.len()
                && target.iter().all(|a| source.contains(a))
            {
                target.clear();
            }
            // "adopted its 19th package of sanctions against Russia,
            // including a ban on imports": a part of an event named before it
            // in the sentence is done by that event's doers (the verb rows
            // read "a ban on imports" as "ban ... import", so any trigger).
            if source.is_empty() {
                let k = bare_modifiers_start(&s, t.ta, 0);
                let whole = (k > 0 && s.names(k - 1, wc::PART_OF))
                    .then(|| {
                        out[first_new..].iter().rev().find(|e| {
                            e.event_type == event_type
                                && !e.source.is_empty()
                                && e.trigger.end <= t.start
                        })
                    })
                    .flatten();
                if let Some(whole) = whole {
                    source = whole.source.clone();
                    if target.is_empty() {
                        target = whole.target.clone();
                    }
                }
            }
            // "Iran uses its oil revenue to fund its destabilizing
            // activities", "oil sales were funding Moscow's war": aid to the
            // giver's own activity names no receiver; it is no AID.
            if event_type == EventType::Aid
                && target.is_empty()
                && t.is_verb()
                && !t.passive()
                && own_object(&s, t)
            {
                continue;
            }
            // "whose sales have been badly hit", "the economy was hit hard":
            // a force verb in the passive whose subject is a noun of economic
            // standing tells a loss, not an attack.
            if event_type == EventType::Assault && t.is_verb() && t.passive() {
                let k = s.back_over(t.ta, 0, |j| {
                    s.f(j) & (wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG) != 0
                        || s.is_ly_adverb(j)
                });
                if k > 0 && s.in_cold(k - 1, wc::ECONOMIC) {
                    continue;
                }
            }
            // "Nawrocki thanked his supporters", "praised their aides": a
            // cooperative act toward the doer's own people (a possessive
            // pronoun and an entourage noun as the whole object) names no
            // other party; it is no event between actors.
            if cooperative(event_type)
                && target.is_empty()
                && t.is_verb()
                && !t.passive()
                && t.tb + 1 < s.n()
                && s.f(t.tb) & wc::POSS != 0
                && s.names(t.tb + 1, wc::ENTOURAGE)
            {
                continue;
            }
            // "Israel approved its plan to build 3,000 homes", "the cabinet
            // approved its own budget": approving one's own plan or project
            // supports no one and agrees with no one (session 18's
            // convention); approving another's plan or request stays.
            if matches!(event_type, EventType::Support | EventType::Agree)
                && t.is_verb()
                && !t.passive()
                && s.in_cold(t.ta, wc::APPROVE)
                && own_object(&s, t)
            {
                continue;
            }
            // The same act by the same doers again in the sentence is no
            // new event. Nor is one that names no target after one of the
            // same doers, both done, when it is a participle clause that
            // tells the act's outcome ("rebels shelled Juba, killing about
            // 20 people") or the doers' own words about it ("rejected a
            // Senegalese peace plan, and said they also opposed the
            // deployment of a force"): one act, told twice. A finite verb
            // of its own ("crossed into Azerbaijan and shelled villages")
            // is a second act.
            let factual = |m: Modality| matches!(m, Modality::Asserted | Modality::Attributed);
            let claim_id = t.claim.and_then(|c| claims.get(c)).map(|c| c.id.as_str());
            let retold = |e: &EventRecord| {
                target.is_empty()
                    && !source.is_empty()
                    && t.is_verb()
                    && (t.form == Form::Ing
                        || (claim_id.is_some() && e.claim.as_deref() != claim_id))
                    && (e.modality == modality || (factual(e.modality) && factual(modality)))
            };
            let duplicate = out[first_new..].iter().any(|e| {
                e.event_type == event_type
                    && e.source == source
                    && (e.target == target || retold(e))
            });
            if duplicate {
                continue;
            }
            let trigger = Span::of(text, t.start, t.end);
            if war_noun {
                war_nouns.push((trigger.start, trigger.end));
            }
            out.push(EventRecord {
                id: String::new(),
                event_type,
                mode,
                source,
                target,
                trigger,
                sentence: sentence_span.clone(),
                modality,
                claim: t.claim.and_then(|c| claims.get(c)).map(|c| c.id.clone()),
                place,
            });
        }
    }
    for t in &layer.tokens[tok_cursor..] {
        count_outside(t, &mut domain);
    }
    // In text order; ids are given by the gate, to the events it keeps.
    out.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    (out, domain, war_nouns)
}

/// Whether the sentence is a yes-no question: it ends with "?" (before any
/// closing quote) and opens, after an opening quote, a transcript's turn
/// label (the text layer's, whose text starts at byte `turn_body`: "Q:",
/// "QUESTION:", "Mr. Araghchi:") or a conjunction ("But will ..."), with an
/// auxiliary or modal ("Are you ready to talk?", "Will Iran strike back?"). A question word does not make one:
/// "Why would they be outraged by an administration that armed Ukraine?"
/// and "What was the Swedish investigation about?" take the acts they ask
/// about as done. A statement that ends in a quoted question ("he asked:
/// 'Will they strike?'") opens otherwise and is not one either.
fn direct_question(s: &Sent, turn_body: Option<usize>) -> bool {
    let n = s.n();
    let mut last = n;
    while last > 0 && s.is_quote_or_bracket(last - 1) {
        last -= 1;
    }
    if last == 0 || !s.punct(last - 1, "?") {
        return false;
    }
    let mut i = match turn_body {
        Some(body) => s.toks.partition_point(|t| t.start < body),
        None => 0,
    };
    while i < n && s.is_quote_or_bracket(i) {
        i += 1;
    }
    if i < n && (s.f(i) & wc::CONJ != 0 || s.in_cold(i, wc::SENTENCE_LINK)) {
        i += 1;
    }
    if i >= n || s.mention_at(i).is_some() {
        return false;
    }
    s.f(i) & wc::AUX != 0
}

/// Whether the object of the verb trigger `t` is its doer's own: it opens
/// with "its", "his" or "her", with a possessive followed by "own" ("their
/// own defence"), or with a name of the doer and "'s" ("funding Moscow's
/// war" with Russia as the doer).
fn own_object(s: &Sent, t: &Trig) -> bool {
    let o = t.tb;
    if o >= s.n() {
        return false;
    }
    if s.in_cold(o, wc::SINGULAR_POSS) || (s.f(o) & wc::POSS != 0 && s.in_cold(o + 1, wc::OWN)) {
        return true;
    }
    s.mention_starting_at(o)
        .is_some_and(|m| s.is_possessive(m.b) && t.source.contains(&m.actor))
}

/// The one-word verb row of the trigger head at `ta` when it is a protest
/// ("protested" of "protested the arrest of").
fn head_protest_row(lex: &EventLexicon, s: &Sent, ta: usize) -> Option<u32> {
    let mut lower = String::new();
    let single = lex
        .lookup(s.word(ta), &mut lower)
        .map(|info| info.single)
        .filter(|&p| p != NO_ID)?;
    lex.surfaces[single as usize]
        .iter()
        .map(|&(e, _)| e)
        .find(|&e| {
            let entry = &lex.entries[e as usize];
            entry.pos == Pos::Verb && entry.event_type == Some(EventType::Protest)
        })
}

/// Whether the subject of the verb at `ta`, read back over its clause to a
/// punctuation mark or a clause word, names a crowd ("thousands of Turks",
/// "Kenyan protesters", "students and workers"; the `crowd` class).
fn crowd_subject(s: &Sent, ta: usize) -> bool {
    let mut k = s.back_over_classes(ta, 0, wc::AUX | wc::SKIP | wc::NEG);
    let floor = ta.saturating_sub(SUBJECT_CROWD_WORDS);
    while k > floor {
        k -= 1;
        if s.is_punct(k) || s.hard_stop(k) || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0 {
            return false;
        }
        if s.names(k, wc::CROWD) {
            return true;
        }
    }
    false
}

/// How many words before a protest verb its crowd subject is looked for.
const SUBJECT_CROWD_WORDS: usize = 8;

/// Whether a speech act ending before token `from` names whom it is aimed at
/// by a noun phrase that is no actor, right before the word of class `opens`
/// that opens the act it asks for or charges (which starts at `governed`):
/// "called on the international community to", "urged the two sides to",
/// "accused the groups of". A determiner must open the phrase, so a bare
/// "to" ("called for Israel to") or an adverb is none. (`trig_at` marks
/// event nouns; mentions, actors.)
fn unknown_addressee(s: &Sent, from: usize, governed: usize, opens: wc::Classes) -> bool {
    if from >= governed || s.f(from) & (wc::DET | wc::POSS) == 0 {
        return false;
    }
    for k in from..governed.min(from + OBJECT_WINDOW) {
        // An event noun there is the act itself ("rejected an invitation
        // to attend"), no addressee.
        if s.mention_at(k).is_some() || s.trig_at(k).is_some() {
            return false;
        }
        if s.f(k) & opens != 0 {
            return k > from + 1;
        }
        let plain = s.toks[k].kind == TokenKind::Word
            && (s.is_modifier_word(k) || s.f(k) & (wc::DET | wc::POSS) != 0);
        if !plain {
            return false;
        }
    }
    false
}

/// The doer of an act ordered by command verb `g` that stays inside the
/// orderer's side, or `None` when the order is a request to someone else.
/// Two forms: an infinitive after the orderer's own force ("ordered the
/// military / its troops / Israeli forces to carry out strikes": the force
/// when it is a known actor of the orderer's country, else the orderer), and
/// an event noun as the order's object with no doer of its own ("ordered
/// the suspension of cooperation"). "ordered Hamas to disarm" asks another
/// side and stays a REQUEST.
fn ordered_act_doer(
    s: &Sent,
    actors: &DocActors,
    trigs: &[Trig],
    g: usize,
    i: usize,
    via: Via,
) -> Option<Vec<usize>> {
    let (order, act) = (&trigs[g], &trigs[i]);
    if order.event_type != EventType::Request
        || !order.is_verb()
        || order.tend != order.tb
        || !s.names(order.ta, wc::COMMAND)
        || order.source.is_empty()
        || act.passive()
    {
        return None;
    }
    match via {
        // The noun may have taken the order's subject already ("ordered"
        // is also a support verb).
        Via::Object if act.nominal && (act.source.is_empty() || act.source == order.source) => {
            Some(order.source.clone())
        }
        // "to carry out strikes": the noun after a support verb as well.
        Via::Infinitive => {
            let to = (order.tend..act.ta).find(|&k| s.f(k) & wc::TO != 0)?;
            let mut force = None;
            let mut own = Vec::new();
            for k in order.tend..to {
                if s.names(k, wc::OWN_FORCE) {
                    force = Some(k);
                }
                if let Some(m) = s.mention_at(k) {
                    if !same_side(actors, &[m.actor], &order.source) {
                        return None;
                    }
                    own.push(m.actor);
                } else if force != Some(k)
                    && s.f(k) & (wc::DET | wc::POSS) == 0
                    && !s.is_modifier_word(k)
                {
                    return None;
                }
            }
            force?;
            // "ordered Israeli forces": the force's own actor when known.
            own.dedup();
            Some(if own.is_empty() {
                order.source.clone()
            } else {
                own
            })
        }
        _ => None,
    }
}

/// The small clause after a verb of naming or judging at `v` ("called the
/// meeting amazing", "called the sanctions an attack on ..."): the end of
/// its object (a name or an event noun, after determiners and modifiers) and
/// the token range of the predicate's head words (an article or modifiers up
/// to the first noun that is no plain word). `None` when no predicate
/// follows the object ("called an emergency meeting on Gaza", "called a
/// meeting Monday").
fn characterising_small_clause(
    s: &Sent,
    trigs: &[Trig],
    v: usize,
) -> Option<(usize, std::ops::Range<usize>)> {
    if !s.names(v, wc::EVALUATE) {
        return None;
    }
    let n = s.n();
    // The object ends at the end of the naming verb's own gapped row ("call
    // ... meeting"), else at a name or an event noun after determiners and
    // modifiers.
    let own_row = s
        .trig_at(v)
        .map(|g| &trigs[g])
        .filter(|g| g.ta == v && g.tend > g.tb);
    let object_end = if let Some(g) = own_row {
        g.tend
    } else {
        let mut k = v + 1;
        while k < n
            && s.mention_at(k).is_none()
            && s.trig_at(k).is_none()
            && (s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k))
        {
            k += 1;
        }
        if let Some(m) = s.mention_at(k) {
            m.b
        } else if let Some(t) = s.trig_at(k).filter(|&t| trigs[t].nominal) {
            trigs[t].tend
        } else {
            return None;
        }
    };
    if object_end <= v + 1 || object_end >= n {
        return None;
    }
    let p = object_end;
    // An article or a plain lower-case word (adjective or noun) right
    // after the object; a preposition, time word or punctuation is none.
    let opens_predicate = s.in_cold(p, wc::INDEF_ARTICLE) || s.is_modifier_word(p);
    if !opens_predicate {
        return None;
    }
    let mut e = p;
    while e < n
        && e < p + OBJECT_WINDOW
        && (s.f(e) & wc::DET != 0 || s.is_modifier_word(e) || s.trig_at(e).is_some())
    {
        e += 1;
    }
    Some((object_end, p..e.max(p + 1)))
}

/// The first token of the determiners and modifier words right before
/// token `at` (down to `floor`) that name no actor: "its" of "its 19th
/// package", "the" of "the strike".
fn bare_modifiers_start(s: &Sent, at: usize, floor: usize) -> usize {
    s.back_over(at, floor, |j| {
        (s.f(j) & wc::DET != 0 || s.is_modifier_word(j)) && s.mention_at(j).is_none()
    })
}

/// Whether the noun phrase whose head is at `ta` is the "of"/"about" object
/// of a passive participle ("had been informed of the strike", "was told
/// about the raid"): a "by" phrase after it names who informed or told, not
/// who struck.
fn object_of_passive_participle(s: &Sent, ta: usize, floor: usize) -> bool {
    let k = bare_modifiers_start(s, ta, floor);
    if k < floor + 3 || !(s.f(k - 1) & wc::OF != 0 || s.is(k - 1, "about")) {
        return false;
    }
    let participle = k - 2;
    s.toks[participle].kind == TokenKind::Word
        && s.word(participle).ends_with("ed")
        && s.trig_at(participle).is_none()
        && aux_voice(s, participle) == Some(Voice::Passive)
}

/// Whether actor `a` is named after trigger end `from` as where something is
/// sent, "to X", followed by "to" and a verb of helping ("to Israel to help
/// monitor the truce", "to Haiti to support the police").
fn sent_to_help(s: &Sent, a: usize, from: usize) -> bool {
    s.ments.iter().any(|m| {
        if m.actor != a || m.a < from + 1 || s.f(m.a - 1) & wc::TO == 0 {
            return false;
        }
        let end = s.group_right(m, s.n()).last().map_or(m.b, |g| g.b);
        end + 1 < s.n() && s.f(end) & wc::TO != 0 && s.names(end + 1, wc::ASSIST)
    })
}

/// Whether every mention of actor `a` in the sentence names a place ("in
/// Istanbul", "in southern Iraq"), so the sentence never has it act or be
/// acted on.
fn named_only_as_place(s: &Sent, a: usize) -> bool {
    let mut of_actor = s.ments.iter().filter(|m| m.actor == a).peekable();
    of_actor.peek().is_some() && of_actor.all(|m| s.is_place(m))
}

/// The place an event happened: the locative mention ("in Kirkuk", "near
/// Gaza") nearest its trigger, not already a participant, with no
/// attribution cue in between ("..., officials in Nairobi said" places the
/// speakers, not the event) and no sentence-level break (";").
fn place_of(s: &Sent, trigs: &[Trig], t: &Trig) -> Vec<usize> {
    let mut best: Option<(usize, usize)> = None;
    for m in &s.ments {
        if !s.is_place(m) || t.source.contains(&m.actor) || t.target.contains(&m.actor) {
            continue;
        }
        let (lo, hi) = if m.a >= t.tend {
            (t.tend, m.a)
        } else if m.b <= t.ta {
            (m.b, t.ta)
        } else {
            continue;
        };
        // "..., relief officials in Nairobi said": the speakers' place.
        // A comma ends the speakers' phrase: "fired at targets in Jericho,
        // witnesses said" keeps Jericho.
        let in_attribution = (m.b..(m.b + 3).min(s.n()))
            .take_while(|&k| !s.punct(k, ","))
            .any(|k| s.f(k) & CUE != 0);
        // Another event between them is another clause ("resigned as the
        // opposition threatened to storm his residence in Tbilisi").
        // A parenthetical attribution (", witnesses said,") blocks nothing.
        let aside = |k: usize| {
            k + 1 < s.n()
                && s.punct(k + 1, ",")
                && (k.saturating_sub(3)..k).any(|j| s.punct(j, ","))
        };
        let blocked = in_attribution
            || (lo..hi).any(|k| {
                (s.f(k) & CUE != 0 && !aside(k))
                    || s.punct(k, ";")
                    || s.trig_at(k).is_some_and(|u| !trigs[u].absorbed)
            });
        if blocked {
            continue;
        }
        let dist = hi - lo;
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, m.actor));
        }
    }
    best.map(|(_, a)| vec![a]).unwrap_or_default()
}

/// The place of trigger `i` stated in its own clause after it ("blocked
/// streets in Hong Kong", "agreed to postpone the demonstration in Baku"):
/// the first locative mention to its right with no other clause in between
/// (a trigger it does not govern, an attribution cue, "that", ";"). The
/// stricter sibling of [`place_of`], for events whose doers are unnamed,
/// where a place before the trigger or across clauses is too often
/// another event's.
fn place_after(s: &Sent, trigs: &[Trig], i: usize) -> Vec<usize> {
    let t = &trigs[i];
    let governed_by_t = |u: usize| {
        let mut cur = u;
        for _ in 0..trigs.len() {
            match trigs[cur].governor {
                Some((g, _)) if g == i => return true,
                Some((g, _)) => cur = g,
                None => return false,
            }
        }
        false
    };
    let mut k = t.tend;
    while k < s.n() {
        if let Some(m) = s.mention_starting_at(k) {
            // "in Franco-German relations" is no place.
            let adjective = m.how == MentionHow::Locative(AliasKind::Adjective);
            let located = s.intro_of(m.a, t.tend).0 & wc::LOC != 0 || s.region_of(m);
            if s.is_place(m) && !adjective && located {
                return vec![m.actor];
            }
            k = m.b.max(k + 1);
            continue;
        }
        let stop = s.f(k) & (CUE | wc::THAT | wc::BAR | wc::REL) != 0
            || s.punct(k, ";")
            || s.punct(k, ",")
            || s.hard_stop(k)
            || s.trig_at(k)
                .is_some_and(|u| u != i && !governed_by_t(u) && !trigs[u].absorbed);
        if stop {
            break;
        }
        k += 1;
    }
    Vec::new()
}

/// `wc::NEG` when claim `c` is an infinitive whose cue is negated ("NATO
/// has not offered to send troops", "Berlin never promised to deliver
/// tanks"): the cue's negation reaches the act it governs, which did not
/// happen. A negated cue before a that-clause ("did not say that Iran
/// attacked") only withholds the speaker's word, and stays out.
fn negated_infinitive_cue(
    s: &Sent,
    claims: &[ClaimRecord],
    c: usize,
    tok_index: &dyn Fn(usize) -> usize,
) -> wc::Classes {
    let Some(claim) = claims.get(c) else {
        return 0;
    };
    let content = tok_index(claim.content.start);
    if content >= s.n() || s.f(content) & wc::TO == 0 {
        return 0;
    }
    let (a, b) = (
        tok_index(claim.cue.start),
        tok_index(claim.cue.end).min(s.n()),
    );
    if (a..b).any(|k| s.f(k) & wc::NEG != 0) {
        wc::NEG
    } else {
        0
    }
}

/// Whether claim `c` is a negated cue of a finite clause ("Iran did not
/// say Israel attacked Syria", "never confirmed that it struck", "did not
/// deny that"): the speaker neither passes the clause on nor denies it, so
/// its event is left open, not attributed and not negated. (A negated cue
/// of an infinitive, "did not agree to attack", is the act's own negation:
/// [`negated_infinitive_cue`].)
fn negated_clause_cue(
    s: &Sent,
    claims: &[ClaimRecord],
    c: usize,
    tok_index: &dyn Fn(usize) -> usize,
) -> bool {
    let Some(claim) = claims.get(c) else {
        return false;
    };
    let content = tok_index(claim.content.start);
    if content >= s.n() || s.f(content) & wc::TO != 0 {
        return false;
    }
    let (a, b) = (
        tok_index(claim.cue.start),
        tok_index(claim.cue.end).min(s.n()),
    );
    // The cue span may leave out its auxiliaries ("did not | claim").
    let a = s.back_over_classes(a.min(b), 0, wc::AUX | wc::NEG | wc::SKIP | wc::HAVE);
    (a..b).any(|k| s.f(k) & wc::NEG != 0)
}

/// Who is on the receiving end of the converse verb at `verb` ("Iran faces
/// sanctions from", "Poland's decision drew criticism from"): its subject,
/// or, when the subject phrase holds an act of its own ("Russia's decision
/// to invade Ukraine drew condemnation"), the possessor that opens it, whose
/// act is criticised; the act's object is no one's critic's target.
fn converse_subject(
    s: &Sent,
    verb: usize,
    floor: usize,
    trigs: &[Trig],
    subject_at: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    let mut start = verb;
    while start > floor
        && !(s.punct(start - 1, ",")
            || s.hard_stop(start - 1)
            || s.f(start - 1) & (CUE | wc::THAT | wc::BAR | wc::REL) != 0)
    {
        start -= 1;
    }
    let possessor = s
        .mention_starting_at(start)
        .filter(|m| m.b < verb && s.is_possessive(m.b))
        .map(|m| actors_of(&s.group_right(m, m.b)));
    let act_in_subject = (start..verb).any(|k| s.trig_at(k).is_some_and(|u| !trigs[u].absorbed));
    match possessor {
        Some(p) => p,
        None if !act_in_subject => subject_at(verb),
        None => Vec::new(),
    }
}

/// Records which tokens head which trigger.
fn index_triggers(s: &mut Sent, trigs: &[Trig]) {
    s.trig_of.iter_mut().for_each(|x| *x = NONE);
    for (i, t) in trigs.iter().enumerate() {
        for k in t.ta..t.tb.min(s.trig_of.len()) {
            s.trig_of[k] = i as u32;
        }
    }
    s.trig_verb.clear();
    s.trig_verb.extend(trigs.iter().map(Trig::is_verb));
}

/// Whether intent/modal trigger `g` is itself folded into an event
/// governor ("refused to offer talks"): then nothing under it is emitted.
fn folded_into_event(trigs: &[Trig], g: usize) -> bool {
    let mut cur = g;
    for _ in 0..trigs.len() {
        match trigs[cur].governor {
            Some((up, _)) if matches!(trigs[up].class, Class::Intent | Class::Modal) => cur = up,
            Some(_) => return true,
            None => return false,
        }
    }
    false
}

/// Whether a `listed` class word ("terrorist") follows token `from` in the
/// same clause, within the object window: the class a designation puts
/// its object in ("as a foreign terrorist organization"). The "as" that
/// opens the class is a subordinator word, so only a relative clause, a
/// "that" clause, a comma or a hard stop ends the search.
fn listed_class_after(s: &Sent, from: usize) -> bool {
    (from..s.n().min(from + OBJECT_WINDOW))
        .take_while(|&k| !s.hard_stop(k) && !s.punct(k, ",") && s.f(k) & (wc::THAT | wc::REL) == 0)
        .any(|k| s.names(k, wc::LISTED))
}

/// Finds the set phrases of the sentence ("the two countries", "both
/// sides", "the three nations": a `pair` or `trio` number word after "the"
/// or as "both", then a `set_noun`) and adds each whose states are found
/// (see [`set_phrase_states`]) as a mention of a representative state: one
/// of them the sentence does not name otherwise, so that the
/// representative among an event's arguments can only have come from the
/// phrase ([`expand_sets`] puts all the states in its place).
fn add_set_phrases(
    s: &mut Sent,
    layer: &TextLayer,
    actors: &DocActors,
    lex: &EventLexicon,
    sets: &mut Vec<(usize, Vec<usize>)>,
    buf: &mut String,
) {
    let mut added = false;
    for noun in 1..s.n() {
        if !s.names(noun, wc::SET_NOUN) || s.ment_of[noun] != NONE {
            continue;
        }
        let num = noun - 1;
        let count = if s.names(num, wc::PAIR) {
            2
        } else if s.names(num, wc::TRIO) {
            3
        } else {
            continue;
        };
        // "both sides" needs no article; "two countries" without one is any
        // two ("two countries have recognised it").
        let definite = s.f(num) & wc::DET == 0 || (num > 0 && is_definite_determiner(s, num - 1));
        if !definite || s.ment_of[num] != NONE {
            continue;
        }
        let Some(states) = set_phrase_states(s, layer, actors, lex, num, count, buf) else {
            continue;
        };
        let named_here = |a: usize| s.ments.iter().any(|m| m.actor == a);
        let Some(rep) = states.iter().copied().find(|&a| !named_here(a)) else {
            continue;
        };
        if sets.iter().any(|(r, _)| *r == rep) {
            continue;
        }
        s.ments.push(M {
            a: num,
            b: noun + 1,
            actor: rep,
            how: MentionHow::Context,
        });
        sets.push((rep, states));
        added = true;
    }
    if added {
        // Mentions stay in text order, and each token points at its own.
        s.ments.sort_by_key(|m| m.a);
        s.ment_of.iter_mut().for_each(|slot| *slot = NONE);
        for (idx, m) in s.ments.iter().enumerate() {
            for slot in s.ment_of.iter_mut().take(m.b).skip(m.a) {
                if *slot == NONE {
                    *slot = idx as u32;
                }
            }
        }
    }
}

/// The `count` states a set phrase whose number word is token `num` stands
/// for (the convention of docs/EVALUATION.md, session 17's actors22
/// section): the states named last before it, in the sentence of the
/// latest state name (a place after a locative preposition is no party, nor
/// is a state's body: "the Qatari foreign ministry").
/// When that sentence names exactly `count` states before the phrase, they
/// are the set; when it names more, the last `count` must be one
/// coordination ("Iran, Oman and Qatar": commas, conjunctions and articles
/// between them); when fewer, the phrase stays unresolved.
fn set_phrase_states(
    s: &Sent,
    layer: &TextLayer,
    actors: &DocActors,
    lex: &EventLexicon,
    num: usize,
    count: usize,
    buf: &mut String,
) -> Option<Vec<usize>> {
    let phrase_start = s.toks[num].start;
    let is_state = |m: &&sitrep_actors::Mention| {
        m.end <= phrase_start
            && !m.how.is_locative()
            && actors
                .actors
                .get(m.actor)
                .is_some_and(|a| a.kind == ActorKind::Country && a.sector.is_none())
    };
    let before = &actors.mentions[..actors.mentions.partition_point(|m| m.start < phrase_start)];
    let latest = before.iter().rev().find(is_state)?;
    let sent = layer
        .sentences
        .get(layer.sentences.partition_point(|x| x.end <= latest.start))?;
    let from = before.partition_point(|m| m.start < sent.start);
    let named: Vec<&sitrep_actors::Mention> = before[from..].iter().filter(is_state).collect();
    // The distinct states, each at its last mention, latest first.
    let mut last: Vec<&sitrep_actors::Mention> = Vec::new();
    for m in named.iter().rev() {
        if !last.iter().any(|l| l.actor == m.actor) {
            last.push(m);
        }
    }
    if last.len() < count {
        return None;
    }
    if last.len() > count {
        let joined = |a: &sitrep_actors::Mention, b: &sitrep_actors::Mention, buf: &mut String| {
            layer.text.get(a.end..b.start).is_some_and(|between| {
                between
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        lex.lookup(w, buf)
                            .is_some_and(|info| info.classes & (wc::CONJ | wc::DET) != 0)
                    })
            })
        };
        let has_conj =
            |a: &sitrep_actors::Mention, b: &sitrep_actors::Mention, buf: &mut String| {
                layer.text.get(a.end..b.start).is_some_and(|between| {
                    between.split_whitespace().any(|w| {
                        lex.lookup(w, buf)
                            .is_some_and(|info| info.classes & wc::CONJ != 0)
                    })
                })
            };
        // Then the set is the first whole list of exactly `count` states in
        // the sentence (commas and a final conjunction between them): the
        // parties a lead names first, not the mediators or hosts named after
        // them ("Pakistan and Afghanistan agreed to a ceasefire after talks
        // mediated by Qatar and Turkey"); the last two of "the United
        // States, Saudi Arabia, the UAE and Egypt" are no pair.
        let mut start = 0;
        while start < named.len() {
            let mut end = start + 1;
            while end < named.len() && joined(named[end - 1], named[end], buf) {
                end += 1;
            }
            let list = &named[start..end];
            let distinct = list
                .iter()
                .enumerate()
                .all(|(k, m)| list[..k].iter().all(|o| o.actor != m.actor));
            if list.len() == count && distinct && has_conj(list[count - 2], list[count - 1], buf) {
                return Some(list.iter().map(|m| m.actor).collect());
            }
            start = end;
        }
        return None;
    }
    last.reverse();
    Some(last.iter().map(|m| m.actor).collect())
}

/// Puts the states of a set phrase in place of its representative among an
/// event's actors (see [`add_set_phrases`]), each once.
fn expand_sets(actors: &mut Vec<usize>, sets: &[(usize, Vec<usize>)]) {
    for (rep, states) in sets {
        if let Some(p) = actors.iter().position(|a| a == rep) {
            let mut expanded: Vec<usize> = Vec::with_capacity(actors.len() + states.len());
            extend_unique(&mut expanded, actors[..p].iter().copied());
            extend_unique(&mut expanded, states.iter().copied());
            extend_unique(&mut expanded, actors[p + 1..].iter().copied());
            *actors = expanded;
        }
    }
}

/// Source and target of trigger `i`.
fn arguments(
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    floor: usize,
    ctx: &Context,
    claim: Option<&ClaimRecord>,
    tok_index: &dyn Fn(usize) -> usize,
) -> (Vec<usize>, Vec<usize>, bool) {
    let t = &trigs[i];
    let n = s.n();
    let subject_at = |at: usize| -> Vec<usize> {
        match subject_before(s, at, floor, trigs) {
            // "a NATO member has fired", "Mondlane aides attacked": the
            // owner of a people noun is not who acted. A nationality
            // adjective says who the people are ("Russian supporters
            // attacked"): they stay the state's.
            Subject::Found(g) => {
                let owned_by_name = g.iter().any(|m| {
                    s.entourage_after(m).is_some()
                        && !matches!(m.how, MentionHow::Alias(AliasKind::Adjective))
                });
                if owned_by_name {
                    actors_of(&s.without_owners(g))
                } else {
                    actors_of(&g)
                }
            }
            Subject::Pronoun(p) => resolve_pronoun(s, p, ctx),
            Subject::None => Vec::new(),
        }
    };
    let subject = |at: usize| -> Vec<usize> {
        // "objected to Ukraine opening an investigation", "criticised the
        // shift, with Foreign Minister Safadi warning of consequences": a
        // name right before a gerund, as the object of a preposition that
        // can take a clause, is the gerund's own subject; the clause's
        // subject further back is not its doer.
        if trigs[i].form == Form::Ing && trigs[i].is_verb() && at > floor + 1 {
            if let Some(m) = s.mention_ending_at(at - 1) {
                let (intro, by) = s.intro_of(m.a, floor);
                if intro != 0 && intro & wc::LOC == 0 && s.names(by, wc::GERUND_SUBJECT) {
                    return actors_of(&s.group_left(m, floor));
                }
            }
        }
        // "X attacked A and killed B": the second verb shares X.
        // "and has refused", "but was still refusing", "and did not
        // attack": over auxiliaries and negation.
        let mut k =
            s.back_over_classes(at, floor, wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG);
        // "Ships fired at the boats and one rammed a vessel", "and some
        // attacked the embassy": a bare quantifier right after the
        // conjunction, with no noun of its own, is a part of the first
        // predicate's subject; the conjunction then joins two predicates of
        // that subject.
        if k > floor + 1
            && s.f(k - 1) & wc::DET != 0
            && s.f(k - 2) & wc::CONJ != 0
            && s.mention_at(k - 1).is_none()
            && trigs[i].is_verb()
        {
            k -= 1;
        }
        // ", killing 20 people": a participle clause shares the main subject.
        let ing_clause = trigs[i].form == Form::Ing && k > floor && s.punct(k - 1, ",");
        // "violated UN resolutions by launching a missile": a gerund after
        // "by" is the means of the verb before it, done by that verb's
        // subject, not by a name in its object.
        let means_gerund = k > floor && s.f(k - 1) & wc::BY != 0 && s.word(k).ends_with("ing");
        if means_gerund {
            let active_verb = |p: &&Trig| p.is_verb() && p.tend < k && !p.passive();
            if let Some(prev) = trigs[..i].iter().rev().find(active_verb) {
                // Only across the verb's plain object: no other event, no
                // preposition or clause word ("accused Russia of violating
                // the law by launching" is Russia's act, not the accuser's).
                let plain_object = (prev.tend..k - 1).all(|x| {
                    s.trig_at(x).is_none()
                        && s.f(x) & (PREPS | wc::THAT | wc::BAR | wc::REL) == 0
                        && !s.hard_stop(x)
                        && !s.punct(x, ",")
                });
                if plain_object && !prev.source.is_empty() {
                    return prev.source.clone();
                }
            }
        }
        // "..., but was still refusing": a subordinator right before the
        // verb, with no subject of its own in between, joins a second
        // predicate of the same subject.
        let bar_predicate = k > floor + 1 && s.f(k - 1) & wc::BAR != 0 && s.punct(k - 2, ",");
        // "The junta expelled French forces, tore up the agreement and
        // welcomed Russian instructors": a finite verb right after a comma,
        // with no subject of its own, is the next predicate of a series;
        // the words before the comma are the first verb's object.
        // A set-off relative clause before the comma ("Turkey, which Sweden
        // accused of blocking its bid, met") is no first predicate: the verb
        // after it is the main clause's, whose subject is the antecedent.
        let series_predicate = trigs[i].is_verb()
            && trigs[i].form == Form::Past
            && trigs[i].voice != Voice::Reduced
            && k > floor
            && s.punct(k - 1, ",")
            && !closes_relative_clause(s, k - 1, floor);
        if k > floor
            && (s.f(k - 1) & wc::CONJ != 0 || ing_clause || bar_predicate || series_predicate)
        {
            // The main clause's verb, not a participle modifying a noun in
            // its object ("opened its borders to West Africans ordered out
            // of Nigeria, but was still refusing").
            let main_verb = |p: &&Trig| p.is_verb() && p.tend < k && p.voice != Voice::Reduced;
            if let Some(prev) = trigs[..i].iter().rev().find(main_verb) {
                // A deployed force is the source of its passive verb (see
                // `arguments`), and the subject shared with what follows.
                // "was attacked by Burundian militiamen armed with machetes,
                // killing 156 people": a participle clause of result after a
                // passive is the agent's act, not the patient's.
                let agent_result = ing_clause && !prev.source.is_empty();
                let args =
                    if prev.passive() && prev.event_type != EventType::Mobilize && !agent_result {
                        &prev.target
                    } else {
                        &prev.source
                    };
                // "accused China of a cyberattack that may have accessed
                // voters' data, and sanctioned two individuals": a relative
                // "that" after the object's noun opens no new subject.
                let relative_that = |x: usize| {
                    x > prev.tend
                        && s.f(x) & wc::THAT != 0
                        && s.f(x - 1) & CUE == 0
                        && s.trig_at(x - 1).is_none()
                        && (s.is_modifier_word(x - 1)
                            || s.mention_ending_at(x - 1).is_some()
                            || is_upper_start(s.word(x - 1)))
                };
                let clean = (prev.tend..k - 1).all(|x| {
                    (s.f(x) & (wc::THAT | wc::BAR) == 0 || relative_that(x)) && !s.hard_stop(x)
                });
                if clean {
                    // Even when unknown: the words in between are the first
                    // verb's object, not this one's subject.
                    return args.clone();
                }
            } else if let Some(&verb) = s
                .ruled_out_verbs
                .iter()
                .rev()
                .find(|&&v| ing_clause && v >= floor && v < k)
            {
                // The main verb is no event ("Floods ravaged the coast,
                // killing three"): the participle shares its subject, if
                // any, never its object.
                return subject_at(verb);
            }
        }
        // "Iran sent troops to attack", "urged Iran to stop": an infinitive's
        // subject is the governing verb's subject, or its object for verbs
        // that ask or allow.
        // "Hezbollah denied | firing rockets": a gerund opening a denial's
        // content is the denier's own act, as "deny" takes no other doer.
        let denial = claim.is_some_and(|c| c.stance == Stance::Deny);
        if denial && trigs[i].form == Form::Ing && ctx.content_start == Some(at) {
            if let Some(speaker) = ctx.claim_speaker {
                return vec![speaker];
            }
        }
        if let Some(to) = infinitive_to(s, at) {
            // "Obama wants | to attack Switzerland": an infinitive that is
            // the reported content itself is the speaker's act (the subject
            // search stops at the content's start). A governed infinitive
            // ("refused | to discuss") is left to its governor, which lends
            // it its own subject.
            if let (Some(speaker), Some(cs)) = (ctx.claim_speaker, ctx.content_start) {
                if cs == to && trigs[i].governor.is_none() {
                    return vec![speaker];
                }
            }
            if let Some(prev) = trigs[..i]
                .iter()
                .rev()
                .find(|p| p.is_verb() && p.tend <= to)
            {
                // "push back protesters who tried to storm the palace": a
                // relative pronoun in between opens a clause of its own,
                // whose subject is its antecedent, not the verb's subject.
                let clean = (prev.tend..to).all(|x| {
                    s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0
                        && !s.hard_stop(x)
                        && !s.punct(x, ",")
                });
                if clean {
                    let object_control =
                        prev.class == Class::Direct || prev.event_type == EventType::Concede;
                    if object_control {
                        if let Some(m) = (prev.tend..to).rev().find_map(|x| s.mention_ending_at(x))
                        {
                            return actors_of(&s.group_left(m, prev.tend));
                        }
                    }
                    let args = if prev.passive() {
                        &prev.target
                    } else {
                        &prev.source
                    };
                    if !args.is_empty() {
                        return args.clone();
                    }
                }
            }
        }
        subject_at(at)
    };
    // "fired at Israel" but not "the strike at the direction of".
    let mut target_preps = if t.nominal {
        wc::TPREP
    } else {
        wc::TPREP | wc::VPREP
    };
    match t.event_type {
        EventType::Aid | EventType::Support | EventType::Cooperate | EventType::Request => {
            target_preps |= wc::FOR
        }
        // "banned from the country", "an embargo on goods from Russia", but
        // "sanctions from the US" (right after the noun) name their doer.
        EventType::Sanction if t.nominal && s.f(t.tend) & wc::FROM != 0 => {}
        EventType::Retreat | EventType::Sanction | EventType::Coerce => target_preps |= wc::FROM,
        _ => {}
    }
    // "demanded autonomy from Serbian authorities", "sought aid from Japan":
    // a verb's request is made of whoever it is sought from (a noun's
    // "from" names who made it: "a demand from the US").
    if t.event_type == EventType::Request && !t.nominal {
        target_preps |= wc::FROM;
    }
    // "signed a peace framework at the White House", "met at the Kremlin":
    // an act of cooperation is not aimed "at" anyone; after it "at" names
    // the venue, which a capital's or a seat's name would read as its
    // state.
    if cooperative(t.event_type) {
        target_preps &= !wc::VPREP;
    }

    if t.pos == Pos::Affix {
        // "Iran-backed Houthis": the prefix is the source, the noun the target.
        let source: Vec<usize> = s
            .mention_at(t.ta)
            .map(|m| m.actor)
            .or_else(|| s.qualifier_at(t.ta))
            .map(|a| vec![a])
            .unwrap_or_default();
        let mut k = t.ta + 1;
        while k < n && s.is_modifier_word(k) {
            k += 1;
        }
        let target = s
            .mention_starting_at(k)
            .map(|m| actors_of(&s.group_right(m, n)))
            .unwrap_or_default();
        return (source, target, false);
    }

    if t.nominal {
        let mut source = Vec::new();
        let mut target = Vec::new();
        // Modifier or possessor just before the noun (over modifiers).
        let mut k = t.ta;
        loop {
            // "Doha considered the attack a flagrant violation": a verb that
            // judges its object is no modifier of the noun, and its subject
            // no doer of the act it judges.
            if k > floor && s.is_modifier_word(k - 1) && !s.names(k - 1, wc::EVALUATE) {
                k -= 1;
            } else if k > floor + 1 && k < t.ta && s.month_before_number(k) {
                // "Trump's July 25 phone call": over a date.
                k -= 1;
            } else {
                break;
            }
        }
        let mut possessor = false;
        if k > floor {
            let p = k - 1;
            if s.is_possessive(p) && p > floor {
                if let Some(m) = s.mention_ending_at(p - 1) {
                    source = actors_of(&s.group_left(m, floor));
                    possessor = true;
                }
            } else if s.f(p) & wc::POSS != 0 {
                source = resolve_pronoun(s, p, ctx);
                possessor = true;
            } else if let Some(m) = s.mention_ending_at(p) {
                // "hit by U.S. sanctions", "relief from EU sanctions": a
                // nationality or acronym right before the noun is its doer
                // after "by" or "from" too; a name there is mostly a place
                // ("from Kabul attacks"), and after a place preposition the
                // phrase frames another event ("progress in U.S.-Soviet
                // talks").
                let attributive = matches!(
                    m.how,
                    MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
                );
                // The agent of a verb trigger ("wounded by Israeli
                // shelling") is that verb's doer, one event.
                let (intro, at) = s.intro_of(m.a, floor);
                let agent_of_trigger = at > 0 && s.trig_at(at - 1).is_some();
                // "killed in an Israeli strike", "wounded in a US drone
                // strike": a state's adjective or acronym before an act of
                // force after "in" names who struck (the strike is where the
                // victims died, not a place); talks or trade "in" a phrase
                // still frame another event.
                // (Right after a verb trigger, "killed in Israeli shelling",
                // the verb takes the noun's doer itself, one event.)
                let force_in = attributive
                    && !agent_of_trigger
                    && s.is(at, "in")
                    && matches!(t.event_type, EventType::Assault | EventType::Coerce);
                if intro & (wc::LOC | wc::FROM | wc::BY) == 0
                    || (attributive && intro & wc::LOC == 0 && !agent_of_trigger)
                    || force_in
                {
                    // "US-China trade talks", "the Israel-Hamas war": the
                    // names joined by a hyphen are all the noun's parties.
                    source = s.hyphen_partners(m);
                    extend_unique(&mut source, actors_of(&s.group_left(m, floor)));
                }
            }
        }
        // "a call by jailed leader Abdullah Ocalan to lay down arms": a noun
        // row that ends in "by" names its doer right after it (over
        // determiners, modifiers and participles), whatever stands before.
        if t.tend > t.ta + 1 && s.f(t.tend - 1) & wc::BY != 0 {
            let mut q = t.tend;
            while q < n
                && (s.f(q) & (wc::DET | wc::POSS) != 0
                    || s.is_modifier_word(q)
                    || s.trig_at(q).is_some_and(|u| trigs[u].form == Form::Past))
            {
                q += 1;
            }
            // The named agent outranks a name before the noun, which may be
            // the subject of the verb the noun is the object of.
            if let Some(m) = s.mention_starting_at(q) {
                source = actors_of(&s.without_owners(s.group_right(m, n)));
                possessor = false;
            }
        }
        // "his killing", "Soleimani's assassination": the possessor of a
        // noun of what is done to someone is who it was done to, unless an
        // "of" object names that ("Israel's killing of Nasrallah").
        let victim_possessor =
            possessor && s.f(t.tend - 1) & wc::PATIENT != 0 && s.f(t.tend) & wc::OF == 0;
        if victim_possessor {
            target = std::mem::take(&mut source);
        }
        // "talks between X and Y": all of them, reciprocally.
        if s.is(t.tend, "between") {
            let sides = between_sides(s, t.tend + 1, trigs);
            if !sides.is_empty() {
                let mut all = source.clone();
                extend_unique(&mut all, sides);
                return (all, Vec::new(), false);
            }
        }
        // "in support of Gaza": the one supported, not the supporter.
        let in_support_of = t.event_type == EventType::Support
            && t.ta > floor
            && s.is(t.ta - 1, "in")
            && s.f(t.tend) & wc::OF != 0;
        // "at the request of the Justice Department", "on the orders of the
        // minister", "at the invitation of Qatar": the set phrase names the
        // act's doer in its "of" object, whatever the noun's type.
        let at_the_instance_of = t.ta >= floor + 2
            && s.is(t.ta - 1, "the")
            && s.in_cold(t.ta - 2, wc::INSTANCE_PREP)
            && s.f(t.tend) & wc::OF != 0
            && !hostile(t.event_type);
        let of_is_source = at_the_instance_of
            || (!in_support_of
                && matches!(
                    t.event_type,
                    EventType::Retreat
                        | EventType::Mobilize
                        | EventType::Protest
                        | EventType::Consult
                        | EventType::Agree
                        | EventType::Support
                ));
        if source.is_empty() {
            // "demonstrations against violations by the army": a "by" past
            // another prepositional phrase ("against", "over", "for") is the
            // agent of that phrase's noun; one past "of" or a place ("the
            // shelling of Gaza by", "an attack in Kabul by") is still ours.
            let by = (t.tend..n.min(t.tend + OBJECT_WINDOW)).find(|&k| s.f(k) & wc::BY != 0);
            let attached = by.is_some_and(|by| {
                (t.tend..by).all(|k| {
                    let f = s.f(k);
                    f & (PREPS | wc::TO) == 0 || f & (wc::OF | wc::LOC) != 0
                })
            }) && !object_of_passive_participle(s, t.ta, floor);
            // "new sanctions were imposed on Iran by the US", "a curfew was
            // declared in the city by the army": the noun is the subject of a
            // support verb in the passive, whose agent is the noun's doer.
            let (k, be) = past_verb_group(s, t.tend, 0);
            // The agent must follow the support verb or one of its
            // objects ("imposed by the US on Iran", "imposed on Iran by the
            // US"), not a participle of its own ("imposed on a bank owned
            // by Iran").
            let passive_support = be
                && k < n
                && s.f(k) & wc::LIGHT != 0
                && by.is_some_and(|by| by == k + 1 || s.mention_ending_at(by - 1).is_some());
            if attached || passive_support {
                if let Some(g) = agent_after(s, t.tend, trigs) {
                    source = actors_of(&g);
                }
            }
        }
        // "an offer from Afghanistan", "a demand from the US", "sanctions
        // from the United States" (a withdrawal "from" a place leaves it).
        // "Iran faces sanctions from the US", "Russia faced expulsion from
        // the Council", "the decision drew criticism from Germany", "Iraq
        // faces new U.S. sanctions", "the US faced Palestinian criticism":
        // the subject of a verb of receiving is the one the noun's act is
        // aimed at, whoever the noun names as its doer (or none). A visit
        // received is the host's meeting, not the visitor's alone.
        let converse_verb = if t.event_type == EventType::Consult {
            None
        } else {
            let mut j = t.ta;
            while j > floor
                && t.ta - j < 6
                && (s.f(j - 1) & (wc::DET | wc::POSS | wc::CONJ) != 0
                    || s.is_modifier_word(j - 1)
                    || s.mention_at(j - 1).is_some()
                    || s.is_possessive(j - 1))
            {
                j -= 1;
            }
            (j > floor && s.f(j - 1) & wc::CONVERSE != 0).then(|| j - 1)
        };
        let mut target_before = Vec::new();
        if source.is_empty() && t.event_type != EventType::Retreat && s.f(t.tend) & wc::FROM != 0 {
            if let Some(m) = s.mention_from(t.tend + 1) {
                source = actors_of(&s.group_right(m, n));
            }
        }
        if let Some(verb) = converse_verb {
            target_before = converse_subject(s, verb, floor, trigs, &subject_at);
            target_before.retain(|a| !source.contains(a));
        }
        // "Israel would lose all of its support from the United States",
        // "Ukraine's aid from Germany": a possessor of a noun of giving is who
        // receives it when a "from" phrase right after the noun names the
        // giver; the giver is the doer.
        if possessor
            && matches!(t.event_type, EventType::Support | EventType::Aid)
            && s.f(t.tend) & wc::FROM != 0
        {
            if let Some(m) = s.mention_from(t.tend + 1) {
                let giver = actors_of(&s.group_right(m, n));
                if !giver.is_empty() && giver.iter().all(|a| !source.contains(a)) {
                    target_before = std::mem::replace(&mut source, giver);
                }
            }
        }
        let mut place = false;
        let object = if victim_possessor {
            None
        } else {
            object_after(s, t.tend, t.tend, false, target_preps | wc::OF, trigs)
        };
        if let Some((g, intro)) = object {
            place = intro == wc::LOC;
            if intro & wc::OF != 0 {
                if of_is_source && source.is_empty() {
                    source = actors_of(&g);
                    let after = g.last().map(|m| m.b).unwrap_or(t.tend);
                    if let Some((g2, intro2)) =
                        object_after(s, after, after, false, target_preps, trigs)
                    {
                        if intro2 & wc::OF == 0 {
                            target = actors_of(&g2);
                        }
                    }
                } else if !of_is_source {
                    target = actors_of(&g);
                }
            } else {
                target = actors_of(&g);
            }
        }
        // "on the sidelines of the BRICS summit in Kazan": a meeting noun's
        // place phrase says where the meeting was, not whom it was with.
        if place && t.event_type == EventType::Consult {
            target.clear();
            place = false;
        }
        // The receiver outranks a name further on ("faced criticism over
        // its decision on Israeli settlements": the decision is the topic).
        if !target_before.is_empty() {
            target = target_before;
            place = false;
        }
        // "the sanctions that the EU imposed on Russia", "the agreement
        // which Iran signed with China": the noun is the object of a support
        // verb in a relative clause after it, whose subject is the noun's
        // doer and whose object phrase its target.
        if source.is_empty() {
            if let Some((doer, v)) = relative_support_verb(s, t.tend) {
                source = doer;
                // A governed noun lends its doer to its governor ("welcomed
                // the agreement that Iran signed with China" welcomes Iran's
                // act, as "welcomed Iran's agreement with China" does).
                if (target.is_empty() || place) && t.governor.is_none() {
                    if let Some((g, intro)) =
                        object_after(s, v + 1, v + 1, false, target_preps, trigs)
                    {
                        target = actors_of(&g);
                        target.retain(|a| !source.contains(a));
                        place = intro == wc::LOC;
                    }
                }
            }
        }
        if source.is_empty() {
            // The noun as the object of a light verb ("X held talks", "X
            // imposed a curfew") shares the clause's subject; a noun inside a
            // prepositional phrase ("a climate for peace talks") does not.
            // "carried out air and sea strikes": over coordinated modifiers.
            let coordinated_modifier =
                |k: usize| k > floor + 1 && s.f(k - 1) & wc::CONJ != 0 && s.is_modifier_word(k - 2);
            let mut k = t.ta;
            while k > floor
                && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                    || s.is_modifier_word(k - 1)
                    || s.mention_at(k - 1).is_some()
                    || s.is_possessive(k - 1)
                    || coordinated_modifier(k))
            {
                k -= 1;
            }
            let in_pp = k > floor && s.f(k - 1) & PREPS != 0;
            // Only a support verb hands its subject to the noun ("X held
            // talks", "X imposed a curfew"); "Zarif called the killing an act
            // of terrorism" does not make Zarif the killer.
            let after_light = k > floor && s.f(k - 1) & wc::LIGHT != 0;
            let at_content_start = matches!(ctx.content_start, Some(cs) if k <= cs);
            // "Kanaani said the attacks would only fuel insecurity": a
            // speaker who comments on a hostile act named with a definite
            // article is not thereby its doer (a cooperative one, "Kerry
            // said the agreement would make the world safer", is nearly
            // always the speaker's own).
            let comment_on_hostile_act = at_content_start
                && !after_light
                && hostile(t.event_type)
                && commented_definite_subject(s, t.ta, t.tend);
            // "Takaichi said an attack on Taiwan could threaten Japan",
            // "warned that any strike on Iran would trigger a war": a
            // possible hostile act the reported clause is about is no act
            // of the speaker's.
            let hypothetical_subject = at_content_start
                && !after_light
                && hostile(t.event_type)
                && hypothetical_event_subject(s, trigs, t.event_type, t.ta, t.tend, k);
            // "Kobakhidze denied the allegations": the accusation a speaker
            // denies is made against him, never by him.
            let denied_accusation = at_content_start
                && !after_light
                && t.event_type == EventType::Accuse
                && claim.is_some_and(|c| c.stance == Stance::Deny);
            // "Trump called the accord historic", "Machado called the
            // arrests a desperate act": a definite event noun after a verb
            // that names or judges it is the speaker's topic, not the
            // speaker's act ("called a ceasefire" stays the caller's).
            // (The verb may be the cue just before the content's start.)
            let evaluated = k > 0
                && s.names(k - 1, wc::EVALUATE)
                && (k..t.ta).any(|j| is_definite_determiner(s, j));
            // "The Russian Defense Ministry confirmed attacks on airfields":
            // a hostile act that a speaker confirms or records, aimed at no
            // one else, is reported by the speaker, not done by it (its own
            // side is mostly the one hit). "confirmed strikes on Hezbollah
            // targets" names another target and stays the speaker's act.
            let witnessed_hostile_act = at_content_start
                && !after_light
                && hostile(t.event_type)
                && k > 0
                && s.in_cold(k - 1, wc::WITNESS)
                && (target.is_empty() || ctx.claim_speaker.is_some_and(|a| target.contains(&a)));
            // The receiver of the noun's act is its target (above), never
            // its doer.
            if !in_pp
                && !witnessed_hostile_act
                && converse_verb.is_none()
                && (after_light || at_content_start)
                && !comment_on_hostile_act
                && !hypothetical_subject
                && !denied_accusation
                && !evaluated
            {
                // "Italy announced a suspension of links": the reported noun
                // phrase is the speaker's own act.
                match (ctx.claim_speaker, ctx.content_start) {
                    (Some(speaker), Some(cs)) if k <= cs => {
                        source = vec![speaker];
                        // "Iranian officials told U.S. media that direct talks
                        // may follow": talks with the audience.
                        if target.is_empty()
                            && matches!(
                                t.event_type,
                                EventType::Consult | EventType::Agree | EventType::Cooperate
                            )
                        {
                            if let Some(c) = claim {
                                let (a, b) = (tok_index(c.cue.end), tok_index(c.content.start));
                                if let Some(m) =
                                    (a..b.min(n)).find_map(|x| s.mention_starting_at(x))
                                {
                                    if m.actor != speaker {
                                        target = vec![m.actor];
                                    }
                                }
                            }
                        }
                    }
                    _ if k > 0 => source = subject(k - 1),
                    _ => {}
                }
                source.retain(|a| !target.contains(a));
            }
            // "Erdogan raised the issue in a phone call with Putin",
            // "breached the rules during a call with Hun Sen": a meeting
            // or call with someone that frames the clause's act is held by
            // the clause's subject (the doer of its active verb, when that
            // verb is an event).
            let framing_meeting = in_pp
                && k > floor + 1
                && t.event_type == EventType::Consult
                && !target.is_empty()
                && !place
                && s.is(t.tend, "with")
                && s.in_cold(k - 1, wc::FRAME_PREP);
            if framing_meeting && source.is_empty() {
                let same_clause = |p: &Trig| {
                    (p.tend..k - 1).all(|x| {
                        s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0
                            && !s.hard_stop(x)
                            && !s.punct(x, ",")
                    })
                };
                let clause_verb = trigs[..i].iter().rev().find(|p| p.is_verb() && p.tend < k);
                source = match clause_verb {
                    Some(p) if same_clause(p) && !p.passive() => p.source.clone(),
                    Some(_) => Vec::new(),
                    None => subject(k - 1),
                };
                source.retain(|a| !target.contains(a));
            }
        }
        // "reiterated its demand today that Israel ease restrictions": the
        // that-clause's subject, as for the verb.
        if (target.is_empty() || place) && t.governing() {
            let mut k = t.tend;
            while k < n && s.f(k) & wc::SKIP != 0 {
                k += 1;
            }
            if k < n && s.f(k) & wc::THAT != 0 {
                if let Some(m) = s.mention_from(k + 1) {
                    let subj = actors_of(&s.group_right(m, n));
                    if subj != source {
                        target = subj;
                        place = false;
                    }
                }
            }
        }
        // "Iran was hit by U.S. sanctions", "Kyiv was rocked by Russian
        // strikes": a hostile noun as the agent of a passive that is no
        // event of its own is done to the passive's subject.
        if target.is_empty() && hostile(t.event_type) {
            let mut k = t.ta;
            while k > floor
                && (s.f(k - 1) & wc::DET != 0
                    || s.is_modifier_word(k - 1)
                    || s.mention_at(k - 1).is_some())
            {
                k -= 1;
            }
            // "was hit hard by", "was struck again by": one adverb may sit
            // between the participle and "by".
            let passive_at = |p: usize| s.trig_at(p).is_none() && s.f(p - 1) & wc::BE != 0;
            let mut participle = k.saturating_sub(2);
            if k >= floor + 4
                && !passive_at(participle)
                && (s.f(participle) & wc::SKIP != 0 || s.is_modifier_word(participle))
            {
                participle -= 1;
            }
            let passive_agent =
                k >= floor + 3 && s.f(k - 1) & wc::BY != 0 && passive_at(participle);
            if passive_agent {
                let patient = subject_at(participle);
                if !patient.iter().any(|a| source.contains(a)) {
                    target = patient;
                    place = false;
                }
            }
        }
        if (target.is_empty() || place) && t.event_type == EventType::Protest {
            let aim = protest_aim(s, t, trigs);
            if !aim.is_empty() {
                target = aim;
                target.retain(|a| !source.contains(a));
                place = false;
            }
        }
        return (source, target, place);
    }

    if t.passive() {
        let target = if t.voice == Voice::Reduced {
            // Only the noun the participle hangs on: "Hamas and Hezbollah,
            // armed by"; "a lunch hosted by" has none.
            let mut p = t.ta;
            // "directed and equipped by": over a coordinated participle.
            while p > floor + 1
                && s.f(p - 1) & wc::CONJ != 0
                && s.word(p - 2).ends_with("ed")
                && s.mention_at(p - 2).is_none()
            {
                p -= 2;
            }
            if p > floor && s.punct(p - 1, ",") {
                p -= 1;
            }
            match p.checked_sub(1).and_then(|q| s.mention_ending_at(q)) {
                Some(m) if p > floor => actors_of(&s.group_left(m, floor)),
                // "Soleimani, the commander killed in": the name the noun
                // stands in apposition to.
                _ => {
                    let mut q = p;
                    while q > floor
                        && (s.is_modifier_word(q - 1) || s.f(q - 1) & (wc::DET | wc::POSS) != 0)
                        && s.mention_at(q - 1).is_none()
                    {
                        q -= 1;
                    }
                    if q < p && q > floor + 1 && s.punct(q - 1, ",") {
                        s.mention_ending_at(q - 2)
                            .map(|m| vec![m.actor])
                            .unwrap_or_default()
                    } else {
                        Vec::new()
                    }
                }
            }
        } else {
            let target = subject(t.ta);
            if target.is_empty() {
                match subject_before_with(
                    s,
                    t.ta,
                    floor,
                    trigs,
                    wc::LOC | wc::OF | wc::FROM | wc::FOR,
                ) {
                    Subject::Found(g) => actors_of(&g),
                    _ => target,
                }
            } else {
                target
            }
        };
        let source = agent_after(s, t.tend, trigs)
            .map(|g| actors_of(&g))
            .unwrap_or_default();
        // "the army had been deployed to support the police": the force
        // that is deployed or mobilised is the side that mobilises (or the
        // one that deploys it, named after "by"); a purpose clause after it
        // names no target.
        if t.event_type == EventType::Mobilize && !target.is_empty() {
            let doer = if source.is_empty() { target } else { source };
            return (doer, Vec::new(), false);
        }
        // "was killed in Gaza": a place target when the subject is unknown.
        if target.is_empty() {
            let place = object_after(s, t.tend, t.tend, false, 0, trigs)
                .map(|(g, _)| actors_of(&g))
                .unwrap_or_default();
            let has = !place.is_empty();
            return (source, place, has);
        }
        return (source, target, false);
    }

    let source = subject(t.ta);
    // "operations against Hamas": a phrase ending in its preposition.
    let direct = t.pos != Pos::Phrase
        || (t.tb > 0 && s.f(t.tb - 1) & (wc::TPREP | wc::FOR | wc::FROM | wc::OF) != 0);
    // A gapped trigger ("rejected a U.S. request") may hold its target.
    let found = object_after(s, t.tb, t.tend, direct, target_preps, trigs);
    // "threatened Kurdish militants in northern Syria": a threat, demand or
    // meeting is aimed at people, and an object named by a word the actor
    // pass could not resolve is someone of its own; the place is only where
    // they are. Force still hits the place ("bombed Kurdish positions in
    // northern Iraq"), and a plain object keeps it ("set up a research
    // centre in Tokyo" is Japan's in the PLOVER gold).
    let found = found.filter(|(g, intro)| {
        let aimed_at_people = matches!(
            t.event_type,
            EventType::Threaten
                | EventType::Accuse
                | EventType::Request
                | EventType::Reject
                | EventType::Consult
                | EventType::Support
        );
        let named_object = |end: usize| {
            (t.tend..end).any(|k| {
                s.toks[k].kind == TokenKind::Word
                    && is_upper_start(s.word(k))
                    && s.mention_at(k).is_none()
                    && s.trig_at(k).is_none()
            })
        };
        !(*intro == wc::LOC && aimed_at_people && g.first().is_some_and(|m| named_object(m.a)))
    });
    // "began attacking ships in what they say is solidarity with the
    // Palestinians": a name in the phrase of a cooperative event noun after
    // a hostile act is that noun's partner, not the one attacked.
    let found = found.filter(|(g, _)| {
        !hostile(t.event_type)
            || !g.first().is_some_and(|m| {
                let (intro, at) = s.intro_of(m.a, t.tend);
                intro != 0
                    && at > t.tend
                    && s.trig_at(at - 1)
                        .is_some_and(|u| trigs[u].nominal && cooperative(trigs[u].event_type))
            })
    });
    // "accusing it of supplying the RSF with drones": an accusation's
    // pronoun object before "of" is the one accused, the nearest fitting
    // name before it other than the accuser.
    let found = found.or_else(|| {
        let object_pronoun = t.event_type == EventType::Accuse
            && t.is_verb()
            && t.tend + 1 < n
            && s.f(t.tend) & wc::PRON != 0
            && s.f(t.tend + 1) & wc::OF != 0;
        if !object_pronoun {
            return None;
        }
        let mut k = t.ta;
        while k > floor {
            k -= 1;
            if let Some(m) = s.mention_ending_at(k) {
                if !source.contains(&m.actor) {
                    return Some((vec![*m], 0));
                }
            }
        }
        None
    });
    // "condemned the strikes on Iran": a name after a hostile event noun in
    // the object of a condemnation is whom that act hit, not whom the
    // condemnation is aimed at (the act's doer, if named, is).
    let found = found.filter(|(g, intro)| {
        let victim_of_object = t.event_type == EventType::Accuse
            && *intro & (wc::TPREP | wc::VPREP) != 0
            && g.first().is_some_and(|m| {
                (t.tend..m.a).any(|k| {
                    s.trig_at(k)
                        .and_then(|u| trigs.get(u))
                        .is_some_and(|u| u.nominal && hostile(u.event_type))
                })
            });
        !victim_of_object
    });
    let mut loc_only = found.as_ref().is_some_and(|(_, intro)| *intro == wc::LOC);
    // "filed a complaint with the WTO against China", "lodged a protest
    // with the UN over": an accusation made "with" a forum is made to it,
    // as one made "to" it.
    let lodged_with = |g: &[M]| {
        t.event_type == EventType::Accuse
            && g.first().is_some_and(|m| {
                let (_, at) = s.intro_of(m.a, t.tend.saturating_sub(1));
                at >= t.tend && at < m.a && s.is(at, "with")
            })
    };
    let addressee = found
        .as_ref()
        .filter(|(g, intro)| intro & wc::TO != 0 || lodged_with(g))
        .and_then(|(g, _)| g.last().map(|m| m.b));
    let mut target = found.map(|(g, _)| actors_of(&g)).unwrap_or_default();
    // "hosted a meeting between Israel and the PLO", "host talks between":
    // a meeting or accord is with both sides of its "between" phrase.
    if matches!(
        t.event_type,
        EventType::Consult | EventType::Agree | EventType::Cooperate
    ) {
        let b = if s.is(t.tend, "between") {
            Some(t.tend + 1)
        } else if t.tend > t.ta && s.is(t.tend - 1, "between") {
            Some(t.tend)
        } else {
            None
        };
        if let Some(sides) = b.map(|b| between_sides(s, b, trigs)) {
            if !sides.is_empty() {
                target = sides;
                loc_only = false;
            }
        }
    }
    // "Macron and Merz met in Berlin", "Armenia and Azerbaijan signed the
    // agreement in Washington": a meeting or accord of the subject's
    // members with no object is among them; the place is only where it was.
    // A support act counts only with the object its row names ("signed ...
    // agreement"): "Britain and France praised the deal in Paris" is no
    // praise of each other.
    let among_themselves = match t.event_type {
        EventType::Consult | EventType::Agree | EventType::Cooperate => true,
        EventType::Support => t.tend > t.tb,
        _ => false,
    };
    if among_themselves && loc_only && source.len() > 1 {
        target = source.clone();
        loc_only = false;
    }
    // "complained to the United Nations over Israeli air raids": an
    // accusation's target is whom it is about, not whom it is made to.
    if let Some(after) = addressee.filter(|_| t.event_type == EventType::Accuse) {
        let about = (after..n.min(after + OBJECT_WINDOW))
            .take_while(|&k| !s.hard_stop(k) && s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) == 0)
            .filter(|&k| s.f(k) & (wc::TPREP | wc::VPREP | wc::PREP) != 0 && s.f(k) & wc::TO == 0)
            .find_map(|k| s.mention_after_np_words(k + 1, n));
        if let Some(m) = about {
            target = actors_of(&s.group_right(m, n));
        }
    }
    // "demanded (Friday) that Hamas renounce": the that-clause's subject.
    if (target.is_empty() || loc_only) && t.governing() {
        let mut k = t.tend;
        while k < n && s.f(k) & wc::SKIP != 0 {
            k += 1;
        }
        if s.f(k) & wc::THAT != 0 {
            if let Some(m) = s.mention_from(k + 1) {
                let group = s.group_right(m, n);
                let subj = actors_of(&group);
                // "Katz warned that Israel would strike Iran": a threat
                // whose clause has the threatener's own side acting is
                // aimed at the object of that act, not at the own side.
                let own_side =
                    t.event_type == EventType::Threaten && same_side(ctx.actors, &subj, &source);
                if own_side {
                    let after = group.last().map_or(k + 1, |g| g.b);
                    if let Some(aim) = threatened_act_object(s, trigs, after) {
                        target = aim;
                    }
                } else if subj != source {
                    target = subj;
                }
            }
        }
    }
    // A threat is conditional on its target: "... unless Israel withdraws".
    if (target.is_empty() || loc_only) && t.event_type == EventType::Threaten {
        if let Some(k) = (t.tend..n).find(|&k| s.in_cold(k, wc::THREAT_CONDITION)) {
            if let Some(m) = s.mention_from(k + 1) {
                target = actors_of(&s.group_right(m, n));
            }
        }
    }
    // "blocked streets in Hong Kong in defiance of Chinese authorities".
    if (target.is_empty() || loc_only) && t.event_type == EventType::Protest {
        let aim = protest_aim(s, t, trigs);
        if !aim.is_empty() {
            target = aim;
            loc_only = false;
        }
    }
    if target.is_empty() && t.class == Class::Direct {
        // "demanded an admission by Moscow": the agent inside the object.
        if let Some(g) = agent_after(s, t.tend, trigs) {
            target = actors_of(&g);
        }
    }
    // A response is aimed at whoever asked: "rejected calls by Kofi Annan",
    // "accepted demands from the rebels", "dismissed an appeal from X".
    if (target.is_empty() || loc_only)
        && matches!(t.event_type, EventType::Reject | EventType::Concede)
    {
        if let Some(g) = agent_after_any(s, t.tend, trigs, wc::BY | wc::FROM) {
            target = actors_of(&g);
        }
    }
    // "Hezbollah declared a unilateral ceasefire in south Lebanon": a
    // withdrawal, truce or resignation at home is aimed at no one; the
    // place of the doer's own state is only where it happened.
    if loc_only && t.event_type == EventType::Retreat && same_side(ctx.actors, &target, &source) {
        target.clear();
        loc_only = false;
    }
    // "Hamas, which the US designated a terrorist organization", "Pakistan,
    // which India blames for the attack": an object relative clause's verb
    // is done to its antecedent.
    if (target.is_empty() || loc_only) && t.is_verb() {
        if let Some(g) = object_relative_antecedent(s, t.ta, floor) {
            let antecedent: Vec<usize> = actors_of(&g)
                .into_iter()
                .filter(|a| !source.contains(a))
                .collect();
            if !antecedent.is_empty() {
                target = antecedent;
                loc_only = false;
            }
        }
    }
    target.retain(|a| !source.contains(a) || source.len() > 1);
    (source, target, loc_only)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_text::normalize;

    /// A clause-analysis buffer over the tokens of `layer` (no mentions,
    /// triggers or word classes).
    fn bare_sent(layer: &TextLayer) -> Sent<'_> {
        Sent {
            text: &layer.text,
            toks: &layer.tokens,
            lex: None,
            flags: vec![0; layer.tokens.len()],
            looked: vec![Looked::Skipped; layer.tokens.len()],
            ment_of: vec![NONE; layer.tokens.len()],
            ments: Vec::new(),
            qualifiers: Vec::new(),
            trig_of: vec![NONE; layer.tokens.len()],
            trig_verb: Vec::new(),
            ruled_out_verbs: Vec::new(),
            hit_starts: Vec::new(),
        }
    }

    /// `Sent::back_over_at_most` stops where the bounded loops it replaced
    /// stopped: at the floor, after `limit` tokens, or at the first token
    /// the test refuses.
    #[test]
    fn bounded_back_walk_is_the_counted_loop() {
        let layer = TextLayer::new(normalize("a b c d e f g h i j"));
        let s = bare_sent(&layer);
        for at in 0..=s.n() {
            for floor in 0..=at {
                for limit in 0..6 {
                    for stop in [None, Some(0), Some(3), Some(7)] {
                        let over = |j: usize| Some(j) != stop;
                        let (mut k, mut steps) = (at, 0);
                        while k > floor && steps < limit && over(k - 1) {
                            k -= 1;
                            steps += 1;
                        }
                        assert_eq!(s.back_over_at_most(at, floor, limit, over), k);
                    }
                }
            }
        }
    }

    /// `Sent::is` (lengths, then bytes) answers as the comparison of the
    /// token's text it replaced: ASCII case aside, whole tokens only,
    /// apostrophes, hyphens, non-ASCII letters, and no token past the end.
    #[test]
    fn word_test_is_the_case_blind_text_comparison() {
        let layer = TextLayer::new(normalize(
            "UNTIL Iran's self-defence, Élysée officials wouldn't go — till then.",
        ));
        let s = bare_sent(&layer);
        let words = [
            "until",
            "Until",
            "UNTIL",
            "unti",
            "untill",
            "iran",
            "'s",
            "s",
            "self-defence",
            "self",
            "élysée",
            "Élysée",
            "ÉLYSÉE",
            "wouldn't",
            "would",
            "—",
            "-",
            "till",
            ".",
            "",
        ];
        for i in 0..s.n() + 2 {
            for w in words {
                let expected = s.word(i).eq_ignore_ascii_case(w) && i < s.n();
                assert_eq!(s.is(i, w), expected, "token {i} {:?} vs {w:?}", s.word(i));
            }
        }
        assert!(s.is(0, "until") && s.is(2, "'S") && !s.is(s.n(), ""));
    }

    /// The lane test for "-" answers as the byte scan does for every word
    /// length, every place of the hyphen, words near the end of the text
    /// (the scan's path), non-ASCII bytes (0xad is "-" with the high bit
    /// set) and a "-" just past the word's end.
    #[test]
    fn hyphen_lanes_agree_with_the_byte_scan() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for len in 0..=20usize {
            cases.push(vec![b'a'; len]);
            for at in 0..len {
                let mut w = vec![b'a'; len];
                w[at] = b'-';
                cases.push(w);
                let mut w = vec![b'a'; len];
                w[at] = 0xad;
                cases.push(w);
                let mut w = vec![0x2c; len];
                w[at] = 0x2e;
                cases.push(w);
            }
        }
        for word in &cases {
            for pad in [0usize, 3, 16] {
                // The word, then "-" and more text after it.
                let mut text = word.clone();
                text.push(b'-');
                text.extend(std::iter::repeat_n(b'x', pad));
                let want = has_hyphen(word);
                assert_eq!(
                    has_hyphen_at(&text, 0, word.len()),
                    want,
                    "{word:?} pad {pad}"
                );
                let mut shifted = vec![b'-'];
                shifted.extend_from_slice(&text);
                assert_eq!(
                    has_hyphen_at(&shifted, 1, word.len() + 1),
                    want,
                    "{word:?} shifted, pad {pad}"
                );
            }
        }
        assert!(!has_hyphen_at(b"ab", 2, 1));
    }

    /// The word counts the clause analysis takes on its pass over the
    /// tokens are those the domain gate would count on its own: domain words
    /// looked up, capitalized inside a sentence (not looked up), in a
    /// headline, with non-ASCII letters, and outside any trigger.
    #[test]
    fn domain_words_are_counted_as_the_gate_counts_them() {
        let lex = EventLexicon::builtin().unwrap();
        let filter = lex.filter();
        let some_domain_word = filter.domain_words().next().unwrap().to_string();
        let mut title = some_domain_word.clone();
        title[..1].make_ascii_uppercase();
        let texts = [
            format!("The {some_domain_word} was attacked by fans. A {title} protest followed."),
            format!("{} WINS AGAIN\n\nThe {title} and the {some_domain_word}s met.", some_domain_word.to_uppercase()),
            format!("Pétanque {some_domain_word} at the Élysée: \"{title}!\" they said — {some_domain_word}."),
            String::from("No sport here: ministers met in Brussels to discuss sanctions."),
        ];
        let mut domain_seen = 0;
        for text in texts {
            let layer = TextLayer::new(normalize(&text));
            let (_, counted, _) = run(&layer, &DocActors::default(), &[], &lex);
            let direct = filter.domain_count(&layer);
            assert_eq!(counted, direct, "{text}");
            domain_seen += direct.domain;
        }
        assert!(domain_seen >= 6, "{domain_seen}");
    }
}
