//! Who a role belongs to: "of [the] X" after it, a portfolio, an
//! employer, an opposition's seat, an organization running a body, a
//! state other than the KB's, coordinated owners, and the person holding
//! an office on the publication date.

use super::*;

impl<'a> Resolver<'a> {
    /// "as the Leader had warned" in a story about Iran: a capitalized bare
    /// title no state's office is called by, whose `role-kind` row names an
    /// office ("leader": "supreme leader"), is the holder of that office on
    /// the publication date in the state the document names most (alone at
    /// the top: a title this short is read only in its main state's story).
    pub(super) fn office_of_kind_holder(
        &self,
        ranked: &[(usize, usize)],
        bare: &str,
    ) -> Option<usize> {
        let &(n, state) = ranked.first()?;
        if ranked.get(1).is_some_and(|&(m, _)| m == n) {
            return None;
        }
        self.lex
            .role_kind(bare)
            .iter()
            .find_map(|office| self.holder(state, office))
    }

    /// The state a KB person or body serves: its country on the
    /// publication date, if that is a state the KB knows.
    pub(super) fn actor_state(&self, a: usize) -> Option<usize> {
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
    pub(super) fn own_organization_named_after(
        &self,
        end: usize,
        state: usize,
        directly: bool,
    ) -> bool {
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
    pub(super) fn namesake_of_other_state(
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
    pub(super) fn coordinated_owners(&mut self, owner_hit: usize, sector: &str, stated: &str) {
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

    /// Whether a state other than the one of `body` (a hit whose alias is
    /// the role's words) owns the words starting at token `j`: "Peru's" or "Peruvian" right before.
    pub(super) fn other_state_before(&self, body: AliasMatch, j: usize) -> bool {
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

    /// "of" right after `end` (a space between): the index of the token
    /// after "of".
    pub(super) fn of_after(&self, end: usize) -> Option<usize> {
        let i = self.token_from(end);
        (i < self.tokens.len() && self.spaced(end, self.tokens[i].start) && self.word(i) == "of")
            .then_some(i + 1)
    }

    /// "of [the] X" right after `end`, each word spaced from the one before:
    /// the index of the KB hit that starts at X.
    pub(super) fn hit_after_of(&self, end: usize) -> Option<usize> {
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
    pub(super) fn owner_after(&self, re: usize) -> Option<(usize, usize)> {
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
    pub(super) fn portfolio_owner_after(&self, re: usize) -> Option<(usize, usize, usize)> {
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
    pub(super) fn employer_after(&self, end: usize) -> Option<(usize, usize)> {
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
    /// capital may be a foreign one, so only OPP roles); a few other
    /// sectors take the state's own name so (below). The hit of the state
    /// and where it ends.
    pub(super) fn seat_state_after(&self, re: usize, sector: &str) -> Option<(usize, usize)> {
        // "Prosecutors in Sweden", "police in France", "investors in Hong
        // Kong": a state's courts, police, legislature or business named by
        // "in" and the state's own name are that state's. Its government,
        // army and spies are left: "diplomats in Iran" and "troops in
        // Syria" are as often another state's.
        let own_name = matches!(sector, "JUD" | "COP" | "LEG" | "BUS");
        if sector != "OPP" && !own_name {
            return None;
        }
        let i = self.token_from(re);
        // "foreign companies in China", "Western investors in Russia": a
        // business named as from elsewhere is not the host state's.
        if sector == "BUS" && self.foreign_modifier_before(i) {
            return None;
        }
        if i + 1 >= self.tokens.len()
            || !self.spaced(re, self.tokens[i].start)
            || self.word(i) != "in"
            || !self.spaced(self.tokens[i].end, self.tokens[i + 1].start)
        {
            return None;
        }
        let h = Self::hit_starting_at(&self.hits, self.tokens[i + 1].start)?;
        let hit = self.hits[h];
        let seat = if own_name {
            AliasKind::Name
        } else {
            AliasKind::Metonym
        };
        (hit.kind == seat && self.is_state(hit.actor)).then_some((h, hit.end))
    }

    /// Whether one of the four words before token `end` (the token after a
    /// role phrase) says the role's holder comes from elsewhere: "foreign
    /// direct investors", "overseas firms", "Western banks".
    fn foreign_modifier_before(&self, end: usize) -> bool {
        const ELSEWHERE: [&str; 6] = [
            "foreign",
            "overseas",
            "international",
            "multinational",
            "western",
            "offshore",
        ];
        (end.saturating_sub(4)..end.min(self.tokens.len())).any(|k| {
            let w = self.word(k);
            ELSEWHERE.iter().any(|e| w.eq_ignore_ascii_case(e))
        })
    }

    pub(super) fn owner_of(&self, hit: usize, person_role: bool) -> Option<Owner> {
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
    pub(super) fn organization_running(&self, k: usize, sector: &str) -> Option<usize> {
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
    pub(super) fn holder(&self, state: usize, role: &str) -> Option<usize> {
        let date = self.published?;
        let actor = self.kb.actor(state);
        let country = actor.country.as_deref().unwrap_or(&actor.id);
        self.kb.holder_of(country, role, date)
    }

    /// The person holding an organization's office on the publication date:
    /// the KB files it under the organization's adjective or name and the
    /// role ("the Houthis' leader" → the "houthi leader", "the Quds Force
    /// commander" → the "quds force commander").
    pub(super) fn org_holder(&self, org: usize, role: &str) -> Option<usize> {
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

    /// "talks with the chief of staff of the armed forces, Major General
    /// Mohammad Bagheri": a bare body closing a role's "of" phrase, with a
    /// KB person of the body's sector apposed after a comma, is the body of
    /// that person's state, whoever was named before it (a visiting
    /// minister's state holds no body of the host's).
    pub(super) fn apposed_holder_state(&self, c: &Cand, sector: &str) -> Option<usize> {
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
}
