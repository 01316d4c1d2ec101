//! The cue rows data15 changed (session 14) and what they must keep: a
//! threat reports speech only with "to …" or "that …" (`only-to`), and
//! "estimated" and "slamming" report someone's words only when the subject
//! right before them names someone (`named`). Invented sentences.

use crate::common;

use common::claim_texts as claims;

#[test]
fn threatened_reports_speech_only_with_to_or_that() {
    // A noun object is the threat itself (an event), not what was said.
    for s in [
        "Trump has threatened sweeping tariffs on Canadian goods.",
        "The drought threatens this year's harvest across the region.",
    ] {
        let c = claims(s);
        assert!(
            c.iter().all(|(_, q, _, _)| !q.contains("threaten")),
            "{s}: {c:?}"
        );
    }
    // Near misses: the same verb with a to-infinitive or a that-clause.
    let c = claims("Trump has threatened to impose sweeping tariffs on Canadian goods.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Trump");
    assert_eq!(c[0].2, "to impose sweeping tariffs on Canadian goods");
    let c = claims("The minister threatened that the border would close.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the border would close");
}

#[test]
fn estimated_needs_a_subject_that_names_someone() {
    for s in [
        "The population is estimated at 2 million.",
        "The damage was estimated at $40 million by Friday.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
    // Near misses: a group noun or a pronoun is someone who estimates.
    let c = claims("Aid groups estimated that 400 people had died.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str()),
        ("Aid groups", "estimated")
    );
    assert_eq!(c[0].2, "400 people had died");
    let c = claims("She estimated that the repairs would take a year.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the repairs would take a year");
}

#[test]
fn slamming_needs_a_subject_that_names_someone() {
    for s in [
        "No matter what you do, the app keeps constantly slamming the processor.",
        "The door kept slamming in the wind all night.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
    // Near miss: people as the subject right before the verb.
    let c = claims("Lawmakers were slamming the bill as a giveaway to banks.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str()),
        ("Lawmakers", "were slamming")
    );
    assert_eq!(c[0].2, "the bill as a giveaway to banks");
}
