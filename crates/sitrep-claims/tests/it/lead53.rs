//! Session 53, the lead: shapes from invented wire copy on the stories sitrep is for.
//! A pronoun of both cases ("it") before an auxiliary opens the reported clause, so a
//! relative "that" later in it opens no content of the cue's. Invented sentences, an
//! empty KB; each rule with a near miss.

use crate::common;

use common::assert_contents;

#[test]
fn it_before_an_auxiliary_is_the_reported_clauses_subject() {
    assert_contents(&[
        (
            "Hamas said it would not accept any deal that did not include a permanent ceasefire.",
            "said",
            "it would not accept any deal that did not include a permanent ceasefire",
        ),
        (
            "The ministry said it had reached an agreement that would end the dispute.",
            "said",
            "it had reached an agreement that would end the dispute",
        ),
        // Near misses: "he" always opened the clause, and a "that" right after a
        // short setting still opens the content.
        (
            "The minister said he would not accept any deal that did not include a ceasefire.",
            "said",
            "he would not accept any deal that did not include a ceasefire",
        ),
        (
            "The minister said on Tuesday that the deal was dead.",
            "said",
            "the deal was dead",
        ),
    ]);
}
