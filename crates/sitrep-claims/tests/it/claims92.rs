//! Attribution recall of session 54 (`claims92`, issue #5): which claims
//! are made and who speaks. Each rule with a near miss that must not
//! change. Invented sentences and names.

use crate::common;

use common::{claim_triples, content_of_cue, cue_speaker, speaker_of_cue, triple};

/// "sued to overturn the Board's denial of …": the possessor before a
/// noun cue is its speaker, not the verb or preposition the walk back
/// took in before it.
#[test]
fn a_possessive_before_a_noun_cue_is_the_speaker_without_the_words_before_it() {
    for (sentence, cue, speaker) in [
        (
            "The club sued to overturn the league's denial of the appeal.",
            "denial of",
            "the league's",
        ),
        (
            "The paper has been seeking evidence of his uncle's assertion that he gave to charity.",
            "assertion",
            "his uncle's",
        ),
        (
            "After several rows, including Mr. Varga's assertion that the vote was rigged, the party split.",
            "assertion",
            "Mr. Varga's",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a role noun keeps its "of" phrase; a speaker that is
    // only the possessor, or a possessor with modifiers, stays whole; a
    // lower-case participle after the possessor's determiner ("the ruling
    // Unity Party's") is no verb.
    for (sentence, cue, speaker) in [
        (
            "Reporters questioned the head of the Water Agency's claim that the data were sound.",
            "claim",
            "the head of the Water Agency's",
        ),
        (
            "Voters shrugged at Senate candidate Ana Varga's claim that taxes would fall.",
            "claim",
            "Senate candidate Ana Varga's",
        ),
        (
            "Voters doubted the ruling Unity Party's claim that the vote was fair.",
            "claim",
            "the ruling Unity Party's",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

/// "said that since then, he has …": a preposition or subordinator after
/// "that" opening a time phrase and its comma fronts the reported clause;
/// "that" is no demonstrative.
#[test]
fn that_before_a_fronted_time_phrase_opens_the_reported_clause() {
    assert_eq!(
        content_of_cue(
            "Mr. Orlov said that since then, the company has repaid its lenders.",
            "said"
        )
        .as_deref(),
        Some("since then, the company has repaid its lenders")
    );
    assert_eq!(
        content_of_cue(
            "The mayor said that since Monday, the water has been safe.",
            "said"
        )
        .as_deref(),
        Some("since Monday, the water has been safe")
    );
    // Near misses: "that" pointing back, with a time phrase and no clause
    // after its comma, is still no reported clause.
    assert_eq!(
        cue_speaker("The mayor has repeated that since then.", "has repeated"),
        None
    );
    assert_eq!(
        cue_speaker(
            "He denied that since Monday, saying nothing more.",
            "denied"
        ),
        None
    );
}

/// "The proportion of GOP voters saying …": a participle right after
/// "<proportion noun> of X" speaks for X.
#[test]
fn a_participle_after_a_proportion_of_a_group_speaks_for_the_group() {
    for (sentence, speaker) in [
        (
            "The proportion of Republican primary voters saying they would back Varga has doubled.",
            "Republican primary voters",
        ),
        (
            "The share of farmers saying the drought hurt them fell last year.",
            "farmers",
        ),
        (
            "A growing number of economists saying a recession is near worries the bank.",
            "economists",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, "saying"), speaker, "{sentence}");
    }
    // Near misses: a finite verb after the phrase keeps it whole; a noun
    // that names no part ("The director of …") keeps its phrase.
    assert_eq!(
        speaker_of_cue("A majority of farmers said the drought hurt them.", "said"),
        "A majority of farmers"
    );
    assert_eq!(
        cue_speaker(
            "The director of the museum, saying the roof leaked, closed the wing.",
            "saying"
        )
        .as_deref()
        .map(|s| s.starts_with("The director")),
        Some(true)
    );
}

/// "Lind's response was that …": a speech noun as the subject of "was" or
/// "is" before its that-clause is a cue with the verb; the possessor
/// speaks.
#[test]
fn a_speech_noun_before_was_that_is_a_cue_and_its_possessor_speaks() {
    assert_eq!(
        claim_triples("Lind's response was that the tax code is unfair to small firms."),
        [triple(
            "Lind's",
            "response was",
            "the tax code is unfair to small firms"
        )]
    );
    assert_eq!(
        speaker_of_cue(
            "The senator's argument is that the tariffs will hurt farmers.",
            "argument is"
        ),
        "The senator's"
    );
    // A possessor opened by a determiner speaks too ("the senator's
    // warning that …" had no speaker).
    assert_eq!(
        speaker_of_cue(
            "Officials ignored the senator's warning that the dam would fail.",
            "warning"
        ),
        "the senator's"
    );
    // A lone word that counts a noun cue names no one.
    assert_eq!(
        speaker_of_cue(
            "One warning that the dam would fail went unheeded.",
            "warning"
        ),
        ""
    );
    // Near misses: with no owner before it, the noun and its copula are
    // the writer's reasoning ("The answer is that …", "One view is that
    // …") or a noun inside a phrase ("an explanation for this claim is
    // that …"); a noun that names no speech ("The problem is that …") and
    // a speech noun with no clause after "was" make no claim.
    for sentence in [
        "The answer is that low-acid foods need a pressure canner.",
        "One view is that the judge never meant to jail him.",
        "One explanation for this claim is that no evidence exists.",
        "The problem is that the roads are closed.",
        "Her response was swift and angry.",
    ] {
        assert!(claim_triples(sentence).is_empty(), "{sentence}");
    }
}
