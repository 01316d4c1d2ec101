//! Session 32, branch `actors34`: bodies the Phoenix dictionary filed as people are bodies, a
//! surname two people share stays with the one named first, and the Dalai Lama is a person
//! known by a title. Each rule has a near miss beside it.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_record::ActorKind;
use sitrep_text::{normalize, TextLayer};

/// (surface, id, kind) of every mention of `text` with the built-in KB.
fn kinds(text: &str) -> Vec<(String, String, ActorKind)> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(common::PUBLISHED));
    found
        .mentions
        .iter()
        .map(|m| {
            let a = &found.actors[m.actor];
            (layer.text[m.start..m.end].to_string(), a.id.clone(), a.kind)
        })
        .collect()
}

#[track_caller]
fn assert_kind_at(text: &str, surface: &str, id: &str, kind: ActorKind) {
    let found = kinds(text);
    assert!(
        found
            .iter()
            .any(|(t, i, k)| t.contains(surface) && i == id && *k == kind),
        "{surface} as {id} ({kind:?}) in {found:?}"
    );
}

#[test]
fn a_rebel_group_phoenix_filed_as_a_person_is_an_armed_group() {
    assert_kind_at(
        "Fighters of Ahrar al-Sham said they had taken two villages near Idlib.",
        "Ahrar al-Sham",
        "ahrar-al-sham",
        ActorKind::ArmedGroup,
    );
    assert_kind_at(
        "The Tawhid Brigade withdrew from the city's northern districts.",
        "Tawhid Brigade",
        "tawhid-brigade",
        ActorKind::ArmedGroup,
    );
}

#[test]
fn a_state_body_phoenix_filed_as_a_person_is_an_organization() {
    assert_kind_at(
        "The Kosovo Security Force will take part in the exercise.",
        "Kosovo Security Force",
        "kosova-security-force",
        ActorKind::Organization,
    );
    assert_kind_at(
        "The Intelligence Community assessed that the strike was deliberate.",
        "Intelligence Community",
        "us-intelligence-community",
        ActorKind::Organization,
    );
}

#[test]
fn a_body_named_as_a_curated_body_goes_to_that_body() {
    // "United States Congress" was a Phoenix person row; the curated `congress` row now names it.
    common::assert_id_at(
        "The United States Congress passed the bill on Friday.",
        "United States Congress",
        Some("congress"),
    );
    common::assert_id_at(
        "The Revolutionary Guard said it had seized a tanker.",
        "Revolutionary Guard",
        Some("irgc"),
    );
}

#[test]
fn a_person_listed_under_a_group_is_no_name_of_the_group() {
    // Phoenix listed the group's leader and a committee among a body's names.
    common::assert_no_actor(
        "Abu Muhammad al Joulani met tribal elders on Sunday.",
        "jabhat-al-nusra",
    );
    // A committee Phoenix listed under Congress is its own body.
    common::assert_id_at(
        "The House Armed Services Committee will hold a hearing on Tuesday.",
        "Armed Services Committee",
        Some("house-armed-services-committee"),
    );
    common::assert_no_actor(
        "John Kirby told reporters the talks would continue.",
        "united-states-military",
    );
}

#[test]
fn the_joint_chiefs_are_their_own_body() {
    common::assert_id_at(
        "The Joint Chiefs of Staff said the drills would go ahead.",
        "Joint Chiefs",
        Some("us-joint-chiefs"),
    );
}

#[test]
fn a_shared_surname_stays_with_the_person_named_first() {
    let text = "Former President Rodrigo Duterte was arrested on Tuesday. His daughter, \
                Vice President Sara Duterte, condemned the arrest. Duterte later asked what \
                crime he had committed.";
    let found = common::builtin_mentions(text);
    assert!(
        found
            .iter()
            .any(|(t, id)| t == "Duterte" && id == "rodrigo-duterte"),
        "{found:?}"
    );
    // Named in full, the second bearer keeps her own name.
    assert!(
        found
            .iter()
            .any(|(t, id)| t.contains("Sara Duterte") && id == "sara-duterte"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(t, id)| t.contains("Sara") && id == "rodrigo-duterte"),
        "{found:?}"
    );
}

#[test]
fn a_shared_surname_names_nobody_when_neither_bearer_is_introduced_as_a_relative() {
    // Two bearers named side by side, neither as the other's relative: either may be meant.
    let text = "Senator Maria Lopez and Governor Carlos Lopez met in Austin on Monday. Lopez \
                said the talks went well.";
    let found = common::builtin_mentions(text);
    assert!(!found.iter().any(|(t, _)| t == "Lopez"), "{found:?}");
}

#[test]
fn a_possessive_before_an_article_or_preposition_introduces_no_relative() {
    // "his memory of Bill Clinton" names Bill Clinton in a phrase of its own, not as a relative.
    let text = "Hillary Clinton spoke in Ohio. A voter recalled his memory of Bill Clinton \
                fondly. Clinton thanked the crowd.";
    let found = common::builtin_mentions(text);
    assert!(!found.iter().any(|(t, _)| t == "Clinton"), "{found:?}");
}

#[test]
fn a_shared_surname_goes_to_the_daughter_when_her_father_is_introduced_as_a_relative() {
    let text = "Vice President Sara Duterte was impeached by the House on Wednesday. Her \
                father, former president Rodrigo Duterte, is held in The Hague. Duterte said \
                the vote was political.";
    let found = common::builtin_mentions(text);
    assert!(
        found
            .iter()
            .any(|(t, id)| t == "Duterte" && id == "sara-duterte"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(t, id)| t == "Duterte" && id == "rodrigo-duterte"),
        "{found:?}"
    );
}

#[test]
fn the_dalai_lama_is_a_stateless_religious_person() {
    let text = "The Dalai Lama said on Wednesday that his successor would be born in a free \
                country.";
    assert_kind_at(text, "Dalai Lama", "dalai-lama", ActorKind::Person);
    let resolved = common::builtin_resolved(text);
    let lama = resolved
        .iter()
        .find(|(_, id, ..)| id == "dalai-lama")
        .expect("the Dalai Lama is named");
    assert_eq!(lama.2, None, "no state: {resolved:?}");
    assert_eq!(lama.3.as_deref(), Some("REL"), "{resolved:?}");
    // A lama of another title is not he.
    common::assert_no_actor(
        "The Panchen Lama addressed a meeting in Beijing.",
        "dalai-lama",
    );
}
