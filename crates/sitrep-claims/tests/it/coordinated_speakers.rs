//! A subject of two coordinated groups of speakers ("Her advisers and allies
//! say") is one speaker phrase; nouns after a preposition or a finished
//! clause are not part of it. Invented sentences, an empty KB.

use crate::common;

use common::{claim_triple, claims_of};

/// (cue, speaker text) of every claim.
fn speakers(raw: &str) -> Vec<(String, Option<String>)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, _) = claim_triple(&text, c);
            (cue, c.speaker.text.is_some().then_some(speaker))
        })
        .collect()
}

fn one(cue: &str, speaker: &str) -> Vec<(String, Option<String>)> {
    vec![(cue.to_string(), Some(speaker.to_string()))]
}

#[test]
fn coordinated_speaker_nouns_are_one_speaker() {
    assert_eq!(
        speakers("Her advisers and allies say the campaign has enough money to reach March."),
        one("say", "Her advisers and allies")
    );
    assert_eq!(
        speakers("Many economists and some lawmakers warned that the tariff would raise prices."),
        one("warned", "Many economists and some lawmakers")
    );
}

#[test]
fn nouns_after_a_preposition_or_a_clause_stay_out() {
    assert_eq!(
        speakers("The governor met with the advisers and officials said the talks went well."),
        one("said", "officials")
    );
    assert_eq!(
        speakers("Prices rose sharply and economists said the bank would act."),
        one("said", "economists")
    );
}

#[test]
fn an_object_joined_to_a_speaker_noun_stays_out() {
    // A verb and its object before "and": the speaker is the last group.
    assert_eq!(
        speakers("The strike hit workers and employers said losses were mounting."),
        one("said", "employers")
    );
    assert_eq!(
        speakers("The floods left residents and officials said the damage was severe."),
        one("said", "officials")
    );
    assert_eq!(
        speakers("The layoffs worry employees and analysts say more cuts are coming."),
        one("say", "analysts")
    );
    // Determiners, modifiers and a possessive before the first group keep it.
    assert_eq!(
        speakers("The company's senior executives and analysts say more cuts are coming."),
        one("say", "The company's senior executives and analysts")
    );
}
