//! What the passes over one document share: its text, layer, actors,
//! claims and lexicon with the claims indexed for the per-sentence lookups
//! ([`Doc`]); the claims and cues of the sentence in hand ([`Scope`], walked
//! on from sentence to sentence by [`ClaimSweep`]); the records built so far
//! ([`Found`]); and the set-up of each sentence before its triggers are
//! read: its tokens ([`TokenWalk`]), the cue marks ([`mark_cue_tokens`]) and
//! its actor mentions ([`place_mentions`]). State is passed to each pass as
//! an argument, not set around it (session 22's convention).

use super::*;
use sitrep_record::ViaRole;

/// A claim's span or cue and its index in the document's claims: (start,
/// end, claim).
pub(super) type ClaimSpan = (usize, usize, usize);

/// The document and its claims, indexed once for the lookups every
/// sentence and trigger makes.
pub(super) struct Doc<'d> {
    pub(super) text: &'d str,
    pub(super) layer: &'d TextLayer,
    pub(super) actors: &'d DocActors,
    pub(super) claims: &'d [ClaimRecord],
    pub(super) lex: &'d EventLexicon,
    /// Claims by content span, innermost first when nested.
    claim_spans: Vec<ClaimSpan>,
    /// Each claim's speaker actor, found by id on first use and kept: the
    /// same claim is asked for by every trigger in or near it, and
    /// `actor_by_id` compares the id with every actor's.
    speaker_cache: Vec<Cell<u32>>,
    /// The claims' cues in text order, with their claim: a stretch looks
    /// only at those that start less than the longest cue before it (once
    /// per sentence for the cue marks, once per trigger for a cue's
    /// speaker), not at every claim of the document.
    cues: Vec<ClaimSpan>,
    longest_cue: usize,
    /// The weekday the story was published on (0 Monday … 6 Sunday), when
    /// its record has a date: what a weekday alone in a present tense
    /// ("travels to Paris on Friday") is read against.
    pub(super) weekday: Option<u8>,
}

impl<'d> Doc<'d> {
    pub(super) fn new(
        layer: &'d TextLayer,
        actors: &'d DocActors,
        claims: &'d [ClaimRecord],
        lex: &'d EventLexicon,
        weekday: Option<u8>,
    ) -> Self {
        let mut claim_spans: Vec<ClaimSpan> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.content.start < c.content.end)
            .map(|(i, c)| (c.content.start, c.content.end, i))
            .collect();
        claim_spans.sort_by_key(|&(s, e, _)| (e - s, s));
        let mut cues: Vec<ClaimSpan> = claims
            .iter()
            .enumerate()
            .map(|(k, c)| (c.cue.start, c.cue.end, k))
            .collect();
        cues.sort_unstable();
        let longest_cue = cues
            .iter()
            .map(|&(a, b, _)| b.saturating_sub(a))
            .max()
            .unwrap_or(0);
        Doc {
            text: layer.text.as_str(),
            layer,
            actors,
            claims,
            lex,
            claim_spans,
            speaker_cache: vec![Cell::new(SPEAKER_UNSEEN); claims.len()],
            cues,
            longest_cue,
            weekday,
        }
    }

    /// The length in bytes of the document's longest sentence. A sentence
    /// has no more tokens than bytes (tokens are nonempty and do not
    /// overlap), and its bytes are known without a search for its tokens.
    pub(super) fn longest_sentence(&self) -> usize {
        self.layer
            .sentences
            .iter()
            .map(|s| s.end.saturating_sub(s.start))
            .max()
            .unwrap_or(0)
    }

    /// The speaker actor of a claim, if it is a known actor.
    #[inline]
    pub(super) fn speaker_of(&self, claim: usize) -> Option<usize> {
        let cached = self.speaker_cache.get(claim)?;
        match cached.get() {
            SPEAKER_UNSEEN => {
                let found = self.claims[claim]
                    .speaker
                    .actor
                    .as_deref()
                    .and_then(|id| self.actors.actor_by_id(id));
                cached.set(found.map_or(SPEAKER_NONE, |a| a as u32));
                found
            }
            SPEAKER_NONE => None,
            a => Some(a as usize),
        }
    }

    /// The cues that may overlap the bytes `start..end`: a cue ending after
    /// `start` starts less than `longest_cue` before it.
    fn cues_near(&self, start: usize, end: usize) -> &[ClaimSpan] {
        let cues = &self.cues;
        let from = cues.partition_point(|&(s, _, _)| s + self.longest_cue <= start);
        let to = from + cues[from..].partition_point(|&(s, _, _)| s < end);
        &cues[from..to]
    }

    /// The speaker actor of the first claim (in `claims` order) whose cue
    /// overlaps `start..end` and whose speaker is a known actor, among the
    /// cues `near` them (see [`cue_claim_at`]).
    #[inline]
    pub(super) fn cue_speaker_at(
        &self,
        near: &[ClaimSpan],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        near.iter()
            .filter(|&&(s, e, _)| s < end && start < e)
            .filter_map(|&(_, _, k)| self.speaker_of(k).map(|sp| (k, sp)))
            .min_by_key(|&(k, _)| k)
            .map(|(_, sp)| sp)
    }
}

/// Whether some claim's cue overlaps the bytes `start..end`, among the cues
/// `near` them (the sentence's: every cue that overlaps a stretch of a
/// sentence is `cues_near` the sentence, so the search for each trigger
/// starts from those rather than from the document's).
#[inline]
pub(super) fn cue_claim_at(near: &[ClaimSpan], start: usize, end: usize) -> bool {
    near.iter().any(|&(s, e, _)| s < end && start < e)
}

/// The claims and cues of each sentence, walked on from the previous
/// sentence's (sentences are in text order).
pub(super) struct ClaimSweep {
    /// The claim spans in order of start, each with its rank in
    /// `Doc::claim_spans`.
    by_start: Vec<ClaimSpan>,
    next_span: usize,
    /// The spans that may overlap the sentence: they join in order of start
    /// once a sentence reaches them and leave once one starts after them.
    active: Vec<ClaimSpan>,
    /// The sentence's cues: `cues[cues_from..cues_to]`, for the bounds
    /// `cues_for`.
    cues_from: usize,
    cues_to: usize,
    cues_for: (usize, usize),
}

impl ClaimSweep {
    pub(super) fn new(doc: &Doc) -> Self {
        let mut by_start: Vec<ClaimSpan> = doc
            .claim_spans
            .iter()
            .enumerate()
            .map(|(rank, &(s, e, _))| (s, e, rank))
            .collect();
        by_start.sort_unstable();
        ClaimSweep {
            by_start,
            next_span: 0,
            active: Vec::new(),
            cues_from: 0,
            cues_to: 0,
            cues_for: (0, 0),
        }
    }

    /// The scope of a sentence: per sentence, the claims that overlap it,
    /// in `claim_spans` order (a span holding a stretch of the sentence is
    /// among them), found by a sweep; and the cues that may overlap the
    /// sentence's tokens (the last one may end past the sentence's end):
    /// `cues_near` the sentence. Both cue bounds only move forward from
    /// sentence to sentence, so they are walked on from the previous
    /// sentence's, not searched for.
    pub(super) fn scope<'a>(
        &'a mut self,
        doc: &'a Doc<'a>,
        sent: &'a Sentence,
        toks: &'a [Token],
        headline: bool,
    ) -> Scope<'a> {
        while self.next_span < self.by_start.len() && self.by_start[self.next_span].0 <= sent.end {
            self.active.push(self.by_start[self.next_span]);
            self.next_span += 1;
        }
        self.active.retain(|&(_, e, _)| e >= sent.start);
        let near_end = sent.end.max(toks[toks.len() - 1].end);
        debug_assert!(
            sent.start >= self.cues_for.0 && near_end >= self.cues_for.1,
            "sentences in order"
        );
        self.cues_for = (sent.start, near_end);
        let cues = &doc.cues;
        while self.cues_from < cues.len() && cues[self.cues_from].0 + doc.longest_cue <= sent.start
        {
            self.cues_from += 1;
        }
        self.cues_to = self.cues_to.max(self.cues_from);
        while self.cues_to < cues.len() && cues[self.cues_to].0 < near_end {
            self.cues_to += 1;
        }
        let sent_cues = &cues[self.cues_from..self.cues_to];
        debug_assert_eq!(sent_cues, doc.cues_near(sent.start, near_end));
        Scope {
            doc,
            sent,
            toks,
            active: &self.active,
            cues: sent_cues,
            headline,
        }
    }
}

/// The sentence in hand: its bounds and tokens, the claims that overlap it
/// and the cues near it, and whether the trigger search found it
/// headline-cased.
pub(super) struct Scope<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) sent: &'a Sentence,
    pub(super) toks: &'a [Token],
    /// The claim spans that overlap the sentence (see [`ClaimSweep`]).
    active: &'a [ClaimSpan],
    /// The cues that may overlap the sentence's tokens.
    pub(super) cues: &'a [ClaimSpan],
    /// The sentence is headline-cased (see [`find_hits`]).
    pub(super) headline: bool,
}

impl Scope<'_> {
    /// The first span in `claim_spans` order (the smallest) that holds the
    /// stretch: the active one of lowest rank.
    #[inline]
    pub(super) fn claim_of(&self, start: usize, end: usize) -> Option<usize> {
        self.active
            .iter()
            .filter(|&&(s, e, _)| s <= start && end <= e)
            .map(|&(_, _, rank)| rank)
            .min()
            .map(|rank| self.doc.claim_spans[rank].2)
    }

    /// Whether a claim's cue overlapping the bytes `start..end` is itself
    /// told "according to" someone ("Russia and Ukraine discussed a
    /// prisoner exchange, according to two sources"): the act the cue
    /// names is known only from that source, attributed, not asserted.
    pub(super) fn cue_told_according_to(&self, start: usize, end: usize) -> bool {
        self.cues
            .iter()
            .filter(|&&(s, e, _)| s < end && start < e)
            .any(|&(_, _, k)| {
                self.doc.claims[k]
                    .via
                    .iter()
                    .any(|v| v.role == ViaRole::AccordingTo)
            })
    }

    /// The first token starting at or after `byte`.
    #[inline]
    pub(super) fn tok_index(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.start < byte)
    }

    /// The first token of a claim's content in this sentence.
    #[inline]
    pub(super) fn content_start_of(&self, claim: usize) -> usize {
        self.doc
            .claims
            .get(claim)
            .map(|c| self.tok_index(c.content.start.max(self.sent.start)))
            .unwrap_or(0)
    }
}

/// The records built so far, and what a sentence hands to the next ones.
#[derive(Default)]
pub(super) struct Found {
    /// The document's events, in the order they were built.
    pub(super) out: Vec<EventRecord>,
    /// Trigger spans of the events whose war mode a weapon or war noun gave.
    pub(super) war_nouns: Vec<(usize, usize)>,
    /// The doers of the last verb found with a subject, for the possessive
    /// pronouns of a later clause.
    pub(super) last_subject: Vec<usize>,
    /// Where a person the actor pass left unresolved was a verb's subject
    /// after `last_subject` was set ("Jim Harlow criticized the plan"): a
    /// later "he" or "him" cannot reach past that name to someone named
    /// before it.
    pub(super) unnamed_person: Option<usize>,
}

/// The walk over the document's tokens, sentence by sentence, and the word
/// counts of the tokens outside every sentence (those inside are counted by
/// `find_hits`).
#[derive(Default)]
pub(super) struct TokenWalk {
    cursor: usize,
    pub(super) domain: DomainCount,
}

impl TokenWalk {
    /// The tokens of this sentence, walking forward (sentences and tokens
    /// are both in text order).
    pub(super) fn sentence<'d>(&mut self, doc: &Doc<'d>, sent: &Sentence) -> &'d [Token] {
        let layer: &'d TextLayer = doc.layer;
        let all = &layer.tokens;
        while self.cursor < all.len() && all[self.cursor].start < sent.start {
            self.count_outside(doc, &all[self.cursor]);
            self.cursor += 1;
        }
        let first = self.cursor;
        self.cursor += all[first..].partition_point(|t| t.start < sent.end);
        &all[first..self.cursor]
    }

    /// Counts the tokens after the last sentence.
    pub(super) fn finish(mut self, doc: &Doc) -> DomainCount {
        for t in &doc.layer.tokens[self.cursor..] {
            self.count_outside(doc, t);
        }
        self.domain
    }

    /// A token outside every sentence is counted here.
    fn count_outside(&mut self, doc: &Doc, t: &Token) {
        if t.kind == TokenKind::Word {
            self.domain.words += 1;
            self.domain.domain += usize::from(doc.lex.filter.is_domain_word(t.text(doc.text)));
        }
    }
}

/// Marks the tokens of the claims' cues in the sentence with [`CUE`].
/// (Each cue marks its own tokens, so the order they are taken in does not
/// matter.)
pub(super) fn mark_cue_tokens(sc: &Scope, s: &mut Sent) {
    let Doc { text, lex, .. } = *sc.doc;
    let (sent, toks) = (sc.sent, sc.toks);
    for &(cue_start, cue_end, _) in sc.cues {
        if cue_start < sent.end && cue_end > sent.start {
            // Auxiliaries and adverbs that lead a cue ("has rejected",
            // "also said") are not the speech act: a subject search
            // passes them.
            let mut head = true;
            // Tokens are in order and do not overlap: the cue's are a
            // run starting at the first one at or after its start.
            let at = toks.partition_point(|t| t.start < cue_start);
            let run = toks[at..].iter().zip(s.flags[at..].iter_mut());
            for (t, f) in run.take_while(|(t, _)| t.end <= cue_end) {
                let w = &text[t.start..t.end];
                if head
                    && t.end < cue_end
                    // Words sitrep-claims takes into a cue before its
                    // speech verb ("has said", "sharply criticised"):
                    // the same data file and test.
                    && lex.claim_words.leads_cue(w)
                {
                    continue;
                }
                head = false;
                *f |= CUE;
            }
        }
    }
}

/// Places the sentence's actor mentions on its tokens (`ments`,
/// `ment_of`) and clears the per-sentence buffers of `s`: a name that only
/// qualifies a noun goes to `qualifiers`, a city naming an agreement is
/// dropped, and a capitalised word of a name loses its modal classes.
pub(super) fn place_mentions(sc: &Scope, s: &mut Sent, lower: &mut String) {
    let Doc {
        text, actors, lex, ..
    } = *sc.doc;
    let (sent, toks) = (sc.sent, sc.toks);
    let tok_index = |byte: usize| -> usize { sc.tok_index(byte) };
    let tok_containing = |byte: usize| -> usize { toks.partition_point(|t| t.end <= byte) };
    s.ments.clear();
    s.qualifiers.clear();
    s.ruled_out_verbs.clear();
    s.ment_of.clear();
    s.ment_of.resize(toks.len(), NONE);
    s.trig_of.clear();
    s.trig_of.resize(toks.len(), NONE);
    s.trig_verb.clear();
    // The mentions come in order of start, so the token holding each
    // one's start (`tok_containing`) is found by walking on from the
    // previous one's, and its end (`tok_index`) by walking over its own
    // tokens: every token before the start token ends at or before the
    // start and so starts before the end.
    let mut held = 0usize;
    let mut last_start = 0usize;
    for m in actors.mentions_in(sent.start, sent.end) {
        if m.start < last_start {
            held = 0;
        }
        last_start = m.start;
        while held < toks.len() && toks[held].end <= m.start {
            held += 1;
        }
        let a = held;
        let mut past = a;
        while past < toks.len() && toks[past].start < m.end {
            past += 1;
        }
        debug_assert_eq!((a, past), (tok_containing(m.start), tok_index(m.end)));
        let b = past.max(a + 1).min(toks.len());
        if a >= toks.len() {
            continue;
        }
        // A name that only qualifies a noun ("the Iran-backed group
        // attacked") is no participant; an affix trigger on the same
        // word ("-backed": SUPPORT from Iran) reads it from `qualifiers`.
        // "a Marshall Islands-flagged tanker": so is a name of several
        // words whose last word is the hyphenated one.
        if is_qualifier(text, &toks[b - 1], m.end, lex) {
            s.qualifiers.push((a, m.actor, m.how));
            continue;
        }
        // "the Minsk agreements", "the Paris agreement", "the Oslo
        // accords": a city named before an agreement noun names the
        // agreement after where it was made; the state of the city is
        // no party to it. A state's own name ("the Iran deal") may be.
        let city = matches!(
            m.how,
            MentionHow::Alias(AliasKind::Metonym | AliasKind::Place)
                | MentionHow::Locative(AliasKind::Metonym | AliasKind::Place)
        );
        if city
            && a > 0
            && s.f(a - 1) & wc::DET != 0
            && b < toks.len()
            && is_agreement_noun(lex, toks[b].text(text), lower)
        {
            continue;
        }
        // "the Paris attacks", "the Brussels bombing": a city named before
        // an attack noun with no target phrase after it says where the
        // attack was, as "in Paris" does; its state is no attacker.
        // ("Moscow's strikes on Kyiv" and "Moscow attacks Kyiv" keep theirs.)
        let (how, attack_place) = match m.how {
            MentionHow::Alias(kind @ (AliasKind::Metonym | AliasKind::Place))
                if city_naming_attack(s, text, toks, a, b, lex, lower) =>
            {
                (MentionHow::Locative(kind), true)
            }
            how => (how, false),
        };
        let idx = s.ments.len() as u32;
        for slot in s.ment_of.iter_mut().take(b).skip(a) {
            *slot = idx;
        }
        // A capitalised word of a name is no modal ("Theresa May met
        // Macron", "Will Hurd voted"): in a headline-cased sentence or
        // at its start the word search gave it its lower-case classes.
        for (tok, f) in toks[a..b].iter().zip(&mut s.flags[a..b]) {
            if upper_start(text, tok) {
                *f &= !NAME_NOT_MODAL;
            }
        }
        s.ments.push(M {
            a,
            b,
            actor: m.actor,
            how,
            attack_place,
        });
    }
}

/// Whether the city mention at tokens `a..b` opens an attack noun's phrase
/// as its place ("the Paris attack", "Paris attacks test the resolve"): the
/// noun right after it, no target preposition after the noun ("the Paris
/// attacks on the newspaper" may name the attacker), and either a
/// determiner before the city or, at the sentence's start, a lower-case
/// word after the noun that is no particle, adverb or object opener
/// ("Moscow strikes back", "Moscow attacks the port" are verbs).
fn city_naming_attack(
    s: &Sent,
    text: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    lex: &EventLexicon,
    lower: &mut String,
) -> bool {
    if b >= toks.len() || !is_attack_noun(lex, toks[b].text(text), lower) {
        return false;
    }
    let after = b + 1;
    if after < toks.len() && s.f(after) & wc::TPREP != 0 {
        return false;
    }
    if a > 0 {
        return s.f(a - 1) & wc::DET != 0;
    }
    // The word's classes come from the lexicon: the sentence's own flags
    // hold only the classes the trigger search looked up.
    let not_a_verbs_complement =
        wc::PARTICLE | wc::SKIP | wc::DET | wc::POSS | wc::PRON | PREPS | wc::CONJ;
    toks.get(after).is_some_and(|t| {
        let word = t.text(text);
        t.kind == TokenKind::Word
            && word.starts_with(|c: char| c.is_lowercase())
            && !word.ends_with("ly")
            && s.f(after) & not_a_verbs_complement == 0
            && lex
                .lookup(word, lower)
                .is_none_or(|info| info.classes & not_a_verbs_complement == 0)
    })
}
