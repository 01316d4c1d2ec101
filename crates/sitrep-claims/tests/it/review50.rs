//! Review of session 50's merged claims rules on inputs their authors did
//! not test. Invented sentences.

use crate::common;

use common::{claim_triples, content_of_cue};

/// A comparison written without spaces ("a<b and c>d") is no tag: a tag's
/// name runs to its ">" with no space first.
#[test]
fn a_comparison_without_spaces_is_no_markup() {
    assert_eq!(
        claim_triples("Moreau said that if a<b and c>d the test passes."),
        vec![(
            "Moreau".to_owned(),
            "said".to_owned(),
            "if a<b and c>d the test passes".to_owned()
        )]
    );
}

/// An aside set off by spaced dashes after a relative clause's noun object
/// ends that object, as a comma does ("Critics who questioned the plan —
/// and there were many — were ignored": the content is "the plan").
#[test]
fn a_dash_aside_ends_a_relative_clauses_object() {
    assert_eq!(
        content_of_cue(
            "Critics who questioned the plan — and there were many — were ignored, Okafor said.",
            "questioned"
        )
        .as_deref(),
        Some("the plan")
    );
}
