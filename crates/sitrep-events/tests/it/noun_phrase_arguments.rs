//! Who a noun phrase names: a nationality adjective before a noun for a
//! people's language or culture is no target ("curbs on the teaching of the
//! Polish language"), while one before a sector of the state or its forces
//! still is ("sanctions on Russian banks", "attacked Russian positions");
//! before a weapon noun and an attack noun it is the doer ("Israeli tank
//! shelling").

use crate::common;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
LTU\tcountry\tLithuania\tLTU\t\t\t\t\tadj:Lithuanian|meto:Vilnius
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
";

const ROLES: &str = "phrase\tsector\tnumber
government\tGOV\tgroup
";

common::events_kb!(ACTORS, ROLES, "2019-03-01");

#[test]
fn a_language_named_by_a_nationality_is_no_target() {
    for text in [
        "The Lithuanian government eased restrictions on the teaching of the Polish language in state schools.",
        "The Lithuanian government eased restrictions on Polish culture festivals last year.",
    ] {
        let evs = events(text);
        assert!(!evs.is_empty(), "{text}: {evs:#?}");
        for e in &evs {
            assert_eq!(e.source, ids(&["LTUGOV"]), "{text}: {evs:#?}");
            assert!(!e.target.contains(&"POL".to_string()), "{text}: {evs:#?}");
        }
    }
}

#[test]
fn a_sector_or_force_named_by_a_nationality_stays_the_target() {
    let evs = events("The Ukrainian government imposed sanctions on Russian banks on Monday.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Sanction);
    assert_eq!(evs[0].target, ids(&["RUS"]));
    let evs = events("Ukrainian troops attacked Russian positions near the river overnight.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Assault);
    assert_eq!(evs[0].target, ids(&["RUS"]));
}

#[test]
fn a_weapon_noun_before_an_attack_noun_in_ing_keeps_it_a_noun() {
    let evs = events("Israeli tank shelling hit a village in southern Lebanon on Sunday.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Assault);
    // The attack noun is the subject of "hit" (a past), which takes it in
    // as one event with the noun's mode.
    assert_eq!(evs[0].trigger.text, "hit");
    assert_eq!(evs[0].mode.as_deref(), Some("heavy-weapons"), "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["ISR"]));
    assert_eq!(evs[0].target, ids(&["LBN"]));
    let evs =
        events("Two Lebanese farmers were wounded by Israeli mortar shelling near the border.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["ISR"]));
    assert_eq!(evs[0].target, ids(&["LBN"]));
}

#[test]
fn an_attack_noun_as_the_subject_of_an_attack_verb_is_one_event() {
    // The verb finds the noun's source inside its own subject ("Israeli"):
    // still one attack, told twice, with the verb's target.
    let evs = events("Israeli shelling killed three people in southern Lebanon on Tuesday.");
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0].event_type, EventType::Assault);
    assert_eq!(
        (evs[0].source.clone(), evs[0].target.clone()),
        (ids(&["ISR"]), ids(&["LBN"]))
    );
    // Another doer in the verb's subject makes two events.
    let evs = events("After Israeli shelling, Russian forces attacked Ukrainian positions.");
    assert_eq!(evs.len(), 2, "{evs:?}");
}

#[test]
fn people_from_a_state_in_the_object_are_that_states() {
    // Session 8: "from" inside the object names whose people they are, like
    // "of" ("the return of U.N. inspectors").
    for (text, source, target) in [
        (
            "The Polish prime minister met with dissidents from Lithuania on Monday.",
            "POL",
            "LTU",
        ),
        (
            // Bare "Officials" opening the sentence are Ukraine's government's
            // (actors38): the capital after "in" places them.
            "Officials in Kyiv met a delegation from Israel on Monday.",
            "UKRGOV",
            "ISR",
        ),
    ] {
        let evs = events(text);
        let consult: Vec<_> = evs
            .iter()
            .filter(|e| e.event_type == EventType::Consult)
            .collect();
        assert_eq!(consult.len(), 1, "{text}: {evs:#?}");
        assert_eq!(consult[0].source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(consult[0].target, ids(&[target]), "{text}: {evs:#?}");
    }
    // A verb with a "from" phrase of its own keeps it as its argument: the
    // giver acts, the receiver is the target.
    let evs = events("Ukraine received weapons from Poland.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, ids(&["POL"]), "{evs:#?}");
    assert_eq!(evs[0].target, ids(&["UKR"]), "{evs:#?}");
    // A retreat from a state is aimed at it, as before.
    let evs = events("Russia withdrew troops from Lithuania.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].target, ids(&["LTU"]), "{evs:#?}");
}
