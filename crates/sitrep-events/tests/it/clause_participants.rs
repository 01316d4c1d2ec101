//! Who takes part when a clause lists its actors or hands its subject on:
//! a serial comma ("Oman, Qatar, and Egypt"), both sides of a "between"
//! phrase after a meeting ("hosted talks between A and B"), the speaker of
//! a claim whose content is an infinitive ("Iran wants | to attack"), the
//! visitors' side of a visit received ("received ministers from Oman"), and
//! the noun a participle describes after "there were" ("there were ten
//! soldiers killed in").

use crate::common;

use common::of_type;

use common::ids;
use sitrep_actors::find_actors;
use sitrep_events::extract_events;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian|meto:Amman
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish|meto:Stockholm
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
NOR\tcountry\tNorway\tNOR\t\t\t\t\tadj:Norwegian|meto:Oslo
plo\tigo\tPalestine Liberation Organization\tPSE\t\t\t\t\tabbr:PLO
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
police\tCOP\tgroup
ministers\tGOV\tgroup
soldiers\tMIL\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    let layer = TextLayer::new(normalize(text));
    let actors = find_actors(&layer, KB.get(), Some("2019-05-01"));
    extract_events(&layer, &actors, claims, common::lexicon())
}

fn events(text: &str) -> Vec<EventRecord> {
    events_with(text, &[])
}

#[test]
fn a_serial_comma_keeps_every_member_of_a_subject_list() {
    for text in [
        "Oman, Qatar, and Egypt met in Amman on Tuesday.",
        "Oman, Qatar and Egypt met in Amman on Tuesday.",
    ] {
        let evs = events(text);
        let met = of_type(&evs, EventType::Consult);
        assert_eq!(met.len(), 1, "{text}: {evs:#?}");
        assert_eq!(met[0].source, ids(&["OMN", "QAT", "EGY"]), "{text}");
    }
}

#[test]
fn a_serial_comma_keeps_every_member_of_an_object_list() {
    let evs = events("Israel attacked Syria, Jordan, and Egypt.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].target, ids(&["SYR", "JOR", "EGY"]));
}

#[test]
fn a_meeting_between_two_sides_is_with_both() {
    let evs = events("Norway hosted a meeting between Israeli negotiators and the PLO in Oslo.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].source, ids(&["NOR"]));
    assert_eq!(met[0].target, ids(&["ISR", "plo"]));
    // Without a "between" phrase the object is the target, as before.
    let evs = events("Norway hosted Israeli negotiators in Oslo.");
    let met = of_type(&evs, EventType::Consult);
    assert!(met.iter().all(|e| e.target == ids(&["ISR"])), "{evs:#?}");
}

#[test]
fn a_talks_noun_between_sides_names_all_of_them() {
    let evs = events("Talks between an Egyptian delegation and the PLO resumed in Cairo.");
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].source, ids(&["EGY", "plo"]));
}

#[test]
fn the_subject_of_a_wish_verb_does_the_infinitive() {
    // "wants" is a claim cue: the reported infinitive is the speaker's plan.
    let text = "Syria wants to attack Israel.";
    let c = common::claim_at(
        text,
        "c1",
        Some("SYR"),
        "wants",
        "to attack Israel",
        Stance::Assert,
    );
    let evs = events_with(text, &[c]);
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["SYR"]));
    assert_eq!(a[0].target, ids(&["ISR"]));
    assert_eq!(a[0].modality, Modality::Future);
}

#[test]
fn unable_to_act_is_a_negation() {
    let evs = events("Egypt was unable to attack Israel.");
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].modality, Modality::Negated);
}

#[test]
fn a_visit_received_is_with_the_visitors_side() {
    let evs = events("Norway received ministers from Sweden on Monday.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].source, ids(&["NOR"]));
    assert_eq!(met[0].target, ids(&["SWE"]));
    // What is received from someone is still the giver's act.
    let evs = events("Jordan received weapons from Sweden.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["SWE"]));
    assert_eq!(aid[0].target, ids(&["JOR"]));
}

#[test]
fn soldiers_killed_after_there_were_are_the_victims() {
    let evs = events("There were ten Syrian soldiers killed in Jordan on Monday.");
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert!(a[0].source.is_empty(), "{evs:#?}");
    assert_eq!(a[0].target.len(), 1);
    assert!(a[0].target[0].starts_with("SYR"), "{evs:#?}");
    // As the subject of its clause the noun phrase still acts.
    let evs = events("Ten Syrian soldiers killed two Jordanian guards on Monday.");
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert!(a[0].source[0].starts_with("SYR"), "{evs:#?}");
}

#[test]
fn a_protest_in_defiance_of_someone_is_aimed_at_them() {
    for text in [
        "Thousands of people blocked roads in Amman in defiance of Syrian authorities.",
        "Refugees are continuing a hunger strike in protest at the Syrian government's decision.",
    ] {
        let evs = events(text);
        let p = of_type(&evs, EventType::Protest);
        assert_eq!(p.len(), 1, "{text}: {evs:#?}");
        assert_eq!(p[0].target.len(), 1, "{text}: {evs:#?}");
        assert!(p[0].target[0].starts_with("SYR"), "{text}: {evs:#?}");
    }
}

#[test]
fn a_repeated_demand_is_made_of_the_subject_of_its_that_clause() {
    for text in [
        "Jordan reiterated its demand today that Israel ease the restrictions.",
        "Jordan repeated its demand that Israel ease the restrictions.",
    ] {
        let evs = events(text);
        let r = of_type(&evs, EventType::Request);
        assert_eq!(r.len(), 1, "{text}: {evs:#?}");
        assert_eq!(r[0].source, ids(&["JOR"]), "{text}");
        assert_eq!(r[0].target, ids(&["ISR"]), "{text}");
    }
}

#[test]
fn preventing_a_protest_is_coercion_by_whoever_prevents_it() {
    let evs = events("Syrian police prevented the demonstration planned by students in Damascus.");
    let c = of_type(&evs, EventType::Coerce);
    assert_eq!(c.len(), 1, "{evs:#?}");
    assert!(c[0].source[0].starts_with("SYR"), "{evs:#?}");
    assert!(
        of_type(&evs, EventType::Protest).is_empty(),
        "the prevented demonstration is no protest event: {evs:#?}"
    );
}

#[test]
fn a_comma_and_between_two_clauses_joins_no_list() {
    // A serial comma ends a list of three or more; after one item ", and"
    // opens a new clause, whose subject is no object of the first.
    let evs = events("Israel attacked Syria, and Jordan condemned the raid.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].target, ids(&["SYR"]), "{evs:#?}");
    let evs = events("Egypt met Oman, and Syria attacked Israel.");
    let hits = of_type(&evs, EventType::Assault);
    assert_eq!(hits.len(), 1, "{evs:#?}");
    assert_eq!(hits[0].source, ids(&["SYR"]), "{evs:#?}");
    let met = of_type(&evs, EventType::Consult);
    assert!(met.iter().all(|e| e.target == ids(&["OMN"])), "{evs:#?}");
}

#[test]
fn a_between_phrase_naming_no_side_takes_no_later_place() {
    let evs = events("Talks between the two sides resumed in Cairo on Monday.");
    assert!(
        evs.iter().all(|e| !e.source.contains(&"EGY".to_string())),
        "Cairo is where, not who: {evs:#?}"
    );
}

#[test]
fn a_capitalized_word_is_no_gapped_rows_object() {
    // "March" the month is no "prevent ... march".
    let evs = events("Israel prevented Syrian fighters from returning in March.");
    assert!(of_type(&evs, EventType::Coerce).is_empty(), "{evs:#?}");
    let evs = events("Jordanian police prevented a march in Amman.");
    assert_eq!(of_type(&evs, EventType::Coerce).len(), 1, "{evs:#?}");
}

#[test]
fn a_between_list_with_commas_names_every_side() {
    let evs = events("Norway hosted a meeting between Israel, Jordan, and Syria in Oslo.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].target, ids(&["ISR", "JOR", "SYR"]), "{evs:#?}");
    // After the "and", a comma ends the phrase: Egypt speaks, takes no part.
    let evs = events("Norway hosted a meeting between Israel and Syria, Egypt said.");
    let met = of_type(&evs, EventType::Consult);
    assert_eq!(met.len(), 1, "{evs:#?}");
    assert_eq!(met[0].target, ids(&["ISR", "SYR"]), "{evs:#?}");
}
