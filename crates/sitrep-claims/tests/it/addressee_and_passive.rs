//! Who speaks around addressee verbs and passives (PolNeAR, issue #5): the
//! subject of "was asked" is who was asked, not who spoke; "Asked whether
//! …, she said …" opens with a speaker-less question; a written-out passive
//! with "by" names its speaker after "by"; and the object of "told" is its
//! audience, never an inverted speaker. Invented sentences, an empty KB.

use crate::common;

use common::claim_triples as triples;

/// (speaker text, cue, content) of every claim; "" for no speaker.
#[test]
fn the_subject_of_a_written_out_passive_of_asked_or_told_is_no_speaker() {
    let t = triples("Senator Lee was asked to name a single achievement of the council.");
    assert!(
        t.iter().any(|(s, c, x)| s.is_empty()
            && c == "was asked"
            && x == "to name a single achievement of the council"),
        "{t:?}"
    );
    assert!(t.iter().all(|(s, _, _)| s != "Senator Lee"), "{t:?}");
    let t = triples("The workers were told the plant would close next year.");
    assert!(
        t.iter().any(|(s, c, _)| s.is_empty() && c == "were told"),
        "{t:?}"
    );
}

#[test]
fn a_reduced_passive_of_asked_opens_a_speakerless_question() {
    let raw = "Asked whether the mayor \"has the integrity to serve,\" most voters said yes. \
               The senator smiled when asked about his daughter's work for the campaign.";
    let t = triples(raw);
    assert!(
        t.iter().any(|(s, c, x)| s.is_empty()
            && c == "Asked"
            && x == "whether the mayor \"has the integrity to serve"),
        "{t:?}"
    );
    assert!(
        t.iter().any(|(s, c, x)| s.is_empty()
            && c == "asked about"
            && x == "his daughter's work for the campaign"),
        "{t:?}"
    );
}

#[test]
fn active_and_inverted_asked_keep_the_asker() {
    let raw = "\"Why now?\" asked Smith. Lee asked whether the vote would be delayed.";
    let t = triples(raw);
    assert!(
        t.iter().any(|(s, c, _)| s == "Smith" && c == "asked"),
        "{t:?}"
    );
    assert!(
        t.iter().any(|(s, c, _)| s == "Lee" && c == "asked"),
        "{t:?}"
    );
}

#[test]
fn a_written_out_passive_with_by_names_the_agent() {
    let t = triples("The governor has been criticized by opposition lawmakers.");
    assert!(
        t.iter().any(|(s, c, x)| s == "opposition lawmakers"
            && c == "has been criticized"
            && x == "The governor"),
        "{t:?}"
    );
    // A preposition before a gerund ends the agent.
    let t = triples("Tehran has been accused by US officials of plotting the attack.");
    assert!(
        t.iter()
            .any(|(s, c, _)| s == "US officials" && c == "has been accused"),
        "{t:?}"
    );
    // A reduced passive names an event, not a report.
    let t = triples("A truce endorsed by the council took effect on Monday.");
    assert!(t.iter().all(|(_, c, _)| c != "endorsed"), "{t:?}");
}

#[test]
fn the_object_of_told_after_a_quote_and_a_described_speaker_is_the_audience() {
    let raw = "\"What they want is a way to change the rules,\" Anna Berg, a party official \
               from Ohio, told AFP.";
    let t = triples(raw);
    assert!(
        t.iter()
            .any(|(s, c, x)| s == "Anna Berg, a party official from Ohio"
                && c == "told"
                && x == "What they want is a way to change the rules"),
        "{t:?}"
    );
    assert!(t.iter().all(|(s, _, _)| s != "AFP"), "{t:?}");
}

#[test]
fn an_order_told_to_an_audience_is_no_claim_but_a_question_asked_is() {
    let t = triples("The nurses were told to stay home during the storm.");
    assert!(t.iter().all(|(_, c, _)| c != "were told"), "{t:?}");
    let t = triples("The candidate was asked to name one achievement of his term.");
    assert!(
        t.iter().any(|(s, c, x)| s.is_empty()
            && c == "was asked"
            && x == "to name one achievement of his term"),
        "{t:?}"
    );
}

#[test]
fn a_manner_adverb_before_the_verb_joins_the_cue_but_a_noun_in_ly_does_not() {
    let t = triples("The governor pointedly declared that the budget was balanced.");
    assert!(
        t.iter()
            .any(|(s, c, _)| s == "The governor" && c == "pointedly declared"),
        "{t:?}"
    );
    let t = triples("The daily reported that the mayor would resign.");
    assert!(
        t.iter()
            .any(|(s, c, _)| s == "The daily" && c == "reported"),
        "{t:?}"
    );
}
