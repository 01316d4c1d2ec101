//! Session 53, branch `review53`: the setup walk over the tokens
//! (`TokenNotes`) on text beyond ASCII. A surname is found back by the
//! capitalized words the walk noted when it opens with an ASCII capital,
//! and by a byte search when it opens with another letter ("Öberg"); both
//! ways count a word only when a word token spans exactly it. Inline KB
//! rows, written for these tests.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish
asa-oberg\tperson\tÅsa Öberg\tSWE\tGOV\tminister\t2020\t\tsurname:Öberg
jo-roe\tperson\tJo Roe\tSWE\tGOV\tminister\t2020\t\tsurname:Roe
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
";

/// The texts of the mentions of `id`, in text order.
fn mentions_of(raw: &str, id: &str) -> Vec<String> {
    let kb = common::inline_kb(ACTORS, ROLES);
    let layer = TextLayer::new(normalize(raw));
    let doc = find_actors(&layer, &kb, Some("2025-06-15"));
    doc.mentions
        .iter()
        .filter(|m| doc.actors[m.actor].id == id)
        .map(|m| layer.text[m.start..m.end].to_string())
        .collect()
}

#[test]
fn surnames_opening_with_an_ascii_or_another_capital_are_found_back() {
    let text = "Åsa Öberg met Jo Roe in Stockholm on Monday. \
                Later, \u{201c}Öberg\u{201d} was quoted\u{a0}as saying Roe and Öberg agreed. \
                Öbergs and Roes were not mentioned; nor was NÖberg or ÖbergRoe.";
    assert_eq!(
        mentions_of(text, "asa-oberg"),
        vec!["Åsa Öberg", "Öberg", "Öberg"],
        "{text}"
    );
    assert_eq!(mentions_of(text, "jo-roe"), vec!["Jo Roe", "Roe"], "{text}");
}
