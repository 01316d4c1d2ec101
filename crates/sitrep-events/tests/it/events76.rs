//! Session 55 (branch `events76`, issue #2): event roles left from session 54's probes. A
//! reported attack is read on its own, its doer not the one who reports it; an issued text's
//! participle keeps a gapped row of the issuing verb from spanning it. Invented sentences,
//! each with near misses.

use crate::common::{self, ids};

use sitrep_record::{EventRecord, EventType, Modality, Stance, Via, ViaRole};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Haifa
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|meto:Gaza
unga\tigo\tUN General Assembly\t\tIGO\t\t\t\tGeneral Assembly
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
unsc\tigo\tUN Security Council\t\tIGO\t\t\t\tSecurity Council
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

const DATE: &str = "2026-03-01";

fn events(text: &str) -> Vec<EventRecord> {
    KB.events(DATE, text)
}

/// The events of `text` read as `speaker` saying `content` with `cue`.
fn reported(text: &str, speaker: &str, cue: &str, content: &str) -> Vec<EventRecord> {
    KB.reported(DATE, text, speaker, cue, content)
}

#[test]
fn a_reported_attack_is_read_on_its_own() {
    // "report ... attack" (`-`, mode `head_only`) takes away only the reporter's reading: the
    // attack noun is still coded, its doer its modifier and its target its "on" phrase.
    for (text, speaker, doer, hit) in [
        (
            "Ukraine reported a Russian drone attack on Kyiv.",
            "UKR",
            "RUS",
            "UKR",
        ),
        (
            "Israel reported an Iranian missile attack on Haifa.",
            "ISR",
            "IRN",
            "ISR",
        ),
    ] {
        let content = &text[text.find(" a").unwrap() + 1..text.len() - 1];
        let evs = reported(text, speaker, "reported", content);
        let e = common::the_only(text, &evs, EventType::Assault);
        assert_eq!(e.source, ids(&[doer]), "{text}");
        assert_eq!(e.target, ids(&[hit]), "{text}");
    }
    // Near misses: with no doer named the reporter is still not the attacker ("report" is a
    // `witness` verb: an attack it records on its own side is not its own) ...
    let text = "Ukraine reported attacks on Kyiv.";
    let evs = reported(text, "UKR", "reported", "attacks on Kyiv");
    let e = common::event_by_trigger(&evs, "attacks", text);
    assert!(e.source.is_empty(), "{text}: {evs:#?}");
    // ... while an attack on another side that a body reports is its own act, as with
    // "confirmed strikes on Hezbollah targets".
    let text = "Ukraine reported strikes on Russian positions.";
    let evs = reported(text, "UKR", "reported", "strikes on Russian positions");
    let e = common::event_by_trigger(&evs, "strikes", text);
    assert_eq!(e.source, ids(&["UKR"]), "{text}: {evs:#?}");
}

#[test]
fn an_issued_texts_participle_is_no_object_of_a_gapped_row() {
    // "approve ... ceasefire" (AGREE) would span "a resolution calling for a": the participle
    // is the assembly's own act, a call for the ceasefire.
    let text = "The UN General Assembly approved a resolution calling for a ceasefire in Gaza.";
    let evs = events(text);
    assert!(
        common::of_type(&evs, EventType::Agree).is_empty(),
        "{text}: {evs:#?}"
    );
    let e = common::event_by_trigger(&evs, "calling for", text);
    assert_eq!(e.event_type, EventType::Request, "{text}");
    assert_eq!(e.source, ids(&["unga"]), "{text}");
    // Near misses: with no participle after the text the gapped row reads on ("approve ...
    // ceasefire" over the plain object), and a participle with no issued text before it
    // keeps its reading.
    let text = "Israel approved a ceasefire in Gaza.";
    let evs = events(text);
    let e = the_only_agree(text, &evs);
    assert_eq!(e.source, ids(&["ISR"]), "{text}");
}

fn the_only_agree(text: &str, evs: &[EventRecord]) -> EventRecord {
    common::the_only(text, evs, EventType::Agree)
}

#[test]
fn a_cue_told_according_to_someone_is_attributed() {
    // "…, according to two officials" after a speech verb: the claims stage keeps the verb as
    // the cue and the source as the claim's via; the act the cue names is what the source
    // tells, attributed.
    let text = "Iran warned Israel against an attack, according to two officials.";
    let mut claim = common::claim_at(
        text,
        "c1",
        Some("IRN"),
        "warned",
        "against an attack",
        Stance::Assert,
    );
    claim.via = vec![Via {
        actor: None,
        text: "two officials".into(),
        role: ViaRole::AccordingTo,
    }];
    let evs = KB.events_with(DATE, text, std::slice::from_ref(&claim));
    let e = the_only_threat(text, &evs);
    assert_eq!(e.modality, Modality::Attributed, "{text}");
    // Near misses: with no via, or a relaying one ("told Reuters"), the speaker's own act is
    // told by the text itself.
    claim.via.clear();
    let evs = KB.events_with(DATE, text, std::slice::from_ref(&claim));
    assert_eq!(the_only_threat(text, &evs).modality, Modality::Asserted);
    claim.via = vec![Via {
        actor: None,
        text: "Reuters".into(),
        role: ViaRole::Relay,
    }];
    let evs = KB.events_with(DATE, text, std::slice::from_ref(&claim));
    assert_eq!(the_only_threat(text, &evs).modality, Modality::Asserted);
}

fn the_only_threat(text: &str, evs: &[EventRecord]) -> EventRecord {
    common::the_only(text, evs, EventType::Threaten)
}

#[test]
fn the_act_in_an_answer_verbs_with_phrase_is_the_subjects() {
    // "responded with missile strikes": the answer is done by the answering subject.
    for text in [
        "Russia responded with missile strikes on Kyiv.",
        "Russia reacted with missile strikes on Kyiv.",
    ] {
        let evs = events(text);
        let e = common::event_by_trigger(&evs, "missile strikes", text);
        assert_eq!(e.source, ids(&["RUS"]), "{text}: {evs:#?}");
        assert_eq!(e.target, ids(&["UKR"]), "{text}: {evs:#?}");
    }
    // Near miss: a "with" phrase after another verb lends no subject.
    let text = "Russia is concerned with missile strikes on Kyiv.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.source != ids(&["RUS"])),
        "{text}: {evs:#?}"
    );
}

#[test]
fn troops_in_a_place_are_not_that_places() {
    // A plural force noun before "in" and a place: the place is where they are, not whose.
    for text in [
        "Troops in Syria detained dozens of students.",
        "Soldiers in Ukraine shelled the village.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter()
                .all(|e| e.source != ids(&["SYR"]) && e.source != ids(&["UKR"])),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a nationality names whose troops they are, and people of a place who are
    // no force stay the place's (the fallback subject).
    let text = "Russian troops in Syria detained dozens of students.";
    let evs = events(text);
    let e = common::the_only(text, &evs, EventType::Coerce);
    assert_eq!(e.source, ids(&["RUS"]), "{text}");
    let text = "Protesters in Syria attacked a police station.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.source == ids(&["SYR"])),
        "{text}: {evs:#?}"
    );
}

#[test]
fn an_act_answered_with_strikes_keeps_its_own_parties() {
    // The answer in the "with" phrase is no object folded into the act answered: two events,
    // the answered attack by its own doer, the strikes by the one who answers.
    let text = "Russia responded to the Ukrainian attack on Moscow with missile strikes on Kyiv.";
    let evs = events(text);
    let attack = common::event_by_trigger(&evs, "attack", text);
    assert_eq!(attack.source, ids(&["UKR"]), "{text}: {evs:#?}");
    assert_eq!(attack.target, ids(&["RUS"]), "{text}: {evs:#?}");
    let strikes = common::event_by_trigger(&evs, "missile strikes", text);
    assert_eq!(strikes.source, ids(&["RUS"]), "{text}: {evs:#?}");
    assert_eq!(strikes.target, ids(&["UKR"]), "{text}: {evs:#?}");
    // ... and the strikes' target is none of the act answered's.
    let text = "Russia responded to the Ukrainian attack with missile strikes on Kyiv.";
    let evs = events(text);
    let attack = common::event_by_trigger(&evs, "attack", text);
    assert!(attack.target.is_empty(), "{text}: {evs:#?}");
    // Near miss: with no answer verb the "with" phrase of an attack is still its own.
    let text = "Russia attacked Kyiv with missile strikes.";
    let evs = events(text);
    let e = common::the_only(text, &evs, EventType::Assault);
    assert_eq!(e.source, ids(&["RUS"]), "{text}");
    assert_eq!(e.target, ids(&["UKR"]), "{text}");
}

#[test]
fn who_obtains_a_release_did_not_free_anyone() {
    // An `obtaining_verb` ("secure", "win") takes the act of another party as its object: the
    // helper who secures a release is not the releaser, and the ones released ("of" object)
    // are its target, never its doer.
    for text in [
        "Egypt helped secure the release of Israeli hostages.",
        "Qatar secured the release of Israeli hostages.",
    ] {
        let evs = events(text);
        let e = common::the_only(text, &evs, EventType::Retreat);
        assert!(e.source.is_empty(), "{text}: {evs:#?}");
        assert_eq!(e.target, ids(&["ISR"]), "{text}");
    }
    // Near misses: who releases them is the doer, and a withdrawal's "of" object is still
    // who withdraws.
    let text = "Iran released Israeli hostages.";
    let e = common::the_only(text, &events(text), EventType::Retreat);
    assert_eq!(e.source, ids(&["IRN"]), "{text}");
    let text = "The withdrawal of Russian troops from Ukraine began on Monday.";
    let evs = events(text);
    let e = common::event_by_trigger(&evs, "withdrawal", text);
    assert_eq!(e.source, ids(&["RUS"]), "{text}: {evs:#?}");
}

#[test]
fn a_body_adopting_a_text_supports_no_one() {
    // "adopt ... resolution" (`-`): the generated SUPPORT row gave the council an act of
    // support with no one supported.
    let text = "The Security Council adopted a resolution.";
    let evs = events(text);
    assert!(
        common::of_type(&evs, EventType::Support).is_empty(),
        "{text}: {evs:#?}"
    );
    // Near miss: what the text says is still the council's act.
    let text = "The Security Council adopted a resolution condemning Russia.";
    let evs = events(text);
    assert!(
        common::of_type(&evs, EventType::Support).is_empty(),
        "{text}: {evs:#?}"
    );
    let e = common::the_only(text, &evs, EventType::Accuse);
    assert_eq!(e.source, ids(&["unsc"]), "{text}");
    assert_eq!(e.target, ids(&["RUS"]), "{text}");
}
