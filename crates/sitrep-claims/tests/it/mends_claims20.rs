//! Attribution mends of session 15's second round (`claims20`): a negating
//! adverb is never a speaker, a conceded contest is no claim, a time adverb
//! may open a speaker's appositive. Each pattern with a near miss; invented
//! sentences.

use crate::common;

use common::claim_triples as triples;
use common::triple as owned;

#[test]
fn a_negating_adverb_after_a_conjunction_is_no_speaker() {
    // The verb after "and" belongs to the reported clause's subject: "no
    // longer" was read as its speaker.
    assert_eq!(
        triples("The governor said the rebels had surrendered and no longer wanted to fight."),
        vec![owned(
            "The governor",
            "said",
            "the rebels had surrendered and no longer wanted to fight"
        )]
    );
    // After an aside's comma the adverb opens the phrase: still no speaker.
    assert!(triples("The rebels, however, no longer wanted to fight.")
        .iter()
        .all(|(s, _, _)| !s.to_lowercase().starts_with("no")));
}

#[test]
fn a_negating_adverb_after_its_subject_joins_the_cue() {
    assert_eq!(
        triples("The mayor no longer believes the bridge will reopen."),
        vec![owned(
            "The mayor",
            "no longer believes",
            "the bridge will reopen"
        )]
    );
    // "no" alone stays with its noun: "no one" is the subject.
    assert_eq!(
        triples("No one said the plan would fail."),
        vec![owned("No one", "said", "the plan would fail")]
    );
}

#[test]
fn conceding_a_contest_is_no_claim() {
    assert_eq!(
        triples("The chancellor conceded defeat for his party on Sunday."),
        vec![]
    );
    assert_eq!(
        triples("The senator conceded the race late Tuesday and said she would return."),
        vec![owned("The senator", "said", "she would return")]
    );
}

#[test]
fn conceding_a_clause_is_a_claim() {
    assert_eq!(
        triples("The minister conceded the situation in the north is deeply regrettable."),
        vec![owned(
            "The minister",
            "conceded",
            "the situation in the north is deeply regrettable"
        )]
    );
    // An outcome noun that opens a clause of its own keeps the claim.
    assert_eq!(
        triples("The senator conceded the election was lost."),
        vec![owned("The senator", "conceded", "the election was lost")]
    );
    assert_eq!(
        triples("The senator conceded that the race had slipped away."),
        vec![owned(
            "The senator",
            "conceded",
            "the race had slipped away"
        )]
    );
}

#[test]
fn a_time_adverb_may_open_an_appositive_after_the_cue() {
    assert_eq!(
        triples("\"The fight is over,\" said Bennett, now a conservative radio host."),
        vec![owned(
            "Bennett, now a conservative radio host",
            "said",
            "The fight is over"
        )]
    );
    assert_eq!(
        triples("\"We need jobs,\" said Susan Crawford, then the agent of the author."),
        vec![owned(
            "Susan Crawford, then the agent of the author",
            "said",
            "We need jobs"
        )]
    );
}

#[test]
fn a_time_adverb_before_a_verb_opens_no_appositive() {
    assert_eq!(
        triples("\"The fight is over,\" said Bennett, then left the room."),
        vec![owned("Bennett", "said", "The fight is over")]
    );
}
