//! Session 56 (the lead, issue #2): a second predicate joined by "but" with no comma shares
//! the first predicate's subject ("Iran welcomed the proposal but rejected the offer" gave
//! REJECT with no source, so the event was dropped). Invented sentences, each with a near
//! miss.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
HAMAS\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
PHL\tcountry\tPhilippines\tPHL\t\t\t\t\tadj:Philippine|meto:Manila
TWN\tcountry\tTaiwan\tTWN\t\t\t\t\tmeto:Taipei
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|place:Gaza
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|meto:Washington
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\nprotesters\tCVL\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

#[test]
fn a_predicate_after_but_shares_the_subject() {
    for (text, target) in [
        ("Iran welcomed the proposal but rejected the offer.", None),
        (
            "Iran welcomed the proposal but rejected talks with Washington.",
            Some("USA"),
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Reject)
            .unwrap_or_else(|| panic!("no REJECT in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec!["IRN".to_string()], "{text}");
        if let Some(target) = target {
            assert_eq!(e.target, vec![target.to_string()], "{text}");
        }
    }
    // Near miss: after another subordinator the verb-shaped word names its
    // own subject's act ("after Hamas fired rockets"), not the first
    // subject's.
    let evs: Vec<EventRecord> = events("Israel struck Gaza after Hamas fired rockets.");
    let fired = evs
        .iter()
        .find(|e| e.trigger.text.starts_with("fired"))
        .unwrap_or_else(|| panic!("{evs:?}"));
    assert_eq!(fired.source, vec!["HAMAS".to_string()]);
}

#[test]
fn a_crowds_purpose_after_a_long_place_phrase_is_voiced() {
    // "Thousands of Israelis took to the streets of Tel Aviv on Saturday to
    // demand": the crowd is more than eight words before "to"; the demand
    // voiced by the gathering happened.
    for text in [
        "Thousands of Israeli protesters gathered outside parliament in Tel Aviv on Saturday to demand a deal.",
        "Thousands of Israeli protesters gathered in central Tel Aviv on Saturday to demand a deal.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Request)
            .unwrap_or_else(|| panic!("no REQUEST in {text:?}: {evs:?}"));
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
    // Near miss: a state's plan stays ahead of it.
    let evs: Vec<EventRecord> = events("Israel sent envoys to Cairo on Saturday to demand a deal.");
    assert!(
        evs.iter()
            .all(|e| e.event_type != EventType::Request || e.modality != Modality::Asserted),
        "{evs:?}"
    );
}

/// The events of `text` read with one deny claim by Iran over `content`.
fn denied_events(text: &str, cue: &str, content: &str) -> Vec<EventRecord> {
    let claims = [common::claim_at(
        text,
        "c1",
        Some("IRN"),
        cue,
        content,
        sitrep_record::Stance::Deny,
    )];
    common::events_with_claims(KB.get(), "2026-03-01", text, &claims)
}

#[test]
fn a_relative_clause_in_denied_content_is_passed_on_not_denied() {
    // "who attacked Israel" says what the group did; Iran denies backing
    // it, not the attack.
    let text = "Iran denied backing the Hamas fighters who attacked Israel.";
    let evs = denied_events(
        text,
        "denied",
        "backing the Hamas fighters who attacked Israel",
    );
    let attack = common::event_by_trigger(&evs, "attacked", text);
    assert_eq!(attack.modality, Modality::Attributed, "{evs:?}");
    // Near miss: the denied clause's own verb is negated.
    let text = "Iran denied that Hamas attacked Israel.";
    let evs = denied_events(text, "denied", "Hamas attacked Israel");
    let attack = common::event_by_trigger(&evs, "attacked", text);
    assert_eq!(attack.modality, Modality::Negated, "{evs:?}");
}

#[test]
fn a_clause_of_grounds_found_wanting_is_hypothetical() {
    for text in [
        "There is no evidence that Iran supplied the weapons.",
        "Officials found no sign that Iran supplied the weapons.",
        "No evidence has emerged that Iran supplied the weapons.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = common::event_by_trigger(&evs, "supplied", text);
        assert_eq!(e.modality, Modality::Hypothetical, "{text}");
    }
    // Near misses: evidence found asserts the act; "no" elsewhere in the
    // sentence leaves it alone.
    for text in [
        "There is evidence that Iran supplied the weapons.",
        "No one disputes that Iran supplied the weapons.",
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = common::event_by_trigger(&evs, "supplied", text);
        assert_ne!(e.modality, Modality::Hypothetical, "{text}");
    }
}

#[test]
fn blockades_scrambles_export_controls_and_street_protests() {
    for (text, ty, source, target) in [
        (
            "China blocked a Philippine supply mission near the shoal.",
            EventType::Coerce,
            "CHN",
            Some("PHL"),
        ),
        (
            "Israel blocked aid deliveries to Gaza.",
            EventType::Coerce,
            "ISR",
            Some("PSE"),
        ),
        ("Taiwan scrambled jets.", EventType::Mobilize, "TWN", None),
        (
            "China imposed export controls on rare earths.",
            EventType::Sanction,
            "CHN",
            None,
        ),
        (
            "Israel took to the streets.",
            EventType::Protest,
            "ISR",
            None,
        ),
    ] {
        let evs: Vec<EventRecord> = events(text);
        let e = evs
            .iter()
            .find(|e| e.event_type == ty)
            .unwrap_or_else(|| panic!("no {ty:?} in {text:?}: {evs:?}"));
        assert_eq!(e.source, vec![source.to_string()], "{text}");
        if let Some(target) = target {
            assert_eq!(e.target, vec![target.to_string()], "{text}");
        }
    }
    // Near misses: blocking a bill is no blockade; jets bought are no alert.
    for text in ["China blocked the bill.", "Taiwan bought jets."] {
        let evs: Vec<EventRecord> = events(text);
        assert!(
            evs.iter()
                .all(|e| !matches!(e.event_type, EventType::Coerce | EventType::Mobilize)),
            "{text}: {evs:?}"
        );
    }
}

#[test]
fn a_sentence_opening_with_a_finite_verb_reads_without_underflow() {
    // Headlines and list items open with a finite verb ("Rejects the offer,
    // Iran says"): the look-back for a linking word before the verb must stop
    // at the sentence's first word (debug builds check the subtraction).
    for text in [
        "Rejects the offer, Iran says.",
        "Attacked the convoy near Gaza.",
        "Slams Israel over the strikes.",
    ] {
        let _ = events(text);
    }
}
