//! Argument and modality mends of branch events27 (session 17), each with a near miss that keeps
//! the old reading: a meeting of several doers whose only other name is where it takes place is
//! among them, even when the doers come late through an impersonal claim ("delegations were
//! expected to meet in Istanbul"); "alleged that" accuses whom the allegation names ("claimed"
//! does not: one claims one's own acts); a future act no one is named to do is no one's
//! intention, so no PLOVER AGREE or THREATEN ("hoped the officials would be indicted"); a "by"
//! phrase after the "of" object of a passive participle names who did the participle's act
//! ("had been informed of the strike in advance by Qatar"), not the noun's doer; a request aimed
//! at a noun phrase that is no actor ("called on the international community to stop Israeli
//! attacks"), nor an accusation of such a phrase ("accused the three leaders of conspiring against
//! Turkey"), at the charged act's parties; an event after "including" is a part of
//! the same-type event before it, by its doers ("sanctions on Russia, including a ban on imports");
//! "be/pose a threat to" characterises, it makes no threat (events-filter.tsv context rows); a
//! force sent "to X to help" (the `assist` class) is not aimed at X.

use crate::common;

use common::of_type;
use common::{by_trigger, claim_at, event_by_trigger as event, ids};
use sitrep_events::plover_coding;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
eu\tigo\tEuropean Union\t\t\t\t\t\tabbr:EU
RWA\tcountry\tRwanda\tRWA\t\t\t\t\tadj:Rwandan|meto:Kigali
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara|place:Istanbul
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2025-09-01", text, claims)
}

/// "were expected to meet in Istanbul": sitrep-claims reads "were expected" as an impersonal
/// cue whose content is "meet in Istanbul".
fn expected_meeting(text: &str) -> Vec<EventRecord> {
    let claim = claim_at(
        text,
        "c1",
        None,
        "were expected",
        "meet in Istanbul",
        Stance::Assert,
    );
    events_with(text, &[claim])
}

#[test]
fn a_meeting_in_a_city_is_among_its_late_found_doers() {
    let text = "The strike came a day before Russian and Ukrainian delegations were expected to meet in Istanbul.";
    let e = event(&expected_meeting(text), "meet", text).clone();
    assert_eq!(e.source, ids(&["RUS", "UKR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["RUS", "UKR"]), "{e:#?}");
}

#[test]
fn a_state_named_as_a_party_stays_the_target_of_a_meeting() {
    // Near miss: Turkey is named as a party too, not only as the place.
    let text = "Russian and Ukrainian delegations were expected to meet Turkey in Istanbul.";
    let claim = claim_at(
        text,
        "c1",
        None,
        "were expected",
        "meet Turkey in Istanbul",
        Stance::Assert,
    );
    let e = event(&events_with(text, &[claim]), "meet", text).clone();
    assert_eq!(e.target, ids(&["TUR"]), "{e:#?}");
}

fn events(text: &str) -> Vec<EventRecord> {
    events_with(text, &[])
}

#[test]
fn alleging_anothers_act_accuses_them() {
    let text = "Rwanda alleged that France had helped plan the killings.";
    let e = event(&events(text), "alleged", text).clone();
    assert_eq!(e.event_type, EventType::Accuse, "{e:#?}");
    assert_eq!(e.source, ids(&["RWA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["FRA"]), "{e:#?}");
}

#[test]
fn an_alleged_act_is_no_accusation() {
    // Near miss: "alleged" before its noun only qualifies it.
    let text = "France condemned the alleged attack on its embassy in Kigali.";
    let evs = events(text);
    assert!(by_trigger(&evs, "alleged").is_none(), "{evs:#?}");
}

#[test]
fn a_future_act_without_a_doer_is_no_plover_event() {
    let text = "French officials will soon be indicted.";
    let e = event(&events(text), "indicted", text).clone();
    assert_eq!(e.modality, Modality::Future, "{e:#?}");
    assert!(e.source.is_empty(), "{e:#?}");
    assert_eq!(plover_coding(&e), None, "{e:#?}");
}

#[test]
fn a_future_act_with_a_doer_is_a_threat() {
    // Near miss: a named doer's future act of force is its threat.
    let text = "Rwanda will arrest the French officials.";
    let e = event(&events(text), "arrest", text).clone();
    assert_eq!(e.modality, Modality::Future, "{e:#?}");
    assert_eq!(plover_coding(&e), Some(EventType::Threaten), "{e:#?}");
}

#[test]
fn by_after_an_informed_of_object_is_the_informer() {
    let text = "The president had been informed of the strike in advance by Qatar.";
    let evs = events(text);
    let strike = by_trigger(&evs, "strike");
    assert!(
        strike.is_none_or(|e| !e.source.contains(&"QAT".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn by_after_an_event_nouns_own_phrase_is_its_doer() {
    // Near miss: the "by" phrase of the noun itself, with no participle before it.
    let text = "The strike in Doha by Israel was the first of its kind.";
    let e = event(&events(text), "strike", text).clone();
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
}

#[test]
fn a_request_to_an_unnamed_addressee_has_no_target() {
    let text = "Lebanon called on the international community to stop Israeli attacks.";
    let e = event(&events(text), "called on", text).clone();
    assert_eq!(e.source, ids(&["LBN"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_request_to_a_named_addressee_targets_it() {
    // Near miss: the addressee is an actor.
    let text = "Lebanon called on Israel to stop its attacks.";
    let e = event(&events(text), "called on", text).clone();
    assert_eq!(e.target, ids(&["ISR"]), "{e:#?}");
}

#[test]
fn a_part_after_including_is_done_by_the_wholes_doers() {
    let text = "The European Union imposed sanctions on Russia, including a ban on imports of Russian gas.";
    let evs = events(text);
    let sanctions = of_type(&evs, EventType::Sanction);
    assert!(!sanctions.is_empty(), "{evs:#?}");
    assert!(
        sanctions.iter().all(|e| e.source == ids(&["eu"])),
        "{evs:#?}"
    );
}

#[test]
fn a_part_with_no_earlier_whole_keeps_no_doer() {
    // Near miss: nothing of its type before "including" to be part of.
    let text = "Russia faces new measures, including a ban on imports of Russian gas.";
    let evs = events(text);
    let ban = of_type(&evs, EventType::Sanction);
    assert!(ban.iter().all(|e| e.source.is_empty()), "{evs:#?}");
}

#[test]
fn an_accusation_of_an_unnamed_party_has_no_target() {
    let text = "France accused the three leaders of conspiring against Turkey.";
    let e = event(&events(text), "accused", text).clone();
    assert_eq!(e.source, ids(&["FRA"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn an_accusation_of_a_named_party_targets_it() {
    // Near miss: the accused is an actor.
    let text = "France accused Rwanda of conspiring against Turkey.";
    let e = event(&events(text), "accused", text).clone();
    assert_eq!(e.target, ids(&["RWA"]), "{e:#?}");
}

#[test]
fn being_a_threat_is_no_threat_made() {
    for text in [
        "Rwanda is an existential threat to France.",
        "Rwanda poses a threat to France.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_threat_made_stays_a_threat() {
    // Near miss: the noun names a threat someone made.
    let text = "Rwanda repeated its threat to France.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
}

#[test]
fn troops_sent_to_help_are_not_aimed_at_the_host() {
    let text = "Rwanda will send 200 troops to Qatar to help monitor the truce.";
    let evs = events(text);
    let sent = of_type(&evs, EventType::Mobilize);
    assert_eq!(sent.len(), 1, "{evs:#?}");
    assert!(sent[0].target.is_empty(), "{evs:#?}");
}

#[test]
fn troops_sent_to_a_state_are_aimed_at_it() {
    // Near miss: no helping purpose after the destination.
    let text = "Rwanda will send 200 troops to Qatar.";
    let evs = events(text);
    let sent = of_type(&evs, EventType::Mobilize);
    assert_eq!(sent.len(), 1, "{evs:#?}");
    assert_eq!(sent[0].target, ids(&["QAT"]), "{evs:#?}");
}
