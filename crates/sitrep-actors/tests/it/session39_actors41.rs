//! Session 39, branch `actors41`: every US state of a coordinated list that acts is its own
//! government, and so are "Texas officials" and "the state of Texas" acting; US news's
//! abbreviated titles ("Gov.", "Sen.", "Rep.") name the person after them. The sentences are the
//! branch's own; each rule has near misses beside it.

use crate::common;

use common::{assert_id_exact, assert_placed_exact, builtin_mentions, surfaces_of};

#[test]
fn every_state_of_a_coordinated_list_acting_is_its_government() {
    let two = "California and Texas sued the administration on Monday.";
    assert_id_exact(two, "California", Some("usa-state-ca"));
    assert_id_exact(two, "Texas", Some("usa-state-tx"));
    let three = "Texas, Oklahoma and Louisiana sued the agency over the rule.";
    assert_id_exact(three, "Texas", Some("usa-state-tx"));
    assert_id_exact(three, "Oklahoma", Some("usa-state-ok"));
    assert_id_exact(three, "Louisiana", Some("usa-state-la"));
    // With a comma before the "and", and after a clause opener.
    let serial = "The rule failed, and Oregon, Nevada, and Arizona have challenged it.";
    assert_id_exact(serial, "Oregon", Some("usa-state-or"));
    assert_id_exact(serial, "Nevada", Some("usa-state-nv"));
    assert_id_exact(serial, "Arizona", Some("usa-state-az"));
}

#[test]
fn a_list_of_states_as_a_place_or_without_its_and_stays_the_united_states() {
    // Inside a locative phrase, no member acts (the last one did before).
    let located = "Officials in Texas and Oklahoma said the roads were closed.";
    assert_id_exact(located, "Texas", Some("USA"));
    assert_id_exact(located, "Oklahoma", Some("USA"));
    // Commas alone join no states ("Texas, Oklahoma" is no list).
    let commas = "Texas, Oklahoma sued the agency.";
    assert_id_exact(commas, "Texas", Some("USA"));
    assert_id_exact(commas, "Oklahoma", Some("USA"));
    // A list with no act after it.
    let idle = "California and Texas have large ports.";
    assert_id_exact(idle, "California", Some("USA"));
    assert_id_exact(idle, "Texas", Some("USA"));
    // A list whose first member is a country: the states stay places.
    let mixed = "Mexico, Texas and California signed the water pact.";
    assert_id_exact(mixed, "Texas", Some("USA"));
}

#[test]
fn a_state_owns_its_officials_and_acts_as_the_state_of_it() {
    assert_id_exact(
        "Nebraska officials said the bridge would reopen in May.",
        "Nebraska officials",
        Some("usa-state-ne"),
    );
    assert_id_exact(
        "Idaho's authorities declined to comment on the audit.",
        "Idaho's authorities",
        Some("usa-state-id"),
    );
    assert_id_exact(
        "The state of Montana sued the agency over the grazing rule.",
        "Montana",
        Some("usa-state-mt"),
    );
    assert_id_exact(
        "The agency filed a suit against the State of Montana on Friday.",
        "Montana",
        Some("usa-state-mt"),
    );
}

#[test]
fn a_state_s_other_bodies_and_its_places_stay_the_united_states() {
    // Another sector of the state is the United States' (no state body of it in the KB).
    assert_placed_exact(
        "Nebraska police arrested two men near the border.",
        "Nebraska police",
        "USA",
        "COP",
    );
    // "the state of" after a locative word, or after a noun, is a place.
    assert_id_exact(
        "Floods hit farms in the state of Montana last week.",
        "Montana",
        Some("USA"),
    );
    assert_id_exact(
        "A senator from the state of Montana said the vote was close.",
        "Montana",
        Some("USA"),
    );
    // No act after it: the place.
    assert_id_exact(
        "The state of Montana is larger than Japan.",
        "Montana",
        Some("USA"),
    );
}

#[test]
fn an_abbreviated_title_names_the_person_after_it() {
    let text = "Gov. Dana Whitcombe said the budget was balanced. Rep. Lyle Oduya and \
                Sen. Mara Quist disagreed. Lt. Gov. Tobin Reyes said nothing. Whitcombe left.";
    let found = builtin_mentions(text);
    for (surface, id) in [
        ("Gov. Dana Whitcombe", "dana-whitcombe"),
        ("Rep. Lyle Oduya", "lyle-oduya"),
        ("Sen. Mara Quist", "mara-quist"),
        ("Lt. Gov. Tobin Reyes", "tobin-reyes"),
    ] {
        assert!(
            found.iter().any(|(s, i)| s == surface && i == id),
            "{surface}: {found:?}"
        );
    }
    assert_placed_exact(
        "Ohio Gov. Dana Whitcombe said the budget was balanced.",
        "Ohio Gov. Dana Whitcombe",
        "USA",
        "GOV",
    );
    // The lieutenant governor is no army lieutenant.
    assert_placed_exact(
        "Ohio Lt. Gov. Tobin Reyes said nothing.",
        "Ohio Lt. Gov. Tobin Reyes",
        "USA",
        "GOV",
    );
    // A person named in full under two titles is still the bearer of the bare surname.
    let twice = "Ohio Sen. Mara Quist spoke first. Senator Mara Quist (D-Ohio) spoke again. \
                 Quist then left.";
    assert_eq!(
        surfaces_of(twice, "mara-quist"),
        ["Ohio Sen. Mara Quist", "Senator Mara Quist", "Quist"]
    );
}

#[test]
fn an_abbreviated_title_is_never_apposed_after_a_name() {
    // "Donald Trump, Sen. Graham": the title opens the next name, it does not describe Trump.
    let found =
        builtin_mentions("He backed Donald Trump, Sen. Graham has said, and the party followed.");
    assert!(
        !found
            .iter()
            .any(|(s, i)| s.starts_with("Sen.") && i == "donald-trump"),
        "{found:?}"
    );
}

#[test]
fn an_unnamed_military_court_or_a_court_acting_in_the_present_is_a_court() {
    let story = "Pakistan's opposition leader was arrested in Lahore on Monday. \
                 A military court sentenced him to ten years. \
                 An appeals court pauses the order. Pakistan's army said it would appeal.";
    assert_placed_exact(story, "military court", "PAK", "JUD");
    assert_placed_exact(story, "appeals court", "PAK", "JUD");
}

#[test]
fn a_court_modifying_another_noun_makes_no_court_mention() {
    // A plural noun after the court is no act of it ("court records", "court fees").
    let story = "Pakistan's opposition leader was arrested in Lahore on Monday. \
                 A court records clerk was questioned. Pakistan's army said it would appeal.";
    let found = builtin_mentions(story);
    assert!(!found.iter().any(|(s, _)| s.contains("court")), "{found:?}");
}

#[test]
fn the_rok_is_south_korea() {
    assert_id_exact(
        "Pyongyang accused the ROK of staging provocations near the border.",
        "ROK",
        Some("KOR"),
    );
    // Inside a longer word it is no acronym.
    let found = builtin_mentions("The ROKAF jets landed on Tuesday.");
    assert!(!found.iter().any(|(_, i)| i == "KOR"), "{found:?}");
}
