//! The resolution pass: KB alias and role matches → mentions and actors.
//!
//! Cost is linear in the text: one scan for aliases and role phrases
//! together (the KB's trie), then a constant amount of work per match
//! (tokens found by offset through a per-document block table, matches by
//! binary search), one token scan for descriptors and one for surnames, and
//! a final sort.

use crate::lexicon::{ContextLexicon, FirstByteLen, NounAfterState};
use crate::shape::Lines;
use crate::{DocActor, DocActors, Gender, Mention, MentionDetail, MentionHow};
use sitrep_kb::{Actor, AliasKind, AliasMatch, Kb, RoleMatch};
use sitrep_record::fast_map::{FastMap, FastSet};
use sitrep_record::ActorKind;
use sitrep_text::{TextLayer, Token, TokenKind, TurnRole};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::hash_map::Entry;

/// The longest stretch between a verb and its object read as one clause.
const MAX_CLAUSE_BYTES: usize = 300;

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
    /// Tokens right after "his"/"her" ("office" of "his office"), found by
    /// the descriptor pass for [`Resolver::possessive_office_mentions`].
    after_possessives: Vec<usize>,
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
    contested: OnceCell<bool>,
}

impl Fallback {
    fn new(state: Option<usize>) -> Self {
        Fallback {
            state,
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

/// Whether `sector` is one of a state's own bodies (government,
/// legislature, judiciary, military, police, intelligence): the sectors a
/// bare body noun, an unnamed official or a state's role can name, as
/// opposed to its opposition, rebels, media or people.
fn is_state_body_sector(sector: &str) -> bool {
    matches!(sector, "GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY")
}

fn is_titlecase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// A romanized East Asian given name written with a hyphen ("Duck-soo",
/// "Jae-myung", "Ching-te"): one word, title case before the hyphen, lower
/// case after it.
fn is_hyphenated_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !word.contains(' ')
            && is_titlecase(a)
            && b.chars().next().is_some_and(char::is_lowercase)
            && b.chars().all(char::is_alphabetic)
    })
}

fn is_initial(word: &str) -> bool {
    word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase())
}

/// The noun naming a CAMEO sector in a display name ("Iranian government").
fn sector_noun(sector: &str) -> &str {
    match sector {
        "GOV" => "government",
        "MIL" => "military",
        "LEG" => "legislature",
        "JUD" => "judiciary",
        "SPY" => "intelligence services",
        "COP" => "police",
        "MED" => "media",
        "OPP" => "opposition",
        "REB" => "rebels",
        "BUS" => "business",
        "CVL" => "civilians",
        "ELI" => "elites",
        "EDU" => "education sector",
        "HLH" => "health sector",
        "REL" => "religious establishment",
        "LAB" => "labor",
        "AGR" => "agriculture",
        "REF" => "refugees",
        "CRM" => "criminals",
        "NGO" => "NGOs",
        "IGO" => "delegation",
        "PPL" => "people",
        "UAF" => "armed groups",
        "ETH" => "ethnic minority",
        other => other,
    }
}

/// Text offsets grouped in blocks of [`TokenIndex::BLOCK`] bytes.
///
/// The resolver asks "which token starts at (or after) this offset" a few
/// times for every match and role phrase (about a quarter of a million
/// times for 500 news documents): a binary search over the tokens is ten
/// dependent steps each time. This table answers it with one read and a
/// step or two: for each block, the first token starting in or after it.
struct TokenIndex {
    first: Vec<u32>,
}

impl TokenIndex {
    /// Bytes a block: about two tokens a block, so the walk from the
    /// block's first token to the offset is short, and the table (filled
    /// for every document) is a quarter of the text's size. Eight-byte
    /// blocks cost more to fill than their shorter walks saved.
    const BLOCK: usize = 16;

    /// The table for `tokens` (in text order) of a text `len` bytes long.
    fn new(tokens: &[Token], len: usize) -> TokenIndex {
        let blocks = len / Self::BLOCK + 1;
        let mut first = Vec::with_capacity(blocks);
        let mut i = 0;
        for block in 0..blocks {
            let from = block * Self::BLOCK;
            while i < tokens.len() && tokens[i].start < from {
                i += 1;
            }
            first.push(i as u32);
        }
        TokenIndex { first }
    }

    /// The index of the first of `tokens` (those the table was made for)
    /// starting at or after `offset`: `tokens.partition_point(|t| t.start
    /// < offset)`.
    #[inline]
    fn first_from(&self, tokens: &[Token], offset: usize) -> usize {
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

/// A stable lower-case slug of a person's name ("Bahram Qassemi" → "bahram-qassemi").
fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(
        layer: &'a TextLayer,
        kb: &'a Kb,
        published: Option<&'a str>,
        lex: &'a ContextLexicon,
    ) -> Self {
        Resolver {
            text: &layer.text,
            layer,
            tokens: &layer.tokens,
            kb,
            published: published.filter(|d| !d.is_empty()),
            lex,
            lines: Lines::new(&layer.text, &layer.tokens),
            token_index: TokenIndex::new(&layer.tokens, layer.text.len()),
            hits: Vec::new(),
            consumed: Vec::new(),
            hit_roles: FastMap::default(),
            igo_persons: FastSet::default(),
            roles: Vec::new(),
            cands: Vec::new(),
            anaphors: Vec::new(),
            after_possessives: Vec::new(),
            bare_person_roles: Vec::new(),
            bare_group_roles: Vec::new(),
            found: Vec::new(),
        }
    }

    /// The passes below are kept out of line (`#[inline(never)]` on each):
    /// inlined into this function they made one 250-M-instruction block in
    /// callgrind on 500 documents, so no profile could say which pass
    /// costs what. Out of line they cost nothing measurable (docs/BENCHMARKS.md,
    /// perf-actors25).
    pub(crate) fn run(mut self) -> DocActors {
        let (raw, roles) = self.kb.scan(self.text);
        let raw = self.choose_senses(raw);
        let raw = self.shared_demonyms(raw);
        self.roles = roles;
        let (hits, relatives) = self.guard_hits(&raw);
        self.hits = hits;
        self.consumed = vec![false; self.hits.len()];
        // At most a candidate per role and per hit, before descriptors and surnames.
        self.cands.reserve(self.roles.len() + self.hits.len());
        self.resolve_roles();
        self.alias_mentions();
        for (start, end) in relatives {
            let relative = self.relative_person(start, end);
            self.cands.push(relative);
        }
        self.sort_cands();
        self.descriptor_mentions();
        self.anaphor_mentions();
        self.surname_mentions();
        self.short_name_mentions();
        self.role_anaphor_mentions();
        self.group_role_anaphor_mentions();
        self.leader_anaphors();
        self.possessive_office_mentions();
        self.answer_turn_mentions();
        self.ethnic_minorities();
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

    /// The first token of a capitalized portfolio name (one to three
    /// words no KB name covers) between a state and the role at token `j`
    /// whose head is a `portfolio-head` of the context lexicon ("minister",
    /// "ministry", "secretary"): "Venezuela's
    /// Communications Minister", "the Venezuelan Communications Minister".
    /// None without a state right before the portfolio ("Labour Party
    /// Minister" has no owner here).
    fn portfolio_start(&self, j: usize, last: usize) -> Option<usize> {
        // The capital first: nearly every role phrase in running text is
        // in lower case ("officials", "the minister"), and that one byte
        // turns it away before its phrase is split and looked up (this is
        // asked for every role phrase).
        if !self.word(j).starts_with(char::is_uppercase) {
            return None;
        }
        let phrase = self.kb.roles()[self.roles[last].role].phrase.as_str();
        if !phrase
            .rsplit(' ')
            .next()
            .is_some_and(|head| self.lex.is_portfolio_head(head))
            || self.sentence_initial(j)
        {
            return None;
        }
        let joined = |a: Token, b: Token| !self.spaced(a.end, b.start) || a.end == b.start;
        let mut k = j;
        while k > 0 && j - k < 3 {
            let t = self.tokens[k - 1];
            if t.kind != TokenKind::Word
                || joined(t, self.tokens[k])
                || !self.word(k - 1).starts_with(char::is_uppercase)
                || self.hit_overlapping(t.start, t.end).is_some()
            {
                break;
            }
            k -= 1;
            // "... the U.S. The Health Minister": no title crosses a
            // sentence start.
            if self.sentence_initial(k) {
                return None;
            }
        }
        if k == j || k == 0 || joined(self.tokens[k - 1], self.tokens[k]) {
            return None;
        }
        let owner = match self.possessive_owner(k - 1) {
            Some(owner) => owner,
            None => Self::hit_ending_at(&self.hits, self.tokens[k - 1].end),
        };
        owner
            .filter(|&h| self.is_state(self.hits[h].actor))
            .map(|_| k)
    }

    /// The role phrase starting at `offset`, if one does.
    fn role_starting_at(&self, offset: usize) -> Option<&RoleMatch> {
        let i = self.roles.partition_point(|r| r.start < offset);
        self.roles.get(i).filter(|r| r.start == offset)
    }

    fn role_starts_at(&self, offset: usize) -> bool {
        self.role_starting_at(offset).is_some()
    }

    /// Whether a role starts at `offset` and a capitalized name follows
    /// it, right after it or after a comma ("director general, Rafael
    /// Grossi"; not "leadership").
    fn name_follows_role_at(&self, offset: usize) -> bool {
        let Some(role) = self.role_starting_at(offset) else {
            return false;
        };
        let mut j = self.token_from(role.end);
        if self.tokens.get(j).is_some_and(|t| t.start == role.end) && self.word(j) == "," {
            j += 1;
        }
        self.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Word && is_titlecase(self.word(j)))
    }

    fn role_ends_at(&self, offset: usize) -> bool {
        let i = self.roles.partition_point(|r| r.end < offset);
        self.roles.get(i).is_some_and(|r| r.end == offset)
    }

    /// Whether "of" (and "the") after a title stand right before `offset`:
    /// "President of Nauru Tamsin Kora" — the state there owns the title,
    /// and the name after it is the holder's, not a name of its own.
    fn owns_title_before(&self, offset: usize) -> bool {
        let Some(mut i) = self.token_at(offset) else {
            return false;
        };
        if i < 2 || self.word(i - 1) != "of" {
            return false;
        }
        i -= 1;
        if i >= 2 && self.word(i - 1) == "the" {
            i -= 1;
        }
        self.title_ends_at(self.tokens[i - 1].end)
    }

    /// Whether a role that may stand as a title before a name ends at
    /// `offset`: any role but a civilian's ("hunter", "villager").
    fn title_ends_at(&self, offset: usize) -> bool {
        let i = self.roles.partition_point(|r| r.end < offset);
        self.roles
            .get(i)
            .is_some_and(|r| r.end == offset && self.kb.roles()[r.role].sector != "CVL")
    }

    fn is_person(&self, actor: usize) -> bool {
        self.kb.actor(actor).kind == ActorKind::Person
    }

    fn is_state(&self, actor: usize) -> bool {
        self.kb.actor(actor).kind == ActorKind::Country
    }

    // ---- guards ----------------------------------------------------------

    /// Gives every ambiguous name or acronym the sense the document
    /// supports ("RSF" in a press-freedom story is Reporters Without
    /// Borders, in a Sudan war story the Rapid Support Forces), one sense
    /// per text for the whole document, and drops the cue hits that were
    /// only evidence. A sense scores 4 when the document also names it
    /// another way (its full name), 2 for each distinct cue of its KB row
    /// found (`cue:` aliases: "press freedom", "paramilitary") and 1 when
    /// its state or a person of its state is mentioned; the highest wins,
    /// a tie goes to the sense listed first in the KB (what the matcher
    /// reported): the KB's order is its prior, so "Labour Party" with no
    /// evidence stays the UK's.
    #[inline(never)]
    fn choose_senses(&self, mut raw: Vec<AliasMatch>) -> Vec<AliasMatch> {
        let aliases = self.kb.aliases();
        let mut chosen: FastMap<&str, usize> = FastMap::default();
        for i in 0..raw.len() {
            let senses = self.kb.alias_senses(raw[i].alias);
            if senses.is_empty() {
                continue;
            }
            let text = &*aliases[raw[i].alias].text;
            let pick = *chosen.entry(text).or_insert_with(|| {
                let mut best = (0, senses[0]);
                for &sense in senses {
                    let score = self.sense_score(&raw, aliases[sense].actor, text);
                    if score > best.0 {
                        best = (score, sense);
                    }
                }
                best.1
            });
            let h = &mut raw[i];
            h.alias = pick;
            h.actor = aliases[pick].actor;
            h.kind = aliases[pick].kind;
        }
        raw.retain(|h| h.kind != AliasKind::Cue);
        raw
    }

    /// "the Korean people" in a story about North Korea: a bare demonym
    /// that shortens its state's own ("Korean" of "South Korean") shortens
    /// the demonym of another state the document names too ("North
    /// Korean"); it is that other state's when the document names that
    /// state more often than the demonym's own by their other names (the
    /// bare demonym not counted), else it stays the KB's.
    #[inline(never)]
    fn shared_demonyms(&self, mut raw: Vec<AliasMatch>) -> Vec<AliasMatch> {
        let aliases = self.kb.aliases();
        let shortens = |demonym: &str, bare: &str| {
            demonym.len() > bare.len() + 1
                && demonym.as_bytes()[demonym.len() - bare.len() - 1] == b' '
                && demonym[demonym.len() - bare.len()..].eq_ignore_ascii_case(bare)
        };
        let is_bare = |h: &AliasMatch| {
            h.kind == AliasKind::Adjective
                && self.is_state(h.actor)
                && self
                    .kb
                    .adjective_of(h.actor)
                    .is_some_and(|own| shortens(own, &aliases[h.alias].text))
        };
        if !raw.iter().any(is_bare) {
            return raw;
        }
        // (bare demonym alias, the state it goes to), per alias.
        let mut decided: Vec<(usize, usize)> = Vec::new();
        for i in 0..raw.len() {
            if !is_bare(&raw[i]) {
                continue;
            }
            let (alias, own) = (raw[i].alias, raw[i].actor);
            let meant = match decided.iter().find(|d| d.0 == alias) {
                Some(&(_, state)) => state,
                None => {
                    let bare = &*aliases[alias].text;
                    let mut others = raw.iter().map(|h| h.actor).filter(|&t| {
                        t != own
                            && self.is_state(t)
                            && self.kb.adjective_of(t).is_some_and(|d| shortens(d, bare))
                    });
                    let other = others.next();
                    let state = match other {
                        Some(t) if others.all(|o| o == t) => {
                            let named = |state: usize| {
                                raw.iter()
                                    .filter(|h| h.actor == state && h.alias != alias)
                                    .count()
                            };
                            if named(t) > named(own) {
                                t
                            } else {
                                own
                            }
                        }
                        _ => own,
                    };
                    decided.push((alias, state));
                    state
                }
            };
            raw[i].actor = meant;
        }
        raw
    }

    /// The document's evidence for `actor` as the sense of the ambiguous
    /// `text` (see [`Resolver::choose_senses`]).
    fn sense_score(&self, raw: &[AliasMatch], actor: usize, text: &str) -> usize {
        let state = self.kb.actor(actor).country.as_deref();
        let (mut named, mut state_named) = (false, false);
        let mut cues: Vec<usize> = Vec::new();
        for h in raw {
            if h.actor == actor {
                if h.kind == AliasKind::Cue {
                    if !cues.contains(&h.alias) {
                        cues.push(h.alias);
                    }
                } else if self.kb.aliases()[h.alias].text != text {
                    named = true;
                }
            } else if let Some(s) = state {
                // The state named, or a person of that state ("Labour Party
                // leader Jonas Gahr Store": Norway's party, not the UK's).
                let other = self.kb.actor(h.actor);
                if (self.is_state(h.actor) && other.id == s)
                    || (other.kind == ActorKind::Person && other.country.as_deref() == Some(s))
                {
                    state_named = true;
                }
            }
        }
        4 * usize::from(named) + 2 * cues.len() + usize::from(state_named)
    }

    /// Drops alias matches that are accidents of capitalization.
    #[inline(never)]
    fn guard_hits(&self, raw: &[AliasMatch]) -> (Vec<AliasMatch>, Vec<(usize, usize)>) {
        let mut kept: Vec<(AliasMatch, bool)> = Vec::with_capacity(raw.len());
        // "Hunter Biden": spans of relatives' full names, made new persons.
        let mut relatives: Vec<(usize, usize)> = Vec::new();
        let mut long_mentioned: FastSet<usize> = FastSet::default();
        // Surnames seen inside someone else's full name.
        let mut other_bearers: FastSet<&str> = FastSet::default();
        for h in raw {
            let found = &self.text[h.start..h.end];
            let alias = &self.kb.aliases()[h.alias];
            let line = self.lines.at(h.start);
            // A byte loop: a match is a few bytes, too short for the
            // set-up of a `memchr` search, and a space is never part of a
            // multi-byte character.
            let single_word = !found.bytes().any(|b| b == b' ');
            // "IRAN" in running text is shouting, not a name; in an all-caps
            // line or a dateline ("TEHRAN —") it is the name.
            // (The text is tested before the alias: it is in cache and
            // nearly always has a lower-case letter, the alias's is not.)
            if h.kind != AliasKind::Acronym
                && !found.chars().any(char::is_lowercase)
                && alias.text.chars().any(char::is_lowercase)
                && !(line.all_caps || h.start <= line.first_lower)
            {
                continue;
            }
            // "Gulf of Oman", "Sea of Japan": a sea named after the
            // state, not the state.
            if self.in_geographic_name(h.start) {
                continue;
            }
            // "Diplomats in Vienna said": the city where they are posted
            // names no one of its state.
            if matches!(h.kind, AliasKind::Place | AliasKind::Metonym)
                && self.posted_in_before(h.start)
            {
                continue;
            }
            // "the pro-Russian Patriotic Bloc", "anti-Iran protests": the
            // compound names a side taken, not a member of the state.
            if self.allegiance_prefix_before(h.start) {
                continue;
            }
            // "Murray-Bruce", "Ould-Cheikh": a state's one-word name or
            // place joined by a hyphen to a name word is half of a
            // double-barrelled surname, not the state.
            if single_word
                && matches!(
                    h.kind,
                    AliasKind::Name | AliasKind::Metonym | AliasKind::Place
                )
                && self.is_state(h.actor)
                && self.half_of_hyphenated_name(raw, h)
            {
                continue;
            }
            // "Democratic Alliance of Hungary", "the Peoples Democratic
            // Party": a party's or company's alias inside a longer
            // capitalized name names another body.
            if !line.title_case
                && !line.all_caps
                && self.kb.actor(h.actor).kind == ActorKind::Organization
                && self.inside_longer_org_name(raw, h)
            {
                continue;
            }
            // "May" is a month unless the person was named in full before.
            if single_word
                && h.kind != AliasKind::Acronym
                && self.lex.is_not_name(found)
                && !long_mentioned.contains(&h.actor)
            {
                continue;
            }
            // A state's capital or city inside a personal name is the name
            // too: "Paris Hilton", "Sydney Sweeney".
            if single_word
                && matches!(
                    h.kind,
                    AliasKind::Name | AliasKind::Metonym | AliasKind::Place
                )
                && self.is_state(h.actor)
                && !line.title_case
                && !line.all_caps
                && !self.owns_title_before(h.start)
                && self.part_of_personal_name(raw, h)
            {
                continue;
            }
            // "Real Madrid", "Bayern Munich", "the Moscow Metro": a city or
            // capital in the name of a club, an event or a service, in a
            // headline or at a sentence start too.
            if single_word
                && matches!(h.kind, AliasKind::Metonym | AliasKind::Place)
                && self.is_state(h.actor)
                && self.place_name_word_beside(h)
            {
                continue;
            }
            // "the 2022 Pretoria agreement ended the war", "the Minsk
            // accords": a city or capital before a treaty noun names the
            // treaty after the place it was signed, not the state there.
            if single_word
                && matches!(h.kind, AliasKind::Metonym | AliasKind::Place)
                && self.is_state(h.actor)
                && self.treaty_noun_after(h.end)
            {
                continue;
            }
            // "Bolsonaro supporters", "Trump loyalists": a group named after
            // the person, not the person.
            if self.is_person(h.actor)
                && self
                    .lower_word_after(h.end)
                    .is_some_and(|w| self.lex.is_follower_noun(w))
            {
                continue;
            }
            // "a Turkey dinner", "China plates", "French fries": a one-word
            // name or demonym names a kind of dish or tableware, not the
            // state; "against the U.S. dollar", "the Iranian rial", "the
            // South African rand": any name, demonym or acronym before a
            // currency names the money.
            if self.is_state(h.actor)
                && matches!(
                    h.kind,
                    AliasKind::Name | AliasKind::Adjective | AliasKind::Acronym
                )
            {
                match self
                    .lower_word_after(h.end)
                    .and_then(|w| self.lex.noun_after_state(w))
                {
                    Some(NounAfterState::Currency) => continue,
                    Some(NounAfterState::Kind) if single_word && h.kind != AliasKind::Acronym => {
                        continue
                    }
                    _ => {}
                }
            }
            // A surname after the person's own first name is the person
            // named without a middle name ("Carlos Menem" for the KB's
            // "Carlos Saul Menem"): the whole name is the mention.
            if h.kind == AliasKind::Surname {
                if let Some(start) = self.own_first_name_before(h) {
                    long_mentioned.insert(h.actor);
                    let full = AliasMatch {
                        start,
                        kind: AliasKind::Name,
                        ..*h
                    };
                    kept.push((full, false));
                    continue;
                }
            }
            // A bare surname inside another name ("Jack Eichel", "Farhan
            // Haq") belongs to that name, and so do its later bare mentions.
            if h.kind == AliasKind::Surname
                && (other_bearers.contains(found)
                    || self.part_of_personal_name(raw, h)
                    || self.particled_surname_of_other_bearer(raw, h))
            {
                other_bearers.insert(found);
                continue;
            }
            // A person's one-word alias that opens a longer name is someone
            // else's first name: "Haroon" of "Haroon Rashid Aswad" is not
            // the KB's "Abdullah Hussain Haroon".
            if single_word
                && h.kind == AliasKind::Name
                && self.is_person(h.actor)
                && !line.title_case
                && !line.all_caps
                && (self.name_follows(raw, h) || self.other_person_follows(raw, h))
            {
                continue;
            }
            // "Donald Trump Jr.": the son, unless the KB lists the person
            // with the suffix itself.
            if self.is_person(h.actor) && self.relative_by_suffix(h) {
                continue;
            }
            // An unknown given name before a person's one-word name makes
            // someone else: "Jack Putin", "Melania Trump" (a title of
            // address, "Mr Putin", does not).
            if single_word
                && h.kind == AliasKind::Name
                && self.is_person(h.actor)
                && !line.title_case
                && !line.all_caps
                && self.other_given_name_before(raw, h)
            {
                // The relative is a person of their own ("Hunter Biden").
                if let Some(given) = self.other_given_name_start(h.start) {
                    relatives.push((given, h.end));
                }
                continue;
            }
            if !single_word {
                long_mentioned.insert(h.actor);
            }
            // In a headline every word is capitalized, so a one-word name
            // there ("Salami", "Jordan") is only trusted when the body
            // mentions the same actor too.
            let tentative = self.lines.has_body
                && single_word
                && matches!(
                    h.kind,
                    AliasKind::Name | AliasKind::Metonym | AliasKind::Place | AliasKind::Surname
                )
                && (line.title_case || line.all_caps);
            kept.push((*h, tentative));
        }
        // The two sets below are consulted only for tentative hits and
        // surnames, which most documents do not have: built only if needed.
        let confirmed: FastSet<usize> = if kept.iter().any(|(_, t)| *t) {
            kept.iter()
                .filter(|(_, t)| !t)
                .map(|(h, _)| h.actor)
                .collect()
        } else {
            FastSet::default()
        };
        // The countries the document names (its states and whatever else it
        // names with a country), for the surname check below.
        let countries: FastSet<&str> = if kept.iter().any(|(h, _)| h.kind == AliasKind::Surname) {
            kept.iter()
                .filter(|(h, t)| !t && h.kind != AliasKind::Surname)
                .filter_map(|(h, _)| {
                    let a = self.kb.actor(h.actor);
                    if self.is_state(h.actor) {
                        Some(&*a.id)
                    } else {
                        a.country.as_deref()
                    }
                })
                .collect()
        } else {
            FastSet::default()
        };
        let kept = kept
            .into_iter()
            .filter(|(h, tentative)| !tentative || confirmed.contains(&h.actor))
            .filter(|(h, _)| {
                h.kind != AliasKind::Surname
                    || long_mentioned.contains(&h.actor)
                    || self.office_ends_before(h)
                    || self
                        .kb
                        .actor(h.actor)
                        .country
                        .as_deref()
                        .is_some_and(|c| countries.contains(c))
            })
            .map(|(h, _)| h)
            .collect();
        (kept, relatives)
    }

    /// Whether a place-name word stands right before or after the one-word
    /// city or capital hit `h`, capitalized ("Real Madrid", "Moscow Metro").
    fn place_name_word_beside(&self, h: &AliasMatch) -> bool {
        let Some(this) = self.token_at(h.start) else {
            return false;
        };
        let capitalized_name_word = |i: usize| {
            let w = self.word(i);
            self.tokens[i].kind == TokenKind::Word
                && w.starts_with(|c: char| c.is_uppercase())
                && self.lex.is_place_name_word(w)
        };
        let before = this.checked_sub(1).is_some_and(|p| {
            let t = self.tokens[p];
            t.end < h.start && self.spaced(t.end, h.start) && capitalized_name_word(p)
        });
        let next = self.token_from(h.end);
        before
            || self.tokens.get(next).is_some_and(|t| {
                t.start > h.end && self.spaced(h.end, t.start) && capitalized_name_word(next)
            })
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

    /// Whether a role that fits the person's office ends one space before
    /// the surname hit `h`: "Prime Minister Michal", not "Actor Michal" (an
    /// occupation says nothing of a politician).
    fn office_ends_before(&self, h: &AliasMatch) -> bool {
        let Some(this) = self.token_at(h.start) else {
            return false;
        };
        let Some(prev) = this.checked_sub(1).map(|p| self.tokens[p]) else {
            return false;
        };
        if prev.end >= h.start || !self.spaced(prev.end, h.start) {
            return false;
        }
        let i = self.roles.partition_point(|r| r.end < prev.end);
        let own = self.kb.actor(h.actor).sector.as_deref();
        self.roles[i..]
            .iter()
            .take_while(|r| r.end == prev.end)
            .any(|r| {
                let sector = self.kb.roles()[r.role].sector.as_str();
                Some(sector) == own
                    || matches!(sector, "GOV" | "LEG" | "JUD" | "MIL" | "OPP" | "REB")
            })
    }

    /// Whether `offset` follows a capitalized geographic head and "of"
    /// ("Gulf of", "Sea of"): what starts there names a sea or a strait.
    fn in_geographic_name(&self, offset: usize) -> bool {
        // Nearly every match has no " of " before it: answered from the
        // bytes, without a token lookup.
        if !self.text.as_bytes()[..offset].ends_with(b" of ") {
            return false;
        }
        let Some(i) = self.token_at(offset) else {
            return false;
        };
        i >= 2
            && self.word(i - 1) == "of"
            && self.spaced(self.tokens[i - 1].end, offset)
            && self.spaced(self.tokens[i - 2].end, self.tokens[i - 1].start)
            && is_titlecase(self.word(i - 2))
            && self.lex.is_geo_head(self.word(i - 2))
    }

    /// Whether the organization hit `h` is part of a longer capitalized
    /// name: an unknown capitalized word right before it, inside a sentence
    /// ("the Peoples Democratic Party", which is not the "Democratic
    /// Party"), or "of" and another state's name right after it ("the
    /// Democratic Alliance of Hungary" is not South Africa's). A title or
    /// role before it ("Opposition", "President") and the actor's own
    /// state after it ("the Labour Party of Norway") keep the match.
    fn inside_longer_org_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let Some(i) = self.token_at(h.start) else {
            return false;
        };
        if i > 0 {
            let prev = self.tokens[i - 1];
            let w = self.word(i - 1);
            if prev.kind == TokenKind::Word
                && prev.end < h.start
                && self.spaced(prev.end, h.start)
                && is_titlecase(w)
                // "the Democratic Party-controlled House": a compound
                // modifier, not a word of the name.
                && !w.contains('-')
                && !self.sentence_initial(i - 1)
                && !self.lex.is_not_name(w)
                && !self.lex.is_honorific(w)
                && Self::hit_ending_at(raw, prev.end).is_none()
                && !self.role_ends_at(prev.end)
            {
                return true;
            }
            // "the Chinese CDC": another state's demonym right before a body
            // the KB places in one state names that state's own body.
            if let (Some(k), Some(own)) = (
                Self::hit_ending_at(raw, prev.end),
                self.kb.actor(h.actor).country.as_deref(),
            ) {
                // "the pro-Russian Patriotic Bloc" is a side taken.
                if raw[k].kind == AliasKind::Adjective
                    && !self.allegiance_prefix_before(raw[k].start)
                    && self.spaced(prev.end, h.start)
                    && prev.end < h.start
                    && self.is_state(raw[k].actor)
                    && self.kb.actor(raw[k].actor).id != own
                {
                    return true;
                }
            }
        }
        let next = self.token_from(h.end);
        if next + 1 >= self.tokens.len()
            || self.word(next) != "of"
            || !self.spaced(h.end, self.tokens[next].start)
        {
            return false;
        }
        let Some(j) = Self::hit_starting_at(raw, self.tokens[next + 1].start) else {
            return false;
        };
        let own = self.kb.actor(h.actor).country.as_deref();
        let other = self.kb.actor(raw[j].actor);
        self.is_state(raw[j].actor)
            && self.spaced(self.tokens[next].end, raw[j].start)
            && Some(other.country.as_deref().unwrap_or(&other.id)) != own
    }

    /// Whether the one-word hit `h` is half of a hyphenated surname: a
    /// capitalized word that no other hit starts comes after its hyphen
    /// ("Murray-Bruce"), or a name particle comes before it inside a
    /// personal name ("Ismail Ould-Cheikh", "Adel Al-Jubeir"). Two names
    /// ("US-China", "Baghdad-Damascus"), an acronym ("Delhi-NCR"), a
    /// lower-case tail ("Tehran-backed") or a combining form ("Sino-Japanese")
    /// keep the hit.
    fn half_of_hyphenated_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let text = self.text;
        let is_word_char = |c: char| c.is_alphanumeric();
        // Two parts only: "Rhein-Neckar-Raum" is a compound of places.
        if let Some(rest) = text[h.end..].strip_prefix('-') {
            let w = rest
                .split(|c: char| !is_word_char(c))
                .next()
                .unwrap_or_default();
            if is_titlecase(w)
                && !text[..h.start].ends_with('-')
                && !rest[w.len()..].starts_with('-')
                && !self.lex.is_not_name(w)
                && Self::hit_starting_at(raw, h.end + 1).is_none()
            {
                return true;
            }
        }
        let Some(before) = text[..h.start].strip_suffix('-') else {
            return false;
        };
        let particle = before
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or_default();
        if particle.is_empty()
            || !self.lex.is_name_particle(&particle.to_lowercase())
            || Self::hit_ending_at(raw, h.start - 1).is_some()
        {
            return false;
        }
        // The compound stands inside a personal name: a capitalized word
        // right before it ("Adel Al-Jubeir") or right after it
        // ("Ould-Cheikh Ahmed").
        let Some(i) = self.token_at(h.start - 1 - particle.len()) else {
            return false;
        };
        let t = self.tokens[i];
        let name_word = |k: usize| {
            let w = self.word(k);
            self.tokens[k].kind == TokenKind::Word && is_titlecase(w) && !self.lex.is_not_name(w)
        };
        let before_ok = i > 0
            && self.spaced(self.tokens[i - 1].end, t.start)
            && self.tokens[i - 1].end < t.start
            && name_word(i - 1);
        let after_ok = self
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.start > t.end && self.spaced(t.end, n.start))
            && name_word(i + 1);
        t.end == h.end && (before_ok || after_ok)
    }

    /// Whether a `posted-noun` and "in" stand right before `offset`
    /// ("Diplomats in Vienna", "envoys in Geneva").
    fn posted_in_before(&self, offset: usize) -> bool {
        let Some(i) = self.token_at(offset) else {
            return false;
        };
        i >= 2
            && self.word(i - 1) == "in"
            && self.spaced(self.tokens[i - 1].end, offset)
            && self.spaced(self.tokens[i - 2].end, self.tokens[i - 1].start)
            && self.tokens[i - 2].end < self.tokens[i - 1].start
            && self.lex.is_posted_noun(self.word(i - 2))
    }

    /// Whether an allegiance prefix and a hyphen stand right before
    /// `offset` ("pro-" of "pro-Russian").
    fn allegiance_prefix_before(&self, offset: usize) -> bool {
        // Nearly every match has no hyphen before it: answered from the
        // bytes, without a word lookup.
        let Some(before) = self.text[..offset].strip_suffix('-') else {
            return false;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        !word.is_empty() && self.lex.is_allegiance_prefix(word)
    }

    /// Whether a capitalized word that is not itself a known name or role
    /// follows the match directly ("Jordan Peterson").
    fn name_follows(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let next = self.token_from(h.end);
        if next >= self.tokens.len() {
            return false;
        }
        let t = self.tokens[next];
        let w = self.word(next);
        t.start > h.end
            && self.spaced(h.end, t.start)
            && t.kind == TokenKind::Word
            && (is_titlecase(w) || self.particled_surname(w))
            && !self.lex.is_not_name(w)
            // A bare surname alias there is someone's surname all the
            // same ("Paris Hilton").
            && Self::hit_starting_at(raw, t.start).is_none_or(|j| raw[j].kind == AliasKind::Surname)
            && !self.role_starts_at(t.start)
    }

    /// A surname joined to its `name-particle` by a hyphen ("al-Numan",
    /// "el-Sisi"): after a word, it makes that word a given name ("Sabah
    /// al-Numan" is a spokesman, not Malaysia's state of Sabah).
    fn particled_surname(&self, word: &str) -> bool {
        word.split_once('-').is_some_and(|(particle, rest)| {
            self.lex.is_name_particle(particle) && is_titlecase(rest)
        })
    }

    /// Whether a treaty noun follows the match one space after it ("the
    /// Pretoria agreement", "the Minsk accords", "the Oslo Accords").
    fn treaty_noun_after(&self, end: usize) -> bool {
        let next = self.token_from(end);
        self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start > end
                && self.spaced(end, t.start)
                && self.lex.is_treaty_noun(self.word(next))
        })
    }

    /// Whether another person's one-word alias follows the match directly:
    /// "Carlos Menem" is Menem, not a KB person called "Carlos".
    fn other_person_follows(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let next = self.token_from(h.end);
        let Some(t) = self.tokens.get(next) else {
            return false;
        };
        if t.start == h.end || !self.spaced(h.end, t.start) {
            return false;
        }
        Self::hit_starting_at(raw, t.start).is_some_and(|j| {
            let o = &raw[j];
            o.actor != h.actor
                && self.is_person(o.actor)
                && !self.text[o.start..o.end].contains(' ')
        })
    }

    /// A one-word country name next to a capitalized word that is not
    /// itself a known name: "Jordan Peterson", "Chad Smith", "Michael Jordan".
    /// Where the word right before a person's surname hit starts, when that
    /// word is the first of the person's KB name and the KB name is longer
    /// than first name and surname (a two-word name matches in full).
    fn own_first_name_before(&self, h: &AliasMatch) -> Option<usize> {
        let actor = self.kb.actor(h.actor);
        if actor.kind != ActorKind::Person {
            return None;
        }
        let mut words = actor.name.split_whitespace();
        let first = words.next()?;
        if words.count() < 2 {
            return None;
        }
        let prev = self.token_at(h.start)?.checked_sub(1)?;
        let t = self.tokens[prev];
        (t.kind == TokenKind::Word
            && t.end < h.start
            && self.spaced(t.end, h.start)
            && self.word(prev) == first)
            .then_some(t.start)
    }

    /// Whether a generational suffix follows the person hit `h` ("Donald
    /// Trump Jr.", "Martin Luther King, Jr.") that none of the person's
    /// own names carry.
    fn relative_by_suffix(&self, h: &AliasMatch) -> bool {
        let mut next = self.token_from(h.end);
        let mut gap_start = h.end;
        if next < self.tokens.len() && self.tokens[next].start == h.end && self.word(next) == "," {
            gap_start = self.tokens[next].end;
            next += 1;
        }
        let Some(t) = self.tokens.get(next) else {
            return false;
        };
        let suffix = self.word(next).trim_end_matches('.');
        if gap_start == t.start
            || !self.spaced(gap_start, t.start)
            || !self.lex.is_name_suffix(suffix)
        {
            return false;
        }
        // Rare (a suffix follows a person's name): the alias scan is cheap
        // enough here.
        !self.kb.aliases().iter().any(|a| {
            a.actor == h.actor
                && a.text
                    .split([' ', ',', '.'])
                    .any(|w| w.eq_ignore_ascii_case(suffix))
        })
    }

    /// Whether a capitalized word that is no known name, role, title of
    /// address or word of the person's own KB name stands right before the
    /// person's one-word alias `h`: the given name of another bearer.
    fn other_given_name_before(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let Some(given) = self.other_given_name_start(h.start) else {
            return false;
        };
        let Some(prev) = self.token_at(given) else {
            return false;
        };
        let w = self.word(prev);
        Self::hit_ending_at(raw, self.tokens[prev].end).is_none()
            && !self
                .kb
                .actor(h.actor)
                .name
                .split_whitespace()
                .any(|n| n == w)
    }

    /// Where the capitalized word right before a name starting at `start`
    /// starts, when that word is another person's given name: no title of
    /// address, no role, no sentence adverb, and at a sentence's start only
    /// a known given name. The caller checks that it is no name of its own.
    fn other_given_name_start(&self, start: usize) -> Option<usize> {
        let this = self.token_at(start)?;
        let prev = this.checked_sub(1)?;
        let t = self.tokens[prev];
        let w = self.word(prev);
        (t.kind == TokenKind::Word
            && t.end < start
            && self.spaced(t.end, start)
            && is_titlecase(w)
            && !self.lex.is_not_name(w)
            && !self.lex.is_honorific(w)
            // "President Elect Mahama": the role's tail, not a given name.
            && !self.lex.is_role_suffix(w)
            // "Later Putin said": a sentence adverb, not a given name.
            && !w.ends_with("ly")
            // "President-elect Trump": a title with a lower-case tail.
            && !w
                .split_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
            // Every word opening a sentence is capitalized ("Afterwards
            // Erdogan", "Republican Trump"): there it is a given name only
            // when known as one.
            && (!self.sentence_initial(prev)
                || self.lex.is_given_name(w)
                || self.kb.is_person_given_name(w))
            // "President Biden" is a title; "Hunter Biden" is not: a
            // civilian's role word ("hunter", "farmer") is no title of
            // address, so there it is a given name.
            && !self.title_ends_at(t.end))
        .then_some(t.start)
    }

    /// Whether the surname hit `h` is written joined to a `name-particle`
    /// after a given name that is no word of the KB person's own name:
    /// "Yusuf al-Madani" is not the KB's "Iyad Bin Amin Madani".
    fn particled_surname_of_other_bearer(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        if !self.half_of_hyphenated_name(raw, h) {
            return false;
        }
        let Some(before) = self.text[..h.start].strip_suffix('-') else {
            return false;
        };
        let Some(particle_start) = before.rfind(|c: char| !c.is_alphanumeric()) else {
            return false;
        };
        let Some(i) = self.token_at(particle_start + 1) else {
            return false;
        };
        let given = self.word(i.saturating_sub(1));
        i > 0
            && is_titlecase(given)
            && !self
                .kb
                .actor(h.actor)
                .name
                .split_whitespace()
                .any(|n| n.eq_ignore_ascii_case(given))
    }

    fn part_of_personal_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let name_like = |i: usize| {
            let w = self.word(i);
            self.tokens[i].kind == TokenKind::Word && is_titlecase(w) && !self.lex.is_not_name(w)
        };
        if self.name_follows(raw, h) {
            return true;
        }
        if let Some(this) = self.token_at(h.start) {
            if this > 0 {
                let prev = this - 1;
                let t = self.tokens[prev];
                if t.end < h.start
                    && self.spaced(t.end, h.start)
                    && name_like(prev)
                    && !self.sentence_initial(prev)
                    && Self::hit_ending_at(raw, t.end).is_none()
                    && !self.role_ends_at(t.end)
                {
                    return true;
                }
            }
        }
        false
    }

    // ---- roles -----------------------------------------------------------

    #[inline(never)]
    fn resolve_roles(&mut self) {
        let mut k = 0;
        while k < self.roles.len() {
            // Adjacent role phrases form one compound role ("foreign
            // ministry spokesman", "military officials").
            let first = k;
            let mut last = k;
            while last + 1 < self.roles.len()
                && self.roles[last + 1].start > self.roles[last].end
                && self.spaced(self.roles[last].end, self.roles[last + 1].start)
            {
                last += 1;
            }
            k = last + 1;
            self.resolve_role(first, last);
        }
    }

    /// The sector a compound role implies: the first specific (non-GOV)
    /// sector of its parts, else GOV ("military officials" → MIL).
    /// Borrowed from the KB: most roles never need it as a `String`.
    fn compound_sector(&self, first: usize, last: usize) -> &'a str {
        let phrases = self.kb.roles();
        let mut sectors = (first..=last).map(|i| phrases[self.roles[i].role].sector.as_str());
        let first_sector = sectors.clone().next();
        sectors
            .find(|s| *s != "GOV")
            .or(first_sector)
            .unwrap_or_default()
    }

    fn resolve_role(&mut self, first: usize, last: usize) {
        let rs = self.roles[first].start;
        let re = self.role_tail_end(self.roles[last].end);
        // "the National Assembly voted": a body, though the KB (from
        // Phoenix) counts the phrase as one person's role.
        let person_role = self.kb.roles()[self.roles[last].role].person
            && !self.lex.is_body_role(&self.text[rs..re]);
        let sector = self.compound_sector(first, last);
        let Some(role_tok) = self.token_at(rs) else {
            return;
        };

        // Role prefixes ("deputy") belong to the stated role; modifiers
        // ("senior") only to the span.
        let mut j = role_tok;
        let mut stated_start = rs;
        let mut prefixes_contiguous = true;
        while j > 0 {
            let t = self.tokens[j - 1];
            if t.kind != TokenKind::Word
                || !self.spaced(t.end, self.tokens[j].start)
                || t.end == self.tokens[j].start
            {
                break;
            }
            let w = self.word(j - 1);
            if prefixes_contiguous && self.lex.is_role_prefix(w) {
                stated_start = t.start;
            } else if self.lex.is_modifier(w) {
                prefixes_contiguous = false;
            } else {
                break;
            }
            j -= 1;
        }
        // "Venezuela's Communications Minister": a portfolio the KB does
        // not list, capitalized between a state and "minister", is part of
        // the title, and the state before it owns the role.
        if j == role_tok {
            if let Some(k) = self.portfolio_start(j, last) {
                j = k;
                stated_start = self.tokens[k].start;
            }
        }
        // The role as stated, lower-cased only when a candidate or a
        // person keeps it: most role phrases have no owner and give none.
        let stated = Stated {
            text: self.text,
            start: stated_start,
            end: re,
        };
        let mut span_start = self.tokens[j].start;

        if let Some(hit) = self.hit_overlapping(rs, re) {
            // "Iran's Foreign Ministry spokesman": the body's name ends
            // inside the compound role; the rest is an office of that body.
            let h = self.hits[hit];
            if !self.is_person(h.actor) && h.start <= rs {
                if let Some(k) = (first..last).find(|&k| self.roles[k].end == h.end) {
                    self.resolve_role(k + 1, last);
                    return;
                }
            }
            // "Peru's Congress", "the Peruvian Congress": a body the KB
            // knows for another state, named by the role's words alone, is
            // the named state's: the role is resolved with its owner.
            if !(h.start == rs && h.end == re && self.other_state_before(h, j)) {
                self.role_inside_alias(hit, rs, re, stated);
                return;
            }
            self.consumed[hit] = true;
        }

        // The owner: "Iranian officials", "Iran's foreign minister".
        let mut owner_hit: Option<usize> = None;
        if j > 0 && self.spaced(self.tokens[j - 1].end, self.tokens[j].start) {
            let w = self.word(j - 1);
            if (w == "'s" || w == "'" || w == "'S")
                && j >= 2
                && self.tokens[j - 2].end == self.tokens[j - 1].start
            {
                owner_hit = Self::hit_ending_at(&self.hits, self.tokens[j - 2].end);
            } else if self.tokens[j - 1].end < self.tokens[j].start {
                owner_hit = Self::hit_ending_at(&self.hits, self.tokens[j - 1].end);
            }
        }
        if owner_hit.is_none()
            && !person_role
            && j > 0
            && self.tokens[j - 1].end < self.tokens[j].start
            && self.spaced(self.tokens[j - 1].end, self.tokens[j].start)
        {
            owner_hit = self.organization_running(j - 1, sector);
        }
        let mut span_end = re;
        let mut stated = stated;
        if owner_hit.is_none() {
            // "the government of Iraq", "officials of Hamas", "the
            // opposition in Yerevan"
            if let Some((h, end)) = self
                .owner_after(re)
                .or_else(|| self.opposition_seat_after(re, sector))
            {
                owner_hit = Some(h);
                span_end = end;
            } else if let Some((h, end, portfolio_end)) = person_role
                .then(|| self.portfolio_owner_after(re))
                .flatten()
            {
                // "Minister of Foreign Affairs of Egypt": the portfolio
                // after the role is part of it, and the state after the
                // portfolio owns it.
                owner_hit = Some(h);
                span_end = end;
                stated.end = portfolio_end;
            }
        } else if let Some(h) = owner_hit {
            span_start = self.extend_over_modifiers(self.hits[h].start);
        }
        // "Bolsonaro's lawyers": a person's lawyers defend that person;
        // they are no court of the person's state.
        let owner_hit = owner_hit
            .filter(|&h| !self.consumed[h])
            .filter(|&h| !(sector == "JUD" && self.is_person(self.hits[h].actor)));
        // "a senior Trump administration official": a person's group role
        // opening the compound makes the person's state the owner, as
        // "the Trump administration" does.
        let group_opens = first < last && !self.kb.roles()[self.roles[first].role].person;
        let owner = owner_hit.and_then(|h| self.owner_of(h, person_role && !group_opens));
        // "Representatives of the United States were present": a state's
        // delegates, not its legislators ("U.S. representatives").
        let sector = match owner {
            Some(Owner::State(_)) if span_end != re => self
                .lex
                .delegate_sector(&self.text[rs..re])
                .unwrap_or(sector),
            _ => sector,
        };
        let modifier = owner_hit.map(|h| (self.hits[h].start, self.hits[h].end));
        let head = (rs, re);

        // "President of Nauru David Adeang", "Secretary-General of the Arab
        // League Ahmed Aboul Gheit": a name right after the role's owner
        // is the person holding the role, one mention with the owner as
        // its modifier, as "Nauru's President David Adeang" is.
        let owner_named_after = span_end != re && owner.is_some();
        if person_role && (span_end == re || owner_named_after) {
            if let Some((name_start, name_end, target, name_hit)) = self
                .name_after(span_end, owner, sector)
                .filter(|&(name_start, name_end, ..)| {
                    // "the President of Nauru, David Adeang, said": after a
                    // comma, the name is apposed only when the apposition
                    // closes right after it; "at the University of
                    // Pennsylvania, Andrew Vaughan followed" opens a clause.
                    !owner_named_after
                        || !self.text[span_end..name_start].contains(',')
                        || self.closes_at(name_end)
                })
            {
                let mut target = target;
                if let Some(namesake) = self.namesake_of_other_state(&target, owner, sector) {
                    target = namesake;
                }
                let possessor = (owner_hit.is_none() && j > 0)
                    .then(|| self.possessor_state(j - 1))
                    .flatten();
                if let Target::NewPerson(p) = &mut target {
                    p.organization = self.names_organization(stated);
                    // "His spokesman, Mgeme Kalilani": the spokesman of the
                    // person named before serves that person's state.
                    if p.country.is_none() {
                        if let Some(state) = possessor {
                            p.country = Some(state_code(self.kb.actor(state)));
                            p.affiliated = true;
                        }
                    }
                }
                if let Some(h) = name_hit {
                    self.consumed[h] = true;
                }
                // "China Coast Guard spokesperson Zhu Anqing", "IAEA Director
                // General Rafael Grossi": an organization the document names
                // only before a role is still one of its actors, so its name
                // stays its mention and the person's mention starts at the
                // role. Named elsewhere too, it is listed already and stays
                // the person's modifier, as a state owner does ("Iran's
                // foreign minister Abbas Araghchi"): the events stage reads
                // an object "TTP leader Noor Wali Mehsud" by its first
                // mention. A name apposed after a comma ("A Houthi
                // spokesman, Yahya Saree, said") leaves the phrase before
                // the comma to the claims stage as the speaker's, which the
                // person's mention must end.
                let apposed = self.text[re..name_start].contains(',');
                let organization_before = match (owner, owner_hit) {
                    (Some(Owner::Org(org)), Some(h)) if !owner_named_after && !apposed => !self
                        .hits
                        .iter()
                        .enumerate()
                        .any(|(i, other)| i != h && other.actor == org),
                    _ => false,
                };
                let (span_start, modifier) = if organization_before {
                    (self.tokens[j].start, None)
                } else {
                    if let Some(h) = owner_hit {
                        self.consumed[h] = true;
                    }
                    (span_start, modifier)
                };
                // "Commander Dominic Murphy of the Metropolitan Police": with
                // no owner before the title, a body named right after the
                // name is the person's employer, part of the person's
                // mention, not an actor of its own.
                let (mut end, mut modifier) = (name_end, modifier);
                if owner_hit.is_none() {
                    if let Some((h, employer_end)) = self.employer_after(name_end) {
                        self.consumed[h] = true;
                        end = employer_end;
                        modifier = Some((self.hits[h].start, employer_end));
                    }
                }
                self.cands.push(Cand {
                    start: span_start,
                    end,
                    target,
                    how: MentionHow::RoleName,
                    head: (name_start, name_end),
                    modifier,
                    role: Some(stated.lower()),
                    detailed: true,
                });
                return;
            }
        }
        if person_role && span_end == re {
            if let Some(target) = self.person_before_comma(span_start, stated, owner) {
                if let Some(h) = owner_hit {
                    self.consumed[h] = true;
                }
                self.cands.push(Cand {
                    start: span_start,
                    end: span_end,
                    target,
                    how: MentionHow::RoleHolder,
                    head,
                    modifier,
                    role: Some(stated.lower()),
                    detailed: true,
                });
                return;
            }
        }
        let Some(owner) = owner else {
            // "Burhan said his forces had withdrawn": armed forces owned by
            // a possessive pronoun are the forces of that person's state.
            // ("his government" is left: read as an actor, it drew the
            // events stage's coordinated verbs onto it, "talks between his
            // government and the Taliban, who have long refused".)
            if !person_role
                && owner_hit.is_none()
                && span_end == re
                && j > 0
                && matches!(sector, "MIL" | "COP" | "SPY")
            {
                if let Some(state) = self.possessor_state(j - 1) {
                    self.cands.push(Cand {
                        start: span_start,
                        end: span_end,
                        target: Target::Sector {
                            state,
                            sector: sector.to_string(),
                        },
                        how: MentionHow::Role,
                        head,
                        modifier: None,
                        role: Some(stated.lower()),
                        detailed: true,
                    });
                    return;
                }
            }
            // "a government spokesman", "a police spokesman": an official
            // of a state body named by the body's own word; in a story
            // about one state, that state's.
            if person_role
                && owner_hit.is_none()
                && span_end == re
                && first < last
                && self.indefinite_before(span_start)
                && is_state_body_sector(&self.kb.roles()[self.roles[first].role].sector)
                && !self.kb.roles()[self.roles[first].role].person
            {
                self.push_dominant(span_start, span_end, head, sector, Some(stated.lower()));
                return;
            }
            if person_role && owner_hit.is_none() && span_end == re {
                if self.bare_after_the(j, re) {
                    self.bare_person_roles.push(BarePersonRole {
                        start: span_start,
                        end: span_end,
                        head,
                        stated: stated.lower(),
                    });
                }
                return;
            }
            // "state media said": with no state named, the outlets of the
            // document's dominant state.
            if !person_role
                && owner_hit.is_none()
                && sector == "MED"
                && self.text[rs..re]
                    .get(..6)
                    .is_some_and(|w| w.eq_ignore_ascii_case("state "))
            {
                self.push_dominant(span_start, span_end, head, sector, None);
            } else if !person_role
                && owner_hit.is_none()
                && span_end == re
                && self.bare_state_institution(sector, j, re)
            {
                // "Police used water cannon", "the court convicted":
                // in a story about one state, that state's body.
                self.push_dominant(span_start, span_end, head, sector, Some(stated.lower()));
            } else if !person_role
                && owner_hit.is_none()
                && span_end == re
                && self.plural_after_the(j, re)
            {
                self.bare_group_roles.push(BarePersonRole {
                    start: span_start,
                    end: span_end,
                    head,
                    stated: stated.lower(),
                });
            }
            return;
        };
        let stated = stated.lower();
        let target = match owner {
            Owner::State(state) => {
                let holder = if person_role {
                    self.holder(state, &stated)
                } else {
                    None
                };
                match holder {
                    Some(p) => Target::Kb(p),
                    None => Target::Sector {
                        state,
                        sector: sector.to_string(),
                    },
                }
            }
            Owner::Org(org) => {
                let holder = if person_role && !self.indefinite_before(span_start) {
                    self.org_holder(org, &stated)
                } else {
                    None
                };
                Target::Kb(holder.unwrap_or(org))
            }
        };
        let how = match (&target, owner) {
            (Target::Kb(p), _) if self.is_person(*p) => MentionHow::RoleHolder,
            _ => MentionHow::Role,
        };
        // "China's state news agency Xinhua", "the Palestinian militant
        // group Hamas": a state's body named right after by a KB
        // organization of that state is the organization, with the role as
        // its apposed description; the state's name or demonym modifies it.
        if let Target::Sector { state, .. } = target {
            if span_end == re && self.own_organization_named_after(re, state, !person_role) {
                if let Some(h) = owner_hit {
                    self.consumed[h] = true;
                }
                return;
            }
        }
        if let Some(h) = owner_hit {
            self.consumed[h] = true;
            if !person_role && span_end == re {
                self.coordinated_owners(h, sector, &stated);
            }
        }
        self.cands.push(Cand {
            start: span_start,
            end: span_end,
            target,
            how,
            head,
            modifier,
            role: Some(stated),
            detailed: true,
        });
    }

    /// Where a role phrase ending at `end` ends with its hyphenated tail:
    /// "commander-in-chief", "president-elect", "Chancellor-in-waiting" are
    /// one word, in which the KB's role ("commander", "chancellor") ends at
    /// the hyphen; a tail that is a `role-suffix` of the context lexicon
    /// belongs to the role, so the role as stated holds it (a future
    /// office is no sitting holder's) and a name after it is the person
    /// holding it. Any other tail ("army-backed") leaves the role as it is.
    fn role_tail_end(&self, end: usize) -> usize {
        if !self.text[end..].starts_with('-') {
            return end;
        }
        let next = self.token_from(end);
        match next.checked_sub(1).map(|k| self.tokens[k]) {
            Some(t)
                if t.kind == TokenKind::Word
                    && t.start < end
                    && t.end > end + 1
                    && self.lex.is_role_suffix(&self.text[end + 1..t.end]) =>
            {
                t.end
            }
            _ => end,
        }
    }

    /// A role phrase of `sector` with no owner, placed in the document's
    /// dominant state at the end: "state media" (no role: outlets are
    /// credited, not detailed) or a bare body ("the court", with its role
    /// as stated and details).
    fn push_dominant(
        &mut self,
        start: usize,
        end: usize,
        head: (usize, usize),
        sector: &str,
        role: Option<String>,
    ) {
        let detailed = role.is_some();
        self.cands.push(Cand {
            role,
            detailed,
            ..Cand::context(
                start,
                end,
                Target::Dominant {
                    sector: Some(sector.to_string()),
                },
                head,
            )
        });
    }

    /// Whether a group role of `sector` starting at token `first` and
    /// ending at `end`, with no state of its own, names a state's body on
    /// its own: a sector of the state (government, courts, legislature,
    /// army, police, intelligence, opposition) named in the singular, the
    /// phrase standing bare at a sentence's start or after "the" ("a food
    /// court", "the tennis court" are no body), and not a noun of relation
    /// ("the army of volunteers", "opposition to the plan").
    fn bare_state_institution(&self, sector: &str, first: usize, end: usize) -> bool {
        // A body is named in the singular ("the ministry", "police"); a
        // plural names its people ("officials", "judges"), who may serve
        // anyone the story mentions.
        // "the Ministry of Foreign Affairs": the noun before "of" is the
        // one whose number counts.
        let from = self.tokens.get(first).map_or(end, |t| t.start);
        let noun_end = self.text[from.min(end)..end]
            .find(" of ")
            .map_or(end, |p| from + p);
        let head = &self.text[..noun_end];
        let last = self.token_from(end).saturating_sub(1);
        // "the regime", "the government": descriptors, placed as such.
        // "Security forces", "government forces" are one body named in the
        // plural by form (a compound ending in "forces"), not its people.
        let plural_body = (head.ends_with(" forces") || head.ends_with(" troops"))
            && self.token_from(end) > first + 1;
        if !matches!(
            sector,
            "GOV" | "JUD" | "LEG" | "MIL" | "COP" | "SPY" | "OPP"
        ) || (head.ends_with('s') && !head.ends_with("ss") && !plural_body)
            || self.lex.descriptor(self.word(last)).is_some()
        {
            return false;
        }
        let bare_start = first == 0
            || self.sentence_initial(first)
            || (self.word(first - 1).eq_ignore_ascii_case("the")
                && self.spaced(self.tokens[first - 1].end, self.tokens[first].start))
            || self.the_before_proper_name(first, end)
            || self.bare_body_without_article(first, end);
        if !bare_start {
            return false;
        }
        let next = self.token_from(end);
        // "the government forces its way through": a verb with its object.
        if plural_body
            && next < self.tokens.len()
            && self.spaced(end, self.tokens[next].start)
            && self.lex.is_determiner(self.word(next))
        {
            return false;
        }
        // "ordered the army to respond": after a verb of command, "to"
        // opens the order, not a relation ("opposition to the plan").
        let commanded = next < self.tokens.len()
            && self.word(next) == "to"
            && first >= 2
            && self.word(first - 1).eq_ignore_ascii_case("the")
            && self.lex.is_command_verb(self.word(first - 2));
        commanded
            || !(next < self.tokens.len()
                && self.spaced(end, self.tokens[next].start)
                && matches!(self.word(next), "of" | "to" | "against"))
    }

    /// Whether the role phrase from token `first` to `end` is a body's
    /// proper name with capitalized words before it up to "the" ("The High
    /// Constitutional Court", "the Supreme Electoral Tribunal"): the name
    /// of the body, not "the Hague court" or "the tennis court".
    fn the_before_proper_name(&self, first: usize, end: usize) -> bool {
        let role = &self.text[self.tokens[first].start..end];
        if !role.split(' ').all(is_titlecase) {
            return false;
        }
        let mut i = first;
        // At most two more words of the name ("High", "Supreme Federal").
        while i > 0 && first - i < 3 {
            let prev = i - 1;
            if !self.spaced(self.tokens[prev].end, self.tokens[i].start)
                || self.tokens[prev].kind != TokenKind::Word
            {
                return false;
            }
            let w = self.word(prev);
            if w.eq_ignore_ascii_case("the") {
                return i < first;
            }
            if !is_titlecase(w)
                || self
                    .hit_overlapping(self.tokens[prev].start, self.tokens[prev].end)
                    .is_some()
            {
                return false;
            }
            i = prev;
        }
        false
    }

    /// Whether the role phrase from token `first` to `end` is a body news
    /// names with no article (`bare-body` of the context lexicon: "police
    /// opened fire", "passed by parliament") standing so: after a
    /// lower-case word that is no determiner ("their police") nor part of
    /// a compound joined by a hyphen, or after a comma or semicolon.
    fn bare_body_without_article(&self, first: usize, end: usize) -> bool {
        if first == 0
            || !self
                .lex
                .is_bare_body(&self.text[self.tokens[first].start..end])
        {
            return false;
        }
        let prev = first - 1;
        if !self.spaced(self.tokens[prev].end, self.tokens[first].start) {
            return false;
        }
        let w = self.word(prev);
        match self.tokens[prev].kind {
            TokenKind::Word => {
                w.starts_with(|c: char| c.is_lowercase()) && !self.lex.is_determiner(w)
            }
            _ => matches!(w, "," | ";" | ":"),
        }
    }

    /// Whether the group role phrase from token `first` (its modifiers
    /// included: "the two officials") to `end` stands bare after "the" in
    /// the plural and is no noun of relation: "the officials said", not
    /// "the officials of the ministry" or "the ministers' meeting".
    fn plural_after_the(&self, first: usize, end: usize) -> bool {
        if first == 0
            || !self.word(first - 1).eq_ignore_ascii_case("the")
            || !self.spaced(self.tokens[first - 1].end, self.tokens[first].start)
            || !self.text[..end].ends_with('s')
            || self.text[..end].ends_with("ss")
            || self.text[end..].starts_with(['-', '\''])
        {
            return false;
        }
        let next = self.token_from(end);
        !(next < self.tokens.len()
            && self.spaced(end, self.tokens[next].start)
            && matches!(self.word(next), "of" | "for" | "to" | "from"))
    }

    /// Whether the role phrase from token `first` to `end` stands bare
    /// after "the", in the singular, and is no noun of relation: "the
    /// minister said", not "the ministers", "the minister of state" or
    /// "the president-elect".
    fn bare_after_the(&self, first: usize, end: usize) -> bool {
        if first == 0
            || !self.word(first - 1).eq_ignore_ascii_case("the")
            || !self.spaced(self.tokens[first - 1].end, self.tokens[first].start)
            || (self.text[..end].ends_with('s') && !self.text[..end].ends_with("ss"))
            // "the president-elect" holds another office.
            || self.text[end..].starts_with('-')
        {
            return false;
        }
        let next = self.token_from(end);
        !(next < self.tokens.len()
            && self.spaced(end, self.tokens[next].start)
            && matches!(self.word(next), "of" | "for" | "to"))
    }

    /// "Foreign Minister Tobias Billstrom said ... 'We are ready,' the
    /// minister said": a bare person role names back the one person named
    /// before with that role (as stated, or their office in the KB on the
    /// publication date). With two such persons it stays unresolved.
    #[inline(never)]
    fn role_anaphor_mentions(&mut self) {
        if self.bare_person_roles.is_empty() {
            return;
        }
        self.sort_cands();
        let pending = std::mem::take(&mut self.bare_person_roles);
        let mut found = std::mem::take(&mut self.found);
        for role in &pending {
            if self.overlaps_cand(role.start, role.end) {
                continue;
            }
            let before = self.cands.partition_point(|c| c.start < role.start);
            let mut persons = self.cands[..before]
                .iter()
                .rev()
                // Bounded look-back keeps long documents linear.
                .take(200)
                .filter(|c| c.end <= role.start)
                .filter(|c| match &c.target {
                    Target::Kb(p) => {
                        self.is_person(*p)
                            && (self.held_role(*p, c.role.as_deref(), &role.stated)
                                || self.titled(c, &role.stated))
                    }
                    // A person the KB lacks holds the role the text gave.
                    Target::NewPerson(_) => c
                        .role
                        .as_deref()
                        .is_some_and(|r| self.fits_bare_role(r, &role.stated)),
                    // "a senior U.S. official ... the official said": an
                    // official the text introduced unnamed ("a", "an") is
                    // the state body the text gave them; "the president of
                    // Ukraine" or "a UK man" are no such body's.
                    Target::Sector { sector, .. }
                    | Target::Dominant {
                        sector: Some(sector),
                    } => {
                        is_state_body_sector(sector)
                            && self.indefinite_before(c.start)
                            && c.role
                                .as_deref()
                                .is_some_and(|r| self.fits_bare_role(r, &role.stated))
                    }
                    Target::Dominant { sector: None } => false,
                })
                .map(|c| &c.target);
            let Some(person) = persons.next() else {
                if let Some(p) = self.sole_office_holder(role) {
                    found.push(Cand {
                        start: role.start,
                        end: role.end,
                        target: Target::Kb(p),
                        how: MentionHow::RoleHolder,
                        head: role.head,
                        modifier: None,
                        role: Some(role.stated.clone()),
                        detailed: true,
                    });
                }
                continue;
            };
            let id = self.target_id(person);
            if persons.all(|p| p == person || (!id.is_empty() && self.target_id(p) == id)) {
                found.push(Cand {
                    start: role.start,
                    end: role.end,
                    target: person.clone(),
                    how: MentionHow::RoleHolder,
                    head: role.head,
                    modifier: None,
                    role: Some(role.stated.clone()),
                    detailed: true,
                });
            }
        }
        self.add_found(found);
    }

    /// "citing two Iranian officials ... The officials described the
    /// meeting": a group role in the plural standing bare after "the" names
    /// back the group the text gave that role before (a state's body or an
    /// organization, as first named); left when two different groups fit.
    #[inline(never)]
    fn group_role_anaphor_mentions(&mut self) {
        if self.bare_group_roles.is_empty() {
            return;
        }
        self.sort_cands();
        let pending = std::mem::take(&mut self.bare_group_roles);
        let mut found = std::mem::take(&mut self.found);
        for role in &pending {
            if self.overlaps_cand(role.start, role.end) {
                continue;
            }
            let before = self.cands.partition_point(|c| c.start < role.start);
            // The group is named in the role's paragraph or the one before:
            // officials named pages earlier may be others.
            let para = self.text[..role.start].rfind("\n\n").unwrap_or(0);
            let from = self.text[..para].rfind("\n\n").unwrap_or(0);
            let mut groups = self.cands[..before]
                .iter()
                .rev()
                // Bounded look-back keeps long documents linear.
                .take(200)
                .take_while(|c| c.start >= from)
                .filter(|c| c.end <= role.start)
                .filter(|c| {
                    let fits = match &c.target {
                        Target::Sector { sector, .. } => is_state_body_sector(sector),
                        Target::Kb(a) => !self.is_person(*a) && !self.is_state(*a),
                        Target::NewPerson(_) | Target::Dominant { .. } => false,
                    };
                    fits && c
                        .role
                        .as_deref()
                        .is_some_and(|r| ends_with_words(r, &role.stated))
                })
                // "The foreign ministers of Congo and Rwanda": a group of
                // several owners is no one body to name back (an empty id
                // never agrees).
                .map(|c| {
                    if self.text[c.end..].starts_with(" and ") {
                        Cow::Borrowed("")
                    } else {
                        self.target_id(&c.target)
                    }
                });
            let Some(group) = groups.next().filter(|g| !g.is_empty()) else {
                continue;
            };
            if groups.all(|g| g == group) {
                let target = self.cands[..before]
                    .iter()
                    .rev()
                    .find(|c| c.end <= role.start && self.target_id(&c.target) == group)
                    .map(|c| c.target.clone());
                if let Some(target) = target {
                    // Counted once towards the dominant state, as a body
                    // named back by a bare person role is.
                    found.push(Cand {
                        how: MentionHow::RoleHolder,
                        role: Some(role.stated.clone()),
                        detailed: true,
                        ..Cand::context(role.start, role.end, target, role.head)
                    });
                }
            }
        }
        self.add_found(found);
    }

    /// "I was pleased to meet the Supreme Leader": a bare role written as
    /// an office's title (capitalized) with no holder named before it is
    /// the office's holder on the publication date in the state the
    /// document names most of those that have one (none on a tie: "the
    /// Supreme Leader" in a story naming Iran six times and Afghanistan
    /// once is Iran's).
    fn sole_office_holder(&self, role: &BarePersonRole) -> Option<usize> {
        if !self.text[role.head.0..role.head.1]
            .split(' ')
            .all(is_titlecase)
        {
            return None;
        }
        let ranked = self.ranked_states(self.cands.iter());
        let mut holders = ranked
            .iter()
            .filter_map(|&(n, state)| Some((n, self.holder(state, &role.stated)?)));
        let Some((n, holder)) = holders.next() else {
            return self.office_of_kind_holder(&ranked, &role.stated);
        };
        holders.next().is_none_or(|(m, _)| m < n).then_some(holder)
    }

    /// "as the Leader had warned" in a story about Iran: a capitalized bare
    /// title no state's office is called by, whose `role-kind` row names an
    /// office ("leader": "supreme leader"), is the holder of that office on
    /// the publication date in the state the document names most (alone at
    /// the top: a title this short is read only in its main state's story).
    fn office_of_kind_holder(&self, ranked: &[(usize, usize)], bare: &str) -> Option<usize> {
        let &(n, state) = ranked.first()?;
        if ranked.get(1).is_some_and(|&(m, _)| m == n) {
            return None;
        }
        self.lex
            .role_kind(bare)
            .iter()
            .find_map(|office| self.holder(state, office))
    }

    /// Whether person `p`, named with the role `stated_with` (if any),
    /// holds the role `bare` ("minister" of "foreign minister"): the bare
    /// role's words end the role as stated or the KB's office on the
    /// publication date, and the words before them name no other rank or
    /// time ("the president" is not the vice president or the former one).
    fn held_role(&self, p: usize, stated_with: Option<&str>, bare: &str) -> bool {
        stated_with.is_some_and(|r| self.fits_bare_role(r, bare))
            || self
                .kb
                .actor(p)
                .term_on(self.published)
                .and_then(|t| t.role.as_deref())
                .is_some_and(|r| self.fits_bare_role(r, bare))
    }

    /// Whether `role` is one a bare role names back: its own words ending
    /// it, or a role of its kind ("the diplomat": a permanent
    /// representative, an ambassador; the context lexicon's `role-kind`).
    fn fits_bare_role(&self, role: &str, bare: &str) -> bool {
        self.role_ends_with(role, bare)
            || self
                .lex
                .role_kind(bare)
                .iter()
                .any(|kind| self.role_ends_with(role, kind))
    }

    /// Whether person mention `c` names its person with the bare role as
    /// a title before the name ("Prince Khalid bin Salman ... the prince",
    /// "General Mazloum Abdi ... the general").
    fn titled(&self, c: &Cand, bare: &str) -> bool {
        let n = bare.len();
        let name = &self.text[c.head.0..c.head.1];
        let before = self.text[c.start.min(c.head.0)..c.head.0].trim_end();
        let opens = name.len() > n
            && name.is_char_boundary(n)
            && name[..n].eq_ignore_ascii_case(bare)
            && name[n..].starts_with(' ');
        let ends = before.len() >= n
            && before.is_char_boundary(before.len() - n)
            && before[before.len() - n..].eq_ignore_ascii_case(bare)
            && !before[..before.len() - n].ends_with(|ch: char| ch.is_alphanumeric());
        // "Vice President JD Vance" holds another office than "the president".
        let rest = if ends {
            &before[..before.len() - n]
        } else {
            before
        };
        let other_rank = rest
            .split_whitespace()
            .next_back()
            .is_some_and(|w| self.lex.is_role_prefix(w));
        (opens || ends) && !other_rank
    }

    /// Whether the words of `bare` end `role` and the words before them
    /// name no other rank or time ("vice", "former").
    fn role_ends_with(&self, role: &str, bare: &str) -> bool {
        role.strip_suffix(bare).is_some_and(|rest| {
            (rest.is_empty() || rest.ends_with(' '))
                && !rest.split(' ').any(|w| self.lex.is_role_prefix(w))
        })
    }

    /// The state a KB person or body serves: its country on the
    /// publication date, if that is a state the KB knows.
    fn actor_state(&self, a: usize) -> Option<usize> {
        let actor = self.kb.actor(a);
        let country = actor
            .term_on(self.published)
            .and_then(|t| t.country.clone())
            .or_else(|| actor.country.clone())?;
        self.kb.index_of(&country).filter(|&s| self.is_state(s))
    }

    /// Whether a KB organization, armed group, outlet or group of `state`
    /// is named one space after `end`, after one organization noun
    /// ("group" of "militant group Hamas": a person role, "militant", takes
    /// an organization only so) or, when `directly`, right after it.
    fn own_organization_named_after(&self, end: usize, state: usize, directly: bool) -> bool {
        // Nearly every role is followed by a verb or a preposition: a
        // lower-case word that is no organization noun ends the test before
        // the token and the matches are searched. Names are capitalized.
        let bytes = self.text.as_bytes();
        if bytes.get(end) != Some(&b' ') {
            return false;
        }
        let next_len = bytes[end + 1..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(bytes.len() - end - 1);
        if bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
            && !self.lex.may_be_anaphor(bytes[end + 1], next_len)
        {
            return false;
        }
        let mut prev = end;
        for (step, k) in (self.token_from(end)..).take(2).enumerate() {
            let Some(&t) = self.tokens.get(k) else {
                return false;
            };
            if t.start != prev + 1 || bytes[prev] != b' ' {
                return false;
            }
            if bytes[t.start].is_ascii_lowercase() && self.lex.anaphor(self.word(k)).is_none() {
                return false;
            }
            if let Some(h) = Self::hit_starting_at(&self.hits, t.start) {
                if step == 0 && !directly {
                    return false;
                }
                let a = self.hits[h].actor;
                return matches!(
                    self.kb.actor(a).kind,
                    ActorKind::Organization
                        | ActorKind::ArmedGroup
                        | ActorKind::Media
                        | ActorKind::Group
                ) && self.actor_state(a) == Some(state);
            }
            if step == 1 || self.lex.anaphor(self.word(k)).is_none() {
                return false;
            }
            prev = t.end;
        }
        false
    }

    /// "Zambia's Foreign Minister Mary Banda" where the KB's Mary Banda
    /// served Malawi: a role the text gives to one state, held by a KB
    /// person of another state, is held by a namesake of the KB person. The
    /// text's owner is the nearer evidence, so the person is new (the KB
    /// person's id and name, the owner's country and the role's sector).
    /// A KB person in office, with no state, or named after a role owned
    /// by an organization is left as it is.
    fn namesake_of_other_state(
        &self,
        target: &Target,
        owner: Option<Owner>,
        sector: &str,
    ) -> Option<Target> {
        let (&Target::Kb(person), Some(Owner::State(state))) = (target, owner) else {
            return None;
        };
        if !self.is_person(person) || !self.is_state(state) {
            return None;
        }
        let served = self.actor_state(person)?;
        if served == state {
            return None;
        }
        // A KB person in office on the story's date (with no date, one
        // whose term has not ended) is that person, however the text places
        // them: "Iranian President Benjamin Netanyahu" is a slip, a namesake
        // in office unlikely.
        let actor = self.kb.actor(person);
        let in_office = match self.published {
            Some(date) => actor.terms.iter().any(|t| t.covers(date)),
            None => actor.terms.iter().any(|t| t.until.is_none()),
        };
        if in_office {
            return None;
        }
        Some(Target::NewPerson(Box::new(NewPerson {
            id: actor.id.to_string(),
            name: actor.name.to_string(),
            country: Some(state_code(self.kb.actor(state))),
            sector: (!sector.is_empty()).then(|| sector.to_string()),
            affiliated: true,
            organization: false,
        })))
    }

    /// "Israeli and Hamas negotiators", "British, French and German
    /// diplomats": demonyms and organizations coordinated with the owner
    /// `owner_hit` of a group role each own the role too, with its sector.
    /// A state's plain name stays out ("talks in Qatar and Hamas officials
    /// said" is no coordination of owners), and so does a possessive.
    fn coordinated_owners(&mut self, owner_hit: usize, sector: &str, stated: &str) {
        let owner = self.hits[owner_hit];
        let fits = |r: &Self, h: &AliasMatch| match r.kb.actor(h.actor).kind {
            ActorKind::Country => matches!(h.kind, AliasKind::Adjective | AliasKind::Acronym),
            ActorKind::Person | ActorKind::Place => false,
            _ => h.kind != AliasKind::Adjective,
        };
        if !fits(self, &owner) {
            return;
        }
        let mut next = owner_hit;
        while next > 0 {
            let p = next - 1;
            let (h, later) = (self.hits[p], self.hits[next]);
            let gap = &self.text[h.end..later.start];
            if self.consumed[p]
                || !matches!(gap, " and " | " or " | ", " | ", and " | ", or ")
                || !fits(self, &h)
            {
                return;
            }
            let target = if self.is_state(h.actor) {
                Target::Sector {
                    state: h.actor,
                    sector: sector.to_string(),
                }
            } else {
                Target::Kb(h.actor)
            };
            self.consumed[p] = true;
            self.cands.push(Cand {
                start: h.start,
                end: h.end,
                target,
                how: MentionHow::Role,
                head: (h.start, h.end),
                modifier: None,
                role: Some(stated.to_string()),
                detailed: false,
            });
            next = p;
        }
    }

    /// A role phrase inside a person alias ("President Trump"): the role is
    /// recorded as stated and a country before it joins the mention ("U.S.
    /// President Trump" → one mention of Trump).
    fn role_inside_alias(&mut self, hit: usize, rs: usize, re: usize, stated: Stated) {
        let h = self.hits[hit];
        if !self.is_person(h.actor) || rs < h.start || re > h.end {
            return;
        }
        self.hit_roles.entry(hit).or_insert_with(|| stated.lower());
        if hit == 0 || rs != h.start {
            return;
        }
        let Some(tok) = self.token_at(h.start) else {
            return;
        };
        if tok == 0 {
            return;
        }
        let prev = self.tokens[tok - 1];
        let owner = if self.word(tok - 1) == "'s" && tok >= 2 {
            Self::hit_ending_at(&self.hits, self.tokens[tok - 2].end)
        } else if prev.end < h.start && self.spaced(prev.end, h.start) {
            Self::hit_ending_at(&self.hits, prev.end)
        } else {
            None
        };
        if let Some(o) =
            owner.filter(|&o| o < hit && !self.consumed[o] && self.is_state(self.hits[o].actor))
        {
            self.consumed[o] = true;
            self.cands.push(Cand {
                start: self.extend_over_modifiers(self.hits[o].start),
                end: h.end,
                target: Target::Kb(h.actor),
                how: MentionHow::RoleName,
                head: (h.start, h.end),
                modifier: Some((self.hits[o].start, self.hits[o].end)),
                role: self.hit_roles.get(&hit).cloned(),
                detailed: true,
            });
            self.consumed[hit] = true;
        }
    }

    /// Whether a state other than the one of `body` (a hit whose alias is
    /// the role's words) owns the words starting at token `j`: "Peru's" or "Peruvian" right before.
    fn other_state_before(&self, body: AliasMatch, j: usize) -> bool {
        let actor = self.kb.actor(body.actor);
        let Some(country) = actor.country.as_deref() else {
            return false;
        };
        // A "person" whose alias is the role's words alone is an office
        // (Phoenix files "Joint Chiefs of Staff" under a person): it is a
        // body like any other here.
        if j == 0 {
            return false;
        }
        let prev = self.tokens[j - 1];
        let owner = if let Some(owner) = self.possessive_owner(j - 1) {
            owner
        } else if prev.end < self.tokens[j].start && self.spaced(prev.end, self.tokens[j].start) {
            Self::hit_ending_at(&self.hits, prev.end)
                .filter(|&o| self.hits[o].kind == AliasKind::Adjective)
        } else {
            None
        };
        owner.is_some_and(|o| {
            let state = self.kb.actor(self.hits[o].actor);
            state.kind == ActorKind::Country && state.country.as_deref() != Some(country)
        })
    }

    /// Moves `start` left over adjacent modifier words ("Senior Iranian").
    fn extend_over_modifiers(&self, start: usize) -> usize {
        let Some(mut i) = self.token_at(start) else {
            return start;
        };
        while i > 0 {
            let t = self.tokens[i - 1];
            if t.kind != TokenKind::Word
                || t.end == self.tokens[i].start
                || !self.spaced(t.end, self.tokens[i].start)
                || !self.lex.is_modifier(self.word(i - 1))
            {
                break;
            }
            i -= 1;
        }
        self.tokens[i].start
    }

    /// "of" right after `end` (a space between): the index of the token
    /// after "of".
    fn of_after(&self, end: usize) -> Option<usize> {
        let i = self.token_from(end);
        (i < self.tokens.len() && self.spaced(end, self.tokens[i].start) && self.word(i) == "of")
            .then_some(i + 1)
    }

    /// "of [the] X" right after `end`, each word spaced from the one before:
    /// the index of the KB hit that starts at X.
    fn hit_after_of(&self, end: usize) -> Option<usize> {
        let mut i = self.of_after(end)?;
        if i < self.tokens.len()
            && self.word(i) == "the"
            && self.spaced(self.tokens[i - 1].end, self.tokens[i].start)
        {
            i += 1;
        }
        let t = self.tokens.get(i)?;
        if !self.spaced(self.tokens[i - 1].end, t.start) {
            return None;
        }
        Self::hit_starting_at(&self.hits, t.start)
    }

    /// "of [the] X" after a role: X's hit index and end offset.
    fn owner_after(&self, re: usize) -> Option<(usize, usize)> {
        let h = self.hit_after_of(re)?;
        let hit = self.hits[h];
        // "commander of Iran's Quds Force" belongs to the Quds Force.
        if self.text[hit.end..].starts_with("'s") || self.text[hit.end..].starts_with("'S") {
            return None;
        }
        // "a commander of the Iran-backed Kataib Hezbollah": a compound
        // modifier of the noun after it ("-backed", "-led", "-run") is no
        // owner; the body it modifies is.
        if self.text[hit.end..]
            .strip_prefix('-')
            .is_some_and(|tail| tail.starts_with(|c: char| c.is_lowercase()))
        {
            return None;
        }
        // "the foreign minister of Iran" yes; "the president of Trump" no.
        if self.is_person(hit.actor) || hit.kind == AliasKind::Adjective {
            return None;
        }
        // "the governor of the Moscow region": the state's unit is the
        // owner's phrase, and a name after it is the governor's.
        let next = self.token_from(hit.end);
        let unit_end = self
            .tokens
            .get(next)
            .filter(|t| {
                t.kind == TokenKind::Word
                    && t.start > hit.end
                    && self.spaced(hit.end, t.start)
                    && self.lex.is_territory_noun(self.word(next))
                    && self.is_state(hit.actor)
            })
            .map(|t| t.end);
        Some((h, unit_end.unwrap_or(hit.end)))
    }

    /// "Minister of Foreign Affairs of Egypt": after a person's role, "of"
    /// and a capitalized portfolio of one to four words (no KB name among
    /// them, "and" between two) followed by "of [the] X": X's hit, where X
    /// ends, and where the portfolio ends.
    fn portfolio_owner_after(&self, re: usize) -> Option<(usize, usize, usize)> {
        let mut i = self.of_after(re)?;
        let mut words = 0;
        let mut portfolio_end = None;
        while i < self.tokens.len() && words < 5 {
            let t = self.tokens[i];
            if !self.spaced(self.tokens[i - 1].end, t.start) || t.start == self.tokens[i - 1].end {
                return None;
            }
            let w = self.word(i);
            if w == "of" {
                portfolio_end = (words > 0).then_some(self.tokens[i - 1].end);
                break;
            }
            let joins = w == "and" && words > 0;
            if t.kind != TokenKind::Word
                || !(joins || is_titlecase(w))
                || self.lex.is_not_name(w) && !joins
                || Self::hit_starting_at(&self.hits, t.start).is_some()
            {
                return None;
            }
            words += 1;
            i += 1;
        }
        let portfolio_end = portfolio_end?;
        let (h, end) = self.owner_after(portfolio_end)?;
        Some((h, end, portfolio_end))
    }

    /// "Dominic Murphy of the Metropolitan Police", "... of the Metropolitan
    /// Police's counter-terrorism command": "of [the]" and a body the KB
    /// knows (no person, no state: a state after a name is where the person
    /// is from, a mention of its own) right after a person's name: the
    /// body's hit and where it ends.
    fn employer_after(&self, end: usize) -> Option<(usize, usize)> {
        let h = self.hit_after_of(end)?;
        let hit = self.hits[h];
        let actor = self.kb.actor(hit.actor);
        (!self.consumed[h]
            && hit.kind != AliasKind::Adjective
            && !matches!(
                actor.kind,
                ActorKind::Person | ActorKind::Country | ActorKind::Place
            ))
        .then_some((h, hit.end))
    }

    /// "The opposition in Yerevan": an opposition role followed by "in"
    /// and a state's capital is that state's opposition (the capital is
    /// where a state's politics happen; a government or an analyst "in" a
    /// capital may be a foreign one, so only OPP roles). The capital's hit
    /// and where it ends.
    fn opposition_seat_after(&self, re: usize, sector: &str) -> Option<(usize, usize)> {
        if sector != "OPP" {
            return None;
        }
        let i = self.token_from(re);
        if i + 1 >= self.tokens.len()
            || !self.spaced(re, self.tokens[i].start)
            || self.word(i) != "in"
            || !self.spaced(self.tokens[i].end, self.tokens[i + 1].start)
        {
            return None;
        }
        let h = Self::hit_starting_at(&self.hits, self.tokens[i + 1].start)?;
        let hit = self.hits[h];
        (hit.kind == AliasKind::Metonym && self.is_state(hit.actor)).then_some((h, hit.end))
    }

    fn owner_of(&self, hit: usize, person_role: bool) -> Option<Owner> {
        let h = self.hits[hit];
        let actor = self.kb.actor(h.actor);
        match actor.kind {
            ActorKind::Country => Some(Owner::State(h.actor)),
            ActorKind::Person if !person_role => {
                let country = actor
                    .term_on(self.published)
                    .and_then(|t| t.country.clone())
                    .or_else(|| actor.country.clone())?;
                let state = self.kb.index_of(&country)?;
                self.is_state(state).then_some(Owner::State(state))
            }
            ActorKind::Person | ActorKind::Place => None,
            _ => Some(Owner::Org(h.actor)),
        }
    }

    /// "the Hamas-run health ministry": the organization whose name opens
    /// the hyphenated word at token `k` (right before a state body's role
    /// phrase of `sector`) when the word's tail is a `run-by` word of the
    /// context lexicon: its hit, owning the body. A state before the hyphen
    /// ("Russian-controlled") is left: the body is not the state's own.
    fn organization_running(&self, k: usize, sector: &str) -> Option<usize> {
        let t = self.tokens[k];
        if t.kind != TokenKind::Word || !is_state_body_sector(sector) {
            return None;
        }
        let word = &self.text[t.start..t.end];
        let hyphen = word.rfind('-')?;
        if !self.lex.is_run_by_tail(&word[hyphen + 1..]) {
            return None;
        }
        let h = Self::hit_ending_at(&self.hits, t.start + hyphen)?;
        let hit = self.hits[h];
        let organization = matches!(
            self.kb.actor(hit.actor).kind,
            ActorKind::Organization | ActorKind::ArmedGroup | ActorKind::Group
        );
        (hit.start == t.start && organization && !self.consumed[h]).then_some(h)
    }

    /// The person holding `role` for `state` on the publication date.
    fn holder(&self, state: usize, role: &str) -> Option<usize> {
        let date = self.published?;
        let actor = self.kb.actor(state);
        let country = actor.country.as_deref().unwrap_or(&actor.id);
        self.kb.holder_of(country, role, date)
    }

    /// The person holding an organization's office on the publication date:
    /// the KB files it under the organization's adjective or name and the
    /// role ("the Houthis' leader" → the "houthi leader", "the Quds Force
    /// commander" → the "quds force commander").
    fn org_holder(&self, org: usize, role: &str) -> Option<usize> {
        let date = self.published?;
        let actor = self.kb.actor(org);
        let country = actor.country.as_deref()?;
        [self.kb.adjective_of(org), Some(&*actor.name)]
            .into_iter()
            .flatten()
            .find_map(|label| {
                let office = format!("{} {role}", label.to_lowercase());
                self.kb.holder_of(country, &office, date)
            })
    }

    /// Whether "a" or "an" stands right before `offset`: "a Hamas
    /// negotiator" is one of many, not the office holder.
    fn indefinite_before(&self, offset: usize) -> bool {
        let Some(i) = self.token_at(offset) else {
            return false;
        };
        i > 0
            && self.spaced(self.tokens[i - 1].end, offset)
            && matches!(self.word(i - 1), "a" | "an" | "A" | "An")
    }

    /// A person's name right after a person-role phrase, optionally after a
    /// comma: (name start, name end, target, hit consumed).
    fn name_after(
        &self,
        re: usize,
        owner: Option<Owner>,
        sector: &str,
    ) -> Option<(usize, usize, Target, Option<usize>)> {
        let mut i = self.token_from(re);
        let mut prev_end = re;
        let after_comma =
            i < self.tokens.len() && self.word(i) == "," && self.tokens[i].start == re;
        if after_comma {
            prev_end = self.tokens[i].end;
            i += 1;
        } else if self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && self.spaced(re, t.start) && t.start > re)
            && self.lex.is_role_suffix(self.word(i))
        {
            // "President Elect Mahama": the suffix belongs to the role, and
            // the name starts after it.
            prev_end = self.tokens[i].end;
            i += 1;
        }
        // "The rebel commander, Petro said, ...": a name between the comma
        // and a verb of saying is that verb's subject, no apposition.
        let apposition = |end: usize| !after_comma || !self.reporting_verb_at(end);
        let first = *self.tokens.get(i)?;
        if first.start == prev_end || !self.spaced(prev_end, first.start) {
            return None;
        }
        // "Serbian President Milan Milutinovic": a one-word place or state
        // right after a person's title and before another name word is a
        // first name, not the place.
        let mut first_name_hit: Option<usize> = None;
        if let Some(h) = Self::hit_starting_at(&self.hits, first.start) {
            let hit = self.hits[h];
            let one_word = hit.end == first.end;
            let name_next = self.tokens.get(i + 1).is_some_and(|n| {
                self.spaced(first.end, n.start)
                    && n.start > first.end
                    && Self::hit_starting_at(&self.hits, n.start).is_none()
                    && self.name_token(i + 1, true)
            });
            if self.is_person(hit.actor) || !one_word || !name_next || self.consumed[h] {
                return (self.is_person(hit.actor) && !self.consumed[h] && apposition(hit.end))
                    .then_some((hit.start, hit.end, Target::Kb(hit.actor), Some(h)));
            }
            first_name_hit = Some(h);
        }
        let line = self.lines.at(first.start);
        if line.title_case || line.all_caps {
            return None;
        }
        let mut words: Vec<usize> = Vec::new();
        if first_name_hit.is_some() {
            words.push(i);
            prev_end = first.end;
            i += 1;
        }
        let mut kb_person: Option<usize> = None;
        // "Israel's leader, Prime Minister Benjamin Netanyahu": a title
        // skipped before the KB person's name.
        let mut title_skipped = false;
        while i < self.tokens.len() && words.len() < 5 {
            let t = self.tokens[i];
            if !words.is_empty() && (t.start == prev_end || !self.spaced(prev_end, t.start)) {
                break;
            }
            if let Some(h) = Self::hit_starting_at(&self.hits, t.start) {
                // "Abbas Araghchi" where the KB knows "Araghchi".
                let hit = self.hits[h];
                if (!words.is_empty() || title_skipped)
                    && self.is_person(hit.actor)
                    && !self.consumed[h]
                {
                    kb_person = Some(h);
                }
                break;
            }
            if !self.name_token(i, words.is_empty()) {
                break;
            }
            // "the army spokesman, Colonel Ahmed Khalil": a capitalized
            // title opens the name; the name starts after it.
            if words.is_empty() {
                if let Some(role_end) = self.role_starting_at(t.start).map(|r| r.end) {
                    prev_end = role_end;
                    i = self.token_from(role_end);
                    title_skipped = true;
                    continue;
                }
            }
            // "J. Doe": an initial and its period stay in the name; "Rear
            // Adm. Daniel Hagari": a title abbreviation ends the title, and
            // the name starts after it.
            let w = self.word(i);
            let period_follows = self
                .tokens
                .get(i + 1)
                .is_some_and(|p| p.start == t.end && self.word(i + 1) == ".");
            if period_follows && w.chars().count() == 1 {
                words.push(i);
                prev_end = self.tokens[i + 1].end;
                i += 2;
                continue;
            }
            if period_follows
                && w.chars().count() <= 5
                && self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|n| self.spaced(self.tokens[i + 1].end, n.start))
            {
                words.clear();
                prev_end = self.tokens[i + 1].end;
                i += 2;
                continue;
            }
            words.push(i);
            prev_end = t.end;
            i += 1;
        }
        if let Some(h) = kb_person {
            let hit = self.hits[h];
            return apposition(hit.end).then_some((
                first.start,
                hit.end,
                Target::Kb(hit.actor),
                Some(h),
            ));
        }
        // A bare particle cannot end a name ("Abu Bakr al"), but "al-Burhan"
        // is the surname itself.
        while words.last().is_some_and(|&w| {
            let word = self.word(w);
            word.chars().next().is_some_and(char::is_lowercase)
                && !word
                    .split_once('-')
                    .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
        }) {
            words.pop();
        }
        // "President Ascom North America Tom Smith": the capitalized words
        // up to a word of organization names name the employer, and only
        // the words after them can be the person's name.
        let employer_named = match words
            .iter()
            .rposition(|&w| self.lex.is_org_name_word(self.word(w)))
        {
            Some(k) => {
                words.drain(..=k);
                true
            }
            None => false,
        };
        // One capitalized word after a title is too often not a name
        // ("Islamic Revolution"); persons the KB knows are matched above.
        if words.len() < 2 {
            return None;
        }
        let (start, end) = (self.tokens[words[0]].start, self.tokens[*words.last()?].end);
        if !apposition(end) {
            return None;
        }
        let name = self.text[start..end].to_string();
        let id = slug(&name);
        if id.is_empty() {
            return None;
        }
        if let Some(known) = self.kb.index_of(&id) {
            return Some((start, end, Target::Kb(known), first_name_hit));
        }
        // "Foreign Minister Amr Moussa of Egypt": with no owner before the
        // title, a state named right after the name owns it.
        let owner = owner.or_else(|| {
            let (h, _) = self.owner_after(end)?;
            match self.owner_of(h, true)? {
                Owner::State(s) => Some(Owner::State(s)),
                Owner::Org(_) => None,
            }
        });
        let country = match owner {
            Some(Owner::State(s)) | Some(Owner::Org(s)) => {
                let a = self.kb.actor(s);
                a.country
                    .as_deref()
                    .map(String::from)
                    .or_else(|| (a.kind == ActorKind::Country).then(|| a.id.to_string()))
            }
            None => None,
        };
        // "Arab League Secretary-General Ahmed Fawzi" acts for the
        // international organization, as an apposition naming it would
        // make him ("Ahmed Fawzi, the Arab League's secretary-general").
        let igo_owner =
            matches!(owner, Some(Owner::Org(o)) if self.kb.actor(o).kind == ActorKind::Igo);
        // "Hezbollah commander Ali Karaki", "NDP leader X": a member of an
        // organization that is no state body (an armed group, a party out
        // of office, a company) is of its sector, not the role's (a
        // commander's MIL, a leader's GOV).
        let org_sector = match owner {
            Some(Owner::Org(o)) => {
                let a = self.kb.actor(o);
                a.term_on(self.published)
                    .and_then(|t| t.sector.as_deref())
                    .or(a.sector.as_deref())
                    .filter(|s| !is_state_body_sector(s))
                    .map(String::from)
            }
            _ => None,
        };
        let sector = if igo_owner {
            Some("IGO".to_string())
        } else if let Some(org_sector) = org_sector {
            Some(org_sector)
        } else if employer_named {
            // A company's president holds no office of the state's.
            None
        } else {
            (!sector.is_empty()).then(|| sector.to_string())
        };
        Some((
            start,
            end,
            Target::NewPerson(Box::new(NewPerson {
                id,
                name,
                country,
                sector,
                affiliated: owner.is_some(),
                organization: false,
            })),
            first_name_hit,
        ))
    }

    /// Whether a verb of saying follows `offset` after one space.
    fn reporting_verb_at(&self, offset: usize) -> bool {
        let i = self.token_from(offset);
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start > offset
                && self.spaced(offset, t.start)
                && self.lex.is_reporting_verb(self.word(i))
        })
    }

    /// Whether token `i` can be part of a person's name.
    fn name_token(&self, i: usize, first: bool) -> bool {
        let t = self.tokens[i];
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = self.word(i);
        if w == "'s" || self.lex.is_not_name(w) {
            return false;
        }
        if is_titlecase(w) || is_initial(w) {
            return true;
        }
        if first {
            return false;
        }
        // "bin", "al", and "al-Muhandis"
        self.lex.is_name_particle(w)
            || w.split_once('-').is_some_and(|(p, rest)| {
                self.lex.is_name_particle(p) && rest.chars().next().is_some_and(char::is_uppercase)
            })
    }

    /// "Abbas Araghchi, Iran's foreign minister": the person before the
    /// comma preceding a role phrase (optionally with "the" between).
    fn person_before_comma(
        &mut self,
        span_start: usize,
        stated: Stated,
        owner: Option<Owner>,
    ) -> Option<Target> {
        let mut i = self.token_at(span_start)?;
        // "X, the foreign minister", "X, a spokesperson for the ministry".
        if i > 0
            && self.spaced(self.tokens[i - 1].end, span_start)
            && matches!(self.word(i - 1), "the" | "The" | "a" | "an")
        {
            i -= 1;
        }
        if i < 2
            || self.word(i - 1) != ","
            || !self.spaced(self.tokens[i - 1].end, self.tokens[i].start)
        {
            return None;
        }
        let before = self.tokens[i - 1].start;
        let igo_owner =
            matches!(owner, Some(Owner::Org(o)) if self.kb.actor(o).kind == ActorKind::Igo);
        if let Some(h) = Self::hit_ending_at(&self.hits, before) {
            let actor = self.hits[h].actor;
            if self.is_person(actor) {
                self.hit_roles.entry(h).or_insert_with(|| stated.lower());
                if igo_owner {
                    self.igo_persons.insert(actor);
                }
                return Some(Target::Kb(actor));
            }
            return None;
        }
        let owner_country = owner.and_then(|o| {
            let (Owner::State(a) | Owner::Org(a)) = o;
            let actor = self.kb.actor(a);
            actor
                .country
                .as_deref()
                .map(String::from)
                .or_else(|| (actor.kind == ActorKind::Country).then(|| actor.id.to_string()))
        });
        if self.cands.last().is_none_or(|c| c.end != before) {
            return self.unknown_person_before_comma(i - 1, stated, owner_country, igo_owner);
        }
        let c = self.cands.last_mut().filter(|c| c.end == before)?;
        match &mut c.target {
            Target::NewPerson(person) => {
                let NewPerson {
                    country,
                    sector,
                    affiliated,
                    ..
                } = &mut **person;
                // "Judge Ali Reza, the UN envoy": the apposition ties him.
                if owner.is_some() {
                    *affiliated = true;
                    if igo_owner {
                        *country = None;
                        *sector = Some("IGO".to_string());
                    } else if country.is_none() {
                        *country = owner_country;
                    }
                }
                c.role.get_or_insert_with(|| stated.lower());
                Some(c.target.clone())
            }
            Target::Kb(a) if self.kb.actor(*a).kind == ActorKind::Person => Some(c.target.clone()),
            _ => None,
        }
    }

    /// "Mgeme Kalilani, a spokesperson for the ministry, said": a name the
    /// KB lacks, apposed to a person role, is a new person with that role
    /// (and the owner's state, when the role has one). `comma` is the
    /// token of the comma. The name is two to four capitalized words
    /// standing at the sentence's start or after punctuation or a verb of
    /// saying ("..., said Mgeme Kalilani, a spokesman"), never inside a
    /// title-case line (a headline) and never a KB name; the apposition
    /// must close (a comma or the sentence's end after the role): "In New
    /// York, a spokesman said" names no one.
    fn unknown_person_before_comma(
        &mut self,
        comma: usize,
        stated: Stated,
        owner_country: Option<String>,
        igo_owner: bool,
    ) -> Option<Target> {
        let before = self.tokens[comma].start;
        let mut first = comma;
        while first > 0 && comma - first < 4 {
            let (t, next) = (self.tokens[first - 1], self.tokens[first]);
            // The name's last word touches the comma; its words are
            // separated by spaces.
            let joined = if first == comma {
                t.end == next.start
            } else {
                t.end < next.start && self.spaced(t.end, next.start)
            };
            if !joined || !self.name_token(first - 1, false) {
                break;
            }
            first -= 1;
        }
        let words = comma - first;
        if !(2..=4).contains(&words)
            || !self.name_token(first, true)
            || !is_titlecase(self.word(comma - 1))
        {
            return None;
        }
        let start = self.tokens[first].start;
        let opens = first == 0
            || self.sentence_initial(first)
            || matches!(
                self.word(first - 1),
                "," | "\"" | "(" | "\u{201c}" | "\u{2014}"
            )
            || self.lex.is_reporting_verb(self.word(first - 1));
        let line = self.lines.at(start);
        if !opens
            || line.title_case
            || line.all_caps
            || self.hit_overlapping(start, before).is_some()
            || self.overlaps_cand(start, before)
            || !self.role_heads_apposition(stated.end)
            || !self.apposition_closes(stated.end)
        {
            return None;
        }
        let name = self.text[start..before].to_string();
        let id = slug(&name);
        if id.is_empty() || self.kb.index_of(&id).is_some() {
            return None;
        }
        let owner_country = owner_country.or_else(|| self.state_served_after(stated.end));
        let target = Target::NewPerson(Box::new(NewPerson {
            id,
            name,
            country: if igo_owner {
                None
            } else {
                owner_country.clone()
            },
            sector: igo_owner.then(|| "IGO".to_string()),
            affiliated: owner_country.is_some() || igo_owner,
            organization: false,
        }));
        self.cands.push(Cand {
            start,
            end: before,
            target: target.clone(),
            how: MentionHow::RoleName,
            head: (start, before),
            modifier: None,
            role: Some(stated.lower()),
            detailed: true,
        });
        Some(target)
    }

    /// "a spokesman for the Malawian presidency", "an adviser to Iran's
    /// foreign minister": the state of the state or organization (or a
    /// demonym) right after "for" or "to" (and "the") after a role ending
    /// at `end`, as an ISO code.
    fn state_served_after(&self, end: usize) -> Option<String> {
        let mut i = self.token_from(end);
        if !matches!(self.tokens.get(i).map(|_| self.word(i)), Some("for" | "to"))
            || !self.spaced(end, self.tokens[i].start)
        {
            return None;
        }
        i += 1;
        if self.tokens.get(i).is_some() && self.word(i) == "the" {
            i += 1;
        }
        let t = self.tokens.get(i)?;
        if !self.spaced(self.tokens[i - 1].end, t.start) {
            return None;
        }
        let hit = self.hits[Self::hit_starting_at(&self.hits, t.start)?];
        if self.is_person(hit.actor) {
            return None;
        }
        let state = if self.is_state(hit.actor) {
            hit.actor
        } else {
            self.actor_state(hit.actor)?
        };
        Some(state_code(self.kb.actor(state)))
    }

    /// Whether a role phrase ending at `end` is the head of its noun
    /// phrase: punctuation, "and" or a preposition follows ("a professor at
    /// Cornell", "CEO and founder of"), not a possessive or another noun
    /// ("the company's chief operating officer", "Sierra Nevada Corporation
    /// (SNC)": the role word only modifies, or names a firm).
    fn role_heads_apposition(&self, end: usize) -> bool {
        let i = self.token_from(end);
        let Some(t) = self.tokens.get(i) else {
            return true;
        };
        let w = self.word(i);
        if t.start == end {
            return matches!(w, "," | "." | ";");
        }
        self.spaced(end, t.start)
            && matches!(
                w,
                "and" | "for" | "of" | "at" | "with" | "to" | "in" | "on" | "from" | "behind"
            )
    }

    /// "The Israeli leader" after "Israeli Prime Minister Benjamin
    /// Netanyahu": a state's leader (a role stated as a `leader-noun` of the
    /// context lexicon, with the state, no name and no other word) is the
    /// person of that state named last before it in a leader's office (a
    /// `leader-role`: president, prime minister, supreme leader, …), not
    /// the state's government. With no such person named before, it stays
    /// the government sector.
    #[inline(never)]
    fn leader_anaphors(&mut self) {
        for c in 0..self.cands.len() {
            let cand = &self.cands[c];
            let Target::Sector { state, sector } = &cand.target else {
                continue;
            };
            if cand.how != MentionHow::Role
                || sector != "GOV"
                || !cand
                    .role
                    .as_deref()
                    .is_some_and(|r| self.lex.is_leader_noun(r))
            {
                continue;
            }
            let state = *state;
            let leader = self.cands[..c].iter().rev().find_map(|o| {
                let (placed, role) = match &o.target {
                    Target::Kb(a) if self.is_person(*a) => (
                        self.actor_state(*a),
                        o.role.clone().or_else(|| {
                            self.kb
                                .actor(*a)
                                .term_on(self.published)?
                                .role
                                .as_deref()
                                .map(String::from)
                        }),
                    ),
                    Target::NewPerson(p) => (
                        p.country.as_deref().and_then(|c| self.kb.index_of(c)),
                        o.role.clone(),
                    ),
                    _ => return None,
                };
                let leads = placed == Some(state)
                    && role.as_deref().is_some_and(|r| self.lex.is_leader_role(r));
                leads.then(|| o.target.clone())
            });
            if let Some(target) = leader {
                let cand = &mut self.cands[c];
                cand.target = target;
                cand.how = MentionHow::RoleHolder;
                // "leader" says less than the office named before: it is
                // not the person's role.
                cand.role = None;
            }
        }
    }

    /// "His office said": a person's office (an `office-noun` of the
    /// context lexicon after "his" or "her", opening a clause) speaks for the person the
    /// pronoun stands for: the one person named before it in its sentence
    /// or the one before whose given name does not tell the other gender.
    /// Two such persons there ("Trump met Netanyahu. His office said") leave
    /// it unresolved.
    #[inline(never)]
    fn possessive_office_mentions(&mut self) {
        let mut found = std::mem::take(&mut self.found);
        for &i in &self.after_possessives {
            if self.tokens[i].kind != TokenKind::Word
                || !self.lex.is_office_noun(self.word(i))
                || !self.spaced(self.tokens[i - 1].end, self.tokens[i].start)
            {
                continue;
            }
            let Some(pronoun) = Gender::of_pronoun(self.word(i - 1)) else {
                continue;
            };
            if !self.lex.is_possessive_pronoun(self.word(i - 1)) {
                continue;
            }
            // The office that speaks opens a clause ("His office said",
            // "…, his office said"); after a verb or a preposition it is
            // the post ("abusing his office", "took his office").
            if !self.opens_clause(i - 1) {
                continue;
            }
            let (start, end) = (self.tokens[i - 1].start, self.tokens[i].end);
            let Some(s) = self.layer.sentence_at(start) else {
                continue;
            };
            let from = self.layer.sentences[s.saturating_sub(1)].start;
            let mut person: Option<&Target> = None;
            let mut overlaps = false;
            for o in &self.cands {
                if o.start < end && o.end > start {
                    overlaps = true;
                    break;
                }
                if o.start < from || o.end > start {
                    continue;
                }
                let name = match &o.target {
                    Target::Kb(a) if self.is_person(*a) => &self.kb.actor(*a).name,
                    Target::NewPerson(p) if !p.organization => p.name.as_str(),
                    _ => continue,
                };
                if self.name_gender(name).is_some_and(|g| g != pronoun) {
                    continue;
                }
                match person {
                    Some(t) if t != &o.target => {
                        person = None;
                        overlaps = true;
                        break;
                    }
                    _ => person = Some(&o.target),
                }
            }
            if let (false, Some(target)) = (overlaps, person) {
                found.push(Cand::context(
                    start,
                    end,
                    target.clone(),
                    (self.tokens[i].start, end),
                ));
            }
        }
        self.add_found(found);
    }

    /// "ARAGHCHI: We will defend our country.": in a turn of a transcript
    /// or interview whose label names a person ("NAME: " opening a line),
    /// the first-person plural words ("we", "our") stand for the body the
    /// person speaks for: their state's sector when they hold a state
    /// office (IRNGOV for Iran's foreign minister). The label is the text
    /// layer's ([`sitrep_text::turn_label`]); the person's name ends it,
    /// after nothing but capitalized words ("Mr. Araghchi:", "Foreign
    /// Minister Araghchi:"; not "Interview with Araghchi:"). An unnamed
    /// label ("A:", "Q:") or a person of no state body names no one.
    #[inline(never)]
    fn answer_turn_mentions(&mut self) {
        let text = self.text;
        let mut found = std::mem::take(&mut self.found);
        for turn in &self.layer.turns {
            if turn.role != TurnRole::Named {
                continue;
            }
            let (colon, end) = (turn.colon, turn.end);
            let Some(label) = self.cands.iter().find(|c| {
                c.end == colon
                    && c.start >= turn.label
                    && text[turn.label..c.start]
                        .split(' ')
                        .all(|w| !w.starts_with(char::is_lowercase))
            }) else {
                continue;
            };
            let Some(target) = self.spoken_for(&label.target) else {
                continue;
            };
            let first = self.token_from(colon);
            for k in first..self.tokens.len() {
                let t = self.tokens[k];
                if t.start >= end {
                    break;
                }
                if t.kind == TokenKind::Word
                    && self.lex.is_first_plural(self.word(k))
                    && !self.overlaps_cand(t.start, t.end)
                {
                    found.push(Cand::context(
                        t.start,
                        t.end,
                        target.clone(),
                        (t.start, t.end),
                    ));
                }
            }
        }
        self.add_found(found);
    }

    /// The state body a person speaks for: their state's sector when the
    /// KB or the text gives them an office of the state.
    fn spoken_for(&self, person: &Target) -> Option<Target> {
        let (state, sector) = match person {
            Target::Kb(a) if self.is_person(*a) => {
                let actor = self.kb.actor(*a);
                let sector = actor
                    .term_on(self.published)
                    .and_then(|t| t.sector.clone())
                    .or_else(|| actor.sector.clone())?;
                (self.actor_state(*a)?, sector.to_string())
            }
            Target::NewPerson(p) if !p.organization => {
                let state = self
                    .kb
                    .index_of(p.country.as_deref()?)
                    .filter(|&s| self.is_state(s))?;
                (state, p.sector.clone()?)
            }
            _ => return None,
        };
        is_state_body_sector(&sector).then_some(Target::Sector { state, sector })
    }

    /// Whether token `i` opens a clause: first in its sentence, or after a
    /// comma, a semicolon, a colon, an opening quote, "and" or "but" (not
    /// after a verb or a preposition).
    fn opens_clause(&self, i: usize) -> bool {
        i < 1 || self.sentence_initial(i) || self.lex.is_clause_opener(self.word(i - 1))
    }

    /// The state of the person a possessive pronoun at token `i` ("His",
    /// "her") stands for: the last person named before it, in its sentence
    /// or the one before, when the KB or the text places that person in a
    /// state ("Malawi's President Peter Mutharika met reporters. His
    /// spokesman, ..."). A pronoun with two persons of different states
    /// before it stands for neither; a person whose given name tells the
    /// other gender ("Ilhan Omar" for "his") is none of them.
    fn possessor_state(&self, i: usize) -> Option<usize> {
        if !self.lex.is_possessive_pronoun(self.word(i)) {
            return None;
        }
        let at = self.tokens[i].start;
        let s = self.layer.sentence_at(at)?;
        let from = self.layer.sentences[s.saturating_sub(1)].start;
        let first = self.cands.partition_point(|o| o.start < from);
        let pronoun = Gender::of_pronoun(self.word(i));
        // "Ilhan Omar ... his": a person whose name tells the other gender
        // is not whom the pronoun stands for.
        let other_gender =
            |name: &str| pronoun.is_some_and(|p| self.name_gender(name).is_some_and(|g| g != p));
        let mut state = None;
        for o in self.cands[first..].iter().take(200) {
            if o.end > at {
                break;
            }
            let placed = match &o.target {
                Target::Kb(a) if self.is_person(*a) => {
                    if other_gender(&self.kb.actor(*a).name) {
                        continue;
                    }
                    self.actor_state(*a)
                }
                Target::NewPerson(p) => {
                    if other_gender(&p.name) {
                        continue;
                    }
                    p.country.as_deref().and_then(|c| self.kb.index_of(c))
                }
                _ => continue,
            };
            let placed = placed?;
            if state.is_some_and(|s| s != placed) {
                return None;
            }
            state = Some(placed);
        }
        state
    }

    /// Whether punctuation that closes a phrase (",", ".", ";", ")") or
    /// the end of the text comes right after `end`.
    fn closes_at(&self, end: usize) -> bool {
        let i = self.token_from(end);
        self.tokens
            .get(i)
            .is_none_or(|t| t.start == end && matches!(self.word(i), "," | "." | ";" | ")"))
    }

    /// Whether the apposition that began before a role ending at `end`
    /// closes in its sentence with a comma (or the sentence ends), before
    /// any verb of saying opens a clause ("X, a spokesman said" is no
    /// apposition but a slip; "X, a spokesman for the ministry, said" is).
    fn apposition_closes(&self, end: usize) -> bool {
        let Some(s) = self.layer.sentence_at(end.saturating_sub(1)) else {
            return false;
        };
        let sentence_end = self.layer.sentences[s].end;
        let first = self.token_from(end);
        for i in first..first + 12 {
            let Some(t) = self.tokens.get(i) else {
                return true;
            };
            if t.start >= sentence_end {
                return true;
            }
            let w = self.word(i);
            if matches!(w, "," | "." | ";" | ")") {
                return true;
            }
            if self.lex.is_reporting_verb(w) {
                return false;
            }
        }
        false
    }

    // ---- plain aliases, descriptors, surnames ------------------------------

    #[inline(never)]
    fn alias_mentions(&mut self) {
        for (i, h) in self.hits.iter().enumerate() {
            if self.consumed[i] {
                continue;
            }
            let mut how = MentionHow::Alias(h.kind);
            if h.kind == AliasKind::Place {
                how = MentionHow::Locative(AliasKind::Place);
            } else if self.is_state(h.actor)
                && matches!(h.kind, AliasKind::Name | AliasKind::Metonym)
            {
                if let Some(tok) = self.token_at(h.start) {
                    if tok > 0
                        && self.tokens[tok - 1].end < h.start
                        && self.spaced(self.tokens[tok - 1].end, h.start)
                        && self.lex.is_locative(self.word(tok - 1))
                    {
                        how = MentionHow::Locative(h.kind);
                    }
                }
            }
            let role = self.hit_roles.get(&i).cloned();
            self.cands.push(Cand {
                start: h.start,
                end: h.end,
                target: Target::Kb(h.actor),
                how,
                head: (h.start, h.end),
                modifier: None,
                detailed: role.is_some(),
                role,
            });
        }
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

    /// Whether `start..end` overlaps a (sorted) candidate.
    fn overlaps_cand(&self, start: usize, end: usize) -> bool {
        let i = self.cands.partition_point(|c| c.start < end);
        i > 0 && self.cands[i - 1].end > start
    }

    /// "the regime", "the government": pending until the dominant state is known.
    #[inline(never)]
    fn descriptor_mentions(&mut self) {
        let mut found = std::mem::take(&mut self.found);
        // A local list: a push into `self` inside the loop would make it
        // reload the text and tokens after every push.
        let mut anaphors = Vec::new();
        let bytes = self.text.as_bytes();
        // Every pair of neighbouring tokens; the length and first byte of
        // "the" turn away nearly all before anything else is read. A plain
        // index loop: it runs for every token of every document, and the
        // `windows`/`enumerate` chain cost several times the test itself.
        let tokens = self.tokens;
        // Tokens that may be a bare descriptor ("Authorities said") and
        // tokens after "his"/"her": noted in this one pass over the tokens.
        let mut bare = Vec::new();
        let mut after_possessives = Vec::new();
        let bare_filter = self.lex.bare_descriptor_filter();
        if let Some(t) = tokens.first() {
            if bare_filter.may_hold_any_case(bytes[t.start], t.end - t.start) {
                bare.push(0);
            }
        }
        for k in 1..tokens.len() {
            let the = tokens[k - 1];
            let t = tokens[k];
            if bare_filter.may_hold_any_case(bytes[t.start], t.end - t.start) {
                bare.push(k);
            }
            if the.end - the.start != 3 {
                continue;
            }
            match bytes[the.start] | 0x20 {
                b't' => {}
                b'h' => {
                    if matches!(&bytes[the.start + 1..the.end], b"is" | b"er") {
                        after_possessives.push(k);
                    }
                    continue;
                }
                _ => continue,
            }
            if t.kind != TokenKind::Word || !self.word(k - 1).eq_ignore_ascii_case("the") {
                continue;
            }
            // "the military government", "the army-backed government": a
            // descriptor modifier between "the" and the head keeps the
            // descriptor's sense; the mention runs to the head.
            let own = self.lex.descriptor(self.word(k));
            let mut head = k;
            if own.is_none()
                && self.lex.is_descriptor_modifier(self.word(k))
                && tokens.get(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word && n.start > t.end && self.spaced(t.end, n.start)
                })
                && self.lex.descriptor(self.word(k + 1)).is_some()
            {
                head = k + 1;
            }
            // One look-up of the word after "the" serves both tests.
            let sector = if head == k {
                own
            } else {
                self.lex.descriptor(self.word(head))
            };
            let Some(sector) = sector else {
                // "the group": resolved once the organizations are known.
                // "The Framework said": a capitalized word may be the head
                // of an organization's name, checked with the names found.
                if self.lex.may_be_anaphor(bytes[t.start], t.end - t.start)
                    || bytes[t.start].is_ascii_uppercase()
                    || self.lex.is_anaphor_modifier(self.word(k))
                {
                    anaphors.push(k);
                }
                continue;
            };
            if the.end == t.start || !self.spaced(the.end, t.start) {
                continue;
            }
            let h = tokens[head];
            // "the leadership of Hamas" names Hamas's leadership.
            if head + 1 < self.tokens.len() && self.word(head + 1) == "of" {
                continue;
            }
            // "The presidency said" is the office speaking; "won the
            // presidency" is the post.
            if self.lex.is_clause_descriptor(self.word(head)) && !self.opens_clause(k - 1) {
                continue;
            }
            if self.overlaps_cand(the.start, h.end)
                || self.hit_overlapping(the.start, h.end).is_some()
            {
                continue;
            }
            // "the junta in Niger", "the regime in Tehran": the state the
            // phrase names, whichever state dominates the document.
            found.push(self.descriptor_cand(the.start, (h.start, h.end), head + 1, sector));
        }
        self.bare_descriptors(&bare, &mut found);
        self.anaphors = anaphors;
        self.after_possessives = after_possessives;
        // "The International Criminal Court issued warrants ... the court
        // said": the organization named back, not a state's court.
        self.add_bodies_named_back(found);
    }

    /// Whether every candidate overlapping `start..end` is a bare state
    /// body still waiting for its state ("the court", read as a role).
    fn only_bare_bodies_in(&self, start: usize, end: usize) -> bool {
        let i = self.cands.partition_point(|c| c.start < end);
        self.cands[..i]
            .iter()
            .rev()
            .take(8)
            .filter(|c| c.end > start)
            .all(|c| matches!(c.target, Target::Dominant { sector: Some(_) }) && c.role.is_some())
    }

    /// The candidate for a descriptor ("the regime", bare "authorities")
    /// from `start` to the end of its noun `head`: the state named after
    /// "in" at token `next` ("the junta in Niger"), else the document's
    /// dominant state, with the descriptor's sector when it has one.
    fn descriptor_cand(
        &self,
        start: usize,
        head: (usize, usize),
        next: usize,
        sector: Option<&str>,
    ) -> Cand {
        let target = match (self.state_named_after_in(next), sector) {
            (Some(state), Some(sector)) => Target::Sector {
                state,
                sector: sector.to_string(),
            },
            (Some(state), None) => Target::Kb(state),
            (None, sector) => Target::Dominant {
                sector: sector.map(str::to_string),
            },
        };
        Cand::context(start, head.1, target, head)
    }

    /// "Authorities said", "police and authorities in Niger": a
    /// `bare-descriptor` of the context lexicon names a state's body with no
    /// "the" before it, as "the authorities" does (the state named after
    /// "in", else the one named before or the dominant one). Not after a
    /// determiner or a possessive ("their authorities": whose is for the
    /// reader to find), nor before "of", nor inside a name or a role
    /// phrase ("Kenyan authorities" is the role mention already).
    fn bare_descriptors(&self, candidates: &[usize], found: &mut Vec<Cand>) {
        for &k in candidates {
            let t = self.tokens[k];
            if t.kind != TokenKind::Word {
                continue;
            }
            let word = self.word(k);
            let Some(sector) = self
                .lex
                .is_bare_descriptor(word)
                .then(|| self.lex.descriptor(word))
                .flatten()
            else {
                continue;
            };
            // "their authorities"; "Lebanese authorities" (a name or
            // demonym right before: a role phrase, or none).
            if k > 0
                && (self.lex.is_determiner(self.word(k - 1))
                    || Self::hit_ending_at(&self.hits, self.tokens[k - 1].end).is_some())
            {
                continue;
            }
            if k + 1 < self.tokens.len() && self.word(k + 1) == "of" {
                continue;
            }
            if self.overlaps_cand(t.start, t.end) || self.hit_overlapping(t.start, t.end).is_some()
            {
                continue;
            }
            found.push(self.descriptor_cand(t.start, (t.start, t.end), k + 1, sector));
        }
    }

    /// The state named by its name or capital after "in" at token `i`
    /// ("in Niger", "in Tehran").
    fn state_named_after_in(&self, i: usize) -> Option<usize> {
        let (prep, name) = (self.tokens.get(i)?, self.tokens.get(i + 1)?);
        if self.word(i) != "in"
            || !self.spaced(self.tokens[i - 1].end, prep.start)
            || prep.end == name.start
            || !self.spaced(prep.end, name.start)
        {
            return None;
        }
        let h = self.hits[Self::hit_starting_at(&self.hits, name.start)?];
        (self.is_state(h.actor) && matches!(h.kind, AliasKind::Name | AliasKind::Metonym))
            .then_some(h.actor)
    }

    /// "The group said", "the bloc said", "the militants attacked": the
    /// organization of a kind the noun can name ("group" an armed group,
    /// "bloc" an international organization, "company" a business) named
    /// last, within three sentences. Outlets and organizations of other
    /// kinds are passed over ("Hezbollah fired; the UN condemned it; the
    /// group said" is Hezbollah); two fitting ones in that sentence name no
    /// one. One the text itself calls by the noun fits whatever its kind
    /// ("the Coordination Framework, an alliance of parties"). "The
    /// Framework said" names back an organization by its name's last word.
    #[inline(never)]
    fn anaphor_mentions(&mut self) {
        let kb = self.kb;
        let bytes = self.text.as_bytes();
        let mut found = std::mem::take(&mut self.found);
        for &first in &self.anaphors {
            let (the, t) = (self.tokens[first - 1], self.tokens[first]);
            if the.end == t.start || !self.spaced(the.end, t.start) {
                continue;
            }
            // "The paramilitary group later acknowledged": an
            // `anaphor-modifier` between "the" and the noun leaves the
            // phrase a name of the organization; the noun is the head.
            let k = match self.tokens.get(first + 1) {
                Some(next)
                    if self.lex.is_anaphor_modifier(self.word(first))
                        && next.kind == TokenKind::Word
                        && t.end < next.start
                        && self.spaced(t.end, next.start)
                        && self.lex.anaphor(self.word(first + 1)).is_some() =>
                {
                    first + 1
                }
                _ => first,
            };
            let t = self.tokens[k];
            if (self.overlaps_cand(the.start, t.end) && !self.only_bare_bodies_in(the.start, t.end))
                || self.hit_overlapping(the.start, t.end).is_some()
            {
                continue;
            }
            if k == first && bytes[t.start].is_ascii_uppercase() {
                if let Some(actor) = self
                    .named_by_name_head(k)
                    .or_else(|| self.body_meant_by_name_head(k))
                {
                    found.push(Cand::context(
                        the.start,
                        t.end,
                        Target::Kb(actor),
                        (t.start, t.end),
                    ));
                }
                continue;
            }
            let Some(kinds) = self.lex.anaphor(self.word(k)) else {
                continue;
            };
            // "the group of protesters" is not the organization.
            if k + 1 < self.tokens.len() && self.word(k + 1) == "of" {
                continue;
            }
            let head = self.word(k);
            // "the report": only the one the text gave as its author.
            let authored = self.lex.is_authored(head);
            // "the report cited by CNN", "the report by the IEA": the
            // phrase names its own source, no one named before.
            if authored
                && k + 1 < self.tokens.len()
                && (matches!(
                    self.word(k + 1).to_ascii_lowercase().as_str(),
                    "by" | "from" | "cited"
                ) || self.lex.is_publishing_verb(self.word(k + 1)))
            {
                continue;
            }
            let named = self.lex.is_named_anaphor(head);
            // "blame the agency's director general, Rafael Grossi": the
            // person is the one meant there, the agency only their owner.
            if named
                && self.possessive_owner(k + 1).is_some()
                && self
                    .tokens
                    .get(k + 2)
                    .is_some_and(|n| self.name_follows_role_at(n.start))
            {
                continue;
            }
            let fits = |c: &Cand| -> Option<usize> {
                let Target::Kb(a) = c.target else {
                    return None;
                };
                let actor = kb.actor(a);
                if authored {
                    return (kinds.contains(&actor.kind) && self.wrote(c, head)).then_some(a);
                }
                // "The Saudi Press Agency reported ... The agency said",
                // "CIA Director John Ratcliffe said the agency": only a body
                // (a state's own too) called by the noun, in its name, its
                // mention or right after it ("the IRNA news agency").
                if named {
                    return (kinds.contains(&actor.kind)
                        && (names_itself_by(&actor.name, head)
                            || names_itself_by(&self.text[c.start..c.end], head)
                            || self.called_by_noun(c, head)
                            || self.noun_right_after(c.end, head)))
                    .then_some(a);
                }
                let body = !matches!(
                    actor.kind,
                    ActorKind::Person | ActorKind::Country | ActorKind::Place | ActorKind::Media
                );
                if body && self.called_by_noun(c, head) {
                    return Some(a);
                }
                // A state's own body (a parliament, a ministry, an army) is
                // named by its office, never "the group" or "the bloc".
                let state_body = actor.country.is_some()
                    && actor.sector.as_deref().is_some_and(is_state_body_sector);
                // An outlet only for a noun whose row lists outlets ("the
                // broadcaster"); the kinds test below holds that.
                let organization = matches!(
                    actor.kind,
                    ActorKind::Organization
                        | ActorKind::ArmedGroup
                        | ActorKind::Igo
                        | ActorKind::Group
                        | ActorKind::Media
                );
                // "convicted at the Old Bailey ... The court heard": a noun
                // whose row names the body's sector ("court": JUD) names
                // back a state's own body of that sector too.
                let own_sector_noun = state_body
                    && self.lex.anaphor_names_sector(head, actor.sector.as_deref())
                    && names_itself_by(&actor.name, head);
                ((!state_body || own_sector_noun)
                    && organization
                    && kinds.contains(&actor.kind)
                    && self.lex.anaphor_fits_sector(head, actor.sector.as_deref()))
                .then_some(a)
            };
            let before = self.cands.partition_point(|c| c.start < the.start);
            // Only the last three sentences may hold the antecedent.
            let from = self.window_start(the.start);
            // "NATO met in Brussels. The alliance said": a city standing for
            // an organization (Brussels for the EU) is no antecedent; "the
            // alliance" names back a body named by its name.
            let mut fitting = self.cands[from.min(before)..before]
                .iter()
                .rev()
                .filter(|c| !c.how.is_metonym())
                .filter_map(|c| Some((c.start, c.end, fits(c)?)));
            let Some((at, named_end, actor)) = fitting
                .next()
                .or_else(|| self.state_body_named_before(from.min(before), the.start, head))
            else {
                continue;
            };
            let sentence = self.layer.sentence_at(at);
            // "A Houthi official, Mohammed Abdulsalam, said the group would
            // …": a member of a non-state group speaking in the noun's own
            // sentence speaks of their group, which need not be the one
            // named before.
            let here = self.layer.sentence_at(the.start);
            let after_named = self.cands.partition_point(|c| c.start <= named_end);
            let member_speaks = self.cands[after_named.min(before)..before].iter().any(|c| {
                self.layer.sentence_at(c.start) == here
                    && matches!(c.target, Target::Kb(p) if self.is_person(p)
                        && matches!(kb.actor(p).sector.as_deref(), Some("REB" | "OPP")))
            });
            if member_speaks {
                continue;
            }
            // "Hamas and Islamic Jihad fired. The group said": two fitting
            // ones in one sentence, neither nearer.
            let rival = fitting
                .take_while(|&(start, _, _)| self.layer.sentence_at(start) == sentence)
                .any(|(_, _, other)| other != actor);
            if rival {
                continue;
            }
            // "Hamas, the group that attacked Israel": an apposition
            // restating the name is part of that mention's phrase, not a
            // mention of its own.
            if self.text.get(named_end..the.start) == Some(", ") {
                continue;
            }
            // "… a group of protesters gathered. The group demanded …": a
            // group the text introduced after the organization ("a group",
            // "a new bloc", "another alliance") is the one meant.
            let introduced = !self.called_by_noun_after(named_end, head)
                && (self.token_from(named_end)..k.saturating_sub(1)).any(|j| {
                    j > 0
                        && self.word(j).eq_ignore_ascii_case(head)
                        && matches!(
                            self.word(j - 1).to_ascii_lowercase().as_str(),
                            "a" | "an" | "another" | "new"
                        )
                });
            if introduced {
                continue;
            }
            let near = match (sentence, self.layer.sentence_at(the.start)) {
                (Some(a), Some(b)) => b - a <= 3,
                _ => false,
            };
            // "The ICC issued warrants. Thailand's prime minister was
            // removed. The court said": with a state named in between, a
            // bare "court" may be that state's; it stays the bare body.
            let own_state = self.state_body_state(actor);
            let state_between = self.overlaps_cand(the.start, t.end)
                && match own_state {
                    // A state's own court: only another state acting in
                    // between ("Thailand's prime minister") may own the
                    // bare noun; its own ("in London") and demonyms of
                    // people or firms ("an Austrian businessman") do not.
                    Some(own) => self.other_state_acts_between(named_end, the.start, own),
                    None => self.states_named(named_end, the.start).next().is_some(),
                };
            // A state's own body named earlier than the window is meant
            // only when it is the one body of that sector named before.
            let near = near || own_state.is_some();
            if near && !state_between {
                found.push(Cand::context(
                    the.start,
                    t.end,
                    Target::Kb(actor),
                    (t.start, t.end),
                ));
            }
        }
        // "convicted at the Old Bailey ... The court heard": the body named
        // back, not the state's court the role phrase would be.
        self.add_bodies_named_back(found);
    }

    /// Adds the candidates in `found`, bodies a bare noun names back ("the
    /// court said"); a bare state body read from a role phrase over the same
    /// words gives way to them. The emptied buffer goes back to `self.found`.
    fn add_bodies_named_back(&mut self, found: Vec<Cand>) {
        if !found.is_empty() {
            self.cands.retain(|c| {
                !(matches!(c.target, Target::Dominant { sector: Some(_) })
                    && c.role.is_some()
                    && found.iter().any(|f| f.start < c.end && c.start < f.end))
            });
            self.add_found(found);
            self.sort_cands();
        } else {
            self.found = found;
        }
    }

    /// Adds a mention pass's new candidates (`found`, taken from
    /// `self.found`) to `cands` and gives the emptied buffer back to
    /// `self.found` for the next pass.
    fn add_found(&mut self, mut found: Vec<Cand>) {
        self.cands.append(&mut found);
        self.found = found;
    }

    /// The state of KB actor `a` when it is a state's own body of a
    /// sector a state body has (a court, a ministry, an army).
    fn state_body_state(&self, a: usize) -> Option<usize> {
        let actor = self.kb.actor(a);
        if !actor.sector.as_deref().is_some_and(is_state_body_sector) || self.is_state(a) {
            return None;
        }
        self.kb.index_of(actor.country.as_deref()?)
    }

    /// "Katrin Ivanova ... were convicted at the Old Bailey. [three
    /// sentences] The court heard": before the anaphor window (candidates
    /// before index `window`), the one state body of the noun's own sector
    /// (`anaphor_names_sector`) the document named before `at`, if only
    /// one was: (start, end, actor) of its last mention.
    fn state_body_named_before(
        &self,
        window: usize,
        at: usize,
        head: &str,
    ) -> Option<(usize, usize, usize)> {
        let mut found: Option<(usize, usize, usize)> = None;
        for c in self.cands[..window].iter().take_while(|c| c.start < at) {
            let Target::Kb(a) = c.target else {
                continue;
            };
            if c.how.is_metonym() || self.state_body_state(a).is_none() {
                continue;
            }
            let actor = self.kb.actor(a);
            if !matches!(actor.kind, ActorKind::Organization)
                || !self.lex.anaphor_names_sector(head, actor.sector.as_deref())
                || !names_itself_by(&actor.name, head)
            {
                continue;
            }
            match found {
                Some((_, _, other)) if other != a => return None,
                _ => found = Some((c.start, c.end, a)),
            }
        }
        found
    }

    /// Whether a state other than `own` is named between `from` and `to`
    /// as an actor: by its name, a capital or a body of it, not as a
    /// place ("in Moscow") nor by a demonym ("German payments firm"); its
    /// people (persons) do not count.
    fn other_state_acts_between(&self, from: usize, to: usize, own: usize) -> bool {
        let first = self.cands.partition_point(|o| o.start < from);
        self.cands[first..]
            .iter()
            .take_while(|o| o.start < to)
            .take(400)
            .any(|o| {
                let state = match &o.target {
                    Target::Kb(a) if self.is_state(*a) => Some(*a),
                    Target::Sector { state, .. } => Some(*state),
                    _ => None,
                };
                state.is_some_and(|s| s != own) && !o.how.is_adjectival() && !o.how.is_locative()
            })
    }

    /// Whether the text gives the actor of mention `c` as the author of a
    /// `noun` (an `authored` word): "a report by the IEA", "a study
    /// published in Nature", "the IEA's report", "the IEA report", "Axios
    /// reported". "a report on Iran" or "the report about Axios" is not.
    fn wrote(&self, c: &Cand, noun: &str) -> bool {
        let mut j = self.token_from(c.start);
        if j > 0 && self.word(j - 1).eq_ignore_ascii_case("the") {
            j -= 1;
        }
        if j >= 2
            && matches!(
                self.word(j - 1).to_ascii_lowercase().as_str(),
                "by" | "from" | "in"
            )
        {
            let mut k = j - 2;
            if k > 0 && self.lex.is_publishing_verb(self.word(k)) {
                k -= 1;
            }
            if self.word(k).eq_ignore_ascii_case(noun) {
                return true;
            }
        }
        let rest = &self.text[c.end..];
        let rest = rest
            .strip_prefix("'s")
            .or_else(|| rest.strip_prefix("\u{2019}s"))
            .unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let next = rest
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        let inflected = |suffix: &str| {
            next.len() == noun.len() + suffix.len()
                && next[..noun.len()].eq_ignore_ascii_case(noun)
                && next[noun.len()..].eq_ignore_ascii_case(suffix)
        };
        next.eq_ignore_ascii_case(noun) || inflected("s") || inflected("ed")
    }

    /// The state of a `place-bound` body ("rebels attacked government
    /// forces near Aleppo"): the one state its sentence names (places and
    /// armed groups fighting there included; the clause's acting subject,
    /// "Israel struck government forces near Damascus", left out), none
    /// when it names two; with none named there, the one state named just
    /// before (as for a bare body), else a one-state story's.
    fn place_bound_state(&self, c: &Cand, fallback: &Fallback) -> Option<usize> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        let named: Vec<(bool, usize)> = self
            .states_named(sentence.start, sentence.end)
            .filter(|(o, _)| !(o.end > c.start && o.start < c.end))
            .map(|(o, state)| (o.end <= c.start, state))
            .collect();
        // The acting subject is left out only when it is the one state
        // named before the body ("Ethiopia and Eritrea ... government
        // forces" names two).
        let subject = self
            .subject_state(c)
            .filter(|&s| named.iter().all(|&(before, t)| !before || t == s));
        let mut one = None;
        for &(_, state) in &named {
            if Some(state) == subject {
                continue;
            }
            if one.is_some_and(|s| s != state) {
                return None;
            }
            one = Some(state);
        }
        one.or_else(|| self.nearby_state(c).filter(|&s| Some(s) != subject))
            .or_else(|| {
                fallback
                    .state
                    .filter(|&s| Some(s) != subject && !self.fallback_contested(fallback))
            })
    }

    /// Index of the first candidate in the sentence three before the one
    /// at `offset`: an anaphor names back no further.
    fn window_start(&self, offset: usize) -> usize {
        let Some(here) = self.layer.sentence_at(offset) else {
            return 0;
        };
        let first = self.layer.sentences[here.saturating_sub(3)].start;
        self.cands.partition_point(|c| c.start < first)
    }

    /// Whether the text calls the organization of mention `c` by `noun`
    /// where it names it: a noun right before the name ("the al
    /// Qaeda-linked group JNIM") or heading an apposition after it ("Iraq's
    /// Coordination Framework, an alliance of Shiite parties").
    fn called_by_noun(&self, c: &Cand, noun: &str) -> bool {
        let first = self.token_from(c.start);
        if first > 0 && self.word(first - 1) == noun {
            return true;
        }
        self.called_by_noun_after(c.end, noun)
    }

    /// Whether `noun` is one of the two words right after offset `end`
    /// ("IRNA news agency", "SPA agency").
    fn noun_right_after(&self, end: usize, noun: &str) -> bool {
        let mut at = end;
        for j in self.token_from(end)..(self.token_from(end) + 2).min(self.tokens.len()) {
            let t = self.tokens[j];
            if t.kind != TokenKind::Word || t.start == at || !self.spaced(at, t.start) {
                return false;
            }
            if self.word(j).eq_ignore_ascii_case(noun) {
                return true;
            }
            at = t.end;
        }
        false
    }

    /// Whether an apposition right after offset `end` calls what ends
    /// there by `noun` (", an alliance of Shiite parties"): that "an
    /// alliance" introduces no new organization.
    fn called_by_noun_after(&self, end: usize, noun: &str) -> bool {
        let j = self.token_from(end);
        if j + 2 >= self.tokens.len()
            || self.word(j) != ","
            || !matches!(self.word(j + 1), "a" | "an")
        {
            return false;
        }
        // "an alliance of", "a Tehran-backed alliance": the noun within the
        // next few words, before the apposition's punctuation.
        (j + 2..(j + 6).min(self.tokens.len()))
            .take_while(|&i| self.tokens[i].kind == TokenKind::Word)
            .any(|i| self.word(i).eq_ignore_ascii_case(noun))
    }

    /// "The Framework said" after "Iraq's Coordination Framework": the
    /// organization named within three sentences before whose name of two
    /// words or more ends in the capitalized word at token `k`; none when
    /// another capitalized word follows ("the Framework Agreement").
    fn named_by_name_head(&self, k: usize) -> Option<usize> {
        let t = self.tokens[k];
        if let Some(next) = self.tokens.get(k + 1) {
            if self.spaced(t.end, next.start)
                && self.text.as_bytes()[next.start].is_ascii_uppercase()
            {
                return None;
            }
        }
        let word = self.word(k);
        let here = self.layer.sentence_at(t.start)?;
        let before = self.cands.partition_point(|c| c.start < t.start);
        let from = self.window_start(t.start);
        self.cands[from.min(before)..before]
            .iter()
            .rev()
            .find_map(|c| {
                let Target::Kb(a) = c.target else {
                    return None;
                };
                let organization = matches!(
                    self.kb.actor(a).kind,
                    ActorKind::Organization
                        | ActorKind::ArmedGroup
                        | ActorKind::Igo
                        | ActorKind::Group
                );
                let name = &self.text[c.head.0..c.head.1];
                let near = self
                    .layer
                    .sentence_at(c.start)
                    .is_some_and(|s| here - s <= 3);
                (organization
                    && near
                    && !c.how.is_metonym()
                    && name.rsplit_once(' ').is_some_and(|(_, last)| last == word))
                .then_some(a)
            })
    }

    /// "The Council today adopted a 16th package" in a story naming the EU:
    /// a capitalized name head that no organization named shortly before
    /// ends in means the body its `name-head-body` row gives for the body
    /// the document names (the EU's "the Council" is the Council of the
    /// EU; UN coverage's is the Security Council); none when the document
    /// names bodies meaning different ones, or another capitalized word
    /// follows ("the Council Presidency").
    fn body_meant_by_name_head(&self, k: usize) -> Option<usize> {
        let pairs = self.lex.name_head_bodies(self.word(k))?;
        let t = self.tokens[k];
        if let Some(next) = self.tokens.get(k + 1) {
            if self.spaced(t.end, next.start)
                && (self.text.as_bytes()[next.start].is_ascii_uppercase()
                    || self.word(k + 1) == "of")
            {
                return None;
            }
        }
        let mut meant: Option<usize> = None;
        for c in self.cands.iter().take(2000) {
            let Target::Kb(a) = c.target else {
                continue;
            };
            let id = &self.kb.actor(a).id;
            for (context, body) in pairs {
                if context.as_str() != &**id {
                    continue;
                }
                let body = self.kb.index_of(body)?;
                if meant.is_some_and(|m| m != body) {
                    return None;
                }
                meant = Some(body);
            }
        }
        meant
    }

    /// A relative of a known person named in full ("Hunter Biden", "Eric
    /// Trump"): a person of their own, like any full name the KB lacks,
    /// with no role (the famous relative's is not theirs).
    fn relative_person(&self, start: usize, end: usize) -> Cand {
        let name = self.text[start..end].to_string();
        let id = slug(&name);
        let target = match self.kb.index_of(&id) {
            Some(known) => Target::Kb(known),
            None => Target::NewPerson(Box::new(NewPerson {
                id,
                name,
                country: None,
                sector: None,
                affiliated: false,
                organization: false,
            })),
        };
        Cand {
            start,
            end,
            target,
            how: MentionHow::Alias(AliasKind::Name),
            head: (start, end),
            modifier: None,
            role: None,
            detailed: false,
        }
    }

    /// Surname-only mentions of persons named in full earlier.
    #[inline(never)]
    fn surname_mentions(&mut self) {
        let mut surnames: FastMap<&str, Option<(Target, usize)>> = FastMap::default();
        for c in &self.cands {
            let person = match &c.target {
                Target::NewPerson(p) => !p.organization,
                Target::Kb(a) => self.is_person(*a),
                _ => false,
            };
            if !person {
                continue;
            }
            let name = &self.text[c.head.0..c.head.1];
            let Some((_, last)) = name.rsplit_once(' ') else {
                continue;
            };
            // "Han Duck-soo", "Lee Jae-myung": a romanized Korean or Chinese
            // given name joined by a hyphen, lower case after it, follows
            // the family name, which is what the story calls them by later
            // ("Han said").
            let last = match name.split_once(' ') {
                Some((family, given)) if is_hyphenated_given_name(given) => family,
                // "Kim Jong Un", "Wang Yi": a last word too short to be a
                // surname is a syllable of a given name written after the
                // family name, which the story calls them by ("Kim said").
                // A generational suffix ("Jr") or an initial is no syllable.
                Some((family, _))
                    if last.chars().count() < 3
                        && is_titlecase(last)
                        && !self.lex.is_name_suffix(last.trim_end_matches('.')) =>
                {
                    family
                }
                _ => last,
            };
            if last.chars().count() < 3 || !is_titlecase(last) {
                continue;
            }
            match surnames.entry(last) {
                Entry::Vacant(v) => {
                    v.insert(Some((c.target.clone(), c.end)));
                }
                Entry::Occupied(mut o) => {
                    if o.get().as_ref().is_some_and(|(t, _)| *t != c.target) {
                        o.insert(None);
                    }
                }
            }
        }
        surnames.retain(|_, v| v.is_some());
        let Some(min_after) = surnames.values().flatten().map(|(_, after)| *after).min() else {
            return;
        };
        // Most capitalized words are no surname: a word whose first byte
        // and length no surname has is passed over without hashing it.
        let mut surname_shapes = FirstByteLen::default();
        for &name in surnames.keys() {
            surname_shapes.add(name.as_bytes()[0], name.len());
        }
        let mut found = std::mem::take(&mut self.found);
        let bytes = self.text.as_bytes();
        let from = self.token_from(min_after);
        for (k, t) in self.tokens.iter().enumerate().skip(from) {
            // Surnames are title case, so the first-byte test also keeps
            // only words starting with a capital or a non-ASCII letter.
            let b = bytes[t.start];
            if !surname_shapes.may_hold(b, t.end - t.start) || t.kind != TokenKind::Word {
                continue;
            }
            let Some(Some((target, after))) = surnames.get(self.word(k)) else {
                continue;
            };
            if t.start < *after
                || self.overlaps_cand(t.start, t.end)
                || self.hit_overlapping(t.start, t.end).is_some()
            {
                continue;
            }
            // "Imran Khan's son Kasim Khan": another given name before the
            // surname makes a relative, a person of their own.
            if let Some(given) = self.other_given_name_start(t.start) {
                let own_name = match target {
                    Target::Kb(a) => &self.kb.actor(*a).name,
                    Target::NewPerson(p) => p.name.as_str(),
                    _ => "",
                };
                let given_word = &self.text[given..self.tokens[k - 1].end];
                if Self::hit_ending_at(&self.hits, self.tokens[k - 1].end).is_none()
                    && !own_name.split_whitespace().any(|n| n == given_word)
                    && !self.overlaps_cand(given, t.end)
                {
                    found.push(self.relative_person(given, t.end));
                    continue;
                }
            }
            found.push(Cand {
                start: t.start,
                end: t.end,
                target: target.clone(),
                how: MentionHow::Surname,
                head: (t.start, t.end),
                modifier: None,
                role: None,
                detailed: false,
            });
        }
        self.turn_label_surnames(&surnames, &mut found);
        self.add_found(found);
    }

    /// "Matthew Miller, Spokesperson ... MR MILLER: Good afternoon": a
    /// transcript turn label in capitals ends with the surname of a person
    /// the document named in full before it; the surname is that person.
    /// Transcripts write their speakers' names in capitals, which the
    /// title-case surname scan passes over. Only a person named in full in
    /// this document is linked ("JOHNSON:" is nobody unless a Johnson was).
    fn turn_label_surnames(
        &self,
        surnames: &FastMap<&str, Option<(Target, usize)>>,
        found: &mut Vec<Cand>,
    ) {
        for turn in &self.layer.turns {
            if turn.role != TurnRole::Named || !turn.caps {
                continue;
            }
            let label = &self.text[turn.name..turn.colon];
            let start = turn.name + label.rfind(' ').map_or(0, |i| i + 1);
            let caps = &self.text[start..turn.colon];
            let mut chars = caps.chars();
            let Some(initial) = chars.next() else {
                continue;
            };
            let title: String = std::iter::once(initial)
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            let Some(Some((target, after))) = surnames.get(title.as_str()) else {
                continue;
            };
            if start < *after
                || self.overlaps_cand(start, turn.colon)
                || found.iter().any(|c| c.start < turn.colon && start < c.end)
            {
                continue;
            }
            found.push(Cand {
                start,
                end: turn.colon,
                target: target.clone(),
                how: MentionHow::Surname,
                head: (start, turn.colon),
                modifier: None,
                role: None,
                detailed: false,
            });
        }
    }

    /// "the North" after "North Korea": "the" and a capitalized
    /// `short-name` word of the context lexicon stand for the state named
    /// before whose name opens with that word, when the document names only
    /// one such state and no capitalized word follows ("the North
    /// Atlantic"). Mentions only after the state's first one.
    #[inline(never)]
    fn short_name_mentions(&mut self) {
        // (opening word, state, end of its first mention; `None` state when
        // two states named here open with the word).
        let mut named: Vec<(&str, Option<usize>, usize)> = Vec::new();
        for c in &self.cands {
            let Target::Kb(a) = c.target else { continue };
            if !self.is_state(a) {
                continue;
            }
            let Some((first, _)) = self.kb.actor(a).name.split_once(' ') else {
                continue;
            };
            if !self.lex.is_short_name(first) {
                continue;
            }
            match named.iter_mut().find(|n| n.0 == first) {
                Some(n) if n.1 == Some(a) => n.2 = n.2.min(c.end),
                Some(n) => n.1 = None,
                None => named.push((first, Some(a), c.end)),
            }
        }
        named.retain(|n| n.1.is_some());
        if named.is_empty() {
            return;
        }
        let mut found = std::mem::take(&mut self.found);
        for k in 1..self.tokens.len() {
            let t = self.tokens[k];
            let Some(&(_, Some(state), after)) = named.iter().find(|n| n.0 == self.word(k)) else {
                continue;
            };
            let the = self.tokens[k - 1];
            if the.start < after
                || !self.word(k - 1).eq_ignore_ascii_case("the")
                || !self.spaced(the.end, t.start)
                || self.tokens.get(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && (n.start == t.end
                            || (self.spaced(t.end, n.start)
                                && self.word(k + 1).starts_with(char::is_uppercase)))
                })
                || self.overlaps_cand(the.start, t.end)
                || self.hit_overlapping(the.start, t.end).is_some()
            {
                continue;
            }
            found.push(Cand {
                start: the.start,
                end: t.end,
                target: Target::Kb(state),
                how: MentionHow::Alias(AliasKind::Descriptor),
                head: (t.start, t.end),
                modifier: None,
                role: None,
                detailed: false,
            });
        }
        self.add_found(found);
    }

    /// States mentioned in the document (their own mentions and their
    /// sectors'), most mentioned first.
    /// The state a mention stands for, if it is a state or a sector of one.
    fn state_of(&self, target: &Target) -> Option<usize> {
        match target {
            Target::Kb(a) if self.is_state(*a) => Some(*a),
            Target::Sector { state, .. } => Some(*state),
            _ => None,
        }
    }

    /// "Ethnic Albanians" are a minority named by ethnicity, not the people
    /// or the government of Albania: they belong to the state they live in,
    /// the one named right after them ("ethnic Albanians in south Serbia",
    /// "ethnic Russians living in Latvia") or else the only other state the
    /// sentence names ("ethnic Albanians have sworn to fight near
    /// Macedonia's border"). With no such state they are left as they were.
    #[inline(never)]
    fn ethnic_minorities(&mut self) {
        const DIRECTIONS: [&str; 9] = [
            "south", "southern", "north", "northern", "east", "eastern", "west", "western",
            "central",
        ];
        for ci in 0..self.cands.len() {
            let c = &self.cands[ci];
            let Some(own) = self.state_of(&c.target) else {
                continue;
            };
            let Some(tok) = self.token_at(c.start) else {
                continue;
            };
            let ethnic = tok > 0 && self.word(tok - 1).eq_ignore_ascii_case("ethnic");
            // Without "ethnic", only a people named by its plural demonym and
            // tied to another state by "of" ("the Albanians of southern
            // Serbia", "Russians living in Latvia"); "Americans in Iraq" are
            // not a minority of Iraq.
            let text = &self.text[c.start..c.end];
            let demonym_plural = text.ends_with('s')
                && !text.contains(' ')
                && text != self.kb.actor(own).name
                && matches!(c.how, MentionHow::Alias(_));
            if !ethnic && !demonym_plural {
                continue;
            }
            let other_state = |k: usize| {
                let k_start = self.tokens.get(k)?.start;
                let o = self.cands.iter().find(|o| o.start == k_start)?;
                self.state_of(&o.target).filter(|&st| st != own)
            };
            // "in south Serbia", "of southern Serbia", "living in Latvia".
            let mut k = self.token_from(c.end);
            if k < self.tokens.len()
                && ["living", "operating", "based", "settled"]
                    .iter()
                    .any(|w| self.word(k).eq_ignore_ascii_case(w))
            {
                k += 1;
            }
            let mut home = None;
            let tie = |w: &str| match w {
                "of" => true,
                "in" | "from" => ethnic || k > self.token_from(c.end),
                _ => false,
            };
            if k < self.tokens.len() && tie(self.word(k)) {
                k += 1;
                while k < self.tokens.len() && DIRECTIONS.contains(&self.word(k)) {
                    k += 1;
                }
                home = other_state(k);
            }
            if home.is_none() && ethnic {
                let sentence = self.layer.sentence_at(c.start);
                // "ethnic Armenians fled Nagorno-Karabakh": a place they
                // leave is no state they live in.
                let left = |o: &Cand| {
                    self.token_at(o.start).is_some_and(|t| {
                        (t.saturating_sub(2)..t).any(|w| self.lex.is_departure_verb(self.word(w)))
                    })
                };
                let mut others = self
                    .cands
                    .iter()
                    .filter(|o| self.layer.sentence_at(o.start) == sentence && !left(o))
                    .filter_map(|o| self.state_of(&o.target))
                    .filter(|&st| st != own);
                if let Some(first) = others.next() {
                    if others.all(|st| st == first) {
                        home = Some(first);
                    }
                }
            }
            let Some(home) = home else { continue };
            let sector = match &self.cands[ci].target {
                Target::Sector { sector, .. } => sector.clone(),
                _ => "ETH".to_string(),
            };
            self.cands[ci].target = Target::Sector {
                state: home,
                sector,
            };
        }
    }

    /// Mentions per state among `cands` (a state's own and its sectors'),
    /// most first.
    fn ranked_states<'c>(&self, cands: impl Iterator<Item = &'c Cand>) -> Vec<(usize, usize)> {
        // (mentions, state) pairs, counted by a walk over the few states a
        // document names (a dozen or two) rather than in a hash map sized
        // for every candidate: this runs three times a document. The sort
        // orders the pairs completely, so the order they were met in
        // does not show.
        let mut ranked: Vec<(usize, usize)> = Vec::new();
        for c in cands {
            let state = match &c.target {
                Target::Kb(a) if self.is_state(*a) => *a,
                // "a senior U.S. official ... the official said": a body
                // named back by a bare role counts once, as a person named
                // back by one does.
                Target::Sector { .. } if c.how == MentionHow::RoleHolder => continue,
                Target::Sector { state, .. } => *state,
                // "Ukraine's commander, Oleksandr Syrskyi": a person's role
                // owned by a state the text names counts for that state, as
                // "Ukraine's army" does.
                Target::Kb(_) | Target::NewPerson(_)
                    if matches!(c.how, MentionHow::RoleName | MentionHow::RoleHolder) =>
                {
                    match self.state_owning_role(c) {
                        Some(state) => state,
                        None => continue,
                    }
                }
                _ => continue,
            };
            match ranked.iter_mut().find(|(_, s)| *s == state) {
                Some((n, _)) => *n += 1,
                None => ranked.push((1, state)),
            }
        }
        ranked.sort_by(|a, b| b.cmp(a));
        ranked
    }

    /// The state whose name or demonym owns the role of person mention `c`
    /// ("Ukraine's" of "Ukraine's commander, Oleksandr Syrskyi"), when the
    /// person serves a state body: "American investor George Soros" is no
    /// office of the United States.
    fn state_owning_role(&self, c: &Cand) -> Option<usize> {
        let sector = match &c.target {
            Target::Kb(p) => self.kb.actor(*p).sector.as_deref(),
            Target::NewPerson(p) => p.sector.as_deref(),
            _ => None,
        };
        if !sector.is_some_and(is_state_body_sector) {
            return None;
        }
        let (_, end) = c.modifier?;
        let h = Self::hit_ending_at(&self.hits, end)?;
        let state = self.hits[h].actor;
        self.is_state(state).then_some(state)
    }

    /// The state a generic descriptor `c` ("the junta") names: the owner of
    /// an earlier mention with the same head ("Mali's junta ... the junta"),
    /// else the state that clearly dominates the document once the state its
    /// verb acts on is left out ("the junta accused France": France is whom
    /// it acts on, not who it is). With no such state the fallback state stands.
    fn descriptor_state(&self, c: &Cand, dominant: &Fallback) -> Option<usize> {
        // "The Lebanese government tasked the army", "Netanyahu ordered
        // the military": a government commands its own body.
        if let Some(state) = self.commanding_state(c) {
            return Some(state);
        }
        if let Some(state) = self.speaking_official_state(c) {
            return Some(state);
        }
        // "Russia hosted the junta": whom a state (or its leader) acts on
        // is never that state itself.
        let subject = self.subject_state(c);
        self.descriptor_state_any(c, dominant)
            .filter(|&s| Some(s) != subject)
    }

    /// The state of the subject of the clause whose object `c` is: the
    /// first mention of `c`'s sentence when a lower-case word (its verb)
    /// follows it and `c` comes later ("Putin met Xi ... and the junta's
    /// leader": Putin's state).
    fn subject_state(&self, c: &Cand) -> Option<usize> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        // Candidates are sorted by start here: a binary search to the
        // sentence, not a scan from the document's start per descriptor.
        let first = self.cands.partition_point(|o| o.start < sentence.start);
        let subject = self.cands[first..]
            .iter()
            .take_while(|o| o.start < c.start)
            .find(|o| o.end <= c.start)?;
        let verb = self.token_from(subject.end);
        let w = self.word(verb);
        // A verb of saying introduces words, and a comma may open a clause
        // of its own ("..., and the junta accused France"). A subject
        // further than a long clause away is no subject of this one (and
        // the comma search stays bounded in a run-on line).
        if self.tokens.get(verb)?.start >= c.start
            || c.start - self.tokens[verb].end > MAX_CLAUSE_BYTES
            || self.tokens[verb].kind != TokenKind::Word
            || !w.starts_with(|ch: char| ch.is_lowercase())
            || self.lex.is_reporting_verb(w)
            || self.text[self.tokens[verb].end..c.start].contains([',', ';'])
        {
            return None;
        }
        // An adverb may stand before the verb of saying ("Aden Duale later
        // said the army had been deployed"): the words after it are still
        // reported, not acted on. The gap is bounded above.
        let reported = (verb + 1..self.tokens.len())
            .take_while(|&i| self.tokens[i].end <= c.start)
            .any(|i| self.lex.is_reporting_verb(self.word(i)));
        if reported {
            return None;
        }
        match &subject.target {
            Target::Kb(a) if self.is_person(*a) => self.actor_state(*a),
            target => self.state_of(target),
        }
    }

    /// The state whose government commands the bare body `c` in its
    /// clause: a state, its government or a government official is the
    /// first mention of the sentence, a command verb follows it within a
    /// few lower-case words ("The Lebanese government last week tasked the
    /// army", "Netanyahu ordered the military"), and the body comes right
    /// after the verb, with at most "the" between.
    fn commanding_state(&self, c: &Cand) -> Option<usize> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        let first = self.cands.partition_point(|o| o.start < sentence.start);
        let subject = self.cands[first..]
            .iter()
            .take_while(|o| o.start < c.start)
            .find(|o| o.end <= c.start)?;
        let body = self.token_at(c.start)?;
        let mut verb = None;
        // The subject, up to three lower-case words ("last week"), the verb.
        for i in self.token_from(subject.end)..body.min(self.token_from(subject.end) + 4) {
            let w = self.word(i);
            if self.tokens[i].kind != TokenKind::Word
                || !w.starts_with(|ch: char| ch.is_lowercase())
            {
                return None;
            }
            if self.lex.is_command_verb(w) {
                verb = Some(i);
                break;
            }
        }
        let verb = verb?;
        let gap = &self.text[self.tokens[verb].end..c.start];
        if !(gap == " " || gap.eq_ignore_ascii_case(" the ")) {
            return None;
        }
        match subject.target {
            Target::Kb(a) if self.is_state(a) => Some(a),
            // "Defence Minister Israel Katz orders the army": a defence
            // official commands the state's forces as a government does.
            _ => self
                .sector_state(subject, "GOV")
                .flatten()
                .or_else(|| self.official_state(subject)),
        }
    }

    /// The state `o` serves as a government or military official: a KB
    /// person whose term in force (or whose own sector) is GOV or MIL, or
    /// a state's GOV or MIL sector ("Defence Minister Israel Katz", "Cuba's
    /// President Miguel Diaz-Canel", "Israel's military").
    fn official_state(&self, o: &Cand) -> Option<usize> {
        match &o.target {
            Target::Sector { state, sector } if matches!(sector.as_str(), "GOV" | "MIL") => {
                Some(*state)
            }
            Target::Kb(a) if self.is_person(*a) => {
                let actor = self.kb.actor(*a);
                let sector = actor
                    .term_on(self.published)
                    .and_then(|t| t.sector.as_deref())
                    .or(actor.sector.as_deref());
                matches!(sector, Some("GOV" | "MIL"))
                    .then(|| self.actor_state(*a))
                    .flatten()
            }
            _ => None,
        }
    }

    /// The state whose official or government reports what the bare body
    /// `c` does, `c` opening the reported clause ("Lebanon's Prime Minister
    /// Najib Mikati said the army would reinforce", "Cuba's President said
    /// the army was evacuating"): a state's leader speaks of its own body.
    /// The speaker is the mention right before the verb of saying (an
    /// adverb may stand between), the body right after it, with at most
    /// "that" and "the" between; a state, its government or military, or
    /// an official of either.
    fn speaking_official_state(&self, c: &Cand) -> Option<usize> {
        let Target::Dominant { sector: Some(_) } = &c.target else {
            return None;
        };
        c.role.as_ref()?;
        // The body is the reported clause's subject: a finite verb follows
        // it ("the army would reinforce", "the army withdrew"), not a noun
        // it modifies ("the military operations directors") nor "'s".
        let next = self.token_from(c.end);
        let verb_after = next < self.tokens.len()
            && self.spaced(c.end, self.tokens[next].start)
            && self.tokens[next].kind == TokenKind::Word
            && {
                let w = self.word(next);
                self.lex.is_auxiliary(w) || (w.len() > 4 && w.ends_with("ed"))
            };
        let body = self.token_at(c.start)?;
        // "Modi told parliament": a body right after the verb (no "the")
        // is whom the official addresses, the own state's too.
        let addressed = body > 0
            && self.lex.is_reporting_verb(self.word(body - 1))
            && self.spaced(self.tokens[body - 1].end, c.start);
        if !verb_after && !addressed {
            return None;
        }
        let mut verb = body.checked_sub(1)?;
        // " the ", " that the ", " that ": back over them to the verb.
        for filler in ["the", "that"] {
            if verb > 0 && self.word(verb).eq_ignore_ascii_case(filler) {
                verb -= 1;
            }
        }
        if self.tokens[verb].kind != TokenKind::Word
            || !self.lex.is_reporting_verb(self.word(verb))
            || !self.text[self.tokens[verb].end..c.start]
                .split(' ')
                .all(|w| {
                    w.is_empty() || w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("that")
                })
        {
            return None;
        }
        let sentence_start = self.layer.sentences[self.layer.sentence_at(c.start)?].start;
        let first = self.cands.partition_point(|o| o.start < sentence_start);
        let before = self.cands.partition_point(|o| o.start < c.start);
        let speaker = self.cands[first..before.max(first)]
            .iter()
            .rev()
            .find(|o| o.end <= self.tokens[verb].start)?;
        // The speaker ends right before the verb, or one lower-case word
        // (an adverb: "later", "also") before it.
        let gap = &self.text[speaker.end..self.tokens[verb].start];
        let words: Vec<&str> = gap.split_whitespace().collect();
        if gap.contains(['\n', ',', ';', '"'])
            || words.len() > 1
            || words
                .first()
                .is_some_and(|w| !w.starts_with(|ch: char| ch.is_lowercase()))
        {
            return None;
        }
        match speaker.target {
            Target::Kb(a) if self.is_state(a) => Some(a),
            _ => self.official_state(speaker),
        }
    }

    /// "Russia hosted the junta in Moscow": a descriptor placed by the
    /// state named after it is no mention when that state is also the
    /// subject acting on it.
    #[inline(never)]
    fn drop_descriptors_of_their_subjects_state(&mut self) {
        self.sort_cands();
        let own_object: Vec<bool> = self
            .cands
            .iter()
            .map(|c| {
                c.how == MentionHow::Context
                    && self
                        .state_of(&c.target)
                        .is_some_and(|s| self.subject_state(c) == Some(s))
            })
            .collect();
        if !own_object.contains(&true) {
            return;
        }
        let mut index = 0;
        self.cands.retain(|_| {
            index += 1;
            !own_object[index - 1]
        });
    }

    /// Whether the document names a state other than `state`, or a body
    /// or person of one: then a bare body or "the administration" with
    /// nothing nearer to place it may belong to either.
    fn document_names_other_state(&self, state: usize) -> bool {
        self.cands
            .iter()
            // Bounded: a run-on document may hold thousands.
            .take(2000)
            .any(|o| {
                let other = match o.target {
                    Target::Kb(a) if !self.is_state(a) => self.actor_state(a),
                    _ => self.state_of(&o.target),
                };
                other.is_some_and(|s| s != state)
            })
    }

    /// Whether `o` names a body or official of `sector` ("IRNGOV", the
    /// IDF for MIL, a minister for GOV), and then that one's state (`None`
    /// for a body the KB places in no state).
    fn sector_state(&self, o: &Cand, sector: &str) -> Option<Option<usize>> {
        match &o.target {
            Target::Sector { state, sector: s } if s == sector => Some(Some(*state)),
            Target::Kb(a) if !self.is_state(*a) => {
                let actor = self.kb.actor(*a);
                (actor.sector.as_deref() == Some(sector)).then(|| self.actor_state(*a))
            }
            _ => None,
        }
    }

    /// The one state named around a bare body or descriptor `c`, as a
    /// reader takes it: its paragraph names that state and no other
    /// ("Israeli troops raided Jenin on Monday. The army said": Israel's),
    /// by its name, capital, a sector, or an official's or a group's
    /// state; a paragraph that names no state before it ("Israeli troops
    /// raided Jenin. ¶ The army said") leaves it to the paragraph before,
    /// which then must name one state only. Two states ("Russia launched
    /// drones at Ukraine. Police said") leave it unplaced. A city or
    /// province names no owner, as it says where things happened
    /// ("Clashes erupted near Jenin. The army said" is Israel's army), but
    /// one of another state in the body's own sentence contests it
    /// ("Police said a woman was killed in Lviv").
    fn nearby_state(&self, c: &Cand) -> Option<usize> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        let para_start = self.text[..c.start].rfind("\n\n").map_or(0, |p| p + 2);
        let para_end = self.text[c.end..]
            .find("\n\n")
            .map_or(self.text.len(), |p| c.end + p);
        let (mut before, mut others) = (None, None);
        // Whether `state` is a second state beside `seen`.
        let note = |seen: &mut Option<usize>, state: usize| -> bool {
            let second = seen.is_some_and(|s| s != state);
            seen.get_or_insert(state);
            second
        };
        for (o, state) in self.states_named(para_start, para_end) {
            if (o.end > c.start && o.start < c.end) || self.seat_of_firm(o) {
                continue;
            }
            let place = matches!(
                o.how,
                MentionHow::Alias(AliasKind::Place) | MentionHow::Locative(AliasKind::Place)
            );
            let second = if place {
                o.start >= sentence.start && o.end <= sentence.end && note(&mut others, state)
            } else if o.end <= c.start {
                note(&mut before, state)
            } else {
                note(&mut others, state)
            };
            if second {
                return None;
            }
        }
        match (before, others) {
            (Some(b), Some(o)) if b != o => None,
            (Some(b), _) => Some(b),
            (None, Some(_)) => None,
            (None, None) => {
                let prev_start = self.text[..para_start.saturating_sub(2)]
                    .rfind("\n\n")
                    .map_or(0, |p| p + 2);
                if para_start == 0 {
                    return None;
                }
                let mut one = None;
                for (o, state) in self.states_named(prev_start, para_start) {
                    let place = matches!(
                        o.how,
                        MentionHow::Alias(AliasKind::Place)
                            | MentionHow::Locative(AliasKind::Place)
                    );
                    if !place && note(&mut one, state) {
                        return None;
                    }
                }
                one
            }
        }
    }

    /// Whether mention `o` only says where a firm or group sits ("the
    /// ship's Athens-based operator said it was working with authorities"):
    /// no state acts there, so it places no bare body.
    fn seat_of_firm(&self, o: &Cand) -> bool {
        self.text[o.end..].starts_with("-based")
    }

    /// Whether the sentence of mention `c` names states only as the seats
    /// of firms ("The ship's manager, Cyprus-based Columbia Shipmanagement,
    /// said it was working with the authorities"): a sentence about a firm,
    /// whose bare body no state named elsewhere places either.
    fn states_only_as_seats(&self, c: &Cand) -> bool {
        let Some(sentence) = self.layer.sentence_at(c.start) else {
            return false;
        };
        let span = self.layer.sentences[sentence];
        let mut seats = false;
        for (o, _) in self.states_named(span.start, span.end) {
            if o.start < c.end && o.end > c.start {
                continue;
            }
            if !self.seat_of_firm(o) {
                return false;
            }
            seats = true;
        }
        seats
    }

    /// The state the story is about, as its lead sentence gives it: the
    /// state named first there when it opens the sentence as its subject
    /// ("China said on Friday it would impose tariffs on all U.S. goods")
    /// or when the lead names no other state ("Bucharest mayor Nicusor Dan
    /// won Romania's presidential runoff").
    fn story_state(&self) -> Option<usize> {
        let lead = *self.layer.sentences.first()?;
        let mut named = self.states_named(lead.start, lead.end);
        let (first, state) = named.next()?;
        let opens = self.text[lead.start..first.start.max(lead.start)]
            .trim()
            .is_empty();
        (opens || named.all(|(_, s)| s == state)).then_some(state)
    }

    /// "strengthening his hand in Congress" in a story on Argentina, "dissolved
    /// the House of Representatives" in one on Nepal: a body the KB knows
    /// for one state, named by a proper name several states give theirs
    /// (`shared-body-name` of the context lexicon), in a story whose lead is
    /// about another state that names the KB's state nowhere before it, is
    /// the story state's body of that sector.
    #[inline(never)]
    fn bodies_of_shared_names(&mut self) {
        let shared_name = |r: &Self, c: &Cand| match c.target {
            Target::Kb(a) => {
                let actor = r.kb.actor(a);
                actor.kind != ActorKind::Person
                    && matches!(c.how, MentionHow::Alias(AliasKind::Name))
                    && actor.sector.is_some()
                    && r.lex.is_shared_body_name(&r.text[c.start..c.end])
            }
            _ => false,
        };
        if !self.cands.iter().any(|c| shared_name(self, c)) {
            return;
        }
        let Some(story) = self.story_state() else {
            return;
        };
        for k in 0..self.cands.len() {
            let c = &self.cands[k];
            if !shared_name(self, c) {
                continue;
            }
            let Target::Kb(a) = c.target else {
                continue;
            };
            let Some(own) = self.actor_state(a) else {
                continue;
            };
            if own == story || self.states_named(0, c.start).any(|(_, s)| s == own) {
                continue;
            }
            let Some(sector) = self.kb.actor(a).sector.as_deref() else {
                continue;
            };
            self.cands[k].target = Target::Sector {
                state: story,
                sector: sector.to_string(),
            };
        }
    }

    /// Whether a bare body's `head` is its proper name: two words or more,
    /// all capitalized ("Commerce Ministry", "Constitutional Court"); one
    /// word may be capitalized only as a sentence's first ("Police said").
    fn named_body(&self, head: &str) -> bool {
        // "the Ministry of Foreign Affairs": lower-case joining words inside
        // the name, between capitalized ones.
        let mut words = head.split(' ');
        head.contains(' ')
            && words.next().is_some_and(is_titlecase)
            && words.next_back().is_some_and(is_titlecase)
            && words.all(|w| is_titlecase(w) || self.lex.is_name_joiner(w))
    }

    /// Whether the states named in `c`'s sentence before it are `state`
    /// alone ("Britain accused Russia of a cyberattack on the Electoral
    /// Commission" names two: the body may be either's).
    fn only_state_before_in_sentence(&self, c: &Cand, state: usize) -> bool {
        let Some(sentence) = self.layer.sentence_at(c.start) else {
            return false;
        };
        let start = self.layer.sentences[sentence].start;
        self.states_named(start, c.start)
            .all(|(o, s)| s == state || o.end > c.start)
    }

    /// The candidates from byte `from` to `to` that name a state (a state,
    /// its sector, or a person or group of it), with that state. Bounded:
    /// a run-on paragraph may hold thousands.
    fn states_named(&self, from: usize, to: usize) -> impl Iterator<Item = (&Cand, usize)> {
        // Candidates are sorted by start here.
        let first = self.cands.partition_point(|o| o.start < from);
        self.cands[first..]
            .iter()
            .take_while(move |o| o.start < to)
            .take(400)
            .filter_map(|o| {
                let state = match &o.target {
                    Target::Kb(a) if self.speaks_for_no_state(*a) => None,
                    Target::Kb(a) if !self.is_state(*a) => self.actor_state(*a),
                    target => self.state_of(target),
                };
                Some((o, state?))
            })
    }

    /// Whether KB actor `a` is based in a state without speaking for it:
    /// a company, an outlet, an NGO, an opposition party. Its state places
    /// no bare body of a state ("TotalEnergies" of France in a story on
    /// Mozambique leaves "the army" Mozambique's), unlike a state, a state
    /// body, an official or an armed group fighting there.
    fn speaks_for_no_state(&self, a: usize) -> bool {
        let actor = self.kb.actor(a);
        if actor.kind == ActorKind::Media {
            return true;
        }
        let sector = actor
            .term_on(self.published)
            .and_then(|t| t.sector.as_deref())
            .or(actor.sector.as_deref());
        match sector {
            Some("BUS" | "MED" | "NGO") => true,
            // An opposition politician still belongs to the state's
            // politics; a party is an organization of its own.
            Some("OPP") => actor.kind != ActorKind::Person,
            _ => false,
        }
    }

    /// Whether the document names a state other than `fallback`'s (see
    /// [`Resolver::document_names_other_state`]), read once per document.
    fn fallback_contested(&self, fallback: &Fallback) -> bool {
        *fallback.contested.get_or_init(|| {
            fallback
                .state
                .is_some_and(|d| self.document_names_other_state(d))
        })
    }

    fn descriptor_state_any(&self, c: &Cand, fallback: &Fallback) -> Option<usize> {
        let dominant = fallback.state;
        let head = &self.text[c.head.0..c.head.1];
        let here = self.layer.sentence_at(c.start);
        let owned = self
            .cands
            .iter()
            .filter(|o| o.end <= c.start)
            .filter(|o| {
                let earlier = &self.text.as_bytes()[o.head.0..o.head.1];
                let head = head.as_bytes();
                earlier.eq_ignore_ascii_case(head)
                    // "Japan's foreign ministry summoned the US ambassador.
                    // The ministry said": a bare body is the body of a
                    // role phrase ending in its noun named in its sentence
                    // or the one before.
                    || (c.role.is_some()
                        && o.how == MentionHow::Role
                        && earlier.len() > head.len() + 1
                        && earlier[earlier.len() - head.len()..].eq_ignore_ascii_case(head)
                        && earlier[earlier.len() - head.len() - 1] == b' '
                        && here.is_some_and(|h| {
                            self.layer.sentence_at(o.start).is_some_and(|s| s + 1 >= h)
                        }))
            })
            .filter_map(|o| match o.target {
                Target::Sector { state, .. } => Some(state),
                Target::Kb(a) if self.is_state(a) => Some(a),
                _ => None,
            })
            .next_back();
        if owned.is_some() {
            return owned;
        }
        if self.states_only_as_seats(c) {
            return None;
        }
        if c.role
            .as_deref()
            .is_some_and(|r| self.lex.is_place_bound(r))
        {
            return self.place_bound_state(c, fallback);
        }
        let sector = match &c.target {
            Target::Dominant { sector } => sector.as_deref(),
            _ => None,
        };
        // Whose government "the administration" is: the state of the
        // official or government named last before it in its sentence
        // ("Secretary of State Mike Pompeo set out demands Iran must meet,
        // in the administration's first description": the United States'),
        // unless that official acts on it ("Rubio urged the administration
        // to ..."). "The regime" or "the junta" is what others call a
        // government: not an own descriptor.
        if c.role.is_none() && self.lex.is_own_descriptor(head) {
            let sentence_start = self
                .layer
                .sentence_at(c.start)
                .map_or(0, |i| self.layer.sentences[i].start);
            // Candidates are sorted by start here; the look-back is
            // bounded, as a run-on line may hold thousands.
            let first = self.cands.partition_point(|o| o.start < sentence_start);
            let before = self.cands.partition_point(|o| o.start < c.start);
            let named_with = self.cands[first..before.max(first)]
                .iter()
                .rev()
                .take(200)
                .filter(|o| o.end <= c.start)
                .find_map(|o| self.sector_state(o, "GOV").flatten());
            if let Some(state) = named_with.filter(|&s| Some(s) != self.subject_state(c)) {
                return Some(state);
            }
            // "Putin met U.S. envoy Witkoff ... The administration said":
            // counting mentions cannot tell whose administration it is.
            if self.fallback_contested(fallback) {
                return None;
            }
        }
        // A bare body ("the military said"): the state of the last body or
        // official of its sector named before ("The IDF announced ... The
        // military said": Israel's), else the dominant state.
        if let (Some(_), Some(sector)) = (&c.role, sector) {
            // "a government spokesman" is one of many the story's state
            // has: not placed by an official named before (who may serve
            // another state), only by a story about one state.
            if self.indefinite_before(c.start) {
                return dominant.filter(|_| !self.fallback_contested(fallback));
            }
            if let Some(state) = self.apposed_holder_state(c, sector) {
                return Some(state);
            }
            // "'… the government of the Islamic Emirate …,' the ministry
            // said": a body named inside the words the bare body speaks is
            // what it speaks of, not whose it is.
            let spoken = self.quote_spoken_by(c.start);
            let earlier = self
                .cands
                .iter()
                .filter(|o| o.end <= c.start)
                .filter(|o| !spoken.is_some_and(|(qs, qe)| o.start >= qs && o.end <= qe))
                .filter_map(|o| Some((o, self.sector_state(o, sector)?)))
                .next_back();
            // "China said it would impose tariffs, retaliating against
            // President Donald Trump's levies. The Commerce Ministry ...": an
            // official of another state holds no body of the story's; a body
            // named by its proper name is the story's state's.
            let named_body = self.named_body(head);
            let story = self
                .story_state()
                .filter(|&s| self.only_state_before_in_sentence(c, s));
            if let Some((o, state)) = earlier {
                let official = matches!(o.target, Target::NewPerson(_))
                    || matches!(o.target, Target::Kb(a) if self.is_person(a));
                let other_states_official =
                    official && named_body && story.is_some() && state != story;
                if !other_states_official {
                    return state;
                }
            }
            // "Israeli troops raided Jenin ... The army said": the one state
            // named just before, whatever else the story names.
            if let Some(state) = self
                .nearby_state(c)
                .filter(|&s| Some(s) != self.subject_state(c))
            {
                return Some(state);
            }
            // "China said it would impose tariffs on U.S. goods ... The
            // Commerce Ministry also placed 11 U.S. companies": a body named
            // by its proper name is one institution of the story's state
            // (see [`Resolver::story_state`]); "police", "the army" may be
            // any named state's.
            if named_body {
                if let Some(state) = story.filter(|&s| Some(s) != self.subject_state(c)) {
                    return Some(state);
                }
            }
            // "Britain accused Russia of a cyberattack on the Electoral
            // Commission", "Russia launched drones at Ukraine ... Police
            // said": with another state named in the story, the body may be
            // either's; only a one-state story places it by the count.
            if self.fallback_contested(fallback) {
                return None;
            }
        }
        // "Berlin will host the talks. The government said": a neutral
        // descriptor of a state's body ("the government", not "the
        // regime", what others call it) is the one state named just
        // before, as a bare body is.
        if c.role.is_none() && self.lex.is_body_descriptor(head) {
            if let Some(state) = self
                .nearby_state(c)
                .filter(|&s| Some(s) != self.subject_state(c))
            {
                return Some(state);
            }
        }
        // The verb right after the descriptor and the state right after
        // that verb: "the junta accused France" (a verb of saying
        // introduces words, which may name the speaker's own state).
        let verb = self.token_from(c.end);
        let Some(object_start) = self
            .tokens
            .get(verb + 1)
            .filter(|_| {
                let w = self.word(verb);
                self.tokens[verb].kind == TokenKind::Word
                    && w.starts_with(|ch: char| ch.is_lowercase())
                    && !self.lex.is_reporting_verb(w)
            })
            .map(|t| t.start)
        else {
            return dominant;
        };
        let named_after = |o: &Cand| o.start == object_start;
        if !self
            .cands
            .iter()
            .any(|o| named_after(o) && matches!(o.target, Target::Kb(a) if self.is_state(a)))
        {
            return dominant;
        }
        let mut ranked = self.ranked_states(self.cands.iter().filter(|o| !named_after(o)));
        // The state acted on is out altogether, its sectors too.
        for o in self.cands.iter().filter(|o| named_after(o)) {
            if let Target::Kb(a) = o.target {
                ranked.retain(|&(_, s)| s != a);
            }
        }
        clear_leader(&ranked)
    }

    /// "talks with the chief of staff of the armed forces, Major General
    /// Mohammad Bagheri": a bare body closing a role's "of" phrase, with a
    /// KB person of the body's sector apposed after a comma, is the body of
    /// that person's state, whoever was named before it (a visiting
    /// minister's state holds no body of the host's).
    fn apposed_holder_state(&self, c: &Cand, sector: &str) -> Option<usize> {
        let before = self.text[..c.start].trim_end_matches(' ');
        let before = before.strip_suffix("the").unwrap_or(before);
        if !before.trim_end_matches(' ').ends_with(" of") {
            return None;
        }
        let at = c.end + 2;
        if !self.text[c.end..].starts_with(", ") {
            return None;
        }
        let i = self.cands.partition_point(|o| o.start < at);
        let o = self.cands.get(i).filter(|o| o.start == at)?;
        let Target::Kb(p) = o.target else {
            return None;
        };
        let actor = self.kb.actor(p);
        let person_sector = actor
            .term_on(self.published)
            .and_then(|t| t.sector.as_deref())
            .or(actor.sector.as_deref());
        (self.is_person(p) && person_sector == Some(sector))
            .then(|| self.actor_state(p))
            .flatten()
    }

    /// The quotation (opening to closing quote mark) that closes right
    /// before a speaker starting at `start`, optionally after "the":
    /// `"…," the ministry said`. None when no quote closes there.
    fn quote_spoken_by(&self, start: usize) -> Option<(usize, usize)> {
        let before = self.text[..start].trim_end_matches(' ');
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("The"))
            .filter(|b| b.ends_with(' '))
            .unwrap_or(before)
            .trim_end_matches(' ');
        let inner = before.strip_suffix('"')?;
        if !inner.ends_with([',', '.', '!', '?']) {
            return None;
        }
        // A quote runs within its paragraph.
        let para = inner.rfind("\n\n").map_or(0, |p| p + 2);
        let open = inner[para..].rfind('"')? + para;
        Some((open, before.len()))
    }

    /// "Russia's Defence Ministry said ... The ministry did not mention":
    /// a bare body noun after "the" ("the ministry", "the court"), which
    /// would go to the document's dominant state, names back the state
    /// body named within three sentences before it whose compound name the
    /// noun heads ("defence ministry", "ministry of defence"): the nearest
    /// one. A body named by the bare noun alone ("the Sudanese army ... the
    /// army") is left to the dominant state, as before.
    #[inline(never)]
    fn bodies_named_back_by_head(&mut self) {
        let bare = |c: &Cand| {
            matches!(c.target, Target::Dominant { sector: Some(_) })
                && c.role.as_deref().is_some_and(|r| !r.contains(' '))
        };
        if !self.cands.iter().any(bare) {
            return;
        }
        self.sort_cands();
        for i in 0..self.cands.len() {
            if !bare(&self.cands[i]) {
                continue;
            }
            let noun = self.cands[i].role.as_deref().unwrap_or_default();
            let from = self.window_start(self.cands[i].start);
            let named = self.cands[from..i].iter().rev().find(|b| {
                matches!(b.target, Target::Sector { .. })
                    && b.role.as_deref().is_some_and(|r| {
                        r.len() > noun.len() && r.split([' ', '-']).any(|w| w == noun)
                    })
            });
            if let Some(body) = named {
                self.cands[i].target = body.target.clone();
            }
        }
    }

    /// Resolves generic descriptors to the state with clearly the most
    /// mentions (its own and its sectors'): at least two, and at least
    /// twice the runner-up. Otherwise they are not mentions.
    ///
    /// Persons the KB does not know and whose title names no state ("Judge
    /// Alejandro Rivera") are placed in that same dominant state, or in the
    /// only state the document mentions at all: a titled official in a
    /// story about one country is that country's, as an analyst would read
    /// it. With two states in play and neither dominant they stay stateless.
    #[inline(never)]
    fn resolve_dominant(&mut self) {
        let needs_state = |t: &Target| match t {
            Target::Dominant { .. } => true,
            Target::NewPerson(person) => person.country.is_none() && !person.affiliated,
            _ => false,
        };
        if !self.cands.iter().any(|c| needs_state(&c.target)) {
            return;
        }
        let ranked = self.ranked_states(self.cands.iter());
        let dominant = clear_leader(&ranked);
        // A descriptor ("the junta") stands for the state the story is
        // about as an actor, not the one its places lie in: a city or a
        // capital named as a place ("in Kazan", "in Moscow") does not count.
        let actor_dominant = clear_leader(&self.ranked_states(self.cands.iter().filter(|c| {
            !matches!(
                c.how,
                MentionHow::Locative(AliasKind::Place | AliasKind::Metonym)
            )
        })));
        let lone = match ranked.as_slice() {
            [(_, s)] => Some(*s),
            _ => dominant,
        };
        let iso_of = |state: usize| {
            let actor = self.kb.actor(state);
            actor.country.as_deref().unwrap_or(&actor.id).to_string()
        };
        let lone_iso = lone.map(iso_of);
        // Per descriptor, before the candidates change below; whether
        // another state is named is read at most once per fallback.
        let dominant_fallback = Fallback::new(dominant);
        let actor_fallback = Fallback::new(actor_dominant);
        let mut descriptor_states: Vec<Option<usize>> = self
            .cands
            .iter()
            .map(|c| match c.target {
                // State media are named in stories set in their state:
                // its cities count.
                Target::Dominant {
                    sector: Some(ref sector),
                } if sector == "MED" => self.descriptor_state(c, &dominant_fallback),
                Target::Dominant { .. } => self.descriptor_state(c, &actor_fallback),
                _ => None,
            })
            .collect();
        self.place_bodies_as_before(&mut descriptor_states);
        let mut index = 0;
        self.cands.retain_mut(|c| {
            let own_state = descriptor_states[index];
            index += 1;
            match &mut c.target {
                Target::NewPerson(person) => {
                    if person.country.is_none() && !person.affiliated {
                        person.country.clone_from(&lone_iso);
                    }
                    return true;
                }
                Target::Dominant { .. } => {}
                _ => return true,
            }
            let Target::Dominant { sector } = &c.target else {
                return true;
            };
            let Some(state) = own_state else {
                return false;
            };
            c.target = match sector {
                Some(s) => Target::Sector {
                    state,
                    sector: s.clone(),
                },
                None => Target::Kb(state),
            };
            true
        });
    }

    /// "The Constitutional Council confirmed the results ... The
    /// Constitutional Council is expected to rule": a bare body named by a
    /// capitalized name that nothing near it places is the body of the
    /// same name placed earlier in the document, in the same sector. `states` holds each
    /// candidate's state as placed where it stands (candidates are sorted
    /// by start here); only the unplaced are filled.
    fn place_bodies_as_before(&self, states: &mut [Option<usize>]) {
        for i in 0..self.cands.len().min(states.len()) {
            let c = &self.cands[i];
            let Target::Dominant {
                sector: Some(ref sector),
            } = c.target
            else {
                continue;
            };
            let head = &self.text[c.head.0..c.head.1];
            // A body named by its proper name ("the Constitutional
            // Council", "the Supreme Court") is one institution throughout;
            // "the army", "the ministry" may be another state's each time.
            if states[i].is_some() || c.role.is_none() || !head.split(' ').all(is_titlecase) {
                continue;
            }
            // Bounded: a run-on document may hold thousands.
            states[i] = (0..i).rev().take(400).find_map(|j| {
                let o = &self.cands[j];
                match &o.target {
                    Target::Dominant { sector: Some(s) }
                        if s == sector
                            && o.role.is_some()
                            && self.text[o.head.0..o.head.1].eq_ignore_ascii_case(head) =>
                    {
                        states[j]
                    }
                    _ => None,
                }
            });
        }
    }

    // ---- output ------------------------------------------------------------

    /// The id [`Resolver::doc_actor`] gives `target`: borrowed from the KB
    /// for a KB actor (most mentions), else built (a person the KB lacks has
    /// its id copied, once a mention: such mentions are few).
    fn target_id(&self, target: &Target) -> Cow<'a, str> {
        match target {
            Target::Kb(i) => Cow::Borrowed(&self.kb.actor(*i).id),
            Target::Sector { state, sector } => Cow::Owned(self.sector_id(*state, sector)),
            Target::NewPerson(person) => Cow::Owned(person.id.clone()),
            Target::Dominant { .. } => Cow::Borrowed(""),
        }
    }

    /// `ISO3` + sector ("IRNGOV"), or the state's id and the sector in
    /// lower case for a state without an ISO code.
    fn sector_id(&self, state: usize, sector: &str) -> String {
        // Called for every sector mention: pushes, not `format!`.
        let actor = self.kb.actor(state);
        let is_iso3 = actor.id.len() == 3 && actor.id.bytes().all(|b| b.is_ascii_uppercase());
        let mut id = String::with_capacity(actor.id.len() + 1 + sector.len());
        id.push_str(&actor.id);
        if is_iso3 {
            id.push_str(sector);
        } else {
            id.push('-');
            id.push_str(&sector.to_lowercase());
        }
        id
    }

    /// The document's actor for `target`, under the id [`Resolver::target_id`]
    /// gave it.
    fn doc_actor(&self, target: &Target, id: String) -> DocActor {
        match target {
            Target::Kb(i) if self.igo_persons.contains(i) => {
                let actor = self.kb.actor(*i);
                DocActor {
                    id,
                    name: actor.name.to_string(),
                    kind: actor.kind,
                    country: None,
                    sector: Some("IGO".to_string()),
                    role: None,
                }
            }
            Target::Kb(i) => {
                let actor = self.kb.actor(*i);
                let term = actor.term_on(self.published);
                DocActor {
                    id,
                    name: actor.name.to_string(),
                    kind: actor.kind,
                    country: term
                        .and_then(|t| t.country.as_deref())
                        .or(actor.country.as_deref())
                        .map(String::from),
                    sector: term
                        .and_then(|t| t.sector.as_deref())
                        .or(actor.sector.as_deref())
                        .map(String::from),
                    role: if actor.kind == ActorKind::Person {
                        term.and_then(|t| t.role.as_deref()).map(String::from)
                    } else {
                        None
                    },
                }
            }
            Target::Sector { state, sector } => {
                let actor = self.kb.actor(*state);
                let iso = state_code(actor);
                let base = self.kb.adjective_of(*state).unwrap_or(&actor.name);
                DocActor {
                    id,
                    name: format!("{base} {}", sector_noun(sector)),
                    kind: ActorKind::Country,
                    country: Some(iso),
                    sector: Some(sector.clone()),
                    role: None,
                }
            }
            Target::NewPerson(person) => DocActor {
                id,
                name: person.name.clone(),
                kind: if person.organization {
                    ActorKind::Organization
                } else {
                    ActorKind::Person
                },
                country: person.country.clone(),
                sector: person.sector.clone(),
                role: None,
            },
            Target::Dominant { .. } => DocActor {
                id,
                name: String::new(),
                kind: ActorKind::Country,
                country: None,
                sector: None,
                role: None,
            },
        }
    }

    /// The sector of the role a KB person is stated to hold ("Opposition
    /// leader Lee Jae-myung" → OPP), when no KB term of theirs covers the
    /// publication date (or there is none): then the text knows their
    /// standing better than a later or earlier office does. `None` when a
    /// term is in force, the stated role is no KB role phrase, or its
    /// sector is not one of a standing outside the state (OPP, REB).
    fn stated_sector(&self, person: usize, stated: &str) -> Option<String> {
        let actor = self.kb.actor(person);
        if self
            .published
            .is_some_and(|d| actor.terms.iter().any(|t| t.covers(d)))
        {
            return None;
        }
        let role = self
            .kb
            .find_roles(stated)
            .into_iter()
            .rfind(|r| r.end == stated.len())?;
        let sector = self.kb.roles()[role.role].sector.as_str();
        // Only a standing outside the state's offices overrides the KB:
        // most role phrases carry a default sector ("coordinator" GOV)
        // that says less than the person's KB row ("the United Nations
        // Emergency Relief Coordinator" stays IGO).
        matches!(sector, "OPP" | "REB").then(|| sector.to_string())
    }

    /// Whether a stated role's head, its last word, is an organization
    /// noun (an `anaphor` row of the context lexicon: "the human rights
    /// group Foro Penal", "the Islamist movement …").
    fn names_organization(&self, stated: Stated) -> bool {
        let role = &stated.text[stated.start..stated.end];
        let head = role.rsplit(' ').next().unwrap_or(role);
        self.lex.anaphor(head).is_some()
    }

    #[inline(never)]
    fn finish(mut self) -> DocActors {
        let mut doc = DocActors::default();
        // By id, not by target: two targets may have one id. A KB actor's
        // id (most actors) is borrowed from the KB, not copied.
        let mut index: FastMap<Cow<'a, str>, usize> =
            FastMap::with_capacity_and_hasher(self.cands.len(), Default::default());
        let mut role_stated: Vec<bool> = Vec::new();
        // Consumed: a candidate's stated role moves into its details.
        let cands = std::mem::take(&mut self.cands);
        // A mention per candidate but the dominant-state ones: sized once.
        doc.mentions.reserve_exact(cands.len());
        // The dateline says where the story was filed, not who took part:
        // its names counted towards the dominant state above, but they are
        // no mentions (a place named in the body too keeps those).
        let layer = self.layer;
        // Per actor: the gender the text tells of a person.
        let mut told: Vec<Told> = Vec::new();
        // A candidate gives at most one new actor and one detail: the
        // per-actor vectors are sized once for the document (an upper bound,
        // dropped or moved on with it), not grown actor by actor.
        doc.actors.reserve(cands.len());
        role_stated.reserve(cands.len());
        told.reserve(cands.len());
        doc.details
            .reserve(cands.iter().filter(|c| c.detailed).count());
        for c in cands {
            if matches!(c.target, Target::Dominant { .. }) || layer.in_dateline(c.start) {
                continue;
            }
            // Most mentions are of an actor met before: look it up by id and
            // build the actor (copies of its names, its term) only when new.
            let id = self.target_id(&c.target);
            let i = match index.get(id.as_ref()) {
                Some(&i) => i,
                None => {
                    doc.actors.push(self.doc_actor(&c.target, id.to_string()));
                    index.insert(id, doc.actors.len() - 1);
                    role_stated.push(false);
                    doc.actors.len() - 1
                }
            };
            if doc.actors[i].kind == ActorKind::Person && !role_stated[i] {
                if let Some(r) = &c.role {
                    if let Target::Kb(k) = c.target {
                        if let Some(sector) = self.stated_sector(k, r) {
                            doc.actors[i].sector = Some(sector);
                        }
                    }
                    doc.actors[i].role = Some(r.clone());
                    role_stated[i] = true;
                }
            }
            if doc.actors[i].kind == ActorKind::Person {
                told.resize(doc.actors.len(), Told::Unknown);
                for g in self.stated_genders(c.start, c.role.as_deref()) {
                    told[i] = told[i].and(g);
                }
            }
            doc.mentions.push(Mention {
                start: c.start,
                end: c.end,
                actor: i,
                how: c.how,
            });
            if c.detailed {
                doc.details.push(MentionDetail {
                    start: c.start,
                    end: c.end,
                    head: c.head,
                    modifier: c.modifier,
                    role: c.role,
                });
            }
        }
        let genders = (0..doc.actors.len())
            .map(|i| match told.get(i).copied().unwrap_or(Told::Unknown) {
                Told::Is(g) => Some(g),
                Told::Conflict => None,
                Told::Unknown if doc.actors[i].kind == ActorKind::Person => {
                    self.name_gender(&doc.actors[i].name)
                }
                Told::Unknown => None,
            })
            .collect();
        doc.set_genders(genders);
        doc
    }

    /// The genders the text tells at a person's mention starting at
    /// `start`: an honorific before it or opening it ("Ms Omar", "Mr.
    /// Lammy"), and a gendered word of the role stated with it
    /// ("spokeswoman Tammy Bruce").
    fn stated_genders(&self, start: usize, role: Option<&str>) -> impl Iterator<Item = Gender> {
        let mut found = [None; 3];
        if let Some(i) = self.token_at(start) {
            found[0] = self.lex.honorific_gender(self.word(i));
            // "Mr Lammy", "Mr. Lammy": the word before, over a period
            // joined to it, with only spaces between it and the name.
            if i > 0 && self.spaced(self.tokens[i - 1].end, start) {
                let mut k = i - 1;
                if self.word(k) == "." && k > 0 && self.tokens[k - 1].end == self.tokens[k].start {
                    k -= 1;
                }
                found[1] = self
                    .lex
                    .honorific_gender(self.word(k).trim_end_matches('.'));
            }
        }
        found[2] = role.and_then(|r| {
            r.split([' ', '-'])
                .find_map(|w| self.lex.role_word_gender(w))
        });
        found.into_iter().flatten()
    }

    /// The gender a person's name tells: that of its given name (its first
    /// word, after a title: "Sir Keir Starmer" → "Keir") in the given-names
    /// lexicon, or of a gendered title opening it ("Lord Cameron").
    fn name_gender(&self, name: &str) -> Option<Gender> {
        let mut words = name.split(' ');
        let first = words.next()?;
        if let Some(gender) = self.lex.honorific(first) {
            return gender.or_else(|| words.next().and_then(|w| self.lex.given_name_gender(w)));
        }
        self.lex.given_name_gender(first)
    }
}

/// What a document's text tells of a person's gender so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Told {
    Unknown,
    Is(Gender),
    /// Told both ways: known neither.
    Conflict,
}

impl Told {
    fn and(self, g: Gender) -> Told {
        match self {
            Told::Unknown => Told::Is(g),
            Told::Is(h) if h == g => self,
            _ => Told::Conflict,
        }
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

/// Whether the words of `tail` end `phrase` ("nuclear negotiators" ends
/// with "negotiators"; "envoys" does not end "convoys").
fn ends_with_words(phrase: &str, tail: &str) -> bool {
    phrase
        .strip_suffix(tail)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// Whether a body's KB name holds `noun` as a word ("Central Criminal
/// Court" is a court; the "Justice Department", of the JUD sector too, is
/// not): a state's body is named back by the noun of its own name.
fn names_itself_by(name: &str, noun: &str) -> bool {
    name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
}

/// The code a state's people and sectors carry as their country: its ISO
/// code, else (a state the KB gives none) its id.
fn state_code(state: &Actor) -> String {
    state.country.as_deref().unwrap_or(&state.id).to_string()
}

/// The state that clearly leads `ranked` (mentions per state, most first):
/// at least two mentions, and at least twice the runner-up's.
fn clear_leader(ranked: &[(usize, usize)]) -> Option<usize> {
    match ranked {
        [(n, s)] if *n >= 2 => Some(*s),
        [(n, s), (m, _), ..] if *n >= 2 && *n >= 2 * *m => Some(*s),
        _ => None,
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
