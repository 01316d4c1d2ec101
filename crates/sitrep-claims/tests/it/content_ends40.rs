//! Where reported speech stops and the writer goes on with the speaker's
//! next act (", and he ordered …" after indirect speech). Invented
//! sentences, an empty KB.

use crate::common;

use common::claim_triples as triples;
use common::content_of_cue as content_of;

#[test]
fn a_pronoun_and_a_past_act_after_indirect_speech_end_the_content() {
    for raw in [
        "The governor said the storm had cut power to the coast, and he ordered an inquiry into the grid.",
        "The mayor said that the storm had cut power to the coast, and she visited the shelters on Monday.",
    ] {
        assert_eq!(
            content_of(raw, "said").as_deref(),
            Some("the storm had cut power to the coast"),
            "{raw:?}: {:?}",
            triples(raw)
        );
    }
}

#[test]
fn what_was_said_goes_on_after_it_an_auxiliary_or_a_quote() {
    for (raw, content) in [
        // "it": the thing said about goes on.
        (
            "The governor said the storm had cut power to the coast, and it flooded two towns.",
            "the storm had cut power to the coast, and it flooded two towns",
        ),
        // An auxiliary or modal: speech shifted back.
        (
            "The governor said the storm had cut power to the coast, and they would restore it by Friday.",
            "the storm had cut power to the coast, and they would restore it by Friday",
        ),
    ] {
        assert_eq!(
            content_of(raw, "said").as_deref(),
            Some(content),
            "{raw:?}: {:?}",
            triples(raw)
        );
    }
}
