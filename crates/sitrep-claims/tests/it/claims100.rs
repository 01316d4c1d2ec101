//! Session 56 (`claims100`): speakers of asked-asides, coordinated speakers'
//! actors and quotes closing a content (issue #5). Invented sentences; each
//! rule with a near miss that must not change.

use crate::common;

use common::{builtin_speaker_actor, claim_triples, claim_triples_in, triple};
use sitrep_kb::Kb;
use sitrep_record::{Stance, ViaRole};

#[test]
fn a_subject_asked_in_an_aside_speaks_for_the_main_verb() {
    // The subject is who was asked: it speaks for the main verb. The
    // question is the unnamed asker's, as when the aside opens the sentence
    // (PolNeAR marks it so), never the subject's.
    for (raw, asked, question, cue, speaker, content) in [
        (
            "Trump, asked whether he would meet the envoy, said he might.",
            "asked",
            "whether he would meet the envoy",
            "said",
            "Trump",
            "he might",
        ),
        (
            "Lee, asked if the deal was fair, said yes.",
            "asked",
            "if the deal was fair",
            "said",
            "Lee",
            "yes",
        ),
        (
            "The minister, when asked about the deal, said it was fair.",
            "asked about",
            "the deal",
            "said",
            "The minister",
            "it was fair",
        ),
        (
            "Officials, if asked how long the talks would last, say they cannot tell.",
            "asked",
            "how long the talks would last",
            "say",
            "Officials",
            "they cannot tell",
        ),
    ] {
        assert_eq!(
            claim_triples(raw),
            vec![triple("", asked, question), triple(speaker, cue, content)],
            "{raw}"
        );
    }
}

#[test]
fn a_question_asked_outside_a_subject_aside_is_still_reported() {
    // Near misses: the active verb is the asker's claim; a fronted passive
    // before the subject keeps its speakerless question; a quote before
    // the comma is an inverted speaker.
    assert_eq!(
        claim_triples("Lee asked whether the deal was fair."),
        vec![triple("Lee", "asked", "whether the deal was fair")]
    );
    assert_eq!(
        claim_triples("When asked whether the deal was fair, Lee said it was."),
        vec![
            triple("", "asked", "whether the deal was fair"),
            triple("Lee", "said", "it was"),
        ]
    );
    assert_eq!(
        claim_triples("\"Is it fair?\" Lee asked."),
        vec![triple("Lee", "asked", "Is it fair?")]
    );
}

#[test]
fn a_coordination_of_names_is_one_speaker_with_the_first_actor() {
    let kb = Kb::builtin().expect("built-in KB");
    let raw = "Both the Kremlin and Kyiv rejected the claims.";
    assert_eq!(
        claim_triples_in(&kb, raw),
        vec![triple(
            "Both the Kremlin and Kyiv",
            "rejected",
            "the claims"
        )]
    );
    for (raw, cue, actor) in [
        (raw, "rejected", "RUS"),
        ("Egypt and Jordan condemned the raid.", "condemned", "EGY"),
        (
            "Egypt, Jordan and Qatar condemned the raid.",
            "condemned",
            "EGY",
        ),
        // Near misses: one name, and a name before the head that is no
        // conjunct of it.
        ("Jordan condemned the raid.", "condemned", "JOR"),
        (
            "Egypt's neighbour Jordan condemned the raid.",
            "condemned",
            "JOR",
        ),
    ] {
        assert_eq!(
            builtin_speaker_actor(raw, cue).as_deref(),
            Some(actor),
            "{raw}"
        );
    }
}

#[test]
fn a_content_keeps_the_quote_that_closes_it() {
    assert_eq!(
        claim_triples("The spokesman dismissed the report as \"baseless\"."),
        vec![triple(
            "The spokesman",
            "dismissed",
            "the report as \"baseless\""
        )]
    );
    // Near miss: a quoted claim's own quotes still go.
    assert_eq!(
        claim_triples("\"We will win,\" Lee said."),
        vec![triple("Lee", "said", "We will win")]
    );
}

#[test]
fn a_passive_confirmation_or_denial_of_a_report_is_the_agents_claim() {
    let kb = Kb::builtin().expect("built-in KB");
    let raw = "The report, first published by the Wall Street Journal, was later confirmed by two US officials.";
    let (text, claims) = common::claims_in(&kb, raw);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let c = &claims[0];
    assert_eq!(c.speaker.text.as_deref(), Some("two US officials"));
    assert_eq!(&text[c.content.start..c.content.end], "The report");
    assert_eq!(c.stance, Stance::Assert);
    assert_eq!(c.via.len(), 1, "{:?}", c.via);
    assert_eq!(c.via[0].text, "the Wall Street Journal");
    assert_eq!(c.via[0].role, ViaRole::First);

    let (_, claims) = common::claims_in(&kb, "The report was denied by the ministry on Monday.");
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].stance, Stance::Deny);
    assert_eq!(claims[0].speaker.text.as_deref(), Some("the ministry"));

    // Near misses: a denial's passive of no report is an act, no claim;
    // an aside that carries nothing adds no reporting chain.
    assert!(claim_triples("The proposal was rejected by the ministry.").is_empty());
    let (_, claims) = common::claims_in(
        &kb,
        "The report, released in May, was confirmed by two US officials.",
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(claims[0].via.is_empty(), "{:?}", claims[0].via);
}
