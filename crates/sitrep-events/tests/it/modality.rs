//! Modality on invented sentences: which words make an event negated,
//! hypothetical, future or attributed, and which only look as if they did.
//! A small inline knowledge base keeps the tests independent of the
//! built-in KB files.

use crate::common;

use sitrep_actors::find_actors;
use sitrep_events::extract_events;
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|adj:American|meto:Washington
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
troops\tMIL\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn layer(text: &str) -> TextLayer {
    TextLayer::new(normalize(text))
}

/// The events of `text`, with the claims `claims` builds on its text layer.
fn events_with(text: &str, claims: impl Fn(&str) -> Vec<ClaimRecord>) -> Vec<EventRecord> {
    let layer = layer(text);
    let actors = find_actors(&layer, KB.get(), Some("2020-06-01"));
    let claims = claims(&layer.text);
    extract_events(&layer, &actors, &claims, common::lexicon())
}

fn events(text: &str) -> Vec<EventRecord> {
    events_with(text, |_| Vec::new())
}

/// The modality of the one event of type `ty` whose trigger starts with
/// `trigger`.
fn modality_in(evs: &[EventRecord], ty: EventType, trigger: &str) -> Modality {
    let found: Vec<&EventRecord> = evs
        .iter()
        .filter(|e| e.event_type == ty && e.trigger.text.starts_with(trigger))
        .collect();
    assert_eq!(found.len(), 1, "one {ty:?} event at {trigger:?}: {evs:#?}");
    found[0].modality
}

fn modality(text: &str, ty: EventType, trigger: &str) -> Modality {
    modality_in(&events(text), ty, trigger)
}

/// A claim by `speaker` whose cue and content are the given substrings of `text`.
fn claim(text: &str, speaker: &str, cue: &str, content: &str) -> ClaimRecord {
    common::claim_at(text, "c1", Some(speaker), cue, content, Stance::Assert)
}

#[test]
fn a_negation_inside_a_condition_leaves_the_event_hypothetical() {
    use EventType::Retreat;
    let text = "Iran will retaliate if Israel does not withdraw its troops from Lebanon.";
    assert_eq!(modality(text, Retreat, "withdraw"), Modality::Hypothetical);
    // Without the condition the same negation negates.
    let text = "Israel did not withdraw its troops from Lebanon.";
    assert_eq!(modality(text, Retreat, "withdraw"), Modality::Negated);
}

#[test]
fn may_not_is_a_possibility_and_will_not_a_negation() {
    use EventType::Assault;
    let text = "Russia may not attack Ukraine this year.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Hypothetical);
    let text = "Russia might never attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Hypothetical);
    let text = "Russia will not attack Ukraine this year.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Negated);
}

#[test]
fn should_before_its_subject_is_a_condition() {
    use EventType::{Assault, Retreat};
    let text = "Israel will strike Hamas should Iran not withdraw its troops from Lebanon.";
    assert_eq!(modality(text, Retreat, "withdraw"), Modality::Hypothetical);
    // An ordinary "should not" after its subject still negates.
    let text = "Russia should not attack Ukraine again.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Negated);
}

#[test]
fn a_gerund_after_to_is_no_plan() {
    use EventType::Assault;
    let text = "Russia returned to attacking Ukraine.";
    assert_eq!(modality(text, Assault, "attacking"), Modality::Asserted);
    // An infinitive of purpose has not happened yet.
    let text = "Russia massed tanks on the border to attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Future);
}

#[test]
fn a_list_number_before_never_does_not_hide_the_negation() {
    use EventType::Assault;
    let evs = events("Contents.\n\n2. Never attacked Israel\n\n(b) Never attacked Iran");
    let attacks: Vec<Modality> = evs
        .iter()
        .filter(|e| e.event_type == Assault)
        .map(|e| e.modality)
        .collect();
    assert_eq!(
        attacks,
        vec![Modality::Negated, Modality::Negated],
        "{evs:#?}"
    );
}

#[test]
fn absent_from_a_definite_event_does_not_negate_the_event() {
    use EventType::Consult;
    let text = "Germany was not on the phone call between Russia and Ukraine.";
    assert_eq!(modality(text, Consult, "phone call"), Modality::Asserted);
    let text = "Russia and Ukraine held no phone call.";
    assert_eq!(modality(text, Consult, "phone call"), Modality::Negated);
}

#[test]
fn allegedly_passes_the_event_on_without_vouching_for_it() {
    use EventType::Assault;
    let text = "Russia allegedly attacked Ukraine.";
    assert_eq!(modality(text, Assault, "attacked"), Modality::Attributed);
    // "alleged" qualifies its own noun, not the clause's verb.
    let text = "The alleged Russian attack on Ukraine killed ten soldiers.";
    let evs = events(text);
    assert_eq!(modality_in(&evs, Assault, "attack"), Modality::Attributed);
    assert_eq!(modality_in(&evs, Assault, "killed"), Modality::Asserted);
}

#[test]
fn avoiding_or_reluctance_means_it_did_not_happen() {
    use EventType::Assault;
    let text = "Israel refrained from attacking Iran.";
    assert_eq!(modality(text, Assault, "attacking"), Modality::Negated);
    let text = "Russia was reluctant to attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Negated);
}

#[test]
fn a_wish_or_a_necessity_is_hypothetical() {
    use EventType::{Assault, Retreat};
    let text = "Germany wants Russia to withdraw its troops from Ukraine.";
    assert_eq!(modality(text, Retreat, "withdraw"), Modality::Hypothetical);
    let text = "Russia needed to attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Hypothetical);
    // Wanting to do it oneself is an intention, as CAMEO codes it.
    let text = "Russia wants to attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Future);
    // Trying keeps it factual.
    let text = "Russia tried to attack Ukraine.";
    assert_eq!(modality(text, Assault, "attack"), Modality::Asserted);
}

#[test]
fn would_have_is_counterfactual_even_in_reported_speech() {
    use EventType::Assault;
    let text = "Germany said Russia would have attacked Ukraine.";
    let evs = events_with(text, |t| {
        vec![claim(
            t,
            "DEU",
            "said",
            "Russia would have attacked Ukraine",
        )]
    });
    assert_eq!(
        modality_in(&evs, Assault, "attacked"),
        Modality::Hypothetical
    );
    let text = "Germany said Russia would attack Ukraine.";
    let evs = events_with(text, |t| {
        vec![claim(t, "DEU", "said", "Russia would attack Ukraine")]
    });
    assert_eq!(modality_in(&evs, Assault, "attack"), Modality::Future);
}

#[test]
fn a_verb_after_and_shares_the_first_verbs_auxiliary() {
    use EventType::Sanction;
    let text = "Iran could be accused by Germany of helping Russia and expelled from the talks.";
    assert_eq!(modality(text, Sanction, "expelled"), Modality::Hypothetical);
    // A new subject after "and" starts its own clause.
    let text = "Russia could seize Ukrainian ships in the Black Sea, and Hamas attacked Israel.";
    assert_eq!(
        modality(text, EventType::Assault, "attacked"),
        Modality::Asserted
    );
}

#[test]
fn prospects_for_an_event_are_hypothetical() {
    let text = "Germany doubted the prospects for Russian talks with Ukraine.";
    let evs = events(text);
    let talks = evs
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .expect("the talks");
    assert_eq!(talks.modality, Modality::Hypothetical, "{evs:#?}");
}

#[test]
fn a_gerund_before_the_auxiliary_heads_the_event_nouns_phrase() {
    let text = "Russia and Ukraine said a deal signing would take place in Germany.";
    let evs = events_with(text, |t| {
        vec![claim(
            t,
            "RUS",
            "said",
            "a deal signing would take place in Germany",
        )]
    });
    assert_eq!(
        modality_in(&evs, EventType::Agree, "deal"),
        Modality::Future
    );
}
