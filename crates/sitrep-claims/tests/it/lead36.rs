//! The lead's mend of session 36: a clause that opens with a role owned by
//! a known person and apposes the role's holder ("Clinton's Democratic
//! opponent, Vermont Sen. Bernie Sanders, also praised …") is spoken by the
//! holder, never by the owner — also when the owner was named earlier in
//! the document and the holder is a name the knowledge base does not know,
//! with a place qualifying it, or a lone given name. Near miss: a holder the knowledge base knows
//! keeps their actor. Invented sentences and actors.

use crate::common;

use common::{kb_of, speaker_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
dunmore\tplace\tDunmore\tFRE\t\t\t\t\t
ada-kern\tperson\tAda Kern\tFRE\tGOV\tpresident\t2020\t\tKern
lena-voss\tperson\tLena Voss\tFRE\tGOV\tspokesperson\t2020\t\tVoss
";

#[test]
fn the_owner_of_a_role_whose_unknown_holder_is_apposed_does_not_speak() {
    let found = speakers_in(
        &kb_of(ACTORS),
        "Ada Kern welcomed the plan on Tuesday. Kern's rival in the party, Dunmore Sen. Tom Reyes, also praised the decision.",
    );
    let (speaker, actor) = speaker_of(&found, "also praised");
    assert_eq!(speaker, "Kern's rival in the party, Dunmore Sen. Tom Reyes");
    assert_ne!(actor, "ada-kern", "{found:?}");
    let found = speakers_in(
        &kb_of(ACTORS),
        "Ada Kern welcomed the plan on Tuesday. Kern's daughter, Mira, also praised the decision.",
    );
    let (speaker, actor) = speaker_of(&found, "also praised");
    assert_eq!(speaker, "Kern's daughter, Mira");
    assert_ne!(actor, "ada-kern", "{found:?}");
}

#[test]
fn a_known_holder_apposed_to_an_owned_role_keeps_their_actor() {
    let found = speakers_in(
        &kb_of(ACTORS),
        "Ada Kern welcomed the plan on Tuesday. Kern's spokesperson, Lena Voss, also praised the decision.",
    );
    assert_eq!(
        speaker_of(&found, "also praised").1,
        "lena-voss",
        "{found:?}"
    );
}
