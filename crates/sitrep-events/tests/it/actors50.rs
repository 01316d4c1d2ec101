//! Session 48 (branch `actors50`, issue #2): a subject "he"/"she" is the person the clause is
//! about before a name inside a prepositional phrase ("If Putin, with the help of Erdogan, wins
//! the vote, he ..."), and after a sentence whose subject was a fitting person, that subject
//! before a lone name inside such a phrase; with no one else, the name in the phrase is still
//! found. Invented sentences.

use crate::common;

use common::{event_by_trigger, ids};

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-10-06");

fn source_of(text: &str, trigger: &str) -> Vec<String> {
    let evs = events(text);
    event_by_trigger(&evs, trigger, text).source.clone()
}

#[test]
fn a_subject_pronoun_passes_over_a_name_inside_a_phrase() {
    for text in [
        "After Putin, with the help of Erdogan, won the vote, he accused Ukraine of sabotage.",
        "Putin met Zelensky on Monday. With the support of Erdogan, he accused Ukraine of \
         sabotage.",
    ] {
        assert_eq!(
            source_of(text, "accused"),
            ids(&["vladimir-putin"]),
            "{text}"
        );
    }
}

#[test]
fn a_lone_name_inside_a_phrase_is_still_the_subject_pronoun() {
    for text in [
        "With the support of Erdogan, he accused Ukraine of sabotage.",
        // A previous subject that is no person is not "he".
        "Russia protested on Monday. With the support of Erdogan, he accused Ukraine of \
         sabotage.",
    ] {
        assert_eq!(
            source_of(text, "accused"),
            ids(&["recep-tayyip-erdogan"]),
            "{text}"
        );
    }
    // With no name in a phrase the subject before is "he", as it was.
    let text = "Putin met Zelensky on Monday. He accused Ukraine of sabotage.";
    assert_eq!(
        source_of(text, "accused"),
        ids(&["vladimir-putin"]),
        "{text}"
    );
}
