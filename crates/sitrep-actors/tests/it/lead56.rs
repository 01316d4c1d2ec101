//! Session 56, the lead: a world region's two-word adjective that ends in a state's demonym
//! ("Latin American", "Central American") names no one of that state ("Venezuela expelled
//! diplomats from seven Latin American countries" gave the USA as the target). Built-in KB.

use crate::common;

use common::mentions_on;

const DATE: &str = "2026-07-03";

fn ids(text: &str) -> Vec<String> {
    mentions_on(text, DATE)
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn a_region_adjective_ending_in_a_demonym_names_no_state() {
    for text in [
        "Venezuela expelled diplomats from seven Latin American countries.",
        "Spain deported Central American migrants.",
        "France criticised South American governments.",
        "Brazil urged North American partners to act.",
        "Latin Americans protested in Madrid.",
    ] {
        let ids = ids(text);
        assert!(
            ids.iter().all(|id| !id.starts_with("USA")),
            "{text}: {ids:?}"
        );
    }
    // Near misses: the demonym alone, or after a word that is no region's,
    // is the state's; a longer alias still wins ("South Korean").
    for (text, id) in [
        ("Venezuela accused American officials of plotting.", "USA"),
        ("The Latin teacher met American diplomats.", "USA"),
        ("Japan hosted South Korean officials.", "KOR"),
    ] {
        let ids = ids(text);
        assert!(ids.iter().any(|x| x.starts_with(id)), "{text}: {ids:?}");
    }
}

#[test]
fn leaders_the_news_names_by_surname_alone() {
    // Xi Jinping and Viktor Orban are named by surname alone in running
    // news with no full name or country before it.
    for (text, id) in [
        ("Takaichi met Xi on Friday.", "xi-jinping"),
        ("Orban blocked the EU statement.", "viktor-orban"),
    ] {
        let ids = ids(text);
        assert!(ids.iter().any(|x| x == id), "{text}: {ids:?}");
    }
    // Near misses: a city and a Roman numeral are no mention.
    for text in [
        "Tourists flocked to Xi'an.",
        "Pope Pius XI condemned the regime.",
    ] {
        let ids = ids(text);
        assert!(ids.iter().all(|x| x != "xi-jinping"), "{text}: {ids:?}");
    }
}
