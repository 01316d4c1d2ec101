//! Person names beside role phrases: the name right after a role
//! ("Foreign Minister Abbas Araghchi"), the person before a comma and an
//! apposed role (known or not to the KB), and the state a person serves.

use super::*;

/// A stable lower-case slug of a person's name ("Bahram Qassemi" → "bahram-qassemi").
pub(super) fn slug(name: &str) -> String {
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
    /// A person's name right after a person-role phrase, optionally after a
    /// comma: (name start, name end, target, hit consumed).
    pub(super) fn name_after(
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
        // Where the last word's name ends when the next title is glued to
        // it ("Sen. Roy BluntSen. Richard Burr" of a scraped list).
        let mut glued_end: Option<usize> = None;
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
            if !words.is_empty() {
                if let Some(end) = self.glued_title_start(i) {
                    words.push(i);
                    glued_end = Some(end);
                    break;
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
        // "Prince Khalid bin Salman ... Prince Khalid wrote": a royal title
        // and one given name is the one KB person named in full before it
        // with that given name.
        if let [word] = words[..] {
            let title_before = word > 0 && self.lex.is_royal_title(self.word(word - 1));
            let end = self.tokens[word].end;
            return title_before
                .then(|| self.person_by_given_name_before(word))
                .flatten()
                .filter(|_| apposition(end))
                .map(|p| (self.tokens[word].start, end, Target::Kb(p), None));
        }
        // One capitalized word after a title is too often not a name
        // ("Islamic Revolution"); persons the KB knows are matched above.
        if words.len() < 2 {
            return None;
        }
        let last = *words.last()?;
        // "the State Department Refugee Admissions Program": words ending
        // in the head of a programme, fund or building name a thing.
        if self.lex.is_eponym_head(self.word(last)) {
            return None;
        }
        let end = match glued_end {
            Some(end) if self.tokens[last].start < end && end < self.tokens[last].end => end,
            _ => self.tokens[last].end,
        };
        let start = self.tokens[words[0]].start;
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

    /// "Democratic Sen. Jon Tester", "Republican Gov. Greg Abbott": a
    /// capitalized `party-word` of the context lexicon directly before a
    /// person named with a political title (a LEG or GOV person role)
    /// names the party, and ties a person the KB lacks to the party's
    /// state. Not inside a longer name ("Syrian Democratic Forces" is a
    /// KB match; "Christian Democratic Sen." has a capitalized word before
    /// the party word) and not before anything but a titled person ("the
    /// Democratic Republic of Congo").
    #[inline(never)]
    pub(super) fn party_words_before_titles(&mut self) {
        let mut parties = Vec::new();
        for (ci, c) in self.cands.iter().enumerate() {
            let titled_person = c.role.is_some()
                && match &c.target {
                    Target::NewPerson(_) => true,
                    Target::Kb(a) => self.kb.actor(*a).kind == ActorKind::Person,
                    _ => false,
                };
            if !titled_person {
                continue;
            }
            let political_title = self.role_starting_at(c.start).is_some_and(|r| {
                let phrase = &self.kb.roles()[r.role];
                phrase.person && matches!(phrase.sector.as_str(), "LEG" | "GOV")
            });
            let k = self.token_index.first_from(self.tokens, c.start);
            if !political_title || k == 0 || self.tokens[k].start != c.start {
                continue;
            }
            let p = k - 1;
            let party_token = self.tokens[p];
            let word = &self.text[party_token.start..party_token.end];
            if party_token.end == c.start
                || !self.spaced(party_token.end, c.start)
                || !is_titlecase(word)
            {
                continue;
            }
            let Some(party) = self
                .lex
                .party_of_word(word)
                .and_then(|id| self.kb.index_of(id))
            else {
                continue;
            };
            let inside_name = p > 0 && {
                let before = self.tokens[p - 1];
                let before_word = &self.text[before.start..before.end];
                before.kind == TokenKind::Word
                    && self.spaced(before.end, party_token.start)
                    && before_word.chars().next().is_some_and(char::is_uppercase)
                    && !self.sentence_initial(p - 1)
                    && !self.lines.at(before.start).title_case
            };
            let covered = self
                .hit_overlapping(party_token.start, party_token.end)
                .is_some();
            if inside_name || covered {
                continue;
            }
            parties.push((ci, party_token.start, party_token.end, party));
        }
        for (ci, start, end, party) in parties {
            if let Target::NewPerson(person) = &mut self.cands[ci].target {
                if person.country.is_none() && !person.affiliated {
                    person.country = self.kb.actor(party).country.as_deref().map(String::from);
                    person.affiliated = person.country.is_some();
                }
            }
            self.cands.push(Cand {
                start,
                end,
                target: Target::Kb(party),
                how: MentionHow::Alias(AliasKind::Adjective),
                head: (start, end),
                modifier: None,
                detailed: false,
                role: None,
            });
        }
    }

    /// Where the title glued to the end of name word `i` starts, when a
    /// scraped page ran a list of titled names together ("Roy BluntSen."
    /// before "Richard Burr"): the word's tail from its last capital after
    /// a lower-case letter, with the period joined to the word, is a title
    /// abbreviation of the KB's role phrases ("sen.", "rep.", "gov.").
    /// Names with an inner capital end in no such title ("McCain.",
    /// "DeSantis.", "LaHood.").
    fn glued_title_start(&self, i: usize) -> Option<usize> {
        let t = self.tokens[i];
        let period = self.tokens.get(i + 1)?;
        if period.start != t.end || self.word(i + 1) != "." {
            return None;
        }
        let bytes = self.word(i).as_bytes();
        // The name keeps two letters at least before the glued title.
        let k = (2..bytes.len())
            .rev()
            .find(|&k| bytes[k].is_ascii_uppercase() && bytes[k - 1].is_ascii_lowercase())?;
        let title = &self.text[t.start + k..period.end];
        let found = self.kb.find_roles(title);
        found
            .first()
            .is_some_and(|r| r.start == 0 && r.end == title.len())
            .then_some(t.start + k)
    }

    /// The one KB person whose name opens with token `k`'s word and whom
    /// the text named before it with that word ("Prince Khalid bin Salman"
    /// for "Khalid"); none when two such people are named.
    fn person_by_given_name_before(&self, k: usize) -> Option<usize> {
        let given = self.word(k);
        let at = self.tokens[k].start;
        let mut one = None;
        for h in self.hits.iter().take_while(|h| h.end <= at) {
            if !self.is_person(h.actor)
                || self.kb.actor(h.actor).name.split(' ').next() != Some(given)
                || !self.text[h.start..h.end].split(' ').any(|w| w == given)
            {
                continue;
            }
            match one {
                Some(p) if p != h.actor => return None,
                _ => one = Some(h.actor),
            }
        }
        one
    }

    /// Whether a verb of saying follows `offset` after one space.
    pub(super) fn reporting_verb_at(&self, offset: usize) -> bool {
        let i = self.token_from(offset);
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start > offset
                && self.spaced(offset, t.start)
                && self.lex.is_reporting_verb(self.word(i))
        })
    }

    /// Whether tokens `i` and `i + 1` are a name's initial written with
    /// its period ("F" and "." of "John F. Kelly"), joined.
    pub(super) fn initial_with_period(&self, i: usize) -> bool {
        let (letter, period) = (self.tokens[i], self.tokens[i + 1]);
        letter.end - letter.start == 1
            && self.text.as_bytes()[letter.start].is_ascii_uppercase()
            && letter.end == period.start
            && self.word(i + 1) == "."
    }

    /// Whether token `i` can be part of a person's name.
    pub(super) fn name_token(&self, i: usize, first: bool) -> bool {
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
    pub(super) fn person_before_comma(
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
    pub(super) fn unknown_person_before_comma(
        &mut self,
        comma: usize,
        stated: Stated,
        owner_country: Option<String>,
        igo_owner: bool,
    ) -> Option<Target> {
        let before = self.tokens[comma].start;
        let mut first = comma;
        let mut words = 0;
        while first > 0 && words < 4 {
            let (t, next) = (self.tokens[first - 1], self.tokens[first]);
            // The name's last word touches the comma; its words are
            // separated by spaces.
            let joined = if first == comma {
                t.end == next.start
            } else {
                t.end < next.start && self.spaced(t.end, next.start)
            };
            if !joined {
                break;
            }
            // "John F. Kelly": a middle initial is its letter and its
            // period, two tokens.
            if first < comma && first >= 2 && self.initial_with_period(first - 2) {
                first -= 2;
                words += 1;
                continue;
            }
            if !self.name_token(first - 1, false) {
                break;
            }
            first -= 1;
            words += 1;
        }
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
    pub(super) fn state_served_after(&self, end: usize) -> Option<String> {
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

    /// Whether the apposition that began before a role ending at `end`
    /// closes in its sentence with a comma (or the sentence ends), before
    /// any verb of saying opens a clause ("X, a spokesman said" is no
    /// apposition but a slip; "X, a spokesman for the ministry, said" is).
    pub(super) fn apposition_closes(&self, end: usize) -> bool {
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
}
