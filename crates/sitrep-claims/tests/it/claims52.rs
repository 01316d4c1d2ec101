//! Cues of session 34 (`claims52`): attributions PolNeAR train annotates
//! that gave no claim at all. A quote that closes a quote inside it ("…
//! 'Go home.'" Weaver said), a pronoun with a contracted "'s" opening the
//! clause after an aside ("says, win or lose, he's staying"), an aside a
//! subordinator opens ("said, if elected, she would …"), and a fronted time
//! phrase after "that" ("said that in March, the budget …"). Near misses:
//! a possessive after an aside, a demonstrative "that" with a time phrase,
//! a quote with no end mark before its inner close. Invented sentences.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_quote_closing_an_inner_quote_is_attributed_to_the_name_after_it() {
    assert_eq!(
        claim_triples("\"The guards told us, 'Leave now.'\" Okafor said."),
        vec![triple("Okafor", "said", "The guards told us, 'Leave now.'")]
    );
    assert_eq!(
        claim_triples("\u{201c}We kept asking, \u{2018}Who pays for this?\u{2019}\u{201d} Ms. Lindqvist said."),
        vec![triple("Ms. Lindqvist", "said", "We kept asking, 'Who pays for this?'")]
    );
    // Without an end mark inside the inner quote the sentence goes on: a
    // name after it and a verb with content of its own is its own claim,
    // not the quote's attribution.
    let found =
        claim_triples("\"They called it 'a disgrace'\" Okafor said the ministry had failed.");
    assert!(
        found
            .iter()
            .all(|(_, _, content)| !content.contains("disgrace")),
        "{found:?}"
    );
}

#[test]
fn a_pronoun_contraction_opens_the_clause_after_an_aside() {
    assert_eq!(
        claim_triples("The councillor says, win or lose next week, she's staying on the board."),
        vec![triple(
            "The councillor",
            "says",
            "she's staying on the board"
        )]
    );
    assert_eq!(
        claim_triples("The coach said, after all, it's a long season."),
        vec![triple("The coach", "said", "it's a long season")]
    );
    // A possessive is no contraction: an aside and a noun phrase with no
    // verb report nothing.
    let found = claim_triples("The coach said, after all, Mendez's finest hour.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_aside_a_subordinator_opens_belongs_to_the_reported_clause() {
    assert_eq!(
        claim_triples("The candidate said, if elected, she would freeze rents for two years."),
        vec![triple(
            "The candidate",
            "said",
            "she would freeze rents for two years"
        )]
    );
    assert_eq!(
        claim_triples(
            "The harbour master said, after the storm passed, the ferries would run again."
        ),
        vec![triple(
            "The harbour master",
            "said",
            "the ferries would run again"
        )]
    );
}

#[test]
fn a_fronted_time_phrase_after_that_keeps_the_that_clause() {
    assert_eq!(
        claim_triples("The treasurer said that in April, the fund would be closed."),
        vec![triple(
            "The treasurer",
            "said",
            "in April, the fund would be closed"
        )]
    );
    assert_eq!(
        claim_triples("The treasurer said that last year, revenue fell by a third."),
        vec![triple(
            "The treasurer",
            "said",
            "last year, revenue fell by a third"
        )]
    );
    // A demonstrative "that" dated by a time phrase still points back:
    // "rejected that on Sunday, saying …" holds no new content.
    let found = claim_triples("The ministry rejected that on Sunday, saying the talks were over.");
    assert!(
        found.iter().all(|(_, cue, _)| cue != "rejected"),
        "{found:?}"
    );
}

#[test]
fn the_one_addressed_before_a_wh_clause_is_no_content() {
    assert_eq!(
        claim_triples("A reporter asked the mayor how she was feeling on election day."),
        vec![triple(
            "A reporter",
            "asked",
            "how she was feeling on election day"
        )]
    );
    assert_eq!(
        claim_triples("The organiser asked volunteers if they could stay late."),
        vec![triple("The organiser", "asked", "if they could stay late")]
    );
    assert_eq!(
        claim_triples("The director met investors and told them why the merger made sense."),
        vec![triple("The director", "told", "why the merger made sense")]
    );
    // "if" after a telling is a condition, no question: the object is kept.
    let found = claim_triples("The coach told players if they trained harder they would win.");
    assert!(
        found
            .iter()
            .all(|(_, _, c)| c != "if they trained harder they would win"),
        "{found:?}"
    );
}

#[test]
fn a_telling_participle_takes_its_audience_as_told_does() {
    assert_eq!(
        claim_triples("The founder wrote to staff on Friday, telling them the office would close."),
        vec![triple("The founder", "telling", "the office would close")]
    );
}

#[test]
fn that_before_a_time_noun_is_a_demonstrative() {
    assert_eq!(
        claim_triples("The governor called the protests that night a disgrace."),
        vec![triple(
            "The governor",
            "called",
            "the protests that night a disgrace"
        )]
    );
    assert_eq!(
        claim_triples("The widow said that day was the hardest of her life."),
        vec![triple(
            "The widow",
            "said",
            "that day was the hardest of her life"
        )]
    );
    // A plural time noun or another word after "that" opens the clause.
    assert_eq!(
        claim_triples("The widow said that days passed without news."),
        vec![triple("The widow", "said", "days passed without news")]
    );
}

#[test]
fn a_relative_that_after_a_noun_opens_no_reported_clause() {
    // "presence" and "laws" before "that" + an auxiliary are nouns with a
    // relative clause, no verbs of a complement clause.
    let found = claim_triples(
        "The navy left its last base on Friday, ending a permanent military presence that had \
         lasted since 1960.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found =
        claim_triples("Critics point to new voting laws that have raised barriers for students.");
    assert!(found.iter().all(|(_, cue, _)| cue != "laws"), "{found:?}");
    // After a subject pronoun the word is a verb, and "that" the subject of
    // its clause.
    assert_eq!(
        claim_triples("I assume that was meant as a warning."),
        vec![triple("I", "assume", "that was meant as a warning")]
    );
}

#[test]
fn a_plural_auxiliary_after_that_marks_a_relative_clause() {
    // "links that were cut": the "that" is a relative of the noun before
    // it; the reported clause starts after the cue.
    assert_eq!(
        claim_triples("The minister said rail and road links that were closed during the floods would reopen."),
        vec![triple(
            "The minister",
            "said",
            "rail and road links that were closed during the floods would reopen"
        )]
    );
    // A verb's own form before "that" + a singular auxiliary keeps the
    // complement reading, the demonstrative as its subject.
    assert_eq!(
        claim_triples("In Europe, the agency estimates that could mean 300 more jobs."),
        vec![triple(
            "the agency",
            "estimates",
            "that could mean 300 more jobs"
        )]
    );
}
