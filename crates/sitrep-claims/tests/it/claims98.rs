//! Session 56 (`claims98`): speakers and false claims left from session 55
//! (issue #5). Invented sentences; each rule with a near miss that must not
//! change.

use crate::common;

use common::{claim_triples_in, speaker_of_cue_in, triple};
use sitrep_kb::Kb;

fn kb() -> Kb {
    Kb::builtin().expect("built-in KB")
}

#[test]
fn a_fronted_judgement_before_a_report_noun_still_denies_its_clause() {
    let kb = kb();
    for (raw, cue) in [
        (
            "Iran dismissed as baseless a report by Axios that officials held talks with Washington.",
            "dismissed",
        ),
        (
            "Iran rejected as false a report that officials held talks with Washington.",
            "rejected",
        ),
        // Near miss: the plain object shape, as before.
        (
            "Iran dismissed a report by Axios that officials held talks with Washington.",
            "dismissed",
        ),
    ] {
        let found = claim_triples_in(&kb, raw);
        let denial = found
            .iter()
            .find(|(_, c, _)| c == cue)
            .unwrap_or_else(|| panic!("{raw}: no denial in {found:?}"));
        assert_eq!(denial.0, "Iran", "{raw}");
        assert!(
            denial.2.starts_with("officials held talks"),
            "{raw}: {found:?}"
        );
        // The report noun is the denial's object: no claim of its own
        // whose speaker is the judgement ("false a", "baseless a").
        assert_eq!(found.len(), 1, "{raw}: {found:?}");
    }
    // Near miss: "as" with no report noun after it is an act, no denial.
    let found = claim_triples_in(
        &kb,
        "The court rejected as unconstitutional a law that banned protests.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_phrase_ending_in_the_nouns_article_owns_no_report() {
    let kb = kb();
    let found = claim_triples_in(
        &kb,
        "He cited as evidence a report that officials held talks with Washington.",
    );
    assert!(
        found.contains(&triple(
            "",
            "report",
            "officials held talks with Washington"
        )),
        "{found:?}"
    );
    // Near miss: a possessive owner still speaks.
    assert_eq!(
        speaker_of_cue_in(
            &kb,
            "The senator's warning that taxes would rise went unheeded.",
            "warning"
        ),
        "The senator's"
    );
}

#[test]
fn names_apposed_to_a_group_from_a_place_speak_with_it() {
    let kb = kb();
    for (raw, speaker) in [
        (
            "Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Mario Diaz-Balart, said the deal was bad.",
            "Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Mario Diaz-Balart",
        ),
        (
            "A lawmaker from Florida, Mario Diaz-Balart, said the deal was bad.",
            "A lawmaker from Florida, Mario Diaz-Balart",
        ),
        // Near miss: a role noun with its phrase, as before.
        (
            "A spokesman for the ministry, Ali Roe, said the deal was bad.",
            "A spokesman for the ministry, Ali Roe",
        ),
    ] {
        assert_eq!(speaker_of_cue_in(&kb, raw, "said"), speaker, "{raw}");
    }
}

#[test]
fn the_subjects_own_irregular_verb_before_a_participle_cue_ends_the_speaker() {
    let kb = kb();
    for (raw, speaker) in [
        ("Trump shot back, saying the report was fake.", "Trump"),
        ("Rubio hit back, saying the governor was absent.", "Rubio"),
        // Near miss: a regular past did so already.
        ("Trump fired back, saying the report was fake.", "Trump"),
    ] {
        assert_eq!(speaker_of_cue_in(&kb, raw, "saying"), speaker, "{raw}");
    }
    // Near miss: inside a reported clause "hit" stays the content's verb.
    assert_eq!(
        speaker_of_cue_in(&kb, "The army said the missile hit a school.", "said"),
        "The army"
    );
}

#[test]
fn people_after_with_or_to_do_the_participle_not_the_subject() {
    let kb = kb();
    for (raw, speaker) in [
        (
            "Netanyahu spoke with families of hostages demanding a deal.",
            "families of hostages",
        ),
        (
            "The mayor responded to protesters chanting that the police must go.",
            "protesters",
        ),
        // Near misses: a place after the preposition; the subject goes on.
        (
            "Protesters marched to parliament demanding his resignation.",
            "Protesters",
        ),
        (
            "The minister spoke at a rally in Ohio saying the plan would work.",
            "The minister",
        ),
    ] {
        let cue = raw
            .split(' ')
            .find(|w| w.ends_with("ing") && *w != "spoke")
            .unwrap();
        assert_eq!(speaker_of_cue_in(&kb, raw, cue), speaker, "{raw}");
    }
}

#[test]
fn a_list_after_a_comma_inside_a_name_opening_the_clause_is_part_of_it() {
    let kb = kb();
    for (raw, speaker) in [
        (
            "The National Academies of Sciences, Engineering and Medicine noted that the risk was low.",
            "The National Academies of Sciences, Engineering and Medicine",
        ),
        (
            "The Departments of Justice, Commerce and Defense said the risk was low.",
            "The Departments of Justice, Commerce and Defense",
        ),
    ] {
        let cue = if raw.contains("noted") { "noted" } else { "said" };
        assert_eq!(speaker_of_cue_in(&kb, raw, cue), speaker, "{raw}");
    }
    // Near miss: after a fronted phrase the coordinated actors speak.
    assert_eq!(
        speaker_of_cue_in(
            &kb,
            "In a letter to the Department of Justice, Congress and the White House said the risk was low.",
            "said"
        ),
        "Congress and the White House"
    );
}

#[test]
fn the_outlet_whose_report_a_denial_answers_carries_it() {
    let kb = kb();
    let vias = |raw: &str| {
        let (_, claims) = common::claims_in(&kb, raw);
        claims
            .iter()
            .map(|c| {
                c.via
                    .iter()
                    .map(|v| v.actor.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        vias("Iran dismissed as baseless a report by Axios that officials held talks with Washington."),
        vec![vec!["axios".to_string()]]
    );
    assert_eq!(
        vias("Iran denied a report by Reuters that its officials met in Oman."),
        vec![vec!["reuters".to_string()]]
    );
    // Near miss: the report's own claim names its outlet as the speaker,
    // no via.
    assert_eq!(
        vias("A report by Reuters said the talks had failed."),
        vec![Vec::<String>::new()]
    );
}

#[test]
fn the_verb_of_an_object_relative_after_a_text_noun_reports_nothing() {
    let kb = kb();
    for raw in [
        "The photo Trump posted showed the crowd was huge.",
        "The photo Trump tweeted showed the crowd was huge.",
        "The letter Biden wrote said the talks would resume.",
    ] {
        let found = claim_triples_in(&kb, raw);
        assert!(
            !found
                .iter()
                .any(|(_, cue, _)| matches!(cue.as_str(), "posted" | "tweeted" | "wrote")),
            "{raw}: {found:?}"
        );
    }
    // The noun with its relative clause speaks for the main verb.
    for (raw, cue, speaker) in [
        (
            "The letter Biden wrote said the talks would resume.",
            "said",
            "The letter Biden wrote",
        ),
        (
            "The photo Trump tweeted showed the crowd was huge.",
            "showed",
            "The photo Trump tweeted",
        ),
        (
            "The report the Pentagon released said the strike killed civilians.",
            "said",
            "The report the Pentagon released",
        ),
    ] {
        assert_eq!(speaker_of_cue_in(&kb, raw, cue), speaker, "{raw}");
    }
    // Near miss: after a preposition the noun is a setting, and the name
    // opens the clause.
    let found = claim_triples_in(&kb, "In the statement Trump said the deal was done.");
    assert!(
        found.contains(&triple("Trump", "said", "the deal was done")),
        "{found:?}"
    );
    // Near misses: a summing noun after a comma takes the clause before it;
    // a day after an issued text is no name, and a participle no relative's
    // verb.
    let found = claim_triples_in(
        &kb,
        "Israel said Iran had directed the operation, an accusation Tehran rejected.",
    );
    assert!(
        found.contains(&triple(
            "Tehran",
            "rejected",
            "Iran had directed the operation"
        )),
        "{found:?}"
    );
    assert_eq!(
        speaker_of_cue_in(
            &kb,
            "The town released a statement Wednesday saying the comments were false.",
            "saying"
        ),
        "The town"
    );
}
