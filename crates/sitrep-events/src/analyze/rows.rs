//! What each hit is (steps 1–3 of the clause analysis): the lexicon row
//! it takes in its context and the trigger made from it
//! ([`choose_triggers`]); the requests an obligation after a speaker makes
//! ([`add_obligations`]); and each trigger's voice, with the participles
//! and naming clauses that report no act of their own ([`set_voices`],
//! [`absorb_descriptive_participles`], [`absorb_characterised`]).

use super::*;

/// The mode of a "not an event" gapped row that removes only its head's
/// reading with that object, not the object's own ("report ... attack").
const HEAD_ONLY_MODE: &str = "head_only";

/// Step 1: a lexicon row for every hit, in order, and the triggers made
/// from them (`trigs`, indexed on `s`). A hit inside the last trigger is
/// passed over.
pub(super) fn choose_triggers(
    sc: &Scope,
    s: &mut Sent,
    hits: &[Hit],
    trigs: &mut Vec<Trig>,
    lower: &mut String,
) {
    trigs.clear();
    let mut consumed_to = 0usize;
    for hit in hits {
        add_hit_trigger(sc, s, hit, trigs, &mut consumed_to, lower);
    }
    absorb_conceded_demands(s, trigs);
    index_triggers(s, trigs);
}

/// "Israel struck Hezbollah targets", "jets hit Houthi positions": a word in
/// -s right after a name that directly follows a verb trigger is the head
/// of the verb's object, which the name modifies, not a verb of the name.
fn name_object_head(s: &Sent, trigs: &[Trig], ta: usize, form: Form) -> bool {
    form == Form::S
        && ta > 0
        && s.mention_ending_at(ta - 1)
            .is_some_and(|m| trigs.last().is_some_and(|t| t.is_verb() && t.tend == m.a))
}

/// "conceded at last to demands from UNITA", "gave in to demands from
/// China": a demand that a concession verb gives in to (through "to", over
/// the noun's modifiers, at most two plain words after the verb) is what is
/// conceded, told by the concession's own event as "accepted the demands"
/// is, not a second act. ("caved to demands" has no concession trigger:
/// the demand stays the event, aimed at the one who gave in.)
fn absorb_conceded_demands(s: &Sent, trigs: &mut [Trig]) {
    for i in 1..trigs.len() {
        let t = &trigs[i];
        if !t.nominal || t.event_type != EventType::Request {
            continue;
        }
        let mut k = t.ta;
        while k > 0
            && (s.f(k - 1) & (wc::DET | wc::POSS) != 0
                || s.is_modifier_word(k - 1)
                || s.mention_at(k - 1).is_some())
        {
            k -= 1;
        }
        if k == 0 || s.f(k - 1) & wc::TO == 0 {
            continue;
        }
        let to = k - 1;
        let conceded = trigs[..i].iter().any(|v| {
            v.is_verb()
                && v.event_type == EventType::Concede
                && v.tend <= to
                && to - v.tend <= 2
                && (v.tend..to).all(|x| !s.is_punct(x) && s.mention_at(x).is_none())
        });
        if conceded {
            trigs[i].absorbed = true;
        }
    }
}

/// The lexicon row a hit takes here, with its form, the token after the
/// whole trigger and whether the word has a noun row; none when the hit is
/// part of a name, starts inside the last trigger (`consumed_to`), or no
/// row fits its context. A verb a non-event context rules out is noted in
/// `s.ruled_out_verbs`. `trigs` holds the sentence's triggers chosen so
/// far, which an object relative's row reads ([`relative_object_row`]).
fn choose_row(
    sc: &Scope,
    s: &mut Sent,
    hit: &Hit,
    trigs: &[Trig],
    consumed_to: usize,
    lower: &mut String,
) -> Option<(u32, Form, usize, bool)> {
    let Doc { text, lex, .. } = *sc.doc;
    let (toks, headline) = (sc.toks, sc.headline);
    let affix_hit = hit.start != toks[hit.ta].start;
    let (ta, tb) = (hit.ta, hit.tb);
    if ta < consumed_to {
        return None;
    }
    // A trigger inside an actor mention is part of a name.
    if !affix_hit && (ta..tb).any(|k| s.ment_of[k] != NONE) {
        return None;
    }
    if affix_hit && s.mention_at(ta).is_none() && s.qualifier_at(ta).is_none() {
        return None;
    }
    // A capitalized trigger inside a sentence is part of a name
    // ("Operation Protective Edge", "March 5").
    if !affix_hit && is_upper_start(&text[hit.start..hit.end]) && !headline {
        let first_word = ta == 0 || (ta == 1 && s.is_punct(0));
        let after_quote =
            ta > 0 && (s.punct(ta - 1, "\"") || s.punct(ta - 1, ":") || s.punct(ta - 1, "("));
        if !first_word && !after_quote {
            return None;
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
        match_gapped(s, lex, hit.surface as u32, tb, headline, lower).filter(|_| !non_event);
    if let Some((e, form, end)) = gapped_match {
        let entry = &lex.entries[e as usize];
        let object = end - entry.tail.len();
        let gap_has_actor = (tb..object).any(|k| s.ment_of[k] != NONE);
        let plain_same = candidates.iter().any(|&(c, _)| {
            let plain = &lex.entries[c as usize];
            plain.tail.is_empty() && plain.pos == Pos::Verb && plain.event_type == entry.event_type
        });
        if gap_has_actor && plain_same && !is_event_noun(lex, &entry.tail[0], lower) {
            gapped_match = None;
        }
        // "Turkey welcomed a call by Ocalan to lay down arms": a gap
        // holding an agent phrase is a noun phrase of its own act,
        // and the row's last word ("welcome ... to": hosting) belongs
        // to that noun, not to the verb.
        // A "by" right after an active verb is the verb's own measure
        // ("shortened by one hour the nightly curfew", "cut by half its
        // aid"): no noun stands before it to be its agent's act.
        let agent_by = |k: usize| s.f(k) & wc::BY != 0 && !(k == tb && measure_by(s, ta, k));
        if (tb..object).any(agent_by) {
            gapped_match = None;
        }
        // "Russia launched a drone attack on the port city": a head word
        // that a determiner's phrase makes a noun here takes no verb's
        // object; a preposition in the gap opens the noun's own phrase ("on
        // the port" is whom the attack hit, and "attack ... port" would make
        // the clause's subject the attacker). An "of" keeps the object
        // reading of a nominalization ("mediated the release of captives"),
        // and a row whose object is a preposition is the noun's own ("gave a
        // warm welcome on Thursday to": "welcome ... to").
        let prep_in_gap = (tb..object).any(|k| s.f(k) & PREPS & !wc::OF != 0);
        // (Only a form a noun shares: "include sending in peacekeepers" is a
        // gerund and its particle.)
        let noun_object = s.f(object) & (PREPS | wc::TO) == 0;
        let noun_form = matches!(form, Form::Base | Form::S);
        if prep_in_gap && noun_object && noun_form && head_in_noun_phrase(s, ta) {
            gapped_match = None;
        }
        // "The General Assembly approved a resolution calling for a
        // ceasefire": an issued text in the gap with an -ing participle
        // after it holds the text's own clause, and the row's object
        // ("approve ... ceasefire") belongs to that participle, which is
        // read as the issuer's act.
        if issued_text_then_participle(s, tb, object) {
            gapped_match = None;
        }
        // "Ethiopia charged Eritrea with backing the rebels": a state or
        // its government is not arrested or brought to court, so an
        // arrest row whose object names one is the accusation the plain
        // verb's row codes.
        if lex.is_custody_mode(entry.mode.as_deref())
            && ((tb..object).any(|k| names_state_itself(sc.doc.actors, s.mention_at(k)))
                || describes_state(s, tb, object))
        {
            gapped_match = None;
        }
        // "welcomed Trump to visit the city", "welcomed the EU's
        // contribution to support Turkey": a row ending in "to" ("welcome
        // ... to": hosting someone in a place) takes the "to" for where or
        // to whom; a lower-case bare word after it makes it an
        // infinitive, the purpose of the act ("welcomed refugees to the
        // United States" keeps the row), and the head's own row is read.
        if entry.tail.last().is_some_and(|w| w == "to")
            && end > 0
            && infinitive_after(s, end - 1)
            && s.word(end).starts_with(|c: char| c.is_ascii_lowercase())
        {
            gapped_match = None;
        }
    }
    // "India decided to withdraw its high commissioner": a gapped row of a
    // modal verb whose object is an infinitive (the generated "decide ... to
    // withdraw", AGREE) would span the act the modal governs and hide its
    // own, more telling row ("withdraw ... high commissioner"); the modal
    // row reads the clause instead, and the act keeps its type.
    let modal_head = || {
        candidates.iter().any(|&(c, _)| {
            let head = &lex.entries[c as usize];
            head.tail.is_empty() && matches!(head.class, Class::Modal | Class::Intent)
        })
    };
    let spans_governed_act = gapped_match.is_some_and(|(e, _, _)| {
        lex.entries[e as usize]
            .tail
            .first()
            .is_some_and(|w| w == "to")
    }) && modal_head();
    if spans_governed_act {
        gapped_match = None;
    }
    if gapped_match.is_none() && !non_event {
        gapped_match = relative_object_row(s, lex, hit.surface as u32, ta, tb, trigs);
    }
    // "A Pentagon strategy released this week": a participle after its
    // row's object noun reads as the active verb with that object.
    if gapped_match.is_none() && !non_event {
        let participle = candidates.iter().any(|&(_, f)| f == Form::Past);
        gapped_match = reduced_passive_row(s, lex, hit.surface as u32, participle, ta, tb)
            .or_else(|| passive_subject_row(s, lex, hit.surface as u32, participle, ta, tb));
    }
    let has_verb = candidates
        .iter()
        .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Verb);
    let has_noun = candidates
        .iter()
        .any(|(e, _)| lex.entries[*e as usize].pos == Pos::Noun);
    let first_form = candidates.first().map(|c| c.1).unwrap_or(Form::Base);
    let nominal_context = nominal_reading(s, ta, first_form);
    // "The earthquake hit Turkey": a verb-only word whose past is
    // its base reads as a verb in one of its forms.
    let verb_reading = !nominal_context
        || (!has_noun && candidates.iter().any(|&(_, f)| !nominal_reading(s, ta, f)));
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
        } else if entry.pos == Pos::Verb {
            let as_noun = verb_used_as_noun(s, ta, form);
            // "The talks between Iran and the US resumed", "his meeting with
            // Putin": a verb + preposition row ("talk between", "meet with")
            // whose first word a determiner makes a noun is kept here, and
            // `add_hit_trigger` reads the word's own noun row in its place
            // (the preposition then opens the noun's parties). Not a speech
            // act aimed at someone ("Trump's appeal to young voters"): its
            // "to" names an audience, which the noun alone would read as an
            // infinitive, a request made.
            let noun_row_follows = as_noun
                && entry.class != Class::Direct
                && entry.tail.is_empty()
                && tb > ta + 1
                && lex
                    .one_word_rows(s.word(ta), lower)
                    .iter()
                    .any(|&(x, _)| lex.entries[x as usize].pos == Pos::Noun);
            if (as_noun && !noun_row_follows) || name_object_head(s, trigs, ta, form) {
                continue;
            }
        }
        let same_spelled_past = form == Form::Past
            && entry.pos == Pos::Verb
            && entry.event_type.is_some_and(hostile)
            && candidates.contains(&(e, Form::Base));
        if same_spelled_past && !attacker_subject(s, lex, ta, lower) {
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
            if let Some(head) = perfect_aux(s, ta).and_then(|have| subject_head(s, have)) {
                if !attacker_head(s, lex, head, lower) {
                    continue;
                }
            }
        }
        chosen = Some((e, form, tb));
        break;
    }
    chosen.map(|(e, form, tend)| (e, form, tend, has_noun))
}

/// Adds the trigger a hit makes once its row is chosen ([`choose_row`]):
/// none when the row's event noun is the object of a reversal, a designation
/// lists nothing, a participle only modifies a noun, a noun modifies a
/// plural noun after it, or the row codes no event (its words are still
/// consumed). A verb row read where the word is a noun takes the noun row,
/// and a passive's "by" is left outside the trigger.
fn add_hit_trigger(
    sc: &Scope,
    s: &mut Sent,
    hit: &Hit,
    trigs: &mut Vec<Trig>,
    consumed_to: &mut usize,
    lower: &mut String,
) {
    let Doc { text, lex, .. } = *sc.doc;
    let toks = sc.toks;
    let (ta, tb) = (hit.ta, hit.tb);
    let Some((mut e, mut form, mut tend, has_noun)) =
        choose_row(sc, s, hit, trigs, *consumed_to, lower)
    else {
        return;
    };
    let s = &*s;
    // "suspended the ban on", "ending its defence cooperation
    // agreement": an event noun that is the object of a verb of
    // ending or reversal names what is ended, not an act done now.
    let ended = &lex.entries[e as usize];
    let street_act = matches!(
        ended.event_type,
        Some(EventType::Protest | EventType::Assault)
    );
    if ended.pos == Pos::Noun && reversed_event_noun(s, ta, street_act) {
        return;
    }
    // "designated the Muslim Brotherhood chapters as foreign terrorist
    // organizations", "was designated a terrorist group by": a
    // designation is a sanction only when what it makes its object
    // is of a `listed` class; a plain "designated area" or
    // "designated successor" is no event.
    if s.names(ta, wc::DESIGNATE) && !listed_class_after(s, tend) {
        return;
    }
    // "told Sweden to expel", "pressed Iran to release", "pressured Iran to
    // halt", "faces pressure from Washington to halt": a `bid` word is a
    // request of the party it names exactly when an infinitive follows that
    // party, or the word is a passive before one ("was told to leave", "was
    // pressed by Germany to release"); "told reporters that" and "pressed
    // charges" ask no one, and "pressured Iran over its program" or
    // "pressure from Russia" keep their own row (COERCE).
    let mut bid_request = false;
    if matches!(
        ended.event_type,
        Some(EventType::Request | EventType::Coerce)
    ) && s.is_listed(ta, wc::listed::BID)
    {
        let asks = party_then_infinitive(s, tend) || passive_bid(s, ta, tend, form);
        if ended.event_type == Some(EventType::Request) && tend == tb && tb == ta + 1 && !asks {
            return;
        }
        bid_request = asks;
    }
    // "Telling Jeb Bush to quiet down" (a headline), "Telling Iran to halt
    // enrichment is pointless": a request's -ing form opening its sentence
    // has no subject that asks; it is no event rather than a request by no
    // one. Set off by a comma before the main clause ("Pressing Iran to
    // halt enrichment, the EU offered talks") it is the main subject's
    // (`opening_participle_subject`).
    if ta == 0
        && form == Form::Ing
        && ended.pos == Pos::Verb
        && ended.event_type == Some(EventType::Request)
        && opening_participle_subject(s, ta, tend, 0).is_none()
    {
        return;
    }
    // "amid deepening ties between Russia and China", "the strengthening
    // partnership": a gapped row's -ing form right before its own object
    // noun (over plain modifiers, no determiner), after a determiner, a
    // possessive or a `state_prep` ("amid"; "after seeking refuge" is a
    // gerund), is an adjective of
    // that noun; the noun names a state, no one's act. (After another
    // preposition the -ing form is a gerund with its object: "accused of
    // violating the ceasefire", "aimed at establishing relations".)
    let describes_noun = || {
        (tb..tend.saturating_sub(1))
            .all(|k| s.is_modifier_word(k) && s.f(k) & (wc::DET | wc::POSS) == 0)
    };
    let adjective_slot = |p: usize| {
        s.f(p) & (wc::DET | wc::POSS) != 0
            || s.is_possessive(p)
            || s.is_listed(p, wc::listed::STATE_PREP)
    };
    if form == Form::Ing
        && ended.pos == Pos::Verb
        && tend > tb
        && tb == ta + 1
        && ta > 0
        && adjective_slot(ta - 1)
        && describes_noun()
    {
        return;
    }
    // "Mali, Burkina Faso and Niger left ECOWAS": the bare "leave" row
    // reads a state leaving an international body; any other object ("left
    // Kyiv", "left the room", "left the EU summit") makes no trigger.
    if tend == tb
        && ended.event_type == Some(EventType::Retreat)
        && bare_leave_of_no_body(sc, s, ta, tb)
    {
        return;
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
        && participle_modifier(s, ta, tb, form, after_past_verb)
    {
        return;
    }
    let mut tb = tb;
    let mut end_byte = hit.end;
    // "Talks between Iran and ...": a verb + preposition row matched
    // where the first word is a noun; use the noun row instead.
    if lex.entries[e as usize].pos == Pos::Verb
        && lex.entries[e as usize].tail.is_empty()
        && tb > ta + 1
    {
        // "Amid talks between", "after clashes between": right after a
        // subordinator that is also a preposition, an "-s" form with no
        // subject of its own is a plural noun, as at the sentence's start.
        let opens_phrase = |ta: usize| ta == 0 || s.is_listed(ta - 1, wc::listed::CLAUSE_PREP);
        let strong_nominal =
            verb_used_as_noun(s, ta, form) || (form == Form::S && opens_phrase(ta));
        if strong_nominal {
            // The word's first one-word phrase.
            if let Some(&(ne, nf)) = lex
                .one_word_rows(s.word(ta), lower)
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
            return;
        }
    }
    // "Ukraine reported a Russian drone attack on Odesa": a "not an event"
    // gapped row of mode `head_only` ("report ... attack") takes away only
    // its head's reading with that object; the object noun is still read
    // on its own (the attack is Russia's, not the reporter's).
    let head_only = {
        let entry = &lex.entries[e as usize];
        entry.event_type.is_none()
            && !entry.tail.is_empty()
            && entry.mode.as_deref() == Some(HEAD_ONLY_MODE)
    };
    *consumed_to = if head_only { tb } else { tend };
    // "A protest was lodged with Japan": the noun before a passive support
    // verb is that verb's object, and the act is the verb's row with it
    // ("lodge ... protest", a diplomatic complaint), as in the active; the
    // noun stays the trigger: the trigger keeps the hit's own part of
    // speech (`hit_pos`), the event its row.
    let hit_pos = lex.entries[e as usize].pos;
    if hit_pos == Pos::Noun {
        if let Some(row) = passive_light_row(s, lex, tend)
            .filter(|&row| lex.entries[row as usize].event_type.is_some())
        {
            e = row;
        }
    }
    let entry = &lex.entries[e as usize];
    let Some(event_type) = entry.event_type else {
        return; // "declined to comment": consumed, not an event
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
    let (tb, tend, end) = if hit_pos == Pos::Verb
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
    let (event_type, class) = if bid_request {
        (EventType::Request, Class::Direct)
    } else {
        (event_type, entry.class)
    };
    trigs.push(Trig {
        kind: Kind::Lexicon(e),
        event_type,
        class,
        pos: hit_pos,
        form,
        ta,
        tb,
        tend,
        start: hit.start,
        end,
        nominal: hit_pos == Pos::Noun,
        voice: Voice::Active,
        source: Vec::new(),
        target: Vec::new(),
        fixed: false,
        governor: None,
        claim: sc.claim_of(hit.start, end),
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

/// Whether the verb at `ta` is a form of "leave" whose object, starting at
/// `tb` (after an optional "the"), is no international body's name ending
/// its noun phrase.
fn bare_leave_of_no_body(sc: &Scope, s: &Sent, ta: usize, tb: usize) -> bool {
    // Any case: "\"Leave\" supporters" after a quotation mark is no verb of
    // this row's sense either.
    let word = s.word(ta);
    if !["leave", "leaves", "left", "leaving"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let k = if s.is(tb, "the") { tb + 1 } else { tb };
    let body = s.mention_starting_at(k).filter(|m| {
        sc.doc
            .actors
            .actors
            .get(m.actor)
            .is_some_and(|d| d.kind == sitrep_record::ActorKind::Igo)
    });
    // The name must end its noun phrase: "the EU summit" is a meeting.
    !body.is_some_and(|m| takes_no_object(s, m.b))
}

/// Step 2: "X said (that) Y must Z": a REQUEST from X to Y, for each
/// obligation word outside the triggers whose speaker is known (the claim's,
/// or the subject before "that") and whose subject is another party.
pub(super) fn add_obligations(
    sc: &Scope,
    s: &mut Sent,
    trigs: &mut Vec<Trig>,
    last_subject: &[usize],
    unnamed_person: Option<usize>,
) {
    let doc = sc.doc;
    let actors = doc.actors;
    let toks = sc.toks;
    let mut extra = Vec::new();
    for k in 0..s.n() {
        if s.f(k) & wc::OBLIG == 0 || trigs.iter().any(|t| t.ta <= k && k < t.tend) {
            continue;
        }
        let claim = sc.claim_of(toks[k].start, toks[k].end);
        let (speaker, floor) = match claim {
            Some(c) => match doc.speaker_of(c) {
                Some(sp) => (vec![sp], sc.content_start_of(c)),
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
                match subject_before(s, that, 0, trigs) {
                    Subject::Found(g) => (actors_of(&g), that + 1),
                    _ => continue,
                }
            }
        };
        let ctx = Context {
            claim_speaker: claim.and_then(|c| doc.speaker_of(c)),
            content_start: claim.map(|c| sc.content_start_of(c)),
            last_subject,
            unnamed_person,
            actors,
        };
        let targets = match subject_before(s, k, floor, trigs) {
            Subject::Found(group) => actors_of(&group),
            Subject::Pronoun(p) if claim.is_none() => resolve_pronoun(s, p, &ctx),
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
        index_triggers(s, trigs);
    }
}

/// Step 3: each trigger's voice. A participle holding its own object is a
/// clause's verb, and a participle coordinated with a passive one is
/// passive too.
pub(super) fn set_voices(s: &Sent, trigs: &mut [Trig], lex: &EventLexicon, lower: &mut String) {
    for i in 0..trigs.len() {
        trigs[i].voice = voice_of(s, &trigs[i]);
        // "a group of deputies held talks": a participle whose trigger
        // holds its own object ("held talks", "imposed ... sanctions")
        // is a clause's verb, not a reduced passive ("handed over to").
        if trigs[i].voice == Voice::Reduced {
            let t = &trigs[i];
            let ends_in_noun = t.tb > t.ta + 1 && is_event_noun(lex, s.word(t.tb - 1), lower);
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
            if p.voice != Voice::Active && p.tend + 1 == trigs[i].ta && s.f(p.tend) & wc::CONJ != 0
            {
                trigs[i].voice = p.voice;
            }
        }
    }
}

/// "the exiled leaders", "two jailed activists", "freed detained
/// protesters": a participle between a determiner, number or verb and its
/// noun describes the noun; it reports no act of its own (absorbed).
pub(super) fn absorb_descriptive_participles(s: &Sent, trigs: &mut [Trig]) {
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
            && !quantifier_subject(s, t.ta);
        if adjectival {
            t.absorbed = true;
        }
    }
}

/// "Trump called the meeting amazing", "Petro called the sanctions an
/// attack on Colombia's sovereignty": a verb that names or judges its
/// object, followed by a predicate, characterises a thing already told;
/// neither the object ("call ... meeting" read as calling one) nor an event
/// noun in the predicate is an act (absorbed). "called an emergency
/// meeting on Gaza" has no predicate and keeps its reading. (Only a naming
/// verb opens one: a sentence without one is not walked.)
pub(super) fn absorb_characterised(s: &Sent, trigs: &mut [Trig], classes: wc::Classes) {
    let naming_verbs = if classes & wc::EVALUATE != 0 {
        s.n()
    } else {
        0
    };
    for v in 0..naming_verbs {
        if let Some((object_end, predicate)) = characterising_small_clause(s, trigs, v) {
            for t in trigs.iter_mut() {
                let called_object = t.ta == v && t.tend == object_end && t.tend > t.tb;
                let predicate_noun = t.nominal && predicate.contains(&t.ta);
                let definite_object = t.nominal
                    && t.ta > v
                    && t.tend == object_end
                    && (v + 1..t.ta).any(|j| is_definite_determiner(s, j));
                if called_object || predicate_noun || definite_object {
                    t.absorbed = true;
                }
            }
        }
    }
}

/// Whether `mention` names a state or its government by name, metonym or
/// context ("Eritrea", "Asmara", "the government"), not by a demonym
/// modifier or a role phrase ("Eritrean nationals", "two Eritrean
/// officials" are people).
fn names_state_itself(actors: &DocActors, mention: Option<&M>) -> bool {
    let Some(m) = mention else {
        return false;
    };
    let by_name = match m.how {
        MentionHow::Alias(kind) => kind != AliasKind::Adjective,
        MentionHow::Context => true,
        _ => false,
    };
    by_name
        && actors.actors.get(m.actor).is_some_and(|a| {
            a.kind == sitrep_record::ActorKind::Country
                && matches!(a.sector.as_deref(), None | Some("GOV"))
        })
}

/// Whether the gap `tb..object` is a state named by description ("charging
/// its neighbor with", "charged the regime with"): its last word is a
/// `set_noun` that is no name's part ("the country's president" ends on a
/// person).
fn describes_state(s: &Sent, tb: usize, object: usize) -> bool {
    object > tb && s.names(object - 1, wc::SET_NOUN) && s.ment_of[object - 1] == NONE
}

/// Whether the "by" at `by`, right after the verb at `ta`, opens a measure
/// ("by one hour", "by 10%", "by half"), not an agent: the verb is no
/// passive after a form of "be", and no name, capital or definite phrase
/// follows ("led by Friedrich Merz", "lifted by the army").
fn measure_by(s: &Sent, ta: usize, by: usize) -> bool {
    let k = s.back_over_classes(ta, 0, wc::SKIP);
    let passive = k > 0 && s.f(k - 1) & wc::BE != 0;
    let next = by + 1;
    let agent_like = next >= s.n()
        || s.mention_at(next).is_some()
        || s.f(next) & (wc::POSS | wc::PRON) != 0
        || is_definite_determiner(s, next)
        || (s.toks[next].kind == TokenKind::Word && upper_start(s.text, &s.toks[next]));
    !passive && !agent_like
}

/// Whether the `bid` word at `ta` (its row ending at `tend`) is a passive
/// participle before the infinitive of what was asked, with the asker's "by"
/// phrase between or not: "Iran was told to halt", "was pressed by Germany
/// to release", "is being pressured by congress to help" (a "by" phrase of
/// up to five words, named or not). A form of "be" (adverbs between) stands
/// before it.
fn passive_bid(s: &Sent, ta: usize, tend: usize, form: Form) -> bool {
    const AGENT_WORDS: usize = 5;
    if form != Form::Past || ta == 0 {
        return false;
    }
    let k = s.back_over_classes(ta, 0, wc::SKIP);
    if k == 0 || s.f(k - 1) & wc::BE == 0 {
        return false;
    }
    if s.f(tend) & wc::BY == 0 {
        return infinitive_after(s, tend);
    }
    let end = s.n().min(tend + 1 + AGENT_WORDS);
    let mut k = tend + 1;
    while k < end && s.toks[k].kind == TokenKind::Word && s.f(k) & wc::TO == 0 {
        k += 1;
    }
    k > tend + 1 && infinitive_after(s, k)
}

/// Whether a party and an infinitive follow token `from`: a name (after
/// determiners or modifiers, with a role noun after it: "the Iranian
/// government", "Israeli officials"; coordinated: "Egypt and Qatar") or a
/// pronoun right before the infinitive ("him to", "it to"), then "to" and a
/// verb ("Sweden to expel", "them to leave"). "reporters to", "his advisers
/// to" and "supporters he wanted to" name no party asked.
fn party_then_infinitive(s: &Sent, from: usize) -> bool {
    const PARTY_WORDS: usize = 6;
    let pronoun = |k: usize| {
        s.f(k) & wc::PRON != 0
            || s.in_cold(
                k,
                wc::PERSON_PRONOUN | wc::PLURAL_PRONOUN | wc::THING_PRONOUN,
            )
    };
    let end = s.n().min(from + PARTY_WORDS);
    let mut k = from;
    let mut party = false;
    while k < end {
        if let Some(m) = s.mention_at(k) {
            party = true;
            k = m.b.max(k + 1);
        } else if pronoun(k) && !party {
            return infinitive_after(s, k + 1);
        } else if s.f(k) & (wc::DET | wc::POSS | wc::CONJ) != 0
            || (s.is_modifier_word(k) && (!party || s.mention_ending_at(k - 1).is_some()))
        {
            k += 1;
        } else {
            break;
        }
    }
    party && infinitive_after(s, k)
}

/// Whether the word at `ta` heads a noun phrase a determiner or owner opens
/// ("a drone attack", "the attack", "Russia's attack"): over at most three
/// plain modifiers, weapons or names before it.
fn head_in_noun_phrase(s: &Sent, ta: usize) -> bool {
    let k = s.back_over_at_most(ta, 0, 3, |j| {
        s.f(j) & (wc::DET | wc::POSS) == 0
            && (s.is_modifier_word(j) || s.names(j, wc::WEAPON) || s.mention_at(j).is_some())
    });
    k > 0 && (s.f(k - 1) & (wc::DET | wc::POSS) != 0 || s.is_possessive(k - 1))
}

/// Whether the gap `from..object` of a gapped row holds an `issued_text`
/// ("a resolution", "a statement") and, after it, an -ing participle
/// ("calling for", "condemning"): the text's own clause, whose words are
/// no object of the head verb.
fn issued_text_then_participle(s: &Sent, from: usize, object: usize) -> bool {
    let Some(text) = (from..object).find(|&k| s.is_listed(k, wc::listed::ISSUED_TEXT)) else {
        return false;
    };
    (text + 1..object).any(|k| {
        let w = s.word(k);
        s.toks[k].kind == TokenKind::Word
            && s.f(k) & (wc::DET | wc::POSS | PREPS) == 0
            && w.len() > 5
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.ends_with("ing")
    })
}
