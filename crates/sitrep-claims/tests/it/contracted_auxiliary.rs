//! "He's predicting …", "They've said …": a contracted auxiliary after a
//! pronoun belongs to the cue, like "has" or "is" written out, and the
//! pronoun alone is the speaker. Invented sentences, an empty KB.

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{Kb, KbBuilder};
use sitrep_text::{normalize, TextLayer};

/// (speaker text, cue text) of every claim.
fn claims_of(raw: &str) -> Vec<(Option<String>, String)> {
    let kb: Kb = KbBuilder::default().build();
    let layer = TextLayer::new(normalize(raw));
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    extract_claims(&layer, &actors, &kb, &lex)
        .into_iter()
        .map(|c| (c.speaker.text, c.cue.text))
        .collect()
}

fn claim(speaker: &str, cue: &str) -> (Option<String>, String) {
    (Some(speaker.to_string()), cue.to_string())
}

#[test]
fn a_contracted_is_or_has_joins_the_cue() {
    assert_eq!(
        claims_of("He's predicting a close race in the county next month."),
        vec![claim("He", "'s predicting")]
    );
    // Curly apostrophes are normalized first.
    assert_eq!(
        claims_of("She\u{2019}s not saying which districts she will visit."),
        vec![claim("She", "'s not saying")]
    );
}

#[test]
fn other_contractions_after_a_pronoun_join_the_cue() {
    assert_eq!(
        claims_of("They've said the bridge will reopen in May."),
        vec![claim("They", "'ve said")]
    );
    assert_eq!(
        claims_of("They'd warned that the levee could fail."),
        vec![claim("They", "'d warned")]
    );
}

#[test]
fn a_possessive_before_a_verb_cue_is_no_contraction() {
    // "Lee's" may be "Lee is" or Lee's something: only pronouns contract.
    let claims = claims_of("Officials said Lee's aides warned that the vote would slip.");
    assert!(
        claims.iter().all(|(_, cue)| !cue.starts_with('\'')),
        "{claims:?}"
    );
}
