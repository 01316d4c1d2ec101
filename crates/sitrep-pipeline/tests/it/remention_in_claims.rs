//! Re-mentions inside a claim (issue #2, session-28 convention): a definite
//! event noun opening an attributed clause whose verb only says the event
//! happened ("the meeting lasted an hour, according to officials") points
//! back to the event the story already reported; it is no second event,
//! also when an aside in commas stands between the noun and its verb.
//! Run through the whole pipeline, since the noun's doer comes from the
//! claim's speaker. Invented sentences.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, EventType, Record};

fn extract(text: &str) -> Record {
    let res = Resources::load(&[]).unwrap();
    let doc = Document {
        uri: "test".into(),
        published: Some("2025-10-01".into()),
        text: text.into(),
        ..Default::default()
    };
    analyze(doc, &res, Options::default())
}

fn consults(r: &Record) -> Vec<&str> {
    r.events
        .iter()
        .filter(|e| e.event_type == EventType::Consult)
        .map(|e| e.trigger.text.as_str())
        .collect()
}

#[test]
fn an_occurrence_verb_on_a_reported_meeting_inside_a_claim_is_no_new_event() {
    let r = extract(
        "Vladimir Putin met Recep Tayyip Erdogan in Ankara on Monday. \
         The meeting lasted more than three hours, according to Turkish officials.",
    );
    assert_eq!(consults(&r), ["met"], "{:#?}", r.events);
}

#[test]
fn an_aside_in_commas_between_the_noun_and_its_verb_is_stepped_over() {
    let r = extract(
        "Vladimir Putin met Recep Tayyip Erdogan in Ankara on Monday. \
         The meeting, at the presidential palace in Ankara, lasted more than three hours, \
         according to Turkish officials.",
    );
    assert_eq!(consults(&r), ["met"], "{:#?}", r.events);
}

#[test]
fn a_time_word_after_the_noun_is_no_verb_of_occurrence() {
    // "last" is a time word here, and "the talks last week" opens a new
    // meeting's report: the rule must not read it as "the talks lasted".
    let r = extract(
        "Vladimir Putin met Recep Tayyip Erdogan in Ankara on Monday. \
         The talks last week between Putin and Erdogan in Sochi were tense, Turkish officials said.",
    );
    assert_eq!(consults(&r), ["met", "talks"], "{:#?}", r.events);
}
