//! A source described by a relative clause before its verb ("Witnesses, who
//! asked not to be identified, said …") is the speaker, not the claim; and
//! declining or asking not to be named gives the reason a source is
//! anonymous, no claim of its own. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

#[test]
fn a_subject_with_its_relative_clause_speaks() {
    let c = claims("Witnesses, who asked not to be identified, said soldiers fired on protesters.");
    assert_eq!(c.len(), 1, "{c:?}");
    let (speaker, cue, content, _) = &c[0];
    // The "who" clause belongs to the noun phrase naming the source
    // (session 41's convention; session 27 cut it).
    assert_eq!(speaker, "Witnesses, who asked not to be identified");
    assert_eq!(cue, "said");
    assert_eq!(content, "soldiers fired on protesters");
}

#[test]
fn declining_to_be_named_is_no_claim() {
    for s in [
        "Officials, who declined to be named, said the talks had stalled.",
        "Two diplomats, who asked not to be quoted, said the deal was close.",
    ] {
        let c = claims(s);
        assert!(
            c.iter().all(|(_, q, _, _)| q == "said"),
            "{s}: only the said-claim: {c:?}"
        );
        assert_eq!(c.len(), 1, "{s}: {c:?}");
    }
}

#[test]
fn a_claim_holding_a_relative_clause_keeps_its_speaker_after() {
    // The relative clause is inside the claim when more words follow it.
    let c = claims("The strike, which killed 12, was carried out by Israel, said the army.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "the army");
    assert_eq!(
        c[0].2,
        "The strike, which killed 12, was carried out by Israel"
    );
    // Declining to do something else stays a claim, and "named" as an act
    // is untouched.
    let c = claims("The Pentagon declined to comment on the report.");
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims("Iran named a new envoy to the talks, state media said.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "Iran named a new envoy to the talks");
}
