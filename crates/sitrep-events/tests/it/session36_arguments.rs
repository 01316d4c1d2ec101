//! Session 36 (branch `events42`, issue #2): event arguments. A hostile act that a reported
//! clause has as the subject of an event verb, or that is aimed at the speaker's own state,
//! is not the speaker's act; "it" after a preposition or a verb is that word's object, not a
//! subject.
//! Invented sentences.

use crate::common;

use common::{claim_at, ids, of_type, WORLD_ACTORS};
use sitrep_record::{EventRecord, EventType, Stance};

static KB: common::InlineKb = common::InlineKb::new(WORLD_ACTORS, common::OFFICIALS);

fn events(text: &str) -> Vec<EventRecord> {
    KB.events("2025-09-09", text)
}

/// The events of `text` with one claim: `speaker` says `content` ("said" the cue).
fn said(text: &str, speaker: &str, content: &str) -> Vec<EventRecord> {
    KB.reported("2025-09-09", text, speaker, "said", content)
}

fn sourced_by<'a>(evs: &'a [EventRecord], who: &str) -> Vec<&'a EventRecord> {
    evs.iter()
        .filter(|e| e.source.iter().any(|a| a == who))
        .collect()
}

#[test]
fn a_hostile_act_that_the_reported_clause_is_about_is_not_the_speakers() {
    for (text, speaker, content) in [
        (
            "Zelensky said the shelling had destroyed Kharkiv.",
            "volodymyr-zelensky",
            "the shelling had destroyed Kharkiv",
        ),
        (
            "Erdogan said the bombing would destroy the city of Aleppo in Syria.",
            "recep-tayyip-erdogan",
            "the bombing would destroy the city of Aleppo in Syria",
        ),
        (
            "Hezbollah said the strikes had killed five of its fighters.",
            "hezbollah",
            "the strikes had killed five of its fighters",
        ),
        (
            "Erdogan said the raids in Damascus targeted Hezbollah.",
            "recep-tayyip-erdogan",
            "the raids in Damascus targeted Hezbollah",
        ),
    ] {
        let evs = said(text, speaker, content);
        assert!(sourced_by(&evs, speaker).is_empty(), "{text}: {evs:#?}");
    }
    // Near misses: a doer the clause names stays, and a noun that is the
    // whole of what the speaker announces is the speaker's own act.
    let text = "Zelensky said Russian strikes had destroyed Kharkiv.";
    let evs = said(
        text,
        "volodymyr-zelensky",
        "Russian strikes had destroyed Kharkiv",
    );
    let assault = of_type(&evs, EventType::Assault);
    assert!(
        assault.iter().any(|e| e.source == ids(&["RUS"])),
        "{text}: {evs:#?}"
    );
    let text = "Turkey announced strikes on Hezbollah positions.";
    let claims = [claim_at(
        text,
        "c1",
        Some("TUR"),
        "announced",
        "strikes on Hezbollah positions",
        Stance::Assert,
    )];
    let evs = KB.events_with("2025-09-09", text, &claims);
    assert!(!sourced_by(&evs, "TUR").is_empty(), "{text}: {evs:#?}");
}

#[test]
fn a_hostile_act_aimed_at_the_speakers_own_state_is_not_the_speakers() {
    for (text, speaker, content) in [
        (
            "Zelensky said the missile attack on Kyiv showed that Moscow did not want peace.",
            "volodymyr-zelensky",
            "the missile attack on Kyiv showed that Moscow did not want peace",
        ),
        (
            "Iran said the strikes on its nuclear sites were a crime.",
            "IRN",
            "the strikes on its nuclear sites were a crime",
        ),
    ] {
        let evs = said(text, speaker, content);
        assert!(sourced_by(&evs, speaker).is_empty(), "{text}: {evs:#?}");
    }
    // Near miss: an act on another state the speaker announces stays the
    // speaker's.
    let text = "Zelensky said the drone attack on Moscow was a reply.";
    let evs = said(
        text,
        "volodymyr-zelensky",
        "the drone attack on Moscow was a reply",
    );
    assert!(
        !sourced_by(&evs, "volodymyr-zelensky").is_empty(),
        "{text}: {evs:#?}"
    );
}

#[test]
fn it_after_a_preposition_or_a_verb_is_no_subject() {
    for text in [
        "Erdogan said efforts to combat it will destroy the Syrian economy.",
        "Erdogan said the campaign against it would destroy the Syrian economy.",
    ] {
        let content = &text[text.find("said ").unwrap() + 5..text.len() - 1];
        let evs = said(text, "recep-tayyip-erdogan", content);
        assert!(
            sourced_by(&evs, "recep-tayyip-erdogan").is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: "it" opening the reported clause is its subject.
    let text = "Turkey said it would destroy the camps in Syria.";
    let evs = said(text, "TUR", "it would destroy the camps in Syria");
    assert!(!sourced_by(&evs, "TUR").is_empty(), "{text}: {evs:#?}");
}

const COURT_ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American
USAGOV\tcountry\tUS government\tUSA\tGOV\t\t\t\tTrump administration|the administration
KEN\tcountry\tKenya\tKEN\t\t\t\t\tadj:Kenyan
KENGOV\tcountry\tKenyan government\tKEN\tGOV\t\t\t\t
KENJUD\tcountry\tKenyan High Court\tKEN\tJUD\t\t\t\tHigh Court
jane-roe\tperson\tJane Roe\tUSA\tJUD\tdistrict judge\t\t\tsurname:Roe
";

static COURT_KB: common::InlineKb = common::InlineKb::new(COURT_ACTORS, common::OFFICIALS);

#[test]
fn a_courts_order_without_an_addressee_is_aimed_at_the_government_named_before() {
    let text = "The Trump administration flew the men to El Salvador. US District Judge Jane Roe \
                ordered that the planes be turned around.";
    let evs = COURT_KB.events("2025-03-16", text);
    let order = common::event_by_trigger(&evs, "ordered", text);
    assert_eq!(order.target, ids(&["USAGOV"]), "{evs:#?}");
    let text =
        "The Kenyan government banned the rally. The High Court orders that the march go ahead.";
    let evs = COURT_KB.events("2025-03-16", text);
    let order = common::event_by_trigger(&evs, "orders", text);
    assert_eq!(order.target, ids(&["KENGOV"]), "{evs:#?}");
    // Near misses: a government of another state is not the court's
    // party, and with no government named before nobody is.
    for text in [
        "The Kenyan government banned the rally. US District Judge Jane Roe ordered that the \
         planes be turned around.",
        "US District Judge Jane Roe ordered that the planes be turned around. The Trump \
         administration said it would appeal.",
    ] {
        let evs = COURT_KB.events("2025-03-16", text);
        let order = common::event_by_trigger(&evs, "ordered", text);
        assert!(order.target.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn a_meeting_between_sides_after_its_place_is_among_those_sides() {
    let text = "Erdogan criticised a meeting in Damascus between Syrian officials and Iranian \
                officials.";
    let evs = events(text);
    let criticism = common::event_by_trigger(&evs, "criticised", text);
    assert_eq!(criticism.target, ids(&["SYRGOV", "IRNGOV"]), "{evs:#?}");
}
