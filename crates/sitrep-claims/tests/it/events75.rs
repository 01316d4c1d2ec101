//! Session 54 (`events75`): an -ing participle of where a body works, after the body and
//! before a place preposition ("aid groups operating in Sudan", "the Red Cross working in
//! Iraq"), stays inside the speaker phrase: the place is where the body is, not the speaker.
//! Invented sentences, an empty KB; each rule with a near miss.

use crate::common;

use common::claim_triples;

fn speakers_of(text: &str, cue: &str) -> Vec<String> {
    claim_triples(text)
        .into_iter()
        .filter(|t| t.1 == cue)
        .map(|t| t.0)
        .collect()
}

#[test]
fn an_ing_participle_with_its_place_stays_in_the_speaker() {
    for (text, speaker) in [
        (
            "Aid groups operating in Sudan said they had been attacked.",
            "Aid groups operating in Sudan",
        ),
        (
            "The Red Cross working in Iraq said it would stop deliveries.",
            "The Red Cross working in Iraq",
        ),
        (
            "Doctors living across the region warned that supplies were short.",
            "Doctors living across the region",
        ),
    ] {
        assert_eq!(
            speakers_of(
                text,
                text.split(' ')
                    .find(|w| matches!(*w, "said" | "warned"))
                    .unwrap()
            ),
            vec![speaker.to_string()],
            "{text}"
        );
    }
}

#[test]
fn an_opening_ing_clause_with_a_place_stays_out_of_the_speaker() {
    // Near miss: an -ing word with a place after a preposition or at the sentence's start is
    // no modifier of a body: the speaker is the subject after the comma.
    for (text, speaker) in [
        (
            "Since operating in Sudan, the aid groups said they had been attacked.",
            "the aid groups",
        ),
        (
            "After working in Iraq for years, the Red Cross said it would stop deliveries.",
            "the Red Cross",
        ),
    ] {
        assert_eq!(
            speakers_of(text, "said"),
            vec![speaker.to_string()],
            "{text}"
        );
    }
}
