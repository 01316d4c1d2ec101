//! Session 44 (claims72): the noun "wonder" after "no" / "small", a cue
//! inside a relative clause on a telling verb's audience, a relative "that"
//! inside a question after a perception verb, a conjunction right after a
//! cue, and two families of rows (disagreement with "take issue with" /
//! "take aim at", a stance declared with "come out"). Each shape with its
//! near miss. Invented sentences.

use crate::common;

use common::claim_triples;

fn content_of(raw: &str, cue: &str) -> String {
    claim_triples(raw)
        .into_iter()
        .find(|(_, c, _)| c == cue)
        .unwrap_or_else(|| {
            panic!(
                "no claim with cue {cue:?} in {raw:?}: {:?}",
                claim_triples(raw)
            )
        })
        .2
}

fn has_cue(raw: &str, cue: &str) -> bool {
    claim_triples(raw).iter().any(|(_, c, _)| c == cue)
}

#[test]
fn no_wonder_and_small_wonder_are_the_noun() {
    // After a word that cannot be its subject, "wonder" is the noun: the
    // sentence is the writer's, and neither "no" nor "Small" speaks.
    assert!(!has_cue(
        "It is no wonder that turnout fell in the northern districts this year.",
        "wonder"
    ));
    assert!(!has_cue(
        "Small wonder that voters are angry about the new tax.",
        "wonder"
    ));
    assert!(!has_cue(
        "Little wonder the council delayed the vote again.",
        "wonder"
    ));
    // Near miss: a subject that names someone wonders.
    assert_eq!(
        content_of("Voters wonder whether the mayor will run again.", "wonder"),
        "whether the mayor will run again"
    );
    assert_eq!(
        content_of(
            "Some residents wonder why the bridge was closed for a month.",
            "wonder"
        ),
        "why the bridge was closed for a month"
    );
}

#[test]
fn a_cue_inside_the_audiences_relative_clause_leaves_the_telling_its_clause() {
    // The listeners' own verb ("who wonder") sits inside the object of
    // "tells"; the "that" after it still opens what was told.
    assert_eq!(
        content_of(
            "Mr. Bush tells voters who wonder why the war drags on that he has a plan.",
            "tells"
        ),
        "he has a plan"
    );
    // Near miss: a "that" right after the listener's verb is that verb's
    // own, and no telling of the speaker's.
    assert!(!content_of(
        "The mayor told a woman who suggested that the bridge was unsafe that the city would fix it.",
        "told"
    )
    .starts_with("the bridge was unsafe"));
    // Near miss: a cue after the audience with no relative word before it
    // is a second speech act, and the "that" is its own.
    assert_eq!(
        content_of(
            "The mayor told reporters and insisted that the bridge was safe.",
            "insisted"
        ),
        "the bridge was safe"
    );
}

#[test]
fn a_relative_inside_a_question_is_no_view() {
    // The "that" is the question's only right after its wh-word or one word
    // later; further on it opens a relative clause inside the question, and
    // a perception verb with a bare question states no view.
    assert!(!has_cue(
        "We will see what happens to the bill that the House passed.",
        "will see"
    ));
    // Near miss: a demonstrative "that" right after the wh-word keeps the
    // question as what is known.
    assert_eq!(
        content_of("They knew what that meant for the town.", "knew"),
        "what that meant for the town"
    );
}

#[test]
fn a_conjunction_right_after_the_cue_closes_its_clause() {
    // "are promising but that lack …": the adjective "promising" has no
    // object; the "that" after "but" opens the next relative clause.
    assert!(!has_cue(
        "The grant funds programs that the charities believe are promising but that lack staff to run them.",
        "are promising"
    ));
    // Near miss: the verb "promising" with its infinitive.
    assert_eq!(
        content_of(
            "The senator is promising to cut taxes for small firms.",
            "is promising"
        ),
        "to cut taxes for small firms"
    );
}

#[test]
fn taking_issue_with_and_aim_at_name_what_is_disputed() {
    assert_eq!(
        content_of(
            "The senator took issue with the court's ruling on the new map.",
            "took issue with"
        ),
        "the court's ruling on the new map"
    );
    assert_eq!(
        content_of(
            "Ms. Warren is taking aim at the big banks.",
            "is taking aim at"
        ),
        "the big banks"
    );
    // Near miss: a subject that names no one aims at a place.
    assert!(!has_cue(
        "The storm took aim at the southern coast overnight.",
        "took aim at"
    ));
}

#[test]
fn coming_out_for_or_against_a_policy_is_a_stated_position() {
    assert_eq!(
        content_of(
            "The governor came out against the new ban on plastic bags.",
            "came out against"
        ),
        "the new ban on plastic bags"
    );
    assert_eq!(
        content_of(
            "Senator Graham has come out in support of the reform bill.",
            "has come out in support of"
        ),
        "the reform bill"
    );
    // Near miss: no proposition, policy or candidate after it.
    assert!(!has_cue(
        "The miners came out against all odds after three days underground.",
        "came out against"
    ));
}

#[test]
fn pledged_before_delegates_names_a_kind_of_delegate() {
    assert!(!has_cue(
        "Clinton won more pledged delegates than her rival in the spring.",
        "pledged"
    ));
    assert!(!has_cue(
        "She holds a large pledged delegate lead over the senator.",
        "pledged"
    ));
    // Near miss: the verb with its infinitive is a promise.
    assert_eq!(
        content_of(
            "Clinton pledged to raise the minimum wage in her first year.",
            "pledged"
        ),
        "to raise the minimum wage in her first year"
    );
}
