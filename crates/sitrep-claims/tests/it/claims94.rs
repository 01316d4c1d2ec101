//! Session 54 (`claims94`): attribution recall leftovers (issue #5).
//! Invented sentences and names; each rule with a near miss that must not
//! change.

use crate::common;

use common::{claim_triples, claim_triples_in, kb_of, speakers_in, triple};
use sitrep_kb::Kb;

/// A KB whose one person gives the given name "Mark"; "Freedonia" is a
/// place.
fn kb() -> Kb {
    kb_of(
        "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\t
mark-roe\tperson\tMark Roe\tFRE\tGOV\tminister\t\t\t
",
    )
}

#[test]
fn a_headline_name_whose_first_word_is_a_kb_given_name_speaks_unquoted_words() {
    let found = claim_triples_in(
        &kb(),
        "Mark Tolliver: I'd consider a future run for governor.\n\n\
         The businessman spoke to reporters in Chicago on Monday.",
    );
    assert_eq!(
        found,
        [triple(
            "Mark Tolliver",
            ":",
            "I'd consider a future run for governor"
        )]
    );
}

#[test]
fn a_headline_heading_of_capitalized_words_is_no_speaker() {
    // Near miss: the first word is no given name of a KB person.
    for text in [
        "Climate Change: Talks will resume in Bonn next week.\n\nDelegates arrived on Monday.",
        "Breaking News: Three ships were seized near the coast.\n\nThe navy gave no details.",
    ] {
        assert!(claim_triples_in(&kb(), text).is_empty(), "{text}");
    }
    // Inside the story such a line is a list item (a police log's "Name:
    // charges"), not a speaker's words.
    let text = "Arrests were made on Monday.\n\n\
                Mark Tolliver: Possession of a controlled substance, held on bond.";
    assert!(claim_triples_in(&kb(), text).is_empty());
    // A given name with four words after it names no one either.
    let text = "Mark Twain Prize Winners Named: The ceremony will be held in May.\n\n\
                The list was published on Monday.";
    assert!(claim_triples_in(&kb(), text).is_empty());
}

#[test]
fn a_written_out_passive_of_reported_by_names_its_agent() {
    // "as reported by" inside "was reported by" hid the verb.
    assert_eq!(
        claim_triples("The move was reported by the newspaper on Monday."),
        [triple("the newspaper", "was reported", "The move")]
    );
    // "first reported by" after a passive auxiliary is the sentence's verb.
    assert_eq!(
        claim_triples("The meeting was first reported by the magazine."),
        [triple("the magazine", "was first reported", "The meeting")]
    );
}

#[test]
fn a_reduced_first_reported_by_stays_a_chain_phrase() {
    // Near miss: no auxiliary, the phrase names the chain's first link.
    assert!(
        claim_triples("The plan, first reported by the magazine, would end the war.").is_empty()
    );
    // And "as reported by" still opens no claim of its own.
    assert!(
        claim_triples("As reported by the newspaper, the talks stalled.")
            .iter()
            .all(|t| t.1 != "reported")
    );
}

#[test]
fn a_possessive_pronoun_before_a_noun_cue_speaks_and_is_named_back() {
    let found = speakers_in(
        &kb(),
        "Mark Roe spoke on Monday. His claim that the vote was rigged was rejected.",
    );
    assert!(
        found.contains(&(
            "His".to_string(),
            "mark-roe".to_string(),
            "claim".to_string()
        )),
        "{found:?}"
    );
    assert_eq!(
        claim_triples("My impression is that the talks will fail."),
        [triple("My", "impression is", "the talks will fail")]
    );
}

#[test]
fn a_determiner_before_a_noun_cue_still_names_no_one() {
    // Near miss: "The" owns nothing, so the copula row stays the writer's.
    assert!(claim_triples("The impression is that the talks will fail.").is_empty());
    // And a possessive name keeps its own phrase.
    assert_eq!(
        claim_triples("The senator's claim that the vote was rigged was rejected."),
        [triple(
            "The senator's",
            "claim",
            "the vote was rigged was rejected"
        )]
    );
}

#[test]
fn a_bare_time_after_a_cue_is_no_content() {
    assert_eq!(
        claim_triples("The campaign responded Friday, saying the ad was false."),
        [triple("The campaign", "saying", "the ad was false")]
    );
    // Near miss: a time before a clause keeps the clause.
    assert_eq!(
        claim_triples("The campaign said Friday the ad was false."),
        [triple("The campaign", "said", "the ad was false")]
    );
}
