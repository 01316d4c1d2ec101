//! Session 40 (claims64): a headline "Surname: …" is that person's claim
//! when the story names the person, though the person speaks nowhere else.

use crate::common;
use common::*;
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ivan-roe\tperson\tIvan Roe\tFRE\tGOV\tadviser\t\t\t
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

fn colon_claims(raw: &str) -> Vec<(String, String)> {
    let (text, claims) = claims_in(&kb(), raw);
    claims
        .iter()
        .filter(|c| &text[c.cue.start..c.cue.end] == ":")
        .map(|c| {
            (
                c.speaker.text.clone().unwrap_or_default(),
                text[c.content.start..c.content.end].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_headline_surname_of_a_named_person_speaks() {
    let found = colon_claims(
        "Roe: No outside influence on the port inquiry.\n\nIvan Roe met the port board on Tuesday.",
    );
    assert_eq!(
        found,
        vec![(
            "Roe".to_string(),
            "No outside influence on the port inquiry".to_string()
        )]
    );
}

#[test]
fn a_surname_heading_inside_the_story_or_an_unnamed_word_is_no_speaker() {
    // The same surname opening a line inside the story: a section heading.
    let inside = colon_claims(
        "Who needs what on Tuesday.\n\nRoe: Win the port vote in a walk.\n\nIvan Roe met the port board on Tuesday.",
    );
    assert!(inside.is_empty(), "{inside:?}");
    // A headline word that names no person of the story.
    let topic = colon_claims(
        "Harbour: No outside influence on the port inquiry.\n\nIvan Roe met the port board on Tuesday.",
    );
    assert!(topic.is_empty(), "{topic:?}");
}
