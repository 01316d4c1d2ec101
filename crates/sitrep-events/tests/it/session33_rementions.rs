//! Session 33 (branch `events36`): more shapes of a definite event noun that refers back to an
//! event the story already told and is no new one — an active verb that says what the event
//! meant or did ("the strike showed that", "the deal provided for"), a copula with "the",
//! "another" or a comparison ("the strikes were more intense"), a second "that" clause, a noun
//! that dates another act ("after her arrest"), and an earlier event whose doer the story
//! left unnamed. Near misses: a participle that places the noun anew ("the agreement signed in
//! Baghdad"), a party the event told has not ("the Iraqi agreement"), a first mention, and a subject's own verb. Invented sentences.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
GRC\tcountry\tGreece\tGRC\t\t\t\t\tadj:Greek|meto:Athens
eleni-markou\tperson\tEleni Markou\tGRC\tOPP\t\t\t\tMarkou
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn an_active_comment_verb_on_a_told_event_makes_no_new_event() {
    let evs = events(
        "Turkish jets struck Syria on Tuesday. \
         The Turkish strike showed that Ankara had lost patience with Damascus.",
    );
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    let evs = events(
        "Turkey and Syria signed a border agreement on Monday. \
         Officials said that the agreement between Turkey and Syria provided for joint patrols.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 0, "{evs:#?}");
    // The verb of a second "that" clause.
    let evs = events(
        "Turkey and Syria signed a border agreement on Monday. \
         An aide said the border would reopen, and that the agreement between Turkey and Syria \
         reflected months of work.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 0, "{evs:#?}");
}

#[test]
fn a_copula_with_a_defining_or_comparing_predicate_makes_no_new_event() {
    let evs = events(
        "Turkish jets struck Syria on Tuesday. \
         The Turkish strikes on Syria were more intense than in March.",
    );
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    let evs = events(
        "Turkey and Syria signed a border accord on Monday. \
         The accord between Turkey and Syria was the result of months of talks.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 0, "{evs:#?}");
    let evs = events(
        "Turkish jets struck Syria on Tuesday. \
         The Turkish strikes were \"another reckless escalation\", a Syrian official said.",
    );
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn a_definite_event_noun_after_after_or_since_points_back() {
    let evs = events(
        "Greek police arrested opposition leader Eleni Markou on Monday. \
         In a letter written after her arrest, Markou said she would not be silenced.",
    );
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
    let evs = events(
        "Turkish jets struck Syria on Tuesday. \
         Syrian officials met in Damascus following the Turkish strike on Syria.",
    );
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    // Near miss: with no arrest told before, the noun is the first mention.
    let evs = events(
        "In a letter written after the arrest of Eleni Markou, Greek officials said she would \
         be tried.",
    );
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
}

#[test]
fn an_earlier_event_with_an_unnamed_doer_is_an_antecedent() {
    let evs = events(
        "Investigators arrested opposition leader Eleni Markou on Monday. \
         The arrest of Markou was a blow to democracy, Greek officials said.",
    );
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
}

#[test]
fn a_placed_participle_a_first_mention_and_a_subjects_own_verb_stay_events() {
    // "signed in Baghdad": another agreement, placed anew; and "Iraqi" names a party that the
    // agreement told before does not have.
    let evs = events(
        "Turkey and Syria signed a border agreement on Monday. \
         The Iraqi agreement signed in Baghdad showed the way.",
    );
    assert!(
        evs.iter().any(|e| e.trigger.text == "agreement"),
        "{evs:#?}"
    );
    let evs = events(
        "Turkey and Syria signed a border agreement on Monday. \
         The Iraqi agreement signed last year showed the way.",
    );
    assert!(
        evs.iter().any(|e| e.trigger.text == "agreement"),
        "{evs:#?}"
    );
    // No event told before: the comment is on a first mention.
    let evs = events("The Turkish strike on Syria showed that Ankara had lost patience.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    // A subject's own verb after a definite subject is its act, not a re-mention.
    let evs = events(
        "Turkish jets struck Syria on Tuesday. \
         The Greek government condemned the strike on Syria.",
    );
    assert_eq!(of_type(&evs, EventType::Accuse).len(), 1, "{evs:#?}");
}
