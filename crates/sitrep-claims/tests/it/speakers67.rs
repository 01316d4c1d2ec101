//! Session 42 (`claims67`): speakers of verbs whose verb group holds an
//! adverbial. A prepositional phrase between the subject and the verb ("in
//! the past", "for the first time", "through his office") or a lone adverb
//! after an auxiliary ("would only say", "has so far offered", "have begun
//! urging") is no speaker: the subject before it is. Invented sentences.

use crate::common;

use common::speaker_of_cue;

#[test]
fn a_prepositional_phrase_inside_the_verb_group_is_no_speaker() {
    for (sentence, cue, speaker) in [
        (
            "Ola Berg, who has in the past described the port as a relic, \
             said on Monday that it would stay open.",
            "described",
            "who",
        ),
        (
            "Ola Berg, who in the past has voiced the wish to run for mayor, \
             told reporters he would stay.",
            "has voiced",
            "who",
        ),
        (
            "Ola Berg, who through his office declined to comment, was born \
             in Varna.",
            "declined",
            "who",
        ),
        (
            "The audit on Wednesday for the first time cited a 2013 memo by \
             the harbour board.",
            "cited",
            "The audit on Wednesday",
        ),
        (
            "Harbour workers have in the past said the board was staying \
             quiet.",
            "said",
            "Harbour workers",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

#[test]
fn a_lone_adverb_after_an_auxiliary_is_no_speaker() {
    for (sentence, cue, speaker) in [
        (
            "The Varna Republican would only say that the plan was worrisome.",
            "say",
            "The Varna Republican",
        ),
        // (A subject naming no one, "No ally has so far offered", states
        // no position since claims82: no claim at all.)
        (
            "One ally has so far offered to send ships to the harbour.",
            "offered",
            "One ally",
        ),
        (
            "More members have begun urging the board to resign.",
            "urging",
            "More members",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

#[test]
fn near_misses_keep_the_phrase_before_the_cue() {
    for (sentence, cue, speaker) in [
        // The phrase's noun after a preposition that opens a clause speaks.
        (
            "Three days after the harbour board said the port would close, \
             the ships left.",
            "said",
            "the harbour board",
        ),
        // A pronoun after an auxiliary and a verb is the subject.
        (
            "Port workers have claimed he warned the port would close.",
            "warned",
            "he",
        ),
        // A preposition after a verb form takes its object.
        (
            "Ola Berg praised the port rather than dwelling on the only rule \
             the founders wrote: \"never close.\"",
            "wrote",
            "the founders",
        ),
        // A copula before the phrase: the phrase is the subject.
        (
            "The problem is voters say they want change.",
            "say",
            "voters",
        ),
        // A pronoun or a wh-word after the preposition opens a clause.
        (
            "It is a book to leaf through whenever you want to remember the \
             old harbour.",
            "want",
            "whenever you",
        ),
        (
            "So polls that don't control for changes in who responds will \
             swing based on events.",
            "responds",
            "who",
        ),
        // A post-modifier the walk takes in stays whole.
        (
            "A spokesman for the harbour board said the port would close.",
            "said",
            "A spokesman for the harbour board",
        ),
    ] {
        let found = common::claim_triples(sentence);
        let Some((sp, _, _)) = found.iter().find(|(_, c, _)| c == cue) else {
            panic!("{sentence}: no claim with cue {cue:?}: {found:?}");
        };
        assert_eq!(sp, speaker, "{sentence}");
    }
}
