//! Session 13 (branch `events19`): the lexicon side of a probe of new wire copy — types decided
//! by what is sent, breached or banned, verbs that were missed, and words that are no events
//! (adjectives, boilerplate, figures of speech, named treaties). Invented sentences, each class
//! with a near miss that keeps the old reading.

use crate::common;

use common::{ids, of_type};
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
MAR\tcountry\tMorocco\tMAR\t\t\t\t\tadj:Moroccan|meto:Rabat
ITA\tcountry\tItaly\tITA\t\t\t\t\tadj:Italian|meto:Rome
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian|meto:Ottawa
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
AUS\tcountry\tAustralia\tAUS\t\t\t\t\tadj:Australian|meto:Canberra
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
GAB\tcountry\tGabon\tGAB\t\t\t\t\tadj:Gabonese
PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tadj:North Korean|meto:Pyongyang
KOR\tcountry\tSouth Korea\tKOR\t\t\t\t\tadj:South Korean|meto:Seoul
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|meto:Washington
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
recep-erdogan\tperson\tRecep Erdogan\tTUR\tGOV\tpresident\t2014-01-01\t\tErdogan
vlad-orlov\tperson\tVlad Orlov\tRUS\tGOV\tpresident\t2014-01-01\t\tOrlov
ali-nguema\tperson\tAli Nguema\tGAB\tGOV\tpresident\t2014-01-01\t\tNguema
";
const ROLES: &str = "phrase\tsector\tnumber
ministry\tGOV\tgroup
officials\tGOV\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-01-15");

fn types(evs: &[EventRecord]) -> Vec<EventType> {
    evs.iter().map(|e| e.event_type).collect()
}

#[test]
fn rescuers_and_medics_sent_abroad_are_aid() {
    for (text, src, tgt) in [
        (
            "Germany sent rescue teams to Morocco after the earthquake.",
            "DEU",
            "MAR",
        ),
        (
            "Italy dispatched medical teams to Turkey on Tuesday.",
            "ITA",
            "TUR",
        ),
        (
            "Canada sent two urban search-and-rescue teams to Turkey.",
            "CAN",
            "TUR",
        ),
    ] {
        let evs = events(text);
        let aid = of_type(&evs, EventType::Aid);
        assert_eq!(aid.len(), 1, "{text}: {evs:#?}");
        assert_eq!(aid[0].source, ids(&[src]), "{text}");
        assert_eq!(aid[0].target, ids(&[tgt]), "{text}");
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: soldiers sent abroad stay a force posture.
    let evs = events("Germany sent troops to Morocco.");
    assert_eq!(types(&evs), vec![EventType::Mobilize], "{evs:#?}");
}

#[test]
fn breaching_a_network_is_a_cyberattack() {
    // Coded as "hack into" is, and as the PLOVER gold codes intrusions: COERCE (data15).
    let text = "Hackers linked to Russia breached the Japanese parliament's computer network.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Coerce).len(),
        1,
        "{text}: {evs:#?}"
    );
    assert!(
        of_type(&evs, EventType::Reject).is_empty(),
        "{text}: {evs:#?}"
    );
    // Near miss: breaching a rule is still a defiance.
    let evs = events("Russia breached the agreement with Japan.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
}

#[test]
fn stepping_up_joint_patrols_is_cooperation() {
    let text = "Japan stepped up joint patrols with Australia in the region.";
    let evs = events(text);
    assert_eq!(types(&evs), vec![EventType::Cooperate], "{text}: {evs:#?}");
    // Near miss: patrols of one's own are a show of force.
    let evs = events("China stepped up patrols near Japan.");
    assert!(of_type(&evs, EventType::Cooperate).is_empty(), "{evs:#?}");
}

#[test]
fn a_ban_on_another_states_trade_is_a_sanction() {
    for text in [
        "The EU banned transactions with Russian banks.",
        "The package bans the reloading of Russian gas in EU ports.",
        "Canada prohibited new investments in Iran.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Sanction).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Whatever is banned: a ban that falls on another state is a sanction.
    for text in [
        "The EU banned Russian oil on Friday.",
        "Canada banned Chinese goods made with forced labour.",
    ] {
        let evs = events(text);
        assert_eq!(types(&evs), vec![EventType::Sanction], "{text}: {evs:#?}");
    }
    // Near miss: a ban on a party inside a state stays coercion.
    let evs = events("Russia banned the opposition party on Friday.");
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
}

#[test]
fn a_warning_to_respond_with_force_to_any_incursion_is_a_threat() {
    let text =
        "Pyongyang warned that it would respond with force to any incursion by South Korean drones.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Threaten).len(),
        1,
        "{text}: {evs:#?}"
    );
    assert!(
        of_type(&evs, EventType::Assault).is_empty(),
        "{text}: {evs:#?}"
    );
    // Near miss: an incursion that happened is an attack.
    let evs = events("North Korean drones made an incursion into South Korea.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
}

#[test]
fn missed_crackdown_and_withdrawal_verbs() {
    for (text, ty) in [
        (
            "Soldiers in Gabon removed President Ali Nguema from power.",
            EventType::Coerce,
        ),
        (
            "Pakistan cut internet access across the country.",
            EventType::Coerce,
        ),
        (
            "Israel pulled its forces out of the city of Jenin.",
            EventType::Retreat,
        ),
        (
            "Turkish President Erdogan spoke by phone with Russian President Orlov on Monday.",
            EventType::Consult,
        ),
    ] {
        let evs = events(text);
        assert_eq!(types(&evs), vec![ty], "{text}: {evs:#?}");
    }
    // Near miss: a bare "removed" is no event.
    let evs = events("Pakistan removed the old rules on Monday.");
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn adjectives_boilerplate_and_figures_are_no_events() {
    for text in [
        "Russia warned of armed attacks on its vessels by Japanese groups.",
        "The Turkish ministry did not respond to requests for comment.",
        "Japan cited its 1960 mutual security treaty with the United States.",
        "Japan said its defence treaty with the United States was strong.",
        "An aid convoy crossed into Lebanon on Sunday, the U.N. said.",
        "It was a move widely seen as targeting France.",
        "Zelenskiy said the measures would reduce Russia's ability to finance the war.",
        "'We welcome competition, but it must be fair,' a French official said.",
        "China said the tariffs violated trade rules.",
        "Washington said its treaty with Seoul extends to armed attacks on South Korean ships.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Aid).is_empty()
                && of_type(&evs, EventType::Request).is_empty()
                && of_type(&evs, EventType::Assault).is_empty()
                && of_type(&evs, EventType::Reject).is_empty()
                && of_type(&evs, EventType::Support).is_empty()
                && !evs.iter().any(|e| e.trigger.text.contains("treaty")),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: the verb uses keep their events.
    for (text, ty) in [
        (
            "Iran armed militias in Iraq, U.S. officials said.",
            EventType::Aid,
        ),
        (
            "Russian tanks crossed into Lebanon on Sunday.",
            EventType::Assault,
        ),
        ("France welcomed the decision of Japan.", EventType::Support),
        ("Japan requested help from Australia.", EventType::Request),
        (
            "Japan and Australia signed a treaty on Monday.",
            EventType::Support,
        ),
    ] {
        let evs = events(text);
        assert_eq!(of_type(&evs, ty).len(), 1, "{text}: {evs:#?}");
    }
}

#[test]
fn one_sports_word_in_a_brief_is_no_sports_story() {
    let text = "Japan sent a medical team to Turkey after the earthquake.";
    let evs = events(text);
    assert_eq!(types(&evs), vec![EventType::Aid], "{text}: {evs:#?}");
    // Near miss: a match report with several sports words keeps no event.
    let text = "Japan's team attacked Turkey's defence in the final and scored twice.";
    let evs = events(text);
    assert!(evs.is_empty(), "{text}: {evs:#?}");
}
