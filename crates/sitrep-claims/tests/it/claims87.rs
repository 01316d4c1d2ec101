//! Session 51 (`claims87`): whether a claim is made at all. Invented
//! sentences, an empty KB; each rule with a near miss that stays a claim.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn a_whether_clause_after_a_verb_of_finding_out_is_no_claim() {
    for text in [
        "Officials will determine whether the bridge is safe to reopen.",
        "The agency is reviewing the permits while officials assess whether the river can take more.",
        "They are checking whether the ballots count.",
        "Experts would examine whether the dam can hold.",
    ] {
        let found = claim_triples(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_whether_clause_after_a_question_verb_stays_a_claim() {
    // Near miss: asking and wondering whether are said aloud.
    let found = claim_triples("Reporters wondered whether the mayor would resign.");
    assert!(
        found
            .iter()
            .any(|t| t.1 == "wondered" && t.2 == "whether the mayor would resign"),
        "{found:?}"
    );
    // A verb of finding out with a that-clause reports a finding.
    let found =
        claim_triples("Police charged him after they determined that the video showed him.");
    assert!(
        found
            .iter()
            .any(|t| t.1 == "determined" && t.2 == "the video showed him"),
        "{found:?}"
    );
}

#[test]
fn a_person_called_at_a_time_is_a_telephone_call() {
    for text in [
        "Governor Okafor called Lena Marsh on Friday to thank her for her help.",
        "The senator called Brandt earlier this month about the vote.",
        "She called him yesterday and they spoke for an hour.",
    ] {
        let found = claim_triples(text);
        assert!(!found.iter().any(|t| t.1 == "called"), "{text}: {found:?}");
    }
}

#[test]
fn naming_with_called_stays_a_claim() {
    // Near misses: a name and then a description, or "on it" (no time).
    let found = claim_triples("Governor Okafor called Lena Marsh a reckless gambler.");
    assert!(
        found.contains(&triple(
            "Governor Okafor",
            "called",
            "Lena Marsh a reckless gambler"
        )),
        "{found:?}"
    );
    let found = claim_triples("The senator called him \"a fraud\" on Tuesday.");
    assert!(found.iter().any(|t| t.1 == "called"), "{found:?}");
}

#[test]
fn a_paragraph_after_a_verb_and_a_colon_is_its_content() {
    let text = "The union leader spoke after the vote. The governor added:\n\n\
                The strike has cost the port more than it will ever admit.\n\n\
                Talks resume on Monday.";
    let found = claim_triples(text);
    assert!(
        found.contains(&triple(
            "The governor",
            "added",
            "The strike has cost the port more than it will ever admit"
        )),
        "{found:?}"
    );
    // Only the next paragraph: the one after it is the writer's.
    assert!(
        !found.iter().any(|t| t.2.contains("Talks resume")),
        "{found:?}"
    );
}

#[test]
fn a_colon_in_running_text_or_a_label_opens_no_block_quote() {
    // Near misses: the colon does not end the paragraph, or no speech
    // verb stands before it.
    let found =
        claim_triples("The governor added: the port will reopen soon.\n\nTalks resume on Monday.");
    assert!(
        !found.iter().any(|t| t.2.contains("Talks resume")),
        "{found:?}"
    );
    let found = claim_triples("Here is the timetable:\n\nTalks resume on Monday in Lagos.");
    assert!(found.is_empty(), "{found:?}");
    // A heading after the colon opens a section, not a quotation.
    let found = claim_triples(
        "Here is what the critics say:\n\nWhat Does The New Plan Offer?\n\nThe plan adds two bus lines.",
    );
    assert!(
        !found.iter().any(|t| t.2.contains("What Does")),
        "{found:?}"
    );
}

#[test]
fn a_question_put_to_you_is_no_claim() {
    for text in [
        "Do you think the mayor should resign?",
        "What do you think of the new plan?",
        "The poll asked: \"Do you think the governor's health matters?\" Most said no.",
    ] {
        let found = claim_triples(text);
        assert!(!found.iter().any(|t| t.0 == "you"), "{text}: {found:?}");
    }
}

#[test]
fn you_in_a_statement_or_a_question_about_someone_else_stays() {
    // Near misses: no question mark, or another subject after the
    // auxiliary.
    let found = claim_triples("As you know, you think the plan will fail.");
    assert!(found.iter().any(|t| t.1 == "think"), "{found:?}");
    let found = claim_triples("Does he know the bridge is closed?");
    assert!(
        found.iter().any(|t| t.0 == "he" && t.1 == "know"),
        "{found:?}"
    );
}
