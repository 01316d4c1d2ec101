//! Session 38 (branch `events46`): a bare "the spokesman" named back speaks for a body or is a
//! spokesperson, never a head of state or another person the story named last. Invented
//! sentences, fictional states.

use crate::common;

use common::{kb_of, speaker_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
FREGOV\tcountry\tFreedonian government\tFRE\tGOV\t\t\t\tFreedonian foreign ministry
NRU\tigo\tNorthern Union\t\tIGO\t\t\t\t
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
";

#[test]
fn the_spokesman_named_back_speaks_for_the_body_not_the_president_named_last() {
    let raw = "The Freedonian foreign ministry rejected the report on Monday. President Ana Sol \
               said the border would stay open. The spokesman said talks would resume.";
    let found = speakers_in(&kb_of(ACTORS), raw);
    let (text, actor) = speaker_of(&found, "said");
    assert_eq!(text, "President Ana Sol", "{found:?}");
    assert_eq!(actor, "ana-sol");
    let last = found.last().expect("the spokesman's claim");
    assert_eq!(last.0, "The spokesman", "{found:?}");
    assert_eq!(last.1, "FREGOV", "{found:?}");
}

#[test]
fn the_spokesman_with_no_body_named_before_is_nobody() {
    // Near miss: only a president is named before; he is no spokesman.
    let raw = "President Ana Sol visited the border on Monday. The spokesman said talks would \
               resume.";
    let found = speakers_in(&kb_of(ACTORS), raw);
    let last = found.last().expect("the spokesman's claim");
    assert_eq!(last.0, "The spokesman", "{found:?}");
    assert_eq!(last.1, "", "{found:?}");
}
