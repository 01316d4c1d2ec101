//! Session 54 (`speed27`): `speaker_before` splits the words before a cue
//! once and hands them to the helpers that read them back (the time word
//! before the cue, an adverbial after an auxiliary, a verb before a
//! participle cue, the noun phrase before the cue). Each shape here goes
//! through one of those helpers; those with a time adverbial move the
//! phrase's end, and the helpers must then read the words before the
//! adverbial, not the cue's. Invented sentences, an empty KB.

use crate::common;

use common::claim_triples;

fn assert_speakers(cases: &[(&str, &str, &str)]) {
    for &(sentence, cue, speaker) in cases {
        let found = claim_triples(sentence);
        assert!(
            found.iter().any(|(s, c, _)| c == cue && s == speaker),
            "{sentence}: want {speaker:?} for {cue:?}, got {found:?}"
        );
    }
}

#[test]
fn an_adverbial_after_the_auxiliary_is_no_part_of_the_speaker() {
    assert_speakers(&[
        (
            "The ministry has in recent weeks said the talks would resume.",
            "said",
            "The ministry",
        ),
        (
            "Western officials have at times urged the two sides to talk.",
            "urged",
            "Western officials",
        ),
    ]);
}

#[test]
fn a_verb_before_a_participle_cue_leaves_its_subject_as_speaker() {
    assert_speakers(&[
        (
            "Lee spoke out arguing that the plan would fail.",
            "arguing",
            "Lee",
        ),
        // A day word between the verb and the participle.
        (
            "Protesters marched Sunday chanting that the vote was stolen.",
            "chanting",
            "Protesters",
        ),
    ]);
}

#[test]
fn a_time_before_the_cue_ends_the_speaker_before_it() {
    assert_speakers(&[
        // A bare day: no adverbial is looked for, and the noun phrase reads
        // the words split for the time word.
        (
            "The mayor on Tuesday said the road would reopen.",
            "said",
            "The mayor",
        ),
        // Adverbials of two and three words: the words are split again
        // from the adverbial's start.
        (
            "The council late Tuesday said the vote would be delayed.",
            "said",
            "The council",
        ),
        (
            "The minister earlier this week said the budget was balanced.",
            "said",
            "The minister",
        ),
        (
            "Beck, who backed Cruz in the primaries, last week said he was done.",
            "said",
            "Beck, who backed Cruz in the primaries",
        ),
        // After a participle the time dates it and stays in the phrase.
        (
            "A poll conducted last week found that most voters were undecided.",
            "found",
            "A poll conducted last week",
        ),
    ]);
}

#[test]
fn a_speaker_noun_keeps_its_place() {
    assert_speakers(&[(
        "Officials in Sanaa said the port was closed.",
        "said",
        "Officials in Sanaa",
    )]);
}
