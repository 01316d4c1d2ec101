//! Speakers of session 39 (`claims61`). Each shape with its near miss.
//! Invented sentences and actors.

use crate::common;

use common::speaker_of_cue;

/// "The council issued a statement saying …": a participle right after a
/// clause's object (no comma) says what the object says, and the clause's
/// subject issued it: the subject speaks, not the whole clause.
#[test]
fn participle_after_an_issued_object_speaks_for_the_clauses_subject() {
    for (sentence, cue, speaker) in [
        (
            "The harbour board released a statement Tuesday saying the port would reopen.",
            "saying",
            "The harbour board",
        ),
        (
            "Varga and Lindqvist issued a joint statement describing the talks as useful.",
            "describing",
            "Varga and Lindqvist",
        ),
        (
            "The union started a petition this week calling on the council to act.",
            "calling on",
            "The union",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a sign speaks for itself; after "be" the noun is what
    // the subject is; a person object speaks; a verb ending the phrase has
    // no object (the phrase is a noun and its relative clause).
    for (sentence, cue, speaker) in [
        (
            "Ana Varga held up a sign saying the war was wrong.",
            "saying",
            "Ana Varga held up a sign",
        ),
        (
            "He's a puppet saying what voters want to hear.",
            "saying",
            "He's a puppet",
        ),
        (
            "The meeting got delegates talking about a joint ticket.",
            "talking about",
            "The meeting got delegates",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}
