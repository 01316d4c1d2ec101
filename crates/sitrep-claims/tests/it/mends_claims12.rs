//! Claim bounds on ordinary wire news (session 10, `mend-claims12`): a cue
//! inside a comma-set relative clause says only what that clause holds, and
//! a noun-object cue ends before a coordinated verb of its own subject.
//! Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn cue_and_content(c: &[(String, String, String, bool)]) -> Vec<(&str, &str)> {
    c.iter()
        .map(|(_, q, x, _)| (q.as_str(), x.as_str()))
        .collect()
}

#[test]
fn a_relative_clause_cue_ends_at_its_closing_comma() {
    let c = claims("Lopez, who denies any wrongdoing, said he would appeal the verdict.");
    assert_eq!(
        cue_and_content(&c),
        [
            ("denies", "any wrongdoing"),
            ("said", "he would appeal the verdict")
        ],
        "{c:?}"
    );
    let c = claims("The senator, who has said the vote was rigged, refused to concede.");
    assert!(
        c.iter()
            .any(|(_, q, x, _)| q == "has said" && x == "the vote was rigged"),
        "{c:?}"
    );
    // A relative clause inside the content of a main-clause cue ends nothing.
    let c = claims("The minister said the talks, which began in May, had stalled.");
    assert_eq!(
        cue_and_content(&c),
        [("said", "the talks, which began in May, had stalled")],
        "{c:?}"
    );
}

#[test]
fn a_noun_object_ends_before_a_coordinated_verb() {
    let c = claims("Trump criticised the ruling and imposed tariffs on imported steel.");
    assert_eq!(cue_and_content(&c), [("criticised", "the ruling")], "{c:?}");
    // A reported clause keeps its own coordinated verbs.
    let c = claims("The mayor said the army advanced and captured the town.");
    assert_eq!(
        cue_and_content(&c),
        [("said", "the army advanced and captured the town")],
        "{c:?}"
    );
    // Two coordinated nouns are one object.
    let c = claims("The envoy condemned the shelling and the arrests of journalists.");
    assert_eq!(
        cue_and_content(&c),
        [("condemned", "the shelling and the arrests of journalists")],
        "{c:?}"
    );
}

#[test]
fn a_statement_noun_setting_a_verb_makes_no_second_claim() {
    let c =
        claims("The group rejected the demand, saying in a statement that it would not disarm.");
    assert_eq!(
        c.iter()
            .filter(|(_, _, x, _)| x == "it would not disarm")
            .count(),
        1,
        "{c:?}"
    );
    let c = claims("The rebels said in a televised statement that the truce was over.");
    assert_eq!(c.len(), 1, "{c:?}");
    // A statement noun with its own speaker, after another claim, stays
    // (the verb that issues it opens the cue).
    let c = claims("Lee said the vote was fair. The opposition issued a statement that it would boycott the count.");
    assert!(
        c.iter()
            .any(|(_, q, x, _)| q == "issued a statement" && x == "it would boycott the count"),
        "{c:?}"
    );
}
