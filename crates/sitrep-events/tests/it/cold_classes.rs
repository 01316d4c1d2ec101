//! The word classes a rule asks of one token at a time (`events-words.tsv`'s `aux_adverb`,
//! `neg_quantifier`, `definite`, …; session 21 moved them from word lists in the code): the
//! rules read the file, so a user's row extends a class, and a word of a class counts in any
//! case, as the lists compared it.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::data_dir::DataDir;
use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

/// The built-in lexicon with `rows` added to the user's `events-words.tsv`.
fn lexicon_with(name: &str, rows: &str) -> EventLexicon {
    common::lexicon_with_word_rows(&format!("cold-{name}"), rows)
}

fn events_by(lex: &EventLexicon, text: &str) -> Vec<EventRecord> {
    common::events_by_lexicon(KB.get(), lex, "2025-07-04", text)
}

fn support_modality(evs: &[EventRecord], text: &str) -> Modality {
    evs.iter()
        .find(|e| e.event_type == EventType::Support)
        .unwrap_or_else(|| panic!("{text}: {evs:#?}"))
        .modality
}

#[test]
fn a_users_aux_adverb_row_lets_a_negative_subject_reach_its_verb() {
    let text =
        "No other neighbouring country has hitherto officially recognized the Taliban government.";
    // Near miss: "hitherto" is no `aux_adverb` in the built-in file, so the walk back from the
    // verb stops at it and the subject is not read as negative.
    let builtin = events_by(common::lexicon(), text);
    assert_eq!(support_modality(&builtin, text), Modality::Asserted);
    let lex = lexicon_with("aux", "hitherto\taux_adverb\n");
    assert_eq!(
        support_modality(&events_by(&lex, text), text),
        Modality::Negated
    );
    // The row adds to the class: the built-in adverbs still count.
    let text = "No other country has so far officially recognized the Taliban government.";
    assert_eq!(
        support_modality(&events_by(&lex, text), text),
        Modality::Negated
    );
}

#[test]
fn a_users_neg_quantifier_row_negates_a_subject_it_opens() {
    let text = "Few other countries have so far officially recognized the Taliban government.";
    assert_eq!(
        support_modality(&events_by(common::lexicon(), text), text),
        Modality::Asserted
    );
    let lex = lexicon_with("neg", "few\tneg_quantifier\n");
    assert_eq!(
        support_modality(&events_by(&lex, text), text),
        Modality::Negated
    );
}

#[test]
fn a_cold_class_word_counts_in_any_case() {
    // Capitalized inside a sentence, the adverbs are words the trigger search skips as part of
    // a name; the class is still looked up, as the case-blind word lists did.
    let text =
        "No other neighbouring country has So Far officially recognized the Taliban government.";
    let evs = events_by(common::lexicon(), text);
    assert_eq!(support_modality(&evs, text), Modality::Negated);
    // Near miss: a word that only starts like one ("Sofar") is none.
    let text =
        "No other neighbouring country has Sofar officially recognized the Taliban government.";
    let evs = events_by(common::lexicon(), text);
    assert_eq!(support_modality(&evs, text), Modality::Asserted);
}

#[test]
fn an_unknown_class_name_is_an_error() {
    let dir = std::env::temp_dir().join(format!("sitrep-cold-{}-bad", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicons")).unwrap();
    std::fs::write(
        dir.join("lexicons/events-words.tsv"),
        "word\tclasses\nhitherto\taux_adverbs\n",
    )
    .unwrap();
    let err = EventLexicon::builtin_with(&DataDir::new(&dir).unwrap()).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(err.contains("aux_adverbs"), "{err}");
}

// ---- session 22 (`tidy24`): classes moved from word pairs in the code ----

#[test]
fn a_users_aim_noun_row_aims_a_protest_at_whom_it_names() {
    let target_of = |lex: &EventLexicon, text: &str| {
        let evs = events_by(lex, text);
        evs.iter()
            .find(|e| e.event_type == EventType::Protest)
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"))
            .target
            .clone()
    };
    let text = "Thousands of people blocked roads in Moscow in contempt of the Taliban.";
    // Near miss: "contempt" is no `aim_noun` in the built-in file.
    let builtin = target_of(common::lexicon(), text);
    assert!(
        !builtin.iter().any(|t| t == "taliban"),
        "{text}: {builtin:?}"
    );
    let lex = lexicon_with("aim", "contempt\taim_noun\n");
    let users = target_of(&lex, text);
    assert!(users.iter().any(|t| t == "taliban"), "{text}: {users:?}");
    // The row adds to the class: the built-in nouns still count.
    let text = "Thousands of people blocked roads in Moscow in defiance of the Taliban.";
    let users = target_of(&lex, text);
    assert!(users.iter().any(|t| t == "taliban"), "{text}: {users:?}");
}

#[test]
fn a_users_until_row_makes_its_clause_a_condition() {
    let consult_modality = |lex: &EventLexicon, text: &str| {
        let evs = events_by(lex, text);
        evs.iter()
            .find(|e| e.event_type == EventType::Consult)
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"))
            .modality
    };
    // Both built-in words of the class hold a refused act's condition open.
    for text in [
        "Russia will not recognize the Taliban until the Taliban hold talks with Moscow.",
        "Russia will not recognize the Taliban till the Taliban hold talks with Moscow.",
    ] {
        assert_eq!(
            consult_modality(common::lexicon(), text),
            Modality::Hypothetical,
            "{text}"
        );
    }
    // Near miss: "before" is no `until` word in the built-in file, so the talks are told as
    // they are; a user's row makes its clause a condition too.
    let text = "Russia will not recognize the Taliban before the Taliban hold talks with Moscow.";
    assert_eq!(
        consult_modality(common::lexicon(), text),
        Modality::Asserted
    );
    let lex = lexicon_with("until", "before\tuntil\n");
    assert_eq!(consult_modality(&lex, text), Modality::Hypothetical);
}
