//! An irregular past of an action verb ("took", "met") after the sentence's
//! subject is that clause's verb: the speaker of a later "and said" is the
//! subject alone. Invented sentences, an empty KB.

use crate::common;

use common::only_speaker;

#[test]
fn an_action_past_ends_the_subject() {
    assert_eq!(
        only_speaker("The candidate took the stage and said the election was rigged."),
        Some("The candidate".to_string())
    );
    assert_eq!(
        only_speaker("The senator met voters in Ohio and said the plant would reopen."),
        Some("The senator".to_string())
    );
}

#[test]
fn an_action_past_inside_a_relative_clause_or_the_content_is_left_alone() {
    assert_eq!(
        only_speaker("The woman who won the lottery said she would keep her job."),
        // The restrictive clause stays in the span (session 38).
        Some("The woman who won the lottery".to_string())
    );
    assert_eq!(
        only_speaker("The city paid contractors late, the auditor said."),
        Some("the auditor".to_string())
    );
}
