//! "In Aleppo, the militia commander, a former officer, said": a name after
//! a place preposition opening the sentence says where, and the described
//! phrase after it is the speaker, whether or not its head noun is a known
//! role. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn speakers(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn the_described_phrase_after_a_place_is_the_speaker() {
    assert_eq!(
        speakers(
            "In Aleppo, the militia commander, a former army officer, said the road was closed."
        ),
        vec!["the militia commander, a former army officer".to_string()]
    );
    assert_eq!(
        speakers("In Gaza, the camp's caretaker, a retired teacher, said the water had run out."),
        vec!["the camp's caretaker, a retired teacher".to_string()]
    );
}

#[test]
fn a_name_after_a_word_that_is_no_place_preposition_still_speaks() {
    assert_eq!(
        speakers("But Jane Roe, a lawyer for the family, said the ruling was unfair."),
        vec!["Jane Roe, a lawyer for the family".to_string()]
    );
    assert_eq!(
        speakers("Even China, a close partner of Moscow, said the vote was unfair."),
        vec!["China, a close partner of Moscow".to_string()]
    );
    assert_eq!(
        speakers("In Berlin, Anna Weber, a retired teacher, said the water had run out."),
        vec!["Anna Weber, a retired teacher".to_string()]
    );
}

#[test]
fn a_capitalised_place_preposition_opening_the_sentence_says_where() {
    assert_eq!(
        speakers(
            "Near Aleppo, the militia commander, a former army officer, said the road was closed."
        ),
        vec!["the militia commander, a former army officer".to_string()]
    );
    assert_eq!(
        speakers("Inside the camp, the aid worker, a nurse from Oslo, said food was running out."),
        vec!["the aid worker, a nurse from Oslo".to_string()]
    );
}
