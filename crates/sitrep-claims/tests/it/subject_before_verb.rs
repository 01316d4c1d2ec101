//! "The council released a statement on Friday, saying …": the speaker of a
//! participle is the sentence's subject without the subject's own verb and
//! object, which the phrase scan used to run into. Invented sentences, an
//! empty KB.

use crate::common;

use common::claim_texts as claims;

fn speakers(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn the_subjects_own_verb_ends_the_speaker() {
    assert_eq!(
        speakers(
            "The council released a statement on Friday, saying the bridge would stay closed."
        ),
        vec!["The council".to_string()]
    );
    assert_eq!(
        speakers("The senator went after the bank on Tuesday, calling its fees unfair."),
        vec!["The senator".to_string()]
    );
}

#[test]
fn a_participle_or_adjective_inside_the_subject_stays() {
    // "-ed" after a determiner is an adjective; after a noun and before a
    // preposition it describes the noun.
    // ("met" is no known past form: "The embattled mayor met voters" is
    // still taken whole.)
    assert_eq!(
        speakers(
            "The embattled mayor held a news conference on Monday, saying he would not resign."
        ),
        vec!["The embattled mayor".to_string()]
    );
    let found =
        speakers("Officials involved in the talks met on Monday, saying progress had been made.");
    assert!(
        found[0].starts_with("Officials involved in the talks"),
        "{found:?}"
    );
}
