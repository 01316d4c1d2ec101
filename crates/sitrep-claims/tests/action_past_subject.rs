//! An irregular past of an action verb ("took", "met") after the sentence's
//! subject is that clause's verb: the speaker of a later "and said" is the
//! subject alone. Invented sentences, an empty KB.

mod common;

use common::claims_of;

fn speaker_of(raw: &str) -> Option<String> {
    let (_, claims) = claims_of(raw);
    assert_eq!(claims.len(), 1, "{raw}: {claims:?}");
    claims[0].speaker.text.clone()
}

#[test]
fn an_action_past_ends_the_subject() {
    assert_eq!(
        speaker_of("The candidate took the stage and said the election was rigged."),
        Some("The candidate".to_string())
    );
    assert_eq!(
        speaker_of("The senator met voters in Ohio and said the plant would reopen."),
        Some("The senator".to_string())
    );
}

#[test]
fn an_action_past_inside_a_relative_clause_or_the_content_is_left_alone() {
    assert_eq!(
        speaker_of("The woman who won the lottery said she would keep her job."),
        // The restrictive clause stays in the span (session 38).
        Some("The woman who won the lottery".to_string())
    );
    assert_eq!(
        speaker_of("The city paid contractors late, the auditor said."),
        Some("the auditor".to_string())
    );
}
