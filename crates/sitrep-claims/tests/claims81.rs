//! Session 48 (`claims81`): speaker spans after a postposed cue. Invented
//! sentences, an empty KB.

mod common;

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
