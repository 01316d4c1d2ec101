//! Session 55 (branch `events78`, issue #2): an adverb or day word inside a phrasal verb
//! ("called again for", "called Friday for", "is pushing hard for") hid the phrase, and a
//! gapped verb row reached over another event noun's "of" phrase ("announced the suspension of
//! aid" was "announce ... aid", AGREE). Invented sentences with real states, each with near
//! misses.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|meto:Washington
NER\tcountry\tNiger\tNER\t\t\t\t\t
HTI\tcountry\tHaiti\tHTI\t\t\t\t\tadj:Haitian
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian|meto:Ottawa
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|meto:London
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The one event of `text` of type `kind`.
fn one_of(text: &str, kind: EventType) -> EventRecord {
    let all = events(text);
    let found: Vec<_> = all.iter().filter(|e| e.event_type == kind).collect();
    assert_eq!(found.len(), 1, "{text}: {all:?}");
    found[0].clone()
}

#[test]
fn an_adverb_or_day_word_inside_a_phrasal_verb_keeps_the_phrase() {
    for (text, trigger, target) in [
        (
            "Germany called again for a ceasefire with Russia.",
            "called again for",
            "RUS",
        ),
        (
            "France called Friday for Hungary to drop its veto.",
            "called Friday for",
            "HUN",
        ),
        (
            "Egypt is pushing hard for Israel to accept a truce.",
            "pushing hard for",
            "ISR",
        ),
        (
            "The EU called publicly for Hungary to drop its veto.",
            "called publicly for",
            "HUN",
        ),
    ] {
        let e = one_of(text, EventType::Request);
        assert_eq!(e.trigger.text, trigger, "{text}");
        assert_eq!(e.target, ids(&[target]), "{text}");
    }
    // Near misses: the word after the verb is its object, a name or a trigger, not an inset;
    // and a row of "be" and a participle is no phrasal verb.
    for text in [
        "Germany called Friday a day of mourning.",
        "France called Hungary for advice.",
        "Egypt pulled hard on the rope.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Request && e.event_type != EventType::Retreat),
            "{text}: {:?}",
            events(text)
        );
    }
    let text = "Germany is oddly determined to respond to every question.";
    assert!(
        events(text)
            .iter()
            .all(|e| e.event_type != EventType::Agree),
        "{text}: {:?}",
        events(text)
    );
}

#[test]
fn a_gapped_row_stops_at_an_event_noun_of_another_type_before_of() {
    for (text, source, target) in [
        (
            "The United States announced the suspension of aid to Niger.",
            "USA",
            "NER",
        ),
        (
            "Canada approved the suspension of aid to Haiti.",
            "CAN",
            "HTI",
        ),
    ] {
        let e = one_of(text, EventType::Sanction);
        assert_eq!(e.trigger.text, "suspension", "{text}");
        assert_eq!(
            (e.source, e.target),
            (ids(&[source]), ids(&[target])),
            "{text}"
        );
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Agree && e.event_type != EventType::Aid),
            "{text}: the verb's row over the noun's object is gone"
        );
    }
    // Near misses: a plain noun before "of" ("a package of aid") and a noun of the row's own
    // type ("a new round of sanctions") leave the row.
    let e = one_of(
        "Britain announced a package of aid for Ukraine.",
        EventType::Agree,
    );
    assert_eq!(e.source, ids(&["GBR"]));
    let text = "The EU imposed a new round of sanctions on Russia.";
    let e = one_of(text, EventType::Sanction);
    assert!(e.trigger.text.starts_with("imposed"), "{text}: {e:?}");
    assert_eq!(e.target, ids(&["RUS"]));
}

#[test]
fn a_noun_takes_its_type_from_its_of_object_and_its_doer_from_before_it() {
    // Recalling an envoy or cutting aid is a sanction by whoever announces it, aimed at the
    // party the envoy leaves or the aid went to.
    for (text, source, target) in [
        (
            "Germany announced the withdrawal of its ambassador from Israel.",
            "DEU",
            "ISR",
        ),
        (
            "France's withdrawal of its ambassador from Niger was criticised.",
            "FRA",
            "NER",
        ),
        (
            "Canada announced the withdrawal of aid to Haiti.",
            "CAN",
            "HTI",
        ),
    ] {
        let e = one_of(text, EventType::Sanction);
        assert!(e.trigger.text.starts_with("withdrawal of"), "{text}: {e:?}");
        assert_eq!(
            (e.source, e.target),
            (ids(&[source]), ids(&[target])),
            "{text}"
        );
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Retreat),
            "{text}: no military retreat"
        );
    }
    // Driving out migrants is coercion of them, not a sanction.
    let text = "Egypt began the expulsion of Ukrainian refugees.";
    let e = one_of(text, EventType::Coerce);
    assert_eq!(e.source, ids(&["EGY"]), "{text}");
    assert!(
        events(text)
            .iter()
            .all(|e| e.event_type != EventType::Sanction),
        "{text}"
    );
    // Near misses: the bare noun keeps its own type ("the withdrawal of troops" is a retreat,
    // "the expulsion of Russian diplomats" a sanction).
    let e = one_of(
        "Israel announced the withdrawal of troops from Gaza.",
        EventType::Retreat,
    );
    assert_eq!(e.trigger.text, "withdrawal");
    let e = one_of(
        "Canada announced the expulsion of Russian diplomats.",
        EventType::Sanction,
    );
    assert_eq!(e.trigger.text, "expulsion");
}

#[test]
fn an_article_after_a_plural_noun_opens_the_subject_after_according_to() {
    // "According to reports the UK ...": with no comma the plural ends the phrase of "to", and
    // the name after the article is the clause's subject, as with the comma.
    for text in [
        "According to reports the United States is pushing for Israel to accept a truce.",
        "According to reports, the United States is pushing for Israel to accept a truce.",
        "According to officials the EU is pushing for Israel to accept a truce.",
    ] {
        let e = one_of(text, EventType::Request);
        assert_eq!(e.target, ids(&["ISR"]), "{text}");
        assert!(
            e.source == ids(&["USA"]) || e.source == ids(&["eu"]),
            "{text}: {e:?}"
        );
    }
    // Near miss: a name inside the "of" phrase of a subject noun stays inside it ("Leaders of
    // the EU" are no EU act by themselves; the sentence's doer is still found as before).
    let text = "Leaders of the EU called for a ceasefire with Russia.";
    let e = one_of(text, EventType::Request);
    assert_eq!(e.trigger.text, "called for", "{text}");
}
