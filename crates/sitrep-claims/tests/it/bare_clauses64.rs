//! Session 40 (claims64): cues whose content is a clause with or without
//! "that", never a noun object (`that-or-bare` in `cues.tsv`).

use crate::common;
use common::*;

#[test]
fn a_long_subject_clause_without_that_is_content() {
    let content = content_of_cue(
        "The court had concluded the establishment of settlements was illegal under the convention.",
        "had concluded",
    );
    assert_eq!(
        content.as_deref(),
        Some("the establishment of settlements was illegal under the convention")
    );
    let content = content_of_cue(
        "The governor announced the rest of the budget would be cut by a tenth.",
        "announced",
    );
    assert_eq!(
        content.as_deref(),
        Some("the rest of the budget would be cut by a tenth")
    );
}

#[test]
fn a_noun_object_after_a_that_or_bare_cue_is_no_claim() {
    // A noun object, then a coordinated or subordinate clause: no reported clause.
    for text in [
        "The committee concluded its hearings on the port in March.",
        "Aides take their names and announce the guests when it is their turn.",
        "The mayor announced the winners and said it was a close race.",
    ] {
        let found = claim_triples(text);
        assert!(
            found
                .iter()
                .all(|(_, cue, _)| !["concluded", "announce", "announced"].contains(&cue.as_str())),
            "{text}: {found:?}"
        );
    }
}
