//! Mends from a probe of wire copy about a regional war: a threat aimed
//! past the threatener's own side ("warned that Israel would strike Iran"),
//! plural possessives as a noun event's source ("the Houthis' attack"), an
//! event noun that is the subject of a verb lending the verb its target,
//! weather that "attacks" or "strikes" nobody, hosted talks that are
//! mediation, and the denier as the doer of a denied gerund ("denied
//! firing rockets"). Each mend comes with near misses that keep their reading.

use crate::common;

use common::of_type;

use common::ids;
use sitrep_record::{EventRecord, EventType, Modality, Stance};
use std::sync::OnceLock;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni|meto:Sanaa
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|meto:Washington
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
AFG\tcountry\tAfghanistan\tAFG\t\t\t\t\tadj:Afghan|meto:Kabul
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
taliban\tarmed_group\tTaliban\tAFG\tREB\t\t\t\t
dan-levin\tperson\tDan Levin\tISR\tGOV\tdefence minister\t2020-01-01\t\tLevin
petr-orlov\tperson\tPetr Orlov\tRUS\tGOV\tpresident\t2020-01-01\t\tOrlov
";

common::events_kb!(ACTORS, common::OFFICIALS, "2026-11-20");

#[test]
fn a_threat_of_the_own_sides_act_is_aimed_at_that_acts_object() {
    for (text, aim) in [
        (
            "Israeli Defence Minister Dan Levin warned that Israel would strike Iran if Tehran resumed its programme.",
            "IRN",
        ),
        (
            "Levin warned that Israel would hit Hezbollah hard if the group fired on civilians.",
            "hezbollah",
        ),
        (
            "Russian President Petr Orlov warned on Tuesday that Russia would attack Ukraine.",
            "UKR",
        ),
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].target, ids(&[aim]), "{text}: {evs:#?}");
    }
}

#[test]
fn a_threat_whose_clause_subject_is_another_side_stays_aimed_at_it() {
    // The clause's subject is the one who will suffer: it stays the target.
    for (text, aim) in [
        ("Orlov warned that Ukraine would pay a heavy price.", "UKR"),
        ("Levin warned that Iran would face consequences.", "IRN"),
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert_eq!(threats.len(), 1, "{text}: {evs:#?}");
        assert_eq!(threats[0].target, ids(&[aim]), "{text}: {evs:#?}");
    }
    // The own side acting on no one named, or doing no harm: no target
    // rather than itself.
    for text in [
        "Orlov warned that Russia would respond.",
        "Orlov warned on Monday that Russia had signed a trade deal with Ukraine.",
    ] {
        let evs = events(text);
        let threats = of_type(&evs, EventType::Threaten);
        assert!(
            threats.iter().all(|e| e.target.is_empty()),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_plural_possessive_is_the_source_of_its_event_noun() {
    for (text, aim) in [
        ("The Houthis' attack on Israel was condemned.", "ISR"),
        ("The Houthis' attack on Israel drew condemnation.", "ISR"),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert_eq!(attacks.len(), 1, "{text}: {evs:#?}");
        assert_eq!(attacks[0].source, ids(&["houthis"]), "{text}");
        assert_eq!(attacks[0].target, ids(&[aim]), "{text}");
    }
    // A closing single quote after a plural is no possessive.
    let evs = events("Israel called the Houthis 'terrorists' after the attack on Israel.");
    assert!(
        evs.iter()
            .all(|e| e.source != ids(&["houthis"]) || e.event_type != EventType::Assault),
        "{evs:#?}"
    );
}

#[test]
fn an_event_noun_subject_lends_the_verb_its_target() {
    let text = "Israel's strike on a Hezbollah weapons depot killed three people.";
    let evs = events(text);
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, ids(&["ISR"]));
    assert_eq!(attacks[0].target, ids(&["hezbollah"]));
    // A verb with its own target keeps it.
    let evs = events("Israel's strike wounded Hezbollah fighters.");
    let attacks = of_type(&evs, EventType::Assault);
    assert!(
        attacks.iter().all(|e| e.target == ids(&["hezbollah"])),
        "{evs:#?}"
    );
}

#[test]
fn weather_that_strikes_a_place_is_no_attack() {
    for text in [
        "A winter storm attacked the northeastern United States, killing three people.",
        "An earthquake struck eastern Turkey on Monday.",
        "Hurricane Milton battered the United States on Wednesday.",
        "Floods ravaged Afghanistan, killing dozens of people.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: weapons and fighters that strike remain attacks.
    for (text, source) in [
        (
            "Ukraine's Storm Shadow missiles struck a Russian base.",
            "UKR",
        ),
        ("Israeli fire killed three people in Gaza.", "ISR"),
        (
            "Heavily armed Taliban fighters stormed a hotel in Kabul, killing 20 people.",
            "taliban",
        ),
        (
            "Hamas fighters crossed into Israel, killing dozens of people.",
            "hamas",
        ),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert!(!attacks.is_empty(), "{text}: {evs:#?}");
        assert!(
            attacks.iter().all(|e| e.source == ids(&[source])),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn hosting_talks_between_two_sides_is_mediation() {
    let evs = events("Qatar hosted indirect talks between Hamas and Israel in Doha.");
    let talks = of_type(&evs, EventType::Consult);
    assert_eq!(talks.len(), 1, "{evs:#?}");
    assert_eq!(talks[0].source, ids(&["QAT"]));
    assert_eq!(talks[0].target, ids(&["hamas", "ISR"]));
    assert!(of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
    // Agreeing to talks stays an agreement.
    let evs = events("Iran agreed to hold talks with the United States.");
    assert!(!of_type(&evs, EventType::Agree).is_empty(), "{evs:#?}");
}

/// The events of `text` with one claim: `speaker` says `content` by `cue`.
fn events_in_claim(
    text: &str,
    speaker: &str,
    cue: &str,
    content: &str,
    stance: Stance,
) -> Vec<EventRecord> {
    let claim = common::claim_at(text, "c1", Some(speaker), cue, content, stance);
    KB.events_with("2026-11-20", text, &[claim])
}

#[test]
fn a_denied_gerund_is_the_deniers_own_act() {
    let text = "Hezbollah denied firing rockets at Israel on Monday.";
    let evs = events_in_claim(
        text,
        "hezbollah",
        "denied",
        "firing rockets at Israel on Monday",
        Stance::Deny,
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{evs:#?}");
    assert_eq!(attacks[0].source, ids(&["hezbollah"]));
    assert_eq!(attacks[0].target, ids(&["ISR"]));
    assert_eq!(attacks[0].modality, Modality::Negated);
    // A denied clause with its own subject keeps it.
    let text = "Hezbollah denied that Israel fired rockets at Yemen.";
    let evs = events_in_claim(
        text,
        "hezbollah",
        "denied",
        "Israel fired rockets at Yemen",
        Stance::Deny,
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert!(
        attacks.iter().all(|e| e.source == ids(&["ISR"])),
        "{evs:#?}"
    );
    // A gerund in an asserted content is no act of the speaker's.
    let text = "Israel said firing rockets at Yemen was a mistake.";
    let evs = events_in_claim(
        text,
        "ISR",
        "said",
        "firing rockets at Yemen was a mistake",
        Stance::Assert,
    );
    let attacks = of_type(&evs, EventType::Assault);
    assert!(attacks.iter().all(|e| e.source.is_empty()), "{evs:#?}");
}

#[test]
fn a_named_storm_and_sanctions_that_hit_are_no_attacks() {
    // Final probe review of session 8: "Storm" after its kind is the noun,
    // and economic forces "hit" without an attacker.
    for text in [
        "Tropical Storm Alberto hit the United States on Sunday.",
        "Sanctions hit Iran's oil exports.",
        "Russia was hit by fresh sanctions from the United States.",
        "Iran was hit by new U.S. sanctions after the talks collapsed.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: stormed buildings and strikes that hit stay attacks.
    for (text, source) in [
        ("Israeli forces stormed a hospital in Gaza.", "ISR"),
        ("Gaza was hit by new Israeli airstrikes on Monday.", "ISR"),
    ] {
        let evs = events(text);
        let attacks = of_type(&evs, EventType::Assault);
        assert!(!attacks.is_empty(), "{text}: {evs:#?}");
        assert!(
            attacks
                .iter()
                .all(|e| e.source.iter().all(|s| s.starts_with(source))),
            "{text}: {evs:#?}"
        );
    }
}

// Session 12's probe of event shapes: a causative "prompting X to" reports
// X's act, a complaint lodged "with" a forum is about whom its "against"
// phrase names, co-signers sign among themselves where they meet, and
// observers deployed are no force posture, and migrants pushed back with
// the particle after them are as forcibly returned as before it; a denied
// accusation that names its own accuser was made all the same.

const PROBE12_ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian|meto:Amman
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian|meto:Ottawa
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:U.S.|meto:Washington
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|meto:London
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
GRC\tcountry\tGreece\tGRC\t\t\t\t\tadj:Greek|meto:Athens
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
wto\tigo\tWorld Trade Organization\t\tIGO\t\t\t\tabbr:WTO
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
osce\tigo\tOrganization for Security and Co-operation in Europe\t\tIGO\t\t\t\tabbr:OSCE
";

fn probe12_kb() -> &'static sitrep_kb::Kb {
    static KB: OnceLock<sitrep_kb::Kb> = OnceLock::new();
    KB.get_or_init(|| common::inline_kb(PROBE12_ACTORS, common::OFFICIALS))
}

fn probe12_events(text: &str) -> Vec<EventRecord> {
    common::events_in(probe12_kb(), "2026-12-01", text)
}

#[test]
fn an_act_a_cause_prompted_happened() {
    for text in [
        "The strike killed 12 people, prompting Jordan to recall its ambassador.",
        "The raid prompted Jordan to recall its ambassador.",
    ] {
        let evs = probe12_events(text);
        let recall = evs
            .iter()
            .find(|e| e.trigger.text.starts_with("recall"))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(recall.source, ids(&["JOR"]), "{text}: {evs:#?}");
        assert_eq!(recall.modality, Modality::Asserted, "{text}: {evs:#?}");
    }
    // Near miss: a purpose infinitive is still a plan.
    let evs = probe12_events("Jordan met Israeli envoys to recall its ambassador.");
    if let Some(recall) = evs.iter().find(|e| e.trigger.text.starts_with("recall")) {
        assert_ne!(recall.modality, Modality::Asserted, "{evs:#?}");
    }
}

#[test]
fn a_complaint_lodged_with_a_forum_targets_whom_it_is_against() {
    let evs = probe12_events("Canada filed a complaint with the WTO against China.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["CAN"]), "{evs:#?}");
    assert_eq!(accuse[0].target, ids(&["CHN"]), "{evs:#?}");
    // Near miss: with no "against" phrase the forum stays the target.
    let evs = probe12_events("Canada filed a complaint with the WTO.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].target, ids(&["wto"]), "{evs:#?}");
}

#[test]
fn co_signers_sign_among_themselves_where_they_meet() {
    let evs = probe12_events("Armenia and Azerbaijan signed the agreement in Washington.");
    let signed = evs
        .iter()
        .find(|e| e.trigger.text.starts_with("signed"))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert!(!signed.target.contains(&"USA".to_string()), "{evs:#?}");
    assert_eq!(signed.target, ids(&["ARM", "AZE"]), "{evs:#?}");
    // Near misses: praise is not of each other, and one signer's place
    // stays its target as before.
    let evs = probe12_events("Britain and France praised the deal in Washington.");
    for e in &evs {
        assert!(
            !(e.target.contains(&"GBR".to_string()) && e.source.contains(&"GBR".to_string())),
            "{evs:#?}"
        );
    }
}

#[test]
fn observers_deployed_are_no_force_posture() {
    for text in [
        "The OSCE deployed election monitors.",
        "The UN deployed observers along the line.",
    ] {
        let evs = probe12_events(text);
        assert!(
            of_type(&evs, EventType::Mobilize).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: troops deployed still are.
    let evs = probe12_events("Russia deployed troops along the border.");
    assert_eq!(of_type(&evs, EventType::Mobilize).len(), 1, "{evs:#?}");
}

#[test]
fn migrants_pushed_back_with_the_particle_after_them_are_returned() {
    for text in [
        "Greece pushed back migrants to Turkey.",
        "Greece pushed migrants back to Turkey.",
        "Greece pushed hundreds of refugees back to Turkey.",
    ] {
        let evs = probe12_events(text);
        let coerce = of_type(&evs, EventType::Coerce);
        assert_eq!(coerce.len(), 1, "{text}: {evs:#?}");
        assert_eq!(coerce[0].source, ids(&["GRC"]), "{text}: {evs:#?}");
    }
}

#[test]
fn a_denied_accusation_that_names_its_accuser_was_made() {
    let text = "Turkey denied the allegations made by the EU.";
    let claims = [common::claim_at(
        text,
        "c1",
        Some("TUR"),
        "denied",
        "the allegations made by the EU",
        Stance::Deny,
    )];
    let evs = common::events_with_claims(probe12_kb(), "2026-12-01", text, &claims);
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["eu"]), "{evs:#?}");
    assert_ne!(accuse[0].modality, Modality::Negated, "{evs:#?}");
    // Near miss: with no accuser named the accusation stays denied.
    let text = "Turkey denied the allegations of abuse.";
    let claims = [common::claim_at(
        text,
        "c1",
        Some("TUR"),
        "denied",
        "the allegations of abuse",
        Stance::Deny,
    )];
    let evs = common::events_with_claims(probe12_kb(), "2026-12-01", text, &claims);
    for e in of_type(&evs, EventType::Accuse) {
        assert!(
            !e.source.is_empty() || e.modality == Modality::Negated,
            "{evs:#?}"
        );
    }
}

#[test]
fn a_predicate_after_a_comma_in_a_series_shares_the_first_subject() {
    // The object before the comma ("French forces") is not the subject of
    // the next predicate of the series.
    let evs = probe12_events(
        "Jordan expelled French forces, tore up a military agreement with the United States \
         and welcomed Russian instructors.",
    );
    let after_first: Vec<&EventRecord> = evs
        .iter()
        .filter(|e| !e.trigger.text.starts_with("expelled"))
        .collect();
    assert!(!after_first.is_empty(), "{evs:#?}");
    for e in &after_first {
        assert_eq!(e.source, ids(&["JOR"]), "{evs:#?}");
    }
    // With an unresolved subject the later predicates get none, never the
    // first verb's object.
    let evs = probe12_events(
        "The junta expelled French forces, tore up a military agreement with the United States.",
    );
    for e in &evs {
        assert!(e.source.iter().all(|s| !s.starts_with("FRA")), "{evs:#?}");
    }
}
