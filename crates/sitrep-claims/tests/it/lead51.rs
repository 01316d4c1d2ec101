//! Session 51, the lead: a "he" or "she" whose sentence names no one refers back to the
//! subject of the last sentence naming a person; when that sentence's subject is the same
//! pronoun ("He praised Donald Trump …", "Though he did not name Rubio, he made it clear …"),
//! the person it names is an object, and the search goes on to the sentence before. Built-in
//! KB.

use crate::common;

use common::builtin_speaker_actor as speaker_actor;

#[test]
fn a_pronoun_subject_passes_the_search_to_the_sentence_before() {
    for raw in [
        "Ted Cruz spoke in Houston on Tuesday. He praised Donald Trump for his campaign. \
         \"The field must narrow,\" he said.",
        "Ted Cruz spoke in Houston on Tuesday. Though he did not name Marco Rubio, he made it \
         clear that he saw himself as the alternative to Donald Trump. \"The field must \
         narrow,\" he said.",
    ] {
        assert_eq!(
            speaker_actor(raw, "said").as_deref(),
            Some("ted-cruz"),
            "{raw}"
        );
    }
    // Near miss: a named subject in the sentence before is the antecedent.
    let raw = "Ted Cruz spoke in Houston on Tuesday. Donald Trump answered him at a rally. \
               \"The field must narrow,\" he said.";
    assert_eq!(
        speaker_actor(raw, "said").as_deref(),
        Some("donald-trump"),
        "{raw}"
    );
}
