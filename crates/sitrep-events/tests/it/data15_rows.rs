//! The event rows branch data15 added for the probe15 wire items (session 14), each with a near
//! miss that keeps its reading: being embroiled in a dispute is no rejection, reports received
//! are no hosting, who led a delegation did not agree to anything, shuttling between two sides
//! is mediation, a ceasefire extended is a ceasefire declared, a ship sunk is an attack, tear
//! gas used is tear gas fired, and a loan approved is aid.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
MMR\tcountry\tMyanmar\tMMR\t\t\t\t\tadj:Myanmar
ARG\tcountry\tArgentina\tARG\t\t\t\t\tadj:Argentine
GEO\tcountry\tGeorgia\tGEO\t\t\t\t\tadj:Georgian|meto:Tbilisi
COD\tcountry\tDemocratic Republic of the Congo\tCOD\t\t\t\t\tmeto:Kinshasa
un\tigo\tUnited Nations\t\tIGO\t\t\t\tUN|U.N.
imf\tigo\tInternational Monetary Fund\t\tIGO\t\t\t\tIMF
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi rebels|adj:Houthi
vera-lind\tperson\tVera Lind\tUKR\tGOV\tminister\t2020-01-01\t\tLind
omar-saleh\tperson\tOmar Saleh\tIRN\tGOV\tminister\t2020-01-01\t\tSaleh
";

const ROLES: &str = "phrase\tsector\tnumber
police\tCOP\tgroup
officials\tGOV\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-06-01");

#[test]
fn being_embroiled_in_a_dispute_is_no_rejection() {
    // The generated CAMEO rows read "embroil in dispute" as REJECT (120).
    let evs = events("Israel is embroiled in dispute with Egypt.");
    assert!(of_type(&evs, EventType::Reject).is_empty(), "{evs:#?}");
    let evs = events("Israel is embroiled in a conflict with Egypt.");
    assert!(of_type(&evs, EventType::Reject).is_empty(), "{evs:#?}");
    // Near miss: a rejection stated outright is still one.
    let evs = events("Israel rejected Egypt's proposal on Monday.");
    let rejects = of_type(&evs, EventType::Reject);
    assert_eq!(rejects.len(), 1, "{evs:#?}");
    assert_eq!(rejects[0].source, ids(&["ISR"]));
}

#[test]
fn reports_received_are_no_hosting() {
    let evs = events("The UN said it had received reports of executions in Kinshasa.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    // Near miss: a visitor received is hosted.
    let evs = events("Lind received Saleh in Kyiv on Monday.");
    let hosted = of_type(&evs, EventType::Consult);
    assert_eq!(hosted.len(), 1, "{evs:#?}");
    assert_eq!(hosted[0].mode.as_deref(), Some("host"), "{evs:#?}");
    assert_eq!(hosted[0].source, ids(&["vera-lind"]));
}

#[test]
fn leading_a_delegation_is_no_agreement() {
    // The generated row "lead ... delegation" codes AGREE (036).
    let evs = events("Lind, who led Ukraine's delegation, spoke to reporters.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Near miss: the talks the delegation holds are a meeting.
    let evs = events("Lind led talks with Russia in Istanbul.");
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].source, ids(&["vera-lind"]));
    assert_eq!(talks[0].target, ids(&["RUS"]));
}

#[test]
fn shuttling_between_two_sides_is_mediation() {
    let evs = events("Saleh shuttled between the Ukrainian and Russian delegations.");
    let mediated = of_type(&evs, EventType::Consult);
    assert_eq!(mediated.len(), 1, "{evs:#?}");
    assert_eq!(mediated[0].mode.as_deref(), Some("mediate"), "{evs:#?}");
    assert_eq!(mediated[0].source, ids(&["omar-saleh"]));
    // Near miss: travelling between two places is no meeting.
    let evs = events("Saleh travelled between Ukraine and Russia.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
}

#[test]
fn a_ceasefire_extended_is_a_ceasefire_declared() {
    // The generated rows code "extend" CONCEDE (081).
    let evs = events("Myanmar extended a temporary ceasefire with the rebels.");
    let truce = of_type(&evs, EventType::Retreat);
    assert_eq!(truce.len(), 1, "{evs:#?}");
    assert_eq!(truce[0].mode.as_deref(), Some("ceasefire"), "{evs:#?}");
    assert_eq!(truce[0].source, ids(&["MMR"]));
    assert!(of_type(&evs, EventType::Concede).is_empty(), "{evs:#?}");
    // Near miss: an offensive extended is the offensive, no truce.
    let evs = events("Myanmar extended its offensive against the rebels.");
    assert!(of_type(&evs, EventType::Retreat).is_empty(), "{evs:#?}");
}

#[test]
fn a_ship_sunk_is_an_attack() {
    let evs = events("The Houthis sank the cargo ship in the Red Sea.");
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, ids(&["houthis"]));
    // Near miss: hopes sunk are no attack.
    let evs = events("The Houthis sank the hopes of Israel.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn tear_gas_used_is_tear_gas_fired() {
    let used = events("Georgian police used tear gas against protesters.");
    let fired = events("Georgian police fired tear gas at protesters.");
    let used = of_type(&used, EventType::Assault);
    let fired = of_type(&fired, EventType::Assault);
    assert_eq!(used.len(), 1, "{used:#?}");
    assert_eq!(fired.len(), 1, "{fired:#?}");
    assert_eq!(used[0].mode, fired[0].mode);
    assert_eq!(used[0].mode.as_deref(), Some("pro_autocracy"));
    assert_eq!(used[0].source, fired[0].source);
    // Near miss: a law used against protesters is no assault.
    let evs = events("Georgian police used the new law against protesters.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn a_loan_approved_is_aid() {
    // The generated row codes "approve" AGREE.
    let evs = events("The IMF approved a loan for Argentina.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].mode.as_deref(), Some("economic"), "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["imf"]));
    assert_eq!(aid[0].target, ids(&["ARG"]));
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Near miss: a budget approved is no aid.
    let evs = events("The IMF approved a budget for Argentina.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
}
