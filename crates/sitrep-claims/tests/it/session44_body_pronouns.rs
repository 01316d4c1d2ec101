//! Session 44, branch `actors46`: what "it" and "they" can name back. On r500 most body
//! pronouns resolved to a state named as a place ("Florida", "in Dallas") or as a modifier
//! ("American jobs"), or to a body named paragraphs before, when the text meant a campaign, a
//! newspaper or a report the knowledge base lacks. Such a pronoun now names back only a body
//! named as a body, in its own sentence or the one before; else no one. The sentences are the
//! branch's own.

use crate::common;

use common::claims_in;
use sitrep_kb::Kb;

/// "speaker text" or "speaker text (actor id)" of the claim of `raw` whose cue is `cue`, with
/// the built-in knowledge base.
fn speaker_of_cue(raw: &str, cue: &str) -> String {
    let kb = Kb::builtin().expect("built-in KB loads");
    let (_, claims) = claims_in(&kb, raw);
    let claim = claims
        .iter()
        .find(|c| c.cue.text == cue)
        .unwrap_or_else(|| panic!("{raw}: no claim with cue {cue:?}: {claims:?}"));
    let words = claim.speaker.text.clone().unwrap_or_default();
    match &claim.speaker.actor {
        Some(id) => format!("{words} ({id})"),
        None => words,
    }
}

#[test]
fn it_is_no_place_the_sentence_names() {
    // "Dallas" is a place of the USA; the newspaper is no KB actor.
    let raw = "About a dozen people demonstrated outside the Dallas Morning News after it \
               backed Clinton, it said.";
    assert_eq!(speaker_of_cue(raw, "said"), "it");
    let raw = "The campaign aired an ad in Indiana on Saturday. It says the university was a scam.";
    assert_eq!(speaker_of_cue(raw, "says"), "It");
    // Near miss: a body named as a body stays the antecedent.
    let raw = "The Pentagon sent more troops to Florida on Saturday. It says the storm was severe.";
    assert_eq!(speaker_of_cue(raw, "says"), "It (pentagon)");
}

#[test]
fn they_is_no_demonym_modifying_a_noun() {
    let raw = "The economists estimated that imports cost 2.4 million American jobs. \
               They argued that the gains from trade were overstated.";
    assert_eq!(speaker_of_cue(raw, "argued"), "They");
    // Near miss: the state itself, named as the clause's subject.
    let raw = "The United States imposed new tariffs on steel. They argued that the \
               imports hurt national security.";
    assert_eq!(speaker_of_cue(raw, "argued"), "They (USA)");
}

#[test]
fn a_body_named_two_sentences_back_is_no_antecedent() {
    let raw = "The FBI reviewed the emails last week. The second spot, titled Unfit, went a \
               step further. Its makers ran it on Sunday. It says she is unworthy of the office.";
    assert_eq!(speaker_of_cue(raw, "says"), "It");
    // Near miss: the sentence before.
    let raw = "The FBI reviewed the emails last week. It says the review will take weeks.";
    assert_eq!(speaker_of_cue(raw, "says"), "It (fbi)");
}

#[test]
fn inside_its_sentence_a_body_pronoun_names_a_body_of_that_sentence() {
    // The antecedent is the sentence's own subject, no KB actor; the sentence before is not
    // looked at for a pronoun inside its sentence.
    let raw = "The Pentagon sent more weapons last month. Five months into the war, Western \
               governments can no longer claim they do not know how the weapons are used.";
    assert_eq!(speaker_of_cue(raw, "do not know"), "they");
    // Near misses: a body of the pronoun's own sentence ("Palestinian" modifies a noun), and
    // one of the sentence before when the pronoun opens its sentence.
    let raw = "In 2011, Israel freed 1,000 Palestinian prisoners, including some it said were \
               dangerous.";
    assert_eq!(speaker_of_cue(raw, "said"), "it (ISR)");
    let raw = "The Pentagon sent more weapons last month. It said the shipments would go on.";
    assert_eq!(speaker_of_cue(raw, "said"), "It (pentagon)");
}

#[test]
fn a_linking_word_before_the_pronoun_still_opens_its_sentence() {
    let raw = "Azerbaijan's foreign ministry said the two sides had agreed on the draft. But it \
               said a signing was only possible later.";
    assert_eq!(
        speaker_of_cue(raw, "said"),
        "Azerbaijan's foreign ministry (AZEGOV)"
    );
    let found = {
        let kb = Kb::builtin().expect("built-in KB loads");
        let (_, claims) = claims_in(&kb, raw);
        claims
            .iter()
            .map(|c| (c.speaker.text.clone(), c.speaker.actor.clone()))
            .collect::<Vec<_>>()
    };
    assert!(
        found.contains(&(Some("it".into()), Some("AZEGOV".into()))),
        "{found:?}"
    );
    // Near miss: a clause before it puts it inside the sentence.
    let raw = "The Pentagon sent more weapons last month. Western governments can no longer \
               claim they do not know how the weapons are used.";
    assert_eq!(speaker_of_cue(raw, "do not know"), "they");
}
