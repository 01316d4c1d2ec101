//! Session 38 (branch `events46`, issue #2): event arguments. An object pronoun after a second
//! predicate ("met Merz and praised him", ", thanking him") is named back when the clause opens
//! with the doers or the first verb has them right before it; "or" and a doer found past a
//! preposition keep the old reading. Invented sentences.

use crate::common;

use common::event_by_trigger as event;
use common::ids;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
CAN\tcountry\tCanada\tCAN\t\t\t\t\tadj:Canadian|meto:Ottawa
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2025-01-20\t\tTrump
mark-carney\tperson\tMark Carney\tCAN\tGOV\tprime minister\t2025-03-14\t\tCarney
emmanuel-macron\tperson\tEmmanuel Macron\tFRA\tGOV\tpresident\t2017-05-14\t\tMacron
friedrich-merz\tperson\tFriedrich Merz\tDEU\tGOV\tchancellor\t2025-05-06\t\tMerz
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn an_object_pronoun_after_a_coordinated_verb_names_the_first_verbs_object() {
    // The clause opens with the doer; the second verb's doer is not right
    // before it.
    let text = "Macron met Merz in Berlin on Monday and praised him for his leadership.";
    let evs = events(text);
    let e = event(&evs, "praised", text);
    assert_eq!(e.source, ids(&["emmanuel-macron"]), "{e:#?}");
    assert_eq!(e.target, ids(&["friedrich-merz"]), "{e:#?}");

    // A participle clause after a comma shares the subject too.
    let text = "Trump met Carney at the White House, thanking him for the visit.";
    let evs = events(text);
    let e = event(&evs, "thanking", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
    assert_eq!(e.target, ids(&["mark-carney"]), "{e:#?}");

    // The clause opens with a time phrase, not with the doer: the first
    // verb has its doer right before it.
    let text = "On Monday, in Kyiv, Zelensky hosted Macron and thanked him for the aid.";
    let evs = events(text);
    let e = event(&evs, "thanked", text);
    assert_eq!(e.source, ids(&["volodymyr-zelensky"]), "{e:#?}");
    assert_eq!(e.target, ids(&["emmanuel-macron"]), "{e:#?}");
}

#[test]
fn an_object_pronoun_after_or_keeps_no_target_named_back() {
    // Near miss: "or" offers another act, whose doer the clause does not
    // fix; no person is named back.
    let text =
        "Carney met Merz on Monday. Aides said Macron would either praise Trump or criticize him.";
    let evs = events(text);
    let e = event(&evs, "criticize", text);
    assert_eq!(e.source, ids(&["emmanuel-macron"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_visitor_received_with_no_host_named_is_the_guest_of_the_state_he_is_received_in() {
    // The place after the verb.
    let text = "Zelensky was received with full honours in Paris on Monday.";
    let evs = events(text);
    let e = event(&evs, "received", text);
    assert_eq!(e.source, ids(&["FRA"]), "{e:#?}");
    assert_eq!(e.target, ids(&["volodymyr-zelensky"]), "{e:#?}");

    // No place after the verb: the paragraph's dateline, in capitals, named
    // in other words elsewhere in the story.
    let text =
        "BERLIN - Germany and Canada signed a trade pact on Friday. Carney was received with \
                a military parade at the chancellery. Trade between Berlin and Ottawa grew.";
    let evs = events(text);
    let e = event(&evs, "received", text);
    assert_eq!(e.source, ids(&["DEU"]), "{e:#?}");
    assert_eq!(e.target, ids(&["mark-carney"]), "{e:#?}");
}

#[test]
fn a_visitor_received_in_his_own_state_or_after_no_dateline_has_no_host() {
    // Near miss: the place is the guest's own state.
    let text = "Putin was received with an honour guard in Moscow after the trip.";
    let evs = events(text);
    let e = event(&evs, "received", text);
    assert!(e.source.is_empty(), "{e:#?}");

    // Near miss: a paragraph opening with a state and a comma is no dateline.
    let text = "Germany, which hosts the summit, sent invitations. Carney was received with a \
                military parade at the chancellery.";
    let evs = events(text);
    let e = event(&evs, "received", text);
    assert!(e.source.is_empty(), "{e:#?}");
}

#[test]
fn a_plural_head_apposed_to_coordinated_names_stands_for_all_of_them_in_its_relative_clause() {
    let text =
        "Washington sanctioned Rosneft and Lukoil, the two companies that fund Russia's army.";
    let evs = events_with_companies(text);
    let e = event(&evs, "fund", text);
    assert_eq!(e.source, ids(&["rosneft", "lukoil"]), "{e:#?}");

    // Near miss: a singular head stands for the name next to it.
    let text = "Washington sanctioned Rosneft and Lukoil, the company that funds Russia's army.";
    let evs = events_with_companies(text);
    let e = event(&evs, "funds", text);
    assert_eq!(e.source, ids(&["lukoil"]), "{e:#?}");
}

fn events_with_companies(text: &str) -> Vec<sitrep_record::EventRecord> {
    let rows = format!(
        "{ACTORS}rosneft\torganization\tRosneft\tRUS\tBUS\t\t\t\t\n\
         lukoil\torganization\tLukoil\tRUS\tBUS\t\t\t\t\n"
    );
    let kb = common::inline_kb(&rows, common::OFFICIALS);
    common::events_in(&kb, "2025-06-01", text)
}
