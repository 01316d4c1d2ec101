//! Session 33 (claims49): exact speaker spans of attributions already found:
//! the shared subject of a coordinated verb or a participle after a comma
//! without its own verb phrase (a subject pronoun, a name before a
//! present-tense verb with its object, a name before a past verb and a
//! preposition or adverb). Invented sentences.

use crate::common;

use common::{claim_triples as claims, speaker_of_cue as speaker};

#[test]
fn a_subject_pronoun_leaves_its_own_verb_phrase_out_of_the_shared_speaker() {
    assert_eq!(
        speaker(
            "He rails against the fishing quota and pledges to restore the old limits.",
            "pledges"
        ),
        "He"
    );
    assert_eq!(
        speaker(
            "She's a longtime union member, but concedes that the strike has lost support.",
            "concedes"
        ),
        "She"
    );
    assert_eq!(
        speaker(
            "They're wary of the new port and generally agree that the old one should stay open.",
            "generally agree"
        ),
        "They"
    );
    // Near miss: a capitalized noun after the pronoun is part of the
    // subject ("We Freedonians"), not a verb.
    assert_eq!(
        speaker(
            "We Freedonians want a fair deal and say so at every meeting.",
            "say"
        ),
        "We Freedonians"
    );
}

#[test]
fn a_name_before_a_present_verb_and_its_object_is_the_whole_shared_speaker() {
    assert_eq!(
        speaker(
            "Haddad chides Varga and praises the harbour board for its patience.",
            "praises"
        ),
        "Haddad"
    );
    assert_eq!(
        speaker(
            "Okonkwo often questions the governor's budget and has called for an audit of the fund.",
            "has called for"
        ),
        "Okonkwo"
    );
    // Near misses: a plural noun after a name is a compound whose verb
    // follows ("Haddad supporters", "Varga emails"), not a verb with an
    // object.
    assert_eq!(
        speaker(
            "Haddad supporters gathered outside and said the count was rigged.",
            "said"
        ),
        "Haddad supporters"
    );
    assert_eq!(
        speaker(
            "Varga emails show the aides worried, saying the server was a risk.",
            "saying"
        ),
        "Varga emails"
    );
    // Near miss: a name after a comparative subjects a clause of degree,
    // not the coordinated verb's clause.
    let found = claims(
        "The more Haddad pushes the board, the angrier the town gets, and the more the fishermen shrug and think, \"Enough.\"",
    );
    assert!(
        found
            .iter()
            .all(|(speaker, _, _)| speaker != "The more Haddad"),
        "{found:?}"
    );
}

#[test]
fn a_name_before_a_past_verb_and_a_preposition_or_adverb_is_the_whole_shared_speaker() {
    assert_eq!(
        speaker(
            "Lindqvist apologized for the columns after they came out, saying they were old.",
            "saying"
        ),
        "Lindqvist"
    );
    assert_eq!(
        speaker(
            "Okonkwo went first at the town hall, predicting a close race.",
            "predicting"
        ),
        "Okonkwo"
    );
    // Near miss: after a common noun the -ed word and its preposition
    // describe the noun ("involved in"); the verb comes later.
    assert_eq!(
        speaker(
            "Officials involved in the talks walked out of the meeting, saying a deal was dead.",
            "saying"
        ),
        "Officials involved in the talks"
    );
}

#[test]
fn plural_speaker_nouns_with_two_modifiers_or_an_unlisted_plural_stay_one_coordinated_speaker() {
    assert_eq!(
        speaker(
            "Marine biology experts and port officials said the spill was contained.",
            "said"
        ),
        "Marine biology experts and port officials"
    );
    assert_eq!(
        speaker(
            "Still, the mayor's friends and political allies expect a second term.",
            "expect"
        ),
        "the mayor's friends and political allies"
    );
    // Near misses: a verb and its object before "and" ("The strike hit
    // workers") and a subject pronoun with its verb stay out.
    assert_eq!(
        speaker(
            "The strike hit workers and officials said the plant would close.",
            "said"
        ),
        "officials"
    );
    assert_eq!(
        speaker(
            "He met voters and officials said the plant would close.",
            "said"
        ),
        "officials"
    );
}

#[test]
fn a_spaced_dash_before_the_speaker_ends_the_phrase() {
    assert_eq!(
        speaker(
            "Some fans want a new stadium - a costly plan - others say the old one is fine.",
            "say"
        ),
        "others"
    );
    assert_eq!(
        speaker(
            "The request came weeks after the minister left office - the ministry told the paper no records were found.",
            "told"
        ),
        "the ministry"
    );
}
