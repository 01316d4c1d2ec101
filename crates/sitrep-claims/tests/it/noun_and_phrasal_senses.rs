//! Cue words that are no speech verb in their phrase: the first noun of a
//! compound ("talk show host", "think tank") and a phrasal verb of showing
//! up or calling off. Invented sentences, an empty KB.

use crate::common;

use common::{claim_triple, claims_of};

/// The cue texts of every claim.
fn cues(raw: &str) -> Vec<String> {
    let (text, claims) = claims_of(raw);
    claims.iter().map(|c| claim_triple(&text, c).1).collect()
}

#[test]
fn a_cue_word_opening_a_compound_noun_is_no_cue() {
    assert_eq!(
        cues("Radio talk show host Jane Miller said on Tuesday that the mayor should resign."),
        ["said"]
    );
    assert_eq!(
        cues("A center-left think tank argued that the levy would hurt renters."),
        ["argued"]
    );
    // A past form before the noun stays the verb: "told host Dan Ortiz".
    assert_eq!(
        cues("The governor told host Dan Ortiz that the budget was balanced."),
        ["told"]
    );
    // A plural after the verb is its object's subject, not a compound's head.
    assert_eq!(
        cues("Aides think tanks of water will be needed."),
        ["think"]
    );
}

#[test]
fn showing_up_and_calling_off_are_no_speech() {
    assert_eq!(
        cues("Fewer than half of registered voters showed up at the polls, the county clerk said."),
        ["said"]
    );
    assert_eq!(
        cues(
            "The union called off the strike after the company raised its offer, a spokesman said."
        ),
        ["said"]
    );
    assert!(cues("Thousands of fans did not show up for the final match.").is_empty());
    // Without the particle the verbs still report: a finding, a description.
    assert_eq!(
        cues("Polls show that the race for governor is tight."),
        ["show"]
    );
    assert_eq!(
        cues("The mayor called the agency's response a disgrace."),
        ["called"]
    );
}

#[test]
fn a_verb_after_a_plural_subject_is_no_compound_noun() {
    // Only a known compound's first noun opens one: "say host" is a verb
    // and its object's subject.
    assert_eq!(
        cues("Experts say host countries must pay more for security."),
        ["say"]
    );
    assert_eq!(
        cues("Analysts warn tank production is lagging behind orders."),
        ["warn"]
    );
    // After a plural or a speaker noun "think" is the subject's verb.
    assert_eq!(
        cues("Analysts think tank sales will rise next year."),
        ["think"]
    );
    assert_eq!(
        cues("Many economists think host cities lose money on the Olympics."),
        ["think"]
    );
    // After a determiner the compound stays a noun.
    assert_eq!(
        cues("The think tank said that the levy would hurt renters."),
        ["said"]
    );
}

#[test]
fn showing_up_to_an_amount_still_reports() {
    assert_eq!(
        cues("Polls showed up to 40 percent of voters were undecided."),
        ["showed"]
    );
    assert_eq!(
        cues("The survey shows up to a third of nurses plan to quit."),
        ["shows"]
    );
    assert_eq!(
        cues("Reports show up to half of the wells are dry."),
        ["show"]
    );
    // "up to" before a place or an infinitive stays the phrasal verb.
    assert!(cues("Hundreds of voters did not show up to vote on Tuesday.").is_empty());
    assert!(cues("Few lawmakers showed up to the hearing on Monday.").is_empty());
}
