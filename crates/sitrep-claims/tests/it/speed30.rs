//! Session 55 (`speed30`): the time-phrase test after a demonstrative
//! "that" (`dated_then_closes`) finds the closing mark by byte and counts
//! at most one word past its limit, where it split and kept every word of
//! the clause after "that". The answers must stay the same: a dated
//! demonstrative object points back, a that-clause (with characters beyond
//! ASCII, or a time phrase one word too long to be the object's date) is
//! kept. Invented sentences, an empty KB.

use crate::common;

use common::{claim_triples, content_of_cue};

#[test]
fn a_demonstrative_object_dated_by_up_to_three_words_points_back() {
    for raw in [
        "The ministry rejected that demand on Sunday, saying the talks were over.",
        "The ministry rejected that demand last week, saying the talks were over.",
        "The ministry rejected that demand early last week, saying the talks were over.",
    ] {
        let found = claim_triples(raw);
        assert!(found.iter().all(|t| t.1 != "rejected"), "{raw}: {found:?}");
        assert_eq!(
            content_of_cue(raw, "saying").as_deref(),
            Some("the talks were over"),
            "{raw}: {found:?}"
        );
    }
}

#[test]
fn a_that_clause_after_the_cue_is_kept_whatever_its_length_or_characters() {
    // Characters beyond ASCII before the first mark: no byte of them is
    // read as a closing mark.
    assert_eq!(
        content_of_cue(
            "The mayor said that Zoë's café would reopen on Monday.",
            "said"
        )
        .as_deref(),
        Some("Zoë's café would reopen on Monday")
    );
    // A long clause with no mark until its end.
    let raw = "The mayor said that the council would vote on the budget and the \
               new library and the harbour plan before the end of the year";
    assert_eq!(
        content_of_cue(raw, "said").as_deref(),
        Some(
            "the council would vote on the budget and the new library and the harbour plan \
             before the end of the year"
        )
    );
    // Near miss: "that" before a time word opens a clause with a verb.
    assert_eq!(
        content_of_cue(
            "The treasurer said that last year, revenue fell by a third.",
            "said"
        )
        .as_deref(),
        Some("last year, revenue fell by a third")
    );
}

#[test]
fn a_count_of_times_is_read_from_the_objects_last_word() {
    // Up to three words ending in a repetition word: no content.
    for raw in [
        "The delegates applauded three more times.",
        "The delegates applauded twice.",
        "The delegates applauded several times!",
    ] {
        let found = claim_triples(raw);
        assert!(found.is_empty(), "{raw}: {found:?}");
    }
    // Near misses: a repetition word ending a longer object, and a count
    // that is not the object's end.
    assert_eq!(
        content_of_cue(
            "The mayor applauded the council members twice.",
            "applauded"
        )
        .as_deref(),
        Some("the council members twice")
    );
    assert_eq!(
        content_of_cue("The mayor applauded twice the ruling.", "applauded").as_deref(),
        Some("twice the ruling")
    );
}

#[test]
fn the_cues_of_one_sentence_share_its_fronted_subject() {
    // The opening phrase is skipped for every cue of the sentence, and a
    // second sentence opening differently is read afresh.
    let raw = "In a statement on Monday, the ministry said the border was closed and \
               warned that the talks had failed. After the vote, officials said the \
               result stood.";
    let found = claim_triples(raw);
    let speaker_of = |cue: &str| {
        found
            .iter()
            .find(|t| t.1 == cue)
            .map(|t| t.0.clone())
            .unwrap_or_else(|| panic!("no {cue:?} in {found:?}"))
    };
    assert_eq!(speaker_of("said"), "the ministry", "{found:?}");
    assert_eq!(speaker_of("warned"), "the ministry", "{found:?}");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "officials" && t.2 == "the result stood"),
        "{found:?}"
    );
}
