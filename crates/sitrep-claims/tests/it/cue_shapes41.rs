//! The cue shapes claims41 adopted (session 29) from PolNeAR train's shape
//! mining (`crates/sitrep-eval/examples/polnear_shapes.rs`): "expected"
//! before an infinitive in any verb group, "agree" with a that-clause and
//! "point out". Invented sentences.

use crate::common;

use common::claim_texts as claims;

#[test]
fn expected_before_an_infinitive_in_any_verb_group() {
    for (s, cue, content) in [
        (
            "The court is widely expected to rule on the appeal in June.",
            "is widely expected",
            "rule on the appeal in June",
        ),
        (
            "The summit had been expected to produce a joint declaration.",
            "had been expected",
            "produce a joint declaration",
        ),
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(c[0].0, "", "{s}: an impersonal claim has no speaker");
        assert_eq!(c[0].1, cue, "{s}");
        assert_eq!(c[0].2, content, "{s}");
    }
    // Near misses: no infinitive, no claim.
    for s in [
        "Turnout was higher than expected.",
        "The results came sooner than anyone had expected.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
}

#[test]
fn agree_reports_a_view_only_with_a_that_clause() {
    let c = claims("Both parties agree that the ceasefire must hold.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Both parties");
    assert_eq!(c[0].1, "agree");
    assert_eq!(c[0].2, "the ceasefire must hold");
    // Near miss: agreeing to do something is an act (session 20), no claim.
    let c = claims("The two governments agree to resume talks in Cairo.");
    assert!(c.iter().all(|(_, q, _, _)| q != "agree"), "{c:?}");
}

#[test]
fn point_out_is_speech() {
    let c = claims("Analysts point out that the deal expires in October.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Analysts");
    assert_eq!(c[0].1, "point out");
    assert_eq!(c[0].2, "the deal expires in October");
}
