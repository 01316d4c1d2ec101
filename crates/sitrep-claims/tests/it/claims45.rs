//! Speaker spans of session 31 (`claims45`): the subject of a relative
//! clause written without "that" after its object ("everything Mayor Ruiz
//! says", "an offer the council rejected"), an object relative pronoun
//! before the subject ("which his deputy Jo Roe defended"), and two
//! modifiers of one speaker noun joined by "and" ("current and former
//! officials said"). Near misses for each. Invented sentences.

use crate::common;

use common::claim_triples;

/// The speaker text of the first claim whose cue is `cue`, or "" when the
/// claim has none; panics when no claim has that cue.
fn speaker(raw: &str, cue: &str) -> String {
    let found = claim_triples(raw);
    found
        .iter()
        .find(|(_, c, _)| c == cue)
        .map(|(s, _, _)| s.clone())
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {found:?}"))
}

#[test]
fn the_subject_after_a_relative_object_noun_is_the_speaker() {
    assert_eq!(
        speaker(
            "Voters no longer believe that everything Mayor Ruiz says is true.",
            "says"
        ),
        "Mayor Ruiz"
    );
    assert_eq!(
        speaker(
            "Voters doubt everything Mayor Ruiz says about taxes.",
            "says about"
        ),
        "Mayor Ruiz"
    );
    assert_eq!(
        speaker(
            "It is the kind of reform Governor Vale says the state needs.",
            "says"
        ),
        "Governor Vale"
    );
    // Near miss: a title before a name is no object of a relative clause.
    assert_eq!(
        speaker(
            "The conservative writer Dana Holt said the plan would fail.",
            "said"
        ),
        "The conservative writer Dana Holt"
    );
    assert_eq!(
        speaker("The host Sam Lyle said the show would return.", "said"),
        "The host Sam Lyle"
    );
}

#[test]
fn a_determiner_after_an_object_noun_opens_the_speaker() {
    assert_eq!(
        speaker(
            "He listed nine odd things the senator has said about farmers.",
            "has said about"
        ),
        "the senator"
    );
    // Near misses: a determiner after a preposition, a quantity or a verb
    // stays inside the phrase.
    assert_eq!(
        speaker("Some of the lawmakers said the vote was rushed.", "said"),
        "Some of the lawmakers"
    );
    assert_eq!(
        speaker(
            "At least a dozen members of the board said the deal was unfair.",
            "said"
        ),
        "At least a dozen members of the board"
    );
    assert_eq!(
        speaker(
            "A recent post getting a lot of attention claims the dam is unsafe.",
            "claims"
        ),
        "A recent post getting a lot of attention"
    );
}

#[test]
fn an_object_relative_pronoun_is_no_part_of_the_speaker() {
    let found = claim_triples(
        "The memo (which his deputy Jo Roe defended on Monday) was leaked to reporters.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert!(
        !speakers.iter().any(|s| s.starts_with("which")),
        "{found:?}"
    );
    // Near miss: "whose" opens a phrase of its own ("whose firm").
    let found = claim_triples("Jo Roe, a lawyer whose firm said the suit had merit, left.");
    assert!(!found.iter().any(|(s, _, _)| s == "firm"), "{found:?}");
}

#[test]
fn two_modifiers_joined_by_and_share_the_speaker_noun() {
    assert_eq!(
        speaker(
            "Current and former officials said the agency had ignored the warnings.",
            "said"
        ),
        "Current and former officials"
    );
    assert_eq!(
        speaker(
            "Three current and former employees said the plant was unsafe.",
            "said"
        ),
        "Three current and former employees"
    );
    assert_eq!(
        speaker(
            "Since then, domestic and foreign critics have argued that the law is too broad.",
            "have argued"
        ),
        "domestic and foreign critics"
    );
    // Near miss: a verb before the pair makes its first item an object.
    assert_eq!(
        speaker(
            "The strike hit workers and former officials said the talks had failed.",
            "said"
        ),
        "former officials"
    );
}
