//! Session 43 (`claims69`): speakers a verb shares with the clause it is
//! coordinated in or set off from. Invented sentences.

use crate::common;

use common::{check_speakers_in, claim_triples_in, kb_of};
use sitrep_kb::Kb;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ivan-roe\tperson\tIvan Roe\tFRE\tGOV\tadviser\t\t\t
";

fn kb() -> Kb {
    kb_of(ACTORS)
}

#[test]
fn a_clause_longer_than_the_phrase_walk_keeps_its_subject() {
    check_speakers_in(
        &kb(),
        &[
            (
                "Ivan Roe took credit for the idea of a wall between Sylvania and \
             Freedonia, and has promised that he would build one.",
                "has promised",
                "Ivan Roe",
            ),
            // Short enough for the walk: read as before.
            (
                "Ivan Roe took credit for the wall, and has promised that he would \
             build one.",
                "has promised",
                "Ivan Roe",
            ),
        ],
    );
}

#[test]
fn a_verb_coordinated_inside_a_subordinate_clause_shares_its_subject() {
    check_speakers_in(
        &kb(),
        &[
            (
                "When Ivan Roe spotted a sign in the crowd and asked it to be \
             fetched for him, the crowd cheered.",
                "asked",
                "Ivan Roe",
            ),
            (
                "Union leaders have never trusted him, in part because he favors \
             right-to-work laws and opposes a minimum wage increase.",
                "opposes",
                "he",
            ),
            (
                "As Ivan Roe lectured the nation about Sylvania and defended his \
             record on Sunday night, his rival responded.",
                "defended",
                "Ivan Roe",
            ),
            // Near misses: a comma closes the subordinate clause; "as" with
            // no verb after its phrase is a preposition; a subordinate clause
            // after a main clause with its own subject leaves "and said" with
            // the main clause.
            (
                "Ivan Roe walked out as the delegates blocked the bill and said \
             the vote was a disgrace.",
                "said",
                "Ivan Roe",
            ),
            (
                "When the vote was counted, Ivan Roe thanked Sylvania and said \
             the result was fair.",
                "said",
                "Ivan Roe",
            ),
            (
                "Ivan Roe served as an envoy to Sylvania and said the talks \
             would resume.",
                "said",
                "Ivan Roe",
            ),
        ],
    );
}

#[test]
fn a_verb_coordinated_inside_a_who_clause_has_the_who_for_subject() {
    check_speakers_in(
        &kb(),
        &[
            (
                "The approach has won over Ivan Roe, who came out and endorsed \
             the mayor during a call with reporters.",
                "endorsed",
                "who",
            ),
            (
                "Roe is appealing to young voters such as Dimov, who are drawn to \
             his message and feel that the old policies did harm.",
                "feel",
                "who",
            ),
            // Near miss: the main clause's verb after the relative clause.
            (
                "Ivan Roe, who lives in Sylvania, met the mayor and said the \
             talks would resume.",
                "said",
                "Ivan Roe",
            ),
        ],
    );
}

#[test]
fn a_participle_with_words_of_its_own_after_a_quote_attributes_no_quote() {
    for (sentence, cue, speaker, content) in [
        (
            "Ivan Roe said things \u{201c}should be wrapped up by June,\u{201d} \
             referring to the party\u{2019}s July congress.",
            "referring to",
            "Ivan Roe",
            "the party's July congress",
        ),
        (
            "But Ivan Roe later blamed his silence on a \u{201c}bad \
             earpiece,\u{201d} claiming he had spoken out before.",
            "claiming",
            "Ivan Roe",
            "he had spoken out before",
        ),
        // The claim before it stands inside a free relative ("what it
        // called"): the main clause's subject speaks.
        (
            "The union rejected what it called \u{201c}a cynical offer,\u{201d} \
             saying the workers deserved more.",
            "saying",
            "The union",
            "the workers deserved more",
        ),
    ] {
        let found = claim_triples_in(&kb(), sentence);
        assert!(
            found.contains(&(speaker.into(), cue.into(), content.into())),
            "{sentence}: {found:?}"
        );
    }
}

#[test]
fn a_verb_after_a_comma_and_then_goes_on_from_the_clause_before() {
    check_speakers_in(
        &kb(),
        &[
            (
                "Ivan Roe paused, then revealed why the vote mattered.",
                "then revealed",
                "Ivan Roe",
            ),
            (
                "On Wednesday, Ivan Roe praised the race in one breath, then \
             eviscerated its candidates in the next.",
                "then eviscerated",
                "Ivan Roe",
            ),
            // Near miss: without "then" the phrase after the verb is an
            // inverted speaker.
            (
                "The vote was fair and the count was clean, said Ivan Roe.",
                "said",
                "Ivan Roe",
            ),
        ],
    );
}

#[test]
fn a_lone_quantifier_subject_is_the_speaker() {
    check_speakers_in(
        &kb(),
        &[
            ("Some said they had cringed at the remarks.", "said", "Some"),
            (
                "On taxes, both oppose a formula that would cut payments.",
                "oppose",
                "both",
            ),
            // Near misses: a floating "both" after the subject stays out of it,
            // and a quantifier opening a longer phrase is read as before.
            (
                "Ivan Roe and Ola Berg both said the plan had failed.",
                "said",
                "Ivan Roe and Ola Berg",
            ),
            (
                "Some voters said the plan had failed.",
                "said",
                "Some voters",
            ),
        ],
    );
}
