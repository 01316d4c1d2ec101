//! Claim shapes of the probe25 set of unseen news (session 25, `claims35`):
//! "It" after a body's claim is that body; a time phrase opening the
//! speaker with no comma ("In 2016 an arbitral tribunal ruled"); a person
//! or an apposed name before "of <body>" holds the role; a first-person cue
//! inside a transcript turn is part of the turn's claim; a regular past
//! ends a participle's subject ("He resigned, citing …"). The words
//! `opens_with_long_name` and `opening_participle` kept in code are rows of
//! `claims-words.tsv` now. Invented names and sentences.

use crate::common;

use common::{claim_triples, kb_of, speaker_of, speakers_in, triple};
use sitrep_claims::words::{ClaimWords, NAME_LEAD, OPENING_PARTICIPLE_LINK};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
fre-coast-guard\torganization\tFreedonian Coast Guard\tFRE\tMIL\t\t\t\t
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
rufus-firefly\tperson\tRufus Firefly\tFRE\tMIL\tspokesman\t2020\t\tFirefly
";

/// (speaker text, speaker actor or "", cue) of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    speakers_in(&kb_of(ACTORS), raw)
}

#[test]
fn it_after_a_body_claim_is_that_body_not_the_state_named_last() {
    let found = speakers(
        "The Freedonian Coast Guard said Sylvanian boats had entered waters near a reef \
         Sylvania claims. It blamed Sylvania for the incident.",
    );
    assert_eq!(
        speaker_of(&found, "blamed"),
        ("It".to_string(), "fre-coast-guard".to_string())
    );
    // Postposed: "…, it said."
    let found = speakers(
        "The Freedonian Coast Guard said Sylvanian boats had entered waters near a reef \
         Sylvania claims. Sylvania had been warned twice, it said.",
    );
    assert!(
        found
            .iter()
            .any(|(s, a, c)| s == "it" && c == "said" && a == "fre-coast-guard"),
        "{found:?}"
    );
    // The same sentence: "which it said".
    let found = speakers(
        "The Freedonian Coast Guard condemned the actions of the Sylvanian vessels, which it \
         said endangered the crews.",
    );
    assert_eq!(
        speaker_of(&found, "said"),
        ("it".to_string(), "fre-coast-guard".to_string())
    );
}

#[test]
fn it_after_a_person_claim_keeps_the_resolver_answer() {
    // A person is never "it": the rule leaves the pronoun to the resolver.
    let found = speakers(
        "Ana Sol said Sylvanian boats had entered the waters. It blamed Sylvania for the \
         incident.",
    );
    assert_ne!(speaker_of(&found, "blamed").1, "ana-sol");
    // People are no "it": "Freedonian officials warned …. It said".
    let found = speakers(
        "Freedonian officials warned Sylvania not to open a second front. It said the strikes \
         had killed five of its fighters.",
    );
    assert!(
        found.iter().all(|(s, a, _)| s != "It" || a != "FRE"),
        "{found:?}"
    );
    let found = speakers(
        "Officials in Freedonia said Sylvania had lost the talks. It said the strikes had \
         killed five of its fighters.",
    );
    assert!(
        found.iter().all(|(s, a, _)| s != "It" || a != "FRE"),
        "{found:?}"
    );
    // A mid-sentence "it" of a later sentence has that sentence's subject
    // before it; an "it" after its cue is no speaker of the claim before.
    let found = speakers(
        "The Freedonian Coast Guard said the boats had turned back. Sylvania fired missiles at \
         the base, in what it called retaliation for the raid.",
    );
    assert!(
        found
            .iter()
            .all(|(s, a, _)| s != "it" || a != "fre-coast-guard"),
        "{found:?}"
    );
}

#[test]
fn a_time_phrase_opening_the_speaker_without_a_comma_is_cut() {
    for (raw, speaker) in [
        (
            "In 2016 an arbitral tribunal ruled that the claims had no basis.",
            "an arbitral tribunal",
        ),
        (
            "Last year the ministry said that the talks had failed.",
            "the ministry",
        ),
        (
            "In March 2016 the court ruled that the claims had no basis.",
            "the court",
        ),
    ] {
        let found = claim_triples(raw);
        assert_eq!(
            found.first().map(|t| t.0.as_str()),
            Some(speaker),
            "{raw}: {found:?}"
        );
    }
    // Not a time phrase: the words stay ("a" and "statement" are no time).
    let found = claim_triples(
        "The court ruled unanimously that the vote must be rerun, according to a statement \
         on its website.",
    );
    assert!(
        found
            .iter()
            .any(|(s, c, _)| s == "a statement on its website" && c == "according to"),
        "{found:?}"
    );
}

#[test]
fn a_person_before_of_a_state_holds_the_speech() {
    let found = speakers(
        "In the afternoon, President Ana Sol of Freedonia announced that the two sides had \
         agreed to a ceasefire.",
    );
    assert_eq!(speaker_of(&found, "announced").1, "ana-sol");
}

#[test]
fn the_role_of_a_body_then_the_apposed_name_is_the_person() {
    let found = speakers(
        "The spokesman of the Freedonian Coast Guard, Rufus Firefly, said that the boats had \
         turned back.",
    );
    assert_eq!(speaker_of(&found, "said").1, "rufus-firefly");
    // Without the name the body speaks.
    let found = speakers(
        "The spokesman of the Freedonian Coast Guard said that the boats had turned back.",
    );
    assert_eq!(speaker_of(&found, "said").1, "fre-coast-guard");
}

#[test]
fn a_first_person_cue_inside_a_named_turn_is_part_of_the_turn() {
    let raw = "ANA SOL: Good morning. I want to inform you that we reached a series of \
               agreements with our neighbours today.\n\n\
               QUESTION: Did they ask for anything else in exchange for the pause?\n\n\
               ANA SOL: No. That was never on the table, but I believe dialogue is the best path.";
    let found = speakers(raw);
    assert!(
        found.iter().all(|(s, _, _)| s != "I"),
        "no claim of its own for a first-person cue in a turn: {found:?}"
    );
    assert_eq!(
        found.iter().filter(|(_, _, c)| c == ":").count(),
        2,
        "both turns stay claims: {found:?}"
    );
    // Outside a turn the first person keeps its claim.
    let found = claim_triples("I believe dialogue is the best path, the minister wrote.");
    assert!(!found.is_empty(), "{found:?}");
}

#[test]
fn a_regular_past_ends_the_subject_of_a_participle_cue() {
    assert_eq!(
        claim_triples("He resigned, citing health reasons."),
        [triple("He", "citing", "health reasons")]
    );
    assert_eq!(
        claim_triples("Roe celebrated in Springfield, saying she had won the vote."),
        [triple("Roe", "saying", "she had won the vote")]
    );
    // A past the lists know was cut before; a finite cue keeps a reduced
    // relative in its subject.
    let found = claim_triples("Groups linked to the militia claimed the attack on the depot.");
    assert!(
        found
            .iter()
            .any(|(s, c, _)| s == "Groups linked to the militia" && c == "claimed"),
        "{found:?}"
    );
}

#[test]
fn the_name_lead_and_opening_participle_words_are_data_rows() {
    let w = ClaimWords::builtin().expect("built-in claim words");
    for (class, yes, no) in [
        (NAME_LEAD, &["the", "both"][..], &["a", "of"][..]),
        (OPENING_PARTICIPLE_LINK, &["to"], &["the", "of"]),
    ] {
        for word in yes {
            assert!(w.exact(word) & class != 0, "{word} should be in the class");
        }
        for word in no {
            assert!(
                w.exact(word) & class == 0,
                "{word} should not be in the class"
            );
        }
    }
    // The rules read them: a participle phrase opened by "Speaking to" is
    // no subject, and "the" before a long name opening the clause stays.
    assert_eq!(
        claim_triples("Speaking to reporters on Monday, the minister said the talks had failed."),
        [triple("the minister", "said", "the talks had failed")]
    );
}
