//! Session 35, branch `actors37`: mentions that are none (a sea named after a state, a national
//! team's coach, "the general public", "the party line"), a community's leader who holds no
//! government office, and a bare body placed by the capital named after it. Each rule has a near miss beside it; the sentences are the
//! branch's own.

use crate::common;

use common::{assert_id_exact, assert_no_actor, builtin_resolved, surfaces_of};

/// The sector of the first mention reading exactly `surface`.
fn sector_of(text: &str, surface: &str) -> Option<String> {
    let r = builtin_resolved(text);
    r.iter()
        .find(|m| m.0 == surface)
        .unwrap_or_else(|| panic!("no mention {surface:?} in {r:?}"))
        .3
        .clone()
}

#[test]
fn a_sea_or_ocean_named_after_a_state_is_no_mention_of_the_state() {
    assert_no_actor(
        "The capsule splashed down in the Indian Ocean two hours after launch.",
        "IND",
    );
    assert_no_actor(
        "Coast guard cutters patrolled the Philippine Sea for a week.",
        "PHL",
    );
}

#[test]
fn a_demonym_before_a_lower_case_noun_still_names_the_state() {
    assert_eq!(
        surfaces_of("Indian officials said the ocean was calm.", "INDGOV"),
        ["Indian officials"]
    );
    assert_eq!(
        surfaces_of("Indian ships crossed the ocean in May.", "IND"),
        ["Indian"]
    );
}

#[test]
fn a_state_before_a_national_team_coach_or_striker_names_the_team_member_not_the_state() {
    assert_no_actor(
        "Portugal coach Roberto Martinez said his squad had earned the draw.",
        "PRT",
    );
    assert_no_actor(
        "Brazil striker Joao Pedro Lima scored twice before half-time.",
        "BRA",
    );
}

#[test]
fn a_national_team_named_by_its_state_and_a_ship_captain_keep_the_state() {
    assert_eq!(
        surfaces_of("Portugal beat Croatia 2-1 in the final.", "PRT"),
        ["Portugal"]
    );
    assert_eq!(
        surfaces_of(
            "The Iranian captain of the tanker was detained in port.",
            "IRN"
        ),
        ["Iranian"]
    );
}

#[test]
fn a_role_word_before_the_noun_it_modifies_names_no_one_back() {
    let text = "Director-General Tedros Adhanom Ghebreyesus spoke in Geneva. He said the risk to the general public was low.";
    assert_eq!(
        surfaces_of(text, "tedros-adhanom"),
        ["Director-General Tedros Adhanom Ghebreyesus"]
    );
    let text =
        "General Abdel Fattah al-Burhan toured the front. The general election was postponed.";
    assert_eq!(
        surfaces_of(text, "abdel-fattah-al-burhan"),
        ["General Abdel Fattah al-Burhan"]
    );
}

#[test]
fn a_bare_role_before_a_verb_still_names_the_holder_back() {
    let text =
        "General Abdel Fattah al-Burhan toured the front. The general said the army would hold.";
    assert_eq!(
        surfaces_of(text, "abdel-fattah-al-burhan"),
        ["General Abdel Fattah al-Burhan", "general"]
    );
}

#[test]
fn a_religious_community_or_tribal_leader_holds_no_government_office() {
    let text = "Sikh leader Baljit Singh Dhillon was attacked outside a temple near Toronto.";
    assert_eq!(
        sector_of(text, "Sikh leader Baljit Singh Dhillon").as_deref(),
        Some("REL")
    );
    let text = "Tribal leader Musa Kalim Odhiambo said the herders would not return.";
    assert_eq!(
        sector_of(text, "Tribal leader Musa Kalim Odhiambo").as_deref(),
        Some("CVL")
    );
}

#[test]
fn an_opposition_or_state_leader_keeps_the_sector_of_the_office() {
    let text = "Opposition leader Musa Kalim Odhiambo said the vote was rigged.";
    assert_eq!(
        sector_of(text, "Opposition leader Musa Kalim Odhiambo").as_deref(),
        Some("OPP")
    );
    let text = "Kenyan leader Musa Kalim Odhiambo said the vote was fair.";
    assert_eq!(
        sector_of(text, "Kenyan leader Musa Kalim Odhiambo").as_deref(),
        Some("GOV")
    );
}

#[test]
fn a_bare_body_followed_by_in_and_a_capital_is_the_body_of_that_capitals_state() {
    let text = "France declared an emergency in New Caledonia on Wednesday. The unrest began after the National Assembly in Paris voted for the change.";
    assert_id_exact(text, "National Assembly", Some("FRALEG"));
}

#[test]
fn a_bare_body_followed_by_in_and_a_city_that_is_no_capital_is_not_placed_by_it() {
    // Two states named, and "Lviv" is a city of one, not its seat: the city
    // says where the body met, not whose it is.
    let text =
        "Poland and Ukraine signed a grain deal on Monday. The parliament in Lviv held a session.";
    assert_no_actor(text, "UKRLEG");
}

#[test]
fn a_back_noun_before_the_noun_it_modifies_names_no_party_back() {
    let text = "The Republican Party met in Ohio on Monday. Critics of the party line spoke after the vote.";
    assert_eq!(
        surfaces_of(text, "us-republican-party"),
        ["Republican Party"]
    );
    let text = "The Republican Party met in Ohio on Monday. The party said the vote was fair.";
    assert_eq!(
        surfaces_of(text, "us-republican-party"),
        ["Republican Party", "The party"]
    );
}
