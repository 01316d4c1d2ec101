//! Session 53 (branch `events73`, issue #2): event coding on real news. A stance or commitment
//! whose act is done by the state of the doer's own country ("reaffirmed Washington's commitment
//! to defend") is not aimed at that state; the doer's own state inside a gapped row leaves the
//! target to the phrase the act aims at ("imposed U.S. sanctions on Iran", "reaffirmed Berlin's
//! support for Ukraine"), not only to a "to" phrase; "under" before a hostile act whose doer a
//! name among its modifiers says receives that act ("under FBI investigation"), and a bare verb
//! row there is a noun ("came under US pressure" is no pressure by the pressed); a "by" agent
//! after a phrase holding only a name is the noun's ("a visit to Caracas by a U.S. envoy"); a
//! passive participle takes its row from the head of a subject with a phrase of its own ("a
//! tape showing Trump … was released": published, no captive freed); a body named right before a
//! penalty a threat would bring on is its means, not its target ("threatened to trigger the
//! snapback of UN sanctions if Iran did not comply" threatens Iran).
//! Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
VEN\tcountry\tVenezuela\tVEN\t\t\t\t\tadj:Venezuelan|meto:Caracas
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tadj:British|Britain|meto:London
iaea\tigo\tInternational Atomic Energy Agency\t\tIGO\t\t\t\tabbr:IAEA
marco-rubio\tperson\tMarco Rubio\tUSA\tGOV\tsecretary of state\t2025-01\t\tRubio
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2025-01\t\tTrump
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\nenvoy\tGOV\tperson\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The first event of `text` of type `ty`.
fn of_type(text: &str, ty: EventType) -> Option<EventRecord> {
    events(text).into_iter().find(|e| e.event_type == ty)
}

#[test]
fn a_commitment_of_the_doers_own_state_is_aimed_at_no_one_it_does_not_name() {
    let text =
        "Secretary of State Marco Rubio reaffirmed Washington's commitment to defend its allies.";
    let e = of_type(text, EventType::Support).expect(text);
    assert_eq!(e.source, ids(&["marco-rubio"]), "{text}: {e:?}");
    assert!(e.target.is_empty(), "{text}: {e:?}");
    // Near miss: the committed act names whom it is for; that is the target.
    let text = "Germany reaffirmed its commitment to defend Ukraine.";
    let e = of_type(text, EventType::Support).expect(text);
    assert_eq!(e.target, ids(&["UKR"]), "{text}: {e:?}");
    // Near miss: another state's act named by the commitment still aims it there.
    let text = "Germany reaffirmed its support for Washington's plan to defend Ukraine.";
    assert!(
        events(text).iter().all(|e| e.target != ids(&["DEU"])),
        "{text}: {:?}",
        events(text)
    );
}

#[test]
fn the_doers_own_state_in_a_gapped_row_leaves_the_target_to_the_phrase_after_it() {
    let text = "Trump imposed U.S. sanctions on Iran.";
    let e = of_type(text, EventType::Sanction).expect(text);
    assert_eq!(e.target, ids(&["IRN"]), "{text}: {e:?}");
    let text = "Germany reaffirmed Berlin's support for Ukraine.";
    let e = of_type(text, EventType::Support).expect(text);
    assert_eq!(e.target, ids(&["UKR"]), "{text}: {e:?}");
    // Near miss: a cooperative act's "against" phrase names the common foe, no partner.
    let text = "The United States joined the American campaign against Iran.";
    assert!(
        events(text)
            .iter()
            .all(|e| !e.target.contains(&"IRN".to_string()) || e.event_type != EventType::Support),
        "{text}: {:?}",
        events(text)
    );
}

#[test]
fn under_a_hostile_act_a_modifier_names_is_receiving_it() {
    let text = "Iran is under IAEA investigation.";
    let e = of_type(text, EventType::Accuse).expect(text);
    assert_eq!(e.source, ids(&["iaea"]), "{text}: {e:?}");
    assert_eq!(e.target, ids(&["IRN"]), "{text}: {e:?}");
    // The verb row of "pressure" is no verb after "under" and a name: the pressed does not press.
    let text = "Egypt came under US pressure.";
    assert!(
        events(text)
            .iter()
            .all(|e| !e.source.contains(&"EGY".to_string())),
        "{text}: {:?}",
        events(text)
    );
    // Near miss: with the "from" phrase the pressure is coded, by the party it names.
    let text = "Egypt came under pressure from Washington.";
    let e = of_type(text, EventType::Coerce).expect(text);
    assert_eq!(
        (e.source, e.target),
        (ids(&["USA"]), ids(&["EGY"])),
        "{text}"
    );
}

#[test]
fn a_by_agent_after_a_phrase_holding_only_a_name_is_the_nouns_doer() {
    let text = "Venezuela freed six prisoners after a visit to Caracas by a U.S. envoy.";
    let e = of_type(text, EventType::Consult).expect(text);
    assert_eq!(e.target, ids(&["VEN"]), "{text}: {e:?}");
    assert!(
        e.source.iter().all(|a| a.starts_with("USA")) && !e.source.is_empty(),
        "{text}: {e:?}"
    );
    let text = "The attack on Kyiv by Russian forces killed five people.";
    let e = of_type(text, EventType::Assault).expect(text);
    assert!(
        e.source.iter().all(|a| a.starts_with("RUS")) && !e.source.is_empty(),
        "{text}: {e:?}"
    );
    // Near miss: a phrase whose head is a noun of its own takes the "by" itself.
    let text = "Students staged demonstrations against violations by the Syrian army.";
    assert!(
        events(text)
            .iter()
            .filter(|e| e.event_type == EventType::Protest)
            .all(|e| e.source.iter().all(|a| !a.starts_with("SYR"))),
        "{text}: {:?}",
        events(text)
    );
}

#[test]
fn a_publication_with_a_phrase_of_its_own_released_frees_no_one_it_names() {
    for text in [
        "A tape showing Trump making lewd remarks was released on Friday.",
        "A video of Russian soldiers was released on Friday.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Retreat),
            "{text}: {:?}",
            events(text)
        );
    }
    // Near miss: people released in the passive are freed, with a phrase of their own too.
    let text = "A group of Israeli hostages was released on Monday.";
    let e = of_type(text, EventType::Retreat).expect(text);
    assert_eq!(e.target, ids(&["ISR"]), "{text}: {e:?}");
}

#[test]
fn a_body_named_before_a_penalty_a_threat_would_bring_on_is_not_its_target() {
    let text = "Britain threatened to trigger the snapback of UN sanctions if Iran did not restore cooperation.";
    let e = of_type(text, EventType::Threaten).expect(text);
    assert_eq!(e.target, ids(&["IRN"]), "{text}: {e:?}");
    let text = "Britain threatened to seek UN sanctions.";
    let e = of_type(text, EventType::Threaten).expect(text);
    assert!(e.target.is_empty(), "{text}: {e:?}");
    // Near miss: a phrase aimed at the body names it as the target.
    let text = "Russia threatened to retaliate against EU sanctions.";
    let e = of_type(text, EventType::Threaten).expect(text);
    assert_eq!(e.target, ids(&["eu"]), "{text}: {e:?}");
}
