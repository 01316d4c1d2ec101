//! Session 48 (`claims80`): an "it" that shows is a picture, not the outlet
//! that published it; "warned of" a noun phrase with its relative clause;
//! a quoted title inside a speaker's description is no quote. Invented
//! sentences and actors.

use crate::common;

use common::{assert_contents, claim_triples, kb_of, speaker_of, speakers_in, triple};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
gazette\torganization\tNorthport Gazette\t\tMED\t\t\t\t
NRB\tigo\tNorthern Relief Bureau\t\tIGO\t\t\t\tNRB
";

fn actor_of(raw: &str, cue: &str) -> (String, String) {
    speaker_of(&speakers_in(&kb_of(ACTORS), raw), cue)
}

#[test]
fn an_it_that_shows_after_a_picture_has_no_actor() {
    // The claim stays, with "It" as its speaker, but the picture is no
    // outlet's speech.
    assert_eq!(
        actor_of(
            "The Northport Gazette first published the cellphone video on Friday. \
             It shows officers kneeling on the man's back.",
            "shows"
        ),
        ("It".to_string(), String::new())
    );
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau posted photos of the camp, and it showed \
             that the tents were flooded.",
            "showed"
        ),
        ("it".to_string(), String::new())
    );
}

#[test]
fn an_it_that_says_or_shows_after_no_picture_keeps_its_body() {
    // A speech verb after the same picture sentence: the body speaks.
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau released a video of the camp on Friday. \
             It said the tents were flooded.",
            "said"
        ),
        ("It".to_string(), "NRB".to_string())
    );
    // "shows" with no picture named before: unchanged.
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau counted the tents on Friday. It shows \
             that the camp is full.",
            "shows"
        ),
        ("It".to_string(), "NRB".to_string())
    );
}

#[test]
fn warned_of_keeps_the_noun_phrase_and_its_relative() {
    assert_contents(&[
        (
            "Mayor Tom Reed warned of the rules that hurt small shops.",
            "warned of",
            "the rules that hurt small shops",
        ),
        (
            "The senator warned of a battle ahead that could split the party.",
            "warned of",
            "a battle ahead that could split the party",
        ),
    ]);
}

#[test]
fn warned_about_or_warned_that_stay_as_they_were() {
    // "about" is no noun preposition: a that-clause after it is the content.
    assert_contents(&[
        (
            "The mayor warned voters that the rules would hurt small shops.",
            "warned",
            "the rules would hurt small shops",
        ),
        (
            "The mayor reported for the first time that the shops had closed.",
            "reported",
            "the shops had closed",
        ),
        // A "that" before a subject opens the cue's own clause.
        (
            "The senator stated of the scandal that the report was not good.",
            "stated",
            "the report was not good",
        ),
    ]);
}

#[test]
fn a_quoted_title_in_a_description_is_no_quote() {
    // Before: the title was a quote "said" by "the plan".
    assert_eq!(
        claim_triples(
            "The governor, author of \u{201c}A Nation Divided,\u{201d} said the plan would fail."
        ),
        vec![triple(
            "The governor, author of \"A Nation Divided,\"",
            "said",
            "the plan would fail"
        )]
    );
    assert_eq!(
        claim_triples(
            "Ann Ruiz, the author of \"Quiet Streets,\" about life in small towns, \
             said the debate was over."
        ),
        vec![triple(
            "Ann Ruiz, the author of \"Quiet Streets,\" about life in small towns",
            "said",
            "the debate was over"
        )]
    );
    // A title the quote follows is no quote of the one who thanks.
    assert!(claim_triples(
        "Kerry Washington, star of television's \u{201c}Scandal,\u{201d} thanked Obama for his support."
    )
    .iter()
    .all(|(_, _, content)| content != "Scandal"));
}

#[test]
fn a_bracket_alone_is_no_content() {
    // A relative clause closing a bracket leaves the cue nothing but the
    // bracket; before, ")" was the content.
    assert!(claim_triples(
        "Critics mocked the mayor's blunt cost-cutting (which his deputy Ann Vale defended). \
         The council met on Monday."
    )
    .iter()
    .all(|(_, _, content)| content.contains(char::is_alphanumeric)));
    // A bracketed claim with words keeps them.
    assert_eq!(
        claim_triples("(The mayor said the plan would fail.)"),
        vec![triple("The mayor", "said", "the plan would fail")]
    );
}

#[test]
fn quotes_that_are_words_or_chants_stay_quotes() {
    // A quote with no lead of a title: the speaker's words.
    assert_eq!(
        claim_triples("\"We are tired of waiting,\" the mayor said."),
        vec![triple("the mayor", "said", "We are tired of waiting")]
    );
    // A chant after "of" keeps its end mark and stays a quote.
    assert_eq!(
        claim_triples("Supporters broke into chants of \"Feel the Bern!\" the organizer said."),
        vec![triple("the organizer", "said", "Feel the Bern!")]
    );
}
