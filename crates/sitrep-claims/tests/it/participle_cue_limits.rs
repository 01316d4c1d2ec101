//! Limits of the participle-cue and appositive rules: verbs that take an
//! -ing object ("denied saying"), day words and -en nouns before a cue, an
//! opening phrase before a described name, "According to" before a name with
//! "of", a party tag that looks like an agency dateline, and "continued
//! saying" read twice. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn cues(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(_, c, ..)| c).collect()
}

fn speakers(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn a_verb_taking_an_ing_object_is_no_speech_verb_of_the_subject() {
    for raw in [
        "The senator denied saying that the election had been stolen.",
        "The coach stopped saying the team was too tired to win.",
        "The minister avoided saying whether the tax would rise.",
        "The governor regretted saying the flood was under control.",
    ] {
        let c = cues(raw);
        assert!(!c.iter().any(|c| c.starts_with("saying")), "{raw}: {c:?}");
    }
}

#[test]
fn a_subject_verb_before_a_day_and_a_participle_ends_the_speaker() {
    assert_eq!(
        speakers("Demonstrators marched Saturday chanting that the governor must resign."),
        vec!["Demonstrators".to_string()]
    );
    // "responded" is a cue of its own: both claims have the same speaker.
    let s = speakers("The foreign ministry responded Wednesday saying the talks would go on.");
    assert!(!s.is_empty(), "{s:?}");
    assert!(s.iter().all(|s| s == "The foreign ministry"), "{s:?}");
}

#[test]
fn an_en_noun_or_a_preposition_is_no_dated_participle() {
    assert_eq!(
        speakers("The prison warden Tuesday said the inmates were calm."),
        vec!["The prison warden".to_string()]
    );
    assert_eq!(
        speakers("Several children Monday said the school bus was late again."),
        vec!["Several children".to_string()]
    );
    for raw in [
        "A report released on Friday said the new bridge was on schedule.",
        "A study published in March said most tenants paid too much.",
    ] {
        let s = speakers(raw);
        assert!(
            !s.iter().any(|s| s.ends_with(" on") || s.ends_with(" in")),
            "{raw}: {s:?}"
        );
    }
}

#[test]
fn an_opening_phrase_stays_out_of_a_described_speaker() {
    assert_eq!(
        speakers(
            "In the east of Ukraine, the rebel leader, a former police chief, said the ceasefire had collapsed.",
        ),
        vec!["the rebel leader, a former police chief".to_string()]
    );
    let s = speakers(
        "After the fall of Aleppo, Friends of the Forest, a green group, said the logging must stop.",
    );
    assert!(!s.iter().any(|s| s.contains("fall")), "{s:?}");
}

#[test]
fn according_to_at_the_start_ends_at_its_comma() {
    let got = claims("According to analysts, Bank of Avalon will cut 400 jobs next year.");
    let pairs: Vec<(String, String)> = got.into_iter().map(|(s, _, c, _)| (s, c)).collect();
    assert!(
        pairs.contains(&(
            "analysts".to_string(),
            "Bank of Avalon will cut 400 jobs next year".to_string()
        )),
        "{pairs:?}"
    );
}

#[test]
fn a_party_tag_is_no_agency_dateline() {
    assert_eq!(
        speakers(
            "Sen. Mary Poe (R-Iowa) — a longtime critic of the deal — voted no, saying the bill would fail."
        ),
        vec!["Sen. Mary Poe (R-Iowa)".to_string()]
    );
}

#[test]
fn continued_saying_gives_one_claim() {
    let got = claims("The report continued saying that rents would rise sharply.");
    assert_eq!(got.len(), 1, "{got:?}");
}
