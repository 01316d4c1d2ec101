//! speed17 (session 48): the trigger modes of a third party's act, "host" and "mediate", are
//! listed classes of `events-words.tsv` (`host_mode`, `mediate_mode`), as `custody_mode` is,
//! not literals in the code: a user's row makes another mode a host's or a mediator's.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

/// A trigger row of the user's `events.tsv` whose mode is no built-in one: "convene", a
/// meeting called.
const CONVENE_ROW: &str = "convene\t\tverb\tCONSULT\tconvene\t045\tevent\t\n";

/// The built-in lexicon with the user's `events.tsv` holding `trigger_rows` and the user's
/// `events-words.tsv` holding `word_rows`.
fn lexicon_with(name: &str, trigger_rows: &str, word_rows: &str) -> EventLexicon {
    common::lexicon_with_user_files(
        &format!("speed17-{name}"),
        &[
            (
                "events.tsv",
                format!("phrase\tforms\tpos\ttype\tmode\tcameo\tclass\tnote\n{trigger_rows}"),
            ),
            ("events-words.tsv", format!("word\tclasses\n{word_rows}")),
        ],
    )
}

fn events_by(lex: &EventLexicon, text: &str) -> Vec<EventRecord> {
    common::events_by_lexicon(KB.get(), lex, "2025-05-20", text)
}

fn convened<'e>(evs: &'e [EventRecord], text: &str) -> &'e EventRecord {
    evs.iter()
        .find(|e| e.event_type == EventType::Consult && e.mode.as_deref() == Some("convene"))
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"))
}

#[test]
fn a_users_mediate_mode_row_gives_the_mediator_the_sides_after_between() {
    let text = "Oman convened a round between Iran and the United States.";
    // Near miss: with the mode not listed, the convener's object names no party ("a round
    // between" closes a topic, as in "discussed the talks between").
    let plain = lexicon_with("plain", CONVENE_ROW, "");
    let evs = events_by(&plain, text);
    assert_eq!(
        convened(&evs, text).source,
        common::ids(&["OMN"]),
        "{evs:#?}"
    );
    assert!(convened(&evs, text).target.is_empty(), "{evs:#?}");
    // Listed as a mediator's mode, the sides after "between" are whom it brings together, and
    // the mediator stays the doer.
    let listed = lexicon_with("mediate", CONVENE_ROW, "convene\tmediate_mode\n");
    let evs = events_by(&listed, text);
    let e = convened(&evs, text);
    assert_eq!(e.source, common::ids(&["OMN"]), "{evs:#?}");
    assert_eq!(e.target, common::ids(&["IRN", "USA"]), "{evs:#?}");
}

#[test]
fn a_users_host_mode_row_reads_a_reception_as_hosted_by_the_state_it_is_in() {
    let text = "Iranian President Masoud Pezeshkian was convened in Oman.";
    // Near miss: with the mode not listed, the passive names no doer.
    let plain = lexicon_with("plain-host", CONVENE_ROW, "");
    let evs = events_by(&plain, text);
    assert!(convened(&evs, text).source.is_empty(), "{evs:#?}");
    assert_eq!(
        convened(&evs, text).target,
        common::ids(&["IRN"]),
        "{evs:#?}"
    );
    // Listed as a host's mode, a visitor received with no host named is the guest of the
    // state he is received in.
    let listed = lexicon_with("host", CONVENE_ROW, "convene\thost_mode\n");
    let evs = events_by(&listed, text);
    assert_eq!(
        convened(&evs, text).source,
        common::ids(&["OMN"]),
        "{evs:#?}"
    );
    assert_eq!(
        convened(&evs, text).target,
        common::ids(&["IRN"]),
        "{evs:#?}"
    );
}

#[test]
fn the_built_in_host_and_mediate_rows_keep_their_reading() {
    // "host ... talks between" is a mediate row: the host's object names the sides.
    let text = "Oman hosted four rounds of talks between Iran and the United States.";
    let evs = events_by(common::lexicon(), text);
    let e = evs
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
    assert_eq!(e.source, common::ids(&["OMN"]), "{evs:#?}");
    assert_eq!(e.target, common::ids(&["IRN", "USA"]), "{evs:#?}");
}
