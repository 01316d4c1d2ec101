//! Attribution mends of session 16 (`claims21`): a place adverb after the
//! speaker's noun, a sentence adverbial before the subject of a
//! participle's clause, a verb with "to" that ends that subject. Each
//! pattern with a near miss; invented sentences.

use crate::common;

use common::claim_triples as triples;
use common::triple as owned;

#[test]
fn a_place_adverb_after_the_speakers_noun_stays_in_the_speaker() {
    assert_eq!(
        triples("Officials there said the border crossing was closed."),
        vec![owned(
            "Officials there",
            "said",
            "the border crossing was closed"
        )]
    );
    assert_eq!(
        triples("Her campaign workers here said they had knocked on every door."),
        vec![owned(
            "Her campaign workers here",
            "said",
            "they had knocked on every door"
        )]
    );
    // Capitalized, "There" opens the sentence and names no one.
    assert!(triples("There said the border crossing was closed.")
        .iter()
        .all(|(s, _, _)| !s.contains("There")));
}

#[test]
fn a_sentence_adverbial_before_the_subject_of_a_participle_clause_is_skipped() {
    assert_eq!(
        triples("In a victory speech, the senator struck a measured tone, saying he understood the stakes."),
        vec![owned("the senator", "saying", "he understood the stakes")]
    );
    assert_eq!(
        triples(
            "On Tuesday night, Mr. Lee struck a conciliatory tone, saying the party would unite."
        ),
        vec![owned("Mr. Lee", "saying", "the party would unite")]
    );
    // The comma may close a clause of its own: what follows it names no
    // one, and no speaker is made of it.
    assert!(triples(
        "After several months of looking, I found the files, and asked the archive for comment."
    )
    .iter()
    .all(|(s, _, _)| !s.contains("found")));
}

#[test]
fn a_verb_with_to_ends_the_subject_of_a_participle_clause() {
    assert_eq!(
        triples("Mook refused to speculate on the outcome, adding that he would be on vacation."),
        // Since session 41 the refusal is a claim of its own (a stated
        // position); the participle's speaker is still "Mook".
        vec![
            owned("Mook", "refused", "to speculate on the outcome"),
            owned("Mook", "adding", "he would be on vacation")
        ]
    );
    assert_eq!(
        triples("In a recorded interview, Webb confessed to the kidnapping, admitting that he drove to a church."),
        vec![owned("Webb", "admitting", "he drove to a church")]
    );
    // A later verb with its object ends the subject first: "linked to
    // the group" stays in it.
    let t = triples("Fighters linked to the group claimed the attack, saying it was revenge.");
    assert!(
        t.iter()
            .any(|(s, q, _)| s == "Fighters linked to the group" && q == "saying"),
        "{t:?}"
    );
}

#[test]
fn an_aside_of_time_or_setting_is_no_part_of_the_speaker() {
    assert_eq!(
        triples("The ministry, in a statement, said the base was hit."),
        vec![owned("The ministry", "said", "the base was hit")]
    );
    assert_eq!(
        triples(
            "Clinton, during a town hall meeting in Columbus, Ohio, said the plant would close."
        ),
        vec![owned("Clinton", "said", "the plant would close")]
    );
    // A clause with an expletive subject is the writer's aside.
    let t = triples("Lee, it seems, repeatedly sought to delay the vote.");
    assert!(
        t.iter()
            .any(|(s, q, _)| s == "Lee" && q == "repeatedly sought"),
        "{t:?}"
    );
    // An affiliation after "at the" belongs to the speaker.
    assert_eq!(
        triples("Lee, at the University of Iowa, said the plant would close."),
        vec![owned(
            "Lee, at the University of Iowa",
            "said",
            "the plant would close"
        )]
    );
}

#[test]
fn a_sentence_in_brackets_keeps_its_speakers_first_word_and_loses_its_bracket() {
    assert_eq!(
        triples("(The spokeswoman said he would attend.)"),
        vec![owned("The spokeswoman", "said", "he would attend")]
    );
    // A bracket the content opens stays.
    assert_eq!(
        triples("The spokeswoman said he would attend (if invited)."),
        vec![owned(
            "The spokeswoman",
            "said",
            "he would attend (if invited)"
        )]
    );
}

#[test]
fn an_ed_word_after_a_determiner_or_joined_by_a_hyphen_is_an_adjective_of_the_speaker() {
    assert_eq!(
        triples("\"There is no data,\" the unsigned opinion said."),
        vec![owned("the unsigned opinion", "said", "There is no data")]
    );
    assert_eq!(
        triples("\"There is no data,\" said a well-connected Democrat."),
        vec![owned(
            "a well-connected Democrat",
            "said",
            "There is no data"
        )]
    );
    assert_eq!(
        triples("\"There is no data,\" said one unaligned Florida strategist."),
        vec![owned(
            "one unaligned Florida strategist",
            "said",
            "There is no data"
        )]
    );
}

#[test]
fn told_with_a_that_clause_opening_a_quote_reports_the_quote() {
    // The quote after "that" once stopped the object of "told", which read
    // as an audience, and the opening adverbials became the content.
    assert_eq!(
        triples("But either way, at some point, his father told Starner that \"the checks still arrive.\""),
        vec![owned("his father", "told", "the checks still arrive")]
    );
}

#[test]
fn a_group_added_between_dashes_is_one_more_speaker() {
    assert_eq!(
        triples("Democrats — and some Republicans — say that the plan failed."),
        vec![owned(
            "Democrats — and some Republicans",
            "say",
            "the plan failed"
        )]
    );
}

#[test]
fn a_participle_after_a_dash_speaks_for_the_sentences_subject() {
    assert_eq!(
        triples("Rubio changed his pick on the spot – saying he was rooting for Denver."),
        vec![owned("Rubio", "saying", "he was rooting for Denver")]
    );
}

#[test]
fn a_contracted_subject_pronoun_after_the_cue_is_no_inverted_speaker() {
    // "he'll welcome advice" was read as the speaker of "then says", and
    // the clause before the comma as what was said.
    assert!(
        triples("Kasich offered the man a job, then says he'll welcome advice.")
            .iter()
            .all(|(s, _, _)| !s.starts_with("he'll")),
    );
    // An inverted name after the cue is still the speaker.
    assert_eq!(
        triples("The plan failed, said the minister."),
        vec![owned("the minister", "said", "The plan failed")]
    );
}

#[test]
fn an_adverbial_clause_after_the_cues_setting_leaves_the_content_before_the_speaker() {
    assert_eq!(
        triples("The border will reopen, the government said on Thursday, as the envoy arrived in Budapest."),
        vec![owned("the government", "said", "The border will reopen")]
    );
    // Without a setting first, the aside before a that-clause is left as
    // it was: the content is read after the cue.
    assert!(triples("The mayor said, when asked, that the plan failed.")
        .iter()
        .any(|(s, q, c)| s == "The mayor" && q == "said" && c.ends_with("the plan failed")),);
}
