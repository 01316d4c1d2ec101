//! The document's actors: ids for targets (KB actors, sectors, new
//! persons), the actor records, and the genders the text tells.

use super::*;

/// The noun naming a CAMEO sector in a display name ("Iranian government").
pub(super) fn sector_noun(sector: &str) -> &str {
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

impl<'a> Resolver<'a> {
    // ---- output ------------------------------------------------------------

    /// The id [`Resolver::doc_actor`] gives `target`: borrowed from the KB
    /// for a KB actor (most mentions), else built (a person the KB lacks has
    /// its id copied, once a mention: such mentions are few).
    pub(super) fn target_id(&self, target: &Target) -> Cow<'a, str> {
        match target {
            Target::Kb(i) => Cow::Borrowed(&self.kb.actor(*i).id),
            Target::Sector { state, sector } => Cow::Owned(self.sector_id(*state, sector)),
            Target::NewPerson(person) => Cow::Owned(person.id.clone()),
            Target::Dominant { .. } => Cow::Borrowed(""),
        }
    }

    /// `ISO3` + sector ("IRNGOV"), or the state's id and the sector in
    /// lower case for a state without an ISO code.
    pub(super) fn sector_id(&self, state: usize, sector: &str) -> String {
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
    pub(super) fn doc_actor(&self, target: &Target, id: String) -> DocActor {
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

    #[inline(never)]
    pub(super) fn finish(mut self) -> DocActors {
        let mut doc = DocActors::default();
        // By id, not by target: two targets may have one id. A KB actor's
        // id (most actors) is borrowed from the KB, not copied.
        let mut index: FastMap<Cow<'a, str>, usize> =
            FastMap::with_capacity_and_hasher(self.cands.len(), Default::default());
        let mut role_stated: Vec<bool> = Vec::new();
        // Per actor: a person named out of the office the KB gives them.
        let mut named_out: Vec<bool> = Vec::new();
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
        named_out.reserve(cands.len());
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
                    named_out.push(false);
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
            if doc.actors[i].kind == ActorKind::Person && !named_out[i] {
                let title = match &c.target {
                    Target::Kb(k) => self.named_out_of_office(*k, c.head.0),
                    // No terms: the title is all there is.
                    Target::NewPerson(_) => self.past_title_before(c.head.0),
                    _ => None,
                };
                if let Some(title) = title {
                    self.put_out_of_office(&mut doc.actors[i], role_stated[i], &title);
                    named_out[i] = true;
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
        let unknown = self.unknown_full_names(&doc.mentions);
        doc.set_unknown_persons(unknown);
        doc
    }

    /// The full names no mention covers whose first word is a given name
    /// of the lexicon and that open a clause
    /// ([`DocActors::unknown_person_between`]): "Stanley B. Greenberg
    /// took", "Maria Lopez said". A run of capitalized words is one name
    /// only when it is two to four words long and not after "the" ("the
    /// John F. Kennedy Center").
    fn unknown_full_names(&self, mentions: &[Mention]) -> Vec<(usize, usize, Gender)> {
        const MOST_WORDS: usize = 4;
        let (tokens, bytes) = (self.tokens, self.text.as_bytes());
        let capitalized =
            |t: &Token| t.kind == TokenKind::Word && bytes[t.start].is_ascii_uppercase();
        // Token `k` after token `k - 1` with one space between (several
        // spaces, a line break or none part them).
        let one_space_before = |k: usize| {
            let (a, b) = (tokens[k - 1].end, tokens[k].start);
            b == a + 1 && bytes[a] == b' '
        };
        let initial = |i: usize| {
            i + 1 < tokens.len()
                && tokens[i].end - tokens[i].start == 1
                && self.word(i + 1) == "."
                && tokens[i].end == tokens[i + 1].start
        };
        // The token after the name word (an initial with its period) at `k`.
        let after_word = |k: usize| if initial(k) { k + 2 } else { k + 1 };
        let covered = |start: usize, end: usize| {
            let k = mentions.partition_point(|m| m.end <= start);
            mentions.get(k).is_some_and(|m| m.start < end)
        };
        let mut found = Vec::new();
        // Where the next run may start: the tokens before it were read.
        let mut from = 0;
        // Most tokens open no run: the runs start at the capitalized words
        // the walk over the tokens noted (`TokenNotes`), and a word inside
        // a run read already opens none.
        for &i in &self.capitalized_tokens {
            if i < from {
                continue;
            }
            // The run of capitalized words (an initial with its period)
            // from token i, each parted from the last by one space.
            let (mut j, mut words) = (i, 0);
            loop {
                let next = after_word(j);
                words += 1;
                j = next;
                if !(next < tokens.len() && capitalized(&tokens[next]) && one_space_before(next)) {
                    break;
                }
            }
            // Only a name that opens a clause, a lower-case word right
            // after it that no place, body or phrase of a noun opens
            // ("Stanley B. Greenberg took", "David Bositis agreed"; not
            // "accusing Alicia Machado of", "appointed Jane Roe, the", "the
            // tycoon Mikhail B. Khodorkovsky.", "was pro John Kasich while"),
            // takes "he" or "she" over.
            // The checks run cheapest first: most runs are one word (a
            // sentence's first word, a lone name) or end at punctuation, and
            // only the rest need the word lists.
            let next_is_lower_word = words >= 2
                && j < tokens.len()
                && tokens[j].kind == TokenKind::Word
                && bytes[tokens[j].start].is_ascii_lowercase()
                && one_space_before(j);
            if next_is_lower_word {
                let the = |k: usize| self.word(k).eq_ignore_ascii_case("the");
                let after_the = (i > 0 && the(i - 1)) || the(i);
                // The name opens at the run's first word or, past a word
                // opening the sentence ("Later Stanley B. Greenberg"), its
                // second (found only for a run that got this far).
                let opening = || {
                    [(i, words), (after_word(i), words - 1)]
                        .into_iter()
                        .filter(|&(k, n)| (2..=MOST_WORDS).contains(&n) && !initial(k))
                        .find_map(|(k, _)| Some((k, self.lex.given_name_gender(self.word(k))?)))
                };
                let opens_clause = || {
                    let next = self.word(j);
                    !(self.lex.is_locative(next)
                        || self.lex.is_affiliation_preposition(next)
                        || self.lex.is_determiner(next)
                        || self.lex.is_subordinator(next))
                };
                if let Some((k, g)) = (!after_the)
                    .then(opening)
                    .flatten()
                    .filter(|_| opens_clause())
                {
                    let (start, end) = (tokens[k].start, tokens[j - 1].end);
                    if !covered(start, end) {
                        found.push((start, end, g));
                    }
                }
            }
            from = j;
        }
        found
    }

    /// The genders the text tells at a person's mention starting at
    /// `start`: an honorific before it or opening it ("Ms Omar", "Mr.
    /// Lammy"), and a gendered word of the role stated with it
    /// ("spokeswoman Tammy Bruce").
    pub(super) fn stated_genders(
        &self,
        start: usize,
        role: Option<&str>,
    ) -> impl Iterator<Item = Gender> {
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
    pub(super) fn name_gender(&self, name: &str) -> Option<Gender> {
        // The first two words, split at spaces by `split_once_byte` (a
        // `split` iterator set up a `char` searcher per name).
        let (first, rest) = match sitrep_text::split_once_byte(name, b' ') {
            Some((first, rest)) => (first, Some(rest)),
            None => (name, None),
        };
        if let Some(gender) = self.lex.honorific(first) {
            let second =
                rest.map(|rest| sitrep_text::split_once_byte(rest, b' ').map_or(rest, |(w, _)| w));
            return gender.or_else(|| second.and_then(|w| self.lex.given_name_gender(w)));
        }
        self.lex.given_name_gender(first)
    }
}

/// What a document's text tells of a person's gender so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Told {
    Unknown,
    Is(Gender),
    /// Told both ways: known neither.
    Conflict,
}

impl Told {
    pub(super) fn and(self, g: Gender) -> Told {
        match self {
            Told::Unknown => Told::Is(g),
            Told::Is(h) if h == g => self,
            _ => Told::Conflict,
        }
    }
}

/// The code a state's people and sectors carry as their country: its ISO
/// code, else (a state the KB gives none) its id.
pub(super) fn state_code(state: &Actor) -> String {
    state.country.as_deref().unwrap_or(&state.id).to_string()
}
