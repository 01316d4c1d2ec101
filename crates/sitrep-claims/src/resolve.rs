//! Speaker resolution: the actor of a speaker phrase (mentions, holders of
//! "of" and "to" phrases, qualifiers), pronouns and role nouns resolved to
//! an earlier actor, and the subject a participle or coordinated verb
//! shares with the clause before it.

use super::*;

/// Whether a bare role noun speaker ("diplomats", "officials") was given an
/// actor named only inside the claim's own content ("Britain could push for
/// a resolution against Tehran, diplomats said" is no Iranian speaker): the
/// actor has a mention in the content and none before it.
pub(crate) fn role_state_from_own_content(ctx: &Ctx, d: &Draft) -> bool {
    let (Some(id), Some(span)) = (d.speaker.actor.as_deref(), d.speaker.span.as_ref()) else {
        return false;
    };
    let phrase = &ctx.text[span.start..span.end];
    if ctx.words.exact(phrase) & words::ROLE_SPEAKER == 0 || d.content.0 > span.start {
        return false;
    }
    let is_it = |m: &Mention| ctx.actors.actors[m.actor].id == id;
    let inside = ctx
        .mentions
        .iter()
        .any(|m| m.start >= d.content.0 && m.end <= d.content.1 && is_it(m));
    let before = ctx
        .mentions
        .iter()
        .take_while(|m| m.start < d.content.0)
        .any(is_it);
    inside && !before
}

impl Ctx<'_> {
    /// The index of the sentence holding offset `p`: the first sentence
    /// ending after it (the number of sentences when none does).
    pub(crate) fn sentence_of(&self, p: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= p)
    }

    pub(crate) fn speaker_from_mention(&self, mi: usize) -> Speaker {
        let m = &self.mentions[mi];
        let mut start = self.title_before(m.start);
        // Include a leading modifier ("Senior Iranian officials", "the New York Post").
        let before = &self.text[..start];
        if let Some(stripped) = before.strip_suffix(' ') {
            // Step past the separator by its own UTF-8 width: it may be an
            // em dash ("DAMASCUS — Hamas said").
            let word_start = stripped
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
                .map(|(p, c)| p + c.len_utf8())
                .unwrap_or(0);
            if self.words.exact(&stripped[word_start..]) & words::MODIFIER != 0 {
                start = word_start;
            }
        }
        let actor = &self.actors.actors[m.actor];
        Speaker {
            actor: Some(actor.id.clone()),
            text: Some(self.text[start..m.end].to_string()),
            span: Some(Span::of(self.text, start, m.end)),
        }
    }

    /// Where a name starting at `start` begins with an abbreviated title
    /// right before it ("Mr. Biden", "(Mrs. Clinton", "Sen. Graham"): the
    /// title belongs to the speaker's name. Not after a capitalised word,
    /// where the abbreviation ends another name ("Acme Inc. Smith").
    pub(crate) fn title_before(&self, start: usize) -> usize {
        let Some(before) = self.text[..start].strip_suffix(". ") else {
            return start;
        };
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let title = &before[word_start..];
        let previous_capitalised = before[..word_start]
            .trim_end()
            .split_space()
            .next_back()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        if title.starts_with(|c: char| c.is_uppercase())
            && self.words.exact(title) & words::ABBREVIATION != 0
            && !previous_capitalised
        {
            word_start
        } else {
            start
        }
    }

    /// Index range of mentions starting within `lo..=hi`.
    pub(crate) fn mention_range(&self, lo: usize, hi: usize) -> (usize, usize) {
        let a = self.mentions.partition_point(|m| m.start < lo);
        // The mentions are sorted by start, and a phrase holds few of them:
        // counting those after `a` that start by `hi` gives the second
        // partition point (never below `a`) without a second search.
        let b = a + self.mentions[a..]
            .iter()
            .take_while(|m| m.start <= hi)
            .count();
        (a, b)
    }

    /// Nearest mention ending within `lo..=hi`, preferring the latest.
    pub(crate) fn mention_ending_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, hi);
        self.mentions[a..b]
            .iter()
            .rposition(|m| m.end <= hi && m.end >= lo)
            .map(|i| a + i)
    }

    /// A mention starting within `lo..end` and ending exactly at `end`: the
    /// actor that ends a phrase ("citing the Wall Street Journal").
    /// `mention_ending_in(end, end)` cannot find it, as it only sees
    /// mentions that start inside its range.
    pub(crate) fn mention_ending_at(&self, lo: usize, end: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, end);
        self.mentions[a..b]
            .iter()
            .rposition(|m| m.end == end)
            .map(|i| a + i)
    }

    /// Whether `start..end` is exactly a mention of a state or a place, or
    /// a place name of a state ("New Hampshire" is a place alias of the
    /// United States; "France", "Iowa").
    pub(crate) fn names_place(&self, start: usize, end: usize) -> bool {
        self.mention_starting_in(start, end).is_some_and(|mi| {
            let m = &self.mentions[mi];
            let actor = &self.actors.actors[m.actor];
            m.start == start
                && m.end == end
                && (matches!(actor.kind, ActorKind::Country | ActorKind::Place)
                    || matches!(
                        m.how,
                        sitrep_actors::MentionHow::Alias(sitrep_kb::AliasKind::Place)
                            | sitrep_actors::MentionHow::Locative(_)
                    ))
        })
    }

    pub(crate) fn mention_starting_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let (a, b) = self.mention_range(lo, hi);
        (a < b).then_some(a)
    }

    /// Resolves a pronoun or role noun at `start..end` to the nearest fitting preceding actor.
    pub(crate) fn resolve_anaphor(&self, start: usize, end: usize) -> Speaker {
        let word = self.text[start..end].to_ascii_lowercase();
        // A possessive pronoun ("His claim that …") names back as its
        // subject pronoun does.
        let word = match word.as_str() {
            "his" => "he".to_string(),
            "her" => "she".to_string(),
            "its" => "it".to_string(),
            "their" => "they".to_string(),
            "my" => "i".to_string(),
            "our" => "we".to_string(),
            _ => word,
        };
        let want_person = word == "he" || word == "she" || word == "who";
        // A body's pronoun ("it", "they") names back at most to the sentence
        // before its own: further back the text has moved on to bodies the
        // knowledge base lacks ("Donald Trump's campaign is defending … It's
        // denouncing" is no state named paragraphs before). A role noun
        // ("officials say") may belong to the state of a place named before.
        let body_pronoun = matches!(word.as_str(), "it" | "they" | "we" | "which");
        let own_sentence = self.sentence_of(start);
        // Inside its sentence it names a body of that sentence ("Five months
        // into the war on Gaza, Western governments can no longer claim they
        // …" is no state of the sentence before); only one opening its
        // sentence (past one linking word: "But it said", "Still, it"), or
        // closing it after a quote or clause ("…,” it added."), names back
        // to the sentence before.
        // The words are counted only as far as the limits ask (`nth`).
        let looks_back = self.sentences.get(own_sentence).is_some_and(|s| {
            let before = self.text[s.start..start].trim();
            let at_most_three_after = || {
                self.text[end..s.end.max(end)]
                    .split_space()
                    .nth(3)
                    .is_none()
            };
            before.split_space().nth(1).is_none()
                || (before.ends_with([',', '”', '"']) && at_most_three_after())
        });
        // A body's pronoun names nothing before the first sentence it may
        // name back to (see the test below), so the walk back, nearest
        // mention first, stops at the first mention before that sentence.
        let first_sentence = own_sentence.saturating_sub(usize::from(looks_back));
        let walk_from = match first_sentence {
            k if body_pronoun && k > 0 => self.sentences[k - 1].end,
            _ => 0,
        };
        let actor = self.mentions[..self.mentions.partition_point(|m| m.start < start)]
            .iter()
            .rev()
            .filter(|m| m.end <= start)
            .take_while(|m| m.start >= walk_from)
            // Bounded look-back keeps long documents linear.
            .take(200)
            .find(|m| {
                let a = &self.actors.actors[m.actor];
                if want_person {
                    a.kind == ActorKind::Person
                        && self.actors.agrees_with_pronoun(m.actor, &word)
                        && (word == "who" || !self.inside_quote(m.start))
                } else if word.contains("spokes") {
                    // "The spokesman" named back speaks for a body: a
                    // person whose role is a spokesperson's, or a body
                    // (a state's office, force or party, an organization,
                    // an armed group; not its people or media);
                    // never another person, a head of state above all
                    // (events46, session 38).
                    match a.kind {
                        ActorKind::Person => {
                            a.role.as_deref().is_some_and(|r| r.contains("spokes"))
                        }
                        ActorKind::Country => matches!(
                            a.sector.as_deref(),
                            Some("GOV" | "MIL" | "LEG" | "JUD" | "COP" | "SPY" | "OPP" | "REB")
                        ),
                        ActorKind::Organization | ActorKind::Igo | ActorKind::ArmedGroup => true,
                        _ => false,
                    }
                } else if word.contains("minist") || word.contains("president") {
                    a.kind == ActorKind::Person || a.sector.as_deref() == Some("GOV")
                } else {
                    a.kind != ActorKind::Person
                        && (!body_pronoun
                            || (self.actors.can_stand_for_body(m)
                                && (self.sentence_of(m.start) == own_sentence
                                    || (looks_back
                                        && self.sentence_of(m.start) + 1 == own_sentence))))
                }
            });
        // "Ivanova and Gaberova, who denied the charges, told the jury": a
        // relative pronoun stands for the phrase right before it, in its own
        // sentence. A person named further back, or before other names the
        // knowledge base lacks, is no antecedent; appositions between stay
        // ("Lee, a senior aide, who …").
        let actor = actor.filter(|m| {
            word != "who" || {
                let gap = &self.text[m.end..start];
                let same_sentence = self.sentence_of(m.end) == self.sentence_of(start);
                same_sentence
                    && !gap.split_space().any(|w| {
                        w.starts_with(|c: char| c.is_uppercase()) || is_coordinator(self.words, w)
                    })
            }
        });
        // "Aliyev thanked Trump for his mediation. He said …": a personal
        // pronoun whose sentence names no one before it refers back to the
        // subject of the last sentence naming a person, its first person
        // mention, rather than to the nearest one (an object).
        let actor = match actor {
            Some(m) if word == "he" || word == "she" => {
                let m = self.subject_person_before(m, start, &word);
                // "… Roth said. Michael Sims, chief executive of Ceres
                // Robotics, said … "…," he said": a speaker the knowledge
                // base lacks came in between, and "he" is that speaker.
                // A full name the knowledge base lacks anywhere between
                // ("… Roth said. Stanley B. Greenberg, a former pollster,
                // was there. He said"), of the pronoun's gender, is whom
                // "he" or "she" may stand for as well.
                // The full-name test first: it is far cheaper than reading
                // the sentences between for a speaker.
                (!self.actors.unknown_person_between(m.end, start, &word)
                    && !self.unknown_speaker_between(m.end, start))
                .then_some(m)
            }
            other => other,
        };
        Speaker {
            actor: actor.map(|m| self.actors.actors[m.actor].id.clone()),
            text: Some(self.text[start..end].to_string()),
            span: Some(Span::of(self.text, start, end)),
        }
    }

    /// Whether byte `at` stands inside a quotation of its paragraph (an odd
    /// number of double quote marks before it since the paragraph's start,
    /// as `quote_spans` pairs them): '"President Trump is trying to break
    /// us," he says' — a person named inside the quote is whom the speaker
    /// speaks of, no antecedent of the "he" that speaks it.
    pub(crate) fn inside_quote(&self, at: usize) -> bool {
        let before = &self.text.as_bytes()[..at];
        let para = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
        memchr::memchr_iter(b'"', &before[para..]).count() % 2 == 1
    }

    /// Whether a speaker no actor mention covers speaks between `from` and
    /// `to`: a capitalized name right before a `reporting_verb` ("Serrano
    /// said"), or two capitalized words set off by commas before one, at a
    /// sentence's start or after a comma ("Michael Sims, chief executive of
    /// Ceres Robotics, said"; "A spokesman, Orlando Mudumane, told").
    pub(crate) fn unknown_speaker_between(&self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        let first = self.sentence_of(from);
        let within = self.sentences[first..].iter().take_while(|s| s.start < to);
        for (i, sentence) in (first..).zip(within) {
            let (lo, hi) = (sentence.start.max(from), sentence.end.min(to));
            if lo >= hi || !self.text.is_char_boundary(lo) || !self.text.is_char_boundary(hi) {
                continue;
            }
            // The answer for a sentence read to its end is remembered by
            // where the reading starts: the pronouns after one antecedent
            // read the same sentences from the same mention on.
            let to_end = hi == sentence.end;
            let found = match self.unknown_speaker_in.get(i).filter(|_| to_end) {
                Some(memo) => match memo.get() {
                    Some((start, found)) if start == lo => found,
                    _ => {
                        let found = self.unknown_speaker_in_part(lo, hi);
                        memo.set(Some((lo, found)));
                        found
                    }
                },
                None => self.unknown_speaker_in_part(lo, hi),
            };
            if found {
                return true;
            }
        }
        false
    }

    /// [`Ctx::unknown_speaker_between`] for the words of `lo..hi`, a part
    /// of one sentence.
    fn unknown_speaker_in_part(&self, lo: usize, hi: usize) -> bool {
        let covered = |p: usize| {
            let i = self.mentions.partition_point(|m| m.start <= p);
            self.mentions[..i].iter().rev().take(4).any(|m| m.end > p)
        };
        let not_a_name = words::PRONOUN
            | words::RELATIVE
            | words::DETERMINER
            | words::TIME_WORD
            | words::PEOPLE_NOUN
            | words::NP_STOP;
        fn bare(w: &str) -> &str {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        }
        // (start offset, raw word)
        // "Stanley B. Greenberg": an initial is a word of the name too.
        let is_initial = |w: &str| {
            let b = w.as_bytes();
            b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
        };
        let is_name = |(at, raw): (usize, &str)| {
            let w = bare(raw);
            w.starts_with(|c: char| c.is_uppercase())
                && (w.chars().any(char::is_lowercase) || is_initial(w))
                && self.words.of(w) & not_a_name == 0
                && !covered(at + raw.find(w).unwrap_or(0))
        };
        // The words one at a time, the two before each kept: only a
        // reporting verb after a comma reads further back, and few do.
        let (mut two_back, mut one_back) = (None, None);
        for (a, b) in WordsForward::new(self.text, lo, hi) {
            let word = (a, &self.text[a..b]);
            let (before_prev, prev) = (two_back, one_back);
            (two_back, one_back) = (one_back, Some(word));
            let Some(prev) = prev else {
                continue;
            };
            if !self.is_reporting_verb(word.1) {
                continue;
            }
            // "…,'' said Stanley B. Greenberg, a former pollster": a name
            // of two or more words right after the verb, up to its comma
            // or the sentence's end, speaks too. After an audience verb the
            // name is who heard it ("told Megyn Kelly").
            let audience = self.words.exact(bare(word.1)) & words::AUDIENCE_VERB != 0;
            let mut name_words = 0;
            let after_verb = if audience { hi } else { a + word.1.len() };
            for (x, y) in WordsForward::new(self.text, after_verb, hi).take(4) {
                let raw = &self.text[x..y];
                if !is_name((x, raw)) {
                    break;
                }
                name_words += 1;
                if raw.ends_with([',', '.']) && !is_initial(bare(raw)) {
                    break;
                }
            }
            if name_words >= 2 {
                return true;
            }
            if !prev.1.ends_with(',') {
                let after_determiner = before_prev.is_some_and(|(_, w): (usize, &str)| {
                    self.words.of(bare(w)) & words::DETERMINER != 0
                });
                if is_name(prev) && !after_determiner {
                    return true;
                }
                continue;
            }
            // The words before the verb: `words_in` splits `lo..a` as
            // it splits `lo..hi` up to the verb, which starts a word.
            let ws: Vec<(usize, &str)> = words_in(self.text, lo, a)
                .into_iter()
                .map(|(x, y)| (x, &self.text[x..y]))
                .collect();
            let apposed = (0..ws.len() - 1).any(|k| {
                is_name(ws[k])
                    && is_name(ws[k + 1])
                    && ws[k + 1].1.ends_with(',')
                    && !ws[k].1.ends_with(',')
                    && (k == 0 || ws[k - 1].1.ends_with(','))
            });
            if apposed {
                return true;
            }
        }
        false
    }

    /// Whether the raw word `raw`, its edge punctuation trimmed, is a
    /// `reporting_verb` written in lower case. A word that opens and closes
    /// with an ASCII letter or digit (most words) is its own core, without
    /// the trim's character walk.
    fn is_reporting_verb(&self, raw: &str) -> bool {
        let b = raw.as_bytes();
        let plain = b.first().is_some_and(u8::is_ascii_alphanumeric)
            && b.last().is_some_and(u8::is_ascii_alphanumeric);
        let verb = if plain {
            raw
        } else {
            raw.trim_matches(|c: char| !c.is_alphanumeric())
        };
        // The shape test first: it turns away nearly every word.
        self.words.may_be_reporting_verb(verb)
            && verb.starts_with(|c: char| c.is_lowercase())
            && self.words.exact(verb) & words::REPORTING_VERB != 0
    }

    /// For a pronoun at `at` whose nearest preceding person mention is
    /// `nearest`: `nearest` when it is in the pronoun's sentence, else the
    /// first person mention of `nearest`'s sentence.
    pub(crate) fn subject_person_before<'m>(
        &'m self,
        nearest: &'m Mention,
        at: usize,
        pronoun: &str,
    ) -> &'m Mention {
        // "Though he did not name Rubio, he made it clear … an alternative
        // to Trump. He asked them …": a sentence whose subject is the same
        // pronoun names its person further back, so the search goes on to
        // the sentence before it (a few sentences at most).
        const CHAINED_SENTENCES: usize = 3;
        let mut found = self.subject_person_in_sentence(nearest, at, pronoun);
        for _ in 0..CHAINED_SENTENCES {
            let Some(sentence_start) = found.1 else {
                break;
            };
            let earlier = self.mentions
                [..self.mentions.partition_point(|m| m.start < sentence_start)]
                .iter()
                .rev()
                .find(|m| {
                    self.actors.actors[m.actor].kind == ActorKind::Person
                        && self.actors.agrees_with_pronoun(m.actor, pronoun)
                });
            let Some(earlier) = earlier else {
                break;
            };
            found = self.subject_person_in_sentence(earlier, sentence_start, pronoun);
        }
        found.0
    }

    /// [`Self::subject_person_before`] for one sentence: the person, and
    /// where `nearest`'s sentence starts when its subject is `pronoun`
    /// itself (then the person is named further back).
    fn subject_person_in_sentence<'m>(
        &'m self,
        nearest: &'m Mention,
        at: usize,
        pronoun: &str,
    ) -> (&'m Mention, Option<usize>) {
        let sentence_of = |pos: usize| {
            let i = self.sentences.partition_point(|s| s.start <= pos);
            i.checked_sub(1).map(|i| self.sentences[i])
        };
        let (Some(own), Some(other)) = (sentence_of(at), sentence_of(nearest.start)) else {
            return (nearest, None);
        };
        if own.start == other.start {
            return (nearest, None);
        }
        // "After a host compared Michelle Obama's looks to …, the anchor
        // Ilia Calderón reacted. … she tweeted": a clause the sentence opens
        // with a subordinator holds no subject of the sentence; its subject
        // comes after the clause's comma.
        let sentence = &self.text[other.start..nearest.start];
        let opener = sentence
            .split_space()
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let from = match sentence.find(',') {
            Some(comma) if self.words.exact(&opener) & words::SUBORDINATOR != 0 => {
                other.start + opening_clause_end(self.words, sentence, comma) + 1
            }
            _ => other.start,
        };
        let (a, b) = self.mention_range(from, nearest.start);
        let person = self.mentions[a..b]
            .iter()
            .find(|m| {
                self.actors.actors[m.actor].kind == ActorKind::Person
                    && self.actors.agrees_with_pronoun(m.actor, pronoun)
            })
            .unwrap_or(nearest);
        // The subject is the pronoun itself when the clause starts with it
        // and no person is named before the person found.
        let subject_word = self.text[from..person.start]
            .trim_start()
            .split_space()
            .next()
            .unwrap_or_default();
        let same_pronoun = subject_word.eq_ignore_ascii_case(pronoun);
        (person, same_pronoun.then_some(other.start))
    }

    /// Where a reduced relative clause of patronage or ownership opens
    /// inside the speaker phrase `start..end`: a `qualifier` participle
    /// ("backed", "owned", "aligned", "loyal") after the head and before
    /// "by", "to" or "with" ("militias backed by Iran", "groups loyal to
    /// Tehran"). The end of the word before it is returned, so the head
    /// alone can be resolved. The participle must follow a word of the
    /// phrase: a phrase that opens with it names no head.
    fn patron_clause_start(&self, start: usize, end: usize) -> Option<usize> {
        let phrase = &self.text[start..end];
        // Most speaker phrases hold none of the three prepositions: skip
        // the word walk for them.
        if !(phrase.contains(" by ") || phrase.contains(" to ") || phrase.contains(" with ")) {
            return None;
        }
        let spans = words_in(self.text, start, end);
        spans.windows(3).find_map(|w| {
            let [(_, before_end), (ps, pe), (ns, ne)] = [w[0], w[1], w[2]];
            let participle = &self.text[ps..pe];
            let next = &self.text[ns..ne];
            (participle.starts_with(|c: char| c.is_ascii_lowercase())
                && self.words.exact(participle) & words::QUALIFIER != 0
                && matches!(next, "by" | "to" | "with")
                && !self.text[..before_end].ends_with([',', ';', ':']))
            .then_some(before_end)
        })
    }

    /// The first name of a coordination of names that ends in mention `m`
    /// ("Egypt and Jordan", "Both the Kremlin and Kyiv", "Egypt, Jordan and
    /// Qatar"), or `m` itself when no name is joined to it. A claim has one
    /// speaker actor (the contract) while its text keeps the whole
    /// coordination; the first conjunct is the one the sentence puts first,
    /// as the events' source lists do, and the choice is the same however
    /// long the list is. `inside` are the phrase's mentions in text order.
    fn first_conjunct<'m>(&self, inside: &'m [Mention], m: &'m Mention) -> &'m Mention {
        // The gap between two conjuncts: "and" or "&" (perhaps after a
        // comma, with a determiner after it), or a bare comma between
        // earlier items of a list that an "and" closes; a comma alone
        // before the last name is an apposition ("… Union, Rufus Firefly").
        let joins = |gap: &str, list: bool| {
            let mut and = false;
            for w in gap.split_whitespace() {
                match w.trim_end_matches(',') {
                    "" => {}
                    "and" | "&" => and = true,
                    w if self.words.exact(w) & words::DETERMINER != 0 && is_lower_word(w) => {}
                    _ => return false,
                }
            }
            and || (list && gap.trim() == ",")
        };
        let mut first = m;
        let mut list = false;
        for e in inside.iter().rev() {
            if e.end > first.start {
                continue;
            }
            if !self.is_qualifier(e) && joins(&self.text[e.end..first.start], list) {
                first = e;
                list = true;
            } else {
                break;
            }
        }
        first
    }

    /// Whether mention `m` is the name part of a hyphenated word that only
    /// qualifies the noun after it ("Iran-backed", "Russian-made").
    pub(crate) fn is_qualifier(&self, m: &Mention) -> bool {
        let Some(rest) = self.text.get(m.end..).and_then(|r| r.strip_prefix('-')) else {
            return false;
        };
        let word_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        self.words.exact(&rest[..word_end].to_lowercase()) & words::QUALIFIER != 0
    }

    /// The subject of the clause opening the sentence at `ss`, as a speaker
    /// naming someone, when it ends before `end`.
    pub(crate) fn clause_subject(&self, ss: usize, end: usize) -> Option<Speaker> {
        let (start, fronted) = self.fronted_subject_start(ss);
        np_after(self.words, self.text, start.min(end), end)
            .map(|(s0, e0)| (s0, subject_before_verb(self.words, self.text, s0, e0)))
            .or_else(|| self.subject_of_long_clause(start.min(end), end))
            .map(|(s0, e0)| (s0, name_before_predicate(self.words, self.text, s0, e0)))
            .filter(|&(s0, e0)| !fronted || self.phrase_names_someone(s0, e0, ss))
            .map(|(s0, e0)| (s0, self.coordinated_subject_end(s0, e0, end)))
            .map(|(s0, e0)| self.speaker_from_np(s0, e0))
            .filter(|sp| sp.text.is_some())
    }

    /// Where a clause's subject ends when its first part, `s0..e0`, is
    /// the first of coordinated parts before the clause's verb: "Bernie
    /// Sanders and Ted Cruz both campaigned …, hoping", "She and her aides
    /// have vowed …", "Carson, Fiorina and Huckabee have all characterized
    /// … and say" (the whole coordination is the subject; the walk stops at
    /// the conjunction). The last part follows a joining coordinator ("and",
    /// "or": [`after_joining_coordinator`]) and is a noun phrase
    /// that a verb ends (past a floating "both"); earlier parts after
    /// commas are names of one to three capitalized words, as is the first
    /// then. `e0` when no verb follows the last part: "Smith and the mayor
    /// of the town, who …" is no subject of its own, and "Smith met Jones
    /// and said" has its verb before the conjunction.
    fn coordinated_subject_end(&self, s0: usize, e0: usize, end: usize) -> usize {
        let (text, wd) = (self.text, self.words);
        let name = |a: usize, b: usize| {
            let words = words_in(text, a, b);
            (1..=3).contains(&words.len())
                && words.iter().all(|&(x, y)| {
                    let w = &text[x..y];
                    w.starts_with(char::is_uppercase) && wd.of(w) & words::NP_STOP == 0
                })
        };
        let mut e = e0;
        loop {
            let rest = &text[e..end];
            // A serial comma before the coordinator closes a list of names only.
            let last = match after_joining_coordinator(wd, rest, " ") {
                Some(last) => Some(last),
                None if e > e0 => after_joining_coordinator(wd, rest, ", "),
                None => None,
            };
            if let Some(last) = last {
                return self.last_conjunct_end(end - last.len(), end).unwrap_or(e0);
            }
            let Some(item) = rest.strip_prefix(", ") else {
                return e0;
            };
            let a = end - item.len();
            let Some((_, b)) = np_after(wd, text, a, end) else {
                return e0;
            };
            if !name(s0, e0) || !name(a, b) {
                return e0;
            }
            e = b;
        }
    }

    /// The end of the last part of a coordinated subject that starts at
    /// `a` (after "and"): the noun phrase there, cut before its verb, when
    /// a verb follows it (a floating "both" between them stays outside).
    fn last_conjunct_end(&self, a: usize, end: usize) -> Option<usize> {
        let (text, wd) = (self.text, self.words);
        let (s1, e1) = np_after(wd, text, a, end)?;
        let e1 = subject_before_verb(wd, text, s1, e1);
        let e1 = name_before_predicate(wd, text, s1, e1);
        let words = words_in(text, s1, e1);
        // "Ted Cruz both campaigned": the phrase walk runs over a floating
        // word into the verb; the part ends before the floating word.
        let floating = words.iter().position(|&(x, y)| {
            is_lower_word(&text[x..y]) && wd.exact(&text[x..y]) & words::FLOATING_WORD != 0
        });
        let (e1, verb_from) = match floating {
            Some(i) if i > 0 => (words[i - 1].1, words[i].1),
            _ => (e1, e1),
        };
        verb_follows(wd, text, verb_from, end).then_some(e1)
    }

    /// The subject of a clause from `start` that runs on past `end` longer
    /// than the phrase walk reads ([`NP_MAX_WORDS`]): "Ola Berg often took
    /// credit for the idea of a wall between Varna and Burgas, and has
    /// promised …". The walk reads the clause's first words only, and the
    /// subject is what stands before a verb found among them; `None` when
    /// no verb ends the subject there (a long subject is not cut short).
    fn subject_of_long_clause(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let (_, window_end) = WordsForward::new(self.text, start, end)
            .take(NP_MAX_WORDS - 1)
            .last()?;
        if window_end >= end {
            return None;
        }
        let (s0, e0) = np_after(self.words, self.text, start, window_end)?;
        let e1 = subject_before_verb(self.words, self.text, s0, e0);
        (e1 < e0).then_some((s0, e1))
    }

    /// The subject of the subordinate clause that a verb after "and" or
    /// "but" at `cue_start` is coordinated inside: "The crowd cheered when
    /// Ola Berg spotted a sign and asked …", "Union leaders distrust him
    /// because he favors the law and opposes …" (Berg asks; he opposes).
    /// The clause opens with the last `subordinator` or relative "who" of
    /// the sentence (from `ss`) before the cue, with no clause mark between
    /// them; its subject is the phrase after the subordinator that a verb
    /// ends and that names someone, or the "who" itself. `None` otherwise: "served as a senator and
    /// said" has no verb after its phrase, "When he won, Berg smiled and
    /// said" a comma closing the clause.
    pub(crate) fn subordinate_clause_subject(
        &self,
        ss: usize,
        cue_start: usize,
    ) -> Option<Speaker> {
        let (opener_start, opener_end) = words_in(self.text, ss, cue_start)
            .into_iter()
            .rev()
            .find(|&(a, b)| {
                let w = &self.text[a..b];
                w == "who" || self.words.exact(w) & words::SUBORDINATOR != 0
            })?;
        let clause = &self.text[opener_end..cue_start];
        if clause.contains([',', ';', ':', '"', '“', '”', '(', ')', '—', '\n']) {
            return None;
        }
        // "Weaver, who came out and endorsed …", "voters who are drawn to
        // his message and feel …": the relative word is the clause's
        // subject, as PolNeAR's sources mark it.
        if &self.text[opener_start..opener_end] == "who" {
            if self.who_qualifies_object(ss, opener_start)
                || self.who_restricts_subject(ss, opener_start, cue_start)
            {
                return None;
            }
            return verb_follows(self.words, self.text, opener_end, cue_start)
                .then(|| self.speaker_from_np(opener_start, opener_end))
                .filter(|sp| sp.text.is_some());
        }
        // A subordinate clause after a main clause whose subject names
        // someone ("McConnell walked out as Democrats blocked the bill and
        // said …") leaves "and said" with the main clause, the usual reading
        // in news. A clause opening the sentence, one set off by a comma
        // with at most a short lead ("…, in part because he favors … and
        // opposes"), or one after a main clause with no one for subject
        // ("the frustration boiled over when Sanders took issue … and
        // assailed") gives its subject to the verb after "and".
        let lead_start = self.text[ss..opener_start]
            .rfind(',')
            .map_or(ss, |k| ss + k + 1);
        let long_lead = self.text[lead_start..opener_start]
            .split_whitespace()
            .count()
            > 2;
        if long_lead
            && self
                .subject_before_a_verb(ss, opener_start)
                .is_some_and(|(s0, e0)| self.phrase_names_someone(s0, e0, ss))
        {
            return None;
        }
        let (s0, e0) = self
            .subject_before_a_verb(opener_end, cue_start)
            .or_else(|| self.subject_of_long_clause(opener_end, cue_start))?;
        self.phrase_names_someone(s0, e0, ss)
            .then(|| self.speaker_from_np(s0, e0))
            .filter(|sp| sp.text.is_some())
    }

    /// Whether a restrictive "who" at `who_start` (no comma before it)
    /// qualifies the object right after the main clause's verb, whose
    /// subject names someone: "Ola Berg met with senators who opposed the
    /// bill and said …" — the verb after "and" goes with the main clause
    /// (Berg said), as after a subordinate clause. A "who" deeper in the
    /// clause ("Berg shared a story from a reception involving a boy who
    /// stared at a painting and asked") or set off by a comma keeps its
    /// clause's verbs.
    pub(crate) fn who_qualifies_object(&self, ss: usize, who_start: usize) -> bool {
        // The main verb, a preposition, a determiner and the noun: "met
        // with the senators".
        const VERB_TO_WHO_MAX_WORDS: usize = 4;
        let before = self.text[ss..who_start].trim_end();
        if before.ends_with([',', '—', '-', '(']) {
            return false;
        }
        let lead_start = before.rfind(',').map_or(ss, |k| ss + k + 1);
        let Some((s0, e0)) = self.subject_before_a_verb(lead_start, who_start) else {
            return false;
        };
        let object_words = words_in(self.text, e0, who_start).len();
        (2..=VERB_TO_WHO_MAX_WORDS).contains(&object_words) && self.phrase_names_someone(s0, e0, ss)
    }

    /// Whether a restrictive "who" at `who_start` (no comma before it)
    /// qualifies the sentence's own subject, and the main clause's verb
    /// follows the relative clause before the cue at `cue_start`:
    /// "Senators who opposed the bill met with the president and said …" —
    /// "met" is the main verb, so "and said" shares the subject
    /// ("Senators"), not the "who". With no verb after the clause's object
    /// ("Voters who backed him and said …") the cue is the clause's own.
    pub(crate) fn who_restricts_subject(
        &self,
        ss: usize,
        who_start: usize,
        cue_start: usize,
    ) -> bool {
        let before = self.text[ss..who_start].trim_end();
        if before.is_empty() || before.ends_with([',', '—', '-', '(']) {
            return false;
        }
        let subject_at = subject_start(self.words, self.text, ss);
        let head_end = ss + before.len();
        if np_before(self.words, self.text, subject_at, head_end) != Some((subject_at, head_end)) {
            return false;
        }
        // The relative clause's verb, past its auxiliaries and adverbs.
        let who_end = who_start + "who".len();
        let Some((_, verb_end)) = WordsForward::new(self.text, who_end, cue_start)
            .find(|&(a, b)| self.words.exact(&self.text[a..b]) & words::CUE_LEAD == 0)
        else {
            return false;
        };
        np_after(self.words, self.text, verb_end, cue_start).is_some_and(|(s0, e0)| {
            let e1 = subject_before_verb(self.words, self.text, s0, e0);
            e1 < e0 || verb_follows(self.words, self.text, e0, cue_start)
        })
    }

    /// The subject of a clause coordinated after a comma ("…, and the ACLU
    /// of Ohio has already sued the state, saying …") that a participle
    /// after a comma at `cue_start` closes: the participle speaks for the
    /// nearest finite clause, not for the sentence's first subject ("The
    /// restrictions are harsh"). `None` when no ", and"/", but" clause with
    /// a subject naming someone and its verb stands between `ss` and the
    /// participle.
    pub(crate) fn coordinated_clause_subject(
        &self,
        ss: usize,
        cue_start: usize,
    ) -> Option<Speaker> {
        // The last comma before the cue that a `coordinator` follows.
        let opener =
            memchr::memrchr_iter(b',', &self.text.as_bytes()[ss..cue_start]).find_map(|at| {
                let after = ss + at + 1;
                let (a, b) = WordsForward::new(self.text, after, cue_start).next()?;
                (a == after + 1 && is_coordinator(self.words, &self.text[a..b])).then_some(b)
            })?;
        let (s0, e0) = self.subject_before_a_verb(opener, cue_start)?;
        // The clause's subject ends at its verb: "and the ACLU of Ohio has".
        if !verb_follows(self.words, self.text, e0, cue_start) {
            return None;
        }
        self.phrase_names_someone(s0, e0, ss)
            .then(|| self.speaker_from_np(s0, e0))
            .filter(|sp| sp.text.is_some())
    }

    /// The subject a finite verb right after a comma at `cue_start` shares
    /// with the clause that comma closes, when the verbs are listed without
    /// "and": "She urged the administration to join the coalition in Libya,
    /// proposed that more forces stay", "Graham slams Trump, praises
    /// Clinton". The clause is all of the sentence before the comma (from
    /// `ss`, no other comma), a subject naming someone, its finite verb and an object
    /// or complement; the noun right before the comma is no speaker. `None`
    /// when that part has no verb after its subject ("Smith, a lawyer for
    /// the firm, said": an appositive; "Trump, who attacked Clinton, said")
    /// or nothing after its verb, or when the cue at `cue_start..cue_end`
    /// is no finite verb.
    pub(crate) fn listed_predicate_subject(
        &self,
        ss: usize,
        cue_start: usize,
        cue_end: usize,
    ) -> Option<Speaker> {
        // The listed verb is finite itself ("…, proposed", "…, has said"),
        // active, and no naming verb: after a noun and a comma "called" and
        // "named" open a reduced relative ("party leaders, called
        // superdelegates, …"), "was found" a clause of its own.
        if !verb_follows(self.words, self.text, cue_start, cue_end) {
            return None;
        }
        let cue_first = self.text[cue_start..cue_end].split_space().next()?;
        if self.words.exact(cue_first) & (words::PASSIVE_AUX | words::NAMING_VERB) != 0 {
            return None;
        }
        let head = self.text[ss..cue_start].trim_end().strip_suffix(',')?;
        // The clause runs from the sentence start: a later part may be an
        // appositive with a participle ("National Nurses United, the super
        // PAC connected to the union, has reported") or a relative clause.
        // One comma only: "… since Clinton, at Monday's debate, cited"
        // sets off an aside before the cue's own subject.
        if head.contains(',') {
            return None;
        }
        let part_end = ss + head.len();
        let (s0, e0) = np_after(self.words, self.text, ss, part_end)?;
        let e1 = subject_before_verb(self.words, self.text, s0, e0);
        if !verb_follows(self.words, self.text, e1, part_end) {
            return None;
        }
        // The verb has an object or complement before the comma: "The
        // woman, Ms. Roe recalled, asked" is a parenthetical attribution.
        let verb_end = WordsForward::new(self.text, e1, part_end)
            .find(|&(a, b)| {
                let w = &self.text[a..b];
                let c = self.words.exact(w);
                c & words::CUE_LEAD == 0 && !words::ly_word(w, || c)
            })
            .map_or(part_end, |(_, b)| b);
        if self.text[verb_end..part_end].trim().is_empty() {
            return None;
        }
        // A relative clause before the comma may be what the listed verb
        // continues ("a network that has trafficked in rumours, posted
        // …", "the cleric who lives in Pennsylvania, has accused …"): its
        // subject is the relative, not the clause's.
        let relative_before = WordsForward::new(self.text, verb_end, part_end).any(|(a, b)| {
            let w = &self.text[a..b];
            self.words.exact(w) & words::RELATIVE != 0
                || (w == "that" && verb_follows(self.words, self.text, b, part_end))
        });
        if relative_before {
            return None;
        }
        self.phrase_names_someone(s0, e1, ss)
            .then(|| self.speaker_from_np(s0, e1))
            .filter(|sp| sp.text.is_some())
    }

    /// Whether `sp` is a restrictive "who" on the main clause's object
    /// ([`Ctx::who_qualifies_object`]) or on its subject before the main
    /// verb ([`Ctx::who_restricts_subject`]), whose verb shares no speaker
    /// with a main clause's verb at `cue_start`.
    pub(crate) fn restrictive_who_apart(&self, sp: &Speaker, ss: usize, cue_start: usize) -> bool {
        sp.text.as_deref() == Some("who")
            && sp.span.as_ref().is_some_and(|span| {
                self.who_qualifies_object(ss, span.start)
                    || self.who_restricts_subject(ss, span.start, cue_start)
            })
    }

    /// "Turkey condemned the cleric who lives in Pennsylvania and has
    /// accused Erdogan": a coordinated verb group in the -s form (its first
    /// word, before or opening the cue at `cue_start`) after a relative
    /// clause whose verb (`relative_verb`) is an -s form too continues that
    /// clause when the main clause's verb group before the "who" at
    /// `who_start` has no -s form: a coordination keeps one tense. The
    /// events stage reads a coordinated verb there the same way
    /// (`relative_clause_continued`).
    pub(crate) fn tense_continues_relative(
        &self,
        ss: usize,
        who_start: usize,
        relative_verb: &str,
        cue_start: usize,
    ) -> bool {
        if !sitrep_text::s_form(relative_verb) {
            return false;
        }
        // The group's first word: an auxiliary before the cue ("and has
        // accused" with the cue "accused"), else the cue's own first word.
        let last = self.text[..cue_start]
            .trim_end()
            .split_space()
            .next_back()
            .unwrap_or("");
        let group_first = if is_coordinator(self.words, last) {
            self.text[cue_start..].split_space().next().unwrap_or("")
        } else {
            last
        };
        if !sitrep_text::s_form(group_first) {
            return false;
        }
        let before = self.text[ss..who_start].trim_end();
        let lead_start = before.rfind(',').map_or(ss, |k| ss + k + 1);
        let Some((_, e0)) = self.subject_before_a_verb(lead_start, who_start) else {
            return false;
        };
        // The main verb group: its auxiliaries and adverbs, then its verb.
        for (a, b) in WordsForward::new(self.text, e0, who_start) {
            let w = &self.text[a..b];
            if sitrep_text::s_form(w) {
                return false;
            }
            if self.words.exact(w) & words::CUE_LEAD == 0 {
                return true;
            }
        }
        false
    }

    /// The noun phrase opening `start..end` when a verb follows it there
    /// (inside the phrase walk's window or right after it): the subject of
    /// the clause starting at `start`.
    fn subject_before_a_verb(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        np_after(self.words, self.text, start, end).and_then(|(s0, e0)| {
            let e1 = subject_before_verb(self.words, self.text, s0, e0);
            (e1 < e0 || verb_follows(self.words, self.text, e0, end)).then_some((s0, e1))
        })
    }

    /// Whether `sp`, the subject of a verb found by its clause starting at
    /// `cue_start`, stands right before it and names someone: a mention ends
    /// its phrase (before any appositive), or its last word is a personal or
    /// relative pronoun, a role_head, speaker_noun, role_speaker or
    /// speaker_head noun, or capitalized past the sentence's first word (a
    /// name the knowledge base lacks).
    pub(crate) fn names_speaker(&self, sp: &Speaker, ss: usize, cue_start: usize) -> bool {
        let Some(span) = sp.span.as_ref() else {
            return false;
        };
        let (start, end_all) = (span.start, span.end);
        // The subject stands right before the verb: "Trump has attacked
        // loopholes that …" has no verb "loopholes" with Trump its subject.
        if end_all > cue_start
            || !self.text[end_all..cue_start]
                .trim_matches([' ', ','])
                .is_empty()
        {
            return false;
        }
        let phrase = &self.text[start..end_all];
        let end = start + phrase.find(',').unwrap_or(phrase.len());
        self.phrase_names_someone(start, end, ss)
    }

    /// Whether `sp`, the subject a participle after a comma or a
    /// coordinated verb shares with the clause before it, stands in the
    /// sentence starting at `ss` and names someone (its phrase before any
    /// appositive, as `names_speaker` reads it, without its place).
    pub(crate) fn shared_subject_names_someone(&self, sp: &Speaker, ss: usize) -> bool {
        let Some(span) = sp.span.as_ref() else {
            return false;
        };
        if span.start < ss || span.start >= span.end {
            return false;
        }
        let phrase = &self.text[span.start..span.end];
        let end = span.start + phrase.find(',').unwrap_or(phrase.len());
        self.phrase_names_someone(span.start, end, ss)
    }

    /// Whether the phrase `start..end` (in a sentence starting at `ss`)
    /// names someone: a mention ends it, or its last word is a personal or
    /// relative pronoun, a role_head, speaker_noun, role_speaker or
    /// speaker_head noun, or capitalized past the sentence's first word.
    pub(crate) fn phrase_names_someone(&self, start: usize, end: usize, ss: usize) -> bool {
        let phrase = &self.text[start..end];
        if self.mention_ending_at(start, end).is_some() {
            return true;
        }
        let speaker_class = words::ROLE_HEAD
            | words::SPEAKER_NOUN
            | words::ROLE_SPEAKER
            | words::SPEAKER_HEAD
            | words::RELATIVE;
        // The phrase's head, its last word, names the speaker: "many
        // vehicles run on two-stroke engines that …" has none.
        let last = phrase.split_space().next_back().unwrap_or("");
        let c = self.words.of(last);
        let named =
            c & speaker_class != 0 || (c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0);
        let last_start = end - last.len();
        named
            || (last_start > ss
                && last.starts_with(char::is_uppercase)
                && c & words::DETERMINER == 0)
            || last == "I"
    }

    /// A speaker for the phrase `start..end`: the actor of a mention ending
    /// where the phrase ends (or before its possessive), a resolved pronoun
    /// or role noun, or else the last actor mentioned inside the phrase.
    pub(crate) fn speaker_from_np(&self, start: usize, end: usize) -> Speaker {
        let Some((start, end)) = speaker_phrase(self.words, self.text, start, end) else {
            return unknown_speaker();
        };
        let phrase = &self.text[start..end];
        // With appositives ("Brian Fallon, a spokesman for …") the name
        // before the first comma is the speaker.
        let end_all = end;
        // By bytes: a `char` search sets up a searcher for a phrase of a
        // few words.
        let end = start
            + phrase
                .bytes()
                .position(|b| b == b',')
                .unwrap_or(phrase.len());
        let head_end = end
            - if self.text[start..end].ends_with("'s") {
                2
            } else {
                0
            };
        // "Iraqi militias backed by Iran said", "a newspaper owned by the
        // state reported": the patron or owner named in a reduced relative
        // clause after the head is not who speaks; the head is.
        if let Some(cut) = self.patron_clause_start(start, end) {
            return Speaker {
                actor: self.speaker_from_np(start, cut).actor,
                text: Some(phrase.to_string()),
                span: Some(Span::of(self.text, start, end_all)),
            };
        }
        let lower = &self.text[start..end];
        let (a, b) = self.mention_range(start, end);
        let inside = &self.mentions[a..b];
        // "a source close to the president", "officials familiar with the
        // Iranian position": a name after an `adjective_link` word says whom
        // the speaker is near or knows about, not who speaks.
        // "people with knowledge of the ministry's plans", "an aide briefed
        // on the Iranian offer": so after the opening of a post-modifier of
        // a speaker noun (`opens_postmodifier`).
        // The phrase's words, split only when a mention asks.
        let phrase_words = std::cell::OnceCell::new();
        let someone = words::PEOPLE_NOUN;
        let near_only = |m: &Mention| {
            // One pass over the words before the mention: an
            // `adjective_link` word settles it; a `postmodifier_opener`
            // or a participle right after a speaker noun asks the full
            // check.
            let mut after_someone = false;
            let mut opener = false;
            for w in self.text[start..m.start].split_space() {
                let c = self.words.exact(w);
                if c & words::ADJECTIVE_LINK != 0 {
                    return true;
                }
                opener |= after_someone
                    && (c & words::POSTMODIFIER_OPENER != 0 || is_participle(self.words, w));
                after_someone = c & someone != 0;
            }
            opener && {
                let (spans, forward): &(Vec<(usize, usize)>, Vec<&str>) =
                    phrase_words.get_or_init(|| {
                        let spans = words_in(self.text, start, end);
                        let forward = spans.iter().map(|&(a, b)| &self.text[a..b]).collect();
                        (spans, forward)
                    });
                // A `locative` preposition opening the modifier ("voters
                // in rural parts of Ohio", "troops stationed in Syria")
                // says where the speaker is, which keeps the place.
                let locative = |j: usize| {
                    let prep = if is_participle(self.words, forward[j]) {
                        forward.get(j + 1).copied()
                    } else {
                        Some(forward[j])
                    };
                    prep.is_some_and(|p| self.words.is(p, words::LOCATIVE))
                };
                spans.iter().enumerate().skip(1).any(|(j, &(ws, _))| {
                    ws < m.start
                        && self.words.is(forward[j - 1], someone)
                        && opens_postmodifier(self.words, forward, j)
                        && !locative(j)
                })
            }
        };
        if let Some(m) = self.role_holder_apposed(start, end, end_all) {
            return Speaker {
                actor: Some(self.actors.actors[m.actor].id.clone()),
                text: Some(phrase.to_string()),
                span: Some(Span::of(self.text, start, end_all)),
            };
        }
        let head = inside
            .iter()
            .rev()
            .find(|m| {
                (m.end == head_end || m.end == end)
                    && !near_only(m)
                    && !self.setting_after_participle(start, m)
                    && !setting_or_audience(self.words, &self.text[start..m.start])
            })
            .map(|m| self.holder_before_of(inside, m, start, end, end_all))
            .or_else(|| self.apposed_person(start, end, end_all))
            .or_else(|| {
                // A capitalized head is a name of its own ("Rob Goldman,
                // President Ascom North America"): it is the speaker.
                let common_head = self.text[start..end]
                    .split_space()
                    .next_back()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
                // "the EU's foreign policy chief, Kaja Kallas": a name
                // that owns the role ("EU's") is not the role's holder.
                (self.owners_only(inside, end) && common_head)
                    .then(|| self.apposed_name_after(end, end_all))
                    .flatten()
            });
        if let Some(m) = head {
            // "The Red Cross operating in Iraq", "the U.S. embassy in Kyiv":
            // a place after the head names where the speaker is, not who.
            let m = inside
                .iter()
                .rev()
                .find(|e| {
                    e.end < m.start
                        && !self.is_qualifier(e)
                        && (locative_postmodifier(self.words, &self.text[e.end..m.start])
                            || role_towards(self.words, &self.text[e.start..m.start]))
                })
                .unwrap_or(m);
            let m = self.first_conjunct(inside, m);
            return Speaker {
                actor: Some(self.actors.actors[m.actor].id.clone()),
                text: Some(phrase.to_string()),
                span: Some(Span::of(self.text, start, end_all)),
            };
        }
        if end == end_all
            && self.words.exact(lower) & (words::PRONOUN | words::ROLE_SPEAKER | words::RELATIVE)
                != 0
        {
            return self.resolve_anaphor(start, end);
        }
        // "Trump's communications director, Steven Cheung": a person the
        // knowledge base does not know holds the role; the owner is not
        // the speaker.
        let unknown_holder = self.unknown_holder_of_owned_role(inside, start, end, end_all);
        Speaker {
            actor: inside
                .iter()
                .rev()
                // "The American embassy based in Baghdad": past the setting
                // of a participle to the mention before it.
                .find(|m| {
                    m.end <= end
                        && !self.is_qualifier(m)
                        && !self.setting_after_participle(start, m)
                        && !setting_or_audience(self.words, &self.text[start..m.start])
                })
                .filter(|m| !near_only(m) && !unknown_holder)
                .map(|m| self.actors.actors[m.actor].id.clone()),
            text: Some(phrase.to_string()),
            span: Some(Span::of(self.text, start, end_all)),
        }
    }

    /// Whether the mention `m` of the speaker phrase opening at `start`
    /// stands in the setting of a participle after the phrase's head noun:
    /// "a joint statement released on Monday after two days of talks in
    /// Geneva", "a letter sent to Congress" — the time, place or addressee
    /// of what was issued, not who issued it. A "by" phrase names the
    /// issuer ("a statement released by the ministry") when the participle
    /// follows the phrase's own head; after a preposition's object it names
    /// who acted on that object ("Your report on the agreement signed by the
    /// Prime Minister": the report is not the minister's). A head that is
    /// a speaker or role noun keeps the existing reading of its modifiers
    /// ("officials based in Kyiv", `near_only`).
    pub(crate) fn setting_after_participle(&self, start: usize, m: &Mention) -> bool {
        let someone = words::PEOPLE_NOUN;
        let ws: Vec<&str> = self.text[start..m.start.max(start)].split_space().collect();
        (1..ws.len().saturating_sub(1)).any(|j| {
            let (head, part, link) = (ws[j - 1], ws[j], ws[j + 1]);
            let of_object = ws[..j - 1]
                .iter()
                .any(|w| matches!(*w, "on" | "about" | "over" | "into"));
            // "a letter seen by AFP": who got hold of the document is no
            // issuer of it (`access_participle`), whatever noun it follows
            // ("letter" and "memo" are speaker heads).
            let access = self.words.extra(part) & words::ACCESS_PARTICIPLE != 0;
            let not_head = if access {
                words::DETERMINER | words::PRONOUN | words::NP_STOP
            } else {
                someone | words::DETERMINER | words::PRONOUN | words::NP_STOP
            };
            head.starts_with(|c: char| c.is_ascii_lowercase())
                && !head.ends_with([',', ';', ':', '.', '"'])
                && self.words.exact(head) & not_head == 0
                && (access || is_participle(self.words, part))
                && self.words.exact(link) & words::PARTICIPLE_LINK != 0
                && (of_object || access || !ws[j + 1..].contains(&"by"))
        })
    }

    /// Whether every mention of a speaker phrase (first part ending at
    /// `end`) only owns its role: "the EU's foreign policy chief".
    pub(crate) fn owners_only(&self, inside: &[Mention], end: usize) -> bool {
        inside.iter().all(|m| {
            // A mention may run past the phrase's first comma.
            let after = self.text.get(m.end..end).unwrap_or("");
            after.starts_with("'s ")
                || after.starts_with("\u{2019}s ")
                || (after.starts_with("' ") && self.text[..m.end].ends_with('s'))
        })
    }

    /// Whether the speaker phrase `start..end_all` is a person's role owned
    /// by a person, with a name (one to four capitalised words, a place or
    /// body inside it allowed) no person of the knowledge base holds in
    /// apposition after its first comma (at `end`): "Trump's communications
    /// director, Steven Cheung", "Kern's daughter, Zeinab".
    /// The apposed person speaks, and the owner is no actor of theirs. A
    /// body or state owner ("Russia's envoy, NAME") stays the speaker's
    /// actor: the holder serves it.
    pub(crate) fn unknown_holder_of_owned_role(
        &self,
        inside: &[Mention],
        start: usize,
        end: usize,
        end_all: usize,
    ) -> bool {
        const NAME_MAX_WORDS: usize = 4;
        let Some(owner) = inside.last() else {
            return false;
        };
        let common_head = self.text[start..end]
            .split_space()
            .next_back()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        if end >= end_all
            || !common_head
            || self.actors.actors[owner.actor].kind != ActorKind::Person
            || !self.owners_only(inside, end)
        {
            return false;
        }
        let name = self.text[end..end_all].trim_matches([',', ' ']);
        let words = name.split_space().count();
        (1..=NAME_MAX_WORDS).contains(&words)
            && name
                .split_space()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['"', '(', ';']))
            && {
                let lo = self.mentions.partition_point(|m| m.start < start);
                let hi = self.mentions.partition_point(|m| m.start < end_all);
                // "Vermont Sen. Bernie Sanders": a place or body named
                // inside the holder's name qualifies it; only a person the
                // knowledge base knows there is a known holder.
                !self.mentions[lo..hi]
                    .iter()
                    .any(|m| m.end > end && self.actors.actors[m.actor].kind == ActorKind::Person)
            }
    }

    /// The person named after the first comma (at `end`) of a speaker
    /// phrase `start..end_all` that opens with a role noun and its
    /// prepositional phrase: "A spokesperson for the Chinese embassy in
    /// Washington, Liu Pengyu", "The head of the UN agency, Philippe
    /// Lazzarini". The role's body, and a place after it, say whom the
    /// holder serves; the name says who speaks. Only a determiner and
    /// lower-case modifiers stand before the role noun (an owner before it,
    /// "Russia's envoy to the UN, NAME", has its own reading), and the
    /// apposition must be a person the actor pass found.
    pub(crate) fn role_holder_apposed(
        &self,
        start: usize,
        end: usize,
        end_all: usize,
    ) -> Option<&Mention> {
        const LEAD_MAX_WORDS: usize = 3;
        if end >= end_all {
            return None;
        }
        let mut words = self.text[start..end].split_space();
        let first = words.next()?;
        if self.words.exact(first) & words::DETERMINER == 0 {
            return None;
        }
        let mut prev = first;
        for (i, w) in words.enumerate() {
            if i > LEAD_MAX_WORDS {
                return None;
            }
            if matches!(w, "for" | "of" | "to" | "at" | "with") {
                let role = is_lower_word(prev) && self.words.exact(prev) & words::ROLE_HEAD != 0;
                return role
                    .then(|| self.apposed_name_after(end, end_all))
                    .flatten();
            }
            if !is_lower_word(w) {
                return None;
            }
            prev = w;
        }
        None
    }

    /// The speaker of a phrase whose last mention `m` follows "of": the
    /// person before it ("President Donald Trump of the United States" →
    /// the person, not the state), or the person named after the comma
    /// when the mention only says whose role it is ("The spokesman of the
    /// Yemeni Armed Forces, Brigadier General Yahya Saree" → the person, as
    /// "the forces' spokesman, NAME" is). Else `m`.
    pub(crate) fn holder_before_of<'m>(
        &'m self,
        inside: &'m [Mention],
        m: &'m Mention,
        start: usize,
        end: usize,
        end_all: usize,
    ) -> &'m Mention {
        let before = self.text[start..m.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let Some(owner) = before.strip_suffix(" of") else {
            return self.holder_before_to(m, before, end, end_all);
        };
        let is_person = |p: &Mention| self.actors.actors[p.actor].kind == ActorKind::Person;
        if let Some(person) = inside
            .iter()
            .rev()
            .find(|p| p.end <= m.start && start + owner.len() == p.end && is_person(p))
        {
            return person;
        }
        let role = owner
            .split_space()
            .next_back()
            .is_some_and(|w| is_lower_word(w) && self.words.exact(w) & words::ROLE_HEAD != 0);
        if role && !is_person(m) {
            if let Some(named) = self.apposed_name_after(end, end_all) {
                return named;
            }
        }
        m
    }

    /// The speaker of a phrase whose last mention `m` follows a role noun
    /// and "to" or "for" (`before` is the phrase up to `m`), with a person
    /// named after its first comma (at `end`): "Russia's Permanent
    /// Representative to the UN, Vasily Nebenzia" and "An adviser to Supreme
    /// Leader Ali Khamenei, Ali Akbar Velayati" are the person named, not
    /// the body or the person the role serves. Else `m`.
    pub(crate) fn holder_before_to<'m>(
        &'m self,
        m: &'m Mention,
        before: &str,
        end: usize,
        end_all: usize,
    ) -> &'m Mention {
        const TITLE_MAX_WORDS: usize = 3;
        let mut owner = before;
        for _ in 0..TITLE_MAX_WORDS {
            match owner.rsplit_once(' ') {
                Some((rest, w)) if w.starts_with(|c: char| c.is_uppercase()) => owner = rest,
                _ => break,
            }
        }
        let Some(role) = owner
            .strip_suffix(" to")
            .or_else(|| owner.strip_suffix(" for"))
        else {
            return m;
        };
        let role_noun = role
            .split_space()
            .next_back()
            .is_some_and(|w| self.words.exact(w) & words::ROLE_HEAD != 0);
        if !role_noun {
            return m;
        }
        match self.apposed_name_after(end, end_all) {
            Some(named) if named.start != m.start => named,
            _ => m,
        }
    }
}

/// Where a sentence subject `s..e` that opens with a name (capitalized
/// words only) ends when the phrase scan ran on into the name's predicate:
/// the first lower-case word after the name is an adverb or auxiliary
/// (`cue_lead`: "Trump further summed up …", "Google long had
/// …"; a preposition stays: "Ted Cruz of Texas"), a reflexive ("Sanders himself, who …"), or a past tense (a
/// `past_form` or `action_past` row or a regular -ed: "Mr. Putin forecast
/// that …", "Sullivan put off deciding …", "Thomas Massie used to …").
/// A noun after the name stays ("Clinton aides", "Trump supporters").
/// `e` when the phrase opens otherwise.
pub(crate) fn name_before_predicate(wd: &DocWords, text: &str, s: usize, e: usize) -> usize {
    let words = words_in(text, s, e);
    let Some(k) = words
        .iter()
        .position(|&(a, b)| !text[a..b].starts_with(char::is_uppercase))
    else {
        return e;
    };
    // "The first taste …", "The unreleased video …": a capitalized
    // determiner opens a common noun's phrase, no name.
    // "Officials involved in the talks …": a capitalized common noun
    // opening the sentence is no name either.
    let common = words::DETERMINER | words::PEOPLE_NOUN;
    let determiner = words[..k]
        .iter()
        .any(|&(a, b)| wd.of(&text[a..b]) & common != 0);
    if k == 0 || determiner {
        return e;
    }
    let w = &text[words[k].0..words[k].1];
    let regular_past = w.len() >= 5 && w.ends_with("ed");
    let predicate = is_lower_word(w)
        && (regular_past
            || wd.exact(w)
                & (words::CUE_LEAD | words::REFLEXIVE | words::PAST_FORM | words::ACTION_PAST)
                != 0);
    if predicate && wd.exact(w) & words::ED_ADJECTIVE == 0 {
        words[k - 1].1
    } else {
        e
    }
}

/// The text after a coordinator that joins parts ("and", "or"; a
/// `contrast_conjunction`, "but", joins none) when `rest` opens with `lead`
/// and that word: "Ted Cruz both" of " and Ted Cruz both".
fn after_joining_coordinator<'t>(wd: &DocWords, rest: &'t str, lead: &str) -> Option<&'t str> {
    let (w, last) = rest.strip_prefix(lead)?.split_once(' ')?;
    is_joining_coordinator(wd, w).then_some(last)
}

/// Whether a verb opens the words from `start` to `end` (after a phrase
/// the walk ended there): past its auxiliaries and adverbs ("has", "never",
/// "loudly"), a lower-case word that is a past form, a regular past in -ed,
/// or a present in -s; after an auxiliary any lower-case word ("will
/// fight"). An -ly noun or adjective ("family", "elderly": `ly_noun`) is
/// no adverb, and a short or adjectival -ed word ("red", "bed", "retired":
/// `ed_adjective`) and a short -s word ("gas", "bus") no verb.
fn verb_follows(wd: &DocWords, text: &str, start: usize, end: usize) -> bool {
    let mut auxiliary = false;
    for (a, b) in WordsForward::new(text, start, end) {
        let w = &text[a..b];
        if !is_lower_word(w) {
            return false;
        }
        let c = wd.exact(w);
        let lead = c & words::CUE_LEAD != 0;
        // Any -ly word that is no `ly_noun` ([`words::ly_word`]), short
        // ones too: between a speaker and the verb "only" and "duly" are
        // adverbs ("Smith only said"), where `ly_adverb`'s five-byte floor
        // serves the places an -ly word may be an adjective or a noun.
        let adverb = words::ly_word(w, || c);
        if lead || adverb {
            auxiliary |= lead;
            continue;
        }
        let regular_past = words::regular_past(w, || c);
        return auxiliary
            || c & (words::PAST_FORM | words::ACTION_PAST) != 0
            || regular_past
            || lower_present_s(w);
    }
    false
}

/// The speaker of a participle after a comma ("…, saying …", "…, adding:")
/// or a verb coordinated with an earlier one ("… and added: …") whose cue
/// starts at `cue_start`, when no speaker stands next to it: the speaker of
/// the claim before it in the same sentence, else the sentence's subject.
pub(crate) fn subject_of(
    ctx: &Ctx,
    layer: &TextLayer,
    drafts: &[Draft],
    cue: &Cue,
    cue_start: usize,
) -> Option<Speaker> {
    let text = ctx.text;
    let ss = layer.sentence_at(cue_start).map_or(0, |i| {
        dateline_end(layer, layer.sentences[i].start).min(cue_start)
    });
    let head = text[ss..cue_start].trim_end();
    let participle = cue.phrase.ends_with("ing") && sets_off_participle(head);
    let coordinated = ends_with_coordinator(text, head, cue_start);
    if !(participle || coordinated) {
        return None;
    }
    participle
        .then(|| said_subject(ctx, ss, head))
        .flatten()
        .or_else(|| {
            // The sentence's drafts: the last ones, back to one before it.
            let first = drafts
                .iter()
                .rposition(|d| d.cue.0 < ss)
                .map_or(0, |p| p + 1);
            coordinated_draft(&drafts[first..], cue_start, |d| {
                ctx.restrictive_who_apart(&d.speaker, ss, cue_start)
            })
            .map(|d| d.speaker.clone())
        })
        .or_else(|| ctx.clause_subject(ss, cue_start))
}

/// The claim among one sentence's `drafts` that a verb at `cue_start`
/// after "and"/"but" (or a participle) shares its speaker with: the
/// nearest one before it that names its speaker, is not `skipped`, and
/// stands in no other claim's content. "Ginsburg said that she didn't
/// want to … and predicted …": the nested "she" reports inside what
/// Ginsburg said; the second verb is Ginsburg's.
pub(crate) fn coordinated_draft(
    drafts: &[Draft],
    cue_start: usize,
    skipped: impl Fn(&Draft) -> bool,
) -> Option<&Draft> {
    let nested = |d: &Draft| {
        drafts
            .iter()
            .any(|o| !std::ptr::eq(o, d) && o.content.0 <= d.cue.0 && d.cue.1 <= o.content.1)
    };
    drafts
        .iter()
        .rev()
        .find(|d| d.cue.1 <= cue_start && d.speaker.text.is_some() && !skipped(d) && !nested(d))
}

/// The subject of a postposed "said" right before a participle cue, when
/// the words before the cue (`head`, from the sentence start `ss`, trimmed)
/// end in "<subject> said,": "…, Spicer said, adding, "…"". The participle
/// speaks for that verb's subject, which no claim may carry yet (its content
/// is read later); the clause before it has a subject of its own, and a
/// claim inside that clause ("Comey cannot say that …, Lewandowski added,
/// saying …") is no speaker of the participle either.
pub(crate) fn said_subject(ctx: &Ctx, ss: usize, head: &str) -> Option<Speaker> {
    let inner = head.strip_suffix(',')?.trim_end();
    let ws = after_last_of(inner, b" ");
    (ws > 0 && is_said_form(ctx.words, &inner[ws..]))
        .then(|| ctx.speaker_before(ss, ss + ws))
        .flatten()
}

/// The subject of the speech verb right before a coordinated one at
/// `cue_start` when that verb made no claim ("he promised peace through
/// strength and vowed to …": "promised" with a noun object is an act): the
/// last verb cue of the sentence (hits `sh`, from `ss`) before it, in the
/// same clause (no comma, quote or other clause mark between), and the noun
/// phrase right before that verb.
/// "A report first published by the Financial Times and relayed by IRNA
/// said …", "The official, quoted by Reuters, said …": reporting-chain
/// participles with an agent ("published by", "relayed by") between the
/// speaker's noun and its cue. The agents carried the words (the claim's
/// vias, with the participle's role); the noun before the chain speaks.
/// None unless the speaker found reaches into the chain (contains it or is
/// one of its agents) and a noun stands before it.
pub(crate) fn subject_chain(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    ss: usize,
    cue_start: usize,
    speaker: &Speaker,
) -> Option<(Speaker, Vec<Via>)> {
    let span = speaker.span.as_ref()?;
    let chain: Vec<Hit> = sh
        .iter()
        .map(|&j| hits[j])
        .filter(|x| {
            x.start > ss
                && x.end < cue_start
                && matches!(lex.cues[x.cue].kind, CueKind::First | CueKind::Relay)
                && lex.cues[x.cue].phrase.ends_with(" by")
        })
        .collect();
    let first = chain.first()?;
    let text = ctx.text;
    let head = if span.start < first.start && span.end > first.start {
        let (a, b) = trim(text, span.start, first.start);
        let b = a + text[a..b].trim_end_matches([',', ' ']).len();
        (a < b).then(|| ctx.speaker_from_np(a, b))?
    } else if span.end <= first.start && text[span.end..first.start].trim() == "," {
        // "The official, quoted by Reuters, said": the speaker already
        // stops at the chain's comma.
        speaker.clone()
    } else if span.start >= first.end {
        let before = text[ss..first.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before);
        ctx.speaker_before(ss, ss + before.len())?
    } else {
        return None;
    };
    let mut vias = Vec::new();
    for (i, x) in chain.iter().enumerate() {
        let hi = chain.get(i + 1).map_or(cue_start, |n| n.start);
        let agent = ctx.speaker_after(x.end, hi)?;
        let role = if lex.cues[x.cue].kind == CueKind::First {
            ViaRole::First
        } else {
            ViaRole::Relay
        };
        vias.push(Via::from_speaker(&agent, role));
    }
    Some((head, vias))
}

pub(crate) fn coordinated_act_subject(
    ctx: &Ctx,
    lex: &CueLexicon,
    sh: &[usize],
    hits: &[Hit],
    ss: usize,
    cue_start: usize,
) -> Option<Speaker> {
    let lex_verb = |x: &Hit| lex.cues[x.cue].kind == CueKind::Verb;
    let prev = sh
        .iter()
        .map(|&j| hits[j])
        .rfind(|x| x.start >= ss && x.end < cue_start && lex_verb(x))?;
    if ctx.text[prev.end..cue_start].contains([',', ';', ':', '"', '“', '”', '(']) {
        return None;
    }
    let start = extend_cue_left(ctx.words, ctx.text, ss, prev.start);
    ctx.speaker_before(ss, start)
        .filter(|sp| sp.text.is_some())
        .filter(|sp| !ctx.restrictive_who_apart(sp, ss, cue_start))
}

/// The relative pronoun whose clause a coordinated verb continues: "the New
/// York businessman who lacks experience in government and has attacked
/// global allies" — the last `relative` word between the sentence start
/// `ss` and the cue, with no comma, colon, quote or bracket after it, is the
/// subject the verb shares (the sentence's own subject is not), so the
/// speaker is that relative, read as any "…, who said" is. Only a subject
/// relative: one followed by a subject ("in which he promised peace and
/// vowed …") leaves the verb to that subject, and a restrictive "who" on the
/// main clause's object or subject ([`Ctx::restrictive_who_apart`]) leaves
/// it to the main clause.
///
/// The walk looks words' classes up; it runs only when a first pass, which
/// looks a class up only for a word of a relative word's shape, finds a
/// relative before the clause's first stop.
pub(crate) fn relative_clause_speaker(ctx: &Ctx, ss: usize, cue_start: usize) -> Option<Speaker> {
    let head = &ctx.text[ss..cue_start];
    // Quote marks are straight here: the text layer normalises curly ones.
    let stop = |w: &str| {
        w.contains([',', ';', ':', '"', '(', ')'])
            || (w.len() == 2 && ctx.words.extra(w) & words::INFINITIVE_MARKER != 0)
    };
    let relative = |w: &str| {
        ctx.words.may_be_relative(w)
            && is_lower_word(w)
            && ctx.words.exact(w) & words::RELATIVE != 0
    };
    head.split_space()
        .rev()
        .take_while(|w| !stop(w))
        .find(|w| relative(w))?;
    let mut next = "";
    // "Lee said the man who left was wrong and argued …", "the man who has
    // left was wrong and argued …": a finite verb after the relative's own
    // verb group closes the relative clause.
    let finite = words::BARE_CLAUSE_VERB | words::MODAL | words::PASSIVE_AUX;
    let mut ws = head.split_space().rev().filter(|w| !w.is_empty());
    while let Some(w) = ws.next() {
        // "which allows him to keep … and deny": a verb after an
        // infinitive is the infinitive's.
        if stop(w) {
            return None;
        }
        if relative(w) {
            // "in which management sits down … and tells": after a
            // preposition the relative is no subject.
            let after_preposition = ws.next().is_some_and(|p| {
                is_lower_word(p) && ctx.words.exact(p) & words::NOT_BEFORE_CUE != 0
            });
            if after_preposition {
                return None;
            }
            let start = w.as_ptr() as usize - head.as_ptr() as usize;
            let subject = words::PRONOUN | words::DETERMINER | words::MODIFIER;
            // The relative opens the clause after a noun (not first in the
            // sentence) and its verb follows it.
            let verb_next = is_lower_word(next) && ctx.words.exact(next) & subject == 0;
            // The relative's verb group is the finite words right after it;
            // a finite word after any other word opens a second clause,
            // unless a clause nested in this one holds it ("which is
            // responsible for the debt that the island has amassed - and
            // says"): after a relative word or "that" the walk stops.
            let clause = &head[start + w.len()..];
            let mut past_group = false;
            let one_verb = clause
                .split_space()
                .filter(|x| !x.is_empty())
                .take_while(|&x| !(x == "that" || relative(x)))
                .all(|x| {
                    let is_finite = ctx.words.exact(x) & finite != 0;
                    let second = is_finite && past_group;
                    past_group |= !is_finite;
                    !second
                });
            // "Roe met with senators who opposed the bill and said he
            // would …": a restrictive "who" on the main clause's object
            // (or subject) leaves the cue to the main clause, unless the
            // tenses say otherwise ("condemned the cleric who lives … and
            // has accused": `tense_continues_relative`).
            let who_start = ss + start;
            return (start > 0 && verb_next && one_verb)
                .then(|| ctx.speaker_from_np(who_start, who_start + w.len()))
                .filter(|sp| {
                    !ctx.restrictive_who_apart(sp, ss, cue_start)
                        || ctx.tense_continues_relative(ss, who_start, next, cue_start)
                });
        }
        next = w;
    }
    None
}

/// The named speaker of the sentence's first claim (its cue starts at or
/// after `ss`, the sentence start, and ends before `cue_start`): the main
/// clause's speaker ("Omar asked … in a letter posted on Twitter, saying …").
/// A claim inside a free relative ("The union rejected what it called \"a
/// cynical offer,\" saying …") is no main clause's: its speaker stands
/// right after "what".
pub(crate) fn previous_speaker(
    text: &str,
    drafts: &[Draft],
    ss: usize,
    cue_start: usize,
) -> Option<Speaker> {
    let in_free_relative = |d: &Draft| {
        d.speaker.span.as_ref().is_some_and(|sp| {
            text[ss.min(sp.start)..sp.start]
                .trim_end()
                .split_space()
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case("what"))
        })
    };
    drafts
        .iter()
        .filter(|d| d.cue.0 >= ss && d.cue.1 <= cue_start && d.speaker.text.is_some())
        .filter(|d| !in_free_relative(d))
        .min_by_key(|d| d.cue.0)
        .map(|d| d.speaker.clone())
}

/// A speaker the text does not name.
pub(crate) fn unknown_speaker() -> Speaker {
    Speaker {
        actor: None,
        text: None,
        span: None,
    }
}

/// "The representative of the United States said …. She said …": a "he" or
/// "she" speaker the person mentions left unresolved, whose claim follows
/// one by a role phrase (its head a lower-case `role_head` that is no
/// `speaker_noun`: "The representative of X", "the ambassador of X"; not
/// "officials") that stands for a state or
/// body, in the same or the sentence before, with no person named between,
/// is that role holder; the pronoun takes the role phrase's actor. Drafts
/// are in text order.
pub(crate) fn representative_pronouns(ctx: &Ctx, drafts: &mut [Draft]) {
    let (text, wd) = (ctx.text, ctx.words);
    for i in 1..drafts.len() {
        let Some(span) = drafts[i].speaker.span.as_ref() else {
            continue;
        };
        let pronoun = &text[span.start..span.end];
        // A subject pronoun of the third person ("it" is also an object
        // pronoun, and a body's, which the actor pass resolves).
        let c = wd.exact(pronoun);
        let personal = c & words::PRONOUN != 0
            && c & words::THIRD_PERSON != 0
            && c & words::OBJECT_PRONOUN == 0;
        if drafts[i].speaker.actor.is_some() || !personal {
            continue;
        }
        let at = span.start;
        let prev = &drafts[i - 1];
        let (Some(actor), Some(pspan)) = (prev.speaker.actor.as_ref(), prev.speaker.span.as_ref())
        else {
            continue;
        };
        let phrase = &text[pspan.start..pspan.end];
        let head = phrase_head(wd, phrase);
        // A role held by one person ("representative", "ambassador"); not a
        // group noun of anonymous speakers ("officials said. He said …").
        let role = is_lower_word(head)
            && wd.exact(head) & words::ROLE_HEAD != 0
            && wd.exact(head) & words::SPEAKER_NOUN == 0;
        let of_body = ctx
            .actors
            .actors
            .iter()
            .find(|a| &a.id == actor)
            .is_some_and(|a| a.kind != ActorKind::Person);
        let near = pspan.end <= at && ctx.sentence_of(at) <= ctx.sentence_of(pspan.end) + 1;
        let (ma, mb) = ctx.mention_range(pspan.end, at);
        let person_between = ctx.mentions[ma..mb]
            .iter()
            .any(|m| ctx.actors.actors[m.actor].kind == ActorKind::Person);
        if role && of_body && near && !person_between {
            drafts[i].speaker.actor = Some(actor.clone());
        }
    }
}

/// "The coast guard said … . It blamed …", "The ministry condemned the
/// actions, which it said …": an "it" speaker right after a claim whose
/// speaker is a body (no person, no place), in the same or the next
/// sentence, is that body. The mention resolver gives "it" the nearest
/// non-person mention, which is often an object of the claim before ("…
/// intruded into waters near China's shoal. It blamed" → China); the
/// subject of the claim just told is the likelier antecedent. Drafts are
/// in text order.
pub(crate) fn body_pronouns(ctx: &Ctx, drafts: &mut [Draft]) {
    for i in 1..drafts.len() {
        let Some(span) = drafts[i].speaker.span.as_ref() else {
            continue;
        };
        if !ctx.text[span.start..span.end].eq_ignore_ascii_case("it") {
            continue;
        }
        let at = span.start;
        // The last claim told before, not one nested in another claim's
        // content ("Fidan said that OPEC had threatened …. It …": the
        // minister's claim, not OPEC's inside it).
        let nested = |d: &Draft| {
            d.speaker.span.as_ref().is_some_and(|sp| {
                drafts[..i]
                    .iter()
                    .any(|o| o.content.0 <= sp.start && sp.start < o.content.1)
            })
        };
        let Some(prev) = drafts[..i].iter().rev().find(|d| !nested(d)) else {
            continue;
        };
        let (Some(actor), Some(pspan)) = (prev.speaker.actor.as_ref(), prev.speaker.span.as_ref())
        else {
            continue;
        };
        let body = ctx.is_body_id(actor);
        // "Israeli officials warned …. It said": people are no "it", even
        // when their phrase names a body.
        let head = phrase_head(ctx.words, &ctx.text[pspan.start..pspan.end]);
        // ("Officials in Beirut said": a speaker noun opening the sentence.)
        let plural = head.ends_with('s')
            && !head.ends_with("ss")
            && (is_lower_word(head) || ctx.words.is(head, words::SPEAKER_NOUN));
        // Before its own cue ("welcomed it" has no speaker "it"); opening
        // (or closing) its sentence right after the claim's, or in that claim's
        // sentence ("…, which it said …"). A mid-sentence "it" of a later
        // sentence has that sentence's subject before it ("Iran has fired
        // missiles …, in what it called retaliation").
        let (own, theirs) = (ctx.sentence_of(at), ctx.sentence_of(pspan.end));
        let opens_sentence = ctx
            .sentences
            .get(own)
            .is_some_and(|s| s.start <= at && ctx.text[s.start..at].trim().is_empty());
        // "…, it said.": a postposed "it" after the content speaks for the
        // whole sentence, as one opening it does.
        let postposed = drafts[i].content.1 <= at;
        let near = pspan.end <= at
            && at < drafts[i].cue.0
            && (own == theirs || (own == theirs + 1 && (opens_sentence || postposed)));
        if body && !plural && near {
            drafts[i].speaker.actor = Some(actor.clone());
        }
    }
}

/// "The Clinton campaign issued a rebuttal on Monday. It said in a
/// statement …": an "It" speaker opening its sentence names the subject of
/// the nearest of the two sentences before whose subject is a body — a
/// phrase headed by a `body_noun` ("The Clinton campaign", "The health
/// ministry") or a mention of a body or state opening the sentence ("The
/// United Nations"). A person subject is no "it" and the walk goes on to
/// the sentence before; a body's phrase the knowledge base lacks leaves
/// the speaker with no actor rather than a state named further back. A
/// sentence opening with anything else ends the walk, and the actor found
/// before stays.
pub(crate) fn it_names_the_subject_before(ctx: &Ctx, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let Some(span) = d.speaker.span.as_ref() else {
            continue;
        };
        if &ctx.text[span.start..span.end] != "It" || span.end > d.cue.0 {
            continue;
        }
        let own = ctx.sentence_of(span.start);
        let opens = ctx
            .sentences
            .get(own)
            .is_some_and(|s| ctx.text[s.start..span.start].trim().is_empty());
        if !opens {
            continue;
        }
        for back in 1..=2 {
            let Some(s) = own.checked_sub(back).and_then(|i| ctx.sentences.get(i)) else {
                break;
            };
            // A sentence told by a body ("Troops crossed the river, the
            // ministry said. It said …") leaves the "It" to that body, which
            // `body_pronouns` gave it: the teller, not the sentence's subject.
            let told_by_body = drafts[..i].iter().any(|o| {
                o.speaker
                    .span
                    .as_ref()
                    .is_some_and(|p| s.start <= p.start && p.end <= s.end)
                    && o.speaker
                        .actor
                        .as_deref()
                        .is_some_and(|a| ctx.is_body_id(a))
            });
            if told_by_body {
                break;
            }
            match ctx.body_subject(s.start, s.end) {
                Some(Subject::Body(actor)) => {
                    // A phrase the knowledge base lacks keeps the actor its
                    // own claim's speaker was given ("The region's interior
                    // ministry said …. It called on …").
                    let own_claim = || {
                        drafts[..i]
                            .iter()
                            .find(|o| o.speaker.span.as_ref().is_some_and(|p| p.start == s.start))
                            .and_then(|o| o.speaker.actor.clone())
                    };
                    drafts[i].speaker.actor = actor.or_else(own_claim);
                    break;
                }
                Some(Subject::Person) => {}
                None => break,
            }
        }
    }
}

/// "NBC News first published the cellphone video on Friday. It shows
/// officers …": an "it" speaker of a `depiction_verb` cue ("shows") after a
/// `depiction` noun ("video", "footage", "photo") in its own sentence or the
/// one before is that picture, not the body or outlet named near it; a
/// picture has no actor, and who made it is no speaker unless the text says
/// so. The claim stays (PolNeAR's gold keeps "It" as the source), with no
/// actor. "It said" after the same sentence keeps its body.
pub(crate) fn depicted_it_has_no_actor(ctx: &Ctx, drafts: &mut [Draft]) {
    let wd = ctx.words;
    for d in drafts.iter_mut() {
        let Some(span) = d.speaker.span.as_ref() else {
            continue;
        };
        // An "it" with an actor before its cue first (few speakers are), then
        // the cue's class: most cues are no depiction verb.
        if d.speaker.actor.is_none()
            || span.end > d.cue.0
            || !ctx.text[span.start..span.end].eq_ignore_ascii_case("it")
        {
            continue;
        }
        let verb = ctx.text[d.cue.0..d.cue.1].rsplit(' ').next().unwrap_or("");
        if wd.exact(verb) & words::DEPICTION_VERB == 0 {
            continue;
        }
        let own = ctx.sentence_of(span.start);
        let from = own
            .checked_sub(1)
            .and_then(|i| ctx.sentences.get(i))
            .or_else(|| ctx.sentences.get(own))
            .map_or(span.start, |s| s.start.min(span.start));
        let picture = ctx.text[from..span.start].split_space().any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            lower_in(wd, w, words::DEPICTION)
        });
        if picture {
            d.speaker.actor = None;
        }
    }
}

/// What opens a sentence as its subject, for [`it_names_the_subject_before`].
enum Subject {
    /// A body, with its actor when the knowledge base has one.
    Body(Option<String>),
    Person,
}

impl Ctx<'_> {
    /// The subject opening the sentence `start..end`: a phrase of at most
    /// five words ending in a `body_noun` head, after at most one leading
    /// determiner and with no other determiner, pronoun or preposition
    /// before the head ("The man left the company" opens with no body), or
    /// a mention opening the sentence (after "The") that no lower-case word
    /// of the phrase follows.
    fn body_subject(&self, start: usize, end: usize) -> Option<Subject> {
        const BODY: words::Classes = words::BODY_NOUN;
        let wd = self.words;
        let mut at = start;
        let mut ws_iter = self.text[start..end].split(' ').take(6).peekable();
        let mut i = 0;
        while let Some(w) = ws_iter.next() {
            let (ws, we) = (at, at + w.len());
            at = we + 1;
            let c = wd.exact(w);
            // A body noun before another noun is a modifier ("the campaign
            // manager", "the party committee"): read on to the head.
            let noun_next = ws_iter
                .peek()
                .is_some_and(|n| wd.exact(n) & (words::PEOPLE_NOUN | BODY) != 0);
            if i > 0 && is_lower_word(w) && c & BODY != 0 && !noun_next {
                let (ma, mb) = self.mention_range(start, we);
                let actor = self.mentions[ma..mb]
                    .iter()
                    .find(|m| m.end == we && !self.is_person_or_place(m.actor))
                    .map(|m| self.actors.actors[m.actor].id.clone());
                return Some(Subject::Body(actor));
            }
            let stop = words::DETERMINER | words::PRONOUN | words::NOT_BEFORE_CUE | words::NP_STOP;
            if i > 0 && c & stop != 0 {
                return None;
            }
            if let Some(mi) = self.mention_starting_in(ws, we) {
                let m = &self.mentions[mi];
                // A name, whole, alone: not a possessive ("Oman's rebels"), a
                // role noun ("The leaders of …") or a coordination ("The
                // United States and European leaders").
                let after = &self.text[m.end..end];
                // A name, after "The" at most ("A U.S. drone strike"); its
                // last word capitalised ("A U.S. official" is a person).
                let mention = &self.text[m.start..m.end];
                let name = mention.starts_with(|c: char| c.is_uppercase())
                    && !mention.split_space().any(is_lower_word)
                    && (i == 0 || self.text[start..ws].trim() == "The");
                if m.start != ws || i > 1 || !name || !after.starts_with(' ') {
                    return None;
                }
                // ("U.S. officials": the name modifies a noun of people.)
                let next = after.split_space().nth(1).unwrap_or("");
                let people = words::PEOPLE_NOUN;
                let modifies = wd.exact(next) & people != 0 && wd.exact(next) & BODY == 0;
                if after.starts_with(" and ") || modifies {
                    return None;
                }
                let next = self.text[m.end..end].split(' ').find(|w| !w.is_empty());
                if next.is_none_or(|n| wd.exact(n) & BODY == 0) {
                    return match self.actors.actors[m.actor].kind {
                        ActorKind::Person => Some(Subject::Person),
                        ActorKind::Place => None,
                        _ => Some(Subject::Body(Some(self.actors.actors[m.actor].id.clone()))),
                    };
                }
            } else if i == 0 && c & words::DETERMINER == 0 {
                return None;
            }
            i += 1;
        }
        None
    }

    /// Whether the actor with the id `id` is a body: no person, no place.
    fn is_body_id(&self, id: &str) -> bool {
        self.actors
            .actor_by_id(id)
            .is_some_and(|k| !self.is_person_or_place(k))
    }

    fn is_person_or_place(&self, actor: usize) -> bool {
        matches!(
            self.actors.actors[actor].kind,
            ActorKind::Person | ActorKind::Place
        )
    }
}

/// The comma that ends the subordinate clause opening `sentence`, whose
/// first comma is at `first_comma`. "After Obama, Biden and Harris met,
/// she said": when only names stand between the subordinator and the first
/// comma, and the part after it joins more names with "and" or "or", the
/// first comma separates the items of the clause's subject, and the clause
/// ends at the next comma. Otherwise ("After the vote, Harris and Biden
/// met") the first comma ends it; a day or a month is no name ("Since
/// January, Trump and Clinton have traded barbs, and …": a time, and the
/// first comma ends the clause).
fn opening_clause_end(wd: &DocWords, sentence: &str, first_comma: usize) -> usize {
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut lead = sentence[..first_comma].split_space();
    lead.next();
    let mut lead = lead.peekable();
    let names_only = lead.peek().is_some()
        && lead.all(|w| capitalized(w) && wd.exact(w) & words::TIME_WORD == 0);
    if !names_only {
        return first_comma;
    }
    let rest = &sentence[first_comma + 1..];
    let Some(next_comma) = rest.find(',') else {
        return first_comma;
    };
    let items = rest[..next_comma].trim();
    let mut ws = items.split_space();
    let joins_names = capitalized(ws.next().unwrap_or(""))
        && ws
            .clone()
            .zip(ws.skip(1))
            .any(|(c, n)| matches!(c, "and" | "or") && capitalized(n));
    match joins_names {
        true => first_comma + 1 + next_comma,
        false => first_comma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether [`verb_follows`] reads a verb in `rest`, after the name "Roe".
    fn verb_after_name(rest: &str) -> bool {
        let lex = CueLexicon::builtin().expect("cue lexicon loads");
        let text = format!("Roe{rest}");
        let wd = DocWords::new(&lex.words, &text);
        verb_follows(&wd, &text, "Roe".len(), text.len())
    }

    #[test]
    fn ly_nouns_short_ed_words_and_ed_adjectives_open_no_verb() {
        for rest in [
            " family members",
            " elderly voters",
            " red states",
            " retired generals",
            " gas prices",
        ] {
            assert!(!verb_after_name(rest), "{rest}");
        }
        // Near misses: an adverb, then a past or present; a regular past; an
        // auxiliary before any word.
        for rest in [
            " quickly agreed to the terms",
            " signed the bill",
            " opposes the bill",
            " has sent aides",
            " will fight",
        ] {
            assert!(verb_after_name(rest), "{rest}");
        }
    }
}
