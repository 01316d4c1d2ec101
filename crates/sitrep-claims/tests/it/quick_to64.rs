//! Session 40 (claims64): "was quick to point out that …" — a readiness
//! adjective and "to" lead the cue, and the auxiliary before them makes no
//! passive of the speech verb.

use crate::common;
use common::*;

#[test]
fn quick_to_leads_the_cue_and_keeps_the_speaker() {
    let found = claim_triples(
        "Sexton was quick to point out that not all of the supporters espoused such views.",
    );
    assert_eq!(
        found,
        vec![(
            "Sexton".to_string(),
            "was quick to point out".to_string(),
            "not all of the supporters espoused such views".to_string()
        )]
    );
}

#[test]
fn a_passive_speech_verb_still_names_no_speaker() {
    let found = claim_triples("The plan was criticized as reckless by nobody in particular, and it was denounced as reckless.");
    assert!(
        found
            .iter()
            .any(|(speaker, cue, _)| speaker.is_empty() && cue == "was denounced"),
        "{found:?}"
    );
}
