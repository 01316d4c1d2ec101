//! Mends from session 11's probe of unseen wire news: a second past verb
//! after "and" is a verb, not a participle before a noun; an accusation
//! with no object before its "of"/"for" is a passive; a verb of receiving
//! ("drew criticism from") turns a noun's doer and target around; a negated
//! cue before an infinitive negates the act; fears, risks and deliberation
//! leave an act open; an "of" phrase past another event noun is that noun's;
//! and lexicon rows for crossings, suspensions, barred inspectors, forced
//! returns, ultimatums, brokering and arrests of reporters.
//! Each mend comes with near misses that keep their reading.

use crate::common;

use common::{by_trigger, claim_at, ids, of_type};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
SRB\tcountry\tSerbia\tSRB\t\t\t\t\tadj:Serbian|meto:Belgrade
XKX\tcountry\tKosovo\tXKX\t\t\t\t\tadj:Kosovan|meto:Pristina
HUN\tcountry\tHungary\tHUN\t\t\t\t\tadj:Hungarian|meto:Budapest
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
SAU\tcountry\tSaudi Arabia\tSAU\t\t\t\t\tadj:Saudi|meto:Riyadh
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian|meto:Amman
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
HTI\tcountry\tHaiti\tHTI\t\t\t\t\tadj:Haitian
TUN\tcountry\tTunisia\tTUN\t\t\t\t\tadj:Tunisian|meto:Tunis
LBY\tcountry\tLibya\tLBY\t\t\t\t\tadj:Libyan|meto:Tripoli
arab-league\tigo\tArab League\t\tIGO\t\t\t\t
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN|abbr:U.N.
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
rights-watch\torganization\tRights Watch\t\tNGO\t\t\t\t
nikol-pashinyan\tperson\tNikol Pashinyan\tARM\tGOV\tprime minister\t2018-05-08\t\tPashinyan
";

const ROLES: &str = "phrase\tsector\tnumber
troops\tMIL\tgroup
police\tCOP\tgroup
lawmakers\tLEG\tgroup
";

static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);

fn events_with(text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
    KB.events_with("2026-11-20", text, claims)
}

fn events(text: &str) -> Vec<EventRecord> {
    events_with(text, &[])
}

#[test]
fn a_second_past_verb_after_and_is_the_subjects_act() {
    let text = "Armenian troops crossed into Azerbaijan and shelled villages near the border.";
    let evs = events(text);
    let shelled = by_trigger(&evs, "shelled").unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(shelled.event_type, EventType::Assault, "{evs:#?}");
    assert!(!shelled.source.is_empty(), "{evs:#?}");
    assert!(!shelled.source.contains(&"AZE".to_string()), "{evs:#?}");
    // Near misses: participles joined before their noun still modify it,
    // after a determiner and through a comma list.
    for text in [
        "Turkish troops guarded the ruined and shelled villages near Azerbaijan.",
        "Turkish troops guarded the ruined, emptied and shelled villages near Azerbaijan.",
    ] {
        let evs = events(text);
        assert!(by_trigger(&evs, "shelled").is_none(), "{text}: {evs:#?}");
    }
}

#[test]
fn an_accusation_with_no_object_before_its_complement_is_a_passive() {
    for text in [
        "Serbia accused of arming rebels in Kosovo",
        "Hungary blamed for the collapse of the talks",
    ] {
        let evs = events(text);
        let acc = of_type(&evs, EventType::Accuse);
        assert_eq!(acc.len(), 1, "{text}: {evs:#?}");
        assert!(acc[0].source.is_empty(), "{text}: {evs:#?}");
        assert_eq!(acc[0].target.len(), 1, "{text}: {evs:#?}");
    }
    // Near misses: the active names whom it accuses; "warned of" names no
    // one and is active.
    let evs = events("Serbia accused Kosovo of arming rebels.");
    let acc = of_type(&evs, EventType::Accuse);
    assert_eq!(acc[0].source, ids(&["SRB"]), "{evs:#?}");
    assert_eq!(acc[0].target, ids(&["XKX"]), "{evs:#?}");
    let evs = events("Iran warned of retaliation against Israel.");
    let threats = of_type(&evs, EventType::Threaten);
    assert_eq!(threats[0].source, ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn criticism_drawn_from_someone_is_theirs_aimed_at_the_subject() {
    let evs = events("Hungary's veto drew criticism from Germany.");
    let acc = of_type(&evs, EventType::Accuse);
    assert_eq!(acc.len(), 1, "{evs:#?}");
    assert_eq!(acc[0].source, ids(&["DEU"]), "{evs:#?}");
    assert_eq!(acc[0].target, ids(&["HUN"]), "{evs:#?}");
    // A subject holding an act of its own: the possessor is the one
    // criticised, not the act's object.
    let evs = events("Hungary's decision to block aid to Ukraine drew condemnation from France.");
    let acc = of_type(&evs, EventType::Accuse);
    assert_eq!(acc.len(), 1, "{evs:#?}");
    assert_eq!(acc[0].source, ids(&["FRA"]), "{evs:#?}");
    assert_eq!(acc[0].target, ids(&["HUN"]), "{evs:#?}");
    // Near misses: a sanction faced and weapons received keep their roles.
    let evs = events("Iran faces new sanctions from the European Union.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions[0].source, ids(&["eu"]), "{evs:#?}");
    assert_eq!(sanctions[0].target, ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn a_negated_cue_before_an_infinitive_negates_the_act() {
    let text = "Germany has not offered to send troops to Haiti.";
    let claim = claim_at(
        text,
        "c1",
        Some("DEU"),
        "has not offered",
        "to send troops to Haiti",
        Stance::Assert,
    );
    let evs = events_with(text, &[claim]);
    let mob = of_type(&evs, EventType::Mobilize);
    assert_eq!(mob.len(), 1, "{evs:#?}");
    assert_eq!(mob[0].modality, Modality::Negated, "{evs:#?}");
    // Near misses: the cue without its negation leaves a plan, and a
    // negated cue before a that-clause only withholds the speaker's word:
    // the clause is left open (hypothetical, events34), not negated.
    let text = "Germany has offered to send troops to Haiti.";
    let claim = claim_at(
        text,
        "c1",
        Some("DEU"),
        "has offered",
        "to send troops to Haiti",
        Stance::Assert,
    );
    let evs = events_with(text, &[claim]);
    assert_eq!(
        of_type(&evs, EventType::Mobilize)[0].modality,
        Modality::Future,
        "{evs:#?}"
    );
    let text = "Germany did not say that Iran attacked Israel.";
    let claim = claim_at(
        text,
        "c1",
        Some("DEU"),
        "did not say",
        "Iran attacked Israel",
        Stance::Assert,
    );
    let evs = events_with(text, &[claim]);
    assert_eq!(
        of_type(&evs, EventType::Assault)[0].modality,
        Modality::Hypothetical,
        "{evs:#?}"
    );
}

#[test]
fn fears_risks_and_deliberation_leave_the_act_open() {
    for text in [
        "Oil prices jumped on fears of an Iranian attack on Saudi Arabia.",
        "Saudi Arabia is considering restoring ties with Syria.",
        "Egypt is weighing new sanctions against Israel.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(evs[0].modality, Modality::Hypothetical, "{text}: {evs:#?}");
    }
    // Near misses: the act itself, and "considers" as "regards".
    for text in [
        "Iran's attack on Saudi Arabia sent oil prices up.",
        "Saudi Arabia restored ties with Syria.",
        "Egypt, which considers Israel a partner, imposed sanctions on Syria.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(evs[0].modality, Modality::Asserted, "{text}: {evs:#?}");
    }
}

#[test]
fn new_rows_code_crossings_suspensions_and_forced_returns() {
    let cases = [
        (
            "Armenian troops crossed into Azerbaijan on Monday.",
            EventType::Assault,
            "crossed into",
        ),
        (
            "The Arab League suspended Syria from its meetings.",
            EventType::Sanction,
            "suspended Syria from",
        ),
        (
            "Syria barred UN inspectors from the site.",
            EventType::Coerce,
            "barred UN inspectors",
        ),
        (
            "Libyan coast guards pushed back hundreds of migrants to Tunisia.",
            EventType::Coerce,
            "pushed back hundreds of migrants",
        ),
        (
            "Hungarian police forcibly returned dozens of asylum seekers.",
            EventType::Coerce,
            "forcibly returned",
        ),
        (
            "The European Union gave Serbia until March to recognise Kosovo.",
            EventType::Threaten,
            "gave Serbia until",
        ),
        (
            "Egypt brokered a prisoner swap between Israel and Hamas.",
            EventType::Consult,
            "brokered",
        ),
        (
            "Rights Watch condemned Iran's arrests of journalists.",
            EventType::Coerce,
            "arrests of journalists",
        ),
    ];
    for (text, ty, trigger) in cases {
        let evs = events(text);
        let e = by_trigger(&evs, trigger).unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(e.event_type, ty, "{text}: {evs:#?}");
    }
    // Near misses: people fleeing across a border invade no one.
    for text in [
        "Thousands of Syrian refugees crossed into Jordan last week.",
        "More than 3,000 people have crossed into Jordan since January.",
        "Migrants trying to cross into Hungary were stopped.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn an_of_phrase_past_another_event_noun_is_that_nouns_object() {
    let text = "Armenian police detained reporters in raids over their coverage of the shelling of Azerbaijan.";
    let evs = events(text);
    let aze = ids(&["AZE"]);
    assert!(
        by_trigger(&evs, "raids").is_none_or(|e| e.target != aze),
        "{evs:#?}"
    );
    assert_eq!(
        by_trigger(&evs, "shelling").map(|e| &e.target),
        Some(&aze),
        "{evs:#?}"
    );
    // Near miss: an "of" phrase right after its own noun stays its object.
    let evs = events("Armenia condemned the shelling of Azerbaijan's border villages.");
    assert!(evs.iter().any(|e| e.target == aze), "{evs:#?}");
}

// Session 12 (events17): mends from the probe of unseen news.

#[test]
fn an_event_noun_a_speaker_names_or_judges_is_not_the_speakers_act() {
    for text in [
        "Iran called the accord historic.",
        "Iran called the strikes a crime against humanity.",
    ] {
        let evs = events(text);
        assert!(
            evs.iter().all(|e| !e.source.contains(&"IRN".to_string())),
            "{text}: {evs:#?}"
        );
    }
    // Inside reported speech as well: the speaker is not the doer.
    let text = "Pashinyan called the arrests a desperate act.";
    let claim = claim_at(
        text,
        "c1",
        Some("nikol-pashinyan"),
        "called",
        "the arrests a desperate act",
        Stance::Assert,
    );
    let evs = events_with(text, &[claim]);
    assert!(
        evs.iter()
            .all(|e| !e.source.contains(&"nikol-pashinyan".to_string())),
        "{evs:#?}"
    );
    // Near miss: an indefinite noun after "called" is the caller's act.
    let evs = events("Iran called a ceasefire with Israel.");
    assert!(evs.iter().any(|e| e.source == ids(&["IRN"])), "{evs:#?}");
}

#[test]
fn a_cancelled_agreement_is_a_break_in_cooperation_not_an_agreement() {
    for (text, modality) in [
        (
            "Armenia tore up a military agreement with Turkey.",
            Modality::Asserted,
        ),
        (
            "Armenia could suspend the military agreement with Turkey.",
            Modality::Hypothetical,
        ),
        (
            "Armenia scrapped its defence pact with Turkey.",
            Modality::Asserted,
        ),
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Agree).is_empty(),
            "{text}: {evs:#?}"
        );
        let sanctions = of_type(&evs, EventType::Sanction);
        assert_eq!(sanctions.len(), 1, "{text}: {evs:#?}");
        assert_eq!(sanctions[0].source, ids(&["ARM"]), "{text}: {evs:#?}");
        assert_eq!(sanctions[0].target, ids(&["TUR"]), "{text}: {evs:#?}");
        assert_eq!(sanctions[0].modality, modality, "{text}: {evs:#?}");
    }
    // Near miss: reaching an agreement is still one.
    let evs = events("Armenia reached an agreement with Turkey.");
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{evs:#?}");
}

#[test]
fn impeachment_and_no_confidence_motions_accuse_their_target() {
    for text in [
        "Armenian lawmakers voted to impeach Nikol Pashinyan.",
        "Armenian lawmakers passed a no-confidence motion against Nikol Pashinyan.",
    ] {
        let evs = events(text);
        let acc = of_type(&evs, EventType::Accuse);
        assert_eq!(acc.len(), 1, "{text}: {evs:#?}");
        assert_eq!(acc[0].target, ids(&["nikol-pashinyan"]), "{text}: {evs:#?}");
    }
}

#[test]
fn ordering_an_envoy_to_leave_is_an_expulsion() {
    let evs = events("Azerbaijan ordered the French ambassador to leave the country.");
    let sanctions = of_type(&evs, EventType::Sanction);
    assert_eq!(sanctions.len(), 1, "{evs:#?}");
    assert_eq!(sanctions[0].mode.as_deref(), Some("expel"), "{evs:#?}");
    assert_eq!(sanctions[0].source, ids(&["AZE"]), "{evs:#?}");
    assert!(of_type(&evs, EventType::Request).is_empty(), "{evs:#?}");
}

#[test]
fn a_legal_fight_and_watching_a_situation_are_no_attack_or_investigation() {
    let evs = events("Armenia vowed to fight the case against Azerbaijan.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let evs = events("Armenia was closely monitoring the situation in Azerbaijan.");
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn the_consequence_of_a_condition_is_hypothetical() {
    for text in [
        "If Armenia withdraws, Azerbaijan will open its border with Armenia.",
        "Azerbaijan will send aid to Armenia if Yerevan asks.",
        "Azerbaijan would open its border with Armenia once Yerevan amended its constitution.",
    ] {
        let evs = events(text);
        assert!(!evs.is_empty(), "{text}: {evs:#?}");
        let first = &evs[0];
        assert_eq!(first.modality, Modality::Hypothetical, "{text}: {evs:#?}");
    }
    // Near misses: a plain future, "once" as a frequency, and a hostile
    // consequence, which is a conditional threat (future, coded THREATEN).
    for text in [
        "Azerbaijan will impose sanctions on Armenia next week.",
        "Azerbaijan will impose sanctions on Armenia if Yerevan attacks.",
        "Azerbaijan will meet Armenia once a month.",
    ] {
        let evs = events(text);
        assert!(!evs.is_empty(), "{text}: {evs:#?}");
        assert_eq!(evs[0].modality, Modality::Future, "{text}: {evs:#?}");
    }
}

#[test]
fn a_demand_a_crowd_gathered_to_make_was_made() {
    let evs = events("Thousands of people rallied in Yerevan to demand Pashinyan's resignation.");
    let req = of_type(&evs, EventType::Request);
    assert_eq!(req.len(), 1, "{evs:#?}");
    assert_eq!(req[0].modality, Modality::Asserted, "{evs:#?}");
    // Near miss: envoys sent to demand something have not demanded it yet.
    let evs = events("Armenia sent envoys to Baku to demand the release of prisoners.");
    let req = of_type(&evs, EventType::Request);
    assert!(
        req.iter().all(|e| e.modality == Modality::Future),
        "{evs:#?}"
    );
}

#[test]
fn an_act_done_to_nobody_did_not_happen() {
    let evs = events("Nobody in Armenia is arrested for their opinions.");
    assert!(
        evs.iter().all(|e| e.modality == Modality::Negated),
        "{evs:#?}"
    );
    assert!(!evs.is_empty(), "{evs:#?}");
}
