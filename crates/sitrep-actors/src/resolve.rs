//! The resolution pass: KB alias and role matches → mentions and actors.
//!
//! Cost is linear in the text: one scan for aliases and role phrases
//! together (the KB's trie), then a constant amount of work per match
//! (tokens found by offset through a per-document block table, matches by
//! binary search), one token scan for descriptors and one for surnames, and
//! a final sort.
//!
//! The passes' methods live in submodules by job (`impl Resolver` blocks):
//! - `senses`: senses of ambiguous names and demonyms
//! - `guards`: alias matches that are accidents of capitalization; alias mentions
//! - `roles`: role phrases: bounds, sectors, the mention a role makes
//! - `owners`: who a role belongs to and who holds an office
//! - `names`: person names beside role phrases
//! - `anaphora`: roles, offices, nouns and bodies that name back
//! - `surnames`: surnames, relatives and short names
//! - `descriptors`: descriptors and bare bodies placed in a state
//! - `finish`: document actors, ids and genders

use crate::lexicon::{ContextLexicon, FirstByteLen, NounAfterState, TokenClasses};
use crate::shape::Lines;
use crate::{DocActor, DocActors, Gender, Mention, MentionDetail, MentionHow};
use sitrep_kb::{Actor, AliasKind, AliasMatch, Kb, RoleMatch};
use sitrep_record::fast_map::{FastMap, FastSet};
use sitrep_record::ActorKind;
use sitrep_text::{TextLayer, Token, TokenKind, TurnRole};
use std::borrow::Cow;
use std::cell::OnceCell;

// Submodules split out of this file by job (each module opens with `use super::*;`):
mod anaphora;
mod backrefs;
mod descriptors;
mod finish;
mod guards;
mod names;
mod owners;
mod roles;
mod senses;
mod surnames;
mod tenure;

use finish::*;
use guards::*;
use names::*;
use roles::*;

/// The most candidate moves [`Resolver::sort_cands`] spends merging
/// appended candidates into the sorted rest (at most one move per appended
/// candidate and candidate it may pass) before it sorts instead.
const MERGE_MOVES: usize = 2048;

/// What a candidate mention refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Target {
    /// A KB actor.
    Kb(usize),
    /// A sector of a KB state ("IRNGOV").
    Sector { state: usize, sector: String },
    /// A person named in the text but absent from the KB. Boxed: the
    /// variant is rare and would make every candidate (sorted, so moved
    /// around) twice as large.
    NewPerson(Box<NewPerson>),
    /// A generic descriptor, resolved to the dominant state at the end.
    Dominant { sector: Option<String> },
}

/// A person named in the text but absent from the KB.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct NewPerson {
    id: String,
    name: String,
    country: Option<String>,
    sector: Option<String>,
    /// Whether the text ties the person to a state or organization
    /// ("UN envoy X"): such a person is never placed by context.
    affiliated: bool,
    /// Named after a role whose head is an organization noun ("the human
    /// rights group Foro Penal"): an organization, not a person.
    organization: bool,
}

/// A role phrase as the text states it (with its prefixes, "deputy
/// foreign minister"), kept as a span until its lower-case form is needed.
#[derive(Clone, Copy)]
struct Stated<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Stated<'_> {
    /// The span lower-cased (an ASCII span, nearly every one, without
    /// `to_lowercase`'s character-by-character path: the same result).
    fn lower(self) -> String {
        sitrep_text::lowercase(&self.text[self.start..self.end])
    }
}

#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    target: Target,
    how: MentionHow,
    head: (usize, usize),
    modifier: Option<(usize, usize)>,
    /// The role as stated in the text (lower-case).
    role: Option<String>,
    /// Whether to publish a [`MentionDetail`] (role mentions).
    detailed: bool,
}

impl Cand {
    /// A mention placed by its context ("the group", "the presidency"),
    /// with no modifier and no role: `start..end` with head `head`.
    fn context(start: usize, end: usize, target: Target, head: (usize, usize)) -> Cand {
        Cand {
            start,
            end,
            target,
            how: MentionHow::Context,
            head,
            modifier: None,
            role: None,
            detailed: false,
        }
    }
}

/// Who a role phrase belongs to.
#[derive(Debug, Clone, Copy)]
enum Owner {
    /// A state (or a person's state, for group roles: "the Trump administration").
    State(usize),
    /// An organization, IGO, armed group or outlet.
    Org(usize),
}

pub(crate) struct Resolver<'a> {
    text: &'a str,
    layer: &'a TextLayer,
    tokens: &'a [Token],
    kb: &'a Kb,
    published: Option<&'a str>,
    lex: &'a ContextLexicon,
    lines: Lines,
    token_index: TokenIndex,
    /// Alias matches that survived the guards, in text order.
    hits: Vec<AliasMatch>,
    consumed: Vec<bool>,
    /// Role stated inside a person alias ("President Trump"), by hit index.
    hit_roles: FastMap<usize, String>,
    /// KB persons placed in an international organization by an apposition
    /// ("Kenzo Oshima, the United Nations emergency relief coordinator"):
    /// in this document they act for it, not for their own state.
    igo_persons: FastSet<usize>,
    roles: Vec<RoleMatch>,
    cands: Vec<Cand>,
    /// Tokens that follow "the" and may name an organization mentioned
    /// before ("group" of "the group said"), in text order.
    anaphors: Vec<usize>,
    /// Tokens right after "his"/"her" ("office" of "his office"), noted by
    /// the walk over the tokens ([`TokenNotes`]) for
    /// [`Resolver::possessive_office_mentions`].
    after_possessives: Vec<usize>,
    /// Words that may be back nouns ("the monitor"), in text order: noted
    /// by the walk over the tokens for `back_noun_mentions`.
    back_noun_tokens: Vec<usize>,
    /// Word tokens right after "the" (any case), in text order: where
    /// `descriptor_mentions` looks for "the regime", "the group".
    after_the: Vec<usize>,
    /// Tokens whose first byte and length are a bare descriptor's
    /// ("Authorities said"), in text order, for `descriptor_mentions`.
    bare_descriptor_tokens: Vec<usize>,
    /// Word tokens opening with an ASCII capital, in text order: where
    /// `unknown_full_names` looks for full names.
    capitalized_tokens: Vec<usize>,
    /// Person roles standing bare after "the" ("the minister said"), by
    /// span, head and role as stated: resolved once every name is placed.
    bare_person_roles: Vec<BarePersonRole>,
    /// Group roles in the plural standing bare after "the" ("the
    /// officials said"): resolved by [`Resolver::group_role_anaphor_mentions`].
    bare_group_roles: Vec<BarePersonRole>,
    /// A mention pass's new candidates before they join `cands`: one buffer
    /// for the document's passes, emptied into `cands` by each, so that it
    /// grows once a document rather than once a pass.
    found: Vec<Cand>,
}

/// The state a generic descriptor falls back on when nothing nearer places
/// it (the document's dominant state), and whether the document names
/// another state too: the same for every descriptor of the document, so
/// computed once, and only when a descriptor asks.
struct Fallback {
    state: Option<usize>,
    /// Whether the fallback state is the one the story is filed from and
    /// about (see [`Resolver::story_anchor`]): other states the story names
    /// do not contest it.
    anchored: bool,
    contested: OnceCell<bool>,
}

impl Fallback {
    fn new(state: Option<usize>) -> Self {
        Fallback {
            state,
            anchored: false,
            contested: OnceCell::new(),
        }
    }

    /// The story's anchor, else the counted state; anchored when the
    /// anchor stands. A dateline and a lead that agree say what the story
    /// is about better than a count, which a state acted on may lead
    /// ("ISFAHAN - Air defence units in Isfahan province engaged several
    /// small flying objects, officials said" in a story naming Israel
    /// more often).
    fn anchored(counted: Option<usize>, anchor: Option<usize>) -> Self {
        let state = anchor.or(counted);
        Fallback {
            state,
            anchored: anchor.is_some() && state == anchor,
            contested: OnceCell::new(),
        }
    }
}

/// "the minister": a person role with no owner and no name of its own.
struct BarePersonRole {
    start: usize,
    end: usize,
    head: (usize, usize),
    stated: String,
}

/// Text offsets grouped in blocks of [`TokenIndex::BLOCK`] bytes.
///
/// The resolver asks "which token starts at (or after) this offset" a few
/// times for every match and role phrase (about a quarter of a million
/// times for 500 news documents): a binary search over the tokens is ten
/// dependent steps each time. This table answers it with one read and a
/// step or two: for each block, the first token starting in or after it.
pub(crate) struct TokenIndex {
    first: Vec<u32>,
}

impl TokenIndex {
    /// Bytes a block: about two tokens a block, so the walk from the
    /// block's first token to the offset is short, and the table (filled
    /// for every document) is a quarter of the text's size. Eight-byte
    /// blocks cost more to fill than their shorter walks saved.
    const BLOCK: usize = 16;

    /// The table for `tokens` (in text order) of a text `len` bytes long.
    #[cfg(test)]
    pub(crate) fn new(tokens: &[Token], len: usize) -> TokenIndex {
        let mut fill = TokenIndexFill::new(len);
        for (k, t) in tokens.iter().enumerate() {
            fill.token(k, t.start);
        }
        fill.finish(tokens.len())
    }

    /// The index of the first of `tokens` (those the table was made for)
    /// starting at or after `offset`: `tokens.partition_point(|t| t.start
    /// < offset)`.
    #[inline]
    pub(crate) fn first_from(&self, tokens: &[Token], offset: usize) -> usize {
        let Some(&from) = self.first.get(offset / Self::BLOCK) else {
            // Past the text's end (no caller asks): the general way.
            return tokens.partition_point(|t| t.start < offset);
        };
        // Every token before `from` starts before the block, so before
        // `offset`; walk on over the few that start in the block before it.
        let mut i = from as usize;
        while i < tokens.len() && tokens[i].start < offset {
            i += 1;
        }
        i
    }
}

/// A [`TokenIndex`] filled token by token, in text order, so that the
/// walk over the tokens that notes [`TokenNotes`] fills it too.
struct TokenIndexFill {
    first: Vec<u32>,
    /// How many blocks have their first token.
    filled: usize,
}

impl TokenIndexFill {
    /// An empty table for a text `len` bytes long.
    fn new(len: usize) -> TokenIndexFill {
        TokenIndexFill {
            first: vec![0; len / TokenIndex::BLOCK + 1],
            filled: 0,
        }
    }

    /// Token `k` starts at `start`: it is the first token of every block
    /// not yet given one that begins at or before `start` (the tokens
    /// before it start before those blocks).
    #[inline(always)]
    fn token(&mut self, k: usize, start: usize) {
        // A token starts inside the text, so in one of the table's blocks
        // (`len / BLOCK + 1` of them): no clamp is needed (a start past
        // the text fails the fill's bounds test, as it fails the walk's
        // read of the token's first byte).
        let block = start / TokenIndex::BLOCK;
        if self.filled <= block {
            // Nearly always one block (a token starts in a new block about
            // every third token): filled by hand, so that the loop for
            // the rest (a run of spaces, a long word), which the compiler
            // turns into a vector fill with a long set-up, is only entered
            // when there is more than one.
            self.first[self.filled] = k as u32;
            self.filled += 1;
            if self.filled <= block {
                self.first[self.filled..=block].fill(k as u32);
                self.filled = block + 1;
            }
        }
    }

    /// The table, once every one of the `tokens` tokens was given: the
    /// blocks after the last token's have none (`tokens`).
    fn finish(mut self, tokens: usize) -> TokenIndex {
        self.first[self.filled..].fill(tokens as u32);
        TokenIndex { first: self.first }
    }
}

/// Tokens some pass starts from, noted in one walk over the document's
/// tokens (the walk that fills the [`TokenIndex`]): each token's first byte
/// and length are read once, and the passes read only the tokens noted
/// for them. All in text order.
struct TokenNotes {
    index: TokenIndex,
    /// Tokens whose first byte and length (any case) are a bare
    /// descriptor's ("Authorities said").
    bare_descriptors: Vec<usize>,
    /// Word tokens right after "the" in any case.
    after_the: Vec<usize>,
    /// Tokens right after "his", "her", "His", "Her" (their other letters
    /// in lower case).
    after_possessives: Vec<usize>,
    /// Word tokens (not the first) whose first byte and length are a back
    /// noun's ("the monitor").
    back_nouns: Vec<usize>,
    /// Word tokens opening with an ASCII capital, where a full name may
    /// start.
    capitalized: Vec<usize>,
}

impl TokenNotes {
    fn new(text: &str, tokens: &[Token], lex: &ContextLexicon) -> TokenNotes {
        let bytes = text.as_bytes();
        let mut index = TokenIndexFill::new(text.len());
        // Room for more than news text needs, so the lists seldom regrow
        // (r500: a sixth of the tokens are capitalized words, one in 22 is
        // "the").
        let n = tokens.len();
        let mut notes = TokenNotes {
            index: TokenIndex { first: Vec::new() },
            bare_descriptors: Vec::with_capacity(n / 16),
            after_the: Vec::with_capacity(n / 12),
            after_possessives: Vec::with_capacity(n / 64),
            back_nouns: Vec::with_capacity(n / 16),
            capitalized: Vec::with_capacity(n / 4),
        };
        // One load of the token's shape classes turns away most tokens
        // (three in four in news text); only a token with a class is read
        // further.
        let classes = lex.token_classes();
        for (k, t) in tokens.iter().enumerate() {
            index.token(k, t.start);
            let class = classes.of(bytes[t.start], t.end - t.start);
            if class == 0 {
                continue;
            }
            if class & TokenClasses::BARE != 0 {
                notes.bare_descriptors.push(k);
            }
            if t.kind == TokenKind::Word {
                if class & TokenClasses::CAPITAL != 0 {
                    notes.capitalized.push(k);
                }
                // The first token is no back noun (one names back to
                // something before it).
                if class & TokenClasses::BACK != 0 && k > 0 {
                    notes.back_nouns.push(k);
                }
            }
            // "the", "his", "her": the token after is noted.
            if class & (TokenClasses::THE | TokenClasses::HIS_HER) == 0 {
                continue;
            }
            let Some(next) = tokens.get(k + 1) else {
                continue;
            };
            if class & TokenClasses::THE != 0 {
                if next.kind == TokenKind::Word && text[t.start..t.end].eq_ignore_ascii_case("the")
                {
                    notes.after_the.push(k + 1);
                }
            } else if matches!(&bytes[t.start + 1..t.end], b"is" | b"er") {
                notes.after_possessives.push(k + 1);
            }
        }
        notes.index = index.finish(tokens.len());
        notes
    }
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(
        layer: &'a TextLayer,
        kb: &'a Kb,
        published: Option<&'a str>,
        lex: &'a ContextLexicon,
    ) -> Self {
        let notes = TokenNotes::new(&layer.text, &layer.tokens, lex);
        Resolver {
            text: &layer.text,
            layer,
            tokens: &layer.tokens,
            kb,
            published: published.filter(|d| !d.is_empty()),
            lex,
            lines: Lines::new(&layer.text, &layer.line_ends, &layer.tokens, &notes.index),
            token_index: notes.index,
            hits: Vec::new(),
            consumed: Vec::new(),
            hit_roles: FastMap::default(),
            igo_persons: FastSet::default(),
            roles: Vec::new(),
            cands: Vec::new(),
            anaphors: Vec::new(),
            after_possessives: notes.after_possessives,
            back_noun_tokens: notes.back_nouns,
            after_the: notes.after_the,
            bare_descriptor_tokens: notes.bare_descriptors,
            capitalized_tokens: notes.capitalized,
            bare_person_roles: Vec::new(),
            bare_group_roles: Vec::new(),
            found: Vec::new(),
        }
    }

    /// The passes below are kept out of line (`#[inline(never)]` on each):
    /// inlined into this function they made one 250-M-instruction block in
    /// callgrind on 500 documents, so no profile could say which pass
    /// costs what. Out of line they cost nothing measurable
    /// (docs/log/benchmarks-sessions-1-51.md, perf-actors25).
    pub(crate) fn run(mut self) -> DocActors {
        let (raw, roles) = self.kb.scan(self.text);
        let raw = self.chamber_names_before_titles(raw, &roles);
        let raw = self.choose_senses(raw);
        let raw = self.shared_demonyms(raw);
        self.roles = self.head_roles_ending_phrases(roles);
        let (hits, relatives) = self.guard_hits(&raw);
        self.hits = hits;
        self.consumed = vec![false; self.hits.len()];
        self.towns_in_named_regions();
        // At most a candidate per role and per hit, before descriptors and surnames.
        self.cands.reserve(self.roles.len() + self.hits.len());
        self.resolve_roles();
        self.alias_mentions();
        for (start, end) in relatives {
            let relative = self.relative_person(start, end);
            self.cands.push(relative);
        }
        self.bare_house_mentions();
        self.party_words_before_titles();
        self.sort_cands();
        self.descriptor_mentions();
        self.anaphor_mentions();
        self.surname_mentions();
        self.short_name_mentions();
        self.role_anaphor_mentions();
        self.group_role_anaphor_mentions();
        self.leader_anaphors();
        self.back_noun_mentions();
        self.possessive_office_mentions();
        self.answer_turn_mentions();
        self.ethnic_minorities();
        self.plural_demonyms_as_people();
        self.drop_descriptors_of_their_subjects_state();
        self.bodies_named_back_by_head();
        self.bodies_of_shared_names();
        self.resolve_dominant();
        self.sort_cands();
        self.finish()
    }

    // ---- token helpers -------------------------------------------------

    fn word(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Index of the token starting exactly at `offset`.
    fn token_at(&self, offset: usize) -> Option<usize> {
        let i = self.token_from(offset);
        (self.tokens.get(i)?.start == offset).then_some(i)
    }

    /// Index of the first token starting at or after `offset`.
    fn token_from(&self, offset: usize) -> usize {
        self.token_index.first_from(self.tokens, offset)
    }

    /// Whether `a..b` holds only spaces (no line break, no punctuation).
    fn spaced(&self, a: usize, b: usize) -> bool {
        a <= b && self.text.as_bytes()[a..b].iter().all(|&c| c == b' ')
    }

    /// Where the paragraph holding `offset` starts: after the last blank
    /// line ("\n\n") before it, or 0.
    fn paragraph_start(&self, offset: usize) -> usize {
        self.text[..offset].rfind("\n\n").map_or(0, |p| p + 2)
    }

    /// Whether token `i` is the first of its sentence.
    fn sentence_initial(&self, i: usize) -> bool {
        let start = self.tokens[i].start;
        match self.layer.sentence_at(start) {
            Some(s) => self.layer.sentences[s].start == start,
            None => true,
        }
    }

    fn hit_starting_at(hits: &[AliasMatch], offset: usize) -> Option<usize> {
        let i = hits.partition_point(|h| h.start < offset);
        (hits.get(i)?.start == offset).then_some(i)
    }

    fn hit_ending_at(hits: &[AliasMatch], offset: usize) -> Option<usize> {
        let i = hits.partition_point(|h| h.end < offset);
        (hits.get(i)?.end == offset).then_some(i)
    }

    /// The kept hit overlapping `start..end`, if any.
    fn hit_overlapping(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.hits.partition_point(|h| h.end <= start);
        self.hits.get(i).filter(|h| h.start < end).map(|_| i)
    }

    /// When token `p` is a possessive ending ("'s", a bare apostrophe,
    /// "'S" in capitals) joined to the word before it: the kept hit ending
    /// right there (`Some(None)` when no hit does: "the company's").
    /// `None` when token `p` is no possessive ending.
    fn possessive_owner(&self, p: usize) -> Option<Option<usize>> {
        let joined = p >= 1 && self.tokens[p - 1].end == self.tokens[p].start;
        (joined && matches!(self.word(p), "'s" | "'" | "'S"))
            .then(|| Self::hit_ending_at(&self.hits, self.tokens[p - 1].end))
    }

    fn is_person(&self, actor: usize) -> bool {
        self.kb.actor(actor).kind == ActorKind::Person
    }

    fn is_state(&self, actor: usize) -> bool {
        self.kb.actor(actor).kind == ActorKind::Country
    }

    /// The lower-case word one space after `offset`, if any.
    fn lower_word_after(&self, offset: usize) -> Option<&'a str> {
        // Read from the bytes first: most names are followed by punctuation
        // or a capitalized word.
        let bytes = self.text.as_bytes();
        if bytes.get(offset) != Some(&b' ')
            || !bytes.get(offset + 1).is_some_and(u8::is_ascii_lowercase)
        {
            return None;
        }
        let t = self.tokens.get(self.token_from(offset))?;
        (t.kind == TokenKind::Word && t.start == offset + 1).then(|| &self.text[t.start..t.end])
    }

    /// Whether token `i` opens a clause: first in its sentence, or after a
    /// comma, a semicolon, a colon, an opening quote, "and" or "but" (not
    /// after a verb or a preposition).
    fn opens_clause(&self, i: usize) -> bool {
        i < 1 || self.sentence_initial(i) || self.lex.is_clause_opener(self.word(i - 1))
    }

    /// Whether punctuation that closes a phrase (",", ".", ";", ")") or
    /// the end of the text comes right after `end`.
    fn closes_at(&self, end: usize) -> bool {
        let i = self.token_from(end);
        self.tokens
            .get(i)
            .is_none_or(|t| t.start == end && matches!(self.word(i), "," | "." | ";" | ")"))
    }

    #[inline(never)]
    fn sort_cands(&mut self) {
        sort_in_text_order(&mut self.cands);
        let mut covered_to = 0usize;
        self.cands.retain(|c| {
            let keep = c.start >= covered_to;
            if keep {
                covered_to = c.end;
            }
            keep
        });
    }

    /// Drops the candidates whose index `drop` marks (`drop` holds one
    /// flag per candidate).
    fn drop_cands(&mut self, drop: &[bool]) {
        let mut index = 0;
        self.cands.retain(|_| {
            index += 1;
            !drop[index - 1]
        });
    }

    /// The index of the candidate spanning exactly `start..end`, if any.
    fn cand_at(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.cands.partition_point(|c| c.start < start);
        (i..self.cands.len())
            .take_while(|&k| self.cands[k].start == start)
            .find(|&k| self.cands[k].end == end)
    }

    /// Whether `start..end` overlaps a (sorted) candidate.
    fn overlaps_cand(&self, start: usize, end: usize) -> bool {
        let i = self.cands.partition_point(|c| c.start < end);
        i > 0 && self.cands[i - 1].end > start
    }

    /// Adds a mention pass's new candidates (`found`, taken from
    /// `self.found`) to `cands` and gives the emptied buffer back to
    /// `self.found` for the next pass.
    fn add_found(&mut self, mut found: Vec<Cand>) {
        self.cands.append(&mut found);
        self.found = found;
    }
}

/// Sorts `cands` in text order, the longer first at one start, stably:
/// what `sort_by` on (start, end reversed) gives.
fn sort_in_text_order(cands: &mut [Cand]) {
    // Most calls find the candidates in order, or in order but for a few
    // a pass appended (in text order) after the sorted rest; those are put
    // in place by moving each one back over the candidates it precedes,
    // rather than by a sort that moves every (large) candidate.
    let in_order = |a: &Cand, b: &Cand| a.start < b.start || (a.start == b.start && a.end >= b.end);
    let head = 1 + cands
        .windows(2)
        .take_while(|w| in_order(&w[0], &w[1]))
        .count();
    if head < cands.len() {
        let tail = cands.len() - head;
        if tail * head <= MERGE_MOVES && cands[head..].is_sorted_by(in_order) {
            // Each appended candidate goes after every candidate not
            // after it (so ties keep their order, as a stable sort
            // keeps them); the next one can only go further on.
            let mut from = 0;
            for j in head..cands.len() {
                let at = from + cands[from..j].partition_point(|c| in_order(c, &cands[j]));
                cands[at..=j].rotate_right(1);
                from = at + 1;
            }
        } else {
            cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token index answers as a binary search over the tokens does, at
    /// every offset of the text and past its end, for texts with long and
    /// short tokens, runs of spaces and non-ASCII words.
    /// The merge of appended candidates orders them as the stable sort
    /// does, ties included, whether the list is sorted, sorted but for an
    /// appended run, or in no order.
    #[test]
    fn sort_in_text_order_equals_stable_sort() {
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let mut below = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n) as usize
        };
        let mut merged = 0;
        for round in 0..3000 {
            let span = |start: usize, len: usize, id: usize| {
                Cand::context(start, start + len, Target::Kb(id), (start, start + len))
            };
            // Few distinct offsets, so equal starts and equal spans are common.
            let mut spans: Vec<(usize, usize)> =
                (0..below(40)).map(|_| (below(30), 1 + below(4))).collect();
            if round % 3 != 0 {
                let head = below(spans.len() as u64 + 1);
                spans[..head].sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                spans[head..].sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                merged += usize::from(head > 0 && head < spans.len());
            }
            let mut cands: Vec<Cand> = spans
                .iter()
                .enumerate()
                .map(|(id, &(start, len))| span(start, len, id))
                .collect();
            let mut expected = cands.clone();
            expected.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
            sort_in_text_order(&mut cands);
            let order =
                |c: &[Cand]| -> Vec<Target> { c.iter().map(|c| c.target.clone()).collect() };
            assert_eq!(order(&cands), order(&expected), "{spans:?}");
        }
        assert!(merged > 1000, "the appended runs are exercised: {merged}");
    }

    /// The setup walk notes what a test of each token on its own gives:
    /// the token index as a binary search answers, word tokens after "the"
    /// in any case, tokens after "his"/"her" (capitalized or not), bare
    /// descriptors and back nouns by their lexicon filters, and word tokens
    /// opening with an ASCII capital; at a text's start and end too.
    #[test]
    fn token_notes_equal_tests_of_each_token() {
        let lex = ContextLexicon::shared();
        for text in [
            "",
            "The",
            "the regime",
            "THE GOVERNMENT SAID. His office, her aides and THE group; the 2024 vote",
            "Authorities said the monitor and The Framework met; Hers, this, thy, hIs x",
            "Ñúñez said the Émile group his",
            // Three-byte tokens of 't' or 'h' and a two-byte letter, curly
            // quotes and a non-breaking space beside "the" and "his".
            "hé tñ said \u{2018}the\u{2019} group, \u{201c}his\u{201d} office and the\u{a0}regime",
            "the",
        ] {
            let tokens = sitrep_text::tokens(text);
            let notes = TokenNotes::new(text, &tokens, lex);
            let word = |k: usize| &text[tokens[k].start..tokens[k].end];
            let is_word = |k: usize| tokens[k].kind == TokenKind::Word;
            let key = |k: usize| {
                FirstByteLen::any_case_key(text.as_bytes()[tokens[k].start], word(k).len())
            };
            let all = 0..tokens.len();
            let expected = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
                all.clone().filter(|&k| keep(k)).collect()
            };
            assert_eq!(
                notes.after_the,
                expected(&|k| k > 0 && is_word(k) && word(k - 1).eq_ignore_ascii_case("the")),
                "{text:?}"
            );
            assert_eq!(
                notes.after_possessives,
                expected(&|k| k > 0 && matches!(word(k - 1), "his" | "His" | "her" | "Her")),
                "{text:?}"
            );
            let bare = lex.bare_descriptor_filter();
            assert_eq!(
                notes.bare_descriptors,
                expected(&|k| bare.holds_key(key(k))),
                "{text:?}"
            );
            let back = lex.back_noun_filter();
            assert_eq!(
                notes.back_nouns,
                expected(&|k| k > 0 && is_word(k) && back.holds_key(key(k))),
                "{text:?}"
            );
            assert_eq!(
                notes.capitalized,
                expected(&|k| is_word(k) && word(k).as_bytes()[0].is_ascii_uppercase()),
                "{text:?}"
            );
            for offset in 0..text.len() + 20 {
                assert_eq!(
                    notes.index.first_from(&tokens, offset),
                    tokens.partition_point(|t| t.start < offset),
                    "{text:?} at {offset}"
                );
            }
        }
        // The lists hold what the texts above should exercise.
        let text = "Authorities said the regime and his office. The Monitor said";
        let tokens = sitrep_text::tokens(text);
        let notes = TokenNotes::new(text, &tokens, lex);
        assert_eq!(notes.after_the.len(), 2);
        assert_eq!(notes.after_possessives.len(), 1);
        assert!(!notes.bare_descriptors.is_empty());
        assert_eq!(notes.capitalized.len(), 3);
    }

    #[test]
    fn token_index_equals_binary_search() {
        for text in [
            "",
            "Iran",
            "  Senior Iranian officials said on Tuesday that talks would resume.",
            "Tehran —  The   foreign ministry's spokesman, Esmaeil Baghaei, said: \"No.\"\n\nMore",
            "Ñúñez met Erdoğan in İzmir; internationalization-related counterproposals followed.",
        ] {
            let tokens = sitrep_text::tokens(text);
            let index = TokenIndex::new(&tokens, text.len());
            for offset in 0..text.len() + 20 {
                assert_eq!(
                    index.first_from(&tokens, offset),
                    tokens.partition_point(|t| t.start < offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    /// The token index answers as a binary search does where a token
    /// starts several blocks after the one before (a long run of spaces,
    /// a word longer than a block), the walk's rarer fill.
    #[test]
    fn token_index_over_long_gaps_equals_binary_search() {
        let long_word = "internationalization-related-counterproposals";
        let text = format!(
            "A{}b {long_word} c\n\n\n{}Ende {long_word}{long_word}",
            " ".repeat(70),
            "\t".repeat(33)
        );
        let tokens = sitrep_text::tokens(&text);
        let index = TokenIndex::new(&tokens, text.len());
        let gaps = tokens
            .windows(2)
            .filter(|w| w[1].start / TokenIndex::BLOCK > w[0].start / TokenIndex::BLOCK + 1)
            .count();
        assert!(gaps >= 3, "tokens that skip blocks: {gaps}");
        for offset in 0..text.len() + 20 {
            assert_eq!(
                index.first_from(&tokens, offset),
                tokens.partition_point(|t| t.start < offset),
                "at {offset}"
            );
        }
    }

    /// A stated role lower-cases as `str::to_lowercase` does, ASCII or not.
    #[test]
    fn stated_role_lowers_like_to_lowercase() {
        let text = "Deputy Foreign Minister ÉMILE Ñúñez of İzmir said";
        for (start, end) in [(0, 23), (7, 23), (24, 30), (0, text.len()), (3, 3)] {
            let stated = Stated { text, start, end };
            assert_eq!(stated.lower(), text[start..end].to_lowercase());
        }
    }
}
