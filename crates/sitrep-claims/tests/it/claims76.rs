//! Session 46 (claims76): where a content starts and ends around relative
//! clauses. A "that" before a base-form verb with an object, after a plural
//! noun, is a relative pronoun and opens no content; a cue inside a
//! relative clause on another claim's speaker has its content end before
//! the main verb. Each shape with its near miss. Invented sentences.

use crate::common;

use common::{assert_contents, content_of_cue};

#[test]
fn a_relative_that_before_a_base_form_verb_opens_no_content() {
    assert_contents(&[
        (
            "The governor said the loopholes that benefit the rich must close.",
            "said",
            "the loopholes that benefit the rich must close",
        ),
        (
            "Senator Jane Miller criticized the provisions that pock the tax code.",
            "criticized",
            "the provisions that pock the tax code",
        ),
        (
            "The mayor said the fees that burden our schools would be cut.",
            "said",
            "the fees that burden our schools would be cut",
        ),
    ]);
}

#[test]
fn a_that_before_a_subject_or_a_verb_in_s_still_opens_the_content() {
    assert_contents(&[
        // A complementiser before a subject: the clause is the content.
        (
            "The minister told reporters that aid would arrive on Monday.",
            "told",
            "aid would arrive on Monday",
        ),
        // A bare plural right after the cue is its listener, whatever
        // follows the "that" (session 46 review).
        (
            "The general told reporters that soon the army would withdraw.",
            "told",
            "soon the army would withdraw",
        ),
        (
            "The envoy warned investors that together the two cities would lose.",
            "warned",
            "together the two cities would lose",
        ),
        (
            "The minister told reporters that police the city over were on alert.",
            "told",
            "police the city over were on alert",
        ),
        // A singular noun before "that": no plural antecedent.
        (
            "The general said in a letter that children the army trained would stay.",
            "said",
            "children the army trained would stay",
        ),
    ]);
}

#[test]
fn a_relative_clause_content_ends_before_the_main_verb() {
    assert_contents(&[
        (
            "The judges who ruled that the law was void said the appeal would fail.",
            "ruled",
            "the law was void",
        ),
        (
            "Republicans who have praised his candidacy warned on Tuesday that the party may split.",
            "have praised",
            "his candidacy",
        ),
    ]);
    // The main verb's own claim keeps its content.
    assert_eq!(
        content_of_cue(
            "The judges who ruled that the law was void said the appeal would fail.",
            "said"
        )
        .as_deref(),
        Some("the appeal would fail")
    );
}

#[test]
fn a_relative_clause_with_no_claim_after_it_keeps_its_content() {
    // No claim has the clause in its speaker: nothing to end the content at.
    assert_contents(&[(
        "Voters who said that the economy was weak backed the challenger, and the challenger won.",
        "said",
        "the economy was weak backed the challenger",
    )]);
}

#[test]
fn a_relative_clause_on_a_speaker_after_its_cue_keeps_its_content() {
    // The clause on "Ornstein" follows "said": no main verb comes after it.
    assert_contents(&[(
        "\"We have not seen anything like this before,\" said Norman Ornstein, a scholar at the institute who describes the campaign as \"a circus of grievance.\"",
        "describes",
        // Session 56 (claims100): the content keeps the quote it opens.
        "the campaign as \"a circus of grievance.\"",
    )]);
}
