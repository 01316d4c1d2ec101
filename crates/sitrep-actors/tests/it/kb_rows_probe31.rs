//! Rows of the built-in KB added from the session 36 probe of unseen news
//! (branch probe31), each checked on a sentence of the shape that left a
//! party with no actor, no country or the wrong sector: Chile's presidential
//! candidates, two Brazilian justices, Orbán's chief of staff, an Ivorian
//! opposition leader, a US envoy, an EU commissioner and a WHO regional
//! director; titled heads of state and a minister the KB did not place in
//! their state (Mongolia, Malawi, Guinea, Serbia); a technology firm,
//! a Czech party and North Korea's legislature; and sectors that follow the
//! date for leaders out of office (Imran Khan, Andrej Babiš, Laurent Gbagbo,
//! Issa Tchiroma Bakary, Lazarus Chakwera, Rodrigo Duterte).

use crate::common;

fn placed(country: &str, sector: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some(sector.to_string()))
}

#[test]
fn people_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Jeannette Jara promised a higher minimum wage.",
            "Jeannette Jara",
            "jeannette-jara",
        ),
        (
            "José Antonio Kast opened his campaign in Temuco.",
            "José Antonio Kast",
            "jose-antonio-kast",
        ),
        (
            "Evelyn Matthei visited a market in Valparaíso.",
            "Evelyn Matthei",
            "evelyn-matthei",
        ),
        (
            "Flávio Dino suspended the payments pending a hearing.",
            "Flávio Dino",
            "flavio-dino",
        ),
        (
            "Cristiano Zanin asked for more time to study the case.",
            "Cristiano Zanin",
            "cristiano-zanin",
        ),
        (
            "Gergely Gulyás told a weekly briefing that the bill would pass.",
            "Gergely Gulyás",
            "gergely-gulyas",
        ),
        (
            "Tidjane Thiam returned to Abidjan after months abroad.",
            "Tidjane Thiam",
            "tidjane-thiam",
        ),
        (
            "John Coale flew to Minsk for a second round of talks.",
            "John Coale",
            "john-coale",
        ),
        (
            "Teresa Ribera presented the merger guidelines.",
            "Teresa Ribera",
            "teresa-ribera",
        ),
        (
            "Mohamed Janabi opened the regional committee in Lusaka.",
            "Mohamed Janabi",
            "mohamed-janabi",
        ),
        (
            "President Ukhnaagiin Khurelsukh received the delegation.",
            "Ukhnaagiin Khurelsukh",
            "ukhna-khurelsukh",
        ),
        (
            "Lazarus Chakwera addressed parliament in Lilongwe.",
            "Lazarus Chakwera",
            "lazarus-chakwera",
        ),
        (
            "Mamadi Doumbouya was sworn in at a stadium.",
            "Mamadi Doumbouya",
            "mamadi-doumbouya",
        ),
        (
            "Dubravka Đedović Handanović toured the refinery.",
            "Dubravka Đedović Handanović",
            "dubravka-djedovic-handanovic",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near misses: a namesake's full name keeps its own row, and the new
    // candidate's surname inside another name names no one new.
    common::assert_id_at(
        "Mamadou Doumbouya presented the budget.",
        "Mamadou Doumbouya",
        Some("mamadou-doumbouya"),
    );
    common::assert_no_actor(
        "Felipe Kast voted against the bill in the Senate.",
        "jose-antonio-kast",
    );
}

#[test]
fn bodies_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Meta said the advertising model complied with the law.",
            "Meta",
            "meta-platforms",
        ),
        (
            "The ANO movement topped the regional polls.",
            "ANO",
            "ano-2011",
        ),
        (
            "The Supreme People's Assembly amended the constitution.",
            "Supreme People's Assembly",
            "supreme-peoples-assembly",
        ),
        (
            "The Self-Determination Movement nominated a new speaker.",
            "Self-Determination Movement",
            "vetevendosje",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near miss: the word in lower case is no firm.
    common::assert_no_actor(
        "The authors said the meta-analysis covered forty trials.",
        "meta-platforms",
    );
}

#[test]
fn office_holders_the_kb_did_not_place_are_placed_in_their_state() {
    for (text, surface, country, sector) in [
        (
            "President Ukhnaagiin Khurelsukh spoke at the ceremony.",
            "Ukhnaagiin Khurelsukh",
            "MNG",
            "GOV",
        ),
        (
            "Mamadi Doumbouya spoke at the ceremony.",
            "Mamadi Doumbouya",
            "GIN",
            "GOV",
        ),
        (
            "Energy Minister Dubravka Đedović Handanović spoke at the ceremony.",
            "Dubravka Đedović Handanović",
            "SRB",
            "GOV",
        ),
        (
            "Flávio Dino spoke at the ceremony.",
            "Flávio Dino",
            "BRA",
            "JUD",
        ),
        (
            "Gergely Gulyás spoke at the ceremony.",
            "Gergely Gulyás",
            "HUN",
            "GOV",
        ),
        (
            "José Antonio Kast spoke at the ceremony.",
            "José Antonio Kast",
            "CHL",
            "OPP",
        ),
        (
            "John Coale spoke at the ceremony.",
            "John Coale",
            "USA",
            "GOV",
        ),
    ] {
        assert_eq!(
            common::placed_on(text, surface, "2025-10-01"),
            placed(country, sector),
            "{text}"
        );
    }
}

#[test]
fn sectors_follow_the_date_out_of_office() {
    // (text, surface, date out of office, its sector, date in office)
    for (text, surface, out_date, out_sector, in_date) in [
        (
            "Imran Khan said the charges were fabricated.",
            "Imran Khan",
            "2025-01-17",
            "OPP",
            "2020-06-01",
        ),
        (
            "Andrej Babiš said the initiative would be reviewed.",
            "Andrej Babiš",
            "2024-05-01",
            "OPP",
            "2019-05-01",
        ),
        (
            "Laurent Gbagbo said the vote was rigged.",
            "Laurent Gbagbo",
            "2021-06-01",
            "OPP",
            "2005-06-01",
        ),
        (
            "Issa Tchiroma Bakary said the count was false.",
            "Issa Tchiroma Bakary",
            "2025-10-20",
            "OPP",
            "2015-06-01",
        ),
        (
            "Lazarus Chakwera said he respected the result.",
            "Lazarus Chakwera",
            "2025-11-01",
            "OPP",
            "2023-06-01",
        ),
        (
            "Rodrigo Duterte said he would not appear.",
            "Rodrigo Duterte",
            "2025-03-12",
            "ELI",
            "2019-06-01",
        ),
    ] {
        let country = common::placed_on(text, surface, in_date).0.unwrap();
        assert_eq!(
            common::placed_on(text, surface, out_date),
            placed(&country, out_sector),
            "{text} on {out_date}"
        );
        assert_eq!(
            common::placed_on(text, surface, in_date),
            placed(&country, "GOV"),
            "{text} on {in_date}"
        );
    }
    // Babiš is prime minister again from December 2025, and his movement with him.
    assert_eq!(
        common::placed_on(
            "Andrej Babiš named his cabinet.",
            "Andrej Babiš",
            "2026-01-10"
        ),
        placed("CZE", "GOV")
    );
    assert_eq!(
        common::placed_on("The ANO movement named its ministers.", "ANO", "2024-05-01"),
        placed("CZE", "OPP")
    );
}
