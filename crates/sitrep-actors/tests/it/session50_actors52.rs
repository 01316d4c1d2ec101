//! Session 50, branch `actors52`: actor resolution errors seen on real US political news. A
//! given name that is a short form of a KB person's own ("Jim" of James Comey, `name-forms.tsv`)
//! names that person, and one that is no form of it ("Billy" before George W. Bush's "Bush",
//! a given name ending in "-ly") someone else; "anchor" is a media role, in lower case only
//! before a name (`lowercase-role`); a bare surname that is a state's name, in a speaker's
//! position, is the person named in full before; two-letter postal codes in capitals place a
//! town in its US state; given names of US public figures give genders ("Seth", "Mitch").
//! The sentences are the branch's own, near misses beside them.

use crate::common;

use common::{ids_on, mentions_on};
use sitrep_actors::{find_actors, Gender};
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

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
fn a_given_name_of_another_person_before_a_kb_surname_is_someone_else() {
    // "Billy" ends in "-ly" like an adverb ("Later Putin said"), but it is a known given name.
    for text in [
        "The comedian was egged on by talk show host Billy Trump, who laughed.",
        "The singer Sally Obama performed in Ohio on Monday.",
    ] {
        let ids = all_ids(text);
        assert!(
            !ids.iter()
                .any(|id| id == "donald-trump" || id == "barack-obama"),
            "{text}: {ids:?}"
        );
    }
    assert!(
        all_ids("The comedian was egged on by talk show host Billy Trump, who laughed.")
            .contains(&"billy-trump".to_string())
    );
    // Near miss: an adverb in "-ly" before the surname is no given name.
    let text = "The talks stalled. Reportedly Trump rejected the offer.";
    assert_eq!(ids_of(text, "Trump"), vec!["donald-trump"], "{text}");
}

#[test]
fn a_short_form_of_the_given_name_is_the_same_person() {
    let text =
        "The senators questioned the agency. Jim Comey told the panel the inquiry was closed.";
    // The mention is the whole name, the short form included.
    assert_eq!(ids_of(text, "Jim Comey"), vec!["james-comey"], "{text}");
    assert!(!all_ids(text).iter().any(|id| id == "jim-comey"), "{text}");
    // The other way round: the formal name in the text, the short form in the KB.
    let text = "The diplomats met in Vienna. Michael Pompeo said the talks had failed.";
    assert_eq!(
        ids_of(text, "Michael Pompeo"),
        vec!["mike-pompeo"],
        "{text}"
    );
    // Near miss: a given name that is no form of the person's is someone else.
    let text = "The diplomats met in Vienna. Gregory Pompeo said the talks had failed.";
    assert!(
        !all_ids(text).iter().any(|id| id == "mike-pompeo"),
        "{text}"
    );
}

#[test]
fn anchor_is_a_media_role_before_a_name_in_lower_case() {
    let text = "The candidate was interviewed by cable news anchor Maya Quillfeather on Tuesday.";
    assert_eq!(
        ids_of(text, "anchor Maya Quillfeather"),
        vec!["maya-quillfeather"],
        "{text}"
    );
    let (country, sector) = common::placed_on(text, "Quillfeather", DAY);
    assert_eq!((country, sector.as_deref()), (None, Some("MED")), "{text}");
    // Near misses: "anchor babies" names no one, and a capitalized job noun in a heading opens
    // no name ("Anchor Slams Team Owner" is no person).
    let text = "He railed against what he called anchor babies on Tuesday.";
    assert!(all_ids(text).is_empty(), "{text}: {:?}", all_ids(text));
    let text = "Sports Anchor Slams Team Owner For Silence\nThe owner said nothing on Monday.";
    assert!(
        !all_ids(text).iter().any(|id| id.contains("slams")),
        "{text}: {:?}",
        all_ids(text)
    );
}

#[test]
fn a_surname_that_is_a_state_names_the_person_as_a_speaker() {
    for text in [
        "Rep. Robert Jordan questioned the director on Monday. \"He got immunity,\" Jordan said.",
        "Rep. Robert Jordan questioned the director on Monday. \"He got immunity,\" said Jordan.",
    ] {
        assert_eq!(
            ids_of(text, "Jordan"),
            vec!["robert-jordan"],
            "{text}: {:?}",
            mentions_on(text, DAY)
        );
    }
    // Near misses: the state in no speaker's position, and a story naming the state otherwise.
    let text = "Rep. Robert Jordan questioned the director on Monday. Troops in Jordan waited.";
    assert_eq!(ids_of(text, "Jordan"), vec!["JOR"], "{text}");
    let text = "Rep. Robert Jordan questioned the director on Monday. Jordanian officials met \
                in Amman. Jordan said the border would stay closed.";
    assert_eq!(ids_of(text, "Jordan"), vec!["JOR"], "{text}");
}

#[test]
fn a_postal_code_in_capitals_places_a_town_in_its_state() {
    for text in [
        "The storm reached Paris, TX on Monday.",
        "Volunteers in Athens, GA 30601 collected food.",
        "The storm reached Paris, TX.",
    ] {
        let ids = all_ids(text);
        assert!(ids.iter().any(|id| id == "USA"), "{text}: {ids:?}");
        assert!(
            !ids.iter().any(|id| id == "FRA" || id == "GRC"),
            "{text}: {ids:?}"
        );
    }
    // Near miss: a code that is an English word stays out ("IN"), and so does a lower-case pair
    // before more words.
    let text = "He spent years in Paris, IN my view the best city.";
    assert!(all_ids(text).iter().any(|id| id == "FRA"), "{text}");
}

#[test]
fn given_names_of_us_public_figures_give_genders() {
    let kb = Kb::builtin().expect("built-in KB loads");
    let text = "Late night host Seth Quillon interviewed Sen. Mitch Farrowdale and Megyn Tarrant.";
    let layer = TextLayer::new(normalize(text));
    let doc = find_actors(&layer, &kb, Some(DAY));
    let gender = |id: &str| doc.gender(doc.actor_by_id(id).expect("actor mentioned"));
    assert_eq!(gender("seth-quillon"), Some(Gender::Male));
    assert_eq!(gender("mitch-farrowdale"), Some(Gender::Male));
    // Near miss: a name both genders carry stays unknown.
    let text = "Late night host Jordan Quillon interviewed the senator.";
    let layer = TextLayer::new(normalize(text));
    let doc = find_actors(&layer, &kb, Some(DAY));
    assert_eq!(
        doc.gender(doc.actor_by_id("jordan-quillon").expect("actor mentioned")),
        None
    );
}

#[test]
fn a_title_and_name_before_an_eponym_head_name_a_thing() {
    let text =
        "After reciting a passage from the King Harold Bible, the host said the verse was clear.";
    let ids = all_ids(text);
    assert!(
        !ids.iter().any(|id| id.contains("bible")),
        "{text}: {ids:?}"
    );
    // Near miss: the title and name alone are the person.
    let text = "The chronicle says King Harold Godwinson fell at Hastings.";
    assert_eq!(
        ids_of(text, "King Harold Godwinson"),
        vec!["harold-godwinson"],
        "{text}: {:?}",
        mentions_on(text, DAY)
    );
}

#[test]
fn a_role_apposed_to_a_surname_names_the_bearer_the_surname_names() {
    // "Bush" is George W. Bush's alias; the story names Jeb Bush in full and never George W.
    let text = "Jeb Bush campaigned in Concord on Monday. Bush, Florida's former governor, \
                attacked his rivals.";
    let ids = all_ids(text);
    assert!(
        !ids.iter().any(|id| id == "george-w-bush"),
        "{text}: {ids:?}"
    );
    assert_eq!(ids_of(text, "Bush"), vec!["jeb-bush"], "{text}");
    // Near miss: the alias's person named in full keeps the alias and the role.
    let text = "George W. Bush spoke in Dallas on Monday. Bush, the former president, praised \
                the troops.";
    let ids = all_ids(text);
    assert!(!ids.iter().any(|id| id == "jeb-bush"), "{text}: {ids:?}");
}

#[test]
fn a_surname_with_its_particle_is_mentioned_whole() {
    // The particle of the name stands before the surname in either case.
    let text = "Mayor Ana de Varga spoke on Monday. De Varga said the bridge would reopen. \
                Later, de Varga left the hall.";
    let mentions = mentions_on(text, DAY);
    let surfaces: Vec<&str> = mentions.iter().map(|(s, _)| s.as_str()).collect();
    assert!(surfaces.contains(&"De Varga"), "{mentions:?}");
    assert!(surfaces.contains(&"de Varga"), "{mentions:?}");
    assert!(!surfaces.contains(&"Varga"), "{mentions:?}");
    // Near miss: a word that is no particle of the name stays out.
    let text = "Mayor Ana de Varga spoke on Monday. Then Varga said the bridge would reopen.";
    let surfaces: Vec<String> = mentions_on(text, DAY).into_iter().map(|(s, _)| s).collect();
    assert!(surfaces.iter().any(|s| s == "Varga"), "{surfaces:?}");
}
