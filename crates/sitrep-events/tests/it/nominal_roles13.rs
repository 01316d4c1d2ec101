//! Session 13 (branch `events21`): argument roles of real wire copy. The owner of a people noun
//! in an event noun's "of" or "by" phrase ("the killing of two Mabunda aides", "by Brito
//! supporters") is no participant; the names apposed to the noun are. A request that is its
//! own claim's cue is the speaker's, never aimed at the speaker. A deployed force is the side
//! that mobilises. Talk about an event ("couldn't comment on the investigation") does not
//! negate it; "get out of control" and "embroiled in controversy" are no events. Invented
//! sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{claim_at, ids, of_type};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
MOZ\tcountry\tMozambique\tMOZ\t\t\t\t\tadj:Mozambican|meto:Maputo
KEN\tcountry\tKenya\tKEN\t\t\t\t\tadj:Kenyan|meto:Nairobi
BRA\tcountry\tBrazil\tBRA\t\t\t\t\tadj:Brazilian
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
carlos-mabunda\tperson\tCarlos Mabunda\tMOZ\tOPP\topposition leader\t2020-01-01\t\tMabunda
rui-sitoe\tperson\tRui Sitoe\tMOZ\tOPP\tlawyer\t2020-01-01\t\tSitoe
jose-nhaca\tperson\tJose Nhaca\tMOZ\tOPP\tparty official\t2020-01-01\t\tNhaca
ana-brito\tperson\tAna Brito\tBRA\tGOV\tformer president\t2020-01-01\t\tBrito
uk-tories\torganization\tTory Party\tGBR\tPTY\t\t\t\t
";
const ROLES: &str = "phrase\tsector\tnumber
army\tMIL\tgroup
troops\tMIL\tgroup
police\tCOP\tgroup
parliament\tLEG\tgroup
";

common::events_kb!(ACTORS, ROLES, "2026-12-01");

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2026-12-01", text, claims)
}

#[test]
fn the_owner_of_the_victims_is_no_victim() {
    let text = "The killing of two Mabunda aides, lawyer Rui Sitoe and party official Jose Nhaca, \
                in Maputo last week has fuelled the anger.";
    let evs = events(text);
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(
        assaults[0].target,
        ids(&["rui-sitoe", "jose-nhaca"]),
        "{evs:#?}"
    );
    // Without an apposition the aides name no one.
    let evs = events("Gunmen shot dead two Mabunda aides in Maputo.");
    assert!(
        evs.iter()
            .all(|e| !e.target.contains(&"carlos-mabunda".to_string())),
        "{evs:#?}"
    );
    // Near miss: the "of" object that is the person himself is the target.
    let evs = events("The arrest of Carlos Mabunda in Maputo sparked protests.");
    let coerce = of_type(&evs, EventType::Coerce);
    assert_eq!(coerce.len(), 1, "{evs:#?}");
    assert_eq!(coerce[0].target, ids(&["carlos-mabunda"]), "{evs:#?}");
}

#[test]
fn the_owner_of_the_attackers_is_no_attacker() {
    let text = "The storming of the Brazilian parliament by Brito supporters shocked the region.";
    let evs = events(text);
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert!(
        !assaults[0].source.contains(&"ana-brito".to_string()),
        "{evs:#?}"
    );
    // Near miss: the named doer after "by" is the source.
    let evs = events("The storming of the Brazilian parliament by Ana Brito shocked the region.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].source, ids(&["ana-brito"]), "{evs:#?}");
}

#[test]
fn the_speaker_who_calls_for_an_act_asks_and_is_not_asked() {
    let text =
        "Carlos Mabunda said the count had been manipulated and called for a national strike.";
    let claims = [
        claim_at(
            text,
            "c1",
            Some("carlos-mabunda"),
            "said",
            "the count had been manipulated",
            Stance::Assert,
        ),
        claim_at(
            text,
            "c2",
            Some("carlos-mabunda"),
            "called for",
            "a national strike",
            Stance::Assert,
        ),
    ];
    let evs = events_with(text, &claims);
    let requests = of_type(&evs, EventType::Request);
    assert_eq!(requests.len(), 1, "{evs:#?}");
    assert_eq!(requests[0].source, ids(&["carlos-mabunda"]), "{evs:#?}");
    assert!(requests[0].target.is_empty(), "{evs:#?}");
}

#[test]
fn the_deployed_force_mobilises() {
    let evs = events("The Kenyan army had been deployed to support the Kenyan police.");
    let mobilize = of_type(&evs, EventType::Mobilize);
    assert_eq!(mobilize.len(), 1, "{evs:#?}");
    assert_eq!(mobilize[0].source, ids(&["KENMIL"]), "{evs:#?}");
    assert!(mobilize[0].target.is_empty(), "{evs:#?}");
    // Near miss: the one who deploys, named after "by", is the source.
    let evs = events("Russian troops were deployed to the border by Russia.");
    let mobilize = of_type(&evs, EventType::Mobilize);
    assert_eq!(mobilize.len(), 1, "{evs:#?}");
    assert_eq!(mobilize[0].source, ids(&["RUS"]), "{evs:#?}");
}

#[test]
fn refusing_to_comment_on_an_event_does_not_negate_it() {
    let text = "Kenya said it couldn't comment on the ongoing Russian investigation.";
    let claims = [claim_at(
        text,
        "c1",
        Some("KEN"),
        "said",
        "it couldn't comment on the ongoing Russian investigation",
        Stance::Assert,
    )];
    let evs = events_with(text, &claims);
    assert!(
        evs.iter().all(|e| e.modality != Modality::Negated),
        "{evs:#?}"
    );
    // Near miss: a negation of the event's own verb still negates it.
    let evs = events("Russia did not investigate Ukraine.");
    assert!(
        evs.iter().any(|e| e.modality == Modality::Negated),
        "{evs:#?}"
    );
}

#[test]
fn running_out_of_control_and_controversy_are_no_events() {
    for text in [
        "Kenyan officials warned the protests in Nairobi could get out of control.",
        "The Tory Party became embroiled in controversy when it posted a video.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Concede).is_empty()
                && of_type(&evs, EventType::Reject).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: leaving a country is still a retreat-like concession.
    let evs = events("Russia said its troops would get out of Ukraine.");
    assert!(!evs.is_empty(), "{evs:#?}");
}
