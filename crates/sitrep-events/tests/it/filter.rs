//! The event filter (`data/lexicons/events-filter.tsv`): non-event
//! contexts, the political gate, outlets that only report, and the sports
//! domain gate. A small inline knowledge base keeps the tests independent of
//! the built-in KB files.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_events::extract_events;
use sitrep_events::filter::EventFilter;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian
PRT\tcountry\tPortugal\tPRT\t\t\t\t\tadj:Portuguese
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|meto:Washington|place:Cleveland|place:Ohio
politico\tmedia\tPolitico\tUSA\tMED\t\t\t\t
mike-pompeo\tperson\tMike Pompeo\tUSA\tGOV\tsecretary of state\t2018-04-26\t2021-01-20\tPompeo
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
students\tEDU\tgroup
ceo\tBUS\tperson
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn run(text: &str, claims: impl Fn(&str) -> Vec<ClaimRecord>) -> Vec<EventRecord> {
    let layer = TextLayer::new(normalize(text));
    let actors = find_actors(&layer, KB.get(), Some("2019-06-01"));
    let claims = claims(&layer.text);
    let evs = extract_events(&layer, &actors, &claims, common::lexicon());
    for (i, e) in evs.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1), "kept events are renumbered");
    }
    evs
}

fn events(text: &str) -> Vec<EventRecord> {
    run(text, |_| Vec::new())
}

fn types(evs: &[EventRecord]) -> Vec<EventType> {
    evs.iter().map(|e| e.event_type).collect()
}

#[test]
fn idioms_are_not_events_but_the_plain_verbs_still_are() {
    let evs = events("When it comes to Iran, Pompeo is tough.");
    assert!(evs.is_empty(), "{evs:#?}");
    let evs = events("Breaking with decades of U.S. policy, Pompeo praised Israel.");
    assert!(
        !types(&evs).contains(&EventType::Threaten),
        "breaking with is no threat: {evs:#?}"
    );
    // Travel to a country is still a visit.
    let evs = events("Pompeo came to Israel on Monday.");
    assert_eq!(types(&evs), vec![EventType::Consult], "{evs:#?}");
}

#[test]
fn going_to_before_a_verb_is_the_future_not_a_visit() {
    let evs = events("Iran is going to have to talk to Israel.");
    assert!(
        evs.iter()
            .all(|e| e.trigger.text != "going to" && e.trigger.text != "going"),
        "{evs:#?}"
    );
    // "going to" + a verb still marks the event future (the modal row).
    let evs = events("Iran is going to attack Israel.");
    let attack: Vec<_> = evs
        .iter()
        .filter(|e| e.event_type == EventType::Assault)
        .collect();
    assert_eq!(attack.len(), 1, "{evs:#?}");
    assert_eq!(attack[0].modality, Modality::Future);
    assert_eq!(attack[0].source, vec!["IRN".to_string()]);
}

#[test]
fn an_outlet_that_reports_is_not_the_source() {
    let text = "Politico reported the aid to Ukraine had been paused.";
    let evs = run(text, |t| {
        vec![common::claim_at(
            t,
            "c1",
            Some("politico"),
            "reported",
            "the aid to Ukraine had been paused",
            Stance::Assert,
        )]
    });
    assert!(
        evs.iter()
            .all(|e| !e.source.contains(&"politico".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn events_need_a_political_participant() {
    // A company's chief executive and a city are not political actors.
    let evs = events("CEO Adam Neumann resigned in Cleveland.");
    assert!(evs.is_empty(), "{evs:#?}");
    let evs = events("A man was shot in Cleveland, Ohio.");
    assert!(evs.is_empty(), "{evs:#?}");
    // The same verbs with a state or an official are events.
    let evs = events("Pompeo resigned.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let evs = events("Iranian officials attacked Israel.");
    assert_eq!(types(&evs), vec![EventType::Assault], "{evs:#?}");
}

#[test]
fn a_sports_story_keeps_no_event_and_a_political_one_does() {
    let sports = "Portugal beat Ukraine 2-0 in the qualifying match. The team scored twice. \
        The coach praised his players after the game, and the fans cheered the win. \
        Portugal allowed only one shot on goal all season in the league.";
    let evs = events(sports);
    assert!(evs.is_empty(), "{evs:#?}");
    let politics = "Portugal condemned Iran on Monday. Israel attacked Iran. \
        Ukraine urged Iran to stop, and Portugal criticized Israel.";
    assert!(events(politics).len() >= 3);
}

#[test]
fn a_user_filter_row_extends_the_shipped_file() {
    let mut f = EventFilter::builtin().unwrap();
    let before = f.contexts();
    f.add(
        "user.tsv",
        "rule\tvalue\tnote\ncontext\t[hosts|hosted] <det>? x\tnot valid\n",
    )
    .expect_err("a slot with ? is not a pattern");
    f.add(
        "user.tsv",
        "rule\tvalue\tnote\ncontext\t[hosts|hosted] <det> summit\tours\n",
    )
    .unwrap();
    assert_eq!(f.contexts(), before + 1);
}

#[test]
fn generic_verbs_need_two_parties() {
    let evs = events("Pompeo defended the decision on Monday.");
    assert!(evs.is_empty(), "{evs:#?}");
    let evs = events("The deal allows Iran to keep its stance.");
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Concede),
        "{evs:#?}"
    );
    let evs = events("Pompeo defended Israel on Monday.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].source, vec!["mike-pompeo".to_string()]);
    assert_eq!(evs[0].target, vec!["ISR".to_string()]);
}

#[test]
fn an_existing_agreement_named_or_kept_is_no_new_agreement() {
    for text in [
        "The 2015 agreement between Iran and Israel collapsed.",
        "Ukraine wants to save the nuclear deal with Iran.",
        "Portugal tried to keep the Iran nuclear agreement alive.",
    ] {
        let evs = events(text);
        assert!(!types(&evs).contains(&EventType::Agree), "{text}: {evs:#?}");
    }
    // An agreement made is still one.
    let evs = events("Iran and Israel reached an agreement on Sunday.");
    assert_eq!(types(&evs), vec![EventType::Agree], "{evs:#?}");
}

#[test]
fn students_protesting_are_political_though_a_school_is_not() {
    // Education is an apolitical sector: a school's deal is no event ...
    let evs = events("Iranian students signed a deal with a publisher.");
    assert!(evs.is_empty(), "{evs:#?}");
    // ... but students of a state in the street are its people protesting.
    let evs = events("Iranian students staged a protest on Monday.");
    assert_eq!(types(&evs), vec![EventType::Protest], "{evs:#?}");
}
