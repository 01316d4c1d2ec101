//! Session 56 (branch `review56`): the review of the session's first merges. A cleft's
//! relative clause in denied content is the denied statement ("Iran denied that it was
//! Iranian forces who attacked Israel"), not a relative clause that says what a noun did; a
//! trigger row whose phrase has a second `...` or a group that names one alternative twice is
//! refused with its file and line (it made a row that never matched, or a silent duplicate).
//! Invented sentences and rows, each with a near miss.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::data_dir::DataDir;
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

/// The built-in header of `events.tsv`, which a user's file repeats.
fn trigger_header() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/lexicons/events.tsv"
    ))
    .unwrap()
    .lines()
    .find(|l| l.starts_with("phrase\t"))
    .unwrap()
    .to_string()
}

/// The built-in lexicon extended by a user's `events.tsv` of one row after
/// a comment (so the row is line 3).
fn load_with_row(row: &str) -> Result<EventLexicon, String> {
    let dir = std::env::temp_dir().join(format!("sitrep-review56-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicons")).unwrap();
    std::fs::write(
        dir.join("lexicons/events.tsv"),
        format!("{}\n# a comment\n{row}\n", trigger_header()),
    )
    .unwrap();
    let result = EventLexicon::builtin_with(&DataDir::new(&dir).unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
    result
}

#[test]
fn a_second_gap_or_a_repeated_alternative_is_refused_with_file_and_line() {
    for (row, reason) in [
        (
            "blorp ... new ... talks\t\tverb\tSANCTION\t\t164\tevent\t",
            "at most one `...`",
        ),
        (
            "{blorp ...|snarf} ... talks\t\tverb\tSANCTION\t\t164\tevent\t",
            "at most one `...`",
        ),
        (
            "{blorp|snarf|blorp} ... talks\t\tverb\tSANCTION\t\t164\tevent\t",
            "\"blorp\" twice",
        ),
        (
            "blorp ... {talks| talks}\t\tverb\tSANCTION\t\t164\tevent\t",
            "\"talks\" twice",
        ),
    ] {
        let err = load_with_row(row)
            .err()
            .unwrap_or_else(|| panic!("{row}: loaded"));
        assert!(err.contains("events.tsv:3:"), "{row}: {err}");
        assert!(err.contains(reason), "{row}: {err}");
    }
    // Near miss: a group whose alternatives carry the one gap, and distinct
    // alternatives, load.
    for row in [
        "{blorp ... talks|snarf}\t\tverb\tSANCTION\t\t164\tevent\t",
        "{blorp|snarf} ... {talks|negotiations}\t\tverb\tSANCTION\t\t164\tevent\t",
    ] {
        assert!(load_with_row(row).is_ok(), "{row}");
    }
}
