//! Event rules of branch events32 (session 20, issue #2: rules that generalise): a yes-no
//! question reports no act; a receiver with no giver named is the aid's target; aid to the
//! giver's own activity is no AID; the side a nationality adjective or name gives the
//! antecedent of "that" is the relative clause's doer; the same act by the same doers told
//! again in a sentence with no target is no second event; approving one's own plan is no
//! SUPPORT; a time limit set on another ("gave Iran two months to") is an ultimatum.

use crate::common;

use common::{claim_at, event_by_trigger as event, ids, of_type, the_only};
use sitrep_record::{EventType, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:American|meto:Washington
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
SDN\tcountry\tSudan\tSDN\t\t\t\t\tadj:Sudanese|meto:Khartoum
hezbollah\torganization\tHezbollah\tLBN\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
rebels\tREB\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-06-01");

#[test]
fn a_yes_no_question_reports_no_act() {
    for text in [
        "Will Iran attack Israel again?",
        "Is Israel planning to strike Iran?",
        "Q: Are you ready to talk to Washington again?",
        "But will Russia withdraw its troops from Ukraine?",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a question word asks about an act taken as done, and a
    // statement ending in a quoted question reports its own act.
    for (text, trigger) in [
        ("Why did Israel strike Iran on Friday?", "strike"),
        (
            "Israel struck Iran on Friday, and analysts asked: \"Will Tehran respond?\"",
            "struck",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.source, ids(&["ISR"]), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&["IRN"]), "{text}: {e:#?}");
    }
}

#[test]
fn a_receiver_with_no_giver_named_is_the_aids_target() {
    for text in [
        "Moscow had received shipments of missiles.",
        "Ukraine received weapons last month.",
    ] {
        let evs = events(text);
        let e = the_only(text, &evs, EventType::Aid);
        assert!(e.source.is_empty(), "{text}: {e:#?}");
        let receiver = if text.starts_with("Moscow") {
            "RUS"
        } else {
            "UKR"
        };
        assert_eq!(e.target, ids(&[receiver]), "{text}: {e:#?}");
    }
    // The giver named in the object ("American weapons") is the doer.
    let text = "Ukraine received American weapons.";
    let evs = events(text);
    let e = the_only(text, &evs, EventType::Aid);
    assert_eq!(e.source, ids(&["USA"]), "{text}: {e:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{text}: {e:#?}");
    // Near miss: a "from" phrase names the giver, as before.
    let text = "Moscow had received shipments of missiles from Iran.";
    let evs = events(text);
    let e = the_only(text, &evs, EventType::Aid);
    assert_eq!(e.source, ids(&["IRN"]), "{text}: {e:#?}");
    assert_eq!(e.target, ids(&["RUS"]), "{text}: {e:#?}");
}

#[test]
fn aid_to_the_givers_own_activity_is_no_aid() {
    for text in [
        "Iran uses its oil revenue to fund its destabilizing activities.",
        "Russian oil sales were funding Moscow's war.",
        "China will finance its own defence build-up.",
    ] {
        let evs = events(text);
        assert!(of_type(&evs, EventType::Aid).is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: another's army, and a receiver named, are aid.
    for (text, source, target) in [
        ("Washington is funding Ukraine's army.", "USA", "UKR"),
        ("Iran funds Hezbollah.", "IRN", "hezbollah"),
    ] {
        let evs = events(text);
        let e = the_only(text, &evs, EventType::Aid);
        assert_eq!(e.source, ids(&[source]), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&[target]), "{text}: {e:#?}");
    }
}

#[test]
fn the_side_of_the_antecedent_of_that_is_the_relative_clauses_doer() {
    for (text, source) in [
        (
            "Washington sanctioned Chinese firms that supplied Russia with drones.",
            "CHN",
        ),
        (
            "The sanctions target the Iranian firms that supplied Russia with drones.",
            "IRN",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, "supplied", text);
        assert_eq!(e.source, ids(&[source]), "{text}: {e:#?}");
        assert_eq!(e.target, ids(&["RUS"]), "{text}: {e:#?}");
    }
    // Near misses: "that" after a prepositional object may stand for the
    // act before it, and a hyphenated qualifier names a patron, not the
    // antecedent.
    for (text, trigger, not) in [
        (
            "The strike on Iranian sites that killed 20 people drew condemnation.",
            "killed",
            "IRN",
        ),
        (
            "Israel hit an Iranian-backed militia that attacked Egypt.",
            "attacked",
            "IRN",
        ),
    ] {
        let evs = events(text);
        let killed = evs.iter().find(|e| e.trigger.text == trigger);
        assert!(
            killed.is_none_or(|e| !e.source.contains(&not.to_string())),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn the_same_act_told_again_without_a_target_is_no_second_event() {
    let text = "Sudanese rebels shelled Khartoum on Sunday, killing about 20 people.";
    let evs = events(text);
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{text}: {evs:#?}");
    assert_eq!(assaults[0].trigger.text, "shelled", "{text}: {evs:#?}");
    // Near misses: another target, and the same act announced for later
    // (a threat, not the act again), are events of their own.
    for (text, n) in [
        (
            "Israel struck Iran on Friday and struck Egypt on Sunday.",
            2,
        ),
        (
            "Israel struck Iran on Friday and said it will strike again.",
            2,
        ),
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Assault).len(),
            n,
            "{text}: {evs:#?}"
        );
    }
    // The doers' own words about the act they are reported doing ("rejected a
    // plan, and said they also opposed ..."), read as one claim with its
    // stance verb inside the content, are the same rejection.
    let text = "Iran rejected an Egyptian peace plan, and said it also opposed the deployment of a peacekeeping force.";
    let claim = claim_at(
        text,
        "c1",
        Some("IRN"),
        "said",
        "it also opposed the deployment of a peacekeeping force",
        Stance::Assert,
    );
    let evs = KB.events_with("2025-06-01", text, &[claim]);
    let rejections = of_type(&evs, EventType::Reject);
    assert_eq!(rejections.len(), 1, "{text}: {evs:#?}");
    assert_eq!(rejections[0].target, ids(&["EGY"]), "{text}: {evs:#?}");
}

#[test]
fn approving_ones_own_plan_is_no_support() {
    for text in [
        "Israel approved its plan to build 3,000 homes near Egypt.",
        "Israel approved its own budget for the war.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Support).is_empty()
                && of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: approving another's plan is support for it.
    let text = "Israel approved Egypt's plan for the border.";
    let evs = events(text);
    let approvals: Vec<_> = evs
        .iter()
        .filter(|e| e.trigger.text.starts_with("approved"))
        .collect();
    assert_eq!(approvals.len(), 1, "{text}: {evs:#?}");
    assert_eq!(approvals[0].target, ids(&["EGY"]), "{text}: {evs:#?}");
}

#[test]
fn a_time_limit_set_on_another_is_an_ultimatum() {
    for text in [
        "Washington gave Iran two months to reach a new agreement.",
        "Israel gave Egypt ten days to close the crossing.",
    ] {
        let evs = events(text);
        let e = the_only(text, &evs, EventType::Threaten);
        assert_eq!(e.target.len(), 1, "{text}: {e:#?}");
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a time limit for a person to form a government names no
    // actor and is no threat.
    let text = "The president gave him two weeks to form a government.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Threaten).is_empty(),
        "{text}: {evs:#?}"
    );
}
