//! Session 41 (`claims65`): speaker spans. A "who" clause set off by
//! commas belongs to the noun phrase naming the speaker, unless the clause
//! holds a claim's cue of its own; the actor still comes from the head.
//! An "according to" source ends at a spaced dash, and at its comma after
//! a short fronted phrase. Invented sentences and actors.

use crate::common;

use common::{kb_of, speaker_of, speaker_of_cue, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
FRE-ANA\tperson\tAna Sol\tFRE\t\t\t\t\t
";

#[test]
fn a_who_clause_between_commas_stays_in_the_speaker() {
    for (sentence, cue, speaker) in [
        // Before the cue and after it.
        (
            "Ola Berg, who chairs the harbour board, said the port would stay open.",
            "said",
            "Ola Berg, who chairs the harbour board",
        ),
        (
            "\"We will not move,\" said Ola Berg, who chairs the harbour board.",
            "said",
            "Ola Berg, who chairs the harbour board",
        ),
        // After an appositive.
        (
            "\"The count was fair,\" said Ola Berg, a clerk in Brill, who ran the polling station.",
            "said",
            "Ola Berg, a clerk in Brill, who ran the polling station",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a clause holding a cue of its own is that cue's claim
    // and stays out; so does a "which" clause, which mostly describes an
    // organisation the appositive names.
    for (sentence, cue, speaker) in [
        (
            "Ola Berg, who said he votes for the greens, said the port would stay open.",
            "said the port",
            "Ola Berg",
        ),
        (
            "\"The law is unfair,\" said Ola Berg, legal director of the Harbour Union, which filed a challenge.",
            "said",
            "Ola Berg, legal director of the Harbour Union",
        ),
    ] {
        let found = common::claim_triples(sentence);
        let cue_word = cue.split(' ').next().unwrap_or(cue);
        // The last claim with the cue word: the main clause's, after any
        // in the relative clause.
        let claim = found
            .iter()
            .rfind(|(_, c, _)| c == cue_word)
            .unwrap_or_else(|| panic!("{sentence}: {found:?}"));
        assert_eq!(claim.0, speaker, "{sentence}: {found:?}");
    }
}

#[test]
fn the_actor_of_a_speaker_with_a_who_clause_is_its_head() {
    let kb = kb_of(ACTORS);
    let found = speakers_in(
        &kb,
        "Ana Sol, who has led the country since 2020, said the border would stay open.",
    );
    assert_eq!(
        speaker_of(&found, "said"),
        (
            "Ana Sol, who has led the country since 2020".to_string(),
            "FRE-ANA".to_string()
        )
    );
}

#[test]
fn an_according_to_source_ends_at_a_spaced_dash() {
    let sentence =
        "The plan would raise $1 trillion, according to the Harbour Institute - half a point of output.";
    assert_eq!(
        speaker_of_cue(sentence, "according to"),
        "the Harbour Institute"
    );
    // Near miss: a hyphen inside a name does not end it.
    let sentence = "The mayor leads by ten points, according to a Brill Post-Harbour News poll.";
    assert_eq!(
        speaker_of_cue(sentence, "according to"),
        "a Brill Post-Harbour News poll"
    );
}

#[test]
fn an_according_to_source_after_a_fronted_phrase_ends_at_its_comma() {
    for sentence in [
        "Since last November, according to the Harbour Watch, state police have detained 400 dockworkers.",
        "Now, according to the Harbour Watch, the police have detained 400 dockworkers.",
    ] {
        assert_eq!(
            speaker_of_cue(sentence, "according to"),
            "the Harbour Watch",
            "{sentence}"
        );
    }
    // Near miss: after a whole clause the appositive stays the source's.
    let sentence =
        "Dockworkers were detained last week in the port of Brill, according to Ola Berg, a lawyer for the union.";
    assert_eq!(
        speaker_of_cue(sentence, "according to"),
        "Ola Berg, a lawyer for the union"
    );
}

#[test]
fn a_participle_or_without_aside_ends_the_speaker() {
    for (sentence, cue, speaker) in [
        (
            "Ola Berg, without naming him, said the mayor had lied.",
            "said",
            "Ola Berg",
        ),
        (
            "Ola Berg, angered that the board ignored the vote, told reporters the port would close.",
            "told",
            "Ola Berg",
        ),
        (
            "The survey, released on Wednesday by the harbour institute, showed a tie.",
            "showed",
            "The survey",
        ),
        (
            "\"We are props,\" said Ola Berg, angered that the board ignored the vote.",
            "said",
            "Ola Berg",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: an -ed adjective of a role, or a participle before a
    // role noun, describes the speaker.
    for (sentence, cue, speaker) in [
        (
            "Ola Berg, a retired dockworker, said the port would close.",
            "said",
            "Ola Berg, a retired dockworker",
        ),
        (
            "Ola Berg, elected official of the harbour board, said the port would close.",
            "said",
            "Ola Berg, elected official of the harbour board",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

#[test]
fn an_object_relative_after_a_relative_object_noun_gives_its_subject() {
    for (sentence, cue, speaker) in [
        (
            "This is not the kind of campaign Ola Berg hoped to run.",
            "hoped",
            "Ola Berg",
        ),
        (
            "He did not apologize, something many dockworkers had urged him to do.",
            "had urged",
            "many dockworkers",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near miss: without such a noun a speaker noun before a name is its
    // title.
    assert_eq!(
        speaker_of_cue(
            "The campaign manager Ola Berg said the port would close.",
            "said"
        ),
        "The campaign manager Ola Berg"
    );
}

#[test]
fn an_opening_participle_phrase_with_a_quoted_title_holds_no_speaker() {
    let sentence = "Speaking Sunday on Harbour TV's \u{201c}This Week,\u{201d} Ola Berg admitted the count was wrong but said the port would stay open.";
    assert_eq!(speaker_of_cue(sentence, "said"), "Ola Berg");
    // Near miss: a quote opening the sentence is speech, no fronted phrase.
    let sentence = "\u{201c}Speaking of ports, we will stay open,\u{201d} Ola Berg said.";
    assert_eq!(speaker_of_cue(sentence, "said"), "Ola Berg");
}

#[test]
fn a_quantifier_before_the_name_of_an_object_relative_opens_the_subject() {
    assert_eq!(
        speaker_of_cue(
            "This is the kind of campaign many Freedonians hoped to see.",
            "hoped"
        ),
        "many Freedonians"
    );
    // Near miss: a finite verb after an age is no participle aside, so the
    // age does not become the speaker.
    let found = common::claim_triples(
        "Ola Berg, 56, remained a defender of the port, telling reporters it would stay open.",
    );
    assert!(
        found.iter().all(|(speaker, _, _)| speaker != "56"),
        "{found:?}"
    );
}
