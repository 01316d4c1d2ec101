//! Session 43 (claims70): promises as stated positions, a few speech and
//! stance rows PolNeAR annotates (recalling, envision, wonder, pushed for,
//! supportive of), a show named by its kind as no cue, and an
//! indirect question holding a "that" read as the content. Each shape with
//! its near miss. Invented sentences.

use crate::common;

use common::claim_triples;

/// The (cue, content) pairs of `raw`'s claims.
fn cues_and_contents(raw: &str) -> Vec<(String, String)> {
    claim_triples(raw)
        .into_iter()
        .map(|(_, cue, content)| (cue, content))
        .collect()
}

fn content_of(raw: &str, cue: &str) -> String {
    cues_and_contents(raw)
        .into_iter()
        .find(|(c, _)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?} in {raw:?}"))
        .1
}

fn has_cue(raw: &str, cue: &str) -> bool {
    cues_and_contents(raw).iter().any(|(c, _)| c == cue)
}

#[test]
fn a_promise_to_act_is_a_stated_position() {
    // As "vowed to" and "pledged to" already were: the promise is a claim
    // (the promised act stays a future event, sitrep-events).
    assert_eq!(
        content_of(
            "The senator promised to build a new bridge over the river.",
            "promised"
        ),
        "to build a new bridge over the river"
    );
    assert_eq!(
        content_of(
            "The mayor has promised to cut fares before the election.",
            "has promised"
        ),
        "to cut fares before the election"
    );
    assert_eq!(
        content_of("Her campaign promises to end the tax on tips.", "promises"),
        "to end the tax on tips"
    );
    assert_eq!(
        content_of(
            "He spoke for an hour, promising to lower tuition for every student.",
            "promising"
        ),
        "to lower tuition for every student"
    );
    // Near misses: a promise of a thing is a gift, not a stand; the base
    // form before an infinitive is mostly a noun or a forecast ("looming
    // retirements promise to swell costs").
    assert!(!has_cue(
        "The mayor promised the children a picture.",
        "promised"
    ));
    assert!(!has_cue(
        "Rising retirements promise to swell the cost of pensions.",
        "promise"
    ));
}

#[test]
fn recalling_takes_a_noun_object_or_a_question() {
    assert_eq!(
        content_of(
            "The farmer spoke slowly, recalling a visit to his church by the governor.",
            "recalling"
        ),
        "a visit to his church by the governor"
    );
    assert_eq!(
        content_of(
            "The aide went on, recalling how the last campaign had ended.",
            "recalling"
        ),
        "how the last campaign had ended"
    );
}

#[test]
fn envisioning_with_a_named_holder_is_a_view() {
    assert_eq!(
        content_of(
            "Many party leaders can envision a contested convention this summer.",
            "can envision"
        ),
        "a contested convention this summer"
    );
    // Near miss: no one named holds the view.
    assert!(!has_cue(
        "The plans envision a contested convention this summer.",
        "envision"
    ));
}

#[test]
fn wondering_takes_a_question_or_its_topic() {
    assert_eq!(
        content_of(
            "Voters are wondering whether the senator will run again.",
            "are wondering"
        ),
        "whether the senator will run again"
    );
    assert_eq!(
        content_of(
            "Some donors wonder about the cost of the new program.",
            "wonder about"
        ),
        "the cost of the new program"
    );
    // Near miss: "wonder" as a noun is no cue.
    assert!(cues_and_contents("The bridge is a wonder of modern engineering.").is_empty());
}

#[test]
fn pushing_for_a_measure_is_a_stated_position() {
    assert_eq!(
        content_of(
            "The police union also pushed for a ban on the devices.",
            "also pushed for"
        ),
        "a ban on the devices"
    );
    assert_eq!(
        content_of(
            "The governor is pushing for a higher minimum wage.",
            "is pushing for"
        ),
        "a higher minimum wage"
    );
    // Near miss: the noun "push for" is no cue.
    assert!(
        !cues_and_contents("His unyielding push for lower taxes cost him the race.")
            .iter()
            .any(|(c, _)| c.contains("push"))
    );
}

#[test]
fn supportive_of_a_policy_is_a_stated_position() {
    assert_eq!(
        content_of(
            "The mayor is supportive of the new housing plan.",
            "is supportive of"
        ),
        "the new housing plan"
    );
    // Near miss: supportive of a person outside election news is no stand.
    assert!(
        !cues_and_contents("The nurses were supportive of the patients.")
            .iter()
            .any(|(c, _)| c.contains("supportive"))
    );
}

#[test]
fn a_show_named_by_its_kind_is_no_cue() {
    for raw in [
        "Speaking on radio show Morning Hour last week, the singer said the album was done.",
        "The annual award show has been televised since 2010.",
        "She starred in the TV show for six years.",
        "The morning show drew record ratings.",
    ] {
        assert!(
            !cues_and_contents(raw).iter().any(|(c, _)| c == "show"),
            "{raw}: {:?}",
            cues_and_contents(raw)
        );
    }
    // Near misses: what polls and records show stays a claim.
    assert_eq!(
        content_of("Polls show the race is tight.", "show"),
        "the race is tight"
    );
    assert_eq!(
        content_of("Court records show the firm paid no tax.", "show"),
        "the firm paid no tax"
    );
}

#[test]
fn a_that_inside_an_indirect_question_belongs_to_the_question() {
    assert_eq!(
        content_of("Parents know how tempting that can be.", "know"),
        "how tempting that can be"
    );
    assert_eq!(
        content_of(
            "I don't see how that can be good for the economy.",
            "don't see"
        ),
        "how that can be good for the economy"
    );
    // Near misses: a plain that-clause opens at "that"; a question with no
    // "that" after a perception verb stays no view.
    assert_eq!(
        content_of("We know that the vote is lost.", "know"),
        "the vote is lost"
    );
    assert!(!has_cue("We will see what happens next.", "will see"));
}
