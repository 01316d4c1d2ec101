//! A cue word that is part of an actor's name ("the United States") is not a
//! speech verb ("states").

use sitrep_actors::find_actors;
use sitrep_claims::{extract_claims, CueLexicon};
use sitrep_kb::{parse_actor_file, KbBuilder};
use sitrep_text::{normalize, TextLayer};

const KB_ROWS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian
USA\tcountry\tUnited States\tUSA\t\t\t\t\tthe United States|abbr:U.S.
";

#[test]
fn states_inside_united_states_is_no_cue() {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline.tsv", KB_ROWS).expect("inline KB parses"));
    let kb = b.build();
    let layer = TextLayer::new(normalize(
        "Iran insisted that the United States must lift sanctions.",
    ));
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "insisted");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("IRN"));
}
