//! Session 45 (`claims73`): restrictive relative clauses inside a
//! sentence's own subject ("those who …", "a young woman who …" after a
//! fronted phrase, a clause with a title's period) and the verbs that share
//! that subject. Invented sentences.

use crate::common;

use common::{check_speakers_in, claims_in, kb_of};
use sitrep_kb::Kb;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
ivan-roe\tperson\tIvan Roe\tFRE\tGOV\tadviser\t\t\t
";

/// Each (sentence, cue, speaker) of `cases`, read with [`ACTORS`].
fn check(cases: &[(&str, &str, &str)]) {
    check_speakers_in(&kb_of(ACTORS), cases);
}

#[test]
fn a_restrictive_clause_before_the_cue_keeps_its_head() {
    check(&[
        // A lone "those" heads the clause.
        (
            "And those who back the mayor's rivals say she is weak.",
            "say",
            "those who back the mayor's rivals",
        ),
        // A title's period stays inside a long clause.
        (
            "Even those who have drawn up possible paths for Mr. Roe to win the \
             vote acknowledge that they are narrow.",
            "acknowledge",
            "those who have drawn up possible paths for Mr. Roe to win the vote",
        ),
        // A fronted phrase before the comma describes no one.
        (
            "At the town hall in Port Elm, a young farmer who had been a \
             student in Freedonia asked the mayor what he thought.",
            "asked",
            "a young farmer who had been a student in Freedonia",
        ),
    ]);
}

#[test]
fn a_description_after_a_name_still_is_no_speaker_of_its_own() {
    // Near miss: the comma follows a name, not a fronted phrase; the
    // clause set off by commas stays with the name.
    check(&[(
        "Ola Berg, a historian who attended the session, recalled that it \
         was tense.",
        "recalled",
        "Ola Berg, a historian who attended the session",
    )]);
}

#[test]
fn a_verb_after_the_main_verb_shares_the_subject_not_its_who() {
    check(&[
        (
            "Senators who opposed the bill met with the president and said \
             the vote was rigged.",
            "said",
            "Senators",
        ),
        // Near miss: no main verb after the clause's object; the second
        // verb is the clause's own.
        (
            "Voters who backed him and said the vote was rigged were angry.",
            "said",
            "who",
        ),
    ]);
}

#[test]
fn a_participle_speaks_for_the_nearest_coordinated_clause() {
    check(&[
        (
            "The rules are harsh, and the Freedonian Bar Council has already \
             sued the state, saying the law is unconstitutional.",
            "saying",
            "the Freedonian Bar Council",
        ),
        // Near miss: no clause after a comma and "and"; the sentence's
        // subject speaks.
        (
            "Ivan Roe met the governor on Monday, saying the plan was dead.",
            "saying",
            "Ivan Roe",
        ),
    ]);
}

#[test]
fn an_object_relative_after_a_noun_stays_in_the_phrase() {
    check(&[(
        "In his memo, a plan he drew up last year describing his goals, he \
         wrote that the navy must adapt.",
        "describing",
        "a plan he drew up",
    )]);
}

#[test]
fn a_time_phrase_before_a_subject_pronoun_is_no_subject() {
    check(&[
        (
            "Last week she met the envoy, saying the talks were over.",
            "saying",
            "she",
        ),
        (
            "This week he met the envoy and said the talks were over.",
            "said",
            "he",
        ),
        // Near miss: a possessive time phrase is the subject itself.
        (
            "Last week's vote was a rout, saying much about the party.",
            "saying",
            "Last week's vote",
        ),
    ]);
}

/// The speaker actor ("" when none) of every "he" claim of `raw`, with the
/// built-in KB (where Blinken is a person).
fn he_actors(raw: &str) -> Vec<String> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let (_, claims) = claims_in(&kb, raw);
    claims
        .iter()
        .filter(|c| c.speaker.text.as_deref() == Some("he"))
        .map(|c| c.speaker.actor.clone().unwrap_or_default())
        .collect()
}

#[test]
fn he_after_a_postposed_unknown_name_with_an_initial_is_not_the_person_before() {
    let raw = "Antony Blinken spoke at length on Monday. \
               \"The talks matter,\" said Stanley B. Greenwood, a former pollster. \
               \"We are going to start with something smaller,\" he said.";
    assert_eq!(he_actors(raw), [""]);
    // Near miss: the name after the verb is one word, which may be an
    // object ("said Monday"); Blinken still speaks.
    let raw = "Antony Blinken spoke at length on Monday. \
               \"The talks matter,\" he said Friday. \
               \"We are going to start with something smaller,\" he said.";
    assert_eq!(he_actors(raw), ["antony-blinken", "antony-blinken"]);
}

#[test]
fn a_time_phrase_after_a_described_subject_dates_the_cue() {
    check(&[
        (
            "Ivan Roe, who backed the bill in the spring, last week said the \
             vote was rigged.",
            "said",
            // The clause holds a cue of its own ("backed"), so it is cut.
            "Ivan Roe",
        ),
        (
            "The mayor, a Democrat, late Tuesday said the talks were over.",
            "said",
            "The mayor, a Democrat",
        ),
        // Near miss: no comma before the time phrase; the walk cuts it.
        (
            "The mayor last week said the talks were over.",
            "said",
            "The mayor",
        ),
    ]);
}

#[test]
fn a_name_after_an_audience_verb_heard_the_words() {
    // Near miss of the postposed name: "told" names who heard it, and the
    // later "he" is still Blinken.
    let raw = "Antony Blinken spoke at length on Monday. \
               He told Megan Kollar, a radio host, that the talks matter. \
               \"We are going to start with something smaller,\" he said.";
    assert_eq!(he_actors(raw), ["antony-blinken"]);
}

/// Review (session 45): a coordinator before a determiner or a quantifier
/// after a "who" opens a clause with its own subject, which speaks; the
/// "who" clause is no description of it.
#[test]
fn a_new_subject_after_and_ends_the_who_clause() {
    check(&[
        (
            "It is not clear who first raised the issue and the Freedonian \
             officials deny any bargaining took place.",
            "deny",
            "the Freedonian officials",
        ),
        // Near miss: a coordinated object inside the clause keeps its head.
        (
            "Farmers who sold grain and cattle to Freedonia say prices fell.",
            "say",
            "Farmers who sold grain and cattle to Freedonia",
        ),
    ]);
}
