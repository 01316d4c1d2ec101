//! "he" and "she" in events and claims agree in gender with the person they
//! stand for: the actors stage knows a person's gender from an honorific,
//! a gendered role word, the given-name lexicon or the KB's canonical name,
//! and the events and claims stages skip a person of the other gender.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, EventType, Record};
use std::sync::OnceLock;

fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| Resources::load(&[]).expect("built-in resources load"))
}

fn extract(text: &str) -> Record {
    let doc = Document {
        uri: "test".into(),
        text: text.into(),
        published: Some("2025-06-20".into()),
        ..Default::default()
    };
    analyze(doc, resources(), Options { with_text: true })
}

#[test]
fn she_as_speaker_skips_the_man_who_was_the_subject() {
    let r = extract(
        "Marco Rubio met Kaja Kallas in Brussels on Monday. \
         She said the European Union was ready to impose new sanctions on Russia.",
    );
    let claim = r
        .claims
        .iter()
        .find(|c| c.cue.text == "said")
        .expect("the claim of 'She said'");
    let speaker = claim.speaker.actor.as_deref();
    assert_eq!(speaker, Some("kaja-kallas"), "{:?}", claim.speaker);
}

#[test]
fn he_as_doer_skips_the_woman_who_was_the_last_subject() {
    let r = extract(
        "Kaja Kallas met Marco Rubio in Brussels on Monday. \
         Later he threatened Iran with new sanctions.",
    );
    let threat = r
        .events
        .iter()
        .find(|e| e.event_type == EventType::Threaten)
        .expect("THREATEN");
    assert_eq!(threat.source, vec!["marco-rubio".to_string()], "{threat:?}");
}
