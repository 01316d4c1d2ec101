//! Session 36, branch `actors38`: bare bodies named to the story's state (the state a dateline
//! and the lead agree on, even when the story names others), bare "officials" opening a clause,
//! and a descriptor coordinated with a state. Each rule has a near miss beside it; the sentences
//! are the branch's own.

use crate::common;

use common::{assert_id_exact, builtin_mentions};

#[test]
fn a_bare_government_in_a_story_whose_dateline_and_lead_name_one_state_is_that_states() {
    // The lead names a second state (its people) before "the government": the count alone
    // cannot place it, the dateline and the lead's subject agree.
    assert_id_exact(
        "LIMA - Peru will expel hundreds of foreign workers, most of them Bolivians, the \
         government said on Monday. Bolivia called the plan cruel. Bolivian unions marched \
         in La Paz.",
        "the government",
        Some("PERGOV"),
    );
}

#[test]
fn a_dateline_whose_state_the_lead_is_not_about_does_not_capture_a_bare_government() {
    // Near miss: filed from Lima, but the lead is about Bolivia: the dateline does not capture
    // the government, the count places it.
    assert_id_exact(
        "LIMA - Bolivia will expel hundreds of foreign workers, the government said on \
         Monday. Bolivia's president defended the plan.",
        "the government",
        Some("BOLGOV"),
    );
}

#[test]
fn bare_police_in_a_story_filed_from_its_state_about_it_are_its_police() {
    assert_id_exact(
        "OSLO - Norway expelled three Russian diplomats on Friday after police said they \
         had spied on a naval base. Russia said it would respond.",
        "police",
        Some("NORCOP"),
    );
    // Near miss: no dateline, two states named: the police stay unplaced.
    assert_id_exact(
        "Norway expelled three Russian diplomats on Friday after police said they had \
         spied on a naval base. Russia said it would respond.",
        "police",
        None,
    );
}

#[test]
fn the_authorities_in_a_story_filed_from_a_capital_whose_officials_it_names_are_that_states() {
    // The lead names no state; the body names the dateline's state through its officials more
    // than the one other state it names.
    assert_id_exact(
        "HAVANA - Power returned to most of the island on Sunday after a four-day \
         blackout.\n\nPresident Miguel Diaz-Canel said the blockade imposed by the United \
         States had made fuel scarce. Prime Minister Manuel Marrero Cruz announced new \
         savings measures. The authorities urged residents to save electricity.",
        "The authorities",
        Some("CUBGOV"),
    );
}

#[test]
fn a_dateline_state_the_body_names_less_than_another_places_no_bare_authorities() {
    // Near miss: the lead names no state and the body is about another state.
    assert_id_exact(
        "HAVANA - Talks ended on Sunday without a deal.\n\nPresident Claudia Sheinbaum said \
         Mexico would keep sending oil. Mexican officials said Mexico had offered more. The \
         authorities urged calm.",
        "The authorities",
        Some("MEXGOV"),
    );
}

#[test]
fn bare_officials_opening_a_clause_are_the_story_states_officials() {
    assert_id_exact(
        "NEW DELHI - India and Nepal agreed on Monday to reopen two border crossings, the \
         foreign ministry said. Officials said trade would resume within a week.",
        "Officials",
        Some("INDGOV"),
    );
    assert_id_exact(
        "NEW DELHI - India and Nepal agreed on Monday to reopen two border crossings, and \
         officials said trade would resume within a week.",
        "officials",
        Some("INDGOV"),
    );
}

#[test]
fn officials_after_a_modifier_or_before_an_affiliation_are_no_bare_body() {
    let m = builtin_mentions(
        "NEW DELHI - India and Nepal agreed on Monday to reopen two border crossings. \
         Hospital officials said the injured were stable. Officials at the school said \
         classes would resume.",
    );
    assert!(
        !m.iter()
            .any(|(surface, _)| surface == "officials" || surface == "Officials"),
        "{m:?}"
    );
}

#[test]
fn a_descriptor_coordinated_with_a_state_acts_beside_it_not_on_it() {
    // "and California" is no object of "the federal government": the government is the
    // United States' (the story's only state).
    assert_id_exact(
        "SACRAMENTO - The federal government and California have clashed in court over \
         control of the state's water projects.",
        "The federal government",
        Some("USAGOV"),
    );
    // Near miss: a state after a verb is what the descriptor acts on, not whose it is.
    assert_id_exact(
        "The regime accused France of meddling. France denied it.",
        "The regime",
        None,
    );
}

#[test]
fn a_story_filed_from_its_state_about_it_places_bare_officials_there_though_another_leads_the_count(
) {
    assert_id_exact(
        "KHARKIV - Air defence units in Kharkiv region shot down several drones overnight, \
         officials said. Russia has launched drones at the region every night this week. \
         Russia said its forces had hit military targets. Moscow gave no figures. Russian \
         officials said more strikes would follow.",
        "officials",
        Some("UKRGOV"),
    );
}

#[test]
fn bare_officials_in_a_story_naming_two_states_with_no_dateline_stay_unplaced() {
    // The count leads with Iran, but the officials may be either state's.
    assert_id_exact(
        "An assessment by the U.S. Defense Intelligence Agency found that strikes on Iran \
         set its programme back by months. Iran said its sites were intact. Iran vowed to \
         rebuild. Officials cautioned that it was an early assessment.",
        "Officials",
        None,
    );
}

#[test]
fn a_bare_government_after_another_states_body_in_its_sentence_is_not_the_story_states() {
    let text = "TEHRAN - Iran held a state funeral on Monday for a senior commander.\n\n\
         On Sunday the Iraqi parliament passed a resolution calling on the government to \
         expel foreign troops. The government also announced that Iran would enrich more \
         uranium.";
    // The one state the sentence names before it is Iraq, not the story's Iran; as the
    // subject acting on it, Iraq is not whose it is either (the older rule), so it stays
    // unplaced rather than Iran's.
    assert_id_exact(text, "the government", None);
    // Near miss: the next sentence names no state before its bare government: the story's.
    assert_id_exact(text, "The government", Some("IRNGOV"));
}

#[test]
fn bare_officials_in_a_story_with_no_leading_state_are_placed_by_no_verb_object() {
    // No dateline, no state leads the count: "in Minnesota" is where they act, not whom.
    assert_id_exact(
        "GOVERNMENTS RECAST EFFORTS.\n\nOfficials in Minnesota renamed their program. \
         The White House says the change helps.\n\nRYAN LOCHTE IN HOT WATER IN BRAZIL.\n\n\
         Brazilian police charged the American swimmer.",
        "Officials",
        None,
    );
}

#[test]
fn bare_officials_right_after_an_organization_are_its_officials_not_the_states() {
    let text = "WASHINGTON - The United States added jobs in May. The Federal Reserve held \
                rates steady. It does not want to stall growth. Officials expect two cuts \
                this year.";
    assert_id_exact(text, "Officials", None);
    // Near miss: a state named last before them leaves them the story's state's.
    let text = "WASHINGTON - The United States added jobs in May, the Labor Department said. \
                The United States grew faster than Canada. Officials expect two cuts this year.";
    assert_id_exact(text, "Officials", Some("USAGOV"));
}
