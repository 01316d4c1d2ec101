//! Rows of the built-in KB added from the session 23 probe of unseen news
//! (branch probe24), each checked on a sentence of the shape that left a
//! speaker or a party with no actor: an official whose name carries a middle
//! initial, a congressional leader read before as a one-off name made of his
//! title, a spokesman, a regional governor, and bodies (a think tank, an aid agency, companies, a
//! state agency) the wires name.

use crate::common;

#[test]
fn people_the_probe_found_unknown_resolve() {
    for (text, surface, id) in [
        (
            "\"Today's action builds on that pressure,\" said Secretary of the Treasury Janet L. Yellen.",
            "Janet L. Yellen",
            "janet-yellen",
        ),
        (
            "State Department spokesman Matthew Miller said the United States would support the process.",
            "Matthew Miller",
            "matthew-miller",
        ),
        (
            "Senate Majority Leader Chuck Schumer said the Senate would take up the bills.",
            "Chuck Schumer",
            "chuck-schumer",
        ),
        (
            "Speaker Mike Johnson said he had done what he believed was right.",
            "Mike Johnson",
            "mike-johnson",
        ),
        (
            "Representative Marjorie Taylor Greene called the package a betrayal.",
            "Marjorie Taylor Greene",
            "marjorie-taylor-greene",
        ),
        (
            "The governor of the Moscow region, Andrei Vorobyov, said one person had been killed.",
            "Andrei Vorobyov",
            "andrei-vorobyov",
        ),
        (
            "Kim Moon-soo of the People Power Party conceded defeat.",
            "Kim Moon-soo",
            "kim-moon-soo",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

#[test]
fn bodies_the_wires_name_resolve() {
    for (text, surface, id) in [
        (
            "Military analysts at the Institute for the Study of War said the troops were advancing.",
            "Institute for the Study of War",
            "isw",
        ),
        (
            "The Kiel Institute for the World Economy puts the aid at $119 billion.",
            "Kiel Institute",
            "kiel-institute",
        ),
        (
            "Cuts to the U.S. Agency for International Development would slow the response.",
            "Agency for International Development",
            "usaid",
        ),
        (
            "The European Commission asked TikTok to preserve data related to the election.",
            "TikTok",
            "tiktok",
        ),
        (
            "Most of the assets are held at Euroclear in Brussels.",
            "Euroclear",
            "euroclear",
        ),
        (
            "Britain imposed sanctions on Gazprom Neft and Surgutneftegas.",
            "Surgutneftegas",
            "surgutneftegas",
        ),
        (
            "The Federal Air Transport Agency said flights had been diverted.",
            "Federal Air Transport Agency",
            "rosaviatsia",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}
