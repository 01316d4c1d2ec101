//! Claims of session 39 (lead): an agreement concluded or announced is no
//! speech. A "that" after the verb's noun object, before a present verb and
//! a possessive ("an agreement that limits Tehran's programme"), is a
//! relative on the object, not the opening of a content; "concluded" reports
//! a conclusion only with a that-clause ("concluded a deal" is an act).
//! Invented sentences, with near misses.

use crate::common;

use common::{assert_contents, content_of_cue};

#[test]
fn a_relative_that_after_an_agreement_opens_no_content() {
    for (sentence, cue) in [
        (
            "Iran and six powers concluded a long-term agreement on Tuesday that limits Tehran's nuclear programme.",
            "concluded",
        ),
        (
            "The two governments announced a pact on Friday that ends Moscow's claim to the islands.",
            "announced",
        ),
        ("The committee concluded its hearings in March.", "concluded"),
    ] {
        assert_eq!(content_of_cue(sentence, cue), None, "{sentence}");
    }
    // Near misses: a that-clause after the cue is reported speech, and a
    // "that" before a plural subject and a verb still opens one.
    assert_contents(&[
        (
            "The inspectors concluded that Tehran's programme was peaceful.",
            "concluded",
            "Tehran's programme was peaceful",
        ),
        (
            "The minister announced on Friday that talks would resume.",
            "announced",
            "talks would resume",
        ),
        (
            "The minister said on Friday that sales this year fell by a third.",
            "said",
            "sales this year fell by a third",
        ),
    ]);
}
