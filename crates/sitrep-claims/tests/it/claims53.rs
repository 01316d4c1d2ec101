//! Claims of session 35 (`claims53`): a declared state of affairs after a
//! few modifiers is an act, "claims" heading a compound noun is no speech
//! verb, and the narrator's appositions after a postposed cue or at a
//! content's end are no content. Each shape with its near miss. Invented
//! sentences.

use crate::common;

use common::{claim_triples, content_of_cue, triple};

#[test]
fn a_declared_state_after_modifiers_is_an_act_not_a_claim() {
    for sentence in [
        "The health agency declared a nationwide public health emergency on Tuesday.",
        "The governor declared a two-week curfew in the capital.",
        "The junta declared an immediate unilateral ceasefire.",
    ] {
        let found = claim_triples(sentence);
        assert!(found.is_empty(), "{sentence}: {found:?}");
    }
    // Near misses: a clause after the state noun, and a state noun reached
    // only through a preposition, stay what they were.
    assert_eq!(
        claim_triples("The president declared the new state had failed its citizens."),
        vec![triple(
            "The president",
            "declared",
            "the new state had failed its citizens"
        )]
    );
    assert_eq!(
        claim_triples("The minister declared that the emergency was over."),
        vec![triple("The minister", "declared", "the emergency was over")]
    );
}

#[test]
fn claims_heading_a_compound_noun_is_no_speech_verb() {
    for sentence in [
        "The cabinet wants to speed up asylum claims outside the country.",
        "Initial jobless claims rose by 12,000 last week.",
        "Beijing's territorial claims worry its neighbours.",
    ] {
        let found = claim_triples(sentence);
        assert!(
            found.iter().all(|(_, cue, _)| cue != "claims"),
            "{sentence}: {found:?}"
        );
    }
    // Near miss: a speaker before "claims" keeps the verb.
    assert_eq!(
        claim_triples("The group claims it carried out the attack."),
        vec![triple("The group", "claims", "it carried out the attack")]
    );
}

#[test]
fn an_apposition_with_a_relative_clause_after_a_postposed_cue_is_no_content() {
    assert_eq!(
        content_of_cue(
            "Sweden and Norway have agreed on fishing quotas in the Barents Sea, Norway's \
             fisheries minister said on Tuesday, a step toward ending a dispute that began in \
             2019.",
            "said"
        )
        .as_deref(),
        Some("Sweden and Norway have agreed on fishing quotas in the Barents Sea")
    );
    // Near miss: a "that" before a subject opens a reported clause, so the
    // words after the comma are no apposition and stay the cue's.
    let content = content_of_cue(
        "The mayor said on Friday, the evidence shows that the bridge was unsafe.",
        "said",
    );
    assert!(
        content
            .as_deref()
            .is_some_and(|c| c.contains("the evidence shows")),
        "{content:?}"
    );
}

#[test]
fn a_ranking_apposition_at_a_contents_end_is_the_narrators() {
    assert_eq!(
        content_of_cue(
            "The central bank governor voted against the move, saying she would have preferred \
             a smaller increase, the first dissent by a board member since 2012.",
            "saying"
        )
        .as_deref(),
        Some("she would have preferred a smaller increase")
    );
    // Near misses: after a name the apposition describes the name — no
    // ranking, though since session 36 (`claims56`) the narrator's gloss on
    // a name ending the content is cut all the same — and a rank word before
    // "of which" names part of the content.
    assert_eq!(
        content_of_cue(
            "The envoy said he had met Lee, the first diplomat to visit the island.",
            "said"
        )
        .as_deref(),
        Some("he had met Lee")
    );
    assert_eq!(
        content_of_cue(
            "Officials said the strike hit three depots, the largest of which held fuel.",
            "said"
        )
        .as_deref(),
        Some("the strike hit three depots, the largest of which held fuel")
    );
}

#[test]
fn a_postposed_conformative_as_clause_reports_the_clause_before_it() {
    assert_eq!(
        claim_triples("Grain prices rose sharply in the spring, as the farm ministry reported."),
        vec![triple(
            "the farm ministry",
            "reported",
            "Grain prices rose sharply in the spring"
        )]
    );
    // Near miss: a temporal "as" with a verb that is no conformative cue
    // reports nothing.
    let found = claim_triples("The crowd cheered, as the president spoke.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cue_in_a_fronted_adverbial_clause_governs_only_that_clause() {
    assert_eq!(
        content_of_cue(
            "When the mayor said the city had better pay, she answered: \"We will see you in \
             court.\"",
            "said"
        )
        .as_deref(),
        Some("the city had better pay")
    );
    assert_eq!(
        content_of_cue(
            "Because the minister said the deal was dead, the talks ended.",
            "said"
        )
        .as_deref(),
        Some("the deal was dead")
    );
    // Near miss: a list's commas are no end of the clause.
    assert_eq!(
        content_of_cue(
            "After Lee said prices, wages and rents would rise, the bank raised rates.",
            "said"
        )
        .as_deref(),
        Some("prices, wages and rents would rise")
    );
}
