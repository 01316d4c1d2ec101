//! Session 52 (the lead, issue #2): every verb of handing over takes the weapon nouns the
//! others take ("will deliver two Patriot air defense systems to Ukraine", "transferred weapons
//! to the Houthis", "ship more munitions to Israel" were no event). Invented sentences, each
//! with a near miss. A warning whose only target is the warner's own state, read from the
//! that-clause after it ("warned that Washington would not hesitate to act"), threatens no one.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

#[test]
fn weapons_handed_over_are_military_aid() {
    for (text, source, target) in [
        (
            "Germany will deliver two additional Patriot air defense systems to Ukraine.",
            "DEU",
            "UKR",
        ),
        (
            "Iran transferred weapons to Israel's enemies in Gaza.",
            "IRN",
            "",
        ),
        (
            "The United States will ship more munitions to Israel.",
            "USA",
            "ISR",
        ),
        ("Germany delivered arms to Ukraine.", "DEU", "UKR"),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let aid = evs
            .iter()
            .find(|e| e.event_type == EventType::Aid)
            .unwrap_or_else(|| panic!("no AID in {text:?}: {evs:?}"));
        assert_eq!(aid.source, vec![source.to_string()], "{text}");
        if !target.is_empty() {
            assert_eq!(aid.target, vec![target.to_string()], "{text}");
        }
    }
    // Near misses: a message or a blow delivered is no aid.
    for text in [
        "Germany delivered a message to Ukraine.",
        "Ukraine delivered a blow to Israel's hopes.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Aid),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_warning_about_the_warners_own_state_threatens_no_one() {
    for text in [
        "The Israeli defense minister said the strike was necessary and warned that Israel would \
         not hesitate to act again.",
        "US officials said the strike was necessary and warned that Washington would not hesitate \
         to act again.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let warning = evs
            .iter()
            .find(|e| e.event_type == EventType::Threaten)
            .unwrap_or_else(|| panic!("no THREATEN in {text:?}: {evs:?}"));
        assert!(warning.target.is_empty(), "{text}: {evs:?}");
    }
    // Near misses: another state in the clause, and an addressee of the warning, are targets.
    for (text, target) in [
        (
            "The Israeli defense minister warned that Israel would strike Iran again.",
            "IRN",
        ),
        (
            "US officials warned Iran that Washington would act again.",
            "IRN",
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            evs.iter().any(
                |e| e.event_type == EventType::Threaten && e.target == vec![target.to_string()]
            ),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_name_right_after_a_verb_modifies_the_object_noun_after_it() {
    let text = "Israel struck Iranian targets near Tehran.";
    let evs: Vec<EventRecord> = events(text);
    assert_eq!(evs.len(), 1, "{text}: {evs:?}");
    assert_eq!(evs[0].source, vec!["ISR".to_string()], "{text}");
    let text = "Israel struck Iran targets near Tehran.";
    let evs: Vec<EventRecord> = events(text);
    assert!(
        evs.iter().all(|e| e.source != vec!["IRN".to_string()]),
        "{text}: {evs:?}"
    );
    // Near miss: a name opening a reported clause does the verb after it.
    let text = "Israel said Iran arms the Houthis in Yemen.";
    let evs: Vec<EventRecord> = events(text);
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Aid && e.source == vec!["IRN".to_string()]),
        "{text}: {evs:?}"
    );
}

#[test]
fn who_uses_or_runs_the_place_an_act_hits_is_its_target() {
    for (text, target) in [
        (
            "The United States carried out an airstrike against a facility used by Iran in \
             western Ukraine.",
            "IRN",
        ),
        (
            "Israel struck a weapons depot used by Iran in Ukraine.",
            "IRN",
        ),
        (
            "Russia attacked a power plant operated by Ukraine in Germany.",
            "UKR",
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Assault)
            .unwrap_or_else(|| panic!("no ASSAULT in {text:?}: {evs:?}"));
        assert_eq!(e.target, vec![target.to_string()], "{text}");
    }
    // Near misses: a thing the act is no act on ("a torture technique used by"), and a place
    // with no user named, keep their readings.
    let text = "Israel condemned waterboarding, a torture technique used by the United States.";
    let evs: Vec<EventRecord> = events(text);
    assert!(
        evs.iter().all(|e| !(e.event_type == EventType::Assault
            && e.source == e.target
            && !e.source.is_empty())),
        "{text}: {evs:?}"
    );
    let text = "Israel struck a warehouse in Ukraine.";
    let evs: Vec<EventRecord> = events(text);
    assert!(
        evs.iter().any(|e| e.target == vec!["UKR".to_string()]),
        "{text}: {evs:?}"
    );
}

#[test]
fn bowing_to_a_person_or_a_crowd_is_no_concession() {
    for text in [
        "The Israeli prime minister bowed to the Japanese emperor during his visit to Tokyo.",
        "The Israeli prime minister bowed to Saudi King Abdullah in London.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            evs.iter().all(|e| e.event_type != EventType::Concede),
            "{text}: {evs:?}"
        );
    }
    // Near miss: bowing to a state's pressure is a concession to it.
    let text = "Israel bowed to US pressure and reopened the crossing.";
    let evs: Vec<EventRecord> = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == EventType::Concede
            && e.source == vec!["ISR".to_string()]
            && e.target == vec!["USA".to_string()]),
        "{text}: {evs:?}"
    );
}
