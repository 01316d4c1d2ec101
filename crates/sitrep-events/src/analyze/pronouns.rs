//! Pronoun subjects and objects: inside reported speech "it"/"we" is the
//! speaker; elsewhere the nearest fitting mention before it, or a person
//! named a little earlier in the document. Kept apart because it is the one
//! argument rule that looks beyond the sentence.

use super::governance::infinitive_after;
use super::words::is_upper_start;
use super::{actors_of, Context, Sent, M, PREPS};
use crate::lexicon::wc;
use sitrep_actors::{DocActors, MentionHow};
use sitrep_record::ActorKind;

/// Resolves a pronoun at token `p`: inside reported speech the speaker;
/// else the nearest earlier mention in the sentence that fits ("it" is not
/// a person, "he"/"she" is); else the last subject seen.
pub(super) fn resolve_pronoun(s: &Sent, p: usize, ctx: &Context) -> Vec<usize> {
    let w = s.word(p).to_ascii_lowercase();
    let want_person = s.in_cold(p, wc::PERSON_PRONOUN);
    let not_person = s.in_cold(p, wc::THING_PRONOUN);
    // "The Israeli military said he was targeted in a strike": "he" or
    // "she" is a person, and a speaker that is a body (a force, a group,
    // an organization, an outlet) is not who it stands for; it is read as
    // outside reported speech, a person named before.
    let body_speaker = want_person
        && ctx
            .claim_speaker
            .is_some_and(|sp| speaks_as_body(ctx.actors, sp));
    if let Some(cs) = ctx.content_start.filter(|_| !body_speaker) {
        if p >= cs {
            // Inside reported speech a pronoun stands for the speaker; a
            // speaker the text leaves unresolved ("the Iran-backed group
            // said it had ...") leaves the pronoun unresolved too. A
            // person owns nothing as "its" ("Erdogan assailed the West over
            // its support"): such an owner is a fitting name inside the
            // speech, or no one. "He" of a speaker coded as a state or an
            // office ("King Hassan was quoted as saying he ...") is the
            // speaker still, and so is "it", which as often stands for no
            // one ("said it was only the latest move").
            // Nor does one person own as "their" ("he said their families
            // would receive", "their helicopter was shot down").
            // Nor is one person "they" ("Erekat said they would take
            // measures", "Zelensky said they would attack Kyiv again"): the
            // plural names a group or side, which a name in the speech may
            // give, or no one.
            let plural = s.in_cold(p, wc::PLURAL_PRONOUN);
            let fits = |a: usize| !((w == "its" || plural) && ctx.actors.is_person(a));
            // "Trump said Israel would lose its support if it annexed the
            // territory": a person is no "it"; a state or body opening the
            // reported clause, its subject, is.
            if let Some(speaker) = ctx
                .claim_speaker
                .filter(|&sp| w == "it" && ctx.actors.is_person(sp))
            {
                let opening = s
                    .mention_from(cs)
                    .filter(|m| m.b <= p && !ctx.actors.is_person(m.actor) && m.actor != speaker);
                if let Some(m) = opening {
                    return vec![m.actor];
                }
            }
            // "Ben-Gvir and Smotrich said they would vote against it": a
            // plural subject pronoun stands for every speaker named in a
            // coordination before the content. The speaker's actor is the
            // coordination's first name (sitrep-claims), so the group is
            // read leftward from the last mention before the content back
            // to the speaker's mention.
            if let Some(speaker) = ctx.claim_speaker {
                if s.in_cold(p, wc::PLURAL_PRONOUN) && s.f(p) & wc::POSS == 0 {
                    let mut speakers = None;
                    for m in (0..cs).rev().filter_map(|k| s.mention_ending_at(k)) {
                        let group = s.group_left(m, 0);
                        if group.iter().any(|g| g.actor == speaker) {
                            speakers = Some(actors_of(&group)).filter(|g| g.len() > 1);
                            break;
                        }
                        if m.actor == speaker {
                            break;
                        }
                    }
                    if let Some(g) = speakers {
                        return g;
                    }
                }
            }
            // "Trump's tendency to increase his demands has made China
            // wary, people familiar with the talks said", "Clinton said
            // Trump would raise his demands": a speaker the text leaves
            // unresolved, or a person "he" or "his" cannot stand for, is
            // not its antecedent; the person who opens the reported
            // clause, its subject, is (an object "him" is never its own
            // clause's subject, and is left as it was).
            let speaker_fits = ctx.claim_speaker.is_some_and(|sp| {
                !ctx.actors.is_person(sp) || ctx.actors.agrees_with_pronoun(sp, &w)
            });
            if want_person && !speaker_fits && !is_object_pronoun(s, p) {
                let subject = mention_after_honorific(s, cs, &w).filter(|m| {
                    m.b <= p
                        && ctx.actors.is_person(m.actor)
                        && ctx.actors.agrees_with_pronoun(m.actor, &w)
                });
                if let Some(m) = subject {
                    return vec![m.actor];
                }
            }
            return match ctx.claim_speaker {
                Some(speaker) if !fits(speaker) => (cs..p)
                    .rev()
                    .filter_map(|k| s.mention_ending_at(k))
                    .find(|m| fits(m.actor))
                    .map(|m| vec![m.actor])
                    .unwrap_or_default(),
                speaker => speaker.map(|s| vec![s]).unwrap_or_default(),
            };
        }
    }
    // "\"We declare the tyrant Bashar al-Assad overthrown.\"" with no claim
    // around it: a first-person pronoun outside reported speech stands for
    // whoever speaks, never for a third party the text names; with no
    // speaker it is no one.
    if matches!(w.as_str(), "i" | "we" | "our" | "my" | "me") || s.word(p) == "us" {
        return Vec::new();
    }
    // "Mali, Burkina Faso and Niger left ECOWAS, a year after announcing
    // their withdrawal": a plural pronoun goes to a coordination of several
    // actors earlier in the sentence before a single actor nearer to it.
    if s.in_cold(p, wc::PLURAL_PRONOUN) {
        let mut k = p;
        while k > 0 {
            k -= 1;
            if let Some(m) = s.mention_ending_at(k) {
                let group = s.group_left(m, 0);
                if group.len() > 1 {
                    return actors_of(&group);
                }
            }
        }
    }
    // "Sharaa held talks with Trump ..., a year after his rebels
    // overthrew Assad": an owner "his"/"her" is the person the clause is
    // about, its subject, before one named inside a prepositional phrase
    // after it (the nearest such person when no other fits). So is a
    // subject "he"/"she" ("If Trump, with the help of Kasich, polishes his
    // message, he wins"): a name inside a phrase is rarely the one doing
    // the main clause's act.
    let owner = want_person && s.f(p) & wc::POSS != 0;
    let subject = want_person && !owner && !is_object_pronoun(s, p);
    let mut in_phrase: Option<usize> = None;
    let mut k = p;
    while k > 0 {
        k -= 1;
        if let Some(m) = s.mention_ending_at(k) {
            let is_person = ctx.actors.is_person(m.actor);
            if (owner || subject) && is_person && s.intro_of(m.a, 0).0 & PREPS != 0 {
                if ctx.actors.agrees_with_pronoun(m.actor, &w) && in_phrase.is_none() {
                    in_phrase = Some(m.actor);
                }
                continue;
            }
            if (want_person && is_person && ctx.actors.agrees_with_pronoun(m.actor, &w))
                || (not_person && !is_person)
                || (!want_person && !not_person)
            {
                return vec![m.actor];
            }
        }
    }
    if let Some(a) = in_phrase {
        // "With the support of Kasich, he attacked Cruz" after a sentence
        // whose subject was Trump: the subject before, when one person who
        // fits, is "he" rather than the name inside the phrase; a lone
        // fitting name in the phrase is still found.
        if subject {
            if let Some(&prev) = previous_person_subject(ctx, &w) {
                return vec![prev];
            }
        }
        return vec![a];
    }
    if !want_person {
        // "Tom Fletcher warned that ... The war broke out in 2023. It has
        // killed tens of thousands": "it" is never a person, so a person
        // as the last subject leaves it unresolved.
        if not_person && ctx.last_subject.iter().any(|&a| ctx.actors.is_person(a)) {
            return Vec::new();
        }
        // "Modi travels to Tianjin. ... They could agree to resume
        // flights": one person is not "they"; with a lone person as the
        // last subject the plural names someone this pass cannot tell, and
        // a wrong doer is worse than an unnamed one.
        let lone_person = matches!(ctx.last_subject, [a] if ctx.actors.is_person(*a));
        if lone_person && s.in_cold(p, wc::PLURAL_PRONOUN) {
            return Vec::new();
        }
        return ctx.last_subject.to_vec();
    }
    // "He announced sanctions" after a sentence whose subject was a state:
    // the last subject only if it is a person, else the nearest person
    // named shortly before this sentence, else nobody: a state or a group
    // is never "he", and a wrong doer is worse than an unnamed one.
    // "he" is no woman, "she" no man (a person of unknown gender fits both).
    if let Some(&prev) = previous_person_subject(ctx, &w) {
        return vec![prev];
    }
    let fits = |a: usize| ctx.actors.is_person(a) && ctx.actors.agrees_with_pronoun(a, &w);
    person_named_before(s, ctx, fits).into_iter().collect()
}

/// The last subject as the antecedent of a person pronoun `w`: its first
/// actor when every actor of it is a person who fits the pronoun.
/// "Japarov and Rahmon signed the treaty. He thanked the delegations":
/// "he" is one person, never the whole coordination; the one named first,
/// who leads the subject, is the likelier. "Jim Harlow criticized the plan.
/// He urged ...": after a person the actor pass left unresolved was a
/// subject, neither the subject before him nor anyone named before him is
/// "he". "he" is no woman, "she" no man (a person of unknown gender fits
/// both).
fn previous_person_subject<'c>(ctx: &'c Context, w: &str) -> Option<&'c usize> {
    let fits = |a: usize| ctx.actors.is_person(a) && ctx.actors.agrees_with_pronoun(a, w);
    (ctx.unnamed_person.is_none() && ctx.last_subject.iter().all(|&a| fits(a)))
        .then(|| ctx.last_subject.first())
        .flatten()
}

/// The mention opening the phrase at token `q` ([`Sent::mention_from`]),
/// also over an abbreviated honorific before a name the actor pass did not
/// take into the mention ("Mr. Trump's tendency to increase his demands"):
/// a capitalised word of at most three letters closed by a period; none
/// when the honorific is of the other gender than `pronoun` ("Mr. Sanders"
/// is no "her").
fn mention_after_honorific<'s>(s: &'s Sent, q: usize, pronoun: &str) -> Option<&'s M> {
    let glued_period = |k: usize| {
        s.punct(k + 1, ".") && s.toks.get(k + 1).is_some_and(|p| p.start == s.toks[k].end)
    };
    let honorific = |k: usize| {
        let w = s.word(k);
        let bare = w.strip_suffix('.').unwrap_or(w);
        s.mention_at(k).is_none()
            && is_upper_start(bare)
            && (1..=3).contains(&bare.len())
            && bare.bytes().all(|b| b.is_ascii_alphabetic())
            && (w.len() > bare.len() || glued_period(k))
    };
    let mut q = q;
    if q < s.n() && honorific(q) {
        let title = s.word(q).trim_end_matches('.').to_ascii_lowercase();
        let female_pronoun = matches!(pronoun, "she" | "her" | "hers");
        let male_pronoun = matches!(pronoun, "he" | "him" | "his");
        let other_gender = match title.as_str() {
            "mr" => female_pronoun,
            "mrs" | "ms" => male_pronoun,
            _ => false,
        };
        if other_gender {
            return None;
        }
        q += if glued_period(q) { 2 } else { 1 };
    }
    s.mention_from(q)
}

/// The actor of the nearest mention before sentence `s`, within
/// [`PERSON_ANTECEDENT_BYTES`], that `fits` (a person the pronoun agrees
/// with): what "he" or "him" names when the sentence names no one. Not
/// past a person the actor pass left unresolved who was a subject since
/// (`Context::unnamed_person`): that person is the nearer antecedent.
fn person_named_before(s: &Sent, ctx: &Context, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let here = s.toks.first().map_or(0, |t| t.start);
    let unnamed = ctx.unnamed_person.unwrap_or(0);
    ctx.actors
        .mentions
        .iter()
        .rev()
        .skip_while(|m| m.start >= here)
        .take_while(|m| here - m.start <= PERSON_ANTECEDENT_BYTES && m.start >= unnamed)
        .find(|m| fits(m.actor))
        .map(|m| m.actor)
}

/// Whether actor `a` is a body that speaks as one (an organization, an
/// armed group, an IGO, an outlet, a group): never "he" or "she". A state
/// may be (a head of state coded as the state).
fn speaks_as_body(actors: &DocActors, a: usize) -> bool {
    actors.actors.get(a).is_some_and(|x| {
        matches!(
            x.kind,
            ActorKind::Organization
                | ActorKind::ArmedGroup
                | ActorKind::Igo
                | ActorKind::Media
                | ActorKind::Group
        )
    })
}

/// How far back (bytes before the sentence) "he"/"she" looks for a person
/// named earlier: about two sentences of news prose.
pub(super) const PERSON_ANTECEDENT_BYTES: usize = 400;

/// The person an object pronoun right after a verb stands for ("Carney
/// thanked him", "convicted him and sentenced him", "urged her to accept"):
/// `Some` when token `p` is "him", or "her" read as an object (no noun of
/// its own follows, as in "her decision"); the referent is the nearest
/// fitting person before it other than the verb's own doers (`source`; a
/// clause's object is never its subject, which would be "himself"), first
/// in the sentence, then the last sentence's subject, then named shortly
/// before it; none fits gives an empty list, for the pronoun still is the
/// object and no later name is.
pub(super) fn object_pronoun_referent(
    s: &Sent,
    p: usize,
    source: &[usize],
    ctx: &Context,
) -> Option<Vec<usize>> {
    if is_plural_object_pronoun(s, p) {
        return plural_object_referent(s, p, source, ctx);
    }
    if !is_object_pronoun(s, p) {
        return None;
    }
    let w = s.word(p);
    let fits = |a: usize| {
        !source.contains(&a) && ctx.actors.is_person(a) && ctx.actors.agrees_with_pronoun(a, w)
    };
    let in_sentence = (0..p)
        .rev()
        .filter_map(|k| s.mention_ending_at(k))
        .find(|m| fits(m.actor))
        .map(|m| m.actor);
    // Before the sentence the person its subject was comes first ("Putin
    // was received ... and met Khurelsukh. ... the failure to arrest him"),
    // then the nearest person named shortly before.
    let last_subject = || match ctx.last_subject {
        [a] if fits(*a) && ctx.unnamed_person.is_none() => Some(*a),
        _ => None,
    };
    let before = || person_named_before(s, ctx, fits);
    Some(
        in_sentence
            .or_else(last_subject)
            .or_else(before)
            .into_iter()
            .collect(),
    )
}

/// Whether token `p` is the object "it" of a request, right before the
/// infinitive of what it is asked to do ("urged it to withdraw", "pressed it
/// to accept"): there "it" is a party, a state or a body. ("ended it",
/// "called it a mistake" are no request's object, and before a passive
/// infinitive "it" is the thing done: "urged it to be revised".)
pub(super) fn is_asked_it(s: &Sent, p: usize) -> bool {
    p < s.n()
        && s.in_cold(p, wc::THING_PRONOUN)
        && s.f(p) & wc::POSS == 0
        && infinitive_after(s, p + 1)
        && s.f(p + 2) & wc::BE == 0
}

/// What the asked "it" at token `p` stands for ([`is_asked_it`]): the
/// nearest mention before it in the sentence that is no person, no place and
/// none of the request's doers (`source`); else the last sentence's subject
/// when it is such an actor ("Russia massed troops on the border. Washington
/// pressed it to withdraw"); else the nearest such actor named shortly before
/// the sentence. None fits gives an empty list: the pronoun still is the
/// object, and no later name is.
pub(super) fn asked_it_referent(s: &Sent, p: usize, source: &[usize], ctx: &Context) -> Vec<usize> {
    let fits = |a: usize| !source.contains(&a) && !ctx.actors.is_person(a);
    let in_sentence = (0..p)
        .rev()
        .filter_map(|k| s.mention_ending_at(k))
        .find(|m| fits(m.actor) && !m.how.is_locative())
        .map(|m| m.actor);
    let last_subject = || match ctx.last_subject {
        [a] if fits(*a) => Some(*a),
        _ => None,
    };
    let before = || {
        let here = s.toks.first().map_or(0, |t| t.start);
        ctx.actors
            .mentions
            .iter()
            .rev()
            .skip_while(|m| m.start >= here)
            .take_while(|m| here - m.start <= PERSON_ANTECEDENT_BYTES)
            .find(|m| fits(m.actor) && !m.how.is_locative())
            .map(|m| m.actor)
    };
    in_sentence
        .or_else(last_subject)
        .or_else(before)
        .into_iter()
        .collect()
}

/// Whether token `p` is the plural object pronoun "them".
pub(super) fn is_plural_object_pronoun(s: &Sent, p: usize) -> bool {
    p < s.n() && s.word(p).eq_ignore_ascii_case("them")
}

/// What an object "them" right after a verb stands for ("called Putin and
/// Zelensky and urged them", "met Putin and Zelensky. He urged them"): the
/// nearest coordination of two or more actors before it, none of them the
/// verb's own doers (`source`), first in the sentence, then shortly before
/// it. "Them" as often names things ("seized the tankers and sold them"),
/// so with no such coordination the verb's object is left to the other
/// rules (`None`), not emptied.
fn plural_object_referent(
    s: &Sent,
    p: usize,
    source: &[usize],
    ctx: &Context,
) -> Option<Vec<usize>> {
    let outside_source = |g: &[usize]| !g.is_empty() && g.iter().all(|a| !source.contains(a));
    let in_sentence = (0..p)
        .rev()
        .filter_map(|k| s.mention_ending_at(k))
        .filter(|m| !source.contains(&m.actor))
        .map(|m| coordination_ending_with(s, m, p))
        .find(|g| outside_source(g));
    in_sentence
        .or_else(|| coordination_named_before(s, ctx).filter(|g| g.len() > 1 && outside_source(g)))
}

/// The actors of the list of names mention `m` stands in: mentions, or
/// capitalised words the actor pass left unresolved, joined by "and",
/// "or", a comma or ", and" alone (over determiners), both ways: "Putin
/// and Zelensky", "the US, France and Germany", "including Europe, Japan,
/// Canada and Mexico" (Japan alone resolved). Unlike a subject's group it
/// may stand after a verb or preposition ("spoke with Putin and
/// Zelensky"), for it is what an object pronoun names back. Empty unless
/// the list has two members or more, or a place among them.
fn coordination_ending_with(s: &Sent, m: &M, p: usize) -> Vec<usize> {
    // "can reach Eilat and Ben Gurion, and Iran is still supplying them":
    // a list with a place in it is where, not whom "them" stands for.
    let place =
        |x: &M| x.how.is_locative() || x.how == MentionHow::Alias(sitrep_kb::AliasKind::Place);
    let mut any_place = place(m);
    let mut group = vec![m.actor];
    let mut members = 1;
    let mut k = m.a;
    while let Some(before) = s.list_item_before(k, 0) {
        match s.mention_ending_at(before) {
            Some(prev) => {
                any_place |= place(prev);
                if !group.contains(&prev.actor) {
                    group.insert(0, prev.actor);
                }
                k = prev.a;
            }
            None if s.unresolved_name_at(before) => k = before,
            None => break,
        }
        members += 1;
    }
    let mut b = m.b;
    loop {
        let mut q = b;
        let mut links = 0;
        while q < p && links < 2 && (s.f(q) & wc::CONJ != 0 || s.punct(q, ",")) {
            q += 1;
            links += 1;
        }
        while q < p && s.f(q) & wc::DET != 0 {
            q += 1;
        }
        if links == 0 || q >= p {
            break;
        }
        match s.mention_starting_at(q) {
            Some(next) if next.b <= p => {
                any_place |= place(next);
                if !group.contains(&next.actor) {
                    group.push(next.actor);
                }
                b = next.b;
            }
            None if s.unresolved_name_at(q) => b = q + 1,
            _ => break,
        }
        members += 1;
    }
    if members > 1 && !any_place {
        group
    } else {
        Vec::new()
    }
}

/// The actors of the nearest coordination before sentence `s`, within
/// [`PERSON_ANTECEDENT_BYTES`]: mentions joined only by "and", "or", a
/// comma or ", and" ("met Putin and Zelensky in Paris"), of two or more
/// actors. None when the nearest mention before the sentence that is no
/// place is joined to no other.
fn coordination_named_before(s: &Sent, ctx: &Context) -> Option<Vec<usize>> {
    let here = s.toks.first().map_or(0, |t| t.start);
    let before = &ctx.actors.mentions[..ctx.actors.mentions.partition_point(|m| m.start < here)];
    // A place after the coordination ("in Paris") is where, not whom.
    let last = before.iter().rposition(|m| !m.how.is_locative())?;
    if here - before[last].start > PERSON_ANTECEDENT_BYTES {
        return None;
    }
    // The coordination ends the sentence right before this one, in its
    // last clause: past a comma, a quotation or a further sentence the
    // story has moved on to other people ("offered his congratulations to
    // Rubio and Cruz, ... drawing boos from the crowd. \"Just one
    // minute\", he urged them": the crowd).
    let tail = s.text.get(before[last].end..here).unwrap_or("");
    let clause_breaks = tail
        .chars()
        .filter(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '"' | '\u{201c}' | '\u{201d}' | '(' | ')'
            )
        })
        .count();
    let sentence_ends = tail
        .chars()
        .filter(|c| matches!(c, '.' | '!' | '?'))
        .count();
    if clause_breaks > 0 || sentence_ends > 1 {
        return None;
    }
    let mut group = vec![before[last].actor];
    let mut k = last;
    while k > 0 {
        let (prev, next) = (&before[k - 1], &before[k]);
        let link = s.text.get(prev.end..next.start).unwrap_or("").trim();
        if !matches!(link, "and" | "or" | "," | ", and" | ", or") {
            break;
        }
        if !group.contains(&prev.actor) {
            group.insert(0, prev.actor);
        }
        k -= 1;
    }
    Some(group).filter(|g| g.len() > 1)
}

/// Whether token `p` is an object pronoun: "him", or "her" with no noun of
/// its own after it ("praised her and", not "her decision").
pub(super) fn is_object_pronoun(s: &Sent, p: usize) -> bool {
    if p >= s.n() {
        return false;
    }
    let w = s.word(p);
    w.eq_ignore_ascii_case("him") || (w.eq_ignore_ascii_case("her") && !owns_next_word(s, p + 1))
}

/// Whether the word at `k` is a noun phrase's word that a "her" before it
/// owns ("her decision", "her first visit"), not what follows an object
/// ("praised her and", "urged her to", "gave her a medal", "met her in").
fn owns_next_word(s: &Sent, k: usize) -> bool {
    k < s.n()
        && s.toks[k].kind == sitrep_text::TokenKind::Word
        && s.f(k) & (PREPS | wc::DET | wc::CONJ | wc::TO | wc::THAT | wc::REL | wc::NEG) == 0
        // A noun trigger before "to" is a noun "her" owns ("praised her
        // decision to stay", events55's decision rows); other triggers keep
        // the object reading.
        && s
            .trig_at(k)
            .is_none_or(|u| !s.trig_is_verb(u) && s.f(k + 1) & wc::TO != 0)
}
