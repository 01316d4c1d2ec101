//! Session 41 (claims66): a stated position is a claim. A `position` verb
//! ("supports", "offered", "refused", "announced") reports a stance when its
//! object is a proposition or a policy-type noun phrase, or in election news
//! a candidate; with any other object, or as a passive, it is an act. Each
//! shape with its near miss. Invented sentences and actors.

use crate::common;

use common::{claim_triples, kb_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
ana-sol\tperson\tAna Sol\tFRE\tGOV\t\t\t\tSol
";

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
fn support_for_a_proposition_is_a_claim_and_for_a_group_an_act() {
    assert_eq!(
        content_of("The senator supports raising the minimum wage.", "supports"),
        "raising the minimum wage"
    );
    assert_eq!(
        content_of(
            "The mayor supported the plan to widen the old bridge.",
            "supported"
        ),
        "the plan to widen the old bridge"
    );
    assert!(!has_cue(
        "The neighbouring state supports the rebels in the north.",
        "supports"
    ));
    assert!(!has_cue(
        "The charity supported families after the flood.",
        "supported"
    ));
}

#[test]
fn an_offer_or_refusal_to_act_is_a_claim_and_of_a_thing_an_act() {
    assert!(content_of("The minister offered to resign on Monday.", "offered").contains("resign"));
    assert!(!has_cue(
        "The minister offered a helicopter to the rescuers.",
        "offered"
    ));
    assert!(content_of("The senator refused to rule out a run.", "refused").contains("rule out"));
    assert!(!has_cue("The senator refused the medal.", "refused"));
}

#[test]
fn an_announced_plan_is_a_claim_and_an_announced_result_is_not() {
    assert!(content_of(
        "The company announced plans to close the plant.",
        "announced"
    )
    .contains("plans to close the plant"));
    assert!(content_of(
        "The governor announced his candidacy in March.",
        "announced"
    )
    .contains("his candidacy"));
    assert!(!has_cue(
        "The company announced a record profit.",
        "announced"
    ));
}

#[test]
fn a_person_backed_is_a_candidacy_only_in_election_news() {
    let kb = kb_of(ACTORS);
    let election = "Ahead of the primary, the union supported Ana Sol.";
    assert!(
        speakers_in(&kb, election)
            .iter()
            .any(|(_, _, cue)| cue == "supported"),
        "{:?}",
        speakers_in(&kb, election)
    );
    let relief = "After the flood, the union supported Ana Sol with food.";
    assert!(!speakers_in(&kb, relief)
        .iter()
        .any(|(_, _, cue)| cue == "supported"));
    // A military campaign or a presidential palace makes no election news.
    let war = "During the bombing campaign, the presidential guard backed Ana Sol.";
    assert!(!speakers_in(&kb, war)
        .iter()
        .any(|(_, _, cue)| cue == "backed"));
}

#[test]
fn a_backing_passive_is_no_claim() {
    assert!(!has_cue(
        "The militia, backed by a neighbouring state, raising taxes at the border, took the town.",
        "backed"
    ));
    assert!(!has_cue(
        "The plan to raise the wage is supported by the union.",
        "is supported"
    ));
}

#[test]
fn a_view_is_a_claim_and_a_sight_is_not() {
    assert_eq!(
        content_of(
            "Many voters see the senator as the stronger candidate.",
            "see"
        ),
        "the senator as the stronger candidate"
    );
    assert!(!has_cue(
        "The senator saw the parade from the balcony.",
        "saw"
    ));
    assert!(
        content_of("The senator feels the deal is unfair.", "feels").contains("the deal is unfair")
    );
    assert!(!has_cue("The senator feels tired after the trip.", "feels"));
}

#[test]
fn a_relative_that_inside_the_object_opens_no_content() {
    assert_eq!(
        content_of(
            "The board has refused to punish schools that break the rules.",
            "has refused"
        ),
        "to punish schools that break the rules"
    );
    assert!(!has_cue(
        "The senator backed away from a suggestion that he might run.",
        "backed"
    ));
}
