//! Where a claim's content ends when another cue reports it: a clause
//! reported by a later "…, Reuters reported" ends before that attribution,
//! and the report noun a denial rejects is no claim of its own. Invented
//! sentences.

mod common;

use common::claim_texts;

/// (speaker, cue, content) of every claim of `raw`.
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
fn a_claim_inside_a_reported_clause_ends_with_that_clause() {
    assert_eq!(
        triples("The ministry said 12 people had died in the floods, Reuters reported."),
        vec![
            t(
                "Reuters",
                "reported",
                "The ministry said 12 people had died in the floods"
            ),
            t("The ministry", "said", "12 people had died in the floods"),
        ]
    );
    assert_eq!(
        triples("Rebels say they have taken the airport, state television reported on Sunday."),
        vec![
            t("Rebels", "say", "they have taken the airport"),
            t(
                "state television",
                "reported",
                "Rebels say they have taken the airport"
            ),
        ]
    );
}

#[test]
fn a_claim_reported_before_its_cue_keeps_its_whole_clause() {
    // Near miss: a cue inside a relative clause of the content leaves the
    // first claim's content whole.
    assert_eq!(
        triples("Police said the man, who witnesses said was armed, fled on foot."),
        vec![
            t(
                "Police",
                "said",
                "the man, who witnesses said was armed, fled on foot"
            ),
            t("witnesses", "said", "was armed, fled on foot"),
        ]
    );
    // A second speaker after ", but" ends the first claim (session 11).
    assert_eq!(
        triples("The senator said the bill would pass, but critics said it would fail."),
        vec![
            t("The senator", "said", "the bill would pass"),
            t("critics", "said", "it would fail"),
        ]
    );
}

#[test]
fn the_report_a_denial_rejects_is_no_claim_of_its_own() {
    assert_eq!(
        triples("The minister dismissed reports that he would resign."),
        vec![t("The minister", "dismissed", "he would resign")]
    );
    assert_eq!(
        triples("The company denied media reports that it would close the plant."),
        vec![t("The company", "denied", "it would close the plant")]
    );
}

#[test]
fn a_report_noun_after_an_assertion_keeps_its_claim() {
    // Near miss: only a denial takes the report noun as its object.
    let claims = triples("The minister cited reports that the border had reopened.");
    assert!(
        claims.iter().any(|(_, cue, _)| cue == "reports"),
        "{claims:?}"
    );
}
