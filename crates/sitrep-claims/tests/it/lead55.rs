//! Session 55, the lead: speaker shapes from invented wire copy on the stories sitrep is for.
//! A patron or owner named in a reduced relative clause after the speaker's head ("Iraqi
//! militias backed by Iran") is not the speaker; an intransitive verb ("rallied", "arrived")
//! is a clause's verb, never a participle of a reduced relative, so an -ing cue after it and
//! its place speaks for the clause's subject. Invented sentences, the built-in KB; each rule
//! with a near miss.

use crate::common;

use common::{builtin_claim, builtin_speaker_actor, speaker_of_cue};

#[test]
fn a_patron_after_the_speakers_head_is_not_the_speaker() {
    for (sentence, cue, patron) in [
        (
            "Iraqi militias backed by Iran said they would continue their attacks.",
            "said",
            "IRN",
        ),
        (
            "Rebels supported by Turkey said they had captured the town.",
            "said",
            "TUR",
        ),
        (
            "A newspaper owned by the Saudi government reported that talks had resumed.",
            "reported",
            "SAUGOV",
        ),
        (
            "Militias loyal to Tehran warned Washington against further strikes.",
            "warned",
            "IRN",
        ),
    ] {
        let c = builtin_claim(sentence, cue);
        assert_ne!(c.speaker.actor.as_deref(), Some(patron), "{sentence}");
        assert_ne!(c.speaker.actor.as_deref(), Some("SAU"), "{sentence}");
        // The speaker's text keeps the whole phrase.
        let text = c.speaker.text.unwrap_or_default();
        assert!(
            text.contains(" by ") || text.contains(" to "),
            "{sentence}: {text}"
        );
    }
    // The head, when it names an actor, is the speaker.
    assert_eq!(
        builtin_speaker_actor(
            "Iraqi militias backed by Iran said they would continue their attacks.",
            "said"
        ),
        builtin_speaker_actor(
            "Iraqi militias said they would continue their attacks.",
            "said"
        ),
    );
    // Near misses: a name that is the head, or a "by" that is no patron's.
    assert_eq!(
        builtin_speaker_actor("Iran said the talks would resume.", "said").as_deref(),
        Some("IRN")
    );
    assert_eq!(
        builtin_speaker_actor(
            "The talks were hosted by Oman, the Iranian foreign ministry said.",
            "said"
        )
        .as_deref(),
        Some("IRNGOV")
    );
}

#[test]
fn an_ing_cue_after_an_intransitive_verb_speaks_for_the_clause_subject() {
    for (sentence, cue, speaker) in [
        (
            "Thousands of protesters rallied in Tel Aviv, saying the war must end.",
            "saying",
            "Thousands of protesters",
        ),
        (
            "The president arrived in Tehran, saying the war must end.",
            "saying",
            "The president",
        ),
        (
            "Thousands of protesters rallied in Tel Aviv demanding a hostage deal.",
            "demanding",
            "Thousands of protesters",
        ),
        (
            "The minister spoke at a rally in Ohio saying the economy was strong.",
            "saying",
            "The minister",
        ),
        (
            "Demonstrators marched through Tehran chanting slogans against the government.",
            "chanting",
            "Demonstrators",
        ),
    ] {
        assert_eq!(speaker_of_cue(sentence, cue), speaker, "{sentence}");
    }
    // Near misses: a participle with a passive still opens a reduced relative
    // ("Officials based in Tehran"), and a verb that takes an object keeps it.
    assert_eq!(
        speaker_of_cue("Officials based in Tehran said the war must end.", "said"),
        "Officials based in Tehran"
    );
    assert_eq!(
        speaker_of_cue(
            "Reporters gathered in the lobby said the doors were shut.",
            "said"
        ),
        "Reporters gathered in the lobby"
    );
}

#[test]
fn a_medium_setting_that_closes_the_content_is_no_part_of_it() {
    for (sentence, cue, content) in [
        (
            "Hezbollah denied any involvement in the attack, in a statement carried by its \
             Al-Manar television.",
            "denied",
            "any involvement in the attack",
        ),
        (
            "Hamas said it had accepted the proposal, in a statement posted on Telegram.",
            "said",
            "it had accepted the proposal",
        ),
        (
            "Israel said it had struck Hezbollah targets, in a statement on X.",
            "said",
            "it had struck Hezbollah targets",
        ),
        (
            "Netanyahu said the war would continue, in an interview with Fox News.",
            "said",
            "the war would continue",
        ),
    ] {
        let c = builtin_claim(sentence, cue);
        assert_eq!(c.content.text, content, "{sentence}");
    }
    // The carrier named after "by" relays the words.
    let c = builtin_claim(
        "The ministry said the strike killed 12 people, in a statement published by the state \
         news agency IRNA.",
        "said",
    );
    assert!(
        c.via
            .iter()
            .any(|v| v.actor.as_deref() == Some("irna") && v.role == sitrep_record::ViaRole::Relay),
        "{:?}",
        c.via
    );
    // Near misses: a place in the content itself, and a medium that is what
    // was said about ("in a statement" with no comma stays as it was).
    let c = builtin_claim(
        "The minister said the talks were held in Oman, in the capital.",
        "said",
    );
    assert_eq!(
        c.content.text,
        "the talks were held in Oman, in the capital"
    );
}

#[test]
fn a_quoted_party_speaks_and_the_quoting_outlet_relays() {
    for (sentence, speaker, outlet) in [
        (
            "Reuters quoted an Iranian official as saying the talks would resume.",
            "an Iranian official",
            "reuters",
        ),
        (
            "IRNA quoted Araghchi as saying that Iran was ready.",
            "Araghchi",
            "irna",
        ),
    ] {
        // The quoting verb's claim stays, the chain's outer link.
        let outer = builtin_claim(sentence, "quoted");
        assert_eq!(outer.speaker.actor.as_deref(), Some(outlet), "{sentence}");
        let c = builtin_claim(sentence, "saying");
        assert_eq!(c.speaker.text.as_deref(), Some(speaker), "{sentence}");
        assert!(
            c.via
                .iter()
                .any(|v| v.actor.as_deref() == Some(outlet)
                    && v.role == sitrep_record::ViaRole::Relay),
            "{sentence}: {:?}",
            c.via
        );
    }
    // Near misses: the passive keeps its subject, and a quoted document with
    // no "as" is the object of the quoting verb.
    assert_eq!(
        speaker_of_cue("He was quoted as saying the talks had failed.", "saying"),
        "He"
    );
    let c = builtin_claim(
        "The newspaper quoted a letter in which he wrote that he would resign.",
        "quoted",
    );
    assert_eq!(c.speaker.text.as_deref(), Some("The newspaper"));
}
