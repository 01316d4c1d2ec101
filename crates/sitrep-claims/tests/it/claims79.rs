//! Session 47 (`claims79`): an "It said" opening its sentence speaks for
//! the body that is the subject of one of the two sentences before (a
//! `body_noun` phrase or a body's mention), not a state named in between.
//! Invented sentences and actors.

use crate::common;

use common::{kb_of, speaker_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
NRB\tigo\tNorthern Relief Bureau\t\tIGO\t\t\t\tNRB
FHM\torganization\tFreedonian Health Ministry\tFRE\tGOV\t\t\t\t
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
";

fn actor_of(raw: &str, cue: &str) -> String {
    speaker_of(&speakers_in(&kb_of(ACTORS), raw), cue).1
}

#[test]
fn it_said_names_the_body_opening_a_sentence_before() {
    // The subject two sentences back, past a person's sentence.
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau opened a camp on Monday. Ana Sol \
             visited Freedonia on Tuesday. It said the camp was full.",
            "said"
        ),
        "NRB"
    );
    // A body the knowledge base lacks is nearer than the state: no actor.
    assert_eq!(
        actor_of(
            "Troops of Freedonia crossed the river. The campaign issued a long \
             rebuttal on Monday. It said in a statement that the report was false.",
            "said in a statement"
        ),
        ""
    );
}

#[test]
fn a_person_or_no_body_before_changes_nothing() {
    // A person is no "it"; with no body subject the actor found stays.
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau opened a camp. It said the camp was full.",
            "said"
        ),
        "NRB"
    );
    assert_eq!(
        actor_of(
            "Ana Sol met the Northern Relief Bureau on Monday. It said the camp was full.",
            "said"
        ),
        "NRB"
    );
    // A body noun as a modifier ("the campaign manager") heads no body.
    assert_eq!(
        actor_of(
            "The Northern Relief Bureau opened a camp. The campaign manager left \
             on Monday. It said the camp was full.",
            "said"
        ),
        actor_of(
            "The Northern Relief Bureau opened a camp. The new manager left \
             on Monday. It said the camp was full.",
            "said"
        )
    );
}

#[test]
fn a_sentence_told_by_a_body_keeps_the_it_for_that_body() {
    // "…, the ministry said. It said": the teller before, not the subject
    // opening the sentence it told.
    let found = speakers_in(
        &kb_of(ACTORS),
        "The Northern Relief Bureau closed a camp on Monday, the Freedonian \
         Health Ministry said. It said the camp had been full.",
    );
    let it = found.iter().find(|(speaker, _, _)| speaker == "It");
    assert_eq!(
        it.map(|(_, actor, _)| actor.as_str()),
        Some("FHM"),
        "{found:?}"
    );
}
