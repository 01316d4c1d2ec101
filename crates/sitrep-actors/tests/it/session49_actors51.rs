//! Session 49, branch `actors51`: a person named in full claims a later bare surname that is a KB
//! town ("Benjamin J. Rhodes … Rhodes said"), a middle initial no longer hides a full name
//! ("John F. Kelly, a teacher,"), a town followed by a comma and a US state or province is in
//! that state ("Athens, Ga.", "Paris, Texas"), a person's "people" are no state's public ("the
//! Biden people"), and "host" is a media role ("Another RT America host, Abby Martin, said").
//! The sentences are the branch's own, near misses beside them.

use crate::common;

use common::{ids_on, mentions_on};

const DAY: &str = "2016-06-01";

/// The actor ids of the mentions of `text` (published in 2016) whose surface is `surface`.
fn ids_of(text: &str, surface: &str) -> Vec<String> {
    ids_on(text, surface, DAY)
}

/// Every actor id of `text`'s mentions (published in 2016).
fn all_ids(text: &str) -> Vec<String> {
    mentions_on(text, DAY)
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn a_surname_that_is_a_town_names_the_person_named_in_full() {
    for text in [
        "Benjamin J. Rhodes, a deputy national security adviser, spoke on Monday. Rhodes said \
         the deal would hold.",
        "Ben Rhodes spoke to reporters on Monday. Mr. Rhodes said the deal would hold.",
    ] {
        assert_eq!(ids_of(text, "Rhodes"), vec!["ben-rhodes"], "{text}");
    }
    // Near misses: a state's own name stays the state outside a speaker's position (in one, it
    // is the person since session 50: "Jordan said" of Rep. Jim Jordan), and the town with no
    // one of that surname named stays the town.
    let text = "Steve Israel, a congressman, spoke on Monday. The strikes on Israel would go on.";
    let ids = ids_of(text, "Israel");
    assert!(ids.last().is_some_and(|id| id == "ISR"), "{text}: {ids:?}");
    let text = "The ferry reached Rhodes on Monday.";
    assert_eq!(ids_of(text, "Rhodes"), vec!["GRC"], "{text}");
}

#[test]
fn a_middle_initial_keeps_a_full_name_apposed_to_a_role() {
    let text = "John F. Kelly, a teacher, spoke on Monday. Kelly said the school needed money.";
    assert_eq!(
        ids_of(text, "John F. Kelly"),
        vec!["john-f-kelly"],
        "{text}"
    );
    assert_eq!(ids_of(text, "Kelly"), vec!["john-f-kelly"], "{text}");
    // Near miss: a name without the initial is read as before, and an initial opening a
    // sentence after a surname joins no name.
    let text = "John Kelly, a teacher, spoke on Monday. Kelly said the school needed money.";
    assert_eq!(ids_of(text, "Kelly"), vec!["john-kelly"], "{text}");
    let text = "They met Kelly. F. Scott, a teacher, spoke on Monday.";
    assert!(
        !all_ids(text).iter().any(|id| id.contains("kelly")),
        "{text}: {:?}",
        mentions_on(text, DAY)
    );
}

#[test]
fn a_town_before_a_us_state_or_province_is_in_that_state() {
    for (text, town, state) in [
        (
            "The fire broke out in Athens, Ga., on Monday. Officials in Athens said no one was \
             hurt.",
            "Athens",
            "USA",
        ),
        (
            "The festival is held in Athens, Ohio, every year.",
            "Athens",
            "USA",
        ),
        ("The storm hit Paris, Texas, overnight.", "Paris", "USA"),
        ("The storm hit Paris, Texas.", "Paris", "USA"),
        (
            "Students in Moscow, Idaho, protested on Tuesday.",
            "Moscow",
            "USA",
        ),
        (
            "A plant in Lebanon, Pa. closed on Friday.",
            "Lebanon",
            "USA",
        ),
        (
            "Voters in Manchester, New Hampshire, lined up early.",
            "Manchester",
            "USA",
        ),
        ("The rally in London, Ont., drew a crowd.", "London", "CAN"),
    ] {
        let ids = ids_of(text, town);
        assert!(!ids.is_empty(), "{text}: {:?}", mentions_on(text, DAY));
        assert!(
            ids.iter().all(|id| id == state),
            "{text}: {:?}",
            mentions_on(text, DAY)
        );
    }
    // Near misses: the town's own country, a list of towns, a state name that opens a noun
    // phrase, and a list of capitals keep the bare name's state.
    for (text, town, state) in [
        (
            "Protesters marched in Athens, Greece, on Monday.",
            "Athens",
            "GRC",
        ),
        (
            "In Paris, Texas officials said the talks had failed.",
            "Paris",
            "FRA",
        ),
        (
            "Talks in Moscow, Washington and Beijing went on.",
            "Moscow",
            "RUS",
        ),
        (
            "The delegation visited Tbilisi, Georgia, on Monday.",
            "Tbilisi",
            "GEO",
        ),
        // A comma before a capitalised word runs a list of places.
        (
            "The bank has offices in London, New York, Paris and Tokyo.",
            "London",
            "GBR",
        ),
        // A person's name before a state's abbreviation is no town.
        (
            "The bill was backed by Reps. Nancy Pelosi, Calif., and Steny Hoyer, Md.",
            "Nancy Pelosi",
            "nancy-pelosi",
        ),
    ] {
        assert_eq!(ids_of(text, town), vec![state], "{text}");
    }
}

#[test]
fn a_persons_people_are_no_states_public() {
    let text = "The Biden people said they would fight. Mr. Trump's people refused to comment.";
    assert_eq!(ids_of(text, "Biden"), vec!["joe-biden"], "{text}");
    assert_eq!(ids_of(text, "Trump"), vec!["donald-trump"], "{text}");
    assert!(
        !all_ids(text).iter().any(|id| id == "USAPPL"),
        "{text}: {:?}",
        mentions_on(text, DAY)
    );
    // Near misses: a state's people are its public.
    let text = "The American people said they would fight. Iran's people refused to comment.";
    assert_eq!(ids_of(text, "American people"), vec!["USAPPL"], "{text}");
    assert_eq!(ids_of(text, "Iran's people"), vec!["IRNPPL"], "{text}");
}

#[test]
fn a_programme_host_is_a_person_of_the_outlet() {
    let text = "Another RT America host, Abby Martin, said the network was biased.";
    assert_eq!(
        ids_of(text, "RT America host, Abby Martin"),
        vec!["abby-martin"],
        "{:?}",
        mentions_on(text, DAY)
    );
    assert!(
        !all_ids(text).iter().any(|id| id == "USA"),
        "{text}: {:?}",
        mentions_on(text, DAY)
    );
    // Near misses: the attributive and verb uses of "host" name no one.
    for (text, id) in [
        ("Qatar, the host nation, said it was ready.", "QAT"),
        ("The host country Qatar agreed to the plan.", "QAT"),
        ("A host of issues remain for Qatar.", "QAT"),
        ("The tournament will be held in host Qatar.", "QAT"),
        ("Qatar will host the talks next week.", "QAT"),
    ] {
        assert_eq!(all_ids(text), vec![id], "{text}");
    }
}

#[test]
fn a_surname_alias_of_a_state_the_story_never_names_is_the_bearer_named_in_full() {
    let text = "Rita Katz, a researcher, spoke on Monday. Katz said the group had grown.";
    assert_eq!(ids_of(text, "Katz"), vec!["rita-katz"], "{text}");
    // Near misses: a story that names the KB person's state keeps the KB person ("Trump" beside
    // Lara Trump in a US story is Donald Trump; "Katz" beside Israel is Israel's minister).
    // (Session 51, actors53: the case was "Laura Bush … Bush said"; George W. Bush left office
    // in 2009, and a person whose last term ended before the story yields the bare surname to
    // the bearer named in full, wherever the story is set.)
    let text = "Lara Trump visited a school in Texas. Trump said the U.S. needs teachers.";
    assert_eq!(ids_of(text, "Trump"), vec!["donald-trump"], "{text}");
    let text =
        "Rita Katz, a researcher, spoke on Monday. Israel struck Gaza. Katz said the strikes \
                would go on.";
    assert_eq!(ids_of(text, "Katz"), vec!["israel-katz"], "{text}");
}

#[test]
fn a_preposition_or_headline_verb_opens_no_name() {
    for text in [
        "Like Trump, Ted Cruz wants a wall on the border.",
        "Mexicans Urge Americans To Renounce Trump.",
    ] {
        assert_eq!(ids_of(text, "Trump"), vec!["donald-trump"], "{text}");
        assert!(
            !all_ids(text)
                .iter()
                .any(|id| id.ends_with("-trump") && id != "donald-trump"),
            "{text}: {:?}",
            mentions_on(text, DAY)
        );
    }
    // Near miss: a given name before the surname still makes a person of their own.
    let text = "Eric Trump spoke at the rally on Monday.";
    assert_eq!(ids_of(text, "Eric Trump"), vec!["eric-trump"], "{text}");
}
