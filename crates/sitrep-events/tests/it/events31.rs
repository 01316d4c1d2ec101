//! Event rules of branch events31 (session 19, probe20's ranked list): a possible hostile
//! act that opens a reported clause as its subject ("said an attack on Taiwan could
//! threaten Japan") is no act of the speaker's; whom a condemned hostile act hit
//! ("condemned the strikes on Iran") is no target of the condemnation; a call "with X" that
//! frames a clause's act ("raised the issue in a phone call with Putin") is the subject's.

use crate::common;

use common::{claim_at, event_by_trigger as event, ids, the_only};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
TWN\tcountry\tTaiwan\tTWN\t\t\t\t\tadj:Taiwanese|meto:Taipei
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
recep-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, common::OFFICIALS);

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2025-11-20", text, claims)
}

/// The events of `text`, read as one claim of `speaker` with cue "said" and `content`.
fn said(text: &str, speaker: &str, content: &str) -> Vec<EventRecord> {
    let claim = claim_at(text, "c1", Some(speaker), "said", content, Stance::Assert);
    events_with(text, &[claim])
}

#[test]
fn a_possible_hostile_act_as_the_reported_subject_is_not_the_speakers() {
    for (text, trigger, content, target) in [
        (
            "Japan said an attack on Taiwan could threaten its survival.",
            "attack",
            "an attack on Taiwan could threaten its survival",
            "TWN",
        ),
        (
            "Iran said any strike on Qatar would trigger a regional war.",
            "strike",
            "any strike on Qatar would trigger a regional war",
            "QAT",
        ),
    ] {
        let speaker = if text.starts_with("Japan") {
            "JPN"
        } else {
            "IRN"
        };
        let evs = said(text, speaker, content);
        let e = event(&evs, trigger, text);
        assert!(e.source.is_empty(), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&[target]), "{text}: {e:#?}");
    }
    // Near misses: the speaker's own ("its") strikes, and a verb that only says the
    // event will happen, stay the speaker's acts.
    for (text, trigger, content) in [
        (
            "Israel said its strikes on Iran would intensify.",
            "strikes",
            "its strikes on Iran would intensify",
        ),
        (
            "Israel said new strikes on Iran would follow.",
            "strikes",
            "new strikes on Iran would follow",
        ),
    ] {
        let evs = said(text, "ISR", content);
        let e = event(&evs, trigger, text);
        assert_eq!(e.source, ids(&["ISR"]), "{text}: {e:#?}");
    }
}

#[test]
fn the_victim_of_a_condemned_act_is_not_the_condemnations_target() {
    for text in [
        "Egypt condemned the strikes on Iran.",
        "Egypt condemned the air strikes on Qatar.",
    ] {
        let evs = KB.events("2025-11-20", text);
        let e = the_only(text, &evs, EventType::Accuse);
        assert_eq!(e.source, ids(&["EGY"]), "{text}: {e:#?}");
        assert!(e.target.is_empty(), "{text}: {e:#?}");
    }
    // Near misses: the act's named doer, and a plain object, are the target.
    for (text, target) in [
        ("Egypt condemned Israel's strikes on Iran.", "ISR"),
        ("Egypt condemned Israel over the strikes.", "ISR"),
    ] {
        let evs = KB.events("2025-11-20", text);
        let e = the_only(text, &evs, EventType::Accuse);
        assert_eq!(e.target, ids(&[target]), "{text}: {e:#?}");
    }
}

#[test]
fn a_call_framing_the_clauses_act_is_held_by_its_subject() {
    for text in [
        "Erdogan raised the issue in a phone call with Putin on Monday.",
        "Erdogan breached the rules during a phone call with Putin.",
    ] {
        let evs = KB.events("2025-11-20", text);
        let e = event(&evs, "phone call", text);
        assert_eq!(e.source, ids(&["recep-erdogan"]), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&["vladimir-putin"]), "{text}: {e:#?}");
    }
    // Near miss: a passive clause names no caller; none is made up.
    let text = "The issue was raised in a phone call with Putin.";
    let evs = KB.events("2025-11-20", text);
    let e = event(&evs, "phone call", text);
    assert!(e.source.is_empty(), "{text}: {e:#?}");
}
