//! Claims of session 37 (`claims57`): the appositives of a speaker after a
//! postposed cue stay in the speaker's span up to the last description
//! when something after them is none of the speaker's; an origin, a role
//! after "then" and a name apposed to a role phrase describe the speaker.
//! Each shape with its near miss. Invented sentences.

use crate::common;

use common::speaker_of_cue;

#[test]
fn descriptions_after_a_postposed_speaker_stay_when_a_later_segment_is_none() {
    for (sentence, cue, speaker) in [
        // A place's region after the description is no appositive of the
        // speaker's own, a topic phrase neither: the descriptions stay.
        (
            "\"The ferry will not run,\" said Mara Quist, a harbour pilot at the Oberlin Port Authority, about the strike.",
            "said",
            "Mara Quist, a harbour pilot at the Oberlin Port Authority",
        ),
        (
            "\"Costs will rise,\" said Tomas Eberle, a senior analyst at the bank's parent group, Veldt Holdings.",
            "said",
            "Tomas Eberle, a senior analyst at the bank's parent group",
        ),
        // An origin after an age.
        (
            "\"We waited all night,\" said Ines Moravec, 42, from Dunmore.",
            "said",
            "Ines Moravec, 42, from Dunmore",
        ),
        // A role after "then".
        (
            "\"I advised against it,\" recalled Piet Halloran, then envoy to Chile.",
            "recalled",
            "Piet Halloran, then envoy to Chile",
        ),
        // A name apposed to a role phrase.
        (
            "\"The vote was fair,\" said the party's deputy chairman, Olek Brandt.",
            "said",
            "the party's deputy chairman, Olek Brandt",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a relative clause inside the descriptions is cut as
    // before (the whole tail is then read the old way, the name alone);
    // "then" before a clause is no role; a day after a role phrase is
    // when, not who.
    for (sentence, cue, speaker) in [
        (
            "\"Costs will rise,\" said Tomas Eberle, an analyst who covers the bank's parent group, Veldt Holdings.",
            "said",
            "Tomas Eberle",
        ),
        (
            "\"I advised against it,\" said Piet Halloran, then left the room.",
            "said",
            "Piet Halloran",
        ),
        (
            "\"The vote was fair,\" said the party's deputy chairman, Tuesday.",
            "said",
            "the party's deputy chairman",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
}

#[test]
fn the_subject_before_a_that_clause_running_to_the_cue_speaks_not_the_clauses_last_noun() {
    for (sentence, cue, speaker) in [
        (
            "Freight firms that had begun to plan a return to the Panama Canal route said they would wait.",
            "said",
            // The whole restrictive clause stays in the span (session 38,
            // `claims59`); its head is who speaks.
            "Freight firms that had begun to plan a return to the Panama Canal route",
        ),
        (
            "Carriers that suspended flights to Kenya last month say they will resume in June.",
            "say",
            "Carriers that suspended flights to Kenya last month",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near miss: a second "that" before the cue opens a clause whose own
    // subject speaks.
    let sentence =
        "The senator told Channel Nine in a story that aired on Monday that he believes the deal will hold.";
    assert_eq!(speaker_of_cue(sentence, "believes"), "he", "{sentence}");
}
