//! The source and target of an active verb (`Clause::verb_arguments`): its
//! subject, its object phrase with the checks that keep a place, a partner
//! of another act or a victim of a condemned act out of it, the names inside
//! a gapped row, "between" sides, a meeting among the subject's members, an
//! accusation's topic, a that-clause's subject, a threat's condition, a
//! protest's aim, the asker of a response, an object relative's antecedent,
//! and attacks fought off, which turn the sides round.

use super::arguments::{
    agent_after, agent_after_any, attack_object, between_in_object, between_sides,
    hosts_or_mediates, object_after, object_relative_antecedent, protest_aim, same_side,
    threatened_act_object, Clause,
};
use super::pronouns::{
    asked_it_referent, is_asked_it, is_object_pronoun, is_plural_object_pronoun,
    object_pronoun_referent, resolve_pronoun,
};
use super::readings::{is_assault_noun, is_noun_of_type, opening_statement};
use super::words::is_upper_start;
use super::{actors_of, cooperative, hostile, Sent, Trig, CUE, M, OBJECT_WINDOW, PREPS};
use crate::lexicon::{wc, Class, Form, Pos};
use sitrep_record::EventType;
use sitrep_text::TokenKind;

/// An object phrase: its names and the class of the word that introduced it.
type Object = Option<(Vec<M>, wc::Classes)>;

impl Clause<'_> {
    /// Source and target of an active verb, and whether the target is only
    /// a place: the subject, the object phrase, then the rules that find or
    /// replace the target in the order they outrank one another.
    pub(super) fn verb_arguments(&self) -> (Vec<usize>, Vec<usize>, bool) {
        let Clause {
            s, trigs, t, floor, ..
        } = *self;
        // "Qatar secured the release of the hostages": a gapped verb row
        // read at its nominalization ("release ... hostages" over "the
        // release of", rows.rs keeps an "of" for it) names the act an
        // `obtaining_verb`'s subject obtained from another party, not its
        // own; the noun's modifier walk stops there too.
        let obtained = t.ta > floor + 1
            && s.f(t.ta - 1) & wc::DET != 0
            && s.is_listed(t.ta - 2, wc::listed::OBTAINING_VERB);
        let mut source = if obtained {
            Vec::new()
        } else {
            self.subject(t.ta)
        };
        // "Carney thanked him", "asked him to thank Lukashenko": an object
        // pronoun right after the verb is its object, named back; no name
        // after it (the infinitive's object) is. A verb with no doer named
        // ("the failure to arrest him", "who accuse her") is left as it was:
        // a pronoun alone is too little to give an act its only party. Nor
        // is a pronoun after a gapped row's own words ("agree with the
        // decision to sentence him": the decision's), or in a clause that
        // speaks as "I", "we" or "you" ("I had to go and see him", "do
        // anything you ask him to"), whose doer and other party a quote
        // leaves to the reader.
        // The doer must be the verb's own subject right before it (over
        // auxiliaries and adverbs), or the doer of a verb this one is
        // coordinated with or an infinitive of, itself named right before
        // that verb ([`Clause::doer_fixed_by_first_verb`]): a doer found
        // further off, past a preposition or a bare comma ("by urging him",
        // "Either embrace Trump or destroy him"), may itself be whom the
        // pronoun stands for, and the other person the rule would then name
        // is wrong twice.
        let pronoun_object = if t.is_verb()
            && !source.is_empty()
            && t.tend == t.tb
            && (is_object_pronoun(s, t.tend) || is_plural_object_pronoun(s, t.tend))
            && !self.first_or_second_person_before()
            && (self.doer_right_before(t.ta, &source) || self.doer_fixed_by_first_verb(&source))
        {
            object_pronoun_referent(s, t.tend, &source, self.ctx)
        } else if t.is_verb()
            && t.class == Class::Direct
            && t.tend == t.tb
            && is_asked_it(s, t.tend)
        {
            // "Washington pressed it to withdraw", "urged it to reconsider".
            Some(asked_it_referent(s, t.tend, &source, self.ctx))
        } else {
            None
        };
        let found = if pronoun_object.is_some() {
            None
        } else {
            self.verb_object(&source)
        };
        // "Modi and Xi held talks on the sidelines of the BRICS summit": the
        // body whose summit hosted this meeting is where it was held, as a
        // place is, not whom it was with.
        let at_hosting_meeting = found
            .as_ref()
            .is_some_and(|(g, intro)| self.names_hosting_meeting(g, *intro));
        let found = found.filter(|_| !at_hosting_meeting);
        let mut loc_only =
            at_hosting_meeting || found.as_ref().is_some_and(|(_, intro)| *intro == wc::LOC);
        let addressee = found
            .as_ref()
            .filter(|(g, intro)| intro & wc::TO != 0 || self.lodged_with(g))
            .and_then(|(g, _)| g.last().map(|m| m.b));
        let found = self.gapped_object(&source, found);
        let found = self.condemned_attack_object(found);
        let found = found.filter(|_| !self.fights_beside_ally());
        let mut target = found
            .map(|(g, _)| actors_of(&g))
            .or(pronoun_object)
            .unwrap_or_default();
        self.between_target(&mut source, &mut target, &mut loc_only);
        self.place_only_target(&source, &mut target, &mut loc_only);
        // With one doer there is no member left to meet; nobody is named.
        if at_hosting_meeting && target.is_empty() {
            loc_only = false;
        }
        if let Some(after) = addressee.filter(|_| t.event_type == EventType::Accuse) {
            self.accusation_topic(after, &mut target);
        }
        self.that_clause_target(&source, &mut target, loc_only);
        // "Russia and Ukraine accused each other", "imposed sanctions on one
        // another": each of the doers is the others' target, as the doers of
        // a meeting are.
        if target.is_empty() && source.len() > 1 && self.reciprocal_object() {
            target = source.clone();
            loc_only = false;
        }
        self.fallback_target(&source, &mut target, &mut loc_only);
        // "General Waker-uz-Zaman announced Sheikh Hasina's resignation": a
        // verb of making known whose gapped act is owned by a name reports
        // that owner's act; the announcer is no party to it.
        let (source, target) = match self.announced_owner(&source) {
            Some(owner) => {
                target.retain(|&a| a != owner);
                (vec![owner], target)
            }
            None => (source, target),
        };
        // "its forces had repelled 61 Russian attacks": the attacks fought off
        // are the attackers' act on the verb's subject, so the sides turn round
        // ("repelled Russian troops" is the subject's act on the troops).
        let fought_off = t.is_verb()
            && !loc_only
            && s.in_cold(t.ta, wc::REPEL)
            && attack_object(s, trigs, t.tend);
        let (source, mut target) = if fought_off {
            (target, source)
        } else {
            (source, target)
        };
        // "Condemning Russia, France and Germany said", "In a statement
        // condemning Russia, France and Germany said": an opening
        // participle's object list runs on over the comma into the main
        // clause's subject, which is its doer and no target.
        let opening_participle = t.is_verb()
            && t.form == Form::Ing
            && self.floor == 0
            && (t.ta == 0 || opening_statement(s, t.ta - 1));
        target.retain(|a| !source.contains(a) || (source.len() > 1 && !opening_participle));
        (source, target, loc_only)
    }

    /// Whether the word before the verb at `ta`, over auxiliaries, negation
    /// and adverbs, ends a mention of one of its doers (`source`) or is a
    /// subject pronoun ("Netanyahu thanked him", "Clinton's campaign has
    /// criticized him", "He congratulated her").
    fn doer_right_before(&self, ta: usize, source: &[usize]) -> bool {
        let Clause { s, floor, .. } = *self;
        let k = self.back_over_auxiliaries(ta);
        let Some(prev) = k.checked_sub(1).filter(|_| k > floor) else {
            return false;
        };
        s.mention_ending_at(prev)
            .is_some_and(|m| source.contains(&m.actor))
            || (s.f(prev) & wc::PRON != 0
                && s.f(prev) & wc::POSS == 0
                && s.mention_at(prev).is_none())
    }

    /// The first token of the verb group ending at `ta`: back over
    /// auxiliaries, negation and adverbs.
    fn back_over_auxiliaries(&self, ta: usize) -> usize {
        let Clause { s, floor, .. } = *self;
        s.back_over(ta, floor, |j| {
            s.f(j) & (wc::AUX | wc::HAVE | wc::BE | wc::NEG | wc::SKIP) != 0 || s.is_ly_adverb(j)
        })
    }

    /// Whether the clause fixes the verb's doers (`source`) as someone
    /// other than an object pronoun after it: the verb is a second predicate
    /// ("a court convicted Navalny and sentenced him", "Trump attacked
    /// Clinton, accusing her of lying") of a clause that opens with the
    /// doers, or of an active verb with the doers named right before it; or
    /// it is the infinitive of such a verb ("Xi phoned Putin to congratulate
    /// him"), done by the verb's subject, or after a verb that asks by its
    /// object named right before the "to" ("Trump asked Comey to help
    /// him"). A bare comma before a finite verb, "or" and a preposition join
    /// no such predicate here ("Either embrace Trump or destroy him", "by
    /// urging him").
    fn doer_fixed_by_first_verb(&self, source: &[usize]) -> bool {
        let Clause {
            s,
            trigs,
            i,
            t,
            floor,
            ..
        } = *self;
        let k = self.back_over_auxiliaries(t.ta);
        if k <= floor {
            return false;
        }
        let infinitive = s.word(k - 1) == "to";
        let second_predicate =
            matches!(s.word(k - 1), "and" | "but") || (s.punct(k - 1, ",") && t.form == Form::Ing);
        if !infinitive && !second_predicate {
            return false;
        }
        // "Macron called Aoun to congratulate him": the caller does what
        // the call was for, to the one called.
        if infinitive && self.caller_before(k - 1).is_some_and(|c| c == source) {
            return true;
        }
        if second_predicate && self.clause_opens_with(source, k - 1) {
            return true;
        }
        let Some(first) = trigs[..i]
            .iter()
            .rev()
            .find(|p| p.is_verb() && p.tend < k && p.ta >= floor)
        else {
            return false;
        };
        if first.passive() || !self.doer_right_before(first.ta, &first.source) {
            return false;
        }
        let asked = infinitive
            && k >= 2
            && s.mention_ending_at(k - 2)
                .is_some_and(|m| m.a >= first.tend && source.contains(&m.actor));
        first.source == source || asked
    }

    /// Whether the first mention of the clause before token `end` (past a
    /// dateline's place, "BRASILIA -") names one of the doers (`source`),
    /// with no verb before it: the clause's subject; or a subject pronoun
    /// opening the clause stands for the doers.
    fn clause_opens_with(&self, source: &[usize], end: usize) -> bool {
        let Clause {
            s, trigs, i, floor, ..
        } = *self;
        // "He has injected drama into talks with Japan, threatening them":
        // a subject pronoun opening the clause, named back to the doers.
        if floor < end
            && s.f(floor) & wc::PRON != 0
            && s.f(floor) & wc::POSS == 0
            && !source.is_empty()
            && resolve_pronoun(s, floor, self.ctx) == source
        {
            return true;
        }
        let mut q = floor;
        while q < end {
            let Some(m) = s.mention_starting_at(q) else {
                q += 1;
                continue;
            };
            if m.b < end && matches!(s.word(m.b), "-" | "\u{2013}" | "\u{2014}") {
                q = m.b + 1;
                continue;
            }
            return source.contains(&m.actor)
                && !trigs[..i]
                    .iter()
                    .any(|p| p.is_verb() && p.ta >= floor && p.ta < m.a);
        }
        false
    }

    /// Whether "I", "we" or "you" stands between the clause's floor (a
    /// content's start, else the sentence's) and the trigger.
    fn first_or_second_person_before(&self) -> bool {
        let Clause { s, t, floor, .. } = *self;
        (floor..t.ta).any(|k| {
            let w = s.word(k);
            w == "I" || w.eq_ignore_ascii_case("we") || w.eq_ignore_ascii_case("you")
        })
    }

    /// The verb's object phrase ([`object_after`], a gapped row's own object
    /// included), unless it is a place where unresolved people are ("threatened
    /// Kurdish militants in northern Syria") or the partner of a cooperative
    /// noun after a hostile act; an accusation's pronoun object before "of"
    /// is the nearest name before it other than the accuser (`source`); a
    /// condemnation's object hit by a hostile act is not its target.
    fn verb_object(&self, source: &[usize]) -> Object {
        let Clause {
            s,
            trigs,
            t,
            n,
            floor,
            target_preps,
            ..
        } = *self;
        // "operations against Hamas": a phrase ending in its preposition.
        let direct = t.pos != Pos::Phrase
            || (t.tb > 0 && s.f(t.tb - 1) & (wc::TPREP | wc::FOR | wc::FROM | wc::OF) != 0);
        // A gapped trigger ("rejected a U.S. request") may hold its target.
        let found = object_after(s, t.tb, t.tend, direct, target_preps, trigs)
            .filter(|(g, _)| !g.first().is_some_and(|m| self.inside_purpose_clause(m)));
        // "threatened Kurdish militants in northern Syria": a threat, demand or
        // meeting is aimed at people, and an object named by a word the actor
        // pass could not resolve is someone of its own; the place is only where
        // they are. Force still hits the place ("bombed Kurdish positions in
        // northern Iraq"), and a plain object keeps it ("set up a research
        // centre in Tokyo" is Japan's in the PLOVER gold).
        let found = found.filter(|(g, intro)| {
            let aimed_at_people = matches!(
                t.event_type,
                EventType::Threaten
                    | EventType::Accuse
                    | EventType::Request
                    | EventType::Reject
                    | EventType::Consult
                    | EventType::Support
            );
            let named_object = |end: usize| {
                (t.tend..end).any(|k| {
                    s.toks[k].kind == TokenKind::Word
                        && is_upper_start(s.word(k))
                        && s.mention_at(k).is_none()
                        && s.trig_at(k).is_none()
                })
            };
            !(*intro == wc::LOC && aimed_at_people && g.first().is_some_and(|m| named_object(m.a)))
        });
        // "Pope Leo XIV met refugees in Rome", "met him in Turkey": a
        // meeting whose object is someone the text names as no actor is held
        // in the place; the place is where it was (the event's place), not
        // with whom. With no object ("met in Rome", "met again in Rome") the
        // place still stands in.
        let found = found.filter(|(g, intro)| {
            !(*intro == wc::LOC
                && t.event_type == EventType::Consult
                && g.first().is_some_and(|m| self.unnamed_object_before(m.a)))
        });
        // "began attacking ships in what they say is solidarity with the
        // Palestinians": a name in the phrase of a cooperative event noun after
        // a hostile act is that noun's partner, not the one attacked.
        let found = found.filter(|(g, _)| {
            !hostile(t.event_type)
                || !g.first().is_some_and(|m| {
                    let (intro, at) = s.intro_of(m.a, t.tend);
                    intro != 0
                        && at > t.tend
                        && s.trig_at(at - 1)
                            .is_some_and(|u| trigs[u].nominal && cooperative(trigs[u].event_type))
                })
        });
        // "accusing it of supplying the RSF with drones": an accusation's
        // pronoun object before "of" is the one accused, the nearest fitting
        // name before it other than the accuser.
        let found = found.or_else(|| {
            let object_pronoun = t.event_type == EventType::Accuse
                && t.is_verb()
                && t.tend + 1 < n
                && s.f(t.tend) & wc::PRON != 0
                && s.f(t.tend + 1) & wc::OF != 0;
            if !object_pronoun {
                return None;
            }
            let mut k = t.ta;
            while k > floor {
                k -= 1;
                if let Some(m) = s.mention_ending_at(k) {
                    if !source.contains(&m.actor) {
                        return Some((vec![*m], 0));
                    }
                }
            }
            None
        });
        // "condemned the strikes on Iran": a name after a hostile event noun in
        // the object of a condemnation is whom that act hit, not whom the
        // condemnation is aimed at (the act's doer, if named, is). A verb of
        // laying blame names the one blamed so ("blamed the bombing on
        // Hezbollah").
        // "threatened to trigger the snapback of UN sanctions if Iran did not
        // comply", "threatened to seek UN sanctions": a name right before a
        // penalty in the threat's object is who would impose it, the
        // threat's means, not whom it is aimed at (the condition's subject
        // may be: `fallback_target`).
        let found = found.filter(|(g, _)| {
            // The name is the object itself, an "of" object inside it, or
            // the object of the threat's own infinitive ("to trigger UN
            // sanctions"), not a phrase aimed at someone ("retaliate
            // against EU sanctions" is aimed at the EU).
            let in_object = |m: &M| {
                let (intro, at) = s.intro_of(m.a, t.tend);
                intro & !wc::OF == 0 || (intro & wc::TO != 0 && at == t.tend && at + 1 < m.a)
            };
            let penalty_doer = t.event_type == EventType::Threaten
                && g.first().is_some_and(in_object)
                && g.last().is_some_and(|m| {
                    m.b < n
                        && s.lex.is_some_and(|lex| {
                            is_noun_of_type(
                                lex,
                                s.word(m.b),
                                &mut String::new(),
                                EventType::Sanction,
                            )
                        })
                });
            !penalty_doer
        });
        found.filter(|(g, intro)| {
            let victim_of_object = t.event_type == EventType::Accuse
                && *intro & (wc::TPREP | wc::VPREP) != 0
                && !self.blamed_on(g)
                && g.first().is_some_and(|m| {
                    (t.tend..m.a).any(|k| {
                        s.trig_at(k)
                            .and_then(|u| trigs.get(u))
                            .is_some_and(|u| u.nominal && hostile(u.event_type))
                    })
                });
            !victim_of_object
        })
    }

    /// Whether the trigger is a verb of laying blame (`blame_verb`) and
    /// `g` stands in its "on" phrase: "blamed the attacks on Russia" blames
    /// Russia.
    fn blamed_on(&self, g: &[M]) -> bool {
        let Clause { s, t, .. } = *self;
        (t.ta..t.tend).any(|k| s.is_listed(k, wc::listed::BLAME_VERB))
            && g.first().is_some_and(|m| {
                let (_, at) = s.intro_of(m.a, t.tend);
                at < m.a && s.is(at, "on")
            })
    }

    /// The owner of the act a verb of making known reports in its gapped
    /// row ("announced Sheikh Hasina's resignation", "announced Israel's
    /// withdrawal"): a name other than the subject's, with a possessive
    /// right before the act's noun and its modifiers. "announced his
    /// resignation" is the announcer's own act and has none.
    fn announced_owner(&self, source: &[usize]) -> Option<usize> {
        let Clause { s, t, .. } = *self;
        if !t.is_verb() || t.tend < t.tb + 2 || !s.names(t.ta, wc::ANNOUNCE) {
            return None;
        }
        let noun = t.tend - 1;
        let mut k = noun;
        while k > t.tb && s.is_modifier_word(k - 1) {
            k -= 1;
        }
        let possessive = k
            .checked_sub(1)
            .filter(|&p| p > t.tb && s.is_possessive(p))?;
        let owner = s.mention_ending_at(possessive - 1)?.actor;
        (!source.contains(&owner)).then_some(owner)
    }

    /// Whether a verb trigger with no gapped object has a direct object
    /// that names no actor before token `until` ("met refugees", "met the
    /// families of the victims", "met with students", "met him"): a
    /// pronoun or a plain lower-case noun after determiners, right after
    /// the verb or its "with". An adverb or a time phrase ("met again",
    /// "met twice", "met for two hours", "met on Sunday") is no object.
    fn unnamed_object_before(&self, until: usize) -> bool {
        let Clause { s, t, .. } = *self;
        if !t.is_verb() || t.tend != t.tb {
            return false;
        }
        let mut k = t.tend;
        if s.is(k, "with") {
            k += 1;
        }
        if k < until && s.f(k) & wc::PRON != 0 && s.mention_at(k).is_none() {
            return true;
        }
        while k < until
            && (s.f(k) & (wc::DET | wc::POSS) != 0 || s.toks[k].kind == TokenKind::Number)
            && s.mention_at(k).is_none()
        {
            k += 1;
        }
        // "met again", "met twice", "met privately": an adverb, no object.
        let adverb = s.f(k) & wc::SKIP != 0
            || s.is_ly_adverb(k)
            || ["once", "twice"].iter().any(|w| s.is(k, w));
        k < until
            && s.is_modifier_word(k)
            && s.toks[k].kind == TokenKind::Word
            && !is_upper_start(s.word(k))
            && !adverb
    }

    /// Whether mention `m` lies past a purpose infinitive right after a
    /// retreat with no object of its own ("withdrew to let Ukrainian forces
    /// retake the town", "resigned yesterday to allow Haiti's first
    /// elections"): a withdrawal, resignation or truce yields to the other
    /// side, which the purpose clause does not name; its names are the
    /// infinitive's. Other acts may be aimed through their purpose ("fired to
    /// disperse Palestinian protesters", "blocked a road to show their
    /// disapproval of the United States"), and a gapped row holds its own
    /// object ("declared a truce to allow …" is read as it was).
    fn inside_purpose_clause(&self, m: &M) -> bool {
        let Clause { s, trigs, t, .. } = *self;
        if t.event_type != EventType::Retreat || t.governing() || t.tend != t.tb || !t.is_verb() {
            return false;
        }
        let Some(to) = (t.tend..m.a).find(|&k| s.f(k) & (wc::NEG | wc::SKIP) == 0) else {
            return false;
        };
        let verb = to + 1;
        let verb_trigger = verb < m.a && s.trig_at(verb).is_some_and(|u| trigs[u].is_verb());
        s.f(to) & wc::TO != 0 && (verb_trigger || s.infinitive_before(to, m))
    }

    /// "filed a complaint with the WTO against China", "lodged a protest
    /// with the UN over": an accusation made "with" a forum is made to it,
    /// as one made "to" it.
    fn lodged_with(&self, g: &[M]) -> bool {
        let Clause { s, t, .. } = *self;
        t.event_type == EventType::Accuse
            && g.first().is_some_and(|m| {
                let (_, at) = s.intro_of(m.a, t.tend.saturating_sub(1));
                at >= t.tend && at < m.a && s.is(at, "with")
            })
    }

    /// Names that all stand inside the trigger's gap and none a person.
    fn within_gap(&self, g: &[M]) -> bool {
        let Clause { t, ctx, .. } = *self;
        g.iter()
            .all(|m| m.a >= t.tb && m.b <= t.tend && !ctx.actors.is_person(m.actor))
    }

    /// Whether a reciprocal pronoun ("each other": the `reciprocal` rows of
    /// `events-words.tsv`) is the verb's object: right after its head, right
    /// after the whole trigger, or after a preposition there ("imposed
    /// sanctions on each other").
    fn reciprocal_object(&self) -> bool {
        let Clause { s, t, .. } = *self;
        let Some(lex) = s.lex else {
            return false;
        };
        let after_prep = s.f(t.tend) & (wc::TPREP | wc::VPREP | wc::TO | wc::FOR | wc::FROM) != 0;
        let starts = [Some(t.tb), Some(t.tend), after_prep.then_some(t.tend + 1)];
        starts.into_iter().flatten().any(|at| {
            lex.listed
                .reciprocals
                .iter()
                .any(|words| words.iter().enumerate().all(|(k, w)| s.is(at + k, w)))
        })
    }

    /// The object when names stand inside a gapped row: the doer's own state
    /// there ("Trump would end U.S. aid to Colombia") says whose the object
    /// is, and the event is aimed at the "to" phrase after it or at no one;
    /// another name there ("reimpose United Nations sanctions on Iran") says
    /// whose the act is, and a target phrase after it names the target.
    fn gapped_object(&self, source: &[usize], found: Object) -> Object {
        let Clause {
            s,
            trigs,
            t,
            ctx,
            target_preps,
            ..
        } = *self;
        // "Trump would end U.S. aid to Colombia", "Trump pulled the United
        // States out of the accord": the doer's own state inside a gapped
        // trigger says whose the object is or who acts; the event is aimed at
        // the phrase after it, or at no one named. (A person there is
        // the one acted on: "the tribunal found Hasina guilty".)
        let own_in_gap = found.as_ref().is_some_and(|(g, _)| {
            !source.is_empty() && self.within_gap(g) && same_side(ctx.actors, &actors_of(g), source)
        });
        // A hostile act takes its target from any phrase it aims at ("Trump
        // imposed U.S. sanctions on Iran"), a cooperative one from "to" or
        // "for" ("Germany reaffirmed Berlin's support for Ukraine"; "joined
        // the U.S. campaign against Iran" names the common foe, no partner);
        // a place is none.
        let found = if own_in_gap {
            let preps = if hostile(t.event_type) {
                target_preps & !wc::LOC
            } else if cooperative(t.event_type) {
                wc::TO | wc::FOR
            } else {
                wc::TO
            };
            object_after(s, t.tend, t.tend, false, preps, trigs)
                .filter(|(_, intro)| intro & preps != 0)
        } else {
            found
        };
        // "reimpose United Nations sanctions on Iran", "lifted EU sanctions
        // against Russia": a name inside a gapped trigger's noun phrase says
        // whose the act is; the phrase aimed at someone after it names the
        // target ("rejected a U.S. request", with no such phrase, keeps it).
        let attitude = matches!(
            t.event_type,
            EventType::Accuse | EventType::Reject | EventType::Support | EventType::Request
        );
        let in_gap = found.as_ref().is_some_and(|(g, intro)| {
            *intro == 0 && !attitude && t.tend > t.tb && self.within_gap(g)
        });
        match in_gap {
            true => object_after(s, t.tend, t.tend, false, wc::TPREP, trigs)
                // Not an infinitive's "to" ("seize frozen Russian assets to
                // help Ukraine").
                .filter(|(_, intro)| intro & wc::TPREP != 0 && intro & wc::TO == 0)
                .or(found),
            false => found,
        }
    }

    /// "condemned the attack on Qatar": the phrase after a condemned attack
    /// names whom it hit, not whom the condemnation is aimed at; that is the
    /// attack's doer after "by", or no one named.
    fn condemned_attack_object(&self, found: Object) -> Object {
        let Clause { s, trigs, t, .. } = *self;
        let condemned_attack = t.event_type == EventType::Accuse
            && t.tend > t.ta + 1
            && s.lex
                .is_some_and(|lex| is_assault_noun(lex, s.word(t.tend - 1), &mut String::new()));
        match found {
            Some((_, intro)) if condemned_attack && intro & wc::TPREP != 0 => {
                agent_after(s, t.tend, trigs).map(|g| (g, wc::BY))
            }
            found => found,
        }
    }

    /// Whether a fighting verb's "with" phrase names an ally: "fought
    /// together with", "shoulder to shoulder with", "side by side with"
    /// Russian troops fight beside them, not against them ("fought with
    /// Russian troops" alone keeps its enemy).
    fn fights_beside_ally(&self) -> bool {
        let Clause { s, t, .. } = *self;
        if !t.is_verb() || t.event_type != EventType::Assault {
            return false;
        }
        let k = t.tend;
        let with_at = |j: usize| s.is(j, "with");
        (s.is(k, "together") && with_at(k + 1))
            || ((s.is(k, "shoulder") || s.is(k, "side"))
                && (s.is(k + 1, "to") || s.is(k + 1, "by"))
                && s.is(k + 2, s.word(k))
                && with_at(k + 3))
    }

    /// "hosted a meeting between Israel and the PLO", "host talks between":
    /// a meeting or accord is with both sides of its "between" phrase. With
    /// no doer of its own named, a verb whose "between" phrase follows it or
    /// its row's own noun right away ("the deepening ties between Moscow and
    /// Beijing", "a truce agreed between Israel and Hamas") is done by the
    /// two sides themselves, each the other's target, as the doers of a
    /// meeting are; a host or mediator's act never is ("mediated talks
    /// between Israel and Hamas": Qatar mediates, the sides are whom for).
    fn between_target(
        &self,
        source: &mut Vec<usize>,
        target: &mut Vec<usize>,
        loc_only: &mut bool,
    ) {
        let Clause { s, trigs, t, .. } = *self;
        if matches!(
            t.event_type,
            EventType::Consult | EventType::Agree | EventType::Cooperate
        ) {
            let b = if s.is(t.tend, "between") {
                Some(t.tend + 1)
            } else if t.tend > t.ta && s.is(t.tend - 1, "between") {
                Some(t.tend)
            } else if t.is_verb() && target.is_empty() && hosts_or_mediates(s, t) {
                // "hosted four rounds of talks between Iran and the United
                // States": the phrase closes the object's noun phrase ("discussed
                // the talks between" names a topic, not the parties).
                between_in_object(s, t.tend, trigs)
            } else {
                None
            };
            if let Some(sides) = b.map(|b| between_sides(s, b, trigs)) {
                if !sides.is_empty() {
                    if source.is_empty()
                        && t.is_verb()
                        && b == Some(t.tend + 1)
                        && !hosts_or_mediates(s, t)
                        && self.names_its_noun()
                    {
                        source.clone_from(&sides);
                    }
                    *target = sides;
                    *loc_only = false;
                }
            }
        }
    }

    /// Whether the verb is a participle that only describes a noun, with no
    /// clause of its own whose doer a later pass could still name (an
    /// infinitive's or a modal's: "would be ready to host a meeting
    /// between"): an -ing form opening a noun phrase ("the deepening ties",
    /// "warned of deepening military ties", "Russia's strengthening
    /// partnership") or a past form right after a lower-case word with no
    /// class, its noun ("a truce agreed between").
    fn names_its_noun(&self) -> bool {
        let Clause { s, t, .. } = *self;
        let Some(prev) = t.ta.checked_sub(1) else {
            return false;
        };
        let pf = s.f(prev);
        match t.form {
            Form::Ing => {
                pf & wc::TO == 0
                    && (pf & (wc::DET | wc::POSS | PREPS) != 0 || s.is_possessive(prev))
            }
            Form::Past => {
                pf == 0
                    && s.toks[prev].kind == TokenKind::Word
                    && s.mention_at(prev).is_none()
                    && s.word(prev).starts_with(|c: char| c.is_ascii_lowercase())
            }
            _ => false,
        }
    }

    /// Whether the object phrase `g` (introduced by `intro`) of a meeting
    /// verb only names the body of another meeting noun it modifies ("on the
    /// sidelines of the BRICS summit", "at the G7 summit"): a phrase after a
    /// preposition, whose last name stands right before a meeting noun.
    fn names_hosting_meeting(&self, g: &[M], intro: wc::Classes) -> bool {
        let Clause { s, trigs, t, .. } = *self;
        t.event_type == EventType::Consult
            && intro != 0
            && g.last().is_some_and(|m| {
                s.trig_at(m.b).is_some_and(|u| {
                    let meeting = &trigs[u];
                    meeting.nominal && meeting.ta == m.b && meeting.event_type == EventType::Consult
                })
            })
    }

    /// A place as the only target: a meeting or accord of the subject's
    /// members is among them ("Macron and Merz met in Berlin"), and a place
    /// after the plain object of a support act is where it was signed.
    fn place_only_target(&self, source: &[usize], target: &mut Vec<usize>, loc_only: &mut bool) {
        let Clause { t, .. } = *self;
        // "Macron and Merz met in Berlin", "Armenia and Azerbaijan signed the
        // agreement in Washington": a meeting or accord of the subject's
        // members with no object is among them; the place is only where it was.
        // A support act counts only with the object its row names ("signed ...
        // agreement"): "Britain and France praised the deal in Paris" is no
        // praise of each other.
        let among_themselves = match t.event_type {
            EventType::Consult | EventType::Agree | EventType::Cooperate => true,
            EventType::Support => t.tend > t.tb,
            _ => false,
        };
        if among_themselves && *loc_only && source.len() > 1 {
            *target = source.to_vec();
            *loc_only = false;
        }
        // "The RSF and its allies signed a charter in Nairobi": a place after
        // the plain object of a support act is where it was signed, not whom
        // it backs.
        if *loc_only && t.event_type == EventType::Support && !source.is_empty() {
            target.clear();
            *loc_only = false;
        }
    }

    /// "complained to the United Nations over Israeli air raids": an
    /// accusation's target is whom it is about (a phrase after its addressee,
    /// which ends at token `after`), not whom it is made to.
    fn accusation_topic(&self, after: usize, target: &mut Vec<usize>) {
        let Clause { s, n, .. } = *self;
        let about = (after..n.min(after + OBJECT_WINDOW))
            .take_while(|&k| !s.hard_stop(k) && s.f(k) & (wc::THAT | wc::BAR | wc::REL | CUE) == 0)
            .filter(|&k| s.f(k) & (wc::TPREP | wc::VPREP | wc::PREP) != 0 && s.f(k) & wc::TO == 0)
            .find_map(|k| s.mention_after_np_words(k + 1, n));
        if let Some(m) = about {
            *target = actors_of(&s.group_right(m, n));
        }
    }

    /// "demanded (Friday) that Hamas renounce": the that-clause's subject is
    /// the target; when a threat's clause has the threatener's own side
    /// acting ("Katz warned that Israel would strike Iran"), the object of
    /// that act is.
    fn that_clause_target(&self, source: &[usize], target: &mut Vec<usize>, loc_only: bool) {
        let Clause {
            s,
            trigs,
            t,
            n,
            ctx,
            ..
        } = *self;
        if (target.is_empty() || loc_only) && t.governing() {
            let mut k = t.tend;
            while k < n && s.f(k) & wc::SKIP != 0 {
                k += 1;
            }
            if s.f(k) & wc::THAT != 0 {
                if let Some(m) = s.mention_from(k + 1) {
                    let group = s.group_right(m, n);
                    let subj = actors_of(&group);
                    // "Katz warned that Israel would strike Iran": a threat
                    // whose clause has the threatener's own side acting is
                    // aimed at the object of that act, not at the own side.
                    let own_side =
                        t.event_type == EventType::Threaten && same_side(ctx.actors, &subj, source);
                    if own_side {
                        let after = group.last().map_or(k + 1, |g| g.b);
                        if let Some(aim) = threatened_act_object(s, trigs, after) {
                            *target = aim;
                        }
                    } else if subj != source {
                        *target = subj;
                    }
                }
            }
        }
    }

    /// The target when none (or only a place) is found yet: a threat's
    /// condition ("unless Israel withdraws"), a protest's aim, the agent
    /// inside a direct act's object, whoever asked for what a response
    /// answers, an object relative clause's antecedent; a withdrawal or truce
    /// at home is aimed at no one.
    fn fallback_target(&self, source: &[usize], target: &mut Vec<usize>, loc_only: &mut bool) {
        let Clause {
            s,
            trigs,
            t,
            n,
            floor,
            ctx,
            ..
        } = *self;
        // A threat is conditional on its target: "... unless Israel withdraws".
        if (target.is_empty() || *loc_only) && t.event_type == EventType::Threaten {
            if let Some(k) = (t.tend..n).find(|&k| s.in_cold(k, wc::THREAT_CONDITION)) {
                if let Some(m) = s.mention_from(k + 1) {
                    *target = actors_of(&s.group_right(m, n));
                }
            }
        }
        // "blocked streets in Hong Kong in defiance of Chinese authorities".
        if (target.is_empty() || *loc_only) && t.event_type == EventType::Protest {
            let aim = protest_aim(s, t, trigs);
            if !aim.is_empty() {
                *target = aim;
                *loc_only = false;
            }
        }
        if target.is_empty() && t.class == Class::Direct {
            // "demanded an admission by Moscow": the agent inside the object.
            if let Some(g) = agent_after(s, t.tend, trigs) {
                *target = actors_of(&g);
            }
        }
        // A response is aimed at whoever asked: "rejected calls by Kofi Annan",
        // "accepted demands from the rebels", "dismissed an appeal from X".
        if (target.is_empty() || *loc_only)
            && matches!(t.event_type, EventType::Reject | EventType::Concede)
        {
            if let Some(g) = agent_after_any(s, t.tend, trigs, wc::BY | wc::FROM) {
                *target = actors_of(&g);
            }
        }
        // "Hezbollah declared a unilateral ceasefire in south Lebanon": a
        // withdrawal, truce or resignation at home is aimed at no one; the
        // place of the doer's own state is only where it happened.
        if *loc_only && t.event_type == EventType::Retreat && same_side(ctx.actors, target, source)
        {
            target.clear();
            *loc_only = false;
        }
        // "Hamas, which the US designated a terrorist organization", "Pakistan,
        // which India blames for the attack": an object relative clause's verb
        // is done to its antecedent.
        if (target.is_empty() || *loc_only) && t.is_verb() {
            if let Some(g) = object_relative_antecedent(s, t.ta, floor) {
                let antecedent: Vec<usize> = actors_of(&g)
                    .into_iter()
                    .filter(|a| !source.contains(a))
                    .collect();
                if !antecedent.is_empty() {
                    *target = antecedent;
                    *loc_only = false;
                }
            }
        }
    }
}

/// Whether the verb takes "I"'s view of a clause after it ("I agree it
/// is bad", "I accept that we lost"): a cooperative verb whose object is
/// a proposition, not a party or an act, is the speaker's opinion, no
/// act between parties. A plural or named subject may agree with
/// another side ("Russia and Ukraine agreed that talks would resume"), a
/// demand or warning of a clause is aimed at the clause's subject ("I
/// demand that Russia withdraw"), and an object after the verb names
/// whom the act is aimed at ("I agree with Kyiv").
pub(super) fn first_person_opinion(s: &Sent, t: &Trig, floor: usize) -> bool {
    let n = s.n();
    let k = s.back_over(t.ta, floor, |j| {
        s.f(j) & (wc::AUX | wc::HAVE | wc::BE | wc::NEG | wc::SKIP) != 0 || s.is_ly_adverb(j)
    });
    let subject_pronoun = |x: usize| {
        x < n && s.f(x) & wc::PRON != 0 && s.f(x) & wc::POSS == 0 && s.mention_at(x).is_none()
    };
    let clause_after = subject_pronoun(t.tend)
        || (t.tend + 1 < n
            && s.f(t.tend) & wc::THAT != 0
            && (subject_pronoun(t.tend + 1)
                || s.f(t.tend + 1) & wc::DET != 0
                || s.mention_at(t.tend + 1).is_some()));
    t.is_verb()
        && t.tend == t.tb
        && matches!(
            t.event_type,
            EventType::Agree | EventType::Concede | EventType::Support
        )
        && k > floor
        && s.word(k - 1) == "I"
        && clause_after
}
