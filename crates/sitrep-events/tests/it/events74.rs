//! Session 54 (branch `events74`, issue #2): event sources and targets around answers and
//! refusals to tell. The event noun a party answers ("retaliate for the attack on Haifa", "in
//! response to the strikes", "avenge the killing") is another party's act: it takes no doer from
//! the clause that answers it, and a vow to answer does not promise it. A refusal to tell
//! ("declined to confirm", "who declined to be named") rejects no one. An armed group using the
//! place an attack hit, named by no actor ("a base run by Iran-backed militias in Syria"), leaves
//! the target unnamed: the place after it says where they are.
//! Invented sentences, each with a near miss.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|Haifa
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\ndiplomat\tGOV\tperson\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The event of `text` whose trigger is `trigger`.
fn by_trigger(text: &str, trigger: &str) -> Option<EventRecord> {
    events(text).into_iter().find(|e| e.trigger.text == trigger)
}

#[test]
fn the_act_a_party_answers_is_not_done_by_that_party() {
    for (text, trigger) in [
        (
            "Israel vowed to retaliate for the missile attack on Haifa.",
            "missile attack",
        ),
        ("Israel vowed to respond to the attack on Haifa.", "attack"),
        (
            "Russia launched strikes on Kyiv in response to the attack on Moscow.",
            "attack",
        ),
        (
            "Russia struck Kyiv in retaliation for the attacks on Moscow.",
            "attacks",
        ),
    ] {
        let all = events(text);
        let e = by_trigger(text, trigger).unwrap_or_else(|| panic!("{text}: {all:?}"));
        assert!(e.source.is_empty(), "{text}: {e:?}");
        assert!(!e.target.is_empty(), "{text}: the place hit stays: {e:?}");
    }
    // A vow to answer an act does not promise that act: the attack is not a future act.
    let text = "Israel vowed to respond to the attack on Haifa.";
    let e = by_trigger(text, "attack").expect(text);
    assert_ne!(e.modality, Modality::Future, "{text}: {e:?}");
    // The answered act keeps a doer its own phrase names.
    let text = "Russia struck Kyiv in retaliation for the Ukrainian drone attacks on Moscow.";
    let e = by_trigger(text, "attacks").expect(text);
    assert_eq!(
        (e.source, e.target),
        (ids(&["UKR"]), ids(&["RUS"])),
        "{text}"
    );
    // Near miss: an act the vow promises is the vower's.
    let text = "Israel vowed to carry out an attack on Iran.";
    let e = events(text)
        .into_iter()
        .find(|e| e.event_type == EventType::Assault)
        .expect(text);
    assert_eq!(e.source, ids(&["ISR"]), "{text}: {e:?}");
    // Near miss: an answer word right before the noun, with no determiner between, names the
    // answering act itself.
    let text = "Israel launched retaliation strikes on Iran.";
    let e = by_trigger(text, "strikes").expect(text);
    assert_eq!(
        (e.source, e.target),
        (ids(&["ISR"]), ids(&["IRN"])),
        "{text}"
    );
}

#[test]
fn a_refusal_to_answer_a_demand_still_rejects_it() {
    // Only a vow or plan leaves the answered act alone; a refusal takes it in.
    let text = "Iran refused to respond to a demand from Washington to halt enrichment.";
    let all = events(text);
    let e = all
        .iter()
        .find(|e| e.event_type == EventType::Reject)
        .unwrap_or_else(|| panic!("{text}: {all:?}"));
    assert_eq!(
        (e.source.clone(), e.target.clone()),
        (ids(&["IRN"]), ids(&["USA"])),
        "{text}"
    );
    assert!(
        all.iter().all(|e| e.event_type != EventType::Request),
        "{text}: {all:?}"
    );
}

#[test]
fn a_refusal_to_tell_rejects_no_one() {
    for text in [
        "Iran declined to confirm the meeting with US officials.",
        "A Russian diplomat, who declined to be named, said Moscow would send troops to Syria.",
        "Israel declined to identify the soldiers killed in Syria.",
        "The Kremlin declined to discuss the talks with Ukraine.",
        "Iran refused to disclose details of its talks with the United States.",
    ] {
        let all = events(text);
        assert!(
            all.iter().all(|e| e.event_type != EventType::Reject),
            "{text}: {all:?}"
        );
    }
    // Near miss: a refusal of an act between parties is a rejection.
    for text in [
        "Iran declined to join the talks with the United States.",
        "Russia refused to withdraw its troops from Ukraine.",
    ] {
        let all = events(text);
        assert!(
            all.iter().any(|e| e.event_type == EventType::Reject),
            "{text}: {all:?}"
        );
    }
}

#[test]
fn armed_users_of_a_place_named_by_no_actor_leave_the_target_unnamed() {
    let text = "Israel struck a base run by Iran-backed militias in Syria.";
    let e = by_trigger(text, "struck").expect(text);
    assert_eq!(e.source, ids(&["ISR"]), "{text}: {e:?}");
    assert!(e.target.is_empty(), "{text}: {e:?}");
    // Near misses: users an actor names are the target; a place with no armed users, or
    // none named, is where the act hit.
    for (text, target) in [
        (
            "Israel struck a base used by Hezbollah in Syria.",
            "hezbollah",
        ),
        ("Israel struck a base in Syria.", "SYR"),
        ("Russia bombed a hospital run by doctors in Ukraine.", "UKR"),
    ] {
        let e = by_trigger(
            text,
            if text.contains("bombed") {
                "bombed"
            } else {
                "struck"
            },
        )
        .expect(text);
        assert_eq!(e.target, ids(&[target]), "{text}: {e:?}");
    }
}

#[test]
fn a_gapped_verb_row_does_not_read_a_noun_with_its_own_target_phrase() {
    // "attack ... port" (a generated verb row) read on the noun made the clause's subject or an
    // actor before it the attacker.
    let text = "Iran said it had targeted Israel with a drone attack on the port of Haifa.";
    let all = events(text);
    assert!(
        all.iter()
            .all(|e| !(e.source == ids(&["ISR"]) && e.event_type == EventType::Assault)),
        "{text}: {all:?}"
    );
    // Near miss: the verb with its object keeps the row's reading.
    let text = "Russia attacked the port of Odesa.";
    let all = events(text);
    let e = all
        .iter()
        .find(|e| e.event_type == EventType::Assault)
        .unwrap_or_else(|| panic!("{text}: {all:?}"));
    assert_eq!(e.source, ids(&["RUS"]), "{text}: {e:?}");
    // Near miss: a row whose object is a preposition stays the noun's own ("welcome ... to").
    let text = "Russia gave a warm welcome on Thursday to the Iranian president.";
    let all = events(text);
    assert!(
        all.iter().any(|e| e.source == ids(&["RUS"])),
        "{text}: {all:?}"
    );
}

#[test]
fn who_reports_an_attack_did_not_make_it() {
    for text in [
        "Ukraine reported a drone attack on Odesa.",
        "Israel reported an attack on its embassy in Syria.",
    ] {
        let all = events(text);
        assert!(
            all.iter().all(|e| !(e.event_type == EventType::Assault
                && e.source.len() == 1
                && (e.source[0] == "UKR" || e.source[0] == "ISR"))),
            "{text}: {all:?}"
        );
    }
    // Near miss: a state that reports its own attack with the verb did it.
    let text = "Israel reported that it had attacked Hezbollah positions in Syria.";
    let all = events(text);
    assert!(
        all.iter()
            .any(|e| e.event_type == EventType::Assault && e.target == ids(&["hezbollah"])),
        "{text}: {all:?}"
    );
}

#[test]
fn the_act_answered_takes_no_modality_from_the_answer() {
    // The answer lies ahead, is negated or possible; the act it answers was done.
    for text in [
        "Israel will retaliate for the Iranian attack on Haifa.",
        "Israel did not respond to the Iranian attacks on Haifa.",
        "Israel may retaliate for the Iranian strikes on Haifa.",
    ] {
        let all = events(text);
        let e = all
            .iter()
            .find(|e| e.source == ids(&["IRN"]))
            .unwrap_or_else(|| panic!("{text}: {all:?}"));
        assert_eq!(e.modality, Modality::Asserted, "{text}: {e:?}");
    }
    // Near miss: an act the clause itself tells of keeps the clause's modality.
    let text = "Iran will launch an attack on Haifa.";
    let all = events(text);
    let e = all
        .iter()
        .find(|e| e.event_type == EventType::Assault)
        .unwrap_or_else(|| panic!("{text}: {all:?}"));
    assert_eq!(e.modality, Modality::Future, "{text}: {e:?}");
}
