//! Speaker spans and reporting chains (session 27, `claims37`): a relative
//! clause after the speaker's name is no part of the speaker span (an
//! appositive stays, as PolNeAR's sources hold it); a fronted time phrase
//! with no comma is no part of it either; "X said, according to Y" makes Y
//! the claim's via; a possessive or "to"-phrase role with the holder's name
//! in apposition is that person. Invented names and sentences.

mod common;

use common::speakers_in;
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
rufus-firefly\tperson\tRufus Firefly\tFRE\tGOV\tadviser\t2020\t\tFirefly
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

/// (speaker text, speaker actor or "", cue) of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    speakers_in(&kb(), raw)
}

fn speaker_of(found: &[(String, String, String)], cue: &str) -> (String, String) {
    let (s, a, _) = found
        .iter()
        .find(|(_, _, c)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {found:?}"));
    (s.clone(), a.clone())
}

fn pair(s: &str, a: &str) -> (String, String) {
    (s.to_string(), a.to_string())
}

#[test]
fn a_relative_clause_after_the_name_is_no_part_of_the_speaker() {
    let found =
        speakers("Ana Sol, who has led the country since 2020, said the border would stay open.");
    assert_eq!(speaker_of(&found, "said"), pair("Ana Sol", "ana-sol"));
    let found = speakers(
        "Sylvania, which borders the disputed valley, said it opposed any change to the map.",
    );
    assert_eq!(speaker_of(&found, "said"), pair("Sylvania", "SYL"));
    // After a title and a name.
    let found = speakers(
        "President Ana Sol, who did not seek another term, warned that the vote could be delayed.",
    );
    assert_eq!(
        speaker_of(&found, "warned"),
        pair("President Ana Sol", "ana-sol")
    );
}

#[test]
fn an_appositive_stays_in_the_speaker_and_a_relative_after_it_goes() {
    let found = speakers(
        "Rufus Firefly, the president's adviser on foreign policy, told reporters the talks were useful.",
    );
    assert_eq!(
        speaker_of(&found, "told"),
        pair(
            "Rufus Firefly, the president's adviser on foreign policy",
            "rufus-firefly"
        )
    );
    let found = speakers(
        "Rufus Firefly, a former diplomat, who chaired the meeting, said the sides would meet again.",
    );
    assert_eq!(
        speaker_of(&found, "said"),
        pair("Rufus Firefly, a former diplomat", "rufus-firefly")
    );
}

#[test]
fn a_fronted_phrase_with_no_comma_is_no_part_of_the_speaker() {
    let found = speakers("Before the meeting Sol accused Sylvania of stalling the talks.");
    assert_eq!(speaker_of(&found, "accused"), pair("Sol", "ana-sol"));
    let found = speakers("After the vote Rufus Firefly said the result would stand.");
    assert_eq!(
        speaker_of(&found, "said"),
        pair("Rufus Firefly", "rufus-firefly")
    );
    // A modifier of the name after a subordinator is part of the speaker.
    let found = speakers("When former adviser Rufus Firefly criticized the plan, nobody answered.");
    assert_eq!(
        speaker_of(&found, "criticized"),
        pair("former adviser Rufus Firefly", "rufus-firefly")
    );
}
