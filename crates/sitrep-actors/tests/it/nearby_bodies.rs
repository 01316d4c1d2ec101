//! A bare body ("the army", "the police") or a state's neutral descriptor
//! ("the government") in a story that names several states: the one state
//! its paragraph names (or, when it names none before it, the paragraph
//! before) places it; two states there, or only a city, leave it unplaced.
//! Inline KB rows, written for these tests.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tplace:Jenin
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
";

const ROLES: &str = "phrase\tsector\tnumber
army\tMIL\tgroup
military\tMIL\tgroup
police\tCOP\tgroup
troops\tMIL\tgroup
";

fn kb() -> Kb {
    common::inline_kb(ACTORS, ROLES)
}

/// The actor id of the mention whose text is exactly `text`, if any.
fn id_of(raw: &str, text: &str) -> Option<String> {
    let layer = TextLayer::new(normalize(raw));
    let doc = find_actors(&layer, &kb(), Some("2025-06-15"));
    doc.mentions
        .iter()
        .find(|m| &layer.text[m.start..m.end] == text)
        .map(|m| doc.actors[m.actor].id.clone())
}

#[test]
fn a_bare_body_is_the_one_state_named_just_before() {
    // Jordan and Egypt are named in the story, but only Israel in the
    // paragraph of "The army".
    let text = "Jordan and Egypt condemned the raid on Sunday.\n\nIsrael struck targets near Jenin on Monday. The army said two militants were killed.";
    assert_eq!(id_of(text, "army").as_deref(), Some("ISRMIL"));
    // A paragraph naming no state before the body: the paragraph before.
    let text = "Jordan and Egypt condemned the raid on Sunday.\n\nRussia detained two men in Moscow on Monday.\n\nThe police said they were spies.";
    assert_eq!(id_of(text, "police").as_deref(), Some("RUSCOP"));
}

#[test]
fn a_bare_body_after_two_states_or_a_city_alone_stays_unplaced() {
    let text =
        "Russia launched drones at Ukraine overnight. The military said it shot down 40 of them.";
    assert_eq!(id_of(text, "military"), None);
    // A city is where things happened, not whose army acted.
    let text = "Jordan and Egypt condemned the raid on Sunday.\n\nClashes erupted near Jenin on Monday. The army said two militants were killed.";
    assert_eq!(id_of(text, "army"), None);
    // Its paragraph names two states, or the paragraph before does.
    let text = "Jordan condemned the raid.\n\nIsrael struck targets on Monday, and Egypt called for calm. The army said two militants were killed.";
    assert_eq!(id_of(text, "army"), None);
    let text = "Jordan condemned the raid.\n\nIsrael struck targets on Monday, and Egypt called for calm.\n\nThe army said two militants were killed.";
    assert_eq!(id_of(text, "army"), None);
}

#[test]
fn the_government_is_the_one_state_named_just_before() {
    // France and Germany are named as often: no state dominates the story.
    let text = "France and Germany agreed on a plan. French officials welcomed it.\n\nBerlin will host the next round. The government said it would pay for it.";
    assert_eq!(id_of(text, "The government").as_deref(), Some("DEUGOV"));
    let text =
        "France and Germany agreed on a plan in Paris. The government said it would pay for it.";
    assert_eq!(id_of(text, "The government"), None);
}

/// Every (surface, id, country, role) of `raw` with the built-in KB.
fn builtin_mentions(raw: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(raw));
    let doc = find_actors(&layer, &kb, Some("2025-06-15"));
    doc.mentions
        .iter()
        .map(|m| {
            let a = &doc.actors[m.actor];
            (
                layer.text[m.start..m.end].to_string(),
                a.id.clone(),
                a.country.clone(),
                a.role.clone(),
            )
        })
        .collect()
}

#[test]
fn an_unknown_name_apposed_to_a_person_role_is_a_new_person() {
    let found = builtin_mentions(
        "Mgeme Kalilani, a spokesperson for the ministry, said the talks would resume.",
    );
    assert_eq!(
        found
            .first()
            .map(|(s, id, _, role)| (s.as_str(), id.as_str(), role.as_deref())),
        Some(("Mgeme Kalilani", "mgeme-kalilani", Some("spokesperson"))),
        "{found:?}"
    );
    // After a verb of saying, and with the owner's state.
    let found = builtin_mentions(
        "The talks with Zambia will resume, said Mgeme Kalilani, a spokesman for the Malawian presidency.",
    );
    assert!(
        found.iter().any(|(s, id, c, _)| s == "Mgeme Kalilani"
            && id == "mgeme-kalilani"
            && c.as_deref() == Some("MWI")),
        "{found:?}"
    );
    // Near misses: a place before the comma, and no closing comma.
    let found = builtin_mentions("In New York, a spokesman for the mayor said the plan was ready.");
    assert!(
        found.iter().all(|(_, id, ..)| id != "new-york"),
        "{found:?}"
    );
    let found = builtin_mentions("Mgeme Kalilani, a spokesman said the plan was ready.");
    assert!(
        found.iter().all(|(_, id, ..)| id != "mgeme-kalilani"),
        "{found:?}"
    );
    // A role word that only modifies ("the company's chief operating
    // officer") or names a firm ("Sierra Nevada Corporation (SNC)") heads
    // no apposition.
    let found = builtin_mentions(
        "Marco Villa, the company's chief operating officer, said the lander was ready.",
    );
    assert!(
        found.iter().all(|(_, id, ..)| id != "marco-villa"),
        "{found:?}"
    );
    let found = builtin_mentions(
        "NASA picked five firms: Blue Origin, Ceres Robotics, Sierra Nevada Corporation (SNC) and SpaceX.",
    );
    assert!(
        found.iter().all(|(_, id, ..)| id != "ceres-robotics"),
        "{found:?}"
    );
}

#[test]
fn his_spokesman_serves_the_state_of_the_person_named_before() {
    // Zambia is named, and its leaders are whom Mutharika met: the
    // spokesman is his, so Malawi's.
    let found = builtin_mentions(
        "Malawi's President Peter Mutharika met Zambia's leaders on Monday. His spokesman, Mgeme Kalilani, said the president would attend.",
    );
    let spokesman = found.iter().find(|(_, id, ..)| id == "mgeme-kalilani");
    assert_eq!(
        spokesman.and_then(|(_, _, c, _)| c.as_deref()),
        Some("MWI"),
        "{found:?}"
    );
    // Two persons of two states before the pronoun: neither's.
    let found = builtin_mentions(
        "Malawi's President Peter Mutharika met Zambia's President Hakainde Hichilema on Monday. His spokesman, Mgeme Kalilani, said the talks went well.",
    );
    let spokesman = found.iter().find(|(_, id, ..)| id == "mgeme-kalilani");
    assert_ne!(
        spokesman.and_then(|(_, _, c, _)| c.as_deref()),
        Some("MWI"),
        "{found:?}"
    );
}

#[test]
fn his_skips_a_woman_named_before_and_her_a_man() {
    // Two persons of two states, but "His" cannot be Mary Chanda: the
    // spokesman is Mutharika's, Malawi's.
    let text = |pronoun: &str| {
        format!(
            "Malawi's President Peter Mutharika met Zambia's Foreign Minister Mary Chanda on Monday. {pronoun} spokesman, Mgeme Kalilani, said the talks went well."
        )
    };
    let state_of_spokesman = |raw: &str| {
        let found = builtin_mentions(raw);
        let spokesman = found.iter().find(|(_, id, ..)| id == "mgeme-kalilani");
        (spokesman.and_then(|(_, _, c, _)| c.clone()), found)
    };
    let (state, found) = state_of_spokesman(&text("His"));
    assert_eq!(state.as_deref(), Some("MWI"), "{found:?}");
    let (state, found) = state_of_spokesman(&text("Her"));
    assert_eq!(state.as_deref(), Some("ZMB"), "{found:?}");
}

#[test]
fn a_states_authorities_are_its_government() {
    // "authorities" is a role phrase of the built-in KB (the plural of
    // "authority"): the demonym before it makes the government sector.
    let found = builtin_mentions("Lebanese authorities said 20 people were killed in Beirut.");
    assert!(
        found
            .iter()
            .any(|(t, id, ..)| t == "Lebanese authorities" && id == "LBNGOV"),
        "{found:?}"
    );
}
