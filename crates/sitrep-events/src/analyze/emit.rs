//! The records of a sentence's triggers (step 7 of the clause analysis):
//! which triggers make an event ([`emitted`]), its modality
//! ([`event_modality`]) and type and mode ([`event_kind`]), the earlier
//! event a definite noun points back to ([`point_back`]), the role checks
//! on the record ([`settle_roles`]), and the sentence's duplicates.

use super::*;

/// Step 7: the events of the sentence's triggers, added to `found` in
/// trigger order (the gate gives ids and sorts). Arguments the later passes
/// copied from mentions or other triggers may still hold a set phrase's
/// representative: they are expanded first.
pub(super) fn emit_events(
    sc: &Scope,
    s: &Sent,
    trigs: &mut [Trig],
    sets: &[(usize, Vec<usize>)],
    found: &mut Found,
) {
    let sent = sc.sent;
    if !sets.is_empty() {
        for t in trigs.iter_mut() {
            expand_sets(&mut t.source, sets);
            expand_sets(&mut t.target, sets);
        }
    }
    let sentence_span = Span::of(sc.doc.text, sent.start, sent.end);
    let first_new = found.out.len();
    for i in 0..trigs.len() {
        let Some((event, war_noun)) =
            trigger_event(sc, s, trigs, i, &found.out, first_new, &sentence_span)
        else {
            continue;
        };
        if war_noun {
            found
                .war_nouns
                .push((event.trigger.start, event.trigger.end));
        }
        found.out.push(event);
    }
}

/// The actors' ids.
fn actor_ids(actors: &DocActors, v: &[usize]) -> Vec<String> {
    v.iter()
        .filter_map(|&a| actors.actors.get(a))
        .map(|a| a.id.clone())
        .collect()
}

/// The event trigger `i` makes, and whether a weapon or war noun gave its
/// war mode; none when it makes no event, or one the sentence already
/// holds (`out[first_new..]`).
fn trigger_event(
    sc: &Scope,
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    out: &[EventRecord],
    first_new: usize,
    sentence_span: &Span,
) -> Option<(EventRecord, bool)> {
    let Doc {
        text,
        actors,
        claims,
        ..
    } = *sc.doc;
    let t = &trigs[i];
    // "Russian troops attacked the village. The attack killed 40 civilians,
    // Ukraine said": a verb whose clause names no one but whose subject
    // names a told act back is done by that act's doers
    // (`told_act_as_subject`, below), so it is an event with an actor.
    let mut told_doers = Vec::new();
    if t.source.is_empty() && t.target.is_empty() {
        told_act_as_subject(
            sc,
            s,
            trigs,
            t,
            &out[..first_new],
            &mut told_doers,
            &[],
            &mut String::new(),
        );
    }
    let (intent_governed, unnamed_place) =
        emitted(actors, s, trigs, i, out, !told_doers.is_empty())?;
    let reading = event_modality(sc, s, trigs, i, intent_governed);
    let (mut event_type, mut modality, mut mode, war_noun) = event_kind(sc, s, t, &reading);
    match act_named_as_object(s, t) {
        Some(NamedAct::Topic) => return None,
        Some(NamedAct::Authorised) if matches!(modality, Modality::Asserted) => {
            modality = Modality::Future;
        }
        _ => {}
    }
    if event_type == EventType::Assault
        && mode.is_none()
        && !war_noun
        && verbal_attack(sc.doc.lex, actors, s, trigs, i)
    {
        event_type = EventType::Accuse;
        mode = Some("disapprove".to_owned());
    }
    let ids = |v: &[usize]| -> Vec<String> { actor_ids(actors, v) };
    let mut source = ids(&t.source);
    let (mut target, place) = if unnamed_place.is_empty() {
        (ids(&t.target), ids(&place_of(s, trigs, t)))
    } else {
        // A place is where it happened, not who it was done to.
        (Vec::new(), ids(&unnamed_place))
    };
    if !point_back(
        sc,
        s,
        t,
        (event_type, mode.as_deref()),
        &out[..first_new],
        &mut source,
        &mut target,
    ) {
        return None;
    }
    if !settle_roles(
        sc,
        s,
        t,
        event_type,
        &out[first_new..],
        &mut source,
        &mut target,
    ) {
        return None;
    }
    // A definite noun naming an act told before: the reaction to it is
    // aimed at its doers, a verb it is the subject of is done by them.
    let mut lower = String::new();
    let told_before = &out[..first_new];
    reaction_to_told_act(
        sc.doc,
        s,
        trigs,
        t,
        event_type,
        told_before,
        &source,
        &mut target,
        &mut lower,
    );
    court_order_addressee(sc.doc, s, t, event_type, &source, &mut target);
    mediated_talks_told_before(s, trigs, mode.as_deref(), told_before, &source, &mut target);
    told_act_as_subject(
        sc,
        s,
        trigs,
        t,
        told_before,
        &mut source,
        &target,
        &mut lower,
    );
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
            && (t.form == Form::Ing || (claim_id.is_some() && e.claim.as_deref() != claim_id))
            && (e.modality == modality || (factual(e.modality) && factual(modality)))
    };
    // "Erdogan met Putin and discussed the grain deal", "LEADERS MEET
    // TRUMP, DISCUSS MINERALS": talking about something after a meeting
    // the sentence told by a verb, in the same modality, says what that
    // meeting was about; it is no second meeting, whoever the parser took
    // as its subject. A meeting only named ("his account of the July 10
    // meeting to say Sondland did discuss investigations with the
    // Ukrainians") is no act of the sentence, and the talk says who met.
    // An -ing form after a determiner reads as a verb as often as not
    // ("the July 10 meeting"): only a finite or base verb tells the act.
    let met_by_verb = trigs[..i]
        .iter()
        .any(|u| u.is_verb() && u.form != Form::Ing && u.event_type == EventType::Consult);
    let meeting_topic = |e: &EventRecord| {
        event_type == EventType::Consult
            && t.is_verb()
            && met_by_verb
            && s.names(t.ta, wc::TOPIC)
            && e.event_type == EventType::Consult
            && e.modality == modality
    };
    let duplicate = out[first_new..].iter().any(|e| {
        (e.event_type == event_type && e.source == source && (e.target == target || retold(e)))
            || meeting_topic(e)
    });
    if duplicate {
        return None;
    }
    let trigger = Span::of(text, t.start, t.end);
    Some((
        EventRecord {
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
        },
        war_noun,
    ))
}

/// Whether trigger `i` is a verb of travel to a visit in the passive
/// ("Duterte was flown to The Hague", "was arrested in Manila and flown to
/// The Hague", "was rushed to"): the one it names was moved there by others;
/// nobody visits anyone. A visit or a host in the passive ("Kyiv was visited
/// by Macron", "hosted by Xi") names its visitor after "by" and stays.
fn moved_not_visiting(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    let t = &trigs[i];
    let visit = arguments::visits(s, t);
    let travel =
        t.tend > t.ta + 1 && s.f(t.tend - 1) & (wc::TO | wc::FOR | wc::LOC | wc::FROM) != 0;
    if !visit || !travel || !t.is_verb() {
        return false;
    }
    if t.passive() {
        return true;
    }
    // A participle coordinated right after a passive verb shares its
    // auxiliary: "was arrested in Manila and flown to".
    let k = s.back_over_classes(t.ta, 0, wc::SKIP);
    let Some(p) = i.checked_sub(1).map(|p| &trigs[p]) else {
        return false;
    };
    k > p.tend
        && s.f(k - 1) & wc::CONJ != 0
        && p.is_verb()
        && p.passive()
        && t.form == Form::Past
        && (p.tend..k - 1).all(|x| {
            !s.hard_stop(x) && !s.punct(x, ",") && s.f(x) & (wc::THAT | wc::REL | CUE) == 0
        })
}

/// Whether trigger `i` makes an event: not when it is absorbed, a bare
/// modal, a vow of nothing, governed by a non-intent, a restated event
/// noun, help given to oneself, a standing position in a relative clause,
/// or names no actor (an unnamed verb's place may stand in; `named_back`: a
/// told act its subject names back lends it doers). Gives whether
/// an intent or modal governs it, and the place standing in for its actors.
fn emitted(
    actors: &DocActors,
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    out: &[EventRecord],
    named_back: bool,
) -> Option<(bool, Vec<usize>)> {
    let t = &trigs[i];
    let intent_governor = t
        .governor
        .filter(|(g, _)| matches!(trigs[*g].class, Class::Intent | Class::Modal));
    let emits = match t.governor {
        Some((g, _)) => intent_governor.is_some() && !folded_into_event(trigs, g),
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
                let vow_of_nothing =
                    hostile(t.event_type) && t.target.is_empty() && infinitive_after(s, t.tend);
                !governs && !vow_of_nothing
            }
            // "would answer any build-up": a reply promised to any act is
            // retaliation only when the act answered is hostile ("would
            // answer any questions" is none). A gapped row names the act
            // itself ("respond to any provocation").
            // An act with its own agent ("any attack by Iran") is not
            // governed, but it is what is answered when it follows at once.
            // The act answered may have lent its doer as the reply's target
            // and left no trigger of its own ("will respond to any attack by
            // Israel"): a hostile word right after the reply, with a party
            // to answer, is the act.
            Class::Direct if t.event_type == EventType::Assault && t.tend == t.tb => {
                trigs.iter().any(|u| {
                    hostile(u.event_type)
                        && (u.governor.is_some_and(|(g, _)| g == i) || u.ta == t.tend)
                }) || (!t.target.is_empty() && hostile_word_at(s, t.tend))
            }
            _ => true,
        },
    };
    if !emits
        || t.absorbed
        || moved_not_visiting(s, trigs, i)
        || body_sits_alone(s, t)
        || no_visitor_from_outside(actors, s, t, named_back)
        || talked_about_alone(s, trigs, i)
        || person_talks_about(actors, s, t)
        || hosted_no_one(actors, s, trigs, i)
        || addresses_the_public(actors, s, t)
        || publication_released(s, t)
        || detention_behind_a_release(s, trigs, i)
        || contest_at_home(actors, s, trigs, i)
        || election_prize(actors, s, t)
        || march_to_a_prize(s, t)
        || endangers_a_thing(s, t)
        || public_preference(s, t)
        || asks_for_nothing(s, trigs, i)
        || agrees_in_opinion(s, trigs, i)
        || stance_on_a_policy(s, t)
    {
        return None;
    }
    // "An Israeli strike killed 13 people. The strike was the
    // deadliest on Lebanon since ...": a definite event noun that
    // opens its clause as the subject of "be" predicates something
    // of an event of its type the story told before; it restates
    // that event (without its doer), it reports no second one.
    if t.nominal
        && restating_subject(s, t.ta, t.tend)
        && out.iter().any(|e| e.event_type == t.event_type)
    {
        return None;
    }
    // "Kigali was defending itself against threats", "Israel has the
    // right to defend itself": help or protection given to oneself
    // is no support of anyone.
    if t.is_verb()
        && matches!(t.event_type, EventType::Support | EventType::Aid)
        && s.names(t.tb, wc::REFLEXIVE)
    {
        return None;
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
            return None;
        }
    }
    // An affix ("Iran-backed") without the group it qualifies says
    // little; everything else needs at least one actor, or, for a
    // verb whose doers the text does not name ("hundreds of
    // thousands of people blocked streets in Hong Kong", "a
    // journalist was killed in Beirut"), the place it happened.
    let mut unnamed_place: Vec<usize> = Vec::new();
    if t.source.is_empty() && (t.target.is_empty() || t.place_only) && !named_back {
        if t.nominal || t.pos == Pos::Affix || t.governor.is_some() {
            return None;
        }
        unnamed_place = place_after(s, trigs, i);
        if unnamed_place.is_empty() {
            return None;
        }
    }
    if t.pos == Pos::Affix && t.target.is_empty() {
        return None;
    }
    Some((intent_governor.is_some(), unnamed_place))
}

/// Whether trigger `t` is travel to a place (CAMEO 042 rows of a motion
/// verb and its preposition: "arrived in", "landed in", "flew to",
/// "travelling to") that is no visit paid to a foreign state: no traveller
/// is named ("they landed in El Salvador", the deportees' planes; "the
/// 23-year-old flew to London") or every traveller belongs to the state
/// the trip goes to ("Trump landed in the White House", "Modi arrived in
/// Mumbai"), which is travel at home, no consultation between parties; nor
/// is a trip whose destination is no party, or only a court. The
/// verb "visit" itself keeps its reading ("Netanyahu visited a settlement
/// bloc", "visiting Ukrainian officials" with the visitors after it). A
/// told act's doers (`named_back`) may still be the travellers.
fn no_visitor_from_outside(actors: &DocActors, s: &Sent, t: &Trig, named_back: bool) -> bool {
    if t.event_type != EventType::Consult || named_back {
        return false;
    }
    let paid_visit = lexicon_row(t).zip(s.lex).is_some_and(|(e, lex)| {
        let row = &lex.entries[e as usize];
        lex.is_visit_mode(row.mode.as_deref()) && row.cameo.as_deref() == Some("042")
    });
    if !paid_visit {
        return false;
    }
    // A visit named as a thing, or made or paid, whose "to" phrase right
    // after it names no one ("Trump's visit to Walter Reed", "has made at
    // least 32 visits to the site"): a trip to a place no party holds, no
    // consultation. A host named there ("her visit to Beijing", "made a
    // visit to the border of Mexico") is the target and keeps it.
    let visit_to_no_party = !t.source.is_empty()
        && t.target.is_empty()
        && t.tend < s.n()
        && s.f(t.tend) & wc::TO != 0
        && (!t.is_verb() || t.tend > t.tb);
    if visit_to_no_party {
        return true;
    }
    let travel = t.tb > t.ta + 1 && s.f(t.tb - 1) & (wc::TO | wc::FOR | wc::LOC | wc::FROM) != 0;
    if !t.is_verb() || !travel {
        return false;
    }
    if t.source.is_empty() {
        return true;
    }
    // A visit is paid to a host: a trip that reaches no state or party
    // ("went to college", "came to power", "came to an ugly end", "flew to
    // Boise, Idaho") is travel or an idiom, and a case or a party that
    // "goes to the Supreme Court" takes it there to be heard, which no
    // court hosts as a visit.
    let sector = |a: usize| actors.actors.get(a).and_then(|d| d.sector.as_deref());
    if t.target.is_empty() || t.target.iter().all(|&a| sector(a) == Some("JUD")) {
        return true;
    }
    let country = |a: usize| actors.actors.get(a).and_then(|d| d.country.as_deref());
    let home = country(t.source[0]);
    home.is_some()
        && !t.target.is_empty()
        && t.source.iter().all(|&a| country(a) == home)
        && t.target.iter().all(|&a| country(a) == home)
}

/// Whether the verb `t` of warning, blaming, thanking, promising or
/// mobilising is aimed at the public a campaign addresses: its object is a
/// `crowd` noun ("warning voters that", "thanking supporters at a victory
/// rally", "mobilize Latino voters"), which is no
/// party to an event; and no one but a state as the place names a target
/// ("urging black voters in North Carolina"). Addressed to a named party it
/// stays ("apologized to his supporters and to Clinton").
fn addresses_the_public(actors: &DocActors, s: &Sent, t: &Trig) -> bool {
    const OBJECT_WORDS: usize = 4;
    // A request to the public stays (a leader's "called on the people to
    // keep calm" was judged one on probe 30); only the campaign's "urge ...
    // voters" rows of events.tsv drop it.
    // A meeting with such people stays, held where it is ("Erdogan met
    // students in Ankara", session 34).
    let addressing = matches!(
        t.event_type,
        EventType::Threaten
            | EventType::Accuse
            | EventType::Support
            | EventType::Agree
            | EventType::Mobilize
    );
    if !addressing || !t.is_verb() || t.passive() {
        return false;
    }
    let place_only = all_bare_states(actors, &t.target);
    // The object starts after the trigger's own words ("deploy thousands of
    // troops" is one row); a crowd word before "of" counts what follows
    // ("thousands of troops", "hundreds of soldiers"), which is the object.
    let phrase_end = PREPS | wc::TO | wc::THAT | wc::REL | wc::BAR | wc::CONJ;
    let from = t.tb.max(t.tend);
    place_only
        && (from..s.n().min(from + OBJECT_WORDS))
            .take_while(|&k| !s.is_punct(k) && !s.hard_stop(k) && s.f(k) & phrase_end == 0)
            .any(|k| s.names(k, wc::CROWD) && !(k + 1 < s.n() && s.f(k + 1) & wc::OF != 0))
}

/// Whether the hosting verb `t` (the `host` rows: "received", "hosted")
/// hosts no one: its object names no actor, no one by a pronoun and no
/// meeting ("Trump received 38 percent", "the 95 percent Obama received in
/// 2008", "received a diet and exercise plan", "chose to receive bids",
/// "hosted a fundraiser"). A visit is received from someone ("received
/// the Iranian envoy", "received him", "received a delegation from
/// Hamas", "hosted talks"); in the passive the subject is the visitor
/// ("were warmly received at the White House by President Bush"). Where it
/// happened ("hosted a fundraiser in Moscow") names no one received: the
/// object ends at a place preposition.
fn hosted_no_one(actors: &DocActors, s: &Sent, trigs: &[Trig], i: usize) -> bool {
    const OBJECT_WORDS: usize = 8;
    let t = &trigs[i];
    // A target the clause found elsewhere ("Oman has hosted or carried
    // messages in four rounds of talks between Iran and the United States")
    // is whom it hosted.
    if t.event_type != EventType::Consult || !t.is_verb() || t.passive() {
        return false;
    }
    let host = arguments::hosts(s, t);
    // A gapped row that ends in a noun names the visitor itself ("received
    // a delegation from Hamas"); one that ends in a preposition ("welcomed
    // ... to") leaves the visitor to its object.
    // One that ends in a social occasion ("hosted a dinner") names none.
    let names_visitor = t.tend > t.tb
        && s.f(t.tend - 1) & (wc::TO | PREPS) == 0
        && !s.is_listed(t.tend - 1, wc::listed::OCCASION);
    if !host || names_visitor {
        return false;
    }
    // The visitor is the object itself, before any "of" or "from" phrase:
    // a thing received from someone ("received favors from the State
    // Department", "hundreds of emails from Americans", "the endorsement
    // of LeBron James", "received support from Republican leaders") hosts
    // no one. Only a meeting, a signing or a joint act named there ("hosted
    // talks", "hosted the signing of") is one hosted.
    // A place after "at" ("hosted a reception at the White House") is
    // where, not whom.
    let clause_end = wc::BAR
        | wc::THAT
        | wc::REL
        | wc::CONJ
        | wc::LOC
        | wc::VPREP
        | wc::FROM
        | wc::OF
        | wc::PREP;
    let hosted_act = |k: usize| {
        s.trig_at(k).and_then(|u| trigs.get(u)).is_some_and(|u| {
            matches!(
                u.event_type,
                EventType::Consult | EventType::Agree | EventType::Cooperate
            )
        })
    };
    let end = s.n().min(t.tb + OBJECT_WORDS);
    // The first punctuation mark, hard stop or word of `mask` in the object.
    let first_stop = |mask: wc::Classes| {
        (t.tb..end)
            .find(|&k| s.is_punct(k) || s.hard_stop(k) || s.f(k) & mask != 0)
            .unwrap_or(end)
    };
    let stop = first_stop(clause_end);
    // A target found elsewhere in the clause is the one hosted, unless a
    // prepositional phrase ends the object: then the object itself must
    // name someone. The phrase may name the giver of the thing received
    // ("from", "of") or only frame it ("the emails it received under the
    // Freedom of Information Act": no one is hosted); a meeting after it
    // is still found below ("hosted a banquet during Putin's visit").
    let giver_preps = wc::FROM | wc::OF | wc::PREP;
    let giver_phrase = stop < s.n() && s.f(stop) & giver_preps != 0;
    // A person's name or possessive between a determiner and a common noun
    // only says whose the thing is ("hosted a Clinton fundraiser", "hosted
    // his Labor Day cookout"): the noun is what was hosted. A state's
    // adjective before people ("hosted Chinese officials") names who came,
    // and so do a name with no determiner before it ("hosted Bush aboard
    // his jet") and "her" before a place or a time ("hosted her at the
    // White House").
    let common_noun_at = |j: usize| {
        j < s.n()
            && s.toks[j].kind == TokenKind::Word
            && s.f(j) & (PREPS | wc::CONJ | wc::BAR | wc::THAT | wc::REL | wc::AUX | wc::BE) == 0
    };
    let names_guest = |m: &M| {
        let owner = people_only(actors, &[m.actor])
            && m.a > 0
            && s.f(m.a - 1) & (wc::DET | wc::POSS) != 0
            && common_noun_at(m.b)
            && !is_upper_start(s.word(m.b));
        !owner
    };
    let guest_pronoun = |k: usize| {
        s.in_cold(k, wc::PERSON_PRONOUN | wc::PLURAL_PRONOUN)
            && !(s.f(k) & wc::POSS != 0 && common_noun_at(k + 1))
    };
    // A target that only owns the thing hosted is no guest either.
    let owner_only = |&a: &usize| {
        (t.tb..stop).any(|k| {
            s.mention_at(k)
                .is_some_and(|m| m.actor == a && !names_guest(m))
        })
    };
    if !t.target.is_empty() && !giver_phrase && !t.target.iter().all(owner_only) {
        return false;
    }
    // A meeting may follow a measure word's "of" ("four rounds of talks"):
    // it is looked for up to the clause's end.
    let clause_stop = first_stop(clause_end & !giver_preps);
    !((t.tb..stop).any(|k| s.mention_at(k).is_some_and(names_guest) || guest_pronoun(k))
        || (t.tb..clause_stop).any(hosted_act))
}

/// Whether the threat verb `t` endangers a thing, not an actor: its object
/// is an economic good (`economic`: "the blockade is threatening Ukraine's
/// economy", "threatens food supplies", "threatening thousands of jobs"),
/// which is put at risk, with no threat made to anyone. A threat to do
/// something ("threatened to cut exports") or made to someone ("threatened
/// Iran with sanctions on its exports") keeps its reading.
fn endangers_a_thing(s: &Sent, t: &Trig) -> bool {
    const OBJECT_WORDS: usize = 5;
    if t.event_type != EventType::Threaten || !t.is_verb() || t.passive() {
        return false;
    }
    (t.tb..(t.tb + OBJECT_WORDS).min(s.n()))
        .take_while(|&k| {
            !s.is_punct(k)
                && s.f(k) & (PREPS | wc::TO | wc::THAT | wc::REL | wc::BAR | wc::CONJ) == 0
        })
        .any(|k| s.in_cold(k, wc::ECONOMIC))
}

/// Whether the support `t` is a public's preference, not an act between
/// parties: its giver is a `crowd` of voters or a share of them counted in a
/// poll or a vote ("6 in 10 voters supported Sanders", "voters who support
/// Trump", "was supported by 42 percent of those responding", "drew support
/// from 50 percent of voters", "her support among millennials"). Such a
/// giver names no party, and the candidate supported does nothing. A giver
/// that is a named actor ("Russia supported the government", "support from
/// the party's leaders") keeps the act.
fn public_preference(s: &Sent, t: &Trig) -> bool {
    const GIVER_WORDS: usize = 8;
    const SUBJECT_WORDS: usize = 8;
    if t.event_type != EventType::Support {
        return false;
    }
    let clause_end = |k: usize| {
        s.is_punct(k) || s.hard_stop(k) || s.f(k) & (wc::THAT | wc::BAR | wc::CONJ | CUE) != 0
    };
    // A phrase after the trigger that names the giver ("by" after a
    // passive verb; "from", or "among" that counts support inside a
    // public, after the noun): the public must head it before any actor.
    let after = t.tb.max(t.tend);
    // A name that modifies a crowd word right after it ("African-American
    // voters", "Democratic primary voters") says which public it is; it
    // is no giver of its own. The crowd word may be inside the name's own
    // mention ("African-American voters" as one civilian group).
    let names_the_public = |k: usize| {
        let end = s.mention_at(k).map_or(k + 1, |m| m.b.max(k + 1));
        (k..s.n().min(end + 2))
            .take_while(|&j| !clause_end(j))
            .any(|j| s.names(j, wc::CROWD))
    };
    // A quoted word inside the giver phrase ("support from self-described
    // \"very conservative\" voters") is part of it.
    let giver_after = |opens: bool| {
        opens
            && (after + 1..s.n().min(after + 1 + GIVER_WORDS))
                .take_while(|&k| {
                    (s.is_quote_or_bracket(k) || !clause_end(k))
                        && (s.mention_at(k).is_none() || names_the_public(k))
                })
                .any(|k| s.names(k, wc::CROWD))
    };
    if t.pos == Pos::Affix {
        return false;
    }
    // The giver phrases follow the trigger; an active verb that ends the
    // sentence ("a plan most voters support") still has its subject.
    if t.nominal {
        return after < s.n() && giver_after(s.f(after) & wc::FROM != 0 || s.is(after, "among"));
    }
    if t.passive() {
        return after < s.n() && giver_after(s.f(after) & wc::BY != 0);
    }
    if won_by_margin(s, after) {
        return true;
    }
    // The active verb's subject: the nearest noun back over its clause.
    let mut k = s.back_over_classes(t.ta, 0, wc::AUX | wc::SKIP | wc::NEG | wc::TO);
    let floor = t.ta.saturating_sub(SUBJECT_WORDS);
    while k > floor {
        k -= 1;
        if clause_end(k) || s.mention_at(k).is_some() {
            return false;
        }
        // "6 in 10 white men supported Sanders": a share counted "N in M"
        // is a poll's, whatever people it counts.
        if k > 0
            && s.is(k, "in")
            && s.toks[k - 1].kind == TokenKind::Number
            && s.toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return true;
        }
        if s.f(k) & wc::REL != 0 {
            // "voters who support Trump": the relative pronoun's noun.
            return k > 0 && s.names(k - 1, wc::CROWD);
        }
        if s.names(k, wc::CROWD) {
            return true;
        }
    }
    false
}

/// Whether a margin of a vote follows the object of an active support verb
/// that ends before token `from`: "supporting her by about a 67 percentage
/// point margin", "supported her by a smaller 40-point margin". Support
/// counted by its margin is a share of a vote, no act of the voters.
fn won_by_margin(s: &Sent, from: usize) -> bool {
    const OBJECT_WORDS: usize = 3;
    const MARGIN_WORDS: usize = 8;
    let Some(by) = (from..s.n().min(from + OBJECT_WORDS + 1)).find(|&k| s.f(k) & wc::BY != 0)
    else {
        return false;
    };
    (by + 1..s.n().min(by + 1 + MARGIN_WORDS))
        .take_while(|&k| !s.hard_stop(k) && !s.punct(k, ","))
        .any(|k| s.is(k, "margin") || s.is(k, "margins"))
}

/// Whether the plea `i` (a `plea` word: "appeal", "ask") asks for nothing:
/// no "for" phrase in or after it, no infinitive and no "that" clause in its
/// clause after it, and no act it governs. An appeal then names a
/// candidate's attraction ("Trump's anti-establishment appeal", "his appeal
/// among millennials", "appeals to Reagan Democrats") or a legal appeal
/// ("an appeal against the decision could be made to the office"), and
/// asking is a question ('"What do you suggest we do?" she asked', "was
/// trying to ask Trump a question"), which asks no one for anything.
/// "Appealed to the UN for aid", "asked Israel to halt" and "an appeal for
/// calm" stay requests.
fn asks_for_nothing(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    const CLAUSE_WORDS: usize = 16;
    let t = &trigs[i];
    if t.event_type != EventType::Request || !s.names(t.ta, wc::PLEA) {
        return false;
    }
    if trigs
        .iter()
        .any(|u| u.governor.is_some_and(|(g, _)| g == i))
        || (t.ta..t.tend).any(|k| s.f(k) & wc::FOR != 0)
    {
        return false;
    }
    // An infinitive: "to" and a bare verb, a quoted request ('asked the
    // campaign to "cease and desist"') or one left out at the sentence's
    // end ("anything you ask him to."); in a title-case headline
    // ("Asking Moderator To Fact Check Trump") the verb is capitalized too.
    let infinitive = |k: usize| {
        if s.f(k) & wc::TO == 0 || k + 1 >= s.n() {
            return false;
        }
        let next = k + 1;
        // "do anything you ask him to.": the infinitive left out.
        if s.is_quote_or_bracket(next) || s.punct(next, ".") || s.punct(next, ",") {
            return true;
        }
        !s.is_punct(next)
            && s.mention_at(next).is_none()
            && s.f(next) & (wc::DET | wc::POSS | wc::PRON | PREPS) == 0
            && !s.word(next).starts_with(|c: char| c.is_ascii_digit())
            && (!is_upper_start(s.word(next)) || is_upper_start(s.word(k)))
    };
    // The clause runs on over an apposition or an aside ("asked NBC's
    // Lester Holt, the moderator of the debate, to fact check") to the end
    // of the sentence or a subordinate clause.
    let sentence_end =
        |k: usize| s.hard_stop(k) || s.punct(k, ".") || s.punct(k, "?") || s.punct(k, "!");
    !(t.tend..s.n().min(t.tend + CLAUSE_WORDS))
        .take_while(|&k| !sentence_end(k) && s.f(k) & wc::BAR == 0)
        .any(|k| s.f(k) & (wc::FOR | wc::THAT) != 0 || infinitive(k))
}

/// Whether the support `t` is a stance on a policy or a cause, not on a
/// party: a `stance` verb ("supports", "endorsed") aimed at no actor whose
/// object is a plain noun phrase ("supports universal health care", "has
/// supported stem cell research", "does not support forced relocations").
/// PLOVER codes support between actors; backing a measure names no one
/// backed (the realnews labels read "support for a principle, not an
/// actor" as no event). Support of a party named ("supports Israel"), of
/// a pronoun's referent ("support him"), of a body or people a common noun
/// names ("support the government"), of an act ("supported the invasion")
/// or with no object ("the plan the United States stands ready to
/// support") keeps the event, and so does a noun ("U.S. support").
fn stance_on_a_policy(s: &Sent, t: &Trig) -> bool {
    if t.event_type != EventType::Support
        || !t.is_verb()
        || !t.target.is_empty()
        || t.tend >= s.n()
        || !(t.ta..t.tend).any(|k| s.is_listed(k, wc::listed::STANCE))
    {
        return false;
    }
    let pronoun = |k: usize| {
        s.f(k) & (wc::PRON | wc::POSS) != 0 || s.in_cold(k, wc::PERSON_PRONOUN | wc::PLURAL_PRONOUN)
    };
    // The object: determiners and plain words after the verb.
    let plain = |k: usize| !pronoun(k) && (s.f(k) & wc::DET != 0 || s.is_modifier_word(k));
    let end = (t.tend..s.n()).find(|&k| !plain(k)).unwrap_or(s.n());
    // It runs on into a name, a pronoun or an act ("supported the
    // invasion", "the Republican nominee"): support of a party or an act.
    let runs_into_party_or_act = end < s.n()
        && (s.trig_at(end).is_some()
            || s.mention_at(end).is_some()
            || pronoun(end)
            || is_upper_start(s.word(end)));
    // A noun of people or a body names a party no actor stands for.
    !runs_into_party_or_act
        && (t.tend..end).any(|k| s.f(k) & wc::DET == 0 && s.is_modifier_word(k))
        && !(t.tend..end).any(|k| s.names_people(k))
}

/// Whether the agreement `i` ("agreed with") shares a view and commits to
/// nothing: its trigger ends in "with", it governs no act, and nothing in
/// its clause after it is an act or an infinitive ("the judge agreed with
/// Ivana Trump that there was no reason", "Bill Clinton agreed with the
/// analysis", "a third agreed with the President"). Agreeing with a party
/// on a course of action keeps the event ("agreed with Iran to hold talks",
/// "agreed with Russia on a ceasefire").
fn agrees_in_opinion(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    const CLAUSE_WORDS: usize = 16;
    let t = &trigs[i];
    if t.event_type != EventType::Agree
        || !t.is_verb()
        || t.tend == 0
        || t.tend <= t.ta + 1
        || !s.is(t.tend - 1, "with")
    {
        return false;
    }
    if trigs
        .iter()
        .any(|u| u.governor.is_some_and(|(g, _)| g == i))
    {
        return false;
    }
    let sentence_end =
        |k: usize| s.hard_stop(k) || s.punct(k, ".") || s.punct(k, "?") || s.punct(k, "!");
    // A "that" clause after it is the view shared; its acts are its own. So
    // is a decision agreed with ("agree with the judge's decision to
    // sentence him"): the rest of the clause says what the view is of, not
    // what the agreement commits to.
    for k in (t.tend..s.n().min(t.tend + CLAUSE_WORDS))
        .take_while(|&k| !sentence_end(k) && s.f(k) & (wc::THAT | wc::BAR) == 0)
    {
        if s.trig_at(k)
            .is_some_and(|u| governance::decision_noun(&trigs[u]))
        {
            return true;
        }
        if s.trig_at(k).is_some() || infinitive_after(s, k) {
            return false;
        }
    }
    true
}

/// Whether token `k` is a word whose one-word lexicon rows are all hostile
/// acts ("attack", "aggression", "strike").
fn hostile_word_at(s: &Sent, k: usize) -> bool {
    let Some(lex) = s.lex else {
        return false;
    };
    let rows = lex.one_word_rows(s.word(k), &mut String::new());
    !rows.is_empty()
        && rows
            .iter()
            .all(|&(e, _)| lex.entries[e as usize].event_type.is_some_and(hostile))
}

/// What a verb does with the act its object names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NamedAct {
    /// Talks about it ("debated the use of force against Iran").
    Topic,
    /// Allows it to be done ("authorised the use of force against Iraq").
    Authorised,
}

/// A verb row read as a noun after a determiner names a kind of act ("the
/// use of force against Iran", "any use of force"), not one done here; the
/// verb whose object it is decides: one of talking about something
/// (`topic`: "the Senate debated the use of force") makes it no event, one
/// of approving (`approve`: "Congress authorised the use of force") an act
/// yet to come. Under any other verb ("condemned the use of force against
/// protesters") it stays the act.
fn act_named_as_object(s: &Sent, t: &Trig) -> Option<NamedAct> {
    if t.nominal || t.pos == Pos::Affix || t.ta == 0 || s.f(t.ta - 1) & wc::DET == 0 {
        return None;
    }
    let k = s.back_over_at_most(t.ta - 1, 0, 2, |j| s.is_ly_adverb(j));
    let verb = k.checked_sub(1)?;
    if s.names(verb, wc::TOPIC) {
        Some(NamedAct::Topic)
    } else if s.in_cold(verb, wc::APPROVE) {
        Some(NamedAct::Authorised)
    } else {
        None
    }
}

/// Whether the ASSAULT of trigger `i` is said, not done, where
/// `event_kind`'s war of words between named people does not reach (a
/// target no actor names, or a body or outlet): an attack word that is as
/// often criticism (`verbal_attack`: "Trump attacked Machado in
/// early-morning tweets", "Trump has attacked loopholes", "Sanders'
/// attacks on her campaign contributions", "blasted the American media",
/// coded as "slammed" is) whose doers are all
/// people outside the armed sectors, aimed at no state, armed group,
/// international body or place and at no one of another country, with no
/// weapon, means or other act of force in the sentence; or, with no doer
/// named, aimed only at people ([`unnamed_critic_of_people`]). A leader
/// attacking a state ("Putin attacked Ukraine") or armed group, an attack
/// by forces or police, and one with a weapon or a casualty beside it keep
/// ASSAULT.
fn verbal_attack(
    lex: &EventLexicon,
    actors: &DocActors,
    s: &Sent,
    trigs: &[Trig],
    i: usize,
) -> bool {
    (among_civilians_at_home(actors, s, trigs, i, wc::VERBAL_ATTACK, false)
        && (!trigs[i].target.is_empty()
            || attacked_someone_unnamed(s, &trigs[i])
            || told_as_a_contest_of_words(lex, s)))
        || unnamed_critic_of_people(actors, s, trigs, i)
}

/// Whether the sentence tells of an election or a debate (a word of the
/// claims' `electoral` class, "candidates", "nomination", "primary", or a
/// `topic` word, "debate", "comments") or names a medium it was said in (a
/// `publication` word: "in a tweet", "in an interview", "in a statement"):
/// a politician's attack word there is
/// aimed at rivals, voters' choices or rules of the race, whatever thing it
/// names ("attacked other candidates on stage", "his attacks on the
/// nomination process", "relentlessly attacked the Koch brothers … in the
/// run-up to the 2014 elections"), so it is criticism, not force. An
/// attack with no such word keeps ASSAULT when it names a thing ("attacked
/// the convoy").
fn told_as_a_contest_of_words(lex: &EventLexicon, s: &Sent) -> bool {
    (0..s.n()).any(|k| {
        s.names(k, wc::TOPIC)
            || lex.claim_words.exact(s.word(k)) & sitrep_claims::words::ELECTORAL != 0
            || s.in_rare(k, wc::PUBLICATION)
    })
}

/// With no actor as target, what the attack word is aimed at: a person the
/// KB does not name ("attacked Machado", "attacked her", "attacking them", "attacked Mr.
/// Clinton's personal life", "his attacks on her campaign contributions"),
/// or nothing told ("personal attacks that have defined his bid",
/// "continued to attack"). A thing ("attacked the convoy", "attacks on the
/// base") keeps the assault.
fn attacked_someone_unnamed(s: &Sent, t: &Trig) -> bool {
    let k = if t.is_verb() {
        t.tb
    } else if s.is(t.tb, "on") || s.is(t.tb, "against") {
        t.tb + 1
    } else {
        // "the assault of a woman": an "of" object is the one the act was
        // done to, in body, not in words.
        return t.tb >= s.n() || s.f(t.tb) & wc::OF == 0;
    };
    if k >= s.n() || s.is_punct(k) || (t.is_verb() && s.f(k) & PREPS != 0) {
        return true;
    }
    s.in_cold(k, wc::PERSON_PRONOUN | wc::PLURAL_PRONOUN)
        || s.f(k) & wc::POSS != 0
        || is_upper_start(s.word(k))
        || titled_after_article(s, k)
}

/// Whether an indefinite article at token `k` opens a person named by a
/// title, right after it or after one lower-case modifier ("a former Miss
/// Universe", "a Gold Star mother"): someone whom the text calls by a
/// capitalized title. A thing after the article ("a convoy", "a military
/// base") is none; a name further on belongs to another phrase ("a convoy
/// carrying Smith").
fn titled_after_article(s: &Sent, k: usize) -> bool {
    if !s.in_cold(k, wc::INDEF_ARTICLE) {
        return false;
    }
    let title_at = |j: usize| j < s.n() && is_upper_start(s.word(j));
    let modifier_at = |j: usize| j < s.n() && !s.is_punct(j) && s.f(j) & (PREPS | wc::CONJ) == 0;
    title_at(k + 1) || (modifier_at(k + 1) && title_at(k + 2))
}

/// Whether trigger `i` is a politician's contest at home told with a word
/// of force (`contest`: "Sanders captured Vermont", "Clinton had captured
/// 1,944 delegates", "we will continue to fight for every vote", "Ted Cruz
/// has fought for our right to bear arms"): winning a vote or striving
/// for a cause seizes and assaults no one, so it is no event. The doers and
/// targets are read as for [`verbal_attack`], and the doers' own state may
/// be the target (a state of theirs that is won: "captured Texas"). Forces
/// ("Russian troops captured the town"), a state abroad ("Russia seized
/// Crimea", "Putin captured Crimea") and an armed group ("vowed to fight
/// ISIS") keep the act, and so does a quarrel between named people
/// ([`quarrel_between_named`]), which `event_kind` reads as criticism.
///
/// A rally of named politicians with no one it is aimed at ("Trump spent
/// much of his rally attacking Clinton", "at a Trump rally in Alabama",
/// "her victory rally") is a campaign event, no protest: protesters are a
/// crowd or a group, or they protest against someone ("Fatah activists
/// staged rallies against Abbas", "rallies by the Kifaya group" keep it).
/// Only the place it is held in, the doers' own state, may stand as its
/// target.
fn contest_at_home(actors: &DocActors, s: &Sent, trigs: &[Trig], i: usize) -> bool {
    let t = &trigs[i];
    match t.event_type {
        EventType::Assault | EventType::Coerce => {
            among_civilians_at_home(actors, s, trigs, i, wc::CONTEST, true)
                && !quarrel_between_named(actors, s, t)
        }
        EventType::Protest => {
            let place_only = all_bare_states(actors, &t.target);
            place_only && among_civilians_at_home(actors, s, trigs, i, wc::CONTEST, true)
        }
        _ => false,
    }
}

/// Whether the verb of taking `t` (`prize_verb`: "retake", "seize",
/// "capture") is aimed at what an election is won for: a `prize` noun in its object
/// ("seize the nomination", "capture a majority in the House", "captured
/// the governorship of Virginia") or a capitalised `chamber` noun ("their
/// bid to retake the White House", "hope to capture the Senate", "seized
/// control of the House"). Votes take it, not force, so it is no event,
/// whoever the doers are ("Republicans" names no actor). Armed doers keep
/// the act ("rebels seized the presidency"), and so does an object with no
/// such noun ("troops retook the town", "rebels seized the airport", "who
/// seized power in a coup") or a chamber word in lower case, a building
/// ("settlers seized a house"). Other force words keep a chamber ("stormed
/// the Senate").
fn election_prize(actors: &DocActors, s: &Sent, t: &Trig) -> bool {
    const OBJECT_WORDS: usize = 6;
    if !matches!(t.event_type, EventType::Assault | EventType::Coerce)
        || !t.is_verb()
        || t.passive()
        || !s.is_listed(t.ta, wc::listed::PRIZE_VERB)
        || t.source
            .iter()
            .any(|&a| actors.actors.get(a).is_some_and(in_armed_sector))
    {
        return false;
    }
    // The object, through "of" ("control of the Senate"), up to any other
    // preposition or a clause's end.
    let stop = (PREPS & !wc::OF) | wc::TO | wc::CONJ | wc::BAR | wc::THAT | wc::REL;
    (t.tend..s.n().min(t.tend + OBJECT_WORDS))
        .take_while(|&k| !s.is_punct(k) && !s.hard_stop(k) && s.f(k) & stop == 0)
        .any(|k| {
            s.is_listed(k, wc::listed::PRIZE)
                || (is_upper_start(s.word(k)) && s.is_listed(k, wc::listed::CHAMBER))
        })
}

/// Whether the march `t` goes to what an election is won for ("Clinton's
/// all-but-certain march to the nomination", "marching toward a
/// majority"): a `prize` noun after "to" or "toward" is a race run, no
/// demonstration. A march to a place ("marched to the Capitol", "a march
/// to the White House") keeps the protest.
fn march_to_a_prize(s: &Sent, t: &Trig) -> bool {
    const OBJECT_WORDS: usize = 5;
    let n = s.n();
    let k = t.tend;
    if t.event_type != EventType::Protest
        || k >= n
        || !(s.f(k) & wc::TO != 0 || s.is(k, "toward") || s.is(k, "towards"))
    {
        return false;
    }
    // Any prize word in the phrase: with no parts of speech, "the nomination
    // went on" cannot be told from "the presidency building", and a march to
    // a building named after an office is the rarer of the two.
    let stop = PREPS | wc::TO | wc::CONJ | wc::BAR | wc::THAT | wc::REL;
    (k + 1..n.min(k + 1 + OBJECT_WORDS))
        .take_while(|&j| !s.is_punct(j) && !s.hard_stop(j) && s.f(j) & stop == 0)
        .any(|j| s.is_listed(j, wc::listed::PRIZE))
}

/// Whether the contest word `t` is a quarrel with both sides named: a
/// person as its target ("Trump is fighting Cruz", "fought with Rubio over
/// the bill"), or two or more named doers fighting each other ("Trump and
/// Cruz are fighting about Obama"). Named doers striving together for a
/// cause ("Smith and Jones fought for the bill") quarrel with no one, nor
/// do rivals contesting a place ("Trump and Cruz fighting it out for first
/// place in Iowa"), and a vote or a place won ("captured Texas") is no
/// quarrel.
fn quarrel_between_named(actors: &DocActors, s: &Sent, t: &Trig) -> bool {
    if t.event_type != EventType::Assault || !t.is_verb() {
        return false;
    }
    // Fighting each other takes no object ("fighting about Obama"; "fighting
    // it out" has one), as `event_kind`'s war of words reads it.
    let for_a_cause = t.tb < s.n() && s.f(t.tb) & wc::FOR != 0;
    people_only(actors, &t.target)
        || (t.source.len() > 1 && t.target.is_empty() && takes_no_object(s, t.tb) && !for_a_cause)
}

/// Whether trigger `i` is a word of the `words` class whose doers are all
/// people outside the armed sectors, aimed at no state (the doers' own one
/// when `own_state` allows it), armed group, international body or place
/// and at no one of another country, with no weapon, means or other act of
/// force in the sentence.
fn among_civilians_at_home(
    actors: &DocActors,
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    words: wc::Rare,
    own_state: bool,
) -> bool {
    let t = &trigs[i];
    if !in_trigger_ends(s, t, words) || t.source.is_empty() || t.place_only || t.means.is_some() {
        return false;
    }
    let actor = |a: usize| actors.actors.get(a);
    let armed = in_armed_sector;
    let home = actor(t.source[0]).and_then(|d| d.country.as_deref());
    // Doers of one country: "Zelensky and Putin attacked" is no politics
    // at home.
    let civilian_person = |a: usize| {
        actor(a).is_some_and(|d| {
            d.kind == sitrep_record::ActorKind::Person && !armed(d) && d.country.as_deref() == home
        })
    };
    let domestic_party = |a: usize| {
        actor(a).is_some_and(|d| {
            let party = match d.kind {
                sitrep_record::ActorKind::Country => {
                    d.sector.is_some() || (own_state && home.is_some())
                }
                sitrep_record::ActorKind::Person
                | sitrep_record::ActorKind::Organization
                | sitrep_record::ActorKind::Media
                | sitrep_record::ActorKind::Group => true,
                _ => false,
            };
            party && !armed(d) && (d.country.is_none() || d.country.as_deref() == home)
        })
    };
    if !t.source.iter().all(|&a| civilian_person(a)) || !t.target.iter().all(|&a| domestic_party(a))
    {
        return false;
    }
    no_force_beside(s, trigs, i)
}

/// Whether an actor is of an armed sector (forces, police, rebels, spies).
fn in_armed_sector(d: &sitrep_actors::DocActor) -> bool {
    const ARMED_SECTORS: [&str; 7] = ["MIL", "REB", "COP", "SPY", "INS", "UAF", "SEP"];
    d.sector
        .as_deref()
        .is_some_and(|sec| ARMED_SECTORS.contains(&sec))
}

/// Whether the sentence of trigger `i` tells no other act of force (an
/// assault not told by an attack or contest word) and wields no weapon
/// ([`wields_a_weapon`]).
fn no_force_beside(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    let other_force = trigs.iter().enumerate().any(|(j, u)| {
        j != i
            && u.event_type == EventType::Assault
            && !in_trigger_ends(s, u, wc::VERBAL_ATTACK | wc::CONTEST)
    });
    !other_force && !wields_a_weapon(s)
}

/// Whether the sentence names a weapon held or fired ("with a knife",
/// "tank shelling"). A weapon noun before a plain noun or a possessive
/// modifies it ("gun control", "gun laws", "missile defense", "a knife's
/// edge"): a policy or a figure, no weapon wielded; one capitalized inside
/// a sentence in lower case is a name or a word shouted ("Top Gun",
/// "shouted \"Gun!\"").
fn wields_a_weapon(s: &Sent) -> bool {
    (0..s.n()).any(|k| {
        s.names(k, wc::WEAPON)
            // A noun after it is what it modifies ("gun control"); a number
            // after it is no noun ("with a knife 20 times").
            && !(s.toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && s.is_modifier_word(k + 1))
            && !s.is_possessive(k + 1)
            && (k == 0 || s.word(k).starts_with(|c: char| c.is_lowercase()) || s.is_title_case())
    })
}

/// Whether the attack word of trigger `i` (`verbal_attack`), told with no
/// doer named, is aimed only at people outside the armed sectors, with no
/// weapon, means or other act of force in the sentence ("Christie unleashed
/// withering attacks against Rubio", "an attack on Arizona Sen. John
/// McCain", "ways and valid reasons to attack and critique Donald Trump"):
/// a named person attacked with nothing that hurts is attacked in words. A
/// passive keeps the force, its agent being someone the text names but
/// the KB does not ("Putin's site gets attacked by hackers"), and so do
/// attacks on a state, a body or a place ("attacks against police").
fn unnamed_critic_of_people(actors: &DocActors, s: &Sent, trigs: &[Trig], i: usize) -> bool {
    let t = &trigs[i];
    let civilian_person = |&a: &usize| {
        actors
            .actors
            .get(a)
            .is_some_and(|d| d.kind == sitrep_record::ActorKind::Person && !in_armed_sector(d))
    };
    in_trigger_ends(s, t, wc::VERBAL_ATTACK)
        && t.source.is_empty()
        && !t.passive()
        && !t.place_only
        && t.means.is_none()
        && !t.target.is_empty()
        && t.target.iter().all(civilian_person)
        && no_force_beside(s, trigs, i)
}

/// Whether the first or the last word of trigger `t` is of a `words`
/// class: a phrase names its act by its head ("clash with", "continued his
/// attacks", "launching a new round of attacks").
fn in_trigger_ends(s: &Sent, t: &Trig, words: wc::Rare) -> bool {
    s.in_rare(t.ta, words) || (t.tend > t.ta + 1 && s.in_rare(t.tend - 1, words))
}

/// Whether trigger `t` is a release (a `release_mode` row: freeing captives)
/// whose theme is something published ("released his tax returns",
/// "released 30 years of tax returns", "Abedin emails released Monday",
/// "a poll of Ohio released on Tuesday", "the release of the emails",
/// "press releases"): making a text public frees no one, and is no event.
/// The theme is the object after the trigger (through "of": "a round of
/// emails") or the noun just before it when it is a participle or a noun
/// ("the emails were released", "the document released Monday", "press
/// releases"). Captives keep the reading ("released two hostages", "the
/// sailors were swiftly released").
fn publication_released(s: &Sent, t: &Trig) -> bool {
    const THEME_WINDOW: usize = 6;
    if t.event_type != EventType::Retreat {
        return false;
    }
    let release = arguments::releases(s, t);
    if !release {
        return false;
    }
    // A word of those classes right after a determiner modifies the noun
    // ("the following statement"): it ends no phrase.
    let after_determiner = |k: usize| k > 0 && s.f(k - 1) & wc::DET != 0;
    let clause_stop = |k: usize| {
        s.is_punct(k)
            || ((s.f(k) & (wc::THAT | wc::REL | wc::BAR | wc::CONJ) != 0
                || (s.f(k) & PREPS != 0 && s.f(k) & wc::OF == 0))
                && !after_determiner(k))
    };
    let published_after = (t.tb..(t.tb + THEME_WINDOW).min(s.n()))
        .take_while(|&k| !clause_stop(k))
        .any(|k| s.in_rare(k, wc::PUBLICATION));
    if published_after {
        return true;
    }
    // The noun just before, over auxiliaries and adverbs ("were swiftly
    // released"), or one a short "of" phrase follows ("a poll of South
    // Carolina released"): a subject that is itself released or a noun
    // that qualifies the release. A subject further back is the releaser.
    let k = s.back_over(t.ta, 0, |j| {
        s.f(j) & (wc::AUX | wc::BE | wc::SKIP) != 0 || s.is_ly_adverb(j)
    });
    let floor = k.saturating_sub(THEME_WINDOW);
    let before = (floor..k)
        .rev()
        .take_while(|&j| !clause_stop(j))
        .any(|j| s.in_rare(j, wc::PUBLICATION) && (j + 1 == k || s.f(j + 1) & wc::OF != 0));
    if before || t.nominal || t.form != Form::Past {
        return before;
    }
    // A participle with its agent or its time after it ("released by
    // WikiLeaks", "released last week") modifies the noun phrase before
    // it, which may run over a prepositional phrase ("the emails from
    // Podesta released by WikiLeaks", "a poll for NBC News released last
    // week") or stand before a comma ("Pence's statement, released by the
    // campaign"): that noun is what was released. With neither after it
    // the participle may be a verb of its own clause ("the report said
    // Iran released two hostages").
    // A passive or an infinitive before it ("the hostages to be freed
    // today") makes it a verb of its own clause too.
    let verb_before = (k..t.ta).any(|j| s.f(j) & (wc::AUX | wc::BE | wc::HAVE) != 0)
        || (k > 0 && s.f(k - 1) & wc::TO != 0);
    let reduced = !verb_before && t.tend < s.n() && s.f(t.tend) & (wc::BY | wc::SKIP) != 0;
    if !reduced {
        return false;
    }
    let k = if k > 0 && s.punct(k - 1, ",") {
        k - 1
    } else {
        k
    };
    let phrase_stop = |j: usize| {
        s.is_punct(j) || s.hard_stop(j) || s.f(j) & (wc::THAT | wc::REL | wc::BAR | wc::CONJ) != 0
    };
    (k.saturating_sub(THEME_WINDOW)..k)
        .rev()
        .take_while(|&j| !phrase_stop(j))
        .any(|j| s.in_rare(j, wc::PUBLICATION) && (j + 1 == k || s.f(j + 1) & PREPS != 0))
}

/// Whether the event noun `t` is a person's verb here, with a `topic_prep`
/// word after it ("Merkel talks about a European consensus", "he talks about a
/// revolution"): a plural noun spelt as a verb's "-s" form ("talks") right after a
/// person's name or a subject pronoun is that verb, and talking about a
/// topic alone consults no one (as [`talked_about_alone`] reads "discussed
/// his plan"). Negotiations keep the noun: "the talks about trade", "Iran
/// talks about the deal" (a state before it names a party), "Merkel's talks
/// about the deal" (her talks), "Merkel talks with Putin" (no topic alone).
fn person_talks_about(actors: &DocActors, s: &Sent, t: &Trig) -> bool {
    if t.event_type != EventType::Consult
        || !t.nominal
        || t.ta == 0
        || t.tend != t.ta + 1
        || t.tend >= s.n()
        || !sitrep_text::s_form(s.word(t.ta))
        || !s.is_listed(t.tend, wc::listed::TOPIC_PREP)
    {
        return false;
    }
    let subject = t.ta - 1;
    (s.in_cold(subject, wc::PERSON_PRONOUN) && s.f(subject) & wc::POSS == 0)
        || s.mention_ending_at(subject)
            .is_some_and(|m| people_only(actors, &[m.actor]))
}

/// Whether the coercion `i` is a participle after its noun ("a Hamas
/// member jailed over a year ago", "two activists jailed for protesting"),
/// a passive, or a past form with no object of its own (read as the verb
/// of the noun before it: "a member of the Islamist Hamas movement jailed
/// over a year ago") in a sentence that tells a release (a `release_mode`
/// row, of captives, not of a text: "a video message released this
/// week" frees no one): it says why the one released was held, an act of
/// long ago, while the release is the news. The same participle with no release
/// told ("a reporter jailed by the court") keeps its act, and so does a
/// detention with its own object beside a release ("Israel arrested the
/// mayor and released his brother").
fn detention_behind_a_release(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    let t = &trigs[i];
    if t.event_type != EventType::Coerce {
        return false;
    }
    let no_object_of_its_own =
        t.passive() || (t.is_verb() && t.form == Form::Past && takes_no_object(s, t.tend));
    no_object_of_its_own
        && trigs.iter().enumerate().any(|(j, u)| {
            j != i
                && u.event_type == EventType::Retreat
                && arguments::releases(s, u)
                && !publication_released(s, u)
        })
}

/// Whether the consulting verb `t` is a `topic` verb ("discuss",
/// "comment") that one doer does alone: no target, no "with" after it in
/// its clause and no second doer joined by "and" before it ("Trump
/// discussed his commitment to veterans", "Carter discussed how he had
/// placed a note card", "it's boring to discuss politics"). Talking about a
/// topic consults no one; "discussed the crisis with Putin", "Putin and Xi
/// discussed trade", "Smith and Volker discussed it" (the second doer no
/// actor) keep the consultation, and so does a cooperative act named as
/// what is discussed ("remained ready to discuss a ceasefire"), which is
/// negotiated with the other side.
fn talked_about_alone(s: &Sent, trigs: &[Trig], i: usize) -> bool {
    const CLAUSE_WORDS: usize = 12;
    const SUBJECT_WORDS: usize = 12;
    let t = &trigs[i];
    if t.event_type != EventType::Consult
        || !t.is_verb()
        || t.passive()
        || !t.target.is_empty()
        || t.source.len() > 1
        || !s.names(t.ta, wc::TOPIC)
    {
        return false;
    }
    let clause_end = |k: usize| s.is_punct(k) || s.f(k) & (wc::THAT | wc::REL | wc::BAR) != 0;
    let with_after = (t.tend..s.n().min(t.tend + CLAUSE_WORDS))
        .take_while(|&k| !clause_end(k))
        .any(|k| {
            s.is(k, "with")
                || s.trig_at(k)
                    .and_then(|u| trigs.get(u))
                    .is_some_and(|u| cooperative(u.event_type))
        });
    // The subject may hold an apposition set off by commas ("The tech
    // mogul and the regime's top envoy, Amir Saeid Iravani, discussed").
    let joined_doer = (t.ta.saturating_sub(SUBJECT_WORDS)..t.ta)
        .rev()
        .take_while(|&k| {
            (s.punct(k, ",") || !s.is_punct(k)) && s.f(k) & (wc::THAT | wc::REL | wc::BAR) == 0
        })
        .any(|k| s.f(k) & wc::CONJ != 0);
    !with_after && !joined_doer
}

/// "Israel's Cabinet met on Sunday", "her cabinet would meet", "told a
/// meeting of his Security Council": a body that sits as one (the
/// `sitting_body` words), meeting on its own, holds no consultation between
/// parties. Meeting someone is one ("the cabinet met with the unions", "the
/// council met Netanyahu"), and so is a meeting of people ("a meeting of
/// foreign ministers", "the two leaders met").
fn body_sits_alone(s: &Sent, t: &Trig) -> bool {
    const SITTING_WORDS: [&str; 8] = [
        "meet", "meets", "met", "meeting", "convene", "convenes", "convened", "session",
    ];
    if t.event_type != EventType::Consult
        || t.tb != t.ta + 1
        || !SITTING_WORDS.iter().any(|w| s.is(t.ta, w))
    {
        return false;
    }
    if t.nominal {
        // "a meeting of (his | the | the UN) Security Council", not "... with X".
        if !s.is(t.tb, "of") {
            return false;
        }
        let body = (t.tb + 1..(t.tb + 5).min(s.n()))
            .take_while(|&k| !s.is_punct(k) && s.f(k) & (wc::CONJ | wc::REL | wc::THAT) == 0)
            .find(|&k| s.in_rare(k, wc::SITTING_BODY));
        return body.is_some_and(|k| !s.is(k + 1, "with") && !s.is(k + 1, "and"));
    }
    // The verb: no one met (no target) and its subject is the body.
    let k = s.back_over(t.ta, 0, |j| {
        s.f(j) & (wc::SKIP | wc::AUX) != 0 || s.is_ly_adverb(j)
    });
    t.target.is_empty() && k > 0 && s.in_rare(k - 1, wc::SITTING_BODY)
}

/// What the modality reading of an event decided, for the checks after it.
struct Reading {
    modality: Modality,
    /// Inside a claim's content.
    in_claim: bool,
    /// The claim denies it.
    denied: bool,
    /// A future auxiliary ("will", reported "would").
    future_auxiliary: bool,
    /// A verb (or a noun's support verb) that makes it an act.
    event_verb: bool,
    hypothetical: bool,
}

/// The verb trigger nearest before the event noun `i` whose object or
/// purpose phrase holds it: no comma, hard stop, "that", relative or
/// subordinator between ("travels to Tianjin this weekend for the SCO
/// summit"), and no preposition but "to", "for", a locative one or "on" + a
/// weekday, so that a noun the verb's act is only about or measured by keeps
/// its own time ("meets Xi next week about the strikes", "for the
/// anniversary of the attack").
fn clause_verb_before<'t>(s: &Sent, trigs: &'t [Trig], i: usize) -> Option<&'t Trig> {
    let ta = trigs[i].ta;
    let v = trigs[..i]
        .iter()
        .rev()
        .find(|v| v.is_verb() && v.tb <= ta)?;
    let outside = (v.tb..ta).any(|k| {
        let f = s.f(k);
        s.punct(k, ",")
            || s.hard_stop(k)
            || f & (wc::THAT | wc::REL | wc::BAR | wc::PREP | wc::VPREP | wc::OF) != 0
            // "on" before a weekday dates the verb ("travels to Paris on
            // Friday for the summit").
            || (f & wc::TPREP != 0 && f & wc::TO == 0 && weekday_at(s, k + 1).is_none())
    });
    (!outside).then_some(v)
}

/// The modality of trigger `i`'s event: negation, conditions, future and
/// purpose, hearsay and the claim it is reported in.
fn event_modality(
    sc: &Scope,
    s: &Sent,
    trigs: &[Trig],
    i: usize,
    intent_governed: bool,
) -> Reading {
    let doc = sc.doc;
    let claims = doc.claims;
    let t = &trigs[i];
    let floor = t.claim.map(|c| sc.content_start_of(c)).unwrap_or(0);
    let past_verb = |t: &Trig| t.is_verb() && t.form == Form::Past;
    let (mut bits, mut would, mut other_hypo) =
        modality_flags(s, t.ta, floor, t.nominal, past_verb(t));
    if !t.nominal && negative_quantifier_subject(s, t.ta, floor) {
        bits |= wc::NEG;
    }
    if t.nominal
        && !commented_definite_subject(s, t.ta, t.tend)
        && !definite_subject_of_event_verb(s, t.ta, t.tend)
        && !inside_relative_clause_phrase(s, t.ta)
    {
        // "direct talks may follow", "talks between X and Y will resume".
        let (b, w, o) = modality_after(s, t.tend);
        bits |= b;
        would |= w;
        other_hypo |= o;
    }
    if let Some((g, _)) = t.governor {
        let (b2, _, _) = modality_flags(
            s,
            trigs[g].ta,
            floor,
            trigs[g].nominal,
            past_verb(&trigs[g]),
        );
        bits |= b2 & (wc::NEG | wc::HYPO);
    }
    bits |= t.claim.map_or(0, |c| {
        negated_infinitive_cue(s, claims, c, &|b| sc.tok_index(b))
    });
    let in_claim = t.claim.is_some();
    // "Turkey denied the allegations made by the EU": an accusation
    // noun that names its own accuser, someone other than the
    // denier, was made; what is denied is what it says.
    let accuser_named = t.nominal
        && t.event_type == EventType::Accuse
        && !t.source.is_empty()
        && t.claim
            .and_then(|c| doc.speaker_of(c))
            .is_none_or(|speaker| !t.source.contains(&speaker));
    // "Iran did not say Israel attacked Syria", "did not deny that
    // Israel attacked": what was not said is open, neither passed
    // on nor denied.
    let unsaid = t
        .claim
        .is_some_and(|c| negated_clause_cue(s, claims, c, &|b| sc.tok_index(b)));
    // "Rwanda denied backing the M23 rebels who seized Goma": a relative
    // clause in the denied content says what its noun did; the denial is
    // not of that. The act stays what the claim passes on. A cleft's
    // relative clause ("denied that it was Israeli troops who attacked
    // the convoy") is the denied statement itself.
    let relative_act = t.is_verb() && {
        let k = s.back_over_classes(t.ta, 0, wc::AUX | wc::SKIP | wc::HAVE | wc::BE);
        k > 0 && s.f(k - 1) & wc::REL != 0 && !cleft_relative(s, k - 1, 0)
    };
    let denied = !accuser_named
        && !unsaid
        && !relative_act
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
        support_verb_before(s, t.ta)
    } else {
        None
    };
    // "a peace agreement, to be signed no later than August 18": a
    // passive infinitive is a plan as well.
    let infinitive = event_verb
        .filter(|_| t.governor.is_none())
        .and_then(|v| infinitive_to(s, v).or_else(|| passive_infinitive_to(s, v)));
    let wished = infinitive.is_some_and(|k| wish_before_infinitive(s, k));
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
    ) && infinitive.is_some_and(|k| crowd_subject(s, k));
    let purpose = !wished
        && !t.nominal
        && t.event_type != EventType::Protest
        && !voiced_by_crowd
        && infinitive.is_some_and(|k| !factual_infinitive(s, k));
    // "is thought to have launched the strike": an event noun's support
    // verb is the reputed infinitive.
    if event_verb.is_some_and(|v| reputed_infinitive(s, v)) {
        bits |= wc::HEARSAY;
    }
    // "Iran warned Israel against an attack, according to two officials":
    // an act named by a cue whose claim is sourced "according to" someone
    // is what that source tells, not a fact of the text's own.
    if t.claim.is_none() && sc.cue_told_according_to(t.start, t.end) {
        bits |= wc::HEARSAY;
    }
    let future_auxiliary = bits & wc::FUTURE != 0 || (would && in_claim);
    // "Modi travels to Tianjin this weekend": a present dated ahead; "the
    // summit next month", "travels to Tianjin this weekend for the summit":
    // an event noun dated ahead by its own time phrase or by its clause's
    // verb.
    let dated_ahead = bits & (wc::NEG | wc::HYPO | wc::FUTURE) == 0
        && if t.is_verb() {
            present_dated_ahead(s, t.ta, t.tb, t.form, doc.weekday)
        } else {
            t.nominal
                && (noun_dated_ahead(s, t.tend)
                    || clause_verb_before(s, trigs, i)
                        .is_some_and(|v| present_dated_ahead(s, v.ta, v.tb, v.form, doc.weekday)))
        };
    let future = future_auxiliary || intent_governed || purpose || dated_ahead;
    // Reported speech turns "will" into "would": future, not a condition.
    let hypothetical = other_hypo
        || (would && !in_claim)
        || wished
        // "I hope Parliament rejects the treaty": a hoped-for act.
        || (t.is_verb() && hoped_for_clause(s, t.ta, floor))
        || until_condition(s, t.ta, floor)
        || possibility_clause(s, t.ta, floor)
        || unfounded_clause(s, t.ta, floor)
        || (t.is_verb() && condition_series(s, t.ta, floor, t.form == Form::Past))
        // A hostile consequence ("will strike if", "will withdraw
        // its force unless") is a conditional threat, which CAMEO
        // codes as a threat made now (THREATEN, from the future).
        || (!hostile(t.event_type) && conditional_consequence(s, t.ta, floor));
    // "should say it will not fund": the negation is inside the
    // prescribed declaration, which leaves the act open.
    let prescribed = future_auxiliary && prescribed_declaration(s, t.ta, floor);
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
    Reading {
        modality,
        in_claim,
        denied,
        future_auxiliary,
        event_verb: event_verb.is_some(),
        hypothetical,
    }
}

/// The event's type, modality and mode, and whether a weapon or war noun
/// gave the mode: a cooperative act refused with a future auxiliary is a
/// rejection made now, a crowd's protest is a street protest, and a ban on
/// another state is a sanction.
fn event_kind(
    sc: &Scope,
    s: &Sent,
    t: &Trig,
    reading: &Reading,
) -> (EventType, Modality, Option<String>, bool) {
    let Doc { actors, lex, .. } = *sc.doc;
    let Reading {
        modality,
        in_claim,
        denied,
        future_auxiliary,
        hypothetical,
        ..
    } = *reading;
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
        && reading.event_verb
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
            crowd_subject(s, t.ta)
                .then(|| head_protest_row(lex, s, t.ta))
                .flatten()
        }
        _ => None,
    };
    let now = if in_claim {
        Modality::Attributed
    } else {
        Modality::Asserted
    };
    // "China declined to rule out using force against Taiwan", "Trump would
    // not rule out military force": a force or penalty its doer will not
    // exclude is held over the other side, a threat made now (CAMEO 13),
    // not an act that may or may not come. Other acts kept open ("declined
    // to rule out a coalition") stay hypothetical.
    let kept_open_threat = matches!(modality, Modality::Hypothetical | Modality::Future)
        && !denied
        && force_or_penalty(t.event_type)
        && exclusion_kept_open(s, t.ta, t.claim.map_or(0, |c| sc.content_start_of(c)));
    let (event_type, modality) = if refusal {
        (EventType::Reject, now)
    } else if kept_open_threat {
        (EventType::Threaten, now)
    } else if crowd_row.is_some() {
        (EventType::Protest, modality)
    } else {
        (t.event_type, modality)
    };
    // The mode is the trigger's own or the one of the noun it absorbed
    // as its means; `war_noun`: the noun itself is a weapon or war
    // noun ("the shelling") or the absorbed one is ("a car bomb killed").
    let (mode, war_noun) = match t.kind {
        Kind::Lexicon(e) if !refusal && !kept_open_threat => {
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
        && lex.is_ban_mode(mode.as_deref())
        && bans_another_state(actors, &t.source, &t.target)
    {
        (EventType::Sanction, Some("restrict".to_owned()))
    } else {
        (event_type, mode)
    };
    // "Russia and China held naval exercises", "French and Egyptian
    // warships launched war games": a show of force (CAMEO 150) that two
    // states stage together is a joint exercise, military cooperation
    // (062) as the "joint exercises" rows code it; one state's own stays
    // MOBILIZE (session 20's convention).
    let show_of_force = match t.kind {
        Kind::Lexicon(e) => lex.entries[e as usize].cameo.as_deref() == Some("150"),
        _ => false,
    };
    let event_type =
        if event_type == EventType::Mobilize && show_of_force && states_apart(actors, &t.source) {
            EventType::Cooperate
        } else {
            event_type
        };
    // "French troops arrived in Mali", "peacekeeping troops arrived in
    // Sierra Leone": forces that travel somewhere are deployed (CAMEO
    // 154), not on a visit, which a leader or envoy pays.
    let deploy_mode = lex.deploy_mode();
    let (event_type, mode) = match deploy_mode {
        Some(deployed) if lex.is_visit_mode(mode.as_deref()) && forces_travel(s, t) => {
            (EventType::Mobilize, Some(deployed.to_owned()))
        }
        _ => (event_type, mode),
    };
    // "The Pentagon orders about 700 Marines to Los Angeles", "Putin
    // ordered troops to the border": an order that sends one's own forces
    // to a place deploys them (CAMEO 154), it asks nobody outside.
    let (event_type, mode) = match deploy_mode {
        Some(deployed)
            if event_type == EventType::Request && ordered_own_forces_to_place(actors, s, t) =>
        {
            (EventType::Mobilize, Some(deployed.to_owned()))
        }
        _ => (event_type, mode),
    };
    // "Governor Mills clashed with President Trump at a White House
    // meeting", "Trump attacked Harris": a plain attack or clash (CAMEO
    // 190, no weapon, no mode) between named people alone, with no state,
    // force or group on either side, is a war of words, which PLOVER codes
    // as disapproval (ACCUSE, CAMEO 111). A person's attack on a state
    // ("Putin attacked Ukraine") stays an assault, and so does one with a
    // weapon in hand ("attacked his neighbour with a knife").
    let plain_attack = match t.kind {
        Kind::Lexicon(e) => lex.entries[e as usize].cameo.as_deref() == Some("190"),
        _ => false,
    };
    let (event_type, mode) = if event_type == EventType::Assault
        && plain_attack
        && mode.is_none()
        && !war_noun
        && people_only(actors, &t.source)
        // "Zelensky and Putin clashed over the plan": a clash among its
        // doers alone, told by a verb with no object of its own ("they
        // attacked the USS Cole" aims at a thing no actor names, "during
        // his attack" is a noun: both stay assaults).
        && (people_only(actors, &t.target)
            || (t.target.is_empty()
                && t.source.len() > 1
                && t.is_verb()
                && takes_no_object(s, t.tb)))
        && !wields_a_weapon(s)
    {
        (EventType::Accuse, Some("disapprove".to_owned()))
    } else {
        (event_type, mode)
    };
    (event_type, modality, mode, war_noun)
}

/// Whether the order verb `t` ("ordered", "orders", "directed") sends the
/// orderer's own forces to a place: its object ends on a force word
/// ("troops", "soldiers") or on a body of the orderer's own state ("700
/// Marines", "the National Guard"), and a "to" right after it opens a place
/// (a determiner, a name), not an infinitive ("ordered troops to withdraw"
/// is the withdrawal, coded from its own verb).
fn ordered_own_forces_to_place(actors: &DocActors, s: &Sent, t: &Trig) -> bool {
    if !t.is_verb() || !s.names(t.ta, wc::COMMAND) {
        return false;
    }
    let n = s.n();
    let Some(to) = (t.tb..n.min(t.tb + 6))
        .take_while(|&k| !s.is_punct(k) && !s.hard_stop(k))
        .find(|&k| s.f(k) & wc::TO != 0)
    else {
        return false;
    };
    if to == t.tb || to + 1 >= n {
        return false;
    }
    let country = |x: usize| actors.actors.get(x).and_then(|d| d.country.as_deref());
    let orderer_country = t.source.first().and_then(|&x| country(x));
    let own_body = s.mention_at(to - 1).is_some_and(|m| {
        let body = actors.actors.get(m.actor);
        body.is_some_and(|d| d.kind != sitrep_record::ActorKind::Person)
            && orderer_country.is_some()
            && country(m.actor) == orderer_country
    });
    // A force word is often capitalised inside a sentence ("700 Marines",
    // "the National Guard"), which the trigger search leaves unflagged: its
    // class is read from the vocabulary in any case.
    let forces = s.names_any_case(to - 1, wc::OWN_FORCE) || own_body;
    let place = s.f(to + 1) & wc::DET != 0
        || s.mention_at(to + 1).is_some()
        || upper_start(s.text, &s.toks[to + 1]);
    forces && place
}

/// Whether `parties` name someone and all of them are people (no state,
/// body, force or group).
fn people_only(actors: &DocActors, parties: &[usize]) -> bool {
    !parties.is_empty()
        && parties.iter().all(|&x| {
            actors
                .actors
                .get(x)
                .is_some_and(|d| d.kind == sitrep_record::ActorKind::Person)
        })
}

/// Whether the verb trigger `t`'s subject is a force ("troops", "the
/// army", "naval forces"), past its auxiliaries.
fn forces_travel(s: &Sent, t: &Trig) -> bool {
    let verb = s.back_over_classes(t.ta, 0, wc::AUX | wc::HAVE);
    t.is_verb() && subject_head(s, verb).is_some_and(|head| s.names_any_case(head, wc::OWN_FORCE))
}

/// Whether `doers` hold actors of two different states ("Russia and
/// China", "French and Egyptian warships").
fn states_apart(actors: &DocActors, doers: &[usize]) -> bool {
    let country = |x: usize| actors.actors.get(x).and_then(|d| d.country.as_deref());
    let mut countries = doers.iter().filter_map(|&x| country(x));
    countries
        .next()
        .is_some_and(|first| countries.any(|other| other != first))
}

/// "Dar confirmed the agreement", "Al Thani said the truce would take
/// effect": a definite event noun (or an announced definite act) that
/// points back to an event the story told before (`told_before`) takes that
/// event's parties; one its clause only comments on is no new event
/// (false: drop it).
fn point_back(
    sc: &Scope,
    s: &Sent,
    t: &Trig,
    (event_type, mode): (EventType, Option<&str>),
    told_before: &[EventRecord],
    source: &mut Vec<String>,
    target: &mut Vec<String>,
) -> bool {
    let doc = sc.doc;
    // "Dar confirmed the agreement", "Al Thani said the truce would
    // take effect": a definite event noun opening a claim's content
    // was given the speaker as its doer (`arguments`), which is right
    // for a first mention ("officials said the agreement would make
    // the region safer"). When the story has already reported an
    // event the noun names, the article points back to it: its
    // parties are that event's, not the speaker's.
    let speaker_source = t
        .claim
        .and_then(|c| doc.speaker_of(c))
        .is_some_and(|sp| t.source == [sp]);
    // "India and Pakistan agreed to a ceasefire. Trump announced the
    // truce": an announcer of a definite act the story named makes
    // it known; the act's parties are its doers.
    let announced_definite = t.is_verb()
        && s.names(t.ta, wc::ANNOUNCE)
        && t.tend > t.tb + 1
        && definite_np_at(s, t.tend - 1, t.tb);
    let noun = if t.nominal { t.ta } else { t.tend - 1 };
    // "Thailand and Cambodia agreed to a ceasefire. ... Hun Manet
    // hoped the ceasefire would restore normal relations", "the deal
    // was a real opportunity": a definite event noun that its clause
    // only comments on, after the story reported the event it names,
    // refers back to that event; it is no new one. A clause that
    // reports a new act on it ("the truce was broken", "the talks
    // will resume") is no comment (`commented_definite_subject`).
    let clause_start = t.claim.map_or(0, |c| sc.content_start_of(c));
    // "In a video released after his arrest": a definite event noun that
    // only dates another act refers back to the event it names as well. A
    // plural verb form after a definite determiner and before an auxiliary
    // is a noun ("the U.S. strikes were").
    let noun_like = t.nominal
        || (t.tend == t.ta + 1
            && s.word(t.ta).ends_with('s')
            && s.f(t.tend) & (wc::AUX | wc::BE) != 0);
    let commented_remention = (noun_like
        && remention_comment(s, t.ta, t.tend)
        && !acted_on_definite_subject(s, t.ta, t.tend)
        && definite_np_opening_clause(s, t.ta, clause_start))
        || (t.nominal
            && (sequenced_by_definite_event(s, t.ta)
                || modifier_in_definite_phrase(s, t.ta, t.tend)));
    let speaker_points_back = t.nominal && speaker_source && definite_np_at(s, t.ta, clause_start);
    if speaker_points_back || commented_remention || announced_definite {
        let noun_word = s.word(noun);
        let mut lower = String::new();
        // An event whose doer the story left unnamed ("Investigators
        // arrested Yoon ... after his arrest") is one a comment can point
        // back to when it is the same kind of act (an arrest, not any
        // coercion; not an interception for "the attack"), but it has no
        // parties to lend. A mediator's or host's event, and an act the
        // story says did not happen, are none.
        let mut comment_antecedents = told_before.iter().rev().filter(|e| {
            (!e.source.is_empty() || (!e.target.is_empty() && e.mode.as_deref() == mode))
                && !doc.lex.is_third_party_mode(e.mode.as_deref())
                && e.modality != Modality::Negated
        });
        // A noun aimed elsewhere than the event found ("the attacks
        // on U.S. ships" after U.S. strikes on Yemen) is another act.
        // (An agreement among its doers, "Iran and the IAEA agreed",
        // has no target: its doers are its parties.)
        let parties = |e: &EventRecord, a: &String| {
            e.target.contains(a)
                || (e.target.is_empty() && mutual(e.event_type) && e.source.contains(a))
        };
        // Only a party the noun phrase names itself says which act it is
        // ("the Iraqi agreement", "the attacks on U.S. ships"); one found
        // further on is what the clause says about it.
        let named_in_phrase = |actors: &[usize], kept: &[String]| -> Vec<String> {
            actors
                .iter()
                .filter(|&&a| noun_phrase_names(s, t.ta, t.tend, a))
                .filter_map(|&a| doc.actors.actors.get(a))
                .map(|a| a.id.clone())
                .filter(|id| kept.contains(id))
                .collect()
        };
        let own_target = named_in_phrase(&t.target, target);
        let own_source = named_in_phrase(&t.source, source);
        let in_event = |e: &EventRecord, a: &String| e.source.contains(a) || e.target.contains(a);
        // A comment points back to any earlier event it can name whose
        // parties fit the ones its phrase names.
        if commented_remention
            && comment_antecedents.any(|e| {
                names_event_back(doc, noun_word, event_type, e, &mut lower)
                    && (own_target.is_empty() || own_target.iter().any(|a| parties(e, a)))
                    && (own_source.is_empty() || own_source.iter().any(|a| in_event(e, a)))
            })
        {
            return false;
        }
        // The event it points back to (`referenced_event`, nearest first)
        // lends its parties.
        if speaker_points_back || announced_definite {
            if let Some(earlier) = referenced_event(
                doc,
                noun_word,
                Some(event_type),
                told_before,
                false,
                &mut lower,
            ) {
                *source = earlier.source.clone();
                *target = earlier.target.clone();
            }
        }
    }
    true
}

/// The role checks on an event's record: a force sent to help, a meeting
/// among its doers, a target among the doers, a part of an earlier event
/// of the sentence (`this_sentence`), and acts toward one's own (aid to
/// one's own activity, an economic loss, thanks to one's people, approval
/// of one's own plan) that are no event (false: drop it).
fn settle_roles(
    sc: &Scope,
    s: &Sent,
    t: &Trig,
    event_type: EventType,
    this_sentence: &[EventRecord],
    source: &mut Vec<String>,
    target: &mut Vec<String>,
) -> bool {
    let actors = sc.doc.actors;
    let ids = |v: &[usize]| -> Vec<String> { actor_ids(actors, v) };
    // "The U.S. military will send about 200 troops to Israel to help
    // monitor the truce": a force sent to a state to help is sent to
    // its aid, not against it (one sent "to Israel to fight" is).
    if event_type == EventType::Mobilize
        && !target.is_empty()
        && t.target.iter().all(|&a| sent_to_help(s, a, t.tend))
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
        && *target == ids(&t.target)
        && t.target.iter().all(|&a| named_only_as_place(s, a))
    {
        *target = source.clone();
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
        let k = bare_modifiers_start(s, t.ta, 0);
        let whole = (k > 0 && s.names(k - 1, wc::PART_OF))
            .then(|| {
                this_sentence.iter().rev().find(|e| {
                    e.event_type == event_type && !e.source.is_empty() && e.trigger.end <= t.start
                })
            })
            .flatten();
        if let Some(whole) = whole {
            *source = whole.source.clone();
            if target.is_empty() {
                *target = whole.target.clone();
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
        && own_object(s, t)
    {
        return false;
    }
    // "whose sales have been badly hit", "the economy was hit hard":
    // a force verb in the passive whose subject is a noun of economic
    // standing tells a loss, not an attack; a verb of support there
    // ("the dollar was supported by recent U.S. data") tells a market
    // move, which no party makes.
    if matches!(event_type, EventType::Assault | EventType::Support) && t.is_verb() && t.passive() {
        let k = s.back_over(t.ta, 0, |j| {
            s.f(j) & (wc::SKIP | wc::AUX | wc::BE | wc::HAVE | wc::NEG) != 0 || s.is_ly_adverb(j)
        });
        if k > 0 && s.in_cold(k - 1, wc::ECONOMIC) {
            return false;
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
        return false;
    }
    // "Israel approved its plan to build 3,000 homes", "the cabinet
    // approved its own budget": approving one's own plan or project
    // supports no one and agrees with no one (session 18's
    // convention); approving another's plan or request stays.
    if matches!(event_type, EventType::Support | EventType::Agree)
        && t.is_verb()
        && !t.passive()
        && s.in_cold(t.ta, wc::APPROVE)
        && own_object(s, t)
    {
        return false;
    }
    // "U.S. and Chinese negotiators agreed on a framework to
    // implement the truce reached in Geneva": an agreement whose
    // target is the very set of its doers names no other party; the
    // doers, read again from a phrase after it, are no target.
    // (A meeting keeps its members as targets: the convention of
    // "Varga and Brenner met", tests/it/world_probe_mends.rs.)
    if mutual(event_type)
        && source.len() > 1
        && target.len() == source.len()
        && target.iter().all(|a| source.contains(a))
    {
        target.clear();
    }
    true
}

/// Whether every actor of `ids` is a bare state (see
/// [`crate::is_bare_state`]): targets that name only where something
/// happens.
fn all_bare_states(actors: &DocActors, ids: &[usize]) -> bool {
    ids.iter()
        .all(|&a| actors.actors.get(a).is_some_and(crate::is_bare_state))
}
