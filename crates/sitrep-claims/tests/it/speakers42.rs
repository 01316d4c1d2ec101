//! Speaker phrases of session 29 (`claims42`): a coordination of names with
//! a serial comma, or a subject pronoun joined by "and", is one speaker;
//! near misses where the names are an object or the pronoun no subject.
//! Invented sentences.

use crate::common;

use common::{claim_triple, claims_of};

/// (cue, speaker text) of every claim.
fn speakers(raw: &str) -> Vec<(String, String)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, _) = claim_triple(&text, c);
            (cue, speaker)
        })
        .collect()
}

fn speaker_of(raw: &str, cue: &str) -> String {
    let found = speakers(raw);
    found
        .iter()
        .find(|(c, _)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {found:?}"))
        .1
        .clone()
}

#[test]
fn a_list_of_names_with_a_serial_comma_is_one_speaker() {
    assert_eq!(
        speaker_of(
            "Mayor Jo Castellan, Governor Ann Wexley, and other local leaders said the bridge must be rebuilt.",
            "said"
        ),
        "Mayor Jo Castellan, Governor Ann Wexley, and other local leaders"
    );
    assert_eq!(
        speaker_of(
            "Norvania, Belstad, and Ostrel said in a joint statement that the border would stay open.",
            "said"
        ),
        "Norvania, Belstad, and Ostrel"
    );
    // After "but" the list still opens its clause.
    assert_eq!(
        speaker_of(
            "The vote was close, but Kemal Ardin, Lise Moraud, and Pia Tenholt said they would appeal.",
            "said"
        ),
        "Kemal Ardin, Lise Moraud, and Pia Tenholt"
    );
}

#[test]
fn names_after_a_verb_or_preposition_are_no_list() {
    // The names are the object of "relying on" and "through": the phrase
    // after "and" speaks alone, as before.
    assert_eq!(
        speaker_of(
            "The charity gave money through his Jo R. Castellan Foundation, and public records show no gifts since 2010.",
            "show"
        ),
        "public records"
    );
    assert_eq!(
        speaker_of(
            "The mayor praised Kemal Ardin, Lise Moraud, and other aides said the plan was late.",
            "said"
        ),
        "other aides"
    );
}

#[test]
fn a_subject_pronoun_joined_by_and_is_part_of_the_speaker() {
    assert_eq!(
        speaker_of(
            "Castellan was in court. He and his lawyer said the charges were false.",
            "said"
        ),
        "He and his lawyer"
    );
    assert_eq!(
        speaker_of(
            "The talks ended early. They and their allies say the offer was never serious.",
            "say"
        ),
        "They and their allies"
    );
}

#[test]
fn a_pronoun_object_before_and_is_no_speaker() {
    // "him" is an object, and "told him and" puts the pronoun after a verb.
    let s = speaker_of(
        "The coach told him and the other players said nothing.",
        "said",
    );
    assert!(!s.contains("him"), "{s:?}");
    let s = speaker_of(
        "Voters backed him and his rivals conceded that the count was fair.",
        "conceded",
    );
    assert!(!s.contains("him"), "{s:?}");
}

#[test]
fn one_word_and_a_comma_before_and_is_no_list() {
    // An answer's "Both," is no item of a list of speakers.
    let s = speaker_of(
        "Q: Are the talks direct?\n\nA: Both, and each side describes them as it likes.",
        "describes",
    );
    assert_eq!(s, "each side");
}
