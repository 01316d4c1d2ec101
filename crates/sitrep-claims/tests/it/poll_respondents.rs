//! Poll respondents as speakers: a share of those asked ("six in 10 said")
//! and the respondents named by a participle ("those polled say"). Invented
//! sentences in the style of poll stories.

use crate::common;

use common::claim_texts;

/// (speaker, content) of every claim of `raw`.
fn pairs(raw: &str) -> Vec<(String, String)> {
    claim_texts(raw)
        .into_iter()
        .map(|(speaker, _, content, _)| (speaker, content))
        .collect()
}

fn pair(speaker: &str, content: &str) -> Vec<(String, String)> {
    vec![(speaker.to_string(), content.to_string())]
}

#[test]
fn a_share_of_respondents_is_the_speaker() {
    assert_eq!(
        pairs("Six in 10 said they would back the incumbent."),
        pair("Six in 10", "they would back the incumbent")
    );
    assert_eq!(
        pairs("Nearly nine out of 10 say the economy is getting worse."),
        pair("Nearly nine out of 10", "the economy is getting worse")
    );
    assert_eq!(
        pairs("Turnout fell, but about four in 10 said the vote mattered more than ever."),
        pair("about four in 10", "the vote mattered more than ever")
    );
}

#[test]
fn a_number_after_a_verb_still_modifies_the_cue_word() {
    // Near misses: a share after a verb is its object, and a number before
    // an adjectival participle is a modifier.
    assert!(pairs("The team had won 6 in 10 reported games.").is_empty());
    assert!(pairs("The party counted 271 pledged delegates.").is_empty());
}

#[test]
fn respondents_named_by_a_participle_are_the_speaker() {
    assert_eq!(
        pairs("Those polled said crime had risen in their neighbourhoods."),
        pair("Those polled", "crime had risen in their neighbourhoods")
    );
    assert_eq!(
        pairs("Voters surveyed last month say the economy is their top worry."),
        pair(
            "Voters surveyed last month",
            "the economy is their top worry"
        )
    );
}

#[test]
fn a_polling_verb_before_its_object_ends_the_speaker() {
    // Near misses: the participle is the subject's own verb.
    assert_eq!(
        pairs("The firm polled 1,000 voters and said the race was tight."),
        pair("The firm", "the race was tight")
    );
    assert!(pairs("Officials interviewed dozens of witnesses.").is_empty());
}
