//! Session 54, the lead: shapes from invented wire copy on the stories sitrep is for.
//! A document an outlet got hold of ("a letter seen by AFP", "documents obtained by The
//! Washington Post") is not the outlet's: the outlet is no speaker but a relay of the
//! claim. Invented sentences, the built-in KB; each rule with a near miss.

use crate::common;

use common::{builtin_claim, builtin_speaker_actor};
use sitrep_record::ViaRole;

/// The via actors and roles of the claim of `raw` whose cue is `cue`, with the
/// built-in KB.
fn vias_of(raw: &str, cue: &str) -> Vec<(Option<String>, ViaRole)> {
    let c = builtin_claim(raw, cue);
    c.via.iter().map(|v| (v.actor.clone(), v.role)).collect()
}

#[test]
fn an_outlet_that_got_hold_of_a_document_relays_it_and_does_not_speak() {
    for (sentence, cue, outlet) in [
        (
            "A letter seen by AFP said Russia plans to deploy more troops near the border.",
            "said",
            "afp",
        ),
        (
            "Russia plans to deploy more troops, a document seen by AFP said.",
            "said",
            "afp",
        ),
        (
            "Hamas is preparing a new offensive, according to intelligence documents \
             obtained by The Washington Post.",
            "according to",
            "washington-post",
        ),
        (
            "A memo obtained by Politico says the agency will cut staff.",
            "says",
            "politico",
        ),
    ] {
        assert_ne!(
            builtin_speaker_actor(sentence, cue).as_deref(),
            Some(outlet),
            "{sentence}"
        );
        assert!(
            vias_of(sentence, cue).contains(&(Some(outlet.to_string()), ViaRole::Relay)),
            "{sentence}: {:?}",
            vias_of(sentence, cue)
        );
    }
    // The document's own issuer, named before it, still speaks.
    assert_eq!(
        builtin_speaker_actor(
            "Iran has expanded its stockpile, according to an IAEA report seen by Reuters.",
            "according to"
        )
        .as_deref(),
        Some("iaea")
    );
}

#[test]
fn a_document_issued_by_a_party_is_still_that_partys() {
    // Near misses: "released by", "published by" name who issued it.
    for (sentence, cue, actor) in [
        (
            "A statement released by Hamas said the talks had failed.",
            "said",
            "hamas",
        ),
        (
            "A statement issued by the IAEA said inspectors had left.",
            "said",
            "iaea",
        ),
    ] {
        assert_eq!(
            builtin_speaker_actor(sentence, cue).as_deref(),
            Some(actor),
            "{sentence}"
        );
    }
}
