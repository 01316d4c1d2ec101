//! Session 39, branch `actors41`: every US state of a coordinated list that acts is its own
//! government. The sentences are the branch's own; each rule has near misses beside it.

mod common;

use common::assert_id_exact;

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
