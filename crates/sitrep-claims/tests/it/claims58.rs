//! Claims of session 37 (`claims58`): a content ends before ", but" and the
//! speaker's next act; declaring an outbreak or a famine is an act; a speech
//! verb in the passive with no agent names no speaker. Each shape with its
//! near misses. Invented sentences.

use crate::common;

use common::{claim_triples, content_of_cue, speaker_of_cue};

#[test]
fn a_content_ends_before_but_and_the_speakers_next_act() {
    for (sentence, cue, content) in [
        // A noun object, then ", but" and a past verb of the same subject.
        (
            "The senator defended the program against the attacks, but admitted two lapses in its accounts.",
            "defended",
            "the program against the attacks",
        ),
        // An adverb of sequence before the verb.
        (
            "The mayor praised the new budget, but also used the moment to attack the council.",
            "praised",
            "the new budget",
        ),
        // A reported clause, then ", but" with a personal pronoun and a
        // past verb that reports no speech.
        (
            "The minister said the economy was growing, but he ordered a review of the tax rules.",
            "said",
            "the economy was growing",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
    // Near misses: the speaker's own contrast stays in the content (another
    // subject, or a pronoun with a modal: speech shifted back).
    for (sentence, cue, content) in [
        (
            "The minister said the economy was growing, but jobs were scarce.",
            "said",
            "the economy was growing, but jobs were scarce",
        ),
        (
            "The envoy said the talks had stalled, but they would resume in May.",
            "said",
            "the talks had stalled, but they would resume in May",
        ),
    ] {
        assert_eq!(
            content_of_cue(sentence, cue).as_deref(),
            Some(content),
            "{sentence}"
        );
    }
}

#[test]
fn declaring_an_outbreak_or_a_famine_is_an_act_not_a_claim() {
    for sentence in [
        "Health officials in the province declared an outbreak of cholera on Tuesday.",
        "The agency declared a pandemic in March.",
        "The monitors declared a famine in two districts last year.",
    ] {
        assert!(
            claim_triples(sentence).is_empty(),
            "{sentence}: {:?}",
            claim_triples(sentence)
        );
    }
    // Near miss: a declared clause still reports words.
    assert_eq!(
        content_of_cue("The governor declared the outbreak was over.", "declared").as_deref(),
        Some("the outbreak was over")
    );
}

#[test]
fn a_speech_verb_in_the_passive_without_an_agent_names_no_speaker() {
    for (sentence, cue) in [
        ("The plan was criticized as reckless.", "was criticized"),
        (
            "The runner-up was declared the winner in the second district.",
            "was declared",
        ),
        (
            "It was announced that the border would close.",
            "was announced",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), "", "{sentence}");
    }
    // Near misses: a progressive is active, and an agent after "by" speaks.
    assert_eq!(
        speaker_of_cue(
            "The senator is calling for the agency to close the plant.",
            "is calling for"
        ),
        "The senator"
    );
    let by_agent = claim_triples("The plan was criticized by the auditors as reckless.");
    assert!(
        by_agent.iter().all(|(speaker, _, _)| !speaker.is_empty()),
        "{by_agent:?}"
    );
}
