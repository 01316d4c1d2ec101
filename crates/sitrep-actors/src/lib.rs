//! Actor mentions: finds every actor a document mentions and resolves it to
//! the knowledge base.
//!
//! Input: the document's [`TextLayer`], the [`Kb`] and the publication date
//! (to pick the role a person held then). Output: [`DocActors`], the distinct
//! actors of the document and every mention of each, in text order, with no
//! two mentions overlapping. This crate decides what a KB match means in
//! context:
//!
//! - a country modifying a role phrase ("Senior Iranian officials",
//!   "Israel's security establishment", "the government of Iraq") is that
//!   country's sector, id `ISO3` + sector ("IRNGOV"); an organization
//!   modifying one ("Hamas officials") is the organization;
//! - a person-role before a name ("deputy foreign minister Abbas Araghchi",
//!   "Iran's foreign minister, Abbas Araghchi") is the person, with the role
//!   as stated; names not in the KB become person actors with a slug id and
//!   later surname-only mentions resolve to them; a person-role with a
//!   country and no name ("Iran's foreign minister") is whoever held it on
//!   the publication date, else the country's sector;
//! - a bare demonym ("Iranian oil") and a capital ("Tehran said") are
//!   mentions of the state, marked by [`MentionHow`] (and capitals or names
//!   after a locative preposition, "in Tehran", as [`MentionHow::Locative`])
//!   so events and claims can choose how to use them;
//! - generic descriptors ("the regime", "the government") resolve to the
//!   document's dominant state only when one state clearly dominates;
//! - matches that are only capitalization accidents are dropped: all-caps
//!   words outside all-caps lines and datelines, months and weekdays, a
//!   country name used as a first name or surname ("Jordan Peterson").
//!
//! The closed word classes this needs (modifiers, role prefixes, locative
//! prepositions, generic descriptors, non-name words) are data:
//! `crates/sitrep-actors/data/context.tsv`.

mod lexicon;
mod resolve;
mod shape;

use std::borrow::Cow;

use sitrep_kb::{AliasKind, Kb};
use sitrep_record::{ActorKind, ActorRecord, Span};
use sitrep_text::TextLayer;

pub use lexicon::{ContextLexicon, BUILTIN_CONTEXT_FILE};

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionHow {
    /// A KB alias of the given kind: a name, an acronym, a bare adjective
    /// ("Iranian oil"), a metonym ("Tehran said"), a descriptor ("the
    /// Islamic Republic").
    Alias(AliasKind),
    /// A country name or capital used as a place, after a locative
    /// preposition ("in Tehran", "strikes on Iran" is not locative; "to
    /// Iran" is). Still a mention of the state.
    Locative(AliasKind),
    /// A role phrase with a country or organization ("Iranian officials",
    /// "Israel's security establishment", "Hamas officials").
    Role,
    /// A role phrase followed by the person's name ("deputy foreign minister
    /// Abbas Araghchi").
    RoleName,
    /// A role phrase with a country, resolved to whoever held that role on
    /// the publication date ("Iran's foreign minister"), or an appositive
    /// role after a person's name ("Araghchi, Iran's foreign minister").
    RoleHolder,
    /// A surname alone, after a full mention of a person ("Qassemi said").
    Surname,
    /// Resolved from context: "the regime", "the government" → the
    /// document's dominant state.
    Context,
}

impl MentionHow {
    /// A demonym used as a modifier ("Iranian oil", "Iranian waters").
    pub fn is_adjectival(self) -> bool {
        self == MentionHow::Alias(AliasKind::Adjective)
    }

    /// A place after a locative preposition ("in Tehran", "to Iran").
    pub fn is_locative(self) -> bool {
        matches!(self, MentionHow::Locative(_))
    }

    /// A capital or seat of power standing for a state ("Tehran said").
    pub fn is_metonym(self) -> bool {
        matches!(
            self,
            MentionHow::Alias(AliasKind::Metonym) | MentionHow::Locative(AliasKind::Metonym)
        )
    }
}

/// One actor as it appears in this document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocActor {
    /// KB id, `ISO3` + sector ("IRNGOV") for a country's sector, or a slug
    /// of the name for a person not in the KB ("bahram-qassemi").
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// For persons: the role as first stated in the text (lower-case), else
    /// the KB role held on the publication date.
    pub role: Option<String>,
}

/// One mention: a byte range of the normalized text naming an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index into [`DocActors::actors`].
    pub actor: usize,
    pub how: MentionHow,
}

/// The inner structure of a mention, for coordination and argument
/// finding downstream. Kept by span (not by index) so it stays valid when a
/// caller filters or rebuilds [`DocActors::mentions`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionDetail {
    pub start: usize,
    pub end: usize,
    /// The head: the role phrase of a role mention ("officials" in "Senior
    /// Iranian officials"), the name of a role + name mention, else the
    /// whole mention.
    pub head: (usize, usize),
    /// The country or organization modifying the head ("Iranian" in
    /// "Senior Iranian officials", "Iran" in "Iran's foreign minister").
    pub modifier: Option<(usize, usize)>,
    /// The role as stated (lower-case), for role mentions.
    pub role: Option<String>,
}

/// The gender a person is known to carry, for pronoun agreement ("he"
/// skips a woman, "she" a man).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// `female` or `male`, as the data files write it.
    pub fn parse(word: &str) -> Option<Gender> {
        match word {
            "female" => Some(Gender::Female),
            "male" => Some(Gender::Male),
            _ => None,
        }
    }

    /// The gender a third-person singular pronoun names ("he", "Her",
    /// "himself"); `None` for any other word ("they", "it", "who").
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        let lower = |w: &str, set: &[&str]| set.iter().any(|p| p.eq_ignore_ascii_case(w));
        if lower(word, &["he", "him", "his", "himself"]) {
            Some(Gender::Male)
        } else if lower(word, &["she", "her", "hers", "herself"]) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// Every actor of a document, with its mentions in text order.
#[derive(Debug, Clone, Default)]
pub struct DocActors {
    pub actors: Vec<DocActor>,
    pub mentions: Vec<Mention>,
    /// Details of role mentions, sorted by start (see [`DocActors::detail`]).
    pub details: Vec<MentionDetail>,
    /// Per actor (same index as `actors`): the person's gender when the
    /// text (an honorific before a mention, "Ms Omar"), a gendered role
    /// ("spokeswoman") or the given name ("Ilhan Omar", from the
    /// given-names lexicon) tells it. Shorter than `actors` when a caller
    /// pushed actors of its own: those have none.
    genders: Vec<Option<Gender>>,
    /// Full names the knowledge base lacks, by start: a given name of the
    /// given-names lexicon and one or more capitalized words or initials
    /// after it ("Stanley B. Greenberg"), no mention covering any of them,
    /// with the gender the given name tells.
    unknown_persons: Vec<(usize, usize, Gender)>,
}

impl DocActors {
    /// Mentions lying inside `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.start < start);
        // The mentions are in text order: the end is searched for among
        // the mentions from `a` on only (and an `end` before `start` gives
        // none rather than a slice that cannot be cut).
        let from_a = &self.mentions[a..];
        let slice = &from_a[..from_a.partition_point(|m| m.start < end)];
        let keep = slice.iter().take_while(|m| m.end <= end).count();
        &slice[..keep]
    }

    /// The mentions of sentence `i` of `layer`.
    pub fn mentions_of_sentence(&self, layer: &TextLayer, i: usize) -> &[Mention] {
        match layer.sentences.get(i) {
            Some(s) => self.mentions_in(s.start, s.end),
            None => &[],
        }
    }

    /// The mention covering byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start <= offset);
        let m = self.mentions[..i].last()?;
        (offset < m.end).then_some(m)
    }

    /// Index into [`DocActors::mentions`] of the mention starting at `start`.
    pub fn mention_starting_at(&self, start: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.start < start);
        (self.mentions.get(i)?.start == start).then_some(i)
    }

    pub fn actor_of(&self, m: &Mention) -> &DocActor {
        &self.actors[m.actor]
    }

    /// The actor with this id, if mentioned.
    pub fn actor_by_id(&self, id: &str) -> Option<usize> {
        // Ids are short and mostly differ in length or first byte ("USA",
        // "IRNGOV", "hamas"): those two turn away nearly every other actor
        // before a call to compare the bytes (a document has a few dozen
        // actors, and events look ids up thousands of times).
        let (len, first) = (id.len(), id.as_bytes().first());
        self.actors
            .iter()
            .position(|a| a.id.len() == len && a.id.as_bytes().first() == first && a.id == id)
    }

    /// The details of mention `m`, when it has any (role mentions).
    pub fn detail(&self, m: &Mention) -> Option<&MentionDetail> {
        let i = self.details.partition_point(|d| d.start < m.start);
        self.details
            .get(i)
            .filter(|d| d.start == m.start && d.end == m.end)
    }

    /// Sets the actors' genders (index as `actors`), as resolution found them.
    pub(crate) fn set_genders(&mut self, genders: Vec<Option<Gender>>) {
        self.genders = genders;
    }

    /// Sets the full names the knowledge base lacks, sorted by start.
    pub(crate) fn set_unknown_persons(&mut self, found: Vec<(usize, usize, Gender)>) {
        self.unknown_persons = found;
    }

    /// Whether a full name the knowledge base lacks, of the gender the
    /// personal pronoun `pronoun` names, stands within `from..to`: "Roth
    /// spoke first. Then Stanley B. Greenberg took the floor. He said" —
    /// "he" is no longer Roth. A woman's name does not stand between a man
    /// and "he", and any other word ("it", "they") has none between.
    pub fn unknown_person_between(&self, from: usize, to: usize, pronoun: &str) -> bool {
        let Some(want) = Gender::of_pronoun(pronoun) else {
            return false;
        };
        let i = self.unknown_persons.partition_point(|p| p.0 < from);
        self.unknown_persons[i..]
            .iter()
            .take_while(|p| p.1 <= to)
            .any(|p| p.2 == want)
    }

    /// The gender of person `actor` (an index into [`DocActors::actors`]),
    /// when known.
    pub fn gender(&self, actor: usize) -> Option<Gender> {
        self.genders.get(actor).copied().flatten()
    }

    /// Whether `actor` (an index into [`DocActors::actors`]) is a person.
    pub fn is_person(&self, actor: usize) -> bool {
        self.actors
            .get(actor)
            .is_some_and(|a| a.kind == ActorKind::Person)
    }

    /// Whether `actor` may be what the personal pronoun `pronoun` refers
    /// to as far as gender goes: "he"/"his"/"him" is no woman, "she"/"her"
    /// no man; an actor of unknown gender fits both, and any other word
    /// ("it", "they") fits every actor (kind is the caller's test).
    pub fn agrees_with_pronoun(&self, actor: usize, pronoun: &str) -> bool {
        match (Gender::of_pronoun(pronoun), self.gender(actor)) {
            (Some(want), Some(has)) => want == has,
            _ => true,
        }
    }

    /// Whether mention `m` can be the antecedent of a pronoun standing for a
    /// body ("it", "they"): a town or province of a state ("Florida",
    /// "Benghazi"), a place after a locative ("in Dallas") or a demonym
    /// modifying a noun ("American courts") tells where something is or
    /// what it is like, and the body that then acts or speaks is another
    /// ("… outside the Dallas Morning News after it backed Clinton").
    pub fn can_stand_for_body(&self, m: &Mention) -> bool {
        !(m.how.is_locative()
            || m.how.is_adjectival()
            || m.how == MentionHow::Alias(AliasKind::Place))
    }

    /// The head span of mention `m`: the role phrase or name inside a role
    /// mention, else the whole mention.
    pub fn head_of(&self, m: &Mention) -> (usize, usize) {
        self.detail(m).map(|d| d.head).unwrap_or((m.start, m.end))
    }

    /// The `actors` array of a record: each actor once, with its mentions.
    pub fn to_records(&self, text: &str) -> Vec<ActorRecord> {
        records_of(&self.mentions, text, self.actors.iter().map(Cow::Borrowed))
    }

    /// [`DocActors::to_records`] for a caller done with the actors (the
    /// pipeline, once every stage has read them): each actor's strings move
    /// into its record instead of being copied, and the copies' drop goes
    /// with them (about 215,000 string copies per 500 documents before).
    pub fn into_records(self, text: &str) -> Vec<ActorRecord> {
        records_of(
            &self.mentions,
            text,
            self.actors.into_iter().map(Cow::Owned),
        )
    }
}

/// The records of `actors` (in their order, each given once) that have
/// one or more `mentions` inside `text`, each with those mentions as spans
/// in text order. The mentions are counted first, so an actor with none
/// is skipped before its strings are taken and each mention list is
/// allocated once, at its size.
fn records_of<'a>(
    mentions: &[Mention],
    text: &str,
    actors: impl ExactSizeIterator<Item = Cow<'a, DocActor>>,
) -> Vec<ActorRecord> {
    let in_text = |m: &Mention| m.start <= m.end && text.get(m.start..m.end).is_some();
    let mut counts = vec![0usize; actors.len()];
    for m in mentions.iter().filter(|m| in_text(m)) {
        if let Some(count) = counts.get_mut(m.actor) {
            *count += 1;
        }
    }
    // For each actor, its record's index (`usize::MAX`: no record).
    let mut record_of = vec![usize::MAX; counts.len()];
    let mut out: Vec<ActorRecord> = Vec::with_capacity(counts.iter().filter(|&&n| n > 0).count());
    for (i, actor) in actors.enumerate() {
        if counts[i] == 0 {
            continue;
        }
        record_of[i] = out.len();
        let DocActor {
            id,
            name,
            kind,
            country,
            sector,
            role,
        } = actor.into_owned();
        out.push(ActorRecord {
            id,
            name,
            kind,
            country,
            sector,
            role,
            mentions: Vec::with_capacity(counts[i]),
        });
    }
    for m in mentions.iter().filter(|m| in_text(m)) {
        if let Some(record) = record_of.get(m.actor).and_then(|&r| out.get_mut(r)) {
            record.mentions.push(Span::of(text, m.start, m.end));
        }
    }
    out
}

/// Finds and resolves the actors of one document.
pub fn find_actors(layer: &TextLayer, kb: &Kb, published: Option<&str>) -> DocActors {
    resolve::Resolver::new(layer, kb, published, ContextLexicon::shared()).run()
}

/// Like [`find_actors`], with a caller-supplied context lexicon.
pub fn find_actors_with(
    layer: &TextLayer,
    kb: &Kb,
    published: Option<&str>,
    lex: &ContextLexicon,
) -> DocActors {
    resolve::Resolver::new(layer, kb, published, lex).run()
}
