//! Event arguments from the hand-judged errors of probe26 (session 26, branch events28), each
//! rule with a near miss that keeps the old reading: every member of a coordination is a party
//! ("X and Y said they would vote against", "he and X co-chaired", "between X and Y's Z"), and
//! the owner of a possessive name in a list or a "between" phrase only places the owned actor;
//! a modifier, flag or victim is no target ("UN sanctions on Iran", "a Marshall Islands-flagged
//! tanker", "condemned the attack on Qatar").

mod common;

use common::{claim_at, event_by_trigger as event, ids};
use sitrep_record::Stance;

common::events_kb!(PEOPLE, common::OFFICIALS, "2025-10-01");

/// States, groups and people of the tests (two ministers of one state).
const PEOPLE: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
MHL\tcountry\tMarshall Islands\tMHL\t\t\t\t\tadj:Marshallese
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN
irgc\tarmed_group\tIslamic Revolutionary Guard Corps\tIRN\tMIL\t\t\t\tabbr:IRGC
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni|meto:Sanaa
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
ana-mendes\tperson\tAna Mendes\tISR\tGOV\tminister\t2023-01-01\t\tMendes
paulo-reis\tperson\tPaulo Reis\tISR\tGOV\tminister\t2023-01-01\t\tReis
";

#[test]
fn a_plural_pronoun_in_the_content_stands_for_every_coordinated_speaker() {
    let text = "Ana Mendes and Paulo Reis said they would vote against the bill.";
    let claims = [claim_at(
        text,
        "c1",
        Some("paulo-reis"),
        "said",
        "they would vote against the bill",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-10-01", text, &claims);
    let e = event(&evs, "vote against", text);
    assert_eq!(e.source, ids(&["ana-mendes", "paulo-reis"]), "{evs:#?}");

    // Near miss: a single speaker is still the only source.
    let text = "Paulo Reis said they would vote against the bill.";
    let claims = [claim_at(
        text,
        "c1",
        Some("paulo-reis"),
        "said",
        "they would vote against the bill",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-10-01", text, &claims);
    let e = event(&evs, "vote against", text);
    assert_eq!(e.source, ids(&["paulo-reis"]), "{evs:#?}");
}

#[test]
fn a_subject_pronoun_coordinated_before_a_name_is_a_doer_too() {
    let text = "Erdogan arrived in Ankara. He and Vladimir Putin condemned Israel.";
    let evs = events(text);
    let e = event(&evs, "condemned", text);
    assert_eq!(
        e.source,
        ids(&["recep-tayyip-erdogan", "vladimir-putin"]),
        "{evs:#?}"
    );
    assert_eq!(e.target, ids(&["ISR"]), "{evs:#?}");

    // Near miss: a pronoun owning the subject is not coordinated with it.
    let text = "Erdogan arrived in Ankara. His ally Vladimir Putin condemned Israel.";
    let evs = events(text);
    let e = event(&evs, "condemned", text);
    assert!(
        !e.source.contains(&"recep-tayyip-erdogan".to_string()),
        "{evs:#?}"
    );
}

#[test]
fn the_owner_of_a_possessive_name_is_no_side() {
    let text = "Turkey brokered a ceasefire between Israel and Lebanon's Hezbollah on Tuesday.";
    let evs = events(text);
    let e = event(&evs, "brokered a ceasefire", text);
    assert_eq!(e.target, ids(&["ISR", "hezbollah"]), "{evs:#?}");

    // A list after a verb: the owned name is the member.
    let text = "Israel struck Iran and Yemen's Houthis on Tuesday.";
    let evs = events(text);
    let e = event(&evs, "struck", text);
    assert_eq!(e.target, ids(&["IRN", "houthis"]), "{evs:#?}");

    // Near miss: a possessive with no name after it names the side itself.
    let text = "Turkey brokered a ceasefire between Israel and Lebanon's government on Tuesday.";
    let evs = events(text);
    let e = event(&evs, "brokered a ceasefire", text);
    assert!(e.target.contains(&"LBN".to_string()), "{evs:#?}");
}

#[test]
fn a_name_inside_a_gapped_noun_yields_to_the_phrase_aimed_at_someone() {
    let text = "Britain and Turkey moved to reimpose United Nations sanctions on Iran.";
    let evs = events(text);
    let e = event(&evs, "reimpose United Nations sanctions", text);
    assert_eq!(e.target, ids(&["IRN"]), "{evs:#?}");

    // Near miss: with no aimed phrase, an attitude to a named side's act keeps that side.
    let text = "Iran rejected a Turkish request for talks.";
    let evs = events(text);
    let e = event(&evs, "rejected a Turkish request", text);
    assert_eq!(e.target, ids(&["TUR"]), "{evs:#?}");
}

#[test]
fn a_flag_state_of_several_words_is_no_target() {
    let text = "The IRGC seized a Marshall Islands-flagged oil tanker on Thursday.";
    let evs = events(text);
    let e = event(&evs, "seized", text);
    assert!(e.target.is_empty(), "{evs:#?}");

    // Near miss: the state itself after the verb is the target.
    let text = "The IRGC seized a tanker of the Marshall Islands on Thursday.";
    let evs = events(text);
    let e = event(&evs, "seized", text);
    assert_eq!(e.target, ids(&["MHL"]), "{evs:#?}");
}

#[test]
fn a_condemned_attack_is_aimed_at_its_doer_not_its_victim() {
    let text = "Turkey condemned the attack on Qatar.";
    let evs = events(text);
    let e = event(&evs, "condemned the attack", text);
    assert!(e.target.is_empty(), "{evs:#?}");

    let text = "Turkey condemned the attack on Qatar by Israel.";
    let evs = events(text);
    let e = event(&evs, "condemned the attack", text);
    assert_eq!(e.target, ids(&["ISR"]), "{evs:#?}");

    // Near miss: a condemned protest or sanction keeps its aimed phrase.
    let text = "Turkey lodged an official protest with Israel.";
    let evs = events(text);
    let e = event(&evs, "lodged an official protest", text);
    assert_eq!(e.target, ids(&["ISR"]), "{evs:#?}");
}
