//! Clause analysis: triggers → events with source, target and modality.
//!
//! Everything here works on the tokens of one sentence at a time, with the
//! word classes of `events-words.tsv` and the actor mentions of
//! `sitrep-actors`. Positions (`ta`, `tb`, mention `a`, `b`) are token
//! indices inside the sentence, half-open.

mod arguments;
mod governance;
mod modality;
mod places;
mod pronouns;
mod readings;
mod sentence;
mod sets;
mod triggers;
mod words;

use crate::filter::DomainCount;
use crate::lexicon::{wc, Class, EventLexicon, Form, Pos, WordInfo, NO_ID};
use arguments::{
    agent_after_any, arguments, bans_another_state, bare_modifiers_start,
    claim_before_coordinated_verb, crowd_subject, head_protest_row, ordered_act_doer, own_object,
    own_state, same_side, sent_to_help, subject_before,
};
use governance::{
    folded_into_event, governs, impersonal_clause_after, infinitive_after, infinitive_to,
    meeting_venue, np_internal, passive_infinitive_to, penalty_instrument,
    thing_effect_clause_after, unknown_addressee,
};
use modality::{
    acted_on_definite_subject, commented_definite_subject, condition_series,
    conditional_consequence, definite_np_at, definite_subject_of_event_verb, direct_question,
    factual_infinitive, inside_relative_clause_phrase, is_definite_determiner, modality_after,
    modality_flags, negated_clause_cue, negated_infinitive_cue, negative_quantifier_subject,
    possibility_clause, prescribed_declaration, remention_comment, reputed_infinitive,
    reversed_event_noun, support_verb_before, until_condition, wish_before_infinitive,
};
use places::{named_only_as_place, place_after, place_of};
use pronouns::{resolve_pronoun, PERSON_ANTECEDENT_BYTES};
use readings::{
    attacker_head, attacker_subject, characterising_small_clause, is_agreement_noun, is_event_noun,
    listed_class_after, nominal_reading, participle_modifier, perfect_aux, quantifier_subject,
    restating_subject, subject_head, verb_used_as_noun, voice_of,
};
use sets::{add_set_phrases, expand_sets};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Span, Stance};
use sitrep_text::{TextLayer, Token, TokenKind};
use std::cell::Cell;
use triggers::{find_hits, index_triggers, match_gapped, relative_object_row};
// The lexicon's tests look phrases up as the trigger search does.
#[cfg(test)]
pub(crate) use triggers::first_phrase_at;
use words::{is_upper_start, upper_start};

/// How far (in tokens) argument searches look.
const SUBJECT_WINDOW: usize = 30;
const OBJECT_WINDOW: usize = 14;
const MODALITY_WINDOW: usize = 6;
const GOVERN_WINDOW: usize = 14;

/// A trigger occurrence found by the matcher, before clause analysis.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// Token range inside the sentence.
    ta: usize,
    tb: usize,
    /// Byte range of the matched text.
    start: usize,
    end: usize,
    surface: usize,
}

/// An actor mention inside the current sentence.
#[derive(Debug, Clone, Copy)]
struct M {
    a: usize,
    b: usize,
    actor: usize,
    how: MentionHow,
}

/// Whether the mention is the name part of a hyphenated word that only
/// qualifies the noun after it ("the Iran-backed group", "a Russian-made
/// drone"): the word after the hyphen is of the `qualifier` class of
/// `claims-words.tsv`, the list sitrep-claims reads for the same reason.
fn is_qualifier(text: &str, tok: &Token, mention_end: usize, lex: &EventLexicon) -> bool {
    if mention_end >= tok.end {
        return false;
    }
    text.get(tok.start..tok.end)
        .and_then(|w| w.rsplit_once('-'))
        .is_some_and(|(_, last)| lex.claim_words.exact(last) & sitrep_claims::words::QUALIFIER != 0)
}

/// What a trigger is, once its lexicon row is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lexicon(u32),
    /// "must"/"should" after "X said (that)": a REQUEST from X.
    Obligation,
}

/// How a governed trigger hangs off its governor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    /// The event noun is the governor's object ("rejected a request").
    Object,
    /// "to" + verb.
    Infinitive,
    /// "that" + clause; the index is the "that" token.
    That(usize),
    /// "of"/"on" + -ing ("accused X of violating").
    Gerund,
    /// Coordinated with or attached to another governed trigger.
    Along,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    Active,
    /// "was attacked (by X)".
    Passive,
    /// A participle after its noun: "Hamas, armed by the IRGC".
    Reduced,
}

#[derive(Debug, Clone)]
struct Trig {
    kind: Kind,
    event_type: EventType,
    class: Class,
    pos: Pos,
    form: Form,
    /// Token range of the head ("imposed" of "imposed new sanctions").
    ta: usize,
    tb: usize,
    /// Token just after the whole trigger (after a gapped object).
    tend: usize,
    start: usize,
    end: usize,
    nominal: bool,
    voice: Voice,
    source: Vec<usize>,
    target: Vec<usize>,
    /// Source and target were fixed when the trigger was made.
    fixed: bool,
    governor: Option<(usize, Via)>,
    claim: Option<usize>,
    /// The only argument is a place after "in"/"near" (no participant).
    place_only: bool,
    /// Merged into a later verb of the same type ("Israeli strikes killed
    /// 20"): not emitted on its own.
    absorbed: bool,
    /// The lexicon row of the event noun this trigger absorbed (its means:
    /// "a car bomb killed", "killed in an air strike"), whose mode the
    /// event takes when its own row has none.
    means: Option<u32>,
    /// The mode of the act a threat folded in ("warned it would strike":
    /// violence), taken when neither its row nor its means has one.
    folded_mode: Option<String>,
    /// The act of an order to the orderer's own forces ("ordered the
    /// military to carry out strikes"): ordered, not yet reported done.
    ordered: bool,
}

impl Trig {
    fn passive(&self) -> bool {
        self.voice != Voice::Active
    }

    /// A verb (not a noun, affix or phrase): it heads its own clause.
    fn is_verb(&self) -> bool {
        !self.nominal && self.pos != Pos::Affix
    }

    /// Whether it governs complements (see the `class` column).
    fn governing(&self) -> bool {
        matches!(
            self.class,
            Class::Direct | Class::Commit | Class::Intent | Class::Modal
        )
    }
}

/// What the vocabulary said about a token when the trigger search looked it
/// up, kept so that later checks of the same token do not ask again.
#[derive(Debug, Clone, Copy)]
enum Looked<'l> {
    /// Not looked up: no word, or a capitalized word inside a sentence.
    Skipped,
    /// No entry for the word. `ascii`: the word is ASCII, so the entry's
    /// key is the word's ASCII lower case, the key the other word tables
    /// (second words, the filter's) use too.
    Unknown {
        ascii: bool,
    },
    Known {
        info: &'l WordInfo,
        ascii: bool,
    },
}

struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The lexicon, for the cold classes of a token the trigger search did
    /// not look up (`None` in unit tests of the walks).
    lex: Option<&'a EventLexicon>,
    flags: Vec<wc::Classes>,
    /// Per token, its vocabulary entry (see [`find_hits`]).
    looked: Vec<Looked<'a>>,
    /// Mention index per token, or `NONE`.
    ment_of: Vec<u32>,
    ments: Vec<M>,
    /// Names that only qualify a noun ("Iran-backed"): (token, actor, how).
    qualifiers: Vec<(usize, usize, MentionHow)>,
    /// Trigger index per head token, or `NONE`.
    trig_of: Vec<u32>,
    /// Per trigger index: whether it is a verb.
    trig_verb: Vec<bool>,
    /// Verbs a non-event context ruled out ("a storm [attacked] the
    /// coast"): still the clause's verb for a participle after it.
    ruled_out_verbs: Vec<usize>,
    /// The tokens where `find_hits` may find a trigger: the first words of
    /// phrases and the hyphenated words (scratch, filled per sentence).
    hit_starts: Vec<usize>,
}

const NONE: u32 = u32::MAX;
/// A claim whose speaker actor has not been looked up yet, and one whose
/// speaker is no known actor (the per-document speaker cache in [`run`]).
const SPEAKER_UNSEEN: u32 = u32::MAX;
const SPEAKER_NONE: u32 = u32::MAX - 1;

/// Modality classes a capitalised word loses inside an actor's name.
const NAME_NOT_MODAL: wc::Classes =
    wc::AUX | wc::HYPO | wc::OPEN | wc::FUTURE | wc::OBLIG | wc::NEG | wc::HEARSAY;

/// Token bit (beside the word classes): part of a claim's cue ("said").
const CUE: wc::Classes = 1 << 30;

/// Prepositions that put a mention inside a prepositional phrase.
const PREPS: wc::Classes =
    wc::TPREP | wc::VPREP | wc::LOC | wc::OF | wc::FROM | wc::FOR | wc::BY | wc::PREP;

/// The lexicon row a trigger matched (none for an obligation).
fn lexicon_row(t: &Trig) -> Option<u32> {
    match t.kind {
        Kind::Lexicon(e) => Some(e),
        Kind::Obligation => None,
    }
}

fn actors_of(group: &[M]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(group.len());
    extend_unique(&mut out, group.iter().map(|m| m.actor));
    out
}

/// Appends each of `more` that `actors` does not hold yet, in order.
fn extend_unique(actors: &mut Vec<usize>, more: impl IntoIterator<Item = usize>) {
    for a in more {
        if !actors.contains(&a) {
            actors.push(a);
        }
    }
}

/// What the current trigger's clause knows beyond its sentence.
struct Context<'c> {
    /// The speaker of the claim the trigger is reported in.
    claim_speaker: Option<usize>,
    /// First token of that claim's content in this sentence.
    content_start: Option<usize>,
    last_subject: &'c [usize],
    actors: &'c DocActors,
}

enum Subject {
    Found(Vec<M>),
    /// A pronoun at this token.
    Pronoun(usize),
    None,
}

/// Event types of cooperation, whose refusal is a rejection.
fn cooperative(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Agree
            | EventType::Consult
            | EventType::Support
            | EventType::Cooperate
            | EventType::Aid
            | EventType::Concede
            | EventType::Retreat
    )
}

/// An act whose doers are its parties: an agreement or a joint act among
/// several doers targets none of them.
fn mutual(ty: EventType) -> bool {
    matches!(ty, EventType::Agree | EventType::Cooperate)
}

/// Event types of conflict, whose doer a commenting speaker is often not.
fn hostile(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Accuse
            | EventType::Reject
            | EventType::Threaten
            | EventType::Protest
            | EventType::Sanction
            | EventType::Mobilize
            | EventType::Coerce
            | EventType::Assault
    )
}

/// The events of a document, in text order and without ids (the gate gives
/// them), and the document's word counts for the domain gate, taken on the
/// way (`EventFilter::domain_count` counts the same).
pub(crate) fn run(
    layer: &TextLayer,
    actors: &DocActors,
    claims: &[ClaimRecord],
    lex: &EventLexicon,
) -> (Vec<EventRecord>, DomainCount, Vec<(usize, usize)>) {
    let text = layer.text.as_str();
    // Claims by content span, innermost first when nested.
    let mut claim_spans: Vec<(usize, usize, usize)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.content.start < c.content.end)
        .map(|(i, c)| (c.content.start, c.content.end, i))
        .collect();
    claim_spans.sort_by_key(|&(s, e, _)| (e - s, s));
    // Per sentence, the claims that overlap it, in the same order: a span
    // holding a stretch of the sentence is among them. Found by a sweep
    // (sentences are in text order): spans join the active ones, in order
    // of start, once a sentence reaches them, and leave once one starts
    // after them; `rank` is the place in `claim_spans`.
    let mut by_start: Vec<(usize, usize, usize)> = claim_spans
        .iter()
        .enumerate()
        .map(|(rank, &(s, e, _))| (s, e, rank))
        .collect();
    by_start.sort_unstable();
    let mut next_span = 0usize;
    let mut active: Vec<(usize, usize, usize)> = Vec::new();
    // Each claim's speaker actor, found by id on first use and kept: the
    // same claim is asked for by every trigger in or near it, and
    // `actor_by_id` compares the id with every actor's.
    let speaker_cache: Vec<Cell<u32>> = vec![Cell::new(SPEAKER_UNSEEN); claims.len()];
    let speaker_of = |claim: usize| -> Option<usize> {
        let cached = speaker_cache.get(claim)?;
        match cached.get() {
            SPEAKER_UNSEEN => {
                let found = claims[claim]
                    .speaker
                    .actor
                    .as_deref()
                    .and_then(|id| actors.actor_by_id(id));
                cached.set(found.map_or(SPEAKER_NONE, |a| a as u32));
                found
            }
            SPEAKER_NONE => None,
            a => Some(a as usize),
        }
    };
    // The claims' cues in text order, with their claim: a stretch looks only
    // at those that start less than the longest cue before it (once per
    // sentence for the cue marks below, once per trigger for a cue's
    // speaker), not at every claim of the document.
    let mut cues: Vec<(usize, usize, usize)> = claims
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
    // The cues that may overlap the bytes `start..end`: a cue ending after
    // `start` starts less than `longest_cue` before it.
    let cues_near = |start: usize, end: usize| -> &[(usize, usize, usize)] {
        let from = cues.partition_point(|&(s, _, _)| s + longest_cue <= start);
        let to = from + cues[from..].partition_point(|&(s, _, _)| s < end);
        &cues[from..to]
    };
    // Whether some claim's cue overlaps the bytes `start..end`, among the
    // cues `near` them (the sentence's: every cue that overlaps a stretch of
    // a sentence is `cues_near` the sentence, so the search for each
    // trigger starts from those rather than from the document's).
    let cue_claim_at = |near: &[(usize, usize, usize)], start: usize, end: usize| {
        near.iter().any(|&(s, e, _)| s < end && start < e)
    };
    // The speaker actor of the first claim (in `claims` order) whose cue
    // overlaps `start..end` and whose speaker is a known actor.
    let cue_speaker_at = |near: &[(usize, usize, usize)], start: usize, end: usize| {
        near.iter()
            .filter(|&&(s, e, _)| s < end && start < e)
            .filter_map(|&(_, _, k)| speaker_of(k).map(|sp| (k, sp)))
            .min_by_key(|&(k, _)| k)
            .map(|(_, sp)| sp)
    };

    let mut out: Vec<EventRecord> = Vec::new();
    // Trigger spans of the events whose war mode a weapon or war noun gave.
    let mut war_nouns: Vec<(usize, usize)> = Vec::new();
    let mut last_subject: Vec<usize> = Vec::new();
    // Per sentence, the set phrases ("the two countries") read as a mention
    // of their representative state: (representative, the states).
    let mut sets: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut lower = String::new();
    // One analysis buffer for the whole document, cleared per sentence.
    let mut s = Sent {
        text,
        toks: &[],
        lex: Some(lex),
        flags: Vec::new(),
        looked: Vec::new(),
        ment_of: Vec::new(),
        ments: Vec::new(),
        qualifiers: Vec::new(),
        trig_of: Vec::new(),
        trig_verb: Vec::new(),
        ruled_out_verbs: Vec::new(),
        hit_starts: Vec::new(),
    };
    // The sentence's trigger hits and its triggers: buffers for the whole
    // document like `s`, refilled per sentence (kept beside `s` because the
    // sentence's steps read them while they change `s`).
    let mut hits: Vec<Hit> = Vec::new();
    let mut trigs: Vec<Trig> = Vec::new();
    // The per-token buffers hold at most a sentence's tokens: sized once for
    // the document's longest sentence, they never grow while it is read. A
    // sentence has no more tokens than bytes (tokens are nonempty and do not
    // overlap), and its bytes are known without a search for its tokens.
    let longest = layer
        .sentences
        .iter()
        .map(|s| s.end.saturating_sub(s.start))
        .max()
        .unwrap_or(0);
    s.flags.reserve(longest);
    s.looked.reserve(longest);
    s.ment_of.reserve(longest);
    s.trig_of.reserve(longest);
    s.hit_starts.reserve(longest);
    hits.reserve(longest);
    let mut tok_cursor = 0usize;
    let mut domain = DomainCount::default();
    // A token outside every sentence is counted here, the others by
    // `find_hits`.
    let count_outside = |t: &Token, domain: &mut DomainCount| {
        if t.kind == TokenKind::Word {
            domain.words += 1;
            domain.domain += usize::from(lex.filter.is_domain_word(t.text(text)));
        }
    };
    // The sentence's cues: `cues[cues_from..cues_to]`, for the bounds
    // `cues_for` (see below).
    let (mut cues_from, mut cues_to, mut cues_for) = (0usize, 0usize, (0usize, 0usize));
    for sent in layer.sentences.iter() {
        // The tokens of this sentence, walking forward (sentences and tokens
        // are both in text order).
        let all = &layer.tokens;
        while tok_cursor < all.len() && all[tok_cursor].start < sent.start {
            count_outside(&all[tok_cursor], &mut domain);
            tok_cursor += 1;
        }
        let first = tok_cursor;
        tok_cursor += all[first..].partition_point(|t| t.start < sent.end);
        let toks = &all[first..tok_cursor];
        if toks.is_empty() {
            continue;
        }
        let (headline, classes) = find_hits(
            text,
            toks,
            lex,
            &mut s.flags,
            &mut s.looked,
            &mut s.hit_starts,
            &mut hits,
            &mut domain,
            &mut lower,
        );
        let has_oblig = classes & wc::OBLIG != 0;
        // Without a trigger, only an obligation ("X said Y must ...") can
        // make an event.
        if hits.is_empty() && !has_oblig {
            continue;
        }
        s.toks = toks;
        while next_span < by_start.len() && by_start[next_span].0 <= sent.end {
            active.push(by_start[next_span]);
            next_span += 1;
        }
        active.retain(|&(_, e, _)| e >= sent.start);
        // The first span in `claim_spans` order (the smallest) that holds
        // the stretch: the active one of lowest rank.
        let claim_of = |start: usize, end: usize| -> Option<usize> {
            active
                .iter()
                .filter(|&&(s, e, _)| s <= start && end <= e)
                .map(|&(_, _, rank)| rank)
                .min()
                .map(|rank| claim_spans[rank].2)
        };
        // The cues that may overlap the sentence's tokens (the last one
        // may end past the sentence's end): `cues_near` the sentence. Both
        // bounds only move forward from sentence to sentence, so they are
        // walked on from the previous sentence's, not searched for.
        let near_end = sent.end.max(toks[toks.len() - 1].end);
        debug_assert!(
            sent.start >= cues_for.0 && near_end >= cues_for.1,
            "sentences in order"
        );
        cues_for = (sent.start, near_end);
        while cues_from < cues.len() && cues[cues_from].0 + longest_cue <= sent.start {
            cues_from += 1;
        }
        cues_to = cues_to.max(cues_from);
        while cues_to < cues.len() && cues[cues_to].0 < near_end {
            cues_to += 1;
        }
        let sent_cues = &cues[cues_from..cues_to];
        debug_assert_eq!(sent_cues, cues_near(sent.start, near_end));
        // (Each cue marks its own tokens, so the order they are taken in
        // does not matter.)
        for &(cue_start, cue_end, _) in sent_cues {
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
        let tok_index = |byte: usize| -> usize { toks.partition_point(|t| t.start < byte) };
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
                && is_agreement_noun(lex, toks[b].text(text), &mut lower)
            {
                continue;
            }
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
                how: m.how,
            });
        }
        // "Are you ready to talk to Washington again?", "Will Iran strike
        // back?": a direct question asks whether an act happens; it reports
        // none.
        let turn_body = layer.turn_opening(sent.start).map(|t| t.body);
        if direct_question(&s, turn_body) {
            continue;
        }
        // "Iran and Oman held talks. The two countries agreed ...": a set
        // phrase stands for the states named last before it, and is read as
        // a mention of one of them (its representative), which every
        // argument found below expands into all of them.
        sets.clear();
        if classes & wc::SET_NOUN != 0 {
            add_set_phrases(&mut s, layer, actors, lex, &mut sets, &mut lower);
        }
        let content_start_of = |claim: usize| -> usize {
            claims
                .get(claim)
                .map(|c| tok_index(c.content.start.max(sent.start)))
                .unwrap_or(0)
        };

        // 1. Choose a lexicon row for every hit.
        trigs.clear();
        let mut consumed_to = 0usize;
        for hit in &hits {
            let affix_hit = hit.start != toks[hit.ta].start;
            let (ta, tb) = (hit.ta, hit.tb);
            if ta < consumed_to {
                continue;
            }
            // A trigger inside an actor mention is part of a name.
            if !affix_hit && (ta..tb).any(|k| s.ment_of[k] != NONE) {
                continue;
            }
            if affix_hit && s.mention_at(ta).is_none() && s.qualifier_at(ta).is_none() {
                continue;
            }
            // A capitalized trigger inside a sentence is part of a name
            // ("Operation Protective Edge", "March 5").
            if !affix_hit && is_upper_start(&text[hit.start..hit.end]) && !headline {
                let first_word = ta == 0 || (ta == 1 && s.is_punct(0));
                let after_quote = ta > 0
                    && (s.punct(ta - 1, "\"") || s.punct(ta - 1, ":") || s.punct(ta - 1, "("));
                if !first_word && !after_quote {
                    continue;
                }
            }
            // Idioms and constructions that are no event ("when it comes
            // to", "is going to have to"): only a modal row may stay.
            // Only a word that starts a context row can open one, and the
            // vocabulary marks those words (a non-ASCII word, lower-cased
            // differently by the filter, always asks it).
            let may_open_context = match s.looked[ta] {
                Looked::Known { info, .. } if info.opens_context => true,
                Looked::Known { ascii, .. } | Looked::Unknown { ascii } => !ascii,
                Looked::Skipped => true,
            };
            let non_event = may_open_context
                && lex.filter.non_event_context(
                    &crate::filter::TokView {
                        text,
                        toks,
                        flags: &s.flags,
                        in_mention: &|k| s.ment_of[k] != NONE,
                    },
                    ta,
                    tb,
                );
            let candidates = &lex.surfaces[hit.surface];
            // A gapped row whose gap holds an actor ("killed 46 Afghan
            // civilians") is used only when the head alone is no event of
            // the same type: otherwise the plain verb says as much and keeps
            // the actor outside the trigger, where argument search finds it.
            // An object that is itself an event noun ("rejected a U.S.
            // request") keeps the row: it folds the governed event.
            let mut gapped_match =
                match_gapped(&s, lex, hit.surface as u32, tb, headline, &mut lower)
                    .filter(|_| !non_event);
            if let Some((e, _, end)) = gapped_match {
                let entry = &lex.entries[e as usize];
                let object = end - entry.tail.len();
                let gap_has_actor = (tb..object).any(|k| s.ment_of[k] != NONE);
                let plain_same = candidates.iter().any(|&(c, _)| {
                    let plain = &lex.entries[c as usize];
                    plain.tail.is_empty()
                        && plain.pos == Pos::Verb
                        && plain.event_type == entry.event_type
                });
                if gap_has_actor && plain_same && !is_event_noun(lex, &entry.tail[0], &mut lower) {
                    gapped_match = None;
                }
                // "Turkey welcomed a call by Ocalan to lay down arms": a gap
                // holding an agent phrase is a noun phrase of its own act,
                // and the row's last word ("welcome ... to": hosting) belongs
                // to that noun, not to the verb.
                if (tb..object).any(|k| s.f(k) & wc::BY != 0) {
                    gapped_match = None;
                }
            }
            if gapped_match.is_none() && !non_event {
                gapped_match = relative_object_row(&s, lex, hit.surface as u32, ta, tb, &trigs);
            }
            let has_verb = candidates
                .iter()
                .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Verb);
            let has_noun = candidates
                .iter()
                .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Noun);
            let first_form = candidates.first().map(|c| c.1).unwrap_or(Form::Base);
            let nominal_context = nominal_reading(&s, ta, first_form);
            // "The earthquake hit Turkey": a verb-only word whose past is
            // its base reads as a verb in one of its forms.
            let verb_reading = !nominal_context
                || (!has_noun && candidates.iter().any(|&(_, f)| !nominal_reading(&s, ta, f)));
            if non_event && has_verb && verb_reading {
                s.ruled_out_verbs.push(ta);
            }
            let mut chosen: Option<(u32, Form, usize)> = gapped_match;
            for &(e, form) in candidates {
                if chosen.is_some() {
                    break;
                }
                let entry = &lex.entries[e as usize];
                if non_event && entry.class != Class::Modal {
                    continue;
                }
                if has_verb && has_noun {
                    let want = if nominal_context {
                        Pos::Noun
                    } else {
                        Pos::Verb
                    };
                    if entry.pos != want {
                        continue;
                    }
                } else if entry.pos == Pos::Verb && verb_used_as_noun(&s, ta, form) {
                    continue;
                }
                let same_spelled_past = form == Form::Past
                    && entry.pos == Pos::Verb
                    && entry.event_type.is_some_and(hostile)
                    && candidates.contains(&(e, Form::Base));
                if same_spelled_past && !attacker_subject(&s, lex, ta, &mut lower) {
                    continue;
                }
                // "The crisis has hit Lebanon's banks": the perfect of such a
                // verb reads as its base form; its subject stands before the
                // "has" and must be one that can attack, as for the past.
                let same_spelled_perfect = form == Form::Base
                    && entry.pos == Pos::Verb
                    && entry.event_type.is_some_and(hostile)
                    && candidates.contains(&(e, Form::Past));
                // Without a subject to judge ("has hit" opening a headline)
                // the attack reading stands.
                if same_spelled_perfect {
                    if let Some(head) = perfect_aux(&s, ta).and_then(|have| subject_head(&s, have))
                    {
                        if !attacker_head(&s, lex, head, &mut lower) {
                            continue;
                        }
                    }
                }
                chosen = Some((e, form, tb));
                break;
            }
            let Some((mut e, mut form, mut tend)) = chosen else {
                continue;
            };
            // "suspended the ban on", "ending its defence cooperation
            // agreement": an event noun that is the object of a verb of
            // ending or reversal names what is ended, not an act done now.
            let ended = &lex.entries[e as usize];
            let street_act = matches!(
                ended.event_type,
                Some(EventType::Protest | EventType::Assault)
            );
            if ended.pos == Pos::Noun && reversed_event_noun(&s, ta, street_act) {
                continue;
            }
            // "designated the Muslim Brotherhood chapters as foreign terrorist
            // organizations", "was designated a terrorist group by": a
            // designation is a sanction only when what it makes its object
            // is of a `listed` class; a plain "designated area" or
            // "designated successor" is no event.
            if s.names(ta, wc::DESIGNATE) && !listed_class_after(&s, tend) {
                continue;
            }
            // "crossed into Eritrea and shelled positions": a past verb
            // trigger earlier in the clause makes a past form after "and" a
            // second verb of its subject.
            let after_past_verb = trigs.iter().any(|u| {
                u.pos == Pos::Verb
                    && !u.nominal
                    && u.form == Form::Past
                    && u.tend <= ta
                    && (u.tend..ta).all(|k| !s.punct(k, ",") && !s.hard_stop(k))
            });
            if lex.entries[e as usize].pos == Pos::Verb
                && tend == tb
                && participle_modifier(&s, ta, tb, form, after_past_verb)
            {
                continue;
            }
            let mut tb = tb;
            let mut end_byte = hit.end;
            // "Talks between Iran and ...": a verb + preposition row matched
            // where the first word is a noun; use the noun row instead.
            if lex.entries[e as usize].pos == Pos::Verb
                && lex.entries[e as usize].tail.is_empty()
                && tb > ta + 1
            {
                let strong_nominal =
                    verb_used_as_noun(&s, ta, form) || (ta == 0 && form == Form::S);
                if strong_nominal {
                    // The word's first one-word phrase.
                    let single = lex
                        .lookup(s.word(ta), &mut lower)
                        .map(|info| info.single)
                        .filter(|&p| p != NO_ID);
                    if let Some(p) = single {
                        if let Some(&(ne, nf)) = lex.surfaces[p as usize]
                            .iter()
                            .find(|(x, _)| lex.entries[*x as usize].pos == Pos::Noun)
                        {
                            e = ne;
                            form = nf;
                            tb = ta + 1;
                            tend = tb;
                            end_byte = toks[ta].end;
                        }
                    }
                }
            }
            // "aid workers", "truce monitors", "U.N. aid convoys": a noun
            // modifying another noun.
            let attributive_prev = ta > 0
                && s.mention_ending_at(ta - 1).is_some_and(|m| {
                    matches!(
                        m.how,
                        MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
                    )
                });
            let noun_like = lex.entries[e as usize].pos == Pos::Noun
                || (has_noun && attributive_prev && form == Form::Base);
            if noun_like
                && tend == tb
                && tb < toks.len()
                && s.is_modifier_word(tb)
                && s.f(tb) == 0
                && toks[tb].kind == TokenKind::Word
            {
                let next = s.word(tb);
                let plural = next.len() > 3
                    && next.ends_with('s')
                    && !next.ends_with("ss")
                    && !next.ends_with("us")
                    && !next.ends_with("is");
                if plural || text[hit.start..hit.end].eq_ignore_ascii_case("aid") {
                    continue;
                }
            }
            consumed_to = tend;
            let entry = &lex.entries[e as usize];
            let Some(event_type) = entry.event_type else {
                continue; // "declined to comment": consumed, not an event
            };
            let end = if tend > tb {
                toks[tend - 1].end.max(end_byte)
            } else {
                end_byte
            };
            // A verb row ending in the passive's "by" ("host by": "talks
            // hosted by Qatar", "was hosted by Egypt") leaves the "by"
            // outside the trigger, so the agent after it reads as in any
            // passive: the host, not a target.
            // Only where the participle can be passive: after "be", a comma
            // or a plain lower-case noun ("talks hosted by"). After a name,
            // a pronoun or "have" the row is a phrasal verb whose "by"
            // belongs to it ("France stood by Armenia", "has stood by").
            let passive_slot = ta > 0 && {
                let p = ta - 1;
                s.f(p) & wc::BE != 0
                    || s.punct(p, ",")
                    || (s.mention_at(p).is_none()
                        && s.f(p) & (wc::HAVE | wc::PRON | wc::AUX) == 0
                        && s.word(p).starts_with(|c: char| c.is_lowercase()))
            };
            let (tb, tend, end) = if entry.pos == Pos::Verb
                && form == Form::Past
                && tend == tb
                && tb > ta + 1
                && s.f(tb - 1) & wc::BY != 0
                && passive_slot
            {
                (tb - 1, tb - 1, toks[tb - 2].end)
            } else {
                (tb, tend, end)
            };
            trigs.push(Trig {
                kind: Kind::Lexicon(e),
                event_type,
                class: entry.class,
                pos: entry.pos,
                form,
                ta,
                tb,
                tend,
                start: hit.start,
                end,
                nominal: entry.pos == Pos::Noun,
                voice: Voice::Active,
                source: Vec::new(),
                target: Vec::new(),
                fixed: false,
                governor: None,
                claim: claim_of(hit.start, end),
                place_only: false,
                // A weapon that is never an event of its own ("a bomb") is
                // absorbed from the start: the walks for places and
                // objects pass over it as over any absorbed noun, and a
                // verb of its type still takes it as its means.
                absorbed: entry.class == Class::Means,
                means: None,
                folded_mode: None,
                ordered: false,
            });
        }
        index_triggers(&mut s, &trigs);

        // 2. "X said (that) Y must Z": a REQUEST from X to Y.
        if has_oblig {
            let mut extra = Vec::new();
            for k in 0..s.n() {
                if s.f(k) & wc::OBLIG == 0 || trigs.iter().any(|t| t.ta <= k && k < t.tend) {
                    continue;
                }
                let claim = claim_of(toks[k].start, toks[k].end);
                let (speaker, floor) = match claim {
                    Some(c) => match speaker_of(c) {
                        Some(sp) => (vec![sp], content_start_of(c)),
                        None => continue,
                    },
                    None => {
                        // "The administration declared that China must ...".
                        let Some(that) = (0..k).rev().find(|&x| s.f(x) & wc::THAT != 0) else {
                            continue;
                        };
                        if !(that + 1..k).all(|x| {
                            s.mention_at(x).is_some()
                                || s.f(x) & (wc::DET | wc::CONJ | wc::POSS | wc::PRON) != 0
                                || s.is_modifier_word(x)
                        }) {
                            continue;
                        }
                        match subject_before(&s, that, 0, &trigs) {
                            Subject::Found(g) => (actors_of(&g), that + 1),
                            _ => continue,
                        }
                    }
                };
                let ctx = Context {
                    claim_speaker: claim.and_then(speaker_of),
                    content_start: claim.map(content_start_of),
                    last_subject: &last_subject,
                    actors,
                };
                let targets = match subject_before(&s, k, floor, &trigs) {
                    Subject::Found(group) => actors_of(&group),
                    Subject::Pronoun(p) if claim.is_none() => resolve_pronoun(&s, p, &ctx),
                    _ => continue,
                };
                if targets.is_empty() {
                    continue;
                }
                // "Xi said China and the Central Asian countries should carry
                // forward ...": a government voice's exhortation that takes in
                // its own state is a call on all of them, no demand of another
                // party. (Rebels or an opposition saying their state must act
                // still demand it of the government.)
                if targets
                    .iter()
                    .any(|&a| speaker.contains(&a) || own_state(actors, a, &speaker))
                {
                    continue;
                }
                // "Moscow should not be rewarded", "Iran must be punished":
                // the subject of a passive after the modal is on the receiving
                // end of what the speaker asks, not the one asked.
                let mut v = k + 1;
                while v < s.n() && s.f(v) & (wc::NEG | wc::SKIP) != 0 {
                    v += 1;
                }
                let passive_after = v + 1 < s.n()
                    && s.f(v) & wc::BE != 0
                    && (s.word(v + 1).ends_with("ed") || s.word(v + 1).ends_with("en"));
                if passive_after {
                    continue;
                }
                let tend = (k + 2).min(s.n());
                extra.push(Trig {
                    kind: Kind::Obligation,
                    event_type: EventType::Request,
                    class: Class::Direct,
                    pos: Pos::Verb,
                    form: Form::Base,
                    ta: k,
                    tb: k + 1,
                    tend: k + 1,
                    start: toks[k].start,
                    end: toks[tend - 1].end,
                    nominal: false,
                    voice: Voice::Active,
                    source: speaker,
                    target: targets,
                    fixed: true,
                    governor: None,
                    claim,
                    place_only: false,
                    absorbed: false,
                    means: None,
                    folded_mode: None,
                    ordered: false,
                });
            }
            if !extra.is_empty() {
                trigs.extend(extra);
                trigs.sort_by_key(|t| t.ta);
                index_triggers(&mut s, &trigs);
            }
        }
        if trigs.is_empty() {
            continue;
        }

        // 3. Voice.
        for i in 0..trigs.len() {
            trigs[i].voice = voice_of(&s, &trigs[i]);
            // "a group of deputies held talks": a participle whose trigger
            // holds its own object ("held talks", "imposed ... sanctions")
            // is a clause's verb, not a reduced passive ("handed over to").
            if trigs[i].voice == Voice::Reduced {
                let t = &trigs[i];
                let ends_in_noun =
                    t.tb > t.ta + 1 && is_event_noun(lex, s.word(t.tb - 1), &mut lower);
                if t.tend > t.tb || ends_in_noun {
                    trigs[i].voice = Voice::Active;
                }
            }
            // "were killed or wounded": the second participle is passive too.
            if i > 0
                && trigs[i].voice == Voice::Active
                && trigs[i].form == Form::Past
                && trigs[i].is_verb()
            {
                let p = &trigs[i - 1];
                if p.voice != Voice::Active
                    && p.tend + 1 == trigs[i].ta
                    && s.f(p.tend) & wc::CONJ != 0
                {
                    trigs[i].voice = p.voice;
                }
            }
        }

        // "the exiled leaders", "two jailed activists", "freed detained
        // protesters": a participle between a determiner, number or verb and
        // its noun describes the noun; it reports no act of its own.
        for t in trigs.iter_mut() {
            let adjectival = t.is_verb()
                && t.form == Form::Past
                && t.class == Class::Event
                && t.tend == t.tb
                && t.ta > 0
                && (s.f(t.ta - 1) & (wc::DET | wc::POSS) != 0
                    || s.toks[t.ta - 1].kind == TokenKind::Number
                    || s.trig_verb_at(t.ta - 1))
                && s.is_modifier_word(t.tend)
                && !quantifier_subject(&s, t.ta);
            if adjectival {
                t.absorbed = true;
            }
        }

        // "Trump called the meeting amazing", "Petro called the sanctions
        // an attack on Colombia's sovereignty": a verb that names or judges
        // its object, followed by a predicate, characterises a thing
        // already told; neither the object ("call ... meeting" read as
        // calling one) nor an event noun in the predicate is an act.
        // "called an emergency meeting on Gaza" has no predicate and keeps
        // its reading. (Only a naming verb opens one: a sentence without
        // one is not walked.)
        let naming_verbs = if classes & wc::EVALUATE != 0 {
            s.n()
        } else {
            0
        };
        for v in 0..naming_verbs {
            if let Some((object_end, predicate)) = characterising_small_clause(&s, &trigs, v) {
                for t in trigs.iter_mut() {
                    let called_object = t.ta == v && t.tend == object_end && t.tend > t.tb;
                    let predicate_noun = t.nominal && predicate.contains(&t.ta);
                    let definite_object = t.nominal
                        && t.ta > v
                        && t.tend == object_end
                        && (v + 1..t.ta).any(|j| is_definite_determiner(&s, j));
                    if called_object || predicate_noun || definite_object {
                        t.absorbed = true;
                    }
                }
            }
        }

        // 4. Governance: which trigger absorbs which.
        for i in 0..trigs.len().saturating_sub(1) {
            let j = i + 1;
            if let Some(via) = governs(&s, &trigs[i], &trigs[j]) {
                trigs[j].governor = Some((i, via));
            } else if let Some((g, _)) = trigs[i].governor {
                // Further nouns of a folded object ("a treaty of friendship
                // and cooperation") and coordinated complements ("to land and
                // evacuate") fold into the same governor.
                let coordinated = !trigs[j].nominal
                    && !trigs[i].nominal
                    && (trigs[i].tend..trigs[j].ta).any(|x| s.f(x) & wc::CONJ != 0)
                    && (trigs[i].tend..trigs[j].ta).all(|x| {
                        s.f(x) & (wc::CONJ | wc::TO | wc::SKIP | wc::DET | wc::OF | wc::FOR) != 0
                            || s.is_modifier_word(x)
                            || s.mention_at(x).is_some()
                    });
                if (trigs[j].nominal && np_internal(&s, trigs[i].tend, trigs[j].ta)) || coordinated
                {
                    trigs[j].governor = Some((g, Via::Along));
                }
            }
        }

        // 5. Arguments.
        for i in 0..trigs.len() {
            if trigs[i].fixed {
                continue;
            }
            let claim = trigs[i].claim;
            let ctx = Context {
                claim_speaker: claim.and_then(speaker_of),
                content_start: claim.map(content_start_of),
                last_subject: &last_subject,
                actors,
            };
            let floor = ctx.content_start.unwrap_or(0);
            let (mut src, mut tgt, mut place) = arguments(
                &s,
                &trigs,
                i,
                floor,
                &ctx,
                claim.and_then(|c| claims.get(c)),
                &tok_index,
            );
            // "Israeli strikes killed 20 people": an event noun as the subject
            // of a verb of the same type is one event, with the noun's source.
            // The verb may have found that source itself, inside the noun's
            // phrase ("Israeli" in "Israeli shelling killed …").
            if i > 0
                && (src.is_empty() || src == trigs[i - 1].source)
                && trigs[i].is_verb()
                && !trigs[i].passive()
            {
                let p = &trigs[i - 1];
                let between_ok = (p.tend..trigs[i].ta)
                    .all(|x| !s.hard_stop(x) && s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0);
                let mut k = p.ta;
                while k > 0
                    && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                        || s.is_modifier_word(k - 1)
                        || s.mention_at(k - 1).is_some()
                        || s.is_possessive(k - 1))
                {
                    k -= 1;
                }
                let in_pp = k > 0 && s.f(k - 1) & PREPS != 0;
                // "The alleged Russian attack killed ten": the noun is only
                // alleged, the killing asserted; two events, two modalities.
                let qualified = (k..p.ta).any(|x| s.f(x) & wc::HEARSAY != 0);
                if p.nominal
                    && p.event_type == trigs[i].event_type
                    && between_ok
                    && !in_pp
                    && !qualified
                    && p.governor.is_none()
                    && trigs[i].governor.is_none()
                {
                    src = p.source.clone();
                    // "Israel's strike on a depot killed three people": the
                    // noun names whom it hit; the verb's object counts victims.
                    if (tgt.is_empty() || place) && !p.target.is_empty() {
                        tgt = p.target.clone();
                        place = p.place_only;
                    }
                    trigs[i - 1].absorbed = true;
                    trigs[i].means = lexicon_row(&trigs[i - 1]);
                }
            }
            // "X said ... and called for new elections": a speech-act verb
            // (itself a claim's cue) coordinated with a said-clause, whose
            // subject search stopped at the first cue, is the act of that
            // claim's speaker. (Other verbs there, "and thanked the
            // negotiators", take the reported clause's modality: left out.)
            if src.is_empty()
                && trigs[i].is_verb()
                && !trigs[i].passive()
                && claim.is_none()
                && cue_claim_at(sent_cues, trigs[i].start, trigs[i].end)
            {
                let first = claim_before_coordinated_verb(&s, trigs[i].ta, claims, sent.start);
                if let Some((c, speaker)) = first.and_then(|c| speaker_of(c).map(|sp| (c, sp))) {
                    // The first cue's own subject names the speaker (or is a
                    // pronoun): "Iran's mission to the United Nations said
                    // ..., but warned" is no act of a speaker read from the
                    // "to" phrase.
                    let cue_tok = tok_index(claims[c].cue.start);
                    let subject_is_speaker = match subject_before(&s, cue_tok, 0, &trigs) {
                        Subject::Found(g) => g.iter().any(|m| m.actor == speaker),
                        Subject::Pronoun(_) => true,
                        Subject::None => false,
                    };
                    if subject_is_speaker && !tgt.contains(&speaker) {
                        src = vec![speaker];
                    }
                }
            }
            // "Germany said Russia had hacked its networks and demanded an
            // explanation": a trigger that is itself a claim's cue ("demanded",
            // "called for", "accused") is the act of that claim's speaker,
            // whom sitrep-claims found as the cue verb's subject. The subject
            // search may have stopped inside the first claim's content (the
            // hacker is no one's demander); the reported actor is then
            // whom the demand is aimed at.
            // (Nothing below acts on a trigger that overlaps no claim's cue,
            // the common case: it has no cue speaker, so the reported-doer
            // test over the claims' contents is not made for it.)
            if !trigs[i].passive() && cue_claim_at(sent_cues, trigs[i].start, trigs[i].end) {
                let (start, end) = (trigs[i].start, trigs[i].end);
                let cue_speaker = cue_speaker_at(sent_cues, start, end);
                let in_earlier_content = |m: &M| {
                    let (a, b) = (s.toks[m.a].start, s.toks[m.b - 1].end);
                    claims.iter().any(|c| {
                        c.content.start <= a && b <= c.content.end && c.content.end <= start
                    })
                };
                let mut own_mentions = s
                    .ments
                    .iter()
                    .filter(|m| m.b <= trigs[i].ta && src.contains(&m.actor))
                    .peekable();
                let reported =
                    own_mentions.peek().is_some() && own_mentions.all(in_earlier_content);
                // "The ministry said Iranian forces had attacked the ship and
                // called for an inquiry": the call is the ministry's even
                // when the ministry is no known actor; the forces inside
                // what it reported are not its doers.
                if cue_speaker.is_none() && reported {
                    src.clear();
                }
                if let Some(speaker) = cue_speaker {
                    // Without a source, only an event that names whom it is
                    // aimed at takes the speaker: the pass assigns roles, it
                    // does not make an event of every "they refused" (whose
                    // speaker is often a pronoun resolved from far away).
                    let unsourced = src.is_empty() && !tgt.is_empty() && !place;
                    // A speaker the event is aimed at ("He urged Mr. Trump",
                    // with "He" resolved to Trump) is a misread pronoun, not
                    // someone urging themselves.
                    let aimed_at_speaker = tgt.contains(&speaker);
                    if !src.contains(&speaker) && !aimed_at_speaker && (unsourced || reported) {
                        let reported_actors = std::mem::replace(&mut src, vec![speaker]);
                        // "Katz said Israel had dealt a blow and warned that
                        // more would follow": the speaker's own state in
                        // what he reported is his side, not whom he warns.
                        let own_side = same_side(actors, &reported_actors, &[speaker]);
                        if tgt.is_empty() && reported && !own_side {
                            tgt = reported_actors;
                            tgt.retain(|&a| a != speaker);
                            place = false;
                        }
                    }
                }
            }
            // "was attacked by Burundian militiamen, killing at least 156
            // people": a result participle of the same type after a passive,
            // done by its agent, is the same act; one event.
            if i > 0 && trigs[i].form == Form::Ing && trigs[i].is_verb() {
                let p = &trigs[i - 1];
                let result_of_passive = p.is_verb()
                    && p.passive()
                    && p.event_type == trigs[i].event_type
                    && !p.source.is_empty()
                    && src == p.source
                    && s.punct(trigs[i].ta.saturating_sub(1), ",");
                if result_of_passive {
                    trigs[i].absorbed = true;
                }
            }
            // "Israel rejected its demands", "Ukraine demanded their
            // withdrawal": a possessive pronoun inside a speech act's own
            // words names whose demands or withdrawal it is, someone other
            // than the doer: the actor named last before the trigger who is
            // not the doer (a person is no "its").
            if tgt.is_empty() && trigs[i].class == Class::Direct && trigs[i].tend > trigs[i].tb {
                let (tb, tend) = (trigs[i].tb, trigs[i].tend);
                if let Some(k) = (tb..tend).find(|&k| s.f(k) & wc::POSS != 0) {
                    // A possessive of a thing ("its") or of several ("their").
                    let its = s.in_cold(k, wc::THING_PRONOUN);
                    let plural = s.in_cold(k, wc::PLURAL_PRONOUN);
                    let before = s.toks[trigs[i].ta].start;
                    // The subject of the clause before, else the name
                    // nearest before.
                    let previous_subject: Vec<usize> = last_subject
                        .iter()
                        .copied()
                        .filter(|&a| !(src.contains(&a) || (its && actors.is_person(a))))
                        .collect();
                    let owner = (previous_subject.is_empty() && (its || plural))
                        .then(|| {
                            actors.mentions[..actors.mentions.partition_point(|m| m.start < before)]
                                .iter()
                                .rev()
                                .take_while(|m| before - m.start <= PERSON_ANTECEDENT_BYTES)
                                .find(|m| {
                                    !(src.contains(&m.actor)
                                        || m.how.is_locative()
                                        || (its && actors.is_person(m.actor)))
                                })
                        })
                        .flatten();
                    if (its || plural) && !previous_subject.is_empty() {
                        tgt = previous_subject;
                    } else if let Some(m) = owner {
                        tgt = vec![m.actor];
                    }
                }
            }
            expand_sets(&mut src, &sets);
            expand_sets(&mut tgt, &sets);
            trigs[i].place_only = place && src.is_empty();
            if !src.is_empty() && !trigs[i].passive() && !trigs[i].nominal {
                last_subject = src.clone();
            }
            trigs[i].source = src;
            trigs[i].target = tgt;
        }

        // "Britain accused China of a cyberattack ..., and sanctioned two
        // individuals": a finite verb coordinated with the cue verb of the
        // claim whose content seems to hold it, and sharing that verb's
        // subject, is the speaker's own second act, not reported content
        // (sitrep-claims may run the content on into it).
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let Some(c) = t.claim.and_then(|c| claims.get(c)) else {
                continue;
            };
            if !t.is_verb() || t.form != Form::Past || t.passive() || t.source.is_empty() {
                continue;
            }
            let k = s.back_over_classes(t.ta, 0, wc::SKIP | wc::AUX | wc::HAVE | wc::NEG);
            if k == 0 || s.f(k - 1) & wc::CONJ == 0 {
                continue;
            }
            let cue_verb = trigs[..i].iter().rev().find(|p| p.is_verb() && p.tend < k);
            let shares_cue_subject = cue_verb.is_some_and(|p| {
                p.start < c.cue.end && c.cue.start < p.end && p.source == t.source
            });
            if shares_cue_subject {
                trigs[i].claim = None;
            }
        }

        // "Ukraine received weapons from Germany": the giver in the "from"
        // phrase acts, the receiver is its target. A visit received is the
        // host's act ("received an envoy from Paris"): the visitors' side in
        // the "from" phrase is its target, where it has none.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if !t.is_verb() || t.passive() || s.f(t.ta) & wc::CONVERSE == 0 {
                continue;
            }
            // A visit received that has its target already keeps it.
            let visit_with_target =
                t.event_type == EventType::Consult && !(t.target.is_empty() || t.place_only);
            if visit_with_target {
                continue;
            }
            let Some(giver) = agent_after_any(&s, t.tend, &trigs, wc::FROM) else {
                // "Moscow had received shipments of missiles": with no
                // "from" phrase the giver is not named; the receiver is the
                // aid's target, not its doer ("received American weapons":
                // the giver named in the object is).
                if t.event_type == EventType::Aid && !t.source.is_empty() {
                    let t = &mut trigs[i];
                    if t.target.iter().all(|a| !t.source.contains(a)) {
                        std::mem::swap(&mut t.source, &mut t.target);
                        t.place_only = false;
                    }
                }
                continue;
            };
            let giver = actors_of(&giver);
            let t = &mut trigs[i];
            if t.event_type == EventType::Consult {
                t.target = giver;
                t.target.retain(|a| !t.source.contains(a));
                t.place_only = false;
                continue;
            }
            let receiver = std::mem::replace(&mut t.source, giver);
            if !receiver.is_empty() {
                t.target = receiver;
                t.place_only = false;
            }
        }

        // "helped recapture the Kursk region from Ukrainian forces", "seized
        // the town from the rebels": what is seized is taken from whom the
        // "from" phrase names; the object (mostly a place) only says what
        // was taken. Seizing rows are those of mode `seize`.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let seizes = t.event_type == EventType::Coerce
                && matches!(t.kind, Kind::Lexicon(e) if lex.entries[e as usize].mode.as_deref() == Some("seize"));
            if !t.is_verb() || t.passive() || !seizes {
                continue;
            }
            let Some(holder) = agent_after_any(&s, t.tend, &trigs, wc::FROM) else {
                continue;
            };
            let holder = actors_of(&holder);
            if holder.is_empty() || holder.iter().any(|a| t.source.contains(a)) {
                continue;
            }
            trigs[i].target = holder;
            trigs[i].place_only = false;
        }

        // "Four civilians were killed in an Israeli air strike": a passive
        // verb whose "in" phrase is an event noun of the same type names its
        // means; the noun's doer is the verb's, and the two are one event.
        // A compound of such nouns ("a car bomb explosion") is one means.
        for i in 0..trigs.len().saturating_sub(1) {
            let (t, first) = (&trigs[i], &trigs[i + 1]);
            // Right after "in" and a determiner or modifier, a word the
            // tagger read as a verb is the noun ("in a Taliban attack").
            let same_noun = |u: &Trig| {
                (u.nominal || (u.is_verb() && u.form != Form::Past))
                    && u.event_type == t.event_type
                    && u.governor.is_none()
            };
            if !t.is_verb()
                || !t.passive()
                || t.governor.is_some()
                || !same_noun(first)
                || !s.is(t.tend, "in")
                || !(t.tend + 1..first.ta).all(|x| {
                    s.f(x) & wc::DET != 0 || s.is_modifier_word(x) || s.mention_at(x).is_some()
                })
            {
                continue;
            }
            let mut last = i + 1;
            while last + 1 < trigs.len()
                && trigs[last + 1].ta == trigs[last].tend
                && same_noun(&trigs[last + 1])
            {
                last += 1;
            }
            let q = &trigs[last];
            // Inside the "in" phrase the noun's modifier reads as a place
            // ("in Kabul"); before the event noun it is the doer ("in Israeli
            // shelling", "in a Taliban attack"), and it outranks whatever the
            // noun found further away.
            let mut modifiers = Vec::new();
            let mut x = t.tend + 1;
            while x < first.ta {
                if let Some(m) = s.mention_starting_at(x) {
                    modifiers.push(*m);
                    x = m.b;
                } else {
                    x += 1;
                }
            }
            let mut q_source = actors_of(&modifiers);
            if q_source.is_empty() {
                q_source = q.source.clone();
            }
            if !q_source.is_empty() && !t.source.is_empty() && q_source != t.source {
                continue;
            }
            // A place the noun was aimed at stays a place of the verb.
            let q_target = if q.place_only || !q.nominal {
                Vec::new()
            } else {
                q.target.clone()
            };
            let t = &mut trigs[i];
            if t.source.is_empty() && !q_source.is_empty() {
                // What read as the place of the verb was the doer.
                t.target.retain(|a| !q_source.contains(a));
                t.source = q_source;
                t.place_only = false;
            }
            if t.target.is_empty() {
                t.target = q_target;
            }
            for u in &mut trigs[i + 1..=last] {
                u.absorbed = true;
            }
            // The noun of a compound that names a weapon ("car bomb" in "a
            // car bomb explosion"), the head first.
            trigs[i].means = trigs[i + 1..=last]
                .iter()
                .rev()
                .filter_map(lexicon_row)
                .find(|&e| lex.entries[e as usize].mode.is_some());
        }

        // "The UN said aid was blocked": an event noun that is the subject
        // of a passive obstruction ("blocked", "suspended") has only the
        // doer its own phrase names ("Qatari aid was blocked"); the clause
        // before it is someone else's, as it is when a "by" agent follows.
        // Any other passive ("its strikes were aimed at") leaves the event
        // the speaker's.
        for t in trigs.iter_mut() {
            let passive_subject = t.nominal
                && t.governor.is_none()
                && s.f(t.tend) & wc::BE != 0
                && s.f(t.tend) & wc::HAVE == 0
                && (s.names(t.tend + 1, wc::OBSTRUCT)
                    // "Talks were mediated by Oman": a "by" agent is the
                    // doer, unless a support verb makes it the event's own
                    // ("aid was delivered by Qatar").
                    || (s.word(t.tend + 1).ends_with("ed")
                        && s.f(t.tend + 1) & (wc::LIGHT | wc::OCCUR) == 0
                        && s.f(t.tend + 2) & wc::BY != 0));
            if !passive_subject || t.source.is_empty() {
                continue;
            }
            // A word that may be the verb before the phrase ("said",
            // "reported", "says") ends it.
            let verb_like = |k: usize| {
                let w = s.word(k);
                s.f(k) & CUE != 0 || w.ends_with("ed") || w.ends_with("id") || w.ends_with('s')
            };
            let mut np = t.ta;
            while np > 0
                && (s.f(np - 1) & (wc::DET | wc::POSS) != 0
                    || (s.is_modifier_word(np - 1) && !verb_like(np - 1))
                    || s.mention_at(np - 1).is_some()
                    || s.is_possessive(np - 1))
            {
                np -= 1;
            }
            // "Russia said its aid was blocked": the possessive refers back
            // to the speaker, who is then named inside.
            let named_inside = (np..t.ta).any(|k| {
                s.f(k) & wc::POSS != 0
                    || s.mention_at(k).is_some_and(|m| t.source.contains(&m.actor))
            });
            if !named_inside {
                t.source.clear();
            }
        }

        // "Biden will meet Xi at the SCO summit", "held talks with Aoun
        // during a visit to Beirut": a meeting noun after "at" or "during"
        // is the occasion of the meeting before it, the same event; the
        // body that hosts a summit is no counterpart.
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if t.pos == Pos::Affix || t.event_type != EventType::Consult || t.absorbed {
                continue;
            }
            let Some((u, venue)) = meeting_venue(&s, t.tend) else {
                continue;
            };
            if u == i || trigs[u].event_type != EventType::Consult || !trigs[u].nominal {
                continue;
            }
            trigs[u].absorbed = true;
            trigs[i].target.retain(|a| !venue.contains(a));
        }

        // "The EU hit Moscow with sanctions", "struck Beijing with new
        // tariffs": the instrument decides. A hitting verb whose "with"
        // phrase names an economic penalty is a sanction, and a penalty noun
        // there is the same event. "New sanctions on Russia, targeting its
        // shadow fleet": a participle after the sanction says whom it hits.
        let mut date_buf = String::new();
        for i in 0..trigs.len() {
            let t = &trigs[i];
            if !t.is_verb() || t.event_type != EventType::Assault || t.absorbed {
                continue;
            }
            let elaborates_sanction = i > 0
                && t.form == Form::Ing
                && t.ta > 0
                && s.punct(t.ta - 1, ",")
                && trigs[i - 1].event_type == EventType::Sanction
                && trigs[i - 1].tend < t.ta
                && (trigs[i - 1].tend..t.ta - 1).all(|x| {
                    // "sanctions on Iran on Monday, targeting": time words too,
                    // capitalised ones as well ("Monday" inside a sentence is
                    // not looked up by the word search).
                    s.f(x) & (wc::TPREP | wc::OF | wc::SKIP) != 0
                        || s.is_np_word(x)
                        || (is_upper_start(s.word(x))
                            && lex
                                .lookup(s.word(x), &mut date_buf)
                                .is_some_and(|w| w.classes & wc::SKIP != 0))
                });
            if elaborates_sanction {
                trigs[i].absorbed = true;
                continue;
            }
            let Some(levy) = penalty_instrument(&s, t.tend) else {
                continue;
            };
            let mut levy_row = false;
            if let Some(u) = s.trig_at(levy).filter(|&u| u != i) {
                trigs[u].absorbed = true;
                if trigs[u].event_type == EventType::Sanction {
                    trigs[i].kind = trigs[u].kind;
                    levy_row = true;
                }
            }
            trigs[i].event_type = EventType::Sanction;
            // "hit Canada with tariffs": a levy without a sanction row of
            // its own restricts, as "imposed tariffs" does; the hitting
            // verb's row says nothing about the mode.
            if !levy_row {
                trigs[i].folded_mode = Some("restrict".to_owned());
            }
        }

        // 6. Fold governed triggers into their governors.
        for i in 0..trigs.len() {
            let Some((g, via)) = trigs[i].governor else {
                continue;
            };
            match trigs[g].class {
                Class::Intent | Class::Modal => {
                    if trigs[i].source.is_empty() && !trigs[i].passive() {
                        trigs[i].source = trigs[g].source.clone();
                    }
                }
                class => {
                    // "Netanyahu ordered the military to carry out strikes
                    // in Gaza": an order to one's own forces asks nobody
                    // outside; the strike is the event, by the orderer's
                    // side. "Pezeshkian ordered the suspension of
                    // cooperation with the IAEA": the ordered act named by
                    // a noun is the orderer's.
                    if let Some(doer) = ordered_act_doer(&s, actors, &trigs, g, i, via) {
                        // An order to a force is an instruction: the act it
                        // names lies ahead, whether its trigger is a verb
                        // ("to strike") or a noun ("to carry out strikes").
                        // An act ordered by its noun ("ordered the
                        // suspension of cooperation") is decreed by the
                        // order itself and keeps its own modality.
                        trigs[i].ordered = via == Via::Infinitive;
                        trigs[i].source = doer;
                        trigs[i].governor = None;
                        trigs[g].absorbed = true;
                        continue;
                    }
                    // "Zelensky warned that Russia would attack Ukraine": a
                    // warning of another side's hostile act threatens
                    // nothing by the one who warns; the act is reported on
                    // its own (the speaker's claim, in the future).
                    let others_act = matches!(via, Via::That(_))
                        && class == Class::Direct
                        && trigs[g].event_type == EventType::Threaten
                        && hostile(trigs[i].event_type)
                        && !trigs[i].passive()
                        && !trigs[i].source.is_empty()
                        && trigs[i].source != trigs[g].source
                        && !same_side(actors, &trigs[i].source, &trigs[g].source);
                    if others_act {
                        // "Iran warned that Israel would attack it / its
                        // sites / the country": the object that points
                        // back is the one who warns.
                        let at = trigs[i].tend;
                        let points_back = s.f(at) & (wc::PRON | wc::POSS) != 0
                            || (s.is(at, "the") && s.is(at + 1, "country"));
                        if trigs[i].target.is_empty() && points_back {
                            trigs[i].target = trigs[g].source.clone();
                        }
                        // "Israel warned that Hezbollah would strike Israel
                        // if ...": the other side made no threat; the
                        // warned act is its head verb's own (an attack, in
                        // the future).
                        if trigs[i].event_type == EventType::Threaten {
                            let plain = lex
                                .lookup(s.word(trigs[i].ta), &mut lower)
                                .map(|info| info.single)
                                .filter(|&p| p != NO_ID)
                                .and_then(|p| {
                                    lex.surfaces[p as usize].iter().find_map(|&(e, _)| {
                                        let entry = &lex.entries[e as usize];
                                        let ty = entry.event_type?;
                                        (entry.pos == Pos::Verb
                                            && entry.tail.is_empty()
                                            && ty != EventType::Threaten
                                            && hostile(ty))
                                        .then_some((e, ty))
                                    })
                                });
                            if let Some((e, ty)) = plain {
                                trigs[i].kind = Kind::Lexicon(e);
                                trigs[i].event_type = ty;
                            }
                        }
                        trigs[g].absorbed = true;
                        trigs[i].governor = None;
                        continue;
                    }
                    // "Iran warned it would strike Israel": the threat is of
                    // the warner's own act, whose kind gives its mode.
                    let own_threat = trigs[g].event_type == EventType::Threaten
                        && !trigs[i].passive()
                        && (trigs[i].source.is_empty()
                            || same_side(actors, &trigs[i].source, &trigs[g].source));
                    if own_threat && trigs[g].folded_mode.is_none() {
                        // A threat phrase ("strike ... if") has its own mode.
                        let row_mode = match trigs[i].kind {
                            Kind::Lexicon(e) if trigs[i].event_type == EventType::Threaten => {
                                lex.entries[e as usize].mode.as_deref().map(str::to_string)
                            }
                            _ => None,
                        };
                        trigs[g].folded_mode = row_mode.or(match trigs[i].event_type {
                            EventType::Assault => Some("violence".to_owned()),
                            EventType::Sanction => Some("restrict".to_owned()),
                            _ => None,
                        });
                    }
                    // "Mondlane said the count was rigged and called for a
                    // national strike": a request whose own cue's speaker
                    // is the doer the asked-for act took from that speaker
                    // is the speaker's request; the speaker asks, and is
                    // not asked.
                    if class == Class::Direct && trigs[g].source.is_empty() && !trigs[i].passive() {
                        let cue_speaker = cue_speaker_at(sent_cues, trigs[g].start, trigs[g].end);
                        if let Some(speaker) = cue_speaker.filter(|&sp| trigs[i].source == [sp]) {
                            trigs[g].source = vec![speaker];
                        }
                    }
                    // "the army was deployed to support the police": a
                    // force sent to help someone is not aimed at them (one
                    // sent to fight someone is).
                    if trigs[g].event_type == EventType::Mobilize && !hostile(trigs[i].event_type) {
                        continue;
                    }
                    if !trigs[g].target.is_empty() {
                        continue;
                    }
                    // "warned that Russia would attack Ukraine": a threat of
                    // the threatener's own side's hostile act is aimed at its
                    // object; of another act ("warned that Iran had signed a
                    // deal with X") it names no target.
                    let own_side = |who: &[usize]| {
                        trigs[g].event_type == EventType::Threaten
                            && same_side(actors, who, &trigs[g].source)
                    };
                    let own_act = !trigs[i].passive() && own_side(&trigs[i].source);
                    if own_act && !hostile(trigs[i].event_type) {
                        continue;
                    }
                    // "demanded that Hamas renounce": the clause's subject.
                    if let Via::That(k) = via {
                        if let Some(m) = s.mention_from(k + 1) {
                            let subj = actors_of(&s.group_right(m, s.n()));
                            if subj != trigs[g].source && !own_side(&subj) {
                                trigs[g].target = subj;
                                continue;
                            }
                        }
                    }
                    // "called on the international community to intervene to
                    // stop Israeli attacks": the call is aimed at whom it
                    // names before "to", though no actor; the asked-for
                    // act's parties are not its addressees.
                    // (Only a request asks someone: "rejected an invitation
                    // to attend" names the act rejected.) So is an accusation
                    // before "of": "accused the groups of attacking U.S.
                    // personnel" accuses the groups, not the United States.
                    let opens_act = match trigs[g].event_type {
                        EventType::Request => wc::TO,
                        EventType::Accuse => wc::OF,
                        _ => 0,
                    };
                    if class == Class::Direct
                        && opens_act != 0
                        && unknown_addressee(&s, trigs[g].tend, trigs[i].ta, opens_act)
                    {
                        continue;
                    }
                    let (u_src, u_tgt) = (trigs[i].source.clone(), trigs[i].target.clone());
                    let g_src = trigs[g].source.clone();
                    let src_ok = !u_src.is_empty()
                        && u_src != g_src
                        && !trigs[i].passive()
                        && !own_side(&u_src);
                    // "condemned the strikes on Iran": whom a hostile act
                    // named without its doer was done to is its victim,
                    // not whom the condemnation is aimed at (the unnamed
                    // doer is).
                    let victim_only = !src_ok
                        && trigs[g].event_type == EventType::Accuse
                        && trigs[i].nominal
                        && hostile(trigs[i].event_type);
                    trigs[g].target = if class == Class::Direct {
                        if src_ok {
                            u_src
                        } else if victim_only {
                            Vec::new()
                        } else {
                            u_tgt
                        }
                    } else if !u_tgt.is_empty() {
                        u_tgt
                    } else if src_ok {
                        u_src
                    } else {
                        Vec::new()
                    };
                }
            }
        }

        // "Iran warned it would strike Israel if attacked": a warning with
        // no target of its own states the threat coded after it by the same
        // side; it is coded once.
        for g in 0..trigs.len() {
            let bare_warning = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].target.is_empty()
                && !trigs[g].source.is_empty();
            if !bare_warning {
                continue;
            }
            let stated = trigs[g + 1..].iter().any(|u| {
                !u.absorbed
                    && u.event_type == EventType::Threaten
                    && !u.target.is_empty()
                    && same_side(actors, &u.source, &trigs[g].source)
            });
            if stated {
                trigs[g].absorbed = true;
            }
        }

        // "The Bundesbank warned the German economy would shrink": a
        // warning about an impersonal outcome threatens no one; the state
        // that names the economy is no target. So is one about what a thing
        // will do ("Rubio warned that the move could threaten the peace
        // deal"): the convention codes a warning THREATEN only when what is
        // warned of is the warner's own act or its side's.
        for g in 0..trigs.len() {
            let about_outcome = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].is_verb()
                && !trigs[g].absorbed
                && !trigs
                    .iter()
                    .any(|u| u.governor.is_some_and(|(up, _)| up == g))
                && impersonal_clause_after(&s, trigs[g].tend);
            // A thing's effect absorbs the warning even when the clause
            // holds an act of its own ("could threaten the peace deal"),
            // which, governed by the warning, is not emitted either.
            let about_effect = trigs[g].event_type == EventType::Threaten
                && trigs[g].class == Class::Direct
                && trigs[g].is_verb()
                && trigs[g].tend == trigs[g].tb
                && thing_effect_clause_after(&s, trigs[g].tend);
            if about_outcome || about_effect {
                trigs[g].absorbed = true;
            }
        }

        // 7. Emit.
        // Arguments the later passes copied from mentions or other
        // triggers may still hold a set phrase's representative.
        if !sets.is_empty() {
            for t in trigs.iter_mut() {
                expand_sets(&mut t.source, &sets);
                expand_sets(&mut t.target, &sets);
            }
        }
        let sentence_span = Span::of(text, sent.start, sent.end);
        let first_new = out.len();
        for i in 0..trigs.len() {
            let t = &trigs[i];
            let intent_governor = t
                .governor
                .filter(|(g, _)| matches!(trigs[*g].class, Class::Intent | Class::Modal));
            let emits = match t.governor {
                Some((g, _)) => intent_governor.is_some() && !folded_into_event(&trigs, g),
                None => match t.class {
                    Class::Modal => false,
                    // A vow of an act the lexicon codes as no event and that
                    // names no one ("vowed to fight the case", "vowed to press
                    // on") threatens nobody: the vow is a threat when its
                    // object is harm ("vowed revenge"), a hostile act it
                    // governs, or someone it is to stop ("vowed to stop Iran
                    // from getting a weapon").
                    Class::Intent => {
                        let governs = trigs
                            .iter()
                            .any(|u| u.governor.is_some_and(|(g, _)| g == i));
                        let vow_of_nothing = hostile(t.event_type)
                            && t.target.is_empty()
                            && infinitive_after(&s, t.tend);
                        !governs && !vow_of_nothing
                    }
                    _ => true,
                },
            };
            if !emits || t.absorbed {
                continue;
            }
            // "An Israeli strike killed 13 people. The strike was the
            // deadliest on Lebanon since ...": a definite event noun that
            // opens its clause as the subject of "be" predicates something
            // of an event of its type the story told before; it restates
            // that event (without its doer), it reports no second one.
            if t.nominal
                && restating_subject(&s, t.ta, t.tend)
                && out.iter().any(|e| e.event_type == t.event_type)
            {
                continue;
            }
            // "Kigali was defending itself against threats", "Israel has the
            // right to defend itself": help or protection given to oneself
            // is no support of anyone.
            if t.is_verb()
                && matches!(t.event_type, EventType::Support | EventType::Aid)
                && s.names(t.tb, wc::REFLEXIVE)
            {
                continue;
            }
            // "The National Unity Government, which opposes the junta,
            // accused ...", "Iran, which backs Hamas": a present-tense verb
            // of support or opposition in a set-off relative clause
            // describes the actor's standing position; it reports no act (a
            // past one, "Hamas, which attacked Israel", does, and so does a
            // present act, "the United States, which accuses him of").
            if t.is_verb()
                && matches!(t.event_type, EventType::Reject | EventType::Support)
                && matches!(t.form, Form::S | Form::Base)
                && t.voice == Voice::Active
            {
                let k = s.back_over_classes(t.ta, 0, wc::SKIP);
                if k >= 2 && s.f(k - 1) & wc::REL != 0 && s.punct(k - 2, ",") {
                    continue;
                }
            }
            // An affix ("Iran-backed") without the group it qualifies says
            // little; everything else needs at least one actor, or, for a
            // verb whose doers the text does not name ("hundreds of
            // thousands of people blocked streets in Hong Kong", "a
            // journalist was killed in Beirut"), the place it happened.
            let mut unnamed_place: Vec<usize> = Vec::new();
            if t.source.is_empty() && (t.target.is_empty() || t.place_only) {
                if t.nominal || t.pos == Pos::Affix || t.governor.is_some() {
                    continue;
                }
                unnamed_place = place_after(&s, &trigs, i);
                if unnamed_place.is_empty() {
                    continue;
                }
            }
            if t.pos == Pos::Affix && t.target.is_empty() {
                continue;
            }
            let floor = t.claim.map(content_start_of).unwrap_or(0);
            let (mut bits, mut would, mut other_hypo) = modality_flags(&s, t.ta, floor, t.nominal);
            if !t.nominal && negative_quantifier_subject(&s, t.ta, floor) {
                bits |= wc::NEG;
            }
            if t.nominal
                && !commented_definite_subject(&s, t.ta, t.tend)
                && !definite_subject_of_event_verb(&s, t.ta, t.tend)
                && !inside_relative_clause_phrase(&s, t.ta)
            {
                // "direct talks may follow", "talks between X and Y will resume".
                let (b, w, o) = modality_after(&s, t.tend);
                bits |= b;
                would |= w;
                other_hypo |= o;
            }
            if let Some((g, _)) = t.governor {
                let (b2, _, _) = modality_flags(&s, trigs[g].ta, floor, trigs[g].nominal);
                bits |= b2 & (wc::NEG | wc::HYPO);
            }
            bits |= t
                .claim
                .map_or(0, |c| negated_infinitive_cue(&s, claims, c, &tok_index));
            let in_claim = t.claim.is_some();
            // "Turkey denied the allegations made by the EU": an accusation
            // noun that names its own accuser, someone other than the
            // denier, was made; what is denied is what it says.
            let accuser_named = t.nominal
                && t.event_type == EventType::Accuse
                && !t.source.is_empty()
                && t.claim
                    .and_then(speaker_of)
                    .is_none_or(|speaker| !t.source.contains(&speaker));
            // "Iran did not say Israel attacked Syria", "did not deny that
            // Israel attacked": what was not said is open, neither passed
            // on nor denied.
            let unsaid = t
                .claim
                .is_some_and(|c| negated_clause_cue(&s, claims, c, &tok_index));
            let denied = !accuser_named
                && !unsaid
                && t.claim
                    .and_then(|c| claims.get(c))
                    .is_some_and(|c| c.stance == Stance::Deny);
            // A purpose or plan infinitive ("sent troops to attack", "to hold
            // talks") has not happened yet; "tried to", "continued to" keep
            // it factual, and "needed to", "want Congress to" make it a
            // necessity or a wish. A gerund after "to" is the object of a
            // preposition ("pleaded guilty to threatening"), not an
            // infinitive.
            let event_verb = if t.is_verb() && t.form != Form::Ing {
                Some(t.ta)
            } else if t.nominal {
                support_verb_before(&s, t.ta)
            } else {
                None
            };
            // "a peace agreement, to be signed no later than August 18": a
            // passive infinitive is a plan as well.
            let infinitive = event_verb
                .filter(|_| t.governor.is_none())
                .and_then(|v| infinitive_to(&s, v).or_else(|| passive_infinitive_to(&s, v)));
            let wished = infinitive.is_some_and(|k| wish_before_infinitive(&s, k));
            // An event noun's infinitive is as often a result ("prompted
            // officials to make concessions") as a purpose: only a wish
            // counts there.
            // A protest as the purpose of an act ("shunned work to protest
            // the settlements", "blocked a road to protest") is carried out
            // by that act: it happened.
            // A demand or denunciation as the purpose of a crowd's gathering
            // ("thousands rallied in Seoul to demand his arrest") is voiced
            // by the gathering: it happened.
            let voiced_by_crowd = matches!(
                t.event_type,
                EventType::Request | EventType::Accuse | EventType::Reject
            ) && infinitive.is_some_and(|k| crowd_subject(&s, k));
            let purpose = !wished
                && !t.nominal
                && t.event_type != EventType::Protest
                && !voiced_by_crowd
                && infinitive.is_some_and(|k| !factual_infinitive(&s, k));
            if event_verb.is_some() && reputed_infinitive(&s, t.ta) {
                bits |= wc::HEARSAY;
            }
            let future_auxiliary = bits & wc::FUTURE != 0 || (would && in_claim);
            let future = future_auxiliary || intent_governor.is_some() || purpose;
            // Reported speech turns "will" into "would": future, not a condition.
            let hypothetical = other_hypo
                || (would && !in_claim)
                || wished
                || until_condition(&s, t.ta, floor)
                || possibility_clause(&s, t.ta, floor)
                || (t.is_verb() && condition_series(&s, t.ta, floor))
                // A hostile consequence ("will strike if", "will withdraw
                // its force unless") is a conditional threat, which CAMEO
                // codes as a threat made now (THREATEN, from the future).
                || (!hostile(t.event_type) && conditional_consequence(&s, t.ta, floor));
            // "should say it will not fund": the negation is inside the
            // prescribed declaration, which leaves the act open.
            let prescribed = future_auxiliary && prescribed_declaration(&s, t.ta, floor);
            let hypothetical = hypothetical || prescribed || unsaid;
            let modality = if prescribed {
                Modality::Hypothetical
            } else if bits & wc::NEG != 0 || denied {
                Modality::Negated
            } else if hypothetical {
                Modality::Hypothetical
            } else if future || t.ordered {
                Modality::Future
            } else if in_claim || bits & wc::HEARSAY != 0 {
                Modality::Attributed
            } else {
                Modality::Asserted
            };
            // "Obama said he would not provide support to Israel", "Israel
            // will not withdraw its troops": a cooperative act refused with
            // a future auxiliary is a rejection made now (CAMEO 12), not an
            // event that did not happen. A past one ("did not withdraw")
            // stays negated, and so do reluctance ("reluctant to commit to
            // a meeting") and speech acts ("will not accept"), which the
            // lexicon's own rows ("refuse", "reject") code when they are
            // refusals.
            // Only an act someone performs can be refused: an event noun
            // that merely fails to happen ("the talks will not resume",
            // "aid would not reach Syria") stays negated; a noun after a
            // support verb ("would not send aid") is the doer's act.
            let refusal = modality == Modality::Negated
                && !denied
                && future_auxiliary
                && event_verb.is_some()
                && !hypothetical
                && t.class == Class::Event
                && !t.source.is_empty()
                && cooperative(t.event_type);
            // A crowd protesting an act ("thousands protested against the
            // arrest of the mayor") takes to the street: the protest verb's
            // own row, not the verbal protest of a state ("China protested
            // the arrest").
            let crowd_row = match t.kind {
                Kind::Lexicon(_) if t.event_type == EventType::Accuse && t.is_verb() => {
                    // The subject test first: it is a few flag reads, the row
                    // lookup lower-cases the verb into a new String.
                    crowd_subject(&s, t.ta)
                        .then(|| head_protest_row(lex, &s, t.ta))
                        .flatten()
                }
                _ => None,
            };
            let (event_type, modality) = if refusal {
                let now = if in_claim {
                    Modality::Attributed
                } else {
                    Modality::Asserted
                };
                (EventType::Reject, now)
            } else if crowd_row.is_some() {
                (EventType::Protest, modality)
            } else {
                (t.event_type, modality)
            };
            // The mode is the trigger's own or the one of the noun it absorbed
            // as its means; `war_noun`: the noun itself is a weapon or war
            // noun ("the shelling") or the absorbed one is ("a car bomb killed").
            let (mode, war_noun) = match t.kind {
                Kind::Lexicon(e) if !refusal => {
                    let e = crowd_row.unwrap_or(e);
                    let mode_of = |e: u32| lex.entries[e as usize].mode.as_deref();
                    let war = |e: u32| mode_of(e).is_some_and(|m| lex.filter.is_war_mode(m));
                    (
                        mode_of(e)
                            .or_else(|| t.means.and_then(mode_of))
                            .map(str::to_owned)
                            .or_else(|| t.folded_mode.clone()),
                        (t.nominal && war(e)) || t.means.is_some_and(war),
                    )
                }
                _ => (None, false),
            };
            // "The EU banned Russian oil", "Canada banned Chinese goods": a
            // ban that falls on another state is a trade sanction (CAMEO
            // 163), not the ban of a party or a paper inside a state (1722),
            // which is what the bare verb's row codes.
            let (event_type, mode) = if event_type == EventType::Coerce
                && mode.as_deref() == Some("ban")
                && bans_another_state(actors, &t.source, &t.target)
            {
                (EventType::Sanction, Some("restrict".to_owned()))
            } else {
                (event_type, mode)
            };
            let ids = |v: &[usize]| -> Vec<String> {
                v.iter()
                    .filter_map(|&a| actors.actors.get(a))
                    .map(|a| a.id.clone())
                    .collect()
            };
            let mut source = ids(&t.source);
            let (mut target, place) = if unnamed_place.is_empty() {
                (ids(&t.target), ids(&place_of(&s, &trigs, t)))
            } else {
                // A place is where it happened, not who it was done to.
                (Vec::new(), ids(&unnamed_place))
            };
            // "Dar confirmed the agreement", "Al Thani said the truce would
            // take effect": a definite event noun opening a claim's content
            // was given the speaker as its doer (`arguments`), which is right
            // for a first mention ("officials said the agreement would make
            // the region safer"). When the story has already reported an
            // event the noun names, the article points back to it: its
            // parties are that event's, not the speaker's.
            let speaker_source = t
                .claim
                .and_then(speaker_of)
                .is_some_and(|sp| t.source == [sp]);
            // "India and Pakistan agreed to a ceasefire. Trump announced the
            // truce": an announcer of a definite act the story named makes
            // it known; the act's parties are its doers.
            let announced_definite = t.is_verb()
                && s.names(t.ta, wc::ANNOUNCE)
                && t.tend > t.tb + 1
                && definite_np_at(&s, t.tend - 1, t.tb);
            let noun = if t.nominal { t.ta } else { t.tend - 1 };
            // "Thailand and Cambodia agreed to a ceasefire. ... Hun Manet
            // hoped the ceasefire would restore normal relations", "the deal
            // was a real opportunity": a definite event noun that its clause
            // only comments on, after the story reported the event it names,
            // refers back to that event; it is no new one. A clause that
            // reports a new act on it ("the truce was broken", "the talks
            // will resume") is no comment (`commented_definite_subject`).
            let commented_remention = t.nominal
                && remention_comment(&s, t.ta, t.tend)
                && !acted_on_definite_subject(&s, t.ta, t.tend);
            if (t.nominal
                && (speaker_source || commented_remention)
                && definite_np_at(&s, t.ta, t.claim.map_or(0, content_start_of)))
                || announced_definite
            {
                // The event it points back to, nearest first: one whose
                // trigger holds the noun itself ("held talks" for "the
                // talks"), else one of the same type, else, for an
                // agreement noun, one whose trigger names an agreement
                // ("signed a peace agreement" for "the deal") or that is an
                // agreement ("agreed to a ceasefire" for "the truce"). A mediator's
                // or host's event has a third party as its doer and is no
                // antecedent.
                let head = s.word(noun).trim_end_matches('s');
                let mut lower = String::new();
                let agreement_noun = is_agreement_noun(lex, s.word(noun), &mut lower);
                let trigger_words = |e: &EventRecord| {
                    text[e.trigger.start..e.trigger.end].split(|c: char| !c.is_alphanumeric())
                };
                let earlier: Vec<&EventRecord> = out[..first_new]
                    .iter()
                    .rev()
                    .filter(|e| {
                        !e.source.is_empty()
                            && !matches!(e.mode.as_deref(), Some("mediate" | "host"))
                            // An act the story says did not happen ("would
                            // not take part in any counterattack") is none
                            // that "the attack" can point back to.
                            && e.modality != Modality::Negated
                    })
                    .collect();
                let antecedent = earlier
                    .iter()
                    .find(|e| {
                        trigger_words(e).any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(head))
                    })
                    .or_else(|| earlier.iter().find(|e| e.event_type == event_type))
                    .or_else(|| {
                        earlier.iter().find(|e| {
                            agreement_noun
                                && (e.event_type == EventType::Agree
                                    || trigger_words(e)
                                        .any(|w| is_agreement_noun(lex, w, &mut lower)))
                        })
                    });
                // A noun aimed elsewhere than the event found ("the attacks
                // on U.S. ships" after U.S. strikes on Yemen) is another act.
                // (An agreement among its doers, "Iran and the IAEA agreed",
                // has no target: its doers are its parties.)
                let parties = |e: &EventRecord, a: &String| {
                    e.target.contains(a)
                        || (e.target.is_empty() && mutual(e.event_type) && e.source.contains(a))
                };
                if commented_remention
                    && antecedent
                        .is_some_and(|e| target.is_empty() || target.iter().any(|a| parties(e, a)))
                {
                    continue;
                }
                if let Some(earlier) = antecedent.filter(|_| speaker_source || announced_definite) {
                    source = earlier.source.clone();
                    target = earlier.target.clone();
                }
            }
            // "The U.S. military will send about 200 troops to Israel to help
            // monitor the truce": a force sent to a state to help is sent to
            // its aid, not against it (one sent "to Israel to fight" is).
            if event_type == EventType::Mobilize
                && !target.is_empty()
                && t.target.iter().all(|&a| sent_to_help(&s, a, t.tend))
            {
                target.clear();
            }
            // "Russian and Ukrainian delegations were expected to meet in
            // Istanbul": a meeting or accord of several doers whose only
            // target is where it takes place is among them, as the
            // `arguments` rule has it; a subject found late (through a
            // control verb or a claim) missed that rule. A state named only
            // as a place is no party.
            let among_themselves = matches!(
                event_type,
                EventType::Consult | EventType::Agree | EventType::Cooperate
            );
            if among_themselves
                && source.len() > 1
                && !t.target.is_empty()
                && target == ids(&t.target)
                && t.target.iter().all(|&a| named_only_as_place(&s, a))
            {
                target = source.clone();
            }
            // "Egypt and Saudi Arabia denounced the attack": an act aimed at
            // some but not all of its own doers is not aimed at them (a name
            // of the subject leaked into the target through a governed
            // event); one aimed at all of them is reciprocal ("Armenia and
            // Azerbaijan accused each other") and stays.
            if source.len() > 1
                && !target.is_empty()
                && target.len() < source.len()
                && target.iter().all(|a| source.contains(a))
            {
                target.clear();
            }
            // "adopted its 19th package of sanctions against Russia,
            // including a ban on imports": a part of an event named before it
            // in the sentence is done by that event's doers (the verb rows
            // read "a ban on imports" as "ban ... import", so any trigger).
            if source.is_empty() {
                let k = bare_modifiers_start(&s, t.ta, 0);
                let whole = (k > 0 && s.names(k - 1, wc::PART_OF))
                    .then(|| {
                        out[first_new..].iter().rev().find(|e| {
                            e.event_type == event_type
                                && !e.source.is_empty()
                                && e.trigger.end <= t.start
                        })
                    })
                    .flatten();
                if let Some(whole) = whole {
                    source = whole.source.clone();
                    if target.is_empty() {
                        target = whole.target.clone();
                    }
                }
            }
            // "Iran uses its oil revenue to fund its destabilizing
            // activities", "oil sales were funding Moscow's war": aid to the
            // giver's own activity names no receiver; it is no AID.
            if event_type == EventType::Aid
                && target.is_empty()
                && t.is_verb()
                && !t.passive()
                && own_object(&s, t)
            {
                continue;
            }
            // "whose sales have been badly hit", "the economy was hit hard":
            // a force verb in the passive whose subject is a noun of economic
            // standing tells a loss, not an attack.
            if event_type == EventType::Assault && t.is_verb() && t.passive() {
                let k = s.back_over(t.ta, 0, |j| {
                    s.f(j) & (wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG) != 0
                        || s.is_ly_adverb(j)
                });
                if k > 0 && s.in_cold(k - 1, wc::ECONOMIC) {
                    continue;
                }
            }
            // "Nawrocki thanked his supporters", "praised their aides": a
            // cooperative act toward the doer's own people (a possessive
            // pronoun and an entourage noun as the whole object) names no
            // other party; it is no event between actors.
            if cooperative(event_type)
                && target.is_empty()
                && t.is_verb()
                && !t.passive()
                && t.tb + 1 < s.n()
                && s.f(t.tb) & wc::POSS != 0
                && s.names(t.tb + 1, wc::ENTOURAGE)
            {
                continue;
            }
            // "Israel approved its plan to build 3,000 homes", "the cabinet
            // approved its own budget": approving one's own plan or project
            // supports no one and agrees with no one (session 18's
            // convention); approving another's plan or request stays.
            if matches!(event_type, EventType::Support | EventType::Agree)
                && t.is_verb()
                && !t.passive()
                && s.in_cold(t.ta, wc::APPROVE)
                && own_object(&s, t)
            {
                continue;
            }
            // "U.S. and Chinese negotiators agreed on a framework to
            // implement the truce reached in Geneva": an agreement whose
            // target is the very set of its doers names no other party; the
            // doers, read again from a phrase after it, are no target.
            // (A meeting keeps its members as targets: the convention of
            // "Varga and Brenner met", tests/world_probe_mends.rs.)
            if mutual(event_type)
                && source.len() > 1
                && target.len() == source.len()
                && target.iter().all(|a| source.contains(a))
            {
                target.clear();
            }
            // The same act by the same doers again in the sentence is no
            // new event. Nor is one that names no target after one of the
            // same doers, both done, when it is a participle clause that
            // tells the act's outcome ("rebels shelled Juba, killing about
            // 20 people") or the doers' own words about it ("rejected a
            // Senegalese peace plan, and said they also opposed the
            // deployment of a force"): one act, told twice. A finite verb
            // of its own ("crossed into Azerbaijan and shelled villages")
            // is a second act.
            let factual = |m: Modality| matches!(m, Modality::Asserted | Modality::Attributed);
            let claim_id = t.claim.and_then(|c| claims.get(c)).map(|c| c.id.as_str());
            let retold = |e: &EventRecord| {
                target.is_empty()
                    && !source.is_empty()
                    && t.is_verb()
                    && (t.form == Form::Ing
                        || (claim_id.is_some() && e.claim.as_deref() != claim_id))
                    && (e.modality == modality || (factual(e.modality) && factual(modality)))
            };
            let duplicate = out[first_new..].iter().any(|e| {
                e.event_type == event_type
                    && e.source == source
                    && (e.target == target || retold(e))
            });
            if duplicate {
                continue;
            }
            let trigger = Span::of(text, t.start, t.end);
            if war_noun {
                war_nouns.push((trigger.start, trigger.end));
            }
            out.push(EventRecord {
                id: String::new(),
                event_type,
                mode,
                source,
                target,
                trigger,
                sentence: sentence_span.clone(),
                modality,
                claim: t.claim.and_then(|c| claims.get(c)).map(|c| c.id.clone()),
                place,
            });
        }
    }
    for t in &layer.tokens[tok_cursor..] {
        count_outside(t, &mut domain);
    }
    // In text order; ids are given by the gate, to the events it keeps.
    out.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    (out, domain, war_nouns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_text::normalize;

    /// The word counts the clause analysis takes on its pass over the
    /// tokens are those the domain gate would count on its own: domain words
    /// looked up, capitalized inside a sentence (not looked up), in a
    /// headline, with non-ASCII letters, and outside any trigger.
    #[test]
    fn domain_words_are_counted_as_the_gate_counts_them() {
        let lex = EventLexicon::builtin().unwrap();
        let filter = lex.filter();
        let some_domain_word = filter.domain_words().next().unwrap().to_string();
        let mut title = some_domain_word.clone();
        title[..1].make_ascii_uppercase();
        let texts = [
            format!("The {some_domain_word} was attacked by fans. A {title} protest followed."),
            format!("{} WINS AGAIN\n\nThe {title} and the {some_domain_word}s met.", some_domain_word.to_uppercase()),
            format!("Pétanque {some_domain_word} at the Élysée: \"{title}!\" they said — {some_domain_word}."),
            String::from("No sport here: ministers met in Brussels to discuss sanctions."),
        ];
        let mut domain_seen = 0;
        for text in texts {
            let layer = TextLayer::new(normalize(&text));
            let (_, counted, _) = run(&layer, &DocActors::default(), &[], &lex);
            let direct = filter.domain_count(&layer);
            assert_eq!(counted, direct, "{text}");
            domain_seen += direct.domain;
        }
        assert!(domain_seen >= 6, "{domain_seen}");
    }
}
