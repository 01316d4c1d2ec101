//! Review of session 50's merged event rules on inputs their authors did not
//! test. Invented sentences.

use crate::common;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

/// An -ing form opening a sentence whose words run into a finite verb
/// before the comma ("Attacking civilians is a war crime, France said") is
/// the subject of that verb, a gerund: the name after the comma is the
/// speaker of the whole, not the doer of the act (events69's opening
/// participle takes the main subject only when the participle clause holds
/// no finite verb).
#[test]
fn a_gerund_subject_before_a_finite_verb_is_no_opening_participle() {
    for text in [
        "Attacking civilians is a war crime, France said.",
        "Attacking Ukraine would be a mistake, France said.",
        "Attacking Ukraine has cost Russia dearly, France said.",
    ] {
        let evs = events(text);
        assert!(
            !evs.iter()
                .any(|e| e.trigger.text == "Attacking" && e.source.iter().any(|s| s == "FRA")),
            "{text}: {evs:?}"
        );
    }
    // The participle clause with no finite verb keeps its main subject.
    let text = "Attacking Ukraine from the north, Russia seized two towns.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|e| e.trigger.text == "Attacking" && e.source == vec!["RUS".to_string()]),
        "{text}: {evs:?}"
    );
}
