//! Session 56 (branch `review56`): the review of the session's first merges. A cleft's
//! relative clause in denied content is the denied statement ("Iran denied that it was
//! Iranian forces who attacked Israel"), not a relative clause that says what a noun did.
//! Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
HAMAS\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
";

common::events_kb!(ACTORS, common::OFFICIALS, "2026-03-01");

/// The events of `text` read with one deny claim by Iran over `content`.
fn denied_events(text: &str, content: &str) -> Vec<EventRecord> {
    let claims = [common::claim_at(
        text,
        "c1",
        Some("IRN"),
        "denied",
        content,
        sitrep_record::Stance::Deny,
    )];
    common::events_with_claims(KB.get(), "2026-03-01", text, &claims)
}

#[test]
fn a_clefts_relative_clause_is_the_denied_statement() {
    for (text, content) in [
        (
            "Iran denied that it was Iranian forces who attacked Israel.",
            "it was Iranian forces who attacked Israel",
        ),
        (
            "Iran denied it was the Iranian army that attacked Israel.",
            "it was the Iranian army that attacked Israel",
        ),
    ] {
        let evs = denied_events(text, content);
        let attack = common::event_by_trigger(&evs, "attacked", text);
        assert_eq!(attack.modality, Modality::Negated, "{text}: {evs:?}");
    }
    // Not denied, a cleft states its act.
    let text = "It was Iranian forces who attacked Israel.";
    let evs = events(text);
    let attack = common::event_by_trigger(&evs, "attacked", text);
    assert_eq!(attack.modality, Modality::Asserted, "{text}: {evs:?}");
    // Near miss: a relative clause on a noun of the denied content says
    // what that noun did; the denial is of the backing.
    let text = "Iran denied backing the Hamas fighters who attacked Israel.";
    let evs = denied_events(text, "backing the Hamas fighters who attacked Israel");
    let attack = common::event_by_trigger(&evs, "attacked", text);
    assert_eq!(attack.modality, Modality::Attributed, "{evs:?}");
}
