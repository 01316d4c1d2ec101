//! Session 34 (branch `events37`, issue #2): who did what to whom when the clause moves the
//! parties around. A meeting's venue is no target when the meeting has an object of its
//! own; the owner of an announced act is its doer, not the announcer; a small clause of
//! "declare" is done to its name; someone flown somewhere visits no one; a first-person
//! pronoun outside reported speech is no third party; a ruling reacted to is aimed at the
//! court named before. Invented sentences.

use crate::common;

use common::{ids, of_type, the_only};
use sitrep_record::EventType;

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

/// The shared world actors with a court of their own.
const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
world-court\tigo\tWorld Tribunal of Arbitration\t\tJUD\t\t\t\tabbr:WTA
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
";

common::events_kb!(ACTORS, ROLES, "2025-09-09");

#[test]
fn a_meeting_with_unnamed_people_is_held_in_the_place_not_with_it() {
    for text in [
        "Erdogan met students in Ankara on Friday.",
        "Putin met with war veterans in Moscow.",
        "Zelensky challenged Erdogan to meet him in Kyiv.",
    ] {
        let evs = events(text);
        let consult = the_only(text, &evs, EventType::Consult);
        assert!(consult.target.is_empty(), "{text}: {evs:#?}");
        assert_eq!(consult.place.len(), 1, "{text}: {evs:#?}");
    }
    // Near misses: a named partner is the target, and a meeting with no object keeps the
    // place standing in for it.
    let text = "Erdogan met Zelensky in Ankara on Friday.";
    let evs = events(text);
    let consult = the_only(text, &evs, EventType::Consult);
    assert_eq!(
        consult.target,
        ids(&["volodymyr-zelensky"]),
        "{text}: {evs:#?}"
    );
    for text in [
        "Erdogan met again in Kyiv on Friday.",
        "Erdogan met twice in Kyiv this year.",
    ] {
        let evs = events(text);
        let consult = the_only(text, &evs, EventType::Consult);
        assert_eq!(consult.target, ids(&["UKR"]), "{text}: {evs:#?}");
    }
}

#[test]
fn an_announced_act_owned_by_a_name_is_that_owners_act() {
    let text = "Erdogan announced Zelensky's resignation on Monday.";
    let evs = events(text);
    assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
    assert_eq!(
        evs[0].source,
        ids(&["volodymyr-zelensky"]),
        "{text}: {evs:#?}"
    );
    assert!(
        !evs[0].target.contains(&"recep-tayyip-erdogan".to_string()),
        "{text}: {evs:#?}"
    );
    // Near miss: one's own resignation announced is the announcer's.
    let text = "Zelensky announced his resignation on Monday.";
    let evs = events(text);
    assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
    assert_eq!(
        evs[0].source,
        ids(&["volodymyr-zelensky"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_declared_overthrow_is_done_to_the_name_in_the_small_clause() {
    for text in [
        "Hezbollah declared Putin overthrown on Sunday.",
        "Hezbollah declared the capital liberated and Putin overthrown.",
    ] {
        let evs = events(text);
        let assault = of_type(&evs, EventType::Assault);
        let overthrow = assault
            .iter()
            .find(|e| e.trigger.text == "overthrown")
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(
            overthrow.target,
            ids(&["vladimir-putin"]),
            "{text}: {evs:#?}"
        );
        assert_eq!(overthrow.source, ids(&["hezbollah"]), "{text}: {evs:#?}");
    }
    // Near miss: a clause with an object of its own after "declared" is active.
    let text = "Hezbollah declared Israel attacked Lebanon overnight.";
    let evs = events(text);
    let assault = the_only(text, &evs, EventType::Assault);
    assert_eq!(assault.source, ids(&["ISR"]), "{text}: {evs:#?}");
    assert_eq!(assault.target, ids(&["LBN"]), "{text}: {evs:#?}");
}

#[test]
fn someone_flown_to_a_place_visits_no_one() {
    for text in [
        "Zelensky was flown to Ankara on Sunday.",
        "Zelensky was detained in Kyiv and flown to Ankara hours later.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Consult).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: who flies there visits; a visit in the passive names its visitor.
    let text = "Zelensky flew to Ankara on Sunday.";
    let evs = events(text);
    let consult = the_only(text, &evs, EventType::Consult);
    assert_eq!(
        consult.source,
        ids(&["volodymyr-zelensky"]),
        "{text}: {evs:#?}"
    );
    let text = "Ankara was visited by Zelensky on Sunday.";
    let evs = events(text);
    let consult = the_only(text, &evs, EventType::Consult);
    assert_eq!(
        consult.source,
        ids(&["volodymyr-zelensky"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_first_person_pronoun_outside_reported_speech_is_no_third_party() {
    let text = "\"We declare Putin overthrown. We call on Turkey to open its border.\"";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| !e.source.contains(&"vladimir-putin".to_string())),
        "{text}: {evs:#?}"
    );
    let overthrow = evs
        .iter()
        .find(|e| e.trigger.text == "overthrown")
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(
        overthrow.target,
        ids(&["vladimir-putin"]),
        "{text}: {evs:#?}"
    );
    // Near miss: a third-person pronoun still names the one before it.
    let text = "Putin arrived in Ankara. He attacked Ukraine the next day.";
    let evs = events(text);
    let assault = the_only(text, &evs, EventType::Assault);
    assert_eq!(assault.source, ids(&["vladimir-putin"]), "{text}: {evs:#?}");
}

#[test]
fn a_ruling_reacted_to_is_aimed_at_the_court_named_before() {
    for text in [
        "The World Tribunal of Arbitration ordered Russia to pay damages on Monday. Zelensky welcomed the ruling.",
        "The WTA said in an advisory opinion that the blockade was unlawful. Erdogan rejected the opinion on Tuesday.",
    ] {
        let evs = events(text);
        let reaction = evs
            .iter()
            .find(|e| matches!(e.event_type, EventType::Support | EventType::Reject))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(reaction.target, ids(&["world-court"]), "{text}: {evs:#?}");
    }
    // Near misses: no court named before leaves the target empty; a decision is no ruling.
    for text in [
        "Zelensky welcomed the ruling on Monday.",
        "The WTA met in Ankara. Erdogan rejected the decision on Tuesday.",
    ] {
        let evs = events(text);
        let reaction = evs
            .iter()
            .find(|e| matches!(e.event_type, EventType::Support | EventType::Reject))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert!(reaction.target.is_empty(), "{text}: {evs:#?}");
    }
}
