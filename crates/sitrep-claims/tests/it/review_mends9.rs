//! Review findings of session 7 on ordinary news: shapes where the speaker
//! search gave a wrong speaker or none. Invented sentences.

use crate::common;

use common::claim_texts;

/// (speaker, content) of every claim of `raw`.
fn pairs(raw: &str) -> Vec<(String, String)> {
    claim_texts(raw)
        .into_iter()
        .map(|(speaker, _, content, _)| (speaker, content))
        .collect()
}

#[test]
fn a_described_subject_before_said_keeps_the_clause_after_it() {
    // A subject with its description before "said": what follows the cue
    // is the claim, not an inverted speaker.
    assert_eq!(
        pairs("In Kharkiv, the brigade commander, a colonel, said the line held."),
        vec![(
            "the brigade commander, a colonel".to_string(),
            "the line held".to_string()
        )]
    );
    assert_eq!(
        pairs("At Acme, the chief executive, Ann Roe, said profits rose."),
        vec![(
            "the chief executive, Ann Roe".to_string(),
            "profits rose".to_string()
        )]
    );
    // Near misses: a clause before the comma is the claim, the phrase after
    // the cue its speaker.
    assert_eq!(
        pairs("The bridge reopened on Monday, said the mayor."),
        vec![(
            "the mayor".to_string(),
            "The bridge reopened on Monday".to_string()
        )]
    );
    assert_eq!(
        pairs("Prices will keep rising, said Jo Roe, an economist at the bank."),
        vec![(
            "Jo Roe, an economist at the bank".to_string(),
            "Prices will keep rising".to_string()
        )]
    );
}

#[test]
fn a_relative_pronoun_speaks_for_the_noun_before_it() {
    // The participle speaks for the main clause's subject, not for the
    // relative clause's pronoun.
    let claims =
        pairs("The lawmakers, who opposed the bill, walked out, saying the vote was rigged.");
    assert!(claims.contains(&(
        "The lawmakers".to_string(),
        "the vote was rigged".to_string()
    )));
    assert!(!claims
        .iter()
        .any(|(speaker, content)| speaker == "who" && content == "the vote was rigged"));
    // Near misses: a name before the relative clause, and a subject
    // pronoun, keep their readings.
    assert_eq!(
        pairs("Jo Roe, who chairs the panel, said the vote was fair."),
        vec![(
            "Jo Roe, who chairs the panel".to_string(),
            "the vote was fair".to_string()
        )]
    );
    assert_eq!(
        pairs("They walked out, saying the vote was rigged."),
        vec![("They".to_string(), "the vote was rigged".to_string())]
    );
}

#[test]
fn last_week_closing_the_speaker_is_cut_off() {
    assert_eq!(
        pairs("\"We lost,\" said Jo Roe, the coach, last week."),
        vec![("Jo Roe, the coach".to_string(), "We lost".to_string())]
    );
    assert_eq!(
        pairs("\"We will win,\" said Jo Roe, the coach, this morning."),
        vec![("Jo Roe, the coach".to_string(), "We will win".to_string())]
    );
    // Near misses: a day after the speaker was cut already, and a speaker
    // with no time phrase keeps every word.
    assert_eq!(
        pairs("\"We lost,\" said Jo Roe, the coach, on Tuesday."),
        vec![("Jo Roe, the coach".to_string(), "We lost".to_string())]
    );
    assert_eq!(
        pairs("\"We lost,\" said Jo Roe, the coach of the year."),
        vec![(
            "Jo Roe, the coach of the year".to_string(),
            "We lost".to_string()
        )]
    );
}

#[test]
fn an_opening_time_or_place_phrase_leaves_the_described_speaker() {
    assert_eq!(
        pairs("In March, the company's chairman, a former banker, said the deal was off."),
        vec![(
            "the company's chairman, a former banker".to_string(),
            "the deal was off".to_string()
        )]
    );
    assert_eq!(
        pairs("At a rally, the candidate, a former governor, said the race was close."),
        vec![(
            "the candidate, a former governor".to_string(),
            "the race was close".to_string()
        )]
    );
    // Near misses: a place opening the sentence was read already, and a
    // phrase after the opening that names no role is no speaker.
    assert_eq!(
        pairs("In Kharkiv, the company's chairman, a former banker, said the deal was off."),
        vec![(
            "the company's chairman, a former banker".to_string(),
            "the deal was off".to_string()
        )]
    );
    assert_eq!(
        pairs("In March, the deal, a merger, said nothing about jobs."),
        Vec::<(String, String)>::new()
    );
}
