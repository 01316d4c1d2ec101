//! "A study by two economists found": a preposition of the `noun_link`
//! class keeps its phrase inside the speaker phrase after any plain noun,
//! not only after a role noun. Invented sentences, an empty KB.

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{Kb, KbBuilder};
use sitrep_text::{normalize, TextLayer};

fn speakers_of(raw: &str) -> Vec<Option<String>> {
    let kb: Kb = KbBuilder::default().build();
    let layer = TextLayer::new(normalize(raw));
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    extract_claims(&layer, &actors, &kb, &lex)
        .into_iter()
        .map(|c| c.speaker.text)
        .collect()
}

fn speaker_of(raw: &str) -> Option<String> {
    let speakers = speakers_of(raw);
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    speakers[0].clone()
}

#[test]
fn a_preposition_after_a_plain_noun_stays_in_the_speaker_phrase() {
    assert_eq!(
        speaker_of("A study by two economists at the state university found that rents rose."),
        Some("A study by two economists at the state university".to_string())
    );
    assert_eq!(
        speaker_of("The commission on public broadcasting says the budget is too small."),
        Some("The commission on public broadcasting".to_string())
    );
    assert_eq!(
        speaker_of("Data from the county health survey show that clinic visits doubled."),
        Some("Data from the county health survey".to_string())
    );
}

#[test]
fn a_day_name_after_the_preposition_still_ends_the_speaker_phrase() {
    assert_eq!(
        speaker_of("The mayor on Tuesday said the bridge would reopen in May."),
        Some("The mayor".to_string())
    );
}

#[test]
fn a_possessive_before_a_noun_cue_is_the_speaker_on_its_own() {
    let speakers = speakers_of("The paper ran a fact-check on Jane Smith's claim that taxes fell.");
    assert!(
        speakers.contains(&Some("Jane Smith's".to_string())),
        "{speakers:?}"
    );
}
