//! Session 40 (claims64): "compared X to Y" is a characterization by a
//! subject that names someone; "compared with" a figure is no speech, and a
//! "that" after a preposition is a pronoun.

use crate::common;
use common::*;

#[test]
fn likening_someone_is_a_claim() {
    assert_eq!(
        claim_triples("The senator compared the governor to a religious heretic."),
        vec![(
            "The senator".to_string(),
            "compared".to_string(),
            "the governor to a religious heretic".to_string()
        )]
    );
    assert_eq!(
        content_of_cue(
            "They compared her dilemma to that of a rival during the 2000 campaign.",
            "compared"
        )
        .as_deref(),
        Some("her dilemma to that of a rival during the 2000 campaign")
    );
}

#[test]
fn a_comparison_of_figures_is_no_claim() {
    for text in [
        "Some 48 percent of voters back the senator, compared with 41 percent in May.",
        "The senator is often compared to his father.",
        "Sales compared with last year rose by a tenth.",
    ] {
        let found = claim_triples(text);
        assert!(
            found.iter().all(|(_, cue, _)| !cue.contains("compared")),
            "{text}: {found:?}"
        );
    }
}
