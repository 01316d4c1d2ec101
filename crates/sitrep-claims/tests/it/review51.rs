//! Session 51 (branch `review51`): bad input never panics. A speech verb's object walk read a
//! word's end one byte past a letter outside ASCII (", ü told ü"). Inputs from a fuzz run of
//! the session's rule words and characters beyond ASCII.

use crate::common::claims_of;

#[test]
fn an_object_opening_outside_ascii_after_a_speech_verb_does_not_panic() {
    for raw in [
        ", ü told ü",
        ", P told 本",
        "The minister told ü reporters on Monday he would stay.",
        "Officials told 日本 this week they would act.",
    ] {
        let (text, claims) = claims_of(raw);
        for c in &claims {
            assert!(text.get(c.content.start..c.content.end).is_some(), "{raw}");
        }
    }
}
