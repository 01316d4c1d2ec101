//! Session 46 (`claims75`): speaker spans. A participle after a comma
//! speaks for the clause a `coordinator` word opens after a comma (the word
//! class, not a list of two conjunctions). Invented sentences, an empty KB.

use crate::common;

use common::cue_speaker;

#[test]
fn a_participle_speaks_for_the_clause_any_coordinator_opens() {
    // "or" is a coordinator too: the participle speaks for its clause.
    assert_eq!(
        cue_speaker(
            "The new rules may stand, or the Civil Liberties Union of Elmira will sue \
             the state, saying the rules are unlawful.",
            "saying"
        )
        .as_deref(),
        Some("the Civil Liberties Union of Elmira")
    );
    assert_eq!(
        cue_speaker(
            "The new rules are harsh, but the Civil Liberties Union of Elmira has \
             already sued the state, saying the rules are unlawful.",
            "saying"
        )
        .as_deref(),
        Some("the Civil Liberties Union of Elmira")
    );
    // No coordinator after the comma: the sentence's subject stays.
    assert_eq!(
        cue_speaker(
            "The union, already angry, sued the state, saying the rules are unlawful.",
            "saying"
        )
        .as_deref(),
        Some("The union")
    );
}
