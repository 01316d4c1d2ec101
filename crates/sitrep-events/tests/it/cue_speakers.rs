//! A trigger that is itself a claim's cue ("demanded", "called for",
//! "accused") is the act of that claim's speaker: "Germany said Russia had
//! hacked its networks and demanded an explanation" is Germany's demand of
//! Russia, not Russia's. The claims here stand in for what sitrep-claims
//! finds. Near misses keep their reading: a coordinated verb inside the
//! reported content, a subject list, a new subject after "and", and a
//! speaker the event is aimed at. A cue whose speaker has no actor takes
//! no reported actor as its doer either.

use crate::common;

use common::{claim_at, ids, of_type};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
forces\tMIL\tgroup
troops\tMIL\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2026-11-20", text, claims)
}

fn said_and(
    text: &str,
    speaker: Option<&str>,
    reported: &str,
    cue: &str,
    asked: &str,
) -> Vec<ClaimRecord> {
    vec![
        claim_at(text, "c1", speaker, "said", reported, Stance::Assert),
        claim_at(text, "c2", speaker, cue, asked, Stance::Assert),
    ]
}

#[test]
fn a_demand_after_a_report_is_the_speakers_aimed_at_the_reported_actor() {
    let text = "Germany said Russia had hacked its networks and demanded an explanation.";
    let claims = said_and(
        text,
        Some("DEU"),
        "Russia had hacked its networks",
        "demanded",
        "an explanation",
    );
    let evs = events_with(text, &claims);
    let r = of_type(&evs, EventType::Request);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].source, ids(&["DEU"]), "{evs:#?}");
    assert_eq!(r[0].target, ids(&["RUS"]), "{evs:#?}");
    // The reported act keeps its own doer.
    let hack = evs.iter().find(|e| e.trigger.text.starts_with("hacked"));
    assert_eq!(
        hack.map(|e| e.source.clone()),
        Some(ids(&["RUS"])),
        "{evs:#?}"
    );
}

#[test]
fn a_call_after_a_report_of_a_seizure_is_the_speakers() {
    let text = "Washington said Iranian forces had seized the tanker and called for its release.";
    let claims = said_and(
        text,
        Some("USA"),
        "Iranian forces had seized the tanker",
        "called for",
        "its release",
    );
    let evs = events_with(text, &claims);
    let r = of_type(&evs, EventType::Request);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].source, ids(&["USA"]), "{evs:#?}");
    assert!(
        r[0].target.iter().all(|a| a.starts_with("IRN")) && !r[0].target.is_empty(),
        "{evs:#?}"
    );
}

#[test]
fn an_accusation_without_a_subject_actor_is_its_speakers() {
    let text = "The minister also accused Israel of violating Lebanese airspace.";
    let content = "Israel of violating Lebanese airspace";
    let claims = [claim_at(
        text,
        "c1",
        Some("LBN"),
        "accused",
        content,
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    let a = of_type(&evs, EventType::Accuse);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["LBN"]), "{evs:#?}");
    assert_eq!(a[0].target, ids(&["ISR"]), "{evs:#?}");

    // A speaker with no actor gives none.
    let claims = [claim_at(
        text,
        "c1",
        None,
        "accused",
        content,
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    let a = of_type(&evs, EventType::Accuse);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert!(a[0].source.is_empty(), "{evs:#?}");
}

#[test]
fn a_cue_whose_speaker_has_no_actor_gives_the_reported_actor_no_act() {
    // The call is the ministry's, a speaker with no actor: the forces
    // inside what it reported did not call for anything.
    let text = "The ministry said Iranian forces had attacked the ship and called for an inquiry.";
    let claims = said_and(
        text,
        None,
        "Iranian forces had attacked the ship",
        "called for",
        "an inquiry",
    );
    let evs = events_with(text, &claims);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Request
            || !e.source.iter().any(|a| a.starts_with("IRN"))),
        "{evs:#?}"
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert!(
        attacks[0].source.iter().any(|a| a.starts_with("IRN")),
        "{evs:#?}"
    );
    // Near miss: a cue whose subject is outside any reported content keeps
    // that subject.
    let text = "Iranian forces seized the ship and called for an inquiry.";
    let claims = vec![claim_at(
        text,
        "c1",
        None,
        "called for",
        "an inquiry",
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    let calls = of_type(&evs, EventType::Request);
    assert_eq!(calls.len(), 1, "{evs:#?}");
    assert!(
        calls[0].source.iter().any(|a| a.starts_with("IRN")),
        "{evs:#?}"
    );
}

#[test]
fn a_speaker_the_event_is_aimed_at_is_a_misread_pronoun() {
    // "He" resolved to the very actor he urges: not Beijing urging itself.
    let text = "He urged Beijing to lift the tariffs.";
    let claims = [claim_at(
        text,
        "c1",
        Some("CHN"),
        "urged",
        "Beijing to lift the tariffs",
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    let r = of_type(&evs, EventType::Request);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert!(r[0].source.is_empty(), "{evs:#?}");
    assert_eq!(r[0].target, ids(&["CHN"]), "{evs:#?}");
}

#[test]
fn verbs_that_are_no_cues_keep_their_subjects() {
    // Both verbs inside the reported content: the speaker's own acts.
    let text = "Iran said it attacked the ship and seized its crew.";
    let content = "it attacked the ship and seized its crew";
    let claims = [claim_at(
        text,
        "c1",
        Some("IRN"),
        "said",
        content,
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    assert!(evs.len() >= 2, "{evs:#?}");
    for e in &evs {
        assert_eq!(e.source, ids(&["IRN"]), "{evs:#?}");
    }

    // A subject list shares both verbs.
    let text = "Israel and Hamas agreed to a ceasefire and exchanged prisoners.";
    let evs = events_with(text, &[]);
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_eq!(agree[0].source, ids(&["ISR", "hamas"]), "{evs:#?}");

    // A new subject after "and" is the cue's speaker, not the attacker.
    let text = "Russia attacked and Ukraine responded with drones.";
    let claims = [claim_at(
        text,
        "c1",
        Some("UKR"),
        "responded",
        "with drones",
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    let hit = of_type(&evs, EventType::Assault);
    assert_eq!(hit.len(), 1, "{evs:#?}");
    assert_eq!(hit[0].source, ids(&["RUS"]), "{evs:#?}");
}
