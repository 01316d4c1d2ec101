//! Claims of session 36 (`claims56`): the narrator's notes at a content's
//! end — a relative clause on its last noun, a comparison, a gloss on a
//! name — are no content. Each shape with its near miss. Invented sentences.

use crate::common;

use common::content_of_cue;

#[test]
fn a_relative_clause_ending_the_content_is_the_narrators_note() {
    for (sentence, cue, content) in [
        (
            "The coach predicted a home win in Leeds, which hosts the final in May.",
            "predicted",
            "a home win in Leeds",
        ),
        (
            "The envoy said the talks would move to Oslo, which has hosted such rounds before.",
            "said",
            "the talks would move to Oslo",
        ),
        (
            "The minister said she would meet the mayor, who faces a recall vote next week.",
            "said",
            "she would meet the mayor",
        ),
        // A list's commas still end the clause.
        (
            "The union says it was not consulted on the deal, which covers pay, pensions and leave.",
            "says",
            "it was not consulted on the deal",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
    // Near misses: a relative clause set off before the main verb, and one
    // with quoted words or a later clause, stay in the content.
    for (sentence, cue, content) in [
        (
            "The envoy said the talks, which began in 2019, had stalled.",
            "said",
            "the talks, which began in 2019, had stalled",
        ),
        (
            "The senator said the bill, which \"nobody has read\", would pass.",
            "said",
            "the bill, which \"nobody has read\", would pass",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
}

#[test]
fn a_comparison_ending_the_content_is_the_narrators_note() {
    assert_eq!(
        content_of_cue(
            "Most farmers say they expect a poor harvest, compared with a third last year.",
            "say"
        )
        .as_deref(),
        Some("they expect a poor harvest")
    );
    // Near miss: a comparison followed by more of the clause stays.
    assert_eq!(
        content_of_cue(
            "The bank said prices, compared with last year, had fallen.",
            "said"
        )
        .as_deref(),
        Some("prices, compared with last year, had fallen")
    );
}

#[test]
fn a_gloss_on_a_name_ending_the_content_is_the_narrators() {
    for (sentence, cue, content) in [
        (
            "The premier praised Anna Berg, the head of the rescue service.",
            "praised",
            "Anna Berg",
        ),
        (
            "The mayor said she had spoken to Tomas Ruiz, a former police chief.",
            "said",
            "she had spoken to Tomas Ruiz",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
    // Near misses: a list after the name, a clause of its own after the
    // comma, and a name that is itself apposed keep their words.
    for (sentence, cue, content) in [
        (
            "The minister said they disagree on Ukraine, the trade deal and the sanctions.",
            "said",
            "they disagree on Ukraine, the trade deal and the sanctions",
        ),
        (
            "The mayor praised his deputy, Lena, the city's first female engineer.",
            "praised",
            "his deputy, Lena, the city's first female engineer",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
}

#[test]
fn a_note_inside_an_open_quotation_stays_the_speakers() {
    assert_eq!(
        content_of_cue(
            "The envoy said the accord \"gives us hope for the talks, which we stand ready to back.",
            "said"
        )
        .as_deref(),
        Some("the accord \"gives us hope for the talks, which we stand ready to back")
    );
}

#[test]
fn a_quotation_carried_by_a_posted_object_is_the_content() {
    assert_eq!(
        content_of_cue(
            "The governor posted a photo of the flooded square with the words \"We will rebuild.\"",
            "posted"
        )
        .as_deref(),
        Some("We will rebuild")
    );
    // Near miss: an object with no quotation after "with the words" keeps
    // its words.
    assert_eq!(
        content_of_cue(
            "The governor posted a photo of the flooded square with the words of a hymn.",
            "posted"
        )
        .as_deref(),
        Some("a photo of the flooded square with the words of a hymn")
    );
}
