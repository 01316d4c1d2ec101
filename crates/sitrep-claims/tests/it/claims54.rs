//! Speakers of session 35 (`claims54`), from probe30's judged speaker
//! lines and PolNeAR's span classes: a relative clause holding a list
//! between the subject and the cue, a two-word time phrase before a name,
//! a bracketed date before the cue, a person apposed to a role noun with
//! its prepositional phrase, and a time phrase set off before the subject
//! of a later participle ("Hours later, X …, telling"). Near misses for each. Invented sentences
//! and actors.

use crate::common;

use common::{kb_of, speaker_of, speaker_of_cue, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
MAR\tcountry\tMarovia\tMAR\t\t\t\t\t
NRU\tigo\tNorthern Union\t\tIGO\t\t\t\tNRU
lena-voss\tperson\tLena Voss\tFRE\tGOV\tspokesperson\t2020\t\tVoss
";

fn pair(s: &str, a: &str) -> (String, String) {
    (s.to_string(), a.to_string())
}

#[test]
fn a_list_inside_a_relative_clause_is_no_speaker() {
    assert_eq!(
        speaker_of_cue(
            "The alliance, which includes Freedonia, Sylvania, Marovia and four others, said it would raise output.",
            "said"
        ),
        "The alliance"
    );
    assert_eq!(
        speaker_of_cue(
            "The bloc, whose members are Freedonia, Sylvania and Marovia, said talks would resume.",
            "said"
        ),
        "The bloc"
    );
    // The pronoun after it names the subject, not the list's last state.
    let found = speakers_in(
        &kb_of(ACTORS),
        "The Northern Union, which includes Freedonia, Sylvania and Marovia, said prices were stable. It said demand would grow.",
    );
    assert_eq!(speaker_of(&found, "said").1, "NRU", "{found:?}");
    assert!(
        found.iter().all(|(_, actor, _)| actor != "MAR"),
        "{found:?}"
    );
    // Near miss: a name with its descriptions set off by commas and no
    // relative pronoun keeps its existing reading.
    assert_eq!(
        speaker_of_cue(
            "Jo Marsh, a farmer, a mother and a mayor, said the road was closed.",
            "said"
        ),
        "Jo Marsh, a farmer, a mother and a mayor"
    );
}

#[test]
fn a_two_word_time_phrase_before_a_name_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker_of_cue("This week Portvale said it would pause funding.", "said"),
        "Portvale"
    );
    assert_eq!(
        speaker_of_cue("Last year Congress said the budget was sound.", "said"),
        "Congress"
    );
    // Near miss: one capitalized word before another may be a name's own.
    assert_eq!(
        speaker_of_cue("March Hare fans said the show was sold out.", "said"),
        "Hare fans"
    );
}

#[test]
fn a_bracketed_date_before_the_cue_ends_the_speaker_before_it() {
    assert_eq!(
        speaker_of_cue(
            "Your report on the agreement signed by the minister on Thursday (May 22) said the deal was a surrender.",
            "said"
        ),
        "Your report on the agreement signed by the minister"
    );
    assert_eq!(
        speaker_of_cue("The ruling (June 3) said the law was void.", "said"),
        "The ruling"
    );
    // Near miss: a party and state in brackets is part of the name.
    assert_eq!(
        speaker_of_cue(
            "Sen. Jane Roe (R-Fla.) said the deal was a surrender.",
            "said"
        ),
        "Sen. Jane Roe (R-Fla.)"
    );
}

#[test]
fn a_person_apposed_to_a_role_with_its_body_speaks() {
    let found = speakers_in(
        &kb_of(ACTORS),
        "A spokesperson for the Freedonian embassy in Portvale, Lena Voss, said the visit was cancelled.",
    );
    assert_eq!(
        speaker_of(&found, "said"),
        pair(
            "A spokesperson for the Freedonian embassy in Portvale, Lena Voss",
            "lena-voss"
        )
    );
    let found = speakers_in(
        &kb_of(ACTORS),
        "The head of the Northern Union agency, Lena Voss, said aid was blocked.",
    );
    assert_eq!(speaker_of(&found, "said").1, "lena-voss", "{found:?}");
    // Near miss: a name the knowledge base does not know leaves the body
    // as the role's actor.
    let found = speakers_in(
        &kb_of(ACTORS),
        "A spokesperson for the Northern Union, Ana Brill, said aid was blocked.",
    );
    assert_eq!(speaker_of(&found, "said").1, "NRU", "{found:?}");
}

#[test]
fn a_time_phrase_opening_the_sentence_is_no_subject_of_a_later_participle() {
    assert_eq!(
        speaker_of_cue(
            "Hours later, Okafor returned the favour, telling reporters that they were old friends.",
            "telling"
        ),
        "Okafor"
    );
    assert_eq!(
        speaker_of_cue(
            "For months, the mayor has stayed out of the race, arguing she did not want to tip the scales.",
            "arguing"
        ),
        "the mayor"
    );
    assert_eq!(
        speaker_of_cue(
            "A week later, he toured the border and explained that the wall would work.",
            "explained"
        ),
        "he"
    );
    // Near miss: a noun phrase of time with its own object is the
    // content's subject, not an adverbial before the speaker.
    assert_eq!(
        speaker_of_cue("Hours of talks, the envoy said, had failed.", "said"),
        "the envoy"
    );
}

#[test]
fn a_signer_of_a_prepositional_object_is_no_author_of_the_document() {
    let found = speakers_in(
        &kb_of(ACTORS),
        "A report on the accord signed by Lena Voss said the islands were lost.",
    );
    assert_eq!(speaker_of(&found, "said").1, "", "{found:?}");
    // Near miss: a participle right after the document noun names its
    // issuer.
    let found = speakers_in(
        &kb_of(ACTORS),
        "A statement released by the Northern Union said the talks would resume.",
    );
    assert_eq!(speaker_of(&found, "said").1, "NRU", "{found:?}");
}

/// Session 35, lead: a fronted phrase ending in a "Town, State," pair is
/// closed by the state's comma, so the shared subject of a later
/// participle is the name after it, not the state. The state is a KB place
/// or state, or a short abbreviation; a person set off after a place is no
/// such pair (near misses).
#[test]
fn a_town_state_pair_in_a_fronted_phrase_is_closed_by_the_states_comma() {
    let kb = kb_of(
        "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tplace:New Hampshire|place:Iowa
",
    );
    let speaker = |raw: &str, cue: &str| speaker_of(&speakers_in(&kb, raw), cue).0;
    assert_eq!(
        speaker(
            "Speaking at a town hall in Salem, New Hampshire, Senator Hale went after the governor, calling him a disaster.",
            "calling"
        ),
        "Senator Hale"
    );
    assert_eq!(
        speaker(
            "At a rally in Beaumont, Tex., Mayor Ruiz was blunt, claiming that the border was open.",
            "claiming"
        ),
        "Mayor Ruiz"
    );
    // Near misses: a person after the place's comma.
    assert_eq!(
        speaker(
            "After winning narrowly in Iowa, Hale, the senator, was bracing for defeat, saying that the race was close.",
            "saying"
        ),
        "Hale"
    );
    assert_eq!(
        speaker(
            "Speaking in Harlem, Hale, without naming him, accused the governor of neglect, saying that it mattered.",
            "saying"
        ),
        "Hale"
    );
}

/// Session 35, lead: an irregular past that opens no reported clause and is
/// never a participle ("spoke", "went") ends a common noun's speaker
/// phrase before a later participle cue, as other action pasts do.
#[test]
fn an_irregular_past_that_is_no_participle_ends_a_common_nouns_speaker_phrase() {
    assert_eq!(
        speaker_of_cue(
            "The minister spoke for an hour, saying that talks would resume.",
            "saying"
        ),
        "The minister"
    );
    assert_eq!(
        speaker_of_cue(
            "The former envoy went further, arguing that the deal was dead.",
            "arguing"
        ),
        "The former envoy"
    );
    // Near miss: a name before "spoke out" keeps its reading.
    assert_eq!(
        speaker_of_cue("Lee spoke out arguing that talks would resume.", "arguing"),
        "Lee"
    );
}
