//! Event coding behaviour, with a small inline knowledge base so the tests
//! do not depend on the evolving built-in KB files.

use crate::common;

use common::of_type;

use common::ids;
use sitrep_actors::{find_actors, DocActors};
use sitrep_events::{extract_events, plover_coding};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|adj:American|meto:Washington
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
irgc\tarmed_group\tIslamic Revolutionary Guard Corps\tIRN\tMIL\t\t\t\tabbr:IRGC
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2017-01-20\t2021-01-20\tTrump
mike-pompeo\tperson\tMike Pompeo\tUSA\tGOV\tsecretary of state\t2018-04-26\t2021-01-20\tPompeo
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
official\tGOV\tperson
media\tMED\tgroup
troops\tMIL\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

struct Doc {
    layer: TextLayer,
    actors: DocActors,
}

fn doc(text: &str) -> Doc {
    let layer = TextLayer::new(normalize(text));
    let actors = find_actors(&layer, KB.get(), Some("2018-06-01"));
    Doc { layer, actors }
}

fn events(text: &str) -> Vec<EventRecord> {
    let d = doc(text);
    events_with(&d, &[])
}

fn events_with(d: &Doc, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    let evs = extract_events(&d.layer, &d.actors, claims, common::lexicon());
    for (i, e) in evs.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", i + 1), "ids in text order");
        assert_eq!(
            &d.layer.text[e.trigger.start..e.trigger.end],
            e.trigger.text
        );
        assert_eq!(
            &d.layer.text[e.sentence.start..e.sentence.end],
            e.sentence.text
        );
        assert!(e.trigger.within(&e.sentence));
        assert!(
            !e.source.is_empty() || !e.target.is_empty() || !e.place.is_empty(),
            "events need an actor or a place: {e:?}"
        );
    }
    for w in evs.windows(2) {
        assert!(w[0].trigger.start <= w[1].trigger.start);
    }
    evs
}

/// The country of an actor id in this document.
fn country(d: &Doc, id: &str) -> Option<String> {
    d.actors
        .actors
        .iter()
        .find(|a| a.id == id)
        .and_then(|a| a.country.clone())
}

/// A claim whose cue and content are the given substrings of the text.
fn claim(
    d: &Doc,
    id: &str,
    speaker: Option<&str>,
    cue: &str,
    content: &str,
    stance: Stance,
) -> ClaimRecord {
    common::claim_at(&d.layer.text, id, speaker, cue, content, stance)
}

#[test]
fn aid_from_the_irgc_to_both_coordinated_groups_in_one_event() {
    let evs = events("Hamas and Hezbollah, armed by the IRGC, have fought Israel for years.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["irgc"]));
    assert_eq!(aid[0].target, ids(&["hamas", "hezbollah"]));
    assert_eq!(aid[0].modality, Modality::Asserted);
    assert_eq!(aid[0].trigger.text, "armed");
    // The main clause: the groups, past the participle clause, fought Israel.
    let fight = of_type(&evs, EventType::Assault);
    assert_eq!(fight.len(), 1, "{evs:#?}");
    assert_eq!(fight[0].source, ids(&["hamas", "hezbollah"]));
    assert_eq!(fight[0].target, ids(&["ISR"]));
}

#[test]
fn directed_and_equipped_by_is_aid_too() {
    let evs = events("Hamas and Hezbollah, directed and equipped by the IRGC, attacked Israel.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["irgc"]));
    assert_eq!(aid[0].target, ids(&["hamas", "hezbollah"]));
}

#[test]
fn hypothetical_talks_in_a_hedged_claim_between_speaker_and_audience() {
    let d = doc("Senior Iranian officials told U.S. media that direct talks may follow.");
    let speaker = d
        .actors
        .actors
        .iter()
        .find(|a| a.country.as_deref() == Some("IRN") && a.id != "IRN")
        .map(|a| a.id.clone())
        .expect("the officials resolve to an Iranian actor");
    let c = claim(
        &d,
        "c1",
        Some(&speaker),
        "told",
        "direct talks may follow",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let consult = of_type(&evs, EventType::Consult);
    assert_eq!(consult.len(), 1, "{evs:#?}");
    let e = consult[0];
    assert_eq!(e.modality, Modality::Hypothetical);
    assert_eq!(e.claim.as_deref(), Some("c1"));
    assert_eq!(e.trigger.text, "talks");
    let parties: Vec<String> = e
        .source
        .iter()
        .chain(&e.target)
        .filter_map(|id| country(&d, id))
        .collect();
    assert!(
        parties.contains(&"IRN".to_string()) && parties.contains(&"USA".to_string()),
        "{e:#?}"
    );
}

#[test]
fn modality_negated_future_hypothetical_and_reject_is_asserted() {
    let evs = events("Israel did not attack Iran on Monday.");
    assert_eq!(
        of_type(&evs, EventType::Assault)[0].modality,
        Modality::Negated
    );

    let evs = events("The United States will impose new sanctions on Iran.");
    let s = of_type(&evs, EventType::Sanction);
    assert_eq!(s.len(), 1, "{evs:#?}");
    assert_eq!(s[0].modality, Modality::Future);
    assert_eq!(s[0].source, ids(&["USA"]));
    assert_eq!(s[0].target, ids(&["IRN"]));

    let evs = events("Iran could strike Israel within days.");
    assert_eq!(
        of_type(&evs, EventType::Assault)[0].modality,
        Modality::Hypothetical
    );

    let evs = events("If Hamas attacks Israel, the response will be harsh.");
    assert_eq!(
        of_type(&evs, EventType::Assault)[0].modality,
        Modality::Hypothetical
    );

    // "rejected" is the event itself, not a negation of one.
    let evs = events("Iran rejected the American proposal.");
    let r = of_type(&evs, EventType::Reject);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].modality, Modality::Asserted);
    assert_eq!(r[0].source, ids(&["IRN"]));
    assert_eq!(r[0].target, ids(&["USA"]));

    let evs = events("Israel has never struck Iran directly.");
    assert_eq!(
        of_type(&evs, EventType::Assault)[0].modality,
        Modality::Negated
    );
}

#[test]
fn events_in_claims_are_attributed_and_would_is_future_there() {
    let d = doc("Yemen said it would attack Israel.");
    let c = claim(
        &d,
        "c1",
        Some("YEM"),
        "said",
        "it would attack Israel",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(
        a[0].modality,
        Modality::Future,
        "reported 'would' is future"
    );
    assert_eq!(a[0].source, ids(&["YEM"]), "'it' is the speaker");
    assert_eq!(a[0].claim.as_deref(), Some("c1"));
    assert_eq!(plover_coding(a[0]), Some(EventType::Threaten));

    let d = doc("Germany said Russia attacked Ukraine.");
    let c = claim(
        &d,
        "c7",
        Some("DEU"),
        "said",
        "Russia attacked Ukraine",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a[0].modality, Modality::Attributed);
    assert_eq!(a[0].source, ids(&["RUS"]));
    assert_eq!(a[0].target, ids(&["UKR"]));
    assert_eq!(a[0].claim.as_deref(), Some("c7"));

    // Inside a denial the event is negated, and still names its claim.
    let d = doc("Iran denied that it armed Hezbollah.");
    let c = claim(
        &d,
        "c2",
        Some("IRN"),
        "denied",
        "it armed Hezbollah",
        Stance::Deny,
    );
    let evs = events_with(&d, &[c]);
    let a = of_type(&evs, EventType::Aid);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].modality, Modality::Negated);
    assert_eq!(a[0].claim.as_deref(), Some("c2"));
    assert_eq!(a[0].source, ids(&["IRN"]));
    assert_eq!(a[0].target, ids(&["hezbollah"]));
}

#[test]
fn passive_voice_swaps_source_and_target() {
    let evs = events("Israel was attacked by Hamas on Saturday.");
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["hamas"]));
    assert_eq!(a[0].target, ids(&["ISR"]));

    let evs = events("Iran was sanctioned by the United States.");
    let s = of_type(&evs, EventType::Sanction);
    assert_eq!(s[0].source, ids(&["USA"]));
    assert_eq!(s[0].target, ids(&["IRN"]));
}

#[test]
fn nominal_events_take_possessor_or_modifier_as_source() {
    let evs = events("Trump's withdrawal from the nuclear deal angered Iran.");
    let r = of_type(&evs, EventType::Retreat);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].source, ids(&["donald-trump"]));
    assert_eq!(r[0].mode.as_deref(), Some("withdraw"));

    let evs = events("Israeli operations against Hamas in Gaza continued overnight.");
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["ISR"]));
    assert_eq!(a[0].target, ids(&["hamas"]));

    let evs = events("Iran held talks with Germany in Vienna.");
    let c = of_type(&evs, EventType::Consult);
    assert_eq!(c[0].source, ids(&["IRN"]));
    assert_eq!(c[0].target, ids(&["DEU"]));

    let evs = events("Talks between Iran and the United States resumed.");
    let c = of_type(&evs, EventType::Consult);
    assert_eq!(c[0].source, ids(&["IRN", "USA"]));
    assert!(c[0].target.is_empty());
}

#[test]
fn meeting_and_coordination() {
    let evs = events("Pompeo met with Iranian officials in Geneva.");
    let c = of_type(&evs, EventType::Consult);
    assert_eq!(c.len(), 1, "{evs:#?}");
    assert_eq!(c[0].source, ids(&["mike-pompeo"]));
    assert_eq!(c[0].target.len(), 1);

    let evs = events("Germany and Ukraine agreed on a ceasefire plan.");
    let a = of_type(&evs, EventType::Agree);
    assert_eq!(a.len(), 1, "{evs:#?}");
    assert_eq!(a[0].source, ids(&["DEU", "UKR"]));
}

#[test]
fn a_governing_verb_absorbs_the_event_it_governs() {
    // One clause, one event: the request is folded into the rejection and
    // the requester becomes the target.
    let evs = events("Yemen rejected a U.S. request to interrogate detainees.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Reject);
    assert_eq!(evs[0].source, ids(&["YEM"]));
    assert_eq!(evs[0].target, ids(&["USA"]));

    let evs = events("Iran threatened to attack Israel.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Threaten);
    assert_eq!(evs[0].target, ids(&["ISR"]));

    let evs = events("The United States demanded that Iran release the sailors.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Request);
    assert_eq!(evs[0].source, ids(&["USA"]));
    assert_eq!(evs[0].target, ids(&["IRN"]));
}

#[test]
fn promises_code_the_promised_event_as_future() {
    let evs = events("Germany pledged to send weapons to Ukraine.");
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let e = &evs[0];
    assert_eq!(e.event_type, EventType::Aid);
    assert_eq!(e.modality, Modality::Future);
    assert_eq!(e.source, ids(&["DEU"]));
    assert_eq!(e.target, ids(&["UKR"]));
    assert_eq!(plover_coding(e), Some(EventType::Agree));
}

#[test]
fn must_in_reported_speech_is_a_request_from_the_speaker() {
    let d = doc("Pompeo said Iran must stop enriching uranium.");
    let c = claim(
        &d,
        "c1",
        Some("mike-pompeo"),
        "said",
        "Iran must stop enriching uranium",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let r = of_type(&evs, EventType::Request);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].source, ids(&["mike-pompeo"]));
    assert_eq!(r[0].target, ids(&["IRN"]));
    assert_eq!(r[0].claim.as_deref(), Some("c1"));
}

#[test]
fn affixes_and_particle_verbs() {
    let evs = events("Iran-backed Hezbollah fired rockets at Israel.");
    let s = of_type(&evs, EventType::Support);
    assert_eq!(s.len(), 1, "{evs:#?}");
    assert_eq!(s[0].source, ids(&["IRN"]));
    assert_eq!(s[0].target, ids(&["hezbollah"]));
    let a = of_type(&evs, EventType::Assault);
    assert_eq!(a[0].source, ids(&["hezbollah"]));
    assert_eq!(a[0].target, ids(&["ISR"]));

    let evs = events("The United States pulled out of the agreement with Iran.");
    let r = of_type(&evs, EventType::Retreat);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].source, ids(&["USA"]));

    let evs = events("Germany called for restraint from Russia.");
    let r = of_type(&evs, EventType::Request);
    assert_eq!(r.len(), 1, "{evs:#?}");
    assert_eq!(r[0].trigger.text, "called for");
}

#[test]
fn statements_names_and_nouns_used_as_modifiers_are_not_events() {
    assert!(events("Iran said on Monday that the economy grew.").is_empty());
    assert!(
        events("A U.N. official told reporters the meeting was useful and productive.")
            .iter()
            .all(|e| e.event_type == EventType::Consult)
    );
    assert!(events("Operation Protective Edge began in July, Israel said.").is_empty());
    assert!(events("U.N. aid workers left Yemen.").is_empty());
    assert!(events("Iran declined to comment.").is_empty());
    // An event with no actor at all is not reported.
    assert!(events("Dozens were killed in the attack.").is_empty());
    // A place alone is not a participant.
    assert!(events("Fighting raged in Ukraine.").is_empty());
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        " ",
        "—",
        "attack",
        "Attack!",
        "-backed",
        "Iran-backed",
        "sanctions sanctions sanctions",
        "Iran's",
        "\"Iran must\"",
        "Hamas, Hamas, Hamas and",
        "The U.S. will — if it must — strike.",
        "Tehran ñ attacked ü Israel 🙂 today.",
        "must must must Iran must",
        "by by by Iran",
    ] {
        let _ = events(text);
    }
    let long = "Iran attacked Israel and Hamas met Hezbollah. ".repeat(500);
    let evs = events(&long);
    assert!(evs.len() >= 1000);
    assert_eq!(evs.last().unwrap().id, format!("e{}", evs.len()));
}

#[test]
fn a_number_approximator_does_not_hide_the_subject() {
    for text in [
        "Up to 100 Iranian officials protested in Tehran on Friday.",
        "About 300 Iranian officials protested in Tehran on Friday.",
        "At least 50 Iranian officials protested in Tehran on Friday.",
    ] {
        let evs = events(text);
        let protest = of_type(&evs, EventType::Protest);
        assert_eq!(protest.len(), 1, "{text}: {evs:#?}");
        assert_eq!(protest[0].source, ids(&["IRNGOV"]), "{text}");
    }
}

#[test]
fn a_rejection_is_aimed_at_whoever_asked() {
    let evs = events("Iran on Tuesday rejected calls by the United Nations to halt enrichment.");
    let reject = of_type(&evs, EventType::Reject);
    assert_eq!(reject.len(), 1, "{evs:#?}");
    assert_eq!(reject[0].source, ids(&["IRN"]));
    assert_eq!(reject[0].target, ids(&["un"]));
}

#[test]
fn what_someone_must_do_has_not_happened() {
    let evs = events("The court ruled that Israel must release the prisoners.");
    for e in &evs {
        assert_ne!(e.modality, Modality::Asserted, "{e:#?}");
    }
}

#[test]
fn a_participle_holding_its_object_is_the_clause_verb() {
    // "deputies held talks" is no reduced passive ("deputies (who were) held").
    let evs =
        events("Mike Pompeo and a group of deputies held talks with Iranian officials on Tuesday.");
    let consult = of_type(&evs, EventType::Consult);
    assert_eq!(consult.len(), 1, "{evs:?}");
    assert_eq!(consult[0].source, ids(&["mike-pompeo"]));
    assert_eq!(consult[0].target, ids(&["IRNGOV"]));
}

#[test]
fn a_gap_holding_an_actor_leaves_the_actor_to_argument_search() {
    // "kill ... civilian" would swallow "Iranian" into the trigger.
    let evs = events("Israeli aircraft killed 46 Iranian civilians in an attack.");
    let assault = of_type(&evs, EventType::Assault);
    assert!(!assault.is_empty(), "{evs:?}");
    assert_eq!(assault[0].trigger.text, "killed");
    assert_eq!(assault[0].source, ids(&["ISR"]));
    assert!(
        assault[0].target.iter().all(|t| t.starts_with("IRN")) && !assault[0].target.is_empty(),
        "{evs:?}"
    );
}

#[test]
fn a_gap_never_crosses_a_clause() {
    // Not "announce ... aid": the gap would hold "it would prohibit all".
    let evs = events("The United States announced it would prohibit all aid to Hamas.");
    assert!(
        evs.iter()
            .all(|e| e.trigger.text != "announced it would prohibit all aid"),
        "{evs:?}"
    );
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:?}");
}

#[test]
fn meeting_a_commitment_is_not_a_meeting() {
    let evs =
        events("Sanctions will be eased once inspectors verify that Iran has met its commitments.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:?}");
    let evs = events("Iran continued to meet its obligations under the deal.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:?}");
    // Meeting demands is giving in; meeting someone is still a meeting.
    let evs = events("Iran met the demands of Germany on Monday.");
    assert_eq!(of_type(&evs, EventType::Concede).len(), 1, "{evs:?}");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:?}");
    let evs = events("Mike Pompeo met Iranian officials in Vienna.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:?}");
}

#[test]
fn unnamed_doers_with_a_place_in_their_clause_make_a_place_only_event() {
    let evs = events("Hundreds of thousands of people blocked streets in Tehran on Sunday.");
    let protest = of_type(&evs, EventType::Protest);
    assert_eq!(protest.len(), 1, "{evs:#?}");
    assert!(protest[0].source.is_empty() && protest[0].target.is_empty());
    assert_eq!(protest[0].place, ids(&["IRN"]));
    // Without a place, or with one only in another clause, nothing.
    assert!(events("Hundreds of thousands of people blocked streets on Sunday.").is_empty());
    let evs = events("In Tehran, officials met, and hundreds of people blocked streets.");
    assert!(of_type(&evs, EventType::Protest).is_empty(), "{evs:#?}");
}

#[test]
fn a_complaint_is_aimed_at_what_it_is_about_not_the_addressee() {
    let evs = events("Iran complained to the United Nations on Tuesday over Israeli air raids.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["IRN"]));
    assert_eq!(accuse[0].target, ids(&["ISR"]));
    // With nothing it is about, the addressee stays the target.
    let evs = events("Iran complained to the United Nations on Tuesday.");
    assert_eq!(of_type(&evs, EventType::Accuse)[0].target, ids(&["un"]));
}

#[test]
fn a_passive_patient_may_sit_in_a_for_phrase_of_its_subject() {
    let evs = events("A camp for Yemeni refugees was attacked by Hezbollah fighters.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert_eq!(assault[0].source, ids(&["hezbollah"]));
    assert_eq!(assault[0].target, ids(&["YEM"]));
}

#[test]
fn a_by_phrase_past_another_phrase_is_not_the_event_nouns_agent() {
    let evs = events("Yemeni youths joined demonstrations against violations by Israel.");
    assert!(
        of_type(&evs, EventType::Protest)
            .iter()
            .all(|e| !e.source.contains(&"ISR".to_string())),
        "{evs:#?}"
    );
    // Past "of" or a place, the agent is still the noun's.
    let evs = events("The shelling of Yemen by Iran went on.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert_eq!(assault[0].source, ids(&["IRN"]));
}

#[test]
fn a_name_that_only_qualifies_a_noun_is_no_participant() {
    // The group qualified by a state attacks, not the state.
    let evs = events("The Iran-aligned militia attacked a convoy near the border.");
    assert!(
        evs.iter().all(|e| !e.source.contains(&"IRN".to_string())),
        "{evs:#?}"
    );
    let evs = events("Russian-made drones struck Kyiv overnight.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert!(assault[0].source.is_empty(), "{evs:#?}");
    assert_eq!(assault[0].target, ids(&["UKR"]));
    // The affix trigger on the same word still reads the name: SUPPORT from
    // Iran to Hezbollah, which is the one that attacks.
    let evs = events("Iran-backed Hezbollah attacked an outpost in Israel.");
    let support = of_type(&evs, EventType::Support);
    assert_eq!(support.len(), 1, "{evs:#?}");
    assert_eq!(support[0].source, ids(&["IRN"]));
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert!(!assault[0].source.contains(&"IRN".to_string()), "{evs:#?}");
    // "-led" is not a qualifier: the leading state acts.
    let evs = events("The U.S.-led coalition struck Hezbollah positions.");
    assert_eq!(of_type(&evs, EventType::Assault)[0].source, ids(&["USA"]));
}

#[test]
fn hosting_troops_or_a_base_is_no_visit() {
    let evs = events("Germany hosts thousands of U.S. troops at its bases.");
    assert!(of_type(&evs, EventType::Consult).is_empty(), "{evs:#?}");
    let evs = events("Germany hosted Iran's foreign minister in Berlin on Monday.");
    assert_eq!(of_type(&evs, EventType::Consult).len(), 1, "{evs:#?}");
}

#[test]
fn he_is_a_person_never_a_state() {
    // The last subject is a state; "he" is the person named before it.
    let evs = events(
        "Mike Pompeo said that Iran had violated the deal. He imposed sanctions on Iran on Monday.",
    );
    let sanction = of_type(&evs, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{evs:#?}");
    assert_eq!(sanction[0].source, ids(&["mike-pompeo"]));
    // No person in reach: the doer stays unnamed rather than a state.
    let evs = events("Iran fired missiles at Israel. He imposed sanctions on Israel.");
    assert!(
        of_type(&evs, EventType::Sanction)
            .iter()
            .all(|e| !e.source.contains(&"IRN".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn the_possessor_of_a_killing_is_its_victim() {
    let evs = events("Iran vowed revenge for Pompeo's killing.");
    let assault = of_type(&evs, EventType::Assault);
    assert!(
        assault
            .iter()
            .any(|e| e.target == ids(&["mike-pompeo"]) && e.source.is_empty()),
        "{evs:#?}"
    );
    assert!(assault
        .iter()
        .all(|e| !e.source.contains(&"mike-pompeo".to_string())));
    // With an "of" object the possessor is the doer.
    let evs = events("Israel's killing of Trump shocked Iran.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert_eq!(assault[0].source, ids(&["ISR"]));
    assert_eq!(assault[0].target, ids(&["donald-trump"]));
    // Other event nouns keep the possessor as the doer.
    let evs = events("Trump's withdrawal from the deal angered Iran.");
    assert_eq!(
        of_type(&evs, EventType::Retreat)[0].source,
        ids(&["donald-trump"])
    );
}

#[test]
fn a_participle_on_an_apposition_is_passive() {
    // "Pompeo, the secretary killed in an attack": Pompeo is the victim, not the doer.
    let evs =
        events("Crowds mourned Mike Pompeo, the official killed in an attack in Tehran on Monday.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert!(assault[0].source.is_empty(), "{evs:#?}");
    assert_eq!(assault[0].target, ids(&["mike-pompeo"]));
}

#[test]
fn a_relative_that_after_a_noun_names_its_subject() {
    let evs = events("Officials named Hamas, the group that attacked Israel.");
    let assault = of_type(&evs, EventType::Assault);
    assert_eq!(assault.len(), 1, "{evs:#?}");
    assert_eq!(assault[0].source, ids(&["hamas"]));
    assert_eq!(assault[0].target, ids(&["ISR"]));
    // The set-off phrase with its relative clause is skipped to the subject.
    let evs = events("Hamas, the group that attacked Israel in October, was praised by Iran.");
    let support = of_type(&evs, EventType::Support);
    assert_eq!(support.len(), 1, "{evs:#?}");
    assert_eq!(support[0].target, ids(&["hamas"]));
}

#[test]
fn a_verbs_request_is_made_of_whoever_it_is_sought_from() {
    // The verb's "from" names the addressee ...
    let evs = events("Yemeni tribal leaders demanded compensation from Germany on Monday.");
    let req = of_type(&evs, EventType::Request);
    assert_eq!(req.len(), 1, "{evs:?}");
    assert_eq!(req[0].source, ids(&["YEM"]));
    assert_eq!(req[0].target, ids(&["DEU"]));
    // ... a noun's "from" names who made the request.
    let evs = events("A demand from Germany reached Tehran on Monday.");
    let req = of_type(&evs, EventType::Request);
    assert_eq!(req.len(), 1, "{evs:?}");
    assert_eq!(req[0].source, ids(&["DEU"]));
    assert!(!req[0].target.contains(&"DEU".to_string()), "{evs:?}");
}

#[test]
fn a_protest_as_the_purpose_of_an_act_happened() {
    // The act carries the protest out: not a plan, so not a threat.
    let evs = events("Yemeni officials stayed home on Monday to protest against Germany.");
    let protests: Vec<_> = evs
        .iter()
        .filter(|e| e.event_type == EventType::Protest)
        .collect();
    assert!(!protests.is_empty(), "{evs:?}");
    for e in &protests {
        assert_ne!(e.modality, Modality::Future, "{evs:?}");
        assert_eq!(plover_coding(e), Some(EventType::Protest));
    }
    // Another purpose stays a plan.
    let evs = events("Yemeni workers gathered on Monday to meet Germany's ambassador.");
    let meetings = of_type(&evs, EventType::Consult);
    assert_eq!(meetings.len(), 1, "{evs:?}");
    assert_eq!(meetings[0].modality, Modality::Future);
}

#[test]
fn a_relative_that_after_a_place_stands_for_the_noun_before_it() {
    // "the strike in Tehran that killed": Tehran did not kill.
    let evs =
        events("Iran said the raid was revenge for the strike in Yemen that killed two generals.");
    assert!(
        evs.iter().all(|e| !e.source.contains(&"YEM".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn a_pronoun_in_the_speech_of_an_unresolved_speaker_stays_unresolved() {
    let d = doc("Israeli troops shelled the border on Sunday. The militia said it had attacked three positions.");
    let c = claim(
        &d,
        "c1",
        None,
        "said",
        "it had attacked three positions",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    // "it" is the militia the KB does not know, not the last subject.
    assert!(
        of_type(&evs, EventType::Assault)
            .iter()
            .all(|e| e.claim.is_none() || e.source.is_empty()),
        "{evs:#?}"
    );
    // A known speaker still stands behind "it".
    let d = doc("Israeli troops shelled the border on Sunday. Hezbollah said it had attacked three positions.");
    let c = claim(
        &d,
        "c1",
        Some("hezbollah"),
        "said",
        "it had attacked three positions",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    assert!(
        of_type(&evs, EventType::Assault)
            .iter()
            .any(|e| e.claim.is_some() && e.source == ids(&["hezbollah"])),
        "{evs:#?}"
    );
}

#[test]
fn in_support_of_names_who_is_supported() {
    let evs = events("Iranian students marched in Tehran in support of Hamas.");
    let support = of_type(&evs, EventType::Support);
    assert_eq!(support.len(), 1, "{evs:#?}");
    assert_eq!(support[0].target, ids(&["hamas"]));
    assert!(
        !support[0].source.contains(&"hamas".to_string()),
        "{evs:#?}"
    );
}

#[test]
fn a_participle_after_a_count_describes_the_noun() {
    // "exiled" here says who the dissidents are; nobody exiles anyone.
    for text in [
        "Iran welcomed the two exiled dissidents from Yemen.",
        "Iran welcomed 2 exiled dissidents from Yemen.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Coerce).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn what_is_received_from_someone_is_their_act() {
    let evs = events("Ukraine received weapons from Germany on Monday.");
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["DEU"]));
    assert_eq!(aid[0].target, ids(&["UKR"]));
    let evs = events("Iran received assurances from Russia.");
    let agree = of_type(&evs, EventType::Agree);
    assert_eq!(agree.len(), 1, "{evs:#?}");
    assert_eq!(agree[0].source, ids(&["RUS"]));
    assert_eq!(agree[0].target, ids(&["IRN"]));
    // A host receiving a visitor acts itself.
    let evs = events("Trump received a German delegation from Berlin.");
    let visit = of_type(&evs, EventType::Consult);
    assert_eq!(visit.len(), 1, "{evs:#?}");
    assert_eq!(visit[0].source, ids(&["donald-trump"]));
}

#[test]
fn a_possessive_that_cannot_stand_for_the_speaker_is_not_the_speaker() {
    // "its" inside what a person said is not that person: the critic is no
    // supporter of what he criticizes.
    let d = doc("Pompeo assailed the alliance over its support for Hamas.");
    let c = claim(
        &d,
        "c1",
        Some("mike-pompeo"),
        "assailed",
        "the alliance over its support for Hamas",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    assert_eq!(of_type(&evs, EventType::Accuse).len(), 1, "{evs:#?}");
    for e in of_type(&evs, EventType::Support) {
        assert!(!e.source.contains(&"mike-pompeo".to_string()), "{evs:#?}");
    }
    // A pronoun that fits the speaker still stands for the speaker.
    let d = doc("Iran said its aid to Hamas was legal.");
    let c = claim(
        &d,
        "c1",
        Some("IRN"),
        "said",
        "its aid to Hamas was legal",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let aid = of_type(&evs, EventType::Aid);
    assert_eq!(aid.len(), 1, "{evs:#?}");
    assert_eq!(aid[0].source, ids(&["IRN"]));
    let d = doc("Trump said he would visit Germany.");
    let c = claim(
        &d,
        "c1",
        Some("donald-trump"),
        "said",
        "he would visit Germany",
        Stance::Assert,
    );
    let evs = events_with(&d, &[c]);
    let visit = of_type(&evs, EventType::Consult);
    assert_eq!(visit.len(), 1, "{evs:#?}");
    assert_eq!(visit[0].source, ids(&["donald-trump"]));
}
