//! "A person familiar with the matter said": an adjective of the
//! `adjective_link` class keeps its preposition inside the speaker phrase.
//! Invented sentences, an empty KB.

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{Kb, KbBuilder};
use sitrep_text::{normalize, TextLayer};

fn speaker_of(raw: &str) -> Option<String> {
    let kb: Kb = KbBuilder::default().build();
    let layer = TextLayer::new(normalize(raw));
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    assert_eq!(claims.len(), 1, "{claims:?}");
    claims[0].speaker.text.clone()
}

#[test]
fn familiar_with_and_close_to_stay_in_the_speaker_phrase() {
    assert_eq!(
        speaker_of("A person familiar with the plans told reporters that the factory would close."),
        Some("A person familiar with the plans".to_string())
    );
    assert_eq!(
        speaker_of("Sources close to the mayor said the budget vote would be delayed."),
        Some("Sources close to the mayor".to_string())
    );
}
