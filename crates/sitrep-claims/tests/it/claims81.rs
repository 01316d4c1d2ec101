//! Session 48 (`claims81`): speaker spans after a postposed cue. Invented
//! sentences, an empty KB.

use crate::common;

use common::cue_speaker;

fn speaker(raw: &str, cue: &str) -> Option<String> {
    cue_speaker(raw, cue)
}

#[test]
fn a_given_name_spelled_as_an_auxiliary_opens_a_postposed_speaker() {
    assert_eq!(
        speaker(
            "\"The fees will rise,\" said Will Dobrev, a professor at Varna University.",
            "said"
        )
        .as_deref(),
        Some("Will Dobrev, a professor at Varna University")
    );
    assert_eq!(
        speaker("\"We will wait,\" said May Berglund.", "said").as_deref(),
        Some("May Berglund")
    );
    // A capitalized auxiliary alone, or before a lower-case word, is no
    // name: these must not change.
    assert_eq!(
        speaker("\"It is too early,\" said Will.", "said").as_deref(),
        Some("Will")
    );
    assert_eq!(
        speaker("The minister said May would be hard.", "said").as_deref(),
        Some("The minister")
    );
}

#[test]
fn a_postposed_list_of_names_is_the_speaker() {
    assert_eq!(
        speaker(
            "\"Do not use them,\" wrote Ola Berg, Ivo Marek and Jan Novak.",
            "wrote"
        )
        .as_deref(),
        Some("Ola Berg, Ivo Marek and Jan Novak")
    );
    assert_eq!(
        speaker(
            "\"Do not use them,\" wrote Ola Berg and Ivo Marek.",
            "wrote"
        )
        .as_deref(),
        Some("Ola Berg and Ivo Marek")
    );
    // No list: something other than names follows, or the list does not
    // end the sentence. These must not change.
    assert_eq!(
        speaker("\"Do not use them,\" said Ola Berg and then left.", "said").as_deref(),
        Some("Ola Berg")
    );
    assert_eq!(
        speaker(
            "\"Do not use them,\" said Ola Berg, Ivo Marek and Jan Novak in the journal.",
            "said"
        )
        .as_deref(),
        Some("Ola Berg")
    );
}

#[test]
fn a_second_description_joined_by_and_stays_with_the_speaker() {
    assert_eq!(
        speaker(
            "\"It is too early,\" said Ola Berg, head of the Center for Port Studies, \
             and other scientists.",
            "said"
        )
        .as_deref(),
        Some("Ola Berg, head of the Center for Port Studies, and other scientists")
    );
    assert_eq!(
        speaker(
            "\"It is too early,\" said Ola Berg, a professor at Varna University, \
             and a co-editor of the review.",
            "said"
        )
        .as_deref(),
        Some("Ola Berg, a professor at Varna University, and a co-editor of the review")
    );
    // A clause after "and", or a description cut by a quotation, is not
    // the speaker's: these must not change.
    assert_eq!(
        speaker(
            "\"It is too early,\" said Ola Berg, head of the Center for Port Studies, \
             and the crowd cheered.",
            "said"
        )
        .as_deref(),
        Some("Ola Berg, head of the Center for Port Studies")
    );
    assert_eq!(
        speaker(
            "\"It is too early,\" said Ola Berg, a professor at Varna University, \
             and a co-editor of \"Port Life.\"",
            "said"
        )
        .as_deref(),
        Some("Ola Berg, a professor at Varna University")
    );
}
