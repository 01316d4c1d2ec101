//! Coordinated subjects whose first conjunct is a longer name opening the
//! clause ("Maine Sen. Jane Roe and Texas Rep. John Doe suggested …",
//! "Both The Daily Ledger and the Evening Post confirmed …"), and a
//! described subject after a contrasting conjunction ("…, but the Central
//! Plains Coalition, which represents farmers, wants …"). Invented
//! sentences, an empty KB.

use crate::common;

use common::{claim_triples as triples, cue_speaker};

#[test]
fn a_coordination_opening_with_a_titled_name_is_one_speaker() {
    for (raw, speaker, cue) in [
        (
            "Maine Sen. Jane Roe and Texas Rep. John Doe suggested the bill would fail.",
            "Maine Sen. Jane Roe and Texas Rep. John Doe",
            "suggested",
        ),
        (
            "Both The Daily Ledger and the Evening Post confirmed the report on Monday.",
            "Both The Daily Ledger and the Evening Post",
            "confirmed",
        ),
        (
            "After the vote, the World Rowing Federation and four national clubs said the race would go ahead.",
            "the World Rowing Federation and four national clubs",
            "said",
        ),
    ] {
        assert_eq!(cue_speaker(raw, cue).as_deref(), Some(speaker), "{raw:?}: {:?}", triples(raw));
    }
}

#[test]
fn a_long_name_after_a_preposition_or_verb_is_no_first_conjunct() {
    // The name is an object of "met with" / "in": the subject is what
    // follows "and" only.
    for (raw, speaker) in [
        (
            "The envoy met with the Senate Armed Services Committee and Pentagon officials said the talks went well.",
            "Pentagon officials",
        ),
        (
            "Turnout rose in the Greater Lakeland Area and local officials said the polls stayed open late.",
            "local officials",
        ),
    ] {
        assert_eq!(cue_speaker(raw, "said").as_deref(), Some(speaker), "{raw:?}: {:?}", triples(raw));
    }
}

#[test]
fn a_described_subject_after_but_is_the_speaker() {
    let raw = "Other groups share these fears, but the Central Plains Coalition, which represents \
               more than two million farmers, wants to keep its neutral policy.";
    assert_eq!(
        cue_speaker(raw, "wants").as_deref(),
        Some("the Central Plains Coalition"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_verb_coordinated_after_an_opening_participle_phrase_has_the_subject_as_speaker() {
    // "Appearing before …, Roe said … but added": the participle phrase
    // opening the sentence holds no subject; "added" is Jane Roe's.
    let raw = "Appearing before cheering supporters Monday morning at party headquarters, \
               Jane Roe said it was too early to congratulate winners but added, \
               \"I think you all have an idea of the results.\"";
    assert_eq!(
        cue_speaker(raw, "added").as_deref(),
        Some("Jane Roe"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_noun_in_ing_opening_the_sentence_is_no_participle_phrase() {
    // "Morning prayers ended early, and the imam said": the first clause
    // has its own subject; the verb after "and" keeps the imam.
    let raw = "Morning prayers ended early, and the imam said the mosque would close.";
    assert_eq!(
        cue_speaker(raw, "said").as_deref(),
        Some("the imam"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_name_closed_by_a_comma_before_and_is_no_first_conjunct() {
    // "…, Prime Minister John Doe, and described": the comma closes an
    // apposition of the object; the verb after "and" is the subject's.
    let raw = "But Roe, making it clear that security came first, stood beside the \
               premier's successor, Prime Minister John Doe, and described the government as stable.";
    let t = triples(raw);
    assert!(
        t.iter().all(|(s, cue, _)| cue != "described" || s == "Roe"),
        "{t:?}"
    );
    let raw = "A mayor from San Bernardino, Calif., and many candidates have proclaimed a need for more police.";
    assert_ne!(
        cue_speaker(raw, "have proclaimed").as_deref(),
        Some("Calif., and many candidates"),
        "{:?}",
        triples(raw)
    );
}
