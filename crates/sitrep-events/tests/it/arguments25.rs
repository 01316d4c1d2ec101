//! Argument selection of branch events25 (session 16), each rule with a near miss that keeps
//! the old reading: the object of a clause-taking preposition is the subject of a gerund right
//! after it; "to" and a plain word before a name open an infinitive whose object is no target
//! of the verb before (unless it is that verb's own infinitive); a possessor is the doer of an
//! event noun over a date ("Trump's July 25 phone call"); names joined by a hyphen before an
//! event noun are all its doers ("US-China trade talks"); an act is not aimed at some of its
//! own doers ("Egypt and Saudi Arabia denounced the attack"); a retreat in the doer's own
//! state has no target ("Hezbollah declared a ceasefire in south Lebanon"); a gap holding "by"
//! and its agent is no object of a gapped row ("welcomed a call by Ocalan to" is no hosting); an
//! "as" predicate moved before a possessed object leaves the possessor the target ("denounced as
//! an ugly crime Serbia's suppression"); a noun row ending in "by" takes its doer right after
//! ("a call by Turkey to lay down arms": REQUEST by Turkey); a verb that judges an event noun
//! ("considered the attack a violation") is no modifier of it, so its subject is no doer.

use crate::common;

use common::event_by_trigger as event;

use common::{by_trigger, ids};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian|meto:Amman
SRB\tcountry\tSerbia\tSRB\t\t\t\t\tadj:Serbian|meto:Belgrade
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tmeto:Gaza
SAU\tcountry\tSaudi Arabia\tSAU\t\t\t\t\tadj:Saudi|meto:Riyadh
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
ALB\tcountry\tAlbania\tALB\t\t\t\t\tadj:Albanian|meto:Tirana
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
pkk\tarmed_group\tKurdistan Workers' Party\tTUR\tREB\t\t\t\tPKK
abdullah-ocalan\tperson\tAbdullah Ocalan\tTUR\tREB\tleader\t1978-01-01\t\tOcalan
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
joe-biden\tperson\tJoe Biden\tUSA\tGOV\tpresident\t2021-01-01\t\tBiden
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2017-01-01\t2021-01-20\tTrump
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
ayman-safadi\tperson\tAyman Safadi\tJOR\tGOV\tforeign minister\t2017-01-01\t\tSafadi
kurt-volker\tperson\tKurt Volker\tUSA\tGOV\tenvoy\t2017-01-01\t\tVolker
";

common::events_kb!(ACTORS, common::OFFICIALS, "2019-11-20");

#[test]
fn a_name_before_a_gerund_after_a_clause_preposition_is_its_subject() {
    let text = "Volker said he would have objected to Ukraine opening an investigation into Biden.";
    let evs = events(text);
    let e = event(&evs, "opening an investigation", text);
    assert_eq!(e.source, ids(&["UKR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["joe-biden"]), "{e:#?}");

    let text = "Egypt and Jordan criticised the US policy shift, with Jordanian Foreign Minister Ayman Safadi warning of dangerous consequences.";
    let evs = events(text);
    let e = event(&evs, "warning of dangerous consequences", text);
    assert_eq!(e.source, ids(&["ayman-safadi"]), "{e:#?}");

    // Near miss: after a place preposition the name is where the act
    // happened, not who did it; the clause's subject stays the doer.
    let text = "Israel kept up its strikes, with jets over Gaza killing 20 people.";
    let evs = events(text);
    if let Some(e) = by_trigger(&evs, "killing") {
        assert!(!e.source.contains(&"PSE".to_string()), "{e:#?}");
    }
}

#[test]
fn a_name_in_a_later_infinitive_is_no_target_of_the_verb() {
    let text = "Trump said the accord had failed to stop Iran's missile programme.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.target.contains(&"IRN".to_string())),
        "{evs:#?}"
    );
    // Near miss: the verb's own infinitive is its complement, aimed at the
    // infinitive's object.
    let text = "Trump vowed to stop Iran from getting a nuclear weapon.";
    let evs = events(text);
    let e = event(&evs, "vowed", text);
    assert_eq!(e.target, ids(&["IRN"]), "{e:#?}");
    // Near miss: an adjective name after the plain word heads a noun phrase.
    let text = "Israel sent a letter to senior Iranian officials.";
    let evs = events(text);
    let e = event(&evs, "sent a letter", text);
    assert_eq!(e.target, ids(&["IRNGOV"]), "{e:#?}");
}

#[test]
fn a_possessor_is_the_doer_of_an_event_noun_over_a_date() {
    let text =
        "Democrats asked about Trump's July 25 phone call with Ukrainian President Zelensky.";
    let evs = events(text);
    let e = event(&evs, "phone call", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
}

#[test]
fn names_joined_by_a_hyphen_before_an_event_noun_are_all_its_doers() {
    let text = "A muddled view of US-China trade talks weighed on investors.";
    let evs = events(text);
    let e = event(&evs, "talks", text);
    assert_eq!(e.source, ids(&["USA", "CHN"]), "{e:#?}");
    let text = "India-Pakistan talks resumed on Monday.";
    let evs = events(text);
    let e = event(&evs, "talks", text);
    assert_eq!(e.source, ids(&["IND", "PAK"]), "{e:#?}");
    // Near miss: a single name before the noun stays the only doer.
    let text = "Chinese trade talks resumed on Monday.";
    let evs = events(text);
    let e = event(&evs, "talks", text);
    assert_eq!(e.source, ids(&["CHN"]), "{e:#?}");
}

#[test]
fn an_act_is_not_aimed_at_some_of_its_own_doers() {
    // As sitrep-claims reads it: a denunciation by the last-named state
    // whose content is the attack, which lends the denunciation a target.
    let text = "Egypt and Saudi Arabia denounced the attack.";
    let claim = common::claim_at(
        text,
        "c1",
        Some("SAU"),
        "denounced",
        "the attack",
        sitrep_record::Stance::Assert,
    );
    let evs = KB.events_with("2019-11-20", text, &[claim]);
    let e = event(&evs, "denounced", text);
    assert_eq!(e.source, ids(&["EGY", "SAU"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
    // Near miss: a third party named as the object stays the target.
    let text = "Egypt and Saudi Arabia denounced Israel.";
    let evs = events(text);
    let e = event(&evs, "denounced", text);
    assert_eq!(e.target, ids(&["ISR"]), "{e:#?}");
}

#[test]
fn a_retreat_at_home_is_aimed_at_no_one() {
    let text = "Hezbollah declared a unilateral ceasefire on Wednesday in south Lebanon.";
    let evs = events(text);
    let e = event(&evs, "declared a unilateral ceasefire", text);
    assert!(e.target.is_empty(), "{e:#?}");
    // Near miss: a retreat in another state's land keeps it as the target.
    let text = "Israeli troops retreated on Wednesday in south Lebanon.";
    let evs = events(text);
    let e = event(&evs, "retreated", text);
    assert_eq!(e.target, ids(&["LBN"]), "{e:#?}");
}

#[test]
fn a_gap_holding_an_agent_phrase_is_no_object_of_a_gapped_row() {
    let text = "Turkey welcomed a call by Ocalan to lay down arms.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| e.event_type != sitrep_record::EventType::Consult),
        "{evs:#?}"
    );
    // Near miss: a plain object in the gap keeps the row ("welcome ... to":
    // hosting a visit).
    let text = "Turkey welcomed a visitor to Ankara.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|e| e.event_type == sitrep_record::EventType::Consult),
        "{evs:#?}"
    );
}

#[test]
fn an_as_predicate_before_a_possessed_object_leaves_the_possessor_the_target() {
    let text = "Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest.";
    let evs = events(text);
    let e = event(&evs, "denounced", text);
    assert_eq!(e.target, ids(&["SRB"]), "{e:#?}");
    // Near miss: an "as" phrase with no possessor after it names no target.
    let text = "Albania on Friday denounced as an ugly crime the suppression of the unrest.";
    let evs = events(text);
    let e = event(&evs, "denounced", text);
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_call_by_a_named_caller_is_a_request_by_the_caller() {
    let text = "The PKK answered a call by Turkey to lay down arms.";
    let evs = events(text);
    let e = event(&evs, "call by", text);
    assert_eq!(e.event_type, sitrep_record::EventType::Request, "{e:#?}");
    assert_eq!(e.source, ids(&["TUR"]), "{e:#?}");
    // Near miss: a call with no caller named stays no event.
    let text = "The PKK answered a phone call from its lawyers.";
    let evs = events(text);
    assert!(by_trigger(&evs, "call").is_none(), "{evs:#?}");
}

#[test]
fn a_verb_that_judges_an_event_noun_lends_it_no_doer() {
    let text = "Doha considered the attack a flagrant violation of international law.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| !(e.event_type == sitrep_record::EventType::Assault
                && e.source.contains(&"QAT".to_string()))),
        "{evs:#?}"
    );
    // Near miss: the noun's own modifier still names its doer.
    let text = "Doha considered the Qatari attack a success.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.event_type == sitrep_record::EventType::Assault
            && e.source == ids(&["QAT"])),
        "{evs:#?}"
    );
}
