//! Session 50 (branch `events69`): a coordinated cue after a restrictive "who" on the main
//! clause's object continues the relative clause when the tenses say so: the relative's verb and
//! the cue's verb group are -s forms and the main verb is not ("condemned the cleric who lives
//! … and has accused …"). With one tense throughout the cue stays the main clause's. The events
//! stage reads a coordinated verb the same way. Invented sentences.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_present_cue_after_a_present_relative_continues_it() {
    let found = claim_triples(
        "Governor Ames condemned the preacher who lives in Ohio and has accused \
         the mayor of lying.",
    );
    assert!(
        found.contains(&triple("who", "has accused", "the mayor of lying")),
        "{found:?}"
    );
}

#[test]
fn one_tense_throughout_keeps_the_main_clause_speaker() {
    // Past main verb, past relative, past cue: the main clause's.
    let found = claim_triples(
        "Governor Ames met with senators who opposed the bill and said the vote would fail.",
    );
    assert!(
        found.contains(&triple("Governor Ames", "said", "the vote would fail")),
        "{found:?}"
    );
    // A main verb group in the -s form ("has condemned") gives no sign.
    let found = claim_triples(
        "Governor Ames has condemned the preacher who lives in Ohio and has accused \
         the mayor of lying.",
    );
    assert!(
        found.contains(&triple(
            "Governor Ames",
            "has accused",
            "the mayor of lying"
        )),
        "{found:?}"
    );
}
