//! A transcript's turn label in capitals before a yes-no question
//! ("QUESTION: Has the Israeli cabinet approved the deal?", "REPORTER: Will
//! Iran strike back?") is a label like "Q:": the question reports no act.
//! A turn that states an act reports it.

use crate::common;

use common::event_by_trigger as event;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn a_capital_turn_label_before_a_yes_no_question_reports_no_act() {
    for text in [
        "QUESTION: Will Iran attack Israel again?",
        "REPORTER: Is Israel planning to strike Iran?",
        "Q: Will Iran attack Israel again?",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a turn that states the act, even under a questioner's
    // label, reports it.
    for text in [
        "ARAGHCHI: Israel struck Iran on Friday.",
        "QUESTION: Israel struck Iran on Friday, and what now?",
    ] {
        let evs = events(text);
        let e = event(&evs, "struck", text);
        assert!(e.source.iter().any(|s| s == "ISR"), "{text}: {e:#?}");
    }
}

/// Session 22 (`tidy23`): the turn label is the text layer's, so a label of
/// any case and length opening the line is skipped before the question, as
/// "Q:" is: a questioner named after the role word, a speaker's title and
/// name, a heading.
#[test]
fn any_line_opening_turn_label_before_a_yes_no_question_reports_no_act() {
    for text in [
        "Reporter Jane Smith: Will Israel attack Iran again?",
        "Mr. Smith: Will Israel attack Iran again?",
        "SHEIKH MOHAMMED: Will Israel attack Iran again?",
        "Question: Will Israel attack Iran again?",
        "Analysis: Will Israel attack Iran again?",
        "\"WALLACE: Will Israel attack Iran again?",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a named turn that states the act reports it.
    for text in [
        "Mr. Smith: Israel struck Iran on Friday.",
        "SHEIKH MOHAMMED: Israel struck Iran on Friday.",
    ] {
        let evs = events(text);
        let e = event(&evs, "struck", text);
        assert!(e.source.iter().any(|s| s == "ISR"), "{text}: {e:#?}");
    }
}
