//! Clause analysis: triggers → events with source, target and modality.
//!
//! Everything here works on the tokens of one sentence at a time, with the
//! word classes of `events-words.tsv` and the actor mentions of
//! `sitrep-actors`. Positions (`ta`, `tb`, mention `a`, `b`) are token
//! indices inside the sentence, half-open.

mod arguments;
mod backrefs;
mod document;
mod emit;
mod governance;
mod modality;
mod noun_arguments;
mod places;
mod pronouns;
mod readings;
mod roles;
mod rows;
mod sentence;
mod sets;
mod triggers;
mod verb_arguments;
mod words;

use crate::filter::DomainCount;
use crate::lexicon::{wc, Class, EventLexicon, Form, Pos, WordInfo};
use arguments::{
    agent_after_any, arguments, bans_another_state, bare_modifiers_start,
    claim_before_coordinated_verb, crowd_subject, head_protest_row, opening_participle_subject,
    ordered_act_doer, own_object, own_state, same_side, sent_to_help, subject_before,
};
use backrefs::{
    court_order_addressee, mediated_talks_told_before, names_event_back, reaction_to_told_act,
    referenced_event, told_act_as_subject,
};
use document::{
    cue_claim_at, mark_cue_tokens, place_mentions, ClaimSweep, Doc, Found, Scope, TokenWalk,
};
use emit::emit_events;
use governance::{
    absorb_outcome_warnings, absorb_stated_warnings, fold_governed, folded_into_event,
    infinitive_after, infinitive_to, link_governors, meeting_venue, own_state_warning_targets,
    passive_infinitive_to, penalty_instrument,
};
use modality::{
    acted_on_definite_subject, cleft_relative, commented_definite_subject, condition_series,
    conditional_consequence, definite_np_at, definite_np_opening_clause,
    definite_subject_of_event_verb, direct_question, exclusion_kept_open, factual_infinitive,
    hoped_for_clause, inside_relative_clause_phrase, is_definite_determiner, modality_after,
    modality_flags, modifier_in_definite_phrase, negated_clause_cue, negated_infinitive_cue,
    negative_quantifier_subject, noun_dated_ahead, noun_phrase_names, possibility_clause,
    prescribed_declaration, present_dated_ahead, remention_comment, reputed_infinitive,
    reversed_event_noun, sequenced_by_definite_event, support_verb_before, unfounded_clause,
    until_condition, weekday_at, wish_before_infinitive,
};
use places::{named_only_as_place, place_after, place_of};
use pronouns::{resolve_pronoun, PERSON_ANTECEDENT_BYTES};
use readings::{
    attacker_head, attacker_subject, characterising_small_clause, is_agreement_noun,
    is_attack_noun, is_event_noun, is_noun_of_type, listed_class_after, nominal_reading,
    participle_modifier, perfect_aux, quantifier_subject, restating_subject, subject_head,
    verb_used_as_noun, voice_of,
};
use roles::{
    assign_arguments, converse_roles, means_in_phrase, mediated_subject_sides,
    mediated_talks_parties, meeting_occasions, obstructed_noun_doers, penalty_instruments,
    seized_from, speakers_second_acts,
};
use rows::{
    absorb_characterised, absorb_descriptive_participles, add_obligations, choose_triggers,
    set_voices,
};
use sets::{add_set_phrases, expand_sets};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Span, Stance};
use sitrep_text::{Sentence, TextLayer, Token, TokenKind};
use std::cell::Cell;
use triggers::{
    find_hits, index_triggers, match_gapped, passive_light_row, passive_subject_row,
    reduced_passive_row, relative_object_row, takes_no_object,
};
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
    /// A city read as the place of the attack noun right after it ("the
    /// Paris attacks"), where no preposition made it a place
    /// (`city_naming_attack`): neither the noun's doer nor a subject.
    attack_place: bool,
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
    /// The document's datelines, as the text layer read them.
    datelines: &'a [std::ops::Range<usize>],
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
/// speaker is no known actor (the per-document speaker cache, `Doc::speaker_of`).
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
    /// Byte offset of an unresolved person name that was a subject after
    /// `last_subject` (see `Found::unnamed_person`).
    unnamed_person: Option<usize>,
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

/// Event types of force or penalty: acts that hit people or a place, as
/// opposed to words, meetings and accords.
fn force_or_penalty(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Assault | EventType::Coerce | EventType::Mobilize | EventType::Sanction
    )
}

/// Event types of words said to or about a party: an accusation, a request,
/// a rejection (a threat may name the place it would hit).
fn verbal_act(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Accuse | EventType::Request | EventType::Reject
    )
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
/// way (`EventFilter::domain_count` counts the same). The pipeline of
/// passes: per sentence, its trigger hits and claims, its mentions, then
/// steps 1–7 over its triggers.
pub(crate) fn run(
    layer: &TextLayer,
    actors: &DocActors,
    claims: &[ClaimRecord],
    lex: &EventLexicon,
    published: Option<&str>,
) -> (Vec<EventRecord>, DomainCount, Vec<(usize, usize)>) {
    let doc = Doc::new(
        layer,
        actors,
        claims,
        lex,
        published.and_then(sitrep_record::weekday),
    );
    let mut sweep = ClaimSweep::new(&doc);
    let mut found = Found::default();
    let mut tokens = TokenWalk::default();
    // Per sentence, the set phrases ("the two countries") read as a mention
    // of their representative state: (representative, the states).
    let mut sets: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut lower = String::new();
    // One analysis buffer for the whole document, cleared per sentence.
    let longest = doc.longest_sentence();
    let mut s = Sent::for_document(&doc, longest);
    // The sentence's trigger hits and its triggers: buffers for the whole
    // document like `s`, refilled per sentence (kept beside `s` because the
    // sentence's steps read them while they change `s`).
    let mut hits: Vec<Hit> = Vec::new();
    let mut trigs: Vec<Trig> = Vec::new();
    hits.reserve(longest);
    for sent in layer.sentences.iter() {
        let toks = tokens.sentence(&doc, sent);
        if toks.is_empty() {
            continue;
        }
        let (headline, classes) = find_hits(
            doc.text,
            toks,
            lex,
            &mut s.flags,
            &mut s.looked,
            &mut s.hit_starts,
            &mut hits,
            &mut tokens.domain,
            &mut lower,
        );
        let has_oblig = classes & wc::OBLIG != 0;
        // Without a trigger, only an obligation ("X said Y must ...") can
        // make an event.
        if hits.is_empty() && !has_oblig {
            continue;
        }
        s.toks = toks;
        let sc = sweep.scope(&doc, sent, toks, headline);
        mark_cue_tokens(&sc, &mut s);
        place_mentions(&sc, &mut s, &mut lower);
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
        // argument found below expands into all of them. ("The two
        // leaders", "both candidates": a pair or trio word, then a noun of people,
        // whose class is read of that one token.)
        sets.clear();
        if classes & (wc::SET_NOUN | wc::PAIR | wc::TRIO) != 0 {
            add_set_phrases(&mut s, layer, actors, lex, &mut sets, &mut lower);
        }
        // 1. Choose a lexicon row for every hit.
        choose_triggers(&sc, &mut s, &hits, &mut trigs, &mut lower);
        // 2. "X said (that) Y must Z": a REQUEST from X to Y.
        if has_oblig {
            add_obligations(
                &sc,
                &mut s,
                &mut trigs,
                &found.last_subject,
                found.unnamed_person,
            );
        }
        if trigs.is_empty() {
            continue;
        }
        // 3. Voice, and participles and naming clauses that are no act.
        set_voices(&s, &mut trigs, lex, &mut lower);
        absorb_descriptive_participles(&s, &mut trigs);
        absorb_characterised(&s, &mut trigs, classes);
        // 4. Governance: which trigger absorbs which.
        link_governors(&s, &mut trigs);
        // 5. Arguments, and the role passes across triggers. The story's
        // subject before this sentence is kept for talks whose other side
        // this sentence does not name.
        let story_subject = found.last_subject.clone();
        assign_arguments(
            &sc,
            &s,
            &mut trigs,
            &sets,
            &mut found.last_subject,
            &mut found.unnamed_person,
        );
        speakers_second_acts(&s, &mut trigs, claims);
        converse_roles(&s, &mut trigs);
        seized_from(&s, &mut trigs, lex);
        means_in_phrase(&s, &mut trigs, lex);
        obstructed_noun_doers(&s, &mut trigs);
        meeting_occasions(&s, &mut trigs);
        mediated_talks_parties(&s, &mut trigs, sc.doc, &story_subject);
        mediated_subject_sides(&s, &mut trigs);
        penalty_instruments(&s, &mut trigs, lex);
        // 6. Fold governed triggers into their governors.
        fold_governed(&sc, &s, &mut trigs, &mut lower);
        own_state_warning_targets(&s, actors, &mut trigs);
        absorb_stated_warnings(actors, &mut trigs);
        absorb_outcome_warnings(&s, &mut trigs);
        // 7. Emit.
        emit_events(&sc, &s, &mut trigs, &sets, &mut found);
    }
    let domain = tokens.finish(&doc);
    let Found {
        mut out, war_nouns, ..
    } = found;
    // In text order; ids are given by the gate, to the events it keeps.
    out.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    (out, domain, war_nouns)
}

impl<'a> Sent<'a> {
    /// The analysis buffer for a document, its per-token buffers sized once
    /// for the document's longest sentence (`longest`, in bytes): they never
    /// grow while it is read.
    fn for_document(doc: &Doc<'a>, longest: usize) -> Self {
        let mut s = Sent {
            text: doc.text,
            datelines: &doc.layer.datelines,
            toks: &[],
            lex: Some(doc.lex),
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
        s.flags.reserve(longest);
        s.looked.reserve(longest);
        s.ment_of.reserve(longest);
        s.trig_of.reserve(longest);
        s.hit_starts.reserve(longest);
        s
    }
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
            let (_, counted, _) = run(&layer, &DocActors::default(), &[], &lex, None);
            let direct = filter.domain_count(&layer);
            assert_eq!(counted, direct, "{text}");
            domain_seen += direct.domain;
        }
        assert!(domain_seen >= 6, "{domain_seen}");
    }
}
