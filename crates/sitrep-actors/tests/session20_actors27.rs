//! Session 20 (`actors27`): "the report" named back by the author the text
//! gave it ("a report by the IEA" … "the report said"); a member of an
//! organization that is no state body takes the organization's sector
//! ("Hezbollah commander X" a rebel, not the state's military); and
//! "House of Representatives" follows the story's state (KB rows sharing
//! the name with the US House, which stays the default).

mod common;

use common::{builtin_mentions as mentions, builtin_resolved as resolved};

/// The actor of the mention whose text is `text`, if any.
fn id_of(m: &[(String, String)], text: &str) -> Option<String> {
    m.iter().find(|(t, _)| t == text).map(|(_, id)| id.clone())
}

/// "A report by X … The report said" is X's; a report the text gave no
/// author ("The IEA met … The report said") names no one.
#[test]
fn the_report_is_its_authors() {
    let m = mentions(
        "A report by the International Energy Agency said solar capacity would double. The report said China led the growth.",
    );
    assert_eq!(
        id_of(&m, "The report").as_deref(),
        Some("international-energy-agency"),
        "{m:?}"
    );
    let m = mentions(
        "The International Energy Agency met in Paris on Monday. The report said China led the growth.",
    );
    assert_eq!(id_of(&m, "The report"), None, "{m:?}");
}

/// "X reported … the report" is the outlet's; "the report cited by Y"
/// names its own source, so no outlet named before is meant.
#[test]
fn the_report_of_an_outlet_that_reported() {
    let m = mentions(
        "Bloomberg News reported on Friday that WeWork faces scrutiny from regulators. WeWork declined to comment on the report.",
    );
    assert_eq!(
        id_of(&m, "the report").as_deref(),
        Some("bloomberg"),
        "{m:?}"
    );
    let m = mentions(
        "Bloomberg News reported on Friday that WeWork faces scrutiny. People familiar with the report cited by CNN said it was accurate.",
    );
    assert_eq!(id_of(&m, "the report"), None, "{m:?}");
}

/// "the IEA's report" and "the IEA report" give the author; "a report on
/// the IEA" does not.
#[test]
fn possessive_and_compound_authors() {
    let m = mentions(
        "The International Energy Agency's report was published on Monday. The report said demand would peak.",
    );
    assert_eq!(
        id_of(&m, "The report").as_deref(),
        Some("international-energy-agency"),
        "{m:?}"
    );
    let m = mentions(
        "Analysts wrote a report on the International Energy Agency. The report said demand would peak.",
    );
    assert_eq!(id_of(&m, "The report"), None, "{m:?}");
}

/// "Hezbollah commander Ali Karaki" (a name the KB lacks) is a member of
/// the armed group (LBN REB), not Lebanon's military; "Israeli commander
/// X" stays the state's military.
#[test]
fn member_of_a_non_state_organization_takes_its_sector() {
    let r = resolved("Hezbollah commander Ali Karaki was killed in the strike on Monday.");
    let p = r
        .iter()
        .find(|m| m.0.contains("Ali Karaki"))
        .expect("person");
    assert_eq!(
        (p.2.as_deref(), p.3.as_deref()),
        (Some("LBN"), Some("REB")),
        "{r:?}"
    );
    let r = resolved("Israeli commander Avi Barkan said the strike hit its target.");
    let p = r
        .iter()
        .find(|m| m.0.contains("Avi Barkan"))
        .expect("person");
    assert_eq!(
        (p.2.as_deref(), p.3.as_deref()),
        (Some("ISR"), Some("MIL")),
        "{r:?}"
    );
}

/// A party in government keeps the role's sector ("Likud lawmaker" is
/// ISR LEG); an opposition party's leader is OPP, not the role's GOV.
#[test]
fn party_members_by_the_partys_standing() {
    let r = resolved("Likud lawmaker Dan Illouz said he would vote against the bill.");
    let p = r
        .iter()
        .find(|m| m.0.contains("Dan Illouz"))
        .expect("person");
    assert_eq!(
        (p.2.as_deref(), p.3.as_deref()),
        (Some("ISR"), Some("LEG")),
        "{r:?}"
    );
    let r = resolved(
        "NDP deputy leader Alexandre Boulerice said the party would vote against the budget.",
    );
    let p = r
        .iter()
        .find(|m| m.0.contains("Alexandre Boulerice"))
        .expect("person");
    assert_eq!(
        (p.2.as_deref(), p.3.as_deref()),
        (Some("CAN"), Some("OPP")),
        "{r:?}"
    );
}

/// "House of Representatives" is the house of the state the story names
/// (Nigeria's, Australia's); a US story's, or one naming no state, is the
/// US House. The bare "National Assembly" then follows Nigeria's house.
#[test]
fn house_of_representatives_follows_the_story_state() {
    let m = mentions(
        "Nigeria's House of Representatives passed the bill on Tuesday. The National Assembly will now send it to President Bola Tinubu.",
    );
    assert_eq!(
        id_of(&m, "Nigeria's House of Representatives").as_deref(),
        Some("house-of-representatives-nigeria"),
        "{m:?}"
    );
    assert_eq!(
        id_of(&m, "National Assembly").as_deref(),
        Some("NGALEG"),
        "{m:?}"
    );
    let m = mentions(
        "Australia's Prime Minister Anthony Albanese said the House of Representatives would sit next week.",
    );
    assert_eq!(
        id_of(&m, "House of Representatives").as_deref(),
        Some("house-of-representatives-australia"),
        "{m:?}"
    );
    let m = mentions("The House of Representatives passed the spending bill on Tuesday.");
    assert_eq!(
        id_of(&m, "House of Representatives").as_deref(),
        Some("us-house"),
        "{m:?}"
    );
    let m = mentions(
        "President Donald Trump said the House of Representatives would vote on the bill.",
    );
    assert_eq!(
        id_of(&m, "House of Representatives").as_deref(),
        Some("us-house"),
        "{m:?}"
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
    let m = mentions(
        "The Israeli army said its jets struck targets in Lebanon on Monday. In Syria, rebels launched an offensive against government forces near Aleppo.",
    );
    assert_eq!(
        id_of(&m, "government forces").as_deref(),
        Some("SYRMIL"),
        "{m:?}"
    );
    let m = mentions(
        "Al-Shabaab fighters attacked government forces in central Somalia on Tuesday, killing five soldiers.",
    );
    assert_eq!(
        id_of(&m, "government forces").as_deref(),
        Some("SOMMIL"),
        "{m:?}"
    );
    let m = mentions("Israel struck government forces near Damascus on Monday, the monitor said.");
    assert_eq!(
        id_of(&m, "government forces").as_deref(),
        Some("SYRMIL"),
        "{m:?}"
    );
    let m = mentions(
        "Fighting between Ethiopia and Eritrea spread as rebels attacked government forces on Monday.",
    );
    assert_eq!(id_of(&m, "government forces"), None, "{m:?}");
}

/// "Government troops" opening a sentence in a story about one state are
/// its army; "the government forces its way" is a verb, no body.
#[test]
fn government_troops_and_the_verb_forces() {
    let m = mentions(
        "Sudan's army chief met envoys in Port Sudan. Government troops recaptured the town of Wad Madani from the RSF.",
    );
    assert_eq!(
        id_of(&m, "Government troops").as_deref(),
        Some("SDNMIL"),
        "{m:?}"
    );
    let m =
        mentions("Protesters in Nairobi said the government forces its way through parliament.");
    assert_eq!(id_of(&m, "government forces"), None, "{m:?}");
}

/// "Sierra Nevada Corporation" is the US company (KB row), not a Spanish
/// business through the mountain range's place alias; "the Sierra Nevada
/// foothills" is no company.
#[test]
fn sierra_nevada_corporation_is_american() {
    let m = mentions(
        "NASA selected SpaceX, Blue Origin and Sierra Nevada Corporation for the contracts.",
    );
    assert_eq!(
        id_of(&m, "Sierra Nevada Corporation").as_deref(),
        Some("sierra-nevada-corporation"),
        "{m:?}"
    );
    let m = mentions("Winds were strongest in the Sierra Nevada foothills on Sunday.");
    assert!(
        !m.iter().any(|(_, id)| id == "sierra-nevada-corporation"),
        "{m:?}"
    );
}
