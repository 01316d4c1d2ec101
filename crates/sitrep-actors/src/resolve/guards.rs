//! Guards over alias matches: the matches that are accidents of
//! capitalization (a word of a longer name, half of a hyphenated surname,
//! a given name of another person, a place in a geographic name), and the
//! mentions made of the matches that survive.

use super::*;

pub(super) fn is_titlecase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// A romanized East Asian given name written with a hyphen ("Duck-soo",
/// "Jae-myung", "Ching-te"): one word, title case before the hyphen, lower
/// case after it.
pub(super) fn is_hyphenated_given_name(word: &str) -> bool {
    sitrep_text::split_once_byte(word, b'-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !sitrep_text::has_byte(word, b' ')
            && is_titlecase(a)
            && b.chars().next().is_some_and(char::is_lowercase)
            && b.chars().all(char::is_alphabetic)
    })
}

pub(super) fn is_initial(word: &str) -> bool {
    word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase())
}

impl<'a> Resolver<'a> {
    /// "Athens, Ga.", "Paris, Texas", "Moscow, Idaho", "London, Ont.": a
    /// town, capital or state name followed by a comma and a `region-of`
    /// province or US state is a place of the region's state, and so is
    /// every match of the same words for the same actor in the document
    /// ("Officials in Athens said" after "Athens, Ga."). The region itself
    /// stays what the KB makes it.
    #[inline(never)]
    pub(super) fn towns_in_named_regions(&mut self) {
        let bytes = self.text.as_bytes();
        let town = |h: &AliasMatch| {
            matches!(
                h.kind,
                AliasKind::Name | AliasKind::Metonym | AliasKind::Place
            )
        };
        // (words, the actor they named, the region's state) of each town.
        let mut moved: Vec<(&'a str, usize, usize)> = Vec::new();
        for h in &self.hits {
            // A name is a town only when it names a state ("Lebanon, Pa."):
            // "Reps. Nancy Pelosi, Calif., and …" names a person.
            if !town(h)
                || !bytes[h.end..].starts_with(b", ")
                || (h.kind == AliasKind::Name && !self.is_state(h.actor))
            {
                continue;
            }
            let words = &self.text[h.start..h.end];
            if let Some(state) = self.region_state_at(h.end + 2) {
                if state != h.actor && !moved.iter().any(|&(w, a, _)| a == h.actor && w == words) {
                    moved.push((words, h.actor, state));
                }
            }
        }
        if moved.is_empty() {
            return;
        }
        for h in &mut self.hits {
            if !town(h) {
                continue;
            }
            let words = &self.text[h.start..h.end];
            if let Some(&(_, _, state)) =
                moved.iter().find(|&&(w, a, _)| a == h.actor && w == words)
            {
                h.actor = state;
                h.kind = AliasKind::Place;
            }
        }
    }

    /// The KB index of the state whose `region-of` province or US state is
    /// named at `at`: an abbreviation ("Ga.", "N.J.") or a postal code in
    /// capitals ("TX") whatever follows it, a
    /// name of one or two words ("Texas", "New Jersey") only before
    /// punctuation or the text's end (a comma only when no capitalised word
    /// follows it).
    fn region_state_at(&self, at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if !bytes.get(at).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let word_end = |from: usize| {
            from + bytes[from..]
                .iter()
                .position(|&b| !(b.is_ascii_alphabetic() || b == b'.'))
                .unwrap_or(bytes.len() - from)
        };
        // A comma closes the name unless a capitalised word follows it: in
        // "offices in London, New York, Paris" the comma runs a list of
        // places, and "New York" is no region of London.
        let closes = |end: usize| match bytes.get(end) {
            None => true,
            Some(b',') => {
                !(bytes.get(end + 1) == Some(&b' ')
                    && bytes.get(end + 2).is_some_and(u8::is_ascii_uppercase))
            }
            Some(b) => matches!(b, b';' | b':' | b')' | b'\n' | b'"'),
        };
        // "Paris, TX 75460": a postal code in capitals is an abbreviation
        // whatever follows it.
        let postal = |name: &str| name.len() == 2 && name.bytes().all(|b| b.is_ascii_uppercase());
        let region = |end: usize| {
            let name = &self.text[at..end];
            if let Some(iso) = self.lex.state_of_region(name) {
                return (name.ends_with('.') || postal(name) || closes(end)).then_some(iso);
            }
            // "Paris, Texas." at a sentence's end: the period is the
            // sentence's, not an abbreviation's.
            let name = name.strip_suffix('.')?;
            (!name.contains('.'))
                .then(|| self.lex.state_of_region(name))
                .flatten()
        };
        let end = word_end(at);
        let iso = region(end).or_else(|| {
            (bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase))
            .then(|| region(word_end(end + 1)))
            .flatten()
        })?;
        self.kb.index_of(iso)
    }

    /// "Indiana House Speaker Brian Bosma", "Ohio Senate President Matt
    /// Huffman": a legislature's name whose last word opens a title
    /// running past the name ("House Speaker", "Senate President") ends
    /// before that word, so that the title keeps its holder and the words
    /// before it are matched again on their own (the state's name, which
    /// then owns the title). "The Ohio House passed", "speaker of the
    /// Ohio House" keep the name. Before the senses are chosen, so the
    /// words matched again get theirs.
    #[inline(never)]
    pub(super) fn chamber_names_before_titles(
        &self,
        raw: Vec<AliasMatch>,
        roles: &[RoleMatch],
    ) -> Vec<AliasMatch> {
        let is_legislature = |h: &AliasMatch| {
            let actor = self.kb.actor(h.actor);
            h.kind == AliasKind::Name
                && actor.kind == ActorKind::Organization
                && actor.sector.as_deref() == Some("LEG")
        };
        let title_inside = |h: &AliasMatch| {
            roles
                .iter()
                .find(|r| r.start > h.start && r.start < h.end && r.end > h.end)
                .map(|r| r.start)
        };
        if !raw
            .iter()
            .any(|h| is_legislature(h) && title_inside(h).is_some())
        {
            return raw;
        }
        let mut out = Vec::with_capacity(raw.len() + 1);
        for h in raw {
            match title_inside(&h).filter(|_| is_legislature(&h)) {
                Some(title) => {
                    let before = self.text[h.start..title].trim_end();
                    out.extend(self.kb.find_aliases(before).into_iter().map(|mut sub| {
                        sub.start += h.start;
                        sub.end += h.start;
                        sub
                    }));
                }
                None => out.push(h),
            }
        }
        out
    }

    /// Drops alias matches that are accidents of capitalization.
    #[inline(never)]
    pub(super) fn guard_hits(&self, raw: &[AliasMatch]) -> (Vec<AliasMatch>, Vec<(usize, usize)>) {
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
            // "Bob Casey Jr. (D-PA)", "Allentown, PA": a two-letter
            // acronym that is a US postal code, in a party-and-state tag or
            // after a town the KB lacks, is the US state, not the acronym's
            // actor (the Palestinian Authority).
            if h.kind == AliasKind::Acronym && self.postal_code_of_a_place(raw, h) {
                continue;
            }
            // "Gulf of Oman", "Sea of Japan": a sea named after the
            // state, not the state.
            if self.in_geographic_name(h.start) {
                continue;
            }
            // "the Indian Ocean", "the Philippine Sea": a sea named after
            // the state, no more a mention of it than "the Sea of Japan".
            if self.is_state(h.actor)
                && matches!(h.kind, AliasKind::Name | AliasKind::Adjective)
                && self.sea_head_after(h.end)
            {
                continue;
            }
            // "seven Latin American countries", "Central American migrants":
            // a region's adjective that ends in a state's demonym names no
            // one of that state.
            if self.is_state(h.actor) && self.region_adjective_ending_at(h.start, found) {
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
            // "Priorities USA", "a Roth IRA": an acronym closing a longer
            // capitalized name names another thing (a headline's
            // capitals say nothing).
            if h.kind == AliasKind::Acronym
                && single_word
                && !self.is_person(h.actor)
                && !line.title_case
                && !line.all_caps
                && self.acronym_ends_longer_name(raw, h)
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
            // accords", "the New York Declaration": a city or capital
            // before a treaty noun names the treaty after the place it was
            // signed, not the state there.
            if matches!(h.kind, AliasKind::Metonym | AliasKind::Place)
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
            // "Trump National Golf Club", "the Clinton Foundation", "Mandela
            // Day": a thing named after the person, not the person.
            if self.is_person(h.actor) && self.opens_eponym(h.end, line.title_case) {
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
                    // "Spain coach Luis de la Fuente", "the Brazil
                    // striker": a national team's member, not the state.
                    Some(NounAfterState::Currency | NounAfterState::TeamMember) => continue,
                    Some(NounAfterState::Kind) if single_word && h.kind != AliasKind::Acronym => {
                        continue
                    }
                    _ => {}
                }
            }
            // "speaking in Italian and then in Spanish", "the
            // Persian-language service": a demonym read as the language
            // names no state.
            if single_word
                && h.kind == AliasKind::Adjective
                && self.lex.is_language(found)
                && self.is_state(h.actor)
                && self.language_named(h.start, h.end)
            {
                continue;
            }
            // A surname after the person's own first name is the person
            // named without a middle name ("Carlos Menem" for the KB's
            // "Carlos Saul Menem"): the whole name is the mention.
            if h.kind == AliasKind::Surname {
                if let Some(start) = self.own_first_name_before(h) {
                    drop_kept_inside(&mut kept, start);
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
            // "the next Dalai Lama", "a future Pope Leo": a later bearer of
            // the name or title, not the person.
            if self.is_person(h.actor) && self.future_bearer_before(h.start) {
                continue;
            }
            // "the former Mrs. Trump": a title of address of the other
            // gender than the person's given name names someone else.
            if single_word
                && self.is_person(h.actor)
                && self.title_of_other_gender_at(h.start, h.actor)
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
            // (A surname of two words, "Dos Santos", is still a surname.)
            if !single_word && h.kind != AliasKind::Surname {
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
            // "Jim Comey" is the KB's James Comey by the short form of his
            // given name: the mention is the whole name.
            let mut h = *h;
            if single_word && h.kind == AliasKind::Name && self.is_person(h.actor) {
                if let Some(start) = self.given_name_form_before(raw, &h).or_else(|| {
                    self.name_particle_before(h.start, h.end, &self.kb.actor(h.actor).name)
                }) {
                    drop_kept_inside(&mut kept, start);
                    h.start = start;
                }
            }
            kept.push((h, tentative));
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
                    || (self.named_by_country(h.actor)
                        && self
                            .kb
                            .actor(h.actor)
                            .country
                            .as_deref()
                            .is_some_and(|c| countries.contains(c)))
            })
            .map(|(h, _)| h)
            .collect();
        (kept, relatives)
    }

    /// Whether "the" or "a" and a `future-prefix` word stand right before
    /// offset `start` ("the next Dalai Lama").
    pub(super) fn future_bearer_before(&self, start: usize) -> bool {
        let Some(mut i) = self.token_at(start) else {
            return false;
        };
        // From the first capitalized word of the name ("Lama" of "the next
        // Dalai Lama" is a hit of its own).
        while i > 0
            && is_titlecase(self.word(i - 1))
            && self.spaced(self.tokens[i - 1].end, self.tokens[i].start)
        {
            i -= 1;
        }
        let start = self.tokens[i].start;
        i >= 2
            && self.lex.is_future_prefix(self.word(i - 1))
            && matches!(
                self.word(i - 2).to_ascii_lowercase().as_str(),
                "the" | "a" | "an"
            )
            && self.spaced(self.tokens[i - 2].end, self.tokens[i - 1].start)
            && self.spaced(self.tokens[i - 1].end, start)
    }

    /// Whether a capitalized title of address right before offset `start`
    /// ("Mrs. Trump", "Ms Trump"; not the verb of "Polls miss Trump's
    /// fall") tells a gender other than the given name of person `actor`.
    pub(super) fn title_of_other_gender_at(&self, start: usize, actor: usize) -> bool {
        // The title first: most surnames have none before them, and the
        // given name's gender is a word-list lookup.
        let Some(told) = self.title_gender_at(start) else {
            return false;
        };
        self.name_gender(&self.kb.actor(actor).name)
            .is_some_and(|own| own != told)
    }

    /// The gender a capitalized title of address right before offset
    /// `start` tells ("Mrs. Clinton", "Mr Bush"; "Dr. Carson" none).
    pub(super) fn title_gender_at(&self, start: usize) -> Option<Gender> {
        let i = self.token_at(start)?;
        if i == 0 || !self.spaced(self.tokens[i - 1].end, start) {
            return None;
        }
        let mut k = i - 1;
        if self.word(k) == "." && k > 0 && self.tokens[k - 1].end == self.tokens[k].start {
            k -= 1;
        }
        let title = self.word(k).trim_end_matches('.');
        if !title.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        self.lex.honorific_gender(title)
    }

    /// Whether a place-name word stands right before or after the one-word
    /// city or capital hit `h`, capitalized ("Real Madrid", "Moscow Metro").
    pub(super) fn place_name_word_beside(&self, h: &AliasMatch) -> bool {
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

    /// Whether the two-capital acronym `h` is a `region-of` postal code
    /// ("PA", "NJ") written as one: joined by a hyphen to a one-letter
    /// party tag ("D-PA", "R-NJ"), or after a comma that follows a
    /// capitalized word no alias ends at ("Allentown, PA"; "Iran, PA
    /// officials" keeps the Authority). A capitalized word after the code
    /// makes it no town's ("On Monday, PA President Abbas"), and neither
    /// does a `not-name` word before the comma ("On Monday, PA officials")
    /// or a word opening the sentence before a lower-case one ("Separately,
    /// PA security forces"; a dateline, "ALLENTOWN, PA —", has punctuation
    /// after the code).
    fn postal_code_of_a_place(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let bytes = self.text.as_bytes();
        let code = &self.text[h.start..h.end];
        if code.len() != 2
            || !code.bytes().all(|b| b.is_ascii_uppercase())
            || self.lex.state_of_region(code).is_none()
        {
            return false;
        }
        let before = &bytes[..h.start];
        let party_tag = before.len() >= 2
            && before[before.len() - 1] == b'-'
            && before[before.len() - 2].is_ascii_uppercase()
            && before
                .len()
                .checked_sub(3)
                .is_none_or(|i| !before[i].is_ascii_alphanumeric());
        if party_tag {
            return true;
        }
        let Some(town_end) = h.start.checked_sub(2) else {
            return false;
        };
        if &bytes[town_end..h.start] != b", " {
            return false;
        }
        let town_start = before[..town_end]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        if town_start >= town_end
            || !bytes[town_start].is_ascii_uppercase()
            || Self::hit_ending_at(raw, town_end).is_some()
            || self.lex.is_not_name(&self.text[town_start..town_end])
        {
            return false;
        }
        let after = self.text[h.end..].trim_start_matches(' ');
        let next_word = after.starts_with(|c: char| c.is_alphabetic());
        if next_word && after.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let opens_sentence = self
            .token_at(town_start)
            .is_some_and(|i| self.sentence_initial(i));
        !(next_word && opens_sentence)
    }

    /// Whether the person's country named in the story is enough for
    /// their bare `surname:` alias to name them. Not for a person the KB
    /// knows only from the Phoenix dictionaries (rows with no role: the
    /// converter gives them none) out of office on the story's date:
    /// today's news names other people of the surname ("Goldberg" in a
    /// 2016 US story is not Arthur J. Goldberg, UN ambassador in 1965),
    /// so only their full name or a title before the surname names them.
    fn named_by_country(&self, person: usize) -> bool {
        self.kb.actor(person).terms.iter().any(|t| t.role.is_some())
            || self.in_public_life_on_story_date(person)
    }

    /// Whether a role that fits the person's office ends one space before
    /// the surname hit `h`: "Prime Minister Michal", not "Actor Michal" (an
    /// occupation says nothing of a politician).
    pub(super) fn office_ends_before(&self, h: &AliasMatch) -> bool {
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
    pub(super) fn in_geographic_name(&self, offset: usize) -> bool {
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

    /// Whether the capitalized word one space before `start` and the
    /// match `found` there make a region's adjective ("Latin" + "American").
    fn region_adjective_ending_at(&self, start: usize, found: &str) -> bool {
        // Read from the bytes first: a name is rarely right after a
        // capitalized word and one space.
        let bytes = self.text.as_bytes();
        if start < 2 || bytes[start - 1] != b' ' || !bytes[start - 2].is_ascii_alphabetic() {
            return false;
        }
        let Some(i) = self.token_from(start).checked_sub(1) else {
            return false;
        };
        let before = &self.tokens[i];
        before.kind == TokenKind::Word
            && before.end + 1 == start
            && is_titlecase(self.word(i))
            && self
                .lex
                .is_region_adjective(&format!("{} {found}", self.word(i)))
    }

    /// Whether a capitalized sea head follows `end` one space on ("Ocean"
    /// of "the Indian Ocean").
    pub(super) fn sea_head_after(&self, end: usize) -> bool {
        // Read from the bytes first: a name is rarely followed by a
        // capitalized word.
        let bytes = self.text.as_bytes();
        if bytes.get(end) != Some(&b' ') || !bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
        {
            return false;
        }
        let next = self.token_from(end);
        self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.start == end + 1
                && self.lex.is_sea_head(&self.text[t.start..t.end])
        })
    }

    /// Whether the organization hit `h` is part of a longer capitalized
    /// name: an unknown capitalized word right before it, inside a sentence
    /// ("the Peoples Democratic Party", which is not the "Democratic
    /// Party"), or "of" and another state's name right after it ("the
    /// Democratic Alliance of Hungary" is not South Africa's). A title or
    /// role before it ("Opposition", "President") and the actor's own
    /// state after it ("the Labour Party of Norway") keep the match.
    pub(super) fn inside_longer_org_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let Some(i) = self.token_at(h.start) else {
            return false;
        };
        if i > 0 {
            let prev = self.tokens[i - 1];
            if self.unknown_name_word_before(raw, i) {
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

    /// Whether token `i - 1` is a capitalized word of a longer name that
    /// token `i` continues: spaced right before it, inside a sentence,
    /// no hit or role of its own ending there, no title of address, no
    /// word the lexicon says is no name ("May"), and no hyphenated
    /// compound modifier ("the Democratic Party-controlled House").
    fn unknown_name_word_before(&self, raw: &[AliasMatch], i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let prev = self.tokens[i - 1];
        let w = self.word(i - 1);
        let start = self.tokens[i].start;
        prev.kind == TokenKind::Word
            && prev.end < start
            && self.spaced(prev.end, start)
            && is_titlecase(w)
            && !w.contains('-')
            && !self.sentence_initial(i - 1)
            && !self.lex.is_not_name(w)
            && !self.lex.is_honorific(w)
            && Self::hit_ending_at(raw, prev.end).is_none()
            && !self.role_ends_at(prev.end)
    }

    /// Whether the acronym hit `h` of a body or state closes a longer
    /// capitalized name that is not that actor: "Priorities USA", "Emerge
    /// USA" (political groups), "a Roth IRA" (a savings account). The word
    /// before must pass [`Resolver::unknown_name_word_before`]: a known
    /// name or role before the acronym ("the Arkansas GOP", "Senate GOP")
    /// keeps it, and so does a sentence's first word. The name opens with
    /// that word: a capitalized word before it too is a run of capitals, a
    /// headline run into the body's line ("Help Russia Navigate U.S.
    /// Media"). A role after the acronym makes it the role's owner
    /// ("Democrat U.S. senators").
    pub(super) fn acronym_ends_longer_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        let Some(i) = self.token_at(h.start) else {
            return false;
        };
        let run_of_capitals =
            i >= 2 && self.tokens[i - 2].kind == TokenKind::Word && is_titlecase(self.word(i - 2));
        self.unknown_name_word_before(raw, i)
            && !run_of_capitals
            && !self
                .tokens
                .get(self.token_from(h.end))
                .is_some_and(|t| self.role_starts_at(t.start))
    }

    /// Whether the one-word hit `h` is half of a hyphenated surname: a
    /// capitalized word that no other hit starts comes after its hyphen
    /// ("Murray-Bruce"), or a name particle comes before it inside a
    /// personal name ("Ismail Ould-Cheikh", "Adel Al-Jubeir"). Two names
    /// ("US-China", "Baghdad-Damascus"), an acronym ("Delhi-NCR"), a
    /// lower-case tail ("Tehran-backed") or a combining form ("Sino-Japanese")
    /// keep the hit.
    pub(super) fn half_of_hyphenated_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
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
    pub(super) fn posted_in_before(&self, offset: usize) -> bool {
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
    pub(super) fn allegiance_prefix_before(&self, offset: usize) -> bool {
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
    pub(super) fn name_follows(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
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

    /// Whether a person's name ending at `end` opens the name of a thing
    /// named after them: the capitalized words right after it (up to four,
    /// one space apart) hold an `eponym-head` ("Trump National Golf Club",
    /// "the Clinton Foundation", "Mandela Day"). A weekday or a verb after
    /// the name is no head ("Trump Tuesday said"), and a function word or a
    /// verb of saying ends the words ("Clinton Said Of Wall Street"). In a
    /// title-case line every word is capitalized, so only the word right
    /// after counts ("Clinton Foundation Under Fire"; "Trump Says Club Will
    /// Close" keeps Trump).
    pub(super) fn opens_eponym(&self, end: usize, title_case: bool) -> bool {
        // Most names are followed by punctuation or a lower-case word: the
        // two bytes after the name turn them away.
        let bytes = self.text.as_bytes();
        if bytes.get(end) != Some(&b' ') || !bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
        {
            return false;
        }
        let first = self.token_from(end);
        let mut before = end;
        for k in first..first + 4 {
            let Some(&t) = self.tokens.get(k) else {
                return false;
            };
            if t.kind != TokenKind::Word || t.start != before + 1 || bytes[before] != b' ' {
                return false;
            }
            let w = self.word(k);
            // "Clinton Said Of Wall Street": a function word or a verb of
            // saying capitalized in a title ends the name.
            if !is_titlecase(w) || self.lex.is_not_name(w) || self.lex.is_reporting_verb(w) {
                return false;
            }
            if self.lex.is_eponym_head(w) {
                return true;
            }
            if title_case {
                return false;
            }
            before = t.end;
        }
        false
    }

    /// A surname joined to its `name-particle` by a hyphen ("al-Numan",
    /// "el-Sisi"): after a word, it makes that word a given name ("Sabah
    /// al-Numan" is a spokesman, not Malaysia's state of Sabah).
    pub(super) fn particled_surname(&self, word: &str) -> bool {
        sitrep_text::split_once_byte(word, b'-').is_some_and(|(particle, rest)| {
            self.lex.is_name_particle(particle) && is_titlecase(rest)
        })
    }

    /// Whether the language word at `start..end` names the language: an
    /// `after` cue joined to it by a hyphen ("Persian-language",
    /// "Russian-speaking"; "the Russian language" with a space stays, as
    /// PLOVER codes the state as a party to a language's use), or a `before` cue right before it ("in",
    /// "speaking"; or "and"/"or" after a language so read) with the text
    /// going on by punctuation or a `follower` word ("in Italian and then",
    /// "in Arabic that"; not "in Italian waters").
    pub(super) fn language_named(&self, start: usize, end: usize) -> bool {
        // "Persian-language": the hyphenated compound is one token.
        if let Some(tail) = self.text[end..].strip_prefix('-') {
            let word = tail
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            return self.lex.is_language_cue_after(word);
        }
        let i = self.token_from(end);
        let goes_on = match self.tokens.get(i) {
            None => true,
            Some(t) if t.kind != TokenKind::Word => true,
            Some(_) => {
                self.text.as_bytes().get(end) == Some(&b' ')
                    && self
                        .lower_word_after(end)
                        .is_some_and(|w| self.lex.is_language_follower(w))
            }
        };
        goes_on && self.language_cue_before(start)
    }

    /// Whether a `before` language cue stands one space before `start`, or
    /// "and"/"or" after a language word read as the language.
    fn language_cue_before(&self, start: usize) -> bool {
        let Some(i) = self.token_at(start) else {
            return false;
        };
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.tokens[p];
        if prev.kind != TokenKind::Word || !self.spaced(prev.end, start) {
            return false;
        }
        let word = self.word(p);
        if self.lex.is_language_cue_before(word) {
            return true;
        }
        if !matches!(word, "and" | "or") || p == 0 {
            return false;
        }
        let lang = self.tokens[p - 1];
        lang.kind == TokenKind::Word
            && self.spaced(lang.end, prev.start)
            && self.lex.is_language(self.word(p - 1))
            && self.language_cue_before(lang.start)
    }

    /// Whether a treaty noun follows the match one space after it ("the
    /// Pretoria agreement", "the Minsk accords", "the Oslo Accords").
    pub(super) fn treaty_noun_after(&self, end: usize) -> bool {
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
    pub(super) fn other_person_follows(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
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

    /// Where the first name before a person's surname hit starts, when that
    /// word is the first of the person's KB name: right before the surname
    /// when the KB name is longer than first name and surname (a two-word
    /// name matches in full), or before a middle initial the KB name lacks
    /// ("Viktor F. Yanukovych").
    pub(super) fn own_first_name_before(&self, h: &AliasMatch) -> Option<usize> {
        let actor = self.kb.actor(h.actor);
        if actor.kind != ActorKind::Person {
            return None;
        }
        let mut words = actor.name.split_whitespace();
        let first = words.next()?;
        let more_words = words.count();
        if more_words < 1 {
            return None;
        }
        let this = self.token_at(h.start)?;
        // "Viktor F. Yanukovych" for the KB's "Viktor Yanukovych": a middle
        // initial the KB name lacks between the first name and the surname.
        let initial_start = self.middle_initial_before(this);
        if more_words < 2 && initial_start.is_none() {
            return None;
        }
        let (prev, gap_end) = match initial_start {
            Some((k, start)) => (k.checked_sub(1)?, start),
            None => (this.checked_sub(1)?, h.start),
        };
        let t = self.tokens[prev];
        (t.kind == TokenKind::Word
            && t.end < gap_end
            && self.spaced(t.end, gap_end)
            && self.word(prev) == first)
            .then_some(t.start)
    }

    /// When a middle initial ("F.") stands right before token `this`: its
    /// first token and where it starts.
    fn middle_initial_before(&self, this: usize) -> Option<(usize, usize)> {
        let dot = this.checked_sub(1)?;
        let letter = dot.checked_sub(1)?;
        let (l, d) = (self.tokens[letter], self.tokens[dot]);
        let w = self.word(letter);
        (self.word(dot) == "."
            && l.end == d.start
            && self.spaced(d.end, self.tokens[this].start)
            && d.end < self.tokens[this].start
            && w.len() == 1
            && w.bytes().all(|b| b.is_ascii_uppercase()))
        .then_some((letter, l.start))
    }

    /// Whether a generational suffix follows the person hit `h` ("Donald
    /// Trump Jr.", "Martin Luther King, Jr.") that none of the person's
    /// own names carry.
    pub(super) fn relative_by_suffix(&self, h: &AliasMatch) -> bool {
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
        !self.kb.aliases_of(h.actor).any(|a| {
            a.text
                .split([' ', ',', '.'])
                .any(|w| w.eq_ignore_ascii_case(suffix))
        })
    }

    /// The capitalized given-name word right before the person's one-word
    /// alias `h` ([`Self::other_given_name_start`]) when no alias ends at
    /// it: where it starts and the word.
    fn given_word_before(&self, raw: &[AliasMatch], h: &AliasMatch) -> Option<(usize, &'a str)> {
        let given = self.other_given_name_start(h.start)?;
        let prev = self.token_at(given)?;
        Self::hit_ending_at(raw, self.tokens[prev].end)
            .is_none()
            .then(|| (given, self.word(prev)))
    }

    /// Whether a capitalized word that is no known name, role, title of
    /// address or word of the person's own KB name stands right before the
    /// person's one-word alias `h`: the given name of another bearer.
    pub(super) fn other_given_name_before(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
        // "Jim Comey" is the KB's James Comey: a short form of a word of
        // the person's name is no other given name (name-forms lexicon).
        self.given_word_before(raw, h).is_some_and(|(_, w)| {
            !self
                .kb
                .actor(h.actor)
                .name
                .split_whitespace()
                .any(|n| n == w || self.lex.same_given_name(n, w))
        })
    }

    /// Where another form of a word of the person's KB name (name-forms
    /// lexicon: "Jim" for "James") starts right before the person's
    /// one-word alias `h`, when no alias ends there.
    fn given_name_form_before(&self, raw: &[AliasMatch], h: &AliasMatch) -> Option<usize> {
        let (given, w) = self.given_word_before(raw, h)?;
        self.kb
            .actor(h.actor)
            .name
            .split_whitespace()
            .any(|n| n != w && self.lex.same_given_name(n, w))
            .then_some(given)
    }

    /// Where the particle of the person's name `name` that stands before
    /// the surname at `start..end` starts, when it stands right before it
    /// in the text too, in either case ("De Blasio said", "de Blasio left"
    /// for Bill de Blasio): the mention is the whole surname.
    pub(super) fn name_particle_before(
        &self,
        start: usize,
        end: usize,
        name: &str,
    ) -> Option<usize> {
        let prev = self.token_at(start)?.checked_sub(1)?;
        let t = self.tokens[prev];
        if t.kind != TokenKind::Word || !self.spaced(t.end, start) {
            return None;
        }
        let w = self.word(prev);
        let alias = &self.text[start..end];
        let mut words = name.split_whitespace();
        let mut before = words.next()?;
        for n in words {
            if n == alias {
                return (before.starts_with(|c: char| c.is_lowercase())
                    && w.eq_ignore_ascii_case(before))
                .then_some(t.start);
            }
            before = n;
        }
        None
    }

    /// Whether `word` is a given name the data knows: a `given-name` row,
    /// a name of the given-names lexicon, or the first word of a KB
    /// person's name.
    pub(super) fn known_given_name(&self, word: &str) -> bool {
        self.lex.is_given_name(word)
            || self.lex.given_name_gender(word).is_some()
            || self.kb.is_person_given_name(word)
    }

    /// Where the capitalized word right before a name starting at `start`
    /// starts, when that word is another person's given name: no title of
    /// address, no role, no sentence adverb, and at a sentence's start only
    /// a known given name. The caller checks that it is no name of its own.
    pub(super) fn other_given_name_start(&self, start: usize) -> Option<usize> {
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
            // "Later Putin said": a sentence adverb, not a given name;
            // "Billy Bush", "Sally Yates": a known given name.
            && (!w.ends_with("ly") || self.known_given_name(w))
            // "President-elect Trump": a title with a lower-case tail.
            && !w
                .split_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
            // Every word opening a sentence is capitalized ("Afterwards
            // Erdogan", "Republican Trump"): there it is a given name only
            // when known as one (a name of the given-names lexicon too:
            // "Billy Bush was fired" is no George W. Bush).
            && (!self.sentence_initial(prev) || self.known_given_name(w))
            // "President Biden" is a title; "Hunter Biden" is not: a
            // civilian's role word ("hunter", "farmer") is no title of
            // address, so there it is a given name.
            && !self.title_ends_at(t.end))
        .then_some(t.start)
    }

    /// Whether the surname hit `h` is written joined to a `name-particle`
    /// after a given name that is no word of the KB person's own name:
    /// "Yusuf al-Madani" is not the KB's "Iyad Bin Amin Madani".
    pub(super) fn particled_surname_of_other_bearer(
        &self,
        raw: &[AliasMatch],
        h: &AliasMatch,
    ) -> bool {
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

    /// A one-word country name next to a capitalized word that is not
    /// itself a known name: "Jordan Peterson", "Chad Smith", "Michael Jordan".
    pub(super) fn part_of_personal_name(&self, raw: &[AliasMatch], h: &AliasMatch) -> bool {
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

    // ---- plain aliases, descriptors, surnames ------------------------------

    #[inline(never)]
    pub(super) fn alias_mentions(&mut self) {
        for (i, h) in self.hits.iter().enumerate() {
            if self.consumed[i] {
                continue;
            }
            let mut how = MentionHow::Alias(h.kind);
            let mut target = Target::Kb(h.actor);
            let mut end = h.end;
            if let Some((government, form)) = self.state_named_like_capital(h) {
                // "Washington state sued", "the state of Washington": the
                // US state named like the federal seat is its government
                // acting, else a place of the USA, never the federal
                // government the capital stands for.
                let acting = match form {
                    CapitalStateForm::StateAfter(state_end) => {
                        end = state_end;
                        self.token_at(h.start)
                            .is_some_and(|t| self.subject_opens_clause(t))
                            && self.act_follows(end)
                    }
                    CapitalStateForm::StateOf(the) => self.state_of_acts(the, h),
                };
                if acting {
                    target = Target::Kb(government);
                } else {
                    how = MentionHow::Locative(AliasKind::Place);
                }
            } else if h.kind == AliasKind::Place {
                how = MentionHow::Locative(AliasKind::Place);
                // "Texas sued", "California said", "the state of Texas
                // sued": the place's own government acts, named by the
                // place as a capital names a state's.
                if let Some(g) = self
                    .government_acting_as(h)
                    .or_else(|| self.government_named_state_of(h))
                {
                    how = MentionHow::Alias(AliasKind::Metonym);
                    target = Target::Kb(g);
                }
            } else if let Some(body) = self.legislature_sharing_chamber(i) {
                target = Target::Kb(body);
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
                end,
                target,
                how,
                head: (h.start, h.end),
                modifier: None,
                detailed: role.is_some(),
                role,
            });
        }
    }
}

impl<'a> Resolver<'a> {
    /// The government of the place alias match `h` names, when the place
    /// has one of its own in the KB (a US state: "Government of Texas")
    /// and the name is the subject of a political act or of saying: it
    /// opens its clause (a sentence's or a line's start, a clause opener
    /// such as "," or "and" before it, but no comma after a capitalized
    /// word: "Columbia, South Carolina says") and a government act follows,
    /// past auxiliaries ("Texas sued", "California has said", "The
    /// federal government and California have clashed"). After a
    /// locative word or any other word ("in Texas", "Southern
    /// California"), or before anything else ("Texas's governor", "Texas
    /// officials"), it stays a place of its state.
    ///
    /// A list of such places joined by commas and a last "and" ("Texas,
    /// Oklahoma and Louisiana sued") is one subject: every member is its
    /// own government when the list as a whole opens its clause and the
    /// act follows its last member; inside a locative phrase ("in Texas
    /// and California said") none is.
    pub(super) fn government_acting_as(&self, h: &AliasMatch) -> Option<usize> {
        let government = self.place_government(h)?;
        let first_start = self.first_of_state_list(h);
        let first_hit = &self.hits[Self::hit_starting_at(&self.hits, first_start)?];
        let last = self.last_of_state_list(first_hit)?;
        // The verb first: most places are followed by no act at all.
        if !self.act_follows(last) {
            return None;
        }
        let first = self.token_at(first_start)?;
        self.subject_opens_clause(first).then_some(government)
    }

    /// Whether a government act follows `end`, past at most two
    /// auxiliaries ("sued", "has also challenged").
    fn act_follows(&self, end: usize) -> bool {
        let mut k = self.token_from(end);
        let mut auxiliaries = 0;
        while let Some(t) = self.tokens.get(k) {
            if k == 0 || t.kind != TokenKind::Word || !self.spaced(self.tokens[k - 1].end, t.start)
            {
                return false;
            }
            let word = self.word(k);
            if self.lex.is_government_act(word) {
                return true;
            }
            if auxiliaries == 2 || !self.lex.is_act_auxiliary(word) {
                return false;
            }
            auxiliaries += 1;
            k += 1;
        }
        false
    }

    /// Whether a subject whose first token is `first` opens its clause: a
    /// sentence's or a line's start, or a clause opener before it, but no
    /// comma after a capitalized word ("Columbia, South Carolina says": a
    /// comma after a name ends a city's name and the state places it).
    fn subject_opens_clause(&self, first: usize) -> bool {
        if first == 0 || self.sentence_initial(first) {
            return true;
        }
        let before = self.tokens[first - 1];
        let opener = self.lex.is_clause_opener(self.word(first - 1))
            || self.text[before.end..self.tokens[first].start].contains('\n');
        let after_name = self.word(first - 1) == ","
            && first > 1
            && self.tokens[first - 2].kind == TokenKind::Word
            && is_titlecase(self.word(first - 2));
        opener && !after_name
    }

    /// The government of the place alias match `h` names after "the state
    /// of": as the subject of an act ("The state of Texas sued …"), or
    /// after "against" or an act ("a suit against the state of Texas",
    /// "sued the state of Texas"). Anywhere else ("in the state of Texas",
    /// "a senator from the state of Vermont", "the people of the state of
    /// Ohio") it is a place.
    pub(super) fn government_named_state_of(&self, h: &AliasMatch) -> Option<usize> {
        let government = self
            .place_government(h)
            .or_else(|| self.capital_state_government(h))?;
        let the = self.state_of_before(h)?;
        self.state_of_acts(the, h).then_some(government)
    }

    /// The token of "the" when "the state of" directly precedes the alias
    /// match `h` ("the state of Texas"), its words one space apart.
    fn state_of_before(&self, h: &AliasMatch) -> Option<usize> {
        let name = self.token_at(h.start)?;
        let the = name.checked_sub(3)?;
        let joined = [the, the + 1, the + 2]
            .iter()
            .all(|&k| self.spaced(self.tokens[k].end, self.tokens[k + 1].start));
        (joined
            && self.word(the).eq_ignore_ascii_case("the")
            && self.word(the + 1).eq_ignore_ascii_case("state")
            && self.word(the + 2) == "of")
            .then_some(the)
    }

    /// Whether "the state of <name>" opening at token `the` (the name is
    /// `h`) is the state's government: the subject of an act, or after
    /// "against" or an act.
    fn state_of_acts(&self, the: usize, h: &AliasMatch) -> bool {
        let subject = self.subject_opens_clause(the) && self.act_follows(h.end);
        subject
            || the > 0 && {
                let before = self.word(the - 1);
                self.spaced(self.tokens[the - 1].end, self.tokens[the].start)
                    && (before.eq_ignore_ascii_case("against")
                        || self.lex.is_government_act(before))
            }
    }

    /// The government of a state's part named like the state's seat of
    /// power, when the KB has one for the metonym match `h` ("Government
    /// of Washington" for the USA's "Washington").
    fn capital_state_government(&self, h: &AliasMatch) -> Option<usize> {
        if h.kind != AliasKind::Metonym || !self.is_state(h.actor) {
            return None;
        }
        let state = &self.kb.actor(h.actor).id;
        self.kb
            .government_of_place(&self.text[h.start..h.end], state)
    }

    /// When the metonym match `h` names a part of its state named like the
    /// seat of power ("Washington"): that part's government and how the
    /// text names the part. Only "<name> state" and "the state of <name>"
    /// name it; the bare name stays the seat ("Washington imposed
    /// sanctions").
    fn state_named_like_capital(&self, h: &AliasMatch) -> Option<(usize, CapitalStateForm)> {
        let government = self.capital_state_government(h)?;
        let next = self.token_from(h.end);
        let state_after = self.tokens.get(next).is_some_and(|t| {
            t.kind == TokenKind::Word && t.start == h.end + 1 && self.word(next) == "state"
        }) && self.spaced(h.end, self.tokens[next].start);
        if state_after {
            return Some((
                government,
                CapitalStateForm::StateAfter(self.tokens[next].end),
            ));
        }
        let the = self.state_of_before(h)?;
        Some((government, CapitalStateForm::StateOf(the)))
    }

    /// The place an alias match names and its state's id, for a `place:`
    /// match ("Texas", the USA).
    fn place_and_state(&self, h: &AliasMatch) -> Option<(&'a str, &'a str)> {
        (h.kind == AliasKind::Place)
            .then(|| (&self.text[h.start..h.end], &*self.kb.actor(h.actor).id))
    }

    /// The government of the place alias match `h` names, when the KB has
    /// one for it ("Government of Texas" for the USA's place "Texas").
    pub(super) fn place_government(&self, h: &AliasMatch) -> Option<usize> {
        let (place, state) = self.place_and_state(h)?;
        self.kb.government_of_place(place, state)
    }

    /// The legislature of the place alias match `h` names, when the KB has
    /// one for it ("Ohio General Assembly" for the USA's place "Ohio").
    pub(super) fn place_legislature(&self, h: &AliasMatch) -> Option<usize> {
        let (place, state) = self.place_and_state(h)?;
        self.kb.legislature_of_place(place, state)
    }

    /// "the North Carolina Senate and House of Representatives": a chamber
    /// named right after another legislature's and "and", whose name that
    /// legislature also has with words before it ("North Carolina House of
    /// Representatives"), is that legislature's, the state's name left out
    /// once; not the US House the bare name is.
    fn legislature_sharing_chamber(&self, i: usize) -> Option<usize> {
        let (before, h) = (self.hits.get(i.checked_sub(1)?)?, &self.hits[i]);
        let is_legislature = |a: usize| {
            let actor = self.kb.actor(a);
            actor.kind == ActorKind::Organization && actor.sector.as_deref() == Some("LEG")
        };
        if self.text.get(before.end..h.start) != Some(" and ")
            || before.actor == h.actor
            || !is_legislature(h.actor)
            || !is_legislature(before.actor)
        {
            return None;
        }
        self.kb
            .legislature_has_chamber(before.actor, &self.text[h.start..h.end])
            .then_some(before.actor)
    }

    /// The kept hit right after a list link ("," ", and" "and") that
    /// follows `end`, when it is a place with a government of its own, and
    /// whether the link holds "and".
    fn next_state_in_list(&self, end: usize) -> Option<(&AliasMatch, bool)> {
        let rest = &self.text[end..];
        let (link, and) = [(", and ", true), (" and ", true), (", ", false)]
            .into_iter()
            .find(|(link, _)| rest.starts_with(link))?;
        let i = Self::hit_starting_at(&self.hits, end + link.len())?;
        let next = &self.hits[i];
        self.place_government(next).map(|_| (next, and))
    }

    /// Where the list of places with governments that `first` opens
    /// ends: `first`'s own end when no such place follows it; `None` when
    /// the list stops after a comma ("Texas, Oklahoma sued" joins no two
    /// states, so it is read as no list).
    fn last_of_state_list(&self, first: &AliasMatch) -> Option<usize> {
        let mut end = first.end;
        let mut awaiting_and = false;
        while let Some((next, and)) = self.next_state_in_list(end) {
            end = next.end;
            awaiting_and = !and;
            if and {
                break;
            }
        }
        (!awaiting_and).then_some(end)
    }

    /// Where the list of places with governments that `h` closes or goes
    /// on starts: back over a list link to a kept place hit with a
    /// government, then over commas only (the "and" comes last).
    fn first_of_state_list(&self, h: &AliasMatch) -> usize {
        let mut start = h.start;
        let mut links: &[&str] = &[", and ", " and ", ", "];
        loop {
            let before = &self.text[..start];
            let Some(link) = links.iter().find(|link| before.ends_with(**link)) else {
                return start;
            };
            let Some(i) = Self::hit_ending_at(&self.hits, start - link.len()) else {
                return start;
            };
            if self.place_government(&self.hits[i]).is_none() {
                return start;
            }
            start = self.hits[i].start;
            links = &[", "];
        }
    }
}

/// How the text names a state's part named like the state's seat of power
/// ([`Resolver::state_named_like_capital`]).
enum CapitalStateForm {
    /// "Washington state": the mention ends where the word "state" does.
    StateAfter(usize),
    /// "the state of Washington": the token of its "the".
    StateOf(usize),
}

/// Drops the last kept hits that end after `start`, where a person's whole
/// name now starts: the name's start was moved back over a word before the
/// matched alias (a first name, a middle initial, a particle), and a kept
/// hit that ends inside that word read it as part of another name
/// ("President Petro" of "President Petro O. Poroshenko", Gustavo Petro's
/// title and surname). The whole name outranks it; kept hits must not
/// overlap, since later passes slice the text between them.
fn drop_kept_inside(kept: &mut Vec<(AliasMatch, bool)>, start: usize) {
    while kept.last().is_some_and(|(k, _)| k.end > start) {
        kept.pop();
    }
}
