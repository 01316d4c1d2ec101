//! Role phrases ("the foreign minister", "Iran's defence ministry"): where
//! one starts and ends, its sector, and the mention it makes: a person
//! holding the office, a state body, or a role the dominant state takes.

use super::*;

/// A role phrase under resolution, with the owner found for it.
#[derive(Clone, Copy)]
struct RolePhrase<'t> {
    /// The compound's first and last role matches in `roles`.
    first: usize,
    last: usize,
    /// The role's own words, with a hyphenated tail: the mention's head.
    role: (usize, usize),
    /// Whether one person holds the role (not a body or a group).
    person_role: bool,
    sector: &'t str,
    /// The span's first token (the role's modifiers and prefixes).
    j: usize,
    stated: Stated<'t>,
    /// The mention's span: from the owner before it or the first modifier
    /// to the end of the role or of the owner after it.
    span: (usize, usize),
    owner_hit: Option<usize>,
    owner: Option<Owner>,
}

impl RolePhrase<'_> {
    /// The owner's name, the mention's modifier.
    fn modifier(&self, hits: &[AliasMatch]) -> Option<(usize, usize)> {
        self.owner_hit.map(|h| (hits[h].start, hits[h].end))
    }
}

/// Whether `sector` is one of a state's own bodies (government,
/// legislature, judiciary, military, police, intelligence): the sectors a
/// bare body noun, an unnamed official or a state's role can name, as
/// opposed to its opposition, rebels, media or people.
pub(super) fn is_state_body_sector(sector: &str) -> bool {
    matches!(sector, "GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY")
}

impl<'a> Resolver<'a> {
    /// The first token of a capitalized portfolio name (one to three
    /// words no KB name covers) between a state and the role at token `j`
    /// whose head is a `portfolio-head` of the context lexicon ("minister",
    /// "ministry", "secretary"): "Venezuela's
    /// Communications Minister", "the Venezuelan Communications Minister".
    /// None without a state right before the portfolio ("Labour Party
    /// Minister" has no owner here).
    pub(super) fn portfolio_start(&self, j: usize, last: usize) -> Option<usize> {
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
    pub(super) fn role_starting_at(&self, offset: usize) -> Option<&RoleMatch> {
        let i = self.roles.partition_point(|r| r.start < offset);
        self.roles.get(i).filter(|r| r.start == offset)
    }

    pub(super) fn role_starts_at(&self, offset: usize) -> bool {
        self.role_starting_at(offset).is_some()
    }

    /// The word right before `offset` with only spaces between, if a word
    /// stands there.
    fn spaced_word_before(&self, offset: usize) -> Option<&str> {
        let i = self.token_at(offset)?.checked_sub(1)?;
        (self.tokens[i].kind == TokenKind::Word && self.spaced(self.tokens[i].end, offset))
            .then(|| self.word(i))
    }

    /// Whether the word right before `start` is "as" ("served as foreign
    /// minister", "first as mayor of X").
    fn capacity_after_as(&self, start: usize) -> bool {
        self.spaced_word_before(start)
            .is_some_and(|w| w.eq_ignore_ascii_case("as"))
    }

    /// Whether a role starts at `offset` and a capitalized name follows
    /// it, right after it or after a comma ("director general, Rafael
    /// Grossi"; not "leadership").
    pub(super) fn name_follows_role_at(&self, offset: usize) -> bool {
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

    /// Whether the role written from `rs` to `re` is capitalized and a
    /// capitalized word follows it after a space: a title of address
    /// before a name ("Governor Christie"), not a role standing alone.
    fn title_before_name(&self, rs: usize, re: usize) -> bool {
        if !self.text[rs..re].starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let j = self.token_from(re);
        self.tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start > re
                && self.spaced(re, t.start)
                && is_titlecase(self.word(j))
        })
    }

    pub(super) fn role_ends_at(&self, offset: usize) -> bool {
        let i = self.roles.partition_point(|r| r.end < offset);
        self.roles.get(i).is_some_and(|r| r.end == offset)
    }

    /// Whether "of" (and "the") after a title stand right before `offset`:
    /// "President of Nauru Tamsin Kora" — the state there owns the title,
    /// and the name after it is the holder's, not a name of its own.
    pub(super) fn owns_title_before(&self, offset: usize) -> bool {
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
    pub(super) fn title_ends_at(&self, offset: usize) -> bool {
        let i = self.roles.partition_point(|r| r.end < offset);
        self.roles
            .get(i)
            .is_some_and(|r| r.end == offset && self.kb.roles()[r.role].sector != "CVL")
    }

    // ---- roles -----------------------------------------------------------

    #[inline(never)]
    pub(super) fn resolve_roles(&mut self) {
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
    /// sector of its parts, else GOV ("military officials" → MIL). A
    /// state's people (CVL) or criminals (CRM) after a government part are
    /// its government's ("Russian government hackers" act for the state).
    /// Borrowed from the KB: most roles never need it as a `String`.
    pub(super) fn compound_sector(&self, first: usize, last: usize) -> &'a str {
        let phrases = self.kb.roles();
        let mut sectors = (first..=last).map(|i| phrases[self.roles[i].role].sector.as_str());
        let first_sector = sectors.clone().next();
        match sectors.find(|s| *s != "GOV") {
            Some("CVL" | "CRM") if first_sector == Some("GOV") => "GOV",
            found => found.or(first_sector).unwrap_or_default(),
        }
    }

    /// Resolves the compound role phrase `roles[first..=last]`: its span
    /// and stated role, then a name it sits inside, then its owner, then
    /// the mention it makes (a person named with it, a holder, an owned
    /// body, or a bare role the document's state or an anaphor takes).
    pub(super) fn resolve_role(&mut self, first: usize, last: usize) {
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
        let (j, stated_start) = self.role_span_start(role_tok, last);
        // The role as stated, lower-cased only when a candidate or a
        // person keeps it: most role phrases have no owner and give none.
        let stated = Stated {
            text: self.text,
            start: stated_start,
            end: re,
        };
        if self.role_inside_name(first, last, (rs, re), j, stated) {
            return;
        }
        // "The Senate voted", "a majority of the Senate": a chamber only
        // some legislatures have, bare, is the chamber the KB lists for the
        // story's state (`resolve_dominant` picks it). With an owner
        // ("Clinton's Senate campaigns"), a name after it or a capitalized
        // word after it ("the Senate Judiciary Committee") it is read as
        // any role phrase.
        // "Singapore's general election", "the country's general strike":
        // a title right before a noun it modifies as an adjective names no
        // one, whoever owns it (bare after "the", `bare_after_the` says so).
        // A phrase of several words keeps its mention ("the U.S.
        // intelligence community consensus" is the community's).
        if person_role
            && first == last
            && rs == stated_start
            && !self.text[rs..re].contains(' ')
            && self.modifies_noun_after(re)
        {
            return;
        }
        if first == last {
            if let Some(state_word) = self.state_chamber(role_tok, re) {
                // "The state Senate passed the bill": the chamber of the one
                // US state the story names; with none or several, no one.
                if let Some(body) = self.story_state_legislature() {
                    self.push_body(state_word, re, body, Some(stated.lower()));
                }
                return;
            }
        }
        if first == last && self.bare_chamber(role_tok, re) {
            match self.fronted_place_legislature(rs) {
                Some(body) => self.push_body(rs, re, body, Some(stated.lower())),
                None => self.push_dominant(rs, re, (rs, re), sector, Some(stated.lower())),
            }
            return;
        }
        let titled_owner_start = if person_role {
            None
        } else {
            self.release_titled_owner(j, re, sector)
        };
        let mut phrase =
            self.role_with_owner(first, last, (rs, re), person_role, sector, j, stated);
        if let Some(start) = titled_owner_start {
            phrase.span.0 = start;
        }
        // "Israel's militia ally in southern Lebanon": a group role
        // between its possessor and a patron noun is the possessor's ally,
        // not its body. The state of the region named after it owns the
        // group, and the possessor stays a mention of its own. With no
        // region named the phrase reads as the possessor's group, as any
        // owned role does: dropping it would leave the possessor alone, and
        // the patron state itself would become the doer of what the ally
        // did ("Iran's militia allies fired rockets").
        if !phrase.person_role
            && phrase.owner_hit.is_some()
            && phrase.span.1 == re
            && self
                .lower_word_after(re)
                .is_some_and(|w| self.lex.is_patron_noun(w))
        {
            if let Some(state) = self.state_of_region_after_patron(re) {
                let client = RolePhrase {
                    span: (self.tokens[phrase.j].start, re),
                    owner_hit: None,
                    owner: Some(Owner::State(state)),
                    ..phrase
                };
                self.owned_role_mention(&client, Owner::State(state));
                return;
            }
        }
        // "Bank of America Stadium", "the Bank of China Tower": a group
        // role and the owner after it that open a venue's or an
        // institution's name (an `eponym-head` in title case after them)
        // name that place, neither the business nor its state.
        if !phrase.person_role
            && phrase.span.1 != re
            && self.opens_eponym(phrase.span.1, self.lines.at(rs).title_case)
        {
            if let Some(h) = phrase.owner_hit {
                self.consumed[h] = true;
            }
            return;
        }
        // "the State Department Refugee Admissions Program": a person role
        // after its owner that opens a programme's or a building's name
        // (capitalized words ending in an `eponym-head`) is a word of that
        // name; the owner stays a mention of its own. A role that is itself
        // such a head names its institution.
        if phrase.person_role
            && phrase.owner_hit.is_some()
            && phrase.span.1 == re
            && self.text[rs..].starts_with(|c: char| c.is_uppercase())
            // ("Baghdad University Medical School" stays the university's.)
            && !self.lex.is_eponym_head(&self.text[rs..re])
            && self.opens_eponym(re, self.lines.at(rs).title_case)
        {
            return;
        }
        // "the Biden people", "Mr. Trump's people": a person's people are
        // that person's aides or camp, not the public of the person's
        // state. The KB codes a leader's staff by the leader ("Trump
        // aides" names Trump alone), so the role names no one and the
        // person's name stays the person's mention.
        if phrase.sector == "PPL"
            && phrase
                .owner_hit
                .is_some_and(|h| self.is_person(self.hits[h].actor))
        {
            return;
        }
        // "John Kerry's military record", "Senator John Kerry's military
        // reputation": a group role after a person's possessive that
        // modifies a noun (a `role-modified-noun`) is said of the person;
        // it names no body, and the name stays the person's mention.
        if !phrase.person_role
            && phrase.span.1 == re
            && phrase
                .owner_hit
                .is_some_and(|h| self.is_person(self.hits[h].actor))
            && self.modifies_noun_after(re)
        {
            return;
        }
        if phrase.person_role && self.role_holder_mention(&phrase) {
            return;
        }
        match phrase.owner {
            Some(owner) => self.owned_role_mention(&phrase, owner),
            None => self.ownerless_role_mention(&phrase),
        }
    }

    /// The state whose public office (`tenure::OFFICE_SECTORS`) the
    /// organization `org` is, if it has one: "the National Security
    /// Council" is the US's, "Hamas" an armed group of Palestine's.
    fn public_body_state(&self, org: usize) -> Option<usize> {
        let actor = self.kb.actor(org);
        let sector = actor.sector.as_deref()?;
        if !tenure::OFFICE_SECTORS.contains(&sector) {
            return None;
        }
        let state = self.kb.index_of(actor.country.as_deref()?)?;
        self.is_state(state).then_some(state)
    }

    /// "President Tayyip Erdogan's government", "Prime Minister Benjamin
    /// Netanyahu's cabinet": a title before a leader's possessive made the
    /// title and name one person's mention, taking the name; the group role
    /// after the possessive is still the leader's state's, as it is after
    /// the bare name ("Erdogan's government"). When the possessive before
    /// token `j` ends such a mention, it is dropped and the name released
    /// to own the role: where the dropped mention started (the role's
    /// mention starts there). A person's lawyers (JUD) and people (PPL) are
    /// no body of the state, so those keep the person, as does a role that
    /// modifies a noun after it ("Senator John Kerry's military record").
    fn release_titled_owner(&mut self, j: usize, re: usize, sector: &str) -> Option<usize> {
        if j < 2
            || matches!(sector, "JUD" | "PPL")
            || self.modifies_noun_after(re)
            || !self.spaced(self.tokens[j - 1].end, self.tokens[j].start)
        {
            return None;
        }
        let h = self.possessive_owner(j - 1)??;
        let hit = self.hits[h];
        if !self.consumed[h]
            || !self.is_person(hit.actor)
            || !matches!(self.owner_of(h, false), Some(Owner::State(_)))
        {
            return None;
        }
        let c = self.cands.iter().rposition(|c| {
            c.end == hit.end
                && c.start < hit.start
                && matches!(c.how, MentionHow::RoleName)
                && matches!(c.target, Target::Kb(p) if p == hit.actor)
        })?;
        self.consumed[h] = false;
        Some(self.cands.remove(c).start)
    }

    /// The first token of a role phrase's span and where its stated role
    /// starts: role prefixes ("deputy") belong to the stated role,
    /// modifiers ("senior") only to the span; a capitalized portfolio
    /// between a state and "minister" belongs to both.
    fn role_span_start(&self, role_tok: usize, last: usize) -> (usize, usize) {
        let mut j = role_tok;
        let mut stated_start = self.tokens[role_tok].start;
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
        (j, stated_start)
    }

    /// A role phrase that a KB name overlaps: resolved here (as an office
    /// of the body named inside it, or as part of the alias) and true, or
    /// false when the role stands for itself, the name being another
    /// state's body that the role's owner takes ("Peru's Congress").
    fn role_inside_name(
        &mut self,
        first: usize,
        last: usize,
        (rs, re): (usize, usize),
        j: usize,
        stated: Stated,
    ) -> bool {
        let Some(hit) = self.hit_overlapping(rs, re) else {
            return false;
        };
        // "Iran's Foreign Ministry spokesman": the body's name ends
        // inside the compound role; the rest is an office of that body.
        let h = self.hits[hit];
        if !self.is_person(h.actor) && h.start <= rs {
            if let Some(k) = (first..last).find(|&k| self.roles[k].end == h.end) {
                self.resolve_role(k + 1, last);
                return true;
            }
        }
        // "Peru's Congress", "the Peruvian Congress": a body the KB
        // knows for another state, named by the role's words alone, is
        // the named state's: the role is resolved with its owner.
        if !(h.start == rs && h.end == re && self.other_state_before(h, j)) {
            self.role_inside_alias(hit, rs, re, stated);
            return true;
        }
        self.consumed[hit] = true;
        false
    }

    /// The role phrase with its owner: "Iranian officials", "Iran's
    /// foreign minister" before it; "the government of Iraq", "the
    /// opposition in Yerevan", "Minister of Foreign Affairs of Egypt"
    /// after it.
    #[allow(clippy::too_many_arguments)]
    fn role_with_owner(
        &self,
        first: usize,
        last: usize,
        (rs, re): (usize, usize),
        person_role: bool,
        sector: &'a str,
        j: usize,
        stated: Stated<'a>,
    ) -> RolePhrase<'a> {
        let mut span_start = self.tokens[j].start;
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
                .or_else(|| self.seat_state_after(re, sector))
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
        RolePhrase {
            first,
            last,
            role: (rs, re),
            person_role,
            sector,
            j,
            stated,
            span: (span_start, span_end),
            owner_hit,
            owner,
        }
    }

    /// A person role's mention as one person: named right after it
    /// ("Nauru's President David Adeang"), or apposed before it ("David
    /// Adeang, the president"); or no mention at all when it is the
    /// capacity of the clause's subject ("as president"). True when the
    /// role is done with.
    fn role_holder_mention(&mut self, phrase: &RolePhrase) -> bool {
        let (span_start, span_end) = phrase.span;
        let re = phrase.role.1;
        // "President of Nauru David Adeang", "Secretary-General of the Arab
        // League Ahmed Aboul Gheit": a name right after the role's owner
        // is the person holding the role, one mention with the owner as
        // its modifier, as "Nauru's President David Adeang" is.
        let owner_named_after = span_end != re && phrase.owner.is_some();
        if (span_end == re || owner_named_after) && self.role_named_holder(phrase) {
            return true;
        }
        // "Donald Trump, Sen. Graham has come out": a title abbreviated
        // with a period ("Sen.", "Gov.") is written only before a name,
        // never apposed after one.
        // Nor is a capitalized title before a name the resolver left
        // unknown ("Governor Kasich, Governor Christie, Senator Rubio"):
        // it is the title of that name, not an apposition to the one before.
        if span_end == re
            && !self.text[..re].ends_with('.')
            && !self.title_before_name(phrase.role.0, re)
        {
            if let Some(target) = self.person_before_comma(span_start, phrase.stated, phrase.owner)
            {
                if let Some(h) = phrase.owner_hit {
                    self.consumed[h] = true;
                }
                self.cands.push(Cand {
                    start: span_start,
                    end: span_end,
                    target,
                    how: MentionHow::RoleHolder,
                    head: phrase.role,
                    modifier: phrase.modifier(&self.hits),
                    role: Some(phrase.stated.lower()),
                    detailed: true,
                });
                return true;
            }
        }
        // "first as mayor of Davao City and then as president": a one-holder
        // role right after "as" with no name is the capacity of the
        // clause's subject, not an actor of its own (no government, no
        // present holder).
        self.capacity_after_as(span_start)
    }

    /// Whether the name `start..end` after a title ends with an
    /// `eponym-head` ("James Bible" of "the King James Bible") or opens a
    /// longer name that does ("Reagan" of "President Reagan Library").
    fn name_of_eponym(&self, start: usize, end: usize) -> bool {
        let last = self.text[start..end].rsplit(' ').next().unwrap_or_default();
        (last != &self.text[start..end] && self.lex.is_eponym_head(last))
            || self.opens_eponym(end, self.lines.at(start).title_case)
    }

    /// A person role followed by the name of its holder ("Iran's foreign
    /// minister Abbas Araghchi", "President of Nauru David Adeang"): one
    /// mention of the person, the role as stated, the owner its modifier.
    fn role_named_holder(&mut self, phrase: &RolePhrase) -> bool {
        let (span_start, span_end) = phrase.span;
        let (owner, owner_hit, stated, j) =
            (phrase.owner, phrase.owner_hit, phrase.stated, phrase.j);
        let owner_named_after = span_end != phrase.role.1 && owner.is_some();
        // "ESPN Anchor Rips Colin Kaepernick": a job noun that is no title
        // of address opens a name only in lower case; capitalized it is a
        // heading's word, unless it opens a sentence of running text
        // ("Anchor Lester Holt said …", where every first word is) and a
        // known given name follows it (a heading ending in a period, "Anchor
        // Expressed Fear About …", names no one).
        let role_words = &self.text[phrase.role.0..phrase.role.1];
        let capitalized_lowercase_role = role_words.starts_with(|c: char| c.is_uppercase())
            && self.lex.is_lowercase_role(role_words);
        if capitalized_lowercase_role
            && (self.lines.at(phrase.role.0).title_case
                || !self.sentence_initial(self.token_from(phrase.role.0)))
        {
            return false;
        }
        let Some((name_start, name_end, target, name_hit)) = self
            .name_after(span_end, owner, phrase.sector)
            .filter(|&(name_start, name_end, ..)| {
                // "the President of Nauru, David Adeang, said": after a
                // comma, the name is apposed only when the apposition
                // closes right after it; "at the University of
                // Pennsylvania, Andrew Vaughan followed" opens a clause.
                (!owner_named_after
                    || !self.text[span_end..name_start].contains(',')
                    || self.closes_at(name_end))
                    // "the King James Bible", "the President Reagan
                    // Library": a title and a name that open a thing's
                    // name (an `eponym-head` ends it) name the thing.
                    && !self.name_of_eponym(name_start, name_end)
                    && (!capitalized_lowercase_role
                        || self.known_given_name(
                            self.text[name_start..name_end]
                                .split(' ')
                                .next()
                                .unwrap_or_default(),
                        ))
            })
        else {
            return false;
        };
        let mut target = target;
        if let Some(namesake) = self.namesake_of_other_state(&target, owner, phrase.sector) {
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
        let apposed = self.text[phrase.role.1..name_start].contains(',');
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
            (span_start, phrase.modifier(&self.hits))
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
        true
    }

    /// A role phrase with no owner and no named holder: the forces of a
    /// possessive's state, the dominant state's official or body, or a
    /// bare role left for the anaphora passes ("the minister said").
    fn ownerless_role_mention(&mut self, phrase: &RolePhrase) {
        let RolePhrase {
            first,
            last,
            role: (rs, re),
            person_role,
            sector,
            j,
            stated,
            span: (span_start, span_end),
            owner_hit,
            ..
        } = *phrase;
        let head = phrase.role;
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
                let role = Some(stated.lower());
                self.push_state_sector(span_start, span_end, state, sector, head, role);
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
        // "Police in Istanbul detained dozens": police with a place of a
        // state after "in" are that state's police, as "Turkish police"
        // are. Only police: "troops in Syria" are no Syrian troops.
        if !person_role && owner_hit.is_none() && span_end == re && sector == "COP" {
            if let Some(state) = self.state_of_place_after(re) {
                let role = Some(stated.lower());
                self.push_state_sector(span_start, span_end, state, sector, head, role);
                return;
            }
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
        } else if !person_role && owner_hit.is_none() && span_end == re && sector == "JUD" {
            // "An anti-corruption court in Rawalpindi", "an appeals court":
            // one court of a state, the one of the place named after it,
            // else the story's.
            if let Some(start) = self.unnamed_court_start(span_start, re) {
                let place_state = self
                    .state_of_place_after(re)
                    .or_else(|| self.state_of_fronted_place(start));
                let stated = Some(stated.lower());
                match place_state {
                    Some(state) => {
                        self.push_state_sector(start, span_end, state, sector, head, stated)
                    }
                    None => self.push_dominant(start, span_end, head, sector, stated),
                }
            } else if self.bare_state_institution(sector, j, re) {
                self.push_dominant(span_start, span_end, head, sector, Some(stated.lower()));
            }
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
    }

    /// A role phrase with an owner: the holder the KB lists for a person
    /// role ("Iran's foreign minister"), else the owning state's sector or
    /// the owning organization.
    fn owned_role_mention(&mut self, phrase: &RolePhrase, owner: Owner) {
        let (span_start, span_end) = phrase.span;
        let (person_role, sector, owner_hit) =
            (phrase.person_role, phrase.sector, phrase.owner_hit);
        let re = phrase.role.1;
        let stated = phrase.stated.lower();
        let target = match owner {
            Owner::State(state) => {
                let lead = self.owned_holder_lead(span_start, &stated);
                let holder = if person_role && lead == HolderLead::Present {
                    self.holder(state, &stated)
                } else {
                    None
                };
                // "Texas officials", "Ohio's authorities": a place with a
                // government of its own (a US state) owns its government's
                // group roles, and "Missouri lawmakers" are its
                // legislature's; the state's other sectors stay the state's.
                let place_government = || {
                    let h = &self.hits[owner_hit?];
                    match (person_role, sector) {
                        (false, "GOV") => self.place_government(h),
                        (false, "LEG") if !self.lex.is_federal_member(&stated) => {
                            self.place_legislature(h)
                        }
                        _ => None,
                    }
                };
                match holder.or_else(place_government) {
                    Some(p) => Target::Kb(p),
                    // "a former Israeli prime minister": someone out of the
                    // office, of the state's elites.
                    None if person_role
                        && lead == HolderLead::Past
                        && tenure::OFFICE_SECTORS.contains(&sector)
                        && !self
                            .lex
                            .is_premises_noun(stated.rsplit(' ').next().unwrap_or(&stated)) =>
                    {
                        Target::Sector {
                            state,
                            sector: tenure::OUT_OF_OFFICE_SECTOR.to_string(),
                        }
                    }
                    None => Target::Sector {
                        state,
                        sector: sector.to_string(),
                    },
                }
            }
            Owner::Org(org) => {
                let lead = self.owned_holder_lead(span_start, &stated);
                // "The former Hamas leader", "a former National Security
                // Council official": someone who has left the body is a
                // person of their own, neither the body now nor its
                // present holder. Out of a public body of a state (or an
                // armed group of one) they are of that state's elites, as
                // "a former Israeli prime minister" is; out of any other
                // body (an outlet, a firm, an IGO) the phrase names no
                // actor. Either way the body's name is no mention of it.
                if person_role && lead == HolderLead::Past {
                    if let Some(h) = owner_hit {
                        self.consumed[h] = true;
                    }
                    match self.public_body_state(org) {
                        Some(state) => Target::Sector {
                            state,
                            sector: tenure::OUT_OF_OFFICE_SECTOR.to_string(),
                        },
                        None => return,
                    }
                } else {
                    let holder = if person_role && lead == HolderLead::Present {
                        self.org_holder(org, &stated)
                    } else {
                        None
                    };
                    Target::Kb(holder.unwrap_or(org))
                }
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
        let modifier = phrase.modifier(&self.hits);
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
            head: phrase.role,
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
    pub(super) fn role_tail_end(&self, end: usize) -> usize {
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
    /// A role mention of `state`'s `sector` ("the country's army", "an
    /// appeals court in Bologna"): the state is known, no holder is named.
    fn push_state_sector(
        &mut self,
        start: usize,
        end: usize,
        state: usize,
        sector: &str,
        head: (usize, usize),
        role: Option<String>,
    ) {
        self.cands.push(Cand {
            start,
            end,
            target: Target::Sector {
                state,
                sector: sector.to_string(),
            },
            how: MentionHow::Role,
            head,
            modifier: None,
            role,
            detailed: true,
        });
    }

    pub(super) fn push_dominant(
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
    pub(super) fn bare_state_institution(&self, sector: &str, first: usize, end: usize) -> bool {
        // A body is named in the singular ("the ministry", "police"); a
        // plural names its people ("officials", "judges"), who may serve
        // anyone the story mentions.
        // "the Ministry of Foreign Affairs": the noun before "of" is the
        // one whose number counts.
        let from = self.tokens.get(first).map_or(end, |t| t.start);
        // A byte loop over the few bytes of the role phrase: `str::find`
        // sets up a substring searcher per call, which costs more than the
        // phrase's bytes.
        let noun_end = self.text.as_bytes()[from.min(end)..end]
            .windows(4)
            .position(|w| w == b" of ")
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
        ) || (sitrep_text::single_s_ending(head) && !plural_body)
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
        let coordinated = !bare_start && self.coordinated_with_bare_body(first);
        if !(bare_start || coordinated) {
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
        // "ordered the police and military to act": the same for a body
        // coordinated with the one after the verb. "accusing the
        // opposition of anti-state activities": after a verb of charging,
        // "of" opens the charge.
        let article = if coordinated { first - 2 } else { first };
        let verb_object = next < self.tokens.len()
            && article >= 2
            && self.word(article - 1).eq_ignore_ascii_case("the");
        let complement_opens = verb_object
            && match self.word(next) {
                "to" => self.lex.is_command_verb(self.word(article - 2)),
                "of" => self.lex.is_charge_verb(self.word(article - 2)),
                _ => false,
            };
        complement_opens
            || !(next < self.tokens.len()
                && self.spaced(end, self.tokens[next].start)
                && matches!(self.word(next), "of" | "to" | "against"))
    }

    /// Whether the role phrase at token `first` is joined by "and" / "or"
    /// to a one-word body standing bare after "the" ("ordered the police
    /// and military to act", "the army or police"): the article is shared,
    /// so it stands bare too.
    pub(super) fn coordinated_with_bare_body(&self, first: usize) -> bool {
        if first < 3
            || !matches!(self.word(first - 1), "and" | "or")
            || !self.word(first - 3).eq_ignore_ascii_case("the")
        {
            return false;
        }
        let (the, body, and) = (
            self.tokens[first - 3],
            self.tokens[first - 2],
            self.tokens[first - 1],
        );
        if !(self.spaced(the.end, body.start)
            && self.spaced(body.end, and.start)
            && self.spaced(and.end, self.tokens[first].start))
        {
            return false;
        }
        let phrases = self.kb.roles();
        self.role_starting_at(body.start).is_some_and(|r| {
            let phrase = &phrases[r.role];
            r.end == body.end
                && !phrase.person
                && is_state_body_sector(&phrase.sector)
                && !self.text[body.start..body.end].ends_with('s')
        })
    }

    /// Whether the role phrase from token `first` to `end` is a body's
    /// proper name with capitalized words before it up to "the" ("The High
    /// Constitutional Court", "the Supreme Electoral Tribunal"): the name
    /// of the body, not "the Hague court" or "the tennis court".
    pub(super) fn the_before_proper_name(&self, first: usize, end: usize) -> bool {
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
    pub(super) fn bare_body_without_article(&self, first: usize, end: usize) -> bool {
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
    pub(super) fn plural_after_the(&self, first: usize, end: usize) -> bool {
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

    /// Whether a `role-modified-noun` ("election", "public") follows
    /// `end` after one space: the role word before it is its adjective.
    fn modifies_noun_after(&self, end: usize) -> bool {
        let next = self.token_from(end);
        self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start == end + 1
                && self.spaced(end, t.start)
                && self.lex.is_role_modified_noun(self.word(next))
        })
    }

    /// "The House voted", "impeached by the House": a capitalized "House"
    /// right after "the" is the chamber of that name the KB lists for the
    /// story's state (`resolve_dominant` picks it, as for "the Senate").
    /// "house" is no role phrase (a house is mostly a building), so only
    /// this spelling counts, and not before a capitalized word, "of" or a
    /// hyphen ("the House Intelligence Committee", "the House of Lords",
    /// "the House-passed bill"), nor before a title or a thing of a
    /// chamber ("the House majority whip", "the House floor"), inside
    /// another name or role ("the White House", "the House speaker") or in
    /// a title-case or capitals line.
    #[inline(never)]
    pub(super) fn bare_house_mentions(&mut self) {
        // "House" is rare in news text: one vectorized search of the text
        // finds where it stands, and only a token that is exactly the word
        // there is read (a walk over every token of the document tested each
        // one's length and first byte, 5.6 M instructions on r500).
        static HOUSE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"House"));
        let text = self.text;
        for at in HOUSE.find_iter(text.as_bytes()) {
            let k = self.token_from(at);
            let Some(&t) = self.tokens.get(k) else {
                break;
            };
            if k == 0 || t.start != at || t.end != at + "House".len() {
                continue;
            }
            // "the state House": the story's one US state's (below).
            let state_form = k >= 2
                && self.word(k - 1) == "state"
                && self.tokens[k - 2].end < self.tokens[k - 1].start
                && self.spaced(self.tokens[k - 2].end, self.tokens[k - 1].start);
            let the_at = if state_form { k - 2 } else { k - 1 };
            if self.tokens[k - 1].end == t.start
                || !self.spaced(self.tokens[k - 1].end, t.start)
                || !self.word(the_at).eq_ignore_ascii_case("the")
                || self.text[t.end..].starts_with('-')
            {
                continue;
            }
            // "the House majority whip", "the House floor": the chamber
            // modifies the title or thing after it, as "the Senate floor".
            let named_on = self.tokens.get(k + 1).is_some_and(|n| {
                let next = self.word(k + 1);
                n.kind == TokenKind::Word
                    && n.start > t.end
                    && self.spaced(t.end, n.start)
                    && (next == "of"
                        || next.chars().next().is_some_and(char::is_uppercase)
                        || self.lex.is_role_modified_noun(next)
                        || self.role_starts_at(n.start))
            });
            let line = self.lines.at(t.start);
            if named_on
                || line.title_case
                || line.all_caps
                || self.hit_overlapping(t.start, t.end).is_some()
                || self
                    .roles
                    .iter()
                    .any(|r| r.start < t.end && t.start < r.end)
            {
                continue;
            }
            let role = Some("house".to_string());
            if state_form {
                if let Some(body) = self.story_state_legislature() {
                    let state_word = self.tokens[k - 1].start;
                    self.push_body(state_word, t.end, body, role);
                }
                continue;
            }
            match self.fronted_place_legislature(t.start) {
                Some(body) => self.push_body(t.start, t.end, body, role),
                None => self.push_dominant(t.start, t.end, (t.start, t.end), "LEG", role),
            }
        }
    }

    /// A KB body named by the role phrase from `start` to `end` alone.
    fn push_body(&mut self, start: usize, end: usize, body: usize, role: Option<String>) {
        self.cands.push(Cand {
            start,
            end,
            target: Target::Kb(body),
            how: MentionHow::Role,
            head: (start, end),
            modifier: None,
            role,
            detailed: true,
        });
    }

    /// The legislature of a place with one of its own (a US state) that
    /// opens the sentence before the bare chamber at `start`, set off by a
    /// comma: "In Tennessee, the House voted" is the state's House, not
    /// the US House. A state named anywhere else in the sentence is no
    /// evidence: US news names senators by their states ("Senator John
    /// Cornyn of Texas") beside the US Senate.
    fn fronted_place_legislature(&self, start: usize) -> Option<usize> {
        let h = self.fronted_place_hit(start)?;
        self.place_legislature(&self.hits[h])
    }

    /// Where "state" starts in "the state Senate", "the state House": a
    /// chamber (`chamber` rows) written capitalized after a lower-case
    /// "state" and "the", and not opening a longer name ("the state Senate
    /// Judiciary Committee") or taking an "of" ("the state House of
    /// Representatives" is matched as a whole).
    fn state_chamber(&self, role_tok: usize, end: usize) -> Option<usize> {
        let start = self.tokens[role_tok].start;
        let the = role_tok.checked_sub(2)?;
        let capitalized = self.text[start..].starts_with(|c: char| c.is_ascii_uppercase());
        if !capitalized
            || !self.lex.is_chamber(&self.text[start..end])
            || self.word(the + 1) != "state"
            || !self.word(the).eq_ignore_ascii_case("the")
            || !self.spaced(self.tokens[the].end, self.tokens[the + 1].start)
            || !self.spaced(self.tokens[the + 1].end, start)
            || self.tokens[the].end == self.tokens[the + 1].start
            || self.tokens[the + 1].end == start
        {
            return None;
        }
        let next = self.token_from(end);
        let named_on = self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start > end
                && self.spaced(end, t.start)
                && (self.word(next) == "of"
                    || self.word(next).starts_with(|c: char| c.is_uppercase()))
        });
        (!named_on).then_some(self.tokens[the + 1].start)
    }

    /// The legislature of the one place with a legislature of its own (a
    /// US state) that the story names, wherever it does ("Ohio voters went
    /// to the polls … The state Senate passed the bill"); `None` when it
    /// names none or several ("from Texas to Ohio").
    fn story_state_legislature(&self) -> Option<usize> {
        let mut found = None;
        for h in &self.hits {
            let Some(body) = self.place_legislature(h) else {
                continue;
            };
            match found {
                None => found = Some(body),
                Some(b) if b != body => return None,
                Some(_) => {}
            }
        }
        found
    }

    /// Whether the role phrase from token `first` to `end` is a chamber
    /// (`chamber` in the context lexicon) standing bare after "the"
    /// ([`Resolver::bare_after_the`]), with no capitalized word and no
    /// person's name after it.
    fn bare_chamber(&self, first: usize, end: usize) -> bool {
        if !self
            .lex
            .is_chamber(&self.text[self.tokens[first].start..end])
            || !self.bare_after_the(first, end)
        {
            return false;
        }
        let next = self.token_from(end);
        let capitalized_next = self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word
                && self.spaced(end, t.start)
                && t.start > end
                && self
                    .word(next)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
        !capitalized_next && self.name_after(end, None, "LEG").is_none()
    }

    /// Whether the role phrase from token `first` to `end` stands bare
    /// after "the", in the singular, and is no noun of relation: "the
    /// minister said", not "the ministers", "the minister of state" or
    /// "the president-elect".
    pub(super) fn bare_after_the(&self, first: usize, end: usize) -> bool {
        if first == 0
            || !self.word(first - 1).eq_ignore_ascii_case("the")
            || !self.spaced(self.tokens[first - 1].end, self.tokens[first].start)
            || sitrep_text::single_s_ending(&self.text[..end])
            // "the president-elect" holds another office.
            || self.text[end..].starts_with('-')
        {
            return false;
        }
        let next = self.token_from(end);
        // "the general public", "the general election": the role word is
        // an adjective of the noun after it, not a person named back.
        !(next < self.tokens.len()
            && self.spaced(end, self.tokens[next].start)
            && (matches!(self.word(next), "of" | "for" | "to")
                || self.lex.is_role_modified_noun(self.word(next))))
    }

    /// A role phrase inside a person alias ("President Trump"): the role is
    /// recorded as stated and a country before it joins the mention ("U.S.
    /// President Trump" → one mention of Trump).
    pub(super) fn role_inside_alias(&mut self, hit: usize, rs: usize, re: usize, stated: Stated) {
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

    /// Moves `start` left over adjacent modifier words ("Senior Iranian").
    pub(super) fn extend_over_modifiers(&self, start: usize) -> usize {
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

    /// Where an unnamed court's phrase starts when the court role phrase
    /// `span_start..end` is one court among a state's: "a" or "an" before
    /// it, past at most two words of a court's kind (hyphenated, "an
    /// anti-corruption court", or of the `court-kind` class, "a military
    /// court"), and named in the singular. "a tennis court", "a food court"
    /// (another word between) and "the court" (read as a bare body) are
    /// not.
    fn unnamed_court_start(&self, span_start: usize, end: usize) -> Option<usize> {
        if self.text[..end].ends_with('s') || !self.court_heads_clause(end) {
            return None;
        }
        let mut start = span_start;
        for _ in 0..3 {
            if self.indefinite_before(start) {
                return Some(start);
            }
            let k = self.token_from(start).checked_sub(1)?;
            let t = self.tokens[k];
            let word = self.word(k);
            let kind_word = t.kind == TokenKind::Word
                && (word.contains('-') || self.lex.is_court_kind(word))
                && self.spaced(t.end, start);
            if !kind_word {
                return None;
            }
            start = t.start;
        }
        None
    }

    /// Whether a court phrase ending at `end` heads its noun phrase as a
    /// clause's subject or a place's holder: a place phrase ("in"), a
    /// comma or the sentence's end, an auxiliary ("has approved"), a
    /// past verb ("sentenced", "ruled") or a court's act in the present
    /// ("pauses", "rules": a headline's tense) follows. "a court order", "a
    /// Supreme Court justice", "a Supreme Court decision": the court only
    /// modifies another noun.
    fn court_heads_clause(&self, end: usize) -> bool {
        let k = self.token_from(end);
        let Some(t) = self.tokens.get(k) else {
            return true;
        };
        if t.kind != TokenKind::Word {
            return matches!(self.word(k), "," | "." | ";");
        }
        let word = self.word(k);
        word == "in"
            || self.lex.is_auxiliary(word)
            || (word.len() > 4 && word.ends_with("ed"))
            || self.lex.is_court_act(word)
    }

    /// The state of a place named right after `end` by "in" ("a court in
    /// Rawalpindi": Pakistan), when the place is a state or a place, body
    /// or person of one.
    fn state_of_place_after(&self, end: usize) -> Option<usize> {
        let k = self.token_from(end);
        if !self.word(k).eq_ignore_ascii_case("in") || !self.spaced(end, self.tokens.get(k)?.start)
        {
            return None;
        }
        let place = self.tokens.get(k + 1)?;
        let h = Self::hit_starting_at(&self.hits, place.start)?;
        let actor = self.hits[h].actor;
        if self.is_state(actor) {
            Some(actor)
        } else {
            self.actor_state(actor)
        }
    }

    /// The state of the region named after the patron noun that follows
    /// a group role ending at `end`: "in", at most two lower-case words
    /// ("southern"), then a state or a place, body or person of one
    /// ("ally in southern Lebanon": Lebanon).
    fn state_of_region_after_patron(&self, end: usize) -> Option<usize> {
        let in_at = self.token_from(end) + 1;
        if self.tokens.get(in_at)?.kind != TokenKind::Word || self.word(in_at) != "in" {
            return None;
        }
        let lower = |k: usize| {
            self.tokens[k].kind == TokenKind::Word
                && self.word(k).starts_with(|c: char| c.is_lowercase())
        };
        let mut k = in_at + 1;
        while k < self.tokens.len() && k < in_at + 3 && lower(k) {
            k += 1;
        }
        let h = Self::hit_starting_at(&self.hits, self.tokens.get(k)?.start)?;
        let actor = self.hits[h].actor;
        if self.is_state(actor) {
            Some(actor)
        } else {
            self.actor_state(actor)
        }
    }

    /// The state of a place phrase that opens the sentence before
    /// `start` and is set off by a comma ("In Italy, an appeals court
    /// …"; "In Bologna, a court …").
    fn state_of_fronted_place(&self, start: usize) -> Option<usize> {
        let actor = self.hits[self.fronted_place_hit(start)?].actor;
        if self.is_state(actor) {
            Some(actor)
        } else {
            self.actor_state(actor)
        }
    }

    /// The alias match of a place phrase that opens the sentence before
    /// `start` ("In <place>, the …"), set off by a comma.
    fn fronted_place_hit(&self, start: usize) -> Option<usize> {
        let article = self.token_from(start).checked_sub(1)?;
        let comma = article.checked_sub(1)?;
        if self.word(comma) != "," || comma == 0 {
            return None;
        }
        let h = Self::hit_ending_at(&self.hits, self.tokens[comma].start)?;
        let first = self.token_at(self.hits[h].start)?;
        // The sentence's start, or right after a dateline's dash
        // ("BOLOGNA - In Italy, an appeals court …").
        let opens = first >= 1
            && self.word(first - 1).eq_ignore_ascii_case("in")
            && (self.sentence_initial(first - 1)
                || (first >= 2 && matches!(self.word(first - 2), "-" | "–" | "—")));
        opens.then_some(h)
    }

    /// Which holder of an office a person role starting at `offset` can
    /// name, by the words right before it: a past prefix ("the former
    /// Israeli prime minister", "a former Iranian foreign minister") puts
    /// the present holder out; "a" or "an" ("an Iranian foreign minister", "a
    /// U.S. special envoy") names one of many, or anyone, not the holder.
    pub(super) fn holder_lead(&self, offset: usize) -> HolderLead {
        let Some(w) = self.spaced_word_before(offset) else {
            return HolderLead::Present;
        };
        if self.lex.is_past_prefix(w) {
            HolderLead::Past
        } else if is_indefinite_article(w) {
            HolderLead::Indefinite
        } else {
            HolderLead::Present
        }
    }

    /// [`Self::holder_lead`] of an owned role starting at `offset` whose
    /// words as stated (lower-cased) may open with the past prefix
    /// themselves: "Hamas's former leader", "former Speaker of the House":
    /// the owner's name or possessive, or nothing, stands before "former",
    /// and it still puts the present holder out.
    fn owned_holder_lead(&self, offset: usize, stated: &str) -> HolderLead {
        let first = stated.split([' ', '-']).next().unwrap_or_default();
        if self.lex.is_past_prefix(first) {
            HolderLead::Past
        } else {
            self.holder_lead(offset)
        }
    }

    /// Whether "a" or "an" stands right before `offset`: "a Hamas
    /// negotiator" is one of many, not the office holder.
    pub(super) fn indefinite_before(&self, offset: usize) -> bool {
        self.spaced_word_before(offset)
            .is_some_and(is_indefinite_article)
    }

    /// Whether a role phrase ending at `end` is the head of its noun
    /// phrase: punctuation, "and" or a preposition follows ("a professor at
    /// Cornell", "CEO and founder of"), not a possessive or another noun
    /// ("the company's chief operating officer", "Sierra Nevada Corporation
    /// (SNC)": the role word only modifies, or names a firm).
    pub(super) fn role_heads_apposition(&self, end: usize) -> bool {
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

    /// `roles` without the `head-role` matches ("public") that stand
    /// before another word of their noun phrase: "the American public
    /// said" names the state's people, "American public opinion" and "a
    /// public broadcaster" do not (nor does "public" join the compound
    /// role "public broadcaster", which would take its sector). A role
    /// word right before a heading one only modifies it and goes with it:
    /// "the general public" is no general, and no state's people either.
    #[inline(never)]
    pub(super) fn head_roles_ending_phrases(&self, mut roles: Vec<RoleMatch>) -> Vec<RoleMatch> {
        let phrases = self.kb.roles();
        let mut dropped = Vec::new();
        for (i, r) in roles.iter().enumerate() {
            if !self.lex.is_head_role(&phrases[r.role].phrase) {
                continue;
            }
            dropped.push(i);
            let modified = i > 0 && self.spaced(roles[i - 1].end, r.start);
            if modified {
                dropped.push(i - 1);
            } else if self.ends_noun_phrase(r.end) {
                dropped.pop();
            }
        }
        if !dropped.is_empty() {
            let mut i = 0;
            roles.retain(|_| {
                i += 1;
                !dropped.contains(&(i - 1))
            });
        }
        roles
    }

    /// Whether the noun phrase ends at `end`: the text ends, a mark or a
    /// possessive ending follows it, or a word that opens no noun of the
    /// phrase (a preposition, a conjunction, an auxiliary, a relative
    /// pronoun, "not").
    fn ends_noun_phrase(&self, end: usize) -> bool {
        let i = self.token_from(end);
        let Some(t) = self.tokens.get(i) else {
            return true;
        };
        let w = self.word(i);
        if t.start == end {
            return matches!(w, "," | "." | ";" | ":" | ")" | "'s" | "'" | "\"");
        }
        self.spaced(end, t.start)
            && (self.role_heads_apposition(end)
                || self.lex.is_auxiliary(w)
                || self.lex.is_subordinator(w)
                || self.lex.is_clause_opener(w)
                || matches!(
                    w,
                    "who" | "that" | "which" | "not" | "by" | "about" | "over" | "as" | "or"
                ))
    }

    /// The state body a person speaks for: their state's sector when the
    /// KB or the text gives them an office of the state.
    pub(super) fn spoken_for(&self, person: &Target) -> Option<Target> {
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

    /// The sector of the role a KB person is stated to hold ("Opposition
    /// leader Lee Jae-myung" → OPP), when no KB term of theirs covers the
    /// publication date (or there is none): then the text knows their
    /// standing better than a later or earlier office does. `None` when a
    /// term is in force, the stated role is no KB role phrase, or its
    /// sector is not one of a standing outside the state (OPP, REB).
    pub(super) fn stated_sector(&self, person: usize, stated: &str) -> Option<String> {
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
    pub(super) fn names_organization(&self, stated: Stated) -> bool {
        let role = &stated.text[stated.start..stated.end];
        let head = role.rsplit(' ').next().unwrap_or(role);
        self.lex.anaphor(head).is_some()
    }
}

/// Whether `w` is the indefinite article ("a", "an"), as written in a
/// sentence or at its start.
fn is_indefinite_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "A" | "An")
}

/// What the words before a person role say of its holder
/// ([`Resolver::holder_lead`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum HolderLead {
    /// No article or prefix that rules the present holder out: "Iran's
    /// foreign minister", "the Israeli prime minister".
    Present,
    /// "a" or "an": one holder of many, or anyone.
    Indefinite,
    /// A past prefix: "former", "ex".
    Past,
}
