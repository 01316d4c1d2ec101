//! The cue rows claims23 added (session 17): belief and expectation verbs
//! ("expect", "sees", "knows", "preferred") and topic speech verbs
//! ("discussed", "point to") report a claim only when the subject right
//! before them names someone (`named`). Invented sentences.

use crate::common;

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

#[test]
fn hope_takes_a_clause_without_that() {
    // `clause_intent` in claims-words.tsv: "hope" (an only-to row) also
    // takes a finite clause with its own subject.
    let c = claims("American officials hope the new scanners will cut delays at the border.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "American officials");
    assert_eq!(c[0].1, "hope");
    assert_eq!(c[0].2, "the new scanners will cut delays at the border");
    let c = claims("Bivens hopes Clinton and other Democrats will not make the same mistake.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        c[0].2,
        "Clinton and other Democrats will not make the same mistake"
    );
    // Near misses: the noun "hopes" before a verb, and an only-to verb
    // that is no `clause_intent` word, with a noun object.
    let c = claims("The team's playoff hopes are slim after the loss.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("Officials want the new scanners in place by May.");
    assert!(c.is_empty(), "{c:?}");
    // "so" stands for what was said before; a comma ends it.
    let c = claims("One would hope so, since the port could use the money.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn that_after_a_noun_opens_a_relative_clause_with_an_object() {
    // A past verb with its object or place after "that" (an -ly adverb may
    // come first) is a relative clause inside the content, even when the
    // content's own verb follows.
    for (s, content) in [
        (
            "Officials said vessels that entered the waters were expelled.",
            "vessels that entered the waters were expelled",
        ),
        (
            "China said Philippine vessels that illegally intruded into the waters were expelled.",
            "Philippine vessels that illegally intruded into the waters were expelled",
        ),
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(c[0].2, content, "{s}");
    }
    // Near miss: a participle adjective before a noun is the reported
    // clause's subject, and "that" opens it.
    let c = claims("The ministry said that armed groups had seized the town.");
    assert_eq!(c[0].2, "armed groups had seized the town", "{c:?}");
}

#[test]
fn calls_on_is_one_cue() {
    let c = claims("The declaration calls on Hamas to release the hostages.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "calls on");
    assert_eq!(c[0].2, "Hamas to release the hostages");
}
