//! Session 13 (branch `events20`): clause structure in multi-clause wire copy — coordinated
//! predicates that share a subject, set-off relative and participle clauses before the verb,
//! negation inside the first conjunct's complement, the auxiliaries of a verb whose subject is a
//! definite event noun, and venues after acts of cooperation. Invented sentences, each with a
//! near miss that keeps the old reading.

use crate::common;

use common::{by_trigger, ids, of_type};
use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:the Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
BLR\tcountry\tBelarus\tBLR\t\t\t\t\tadj:Belarusian|meto:Minsk
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
NER\tcountry\tNiger\tNER\t\t\t\t\tadj:Nigerien|meto:Niamey
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|meto:Baghdad
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
fatah\torganization\tFatah\tPSE\tPTY\t\t\t\t
";
const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
lawmakers\tLEG\tgroup
";

common::events_kb!(ACTORS, ROLES, "2026-12-01");

fn event<'a>(text: &str, evs: &'a [EventRecord], trigger: &str) -> &'a EventRecord {
    by_trigger(evs, trigger).unwrap_or_else(|| panic!("{text}: no {trigger:?} in {evs:#?}"))
}

#[test]
fn a_negated_second_predicate_shares_the_first_subject() {
    let text = "Russia attacked Ukraine and did not attack Poland.";
    let evs = events(text);
    let second = event(text, &evs, "attack");
    assert_eq!(second.source, ids(&["RUS"]), "{text}: {evs:#?}");
    assert_eq!(second.target, ids(&["POL"]), "{text}: {evs:#?}");
    assert_eq!(second.modality, Modality::Negated, "{text}: {evs:#?}");
    // Near miss: a second clause with a subject of its own.
    let text = "Russia attacked Ukraine, but Belarus did not attack Poland.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "attack").source,
        ids(&["BLR"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_bare_quantifier_after_and_is_part_of_the_first_subject() {
    for text in [
        "Israeli ships fired at Lebanese boats and one rammed a French vessel.",
        "Israeli ships fired at Lebanese boats and two rammed a French vessel.",
    ] {
        let evs = events(text);
        let rammed = event(text, &evs, "rammed");
        assert_eq!(rammed.source, ids(&["ISR"]), "{text}: {evs:#?}");
        assert_eq!(rammed.target, ids(&["FRA"]), "{text}: {evs:#?}");
    }
    // Near miss: a named subject after "and" is its own.
    let text = "Israeli ships fired at Lebanese boats and Iran rammed a Lebanese vessel.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "rammed").source,
        ids(&["IRN"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn names_in_a_set_off_relative_clause_are_not_the_subject() {
    let text = "Hamas, which has governed Gaza since a split from Fatah in 2007, rejected the accusations.";
    let evs = events(text);
    let rejected = event(text, &evs, "rejected");
    assert_eq!(rejected.source, ids(&["hamas"]), "{text}: {evs:#?}");
    // Near miss: a "from" phrase of the subject itself is still its fallback.
    let text = "A delegation from Fatah rejected the accusations.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "rejected").source,
        ids(&["fatah"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn names_in_a_set_off_participle_before_and_are_not_the_subject() {
    let text = "Thousands of supporters rallied in the capital, some waving Russian flags, and attacked the French embassy.";
    let evs = events(text);
    let attacked = event(text, &evs, "attacked");
    assert!(
        !attacked.source.contains(&"RUS".to_string()),
        "{text}: {evs:#?}"
    );
    // Near miss: the doer named before ", and" with no set-off phrase.
    let text =
        "Thousands of Russian supporters rallied in the capital, and attacked the French embassy.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "attacked").source,
        ids(&["RUS"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn negation_in_the_first_conjuncts_complement_stays_there() {
    let text = "The United Nations urged Israel to refrain from violence and called on Iran to release the detainees.";
    let evs = events(text);
    let call = event(text, &evs, "called on");
    assert_eq!(call.modality, Modality::Asserted, "{text}: {evs:#?}");
    assert_eq!(call.target, ids(&["IRN"]), "{text}: {evs:#?}");
    // Near miss: the first verb's own auxiliaries are shared.
    for (text, modality) in [
        (
            "Israel will attack Hamas and invade Lebanon.",
            Modality::Future,
        ),
        (
            "Russia did not attack Ukraine and invade Poland.",
            Modality::Negated,
        ),
    ] {
        let evs = events(text);
        assert_eq!(
            event(text, &evs, "invade").modality,
            modality,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_definite_event_noun_takes_no_negation_from_another_events_verb() {
    let text = "Russia said the sanctions did not target Ukraine.";
    let evs = events(text);
    let sanctions = of_type(&evs, EventType::Sanction);
    assert!(
        sanctions.iter().all(|e| e.modality != Modality::Negated),
        "{text}: {evs:#?}"
    );
    // Near miss: a verb of occurrence after the noun still negates it.
    let text = "The meeting between Russia and Ukraine did not take place on Monday.";
    let evs = events(text);
    let talks = of_type(&evs, EventType::Consult);
    assert!(
        !talks.is_empty() && talks.iter().all(|e| e.modality == Modality::Negated),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_venue_after_an_act_of_cooperation_is_no_target() {
    let text = "Iran and Iraq signed an agreement at the Kremlin.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.target.contains(&"RUS".to_string())),
        "{text}: {evs:#?}"
    );
    // Near miss: "at" after a hostile act names its target.
    let text = "Iran fired missiles at the Kremlin.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.target.contains(&"RUS".to_string())),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_name_with_a_verb_of_its_own_after_an_object_opens_the_next_clause() {
    let text = "Israel attacked Hamas and Iran condemned the strikes.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "attacked").target,
        ids(&["hamas"]),
        "{text}: {evs:#?}"
    );
    assert_eq!(
        event(text, &evs, "condemned").source,
        ids(&["IRN"]),
        "{text}: {evs:#?}"
    );
    // Near miss: coordinated objects with no verb after them stay one group.
    let text = "Israel attacked Hamas and Iran.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "attacked").target,
        ids(&["hamas", "IRN"]),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_relative_clause_on_the_object_does_not_end_a_shared_subject() {
    let text = "Russia accused Ukraine of an attack on a dam that may have flooded the region, and sanctioned Poland.";
    let evs = events(text);
    let sanctioned = event(text, &evs, "sanctioned");
    assert_eq!(sanctioned.source, ids(&["RUS"]), "{text}: {evs:#?}");
    assert_eq!(sanctioned.target, ids(&["POL"]), "{text}: {evs:#?}");
}

#[test]
fn a_second_act_coordinated_with_a_claims_cue_is_the_speakers_own() {
    let text = "Russia accused Ukraine of an attack, and sanctioned Poland.";
    // sitrep-claims may run the accusation's content on into the second verb.
    let claim = common::claim_at(
        text,
        "c1",
        Some("RUS"),
        "accused",
        "Ukraine of an attack, and sanctioned Poland",
        sitrep_record::Stance::Assert,
    );
    let evs = KB.events_with("2026-12-01", text, &[claim]);
    let sanctioned = event(text, &evs, "sanctioned");
    assert_eq!(sanctioned.source, ids(&["RUS"]), "{text}: {evs:#?}");
    assert_eq!(sanctioned.modality, Modality::Asserted, "{text}: {evs:#?}");
    // Near miss: a verb of the reported content keeps the attribution.
    let text = "Russia said Ukraine attacked Belarus and sanctioned Poland.";
    let claim = common::claim_at(
        text,
        "c1",
        Some("RUS"),
        "said",
        "Ukraine attacked Belarus and sanctioned Poland",
        sitrep_record::Stance::Assert,
    );
    let evs = KB.events_with("2026-12-01", text, &[claim]);
    assert_eq!(
        event(text, &evs, "sanctioned").modality,
        Modality::Attributed,
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_meeting_nouns_place_is_no_partner() {
    let text = "Iran met Iraq on the sidelines of the Iranian summit in Moscow.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.target.contains(&"RUS".to_string())),
        "{text}: {evs:#?}"
    );
    // Near miss: a meeting "with" someone names the partner.
    let text = "The Iranian summit with Russia ended.";
    let evs = events(text);
    assert!(
        evs.iter().any(|e| e.target.contains(&"RUS".to_string())),
        "{text}: {evs:#?}"
    );
}

#[test]
fn a_participle_closing_a_prepositional_phrase_describes_its_noun() {
    let text = "Hamas, which was among the MPs targeted, rejected the plan.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Assault)
            .iter()
            .all(|e| e.source != ids(&["hamas"])),
        "{text}: {evs:#?}"
    );
    let text = "Iran, which was among the Israeli lawmakers targeted, rejected the plan.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Assault)
            .iter()
            .all(|e| e.source != ids(&["IRN"])),
        "{text}: {evs:#?}"
    );
    // Near miss: with no verb of its own before, the clause's noun phrase
    // is the participle's subject ("Hamas fighters in the town attacked").
    let text = "Hamas fighters in the town attacked.";
    let evs = events(text);
    assert_eq!(
        event(text, &evs, "attacked").source,
        ids(&["hamas"]),
        "{text}: {evs:#?}"
    );
}
