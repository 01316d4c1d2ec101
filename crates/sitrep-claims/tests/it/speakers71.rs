//! Session 44 (`claims71`): where a speaker phrase ends before its own
//! verb, which verb a "who" clause shares its subject with, and how much of
//! a relative clause after a postposed speaker stays in the speaker.
//! Invented sentences.

use crate::common;

use common::{check_speakers_in, kb_of, speaker_of_cue_in};
use sitrep_kb::Kb;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ivan-roe\tperson\tIvan Roe\tFRE\tGOV\tadviser\t\t\t
mara-lind\tperson\tMara Lind\tSYL\tGOV\tminister\t\t\t
";

fn kb() -> Kb {
    kb_of(ACTORS)
}

fn check(cases: &[(&str, &str, &str)]) {
    check_speakers_in(&kb(), cases);
}

#[test]
fn an_irregular_past_after_the_subject_is_its_verb() {
    check(&[
        (
            "Ivan Roe left the chamber after meeting the president and said the \
             bill was dead.",
            "said",
            "Ivan Roe",
        ),
        (
            "The senator left the chamber after meeting the president and said \
             the bill was dead.",
            "said",
            "The senator",
        ),
        (
            "Mara Lind sold her shares before the vote, saying the market was \
             too risky.",
            "saying",
            "Mara Lind",
        ),
        // Near misses: after a determiner "left" is a noun's modifier; a
        // regular past was read before.
        (
            "The far left wing of the party said the bill was dead.",
            "said",
            "The far left wing of the party",
        ),
        (
            "Ivan Roe walked out of the chamber after meeting the president and \
             said the bill was dead.",
            "said",
            "Ivan Roe",
        ),
    ]);
}

#[test]
fn an_adverb_after_a_name_makes_the_s_word_after_it_a_verb() {
    check(&[
        (
            "Ivan Roe often takes full credit for the idea of building a wall \
             between Sylvania and Freedonia, and has promised that he will make \
             Sylvania pay for it.",
            "has promised",
            "Ivan Roe",
        ),
        // Near miss: a name and a plural noun with no adverb between are a
        // compound ("Freedonia's Roe supporters").
        (
            "Ivan Roe supporters say the wall will be built.",
            "say",
            "Ivan Roe supporters",
        ),
    ]);
}

#[test]
fn a_restrictive_who_on_the_main_clauses_object_leaves_and_said_to_the_main_clause() {
    check(&[
        (
            "Ivan Roe met with senators who opposed the bill and said he would \
             vote for it anyway.",
            "said",
            "Ivan Roe",
        ),
        (
            "Ivan Roe met with senators who opposed the bill and said he would \
             vote for it anyway.",
            "opposed",
            "who",
        ),
        // Near misses: a "who" set off by a comma, or deep in the clause,
        // keeps its own coordinated verb.
        (
            "Ivan Roe met with Mara Lind, who opposed the bill and said she would \
             vote against it.",
            "said",
            "who",
        ),
        (
            "Ivan Roe shared a story from a reception in the capital involving a \
             young boy who stared at a painting and asked what it meant.",
            "asked",
            "who",
        ),
    ]);
}

#[test]
fn a_long_who_clause_after_a_postposed_speaker_stays_but_not_an_anonymity_reason() {
    check(&[
        (
            "\"It is over,\" said Ivan Roe, who ran a voter registration project \
             for the party in both Sylvania and Freedonia in 2014.",
            "said",
            "Ivan Roe, who ran a voter registration project for the party in \
             both Sylvania and Freedonia in 2014",
        ),
        (
            "\"It is over,\" said Ivan Roe, who worked for Mara Lind before she \
             left office, and later guided the party to victory.",
            "said",
            "Ivan Roe, who worked for Mara Lind before she left office, and later \
             guided the party to victory",
        ),
        // Near misses: a participle after the clause's comma; a reason for
        // anonymity; a short clause, kept as before.
        (
            "\"It is over,\" said Ivan Roe, who worked for Mara Lind, adding that \
             the count was close.",
            "said",
            "Ivan Roe",
        ),
        (
            "\"It is over,\" said one official involved in the talks, who spoke \
             on condition of anonymity.",
            "said",
            "one official involved in the talks",
        ),
        // Before the cue the anonymity reason stays with its clause.
        (
            "Two officials involved in the talks, who spoke on condition of \
             anonymity, said it was over.",
            "said",
            "Two officials involved in the talks, who spoke on condition of anonymity",
        ),
        (
            "\"It is over,\" said Ivan Roe, who served as an adviser for years.",
            "said",
            "Ivan Roe, who served as an adviser for years",
        ),
        // Being named to an office is no reason for anonymity: only "not" or
        // "be" before the participle makes one.
        (
            "\"It is over,\" said Ivan Roe, who was named party chair in May.",
            "said",
            "Ivan Roe, who was named party chair in May",
        ),
        (
            "\"It is over,\" said one official involved in the talks, who asked \
             not to be named.",
            "said",
            "one official involved in the talks",
        ),
        (
            "\"It is over,\" said one official involved in the talks, who was \
             not identified.",
            "said",
            "one official involved in the talks",
        ),
    ]);
}

#[test]
fn a_subject_described_by_an_adverb_led_or_relative_description_is_no_inversion() {
    check(&[
        (
            "Ola Berg, the conservative icon who founded the institute in 1979 and \
             is a longtime party official, has endorsed Ivan Roe for president.",
            "has endorsed",
            "Ola Berg, the conservative icon who founded the institute in 1979 and \
             is a longtime party official",
        ),
        // Near miss: an auxiliary outside a relative clause makes a clause of
        // its own; the phrase after the cue speaks.
        (
            "The mayor, a Democrat, was wrong about the budget, said Ivan Roe.",
            "said",
            "Ivan Roe",
        ),
    ]);
    // "now" opens a description, no clause: the speaker stands before the
    // cue (the description's head, not yet widened to the opening phrase),
    // never the object after it.
    let sentence = "The former Sylvania Cup winner, now a guest speaker who travels \
                    around the country, endorsed Ivan Roe for president.";
    let speaker = speaker_of_cue_in(&kb(), sentence, "endorsed");
    assert!(
        !speaker.is_empty() && sentence.find(&speaker) < sentence.find("endorsed"),
        "{speaker}"
    );
}
