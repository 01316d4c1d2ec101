//! Session 50 (branch `events70`, issue #2): event coding that generalises. A gapped row's
//! object word right before another object word of the same verb modifies it, so the second
//! heads the phrase ("gave Israel military aid" is aid, "deployed riot police" police), except
//! after a noun of asking, whose modifier is what is asked ("approved an extradition request").
//! A stated willingness or readiness to act is the intent to do the act, as "willing to".
//! Relief goods provided or delivered are humanitarian aid (a tax cut is not); using a weapon of
//! mass destruction is its attack. Invented sentences, each with a near miss.

use crate::common;

use common::of_type;
use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|meto:London
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish|meto:Stockholm
SOM\tcountry\tSomalia\tSOM\t\t\t\t\tadj:Somali|meto:Mogadishu
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
GRC\tcountry\tGreece\tGRC\t\t\t\t\tadj:Greek|meto:Athens
ARG\tcountry\tArgentina\tARG\t\t\t\t\tadj:Argentine
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\npolice\tCOP\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

/// The event whose trigger text starts with `word`.
fn starting<'a>(evs: &'a [EventRecord], word: &str) -> Option<&'a EventRecord> {
    evs.iter().find(|e| e.trigger.text.starts_with(word))
}

/// The type, source and target of the event whose trigger starts with `trigger`.
fn coded(text: &str, trigger: &str) -> (EventType, Vec<String>, Vec<String>) {
    let evs = events(text);
    let e =
        starting(&evs, trigger).unwrap_or_else(|| panic!("no {trigger:?} in {text:?}: {evs:?}"));
    (e.event_type, e.source.clone(), e.target.clone())
}

#[test]
fn the_last_of_two_object_words_heads_the_phrase() {
    let (ty, source, target) = coded("The United States gave Israel military aid.", "gave");
    assert_eq!(ty, EventType::Aid);
    assert_eq!(
        (source, target),
        (vec!["USA".to_string()], vec!["ISR".to_string()])
    );
    let (ty, _, _) = coded(
        "The United States gave Israel 3 billion dollars in military aid.",
        "gave",
    );
    assert_eq!(ty, EventType::Aid);
    // One object word alone keeps its own row.
    let (ty, _, _) = coded("Egypt deployed riot police across Cairo.", "deployed");
    assert_eq!(ty, EventType::Mobilize);
    let (ty, _, _) = coded("Egypt deployed police across Cairo.", "deployed");
    assert_eq!(ty, EventType::Mobilize);
}

#[test]
fn a_noun_of_asking_keeps_its_modifier_and_a_preposition_is_no_modifier() {
    // "extradition request": the request is for an extradition, and approving it is the
    // extradition's cooperation, not praise of a request.
    let (ty, _, _) = coded(
        "Britain formally approved an extradition request from the United States.",
        "approved",
    );
    assert_eq!(ty, EventType::Cooperate);
    // "welcome ... to" ends at "to": the infinitive after it is a clause, not the head of
    // an object phrase.
    let evs = events("The mayor of Cairo welcomed Britain to visit the city.");
    assert!(
        of_type(&evs, EventType::Consult).is_empty(),
        "an invitation is no visit: {evs:?}"
    );
}

#[test]
fn a_stated_willingness_is_the_intent_to_act() {
    for text in [
        "Turkey expressed its readiness to negotiate with Greece over the islands.",
        "Turkey signalled its willingness to negotiate with Greece over the islands.",
    ] {
        let evs = events(text);
        let e = starting(&evs, "negotiate").unwrap_or_else(|| panic!("{text}: {evs:?}"));
        assert_eq!(e.source, vec!["TUR".to_string()], "{text}");
        assert_eq!(e.target, vec!["GRC".to_string()], "{text}");
        assert_eq!(e.modality, Modality::Future, "{text}");
    }
}

#[test]
fn relief_goods_given_are_aid_and_tax_relief_is_not() {
    let (ty, source, target) = coded("Sweden provided emergency relief to Somalia.", "provided");
    assert_eq!(ty, EventType::Aid);
    assert_eq!(
        (source, target),
        (vec!["SWE".to_string()], vec!["SOM".to_string()])
    );
    let (ty, _, _) = coded("Sweden delivered relief supplies to Somalia.", "delivered");
    assert_eq!(ty, EventType::Aid);
    let evs = events("The Egyptian bill provides tax relief to families.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:?}");
    let (ty, _, target) = coded(
        "The deal would provide sanctions relief to Iran.",
        "provide",
    );
    assert_eq!(ty, EventType::Retreat);
    assert_eq!(target, vec!["IRN".to_string()]);
    let evs = events("The United States delivered them sanctions relief.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:?}");
}

#[test]
fn using_a_weapon_of_mass_destruction_is_an_attack() {
    let (ty, source, _) = coded("Syria used chemical weapons against rebels.", "used");
    assert_eq!(ty, EventType::Assault);
    assert_eq!(source, vec!["SYR".to_string()]);
    // Accused of using them: the accusation is the event.
    let evs = events("The United States accused Syria of using chemical weapons.");
    assert!(of_type(&evs, EventType::Accuse).len() == 1, "{evs:?}");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:?}");
    // Weapons used for nothing named are no attack of their own.
    let evs = events("Syria used the money to buy food.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:?}");
}

#[test]
fn leaving_talks_halts_them_and_leaving_a_place_is_a_retreat() {
    let (ty, source, _) = coded("Turkey withdrew from the peace talks.", "withdrew");
    assert_eq!(ty, EventType::Sanction);
    assert_eq!(source, vec!["TUR".to_string()]);
    let (ty, _, _) = coded(
        "Turkey pulled out of the negotiations with Greece.",
        "pulled",
    );
    assert_eq!(ty, EventType::Sanction);
    // The head phrase "withdraw from" still codes a withdrawal from a place.
    let (ty, source, target) = coded("Turkey withdrew from Greece.", "withdrew");
    assert_eq!(ty, EventType::Retreat);
    assert_eq!(
        (source, target),
        (vec!["TUR".to_string()], vec!["GRC".to_string()])
    );
}

#[test]
fn maneuvers_are_a_show_of_force() {
    let (ty, source, _) = coded(
        "Iran conducted military maneuvers in the Gulf.",
        "conducted",
    );
    assert_eq!(ty, EventType::Mobilize);
    assert_eq!(source, vec!["IRN".to_string()]);
    let (ty, _, _) = coded("Turkey staged naval exercises near Greece.", "staged");
    assert_eq!(ty, EventType::Mobilize);
    // A political maneuver is no military one.
    let evs = events("The Turkish opposition conducted a clever maneuver in parliament.");
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:?}");
}

#[test]
fn expelling_envoys_is_a_sanction_and_expelling_migrants_a_deportation() {
    let (ty, _, _) = coded(
        "Egypt ordered the expulsion of Turkish diplomats.",
        "ordered",
    );
    assert_eq!(ty, EventType::Sanction);
    let (ty, source, _) = coded(
        "Egypt expelled thousands of illegal immigrants.",
        "expelled",
    );
    assert_eq!(ty, EventType::Coerce);
    assert_eq!(source, vec!["EGY".to_string()]);
    let (ty, _, target) = coded("Egypt expelled two Turkish diplomats.", "expelled");
    assert_eq!(ty, EventType::Sanction);
    assert_eq!(target, vec!["TUR".to_string()]);
}
