//! Session 37 (branch `events44`, issue #2): event arguments. An object pronoun right after a
//! verb is its object, named back to a person other than the verb's doers ("Carney thanked
//! him"), and no name after it (an infinitive's object) is the target.
//! Invented sentences.

mod common;

use common::event_by_trigger as event;
use common::ids;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian|meto:Ottawa
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
BOL\tcountry\tBolivia\tBOL\t\t\t\t\tadj:Bolivian|meto:La Paz
VEN\tcountry\tVenezuela\tVEN\t\t\t\t\tadj:Venezuelan|meto:Caracas
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2025-01-20\t\tTrump
mark-carney\tperson\tMark Carney\tCAN\tGOV\tprime minister\t2025-03-14\t\tCarney
emmanuel-macron\tperson\tEmmanuel Macron\tFRA\tGOV\tpresident\t2017-05-14\t\tMacron
friedrich-merz\tperson\tFriedrich Merz\tDEU\tGOV\tchancellor\t2025-05-06\t\tMerz
evo-morales\tperson\tEvo Morales\tBOL\tOPP\t\t\t\tMorales
maria-corina-machado\tperson\tMaria Corina Machado\tVEN\tOPP\t\t\t\tMachado
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn an_object_pronoun_is_named_back_to_a_person_other_than_the_doer() {
    // The person of the sentence before, past the doer named again.
    let text = "Carney met Macron in Paris on Monday. Carney thanked him for the support.";
    let evs = events(text);
    let e = event(&evs, "thanked", text);
    assert_eq!(e.source, ids(&["mark-carney"]), "{e:#?}");
    assert_eq!(e.target, ids(&["emmanuel-macron"]), "{e:#?}");

    // "her" with no noun of its own after it is an object too.
    let text = "Machado met Merz in Berlin. Merz praised her and promised more support.";
    let evs = events(text);
    let e = event(&evs, "praised", text);
    assert_eq!(e.target, ids(&["maria-corina-machado"]), "{e:#?}");

    // A person named earlier in the same sentence, after a coordinated verb.
    // (The two acts, now of one doer and one target, may be told as one.)
    let text = "A court in La Paz convicted Morales of fraud and sentenced him to ten years.";
    let evs = events(text);
    let coerced = common::of_type(&evs, sitrep_record::EventType::Coerce);
    assert!(!coerced.is_empty(), "{evs:#?}");
    for e in coerced {
        assert_eq!(e.target, ids(&["evo-morales"]), "{e:#?}");
    }
}

#[test]
fn the_object_pronoun_not_the_infinitives_object_is_whom_a_request_is_aimed_at() {
    let text = "Zelensky flew to Washington on Friday. Trump asked him to call Putin.";
    let evs = events(text);
    let e = event(&evs, "asked", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
    assert_eq!(e.target, ids(&["volodymyr-zelensky"]), "{e:#?}");
}

#[test]
fn a_possessive_her_before_a_noun_is_no_object_pronoun() {
    // Near miss: "her decision" is owned, so no pronoun object is read; the
    // object phrase stays as it was (no person named in it).
    let text = "Machado met Merz in Berlin. Merz praised her decision to stay.";
    let evs = events(text);
    let e = event(&evs, "praised", text);
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn an_object_pronoun_never_names_the_verbs_own_doer() {
    // Only the doer is a person in reach: the pronoun names nobody rather
    // than the doer himself.
    let text = "Canada hosted the summit. Carney thanked him warmly.";
    let evs = events(text);
    let e = event(&evs, "thanked", text);
    assert_eq!(e.source, ids(&["mark-carney"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}
