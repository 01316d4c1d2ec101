//! Verbs that are speech cues elsewhere but report no speech here (a plea,
//! a depiction, a name, a change in a number), and speaker phrases with a
//! relative clause, a sentence adverb or a count after "in". Invented
//! sentences, an empty KB.

use crate::common;

use common::{claim_triple, claims_of, only_speaker};

/// The cue texts of every claim.
fn cues(raw: &str) -> Vec<String> {
    let (text, claims) = claims_of(raw);
    claims.iter().map(|c| claim_triple(&text, c).1).collect()
}

#[test]
fn a_plea_is_no_speech() {
    for plea in ["guilty", "not guilty", "no contest"] {
        let s = format!("A Denver man pleaded {plea} to threatening a city councilor.");
        assert!(cues(&s).is_empty(), "{s}");
    }
    // Pleading with someone is still speech.
    assert_eq!(
        cues("The mayor pleaded that residents should stay indoors tonight."),
        ["pleaded"]
    );
}

#[test]
fn reporting_for_duty_is_no_speech() {
    for s in [
        "About 400 new recruits reported for duty at the garrison on Monday.",
        "Nurses were told to report to work despite the storm.",
    ] {
        assert!(cues(s).is_empty(), "{s}");
    }
    // Reporting to someone, or reporting that, is still speech.
    assert_eq!(
        cues("The driver reported to police that his truck had been stolen."),
        ["reported"]
    );
}

#[test]
fn a_preposition_before_a_that_clause_stays_out_of_the_cue() {
    // The preposition opens an adverbial; the that-clause is what was said.
    assert_eq!(
        cues("The ministry reported for the first time that exports had fallen."),
        ["reported"]
    );
    // Without a that-clause it belongs to the verb.
    assert_eq!(
        cues("Critics warned about the risks of the deal."),
        ["warned about"]
    );
}

#[test]
fn a_quantity_verb_before_a_number_is_no_speech() {
    assert!(cues("The Dow Jones index added 112.5 points, or 0.4%, by noon.").is_empty());
    assert!(cues("Silver added 2% to $17.10 an ounce.").is_empty());
    assert_eq!(
        cues("The coach added that the team would travel on Friday."),
        ["added"]
    );
    // "said" is no quantity verb: a number may open its content.
    assert_eq!(
        cues("Police said 14 people were hurt in the crash."),
        ["said"]
    );
}

#[test]
fn a_picture_shows_but_does_not_speak() {
    assert!(cues("The video shows two guards opening the gate at dawn.").is_empty());
    assert!(cues("Security camera footage showed a man running from the bank.").is_empty());
    // With a that-clause the picture is cited as evidence; a poll is no picture.
    assert_eq!(
        cues("Video shows that the driver had stopped at the light."),
        ["shows"]
    );
    assert_eq!(
        cues("A new county poll shows the mayor ahead by nine points."),
        ["shows"]
    );
}

#[test]
fn a_thing_called_a_name_is_no_speech() {
    assert!(cues("The lab studied a small enzyme called lactase in the gut.").is_empty());
    assert!(cues("The band recorded a slow song called Morning Tide last spring.").is_empty());
    // A characterization with an object stays speech.
    assert_eq!(
        only_speaker("A city spokesman called it a serious mistake by the board."),
        Some("A city spokesman".to_string())
    );
    assert_eq!(
        cues("The governor called the ruling a victory for voters."),
        ["called"]
    );
}

#[test]
fn a_relative_clause_between_speaker_and_cue() {
    assert_eq!(
        only_speaker("Economists who have studied the port say the tariff will cost jobs."),
        // The restrictive clause stays in the span (session 38).
        Some("Economists who have studied the port".to_string())
    );
    // A description after a name keeps the name as the speaker.
    let s = only_speaker("Maria Lopez, a nurse who treated the patients, said the ward was full.");
    assert!(
        s.as_deref().is_some_and(|s| s.starts_with("Maria Lopez")),
        "{s:?}"
    );
}

#[test]
fn a_sentence_adverb_is_no_speaker_of_a_coordinated_verb() {
    let (text, claims) = claims_of(
        "However, the union raised concerns about the plan, and said that members were never consulted.",
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
    let sp = claims[0].speaker.text.as_deref().unwrap_or("");
    assert!(sp.contains("union"), "{sp} in {text}");
}

#[test]
fn a_study_in_a_count_of_people_is_the_speaker() {
    let s = only_speaker("In fact, one study in 212 adults found that short naps improve memory.");
    assert!(s.as_deref().is_some_and(|s| s.contains("study")), "{s:?}");
}

#[test]
fn a_role_phrase_with_the_name_after_it() {
    assert_eq!(
        only_speaker("In a statement, one of the family's attorneys, Dana Whitfield, said the report was wrong."),
        Some("one of the family's attorneys, Dana Whitfield".to_string())
    );
}

#[test]
fn observing_a_ceasefire_is_no_speech_but_observing_that_is() {
    assert!(cues("Both armies observed a fragile truce on Monday.").is_empty());
    assert_eq!(
        cues("Monitors observed that both armies had pulled back."),
        vec!["observed".to_string()]
    );
}

#[test]
fn a_that_after_an_apposition_opens_no_content() {
    let (text, claims) =
        claims_of("The mayor praised Carol Smith, the nurse that treated the wounded.");
    assert_eq!(claims.len(), 1, "{claims:?}");
    let content = &text[claims[0].content.start..claims[0].content.end];
    assert!(content.starts_with("Carol Smith"), "{content}");
    // A that-clause after the cue is still the content.
    let (text, claims) = claims_of("The mayor said on Tuesday that the clinic would reopen.");
    assert_eq!(
        &text[claims[0].content.start..claims[0].content.end],
        "the clinic would reopen"
    );
}

#[test]
fn signs_of_a_trend_are_no_ones_claim() {
    // Evidence the writer reports, with no one who says or reports it.
    let s = "But there were also signs that some shops in the old town were ready to reopen.";
    assert!(cues(s).is_empty(), "{:?}", cues(s));
}

#[test]
fn a_report_noun_before_its_preposition_is_no_verb() {
    // "claims against", "reports of": the noun, not a speech verb.
    for s in [
        "The minister said Peru had no territorial claims against Chile.",
        "Both firms will withdraw claims against each other in court.",
        "Officials dismissed reports of shelling near the dam.",
    ] {
        assert!(
            !cues(s)
                .iter()
                .any(|c| c.starts_with("claims") || c.starts_with("reports")),
            "{s}: {:?}",
            cues(s)
        );
    }
    // The verb still speaks.
    assert_eq!(
        cues("The rebel group claims that its fighters took the airport."),
        ["claims"]
    );
}

#[test]
fn a_quantity_verb_before_a_rounded_number_is_arithmetic() {
    for s in [
        "Carriers rerouted ships around Africa, adding about ten days to each voyage.",
        "The index added more than 300 points on Friday.",
        "The detour adds nearly 40 minutes to the trip.",
    ] {
        assert!(cues(s).is_empty(), "{s}: {:?}", cues(s));
    }
    // With a clause it is speech.
    assert_eq!(
        cues("The mayor spoke at noon, adding that about ten roads were closed."),
        ["adding"]
    );
}

#[test]
fn a_relative_that_after_a_plural_opens_no_reported_clause() {
    // "vessels that entered": "vessels" is no verb, "that" a relative pronoun.
    for s in [
        "The coast guard shadowed Chinese vessels that entered restricted waters.",
        "Troops destroyed rebel positions that threatened the highway.",
    ] {
        assert!(cues(s).is_empty(), "{s}: {:?}", cues(s));
    }
    // A that-clause whose subject opens with an -ed adjective is still one.
    assert_eq!(
        cues("The report estimates that armed groups had seized the mines."),
        ["estimates"]
    );
}

#[test]
fn welcoming_someone_or_something_is_no_speech() {
    for s in [
        "Mali welcomed instructors from the Russian army last year.",
        "The ministry welcomed any steps toward a ceasefire.",
    ] {
        assert!(cues(s).is_empty(), "{s}: {:?}", cues(s));
    }
    // With a that-clause it reports a stance.
    assert_eq!(
        cues("The ministry welcomed that both sides had agreed to talk."),
        ["welcomed"]
    );
}

#[test]
fn a_modal_of_obligation_prescribes_no_speech() {
    for s in [
        "Western capitals must also accept that lecturing will not work.",
        "The board should admit that the plan failed.",
    ] {
        assert!(cues(s).is_empty(), "{s}: {:?}", cues(s));
    }
    // Other modals and plain verbs still report.
    assert_eq!(
        cues("The board admitted that the plan failed."),
        ["admitted"]
    );
}

#[test]
fn a_participle_after_a_cue_setting_is_no_second_cue() {
    let (text, claims) =
        claims_of("Dagalo said in a speech posted online that his forces were ready.");
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        &text[claims[0].cue.start..claims[0].cue.end],
        "said in a speech"
    );
    assert_eq!(
        &text[claims[0].content.start..claims[0].content.end],
        "his forces were ready"
    );
    // A participle modifying a noun inside the content ("the video posted
    // online") is no cue: `posted` is a `named` row, its subject must name
    // someone. "Imran Khan posted online that" still speaks.
    assert_eq!(
        cues("Dagalo said the video posted online was fake."),
        ["said"]
    );
    assert_eq!(
        cues("Imran Khan posted online that the vote was rigged."),
        ["posted"]
    );
}
