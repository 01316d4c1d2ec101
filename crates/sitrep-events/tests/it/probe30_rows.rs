//! Session 34 (branch `probe30`): event rows from a probe of unseen news that is no conflict —
//! money or a product released frees no captive, a sum in pounds is no shelling, a watch kept
//! on activity investigates no one; a state withdrawing or recalling its high commissioner
//! reduces relations as with an ambassador; pausing, suspending or freezing funding or aid cuts
//! it; a price level accepted is no agreement. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{of_type, the_only};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tBritain|adj:British|meto:London
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
BGD\tcountry\tBangladesh\tBGD\t\t\t\t\tadj:Bangladeshi|meto:Dhaka
KEN\tcountry\tKenya\tKEN\t\t\t\t\tadj:Kenyan|meto:Nairobi
UGA\tcountry\tUganda\tUGA\t\t\t\t\tadj:Ugandan|meto:Kampala
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
NLD\tcountry\tNetherlands\tNLD\t\t\t\t\tthe Netherlands|adj:Dutch|meto:The Hague
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
world-bank\tigo\tWorld Bank\t\tIGO\t\t\t\t
un\tigo\tUnited Nations\t\tIGO\t\t\t\tthe United Nations
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-10");

#[test]
fn money_or_a_product_released_frees_no_captive() {
    for text in [
        "The World Bank released $300 million for road repairs in Kenya.",
        "The United Nations released $5 million from its emergency fund.",
        "Iran released a new missile at an arms fair in Tehran.",
        "Russia released its new Arctic strategy on Tuesday.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Cooperate).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: captives released are still a release.
    let evs = events("Hamas released three hostages on Saturday.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
}

#[test]
fn a_sum_in_pounds_is_no_shelling() {
    for text in [
        "Britain announced tax rises worth 40 billion pounds on Wednesday.",
        "Britain pledged aid worth 300 million pounds to Kenya.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: artillery pounding a city is still an assault.
    let evs = events("Russia pounded Kyiv with missiles overnight.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn withdrawing_a_high_commissioner_reduces_relations() {
    for (text, source, target) in [
        (
            "Pakistan said it would withdraw its high commissioner from Bangladesh.",
            "PAK",
            "BGD",
        ),
        (
            "Kenya recalled its high commissioner to Uganda last month.",
            "KEN",
            "UGA",
        ),
    ] {
        let evs = events(text);
        let sanctions = the_only(text, &evs, EventType::Sanction);
        assert_eq!(sanctions.source, common::ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(sanctions.target, common::ids(&[target]), "{text}: {evs:#?}");
        assert!(
            of_type(&evs, EventType::Retreat).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: troops withdrawn are still a retreat.
    let evs = events("Pakistan withdrew its troops from the border with Bangladesh.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn pausing_or_freezing_funding_cuts_aid() {
    for text in [
        "Germany paused its funding to Uganda in January.",
        "The Netherlands suspended funding to Uganda.",
        "Germany froze aid to Uganda after the vote.",
        "Russia paused military aid to Iran for a week.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Sanction).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(of_type(&evs, EventType::Aid).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: funding given is still aid.
    let evs = events("Germany funded the new hospital in Uganda.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn watching_activity_investigates_no_one() {
    let evs = events("Japan said it would continue to monitor activity in the strait.");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
    // Near miss: monitoring a ceasefire is still the generated peacekeeping row.
    let evs = events("The United Nations will monitor the ceasefire between Russia and Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn accepting_a_price_level_is_no_agreement() {
    let evs = events("Russia was willing to accept lower prices to win back market share.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Near miss: a proposal accepted is still an agreement.
    let evs = events("Iran accepted the proposal on Monday.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}
