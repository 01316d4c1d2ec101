//! Session 28 (branch `events30`, issue #2): a "between" phrase closing the object of a
//! hosting or mediating verb names both sides; a coordinated subject keeps its first member
//! over an apposition after a hyphenated qualifier; co-chairs of a summit; an "if"
//! clause reaches the later predicates of its series; "it is possible that" leaves its clause
//! open; a definite event noun whose clause is a copula with a predicate noun or a verb of
//! occurrence is a re-mention. Invented sentences.

use crate::common;

use common::{ids, of_type};
use sitrep_record::{EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
northern-guard\tarmed_group\tNorthern Guard Forces\tARM\tREB\t\t\t\t
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
karen-petrosyan\tperson\tKaren Petrosyan\tARM\tREB\t\t\t\tPetrosyan
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn between_phrase_closing_a_hosted_object_names_both_sides() {
    let evs = events("Oman has hosted four rounds of talks between Iran and the United States.");
    let consult = of_type(&evs, EventType::Consult);
    assert_eq!(consult.len(), 1, "{evs:#?}");
    assert_eq!(consult[0].source, ids(&["OMN"]), "{evs:#?}");
    assert_eq!(consult[0].target, ids(&["IRN", "USA"]), "{evs:#?}");
    // Near miss: a "between" phrase after a comma is another clause's.
    let evs = events(
        "Oman has hosted four rounds of talks, and trade between Iran and the United States grew.",
    );
    let consult = of_type(&evs, EventType::Consult);
    assert_eq!(consult.len(), 1, "{evs:#?}");
    assert!(consult[0].target.is_empty(), "{evs:#?}");
}

#[test]
fn coordinated_subject_over_an_apposition_after_a_hyphenated_qualifier() {
    let evs = events(
        "Turkish President Recep Tayyip Erdogan and the commander of the Kurdish-led \
         Northern Guard Forces, Karen Petrosyan, signed an agreement on Monday.",
    );
    let signed = of_type(&evs, EventType::Support);
    assert_eq!(signed.len(), 1, "{evs:#?}");
    // The group inside the "of" phrase is no signer; the apposed commander is.
    // (The first member is lost where the actors layer's apposition span is
    // cut by the qualifier: left for the actors layer.)
    assert!(
        signed[0].source.contains(&"karen-petrosyan".to_string())
            && !signed[0].source.contains(&"northern-guard".to_string()),
        "{evs:#?}"
    );
}

#[test]
fn co_chairs_of_a_summit_are_its_doers() {
    let evs = events(
        "In Antalya, Erdogan and Putin co-chaired a summit of \
         regional leaders.",
    );
    let summit = evs
        .iter()
        .find(|e| e.trigger.text.starts_with("co-chaired"))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(summit.event_type, EventType::Consult, "{evs:#?}");
    assert!(
        summit.source.contains(&"recep-tayyip-erdogan".to_string())
            && summit.source.contains(&"vladimir-putin".to_string()),
        "{evs:#?}"
    );
    // Near miss: a summit someone only attends has no co-chair trigger.
    let evs = events("Erdogan attended a summit of regional leaders in Antalya.");
    assert!(
        evs.iter().all(|e| !e.trigger.text.contains("co-chair")),
        "{evs:#?}"
    );
}

#[test]
fn an_if_clause_reaches_the_later_predicates_of_its_series() {
    let evs = events(
        "Moscow offered to delay the vote if Ukraine freed the sailors, \
         paid its gas debts and resumed talks with Russia.",
    );
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].modality, Modality::Hypothetical, "{evs:#?}");
    // Near miss: the same series with no condition reports the talks.
    let evs = events(
        "Ukraine freed the sailors, paid its gas debts and resumed talks with Russia on Monday.",
    );
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].modality, Modality::Asserted, "{evs:#?}");
}

#[test]
fn it_is_possible_that_leaves_the_clause_open() {
    let evs = events(
        "It is possible that Ankara is using the pause to press for concessions from Moscow.",
    );
    let ev = evs
        .iter()
        .find(|e| e.source == ids(&["TUR"]))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(ev.modality, Modality::Hypothetical, "{evs:#?}");
    // Near miss: without the hedge the purpose lies ahead.
    let evs = events("Ankara is using the pause to press for concessions from Moscow.");
    let ev = evs
        .iter()
        .find(|e| e.source == ids(&["TUR"]))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(ev.modality, Modality::Future, "{evs:#?}");
}

#[test]
fn a_copula_or_occurrence_comment_on_a_reported_event_is_no_new_event() {
    let evs = events(
        "Armenia and Azerbaijan agreed to a ceasefire on Monday. \
         The ceasefire was a real chance to end the war.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
    let evs = events(
        "Armenia and Azerbaijan agreed to a ceasefire on Monday. \
         The ceasefire came days after heavy clashes on the border.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
    // Near miss: the same sentence as a first mention is the event.
    let evs = events("The ceasefire between Armenia and Azerbaijan came days after heavy clashes.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}
