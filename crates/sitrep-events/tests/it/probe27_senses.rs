//! Session 27 (branch `events29`): word senses and missed verbs that probes 24–27 judged —
//! initialling a text, taking part, remaining committed, affirming, respecting results,
//! handing over power and burning one's own weapons. Invented sentences, each with a near
//! miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
NLD\tcountry\tNetherlands\tNLD\t\t\t\t\tadj:Dutch|meto:The Hague
RUS\tcountry\tRussian Federation\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
SRB\tcountry\tSerbia\tSRB\t\t\t\t\tadj:Serbian|meto:Belgrade
KHM\tcountry\tCambodia\tKHM\t\t\t\t\tadj:Cambodian|meto:Phnom Penh
THA\tcountry\tThailand\tTHA\t\t\t\t\tadj:Thai|meto:Bangkok
pkk\tarmed_group\tKurdistan Workers' Party\t\tREB\t\t\t\tPKK
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-24");

#[test]
fn initialling_a_text_is_endorsing_it() {
    for text in [
        "Armenia and Azerbaijan initialled the text of a peace agreement on Friday.",
        "Armenia and Azerbaijan initialed the text of a peace agreement on Friday.",
    ] {
        let evs = events(text);
        let support = of_type(&evs, EventType::Support);
        assert_eq!(support.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            support[0].source,
            common::ids(&["ARM", "AZE"]),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: the adjective "initial" is no act.
    let evs = events("The initial text was drafted by Armenian lawyers in Baku.");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
}

#[test]
fn taking_part_is_no_agreement_but_the_act_taken_part_in_is_coded() {
    let evs = events("Dutch jets took part in the operation against Azerbaijan on Sunday.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, common::ids(&["NLD"]), "{evs:#?}");
    assert_eq!(hits[0].target, common::ids(&["AZE"]), "{evs:#?}");
    let evs =
        events("Serbian students took part in the protest against the government in Belgrade.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    assert_eq!(of_type(&evs, EventType::Protest).len(), 1, "{evs:#?}");
    // Refusing to take part in an attack is no agreement either: the attack, negated.
    let evs = events("Serbia would not take part in any attack on Azerbaijan.");
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(
        attacks[0].modality,
        sitrep_record::Modality::Negated,
        "{evs:#?}"
    );
    // Near miss: agreeing is still agreeing.
    let evs = events("Armenia agreed to the terms set by Azerbaijan on Sunday.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn stated_positions_are_no_support() {
    for text in [
        "Cambodia remained committed to the accord with Thailand.",
        "Thailand affirmed that the Cambodian proposal was contrary to the accord.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Support).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: affirming a commitment keeps its row, and praise is support.
    let evs = events("Thailand praised Cambodia for its restraint.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");
}

#[test]
fn respecting_results_is_no_threat() {
    let evs = events("The Serbian government would respect the results of the vote.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    // Near miss: a threat stays one.
    let evs = events("Serbia threatened to cut ties with Russia.");
    assert!(!of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
}

#[test]
fn handing_over_power_is_a_concession_not_aid() {
    let evs = events("Armenia will hand over responsibility for the border to Azerbaijan.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    assert_eq!(of_type(&evs, EventType::Concede).len(), 1, "{evs:#?}");
    // Near miss: handing over goods is still aid.
    let evs = events("The Netherlands handed over medicine to Armenia.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn burning_ones_own_weapons_is_disarming() {
    let evs = events("About 30 PKK fighters burned their weapons at a ceremony on Friday.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let retreat = of_type(&evs, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{evs:#?}");
    assert_eq!(retreat[0].mode.as_deref(), Some("disarm"), "{evs:#?}");
    // Near miss: burning a village is still an attack.
    let evs = events("PKK fighters burned an Armenian village on Friday.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}
