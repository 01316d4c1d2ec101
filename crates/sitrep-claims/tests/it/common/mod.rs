//! What the claims tests share: running the claims stage on invented text
//! with a given knowledge base (often an empty one) and the built-in cues.

// Each test file uses some of these.
#![allow(dead_code)]

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{Kb, KbBuilder};
use sitrep_record::ClaimRecord;
use sitrep_text::{normalize, TextLayer};

/// The normalized text of `raw` and the claims found in it, with actors from `kb`.
pub fn claims_in(kb: &Kb, raw: &str) -> (String, Vec<ClaimRecord>) {
    let layer = TextLayer::new(normalize(raw));
    let actors = find_actors(&layer, kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let claims = extract_claims(&layer, &actors, kb, &lex);
    (layer.text.clone(), claims)
}

/// The claim of `raw` whose cue is `cue`, with the built-in KB (the test
/// fails when there is none).
pub fn builtin_claim(raw: &str, cue: &str) -> ClaimRecord {
    let kb = Kb::builtin().expect("built-in KB loads");
    let (text, claims) = claims_in(&kb, raw);
    let at = claims
        .iter()
        .position(|c| &text[c.cue.start..c.cue.end] == cue)
        .unwrap_or_else(|| panic!("{raw}: no claim with cue {cue:?}: {claims:?}"));
    claims.into_iter().nth(at).expect("the claim found")
}

/// The actor id of the speaker of the claim of `raw` whose cue is `cue`, with the
/// built-in KB.
pub fn builtin_speaker_actor(raw: &str, cue: &str) -> Option<String> {
    builtin_claim(raw, cue).speaker.actor
}

/// [`claims_in`] with an empty knowledge base.
pub fn claims_of(raw: &str) -> (String, Vec<ClaimRecord>) {
    claims_in(&KbBuilder::default().build(), raw)
}

/// (speaker text or "", cue, content, hedged) of every claim of `raw`, with
/// an empty knowledge base.
pub fn claim_texts(raw: &str) -> Vec<(String, String, String, bool)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, content) = claim_triple(&text, c);
            (speaker, cue, content, c.hedged)
        })
        .collect()
}

/// (speaker text or "", cue, content) of one claim found in `text`.
pub fn claim_triple(text: &str, c: &ClaimRecord) -> (String, String, String) {
    (
        c.speaker.text.clone().unwrap_or_default(),
        text[c.cue.start..c.cue.end].to_string(),
        text[c.content.start..c.content.end].to_string(),
    )
}

/// (speaker text or "", cue, content) of every claim of `raw`, with actors
/// from `kb`.
pub fn claim_triples_in(kb: &Kb, raw: &str) -> Vec<(String, String, String)> {
    let (text, claims) = claims_in(kb, raw);
    claims.iter().map(|c| claim_triple(&text, c)).collect()
}

/// (speaker text or "", cue, content) of every claim of `raw`, with an empty
/// knowledge base: [`claim_texts`] without the hedge flag.
pub fn claim_triples(raw: &str) -> Vec<(String, String, String)> {
    claim_texts(raw)
        .into_iter()
        .map(|(speaker, cue, content, _)| (speaker, cue, content))
        .collect()
}

/// The speaker text of the only claim of `raw` (empty knowledge base);
/// panics unless there is exactly one claim.
pub fn only_speaker(raw: &str) -> Option<String> {
    let (_, claims) = claims_of(raw);
    assert_eq!(claims.len(), 1, "{raw}: {claims:?}");
    claims[0].speaker.text.clone()
}

/// The speaker text ("" when it has none) of the first claim of `raw` whose
/// cue text is `cue`, with an empty knowledge base; `None` when no claim has
/// that cue.
pub fn cue_speaker(raw: &str, cue: &str) -> Option<String> {
    claim_triples(raw)
        .into_iter()
        .find(|(_, c, _)| c == cue)
        .map(|(speaker, _, _)| speaker)
}

/// The content of the first claim of `raw` whose cue text is `cue`.
pub fn content_of_cue(raw: &str, cue: &str) -> Option<String> {
    claim_triples(raw)
        .into_iter()
        .find(|(_, c, _)| c == cue)
        .map(|(_, _, content)| content)
}

/// The speaker text of the claim of `raw` whose cue text is `cue` ("" when it
/// has no speaker); panics when no claim has that cue.
pub fn speaker_of_cue(raw: &str, cue: &str) -> String {
    speaker_of_cue_in(&KbBuilder::default().build(), raw, cue)
}

/// [`speaker_of_cue`] with actors from `kb`.
pub fn speaker_of_cue_in(kb: &Kb, raw: &str, cue: &str) -> String {
    let found = claim_triples_in(kb, raw);
    found
        .iter()
        .find(|(_, c, _)| c == cue)
        .map(|(speaker, _, _)| speaker.clone())
        .unwrap_or_else(|| panic!("{raw}: no claim with cue {cue:?}: {found:?}"))
}

/// Asserts, for each (sentence, cue, speaker), that the claim of `sentence`
/// with that cue has that speaker text, with actors from `kb`.
pub fn check_speakers_in(kb: &Kb, cases: &[(&str, &str, &str)]) {
    for &(sentence, cue, speaker) in cases {
        assert_eq!(speaker_of_cue_in(kb, sentence, cue), speaker, "{sentence}");
    }
}

/// An expected (speaker, cue, content) triple, owned, to compare with
/// [`claim_triples`].
pub fn triple(speaker: &str, cue: &str, content: &str) -> (String, String, String) {
    (speaker.to_string(), cue.to_string(), content.to_string())
}

/// (speaker text or "", speaker actor or "", cue) of every claim of `raw`,
/// with actors from `kb`.
pub fn speakers_in(kb: &Kb, raw: &str) -> Vec<(String, String, String)> {
    let (text, claims) = claims_in(kb, raw);
    claims
        .into_iter()
        .map(|c| {
            (
                c.speaker.text.unwrap_or_default(),
                c.speaker.actor.unwrap_or_default(),
                text[c.cue.start..c.cue.end].to_string(),
            )
        })
        .collect()
}

/// A knowledge base of the actor rows `actors` (the KB file's columns).
pub fn kb_of(actors: &str) -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(sitrep_kb::parse_actor_file("test.tsv", actors).expect("test KB parses"));
    b.build()
}

/// The (speaker text, speaker actor) of the claim with cue `cue` among
/// [`speakers_in`]'s answers; panics when there is none.
pub fn speaker_of(found: &[(String, String, String)], cue: &str) -> (String, String) {
    let (s, a, _) = found
        .iter()
        .find(|(_, _, c)| c == cue)
        .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {found:?}"));
    (s.clone(), a.clone())
}

/// Asserts that each sentence's claim with the cue has the content given
/// (`(sentence, cue, content)`).
pub fn assert_contents(cases: &[(&str, &str, &str)]) {
    for &(sentence, cue, content) in cases {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
}
