//! Session 33 (branch `events35`, issue #2): acts named back by a definite noun. A reaction
//! whose object names an act the story told before ("condemned the strike", "welcomed the
//! truce", "rejected that demand") is aimed at that act's doers, or at every other party of a
//! joint act; a verb of the same type whose subject is such a noun ("the strike had killed")
//! is done by the act's doers; with no earlier act of the noun's kind nothing is guessed.
//! Invented sentences.

use crate::common;

use common::{event_by_trigger, ids, the_only};
use sitrep_record::{EventRecord, EventType};

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(common::WORLD_ACTORS, ROLES, "2025-09-09");

/// The events of `text` with one claim: `speaker` says `content` with `cue`.
fn reported(text: &str, speaker: &str, cue: &str, content: &str) -> Vec<EventRecord> {
    KB.reported("2025-09-09", text, speaker, cue, content)
}

#[test]
fn a_reaction_to_an_act_told_before_is_aimed_at_its_doers() {
    for (text, trigger, source, target) in [
        (
            "Russia fired missiles at Kyiv on Monday. Turkey condemned the attack.",
            "condemned the attack",
            "TUR",
            "RUS",
        ),
        (
            "Russian forces shelled Kharkiv overnight. Turkey denounced the shelling as a crime.",
            "denounced",
            "TUR",
            "RUS",
        ),
        (
            "Israeli jets bombed targets near Damascus. Iran condemned the latest air strikes.",
            "condemned",
            "IRN",
            "ISR",
        ),
    ] {
        let evs = events(text);
        let reaction = event_by_trigger(&evs, trigger, text);
        assert_eq!(reaction.event_type, EventType::Accuse, "{text}: {evs:#?}");
        assert_eq!(reaction.source, ids(&[source]), "{text}: {evs:#?}");
        assert_eq!(reaction.target, ids(&[target]), "{text}: {evs:#?}");
    }
}

#[test]
fn welcoming_a_joint_act_is_aimed_at_its_other_parties() {
    let text = "Israel and Hezbollah agreed to a ceasefire on Tuesday. Turkey welcomed the truce.";
    let evs = events(text);
    let welcome = event_by_trigger(&evs, "welcomed", text);
    assert_eq!(welcome.source, ids(&["TUR"]), "{evs:#?}");
    assert_eq!(welcome.target, ids(&["ISR", "hezbollah"]), "{evs:#?}");
    // One of the parties approving the deal approves it toward the other.
    let text = "Israel and Hezbollah agreed to a ceasefire on Tuesday. The Israeli cabinet approved the deal.";
    let evs = events(text);
    let approval = the_only(text, &evs, EventType::Support);
    assert_eq!(approval.target, ids(&["hezbollah"]), "{evs:#?}");
}

/// A broker named as a hyphenated qualifier ("a Turkish-brokered deal") is no party to
/// the deal: the deal is no act of the broker's, and a reaction to the truce is aimed at
/// the parties, not at the broker (lead, session 33).
#[test]
fn a_broker_named_before_the_deal_is_no_party_to_it() {
    let text =
        "Israel and Hezbollah agreed to a ceasefire on Tuesday under a Turkish-brokered deal. \
                Iran welcomed the truce.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.source.contains(&"TUR".to_string())),
        "{evs:#?}"
    );
    let welcome = event_by_trigger(&evs, "welcomed", text);
    assert_eq!(welcome.target, ids(&["ISR", "hezbollah"]), "{evs:#?}");
    // Near miss: a state that brokers the deal with a verb still mediates.
    let text = "Turkey brokered a deal between Russia and Ukraine.";
    let evs = events(text);
    let mediation = event_by_trigger(&evs, "brokered", text);
    assert_eq!(mediation.source, ids(&["TUR"]), "{evs:#?}");
}

#[test]
fn a_demonstrative_that_before_a_demand_names_the_demand_back() {
    let text = "The United States demanded that Iran halt enrichment. Iran rejected that demand on Sunday.";
    let evs = events(text);
    let rejection = the_only(text, &evs, EventType::Reject);
    assert_eq!(rejection.source, ids(&["IRN"]), "{evs:#?}");
    assert_eq!(rejection.target, ids(&["USA"]), "{evs:#?}");
}

#[test]
fn a_definite_act_no_earlier_event_matches_gives_no_target() {
    for text in [
        "Turkey condemned the attack on Monday.",
        "Syria welcomed the decision on Tuesday.",
        // The earlier act is of another kind: a meeting is no attack.
        "Putin met Erdogan in Ankara on Monday. Ukraine condemned the attack.",
    ] {
        let evs = events(text);
        let reaction = evs
            .iter()
            .find(|e| matches!(e.event_type, EventType::Accuse | EventType::Support))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert!(reaction.target.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn an_act_named_back_as_a_subject_is_done_by_its_doers() {
    let text = "Russian troops attacked the village. The attack killed 40 civilians, Ukraine said.";
    let claims_text = "The attack killed 40 civilians";
    let evs = reported(text, "UKR", "said", claims_text);
    let killing = event_by_trigger(&evs, "killed 40 civilians", text);
    assert_eq!(killing.event_type, EventType::Assault, "{evs:#?}");
    assert_eq!(killing.source, ids(&["RUS"]), "{evs:#?}");
    // Near miss: a participle after its noun is a reduced relative, and an
    // act of another type says nothing of who did it.
    let text = "Israel and Hezbollah agreed to a ceasefire. Turkey said the ceasefire would restore normal relations.";
    let evs = reported(
        text,
        "TUR",
        "said",
        "the ceasefire would restore normal relations",
    );
    for e in &evs {
        assert!(
            e.event_type == EventType::Agree || e.source != ids(&["ISR", "hezbollah"]),
            "{evs:#?}"
        );
    }
}
