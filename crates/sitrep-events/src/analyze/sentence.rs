//! Queries over one sentence's tokens and actor mentions (`impl Sent`):
//! words and word classes by token, punctuation and clause stops, the
//! mention or trigger at a token, and the mention groups left and right of
//! a position ("Hamas and Hezbollah"). Every other module asks these; they
//! are kept apart so that the rules read as rules, not as token arithmetic.

use super::words::{has_hyphen, is_upper_start};
use super::{Looked, Sent, M, NONE, OBJECT_WINDOW, PREPS};
use crate::lanes::WordLanes;
use crate::lexicon::{wc, WordInfo};
use sitrep_actors::MentionHow;
use sitrep_kb::AliasKind;
use sitrep_text::title_case::{starts_with_capital, starts_with_small_letter};
use sitrep_text::TokenKind;

impl Sent<'_> {
    pub(super) fn n(&self) -> usize {
        self.toks.len()
    }

    /// The first token of the run of tokens ending just before `at` (and
    /// not reaching below `floor`) that all satisfy `over`: the one walk
    /// back over auxiliaries, adverbs, determiners or modifiers that the
    /// clause rules make, each with its own stop test.
    pub(super) fn back_over(
        &self,
        at: usize,
        floor: usize,
        mut over: impl FnMut(usize) -> bool,
    ) -> usize {
        let mut k = at;
        while k > floor && over(k - 1) {
            k -= 1;
        }
        k
    }

    /// [`Sent::back_over`] at most `limit` tokens: the walks over a short
    /// run of modifiers or auxiliaries that a rule bounds.
    pub(super) fn back_over_at_most(
        &self,
        at: usize,
        floor: usize,
        limit: usize,
        over: impl FnMut(usize) -> bool,
    ) -> usize {
        self.back_over(at, floor.max(at.saturating_sub(limit)), over)
    }

    /// [`Sent::back_over`] tokens of any of the word classes `classes`.
    pub(super) fn back_over_classes(&self, at: usize, floor: usize, classes: wc::Classes) -> usize {
        self.back_over(at, floor, |j| self.f(j) & classes != 0)
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// Whether token `i` is a word of one of the listed classes `class`
    /// ([`wc::listed`]: `wc::listed::STANCE` for "stance"), ASCII case
    /// aside as [`Sent::is`] compares; never with no lexicon (the
    /// token-walk unit tests).
    pub(super) fn is_listed(&self, i: usize, class: wc::Listed) -> bool {
        match (self.lex, self.toks.get(i)) {
            (Some(lex), Some(t)) => lex.is_token_listed(t.text(self.text), class),
            _ => false,
        }
    }

    /// Whether the event noun whose trigger starts at token `ta` is the act
    /// another party's act answers: its phrase (determiners, possessives,
    /// modifiers, names, at most six words) follows an `answer_word` and its
    /// "for" or "to" ("retaliated for the attack on Haifa", "in response to
    /// the strikes"), or follows one right away when the phrase opens with a
    /// determiner or possessive ("avenge the killing": "launched retaliation
    /// strikes" names the answering act itself).
    pub(super) fn answered_act(&self, ta: usize) -> bool {
        let answer_word = |j: usize| self.is_listed(j, wc::listed::ANSWER_WORD);
        // (An answer word is a plain word, no modifier of the phrase.)
        let k = self.back_over_at_most(ta, 0, 6, |j| {
            self.f(j) & (wc::DET | wc::POSS) != 0
                || (self.is_modifier_word(j) && !answer_word(j))
                || self.mention_at(j).is_some()
                || self.is_possessive(j)
        });
        match k {
            0 => false,
            _ if self.f(k - 1) & (wc::FOR | wc::TO) != 0 => k >= 2 && answer_word(k - 2),
            _ => k < ta && self.f(k) & (wc::DET | wc::POSS) != 0 && answer_word(k - 1),
        }
    }

    /// The answer verb whose "with" phrase the token `with` opens ("Russia
    /// responded with missile strikes", "responded to the attack with
    /// strikes on Kyiv"): an answer word right before it, or one before a
    /// "to" or "for" phrase of the act answered, within a few words and no
    /// clause break. The act in that phrase is the answer, its doer the
    /// verb's subject.
    pub(super) fn answering_with(&self, with: usize) -> Option<usize> {
        const ANSWERED_PHRASE_WORDS: usize = 8;
        if !self.is(with, "with") || with == 0 {
            return None;
        }
        let answer_word = |j: usize| self.is_listed(j, wc::listed::ANSWER_WORD);
        if answer_word(with - 1) {
            return Some(with - 1);
        }
        let from = with.saturating_sub(ANSWERED_PHRASE_WORDS + 1);
        let mut j = with - 1;
        while j > from {
            if self.is_punct(j) || self.hard_stop(j) || self.f(j) & (wc::THAT | wc::REL) != 0 {
                return None;
            }
            if self.f(j) & (wc::FOR | wc::TO) != 0 && answer_word(j - 1) {
                return Some(j - 1);
            }
            j -= 1;
        }
        None
    }

    /// The answer verb whose "with" phrase holds the event noun at `ta`
    /// ([`Sent::answering_with`]), over the noun's determiner, modifiers
    /// and names ("with new missile strikes").
    pub(super) fn answer_with_phrase(&self, ta: usize) -> Option<usize> {
        let k = self.back_over_at_most(ta, 0, 4, |j| {
            self.f(j) & (wc::DET | wc::POSS) != 0
                || self.is_modifier_word(j)
                || self.mention_at(j).is_some()
        });
        k.checked_sub(1).and_then(|w| self.answering_with(w))
    }

    /// Whether token `i` is a noun of people or a body ("the government",
    /// "eight candidates", "the rebels", "leaders", a `party_noun`: "the
    /// opposition", "the separatists", "leader").
    pub(super) fn names_people(&self, i: usize) -> bool {
        let people = wc::CROWD | wc::ATTACKER | wc::ENTOURAGE | wc::SET_NOUN;
        self.names(i, people)
            || self.in_rare(i, wc::PERSON_SET)
            || self.is_listed(i, wc::listed::PARTY_NOUN)
    }

    /// Whether token `i` is the word `w`, ASCII case aside. The rules ask
    /// this of every token a walk passes ("until", "would", "'s"), and
    /// nearly every token differs in length: the lengths are compared
    /// first, then the bytes, without slicing the text as a `str` (token
    /// offsets are char boundaries already). Inlined: the passes that ask
    /// it live in several modules.
    #[inline]
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.end.wrapping_sub(t.start) == w.len()
                && self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    /// The vocabulary entry of token `i`, ASCII case aside as [`Sent::is`]
    /// compares: a capitalized word inside a sentence, which the trigger
    /// search skips, is looked up here (numbers and punctuation, skipped
    /// too, have none: the rules ask this of them often).
    fn entry_any_case(&self, i: usize) -> Option<&WordInfo> {
        match self.looked.get(i) {
            Some(Looked::Known { info, .. }) => Some(info),
            Some(Looked::Skipped) if self.toks[i].kind == TokenKind::Word => {
                let lex = self.lex?;
                let t = &self.toks[i];
                // A short ASCII word is folded and looked up from two
                // loads, as the trigger search looks words up.
                match WordLanes::of(self.text.as_bytes(), t.start, t.end) {
                    Some(w) => w.get_in(&lex.vocab),
                    None => lex.lookup(t.text(self.text), &mut String::new()),
                }
            }
            Some(Looked::Unknown { .. } | Looked::Skipped) | None => None,
        }
    }

    /// Whether token `i` is of a cold class (one of `class`, see
    /// [`wc::Cold`]), any case ([`Sent::entry_any_case`]).
    pub(super) fn in_cold(&self, i: usize, class: wc::Cold) -> bool {
        self.entry_any_case(i)
            .is_some_and(|info| info.cold & class != 0)
    }

    /// Whether token `i` is of a class of the third set (one of `class`,
    /// see [`wc::Rare`]), any case ([`Sent::entry_any_case`]).
    pub(super) fn in_rare(&self, i: usize, class: wc::Rare) -> bool {
        self.entry_any_case(i)
            .is_some_and(|info| info.rare & class != 0)
    }

    /// Whether token `i` is of the noun class `class` (one of
    /// [`wc::NOUN_MEANING`]) in any case: unlike [`Sent::names`], a
    /// capitalized word inside a sentence ("700 Marines", "the National
    /// Guard"), which the trigger search skips and so flags with no class,
    /// is looked up ([`Sent::entry_any_case`]).
    pub(super) fn names_any_case(&self, i: usize, class: wc::Classes) -> bool {
        self.names(i, class)
            || self
                .entry_any_case(i)
                .is_some_and(|info| info.classes & class != 0)
    }

    pub(super) fn f(&self, i: usize) -> wc::Classes {
        self.flags.get(i).copied().unwrap_or(0) & !wc::NOUN_MEANING
    }

    /// Whether token `i` is of the noun class `class` (one of
    /// [`wc::NOUN_MEANING`], which [`Sent::f`] leaves out).
    pub(super) fn names(&self, i: usize, class: wc::Classes) -> bool {
        self.flags.get(i).is_some_and(|f| f & class != 0)
    }

    /// Whether mention `m` names where something happened: a locative
    /// mention ("in Kirkuk", "in Iraq"), or a state's name after a region
    /// word or a compound adjective that follows a locative preposition ("in
    /// southern Iraq", "in neighbouring Syria", "in war-torn Yemen"), which
    /// the actor pass, looking one word back, reads as a plain name.
    pub(super) fn is_place(&self, m: &M) -> bool {
        m.how.is_locative()
            || (named_place(m)
                && m.a >= 2
                && self.describes_a_place(m.a - 1)
                && self.f(m.a - 2) & wc::LOC != 0)
            || self.region_of(m)
    }

    /// Whether token `i` is a word that can stand between a locative
    /// preposition and a state's name: a region word ("southern") or a
    /// lower-case hyphenated adjective ("war-torn", "rebel-held", "oil-rich");
    /// a plain word ("in opposing Iran") is not, it may be a verb.
    pub(super) fn describes_a_place(&self, i: usize) -> bool {
        self.names(i, wc::REGION)
            || (self.is_modifier_word(i) && has_hyphen(self.word(i).as_bytes()))
    }

    /// Whether mention `m` is a state's name in "in the north of Iraq",
    /// "near the east of Ukraine": a part of the state, so a place, though
    /// the phrase right before the name is "of".
    pub(super) fn region_of(&self, m: &M) -> bool {
        named_place(m)
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
    pub(super) fn heritage_adjective(&self, m: &M) -> bool {
        m.how == MentionHow::Alias(AliasKind::Adjective) && self.names(m.b, wc::HERITAGE)
    }

    /// Whether token `i` is the punctuation `p`. Argument searches ask this
    /// of every token they pass, so it compares bytes (token offsets are
    /// char boundaries already).
    pub(super) fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && self.text.as_bytes().get(t.start..t.end) == Some(p.as_bytes())
        })
    }

    /// Whether token `i` reads as an adverb by its "-ly" ending ("heavily
    /// armed", "to quickly withdraw"): the cheap test the rules use where
    /// no word class says more.
    pub(super) fn is_ly_adverb(&self, i: usize) -> bool {
        self.word(i).ends_with("ly")
    }

    /// A possessive marker at token `i`: "'s" ("Hamas's attack"), or the
    /// bare apostrophe of a plural possessive ("the Houthis' attack"): one
    /// glued to a word ending in "s" and followed, after a space, by a word.
    /// A closing single quote ("called them 'terrorists' and") is not one:
    /// an opening quote stands earlier in the sentence.
    pub(super) fn is_possessive(&self, i: usize) -> bool {
        // Both forms start with an apostrophe: one byte rules out nearly
        // every token (the trigger rules ask this of the word before each
        // trigger).
        let starts_with_apostrophe = self
            .toks
            .get(i)
            .is_some_and(|t| self.text.as_bytes().get(t.start) == Some(&b'\''));
        if !starts_with_apostrophe {
            return false;
        }
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
    pub(super) fn opening_quote_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            self.punct(k, "'")
                && (k == 0 || self.toks[k - 1].end < self.toks[k].start)
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.start == self.toks[k].end)
        })
    }

    pub(super) fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// A quotation mark or bracket: punctuation that encloses words
    /// rather than separating clauses.
    pub(super) fn is_quote_or_bracket(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(
                    self.text.as_bytes().get(t.start..t.end),
                    Some(b"\"" | b"'" | b"(" | b")" | b"[" | b"]")
                )
        })
    }

    /// A token that ends a clause for argument search.
    pub(super) fn hard_stop(&self, i: usize) -> bool {
        self.punct(i, ";") || self.punct(i, ":") || self.punct(i, "—")
    }

    pub(super) fn trig_is_verb(&self, t: usize) -> bool {
        self.trig_verb.get(t).copied().unwrap_or(false)
    }

    /// Whether a verb trigger heads at `i`.
    pub(super) fn trig_verb_at(&self, i: usize) -> bool {
        self.trig_at(i).is_some_and(|t| self.trig_is_verb(t))
    }

    pub(super) fn trig_at(&self, i: usize) -> Option<usize> {
        match self.trig_of.get(i) {
            Some(&t) if t != NONE => Some(t as usize),
            _ => None,
        }
    }

    /// The actor named by the qualifying word at token `i` ("Iran-backed").
    pub(super) fn qualifier_at(&self, i: usize) -> Option<usize> {
        self.qualifiers.iter().find(|q| q.0 == i).map(|q| q.1)
    }

    pub(super) fn mention_at(&self, i: usize) -> Option<&M> {
        match self.ment_of.get(i) {
            Some(&m) if m != NONE => self.ments.get(m as usize),
            _ => None,
        }
    }

    /// The mention whose last token is `i`.
    pub(super) fn mention_ending_at(&self, i: usize) -> Option<&M> {
        self.mention_at(i).filter(|m| m.b == i + 1)
    }

    /// The first mention at or after `q` over determiners ("the Kremlin",
    /// "the Democratic People's Republic of Korea").
    pub(super) fn mention_from(&self, mut q: usize) -> Option<&M> {
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
    pub(super) fn mention_starting_at(&self, i: usize) -> Option<&M> {
        self.mention_at(i).filter(|m| m.a == i)
    }

    /// Whether token `i` can stand inside a noun phrase around a name: a
    /// determiner or possessive ("the", "its"), a plain modifier, a mention
    /// or a possessive marker ("Moscow's new sanctions").
    pub(super) fn is_np_word(&self, i: usize) -> bool {
        self.f(i) & (wc::DET | wc::POSS) != 0
            || self.mention_at(i).is_some()
            || self.is_modifier_word(i)
            || self.is_possessive(i)
    }

    /// The actors of the other names in the hyphenated word that mention
    /// `m` ends ("US" of "US-China"), in text order: one word of two
    /// names joined by a hyphen coordinates them.
    pub(super) fn hyphen_partners(&self, m: &M) -> Vec<usize> {
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
    pub(super) fn month_before_number(&self, k: usize) -> bool {
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
    pub(super) fn infinitive_before(&self, to: usize, m: &M) -> bool {
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
    pub(super) fn mention_after_np_words(&self, i: usize, end: usize) -> Option<&M> {
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
    pub(super) fn is_modifier_word(&self, i: usize) -> bool {
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
            && {
                // "the Kurdish-led forces": a hyphenated qualifier ending
                // in a lowercase word is a modifier too.
                // The tail is looked for only when the word itself is not
                // lower case (most words asked are).
                let w = t.text(self.text);
                w.starts_with(|c: char| c.is_lowercase()) || {
                    // (A byte search: `rsplit`'s `char` searcher cost more
                    // to set up than a word takes to read.)
                    let tail = w
                        .bytes()
                        .rposition(|b| b == b'-')
                        .map_or(w, |p| &w[p + 1..]);
                    tail.len() < w.len() && tail.starts_with(|c: char| c.is_lowercase())
                }
            }
    }

    /// Whether the preposition at `k` qualifies a number rather than
    /// introducing a phrase: "up to 100 Albanians", "about 300 protesters",
    /// "at least 20 soldiers".
    pub(super) fn approximates(&self, k: usize) -> bool {
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
        // "at least 20 soldiers" (the bound word in lower case); "at least
        // one Kenyan officer", "at least two": a quantifier word as well.
        self.in_cold(k, wc::RANGE_AT)
            && self.in_cold(k + 1, wc::RANGE_WORD)
            && self
                .word(k + 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && (next_is_number(k + 2) || self.f(k + 2) & wc::DET != 0)
    }

    /// The preposition introducing a noun phrase that starts at `a`,
    /// looking back over determiners and modifiers but not to `floor` or
    /// before it. Looks through "of" to an outer preposition ("with leaders
    /// of Romania" → "with"). Returns its word-class bits and position, or
    /// 0 when nothing introduces it.
    pub(super) fn intro_of(&self, a: usize, floor: usize) -> (wc::Classes, usize) {
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
            // "According to reports the UK is pushing": an article after a
            // plural noun opens a noun phrase of its own (no article follows
            // a noun inside its phrase), so the preposition before the
            // plural is not this mention's (events78).
            let article = wc::DEFINITE | wc::INDEFINITE | wc::INDEF_ARTICLE;
            if k + 1 < a
                && self.in_cold(k + 1, article)
                && self.is_modifier_word(k)
                && self.mention_at(k).is_none()
                && self.toks[k].kind == TokenKind::Word
                && self.word(k).len() > 3
                && self.word(k).ends_with('s')
                && found.0 == 0
            {
                break;
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
    pub(super) fn object_of_verb(&self, a: usize) -> bool {
        let mut p = a;
        while p > 0 && self.f(p - 1) & (wc::DET | wc::POSS) != 0 {
            p -= 1;
        }
        p > 0 && self.trig_verb_at(p - 1)
    }

    /// Whether a verb trigger follows token `b` (over auxiliaries, negation
    /// and adverbs): the words before `b` are its subject.
    pub(super) fn verb_follows(&self, b: usize) -> bool {
        let mut k = b;
        while k < self.n() && self.f(k) & (wc::AUX | wc::BE | wc::HAVE | wc::NEG | wc::SKIP) != 0 {
            k += 1;
        }
        k < self.n() && self.trig_verb_at(k)
    }

    /// The last token of the list item before the item that starts at `k`
    /// ("Japan" for "Canada" in "Europe, Japan, Canada and Mexico"): back
    /// over determiners, then over one or two links ("and", "or", a comma,
    /// ", and"). `None` when no link stands there or it reaches `floor`.
    pub(super) fn list_item_before(&self, k: usize, floor: usize) -> Option<usize> {
        let mut q = self.back_over_classes(k, floor, wc::DET);
        let mut links = 0;
        while q > floor && links < 2 && (self.f(q - 1) & wc::CONJ != 0 || self.punct(q - 1, ",")) {
            q -= 1;
            links += 1;
        }
        (links > 0 && q > floor).then(|| q - 1)
    }

    /// Whether token `k` is a capitalised word that is no trigger: a name
    /// the actor pass may have left unresolved ("Europe" in "Europe, Japan
    /// and Canada").
    pub(super) fn unresolved_name_at(&self, k: usize) -> bool {
        self.toks[k].kind == TokenKind::Word
            && is_upper_start(self.word(k))
            && self.trig_at(k).is_none()
    }

    /// The first token of a person-shaped name the actor pass left
    /// unresolved that is the subject right before token `at` (over
    /// auxiliaries, negation and skipped words): "Jim Harlow criticized",
    /// "Later, Harlow urged". Its words are capitalised, no mention, no
    /// trigger and of no word class; one word alone opening the sentence
    /// may be any word ("Critics urged"), one after a preposition is its
    /// object, and one after a determiner names a body or a thing ("The
    /// Rhcp offered"), so none of these counts.
    pub(super) fn unresolved_person_name_before(&self, at: usize) -> Option<usize> {
        // In a headline every content word is capitalised ("Stealth Over
        // Health: Clinton Was Headed to ER"): a run of them says nothing of
        // a person.
        if self.is_title_case() {
            return None;
        }
        let name_word =
            |x: usize| self.unresolved_name_at(x) && self.f(x) == 0 && self.mention_at(x).is_none();
        let k = self.back_over_classes(at, 0, wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG);
        let last = k.checked_sub(1).filter(|&x| name_word(x))?;
        let mut first = last;
        while first > 0 && name_word(first - 1) {
            first -= 1;
        }
        let not_a_subject = first > 0 && self.f(first - 1) & (PREPS | wc::DET) != 0;
        ((last > first || first > 0) && !not_a_subject).then_some(first)
    }

    /// Whether the sentence is set in title case, as a headline is: at
    /// least three capitalised words, more capitalised words than lower-case
    /// ones, no lower-case word longer than four letters ("Clinton Was
    /// Headed to ER But Diverted to Avoid Bad Optics"; short function words
    /// stay lower case) and no closing full stop, which a headline drops
    /// ("Putin and Xi met on Friday." and "Ahmed Salem, 34, was shot dead in
    /// Gaza." are running text). A sentence's test, unlike the claims' and
    /// actors' tests of a line: see `sitrep_text::title_case`.
    pub(super) fn is_title_case(&self) -> bool {
        let ends_with_full_stop = (0..self.n())
            .rev()
            .find(|&i| !self.is_quote_or_bracket(i))
            .is_some_and(|last| self.punct(last, "."));
        if ends_with_full_stop {
            return false;
        }
        let (mut capitalised, mut lower_case) = (0, 0);
        for (i, t) in self.toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = self.word(i);
            if starts_with_small_letter(w) {
                if w.len() > 4 {
                    return false;
                }
                lower_case += 1;
            } else if starts_with_capital(w) {
                capitalised += 1;
            }
        }
        capitalised >= 3 && capitalised > lower_case
    }

    /// The call verb ("called", "phoned") right before the object whose
    /// last token is just before `to`, the infinitive marker of "called
    /// Aoun to congratulate him" (over the object's coordination and
    /// determiners). `None` when the word there is no call verb, as in
    /// "called on Aoun to resign", or stands before `floor`.
    pub(super) fn call_verb_before_object(&self, to: usize, floor: usize) -> Option<usize> {
        let callee = self.mention_ending_at(to.checked_sub(1)?)?;
        let first = self
            .group_left(callee, floor)
            .first()
            .map_or(callee.a, |m| m.a);
        let verb = self
            .back_over_classes(first, floor, wc::DET)
            .checked_sub(1)?;
        (verb >= floor && self.in_rare(verb, wc::CALL_VERB)).then_some(verb)
    }

    /// Coordinated mentions ending with mention `m` ("Hamas and Hezbollah",
    /// "Bahrain, Canada and the Netherlands"), leftwards.
    pub(super) fn group_left(&self, m: &M, floor: usize) -> Vec<M> {
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
            // "President X and European Commission President Y agreed",
            // "X and Hamas leader Y": a name or plain words that only
            // modify the member ("European Commission", "chief") stand
            // between it and "and"; the member before "and" still joins.
            // (Not past the member's own determiner: "Pakistan left the
            // Qatar talks" has a verb before "the", no modifier.)
            if p == k && self.f(p - 1) & wc::CONJ == 0 {
                if let Some(mut q) = self.attributive_start(p, floor) {
                    while q > floor && self.f(q - 1) & wc::DET != 0 {
                        q -= 1;
                    }
                    if q > floor + 1 && self.f(q - 1) & wc::CONJ != 0 {
                        p = q;
                    }
                }
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

    /// Where the words that modify a member of a group right before it
    /// start: a name that qualifies it ("European Commission President Y",
    /// "Hamas leader Y") and plain lower-case words of no word class
    /// ("chief", "Tripoli-based"; not "still" or "believed", which end a
    /// clause's subject before its verb), over no punctuation, at most one
    /// name. `None` when nothing modifies it.
    fn attributive_start(&self, p: usize, floor: usize) -> Option<usize> {
        let mut q = p;
        let mut named = false;
        while q > floor && p - q < 6 {
            if let Some(m) = self.mention_ending_at(q - 1) {
                if named || self.is_possessive(q - 1) {
                    break;
                }
                named = true;
                q = m.a;
            } else if self.f(q - 1) == 0 && self.is_modifier_word(q - 1) {
                q -= 1;
            } else {
                break;
            }
        }
        (q < p).then_some(q)
    }

    /// The people noun a mention names the owner of ("two Mondlane aides",
    /// "Navalny's relatives"): the `entourage` word right after it, over a
    /// possessive marker.
    pub(super) fn entourage_after(&self, m: &M) -> Option<usize> {
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
    pub(super) fn apposed_names(&self, noun: usize) -> Vec<M> {
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
    pub(super) fn without_owners(&self, group: Vec<M>) -> Vec<M> {
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

    /// The name a possessive mention owns right after it ("Yemen's
    /// Houthis", "Lebanon's Hezbollah"): the owner only places the owned
    /// actor, which is the one a list or a "between" phrase names.
    pub(super) fn owned_name(&self, m: &M) -> Option<&M> {
        if self.is_possessive(m.b) {
            self.mention_starting_at(m.b + 1)
        } else {
            None
        }
    }

    /// Coordinated mentions starting with mention `m`, rightwards; comma
    /// links only count when the list ends in "and"/"or".
    pub(super) fn group_right(&self, m: &M, ceiling: usize) -> Vec<M> {
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
                    let next = self.owned_name(&next).copied().unwrap_or(next);
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

/// Whether mention `m` names a state or its capital by name ("Iraq",
/// "Beirut"): after a region word ("in eastern Beirut", "in the suburbs of
/// Damascus") such a name is a place, as it is right after "in" (where
/// the actors stage reads it as locative already).
fn named_place(m: &M) -> bool {
    matches!(
        m.how,
        MentionHow::Alias(AliasKind::Name | AliasKind::Metonym)
    )
}

#[cfg(test)]
mod tests {
    use super::super::{Looked, Sent, NONE};
    use sitrep_text::{normalize, TextLayer};

    /// A clause-analysis buffer over the tokens of `layer` (no mentions,
    /// triggers or word classes).
    fn bare_sent(layer: &TextLayer) -> Sent<'_> {
        Sent {
            text: &layer.text,
            datelines: &layer.datelines,
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

    /// The indefinite pronouns are lexicon rows: a `Sent` read with the
    /// built-in lexicon takes "someone" before a verb for one, a `Sent`
    /// built without a lexicon (the walk tests) knows no such pronoun, and
    /// "the one" stays a noun either way.
    #[test]
    fn no_lexicon_no_indefinite_pronoun() {
        use super::super::arguments::indefinite_pronoun_subject;
        let lex = crate::lexicon::EventLexicon::builtin().unwrap();
        let layer = TextLayer::new(normalize("someone fired at the one convoy"));
        let mut s = bare_sent(&layer);
        assert!(!indefinite_pronoun_subject(&s, 0, 1, 0));
        s.lex = Some(&lex);
        assert!(indefinite_pronoun_subject(&s, 0, 1, 0));
        s.flags[3] = crate::lexicon::wc::DET;
        assert!(!indefinite_pronoun_subject(&s, 4, 5, 0));
    }
}
