//! "…," said Jo Roe, a spokeswoman for the port, "…": a speaker named after
//! the cue keeps the appositives that describe it when a quotation, a
//! participle clause or a closing time phrase follows them, not only when
//! they end the sentence. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn speakers(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn appositives_before_the_rest_of_a_quotation() {
    assert_eq!(
        speakers(
            "\"The port will reopen next week,\" said Maria Lopez, a spokeswoman for the harbour authority, \"but only for cargo ships.\""
        )[0],
        "Maria Lopez, a spokeswoman for the harbour authority"
    );
}

#[test]
fn appositives_before_a_participle_clause() {
    assert_eq!(
        speakers(
            "\"We expect a long winter,\" said Tom Reed, director of the regional energy agency, adding that prices would rise."
        ),
        vec![
            "Tom Reed, director of the regional energy agency".to_string(),
            "Tom Reed, director of the regional energy agency".to_string()
        ]
    );
}

#[test]
fn appositives_before_a_closing_time_phrase() {
    assert_eq!(
        speakers("\"Prices will fall,\" said Jane Roe, the bank's chief economist, on Tuesday."),
        vec!["Jane Roe, the bank's chief economist".to_string()]
    );
}

#[test]
fn a_capitalised_title_and_a_region_describe_the_speaker() {
    assert_eq!(
        speakers("\"We will appeal,\" said Mark Stone, President Biden's former trade adviser."),
        vec!["Mark Stone, President Biden's former trade adviser".to_string()]
    );
    assert_eq!(
        speakers("\"The rent is too high,\" said Linda Park, 71, of Dayton, Ohio."),
        vec!["Linda Park, 71, of Dayton, Ohio".to_string()]
    );
}

#[test]
fn what_is_not_a_description_still_ends_the_speaker() {
    // A clause with its own verb after the appositive: the clause is no
    // part of the speaker; the appositive before it is (claims57).
    assert_eq!(
        speakers("\"We lost,\" said Ray Fox, the team captain, and his players agreed.")[0],
        "Ray Fox, the team captain"
    );
    // After a relative clause the object of "told" is the audience, and a
    // time phrase with a content clause after it is not a closing phrase.
    let found = speakers(
        "Dana Kim, who will lead the merged bank, told investors of Harbor Group, the bank's owner, on Monday that the deal would cut costs.",
    );
    assert_eq!(
        found,
        vec!["Dana Kim, who will lead the merged bank".to_string()]
    );
}

#[test]
fn a_bare_closing_day_ends_the_speaker_without_its_comma() {
    assert_eq!(
        speakers("\"We will appeal,\" said Ann Lee, a lawyer for Acme, Thursday."),
        vec!["Ann Lee, a lawyer for Acme".to_string()]
    );
    assert_eq!(
        speakers("\"We will appeal,\" said Ann Lee, a lawyer for Acme Corp, Thursday."),
        vec!["Ann Lee, a lawyer for Acme Corp".to_string()]
    );
    assert_eq!(
        speakers("\"The shelter is safe,\" said Jo Roe, a resident of Gaza City, Sunday."),
        vec!["Jo Roe, a resident of Gaza City".to_string()]
    );
    assert_eq!(
        speakers("\"We will grow,\" said Jo Roe, the company's founder, Tuesday."),
        vec!["Jo Roe, the company's founder".to_string()]
    );
}

#[test]
fn a_region_follows_only_a_town() {
    // "Acme" follows "for": a company, so "Reuters" after it is no region
    // (the appositive before it stays: claims57).
    assert_eq!(
        speakers("\"We will appeal,\" said Ann Lee, a lawyer for Acme, Reuters."),
        vec!["Ann Lee, a lawyer for Acme".to_string()]
    );
    assert_eq!(
        speakers("\"The water is back,\" said Sam Ortiz, a farmer from Ames, Iowa."),
        vec!["Sam Ortiz, a farmer from Ames, Iowa".to_string()]
    );
    assert_eq!(
        speakers("\"We need generators,\" said Olga Petrenko, the mayor of Kyiv, Ukraine."),
        vec!["Olga Petrenko, the mayor of Kyiv, Ukraine".to_string()]
    );
}

#[test]
fn a_list_of_people_is_no_title() {
    assert_eq!(
        speakers("\"We will appeal,\" said Ann Roe, Bill Jones and the chief executive."),
        vec!["Ann Roe".to_string()]
    );
}
