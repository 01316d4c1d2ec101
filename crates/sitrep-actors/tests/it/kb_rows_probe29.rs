//! Rows of the built-in KB added from the session 32 probe of unseen news
//! (branch probe29), each checked on a sentence of the shape that left a
//! party with no actor or placed it wrongly: South Korean floor leaders and
//! the anti-corruption investigators, Greenland's premiers and parties, Sri
//! Lanka's new governing alliance, its prime minister and opposition leader
//! (not his father), Mozambique's constitutional-council president, the
//! French Africa commander, Slovakia's opposition leader, Bosnia's High
//! Representative, Peru's removed president, Syria's rebel command and a
//! second spelling of al-Julani, Lebanon's Amal; and sectors that follow the
//! date (a Greenland leader before and after he became premier, a Thai party
//! in and out of government, former leaders no longer in office).

use crate::common;

#[test]
fn people_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Park Chan-dae, the opposition's floor leader, read out the motion.",
            "Park Chan-dae",
            "park-chan-dae",
        ),
        (
            "Kweon Seong-dong told reporters the party would meet on Sunday.",
            "Kweon Seong-dong",
            "kweon-seong-dong",
        ),
        (
            "Mute Egede called the purchase offer disrespectful.",
            "Mute Egede",
            "mute-egede",
        ),
        (
            "Jens-Frederik Nielsen flew to Copenhagen for talks with the Danish government.",
            "Jens-Frederik Nielsen",
            "jens-frederik-nielsen",
        ),
        (
            "Harini Amarasuriya presented the education reforms to parliament.",
            "Harini Amarasuriya",
            "harini-amarasuriya",
        ),
        (
            "Sajith Premadasa accused the government of breaking its promises.",
            "Sajith Premadasa",
            "sajith-premadasa",
        ),
        (
            "Lucia Ribeiro read the ruling to a packed chamber in Maputo.",
            "Lucia Ribeiro",
            "lucia-ribeiro",
        ),
        (
            "General Pascal Ianni inspected the troops before the ceremony.",
            "Pascal Ianni",
            "pascal-ianni",
        ),
        (
            "Michal Simecka led the march through Bratislava.",
            "Michal Simecka",
            "michal-simecka",
        ),
        (
            "Christian Schmidt imposed changes to the election law in Sarajevo.",
            "Christian Schmidt",
            "christian-schmidt",
        ),
        (
            "Pedro Castillo was detained after trying to dissolve Congress.",
            "Pedro Castillo",
            "pedro-castillo",
        ),
        (
            "Abu Mohammed al-Julani addressed the crowd in Idlib.",
            "Abu Mohammed al-Julani",
            "ahmed-al-sharaa",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near miss: the father's full name still names the father.
    common::assert_id_at(
        "Ranasinghe Premadasa was killed in a bombing in Colombo.",
        "Ranasinghe Premadasa",
        Some("ranasinghe-premadasa"),
    );
}

#[test]
fn bodies_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Demokraatit doubled its share of the vote.",
            "Demokraatit",
            "demokraatit",
        ),
        (
            "Naleraq wants a quick break with Denmark.",
            "Naleraq",
            "naleraq",
        ),
        (
            "Inuit Ataqatigiit agreed to join the coalition.",
            "Inuit Ataqatigiit",
            "inuit-ataqatigiit",
        ),
        (
            "The National People's Power won in every district but one.",
            "National People's Power",
            "national-peoples-power",
        ),
        (
            "The SJB said it would sit in opposition.",
            "SJB",
            "samagi-jana-balawegaya",
        ),
        (
            "Hezbollah and Amal withdrew their ministers from the cabinet in Beirut.",
            "Amal",
            "amal",
        ),
        (
            "The Military Operations Command told its fighters to stay out of the ministries.",
            "Military Operations Command",
            "military-operations-command",
        ),
        (
            "Investigators from the Corruption Investigation Office questioned him for ten hours.",
            "Corruption Investigation Office",
            "korea-cio",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

fn placed(country: &str, sector: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some(sector.to_string()))
}

#[test]
fn greenland_leaders_are_greenlands_and_change_sector_when_the_government_changes() {
    let text = "Jens-Frederik Nielsen said independence should come step by step.";
    assert_eq!(
        common::placed_on(text, "Jens-Frederik Nielsen", "2025-03-12"),
        placed("GRL", "OPP")
    );
    // Near miss: after the coalition took office he is the premier.
    assert_eq!(
        common::placed_on(text, "Jens-Frederik Nielsen", "2025-04-10"),
        placed("GRL", "GOV")
    );
    assert_eq!(
        common::placed_on(
            "Mute Egede said he respected the result.",
            "Mute Egede",
            "2025-03-12"
        ),
        placed("GRL", "GOV")
    );
}

#[test]
fn a_thai_party_leaves_and_rejoins_government_by_date() {
    let text = "The Bhumjaithai Party said it would vote against the budget.";
    assert_eq!(
        common::placed_on(text, "Bhumjaithai", "2025-05-01"),
        placed("THA", "GOV")
    );
    assert_eq!(
        common::placed_on(text, "Bhumjaithai", "2025-07-01"),
        placed("THA", "OPP")
    );
    assert_eq!(
        common::placed_on(text, "Bhumjaithai", "2025-10-01"),
        placed("THA", "GOV")
    );
}

#[test]
fn former_leaders_are_no_longer_government() {
    for (text, surface, country, in_office) in [
        (
            "Rafael Correa spoke to supporters by video.",
            "Rafael Correa",
            "ECU",
            "2012-06-01",
        ),
        (
            "Thaksin Shinawatra met party leaders in Bangkok.",
            "Thaksin Shinawatra",
            "THA",
            "2004-06-01",
        ),
        (
            "Pedro Castillo addressed the nation.",
            "Pedro Castillo",
            "PER",
            "2022-06-01",
        ),
    ] {
        assert_eq!(
            common::placed_on(text, surface, "2025-06-01"),
            placed(country, "ELI"),
            "{text}"
        );
        // Near miss: while in office they are the government.
        assert_eq!(
            common::placed_on(text, surface, in_office),
            placed(country, "GOV"),
            "{text}"
        );
    }
}
