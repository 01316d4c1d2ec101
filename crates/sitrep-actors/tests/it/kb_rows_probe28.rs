//! Rows of the built-in KB added from the session 28 probe of unseen news
//! (branch probe28), each checked on a sentence of the shape that left a
//! party with no actor or placed it wrongly: the ICJ's president, the popes
//! and a cardinal of the 2025 conclave, Persian and Arabic names in a second
//! transliteration, Iran's judiciary chief, French, Japanese and Australian
//! party figures, an aid foundation, Israel's Jewish Power, Australia's Labor
//! Party beside Israel's, and sectors that follow the date (a party leader in
//! opposition, a chancellor on the day of his election).

use crate::common;

#[test]
fn people_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "Reading the opinion, the court's president, Judge Yuji Iwasawa, said it was unanimous.",
            "Yuji Iwasawa",
            "yuji-iwasawa",
        ),
        (
            "Pope Leo XIV celebrated his first Mass with the cardinals on Friday.",
            "Leo XIV",
            "pope-leo-xiv",
        ),
        (
            "Cardinal Robert Francis Prevost was elected on the fourth ballot.",
            "Robert Francis Prevost",
            "pope-leo-xiv",
        ),
        (
            "Pope Francis was buried in the Basilica of St. Mary Major.",
            "Pope Francis",
            "pope-francis",
        ),
        (
            "Cardinal Dominique Mamberti announced the name from the balcony.",
            "Dominique Mamberti",
            "dominique-mamberti",
        ),
        (
            "Pezeshkiyan told lawmakers that the country was under economic siege.",
            "Pezeshkiyan",
            "masoud-pezeshkian",
        ),
        (
            "Hemati, a former central bank governor, left office in March.",
            "Hemati",
            "abdolnaser-hemmati",
        ),
        (
            "The head of the judiciary, Gholamhossein Mohseni-Ejei, ordered a review.",
            "Gholamhossein Mohseni-Ejei",
            "gholamhossein-mohseni-ejei",
        ),
        (
            "Muhammad al-Sinwar had taken command of the group's armed wing.",
            "Muhammad al-Sinwar",
            "mohammed-sinwar",
        ),
        (
            "Jean-Luc Melenchon called for the president to resign.",
            "Jean-Luc Melenchon",
            "jean-luc-melenchon",
        ),
        (
            "Japan Innovation Party leader Hirofumi Yoshimura said his party would stay out of the cabinet.",
            "Hirofumi Yoshimura",
            "hirofumi-yoshimura",
        ),
        (
            "Greens leader Adam Bandt was at risk of losing his seat.",
            "Adam Bandt",
            "adam-bandt",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // The Phoenix spelling of the judiciary chief still names him.
    common::assert_id_at(
        "Qolam Hosein Mohseni Ejei rejected the appeal.",
        "Qolam Hosein Mohseni Ejei",
        Some("gholamhossein-mohseni-ejei"),
    );
}

#[test]
fn bodies_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "France Unbowed called for the president to resign.",
            "France Unbowed",
            "france-unbowed",
        ),
        (
            "The Gaza Humanitarian Foundation said its distribution had gone ahead.",
            "Gaza Humanitarian Foundation",
            "gaza-humanitarian-foundation",
        ),
        (
            "Itamar Ben-Gvir's Jewish Power party rejoined the government this week.",
            "Jewish Power",
            "otzma-yehudit",
        ),
        (
            "Prime Minister Anthony Albanese's Labor Party won a second term in Canberra.",
            "Labor Party",
            "australian-labor-party",
        ),
        (
            "Voters turned away from the Liberal-National coalition in Queensland.",
            "Liberal-National coalition",
            "liberal-national-coalition",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near miss: the same party name in an Israeli story is Israel's Labor Party.
    common::assert_id_at(
        "Israel's Labor Party lost two seats in the Knesset.",
        "Labor Party",
        Some("israeli-labor-party"),
    );
}

#[test]
fn party_figures_take_the_sector_of_their_date() {
    // Law and Justice has been in opposition since December 2023.
    common::assert_placed_at(
        "Law and Justice leader Jaroslaw Kaczynski congratulated the winner.",
        "Jaroslaw Kaczynski",
        "POL",
        "OPP",
    );
    // Israel's opposition leader is no government official.
    common::assert_placed_at(
        "Opposition leader Yair Lapid said his party would petition the court.",
        "Yair Lapid",
        "ISR",
        "OPP",
    );
    // Jewish Power is back in the government after March 2025.
    common::assert_placed_at(
        "The Jewish Power party voted for the budget.",
        "Jewish Power",
        "ISR",
        "GOV",
    );
}

#[test]
fn a_chancellor_is_government_on_the_day_of_his_election() {
    let text = "Friedrich Merz was elected chancellor by the Bundestag on Tuesday.";
    let gov = (Some("DEU".to_string()), Some("GOV".to_string()));
    let opp = (Some("DEU".to_string()), Some("OPP".to_string()));
    assert_eq!(common::placed_on(text, "Friedrich Merz", "2025-05-06"), gov);
    // Near miss: before that day he led the opposition CDU.
    assert_eq!(common::placed_on(text, "Friedrich Merz", "2025-03-01"), opp);
}
