//! "The Iran-backed group said": a name that only qualifies the speaker
//! noun (word class `qualifier`) is not the speaker. Invented sentences, a
//! two-state KB.

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{parse_actor_file, KbBuilder};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US
";

fn speakers(raw: &str) -> Vec<Option<String>> {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).unwrap());
    let kb = b.build();
    let layer = TextLayer::new(normalize(raw));
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    extract_claims(&layer, &actors, &kb, &lex)
        .into_iter()
        .map(|c| c.speaker.actor)
        .collect()
}

#[test]
fn a_qualifying_name_is_no_speaker() {
    assert_eq!(
        speakers("The Iran-backed militia said in a statement that it had fired at a base."),
        vec![None]
    );
    assert_eq!(
        speakers("An Iran-aligned group said it would keep up the attacks."),
        vec![None]
    );
    // A name that heads the phrase still speaks; "-led" does not qualify.
    assert_eq!(
        speakers("The US-led coalition said it had struck a depot."),
        vec![Some("USA".to_string())]
    );
    assert_eq!(
        speakers("Iranian officials said the talks would resume."),
        vec![Some("IRN".to_string())]
    );
}
