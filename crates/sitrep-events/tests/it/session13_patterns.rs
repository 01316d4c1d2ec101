//! Session 13 (branch `events18`): general patterns of real news that were coded wrongly —
//! a source's briefing formula read as a meeting, vows of uncoded acts read as threats, time
//! adverbials before a factual infinitive, prescribed declarations read as refusals, and
//! blocked texts. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::{EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
BLR\tcountry\tBelarus\tBLR\t\t\t\t\tadj:Belarusian|meto:Minsk
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|meto:Washington
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tadj:North Korean|meto:Pyongyang
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
KOR\tcountry\tSouth Korea\tKOR\t\t\t\t\tadj:South Korean|meto:Seoul
BRA\tcountry\tBrazil\tBRA\t\t\t\t\tadj:Brazilian
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
ana-brito\tperson\tAna Brito\tBRA\tGOV\tformer president\t2020-01-01\t\tBrito
min-ho\tperson\tMin Ho\tKOR\tGOV\tpresident\t2020-01-01\t\tHo
";
const ROLES: &str = "phrase\tsector\tnumber
parliament\tLEG\tgroup
officials\tGOV\tgroup
official\tGOV\tperson
";

common::events_kb!(ACTORS, ROLES, "2026-12-01");

#[test]
fn speaking_to_the_media_is_no_meeting() {
    for text in [
        "Israel agreed to the plan, said an Israeli official who was not authorised to speak to the media.",
        "Russian officials spoke to reporters in Moscow on Monday.",
        "German officials talked to journalists and briefed the press.",
    ] {
        let evs = events(text);
        assert!(of_type(&evs, EventType::Consult).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: speaking to another actor is a meeting.
    let evs = events("Russian officials spoke to Turkey on Monday.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn a_vow_of_an_uncoded_act_is_no_threat() {
    for text in [
        "Brazil's former president Ana Brito vowed to fight the case.",
        "Brito has vowed to fight the charges in court.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Threaten).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a vow of harm as its object, and a vowed attack.
    let evs = events("Hamas vowed revenge against Israel.");
    assert_eq!(of_type(&evs, EventType::Threaten).len(), 1, "{evs:#?}");
    let evs = events("Hamas vowed to attack Israel.");
    assert!(!evs.is_empty(), "{evs:#?}");
    // A vow to stop someone is aimed at them.
    let evs = events("Brito vowed to stop Israel from getting the weapon.");
    let threat = of_type(&evs, EventType::Threaten);
    assert_eq!(threat.len(), 1, "{evs:#?}");
    assert_eq!(threat[0].target, ids(&["ISR"]), "{evs:#?}");
}

#[test]
fn a_time_adverbial_keeps_the_infinitive_after_a_vote_factual() {
    for text in [
        "South Korea's parliament voted on Saturday to impeach President Min Ho.",
        "Lawmakers in South Korea voted on Monday to impeach President Min Ho.",
    ] {
        let evs = events(text);
        let accuse = of_type(&evs, EventType::Accuse);
        assert_eq!(accuse.len(), 1, "{text}: {evs:#?}");
        assert_eq!(accuse[0].modality, Modality::Asserted, "{text}: {evs:#?}");
    }
    // Near miss: a vote still to come.
    let evs = events("South Korea's parliament will vote on Saturday to impeach President Min Ho.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].modality, Modality::Future, "{evs:#?}");
}

#[test]
fn a_prescribed_declaration_is_hypothetical() {
    for text in [
        "Germany should say it will not fund Israel's army.",
        "The EU must tell Israel that it will not support the offensive.",
    ] {
        let evs = events(text);
        assert!(!evs.is_empty(), "{text}: {evs:#?}");
        assert!(
            evs.iter().all(|e| e.modality == Modality::Hypothetical),
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Reject).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: the declaration made is a refusal now; an obligation
    // before a clause of time is another's, and the act stays a plan.
    let evs = events("Germany said it will not fund Israel's army.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
    let evs = events("Hamas must free the hostages before Israel will agree to a truce.");
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_ne!(agree[0].modality, Modality::Hypothetical, "{evs:#?}");
}

#[test]
fn blocking_a_joint_text_is_a_rejection() {
    let evs = events("Hungary blocked an EU statement on Israel.");
    let reject = of_type(&evs, EventType::Reject);
    assert_eq!(reject.len(), 1, "{evs:#?}");
    assert_eq!(reject[0].source, ids(&["HUN"]), "{evs:#?}");
    // Near miss: blocking a road is a protest, no rejection.
    let evs = events("Protesters blocked a road in Budapest.");
    assert!(of_type(&evs, EventType::Reject).is_empty(), "{evs:#?}");
}

#[test]
fn the_host_of_an_event_is_its_source() {
    for (text, host) in [
        (
            "The talks, hosted by Qatar, between Israel and Hamas resumed on Monday.",
            "QAT",
        ),
        (
            "Israeli negotiators attended talks hosted by Egypt on Sunday.",
            "EGY",
        ),
        ("Russia attended a summit hosted by Turkey.", "TUR"),
    ] {
        let evs = events(text);
        let consult = of_type(&evs, EventType::Consult);
        assert!(
            consult.iter().any(|e| e.source == ids(&[host])),
            "{text}: {evs:#?}"
        );
        assert!(
            consult
                .iter()
                .all(|e| !e.target.contains(&host.to_string())),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a visitor hosted by someone is the host's guest.
    let evs = events("Israel's prime minister was hosted by Egypt on Monday.");
    let consult = of_type(&evs, EventType::Consult);
    assert_eq!(consult.len(), 1, "{evs:#?}");
    assert_eq!(consult[0].source, ids(&["EGY"]), "{evs:#?}");
}

#[test]
fn a_city_naming_an_agreement_is_no_party_to_it() {
    let evs = events("Russia and Ukraine signed the Minsk agreements in 2015.");
    assert!(!evs.is_empty(), "{evs:#?}");
    assert!(
        evs.iter().all(|e| !e.target.contains(&"BLR".to_string())),
        "{evs:#?}"
    );
    let evs = events("The United States withdrew from the Paris agreement.");
    assert!(
        evs.iter().all(|e| !e.target.contains(&"FRA".to_string())),
        "{evs:#?}"
    );
    // Near miss: a state's own name before the noun is a party.
    let evs = events("The United States withdrew from the Iran deal.");
    assert!(
        evs.iter().any(|e| e.target.contains(&"IRN".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn a_gerund_after_by_is_done_by_the_verbs_subject() {
    for text in [
        "North Korea violated UN resolutions by launching a missile toward Japan.",
        "Russia violated the UN Charter by launching an invasion of Ukraine.",
    ] {
        let evs = events(text);
        let assault = of_type(&evs, EventType::Assault);
        assert_eq!(assault.len(), 1, "{text}: {evs:#?}");
        assert!(
            !assault[0].source.contains(&"un".to_string()),
            "{text}: {evs:#?}"
        );
        assert!(!assault[0].source.is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: past a preposition the verb before is another's (the
    // accuser's), and the accused keeps the act.
    let evs =
        events("The UN accused Russia of violating the law by launching missiles at Ukraine.");
    let assault = of_type(&evs, EventType::Assault);
    assert!(
        assault
            .iter()
            .all(|e| !e.source.contains(&"un".to_string())),
        "{evs:#?}"
    );
}
