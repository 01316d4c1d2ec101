//! Descriptors and bare bodies ("the regime", "authorities", "the
//! army") placed in a state: the state their clause, sentence, paragraph
//! or story names, else the document's dominant state; ethnic minorities
//! and names shared by several states' bodies.

use super::*;

/// The longest stretch between a verb and its object read as one clause.
pub(super) const MAX_CLAUSE_BYTES: usize = 300;

impl<'a> Resolver<'a> {
    /// "the regime", "the government": pending until the dominant state is known.
    #[inline(never)]
    pub(super) fn descriptor_mentions(&mut self) {
        let mut found = std::mem::take(&mut self.found);
        // A local list: a push into `self` inside the loop would make it
        // reload the text and tokens after every push.
        let mut anaphors = Vec::new();
        let bytes = self.text.as_bytes();
        let tokens = self.tokens;
        // The word tokens after "the", noted by the walk over the tokens
        // when the resolver was set up (`TokenNotes`), as were the tokens
        // that may be a bare descriptor, those after "his"/"her" and the
        // words that may be back nouns.
        let after_the = std::mem::take(&mut self.after_the);
        for &k in &after_the {
            let t = tokens[k];
            let the = tokens[k - 1];
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
        let bare = std::mem::take(&mut self.bare_descriptor_tokens);
        self.bare_descriptors(&bare, &mut found);
        self.anaphors = anaphors;
        // "The International Criminal Court issued warrants ... the court
        // said": the organization named back, not a state's court.
        self.add_bodies_named_back(found);
    }

    /// Whether every candidate overlapping `start..end` is a bare state
    /// body still waiting for its state ("the court", read as a role).
    pub(super) fn only_bare_bodies_in(&self, start: usize, end: usize) -> bool {
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
    pub(super) fn descriptor_cand(
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
    pub(super) fn bare_descriptors(&self, candidates: &[usize], found: &mut Vec<Cand>) {
        for &k in candidates {
            let t = self.tokens[k];
            if t.kind != TokenKind::Word {
                continue;
            }
            let word = self.word(k);
            // "Officials said", "and officials later said": a plural of
            // officials with nothing before it in its clause is the story's
            // state's; "senior officials", "hospital officials", "officials
            // at the school" may be anyone's.
            let opening = self.lex.clause_bare_descriptor(word);
            if opening.is_some()
                && (!self.opens_clause(k)
                    || self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|_| self.lex.is_affiliation_preposition(self.word(k + 1)))
                    || self.organization_named_just_before(t.start))
            {
                continue;
            }
            let Some(sector) = opening.or_else(|| {
                self.lex
                    .is_bare_descriptor(word)
                    .then(|| self.lex.descriptor(word))
                    .flatten()
            }) else {
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

    /// Whether the last actor named before byte `at`, in its paragraph or
    /// the sentence before, is an organization that is no state ("The Fed
    /// does not want to stall growth. It plans to raise rates slowly.
    /// Officials expect …"): bare officials then are most likely its own,
    /// not the story's state's.
    fn organization_named_just_before(&self, at: usize) -> bool {
        let Some(here) = self.layer.sentence_at(at) else {
            return false;
        };
        let from = self.layer.sentences[here.saturating_sub(1)]
            .start
            .min(self.paragraph_start(at));
        let before = self.cands.partition_point(|c| c.start < at);
        self.cands[..before]
            .iter()
            .rev()
            .take(50)
            .find(|c| c.end <= at)
            .filter(|c| c.start >= from)
            .is_some_and(|c| match c.target {
                Target::Kb(a) => !self.is_person(a) && !self.is_state(a),
                _ => false,
            })
    }

    /// The state named by its name or capital after "in" at token `i`
    /// ("in Niger", "in Tehran").
    pub(super) fn state_named_after_in(&self, i: usize) -> Option<usize> {
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

    /// The state a mention stands for, if it is a state or a sector of one.
    pub(super) fn state_of(&self, target: &Target) -> Option<usize> {
        match target {
            Target::Kb(a) if self.is_state(*a) => Some(*a),
            Target::Sector { state, .. } => Some(*state),
            _ => None,
        }
    }

    /// "Ethnic Albanians" are a minority named by ethnicity, not the people
    /// or the government of Albania: they belong to the state they live in,
    /// the one named right after them ("ethnic Albanians in south Serbia",
    /// "ethnic Russians living in Latvia") or else the other state the
    /// sentence names most ("ethnic Albanians have sworn to fight near
    /// Macedonia's border with Bulgaria, Macedonian officials said"). With
    /// no such state, or two named as often, they are left as they were.
    #[inline(never)]
    pub(super) fn ethnic_minorities(&mut self) {
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
            // "the Russians living in Latvia": an alias with "the" too.
            let text = &self.text[c.start..c.end];
            let demonym_plural = matches!(c.how, MentionHow::Alias(_)) && text.ends_with('s') && {
                let text = self.strip_definite_article(text);
                !text.contains(' ') && text != self.kb.actor(own).name
            };
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
                // The state the sentence names most often, when no other
                // is named as often ("near Macedonia's border with
                // Bulgaria, Macedonian officials said": Macedonia twice).
                let mut counts: Vec<(usize, usize)> = Vec::new();
                for st in self
                    .cands
                    .iter()
                    .filter(|o| self.layer.sentence_at(o.start) == sentence && !left(o))
                    .filter_map(|o| self.state_of(&o.target))
                    .filter(|&st| st != own)
                {
                    match counts.iter_mut().find(|(s, _)| *s == st) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((st, 1)),
                    }
                }
                counts.sort_by_key(|c| std::cmp::Reverse(c.1));
                home = match counts.as_slice() {
                    [(first, _)] => Some(*first),
                    [(first, n), (_, m), ..] if n > m => Some(*first),
                    _ => None,
                };
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

    /// A state's plural demonym stands for the state (its government) only
    /// as "the" and the bare plural ("the Russians said", "accused the
    /// Iranians of"); a plural with no "the" or with a word between ("Many
    /// Iranians fear", "two Israelis", "the young Palestinians") or one
    /// that a post-modifier follows ("the Russians living abroad", "the
    /// Palestinians of the West Bank") names its people: the state's
    /// civilians (CVL), still of that state. Runs after
    /// `ethnic_minorities`, which places a people living in another state.
    #[inline(never)]
    pub(super) fn plural_demonyms_as_people(&mut self) {
        for ci in 0..self.cands.len() {
            let c = &self.cands[ci];
            let Target::Kb(state) = c.target else {
                continue;
            };
            // The cheap tests first: a name alias of a state ending in "s",
            // then one word (after "the"), then the state's adjective.
            let text = &self.text[c.start..c.end];
            if !matches!(c.how, MentionHow::Alias(AliasKind::Name))
                || !text.ends_with('s')
                || !self.is_state(state)
            {
                continue;
            }
            let word = self.strip_definite_article(text);
            let the = word.len() < text.len();
            if word.contains(' ') {
                continue;
            }
            let Some(adj) = self.kb.adjective_of(state) else {
                continue;
            };
            if word.len() != adj.len() + 1 || !word.starts_with(adj) {
                continue;
            }
            let Some(tok) = self.token_at(c.start) else {
                continue;
            };
            let after_the = the || (tok > 0 && self.lex.is_definite_article(self.word(tok - 1)));
            let next = self.token_from(c.end);
            let modified = next < self.tokens.len()
                && self.tokens[next].start > c.end
                && self.lex.is_plural_postmodifier(self.word(next));
            if after_the && !modified {
                continue;
            }
            self.cands[ci].target = Target::Sector {
                state,
                sector: "CVL".to_string(),
            };
        }
    }

    /// `text` without a leading definite article ("the Russians" →
    /// "Russians"; `definite-article` in `context.tsv`).
    fn strip_definite_article<'t>(&self, text: &'t str) -> &'t str {
        match sitrep_text::split_once_byte(text, b' ') {
            Some((det, rest)) if self.lex.is_definite_article(det) => rest,
            _ => text,
        }
    }

    /// Mentions per state among `cands` (a state's own and its sectors'),
    /// most first.
    pub(super) fn ranked_states<'c>(
        &self,
        cands: impl Iterator<Item = &'c Cand>,
    ) -> Vec<(usize, usize)> {
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
    pub(super) fn state_owning_role(&self, c: &Cand) -> Option<usize> {
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
    pub(super) fn descriptor_state(&self, c: &Cand, dominant: &Fallback) -> Option<usize> {
        // "the National Assembly in Paris", "the parliament in Kyiv": a
        // body whose seat the text names right after it is that state's.
        if let Some(state) = self.seat_named_after(c) {
            return Some(state);
        }
        // "The Lebanese government tasked the army", "Netanyahu ordered
        // the military": a government commands its own body.
        if let Some(state) = self.commanding_state(c) {
            return Some(state);
        }
        if let Some(state) = self.speaking_official_state(c) {
            return Some(state);
        }
        // "Russia hosted the junta": whom a state (or its leader) acts on
        // is never that state itself. A legislature after a locative word
        // is where the subject acts ("Bayrou lost a confidence vote in the
        // National Assembly", "the bill went to parliament"), not whom.
        let subject = if self.legislature_as_place(c) {
            None
        } else {
            self.subject_state(c)
        };
        self.descriptor_state_any(c, dominant)
            .filter(|&s| Some(s) != subject)
    }

    /// The state whose capital or seat of government (a `meto:` name)
    /// follows bare body `c` after "in" ("the National Assembly in
    /// Paris"): where the body sits. A city or region that is no seat
    /// ("police in Gaza") says where a body acts, not whose it is.
    fn seat_named_after(&self, c: &Cand) -> Option<usize> {
        if !self.text[c.end..].starts_with(" in ") {
            return None;
        }
        let seat = self.token_from(c.end + 4);
        let start = self.tokens.get(seat)?.start;
        if start != c.end + 4 {
            return None;
        }
        self.cands
            .iter()
            .find(|o| o.start == start)
            .filter(|o| {
                matches!(
                    o.how,
                    MentionHow::Alias(AliasKind::Metonym)
                        | MentionHow::Locative(AliasKind::Metonym)
                )
            })
            .and_then(|o| match o.target {
                Target::Kb(a) if self.is_state(a) => Some(a),
                _ => None,
            })
    }

    /// Whether bare body `c` is a legislature standing after a `locative`
    /// word, with or without "the" ("in the National Assembly", "to
    /// parliament").
    fn legislature_as_place(&self, c: &Cand) -> bool {
        if !matches!(&c.target, Target::Dominant { sector: Some(s) } if s == "LEG") {
            return false;
        }
        let Some(mut i) = self.token_at(c.start) else {
            return false;
        };
        if i > 0 && self.word(i - 1).eq_ignore_ascii_case("the") {
            i -= 1;
        }
        i > 0 && self.lex.is_locative(self.word(i - 1))
    }

    /// The first mention of `c`'s sentence that ends before `c`: the
    /// subject of the clause `c` stands in, when that clause opens the
    /// sentence.
    fn first_mention_before(&self, c: &Cand) -> Option<&Cand> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        // Candidates are sorted by start here: a binary search to the
        // sentence, not a scan from the document's start per descriptor.
        let first = self.cands.partition_point(|o| o.start < sentence.start);
        self.cands[first..]
            .iter()
            .take_while(|o| o.start < c.start)
            .find(|o| o.end <= c.start)
    }

    /// The state of the subject of the clause whose object `c` is: the
    /// first mention of `c`'s sentence when a lower-case word (its verb)
    /// follows it and `c` comes later ("Putin met Xi ... and the junta's
    /// leader": Putin's state).
    pub(super) fn subject_state(&self, c: &Cand) -> Option<usize> {
        let subject = self.first_mention_before(c)?;
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
    pub(super) fn commanding_state(&self, c: &Cand) -> Option<usize> {
        let subject = self.first_mention_before(c)?;
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
        // "ordered the police and military to act": a body coordinated
        // with the one after the verb is commanded too.
        let opens = if self.coordinated_with_bare_body(body) {
            self.tokens[body - 3].start
        } else {
            c.start
        };
        let gap = &self.text[self.tokens[verb].end..opens];
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
    pub(super) fn official_state(&self, o: &Cand) -> Option<usize> {
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
    pub(super) fn speaking_official_state(&self, c: &Cand) -> Option<usize> {
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
    pub(super) fn drop_descriptors_of_their_subjects_state(&mut self) {
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
        self.drop_cands(&own_object);
    }

    /// Whether the document names a state other than `state`, or a body
    /// or person of one: then a bare body or "the administration" with
    /// nothing nearer to place it may belong to either.
    pub(super) fn document_names_other_state(&self, state: usize) -> bool {
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
    pub(super) fn sector_state(&self, o: &Cand, sector: &str) -> Option<Option<usize>> {
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
    pub(super) fn nearby_state(&self, c: &Cand) -> Option<usize> {
        let sentence = self.layer.sentences[self.layer.sentence_at(c.start)?];
        let para_start = self.paragraph_start(c.start);
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
                let prev_start = self.paragraph_start(para_start.saturating_sub(2));
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
    pub(super) fn seat_of_firm(&self, o: &Cand) -> bool {
        self.text[o.end..].starts_with("-based")
    }

    /// Whether the sentence of mention `c` names states only as the seats
    /// of firms ("The ship's manager, Cyprus-based Columbia Shipmanagement,
    /// said it was working with the authorities"): a sentence about a firm,
    /// whose bare body no state named elsewhere places either.
    pub(super) fn states_only_as_seats(&self, c: &Cand) -> bool {
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
    pub(super) fn story_state(&self) -> Option<usize> {
        let lead = *self.layer.sentences.first()?;
        self.state_leading(lead.start, lead.end, false)
    }

    /// The state named first in `from..to` when it opens that stretch (past
    /// a "the" when `the_allowed`: "The Dominican Republic will deport …")
    /// or when the stretch names no other state.
    fn state_leading(&self, from: usize, to: usize, the_allowed: bool) -> Option<usize> {
        let mut named = self.states_named(from, to);
        let (first, state) = named.next()?;
        let before = self.text[from..first.start.max(from)].trim();
        let opens = before.is_empty() || (the_allowed && before.eq_ignore_ascii_case("the"));
        (opens || named.all(|(_, s)| s == state)).then_some(state)
    }

    /// The state a story is filed from and about, which a bare body or
    /// descriptor nothing nearer places belongs to even when the story
    /// names other states ("SANTO DOMINGO - The Dominican Republic will
    /// deport … Haitians, the government said"; "OTTAWA - Canada expelled
    /// six Indian diplomats … after police said"): the state of the
    /// dateline's place, when the lead past the dateline is about that
    /// state too (it opens the lead or is the only state the lead names),
    /// or when the lead is about no one state and the body names the
    /// dateline's state (by its name, a body or an official of it) at least
    /// as often as any other. A dateline alone is where the reporter sits,
    /// and a lead about another state ("WASHINGTON - Iran said …") leaves
    /// the story to the count; a lead with no dateline says too little,
    /// since its subject may be the state that acts on the story's.
    pub(super) fn story_anchor(&self) -> Option<usize> {
        let lead = *self.layer.sentences.first()?;
        let body = self.layer.after_dateline(lead.start);
        if body == lead.start {
            return None;
        }
        let (_, dateline) = self.states_named(lead.start, body).next()?;
        // The lead's own first state, past the dateline, when it opens the
        // lead ("The Dominican Republic will deport …" too) or is the only
        // one it names.
        match self.state_leading(body, lead.end, true) {
            Some(state) => (state == dateline).then_some(dateline),
            None => {
                // Mentions per state in the body, a dozen states at most.
                let mut counts: Vec<(usize, usize)> = Vec::new();
                for (_, state) in self.states_named(body, self.text.len()) {
                    match counts.iter_mut().find(|(s, _)| *s == state) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((state, 1)),
                    }
                }
                let own = counts.iter().find(|(s, _)| *s == dateline)?.1;
                counts.iter().all(|&(_, n)| n <= own).then_some(dateline)
            }
        }
    }

    /// The one state the KB persons named as office holders serve (a state
    /// body's sector, by their KB row), when at least two such mentions
    /// name it and none names another state: a story naming no state by
    /// name is about theirs.
    pub(super) fn officials_state(&self) -> Option<usize> {
        self.one_state_named_twice(|actor| {
            actor.kind == ActorKind::Person
                && actor.sector.as_deref().is_some_and(is_state_body_sector)
        })
    }

    /// The one state of the bodies a story names when it names no state
    /// ("conceded to demands from the National Union for the Total
    /// Independence of Angola (UNITA)"): armed groups, parties and other
    /// organizations the KB places in a state, named at least twice, with no
    /// body of another state among them. Outlets report on the story and
    /// say nothing of where it is.
    fn bodies_state(&self) -> Option<usize> {
        self.one_state_named_twice(|actor| {
            !matches!(
                actor.kind,
                ActorKind::Person | ActorKind::Country | ActorKind::Media | ActorKind::Place
            )
        })
    }

    /// The one state of the KB actors `counts` accepts among the story's
    /// first 400 candidates, when they are named at least twice and no
    /// accepted actor belongs to another state.
    fn one_state_named_twice(&self, counts: impl Fn(&Actor) -> bool) -> Option<usize> {
        let mut one: Option<usize> = None;
        let mut mentions = 0;
        for c in self.cands.iter().take(400) {
            let Target::Kb(a) = c.target else {
                continue;
            };
            let actor = self.kb.actor(a);
            if !counts(actor) {
                continue;
            }
            let Some(state) = actor
                .country
                .as_deref()
                .and_then(|iso| self.kb.index_of(iso))
            else {
                continue;
            };
            if one.is_some_and(|s| s != state) {
                return None;
            }
            one = Some(state);
            mentions += 1;
        }
        one.filter(|_| mentions >= 2)
    }

    /// "strengthening his hand in Congress" in a story on Argentina, "dissolved
    /// the House of Representatives" in one on Nepal: a body the KB knows
    /// for one state, named by a proper name several states give theirs
    /// (`shared-body-name` of the context lexicon), in a story whose lead is
    /// about another state that names the KB's state nowhere before it, is
    /// the story state's body of that sector.
    #[inline(never)]
    pub(super) fn bodies_of_shared_names(&mut self) {
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
    pub(super) fn named_body(&self, head: &str) -> bool {
        // "the Ministry of Foreign Affairs": lower-case joining words inside
        // the name, between capitalized ones.
        let mut words = head.split(' ');
        head.contains(' ')
            && words.next().is_some_and(is_titlecase)
            && words.next_back().is_some_and(is_titlecase)
            && words.all(|w| is_titlecase(w) || self.lex.is_name_joiner(w))
    }

    /// The one state `c`'s sentence names before it by its name, a body or
    /// an official of it (a place names no owner), if it names one.
    fn one_state_before_in_sentence(&self, c: &Cand) -> Option<usize> {
        let sentence = self.layer.sentence_at(c.start)?;
        let start = self.layer.sentences[sentence].start;
        let mut one = None;
        for (o, state) in self.states_named(start, c.start) {
            if o.end > c.start
                || matches!(
                    o.how,
                    MentionHow::Alias(AliasKind::Place) | MentionHow::Locative(AliasKind::Place)
                )
            {
                continue;
            }
            if one.is_some_and(|s| s != state) {
                return None;
            }
            one = Some(state);
        }
        one
    }

    /// Whether the states named in `c`'s sentence before it are `state`
    /// alone ("Britain accused Russia of a cyberattack on the Electoral
    /// Commission" names two: the body may be either's).
    pub(super) fn only_state_before_in_sentence(&self, c: &Cand, state: usize) -> bool {
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
    pub(super) fn states_named(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = (&Cand, usize)> {
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
    pub(super) fn speaks_for_no_state(&self, a: usize) -> bool {
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
    pub(super) fn fallback_contested(&self, fallback: &Fallback) -> bool {
        !fallback.anchored
            && *fallback.contested.get_or_init(|| {
                fallback
                    .state
                    .is_some_and(|d| self.document_names_other_state(d))
            })
    }

    /// The state a titled descriptor `c` ("the kingdom", head word `head`)
    /// names: the dominant state when its KB names hold the word, else the
    /// last state named before `c` whose names do; none when no such state
    /// is named (a kingdom the text never names is no state of the text).
    fn titled_state(&self, c: &Cand, head: &str, dominant: Option<usize>) -> Option<usize> {
        let titled = |state: usize| {
            self.kb
                .aliases_of(state)
                .any(|a| a.text.split(' ').any(|w| w.eq_ignore_ascii_case(head)))
        };
        if let Some(state) = dominant.filter(|&s| titled(s)) {
            return Some(state);
        }
        let before = self.cands.partition_point(|o| o.start < c.start);
        self.cands[..before]
            .iter()
            .rev()
            .take(200)
            .filter(|o| o.end <= c.start)
            .find_map(|o| {
                match o.target {
                    Target::Sector { state, .. } => Some(state),
                    Target::Kb(a) if self.is_state(a) => Some(a),
                    Target::Kb(a) if self.is_person(a) => self.actor_state(a),
                    _ => None,
                }
                .filter(|&s| titled(s))
            })
    }

    pub(super) fn descriptor_state_any(&self, c: &Cand, fallback: &Fallback) -> Option<usize> {
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
        // "Iran's minister met Crown Prince Mohammed bin Salman, who stressed
        // the kingdom's support": a kind of state its own names hold is a
        // state of that kind, however often another state is named.
        if self.lex.is_titled_descriptor(head) {
            return self.titled_state(c, head, dominant);
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
        // "Officials cautioned that …" after a paragraph on what was done
        // to Iran: the one state a paragraph names may be the one acted
        // on, and a plural of officials speaks for the story's side, so
        // it is not placed by the paragraph.
        let officials = self.lex.clause_bare_descriptor(head).is_some();
        if c.role.is_none() && self.lex.is_body_descriptor(head) {
            if let Some(state) = self
                .nearby_state(c)
                .filter(|_| !officials)
                .filter(|&s| Some(s) != self.subject_state(c))
            {
                return Some(state);
            }
            if fallback.anchored {
                // "the Iraqi parliament passed a resolution calling on the
                // government to …" in a story filed from Tehran about Iran:
                // the one state its own sentence names before it comes
                // before the story's.
                if let Some(state) = self.one_state_before_in_sentence(c) {
                    return Some(state);
                }
            }
            // "Officials later described the approach as …" in a story
            // naming two states and filed from neither: a plural of
            // officials is placed by the story, not by a count alone.
            // Nor by the state after its verb ("Officials in Minnesota
            // brand …" is no act on the United States): the story's state
            // or a one-state story's, else none.
            if officials {
                return fallback
                    .state
                    .filter(|_| !self.fallback_contested(fallback));
            }
        }
        // The verb right after the descriptor and the state right after
        // that verb: "the junta accused France" (a verb of saying
        // introduces words, which may name the speaker's own state).
        // "The federal government and California have clashed": a state
        // joined to the descriptor by "and"/"or" acts beside it, no object.
        let verb = self.token_from(c.end);
        let Some(object_start) = self
            .tokens
            .get(verb + 1)
            .filter(|_| {
                let w = self.word(verb);
                self.tokens[verb].kind == TokenKind::Word
                    && w.starts_with(|ch: char| ch.is_lowercase())
                    && !self.lex.is_reporting_verb(w)
                    && !matches!(w, "and" | "or")
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
    pub(super) fn resolve_dominant(&mut self) {
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
        // A titled person the KB lacks in a story that names no state, only
        // bodies of one ("President Dos Sontas has conceded to demands from
        // … (UNITA)"), is of that state, as of the only state a story names.
        let lone = match ranked.as_slice() {
            [(_, s)] => Some(*s),
            [] => self.bodies_state(),
            _ => dominant,
        };
        // A story that names no state, only its officials ("Prime Minister
        // Francois Bayrou lost a confidence vote in the National Assembly
        // … President Emmanuel Macron"): their one state is the story's.
        let officials = if ranked.is_empty() {
            self.officials_state()
        } else {
            None
        };
        let (dominant, actor_dominant) = (dominant.or(officials), actor_dominant.or(officials));
        let kb = self.kb;
        let iso_of = |state: usize| {
            let actor = kb.actor(state);
            actor.country.as_deref().unwrap_or(&actor.id)
        };
        let lone_iso = lone.map(|s| iso_of(s).to_string());
        // Per descriptor, before the candidates change below; whether
        // another state is named is read at most once per fallback.
        let dominant_fallback = Fallback::new(dominant);
        let actor_fallback = Fallback::new(actor_dominant);
        // A state body ("the government", "police", "officials") is the
        // story's state's; a descriptor of a state itself ("the island",
        // "the regime") is often another state than the story's ("NANJING
        // - … control over the island"), so it keeps the count.
        let body_fallback = Fallback::anchored(actor_dominant, self.story_anchor());
        let mut descriptor_states: Vec<Option<usize>> = self
            .cands
            .iter()
            .map(|c| match c.target {
                // State media are named in stories set in their state:
                // its cities count.
                Target::Dominant {
                    sector: Some(ref sector),
                } if sector == "MED" => self.descriptor_state(c, &dominant_fallback),
                Target::Dominant { sector: Some(_) } => self.descriptor_state(c, &body_fallback),
                Target::Dominant { sector: None } => self.descriptor_state(c, &actor_fallback),
                _ => None,
            })
            .collect();
        self.place_bodies_as_before(&mut descriptor_states);
        // "The Senate voted": a chamber only some legislatures have is the
        // chamber the KB lists for the story's state, else for the first
        // state the story names that has one (the US Senate in a story
        // on sanctions against Iran); none when no state named has one.
        let chambers: Vec<Option<Option<usize>>> = self
            .cands
            .iter()
            .zip(&descriptor_states)
            .map(|(c, &own)| {
                let role = c.role.as_deref().filter(|r| self.lex.is_chamber(r))?;
                if !matches!(c.target, Target::Dominant { .. }) {
                    return None;
                }
                let mut states = own.into_iter().chain(ranked.iter().map(|&(_, s)| s));
                Some(states.find_map(|s| self.kb.legislative_body_named(iso_of(s), role)))
            })
            .collect();
        let mut index = 0;
        self.cands.retain_mut(|c| {
            let own_state = descriptor_states[index];
            let chamber = chambers[index];
            index += 1;
            if let Some(body) = chamber {
                let Some(body) = body else {
                    return false;
                };
                c.target = Target::Kb(body);
                return true;
            }
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
}

/// The state that clearly leads `ranked` (mentions per state, most first):
/// at least two mentions, and at least twice the runner-up's.
pub(super) fn clear_leader(ranked: &[(usize, usize)]) -> Option<usize> {
    match ranked {
        [(n, s)] if *n >= 2 => Some(*s),
        [(n, s), (m, _), ..] if *n >= 2 && *n >= 2 * *m => Some(*s),
        _ => None,
    }
}
