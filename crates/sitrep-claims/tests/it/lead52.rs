//! Session 52, the lead: after a postposed cue and its time or setting, a second
//! prepositional chain set off by a comma ("…, the governor said on Tuesday, in the
//! latest attack on energy sites") is the narrator's placing of the news, so the content
//! is the clause before the speaker; and a time or setting after the audience of "told"
//! ("told Reuters on Thursday", "told AFP on condition of anonymity") ends the audience as a
//! comma would; and an absolute phrase whose participle another speaker says ("…, with
//! Kremlin spokesman Dmitry Peskov saying …") ends the content before it. Invented
//! sentences, an empty KB.

use crate::common;

use common::assert_contents;

#[test]
fn a_narrator_phrase_after_the_setting_of_a_postposed_cue_is_no_content() {
    assert_contents(&[
        (
            "Drones struck an oil refinery overnight, the regional governor said on Tuesday, \
             in the latest attack on the country's energy sites.",
            "said",
            "Drones struck an oil refinery overnight",
        ),
        (
            "Troops shelled the border town, the ministry said in a statement, in a sharp \
             escalation of the conflict.",
            // The setting noun's phrase is part of the cue.
            "said in a statement",
            "Troops shelled the border town",
        ),
        // Near misses: with no setting, and with no narrator phrase, the content was
        // the clause before the speaker already; a clause after the phrase is content.
        (
            "Drones struck an oil refinery overnight, the regional governor said, in the \
             latest attack on the country's energy sites.",
            "said",
            "Drones struck an oil refinery overnight",
        ),
        (
            "Drones struck an oil refinery overnight, the regional governor said on Tuesday.",
            "said",
            "Drones struck an oil refinery overnight",
        ),
        (
            "The governor said on Tuesday, in a rare admission, that the defences had failed.",
            "said",
            "the defences had failed",
        ),
    ]);
}

#[test]
fn a_time_or_setting_after_the_audience_of_told_ends_the_audience() {
    assert_contents(&[
        (
            "Mediators were trying to contain the crisis, an official told AFP on condition of \
             anonymity.",
            "told",
            "Mediators were trying to contain the crisis",
        ),
        (
            "Mediators were trying to contain the crisis, an official told Reuters on Thursday.",
            "told",
            "Mediators were trying to contain the crisis",
        ),
        (
            "Mediators were trying to contain the crisis, an official told reporters in Cairo.",
            "told",
            "Mediators were trying to contain the crisis",
        ),
        (
            "The talks will resume next week, a diplomat told AFP on condition of anonymity \
             because he was not authorized to speak publicly.",
            "told",
            "The talks will resume next week",
        ),
        // Near misses: a clause after the time is the content, as before.
        (
            "The governor told reporters on Monday he would veto the bill.",
            "told",
            "he would veto the bill",
        ),
        (
            "Mediators were trying to contain the crisis, an official told AFP.",
            "told",
            "Mediators were trying to contain the crisis",
        ),
    ]);
}

#[test]
fn an_absolute_phrase_with_another_speakers_participle_ends_the_content() {
    assert_contents(&[
        (
            "Moscow condemned the move, with Kremlin spokesman Dmitry Peskov saying it would \
             only prolong the conflict.",
            "condemned",
            "the move",
        ),
        (
            "Officials said the talks had stalled, with one diplomat saying they could collapse.",
            "said",
            "the talks had stalled",
        ),
        (
            "Kenya said it would respond, with officials warning of a harsh reaction.",
            "said",
            "it would respond",
        ),
        // Near misses: a phrase with no cue, and a share of a finding, stay in the content.
        (
            "The ministry said the talks had stalled, with no date set for a new round.",
            "said",
            "the talks had stalled, with no date set for a new round",
        ),
        (
            "The poll showed the senator losing ground, with 40 percent supporting him.",
            "showed",
            "the senator losing ground, with 40 percent supporting him",
        ),
    ]);
}

#[test]
fn a_capitalized_name_as_the_audience_of_told_may_run_past_three_words() {
    assert_contents(&[
        (
            "The plan is on track, an official told the Senate Armed Services Committee on \
             Thursday.",
            "told",
            "The plan is on track",
        ),
        (
            "The plan is on track, an official told the Senate Armed Services Committee.",
            "told",
            "The plan is on track",
        ),
        (
            "He had been a student there, a school spokesman told The Wall Street Journal.",
            "told",
            "He had been a student there",
        ),
        // Near misses: a bare clause after the audience is the content.
        (
            "The governor told aides Iran lied about the deal.",
            "told",
            "aides Iran lied about the deal",
        ),
        (
            "The governor told reporters on Monday he would veto the bill.",
            "told",
            "he would veto the bill",
        ),
    ]);
}
