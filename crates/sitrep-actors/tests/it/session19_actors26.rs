//! Session 19 (`actors26`): bare institution nouns in a story about one
//! state ("police opened fire", "passed by parliament", "The High
//! Constitutional Court", "the National Assembly voted"), and a state's
//! official speaking of, or commanding, its own body ("Mikati said the army
//! would reinforce", "Katz orders the army to respond"); the rows under test
//! are data (context.tsv: bare-body, body-role, auxiliary).

use crate::common;

use common::builtin_mentions as mentions;

/// The actor of the mention whose text is `text`, if any.
fn id_of(m: &[(String, String)], text: &str) -> Option<String> {
    m.iter().find(|(t, _)| t == text).map(|(_, id)| id.clone())
}

/// "police" with no article after a lower-case word is the story's
/// state's police (probe20 item 25: Nepal); after a determiner ("their
/// police") it is no bare body.
#[test]
fn police_without_article_is_the_story_states() {
    let m = mentions(
        "Nepal's Prime Minister KP Sharma Oli resigned on Tuesday, a day after police opened fire on protesters.",
    );
    assert_eq!(id_of(&m, "police").as_deref(), Some("NPLCOP"), "{m:?}");
    let m = mentions(
        "Nepal's Prime Minister KP Sharma Oli resigned on Tuesday, a day after their police opened fire on protesters.",
    );
    assert_eq!(id_of(&m, "police"), None, "{m:?}");
}

/// "parliament" after a preposition names the story's legislature
/// ("the law passed by parliament"); with two states competing it stays
/// unplaced.
#[test]
fn parliament_without_article_needs_one_state() {
    let m = mentions(
        "Iran rejected the talks. Tehran said the law passed by parliament on Sunday would stand.",
    );
    assert_eq!(id_of(&m, "parliament").as_deref(), Some("IRNLEG"), "{m:?}");
    let m =
        mentions("Russia fired drones at Ukraine. The law passed by parliament was criticised.");
    assert_eq!(id_of(&m, "parliament"), None, "{m:?}");
}

/// A body's proper name with a capitalized word between "the" and the
/// role ("The High Constitutional Court"), and "the National Assembly",
/// which the KB counts as a person's role, are the story's state's bodies
/// (probe20 item 26: Madagascar); "the tennis court" is none. The KB has
/// Madagascar's High Constitutional Court since probe20, so the rule is
/// pinned with a court name the KB lacks.
#[test]
fn named_bodies_of_a_one_state_story() {
    let m = mentions(
        "Madagascar's president fled. The Supreme Constitutional Court invited him to take office after the National Assembly voted to impeach him.",
    );
    assert_eq!(
        id_of(&m, "Constitutional Court").as_deref(),
        Some("MDGJUD"),
        "{m:?}"
    );
    assert_eq!(
        id_of(&m, "National Assembly").as_deref(),
        Some("MDGLEG"),
        "{m:?}"
    );
    let m = mentions("Madagascar's president fled. The tennis court was closed.");
    assert!(m.iter().all(|(t, _)| !t.contains("court")), "{m:?}");
}

/// A state's official saying what "the army" will do speaks of its own
/// army, however many states the story names (probe20 items 9 and 24);
/// "the army's response" is what the official judges, left unplaced.
#[test]
fn an_official_speaks_of_the_own_army() {
    let m = mentions(
        "Israel struck Gaza. Lebanon's Prime Minister Najib Mikati said the army would reinforce its presence.",
    );
    assert_eq!(id_of(&m, "army").as_deref(), Some("LBNMIL"), "{m:?}");
    let m = mentions(
        "Israel struck Gaza. Lebanon's Prime Minister Najib Mikati said the army's response was weak.",
    );
    assert_eq!(id_of(&m, "army"), None, "{m:?}");
}

/// A defence minister commands the army as a government does, and "to"
/// after a commanded body opens the order (probe20 item 2); "opposition to
/// the army" stays a relation.
#[test]
fn a_defence_minister_orders_the_army() {
    let m = mentions(
        "Israel struck Lebanon. Defence Minister Israel Katz orders the army to respond forcefully.",
    );
    assert_eq!(id_of(&m, "army").as_deref(), Some("ISRMIL"), "{m:?}");
    let m = mentions("Israel struck Lebanon. Netanyahu voiced opposition to the army.");
    assert_eq!(id_of(&m, "army"), None, "{m:?}");
}

/// A leader telling "parliament" something addresses the own state's
/// legislature, whatever other states the story names (probe19: "Tusk told
/// parliament the suspects had fled to Belarus").
#[test]
fn a_leader_tells_the_own_parliament() {
    let m = mentions(
        "Russian agents blew up a railway line in Poland. Tusk told parliament the suspects had fled to Belarus.",
    );
    assert_eq!(id_of(&m, "parliament").as_deref(), Some("POLLEG"), "{m:?}");
    let m = mentions(
        "Russian agents blew up a railway line in Poland. Tusk spoke, and parliament said the suspects had fled to Belarus.",
    );
    assert_eq!(id_of(&m, "parliament"), None, "{m:?}");
}

/// "the court" after the International Criminal Court names it back
/// (probe20 item 13), instead of a bare state court; with no court
/// organization named before it stays the story's state's court.
#[test]
fn the_court_names_back_a_named_international_court() {
    let m = mentions(
        "The International Criminal Court issued arrest warrants for two Taliban leaders, the court said. Afghanistan rejected them.",
    );
    assert_eq!(id_of(&m, "the court").as_deref(), Some("icc"), "{m:?}");
    let m = mentions(
        "Thailand's prime minister was removed on Friday. The court said she had breached ethics.",
    );
    assert_eq!(id_of(&m, "The court").as_deref(), Some("THAJUD"), "{m:?}");
}
