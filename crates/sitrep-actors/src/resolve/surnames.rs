//! Short mentions of persons and states named in full earlier: surnames,
//! relatives ("Hunter Biden"), transcript labels in capitals, and short
//! names ("the North").

use super::*;

/// A person named in full whose surname a later bare surname may stand for.
struct Bearer {
    target: Target,
    /// Where the first full mention ends: the surname names them only after it.
    after: usize,
    /// Introduced as another person's relative or associate ("his daughter").
    relative: bool,
}

/// Whether two person targets are one person: one KB person, or one new
/// person however each mention placed them ("Virginia Sen. Tim Kaine" in
/// the USA's legislature, "Senator Tim Kaine" in no state yet: one id, as
/// the document's actors list them).
fn same_person(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::NewPerson(a), Target::NewPerson(b)) => a.id == b.id,
        _ => a == b,
    }
}

impl<'a> Resolver<'a> {
    /// A relative of a known person named in full ("Hunter Biden", "Eric
    /// Trump"): a person of their own, like any full name the KB lacks,
    /// with no role (the famous relative's is not theirs).
    pub(super) fn relative_person(&self, start: usize, end: usize) -> Cand {
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
    pub(super) fn surname_mentions(&mut self) {
        let mut bearers_of: FastMap<&str, Vec<Bearer>> = FastMap::default();
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
            // The last word, after the last space (`memrchr`: `rsplit_once`'s
            // `char` searcher cost more to set up than a name takes to read).
            let Some(last_space) = memchr::memrchr(b' ', name.as_bytes()) else {
                continue;
            };
            let last = &name[last_space + 1..];
            // "Han Duck-soo", "Lee Jae-myung": a romanized Korean or Chinese
            // given name joined by a hyphen, lower case after it, follows
            // the family name, which is what the story calls them by later
            // ("Han said").
            let last = match sitrep_text::split_once_byte(name, b' ') {
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
            let bearers = bearers_of.entry(last).or_default();
            if !bearers.iter().any(|b| same_person(&b.target, &c.target)) {
                bearers.push(Bearer {
                    target: c.target.clone(),
                    after: c.end,
                    relative: self.introduced_as_relative(c.start, c.end),
                });
            }
        }
        // Two people of one surname ("Former President Rodrigo Duterte …
        // Vice President Sara Duterte, his daughter"): the one introduced as
        // another's relative is named in full each time, so the bare surname
        // is the other's. With no such introduction the story may mean
        // either ("Bill Clinton" beside "Hillary Clinton"): nobody, unless a
        // title of address tells which (`shared`: "Mrs. Clinton").
        let mut surnames: FastMap<&str, (Target, usize)> = FastMap::default();
        let mut shared: FastMap<&str, Vec<Bearer>> = FastMap::default();
        for (last, mut named) in bearers_of {
            // A lone bearer is named whatever introduced them.
            if named.len() > 1 {
                named.retain(|b| !b.relative);
            }
            match <[Bearer; 1]>::try_from(named) {
                Ok([b]) => {
                    surnames.insert(last, (b.target, b.after));
                }
                Err(named) => {
                    shared.insert(last, named);
                }
            }
        }
        let Some(min_after) = surnames
            .values()
            .map(|(_, after)| *after)
            .chain(shared.values().flatten().map(|b| b.after))
            .min()
        else {
            return;
        };
        // Most capitalized words are no surname: a word whose first byte
        // and length no surname has is passed over without hashing it.
        let mut surname_shapes = FirstByteLen::default();
        for &name in surnames.keys().chain(shared.keys()) {
            surname_shapes.add(name.as_bytes()[0], name.len());
        }
        self.one_word_aliases_of_bearers(&surnames, &shared, &surname_shapes, min_after);
        let mut found = std::mem::take(&mut self.found);
        let names = surnames.keys().chain(shared.keys()).copied();
        for k in self.surname_tokens(names, &surname_shapes, min_after) {
            let t = &self.tokens[k];
            let titled;
            // A bearer picked by the title before the surname
            // (`bearer_titled_at`) has the title's gender.
            let mut picked_by_title = false;
            let (target, after) = match surnames.get(self.word(k)) {
                Some((target, after)) => (target, after),
                None => {
                    let Some(bearers) = shared.get(self.word(k)) else {
                        continue;
                    };
                    let Some(b) = self.bearer_titled_at(t.start, bearers) else {
                        continue;
                    };
                    titled = b;
                    picked_by_title = true;
                    (&titled.target, &titled.after)
                }
            };
            if t.start < *after {
                continue;
            }
            // "Benjamin J. Rhodes … Rhodes said": a bare surname that is a
            // KB town or province of a state (`place:` "Rhodes") is the
            // person named in full before; a state's own name, capital or
            // demonym ("Steve Israel … Israel said") stays the state.
            let overlapping = self.hit_overlapping(t.start, t.end);
            // "Rep. Jim Jordan … Jordan said": a bare surname that is a
            // state's name, alone before or after a verb of saying, is the
            // person named in full before when the story names that state
            // no other way (a state speaks through its bodies and people).
            let town = overlapping
                .filter(|&h| {
                    let hit = self.hits[h];
                    hit.start == t.start
                        && hit.end == t.end
                        && (hit.kind == AliasKind::Place
                            || (hit.kind == AliasKind::Name
                                && self.is_state(hit.actor)
                                && self.speaker_position(k)
                                && !self.state_named_otherwise(hit.actor, self.word(k))))
                })
                .and_then(|_| self.cand_at(t.start, t.end));
            if town.is_none() && (self.overlaps_cand(t.start, t.end) || overlapping.is_some()) {
                continue;
            }
            let own_name = match target {
                Target::Kb(a) => self.kb.actor(*a).name.as_ref(),
                Target::NewPerson(p) => p.name.as_str(),
                _ => "",
            };
            // "Imran Khan's son Kasim Khan": another given name before the
            // surname makes a relative, a person of their own.
            if let Some(given) = self.other_given_name_start(t.start) {
                let given_word = &self.text[given..self.tokens[k - 1].end];
                if Self::hit_ending_at(&self.hits, self.tokens[k - 1].end).is_none()
                    && !own_name
                        .split_whitespace()
                        .any(|n| n == given_word || self.lex.same_given_name(n, given_word))
                    && !self.overlaps_cand(given, t.end)
                {
                    found.push(self.relative_person(given, t.end));
                    continue;
                }
            }
            // "the next Dalai Lama": a later bearer, no one named before.
            if self.future_bearer_before(t.start) {
                continue;
            }
            // "the Mercer Foundation", "Mercer Day": a thing named after the
            // bearer, not the bearer.
            if self.opens_eponym(t.end, self.lines.at(t.start).title_case) {
                continue;
            }
            // "Donald Trump … the former Mrs. Trump": a title of address of
            // the other gender than the bearer's given name is someone else.
            // A bearer the title picked has its gender: no such title.
            if !picked_by_title
                && matches!(target, Target::Kb(a) if self.title_of_other_gender_at(t.start, *a))
            {
                continue;
            }
            if let Some(c) = town {
                let c = &mut self.cands[c];
                c.target = target.clone();
                c.how = MentionHow::Surname;
                continue;
            }
            let start = self
                .name_particle_before(t.start, t.end, own_name)
                .unwrap_or(t.start);
            found.push(Cand {
                start,
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

    /// Whether the word token `k` stands alone in a speaker's position: a
    /// verb of saying right after it and no preposition right before it
    /// ("Jordan said"), or a verb of saying right before it and punctuation
    /// after it ("…," said Jordan.").
    fn speaker_position(&self, k: usize) -> bool {
        let t = self.tokens[k];
        // "King Abdullah of Jordan said", "officials in Jordan said": after a
        // preposition the name is a place or whose someone is, no subject.
        let after_preposition = k > 0 && self.tokens[k - 1].kind == TokenKind::Word && {
            let prev = self.word(k - 1);
            self.lex.is_locative(prev) || self.lex.is_affiliation_preposition(prev)
        };
        if self.reporting_verb_at(t.end) {
            return !after_preposition;
        }
        k > 0
            && self.tokens[k - 1].kind == TokenKind::Word
            && self.spaced(self.tokens[k - 1].end, t.start)
            && self.lex.is_reporting_verb(self.word(k - 1))
            && self
                .tokens
                .get(k + 1)
                .is_none_or(|n| n.start == t.end && n.kind != TokenKind::Word)
    }

    /// Whether the document names state `state` by some other mention than
    /// the word `word`: another name, a demonym or capital of it, or a
    /// body, group or person of it.
    fn state_named_otherwise(&self, state: usize, word: &str) -> bool {
        let id = &*self.kb.actor(state).id;
        self.hits.iter().any(|h| {
            if h.actor == state {
                &self.text[h.start..h.end] != word
            } else {
                !self.is_state(h.actor) && self.kb.actor(h.actor).country.as_deref() == Some(id)
            }
        })
    }

    /// The word tokens starting at or after `from` whose word is one of
    /// `names` (`shapes` holding the first byte and length of each), in
    /// text order. A name opening with an ASCII capital (nearly all) can
    /// only be a capitalized word the setup walk noted (`TokenNotes`):
    /// those from `from` on are read, each turned away by its first byte
    /// and length unless some name has them. For any other name the
    /// occurrences of its first byte are found by `memchr` and the name's
    /// bytes compared there; an occurrence counts when a word token spans
    /// exactly it.
    fn surname_tokens<'n>(
        &self,
        names: impl Iterator<Item = &'n str>,
        shapes: &FirstByteLen,
        from: usize,
    ) -> Vec<usize> {
        let bytes = self.text.as_bytes();
        let (capitalized, others): (Vec<&[u8]>, Vec<&[u8]>) = names
            .map(str::as_bytes)
            .partition(|name| name[0].is_ascii_uppercase());
        let mut at = Vec::new();
        if !capitalized.is_empty() {
            let words = &self.capitalized_tokens;
            let first = words.partition_point(|&k| self.tokens[k].start < from);
            for &k in &words[first..] {
                let t = self.tokens[k];
                if !shapes.may_hold(bytes[t.start], t.end - t.start) {
                    continue;
                }
                let word = &bytes[t.start..t.end];
                if capitalized.contains(&word) {
                    at.push(k);
                }
            }
        }
        let rest = &bytes[from.min(bytes.len())..];
        for name in others {
            for p in memchr::memchr_iter(name[0], rest) {
                let start = from + p;
                if !rest[p..].starts_with(name) {
                    continue;
                }
                if let Some(k) = self.token_at(start) {
                    let t = self.tokens[k];
                    if t.end == start + name.len() && t.kind == TokenKind::Word {
                        at.push(k);
                    }
                }
            }
        }
        at.sort_unstable();
        at
    }

    /// A one-word alias of a person (a name or a KB `surname:`) read past
    /// other people named in full with that surname. Another one of the KB
    /// alone, the story never naming the alias's person in full ("Jeb Bush
    /// … Mr. Bush said", "Bush" being George W. Bush's): that person, as a
    /// bare surname would be. A bearer the KB lacks ("Laura Bush", "Ivanka
    /// Trump") leaves the alias its own person when the story names its
    /// person's state otherwise; when it does not ("Rita Katz … Katz", Katz
    /// being Israel's minister's) the bearer takes it. Two or more bearers, the
    /// alias's person among them or not ("Gary Johnson … Jeh Johnson …
    /// Johnson said"): the one a title of address tells, else no one for a
    /// `surname:` alias and its own person for a name.
    ///
    /// `shapes` holds the first byte and length of every surname and
    /// `min_after` where the first bearer is named in full: a mention before
    /// it, or of no surname's shape, is passed over without hashing it.
    fn one_word_aliases_of_bearers(
        &mut self,
        surnames: &FastMap<&str, (Target, usize)>,
        shared: &FastMap<&str, Vec<Bearer>>,
        shapes: &FirstByteLen,
        min_after: usize,
    ) {
        let mut moved: Vec<(usize, Option<Target>)> = Vec::new();
        let bytes = self.text.as_bytes();
        for (ci, c) in self.cands.iter().enumerate() {
            let Target::Kb(own) = c.target else {
                continue;
            };
            if c.start < min_after
                || !shapes.may_hold(bytes[c.start], c.end - c.start)
                || !matches!(
                    c.how,
                    MentionHow::Alias(AliasKind::Name | AliasKind::Surname)
                )
                || !self.is_person(own)
            {
                continue;
            }
            let word = &self.text[c.start..c.end];
            if let Some((bearer, after)) = surnames.get(word) {
                if c.start < *after {
                    continue;
                }
                let to_bearer = match bearer {
                    Target::Kb(b) => *b != own,
                    // "Rita Katz … Katz said" in a story that names nothing
                    // of Israel: the KB's Israel Katz is not the one meant.
                    // "Billy Bush … Bush said": a person whose last term
                    // ended before the story is not who a bare surname
                    // means after another bearer named in full, wherever
                    // the story is set (a sitting or future president
                    // still may be).
                    Target::NewPerson(_) => {
                        !self.in_public_life_on_story_date(own) || !self.state_named_besides(own)
                    }
                    _ => false,
                };
                if to_bearer {
                    moved.push((ci, Some(bearer.clone())));
                }
            } else if let Some(bearers) = shared.get(word) {
                if bearers.iter().all(|b| b.after <= c.start) {
                    match self.bearer_titled_at(c.start, bearers) {
                        Some(b) => moved.push((ci, Some(b.target.clone()))),
                        // A name of the KB ("Obama" beside Michelle Obama)
                        // keeps its person; a `surname:` alias names them
                        // only as the one bearer.
                        None if c.how == MentionHow::Alias(AliasKind::Surname) => {
                            moved.push((ci, None))
                        }
                        None => {}
                    }
                }
            }
        }
        if moved.is_empty() {
            return;
        }
        // "Bush, Florida's former governor, said": a role apposed to the
        // alias named the alias's person; it names the bearer the alias
        // now names.
        let mut apposed: Vec<(usize, Option<Target>)> = Vec::new();
        for (ci, bearer) in &moved {
            let (Some(bearer), c) = (bearer, &self.cands[*ci]) else {
                continue;
            };
            let Some(role) = self.cand_starting_after_comma(c.end) else {
                continue;
            };
            let r = &self.cands[role];
            if r.how == MentionHow::RoleHolder && r.target == c.target {
                apposed.push((role, Some(bearer.clone())));
            }
        }
        moved.extend(apposed);
        let mut dropped = vec![false; self.cands.len()];
        for (ci, bearer) in moved {
            match bearer {
                Some(t) => {
                    self.cands[ci].target = t;
                    self.cands[ci].how = MentionHow::Surname;
                }
                None => dropped[ci] = true,
            }
        }
        self.drop_cands(&dropped);
    }

    /// The candidate starting right after a comma and a space at `end`
    /// ("Bush, Florida's former governor": the role's).
    fn cand_starting_after_comma(&self, end: usize) -> Option<usize> {
        if !self.text.as_bytes()[end..].starts_with(b", ") {
            return None;
        }
        let i = self.cands.partition_point(|c| c.start < end + 2);
        (self.cands.get(i)?.start == end + 2).then_some(i)
    }

    /// Whether a KB person holds a term on the story's date or one after
    /// it (an undated story: whether a term is still open): their public
    /// life, as the KB knows it, has not ended ("Trump" in 2016, before his
    /// first term). A person the KB gives no terms counts as in it.
    pub(super) fn in_public_life_on_story_date(&self, person: usize) -> bool {
        let terms = &self.kb.actor(person).terms;
        terms.is_empty()
            || match self.published {
                Some(d) => terms
                    .iter()
                    .any(|t| t.covers(d) || t.from.as_deref().is_some_and(|f| f > d)),
                None => terms.iter().any(|t| t.until.is_none()),
            }
    }

    /// Whether the document names the state KB person `person` serves
    /// through some other actor: the state, its places and demonyms, or a
    /// body, group or person of it.
    fn state_named_besides(&self, person: usize) -> bool {
        let Some(country) = self.kb.actor(person).country.as_deref() else {
            return false;
        };
        self.hits.iter().any(|h| {
            let a = self.kb.actor(h.actor);
            h.actor != person
                && if self.is_state(h.actor) {
                    *a.id == *country
                } else {
                    a.country.as_deref() == Some(country)
                }
        })
    }

    /// Of the people named in full who share a surname, the one whose given
    /// name has the gender a title of address right before the bare surname
    /// at `start` tells ("Mrs. Clinton" beside Bill and Hillary Clinton),
    /// named in full before it; none when no title tells a gender or more
    /// than one bearer fits.
    fn bearer_titled_at<'b>(&self, start: usize, bearers: &'b [Bearer]) -> Option<&'b Bearer> {
        let told = self.title_gender_at(start)?;
        let mut fits = bearers.iter().filter(|b| {
            let name = match &b.target {
                Target::Kb(a) => &*self.kb.actor(*a).name,
                Target::NewPerson(p) => p.name.as_str(),
                _ => return false,
            };
            b.after <= start && self.name_gender(name) == Some(told)
        });
        fits.next().filter(|_| fits.next().is_none())
    }

    /// Whether the person named in full at `start..end` is introduced as
    /// someone's relative or associate by a possessive right before or in
    /// an apposition right after ("his daughter, Sara Duterte", "Trump's
    /// son Eric Trump", "Sara Duterte, his daughter,"): a possessive ("his",
    /// "her", a name with "'s") and up to three lower-case words.
    fn introduced_as_relative(&self, start: usize, end: usize) -> bool {
        // Token `k` is "his", "her", or the "'s" of a name ("Trump's"; "It's"
        // is no owner). The tokenizer splits a possessive "'s" off its word.
        let owner = |k: usize| {
            let w = self.word(k);
            self.lex.is_possessive_pronoun(w)
                || (matches!(w, "'s" | "\u{2019}s")
                    && k > 0
                    && is_titlecase(self.word(k - 1))
                    && !self.lex.is_not_name(self.word(k - 1)))
        };
        // A lower-case word of the phrase: a preposition, article or joiner
        // puts the name in a phrase of its own ("his memory of Bill Clinton",
        // "his job as President Clinton's aide", "an agenda a President
        // Clinton could pass").
        let lower = |k: usize| {
            let w = self.word(k);
            self.tokens[k].kind == TokenKind::Word
                && w.starts_with(|c: char| c.is_lowercase())
                && !self.lex.is_not_name(w)
                && !self.lex.is_name_joiner(w)
                && !self.lex.is_locative(w)
        };
        let comma = |k: usize| self.word(k) == ",";
        // Before a kin noun any lower-case word but a preposition or joiner
        // may stand ("his first wife", "her late husband": "first" is a
        // `not-name` word).
        let lower_before_kin = |k: usize| {
            let w = self.word(k);
            self.tokens[k].kind == TokenKind::Word
                && w.starts_with(|c: char| c.is_lowercase())
                && !self.lex.is_name_joiner(w)
                && !self.lex.is_locative(w)
        };
        if let Some(first) = self.token_at(start) {
            // Back from the name: an optional comma, lower-case words, the owner.
            let mut k = first;
            let mut words = 0;
            if k > 0 && comma(k - 1) {
                k -= 1;
            }
            let kin = k > 0 && lower(k - 1) && self.lex.is_kin_noun(self.word(k - 1));
            while k > 0
                && words < 3
                && (lower(k - 1) || (kin && lower_before_kin(k - 1)))
                && !owner(k - 1)
            {
                k -= 1;
                words += 1;
            }
            if words > 0 && k > 0 && owner(k - 1) {
                return true;
            }
        }
        // Forward: ", his daughter," right after the name.
        let next = self.token_from(end);
        if next + 2 < self.tokens.len() && comma(next) && owner(next + 1) {
            let words = (next + 2..self.tokens.len().min(next + 5))
                .take_while(|&k| lower(k))
                .count();
            return words > 0;
        }
        false
    }

    /// "Matthew Miller, Spokesperson ... MR MILLER: Good afternoon": a
    /// transcript turn label in capitals ends with the surname of a person
    /// the document named in full before it; the surname is that person.
    /// Transcripts write their speakers' names in capitals, which the
    /// title-case surname scan passes over. Only a person named in full in
    /// this document is linked ("JOHNSON:" is nobody unless a Johnson was).
    pub(super) fn turn_label_surnames(
        &self,
        surnames: &FastMap<&str, (Target, usize)>,
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
            let Some((target, after)) = surnames.get(title.as_str()) else {
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
    pub(super) fn short_name_mentions(&mut self) {
        // (opening word, state, end of its first mention; `None` state when
        // two states named here open with the word).
        let mut named: Vec<(&str, Option<usize>, usize)> = Vec::new();
        for c in &self.cands {
            let Target::Kb(a) = c.target else { continue };
            if !self.is_state(a) {
                continue;
            }
            // The opening word, before the first space (`memchr`: a
            // `split_once` set up a `char` searcher per state mention).
            let name: &str = &self.kb.actor(a).name;
            let Some(first_space) = memchr::memchr(b' ', name.as_bytes()) else {
                continue;
            };
            let first = &name[..first_space];
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
}
