//! The source and target of an event noun (`Clause::noun_arguments`): the
//! modifier or possessor before it and a "by" agent in its row, a possessor
//! that is its victim, "between" sides, its "of" object as its doer or
//! target, a "by" agent after it, a "from" giver, the receiver of a converse
//! verb ("faced sanctions from"), its object phrase, a relative clause's
//! support verb, the subject of the light verb it is the object of or the
//! speaker whose content it opens, the that-clause of a demand, the patient
//! of a passive it is the agent of, a protest's aim.

use super::arguments::{
    agent_after, between_sides, converse_subject, object_after, object_of_passive_participle,
    protest_aim, relative_support_verb, releases, Clause,
};
use super::modality::{
    ascribed_purpose, commented_definite_subject, hypothetical_event_subject,
    is_definite_determiner, past_verb_group,
};
use super::pronouns::resolve_pronoun;
use super::triggers::verb_group_after_noun;
use super::{actors_of, extend_unique, hostile, Sent, Trig, OBJECT_WINDOW, PREPS};
use crate::lexicon::{wc, Form, Pos};
use sitrep_actors::{DocActors, MentionHow};
use sitrep_kb::AliasKind;
use sitrep_record::{ActorKind, EventType, Stance};

impl Clause<'_> {
    /// Source and target of an event noun, and whether the target is only a
    /// place: the rules in the order they outrank one another.
    pub(super) fn noun_arguments(&self) -> (Vec<usize>, Vec<usize>, bool) {
        let Clause { s, trigs, t, .. } = *self;
        let (mut source, possessor) = self.noun_modifier_source();
        let mut target = Vec::new();
        // "his killing", "Soleimani's assassination": the possessor of a
        // noun of what is done to someone is who it was done to, unless an
        // "of" object names that ("Israel's killing of Nasrallah").
        let victim_possessor =
            possessor && s.f(t.tend - 1) & wc::PATIENT != 0 && s.f(t.tend) & wc::OF == 0;
        if victim_possessor {
            target = std::mem::take(&mut source);
        }
        // "talks between X and Y": all of them, reciprocally; also after
        // the place it was held in ("a meeting in Caracas between X and Y").
        let between = if s.is(t.tend, "between") {
            Some(t.tend)
        } else {
            self.place_phrase_end(t.tend)
                .filter(|&k| s.is(k, "between"))
        };
        if let Some(between) = between {
            let sides = between_sides(s, between + 1, trigs);
            if !sides.is_empty() {
                let mut all = source.clone();
                extend_unique(&mut all, sides);
                return (all, Vec::new(), false);
            }
        }
        let of_is_source = self.of_is_source();
        if source.is_empty() {
            if let Some(agent) = self.noun_by_agent() {
                source = agent;
            }
        }
        let converse_verb = self.converse_verb();
        let target_before = self.noun_receiver(&mut source, possessor, converse_verb);
        // "under intense pressure from Asian imports": a row that ends in
        // "from" ("pressure from") names its doer there or no one.
        if source.is_empty() && self.giver_from().is_some_and(|k| k < t.tend) {
            return (Vec::new(), Vec::new(), false);
        }
        // "responded to the attack with missile strikes on Kyiv": the "with"
        // phrase after an answered act is the answer's, and what the answer
        // hits is no target of the act answered.
        let answered = s.answered_act(t.ta);
        let answer_follows = answered && s.answering_with(t.tend).is_some();
        let mut place = if answer_follows {
            false
        } else {
            self.noun_object(&mut source, &mut target, victim_possessor, of_is_source)
        };
        // "on the sidelines of the BRICS summit in Kazan": a meeting noun's
        // place phrase says where the meeting was, not whom it was with.
        if place && t.event_type == EventType::Consult {
            target.clear();
            place = false;
        }
        // The receiver outranks a name further on ("faced criticism over
        // its decision on Israeli settlements": the decision is the topic).
        if !target_before.is_empty() {
            target = target_before;
            place = false;
        }
        // "Putin offered Israel a deal", "promised Kyiv a ceasefire": the
        // first object of a support verb is whom the act is offered to.
        if let Some(recipient) = self.recipient_before_article() {
            source.retain(|a| !recipient.contains(a));
            target = recipient;
            place = false;
        }
        // "Israel vowed to retaliate for the attack on Haifa": the act
        // answered is another party's; the clause's subject or speaker
        // answers it and did not do it.
        if source.is_empty() && !answered {
            self.relative_support_source(&mut source, &mut target, &mut place);
        }
        if source.is_empty() && !answered {
            self.clause_subject_source(&mut source, &mut target, place, converse_verb);
        }
        self.noun_that_clause_target(&source, &mut target, &mut place);
        self.hit_by_noun_patient(&source, &mut target, &mut place);
        if (target.is_empty() || place) && t.event_type == EventType::Protest {
            let aim = protest_aim(s, t, trigs);
            if !aim.is_empty() {
                target = aim;
                target.retain(|a| !source.contains(a));
                place = false;
            }
        }
        (source, target, place)
    }

    /// The first object of a support verb of giving before the noun's
    /// phrase ("offered Israel a deal", "promised Ukraine new weapons"): a
    /// name between the verb and the article that opens the noun's phrase is
    /// no modifier of the noun (a name never stands before "a" or "the" in
    /// its own phrase) but whom the act is offered, given or promised. The
    /// verb keeps its subject as the noun's doer (the support verb's rule).
    fn recipient_before_article(&self) -> Option<Vec<usize>> {
        let Clause { s, t, floor, .. } = *self;
        let mut k = t.ta;
        while k > floor && s.is_modifier_word(k - 1) {
            k -= 1;
        }
        let p = k
            .checked_sub(1)
            .filter(|&p| p > floor && article_after(s, p))?;
        let m = s.mention_ending_at(p)?;
        let group = s.group_left(m, floor);
        let first = group.first()?.a;
        (first > floor && s.f(first - 1) & wc::LIGHT != 0 && s.trig_at(first - 1).is_some())
            .then(|| actors_of(&group))
    }

    /// The token after a place phrase that starts at token `k` ("in
    /// Caracas", "in the Qatari capital Doha"): a locative preposition and a
    /// place mention after at most two determiners or modifiers.
    fn place_phrase_end(&self, k: usize) -> Option<usize> {
        let Clause { s, n, .. } = *self;
        if k >= n || s.f(k) & wc::LOC == 0 {
            return None;
        }
        let mut j = k + 1;
        while j < n.min(k + 3)
            && s.mention_at(j).is_none()
            && (s.f(j) & wc::DET != 0 || s.is_modifier_word(j))
        {
            j += 1;
        }
        s.mention_starting_at(j)
            .filter(|m| m.how.is_locative())
            .map(|m| m.b)
    }

    /// The modifier or possessor just before the noun (over modifiers and a
    /// date) as its doer ("his killing", "Soleimani's assassination", "US
    /// sanctions", "US-China trade talks"), or the agent right after a row
    /// that ends in "by" ("a call by jailed leader Ocalan"); with whether
    /// the doer is a possessor.
    fn noun_modifier_source(&self) -> (Vec<usize>, bool) {
        let Clause {
            s,
            trigs,
            t,
            n,
            floor,
            ctx,
            ..
        } = *self;
        let mut source = Vec::new();
        // Modifier or possessor just before the noun (over modifiers).
        let mut k = t.ta;
        // "Ukraine reported a drone attack on Odesa": a plain past form
        // reads as a modifier ("reported attacks"), so the walk would pass
        // the determiner and the verb to the subject; a `witness` verb
        // ("reported", "confirmed") before the determiner takes the phrase
        // as its object, and its subject only tells of the act.
        let mut object_of_witness = false;
        loop {
            // "Egypt helped secure the release of the hostages": nor is the
            // subject of an `obtaining_verb` the doer of the act it obtains.
            if k > floor + 1
                && s.f(k - 1) & wc::DET != 0
                && s.mention_at(k - 1).is_none()
                && (s.in_cold(k - 2, wc::WITNESS) || s.is_listed(k - 2, wc::listed::OBTAINING_VERB))
            {
                object_of_witness = true;
                break;
            }
            // "Doha considered the attack a flagrant violation": a verb that
            // judges its object is no modifier of the noun, and its subject
            // no doer of the act it judges.
            if k > floor && s.is_modifier_word(k - 1) && !s.names(k - 1, wc::EVALUATE) {
                k -= 1;
            } else if k > floor + 1 && k < t.ta && s.month_before_number(k) {
                // "Trump's July 25 phone call": over a date.
                k -= 1;
            } else {
                break;
            }
        }
        let mut possessor = false;
        if k > floor && !object_of_witness {
            let p = k - 1;
            if s.is_possessive(p) && p > floor {
                if let Some(m) = s.mention_ending_at(p - 1) {
                    source = actors_of(&s.group_left(m, floor));
                    possessor = true;
                }
            } else if s.f(p) & wc::POSS != 0 {
                source = resolve_pronoun(s, p, ctx);
                possessor = true;
            } else if let Some(m) = s
                .mention_ending_at(p)
                // "the Paris attacks": the city is where, not who.
                .filter(|m| !article_after(s, p) && !m.attack_place)
            {
                // "hit by U.S. sanctions", "relief from EU sanctions": a
                // nationality or acronym right before the noun is its doer
                // after "by" or "from" too; a name there is mostly a place
                // ("from Kabul attacks"), and after a place preposition the
                // phrase frames another event ("progress in U.S.-Soviet
                // talks").
                let attributive = matches!(
                    m.how,
                    MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
                );
                // The agent of a verb trigger ("wounded by Israeli
                // shelling") is that verb's doer, one event.
                let (intro, at) = s.intro_of(m.a, floor);
                let agent_of_trigger = at > 0 && s.trig_at(at - 1).is_some();
                // "killed in an Israeli strike", "wounded in a US drone
                // strike": a state's adjective or acronym before an act of
                // force after "in" names who struck (the strike is where the
                // victims died, not a place); talks or trade "in" a phrase
                // still frame another event.
                // (Right after a verb trigger, "killed in Israeli shelling",
                // the verb takes the noun's doer itself, one event.)
                let force_in = attributive
                    && !agent_of_trigger
                    && s.is(at, "in")
                    && matches!(t.event_type, EventType::Assault | EventType::Coerce);
                if intro & (wc::LOC | wc::FROM | wc::BY) == 0
                    || (attributive && intro & wc::LOC == 0 && !agent_of_trigger)
                    || force_in
                {
                    // "US-China trade talks", "the Israel-Hamas war": the
                    // names joined by a hyphen are all the noun's parties.
                    source = s.hyphen_partners(m);
                    extend_unique(&mut source, actors_of(&s.group_left(m, floor)));
                }
            }
        }
        // "a call by jailed leader Abdullah Ocalan to lay down arms": a noun
        // row that ends in "by" names its doer right after it (over
        // determiners, modifiers and participles), whatever stands before.
        if t.tend > t.ta + 1 && s.f(t.tend - 1) & wc::BY != 0 {
            let mut q = t.tend;
            while q < n
                && (s.f(q) & (wc::DET | wc::POSS) != 0
                    || s.is_modifier_word(q)
                    || s.trig_at(q).is_some_and(|u| trigs[u].form == Form::Past))
            {
                q += 1;
            }
            // The named agent outranks a name before the noun, which may be
            // the subject of the verb the noun is the object of.
            if let Some(m) = s.mention_starting_at(q) {
                source = actors_of(&s.without_owners(s.group_right(m, n)));
                possessor = false;
            }
        }
        (source, possessor)
    }

    /// Whether the noun's "of" object is its doer, not its target: "at the
    /// request of", "on the orders of" (a set phrase, whatever the noun), or
    /// a withdrawal, mobilisation, protest, meeting, accord or support ("the
    /// withdrawal of US troops"), but not "in support of Gaza".
    fn of_is_source(&self) -> bool {
        let Clause { s, t, floor, .. } = *self;
        // "in support of Gaza": the one supported, not the supporter.
        let in_support_of = t.event_type == EventType::Support
            && t.ta > floor
            && s.is(t.ta - 1, "in")
            && s.f(t.tend) & wc::OF != 0;
        // "at the request of the Justice Department", "on the orders of the
        // minister", "at the invitation of Qatar": the set phrase names the
        // act's doer in its "of" object, whatever the noun's type.
        let at_the_instance_of = t.ta >= floor + 2
            && s.is(t.ta - 1, "the")
            && s.in_cold(t.ta - 2, wc::INSTANCE_PREP)
            && s.f(t.tend) & wc::OF != 0
            && !hostile(t.event_type);
        // "the release of Israeli hostages": the "of" object of a release
        // is who is freed, never who frees them.
        at_the_instance_of
            || (!in_support_of
                && !releases(s, t)
                && matches!(
                    t.event_type,
                    EventType::Retreat
                        | EventType::Mobilize
                        | EventType::Protest
                        | EventType::Consult
                        | EventType::Agree
                        | EventType::Support
                ))
    }

    /// The agent after "by" as the noun's doer: a "by" attached to the noun
    /// itself ("demonstrations against violations by the army" is the
    /// violations'), or the agent of a passive support verb the noun is the
    /// subject of ("new sanctions were imposed on Iran by the US").
    fn noun_by_agent(&self) -> Option<Vec<usize>> {
        let Clause {
            s,
            trigs,
            t,
            n,
            floor,
            ..
        } = *self;
        // "demonstrations against violations by the army": a "by" past
        // another prepositional phrase ("against", "over", "for") is the
        // agent of that phrase's noun; one past "of" or a place ("the
        // shelling of Gaza by", "an attack in Kabul by") is still ours.
        let by = (t.tend..n.min(t.tend + OBJECT_WINDOW)).find(|&k| s.f(k) & wc::BY != 0);
        let attached = by.is_some_and(|by| {
            (t.tend..by).all(|k| {
                let f = s.f(k);
                f & (PREPS | wc::TO) == 0 || f & (wc::OF | wc::LOC) != 0
            })
        }) && !object_of_passive_participle(s, t.ta, floor);
        // "a visit to Caracas by a U.S. special envoy", "the attack on Kyiv
        // by Russian forces": a phrase holding only a name has no noun of
        // its own for the "by" to follow, so the agent is the noun's.
        let past_named_phrase = by.is_some_and(|by| {
            by > t.tend + 1
                && s.f(t.tend) & (PREPS | wc::TO) != 0
                && s.mention_at(by - 1).is_some()
                && (t.tend + 1..by).all(|k| s.mention_at(k).is_some() || s.f(k) & wc::DET != 0)
        }) && !object_of_passive_participle(s, t.ta, floor);
        let attached = attached || past_named_phrase;
        // "new sanctions were imposed on Iran by the US", "a curfew was
        // declared in the city by the army": the noun is the subject of a
        // support verb in the passive, whose agent is the noun's doer.
        // "Sanctions on Iran were lifted by the US": over the noun's own
        // short phrase.
        let (k, be) = past_verb_group(s, verb_group_after_noun(s, t.tend), 0);
        // The agent must follow the support verb or one of its
        // objects ("imposed by the US on Iran", "imposed on Iran by the
        // US"), not a participle of its own ("imposed on a bank owned
        // by Iran").
        let passive_support = be
            && k < n
            && s.f(k) & wc::LIGHT != 0
            && by.is_some_and(|by| by == k + 1 || s.mention_ending_at(by - 1).is_some());
        if attached || passive_support {
            return agent_after(s, t.tend, trigs).map(|g| actors_of(&g));
        }
        None
    }

    /// The converse verb before the noun, over its modifiers and
    /// determiners ("Iran faces sanctions from the US", "the decision drew
    /// criticism from Germany", "Iraq faces new U.S. sanctions", "faces
    /// mounting pressure from"): its
    /// subject is the one the noun's act is aimed at. None for a meeting (a
    /// visit received is the host's meeting, not the visitor's alone).
    fn converse_verb(&self) -> Option<usize> {
        let Clause { s, t, floor, .. } = *self;
        if t.event_type == EventType::Consult {
            None
        } else {
            // "faces mounting pressure from": the participle of a support
            // verb modifies the noun.
            let participle = |k: usize| {
                s.f(k) & (wc::LIGHT | wc::CONVERSE) == wc::LIGHT
                    && s.trig_at(k).is_none()
                    && s.word(k).ends_with("ing")
            };
            let mut j = t.ta;
            while j > floor
                && t.ta - j < 6
                && (s.f(j - 1) & (wc::DET | wc::POSS | wc::CONJ) != 0
                    || s.is_modifier_word(j - 1)
                    || participle(j - 1)
                    || s.mention_at(j - 1).is_some()
                    || s.is_possessive(j - 1))
            {
                j -= 1;
            }
            // "under pressure from Russia", "came under attack from": a
            // converse preposition only with the doer's "from" phrase
            // ("under a defence pact" receives nothing), or before a hostile
            // act whose doer a name among its modifiers says ("came under US
            // pressure", "under Russian fire", "under EU sanctions").
            let named_hostile_doer =
                || hostile(t.event_type) && (j..t.ta).any(|k| s.mention_at(k).is_some());
            let converse = j > floor
                && s.f(j - 1) & wc::CONVERSE != 0
                && (s.f(j - 1) & PREPS == 0 || self.giver_from().is_some() || named_hostile_doer());
            // "bowed to pressure from Russia", "caved to demands from the
            // union": a verb of giving in before "to" receives the act of
            // the noun's "from" party, as a converse verb does; so it does
            // when a name among the noun's modifiers says whose act it is
            // ("bowed to US pressure", "caved to Chinese demands").
            let gives_in = j > floor + 1
                && s.f(j - 1) & wc::TO != 0
                && s.is_listed(j - 2, wc::listed::YIELD_VERB)
                && (self.giver_from().is_some() || (j..t.ta).any(|k| s.mention_at(k).is_some()));
            if gives_in {
                return Some(j - 2);
            }
            converse.then(|| j - 1)
        }
    }

    /// The "from" right after the noun, or the one that closes its own row
    /// ("pressure from").
    fn giver_from(&self) -> Option<usize> {
        let Clause { s, t, .. } = *self;
        if s.f(t.tend) & wc::FROM != 0 {
            Some(t.tend)
        } else {
            (t.tend > t.ta + 1 && s.f(t.tend - 1) & wc::FROM != 0).then(|| t.tend - 1)
        }
    }

    /// Who receives the noun's act, which outranks a name further on: the
    /// subject of a converse verb before it (see [`Clause::converse_verb`]),
    /// or a possessor of a noun of giving whose "from" phrase names the giver
    /// ("Ukraine's aid from Germany"), who then becomes the doer. A "from"
    /// phrase right after the noun names its doer ("an offer from
    /// Afghanistan", "sanctions from the United States"; a withdrawal "from"
    /// a place leaves it) when none is known, and so does the "from" that
    /// ends the noun's row ("pressure from Washington").
    fn noun_receiver(
        &self,
        source: &mut Vec<usize>,
        possessor: bool,
        converse_verb: Option<usize>,
    ) -> Vec<usize> {
        let Clause {
            s,
            trigs,
            t,
            n,
            floor,
            ..
        } = *self;
        let mut target_before = Vec::new();
        // "the withdrawal of its ambassador from Israel": after a row's "of"
        // object the "from" phrase is what the object is taken from, the
        // target (see [`Clause::of_object_row`]), not the giver.
        if source.is_empty() && t.event_type != EventType::Retreat && !self.of_object_row() {
            if let Some(m) = self.giver_from().and_then(|k| s.mention_from(k + 1)) {
                *source = actors_of(&s.group_right(m, n));
            }
        }
        if let Some(verb) = converse_verb {
            target_before = converse_subject(s, verb, floor, trigs, &|at| self.subject_at(at));
            target_before.retain(|a| !source.contains(a));
        }
        // "Israel would lose all of its support from the United States",
        // "Ukraine's aid from Germany": a possessor of a noun of giving is who
        // receives it when a "from" phrase right after the noun names the
        // giver; the giver is the doer.
        if possessor
            && matches!(t.event_type, EventType::Support | EventType::Aid)
            && s.f(t.tend) & wc::FROM != 0
        {
            if let Some(m) = s.mention_from(t.tend + 1) {
                let giver = actors_of(&s.group_right(m, n));
                if !giver.is_empty() && giver.iter().all(|a| !source.contains(a)) {
                    target_before = std::mem::replace(source, giver);
                }
            }
        }
        target_before
    }

    /// The noun's object phrase (with "of"): its target, or its doer when
    /// the "of" object is the doer (then a second phrase after it may name
    /// the target); none after a victim possessor. Returns whether the
    /// target is only a place.
    fn noun_object(
        &self,
        source: &mut Vec<usize>,
        target: &mut Vec<usize>,
        victim_possessor: bool,
        of_is_source: bool,
    ) -> bool {
        let Clause {
            s,
            trigs,
            t,
            target_preps,
            ..
        } = *self;
        let mut place = false;
        let object = if victim_possessor {
            None
        } else {
            object_after(s, t.tend, t.tend, false, target_preps | wc::OF, trigs)
        };
        if let Some((g, intro)) = object {
            place = intro == wc::LOC;
            if intro & wc::OF != 0 {
                if of_is_source && source.is_empty() {
                    *source = actors_of(&g);
                    let after = g.last().map(|m| m.b).unwrap_or(t.tend);
                    if let Some((g2, intro2)) =
                        object_after(s, after, after, false, target_preps, trigs)
                    {
                        if intro2 & wc::OF == 0 {
                            *target = actors_of(&g2);
                        }
                    }
                } else if !of_is_source {
                    *target = actors_of(&g);
                }
            } else {
                *target = actors_of(&g);
            }
        }
        if target.is_empty() && self.of_object_row() {
            // "the withdrawal of its ambassador from Israel": whom the
            // object is taken from; "the expulsion of Afghan migrants": the
            // object's own party.
            let from = (s.f(t.tend) & wc::FROM != 0)
                .then(|| s.mention_from(t.tend + 1))
                .flatten();
            match from {
                Some(m) => *target = actors_of(&s.group_right(m, self.n)),
                None => {
                    // A mention spans several tokens: each is taken once.
                    for k in t.tb..t.tend {
                        if let Some(m) = s.mention_at(k).filter(|m| m.a == k) {
                            extend_unique(target, actors_of(std::slice::from_ref(m)));
                        }
                    }
                }
            }
            target.retain(|a| !source.contains(a));
            place = false;
        }
        place
    }

    /// Whether the trigger is a noun row whose object is its "of" phrase
    /// ("withdrawal ... ambassador": "the withdrawal of its ambassador",
    /// SANCTION, where the bare noun is a RETREAT): the row's type is the
    /// object's, the doer comes from before the noun (a possessive, the
    /// subject of the verb it is the object of), and the target from the
    /// object or a "from" phrase after it (events78).
    fn of_object_row(&self) -> bool {
        let Clause { s, t, .. } = *self;
        t.pos == Pos::Noun && t.tend > t.tb && (t.tb..t.tend).any(|k| s.f(k) & wc::OF != 0)
    }

    /// "the sanctions that the EU imposed on Russia", "the agreement which
    /// Iran signed with China": the noun is the object of a support verb in
    /// a relative clause after it, whose subject is the noun's doer and
    /// whose object phrase its target.
    fn relative_support_source(
        &self,
        source: &mut Vec<usize>,
        target: &mut Vec<usize>,
        place: &mut bool,
    ) {
        let Clause {
            s,
            trigs,
            t,
            target_preps,
            ..
        } = *self;
        if let Some((doer, v)) = relative_support_verb(s, t.tend) {
            *source = doer;
            // A governed noun lends its doer to its governor ("welcomed
            // the agreement that Iran signed with China" welcomes Iran's
            // act, as "welcomed Iran's agreement with China" does).
            if (target.is_empty() || *place) && t.governor.is_none() {
                if let Some((g, intro)) = object_after(s, v + 1, v + 1, false, target_preps, trigs)
                {
                    *target = actors_of(&g);
                    target.retain(|a| !source.contains(a));
                    *place = intro == wc::LOC;
                }
            }
        }
    }

    /// The noun as the object of a light verb ("X held talks", "X imposed a
    /// curfew") shares the clause's subject, and a noun opening a claim's
    /// content is the speaker's own act, unless the speaker only comments on
    /// it ([`Clause::speaker_comments_on_noun`]); a noun inside a
    /// prepositional phrase does not, but a meeting that frames the clause
    /// is held by its subject ([`Clause::framing_meeting_source`]).
    fn clause_subject_source(
        &self,
        source: &mut Vec<usize>,
        target: &mut Vec<usize>,
        place: bool,
        converse_verb: Option<usize>,
    ) {
        let Clause {
            s, t, floor, ctx, ..
        } = *self;
        // "carried out air and sea strikes": over coordinated modifiers.
        let coordinated_modifier =
            |k: usize| k > floor + 1 && s.f(k - 1) & wc::CONJ != 0 && s.is_modifier_word(k - 2);
        let mut k = t.ta;
        while k > floor
            && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                || s.is_modifier_word(k - 1)
                || s.mention_at(k - 1).is_some()
                || s.is_possessive(k - 1)
                || coordinated_modifier(k))
        {
            k -= 1;
        }
        let in_pp = k > floor && s.f(k - 1) & PREPS != 0;
        // Only a support verb hands its subject to the noun ("X held
        // talks", "X imposed a curfew"); "Zarif called the killing an act
        // of terrorism" does not make Zarif the killer.
        // "is weighing the attack on the embassy": a definite act after a
        // verb of weighing (`light` and `hypo`: "weighing new strikes" is
        // the subject's own option) is one already done, under judgement.
        let judged_act = |v: usize| s.f(v) & wc::HYPO != 0 && (s.is(k, "the") || s.is(k, "that"));
        let after_light = k > floor && s.f(k - 1) & wc::LIGHT != 0 && !judged_act(k - 1);
        let at_content_start = matches!(ctx.content_start, Some(cs) if k <= cs);
        // "The Houthis claimed responsibility for the attack", "took credit
        // for the strike": the act after an `avowal_noun` and "for" is
        // owned by whoever claims or takes the noun, as if it stood there.
        // (`then`, not `then_some`: the index is worked out only when the
        // test holds, as `k - 2` underflows for a noun near the text's start.)
        let avowal = (in_pp && k > floor + 1 && s.f(k - 1) & wc::FOR != 0)
            .then(|| k - 2)
            .filter(|&a| s.is_listed(a, wc::listed::AVOWAL_NOUN))
            .filter(|&a| {
                (a > floor && s.f(a - 1) & wc::LIGHT != 0)
                    || matches!(ctx.content_start, Some(cs) if a <= cs)
            });
        // The receiver of the noun's act is its target (above), never
        // its doer.
        // "Russia responded to the Ukrainian attack with missile strikes on
        // Kyiv": the act in an answer verb's "with" phrase is the answer,
        // done by that verb's subject.
        let answer_verb = (in_pp && k > floor + 1)
            .then(|| s.answering_with(k - 1))
            .flatten();
        // "Israel has not ruled out a military strike on Iran": what a party
        // rules out, or will not rule out, is an act it may do itself; the
        // noun after "rule out" takes the clause's subject. (The walk back
        // over the noun's modifiers passes over "ruled out", plain words.)
        let ruled_out = (k.max(floor + 1)..t.ta)
            .find(|&j| s.is(j, "out") && s.names(j - 1, wc::EXCLUDE))
            .filter(|&j| {
                (j + 1..t.ta).all(|m| s.f(m) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(m))
            })
            .map(|j| j - 1);
        if let Some(a) = avowal.filter(|_| converse_verb.is_none()) {
            self.speakers_noun_act(a, source, target);
        } else if let Some(v) = ruled_out.filter(|_| converse_verb.is_none()) {
            *source = self.subject(v);
            source.retain(|a| !target.contains(a));
        } else if let Some(v) = answer_verb.filter(|_| converse_verb.is_none()) {
            *source = self.subject(v);
            source.retain(|a| !target.contains(a));
        } else if !in_pp
            && converse_verb.is_none()
            && (after_light || at_content_start)
            && !self.speaker_comments_on_noun(k, after_light, at_content_start, target, place)
        {
            self.speakers_noun_act(k, source, target);
        }
        self.framing_meeting_source(k, in_pp, place, source, target);
    }

    /// Whether a speaker whose verb or content stands before the noun (its
    /// phrase from token `k`) only comments on the act, so is not its doer: a
    /// hostile act named with a definite article or with a purpose read into
    /// it, a possible act the clause is about, an accusation denied, an act
    /// named by a verb that judges it, a hostile act confirmed that hits no
    /// one else.
    fn speaker_comments_on_noun(
        &self,
        k: usize,
        after_light: bool,
        at_content_start: bool,
        target: &[usize],
        place: bool,
    ) -> bool {
        let Clause {
            s,
            trigs,
            t,
            ctx,
            claim,
            ..
        } = *self;
        // "Kanaani said the attacks would only fuel insecurity": a
        // speaker who comments on a hostile act named with a definite
        // article is not thereby its doer (a cooperative one, "Kerry
        // said the agreement would make the world safer", is nearly
        // always the speaker's own).
        // "Sudani said the attacks were aimed at undermining Iraq's
        // economy": nor is one who reads a purpose into it.
        let comment_on_hostile_act = at_content_start
            && !after_light
            && hostile(t.event_type)
            && (commented_definite_subject(s, t.ta, t.tend) || ascribed_purpose(s, t.ta, t.tend));
        // "Takaichi said an attack on Taiwan could threaten Japan",
        // "warned that any strike on Iran would trigger a war": a
        // possible hostile act the reported clause is about is no act
        // of the speaker's.
        let hypothetical_subject = at_content_start
            && !after_light
            && hostile(t.event_type)
            && hypothetical_event_subject(s, trigs, t.event_type, t.ta, t.tend, k);
        // "Kobakhidze denied the allegations": the accusation a speaker
        // denies is made against him, never by him.
        let denied_accusation = at_content_start
            && !after_light
            && t.event_type == EventType::Accuse
            && claim.is_some_and(|c| c.stance == Stance::Deny);
        // "Trump called the accord historic", "Machado called the
        // arrests a desperate act": a definite event noun after a verb
        // that names or judges it is the speaker's topic, not the
        // speaker's act ("called a ceasefire" stays the caller's).
        // (The verb may be the cue just before the content's start.)
        let evaluated = k > 0
            && s.names(k - 1, wc::EVALUATE)
            && (k..t.ta).any(|j| is_definite_determiner(s, j));
        // "The Russian Defense Ministry confirmed attacks on airfields":
        // a hostile act that a speaker confirms or records, aimed at no
        // one else, is reported by the speaker, not done by it (its own
        // side is mostly the one hit). "confirmed strikes on Hezbollah
        // targets" names another target and stays the speaker's act.
        let witnessed_hostile_act = at_content_start
            && !after_light
            && hostile(t.event_type)
            && k > 0
            && s.in_cold(k - 1, wc::WITNESS)
            && (target.is_empty() || ctx.claim_speaker.is_some_and(|a| target.contains(&a)));
        // "Zelensky said the shelling had destroyed Kharkiv", "the bombing
        // would destroy the city": a hostile act the reported clause has as
        // the subject of an event verb is what that clause tells of; the
        // clause names its doer or leaves it unnamed, and the speaker who
        // tells it is not thereby the doer (a wrong doer is worse than an
        // unnamed one).
        let reported_act_subject = at_content_start
            && !after_light
            && hostile(t.event_type)
            && self.subject_of_event_verb();
        // "Ukraine's foreign minister said the missile attack on Kyiv showed
        // ...", "Iran said the strikes on its nuclear sites were a crime": a
        // hostile act aimed at the speaker or the speaker's own state is not
        // the speaker's act. (A place only, "the raids in Istanbul", may be a
        // government's own operation at home; a compatriot, "criticism of
        // NBC", may be anyone's target.)
        // "the strikes on its nuclear sites": the speaker's own, named by a
        // possessive pronoun that stands for the speaker.
        let aimed_at_speakers_own = |sp: usize| {
            t.tend + 1 < s.n()
                && s.f(t.tend) & wc::TPREP != 0
                && s.f(t.tend + 1) & wc::POSS != 0
                && resolve_pronoun(s, t.tend + 1, ctx) == [sp]
        };
        let aimed_at_speaker_state = at_content_start
            && !after_light
            && hostile(t.event_type)
            && !place
            && ctx.claim_speaker.is_some_and(|sp| {
                (!target.is_empty()
                    && target
                        .iter()
                        .all(|&a| a == sp || speakers_own_state(ctx.actors, a, sp)))
                    || aimed_at_speakers_own(sp)
            });
        reported_act_subject
            || aimed_at_speaker_state
            || witnessed_hostile_act
            || comment_on_hostile_act
            || hypothetical_subject
            || denied_accusation
            || evaluated
    }

    /// Whether the event noun heads the subject of an event verb after it
    /// ("the bombing would destroy the city", "the shelling had destroyed
    /// Kharkiv"): over its noun phrase and the verb's auxiliaries.
    fn subject_of_event_verb(&self) -> bool {
        let Clause { s, t, n, .. } = *self;
        // Over the rest of its phrase: names, determiners, modifiers and
        // the prepositional phrases a subject carries ("the raids in
        // Istanbul", "the attack on the border post").
        let mut k = t.tend;
        while k < n.min(t.tend + 8)
            && !s.is_punct(k)
            && (s.mention_at(k).is_some()
                || s.f(k) & (wc::DET | wc::CONJ | wc::TPREP | wc::OF | wc::LOC) != 0
                || s.is_modifier_word(k))
        {
            k += 1;
        }
        let p = if k < n && s.f(k) & wc::AUX != 0 {
            past_verb_group(s, k, 0).0
        } else {
            k
        };
        p < n && s.trig_verb_at(p)
    }

    /// The doer of a noun that is the speaker's own act or the light verb's
    /// object (its phrase from token `k`): the claim's speaker when the
    /// phrase opens the content ("Italy announced a suspension of links"),
    /// with the audience as a meeting's partner ("told U.S. media that
    /// direct talks may follow"); else the subject before the phrase.
    fn speakers_noun_act(&self, k: usize, source: &mut Vec<usize>, target: &mut Vec<usize>) {
        let Clause {
            s,
            t,
            n,
            ctx,
            claim,
            tok_index,
            ..
        } = *self;
        // "Italy announced a suspension of links": the reported noun
        // phrase is the speaker's own act.
        match (ctx.claim_speaker, ctx.content_start) {
            (Some(speaker), Some(cs)) if k <= cs => {
                *source = vec![speaker];
                // "Iranian officials told U.S. media that direct talks
                // may follow": talks with the audience.
                if target.is_empty()
                    && matches!(
                        t.event_type,
                        EventType::Consult | EventType::Agree | EventType::Cooperate
                    )
                {
                    if let Some(c) = claim {
                        let (a, b) = (tok_index(c.cue.end), tok_index(c.content.start));
                        if let Some(m) = (a..b.min(n)).find_map(|x| s.mention_starting_at(x)) {
                            if m.actor != speaker {
                                *target = vec![m.actor];
                            }
                        }
                    }
                }
            }
            _ if k > 0 => *source = self.subject(k - 1),
            _ => {}
        }
        source.retain(|a| !target.contains(a));
    }

    /// "Erdogan raised the issue in a phone call with Putin": a meeting or
    /// call with someone, in a framing phrase (from token `k`) of the
    /// clause's act, is held by the clause's subject (the doer of its active
    /// verb, when that verb is an event).
    fn framing_meeting_source(
        &self,
        k: usize,
        in_pp: bool,
        place: bool,
        source: &mut Vec<usize>,
        target: &[usize],
    ) {
        let Clause {
            s,
            trigs,
            i,
            t,
            floor,
            ..
        } = *self;
        let framing_meeting = in_pp
            && k > floor + 1
            && t.event_type == EventType::Consult
            && !target.is_empty()
            && !place
            && s.is(t.tend, "with")
            && s.in_cold(k - 1, wc::FRAME_PREP);
        if framing_meeting && source.is_empty() {
            let same_clause = |p: &Trig| {
                (p.tend..k - 1).all(|x| {
                    s.f(x) & (wc::THAT | wc::BAR | wc::REL) == 0
                        && !s.hard_stop(x)
                        && !s.punct(x, ",")
                })
            };
            let clause_verb = trigs[..i].iter().rev().find(|p| p.is_verb() && p.tend < k);
            *source = match clause_verb {
                Some(p) if same_clause(p) && !p.passive() => p.source.clone(),
                Some(_) => Vec::new(),
                None => self.subject(k - 1),
            };
            source.retain(|a| !target.contains(a));
        }
    }

    /// "reiterated its demand today that Israel ease restrictions": the
    /// that-clause's subject after a governing noun is its target, as for
    /// the verb.
    fn noun_that_clause_target(&self, source: &[usize], target: &mut Vec<usize>, place: &mut bool) {
        let Clause { s, t, n, .. } = *self;
        if (target.is_empty() || *place) && t.governing() {
            let mut k = t.tend;
            while k < n && s.f(k) & wc::SKIP != 0 {
                k += 1;
            }
            if k < n && s.f(k) & wc::THAT != 0 {
                if let Some(m) = s.mention_from(k + 1) {
                    let subj = actors_of(&s.group_right(m, n));
                    if subj != source {
                        *target = subj;
                        *place = false;
                    }
                }
            }
        }
    }

    /// "Iran was hit by U.S. sanctions", "Kyiv was rocked by Russian
    /// strikes": a hostile noun as the agent of a passive that is no event
    /// of its own is done to the passive's subject.
    fn hit_by_noun_patient(&self, source: &[usize], target: &mut Vec<usize>, place: &mut bool) {
        let Clause { s, t, floor, .. } = *self;
        if target.is_empty() && hostile(t.event_type) {
            let mut k = t.ta;
            while k > floor
                && (s.f(k - 1) & wc::DET != 0
                    || s.is_modifier_word(k - 1)
                    || s.mention_at(k - 1).is_some())
            {
                k -= 1;
            }
            // "was hit hard by", "was struck again by": one adverb may sit
            // between the participle and "by".
            let passive_at = |p: usize| s.trig_at(p).is_none() && s.f(p - 1) & wc::BE != 0;
            let mut participle = k.saturating_sub(2);
            if k >= floor + 4
                && !passive_at(participle)
                && (s.f(participle) & wc::SKIP != 0 || s.is_modifier_word(participle))
            {
                participle -= 1;
            }
            let passive_agent =
                k >= floor + 3 && s.f(k - 1) & wc::BY != 0 && passive_at(participle);
            if passive_agent {
                let patient = self.subject_at(participle);
                if !patient.iter().any(|a| source.contains(a)) {
                    *target = patient;
                    *place = false;
                }
            }
        }
    }
}

/// Whether an article ("a", "an", "the") follows token `i`.
fn article_after(s: &Sent, i: usize) -> bool {
    i + 1 < s.n() && (s.in_cold(i + 1, wc::INDEF_ARTICLE) || s.is(i + 1, "the"))
}

/// Whether actor `a` is the state itself (no sector of it) of speaker
/// `speaker`'s country.
fn speakers_own_state(actors: &DocActors, a: usize, speaker: usize) -> bool {
    let (Some(state), Some(sp)) = (actors.actors.get(a), actors.actors.get(speaker)) else {
        return false;
    };
    state.kind == ActorKind::Country
        && state.sector.is_none()
        && state.country.is_some()
        && state.country == sp.country
}
