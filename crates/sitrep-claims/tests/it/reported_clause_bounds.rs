//! Where a claim's content ends when another cue reports it: a clause
//! reported by a later "…, Reuters reported" ends before that attribution,
//! and the report noun a denial rejects is no claim of its own. Invented
//! sentences.

use crate::common;

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

/// (speaker, content, audience, via texts) of the only claim of `raw`.
fn one_claim(raw: &str) -> (String, String, Option<String>, Vec<String>) {
    let (text, claims) = common::claims_of(raw);
    assert_eq!(claims.len(), 1, "{raw}: {claims:?}");
    let c = &claims[0];
    (
        c.speaker.text.clone().unwrap_or_default(),
        text[c.content.start..c.content.end].to_string(),
        c.audience.clone(),
        c.via.iter().map(|v| v.text.clone()).collect(),
    )
}

#[test]
fn a_long_audience_of_told_is_no_content() {
    let (_, content, audience, _) = one_claim(
        "The mayor told hundreds of residents gathered outside city hall that the bridge would reopen.",
    );
    assert_eq!(content, "the bridge would reopen");
    assert_eq!(
        audience.as_deref(),
        Some("hundreds of residents gathered outside city hall")
    );
}

#[test]
fn told_with_a_short_object_after_the_clause_takes_the_clause_before() {
    let (speaker, content, audience, _) = one_claim(
        "Two envoys were invited as observers, a senior diplomat told Reuters, speaking on condition of anonymity.",
    );
    assert_eq!(speaker, "a senior diplomat");
    assert_eq!(content, "Two envoys were invited as observers");
    assert_eq!(audience.as_deref(), Some("Reuters"));
    let (_, content, audience, _) =
        one_claim("The deal is off for now, the minister told reporters.");
    assert_eq!(content, "The deal is off for now");
    assert_eq!(audience.as_deref(), Some("reporters"));
    // An opening phrase before the speaker is no content, and a bare
    // clause after "told" is what was said.
    let (_, content, _, _) = one_claim("In Paris, the minister told aides Iran lied.");
    assert_eq!(content, "aides Iran lied");
}

#[test]
fn a_summing_appositive_is_the_narrators() {
    let (_, content, _, _) = one_claim(
        "The electoral board declared the incumbent the winner, a result rejected by the opposition.",
    );
    assert_eq!(content, "the incumbent the winner");
    // A description of a person in the content stays.
    let (_, content, _, _) =
        one_claim("The police said the suspect was Jane Roe, a teacher from Ohio.");
    assert_eq!(content, "the suspect was Jane Roe, a teacher from Ohio");
}

#[test]
fn a_relative_that_after_the_object_keeps_the_object() {
    let (_, content, _, _) = one_claim(
        "The president condemned the drills as a provocation that threatened regional peace.",
    );
    assert_eq!(
        content,
        "the drills as a provocation that threatened regional peace"
    );
}

#[test]
fn a_statement_carried_by_a_medium_is_relayed_by_it() {
    let (_, content, _, via) = one_claim(
        "The envoy said in a statement carried by the state news agency that talks would resume.",
    );
    assert_eq!(content, "talks would resume");
    assert_eq!(via, ["the state news agency"]);
}
