//! Session 52 (`claims89`): span boundaries of speakers and contents on
//! real news shapes. Invented sentences, an empty KB; each rule with a
//! near miss.

use crate::common;

use common::{claim_triples, claims_of, triple};

#[test]
fn a_participle_aside_leaves_its_object_as_the_speaker_of_the_next_participle() {
    let found = claim_triples(
        "The senator released a new campaign video, featuring Veterans telling their own stories.",
    );
    assert!(
        found.contains(&triple("Veterans", "telling", "their own stories")),
        "{found:?}"
    );
    let found = claim_triples(
        "The union published a short film, showing the workers criticizing the new contract.",
    );
    assert!(
        found
            .iter()
            .any(|t| t.0 == "the workers" && t.1 == "criticizing"),
        "{found:?}"
    );
}

#[test]
fn an_ing_modifier_before_a_finite_cue_stays_in_the_speaker() {
    // Near miss: "leading" modifies the noun when the cue is finite.
    let found = claim_triples("The plan is dead, leading Democrats said.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "leading Democrats" && t.1 == "said"),
        "{found:?}"
    );
}

#[test]
fn markup_before_a_name_is_no_part_of_the_speaker() {
    let (_, claims) = claims_of("\"The rate is 51 percent.\">Sanders said on Tuesday.");
    let speakers: Vec<_> = claims
        .iter()
        .filter_map(|c| c.speaker.text.clone())
        .collect();
    assert!(speakers.iter().any(|s| s == "Sanders"), "{speakers:?}");
    assert!(!speakers.iter().any(|s| s.contains('>')), "{speakers:?}");
}

#[test]
fn a_place_after_the_audience_is_neither_audience_nor_content() {
    for (text, audience) in [
        (
            "Obama told reporters in Boston he would veto the bill.",
            "reporters",
        ),
        (
            "The mayor told donors at the club she would run again.",
            "donors",
        ),
        (
            "Obama told reporters in the room he would veto the bill.",
            "reporters",
        ),
    ] {
        let (t, claims) = claims_of(text);
        let c = claims
            .iter()
            .find(|c| &t[c.cue.start..c.cue.end] == "told")
            .unwrap_or_else(|| panic!("{text}: {claims:?}"));
        let content = &t[c.content.start..c.content.end];
        assert!(
            content.starts_with("he would") || content.starts_with("she would"),
            "{text}: {content:?}"
        );
        assert_eq!(c.audience.as_deref(), Some(audience), "{text}");
    }
}

#[test]
fn a_time_phrase_after_the_audience_still_dates_the_telling() {
    // Near miss: the time phrase the rule was modelled on is unchanged.
    let (t, claims) = claims_of("Obama told reporters Monday he would veto the bill.");
    let c = &claims[0];
    assert_eq!(&t[c.content.start..c.content.end], "he would veto the bill");
    assert_eq!(c.audience.as_deref(), Some("reporters"));
}

#[test]
fn a_time_measured_from_an_event_after_the_setting_is_no_content() {
    for text in [
        "The minister said on Thursday, two days after talks collapsed, that the deal was dead.",
        "The envoy said in an interview on Thursday, three weeks after the ceasefire, that the deal was dead.",
    ] {
        let found = claim_triples(text);
        assert!(
            found.iter().any(|t| t.1 == "said" && t.2 == "the deal was dead"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_clause_between_the_setting_and_that_is_not_a_time_aside() {
    // Near miss: an aside that is no measured time leaves the "that" far
    // from the cue; the content does not jump to it.
    let found = claim_triples(
        "The minister said on Thursday, as the delegates were packing their bags and leaving the hall, that the deal was dead.",
    );
    assert!(
        !found
            .iter()
            .any(|t| t.1 == "said" && t.2 == "the deal was dead"),
        "{found:?}"
    );
}

/// The speaker actor ("" when none) of every claim of `raw` whose speaker
/// is `pronoun`, with the built-in KB.
fn pronoun_actors(raw: &str, pronoun: &str) -> Vec<String> {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
    let (_, claims) = common::claims_in(&kb, raw);
    claims
        .iter()
        .filter(|c| c.speaker.text.as_deref() == Some(pronoun))
        .map(|c| c.speaker.actor.clone().unwrap_or_default())
        .collect()
}

#[test]
fn a_list_of_names_inside_an_opening_clause_is_no_subject_of_the_sentence() {
    // The clause "After Blinken, Obama and Biden met" ends at its second
    // comma; the sentence's subject, after it, is who "he" is.
    let raw = "After Antony Blinken, Barack Obama and Joe Biden met on Monday, \
               Donald Trump spoke to reporters. He said the plan would work.";
    assert_eq!(pronoun_actors(raw, "He"), ["donald-trump"]);
}

#[test]
fn a_clause_with_its_own_verb_ends_at_its_first_comma() {
    // Near miss: "After the vote" holds no list; its comma ends the clause,
    // and the subject is the first name after it.
    let raw = "After the vote, Donald Trump and Joe Biden met reporters. \
               He said the plan would work.";
    assert_eq!(pronoun_actors(raw, "He"), ["donald-trump"]);
}

#[test]
fn a_time_adjective_or_an_approximation_stays_in_the_speaker() {
    for (text, cue, speaker) in [
        (
            "An early tweet quoted the president as saying the plan would work.",
            "quoted",
            "An early tweet",
        ),
        (
            "An earlier report in a local paper said that the mayor had used the images.",
            "said",
            "An earlier report in a local paper",
        ),
        (
            "In the poll, nearly two-thirds of primary voters said that the banks hurt the economy.",
            "said",
            "nearly two-thirds of primary voters",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.iter().any(|t| t.0 == speaker && t.1 == cue),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_time_word_before_the_cue_or_after_a_verb_still_ends_the_speaker() {
    // Near misses: "earlier" dating the cue, and a determiner inside a
    // participle's object ("discrediting an earlier report") open no
    // longer speaker.
    let found = claim_triples("The mayor earlier said the bridge would reopen.");
    assert!(found.iter().any(|t| t.0 == "The mayor"), "{found:?}");
    let found = claim_triples(
        "The paper ran a correction, discrediting an earlier report from the wire saying the mayor had resigned.",
    );
    assert!(
        !found.iter().any(|t| t.0.starts_with("discrediting")),
        "{found:?}"
    );
}
