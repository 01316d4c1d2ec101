//! Session 27 (branch `events29`): a definite event noun that its clause only comments on,
//! after the story reported the event it names, refers back to that event and is no new one
//! ("the deal would open a new page"); a passive participle on it ("the aid had been paused")
//! or a noun aimed at another party is a new act. Invented sentences.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
NLD\tcountry\tNetherlands\tNLD\t\t\t\t\tadj:Dutch|meto:The Hague
RUS\tcountry\tRussian Federation\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn a_commented_remention_is_no_new_event() {
    let evs = events(
        "Armenia and Azerbaijan agreed to a ceasefire on Monday. \
         The ceasefire between Armenia and Azerbaijan would open a new chapter in relations.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
    let evs = events(
        "The Netherlands approved aid for Armenia on Monday. \
         The Dutch aid to Armenia would save thousands of lives.",
    );
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    // Near miss: the same comment with no earlier event is a first mention.
    let evs = events(
        "The ceasefire between Armenia and Azerbaijan would open a new chapter in relations.",
    );
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn an_act_on_the_event_or_another_target_is_kept() {
    // Something done to the event: a passive participle.
    let evs = events(
        "The Netherlands approved aid for Armenia on Monday. The aid to Armenia had been paused in June.",
    );
    assert_eq!(of_type(&evs, EventType::Aid).len(), 2, "{evs:#?}");
    // Attacks on another party are another act.
    let evs = events(
        "Moscow struck Armenia on Monday. The attacks on Azerbaijan would not be tolerated.",
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 2, "{evs:#?}");
    assert!(
        attacks.iter().any(|e| e.target == common::ids(&["AZE"])),
        "{evs:#?}"
    );
}
