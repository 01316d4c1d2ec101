//! The KB's data model and its builder: compiled into the library and, by
//! `build.rs`, into the build script that makes the built-in KB's prebuilt
//! form (see [`crate::prebuilt`]), so the prebuilt KB is what this builder
//! makes of the built-in files, not a second implementation's reading.

use crate::format::{parse_actor_file, parse_role_file, ActorRow, KbError, RolePhrase};
use crate::matcher::{self, AliasMatch};
use crate::roles::{self, RoleMatch};
use sitrep_record::fast_map::{FastMap, Fnv, WordMap};
use sitrep_record::ActorKind;
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

/// A string of the KB: borrowed from the prebuilt built-in KB, which is
/// part of the binary, or owned when the KB is built from files at run
/// time (`--kb FILE`). Reading the prebuilt KB then allocates no string
/// per field (about 200,000 of them, most of its start-up cost before).
pub type KbStr = Cow<'static, str>;

/// How an alias names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// A proper name ("Iran", "Islamic Republic of Iran", "Hezbollah").
    Name,
    /// An adjective or demonym ("Iranian"): names the actor when it modifies
    /// a noun ("Iranian officials").
    Adjective,
    /// A place standing for the actor ("Tehran", "the Kremlin").
    Metonym,
    /// A descriptor ("the Islamic Republic", "the Zionist entity").
    Descriptor,
    /// An acronym, matched with exact case only ("IRGC", "UN").
    Acronym,
    /// A city or province inside a state's territory ("Kirkuk", "Isfahan"):
    /// always a locative mention of that state, never the state acting.
    Place,
    /// A person's surname alone ("Dempsey"), as the KB converter writes it
    /// for office holders without a curated row: a common word in other
    /// people's names, so it names this person only in a document that also
    /// names the person in full, has a role title before it, or mentions the
    /// person's country, and never inside another name ("Jack Eichel").
    Surname,
    /// A cue word of an actor that shares a name or acronym with another
    /// ("press freedom" for Reporters Without Borders, "paramilitary" for
    /// the Rapid Support Forces, both "RSF"): never a mention, only the
    /// document's evidence for which of the senses it means
    /// ([`Kb::alias_senses`]).
    Cue,
}

impl AliasKind {
    pub fn tag(self) -> &'static str {
        match self {
            AliasKind::Name => "",
            AliasKind::Adjective => "adj",
            AliasKind::Metonym => "meto",
            AliasKind::Descriptor => "desc",
            AliasKind::Acronym => "abbr",
            AliasKind::Place => "place",
            AliasKind::Surname => "surname",
            AliasKind::Cue => "cue",
        }
    }
}

/// A dated role a person holds (or an organization's standing affiliation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub role: Option<KbStr>,
    pub country: Option<KbStr>,
    pub sector: Option<KbStr>,
    /// Inclusive bounds as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` is open.
    pub from: Option<KbStr>,
    pub until: Option<KbStr>,
}

impl Term {
    /// Whether the term covers `date` (`YYYY-MM-DD`). Partial bounds compare
    /// by prefix, so `until = 2024` covers all of 2024.
    pub fn covers(&self, date: &str) -> bool {
        let after_start = self.from.as_deref().is_none_or(|f| date >= f);
        let before_end = self
            .until
            .as_deref()
            .is_none_or(|u| date <= u || date.starts_with(u));
        after_start && before_end
    }
}

/// One actor of the knowledge base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable id: ISO 3166-1 alpha-3 for states, a lower-case slug otherwise.
    pub id: KbStr,
    pub kind: ActorKind,
    pub name: KbStr,
    pub country: Option<KbStr>,
    pub sector: Option<KbStr>,
    /// Roles over time (persons); may be empty.
    pub terms: Terms,
}

/// An actor's terms, read as a slice (`Deref<Target = [Term]>`): a run of
/// one table that every actor of its KB shares, so a KB of tens of
/// thousands of actors makes one allocation for their terms rather than
/// one an actor (most of the prebuilt KB's start-up cost was those).
#[derive(Clone)]
pub struct Terms {
    table: Arc<[Term]>,
    start: u32,
    end: u32,
}

impl Terms {
    /// Terms of their own table.
    pub fn new(terms: Vec<Term>) -> Terms {
        let end = u32::try_from(terms.len()).expect("fewer than 2^32 terms");
        Terms {
            table: terms.into(),
            start: 0,
            end,
        }
    }

    /// Terms `range` of the shared `table`.
    pub(crate) fn shared(table: &Arc<[Term]>, range: std::ops::Range<usize>) -> Terms {
        let index = |i: usize| u32::try_from(i).expect("fewer than 2^32 terms");
        assert!(range.end <= table.len(), "a run of the table");
        Terms {
            table: Arc::clone(table),
            start: index(range.start),
            end: index(range.end),
        }
    }
}

impl Default for Terms {
    fn default() -> Terms {
        Terms::new(Vec::new())
    }
}

impl Deref for Terms {
    type Target = [Term];

    fn deref(&self) -> &[Term] {
        &self.table[self.start as usize..self.end as usize]
    }
}

impl<'a> IntoIterator for &'a Terms {
    type Item = &'a Term;
    type IntoIter = std::slice::Iter<'a, Term>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq for Terms {
    fn eq(&self, other: &Terms) -> bool {
        **self == **other
    }
}

impl Eq for Terms {}

impl std::fmt::Debug for Terms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Actor {
    /// The term in force on `date`, else the most recent one.
    pub fn term_on(&self, date: Option<&str>) -> Option<&Term> {
        if let Some(d) = date {
            if let Some(t) = self.terms.iter().rev().find(|t| t.covers(d)) {
                return Some(t);
            }
        }
        self.terms.iter().max_by(|a, b| a.from.cmp(&b.from))
    }
}

/// An alias of an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub text: KbStr,
    pub actor: usize,
    pub kind: AliasKind,
}

/// The loaded knowledge base. Build once, share read-only across threads.
#[derive(Debug)]
pub struct Kb {
    pub(crate) actors: Vec<Actor>,
    pub(crate) by_id: IdIndex,
    pub(crate) aliases: Vec<Alias>,
    pub(crate) roles: Vec<RolePhrase>,
    pub(crate) matcher: matcher::Matcher,
    /// (country, lower-case role) → persons with a term in that role.
    pub(crate) holders: FastMap<(String, String), Vec<usize>>,
    /// Per actor: index of its first adjective alias.
    pub(crate) adjectives: Vec<Option<usize>>,
    /// The aliases tied to dates, by alias index (sorted), each with the
    /// days it names its actor ([`Kb::alias_in_force`]).
    pub(crate) alias_terms: Vec<(usize, Term)>,
    /// Lower-case first words of person names ("benjamin"), built on first
    /// use: most documents never ask. The prebuilt KB carries them (so a
    /// run of the built-in KB does not read every person's name again).
    pub(crate) given_names: OnceLock<WordMap<()>>,
    /// Ambiguous names and acronyms ([`Kb::alias_senses`]). Built on first
    /// use.
    pub(crate) senses: OnceLock<AliasSenses>,
    /// Governments of places inside a state, by the place's name
    /// ([`Kb::government_of_place`]). Built on first use; the prebuilt KB
    /// carries them (most runs of news ask).
    pub(crate) place_governments: OnceLock<WordMap<usize>>,
    /// The legislative bodies and their aliases
    /// ([`Kb::legislative_body_named`]). Built on first use; the prebuilt
    /// KB carries them (every run of news asks).
    pub(crate) legislative_bodies: OnceLock<LegislativeBodies>,
    /// Each actor's aliases ([`Kb::aliases_of`]). Built on first use, from
    /// the aliases in one counting pass; the prebuilt KB carries it (a run
    /// of news asks, and reading it costs a third of building it).
    pub(crate) aliases_by_actor: OnceLock<AliasesByActor>,
}

/// The aliases grouped by actor: actor `a`'s alias indices are
/// `ids[starts[a]..starts[a + 1]]`, in KB order.
#[derive(Debug, Default)]
pub(crate) struct AliasesByActor {
    pub(crate) starts: Vec<u32>,
    pub(crate) ids: Vec<u32>,
}

impl AliasesByActor {
    /// The index of `aliases` for `actors` actors, by a counting sort on
    /// each alias's actor (stable: KB order within an actor).
    pub(crate) fn of(actors: usize, aliases: &[Alias]) -> AliasesByActor {
        let mut starts = vec![0u32; actors + 1];
        for a in aliases {
            starts[a.actor + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut ids = vec![0u32; aliases.len()];
        for (i, a) in aliases.iter().enumerate() {
            let slot = &mut next[a.actor];
            ids[*slot as usize] = i as u32;
            *slot += 1;
        }
        AliasesByActor { starts, ids }
    }
}

/// The organizations of a legislature's sector (LEG), about a hundred
/// rows, and each one's aliases: read by [`Kb::legislative_body_named`],
/// [`Kb::legislature_of_place`] and [`Kb::legislature_has_chamber`], so no
/// call walks every actor or every alias.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct LegislativeBodies {
    pub(crate) bodies: Vec<usize>,
    /// Per body (in `bodies`' order), its aliases' indices.
    pub(crate) aliases: Vec<Vec<usize>>,
    /// The bodies (ascending) whose name holds a word, by the word in
    /// ASCII small letters: names split once a process, not per question
    /// of [`Kb::legislative_body_named`] (33,000 instructions a call).
    pub(crate) by_name_word: FastMap<String, Vec<usize>>,
}

impl LegislativeBodies {
    /// The table of `bodies` (ascending actor indices) and their alias
    /// lists, its word index read off the bodies' names in `actors`.
    pub(crate) fn new(actors: &[Actor], bodies: Vec<usize>, aliases: Vec<Vec<usize>>) -> Self {
        let mut by_name_word: FastMap<String, Vec<usize>> = FastMap::default();
        for &body in &bodies {
            for word in actors[body].name.split(|c: char| !c.is_alphanumeric()) {
                let holders = by_name_word.entry(word.to_ascii_lowercase()).or_default();
                // A name may hold a word twice; bodies come in ascending order.
                if holders.last() != Some(&body) {
                    holders.push(body);
                }
            }
        }
        LegislativeBodies {
            bodies,
            aliases,
            by_name_word,
        }
    }
}

pub(crate) fn legislative_bodies(actors: &[Actor], aliases: &[Alias]) -> LegislativeBodies {
    let bodies: Vec<usize> = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Organization && a.sector.as_deref() == Some("LEG"))
        .map(|(i, _)| i)
        .collect();
    let mut of_body = vec![Vec::new(); bodies.len()];
    for (i, alias) in aliases.iter().enumerate() {
        if let Ok(k) = bodies.binary_search(&alias.actor) {
            of_body[k].push(i);
        }
    }
    LegislativeBodies::new(actors, bodies, of_body)
}

/// How the KB names the government of a place inside a state (a US
/// state's, "Government of California"): the place's name follows.
const PLACE_GOVERNMENT_PREFIX: &str = "Government of ";

/// The governments of places inside a state, by the place's name: every
/// organization of a state's government sector named "Government of
/// <place>". Built once a process, on the first document that asks. A
/// [`WordMap`]: the actors' guards ask for nearly every capitalized word
/// (7,147 questions on r500), and a place name is mostly short enough to
/// be packed and hashed in one step, not a byte at a time.
pub(crate) fn place_governments(actors: &[Actor]) -> WordMap<usize> {
    let mut map = WordMap::default();
    for (i, a) in actors.iter().enumerate() {
        if a.kind != ActorKind::Organization
            || a.sector.as_deref() != Some("GOV")
            || a.country.is_none()
        {
            continue;
        }
        // The first such actor of a place is its government.
        if let Some(place) = a.name.strip_prefix(PLACE_GOVERNMENT_PREFIX) {
            if map.get(place).is_none() {
                map.insert_str(place, i);
            }
        }
    }
    map
}

/// The lower-case first words of the persons' names: "Donald Trump" gives
/// "donald"; a one-word name ("Hemedti") is no given name. Built once a
/// process, on the first document that asks (tens of thousands of names):
/// an ASCII word (nearly all) is packed into the table's key and folded
/// there, not copied into a lower-case `String` (nor into a buffer checked
/// again as UTF-8).
pub(crate) fn given_names(actors: &[Actor]) -> WordMap<()> {
    let mut names = WordMap::default();
    names.reserve(actors.len() / 4);
    for a in actors.iter().filter(|a| a.kind == ActorKind::Person) {
        let Some(first) = first_of_several_words(&a.name) else {
            continue;
        };
        if first.is_ascii() {
            names.insert_ascii_lowercase(first, ());
        } else {
            names.insert(first.to_lowercase(), ());
        }
    }
    names
}

/// The first of `name`'s words when it has two or more, words split as
/// `str::split_whitespace` splits them; an ASCII name (nearly all) is
/// read a byte at a time, not decoded a character at a time.
fn first_of_several_words(name: &str) -> Option<&str> {
    if !name.is_ascii() {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        return words.next().map(|_| first);
    }
    let bytes = name.as_bytes();
    // `char::is_whitespace` of an ASCII byte.
    let space = |b: &u8| matches!(*b, b' ' | b'\t'..=b'\r');
    let start = bytes.iter().position(|b| !space(b))?;
    let end = bytes[start..].iter().position(space)? + start;
    bytes[end..]
        .iter()
        .any(|b| !space(b))
        .then(|| &name[start..end])
}

/// Actor indices by id: an open-addressing table of indices into the
/// actors, probed linearly from a hash of the id. It holds no copy of the
/// ids (they are the actors'), so the prebuilt KB carries it as it is, a
/// list of numbers, instead of hashing and inserting every id at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdIndex {
    /// A power of two in length, at least twice the actors; [`IdIndex::EMPTY`]
    /// where no actor is.
    pub(crate) slots: Vec<u32>,
}

impl IdIndex {
    pub(crate) const EMPTY: u32 = u32::MAX;

    /// The slot where probing for `id` starts, in a table of `len` slots. A
    /// hash fixed by the bytes alone (FNV-1a), so the table the build
    /// script writes is valid on the machine that reads it.
    fn home(id: &str, len: usize) -> usize {
        let mut hasher = Fnv::default();
        hasher.write(id.as_bytes());
        (hasher.finish() as usize) & (len - 1)
    }

    /// The index of `actors`, whose ids are distinct.
    pub(crate) fn new(actors: &[Actor]) -> IdIndex {
        let len = (actors.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![Self::EMPTY; len];
        for (i, a) in actors.iter().enumerate() {
            let mut at = Self::home(&a.id, len);
            while slots[at] != Self::EMPTY {
                at = (at + 1) & (len - 1);
            }
            slots[at] = u32::try_from(i).expect("a KB's actors fit 32 bits");
        }
        IdIndex { slots }
    }

    /// The index of the actor with id `id` among `actors` (those the
    /// index was built from).
    pub(crate) fn get(&self, actors: &[Actor], id: &str) -> Option<usize> {
        let len = self.slots.len();
        if len == 0 {
            return None;
        }
        let mut at = Self::home(id, len);
        // At most half the slots are full: probing meets an empty one.
        loop {
            let slot = self.slots[at];
            if slot == Self::EMPTY {
                return None;
            }
            let i = slot as usize;
            if actors.get(i).is_some_and(|a| a.id == id) {
                return Some(i);
            }
            at = (at + 1) & (len - 1);
        }
    }
}

/// The names and acronyms several non-person actors share.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct AliasSenses {
    /// Per alias: its group in `groups`, `u32::MAX` for an unambiguous one
    /// (an index, so the common case costs no hashing).
    group: Vec<u32>,
    /// Each shared text's aliases, in KB order.
    pub(crate) groups: Vec<Vec<usize>>,
}

impl AliasSenses {
    /// The senses of `n_aliases` aliases of which `groups` (sorted) share
    /// their texts: how the prebuilt KB, which carries the groups, gives
    /// them back without hashing every alias again.
    pub(crate) fn from_groups(n_aliases: usize, groups: Vec<Vec<usize>>) -> AliasSenses {
        let mut group = vec![u32::MAX; n_aliases];
        for (g, list) in groups.iter().enumerate() {
            for &i in list {
                group[i] = g as u32;
            }
        }
        AliasSenses { group, groups }
    }

    pub(crate) fn of(actors: &[Actor], aliases: &[Alias]) -> AliasSenses {
        let mut by_text: FastMap<&str, Vec<usize>> = FastMap::default();
        for (i, a) in aliases.iter().enumerate() {
            // A capital or town may share its name with another state's
            // town ("Tripoli": Libya's capital, Lebanon's port).
            if matches!(
                a.kind,
                AliasKind::Name | AliasKind::Acronym | AliasKind::Metonym | AliasKind::Place
            ) && actors[a.actor].kind != ActorKind::Person
            {
                by_text.entry(&a.text).or_default().push(i);
            }
        }
        let mut groups: Vec<Vec<usize>> = by_text
            .into_values()
            .filter(|list| {
                list.iter()
                    .any(|&i| aliases[i].actor != aliases[list[0]].actor)
            })
            .collect();
        // Hash order is no order: the groups are numbered by first alias.
        groups.sort_unstable();
        AliasSenses::from_groups(aliases.len(), groups)
    }
}

/// The built-in actor files, embedded so the binary works from anywhere.
pub const BUILTIN_ACTOR_FILES: &[(&str, &str)] = &[
    (
        "data/kb/countries.tsv",
        include_str!("../../../data/kb/countries.tsv"),
    ),
    (
        "data/kb/organizations.tsv",
        include_str!("../../../data/kb/organizations.tsv"),
    ),
    (
        "data/kb/people.tsv",
        include_str!("../../../data/kb/people.tsv"),
    ),
];

/// The built-in role-phrase file.
pub const BUILTIN_ROLE_FILE: (&str, &str) = (
    "data/kb/roles.tsv",
    include_str!("../../../data/kb/roles.tsv"),
);

impl Kb {
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The government of the place named `place` inside state `state` (a
    /// state's id): the KB's organization named "Government of <place>"
    /// with that state as its country ("Texas" in the United States →
    /// the Government of Texas). `None` for a place with no government of
    /// its own in the KB.
    pub fn government_of_place(&self, place: &str, state: &str) -> Option<usize> {
        let map = self
            .place_governments
            .get_or_init(|| place_governments(&self.actors));
        let &i = map.get(place)?;
        (self.actors[i].country.as_deref() == Some(state)).then_some(i)
    }

    /// The legislature of a place inside state `state` that has a
    /// government of its own in the KB (a US state): the legislative body
    /// of that state whose name opens with the place's name and a space
    /// ("Ohio General Assembly" for the USA's "Ohio"; "West Virginia
    /// Legislature" is not Virginia's). `None` for a place with no
    /// government or no legislature in the KB.
    pub fn legislature_of_place(&self, place: &str, state: &str) -> Option<usize> {
        self.government_of_place(place, state)?;
        self.legislatures().bodies.iter().copied().find(|&i| {
            let a = &self.actors[i];
            a.country.as_deref() == Some(state)
                && a.name
                    .strip_prefix(place)
                    .is_some_and(|rest| rest.starts_with(' '))
        })
    }

    /// The legislative body of state `country` (its ISO3 code) whose name
    /// holds `word` (any case): the chamber of that name the KB knows the
    /// state to have ("senate": the USA's "U.S. Senate"). The shortest
    /// such name when several hold it, the chamber before its committees
    /// ("Senate Armed Services Committee"). `None` when the KB knows none.
    pub fn legislative_body_named(&self, country: &str, word: &str) -> Option<usize> {
        // The index's keys are in ASCII small letters, as `eq_ignore_ascii_case` compares.
        self.legislatures()
            .by_name_word
            .get(word.to_ascii_lowercase().as_str())?
            .iter()
            .copied()
            .filter(|&i| self.actors[i].country.as_deref() == Some(country))
            .min_by_key(|&i| self.actors[i].name.len())
    }

    fn legislatures(&self) -> &LegislativeBodies {
        self.legislative_bodies
            .get_or_init(|| legislative_bodies(&self.actors, &self.aliases))
    }

    /// Whether the legislative body `body` has an alias that is `chamber`
    /// with words before it ("North Carolina House of Representatives" for
    /// "House of Representatives"): the chamber of that name is one of the
    /// body's. False for an actor that is no legislative body.
    pub fn legislature_has_chamber(&self, body: usize, chamber: &str) -> bool {
        let legislatures = self.legislatures();
        let Ok(k) = legislatures.bodies.binary_search(&body) else {
            return false;
        };
        legislatures.aliases[k].iter().any(|&a| {
            self.aliases[a]
                .text
                .strip_suffix(chamber)
                .is_some_and(|head| head.ends_with(' '))
        })
    }

    /// Whether `word` (any case) is the first word of a KB person's name:
    /// evidence that a capitalized word before a surname is a given name.
    pub fn is_person_given_name(&self, word: &str) -> bool {
        let names = self.given_names.get_or_init(|| given_names(&self.actors));
        // `WordMap::get_lowercase` is a lookup of `word.to_lowercase()`
        // that copies no ASCII word.
        names.get_lowercase(word).is_some()
    }

    /// The senses of an ambiguous alias: when the text of alias `alias` (a
    /// name or acronym of a non-person actor) is also a name or acronym of
    /// another non-person actor ("RSF": Reporters Without Borders and the
    /// Rapid Support Forces), every such alias, in KB order (the first is
    /// the one the matcher reports); else an empty slice. Persons are left
    /// out: a shared surname has rules of its own.
    pub fn alias_senses(&self, alias: usize) -> &[usize] {
        let senses = self
            .senses
            .get_or_init(|| AliasSenses::of(&self.actors, &self.aliases));
        match senses.group.get(alias) {
            Some(&g) if g != u32::MAX => &senses.groups[g as usize],
            _ => &[],
        }
    }

    /// Whether alias `alias` names its actor in a document published on
    /// `date` (`YYYY-MM-DD`): an alias tied to dates only within them
    /// ("Juba" is a town of Sudan until 2011-07-08), any other always. An
    /// undated document reads the KB as of today: an alias whose last day
    /// has passed names no one there.
    ///
    /// An alias may name its actor in several ranges (`until:1971-10-26:Congo`
    /// and `from:1997-05-17:Congo`, the DRC's name before and after it was
    /// Zaire): it is in force when any of them covers the date.
    pub fn alias_in_force(&self, alias: usize, date: Option<&str>) -> bool {
        let i = self.alias_terms.partition_point(|(a, _)| *a < alias);
        let mut ranges = self.alias_terms[i..]
            .iter()
            .take_while(|(a, _)| *a == alias)
            .peekable();
        ranges.peek().is_none()
            || ranges.any(|(_, term)| match date {
                Some(d) => term.covers(d),
                None => term.until.is_none(),
            })
    }

    /// Whether any alias of the KB is tied to dates: most documents' hits
    /// need no look-up then.
    pub fn has_dated_aliases(&self) -> bool {
        !self.alias_terms.is_empty()
    }

    pub fn actor(&self, index: usize) -> &Actor {
        &self.actors[index]
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(&self.actors, id)
    }

    pub fn by_id(&self, id: &str) -> Option<&Actor> {
        self.index_of(id).map(|i| &self.actors[i])
    }

    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The aliases of actor `actor`, in KB order (none for an index that
    /// is no actor's): read from an index built on first use, so a
    /// question about one actor does not walk every alias of the KB.
    pub fn aliases_of(&self, actor: usize) -> impl Iterator<Item = &Alias> {
        let index = self
            .aliases_by_actor
            .get_or_init(|| AliasesByActor::of(self.actors.len(), &self.aliases));
        let range = match (index.starts.get(actor), index.starts.get(actor + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        index.ids[range].iter().map(|&i| &self.aliases[i as usize])
    }

    /// Role phrases: those of the role files plus generated regular plurals
    /// of one-person roles ("ministers", a group).
    pub fn roles(&self) -> &[RolePhrase] {
        &self.roles
    }

    /// Every role phrase in `text`: any letter case, on word boundaries,
    /// non-overlapping, longest first, in text order.
    pub fn find_roles(&self, text: &str) -> Vec<RoleMatch> {
        self.matcher
            .scan(text, &self.aliases, &self.roles, false, true)
            .1
    }

    /// The person who held `role` (lower-case, as in the KB's `role` column)
    /// for `country` on `date` (`YYYY-MM-DD`). With several candidates the
    /// one whose term started last wins; `None` when nobody's term covers it.
    /// British and American spellings of an office are the same office
    /// ("defence minister" finds the KB's "defense minister").
    pub fn holder_of(&self, country: &str, role: &str, date: &str) -> Option<usize> {
        let role = office_spelling(role);
        let candidates = self.holders.get(&(country.to_string(), role.clone()))?;
        candidates
            .iter()
            .filter_map(|&i| {
                self.actors[i]
                    .terms
                    .iter()
                    .filter(|t| t.country.as_deref() == Some(country))
                    .filter(|t| {
                        t.role
                            .as_deref()
                            .is_some_and(|r| office_spelling(r).eq_ignore_ascii_case(&role))
                    })
                    .filter(|t| t.covers(date))
                    .map(|t| (t.from.clone(), i))
                    .max()
            })
            .max()
            .map(|(_, i)| i)
    }

    /// The actor's first adjective alias ("Iranian"), if any.
    pub fn adjective_of(&self, actor: usize) -> Option<&str> {
        let a = (*self.adjectives.get(actor)?)?;
        Some(&self.aliases[a].text)
    }

    /// Every alias occurrence in `text`: on word boundaries, case-aware
    /// (see [`matcher`]), non-overlapping, longest first, in text order.
    pub fn find_aliases(&self, text: &str) -> Vec<AliasMatch> {
        self.matcher
            .scan(text, &self.aliases, &self.roles, true, false)
            .0
    }

    /// [`Kb::find_aliases`] and [`Kb::find_roles`] in one pass over `text`.
    pub fn scan(&self, text: &str) -> (Vec<AliasMatch>, Vec<RoleMatch>) {
        self.matcher
            .scan(text, &self.aliases, &self.roles, true, true)
    }
}

/// Accumulates rows from any number of files, then builds a [`Kb`].
#[derive(Default)]
pub struct KbBuilder {
    actors: Vec<Actor>,
    /// Each actor's terms as its rows give them, by actor index: they go
    /// into the KB's one shared term table when it is built.
    actor_terms: Vec<Vec<Term>>,
    by_id: FastMap<String, usize>,
    aliases: Vec<Alias>,
    /// Every alias by [`alias_hash`], so duplicates are skipped in O(1)
    /// without a second copy of each text: the first alias with a hash
    /// here, any later one with the same hash (another alias whose hash
    /// collides, practically never) in `colliding_aliases`.
    seen_aliases: FastMap<u64, usize>,
    colliding_aliases: Vec<(u64, usize)>,
    roles: Vec<RolePhrase>,
    /// Aliases tied to dates, by alias index, in the order added.
    alias_terms: Vec<(usize, Term)>,
    /// Aliases some row gives with no dates: such an alias holds at any
    /// date, whatever dates another row (or a user's file) gives it.
    undated_aliases: Vec<usize>,
}

/// A hash of an alias's actor, kind and text, for [`KbBuilder`]'s
/// duplicate check.
fn alias_hash(actor: usize, kind: AliasKind, text: &str) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write_usize(actor);
    kind.hash(&mut hasher);
    hasher.write(text.as_bytes());
    let hash = hasher.finish();
    // Tests get a deliberately weak hash, so that every KB they build
    // goes through the collision path.
    if cfg!(test) {
        hash & 3
    } else {
        hash
    }
}

impl KbBuilder {
    pub fn add_actor_rows(&mut self, rows: Vec<ActorRow>) {
        // At most an actor and its name a row, plus the row's aliases: the
        // tables are sized once instead of rehashed as they grow.
        let most_aliases = rows.iter().map(|r| 1 + r.aliases.len()).sum();
        self.actors.reserve(rows.len());
        self.by_id.reserve(rows.len());
        self.aliases.reserve(most_aliases);
        self.seen_aliases.reserve(most_aliases);
        // The row's strings move into the KB; only what goes to two places
        // is copied.
        for row in rows {
            let ActorRow {
                id,
                kind,
                name,
                mut country,
                mut sector,
                role,
                from,
                until,
                aliases,
                alias_dates,
            } = row;
            let has_term = role.is_some() || from.is_some() || until.is_some();
            let index = match self.by_id.get(&id) {
                Some(&i) => i,
                None => {
                    let index = self.actors.len();
                    self.by_id.insert(id.clone(), index);
                    // The canonical name is always an alias.
                    self.add_alias(index, name.clone(), AliasKind::Name);
                    let (country, sector) = if has_term {
                        (country.clone(), sector.clone())
                    } else {
                        (country.take(), sector.take())
                    };
                    self.actors.push(Actor {
                        id: Cow::Owned(id),
                        kind,
                        name: Cow::Owned(name),
                        country: country.map(Cow::Owned),
                        sector: sector.map(Cow::Owned),
                        terms: Terms::default(),
                    });
                    self.actor_terms.push(Vec::new());
                    index
                }
            };
            if has_term {
                self.actor_terms[index].push(Term {
                    role: role.map(Cow::Owned),
                    country: country.map(Cow::Owned),
                    sector: sector.map(Cow::Owned),
                    from: from.map(Cow::Owned),
                    until: until.map(Cow::Owned),
                });
            }
            let mut dates = alias_dates.into_iter().peekable();
            for (k, (text, kind)) in aliases.into_iter().enumerate() {
                let alias = self.add_alias(index, text, kind);
                let Some(d) = dates.next_if(|d| d.alias == k) else {
                    self.undated_aliases.push(alias);
                    continue;
                };
                self.alias_terms.push((
                    alias,
                    Term {
                        role: None,
                        country: None,
                        sector: None,
                        from: d.from.map(Cow::Owned),
                        until: d.until.map(Cow::Owned),
                    },
                ));
            }
        }
    }

    /// Adds `text` as an alias of `actor` of this kind, unless it is one;
    /// the alias's index either way.
    fn add_alias(&mut self, actor: usize, text: String, kind: AliasKind) -> usize {
        let hash = alias_hash(actor, kind, &text);
        let same = |a: &Alias| a.actor == actor && a.kind == kind && a.text == text;
        match self.seen_aliases.entry(hash) {
            Entry::Occupied(first) => {
                if same(&self.aliases[*first.get()]) {
                    return *first.get();
                }
                if let Some(&(_, i)) = self
                    .colliding_aliases
                    .iter()
                    .find(|&&(h, i)| h == hash && same(&self.aliases[i]))
                {
                    return i;
                }
                self.colliding_aliases.push((hash, self.aliases.len()));
            }
            Entry::Vacant(slot) => {
                slot.insert(self.aliases.len());
            }
        }
        self.aliases.push(Alias {
            text: Cow::Owned(text),
            actor,
            kind,
        });
        self.aliases.len() - 1
    }

    pub fn add_roles(&mut self, roles: Vec<RolePhrase>) {
        self.roles.extend(roles);
    }

    pub fn build(mut self) -> Kb {
        let mut table = Vec::with_capacity(self.actor_terms.iter().map(Vec::len).sum());
        let mut runs = Vec::with_capacity(self.actors.len());
        for terms in self.actor_terms.drain(..) {
            let start = table.len();
            table.extend(terms);
            runs.push(start..table.len());
        }
        let table: Arc<[Term]> = table.into();
        for (actor, run) in self.actors.iter_mut().zip(runs) {
            actor.terms = Terms::shared(&table, run);
        }
        let roles = roles::with_plurals(self.roles);
        let matcher = matcher::Matcher::new(&self.aliases, &roles);
        let by_id = IdIndex::new(&self.actors);
        let mut alias_terms = self.alias_terms;
        // By alias; an alias dated twice keeps each range (once), and one
        // any row gives undated keeps none.
        let mut undated = self.undated_aliases;
        undated.sort_unstable();
        alias_terms.retain(|(a, _)| undated.binary_search(a).is_err());
        alias_terms.sort_by(|(a, x), (b, y)| (a, &x.from, &x.until).cmp(&(b, &y.from, &y.until)));
        alias_terms.dedup();
        Kb {
            alias_terms,
            holders: holders_of(&self.actors),
            adjectives: adjectives_of(&self.actors, &self.aliases),
            actors: self.actors,
            by_id,
            aliases: self.aliases,
            roles,
            matcher,
            given_names: OnceLock::new(),
            senses: OnceLock::new(),
            place_governments: OnceLock::new(),
            legislative_bodies: OnceLock::new(),
            aliases_by_actor: OnceLock::new(),
        }
    }
}

/// A builder holding the built-in files' rows.
pub(crate) fn builtin_builder() -> Result<KbBuilder, KbError> {
    let mut builder = KbBuilder::default();
    for (name, contents) in BUILTIN_ACTOR_FILES {
        builder.add_actor_rows(parse_actor_file(name, contents)?);
    }
    builder.add_roles(parse_role_file(BUILTIN_ROLE_FILE.0, BUILTIN_ROLE_FILE.1)?);
    Ok(builder)
}

/// British office spellings and the American ones the KB's `role` column
/// is written in: news on either side of the Atlantic names the same office.
const OFFICE_SPELLINGS: [(&str, &str); 2] = [("defence", "defense"), ("labour", "labor")];

/// `role` lower-cased, in the KB's (American) spelling: the key office
/// holders are filed and looked up under.
pub fn office_spelling(role: &str) -> String {
    let mut role = role.to_lowercase();
    for (british, american) in OFFICE_SPELLINGS {
        if role.contains(british) {
            role = role.replace(british, american);
        }
    }
    role
}

/// [`Kb::holders`] of these actors.
pub(crate) fn holders_of(actors: &[Actor]) -> FastMap<(String, String), Vec<usize>> {
    let mut holders: FastMap<(String, String), Vec<usize>> = FastMap::default();
    for (i, actor) in actors.iter().enumerate() {
        for t in &actor.terms {
            if let (Some(c), Some(r)) = (&t.country, &t.role) {
                let list = holders
                    .entry((c.to_string(), office_spelling(r)))
                    .or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
    }
    holders
}

/// [`Kb::adjectives`] of these actors and aliases.
pub(crate) fn adjectives_of(actors: &[Actor], aliases: &[Alias]) -> Vec<Option<usize>> {
    let mut adjectives = vec![None; actors.len()];
    for (i, a) in aliases.iter().enumerate() {
        if a.kind == AliasKind::Adjective && adjectives[a.actor].is_none() {
            adjectives[a.actor] = Some(i);
        }
    }
    adjectives
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An actor's terms are its rows' terms in row order, whichever rows
    /// of other actors come between, and every actor's run lies in one
    /// table the KB's actors share.
    #[test]
    fn terms_are_runs_of_one_shared_table() {
        let rows = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n\
            a\tperson\tAnn A\tIRN\tGOV\tforeign minister\t2013\t2021\t\n\
            IRN\tcountry\tIran\tIRN\t\t\t\t\t\n\
            b\tperson\tBen B\tIRQ\tGOV\tpresident\t2020\t\t\n\
            a\tperson\tAnn A\tIRN\tGOV\tpresident\t2021\t\t\n";
        let mut builder = KbBuilder::default();
        builder.add_actor_rows(parse_actor_file("t", rows).unwrap());
        let kb = builder.build();
        let roles = |id: &str| -> Vec<&str> {
            let actor = kb.by_id(id).unwrap();
            actor
                .terms
                .iter()
                .filter_map(|t| t.role.as_deref())
                .collect()
        };
        assert_eq!(roles("a"), ["foreign minister", "president"]);
        assert_eq!(roles("b"), ["president"]);
        assert!(kb.by_id("IRN").unwrap().terms.is_empty());
        let table = &kb.actor(0).terms.table;
        assert!(kb.actors.iter().all(|a| Arc::ptr_eq(&a.terms.table, table)));
        assert_eq!(table.len(), 3);
        // Equal terms are equal whatever table holds them.
        let alone = Terms::new(kb.by_id("b").unwrap().terms.to_vec());
        assert_eq!(alone, kb.by_id("b").unwrap().terms);
        assert_ne!(alone, kb.by_id("a").unwrap().terms);
        assert_eq!(Terms::default().len(), 0);
    }

    fn actor(id: &str) -> Actor {
        Actor {
            id: Cow::Owned(id.to_string()),
            kind: ActorKind::Organization,
            name: Cow::Owned(id.to_string()),
            country: None,
            sector: None,
            terms: Terms::default(),
        }
    }

    /// A dated alias names its actor only within its dates (the prebuilt
    /// form keeps them: the built-in KB's Juba rows answer the same); an
    /// undated document reads it as of today; other aliases always name.
    #[test]
    fn dated_aliases_name_their_actor_within_their_dates() {
        let rows = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n\
            SDN\tcountry\tSudan\tSDN\t\t\t\t\tmeto:Khartoum|until:2011-07-08:place:Juba\n\
            SSD\tcountry\tSouth Sudan\tSSD\t\t\t\t\tfrom:2011-07-09:meto:Juba\n";
        let mut b = KbBuilder::default();
        b.add_actor_rows(parse_actor_file("t", rows).unwrap());
        let kb = b.build();
        let alias = |id: &str, text: &str| {
            let actor = kb.index_of(id).unwrap();
            (kb.aliases.iter())
                .position(|a| a.actor == actor && a.text == text)
                .unwrap()
        };
        let (sudan, south) = (alias("SDN", "Juba"), alias("SSD", "Juba"));
        for (date, in_sudan) in [
            (Some("2005-01-09"), true),
            (Some("2011-07-08"), true),
            (Some("2011-07-09"), false),
            (None, false),
        ] {
            assert_eq!(kb.alias_in_force(sudan, date), in_sudan, "{date:?}");
            assert_eq!(kb.alias_in_force(south, date), !in_sudan, "{date:?}");
        }
        assert!(kb.alias_in_force(alias("SDN", "Khartoum"), Some("1990-01-01")));
        let builtin = crate::prebuilt::decode(crate::PREBUILT_BUILTIN_KB);
        let juba = |id: &str| {
            let actor = builtin.index_of(id).unwrap();
            (builtin.aliases.iter())
                .position(|a| a.actor == actor && a.text == "Juba")
                .unwrap()
        };
        assert!(builtin.alias_in_force(juba("SDN"), Some("2005-01-09")));
        assert!(!builtin.alias_in_force(juba("SSD"), Some("2005-01-09")));
        assert!(builtin.alias_in_force(juba("SSD"), Some("2013-01-09")));
    }

    /// An alias given in two ranges ("Congo", the DRC's name until it
    /// became Zaire and again from 1997) names its actor within either and
    /// not between them, from one row or from two; the built-in KB's
    /// "Congo" of the DRC answers the same.
    #[test]
    fn an_alias_in_two_ranges_names_its_actor_within_either() {
        let header = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n";
        let one = format!(
            "{header}COD\tcountry\tDR Congo\tCOD\t\t\t\t\tuntil:1971-10-26:Congo|from:1997-05-17:Congo\n"
        );
        let two = format!(
            "{header}COD\tcountry\tDR Congo\tCOD\t\t\t\t\tuntil:1971-10-26:Congo\n\
             COD\tcountry\tDR Congo\tCOD\t\t\t\t\tfrom:1997-05-17:Congo\n"
        );
        let builtin = crate::prebuilt::decode(crate::PREBUILT_BUILTIN_KB);
        let mut kbs = Vec::new();
        for rows in [one, two] {
            let mut b = KbBuilder::default();
            b.add_actor_rows(parse_actor_file("t", &rows).unwrap());
            kbs.push(b.build());
        }
        kbs.push(builtin);
        for kb in &kbs {
            let actor = kb.index_of("COD").unwrap();
            let congo = (kb.aliases.iter())
                .position(|a| a.actor == actor && a.text == "Congo")
                .unwrap();
            for (date, in_force) in [
                (Some("1965-01-01"), true),
                (Some("1971-10-26"), true),
                (Some("1971-10-27"), false),
                (Some("1985-06-01"), false),
                (Some("1997-05-16"), false),
                (Some("1997-05-17"), true),
                (Some("2024-01-01"), true),
                (None, true),
            ] {
                assert_eq!(kb.alias_in_force(congo, date), in_force, "{date:?}");
            }
        }
    }

    /// An alias one row gives undated holds at any date, whatever dates
    /// another row or a user's file gives the same alias; the dated one
    /// alone keeps its dates.
    #[test]
    fn an_undated_copy_of_an_alias_holds_at_any_date() {
        let header = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n";
        let first = format!("{header}fooco\tgroup\tFooco\t\t\t\t\t\tFooco|until:2010:Foo Group\n");
        let second = format!("{header}fooco\tgroup\tFooco\t\t\t\t\t\tuntil:2010:Fooco\n");
        let mut b = KbBuilder::default();
        b.add_actor_rows(parse_actor_file("first", &first).unwrap());
        b.add_actor_rows(parse_actor_file("second", &second).unwrap());
        let kb = b.build();
        let alias = |text: &str| kb.aliases.iter().position(|a| a.text == text).unwrap();
        assert!(kb.alias_in_force(alias("Fooco"), Some("2016-03-01")));
        assert!(kb.alias_in_force(alias("Fooco"), Some("2005-03-01")));
        assert!(!kb.alias_in_force(alias("Foo Group"), Some("2016-03-01")));
        assert!(kb.alias_in_force(alias("Foo Group"), Some("2005-03-01")));
    }

    /// The given-name table answers as a set of each person's first word
    /// lower-cased: ASCII and non-ASCII names, capitals anywhere, a first
    /// word of 15 bytes and a longer one, odd whitespace, one-word names
    /// and non-persons (none of which give a name), probed in any case.
    #[test]
    fn given_names_are_the_lowercased_first_words_of_persons() {
        let names = [
            (ActorKind::Person, "Donald Trump"),
            (ActorKind::Person, "  JAVAD\tZarif "),
            (ActorKind::Person, "Élisabeth Borne"),
            (ActorKind::Person, "Ödön von Horváth"),
            (ActorKind::Person, "Abcdefghijklmno Fifteen"),
            (ActorKind::Person, "Abcdefghijklmnop Sixteen"),
            (ActorKind::Person, "Hemedti"),
            (ActorKind::Person, "Lonely "),
            (ActorKind::Person, "Vertical\u{b}Tab"),
            (ActorKind::Person, "No\u{a0}Break Space"),
            (ActorKind::Person, " "),
            (ActorKind::Person, ""),
            (ActorKind::Organization, "Hamas Movement"),
        ];
        let actors: Vec<Actor> = names
            .iter()
            .map(|&(kind, name)| Actor {
                kind,
                name: Cow::Owned(name.to_string()),
                ..actor(name)
            })
            .collect();
        let table = given_names(&actors);
        let expected: std::collections::HashSet<String> = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter_map(|a| {
                let mut words = a.name.split_whitespace();
                let first = words.next()?;
                words.next().map(|_| first.to_lowercase())
            })
            .collect();
        assert_eq!(expected.len(), 8);
        for probe in [
            "donald",
            "DONALD",
            "Donald",
            "javad",
            "Javad",
            "élisabeth",
            "ÉLISABETH",
            "Élisabeth",
            "ödön",
            "ÖDÖN",
            "abcdefghijklmno",
            "ABCDEFGHIJKLMNO",
            "abcdefghijklmnop",
            "Abcdefghijklmnop",
            "hemedti",
            "lonely",
            "hamas",
            "trump",
            "don",
            "donalds",
            "",
            "zarif",
        ] {
            assert_eq!(
                table.get_lowercase(probe).is_some(),
                expected.contains(&probe.to_lowercase()),
                "{probe:?}"
            );
        }
    }

    /// The id index finds every actor a linear search finds, and nothing
    /// for ids no actor has: on ids that collide in a small table, on
    /// non-ASCII and empty ids, and on no actors at all.
    #[test]
    fn id_index_equals_a_linear_search() {
        let ids = [
            "IRN",
            "IRNGOV",
            "USA",
            "hamas",
            "",
            "bahram-qassemi",
            "ÖVP",
            "a",
            "b",
            "c",
            "d",
            "aa",
            "ab",
            "ba",
        ];
        let actors: Vec<Actor> = ids.iter().map(|id| actor(id)).collect();
        let index = IdIndex::new(&actors);
        assert!(index.slots.len() >= 2 * actors.len());
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.get(&actors, id), Some(i), "{id}");
        }
        for absent in ["irn", "IRNG", "e", "ÖVp", " IRN"] {
            assert_eq!(index.get(&actors, absent), None, "{absent}");
        }
        let none = IdIndex::new(&[]);
        assert_eq!(none.get(&[], "IRN"), None);
        assert_eq!(none.get(&[], ""), None);
    }
}
