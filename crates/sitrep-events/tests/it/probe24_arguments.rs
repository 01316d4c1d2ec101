//! Event arguments from the hand-judged errors of probe24 (session 24, branch events26), each
//! rule with a near miss that keeps the old reading: a possessive pronoun opening a subject
//! of plain words stands for the doer ("Hamas said its fighters attacked"); a verb of fighting
//! off (`repel` class) whose object is an attack turns the sides round ("repelled 61 Russian
//! attacks": RUS the source); a subordinator before time words alone ("since Sunday") opens no
//! clause, so a predicate after "and" keeps the first verb's subject.

use crate::common;

use common::{claim_at, event_by_trigger as event, ids};
use sitrep_record::Stance;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-03-01");

/// The events of `text` with one claim: `speaker` said `content` (cue "said").
fn said(text: &str, speaker: &str, content: &str) -> Vec<sitrep_record::EventRecord> {
    let claim = claim_at(text, "c1", Some(speaker), "said", content, Stance::Assert);
    KB.events_with("2025-03-01", text, &[claim])
}

#[test]
fn a_possessive_subject_of_plain_words_is_done_by_its_owner() {
    let text = "Hamas said its fighters attacked an Israeli patrol.";
    let evs = said(text, "hamas", "its fighters attacked an Israeli patrol");
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["hamas"]), "{evs:#?}");
    assert_eq!(e.target, ids(&["ISR"]), "{evs:#?}");

    let text = "The Kremlin said its air defences had destroyed 121 Ukrainian drones overnight.";
    let evs = said(
        text,
        "RUS",
        "its air defences had destroyed 121 Ukrainian drones overnight",
    );
    let e = event(&evs, "destroyed", text);
    assert_eq!(e.source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{evs:#?}");

    // Outside reported speech the pronoun stands for the name before it.
    let text = "Hezbollah and its fighters remain in Lebanon. Israel said on Monday that its jets struck Hezbollah targets.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "struck", text).source,
        ids(&["ISR"]),
        "{evs:#?}"
    );
}

#[test]
fn a_possessive_after_a_coordinator_or_inside_a_phrase_is_no_owner_subject() {
    // "Russia and its allies": the first name is the subject, as before.
    let text = "Russia and its allies attacked Ukraine.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "attacked", text).source,
        ids(&["RUS"]),
        "{evs:#?}"
    );
    // A possessive inside a prepositional phrase owns no subject.
    let text = "Hamas said a unit of its fighters attacked an Israeli patrol.";
    let evs = said(
        text,
        "hamas",
        "a unit of its fighters attacked an Israeli patrol",
    );
    assert!(event(&evs, "attacked", text).source.is_empty(), "{evs:#?}");
}

#[test]
fn attacks_fought_off_are_the_attackers_act_on_the_defender() {
    let text = "Ukraine's forces repelled 61 Russian attacks along the front.";
    let evs = events(text);
    let e = event(&evs, "repelled", text);
    assert_eq!(e.source, ids(&["RUS"]), "{evs:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{evs:#?}");
    // Troops fought off are the defender's target, as before.
    let text = "Ukraine's forces repelled Russian troops near Pokrovsk.";
    let evs = events(text);
    let e = event(&evs, "repelled", text);
    assert_eq!(e.source, ids(&["UKR"]), "{evs:#?}");
    assert_eq!(e.target, ids(&["RUS"]), "{evs:#?}");
}

#[test]
fn one_person_owns_nothing_as_their() {
    // The speaker is one person: "their" stands for the people named in the speech.
    let text = "Putin said Ukraine attacked, but their drones were shot down.";
    let evs = said(
        text,
        "vladimir-putin",
        "Ukraine attacked, but their drones were shot down",
    );
    let e = event(&evs, "shot down", text);
    assert_eq!(e.target, ids(&["UKR"]), "{evs:#?}");
    // A group speaker owns its fighters as "their".
    let text = "The Houthis said their fighters attacked an Israeli ship.";
    let evs = said(text, "houthis", "their fighters attacked an Israeli ship");
    assert_eq!(
        event(&evs, "attacked", text).source,
        ids(&["houthis"]),
        "{evs:#?}"
    );
}

#[test]
fn a_time_phrase_opens_no_clause_before_a_second_predicate() {
    let text = "Israel has struck hundreds of targets in Syria since Sunday and moved troops into the buffer zone.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "moved troops", text).source,
        ids(&["ISR"]),
        "{evs:#?}"
    );
    // A subordinate clause with a subject of its own still ends the first predicate.
    let text = "Israel struck targets in Syria after Hezbollah fired rockets and moved troops into the buffer zone.";
    let evs = events(text);
    assert_ne!(
        event(&evs, "moved troops", text).source,
        ids(&["ISR"]),
        "{evs:#?}"
    );
}
