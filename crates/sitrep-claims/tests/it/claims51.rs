//! Speaker spans of session 34 (`claims51`): "and" inside a body's name
//! that a preposition's object holds, two titles coordinated before one
//! name, and a participle set off by a comma inside a closing quotation
//! mark. Each shape with its near miss. Invented sentences.

use crate::common;

use common::cue_speaker;

#[test]
fn and_inside_a_body_name_after_a_preposition_stays_in_the_speaker() {
    assert_eq!(
        cue_speaker(
            "The Department of Health and Human Services said the rule would stay.",
            "said"
        )
        .as_deref(),
        Some("The Department of Health and Human Services")
    );
    assert_eq!(
        cue_speaker(
            "A report by the Institute for Fiscal and Social Studies found that the levy \
             would raise little.",
            "found"
        )
        .as_deref(),
        Some("A report by the Institute for Fiscal and Social Studies")
    );
    assert_eq!(
        cue_speaker(
            "A spokeswoman for the Parks and Recreation Department said the lake would \
             reopen.",
            "said"
        )
        .as_deref(),
        Some("A spokeswoman for the Parks and Recreation Department")
    );
    // Near miss: a name list opening the clause is read as before.
    assert_eq!(
        cue_speaker("Freedonia and Sylvania said the border would open.", "said").as_deref(),
        Some("Freedonia and Sylvania")
    );
}

#[test]
fn a_long_phrase_through_a_name_with_and_keeps_the_name_s_last_part() {
    // Past the word limit the phrase falls back to where it stood before
    // the "and" rather than losing the claim.
    let found = cue_speaker(
        "A survey of nearly two thousand young first-time voters in three northern \
         provinces conducted for the Institute of Arts and Letters found that turnout \
         would rise.",
        "found",
    );
    assert_eq!(found.as_deref(), Some("Letters"));
}

#[test]
fn two_titles_joined_by_and_before_one_name_are_one_speaker() {
    assert_eq!(
        cue_speaker(
            "Veteran journalist and author Mara Quint said the timing was poor.",
            "said"
        )
        .as_deref(),
        Some("Veteran journalist and author Mara Quint")
    );
    assert_eq!(
        cue_speaker(
            "The campaign's chief pollster and strategist Dov Amsel said the race was \
             tight.",
            "said"
        )
        .as_deref(),
        Some("The campaign's chief pollster and strategist Dov Amsel")
    );
    // Near miss: a title after a verb's object is no coordination.
    assert_eq!(
        cue_speaker(
            "Voters met the author and novelist Tam Orr said nothing.",
            "said"
        )
        .as_deref(),
        Some("novelist Tam Orr")
    );
}

#[test]
fn a_participle_after_a_comma_inside_closing_quotes_speaks_for_the_clause_subject() {
    assert_eq!(
        cue_speaker(
            "The governor praised the vote as \"historic,\" telling reporters that the \
             province had spoken.",
            "telling"
        )
        .as_deref(),
        Some("The governor")
    );
    assert_eq!(
        cue_speaker(
            "The union rejected what it called \u{201c}a cynical offer,\u{201d} saying the \
             workers deserved more.",
            "saying"
        )
        .as_deref(),
        Some("The union")
    );
    // Near miss: after a plain quote closed by a comma, an inverted
    // attribution still names its speaker after the verb.
    assert_eq!(
        cue_speaker(
            "\"The river will crest tonight,\" said the mayor of the town.",
            "said"
        )
        .as_deref(),
        Some("the mayor of the town")
    );
}

#[test]
fn a_participle_after_a_postposed_said_speaks_for_its_subject() {
    // The quoted words after the participle are this speaker's, not the
    // name's before the comma, nor the subject's of the clause reported.
    assert_eq!(
        cue_speaker(
            "\"She has been a fine governor of Sylvania,\" Ardin said, adding: \"I welcome \
             her support.\"",
            "adding"
        )
        .as_deref(),
        Some("Ardin")
    );
    assert_eq!(
        cue_speaker(
            "The council and the union will meet next week, the spokesman said, adding, \
             \"They need to talk.\"",
            "adding"
        )
        .as_deref(),
        Some("the spokesman")
    );
    assert_eq!(
        cue_speaker(
            "The minister cannot say that for now, Ardin added, saying it is up to the \
             courts.",
            "saying"
        )
        .as_deref(),
        Some("Ardin")
    );
    // Near miss: a participle after the clause's own verb speaks for the
    // clause's subject, as before.
    assert_eq!(
        cue_speaker(
            "The mayor said the bridge would reopen, adding that repairs were done.",
            "adding"
        )
        .as_deref(),
        Some("The mayor")
    );
}

#[test]
fn an_adverb_before_a_fronted_prepositional_phrase_is_no_subject() {
    assert_eq!(
        cue_speaker(
            "Here in the capital, the senator stepped up her attacks on the plan, saying, \
             \"We will not accept it.\"",
            "saying"
        )
        .as_deref(),
        Some("the senator")
    );
    assert_eq!(
        cue_speaker(
            "Early in the campaign, Ardin attacked his rival, calling him a failed \
             candidate.",
            "calling"
        )
        .as_deref(),
        Some("Ardin")
    );
}
