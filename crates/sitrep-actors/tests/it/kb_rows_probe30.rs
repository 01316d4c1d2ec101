//! Rows of the built-in KB added from the session 34 probe of unseen news
//! (branch probe30), each checked on a sentence of the shape that left a
//! party with no actor, no country or the wrong sector: the Fed's chair and
//! its rate committee, a chip maker and its chief, a Chinese AI start-up,
//! NORAD, the Africa CDC, the RCMP and its commissioner, Britain's budget
//! watchdog, the Ninth Circuit, Nigeria's bar association and its capital
//! minister, New Caledonia's FLNKS; office holders of the Dominican Republic,
//! Honduras, the Cook Islands, Cuba, India, Canada, China and the US the KB
//! lacked; and sectors that follow the date (Rishi Sunak in opposition,
//! Atiku Abubakar out of office, Juan Orlando Hernandez after his term).

use crate::common;

fn placed(country: &str, sector: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some(sector.to_string()))
}

#[test]
fn people_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Jerome Powell said the committee would move carefully.",
            "Jerome Powell",
            "jerome-powell",
        ),
        (
            "Jensen Huang unveiled the new chips at a trade show in Taipei.",
            "Jensen Huang",
            "jensen-huang",
        ),
        (
            "Anne Neuberger briefed reporters on the breach.",
            "Anne Neuberger",
            "anne-neuberger",
        ),
        (
            "James Boasberg held a hearing on the flights.",
            "James Boasberg",
            "james-boasberg",
        ),
        (
            "Luis Abinader inaugurated the new border crossing.",
            "Luis Abinader",
            "luis-abinader",
        ),
        (
            "Enrique Reina met his Guatemalan counterpart.",
            "Enrique Reina",
            "enrique-reina",
        ),
        (
            "Juan Orlando Hernández was sentenced in New York.",
            "Juan Orlando Hernández",
            "juan-orlando-hernandez",
        ),
        (
            "Liu Pengyu said the accusations were groundless.",
            "Liu Pengyu",
            "liu-pengyu",
        ),
        (
            "Vicente de la O Levy said two plants were back online.",
            "Vicente de la O Levy",
            "vicente-de-la-o-levy",
        ),
        (
            "Nyesom Wike said the minister had no case to answer.",
            "Nyesom Wike",
            "nyesom-wike",
        ),
        (
            "Sanjay Kumar Verma was recalled to New Delhi.",
            "Sanjay Kumar Verma",
            "sanjay-kumar-verma",
        ),
        (
            "Mike Duheme appeared before a parliamentary committee in Ottawa.",
            "Mike Duheme",
            "mike-duheme",
        ),
        (
            "Stewart Wheeler left New Delhi on Saturday.",
            "Stewart Wheeler",
            "stewart-wheeler",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near misses: other Powells keep their own rows.
    common::assert_id_at(
        "Secretary of State Colin Powell addressed the Security Council.",
        "Colin Powell",
        Some("colin-powell"),
    );
    common::assert_id_at(
        "Jonathan Powell travelled to Kyiv with the prime minister.",
        "Jonathan Powell",
        Some("jonathan-powell"),
    );
}

#[test]
fn bodies_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "The Federal Open Market Committee left rates unchanged.",
            "Federal Open Market Committee",
            "federal-reserve",
        ),
        ("NORAD tracked the balloon over Montana.", "NORAD", "norad"),
        (
            "The Africa CDC said vaccines would arrive next week.",
            "Africa CDC",
            "africa-cdc",
        ),
        ("The RCMP said two men had been charged.", "RCMP", "rcmp"),
        (
            "The Royal Canadian Mounted Police opened an inquiry.",
            "Royal Canadian Mounted Police",
            "rcmp",
        ),
        (
            "The OBR cut its growth forecast for next year.",
            "OBR",
            "office-for-budget-responsibility",
        ),
        (
            "The Ninth Circuit heard arguments on the tariffs.",
            "Ninth Circuit",
            "ninth-circuit",
        ),
        (
            "The Nigerian Bar Association called for the law to be repealed.",
            "Nigerian Bar Association",
            "nigerian-bar-association",
        ),
        (
            "The FLNKS named a new president at its congress.",
            "FLNKS",
            "flnks",
        ),
        (
            "Nvidia said the export rules would cost it billions.",
            "Nvidia",
            "nvidia",
        ),
        (
            "DeepSeek said its model was trained for a fraction of the cost.",
            "DeepSeek",
            "deepseek",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

#[test]
fn office_holders_the_kb_lacked_are_placed_in_their_state() {
    for (text, surface, country, sector) in [
        (
            "Luis Abinader spoke in Santo Domingo.",
            "Luis Abinader",
            "DOM",
            "GOV",
        ),
        (
            "Enrique Reina spoke in Tegucigalpa.",
            "Enrique Reina",
            "HND",
            "GOV",
        ),
        (
            "Mark Brown returned to Rarotonga.",
            "Mark Brown",
            "COK",
            "GOV",
        ),
        (
            "Anne Neuberger spoke at the briefing.",
            "Anne Neuberger",
            "USA",
            "GOV",
        ),
        (
            "James Boasberg issued the order.",
            "James Boasberg",
            "USA",
            "JUD",
        ),
        ("Mike Duheme gave evidence.", "Mike Duheme", "CAN", "COP"),
    ] {
        assert_eq!(
            common::placed_on(text, surface, "2024-10-20"),
            placed(country, sector),
            "{text}"
        );
    }
}

#[test]
fn sectors_follow_the_date_out_of_office() {
    let text = "Rishi Sunak said the budget broke a promise.";
    assert_eq!(
        common::placed_on(text, "Rishi Sunak", "2024-10-30"),
        placed("GBR", "OPP")
    );
    // Near misses: as prime minister and before, as chancellor, he was the government.
    for date in ["2023-10-30", "2021-03-03"] {
        assert_eq!(
            common::placed_on(text, "Rishi Sunak", date),
            placed("GBR", "GOV"),
            "{date}"
        );
    }
    let text = "Atiku Abubakar called the move an assault on democracy.";
    assert_eq!(
        common::placed_on(text, "Atiku Abubakar", "2025-03-19"),
        placed("NGA", "OPP")
    );
    assert_eq!(
        common::placed_on(text, "Atiku Abubakar", "2005-03-19"),
        placed("NGA", "GOV")
    );
    let text = "Juan Orlando Hernandez appealed the verdict.";
    assert_eq!(
        common::placed_on(text, "Juan Orlando Hernandez", "2024-08-29"),
        placed("HND", "ELI")
    );
    assert_eq!(
        common::placed_on(text, "Juan Orlando Hernandez", "2018-08-29"),
        placed("HND", "GOV")
    );
}
