//! "A person familiar with the matter said": an adjective of the
//! `adjective_link` class keeps its preposition inside the speaker phrase.
//! Invented sentences, an empty KB.

use crate::common;

use common::only_speaker;

#[test]
fn familiar_with_and_close_to_stay_in_the_speaker_phrase() {
    assert_eq!(
        only_speaker(
            "A person familiar with the plans told reporters that the factory would close."
        ),
        Some("A person familiar with the plans".to_string())
    );
    assert_eq!(
        only_speaker("Sources close to the mayor said the budget vote would be delayed."),
        Some("Sources close to the mayor".to_string())
    );
}
