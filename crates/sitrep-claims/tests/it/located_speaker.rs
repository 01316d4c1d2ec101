//! "The U.S. embassy in Kyiv said": a place after the speaker's head says
//! where the speaker is, not who speaks. Invented sentences, a small KB.

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{parse_actor_file, parse_role_file, KbBuilder};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|adj:American
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
";

const ROLES: &str = "phrase\tsector\tnumber
embassy\tGOV\tgroup
";

fn speakers(raw: &str) -> Vec<Option<String>> {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).unwrap());
    b.add_roles(parse_role_file("roles.tsv", ROLES).unwrap());
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
fn a_place_after_the_speaker_is_not_the_speaker() {
    assert_eq!(
        speakers("The U.S. embassy in Kyiv said the city had been attacked."),
        vec![Some("USAGOV".to_string())]
    );
    assert_eq!(
        speakers("The American embassy based in Baghdad said the road was closed."),
        vec![Some("USAGOV".to_string())]
    );
    // A place that is the whole speaker still speaks.
    assert_eq!(
        speakers("Kyiv said the city had been attacked."),
        vec![Some("UKR".to_string())]
    );
}
