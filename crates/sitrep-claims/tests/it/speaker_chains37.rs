//! Speaker spans and reporting chains (session 27, `claims37`): a relative
//! clause after the speaker's name is no part of the speaker span (an
//! appositive stays, as PolNeAR's sources hold it); a fronted time phrase
//! with no comma is no part of it either; "X said, according to Y" makes Y
//! the claim's via; a possessive or "to"-phrase role with the holder's name
//! in apposition is that person. Invented names and sentences.

use crate::common;

use common::{kb_of, speaker_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
max-ruel\tperson\tMax Ruel\tFRE\tGOV\tsupreme leader\t2020\t\tRuel
FRE-bloc\tigo\tNorthern Union\t\t\t\t\t\t
rufus-firefly\tperson\tRufus Firefly\tFRE\tGOV\tadviser\t2020\t\tFirefly
";

/// (speaker text, speaker actor or "", cue) of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    speakers_in(&kb_of(ACTORS), raw)
}

fn pair(s: &str, a: &str) -> (String, String) {
    (s.to_string(), a.to_string())
}

#[test]
fn a_relative_clause_after_the_name_keeps_the_head_as_actor() {
    // Session 41's convention: a "who" clause belongs to the speaker's
    // noun phrase; a "which" clause is cut. The actor is the head's.
    let found =
        speakers("Ana Sol, who has led the country since 2020, said the border would stay open.");
    assert_eq!(
        speaker_of(&found, "said"),
        pair("Ana Sol, who has led the country since 2020", "ana-sol")
    );
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
        pair(
            "President Ana Sol, who did not seek another term",
            "ana-sol"
        )
    );
}

#[test]
fn an_appositive_stays_in_the_speaker_and_so_does_a_who_clause_after_it() {
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
        pair(
            "Rufus Firefly, a former diplomat, who chaired the meeting",
            "rufus-firefly"
        )
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

#[test]
fn an_owned_role_with_the_holder_in_apposition_is_the_holder() {
    // The owner a name of several words after "The".
    let found = speakers(
        "The Northern Union's foreign policy chief, Rufus Firefly, said the sanctions would stay.",
    );
    assert_eq!(speaker_of(&found, "said").1, "rufus-firefly");
    // A role "to" a body, and "to" a person with a title.
    let found = speakers(
        "Sylvania's Permanent Representative to the Northern Union, Rufus Firefly, said the vote was void.",
    );
    assert_eq!(speaker_of(&found, "said").1, "rufus-firefly");
    let found = speakers(
        "An adviser to Supreme Leader Max Ruel, Rufus Firefly, warned that the corridor would be closed.",
    );
    assert_eq!(speaker_of(&found, "warned").1, "rufus-firefly");
    // Without a name in apposition the body or person named speaks.
    let found = speakers("An adviser to Max Ruel warned that the corridor would be closed.");
    assert_ne!(speaker_of(&found, "warned").1, "rufus-firefly");
}
