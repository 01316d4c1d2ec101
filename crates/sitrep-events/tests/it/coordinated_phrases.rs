//! Session 27 (branch `events29`): a name coordinated with one inside a prepositional phrase
//! the trigger does not take ("submitted by Russia and China") shares the preposition and is
//! no direct object (a rejection of their draft is aimed at both submitters, not the last). Invented sentences, with a near miss that keeps a coordinated object.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
SRB\tcountry\tSerbia\tSRB\t\t\t\t\tadj:Serbian|meto:Belgrade
NLD\tcountry\tNetherlands\tNLD\t\t\t\t\tadj:Dutch|meto:The Hague
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn the_second_member_of_an_agent_phrase_is_no_object() {
    let evs =
        events("Serbia rejected a draft resolution submitted by Armenia and Azerbaijan on Friday.");
    let rejects = of_type(&evs, EventType::Reject);
    assert_eq!(rejects.len(), 1, "{evs:#?}");
    // The submitters, both or neither: never the last member alone (read as an object).
    assert_ne!(rejects[0].target, common::ids(&["AZE"]), "{evs:#?}");
    // Near miss: the agents of a condemned event noun are not skipped for the victims' place.
    let evs = events(
        "Serbia condemned the airstrikes by Armenia and Azerbaijan on cities in the Netherlands.",
    );
    let accusations = of_type(&evs, EventType::Accuse);
    assert_eq!(accusations.len(), 1, "{evs:#?}");
    assert!(
        !accusations[0].target.contains(&"NLD".to_string()),
        "{evs:#?}"
    );
    // Near miss: a coordinated direct object is still the target.
    let evs = events("Serbia criticized Armenia and Azerbaijan on Friday.");
    let accusations = of_type(&evs, EventType::Accuse);
    assert_eq!(accusations.len(), 1, "{evs:#?}");
    assert_eq!(
        accusations[0].target,
        common::ids(&["ARM", "AZE"]),
        "{evs:#?}"
    );
}
