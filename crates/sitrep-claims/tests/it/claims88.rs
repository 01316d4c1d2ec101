//! Session 52 (`claims88`): attribution recall, cues the rules refused.
//! Invented sentences, an empty KB; each rule with a near miss that must
//! not change.

use crate::common;

use common::{claim_triples, triple};

#[test]
fn an_opening_participle_speaks_for_the_main_clause_subject() {
    for (text, speaker, cue, content) in [
        (
            "Noting that the harbor had flooded twice, the mayor asked for more pumps.",
            "the mayor",
            "Noting",
            "the harbor had flooded twice",
        ),
        (
            "The council met on Monday. Conceding that the budget was short, she proposed new fees.",
            "she",
            "Conceding",
            "the budget was short",
        ),
        (
            "While insisting that the plant was safe, the minister closed two of its reactors.",
            "the minister",
            "insisting",
            "the plant was safe",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found.contains(&triple(speaker, cue, content)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_opening_participle_that_reports_nothing_stays_no_claim() {
    // Near misses: a participle of another verb, a quote inside the
    // participle clause (its comma may be the quote's), and one with no
    // clause subject after its comma.
    for (text, cue) in [
        (
            "Speaking at the harbor on Monday, the mayor asked for more pumps.",
            "Speaking",
        ),
        (
            "Noting that “the harbor, the docks and the market” had flooded, officials met.",
            "Noting",
        ),
        ("Noting the damage, and the cost of repairs.", "Noting"),
    ] {
        let found = claim_triples(text);
        assert!(found.iter().all(|t| t.1 != cue), "{text}: {found:?}");
    }
}

#[test]
fn a_restrictive_whose_clause_keeps_its_subject_the_speaker() {
    let found = claim_triples("Farmers whose fields flooded say the levee failed.");
    assert!(
        found
            .iter()
            .any(|t| t.0.starts_with("Farmers") && t.1 == "say" && t.2 == "the levee failed"),
        "{found:?}"
    );
    // Near miss: "whose" in a question after the verb opens no subject.
    let found = claim_triples("Farmers asked whose fields would flood next.");
    assert!(found.iter().all(|t| !t.0.contains("whose")), "{found:?}");
}

#[test]
fn a_postposed_study_with_its_agent_speaks_for_the_clause_before() {
    for (text, speaker) in [
        (
            "Tuition rose for the third year, a study by the state council found.",
            "a study by the state council",
        ),
        (
            "Most rivers in the region are polluted, a report from the agency said.",
            "a report from the agency",
        ),
    ] {
        let found = claim_triples(text);
        assert!(found.iter().any(|t| t.0 == speaker), "{text}: {found:?}");
    }
    // Near miss: after the comma a clause of its own, whose subject is no
    // study or speaker, makes no claim of the clause before.
    let found =
        claim_triples("Tuition rose for the third year, and costs at the state council grew.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_postposed_spokesman_for_a_body_speaks_for_the_clause_before() {
    let found = claim_triples("The river is polluted, a spokesman for the agency said.");
    assert!(
        found.contains(&triple(
            "a spokesman for the agency",
            "said",
            "The river is polluted"
        )),
        "{found:?}"
    );
    // Near misses: a noun with a reduced relative clause after the comma
    // is the verb's object ("a plan the group rejected"), and a report noun
    // before a subject stands for the clause ("an accusation the mayor
    // denied": the mayor denies).
    let found = claim_triples("The city will close the port, a plan the union rejected.");
    assert!(found.is_empty(), "{found:?}");
    let found = claim_triples("The mayor took bribes, an accusation the mayor denied.");
    assert!(
        found.iter().any(|t| t.0 == "the mayor" && t.1 == "denied"),
        "{found:?}"
    );
}

#[test]
fn a_postposed_speaker_with_a_relative_clause_speaks_for_what_came_before() {
    for (text, content) in [
        (
            "The agents are under a lot of pressure, an official, who spoke on condition of anonymity, said.",
            "The agents are under a lot of pressure",
        ),
        (
            "“The agents are under a lot of pressure,” officials, who spoke on condition of anonymity, said.",
            "The agents are under a lot of pressure",
        ),
    ] {
        let found = claim_triples(text);
        assert!(
            found
                .iter()
                .any(|t| t.1 == "said" && t.2 == content && t.0.contains("who")),
            "{text}: {found:?}"
        );
    }
    // Near miss: a phrase that names no one before the relative clause is
    // no speaker ("the plan, whose cost …, said" reads as no claim).
    let found =
        claim_triples("The agents are under pressure, the plan, whose cost nobody knows, said.");
    assert!(found.iter().all(|t| !t.0.contains("plan")), "{found:?}");
}

#[test]
fn an_adverbial_aside_between_dashes_leaves_the_name_before_it_the_speaker() {
    let found = claim_triples(
        "Murphy — after a long pause — told reporters he had never seen such damage.",
    );
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Murphy" && t.1 == "told" && t.2 == "he had never seen such damage"),
        "{found:?}"
    );
    // Near miss: a clause before the dashes is no speaker.
    let found =
        claim_triples("The bridge collapsed — after the storm — and the river said nothing.");
    assert!(found.iter().all(|t| !t.0.contains("bridge")), "{found:?}");
}

#[test]
fn an_opening_participle_with_an_apposed_object_names_no_speaker_after_its_comma() {
    // "Deborah Ross" is the object's appositive, not the subject.
    let text = "Calling the senator's challenger, Jane Roe, “exactly the partner I need,” the governor praised her.";
    let found = claim_triples(text);
    assert!(
        found
            .iter()
            .all(|t| !(t.1 == "Calling" && t.0 == "Jane Roe")),
        "{found:?}"
    );
}

#[test]
fn a_whose_clause_runs_over_no_clause_word() {
    // The cue belongs to the clause after "as"; its subject is "the party".
    let found = claim_triples(
        "Organizers expect a large contingent whose protests could embarrass the leaders as the party seeks to rally around its nominee.",
    );
    assert!(found.iter().all(|t| !t.0.contains("whose")), "{found:?}");
}
