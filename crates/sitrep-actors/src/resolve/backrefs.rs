//! Bare nouns that name back the one actor of their kind named in their
//! paragraph or the one before (`back-noun` rows of the context lexicon):
//! "the monitor said" after a monitoring body, "the majority wrote" and
//! "the four dissenting judges" after a court, "the foundation" after a
//! body called a foundation; and "the pontiff", the holder of an office
//! named before.

use super::*;
use crate::lexicon::BackNoun;

/// The most lower-case words between "the" and a back noun ("the four
/// dissenting judges", "the global hunger monitor").
const MAX_MODIFIERS: usize = 3;

impl<'a> Resolver<'a> {
    /// "The Integrated Food Security Phase Classification (IPC) said … the
    /// monitor said": a `back-noun` after "the" (a few lower-case words may
    /// stand between) names back the one actor of a kind its row lists that
    /// the text names in the noun's paragraph or the one before, mentions
    /// this pass found included (so "the foundation" carries on from
    /// paragraph to paragraph). Two such actors, none, "the majority of",
    /// or a noun inside another mention leave it.
    #[inline(never)]
    pub(super) fn back_noun_mentions(&mut self) {
        self.sort_cands();
        let bytes = self.text.as_bytes();
        let mut found = std::mem::take(&mut self.found);
        // The words that may be back nouns, noted by the descriptor pass.
        let back_noun_tokens = std::mem::take(&mut self.back_noun_tokens);
        for &k in &back_noun_tokens {
            let t = self.tokens[k];
            let Some(back) = self.lex.back_noun(self.word(k)) else {
                continue;
            };
            // "the Pope said": capitalized, the noun is an office's title
            // and names only its holder, never a body of a kind; not
            // before a name ("the Pope Francis era" is the name's).
            if bytes[t.start].is_ascii_uppercase()
                && (back.holders.is_empty() || self.capitalized_after(k))
            {
                continue;
            }
            let Some(the) = self.article_before_modifiers(k) else {
                continue;
            };
            // "the majority of voters", "the monitor-led talks".
            if let Some(next) = self.tokens.get(k + 1) {
                let word = self.word(k + 1);
                if (word == "of" && self.spaced(t.end, next.start))
                    || (word == "-" && next.start == t.end)
                    || self.heads_compound(k + 1)
                {
                    continue;
                }
            }
            let start = self.tokens[the].start;
            if (self.overlaps_cand(start, t.end) && !self.only_bare_bodies_in(start, t.end))
                || self.hit_overlapping(start, t.end).is_some()
                || self.apposed_to_mention(start)
            {
                continue;
            }
            let head = self.word(k);
            // "the former pope" is not the present holder: a role prefix
            // other than "new" or "current" keeps the office's holder out.
            let timed = (the + 1..k).any(|j| {
                let w = self.word(j);
                self.lex.is_role_prefix(w) && !self.lex.is_present_prefix(w)
            });
            let holder = if timed {
                None
            } else {
                self.office_holder_named(start, back)
            };
            if let Some(target) = holder.or_else(|| self.one_named_back(start, back, head, &found))
            {
                found.push(Cand::context(start, t.end, target, (t.start, t.end)));
            }
        }
        self.add_bodies_named_back(found);
    }

    /// Whether token `k`, right after a back noun, is a lower-case role or
    /// body word that makes the back noun a modifier of it: "the majority
    /// leader", "the majority government", "the foundation's chairman" is
    /// not (the possessive keeps the noun its own phrase).
    fn heads_compound(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        let word = self.word(k);
        let lex = self.lex;
        t.kind == TokenKind::Word
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && self.spaced(self.tokens[k - 1].end, t.start)
            && (lex.is_leader_noun(word)
                || lex.is_leader_role(word)
                || lex.is_office_noun(word)
                || lex.is_portfolio_head(word)
                || lex.is_body_descriptor(word)
                || lex.is_compound_tail(word)
                || lex.role_word_gender(word).is_some()
                || !lex.role_kind(word).is_empty())
    }

    /// Whether a capitalized word follows token `k` with a space between.
    fn capitalized_after(&self, k: usize) -> bool {
        self.tokens.get(k + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && self.text.as_bytes()[n.start].is_ascii_uppercase()
                && self.spaced(self.tokens[k].end, n.start)
        })
    }

    /// "took the name Leo XIV, the first pope from the United States": a
    /// phrase right after a mention and a comma restates it, as part of that
    /// mention's phrase, not a mention of its own (as for `anaphor` nouns).
    fn apposed_to_mention(&self, start: usize) -> bool {
        let Some(before) = start.checked_sub(2) else {
            return false;
        };
        if self.text.get(before..start) != Some(", ") {
            return false;
        }
        let i = self.cands.partition_point(|c| c.start < before);
        self.cands[..i]
            .iter()
            .rev()
            .take(4)
            .any(|c| c.end == before)
    }

    /// The token of the "the" before back noun `k`, over at most
    /// [`MAX_MODIFIERS`] lower-case words or numbers spaced between (none a
    /// determiner, a preposition, a word that opens a clause or one that
    /// names another of the kind, "the other tribunal").
    fn article_before_modifiers(&self, k: usize) -> Option<usize> {
        let mut j = k;
        for _ in 0..=MAX_MODIFIERS {
            let (prev, next) = (self.tokens.get(j.checked_sub(1)?)?, self.tokens[j]);
            if prev.kind != TokenKind::Word || !self.spaced(prev.end, next.start) {
                return None;
            }
            let word = self.word(j - 1);
            if word.eq_ignore_ascii_case("the") {
                return Some(j - 1);
            }
            let modifier = word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !self.lex.is_determiner(word)
                && !self.lex.is_locative(word)
                && !self.lex.is_clause_opener(word)
                && !self.lex.is_back_contrast(word)
                && word != "of";
            if !modifier {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// The one actor `back` lets its noun `head` name back among the
    /// candidates (and this pass's `found`) from the start of the paragraph
    /// before the one holding `at` up to `at`; `None` for none or two.
    fn one_named_back(
        &self,
        at: usize,
        back: &BackNoun,
        head: &str,
        found: &[Cand],
    ) -> Option<Target> {
        let para = self.paragraph_start(at);
        let from = if para == 0 {
            0
        } else {
            self.paragraph_start(para.saturating_sub(2))
        };
        let lo = self.cands.partition_point(|c| c.start < from);
        let hi = self.cands.partition_point(|c| c.start < at);
        // Bounded look-back keeps long paragraphs linear.
        let earlier = self.cands[lo.max(hi.saturating_sub(200))..hi].iter();
        let mut one: Option<&Target> = None;
        // With `rivals`: an actor of the kinds not called so, which leaves
        // the noun when it is another than the one called so.
        let mut rival: Option<&Target> = None;
        for c in earlier.chain(found.iter().filter(|c| c.start >= from)) {
            if c.end > at || c.how.is_metonym() || !self.back_noun_kind_fits(c, back) {
                continue;
            }
            if !self.back_noun_called(c, back, head) {
                if back.rivals && rival.is_none() {
                    rival = Some(&c.target);
                }
                continue;
            }
            match one {
                Some(o) if self.target_id(o) != self.target_id(&c.target) => return None,
                _ => one = Some(&c.target),
            }
        }
        match (one, rival) {
            (Some(o), Some(r)) if self.target_id(o) != self.target_id(r) => None,
            _ => one.cloned(),
        }
    }

    /// "Leo XIV … the pontiff": the holder on the publication date of an
    /// office `back` lists (`holder:VAT:pope`), when a mention before `at`
    /// names them.
    fn office_holder_named(&self, at: usize, back: &BackNoun) -> Option<Target> {
        let date = self.published?;
        let hi = self.cands.partition_point(|c| c.start < at);
        back.holders.iter().find_map(|(country, role)| {
            let p = self.kb.holder_of(country, role, date)?;
            self.cands[..hi]
                .iter()
                .any(|c| c.target == Target::Kb(p))
                .then_some(Target::Kb(p))
        })
    }

    /// Whether mention `c` is of an actor of a kind (and sector) `back`
    /// lets its noun name.
    fn back_noun_kind_fits(&self, c: &Cand, back: &BackNoun) -> bool {
        let (kind, sector) = match &c.target {
            Target::Kb(a) => {
                let actor = self.kb.actor(*a);
                (actor.kind, actor.sector.as_deref())
            }
            Target::Sector { sector, .. } => (ActorKind::Country, Some(sector.as_str())),
            Target::NewPerson(_) | Target::Dominant { .. } => return false,
        };
        back.kinds
            .iter()
            .any(|(k, s)| *k == kind && s.as_deref().is_none_or(|s| Some(s) == sector))
    }

    /// Whether mention `c`, of a fitting kind, is called as `back` asks:
    /// by the noun `head` itself (`named`) or by one of its `named:WORD`
    /// words, in its KB name or its mention.
    fn back_noun_called(&self, c: &Cand, back: &BackNoun, head: &str) -> bool {
        if !back.named && back.named_as.is_empty() {
            return true;
        }
        let name = match &c.target {
            Target::Kb(a) => &self.kb.actor(*a).name[..],
            _ => "",
        };
        let mention = &self.text[c.start..c.end];
        let called = |noun: &str| {
            anaphora::names_itself_by(name, noun) || anaphora::names_itself_by(mention, noun)
        };
        (!back.named || called(head))
            && (back.named_as.is_empty() || back.named_as.iter().any(|w| called(w)))
    }
}
