//! What an accusation alleges is the phrase after "of"; a subordinate
//! clause after it ("after protests spread", "when crowds gathered …") is
//! the narrator's setting, no part of the content, unless the accused is
//! its subject ("when it bombed …": the act alleged). A preposition that opens no
//! clause ("as a spy", "before the merger") stays. Invented sentences, an
//! empty KB.

use crate::common;

use common::claim_texts as claims;
use common::claims_in;
use sitrep_kb::{parse_actor_file, parse_role_file, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian
MDA\tcountry\tMoldova\tMDA\t\t\t\t\tadj:Moldovan
";

const ROLES: &str = "phrase\tsector\tnumber
troops\tMIL\tgroup
";

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
            "The mayor accused the union of stoking anger when demonstrators gathered outside the town hall.",
            "the union of stoking anger",
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

/// A clause after "when", "as" or "while" whose subject is the accused — a
/// pronoun, the accused or its own forces — is the act alleged: it stays in
/// the content, so the act stays the accuser's word.
#[test]
fn a_when_clause_whose_subject_is_the_accused_is_the_allegation() {
    for (s, content) in [
        (
            "The rebels accused the army of breaking the ceasefire when it shelled the village.",
            "the army of breaking the ceasefire when it shelled the village",
        ),
        (
            "The rebels accused the army of breaking the ceasefire when its drones struck the village.",
            "the army of breaking the ceasefire when its drones struck the village",
        ),
        (
            "The union accused the managers of lying while they negotiated the contract.",
            "the managers of lying while they negotiated the contract",
        ),
    ] {
        let c = claims(s);
        assert_eq!(content_of(&c, "accused"), Some(content), "{s}: {c:?}");
    }
    // The accused's own forces, by a mention of the same country.
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.add_roles(parse_role_file("roles.tsv", ROLES).expect("test roles parse"));
    let kb = b.build();
    let (text, c) = claims_in(
        &kb,
        "Moldova accused Ukraine of provocations when Ukrainian troops shelled a border post.",
    );
    let content = c.first().map(|c| &text[c.content.start..c.content.end]);
    assert_eq!(
        content,
        Some("Ukraine of provocations when Ukrainian troops shelled a border post"),
        "{c:?}"
    );
    // Someone else's act after "when", or any clause after "after", stays
    // the narrator's setting.
    let (text, c) = claims_in(
        &kb,
        "Moldova accused Ukraine of provocations when Moldovan troops patrolled the border.",
    );
    let content = c.first().map(|c| &text[c.content.start..c.content.end]);
    assert_eq!(content, Some("Ukraine of provocations"), "{c:?}");
    let c = claims(
        "The rebels accused the army of breaking the ceasefire after it shelled the village.",
    );
    assert_eq!(
        content_of(&c, "accused"),
        Some("the army of breaking the ceasefire"),
        "{c:?}"
    );
}
