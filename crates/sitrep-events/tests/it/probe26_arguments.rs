//! Event arguments from the hand-judged errors of probe26 (session 26, branch events28), each
//! rule with a near miss that keeps the old reading: every member of a coordination is a party
//! ("X and Y said they would vote against", "he and X co-chaired", "between X and Y's Z"), and
//! the owner of a possessive name in a list or a "between" phrase only places the owned actor;
//! a modifier, flag or victim is no target ("UN sanctions on Iran", "a Marshall Islands-flagged
//! tanker", "condemned the attack on Qatar").

use crate::common;

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

/// Asserts that the event of `text` whose trigger reads `trigger` has the targets `want`.
fn assert_target(text: &str, trigger: &str, want: &[&str]) {
    let evs = events(text);
    let e = event(&evs, trigger, text);
    assert_eq!(e.target, ids(want), "{evs:#?}");
}

/// The sources of the "vote against" event of `text`, read with one claim by `speaker` whose
/// cue is "said" and whose content is "they would vote against the bill".
fn vote_sources(text: &str, speaker: &str) -> Vec<String> {
    let claims = [claim_at(
        text,
        "c1",
        Some(speaker),
        "said",
        "they would vote against the bill",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-10-01", text, &claims);
    event(&evs, "vote against", text).source.clone()
}

#[test]
fn a_plural_pronoun_in_the_content_stands_for_every_coordinated_speaker() {
    let text = "Ana Mendes and Paulo Reis said they would vote against the bill.";
    assert_eq!(
        vote_sources(text, "paulo-reis"),
        ids(&["ana-mendes", "paulo-reis"])
    );

    // Near miss: one person is no "they" (session 41, events52): a single
    // speaker names no doer, and a vote with no actor makes no event.
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
    assert!(
        evs.iter()
            .all(|e| !e.source.contains(&"paulo-reis".to_string())),
        "{evs:#?}"
    );
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
    assert_target(
        "Turkey brokered a ceasefire between Israel and Lebanon's Hezbollah on Tuesday.",
        "brokered a ceasefire",
        &["ISR", "hezbollah"],
    );

    // A list after a verb: the owned name is the member.
    assert_target(
        "Israel struck Iran and Yemen's Houthis on Tuesday.",
        "struck",
        &["IRN", "houthis"],
    );

    // Near miss: a possessive with no name after it names the side itself.
    let text = "Turkey brokered a ceasefire between Israel and Lebanon's government on Tuesday.";
    let evs = events(text);
    let e = event(&evs, "brokered a ceasefire", text);
    assert!(e.target.contains(&"LBN".to_string()), "{evs:#?}");
}

#[test]
fn a_name_inside_a_gapped_noun_yields_to_the_phrase_aimed_at_someone() {
    assert_target(
        "Britain and Turkey moved to reimpose United Nations sanctions on Iran.",
        "reimpose United Nations sanctions",
        &["IRN"],
    );

    // Near miss: with no aimed phrase, an attitude to a named side's act keeps that side.
    assert_target(
        "Iran rejected a Turkish request for talks.",
        "rejected a Turkish request",
        &["TUR"],
    );
}

#[test]
fn a_flag_state_of_several_words_is_no_target() {
    assert_target(
        "The IRGC seized a Marshall Islands-flagged oil tanker on Thursday.",
        "seized",
        &[],
    );

    // Near miss: the state itself after the verb is the target.
    assert_target(
        "The IRGC seized a tanker of the Marshall Islands on Thursday.",
        "seized",
        &["MHL"],
    );
}

#[test]
fn a_condemned_attack_is_aimed_at_its_doer_not_its_victim() {
    assert_target(
        "Turkey condemned the attack on Qatar.",
        "condemned the attack",
        &[],
    );

    assert_target(
        "Turkey condemned the attack on Qatar by Israel.",
        "condemned the attack",
        &["ISR"],
    );

    // Near miss: a condemned protest or sanction keeps its aimed phrase.
    assert_target(
        "Turkey lodged an official protest with Israel.",
        "lodged an official protest",
        &["ISR"],
    );
}
