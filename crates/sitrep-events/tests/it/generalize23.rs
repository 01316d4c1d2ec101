//! Session 15 (branch events23): patterns that recur across PLOVER dev, PETRARCH-2 validation,
//! realnews dev and the probes, each with a near miss that keeps its reading.

use crate::common;

use common::{by_trigger, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
un\tigo\tUnited Nations\t\tIGO\t\t\t\tUN
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese
TWN\tcountry\tTaiwan\tTWN\t\t\t\t\tadj:Taiwanese
KOR\tcountry\tSouth Korea\tKOR\t\t\t\t\tadj:South Korean
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
government\tGOV\tgroup
demonstrators\tOPP\tgroup
forces\tMIL\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-06-01");

#[test]
fn a_place_right_after_an_event_is_where_it_happened_not_a_later_verb_s_doer() {
    // "aimed at ending the fighting": Doha is where the agreement was reached, not who ends
    // the fighting.
    let evs = events("The UN reached an agreement in Doha aimed at ending the fighting.");
    assert!(
        evs.iter().all(|e| !e.source.contains(&"QAT".to_string())),
        "{evs:#?}"
    );
    // Near miss: a plain noun's place still stands in for the unnamed crowd in it.
    let evs = events("Demonstrators in Baghdad blocked a road.");
    let protest = of_type(&evs, EventType::Protest);
    assert_eq!(protest.len(), 1, "{evs:#?}");
    assert!(!protest[0].source.is_empty(), "{evs:#?}");
}

#[test]
fn a_mission_launched_or_an_influence_is_no_event_but_a_peace_mission_is() {
    let evs = events("The U.S. space agency is set to launch its Dragonfly mission next year.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    let evs = events("Iraq said the vote was influenced by the United States.");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
    // Near miss: the row for a peace mission stays (mediation, CAMEO 045).
    let evs = events("The UN launched a peace mission in Iraq.");
    let mission = by_trigger(&evs, "launched a peace mission");
    assert!(
        mission.is_some_and(|e| e.event_type == EventType::Consult),
        "{evs:#?}"
    );
}

#[test]
fn the_subject_of_a_verb_of_receiving_is_the_target_whoever_the_noun_names() {
    // An acronym after "faces" opens the object noun phrase ("sanctions" is no verb here).
    let evs = events("Iraq faces new U.S. sanctions.");
    let sanction = of_type(&evs, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{evs:#?}");
    assert_eq!(sanction[0].source, vec!["USA".to_string()]);
    assert_eq!(sanction[0].target, vec!["IRQ".to_string()]);
    // No doer named: the receiver is still the target, never the doer.
    let evs = events("Iraq faced criticism over its decision.");
    let criticism = of_type(&evs, EventType::Accuse);
    assert_eq!(criticism.len(), 1, "{evs:#?}");
    assert!(criticism[0].source.is_empty(), "{evs:#?}");
    assert_eq!(criticism[0].target, vec!["IRQ".to_string()]);
    // Coordinated modifiers, and a name in the topic phrase that is not the target.
    let evs = events(
        "The United States faced stiff international and Iraqi criticism on Tuesday \
         over its decision on Qatari bases.",
    );
    let criticism = of_type(&evs, EventType::Accuse);
    assert_eq!(criticism.len(), 1, "{evs:#?}");
    assert_eq!(criticism[0].source, vec!["IRQ".to_string()]);
    assert_eq!(criticism[0].target, vec!["USA".to_string()]);
}

#[test]
fn a_support_verb_still_hands_its_subject_to_the_noun() {
    // Near misses: "imposed" is no verb of receiving, and an acronym subject before a verb
    // ("U.S. forces strike") keeps the verb reading.
    let evs = events("Iraq imposed new sanctions on Qatar.");
    let sanction = of_type(&evs, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{evs:#?}");
    assert_eq!(sanction[0].source, vec!["IRQ".to_string()]);
    assert_eq!(sanction[0].target, vec!["QAT".to_string()]);
    let evs = events("After U.S. forces strike Iraq, Qatar will respond.");
    let strike = of_type(&evs, EventType::Assault);
    assert_eq!(strike.len(), 1, "{evs:#?}");
    assert_eq!(strike[0].target, vec!["IRQ".to_string()], "{evs:#?}");
}

#[test]
fn a_name_after_a_preposition_or_a_copula_modifies_the_word_after_it() {
    // "Hamas targets" after "are" or "on" is a noun phrase: the strikes are the only event,
    // with their doer from the support verb over coordinated modifiers ("air and sea").
    let evs = events("Israel carried out air and sea strikes on what it says are Hamas targets.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, vec!["ISR".to_string()], "{evs:#?}");
    let evs = events("Israel carried out air and sea strikes against Hamas targets.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, vec!["ISR".to_string()], "{evs:#?}");
    assert_eq!(hits[0].target, vec!["hamas".to_string()], "{evs:#?}");
}

#[test]
fn a_name_after_a_determiner_or_a_subordinator_may_be_the_verb_s_subject() {
    // Near misses: "the Qatari government rejects", "the city of Hebron set fire", "after Hamas
    // targets Israeli towns".
    let evs = events("Qatar was accused of funding Hamas, a charge the Qatari government rejects.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
    let evs = events("Israeli settlers in the city of Hebron set fire to Hamas offices.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    let evs = events("Israel will respond after Hamas targets Israeli towns.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, vec!["hamas".to_string()], "{evs:#?}");
}

#[test]
fn drills_are_a_show_of_force_unless_joint() {
    let evs = events("China held large-scale drills around Taiwan on Monday.");
    assert_eq!(of_type(&evs, EventType::Mobilize).len(), 1, "{evs:#?}");
    let evs = events("China launched military exercises around Taiwan.");
    assert_eq!(of_type(&evs, EventType::Mobilize).len(), 1, "{evs:#?}");
    // Near misses: joint drills are cooperation, with or without "military".
    for text in [
        "The United States and South Korea held joint drills.",
        "The United States and South Korea held joint military drills.",
    ] {
        let evs = events(text);
        assert_eq!(of_type(&evs, EventType::Cooperate).len(), 1, "{evs:#?}");
        assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
    }
}

#[test]
fn blowing_up_infrastructure_destroys_property_and_singular_rows_agree_with_plural() {
    let evs = events("Hamas blew up three main electric power lines leading into Taiwan.");
    let blast = of_type(&evs, EventType::Assault);
    assert_eq!(blast.len(), 1, "{evs:#?}");
    assert_eq!(blast[0].mode.as_deref(), Some("destroy"), "{evs:#?}");
    // "stepped up the attack" is an attack, as "stepped up attacks".
    let evs = events("Israel stepped up the attack on Hamas.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    // "issued orders" is an order, as "issued an order".
    let evs = events("China issued orders to Taiwan.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
}
