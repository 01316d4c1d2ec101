//! Session 27 (`actors29`): legislatures named bare in a story about
//! another state, and a state's delegates named "representatives of" it.

use crate::common;

use common::assert_id_exact;

#[test]
fn bare_congress_in_a_story_on_another_state_is_that_states() {
    assert_id_exact(
        "LIMA - Peruvian President Jose Jeri said on Tuesday he would ask Congress to \
approve the budget before the end of the month.",
        "Congress",
        Some("PERLEG"),
    );
}

#[test]
fn a_bare_house_of_representatives_in_a_story_on_another_state_is_that_states() {
    assert_id_exact(
        "Nepal's president dissolved the House of Representatives on Friday and called \
elections for March.",
        "House of Representatives",
        Some("NPLLEG"),
    );
}

/// Near miss: with the United States named before, bare "Congress" stays
/// the US Congress.
#[test]
fn bare_congress_after_the_united_states_is_named_stays_american() {
    assert_id_exact(
        "Ukraine's president said on Monday he hoped the United States would keep its \
support. He urged Congress to pass the aid package quickly.",
        "Congress",
        Some("congress"),
    );
}

/// Near miss: in a story on the United States itself, Congress is its own.
#[test]
fn bare_congress_in_an_american_story_stays_american() {
    assert_id_exact(
        "President Donald Trump said on Friday that Congress would vote on the bill next week.",
        "Congress",
        Some("congress"),
    );
}

#[test]
fn representatives_of_a_state_are_its_delegates() {
    assert_id_exact(
        "The two prime ministers met in Kuala Lumpur. Representatives of the United States \
and China were present.",
        "Representatives of the United States",
        Some("USAGOV"),
    );
}

/// Near miss: "U.S. representatives" before the role stay legislators.
#[test]
fn a_states_representatives_named_before_stay_legislators() {
    assert_id_exact(
        "Several U.S. representatives criticised the plan on Wednesday.",
        "Several U.S. representatives",
        Some("USALEG"),
    );
}
