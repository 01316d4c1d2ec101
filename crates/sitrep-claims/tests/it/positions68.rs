//! Session 42 (claims68): positions and views read more narrowly and a little
//! wider. A position participle that modifies a noun keeps only its object;
//! a bare clause after a position or perception verb needs its own subject; a
//! court's or police body's refusal to act is an act of its office; an "as"
//! predicate makes a position or a likening verb ("cast", "regards") a view;
//! broad or one-campaign policy nouns were dropped. Each shape with its near
//! miss. Invented sentences.

use crate::common;

use common::claim_triples;

/// The (cue, content) pairs of `raw`'s claims.
fn cues_and_contents(raw: &str) -> Vec<(String, String)> {
    claim_triples(raw)
        .into_iter()
        .map(|(_, cue, content)| (cue, content))
        .collect()
}

fn has_cue(raw: &str, cue: &str) -> bool {
    cues_and_contents(raw).iter().any(|(c, _)| c == cue)
}

fn content_of(raw: &str, cue: &str) -> String {
    cues_and_contents(raw)
        .into_iter()
        .find(|(c, _)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?} in {raw:?}"))
        .1
}

#[test]
fn a_participle_after_its_noun_keeps_only_its_object() {
    // The sentence's own predicate ("have pointed", "began") is no part of
    // what the participle's noun supports.
    assert_eq!(
        content_of(
            "Lawmakers supporting the new bill have pointed to the budget office.",
            "supporting"
        ),
        "the new bill"
    );
    // An appositive after a comma closes the object at that comma.
    assert_eq!(
        content_of(
            "A committee backing the reform plan, the Fair Wages Group, has spent heavily.",
            "backing"
        ),
        "the reform plan"
    );
    // A list with its coordinator runs to the predicate.
    assert_eq!(
        content_of(
            "Groups backing the ban, the levy and the new tax have spent heavily.",
            "backing"
        ),
        "the ban, the levy and the new tax"
    );
    // Near miss: the participle as the sentence's verb after an auxiliary
    // keeps the clause that follows its object.
    assert!(content_of(
        "The senators are supporting the bill because it would cut taxes.",
        "are supporting"
    )
    .contains("because it would cut taxes"));
}

#[test]
fn a_bare_clause_after_a_view_or_position_needs_a_subject() {
    // "saw had no clue": the verb right after the cue has no subject.
    assert!(!has_cue(
        "The man he first saw had no clue about the storm.",
        "first saw"
    ));
    assert!(!has_cue(
        "The loan the council has backed will be repaid next year.",
        "has backed"
    ));
    // Near miss: a clause with its own subject is the view.
    assert!(
        content_of("The senator knew the plan was doomed.", "knew").contains("the plan was doomed")
    );
}

#[test]
fn a_court_or_police_refusal_to_act_is_an_act() {
    assert!(!has_cue(
        "A federal judge refused to release the documents.",
        "refused"
    ));
    assert!(!has_cue(
        "The police refused to drop the charges against the driver.",
        "refused"
    ));
    // Near miss: a politician's refusal is a stated position.
    assert!(content_of(
        "The senator refused to drop his demands on the budget.",
        "refused"
    )
    .contains("drop his demands"));
}

#[test]
fn an_as_predicate_makes_a_position_or_likening_verb_a_view() {
    assert_eq!(
        content_of(
            "Republicans are supporting the delay as a blow to the tax.",
            "are supporting"
        ),
        "the delay as a blow to the tax"
    );
    assert_eq!(
        content_of(
            "The senator cast her rival as a friend of the banks.",
            "cast"
        ),
        "her rival as a friend of the banks"
    );
    assert!(content_of(
        "The council regards the old harbour as its most precious asset.",
        "regards"
    )
    .contains("the old harbour as its most precious asset"));
    // A possessive name after "as" is the predicate's own (lead's review).
    assert!(content_of(
        "The council regards Vienna as Austria's most precious asset.",
        "regards"
    )
    .contains("Vienna as Austria's most precious asset"));
    // Near misses: an "as" before a name opens a clause; no "as", no view.
    assert!(!has_cue(
        "The state is backing the government as the Allied League arms the rebels.",
        "is backing"
    ));
    assert!(!has_cue("The senator cast doubt on the figures.", "cast"));
    assert!(!has_cue(
        "The volunteers painted the school before the storm.",
        "painted"
    ));
    assert!(!has_cue(
        "The charity is supporting the families after the flood.",
        "is supporting"
    ));
}

#[test]
fn broad_and_one_campaign_nouns_are_no_policy() {
    // "approach", "bid", "wall", "amnesty" are no policy nouns any more.
    assert!(!has_cue(
        "The coach offered a new approach to the team.",
        "offered"
    ));
    assert!(!has_cue(
        "The builders backed the wall along the river.",
        "backed"
    ));
    // Near miss: a plan is.
    assert!(content_of("The coach offered a new plan to the team.", "offered").contains("plan"));
}

#[test]
fn a_verb_particle_belongs_to_the_cue() {
    assert_eq!(
        content_of(
            "The senator called out the ministry for its delays.",
            "called out"
        ),
        "the ministry for its delays"
    );
    assert!(has_cue(
        "The minister wrote back that the delays were over.",
        "wrote back"
    ));
    // Near miss: without the particle the verb is its own cue.
    assert!(has_cue(
        "The senator called the delays a scandal.",
        "called"
    ));
}
