//! speed19 (session 50): the trigger mode "ban" and the mode a deployment is written with,
//! "troops", are listed classes of `events-words.tsv` (`ban_mode`, `deploy_mode`), as
//! `visit_mode` is, not literals in the code: a user's row makes another mode a ban's.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French
MLI\tcountry\tMali\tMLI\t\t\t\t\tadj:Malian
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

/// A trigger row of the user's `events.tsv` for a ban whose mode is no built-in one:
/// "proscribe" (CAMEO 1722, as the built-in "ban").
const PROSCRIBE_ROW: &str =
    "proscribe\tproscribes|proscribed|proscribing\tverb\tCOERCE\tproscribe\t1722\tevent\t\n";

/// The built-in lexicon with the user's `events.tsv` holding `trigger_rows` and the user's
/// `events-words.tsv` holding `word_rows`.
fn lexicon_with(name: &str, trigger_rows: &str, word_rows: &str) -> EventLexicon {
    common::lexicon_with_user_files(
        &format!("speed19-{name}"),
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
fn a_users_ban_mode_row_makes_a_ban_on_another_state_a_sanction() {
    let text = "France proscribed Iranian oil on Friday.";
    // Near miss: with the mode not listed, the act stays a coercion of its own mode.
    let plain = lexicon_with("plain-ban", PROSCRIBE_ROW, "");
    let evs = events_by(&plain, text);
    assert!(
        evs.iter()
            .any(|e| e.event_type == EventType::Coerce && e.mode.as_deref() == Some("proscribe")),
        "{evs:#?}"
    );
    assert!(
        common::of_type(&evs, EventType::Sanction).is_empty(),
        "{evs:#?}"
    );
    // Listed as a ban's mode, a ban that falls on another state is a trade sanction.
    let listed = lexicon_with("ban", PROSCRIBE_ROW, "proscribe\tban_mode\n");
    let evs = events_by(&listed, text);
    let e = common::the_only(text, &evs, EventType::Sanction);
    assert_eq!(e.mode.as_deref(), Some("restrict"), "{evs:#?}");
    assert_eq!(e.source, common::ids(&["FRA"]), "{evs:#?}");
    assert_eq!(e.target, common::ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn the_built_in_ban_and_deploy_rows_keep_their_reading() {
    let lex = common::lexicon();
    // A ban on another state's goods is a sanction; one on a party inside a state is not.
    let text = "France banned Iranian oil on Friday.";
    let evs = events_by(lex, text);
    let e = common::the_only(text, &evs, EventType::Sanction);
    assert_eq!(e.mode.as_deref(), Some("restrict"), "{evs:#?}");
    let evs = events_by(lex, "Iran banned the opposition party on Friday.");
    assert!(
        common::of_type(&evs, EventType::Sanction).is_empty(),
        "{evs:#?}"
    );
    // Forces that travel somewhere are deployed, written with the `deploy_mode` row's mode.
    let text = "Malian troops arrived in France.";
    let evs = events_by(lex, text);
    let e = common::the_only(text, &evs, EventType::Mobilize);
    assert_eq!(e.mode.as_deref(), Some("troops"), "{evs:#?}");
}

#[test]
fn the_built_in_lexicon_lists_one_deploy_mode_and_one_ban_mode() {
    let words = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/lexicons/events-words.tsv"
    ))
    .expect("the built-in events-words.tsv");
    let rows_of = |class: &str| {
        words
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, classes)| classes.split(',').any(|c| c.trim() == class))
            .map(|(w, _)| w.to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(rows_of("deploy_mode"), vec!["troops"]);
    assert_eq!(rows_of("ban_mode"), vec!["ban"]);
}
