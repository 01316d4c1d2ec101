//! The behaviours the project promises, pinned end to end through the
//! built-in knowledge base and lexicons (issue: "sitrep extract … founds the
//! repository", Done-when list).

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::{Document, EventType, Modality, Record, Stance, ViaRole};
use std::sync::OnceLock;

fn resources() -> &'static Resources {
    static RES: OnceLock<Resources> = OnceLock::new();
    RES.get_or_init(|| Resources::load(&[]).expect("built-in resources load"))
}

fn extract(text: &str) -> Record {
    let doc = Document {
        uri: "test".into(),
        text: text.into(),
        published: Some("2025-04-20".into()),
        ..Default::default()
    };
    let record = analyze(doc, resources(), Options { with_text: true });
    record
        .check_spans(record.doc.text.as_deref().unwrap())
        .unwrap();
    record
}

/// The country an actor id belongs to, through the record's actor list.
fn country_of<'r>(record: &'r Record, id: &str) -> Option<&'r str> {
    record
        .actors
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| a.country.as_deref())
}

#[test]
fn hedged_claim_via_first_report_and_relay_with_hypothetical_consult() {
    let r = extract(
        "Senior Iranian officials told U.S. media that direct talks may follow, according to a report \
         first published by The New York Times and relayed by the New York Post.",
    );
    assert_eq!(r.claims.len(), 1, "{:#?}", r.claims);
    let claim = &r.claims[0];
    let speaker = claim.speaker.actor.as_deref().expect("speaker resolved");
    assert_eq!(country_of(&r, speaker), Some("IRN"));
    assert_eq!(
        claim.speaker.text.as_deref(),
        Some("Senior Iranian officials")
    );
    assert!(claim.hedged);
    assert_eq!(claim.stance, Stance::Assert);
    assert_eq!(claim.audience.as_deref(), Some("U.S. media"));
    assert_eq!(claim.via.len(), 2, "{:#?}", claim.via);
    assert_eq!(claim.via[0].role, ViaRole::First);
    assert!(claim.via[0].text.contains("New York Times"));
    assert_eq!(claim.via[1].role, ViaRole::Relay);
    assert!(claim.via[1].text.contains("New York Post"));
    assert!(
        claim.via.iter().all(|v| v.actor.is_some()),
        "both outlets are in the KB: {:#?}",
        claim.via
    );

    let consult = r
        .events
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .expect("a CONSULT event");
    assert_eq!(consult.modality, Modality::Hypothetical);
    assert_eq!(consult.claim.as_deref(), Some(claim.id.as_str()));
    let parties: Vec<&str> = consult
        .source
        .iter()
        .chain(&consult.target)
        .filter_map(|id| country_of(&r, id))
        .collect();
    assert!(
        parties.contains(&"IRN") && parties.contains(&"USA"),
        "{consult:#?}"
    );
}

#[test]
fn aid_from_the_irgc_to_each_armed_group() {
    let r = extract("Hamas and Hezbollah, armed by the IRGC, have fought Israel for years.");
    let aid: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.event_type == EventType::Aid)
        .collect();
    assert!(!aid.is_empty(), "{:#?}", r.events);
    let mut targets: Vec<&str> = aid
        .iter()
        .inspect(|e| assert_eq!(e.source, vec!["irgc".to_string()], "{e:#?}"))
        .flat_map(|e| e.target.iter().map(String::as_str))
        .collect();
    targets.sort();
    targets.dedup();
    assert_eq!(targets, vec!["hamas", "hezbollah"]);
}

#[test]
fn negated_and_future_events() {
    let r = extract("Israel did not attack Iran on Monday. The United States will impose new sanctions on Iran.");
    let assault = r
        .events
        .iter()
        .find(|e| e.event_type == EventType::Assault)
        .expect("ASSAULT");
    assert_eq!(assault.modality, Modality::Negated);
    let sanction = r
        .events
        .iter()
        .find(|e| e.event_type == EventType::Sanction)
        .expect("SANCTION");
    assert_eq!(sanction.modality, Modality::Future);
    assert_eq!(sanction.source, vec!["USA".to_string()]);
    assert_eq!(sanction.target, vec!["IRN".to_string()]);
}

#[test]
fn metonyms_and_persons_resolve() {
    let r = extract(
        "Tehran rejected the proposal. Deputy foreign minister Abbas Araghchi said Washington had not \
         changed its position, while the Kremlin stayed silent.",
    );
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(
        ids.contains(&"IRN") && ids.contains(&"USA") && ids.contains(&"RUS"),
        "{ids:?}"
    );
    let person = r
        .actors
        .iter()
        .find(|a| a.kind == sitrep_record::ActorKind::Person)
        .expect("a person");
    assert_eq!(person.country.as_deref(), Some("IRN"));
    assert_eq!(person.role.as_deref(), Some("deputy foreign minister"));
    assert!(person
        .mentions
        .iter()
        .any(|m| m.text.contains("Abbas Araghchi")));
}

#[test]
fn denials_are_claims_with_deny_stance() {
    let r = extract(
        "Iran's foreign ministry denied that any direct talks with Washington had taken place.",
    );
    let claim = r.claims.first().expect("a claim");
    assert_eq!(claim.stance, Stance::Deny);
    assert_eq!(
        claim
            .speaker
            .actor
            .as_deref()
            .and_then(|id| country_of(&r, id)),
        Some("IRN")
    );
}

#[test]
fn common_words_and_months_are_not_actors() {
    let r = extract(
        "In May, the group said it would turn to us for help. Chad Smith wrote the report.",
    );
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(!ids.contains(&"USA"), "{ids:?}");
    assert!(!ids.contains(&"TCD"), "{ids:?}");
}

#[test]
fn opinion_and_loaded_terms_are_measured() {
    let r = extract(
        "The regime's brutal crackdown must end. Washington should act now. Officials said 12 people were \
         arrested on Friday.",
    );
    assert!(r.framing.opinion_share > 0.5, "{:?}", r.framing);
    assert!(
        r.framing.loaded.iter().any(|l| l.term == "brutal"),
        "{:?}",
        r.framing.loaded
    );
    assert!(r.framing.attributed_share > 0.0 && r.framing.attributed_share < 1.0);
}

/// `run` writes records with sitrep-record's own JSON writer; each line must be
/// what serde_json makes of the same record (checked by reading it back).
#[test]
fn run_writes_the_bytes_serde_json_would() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/corpus.jsonl");
    for with_text in [false, true] {
        let opts = sitrep_pipeline::RunOptions {
            record: Options { with_text },
            ..Default::default()
        };
        let mut out = Vec::new();
        let summary = sitrep_pipeline::run(
            &[corpus.to_string()],
            resources(),
            opts,
            &mut out,
            &mut |e| panic!("{e}"),
            &mut |_| {},
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), summary.documents);
        assert!(summary.documents > 5);
        for line in text.lines() {
            let record: Record = serde_json::from_str(line).unwrap();
            assert_eq!(serde_json::to_string(&record).unwrap(), line);
        }
    }
}

/// Zhu Fenglian is in the KB (session 13): named after "A spokesperson
/// for China's Taiwan Affairs Office," she is the subject a later "She"
/// refers to, not Lai, the person named before her.
#[test]
fn she_after_a_named_spokeswoman_is_that_spokeswoman() {
    let r = extract(
        "Taiwan's President Lai Ching-te visited a base on Monday. A spokesperson for China's \
         Taiwan Affairs Office, Zhu Fenglian, criticized Lai on Wednesday. She warned that \
         independence meant war.",
    );
    let she = r
        .claims
        .iter()
        .find(|c| c.speaker.text.as_deref() == Some("She"))
        .expect("a claim by She");
    assert_eq!(she.speaker.actor.as_deref(), Some("zhu-fenglian"));
}

// "he" and "she" in events and claims agree in gender with the person they
// stand for: the actors stage knows a person's gender from an honorific, a
// gendered role word, the given-name lexicon or the KB's canonical name, and
// the events and claims stages skip a person of the other gender.

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
