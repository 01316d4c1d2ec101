//! Session 56 (`claims99`): a verb listed after a comma without "and"
//! shares the subject of the clause the comma closes (issue #5). Invented
//! sentences, an empty KB; each rule with a near miss.

use crate::common;

use common::claim_triples;

fn speakers_of(text: &str, cue: &str) -> Vec<String> {
    claim_triples(text)
        .into_iter()
        .filter(|t| t.1 == cue)
        .map(|t| t.0)
        .collect()
}

#[test]
fn a_verb_listed_after_a_comma_shares_the_clause_subject() {
    // The noun before the comma is the first verb's object (a place here),
    // never the second verb's speaker.
    let found = speakers_of(
        "The senator urged the administration to join the coalition in Libya, proposed that more troops stay in Iraq.",
        "proposed",
    );
    assert_eq!(found, vec!["The senator".to_string()]);
    let found = speakers_of(
        "The governor met union leaders in Albany, promised that the plant would stay open.",
        "promised",
    );
    assert_eq!(found, vec!["The governor".to_string()]);
    let found = speakers_of(
        "The police chief questioned the driver, revealed that a gun was found in the car.",
        "revealed",
    );
    assert_eq!(found, vec!["The police chief".to_string()]);
}

#[test]
fn an_appositive_or_inverted_speaker_is_no_listed_verb() {
    // Near misses: the part before the comma has no verb after its
    // subject (an appositive), or a name after the verb is its inverted
    // speaker.
    let found = speakers_of(
        "Smith, a lawyer for the firm, said the deal was off.",
        "said",
    );
    assert_eq!(found, vec!["Smith, a lawyer for the firm".to_string()]);
    let found = speakers_of(
        "The economy grew faster than expected, said John Smith, an economist at the bank.",
        "said",
    );
    assert_eq!(
        found,
        vec!["John Smith, an economist at the bank".to_string()]
    );
}

#[test]
fn a_parenthetical_attribution_or_naming_verb_lists_no_verb() {
    // "Ms. Roe recalled," ends at its verb: an aside, not a clause whose
    // subject the next verb shares.
    let found = speakers_of(
        "The young woman who met her at the door, Ms. Roe recalled, asked her what she did.",
        "asked",
    );
    assert!(!found.iter().any(|s| s == "Ms. Roe"), "asked: {found:?}");
    // "called" after a noun and a comma names the noun (a reduced
    // relative); the clause's subject does not call anyone anything.
    let found = speakers_of(
        "Clinton holds a lead with party leaders and elected officials, called superdelegates, and is on track to win.",
        "called",
    );
    assert!(!found.iter().any(|s| s == "Clinton"), "called: {found:?}");
}

#[test]
fn a_relative_clause_before_the_comma_keeps_the_listed_verb_from_the_subject() {
    // The listed verb may continue the relative clause ("a network that
    // has trafficked in rumours, posted …"): the clause's subject is not
    // taken. Near miss: with no relative clause the subject speaks.
    let text = "The governor praised the union leaders who have fought the closure, promised that the plant would stay open.";
    let found = speakers_of(text, "promised");
    assert!(!found.iter().any(|s| s == "The governor"), "{found:?}");
    let found = speakers_of(
        "The governor praised the union leaders for their fight, promised that the plant would stay open.",
        "promised",
    );
    assert_eq!(found, vec!["The governor".to_string()]);
}
