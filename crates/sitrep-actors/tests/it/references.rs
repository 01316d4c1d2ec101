//! What a name means next to its neighbours: country names that modify a
//! dish or sit inside a person's name, owners coordinated before one role,
//! a state's body named by another state, bare "state media", and "the
//! group" / "the bloc" naming an organization mentioned just before. Inline
//! KB rows, written for these tests.

use crate::common;

use sitrep_actors::{find_actors, MentionHow};
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
CHE\tcountry\tSwitzerland\tCHE\t\t\t\t\tadj:Swiss
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tBritain|adj:British|meto:London
AUS\tcountry\tAustralia\tAUS\t\t\t\t\tadj:Australian|place:Murray
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
PER\tcountry\tPeru\tPER\t\t\t\t\tadj:Peruvian|meto:Lima
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|adj:U.S.|meto:Washington
congress\torganization\tCongress\tUSA\tLEG\t\t\t\tU.S. Congress
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN
reuters\tmedia\tReuters\t\tMED\t\t\t\t
richard-hilton\tperson\tRichard Hilton\tGBR\tGOV\tminister\t2020\t\tsurname:Hilton
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
negotiators\tGOV\tgroup
diplomats\tGOV\tgroup
troops\tMIL\tgroup
foreign ministry\tGOV\tgroup
state media\tMED\tgroup
congress\tLEG\tperson
";

fn kb() -> Kb {
    common::inline_kb(ACTORS, ROLES)
}

/// (mention text, actor id, how) in text order.
fn mentions(raw: &str) -> Vec<(String, String, MentionHow)> {
    mentions_in(&kb(), raw)
}

fn mentions_in(kb: &Kb, raw: &str) -> Vec<(String, String, MentionHow)> {
    let layer = TextLayer::new(normalize(raw));
    let doc = find_actors(&layer, kb, Some("2025-06-15"));
    for w in doc.mentions.windows(2) {
        assert!(w[0].end <= w[1].start, "overlap: {:?}", doc.mentions);
    }
    doc.mentions
        .iter()
        .map(|m| {
            (
                layer.text[m.start..m.end].to_string(),
                doc.actors[m.actor].id.clone(),
                m.how,
            )
        })
        .collect()
}

/// The actor id of the mention whose text is exactly `text`, if any.
fn id_of(found: &[(String, String, MentionHow)], text: &str) -> Option<String> {
    found
        .iter()
        .find(|(t, _, _)| t == text)
        .map(|(_, id, _)| id.clone())
}

#[test]
fn a_country_naming_a_dish_or_tableware_is_no_state() {
    let found = mentions(
        "Families sat down to a Turkey dinner served on China plates, with French fries and Swiss cheese.",
    );
    assert!(found.is_empty(), "{found:?}");
    // Near misses: the state beside the same nouns, and demonyms before
    // other nouns, are still the state.
    let found = mentions(
        "Turkey hosted a dinner for Chinese diplomats. China plans new plates of sanctions, and Swiss banks froze French assets.",
    );
    assert_eq!(id_of(&found, "Turkey").as_deref(), Some("TUR"), "{found:?}");
    assert_eq!(
        id_of(&found, "Chinese diplomats").as_deref(),
        Some("CHNGOV")
    );
    assert_eq!(id_of(&found, "China").as_deref(), Some("CHN"));
    assert_eq!(id_of(&found, "Swiss").as_deref(), Some("CHE"));
    assert_eq!(id_of(&found, "French").as_deref(), Some("FRA"));
    // A capitalized noun after the name is not the kind noun ("Turkey Dinner" in a title is other business).
    let found = mentions("The Swiss Cheese Union met officials in Turkey.");
    assert_eq!(id_of(&found, "Turkey").as_deref(), Some("TUR"), "{found:?}");
    // A leg of a trip is no dish.
    let found = mentions("The minister flew in for the Israel leg of his tour.");
    assert_eq!(id_of(&found, "Israel").as_deref(), Some("ISR"), "{found:?}");
}

#[test]
fn a_capital_inside_a_personal_name_is_the_name() {
    let found = mentions("Paris Hilton and actor Chad Smith arrived at the gala on Monday.");
    assert!(found.is_empty(), "{found:?}");
    // Near misses: the capital standing for the state, and the city as a place.
    let found =
        mentions("Paris rejected the plan, and protesters gathered in Paris and Murray on Friday.");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].2, MentionHow::Alias(sitrep_kb::AliasKind::Metonym));
    assert!(
        found[1].2.is_locative() && found[2].2.is_locative(),
        "{found:?}"
    );
}

#[test]
fn coordinated_owners_share_one_group_role() {
    let found = mentions("Israeli and Hamas negotiators met in Cairo on Sunday.");
    assert_eq!(
        id_of(&found, "Israeli").as_deref(),
        Some("ISRGOV"),
        "{found:?}"
    );
    assert_eq!(id_of(&found, "Hamas negotiators").as_deref(), Some("hamas"));
    let found = mentions("British, French and German diplomats flew to Tehran.");
    assert_eq!(
        id_of(&found, "British").as_deref(),
        Some("GBRGOV"),
        "{found:?}"
    );
    assert_eq!(id_of(&found, "French").as_deref(), Some("FRAGOV"));
    assert_eq!(id_of(&found, "German diplomats").as_deref(), Some("DEUGOV"));
    let found = mentions("Indian or Chinese troops crossed the line.");
    assert_eq!(
        id_of(&found, "Indian").as_deref(),
        Some("INDMIL"),
        "{found:?}"
    );
    // Near misses: a state's plain name before "and" is the state, and a
    // demonym that modifies another noun is not an owner of the role.
    let found = mentions("Talks were held in Turkey and Israeli negotiators said little.");
    assert_eq!(id_of(&found, "Turkey").as_deref(), Some("TUR"), "{found:?}");
    assert_eq!(
        id_of(&found, "Israeli negotiators").as_deref(),
        Some("ISRGOV")
    );
    let found = mentions("Iranian oil and Indian troops were on the agenda.");
    assert_eq!(
        id_of(&found, "Iranian").as_deref(),
        Some("IRN"),
        "{found:?}"
    );
    assert_eq!(id_of(&found, "Indian troops").as_deref(), Some("INDMIL"));
}

#[test]
fn a_body_named_for_one_state_with_another_states_owner_is_the_owners() {
    let found = mentions(
        "Peru's Congress voted to remove the president, and the Peruvian Congress met again.",
    );
    assert_eq!(
        id_of(&found, "Peru's Congress").as_deref(),
        Some("PERLEG"),
        "{found:?}"
    );
    assert_eq!(
        id_of(&found, "Peruvian Congress").as_deref(),
        Some("PERLEG")
    );
    // Near misses: the body alone, or with its own state, is the body.
    let found = mentions("Congress passed the bill, and the American Congress will vote again.");
    assert_eq!(
        id_of(&found, "Congress").as_deref(),
        Some("congress"),
        "{found:?}"
    );
    assert!(found.iter().all(|(_, id, _)| id != "USALEG"), "{found:?}");
}

#[test]
fn bare_state_media_is_the_dominant_states_media() {
    let found = mentions(
        "Iran's foreign ministry rejected the charges. Tehran said the sanctions were illegal. State media said the president would travel.",
    );
    assert_eq!(
        id_of(&found, "State media").as_deref(),
        Some("IRNMED"),
        "{found:?}"
    );
    assert_eq!(
        found.iter().find(|(t, _, _)| t == "State media").unwrap().2,
        MentionHow::Context
    );
    // With a state named, it is that state's; with no dominant state, none.
    let found =
        mentions("Iran and Syria traded accusations as Syrian state media reported a strike.");
    assert_eq!(
        id_of(&found, "Syrian state media").as_deref(),
        Some("SYRMED"),
        "{found:?}"
    );
    let found = mentions("Iran and Iraq traded accusations. State media said talks had failed.");
    assert_eq!(id_of(&found, "State media"), None, "{found:?}");
}

#[test]
fn the_group_and_the_bloc_name_the_organization_just_mentioned() {
    let found = mentions(
        "Hezbollah fired rockets at Israel, Reuters reported. The group said the attack was a response.",
    );
    assert_eq!(
        id_of(&found, "The group").as_deref(),
        Some("hezbollah"),
        "{found:?}"
    );
    let found = mentions(
        "The EU agreed new sanctions on Tuesday. The bloc said they would take effect soon.",
    );
    assert_eq!(
        id_of(&found, "The bloc").as_deref(),
        Some("eu"),
        "{found:?}"
    );
    let found = mentions(
        "The EU praised the vote. Right-wing parties formed a new bloc. The bloc said it would oppose the budget.",
    );
    assert_eq!(id_of(&found, "The bloc"), None, "{found:?}");
    // A group the organization's own sentence names again still chains.
    let found = mentions(
        "Hezbollah fired rockets. The group said it acted alone. The group added that more would follow.",
    );
    assert_eq!(
        found
            .iter()
            .filter(|(t, id, _)| t == "The group" && id == "hezbollah")
            .count(),
        2,
        "{found:?}"
    );
    // An organization of another kind in between is passed over: "the
    // group" names back the armed group, not the UN (session 18, actors25).
    let found = mentions(
        "Hezbollah fired rockets. The UN condemned the attack. The group said it acted alone.",
    );
    assert_eq!(
        id_of(&found, "The group").as_deref(),
        Some("hezbollah"),
        "{found:?}"
    );
    // Near misses: a group of people; the wrong kind of organization;
    // nothing before; too far back.
    for text in [
        "Hezbollah fired rockets. The group of protesters marched to the square.",
        "The UN agreed new sanctions. The group said it was pleased.",
        "The group said it acted alone. Hezbollah denied it.",
        "Hezbollah fired rockets. Israel responded. Troops moved north. Talks stalled. Rain fell. The group said it acted alone.",
        "The EU met. The group said it acted alone.",
        "Officials named Hezbollah, the group that fired the rockets.",
        // A group the text introduced after the organization is the one
        // meant, and a state's own body is never "the group".
        "Hezbollah released two hostages, and a group of protesters gathered. The group demanded a deal.",
        "Hamas accused Israel of violating the truce. Thousands formed a new group. The group called for elections.",
        "Lawmakers in Congress met on Monday. The group said it would vote later.",
    ] {
        let found = mentions(text);
        assert!(
            found.iter().all(|(t, _, _)| !t.ends_with("group")),
            "{text}: {found:?}"
        );
    }
}

/// The shipped KB knows the main EU, UN and AU bodies, and codes "Iraqi
/// militias" as the state-aligned Popular Mobilization Forces.
#[test]
fn builtin_kb_knows_international_bodies_and_iraqi_militias() {
    let kb = Kb::builtin().expect("built-in KB loads");
    let found = mentions_in(
        &kb,
        "The European Council met as the UN Human Rights Council opened an inquiry. \
         The African Union Commission and ECOWAS called for calm. \
         Iraqi militias fired rockets at a base near Erbil.",
    );
    for (text, id) in [
        ("European Council", "european-council"),
        ("UN Human Rights Council", "unhrc"),
        ("African Union Commission", "au-commission"),
        ("ECOWAS", "ecowas"),
        ("Iraqi militias", "pmf"),
    ] {
        assert_eq!(
            id_of(&found, text).as_deref(),
            Some(id),
            "{text}: {found:?}"
        );
    }
}
