//! Event rules of branch events29 (session 18, issue #2): set phrases ("the two countries",
//! "both sides") stand for the states named last before them; a designation as a terrorist
//! group is a SANCTION of the designated by the designator; "armed with" is equipment; "it" in
//! a person's reported speech; an ordered act lies ahead; object relatives; result clauses
//! after a passive.

use crate::common;

use common::{event_by_trigger as event, ids, of_type};
use sitrep_record::{EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
USA\tcountry\tUnited States\tUSA\t\t\t\t\tadj:U.S.|meto:Washington
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\t
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t\t\tTrump
benjamin-netanyahu\tperson\tBenjamin Netanyahu\tISR\tGOV\tprime minister\t\t\tNetanyahu
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tplace:Gaza|place:Gaza Strip
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
COD\tcountry\tDemocratic Republic of the Congo\tCOD\t\t\t\t\tadj:Congolese
BDI\tcountry\tBurundi\tBDI\t\t\t\t\tadj:Burundian
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
refugees\tREF\tgroup
militiamen\tUAF\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-10-01");

#[test]
fn the_two_countries_are_the_two_states_named_before() {
    let text =
        "Iran and Oman held talks on Sunday. The two countries agreed to meet again next week.";
    let evs = events(text);
    let e = event(&evs, "agreed", text);
    assert_eq!(e.event_type, EventType::Agree, "{e:#?}");
    assert_eq!(e.source, ids(&["IRN", "OMN"]), "{e:#?}");
    // "both sides" as the subject, the same.
    let text = "Russia and Ukraine exchanged prisoners. Both sides accused each other of violating the truce.";
    let evs = events(text);
    let e = event(&evs, "accused each other", text);
    assert_eq!(e.source, ids(&["RUS", "UKR"]), "{e:#?}");
}

#[test]
fn the_set_phrase_as_object_and_of_three() {
    let text = "Iran and Oman held talks on Sunday. Trump urged the two countries to sign a deal.";
    let evs = events(text);
    let e = event(&evs, "urged", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IRN", "OMN"]), "{e:#?}");
    let text = "Russia, Iran and Turkey met in Astana. The three nations agreed to set up a monitoring group.";
    let evs = events(text);
    let e = event(&evs, "agreed", text);
    assert_eq!(e.source, ids(&["RUS", "IRN", "TUR"]), "{e:#?}");
}

#[test]
fn a_place_is_not_among_the_set_and_a_longer_list_must_be_coordinated() {
    // Oman is where the talks were held, no party: the two are Iran and the US.
    let text =
        "Iran and the United States held talks in Oman. The two countries agreed to meet again.";
    let evs = events(text);
    let e = event(&evs, "agreed", text);
    assert_eq!(e.source, ids(&["IRN", "USA"]), "{e:#?}");
    // Three states named, the last two not coordinated: the phrase stays unresolved.
    let text = "Iran warned Russia about Turkey. The two countries agreed to meet again.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.source.iter().any(|s| s == "TUR")),
        "{evs:#?}"
    );
    assert!(evs.iter().all(|e| e.trigger.text != "agreed"), "{evs:#?}");
}

#[test]
fn an_indefinite_number_names_no_set() {
    // Near miss: "two countries" without an article is any two.
    let text = "Iran and Oman held talks. Two countries later agreed to mediate.";
    let evs = events(text);
    assert!(evs.iter().all(|e| e.trigger.text != "agreed"), "{evs:#?}");
}

#[test]
fn a_designation_as_a_terrorist_group_is_a_sanction() {
    let text = "Israel designated Hamas as a terrorist organization.";
    let evs = events(text);
    let e = event(&evs, "designated", text);
    assert_eq!(e.event_type, EventType::Sanction, "{e:#?}");
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["hamas"]), "{e:#?}");
    // The passive, with the designator after "by".
    let text = "Hamas was designated a terrorist group by the United States in 1997.";
    let evs = events(text);
    let e = event(&evs, "designated", text);
    assert_eq!(e.event_type, EventType::Sanction, "{e:#?}");
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["hamas"]), "{e:#?}");
    // The noun, with the designator as possessor.
    let text =
        "Washington's designation of the Houthis as a terrorist organization angered aid groups.";
    let evs = events(text);
    let e = event(&evs, "designation", text);
    assert_eq!(e.event_type, EventType::Sanction, "{e:#?}");
    assert_eq!(e.source, ids(&["USA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["houthis"]), "{e:#?}");
}

#[test]
fn a_designation_of_another_class_is_no_event() {
    // Near misses: no `listed` word after the object.
    for text in [
        "Police cordoned off the designated area near the Israeli embassy.",
        "Russia designated Ukraine's embassy an undesirable organization.",
        "Israel designated Hamas negotiators for the talks.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter().all(|e| !e.trigger.text.starts_with("designat")),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn the_first_whole_pair_of_a_longer_sentence_is_the_set() {
    // The parties come first; the mediators named after them are no pair of "the two sides".
    let text =
        "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey. \
                The two sides will meet again in Istanbul.";
    let evs = events(text);
    let e = event(&evs, "meet", text);
    assert_eq!(e.source, ids(&["PAK", "AFG"]), "{e:#?}");
    // Near miss: the last two of a list of four are no pair.
    let text = "The truce was proposed by the United States, Qatar, Turkey and Oman. \
                Both sides were expected to sign.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| e.trigger.text != "sign" || e.source.is_empty()),
        "{evs:#?}"
    );
}

#[test]
fn armed_with_is_equipment_not_aid() {
    let text = "Hamas gunmen armed with knives attacked Israeli soldiers.";
    let evs = events(text);
    assert!(of_type(&evs, EventType::Aid).is_empty(), "{evs:#?}");
    // The attack keeps its doer now that no AID stands between.
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["hamas"]), "{e:#?}");
    // Near miss: arming someone with weapons is aid.
    let text = "Iran armed the Houthis with missiles.";
    let evs = events(text);
    let e = event(&evs, "armed", text);
    assert_eq!(e.event_type, EventType::Aid, "{e:#?}");
    assert_eq!(e.source, ids(&["IRN"]), "{e:#?}");
}

#[test]
fn it_in_a_persons_speech_is_the_state_opening_the_clause() {
    let text = "Trump said Israel would lose all of its support from the United States if it annexed the territory.";
    let claims = [common::claim_at(
        text,
        "c1",
        Some("donald-trump"),
        "said",
        "Israel would lose all of its support from the United States if it annexed the territory",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-10-01", text, &claims);
    let e = event(&evs, "annexed", text);
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    // Near miss: with no state opening the clause, "it" stays the speaker's.
    let text = "Trump said it would impose sanctions on Iran.";
    let claims = [common::claim_at(
        text,
        "c1",
        Some("donald-trump"),
        "said",
        "it would impose sanctions on Iran",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-10-01", text, &claims);
    let e = event(&evs, "impose sanctions", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
}

#[test]
fn an_act_ordered_of_ones_own_forces_lies_ahead() {
    for (text, trigger) in [
        (
            "Netanyahu ordered the military to carry out strikes in the Gaza Strip.",
            "strikes",
        ),
        (
            "Netanyahu ordered the military to strike the Gaza Strip.",
            "strike",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.event_type, EventType::Assault, "{e:#?}");
        assert_eq!(e.source, ids(&["benjamin-netanyahu"]), "{e:#?}");
        assert_eq!(e.modality, Modality::Future, "{text}: {e:#?}");
    }
}

#[test]
fn an_object_relative_with_its_own_subject_is_no_doer() {
    // "which his administration has designated": the gang is designated, not the designator.
    let text = "The boat belonged to Hamas, which his administration has designated a terrorist organization.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| !e.trigger.text.starts_with("designat") || e.source != ids(&["hamas"])),
        "{evs:#?}"
    );
    // Near miss: a subject relative ("who have long refused") keeps the antecedent.
    let text = "Talks with the Houthis, who have long refused to negotiate with Israel, stalled.";
    let evs = events(text);
    let e = event(&evs, "refused", text);
    assert_eq!(e.source, ids(&["houthis"]), "{e:#?}");
}

#[test]
fn a_result_clause_after_a_passive_is_the_agents_act() {
    // The killing is the attack's result, by its agent: one event, not a second one by the
    // attacked refugees.
    let text = "A camp for Congolese refugees was attacked by Burundian militiamen, killing at least 156 people.";
    let evs = events(text);
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["BDIUAF"]), "{e:#?}");
    assert_eq!(e.target, ids(&["CODREF"]), "{e:#?}");
}

#[test]
fn names_inside_the_barred_act_are_no_target() {
    // What the object is kept from doing: Iran's sites are where the inspectors may not go.
    let text = "The new law bars inspectors from entering Iran's nuclear sites.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.target.contains(&"IRN".to_string())),
        "{evs:#?}"
    );
    // Near misses: a named object before "from" stays the target, and "neighboring" is no
    // gerund.
    let text = "Israel banned Iranian diplomats from entering the country.";
    let evs = events(text);
    let e = event(&evs, "banned", text);
    assert_eq!(e.target, ids(&["IRN"]), "{e:#?}");
    let text = "Syria said it was willing to withdraw its troops from neighboring Lebanon.";
    let evs = events(text);
    let e = event(&evs, "withdraw its troops", text);
    assert_eq!(e.target, ids(&["LBN"]), "{e:#?}");
}

#[test]
fn a_possessive_in_a_speech_acts_words_names_its_target() {
    // "its demands" are the demands of the subject of the clause before, not of the rejecter.
    let text = "Hamas met Turkish mediators on Monday. Israel rejected its demands.";
    let evs = events(text);
    let e = event(&evs, "rejected its demands", text);
    assert_eq!(e.source, ids(&["ISR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["hamas"]), "{e:#?}");
    // "their": of a coordination, the one that is not the doer.
    let text = "Russia and Ukraine held talks. Kyiv rejected their demands.";
    let evs = events(text);
    let e = event(&evs, "rejected their demands", text);
    assert_eq!(e.target, ids(&["RUS"]), "{e:#?}");
}
