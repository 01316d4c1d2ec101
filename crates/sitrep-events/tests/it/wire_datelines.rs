//! A wire dateline ("JERUSALEM (Reuters) - …") is where the story was
//! filed: no event takes its place as a source, target or place. Invented
//! wire-style sentences, an inline KB.

use crate::common;

use common::{events_in, inline_kb};
use sitrep_kb::Kb;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tBritain|adj:British|meto:London
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
troops\tMIL\tgroup
police\tCOP\tgroup
";

fn kb() -> Kb {
    inline_kb(ACTORS, ROLES)
}

/// Every actor id any event of `text` names, as source, target or place.
fn argument_ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = events_in(&kb(), "2024-11-20", text)
        .into_iter()
        .flat_map(|e| e.source.into_iter().chain(e.target).chain(e.place))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn the_dateline_place_is_no_event_argument() {
    for (text, dateline_state) in [
        (
            "JERUSALEM (Reuters) - Gunmen attacked a Hamas post in the north on Tuesday.",
            "ISR",
        ),
        (
            "TEHRAN — Protesters attacked the British embassy on Sunday.",
            "IRN",
        ),
        (
            "MOSCOW, March 3 (Reuters) - Ukrainian drones struck an oil depot overnight.",
            "RUS",
        ),
        (
            "CAIRO, Nov 20 (Reuters) - Hamas fired rockets at Israeli towns on Wednesday.",
            "EGY",
        ),
        (
            "Kyiv (AFP) - Russian troops shelled a village near the border.",
            "UKR",
        ),
    ] {
        let ids = argument_ids(text);
        assert!(!ids.is_empty(), "no event argument in {text:?}");
        assert!(
            !ids.iter().any(|id| id.starts_with(dateline_state)),
            "{dateline_state} from the dateline of {text:?}: {ids:?}"
        );
    }
}

#[test]
fn a_place_named_in_the_body_is_still_an_argument() {
    let ids = argument_ids(
        "KYIV, Ukraine — Russian drones struck a power plant in Ukraine overnight, officials said.",
    );
    assert!(ids.iter().any(|id| id == "UKR"), "{ids:?}");
    assert!(ids.iter().any(|id| id == "RUS"), "{ids:?}");
}
