//! Session 52, branch `events72`: a person's name opening a sentence. Every word opening a
//! sentence is capitalized, so a word there is read as a given name before a KB person's
//! surname only when the data knows it as one; the given-names lexicon is such data, so
//! "Billy Bush was fired" names Billy Bush, not George W. Bush. Near misses beside it.

use crate::common;

use common::{ids_on, mentions_on};

const DAY_2016: &str = "2016-10-10";

#[test]
fn a_known_given_name_opening_a_sentence_is_part_of_the_name() {
    let text = "Billy Bush was fired by NBC after the tape surfaced.";
    let mentions = mentions_on(text, DAY_2016);
    assert!(
        !mentions.iter().any(|(_, id)| id == "george-w-bush"),
        "{text}: {mentions:?}"
    );
    assert_eq!(
        ids_on(text, "Billy Bush", DAY_2016),
        vec!["billy-bush"],
        "{text}"
    );
    // Near misses: a sentence adverb or a party word opening the sentence is no given name,
    // and the surname alone is still the KB's person.
    let text = "Afterwards Bush said he regretted the war.";
    assert_eq!(
        ids_on(text, "Bush", "2005-03-01"),
        vec!["george-w-bush"],
        "{text}"
    );
    let text = "Republican Trump won the primary.";
    assert_eq!(
        ids_on(text, "Trump", DAY_2016),
        vec!["donald-trump"],
        "{text}"
    );
}
