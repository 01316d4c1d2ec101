//! Speech acts with a noun object (session 18, claims25, issue #5): acclaim
//! ("hailed the ruling") are claims whose
//! content is the object, when the subject names someone. Invented sentences.

use crate::common;

use common::claim_texts as claims;

#[test]
fn acclaim_verbs_with_a_noun_object_are_claims_of_a_named_subject() {
    let c = claims("Muslim advocates hailed the court's ruling on Tuesday.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Muslim advocates");
    assert_eq!(c[0].1, "hailed");
    assert!(c[0].2.starts_with("the court's ruling"), "{c:?}");
    let c = claims("The senator applauded the governor's budget.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "applauded");
    let c = claims("She commended the rescue teams.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "She");
    assert_eq!(c[0].1, "commended");
    // Near misses: a subject that names no one says nothing.
    for s in [
        "The markets hailed a rally in bank shares.",
        "The vote applauded by the crowd passed easily.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
}

#[test]
fn censure_verbs_with_a_noun_object_are_claims_of_a_named_subject() {
    let c = claims("The senator publicly scolded her former party.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The senator");
    assert!(c[0].1.ends_with("scolded"), "{c:?}");
    assert_eq!(c[0].2, "her former party");
    let c = claims("The minister deplored the violence against migrants.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "deplored");
    let c = claims("Union leaders castigated the board for the layoffs.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "castigated");
    // Near miss: a subject that names no one censures nothing.
    let c = claims("The storm assailed the coast for three days.");
    assert!(c.is_empty(), "{c:?}");
}
