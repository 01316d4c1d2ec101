//! Session 20 (`actors27`): "the report" named back by the author the text
//! gave it ("a report by the IEA" … "the report said"); a member of an
//! organization that is no state body takes the organization's sector
//! ("Hezbollah commander X" a rebel, not the state's military); and
//! "House of Representatives" follows the story's state (KB rows sharing
//! the name with the US House, which stays the default).

use crate::common;

use common::{assert_id_exact, assert_no_actor, assert_placed_at};

/// "A report by X … The report said" is X's; a report the text gave no
/// author ("The IEA met … The report said") names no one.
#[test]
fn the_report_is_its_authors() {
    assert_id_exact(
        "A report by the International Energy Agency said solar capacity would double. The report said China led the growth.",
        "The report",
        Some("international-energy-agency"),
    );
    assert_id_exact(
        "The International Energy Agency met in Paris on Monday. The report said China led the growth.",
        "The report",
        None,
    );
}

/// "X reported … the report" is the outlet's; "the report cited by Y"
/// names its own source, so no outlet named before is meant.
#[test]
fn the_report_of_an_outlet_that_reported() {
    assert_id_exact(
        "Bloomberg News reported on Friday that WeWork faces scrutiny from regulators. WeWork declined to comment on the report.",
        "the report",
        Some("bloomberg"),
    );
    assert_id_exact(
        "Bloomberg News reported on Friday that WeWork faces scrutiny. People familiar with the report cited by CNN said it was accurate.",
        "the report",
        None,
    );
}

/// "the IEA's report" and "the IEA report" give the author; "a report on
/// the IEA" does not.
#[test]
fn possessive_and_compound_authors() {
    assert_id_exact(
        "The International Energy Agency's report was published on Monday. The report said demand would peak.",
        "The report",
        Some("international-energy-agency"),
    );
    assert_id_exact(
        "Analysts wrote a report on the International Energy Agency. The report said demand would peak.",
        "The report",
        None,
    );
}

/// "Hezbollah commander Ali Karaki" (a name the KB lacks) is a member of
/// the armed group (LBN REB), not Lebanon's military; "Israeli commander
/// X" stays the state's military.
#[test]
fn member_of_a_non_state_organization_takes_its_sector() {
    assert_placed_at(
        "Hezbollah commander Ali Karaki was killed in the strike on Monday.",
        "Ali Karaki",
        "LBN",
        "REB",
    );
    assert_placed_at(
        "Israeli commander Avi Barkan said the strike hit its target.",
        "Avi Barkan",
        "ISR",
        "MIL",
    );
}

/// A party in government keeps the role's sector ("Likud lawmaker" is
/// ISR LEG); an opposition party's leader is OPP, not the role's GOV.
#[test]
fn party_members_by_the_partys_standing() {
    assert_placed_at(
        "Likud lawmaker Dan Illouz said he would vote against the bill.",
        "Dan Illouz",
        "ISR",
        "LEG",
    );
    assert_placed_at(
        "NDP deputy leader Alexandre Boulerice said the party would vote against the budget.",
        "Alexandre Boulerice",
        "CAN",
        "OPP",
    );
}

/// "House of Representatives" is the house of the state the story names
/// (Nigeria's, Australia's); a US story's, or one naming no state, is the
/// US House. The bare "National Assembly" then follows Nigeria's house.
#[test]
fn house_of_representatives_follows_the_story_state() {
    const NIGERIA: &str = "Nigeria's House of Representatives passed the bill on Tuesday. The National Assembly will now send it to President Bola Tinubu.";
    assert_id_exact(
        NIGERIA,
        "Nigeria's House of Representatives",
        Some("house-of-representatives-nigeria"),
    );
    assert_id_exact(NIGERIA, "National Assembly", Some("NGALEG"));
    assert_id_exact(
        "Australia's Prime Minister Anthony Albanese said the House of Representatives would sit next week.",
        "House of Representatives",
        Some("house-of-representatives-australia"),
    );
    assert_id_exact(
        "The House of Representatives passed the spending bill on Tuesday.",
        "House of Representatives",
        Some("us-house"),
    );
    assert_id_exact(
        "President Donald Trump said the House of Representatives would vote on the bill.",
        "House of Representatives",
        Some("us-house"),
    );
}

/// "government forces" named bare is the army of the state its sentence
/// names, places and armed groups included ("near Aleppo", "Al-Shabaab
/// … in central Somalia"), never the army named before (Israel's, the
/// other side's); the clause's acting state is left out ("Israel struck
/// government forces near Damascus" is Syria's); a sentence naming two
/// states leaves it unplaced.
#[test]
fn government_forces_are_the_sentences_state() {
    assert_id_exact(
        "The Israeli army said its jets struck targets in Lebanon on Monday. In Syria, rebels launched an offensive against government forces near Aleppo.",
        "government forces",
        Some("SYRMIL"),
    );
    assert_id_exact(
        "Al-Shabaab fighters attacked government forces in central Somalia on Tuesday, killing five soldiers.",
        "government forces",
        Some("SOMMIL"),
    );
    assert_id_exact(
        "Israel struck government forces near Damascus on Monday, the monitor said.",
        "government forces",
        Some("SYRMIL"),
    );
    assert_id_exact(
        "Fighting between Ethiopia and Eritrea spread as rebels attacked government forces on Monday.",
        "government forces",
        None,
    );
}

/// "Government troops" opening a sentence in a story about one state are
/// its army; "the government forces its way" is a verb, no body.
#[test]
fn government_troops_and_the_verb_forces() {
    assert_id_exact(
        "Sudan's army chief met envoys in Port Sudan. Government troops recaptured the town of Wad Madani from the RSF.",
        "Government troops",
        Some("SDNMIL"),
    );
    assert_id_exact(
        "Protesters in Nairobi said the government forces its way through parliament.",
        "government forces",
        None,
    );
}

/// "Sierra Nevada Corporation" is the US company (KB row), not a Spanish
/// business through the mountain range's place alias; "the Sierra Nevada
/// foothills" is no company.
#[test]
fn sierra_nevada_corporation_is_american() {
    assert_id_exact(
        "NASA selected SpaceX, Blue Origin and Sierra Nevada Corporation for the contracts.",
        "Sierra Nevada Corporation",
        Some("sierra-nevada-corporation"),
    );
    assert_no_actor(
        "Winds were strongest in the Sierra Nevada foothills on Sunday.",
        "sierra-nevada-corporation",
    );
}
