//! Session 36 (branch `events41`, issue #2): word lists that were code are word classes, and the
//! modality of acts told ahead of time — a state's arms named with a capital ("700 Marines", "the
//! National Guard") are force words as in lower case; a weekday alone dates a present tense ahead
//! only against the day the story was published; an event noun is dated ahead by its own time
//! phrase or by its clause's dated verb; a past form after "and" shares no modal of the verb
//! before it. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{of_type, the_only};
use sitrep_events::extract_events_dated;
use sitrep_record::{EventRecord, EventType, Modality};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
BRA\tcountry\tBrazil\tBRA\t\t\t\t\tadj:Brazilian|meto:Brasilia
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-08-26");

/// The events of `text` in a story published on `published` (2025-08-26 was a Tuesday).
fn events_published(text: &str, published: &str) -> Vec<EventRecord> {
    let layer = TextLayer::new(normalize(text));
    let actors = sitrep_actors::find_actors(&layer, KB.get(), Some(published));
    extract_events_dated(&layer, &actors, &[], common::lexicon(), Some(published))
}

#[test]
fn capitalised_force_words_deploy_as_lower_case_ones_do() {
    for text in [
        "India ordered the National Guard to the border.",
        "France orders the Navy to the Strait of Hormuz.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Mobilize).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Request).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: an order to another state to act stays a request.
    let evs = events("France ordered Iran to the negotiating table.");
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
}

#[test]
fn a_weekday_alone_dates_a_present_ahead_by_the_publication_day() {
    // Tuesday 2025-08-26: Friday is three days ahead.
    let text = "India travels to China on Friday.";
    let evs = events_published(text, "2025-08-26");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Future, "{evs:#?}");
    // "next" + a weekday lies ahead whatever the date.
    let evs = events_published("India meets China next Tuesday.", "2025-08-26");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].modality, Modality::Future, "{evs:#?}");
    // Near misses: Saturday 2025-08-30, Friday was the day before (a headline's present); no
    // date at all; "last Friday".
    for (text, date) in [
        ("India travels to China on Friday.", Some("2025-08-30")),
        ("India travels to China on Friday.", None),
        ("India travels to China last Friday.", Some("2025-08-26")),
    ] {
        let evs = match date {
            Some(d) => events_published(text, d),
            None => events(text),
        };
        assert_eq!(evs.len(), 1, "{text} {date:?}: {evs:#?}");
        assert_eq!(
            evs[0].modality,
            Modality::Asserted,
            "{text} {date:?}: {evs:#?}"
        );
    }
}

#[test]
fn an_event_noun_dated_ahead_is_future() {
    for text in [
        "India travels to China this weekend for the summit with Iran.",
        "India travels to China on Friday for the summit with Iran.",
    ] {
        let evs = events_published(text, "2025-08-26");
        let consult = of_type(&evs, EventType::Consult);
        assert!(consult.len() >= 2, "{text}: {evs:#?}");
        assert!(
            consult.iter().all(|e| e.modality == Modality::Future),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: "this weekend" after a noun is left to the verb ("held talks with China this
    // weekend" is past).
    let evs = events("India held talks with China this weekend.");
    let talks = the_only("held talks", &evs, EventType::Consult);
    assert_eq!(talks.modality, Modality::Asserted, "{evs:#?}");
    // Near misses: a noun the dated verb's act is only about, or a date measured from, keeps its
    // own time.
    for text in [
        "India meets China next week about the strikes on Iran.",
        "India travels to China next week for the anniversary of the attack on Iran.",
    ] {
        let evs = events(text);
        let assaults = of_type(&evs, EventType::Assault);
        assert_eq!(assaults.len(), 1, "{text}: {evs:#?}");
        assert_eq!(assaults[0].modality, Modality::Asserted, "{text}: {evs:#?}");
    }
}

#[test]
fn a_past_form_after_and_shares_no_modal_before_it() {
    let text =
        "Trump asked Lula whether Brazil would comply with the order and warned that Brazil \
                would lose federal funding.";
    let evs = events(text);
    let warning = the_only(text, &evs, EventType::Threaten);
    assert_eq!(warning.modality, Modality::Asserted, "{evs:#?}");
    // Near miss: a participle after a "be" shares the modal ("would be attacked and
    // destroyed" is one conditional).
    let evs = events("Iran said the base would be attacked and destroyed.");
    assert!(
        evs.iter().all(|e| e.modality != Modality::Asserted),
        "{evs:#?}"
    );
}
