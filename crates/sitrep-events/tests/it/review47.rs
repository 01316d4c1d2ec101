//! Session 47 (branch `review47`, issue #2): a "between" phrase ends after the side named
//! past its "and" at a lower-case word that is no noun of people heading that side: a verb
//! the lexicon does not know ("worries", "alarm") takes its object outside the phrase.
//! Invented sentences, with near misses whose sides run on.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-10-06");

fn sides_of(text: &str, ty: EventType) -> Vec<String> {
    let evs = events(text);
    let found = of_type(&evs, ty);
    assert_eq!(found.len(), 1, "{text}: {evs:#?}");
    let mut all = found[0].source.clone();
    for t in &found[0].target {
        if !all.contains(t) {
            all.push(t.clone());
        }
    }
    all.sort();
    all
}

#[test]
fn an_unknown_verb_after_the_last_side_ends_the_between_phrase() {
    for (text, ty, sides) in [
        // (A participle before a relation noun, "the deepening ties between
        // Russia and Iran", names no act since session 50: meetings stand in.)
        (
            "A meeting between Turkey and Lebanon worries Israel.",
            EventType::Consult,
            vec!["LBN", "TUR"],
        ),
        (
            "Talks between Russia and Iran alarm Ukraine, officials said.",
            EventType::Consult,
            vec!["IRN", "RUS"],
        ),
        (
            "The meeting between Israeli and Lebanese negotiators angered Iran.",
            EventType::Consult,
            vec!["ISR", "LBN"],
        ),
    ] {
        assert_eq!(sides_of(text, ty), ids(&sides), "{text}");
    }
}

#[test]
fn a_side_named_after_a_noun_of_people_or_before_the_and_still_counts() {
    for (text, ty, sides) in [
        // "leader" heads the side: the name after it is still in the phrase.
        (
            "Talks between Turkey and Hamas leader Yahya Sinwar resumed on Monday.",
            EventType::Consult,
            vec!["TUR", "hamas"],
        ),
        // Before the "and", lower-case words lead up to the next side.
        (
            "Talks between the militant group Hamas and Israel resumed in Cairo.",
            EventType::Consult,
            vec!["ISR", "hamas"],
        ),
        (
            "A meeting between Syria, Turkey and Iran was held on Monday.",
            EventType::Consult,
            vec!["IRN", "SYR", "TUR"],
        ),
    ] {
        let found = sides_of(text, ty);
        for side in ids(&sides) {
            assert!(found.contains(&side), "{text}: {found:?}");
        }
    }
}
