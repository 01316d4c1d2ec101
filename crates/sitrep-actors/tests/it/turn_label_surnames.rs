//! Session 24 (`actors26`): a transcript's turn label in capitals ("MR
//! MILLER:") ends with the surname of a person the document named in full
//! before it ("Matthew Miller, Spokesperson"); the surname is that person.
//! Only a person named in full in the same document is linked: a label whose
//! surname no full name before it carries names no one.

use crate::common;

use common::{assert_id_exact, builtin_mentions as mentions};

const BRIEFING: &str =
    "Department Press Briefing\nMatthew Miller, Spokesperson\nWashington, D.C.\n\n\
MR MILLER: Good afternoon, everyone. I want to start with Syria.\n\n\
QUESTION: Has the United States been in contact with the new authorities?\n\n\
MR MILLER: We have been in contact with a range of Syrian groups.\n";

#[test]
fn a_capitals_turn_label_names_the_person_named_in_full_before_it() {
    assert_id_exact(BRIEFING, "MILLER", Some("matthew-miller"));
    let m = mentions(BRIEFING);
    let labels = m
        .iter()
        .filter(|(t, id)| t == "MILLER" && id == "matthew-miller")
        .count();
    assert_eq!(labels, 2, "{m:?}");
}

/// With the label linked, "we" in the spokesperson's turn is the state body
/// the person speaks for (the turn reader of session 19), not unresolved.
#[test]
fn we_in_a_linked_turn_is_the_speakers_state_body() {
    let m = mentions(BRIEFING);
    assert!(m.iter().any(|(t, id)| t == "We" && id == "USAGOV"), "{m:?}");
}

/// Near misses: no full name of that surname before the label, or the full
/// name only after it.
#[test]
fn a_capitals_label_without_the_full_name_before_it_names_no_one() {
    let no_full_name = "Briefing\n\nMR JOHNSON: Good afternoon. We will talk about trade.\n";
    assert_id_exact(no_full_name, "JOHNSON", None);
    let full_name_after = "Briefing\n\nMR MILLER: Good afternoon.\n\n\
Matthew Miller, the spokesperson, took questions.\n";
    assert_id_exact(full_name_after, "MILLER", None);
}
