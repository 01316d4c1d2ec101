//! Attribution frames of session 18 (`claims24`): a short aside between the
//! cue and a clause without "that", and a past-tense cue written with a
//! capital after a comma. Each pattern with a near miss; invented sentences.

use crate::common;

use common::claim_triples as triples;
use common::triple;

#[test]
fn an_aside_between_cue_and_bare_clause_leaves_the_clause_as_content() {
    assert_eq!(
        triples(
            "Senator Lena Ortiz says, win or lose in Tuesday's coastal primary, she is staying in the race."
        ),
        vec![triple(
            "Senator Lena Ortiz",
            "says",
            "she is staying in the race"
        )]
    );
    assert_eq!(
        triples(
            "The harbour official said, speaking on condition of anonymity, the ferries had stopped."
        ),
        vec![triple(
            "The harbour official",
            "said",
            "the ferries had stopped"
        )]
    );
}

#[test]
fn an_aside_after_a_claim_before_the_cue_opens_no_clause() {
    // The content stands before the cue; what follows the aside is the
    // writer's.
    let found = triples(
        "The ferries stopped at noon, the harbour official said, as expected, the storm was worse.",
    );
    assert!(
        found.iter().all(|t| t.2 != "the storm was worse"),
        "{found:?}"
    );
    // A quote after the aside is left to the quote rules (which today read
    // none here), not taken as a bare clause.
    let quoted = triples("The mayor said, in a short statement, \"we will rebuild the pier.\"");
    assert!(quoted.is_empty(), "{quoted:?}");
}

#[test]
fn a_capitalised_past_after_a_comma_is_the_verb() {
    assert_eq!(
        triples(
            "Dana Reyes, the head of the coastal PAC, Tweeted on Friday that the ad was a joke."
        ),
        vec![triple(
            "Dana Reyes, the head of the coastal PAC",
            "Tweeted",
            "the ad was a joke"
        )]
    );
    // A capital after a comma inside a name list is no cue.
    let found = triples("Investors included Smith, Reported Capital and Lee Partners.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_role_phrase_then_an_apposed_name_is_one_speaker() {
    // probe19 item 8 and probe18's "X's envoy to Y, NAME, said": the speaker
    // was missed or read as the place inside the role phrase.
    let found = triples(
        "The head of the Coastal Leadership Council, Rashad al-Amiri, said the move violated the truce.",
    );
    assert_eq!(
        found,
        vec![triple(
            "The head of the Coastal Leadership Council, Rashad al-Amiri",
            "said",
            "the move violated the truce"
        )]
    );
    let found = triples(
        "Norland's envoy to the harbour council, Amir Saeid Tavan, said the strikes were illegal.",
    );
    assert_eq!(
        found,
        vec![triple(
            "Norland's envoy to the harbour council, Amir Saeid Tavan",
            "said",
            "the strikes were illegal"
        )]
    );
    let found = triples(
        "One of the negotiators of the 2013 accord, Ari Felder, said the nomination will test the theory.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        "One of the negotiators of the 2013 accord, Ari Felder"
    );
    // Near miss: a lower-case description after the comma is an appositive
    // of the role phrase, not an apposed name (read as before).
    let found = triples("The head of the council, once a rival, said the move was wrong.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "The head of the council, once a rival");
}

#[test]
fn told_a_bare_audience_then_a_clause_with_a_noun_subject() {
    // probe19 item 21: the content began at the addressee.
    let (_, found) = common::claims_of("Tusk told parliament the suspects had fled to Belarus.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content.text, "the suspects had fled to Belarus");
    assert_eq!(found[0].audience.as_deref(), Some("parliament"));
    let (_, found) = common::claims_of("The envoy told host Sam Reed a ceasefire was likely.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content.text, "a ceasefire was likely");
    // Near miss: no finite verb within the clause's first words, so no
    // audience is split off.
    let (_, found) = common::claims_of("She told the children the story of the flood.");
    assert!(found.iter().all(|c| c.audience.is_none()), "{found:?}");
}

#[test]
fn a_clause_as_aside_or_a_relative_after_it_is_no_content() {
    let found = triples(
        "To pay for the programs she has proposed, she needs to raise revenue, which she plans to do through a levy.",
    );
    assert!(
        found.iter().all(|t| !t.2.starts_with("which she plans")),
        "{found:?}"
    );
    let found = triples(
        "The ruling cited the mayor's claims, prosecutors rarely pursue such cases, and the board has little power.",
    );
    assert!(
        found.iter().all(|t| !t.2.starts_with("and the board")),
        "{found:?}"
    );
}

#[test]
fn told_an_audience_then_a_time_phrase_keeps_the_time_in_the_object() {
    let (_, found) =
        common::claims_of("The president told voters this weekend he would consider it an insult.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].content.text, "he would consider it an insult");
}

#[test]
fn a_plural_after_an_infinitives_verb_is_its_object() {
    // probe19 item 3: "suspects" was read as the verb, "detain" as speaker.
    let found = triples(
        "Six soldiers were wounded on Friday during a raid to detain suspects in the hill village of Beit Jinn, the army said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the army");
    // Near miss: the verb in -s after a subject stays a cue.
    let found = triples("The mayor suspects the ferry company hid the losses.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "suspects");
}

#[test]
fn declaring_a_state_of_affairs_is_an_act() {
    // probe19 item 19: a claim with the speaker "which".
    let found = triples("Norland, which declared independence in 1991, has not won recognition.");
    assert!(found.is_empty(), "{found:?}");
    let found = triples("The governor declared a state of emergency on Monday.");
    assert!(found.is_empty(), "{found:?}");
    // Near miss: a declared clause is what was said.
    let found = triples("The governor declared the vote was rigged.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "the vote was rigged");
}
