//! Session 29 (branch `events31`, issue #2): a coordinated subject keeps a member whose role
//! is qualified by a body's name; a verb coordinated with a said-clause is done by that
//! clause's speaker; word senses of "strike" an agreement, "call" an act unfair
//! and "end" a coalition. Invented sentences.

use crate::common;

use common::{claim_at, ids, of_type};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
AUT\tcountry\tAustria\tAUT\t\t\t\t\tadj:Austrian|meto:Vienna
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
eu-commission\tigo\tEuropean Commission\t\tIGO\t\t\t\t
anna-berg\tperson\tAnna Berg\tAUT\tGOV\tpresident\t2020-01-01\t\tBerg
karl-moser\tperson\tKarl Moser\t\tIGO\tpresident\t2020-01-01\t\tMoser
lena-vogt\tperson\tLena Vogt\tAUT\tOPP\t\t\t\tVogt
paul-roth\tperson\tPaul Roth\tAUT\tGOV\t\t\t\tRoth
green-union\torganization\tGreen Union\tAUT\tGOV\t\t\t\t
civic-party\torganization\tCivic Party\tAUT\tGOV\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\npresident\tGOV\tperson\n";

common::events_kb!(ACTORS, ROLES, "2025-07-27");

fn with_claims(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2025-07-27", text, claims)
}

#[test]
fn coordinated_subject_keeps_a_member_before_a_body_qualified_role() {
    let evs = events(
        "President Anna Berg and European Commission President Karl Moser agreed on Sunday \
         on a trade deal.",
    );
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_eq!(
        agree[0].source,
        ids(&["anna-berg", "karl-moser"]),
        "{evs:#?}"
    );
    // The body that only qualifies the role is no party of its own.
    assert!(agree[0].target.is_empty(), "{evs:#?}");
    // Near miss: a clause of its own before "and" ends the group.
    let evs = events(
        "Anna Berg criticised the plan and European Commission President Karl Moser agreed \
         to delay it.",
    );
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_eq!(agree[0].source, ids(&["karl-moser"]), "{evs:#?}");
}

/// The events of `text` with two claims: `speaker` said `reported`, then the cue `cue` of
/// `content` with `cue_speaker`.
fn said_and(
    text: &str,
    speaker: &str,
    reported: &str,
    cue: &str,
    content: &str,
    cue_speaker: Option<&str>,
) -> Vec<EventRecord> {
    let claims = [
        claim_at(text, "c1", Some(speaker), "said", reported, Stance::Assert),
        claim_at(text, "c2", cue_speaker, cue, content, Stance::Assert),
    ];
    with_claims(text, &claims)
}

#[test]
fn a_verb_coordinated_with_a_said_clause_is_the_speakers() {
    // The reported clause's "would" is not the second verb's either.
    let cases = [
        (
            "Vogt said the first vote showed the coalition was weak and called for new elections.",
            "the first vote showed the coalition was weak",
        ),
        (
            "Vogt said the coalition would fall soon and called for new elections.",
            "the coalition would fall soon",
        ),
    ];
    for (text, reported) in cases {
        let evs = said_and(
            text,
            "lena-vogt",
            reported,
            "called for",
            "new elections",
            None,
        );
        let request = of_type(&evs, EventType::Request);
        assert_eq!(request.len(), 1, "{evs:#?}");
        assert_eq!(request[0].source, ids(&["lena-vogt"]), "{evs:#?}");
        assert_eq!(request[0].modality, Modality::Asserted, "{evs:#?}");
    }
    // "but" coordinates the same way, and a speaker cue with no actor as
    // target keeps its event.
    let text = "Berg said the rally had been peaceful but accused foreign services of \
                stirring unrest.";
    let content = "foreign services of stirring unrest";
    let reported = "the rally had been peaceful";
    let evs = said_and(
        text,
        "anna-berg",
        reported,
        "accused",
        content,
        Some("anna-berg"),
    );
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["anna-berg"]), "{evs:#?}");
    // Near miss: a clause with a subject of its own after the comma.
    let text = "Vogt said the first vote showed the coalition was weak, and the unions called \
                for new elections.";
    let claims = [claim_at(
        text,
        "c1",
        Some("lena-vogt"),
        "said",
        "the first vote showed the coalition was weak",
        Stance::Assert,
    )];
    let evs = with_claims(text, &claims);
    assert!(
        of_type(&evs, EventType::Request)
            .iter()
            .all(|e| !e.source.contains(&"lena-vogt".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn struck_agreements_are_agreements_and_struck_depots_attacks() {
    let evs = events("Japan struck an agreement with the United States on Tuesday.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_eq!(agree[0].source, ids(&["JPN"]), "{evs:#?}");
    let evs = events("Japan struck a deal with the United States on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
    // Near miss: striking a place is still an attack.
    let evs = events("China struck a depot in Japan on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn calling_an_act_unfair_accuses_and_ending_a_coalition_reduces_relations() {
    let evs = events("China called the American tariffs unfair and reckless.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["CHN"]), "{evs:#?}");
    // Near miss: a favourable word is no accusation.
    let evs = events("China called the American offer useful.");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
    let evs = events("The Green Union ended the coalition with the Civic Party on Friday.");
    let sanction = of_type(&evs, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{evs:#?}");
    assert_eq!(sanction[0].source, ids(&["green-union"]), "{evs:#?}");
    assert_eq!(sanction[0].target, ids(&["civic-party"]), "{evs:#?}");
}

#[test]
fn a_mutual_act_does_not_target_its_own_doers() {
    let evs = events(
        "American and Chinese negotiators agreed on Tuesday on a framework to carry out the \
         truce reached in Vienna last month.",
    );
    let agree = of_type(&evs, EventType::Agree);
    assert!(!agree.is_empty(), "{evs:#?}");
    assert!(agree[0].source.len() == 2, "{evs:#?}");
    assert!(agree[0].target.is_empty(), "{evs:#?}");
    // Near miss: another party after "with" stays the target.
    let evs = events("American and Chinese negotiators agreed on a framework with Japan.");
    let agree = of_type(&evs, EventType::Agree);
    assert!(!agree.is_empty(), "{evs:#?}");
    assert_eq!(agree[0].target, ids(&["JPN"]), "{evs:#?}");
}
