//! Mentions that name back: a bare role ("the minister"), a leader, a
//! person's office, a transcript turn's speaker, a noun for an
//! organization ("the group"), a state body ("the court") or a name head
//! ("the Framework"), each resolved to an actor named before.

use super::*;

impl<'a> Resolver<'a> {
    /// "Foreign Minister Tobias Billstrom said ... 'We are ready,' the
    /// minister said": a bare person role names back the one person named
    /// before with that role (as stated, or their office in the KB on the
    /// publication date). With two such persons it stays unresolved.
    #[inline(never)]
    pub(super) fn role_anaphor_mentions(&mut self) {
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
                });
            let Some(nearest) = persons.next() else {
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
            // "host Seth Meyers … After a Univision host was fired over
            // comments, … the host's remarks": a bearer of the role the
            // text brought in unnamed since is whom "the host" names.
            if self.unnamed_bearer_between(nearest.end, role.start, &role.stated) {
                continue;
            }
            let person = &nearest.target;
            let id = self.target_id(person);
            if persons
                .all(|p| p.target == *person || (!id.is_empty() && self.target_id(&p.target) == id))
            {
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

    /// Whether a role phrase with the head word of `stated` stands within
    /// `from..to` after "a" or "an", at most one word before it ("a host",
    /// "a Univision host"): someone the text introduced unnamed holds it.
    /// One in apposition after a comma ("Kimmel, a host,") describes the
    /// person named before it, no one new; only one that acts, an
    /// auxiliary or a relative pronoun after it ("a host was fired", "a
    /// host who"), is someone: "a host, Jo Roe, said" is named, and "this
    /// is a president and a White House who" names no one.
    fn unnamed_bearer_between(&self, from: usize, to: usize, stated: &str) -> bool {
        let head = stated.rsplit(' ').next().unwrap_or(stated);
        let first = self.roles.partition_point(|r| r.start < from);
        self.roles[first..]
            .iter()
            .take_while(|r| r.end <= to)
            .any(|r| {
                let text = &self.text[r.start..r.end];
                let article = if self.indefinite_before(r.start) {
                    self.token_at(r.start).map(|i| i - 1)
                } else {
                    self.token_at(r.start).filter(|&i| i >= 2).and_then(|i| {
                        let modifier = self.tokens[i - 1];
                        (self.spaced(modifier.end, r.start)
                            && self.indefinite_before(modifier.start))
                        .then_some(i - 2)
                    })
                };
                let acts = self.token_at(r.end).is_none()
                    && self.tokens.get(self.token_from(r.end)).is_some_and(|t| {
                        let w = &self.text[t.start..t.end];
                        self.spaced(r.end, t.start)
                            && (self.lex.is_auxiliary(w) || matches!(w, "who" | "that"))
                    });
                acts && text
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(head))
                    && article.is_some_and(|a| a == 0 || self.word(a - 1) != ",")
            })
    }

    /// "citing two Iranian officials ... The officials described the
    /// meeting": a group role in the plural standing bare after "the" names
    /// back the group the text gave that role before (a state's sector, a
    /// body or militants alike, or an organization, as first named); left
    /// when two different groups fit.
    #[inline(never)]
    pub(super) fn group_role_anaphor_mentions(&mut self) {
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
            let para = self.paragraph_start(role.start);
            let from = self.paragraph_start(para.saturating_sub(2));
            let mut groups = self.cands[..before]
                .iter()
                .rev()
                // Bounded look-back keeps long documents linear.
                .take(200)
                .take_while(|c| c.start >= from)
                .filter(|c| c.end <= role.start)
                .filter(|c| {
                    // A state's group of any sector: its body ("Iranian
                    // officials") or its people under arms or in the
                    // street ("Syrian militants", "Iraqi protesters").
                    let fits = match &c.target {
                        Target::Sector { .. } => true,
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
    pub(super) fn sole_office_holder(&self, role: &BarePersonRole) -> Option<usize> {
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

    /// Whether person `p`, named with the role `stated_with` (if any),
    /// holds the role `bare` ("minister" of "foreign minister"): the bare
    /// role's words end the role as stated or the KB's office on the
    /// publication date, and the words before them name no other rank or
    /// time ("the president" is not the vice president or the former one).
    pub(super) fn held_role(&self, p: usize, stated_with: Option<&str>, bare: &str) -> bool {
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
    pub(super) fn fits_bare_role(&self, role: &str, bare: &str) -> bool {
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
    pub(super) fn titled(&self, c: &Cand, bare: &str) -> bool {
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
    pub(super) fn role_ends_with(&self, role: &str, bare: &str) -> bool {
        role.strip_suffix(bare).is_some_and(|rest| {
            (rest.is_empty() || rest.ends_with(' '))
                && !rest.split(' ').any(|w| self.lex.is_role_prefix(w))
        })
    }

    /// "The Israeli leader" after "Israeli Prime Minister Benjamin
    /// Netanyahu": a state's leader (a role stated as a `leader-noun` of the
    /// context lexicon, with the state, no name and no other word) is the
    /// person of that state named last before it in a leader's office (a
    /// `leader-role`: president, prime minister, supreme leader, …), not
    /// the state's government. With no such person named before, it stays
    /// the government sector.
    #[inline(never)]
    pub(super) fn leader_anaphors(&mut self) {
        for c in 0..self.cands.len() {
            let cand = &self.cands[c];
            let Target::Sector { state, sector } = &cand.target else {
                continue;
            };
            // "The former Mexican leader" after "Mexican President Felipe
            // Calderon": a leader out of office is named back the same way.
            if cand.how != MentionHow::Role
                || !(sector == "GOV" || sector == tenure::OUT_OF_OFFICE_SECTOR)
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
    pub(super) fn possessive_office_mentions(&mut self) {
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
            // "Her campaign manager, Robby Mook, said": the office noun
            // modifies a role or another noun after it, which is someone
            // else.
            if self.lower_word_after(self.tokens[i].end).is_some_and(|w| {
                self.lex.is_compound_tail(w)
                    || self.lex.is_role_modified_noun(w)
                    || self.role_starts_at(self.tokens[i].end + 1)
            }) {
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
    pub(super) fn answer_turn_mentions(&mut self) {
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

    /// The state of the person a possessive pronoun at token `i` ("His",
    /// "her") stands for: the last person named before it, in its sentence
    /// or the one before, when the KB or the text places that person in a
    /// state ("Malawi's President Peter Mutharika met reporters. His
    /// spokesman, ..."). A pronoun with two persons of different states
    /// before it stands for neither; a person whose given name tells the
    /// other gender ("Ilhan Omar" for "his") is none of them.
    pub(super) fn possessor_state(&self, i: usize) -> Option<usize> {
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
    pub(super) fn anaphor_mentions(&mut self) {
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
            // "The Iran-backed group said": a patron named in a hyphenated
            // modifier is a mention of its own; the phrase after it still
            // names back the group, and its mention is the noun alone.
            let patron = self.patron_compound(first);
            let k = match self.tokens.get(first + 1) {
                Some(next)
                    if (patron || self.lex.is_anaphor_modifier(self.word(first)))
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
            let start = if patron && k > first {
                t.start
            } else {
                the.start
            };
            if (self.overlaps_cand(start, t.end) && !self.only_bare_bodies_in(start, t.end))
                || self.hit_overlapping(start, t.end).is_some()
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
            // "the group of protesters" is not the organization; "accused
            // the group of delaying" is: an -ing verb after "of" is what the
            // verb says of the group, not the group's members.
            if k + 1 < self.tokens.len() && self.word(k + 1) == "of" && !self.gerund_at(k + 2) {
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
            // "Hezbollah fired rockets. Syrian militants attacked a base.
            // The militants said": a group named by the noun itself ("Syrian
            // militants", a role of a state's sector) since the organization
            // is the one named back, not the organization before it.
            let named_by_noun = |c: &Cand| {
                matches!(c.target, Target::Sector { .. })
                    && c.role.as_deref().is_some_and(|r| {
                        r.rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(head))
                    })
            };
            let mut fitting = self.cands[from.min(before)..before]
                .iter()
                .rev()
                .take_while(|c| !named_by_noun(c))
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
            // named before. A member named as one of that group ("A senior
            // Hamas official, Basem Naim, said the group") speaks of it.
            let here = self.layer.sentence_at(the.start);
            let after_named = self.cands.partition_point(|c| c.start <= named_end);
            let member_speaks = self.cands[after_named.min(before)..before].iter().any(|c| {
                self.layer.sentence_at(c.start) == here
                    && matches!(c.target, Target::Kb(p) if self.is_person(p)
                        && matches!(kb.actor(p).sector.as_deref(), Some("REB" | "OPP")))
                    && !self.names_inside(c.start, c.end, actor)
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
            let state_between = self.overlaps_cand(start, t.end)
                && match own_state {
                    // A state's own court: only another state acting in
                    // between ("Thailand's prime minister") may own the
                    // bare noun; its own ("in London") and demonyms of
                    // people or firms ("an Austrian businessman") do not.
                    Some(own) => self.other_state_acts_between(named_end, the.start, own),
                    // "on a warrant from the International Criminal Court
                    // and flown to The Hague. The court accuses": a state
                    // named only as where someone went or is names no court.
                    None => self
                        .states_named(named_end, the.start)
                        .any(|(o, _)| !o.how.is_locative()),
                };
            // A state's own body named earlier than the window is meant
            // only when it is the one body of that sector named before.
            let near = near || own_state.is_some();
            if near && !state_between {
                found.push(Cand::context(
                    start,
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

    /// Whether token `k` is a hyphenated compound of a KB name and a
    /// `patron-tail` ("Iran-backed", "Tehran-aligned"): the name backs the
    /// group the noun after it names.
    fn patron_compound(&self, k: usize) -> bool {
        let t = self.tokens[k];
        let word = &self.text[t.start..t.end];
        word.rsplit_once('-').is_some_and(|(name, tail)| {
            !name.is_empty()
                && self.lex.is_patron_tail(tail)
                && Self::hit_ending_at(&self.hits, t.start + name.len()).is_some()
        })
    }

    /// Whether token `k` is a lower-case "-ing" word of a verb's length
    /// ("delaying", "violating"; not "king" or "thing"), the verb a
    /// preposition's complement opens with.
    fn gerund_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            let word = self.word(k);
            t.kind == TokenKind::Word
                && word.len() >= 6
                && word.ends_with("ing")
                && word.bytes().all(|b| b.is_ascii_lowercase())
        })
    }

    /// Adds the candidates in `found`, bodies a bare noun names back ("the
    /// court said"); a bare state body read from a role phrase over the same
    /// words gives way to them. The emptied buffer goes back to `self.found`.
    pub(super) fn add_bodies_named_back(&mut self, found: Vec<Cand>) {
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

    /// The state of KB actor `a` when it is a state's own body of a
    /// sector a state body has (a court, a ministry, an army).
    pub(super) fn state_body_state(&self, a: usize) -> Option<usize> {
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
    pub(super) fn state_body_named_before(
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
    pub(super) fn other_state_acts_between(&self, from: usize, to: usize, own: usize) -> bool {
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
    pub(super) fn wrote(&self, c: &Cand, noun: &str) -> bool {
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
    pub(super) fn place_bound_state(&self, c: &Cand, fallback: &Fallback) -> Option<usize> {
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
    pub(super) fn window_start(&self, offset: usize) -> usize {
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
    pub(super) fn called_by_noun(&self, c: &Cand, noun: &str) -> bool {
        let first = self.token_from(c.start);
        if first > 0 && self.word(first - 1) == noun {
            return true;
        }
        self.called_by_noun_after(c.end, noun)
    }

    /// Whether `noun` is one of the two words right after offset `end`
    /// ("IRNA news agency", "SPA agency").
    pub(super) fn noun_right_after(&self, end: usize, noun: &str) -> bool {
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
    pub(super) fn called_by_noun_after(&self, end: usize, noun: &str) -> bool {
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
    pub(super) fn named_by_name_head(&self, k: usize) -> Option<usize> {
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
    pub(super) fn body_meant_by_name_head(&self, k: usize) -> Option<usize> {
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

    /// The quotation (opening to closing quote mark) that closes right
    /// before a speaker starting at `start`, optionally after "the":
    /// `"…," the ministry said`. None when no quote closes there.
    pub(super) fn quote_spoken_by(&self, start: usize) -> Option<(usize, usize)> {
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
        let para = self.paragraph_start(inner.len());
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
    pub(super) fn bodies_named_back_by_head(&mut self) {
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

    /// "The Constitutional Council confirmed the results ... The
    /// Constitutional Council is expected to rule": a bare body named by a
    /// capitalized name that nothing near it places is the body of the
    /// same name placed earlier in the document, in the same sector. `states` holds each
    /// candidate's state as placed where it stands (candidates are sorted
    /// by start here); only the unplaced are filled.
    pub(super) fn place_bodies_as_before(&self, states: &mut [Option<usize>]) {
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

    /// Whether a KB match of `actor` lies inside `start..end` (a person's
    /// mention naming the group they belong to: "a senior Hamas official,
    /// Basem Naim").
    fn names_inside(&self, start: usize, end: usize, actor: usize) -> bool {
        let i = self.hits.partition_point(|h| h.start < start);
        self.hits[i..]
            .iter()
            .take_while(|h| h.end <= end)
            .any(|h| h.actor == actor)
    }
}

/// Whether the words of `tail` end `phrase` ("nuclear negotiators" ends
/// with "negotiators"; "envoys" does not end "convoys").
pub(super) fn ends_with_words(phrase: &str, tail: &str) -> bool {
    phrase
        .strip_suffix(tail)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// Whether a body's KB name holds `noun` as a word ("Central Criminal
/// Court" is a court; the "Justice Department", of the JUD sector too, is
/// not): a state's body is named back by the noun of its own name.
pub(super) fn names_itself_by(name: &str, noun: &str) -> bool {
    name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
}
