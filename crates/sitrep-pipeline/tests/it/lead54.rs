//! Session 54 (the lead, issue #2): a party that claims responsibility or credit for an
//! act, or denies it, is named as the act's doer, with the claim's modality ("The Houthis
//! claimed responsibility for the attack on the ship" had no event). Run through the whole
//! pipeline, since the doer comes from the claim's speaker. Invented sentences, the
//! built-in KB, each rule with a near miss.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, EventType, Modality, Record};

fn extract(text: &str) -> Record {
    let res = Resources::load(&[]).unwrap();
    let doc = Document {
        uri: "test".into(),
        published: Some("2026-10-01".into()),
        text: text.into(),
        ..Default::default()
    };
    analyze(doc, &res, Options::default())
}

#[test]
fn a_party_claiming_an_act_is_its_doer() {
    for (text, source, modality) in [
        (
            "The Houthis claimed responsibility for the attack on the ship.",
            "houthis",
            Modality::Attributed,
        ),
        (
            "Israel claimed credit for the killing of the commander.",
            "ISR",
            Modality::Attributed,
        ),
        (
            "Hezbollah denied responsibility for the strike on the base.",
            "hezbollah",
            Modality::Negated,
        ),
        // As before: the claimed act with no noun between.
        (
            "Islamic State claimed the attack on the church.",
            "isis",
            Modality::Attributed,
        ),
    ] {
        let r = extract(text);
        let e = r
            .events
            .iter()
            .find(|e| e.event_type == EventType::Assault)
            .unwrap_or_else(|| panic!("no ASSAULT in {text:?}: {:#?}", r.events));
        assert_eq!(e.source, vec![source.to_string()], "{text}");
        assert_eq!(e.modality, modality, "{text}");
    }
    // Near miss: no one claiming it leaves the act with no doer.
    let r = extract("No group has claimed responsibility for the bombing in Kabul.");
    assert!(
        r.events.iter().all(|e| e.source.is_empty()),
        "{:#?}",
        r.events
    );
}
