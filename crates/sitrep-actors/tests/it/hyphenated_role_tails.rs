//! Session 24 (`actors26`): a role joined by a hyphen to a `role-suffix`
//! tail is read whole. "Ukraine's commander-in-chief, Oleksandr Syrskyi" is
//! the person, not "Ukraine's commander" (the army); "German
//! Chancellor-in-waiting Friedrich Merz" is Merz, not the sitting
//! chancellor. "Ukraine's General Staff" is the army's command, one body.

use crate::common;

use common::{builtin_mentions as mentions, builtin_resolved};

#[test]
fn commander_in_chief_before_a_name_is_the_person() {
    let text = "Ukraine's commander-in-chief, Oleksandr Syrskyi, said the situation near \
Pokrovsk was difficult.";
    let m = mentions(text);
    assert!(
        m.iter().any(
            |(t, id)| t == "Ukraine's commander-in-chief, Oleksandr Syrskyi"
                && id == "oleksandr-syrskyi"
        ),
        "{m:?}"
    );
    assert!(m.iter().all(|(_, id)| id != "UKRMIL"), "{m:?}");
}

#[test]
fn a_role_in_waiting_before_a_name_is_that_person_not_the_holder() {
    let text = "German Chancellor-in-waiting Friedrich Merz said the strike on Sumy was a \
serious war crime.";
    let m = mentions(text);
    assert!(
        m.iter()
            .any(|(t, id)| t == "German Chancellor-in-waiting Friedrich Merz"
                && id == "friedrich-merz"),
        "{m:?}"
    );
    assert!(
        m.iter()
            .all(|(_, id)| id != "olaf-scholz" && id != "DEUGOV"),
        "{m:?}"
    );
}

#[test]
fn president_elect_before_a_name_is_the_person_with_that_role() {
    let text = "President-elect Donald Trump said he would meet the delegation.";
    let (found, layer_text) = {
        let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
        let layer = sitrep_text::TextLayer::new(sitrep_text::normalize(text));
        let found = sitrep_actors::find_actors(&layer, &kb, Some("2024-12-01"));
        (found, layer.text.clone())
    };
    let trump = found
        .actors
        .iter()
        .position(|a| a.id == "donald-trump")
        .unwrap_or_else(|| panic!("{:?}", found.actors));
    assert_eq!(found.actors[trump].role.as_deref(), Some("president-elect"));
    let m = found
        .mentions
        .iter()
        .find(|m| m.actor == trump)
        .expect("a mention");
    assert_eq!(&layer_text[m.start..m.end], "President-elect Donald Trump");
}

/// A future office with no name after it names no sitting holder: on 14
/// April 2025 Olaf Scholz was Germany's chancellor, and "Germany's
/// chancellor-in-waiting" is not he.
#[test]
fn a_role_in_waiting_without_a_name_is_not_the_sitting_holder() {
    let text = "Germany's chancellor-in-waiting said the strike on Sumy was a serious war crime.";
    let ids = ids_on(text, "2025-04-14");
    assert!(!ids.iter().any(|id| id == "olaf-scholz"), "{ids:?}");
    // Without the tail, the role is the sitting chancellor's.
    let ids = ids_on(
        "Germany's chancellor said the strike was a war crime.",
        "2025-04-14",
    );
    assert!(ids.iter().any(|id| id == "olaf-scholz"), "{ids:?}");
}

/// The actor ids of the mentions of `text` published on `date`.
fn ids_on(text: &str, date: &str) -> Vec<String> {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
    let layer = sitrep_text::TextLayer::new(sitrep_text::normalize(text));
    let found = sitrep_actors::find_actors(&layer, &kb, Some(date));
    found
        .mentions
        .iter()
        .map(|m| found.actors[m.actor].id.clone())
        .collect()
}

#[test]
fn a_general_staff_is_the_states_military_command() {
    let r = builtin_resolved("Ukraine's General Staff said 61 Russian attacks were repelled.");
    assert!(
        r.iter().any(|m| m.0 == "Ukraine's General Staff"
            && m.2.as_deref() == Some("UKR")
            && m.3.as_deref() == Some("MIL")),
        "{r:?}"
    );
    let m = mentions(
        "Russia's chief of general staff, Valery Gerasimov, said the region had been liberated.",
    );
    assert!(m.iter().any(|(_, id)| id == "valery-gerasimov"), "{m:?}");
}
