//! Whether a hit is the act its lexicon row names here: a noun or a verb
//! reading of the same form ("an attack" / "they attack"), a participle
//! that only modifies a noun ("armed groups"), the voice of a past
//! participle, a naming verb's small clause, and whether a subject can
//! carry out an attack. Step 1 (choosing a row) and step 3 (voice) of the
//! clause analysis.

use super::arguments::object_relative_antecedent;
use super::{hostile, Sent, Trig, Voice, OBJECT_WINDOW, PREPS};
use crate::lexicon::{wc, Class, EventLexicon, Form, Pos};
use sitrep_actors::MentionHow;
use sitrep_kb::AliasKind;
use sitrep_record::EventType;
use sitrep_text::TokenKind;

/// The voice an auxiliary right before token `ta` gives, past adverbs and
/// negation ("was not put", "had later hit"): "have" active, "be" passive;
/// `None` when no auxiliary stands there.
pub(super) fn aux_voice(s: &Sent, ta: usize) -> Option<Voice> {
    for k in (ta.saturating_sub(4)..ta).rev() {
        let f = s.f(k);
        if f & wc::HAVE != 0 {
            return Some(Voice::Active);
        }
        if f & wc::BE != 0 {
            return Some(Voice::Passive);
        }
        // "U.S. persons are generally prohibited from", "was badly hit": a
        // manner adverb between the auxiliary and the participle, as a
        // skip word.
        if f & (wc::SKIP | wc::NEG) == 0 && !s.is_ly_adverb(k) {
            return None;
        }
    }
    None
}

/// The voice of a past-participle verb trigger.
pub(super) fn voice_of(s: &Sent, t: &Trig) -> Voice {
    if t.nominal || t.pos == Pos::Affix || t.fixed {
        return Voice::Active;
    }
    // Verbs whose participle is their base form ("was put under
    // investigation", "were hit", "had been cut") read as the base form: a
    // form of "be" right before one is the passive all the same.
    if t.form == Form::Base && t.pos == Pos::Verb {
        return aux_voice(s, t.ta).unwrap_or(Voice::Active);
    }
    if t.form != Form::Past {
        return Voice::Active;
    }
    if let Some(voice) = aux_voice(s, t.ta) {
        return voice;
    }
    // "Turkey, which Sweden accused of blocking its bid": after a relative
    // pronoun the name is the relative clause's subject, and the verb is
    // active whatever follows it.
    if object_relative_antecedent(s, t.ta, 0).is_some() {
        return Voice::Active;
    }
    let next = t.tend;
    // "Greece accused of pushing back migrants" (a headline), "Russia
    // blamed for the attack": an accusation whose complement follows with
    // no one named in between has lost its object to the subject; the
    // active always names whom it accuses ("warned of", the other speech
    // act with "of", names no one and stays active).
    if t.class == Class::Direct
        && t.event_type == EventType::Accuse
        && s.f(next) & (wc::OF | wc::FOR) != 0
    {
        return Voice::Reduced;
    }
    let by_next = s.f(next) & wc::BY != 0
        || (s.f(next) & wc::CONJ != 0
            && s.trig_at(next + 1).is_some()
            && s.f(next + 2) & wc::BY != 0);
    if t.ta == 0 {
        return if by_next {
            Voice::Reduced
        } else {
            Voice::Active
        };
    }
    let prev = t.ta - 1;
    // "We declare the tyrant Bashar al-Assad overthrown": the small clause of
    // a verb of declaring says the act was done to the name before it.
    if declaring_verb_of_small_clause(s, t).is_some() {
        return Voice::Reduced;
    }
    // After a mention or "," the participle is active ("Israel seized"),
    // unless "by" follows ("Hamas, armed by").
    let coordinated_participle =
        s.f(prev) & wc::CONJ != 0 && prev > 0 && s.word(prev - 1).ends_with("ed");
    // "talks hosted by Qatar", "a summit organised by Egypt": a participle
    // and "by" right after an event noun describe the event, as after a
    // plain noun.
    let after_event_noun = s.trig_at(prev).is_some_and(|x| !s.trig_is_verb(x));
    if by_next
        && (s.mention_ending_at(prev).is_some()
            || s.punct(prev, ",")
            || (s.is_modifier_word(prev) && s.f(prev) == 0)
            || after_event_noun
            || coordinated_participle)
    {
        return Voice::Reduced;
    }
    // "Soleimani, the commander killed in an attack": a participle right
    // after an appositive role mention, followed by a preposition.
    if let Some(m) = s.mention_ending_at(prev) {
        let q = s.back_over_classes(m.a, 0, wc::DET);
        let appositive = q < m.a && q > 1 && s.punct(q - 1, ",");
        let next_f = s.f(next);
        if appositive && next_f & (wc::TPREP | wc::LOC) != 0 && next_f & wc::TO == 0 {
            return Voice::Reduced;
        }
        // "there were ten Russian soldiers killed in Ukraine": after "be"
        // and a counted noun phrase the participle describes the noun; the
        // noun is no subject of its own.
        let q = s.back_over(m.a, 0, |j| s.f(j) & wc::DET != 0 || s.is_modifier_word(j));
        let after_be = q > 0 && s.f(q - 1) & wc::BE != 0;
        if after_be
            && next_f & (wc::TPREP | wc::LOC | wc::SKIP | wc::BY) != 0
            && next_f & wc::TO == 0
        {
            return Voice::Reduced;
        }
    }
    // "weapons seized last year from", "in a letter handed over to": a
    // participle right after a plain noun, followed by a preposition or a
    // time word, when the clause already has a verb or the noun sits in a
    // prepositional phrase.
    // "refugees ordered out of Nigeria", "staff sent back to Manila": a
    // particle between the participle and its preposition leaves the
    // preposition next ("Police ordered out the crowd" has its object).
    let particle_then_preposition = s.names(next, wc::PARTICLE) && s.f(next + 1) & PREPS != 0;
    let next_f = s.f(next + usize::from(particle_then_preposition));
    let pp_or_time_next =
        next_f & (wc::TPREP | wc::LOC | wc::FROM | wc::FOR | wc::OF | wc::SKIP) != 0;
    // "Duncan Smith, who was among the MPs targeted, said": a participle
    // closing its clause right after a noun that sits in a prepositional
    // phrase describes that noun too; such a noun is no verb's subject.
    let clause_ends_next =
        next >= s.n() || s.punct(next, ",") || s.punct(next, ".") || s.hard_stop(next);
    // A capitalised plain noun ("among the MPs targeted") counts at the
    // clause's end, where no name of a place or title follows.
    let plain_noun = s.is_modifier_word(prev)
        || (clause_ends_next && s.trig_at(prev).is_none() && s.mention_at(prev).is_none())
        || (pp_or_time_next && capitalised_noun_in_phrase(s, prev));
    if plain_noun
        && s.f(prev) == 0
        && s.toks[prev].kind == TokenKind::Word
        && (pp_or_time_next || clause_ends_next)
    {
        let earlier_verb = (0..prev).any(|k| {
            s.f(k) & (wc::AUX | wc::BE | wc::HAVE) != 0
                || s.trig_at(k)
                    .is_some_and(|x| x < usize::MAX && s.trig_is_verb(x))
        });
        let q = s.back_over(prev, 0, |j| {
            s.is_modifier_word(j) || s.f(j) & (wc::DET | wc::POSS) != 0
        });
        let in_pp = q > 0 && s.f(q - 1) & PREPS != 0;
        // "Soleimani, the commander killed in an attack": a participle on a
        // noun in apposition to a name.
        let apposition = q > 1 && s.punct(q - 1, ",") && s.mention_ending_at(q - 2).is_some();
        if apposition && pp_or_time_next && next_f & wc::TO == 0 {
            return Voice::Reduced;
        }
        // "to" after the participle is a complement ("agreed to") unless the
        // noun before sits in a prepositional phrase ("in a letter handed
        // over to the UN").
        if !pp_or_time_next {
            // At the clause's end only after the clause's own verb ("who was
            // among the MPs targeted"): "Troops in the area withdrew." is
            // the troops' act.
            if in_pp && verb_earlier_in_clause(s, q - 1) {
                return Voice::Reduced;
            }
        } else if in_pp || (earlier_verb && next_f & wc::TO == 0) {
            return Voice::Reduced;
        }
    }
    // The same with a name in the prepositional phrase ("one of the
    // lawmakers targeted", with "lawmakers" a known group).
    if let Some(m) = s.mention_ending_at(prev) {
        let q = s.back_over(m.a, 0, |j| {
            s.is_modifier_word(j) || s.f(j) & (wc::DET | wc::POSS) != 0
        });
        let in_pp = q > 0 && s.f(q - 1) & PREPS != 0;
        if clause_ends_next && in_pp && verb_earlier_in_clause(s, q - 1) {
            return Voice::Reduced;
        }
    }
    Voice::Active
}

/// Whether token `k` is a capitalised word that names no one ("most West
/// Africans", "to Mexican Americans") ending a noun phrase that sits in a
/// prepositional phrase after its clause's verb ("opened its borders to
/// most West Africans"): a past participle after it describes the noun,
/// where after a capitalised word elsewhere it may be the verb of an
/// unknown name ("said Jones met with Putin").
fn capitalised_noun_in_phrase(s: &Sent, k: usize) -> bool {
    let capitalised_plain = |j: usize| {
        s.toks[j].kind == TokenKind::Word
            && s.f(j) == 0
            && s.trig_at(j).is_none()
            && s.mention_at(j).is_none()
            && super::words::is_upper_start(s.word(j))
    };
    if !capitalised_plain(k) {
        return false;
    }
    let q = s.back_over(k, 0, |j| {
        capitalised_plain(j) || s.is_modifier_word(j) || s.f(j) & (wc::DET | wc::POSS) != 0
    });
    q > 0 && s.f(q - 1) & PREPS != 0 && verb_earlier_in_clause(s, q - 1)
}

/// The verb of declaring or judging whose small clause past participle `t`
/// closes ("declared the president deposed", "We declare the tyrant Bashar
/// al-Assad overthrown", "considered the regime toppled"): the participle
/// right after a name that is the verb's object, with no object of its own
/// after it ("declared Iran attacked Israel" is a clause of its own).
pub(super) fn declaring_verb_of_small_clause(s: &Sent, t: &Trig) -> Option<usize> {
    if t.form != Form::Past || t.ta == 0 || t.tend != t.tb || !t.is_verb() {
        return None;
    }
    let m = s.mention_ending_at(t.ta - 1)?;
    let first = s.group_left(m, 0).first().map_or(m.a, |g| g.a);
    let q = s.back_over(first, 0, |j| {
        s.f(j) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(j)
    });
    let declaring = |v: usize| s.names(v, wc::EVALUATE) || s.in_rare(v, wc::DECLARE);
    let next = t.tend;
    let no_object = next >= s.n()
        || s.toks[next].kind == TokenKind::Punct
        || s.f(next) & (PREPS | wc::SKIP | wc::CONJ) != 0;
    if !no_object {
        return None;
    }
    let verb = q.checked_sub(1)?;
    if declaring(verb) {
        return Some(verb);
    }
    // "declare the city of Damascus liberated and the tyrant Bashar al-Assad
    // overthrown": a second small clause after "and" shares the verb; back
    // over the first one's names, nouns and participle.
    if s.f(verb) & wc::CONJ == 0 {
        return None;
    }
    let mut k = verb;
    while k > verb.saturating_sub(OBJECT_WINDOW) {
        k -= 1;
        if declaring(k) {
            return Some(k);
        }
        let inside = s.mention_at(k).is_some()
            || s.trig_at(k).is_some()
            || s.is_modifier_word(k)
            || s.f(k) & (wc::DET | wc::POSS | wc::OF) != 0;
        if !inside {
            return None;
        }
    }
    None
}

/// Whether the clause holding token `k` has a verb before it: an auxiliary,
/// a form of "be" or "have", or a verb trigger, back to a comma, a
/// relative or complementizer, or a hard stop.
pub(super) fn verb_earlier_in_clause(s: &Sent, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        if s.punct(j, ",") || s.hard_stop(j) || s.f(j) & (wc::REL | wc::THAT | wc::BAR) != 0 {
            return false;
        }
        if s.f(j) & (wc::AUX | wc::BE | wc::HAVE) != 0 || s.trig_verb_at(j) {
            return true;
        }
    }
    false
}

/// Whether the determiner right before the past form at `ta` is a bare
/// quantifier standing as the subject of a second predicate ("ships fired
/// at the boats and one rammed a vessel"): it follows "and" and the past
/// form has an object after it, where a participle would have its noun
/// ("and some armed men"). Or the determiner is an adverb between a
/// subject and its verb ([`adverb_after_subject`]: "Hamas gunmen first
/// attacked Israeli soldiers").
pub(super) fn quantifier_subject(s: &Sent, ta: usize) -> bool {
    ta >= 2
        && (s.f(ta - 2) & wc::CONJ != 0 || adverb_after_subject(s, ta - 1))
        && s.f(ta - 1) & wc::DET != 0
        && s.mention_at(ta - 1).is_none()
        && s.word(ta).ends_with("ed")
        && ta + 1 < s.n()
        && (s.f(ta + 1) & (wc::DET | wc::POSS) != 0 || s.mention_starting_at(ta + 1).is_some())
}

/// Whether the determiner at `d` stands as an adverb after a subject
/// ("Hamas first attacked", "he first released", "Trump further
/// described"): no article ("the", "a": "gave Kyiv the promised aid"), and
/// the word before it ends a subject: a subject pronoun, a name that is no
/// adjective, possessive or verb's object, or a plain noun ("gunmen").
/// The caller asks for an object after the past form, which a participle
/// before its noun lacks ("Hamas first armed units" is not read).
fn adverb_after_subject(s: &Sent, d: usize) -> bool {
    if d == 0 || s.in_cold(d, wc::DEFINITE | wc::INDEFINITE | wc::INDEF_ARTICLE) {
        return false;
    }
    let before = d - 1;
    if s.f(before) & wc::PRON != 0 {
        return true;
    }
    if let Some(m) = s.mention_ending_at(before) {
        let verbs_object = m.a > 0 && s.trig_verb_at(m.a - 1);
        return !matches!(m.how, MentionHow::Alias(AliasKind::Adjective))
            && !s.is_possessive(before)
            && !verbs_object;
    }
    s.is_modifier_word(before) && !s.is_possessive(before) && !s.is_ly_adverb(before)
}

/// Whether the trigger at `ta` reads as a noun where the same form could be
/// a verb ("an attack" vs "they attack").
pub(super) fn nominal_reading(s: &Sent, ta: usize, form: Form) -> bool {
    if ta == 0 {
        return true;
    }
    let prev = ta - 1;
    let f = s.f(prev);
    if (f & (wc::DET | wc::POSS) != 0 && !(form == Form::Past && quantifier_subject(s, ta)))
        || s.is_possessive(prev)
    {
        return true;
    }
    if let Some(m) = s.mention_ending_at(prev) {
        // "Israeli strikes" (modifier) vs "Israel strikes" (subject); an
        // acronym after a preposition of the actors opens a noun phrase ("hit
        // by U.S. sanctions", "relief from EU sanctions"), where it does not
        // after a subordinator ("after U.S. forces strike"). After a place
        // preposition the phrase mostly frames the event it names in
        // passing ("progress in U.S.-Soviet talks"), kept as before.
        let acronym_in_pp = matches!(m.how, MentionHow::Alias(AliasKind::Acronym))
            && m.a > 0
            && s.f(m.a - 1) & PREPS != 0
            && s.f(m.a - 1) & (wc::TO | wc::BAR | wc::LOC) == 0;
        // "caved to US demands": after "to" too, as no infinitive has a
        // name before its verb.
        let acronym_after_to =
            matches!(m.how, MentionHow::Alias(AliasKind::Acronym)) && to_before_mention(s, ta);
        // "Iraq faces new U.S. sanctions", "drew U.S. criticism": after a
        // verb of receiving (over modifiers) the acronym opens its object.
        let mut v = m.a;
        while v > 0 && s.is_modifier_word(v - 1) && s.f(v - 1) & wc::CONVERSE == 0 {
            v -= 1;
        }
        let acronym_received = matches!(m.how, MentionHow::Alias(AliasKind::Acronym))
            && v > 0
            && s.f(v - 1) & wc::CONVERSE != 0;
        // "the Salt Typhoon hacking campaign", "a Hamas bombing spree": a
        // name opened by a determiner, then the -ing word and a plain head
        // noun, is a noun phrase whose head the -ing word modifies; the name
        // says whose act it is. ("the Houthis attacking Israeli ships" has
        // a name after the -ing word: a participle and its object.)
        let modifies_head = form == Form::Ing
            && m.a > 0
            && s.f(m.a - 1) & (wc::DET | wc::POSS) != 0
            && s.is_modifier_word(ta + 1)
            && s.toks[ta + 1].kind == TokenKind::Word;
        // "the Paris attack", "Paris attacks test": a city naming the
        // attack's place opens the noun's phrase.
        return matches!(m.how, MentionHow::Alias(AliasKind::Adjective))
            || m.attack_place
            || acronym_in_pp
            || acronym_after_to
            || acronym_received
            || modifies_head;
    }
    // "Israeli tank shelling", "heavy artillery bombing": a singular weapon
    // noun before an -ing form modifies it; a subject before a participle
    // is mostly plural ("tanks shelling the town").
    if form == Form::Ing && s.names(prev, wc::WEAPON) {
        return true;
    }
    if matches!(form, Form::Past | Form::Ing) {
        return false;
    }
    // "caved to demands from China", "in response to threats": an
    // infinitive is never an -s form, so one after "to" is a plural noun.
    if f & wc::TO != 0 && form == Form::S {
        return true;
    }
    if f & (wc::AUX | wc::PRON | wc::TO | wc::NEG | wc::REL | wc::THAT | wc::SKIP) != 0 {
        return false;
    }
    if f & wc::CONJ != 0 {
        // "attacked and seized" vs "attacks and raids": follow the word
        // before the "and".
        return prev == 0 || s.trig_at(prev - 1).is_none();
    }
    true
}

/// Whether the mention ending right before token `ta` follows "to" (the
/// preposition: an infinitive's "to" never has a name before its verb).
fn to_before_mention(s: &Sent, ta: usize) -> bool {
    s.mention_ending_at(ta - 1)
        .is_some_and(|m| m.a > 0 && s.f(m.a - 1) & wc::TO != 0)
}

/// Whether a verb-only trigger word is used as a noun here ("a grant",
/// "by phone"): then it is not a trigger.
pub(super) fn verb_used_as_noun(s: &Sent, ta: usize, form: Form) -> bool {
    if ta == 0 {
        return false;
    }
    let np_start = |k: usize| -> bool {
        let f = s.f(k);
        f & (wc::DET | wc::POSS) != 0 || s.is_possessive(k) || (f & PREPS != 0 && f & wc::TO == 0)
    };
    let attributive_mention = s.mention_ending_at(ta - 1).is_some_and(|m| {
        matches!(
            m.how,
            MentionHow::Alias(AliasKind::Adjective | AliasKind::Acronym)
        )
    });
    match form {
        // "the occupied West Bank", "the banned group", "a heavily armed
        // minority": an adjective.
        Form::Past => {
            let prev = s.f(ta - 1);
            (prev & (wc::DET | wc::POSS) != 0 && !quantifier_subject(s, ta))
                || (ta >= 2 && s.is_ly_adverb(ta - 1) && s.f(ta - 2) & (wc::DET | wc::POSS) != 0)
        }
        // "a grant", "by phone", "of air links", "UN arms inspectors".
        Form::Base | Form::S => {
            if attributive_mention
                && s.toks
                    .get(ta + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && s.is_modifier_word(ta + 1)
            {
                return true;
            }
            // "bowed to US pressure", "in response to American pressure":
            // no name stands between an infinitive's "to" and its verb, so
            // after "to" and a nationality or acronym the word is a noun.
            if attributive_mention && to_before_mention(s, ta) {
                return true;
            }
            // "Egypt came under US pressure", "was under American pressure":
            // nor between "under" (a preposition of receiving an act) and a
            // verb; the subject is the one pressed, not the presser.
            let under_before_mention = s.mention_ending_at(ta - 1).is_some_and(|m| {
                m.a > 0 && s.f(m.a - 1) & wc::CONVERSE != 0 && s.f(m.a - 1) & PREPS != 0
            });
            if attributive_mention && under_before_mention {
                return true;
            }
            let mut k = ta - 1;
            while k > 0 && s.is_modifier_word(k) && s.f(k) == 0 {
                k -= 1;
            }
            // "rockets and artillery shells", "Houthi military targets";
            // "returning to maximum pressure, analysts said": "to", a
            // modifier and the word closing the phrase is a preposition's
            // noun (an infinitive's adverb ends in -ly: "to quickly
            // withdraw.").
            let closes_phrase = s
                .toks
                .get(ta + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct);
            // "strikes on what it says are Hezbollah targets", "raids
            // against Hamas targets": a name opening a noun phrase after a
            // copula or a preposition of the object is the modifier of the
            // word after it, which is no verb of it (after a determiner, "of"
            // or a place preposition the name may end the subject: "a charge
            // the Iranian government rejects", "settlers in the city of
            // Hebron set fire to"). An adjective or an
            // acronym there is judged above ("for Russian talks with").
            let name_opening_phrase = !attributive_mention
                && s.mention_ending_at(ta - 1).is_some_and(|m| {
                    m.a > 0 && {
                        let f = s.f(m.a - 1);
                        (f & PREPS != 0 && f & (wc::TO | wc::BAR | wc::OF | wc::LOC) == 0)
                            || f & wc::BE != 0
                    }
                });
            np_start(k)
                || name_opening_phrase
                || (k + 1 < ta && (s.f(k) & wc::CONJ != 0 || s.mention_ending_at(k).is_some()))
                || (k + 1 < ta && s.f(k) & wc::TO != 0 && closes_phrase && !s.is_ly_adverb(ta - 1))
        }
        // "Jordan's visiting King": a participle before its noun.
        Form::Ing => s.f(ta - 1) & (wc::DET | wc::POSS) != 0 || s.is_possessive(ta - 1),
    }
}

/// Whether the event noun at `ta..tend` is a definite subject of "be" that
/// opens its clause ("The strike was the deadliest", "The latest attack is
/// the third this month"): a noun phrase of "the", plain modifiers and the
/// noun, at the sentence start or after a clause's punctuation.
pub(super) fn restating_subject(s: &Sent, ta: usize, tend: usize) -> bool {
    if s.f(tend) & wc::BE == 0 {
        return false;
    }
    let k = s.back_over(ta, 0, |j| s.is_modifier_word(j));
    if k == 0 || !s.is(k - 1, "the") {
        return false;
    }
    let opens = k - 1;
    opens == 0 || s.toks[opens - 1].kind == TokenKind::Punct
}

/// Whether a participle is used as a modifier, not as a clause's verb:
/// "armed groups", "Iran's armed forces", "showed armed men", "exploding
/// pagers", or after its noun "bases hosting US troops". After "and" a past
/// form is a second verb when `after_past_verb` (a past verb trigger earlier
/// in its clause) and the words before "and" are no participles of a noun.
pub(super) fn participle_modifier(
    s: &Sent,
    ta: usize,
    tb: usize,
    form: Form,
    after_past_verb: bool,
) -> bool {
    if !matches!(form, Form::Past | Form::Ing) || ta == 0 {
        return false;
    }
    let prev = ta - 1;
    let pf = s.f(prev);
    let plain_noun = |k: usize| {
        k < s.n()
            && s.toks[k].kind == TokenKind::Word
            && s.is_modifier_word(k)
            && s.f(k) == 0
            && !s.is_ly_adverb(k)
    };
    // "head off threatened U.S. tariffs", "the promised U.S. aid": a name
    // used as a modifier between a past participle and its noun. Not after
    // a preposition, where the participle often still names an ongoing act
    // ("on occupied Palestinian land"), nor an -ing form, which is a gerund
    // with its object there ("with investigating Russian collusion").
    let named_noun = form == Form::Past
        && s.f(prev) & PREPS == 0
        && s.mention_starting_at(tb).is_some_and(|m| plain_noun(m.b));
    // "named Lecornu and asked him to": an object pronoun after the past
    // form makes it a clause's verb; a modifier takes no object.
    let object_pronoun = s.in_cold(tb, wc::PERSON_PRONOUN | wc::PLURAL_PRONOUN);
    let next_is_noun = (plain_noun(tb) && !object_pronoun) || named_noun;
    if next_is_noun {
        let pw = s.word(prev);
        // "the two exiled dissidents": a count opens the noun phrase too.
        let before_noun = pf & (wc::DET | wc::POSS | PREPS) != 0
            || (pf & wc::CONJ != 0
                && (form == Form::Ing || !after_past_verb || coordinated_modifier(s, prev)))
            || s.is_possessive(prev)
            // "to head off threatened U.S. tariffs".
            || s.names(prev, wc::PARTICLE)
            // "carried sanctioned oil", "delivered promised aid": a verb
            // that takes a noun object is never followed by a past
            // participle of its own clause.
            || (form == Form::Past && pf & wc::LIGHT != 0)
            // "to ship sanctioned oil": likewise an infinitive.
            || (form == Form::Past
                && prev >= 1
                && s.f(prev - 1) & wc::TO != 0
                && s.is_modifier_word(prev)
                && pf == 0
                && !s.is_ly_adverb(prev))
            || s.toks[prev].kind == TokenKind::Number
            || (s.is_modifier_word(prev) && pf == 0 && (pw.ends_with("ed") || pw.ends_with("ing")));
        if before_noun && pf & wc::TO == 0 {
            return true;
        }
    }
    // "bases hosting US troops": an -ing participle right after a plain
    // noun, with no auxiliary: the noun is its subject, and it is no actor.
    form == Form::Ing
        && s.is_modifier_word(prev)
        && pf == 0
        && s.toks[prev].kind == TokenKind::Word
        && !issued_text_object(s, prev)
}

/// Whether the noun at `text` is an `issued_text` ("statement",
/// "resolution") in the object of an `issuing_verb` ("issued a joint
/// statement", "adopted a resolution", "put out a statement"): a text a body
/// issues or adopts says what that body does, so an -ing participle after it
/// ("condemning Israel", "demanding a withdrawal") is the subject's act. A
/// text another verb takes ("vetoed a resolution condemning Russia", "a
/// statement condemning Israel was issued") keeps the participle its own.
fn issued_text_object(s: &Sent, text: usize) -> bool {
    const PHRASE_WORDS: usize = 5;
    if !s.is_listed(text, wc::listed::ISSUED_TEXT) {
        return false;
    }
    // "In a statement condemning Israel, the EU said", "A statement
    // condemning Israel was issued by the EU": the text's issuer is named
    // in the main clause, its subject or its passive's agent.
    if opening_statement(s, text) || passive_issuer_by(s, text + 1).is_some() {
        return true;
    }
    // Back over the text's determiner and modifiers, names among them ("a
    // joint EU statement", "its first statement"), and a particle ("put out
    // a statement"), to the verb. A plain word may be a verb as well as a
    // modifier, so the verb is looked for first.
    for k in (text.saturating_sub(PHRASE_WORDS)..text).rev() {
        if s.is_listed(k, wc::listed::ISSUING_VERB) {
            return true;
        }
        let in_phrase = s.f(k) & (wc::DET | wc::POSS) != 0
            || s.is_modifier_word(k)
            || s.mention_at(k).is_some()
            || s.names(k, wc::PARTICLE);
        if !in_phrase {
            return false;
        }
    }
    false
}

/// Where the noun phrase ending at the `issued_text` at `text` starts:
/// back over its determiner, modifiers and names ("a joint EU statement").
fn issued_text_phrase_start(s: &Sent, text: usize) -> usize {
    const PHRASE_WORDS: usize = 5;
    s.back_over_at_most(text, 0, PHRASE_WORDS, |k| {
        s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k) || s.mention_at(k).is_some()
    })
}

/// Whether the `issued_text` at `text` opens its sentence after "In" ("In a
/// statement condemning Israel, the EU said"): the text is the main
/// clause's subject's, and so is the act of an -ing participle after it.
pub(super) fn opening_statement(s: &Sent, text: usize) -> bool {
    text > 0
        && s.is_listed(text, wc::listed::ISSUED_TEXT)
        && issued_text_phrase_start(s, text) == 1
        && s.is(0, "in")
}

/// The "by" of a passive issuing verb after an `issued_text` that opens
/// its sentence and the participle clause after it, from token `from` on
/// ("A statement condemning Israel was issued by the EU"): a form of "be",
/// an `issuing_verb` and "by", within the clause. The agent after it
/// issued the text and does the participle's act.
pub(super) fn passive_issuer_by(s: &Sent, from: usize) -> Option<usize> {
    const CLAUSE_WORDS: usize = 12;
    let text = from.checked_sub(1)?;
    if !s.is_listed(text, wc::listed::ISSUED_TEXT) || issued_text_phrase_start(s, text) != 0 {
        return None;
    }
    (from..s.n().min(from + CLAUSE_WORDS))
        .take_while(|&k| !s.is_punct(k) && !s.hard_stop(k))
        .find(|&k| {
            s.f(k) & wc::BE != 0
                && s.is_listed(k + 1, wc::listed::ISSUING_VERB)
                && s.f(k + 2) & wc::BY != 0
        })
        .map(|k| k + 2)
}

/// Whether the conjunction at `conj` before a past form that follows a
/// past verb of its clause joins participles
/// that modify one noun ("the armed and trained militias", "supplied armed,
/// trained and funded fighters"), not two verbs of one subject ("crossed
/// into Eritrea and shelled positions", "The army attacked and shelled
/// villages"): the words before it are -ed/-ing participles back to a word
/// that opens a noun phrase, or to the verb whose object the phrase is. (An
/// -ing form after "and" stays a modifier or gerund, as before: "charges
/// including hacking computers and violating laws" names no new act.)
pub(super) fn coordinated_modifier(s: &Sent, conj: usize) -> bool {
    let participle = |k: usize| {
        let w = s.word(k);
        s.toks[k].kind == TokenKind::Word
            && s.f(k) == 0
            && w.starts_with(|c: char| c.is_lowercase())
            && (w.ends_with("ed") || w.ends_with("ing"))
    };
    let mut k = conj;
    loop {
        if k == 0 || !participle(k - 1) {
            return false;
        }
        k -= 1;
        if k >= 2 && s.punct(k - 1, ",") {
            k -= 1;
            continue;
        }
        if k == 0 {
            return false;
        }
        let opener = k - 1;
        return s.f(opener) & (wc::DET | wc::POSS | PREPS) != 0
            || s.is_possessive(opener)
            || s.toks[opener].kind == TokenKind::Number
            || participle(opener);
    }
}

/// Whether a word is (the singular or plural of) a one-word event noun of
/// the lexicon ("talks", "request").
pub(super) fn is_event_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    is_noun_of(lex, word, buf, |_| true)
}

/// Whether a noun has a one-word noun row of some event type but none of
/// type `ty` ("withdrawal" of RETREAT, asked about AGREE).
pub(super) fn is_noun_of_other_type(
    lex: &EventLexicon,
    word: &str,
    buf: &mut String,
    ty: Option<EventType>,
) -> bool {
    is_noun_of(lex, word, buf, |t| t.is_some() && t != ty)
        && !is_noun_of(lex, word, buf, |t| t == ty)
}

/// Whether a noun names an agreement ("agreement", "accords", "deal").
pub(super) fn is_agreement_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    is_noun_of(lex, word, buf, |t| t == Some(EventType::Agree))
}

/// Whether a noun has a one-word noun row of type `ty` ("attack" of
/// ASSAULT, "demand" of REQUEST).
pub(super) fn is_noun_of_type(
    lex: &EventLexicon,
    word: &str,
    buf: &mut String,
    ty: EventType,
) -> bool {
    is_noun_of(lex, word, buf, |t| t == Some(ty))
}

/// Whether a hostile noun names an attack ("the strike", "airstrikes",
/// "the blast").
pub(super) fn is_attack_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    is_noun_of(lex, word, buf, |t| t.is_some_and(hostile))
}

/// Whether a noun names an act of force ("the attack", "the strike"), not
/// any hostile act ("sanctions", "a protest").
pub(super) fn is_assault_noun(lex: &EventLexicon, word: &str, buf: &mut String) -> bool {
    is_noun_of(lex, word, buf, |t| t == Some(EventType::Assault))
}

/// Whether `word` is a one-word noun trigger of the lexicon whose event type
/// is of the class `class` accepts.
fn is_noun_of(
    lex: &EventLexicon,
    word: &str,
    buf: &mut String,
    class: impl Fn(Option<EventType>) -> bool,
) -> bool {
    lex.lookup(word, buf).is_some_and(|info| {
        lex.phrases_of(info).iter().any(|&p| {
            lex.phrase_words[p as usize].len() == 1
                && lex.surfaces[p as usize].iter().any(|(e, _)| {
                    let entry = &lex.entries[*e as usize];
                    entry.pos == Pos::Noun && class(entry.event_type)
                })
        })
    })
}

/// Whether the subject before a verb at `ta` can carry out an attack: an
/// actor ("Russia", "troops", "gunmen"), a pronoun, a weapon ("a missile",
/// "drones") or an attack ("the strike"). A verb spelled the same in its
/// past and base ("hit") is read as a past attack only after such a
/// subject: "the crisis hit Lebanon's banks", "the yuan hit its weakest
/// level" are no attacks.
pub(super) fn attacker_subject(s: &Sent, lex: &EventLexicon, ta: usize, buf: &mut String) -> bool {
    subject_head(s, ta).is_some_and(|head| attacker_head(s, lex, head, buf))
}

/// The last word of the subject before a verb (or its auxiliary) at `ta`,
/// past adverbs; through a relative pronoun ("the drone that hit",
/// "Hezbollah, which has hit") to the noun it stands for.
pub(super) fn subject_head(s: &Sent, ta: usize) -> Option<usize> {
    let mut k = s.back_over(ta, 0, |j| s.f(j) & wc::SKIP != 0 || s.is_ly_adverb(j));
    // A "that" right before a verb cannot open a complement clause, so it
    // is a relative pronoun as "which" is.
    if k > 1 && s.f(k - 1) & (wc::REL | wc::THAT) != 0 {
        k -= 1;
        if k > 1 && s.punct(k - 1, ",") {
            k -= 1;
        }
    }
    k.checked_sub(1)
}

pub(super) fn attacker_head(s: &Sent, lex: &EventLexicon, head: usize, buf: &mut String) -> bool {
    if s.mention_ending_at(head).is_some()
        || s.f(head) & wc::PRON != 0
        || s.names(head, wc::ATTACKER)
    {
        return true;
    }
    let word = s.word(head);
    let singular = word.strip_suffix('s').unwrap_or(word);
    let weapon = s.names(head, wc::WEAPON)
        || lex
            .lookup(singular, buf)
            .is_some_and(|info| info.classes & wc::WEAPON != 0);
    weapon || is_attack_noun(lex, word, buf)
}

/// The "have" of a perfect before the verb at `ta` ("has hit", "have
/// already struck"), skipping adverbs between them.
pub(super) fn perfect_aux(s: &Sent, ta: usize) -> Option<usize> {
    let k = s.back_over(ta, 0, |j| s.f(j) & wc::SKIP != 0 || s.is_ly_adverb(j));
    (k > 0 && s.f(k - 1) & wc::HAVE != 0).then(|| k - 1)
}

/// The small clause after a verb of naming or judging at `v` ("called the
/// meeting amazing", "called the sanctions an attack on ..."): the end of
/// its object (a name or an event noun, after determiners and modifiers) and
/// the token range of the predicate's head words (an article or modifiers up
/// to the first noun that is no plain word). `None` when no predicate
/// follows the object ("called an emergency meeting on Gaza", "called a
/// meeting Monday").
pub(super) fn characterising_small_clause(
    s: &Sent,
    trigs: &[Trig],
    v: usize,
) -> Option<(usize, std::ops::Range<usize>)> {
    if !s.names(v, wc::EVALUATE) {
        return None;
    }
    let n = s.n();
    // The object ends at the end of the naming verb's own gapped row ("call
    // ... meeting"), else at a name or an event noun after determiners and
    // modifiers.
    let own_row = s
        .trig_at(v)
        .map(|g| &trigs[g])
        .filter(|g| g.ta == v && g.tend > g.tb);
    let object_end = if let Some(g) = own_row {
        g.tend
    } else {
        let mut k = v + 1;
        while k < n
            && s.mention_at(k).is_none()
            && s.trig_at(k).is_none()
            && (s.f(k) & (wc::DET | wc::POSS) != 0 || s.is_modifier_word(k))
        {
            k += 1;
        }
        if let Some(m) = s.mention_at(k) {
            m.b
        } else if let Some(t) = s.trig_at(k).filter(|&t| trigs[t].nominal) {
            trigs[t].tend
        } else {
            return None;
        }
    };
    if object_end <= v + 1 || object_end >= n {
        return None;
    }
    let p = object_end;
    // An article or a plain lower-case word (adjective or noun) right
    // after the object; a preposition, time word or punctuation is none.
    let opens_predicate = s.in_cold(p, wc::INDEF_ARTICLE) || s.is_modifier_word(p);
    if !opens_predicate {
        return None;
    }
    let mut e = p;
    while e < n
        && e < p + OBJECT_WINDOW
        && (s.f(e) & wc::DET != 0 || s.is_modifier_word(e) || s.trig_at(e).is_some())
    {
        e += 1;
    }
    Some((object_end, p..e.max(p + 1)))
}

/// Whether a `listed` class word ("terrorist") follows token `from` in the
/// same clause, within the object window: the class a designation puts
/// its object in ("as a foreign terrorist organization"). The "as" that
/// opens the class is a subordinator word, so only a relative clause, a
/// "that" clause, a comma or a hard stop ends the search.
pub(super) fn listed_class_after(s: &Sent, from: usize) -> bool {
    (from..s.n().min(from + OBJECT_WINDOW))
        .take_while(|&k| !s.hard_stop(k) && !s.punct(k, ",") && s.f(k) & (wc::THAT | wc::REL) == 0)
        .any(|k| s.names(k, wc::LISTED))
}
