//! Session 34, branch `actors36`: a person's name opening the name of a thing named after them
//! ("the Clinton Foundation", "Mandela Day"), with its near misses ("Clinton Friday urged",
//! a title-case headline). Each rule has a near miss beside it; the sentences are the branch's
//! own.

use crate::common;

use common::{builtin_mentions, surfaces_of};

#[test]
fn a_kb_surname_before_a_foundation_or_golf_club_names_the_thing_not_the_person() {
    let text = "Hillary Clinton toured a clinic in Denver. Grants from the Clinton Foundation paid for it.";
    assert_eq!(surfaces_of(text, "hillary-clinton"), ["Hillary Clinton"]);
    let text =
        "Donald Trump flew north on Friday. He stayed at Trump National Golf Club in Bedminster.";
    assert_eq!(surfaces_of(text, "donald-trump"), ["Donald Trump"]);
}

#[test]
fn a_full_name_before_a_foundation_names_the_foundation_not_the_person() {
    let text =
        "Nelson Mandela was freed in 1990. Donors to the Nelson Mandela Foundation met in Soweto.";
    assert_eq!(surfaces_of(text, "nelson-mandela"), ["Nelson Mandela"]);
}

#[test]
fn a_surname_named_back_before_a_center_or_day_names_the_thing_not_the_person() {
    let text = "Marta Quillfeather Osei, a senator from Ohio, met donors on Monday. Staff at the Osei Center said the gala was full. Schools marked Osei Day with songs.";
    let osei: Vec<String> = builtin_mentions(text)
        .into_iter()
        .filter(|(s, _)| s.contains("Osei"))
        .map(|(s, _)| s)
        .collect();
    assert_eq!(osei, ["Marta Quillfeather Osei"]);
}

#[test]
fn a_surname_before_a_weekday_and_a_verb_is_still_the_person() {
    let text =
        "Hillary Clinton toured a clinic in Denver. Clinton Friday urged donors to give more.";
    assert_eq!(
        surfaces_of(text, "hillary-clinton"),
        ["Hillary Clinton", "Clinton"]
    );
    let text = "Marta Quillfeather Osei, a senator from Ohio, met donors on Monday. Osei Tuesday said she would run.";
    let osei = builtin_mentions(text)
        .into_iter()
        .filter(|(s, _)| s == "Osei")
        .count();
    assert_eq!(osei, 1, "{:?}", builtin_mentions(text));
}

#[test]
fn a_surname_before_a_capitalized_verb_in_a_title_case_headline_is_still_the_person() {
    // A title-case line capitalizes every word: only the word right after
    // the name can be a head.
    let text = "Trump Says Club Will Close For Winter\n\nDonald Trump said the club would close.";
    assert_eq!(surfaces_of(text, "donald-trump"), ["Trump", "Donald Trump"]);
    let text = "Clinton Foundation Faces New Audit\n\nHillary Clinton said the audit was routine.";
    assert_eq!(surfaces_of(text, "hillary-clinton"), ["Hillary Clinton"]);
}

#[test]
fn a_surname_before_a_capitalized_verb_and_function_word_in_a_quoted_title_is_still_the_person() {
    let text = "Hillary Clinton spoke to bankers in 2013.\n\nClinton Said Of Wall Street, \"You have to keep looking.\"";
    assert_eq!(
        surfaces_of(text, "hillary-clinton"),
        ["Hillary Clinton", "Clinton"]
    );
}

#[test]
fn the_party_names_back_the_one_party_called_a_party_before_it() {
    let text = "The Likud party met in Jerusalem on Sunday. Its leaders told the party that the vote would pass.";
    assert_eq!(surfaces_of(text, "likud"), ["Likud party", "the party"]);
}

#[test]
fn the_party_names_nothing_after_a_party_not_called_so_or_none_at_all() {
    // Georgian Dream, no "party" in its name, is a second party in reach:
    // "the party" may be either.
    let text = "The Likud party met in Jerusalem on Sunday.\n\nGeorgian Dream won the vote in Tbilisi. The party said it would form a government.";
    assert_eq!(surfaces_of(text, "likud"), ["Likud party"]);
    // A party for celebration names no party.
    let text = "The State Department said the party at the embassy went on late.";
    assert!(
        builtin_mentions(text).iter().all(|(s, _)| s != "the party"),
        "{:?}",
        builtin_mentions(text)
    );
}

#[test]
fn the_opposition_after_a_verb_of_charging_is_the_story_states_opposition() {
    let text = "SEOUL - President Yoon Suk Yeol declared martial law on Tuesday, accusing the opposition of anti-state activities.";
    let found = builtin_mentions(text);
    assert!(
        found
            .iter()
            .any(|(s, id)| s == "opposition" && id == "KOROPP"),
        "{found:?}"
    );
}

#[test]
fn the_opposition_of_a_group_to_a_plan_after_other_verbs_is_no_body() {
    let text = "SEOUL - President Yoon Suk Yeol declared martial law on Tuesday. He noted the opposition of the unions to the plan.";
    let found = builtin_mentions(text);
    assert!(found.iter().all(|(s, _)| s != "opposition"), "{found:?}");
}

#[test]
fn a_royal_title_and_a_given_name_name_the_person_named_in_full_before() {
    let text = "RIYADH - Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday.\n\n\"The visit went well,\" Prince Khalid wrote on X.";
    assert_eq!(
        surfaces_of(text, "khalid-bin-salman"),
        ["Prince Khalid bin Salman", "Prince Khalid"]
    );
}

#[test]
fn a_royal_title_and_a_given_name_no_one_was_named_by_stay_unnamed() {
    // Nobody called Faisal was named before: the title and the one word
    // name no one the text introduced.
    let text = "RIYADH - Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday.\n\n\"The visit went well,\" Prince Faisal wrote on X.";
    let found = builtin_mentions(text);
    assert!(found.iter().all(|(s, _)| s != "Prince Faisal"), "{found:?}");
    // A rank is no royal title: "General Khalid" may be another Khalid.
    let text = "RIYADH - Saudi Defence Minister Prince Khalid bin Salman arrived in Tehran on Thursday.\n\n\"The visit went well,\" General Khalid wrote on X.";
    assert!(
        surfaces_of(text, "khalid-bin-salman")
            .iter()
            .all(|s| s != "General Khalid"),
        "{:?}",
        builtin_mentions(text)
    );
}

#[test]
fn barack_obama_is_no_antecedent_of_she() {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
    let layer = sitrep_text::TextLayer::new(sitrep_text::normalize(
        "Barack Obama spoke in Chicago on Monday.",
    ));
    let doc = sitrep_actors::find_actors(&layer, &kb, Some(common::PUBLISHED));
    let obama = doc.actor_by_id("barack-obama").expect("Obama is mentioned");
    assert!(!doc.agrees_with_pronoun(obama, "she"));
    assert!(doc.agrees_with_pronoun(obama, "he"));
}
