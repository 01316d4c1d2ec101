//! Verbs that report speech only with a clause: a denial verb with a plain
//! object ("rejected the proposal"), "agreed to", "has not ruled out", a
//! passive "accused of" after a noun; and a "citing" participle that
//! belongs to a later reporter ("…, citing officials, the agency
//! reported"). Their near misses keep their claims. Invented sentences, an
//! empty KB.

use crate::common;

use common::{claim_texts, claims_of};
use sitrep_record::ViaRole;

/// (speaker, cue) of every claim.
fn who_said(raw: &str) -> Vec<(String, String)> {
    claim_texts(raw)
        .into_iter()
        .map(|(speaker, cue, _, _)| (speaker, cue))
        .collect()
}

fn pair(speaker: &str, cue: &str) -> (String, String) {
    (speaker.to_string(), cue.to_string())
}

#[test]
fn rejecting_or_dismissing_a_thing_is_no_claim() {
    assert!(who_said("The union rejected the latest wage offer.").is_empty());
    assert!(who_said("The council dismissed the city manager on Monday.").is_empty());
    assert_eq!(
        who_said("Officials said the rebels had rejected the proposal put forward by Norway."),
        [pair("Officials", "said")]
    );
    // A that-clause or what others said stays a denial.
    assert_eq!(
        who_said("The minister rejected claims that the army had fired on protesters.")[0],
        pair("The minister", "rejected")
    );
    assert_eq!(
        who_said("The mayor dismissed the allegations as politically motivated."),
        [pair("The mayor", "dismissed")]
    );
    assert_eq!(
        who_said("The ministry rejected that the shipment had been seized."),
        [pair("The ministry", "rejected")]
    );
    assert_eq!(
        claim_texts("The mayor dismissed the idea that the tax would drive businesses away.")[0].2,
        "the tax would drive businesses away"
    );
    assert_eq!(
        who_said("The governor dismissed the audit as a partisan attack."),
        [pair("The governor", "dismissed")]
    );
}

#[test]
fn agreeing_to_act_and_ruling_out_are_no_claims() {
    assert_eq!(
        who_said("The two sides agreed on Wednesday to extend the truce, the mediators said."),
        [pair("the mediators", "said")]
    );
    assert!(who_said("The government has not ruled out new elections in the spring.").is_empty());
    assert_eq!(
        who_said("The two leaders agreed that the talks should resume next month."),
        [pair("The two leaders", "agreed")]
    );
    assert_eq!(
        who_said("The court ruled on Tuesday that the law was invalid."),
        [pair("The court", "ruled")]
    );
    // A clause without "that" opens with a subject pronoun.
    assert_eq!(
        who_said("Most senators agreed they had no choice but to pass the bill."),
        [pair("Most senators", "agreed")]
    );
}

#[test]
fn the_accused_are_no_speakers() {
    assert_eq!(
        who_said("Police detained three men accused of smuggling cigarettes, officials said."),
        [pair("officials", "said")]
    );
    assert!(who_said("The former mayor has been accused of taking bribes.").is_empty());
    // The active verb names its speaker.
    assert_eq!(
        who_said("The senator accused the governor of misleading voters."),
        [pair("The senator", "accused")]
    );
}

#[test]
fn citing_before_a_later_reporter_is_the_reporters_chain() {
    let raw =
        "Rebels shelled the airport overnight, citing unnamed officials, the agency reported.";
    let (text, claims) = claims_of(raw);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let c = &claims[0];
    assert_eq!(&text[c.cue.start..c.cue.end], "reported");
    assert_eq!(
        &text[c.content.start..c.content.end],
        "Rebels shelled the airport overnight"
    );
    assert_eq!(c.via.len(), 1, "{:?}", c.via);
    assert_eq!(c.via[0].text, "unnamed officials");
    assert_eq!(c.via[0].role, ViaRole::Relay);
    // With no later reporter the participle stays the subject's claim.
    assert_eq!(
        who_said("The ministry closed its consulate in the port, citing security threats."),
        [pair("The ministry", "citing")]
    );
}

#[test]
fn rejecting_a_bare_accusation_is_a_denial() {
    // Review of branch mend-claims10: a report noun closing the sentence or
    // its clause ("the accusation.", "the allegations,") is what others said.
    for (text, speaker) in [
        ("The mayor rejected the accusation.", "The mayor"),
        ("The company dismissed the allegations.", "The company"),
        (
            "The senator rejected the report, saying it was wrong.",
            "The senator",
        ),
    ] {
        let claims = who_said(text);
        assert_eq!(claims[0].0, speaker, "{text}: {claims:?}");
        assert!(
            matches!(claims[0].1.as_str(), "rejected" | "dismissed"),
            "{text}: {claims:?}"
        );
    }
    // A thing rejected stays an act.
    assert!(who_said("The union rejected the latest offer.").is_empty());
}

#[test]
fn agreeing_or_ruling_that_a_clause_holds_is_a_claim_without_that() {
    // Review of branch mend-claims10: "agreed the deal was fair" is a
    // clause with its "that" left out.
    assert_eq!(
        who_said("The ministers agreed the plan had failed."),
        [pair("The ministers", "agreed")]
    );
    assert_eq!(
        who_said("The court ruled the election was rigged."),
        [pair("The court", "ruled")]
    );
    // An agreed thing stays an act.
    assert!(who_said("The two sides agreed a ceasefire on Monday.").is_empty());
    assert!(who_said("Both sides agreed to extend the truce.").is_empty());
}
