//! Session 45 (claims74): what a person recalls (a noun or gerund object
//! of "recalled", `memory` in cues.tsv) and other forms of verbs the cue
//! file has. Each shape with its near miss. Invented sentences.

use crate::common;

use common::{assert_contents, claim_triples, content_of_cue};

fn has_cue(raw: &str, cue: &str) -> bool {
    claim_triples(raw).iter().any(|(_, c, _)| c == cue)
}

#[test]
fn a_person_recalling_a_thing_or_a_time_is_a_claim() {
    assert_contents(&[
        (
            "The senator paused and recalled the figure of a father sitting alone in the firehouse.",
            "recalled",
            "the figure of a father sitting alone in the firehouse",
        ),
        (
            "He recalled his neighbour's generosity toward the city's food bank.",
            "recalled",
            "his neighbour's generosity toward the city's food bank",
        ),
        (
            "The director recalled sitting in on focus groups during the campaign.",
            "recalled",
            "sitting in on focus groups during the campaign",
        ),
        // A wh-clause is what was recalled too.
        (
            "The lawmaker recalled what happened in the last election.",
            "recalled",
            "what happened in the last election",
        ),
    ]);
}

#[test]
fn recalling_an_envoy_or_a_count_of_goods_is_an_act() {
    for raw in [
        "The minister recalled the country's ambassador after the vote.",
        "The carmaker recalled 2 million cars over faulty brakes.",
        "The firm recalled thousands of heaters last winter.",
        // A body's memory is no claim either: "it" stands for one.
        "It recalled the batteries in March.",
    ] {
        assert!(!has_cue(raw, "recalled"), "{raw}: {:?}", claim_triples(raw));
    }
    // A that-clause stays content whoever recalls.
    assert_eq!(
        content_of_cue(
            "It recalled that the batteries had failed twice.",
            "recalled"
        )
        .as_deref(),
        Some("the batteries had failed twice")
    );
}

#[test]
fn other_forms_of_lexicon_verbs_are_cues_with_their_rows_flags() {
    assert_contents(&[
        (
            "The memo continues that the agency had failed to act.",
            "continues",
            "the agency had failed to act",
        ),
        (
            "The envoy repeated the new sanctions would hurt ordinary people.",
            "repeated",
            "the new sanctions would hurt ordinary people",
        ),
        (
            "The mayor is questioning whether the plan can work.",
            "is questioning whether",
            "the plan can work",
        ),
    ]);
    // Near misses: each row keeps its flags. "continues" needs a
    // that-clause, "repeated" a clause (before a noun it is an adjective:
    // "repeated episodes"); "offering" has no row ("the initial public
    // offering to New York").
    for (raw, cue) in [
        ("The rain continues into the night.", "continues"),
        (
            "The firm lost out on the initial public offering to New York.",
            "offering",
        ),
        (
            "The lawmaker in Congress repeated episodes of abuse.",
            "repeated",
        ),
    ] {
        assert!(!has_cue(raw, cue), "{raw}: {:?}", claim_triples(raw));
    }
}

#[test]
fn a_networks_show_before_its_title_is_no_cue() {
    for raw in [
        "The crowd cheered for Jane Roe, star of the TLC reality show “Cake Boss.”",
        "The comedian, who hosts the popular weekly show “Last Week Tonight,” was angry.",
        "The activist, who hosts an MSNBC show and runs a charity, arrived late.",
    ] {
        assert!(!has_cue(raw, "show"), "{raw}: {:?}", claim_triples(raw));
    }
    // The noun "show" is no other speech act before a "that": the content
    // of "said" opens after it.
    assert_eq!(
        content_of_cue(
            "Stephens said on the MSNBC show \"Morning Joe\" that the party had become a joke.",
            "said"
        )
        .as_deref(),
        Some("the party had become a joke")
    );
    // Near misses: evidence that shows, after a plain or a kind-of-show noun.
    assert_contents(&[
        (
            "Polls show that the race is tight.",
            "show",
            "the race is tight",
        ),
        (
            "Another slide shows that most avocados are grown in Mexico.",
            "shows",
            "most avocados are grown in Mexico",
        ),
    ]);
}

#[test]
fn a_cue_in_a_fronted_clause_says_only_what_comes_before_the_main_clause() {
    assert_contents(&[
        // A sentence opening with "And" before the subordinator.
        (
            "And although they haven't said they back the governor, many other members of the party are angry.",
            "haven't said",
            "they back the governor",
        ),
        // The main clause's subject: a quantifier, a pronoun with its
        // contracted auxiliary, a name after a title's abbreviation.
        (
            "Although the mayor said the budget was balanced, several council members disagreed.",
            "said",
            "the budget was balanced",
        ),
        (
            "And while the governor has argued the tax code is unfair, he's sought to protect his own breaks.",
            "has argued",
            "the tax code is unfair",
        ),
        (
            "While his advisers have suggested his best role is as a convert, Mr. Lee is also determined to speak.",
            "have suggested",
            "his best role is as a convert",
        ),
    ]);
    // Near miss: a list's commas inside the content stay in it.
    assert_contents(&[(
        "When the minister said prices, wages and rents would rise, the markets fell.",
        "said",
        "prices, wages and rents would rise",
    )]);
}

/// Review item of session 44: the "come out against" rows keep `position`
/// (no `named` flag). A subject that names someone, a crowd included,
/// states a position against a policy; a crowd turning out against a war
/// (no policy noun) reads as no claim.
#[test]
fn coming_out_against_a_policy_is_a_position_and_against_a_war_is_none() {
    assert_contents(&[
        (
            "The senator came out against the ban on Tuesday.",
            "came out against",
            "the ban",
        ),
        (
            "Thousands of protesters came out against the ban on Saturday.",
            "came out against",
            "the ban",
        ),
    ]);
    let raw = "Thousands came out against the war on Saturday.";
    assert!(
        !has_cue(raw, "came out against"),
        "{:?}",
        claim_triples(raw)
    );
}
