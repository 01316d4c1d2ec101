//! Session 30 (branch `events32`, issue #2): a no-confidence motion is a noun whose
//! receiver ("faced", "was ousted by") is its target; "he" inside a body's claim is a
//! person, not the body; people attached to an owner ("his brother", "her aides") leave the
//! owner out of the act; a verb after a relative clause's subject takes the row its
//! antecedent noun heads ("the deal Washington struck"). Invented sentences.

use crate::common;

use common::{ids, of_type, the_only};
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|adj:American|meto:Washington
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
AUT\tcountry\tAustria\tAUT\t\t\t\t\tadj:Austrian|meto:Vienna
anna-berg\tperson\tAnna Berg\tAUT\tGOV\tprime minister\t2020-01-01\t\tBerg
paul-roth\tperson\tPaul Roth\t\tREB\t\t\t\tRoth
lena-vogt\tperson\tLena Vogt\tAUT\tOPP\t\t\t\tVogt
green-union\torganization\tGreen Union\tAUT\tGOV\t\t\t\t
alpine-army\torganization\tAlpine Army\tAUT\tMIL\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\npolice\tCOP\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2025-09-09");

fn accuse(evs: &[EventRecord]) -> &EventRecord {
    let of = of_type(evs, EventType::Accuse);
    assert_eq!(of.len(), 1, "{evs:#?}");
    of[0]
}

#[test]
fn a_no_confidence_motion_received_targets_its_receiver() {
    // The one ousted by the motion, or who faces it, is whom it censures, never its doer.
    for text in [
        "Anna Berg was ousted by a no-confidence motion on Monday.",
        "Anna Berg faced a no-confidence vote on Monday.",
        "Anna Berg faced a vote of no confidence on Monday.",
    ] {
        let evs = events(text);
        let e = accuse(&evs);
        assert!(e.source.is_empty(), "{text}: {evs:#?}");
        assert_eq!(e.target, ids(&["anna-berg"]), "{text}: {evs:#?}");
    }
    // Near miss: a body that passes or files the motion is its doer.
    for text in [
        "The Green Union passed a no-confidence motion against Anna Berg.",
        "The Green Union filed a no-confidence motion against Anna Berg.",
    ] {
        let evs = events(text);
        let e = accuse(&evs);
        assert_eq!(e.source, ids(&["green-union"]), "{text}: {evs:#?}");
        assert_eq!(e.target, ids(&["anna-berg"]), "{text}: {evs:#?}");
    }
}

/// The one attack in `text`, whose claim "said" + `REPORTED` is `speaker`'s.
fn reported_attack(text: &str, speaker: &str) -> EventRecord {
    let evs = KB.reported("2025-09-09", text, speaker, "said", REPORTED);
    the_only(text, &evs, EventType::Assault)
}

const REPORTED: &str = "he was targeted in a strike on a tunnel on Monday";

#[test]
fn he_inside_a_bodys_claim_is_a_person_named_before() {
    let text = "Paul Roth led the rebel unit for a year. The Alpine Army said he was \
                targeted in a strike on a tunnel on Monday.";
    let hit = reported_attack(text, "alpine-army");
    assert_eq!(hit.target, ids(&["paul-roth"]), "{hit:#?}");
    assert!(!hit.source.contains(&"alpine-army".to_string()), "{hit:#?}");
    // Near miss: a person who speaks is "he" inside the claim.
    let text = "Paul Roth said he was targeted in a strike on a tunnel on Monday.";
    let hit = reported_attack(text, "paul-roth");
    assert_eq!(hit.target, ids(&["paul-roth"]), "{hit:#?}");
}

#[test]
fn the_owner_of_kin_or_aides_is_not_the_patient() {
    for text in [
        "Lena Vogt left the party after her brother was arrested by Austrian police.",
        "Lena Vogt left the party after her aides were arrested by Austrian police.",
    ] {
        let evs = events(text);
        let arrest = the_only(text, &evs, EventType::Coerce);
        assert!(
            !arrest.target.contains(&"lena-vogt".to_string()),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: the person herself arrested is the target.
    let text = "Lena Vogt left the party after she was arrested by Austrian police.";
    let evs = events(text);
    let arrest = the_only(text, &evs, EventType::Coerce);
    assert_eq!(arrest.target, ids(&["lena-vogt"]), "{text}: {evs:#?}");
}

/// How many events of type `ty` the text has.
fn count(text: &str, ty: EventType) -> usize {
    of_type(&events(text), ty).len()
}

/// The source of the one event of type `ty` in the text.
fn sole_source(text: &str, ty: EventType) -> Vec<String> {
    the_only(text, &events(text), ty).source
}

#[test]
fn a_verb_after_a_relative_subject_takes_its_antecedents_row() {
    for text in [
        "The deal Washington struck with Tokyo cut tariffs on cars.",
        "Economists praised the deals the United States has struck this year.",
    ] {
        assert_eq!(count(text, EventType::Assault), 0, "{text}");
        assert_eq!(sole_source(text, EventType::Agree), ids(&["USA"]), "{text}");
    }
    // Near miss: a strike with an object of its own is an attack.
    assert_eq!(
        count("Washington struck Tokyo on Monday.", EventType::Assault),
        1
    );
}

#[test]
fn a_verb_coordinated_after_naming_someone_is_the_namers() {
    for text in [
        "Anna Berg named Paul Roth prime minister and asked him to consult the parties.",
        "Anna Berg appointed Paul Roth and urged him to consult the parties.",
    ] {
        let source = sole_source(text, EventType::Request);
        assert_eq!(source, ids(&["anna-berg"]), "{text}");
    }
    // Near miss: a past participle with no object after it still modifies its noun.
    let text = "The officials asked to leave were detained by Austrian police.";
    assert_eq!(count(text, EventType::Request), 0, "{text}");
}
