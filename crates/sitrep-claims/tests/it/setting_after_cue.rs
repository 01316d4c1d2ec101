//! A setting matched with a cue row but left out of the cue span ("said (in
//! an interview)" in cues.tsv): the cue is the verb, the content starts after
//! the setting. Invented sentences, an empty KB.

use crate::common;

use common::{claim_triple, claims_of};
use sitrep_claims::{ClaimWords, CueLexicon};

/// (cue, content) of every claim.
fn parts(raw: &str) -> Vec<(String, String)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            let (_, cue, content) = claim_triple(&text, c);
            (cue, content)
        })
        .collect()
}

#[test]
fn an_interview_setting_is_no_part_of_the_cue_or_the_content() {
    assert_eq!(
        parts("The governor said in an interview that taxes would rise next year."),
        [("said".to_string(), "taxes would rise next year".to_string())]
    );
    assert_eq!(
        parts("\"We will not back down,\" the union leader said in an interview on Friday."),
        [("said".to_string(), "We will not back down".to_string())]
    );
    // A statement stays in the cue (its row has no setting).
    assert_eq!(
        parts("The senator said in a statement that the bill was flawed."),
        [(
            "said in a statement".to_string(),
            "the bill was flawed".to_string()
        )]
    );
}

#[test]
fn a_parenthesised_tail_is_matched_but_not_shown() {
    let words = ClaimWords::parse("w.tsv", "word\tclasses\n").unwrap();
    let lex = CueLexicon::parse(
        "c.tsv",
        "phrase\tkind\tstance\thedged\nsaid (in an interview)\tverb\tassert\t0\nsaid\tverb\tassert\t0\n",
        words,
    )
    .unwrap();
    let row = &lex.cues()[0];
    assert_eq!(row.phrase, "said in an interview");
    assert_eq!(row.setting, " in an interview".len());
    assert_eq!(lex.cues()[1].setting, 0);
}
