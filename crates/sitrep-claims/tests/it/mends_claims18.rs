//! Claims a probe of unseen wire news (session 14, probe15) found wrong,
//! mended in `claims18`: an adverb between the auxiliary and the cue, a
//! preposition before a nominal cue's speaker, a role noun apposed to the
//! person it is, content cut to an inner "that", a noun object running over
//! the subject's next participle, relative clauses and reflexive objects
//! that report no words, and a reported clause after a named subject that
//! opens with a plural noun. Invented sentences.

use crate::common;

use common::claim_texts as claims;
use common::{claim_triple, claims_in};
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
PHL\tcountry\tPhilippines\tPHL\t\t\t\t\tManila|adj:Philippine
lena-ortiz\tperson\tLena Ortiz\tPHL\tGOV\tvice president\t\t\t
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

/// (speaker actor or "", speaker text or "", cue) with the test KB.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    let (text, claims) = claims_in(&kb(), raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, _) = claim_triple(&text, c);
            (c.speaker.actor.clone().unwrap_or_default(), speaker, cue)
        })
        .collect()
}

fn cue_and_content(c: &[(String, String, String, bool)]) -> Vec<(&str, &str)> {
    c.iter()
        .map(|(_, q, x, _)| (q.as_str(), x.as_str()))
        .collect()
}

#[test]
fn a_time_adverb_before_the_cue_joins_it() {
    let c = claims("Egypt has long feared that the dam would cut its water supply.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str()),
        ("Egypt", "has long feared")
    );
    // Near miss: "long" after a verb is no part of a later cue.
    let c = claims("The meeting ran long, the mayor said.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("the mayor", "said"));
}

#[test]
fn a_preposition_opens_no_speaker_phrase() {
    let c = claims(
        "Maduro was sworn in on Friday, despite opposition claims that its candidate won the election.",
    );
    assert!(
        c.iter().any(|(sp, q, x, _)| sp == "opposition"
            && q == "claims"
            && x == "its candidate won the election"),
        "{c:?}"
    );
    let c = claims("The vote went ahead amid opposition claims that it was rigged.");
    assert!(
        c.iter()
            .any(|(sp, q, _, _)| sp == "opposition" && q == "claims"),
        "{c:?}"
    );
    // Near miss: a preposition that links nouns stays inside the speaker.
    let c = claims("Critics of the deal claim that it favours the rich.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Critics of the deal");
}

#[test]
fn a_role_noun_apposed_to_a_person_is_that_person() {
    let c = speakers("His daughter, Vice President Lena Ortiz, condemned the arrest.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "lena-ortiz", "{c:?}");
    assert_eq!(c[0].2, "condemned");
    // Near misses: a name before the comma is the speaker itself, and an
    // apposition that names no one leaves no actor.
    let c = speakers("Rob Goldman, Vice President Lena Ortiz, condemned the arrest.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "", "{c:?}");
    let c = speakers("His daughter, a lawyer, condemned the arrest.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "", "{c:?}");
}

#[test]
fn a_that_after_an_inner_clause_keeps_the_whole_content() {
    for (s, content) in [
        (
            "The inspector said the agency could not assure that the program was peaceful.",
            "the agency could not assure that the program was peaceful",
        ),
        (
            "The spokesman said the vessel belonged to a company that dealt with foreign ports.",
            "the vessel belonged to a company that dealt with foreign ports",
        ),
        (
            "The minister said the plan was final and that no changes would be made.",
            "the plan was final and that no changes would be made",
        ),
    ] {
        let c = claims(s);
        assert_eq!(cue_and_content(&c), [("said", content)], "{s}: {c:?}");
    }
    // Near misses: a setting or a time before "that" is no clause.
    for s in [
        "The minister said in a statement posted online that no changes would be made.",
        "The minister said on Tuesday that no changes would be made.",
        "The minister told reporters gathered outside parliament that no changes would be made.",
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(c[0].2, "no changes would be made", "{s}: {c:?}");
    }
}

#[test]
fn a_noun_object_ends_before_the_subjects_next_participle() {
    let c = claims("The president criticised Madrid, threatening to cut funding to the region.");
    assert_eq!(cue_and_content(&c), [("criticised", "Madrid")], "{c:?}");
    // Near misses: a preposition in -ing continues the object, and a
    // participle phrase closed by a comma is an apposition inside it.
    let c = claims("The president criticised several states, including Spain and Italy.");
    assert_eq!(
        cue_and_content(&c),
        [("criticised", "several states, including Spain and Italy")],
        "{c:?}"
    );
    let c = claims("The mayor called him a kind, loving and admirable person.");
    assert_eq!(
        cue_and_content(&c),
        [("called", "him a kind, loving and admirable person")],
        "{c:?}"
    );
    let c = claims("Economists predict two more rate rises, depending on growth.");
    assert_eq!(
        cue_and_content(&c),
        [("predict", "two more rate rises, depending on growth")],
        "{c:?}"
    );
    let c = claims("The reporter points out in a column, doing interviews gives her an edge.");
    assert_eq!(
        cue_and_content(&c),
        [(
            "points out",
            "in a column, doing interviews gives her an edge"
        )],
        "{c:?}"
    );
    let c = claims("The minister said the talks, involving five states, would resume.");
    assert_eq!(
        cue_and_content(&c),
        [("said", "the talks, involving five states, would resume")],
        "{c:?}"
    );
}

#[test]
fn a_standing_position_in_a_relative_clause_is_no_claim() {
    let c = claims("The council, which opposes the junta, accused the military of air strikes.");
    assert_eq!(
        cue_and_content(&c),
        [("accused", "the military of air strikes")],
        "{c:?}"
    );
    // Near misses: a past act or a reported clause in the relative clause
    // is what the speaker said.
    let c = claims("The council, which criticised the truce, accused the military of air strikes.");
    assert!(
        c.iter()
            .any(|(sp, q, x, _)| sp == "which" && q == "criticised" && x == "the truce"),
        "{c:?}"
    );
    let c = claims("The senator, who often criticizes the government, called for talks.");
    assert!(
        c.iter()
            .any(|(_, q, x, _)| q.ends_with("criticizes") && x == "the government"),
        "{c:?}"
    );
    let c = claims("The council, which says the junta is illegitimate, called for talks.");
    assert!(
        c.iter()
            .any(|(_, q, x, _)| q == "says" && x == "the junta is illegitimate"),
        "{c:?}"
    );
}

#[test]
fn a_reflexive_object_reports_no_words() {
    let c = claims("Kigali was defending itself against threats from militias.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("He defended himself, saying the charges were false.");
    assert_eq!(
        cue_and_content(&c),
        [("saying", "the charges were false")],
        "{c:?}"
    );
    // Near misses: a predicate after the reflexive is a self-description;
    // a noun object is defended in words; a reflexive audience hears a
    // clause.
    let c = claims("The senator calls himself a democratic socialist.");
    assert_eq!(
        cue_and_content(&c),
        [("calls", "himself a democratic socialist")],
        "{c:?}"
    );
    for s in [
        "The senator described herself as a moderate.",
        "The senator describes himself on his website as a moderate.",
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
    }
    let c = claims("The minister was defending the plan against its critics.");
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims("She told herself that the storm would pass.");
    assert_eq!(
        cue_and_content(&c),
        [("told", "the storm would pass")],
        "{c:?}"
    );
}

#[test]
fn a_plural_noun_and_a_plain_verb_open_a_reported_clause() {
    let c = claims("U.N. officials estimate that gangs control about 90 percent of the capital.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "estimate");
    assert_eq!(c[0].2, "gangs control about 90 percent of the capital");
    let c = claims("The ministry estimated that 2 million people had fled.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The ministry");
    // Near misses: a determiner "that" before a singular noun, and a
    // subject that names no one.
    assert!(claims("The plan would end that tradition entirely.").is_empty());
    assert!(claims("The rules dictate that gangs pay a fine.").is_empty());
}
