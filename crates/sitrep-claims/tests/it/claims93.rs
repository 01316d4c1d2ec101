//! Session 54 (`claims93`): a coordinated speaker whose first conjunct is a
//! name holding a lower-case link ("of", "for"). Invented sentences, an
//! empty KB; each rule with a near miss.

use crate::common;

use common::claim_triples;

fn speakers_of(text: &str, cue: &str) -> Vec<String> {
    claim_triples(text)
        .into_iter()
        .filter(|t| t.1 == cue)
        .map(|t| t.0)
        .collect()
}

#[test]
fn a_name_with_of_before_and_stays_in_the_coordinated_speaker() {
    let found = speakers_of(
        "In the capital, the Federation of Dock Workers and the Harbour Board said the strike would end.",
        "said",
    );
    assert_eq!(
        found,
        vec!["the Federation of Dock Workers and the Harbour Board".to_string()]
    );
}

#[test]
fn a_name_with_for_before_and_stays_in_the_coordinated_speaker() {
    let found = speakers_of(
        "The Council for Rural Schools and the Teachers Guild warned that funding would fall.",
        "warned",
    );
    assert_eq!(
        found,
        vec!["The Council for Rural Schools and the Teachers Guild".to_string()]
    );
}

#[test]
fn a_place_joined_by_of_after_a_verb_is_no_speaker() {
    // Near miss: the name is an object ("met with"), so the coordination
    // after it is not crossed, as before.
    let found = speakers_of(
        "Officials met with the Bank of Ruritania and the Finance Ministry said the talks went well.",
        "said",
    );
    assert!(!found.iter().any(|s| s.contains("Bank of")), "{found:?}");
}

#[test]
fn an_of_after_a_lower_case_noun_is_no_name_link() {
    // Near miss: "members of Parliament" is no name (the word before "of"
    // is lower case), so the phrase before "and" is an object of "met"
    // and the speaker stays the conjunct after "and".
    let found = speakers_of(
        "He met members of Parliament and the Harbour Board said the strike would end.",
        "said",
    );
    assert_eq!(found, vec!["the Harbour Board".to_string()]);
}

#[test]
fn an_inverted_role_with_its_name_and_a_relative_clause_is_the_speaker() {
    let found = claim_triples(
        "He also had a voice in the ministry's investments, said a former spokesman for the ministry, Oleg Voloshyn, who left in May.",
    );
    assert!(
        found.iter().any(|t| t.1 == "said"
            && t.0
                .starts_with("a former spokesman for the ministry, Oleg Voloshyn")
            && t.2 == "He also had a voice in the ministry's investments"),
        "{found:?}"
    );
}

#[test]
fn an_inverted_role_with_its_name_and_no_clause_is_unchanged() {
    // Near miss: without the relative clause the inversion was read before.
    let found = claim_triples(
        "He also had a voice in the ministry's investments, said a former spokesman for the ministry, Oleg Voloshyn.",
    );
    assert!(
        found.iter().any(|t| t.1 == "said"
            && t.0 == "a former spokesman for the ministry, Oleg Voloshyn"
            && t.2 == "He also had a voice in the ministry's investments"),
        "{found:?}"
    );
}

#[test]
fn a_name_followed_by_a_coordinated_clause_is_no_inverted_speaker() {
    // Near miss: after the name a coordinator opens another clause, no
    // relative clause about the named person; no inversion is read.
    let found =
        claim_triples("The plan will fail, said the spokesman, Jo Roe, and the minister agreed.");
    assert!(
        !found
            .iter()
            .any(|t| t.1 == "said" && t.0.starts_with("the spokesman, Jo Roe")),
        "{found:?}"
    );
}

#[test]
fn a_cue_inside_an_object_relative_clause_ends_its_content_at_the_clause_close() {
    let found = claim_triples(
        "The policy changes, which officials said will take effect in the next few months, will not apply to all migrants.",
    );
    assert!(
        found.contains(&(
            "officials".to_string(),
            "said".to_string(),
            "will take effect in the next few months".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_comma_inside_an_object_relative_clause_without_an_auxiliary_keeps_the_content() {
    // Near miss: the comma is followed by a "with" phrase, no resumed
    // predicate, so the content runs on as before.
    let found = claim_triples(
        "The district saw 30 applicants, which he said were evenly split between the two parties, with a couple of independents.",
    );
    assert!(
        found.iter().any(|t| t.1 == "said"
            && t.2 == "were evenly split between the two parties, with a couple of independents"),
        "{found:?}"
    );
}

#[test]
fn a_possessive_team_opens_a_coordinated_speaker() {
    let found = speakers_of(
        "Clinton's team and her Democratic allies believe the race is over.",
        "believe",
    );
    assert_eq!(
        found,
        vec!["Clinton's team and her Democratic allies".to_string()]
    );
}

#[test]
fn a_team_in_an_earlier_clause_is_no_speaker() {
    // Near miss: the team is the subject of another clause before a comma
    // and "and"; the speaker is the conjunct after it.
    let found = speakers_of(
        "The team won the match, and fans said the coach would stay.",
        "said",
    );
    assert_eq!(found, vec!["fans".to_string()]);
}

#[test]
fn a_demonstrative_that_before_will_or_would_is_the_contents_subject() {
    // "will" and "would" are auxiliaries like "was" and "could": after
    // "said that" they have no subject of their own, so "that" is the
    // content's subject, not a complementizer.
    for (text, content) in [
        (
            "He said that would permit more ships.",
            "that would permit more ships",
        ),
        ("He said that will cost jobs.", "that will cost jobs"),
    ] {
        let found = claim_triples(text);
        assert!(
            found.iter().any(|t| t.1 == "said" && t.2 == content),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_complementizer_that_before_a_subject_stays_out_of_the_content() {
    // Near miss: a subject after "that" makes it the complementizer.
    let found = claim_triples("He said that ships would be built.");
    assert!(
        found
            .iter()
            .any(|t| t.1 == "said" && t.2 == "ships would be built"),
        "{found:?}"
    );
}
