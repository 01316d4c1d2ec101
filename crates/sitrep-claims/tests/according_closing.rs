//! "…, according to X." closing a sentence attributes the whole clause
//! before it to X, a claim inside that clause included. Invented sentences.

mod common;

use common::claim_texts;

/// (speaker, cue, content) of every claim of `raw`, sorted.
fn triples(raw: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = claim_texts(raw)
        .into_iter()
        .map(|(speaker, cue, content, _)| (speaker, cue, content))
        .collect();
    out.sort();
    out
}

fn t(speaker: &str, cue: &str, content: &str) -> (String, String, String) {
    (speaker.to_string(), cue.to_string(), content.to_string())
}

#[test]
fn a_closing_according_phrase_attributes_a_clause_holding_a_claim() {
    assert_eq!(
        triples("The aide said the talks had failed, according to the report."),
        vec![
            t("The aide", "said", "the talks had failed"),
            t(
                "the report",
                "according to",
                "The aide said the talks had failed"
            ),
        ]
    );
    assert_eq!(
        triples(
            "The rebels said they had taken the airport, according to Jo Roe, a spokeswoman for the monitors."
        ),
        vec![
            t("Jo Roe, a spokeswoman for the monitors", "according to", "The rebels said they had taken the airport"),
            t("The rebels", "said", "they had taken the airport"),
        ]
    );
}

#[test]
fn an_according_phrase_inside_the_clause_adds_no_claim() {
    // Near misses: the phrase is set inside the clause or opens it.
    let inside = triples("The aide said the talks, according to the report, had failed.");
    assert!(
        inside.iter().all(|(_, cue, _)| cue != "according to"),
        "{inside:?}"
    );
    assert_eq!(
        triples("According to the report, the aide said the talks had failed."),
        vec![t(
            "the report",
            "According to",
            "the aide said the talks had failed"
        )]
    );
}
