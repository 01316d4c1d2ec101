//! Session 40's speaker shapes (`claims63`): the subject a coordinated verb
//! shares, a name the subject walk ran past into its predicate. Invented
//! sentences, an empty KB.

use crate::common;

use common::cue_speaker;

#[test]
fn a_coordinated_verb_skips_a_claim_nested_in_the_first_ones_content() {
    // The "want" claim reports inside what the judge said; the second
    // verb is coordinated with "said".
    assert_eq!(
        cue_speaker(
            "Judge Ferris said in an interview last week that she didn't want to think about \
             the possibility of a recount and predicted that the mayor would win.",
            "predicted"
        )
        .as_deref(),
        Some("Judge Ferris")
    );
    // Near miss: with no claim around it the nearest claim is still the
    // one shared.
    assert_eq!(
        cue_speaker(
            "The mayor spoke first. Judge Ferris said the count was fair and predicted \
             that the mayor would win.",
            "predicted"
        )
        .as_deref(),
        Some("Judge Ferris")
    );
}

#[test]
fn a_coordinated_verb_skips_a_noun_cues_speaker() {
    assert_eq!(
        cue_speaker(
            "She was defending the charity against recent attacks from the governor, but \
             admitted that some donations had slipped through the cracks.",
            "admitted"
        )
        .as_deref(),
        Some("She")
    );
}

#[test]
fn a_coordinated_verb_before_a_quote_shares_its_clause_subject() {
    // Not the object right before "and".
    assert_eq!(
        cue_speaker(
            "Eight years ago, the pastor backed the governor over the mayor and said, \
             \u{201c}The mayor has never done anything for us.\u{201d}",
            "said"
        )
        .as_deref(),
        Some("the pastor")
    );
    // Near miss: a subject right before the verb is the speaker.
    assert_eq!(
        cue_speaker(
            "Eight years ago, the mayor said, \u{201c}The pastor has never done anything for us.\u{201d}",
            "said"
        )
        .as_deref(),
        Some("the mayor")
    );
}

#[test]
fn a_shared_subject_name_ends_before_its_predicate() {
    for (raw, cue, speaker) in [
        (
            "Sullivan put off deciding whether the group could question the mayor but said \
             it could come back later.",
            "said",
            "Sullivan",
        ),
        (
            "Ferris further summed up the plan as reckless, mocked its authors and said \
             the council should start again.",
            "said",
            "Ferris",
        ),
        (
            "Mr. Okafor forecast that the economy would rebound and praised efforts by \
             the central bank to steady the currency.",
            "praised",
            "Mr. Okafor",
        ),
    ] {
        assert_eq!(cue_speaker(raw, cue).as_deref(), Some(speaker), "{raw}");
    }
    // Near misses: a preposition's name and a noun after the name stay.
    for (raw, cue, speaker) in [
        (
            "Senator Ted Ferris of Ohio met voters in Dayton, saying the deal was a disaster.",
            "saying",
            "Senator Ted Ferris of Ohio",
        ),
        (
            "Ferris aides met reporters on Tuesday and said the campaign was on track.",
            "said",
            "Ferris aides",
        ),
    ] {
        assert_eq!(cue_speaker(raw, cue).as_deref(), Some(speaker), "{raw}");
    }
}

#[test]
fn a_subject_with_a_post_modifier_is_the_whole_phrase() {
    for (raw, cue, speaker) in [
        (
            "A poll conducted by the university in Saturday's primary showed that turnout \
             was high.",
            "showed",
            "A poll conducted by the university in Saturday's primary",
        ),
        (
            "The most recent polling in Ohio shows the governor closing the gap.",
            "shows",
            "The most recent polling in Ohio",
        ),
        (
            "Two class action lawsuits being considered in Denver have accused the company \
             of deceptive practices.",
            "have accused",
            "Two class action lawsuits being considered in Denver",
        ),
        (
            "Organizers of the push to boycott the mayor's speech said they were worried.",
            "said",
            "Organizers of the push to boycott the mayor's speech",
        ),
    ] {
        assert_eq!(cue_speaker(raw, cue).as_deref(), Some(speaker), "{raw}");
    }
    // Near misses: a speech verb in the stretch is a clause of its own.
    assert!(!cue_speaker(
        "Diplomats in the Gulf said the choice of an Emirati messenger signalled a thaw.",
        "signalled"
    )
    .unwrap_or_default()
    .contains(" said "));
    // A subordinate clause's subject, and a participle form
    // with no agent, which may be the clause's own verb, stay out.
    assert_eq!(
        cue_speaker(
            "The crowd cheered when the mayor said the race was over.",
            "said"
        )
        .as_deref(),
        Some("the mayor")
    );
    assert!(!cue_speaker(
        "Lawyers for the city filed papers opposing the plan.",
        "opposing"
    )
    .unwrap_or_default()
    .contains("filed"));
}

#[test]
fn a_poll_or_report_keeps_the_time_phrase_that_dates_it() {
    for (raw, cue, speaker) in [
        (
            "A university poll in January shows the senator ahead.",
            "shows",
            "A university poll in January",
        ),
        (
            "A Quinnipiac University poll this month found the race tied.",
            "found",
            "A Quinnipiac University poll this month",
        ),
        (
            "A survey by the organization in March found that most voters were undecided.",
            "found",
            "A survey by the organization in March",
        ),
        (
            "A Monmouth poll out Monday showed the senator ahead.",
            "showed",
            "A Monmouth poll out Monday",
        ),
    ] {
        assert_eq!(cue_speaker(raw, cue).as_deref(), Some(speaker), "{raw}");
    }
    // Near miss: a person's time phrase is no part of who speaks.
    assert_eq!(
        cue_speaker("The minister this week said the talks had failed.", "said").as_deref(),
        Some("The minister")
    );
}

/// A knowledge base that knows the invented lawmakers, so that the speaker
/// walk meets their mentions as it does on real news.
fn lawmakers_kb() -> sitrep_kb::Kb {
    const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ann-ferris\tperson\tAnn Ferris\t\tLEG\tsenator\t2020\t\tFerris
bo-diaz\tperson\tBo Diaz\t\tLEG\trepresentative\t2020\t\tDiaz
";
    let mut b = sitrep_kb::KbBuilder::default();
    b.add_actor_rows(sitrep_kb::parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

/// The speaker text and actor of the claim whose cue is `cue`, with
/// [`lawmakers_kb`].
fn known_speaker_of(raw: &str, cue: &str) -> Option<(String, String)> {
    let (text, claims) = common::claims_in(&lawmakers_kb(), raw);
    claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == cue)
        .map(|c| {
            (
                c.speaker.text.clone().unwrap_or_default(),
                c.speaker.actor.clone().unwrap_or_default(),
            )
        })
}

#[test]
fn a_party_and_state_after_a_lawmakers_name_stays_in_the_speaker() {
    let pair = |t: &str, a: &str| Some((t.to_string(), a.to_string()));
    assert_eq!(
        known_speaker_of(
            "Sen. Ann Ferris, R-Ky., told reporters that the polls could be off.",
            "told"
        ),
        pair("Sen. Ann Ferris, R-Ky.", "ann-ferris")
    );
    assert_eq!(
        known_speaker_of(
            "Rep. Bo Diaz, D-N.Y., said the vote would be close.",
            "said"
        ),
        pair("Rep. Bo Diaz, D-N.Y.", "bo-diaz")
    );
    // Near miss: a capitalized word that is no party tag stays out.
    assert_eq!(
        known_speaker_of(
            "Sen. Ann Ferris, Kentucky, told reporters that the polls could be off.",
            "told"
        ),
        pair("Sen. Ann Ferris", "ann-ferris")
    );
}
