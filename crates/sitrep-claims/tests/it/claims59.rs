//! Speakers of session 38 (`claims59`): two role phrases joined by "and" at
//! a clause's opening are one speaker, as is a coordinated description
//! after a name; a delegation keeps its prepositional phrase; a
//! transcript's label names the same holder in every turn it opens. Each
//! shape with its near miss. Invented sentences and actors. The restrictive
//! relative clauses of the same session are in `restrictive_clauses.rs`.

use crate::common;

use common::{kb_of, speaker_of_cue, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
kemal-ardin\tperson\tKemal Ardin\tSYL\tGOV\tprime minister\t2020\t\tArdin
";

#[test]
fn role_phrases_joined_by_and_at_a_clauses_opening_are_one_speaker() {
    for (sentence, cue, speaker) in [
        (
            "The Liberal presidential front-runner and former finance minister said the budget was too small.",
            "said",
            "The Liberal presidential front-runner and former finance minister",
        ),
        (
            "\"It is a threat,\" the independent Ostrava senator and Liberal presidential candidate told reporters.",
            "told",
            "the independent Ostrava senator and Liberal presidential candidate",
        ),
        // A description coordinated after a name, with its relative clause.
        (
            "Varga, a Liberal and former state senator who founded two firms, said the plan would fail.",
            "said",
            "Varga, a Liberal and former state senator who founded two firms",
        ),
        // A delegation keeps its prepositional phrase.
        (
            "The deputy head of Sylvania's delegation to the summit said the talks would go on.",
            "said",
            "The deputy head of Sylvania's delegation to the summit",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a verb before the first noun makes it an object ("hit"
    // has no adjective's shape); an -ed word neither.
    for (sentence, cue, speaker) in [
        (
            "The strike hit workers and union officials said the plant would close.",
            "said",
            "union officials",
        ),
        (
            "The storm stranded local fishermen and harbour officials said the port would close.",
            "said",
            "harbour officials",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

#[test]
fn a_transcript_label_names_the_same_holder_in_every_turn() {
    let raw = "THE PRIME MINISTER: Today our two countries signed a treaty on the border and the river.\n\n\
               Q: Prime Minister, was that fair to President Ana Sol of Freedonia?\n\n\
               THE PRIME MINISTER: I spoke to her this morning and she agreed with every clause.\n\n\
               Q: Did Kemal Ardin call you?\n\n\
               THE PRIME MINISTER: No. The talks were carried out by our teams in the capital.";
    let found = speakers_in(&kb_of(ACTORS), raw);
    let labels: Vec<_> = found
        .iter()
        .filter(|(s, _, _)| s == "THE PRIME MINISTER")
        .collect();
    assert_eq!(labels.len(), 3, "{found:?}");
    // The first label names no one told before it; the later ones are not
    // named back to the person of the question before them.
    assert!(labels.iter().all(|(_, a, _)| a.is_empty()), "{found:?}");
    // Near miss: outside a transcript (no questioner's turn, no recurring
    // name in capitals) a label is read on its own, as before.
    let raw = "Ardin: Sylvania will sign the treaty on the border next week.\n\n\
               Sol: Freedonia will sign the treaty on the river next month.";
    let found = speakers_in(&kb_of(ACTORS), raw);
    let actors: Vec<_> = found.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(actors, ["kemal-ardin", "ana-sol"], "{found:?}");
}
