//! The cue rows claims23 added (session 17): belief and expectation verbs
//! ("expect", "sees", "knows", "preferred") and topic speech verbs
//! ("discussed", "point to") report a claim only when the subject right
//! before them names someone (`named`). Invented sentences.

mod common;

use common::claim_texts as claims;

#[test]
fn expectation_and_view_verbs_need_a_subject_that_names_someone() {
    let c = claims("Analysts expect the central bank to raise rates in March.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Analysts");
    assert_eq!(c[0].1, "expect");
    assert_eq!(c[0].2, "the central bank to raise rates in March");
    let c = claims("The minister sees the blockade as a provocation.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The minister");
    assert_eq!(c[0].1, "sees");
    // Near misses: a subject that names no one holds no belief.
    for s in [
        "The region sees heavy fighting every winter.",
        "The market expects a slow week.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
}

#[test]
fn topic_speech_verbs_need_a_subject_that_names_someone() {
    let c = claims("Officials discussed a ceasefire along the border.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "discussed");
    assert_eq!(c[0].2, "a ceasefire along the border");
    let c = claims("Critics point to the delays at the port.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "point to");
    // Near miss: the bare "discuss" is no cue.
    let c = claims("The leaders will meet to discuss the border.");
    assert!(c.iter().all(|(_, q, _, _)| q != "discuss"), "{c:?}");
}
