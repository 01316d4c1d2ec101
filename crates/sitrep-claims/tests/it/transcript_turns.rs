//! A transcript's questioner turns ("REPORTER: Did the president …?",
//! "QUESTION: Has the cabinet …?", "Q: …") are the journalists' questions,
//! no claim of anyone; the answering speaker's turns stay claims.
//! Invented transcript lines, an empty KB.

use crate::common;

use common::claim_triples as triples;

#[test]
fn questioner_turns_are_no_claims_and_answers_are() {
    for (raw, answer) in [
        (
            "ROE: We reached a series of agreements with our neighbours today.\n\n\
             REPORTER: Did the president ask for anything in exchange for the pause?\n\n\
             ROE: No. We are not subordinate to anyone at all.",
            "No. We are not subordinate to anyone at all",
        ),
        (
            "DOE: The two sides have reached an agreement on the exchange of prisoners.\n\n\
             QUESTION: Has the cabinet approved the deal yet, and when?\n\n\
             DOE: The two parties have agreed to every clause.",
            "The two parties have agreed to every clause",
        ),
        (
            "ROE: The talks went well and will go on next week.\n\n\
             Interviewer: What happens if there is no agreement by then?\n\n\
             ROE: I am sure we will reach an agreement by then.",
            "I am sure we will reach an agreement by then",
        ),
    ] {
        let t = triples(raw);
        assert!(
            t.iter().any(|(s, _, c)| c == answer && s.len() == 3),
            "{raw:?}: {t:?}"
        );
        assert!(
            t.iter()
                .all(|(_, _, c)| !c.ends_with('?') && !c.contains("exchange for")),
            "{raw:?}: {t:?}"
        );
    }
}

#[test]
fn a_questioner_word_inside_a_speaker_line_is_no_turn_label() {
    // A line opened by a named speaker stays that speaker's claim, and a
    // reporter who says something in running text is still a speaker.
    let raw = "WALLACE: Let's start with the talks, which resume on Monday.\n\n\
               WALLACE: The reporters were told the talks would resume.\n\n\
               A reporter said the talks would resume on Monday.";
    let t = triples(raw);
    assert!(
        t.iter().any(
            |(s, _, c)| s == "WALLACE" && c == "The reporters were told the talks would resume"
        ),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(s, _, c)| s == "A reporter" && c == "the talks would resume on Monday"),
        "{t:?}"
    );
}

/// Session 22 (`tidy23`): the text layer's turn labels. An answer under a
/// label that names no one ("ANSWER:", like "A:") has no speaker named
/// "ANSWER", however often it recurs; a questioner's label in Title Case
/// or with the reporter's name is no claim either. Named speakers in
/// capitals keep theirs.
#[test]
fn unnamed_answer_and_questioner_labels_are_no_speakers() {
    let raw = "QUESTION: Is the government ready to negotiate with the rebels?\n\n\
               ANSWER: We are ready to negotiate with them without conditions.\n\n\
               Question: Will the talks start before the end of the year?\n\n\
               ANSWER: We hope the talks will start within a few weeks.\n\n\
               Reporter Jane Roe: What will you offer the rebels at the talks?\n\n\
               ROE: We will offer them seats in a new national assembly.\n\n\
               ROE: The assembly will meet for the first time next spring.";
    let t = triples(raw);
    assert!(t.iter().all(|(s, _, _)| s != "ANSWER"), "{t:?}");
    assert!(
        t.iter()
            .all(|(_, _, c)| !c.ends_with('?') && !c.contains("talks start")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(s, _, c)| s == "ROE"
                && c == "We will offer them seats in a new national assembly"),
        "{t:?}"
    );
}
