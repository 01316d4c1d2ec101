//! Event arguments and modality from the hand-judged errors of probe25 (session 25, branch
//! events27), each rule with a near miss that keeps the old reading: a finite verb after "and"
//! joins the finite predicate before it, not a gerund or infinitive inside that predicate's
//! object ("has accused X of preparing an invasion and has called up volunteers"); "it" is
//! never a person, so a person as the last subject leaves it unresolved; an abbreviation in
//! brackets closes the antecedent of "who"; a passive participle of planning after an event
//! noun ("talks had been scheduled") and a passive infinitive ("an agreement, to be signed")
//! put the event ahead (future).

mod common;

use common::{event_by_trigger as event, ids};
use sitrep_record::{EventType, Modality};

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-10-01");

/// A table with an armed group known by its abbreviation.
const GROUPS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
ttp\tarmed_group\tTehreek-e-Taliban Pakistan\tPAK\tREB\t\t\t\tabbr:TTP
";

static GROUP_KB: common::InlineKb = common::InlineKb::new(GROUPS, common::OFFICIALS);

#[test]
fn a_finite_verb_after_and_skips_a_gerund_inside_the_first_object() {
    let text = "Erdogan has accused Israel of preparing an invasion and has called up reservists.";
    let evs = events(text);
    let e = event(&evs, "called up", text);
    assert_eq!(e.source, ids(&["recep-tayyip-erdogan"]), "{evs:#?}");

    // "and held X responsible" after "called on Y to condemn": the caller holds.
    let text =
        "Turkey called on Russia to halt the strikes, and held Iran responsible for the war.";
    let evs = events(text);
    let e = event(&evs, "held Iran responsible", text);
    assert_eq!(e.source, ids(&["TUR"]), "{evs:#?}");
    assert_eq!(e.target, ids(&["IRN"]), "{evs:#?}");

    // Near miss: the gerund coordinated with the gerund stays the object's act.
    let text = "Erdogan accused Israel of preparing an invasion and of calling up reservists.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| e.trigger.text != "calling up" || e.source == ids(&["ISR"])),
        "{evs:#?}"
    );
    let text = "Erdogan accused Israel of preparing an invasion and calling up reservists.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.trigger.text != "calling up"
            || !e.source.contains(&"recep-tayyip-erdogan".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn it_is_never_a_person_last_subject() {
    let text = "Erdogan warned that thousands of people remained trapped. The war broke out in 2023. It has killed tens of thousands of Syrians.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| e.event_type != EventType::Assault || e.source.is_empty()),
        "{evs:#?}"
    );

    // Near miss: a group as the last subject is "it".
    let text = "Hezbollah fired rockets at Israel on Monday. It has killed ten Israeli soldiers.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "killed", text).source,
        ids(&["hezbollah"]),
        "{evs:#?}"
    );
}

#[test]
fn who_after_a_bracketed_abbreviation_stands_for_the_group() {
    let text = "Pakistan accuses Afghanistan of sheltering fighters of the Tehreek-e-Taliban Pakistan (TTP), who have killed hundreds of Pakistani troops.";
    let evs = GROUP_KB.events("2025-10-01", text);
    let e = event(&evs, "killed", text);
    assert_eq!(e.source, ids(&["ttp"]), "{evs:#?}");

    // Near miss: without brackets the antecedent was found already.
    let text = "Pakistan accuses Afghanistan of sheltering the Tehreek-e-Taliban Pakistan, who have killed hundreds of Pakistani troops.";
    let evs = GROUP_KB.events("2025-10-01", text);
    assert_eq!(
        event(&evs, "killed", text).source,
        ids(&["ttp"]),
        "{evs:#?}"
    );
}

#[test]
fn a_scheduled_event_noun_is_future() {
    for text in [
        "Talks between Iran and the United States had been scheduled for Sunday.",
        "Talks between Iran and the United States are slated for next week.",
    ] {
        let evs = events(text);
        let e = event(&evs, "Talks", text);
        assert_eq!(e.modality, Modality::Future, "{text}: {evs:#?}");
    }
    // Near miss: talks that were held happened.
    let text = "Talks between Iran and the United States had been held on Sunday.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "Talks", text).modality,
        Modality::Asserted,
        "{evs:#?}"
    );
}

#[test]
fn a_passive_infinitive_is_a_plan() {
    let text =
        "Iran and Israel will begin negotiations on a peace agreement, to be signed next month.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "signed", text).modality,
        Modality::Future,
        "{evs:#?}"
    );
    // Near miss: a participle of a past signing.
    let text = "Iran and Israel began negotiations on a peace agreement, signed last month.";
    let evs = events(text);
    assert_eq!(
        event(&evs, "signed", text).modality,
        Modality::Asserted,
        "{evs:#?}"
    );
}
