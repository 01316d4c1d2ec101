//! Mends from a probe of world-news wire copy: a place after an object named
//! by an unresolved word is no target, a meeting of a coordinated subject is
//! among its members, a dismissed report is no rejection, trade tariffs,
//! warplanes sent, ships rammed, plants damaged and weapons systems sent are
//! events, a "to"-infinitive ends a gapped row's gap, and an apposition's
//! inner name is not the subject. Each mend comes with near misses that keep
//! their reading.

use crate::common;

use common::of_type;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
TWN\tcountry\tTaiwan\tTWN\t\t\t\t\tadj:Taiwanese|meto:Taipei
PHL\tcountry\tPhilippines\tPHL\t\t\t\t\tadj:Philippine|meto:Manila
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tadj:North Korean|meto:Pyongyang
KOR\tcountry\tSouth Korea\tKOR\t\t\t\t\tadj:South Korean|meto:Seoul
icj\tigo\tInternational Court of Justice\t\tIGO\t\t\t\tICJ
lena-varga\tperson\tLena Varga\tFRA\tGOV\tpresident\t2020-01-01\t\tVarga
otto-brenner\tperson\tOtto Brenner\tDEU\tGOV\tchancellor\t2020-01-01\t\tBrenner
ri-song-chol\tperson\tRi Song Chol\tPRK\tGOV\tleader\t2020-01-01\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
president\tGOV\tperson
";

common::events_kb!(ACTORS, ROLES, "2026-11-20");

#[test]
fn a_place_after_an_object_named_by_an_unresolved_word_is_no_target() {
    let evs = events("Turkey threatened Yazidi fighters in northern Syria on Monday.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].source, ids(&["TUR"]));
    assert!(threats[0].target.is_empty(), "{evs:#?}");
    // A plain object keeps the place as its fallback target ...
    let evs = events("Turkey threatened local fighters in northern Syria on Monday.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].target, ids(&["SYR"]));
    // ... and a resolved object is the target.
    let evs = events("Turkey threatened Syrian fighters near the border.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].target, ids(&["SYR"]));
}

#[test]
fn a_meeting_of_a_coordinated_subject_is_among_its_members() {
    let evs = events("Varga and Brenner met in Damascus on Thursday.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].source, ids(&["lena-varga", "otto-brenner"]));
    assert_eq!(met[0].target, ids(&["lena-varga", "otto-brenner"]));
    // One subject keeps the place as before.
    let evs = events("Varga met in Damascus on Thursday.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].target, ids(&["SYR"]));
    // A named counterpart is the target.
    let evs = events("Varga and Brenner met Syrian officials in Cairo.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].target, ids(&["SYRGOV"]));
}

#[test]
fn a_dismissed_report_is_no_rejection() {
    let evs =
        events("Egyptian officials dismissed media reports that Cairo had closed the crossing.");
    assert!(of_type(&evs, EventType::Reject).is_empty(), "{evs:#?}");
    // Dismissing a proposal is still one.
    let evs = events("Egyptian officials dismissed the French proposal on Sunday.");
    let rejects = of_type(&evs, EventType::Reject);
    assert_eq!(rejects.len(), 1, "{evs:#?}");
    assert_eq!(rejects[0].target, ids(&["FRA"]));
    let evs = events("Egypt rejected the French proposal on Sunday.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
}

#[test]
fn tariffs_imposed_on_a_states_goods_are_a_sanction() {
    let evs = events("Beijing imposed punitive tariffs of 20% on American soybeans.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].source, ids(&["CHN"]));
    assert_eq!(sanctions[0].target, ids(&["USA"]));
    // The bare verb stays no event.
    let evs = events("China imposed a new fee on American students.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn warplanes_sent_toward_a_state_are_a_mobilization() {
    let evs = events("China sent 30 warplanes and six warships toward Taiwan on Friday.");
    let moves = of_type(&evs, EventType::Mobilize);
    assert_eq!(moves.len(), 1, "{evs:#?}");
    assert_eq!(moves[0].source, ids(&["CHN"]));
    assert_eq!(moves[0].target, ids(&["TWN"]));
    // Letters sent are not.
    let evs = events("China sent letters toward Taiwan on Friday.");
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
    let evs = events("China sent six warships toward Taiwan on Friday.");
    assert_eq!(of_type(&evs, EventType::Mobilize).len(), 1, "{evs:#?}");
}

#[test]
fn a_rammed_ship_is_an_assault_a_rammed_bill_is_not() {
    let evs = events("A Philippine supply boat was rammed by a Chinese coast guard vessel.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].target, ids(&["PHL"]));
    assert_eq!(hits[0].source, ids(&["CHN"]));
    let evs = events("Russian lawmakers rammed through a bill on foreign agents.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let evs = events("The Russian minister rammed home his point on Monday.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn damaged_plants_are_an_assault_damaged_ties_are_not() {
    let evs = events("Russian drones damaged three Ukrainian power plants overnight.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, ids(&["RUS"]));
    let evs = events("The dispute damaged Russian ties with Ukraine.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let evs = events("The scandal damaged the Russian president's reputation.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
}

#[test]
fn weapons_systems_sent_to_a_state_are_aid() {
    let evs = events("Germany will send two IRIS-T systems to Ukraine.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["DEU"]));
    assert_eq!(aid[0].target, ids(&["UKR"]));
    let evs = events("Germany will send a delegation to Ukraine.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    let evs = events("Germany will send weapons to Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn a_to_infinitive_ends_a_gapped_rows_gap() {
    let evs = events("The ICJ ordered Israel to let humanitarian aid into the enclave.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    // Aid as the object without an infinitive is still matched ...
    let evs = events("Germany sent humanitarian aid to Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    // ... and so is a number qualified by "up to".
    let evs = events("Germany sent up to 40 tonnes of aid to Ukraine.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn a_name_inside_an_apposition_is_not_the_subject() {
    let evs = events(
        "Kim Sol Ah, the younger sister of North Korean leader Ri Song Chol, threatened South Korea.",
    );
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert!(threats[0].source.is_empty(), "{evs:#?}");
    assert_eq!(threats[0].target, ids(&["KOR"]));
    // A resolved name before the apposition is the subject ...
    let evs = events("Ri Song Chol, the leader of North Korea, threatened South Korea.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].source, ids(&["ri-song-chol"]));
    // ... and a participle clause is still passed over.
    let evs = events("North Korea, angered by the drills, threatened South Korea.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats.len(), 1, "{evs:#?}");
    assert_eq!(threats[0].source, ids(&["PRK"]));
}
