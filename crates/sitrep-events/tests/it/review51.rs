//! Session 51 (branch `review51`): review of the session's merged event rows. An arms sale is
//! military cooperation only when what is sold is a weapon: "jets" and "aircraft" alone are as
//! often airliners sold by a maker to an airline or a state carrier ("sold 40 jets to China"),
//! so only their military kinds take the arms-sale row. Invented sentences.

use crate::common;

use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn military_sales(text: &str) -> usize {
    events(text)
        .iter()
        .filter(|e| e.event_type == EventType::Cooperate && e.mode.as_deref() == Some("military"))
        .count()
}

#[test]
fn only_military_aircraft_make_an_arms_sale() {
    // Airliners: a sale, no military cooperation.
    assert_eq!(military_sales("France sold 40 jets to China last year."), 0);
    assert_eq!(military_sales("France sold 12 aircraft to India."), 0);
    // Their military kinds stay arms sales, as fighter jets and warplanes do.
    for text in [
        "France sold military aircraft to India.",
        "France sold 36 combat aircraft to India.",
        "France sold military jets to India.",
        "France sold fighter jets to India.",
    ] {
        assert_eq!(military_sales(text), 1, "{text}");
    }
}
