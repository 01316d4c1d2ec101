//! Session 55 (`claims96`): exact speaker spans (issue #5). Invented
//! sentences, an empty KB; each rule with a near miss.

use crate::common;

use common::claim_triples;

fn speakers_of(text: &str, cue: &str) -> Vec<String> {
    claim_triples(text)
        .into_iter()
        .filter(|t| t.1 == cue)
        .map(|t| t.0)
        .collect()
}

#[test]
fn a_possessive_pronoun_before_a_noun_cue_is_its_speaker() {
    // The walk back took in the verb and the preposition before the
    // pronoun ("down on her", "solidify her").
    let found = speakers_of(
        "The mayor doubled down on her claim that the count was rigged.",
        "claim",
    );
    assert_eq!(found, vec!["her".to_string()]);
    let found = speakers_of(
        "The figures would solidify his argument that the plan works.",
        "argument",
    );
    assert_eq!(found, vec!["his".to_string()]);
}

#[test]
fn an_object_pronoun_after_a_verb_of_giving_is_the_receiver() {
    let found = speakers_of(
        "He gave her assurances that the ceasefire would hold.",
        "assurances",
    );
    assert_eq!(found, vec!["He".to_string()]);
    let found = speakers_of(
        "The minister sent them assurances that the ceasefire would hold.",
        "assurances",
    );
    assert_eq!(found, vec!["The minister".to_string()]);
}

#[test]
fn her_after_a_verb_that_gives_nothing_stays_the_owner() {
    // Near miss: "doubted" is no verb of giving, so "her" owns the noun.
    let found = speakers_of(
        "Few doubted her assurances that the ceasefire would hold.",
        "assurances",
    );
    assert_eq!(found, vec!["her".to_string()]);
}

#[test]
fn a_pronoun_right_after_a_noun_opens_an_object_relative_subject() {
    // "the question nobody asked": the relative clause has no "that", and
    // the noun before the pronoun is its object, no part of who asked.
    let found = speakers_of(
        "The question nobody asked was whether the plan would pass.",
        "asked",
    );
    assert_eq!(found, vec!["nobody".to_string()]);
}

#[test]
fn a_title_before_a_name_stays_in_the_speaker() {
    // Near miss: a capitalized name after a lower-case noun is the noun's
    // apposition ("the spokesman Jo Roe"), no relative clause's subject.
    let found = speakers_of("The spokesman Jo Roe said the plan would pass.", "said");
    assert_eq!(found, vec!["The spokesman Jo Roe".to_string()]);
}

#[test]
fn both_after_and_opens_a_coordinated_speaker() {
    // "both" opens a coordination and no conjunct of another, so the
    // "and" before it joins clauses.
    let found = speakers_of(
        "Testing was a priority for teachers unions and both the Federation of Teachers and the Education Association endorsed her.",
        "endorsed",
    );
    assert_eq!(
        found,
        vec!["both the Federation of Teachers and the Education Association".to_string()]
    );
}

#[test]
fn a_comma_and_opens_a_coordinated_speaker() {
    let found = speakers_of(
        "Teachers unions backed her, and the Federation of Teachers and the NEA endorsed her.",
        "endorsed",
    );
    assert_eq!(
        found,
        vec!["the Federation of Teachers and the NEA".to_string()]
    );
}

#[test]
fn a_bare_and_before_a_name_may_join_objects() {
    // Near miss: no comma and no "both": "the Federation of Teachers" may
    // be a second object of "met", so the speaker stays the last conjunct.
    let found = speakers_of(
        "He met Ann and the Federation of Teachers and the NEA endorsed her.",
        "endorsed",
    );
    assert_eq!(found, vec!["the NEA".to_string()]);
}

fn contents_of(text: &str, cue: &str) -> Vec<String> {
    claim_triples(text)
        .into_iter()
        .filter(|t| t.1 == cue)
        .map(|t| t.2)
        .collect()
}

#[test]
fn would_after_a_noun_subject_makes_the_words_before_that_a_clause() {
    // "would" counted as an auxiliary only after a subject pronoun, so the
    // content began after the relative "that".
    let found = contents_of(
        "He said the company would sign a deal that cuts costs.",
        "said",
    );
    assert_eq!(
        found,
        vec!["the company would sign a deal that cuts costs".to_string()]
    );
    let found = contents_of(
        "The mayor said the council did approve a budget that cuts costs.",
        "said",
    );
    assert_eq!(
        found,
        vec!["the council did approve a budget that cuts costs".to_string()]
    );
}

#[test]
fn a_setting_before_that_keeps_the_that_outside_the_content() {
    // Near miss: the words before "that" are the cue's setting (a time),
    // no clause; the content starts after "that".
    let found = contents_of(
        "He said on Tuesday that the company would sign a deal.",
        "said",
    );
    assert_eq!(found, vec!["the company would sign a deal".to_string()]);
}
