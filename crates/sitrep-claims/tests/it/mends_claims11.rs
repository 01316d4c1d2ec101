//! Wrong claims found by probes (session 9): an aspect verb read as a
//! speech verb. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn cues(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(_, c, ..)| c).collect()
}

#[test]
fn continued_with_a_noun_object_is_an_act_not_speech() {
    for raw in [
        "Hanoi warned of a firm response if the fleet continued its patrols.",
        "The rebels continued their advance toward the port, residents said.",
    ] {
        let c = cues(raw);
        assert!(!c.iter().any(|c| c == "continued"), "{raw}: {c:?}");
    }
}

#[test]
fn continued_still_reports_a_quote_or_a_that_clause() {
    let got = claims("\"We are not leaving,\" the mayor continued.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("the mayor", "continued")
    );
    let got = claims("The envoy continued that the ceasefire would hold through the winter.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "continued");
    assert_eq!(got[0].2, "the ceasefire would hold through the winter");
}

#[test]
fn a_cue_word_ending_a_compound_noun_is_no_verb() {
    for raw in [
        "The talk show featured a long interview with the defence minister.",
        "The game show drew a record audience on Saturday.",
    ] {
        assert!(claims(raw).is_empty(), "{raw}: {:?}", claims(raw));
    }
}

#[test]
fn show_after_a_plain_subject_is_still_a_cue() {
    let got = claims("New figures show that exports fell for a third month.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "show");
    let got = claims("The minister said on a talk show that the tax would stay.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "said");
}
