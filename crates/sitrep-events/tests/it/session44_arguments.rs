//! Session 44 (branch `events58`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

use crate::common;

use common::event_by_trigger as event;
use common::{by_trigger, ids};
use sitrep_events::EventLexicon;
use sitrep_record::EventRecord;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

/// The built-in lexicon with `rows` added to the user's `events-words.tsv`.
fn lexicon_with(name: &str, rows: &str) -> EventLexicon {
    common::lexicon_with_word_rows(&format!("s44-{name}"), rows)
}

fn events_by(lex: &EventLexicon, text: &str) -> Vec<EventRecord> {
    common::events_by_lexicon(KB.get(), lex, "2025-06-01", text)
}

#[test]
fn an_indefinite_pronoun_subject_names_no_doer() {
    // "everybody" is the verb's subject: the search for a doer stops there
    // and does not reach the names of the clause before "and".
    for text in [
        "Putin met Erdogan and everybody condemned Israel.",
        "Putin met Erdogan and someone condemned Israel.",
    ] {
        let evs = events(text);
        let e = event(&evs, "condemned", text);
        assert!(e.source.is_empty(), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&["ISR"]), "{text}: {e:#?}");
    }
}

#[test]
fn a_users_indefinite_pronoun_row_extends_the_list() {
    // The pronouns are rows of `events-words.tsv`: a user's row adds one.
    // Near miss: without the row, "whoever" is a plain word the search
    // steps over to the names before it.
    let text = "Putin met Erdogan and whoever condemned Israel.";
    let builtin = events_by(common::lexicon(), text);
    let e = event(&builtin, "condemned", text);
    assert!(!e.source.is_empty(), "{e:#?}");
    let lex = lexicon_with("indef", "whoever\tindefinite_pronoun\n");
    let evs = events_by(&lex, text);
    let e = event(&evs, "condemned", text);
    assert!(e.source.is_empty(), "{e:#?}");
}

#[test]
fn an_adverb_between_a_subject_and_its_verb_keeps_the_verb() {
    // "first" and "further" are determiners too ("the first attack"); right
    // after a subject and before a past form with an object they are
    // adverbs, and the past form is the verb.
    for (text, trigger, source, target) in [
        (
            "Hamas gunmen first attacked Israel.",
            "attacked",
            "hamas",
            "ISR",
        ),
        ("Russia first attacked Ukraine.", "attacked", "RUS", "UKR"),
        (
            "Putin further accused Zelensky of lying.",
            "accused",
            "vladimir-putin",
            "volodymyr-zelensky",
        ),
        (
            "He said Moscow first condemned Israel.",
            "condemned",
            "RUS",
            "ISR",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.source, ids(&[source]), "{text}: {e:#?}");
        assert!(
            e.target.iter().any(|t| t.starts_with(target)),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn an_article_before_a_participle_keeps_it_a_modifier() {
    // Near misses: after an article the past form modifies a noun ("the
    // promised aid"), and with no object after it the "first" is the
    // noun phrase's own ("Russia's first armed drones").
    let text = "Putin gave Ukraine the promised Russian grain.";
    let evs = events(text);
    assert!(by_trigger(&evs, "promised").is_none(), "{evs:#?}");
    let text = "Russia's first armed drones flew over Ukraine.";
    let evs = events(text);
    assert!(by_trigger(&evs, "armed").is_none(), "{evs:#?}");
}
