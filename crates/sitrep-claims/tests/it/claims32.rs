//! Transcript turns whose label names its holder after a role and a comma
//! ("Foreign Secretary, Shri Vikram Misri:"), and a name in capitals that
//! opens one turn of a transcript ("SARFRAZ BUGTI:" among recurring
//! speakers and questions). Invented transcript lines, an empty KB.

use crate::common;

use common::claim_triples as triples;

#[test]
fn a_role_comma_and_honorific_name_label_is_the_named_speaker_turn() {
    for (raw, speaker, content) in [
        (
            "Special briefing on the talks.\n\n\
             Foreign Secretary, Shri Anil Varma: Thank you. The committee condemned the attack in the strongest terms.",
            "Shri Anil Varma",
            "Thank you. The committee condemned the attack in the strongest terms",
        ),
        (
            "Press conference on the floods.\n\n\
             Minister of Water Resources, Dr. Jane Okafor: The dams will hold through the rainy season.",
            "Dr. Jane Okafor",
            "The dams will hold through the rainy season",
        ),
    ] {
        let t = triples(raw);
        assert!(
            t.iter()
                .any(|(s, cue, c)| s == speaker && cue == ":" && c == content),
            "{raw:?}: {t:?}"
        );
    }
}

#[test]
fn a_comma_before_a_colon_without_an_honorific_is_no_turn() {
    // "Yes, Minister:" and a sentence that runs into a colon after a comma
    // name no holder: no colon claim.
    for raw in [
        "A scene from the show.\n\nYes, Minister: The civil servants will not allow the reform to pass.",
        "Notes.\n\nIn Delhi, Finance Officials: The budget will be cut by a fifth next year.",
    ] {
        let t = triples(raw);
        assert!(t.iter().all(|(_, cue, _)| cue != ":"), "{raw:?}: {t:?}");
    }
}

#[test]
fn a_capitals_name_opening_one_turn_of_a_transcript_is_a_speaker() {
    let raw = "Transcript of the briefing.\n\n\
               GEN JOHN ROE: The attackers were in contact with their handlers throughout.\n\n\
               QUESTION: Who was behind the attack?\n\n\
               GEN JOHN ROE: We have the evidence and will share it with our partners.\n\n\
               KARIM BALDI: These people have nothing to do with the rights of the province.";
    let t = triples(raw);
    assert!(
        t.iter().any(|(s, cue, c)| s == "KARIM BALDI"
            && cue == ":"
            && c == "These people have nothing to do with the rights of the province"),
        "{t:?}"
    );
}

#[test]
fn a_capitals_heading_outside_a_transcript_is_no_speaker() {
    // No questioner and no recurring name in capitals: a two-word label in
    // capitals is a heading as often as a name.
    let raw = "Weekly digest.\n\n\
               MARKET WATCH: Shares fell sharply across the region on Monday morning.";
    let t = triples(raw);
    assert!(t.iter().all(|(_, cue, _)| cue != ":"), "{t:?}");
}

#[test]
fn an_apposition_after_a_postposed_cue_and_its_time_is_no_content() {
    for (raw, speaker, content) in [
        (
            "The number of displaced people has tripled to more than a million, the agency said today, the highest figure ever recorded in the country.",
            "the agency",
            "The number of displaced people has tripled to more than a million",
        ),
        (
            "Famine has been confirmed in the city, the monitoring group said on Friday, the first time a famine has been declared in the region.",
            "the monitoring group",
            "Famine has been confirmed in the city",
        ),
        (
            "The talks ended without a deal, the ministry said in a statement, a setback for the government.",
            "the ministry",
            "The talks ended without a deal",
        ),
    ] {
        let t = triples(raw);
        assert!(
            t.iter()
                .any(|(s, cue, c)| s == speaker && cue.starts_with("said") && c == content),
            "{raw:?}: {t:?}"
        );
    }
}

#[test]
fn a_that_clause_or_a_cue_first_sentence_keeps_its_content() {
    // "that" after the comma opens a clause, no apposition; with the cue
    // first, what follows the time is the content.
    let t = triples("The ministry said on Monday, that the talks would resume next week.");
    assert!(
        t.iter().any(|(_, _, c)| c.contains("talks would resume")),
        "{t:?}"
    );
    // A clause split by its cue: what follows the comma is a clause (an
    // auxiliary after its subject), not an apposition.
    let t = triples(
        "If anything, Lee argued in a memo, the incident is an illustration of why the rules must change.",
    );
    assert!(t.iter().all(|(_, _, c)| c != "If anything"), "{t:?}");
}
