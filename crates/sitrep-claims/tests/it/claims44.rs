//! Speakers and contents of session 30 (`claims44`): a known person apposed
//! to an owned role the role rows lack, the setting of a document's
//! participle, a pronoun after a quote naming someone else, and a setting
//! closed by a colon before what was said. Near misses for each. Invented
//! sentences and actors.

use crate::common;

use common::{claim_triples, kb_of, speaker_of, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
NRB\tigo\tNorthern Relief Bureau\t\tIGO\t\t\t\tNRB
NRU\tigo\tNorthern Union\t\tIGO\t\t\t\t
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
pia-tenholt\tperson\tPia Tenholt\t\tIGO\t\t\t\tTenholt
kemal-ardin\tperson\tKemal Ardin\tSYL\tGOV\tprime minister\t2020\t\tArdin
CAP\tplace\tPortvale\tSYL\t\t\t\t\t
";

/// (speaker text, speaker actor or "", cue) of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    speakers_in(&kb_of(ACTORS), raw)
}

fn pair(s: &str, a: &str) -> (String, String) {
    (s.to_string(), a.to_string())
}

#[test]
fn a_known_person_apposed_to_an_owned_role_speaks_whatever_the_role_word() {
    // A hyphenated role and a two-word role the role rows lack.
    let found =
        speakers("NRB's commissioner-general, Pia Tenholt, said the convoy had been stopped.");
    assert_eq!(
        speaker_of(&found, "said"),
        pair("NRB's commissioner-general, Pia Tenholt", "pia-tenholt")
    );
    let found = speakers(
        "The Northern Union's climate commissioner, Pia Tenholt, said the pledge fell short.",
    );
    assert_eq!(
        speaker_of(&found, "said"),
        pair(
            "The Northern Union's climate commissioner, Pia Tenholt",
            "pia-tenholt"
        )
    );
}

#[test]
fn an_owned_phrase_before_an_unknown_name_keeps_the_earlier_reading() {
    // The apposed name is no person the actor pass knows: the owner stays
    // the speaker, as before.
    let found = speakers("NRB's commissioner-general, Oskar Vell, said the convoy was stopped.");
    let (_, actor) = speaker_of(&found, "said");
    assert_ne!(actor, "pia-tenholt");
    assert_eq!(actor, "NRB");
}

#[test]
fn the_place_a_document_was_released_in_is_not_its_speaker() {
    let found = speakers(
        "Freedonia and Sylvania agreed to cut tariffs, according to a joint statement released on Monday after two days of talks in Portvale.",
    );
    let (text, actor) = speaker_of(&found, "according to");
    assert!(text.starts_with("a joint statement"), "{text}");
    assert_eq!(actor, "");
    // A "by" phrase names who issued it.
    let found = speakers(
        "The border will reopen, according to a statement released on Monday by the Freedonian government.",
    );
    assert_eq!(speaker_of(&found, "according to").1, "FRE");
}

#[test]
fn a_speaker_noun_keeps_its_place() {
    // Officials placed by a participle phrase stay that place's officials.
    let found = speakers("Officials based in Portvale said the port had reopened.");
    assert_eq!(speaker_of(&found, "said").1, "CAP");
}

#[test]
fn a_pronoun_after_a_quote_is_not_a_name_inside_the_quote() {
    let raw = "9:15 p.m. - Ana Sol speaks to supporters in the capital. \"Kemal Ardin wants to divide us. That will not happen,\" she says. She says the old treaty is over.";
    let found = speakers(raw);
    let said: Vec<_> = found.iter().filter(|(_, _, c)| c == "says").collect();
    assert_eq!(said.len(), 2, "{found:?}");
    assert!(said.iter().all(|(_, a, _)| a == "ana-sol"), "{found:?}");
    // Outside quotation marks the nearest person still is the antecedent.
    let found = speakers(
        "Ana Sol met Kemal Ardin in Portvale. Kemal Ardin spoke first. He said the talks went well.",
    );
    assert_eq!(speaker_of(&found, "said").1, "kemal-ardin");
}

#[test]
fn a_setting_closed_by_a_colon_is_no_part_of_the_content() {
    let found = claim_triples(
        "The next morning the minister posted on Blipper: \"THE DEAL IS DONE, subject to final approval.\"",
    );
    let (_, _, content) = found
        .iter()
        .find(|(_, c, _)| c == "posted")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(content, "THE DEAL IS DONE, subject to final approval");
    // A colon after a clause stays in the content: only a setting is cut.
    let found =
        claim_triples("The minister said the plan had one aim: lower prices for every family.");
    let (_, _, content) = found
        .iter()
        .find(|(_, c, _)| c == "said")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(content.starts_with("the plan had one aim"), "{content}");
}

#[test]
fn a_noun_cue_inside_another_claims_content_makes_no_claim_of_its_own() {
    let found = claim_triples(
        "The tribunal found that the ministry had not backed up its allegations that the charity hid funds.",
    );
    assert!(
        found.iter().any(|(_, c, _)| c == "found"),
        "the outer claim stays: {found:?}"
    );
    assert!(
        !found.iter().any(|(_, c, _)| c == "allegations"),
        "{found:?}"
    );
    // A participle after a comma is a speech act of its own, even inside
    // a content that runs on to it.
    let found = claim_triples(
        "The governor had said on Friday that the roads were open, warning that more snow would fall.",
    );
    assert!(found.iter().any(|(_, c, _)| c == "warning"), "{found:?}");
    // Outside another claim's content the noun cue stays a claim.
    let found =
        claim_triples("The ministry has repeated its allegations that the charity hid funds.");
    assert!(
        found.iter().any(|(_, c, _)| c == "allegations"),
        "{found:?}"
    );
}

#[test]
fn an_act_in_a_second_that_clause_is_part_of_the_outer_claim() {
    let raw = "The panel found that the vote had been fair and that the decree had badly damaged trust.\n\nThe mayor said the council met on Monday.";
    let found = claim_triples(raw);
    assert!(found.iter().any(|(_, c, _)| c == "found"), "{found:?}");
    assert!(
        !found.iter().any(|(_, c, _)| c.ends_with("damaged")),
        "{found:?}"
    );
}
