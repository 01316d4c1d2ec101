//! Event rules of branch events29 (session 18, issue #2): set phrases ("the two countries",
//! "both sides") stand for the states named last before them; a designation as a terrorist
//! group is a SANCTION of the designated by the designator.

mod common;

use common::{event_by_trigger as event, ids};
use sitrep_record::{EventRecord, EventType};

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
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn events(text: &str) -> Vec<EventRecord> {
    KB.events("2025-10-01", text)
}

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
