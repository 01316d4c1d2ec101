//! Session 19, branch claims26: claims in the shapes of real wire copy.
//! Invented sentences in general form, an empty KB; each rule with a near
//! miss that must not change.

use crate::common;

use common::{claim_triples, claims_of, triple};

/// "<content>, <speaker> <cue> <setting>, but …": the standard wire lead
/// whose reporting clause carries a time or setting and then a conjunction
/// of a new clause; the content is the clause before the speaker.
#[test]
fn a_postposed_cue_with_a_setting_then_a_conjunction_keeps_its_content() {
    assert_eq!(
        claim_triples(
            "The army will leave the city by September, the minister said on Friday, \
             but analysts say the plan faces hurdles."
        ),
        [
            triple(
                "the minister",
                "said",
                "The army will leave the city by September"
            ),
            triple("analysts", "say", "the plan faces hurdles"),
        ]
    );
    assert_eq!(
        claim_triples(
            "The talks will resume next week, the envoy said on Friday, and the rebels agreed."
        ),
        [triple(
            "the envoy",
            "said",
            "The talks will resume next week"
        )]
    );
    // Near miss: a that-clause after the comma is what the relay carried,
    // and the clause before the speaker is no content.
    let relayed = claim_triples(
        "The army will leave the city by September, the minister said on Friday, \
         citing reports that the rebels had fled.",
    );
    assert!(
        relayed
            .iter()
            .all(|t| t.2 != "The army will leave the city by September"),
        "{relayed:?}"
    );
}

/// "…, the minister announced during a visit to Ankara": a setting whose
/// noun takes a "to" phrase naming a place or audience is still a setting.
#[test]
fn a_setting_with_a_destination_after_a_postposed_cue() {
    assert_eq!(
        claim_triples(
            "Britain agreed to buy 20 jets from Turkey, the minister announced during a visit to Ankara."
        ),
        [triple(
            "the minister",
            "announced",
            "Britain agreed to buy 20 jets from Turkey"
        )]
    );
    assert_eq!(
        claim_triples("Prices will rise, the minister said during a visit to the port."),
        [triple("the minister", "said", "Prices will rise")]
    );
    // Near miss: "to" before a verb is an infinitive, no destination.
    assert_eq!(
        claim_triples("Prices will rise, the minister said during a visit to raise funds."),
        [triple(
            "the minister",
            "said",
            "during a visit to raise funds"
        )]
    );
}

/// "…, the newspaper reported on Wednesday, citing a U.S. official": the
/// relay after the setting carried the postposed claim (a via), and
/// "citing" makes no claim of its own.
#[test]
fn a_relay_after_a_postposed_setting_is_a_via() {
    let (text, claims) = claims_of(
        "Israel plans to strike Iran within days, the newspaper reported on Wednesday, \
         citing a U.S. official.",
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
    let c = &claims[0];
    assert_eq!(&text[c.cue.start..c.cue.end], "reported");
    assert_eq!(
        &text[c.content.start..c.content.end],
        "Israel plans to strike Iran within days"
    );
    let vias: Vec<&str> = c.via.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(vias, ["a U.S. official"]);
}

/// "…, Axios first reported": "first reported" without "by" is the verb
/// "reported" led by "first" (cue_lead), so a postposed clause is a claim.
#[test]
fn first_reported_is_a_cue_verb() {
    assert_eq!(
        claim_triples(
            "Israel plans to strike Iran within days, the newspaper first reported on Wednesday."
        ),
        [triple(
            "the newspaper",
            "first reported",
            "Israel plans to strike Iran within days"
        )]
    );
    // Near miss: a reduced "first reported by" stays a reporting-chain
    // phrase, no claim. (This pinned "The story was first reported by the
    // newspaper on Monday." as no claim too; since claims94 a written-out
    // passive there names its agent, as "was earlier reported by" did and
    // PolNeAR marks "was first reported by MSNBC".)
    assert!(claim_triples("The story, first reported by the newspaper, ran on Monday.").is_empty());
}
