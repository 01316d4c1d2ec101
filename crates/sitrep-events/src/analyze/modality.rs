//! How sure the text is that an event happened: modality words before a
//! trigger in its clause, conditions ("if", "until"), infinitives of need,
//! wish or report, negated cues of a claim, definite event nouns a clause
//! only comments on, and direct questions. Separate because modality is
//! decided from the clause around a trigger, not from who is in it.

use super::words::is_upper_start;
use super::{Sent, Trig, CUE, GOVERN_WINDOW, MODALITY_WINDOW, NONE, PREPS};
use crate::lexicon::{wc, Form};
use sitrep_record::{ClaimRecord, EventType};
use sitrep_text::TokenKind;

/// Modality words in the few tokens before `i`, within the clause; also
/// whether "would" was among them and whether another hypothetical word
/// was. A negation inside the scope of an `open` word ("if no deal is
/// reached", "may not attack") leaves the event open: its NEG bit is
/// dropped, so the event is hypothetical.
pub(super) fn modality_flags(
    s: &Sent,
    i: usize,
    floor: usize,
    nominal: bool,
    past_verb: bool,
) -> (wc::Classes, bool, bool) {
    let mut bits = 0;
    let mut would = false;
    let mut other_hypo = false;
    // A negation seen so far (nearer the trigger) that no `open` word
    // further back has taken into its scope.
    let mut open_negation = false;
    // An exclusion ("ruled out") seen so far, not yet negated.
    let mut exclusion = false;
    let mut ended_exclusion = false;
    let mut k = i;
    let mut steps = 0;
    // An event noun takes the modality of the verb it is the object of
    // ("will provide 25,000 tons of food aid"): look further, but not past
    // the subject.
    // A verb right after "and"/"or" shares the auxiliaries of the verb it
    // is coordinated with ("should be impeached by the House and removed
    // from office"): look as far back as for a noun.
    let coordinated = i > floor + 1 && s.f(i - 1) & wc::CONJ != 0;
    let window = if nominal || coordinated {
        2 * MODALITY_WINDOW
    } else {
        MODALITY_WINDOW
    };
    // "asked whether her state would comply and warned that …", "said it
    // would strike and destroyed the ships": a past form after "and" is a
    // finite verb of its own, since a modal or "did" takes a base form; it
    // shares only a group that holds "be" or "have" ("should be impeached
    // and removed", "has not attacked and destroyed"). Until one is passed
    // walking back, the modals and negations before the conjunction are
    // the other verb's.
    let mut shares_group = !(coordinated && past_verb);
    // "Israel will retaliate for the attack", "did not respond to the
    // strikes": the act answered was done before the answer, whose
    // modality is the answer's own.
    let answered = nominal && s.answered_act(i);
    while k > floor && steps < window {
        k -= 1;
        // Quotation marks and parentheses are no words: they do not use up
        // the window ("would have \"objected\" to").
        if !s.is_quote_or_bracket(k) {
            steps += 1;
        }
        if s.punct(k, ",")
            || s.hard_stop(k)
            || (nominal && s.mention_ending_at(k).is_some() && steps > 2)
        {
            break;
        }
        // "urged all parties to refrain from violence and called on the
        // authorities": what stands between the first conjunct's verb and
        // the conjunction is that verb's complement, whose negation and
        // modals are its own; only the first verb's auxiliaries are shared.
        // So is a claim's cue ("said the mission would hold the parties to
        // account and warned"): the reported clause's modals are its own.
        if coordinated && k + 1 < i && (s.trig_verb_at(k) || s.f(k) & CUE != 0) {
            bits = 0;
            would = false;
            other_hypo = false;
            open_negation = false;
            exclusion = false;
            ended_exclusion = false;
        }
        // "was not on the July 25 phone call": being absent from an event
        // named with a definite article presupposes the event.
        if nominal && presupposed_after(s, k, i) {
            break;
        }
        // "couldn't comment on the ongoing investigation": the noun is what
        // is talked about; the modality before the talking verb is the
        // talk's, not the event's.
        if nominal && s.names(k, wc::TOPIC) {
            break;
        }
        if answered && s.is_listed(k, wc::listed::ANSWER_WORD) {
            break;
        }
        let mut f = s.f(k);
        if f & (wc::BE | wc::HAVE) != 0 {
            shares_group = true;
        }
        if !shares_group {
            f &= !(wc::NEG | wc::HYPO | wc::FUTURE | wc::OPEN | wc::AVERSE | wc::OBLIG);
        }
        // "threats should China not accede": "should" before its subject is
        // a condition, not an obligation.
        if f & wc::OBLIG != 0
            && k + 1 < i
            && (s.mention_starting_at(k + 1).is_some() || s.f(k + 1) & wc::PRON != 0)
        {
            f |= wc::OPEN;
        }
        // "ruled out sending troops" excludes the event; "has not ruled
        // out sending troops" leaves it open, and so does a refusal to
        // exclude it ("declined to rule out an attack").
        if s.names(k, wc::EXCLUDE) && s.is(k + 1, "out") {
            // "ruled out ending its attacks": excluding an end leaves the
            // act going on ("did not rule out ending" leaves it open).
            ended_exclusion = (k + 2..i).any(|j| s.names(j, wc::CEASE));
            exclusion = !ended_exclusion;
        } else if (exclusion || ended_exclusion) && (f & wc::NEG != 0 || s.in_cold(k, wc::REFUSAL))
        {
            exclusion = false;
            ended_exclusion = false;
            f &= !(wc::NEG | wc::AVERSE);
            other_hypo = true;
        }
        if f & (wc::NEG | wc::AVERSE) != 0 {
            open_negation = true;
        }
        if f & wc::OPEN != 0 {
            open_negation = false;
        }
        bits |= f & (wc::NEG | wc::HYPO | wc::FUTURE);
        // "allegedly attacked", "the alleged attack": hearsay covers only
        // its own verb group or noun phrase ("the alleged attack killed ten"
        // passes on the attack, and reports the deaths).
        // An event noun's support verb (no trigger of its own) and its
        // particle are of the noun's phrase here: "allegedly launched the
        // strike", "reportedly carried out the attack" pass the act on.
        let support = |j: usize| {
            nominal && s.trig_at(j).is_none() && s.f(j) & (wc::LIGHT | wc::PARTICLE) != 0
        };
        if f & wc::HEARSAY != 0 && (k + 1..i).all(|j| in_same_phrase(s, j) || support(j)) {
            bits |= wc::HEARSAY;
        }
        if f & wc::AVERSE != 0 {
            bits |= wc::NEG;
        }
        if shares_group && s.in_cold(k, wc::WOULD) {
            would = true;
            // "would have objected": a counterfactual, in reported speech
            // too.
            if k + 1 < i && s.is(k + 1, "have") {
                other_hypo = true;
            }
        } else if f & (wc::HYPO | wc::OPEN) != 0 {
            other_hypo = true;
        }
        if f & (wc::BAR | wc::THAT | wc::REL) != 0 {
            break;
        }
    }
    // "China declined to rule out an attack": a refusal that is a claim's
    // cue stands just before the content the walk stops at; it leaves the
    // excluded act open as one inside the clause does.
    if (exclusion || ended_exclusion) && k == floor && refusal_cue_before(s, floor) {
        exclusion = false;
        other_hypo = true;
    }
    if exclusion && !other_hypo {
        bits |= wc::NEG;
        open_negation = true;
    }
    if !open_negation {
        bits &= !wc::NEG;
    }
    (bits, would, other_hypo)
}

/// Whether the act at `ta` is kept open by a refused or negated exclusion
/// in its clause: "declined to rule out using force", "would not rule out
/// sending troops", "has refused to rule out an attack". Not excluding a
/// hostile act one could do is holding it over the other side, a threat
/// made now (`event_kind`); a plain "ruled out" excludes the act, and a
/// refusal of anything else ("refused to attack") is no exclusion at all.
pub(super) fn exclusion_kept_open(s: &Sent, ta: usize, floor: usize) -> bool {
    // The exclusion: "rule out" before the act, inside its clause.
    let Some(k) = (floor..ta)
        .rev()
        .take(2 * MODALITY_WINDOW)
        .take_while(|&k| {
            !s.punct(k, ",") && !s.hard_stop(k) && s.f(k) & (wc::BAR | wc::THAT | wc::REL) == 0
        })
        .find(|&k| s.names(k, wc::EXCLUDE) && s.is(k + 1, "out"))
    else {
        return false;
    };
    // "did not rule out ending their attacks": the end is kept open, not the
    // act.
    if (k + 2..ta).any(|j| s.names(j, wc::CEASE)) {
        return false;
    }
    // The negation or refusal of it, over "to", auxiliaries and adverbs:
    // "declined to rule out", "would not rule out", "has not ruled out";
    // a refusal may be the cue of the claim the act is told in.
    if k == floor + 1 && refusal_cue_before(s, floor) {
        return true;
    }
    (floor..k)
        .rev()
        .take(4)
        .take_while(|&j| !s.punct(j, ",") && !s.hard_stop(j))
        .any(|j| s.f(j) & wc::NEG != 0 || s.in_cold(j, wc::REFUSAL))
}

/// Whether a word of refusing stands right before an infinitive that opens
/// at `floor`, the start of a claim's content: "declined | to rule out".
fn refusal_cue_before(s: &Sent, floor: usize) -> bool {
    floor > 0 && s.f(floor) & wc::TO != 0 && s.in_cold(floor - 1, wc::REFUSAL)
}

/// Whether the verb at `ta` is a later predicate of a series inside an
/// "if"/"unless" clause: "offered to delay the move if Iran restored
/// access, accounted for its stockpile and resumed talks". The verb right
/// after "and"/"or" shares the condition, over commas that open another
/// predicate of the series (a comma before a subject ends the condition:
/// "If Iran attacks, Israel will respond and strike" is the consequence).
/// A past form (`past_verb`) after a modal or "did" of the condition is a
/// finite verb of its own, outside it: "asked whether her state would
/// comply with the order and warned that …" (a "be" or "have" between
/// keeps it in: "if Iran has restored access and accounted for …").
pub(super) fn condition_series(s: &Sent, ta: usize, floor: usize, past_verb: bool) -> bool {
    let k = s.back_over_classes(ta, floor, wc::AUX | wc::SKIP | wc::NEG);
    if k < floor + 2 || s.f(k - 1) & wc::CONJ == 0 {
        return false;
    }
    let mut j = k - 1;
    let mut steps = 0;
    let mut shares_group = !past_verb;
    while j > floor && steps < 3 * GOVERN_WINDOW {
        j -= 1;
        steps += 1;
        let f = s.f(j);
        if s.hard_stop(j) || f & (wc::THAT | wc::REL) != 0 {
            return false;
        }
        if f & (wc::BE | wc::HAVE) != 0 {
            shares_group = true;
        }
        let modal = f & (wc::AUX | wc::FUTURE) != 0 || (f & wc::HYPO != 0 && f & wc::BAR == 0);
        if modal && !shares_group {
            return false;
        }
        if f & wc::BAR != 0 {
            let subject = s.mention_starting_at(j + 1).is_some()
                || s.f(j + 1) & (wc::PRON | wc::DET | wc::POSS) != 0;
            return f & wc::OPEN != 0 && subject;
        }
        if s.punct(j, ",") {
            // The series goes on only with a bare predicate after the comma.
            let next = j + 1;
            let bare_verb = s.toks.get(next).is_some_and(|t| t.kind == TokenKind::Word)
                && s.f(next) & (wc::DET | wc::POSS | wc::PRON | wc::CONJ | wc::BAR) == 0
                && s.mention_at(next).is_none()
                && s.word(next).starts_with(|c: char| c.is_lowercase());
            if !bare_verb {
                return false;
            }
        }
    }
    false
}

/// The "that" opening the clause of the trigger at `ta`: the nearest one
/// before it within [`GOVERN_WINDOW`] words, with no stop, subordinator or
/// relative word between (those open a clause of their own).
fn clause_that(s: &Sent, ta: usize, floor: usize) -> Option<usize> {
    (floor..ta)
        .rev()
        .take(GOVERN_WINDOW)
        .take_while(|&k| !s.hard_stop(k) && s.f(k) & (wc::BAR | wc::REL) == 0)
        .find(|&k| s.f(k) & wc::THAT != 0)
}

/// How many words a cleft's focus may hold between its copula and its
/// relative word ("it was Israeli troops who", "it was the army's own
/// forces that").
const CLEFT_FOCUS_WORDS: usize = 6;

/// Whether the relative word at `rel` closes the focus of a cleft: "it"
/// and a copula a few words before it ("Israel denied that it was Israeli
/// troops who attacked the convoy"). The relative clause there is the
/// statement itself, not what a noun of it did.
pub(super) fn cleft_relative(s: &Sent, rel: usize, floor: usize) -> bool {
    (rel.saturating_sub(CLEFT_FOCUS_WORDS + 1).max(floor + 1)..rel)
        .rev()
        .take_while(|&b| !s.hard_stop(b))
        .find(|&b| s.f(b) & wc::BE != 0)
        .is_some_and(|b| s.in_cold(b - 1, wc::THING_PRONOUN))
}

/// Whether the trigger at `ta` is in a clause of possibility: its clause
/// opens with a "that" after a copula and a word of possibility ("It is
/// possible that Bangkok is using the suspension to press for", "it was
/// likely that"), over one adverb ("it is quite possible that"). Nobody
/// says the event happens: hypothetical.
pub(super) fn possibility_clause(s: &Sent, ta: usize, floor: usize) -> bool {
    let Some(k) = clause_that(s, ta, floor) else {
        return false;
    };
    if k < floor + 2 || s.f(k - 1) & wc::HYPO == 0 || s.f(k - 1) & wc::OPEN != 0 {
        return false;
    }
    let mut b = k - 2;
    if b > floor && s.f(b) & wc::SKIP != 0 {
        b -= 1;
    }
    s.f(b) & wc::BE != 0
}

/// Whether the trigger at `ta` is in a that-clause of grounds found
/// wanting: "There is no evidence that Iran supplied the weapons", "found
/// no sign that", "No evidence has emerged that". The writer says nothing
/// shows the act happened, nor that it did not: hypothetical, as what was
/// not said is. The ground noun (`ground_noun` in `events-words.tsv`)
/// stands after a negative quantifier, at most two words (a short verb
/// group) before the "that".
pub(super) fn unfounded_clause(s: &Sent, ta: usize, floor: usize) -> bool {
    let Some(k) = clause_that(s, ta, floor) else {
        return false;
    };
    (k.saturating_sub(3).max(floor + 1)..k)
        .any(|n| s.is_listed(n, wc::listed::GROUND_NOUN) && s.in_cold(n - 1, wc::NEG_QUANTIFIER))
}

/// A token that can stand between a modality word and the trigger inside
/// one verb group or noun phrase: an auxiliary, adverb, negation,
/// determiner, modifier or name, but no other trigger.
pub(super) fn in_same_phrase(s: &Sent, j: usize) -> bool {
    let group = wc::AUX | wc::BE | wc::HAVE | wc::SKIP | wc::NEG | wc::DET | wc::POSS;
    s.trig_at(j).is_none()
        && (s.f(j) & group != 0 || s.is_modifier_word(j) || s.mention_at(j).is_some())
}

/// Whether the preposition at `k` opens a definite noun phrase that runs to
/// the event noun at `i`, right after a negated "be" ("was not on the call",
/// "wasn't at the summit"): the negation is of someone's presence, and the
/// definite article presupposes the event.
pub(super) fn presupposed_after(s: &Sent, k: usize, i: usize) -> bool {
    let preposition = s.f(k) & (wc::LOC | wc::TPREP | wc::VPREP | wc::PREP) != 0 && !s.is(k, "to");
    let definite = k < i && (s.is(k + 1, "the") || s.f(k + 1) & wc::POSS != 0);
    if !preposition || !definite || k == 0 {
        return false;
    }
    let negated_be = s.f(k - 1) & (wc::NEG | wc::BE) == (wc::NEG | wc::BE)
        || (k >= 2 && s.f(k - 1) & wc::NEG != 0 && s.f(k - 2) & wc::BE != 0);
    negated_be
        && (k + 2..i).all(|j| s.is_modifier_word(j) || s.mention_at(j).is_some() || s.f(j) == 0)
}

/// Whether the event noun at `ta` heads (or ends) the object noun phrase
/// of a verb of ending or reversal (`cease` words: "suspended the ban",
/// "ending its defence cooperation agreement", "revoked the accord"): the
/// phrase names what is ended, lifted or revoked, not an act done now (the
/// gapped rows "lift ... sanctions", "suspend ... talks" code the reversal
/// itself and take the noun before this is asked). A negation, a refusal or
/// an exclusion just before the verb ("ruled out ending its attacks",
/// "refused to halt the offensive") leaves the act going on, and a verb
/// after a determiner is a noun ("the end", "a halt"). Protests and
/// attacks (`street_act`) are facts on the ground that others try to end
/// ("Beijing's strategy for ending the protests"): they stay events
/// unless a possessive makes them the ender's own ("halted its offensive").
pub(super) fn reversed_event_noun(s: &Sent, ta: usize, street_act: bool) -> bool {
    let mut k = ta;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        let j = k - 1;
        let in_phrase = s.f(j) & (wc::DET | wc::POSS) != 0
            || s.ment_of[j] != NONE
            || s.is_possessive(j)
            || (s.is_modifier_word(j) && !s.names(j, wc::CEASE));
        if !in_phrase {
            break;
        }
        k = j;
        steps += 1;
    }
    if k == 0 {
        return false;
    }
    if street_act && !(k..ta).any(|j| s.f(j) & wc::POSS != 0 || s.is_possessive(j)) {
        return false;
    }
    let mut verb = k - 1;
    // "announced the end of its military cooperation", "the suspension of
    // aid": a noun of ending with the event in its "of" phrase.
    if s.f(verb) & wc::OF != 0
        && verb > 1
        && s.names(verb - 1, wc::CEASE)
        && s.f(verb - 2) & (wc::DET | wc::POSS) != 0
    {
        verb -= 1;
        // "at the end of the talks", "until the end of the war": a time,
        // after which the event still happened.
        let preps = wc::PREP | wc::LOC | wc::TPREP | wc::VPREP | wc::FOR | wc::FROM | wc::TO;
        if verb > 1 && s.f(verb - 2) & (preps | wc::BY | wc::OF) != 0 {
            return false;
        }
        return !(verb.saturating_sub(4)..verb).any(|j| s.f(j) & (wc::NEG | wc::AVERSE) != 0);
    }
    if !s.names(verb, wc::CEASE) || !s.word(verb).starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // "the end", "its halt", "Ukraine's ceasing investigations": a noun or
    // a possessed gerund, named as a topic, not a verb of this clause.
    if verb > 0 && (s.f(verb - 1) & (wc::DET | wc::POSS) != 0 || s.is_possessive(verb - 1)) {
        return false;
    }
    let kept_going = (verb.saturating_sub(3)..verb).any(|j| {
        s.f(j) & (wc::NEG | wc::AVERSE) != 0 || s.names(j, wc::EXCLUDE) || s.in_cold(j, wc::REFUSAL)
    });
    !kept_going
}

/// Whether the verb at `ta` has a subject opened by a negative quantifier
/// ("No other country has so far officially recognized", "Neither side
/// has accepted"), at the start of its clause: the act is negated. The
/// modality window may not reach back over a long subject and adverbs.
pub(super) fn negative_quantifier_subject(s: &Sent, ta: usize, floor: usize) -> bool {
    // Auxiliaries and adverbs between the subject and the verb.
    let mut k = ta;
    let mut steps = 0;
    while k > floor && steps < 6 {
        let j = k - 1;
        let adverb = s.f(j) & (wc::AUX | wc::BE | wc::HAVE | wc::SKIP) != 0
            || s.is_ly_adverb(j)
            || s.in_cold(j, wc::AUX_ADVERB);
        if !adverb {
            break;
        }
        k = j;
        steps += 1;
    }
    if k == ta || k <= floor {
        return false;
    }
    // The subject: a short noun phrase ending right before the auxiliaries.
    let mut q = k;
    steps = 0;
    while q > floor && steps < 4 {
        let j = q - 1;
        let word = s.word(j);
        if s.in_cold(j, wc::NEG_QUANTIFIER) {
            // "none of the parties": the quantifier takes an "of" phrase.
            let opens_clause = j == floor
                || s.is_punct(j - 1)
                || s.f(j - 1) & (wc::THAT | wc::REL | wc::BAR | wc::CONJ) != 0;
            return opens_clause && q < k;
        }
        let in_phrase = s.is_modifier_word(j)
            || s.ment_of[j] != NONE
            || s.f(j) & wc::OF != 0
            || word.eq_ignore_ascii_case("other");
        if !in_phrase {
            return false;
        }
        q = j;
        steps += 1;
    }
    false
}

/// Whether the event noun at `ta` sits in a prepositional phrase of a
/// relative clause ("amendments that referred to Russia's invasion were not
/// adopted"): it is no subject of the verb after it, whose auxiliaries
/// belong to the main clause.
pub(super) fn inside_relative_clause_phrase(s: &Sent, ta: usize) -> bool {
    let k = s.back_over(ta, 0, |j| {
        s.f(j) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(j)
            || s.mention_at(j).is_some()
            || s.is_possessive(j)
    });
    if k == 0 || s.f(k - 1) & PREPS == 0 {
        return false;
    }
    // "that" is a relative pronoun when a verb follows it at once, a
    // complementizer when a subject does ("said that its operations in
    // support of ... would continue").
    let relative = |j: usize| {
        s.f(j) & wc::REL != 0
            || (s.f(j) & wc::THAT != 0
                && j + 1 < s.n()
                && s.f(j + 1) & (wc::DET | wc::POSS | wc::PRON) == 0
                && s.mention_at(j + 1).is_none()
                && !is_upper_start(s.word(j + 1)))
    };
    (k.saturating_sub(6)..k - 1)
        .rev()
        .take_while(|&j| !s.hard_stop(j) && !s.punct(j, ","))
        .any(|j| j > 0 && relative(j))
}

/// Modality of the verb after an event noun used as a subject ("talks may
/// follow"): the first auxiliary after the noun phrase.
pub(super) fn modality_after(s: &Sent, from: usize) -> (wc::Classes, bool, bool) {
    let Some(k) = auxiliary_after_noun(s, from) else {
        return (0, false, false);
    };
    let f = s.f(k);
    let would = s.in_cold(k, wc::WOULD);
    let mut bits = f & (wc::NEG | wc::HYPO | wc::FUTURE);
    // "talks had been scheduled for Sunday", "a summit is planned": a
    // passive participle of planning after the auxiliaries puts the event
    // ahead of the sentence.
    let (p, passive) = past_verb_group(s, k, 0);
    if passive && s.names(p, wc::SCHEDULE) {
        bits |= wc::FUTURE;
    }
    // "talks may not follow": the possibility stays open.
    if s.f(k + 1) & wc::NEG != 0 && f & wc::OPEN == 0 {
        bits |= wc::NEG;
    }
    (bits, would, f & wc::HYPO != 0 && !would)
}

/// Whether the event noun at `ta..tend` is a definite subject that its
/// clause comments on rather than reports happening: "the attacks would
/// only fuel insecurity", "the deal was not perfect", "the strikes were
/// unjustified". The definite article (or a possessive) presupposes the
/// event, so the auxiliaries after it belong to the comment, not to the
/// event; and the comment is anyone's, not necessarily the doer's. A verb
/// of occurrence after the auxiliaries ("the talks will take place", "the
/// strike was carried out", "the meeting will follow": `aspect` and `occur`
/// words, and `light` ones in the passive), another trigger ("the strikes had killed five"), a
/// noun phrase ("the operation was a response to") or a name keeps the
/// ordinary reading.
pub(super) fn commented_definite_subject(s: &Sent, ta: usize, tend: usize) -> bool {
    let Some((p, passive)) = definite_subject_verb(s, ta, tend) else {
        return false;
    };
    // "the attack was in response to", "the strikes were in retaliation
    // for": a predicate of purpose or cause after a preposition keeps the
    // event as well.
    if p + 1 < s.n() && s.f(p) & PREPS != 0 && s.f(p + 1) & wc::OCCUR != 0 {
        return false;
    }
    // A support verb says the event happened only in the passive ("the
    // strike was carried out", "the talks will be held"); active, the event
    // is its subject ("the agreement would make the world safer").
    let mut keeps_event = wc::ASPECT | wc::OCCUR | wc::DET | wc::POSS;
    if passive {
        keeps_event |= wc::LIGHT;
    }
    if scheduled_passive(s, p, passive) {
        return false;
    }
    p < s.n()
        && s.toks[p].kind == TokenKind::Word
        && s.f(p) & keeps_event == 0
        && s.trig_at(p).is_none()
        && s.mention_at(p).is_none()
        && s.word(p).starts_with(|c: char| c.is_lowercase())
}

/// Whether the definite event noun at `ta..tend` is a subject that its
/// clause comments on under the re-mention convention (session 28): the
/// comments of [`commented_definite_subject`], a copula with a predicate
/// noun ("the deal was a real opportunity to build", "the strikes were a
/// direct response to"), or an active verb of occurrence or sequence
/// ("the agreement came days after", "the talks followed", "the talks had
/// taken place"; not a scheduled one, "the meeting would take place in
/// Rome", which may be another meeting). Asked only for an event of a
/// type the story already reported: then the noun points back to it.
pub(super) fn remention_comment(s: &Sent, ta: usize, tend: usize) -> bool {
    if commented_definite_subject(s, ta, tend) {
        return true;
    }
    if !definite_subject_at(s, ta) {
        return false;
    }
    // "The meeting, at a secret location on Monday, lasted": the verb
    // comes after an aside set off by commas.
    let tend = after_comma_aside(s, noun_phrase_end(s, tend)).unwrap_or(tend);
    let mut ahead = false;
    let (p, passive) = match auxiliary_after_noun(s, tend) {
        Some(aux) => {
            let (p, passive) = past_verb_group(s, aux, wc::OCCUR);
            // "the meeting would take place in Rome": a scheduled event may
            // be another one than the event already told.
            ahead =
                (aux..p).any(|k| s.f(k) & (wc::FUTURE | wc::HYPO) != 0 || s.in_cold(k, wc::WOULD));
            (p, passive)
        }
        // "the meeting lasted an hour": a verb of occurrence right after
        // the noun, though "-ed" reads as a modifier in a noun phrase.
        None if tend < s.n() && s.f(tend) & wc::OCCUR != 0 && s.f(tend) & wc::SKIP == 0 => {
            (tend, false)
        }
        // "the strike crossed a red line": so is a past form that no
        // agent phrase follows ("the strike ordered by Trump" is a
        // participle).
        None if tend < s.n()
            && s.word(tend).ends_with("ed")
            && comment_verb(s, tend)
            && !s.is(tend + 1, "by") =>
        {
            (tend, false)
        }
        // "the agreement came days after": a finite verb right after the
        // noun phrase ("the talks last week" is a time, no verb).
        None => {
            // "the agreement between Turkey and Syria reflected months of
            // work": a past form right after a name ends the phrase.
            let end = noun_phrase_end(s, tend);
            let p = (tend + 1..end)
                .find(|&k| {
                    s.mention_at(k - 1).is_some()
                        && s.mention_at(k).is_none()
                        && s.word(k).ends_with("ed")
                        && comment_verb(s, k)
                        && !s.is(k + 1, "by")
                })
                .unwrap_or(end);
            if p < s.n() && s.f(p) & wc::SKIP == 0 {
                (p, false)
            } else {
                return false;
            }
        }
    };
    if p >= s.n() || s.mention_at(p).is_some() {
        return false;
    }
    if !passive && s.f(p) & wc::OCCUR == 0 {
        // "the deal signalled clearly to Russia that", "the strike crossed
        // a red line", "the killing showed that": an active finite verb
        // says what the event meant or did, not that it happened again;
        // one that is an act of its own ("The attack killed five
        // soldiers") is that act's, and the noun still names the event
        // told.
        return !ahead && comment_verb(s, p);
    }
    if s.trig_at(p).is_some() {
        return false;
    }
    if s.f(p) & wc::OCCUR != 0 {
        return !passive && !ahead && s.word(p).starts_with(|c: char| c.is_lowercase());
    }
    // "the strike was 'a blatant assassination'": the predicate may open
    // with a quotation mark.
    let p = if s.is_quote_or_bracket(p) { p + 1 } else { p };
    // "the talks were more serious", "the strikes were less intense": a
    // comparison of the event with others.
    if (s.is(p, "more") || s.is(p, "less")) && s.is_modifier_word(p + 1) {
        return !ahead;
    }
    if !predicate_article(s, p) {
        return false;
    }
    // A copula and an article: the predicate noun says what the event was
    // ("a real opportunity", "a direct response to the attacks", "the
    // culmination of years of talks"), unless it is an event itself.
    let mut q = p + 1;
    while q < s.n() && s.is_modifier_word(q) {
        q += 1;
    }
    let head = q.saturating_sub(1);
    head > p && s.trig_at(head).is_none()
}

/// Whether token `p`, right after a definite event noun's phrase with no
/// auxiliary between, is an active finite verb that only comments on the
/// event: a lowercase past or third-person form ("signalled", "provided",
/// "shows", "killed") that is no name or noun-phrase word. An event verb
/// right before a preposition is a participle of the noun ("the agreement
/// signed in Washington", "the talks held last week"): another act, or the
/// same one dated and placed anew, not a comment.
fn comment_verb(s: &Sent, p: usize) -> bool {
    let w = s.word(p);
    if s.trig_at(p).is_some() && s.f(p + 1) & (PREPS | wc::SKIP) != 0 {
        return false;
    }
    s.toks[p].kind == TokenKind::Word
        && s.mention_at(p).is_none()
        && s.f(p) & (wc::SKIP | wc::DET | wc::POSS | wc::PRON | wc::REL | wc::THAT) == 0
        && w.starts_with(|c: char| c.is_lowercase())
        && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
}

/// Whether token `p` opens a predicate noun after a copula: "a", "an",
/// "another" ("another adventurous mistake") or "the" ("the culmination
/// of years of talks").
fn predicate_article(s: &Sent, p: usize) -> bool {
    s.in_cold(p, wc::INDEF_ARTICLE) || s.is(p, "another") || s.is(p, "the")
}

/// The token after an aside set off by commas that opens at `comma` ("the
/// meeting, held in Muscat on Monday, lasted"): at most twelve tokens with
/// no event trigger, auxiliary, relative pronoun or quotation mark, so a
/// clause of its own ("the talks, which Iran rejected,", "the deal, which
/// was signed") is never stepped over.
fn after_comma_aside(s: &Sent, comma: usize) -> Option<usize> {
    const CLAUSE_WORDS: wc::Classes = wc::REL | wc::THAT | wc::AUX;
    if !s.punct(comma, ",") {
        return None;
    }
    let end = s.n().min(comma + 14);
    for k in comma + 1..end {
        if s.punct(k, ",") {
            return (k > comma + 1).then_some(k + 1);
        }
        if s.f(k) & CLAUSE_WORDS != 0 || s.trig_at(k).is_some() || s.is_quote_or_bracket(k) {
            return None;
        }
    }
    None
}

/// Whether the event noun at `ta` is a definite noun phrase ("the", "this",
/// a possessive) right after a preposition of sequence: "released after
/// his arrest", "since the ceasefire", "following the talks". Such a
/// phrase dates something else by the event; it tells no new act when the
/// story already reported the one it names.
pub(super) fn sequenced_by_definite_event(s: &Sent, ta: usize) -> bool {
    const SEQUENCE_PREPOSITIONS: [&str; 3] = ["after", "following", "since"];
    definite_phrase_after(s, ta).is_some_and(|p| SEQUENCE_PREPOSITIONS.iter().any(|w| s.is(p, w)))
}

/// Whether the event noun at `ta..tend` only modifies the noun after it in a
/// definite phrase of "in" ("said in his resignation letter", "in the
/// ceasefire text"): the phrase names a thing of the event's, a letter or a
/// text, and tells no new act when the story already reported the one it
/// names.
pub(super) fn modifier_in_definite_phrase(s: &Sent, ta: usize, tend: usize) -> bool {
    tend < s.n()
        && s.is_modifier_word(tend)
        && definite_phrase_after(s, ta).is_some_and(|p| s.is(p, "in"))
}

/// The word before the definite phrase (opened by "the", "this" or a
/// possessive) whose modifiers run up to the event noun at `ta`: the
/// preposition, when the phrase is a preposition's object.
fn definite_phrase_after(s: &Sent, ta: usize) -> Option<usize> {
    // Back to the determiner (which reads as a modifier word too).
    let mut k = ta;
    while k > 0
        && !is_definite_determiner(s, k - 1)
        && (s.is_modifier_word(k - 1) || s.mention_at(k - 1).is_some())
    {
        k -= 1;
    }
    (k > 1 && (s.f(k - 1) & wc::POSS != 0 || is_definite_determiner(s, k - 1))).then(|| k - 2)
}

/// Whether the event noun at `ta..tend` names `actor` inside its own noun
/// phrase: among its modifiers ("the Gaza ceasefire") or in a phrase of a
/// target preposition right after it ("the attacks on U.S. ships", "the
/// visit to Kyiv"). A name further on belongs to what the clause says
/// about the event ("the visit was a reaction to Ukraine's refusal").
pub(super) fn noun_phrase_names(s: &Sent, ta: usize, tend: usize, actor: usize) -> bool {
    let names = |k: usize| s.mention_at(k).is_some_and(|m| m.actor == actor);
    if (noun_phrase_start(s, ta)..ta).any(names) {
        return true;
    }
    if tend >= s.n() || s.f(tend) & (wc::TPREP | wc::OF) == 0 {
        return false;
    }
    let end = s.n().min(tend + 8);
    for k in tend + 1..end {
        if names(k) {
            return true;
        }
        let in_phrase = s.mention_at(k).is_some()
            || s.f(k) & (wc::DET | wc::POSS | wc::CONJ) != 0
            || s.is_modifier_word(k);
        if !in_phrase {
            return false;
        }
    }
    false
}

/// Whether the event noun at `ta` heads a definite noun phrase ("the
/// talks", "these strikes") that opens a clause: at `clause_start`, or
/// right after a complementiser ("and that the visit was a reaction").
pub(super) fn definite_np_opening_clause(s: &Sent, ta: usize, clause_start: usize) -> bool {
    if definite_np_at(s, ta, clause_start) {
        return true;
    }
    // Back over the phrase (a determiner reads as a modifier word too) to
    // the complementiser.
    let mut k = ta;
    while k > clause_start
        && s.f(k - 1) & wc::THAT == 0
        && (s.is_modifier_word(k - 1) || s.mention_at(k - 1).is_some())
    {
        k -= 1;
    }
    k > clause_start && s.f(k - 1) & wc::THAT != 0 && definite_np_at(s, ta, k)
}

/// Whether the event noun at `ta` heads a noun phrase opened by a definite
/// determiner or a possessive.
fn definite_subject_at(s: &Sent, ta: usize) -> bool {
    (noun_phrase_start(s, ta)..ta).any(|j| s.f(j) & wc::POSS != 0 || is_definite_determiner(s, j))
}

/// The first token of the noun phrase the event noun at `ta` heads: back
/// over determiners, possessives, modifier words and names.
fn noun_phrase_start(s: &Sent, ta: usize) -> usize {
    let mut k = ta;
    while k > 0
        && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(k - 1)
            || s.mention_at(k - 1).is_some())
    {
        k -= 1;
    }
    k
}

/// The first token from `from` on that is no longer part of a noun phrase
/// (see [`auxiliary_after_noun`]).
fn noun_phrase_end(s: &Sent, from: usize) -> usize {
    let mut k = from;
    let end = s.n().min(from + 8);
    while k < end && !s.is_punct(k) && np_word(s, k) {
        k += 1;
    }
    k
}

/// Whether token `k` continues a subject noun phrase: a name, determiner,
/// "and", "of", a target preposition, "between" or a modifier.
fn np_word(s: &Sent, k: usize) -> bool {
    s.mention_at(k).is_some()
        || s.f(k) & (wc::DET | wc::CONJ | wc::TPREP | wc::OF) != 0
        || s.is(k, "between")
        || s.is_modifier_word(k)
}

/// Whether the definite event noun at `ta..tend` is the subject of a passive
/// participle ("the aid had been paused", "the investigation was shelved",
/// "the truce was broken"): something was done to the event, a new act the
/// sentence reports, though the participle is no trigger. A copula with an
/// adjective ("the talks had been very positive") is none.
pub(super) fn acted_on_definite_subject(s: &Sent, ta: usize, tend: usize) -> bool {
    definite_subject_verb(s, ta, tend).is_some_and(|(p, passive)| {
        passive && p < s.n() && (s.word(p).ends_with("ed") || s.word(p).ends_with("en"))
    })
}

/// Whether the event noun at `ta..tend`, a definite subject, is given a
/// purpose by a passive `occur` participle and a clause after it ("the
/// attacks were aimed at undermining Iraq's economy", "the accusations
/// were meant to sow division"): the speaker reads a motive into an act
/// the story already named. A target after it ("the strikes were aimed
/// at Hezbollah sites") is no purpose clause, and an act as the purpose
/// ("were aimed at destroying weapons") is the doer's own plan, stated by
/// the doer as often as not.
pub(super) fn ascribed_purpose(s: &Sent, ta: usize, tend: usize) -> bool {
    let Some((p, passive)) = definite_subject_verb(s, ta, tend) else {
        return false;
    };
    if !passive || p + 2 >= s.n() || s.f(p) & wc::OCCUR == 0 {
        return false;
    }
    let verb_word = |k: usize| {
        s.toks[k].kind == TokenKind::Word
            && s.mention_at(k).is_none()
            && s.f(k) & (wc::DET | wc::POSS | wc::PRON) == 0
            && s.word(k).starts_with(|c: char| c.is_lowercase())
            && s.trig_at(k).is_none()
    };
    let gerund = s.is(p + 1, "at") && s.word(p + 2).ends_with("ing") && verb_word(p + 2);
    let infinitive =
        s.f(p + 1) & wc::TO != 0 && verb_word(p + 2) && !s.word(p + 2).ends_with("ing");
    // "were meant to deter Hezbollah": a purpose aimed at a party named in
    // it is the doer's stated aim; an owner ("Iraq's economy") is no party.
    let names_party = (p + 2..s.n().min(p + 8))
        .take_while(|&k| !s.is_punct(k))
        .any(|k| s.mention_ending_at(k).is_some() && !s.is_possessive(k + 1));
    (gerund || infinitive) && !names_party
}

/// Whether the hostile event noun at `ta..tend`, in a noun phrase opening
/// at `start` with an indefinite or free-choice determiner and no owner
/// ("an attack on Taiwan", "any strike"), is the subject of a modal verb group
/// that says what such an event would do ("could threaten Japan's
/// survival", "would trigger a war"): the speaker talks about a
/// possible act of someone else, not of the speaker. A verb that only says
/// whether the event happens ("would continue", "will take place") or the
/// same kind of act again ("a strike would target ...") leaves it an
/// announcement, which may be the speaker's own.
pub(super) fn hypothetical_event_subject(
    s: &Sent,
    trigs: &[Trig],
    ty: EventType,
    ta: usize,
    tend: usize,
    start: usize,
) -> bool {
    let owned = (start..ta)
        .any(|j| s.f(j) & wc::POSS != 0 || is_definite_determiner(s, j) || s.is_possessive(j));
    // A bare plural or a quantity ("sanctions would return", "new strikes
    // would follow") is more often an announced act of the speaker's side;
    // only an indefinite or free-choice determiner makes the act possible.
    let possible = (start..ta).any(|j| s.in_cold(j, wc::INDEFINITE));
    if owned || !possible {
        return false;
    }
    let Some(aux) = auxiliary_after_noun(s, tend) else {
        return false;
    };
    if s.f(aux) & (wc::HYPO | wc::FUTURE) == 0 {
        return false;
    }
    // "a strike would only be the first step": a predicate with "be" only
    // describes the act, which stays the speaker's announced one.
    // (An adverb may stand before it: "would only be".)
    let (p, _) = past_verb_group(s, aux, wc::OCCUR);
    let be = (aux..s.n().min(aux + 4)).any(|j| s.f(j) & wc::BE != 0);
    if be {
        return false;
    }
    let same_act = s
        .trig_at(p)
        .and_then(|u| trigs.get(u))
        .is_some_and(|u| u.event_type == ty);
    p < s.n()
        && s.toks[p].kind == TokenKind::Word
        && s.f(p) & (wc::OCCUR | wc::ASPECT | wc::LIGHT | wc::DET | wc::POSS) == 0
        && !same_act
        && s.mention_at(p).is_none()
        && s.word(p).starts_with(|c: char| c.is_lowercase())
}

/// Whether the event noun at `ta..tend` is a definite subject of another
/// event's verb ("the sanctions did not target humanitarian aid", "the
/// strikes had not killed anyone"): the auxiliaries after the noun phrase
/// are that verb's, and its negation or modal says nothing of whether the
/// presupposed event happened.
pub(super) fn definite_subject_of_event_verb(s: &Sent, ta: usize, tend: usize) -> bool {
    definite_subject_verb(s, ta, tend).is_some_and(|(p, passive)| {
        p < s.n()
            && s.trig_verb_at(p)
            && s.f(p) & wc::OCCUR == 0
            && !scheduled_passive(s, p, passive)
    })
}

/// Whether token `p`, after the auxiliaries of a definite event noun, is a
/// passive participle of planning ("the talks are expected to resume", "the
/// meeting had been scheduled for Sunday"): it says when the event comes
/// ([`modality_after`] makes it future), and is neither a comment on the
/// event nor another act ("expected" is also a verb row of its own).
fn scheduled_passive(s: &Sent, p: usize, passive: bool) -> bool {
    passive && p < s.n() && s.names(p, wc::SCHEDULE)
}

/// Whether token `j` is a definite article or demonstrative ("the", "this",
/// "these", "those"): what makes an event noun point back at an event the
/// reader already knows.
pub(super) fn is_definite_determiner(s: &Sent, j: usize) -> bool {
    s.in_cold(j, wc::DEFINITE)
}

/// Whether the event noun at `ta` heads a definite noun phrase ("the
/// agreement", "this deal", "the temporary truce") that starts at token
/// `start` (a possessive names its own doer and is not one).
pub(super) fn definite_np_at(s: &Sent, ta: usize, start: usize) -> bool {
    if start >= ta || !is_definite_determiner(s, start) {
        return false;
    }
    (start + 1..ta).all(|j| s.is_modifier_word(j) || s.mention_at(j).is_some())
}

/// For an event noun at `ta..tend` opening a definite noun phrase ("the",
/// "these", a possessive) that an auxiliary follows: the token after the
/// verb group of that auxiliary, and whether the group is passive.
pub(super) fn definite_subject_verb(s: &Sent, ta: usize, tend: usize) -> Option<(usize, bool)> {
    if !definite_subject_at(s, ta) {
        return None;
    }
    let aux = auxiliary_after_noun(s, tend)?;
    // An `occur` word that is also a skipped adverb ("last") is the verb here.
    Some(past_verb_group(s, aux, wc::OCCUR))
}

/// The token after the auxiliaries, forms of "be" and "have", negation and
/// skipped adverbs from `from` on (a word of a `stop` class ends the walk),
/// and whether a form of "be" stood among them (a passive).
pub(super) fn past_verb_group(s: &Sent, from: usize, stop: wc::Classes) -> (usize, bool) {
    let mut p = from;
    let mut be = false;
    while p < s.n()
        && s.f(p) & (wc::AUX | wc::BE | wc::HAVE | wc::NEG | wc::SKIP) != 0
        && s.f(p) & stop == 0
    {
        be |= s.f(p) & wc::BE != 0;
        p += 1;
    }
    (p, be)
}

/// The first auxiliary after the noun phrase that starts at `from`.
pub(super) fn auxiliary_after_noun(s: &Sent, from: usize) -> Option<usize> {
    let mut k = from;
    let end = s.n().min(from + 8);
    while k < end {
        let f = s.f(k);
        if f & wc::AUX != 0 {
            return Some(k);
        }
        // "a deal signing would take place": a support verb's gerund
        // right before the auxiliary is the head noun of the subject.
        let gerund_head =
            f & wc::LIGHT != 0 && s.word(k).ends_with("ing") && s.f(k + 1) & wc::AUX != 0;
        let np = np_word(s, k) || gerund_head;
        if !np || s.is_punct(k) {
            break;
        }
        k += 1;
    }
    None
}

/// The support verb right before an event noun's phrase ("make a deal",
/// "hold new talks"), unless it is a gerund ("to making a deal" is no
/// infinitive).
pub(super) fn support_verb_before(s: &Sent, ta: usize) -> Option<usize> {
    let j = s.back_over_at_most(ta, 0, 4, |k| {
        s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k)
    });
    let v = j.checked_sub(1)?;
    (s.f(v) & wc::LIGHT != 0 && !s.word(v).ends_with("ing")).then_some(v)
}

/// Whether the infinitive marker at `to` follows a `need` verb, directly
/// ("needed to investigate") or across the infinitive's own subject, or a
/// `wish` verb across that subject ("want Congress to investigate", "wants
/// the UK to extradite"). "wants to attack" states an intention: a plan.
pub(super) fn wish_before_infinitive(s: &Sent, to: usize) -> bool {
    let mut k = to;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        if s.f(k) & wc::NEED != 0 || (s.f(k) & wc::WISH != 0 && k + 1 < to) {
            return true;
        }
        let in_subject = s.mention_at(k).is_some()
            || s.f(k) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(k);
        if !in_subject {
            return false;
        }
    }
    false
}

/// Whether the verb at `ta` is the infinitive of a reputed event: "is said
/// to have sent troops", "are believed to be holding talks", "was reported
/// to have attacked". The writer passes on what others say without naming
/// them, as with "allegedly".
pub(super) fn reputed_infinitive(s: &Sent, ta: usize) -> bool {
    // The perfect or progressive of the infinitive ("to have sent", "to be
    // holding", "to have been holding") and adverbs.
    let k = s.back_over_at_most(ta, 0, 3, |j| s.f(j) & (wc::SKIP | wc::HAVE | wc::BE) != 0);
    if k < 3 || !s.is(k - 1, "to") || !s.names(k - 2, wc::REPUTED) {
        return false;
    }
    let mut b = k - 3;
    while b > 0 && s.f(b) & wc::SKIP != 0 {
        b -= 1;
    }
    s.f(b) & wc::BE != 0
}

/// Whether the infinitive marker at `to` follows a verb that keeps the
/// infinitive factual: an `aspect` verb right before it ("tried to
/// attack") or before its object ("used tear gas to disperse", "forced
/// Russia to withdraw"), whose act is the infinitive's means or cause.
pub(super) fn factual_infinitive(s: &Sent, to: usize) -> bool {
    if purpose_of_call_made(s, to) {
        return true;
    }
    // "became the first country to formally recognise", "the only leader
    // to attend", "the first to sign": a rank word after "the", with at
    // most a short noun phrase before the infinitive, says the act
    // happened.
    let mut k = to;
    while k > 0 && to - k < 4 {
        k -= 1;
        if s.names(k, wc::RANKED) {
            // "will become the first country to", "aims to be the only
            // one to": a rank still to come leaves the act a plan.
            let planned = (k.saturating_sub(5)..k).any(|x| {
                s.f(x) & (wc::FUTURE | wc::HYPO | wc::OBLIG | wc::TO | wc::WISH | wc::NEED) != 0
            });
            if k > 0 && s.is(k - 1, "the") && !planned {
                return true;
            }
            break;
        }
        let noun_phrase_word = s.trig_at(k).is_none()
            && s.toks[k].kind == TokenKind::Word
            && (s.f(k) == 0 || s.is_modifier_word(k) || s.mention_at(k).is_some());
        if !noun_phrase_word {
            break;
        }
    }
    let mut k = to;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        if s.f(k) & wc::ASPECT != 0 {
            return true;
        }
        // A time or place adverbial between the verb and its infinitive
        // ("voted on Saturday to impeach", "tried last week to storm",
        // "voted in Brussels to impose"): a time word, or the preposition
        // that introduces the phrase (its words pass as the object's do; a
        // capitalised weekday has no word classes).
        let time_word = s.f(k) & wc::SKIP != 0 && s.trig_at(k).is_none();
        let adverbial_preposition = k + 1 < to
            && s.f(k) & (wc::LOC | wc::TPREP | wc::PREP) != 0
            && !s.is(k, "to")
            && s.trig_at(k + 1).is_none();
        if time_word || adverbial_preposition {
            continue;
        }
        // The object: a short noun phrase of plain words, modifiers or a
        // name, with no trigger and no clause word of its own.
        let object_word = s.trig_at(k).is_none()
            && s.toks[k].kind == TokenKind::Word
            && (s.f(k) & !(wc::DET | wc::POSS) == 0
                || s.is_modifier_word(k)
                || s.mention_at(k).is_some());
        if !object_word {
            return false;
        }
    }
    false
}

/// Whether the infinitive marker at `to` follows the object of a call
/// verb that was made ("Macron called Aoun to congratulate him", "phoned
/// Putin and Zelensky to thank them"): what the call was for was done in
/// it. A call still planned ("will call Aoun to", "plans to call Aoun to")
/// leaves its purpose ahead too.
fn purpose_of_call_made(s: &Sent, to: usize) -> bool {
    let Some(verb) = s.call_verb_before_object(to, 0) else {
        return false;
    };
    !(verb.saturating_sub(4)..verb).any(|x| {
        s.f(x) & (wc::FUTURE | wc::HYPO | wc::OBLIG | wc::TO | wc::WISH | wc::NEED | wc::NEG) != 0
    })
}

/// Whether the trigger at `ta` is in an "until" clause of a refused or
/// promised act: "will not negotiate until sanctions are lifted", "would
/// not allow Sweden to join until it extradited militants". The clause
/// names a condition that has not been met, not an event. After a plain
/// past ("fighting went on until the army withdrew") it is a time.
pub(super) fn until_condition(s: &Sent, ta: usize, floor: usize) -> bool {
    let Some(u) = (floor..ta)
        .rev()
        .take_while(|&k| !s.punct(k, ",") && !s.hard_stop(k))
        .find(|&k| s.in_cold(k, wc::UNTIL))
    else {
        return false;
    };
    (floor..u)
        .rev()
        .take(GOVERN_WINDOW)
        .take_while(|&k| !s.hard_stop(k) && s.f(k) & wc::THAT == 0)
        .any(|k| s.f(k) & (wc::NEG | wc::FUTURE | wc::HYPO) != 0 || s.is(k, "would"))
}

/// Whether the future act at `ta` is what someone is told to declare:
/// "Germany should say it will not fund", "the EU must tell Israel that it
/// will not support", "leaders should make clear they will not send". An
/// obligation (`oblig`: should, must) before the verb that introduces the
/// act's future clause prescribes the declaration: neither the declaration
/// nor the act it would announce has happened, and a refusal in it is no
/// rejection made now.
pub(super) fn prescribed_declaration(s: &Sent, ta: usize, floor: usize) -> bool {
    let in_clause = |k: &usize| !s.hard_stop(*k) && !s.punct(*k, ",");
    let Some(aux) = (floor..ta)
        .rev()
        .take(MODALITY_WINDOW)
        .take_while(in_clause)
        .find(|&k| s.f(k) & wc::FUTURE != 0 || s.is(k, "would"))
    else {
        return false;
    };
    // The obligation heads a clause of its own: its verb and the future
    // clause's subject stand between it and the auxiliary ("should say it
    // will"), unlike "should not be sent", where it is the act's own; and
    // no clause of time or condition separates them ("demands Iran must
    // meet before the US would agree": the obligation is another's).
    (floor..aux)
        .rev()
        .take(GOVERN_WINDOW)
        .take_while(|k| in_clause(k) && s.f(*k) & wc::BAR == 0)
        .any(|k| k + 2 < aux && s.f(k) & wc::OBLIG != 0)
}

/// Whether the trigger at `ta` is the consequence of a condition: a
/// future or "would" clause after a leading "if"/"unless" clause ("If
/// Pyongyang conducts a test, Washington will impose sanctions") or before
/// a trailing "if", "unless" or "once" + subject ("would open its border
/// once Yerevan amended its constitution"). The consequence depends on
/// something that has not happened: hypothetical, not future.
pub(super) fn conditional_consequence(s: &Sent, ta: usize, floor: usize) -> bool {
    let condition_word = |k: usize| s.f(k) & (wc::OPEN | wc::BAR) == (wc::OPEN | wc::BAR);
    let clause_start = (floor..ta)
        .rev()
        .find(|&k| s.hard_stop(k) || s.punct(k, ",") || s.f(k) & (wc::THAT | wc::BAR) != 0)
        .map_or(floor, |k| k + 1);
    // The auxiliary of the trigger's own verb group.
    let will = (clause_start..ta).any(|k| s.f(k) & wc::FUTURE != 0 || s.is(k, "would"));
    if !will {
        return false;
    }
    // "If X happens, Y will ...": the segment before the comma opens with
    // the condition word (at the sentence's or the content's start, or
    // after another comma).
    let leading = clause_start > floor + 1 && s.punct(clause_start - 1, ",") && {
        let segment_start = (floor..clause_start - 1)
            .rev()
            .find(|&k| s.hard_stop(k) || s.punct(k, ","))
            .map_or(floor, |k| k + 1);
        (segment_start..clause_start - 1)
            .find(|&k| !s.is_quote_or_bracket(k))
            .is_some_and(condition_word)
    };
    if leading {
        return true;
    }
    // "Y would open its border once X amended ...", "will strike if".
    // "Once" as a conjunction has a subject after it ("once a week" is a
    // frequency); a comma ends the clause unless the condition follows it.
    (ta + 1..s.n())
        .take_while(|&k| {
            !s.hard_stop(k) && s.f(k) & wc::THAT == 0 && (!s.punct(k, ",") || condition_word(k + 1))
        })
        .any(|k| {
            condition_word(k)
                || (s.in_cold(k, wc::SUBJECT_CONDITION)
                    && (s.mention_starting_at(k + 1).is_some()
                        || s.f(k + 1) & (wc::PRON | wc::POSS) != 0
                        || s.is(k + 1, "the")))
        })
}

/// Whether the sentence is a yes-no question: it ends with "?" (before any
/// closing quote) and opens, after an opening quote, a transcript's turn
/// label (the text layer's, whose text starts at byte `turn_body`: "Q:",
/// "QUESTION:", "Mr. Araghchi:") or a conjunction ("But will ..."), with an
/// auxiliary or modal ("Are you ready to talk?", "Will Iran strike back?"). A question word does not make one:
/// "Why would they be outraged by an administration that armed Ukraine?"
/// and "What was the Swedish investigation about?" take the acts they ask
/// about as done. A statement that ends in a quoted question ("he asked:
/// 'Will they strike?'") opens otherwise and is not one either.
pub(super) fn direct_question(s: &Sent, turn_body: Option<usize>) -> bool {
    let n = s.n();
    let mut last = n;
    while last > 0 && s.is_quote_or_bracket(last - 1) {
        last -= 1;
    }
    if last == 0 || !s.punct(last - 1, "?") {
        return false;
    }
    let mut i = match turn_body {
        Some(body) => s.toks.partition_point(|t| t.start < body),
        None => 0,
    };
    while i < n && s.is_quote_or_bracket(i) {
        i += 1;
    }
    if i < n && (s.f(i) & wc::CONJ != 0 || s.in_cold(i, wc::SENTENCE_LINK)) {
        i += 1;
    }
    if i >= n || s.mention_at(i).is_some() {
        return false;
    }
    s.f(i) & wc::AUX != 0
}

/// `wc::NEG` when claim `c` is an infinitive whose cue is negated ("NATO
/// has not offered to send troops", "Berlin never promised to deliver
/// tanks"): the cue's negation reaches the act it governs, which did not
/// happen. A negated cue before a that-clause ("did not say that Iran
/// attacked") only withholds the speaker's word, and stays out.
pub(super) fn negated_infinitive_cue(
    s: &Sent,
    claims: &[ClaimRecord],
    c: usize,
    tok_index: &dyn Fn(usize) -> usize,
) -> wc::Classes {
    let Some(claim) = claims.get(c) else {
        return 0;
    };
    let content = tok_index(claim.content.start);
    if content >= s.n() || s.f(content) & wc::TO == 0 {
        return 0;
    }
    let (a, b) = (
        tok_index(claim.cue.start),
        tok_index(claim.cue.end).min(s.n()),
    );
    if (a..b).any(|k| s.f(k) & wc::NEG != 0) {
        wc::NEG
    } else {
        0
    }
}

/// Whether claim `c` is a negated cue of a finite clause ("Iran did not
/// say Israel attacked Syria", "never confirmed that it struck", "did not
/// deny that"): the speaker neither passes the clause on nor denies it, so
/// its event is left open, not attributed and not negated. (A negated cue
/// of an infinitive, "did not agree to attack", is the act's own negation:
/// [`negated_infinitive_cue`].)
pub(super) fn negated_clause_cue(
    s: &Sent,
    claims: &[ClaimRecord],
    c: usize,
    tok_index: &dyn Fn(usize) -> usize,
) -> bool {
    let Some(claim) = claims.get(c) else {
        return false;
    };
    let content = tok_index(claim.content.start);
    if content >= s.n() || s.f(content) & wc::TO != 0 {
        return false;
    }
    let (a, b) = (
        tok_index(claim.cue.start),
        tok_index(claim.cue.end).min(s.n()),
    );
    // The cue span may leave out its auxiliaries ("did not | claim").
    let a = s.back_over_classes(a.min(b), 0, wc::AUX | wc::NEG | wc::SKIP | wc::HAVE);
    (a..b).any(|k| s.f(k) & wc::NEG != 0)
}

/// Whether the present-tense verb trigger at `ta` (no auxiliary before it)
/// is dated ahead by a time phrase later in its clause: "Modi travels to
/// Tianjin this weekend", "the leaders meet in Geneva next week", "flies to
/// Paris tomorrow", "meets Xi next Tuesday". News writes coming acts in the
/// present with such a phrase; without one ("Macron visits Berlin") the
/// present reports the act.
///
/// A weekday alone ("travels to Paris on Friday") names the nearest day of
/// that name, before or after the day the story was published (`weekday`,
/// 0 Monday … 6 Sunday): one to three days after it is ahead, the same day
/// or four to six days after (one to three before) is not, as a headline's
/// present reports a past act on a named day. Without a date a weekday
/// alone dates nothing.
pub(super) fn present_dated_ahead(
    s: &Sent,
    ta: usize,
    tb: usize,
    form: Form,
    weekday: Option<u8>,
) -> bool {
    let present = match form {
        Form::S => true,
        // A base form after "to", an auxiliary or a modal is no present.
        Form::Base => ta > 0 && s.f(ta - 1) & (wc::TO | wc::AUX | wc::HYPO | wc::FUTURE) == 0,
        Form::Past | Form::Ing => false,
    };
    if !present {
        return false;
    }
    let n = s.n();
    (tb..n)
        .take_while(|&k| !s.hard_stop(k) && !s.punct(k, ",") && s.f(k) & wc::THAT == 0)
        .any(|k| {
            let next_is = |w: &str| k + 1 < n && s.is(k + 1, w);
            dated_ahead_at(s, k)
                || (s.is(k, "this") && next_is("weekend"))
                || weekday.is_some_and(|today| weekday_ahead_at(s, k, today))
        })
}

/// Whether a time phrase that can only lie ahead starts at token `k`:
/// "tomorrow", "next" + a time word or a weekday ("next week", "next
/// Tuesday"), "later this …".
fn dated_ahead_at(s: &Sent, k: usize) -> bool {
    let n = s.n();
    s.is(k, "tomorrow")
        || (s.is(k, "next")
            && k + 1 < n
            && (s.f(k + 1) & wc::SKIP != 0 || weekday_at(s, k + 1).is_some()))
        || (s.is(k, "later") && k + 1 < n && s.is(k + 1, "this"))
}

/// Whether token `k` is a weekday alone ("on Friday", "Friday") that lies
/// one to three days after `today` (see [`present_dated_ahead`]); one after
/// "last", "past" or "previous", or before "'s" ("Friday's vote"), is not.
fn weekday_ahead_at(s: &Sent, k: usize, today: u8) -> bool {
    let Some(day) = weekday_at(s, k) else {
        return false;
    };
    let qualified = k > 0
        && ["last", "past", "previous", "next"]
            .iter()
            .any(|w| s.is(k - 1, w));
    let owner = s.is(k + 1, "'s") || s.is(k + 1, "’s");
    let ahead = (day + 7 - today) % 7;
    !qualified && !owner && (1..=3).contains(&ahead)
}

/// The weekday token `k` names (0 Monday … 6 Sunday), any case.
pub(super) fn weekday_at(s: &Sent, k: usize) -> Option<u8> {
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let word = s.word(k);
    // Every weekday name ends in "day": one test rules out nearly every word.
    if word.len() < 6 || !word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"day") {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| word.eq_ignore_ascii_case(d))
        .map(|p| p as u8)
}

/// Whether the event noun ending at `tend` is dated ahead by a time phrase
/// right after it, or after a place phrase ("the summit next month", "talks
/// in Geneva tomorrow"): one that can only lie ahead (see
/// [`dated_ahead_at`]). "this weekend" or a weekday alone is left out: a
/// past verb dates them back ("attended the summit this weekend").
pub(super) fn noun_dated_ahead(s: &Sent, tend: usize) -> bool {
    let mut k = tend;
    if k < s.n() && s.f(k) & wc::LOC != 0 {
        match s.mention_starting_at(k + 1) {
            Some(m) => k = m.b,
            None => return false,
        }
    }
    k < s.n() && dated_ahead_at(s, k)
}

/// Whether the verb trigger at `ta` heads the clause a speaker hopes for:
/// "I hope Parliament rejects the treaty", "Germany hopes Russia withdraws
/// its troops". The hope is the speaker's; the act it names has not
/// happened. Looks back over the clause's subject (a few words, no
/// punctuation or other verb-like stop) to "hope" with an optional "that".
pub(super) fn hoped_for_clause(s: &Sent, ta: usize, floor: usize) -> bool {
    // "hoped to meet" is an infinitive of intent, read as such elsewhere.
    if ta == 0 || s.f(ta - 1) & wc::TO != 0 {
        return false;
    }
    (floor..ta.saturating_sub(1))
        .rev()
        .take(6)
        .take_while(|&k| !s.is_punct(k) && !s.hard_stop(k))
        .any(|k| {
            // One byte test rules out nearly every word before the names.
            let w = s.word(k);
            w.as_bytes().first() == Some(&b'h')
                && matches!(w, "hope" | "hopes" | "hoped" | "hoping")
        })
}
