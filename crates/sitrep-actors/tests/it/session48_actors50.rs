//! Session 48, branch `actors50`: a capitalized title before a name the resolver leaves
//! unknown is no apposition to the person before ("Governor Kasich, Governor Christie"); a
//! demonym before a people noun that is no organ of the state names the state's criminals or
//! civilians ("Iranian hackers", "Russian trolls"), not the state; a plural demonym is the state
//! only after the definite article. The sentences are the branch's own, near misses beside them.

use crate::common;

use common::{assert_no_actor, ids_on, mentions_on};

const DAY: &str = "2016-03-10";

/// The actor ids of the mentions of `text` (published in 2016) whose surface is `surface`.
fn ids_of(text: &str, surface: &str) -> Vec<String> {
    ids_on(text, surface, DAY)
}

#[test]
fn a_title_before_an_unknown_name_is_no_apposition() {
    for text in [
        "Governor John Kasich spoke on Monday. People backed Governor Kasich, Governor \
         Christie and others.",
        "Ohio Governor John Kasich spoke on Monday. These are people who backed Senator Cruz, \
         Governor Kasich, Governor Fallin, Senator Rubio - all stripes.",
    ] {
        assert_eq!(ids_of(text, "Governor"), Vec::<String>::new(), "{text}");
    }
    // Near misses: an apposed role with no name after it is still the person's.
    for (text, role) in [
        (
            "John Kasich, the governor, said he would stay in the race.",
            "governor",
        ),
        (
            "John Kasich, Governor since 2011, said he would stay in the race.",
            "Governor",
        ),
    ] {
        assert_eq!(ids_of(text, role), vec!["john-kasich"], "{text}");
    }
}

#[test]
fn a_demonym_before_people_of_no_state_organ_names_them() {
    let text = "Iranian hackers attacked a U.S. bank on Monday. Russian trolls spread false \
                stories. Iranian officials denied the report. Iranian forces fired missiles. \
                Russian government hackers were behind the breach.";
    for (surface, id) in [
        ("Iranian hackers", "IRNCRM"),
        ("Russian trolls", "RUSCVL"),
        // Near misses: the state's organs stay the state's.
        ("Iranian officials", "IRNGOV"),
        ("Iranian forces", "IRNMIL"),
        ("Russian government hackers", "RUSGOV"),
    ] {
        assert_eq!(ids_of(text, surface), vec![id], "{surface}");
    }
    assert!(ids_of(text, "Iranian").is_empty());
    // With no demonym the people are no one.
    let bare = "Hackers stole the data of a million customers, the bank said.";
    assert!(
        mentions_on(bare, DAY)
            .iter()
            .all(|(s, _)| !s.contains("Hackers")),
        "{:?}",
        mentions_on(bare, DAY)
    );
}

#[test]
fn a_plural_demonym_is_the_state_only_after_the_definite_article() {
    let text = "Some Iranians fear inflation. Their Palestinians protested. The Iranians \
                accused Israel of lying.";
    assert_eq!(ids_of(text, "Iranians"), vec!["IRNCVL", "IRN"]);
    assert_eq!(ids_of(text, "Palestinians"), vec!["PSECVL"]);
}

#[test]
fn a_preposition_or_headline_verb_before_a_surname_is_no_given_name() {
    for (text, surname, id, made_up) in [
        (
            "Le Pen Backs Trump. Donald Trump thanked her on Monday.",
            "Trump",
            "donald-trump",
            "backs-trump",
        ),
        (
            "What Mexico Could Do When Up Against Trump. Donald Trump spoke on Monday.",
            "Trump",
            "donald-trump",
            "against-trump",
        ),
        (
            "Pence Wins Debate Over Kaine. Tim Kaine spoke on Monday.",
            "Kaine",
            "tim-kaine",
            "over-kaine",
        ),
    ] {
        assert_eq!(ids_of(text, surname), vec![id], "{text}");
        assert_no_actor(text, made_up);
    }
    // Near miss: a name the KB lacks is still one new person.
    let text = "Over the weekend, Governor Anna Kowalski said the vote was close.";
    assert_eq!(
        ids_of(text, "Governor Anna Kowalski"),
        vec!["anna-kowalski"]
    );
}
