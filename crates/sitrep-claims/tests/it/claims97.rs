//! Session 55 (`claims97`): speaker phrases that took the wrong actor
//! (issue #5). Invented sentences with real places, so the actors
//! resolve; each rule with a near miss that must not change.

use crate::common;

use common::speakers_in;
use sitrep_kb::Kb;

/// The (speaker text, speaker actor) of the claim of `raw` with cue `cue`.
fn speaker(kb: &Kb, raw: &str, cue: &str) -> (String, String) {
    let found = speakers_in(kb, raw);
    found
        .iter()
        .find(|(_, _, c)| c == cue)
        .map(|(text, actor, _)| (text.clone(), actor.clone()))
        .unwrap_or_else(|| panic!("{raw}: no claim with cue {cue:?} in {found:?}"))
}

#[test]
fn a_place_where_organisations_work_is_not_their_actor() {
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, phrase) in [
        (
            "Aid groups operating in Sudan said the famine was spreading.",
            "Aid groups operating in Sudan",
        ),
        (
            "Aid agencies working in Gaza said the crossings remained closed.",
            "Aid agencies working in Gaza",
        ),
        (
            "Companies operating in Russia said they would leave the market.",
            "Companies operating in Russia",
        ),
    ] {
        assert_eq!(
            speaker(&kb, raw, "said"),
            (phrase.to_string(), String::new()),
            "{raw}"
        );
    }
}

#[test]
fn people_of_a_place_and_an_owner_before_the_head_keep_their_actor() {
    // Near misses: voters of a place are its people; an organisation's
    // own name or nationality before its head stays its actor.
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, actor) in [
        (
            "Voters in Ohio said the economy was their main concern.",
            "USA",
        ),
        (
            "The Red Cross operating in Iraq said the camps were full.",
            "icrc",
        ),
        // The knowledge base's Sudanese NGOs.
        (
            "Sudanese aid groups operating in Chad said the camps were full.",
            "SDNNGO",
        ),
        (
            "Troops stationed in Syria said the attacks had increased.",
            "SYR",
        ),
    ] {
        assert_eq!(speaker(&kb, raw, "said").1, actor, "{raw}");
    }
}

#[test]
fn a_speaking_participle_keeps_its_audience_inside_the_speaker() {
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, phrase) in [
        (
            "Officials speaking to reporters said the talks had stalled.",
            "Officials speaking to reporters",
        ),
        (
            "Diplomats talking to journalists said the deal was close.",
            "Diplomats talking to journalists",
        ),
        (
            "Officials speaking on condition of anonymity said the talks had stalled.",
            "Officials speaking on condition of anonymity",
        ),
        (
            "Officials speaking in Geneva said the talks had stalled.",
            "Officials speaking in Geneva",
        ),
    ] {
        assert_eq!(
            speaker(&kb, raw, "said"),
            (phrase.to_string(), String::new()),
            "{raw}"
        );
    }
}

#[test]
fn an_aside_of_speaking_after_a_comma_still_ends_the_speaker() {
    // Near miss: "Trump, speaking to reporters, said" is an aside; the
    // name before it speaks.
    let kb = Kb::builtin().expect("built-in KB");
    let (text, actor) = speaker(
        &kb,
        "Macron, speaking to reporters in Paris, said the talks had stalled.",
        "said",
    );
    assert_eq!(
        (text.as_str(), actor.as_str()),
        ("Macron", "emmanuel-macron")
    );
}

#[test]
fn a_place_preposition_after_a_head_or_participle_stays_in_the_speaker() {
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, phrase, actor) in [
        (
            "Troops stationed outside Kabul said the attacks had increased.",
            "Troops stationed outside Kabul",
            "AFG",
        ),
        (
            "Soldiers based near Kyiv said the shelling had stopped.",
            "Soldiers based near Kyiv",
            "UKR",
        ),
        (
            "The embassy outside the city said the roads were closed.",
            "The embassy outside the city",
            "",
        ),
    ] {
        assert_eq!(
            speaker(&kb, raw, "said"),
            (phrase.to_string(), actor.to_string()),
            "{raw}"
        );
    }
}

#[test]
fn a_place_adverb_with_no_object_leaves_the_participle_a_verb() {
    // Near miss: "outside" with nothing after it is an adverb, and
    // "gathered" the clause's own verb, no part of the speaker.
    let kb = Kb::builtin().expect("built-in KB");
    let (text, _) = speaker(
        &kb,
        "Supporters stationed outside and said the count was rigged.",
        "said",
    );
    assert_eq!(text, "Supporters");
}

#[test]
fn a_relative_clause_object_still_opens_a_new_subject() {
    // Near miss: "an offer the leadership rejected" reads the subject
    // after a plain noun as before.
    let kb = Kb::builtin().expect("built-in KB");
    let (text, _) = speaker(
        &kb,
        "Voters doubt everything the harbour board says about the port.",
        "says about",
    );
    assert_eq!(text, "the harbour board");
}

#[test]
fn a_participle_cue_after_a_met_object_speaks_for_the_object() {
    let kb = Kb::builtin().expect("built-in KB");
    for raw in [
        "He met protesters in Paris demanding his resignation.",
        "The mayor met protesters in Paris demanding his resignation.",
    ] {
        let (text, _) = speaker(&kb, raw, "demanding");
        assert_eq!(text, "protesters in Paris", "{raw}");
    }
}

#[test]
fn a_participle_cue_after_an_issued_text_or_no_object_keeps_the_subject() {
    // Near misses: the text speaks for whoever issued it; a verb with no
    // object leaves the subject the speaker.
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, cue, subject) in [
        (
            "The council released a statement saying the plan would fail.",
            "released a statement saying",
            "The council",
        ),
        (
            "Lee spoke out arguing the plan would fail.",
            "arguing",
            "Lee",
        ),
    ] {
        assert_eq!(speaker(&kb, raw, cue).0, subject, "{raw}");
    }
}

#[test]
fn a_participle_cue_after_an_issued_or_named_report_is_no_object_speaker() {
    // Near misses from real news: a report is a text, not people.
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, cue) in [
        (
            "Warren issued a report arguing that companies get away with crimes.",
            "arguing",
        ),
        (
            "A spokesman called a report suggesting donors had access outrageous.",
            "suggesting",
        ),
    ] {
        let found = speakers_in(&kb, raw);
        assert!(
            found
                .iter()
                .all(|(text, _, c)| c != cue || text != "a report"),
            "{raw}: {found:?}"
        );
    }
}
