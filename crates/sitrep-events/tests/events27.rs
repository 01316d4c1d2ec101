//! Argument and modality mends of branch events27 (session 17), each with a near miss that keeps
//! the old reading: a meeting of several doers whose only other name is where it takes place is
//! among them, even when the doers come late through an impersonal claim ("delegations were
//! expected to meet in Istanbul").

mod common;

use common::{claim_at, event_by_trigger as event, ids};
use sitrep_record::{ClaimRecord, EventRecord, Stance};
use std::sync::OnceLock;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara|place:Istanbul
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
";

fn kb() -> &'static sitrep_kb::Kb {
    static KB: OnceLock<sitrep_kb::Kb> = OnceLock::new();
    KB.get_or_init(|| common::inline_kb(ACTORS, ROLES))
}

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    common::events_with_claims(kb(), "2025-09-01", text, claims)
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
