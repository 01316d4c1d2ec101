//! Session 51 (branch `review51`): bad input never panics. Three walks sliced a word one byte
//! in, inside a first character beyond ASCII: a speech verb's object (", ü told ü"), a
//! clause-opening head noun ("While Parenthood, 日本e turned") and an opening -ly adverb
//! ("日本ly in Paris, the minister said"). Inputs from fuzz runs (the session's rule words,
//! and real news with characters beyond ASCII put in).

use crate::common::claims_of;

#[test]
fn words_opening_outside_ascii_do_not_panic() {
    for raw in [
        ", ü told ü",
        ", P told 本",
        "The minister told ü reporters on Monday he would stay.",
        "Officials told 日本 this week they would act.",
        "While Parenthood, 日本e turned hard-line views",
        "Éarly in his campaign, the minister said the talks had failed.",
        "日本ly in Paris, the minister said the talks had failed.",
        "日本ly in a victory speech, Mr. Trump struck a measured tone, saying the talks failed.",
        "Üarly in his campaign, Trump attacked the plan, arguing it would fail.",
    ] {
        let (text, claims) = claims_of(raw);
        for c in &claims {
            assert!(text.get(c.content.start..c.content.end).is_some(), "{raw}");
        }
    }
}
