//! speed18 (session 49): the trigger modes "visit" and "release" are listed classes of
//! `events-words.tsv` (`visit_mode`, `release_mode`), as `host_mode` and `mediate_mode` are,
//! not literals in the code: a user's row makes another mode a visit's or a release's.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French
MLI\tcountry\tMali\tMLI\t\t\t\t\tadj:Malian
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

/// A trigger row of the user's `events.tsv` for travel whose mode is no built-in one:
/// "sail to", a voyage (CAMEO 042, as the built-in "travel to").
const SAIL_ROW: &str =
    "sail to\tsails to|sailed to|sailing to\tverb\tCONSULT\tvoyage\t042\tevent\t\n";

/// A trigger row of the user's `events.tsv` for freeing whose mode is no built-in one:
/// "liberate" (CAMEO 0841, as the built-in "free").
const LIBERATE_ROW: &str =
    "liberate\tliberates|liberated|liberating\tverb\tRETREAT\tliberate\t0841\tevent\t\n";

/// The built-in lexicon with the user's `events.tsv` holding `trigger_rows` and the user's
/// `events-words.tsv` holding `word_rows`.
fn lexicon_with(name: &str, trigger_rows: &str, word_rows: &str) -> EventLexicon {
    common::lexicon_with_user_files(
        &format!("speed18-{name}"),
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

#[test]
fn a_users_visit_mode_row_deploys_forces_that_travel() {
    let text = "French troops sailed to Mali.";
    // Near miss: with the mode not listed, the voyage is a consultation of its own mode.
    let plain = lexicon_with("plain-visit", SAIL_ROW, "");
    let evs = events_by(&plain, text);
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Consult && e.mode.as_deref() == Some("voyage")),
        "{evs:#?}"
    );
    assert!(
        common::of_type(&evs, EventType::Mobilize).is_empty(),
        "{evs:#?}"
    );
    // Listed as a visit's mode, forces that travel are deployed, as "French troops arrived
    // in Mali" is.
    let listed = lexicon_with("visit", SAIL_ROW, "voyage\tvisit_mode\n");
    let evs = events_by(&listed, text);
    let e = common::the_only(text, &evs, EventType::Mobilize);
    assert_eq!(e.mode.as_deref(), Some("troops"), "{evs:#?}");
    assert_eq!(e.source, common::ids(&["FRA"]), "{evs:#?}");
}

#[test]
fn a_users_release_mode_row_frees_no_one_by_publishing() {
    let text = "Iran liberated the report on Monday.";
    // Near miss: with the mode not listed, the row's act stands whatever its object.
    let plain = lexicon_with("plain-release", LIBERATE_ROW, "");
    let evs = events_by(&plain, text);
    assert_eq!(
        common::of_type(&evs, EventType::Retreat).len(),
        1,
        "{evs:#?}"
    );
    // Listed as a release's mode, a publication released is no event.
    let listed = lexicon_with("release", LIBERATE_ROW, "liberate\trelease_mode\n");
    let evs = events_by(&listed, text);
    assert!(
        common::of_type(&evs, EventType::Retreat).is_empty(),
        "{evs:#?}"
    );
    // Captives freed keep the act.
    let text = "Iran liberated two French sailors on Monday.";
    let evs = events_by(&listed, text);
    let e = common::the_only(text, &evs, EventType::Retreat);
    assert_eq!(e.source, common::ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn the_built_in_visit_and_release_rows_keep_their_reading() {
    let lex = common::lexicon();
    let text = "French troops arrived in Mali.";
    let evs = events_by(lex, text);
    let e = common::the_only(text, &evs, EventType::Mobilize);
    assert_eq!(e.mode.as_deref(), Some("troops"), "{evs:#?}");
    let text = "Iran released the report on Monday.";
    let evs = events_by(lex, text);
    assert!(
        common::of_type(&evs, EventType::Retreat).is_empty(),
        "{evs:#?}"
    );
    let text = "Iran released two French sailors on Monday.";
    let evs = events_by(lex, text);
    let e = common::the_only(text, &evs, EventType::Retreat);
    assert_eq!(e.mode.as_deref(), Some("release"), "{evs:#?}");
}
