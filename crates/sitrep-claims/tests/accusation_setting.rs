//! What an accusation alleges is the phrase after "of"; a subordinate
//! clause after it ("after protests spread", "when it announced …") is the
//! narrator's setting, no part of the content. A preposition that opens no
//! clause ("as a spy", "before the merger") stays. Invented sentences, an
//! empty KB.

mod common;

use common::claim_texts as claims;

fn content_of<'a>(c: &'a [(String, String, String, bool)], cue: &str) -> Option<&'a str> {
    c.iter()
        .find(|(_, q, _, _)| q == cue)
        .map(|(_, _, x, _)| x.as_str())
}

#[test]
fn a_subordinate_clause_after_the_allegation_is_the_narrators() {
    for (s, content) in [
        (
            "The minister accused the opposition of stoking unrest after protests spread to the capital.",
            "the opposition of stoking unrest",
        ),
        (
            "Rights groups accused the police of using excessive force after officers raided the camp.",
            "the police of using excessive force",
        ),
        (
            "The mayor accused the union of lying when it announced the strike.",
            "the union of lying",
        ),
    ] {
        let c = claims(s);
        assert_eq!(content_of(&c, "accused"), Some(content), "{s}: {c:?}");
    }
}

#[test]
fn prepositions_that_open_no_clause_stay_in_the_allegation() {
    for (s, content) in [
        (
            "The ministry accused him of acting as a spy for a foreign power.",
            "him of acting as a spy for a foreign power",
        ),
        (
            "Critics accused the company of hiding losses before the merger.",
            "the company of hiding losses before the merger",
        ),
    ] {
        let c = claims(s);
        assert_eq!(content_of(&c, "accused"), Some(content), "{s}: {c:?}");
    }
    // Other cues keep a subordinate clause: it may be what was said.
    let c = claims("The mayor said the bridge closed after the storm hit the coast.");
    assert_eq!(
        content_of(&c, "said"),
        Some("the bridge closed after the storm hit the coast"),
        "{c:?}"
    );
}
