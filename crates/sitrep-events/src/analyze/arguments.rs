//! Who did an event to whom: the source and target of each trigger from
//! its clause (`arguments`): the subject before it (`subject_before`),
//! the object or target preposition after it (`object_after`), the agent
//! of a passive (`agent_after`), relative clauses, "between" sides,
//! protest aims, converse verbs ("faces sanctions from"), ordered acts and
//! the side checks (`same_side`, `own_state`) the later passes use. This is
//! where an event's source or target is chosen.

use super::governance::infinitive_to;
use super::pronouns::resolve_pronoun;
use super::readings::{
    aux_voice, declaring_verb_of_small_clause, opening_statement, passive_issuer_by,
};
use super::words::{has_hyphen, is_upper_start};
use super::{
    actors_of, cooperative, hostile, Context, Kind, Sent, Subject, Trig, Via, Voice, CUE, M,
    OBJECT_WINDOW, PREPS, SUBJECT_WINDOW,
};
use crate::lexicon::{wc, Class, EventLexicon, Form, Pos};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::{ActorKind, ClaimRecord, EventType, Stance};
use sitrep_text::TokenKind;
use std::ops::ControlFlow;

/// The sides of a "between" phrase whose "between" is token `b - 1`
/// ("talks between an Israeli peace movement and the PLO"): every actor
/// named in it up to the end of its clause. A preposition other than "of"
/// ends the phrase once an "and" has joined the sides, or before any side is
/// named ("talks between the two sides resumed in Cairo" names none); so does
/// a lower-case word after a side named past the "and", unless it is a noun
/// of people heading that side ("between Israel and Hamas leader Yahya
/// Sinwar"): a verb the lexicon does not know ends the phrase there ("the
/// partnership between France and Germany worries Poland"). Empty when the
/// phrase names no actor.
pub(super) fn between_sides(s: &Sent, b: usize, trigs: &[Trig]) -> Vec<usize> {
    let n = s.n();
    let end = n.min(b + OBJECT_WINDOW);
    let mut sides: Vec<usize> = Vec::new();
    let mut joined = false;
    // A side has been named after the "and" that joined the sides.
    let mut closed = false;
    let mut j = b;
    while j < end {
        if let Some(m) = s.mention_at(j).copied() {
            let owner = s.owned_name(&m).is_some();
            if !owner && !s.heritage_adjective(&m) {
                closed |= joined;
                if !sides.contains(&m.actor) {
                    sides.push(m.actor);
                }
            }
            j = m.b.max(j + 1);
            continue;
        }
        let f = s.f(j);
        if closed
            && f & wc::CONJ == 0
            && s.toks[j].kind == TokenKind::Word
            && !is_upper_start(s.word(j))
            && !s.names_people(j)
        {
            break;
        }
        // "between Israel, Jordan, and Syria": before the "and", a comma
        // followed by another side continues the list; after it, a comma
        // ends the phrase ("between Israel and Syria, Egypt said").
        if s.punct(j, ",") && !joined && !sides.is_empty() {
            let mut q = j + 1;
            let mut conj = false;
            while q < end && s.f(q) & (wc::DET | wc::CONJ) != 0 {
                conj |= s.f(q) & wc::CONJ != 0;
                q += 1;
            }
            if s.mention_starting_at(q).is_some() {
                joined |= conj;
                j = q;
                continue;
            }
        }
        let verb = s.trig_at(j).is_some_and(|t| trigs[t].is_verb());
        if s.punct(j, ",")
            || s.hard_stop(j)
            || verb
            || f & (wc::THAT | wc::BAR | wc::REL | CUE) != 0
            // "talks between Israel and Syria on the Golan": a phrase after
            // the second side is about something else.
            || ((joined || sides.is_empty()) && f & PREPS != 0 && f & wc::OF == 0)
        {
            break;
        }
        joined |= f & wc::CONJ != 0;
        j += 1;
    }
    sides
}

/// Whether the trigger's row is a hosting or mediating one (`host_mode`,
/// `mediate_mode` of `events-words.tsv`): a third party that brings two
/// sides together.
pub(super) fn hosts_or_mediates(s: &Sent, t: &Trig) -> bool {
    s.lex
        .is_some_and(|lex| lex.is_third_party_mode(row_mode(s, t)))
}

/// Whether the trigger's row is a hosting one (a `host_mode` of
/// `events-words.tsv`: "host").
pub(super) fn hosts(s: &Sent, t: &Trig) -> bool {
    s.lex.is_some_and(|lex| lex.is_host_mode(row_mode(s, t)))
}

/// The first token of the list of names that mention `m` ends ("Europe,
/// Japan, Canada and Mexico" for "Mexico"): mentions, or capitalised words
/// the actor pass left unresolved, joined by "and", "or" or commas alone,
/// over determiners, leftwards.
fn list_start(s: &Sent, m: &M, floor: usize) -> usize {
    let mut first = m.a;
    while let Some(prev) = s.list_item_before(first, floor) {
        match s.mention_ending_at(prev) {
            Some(p) => first = p.a,
            None if s.unresolved_name_at(prev) => first = prev,
            None => break,
        }
    }
    first
}

/// The actors of the list of names that mention `m` opens ("Somalia and
/// Ethiopia"), up to token `end`: mentions joined rightwards by "and",
/// "or" or commas alone, over determiners.
pub(super) fn list_from(s: &Sent, m: M, end: usize) -> Vec<usize> {
    let mut actors = vec![m.actor];
    let mut b = m.b;
    loop {
        let mut q = b;
        let mut links = 0;
        while q < end && links < 2 && (s.f(q) & wc::CONJ != 0 || s.punct(q, ",")) {
            q += 1;
            links += 1;
        }
        let next = (links > 0).then(|| s.mention_from(q)).flatten();
        match next {
            Some(n) if n.b <= end => {
                if !actors.contains(&n.actor) {
                    actors.push(n.actor);
                }
                b = n.b;
            }
            _ => return actors,
        }
    }
}

/// Whether the trigger's row is a mediating one (a `mediate_mode` of
/// `events-words.tsv`: "mediate").
pub(super) fn mediates(s: &Sent, t: &Trig) -> bool {
    s.lex.is_some_and(|lex| lex.is_mediate_mode(row_mode(s, t)))
}

/// Whether the trigger's row is a visit's (a `visit_mode` of
/// `events-words.tsv`: "visit").
pub(super) fn visits(s: &Sent, t: &Trig) -> bool {
    s.lex.is_some_and(|lex| lex.is_visit_mode(row_mode(s, t)))
}

/// Whether the trigger's row is a release's (a `release_mode` of
/// `events-words.tsv`: "release").
pub(super) fn releases(s: &Sent, t: &Trig) -> bool {
    s.lex.is_some_and(|lex| lex.is_release_mode(row_mode(s, t)))
}

/// The mode of the trigger's lexicon row ("host", "phone", "arrest"), if any.
pub(super) fn row_mode<'l>(s: &Sent<'l>, t: &Trig) -> Option<&'l str> {
    match (t.kind, s.lex) {
        (Kind::Lexicon(e), Some(lex)) => lex.entries.get(e as usize)?.mode.as_deref(),
        _ => None,
    }
}

/// The token after a "between" that closes the noun phrase starting at
/// `from` ("four rounds of talks between", "the mediation between"): no
/// name, verb, comma or clause word comes before it.
pub(super) fn between_in_object(s: &Sent, from: usize, trigs: &[Trig]) -> Option<usize> {
    let end = s.n().min(from + OBJECT_WINDOW);
    for k in from..end {
        if s.is(k, "between") {
            return Some(k + 1);
        }
        let verb = s.trig_at(k).is_some_and(|x| trigs[x].is_verb());
        if verb
            || s.punct(k, ",")
            || s.hard_stop(k)
            || s.mention_at(k).is_some()
            || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0
        {
            return None;
        }
    }
    None
}

/// Whom a protest defies, named after its trigger in the same clause: "in
/// defiance of Chinese authorities", "in protest against (at, over, of) the
/// government's decision", or a purpose infinitive that voices it ("to show
/// their disapproval for the United States' policies", "to voice anger at
/// the government"). Empty when no such phrase names an actor.
pub(super) fn protest_aim(s: &Sent, t: &Trig, trigs: &[Trig]) -> Vec<usize> {
    let n = s.n();
    let end = n.min(t.tend + 2 * OBJECT_WINDOW);
    for k in t.ta + 1..end.saturating_sub(3) {
        let other_verb = k >= t.tend && s.trig_at(k).is_some_and(|x| trigs[x].is_verb());
        if s.hard_stop(k) || other_verb || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0 {
            break;
        }
        let aim_at = |noun: usize| {
            noun + 1 < n && s.in_cold(noun, wc::AIM_NOUN) && s.in_cold(noun + 1, wc::AIM_PREP)
        };
        let noun = if s.is(k, "in") {
            k + 1
        } else if s.f(k) & wc::TO != 0 && s.is_modifier_word(k + 1) {
            // "to show (their) disapproval for": one plain verb, then an
            // owner pronoun or none.
            if k + 2 < n && s.f(k + 2) & wc::POSS != 0 {
                k + 3
            } else {
                k + 2
            }
        } else {
            continue;
        };
        if !aim_at(noun) {
            continue;
        }
        return s
            .mention_after_np_words(noun + 2, n)
            .map(|m| actors_of(&s.group_right(m, n)))
            .unwrap_or_default();
    }
    Vec::new()
}

/// The subject of a predicate starting at token `i`: the nearest actor
/// mention to the left that is not inside a prepositional phrase, with its
/// coordinated mentions; a subject pronoun; or nothing. A mention after
/// "of"/"from"/"in" ("leaders of X", "demonstrators in Baghdad") is the
/// fallback when nothing better is found.
pub(super) fn subject_before(s: &Sent, i: usize, floor: usize, trigs: &[Trig]) -> Subject {
    subject_before_with(s, i, floor, trigs, wc::LOC | wc::OF | wc::FROM)
}

/// [`subject_before`] with the prepositions whose mention is the fallback
/// subject: a passive's patient may sit in a "for" phrase of its subject
/// ("a camp for Congolese refugees was attacked"), an active verb's doer
/// may not ("arrest warrants for two Brazilian men sought in ...").
pub(super) fn subject_before_with(
    s: &Sent,
    i: usize,
    floor: usize,
    trigs: &[Trig],
    fallback_preps: wc::Classes,
) -> Subject {
    // "Pakistan, a key U.S. ally, has refused": skip an apposition or a
    // participle clause set off by commas right before the verb.
    let k = s.back_over_classes(i, floor, wc::AUX | wc::SKIP | wc::NEG);
    let mut j = i;
    // "Thousands rallied, some waving Russian flags, and attacked": a
    // second predicate after ", and" has no subject of its own; the phrase
    // set off before it is tested as one set off before a verb (but the
    // name before that phrase is no subject: it may end a list).
    let after_conj = k > floor + 1 && s.f(k - 1) & wc::CONJ != 0 && s.punct(k - 2, ",");
    let comma = if after_conj { k - 1 } else { k };
    if comma > floor && s.punct(comma - 1, ",") {
        match skip_set_off_phrase(s, floor, comma, after_conj, j) {
            ControlFlow::Continue(start) => j = start,
            ControlFlow::Break(subject) => return subject,
        }
    }
    if k > floor + 1 && s.f(k - 1) & wc::THAT != 0 {
        if let Some(subject) = relative_that_subject(s, floor, k) {
            return subject;
        }
    }
    let mut fallback: Option<M> = None;
    let mut steps = 0;
    // A determiner before any actor means the subject is a plain noun
    // phrase ("a human rights group charged"): do not look past a comma.
    let mut saw_det = false;
    while j > floor && steps < SUBJECT_WINDOW {
        j -= 1;
        steps += 1;
        if s.f(j) & CUE != 0 || (saw_det && s.punct(j, ",")) {
            break;
        }
        if indefinite_pronoun_subject(s, j, k, floor) {
            break;
        }
        if s.f(j) & wc::DET != 0 && s.mention_at(j).is_none() {
            saw_det = true;
        }
        if let Some(m) = s.mention_ending_at(j).copied() {
            // "The Paris attack killed 130": the subject is the attack,
            // the city only where it was.
            if m.attack_place {
                break;
            }
            let (intro, at) = s.intro_of(m.a, floor);
            if intro & PREPS != 0 {
                // "signed an agreement in Doha aimed at ending the
                // fighting": a place right after an event's words is where
                // that event happened, not a stand-in for anyone's doer
                // (unlike "demonstrators in Baghdad", whose head is no
                // event).
                let place_of_event = intro & wc::LOC != 0
                    && at > floor
                    && trigs.iter().any(|u| u.tend == at && u.ta < at);
                // "Troops in Syria detained dozens": troops, soldiers or
                // forces (a plural `own_force` noun) in a place may be any
                // state's; the place names no doer. A state's own bodies
                // there ("the army in Myanmar") and its police ("Police in
                // Istanbul", resolved as the state's force by sitrep-actors)
                // stay the place's.
                let deployed_force = intro & wc::LOC != 0
                    && at > floor
                    && s.names_any_case(at - 1, wc::OWN_FORCE)
                    && s.word(at - 1).ends_with('s');
                if fallback.is_none()
                    && intro & fallback_preps != 0
                    && !place_of_event
                    && !deployed_force
                {
                    fallback = Some(m);
                }
                j = m.a;
                continue;
            }
            // "Trump had called Petro an illegal drug leader and cut aid": a
            // predicate after "and" shares the subject of the verb before
            // it; a name right after that verb (a naming verb, which is no
            // event trigger) is its object, not the subject.
            // (sitrep-claims reads the naming verb as a cue whose content
            // opens at its object: the subject is then before that content.)
            if let Some(verb) = coordinated_object_verb(s, &m, k, floor) {
                let floor = if verb < floor { 0 } else { floor };
                return subject_before_with(s, verb, floor, trigs, fallback_preps);
            }
            return Subject::Found(s.group_left(&m, floor));
        }
        if s.mention_at(j).is_some() {
            continue;
        }
        let f = s.f(j);
        if s.hard_stop(j) || f & (wc::THAT | wc::BAR) != 0 {
            break;
        }
        if f & wc::REL != 0 {
            match relative_pronoun_antecedent(s, floor, j, k) {
                Some(subject) => return subject,
                None => break,
            }
        }
        // "efforts to combat it will destroy our economy", "the fight
        // against it would fail": "it" right after a preposition or a verb
        // is that word's object, not the subject; the search goes on past it.
        if f & wc::PRON != 0 && object_it(s, j, floor, trigs) {
            continue;
        }
        if f & wc::PRON != 0 || (f & wc::POSS != 0 && owned_subject(s, j, k, floor)) {
            return Subject::Pronoun(j);
        }
        // Another verb heads another clause, except a participle clause set
        // off after the subject ("Hamas, armed by the IRGC, attacked").
        if let Some(t) = s.trig_at(j) {
            if trigs[t].is_verb() && trigs[t].voice != Voice::Reduced {
                break;
            }
        }
    }
    match fallback {
        Some(m) => Subject::Found(vec![m]),
        None => Subject::None,
    }
}

/// Whether token `j` is an indefinite pronoun that is a subject: right
/// before the verb group that starts at token `k`, or before a verb group of
/// its own ("I think one has to ask", "no one has attacked", "someone fired
/// at the convoy"). The predicate's subject is then no one named, and the
/// search must not go on past it to a name or pronoun of another clause.
/// The pronouns are the `indefinite_pronoun` rows of `events-words.tsv`.
/// After a determiner other than a negative one, a relative word, a
/// possessive or a name ("the one", "each one", "which one", "Russia's
/// one") the word is a noun or a number, not a pronoun; "no one" is one.
/// Every sentence of a document is read with the document's lexicon
/// (`Sent::for_document`); only the token-walk unit tests build a `Sent`
/// without one, and with no lexicon there is no list, so no word is taken
/// for such a pronoun (`sentence.rs`' `no_lexicon_no_indefinite_pronoun`).
pub(super) fn indefinite_pronoun_subject(s: &Sent, j: usize, k: usize, floor: usize) -> bool {
    // Asked at every word before a verb group: the word test, which turns
    // nearly all away, goes before the tests of the word before it.
    if !s.is_listed(j, wc::listed::INDEFINITE_PRONOUN) {
        return false;
    }
    let noun_after_determiner = j > floor
        && (s.mention_ending_at(j - 1).is_some()
            || s.is_possessive(j - 1)
            || s.f(j - 1) & (wc::PRON | wc::POSS | wc::REL | wc::THAT) != 0
            || (s.f(j - 1) & wc::DET != 0 && !s.in_cold(j - 1, wc::NEG_QUANTIFIER)));
    !noun_after_determiner
        && (j + 1 >= k || s.f(j + 1) & (wc::AUX | wc::HAVE | wc::BE | wc::NEG | wc::SKIP) != 0)
}

/// Whether the pronoun at `j` is an "it" that the word before it takes as
/// its object: a preposition ("the fight against it"), an event verb
/// ("attacked it") or the verb of an infinitive ("efforts to combat it").
/// "it" is the one subject pronoun with the object's form.
fn object_it(s: &Sent, j: usize, floor: usize, trigs: &[Trig]) -> bool {
    if j <= floor || !s.is(j, "it") {
        return false;
    }
    let before = j - 1;
    let infinitive_verb = before > floor
        && s.f(before - 1) & wc::TO != 0
        && s.toks[before].kind == TokenKind::Word
        && s.mention_at(before).is_none()
        && s.f(before) & (wc::DET | wc::POSS | wc::PRON | wc::AUX | wc::SKIP) == 0;
    s.f(before) & (PREPS | wc::TO) != 0
        || s.trig_at(before).is_some_and(|u| trigs[u].is_verb())
        || infinitive_verb
}

/// The phrase set off by commas that ends at the comma `k - 1` before the
/// verb group (`after_conj`: before the ", and" of a second predicate),
/// for [`subject_before_with`]: `Break` with the subject when the name
/// before a set-off phrase is it, else `Continue` with the token the
/// backward search starts from (`j`, or the phrase's start when it is a
/// participle clause, an apposition or a relative clause, whose names are
/// not the subject).
fn skip_set_off_phrase(
    s: &Sent,
    floor: usize,
    k: usize,
    after_conj: bool,
    mut j: usize,
) -> ControlFlow<Subject, usize> {
    let mut c = k - 1;
    // A relative "that" right after a plain noun ("the group that
    // attacked") stays inside the set-off phrase; a complementizer
    // ("said that") ends the search.
    let relative_that = |t: usize| {
        t > floor
            && s.f(t) & wc::THAT != 0
            && s.f(t - 1) & (CUE | wc::THAT) == 0
            && s.trig_at(t - 1).is_none()
            && s.is_modifier_word(t - 1)
    };
    while c > floor
        && !s.punct(c - 1, ",")
        && !s.hard_stop(c - 1)
        && (s.f(c - 1) & (wc::THAT | wc::BAR) == 0 || relative_that(c - 1))
    {
        c -= 1;
    }
    if c > floor + 1 && s.punct(c - 1, ",") {
        if !after_conj {
            if let Some(m) = s.mention_ending_at(c - 2).copied() {
                if s.intro_of(m.a, floor).0 & PREPS == 0 {
                    return ControlFlow::Break(Subject::Found(s.group_left(&m, floor)));
                }
            }
        }
        // "US Predator attacks, occurring every three days, have
        // killed": the subject phrase ends before the set-off clause;
        // so with a quantifier before the participle ("supporters,
        // some waving Russian flags, attacked").
        let participle =
            |x: usize| x < k && (s.word(x).ends_with("ing") || s.word(x).ends_with("ed"));
        let quantified = s.f(c) & wc::DET != 0 && s.mention_at(c).is_none();
        let set_off_is_participle = participle(c) || (quantified && participle(c + 1));
        // "Kim Yo Jong, the powerful sister of leader Kim Jong Un,
        // threatened": a set-off phrase opening with a determiner is an
        // apposition, and the names inside it are not the subject.
        let apposition = quantified && !after_conj;
        if set_off_is_participle || apposition {
            j = c - 1;
        }
    }
    // "Frelimo, which has governed Mozambique since independence from
    // Portugal, rejected": the names inside a set-off relative clause
    // are not the main verb's subject either (its subordinators, such
    // as "since", do not end it).
    let mut r = k - 1;
    while r > floor && !s.punct(r - 1, ",") && !s.hard_stop(r - 1) {
        r -= 1;
    }
    if r > floor + 1 && r < k - 1 && s.punct(r - 1, ",") && s.f(r) & wc::REL != 0 {
        j = j.min(r - 1);
    }
    ControlFlow::Continue(j)
}

/// "Hamas, the group that attacked Israel", "the militia that seized":
/// "that" right before the verb group at `k` (over auxiliaries) after a
/// noun is a relative pronoun; its antecedent is the mention before it, or
/// the name the noun phrase stands in apposition to, or a nationality or
/// name opening it. `None` when none of these decides the subject.
fn relative_that_subject(s: &Sent, floor: usize, k: usize) -> Option<Subject> {
    let before = k - 2;
    if let Some(m) = s.mention_ending_at(before).copied() {
        // "the strike in Damascus that killed": a name inside a
        // prepositional phrase is not what "that" stands for.
        if s.intro_of(m.a, floor).0 & PREPS != 0 {
            return Some(Subject::None);
        }
        return Some(Subject::Found(s.group_left(&m, floor)));
    }
    let mut q = before + 1;
    while q > floor
        && (s.is_modifier_word(q - 1) || s.f(q - 1) & wc::DET != 0)
        && s.mention_at(q - 1).is_none()
        && s.trig_at(q - 1).is_none()
    {
        q -= 1;
    }
    if q <= before && q > floor + 1 && s.f(q) & wc::DET != 0 && s.punct(q - 1, ",") {
        if let Some(m) = s.mention_ending_at(q - 2).copied() {
            // "Rosneft and Lukoil, the two companies that fund": a plural
            // head stands for the whole coordination before the comma; a
            // singular one ("Iran and Hamas, the group that") for the name
            // next to it.
            // (The names may be a verb's object: "sanctioned Rosneft and
            // Lukoil, the two companies that fund".)
            let plural_head = s.word(before).ends_with('s');
            let antecedent = if plural_head {
                coordinated_names_ending_with(s, m, floor)
            } else {
                vec![m]
            };
            return Some(Subject::Found(antecedent));
        }
    }
    // "the Iranian regime that arms Hezbollah", "the Chinese firms that
    // supplied Russia": a nationality adjective or name that modifies
    // the antecedent's head says whose it is; that side is the doer.
    // Not a hyphenated qualifier ("the Iran-backed militia that"),
    // which names a patron, not the antecedent.
    if q <= before && q > floor {
        if let Some(m) = s.mention_ending_at(q - 1).copied() {
            let modifier = matches!(
                m.how,
                MentionHow::Alias(AliasKind::Adjective | AliasKind::Name)
            ) && (m.a..m.b).all(|k| !has_hyphen(s.word(k).as_bytes()));
            // The name opens the noun phrase, after a determiner or a
            // verb ("sanctioned Chinese firms that"), and the phrase is
            // no prepositional object, as above ("the strike on Iranian
            // sites that killed": "that" may stand for the strike).
            let opens_np =
                m.a == floor || s.f(m.a - 1) & (wc::DET | wc::POSS) != 0 || s.trig_verb_at(m.a - 1);
            let opens_np = opens_np && s.intro_of(m.a, floor).0 & PREPS == 0;
            if modifier && opens_np {
                return Some(Subject::Found(vec![m]));
            }
        }
    }
    None
}

/// The names coordinated by "and" or commas that end with mention `m`
/// ("Rosneft and Lukoil", "Mali, Niger and Burkina Faso"), in text order,
/// wherever they stand in the clause.
fn coordinated_names_ending_with(s: &Sent, m: M, floor: usize) -> Vec<M> {
    let mut group = vec![m];
    let mut a = m.a;
    while a > floor + 1 && (s.f(a - 1) & wc::CONJ != 0 || s.punct(a - 1, ",")) {
        let mut link = a - 1;
        // "Mali, Niger, and Chad": a serial comma before the last "and".
        if s.f(link) & wc::CONJ != 0 && link > floor + 1 && s.punct(link - 1, ",") {
            link -= 1;
        }
        match s.mention_ending_at(link - 1) {
            Some(prev) => {
                group.push(*prev);
                a = prev.a;
            }
            None => break,
        }
    }
    group.reverse();
    group
}

/// A relative pronoun at `j` in the backward search from the verb group at
/// `k`: "the Houthis, who seized ...": the antecedent before it is the
/// subject (`Some`), unless the relative clause has a subject of its own
/// ("the gang, which his administration has designated ..."), which ends
/// the search (`None`), as does a relative with no antecedent named.
fn relative_pronoun_antecedent(s: &Sent, floor: usize, j: usize, k: usize) -> Option<Subject> {
    // "the Tren de Aragua gang, which his administration has
    // designated a terrorist organization": words of a subject of
    // its own between the relative pronoun and the verb make the
    // antecedent the verb's object, not its doer.
    // Only a short noun phrase right before the verb counts ("who
    // lost his bid, did ..." keeps the antecedent).
    let verbal = wc::AUX | wc::SKIP | wc::NEG | wc::BE | wc::HAVE;
    let own_subject: Vec<usize> = (j + 1..k).filter(|&x| s.f(x) & verbal == 0).collect();
    let noun_phrase = own_subject
        .iter()
        .all(|&x| !s.is_punct(x) && s.trig_at(x).is_none() && s.is_np_word(x));
    // It opens with a determiner or possessive, or holds a name:
    // "who have long refused" is no subject and a verb.
    let opens_np = own_subject.first().is_some_and(|&x| {
        s.f(x) & (wc::DET | wc::POSS) != 0 || own_subject.iter().any(|&y| s.mention_at(y).is_some())
    });
    if opens_np && own_subject.len() <= 4 && noun_phrase {
        return None;
    }
    // "the Houthis, who seized ...": the antecedent before "who".
    let mut k = j;
    if k > floor && s.punct(k - 1, ",") {
        k -= 1;
    }
    // "the Tehreek-e-Taliban Pakistan (TTP), who have killed": an
    // abbreviation in brackets closes the antecedent.
    if k > floor + 1 && s.punct(k - 1, ")") {
        k -= 1;
    }
    if k > floor {
        if let Some(m) = s.mention_ending_at(k - 1).copied() {
            let group = s.group_left(&m, floor);
            // "talks between his government and the Taliban, who have long
            // refused to negotiate": the sides of a "between" phrase are
            // parties apart; a "who" clause is about the last one ("a
            // treaty between the DPRK and Russia, which obliges both sides"
            // is about the treaty, not one side).
            let first = group.first().map_or(m.a, |g| g.a);
            let q = s.back_over_classes(first, floor, wc::DET | wc::POSS);
            if group.len() > 1 && q > floor && s.is(q - 1, "between") && s.is(j, "who") {
                return Some(Subject::Found(vec![m]));
            }
            return Some(Subject::Found(group));
        }
    }
    None
}

/// "Turkey condemned the cleric who lives in Pennsylvania and has accused
/// Erdogan", "criticised the businessman who lacks experience and has
/// attacked allies": a verb group in the -s form right after the
/// coordinator at `conj`, following a subject relative clause (no comma)
/// whose verb is an -s form too, continues that relative clause when the
/// verb group of `main`, the main verb before it, has no -s form: a
/// coordination keeps one tense. Its doers are then the relative's
/// antecedent, the names right before the pronoun, or no one named
/// (`Some(vec![])`). With one tense throughout ("met with senators who
/// opposed the bill and attacked …") the verb stays the main clause's, as
/// sitrep-claims reads a cue there (`relative_clause_speaker`).
fn relative_clause_continued(
    s: &Sent,
    main: &Trig,
    conj: usize,
    floor: usize,
) -> Option<Vec<usize>> {
    let s_form = |x: usize| sitrep_text::s_form(s.word(x));
    if conj + 1 >= s.n() || !s_form(conj + 1) {
        return None;
    }
    // The relative pronoun nearest before the coordinator, its clause not
    // closed by a comma or opened after one.
    let r = (main.tend..conj).rev().find(|&x| s.f(x) & wc::REL != 0)?;
    let open =
        (r..conj).all(|x| !s.hard_stop(x) && !s.is_punct(x) && s.f(x) & (wc::THAT | wc::BAR) == 0);
    if !open || r <= main.tend || s.is_punct(r - 1) {
        return None;
    }
    // The relative's own verb right after it (over adverbs): a subject
    // relative, not "whom Russia accused".
    let v = (r + 1..conj).find(|&x| s.f(x) & wc::SKIP == 0)?;
    let plain_verb = s.mention_at(v).is_none()
        && s.f(v) & (wc::DET | wc::POSS | wc::PRON | PREPS) == 0
        && s_form(v);
    if !plain_verb {
        return None;
    }
    let group = s.back_over_classes(
        main.ta,
        floor,
        wc::AUX | wc::HAVE | wc::BE | wc::NEG | wc::SKIP,
    );
    if (group..=main.ta).any(s_form) {
        return None;
    }
    Some(
        s.mention_ending_at(r - 1)
            .map(|m| actors_of(&s.group_left(m, floor)))
            .unwrap_or_default(),
    )
}

/// "Pressing Iran to halt enrichment, the EU offered talks", "Attacking
/// from the north, Russia seized two towns": an -ing verb opening the
/// sentence (or the claim's content at `floor`), whose participle clause
/// runs to a comma after its words (ending at `tend`) with no clause word,
/// finite auxiliary or hard stop before it, has no subject of its own; its doer is the main
/// clause's subject, the names right after that comma (over determiners
/// and plain modifiers) that a word other than a comma follows.
pub(super) fn opening_participle_subject(
    s: &Sent,
    ta: usize,
    tend: usize,
    floor: usize,
) -> Option<Vec<M>> {
    // Only at the sentence's start: at a claim's content ("acknowledged
    // funding was a major reason …, Ham noted") an -ing word is as often
    // a noun.
    if ta != floor || floor != 0 {
        return None;
    }
    let n = s.n();
    // A finite verb before the comma ("Attacking civilians is a war crime,
    // France said") makes the -ing form its gerund subject, no participle.
    let finite = wc::BE | wc::AUX | wc::HAVE;
    let comma = (tend..n)
        .take_while(|&x| {
            !s.hard_stop(x) && s.f(x) & (wc::THAT | wc::BAR | wc::REL | CUE | finite) == 0
        })
        .find(|&x| s.punct(x, ","))?;
    let m = *s.mention_after_np_words(comma + 1, n)?;
    let words_before = (comma + 1..m.a).all(|x| s.mention_at(x).is_none());
    let group = s.group_right(&m, n);
    let after = group.last().map_or(m.b, |g| g.b);
    (words_before && after < n && !s.is_punct(after) && s.f(after) & PREPS == 0).then_some(group)
}

/// Whether the possessive pronoun at `p` opens the whole subject of the
/// verb group starting at `verb`, a noun phrase of plain words after it
/// ("Hamas said its fighters attacked", "the ministry said its air
/// defences had destroyed"): the people or weapons it owns name no actor,
/// so the doer is the owner the pronoun stands for. Not inside a
/// prepositional phrase ("the strike on its base killed") or after a
/// coordinator ("Russia and its allies", whose first name is found).
fn owned_subject(s: &Sent, p: usize, verb: usize, floor: usize) -> bool {
    let opens_clause = p == floor
        || (s.f(p - 1) & (PREPS | wc::CONJ | wc::POSS | wc::DET) == 0
            && s.mention_ending_at(p - 1).is_none()
            && !s.is_possessive(p - 1));
    // "after his brother was killed", "his aides were arrested": people
    // attached to the owner (kin, aides) are someone else; the owner is
    // neither doer nor patient.
    opens_clause
        && p + 1 < verb
        && (p + 1..verb).all(|x| s.is_modifier_word(x) && !s.names(x, wc::ENTOURAGE))
}

/// Whether the object noun phrase starting at `from` is headed by a hostile
/// event noun ("61 Russian attacks", "a Ukrainian assault"): determiners,
/// numbers, plain modifiers and names before it.
pub(super) fn attack_object(s: &Sent, trigs: &[Trig], from: usize) -> bool {
    let mut k = from;
    while k < s.n()
        && k < from + OBJECT_WINDOW
        && s.trig_at(k).is_none()
        && (s.f(k) & wc::DET != 0 || s.is_modifier_word(k) || s.mention_at(k).is_some())
    {
        k += 1;
    }
    s.trig_at(k)
        .is_some_and(|u| !trigs[u].is_verb() && hostile(trigs[u].event_type))
}

/// The antecedent of an object relative clause whose verb starts at `ta`:
/// "Hamas, which the US designated a terrorist organization", "Pakistan,
/// which India blames for the attack", "the Houthi rebels that Iran arms".
/// The relative pronoun is followed by the clause's own subject (a name or
/// a pronoun), so the antecedent is not the verb's doer but what the verb
/// is done to. A subject relative ("Iran, which arms Hezbollah") has no
/// subject between the pronoun and the verb and is no object relative.
pub(super) fn object_relative_antecedent(s: &Sent, ta: usize, floor: usize) -> Option<Vec<M>> {
    let verbal = wc::AUX | wc::SKIP | wc::NEG | wc::HAVE;
    let mut k = s.back_over_classes(ta, floor, verbal);
    // "Hezbollah, which Iran arms and funds": the second of two
    // coordinated one-word verbs shares the first one's subject.
    if k > floor + 2 && s.f(k - 1) & wc::CONJ != 0 && s.trig_verb_at(k - 2) {
        k = s.back_over_classes(k - 2, floor, verbal);
    }
    if k <= floor + 1 {
        return None;
    }
    // The clause's own subject: names (over a determiner: "which the US
    // designated") or a pronoun ("whom they accused").
    let subject_start = match s.mention_ending_at(k - 1) {
        Some(m) => {
            let first = s.group_left(m, floor).first().map_or(m.a, |g| g.a);
            s.back_over_classes(first, floor, wc::DET)
        }
        None if s.f(k - 1) & wc::PRON != 0 => k - 1,
        None => return None,
    };
    if subject_start <= floor + 1 {
        return None;
    }
    let r = subject_start - 1;
    let relative = s.f(r) & wc::REL != 0;
    // "that" is a relative pronoun only after a noun phrase that is no
    // verb's object: "warned the rebels that Israel would strike" is a
    // complement clause, its subject no doer against the rebels.
    let relative_that = s.f(r) & wc::THAT != 0;
    if !relative && !relative_that {
        return None;
    }
    let mut e = r;
    if relative && s.punct(e - 1, ",") {
        e -= 1;
    }
    if relative_that {
        // "the Houthi rebels that", "sanctions on the Russian banks that":
        // a name, or a nationality adjective modifying the head noun, in a
        // noun phrase that opens the sentence or a prepositional phrase.
        // After a verb it may be the verb's object and "that" a
        // complementizer ("warned the rebels that Israel would strike",
        // "told Hamas that"); a plain word after a name may be a verb
        // ("Iran said that").
        let q = s.back_over_at_most(e, floor, 3, |j| s.is_modifier_word(j));
        if q <= floor {
            return None;
        }
        let m = *s.mention_ending_at(q - 1)?;
        if q < e && !matches!(m.how, MentionHow::Alias(AliasKind::Adjective)) {
            return None;
        }
        let opens = s.back_over_classes(m.a, floor, wc::DET);
        let opens_np = opens == floor || s.f(opens - 1) & PREPS != 0;
        return opens_np.then(|| vec![m]);
    }
    if e <= floor {
        return None;
    }
    // "Hamas, which", "Hezbollah fighters, whom": the name, or the name
    // owning the head noun right before the pronoun.
    let m = match s.mention_ending_at(e - 1) {
        Some(m) => *m,
        None if e > floor + 1 && s.is_modifier_word(e - 1) => *s.mention_ending_at(e - 2)?,
        None => return None,
    };
    Some(s.group_left(&m, floor))
}

/// Whether the comma at `comma` closes a relative clause set off by a comma
/// before it (", which Sweden accused of blocking its bid,").
pub(super) fn closes_relative_clause(s: &Sent, comma: usize, floor: usize) -> bool {
    let r = s.back_over(comma, floor, |j| !s.punct(j, ",") && !s.hard_stop(j));
    r > floor && r < comma && s.punct(r - 1, ",") && s.f(r) & wc::REL != 0
}

/// The subject of a support verb in a relative clause right after an event
/// noun ending at `tend` ("sanctions | that the EU imposed on Russia",
/// "talks | which Iran held with Oman"), and the verb's token: the noun is
/// the verb's object, so no object may follow the verb (only a
/// preposition, punctuation or a time word: "reports that Iran launched
/// drones" is a complement clause). A verb of receiving ("the attacks that
/// Israel suffered") names the noun's target, not its doer; a verb that is
/// an event of its own ("the sanctions that Iran rejected") is left to the
/// governance pass; a negation ("did not impose") leaves the noun as it is.
pub(super) fn relative_support_verb(s: &Sent, tend: usize) -> Option<(Vec<usize>, usize)> {
    let n = s.n();
    if tend >= n || s.f(tend) & (wc::REL | wc::THAT) == 0 {
        return None;
    }
    let mut k = tend + 1;
    while k < n && s.f(k) & wc::DET != 0 && s.mention_at(k).is_none() {
        k += 1;
    }
    let m = *s.mention_starting_at(k)?;
    let group = s.group_right(&m, n);
    let mut v = group.last().map_or(m.b, |g| g.b);
    while v < n && s.f(v) & (wc::AUX | wc::SKIP | wc::HAVE) != 0 {
        v += 1;
    }
    let support = v < n
        && s.f(v) & wc::LIGHT != 0
        && s.f(v) & (wc::CONVERSE | wc::NEG) == 0
        && s.trig_at(v).is_none();
    if !support {
        return None;
    }
    let next = v + 1;
    let no_object = next >= n
        || s.is_punct(next)
        || s.hard_stop(next)
        || s.f(next) & (PREPS | wc::SKIP | wc::BAR | wc::CONJ | wc::PARTICLE) != 0;
    no_object.then(|| (actors_of(&group), v))
}

/// The naming verb whose object mention `m` is, when the verb
/// whose subject is sought (its first word at `k`, after auxiliaries) opens
/// a predicate coordinated by "and" ("called Petro an illegal drug leader
/// and cut aid"). Event verbs are left out: their coordinated predicates are
/// read by the governance pass.
pub(super) fn coordinated_object_verb(s: &Sent, m: &M, k: usize, floor: usize) -> Option<usize> {
    if k <= floor + 1 || s.f(k - 1) & wc::CONJ == 0 {
        return None;
    }
    let p = s.back_over_classes(m.a, floor, wc::DET | wc::POSS);
    // The verb may be the cue right before a claim's content (`floor`).
    let verb = p.checked_sub(1).filter(|&v| v + 1 >= floor && v > 0)?;
    // Only a naming verb: after "said" a name opens the reported clause
    // ("said Iran would remain in the deal and consult"), it is no object.
    (s.names(verb, wc::EVALUATE) && s.trig_at(verb).is_none()).then_some(verb)
}

/// The object of a trigger ending before token `i`: the first mention group
/// to the right that is a direct object (when `direct`; a mention after "of"
/// inside the object noun phrase counts) or follows one of the prepositions
/// in `preps`; mentions after a locative preposition are the fallback.
/// Returns the group and the bits of its preposition (0 = direct).
/// Tokens before `own_end` are the trigger's own words (the gapped object of
/// "fired rockets"), which no "from" phrase after them belongs to.
pub(super) fn object_after(
    s: &Sent,
    i: usize,
    own_end: usize,
    direct: bool,
    preps: wc::Classes,
    trigs: &[Trig],
) -> Option<(Vec<M>, wc::Classes)> {
    let n = s.n();
    let end = n.min(i + OBJECT_WINDOW);
    let mut j = i;
    let mut fallback: Option<Vec<M>> = None;
    // Whether the search passed the "by" of a participle of using the
    // object place, before armed users ("a base run by Iran-backed
    // militias"; "a hospital run by doctors in Ukraine" keeps its place).
    let mut armed_users_after = false;
    while j < end {
        if let Some(m) = s.mention_at(j).copied() {
            // "restrictions on the Russian language", "limited the inquiry
            // to the Ukraine scandal": a name before a noun of heritage or of
            // the affair a story is about only says which one is meant.
            if m.a < i || s.heritage_adjective(&m) || s.names(m.b, wc::HERITAGE) {
                j = m.b;
                continue;
            }
            let (intro, at) = s.intro_of(m.a, i.saturating_sub(1));
            let intro = if at < i { 0 } else { intro };
            // "resigned yesterday to allow Haiti's elections", "failed to
            // stop Iran's programme": "to" and a plain word before a name or a
            // determiner open an infinitive, whose object is the object of
            // that verb, not this one's target. ("to senior Iranian
            // officials": an adjective name after the plain word is still
            // the phrase's head.)
            // A governing verb's own infinitive ("vowed (not) to stop
            // Iran") is its complement, whose object it is aimed at.
            let own_infinitive = (own_end.max(i)..at).all(|k| s.f(k) & (wc::NEG | wc::SKIP) != 0);
            if !own_infinitive && s.infinitive_before(at, &m) {
                break;
            }
            // "allow the return of U.N. inspectors": "of" inside the object;
            // "met with dissidents from Myanmar": so is "from", where the
            // verb takes no "from" phrase of its own ("received weapons from").
            // "from Lebanon to Yemen" is a range, not whose people they are;
            // after a weapon or the trigger's own words ("fired rockets from
            // Lebanon into Israel", "fired a missile from Yemen") or right
            // after the verb, "from" says where the act came from.
            let inside = intro & wc::OF != 0
                || (intro & wc::FROM != 0
                    && at > i
                    && !(i..at).any(|k| k < own_end || s.names(k, wc::WEAPON))
                    && preps & wc::FROM == 0
                    && s.f(m.b) & wc::TO == 0);
            // "targeted journalists critical of the Kremlin", "arrested
            // activists hostile to the government": a name in an adjective's
            // phrase after the object noun is what the object's people stand
            // against, not whom the act is aimed at.
            if at > i && s.in_cold(at - 1, wc::AGAINST_ADJECTIVE) {
                j = m.b;
                continue;
            }
            let object_np = inside
                && (i..at).all(|k| {
                    s.f(k) & (wc::DET | wc::POSS) != 0
                        || s.is_modifier_word(k)
                        || s.trig_at(k).is_some_and(|t| trigs[t].nominal)
                });
            if intro == 0 || (object_np && direct) {
                if direct {
                    return Some((s.without_owners(s.group_right(&m, n)), 0));
                }
            } else if intro & preps != 0 {
                // "protests against the jailing of Istanbul's mayor": an "of"
                // phrase past another event noun is that noun's object.
                let of_another_event = intro & wc::OF != 0
                    && (i.max(own_end)..at).any(|k| s.trig_at(k).is_some_and(|u| trigs[u].nominal));
                if !of_another_event {
                    return Some((s.without_owners(s.group_right(&m, n)), intro));
                }
            } else if intro & wc::BY != 0
                && at > i.max(own_end)
                && s.is_listed(at - 1, wc::listed::HOLDER_PARTICIPLE)
                && fallback.is_none()
                && object_phrase_before(s, i.max(own_end), at - 1, direct, preps)
            {
                // "an airstrike against a facility used by Kataib Hezbollah
                // in western Iraq": who uses or runs the place the act hits
                // is its target, before the place phrase after it ("a
                // torture technique used by the CIA" is no object of the
                // act: the participle's noun must be the act's object).
                return Some((s.without_owners(s.group_right(&m, n)), intro));
            } else if intro & wc::LOC != 0 && fallback.is_none() && !armed_users_after {
                // (After the users of the place the act hit, named by no
                // actor, "struck a base run by Iran-backed militias in
                // Syria", a place says where they are, not whom it hit.)
                fallback = Some(s.group_right(&m, n));
            }
            // "a draft resolution submitted by Russia and China": a name
            // coordinated with one in a phrase this trigger does not take
            // shares its preposition; none of them is the object. (A place
            // phrase may end a list of objects: "struck a prison in Tehran
            // and Basij headquarters"; an event noun's agents, "condemned the
            // airstrikes by the United States and Britain", keep the old
            // reading.)
            let agents_of_noun = intro & wc::BY != 0
                && at > 0
                && at >= i
                && s.trig_at(at - 1).is_some_and(|u| trigs[u].nominal);
            j = if intro != 0 && intro & wc::LOC == 0 && !agents_of_noun {
                s.group_right(&m, n)
                    .last()
                    .map_or(m.b, |last| last.b.max(m.b))
            } else {
                m.b
            };
            continue;
        }
        let f = s.f(j);
        // "denounced as an ugly crime Serbia's suppression of the unrest":
        // an "as" predicate moved before a long object, which a possessor
        // opens; without one the "as" phrase ends the search.
        if direct && j == i && s.is(j, "as") {
            let mut q = j + 1;
            while q < end && (s.f(q) & wc::DET != 0 || s.is_modifier_word(q)) {
                q += 1;
            }
            if let Some(m) = s.mention_starting_at(q) {
                if q > j + 1 && s.is_possessive(m.b) {
                    return Some((vec![*m], 0));
                }
            }
        }
        // "accused the agency's chief, Rafael Grossi, of bias": a name set
        // off by commas right after a plain object noun phrase (a
        // determiner or owner, then modifiers and nouns) is the same one,
        // named; the name is the object. A name the comma does not close
        // off ("the attack, Russia's ministry said") is none.
        if direct && j > i.max(own_end) && s.punct(j, ",") {
            if let Some(m) = apposed_name(s, i.max(own_end), j) {
                return Some((s.group_right(&m, n), 0));
            }
        }
        if s.punct(j, ",") || s.hard_stop(j) || f & (wc::THAT | wc::BAR | wc::REL) != 0 {
            break;
        }
        // "accused the detained workers of spying for Israel", "accusing
        // it of supplying the RSF": "of" and a gerund after the object
        // open what the object is said to do; the names in it are the
        // gerund's, not this verb's target. So do "from" and a gerund
        // ("bars inspectors from entering Iran's nuclear sites": what the
        // object is kept from doing; a name as the object before it, "ban
        // opposition candidates from participating", is found first). A
        // region word is no gerund ("withdraw its troops from neighboring
        // Lebanon").
        if direct
            && j > i
            && f & (wc::OF | wc::FROM) != 0
            && j + 1 < n
            && s.word(j + 1).ends_with("ing")
            && !s.names(j + 1, wc::REGION)
        {
            break;
        }
        if s.punct(j, "(") {
            // Skip a parenthesis ("(APEC)").
            let mut k = j + 1;
            while k < end && !s.punct(k, ")") {
                k += 1;
            }
            j = k + 1;
            continue;
        }
        if f & wc::BY != 0
            && j > i.max(own_end)
            && fallback.is_none()
            && s.is_listed(j - 1, wc::listed::HOLDER_PARTICIPLE)
            && object_phrase_before(s, i.max(own_end), j - 1, direct, preps)
        {
            armed_users_after = (j + 1..end.min(j + 5))
                .take_while(|&k| s.f(k) & PREPS == 0 && !s.is_punct(k))
                .any(|k| s.names(k, wc::ATTACKER | wc::OWN_FORCE));
        }
        if s.trig_at(j).is_some_and(|t| trigs[t].is_verb()) {
            break;
        }
        j += 1;
    }
    fallback.map(|g| (g, wc::LOC))
}

/// Whether `from..to` is the object noun phrase of the act whose words end
/// at `from`: a plain phrase (determiners, owners, modifiers and nouns)
/// right after a verb taking a direct object (`direct`), or one after a
/// preposition among `preps` that opens it ("against a facility").
fn object_phrase_before(
    s: &Sent,
    from: usize,
    to: usize,
    direct: bool,
    preps: wc::Classes,
) -> bool {
    let plain = |a: usize| {
        a < to && (a..to).all(|k| s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k))
    };
    (direct && plain(from)) || (preps != 0 && s.f(from) & preps != 0 && plain(from + 1))
}

/// The mention apposed at `comma + 1` to the plain noun phrase `from..comma`
/// ("the agency's chief, Rafael Grossi,"): the phrase opens with a
/// determiner or an owner word and holds only modifiers, nouns and
/// possessive marks, no time word ("released this week, Öcalan said" is a
/// time phrase, the name the next clause's subject), and the name is closed
/// off by a comma, the sentence's end or a preposition.
fn apposed_name(s: &Sent, from: usize, comma: usize) -> Option<M> {
    if s.f(from) & (wc::DET | wc::POSS) == 0 {
        return None;
    }
    let plain = (from + 1..comma)
        .all(|k| (s.is_modifier_word(k) && s.f(k) & wc::SKIP == 0) || s.is_possessive(k));
    if !plain || !s.is_modifier_word(comma - 1) {
        return None;
    }
    let m = *s.mention_starting_at(comma + 1)?;
    let closed = m.b >= s.n() || s.punct(m.b, ",") || s.hard_stop(m.b) || s.f(m.b) & PREPS != 0;
    closed.then_some(m)
}

/// The agent of a passive or of an event noun: "by" + mention group after
/// token `i`, within the clause.
pub(super) fn agent_after(s: &Sent, i: usize, trigs: &[Trig]) -> Option<Vec<M>> {
    agent_after_any(s, i, trigs, wc::BY)
}

/// Like [`agent_after`], introduced by any of `preps` ("a call from").
pub(super) fn agent_after_any(
    s: &Sent,
    i: usize,
    trigs: &[Trig],
    preps: wc::Classes,
) -> Option<Vec<M>> {
    let n = s.n();
    let end = n.min(i + OBJECT_WINDOW);
    let mut j = i;
    while j < end {
        let f = s.f(j);
        if f & preps != 0 {
            return s
                .mention_after_np_words(j + 1, end)
                .map(|m| s.without_owners(s.group_right(m, n)));
        }
        if s.punct(j, ",") || s.hard_stop(j) || f & (wc::THAT | wc::BAR | wc::REL) != 0 {
            return None;
        }
        if let Some(t) = s.trig_at(j) {
            // "armed and funded by": skip a coordinated participle.
            let coordinated = trigs[t].form == Form::Past && j > 0 && s.f(j - 1) & wc::CONJ != 0;
            if trigs[t].is_verb() && !coordinated {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// Whether the actors `who` (at least one) are all `source` or on its
/// side: of the same country as one of its actors ("Israel" beside
/// Israel's defence minister).
pub(super) fn same_side(actors: &DocActors, who: &[usize], source: &[usize]) -> bool {
    let country = |x: usize| actors.actors.get(x).and_then(|d| d.country.as_deref());
    !who.is_empty()
        && who.iter().all(|&a| {
            source
                .iter()
                .any(|&x| x == a || (country(a).is_some() && country(a) == country(x)))
        })
}

/// Whether `state` is a state itself (no sector of it: "the Legislature" is
/// no own state) and the country of a government voice among `speaker`: the
/// state, or an actor of its government sector.
pub(super) fn own_state(actors: &DocActors, state: usize, speaker: &[usize]) -> bool {
    let Some(st) = actors.actors.get(state) else {
        return false;
    };
    st.kind == ActorKind::Country
        && st.country.is_some()
        && st.sector.is_none()
        && speaker.iter().any(|&x| {
            x == state
                || actors
                    .actors
                    .get(x)
                    .is_some_and(|d| d.country == st.country && d.sector.as_deref() == Some("GOV"))
        })
}

/// Whether a ban by `source` falls on another state: every target is a
/// state or one of its sectors, of a country none of the sources belongs to.
pub(super) fn bans_another_state(actors: &DocActors, source: &[usize], target: &[usize]) -> bool {
    let actor = |x: usize| actors.actors.get(x);
    !source.is_empty()
        && !target.is_empty()
        && target
            .iter()
            .all(|&a| actor(a).is_some_and(|d| d.kind == ActorKind::Country && d.country.is_some()))
        && !target.iter().any(|&a| same_side(actors, &[a], source))
}

/// The object of the first hostile act in a clause from token `from` to
/// the clause's end ("would strike Iran", "would hit Hezbollah hard").
pub(super) fn threatened_act_object(s: &Sent, trigs: &[Trig], from: usize) -> Option<Vec<usize>> {
    let clause_end = (from..s.n())
        .find(|&k| s.hard_stop(k) || s.punct(k, ",") || s.f(k) & wc::THAT != 0)
        .unwrap_or(s.n());
    let act = trigs
        .iter()
        .find(|u| u.ta >= from && u.ta < clause_end && hostile(u.event_type))?;
    object_after(s, act.tend, act.tend, true, wc::TPREP, trigs)
        .filter(|(_, intro)| *intro != wc::LOC)
        .map(|(g, _)| actors_of(&g))
        .filter(|aim| !aim.is_empty())
}

/// Whether the object of the verb trigger `t` is its doer's own: it opens
/// with "its", "his" or "her", with a possessive followed by "own" ("their
/// own defence"), or with a name of the doer and "'s" ("funding Moscow's
/// war" with Russia as the doer).
pub(super) fn own_object(s: &Sent, t: &Trig) -> bool {
    let o = t.tb;
    if o >= s.n() {
        return false;
    }
    if s.in_cold(o, wc::SINGULAR_POSS) || (s.f(o) & wc::POSS != 0 && s.in_cold(o + 1, wc::OWN)) {
        return true;
    }
    s.mention_starting_at(o)
        .is_some_and(|m| s.is_possessive(m.b) && t.source.contains(&m.actor))
}

/// The one-word verb row of the trigger head at `ta` when it is a protest
/// ("protested" of "protested the arrest of").
pub(super) fn head_protest_row(lex: &EventLexicon, s: &Sent, ta: usize) -> Option<u32> {
    let mut lower = String::new();
    lex.one_word_rows(s.word(ta), &mut lower)
        .iter()
        .map(|&(e, _)| e)
        .find(|&e| {
            let entry = &lex.entries[e as usize];
            entry.pos == Pos::Verb && entry.event_type == Some(EventType::Protest)
        })
}

/// Whether the subject of the verb at `ta`, read back over its clause to a
/// punctuation mark or a clause word, names a crowd ("thousands of Turks",
/// "Kenyan protesters", "students and workers"; the `crowd` class).
pub(super) fn crowd_subject(s: &Sent, ta: usize) -> bool {
    let mut k = s.back_over_classes(ta, 0, wc::AUX | wc::SKIP | wc::NEG);
    let floor = ta.saturating_sub(SUBJECT_CROWD_WORDS);
    while k > floor {
        k -= 1;
        if s.is_punct(k) || s.hard_stop(k) || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0 {
            return false;
        }
        if s.names(k, wc::CROWD) {
            return true;
        }
    }
    false
}

/// How many words before a protest verb (or a purpose infinitive) its crowd
/// subject is looked for: a gathering's subject, verb and place ("Thousands
/// of Israelis took to the streets of Tel Aviv on Saturday to demand") fill
/// a dozen words, and the walk stops at the clause's edge anyway.
pub(super) const SUBJECT_CROWD_WORDS: usize = 14;

/// The most words an "as" phrase between a first predicate and a second
/// one may hold, "as" and its comma left out, to be read as a predicate
/// noun phrase ("as illegal aliens") rather than a clause.
const AS_PREDICATE_WORDS: usize = 4;

/// The doer of an act ordered by command verb `g` that stays inside the
/// orderer's side, or `None` when the order is a request to someone else.
/// Two forms: an infinitive after the orderer's own force ("ordered the
/// military / its troops / Israeli forces to carry out strikes": the force
/// when it is a known actor of the orderer's country, else the orderer), and
/// an event noun as the order's object with no doer of its own ("ordered
/// the suspension of cooperation"). "ordered Hamas to disarm" asks another
/// side and stays a REQUEST.
pub(super) fn ordered_act_doer(
    s: &Sent,
    actors: &DocActors,
    trigs: &[Trig],
    g: usize,
    i: usize,
    via: Via,
) -> Option<Vec<usize>> {
    let (order, act) = (&trigs[g], &trigs[i]);
    if order.event_type != EventType::Request
        || !order.is_verb()
        || order.tend != order.tb
        || !s.names(order.ta, wc::COMMAND)
        || order.source.is_empty()
        || act.passive()
    {
        return None;
    }
    match via {
        // The noun may have taken the order's subject already ("ordered"
        // is also a support verb).
        Via::Object if act.nominal && (act.source.is_empty() || act.source == order.source) => {
            Some(order.source.clone())
        }
        // "to carry out strikes": the noun after a support verb as well.
        Via::Infinitive => {
            let to = (order.tend..act.ta).find(|&k| s.f(k) & wc::TO != 0)?;
            let mut force = None;
            let mut own = Vec::new();
            for k in order.tend..to {
                if s.names(k, wc::OWN_FORCE) {
                    force = Some(k);
                }
                if let Some(m) = s.mention_at(k) {
                    if !same_side(actors, &[m.actor], &order.source) {
                        return None;
                    }
                    own.push(m.actor);
                } else if force != Some(k)
                    && s.f(k) & (wc::DET | wc::POSS) == 0
                    && !s.is_modifier_word(k)
                {
                    return None;
                }
            }
            force?;
            // "ordered Israeli forces": the force's own actor when known.
            own.dedup();
            Some(if own.is_empty() {
                order.source.clone()
            } else {
                own
            })
        }
        _ => None,
    }
}

/// The first token of the determiners and modifier words right before
/// token `at` (down to `floor`) that name no actor: "its" of "its 19th
/// package", "the" of "the strike".
pub(super) fn bare_modifiers_start(s: &Sent, at: usize, floor: usize) -> usize {
    s.back_over(at, floor, |j| {
        (s.f(j) & wc::DET != 0 || s.is_modifier_word(j)) && s.mention_at(j).is_none()
    })
}

/// Whether the noun phrase whose head is at `ta` is the "of"/"about" object
/// of a passive participle ("had been informed of the strike", "was told
/// about the raid"): a "by" phrase after it names who informed or told, not
/// who struck.
pub(super) fn object_of_passive_participle(s: &Sent, ta: usize, floor: usize) -> bool {
    let k = bare_modifiers_start(s, ta, floor);
    if k < floor + 3 || !s.in_cold(k - 1, wc::TOLD_PREP) {
        return false;
    }
    let participle = k - 2;
    s.toks[participle].kind == TokenKind::Word
        && s.word(participle).ends_with("ed")
        && s.trig_at(participle).is_none()
        && aux_voice(s, participle) == Some(Voice::Passive)
}

/// Whether actor `a` is named after trigger end `from` as where something is
/// sent, "to X", followed by "to" and a verb of helping ("to Israel to help
/// monitor the truce", "to Haiti to support the police").
pub(super) fn sent_to_help(s: &Sent, a: usize, from: usize) -> bool {
    s.ments.iter().any(|m| {
        if m.actor != a || m.a < from + 1 || s.f(m.a - 1) & wc::TO == 0 {
            return false;
        }
        let end = s.group_right(m, s.n()).last().map_or(m.b, |g| g.b);
        end + 1 < s.n() && s.f(end) & wc::TO != 0 && s.names(end + 1, wc::ASSIST)
    })
}

/// Who is on the receiving end of the converse verb at `verb` ("Iran faces
/// sanctions from", "Poland's decision drew criticism from"): its subject,
/// or, when the subject phrase holds an act of its own ("Russia's decision
/// to invade Ukraine drew condemnation"), the possessor that opens it, whose
/// act is criticised; the act's object is no one's critic's target.
pub(super) fn converse_subject(
    s: &Sent,
    verb: usize,
    floor: usize,
    trigs: &[Trig],
    subject_at: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    let mut start = verb;
    while start > floor
        && !(s.punct(start - 1, ",")
            || s.hard_stop(start - 1)
            || s.f(start - 1) & (CUE | wc::THAT | wc::BAR | wc::REL) != 0)
    {
        start -= 1;
    }
    let possessor = s
        .mention_starting_at(start)
        .filter(|m| m.b < verb && s.is_possessive(m.b))
        .map(|m| actors_of(&s.group_right(m, m.b)));
    let act_in_subject = (start..verb).any(|k| s.trig_at(k).is_some_and(|u| !trigs[u].absorbed));
    match possessor {
        Some(p) => p,
        None if !act_in_subject => subject_at(verb),
        None => Vec::new(),
    }
}

/// One trigger's clause, what every argument rule of [`arguments`] reads: the
/// sentence and its triggers, the trigger and its index, the first token the
/// clause may reach back to, the claim it is reported in with its speaker and
/// content start, and the prepositions that may introduce its target. Built
/// once per trigger and passed by reference; the rules are its methods, here
/// (the subject, an affix, a passive), in `noun_arguments.rs` (an event noun)
/// and in `verb_arguments.rs` (an active verb).
pub(super) struct Clause<'a> {
    /// The sentence.
    pub(super) s: &'a Sent<'a>,
    /// The sentence's triggers (those before `i` have their arguments).
    pub(super) trigs: &'a [Trig],
    /// The trigger's index in `trigs`.
    pub(super) i: usize,
    /// The trigger, `trigs[i]`.
    pub(super) t: &'a Trig,
    /// The sentence's token count.
    pub(super) n: usize,
    /// The first token of the clause (the reported content's start, or 0).
    pub(super) floor: usize,
    /// The claim's speaker and content start, the last subject, the actors.
    pub(super) ctx: &'a Context<'a>,
    /// The claim the trigger is reported in.
    pub(super) claim: Option<&'a ClaimRecord>,
    /// The sentence's token at a byte offset.
    pub(super) tok_index: &'a dyn Fn(usize) -> usize,
    /// The prepositions that may introduce the target ([`target_preps`]).
    pub(super) target_preps: wc::Classes,
}

/// Source and target of trigger `i`, and whether the target is only a place:
/// an affix ("Iran-backed"), an event noun, a passive and an active verb each
/// take theirs by their own rules.
pub(super) fn arguments(
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    floor: usize,
    ctx: &Context,
    claim: Option<&ClaimRecord>,
    tok_index: &dyn Fn(usize) -> usize,
) -> (Vec<usize>, Vec<usize>, bool) {
    let t = &trigs[i];
    let c = Clause {
        s,
        trigs,
        i,
        t,
        n: s.n(),
        floor,
        ctx,
        claim,
        tok_index,
        target_preps: target_preps(s, t),
    };
    if t.pos == Pos::Affix {
        return c.affix_arguments();
    }
    if t.nominal {
        return c.noun_arguments();
    }
    if t.passive()
        || c.passive_after_passive()
        || c.bare_participle_of_patient()
        || c.reduced_relative_before_verb()
    {
        return c.passive_arguments();
    }
    c.verb_arguments()
}

/// The prepositions that introduce trigger `t`'s target: the target
/// prepositions, and for a verb those of a verb ("fired at Israel", not "the
/// strike at the direction of"); "for" after aid or support, "from" after a
/// withdrawal, a sanction or a verb's request; never "at" after an act of
/// cooperation, where it names the venue.
fn target_preps(s: &Sent, t: &Trig) -> wc::Classes {
    let mut target_preps = if t.nominal {
        wc::TPREP
    } else {
        wc::TPREP | wc::VPREP
    };
    match t.event_type {
        EventType::Aid | EventType::Support | EventType::Cooperate | EventType::Request => {
            target_preps |= wc::FOR
        }
        // "banned from the country", "an embargo on goods from Russia", but
        // "sanctions from the US" (right after the noun) name their doer.
        EventType::Sanction if t.nominal && s.f(t.tend) & wc::FROM != 0 => {}
        EventType::Retreat | EventType::Sanction | EventType::Coerce => target_preps |= wc::FROM,
        _ => {}
    }
    // "issued arrest warrants for two Brazilian men", "demanded prison for
    // the officers": a gapped arrest row's "for" phrase names whom the
    // arrest is sought of (a plain "arrested him for fraud" has its object
    // first, and no gapped row).
    if t.event_type == EventType::Coerce
        && !t.nominal
        && t.tend > t.tb
        && s.lex.is_some_and(|lex| lex.is_custody_mode(row_mode(s, t)))
    {
        target_preps |= wc::FOR;
    }
    // "paused millions of dollars in funding for the Cook Islands": a gapped
    // row that halts an aid noun of its own keeps the aid's "for" phrase,
    // whose beneficiary is whom the halt hits.
    if t.event_type == EventType::Sanction && !t.nominal && t.tend > t.tb {
        let halts_aid = s
            .lex
            .is_some_and(|lex| names_aid(lex, s.word(t.tend - 1), &mut String::new()));
        if halts_aid {
            target_preps |= wc::FOR;
        }
    }
    // "hosted a dinner for Abbas", "hosted a reception for the visiting
    // Emir": a hosted occasion's "for" phrase names the guest ("hosted a
    // fundraiser for Clinton" names whom the money is for) (events64's
    // convention: a social occasion hosted with its guest named is the
    // hosting of a visit, CONSULT; with no guest it is none,
    // `hosted_no_one`).
    if t.event_type == EventType::Consult
        && !t.nominal
        && hosts(s, t)
        && (t.ta..s.n().min(t.tb + 4)).any(|k| s.is_listed(k, wc::listed::OCCASION))
    {
        target_preps |= wc::FOR;
    }
    // "demanded autonomy from Serbian authorities", "sought aid from Japan":
    // a verb's request is made of whoever it is sought from (a noun's
    // "from" names who made it: "a demand from the US").
    if t.event_type == EventType::Request && !t.nominal {
        target_preps |= wc::FROM;
    }
    // "signed a peace framework at the White House", "met at the Kremlin":
    // an act of cooperation is not aimed "at" anyone; after it "at" names
    // the venue, which a capital's or a seat's name would read as its
    // state.
    if cooperative(t.event_type) {
        target_preps &= !wc::VPREP;
    }
    target_preps
}

/// Whether `word` is a form of a one-word AID row of the lexicon, noun or
/// verb ("aid", "assistance", "funding").
fn names_aid(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    lex.one_word_rows(word, buf).iter().any(|&(e, _)| {
        let entry = &lex.entries[e as usize];
        entry.tail.is_empty() && entry.event_type == Some(EventType::Aid)
    })
}

impl Clause<'_> {
    /// The subject before token `at` ([`subject_before`]) as actors: a
    /// people noun's owner is not who acted ("Mondlane aides attacked"), and
    /// a pronoun coordinated before the names ("he and President Sisi
    /// co-chaired") is one of the doers.
    pub(super) fn subject_at(&self, at: usize) -> Vec<usize> {
        let Clause {
            s,
            trigs,
            floor,
            ctx,
            ..
        } = *self;
        match subject_before(s, at, floor, trigs) {
            // "a NATO member has fired", "Mondlane aides attacked": the
            // owner of a people noun is not who acted. A nationality
            // adjective says who the people are ("Russian supporters
            // attacked"): they stay the state's.
            Subject::Found(g) => {
                let owned_by_name = g.iter().any(|m| {
                    s.entourage_after(m).is_some()
                        && !matches!(m.how, MentionHow::Alias(AliasKind::Adjective))
                });
                let mut who = if owned_by_name {
                    actors_of(&s.without_owners(g.clone()))
                } else {
                    actors_of(&g)
                };
                // "he and Egyptian President Sisi co-chaired": a subject
                // pronoun coordinated before the names is one of the doers.
                if let Some(first) = g.first().filter(|m| m.a >= floor + 2) {
                    let p = first.a - 2;
                    if s.f(first.a - 1) & wc::CONJ != 0 && s.f(p) & wc::PRON != 0 {
                        let mut pronoun = resolve_pronoun(s, p, ctx);
                        pronoun.retain(|a| !who.contains(a));
                        pronoun.append(&mut who);
                        who = pronoun;
                    }
                }
                who
            }
            Subject::Pronoun(p) => resolve_pronoun(s, p, ctx),
            Subject::None => Vec::new(),
        }
    }

    /// The doer of the trigger whose clause starts at token `at`: a gerund's
    /// own subject after a preposition, the subject a coordinated or serial
    /// predicate shares, the denier of a denied gerund, an infinitive's
    /// controller, else the subject right before it ([`Clause::subject_at`]).
    pub(super) fn subject(&self, at: usize) -> Vec<usize> {
        self.gerund_own_subject(at)
            .or_else(|| self.opening_participle_doer(at))
            .or_else(|| self.coordinated_subject(at))
            .or_else(|| self.denied_gerund_subject(at))
            .or_else(|| self.infinitive_subject(at))
            .unwrap_or_else(|| self.subject_at(at))
    }

    /// The main clause's subject as the doer of an -ing verb opening the
    /// sentence ([`opening_participle_subject`]).
    fn opening_participle_doer(&self, at: usize) -> Option<Vec<usize>> {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        let t = &trigs[i];
        if t.form != Form::Ing || !t.is_verb() || at != t.ta {
            return None;
        }
        // "A statement condemning Israel was issued by the EU": the passive
        // issuer's act; "In a statement condemning Israel, the EU said": the
        // main clause's subject's, as after an opening participle.
        if t.ta > 0 {
            if let Some(by) = passive_issuer_by(s, t.ta) {
                return agent_after(s, by, trigs).map(|g| actors_of(&g));
            }
            if floor == 0 && opening_statement(s, t.ta - 1) {
                return opening_participle_subject(s, 0, t.tend, floor).map(|g| actors_of(&g));
            }
        }
        opening_participle_subject(s, t.ta, t.tend, floor).map(|g| actors_of(&g))
    }

    /// A name right before a gerund that is the object of a preposition
    /// taking a clause is the gerund's own subject.
    fn gerund_own_subject(&self, at: usize) -> Option<Vec<usize>> {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        // "objected to Ukraine opening an investigation", "criticised the
        // shift, with Foreign Minister Safadi warning of consequences": a
        // name right before a gerund, as the object of a preposition that
        // can take a clause, is the gerund's own subject; the clause's
        // subject further back is not its doer.
        if trigs[i].form == Form::Ing && trigs[i].is_verb() && at > floor + 1 {
            if let Some(m) = s.mention_ending_at(at - 1) {
                let (intro, by) = s.intro_of(m.a, floor);
                if intro != 0 && intro & wc::LOC == 0 && s.names(by, wc::GERUND_SUBJECT) {
                    return Some(actors_of(&s.group_left(m, floor)));
                }
            }
        }
        None
    }

    /// A second predicate of the same subject ("X attacked A and killed B",
    /// ", killing 20 people", "..., but was still refusing", a series of
    /// finite verbs after commas, a gerund of means after "by"): the subject
    /// of the predicate before it, `None` when no such predicate is found.
    fn coordinated_subject(&self, at: usize) -> Option<Vec<usize>> {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        // "X attacked A and killed B": the second verb shares X.
        // "and has refused", "but was still refusing", "and did not
        // attack": over auxiliaries and negation.
        let mut k =
            s.back_over_classes(at, floor, wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG);
        // ", publicly threatening them": a manner adverb between the comma
        // and the participle still leaves a participle clause.
        if trigs[i].form == Form::Ing {
            k = s.back_over(k, floor, |j| s.is_ly_adverb(j));
        }
        // "Ships fired at the boats and one rammed a vessel", "and some
        // attacked the embassy": a bare quantifier right after the
        // conjunction, with no noun of its own, is a part of the first
        // predicate's subject; the conjunction then joins two predicates of
        // that subject.
        if k > floor + 1
            && s.f(k - 1) & wc::DET != 0
            && s.f(k - 2) & wc::CONJ != 0
            && s.mention_at(k - 1).is_none()
            && trigs[i].is_verb()
        {
            k -= 1;
        }
        // ", killing 20 people": a participle clause shares the main subject;
        // so do the participles that spell out, after a colon, what the
        // clause before it did ("pressed its campaign: striking Hezbollah
        // and killing Hamas leaders").
        let ing_clause = trigs[i].form == Form::Ing
            && k > floor
            && (s.punct(k - 1, ",") || (s.punct(k - 1, ":") && trigs[i].is_verb()));
        // "violated UN resolutions by launching a missile": a gerund after
        // "by" is the means of the verb before it, done by that verb's
        // subject, not by a name in its object.
        let means_gerund = k > floor && s.f(k - 1) & wc::BY != 0 && s.word(k).ends_with("ing");
        if means_gerund {
            if let Some(source) = self.means_gerund_subject(k) {
                return Some(source);
            }
        }
        // "..., but was still refusing": a subordinator right before the
        // verb, with no subject of its own in between, joins a second
        // predicate of the same subject. Without the comma only a linking
        // word (`sentence_link`: "but", "so") before a finite verb does
        // ("welcomed the proposal but rejected the offer", "ran out of
        // fuel so turned back"): after another subordinator the word may be
        // a noun or a modifier ("policies critics see as abuses", "after
        // armed clashes").
        let linked_finite_verb = trigs[i].is_verb()
            && matches!(trigs[i].form, Form::Past | Form::S)
            && trigs[i].voice != Voice::Reduced
            && k == at
            && k > floor
            && s.in_cold(k - 1, wc::SENTENCE_LINK);
        let bar_predicate = k > floor + 1
            && s.f(k - 1) & wc::BAR != 0
            && (s.punct(k - 2, ",") || linked_finite_verb);
        // "The junta expelled French forces, tore up the agreement and
        // welcomed Russian instructors": a finite verb right after a comma,
        // with no subject of its own, is the next predicate of a series;
        // the words before the comma are the first verb's object.
        // A set-off relative clause before the comma ("Turkey, which Sweden
        // accused of blocking its bid, met") is no first predicate: the verb
        // after it is the main clause's, whose subject is the antecedent.
        let series_predicate = trigs[i].is_verb()
            && trigs[i].form == Form::Past
            && trigs[i].voice != Voice::Reduced
            && k > floor
            && s.punct(k - 1, ",")
            && !closes_relative_clause(s, k - 1, floor);
        if k > floor
            && (s.f(k - 1) & wc::CONJ != 0 || ing_clause || bar_predicate || series_predicate)
        {
            return self.previous_predicate_subject(at, k, ing_clause);
        }
        None
    }

    /// "violated UN resolutions by launching a missile": a gerund after "by"
    /// at token `k` is the means of the active verb before it, done by that
    /// verb's subject, when only the verb's plain object stands between.
    fn means_gerund_subject(&self, k: usize) -> Option<Vec<usize>> {
        let Clause { s, trigs, i, .. } = *self;
        let active_verb = |p: &&Trig| p.is_verb() && p.tend < k && !p.passive();
        if let Some(prev) = trigs[..i].iter().rev().find(active_verb) {
            // Only across the verb's plain object: no other event, no
            // preposition or clause word ("accused Russia of violating
            // the law by launching" is Russia's act, not the accuser's).
            let plain_object = (prev.tend..k - 1).all(|x| {
                s.trig_at(x).is_none()
                    && s.f(x) & (PREPS | wc::THAT | wc::BAR | wc::REL) == 0
                    && !s.hard_stop(x)
                    && !s.punct(x, ",")
            });
            if plain_object && !prev.source.is_empty() {
                return Some(prev.source.clone());
            }
        }
        None
    }

    /// The subject of the main predicate before the conjunction, comma or
    /// subordinator at token `k - 1` that opens the trigger's predicate
    /// (`at` its start; `ing_clause` when it is a participle clause after a
    /// comma): that predicate's source (its target when passive), or the
    /// subject of a main verb that is no event.
    fn previous_predicate_subject(
        &self,
        at: usize,
        k: usize,
        ing_clause: bool,
    ) -> Option<Vec<usize>> {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        // The main clause's verb, not a participle modifying a noun in
        // its object ("opened its borders to West Africans ordered out
        // of Nigeria, but was still refusing").
        // "has accused the United States of preparing an invasion and has
        // called up militia volunteers", "called on the UN to condemn
        // the crime, and held Washington responsible": a finite verb
        // after "and" joins the finite predicate, not a gerund or an
        // infinitive inside that predicate's object, whose doer may be
        // the object.
        let finite_here = s.f(k - 1) & wc::CONJ != 0
            && trigs[i].is_verb()
            && matches!(trigs[i].form, Form::Past | Form::S)
            && !(at > floor && s.f(at - 1) & wc::TO != 0);
        let complement = |p: &Trig| {
            p.ta > floor
                && ((p.form == Form::Ing && s.f(p.ta - 1) & PREPS != 0)
                    || (p.form == Form::Base && s.f(p.ta - 1) & wc::TO != 0))
        };
        let main_verb = |p: &&Trig| {
            p.is_verb()
                && p.tend < k
                && p.voice != Voice::Reduced
                && !(finite_here && complement(p))
        };
        if let Some(prev) = trigs[..i].iter().rev().find(main_verb) {
            if finite_here && !prev.passive() {
                if let Some(doers) = relative_clause_continued(s, prev, k - 1, floor) {
                    return Some(doers);
                }
            }
            // A deployed force is the source of its passive verb (see
            // `arguments`), and the subject shared with what follows.
            // "was attacked by Burundian militiamen armed with machetes,
            // killing 156 people": a participle clause of result after a
            // passive is the agent's act, not the patient's.
            let agent_result = ing_clause && !prev.source.is_empty();
            let args = if prev.passive() && prev.event_type != EventType::Mobilize && !agent_result
            {
                &prev.target
            } else {
                &prev.source
            };
            // "accused China of a cyberattack that may have accessed
            // voters' data, and sanctioned two individuals": a relative
            // "that" after the object's noun opens no new subject.
            let relative_that = |x: usize| {
                x > prev.tend
                    && s.f(x) & wc::THAT != 0
                    && s.f(x - 1) & CUE == 0
                    && s.trig_at(x - 1).is_none()
                    && (s.is_modifier_word(x - 1)
                        || s.mention_ending_at(x - 1).is_some()
                        || is_upper_start(s.word(x - 1)))
            };
            // "has struck hundreds of targets in Syria since Sunday and
            // moved troops": a subordinator before time words alone
            // ("since Sunday", "after 2019") is a preposition of time,
            // no clause with a subject of its own. (A capitalised word
            // mid-sentence was not looked up: it counts as a date word
            // unless it names an actor; a verb after it ends the run.)
            let time_word = |y: usize| {
                s.f(y) & wc::SKIP != 0
                    || s.toks[y].kind == TokenKind::Number
                    || (is_upper_start(s.word(y)) && s.mention_at(y).is_none())
            };
            let time_phrase = |x: usize| {
                let mut y = x + 1;
                while y + 1 < k && time_word(y) {
                    y += 1;
                }
                s.f(x) & wc::BAR != 0 && y > x + 1 && (y + 1 == k || s.f(y) & PREPS != 0)
            };
            // "ordered out of Nigeria as illegal aliens, but was still
            // refusing": "as" before a short noun phrase that runs to the
            // comma is a predicate of the object, no clause with a subject
            // of its own ("as tensions rose" would share the main subject
            // all the same). A pronoun, name or event word after "as" ("as
            // he fled", "as Russia attacked") makes it a clause.
            let as_predicate = |x: usize| {
                let plain = |y: usize| s.f(y) & wc::DET != 0 || s.is_modifier_word(y);
                s.is(x, "as")
                    && k >= x + 4
                    && s.punct(k - 2, ",")
                    && k - x - 3 <= AS_PREDICATE_WORDS
                    && (x + 1..k - 2).all(plain)
            };
            let clean = (prev.tend..k - 1).all(|x| {
                (s.f(x) & (wc::THAT | wc::BAR) == 0
                    || relative_that(x)
                    || time_phrase(x)
                    || as_predicate(x))
                    && !s.hard_stop(x)
            });
            if clean {
                // Even when unknown: the words in between are the first
                // verb's object, not this one's subject.
                return Some(args.clone());
            }
        } else if let Some(&verb) = s
            .ruled_out_verbs
            .iter()
            .rev()
            .find(|&&v| ing_clause && v >= floor && v < k)
        {
            // The main verb is no event ("Floods ravaged the coast,
            // killing three"): the participle shares its subject, if
            // any, never its object.
            return Some(self.subject_at(verb));
        } else if ing_clause {
            // No event verb before it at all ("Trump has injected drama
            // into talks with partners, including Japan, publicly
            // threatening them"): the clause's own subject, never a name
            // in its object.
            return self.participle_clause_owner(k);
        }
        None
    }

    /// Whose participle clause opens at token `k` when no event verb
    /// precedes it and the name nearest before it stands in a phrase after
    /// a preposition (with the list it ends: "talks with partners,
    /// including Japan, Canada and Mexico, publicly threatening ..."), so
    /// is an object, not the doer: the antecedent of a relative clause that
    /// runs up to the participle ("the Trump administration that at last
    /// fulfilled their agendas: ending the reset, ..."), else the names
    /// that open the clause with no preposition before them, past a
    /// dateline ("Trump has injected drama into talks ..."), or the subject
    /// pronoun that opens it, named back. `None` when
    /// the nearest name is no such object, or neither doer is there: the
    /// subject search before the participle decides, as it did.
    fn participle_clause_owner(&self, k: usize) -> Option<Vec<usize>> {
        let Clause { s, floor, .. } = *self;
        let end = k - 1;
        let nearest = (floor..end).rev().find_map(|q| s.mention_ending_at(q))?;
        let first = list_start(s, nearest, floor);
        // Past a dateline's place ("RAWALPINDI, May 10 (APP): The armed
        // forces of Pakistan launched ...").
        let mut q = floor;
        let dateline_end = self.dateline_end();
        while q < end && s.toks[q].start < dateline_end {
            q += 1;
        }
        // A place in capitals set off by punctuation ("RAWALPINDI, May 10
        // (APP):") is a dateline the text layer did not mark; no subject.
        let dateline_place = |m: &M| {
            let w = s.word(m.a);
            w.len() > 4
                && w.chars().all(|c| !c.is_lowercase())
                && m.b < s.n()
                && s.toks[m.b].kind != TokenKind::Word
        };
        let opening = s
            .mention_from(q)
            .copied()
            .filter(|m| m.a <= first && s.intro_of(m.a, q).0 == 0 && !dateline_place(m));
        if s.intro_of(first, floor).0 == 0 {
            // The nearest names are a subject; the clause's own when they
            // open it ("Russia pressed its campaign: striking ...").
            return opening
                .filter(|m| m.a == first)
                .map(|m| list_from(s, m, end));
        }
        // "fulfilled their agendas: ending the reset, upping sanctions,
        // killing ...": the participle may be a later item of a list after
        // a colon; the relative clause runs up to that colon, and the
        // items before this one (commas between them) are not its words.
        // Only after a colon with no other stop between it and the
        // participle.
        let list_colon = (floor..end)
            .rev()
            .take_while(|&x| !s.punct(x, ";") && !s.punct(x, "—"))
            .find(|&x| s.punct(x, ":"))
            .unwrap_or(end);
        let runs_to_end =
            |from: usize| (from..list_colon).all(|x| !s.punct(x, ",") && !s.hard_stop(x));
        let antecedent = (floor..end)
            .rev()
            .filter_map(|q| s.mention_ending_at(q))
            .find(|m| m.b < list_colon && s.f(m.b) & (wc::THAT | wc::REL) != 0 && runs_to_end(m.b));
        if let Some(m) = antecedent {
            return Some(actors_of(&s.group_left(m, floor)));
        }
        if let Some(m) = opening {
            return Some(list_from(s, m, end));
        }
        // "He has injected similar drama into trade talks with partners,
        // including Japan, publicly threatening them": a subject pronoun
        // opening the clause, named back.
        let pronoun = q < end && s.f(q) & wc::PRON != 0 && s.f(q) & wc::POSS == 0;
        let named = if pronoun {
            resolve_pronoun(s, q, self.ctx)
        } else {
            Vec::new()
        };
        (!named.is_empty()).then_some(named)
    }

    /// The byte where a dateline opening the sentence ends (0 when none).
    fn dateline_end(&self) -> usize {
        let s = self.s;
        let here = s.toks.first().map_or(0, |t| t.start);
        s.datelines
            .iter()
            .find(|d| d.start <= here && here < d.end)
            .map_or(0, |d| d.end)
    }

    /// "Hezbollah denied | firing rockets": a gerund opening a denial's
    /// content is the denier's own act, as "deny" takes no other doer.
    fn denied_gerund_subject(&self, at: usize) -> Option<Vec<usize>> {
        let Clause {
            trigs,
            i,
            ctx,
            claim,
            ..
        } = *self;
        let denial = claim.is_some_and(|c| c.stance == Stance::Deny);
        if denial && trigs[i].form == Form::Ing && ctx.content_start == Some(at) {
            if let Some(speaker) = ctx.claim_speaker {
                return Some(vec![speaker]);
            }
        }
        None
    }

    /// "Iran sent troops to attack", "urged Iran to stop": an infinitive's
    /// subject is the governing verb's subject, or its object for verbs that
    /// ask or allow; an infinitive that is the reported content itself is the
    /// speaker's act.
    fn infinitive_subject(&self, at: usize) -> Option<Vec<usize>> {
        let Clause {
            s, trigs, i, ctx, ..
        } = *self;
        if let Some(to) = infinitive_to(s, at) {
            // "Obama wants | to attack Switzerland": an infinitive that is
            // the reported content itself is the speaker's act (the subject
            // search stops at the content's start). A governed infinitive
            // ("refused | to discuss") is left to its governor, which lends
            // it its own subject.
            if let (Some(speaker), Some(cs)) = (ctx.claim_speaker, ctx.content_start) {
                if cs == to && trigs[i].governor.is_none() {
                    return Some(vec![speaker]);
                }
            }
            if let Some(owner) = self.owner_of_noun_before(to) {
                return Some(owner);
            }
            if let Some(caller) = self.caller_before(to) {
                return Some(caller);
            }
            if let Some(prev) = trigs[..i]
                .iter()
                .rev()
                .find(|p| p.is_verb() && p.tend <= to)
            {
                // "push back protesters who tried to storm the palace": a
                // relative pronoun in between opens a clause of its own,
                // whose subject is its antecedent, not the verb's subject.
                let clean = (prev.tend..to).all(|x| {
                    s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0
                        && !s.hard_stop(x)
                        && !s.punct(x, ",")
                });
                if clean {
                    let object_control =
                        prev.class == Class::Direct || prev.event_type == EventType::Concede;
                    if object_control {
                        if let Some(m) = (prev.tend..to).rev().find_map(|x| s.mention_ending_at(x))
                        {
                            return Some(actors_of(&s.group_left(m, prev.tend)));
                        }
                    }
                    let args = if prev.passive() {
                        &prev.target
                    } else {
                        &prev.source
                    };
                    if !args.is_empty() {
                        return Some(args.clone());
                    }
                }
            }
        }
        None
    }

    /// The owner of the plain noun that an infinitive's "to" (at `to`)
    /// follows: "hailed Britain's vote to leave the EU", "praised Iran's
    /// historic offer to free the crew". The vote and the offer are the
    /// owner's, so the act they name is done by it, not by the clause's
    /// subject or a verb's object. A noun that is an event trigger of its
    /// own ("Putin's invitation to visit") keeps its own reading, and a
    /// people noun ("urged Trump's aides to resign") names the doers
    /// themselves, not their owner.
    fn owner_of_noun_before(&self, to: usize) -> Option<Vec<usize>> {
        let Clause { s, floor, .. } = *self;
        let head = to.checked_sub(1).filter(|&h| h > floor)?;
        // The head noun may be a word of a class of its own ("vote" is an
        // `aspect` verb too), but no clause word, name or trigger.
        let clause_word = PREPS
            | wc::TO
            | wc::THAT
            | wc::REL
            | wc::BAR
            | wc::CONJ
            | wc::AUX
            | wc::BE
            | wc::HAVE
            | wc::DET
            | wc::POSS
            | wc::PRON
            | wc::NEG
            | wc::ENTOURAGE;
        let plain_noun = s.toks[head].kind == TokenKind::Word
            && s.word(head).starts_with(|c: char| c.is_lowercase())
            && s.f(head) & clause_word == 0
            && s.mention_at(head).is_none()
            && s.trig_at(head).is_none();
        if !plain_noun {
            return None;
        }
        let first = s.back_over_at_most(head, floor, 3, |j| s.is_modifier_word(j));
        let marker = first.checked_sub(1).filter(|&k| k > floor)?;
        if !s.is_possessive(marker) {
            return None;
        }
        let owner = s.mention_ending_at(marker - 1)?;
        Some(actors_of(&s.group_left(owner, floor)))
    }

    /// The doers of a call whose object ends right before the infinitive's
    /// "to" at `to`: "Macron called Aoun to congratulate him", "phoned
    /// the emir to thank him". The infinitive says what the call was for,
    /// so the caller does it, not the one called (who would be a
    /// request's addressee: "urged Aoun to resign", a trigger of its own).
    /// `None` when no `call_verb` stands right before the object's phrase
    /// ("called on Aoun to resign" has a preposition there) or its subject
    /// is unknown.
    pub(super) fn caller_before(&self, to: usize) -> Option<Vec<usize>> {
        let Clause { s, floor, .. } = *self;
        let verb = s.call_verb_before_object(to, floor)?;
        if s.trig_at(verb).is_some() {
            return None;
        }
        Some(self.subject_at(verb)).filter(|caller| !caller.is_empty())
    }

    /// Whether the trigger is a past participle joined by "and"/"or" to a
    /// passive verb before it and followed by an agent of its own: "should
    /// be impeached by the House and removed from office by the Senate".
    /// The auxiliary of the first participle serves both, so the second is
    /// passive too, whose subject is the first one's and whose agent is its
    /// own "by" phrase. Without a "by" right after it the second verb may
    /// be active ("were attacked and fired back").
    fn passive_after_passive(&self) -> bool {
        let Clause { s, t, floor, .. } = *self;
        if !t.is_verb() || t.form != Form::Past || s.f(t.tend) & wc::BY == 0 {
            return false;
        }
        let k = s.back_over_classes(t.ta, floor, wc::SKIP | wc::NEG);
        self.joined_to_passive_before(k, 0)
    }

    /// Whether the word before token `k` (where the trigger's own words
    /// start) is "and"/"or" joining it to the nearest verb trigger before,
    /// which is passive, with nothing between them that opens another
    /// clause or verb group: no trigger, no comma or hard stop, and no word
    /// of a clause class ("that", relatives, conjunctions) or of `blockers`.
    fn joined_to_passive_before(&self, k: usize, blockers: wc::Classes) -> bool {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        if k <= floor || s.f(k - 1) & wc::CONJ == 0 {
            return false;
        }
        let between = wc::THAT | wc::BAR | wc::REL | wc::CONJ | blockers;
        trigs[..i]
            .iter()
            .rev()
            .find(|p| p.is_verb() && p.tend < k)
            .is_some_and(|p| {
                p.voice == Voice::Passive
                    && (p.tend..k - 1).all(|x| {
                        s.trig_at(x).is_none()
                            && s.f(x) & between == 0
                            && !s.hard_stop(x)
                            && !s.punct(x, ",")
                    })
            })
    }

    /// Whether the trigger is a bare past participle of a verb that needs
    /// its patient (`patient` in events-words.tsv: "killed", "arrested",
    /// "shot"), right after a noun phrase that opens its clause and with no
    /// object after it: "US Chinook helicopter shot down and completely
    /// destroyed last night", "Ukrainian soldier killed in Kharkiv". A
    /// headline drops the auxiliary of its passive, so the noun phrase is
    /// whom it was done to; the active would name its object ("Russian
    /// troops shot down a helicopter"), and a verb that needs none
    /// ("clashed", "fought") stays active. The same holds for the second
    /// participle of "was evicted in April and sentenced to 50 weeks", whose
    /// auxiliary the first one's serves.
    fn bare_participle_of_patient(&self) -> bool {
        let Clause { s, t, floor, .. } = *self;
        if !t.is_verb()
            || t.form != Form::Past
            || t.tend != t.tb
            || s.f(t.ta) & wc::PATIENT == 0
            || aux_voice(s, t.ta).is_some()
            || !self.no_object_after(t.tend)
        {
            return false;
        }
        if let Some(np_start) = self.subject_phrase_before() {
            return s.mention_at(t.ta - 1).is_some()
                || (np_start..t.ta).any(|j| s.mention_at(j).is_some());
        }
        // "was evicted in April and sentenced to": coordinated with a passive
        // verb before it, with no verb of another voice in between.
        let k = s.back_over(t.ta, floor, |j| {
            s.f(j) & (wc::SKIP | wc::NEG) != 0 || s.is_ly_adverb(j)
        });
        self.joined_to_passive_before(k, wc::BE | wc::HAVE | wc::AUX)
    }

    /// The first token of the noun phrase right before the trigger when
    /// that phrase opens the clause (over an opening quote), or is the "of"
    /// phrase of the one that does ("The number of Palestinians killed in
    /// Gaza had passed 30,000", "The families of soldiers killed in the raid
    /// met Jones": the participle tells what was done to the people the
    /// head counts or belongs to). A capitalised word of no class is a name
    /// the actor pass left unresolved ("US Chinook helicopter").
    fn subject_phrase_before(&self) -> Option<usize> {
        let Clause { s, t, floor, .. } = *self;
        let np_before = |end: usize| {
            s.back_over(end, floor, |j| {
                (s.is_np_word(j) && !s.is_punct(j)) || (s.unresolved_name_at(j) && s.f(j) == 0)
            })
        };
        let opens_clause =
            |start: usize| start == floor || (start == floor + 1 && s.is_quote_or_bracket(floor));
        let np_start = np_before(t.ta);
        if np_start == t.ta {
            return None;
        }
        if opens_clause(np_start) {
            return Some(np_start);
        }
        let of = np_start.checked_sub(1).filter(|&k| s.f(k) & wc::OF != 0)?;
        let head_start = np_before(of);
        (head_start < of && opens_clause(head_start)).then_some(np_start)
    }

    /// Whether the trigger is a past participle with no auxiliary right after
    /// the noun phrase that opens its clause, followed by a preposition
    /// ("for", "in", "during", "by") whose phrase runs on into the clause's
    /// finite verb: a reduced relative on the noun, whose act was done to it
    /// ("The civilians imprisoned for protesting were released", "Iran's
    /// hardliners jailed for years criticized the deal", "Syrian soldiers
    /// attacked in the raid were taken to hospital"). The clause's verb is
    /// the later one. The active has its object after the verb ("The
    /// civilians imprisoned the guards") or after a short adjunct ("Iran
    /// executed on Saturday a man convicted of spying"), or no later verb at
    /// all ("Russian troops attacked in eastern Ukraine on Monday"); a later
    /// verb past a comma, a coordinator, a subordinator or a relative word
    /// belongs to another clause ("attacked during the night and seized the
    /// town").
    fn reduced_relative_before_verb(&self) -> bool {
        let Clause { s, n, t, trigs, .. } = *self;
        let next = t.tend;
        if !t.is_verb()
            || t.form != Form::Past
            || t.tend != t.tb
            || next >= n
            || s.f(next) & (PREPS & !wc::OF) == 0
            || s.f(next) & (wc::TO | wc::BAR) != 0
            || aux_voice(s, t.ta).is_some()
            || self.subject_phrase_before().is_none()
        {
            return false;
        }
        let clause_end = wc::CONJ | wc::REL | wc::THAT | wc::BAR;
        // A wh-word opens a clause of its own ("asked on social media how
        // mediation could succeed"): asked only once a verb is found.
        let no_wh_before = |j: usize| {
            s.lex.is_none_or(|lex| {
                (next + 1..j).all(|k| {
                    lex.claim_words.exact(s.word(k)) & sitrep_claims::words::WH_OPENER == 0
                })
            })
        };
        for j in next + 1..n.min(next + OBJECT_WINDOW) {
            if s.hard_stop(j) || (s.is_punct(j) && !s.is_quote_or_bracket(j)) {
                return false;
            }
            let f = s.f(j);
            let finite_verb = f & (wc::AUX | wc::BE | wc::HAVE) != 0
                || s.trig_at(j).and_then(|u| trigs.get(u)).is_some_and(|u| {
                    u.is_verb() && u.ta == j && matches!(u.form, Form::Past | Form::S)
                });
            if finite_verb {
                return no_wh_before(j);
            }
            // A determiner or number that no preposition introduces opens
            // the verb's object ("executed on Saturday a man").
            let starts_object =
                f & wc::DET != 0 || s.word(j).starts_with(|c: char| c.is_ascii_digit());
            if f & clause_end != 0 || (starts_object && s.f(j - 1) & (PREPS | wc::POSS) == 0) {
                return false;
            }
        }
        false
    }

    /// Whether no object starts at token `k` after a participle: the
    /// clause ends, or a preposition, a time word or "by" follows
    /// ("killed in", "sentenced to", "arrested for", "shot down yesterday"),
    /// over a participle coordinated with it ("shot down and completely
    /// destroyed last night"; "killed and wounded 12 people" has one). A
    /// target preposition ("shot at", "fired on") may be the verb's own.
    fn no_object_after(&self, mut k: usize) -> bool {
        let Clause { s, n, t, .. } = *self;
        // After a phrasal verb's particle ("shot down over Hanoi") the
        // object would come first; a preposition there names a place.
        let particle = t.tb > t.ta + 1;
        loop {
            if k >= n || s.hard_stop(k) || (s.is_punct(k) && !s.is_quote_or_bracket(k)) {
                return true;
            }
            let f = s.f(k);
            if f & (wc::TPREP | wc::VPREP) != 0 && f & wc::TO == 0 {
                return particle && !self.object_after_adjunct(k);
            }
            if f & (wc::LOC | wc::PREP | wc::BY | wc::TO | wc::FOR | wc::OF | wc::FROM | wc::SKIP)
                != 0
            {
                return !self.object_after_adjunct(k);
            }
            if f & wc::CONJ == 0 {
                return false;
            }
            // "and completely destroyed": over the adverbs to a participle.
            let mut j = k + 1;
            while j < n && s.is_ly_adverb(j) {
                j += 1;
            }
            if j >= n || !s.word(j).ends_with("ed") || s.mention_at(j).is_some() {
                return false;
            }
            k = j + 1;
        }
    }

    /// Whether an object follows a short adjunct that starts at token `k`
    /// after a participle: an active verb may put its adjunct first ("a
    /// court sentenced in absentia 12 men", "Iran executed on Saturday a
    /// man", "forces arrested at dawn 15 people"), as wire and translated
    /// news often do. A number or determiner within the next three words
    /// that no preposition introduces starts that object; one right after a
    /// preposition is the adjunct's own ("killed in a strike", "sentenced to
    /// 50 weeks").
    fn object_after_adjunct(&self, k: usize) -> bool {
        let Clause { s, n, .. } = *self;
        let preps = wc::LOC | wc::PREP | wc::TPREP | wc::VPREP | wc::BY | wc::TO | wc::FOR;
        for j in k + 1..n.min(k + 4) {
            if s.hard_stop(j) || (s.is_punct(j) && !s.is_quote_or_bracket(j)) {
                return false;
            }
            let starts_object =
                s.f(j) & wc::DET != 0 || s.word(j).starts_with(|c: char| c.is_ascii_digit());
            if starts_object && s.f(j - 1) & (preps | wc::OF | wc::FROM) == 0 {
                return true;
            }
        }
        false
    }

    /// "Iran-backed Houthis": the prefix is the source, the noun after the
    /// trigger (over modifiers) the target.
    pub(super) fn affix_arguments(&self) -> (Vec<usize>, Vec<usize>, bool) {
        let Clause { s, t, n, .. } = *self;
        let source: Vec<usize> = s
            .mention_at(t.ta)
            .map(|m| m.actor)
            .or_else(|| s.qualifier_at(t.ta))
            .map(|a| vec![a])
            .unwrap_or_default();
        let mut k = t.ta + 1;
        while k < n && s.is_modifier_word(k) {
            k += 1;
        }
        let target = s
            .mention_starting_at(k)
            .map(|m| actors_of(&s.group_right(m, n)))
            .unwrap_or_default();
        (source, target, false)
    }

    /// A passive verb: its subject (or, for a reduced participle, the noun it
    /// hangs on) is the target, the agent after "by" the source; a deployed
    /// force is the side that mobilises; with no subject, a place after it
    /// is the target.
    pub(super) fn passive_arguments(&self) -> (Vec<usize>, Vec<usize>, bool) {
        let Clause {
            s, trigs, t, floor, ..
        } = *self;
        let target = if t.voice == Voice::Reduced {
            self.reduced_participle_target()
        } else {
            let target = self.subject(t.ta);
            if target.is_empty() {
                match subject_before_with(
                    s,
                    t.ta,
                    floor,
                    trigs,
                    wc::LOC | wc::OF | wc::FROM | wc::FOR,
                ) {
                    Subject::Found(g) => actors_of(&g),
                    _ => target,
                }
            } else {
                target
            }
        };
        let mut source = agent_after(s, t.tend, trigs)
            .map(|g| actors_of(&g))
            .unwrap_or_default();
        // "We declare the tyrant Bashar al-Assad overthrown": who declares
        // the act done in its small clause is taken to have done it.
        if source.is_empty() && t.voice == Voice::Reduced {
            if let Some(verb) = declaring_verb_of_small_clause(s, t) {
                source = self
                    .subject(verb)
                    .into_iter()
                    .filter(|a| !target.contains(a))
                    .collect();
            }
        }
        // "Putin was received with an honour guard in Ulaanbaatar": a visitor
        // received with no host named is the guest of the state he is
        // received in.
        if source.is_empty() && !target.is_empty() && hosts(s, t) {
            source = self.host_state_of_reception(&target);
        }
        // "the army had been deployed to support the police": the force
        // that is deployed or mobilised is the side that mobilises (or the
        // one that deploys it, named after "by"); a purpose clause after it
        // names no target.
        if t.event_type == EventType::Mobilize && !target.is_empty() {
            let doer = if source.is_empty() { target } else { source };
            return (doer, Vec::new(), false);
        }
        // "Talks were mediated by Turkey between Israel and Iran": a
        // mediation or hosting told in the passive is aimed at the sides of
        // a "between" phrase after it, as the active one is ("Turkey
        // mediated talks between Israel and Iran").
        if target.is_empty() && hosts_or_mediates(s, t) {
            let sides = self.between_after_passive();
            if !sides.is_empty() {
                return (source, sides, false);
            }
        }
        // "was killed in Gaza": a place target when the subject is unknown.
        if target.is_empty() {
            let place = object_after(s, t.tend, t.tend, false, 0, trigs)
                .map(|(g, _)| actors_of(&g))
                .unwrap_or_default();
            let has = !place.is_empty();
            return (source, place, has);
        }
        (source, target, false)
    }

    /// The sides of a "between" phrase in the passive verb's clause after
    /// it, over its agent and adverbs ("were mediated by Turkey between
    /// Israel and Iran"); empty when a clause word, a comma or a hard stop
    /// comes first.
    fn between_after_passive(&self) -> Vec<usize> {
        let Clause { s, trigs, t, .. } = *self;
        let end = s.n().min(t.tend + OBJECT_WINDOW);
        for k in t.tend..end {
            if s.is(k, "between") {
                return between_sides(s, k + 1, trigs);
            }
            if s.hard_stop(k)
                || s.punct(k, ",")
                || s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) != 0
                || s.trig_at(k).is_some()
            {
                break;
            }
        }
        Vec::new()
    }

    /// The state that hosts a visitor (`guests`) received with no host
    /// named: the state of a place named after the verb ("was received in
    /// Ulaanbaatar", "was welcomed to Beijing"), else of the place that
    /// datelines the sentence's paragraph or the last dateline before it
    /// ("ULAANBAATAR - ... Putin was received with an honour guard"); none
    /// when that state is a guest's own ("was received in Moscow" after a
    /// trip home).
    fn host_state_of_reception(&self, guests: &[usize]) -> Vec<usize> {
        let Clause {
            s, trigs, t, ctx, ..
        } = *self;
        let state = |a: usize| {
            ctx.actors
                .actors
                .get(a)
                .filter(|x| x.kind == ActorKind::Country)
                .map(|_| a)
        };
        let place = object_after(s, t.tend, t.tend, false, 0, trigs)
            .filter(|(_, intro)| *intro & (wc::LOC | wc::TO) != 0)
            .and_then(|(g, _)| g.first().and_then(|m| state(m.actor)));
        let host = place.or_else(|| {
            let here = s.toks.get(t.ta).map_or(0, |x| x.start);
            dateline_before(s, ctx.actors, here).and_then(state)
        });
        let country = |a: usize| ctx.actors.actors.get(a).and_then(|x| x.country.as_deref());
        match host {
            Some(h) if guests.iter().all(|&g| country(g) != country(h)) => vec![h],
            _ => Vec::new(),
        }
    }

    /// The target of a reduced passive participle: only the noun it hangs on
    /// ("Hamas and Hezbollah, armed by"; "a lunch hosted by" has none), over
    /// a coordinated participle, or the name the noun before it stands in
    /// apposition to ("Soleimani, the commander killed in").
    fn reduced_participle_target(&self) -> Vec<usize> {
        let Clause { s, t, floor, .. } = *self;
        // Only the noun the participle hangs on: "Hamas and Hezbollah,
        // armed by"; "a lunch hosted by" has none.
        let mut p = t.ta;
        // "directed and equipped by": over a coordinated participle.
        while p > floor + 1
            && s.f(p - 1) & wc::CONJ != 0
            && s.word(p - 2).ends_with("ed")
            && s.mention_at(p - 2).is_none()
        {
            p -= 2;
        }
        if p > floor && s.punct(p - 1, ",") {
            p -= 1;
        }
        match p.checked_sub(1).and_then(|q| s.mention_ending_at(q)) {
            Some(m) if p > floor => actors_of(&s.group_left(m, floor)),
            // "Soleimani, the commander killed in": the name the noun
            // stands in apposition to.
            _ => {
                let mut q = p;
                while q > floor
                    && (s.is_modifier_word(q - 1) || s.f(q - 1) & (wc::DET | wc::POSS) != 0)
                    && s.mention_at(q - 1).is_none()
                {
                    q -= 1;
                }
                if q < p && q > floor + 1 && s.punct(q - 1, ",") {
                    s.mention_ending_at(q - 2)
                        .map(|m| vec![m.actor])
                        .unwrap_or_default()
                } else {
                    Vec::new()
                }
            }
        }
    }
}

/// The claim whose content ends right before the "and"/"but" that opens the
/// predicate starting at token `ta` (over auxiliaries and adverbs), its cue
/// before that content in the same sentence: "Weidel said the vote showed
/// the coalition's weakness and called for new elections", "Vucic said the
/// rally had been peaceful but accused foreign services": the second verb
/// is coordinated with the cue, so its subject is the claim's speaker.
pub(super) fn claim_before_coordinated_verb(
    s: &Sent,
    ta: usize,
    claims: &[ClaimRecord],
    sent_start: usize,
) -> Option<usize> {
    let k = s.back_over_classes(ta, 0, wc::AUX | wc::SKIP | wc::NEG);
    if k < 2 || (s.f(k - 1) & wc::CONJ == 0 && !s.in_cold(k - 1, wc::SENTENCE_LINK)) {
        return None;
    }
    let mut e = k - 1;
    if s.punct(e - 1, ",") {
        e -= 1;
    }
    let last = s.toks.get(e.checked_sub(1)?)?;
    claims.iter().position(|c| {
        c.content.end > last.start
            && c.content.end <= last.end
            && c.cue.start >= sent_start
            && c.cue.end <= c.content.start
    })
}

/// The actor of the last dateline at or before byte `here`, as the text
/// layer read it ("ULAANBAATAR - ", "BRASILIA, Sept 11 -", "KYIV (Reuters)
/// -"; a live page's time stamp names no place): the mention at its start,
/// else a mention elsewhere in the document spelt as its place in any case
/// (the actor pass leaves words in capitals alone).
fn dateline_before(s: &Sent, actors: &DocActors, here: usize) -> Option<usize> {
    let before = s.datelines.partition_point(|d| d.start <= here);
    let (start, place) = s.datelines[..before].iter().rev().find_map(|d| {
        let line = &s.text[d.clone()];
        let word_end = line
            .find(|c: char| !(c.is_uppercase() || c == ' ' || c == '.' || c == '\''))
            .unwrap_or(line.len());
        let place = line[..word_end].trim_end();
        (place.len() > 2).then_some((d.start, place))
    })?;
    let at_start = actors
        .mention_at(start)
        .filter(|m| m.start == start)
        .map(|m| m.actor);
    let spelt = || {
        actors
            .mentions
            .iter()
            .find(|m| s.text[m.start..m.end].eq_ignore_ascii_case(place))
            .map(|m| m.actor)
    };
    at_start.or_else(spelt)
}
