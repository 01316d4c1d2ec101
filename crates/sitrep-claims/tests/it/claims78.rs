//! Session 47 (`claims78`): speaker spans. A participle or a coordinated
//! verb that shares the sentence's subject takes the whole coordinated
//! subject, not its first part. Invented sentences, an empty KB.

use crate::common;

use common::cue_speaker;

fn speaker(raw: &str, cue: &str) -> Option<String> {
    cue_speaker(raw, cue)
}

#[test]
fn a_shared_subject_keeps_all_its_coordinated_parts() {
    assert_eq!(
        speaker(
            "Jane Roe and John Doe met the mayor on Monday, saying the city would recover.",
            "saying"
        )
        .as_deref(),
        Some("Jane Roe and John Doe")
    );
    // A floating "both" between the subject and its verb stays outside.
    assert_eq!(
        speaker(
            "Ola Berg and Ivo Marek both campaigned hard in Varna, hoping to win the seat.",
            "hoping"
        )
        .as_deref(),
        Some("Ola Berg and Ivo Marek")
    );
    // A list of names before "and", and a verb coordinated after "and".
    assert_eq!(
        speaker(
            "Berg, Marek and Novak have all described their speeches as old commitments \
             and say they no longer accept offers.",
            "say"
        )
        .as_deref(),
        Some("Berg, Marek and Novak")
    );
    assert_eq!(
        speaker(
            "The union leaders and their allies are rushing to build a new fund, fearing \
             that the strike could fail.",
            "fearing"
        )
        .as_deref(),
        Some("The union leaders and their allies")
    );
}

#[test]
fn no_coordination_without_a_verb_after_its_last_part() {
    // The verb comes before "and": the subject is the first phrase.
    assert_eq!(
        speaker(
            "Jane Roe met the mayor and the governor on Monday, saying the city would recover.",
            "saying"
        )
        .as_deref(),
        Some("Jane Roe")
    );
    // "and" inside the object of the first part's verb joins no subject.
    assert_eq!(
        speaker(
            "Jane Roe spoke to Ola Berg and the mayor of Varna on Monday, saying the city \
             would recover.",
            "saying"
        )
        .as_deref(),
        Some("Jane Roe")
    );
}

/// Session 47 (`review47`): the parts are joined by any `coordinator` but a
/// contrasting one: "or" as "and"; "but" joins no subject.
#[test]
fn a_subject_joined_by_or_is_whole_and_one_joined_by_but_is_not() {
    assert_eq!(
        speaker(
            "Jane Roe or John Doe will meet the mayor on Monday, saying the city would recover.",
            "saying"
        )
        .as_deref(),
        Some("Jane Roe or John Doe")
    );
    assert_ne!(
        speaker(
            "Jane Roe but not John Doe met the mayor on Monday, saying the city would recover.",
            "saying"
        )
        .as_deref(),
        Some("Jane Roe but not John Doe")
    );
}
