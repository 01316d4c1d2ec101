//! The event rows and the one code change of branch events24 (session 15) for the probe16 wire
//! items, each with a near miss that keeps its reading: diplomatic representations lodged are a
//! protest, a text initialled is one signed, a company put on an entity list is sanctioned, an
//! act called a coup is condemned, a call for sanctions rallies opposition (CAMEO 113), a
//! "patrol vessel" and "Parliament funds" are nouns, and a gerund under "commit to" that a
//! refusal governs is not reported as done.

use crate::common;

use common::{ids, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
PHL\tcountry\tPhilippines\tPHL\t\t\t\t\tadj:Philippine|meto:Manila
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
european-parliament\tigo\tEuropean Parliament\t\tIGO\t\t\t\t
ozgur-ozel\tperson\tOzgur Ozel\tTUR\tOPP\tparty leader\t2020-01-01\t\tOzel
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn representations_lodged_are_a_diplomatic_protest() {
    let evs = events("China lodged stern representations with Japan on Tuesday.");
    let accused = of_type(&evs, EventType::Accuse);
    assert_eq!(accused.len(), 1, "{evs:#?}");
    assert_eq!(accused[0].source, ids(&["CHN"]));
    assert_eq!(accused[0].target, ids(&["JPN"]));
    assert_eq!(accused[0].mode.as_deref(), Some("disapprove"));
    // Near miss: a representation that is no verb's object is no protest.
    let evs = events("China said the representations of Japan were unfair.");
    assert!(
        of_type(&evs, EventType::Accuse)
            .iter()
            .all(|e| !e.trigger.text.contains("representations")),
        "{evs:#?}"
    );
}

#[test]
fn a_text_initialled_is_one_signed_but_an_initial_text_is_not() {
    let evs = events("Armenia and Azerbaijan initialled a peace agreement on Friday.");
    let signed = of_type(&evs, EventType::Support);
    assert_eq!(signed.len(), 1, "{evs:#?}");
    assert_eq!(signed[0].trigger.text, "initialled");
    assert_eq!(signed[0].source, ids(&["ARM", "AZE"]));
    // Near miss: the adjective "initial" signs nothing.
    let evs = events("Armenia said the initial talks with Azerbaijan went well.");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
}

#[test]
fn companies_placed_on_an_entity_list_are_sanctioned() {
    let evs = events("China placed 11 U.S. companies on its unreliable entity list on Friday.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].source, ids(&["CHN"]));
    assert_eq!(sanctions[0].mode.as_deref(), Some("restrict"));
    // Near miss: placing something elsewhere is no sanction.
    let evs = events("China placed 11 U.S. companies on its list of partners on Friday.");
    assert!(of_type(&evs, EventType::Sanction).is_empty(), "{evs:#?}");
}

#[test]
fn an_act_called_a_coup_is_condemned() {
    let evs = events("Ozel called the detention a coup against the next president.");
    let accused = of_type(&evs, EventType::Accuse);
    assert_eq!(accused.len(), 1, "{evs:#?}");
    assert_eq!(accused[0].source, ids(&["ozgur-ozel"]));
    assert_eq!(accused[0].mode.as_deref(), Some("disapprove"));
    // Near miss: calling someone on the phone stays a call (CONSULT).
    let evs = events("Ozel called Russia's president on Monday.");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
}

#[test]
fn a_call_for_sanctions_rallies_opposition_rather_than_threatens() {
    let evs = events("France called for sanctions against Russia on Monday.");
    assert!(of_type(&evs, EventType::Threaten).is_empty(), "{evs:#?}");
    let accused = of_type(&evs, EventType::Accuse);
    assert_eq!(accused.len(), 1, "{evs:#?}");
    assert_eq!(accused[0].source, ids(&["FRA"]));
    assert_eq!(accused[0].target, ids(&["RUS"]));
    // Near miss: a state threatening its own sanctions still threatens.
    let evs = events("France threatened sanctions against Russia on Monday.");
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
}

#[test]
fn a_patrol_vessel_is_no_patrol() {
    let evs = events("A Chinese ship collided with a Philippine patrol vessel near the shoal.");
    assert!(of_type(&evs, EventType::Mobilize).is_empty(), "{evs:#?}");
    // Near miss: ships that patrol the waters do.
    let evs = events("Chinese ships patrolled the waters near the Philippines.");
    assert_eq!(of_type(&evs, EventType::Mobilize).len(), 1, "{evs:#?}");
}

#[test]
fn funds_embezzled_are_no_funding() {
    let evs = events(
        "The court found the French politician guilty of embezzling European Parliament funds.",
    );
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    let evs = events("Officials misused public funds, the European Parliament said.");
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    // Near miss: a state that funds an armed group aids it.
    let evs = events("Israel said Russia funds Hamas.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
    // Nor is a name before "funds" taken for a kind of money: it can fund.
    let evs = events("Israel said the European Parliament funds Hamas.");
    assert_eq!(of_type(&evs, EventType::Aid).len(), 1, "{evs:#?}");
}

#[test]
fn an_act_under_a_refused_commitment_is_not_reported_as_done() {
    let evs = events("Hamas has refused to commit to disarming.");
    assert!(of_type(&evs, EventType::Retreat).is_empty(), "{evs:#?}");
    let rejects = of_type(&evs, EventType::Reject);
    assert_eq!(rejects.len(), 1, "{evs:#?}");
    assert_eq!(rejects[0].source, ids(&["hamas"]));
    // Near miss: disarming reported on its own is still done.
    let evs = events("Hamas began disarming on Monday, Israel said.");
    assert_eq!(of_type(&evs, EventType::Retreat).len(), 1, "{evs:#?}");
}

#[test]
fn what_is_seized_from_someone_is_seized_from_them() {
    let evs = events("Russian troops recaptured the Kursk region from Ukrainian forces on Monday.");
    let seized = of_type(&evs, EventType::Coerce);
    assert_eq!(seized.len(), 1, "{evs:#?}");
    assert_eq!(seized[0].source, ids(&["RUS"]));
    assert_eq!(seized[0].target, ids(&["UKR"]));
    // Near miss: without a "from" phrase the object stays the target.
    let evs = events("Russian troops captured Ukrainian soldiers on Monday.");
    let seized = of_type(&evs, EventType::Coerce);
    assert_eq!(seized.len(), 1, "{evs:#?}");
    assert_eq!(seized[0].target, ids(&["UKR"]));
}

#[test]
fn an_act_named_as_an_incentive_is_hypothetical() {
    // "what is the incentive of implementing this deal?": an incentive is a
    // reason for an act not yet done, even after a conditional "would".
    let evs = events(
        "I would ask what is the additional incentive of implementing this deal with China.",
    );
    assert!(!evs.is_empty(), "{evs:#?}");
    assert!(
        evs.iter()
            .all(|e| e.modality == sitrep_record::Modality::Hypothetical),
        "{evs:#?}"
    );
    // Near miss: the deal signed is a fact.
    let evs = events("The United States signed the deal with China on Friday.");
    assert!(!evs.is_empty(), "{evs:#?}");
    assert!(
        evs.iter()
            .all(|e| e.modality == sitrep_record::Modality::Asserted),
        "{evs:#?}"
    );
}
