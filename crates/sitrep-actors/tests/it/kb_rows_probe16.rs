//! Rows of the built-in KB added from the session 15 probe (branch probe16),
//! each checked on a news sentence of the pattern it fixes: officials named
//! by title and name now carry their state (the role + name rule alone gave
//! them none), the Chinese coast guard spelled in lower case is the KB's
//! body (not a generic "military" of China), "Ministry of Defence" spelled
//! out is the military's body, and companies, parties and people the wires
//! name resolve instead of leaving a speaker with no actor.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

/// (id, country, sector) of the first mention whose text contains `surface`.
fn actor_at(text: &str, surface: &str) -> Option<(String, Option<String>, Option<String>)> {
    common::builtin_resolved(text)
        .into_iter()
        .find(|(s, ..)| s.contains(surface))
        .map(|(_, id, c, s)| (id, c, s))
}

#[test]
fn officials_named_by_title_carry_their_state() {
    for (text, surface, id, country) in [
        (
            "Vice Foreign Minister Sun Weidong lodged stern representations with Japan.",
            "Sun Weidong",
            "sun-weidong",
            "CHN",
        ),
        (
            "Foreign Ministry spokesperson Lin Jian said Japan would suffer a defeat.",
            "Lin Jian",
            "lin-jian",
            "CHN",
        ),
        (
            "Spokesman Jay Tarriela said the ship had fired water cannon.",
            "Jay Tarriela",
            "jay-tarriela",
            "PHL",
        ),
        (
            "Solicitor General John Sauer argued that the tariffs were not taxes.",
            "John Sauer",
            "john-sauer",
            "USA",
        ),
    ] {
        let (got, c, _) = actor_at(text, surface).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(got, id, "{text}");
        assert_eq!(c.as_deref(), Some(country), "{text}");
    }
}

#[test]
fn a_ruling_party_spokesman_is_of_the_government_sector() {
    let text = "Omer Celik, spokesman for Erdogan's AK Party, said the decision was a step.";
    let (id, c, s) = actor_at(text, "Omer Celik").expect("a mention");
    assert_eq!(id, "omer-celik");
    assert_eq!(c.as_deref(), Some("TUR"));
    assert_eq!(s.as_deref(), Some("GOV"));
}

#[test]
fn the_imf_chief_economist_is_of_the_imf_not_of_the_story_state() {
    let text = "IMF chief economist Pierre-Olivier Gourinchas said the U.S. economy would slow.";
    let (id, c, s) = actor_at(text, "Gourinchas").expect("a mention");
    assert_eq!(id, "pierre-olivier-gourinchas");
    assert_eq!(c, None);
    assert_eq!(s.as_deref(), Some("IGO"));
}

#[test]
fn the_chinese_coast_guard_in_lower_case_is_the_coast_guard_body() {
    let text = "Spokesman Jay Tarriela said the Chinese coast guard had fired water cannon. \
                China's coast guard said it had expelled the Philippine vessels.";
    common::assert_id_at(text, "Chinese coast guard", Some("china-coast-guard"));
    common::assert_id_at(text, "China's coast guard", Some("china-coast-guard"));
    // Near miss: another state's coast guard stays that state's military.
    let text = "Japan's coast guard said it had tracked the ships.";
    common::assert_id_at(text, "coast guard", Some("JPNMIL"));
}

#[test]
fn a_spelled_out_ministry_of_defence_is_the_military_body() {
    let text = "Qatar's Ministry of Defence said its air defences intercepted the missiles.";
    let found = common::builtin_resolved(text);
    assert!(
        found
            .iter()
            .any(|(s, id, ..)| s == "Qatar's Ministry of Defence" && id == "QATMIL"),
        "{found:?}"
    );
    // Near miss: another ministry stays the government's.
    let text = "Qatar's Ministry of Foreign Affairs said talks would resume.";
    common::assert_id_at(text, "Ministry", Some("QATGOV"));
}

#[test]
fn companies_parties_and_people_the_wires_name_resolve() {
    for (text, surface, id) in [
        (
            "Lukoil later said it would sell its international assets.",
            "Lukoil",
            "lukoil",
        ),
        (
            "British maritime security firm Ambrey said the ship had been sailing to Singapore.",
            "Ambrey",
            "ambrey",
        ),
        (
            "The pro-Kurdish DEM Party welcomed the announcement.",
            "DEM Party",
            "dem-party",
        ),
        (
            "The decision followed a call by the group's jailed founder Abdullah Ocalan.",
            "Ocalan",
            "abdullah-ocalan",
        ),
        (
            "Simion initially refused to concede, accusing France of meddling. \
             George Simion leads the nationalist AUR.",
            "Simion",
            "george-simion",
        ),
        (
            "Steve Witkoff and Jared Kushner helped negotiate the agreement.",
            "Jared Kushner",
            "jared-kushner",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

/// (id, sector) of the first mention containing `surface` in a story
/// published on `date`.
fn sector_on(text: &str, surface: &str, date: &str) -> Option<(String, Option<String>)> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(date));
    found
        .mentions
        .iter()
        .find(|m| layer.text[m.start..m.end].contains(surface))
        .map(|m| {
            let a = &found.actors[m.actor];
            (a.id.clone(), a.sector.clone())
        })
}

#[test]
fn a_party_is_in_government_or_opposition_as_it_was_on_the_story_date() {
    let text = "Britain's Conservative Party said it would cut taxes.";
    for (date, sector) in [("2019-12-13", "GOV"), ("2025-11-20", "OPP")] {
        assert_eq!(
            sector_on(text, "Conservative Party", date),
            Some(("uk-conservatives".to_string(), Some(sector.to_string()))),
            "{date}"
        );
    }
    let text = "South Korea's People Power Party rejected the bill.";
    for (date, sector) in [("2024-12-05", "GOV"), ("2025-11-20", "OPP")] {
        assert_eq!(
            sector_on(text, "People Power Party", date),
            Some(("people-power-party".to_string(), Some(sector.to_string()))),
            "{date}"
        );
    }
    let text = "The Republican Party said it would hold the Senate.";
    for (date, sector) in [
        ("2015-06-01", "OPP"),
        ("2022-06-01", "OPP"),
        ("2025-11-20", "GOV"),
    ] {
        assert_eq!(
            sector_on(text, "Republican Party", date),
            Some(("us-republican-party".to_string(), Some(sector.to_string()))),
            "{date}"
        );
    }
}
