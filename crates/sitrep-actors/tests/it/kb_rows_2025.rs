//! Rows of the built-in KB added from the session 14 probe (branch data15),
//! each checked on a news sentence of the pattern it fixes: bare "Congo" is
//! the DR Congo, an acting "Brussels" the EU, "company" and "corporation"
//! are group roles (no person), "paramilitary" is no role of a state's army,
//! and Moldova's "Patriotic Bloc" is a party; with them, "pro-" or "anti-"
//! hyphened before a demonym names an allegiance, not the state.

use crate::common;

use common::PUBLISHED;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_record::ActorKind;
use sitrep_text::{normalize, TextLayer};

/// (mention text, actor id) in text order.
fn mentions(text: &str) -> Vec<(String, String)> {
    common::builtin_mentions(text)
}

#[test]
fn bare_congo_is_the_dr_congo_and_the_republic_of_the_congo_is_not() {
    let text = "Congo said the M23 rebels had not withdrawn from Goma.";
    common::assert_id_at(text, "Congo", Some("COD"));
    // (Since session 43 "Congo" is also the Republic of the Congo's name: a
    // town of the DRC in the story picks the DRC, nothing picks neither.)
    let text = "Congo's government accused Rwanda of backing the rebels near Goma.";
    common::assert_id_at(text, "Congo", Some("CODGOV"));
    // Near miss: the other Congo under its own name.
    let text = "The Republic of the Congo held a presidential election on Sunday.";
    common::assert_id_at(text, "Congo", Some("COG"));
}

#[test]
fn an_acting_brussels_is_the_european_union() {
    let text = "Kobakhidze accused Brussels of blackmail over the visa rules.";
    common::assert_id_at(text, "Brussels", Some("eu"));
    // Near miss: Belgium's own name stays Belgium.
    let text = "Belgium summoned the Russian ambassador on Monday.";
    common::assert_id_at(text, "Belgium", Some("BEL"));
}

#[test]
fn a_company_before_its_name_is_no_person() {
    let kb = Kb::builtin().expect("built-in KB loads");
    let raw = "WeWork agreed to a rescue by its largest shareholder, Japanese technology \
               investment company SoftBank Group Corp, last month.";
    let layer = TextLayer::new(normalize(raw));
    let found = find_actors(&layer, &kb, Some(PUBLISHED));
    let people: Vec<&str> = found
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .map(|a| a.name.as_str())
        .collect();
    assert!(people.is_empty(), "no person in {raw:?}, got {people:?}");
    // The demonym before the company still names its state.
    assert!(found.actors.iter().any(|a| a.id == "JPN"));
}

#[test]
fn a_paramilitary_force_gives_the_state_army_no_mention() {
    let text = "Sudan has been at war since April 2023. The paramilitary Rapid Support \
                Forces seized the city of El Fasher on Sunday.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id == "SDNMIL"),
        "no Sudanese army in {found:?}"
    );
    assert!(found.iter().any(|(_, id)| id == "rapid-support-forces"));
    // Near miss: the army named as such is still Sudan's.
    let text = "Sudan's army fought the paramilitary Rapid Support Forces in Darfur.";
    common::assert_id_at(text, "army", Some("SDNMIL"));
}

#[test]
fn moldovas_patriotic_bloc_is_a_party_not_russia() {
    let text = "The pro-Russian Patriotic Bloc said it would contest the results.";
    common::assert_id_at(text, "Patriotic Bloc", Some("moldova-patriotic-bloc"));
}

#[test]
fn a_pro_or_anti_demonym_is_an_allegiance_not_the_state() {
    let text = "The pro-Russian Patriotic Bloc said it would contest the results.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id.starts_with("RUS")),
        "no Russia in {found:?}"
    );
    let text = "Thousands joined anti-Iran protests in the capital on Friday.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id.starts_with("IRN")),
        "no Iran in {found:?}"
    );
    // Near misses: a demonym after another hyphened word ("Russian-backed"
    // comes after the name) and a plain demonym stay the state.
    let text = "Russian-backed forces shelled the town. Russian officials denied it.";
    let found = mentions(text);
    assert!(
        found.iter().any(|(_, id)| id.starts_with("RUS")),
        "{found:?}"
    );
    let text = "A Franco-German plan was presented in Brussels.";
    let found = mentions(text);
    assert!(found.iter().any(|(_, id)| id == "DEU"), "{found:?}");
}
